"""Turn a scenario file into a `Scenario`, or into a list of problems with file:line:col.

`load_scenario(path)` is the one entry point: it reads, parses, checks the schema, the graph and the lint
rules, and raises `InvalidScenario` (carrying every problem) when anything is an error.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from simulator.domain import Channel, KeyPoint, Mood, Outcome, Persona
from simulator.scenario import graph, lint
from simulator.scenario.expressions import ExpressionError, parse_expression
from simulator.scenario.model import (
    CHANNEL_TIMING,
    DEFAULT_FOLLOW_UPS,
    DEFAULT_MAX_TURNS,
    ChannelTiming,
    GoldenPath,
    Node,
    Scenario,
    Transition,
)
from simulator.scenario.problems import InvalidScenario, Problem
from simulator.scenario.reader import IDENTIFIER, Reader
from simulator.scenario.yaml_source import MAX_FILE_BYTES, YamlError, parse_yaml
from simulator.scenario.yaml_source import Path as DocPath

FORMAT_VERSION = 1
SCENARIO_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

TOP_KEYS = ("format", "id", "title", "description", "difficulty", "tags", "language", "channel",
            "estimated_minutes", "persona", "goals", "intents", "timing", "follow_up", "patience_out",
            "max_turns", "start", "nodes", "golden_paths")
TOP_REQUIRED = ("format", "id", "title", "description", "difficulty", "channel", "estimated_minutes",
                "persona", "start", "nodes")
PERSONA_KEYS = ("name", "situation", "mood", "patience", "traits")
NODE_KEYS = ("customer", "typing_seconds", "model_answer", "target_seconds", "follow_up_seconds", "next", "end")
CONDITION_KEYS = ("if", "intent", "covers", "violates", "keywords", "matches")
EFFECT_KEYS = ("mood", "patience", "set", "unset")
TRANSITION_KEYS = ("goto",) + CONDITION_KEYS + EFFECT_KEYS
MOODS = tuple(mood.value for mood in Mood)
OUTCOMES = tuple(outcome.value for outcome in Outcome)


def load_scenario(path: Path | str) -> Scenario:
    """Load and fully check one scenario file; warnings are available with `check_scenario`."""
    scenario, problems = check_scenario(path)
    if scenario is None:
        raise InvalidScenario(path, problems)
    return scenario


def check_scenario(path: Path | str) -> tuple[Scenario | None, list[Problem]]:
    """Return the scenario (None when any error was found) and every problem, warnings included."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None, [Problem(str(path), 1, 1, "error",
                                  f"file is larger than {MAX_FILE_BYTES // 1_000_000} MB; split it")]
        raw = path.read_bytes()
    except OSError as error:
        return None, [Problem(str(path), 1, 1, "error", f"cannot read the file: {error.strerror}")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return None, [Problem(str(path), line, 1, "error", "the file is not UTF-8 text; save it as UTF-8")]
    return parse_scenario_text(text, str(path), path=path)


def parse_scenario_text(text: str, file: str = "<scenario>", path: Path | None = None
                        ) -> tuple[Scenario | None, list[Problem]]:
    try:
        source = parse_yaml(text)
    except YamlError as error:
        return None, [Problem(file, error.position.line, error.position.column, "error", error.message)]
    reader = Reader(source, file)
    scenario = _ScenarioBuilder(reader).build(source.data, text, path)
    if scenario is not None and not reader.has_errors:
        graph.check(scenario, reader)
        lint.check(scenario, reader)
    problems = sorted(reader.problems, key=lambda p: (p.line, p.column))
    return (None if reader.has_errors else scenario), problems


class _ScenarioBuilder:
    def __init__(self, reader: Reader) -> None:
        self.r = reader

    def build(self, data: Any, text: str, path: Path | None) -> Scenario | None:
        r = self.r
        top = r.mapping(data, (), "the scenario", TOP_KEYS, TOP_REQUIRED)
        if top is None:
            return None
        if "format" in top and top["format"] != FORMAT_VERSION:
            r.error(("format",), f"unsupported format '{top['format']}'; this version reads format: 1")
        scenario_id = r.text(top, (), "id")
        if scenario_id and not SCENARIO_ID.match(scenario_id):
            r.error(("id",), f"id '{scenario_id}' must be lowercase letters and digits joined by '-', "
                             "e.g. late-delivery")
        channel = r.choice(top, (), "channel", tuple(c.value for c in Channel))
        key_points, avoid = self._goals(top.get("goals"))
        scenario = Scenario(
            id=scenario_id or "",
            title=r.text(top, (), "title") or "",
            description=r.text(top, (), "description") or "",
            difficulty=r.number(top, (), "difficulty", minimum=1, maximum=5, integer=True, default=1),
            channel=Channel(channel) if channel else Channel.LIVE_CHAT,
            estimated_minutes=r.number(top, (), "estimated_minutes", minimum=0.5, maximum=240, default=5),
            persona=self._persona(top.get("persona")),
            start=r.text(top, (), "start") or "",
            nodes=self._nodes(top.get("nodes")),
            tags=r.texts(top, (), "tags", what="tag"),
            language=r.text(top, (), "language", default="en"),
            key_points=key_points,
            avoid=avoid,
            intents=self._named_examples(top, (), "intents", "intent"),
            timing=self._timing(top.get("timing"), Channel(channel) if channel else Channel.LIVE_CHAT),
            follow_ups=r.texts(top, (), "follow_up", allow_single=True, what="message") or DEFAULT_FOLLOW_UPS,
            patience_out=r.text(top, (), "patience_out"),
            max_turns=r.number(top, (), "max_turns", minimum=1, maximum=500, integer=True,
                               default=DEFAULT_MAX_TURNS),
            golden_paths=self._golden_paths(top.get("golden_paths")),
            path=path,
            text=text,
        )
        return scenario

    def _persona(self, data: Any) -> Persona:
        r, path = self.r, ("persona",)
        persona = r.mapping(data, path, "persona", PERSONA_KEYS, ("name", "situation", "mood", "patience"))
        if persona is None:
            return Persona("", "", Mood.CALM, 1)
        mood = r.choice(persona, path, "mood", MOODS)
        return Persona(
            name=r.text(persona, path, "name") or "",
            situation=r.text(persona, path, "situation") or "",
            mood=Mood(mood) if mood else Mood.CALM,
            patience=r.number(persona, path, "patience", minimum=1, maximum=5, integer=True, default=1),
            traits=r.texts(persona, path, "traits", what="trait"),
        )

    def _goals(self, data: Any) -> tuple[tuple[KeyPoint, ...], dict[str, tuple[str, ...]]]:
        if data is None:
            return (), {}
        r, path = self.r, ("goals",)
        goals = r.mapping(data, path, "goals", ("key_points", "avoid"))
        if goals is None:
            return (), {}
        key_points = []
        points = goals.get("key_points")
        if points is not None and not isinstance(points, dict):
            r.error(path + ("key_points",), "'key_points' must map each key point id to its description "
                                            "and examples")
        elif points is not None:
            for point_id, point in points.items():
                point_path = path + ("key_points", point_id)
                r.identifier(point_id, point_path, "key point id", at_key=True)
                fields = r.mapping(point, point_path, f"key point '{point_id}'", ("description", "examples"),
                                   ("description", "examples"))
                if fields is not None:
                    key_points.append(KeyPoint(point_id, r.text(fields, point_path, "description") or "",
                                               r.texts(fields, point_path, "examples", what="example")))
        return tuple(key_points), self._named_examples(goals, path, "avoid", "avoid item")

    def _named_examples(self, parent: dict[str, Any], parent_path: DocPath, key: str, what: str
                        ) -> dict[str, tuple[str, ...]]:
        path = parent_path + (key,)
        data = parent.get(key)
        if data is None:
            return {}
        if not isinstance(data, dict):
            self.r.error(path, f"'{key}' must map each name to a list of examples")
            return {}
        result = {}
        for name in data:
            self.r.identifier(name, path + (name,), f"{what} name", at_key=True)
            result[name] = self.r.texts(data, path, name, what="example")
        return result

    def _timing(self, data: Any, channel: Channel) -> ChannelTiming:
        default = CHANNEL_TIMING[channel]
        if data is None:
            return default
        path = ("timing",)
        timing = self.r.mapping(data, path, "timing", ("target_seconds", "follow_up_seconds"))
        if timing is None:
            return default
        return ChannelTiming(
            self.r.number(timing, path, "target_seconds", minimum=1, default=default.target_seconds),
            self.r.number(timing, path, "follow_up_seconds", minimum=5, default=default.follow_up_seconds))

    def _nodes(self, data: Any) -> dict[str, Node]:
        r, path = self.r, ("nodes",)
        if not isinstance(data, dict) or not data:
            r.error(path, "'nodes' must map node ids to nodes, and hold at least one node")
            return {}
        nodes = {}
        for node_id, node_data in data.items():
            node_path = path + (node_id,)
            r.identifier(node_id, node_path, "node id", at_key=True)
            node = self._node(node_id, node_data, node_path)
            if node is not None:
                nodes[node_id] = node
        return nodes

    def _node(self, node_id: str, data: Any, path: DocPath) -> Node | None:
        r = self.r
        node = r.mapping(data, path, f"node '{node_id}'", NODE_KEYS, ("customer",))
        if node is None:
            return None
        end = r.choice(node, path, "end", OUTCOMES)
        has_next = "next" in node
        if "end" in node and has_next:
            r.error(path + ("next",), f"node '{node_id}' is an end node ('end: ...'); remove 'next' or 'end'",
                    at_key=True)
        elif "end" not in node and not has_next:
            r.error(path, f"node '{node_id}' needs 'next' (transitions) or 'end' (an outcome)", at_key=True)
        if "end" in node:
            for key in ("model_answer", "target_seconds", "follow_up_seconds"):
                if key in node:
                    r.error(path + (key,), f"'{key}' has no use on an end node", at_key=True)
        return Node(
            id=node_id,
            customer=r.texts(node, path, "customer", allow_single=True, what="message variant"),
            typing_seconds=r.number(node, path, "typing_seconds", minimum=0, maximum=120),
            model_answer=r.text(node, path, "model_answer"),
            target_seconds=r.number(node, path, "target_seconds", minimum=1),
            follow_up_seconds=r.number(node, path, "follow_up_seconds", minimum=5),
            transitions=self._transitions(node.get("next"), path + ("next",)) if has_next else (),
            end=Outcome(end) if end else None,
        )

    def _transitions(self, data: Any, path: DocPath) -> tuple[Transition, ...]:
        if not isinstance(data, list) or not data:
            self.r.error(path, "'next' must be a list of transitions, each with a 'goto'")
            return ()
        transitions = []
        for index, item in enumerate(data):
            transition = self._transition(item, path + (index,))
            if transition is not None:
                transitions.append(transition)
        return tuple(transitions)

    def _transition(self, data: Any, path: DocPath) -> Transition | None:
        r = self.r
        fields = r.mapping(data, path, "a transition", TRANSITION_KEYS, ("goto",))
        if fields is None:
            return None
        return Transition(
            goto=r.text(fields, path, "goto") or "",
            condition=self._condition(fields, path),
            intents=r.texts(fields, path, "intent", allow_single=True, what="intent name"),
            covers=r.texts(fields, path, "covers", allow_single=True, what="key point id"),
            violates=r.texts(fields, path, "violates", allow_single=True, what="avoid item"),
            keywords=r.texts(fields, path, "keywords", allow_single=True, what="keyword"),
            pattern=self._pattern(fields, path),
            mood=self._mood_effect(fields, path),
            patience=r.number(fields, path, "patience", minimum=-5, maximum=5, integer=True, default=0),
            set_flags=self._flags(fields, path, "set"),
            unset_flags=self._flags(fields, path, "unset"),
        )

    def _condition(self, fields: dict[str, Any], path: DocPath) -> Any:
        source = self.r.text(fields, path, "if")
        if source is None:
            return None
        try:
            return parse_expression(source)
        except ExpressionError as error:
            raw = fields["if"]
            # The column of a plain one-line scalar plus the offset points at the culprit.
            offset = error.offset if isinstance(raw, str) and "\n" not in raw else 0
            self.r.error(path + ("if",), f"in 'if: {source}': {error.message}", offset=offset)
            return None

    def _pattern(self, fields: dict[str, Any], path: DocPath) -> str | None:
        pattern = self.r.text(fields, path, "matches")
        if pattern is None:
            return None
        try:
            re.compile(pattern)
        except re.error as error:
            self.r.error(path + ("matches",), f"'matches' is not a valid regular expression: {error}")
            return None
        return pattern

    def _mood_effect(self, fields: dict[str, Any], path: DocPath) -> str | None:
        return self.r.choice(fields, path, "mood", ("up", "down") + MOODS)

    def _flags(self, fields: dict[str, Any], path: DocPath, key: str) -> tuple[str, ...]:
        flags = self.r.texts(fields, path, key, allow_single=True, what="flag name")
        for index, flag in enumerate(flags):
            if not IDENTIFIER.match(flag) or flag in ("and", "or", "not"):
                self.r.error(path + (key, index), f"flag name '{flag}' must use only letters, digits and '_' "
                                                  "and not be and/or/not")
        return flags

    def _golden_paths(self, data: Any) -> tuple[GoldenPath, ...]:
        if data is None:
            return ()
        r, path = self.r, ("golden_paths",)
        if not isinstance(data, list):
            r.error(path, "'golden_paths' must be a list of scripted runs")
            return ()
        result = []
        for index, item in enumerate(data):
            item_path = path + (index,)
            fields = r.mapping(item, item_path, "a golden path", ("name", "replies", "expect"),
                               ("name", "replies", "expect"))
            if fields is None:
                continue
            expect = r.mapping(fields.get("expect", {}), item_path + ("expect",), "expect", ("outcome", "path"),
                               ("outcome",))
            outcome = r.choice(expect, item_path + ("expect",), "outcome", OUTCOMES) if expect else None
            node_path = r.texts(expect, item_path + ("expect",), "path", what="node id") if expect else ()
            result.append(GoldenPath(
                name=r.text(fields, item_path, "name") or f"path {index + 1}",
                replies=r.texts(fields, item_path, "replies", what="reply"),
                outcome=Outcome(outcome) if outcome else Outcome.RESOLVED,
                path=node_path or None,
            ))
        return tuple(result)

