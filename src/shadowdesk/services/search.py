"""Search over notes and ideas: only what the viewer may read is found, counted or shown."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import selectinload

from shadowdesk.model import Idea, IdeaStatus, Reflection
from shadowdesk.services.reflections import SessionInfo, session_info, session_load_options
from shadowdesk.services.visibility import reflection_visible_to
from shadowdesk.storage import Database
from shadowdesk.storage import search_index as index
from shadowdesk.storage.search_index import search_entry

SNIPPET_BEFORE, SNIPPET_AFTER = 60, 140


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "reflection" or "idea"
    id: int
    title: str  # the idea's title, or the note author's name
    snippet: str
    session: SessionInfo | None = None  # for notes
    idea_status: IdeaStatus | None = None  # for ideas


@dataclass(frozen=True)
class SearchResults:
    hits: tuple[SearchHit, ...]
    total: int  # every readable match, of which `hits` are the first


def snippet(original: str, terms: list[str]) -> str:
    """The text around the first term found, for the result list. Folding keeps lengths close enough."""
    folded = index.fold(original)
    found = [folded.find(t) for t in terms if t and folded.find(t) >= 0]
    at = min(found) if found else 0
    if folded and len(folded) != len(original):
        at = at * len(original) // len(folded)
    start = max(0, at - SNIPPET_BEFORE)
    piece = " ".join(original[start : at + SNIPPET_AFTER].split())
    return ("…" if start else "") + piece + ("…" if at + SNIPPET_AFTER < len(original) else "")


class SearchService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def search(
        self, query: str, viewer_id: int | None, syntax: bool = False, limit: int = 50, office: bool = False
    ) -> SearchResults:
        """Notes (free text and answers) and ideas (title and description) matching every word of query.

        viewer_id None is the coordinator's view; office: the viewer is a coordinator or manager. With
        syntax=True, "phrases", OR and -word work; otherwise every character means itself.
        """
        parsed = index.parse_query(query, syntax)
        if parsed.empty:
            return SearchResults((), 0)
        with self._db.transaction() as s:
            index.sync(s)
            readable = or_(
                search_entry.c.kind == index.KIND_IDEA,
                and_(Reflection.id.is_not(None), reflection_visible_to(viewer_id, office)),
            )
            matches = (
                select(search_entry.c.kind, search_entry.c.ref_id)
                .outerjoin(
                    Reflection,
                    and_(
                        search_entry.c.kind == index.KIND_REFLECTION, Reflection.id == search_entry.c.ref_id
                    ),
                )
                .where(index.match_condition(s, parsed), readable)
            )
            # One pass for the count and the page: the full-text match is the expensive part.
            # Core, not ORM, execution: thousands of plain (kind, id) tuples, no entity loading.
            ordered = matches.order_by(search_entry.c.kind, search_entry.c.ref_id.desc())
            every = s.connection().execute(ordered).all()
            total, rows = len(every), every[:limit]
            terms = [t for group in parsed.groups for t in group]
            note_ids = [ref_id for kind, ref_id in rows if kind == index.KIND_REFLECTION]
            idea_ids = [ref_id for kind, ref_id in rows if kind == index.KIND_IDEA]
            notes = {
                r.id: r
                for r in s.scalars(
                    select(Reflection)
                    .where(Reflection.id.in_(note_ids))
                    .options(
                        selectinload(Reflection.author),
                        selectinload(Reflection.session).options(*session_load_options()),
                    )
                )
            }
            ideas = {i.id: i for i in s.scalars(select(Idea).where(Idea.id.in_(idea_ids)))}
            hits = []
            for kind, ref_id in rows:
                if kind == index.KIND_IDEA:
                    idea = ideas[ref_id]
                    hits.append(
                        SearchHit(
                            kind,
                            ref_id,
                            idea.title,
                            snippet(f"{idea.title}\n{idea.description}", terms),
                            idea_status=idea.status,
                        )
                    )
                else:
                    note = notes[ref_id]
                    body = "\n".join([note.free_text, *(a.get("answer", "") for a in note.answers)])
                    hits.append(
                        SearchHit(
                            kind,
                            ref_id,
                            note.author.full_name,
                            snippet(body, terms),
                            session=session_info(note.session),
                        )
                    )
            return SearchResults(tuple(hits), total)
