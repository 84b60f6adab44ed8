"""Text from users, cleaned once on the way in and made safe on the way out.

On the way in (services, importers): a name or label is one line of NFC text with single spaces and no
control, bidi-override or invisible characters, so "Sales" and "Sales\u200b" are one department and an ESC
stored in a name can never reach a terminal, an .ics file or a PDF. Free text (agendas, notes) keeps its
line breaks and tabs but loses the other control characters, which RFC 5545 and XML both forbid.
On the way out (CLI listings): `printable` shows any control character that got in before this rule
as a visible escape instead of sending it to the terminal.
"""

from __future__ import annotations

import re
import unicodedata

# Bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), the left-to-right and
# right-to-left marks, and characters that are invisible: zero width space, word joiner, BOM, soft hyphen.
_INVISIBLE = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u200b\u2060\ufeff\u00ad"
# C0 controls but tab and line feed, DEL, and the C1 controls.
_CONTROLS = "".join(chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)))
_DROP_IN_TEXT = str.maketrans("", "", _INVISIBLE + _CONTROLS)
# Zero width (non-)joiners shape Persian, Indic and emoji text between two letters; anywhere else they only
# make two equal-looking labels differ.
_STRAY_JOINER = re.compile(r"(?<!\w)[\u200c\u200d]|[\u200c\u200d](?!\w)")
_UNPRINTABLE = re.compile(f"[{re.escape(_CONTROLS)}\t\n\r]")


def clean_line(value: str) -> str:
    """A name or label as stored: NFC, one line, single spaces, nothing invisible or controlling."""
    value = unicodedata.normalize("NFC", value).replace("\r", " ").translate(_DROP_IN_TEXT)
    return " ".join(_STRAY_JOINER.sub("", value).split())


def clean_text(value: str) -> str:
    """Free text as stored: NFC, line breaks as \\n, tabs kept, every other control character dropped."""
    value = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    return value.translate(str.maketrans("", "", _CONTROLS))


def printable(value: object) -> str:
    """value for a terminal line: control characters, tabs and line breaks shown as escapes (\\x1b, \\t, \\n)."""
    return _UNPRINTABLE.sub(lambda match: match.group().encode("unicode_escape").decode("ascii"), str(value))
