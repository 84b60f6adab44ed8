"""A separate process's end is told in the reader's language: killed from outside, crashed, or cancelled
(services/child_process.py), on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

import pytest

from shadowdesk import translation
from shadowdesk.services.child_process import ChildCancelled, ChildProcess, ChildProcessDied
from tests.services.test_child_process import die, run_until_stopped


@pytest.fixture
def french():
    translation.use("fr")
    yield
    translation.use("en")


@pytest.mark.parametrize(("how", "said"), [
    ("killed", "Der separate Prozess für diese Arbeit wurde von außen beendet (Signal 9), zum Beispiel weil der "
               "Computer nicht mehr genug Arbeitsspeicher hatte. Es wurde nichts gespeichert; versuchen Sie es "
               "erneut."),
    ("crashed", "Der separate Prozess für diese Arbeit wurde unerwartet beendet (Exit-Code 3). Es wurde nichts "
                "gespeichert; versuchen Sie es erneut.")])
def test_a_child_that_dies_is_reported_in_german(db, app_paths, german, how, said):
    with pytest.raises(ChildProcessDied) as raised:
        ChildProcess(db, app_paths).run(die, how)
    assert str(raised.value) == said


def test_cancelling_a_child_is_reported_in_french(db, app_paths, french):
    cancel = threading.Event()
    with pytest.raises(ChildCancelled) as raised:
        ChildProcess(db, app_paths, lambda _pid, _total: cancel.set(), cancel.is_set).run(run_until_stopped)
    assert str(raised.value) == "Annulé ; le processus séparé qui faisait ce travail a été arrêté."
