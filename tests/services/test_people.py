"""PeopleService on SQLite and PostgreSQL: the list, edits, and all-or-nothing roster imports."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from shadowdesk.model import (
    Enrollment,
    Pairing,
    PairingStatus,
    Person,
    Program,
    Reflection,
    ReflectionStatus,
    SessionKind,
    SessionStatus,
    ShadowSession,
    Side,
)
from shadowdesk.services.errors import StaleRecord, UserError
from shadowdesk.services.people import PeopleService, PersonInput

ROSTER = (
    "First Name;Last Name;Work Email;Dept;Position;Office;Time Zone;Manager E-mail\r\n"
    "Anna;Nowak;anna@x.com;Sales;Account Executive;Kraków;Europe/Warsaw;boss@x.com\r\n"
    "Boss;Person;boss@x.com;Management;Director;Berlin;Europe/Berlin;\r\n"
    'Chen;"Li, Jr.";chen@x.com;Project Management;"Project\r\nManager";Berlin;;boss@x.com\r\n'
)


@pytest.fixture
def people(db) -> PeopleService:
    return PeopleService(db)


def stored(db) -> list[tuple]:
    """Everything an import may change, with the manager as an email, in a stable order."""
    with db.session() as session:
        manager = {pid: email for pid, email in session.execute(select(Person.id, Person.email))}
        rows = session.execute(select(Person.full_name, Person.email, Person.department, Person.job_title,
                                      Person.location, Person.time_zone, Person.active, Person.manager_id))
        return sorted((*row[:-1], manager.get(row[-1])) for row in rows)


def import_text(people: PeopleService, text: str | bytes, dry_run: bool = False, **overrides):
    data = text.encode("utf-8") if isinstance(text, str) else text
    return people.import_roster(people.read_roster(data, overrides), dry_run=dry_run)


def test_import_adds_people_with_their_managers(db, people):
    summary = import_text(people, ROSTER)
    assert (summary.added, summary.updated, summary.unchanged, summary.written) == (3, 0, 0, True)
    assert stored(db) == [
        ("Anna Nowak", "anna@x.com", "Sales", "Account Executive", "Kraków", "Europe/Warsaw", True,
         "boss@x.com"),
        ("Boss Person", "boss@x.com", "Management", "Director", "Berlin", "Europe/Berlin", True, None),
        # No zone in the file for Chen: the zone of the Berlin office, not a UTC nobody chose.
        ("Chen Li, Jr.", "chen@x.com", "Project Management", "Project Manager", "Berlin", "Europe/Berlin", True,
         "boss@x.com"),
    ]


def test_reimport_matches_by_email_regardless_of_case_updates_and_deletes_nobody(db, people):
    import_text(people, ROSTER)
    people.add_person(PersonInput("Dora Kept", "dora@x.com"))
    again = ("Name,Email,Department,Manager Email\n"
             "Anna Nowak,ANNA@X.COM,Sales,\n"                 # manager removed, email re-cased
             "Boss Person,boss@x.com,Management,\n"           # unchanged
             "Eve New,eve@x.com,Sales,anna@x.com\n")          # new, managed by Anna
    summary = import_text(people, again)
    assert (summary.added, summary.updated, summary.unchanged) == (1, 1, 1)
    rows = {row[1].lower(): row for row in stored(db)}
    assert set(rows) == {"anna@x.com", "boss@x.com", "chen@x.com", "dora@x.com", "eve@x.com"}
    assert rows["anna@x.com"][1] == "ANNA@X.COM" and rows["anna@x.com"][-1] is None
    assert rows["anna@x.com"][3] == "Account Executive"  # the file has no title column: kept
    assert rows["eve@x.com"][-1] == "ANNA@X.COM"


def test_a_roster_with_bad_rows_writes_nothing_and_names_every_bad_row(db, people):
    import_text(people, ROSTER)
    before = stored(db)
    bad = ("Name,Email,Time Zone\n"
           "Anna Changed,anna@x.com,UTC\n"
           "No Mail,,UTC\n"
           "Zed,zed@x.com,Atlantis/Deep\n"
           "Zed Twin,ZED@x.com,UTC\n")
    summary = import_text(people, bad)
    assert not summary.written and not summary.ok
    assert [str(p) for p in summary.problems] == [
        "line 3: no email address",
        "line 4: unknown time zone 'Atlantis/Deep' (use an IANA name such as Europe/Berlin)",
        "line 5: ZED@x.com is already on line 4",
    ]
    assert stored(db) == before


def test_dry_run_counts_but_writes_nothing(db, people):
    summary = import_text(people, ROSTER, dry_run=True)
    assert (summary.added, summary.written, summary.ok) == (3, False, True)
    assert stored(db) == []


def test_import_and_reading_report_their_steps(db, people):
    steps: list[tuple[int, int]] = []
    parsed = people.read_roster(ROSTER.encode(), progress=lambda *step: steps.append(step))
    assert steps == [(0, 2), (1, 2), (2, 2)]
    steps.clear()
    people.import_roster(parsed, dry_run=True, progress=lambda *step: steps.append(step))
    assert steps == [(0, 1), (1, 1)]
    steps.clear()
    assert people.import_roster(parsed, progress=lambda *step: steps.append(step)).written
    assert steps == [(0, 3), (1, 3), (2, 3), (3, 3)]


@pytest.mark.parametrize("checks_before_cancel", [0, 1], ids=["before-writing", "after-writing"])
def test_a_cancelled_import_rolls_back_whole(db, people, checks_before_cancel):
    import_text(people, ROSTER)
    before = stored(db)
    update = ("Name,Email,Department,Manager Email\n"
              "Anna Nowak,anna@x.com,Key Accounts,\n"
              "Eve New,eve@x.com,Sales,anna@x.com\n")
    asked: list[bool] = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > checks_before_cancel

    with pytest.raises(UserError, match="nothing was imported"):
        people.import_roster(people.read_roster(update.encode()), cancelled=cancelled)
    # The second question comes after every row was inserted and updated, just before the commit.
    assert len(asked) == checks_before_cancel + 1
    assert stored(db) == before


def test_reading_stops_when_cancelled(db, people):
    with pytest.raises(UserError, match="stopped"):
        people.read_roster(ROSTER.encode(), cancelled=lambda: True)


def test_managers_are_linked_in_chains_listed_bottom_up_and_circles_are_refused(db, people, monkeypatch):
    from shadowdesk.services import roster_import

    monkeypatch.setattr(roster_import, "MAX_MANAGER_LEVELS", 2)  # the deep chain falls back to linking after
    chain = [f"p{n}@x.com" for n in range(5)]  # p0 reports to p1 ... p3 reports to p4; listed bottom-up
    rows = [f"Person {n},{email},{chain[n + 1] if n < 4 else ''}" for n, email in enumerate(chain)]
    summary = import_text(people, "Name,Email,Manager Email\n" + "\n".join(rows) + "\n")
    assert summary.written and summary.added == 5
    managers = {row[1]: row[-1] for row in stored(db)}
    assert managers == {"p0@x.com": "p1@x.com", "p1@x.com": "p2@x.com", "p2@x.com": "p3@x.com",
                        "p3@x.com": "p4@x.com", "p4@x.com": None}
    # Each other's manager, and a circle closed through a stored person (p4, whom p3 reports to).
    circles = import_text(people, "Name,Email,Manager Email\nAnn,ann@x.com,bob@x.com\nBob,bob@x.com,ann@x.com\n"
                                  "Person 4,p4@x.com,p0@x.com\n")
    assert not circles.written and [p.line for p in circles.problems] == [2, 3, 4]
    assert "circle" in circles.problems[2].message and stored(db) == sorted(
        # No zone and no location in the file: the zone stays unknown ("").
        (f"Person {n}", email, "", "", "", "", True, managers[email]) for n, email in enumerate(chain))


def test_a_manager_given_by_name_is_found_among_the_stored_people(db, people):
    people.add_person(PersonInput("Boss Person", "boss@x.com"))
    summary = import_text(people, "Name,Email,Supervisor\nAnna,anna@x.com,Boss Person\n")
    assert summary.written
    assert {row[1]: row[-1] for row in stored(db)}["anna@x.com"] == "boss@x.com"


def test_manager_must_exist_in_the_file_or_the_database(db, people):
    summary = import_text(people, "Name,Email,Manager Email\nAnna,anna@x.com,ghost@x.com\n")
    assert [str(p) for p in summary.problems] == [
        "line 2: manager ghost@x.com is neither in the file nor among the people"]
    people.add_person(PersonInput("Ghost", "Ghost@x.com"))
    assert import_text(people, "Name,Email,Manager Email\nAnna,anna@x.com,ghost@x.com\n").written


def test_export_then_import_gives_back_the_same_people(db, people, tmp_path):
    import_text(people, ROSTER)
    tricky = people.add_person(PersonInput("=1+2", "formula@x.com", "-Ops", "@lead", "+Remote", "Asia/Tokyo",
                                           "anna@x.com"))
    people.set_active(tricky, False)
    before = stored(db)
    path = tmp_path / "roster.csv"
    assert people.export_roster(path) == 4
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert import_text(people, path.read_bytes()).unchanged == 4
    with db.transaction() as session:
        for person in session.scalars(select(Person)):
            session.delete(person)
    summary = import_text(people, path.read_bytes())
    assert (summary.added, summary.problems) == (4, ())
    assert stored(db) == before


def test_list_and_search_return_plain_rows(db, people):
    import_text(people, ROSTER)
    anna = people.list_people("nowak")[0]
    assert type(anna) is tuple and anna[1:] == ("Anna Nowak", "anna@x.com", "Sales", "Account Executive",
                                                "Kraków", True)
    assert [row[1] for row in people.list_people()] == ["Anna Nowak", "Boss Person", "Chen Li, Jr."]
    assert [row[1] for row in people.list_people("berlin project")] == ["Chen Li, Jr."]
    assert [row[1] for row in people.list_people(department="Management")] == ["Boss Person"]
    assert people.list_people("100%") == [] and people.list_people("_") == []
    people.set_active(anna[0], False)
    assert [row[1] for row in people.list_people(active=False)] == ["Anna Nowak"]
    assert people.departments() == ["Management", "Project Management", "Sales"]


def test_add_and_edit_refuse_an_email_taken_in_another_case(db, people):
    anna = people.add_person(PersonInput(" Anna  Nowak ", "anna@x.com", time_zone="europe/warsaw"))
    detail = people.get_person(anna)
    assert (detail.full_name, detail.time_zone) == ("Anna Nowak", "Europe/Warsaw")
    with pytest.raises(UserError, match="already the email of Anna Nowak"):
        people.add_person(PersonInput("Other", "ANNA@x.com"))
    bob = people.add_person(PersonInput("Bob", "bob@x.com"))
    with pytest.raises(UserError, match="already the email of Anna Nowak"):
        people.edit_person(bob, PersonInput("Bob", "Anna@X.com"), people.get_person(bob).version)
    for bad, message in ((PersonInput("", "c@x.com"), "name"), (PersonInput("C", "c@"), "email"),
                         (PersonInput("C", "c@x.com", time_zone="Moon"), "time zone"),
                         (PersonInput("C", "c@x.com", manager_email="nobody@x.com"), "add the manager")):
        with pytest.raises(UserError, match=message):
            people.add_person(bad)


def test_editing_a_stale_copy_is_refused(db, people):
    anna = people.add_person(PersonInput("Anna", "anna@x.com"))
    opened = people.get_person(anna)
    people.edit_person(anna, PersonInput("Anna N.", "anna@x.com"), opened.version)
    with pytest.raises(StaleRecord, match="changed by someone else"):
        people.edit_person(anna, PersonInput("Anna Old", "anna@x.com"), opened.version)
    assert people.get_person(anna).full_name == "Anna N."


def test_detail_counts_programs_pairs_sessions_and_reflections(db, people):
    anna = people.add_person(PersonInput("Anna", "anna@x.com", "Sales"))
    piotr = people.add_person(PersonInput("Piotr", "piotr@x.com", "Project Management"))
    now = datetime(2025, 3, 3, 9, tzinfo=UTC)
    with db.transaction() as session:
        program = Program(name="Spring swap", start_date=date(2025, 3, 1), end_date=date(2025, 6, 1))
        session.add(program)
        session.flush()
        session.add_all([Enrollment(program_id=program.id, person_id=anna, side=Side.A),
                         Enrollment(program_id=program.id, person_id=piotr, side=Side.B)])
        pair = Pairing(program_id=program.id, person_a_id=anna, person_b_id=piotr,
                       status=PairingStatus.CONFIRMED, round=1)
        session.add(pair)
        session.flush()
        shadows = [ShadowSession(uid=f"s{n}@t", kind=SessionKind.PROJECT_SHADOW, program_id=program.id,
                                 pairing_id=pair.id, host_id=piotr, starts_at=now + timedelta(days=n),
                                 ends_at=now + timedelta(days=n, hours=2), status=status)
                   for n, status in enumerate([SessionStatus.COMPLETED, SessionStatus.COMPLETED,
                                               SessionStatus.PLANNED])]
        for shadow in shadows:
            shadow.guests.append(session.get(Person, anna))
        session.add_all(shadows)
        session.flush()
        session.add(Reflection(session_id=shadows[0].id, author_id=anna, status=ReflectionStatus.SUBMITTED))
    detail = people.get_person(anna)
    assert [(p.program, p.side_department) for p in detail.programs] == [("Spring swap", "Sales")]
    assert [(p.partner, p.status, p.round) for p in detail.pairs] == [("Piotr", "confirmed", 1)]
    assert (detail.sessions, detail.sessions_completed) == (3, 2)
    assert (detail.reflections_submitted, detail.reflections_owed) == (1, 1)
    assert [p.partner for p in people.get_person(piotr).pairs] == ["Anna"]


HEADERS = ["Name", "E-mail", "Dept", "TZ", "Manager Email", "Active", "Notes"]
fuzzed_cell = st.one_of(
    st.sampled_from(["anna@x.com", "ANNA@x.com", "new@x.com", "bad@", "", "Europe/Paris", "Nowhere/X",
                     "yes", "no", "=1+1", "a,b", 'q"uote', "line\nbreak", "x" * 250]),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=8),
)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(header=st.permutations(HEADERS),
       rows=st.lists(st.lists(fuzzed_cell, min_size=0, max_size=8), max_size=5),
       delimiter=st.sampled_from([",", ";", "\t"]),
       encoding=st.sampled_from(["utf-8-sig", "utf-16", "cp1252"]))
def test_fuzzed_rosters_import_fully_or_not_at_all(db, people, header, rows, delimiter, encoding):
    import csv
    import io

    if not stored(db):
        people.add_person(PersonInput("Anna", "anna@x.com", "Sales"))
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows([header, *rows])
    try:
        data = buffer.getvalue().encode(encoding)
    except UnicodeEncodeError:
        return
    before = stored(db)
    try:
        parsed = people.read_roster(data)
    except UserError:
        return
    summary = people.import_roster(parsed)
    after = stored(db)
    if not summary.written:
        assert summary.problems and after == before
    else:
        emails = {row[1].lower() for row in after}
        assert {entry.email.lower() for entry in parsed.entries} <= emails
        assert {row[1].lower() for row in before} <= emails  # nobody deleted
        assert len(after) == len(before) + summary.added


# --- what the import writes, and what it leaves alone ------------------------------------------------

def test_an_id_column_does_not_become_the_names(db, people):
    summary = import_text(people, "Employee #,First Name,Last Name,Work Email\r\n1001,Anna,Nowak,anna@x.com\r\n")
    assert summary.written and [row[:2] for row in stored(db)] == [("Anna Nowak", "anna@x.com")]


def test_a_colleagues_edit_of_a_field_the_file_lacks_survives_the_import(db, people):
    import_text(people, ROSTER)
    anna = next(row[0] for row in people.list_people("anna@x.com"))
    parsed = people.read_roster(b"Name,Email,Department\nAnna Nowak,anna@x.com,Key Accounts\n")
    opened = people.get_person(anna)
    # Meanwhile a colleague moves Anna to another office and gives her another title.
    people.edit_person(anna, replace(opened.as_input(), location="Warsaw", job_title="Team Lead"), opened.version)
    summary = people.import_roster(parsed)  # checked before the colleague's edit, which it does not touch
    assert summary.written and summary.updated == 1
    detail = people.get_person(anna)
    assert (detail.department, detail.location, detail.job_title) == ("Key Accounts", "Warsaw", "Team Lead")
    assert parsed.seen["anna@x.com"].version_id == opened.version


def test_a_person_changed_since_the_roster_was_checked_is_not_overwritten(db, people):
    import_text(people, ROSTER)
    anna = next(row[0] for row in people.list_people("anna@x.com"))
    parsed = people.read_roster(b"Name,Email,Department\nAnna Nowak,anna@x.com,Sales\nNew One,new@x.com,Sales\n")
    opened = people.get_person(anna)
    people.edit_person(anna, replace(opened.as_input(), department="Key Accounts"), opened.version)
    before = stored(db)
    summary = people.import_roster(parsed)
    assert not summary.written and summary.problems == ()
    assert [str(p) for p in summary.changed_meanwhile] == [
        "line 2: someone else changed the department of Anna Nowak (anna@x.com) since the roster was checked"]
    assert stored(db) == before  # her new department stays, and nobody was added
    # The roster as checked again: importing it now is a decision made on the current data.
    again = people.import_roster(summary.checked)
    assert again.written and (again.added, again.updated) == (1, 1)
    assert people.get_person(anna).department == "Sales"


def test_names_and_labels_are_cleaned_on_the_way_in(db, people):
    first = people.add_person(PersonInput("Anna\x1b[2J \u202eNowak\x07", "anna@x.com", "Sales\u200b"))
    import_text(people, "Name,Email,Department\nBob\u200b Smith,bob@x.com,Sales\u200b\n")
    assert people.departments() == ["Sales"]
    assert people.get_person(first).full_name == "Anna[2J Nowak"
    people.edit_person(first, PersonInput("Anna\x00 Nowak", "anna@x.com", "\u2066Sales"),
                       people.get_person(first).version)
    assert (people.get_person(first).full_name, people.departments()) == ("Anna Nowak", ["Sales"])


# --- the forgiving, honest import: spreadsheets, skipped rows, status values, zones, what changes ---------

def xlsx(rows: list[list[object]], sheets: dict[str, list[list[object]]] | None = None) -> bytes:
    import io

    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.title = "Staff"
    for row in rows:
        workbook.active.append(row)
    for name, other in (sheets or {}).items():
        sheet = workbook.create_sheet(name)
        for row in other:
            sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_a_spreadsheet_roster_imports_as_its_cells_read(db, people):
    data = xlsx([["Employee #", "Name", "Work Email", "Hire Date", "Status"],
                 [1001, "Anna Nowak", "anna@x.com", date(2020, 1, 5), "Active"],
                 [1002.0, "Bob Smith", "bob@x.com", datetime(2021, 3, 1), "Terminated"]],
                {"Contractors": [["Name", "Email"], ["Cy Lee", "cy@x.com"]]})
    summary = people.import_roster(people.read_roster(data))
    assert summary.written and summary.added == 2
    assert [(row[0], row[1], row[6]) for row in stored(db)] == [("Anna Nowak", "anna@x.com", True),
                                                                ("Bob Smith", "bob@x.com", False)]
    other = people.import_roster(people.read_roster(data, sheet="contractors"))
    assert other.added == 1 and {row[1] for row in stored(db)} == {"anna@x.com", "bob@x.com", "cy@x.com"}
    with pytest.raises(UserError, match="no sheet 'Payroll'; its sheets are: Staff, Contractors"):
        people.read_roster(data, sheet="Payroll")


def test_skip_invalid_imports_the_good_rows_and_writes_the_bad_ones_beside_the_roster(db, people, tmp_path):
    text = ("Name,Email,Manager Email\nAnna,anna@x.com,\nBad Mail,not-an-email,\n"
            "Bob,bob@x.com,boss@x.com\nBoss,boss@x.com,no@x.com\n")  # Boss's manager is unknown: Bob loses his
    parsed = people.read_roster(text.encode())
    refused = people.import_roster(parsed)
    assert not refused.written and stored(db) == []  # the default stays all or nothing
    summary = people.import_roster(parsed, skip_invalid=True)
    assert summary.written and summary.added == 1 and [row[1] for row in stored(db)] == ["anna@x.com"]
    assert [(problem.line, problem.message) for problem in summary.skipped] == [
        (3, "'not-an-email' is not a valid email address"),
        (4, "manager boss@x.com is neither in the file nor among the people"),
        (5, "manager no@x.com is neither in the file nor among the people")]
    path = people.write_skipped_rows(tmp_path / "roster.csv", summary)
    assert path == tmp_path / "roster.skipped.csv"
    assert path.read_text("utf-8-sig").splitlines() == [
        "Line,Problems,Name,Email,Manager Email",
        "3,'not-an-email' is not a valid email address,Bad Mail,not-an-email,",
        "4,manager boss@x.com is neither in the file nor among the people,Bob,bob@x.com,boss@x.com",
        "5,manager no@x.com is neither in the file nor among the people,Boss,boss@x.com,no@x.com"]


def test_status_values_are_read_as_hr_systems_mean_them_and_the_user_can_say_otherwise(db, people):
    from shadowdesk.services.people import RosterChoices

    text = ("Name,Email,Employee Status\nAnna,anna@x.com,On leave\nBob,bob@x.com,Terminated\n"
            "Cy,cy@x.com,Contractor\nDee,dee@x.com,on  LEAVE\n")
    parsed = people.read_roster(text.encode())
    assert [(v.text, v.rows, v.active) for v in parsed.status_values] == [
        ("On leave", 2, True), ("Contractor", 1, None), ("Terminated", 1, False)]
    assert [str(p) for p in people.import_roster(parsed, dry_run=True).problems] == [
        "line 4: the status 'Contractor' is neither active nor inactive as far as ShadowDesk knows; say which "
        "it means"]
    chosen = people.read_roster(text.encode(), choices=RosterChoices(status={"contractor": False,
                                                                              "terminated": True}))
    assert [(v.text, v.active, v.chosen) for v in chosen.status_values][1:] == [("Contractor", False, True),
                                                                               ("Terminated", True, True)]
    assert people.import_roster(chosen).written
    assert {row[1]: row[6] for row in stored(db)} == {"anna@x.com": True, "bob@x.com": True, "cy@x.com": False,
                                                      "dee@x.com": True}


def test_without_a_zone_column_people_get_their_offices_zone_or_none_never_a_silent_utc(db, people):
    from shadowdesk.services.people import RosterChoices

    text = ("Name,Email,Office\nAnna,anna@x.com,Kraków\nBob,bob@x.com,New York\nCy,cy@x.com,Remote\n"
            "Dee,dee@x.com,krakow\n")
    parsed = people.read_roster(text.encode())
    assert [(z.location, z.rows, z.zone, z.guessed) for z in parsed.location_zones] == [
        ("krakow", 1, "Europe/Warsaw", True), ("Kraków", 1, "Europe/Warsaw", True),
        ("New York", 1, "America/New_York", True), ("Remote", 1, "", False)]
    assert people.import_roster(parsed).written
    assert {row[1]: row[5] for row in stored(db)} == {"anna@x.com": "Europe/Warsaw", "bob@x.com": "America/New_York",
                                                      "cy@x.com": "", "dee@x.com": "Europe/Warsaw"}
    # A re-import with a zone for Remote fills the unknown zone and leaves the known ones alone.
    again = people.read_roster(text.replace("New York", "Berlin").encode(),
                               choices=RosterChoices(zones={"remote": "Europe/Lisbon"}))
    summary = people.import_roster(again)
    assert {row[1]: row[5] for row in stored(db)} == {"anna@x.com": "Europe/Warsaw", "bob@x.com": "America/New_York",
                                                      "cy@x.com": "Europe/Lisbon", "dee@x.com": "Europe/Warsaw"}
    assert summary.updated == 2


def test_a_reimport_shows_what_changes_per_person_before_it_writes(db, people):
    import_text(people, "Name,Email,Department,Manager Email,Active\nAnna,anna@x.com,Sales,,yes\n"
                        "Boss,boss@x.com,Management,,yes\nCy,cy@x.com,Sales,,yes\n")
    before = stored(db)
    dry = import_text(people, "Name,Email,Department,Manager Email,Active\nAnna Nowak,anna@x.com,Key Accounts,"
                              "boss@x.com,yes\nBoss,boss@x.com,Management,,yes\nCy,cy@x.com,Sales,,no\n",
                      dry_run=True)
    assert stored(db) == before and not dry.written
    assert [(c.line, c.name, [(f.field, f.old, f.new) for f in c.changes]) for c in dry.changes] == [
        (2, "Anna", [("full_name", "Anna", "Anna Nowak"), ("department", "Sales", "Key Accounts"),
                     ("manager_email", "", "boss@x.com")]),
        (4, "Cy", [("active", "yes", "no")])]
