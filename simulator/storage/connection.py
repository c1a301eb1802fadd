"""One open database: short transactions, retries when another process holds the lock, errors a person can read.

Repositories mark their methods `@reads` or `@writes`. A write runs in its own transaction (on SQLite a
`BEGIN IMMEDIATE` one, so it waits for the write lock up front instead of failing half-way), committed when the
method returns; a write called inside another write joins it. A lock still held after the busy timeout, or a
PostgreSQL serialization failure or deadlock, is retried a few times before it becomes a StorageError. A lost
PostgreSQL connection (server restarted) is replaced before the next call.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable
from datetime import datetime
from typing import Concatenate, ParamSpec, Protocol, TypeVar

import peewee

from simulator.domain import StorageError
from simulator.storage.times import WallClock, to_stored

logger = logging.getLogger(__name__)

_ATTEMPTS = 4
_RETRY_PAUSE_SECONDS = 0.2
_TRANSIENT_SQLSTATES = {"40001", "40P01"}  # serialization failure, deadlock

T = TypeVar("T")
P = ParamSpec("P")


class Connection:
    def __init__(self, database: peewee.Database, description: str, clock: WallClock) -> None:
        self.database = database
        self.description = description  # for messages: the file path or the URL without its password
        self._clock = clock

    @property
    def is_postgres(self) -> bool:
        return isinstance(self.database, peewee.PostgresqlDatabase)

    def now(self) -> datetime:
        """The wall-clock time as stored: naive UTC."""
        return to_stored(self._clock())

    def read(self, work: Callable[[], T]) -> T:
        return self._run(work, in_transaction=False)

    def write(self, work: Callable[[], T]) -> T:
        return self._run(work, in_transaction=True)

    def close(self) -> None:
        if self.database.is_closed():
            return
        if not self.is_postgres:
            try:  # SQLite's advice for long-lived connections: refresh the planner's statistics where useful
                self.database.execute_sql("PRAGMA optimize")
            except peewee.PeeweeException as error:
                logger.warning("PRAGMA optimize failed on %s: %s", self.description, error)
        self.database.close()

    def _run(self, work: Callable[[], T], in_transaction: bool) -> T:
        if self.database.in_transaction():  # called from inside a write: part of it, no retry of its own
            return work()
        attempt = 1
        while True:
            self._drop_broken_connection()
            try:
                if not in_transaction:
                    return work()
                with self.database.atomic():
                    return work()
            except peewee.OperationalError as error:
                if attempt >= _ATTEMPTS or not _is_transient(error):
                    raise self.error(error) from error
                logger.warning("database busy (%s), retrying (attempt %d of %d)", error, attempt, _ATTEMPTS)
                time.sleep(_RETRY_PAUSE_SECONDS * attempt)
                attempt += 1
            except peewee.PeeweeException as error:
                raise self.error(error) from error

    def _drop_broken_connection(self) -> None:
        """After a server restart or a network failure, run the next call on a fresh connection.

        A PostgreSQL connection is pinged first: a server restarted while the app sat idle is only noticed
        when the connection is used, and a write must not be the first to find out.
        """
        database = self.database
        if database.is_closed():
            return
        if not database.is_connection_usable() or (self.is_postgres and not self._answers()):
            logger.warning("the connection to %s was lost; reconnecting", self.description)
            database.close()

    def _answers(self) -> bool:
        try:
            self.database.execute_sql("SELECT 1")
        except (peewee.OperationalError, peewee.InterfaceError):
            return False
        return True

    def error(self, error: Exception) -> StorageError:
        if isinstance(error, peewee.IntegrityError):
            return StorageError(f"the database {self.description} refused the change: {_first_line(error)}")
        return StorageError(f"cannot use the database {self.description}: {_first_line(error)}")


def _is_transient(error: peewee.OperationalError) -> bool:
    cause = error.args[0] if error.args else None
    if getattr(cause, "sqlstate", None) in _TRANSIENT_SQLSTATES:
        return True
    return "database is locked" in str(error) or "database is busy" in str(error)


def _first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


class Repository(Protocol):
    connection: Connection


R = TypeVar("R", bound=Repository)


def reads(method: Callable[Concatenate[R, P], T]) -> Callable[Concatenate[R, P], T]:
    @functools.wraps(method)
    def run(self: R, *args: P.args, **kwargs: P.kwargs) -> T:
        return self.connection.read(lambda: method(self, *args, **kwargs))

    return run


def writes(method: Callable[Concatenate[R, P], T]) -> Callable[Concatenate[R, P], T]:
    @functools.wraps(method)
    def run(self: R, *args: P.args, **kwargs: P.kwargs) -> T:
        return self.connection.write(lambda: method(self, *args, **kwargs))

    return run
