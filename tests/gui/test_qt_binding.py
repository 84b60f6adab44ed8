"""Guards the pin of PySide6 in pyproject.toml: the binding must not leak references on signal emits.

PySide6 6.12.0 on CPython 3.11 drops a reference to True on every Signal.emit() from Python; after a few
thousand emits the interpreter aborts (bool_dealloc). Lift the pin only when this test passes on the new one.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    changed = Signal(int)


def test_emitting_signals_keeps_reference_counts_intact(qapp):
    emitter = Emitter()
    received = []
    emitter.changed.connect(received.append)
    before = sys.getrefcount(True)
    for value in range(500):
        emitter.changed.emit(value)
    assert len(received) == 500
    assert abs(sys.getrefcount(True) - before) < 50
