from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from simulator.storage import Storage, open_database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]


def team_replies(every: int) -> list[dict[str, Any]]:
    """Every `every`-th row of the team's graded replies (models/data): real replies from hostile to warm."""
    return [json.loads(line) for path in sorted((ROOT / "models" / "data").glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines()[::every]]


def run_cli(*args: str, input: str | None = None, env: dict[str, str] | None = None,
            timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run `python -m simulator ARGS` as a user would, in a fresh process."""
    return subprocess.run([sys.executable, "-m", "simulator", *args], input=input, capture_output=True,
                          text=True, cwd=ROOT, env={**os.environ, **(env or {})}, timeout=timeout)


# The storage suite and the recorded-session tests run against SQLite (a temporary file) and PostgreSQL
# (SIMULATOR_TEST_POSTGRES_URL, set by .ci/run; start a local server with
# `eval "$(tests/storage/start_postgres.sh)"`); without the variable the PostgreSQL half is skipped.
POSTGRES_URL_VARIABLE = "SIMULATOR_TEST_POSTGRES_URL"


def reset_postgres(url: str) -> None:
    """An empty `public` schema: every test starts from a database with nothing in it."""
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("DROP SCHEMA IF EXISTS public CASCADE")
        connection.execute("CREATE SCHEMA public")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of an empty database of each kind."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/progress.sqlite3"
    url = os.environ.get(POSTGRES_URL_VARIABLE)
    if not url:
        pytest.skip(f"{POSTGRES_URL_VARIABLE} is not set (run tests/storage/start_postgres.sh)")
    reset_postgres(url)
    return url


@pytest.fixture
def storage(tmp_path: Path) -> Iterator[Storage]:
    """An SQLite progress file of the test's own, open."""
    opened = open_database(f"sqlite:///{tmp_path}/progress.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def cli():  # type: ignore[no-untyped-def]
    return run_cli
