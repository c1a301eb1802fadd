"""Every built-in scenario's golden paths reach their expected outcome and path through
`simulator play --replies FILE --json`, with the real scorer, as a trainer would check them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.scenario.library import BUILT_IN, load_library

LIBRARY = load_library([BUILT_IN])
PATHS = [(scenario, golden) for scenario in LIBRARY.scenarios for golden in scenario.golden_paths]


def test_the_library_is_complete() -> None:
    assert LIBRARY.errors == ()
    scenarios = LIBRARY.scenarios
    assert len(scenarios) >= 15
    assert {s.difficulty for s in scenarios} == {1, 2, 3, 4, 5}
    assert {s.channel.value for s in scenarios} == {"live_chat", "messaging", "internal_helpdesk"}
    for scenario in scenarios:
        outcomes = {golden.outcome.value for golden in scenario.golden_paths}
        assert "resolved" in outcomes, f"{scenario.id} has no good golden path"
        assert outcomes - {"resolved"}, f"{scenario.id} has no poor golden path"


@pytest.mark.slow
@pytest.mark.parametrize("scenario,golden", PATHS, ids=[f"{s.id}: {g.name}" for s, g in PATHS])
def test_golden_path_via_the_cli(cli, tmp_path: Path, scenario, golden) -> None:  # type: ignore[no-untyped-def]
    replies = tmp_path / "replies.txt"
    replies.write_text("\n".join(reply.replace("\n", "\\n") for reply in golden.replies) + "\n",
                       encoding="utf-8")
    result = cli("play", str(scenario.path), "--replies", str(replies), "--json", "--seed", "0")
    assert result.returncode == 0, result.stderr
    played = json.loads(result.stdout)
    assert played["scenario"] == scenario.id
    assert played["outcome"] == golden.outcome.value, played["path"]
    if golden.path is not None:
        assert played["path"] == list(golden.path)
    assert 1 <= played["csat"] <= 5
