"""The scenario library: every `*.yaml` file under some folders, loaded so that one broken file never
stops the others."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from simulator.domain import ScenarioError
from simulator.scenario.model import Scenario
from simulator.scenario.parse import check_scenario
from simulator.scenario.problems import Problem

BUILT_IN = Path(__file__).resolve().parents[2] / "scenarios"


@dataclass(frozen=True)
class Library:
    scenarios: tuple[Scenario, ...]
    problems: tuple[Problem, ...]  # errors of the files left out, and warnings of all

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(problem for problem in self.problems if problem.severity == "error")

    def find(self, key: str) -> Scenario:
        """A scenario by id, or by the path of its file."""
        for scenario in self.scenarios:
            if scenario.id == key or (scenario.path and scenario.path.resolve() == Path(key).resolve()):
                return scenario
        ids = ", ".join(scenario.id for scenario in self.scenarios) or "none"
        raise ScenarioError(f"no scenario '{key}' in the library (known: {ids})")


def scenario_files(paths: Iterable[Path | str]) -> list[Path]:
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()))
        else:
            files.append(path)
    return files


def load_library(paths: Iterable[Path | str] = (BUILT_IN,)) -> Library:
    scenarios: list[Scenario] = []
    problems: list[Problem] = []
    first_file: dict[str, Path] = {}
    for file in scenario_files(paths):
        scenario, file_problems = check_scenario(file)
        problems.extend(file_problems)
        if scenario is None:
            continue
        if scenario.id in first_file:
            problems.append(Problem(str(file), 1, 1, "error", f"duplicate scenario id '{scenario.id}' "
                                    f"(already used by {first_file[scenario.id]})"))
            continue
        first_file[scenario.id] = file
        scenarios.append(scenario)
    return Library(tuple(scenarios), tuple(problems))
