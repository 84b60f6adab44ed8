"""Reflection notes: templates, drafts that save often, submitting, what is due, and the two-sided debrief."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING
from urllib.parse import quote

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session, selectinload

from shadowdesk.labels import label
from shadowdesk.model import (
    Person,
    Reflection,
    ReflectionStatus,
    ReflectionTemplate,
    SessionKind,
    ShadowSession,
    Skill,
    Visibility,
    session_guest,
    session_skill,
)
from shadowdesk.model.base import utc_now
from shadowdesk.services.builtin_templates import shown
from shadowdesk.services.errors import NotFound, UserError
from shadowdesk.services.note_listing import (
    EVERYTHING,
    WHOLE,
    NoteFilter,
    Page,
    completed_before,
    due_count,
    due_rows,
    readable_count,
    readable_ids,
    session_filters,
)
from shadowdesk.services.versioned_save import versioned_save
from shadowdesk.services.visibility import reflection_visible_to
from shadowdesk.settings import SettingsStore
from shadowdesk.storage import Database, search_index
from shadowdesk.text import clean_text
from shadowdesk.translation import _

if TYPE_CHECKING:
    from sqlalchemy.orm.strategy_options import _AbstractLoad  # what selectinload() returns

HOST, GUEST = "host", "guest"
MAX_NOTE_CHARS = 200_000  # far beyond any real note; stops a pasted file from bloating the database
# Asked once per skill the session was meant to teach, after the template's prompts. One sentence with the
# skill's name in it, so that a translation can place the name where its language wants it.
SKILL_PROMPT = "What did you learn about {skill}?"


@dataclass(frozen=True, slots=True)
class TemplateView:
    id: int
    name: str
    session_kind: SessionKind | None
    role: str | None
    prompts: tuple[str, ...]
    builtin: bool


@dataclass(frozen=True, slots=True)
class SessionInfo:
    id: int
    kind: SessionKind
    starts_at: datetime
    subject: str  # the customer or project, or "" when neither is set
    host_name: str
    guest_names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ReflectionDraft:
    id: int
    session: SessionInfo
    author_id: int
    author_name: str
    role: str
    prompts: tuple[str, ...]
    answers: tuple[str, ...]
    free_text: str
    rating: int | None
    visibility: Visibility
    status: ReflectionStatus
    version_id: int
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class SavedVersion:
    version_id: int
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class ReflectionSummary:
    id: int
    session: SessionInfo
    author_id: int
    author_name: str
    status: ReflectionStatus
    visibility: Visibility
    rating: int | None
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class DueReflection:
    session: SessionInfo
    person_id: int
    person_name: str
    person_email: str
    ends_at: datetime
    has_draft: bool


@dataclass(frozen=True, slots=True)
class DebriefNote:
    author_name: str
    role: str
    answers: tuple[tuple[str, str], ...]  # (prompt, answer)
    free_text: str
    rating: int | None
    visibility: Visibility
    submitted_at: datetime | None


@dataclass(frozen=True, slots=True)
class Debrief:
    session: SessionInfo
    host_note: DebriefNote | None  # None: no note the viewer may read
    guest_notes: tuple[DebriefNote, ...]


def session_info(row: ShadowSession) -> SessionInfo:
    subject = row.customer.name if row.customer else row.project.name if row.project else ""
    return SessionInfo(
        row.id, row.kind, row.starts_at, subject, row.host.full_name, tuple(g.full_name for g in row.guests)
    )


def session_load_options() -> tuple[_AbstractLoad, ...]:
    return (
        selectinload(ShadowSession.host),
        selectinload(ShadowSession.guests),
        selectinload(ShadowSession.customer),
        selectinload(ShadowSession.project),
    )


def _index_now(s: Session, note: Reflection) -> None:
    """Write the change, then index it in the same transaction: a search never waits for it."""
    s.flush()
    search_index.index_records(s, search_index.KIND_REFLECTION, [note.id])


def _skill_prompts(s: Session, session_id: int) -> list[str]:
    """One prompt per skill the session was meant to teach, in the catalogue's order."""
    names = s.scalars(select(Skill.name).join(session_skill, session_skill.c.skill_id == Skill.id)
                      .where(session_skill.c.session_id == session_id).order_by(Skill.position, Skill.id))
    return [SKILL_PROMPT.format(skill=name) for name in names]


def _template_view(row: ReflectionTemplate) -> TemplateView:
    return TemplateView(row.id, shown(row.name, row.builtin), row.session_kind, row.role,
                        tuple(shown(prompt, row.builtin) for prompt in row.prompts), row.builtin)


def reminder_mailto(due: Sequence[DueReflection], sender_name: str = "") -> str:
    """A mailto: link reminding one person of their open reflections (all items must be theirs)."""
    if not due:
        raise UserError(_("There is no reflection due to remind about."))
    lines = [
        _("Hello {name},").format(name=due[0].person_name),
        "",
        _("a short reminder: your reflection is still open for these sessions:"),
        "",
    ]
    lines += [
        f"- {item.session.starts_at:%Y-%m-%d} {label(item.session.kind)}"
        + (f" ({item.session.subject})" if item.session.subject else "")
        for item in due
    ]
    lines += ["", _("It takes ten minutes and helps both sides learn from the visit."), "", sender_name]
    subject = _("Reminder: your ShadowDesk reflection")
    return (
        f"mailto:{quote(due[0].person_email, safe='@')}?subject={quote(subject)}"
        f"&body={quote(chr(10).join(lines).strip())}"
    )


class ReflectionService:
    def __init__(self, database: Database, settings: SettingsStore | None = None) -> None:
        """settings: where the reminder period comes from (None: its default), the one rule of when a note
        is due, for the dashboard, the Reflections section, the homes and the reminders."""
        self._db = database
        self._settings = settings or SettingsStore(None)

    def reminder_days(self) -> int:
        """Days after a completed session before its note is due (the reflection_reminder_days setting)."""
        days: int = self._settings.get("reflection_reminder_days")
        return days

    # Templates ---------------------------------------------------------------------------------------

    def templates(self) -> list[TemplateView]:
        with self._db.session() as s:
            rows = s.scalars(select(ReflectionTemplate).order_by(ReflectionTemplate.name)).all()
            return [_template_view(row) for row in rows]

    def template_for(self, kind: SessionKind, role: str) -> TemplateView:
        """The most specific template: kind and role, then kind, then role, then one for any session."""
        with self._db.session() as s:
            return _template_view(self._template_for(s, kind, role))

    def _template_for(self, s: Session, kind: SessionKind, role: str) -> ReflectionTemplate:
        candidates = s.scalars(
            select(ReflectionTemplate)
            .where(
                or_(ReflectionTemplate.session_kind == kind, ReflectionTemplate.session_kind.is_(None)),
                or_(ReflectionTemplate.role == role, ReflectionTemplate.role.is_(None)),
            )
            .order_by(ReflectionTemplate.id)
        ).all()
        if not candidates:
            raise UserError(
                _("There is no reflection template for this kind of session. Ask the coordinator to add one.")
            )
        return max(candidates, key=lambda t: (t.session_kind is not None, t.role is not None, -t.id))

    def save_template(
        self,
        template_id: int | None,
        name: str,
        kind: SessionKind | None,
        role: str | None,
        prompts: Sequence[str],
    ) -> TemplateView:
        """For coordinators. Notes already written keep the prompts they were written with."""
        name = name.strip()
        cleaned = [p.strip() for p in prompts if p.strip()]
        if not name:
            raise UserError(_("A template needs a name."))
        if not cleaned:
            raise UserError(_("A template needs at least one prompt."))
        if role not in (None, HOST, GUEST):
            raise UserError(_("The role of a template is host, guest or either."))
        with self._db.transaction() as s:
            clash = s.scalar(
                select(ReflectionTemplate.id).where(
                    func.lower(ReflectionTemplate.name) == name.lower(),
                    ReflectionTemplate.id != (template_id or 0),
                )
            )
            if clash:
                raise UserError(_("A template called {name!r} exists already.").format(name=name))
            row = s.get(ReflectionTemplate, template_id) if template_id else ReflectionTemplate(builtin=False)
            if row is None:
                raise NotFound(_("That template no longer exists."))
            row.name, row.session_kind, row.role, row.prompts = name, kind, role, cleaned
            s.add(row)
            s.flush()
            return _template_view(row)

    def delete_template(self, template_id: int) -> None:
        with self._db.transaction() as s:
            row = s.get(ReflectionTemplate, template_id)
            if row is None:
                return
            if row.builtin:
                raise UserError(_("Built-in templates can be edited but not deleted."))
            s.delete(row)

    # Drafts ------------------------------------------------------------------------------------------

    def open_draft(self, session_id: int, author_id: int) -> ReflectionDraft:
        """The author's note on the session, created from the fitting template on first open."""
        with self._db.transaction() as s:
            shadow = s.get(ShadowSession, session_id, options=session_load_options())
            if shadow is None:
                raise NotFound(_("That session no longer exists."))
            role = (
                HOST
                if shadow.host_id == author_id
                else GUEST
                if any(g.id == author_id for g in shadow.guests)
                else None
            )
            if role is None:
                raise UserError(_("Only the host and the guests of a session write a reflection on it."))
            note = s.scalar(
                select(Reflection).where(
                    Reflection.session_id == session_id, Reflection.author_id == author_id
                )
            )
            skill_prompts = _skill_prompts(s, session_id)
            if note is None:
                template = self._template_for(s, shadow.kind, role)
                note = Reflection(
                    session_id=session_id,
                    author_id=author_id,
                    free_text="",
                    answers=[{"prompt": p, "answer": ""} for p in (
                        *(shown(prompt, template.builtin) for prompt in template.prompts), *skill_prompts)],
                    visibility=Visibility.PAIR,
                    status=ReflectionStatus.DRAFT,
                )
                s.add(note)
                s.flush()
                search_index.index_records(s, search_index.KIND_REFLECTION, [note.id])
            elif note.status is ReflectionStatus.DRAFT:
                # Skills ticked after the draft was started are asked about too; a submitted note stays as sent.
                asked = {a.get("prompt") for a in note.answers}
                added = [{"prompt": p, "answer": ""} for p in skill_prompts if p not in asked]
                if added:
                    note.answers = [*note.answers, *added]
                    s.flush()
            author = s.get_one(Person, author_id)
            return ReflectionDraft(
                note.id,
                session_info(shadow),
                author_id,
                author.full_name,
                role,
                tuple(a.get("prompt", "") for a in note.answers),
                tuple(a.get("answer", "") for a in note.answers),
                note.free_text,
                note.rating,
                note.visibility,
                note.status,
                note.version_id,
                note.updated_at,
            )

    def save_draft(
        self,
        reflection_id: int,
        expected_version: int,
        answers: Sequence[str],
        free_text: str,
        rating: int | None,
        visibility: Visibility,
    ) -> SavedVersion:
        """Autosave and "Save draft". A submitted note stays submitted when edited again."""
        if rating is not None and not 1 <= rating <= 5:
            raise UserError(_("The usefulness rating goes from 1 to 5."))
        if len(free_text) + sum(map(len, answers)) > MAX_NOTE_CHARS:
            raise UserError(_("A note holds at most {limit:,} characters.").format(limit=MAX_NOTE_CHARS))
        answers, free_text = [clean_text(a) for a in answers], clean_text(free_text)
        with self._saving(reflection_id, expected_version) as (s, note):
            prompts = [a.get("prompt", "") for a in note.answers]
            if len(answers) != len(prompts):
                raise UserError(_("The note's prompts changed while it was open; reopen it."))
            note.answers = [{"prompt": p, "answer": a} for p, a in zip(prompts, answers, strict=True)]
            note.free_text, note.rating, note.visibility = free_text, rating, Visibility(visibility)
            note.updated_at = utc_now()
            _index_now(s, note)
        return SavedVersion(note.version_id, note.updated_at)

    def submit(self, reflection_id: int, expected_version: int) -> SavedVersion:
        """Share the note: from now on the readers its visibility allows can see it."""
        with self._saving(reflection_id, expected_version) as (s, note):
            if not note.free_text.strip() and not any(a.get("answer", "").strip() for a in note.answers):
                raise UserError(_("Write something before submitting the note."))
            note.status = ReflectionStatus.SUBMITTED
            note.submitted_at = note.updated_at = utc_now()
            _index_now(s, note)
        return SavedVersion(note.version_id, note.updated_at)

    def _saving(self, reflection_id: int, expected_version: int) -> AbstractContextManager[tuple[Session, Reflection]]:
        """The same author may have the note open in two windows (or two ShadowDesk instances): the
        window that saves second is refused, and its editor keeps the text in its recovery copy."""
        return versioned_save(
            self._db, Reflection, reflection_id, expected_version,
            lambda note: _("Your note on the session of {date}").format(date=f"{note.session.starts_at:%d %b %Y}"),
            _("That note was deleted by someone else since you opened it."))

    # Reading -----------------------------------------------------------------------------------------

    def readable(self, viewer_id: int | None, *criteria: ColumnElement[bool], listing: NoteFilter = EVERYTHING,
                 page: Page = WHOLE, office: bool = False) -> list[ReflectionSummary]:
        """Notes the viewer may read (None: the coordinator's view), newest session first. office: the viewer is a
        coordinator or manager, who also read what every program shares (visibility.reflection_visible_to)."""
        with self._db.session() as s:
            ids = s.scalars(readable_ids(viewer_id, listing, page, *criteria, office=office)).all()
            notes = {
                r.id: r
                for r in s.scalars(
                    select(Reflection)
                    .where(Reflection.id.in_(ids))
                    .options(
                        selectinload(Reflection.author),
                        selectinload(Reflection.session).options(*session_load_options()),
                    )
                )
            }
            return [
                ReflectionSummary(
                    id=r.id,
                    session=session_info(r.session),
                    author_id=r.author_id,
                    author_name=r.author.full_name,
                    status=r.status,
                    visibility=r.visibility,
                    rating=r.rating,
                    updated_at=r.updated_at,
                )
                for r in (notes[i] for i in ids)
            ]

    def count_readable(self, viewer_id: int | None, listing: NoteFilter = EVERYTHING, office: bool = False) -> int:
        with self._db.session() as s:
            return s.execute(readable_count(viewer_id, listing, office)).scalar_one()

    def due(self, now: datetime, person_id: int | None = None, days: int | None = None,
            listing: NoteFilter = EVERYTHING, page: Page = WHOLE) -> list[DueReflection]:
        """Completed sessions that ended over `days` days ago (None: reminder_days()) whose participant has
        not submitted a note yet, the most recent first (page.order: "person", "date" or "kind" instead)."""
        days = self.reminder_days() if days is None else days
        if person_id is not None:
            listing = replace(listing, person_id=person_id)
        with self._db.session() as s:
            rows = s.execute(due_rows(now, days, listing, page)).all()
            sessions = self._sessions(s, {row[0] for row in rows})
            return [
                DueReflection(session=sessions[session_id], person_id=person, person_name=name, person_email=email,
                              ends_at=ends_at, has_draft=bool(has_draft))
                for session_id, person, name, email, ends_at, has_draft in rows
            ]

    def count_due(self, now: datetime, days: int | None = None, listing: NoteFilter = EVERYTHING) -> int:
        days = self.reminder_days() if days is None else days
        with self._db.session() as s:
            return s.execute(due_count(now, days, listing)).scalar_one()

    @staticmethod
    def _sessions(s: Session, ids: Iterable[int]) -> dict[int, SessionInfo]:
        rows = s.scalars(select(ShadowSession).where(ShadowSession.id.in_(ids)).options(*session_load_options()))
        return {row.id: session_info(row) for row in rows}

    def debrief(self, session_id: int, viewer_id: int | None, office: bool = False) -> Debrief:
        """The host's and the guests' notes side by side, each only if the viewer may read it."""
        with self._db.session() as s:
            shadow = s.get(ShadowSession, session_id, options=session_load_options())
            if shadow is None:
                raise NotFound(_("That session no longer exists."))
            notes = s.scalars(
                select(Reflection)
                .where(Reflection.session_id == session_id, reflection_visible_to(viewer_id, office))
                .options(selectinload(Reflection.author))
                .order_by(Reflection.id)
            ).all()
            host_note, guest_notes = None, []
            for note in notes:
                role = HOST if note.author_id == shadow.host_id else GUEST
                view = DebriefNote(
                    note.author.full_name,
                    role,
                    tuple((a.get("prompt", ""), a.get("answer", "")) for a in note.answers),
                    note.free_text,
                    note.rating,
                    note.visibility,
                    note.submitted_at,
                )
                if role == HOST:
                    host_note = view
                else:
                    guest_notes.append(view)
            return Debrief(session_info(shadow), host_note, tuple(guest_notes))

    def sessions_of(self, person_id: int | None, listing: NoteFilter = EVERYTHING, limit: int | None = None,
                    before: datetime | None = None) -> list[SessionInfo]:
        """Sessions to open a debrief for, newest first: the person's own, or every completed one for the
        coordinator, within the listing's program and dates (and started before `before`, now)."""
        query = select(ShadowSession).where(
            *completed_before(before or utc_now()), *session_filters(listing))
        if person_id is not None:  # their few sessions by the host and guest indexes, not a walk of all
            query = query.where(ShadowSession.id.in_(
                select(ShadowSession.id).where(ShadowSession.host_id == person_id)
                .union_all(select(session_guest.c.session_id).where(session_guest.c.person_id == person_id))))
        with self._db.session() as s:
            rows = s.scalars(
                query.options(*session_load_options()).order_by(ShadowSession.starts_at.desc()).limit(limit)
            ).all()
            return [session_info(row) for row in rows]

    def person_id_for_email(self, email: str) -> int | None:
        if not email.strip():
            return None
        with self._db.session() as s:
            return s.scalar(select(Person.id).where(Person.has_email(email)))
