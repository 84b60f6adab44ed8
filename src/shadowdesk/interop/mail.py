"""Mail through the user's outgoing server (smtplib): meeting requests as Outlook and Gmail recognise them,
plain digests, and the server's answers in plain words.

A meeting request is multipart/mixed holding a multipart/alternative (the text, and the calendar as
`text/calendar; method=REQUEST`, which is what makes a client show Accept/Decline) and the same .ics as an
attachment for clients that only import files (RFC 6047, iMIP). The password comes from the caller
(services.invites keeps it in the OS keyring, never in the settings file). What went wrong is said in the
user's language, with the server's own answer as it gave it.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from shadowdesk.errors import PlainWordsError
from shadowdesk.translation import _

SECURITY = ("starttls", "ssl", "none")
TIMEOUT_SECONDS = 30


class MailError(PlainWordsError):
    """The mail server could not be reached or refused; the message says what it answered."""


class MailServerUnusable(MailError):
    """No connection, or the login was refused: no message can go until the settings change, so a batch
    stops here instead of trying again for every message."""


@dataclass(frozen=True)
class MailServer:
    host: str
    port: int
    security: str  # one of SECURITY
    user: str = ""
    password: str = ""


def _address(name: str, email: str) -> Address:
    local, _, domain = email.strip().rpartition("@")
    return Address(display_name=name, username=local, domain=domain)


def _message(sender: tuple[str, str], recipient: tuple[str, str], subject: str, moment: datetime) -> EmailMessage:
    message = EmailMessage()
    message["From"] = _address(*sender)
    message["To"] = _address(*recipient)
    message["Subject"] = subject
    message["Date"] = format_datetime(moment)
    message["Message-ID"] = make_msgid(domain=sender[1].rpartition("@")[2] or None)
    return message


def meeting_request(sender: tuple[str, str], recipient: tuple[str, str], subject: str, text: str, ics: bytes,
                    method: str, moment: datetime, file_name: str = "invite.ics") -> EmailMessage:
    """sender, recipient: (name, address). method: the calendar's METHOD (REQUEST or CANCEL)."""
    message = _message(sender, recipient, subject, moment)
    message.make_mixed()
    body = EmailMessage()
    body.set_content(text)
    body.add_alternative(ics, maintype="text", subtype="calendar", params={"method": method, "charset": "utf-8"},
                         cte="base64" if len(ics) > 900 else "quoted-printable")
    message.attach(body)
    message.add_attachment(ics, maintype="application", subtype="ics", filename=file_name)
    return message


def plain_message(sender: tuple[str, str], recipient: tuple[str, str], subject: str, text: str,
                  moment: datetime) -> EmailMessage:
    message = _message(sender, recipient, subject, moment)
    message.set_content(text)
    return message


def _answer(code: int, text: bytes | str) -> str:
    words = text.decode("utf-8", errors="replace") if isinstance(text, bytes) else text
    return f"{code} {' '.join(words.split())}".strip()


def plain_words(error: BaseException, server: MailServer) -> str:
    """What went wrong, as the user can act on it, with the server's own answer when it gave one."""
    where = f"{server.host}:{server.port}"
    if isinstance(error, smtplib.SMTPAuthenticationError):
        answer = _answer(error.smtp_code, error.smtp_error)
        return _("The mail server {where} refused the user name or password ({answer}).").format(
            where=where, answer=answer)
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        answers = "; ".join(f"{address}: {_answer(*answer)}" for address, answer in error.recipients.items())
        return _("The mail server refused the address ({answers}).").format(answers=answers)
    if isinstance(error, smtplib.SMTPSenderRefused):
        return _("The mail server refused the sender {sender} ({answer}).").format(
            sender=error.sender, answer=_answer(error.smtp_code, error.smtp_error))
    if isinstance(error, smtplib.SMTPNotSupportedError):
        return _("The mail server {where} does not offer that: {answer}. Try another encryption setting.").format(
            where=where, answer=str(error).rstrip("."))
    if isinstance(error, smtplib.SMTPResponseException):
        return _("The mail server {where} answered {answer}.").format(
            where=where, answer=_answer(error.smtp_code, error.smtp_error))
    if isinstance(error, smtplib.SMTPServerDisconnected):
        if str(error):
            return _("The mail server {where} closed the connection ({answer}).").format(where=where, answer=error)
        return _("The mail server {where} closed the connection without a word.").format(where=where)
    if isinstance(error, ssl.SSLError):
        return _("No secure connection to {where} ({reason}). Check the port and the encryption setting.").format(
            where=where, reason=error.reason or error)
    if isinstance(error, socket.gaierror):
        return _("There is no mail server called {host}.").format(host=server.host)
    if isinstance(error, TimeoutError | socket.timeout):
        return _("The mail server {where} did not answer within {seconds} seconds.").format(
            where=where, seconds=TIMEOUT_SECONDS)
    if isinstance(error, ConnectionRefusedError):
        return _("Nothing answers at {where}: check the server name and port.").format(where=where)
    if isinstance(error, OSError):
        return _("The mail server {where} cannot be reached ({reason}).").format(
            where=where, reason=error.strerror or error)
    return _("Sending through {where} failed: {reason}").format(where=where, reason=error)


class Outbox:
    """One connection to the server, for a batch of messages: `with Outbox(server) as outbox: outbox.send(m)`."""

    def __init__(self, server: MailServer) -> None:
        self._server = server
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> Outbox:
        self.connect()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def connect(self) -> str:
        """Open and log in; returns the server's greeting. MailServerUnusable in plain words when it cannot,
        with the half-open connection closed (a refused login would otherwise leave its socket open)."""
        server = self._server
        if server.security not in SECURITY:
            raise MailServerUnusable(_("Unknown encryption {name}: choose one of {choices}.").format(
                name=repr(server.security), choices=", ".join(SECURITY)))
        if not server.host.strip():
            raise MailServerUnusable(_("No outgoing mail server is set: enter it in Preferences (or give "
                                       "--smtp-host)."))
        smtp: smtplib.SMTP | None = None
        try:
            if server.security == "ssl":
                smtp = smtplib.SMTP_SSL(server.host, server.port, timeout=TIMEOUT_SECONDS,
                                        context=ssl.create_default_context())
            else:
                smtp = smtplib.SMTP(server.host, server.port, timeout=TIMEOUT_SECONDS)
            code, greeting = smtp.ehlo()
            if server.security == "starttls":
                smtp.starttls(context=ssl.create_default_context())
                smtp.ehlo()
            if server.user:
                smtp.login(server.user, server.password)
        except (smtplib.SMTPException, OSError) as exc:
            if smtp is not None:
                smtp.close()
            raise MailServerUnusable(plain_words(exc, server)) from exc
        self._smtp = smtp
        return _answer(code, greeting)

    def send(self, message: EmailMessage) -> None:
        """Hand one message over; MailError (this message only) when the server refuses it,
        MailServerUnusable when no connection can be made (none of the messages after it can go either)."""
        if self._smtp is None:
            self.connect()
        assert self._smtp is not None  # connect() set it or raised
        try:
            self._smtp.send_message(message)
        except smtplib.SMTPServerDisconnected as exc:
            self._smtp = None  # the next message opens a new connection
            raise MailError(plain_words(exc, self._server)) from exc
        except (smtplib.SMTPException, OSError) as exc:
            raise MailError(plain_words(exc, self._server)) from exc

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (smtplib.SMTPException, OSError):
                pass  # the messages are handed over already; a rude goodbye changes nothing
            self._smtp = None


def send_test_message(server: MailServer, message: EmailMessage) -> str:
    """Send message; say in plain words what the server answered."""
    with Outbox(server) as outbox:
        outbox.send(message)
        assert outbox._smtp is not None  # send() connected or raised
        code, answer = outbox._smtp.noop()
    return _("The mail server {host} accepted the test message to {recipient} (it answers {answer}).").format(
        host=server.host, recipient=message["To"], answer=_answer(code, answer))

