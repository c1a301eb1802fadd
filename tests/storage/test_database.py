"""Opening databases by URL, file permissions, schema migrations and their backups, clear errors."""

from __future__ import annotations

import multiprocessing
import multiprocessing.synchronize
import sqlite3
import stat
from pathlib import Path

import peewee
import psycopg
import pytest

from simulator.domain import StorageError
from simulator.storage import Storage, default_database_path, open_database, upgrade
from simulator.storage.database import redact
from simulator.storage.migrations import LATEST_VERSION, migrate, schema_version
from simulator.storage.models import TABLES, EffectiveTurn


def raw_database(url: str) -> peewee.Database:
    """A bare peewee connection to `url`, to put the database in a state the app would not."""
    if url.startswith("sqlite:///"):
        return peewee.SqliteDatabase(url.removeprefix("sqlite:///"))
    return peewee.PostgresqlDatabase(url, prefer_psycopg3=True)


def sqlite_path(url: str) -> Path | None:
    return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None


def test_a_new_database_gets_the_latest_schema(db: Storage) -> None:
    assert db.schema_version() == LATEST_VERSION


def test_upgrading_a_current_database_changes_nothing(db: Storage, database_url: str) -> None:
    db.close()
    report = upgrade(database_url)
    assert (report.version_before, report.version_after, report.backup) == (LATEST_VERSION, LATEST_VERSION, None)


def test_the_models_match_the_migrated_schema(db: Storage) -> None:
    database = db.connection.database
    for model in TABLES:
        stored = {column.name for column in database.get_columns(model._meta.table_name)}
        assert stored == set(model._meta.columns), model.__name__
    cursor = database.execute_sql("SELECT * FROM effective_turn WHERE 1 = 0")
    assert {column[0] for column in cursor.description} == set(EffectiveTurn._meta.columns)


def test_migrating_an_old_database_keeps_its_data_and_backs_up_an_sqlite_file(database_url: str) -> None:
    database = raw_database(database_url)
    migrate(database, None, "the test database", target=1)
    database.execute_sql("INSERT INTO app_user (name, role, created_at) VALUES ('Ana', 'trainee', '2025-01-01')")
    database.close()

    report = upgrade(database_url)

    assert (report.version_before, report.version_after) == (1, LATEST_VERSION)
    with open_database(database_url) as storage:
        assert [user.name for user in storage.users.list_users()] == ["Ana"]
        assert storage.schema_version() == LATEST_VERSION
    path = sqlite_path(database_url)
    if path is None:
        assert report.backup is None
        return
    backup = path.with_name(path.name + ".bak-v1")
    assert report.backup == backup
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT MAX(version) FROM schema_version").fetchone() == (1,)
        assert copy.execute("SELECT name FROM app_user").fetchall() == [("Ana",)]


def test_opening_migrates_too(database_url: str) -> None:
    database = raw_database(database_url)
    migrate(database, None, "the test database", target=1)
    database.close()
    with open_database(database_url) as storage:
        assert storage.schema_version() == LATEST_VERSION
    if (path := sqlite_path(database_url)) is not None:
        assert path.with_name(path.name + ".bak-v1").exists()


def test_a_database_newer_than_the_app_is_refused(db: Storage, database_url: str) -> None:
    database = db.connection.database
    database.execute_sql("INSERT INTO schema_version (version, applied_at) VALUES (99, '2030-01-01')")
    db.close()
    with pytest.raises(StorageError, match="schema version 99, newer than this version of the app"):
        open_database(database_url)
    with pytest.raises(StorageError, match="newer"):
        upgrade(database_url)


def test_only_one_database_is_open_at_a_time(db: Storage, database_url: str) -> None:
    with pytest.raises(StorageError, match="already open"):
        open_database(database_url)
    db.close()
    open_database(database_url).close()


def test_a_lost_postgres_connection_is_replaced(db: Storage, database_url: str) -> None:
    if sqlite_path(database_url) is not None:
        pytest.skip("SQLite has no server connection to lose")
    database = db.connection.database
    [(backend,)] = database.execute_sql("SELECT pg_backend_pid()").fetchall()
    with psycopg.connect(database_url, autocommit=True) as admin:  # as a server restart would
        admin.execute("SELECT pg_terminate_backend(%s)", (backend,))
    assert db.users.create("Ana").name == "Ana"
    assert database.execute_sql("SELECT pg_backend_pid()").fetchall() != [(backend,)]


def test_an_sqlite_file_is_created_private_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "progress.sqlite3"
    with open_database(f"sqlite:///{path}") as storage:
        storage.users.create("Ana")
        database = storage.connection.database
        assert database.execute_sql("PRAGMA journal_mode").fetchone() == ("wal",)
        assert database.execute_sql("PRAGMA foreign_keys").fetchone() == (1,)
        assert database.execute_sql("PRAGMA busy_timeout").fetchone() == (10_000,)
        assert database.execute_sql("PRAGMA synchronous").fetchone() == (1,)  # normal
        for file in (path, path.with_name(path.name + "-wal")):
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, file


def _open_and_close(url: str, start: multiprocessing.synchronize.Barrier) -> None:
    start.wait()
    open_database(url).close()


def test_processes_creating_the_same_sqlite_file_at_once_all_open_it(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    for round_number in range(3):
        url = f"sqlite:///{tmp_path / f'shared-{round_number}.db'}"
        start = context.Barrier(4)
        processes = [context.Process(target=_open_and_close, args=(url, start)) for _ in range(4)]
        for process in processes:
            process.start()
        for process in processes:
            process.join(timeout=120)
        assert [process.exitcode for process in processes] == [0, 0, 0, 0]
        assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith(f".shared-{round_number}")) == []


def test_the_default_database_lives_in_the_user_data_directory(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    expected = tmp_path / "agent-training-simulator" / "progress.sqlite3"
    assert default_database_path() == expected
    with open_database(None) as storage:
        assert storage.path == expected
    assert stat.S_IMODE(expected.stat().st_mode) == 0o600


@pytest.mark.parametrize(("url", "message"), [
    ("mysql://root@localhost/db", "unsupported database URL"),
    ("sqlite:///", "names no file"),
    ("postgresql://nobody:secret@127.0.0.1:1/nothing", "cannot reach the PostgreSQL server"),
])
def test_bad_urls_say_what_is_wrong(url: str, message: str) -> None:
    with pytest.raises(StorageError, match=message) as error:
        open_database(url)
    assert "secret" not in str(error.value)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("these are not the tables you are looking for\n" * 100)
    with pytest.raises(StorageError, match="cannot open the database file"):
        open_database(f"sqlite:///{path}")


def test_a_folder_that_cannot_be_created_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(StorageError, match="cannot create the database file"):
        open_database(f"sqlite:///{blocker}/progress.sqlite3")


def test_passwords_are_kept_out_of_messages() -> None:
    assert redact("postgresql://ana:s3cret@db.example:5432/sim") == "postgresql://ana:***@db.example:5432/sim"
    assert redact("postgresql://ana@db.example/sim") == "postgresql://ana@db.example/sim"


def test_a_new_sqlite_file_needs_no_backup(tmp_path: Path) -> None:
    database = peewee.SqliteDatabase(str(tmp_path / "progress.sqlite3"))
    assert schema_version(database) == 0
    database.close()
    open_database(f"sqlite:///{tmp_path}/progress.sqlite3").close()
    assert sorted(path.name for path in tmp_path.glob("*.bak-*")) == []


def test_a_busy_database_is_retried_and_other_errors_are_reported(db: Storage) -> None:
    attempts: list[int] = []

    def busy_once() -> str:
        attempts.append(1)
        if len(attempts) == 1:
            raise peewee.OperationalError("database is locked")
        return "written"

    assert db.connection.write(busy_once) == "written"
    assert len(attempts) == 2

    def broken() -> None:
        raise peewee.OperationalError("no such table: nothing")

    with pytest.raises(StorageError, match="cannot use the database .*no such table"):
        db.connection.write(broken)
