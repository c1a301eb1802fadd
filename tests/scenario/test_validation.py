"""Malformed scenario files: each problem is reported with the exact message, at the right line."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.scenario.library import load_library
from simulator.scenario.parse import check_scenario, load_scenario, parse_scenario_text
from simulator.scenario.problems import InvalidScenario


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    index = -1
    for _ in range(occurrence):
        index = text.index(needle, index + 1)
    return text[:index].count("\n") + 1


def errors_of(text: str) -> list[tuple[int, str]]:
    scenario, problems = parse_scenario_text(text, "t.yaml")
    errors = [(p.line, p.message) for p in problems if p.severity == "error"]
    assert scenario is None if errors else scenario is not None
    return errors


def test_the_base_scenario_is_valid(tiny_text: str) -> None:
    scenario, problems = parse_scenario_text(tiny_text, "t.yaml")
    assert scenario is not None
    assert [p for p in problems if p.severity == "error"] == []
    assert scenario.nodes["hello"].customer == ("Hi there", "Hello")
    assert scenario.timing.target_seconds == 45  # the live_chat default


# (name, old text, new text, line marker (the text the error points at), expected message)
CASES = [
    ("unknown key with suggestion", "title: Tiny", "titel: Tiny", "titel:",
     "unknown key 'titel' in the scenario; did you mean 'title'?"),
    ("wrong type", "difficulty: 1", "difficulty: hard", "difficulty:",
     "'difficulty' must be a whole number, not text"),
    ("out of range", "difficulty: 1", "difficulty: 7", "difficulty:",
     "'difficulty' must be from 1 to 5, not 7"),
    ("bad channel", "channel: live_chat", "channel: livechat", "channel:",
     "'channel' must be one of live_chat, messaging, internal_helpdesk: did you mean 'live_chat'? got 'livechat'"),
    ("bad mood", "mood: calm", "mood: happy", "mood:",
     "'mood' must be one of angry, frustrated, anxious, confused, sad, calm, satisfied: got 'happy'"),
    ("unsupported format", "format: 1", "format: 2", "format:",
     "unsupported format '2'; this version reads format: 1"),
    ("id not kebab case", "id: tiny", "id: Tiny_One", "id:",
     "id 'Tiny_One' must be lowercase letters and digits joined by '-', e.g. late-delivery"),
    ("dangling target", "      - intent: asks_number\n        goto: done", "      - intent: asks_number\n"
     "        goto: nowhere", "goto: nowhere", "'goto: nowhere' names no node (nodes: hello, done)"),
    ("missing start node", "start: hello", "start: helo", "start:",
     "start node 'helo' does not exist (nodes: hello, done)"),
    ("empty variants", 'customer: ["Hi there", "Hello"]', "customer: []", "customer: []",
     "'customer' is empty; give at least one message variant"),
    ("blank variant", 'customer: ["Hi there", "Hello"]', 'customer: ["Hi there", "  "]', "customer: [",
     "item 2 of 'customer' is empty"),
    ("missing default", "      - goto: done\n  done:", "  done:", "      - intent: asks_number",
     "node 'hello' has no default transition; end 'next' with a transition that has only a 'goto'"),
    ("default before the end", "      - intent: asks_number\n        goto: done\n      - goto: done",
     "      - goto: done\n      - intent: asks_number\n        goto: done", "      - intent: asks_number",
     "this transition can never be taken: the one before it has no condition; put the default last"),
    ("bad regex", "      - intent: asks_number\n", "      - matches: '(unclosed'\n", "matches:",
     "'matches' is not a valid regular expression: missing ), unterminated subpattern at position 0"),
    ("bad expression", "      - intent: asks_number\n", "      - if: empathy << 40\n", "if:",
     "in 'if: empathy << 40': expected a name or a number after '<', found '<'"),
    ("unknown intent", "intent: asks_number", "intent: asks_numbr", "intent: asks_numbr",
     "'asks_numbr' is not defined in 'intents' (known: asks_number)"),
    ("unknown key point", "      - intent: asks_number\n", "      - covers: [great]\n", "covers:",
     "'great' is not defined in 'goals: key_points' (known: greet)"),
    ("unknown transition key", "        goto: done\n      - goto: done", "        goto: done\n        moood: up\n"
     "      - goto: done", "moood:", "unknown key 'moood' in a transition; did you mean 'mood'?"),
    ("end node with next", "    end: resolved", "    end: resolved\n    next:\n      - goto: hello",
     "    next:\n      - goto: hello",
     "node 'done' is an end node ('end: ...'); remove 'next' or 'end'"),
    ("node without next or end", "    end: resolved", "    model_answer: Bye", "  done:",
     "node 'done' needs 'next' (transitions) or 'end' (an outcome)"),
    ("unreachable node", "golden_paths:",
     "  orphan:\n    customer: [a, b]\n    end: escalated\ngolden_paths:",
     "  orphan:", "node 'orphan' can never be reached from 'hello'"),
    ("duplicate node id", "  done:\n    customer: [\"Thanks\", \"Cheers\"]\n    end: resolved",
     "  done:\n    customer: [\"Thanks\", \"Cheers\"]\n    end: resolved\n"
     "  hello:\n    customer: [a]\n    end: resolved",
     "  hello:\n    customer: [a]", "duplicate key 'hello' (first defined on line 23)"),
    ("missing required key", "estimated_minutes: 2\n", "", "format:",
     "the scenario is missing the required key 'estimated_minutes'"),
    ("patience_out not an end", "start: hello", "start: hello\npatience_out: hello", "patience_out:",
     "'patience_out' must name an end node; 'hello' has no 'end'"),
    ("mapping expected", "persona:\n  name: Sam", "persona: Sam\npersona_:\n  name: Sam", "persona: Sam",
     "persona must be a mapping of keys to values, not text"),
    ("tab indentation", "  name: Sam", "\tname: Sam", "\tname",
     "invalid YAML: found character '\\t' that cannot start any token (indent with spaces, not tabs)"),
    ("broken YAML", "title: Tiny", "title: [Tiny", "description:",
     "invalid YAML: expected ',' or ']', but got ':'"),
]


@pytest.mark.parametrize("name,old,new,marker,message", CASES, ids=[case[0] for case in CASES])
def test_malformed_file_reports_exact_message_and_line(tiny_text: str, name: str, old: str, new: str,
                                                       marker: str, message: str) -> None:
    assert old in tiny_text, f"test case {name!r} does not apply to the base text"
    text = tiny_text.replace(old, new, 1)
    errors = errors_of(text)
    assert (line_of(text, marker), message) in errors, errors


def test_no_end_reachable_is_reported_for_each_trapped_node(tiny_text: str) -> None:
    text = tiny_text.replace("          - goto: done\n", "          - goto: loop\n").replace(
        "golden_paths:", "  loop:\n    customer: [a, b]\n    model_answer: x\n    next:\n      - goto: loop\n"
                         "golden_paths:")
    text = text.replace("      - intent: asks_number\n        goto: done\n      - goto: done",
                        "      - intent: asks_number\n        goto: done\n      - goto: loop")
    errors = errors_of(text)
    assert (line_of(text, "  loop:"), "no end node can be reached from node 'loop' by any reply; "
                                      "add a transition towards an end") in errors


def test_alias_bomb_is_refused(tiny_text: str) -> None:
    bomb = "x0: &x0 [a, a, a, a, a, a, a, a, a, a]\n" + "".join(
        f"x{i}: &x{i} [{', '.join([f'*x{i - 1}'] * 10)}]\n" for i in range(1, 7))
    errors = errors_of(bomb + tiny_text)
    assert len(errors) == 1
    assert errors[0][1] == "the document expands to more than 10000 values (aliases nested too deep?)"


def test_all_errors_are_reported_at_once(tiny_text: str) -> None:
    text = tiny_text.replace("difficulty: 1", "difficulty: 9").replace("channel: live_chat", "channel: sms")
    messages = [message for _, message in errors_of(text)]
    assert len(messages) == 2
    assert messages[0].startswith("'difficulty'") and messages[1].startswith("'channel'")


def test_problem_prints_file_line_column(tmp_path: Path, tiny_text: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(tiny_text.replace("difficulty: 1", "difficulty: 9"), encoding="utf-8")
    with pytest.raises(InvalidScenario) as raised:
        load_scenario(path)
    assert str(raised.value) == f"{path}:5:13: error: 'difficulty' must be from 1 to 5, not 9"


def test_not_utf8_and_missing_file(tmp_path: Path) -> None:
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("title: caf\xe9\n".encode("latin-1"))
    _, problems = check_scenario(latin)
    assert [str(p) for p in problems] == [f"{latin}:1:1: error: the file is not UTF-8 text; save it as UTF-8"]
    _, problems = check_scenario(tmp_path / "missing.yaml")
    assert problems[0].message == "cannot read the file: No such file or directory"


def test_empty_file_and_top_level_list() -> None:
    assert errors_of("") == [(1, "the file is empty")]
    assert errors_of("- a\n- b\n") == [(1, "the scenario must be a mapping of keys to values, not a list")]


def test_lint_warnings_do_not_fail(tiny_text: str) -> None:
    text = tiny_text.replace('customer: ["Hi there", "Hello"]', 'customer: "Hi there"').replace(
        "    model_answer: Hello Sam, how can I help?\n", "")
    scenario, problems = parse_scenario_text(text, "t.yaml")
    assert scenario is not None
    warnings = {p.message for p in problems if p.severity == "warning"}
    assert warnings == {
        "node 'hello' has a single message variant; write two or more so repeated practice stays fresh",
        "node 'hello' has no model_answer to show after the attempt",
    }


def test_one_broken_file_never_stops_the_others(tmp_path: Path, tiny_text: str) -> None:
    (tmp_path / "a.yaml").write_text(tiny_text, encoding="utf-8")
    (tmp_path / "b.yaml").write_text("format: 1\nid: [", encoding="utf-8")
    (tmp_path / "c.yaml").write_text(tiny_text.replace("id: tiny", "id: other"), encoding="utf-8")
    (tmp_path / "d.yaml").write_text(tiny_text, encoding="utf-8")
    library = load_library([tmp_path])
    assert [s.id for s in library.scenarios] == ["tiny", "other"]
    assert [Path(p.file).name for p in library.errors] == ["b.yaml", "d.yaml"]
    assert library.errors[0].message.startswith("invalid YAML:")
    assert library.errors[1].message == f"duplicate scenario id 'tiny' (already used by {tmp_path / 'a.yaml'})"
