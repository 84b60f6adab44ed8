"""Dialogs and wizards."""
