"""Warnings about a valid scenario that will still play poorly. They never stop a scenario from loading."""

from __future__ import annotations

from simulator.scenario.model import Scenario
from simulator.scenario.reader import Reader


def check(scenario: Scenario, reader: Reader) -> None:
    if not scenario.key_points:
        reader.warn(("goals",) if "goals" in reader.source.data else (),
                    "no key points: feedback cannot say what the trainee missed; add goals: key_points")
    if not scenario.golden_paths:
        reader.warn((), "no golden paths: nothing proves the branches behave as written")
    for node in scenario.nodes.values():
        path = ("nodes", node.id)
        if len(node.customer) == 1:
            reader.warn(path + ("customer",), f"node '{node.id}' has a single message variant; "
                                              "write two or more so repeated practice stays fresh", at_key=True)
        if node.end is None and node.model_answer is None:
            reader.warn(path, f"node '{node.id}' has no model_answer to show after the attempt", at_key=True)
    _check_flags(scenario, reader)
    _check_unused_intents(scenario, reader)


def _check_flags(scenario: Scenario, reader: Reader) -> None:
    set_anywhere = {flag for node in scenario.nodes.values() for transition in node.transitions
                    for flag in transition.set_flags}
    for node in scenario.nodes.values():
        for index, transition in enumerate(node.transitions):
            if transition.condition is None:
                continue
            for flag in sorted(transition.condition.flags - set_anywhere):
                reader.warn(("nodes", node.id, "next", index, "if"),
                            f"flag '{flag}' is never set, so it is always false (a misspelt name?)")


def _check_unused_intents(scenario: Scenario, reader: Reader) -> None:
    transitions = [transition for node in scenario.nodes.values() for transition in node.transitions]
    used_intents = {name for transition in transitions for name in transition.intents}
    for name in scenario.intents:
        if name not in used_intents:
            reader.warn(("intents", name), f"intent '{name}' is not used by any transition", at_key=True)
