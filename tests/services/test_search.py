"""Search: readable notes and ideas only, diacritics folded, CJK substrings, user text taken literally."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shadowdesk.model import ShadowSession, Visibility
from shadowdesk.services.ideas import IdeaService
from shadowdesk.services.reflections import ReflectionService
from shadowdesk.services.search import SearchService
from shadowdesk.storage.search_index import fold
from tests.services.notes_world import build_world, write_note

OPERATOR_TEXT = 'He said "NEAR" twice, typed a*b OR c, wrote -minus and (brackets) AND col:umn ^caret.'


@pytest.mark.parametrize(
    "visibility, readers",
    [
        (Visibility.PRIVATE, {"guest"}),
        (Visibility.PAIR, {"guest", "host"}),
        (Visibility.PROGRAM, {"guest", "host", "colleague", "coordinator"}),
    ],
)
def test_search_finds_and_counts_only_notes_the_viewer_may_read(db, visibility, readers):
    world = build_world(db)
    write_note(db, world, world.guest, "Delivery needs the glossary before kickoff", visibility)
    IdeaService(db).create("Glossary in the discovery checklist", "", world.guest)
    search = SearchService(db)
    viewers = {
        "guest": world.guest,
        "host": world.host,
        "colleague": world.colleague,
        "outsider": world.outsider,
        "coordinator": None,
    }
    for name, viewer in viewers.items():
        results = search.search("glossary", viewer)
        kinds = sorted(hit.kind for hit in results.hits)
        expected = ["idea", "reflection"] if name in readers else ["idea"]
        assert (kinds, results.total) == (expected, len(expected)), name


def test_diacritics_fold_both_ways(db):
    world = build_world(db)
    write_note(
        db, world, world.guest, "Lunch with Łukasz Łukasiewicz and Jürgen Weiß in Kraków", Visibility.PAIR
    )
    IdeaService(db).create("Søren's Straße plan", "Ærø office", world.guest)
    search = SearchService(db)
    for query in ("lukasiewicz", "ŁUKASIEWICZ", "Lukasz", "jurgen weiss", "krakow", "KRAKÓW"):
        hits = search.search(query, world.host).hits
        assert [h.kind for h in hits] == ["reflection"], query
        assert "Łukasiewicz" in hits[0].snippet
    for query in ("soren", "strasse", "aero"):
        assert [h.title for h in search.search(query, world.host).hits] == ["Søren's Straße plan"], query


def test_cjk_names_are_found_by_any_part_even_two_characters(db):
    world = build_world(db)
    write_note(db, world, world.guest, "佐藤美咲さんと田中健一さんが顧客を訪問した。", Visibility.PAIR)
    search = SearchService(db)
    for query in ("美咲", "田中健一", "健一さん", "顧客を訪問", "佐藤"):
        assert search.search(query, world.guest).total == 1, query
    for query in ("佐藤花子", "花子"):
        assert search.search(query, world.guest).total == 0, query


OPERATOR_QUERIES = {
    '"NEAR"': True,
    "a*b": True,
    "-minus": True,
    "OR c": True,
    "(brackets)": True,
    "col:umn": True,
    "^caret": True,
    '"': True,
    "AND": True,
    "*": True,
    "NEAR(said twice)": False,
    "said OR nothing-like-this": False,
    "-nothing": False,
    '"unclosed': False,
}


def test_operators_in_the_query_mean_themselves(db):
    world = build_world(db)
    write_note(db, world, world.guest, OPERATOR_TEXT, Visibility.PAIR)
    search = SearchService(db)
    assert {q: search.search(q, world.guest).total == 1 for q in OPERATOR_QUERIES} == OPERATOR_QUERIES


def test_syntax_mode_knows_phrases_or_and_exclusion(db):
    world = build_world(db)
    write_note(db, world, world.guest, "the rush rate card for weekend jobs", Visibility.PROGRAM)
    write_note(db, world, world.host, "weekend work hurts the team", Visibility.PROGRAM)
    search = SearchService(db)
    totals = {
        q: search.search(q, None, syntax=True).total
        for q in (
            '"rate card"',
            '"card rate"',
            "weekend -team",
            "rush OR hurts",
            "nothing OR team",
            "-weekend",
        )
    }
    assert totals == {
        '"rate card"': 1,
        '"card rate"': 0,
        "weekend -team": 1,
        "rush OR hurts": 2,
        "nothing OR team": 1,
        "-weekend": 0,
    }
    assert search.search("rush OR hurts", None).total == 0  # without syntax, OR is a word to find


def test_the_index_follows_edits_and_deletions(db):
    world = build_world(db)
    note = write_note(db, world, world.guest, "first wording", Visibility.PAIR, submit=False)
    search, service = SearchService(db), ReflectionService(db)
    assert search.search("wording", world.guest).total == 1
    draft = service.open_draft(world.session, world.guest)
    service.save_draft(note, draft.version_id, list(draft.answers), "second phrasing", None, Visibility.PAIR)
    assert (search.search("wording", world.guest).total, search.search("phrasing", world.guest).total) == (
        0,
        1,
    )
    with db.transaction() as s:
        s.delete(s.get(ShadowSession, world.session))
    assert search.search("phrasing", world.guest).total == 0


DOCUMENTS = [
    "Łódź kickoff; 佐藤美咲 met the PM",
    'quote "rush" at 50% * 2',
    "naïve café résumé",
    "under_score 100%",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    query=st.text(max_size=12) | st.sampled_from(['"', "*", "%", "_", "NEAR(", "a OR", "-", "\\", "'"]),
    syntax=st.booleans(),
)
def test_any_query_text_gives_what_a_plain_substring_search_would(db, query, syntax):
    if not hasattr(db, "_notes_world"):
        db._notes_world = world = build_world(db)
        for n, text in enumerate(DOCUMENTS):
            IdeaService(db).create(f"idea {n}", text, world.guest)
    results = SearchService(db).search(query, db._notes_world.guest, syntax=syntax)
    if not syntax:
        words = fold(query).split()
        expected = sum(
            1
            for n, text in enumerate(DOCUMENTS)
            if words and all(w in fold(f"idea {n}\n{text}") for w in words)
        )
        assert results.total == expected


def test_a_saved_note_is_indexed_as_it_is_written_so_no_search_waits_for_a_queue(db):
    from shadowdesk.storage.search_index import backlog

    world = build_world(db)
    write_note(db, world, world.guest, "rhubarb pricing", Visibility.PAIR)
    with db.session() as s:
        assert backlog(s) == 0  # nothing left for the next search to index first
    assert SearchService(db).search("rhubarb", world.guest).total == 1


def test_a_backlog_is_indexed_batch_by_batch_with_progress_and_stops_when_asked(db):
    from sqlalchemy import text

    from shadowdesk.services.search_backlog import SearchBacklog

    world = build_world(db)
    write_note(db, world, world.guest, "Delivery needs the glossary", Visibility.PROGRAM)
    with db.transaction() as session:  # what a bulk import or a restore leaves: the note queued again
        session.execute(text("UPDATE reflection SET free_text = 'Delivery needs the termbase'"))
    backlog = SearchBacklog(db)
    assert backlog.waiting() == 1
    assert backlog.index(lambda done, total: None, cancelled=lambda: True) == 0  # stopped before a batch
    assert backlog.waiting() == 1
    told: list[tuple[int, int]] = []
    assert backlog.index(lambda done, total: told.append((done, total)), cancelled=lambda: False) == 1
    assert told == [(1, 1)] and backlog.waiting() == 0
    assert SearchService(db).search("termbase", None).total == 1
