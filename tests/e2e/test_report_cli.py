"""`shadowdesk report` and `shadowdesk export` as a user types them."""

from __future__ import annotations

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
        "--as-self",
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
