"""Problems found in a scenario file, printed the way compilers print them: file:line:col: error: message."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from simulator.domain import ScenarioError


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    column: int
    severity: str  # "error" or "warning"
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.severity}: {self.message}"


class InvalidScenario(ScenarioError):
    """A scenario file with at least one error; `problems` lists them all (warnings included)."""

    def __init__(self, path: Path | str, problems: list[Problem]) -> None:
        self.path = Path(path)
        self.problems = problems
        errors = [str(problem) for problem in problems if problem.severity == "error"]
        super().__init__("\n".join(errors) or f"{path}: invalid scenario")
