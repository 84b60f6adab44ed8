"""Spreadsheet rosters: .xlsx, .xls and .ods, as HR systems and LibreOffice export them.

python-calamine reads the cells with their types, without formatting. Each cell becomes the text a person
sees in it: a whole number stored as a float (Excel stores every number so) is "1001", not "1001.0"; a
date is its ISO date, "2024-03-01", not a day count. The result is the same RosterTable a CSV file gives,
with each row's spreadsheet row number as its line, so every check of the roster applies unchanged.
"""

from __future__ import annotations

import io
from datetime import date, datetime, time, timedelta

from shadowdesk.interop.roster_file import RosterError, RosterTable, clean_cell, read_table
from shadowdesk.translation import _

# The first bytes of a zip file (.xlsx, .ods) and of an OLE compound file (.xls).
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
# Past this, a float is no longer an exact whole number, so it is written as the float it is.
_EXACT_WHOLE = 2**53


def is_spreadsheet(data: bytes) -> bool:
    return data.startswith((_ZIP, _OLE))


def read_roster_table(data: bytes, sheet: str | None = None) -> RosterTable:
    """A CSV file's or a spreadsheet's table, told apart by the file's first bytes rather than its name.
    sheet: the sheet to read (any case); None for the first."""
    if is_spreadsheet(data):
        return read_sheet(data, sheet)
    if sheet:
        raise RosterError(_("The file is a CSV file, which has no sheets; there is no sheet {sheet!r} to "
                            "read.").format(sheet=sheet))
    return read_table(data)


def cell_text(value: object) -> str:
    """The text a person sees in a cell, whatever type the spreadsheet stored it as."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if isinstance(value, bool):  # before int: a bool is an int
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < _EXACT_WHOLE else repr(value)
    if isinstance(value, datetime):
        if value.time() == time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds" if value.second else "minutes")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


def _kind(data: bytes) -> str:
    """The kind of spreadsheet, in the user's words."""
    if data.startswith(_OLE):
        return _("Excel 97-2003 workbook (.xls)")
    # An OpenDocument file stores its type uncompressed at the start of the zip: "mimetype" then the type.
    return _("OpenDocument spreadsheet (.ods)") if _ODS_MIME in data[:200] else _("Excel workbook (.xlsx)")


def read_sheet(data: bytes, sheet: str | None = None) -> RosterTable:
    from python_calamine import CalamineError, CalamineWorkbook

    kind = _kind(data)
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        names = tuple(workbook.sheet_names)
        name = _chosen(names, sheet)
        # From cell A1, so a row's index is its row number less one.
        grid = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except RosterError:
        raise
    except (CalamineError, ValueError, OSError) as exc:  # damaged, encrypted, or not a workbook after all
        raise RosterError(_("The file looks like a spreadsheet ({kind}) but cannot be read as one ({why}). Open "
                            "it in the spreadsheet program and save it again, or save it as CSV.").format(
            kind=kind, why=exc)) from exc
    headers: tuple[str, ...] | None = None
    rows: list[tuple[int, tuple[str, ...]]] = []
    for number, row in enumerate(grid, start=1):
        cells = tuple(cell_text(value) for value in row)
        if not any(cell.strip() for cell in cells):
            continue
        if headers is None:
            headers = tuple(clean_cell(cell) for cell in cells)
        else:
            rows.append((number, cells))
    if headers is None:
        raise RosterError(_("The sheet {sheet!r} is empty: it has no header row.").format(sheet=name)
                          + _other_sheets(names, name))
    if not rows:
        raise RosterError(_("The sheet {sheet!r} has a header row but no people under it, so there is nothing to "
                            "import.").format(sheet=name) + _other_sheets(names, name))
    return RosterTable(headers, tuple(rows), kind, "", name, names)


def _chosen(names: tuple[str, ...], sheet: str | None) -> str:
    if not names:
        raise RosterError(_("The spreadsheet has no sheets."))
    if not sheet:
        return names[0]
    for name in names:
        if name.casefold() == sheet.strip().casefold():
            return name
    raise RosterError(_("The spreadsheet has no sheet {sheet!r}; its sheets are: {sheets}.").format(
        sheet=sheet, sheets=", ".join(names)))


def _other_sheets(names: tuple[str, ...], name: str) -> str:
    others = [other for other in names if other != name]
    return " " + _("Its other sheets: {sheets}; choose one of them.").format(sheets=", ".join(others)) if others else ""
