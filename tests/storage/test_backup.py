"""Backups: consistent while the app writes, rolling retention, restore with a safety copy, checks."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from shadowdesk.model import Person, Program
from shadowdesk.services.errors import UserError
from shadowdesk.services.maintenance import MaintenanceService
from shadowdesk.settings import SettingsStore
from shadowdesk.storage import DatabaseInUse, open_database
from shadowdesk.storage.backup import BackupFile, backup_sqlite, backups_to_prune, list_backups
from shadowdesk.storage.integrity import check_file
from tests.damaged_files import damage_an_index_page

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


@pytest.fixture
def settings(app_paths) -> SettingsStore:
    return SettingsStore(app_paths.config / "settings.json")


@pytest.fixture
def maintenance(sqlite_db, app_paths, settings) -> MaintenanceService:
    return MaintenanceService.on_database(sqlite_db, app_paths.backups, settings)


def _add_people(database, *names: str) -> None:
    with database.transaction() as s:
        s.add_all(Person(full_name=name, email=f"{name.split()[0].lower()}@example.com") for name in names)


def _names(database) -> list[str]:
    with database.session() as s:
        return sorted(s.scalars(select(Person.full_name)))


def test_a_backup_taken_while_the_app_writes_restores_to_a_sound_database(sqlite_db, app_paths, tmp_path):
    stop = threading.Event()
    written = []

    def keep_writing() -> None:
        while not stop.is_set():
            with sqlite_db.transaction() as s:
                s.add(Person(full_name="Writer", email=f"w{len(written)}@example.com"))
            written.append(1)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        while len(written) < 20:
            stop.wait(0.005)
        backups = [backup_sqlite(sqlite_db.sqlite_file, app_paths.backups, "manual") for _ in range(3)]
    finally:
        stop.set()
        writer.join()
    for backup in backups:
        assert check_file(backup).ok
        target = tmp_path / f"restored-{backup.name}"
        restored = MaintenanceService(
            f"sqlite:///{target}", tmp_path / "b", SettingsStore(tmp_path / "s.json")
        )
        restored.restore(backup)
        assert check_file(target).ok
        with sqlite3.connect(target) as connection:
            assert 20 <= connection.execute("SELECT count(*) FROM person").fetchone()[0] <= len(written)


def _backup(day: datetime, label: str = "daily") -> BackupFile:
    return BackupFile(Path(f"{day:%Y%m%d%H%M}-{label}"), day, label)


def test_retention_keeps_the_last_7_days_and_4_weeks_and_never_manual_or_safety_copies():
    daily = [_backup(NOW - timedelta(days=n)) for n in range(60)]
    kept_forever = [
        _backup(NOW - timedelta(days=90), "manual"),
        _backup(NOW - timedelta(days=200), "before-upgrade-from-0001"),
        _backup(NOW - timedelta(days=100), "before-restore"),
    ]

    pruned = backups_to_prune(daily + kept_forever, keep_daily=7, keep_weekly=4)

    kept = sorted({b.taken_at for b in daily} - {b.taken_at for b in pruned}, reverse=True)
    assert kept[:7] == [NOW - timedelta(days=n) for n in range(7)]
    # Weekly: the newest copy of each of the 4 newest ISO weeks. 2026-11-25 is a Wednesday, so this week's
    # and last week's (Sunday the 22nd) are among the daily ones; the two weeks before add their Sundays.
    assert kept[7:] == [datetime(2026, 11, 15, 9, tzinfo=UTC), datetime(2026, 11, 8, 9, tzinfo=UTC)]
    assert not set(kept_forever) & set(pruned)


def test_the_daily_backup_is_made_once_a_day_and_pruned_by_the_settings(
    sqlite_db, maintenance, settings, app_paths
):
    assert maintenance.backup_if_due(NOW) is None  # an empty database is not backed up
    _add_people(sqlite_db, "Anna Nowak")
    settings.set("backup_keep_daily", 2)
    settings.set("backup_keep_weekly", 0)

    made = [
        maintenance.backup_if_due(NOW + timedelta(days=day, hours=hour))
        for day in range(4)
        for hour in (0, 5)
    ]

    assert [m is not None for m in made] == [True, False] * 4
    assert all(m.automatic and m.label == "daily" for m in made if m)
    left = [b.taken_at for b in list_backups(app_paths.backups)]
    assert left == [NOW + timedelta(days=3), NOW + timedelta(days=2)]


def test_the_app_backs_up_at_start_when_the_last_backup_is_a_day_old(app_paths):
    from shadowdesk.app import AppContext

    first = AppContext(app_paths)
    _add_people(first.services.database, "Anna Nowak")
    first.close()
    assert list_backups(app_paths.backups) == []  # it was empty at start

    for _ in range(2):  # two starts on one day: one backup
        context = AppContext(app_paths)
        assert context.services.database.sqlite_file == app_paths.database_file
        context.close()

    backups = list_backups(app_paths.backups)
    assert [b.label for b in backups] == ["daily"]
    assert sqlite3.connect(backups[0].path).execute("SELECT full_name FROM person").fetchall() == [
        ("Anna Nowak",)
    ]


def test_restore_brings_back_the_backup_and_keeps_what_was_there_as_a_safety_copy(sqlite_db, maintenance):
    _add_people(sqlite_db, "Anna Nowak")
    backup = maintenance.backup_now()
    _add_people(sqlite_db, "Ben Okafor")

    result = maintenance.restore(backup.path)

    assert _names(sqlite_db) == ["Anna Nowak"]  # the open database reconnects to the restored file
    assert result.safety_backup is not None and "before-restore" in result.safety_backup.name
    with sqlite3.connect(result.safety_backup) as safety:
        assert sorted(r[0] for r in safety.execute("SELECT full_name FROM person")) == [
            "Anna Nowak",
            "Ben Okafor",
        ]
    assert backup.label == "manual" and backup.path.exists()
    _add_people(sqlite_db, "Carla Ruiz")  # and keeps working
    assert _names(sqlite_db) == ["Anna Nowak", "Carla Ruiz"]


def _damaged_copy(source: Path, target: Path) -> Path:
    data = bytearray(source.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(2, len(data) // page_size):  # every page but the first: the header stays valid
        data[page * page_size + 8 : page * page_size + 200] = b"\xa5" * 192
    target.write_bytes(bytes(data))
    return target


@pytest.mark.parametrize("kind", ["text file", "other program", "damaged"])
def test_restore_refuses_a_file_that_is_not_a_sound_shadowdesk_database(
    sqlite_db, maintenance, app_paths, tmp_path, kind
):
    _add_people(sqlite_db, "Anna Nowak")
    if kind == "text file":
        source = tmp_path / "notes.txt"
        source.write_text("not a database")
    elif kind == "other program":
        source = tmp_path / "other.db"
        with sqlite3.connect(source) as other:
            other.execute("CREATE TABLE songs (title TEXT)")
    else:
        source = _damaged_copy(maintenance.backup_now().path, tmp_path / "damaged.sqlite3")
    before = list_backups(app_paths.backups)

    with pytest.raises(UserError, match="not a ShadowDesk database|damaged|cannot be read"):
        maintenance.restore(source)

    assert _names(sqlite_db) == ["Anna Nowak"]
    assert list_backups(app_paths.backups) == before


def test_restore_refuses_while_another_program_has_the_database_open(sqlite_db, maintenance):
    _add_people(sqlite_db, "Anna Nowak")
    backup = maintenance.backup_now()
    _add_people(sqlite_db, "Ben Okafor")
    other_window = open_database(f"sqlite:///{sqlite_db.sqlite_file}")
    with other_window.session() as s:
        s.scalar(select(func.count()).select_from(Person))
        with pytest.raises(UserError, match="open in another ShadowDesk window") as refused:
            maintenance.restore(backup.path)
    assert isinstance(refused.value.__cause__, DatabaseInUse)
    other_window.dispose()
    assert _names(sqlite_db) == ["Anna Nowak", "Ben Okafor"]


def test_check_finds_nothing_in_a_sound_database_and_names_what_is_wrong_otherwise(
    sqlite_db, maintenance, tmp_path
):
    _add_people(sqlite_db, "Anna Nowak")
    assert maintenance.check().ok

    with sqlite3.connect(sqlite_db.sqlite_file) as raw:  # foreign keys are off in a bare connection
        raw.execute(
            "INSERT INTO enrollment (program_id, person_id, side, capacity, enrolled_at) "
            "VALUES (99, 1, 'a', 1, '2026-01-01')"
        )
    result = maintenance.check()
    assert not result.ok
    assert result.problems == ("Row 1 of enrollment points to a missing row of program",)
    assert "Restore a recent backup" in result.summary

    damaged = _damaged_copy(maintenance.backup_now().path, tmp_path / "damaged.sqlite3")
    assert not check_file(damaged).ok


def test_restore_of_a_file_that_is_the_database_itself_is_refused(sqlite_db, maintenance):
    with pytest.raises(UserError, match="database itself"):
        maintenance.restore(sqlite_db.sqlite_file)


def test_on_postgresql_the_backup_commands_explain_and_write_nothing(db, database_url, app_paths, settings):
    service = MaintenanceService.on_database(db, app_paths.backups, settings)
    if db.is_sqlite:
        _add_people(db, "Anna Nowak")
        assert service.backup_now().path.exists()
        return
    with db.transaction() as s:
        s.add(Program(name="Spring", start_date=date(2026, 3, 1), end_date=date(2026, 6, 30)))
    for attempt in (service.backup_now, service.list_backups, lambda: service.restore(app_paths.data / "x")):
        with pytest.raises(UserError, match="backups are the server's job.*pg_dump.*wrote nothing"):
            attempt()
    assert service.backup_if_due(NOW) is None
    assert list(app_paths.backups.iterdir()) == []
    assert service.check().ok


def test_a_damaged_database_is_only_read_after_a_check_and_its_backup_says_so(app_paths, settings):
    from shadowdesk.storage import DatabaseError

    database = open_database(app_paths.sqlite_url(), app_paths.backups)
    _add_people(database, "Anna Nowak", "Ben Okafor")
    good = MaintenanceService.on_database(database, app_paths.backups, settings).backup_now()
    database.dispose()
    damage_an_index_page(app_paths.database_file)
    service = MaintenanceService(app_paths.sqlite_url(), app_paths.backups, settings)
    assert not service.check().ok

    reopened = open_database(app_paths.sqlite_url(), app_paths.backups)
    with pytest.raises(DatabaseError, match="damaged.*Restore a good backup"):
        with reopened.transaction() as s:
            s.add(Program(name="Spring", start_date=date(2026, 3, 1), end_date=date(2026, 6, 30)))
    reopened.dispose()
    with pytest.raises(DatabaseError, match="is damaged.*kept as .*-manual-damaged.sqlite3"):
        service.backup_now()

    service.restore(good.path)  # the way out: a good backup, after which writes are taken again
    healed = open_database(app_paths.sqlite_url(), app_paths.backups)
    assert _names(healed) == ["Anna Nowak", "Ben Okafor"]
    _add_people(healed, "Carla Diaz")
    healed.dispose()


def test_restore_into_a_symlinked_database_restores_its_target_and_keeps_the_link(tmp_path, settings):
    real = tmp_path / "real"
    data = tmp_path / "linked"
    real.mkdir()
    data.mkdir()
    target = real / "shadowdesk.sqlite3"
    (data / "shadowdesk.sqlite3").symlink_to(target)
    database = open_database(f"sqlite:///{data / 'shadowdesk.sqlite3'}", tmp_path / "backups")
    _add_people(database, "Anna Nowak")
    service = MaintenanceService.on_database(database, tmp_path / "backups", settings)
    made = service.backup_now()
    _add_people(database, "Ben Okafor")
    service.restore(made.path)
    assert (data / "shadowdesk.sqlite3").is_symlink()
    again = open_database(f"sqlite:///{target}", tmp_path / "backups")
    assert _names(again) == ["Anna Nowak"]
    again.dispose()
