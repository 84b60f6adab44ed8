"""The full-text index over notes and ideas, and the backend-specific SQL that queries it.

How it stays in step: triggers (migration 0002) put the id of every inserted, edited or deleted
reflection or idea into `search_pending`, whatever wrote it (a service, the demo's bulk insert, a
restore). `sync()` drains that queue before each search: it folds the text in Python and upserts it into
`search_entry`. Folding happens in Python because neither SQLite's tokenizers nor a stock PostgreSQL
fold "Ł" to "l"; doing it in one place gives both backends the same results for the same query.

SQLite: `search_fts`, an FTS5 trigram table over `search_entry.folded` (external content, kept in step
by triggers on `search_entry`), finds substrings of 3+ characters, so CJK names without spaces are
found. PostgreSQL: LIKE on the folded text, served by a pg_trgm GIN index when the extension is there.
Terms shorter than 3 characters (two-character Japanese names) use LIKE on both backends.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Integer,
    MetaData,
    Row,
    String,
    Table,
    Text,
    UniqueConstraint,
    and_,
    delete,
    false,
    func,
    literal_column,
    not_,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from shadowdesk.model import Idea, Reflection

# Kept outside Base.metadata: the index is the storage layer's business, not part of the domain model.
INDEX_METADATA = MetaData()
search_pending = Table(
    "search_pending",
    INDEX_METADATA,
    Column("kind", String(20), primary_key=True),
    Column("ref_id", Integer, primary_key=True),
)
search_entry = Table(
    "search_entry",
    INDEX_METADATA,
    Column("id", Integer, primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("ref_id", Integer, nullable=False),
    Column("folded", Text, nullable=False),
    UniqueConstraint("kind", "ref_id"),
)
search_fts = table("search_fts", literal_column("rowid"))

KIND_REFLECTION = "reflection"
KIND_IDEA = "idea"
TRIGRAM = 3  # the shortest term the trigram index can look up
MAX_QUERY_CHARS = 500

# Letters that Unicode does not decompose into a base letter plus a mark.
_SPECIAL_FOLDS = str.maketrans(
    {
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "ø": "o",
        "ħ": "h",
        "ŧ": "t",
        "ı": "i",
        "ŀ": "l",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ß": "ss",
    }
)
_KANA_VOICING = {"\u3099", "\u309a"}  # dakuten/handakuten: dropping them would turn が into か
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def fold(value: str) -> str:
    """Lower-case, diacritic-free form used on both sides of a search: "Łukasiewicz" -> "lukasiewicz"."""
    decomposed = unicodedata.normalize("NFKD", _CONTROL.sub(" ", value))
    stripped = "".join(ch for ch in decomposed if ch in _KANA_VOICING or unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", stripped).casefold().translate(_SPECIAL_FOLDS)


@dataclass(frozen=True)
class ParsedQuery:
    """All `groups` must match (each group: any one of its terms); no term of `excluded` may."""

    groups: tuple[tuple[str, ...], ...] = ()
    excluded: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.groups


def parse_query(query: str, syntax: bool = False) -> ParsedQuery:
    """Literal mode (default): every whitespace-separated word must occur, operators mean themselves.

    Syntax mode: "a phrase" in quotes, `OR` between alternatives, `-word` to exclude. The same small
    language on both backends, so a query gives the same results on SQLite and PostgreSQL.
    """
    query = fold(query[:MAX_QUERY_CHARS])
    if not syntax:
        return ParsedQuery(groups=tuple((word,) for word in query.split()))
    tokens = [
        (m.group(1), True) if m.group(1) is not None else (m.group(2), False)
        for m in re.finditer(r'"([^"]*)"|(\S+)', query)
    ]
    groups: list[list[str]] = []
    excluded: list[str] = []
    join_next = False
    for word, quoted in tokens:
        if not quoted and word == "or":  # folded, so "OR" arrives lower-cased
            join_next = bool(groups)
            continue
        if not quoted and word.startswith("-") and len(word) > 1:
            excluded.append(word[1:])
            join_next = False
            continue
        if not word.strip():
            continue
        if join_next:
            groups[-1].append(word)
        else:
            groups.append([word])
        join_next = False
    return ParsedQuery(tuple(tuple(g) for g in groups), tuple(excluded))


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _contains(term: str) -> ColumnElement[bool]:
    return search_entry.c.folded.contains(term, autoescape=True)


def match_condition(session: Session, query: ParsedQuery) -> ColumnElement[bool]:
    """A WHERE clause over search_entry for the parsed query, in the backend's own way."""
    if query.empty:
        return false()
    conditions: list[ColumnElement[bool]] = []
    fts_groups: list[str] = []
    use_fts = session.get_bind().dialect.name == "sqlite"
    for group in query.groups:
        if use_fts and all(len(term) >= TRIGRAM for term in group):
            fts_groups.append("(" + " OR ".join(_fts_phrase(term) for term in group) + ")")
        else:
            conditions.append(or_(*(_contains(term) for term in group)))
    conditions += [not_(_contains(term)) for term in query.excluded]
    if fts_groups:
        matching = select(search_fts.c.rowid).where(
            text("search_fts MATCH :fts_query").bindparams(fts_query=" AND ".join(fts_groups))
        )
        conditions.insert(0, search_entry.c.id.in_(matching))
    return and_(*conditions)


def _document_text(parts: list[str]) -> str:
    return fold("\n".join(part for part in parts if part))


def reflection_text(free_text: str, answers: list[dict[str, str]] | None) -> str:
    return _document_text([free_text, *(str(a.get("answer", "")) for a in answers or [])])


def idea_text(title: str, description: str) -> str:
    return _document_text([title, description])


def index_records(session: Session, kind: str, ids: list[int]) -> None:
    """(Re)index these records now and take them off the queue: a writer calls this in its own
    transaction, so the next search finds the note without first draining a queue on the reader's time."""
    if not ids:
        return
    columns, compute = _INDEXED[kind]
    rows = session.execute(select(*columns).where(columns[0].in_(ids))).all()
    session.execute(delete(search_entry).where(search_entry.c.kind == kind, search_entry.c.ref_id.in_(ids)))
    if rows:
        session.execute(search_entry.insert(), [{"kind": kind, "ref_id": row[0], "folded": compute(row)}
                                                for row in rows])
    session.execute(
        delete(search_pending).where(search_pending.c.kind == kind, search_pending.c.ref_id.in_(ids))
    )


# kind -> (the columns read, id first; the folded text made from the row read)
_INDEXED: dict[str, tuple[tuple[InstrumentedAttribute[Any], ...], Callable[[Row[Any]], str]]] = {
    KIND_REFLECTION: ((Reflection.id, Reflection.free_text, Reflection.answers),
                      lambda row: reflection_text(row.free_text, row.answers)),
    KIND_IDEA: ((Idea.id, Idea.title, Idea.description), lambda row: idea_text(row.title, row.description)),
}


def backlog(session: Session) -> int:
    """How many records wait to be indexed: after a bulk import, a restore or an upgrade, thousands."""
    return session.scalar(select(func.count()).select_from(search_pending)) or 0


def sync(session: Session, batch: int = 2000, progress: Callable[[int], None] | None = None,
         batches: int | None = None) -> int:
    """Index whatever changed since the last search (at most `batches` batches, if given: a caller
    working through a backlog commits between them). Returns how many records were (re)indexed;
    progress(done) is told after each batch."""
    done = 0
    for _ in itertools.count() if batches is None else range(batches):
        # SKIP LOCKED: two processes searching at once each index different records (PostgreSQL).
        pending = session.execute(
            select(search_pending.c.kind, search_pending.c.ref_id)
            .limit(batch)
            .with_for_update(skip_locked=True)
        ).all()
        if not pending:
            return done
        for kind in _INDEXED:
            index_records(session, kind, [ref_id for k, ref_id in pending if k == kind])
        done += len(pending)
        if progress is not None:
            progress(done)
    return done
