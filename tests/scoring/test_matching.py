"""Key points, intents and things to avoid, matched by meaning with the real encoder."""

from __future__ import annotations

import pytest

from simulator.domain import KeyPoint
from simulator.scoring import ReplyScorer
from tests.scoring.helpers import context

pytestmark = pytest.mark.slow

INTENTS = {
    "asks_order_number": ("Could you give me your order number?", "What is the order number, please?"),
    "offers_refund": ("I can refund the shipping cost right away.", "I'll give you your money back."),
    "offers_replacement": ("I'll send you a replacement today.", "We can ship a new one out to you."),
    "asks_account_email": ("What's the email address on your account?",),
}
KEY_POINTS = (
    KeyPoint("new_date", "Give a concrete new delivery date",
             ("It will be delivered on Thursday before 6 pm.", "The courier has rescheduled it for tomorrow.")),
    KeyPoint("apology", "Apologise for the delay and own it", ("I'm sorry, we let you down on this delivery.",)),
    KeyPoint("cause", "Explain why the parcel is late",
             ("The parcel got stuck at our depot because of a scanner fault.",)),
)
AVOID = {
    "blame": ("You should have chosen express shipping.", "That's the courier's problem, not ours."),
    "promise_unknown": ("I guarantee it will be there today.",),
}
PARCEL = context("Where is my parcel? It was due yesterday.", key_points=KEY_POINTS, intents=INTENTS, avoid=AVOID)


@pytest.mark.parametrize(("reply", "intents"), [
    ("Order number?", {"asks_order_number"}),
    ("Can you send me the order number so I can look?", {"asks_order_number"}),
    ("I've refunded your delivery fee.", {"offers_refund"}),
    ("I'll get a replacement sent out this afternoon.", {"offers_replacement"}),
    ("What email did you sign up with?", {"asks_account_email"}),
    # near misses that must not match: negation, a statement against a question, another request
    ("I can't refund the shipping, sorry.", set()),
    ("No refund is possible on this item.", set()),
    ("Your order number is 4821.", set()),
    ("Could you confirm your address?", set()),
    ("Thanks for waiting.", set()),
    ("Let me check that for you.", set()),
    ("Is there anything else I can help with?", set()),
    ("ok", set()),
])
def test_intents_match_paraphrases_but_not_near_misses(scorer: ReplyScorer, reply: str, intents: set[str]) -> None:
    assert scorer.score(PARCEL, reply).intents == intents


@pytest.mark.parametrize(("reply", "covered"), [
    ("The courier will bring it tomorrow between 9 and 12.", {"new_date"}),
    ("I'm so sorry we let you down.", {"apology"}),
    ("I'm sorry it's late. It'll come Thursday. The depot had a scanner fault, so it sat there for two days.",
     {"new_date", "cause"}),
    ("Hello, how can I help?", set()),
    ("Sorry for the trouble.", set()),
])
def test_key_points_are_found_sentence_by_sentence(scorer: ReplyScorer, reply: str, covered: set[str]) -> None:
    assert scorer.score(PARCEL, reply).key_points >= covered
    assert scorer.score(PARCEL, reply).key_points <= covered | {"apology"}


@pytest.mark.parametrize(("reply", "violations"), [
    ("You should have paid for express.", {"blame"}),
    ("Not our fault, talk to the courier.", {"blame"}),
    ("It will definitely be there today, I promise.", {"promise_unknown"}),
    ("I'll chase the courier and tell you by 5 pm.", set()),
])
def test_things_to_avoid_are_reported(scorer: ReplyScorer, reply: str, violations: set[str]) -> None:
    assert scorer.score(PARCEL, reply).violations == violations


def test_a_key_point_buried_in_a_long_reply_is_still_found(scorer: ReplyScorer) -> None:
    reply = ("Thanks for your patience while I looked into this. I can see the order in our system and I've "
             "checked the notes from the warehouse team. I've also added a note to your account. The courier "
             "has rescheduled it for tomorrow. If anything changes I'll message you here.")
    assert "new_date" in scorer.score(PARCEL, reply).key_points


def test_no_targets_no_matches(scorer: ReplyScorer) -> None:
    score = scorer.score(context("Hi"), "Order number?")
    assert not score.intents and not score.key_points and not score.violations
