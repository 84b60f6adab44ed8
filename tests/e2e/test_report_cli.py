"""`shadowdesk report` and `shadowdesk export` as a user types them."""

from __future__ import annotations

import subprocess

from sqlalchemy import select, update

from shadowdesk.model import Person, Reflection, ReflectionStatus, Visibility
from shadowdesk.services.identity import IdentityService
from shadowdesk.storage import open_database
from tests.e2e.test_cli import shadowdesk


def test_report_and_export_commands(tmp_path):
    data = str(tmp_path / "data")
    assert shadowdesk("--data-dir", data, "demo").returncode == 0
    program_pdf, person_pdf, csv_file = (
        tmp_path / "program.pdf",
        tmp_path / "me.pdf",
        tmp_path / "sessions.csv",
    )
    result = shadowdesk(  # typed as a user would, in any case: the same program as in the other commands
        "--data-dir", data, "report", "program", "autumn cross-training ", "-o", str(program_pdf)
    )
    assert result.returncode == 0, result.stderr
    assert program_pdf.read_bytes().startswith(b"%PDF-")
    result = shadowdesk(
        "--data-dir",
        data,
        "report",
        "person",
        "ZOE.DUBOIS@linguabridge.example",
        "-o",
        str(person_pdf),
    )
    assert result.returncode == 0, result.stderr
    assert person_pdf.read_bytes().startswith(b"%PDF-")
    result = shadowdesk(
        "--data-dir", data, "export", "sessions", "--program", "Autumn Cross-Training", "-o", str(csv_file)
    )
    assert result.returncode == 0, result.stderr
    assert "Wrote 48 sessions" in result.stdout  # the program's own, not the other program's 32
    assert csv_file.read_bytes().startswith(b"\xef\xbb\xbf")


def test_unknown_program_or_person_is_a_plain_message(tmp_path):
    data = str(tmp_path / "data")
    assert shadowdesk("--data-dir", data, "demo").returncode == 0
    for args in (
        ("report", "program", "No Such Program"),
        ("report", "person", "nobody@example.com"),
        ("export", "ideas", "--program", "No Such Program"),
    ):
        result = shadowdesk("--data-dir", data, *args, "-o", str(tmp_path / "out"))
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert "No Such Program" in result.stderr or "nobody@example.com" in result.stderr
        assert not (tmp_path / "out").exists()


def test_a_record_holds_private_notes_only_when_its_owner_prints_their_own(tmp_path):
    data = tmp_path / "data"
    assert shadowdesk("--data-dir", str(data), "demo").returncode == 0
    database = open_database(f"sqlite:///{data / 'shadowdesk.sqlite3'}")
    try:
        with database.transaction() as s:  # two people's private notes, marked so the PDF text shows them
            authors = s.scalars(select(Reflection.author_id).where(
                Reflection.visibility == Visibility.PRIVATE, Reflection.status == ReflectionStatus.SUBMITTED)
                .group_by(Reflection.author_id).order_by(Reflection.author_id).limit(2)).all()
            emails = [s.get(Person, author).email for author in authors]
            for author in authors:
                s.execute(update(Reflection).where(Reflection.author_id == author,
                                                   Reflection.visibility == Visibility.PRIVATE)
                          .values(free_text=f"Privatemark{author}"))
        me, colleague = authors

        def words(email: str) -> str:
            pdf = tmp_path / f"{email}.pdf"
            result = shadowdesk("--data-dir", str(data), "report", "person", email, "-o", str(pdf))
            assert result.returncode == 0, result.stderr
            return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout

        assert "Privatemark" not in words(emails[0])  # nobody has claimed the file: the program office reads
        IdentityService(database).claim_ownership(me)
    finally:
        database.dispose()
    assert f"Privatemark{me}" in words(emails[0])  # the owner prints their own record
    assert "Privatemark" not in words(emails[1])  # a colleague's record, printed by the owner
