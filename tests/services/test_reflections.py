"""Reflection notes: templates by kind and side, drafts, submitting, visibility, what is due, perception."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import unquote

import pytest

from shadowdesk import translation
from shadowdesk.model import PerceptionPhase, ReflectionStatus, SessionKind, Side, Visibility
from shadowdesk.services.demo import load_large_demo
from shadowdesk.services.errors import StaleRecord, UserError
from shadowdesk.services.note_listing import NoteFilter, Page
from shadowdesk.services.perception import PerceptionService
from shadowdesk.services.programs import ProgramService
from shadowdesk.services.reflections import ReflectionService, reminder_mailto
from tests.services.notes_world import ENDED, build_world, write_note


def test_each_side_gets_the_prompts_that_fit_the_session(db):
    world = build_world(db)
    service = ReflectionService(db)
    sales = service.open_draft(world.session, world.guest)
    pm = service.open_draft(world.session, world.host)
    assert sales.role == "guest" and "What surprised you about delivering the project?" in sales.prompts
    assert pm.role == "host" and pm.prompts != sales.prompts
    assert (
        service.template_for(SessionKind.CUSTOMER_VISIT, "guest").prompts[0]
        == "What does the customer really need?"
    )


def test_a_note_keeps_its_prompts_when_the_coordinator_edits_the_template(db):
    world = build_world(db)
    service = ReflectionService(db)
    first = service.open_draft(world.session, world.guest)
    template = service.template_for(SessionKind.PROJECT_SHADOW, "guest")
    service.save_template(
        template.id, template.name, template.session_kind, template.role, ["Only question?"]
    )
    again = service.open_draft(world.session, world.guest)
    assert again.prompts == first.prompts
    assert service.template_for(SessionKind.PROJECT_SHADOW, "guest").prompts == ("Only question?",)
    with pytest.raises(UserError, match="not deleted"):
        service.delete_template(template.id)


def test_drafts_save_and_reopen_with_every_word(db):
    world = build_world(db)
    service = ReflectionService(db)
    draft = service.open_draft(world.session, world.guest)
    answers = ["Zażółć gęślą jaźń", "", "二つ目"]
    saved = service.save_draft(draft.id, draft.version_id, answers, "x" * 20_000, 5, Visibility.PROGRAM)
    reopened = service.open_draft(world.session, world.guest)
    assert reopened.answers == tuple(answers) and reopened.free_text == "x" * 20_000
    assert (reopened.rating, reopened.visibility, reopened.status) == (
        5,
        Visibility.PROGRAM,
        ReflectionStatus.DRAFT,
    )
    assert reopened.version_id == saved.version_id


def test_a_save_from_a_stale_window_is_refused(db):
    world = build_world(db)
    service = ReflectionService(db)
    draft = service.open_draft(world.session, world.guest)
    service.save_draft(draft.id, draft.version_id, ["a", "b", "c"], "first window", None, Visibility.PAIR)
    with pytest.raises(StaleRecord):
        service.save_draft(
            draft.id, draft.version_id, ["x", "y", "z"], "second window", None, Visibility.PAIR
        )
    assert service.open_draft(world.session, world.guest).free_text == "first window"


def test_submitting_is_separate_and_refuses_an_empty_note(db):
    world = build_world(db)
    service = ReflectionService(db)
    draft = service.open_draft(world.session, world.guest)
    with pytest.raises(UserError, match="Write something"):
        service.submit(draft.id, draft.version_id)
    saved = service.save_draft(draft.id, draft.version_id, ["", "", ""], "learned a lot", 4, Visibility.PAIR)
    assert service.open_draft(world.session, world.guest).status is ReflectionStatus.DRAFT
    service.submit(draft.id, saved.version_id)
    assert service.open_draft(world.session, world.guest).status is ReflectionStatus.SUBMITTED


def test_only_participants_write_a_note(db):
    world = build_world(db)
    with pytest.raises(UserError, match="host and the guests"):
        ReflectionService(db).open_draft(world.session, world.colleague)


@pytest.mark.parametrize(
    "visibility, readers",
    [
        (Visibility.PRIVATE, {"guest"}),
        (Visibility.PAIR, {"guest", "host"}),
        (Visibility.PROGRAM, {"guest", "host", "colleague", "coordinator"}),
    ],
)
def test_debrief_and_listings_show_a_note_only_to_its_readers(db, visibility, readers):
    world = build_world(db)
    write_note(db, world, world.guest, "what the guest learned", visibility)
    service = ReflectionService(db)
    viewers = {
        "guest": world.guest,
        "host": world.host,
        "colleague": world.colleague,
        "outsider": world.outsider,
        "coordinator": None,
    }
    for name, viewer in viewers.items():
        debrief = service.debrief(world.session, viewer)
        listed = service.readable(viewer)
        can_read = name in readers
        assert [n.free_text for n in debrief.guest_notes] == (
            ["what the guest learned"] if can_read else []
        ), name
        assert len(listed) == (1 if can_read else 0), name
        assert debrief.host_note is None


def test_a_draft_is_read_by_its_author_only(db):
    world = build_world(db)
    write_note(db, world, world.host, "not finished", Visibility.PROGRAM, submit=False)
    service = ReflectionService(db)
    assert service.debrief(world.session, world.host).host_note.free_text == "not finished"
    for viewer in (world.guest, world.colleague, None):
        assert service.debrief(world.session, viewer).host_note is None


def test_reflections_fall_due_two_days_after_the_session_until_submitted(db):
    world = build_world(db)
    service = ReflectionService(db)
    assert service.due(ENDED + timedelta(days=1)) == []
    due = service.due(ENDED + timedelta(days=3))
    assert {d.person_id for d in due} == {world.host, world.guest}
    write_note(db, world, world.guest, "done", Visibility.PAIR)
    write_note(db, world, world.host, "draft only", Visibility.PAIR, submit=False)
    due = service.due(ENDED + timedelta(days=3))
    assert [(d.person_id, d.has_draft) for d in due] == [(world.host, True)]
    link = reminder_mailto(service.due(ENDED + timedelta(days=3), person_id=world.host))
    assert link.startswith("mailto:gosia@example.com?subject=")
    assert "Małgorzata Wiśniewska" in unquote(link) and "2026-03-02 Project shadow" in unquote(link)
    translation.use("de")
    try:  # the reminder speaks the sender's language, with the kind named as everywhere else
        link = unquote(reminder_mailto(service.due(ENDED + timedelta(days=3), person_id=world.host)))
    finally:
        translation.use("en")
    assert "subject=Erinnerung: Ihre ShadowDesk-Reflexion" in link and "2026-03-02 Projekt-Hospitation" in link


def test_perception_shift_per_side(db):
    world = build_world(db)
    perception = PerceptionService(db)
    assert "Project Management" in perception.questions(world.program, world.guest)[0]
    perception.record(world.program, world.guest, PerceptionPhase.START, [1, 2, 2, 1])
    perception.record(world.program, world.guest, PerceptionPhase.END, [4, 4, 3, 3])
    perception.record(world.program, world.host, PerceptionPhase.START, [3, 3, 3, 3])  # no end yet
    perception.record(world.program, world.colleague, PerceptionPhase.START, [2, 2, 2, 2])
    perception.record(world.program, world.colleague, PerceptionPhase.END, [2, 2, 3, 3])
    sales, pm = perception.shift(world.program)
    assert (sales.side, sales.people, pm.people) == (Side.A, 2, 0)
    assert sales.start == (1.5, 2.0, 2.0, 1.5) and sales.end == (3.0, 3.0, 3.0, 3.0)
    assert sales.overall_shift == pytest.approx(1.25)
    with pytest.raises(UserError, match="enrolled"):
        perception.record(world.program, world.outsider, PerceptionPhase.START, [1, 1, 1, 1])
    with pytest.raises(UserError, match="1 to 5"):
        perception.record(world.program, world.guest, PerceptionPhase.START, [0, 6, 1, 1])
    assert perception.answers(world.program, world.host, PerceptionPhase.START) == (3, 3, 3, 3)
    assert perception.answers(world.program, world.host, PerceptionPhase.END) is None
    perception.record(world.program, world.host, PerceptionPhase.START, [4, 3, 3, 3])  # a correction replaces
    assert perception.answers(world.program, world.host, PerceptionPhase.START) == (4, 3, 3, 3)


def test_control_characters_in_a_note_are_dropped_and_line_breaks_kept(db):
    world = build_world(db)
    service = ReflectionService(db)
    draft = service.open_draft(world.session, world.guest)
    service.save_draft(draft.id, draft.version_id, ["\x1b[31mred\x07"] * len(draft.prompts),
                       "first line\r\nsecond\x00 line\tend", None, Visibility.PAIR)
    saved = service.open_draft(world.session, world.guest)
    assert saved.answers[0] == "[31mred"
    assert saved.free_text == "first line\nsecond line\tend"


def test_what_is_due_and_the_notes_come_a_page_at_a_time_filtered_and_counted_by_the_database(db):
    now = datetime(2026, 11, 25, 12, tzinfo=UTC)
    load_large_demo(db, 40, 600, seed=3, now=now)
    service = ReflectionService(db)
    everything = service.due(now)
    assert len(everything) > 120
    pages = [service.due(now, page=Page(offset, 50)) for offset in range(0, len(everything) + 50, 50)]
    assert max(map(len, pages)) == 50
    assert [(d.session.id, d.person_id) for page in pages for d in page] == \
        [(d.session.id, d.person_id) for d in everything]  # no row twice, none left out
    starts = [d.session.starts_at for d in everything]
    assert starts == sorted(starts, reverse=True)  # the most recent first
    oldest = [d.session.starts_at for d in service.due(now, page=Page(0, 20, "date"))]
    assert oldest == sorted(starts)[:20]
    assert service.count_due(now) == len(everything)

    part = everything[0].person_name.split()[0][:4].lower()
    named = service.due(now, listing=NoteFilter(name=part.upper()))
    assert named and all(part in d.person_name.lower() for d in named)
    assert service.count_due(now, listing=NoteFilter(name=part)) == len(named) < len(everything)
    program = ProgramService(db).list_programs()[0].id
    assert service.count_due(now, listing=NoteFilter(program_id=program)) == len(everything)
    assert service.due(now, listing=NoteFilter(program_id=program + 1)) == []
    since = now - timedelta(days=30)
    recent = service.due(now, listing=NoteFilter(since=since))
    assert recent and all(d.session.starts_at >= since for d in recent)
    assert service.count_due(now, listing=NoteFilter(since=since)) == len(recent) < len(everything)
    assert service.count_due(now, listing=NoteFilter(program_id=program + 1)) == 0
    assert service.count_due(now, days=0) == len(service.due(now, days=0)) > len(everything)
    assert service.count_due(now, listing=NoteFilter(program_id=program, name=part)) == len(named)
    assert service.count_due(now, listing=NoteFilter(person_id=named[0].person_id)) == \
        len([d for d in everything if d.person_id == named[0].person_id])

    shared = service.readable(None)
    assert len(service.readable(None, page=Page(0, 50))) == min(50, len(shared))
    assert service.count_readable(None) == len(shared) > 0
    assert service.count_readable(None, NoteFilter(status=ReflectionStatus.DRAFT)) == 0  # drafts are the author's
    author = shared[0].author_id
    assert {n.author_id for n in service.readable(None, listing=NoteFilter(person_id=author))} == {author}
    debriefs = service.sessions_of(None, NoteFilter(program_id=program), limit=10, before=now)
    assert len(debriefs) == 10 and all(s.starts_at < now for s in debriefs)


def test_a_note_asks_about_each_skill_the_session_taught_after_the_templates_prompts(db, tmp_path):
    from shadowdesk.services.skills import SkillService
    from tests.services.skills_world import build_skills_world

    world = build_skills_world(db, tmp_path)  # each project shadow was meant to teach estimating
    service = ReflectionService(db)
    session, sara, piotr = world.sessions["sara"], world.ids["sara"], world.ids["piotr"]
    template = service.template_for(SessionKind.PROJECT_SHADOW, "guest").prompts
    draft = service.open_draft(session, sara)
    assert draft.prompts == (*template, "What did you learn about Estimating a project?")
    skills = SkillService(db)
    scheduling = skills.find(world.program_id, "Building a schedule")
    skills.set_session_skills(session, [world.estimating, scheduling.id], world.viewer("piotr"))
    saved = service.save_draft(draft.id, draft.version_id, ["mine"] * len(draft.prompts), "", None,
                               Visibility.PAIR)
    reopened = service.open_draft(session, sara)  # a skill ticked later is asked about too
    assert reopened.prompts[-2:] == ("What did you learn about Estimating a project?",
                                     "What did you learn about Building a schedule?")
    assert reopened.answers == ("mine",) * len(draft.prompts) + ("",)
    service.submit(reopened.id, reopened.version_id)
    assert saved.version_id < reopened.version_id
    skills.set_session_skills(session, [], world.viewer("piotr"))
    assert service.open_draft(session, sara).prompts == reopened.prompts  # a submitted note stays as sent
    host_template = service.template_for(SessionKind.PROJECT_SHADOW, "host").prompts
    assert service.open_draft(session, piotr).prompts == host_template  # no skill ticked any more
