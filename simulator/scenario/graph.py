"""Checks on the shape of the conversation: targets exist, every node is reachable, every node can end."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable

from simulator.scenario.model import Scenario
from simulator.scenario.reader import Reader


def successors(scenario: Scenario, node_id: str, *, with_patience_out: bool = False) -> set[str]:
    """Nodes a reply can lead to from `node_id`; silence can also lead to the `patience_out` node."""
    node = scenario.nodes[node_id]
    targets = {transition.goto for transition in node.transitions if transition.goto in scenario.nodes}
    if with_patience_out and node.end is None and scenario.patience_out in scenario.nodes:
        targets.add(scenario.patience_out)
    return targets


def check(scenario: Scenario, reader: Reader) -> None:
    """Record every graph error of a schema-valid scenario on `reader`."""
    nodes = scenario.nodes
    if scenario.start not in nodes:
        reader.error(("start",), f"start node '{scenario.start}' does not exist{_known(scenario)}")
    if scenario.patience_out is not None:
        out = nodes.get(scenario.patience_out)
        if out is None:
            reader.error(("patience_out",), f"node '{scenario.patience_out}' does not exist{_known(scenario)}")
        elif out.end is None:
            reader.error(("patience_out",), f"'patience_out' must name an end node; '{out.id}' has no 'end'")
    _check_transitions(scenario, reader)
    _check_references(scenario, reader)
    if scenario.start in nodes:
        _check_reachability(scenario, reader)
    _check_golden_paths(scenario, reader)


def _known(scenario: Scenario) -> str:
    return f" (nodes: {', '.join(scenario.nodes)})"


def _check_transitions(scenario: Scenario, reader: Reader) -> None:
    for node in scenario.nodes.values():
        base = ("nodes", node.id, "next")
        for index, transition in enumerate(node.transitions):
            if transition.goto not in scenario.nodes:
                reader.error(base + (index, "goto"),
                             f"'goto: {transition.goto}' names no node{_known(scenario)}")
            if transition.is_default and index < len(node.transitions) - 1:
                reader.error(base + (index + 1,), "this transition can never be taken: the one before it has "
                                                  "no condition; put the default last")
        if node.end is None and node.transitions and not node.transitions[-1].is_default:
            reader.error(base + (len(node.transitions) - 1,),
                         f"node '{node.id}' has no default transition; end 'next' with a transition that "
                         "has only a 'goto'")


def _check_references(scenario: Scenario, reader: Reader) -> None:
    key_points = {point.id for point in scenario.key_points}
    for node in scenario.nodes.values():
        for index, transition in enumerate(node.transitions):
            path = ("nodes", node.id, "next", index)
            for key, names, defined, where in (
                    ("intent", transition.intents, scenario.intents, "intents"),
                    ("covers", transition.covers, key_points, "goals: key_points"),
                    ("violates", transition.violates, scenario.avoid, "goals: avoid")):
                for name in names:
                    if name not in defined:
                        known = ", ".join(defined) or "none defined"
                        reader.error(path + (key,), f"'{name}' is not defined in '{where}' (known: {known})")


def _check_reachability(scenario: Scenario, reader: Reader) -> None:
    reachable = _walk([scenario.start], lambda node_id: successors(scenario, node_id, with_patience_out=True))
    for node_id in scenario.nodes:
        if node_id not in reachable:
            reader.error(("nodes", node_id), f"node '{node_id}' can never be reached from '{scenario.start}'",
                         at_key=True)
    predecessors: dict[str, set[str]] = {node_id: set() for node_id in scenario.nodes}
    for node_id in scenario.nodes:
        for target in successors(scenario, node_id):
            predecessors[target].add(node_id)
    ends = [node.id for node in scenario.nodes.values() if node.end is not None]
    can_end = _walk(ends, lambda node_id: predecessors[node_id])
    for node_id in reachable:
        if node_id not in can_end:
            reader.error(("nodes", node_id), f"no end node can be reached from node '{node_id}' by any reply; "
                                             "add a transition towards an end", at_key=True)


def _walk(starts: list[str], neighbours: Callable[[str], Iterable[str]]) -> set[str]:
    seen = set(starts)
    queue = deque(starts)
    while queue:
        for other in neighbours(queue.popleft()):
            if other not in seen:
                seen.add(other)
                queue.append(other)
    return seen


def _check_golden_paths(scenario: Scenario, reader: Reader) -> None:
    for index, golden in enumerate(scenario.golden_paths):
        for step, node_id in enumerate(golden.path or ()):
            if node_id not in scenario.nodes:
                reader.error(("golden_paths", index, "expect", "path", step),
                             f"golden path '{golden.name}' names node '{node_id}', which does not exist")
