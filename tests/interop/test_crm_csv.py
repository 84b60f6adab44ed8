"""Customer and project exports of a CRM, read in the user's language."""

from __future__ import annotations

import pytest

from shadowdesk.interop import crm_csv


def test_a_german_user_reads_what_is_wrong_with_a_crm_export_in_german(german):
    with pytest.raises(crm_csv.CrmFileError) as refused:
        crm_csv.read_projects(b"Project,Owner\nMigration,pm@x.com\n")
    assert str(refused.value) == "Keine Spalte enthält den Kunden der Projekte. Spalten: Project, Owner."
    table = crm_csv.read_customers(b"Name,Industry,Country\n,Retail,US\nGlobex,Energy\nInitech," + b"x" * 121
                                   + b",US\n")
    assert [str(problem) for problem in table.problems] == [
        "Zeile 2: kein Name", "Zeile 3: 2 Zellen, wo die Kopfzeile 3 hat",
        "Zeile 4: die Branche ist länger als 120 Zeichen"]

