"""Code generated from ui/*.ui by packaging/build_forms.py."""
