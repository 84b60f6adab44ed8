"""Program reports, person records and CSV exports: data is gathered here, the PDF is laid out in reports/.

Privacy is decided in services/visibility.py: program reports and exports print only what the
coordinator's view may read (report_queries.program_visible_reflections), a person's record only what
in_own_record() allows.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import CompoundSelect, Select, or_, select
from sqlalchemy.orm import Session

from shadowdesk.interop import exports
from shadowdesk.model import (
    Enrollment,
    Idea,
    IdeaStatus,
    Pairing,
    Person,
    Program,
    Reflection,
    SessionKind,
    ShadowSession,
    Side,
    session_guest,
)
from shadowdesk.reports.data import (
    Highlight,
    KeyFigures,
    Letterhead,
    MonthCount,
    PairRow,
    PartnerRow,
    PersonInfo,
    PersonNote,
    PersonProgram,
    PersonReportData,
    PersonSession,
    ProgramInfo,
    ProgramReportData,
    SideProgress,
    StatusCounts,
)
from shadowdesk.reports.options import ReportOptions, report_options
from shadowdesk.rules import metrics, progress
from shadowdesk.services import report_queries as q
from shadowdesk.services.errors import NotFound, UserError
from shadowdesk.services.programs import program_id_named
from shadowdesk.services.skills import SkillService
from shadowdesk.services.visibility import in_own_record
from shadowdesk.settings import SettingsStore
from shadowdesk.storage import Database
from shadowdesk.translation import _, current_language

log = logging.getLogger(__name__)

HIGHLIGHTS = 12  # program-visible notes quoted in a program report
EXCERPT_CHARACTERS = 600
Progress = Callable[[int, int], None]  # (done, total)
Cancelled = Callable[[], bool]


def _side_progress(side: Side, sides: dict[int, Side], person_hours: dict[int, float],
                   targets: progress.Targets) -> SideProgress:
    people = [person for person, their_side in sides.items() if their_side is side]
    hours = [person_hours.get(person, 0.0) for person in people]
    reached = sum(h >= targets.hours_per_participant - 1e-9 for h in hours) if targets.hours_per_participant > 0 else 0
    return SideProgress(len(people), sum(hours), reached)


def excerpt(text: str, limit: int = EXCERPT_CHARACTERS) -> str:
    """The start of a note, cut at a word boundary when there is one nearby."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", limit - 80, limit)
    return text[: cut if cut > 0 else limit].rstrip() + " …"


class ReportService:
    def __init__(
        self,
        database: Database,
        settings: SettingsStore,
        clock: Callable[[], datetime] = lambda: datetime.now().astimezone(),
    ) -> None:
        self._db = database
        self._settings = settings
        self._clock = clock

    # --- what the user can pick -------------------------------------------------------------------------
    def program_names(self) -> list[str]:
        with self._db.session() as session:
            return list(
                session.scalars(select(Program.name).order_by(Program.start_date.desc(), Program.name))
            )

    def people(self) -> list[tuple[str, str]]:
        """(email, full name) of everyone who took part in a program, by name."""
        with self._db.session() as session:
            enrolled = select(Enrollment.person_id)
            return [
                (email, full_name)
                for email, full_name in session.execute(
                    select(Person.email, Person.full_name)
                    .where(Person.id.in_(enrolled))
                    .order_by(Person.full_name)
                )
            ]

    # --- PDF ---------------------------------------------------------------------------------------------
    def write_program_report(
        self, name: str, path: Path, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> Path:
        from shadowdesk.reports.program_report import build_program_report

        data = self.program_data(name)
        build_program_report(data, Path(path), progress, cancelled, self.report_options())
        return Path(path)

    def write_person_report(
        self,
        email: str,
        path: Path,
        as_self: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> Path:
        from shadowdesk.reports.person_report import build_person_report

        data = self.person_data(email, as_self)
        build_person_report(data, Path(path), progress, cancelled, self.report_options())
        return Path(path)

    def report_options(self) -> ReportOptions:
        """The PDF's language is the language its words are written in (the window's, or the command line's);
        its paper is the setting's, else the locale's."""
        return report_options(current_language(), self._settings.get("paper_size"))

    def letterhead(self) -> Letterhead:
        logo = self._settings.get("company_logo").strip()
        if logo and not Path(logo).is_file():
            log.warning("Company logo %s not found; reports are made without it", logo)
            logo = ""
        return Letterhead(self._settings.get("company_name").strip(), logo or None, self._clock())

    def program_data(self, name: str) -> ProgramReportData:
        with self._db.session() as session:
            program = self._program(session, name)
            pid = program.id
            sides = q.enrolled_sides(session, pid)
            enrolled = Counter(sides.values())
            totals = q.session_totals(session, pid)
            meetings = q.pair_meetings(session, pid, self._clock())
            guests = q.guest_totals(session, pid)
            taking_part = q.participation(sides, totals, guests)
            reflections = q.reflection_totals(session, pid)
            perception = q.perception_by_side(session, pid)
            ideas = tuple(q.ideas(session, Idea.program_id == pid))
            pair_rows = q.pairs(session, pid)
            targets = progress.Targets(program.target_sessions_per_pair, program.target_hours_per_participant)
            pair_progress = self._pair_progress(program, targets, pair_rows, meetings)
            person_hours = q.participant_hours(totals, guests)
            sessions = totals.sessions
            figures = KeyFigures(
                participants_a=enrolled.get(Side.A, 0),
                participants_b=enrolled.get(Side.B, 0),
                side_ratio=metrics.side_ratio(enrolled.get(Side.A, 0), enrolled.get(Side.B, 0)),
                pairs=len(pair_rows),
                sessions=sessions,
                targets=targets,
                progress=progress.program_progress(pair_progress.values()),
                side_a_progress=_side_progress(Side.A, sides, person_hours, targets),
                side_b_progress=_side_progress(Side.B, sides, person_hours, targets),
                hours_project_shadow=totals.hours_by_kind.get(SessionKind.PROJECT_SHADOW, 0.0),
                hours_customer_visit=totals.hours_by_kind.get(SessionKind.CUSTOMER_VISIT, 0.0),
                hours_side_a=taking_part.hours_by_side.get(Side.A, 0.0),
                hours_side_b=taking_part.hours_by_side.get(Side.B, 0.0),
                reflections_submitted=reflections.by_participants,
                reflections_due=taking_part.reflections_due,
                average_usefulness=reflections.average_usefulness,
                ideas_proposed=len(ideas),
                ideas_adopted=sum(i.status == IdeaStatus.ADOPTED.value for i in ideas),
                perception_a=perception[Side.A],
                perception_b=perception[Side.B],
            )
            months = tuple(
                MonthCount(
                    month, kinds.get(SessionKind.PROJECT_SHADOW, 0), kinds.get(SessionKind.CUSTOMER_VISIT, 0)
                )
                for month, kinds in q.sessions_per_month(session, pid).items()
            )
            pairs = tuple(
                PairRow(
                    number,
                    pair.person_a,
                    pair.person_b,
                    pair.status.value,
                    totals.pair_sessions.get(pair.pairing_id) or StatusCounts(),
                    meetings.get(pair.pairing_id, q.NEVER_MET).hours,
                    reflections.per_pair.get(pair.pairing_id, 0),
                    pair_progress[pair.pairing_id],
                )
                for number, pair in enumerate(pair_rows, start=1)
            )
            best = q.program_visible_reflections(session, pid, HIGHLIGHTS)
            highlights = tuple(
                Highlight(author, starts_at.date(), kind.value, rating, excerpt(text))
                for author, _submitted_at, kind, starts_at, rating, text, _answers, _email in best
            )
            info = ProgramInfo(
                program.name,
                program.description,
                program.start_date,
                program.end_date,
                program.side_a,
                program.side_b,
                program.status.value,
            )
        skills = tuple(SkillService(self._db).coverage(pid))  # per skill only: the program office's view
        return ProgramReportData(self.letterhead(), info, figures, months, pairs, highlights, ideas, skills)

    def person_data(self, email: str, as_self: bool = False) -> PersonReportData:
        with self._db.session() as session:
            person = session.scalar(select(Person).where(Person.has_email(email)))
            if person is None:
                raise NotFound(_("Nobody with the email address {email} is in the database.").format(email=email))
            try:
                zone = ZoneInfo(person.time_zone)
            except (ZoneInfoNotFoundError, ValueError):
                zone = ZoneInfo("UTC")
            info = PersonInfo(
                person.full_name,
                person.email,
                person.department,
                person.job_title,
                person.location,
                person.time_zone,
            )
            programs = tuple(
                PersonProgram(p.name, p.department_of(side), p.start_date, p.end_date, p.status.value)
                for p, side in session.execute(
                    select(Program, Enrollment.side)
                    .join(Enrollment, Enrollment.program_id == Program.id)
                    .where(Enrollment.person_id == person.id)
                    .order_by(Program.start_date)
                )
            )
            partners = tuple(self._partners(session, person.id))
            sessions = self._sessions(session, person.id, zone)
            notes = tuple(self._notes(session, person.id, as_self, zone))
            ideas = tuple(q.ideas(session, or_(Idea.proposer_id == person.id, Idea.owner_id == person.id)))
        return PersonReportData(self.letterhead(), info, as_self, programs, partners, sessions, notes, ideas)

    # --- CSV ---------------------------------------------------------------------------------------------
    def export(self, what: str, program_name: str, path: Path) -> int:
        """Write sessions, reflections or ideas of a program to a CSV file; returns the number of rows."""
        with self._db.session() as session:
            program = self._program(session, program_name)
            if what == "sessions":
                rows = self._session_rows(session, program.id)
                return exports.write_sessions(Path(path), rows)
            if what == "reflections":
                shared = q.program_visible_reflections(session, program.id)
                return exports.write_reflections(
                    Path(path),
                    [
                        exports.ReflectionRecord(
                            starts_at,
                            kind.value,
                            author,
                            email,
                            rating,
                            submitted_at,
                            text,
                            tuple((a.get("prompt", ""), a.get("answer", "")) for a in answers or []),
                        )
                        for author, submitted_at, kind, starts_at, rating, text, answers, email in shared
                    ],
                )
            if what == "ideas":
                return exports.write_ideas(
                    Path(path),
                    [
                        exports.IdeaRecord(i.title, i.proposer, i.owner, i.status, i.decision_note)
                        for i in q.ideas(session, Idea.program_id == program.id)
                    ],
                )
        raise UserError(_("Cannot export {what}: choose sessions, reflections or ideas.").format(what=what))

    # --- helpers -----------------------------------------------------------------------------------------
    def pair_progress(self, program_id: int) -> dict[int, progress.PairProgress]:
        """pairing id -> its progress against the program's targets, as the report shows it."""
        with self._db.session() as session:
            program = session.get(Program, program_id)
            if program is None:
                raise NotFound(_("This program no longer exists."))
            targets = progress.Targets(program.target_sessions_per_pair, program.target_hours_per_participant)
            meetings = q.pair_meetings(session, program_id, self._clock())
            return self._pair_progress(program, targets, q.pairs(session, program_id), meetings)

    def _pair_progress(self, program: Program, targets: progress.Targets, pair_rows: list[q.PairListing],
                       meetings: dict[int, q.PairMeetings]) -> dict[int, progress.PairProgress]:
        now = self._clock()
        today = now.date()
        stalled_after = self._settings.get("stalled_after_days")
        found = {}
        for pair in pair_rows:
            when = meetings.get(pair.pairing_id, q.NEVER_MET)
            activity = progress.PairActivity(
                when.completed,
                when.hours,
                when.last_completed.astimezone(now.tzinfo).date() if when.last_completed else None,
                when.next_planned.astimezone(now.tzinfo).date() if when.next_planned else None,
                pair.paired_at.astimezone(now.tzinfo).date(),
            )
            found[pair.pairing_id] = progress.pair_progress(
                activity, targets, program.start_date, program.end_date, today, stalled_after)
        return found

    @staticmethod
    def _program(session: Session, name: str) -> Program:
        program = session.get(Program, program_id_named(session, name))
        if program is None:  # removed by someone else between the two reads
            raise NotFound(_("This program no longer exists."))
        return program

    @staticmethod
    def _partners(session: Session, person_id: int) -> list[PartnerRow]:
        rows = session.execute(
            select(Program.name, Pairing.person_a_id, Pairing.person_b_id, Pairing.status)
            .join(Program, Program.id == Pairing.program_id)
            .where(or_(Pairing.person_a_id == person_id, Pairing.person_b_id == person_id))
            .order_by(Program.start_date, Pairing.id)
        ).all()
        names = dict(
            session.execute(
                select(Person.id, Person.full_name).where(
                    Person.id.in_({r.person_a_id for r in rows} | {r.person_b_id for r in rows})
                )
            ).all()
        )
        return [
            PartnerRow(program, names[b if a == person_id else a], status.value)
            for program, a, b, status in rows
        ]

    @staticmethod
    def _session_ids_of(person_id: int) -> CompoundSelect[int]:
        return (
            select(ShadowSession.id)
            .where(ShadowSession.host_id == person_id)
            .union(select(session_guest.c.session_id).where(session_guest.c.person_id == person_id))
        )

    def _participants(self, session: Session, session_ids: Select[int] | CompoundSelect[int]
                      ) -> dict[int, list[tuple[int, str, str]]]:
        """session id -> [(person id, name, role)], the host first."""
        people: dict[int, list[tuple[int, str, str]]] = {}
        hosts = session.execute(
            select(ShadowSession.id, Person.id, Person.full_name)
            .join(Person, Person.id == ShadowSession.host_id)
            .where(ShadowSession.id.in_(session_ids))
        )
        for session_id, pid, name in hosts:
            people.setdefault(session_id, []).append((pid, name, "host"))
        guests = session.execute(
            select(session_guest.c.session_id, Person.id, Person.full_name)
            .join(Person, Person.id == session_guest.c.person_id)
            .where(session_guest.c.session_id.in_(session_ids))
            .order_by(Person.full_name)
        )
        for session_id, pid, name in guests:
            people.setdefault(session_id, []).append((pid, name, "guest"))
        return people

    def _sessions(self, session: Session, person_id: int, zone: ZoneInfo) -> tuple[PersonSession, ...]:
        ids = self._session_ids_of(person_id)
        people = self._participants(session, ids)
        result = []
        for sid, starts, ends, kind, status, program in session.execute(
            select(
                ShadowSession.id,
                ShadowSession.starts_at,
                ShadowSession.ends_at,
                ShadowSession.kind,
                ShadowSession.status,
                Program.name,
            )
            .outerjoin(Program, Program.id == ShadowSession.program_id)
            .where(ShadowSession.id.in_(ids))
            .order_by(ShadowSession.starts_at, ShadowSession.id)
        ):
            present = people.get(sid, [])
            role = next((r for pid, _, r in present if pid == person_id), "guest")
            others = ", ".join(name for pid, name, _ in present if pid != person_id)
            result.append(
                PersonSession(
                    starts.astimezone(zone),
                    (ends - starts).total_seconds() / 3600,
                    program or "",
                    kind.value,
                    role,
                    others,
                    status.value,
                )
            )
        return tuple(result)

    def _notes(self, session: Session, person_id: int, as_self: bool, zone: ZoneInfo) -> list[PersonNote]:
        rows = session.execute(
            select(
                Reflection.session_id,
                Reflection.visibility,
                Reflection.rating,
                Reflection.free_text,
                Reflection.answers,
                ShadowSession.starts_at,
                ShadowSession.kind,
                Program.name,
            )
            .join(ShadowSession, ShadowSession.id == Reflection.session_id)
            .outerjoin(Program, Program.id == ShadowSession.program_id)
            .where(in_own_record(person_id, as_self))
            .order_by(ShadowSession.starts_at, Reflection.id)
        )
        return [
            PersonNote(
                starts.astimezone(zone).date(),  # the same day the sessions table shows
                program or "",
                kind.value,
                visibility.value,
                rating,
                text or "",
                tuple((a.get("prompt", ""), a.get("answer", "")) for a in answers or []),
            )
            for _sid, visibility, rating, text, answers, starts, kind, program in rows
        ]

    def _session_rows(self, session: Session, program_id: int) -> list[exports.SessionRecord]:
        ids = select(ShadowSession.id).where(ShadowSession.program_id == program_id)
        people = self._participants(session, ids)
        return [
            exports.SessionRecord(
                starts,
                ends,
                kind.value,
                status.value,
                next((n for _, n, r in people.get(sid, []) if r == "host"), ""),
                "; ".join(n for _, n, r in people.get(sid, []) if r == "guest"),
                location,
                agenda,
                reason,
            )
            for sid, starts, ends, kind, status, location, agenda, reason in session.execute(
                select(
                    ShadowSession.id,
                    ShadowSession.starts_at,
                    ShadowSession.ends_at,
                    ShadowSession.kind,
                    ShadowSession.status,
                    ShadowSession.location,
                    ShadowSession.agenda,
                    ShadowSession.status_reason,
                )
                .where(ShadowSession.program_id == program_id)
                .order_by(ShadowSession.starts_at, ShadowSession.id)
            )
        ]
