"""The `if:` condition language: precedence, moods on the ladder, flags, missing values."""

from __future__ import annotations

import pytest

from simulator.scenario.expressions import Environment, ExpressionError, parse_expression


def holds(source: str, mood: str = "calm", flags: frozenset[str] = frozenset(), **values: float | None) -> bool:
    return parse_expression(source).evaluate(Environment(values, mood, flags))


def test_and_binds_tighter_than_or() -> None:
    assert holds("empathy > 50 or clarity > 50 and speed > 50", empathy=60, clarity=0, speed=0)
    assert not holds("(empathy > 50 or clarity > 50) and speed > 50", empathy=60, clarity=0, speed=0)


def test_not_and_flags() -> None:
    expression = parse_expression("not refund_offered and turn >= 2")
    assert expression.flags == {"refund_offered"}
    assert holds("not refund_offered and turn >= 2", turn=2)
    assert not holds("not refund_offered and turn >= 2", flags=frozenset({"refund_offered"}), turn=2)


def test_mood_compares_on_the_ladder() -> None:
    assert holds("mood <= frustrated", mood="angry")
    assert not holds("mood <= frustrated", mood="sad")
    assert holds("mood < calm", mood="confused")
    assert holds("mood == sad", mood="sad") and not holds("mood != sad", mood="sad")
    assert holds("calm > mood", mood="angry")


def test_numbers_on_either_side_and_missing_values_are_false() -> None:
    assert holds("40 > empathy", empathy=39.5)
    assert not holds("speed < 50", speed=None) and not holds("speed >= 50", speed=None)


@pytest.mark.parametrize("source,message,offset", [
    ("empathy", "'empathy' needs a comparison, e.g. 'empathy < 40'", 0),
    ("empathy < 40 clarity > 3", "unexpected 'clarity'; join conditions with 'and' or 'or'", 13),
    ("mood == 3", "'mood' is compared with a mood name (angry, frustrated, anxious, confused, sad, calm, "
                  "satisfied), not '3'", 8),
    ("sad", "compare the mood: 'mood == sad'", 0),
    ("empathy < sad", "a mood name is compared with 'mood', e.g. 'mood == sad'", 10),
    ("(empathy < 4", "missing ')'", 12),
    ("empathy < 4 and", "the condition ends too early", 15),
    ("empathy ~ 4", "unexpected character '~'", 8),
])
def test_errors_say_what_and_where(source: str, message: str, offset: int) -> None:
    with pytest.raises(ExpressionError) as raised:
        parse_expression(source)
    assert (raised.value.message, raised.value.offset) == (message, offset)
