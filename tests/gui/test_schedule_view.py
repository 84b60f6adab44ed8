"""The Schedule section on the demo company: calendars, filters, My week, the editor, invites."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from PySide6.QtCore import QDate, QTime

from shadowdesk.app import Services
from shadowdesk.gui import prompts
from shadowdesk.gui.dialogs import session_editor
from shadowdesk.gui.models.agenda_model import COL_HOST, COL_THEIR_TIME, AgendaModel
from shadowdesk.gui.views.schedule import AGENDA, MONTH, WEEK, ScheduleView
from shadowdesk.model import Person, SessionKind, SessionStatus
from shadowdesk.services.demo import load_demo
from shadowdesk.services.schedule_types import SessionFilter
from tests.gui.test_session_editor import pick

NOW = datetime(2026, 3, 11, 10, 0, tzinfo=UTC)
BERLIN = "Europe/Berlin"


@pytest.fixture
def services(sqlite_db, app_paths):
    load_demo(sqlite_db, now=NOW)
    return Services(sqlite_db, app_paths)


@pytest.fixture
def view(qtbot, services, synchronous_tasks):
    widget = ScheduleView(services, lambda: NOW, BERLIN, tasks=synchronous_tasks)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    shown(qtbot, widget, widget.refresh)
    return widget


def shown(qtbot, view: ScheduleView, action) -> None:
    """Does action and waits until the period it asks for is read (in a worker) and shown."""
    with qtbot.waitSignal(view.rows_loaded, timeout=10_000):
        action()


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: shown.append(text))
    return shown


def _month_rows(services, filters=SessionFilter()):
    zone = ZoneInfo(BERLIN)
    start = datetime(2026, 2, 23, tzinfo=zone)  # the Monday before 1 March
    return services.scheduling.sessions_between(start, start + timedelta(days=42), filters)


def test_month_week_and_agenda_show_the_sessions_of_their_period(view, services, qtbot):
    assert view.mode == MONTH and view.period_label.text().endswith("2026")
    expected = _month_rows(services)
    assert expected and {r.id for r in view.rows} <= {r.id for r in expected}
    assert view.summary_label.text() == f"{len(expected)} sessions"
    view.grab()  # paints every session without error
    shown(qtbot, view, lambda: view.set_mode(WEEK))
    monday = datetime.combine(NOW.date() - timedelta(days=NOW.weekday()), time(0), tzinfo=ZoneInfo(BERLIN))
    assert {r.id for r in view.rows} == {r.id for r in services.scheduling.sessions_between(
        monday, monday + timedelta(days=7))}
    shown(qtbot, view, lambda: view.step(-1))
    assert view.period_label.text().startswith("Week of") and "2 March 2026" in view.period_label.text()
    shown(qtbot, view, lambda: view.set_mode(AGENDA))
    model = view.agenda.model()
    assert model.rowCount() == len(view.rows) > 0
    hosts = {model.index(n, COL_HOST).data() for n in range(model.rowCount())}
    assert hosts == {r.host.name for r in view.rows}


def test_agenda_model_passes_the_model_tester_and_shows_far_participants_time(qtmodeltester, services):
    rows = _month_rows(services)
    model = AgendaModel(BERLIN)
    model.set_rows(rows)
    qtmodeltester.check(model)
    tokyo = next(n for n, r in enumerate(rows) if any(p.time_zone == "Asia/Tokyo" for p in r.participants))
    text = model.index(tokyo, COL_THEIR_TIME).data()
    local_tokyo = rows[tokyo].starts_at.astimezone(ZoneInfo("Asia/Tokyo")).strftime("%H:%M")
    assert f"{local_tokyo} (Tokyo)" in text
    berlin_only = [n for n, r in enumerate(rows) if all(p.time_zone in (BERLIN, "Europe/Warsaw")
                                                        for p in r.participants)]
    assert all(model.index(n, COL_THEIR_TIME).data() == "" for n in berlin_only)


def test_a_participant_whose_time_zone_is_unknown_is_said_so_in_the_agenda_and_the_week(qtbot, view, services):
    tokyo = next(r for r in _month_rows(services) for p in r.participants if p.time_zone == "Asia/Tokyo")
    far = next(p for p in tokyo.participants if p.time_zone == "Asia/Tokyo")
    with services.database.transaction() as s:  # as imported from a roster without a time zone
        s.get(Person, far.id).time_zone = ""
    [row] = [r for r in _month_rows(services) if r.id == tokyo.id]
    model = AgendaModel(BERLIN)
    model.set_rows([row])
    assert f"\u2068{far.name.split()[0]}\u2069 (time zone unknown)" in model.index(0, COL_THEIR_TIME).data()
    view.anchor = tokyo.starts_at.astimezone(ZoneInfo(BERLIN)).date()
    shown(qtbot, view, lambda: view.set_mode(WEEK))
    assert tokyo.id in {r.id for r in view.rows}
    view.grab()  # the week paints the session's block with that line


def test_kind_filter_limits_every_view(qtbot, view, services):
    shown(qtbot, view, lambda: view.kind_filter.setCurrentIndex(view.kind_filter.findData(SessionKind.CUSTOMER_VISIT)))
    assert view.rows and {r.kind for r in view.rows} == {SessionKind.CUSTOMER_VISIT}
    assert len(view.rows) == len(_month_rows(services, SessionFilter(kind=SessionKind.CUSTOMER_VISIT)))


def test_my_week_needs_an_owner_then_shows_only_their_sessions(qtbot, view, services, errors):
    view.my_week_check.setChecked(True)
    assert errors and "choose who you are" in errors[0] and not view.my_week_check.isChecked()
    me = view._signed_in.claim(services.reflections.person_id_for_email("misaki.sato@linguabridge.example"))
    shown(qtbot, view, lambda: view.my_week_check.setChecked(True))
    assert view.mode == WEEK and view.person_filter.person_id() == me.person_id
    assert view.person_filter.text() == "\u2068佐藤 美咲\u2069 <misaki.sato@linguabridge.example>"
    assert all(me.person_id in {p.id for p in r.participants} for r in view.rows)


def _fill_new(qtbot, editor, host, guest, start_local):
    """As a user plans a session: host and guest found by their emails (unique among the demo's people)."""
    ui = editor.ui
    pick(qtbot, editor.host_field, host.email)
    pick(qtbot, editor.guest_field, guest.email)
    assert (editor.host_field.person_id(), editor.guest_field.person_id()) == (host.id, guest.id)
    ui.addGuestButton.click()
    ui.dateEdit.setDate(QDate(start_local.date()))
    ui.startEdit.setTime(QTime(start_local.hour, start_local.minute))


def test_a_double_booking_is_shown_before_saving_and_saved_only_when_accepted(view, services, qtbot):
    planned = next(r for r in services.scheduling.sessions_between(NOW, NOW + timedelta(days=60))
                   if r.status is SessionStatus.PLANNED)
    other = next(p for p in services.scheduling.people() if p.id not in {x.id for x in planned.participants})
    editor = view.open_editor(None)
    start = planned.starts_at.astimezone(ZoneInfo(planned.host.time_zone))
    _fill_new(qtbot, editor, planned.host, other, start)
    assert planned.host.name in editor.ui.localTimesLabel.text()
    before = len(services.scheduling.sessions_between(NOW, NOW + timedelta(days=60)))
    editor.save()
    assert editor.ui.warningsBox.isVisible()
    assert any("already has a session" in editor.ui.warningsList.item(n).text()
               for n in range(editor.ui.warningsList.count()))
    assert len(services.scheduling.sessions_between(NOW, NOW + timedelta(days=60))) == before
    editor.ui.backButton.click()
    assert not editor.ui.warningsBox.isVisible() and editor.host_field.isEnabled()
    editor.save()
    with qtbot.waitSignal(editor.saved) as saved:
        editor.ui.acceptButton.click()
    [new_id] = saved.args[0]
    assert "[double_booking]" in services.scheduling.get(new_id).accepted_warnings


def test_cancelling_needs_a_reason(view, services, errors, qtbot):
    planned = next(r for r in services.scheduling.sessions_between(NOW, NOW + timedelta(days=60))
                   if r.status is SessionStatus.PLANNED)
    editor = view.open_editor(planned.id)
    editor.ui.cancelSessionButton.click()
    assert errors and "why the session is cancelled" in errors[0]
    editor.ui.reasonEdit.setText("Customer closed for a holiday")
    with qtbot.waitSignal(editor.saved):
        editor.ui.cancelSessionButton.click()
    detail = services.scheduling.get(planned.id)
    assert (detail.status, detail.status_reason) == (SessionStatus.CANCELLED, "Customer closed for a holiday")


def test_email_invite_saves_the_ics_and_opens_a_mailto_link(view, services, monkeypatch, tmp_path):
    session = _month_rows(services)[0]
    target = tmp_path / "invite.ics"
    monkeypatch.setattr(prompts, "choose_save_file", lambda *args: str(target))
    opened = []
    monkeypatch.setattr(session_editor, "open_mail_client", lambda url: opened.append(url) or True)
    editor = view.open_editor(session.id)
    editor.ui.emailButton.click()
    [event] = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert str(event["UID"]) == services.scheduling.get(session.id).uid
    assert opened[0].startswith(f"mailto:{session.host.email}")
