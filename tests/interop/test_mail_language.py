"""What went wrong with the mail server is said in the user's language; the server's own answer stays as given."""

from __future__ import annotations

import smtplib

import pytest

from shadowdesk import translation
from shadowdesk.interop.mail import MailServer, MailServerUnusable, Outbox, plain_words

SERVER = MailServer("mail.example", 587, "starttls")


@pytest.fixture
def german():
    translation.use("de")
    yield
    translation.use("en")


def test_a_refused_login_and_a_missing_server_are_german(german):
    refused = smtplib.SMTPAuthenticationError(535, b"5.7.8 Authentication credentials invalid")
    assert plain_words(refused, SERVER) == ("Der Mailserver mail.example:587 hat den Benutzernamen oder das Passwort "
                                            "abgelehnt (535 5.7.8 Authentication credentials invalid).")
    with pytest.raises(MailServerUnusable, match="Kein Postausgangsserver festgelegt"):
        Outbox(MailServer(" ", 587, "starttls")).connect()


def test_the_english_words_are_unchanged():
    assert plain_words(ConnectionRefusedError(), SERVER) == (
        "Nothing answers at mail.example:587: check the server name and port.")
