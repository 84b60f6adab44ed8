"""Hostile text in, the same text out: CSV exports and the roster never hand a spreadsheet a formula and
give back every character literally; search takes stored text literally and no query text breaks it.

Fills the gaps left by the hypothesis tests beside the code (tests/interop/test_roster.py fuzzes the
roster reader, tests/interop/test_ics.py the calendar, tests/reports/test_program_report.py the PDF,
tests/services/test_search.py query text against fixed notes)."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shadowdesk.interop import exports, roster
from shadowdesk.interop.csv_safety import defuse, undefuse
from shadowdesk.services.ideas import IdeaService
from shadowdesk.services.search import SearchService
from shadowdesk.storage.search_index import fold
from shadowdesk.text import clean_line
from tests.services.notes_world import build_world

FORMULA_FIRST = ("=", "+", "-", "@", "\t", "\r")
# Any character a user can type or paste, NUL and control characters included (no lone surrogates:
# they cannot be stored as UTF-8 anywhere).
any_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
# Text built to start like a formula, with apostrophes of its own in front now and then.
formula_like = st.builds(lambda quotes, first, rest: "'" * quotes + first + rest,
                         st.integers(0, 2), st.sampled_from(FORMULA_FIRST + ("'", "x")), any_text)
cell_text = st.one_of(any_text, formula_like)
STARTS = datetime(2026, 3, 2, 9, tzinfo=UTC)


def _read_csv(path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def _assert_defused_and_literal(written: list[str], originals: list[str]) -> None:
    for cell, original in zip(written, originals, strict=True):
        assert not cell.startswith(FORMULA_FIRST), cell
        assert undefuse(cell) == original


@settings(max_examples=200, deadline=None)
@given(cell_text)
def test_a_defused_cell_never_starts_a_formula_and_undefuses_to_the_same_text(text):
    written = defuse(text)
    assert not written.startswith(FORMULA_FIRST)
    assert undefuse(written) == text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(host=cell_text, guests=cell_text, location=cell_text, agenda=cell_text, reason=cell_text)
def test_sessions_export_keeps_every_character_and_runs_no_formula(tmp_path, host, guests, location, agenda,
                                                                   reason):
    path = tmp_path / "sessions.csv"
    record = exports.SessionRecord(STARTS, STARTS + timedelta(hours=2), "project_shadow", "completed", host,
                                   guests, location, agenda, reason)
    assert exports.write_sessions(path, [record]) == 1
    header, row = _read_csv(path)
    assert len(header) == len(row)
    _assert_defused_and_literal(row[5:], [host, guests, location, agenda, reason])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(author=cell_text, text=cell_text, prompt=cell_text, answer=cell_text)
def test_reflections_export_keeps_every_character_and_runs_no_formula(tmp_path, author, text, prompt, answer):
    path = tmp_path / "reflections.csv"
    record = exports.ReflectionRecord(STARTS, "customer_visit", author, "a@x.com", 4, STARTS, text,
                                      ((prompt, answer),))
    exports.write_reflections(path, [record])
    _header, row = _read_csv(path)
    _assert_defused_and_literal([row[2], row[6], row[7]], [author, text, f"{prompt}: {answer}"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=cell_text, proposer=cell_text, owner=cell_text, note=cell_text)
def test_ideas_export_keeps_every_character_and_runs_no_formula(tmp_path, title, proposer, owner, note):
    path = tmp_path / "ideas.csv"
    exports.write_ideas(path, [exports.IdeaRecord(title, proposer, owner, "adopted", note)])
    _header, row = _read_csv(path)
    _assert_defused_and_literal(row, [title, proposer, owner, "Adopted", note])  # the status as its label


# What a roster cell can hold: the reader strips each cell and refuses files with NUL.
roster_text = st.one_of(any_text, formula_like).map(lambda text: text.replace("\x00", "").strip())


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(roster_text, roster_text, roster_text, roster_text), min_size=1, max_size=4))
def test_roster_export_imports_back_literally_and_runs_no_formula(people):
    rows = [{"full_name": f"{name} Person {n}", "email": f"p{n}@x.com", "department": department,
             "job_title": title, "location": location, "time_zone": "UTC", "manager_email": None,
             "active": True}
            for n, (name, department, title, location) in enumerate(people)]
    data = roster.write_roster(rows)

    cells = [cell for record in csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""))
             for cell in record]
    assert not any(cell.startswith(FORMULA_FIRST) for cell in cells)
    table = roster.read_table(data)
    parsed = roster.parse_roster(table, roster.guess_mapping(table.headers), frozenset())
    assert [p.message for p in parsed.problems if "longer than" not in p.message] == []
    read_back = {entry.email: entry for entry in parsed.entries}
    for row in rows:
        entry = read_back[row["email"]]
        # A roster cell is a name or label: it comes back as one clean line (shadowdesk.text.clean_line).
        assert (entry.department, entry.job_title, entry.location) == (
            clean_line(row["department"]), clean_line(row["job_title"]), clean_line(row["location"]))
        assert entry.full_name == clean_line(row["full_name"])


# ------------------------------------------------------------------------------------------- search

words = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Zs", "Zl", "Zp", "Cc")),
                min_size=1, max_size=10)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(words, min_size=1, max_size=6), st.data())
def test_any_stored_text_is_found_by_any_of_its_words(db, text_words, data):
    """Whatever a description holds (quotes, NEAR, *, %, -, CJK, emoji), a plain search for one of its
    words finds it, on SQLite's FTS5 and on PostgreSQL alike."""
    if not hasattr(db, "_hostile_world"):
        db._hostile_world = build_world(db)
    world = db._hostile_world
    word = data.draw(st.sampled_from(text_words))
    idea = IdeaService(db).create("hostile", " ".join(text_words), world.guest)

    results = SearchService(db).search(word, world.guest, limit=10_000)

    if fold(word).split():  # a word of combining marks alone folds to nothing: nothing to look for
        assert idea.id in {hit.id for hit in results.hits if hit.kind == "idea"}
    else:
        assert results.total == 0


# Pieces of FTS5 and tsquery syntax and LIKE wildcards, strung into queries of up to 300 characters.
operator_heavy = st.lists(
    st.sampled_from(['"', "(", ")", "*", ":", "^", "-", "+", "~", "&", "|", "\\", "'", "%", "_", " ", "OR",
                     "AND", "NOT", "NEAR(", "near/3", "{col}", "\x00", "…", "美咲", "ab", "ł"]),
    max_size=150,
).map("".join)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=operator_heavy, syntax=st.booleans())
def test_long_operator_heavy_queries_never_raise(db, query, syntax):
    if not hasattr(db, "_hostile_world"):
        db._hostile_world = build_world(db)
    results = SearchService(db).search(query, db._hostile_world.guest, syntax=syntax)
    assert results.total >= len(results.hits)
