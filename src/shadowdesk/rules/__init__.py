"""Pure functions on plain values: no Qt, no SQL."""
