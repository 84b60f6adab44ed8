"""`shadowdesk customers ...` and `shadowdesk projects ...` run as a separate process, as a coordinator types
them: tab-separated listings with a header row and the id first, names found in any case, imports that
refuse a bad file whole, and exit 2 with a plain message for what cannot be done."""

from __future__ import annotations

from tests.e2e.test_people_cli import shadowdesk


def _table(output: str) -> list[list[str]]:
    return [line.split("\t") for line in output.splitlines()]


def test_customers_and_projects_from_an_empty_database(tmp_path):
    data = tmp_path / "data"
    shadowdesk(data, "people", "import", str(_file(tmp_path, "people.csv",
                                                  b"Name,Email\nBen Okafor,ben@x.example\n")))
    added = shadowdesk(data, "customers", "add", "Nordwind Pharma", "--industry", "Life sciences",
                       "--country", "DE")
    assert added.returncode == 0, added.stderr
    assert 'Added customer 1, "Nordwind Pharma".' in added.stdout

    project = shadowdesk(data, "projects", "add", "Label localisation", "--customer", "NORDWIND pharma",
                         "--pm", "ben@x.example", "--reference", "TMS-4711")
    assert project.returncode == 0, project.stderr

    listing = shadowdesk(data, "customers", "list")
    assert _table(listing.stdout) == [
        ["id", "name", "industry", "country", "active", "projects", "sessions"],
        ["1", "Nordwind Pharma", "Life sciences", "DE", "yes", "1", "0"]]
    projects = shadowdesk(data, "projects", "list", "--customer", "nordwind pharma")
    assert _table(projects.stdout) == [
        ["id", "name", "customer", "reference", "pm", "pm email", "active", "sessions"],
        ["1", "Label localisation", "Nordwind Pharma", "TMS-4711", "Ben Okafor", "ben@x.example", "yes", "0"]]

    twin = shadowdesk(data, "customers", "add", "nordwind PHARMA")
    assert (twin.returncode, twin.stderr.strip()) == (
        2, 'shadowdesk: There is already a customer called "Nordwind Pharma".')
    unknown = shadowdesk(data, "projects", "add", "Portal", "--customer", "Globex")
    assert (unknown.returncode, unknown.stderr.strip()) == (2, 'shadowdesk: No customer is called "Globex".')
    assert "Traceback" not in twin.stderr + unknown.stderr


def test_with_a_german_system_the_cli_says_what_it_did_and_what_it_refused_in_german(tmp_path):
    data = tmp_path / "data"
    added = shadowdesk(data, "customers", "add", "Nordwind Pharma", language="de")
    assert (added.returncode, added.stdout.strip()) == (0, 'Kunde 1, „Nordwind Pharma“, hinzugefügt.')
    twin = shadowdesk(data, "customers", "add", "nordwind PHARMA", language="de")
    assert (twin.returncode, twin.stderr.strip()) == (
        2, "shadowdesk: Es gibt bereits einen Kunden namens „Nordwind Pharma“.")
    unknown = shadowdesk(data, "projects", "add", "Portal", "--customer", "Globex", language="fr")
    assert (unknown.returncode, unknown.stderr.strip()) == (2, "shadowdesk: Aucun client ne s’appelle « Globex ».")


def test_rename_deactivate_merge_and_escaped_listing(tmp_path):
    data = tmp_path / "data"
    for name in ("Acme", "Acme Ltd", "Globex"):
        assert shadowdesk(data, "customers", "add", name).returncode == 0
    shadowdesk(data, "projects", "add", "Website", "--customer", "Acme Ltd")
    merged = shadowdesk(data, "customers", "merge", "acme ltd", "--into", "ACME")
    assert merged.returncode == 0, merged.stderr
    assert "1 projects moved" in merged.stdout
    assert shadowdesk(data, "customers", "rename", "globex", "Globex\x1b[31m Corp").returncode == 0
    assert shadowdesk(data, "customers", "deactivate", "globex[31m corp").returncode == 0
    assert [row[1] for row in _table(shadowdesk(data, "customers", "list").stdout)[1:]] == ["Acme"]
    everyone = shadowdesk(data, "customers", "list", "--all").stdout
    assert "\x1b" not in everyone  # the escape was dropped on the way in
    assert [(row[1], row[4]) for row in _table(everyone)[1:]] == [("Acme", "yes"), ("Globex[31m Corp", "no")]
    assert _table(shadowdesk(data, "projects", "list").stdout)[1][2] == "Acme"


def test_import_names_every_bad_line_and_writes_nothing(tmp_path):
    data = tmp_path / "data"
    bad = _file(tmp_path, "crm.csv", b"Account Name;Country\nAcme;US\n;DE\nACME;US\n")
    refused = shadowdesk(data, "customers", "import", str(bad))
    assert refused.returncode == 1
    assert f"{bad}: line 3: no name" in refused.stderr
    assert f"{bad}: line 4: the same customer as line 2" in refused.stderr
    assert "Nothing was imported: 2 row(s) have problems" in refused.stderr
    assert _table(shadowdesk(data, "customers", "list").stdout) == [
        ["id", "name", "industry", "country", "active", "projects", "sessions"]]

    tms = _file(tmp_path, "tms.csv", b"Project,Client,Project Number\nPortal,Globex,P-1\nAudit,Globex,P-2\n")
    imported = shadowdesk(data, "projects", "import", str(tms))
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.splitlines() == ["Imported projects: 2 added, 0 updated, 0 unchanged.",
                                            "New customers: Globex."]
    missing = shadowdesk(data, "projects", "import", str(tmp_path / "nope.csv"))
    assert missing.returncode == 2 and "Cannot read" in missing.stderr


def _file(folder, name: str, data: bytes):
    path = folder / name
    path.write_bytes(data)
    return path
