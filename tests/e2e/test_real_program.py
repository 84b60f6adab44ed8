"""A program lived as its users live it, from an empty database and without the demo, on SQLite and PostgreSQL:
a roster with an ID column and no time-zone column, a program with targets, both sides enrolled, a plan reviewed
and confirmed with Enter, sessions scheduled from the pairs in the session editor (a project shadow, a customer
visit with a customer created in the editor, a weekly series), some completed, notes by two participants, and
the program report, the stalled flag and the dashboard counting it all against the targets."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QTime

from shadowdesk.app import AppContext
from shadowdesk.domain import SessionKind, Side
from shadowdesk.gui import prompts
from shadowdesk.gui.dialogs.pairing_review import PairingReviewDialog
from shadowdesk.gui.dialogs.session_editor import SessionEditor
from shadowdesk.interop.roster import RosterChoices
from shadowdesk.services.identity import IdentityService
from shadowdesk.services.programs import ProgramDraft
from shadowdesk.services.reports import ReportService
from tests.gui.conftest import SynchronousPool
from tests.gui.test_session_editor import save

ROSTER = ("Employee ID,Full Name,Email,Department,Location\n"
          "1001,Sara Berg,sara@x.example,Sales,Berlin\n"
          "1002,Sam Lind,sam@x.example,Sales,Berlin\n"
          "2001,Piotr Nowak,piotr@x.example,Project Management,Warsaw\n"
          "2002,Pia Kowalska,pia@x.example,Project Management,Warsaw\n")
PROGRAM = "Real Program"
EDITOR_NOW = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)  # only the editor's default day


@pytest.fixture
def services(app_paths, database_url):
    context = AppContext(app_paths, database_url)
    yield context.services
    context.close()


def schedule(qtbot, services, pair_id: int, kind: SessionKind, day: date, minutes: int, *, logged: bool = False,
             weekly: int = 0, customer: str = "") -> list[int]:
    """A session planned from a pair's row, as the coordinator fills the editor."""
    editor = SessionEditor.for_pair(services, pair_id, kind, "Europe/Berlin", lambda: EDITOR_NOW)
    qtbot.addWidget(editor)
    editor.show()
    ui = editor.ui
    ui.dateEdit.setDate(QDate(day))
    ui.startEdit.setTime(QTime(10, 0))
    ui.durationSpin.setValue(minutes)
    ui.loggedCheck.setChecked(logged)
    if weekly:
        ui.repeatCombo.setCurrentIndex(1)
        ui.repeatEndCombo.setCurrentIndex(ui.repeatEndCombo.findData("count"))
        ui.repeatCountSpin.setValue(weekly)
    if customer:
        qtbot.keyClicks(ui.customerCombo.lineEdit(), customer)
        ui.createCustomerButton.click()
    return save(editor)


def write_note(services, session_id: int, author_id: int, text: str) -> None:
    draft = services.reflections.open_draft(session_id, author_id)
    saved = services.reflections.save_draft(draft.id, draft.version_id, [text] * len(draft.prompts), text, 4,
                                            draft.visibility)
    services.reflections.submit(draft.id, saved.version_id)


def test_a_program_from_an_empty_database_to_its_report(qtbot, services, tmp_path, monkeypatch):
    shown_errors = []
    monkeypatch.setattr(prompts, "show_error", lambda _parent, _title, text: shown_errors.append(text))
    # The throwaway PostgreSQL server's login is a superuser, which the window refuses every action (the editor
    # then opens a session as a briefing): the coordinator here is the program office, as on an unclaimed file.
    monkeypatch.setattr(IdentityService, "whoami", lambda _self: None)
    people = services.people
    parsed = people.read_roster(ROSTER.encode(), choices=RosterChoices(
        zones={"berlin": "Europe/Berlin", "warsaw": "Europe/Warsaw"}))
    people.import_roster(parsed)
    roster = {p.name: p for p in services.scheduling.people()}
    assert sorted(roster) == ["Pia Kowalska", "Piotr Nowak", "Sam Lind", "Sara Berg"]  # the IDs are no names
    assert roster["Sara Berg"].time_zone == "Europe/Berlin"  # the zone given for the office

    program = services.programs.create(ProgramDraft(PROGRAM, date(2026, 9, 1), date(2027, 2, 28),
                                                    target_sessions_per_pair=2, target_hours_per_participant=3))
    services.programs.enroll_department(program.id, Side.A, "Sales")
    services.programs.enroll_department(program.id, Side.B, "Project Management")

    review = PairingReviewDialog(services, services.programs.get(program.id), 1, SynchronousPool())
    qtbot.addWidget(review)
    review.show()
    qtbot.waitUntil(lambda: review.proposal is not None)
    qtbot.keyClick(review.ui.proposalTable, Qt.Key.Key_Return)  # Enter confirms
    pairs = services.pairing.list_pairs(program.id)
    assert len(pairs) == 2 and {(p.round_start, p.round_end) for p in pairs} == {(date(2026, 9, 1),
                                                                                 date(2027, 2, 28))}
    first, second = pairs

    [shadow] = schedule(qtbot, services, first.id, SessionKind.PROJECT_SHADOW, date(2026, 10, 5), 90, logged=True)
    [visit] = schedule(qtbot, services, first.id, SessionKind.CUSTOMER_VISIT, date(2026, 10, 19), 60,
                       customer="Acme GmbH")
    series = schedule(qtbot, services, second.id, SessionKind.PROJECT_SHADOW, date(2027, 1, 11), 60, weekly=3)
    assert len(series) == 3
    visit_detail = services.scheduling.get(visit)
    assert visit_detail.customer_id == services.customers.find_customer("Acme GmbH").id
    assert (visit_detail.host_id, visit_detail.guest_ids) == (first.person_a_id, (first.person_b_id,))
    assert services.scheduling.get(shadow).host_id == first.person_b_id  # the PM hosts a project shadow

    completing = SessionEditor(services, "Europe/Berlin", lambda: EDITOR_NOW, visit)  # held as planned
    qtbot.addWidget(completing)
    completing.ui.completeButton.click()
    assert shown_errors == []
    write_note(services, shadow, first.person_a_id, "Saw how a statement of work is priced.")
    write_note(services, shadow, first.person_b_id, "Explained the change-request path.")

    report = services.reports.write_program_report(PROGRAM, tmp_path / "program.pdf")
    text = " ".join((page.extract_text() or "") for page in PdfReader(report).pages)
    text = " ".join(text.split())
    for pair, sessions, hours in ((first, "2 / 2", "2.5 / 3"), (second, "0 / 2", "0 / 3")):
        assert pair.person_a_name in text and sessions in text and hours in text

    def progress_on(day: date):
        clock = lambda: datetime.combine(day, time(12), tzinfo=UTC)  # noqa: E731
        return ReportService(services.database, services.settings, clock=clock).pair_progress

    progress = progress_on(date(2026, 12, 20))(program.id)
    assert (progress[first.id].sessions_done, progress[first.id].hours_done) == (2, 2.5)
    assert not progress[first.id].stalled  # its target is met
    assert not progress[second.id].stalled and progress[second.id].next_planned == date(2027, 1, 11)
    # Late February: the series' sessions passed without being held, and nothing is planned any more.
    late = progress_on(date(2027, 2, 20))
    assert late(program.id)[second.id].stalled
    assert [s.pairing_id for s in services.dashboard.stalled_pairs(late)] == [second.id]

    counts = services.dashboard.counts(datetime.combine(date(2027, 1, 12), time(9), tzinfo=UTC), "Europe/Berlin")
    assert (counts.people, counts.programs, counts.pairs, counts.sessions_this_week) == (4, 1, 2, 1)
