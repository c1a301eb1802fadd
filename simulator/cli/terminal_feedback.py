"""Text renderings of scores, evidence and the final report for the terminal (colour only on a terminal)."""

from __future__ import annotations

from simulator.domain import DIMENSIONS, Message, ReplyScore, SessionResult, Turn, mean
from simulator.scenario.model import Scenario

BAR_WIDTH = 10


class Style:
    def __init__(self, color: bool) -> None:
        self.color = color

    def _wrap(self, code: str, text: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self.color else text

    def bold(self, text: str) -> str:
        return self._wrap("1", text)

    def dim(self, text: str) -> str:
        return self._wrap("2", text)

    def good(self, text: str) -> str:
        return self._wrap("32", text)

    def bad(self, text: str) -> str:
        return self._wrap("31", text)

    def customer(self, text: str) -> str:
        return self._wrap("36", text)


def bar(value: float) -> str:
    filled = round(value / 100 * BAR_WIDTH)
    return "█" * filled + "░" * (BAR_WIDTH - filled)


def format_customer(message: Message, name: str, style: Style) -> str:
    label = f"{name} (again)" if message.follow_up else name
    body = message.text.replace("\n", "\n    ")
    return f"{style.customer(style.bold(label) + ':')} {style.customer(body)}"


def format_scores(score: ReplyScore, style: Style) -> str:
    parts = []
    for dimension in DIMENSIONS:
        value = score.get(dimension)
        if value is not None:
            parts.append(f"{dimension:<8} {bar(value)} {value:3.0f}")
    return "\n".join("  " + part for part in parts)


def format_turn(turn: Turn, style: Style) -> str:
    """Per-reply feedback: the scores as bars, the evidence quoted from the reply, one tip per dimension."""
    score = turn.score
    lines = [style.dim(f"  answered in {turn.seconds:.0f} s"), format_scores(score, style)]
    for dimension in DIMENSIONS:
        for evidence in score.evidence.get(dimension, ()):
            whole = evidence.start == 0 and evidence.end >= len(turn.reply.rstrip())
            quote = "whole reply" if whole else '"' + turn.reply[evidence.start:evidence.end].replace("\n", " ") + '"'
            mark = style.good("+") if evidence.sign > 0 else style.bad("-")
            lines.append(f"  {mark} {quote} {style.dim(f'{evidence.label} ({dimension})')}")
    for dimension in DIMENSIONS:
        tip = score.tips.get(dimension)
        if tip:
            lines.append(f"  {style.bold('Tip')} ({dimension}): {tip}")
    return "\n".join(lines)


def format_report(scenario: Scenario, result: SessionResult, style: Style) -> str:
    stars = "★" * result.csat + "☆" * (5 - result.csat)
    lines = [
        "",
        style.bold(f"== {scenario.title} =="),
        f"Outcome: {result.outcome.value.replace('_', ' ')}    Customer satisfaction: {stars} ({result.csat}/5)",
        f"Mood: {' > '.join(result.mood_journey)}",
    ]
    if scenario.key_points:
        covered = [point.description for point in scenario.key_points if point.id in result.key_points_covered]
        missed = [point.description for point in scenario.key_points if point.id not in result.key_points_covered]
        lines += [style.good(f"  covered: {text}") for text in covered]
        lines += [style.bad(f"  missed:  {text}") for text in missed]
    if result.turns:
        averages = {d: mean(t.score.get(d) for t in result.turns) for d in DIMENSIONS}
        lines.append("Average: " + "   ".join(f"{d} {v:.0f}" for d, v in averages.items() if v is not None))
    for turn in result.turns:
        lines += ["", style.bold(f"Turn {turn.index}") + style.dim(f"  ({turn.node}, {turn.seconds:.0f} s)"),
                  f"  {style.customer('Customer:')} {turn.customer}",
                  f"  You:      {turn.reply}"]
        if turn.model_answer:
            lines.append(f"  {style.good('Model:')}    {turn.model_answer}")
        lines.append(format_scores(turn.score, style))
    return "\n".join(lines)

