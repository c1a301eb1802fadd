from __future__ import annotations

from simulator.domain import Timing
from simulator.scoring.speed import holding_span, score_speed

SHORT = "Let me check that."
LONG = ("Thanks for waiting. I've checked your order: the courier has it at the local depot and it will be "
        "delivered tomorrow before 6 pm. I've also refunded the delivery fee to your card.")


def test_speed_falls_smoothly_as_latency_grows() -> None:
    scores = [score_speed(SHORT, Timing(seconds, 40)).score for seconds in range(0, 200, 5)]
    assert all(a >= b for a, b in zip(scores, scores[1:], strict=False))
    assert scores[0] > 90 and scores[-1] < 10
    assert max(a - b for a, b in zip(scores, scores[1:], strict=False)) < 25  # no cliff


def test_a_reply_on_target_still_scores_well_and_a_late_one_does_not() -> None:
    assert score_speed(SHORT, Timing(40, 40)).score > 70
    assert score_speed(SHORT, Timing(100, 40)).score < 30


def test_typing_time_is_allowed_for_a_longer_reply() -> None:
    assert score_speed(LONG, Timing(70, 40)).score > score_speed(SHORT, Timing(70, 40)).score


def test_a_quick_holding_message_counts_for_responsiveness() -> None:
    result = score_speed("One moment, I'm checking your order now.", Timing(6, 40))
    assert result.holding_message
    assert result.score > 90
    assert any(e.sign > 0 and "holding" in e.label for e in result.evidence)
    assert "holding message" in result.tip.lower()


def test_holding_span_points_at_the_words() -> None:
    reply = "Sure! Bear with me a second."
    start, end = holding_span(reply) or (0, 0)
    assert reply[start:end] == "Bear with me"
    assert holding_span(LONG * 3) is None


def test_late_reply_gets_evidence_and_a_tip_about_holding_messages() -> None:
    result = score_speed(SHORT, Timing(120, 40))
    assert any(e.sign < 0 for e in result.evidence)
    assert "holding message" in result.tip


def test_first_response_is_held_to_a_steeper_curve() -> None:
    later = score_speed(SHORT, Timing(75, 40)).score
    first = score_speed(SHORT, Timing(75, 40, first_response=True)).score
    assert first < later
