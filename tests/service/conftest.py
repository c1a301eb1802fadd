"""A scenario whose customer keeps asking until the trainee asks for the order number."""

from __future__ import annotations

import pytest

from simulator.scenario.model import Scenario
from simulator.scenario.parse import parse_scenario_text
from tests.scenario.conftest import TINY

LOOPING = TINY.replace("      - goto: done\n  done:", "      - goto: hello\n  done:")


@pytest.fixture
def looping() -> Scenario:
    scenario, problems = parse_scenario_text(LOOPING)
    assert scenario is not None, problems
    return scenario
