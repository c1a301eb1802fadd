"""One real scorer per test session: loading the encoder takes seconds."""

from __future__ import annotations

import pytest

from simulator.scoring import ReplyScorer


@pytest.fixture(scope="session")
def scorer() -> ReplyScorer:
    loaded = ReplyScorer()
    loaded.warm_up()
    return loaded

