"""Icons, fonts and desktop files, shipped inside the package as shadowdesk.resources."""
