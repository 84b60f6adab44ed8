"""PDF reports built with reportlab platypus: plain data in (reports.data), PDF out. No Qt, no SQL."""
