"""Files exchanged with other systems: CSV rosters, iCalendar."""
