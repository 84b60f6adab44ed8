"""The one cleaning of user text on the way in, and the one escaping on the way out to a terminal."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from shadowdesk.text import clean_line, clean_text, printable


def test_invisible_characters_do_not_make_two_labels():
    assert clean_line("Sales\u200b") == clean_line("Sales") == clean_line(" \u202eSales\u2069  ")


def test_a_name_keeps_its_letters_and_its_joiners_between_letters():
    assert clean_line("Zo\u0065\u0308 Łukasiewicz") == "Zoë Łukasiewicz"
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # the joiner between two letters shapes the word
    assert clean_line(persian) == persian
    assert clean_line("A\x1b[31mB\x07\x00") == "A[31mB"


def test_free_text_keeps_its_lines_and_tabs():
    assert clean_text("one\r\ntwo\rthree\tfour\x00\x1b") == "one\ntwo\nthree\tfour"


def test_printable_shows_what_a_terminal_would_obey():
    assert printable("A\x1b[2JB\tC\nD") == "A\\x1b[2JB\\tC\\nD"
    assert printable("Ærøskøbing 東京") == "Ærøskøbing 東京"


@given(st.text())
def test_clean_line_is_one_clean_line_and_stable(value):
    cleaned = clean_line(value)
    assert clean_line(cleaned) == cleaned
    assert cleaned == cleaned.strip() and "  " not in cleaned
    assert not any(unicodedata.category(ch) == "Cc" for ch in cleaned)
    assert not any(ch in cleaned for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\ufeff")


@given(st.text())
def test_clean_text_leaves_no_control_but_tab_and_line_feed(value):
    cleaned = clean_text(value)
    assert clean_text(cleaned) == cleaned
    assert not any(unicodedata.category(ch) == "Cc" and ch not in "\t\n" for ch in cleaned)


@given(st.text())
def test_printable_never_sends_a_control_character(value):
    assert not any(unicodedata.category(ch) == "Cc" for ch in printable(value))
