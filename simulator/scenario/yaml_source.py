"""Read a YAML file safely into plain Python values, remembering where each value stands in the file.

PyYAML's safe composer gives a node tree with line and column marks; we turn it into dicts, lists and
scalars ourselves, so that duplicate keys, alias bombs and oversized files are caught with a position.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

MAX_FILE_BYTES = 1_000_000
MAX_NODES = 10_000

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based


@dataclass(frozen=True)
class Source:
    """A parsed document and the position of every value in it, by path (keys and list indexes)."""

    data: Any
    positions: dict[Path, Position]
    key_positions: dict[Path, Position]

    def position(self, path: Path) -> Position:
        """Where the value at `path` stands, or its closest parent's position."""
        while path not in self.positions and path:
            path = path[:-1]
        return self.positions.get(path, Position(1, 1))

    def key_position(self, path: Path) -> Position:
        """Where the key naming the value at `path` stands (its value's position for list items)."""
        return self.key_positions.get(path) or self.position(path)


class YamlError(Exception):
    def __init__(self, message: str, position: Position) -> None:
        super().__init__(message)
        self.message = message
        self.position = position


def _mark(node: yaml.Node) -> Position:
    return Position(node.start_mark.line + 1, node.start_mark.column + 1)


def parse_yaml(text: str) -> Source:
    """Parse one YAML document; raises YamlError with a position on any problem."""
    if len(text.encode("utf-8", errors="replace")) > MAX_FILE_BYTES:
        raise YamlError(f"file is larger than {MAX_FILE_BYTES // 1_000_000} MB; split it", Position(1, 1))
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        position = Position(mark.line + 1, mark.column + 1) if mark else Position(1, 1)
        problem = error.problem or error.context or "invalid YAML"
        if "\\t" in problem or "tab" in problem:
            problem += " (indent with spaces, not tabs)"
        raise YamlError(f"invalid YAML: {problem}", position) from None
    except yaml.YAMLError as error:  # e.g. more than one document
        raise YamlError(f"invalid YAML: {error}", Position(1, 1)) from None
    if root is None:
        raise YamlError("the file is empty", Position(1, 1))
    builder = _Builder()
    data = builder.build(root, ())
    return Source(data, builder.positions, builder.key_positions)


class _Builder:
    def __init__(self) -> None:
        self.positions: dict[Path, Position] = {}
        self.key_positions: dict[Path, Position] = {}
        self.visited = 0
        self.constructor = yaml.constructor.SafeConstructor()

    def build(self, node: yaml.Node, path: Path) -> Any:
        self.visited += 1
        if self.visited > MAX_NODES:
            raise YamlError(f"the document expands to more than {MAX_NODES} values "
                            "(aliases nested too deep?)", _mark(node))
        self.positions[path] = _mark(node)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, path + (index,)) for index, item in enumerate(node.value)]
        return self._scalar(node)

    def _mapping(self, node: yaml.MappingNode, path: Path) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise YamlError("merge keys (<<) are not supported; write the keys out", _mark(key_node))
            key = self._scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else None
            if key is None or isinstance(key, (list, dict)):
                raise YamlError("a key must be plain text", _mark(key_node))
            key = str(key)
            if key in result:
                first = self.key_positions[path + (key,)]
                raise YamlError(f"duplicate key '{key}' (first defined on line {first.line})",
                                _mark(key_node))
            self.key_positions[path + (key,)] = _mark(key_node)
            result[key] = self.build(value_node, path + (key,))
        return result

    def _scalar(self, node: yaml.Node) -> Any:
        try:
            return self.constructor.construct_object(node, deep=True)
        except yaml.constructor.ConstructorError as error:
            raise YamlError(f"cannot read this value: {error.problem}", _mark(node)) from None
