"""The conversation engine: branches, effects, timeouts on a fake clock, outcomes and CSAT."""

from __future__ import annotations

import textwrap

import pytest

from simulator.domain import FakeClock, Outcome, ReplyScore, SimulatorError
from simulator.scenario.engine import (
    LEAVE_MESSAGE,
    Conversation,
    ConversationOver,
    csat_from_moods,
    mood_ladder,
)
from simulator.scenario.model import Scenario
from simulator.scenario.parse import parse_scenario_text
from simulator.service.scripted import ScriptedReply, parse_replies, play_scripted
from tests.scenario.conftest import TableScorer

BRANCHY = textwrap.dedent("""\
    format: 1
    id: branchy
    title: Branchy
    description: Exercises every kind of transition.
    difficulty: 3
    channel: live_chat
    estimated_minutes: 4
    persona: {name: Ana, situation: Parcel lost., mood: anxious, patience: 3}
    goals:
      key_points:
        sorry: {description: Apologise, examples: ["I'm sorry"]}
        date: {description: Give a date, examples: ["It arrives Friday"]}
      avoid:
        blame: ["You should have checked"]
    intents:
      asks_number: ["What is your order number?"]
    timing: {target_seconds: 30, follow_up_seconds: 60}
    follow_up: ["Still there?", "Hello??"]
    start: open
    nodes:
      open:
        customer: ["Where is my parcel?", "My parcel is lost!"]
        typing_seconds: 4
        model_answer: I'm sorry, Ana, let me check.
        next:
          - if: empathy < 30
            mood: down
            goto: upset
          - violates: blame
            mood: angry
            patience: -3
            goto: done
          - intent: asks_number
            set: [asked]
            goto: middle
          - keywords: [manager, supervisor]
            goto: escalate
          - matches: 'refund\\s+now'
            goto: done
          - mood: up
            goto: middle
      middle:
        customer: ["OK, and?", "So?"]
        target_seconds: 90
        model_answer: It arrives Friday.
        next:
          - covers: [sorry, date]
            if: not asked and seconds < 120
            mood: up
            goto: done
          - if: asked
            unset: [asked]
            goto: middle
          - goto: middle
      upset:
        customer: ["Wow, rude.", "That's not nice."]
        model_answer: Sorry, that came out wrong.
        next:
          - goto: done
      escalate:
        customer: ["Fine, get your manager.", "OK, manager then."]
        end: escalated
      done:
        customer: ["Thanks.", "Bye."]
        end: resolved
    """)


@pytest.fixture
def branchy() -> Scenario:
    scenario, problems = parse_scenario_text(BRANCHY, "branchy.yaml")
    assert scenario is not None, problems
    return scenario


def start(scenario: Scenario, scorer: TableScorer, seed: int = 1) -> tuple[Conversation, FakeClock]:
    clock = FakeClock()
    conversation = Conversation(scenario, scorer, clock, seed)
    conversation.start()
    return conversation, clock


def test_variants_are_seeded(branchy: Scenario) -> None:
    first = {seed: start(branchy, TableScorer(), seed)[0].transcript[0].text for seed in range(20)}
    again = {seed: start(branchy, TableScorer(), seed)[0].transcript[0].text for seed in range(20)}
    assert first == again
    assert set(first.values()) == set(branchy.nodes["open"].customer)


def test_first_matching_transition_wins_in_order(branchy: Scenario) -> None:
    scorer = TableScorer({"cold": {"empathy": 10, "intents": {"asks_number"}},
                          "number?": {"intents": {"asks_number"}}})
    conversation, _ = start(branchy, scorer)
    assert conversation.reply("cold").turn.next_node == "upset"  # the score rule comes first
    conversation, _ = start(branchy, scorer)
    assert conversation.reply("number?").turn.next_node == "middle"


@pytest.mark.parametrize("reply,node", [
    ("Let me get my Manager.", "escalate"),
    ("I'll get a supervisor", "escalate"),
    ("managerial staff", "middle"),  # keywords are whole words
    ("I will REFUND   now", "done"),  # matches: case-insensitive regular expression
    ("hello", "middle"),  # the default
])
def test_keywords_regex_and_default(branchy: Scenario, reply: str, node: str) -> None:
    conversation, _ = start(branchy, TableScorer())
    assert conversation.reply(reply).turn.next_node == node


def test_violation_sets_mood_and_patience_can_end_the_conversation(branchy: Scenario) -> None:
    conversation, _ = start(branchy, TableScorer({"your fault": {"violations": {"blame"}}}))
    outcome = conversation.reply("your fault")
    assert conversation.finished and conversation.outcome is Outcome.CUSTOMER_LEFT
    assert outcome.messages[-1].text == LEAVE_MESSAGE
    assert conversation.mood == "angry"
    assert conversation.result().csat == 1


def test_mood_moves_along_the_persona_ladder(branchy: Scenario) -> None:
    assert mood_ladder("anxious") == ("angry", "frustrated", "anxious", "calm", "satisfied")
    assert mood_ladder("calm") == ("angry", "frustrated", "calm", "satisfied")
    conversation, _ = start(branchy, TableScorer({"cold": {"empathy": 10}}))
    conversation.reply("cold")
    assert conversation.mood == "frustrated"
    conversation, _ = start(branchy, TableScorer())
    conversation.reply("fine")
    assert conversation.mood == "calm"


def test_key_points_accumulate_and_flags_are_set_and_cleared(branchy: Scenario) -> None:
    scorer = TableScorer({"sorry": {"key_points": {"sorry"}, "intents": {"asks_number"}},
                          "friday": {"key_points": {"date"}}})
    conversation, clock = start(branchy, scorer)
    conversation.reply("sorry")  # sets `asked`
    clock.advance(10)
    assert conversation.reply("friday").turn.next_node == "middle"  # blocked by `not asked`, which is cleared
    clock.advance(10)
    outcome = conversation.reply("still friday")
    assert outcome.turn.next_node == "done"
    result = conversation.result()
    assert result.outcome is Outcome.RESOLVED
    assert result.key_points_covered == {"sorry", "date"}
    assert result.path == ("open", "middle", "middle", "done")


def test_latency_counts_from_when_the_message_appears(branchy: Scenario) -> None:
    scorer = TableScorer()
    conversation, clock = start(branchy, scorer)
    assert conversation.transcript[0].at == 4  # after the typing indicator
    clock.advance(10)
    turn = conversation.reply("hello").turn
    assert turn.seconds == 6
    context, reply, timing = scorer.calls[0]
    assert timing is not None and timing.seconds == 6 and timing.target_seconds == 30 and timing.first_response
    assert context.customer_message in branchy.nodes["open"].customer
    assert context.history == ()
    assert context.persona is not None and context.persona.mood.value == "anxious"
    assert [point.id for point in context.key_points] == ["sorry", "date"]
    clock.advance(20)
    conversation.reply("again")
    context, _, timing = scorer.calls[1]
    assert timing is not None and timing.target_seconds == 90 and not timing.first_response  # node override
    assert [role for role, _ in context.history] == ["customer", "agent"]
    assert context.persona is not None and context.persona.mood.value == "calm"  # the mood went up


def test_silence_brings_follow_ups_then_the_customer_leaves(branchy: Scenario) -> None:
    conversation, clock = start(branchy, TableScorer())
    clock.advance(63)
    assert conversation.poll() == []  # 4 s typing + 60 s: not yet
    clock.advance(1)
    follow_up = conversation.poll()
    assert [m.text for m in follow_up] == ["Still there?"] and follow_up[0].follow_up
    assert conversation.patience == 2 and conversation.mood == "frustrated"
    clock.advance(1000)  # long silence: the second follow-up, then leaving, each at its own deadline
    messages = conversation.poll()
    assert [m.text for m in messages] == ["Hello??", LEAVE_MESSAGE]
    assert messages[0].at == pytest.approx(64 + 2 + 60 + 2)  # deadline, then typing
    assert conversation.outcome is Outcome.CUSTOMER_LEFT
    with pytest.raises(ConversationOver):
        conversation.reply("sorry, I'm back")


def test_latency_after_a_follow_up_counts_from_the_first_unanswered_message(branchy: Scenario) -> None:
    conversation, clock = start(branchy, TableScorer())
    clock.advance(80)
    conversation.poll()
    turn = conversation.reply("sorry for the wait").turn
    assert turn.seconds == 76
    assert turn.customer.endswith("\nStill there?")


def test_patience_out_node_is_played_when_defined(branchy: Scenario) -> None:
    scenario, _ = parse_scenario_text(BRANCHY.replace("start: open", "start: open\npatience_out: escalate"))
    assert scenario is not None
    conversation, clock = start(scenario, TableScorer())
    clock.advance(10_000)
    messages = conversation.poll()
    assert messages[-1].text in scenario.nodes["escalate"].customer
    assert conversation.outcome is Outcome.ESCALATED


def test_max_turns_ends_an_endless_loop(branchy: Scenario) -> None:
    scenario, _ = parse_scenario_text(BRANCHY.replace("start: open", "start: open\nmax_turns: 3"))
    assert scenario is not None
    conversation, clock = start(scenario, TableScorer())
    for _ in range(3):
        clock.advance(5)
        conversation.reply("hmm")
    assert conversation.outcome is Outcome.CUSTOMER_LEFT
    assert len(conversation.result().turns) == 3


def test_a_stored_score_is_replayed_without_scoring(branchy: Scenario) -> None:
    scorer = TableScorer()
    conversation, _ = start(branchy, scorer)
    turn = conversation.reply("anything", score=ReplyScore(10, 50, 50, 40)).turn
    assert scorer.calls == [] and turn.next_node == "upset"


def test_csat_follows_the_mood_trajectory() -> None:
    assert csat_from_moods(["anxious", "calm", "satisfied"], Outcome.RESOLVED) == 5
    assert csat_from_moods(["angry", "angry"], Outcome.RESOLVED) == 1
    assert csat_from_moods(["calm", "calm"], Outcome.RESOLVED) == 4
    assert csat_from_moods(["calm", "frustrated"], Outcome.ESCALATED) == 2
    assert csat_from_moods(["satisfied"], Outcome.CUSTOMER_LEFT) == 1
    better = csat_from_moods(["angry", "frustrated", "calm"], Outcome.RESOLVED)
    worse = csat_from_moods(["calm", "frustrated", "calm"], Outcome.RESOLVED)
    assert better <= worse  # same ending: a worse journey never scores higher


def test_parse_replies_reads_delays_and_newlines() -> None:
    replies = parse_replies(["[90s] Hello\\nthere", "", "plain", "[2.5 s]quick\r\n"])
    assert replies == [ScriptedReply("Hello\nthere", 90.0), ScriptedReply("plain", None),
                       ScriptedReply("quick", 2.5)]


def test_scripted_play_running_out_of_replies_means_silence(branchy: Scenario) -> None:
    result = play_scripted(branchy, parse_replies(["hello"]), TableScorer())
    assert result.outcome is Outcome.CUSTOMER_LEFT
    assert [m.text for m in result.transcript if m.follow_up] == ["Still there?", "Hello??"]
    assert result.turns[0].seconds == 2  # one second per word, at least two


def test_send_then_complete_keeps_the_customer_waiting_quietly(branchy: Scenario) -> None:
    conversation, clock = start(branchy, TableScorer())
    clock.advance(10)
    sent = conversation.send("Sorry, checking now")
    assert conversation.transcript[-1].text == "Sorry, checking now"  # in the transcript before scoring
    assert (sent.index, sent.seconds, sent.customer_at) == (1, 6, 4)
    clock.advance(10_000)  # scoring is slow: the customer does not chase a reply they already have
    assert conversation.poll() == [] and not conversation.finished
    with pytest.raises(SimulatorError):
        conversation.send("another")
    outcome = conversation.complete(ReplyScore(80, 80, 80, 80))
    assert outcome.turn.next_node == "middle"
    with pytest.raises(SimulatorError):
        conversation.complete(ReplyScore(80, 80, 80, 80))
