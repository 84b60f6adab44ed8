"""A roster file's bytes as a table: the encoding, the delimiter, the header and the rows with their lines.

UTF-8 (with or without BOM) and UTF-16 with BOM are read as such; a file that is not UTF-8 at all is
Excel's Windows-1252. A file that is UTF-8 but for a stray byte, or whose quote is never closed, or that
has no people under its header, is refused naming the line: reading it anyway would store names nobody
wrote. Excel's "sep=;" first line sets the delimiter; otherwise the header row tells it.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass

from shadowdesk.text import clean_line
from shadowdesk.translation import N_, _

DELIMITERS = (",", ";", "\t")
DELIMITER_NAMES = {",": N_("comma"), ";": N_("semicolon"), "\t": N_("tab")}  # shown through _()
# A well-formed UTF-8 sequence of two to four bytes: proof that a file is UTF-8 text, whatever else it has.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
                             rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
                             rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")
# Excel's first line naming the delimiter, e.g. "sep=;".
_SEPARATOR_LINE = re.compile(r"sep=([^\"\r\n])[ ]*(\r\n|\r|\n|$)", re.IGNORECASE)


class RosterError(Exception):
    """The file cannot be read as a roster at all (as opposed to a bad row)."""


@dataclass(frozen=True)
class RosterTable:
    """The decoded file: header cells, and data rows with the line each starts on (a spreadsheet's row
    number). encoding: how the file was read ("UTF-8", "Excel workbook (.xlsx)"), as the user reads it, in the
    language of the moment the file was read; delimiter "" for a sheet."""

    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    encoding: str
    delimiter: str
    sheet: str = ""  # the sheet read, of a spreadsheet
    sheets: tuple[str, ...] = ()  # every sheet of the spreadsheet, in its order


def clean_cell(value: str) -> str:
    """A cell as a name or label is stored (text.clean_line). Most cells are clean already: printable
    (no control, invisible or bidi character, no space but U+0020), NFC, single-spaced, stripped; for those
    this is what clean_line would return, at a fraction of its cost on 50,000 rows."""
    if value.isprintable() and "  " not in value and value == value.strip() and (
            value.isascii() or unicodedata.is_normalized("NFC", value)):
        return value
    return clean_line(value)


def decode(data: bytes) -> tuple[str, str]:
    """The text of the file and the name of the encoding it was in."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode(data[3:], "utf-8"), _("UTF-8 with BOM")
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return _decode(data[2:], codec), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as exc:
        if _UTF8_MULTIBYTE.search(data):
            # UTF-8 text with a stray byte of another encoding (a name pasted from an old file): decoding it
            # all as Windows-1252 would turn every other accented name into mojibake.
            line = 1 + (data.count(b"\n", 0, exc.start) or data.count(b"\r", 0, exc.start))
            raise RosterError(_(
                "Line {line}: byte {byte} is not UTF-8, but the rest of the file is UTF-8 text: the file mixes two "
                "encodings. Correct that line (or save the file again as CSV UTF-8) and import again.").format(
                line=line, byte=f"0x{data[exc.start]:02X}")) from exc
        # Excel's "CSV" on Western Windows. Five byte values are unassigned in it; show those as U+FFFD.
        return data.decode("cp1252", errors="replace"), "Windows-1252"


def _decode(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise RosterError(_("The file starts like {encoding} text but byte {position} is not valid in that "
                            "encoding. Save it again as CSV (UTF-8).").format(
            encoding=codec.upper(), position=exc.start + 1)) from exc


def sniff_delimiter(text: str) -> str:
    """The candidate that splits the header row into the most cells (quotes respected); comma by default."""
    best, best_count = ",", 0
    for delimiter in DELIMITERS:
        records = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            header = next((record for record in records if any(cell.strip() for cell in record)), [])
        except csv.Error:
            continue  # read_table reports the error with its line
        count = len(header) - 1
        if count > best_count:
            best, best_count = delimiter, count
    return best


def read_table(data: bytes) -> RosterTable:
    text, encoding = decode(data)
    if "\x00" in text:
        raise RosterError(_("The file contains NUL characters, so it is not a text CSV file. "
                            "Save it from the spreadsheet as CSV."))
    skipped, delimiter = 0, None
    if separator := _SEPARATOR_LINE.match(text):
        skipped, delimiter, text = 1, separator.group(1), text[separator.end():]
    delimiter = delimiter or sniff_delimiter(text)
    # Strict: a cell quoted wrongly ('""A"', text after the closing quote) is refused with its line rather
    # than read as something nobody wrote, and a quote left open is told from a long cell.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    headers: tuple[str, ...] | None = None
    rows: list[tuple[int, tuple[str, ...]]] = []
    line_before = skipped
    try:
        for record in reader:
            start_line = line_before + 1
            line_before = skipped + reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if headers is None:
                headers = tuple(clean_cell(cell) for cell in record)
            else:
                rows.append((start_line, tuple(record)))
    except csv.Error as exc:
        line = skipped + reader.line_num
        if "unexpected end of data" in str(exc):
            raise RosterError(_(
                "Line {line}: a quote (\") opens a cell that is never closed, so lines {line} to {last} would be "
                "read as one cell. Close the quote or remove it, and import again.").format(
                line=line_before + 1, last=line)) from exc
        raise RosterError(_("Line {line}: the file cannot be read as CSV ({why}).").format(
            line=line, why=exc)) from exc
    if headers is None:
        raise RosterError(_("The file is empty: it has no header row."))
    if not rows:
        raise RosterError(_("The file has a header row but no people under it, so there is nothing to import."))
    return RosterTable(headers, tuple(rows), encoding, delimiter)
