"""Spreadsheet rosters (.xlsx, .xls, .ods): read as their cells show, through the same checks as a CSV file."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from xml.sax.saxutils import escape

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shadowdesk.interop import roster
from shadowdesk.interop.roster_sheets import cell_text, read_roster_table

# The first bytes of an .xls file (an OLE compound file): read as a spreadsheet, not as CSV text.
XLS_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def xlsx(sheets: dict[str, list[list[object]]]) -> bytes:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _ods_cell(value: object) -> str:
    if value is None or value == "":
        return "<table:table-cell/>"
    if isinstance(value, bool):
        return (f'<table:table-cell office:value-type="boolean" office:boolean-value="{str(value).lower()}">'
                f"<text:p>{str(value).upper()}</text:p></table:table-cell>")
    if isinstance(value, int | float):
        return (f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p>'
                "</table:table-cell>")
    if isinstance(value, datetime | date):
        return (f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}">'
                f"<text:p>{value.isoformat()}</text:p></table:table-cell>")
    return f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>'


def ods(sheets: dict[str, list[list[object]]]) -> bytes:
    """A minimal OpenDocument spreadsheet, as LibreOffice writes one: mimetype first, stored, then content."""
    tables = "".join(
        f'<table:table table:name="{escape(name)}">'
        + "".join("<table:table-row>" + "".join(map(_ods_cell, row)) + "</table:table-row>" for row in rows)
        + "</table:table>" for name, rows in sheets.items())
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>"
               "</office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


STAFF = [["Employee #", "First Name", "Last Name", "Work Email", "Hire Date", "Status", "FTE"],
         [1001, "Anna", "Nowak", "anna@x.com", date(2024, 3, 1), "Active", 1],
         [1002.0, "Zoë", "Ünal", "zoe@x.com", datetime(2023, 5, 2, 0, 0), "On leave", 0.5],
         [None, None, None, None, None, None, None],
         [1003, "Chen", "Li", "chen@x.com", None, True, 0.75]]


@pytest.mark.parametrize("write, kind", [(xlsx, "Excel workbook (.xlsx)"), (ods, "OpenDocument spreadsheet (.ods)")])
def test_cells_read_as_they_show_and_rows_keep_their_row_numbers(write, kind):
    table = read_roster_table(write({"Staff": STAFF, "Other": [["Name"], ["x"]]}))
    assert (table.encoding, table.sheet, table.sheets) == (kind, "Staff", ("Staff", "Other"))
    assert table.rows == (
        (2, ("1001", "Anna", "Nowak", "anna@x.com", "2024-03-01", "Active", "1")),
        (3, ("1002", "Zoë", "Ünal", "zoe@x.com", "2023-05-02", "On leave", "0.5")),
        (5, ("1003", "Chen", "Li", "chen@x.com", "", "TRUE", "0.75")))
    table_parsed = roster.parse_roster(table, roster.guess_mapping(table.headers, [c for _, c in table.rows]))
    assert [(e.line, e.full_name, e.email, e.active) for e in table_parsed.entries] == [
        (2, "Anna Nowak", "anna@x.com", True), (3, "Zoë Ünal", "zoe@x.com", True), (5, "Chen Li", "chen@x.com", True)]
    assert table_parsed.problems == []


def test_a_sheet_is_chosen_by_name_in_any_case_and_an_unknown_one_names_the_sheets():
    data = xlsx({"Summary": [["Total"], [3]], "Staff": STAFF})
    assert read_roster_table(data).sheet == "Summary"
    assert read_roster_table(data, "staff").rows[0][1][1] == "Anna"
    with pytest.raises(roster.RosterError, match="no sheet 'Payroll'; its sheets are: Summary, Staff"):
        read_roster_table(data, "Payroll")
    with pytest.raises(roster.RosterError, match="The sheet 'Summary' has a header row but no people under it.* "
                                                 "Its other sheets: Staff"):
        read_roster_table(xlsx({"Summary": [["Total"]], "Staff": STAFF}))
    with pytest.raises(roster.RosterError, match="CSV file, which has no sheets"):
        read_roster_table(b"Name,Email\nAnna,anna@x.com\n", "Staff")


def test_a_damaged_spreadsheet_is_refused_in_plain_words():
    data = xlsx({"Staff": STAFF})
    for damaged in (data[: len(data) // 2], XLS_HEADER + b"\x00" * 100):
        with pytest.raises(roster.RosterError, match="looks like a spreadsheet .* cannot be read as one"):
            read_roster_table(damaged)


def test_a_value_under_no_header_is_named_by_its_column_letter():
    table = read_roster_table(xlsx({"Staff": [["Name", "Email"], ["Anna", "anna@x.com", "stray"]]}))
    parsed = roster.parse_roster(table, roster.guess_mapping(table.headers))
    assert [str(p) for p in parsed.problems] == [
        "line 2: column C holds 'stray' but has no header, so the row may be out of line"]


@pytest.mark.parametrize("value, shown", [
    (1001.0, "1001"), (3.25, "3.25"), (7, "7"), (True, "TRUE"), (None, ""), (date(2024, 3, 1), "2024-03-01"),
    (datetime(2024, 3, 1), "2024-03-01"), (datetime(2024, 3, 1, 9, 30), "2024-03-01 09:30"), (" x ", " x "),
    (2.0**60, repr(2.0**60)),
])
def test_cell_text_is_what_a_person_sees(value, shown):
    assert cell_text(value) == shown


# --- the fuzzer's property, over cell types -----------------------------------------------------------

text_cell = st.text(st.characters(categories=("Lu", "Ll", "Lo", "Zs")), min_size=1, max_size=10)
# Floats within 15 significant digits: what a spreadsheet keeps of a number (a float32 such as
# 1.0000000272564224e+16 comes back from the file as 1.000000027256422e+16).
cell = st.one_of(text_cell, st.integers(-10**6, 10**9), st.floats(allow_nan=False, allow_infinity=False,
                                                                   width=32, min_value=-2.0**49, max_value=2.0**49),
                 st.dates(date(1900, 3, 1), date(2100, 1, 1)), st.none())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.tuples(cell, cell, cell), min_size=1, max_size=5), write=st.sampled_from([xlsx, ods]))
def test_any_cells_are_refused_naming_a_line_or_read_as_a_person_sees_them(rows, write):
    """Names, an extra column and the emails as any cell type: the roster is refused naming a line or the
    column, or each row's name is the cell as shown (cleaned as every name is)."""
    sheet = [["Name", "Employee Number", "Email"]] + [
        [name, extra, f"p{n}@x.com" if email is None else email] for n, (name, extra, email) in enumerate(rows)]
    try:
        table = read_roster_table(write({"Staff": sheet}))
    except roster.RosterError as exc:
        assert str(exc).startswith("The sheet"), exc
        return
    parsed = roster.parse_roster(table, roster.guess_mapping(table.headers, [c for _, c in table.rows]))
    if parsed.file_problems:
        assert all(p.startswith(("No column", "The column")) for p in parsed.file_problems)
        return
    shown = {number: roster.clean_cell(cell_text(name)) for number, (name, _, _) in enumerate(rows, start=2)}
    for entry in parsed.entries:
        assert entry.line >= 2
        if not entry.errors and not entry.link_errors:
            assert entry.full_name == shown[entry.line]


def test_a_german_user_reads_the_kind_of_spreadsheet_and_its_refusals_in_german(german):
    data = xlsx({"Summary": [["Total"]], "Staff": STAFF})
    assert read_roster_table(data, "Staff").encoding == "Excel-Arbeitsmappe (.xlsx)"
    with pytest.raises(roster.RosterError) as refused:
        read_roster_table(data)
    assert str(refused.value) == ("Das Blatt 'Summary' hat eine Kopfzeile, aber keine Personen darunter, es gibt also "
                                  "nichts zu importieren. Ihre anderen Blätter: Staff; wählen Sie eines davon.")
