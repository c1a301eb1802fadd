from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str, input: str | None = None, env: dict[str, str] | None = None,
            timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run `python -m simulator ARGS` as a user would, in a fresh process."""
    return subprocess.run([sys.executable, "-m", "simulator", *args], input=input, capture_output=True,
                          text=True, cwd=ROOT, env={**os.environ, **(env or {})}, timeout=timeout)


@pytest.fixture
def cli():  # type: ignore[no-untyped-def]
    return run_cli
