"""Qt Designer forms, shipped inside the package as shadowdesk.ui; compiled by packaging/build_forms.py."""
