"""Opening a database by URL: the default SQLite file, `sqlite:///PATH` or `postgresql://USER@HOST:PORT/DB`.

Opening connects, checks the schema version and applies pending migrations. One database is open per process
at a time: the models are bound to it.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from urllib.parse import urlsplit, urlunsplit

import peewee
import platformdirs

from simulator.domain import StorageError
from simulator.storage.badges import Badges
from simulator.storage.connection import Connection
from simulator.storage.exports import Exports
from simulator.storage.migrations import LATEST_VERSION, backup_path, migrate, schema_version
from simulator.storage.models import MODELS
from simulator.storage.progress import Progress
from simulator.storage.reviews import Reviews
from simulator.storage.scenarios import Scenarios
from simulator.storage.sessions import Sessions
from simulator.storage.times import WallClock, system_clock
from simulator.storage.users import Users

logger = logging.getLogger(__name__)

APP_NAME = "agent-training-simulator"
DEFAULT_FILE_NAME = "progress.sqlite3"
URL_HELP = "use sqlite:///PATH or postgresql://USER@HOST:PORT/DATABASE"

# busy_timeout first: it applies to the statements that follow, including the switch to WAL.
SQLITE_PRAGMAS = (("busy_timeout", 10_000), ("journal_mode", "wal"), ("foreign_keys", 1),
                  ("synchronous", "normal"))
SQLITE_TIMEOUT_SECONDS = 10
POSTGRES_CONNECT_TIMEOUT_SECONDS = 5

_open_lock = threading.Lock()
_open_storage: Storage | None = None


def default_database_path() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / DEFAULT_FILE_NAME


class Storage:
    """An open database and its repositories."""

    def __init__(self, connection: Connection, path: Path | None) -> None:
        self.connection = connection
        self.path = path  # the SQLite file; None for PostgreSQL
        self.users = Users(connection)
        self.scenarios = Scenarios(connection)
        self.sessions = Sessions(connection)
        self.reviews = Reviews(connection)
        self.progress = Progress(connection)
        self.badges = Badges(connection)
        self.exports = Exports(connection)
        self.closed = False

    @property
    def description(self) -> str:
        return self.connection.description

    def schema_version(self) -> int:
        return self.connection.read(lambda: schema_version(self.connection.database))

    def close(self) -> None:
        global _open_storage
        with _open_lock:
            if self.closed:
                return
            self.connection.close()
            self.closed = True
            if _open_storage is self:
                _open_storage = None

    def __enter__(self) -> Storage:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()


@dataclass(frozen=True)
class UpgradeReport:
    description: str
    version_before: int
    version_after: int
    backup: Path | None  # the copy of the SQLite file taken before migrating it


def open_database(url: str | None = None, clock: WallClock = system_clock) -> Storage:
    """Open (creating and migrating if needed) the database at `url`, the default SQLite file when None.

    `clock` gives the wall-clock time recorded for session starts, scores, overrides and awards.
    """
    global _open_storage
    with _open_lock:
        if _open_storage is not None:
            raise StorageError(f"the database {_open_storage.description} is already open in this process; "
                               "close it before opening another")
        database, description, path = _connect(url)
        try:
            _migrate(database, description, path)
        except BaseException:
            database.close()
            raise
        database.bind(MODELS)
        _open_storage = Storage(Connection(database, description, clock), path)
        return _open_storage


def upgrade(url: str | None = None) -> UpgradeReport:
    """`simulator db upgrade`: apply pending migrations and report what was done."""
    database, description, path = _connect(url)
    try:
        before = schema_version(database)
        _migrate(database, description, path)
        backup = backup_path(path, before) if path and 0 < before < LATEST_VERSION else None
        return UpgradeReport(description, before, schema_version(database), backup)
    except peewee.PeeweeException as error:
        raise StorageError(f"cannot read the schema version of {description}: {error}") from error
    finally:
        database.close()


def _migrate(database: peewee.Database, description: str, path: Path | None) -> None:
    try:
        applied = migrate(database, path, description)
    except peewee.PeeweeException as error:
        raise StorageError(f"could not bring {description} to schema version {LATEST_VERSION}: {error}") from error
    if applied:
        logger.info("%s is at schema version %d (%d step(s) applied)", description, LATEST_VERSION, applied)


def _connect(url: str | None) -> tuple[peewee.Database, str, Path | None]:
    """A connected peewee database, how to name it in messages, and the SQLite file (None for PostgreSQL)."""
    if url is None:
        return _connect_sqlite(default_database_path())
    if url.startswith("sqlite:///"):
        location = url.removeprefix("sqlite:///")
        if not location:
            raise StorageError(f"the database URL {url!r} names no file; {URL_HELP}")
        return _connect_sqlite(Path(location).expanduser())
    if url.startswith(("postgresql://", "postgres://")):
        return _connect_postgres("postgresql://" + url.split("://", 1)[1])
    raise StorageError(f"unsupported database URL {redact(url)!r}; {URL_HELP}")


def _connect_sqlite(path: Path) -> tuple[peewee.Database, str, Path]:
    description = str(path)
    try:
        _create_private_file(path)
    except (OSError, sqlite3.Error) as error:
        reason = getattr(error, "strerror", None) or error
        raise StorageError(f"cannot create the database file {path}: {reason}") from error
    database = peewee.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, timeout=SQLITE_TIMEOUT_SECONDS,
                                     lock_type="IMMEDIATE")
    try:
        database.connect()
        database.execute_sql("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except peewee.PeeweeException as error:
        database.close()
        raise StorageError(f"cannot open the database file {path}: {error}; "
                           "is it a database of this app, and can you write to it?") from error
    return database, description, path


def _create_private_file(path: Path) -> None:
    """Create the database file readable by its owner only (its -wal and -shm files get the same mode), in WAL mode.

    The file is prepared under a temporary name and linked into place, so a process that opens it at the same
    moment finds it already in WAL mode: switching a file to WAL needs an exclusive lock that SQLite refuses at
    once, without waiting, while another connection holds the file.
    """
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    descriptor, draft_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)  # mode 0600
    os.close(descriptor)
    draft = Path(draft_name)
    try:
        connection = sqlite3.connect(draft)
        try:
            connection.execute("PRAGMA journal_mode=wal").fetchone()
        finally:
            connection.close()
        os.link(draft, path)
        logger.info("created the database file %s", path)
    except FileExistsError:  # another process created it a moment ago
        pass
    finally:
        draft.unlink(missing_ok=True)


def _connect_postgres(url: str) -> tuple[peewee.Database, str, None]:
    description = redact(url)
    database = peewee.PostgresqlDatabase(url, prefer_psycopg3=True, application_name=APP_NAME,
                                         connect_timeout=POSTGRES_CONNECT_TIMEOUT_SECONDS)
    try:
        database.connect()
    except peewee.PeeweeException as error:
        raise StorageError(f"cannot reach the PostgreSQL server for {description}: {str(error).strip()}; "
                           "check that the server is running and that the URL is right") from error
    return database, description, None


def redact(url: str) -> str:
    """`url` without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))
