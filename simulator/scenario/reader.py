"""Typed access to a parsed YAML document that records a positioned problem for every misfit.

The schema lives in `parse.py`; this module only knows how to check one value and say where it is wrong.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from typing import Any

from simulator.scenario.problems import Problem
from simulator.scenario.yaml_source import Path, Source

IDENTIFIER = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_-]*$")
MISSING = object()


def _type_name(value: Any) -> str:
    if value is None:
        return "nothing"
    return {bool: "true/false", int: "a number", float: "a number", str: "text", list: "a list",
            dict: "a mapping"}.get(type(value), type(value).__name__)


class Reader:
    def __init__(self, source: Source, file: str) -> None:
        self.source = source
        self.file = file
        self.problems: list[Problem] = []

    # -- reporting -----------------------------------------------------------------------------

    def error(self, path: Path, message: str, *, at_key: bool = False, offset: int = 0) -> None:
        self._add("error", path, message, at_key, offset)

    def warn(self, path: Path, message: str, *, at_key: bool = False) -> None:
        self._add("warning", path, message, at_key, 0)

    def _add(self, severity: str, path: Path, message: str, at_key: bool, offset: int) -> None:
        position = self.source.key_position(path) if at_key else self.source.position(path)
        self.problems.append(Problem(self.file, position.line, position.column + offset, severity, message))

    @property
    def has_errors(self) -> bool:
        return any(problem.severity == "error" for problem in self.problems)

    # -- structure -----------------------------------------------------------------------------

    def mapping(self, value: Any, path: Path, what: str, allowed: Iterable[str],
                required: Iterable[str] = ()) -> dict[str, Any] | None:
        """Check a mapping: its type, unknown keys (with a suggestion) and missing required keys."""
        if not isinstance(value, dict):
            self.error(path, f"{what} must be a mapping of keys to values, not {_type_name(value)}")
            return None
        allowed = tuple(allowed)
        for key in value:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
                hint = f"; did you mean '{close[0]}'?" if close else f"; allowed keys: {', '.join(allowed)}"
                self.error(path + (key,), f"unknown key '{key}' in {what}{hint}", at_key=True)
        for key in required:
            if key not in value:
                self.error(path, f"{what} is missing the required key '{key}'", at_key=bool(path))
        return value

    def text(self, data: dict[str, Any], path: Path, key: str, default: Any = MISSING) -> Any:
        value = data.get(key, MISSING)
        if value is MISSING:
            return None if default is MISSING else default
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            self.error(path + (key,), f"'{key}' must be text, not {_type_name(value)}")
            return None
        if not value.strip():
            self.error(path + (key,), f"'{key}' is empty")
            return None
        return value.strip()

    def number(self, data: dict[str, Any], path: Path, key: str, *, minimum: float, maximum: float | None = None,
               integer: bool = False, default: Any = None) -> Any:
        value = data.get(key, MISSING)
        if value is MISSING:
            return default
        wanted = "a whole number" if integer else "a number"
        ok_type = isinstance(value, int) if integer else isinstance(value, (int, float))
        if isinstance(value, bool) or not ok_type:
            self.error(path + (key,), f"'{key}' must be {wanted}, not {_type_name(value)}")
            return default
        if value < minimum or (maximum is not None and value > maximum):
            bounds = f"from {minimum:g} to {maximum:g}" if maximum is not None else f"at least {minimum:g}"
            self.error(path + (key,), f"'{key}' must be {bounds}, not {value}")
            return default
        return value

    def choice(self, data: dict[str, Any], path: Path, key: str, choices: Iterable[str]) -> str | None:
        value = data.get(key, MISSING)
        if value is MISSING:
            return None
        choices = tuple(choices)
        if value not in choices:
            close = difflib.get_close_matches(str(value), choices, n=1, cutoff=0.6)
            hint = f"did you mean '{close[0]}'? " if close else ""
            self.error(path + (key,), f"'{key}' must be one of {', '.join(choices)}: {hint}got '{value}'")
            return None
        return str(value)

    def texts(self, data: dict[str, Any], path: Path, key: str, *, allow_single: bool = False,
              what: str = "text") -> tuple[str, ...]:
        """A list of non-empty texts (or one text when `allow_single`)."""
        value = data.get(key, MISSING)
        if value is MISSING:
            return ()
        if allow_single and isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.error(path + (key,), f"'{key}' must be a list of {what}, not {_type_name(value)}")
            return ()
        if not value:
            self.error(path + (key,), f"'{key}' is empty; give at least one {what}")
        items = []
        for index, item in enumerate(value):
            if isinstance(item, (int, float)) and not isinstance(item, bool):
                item = str(item)
            if not isinstance(item, str):
                self.error(path + (key, index), f"item {index + 1} of '{key}' must be text, "
                                                f"not {_type_name(item)}")
                continue
            if not item.strip():
                self.error(path + (key, index), f"item {index + 1} of '{key}' is empty")
                continue
            items.append(item.strip())
        return tuple(items)

    def identifier(self, value: Any, path: Path, what: str, *, at_key: bool = False) -> bool:
        if isinstance(value, str) and IDENTIFIER.match(value):
            return True
        self.error(path, f"{what} '{value}' must use only letters, digits, '_' and '-'", at_key=at_key)
        return False
