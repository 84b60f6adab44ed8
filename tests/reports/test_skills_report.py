"""The program report's Skills section, from an empty database through the services, read back from the PDF."""

from __future__ import annotations

from pypdf import PdfReader

from shadowdesk.domain import Side
from shadowdesk.services.programs import ProgramDraft, ProgramService
from shadowdesk.services.reports import ReportService
from shadowdesk.services.skills import SkillDraft
from shadowdesk.settings import SettingsStore
from tests.services.skills_world import NOW, PROGRAM, build_skills_world


def skills_pages(db, tmp_path) -> str:
    reports = ReportService(db, SettingsStore(tmp_path / "settings.json"), clock=lambda: NOW)
    pdf = tmp_path / "report.pdf"
    reports.write_program_report(PROGRAM, pdf)
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    start = text.index("Skills\nLevels: 0 none")
    return text[start:text.index("Highlights\n", start)]


def test_the_report_shows_how_many_learners_reached_level_2_before_and_after(db, tmp_path):
    build_skills_world(db, tmp_path)
    section = skills_pages(db, tmp_path)
    # Estimating: 1 of 3 salespeople at level 2 or more at the start, 3 of 3 at the end; 0 then 1 alone;
    # 2 confirmed alone by their hosts; no teacher confirmed; 1 below the target.
    assert "1 Estimating a project Sales 1 of 3 3 of 3 0 of 3 1 of 3 2 of 3 0 1 of 3" in " ".join(section.split())
    gains = section[section.index("Biggest gains"):section.index("Remaining gaps")]
    assert "Estimating a project: 1 of 3 at level 2 or more before, 3 of 3 after (33% → 100%)" in " ".join(
        gains.split())
    gaps = " ".join(section[section.index("Remaining gaps"):].split())
    assert "Running a discovery call: 4 of 4 below the target level 3; nobody on the other side" in gaps


def test_skill_names_are_printed_as_typed_not_read_as_markup(db, tmp_path):
    world = build_skills_world(db, tmp_path)
    world.skills.add(world.program_id, Side.A, SkillDraft("R&D <b>unclosed"), world.viewer("cora", "coordinator"))
    assert "R&D <b>unclosed" in skills_pages(db, tmp_path)


def test_a_program_without_skills_has_no_skills_section(db, tmp_path):
    build_skills_world(db, tmp_path)
    reports = ReportService(db, SettingsStore(tmp_path / "s.json"), clock=lambda: NOW)
    summer = reports.program_data(PROGRAM)
    assert len(summer.skills) == 12 and summer.skills[0].after_2 == 3
    ProgramService(db).create(ProgramDraft("Bare", summer.program.start_date, summer.program.end_date))
    assert reports.program_data("Bare").skills == ()  # another program's catalogue stays its own
