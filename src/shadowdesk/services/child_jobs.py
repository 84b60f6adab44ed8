"""The jobs the window hands to a child process (services/child_process.py): each builds its service on
the child's database and settings and returns a picklable result.

    ChildProcess(services.database, services.paths, progress, cancelled).run(program_report, name, path)

A job travels by name, so the parent imports this module; the services each job needs are imported in the
child only, when the job runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from shadowdesk.services.child_process import ChildContext

if TYPE_CHECKING:
    from shadowdesk.services.pairing import Proposal

# What a spare child (child_process.start_spare) imports while it waits: the code of every job below.
PRELOADED = (
    "shadowdesk.services.reports", "shadowdesk.reports.program_report", "shadowdesk.reports.person_report",
    "shadowdesk.services.pairing", "scipy.optimize",
)


def program_report(child: ChildContext, name: str, path: Path) -> Path:
    """The program report of `name` written to path, in the parent's language and on the settings' paper."""
    from shadowdesk.services.reports import ReportService

    return ReportService(child.database, child.settings).write_program_report(name, path, child.progress)


def person_record(child: ChildContext, email: str, path: Path, as_self: bool) -> Path:
    """The participant record of `email` written to path (private notes only as_self, see ReportService)."""
    from shadowdesk.services.reports import ReportService

    return ReportService(child.database, child.settings).write_person_report(email, path, as_self, child.progress)


def pairing_proposal(child: ChildContext, program_id: int, rounds: int) -> Proposal:
    """The planner's proposal for the next `rounds` rounds of the program; progress after each round."""
    from shadowdesk.services.pairing import PairingService

    return PairingService(child.database).plan(program_id, rounds, on_round=child.progress)
