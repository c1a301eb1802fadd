"""The storage suite runs against SQLite and PostgreSQL: see `database_url` in tests/conftest.py."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from simulator.storage import Storage, open_database
from tests.storage.helpers import FakeWallClock


@pytest.fixture
def clock() -> FakeWallClock:
    return FakeWallClock(datetime(2025, 3, 3, 9, 0, tzinfo=UTC))  # a Monday


@pytest.fixture
def db(database_url: str, clock: FakeWallClock) -> Iterator[Storage]:
    storage = open_database(database_url, clock=clock)
    yield storage
    storage.close()
