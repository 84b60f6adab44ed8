"""Invites and reminders sent by email: who gets what, sending it, and the log that keeps updates with the
same people.

plan() turns the sessions of a scope into one message per attendee and calendar item (a session, or a
series as one event): new for someone never sent it, updated when its SEQUENCE rose since, cancelled when
it (or the person's place in it) is gone; an item already up to date with someone is not sent again. Each
message sent is logged (model.invites.SentMessage) in its own short transaction, so a Stop, a failure or a
crash half-way keeps exactly what the server took. A failure is that recipient's, listed in the report;
the others are still sent. Reminders are one digest per person of every note they owe, at most once every
`reminder_every_days`.
Subjects, bodies and dates are in the sender's language (the one the app speaks when sending): the
recipients' own languages are not known to ShadowDesk.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, select

from shadowdesk.labels import label
from shadowdesk.model import Pairing, Person, SentMessage, ShadowSession
from shadowdesk.services.errors import UserError
from shadowdesk.services.secrets import save_secret, saved_secret
from shadowdesk.settings import SettingsStore
from shadowdesk.storage import Database
from shadowdesk.translation import N_, _, current_language, n_

if TYPE_CHECKING:  # imported where used, so starting the app does not load the calendar format
    from shadowdesk.interop.ics import Attendee, CalendarItem
    from shadowdesk.interop.mail import MailServer
    from shadowdesk.services.reflections import DueReflection, SessionInfo

NEW, UPDATED, CANCELLED, REMINDER = "new", "updated", "cancelled", "reminder"
PASSWORD_VARIABLE = "SHADOWDESK_SMTP_PASSWORD"
KEYRING_SERVICE = "ShadowDesk mail server"  # in the keyring, under "user@host"


@dataclass(frozen=True)
class InviteScope:
    """Which sessions: give one of them (round: a program's planning round, with program_id)."""

    program_id: int | None = None
    round: int | None = None
    pairing_id: int | None = None
    person_id: int | None = None
    session_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Outgoing:
    """One message to one person: an invite (ics set) or a reminder digest."""

    recipient_name: str
    recipient_email: str
    change: str  # NEW, UPDATED, CANCELLED or REMINDER
    subject: str
    text: str
    titles: tuple[str, ...]  # what it is about, one line each, for the preview
    kind: str = "invite"
    uid: str = ""
    method: str = ""
    sequence: int = 0
    ics: bytes = b""
    person_id: int | None = None


@dataclass
class SendReport:
    sent: list[Outgoing] = field(default_factory=list)
    failed: list[tuple[Outgoing, str]] = field(default_factory=list)  # and why, in plain words
    stopped: bool = False


class InviteService:
    def __init__(self, database: Database, settings: SettingsStore,
                 due: Callable[[datetime], list[DueReflection]] | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 organizer: Callable[[], Attendee | None] | None = None) -> None:
        """due: ReflectionService.due (for reminders); organizer: SchedulingService.organizer."""
        self._db = database
        self._settings = settings
        self._due = due
        self._clock = clock
        self._organizer = organizer

    # ----- the mail server -----

    def sender(self) -> tuple[str, str]:
        """(name, address) invites come from: the sender setting, else the signed-in person (the organizer), else
        the mail server's user."""
        from shadowdesk.interop.ics import Attendee

        organizer = self._organizer() if self._organizer else None
        address = self._settings.get("mail_from") or (organizer.email if organizer else "") \
            or self._settings.get("mail_user")
        if "@" not in address:
            raise UserError(_("Set the sender address of invites in Preferences: nobody is signed in with an "
                              "address to send them from."))
        name = organizer.name if isinstance(organizer, Attendee) and organizer.email == address else "ShadowDesk"
        return name, address

    def mail_server(self, host: str | None = None, port: int | None = None, user: str | None = None,
                    security: str | None = None, password: str | None = None) -> MailServer:
        """The server of the settings, with what was given instead; the password from the keyring unless given."""
        from shadowdesk.interop.mail import MailServer

        host = host if host is not None else self._settings.get("mail_host")
        user = user if user is not None else self._settings.get("mail_user")
        if password is None:
            password = (saved_secret(KEYRING_SERVICE, f"{user}@{host}") or "") if user else ""
        return MailServer(host, port or self._settings.get("mail_port"),
                          security or self._settings.get("mail_security"), user, password)

    def save_password(self, host: str, user: str, password: str) -> None:
        """Keep password in the keyring; an empty one forgets the saved one. NoKeyring when there is none."""
        save_secret(KEYRING_SERVICE, f"{user}@{host}", password, "the mail server password")

    def has_saved_password(self, host: str, user: str) -> bool:
        return bool(saved_secret(KEYRING_SERVICE, f"{user}@{host}"))

    def send_test_message(self, server: MailServer) -> str:
        """Sends a short message to the sender address; what the server answered, in plain words."""
        from shadowdesk.interop.mail import plain_message, send_test_message

        sender = self.sender()
        message = plain_message(sender, sender, _("ShadowDesk test message"),
                                _("ShadowDesk can send invites and reminders through this mail server."), self._clock())
        return send_test_message(server, message)

    # ----- invites -----

    def plan(self, scope: InviteScope) -> list[Outgoing]:
        """What sending invites for scope would send, per recipient, in time order of the items."""
        from shadowdesk.interop.ics import Attendee, Method, build_calendar
        from shadowdesk.services.calendar_items import entries

        name, address = self.sender()
        organizer = self._organizer() if self._organizer else None
        organizer = organizer or Attendee(name, address)
        with self._db.session() as s:
            found = entries(s, _where(scope), organizer)
            uids = [entry.uid for entry in found]
            log: dict[tuple[str, str], tuple[str, int, str]] = {}
            for uid, recipient, method, sequence in s.execute(
                    select(SentMessage.uid, SentMessage.recipient, SentMessage.method, SentMessage.sequence)
                    .where(SentMessage.kind == "invite", SentMessage.uid.in_(uids))
                    .order_by(SentMessage.sent_at, SentMessage.id)):
                log[(uid, recipient.casefold())] = (method, sequence, recipient)
            people: dict[str, int] = dict(s.execute(select(func.lower(Person.email), Person.id)).all()) if found else {}
        planned = []
        for entry in found:
            current = {guest.email.casefold(): guest for guest in entry.recipients()}
            earlier = {key[1]: value for key, value in log.items() if key[0] == entry.uid}
            for email in dict.fromkeys([*current, *earlier]):
                last = earlier.get(email)
                still_invited = email in current and not entry.cancelled
                if not still_invited:
                    if last is None or last[0] == Method.CANCEL:
                        continue  # never told, or told already
                    change, method = CANCELLED, Method.CANCEL
                    item = entry.item if entry.cancelled else _cancelled_whole(entry.item)
                elif last is None or last[0] == Method.CANCEL:
                    change, method, item = NEW, Method.REQUEST, entry.item
                elif entry.sequence > last[1]:
                    change, method, item = UPDATED, Method.REQUEST, entry.item
                else:
                    continue  # up to date
                # Someone no longer invited is known by the address they were last sent to.
                person = current.get(email) or Attendee(email, earlier[email][2])
                title = _title(entry.item)
                planned.append(Outgoing(
                    person.name, person.email, change, _subject(change, title), _text(change, entry.item, person),
                    (title,), "invite", entry.uid, method.value, entry.sequence, build_calendar([item], method),
                    people.get(email)))
        return planned

    def save(self, planned: Sequence[Outgoing], folder: Path) -> list[Path]:
        """Each distinct calendar of the plan as an .ics file in folder (one per item and METHOD)."""
        from shadowdesk.fileio import atomic_write

        written: dict[tuple[str, str], Path] = {}
        for message in planned:
            if not message.ics or (message.uid, message.method) in written:
                continue
            stem = "".join(c if c.isalnum() else "-" for c in message.uid.split("@")[0])[:40]
            target = folder / f"{message.method.lower()}-{stem}.ics"
            atomic_write(target, message.ics)
            written[(message.uid, message.method)] = target
        return list(written.values())

    def send(self, planned: Sequence[Outgoing], server: MailServer,
             progress: Callable[[int, int], None] = lambda d, t: None,
             cancelled: Callable[[], bool] = lambda: False) -> SendReport:
        """Send every message through server (one connection); log each one the server took.

        A message the server refuses is that recipient's failure, in the report; a server that cannot be
        reached or refuses the login stops the batch with one MailError saying what went before it."""
        from shadowdesk.interop.mail import MailError, MailServerUnusable, Outbox, meeting_request, plain_message

        sender = self.sender()
        report = SendReport()
        outbox = Outbox(server)
        try:
            for done, message in enumerate(planned):
                if cancelled():
                    report.stopped = True
                    break
                progress(done, len(planned))
                recipient = (message.recipient_name, message.recipient_email)
                moment = self._clock()
                if message.ics:
                    mail = meeting_request(sender, recipient, message.subject, message.text, message.ics,
                                           message.method, moment,
                                           "cancel.ics" if message.method == "CANCEL" else "invite.ics")
                else:
                    mail = plain_message(sender, recipient, message.subject, message.text, moment)
                try:
                    outbox.send(mail)
                except MailServerUnusable as exc:
                    raise MailError(_batch_stopped(str(exc), report, len(planned))) from exc
                except MailError as exc:
                    report.failed.append((message, str(exc)))
                    continue
                self._log(message, moment)
                report.sent.append(message)
            else:
                progress(len(planned), len(planned))
        finally:
            outbox.close()
        return report

    def _log(self, message: Outgoing, moment: datetime) -> None:
        with self._db.transaction() as s:
            s.add(SentMessage(kind=message.kind, uid=message.uid, method=message.method, sequence=message.sequence,
                              recipient=message.recipient_email, person_id=message.person_id,
                              subject=message.subject[:300], sent_at=moment))

    # ----- reminders -----

    def plan_reminders(self, now: datetime | None = None) -> list[Outgoing]:
        """One digest per person who owes notes, unless they were reminded within reminder_every_days."""
        now = now or self._clock()
        if self._due is None:
            raise RuntimeError("This InviteService was made without the notes due, so it cannot remind of them.")
        due = self._due(now)  # ReflectionService.due: after the reminder period, the one rule
        every = timedelta(days=self._settings.get("reminder_every_days"))
        with self._db.session() as s:
            last: dict[str, datetime] = {}
            for recipient, sent_at in s.execute(select(SentMessage.recipient, SentMessage.sent_at).where(
                    SentMessage.kind == "reminder", SentMessage.sent_at > now - every)):
                last[recipient.casefold()] = max(sent_at, last.get(recipient.casefold(), sent_at))
        owed: dict[int, list[DueReflection]] = {}
        for note in due:
            owed.setdefault(note.person_id, []).append(note)
        planned = []
        for notes in owed.values():
            first = notes[0]
            sent = last.get(first.person_email.casefold())
            if sent is not None:
                continue
            titles = tuple(f"{_local(note.session.starts_at, DAY)}: {_session_words(note.session)}"
                           for note in sorted(notes, key=lambda n: n.session.starts_at))
            count = len(titles)
            text = "\n".join([_("Hello {name},").format(name=first.person_name), "",
                              n_("ShadowDesk still waits for your {count} note on this session:",
                                 "ShadowDesk still waits for your {count} notes on these sessions:",
                                 count).format(count=count), "",
                              *(f"- {title}" for title in titles), "",
                              n_("Open ShadowDesk and write it while you remember the day.",
                                 "Open ShadowDesk and write them while you remember the day.", count)])
            subject = n_("Reminder: {count} note to write", "Reminder: {count} notes to write", count)
            planned.append(Outgoing(first.person_name, first.person_email, REMINDER,
                                    subject.format(count=count), text, titles, "reminder",
                                    person_id=first.person_id))
        return planned


def _batch_stopped(reason: str, report: SendReport, total: int) -> str:
    """One message for a batch the server stopped: the reason, what went before it and what is left."""
    if not report.sent and not report.failed:
        return _("Nothing was sent: {reason}").format(reason=f"{reason[0].lower()}{reason[1:]}")
    refused = "".join(" " + _("Not sent to {address}: {reason}").format(address=message.recipient_email, reason=why)
                      for message, why in report.failed)
    return _("Sent {sent} of {total} messages, then: {reason}{refused} The others are still to send.").format(
        sent=len(report.sent), total=total, reason=reason, refused=refused)


def _session_words(session: SessionInfo) -> str:
    who = ", ".join((session.host_name, *session.guest_names))
    about = f" ({session.subject})" if session.subject else ""
    return _("{kind} with {people}").format(kind=label(session.kind), people=who) + about


def _where(scope: InviteScope) -> list[ColumnElement[bool]]:
    from shadowdesk.services.schedule_queries import involving

    if scope.session_ids:
        return [ShadowSession.id.in_(scope.session_ids)]
    if scope.pairing_id is not None:
        return [ShadowSession.pairing_id == scope.pairing_id]
    if scope.person_id is not None:
        return [involving(scope.person_id)]
    if scope.program_id is not None and scope.round is not None:
        return [ShadowSession.pairing_id.in_(select(Pairing.id).where(
            Pairing.program_id == scope.program_id, Pairing.round == scope.round))]
    if scope.program_id is not None:
        return [ShadowSession.program_id == scope.program_id]
    raise UserError(_("Say whose invites to send: a program, a round, a pair, a person or sessions."))


def _cancelled_whole(item: CalendarItem) -> CalendarItem:
    """The cancellation sent to someone no longer invited to an item that still takes place."""
    from shadowdesk.interop.ics import CalendarSeries

    if isinstance(item, CalendarSeries):
        return replace(item, master=replace(item.master, cancelled=True), overrides=())
    return replace(item, cancelled=True)


def _title(item: CalendarItem) -> str:
    from shadowdesk.interop.ics import CalendarSeries

    event = item.master if isinstance(item, CalendarSeries) else item
    zone = ZoneInfo(item.time_zone) if isinstance(item, CalendarSeries) else UTC
    when = event.starts_at.astimezone(zone)
    series = ", " + _(REPEATS[item.rule.split(";")[0].removeprefix("FREQ=")]) \
        if isinstance(item, CalendarSeries) else ""
    return f"{event.summary}, {_local(when, DAY_AND_TIME)} {when.tzname()}{series}"


# How often a series repeats, by the FREQ of its RRULE (rules.recurrence writes these two).
REPEATS = {"WEEKLY": N_("repeating (weekly)"), "MONTHLY": N_("repeating (monthly)")}
# Babel's patterns: the order stays, the names of days and months are the language's ("Mo. 02 Juni 2025").
DAY = "EEE dd MMM y"
DAY_AND_TIME = "EEE dd MMM y HH:mm"


def _local(moment: datetime, pattern: str) -> str:
    """moment on its own clock, in the words of the current language."""
    from babel.dates import format_datetime  # loaded with the first message, not with the service

    return format_datetime(moment, pattern, tzinfo=moment.tzinfo, locale=current_language())


def _subject(change: str, title: str) -> str:
    pattern = {NEW: _("Invitation: {title}"), UPDATED: _("Updated invitation: {title}"),
               CANCELLED: _("Cancelled: {title}")}[change]
    return pattern.format(title=title)


def _text(change: str, item: CalendarItem, person: Attendee) -> str:
    from shadowdesk.interop.ics import CalendarSeries

    event = item.master if isinstance(item, CalendarSeries) else item
    opening = {NEW: _("You are invited to"), UPDATED: _("This has changed:"),
               CANCELLED: _("This is cancelled:")}[change]
    lines = [_("Hello {name},").format(name=person.name), "", opening, "", _title(item)]
    if event.location:
        lines.append(_("Where: {location}").format(location=event.location))
    if isinstance(item, CalendarSeries) and item.excluded and change != CANCELLED:
        lines.append(n_("{count} occurrence is cancelled", "{count} occurrences are cancelled",
                        len(item.excluded)).format(count=len(item.excluded)))
    if event.description:
        lines += ["", event.description]
    if change != CANCELLED:
        lines += ["", _("Your calendar shows this as a meeting request: accept or decline it there.")]
    return "\n".join(lines)
