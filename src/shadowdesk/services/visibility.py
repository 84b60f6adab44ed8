"""Who may read which reflection: written once, used by search, the debrief, listings and reports.

A viewer is a person id, or None for the coordinator's view (the program office, HR), which sees the
notes their authors shared with the program and nothing else.

- private: the author only.
- pair: the author and the session's other participants (host and guests).
- program: the above, plus everyone enrolled in the session's program, plus the coordinator.

Drafts are the author's alone whatever their visibility: a note is shared when it is submitted.

A signed-in coordinator or manager is a person too: program_office=True adds the program notes of every
program to what that person reads as a participant. The same condition, with the viewer and the office
given as SQL (shadowdesk_viewer(), shadowdesk_program_office()), is the row-level security policy of the
team server (storage/row_security.py), so the app and the server apply one definition.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, ColumnExpressionArgument, and_, exists, false, or_, select, true
from sqlalchemy.orm import aliased

from shadowdesk.model import (
    Enrollment,
    Reflection,
    ReflectionStatus,
    ShadowSession,
    Visibility,
    session_guest,
)


def took_part(person_id: int | ColumnElement[int], session_id: int | ColumnExpressionArgument[int]
              ) -> ColumnElement[bool]:
    """person_id hosted or was a guest of the session (session_id may be a column to correlate with)."""
    # Aliases: the caller's query may itself select from these tables, and must not be correlated with.
    hosted_session, guest_row = aliased(ShadowSession), session_guest.alias()
    hosted = exists().where(hosted_session.id == session_id, hosted_session.host_id == person_id)
    guest = exists().where(guest_row.c.session_id == session_id, guest_row.c.person_id == person_id)
    return or_(hosted, guest)


def reflection_visible_to(viewer_id: int | ColumnElement[int] | None,
                          program_office: bool | ColumnElement[bool] = False) -> ColumnElement[bool]:
    """A WHERE clause on Reflection: true for the notes viewer_id may read.

    viewer_id None is the program office without a person; program_office says whether the viewer is
    also a coordinator or manager (who read every program's shared notes)."""
    submitted = Reflection.status == ReflectionStatus.SUBMITTED
    shared_with_program = and_(submitted, Reflection.visibility == Visibility.PROGRAM)
    if viewer_id is None:
        return shared_with_program
    program_session, enrollment = aliased(ShadowSession), aliased(Enrollment)
    enrolled_in_program = exists(
        select(enrollment.id)
        .join(program_session, program_session.program_id == enrollment.program_id)
        .where(program_session.id == Reflection.session_id, enrollment.person_id == viewer_id)
    )
    return or_(
        Reflection.author_id == viewer_id,
        and_(
            submitted,
            Reflection.visibility.in_((Visibility.PAIR, Visibility.PROGRAM)),
            took_part(viewer_id, Reflection.session_id),
        ),
        and_(shared_with_program, or_(_as_sql(program_office), enrolled_in_program)),
    )


def _as_sql(condition: bool | ColumnElement[bool]) -> ColumnElement[bool]:
    """What or_() makes of a Python bool anyway (true() or false()), said so for the type checker."""
    if isinstance(condition, bool):
        return true() if condition else false()
    return condition


def in_own_record(person_id: int, as_self: bool) -> ColumnElement[bool]:
    """A WHERE clause on Reflection: the person's submitted notes that their own record may print.

    The record is read by that person (a member of every pair they were in), so pair and program notes
    appear; private notes only when the person prints the record for themselves."""
    own = and_(Reflection.author_id == person_id, Reflection.status == ReflectionStatus.SUBMITTED)
    return own if as_self else and_(own, Reflection.visibility != Visibility.PRIVATE)
