"""Send Invites… and Remind…: the preview per recipient, Send to a real SMTP server on loopback (aiosmtpd,
read back with the email package), Stop, a refused recipient listed while the others go through, Save as
.ics files, the scope chosen in the dialog, and errors in plain words. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from PySide6.QtCore import Qt

from shadowdesk.app import AppContext
from shadowdesk.domain import SessionKind, SessionStatus
from shadowdesk.gui import prompts
from shadowdesk.gui.dialogs.invites_dialog import PAIR, PERSON, ROUND, InvitesDialog
from shadowdesk.gui.workers import TaskRunner
from shadowdesk.model import Person
from shadowdesk.rules.recurrence import Frequency, Repeat
from shadowdesk.services.invites import InviteScope
from shadowdesk.services.schedule_types import SessionDraft
from tests.gui.conftest import SynchronousPool
from tests.gui.pair_world import make_world
from tests.gui.test_accessibility import unnamed
from tests.services.test_invites import memory_keyring, smtp  # noqa: F401 (fixtures: a keyring, the server)

BERLIN = ZoneInfo("Europe/Berlin")
SENDER = "office@x.example"


@pytest.fixture
def world(app_paths, database_url, smtp, memory_keyring):  # noqa: F811 (the fixtures imported above)
    """Two pairs of round 1 (Anna with Dora, Bo with Eli): Anna and Dora have a weekly series of 3 and one
    session held in November, Bo and Eli one session; the mail settings point at the test server."""
    for box in ("new", "cur"):  # every test reads only its own messages
        for old in (smtp.maildir / box).iterdir():
            old.unlink()
    context = AppContext(app_paths, database_url)
    services = context.services
    world = make_world(services)
    for key, value in (("mail_host", smtp.host), ("mail_port", smtp.port), ("mail_security", "none"),
                       ("mail_from", SENDER)):
        services.settings.set(key, value)
    ids, program_id = world.ids, world.program_id
    first = services.pairing.add_manual(program_id, ids["Anna"], ids["Dora"])
    second = services.pairing.add_manual(program_id, ids["Bo"], ids["Eli"])

    def session(pair, host, guest, day, repeat=None):
        return services.scheduling.create(SessionDraft(
            SessionKind.PROJECT_SHADOW, ids[host], (ids[guest],), datetime(2026, day[0], day[1], 10, 0, tzinfo=BERLIN),
            timedelta(hours=1), "Europe/Berlin", "Room 4", program_id, pair.id, repeat=repeat))

    session(first, "Dora", "Anna", (12, 7), Repeat(Frequency.WEEKLY, count=3))
    [held] = session(first, "Dora", "Anna", (11, 10))
    session(second, "Eli", "Bo", (12, 9))
    services.scheduling.set_status(held, services.scheduling.get(held).version_id, SessionStatus.COMPLETED)
    yield services, world, (first.id, second.id), smtp
    context.close()


def make_dialog(qtbot, services, scope, pool=None) -> InvitesDialog:
    dialog = InvitesDialog(services, scope, tasks=TaskRunner(pool or SynchronousPool()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.outbox.planned is not None)
    return dialog


def preview(dialog) -> dict[str, list[tuple[str, str]]]:
    """Each recipient's line, and under it (what about, what they get)."""
    tree = dialog.outbox.preview
    people = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return {person.text(0): [(person.child(j).text(0), person.child(j).text(1)) for j in range(person.childCount())]
            for person in people}


def send(qtbot, dialog):
    with qtbot.waitSignal(dialog.outbox.sent) as signal:
        dialog.outbox.send_button.click()
    qtbot.waitUntil(lambda: dialog.outbox.planned is not None)  # planned again: the preview shows what is left
    return signal.args[0]


def test_the_preview_lists_each_recipient_with_their_sessions(qtbot, world):
    services, program, pairs, mail = world
    dialog = make_dialog(qtbot, services, InviteScope(program_id=program.program_id))
    shown = preview(dialog)
    assert sorted(shown) == ["Anna Sales <anna@x.example>", "Bo Sales <bo@x.example>", "Dora PM <dora@x.example>",
                             "Eli PM <eli@x.example>"]
    anna = shown["Anna Sales <anna@x.example>"]
    assert [what for _, what in anna] == ["new invitation"] * 2  # the series is one invitation, plus the single
    assert any("repeating (weekly)" in about and "Mon 07 Dec 2026 10:00 CET" in about for about, _ in anna)
    assert any("Tue 10 Nov 2026" in about for about, _ in anna)
    assert len(shown["Bo Sales <bo@x.example>"]) == 1
    assert dialog.outbox.summary_label.text() == "6 messages to 4 people: 6 new, 0 updated, 0 cancelled."
    outbox = dialog.outbox
    assert outbox.send_button.isEnabled() and dialog.save_button.isEnabled() and not outbox.stop_button.isEnabled()
    assert mail.received() == []  # a preview sends nothing


def test_send_delivers_one_meeting_request_per_message_and_nothing_is_left(qtbot, world):
    services, program, pairs, mail = world
    dialog = make_dialog(qtbot, services, InviteScope(program_id=program.program_id))
    report = send(qtbot, dialog)
    received = mail.received()
    assert len(report.sent) == len(received) == 6 and report.failed == []
    assert sorted(m["To"].addresses[0].addr_spec for m in received) == [
        "anna@x.example", "anna@x.example", "bo@x.example", "dora@x.example", "dora@x.example", "eli@x.example"]
    for message in received:
        assert message["From"].addresses[0].addr_spec == SENDER
        [part] = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
        assert part.get_param("method") == "REQUEST"
    assert dialog.outbox.result_label.text() == "Sent 6 of 6 messages."
    assert dialog.outbox.preview.topLevelItemCount() == 0 and not dialog.outbox.send_button.isEnabled()
    assert dialog.outbox.summary_label.text() == "Nothing to send: everyone has the latest of every session here."


class StopAfterFirstMessage(SynchronousPool):
    """Runs the work at once and clicks Stop while the second message is being sent (the send reports its
    progress as each message starts: "Sending 2 of 6…")."""

    dialog: InvitesDialog | None = None

    def start(self, runnable) -> None:
        runnable.signals.progress.connect(lambda done, _total: done == 1 and self.dialog.outbox.stop_button.click(),
                                          Qt.ConnectionType.DirectConnection)
        runnable.run()


def test_stop_sends_nothing_after_the_message_being_sent(qtbot, world):
    services, program, pairs, mail = world
    pool = StopAfterFirstMessage()
    dialog = pool.dialog = make_dialog(qtbot, services, InviteScope(program_id=program.program_id), pool)
    report = send(qtbot, dialog)
    assert report.stopped and len(report.sent) == 2 and len(mail.received()) == 2
    assert dialog.outbox.result_label.text() == "Stopped: sent 2 of 6 messages; the others are still to send."
    assert sum(len(sessions) for sessions in preview(dialog).values()) == 4  # what was not sent is offered again
    assert dialog.outbox.send_button.isEnabled() and not dialog.outbox.stop_button.isEnabled()


def test_a_refused_recipient_is_listed_and_the_others_go_through(qtbot, world):
    services, program, pairs, mail = world
    with services.database.transaction() as s:  # the test server offers no SMTPUTF8: this one is refused
        s.get(Person, program.ids["Bo"]).email = "bö@bücher.example"
    dialog = make_dialog(qtbot, services, InviteScope(program_id=program.program_id))
    report = send(qtbot, dialog)
    assert len(report.sent) == len(mail.received()) == 5
    assert "bö@bücher.example" not in {m["To"].addresses[0].addr_spec for m in mail.received()}
    assert dialog.outbox.failures.isVisible() and dialog.outbox.failures.count() == 1
    failure = dialog.outbox.failures.item(0).text()
    assert failure.startswith("Bo Sales <bö@bücher.example>: The mail server") and "SMTPUTF8" in failure
    assert dialog.outbox.result_label.text().startswith("Sent 5 of 6 messages. 1 message could not be sent")
    assert list(preview(dialog)) == ["Bo Sales <bö@bücher.example>"]  # offered again next time


def test_save_writes_the_calendar_files_and_sends_nothing(qtbot, world, tmp_path, monkeypatch):
    services, program, pairs, mail = world
    folder = tmp_path / "invites"
    folder.mkdir()
    monkeypatch.setattr(prompts, "choose_folder", lambda parent, title, start="": str(folder))
    dialog = make_dialog(qtbot, services, InviteScope(program_id=program.program_id))
    dialog.save_button.click()
    files = sorted(folder.glob("*.ics"))
    assert len(files) == 3  # one per calendar item: the series, the held session, the other pair's session
    calendars = [icalendar.Calendar.from_ical(file.read_bytes()) for file in files]
    assert {str(calendar["METHOD"]) for calendar in calendars} == {"REQUEST"}
    assert sum("RRULE" in event for calendar in calendars for event in calendar.walk("VEVENT")) == 1
    assert dialog.outbox.result_label.text() == f"Saved 3 calendar files in {folder}."
    assert mail.received() == [] and len(dialog.outbox.planned) == 6  # saving counts as sending nothing


def test_the_scope_passed_is_shown_and_another_can_be_chosen(qtbot, world):
    services, program, (first, second), mail = world
    dialog = make_dialog(qtbot, services, InviteScope(pairing_id=second))  # a pair, its program looked up
    assert dialog.kind_combo.currentData() == PAIR and dialog.program_combo.currentText() == "Winter Swap"
    assert dialog.detail_combo.currentText() == "Bo Sales and Eli PM (round 1)"
    assert sorted(preview(dialog)) == ["Bo Sales <bo@x.example>", "Eli PM <eli@x.example>"]
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(PERSON))
    assert not dialog.program_combo.isVisible() and dialog.detail_label.text() == "Pe&rson:"
    dialog.detail_combo.setCurrentIndex(dialog.detail_combo.findData(program.ids["Anna"]))
    qtbot.waitUntil(lambda: dialog.outbox.planned is not None)
    assert sorted(preview(dialog)) == ["Anna Sales <anna@x.example>", "Dora PM <dora@x.example>"]
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(ROUND))
    qtbot.waitUntil(lambda: dialog.outbox.planned is not None)
    assert dialog.detail_combo.currentText() == "Round 1" and len(preview(dialog)) == 4


def test_without_a_mail_server_the_user_is_told_where_to_set_it(qtbot, world, shown_errors):
    services, program, pairs, mail = world
    services.settings.set("mail_host", "")
    dialog = make_dialog(qtbot, services, InviteScope(program_id=program.program_id))
    dialog.outbox.send_button.click()
    assert shown_errors == ["No outgoing mail server is set. Enter it in Edit > Preferences… (Outgoing mail "
                            "server), then send again."]
    assert mail.received() == []


def test_without_a_sender_address_the_preview_says_what_to_set(qtbot, world):
    services, program, pairs, mail = world
    services.settings.set("mail_from", "")
    dialog = InvitesDialog(services, InviteScope(program_id=program.program_id), tasks=TaskRunner(SynchronousPool()))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "sender address" in dialog.outbox.summary_label.text())
    assert not dialog.outbox.send_button.isEnabled() and not dialog.save_button.isEnabled()


def test_a_password_not_in_the_keyring_is_asked_for_in_the_dialog(qtbot, world):
    services, program, pairs, mail = world
    services.settings.set("mail_user", "office")
    dialog = make_dialog(qtbot, services, InviteScope(program_id=program.program_id))
    dialog.outbox.send_button.click()
    assert dialog.outbox.password_edit.isVisible() and dialog.outbox.password_edit.hasFocus()
    assert "password of office" in dialog.outbox.password_label.text().replace("&", "")
    assert mail.received() == []


def test_remind_sends_one_digest_per_person_of_the_notes_they_owe(qtbot, world):
    services, program, pairs, mail = world
    dialog = make_dialog(qtbot, services, InviteScope(program_id=program.program_id))
    dialog.remind_button.click()
    reminders = dialog.reminders
    qtbot.waitUntil(lambda: reminders.outbox.planned is not None)
    assert preview(reminders) == {
        "Anna Sales <anna@x.example>": [("Tue 10 Nov 2026: Project shadow with Dora PM, Anna Sales", "reminder")],
        "Dora PM <dora@x.example>": [("Tue 10 Nov 2026: Project shadow with Dora PM, Anna Sales", "reminder")]}
    send(qtbot, reminders)
    received = mail.received()
    assert sorted(m["To"].addresses[0].addr_spec for m in received) == ["anna@x.example", "dora@x.example"]
    assert all(m.get_content_type() == "text/plain" and "1 note" in m["Subject"] for m in received)
    assert reminders.outbox.summary_label.text() == (
        "Nobody owes a note, or everyone who does was reminded in the last 7 days.")


def test_every_control_is_named_and_reached_by_its_mnemonic(qtbot, world):
    services, program, pairs, mail = world
    dialog = make_dialog(qtbot, services, InviteScope(program_id=program.program_id))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(PAIR))
    assert unnamed(dialog) == []
    texts = [dialog.outbox.send_button, dialog.save_button, dialog.remind_button, dialog.outbox.stop_button]
    mnemonics = [w.text()[w.text().index("&") + 1].lower() for w in texts]
    labels = [dialog._form.labelForField(f).text() for f in (dialog.kind_combo, dialog.program_combo,
                                                             dialog.detail_combo)]
    mnemonics += [text[text.index("&") + 1].lower() for text in labels]
    assert len(mnemonics) == len(set(mnemonics)), mnemonics

