"""The real scorer on replies written for these tests: orderings, independence of dimensions, robustness."""

from __future__ import annotations

import threading

import pytest

from simulator.domain import Mood, ReplyScore, Timing
from simulator.scoring import ReplyScorer, ScoreRequest
from simulator.scoring.encoder import SentenceEncoder
from simulator.scoring.features import MISFIT_LABELS
from simulator.scoring.heads import LinearHead
from simulator.scoring.lexicons import TONE_LABELS
from simulator.scoring.manifest import default_models_dir
from simulator.scoring.scorer import calm_customer_level, scored_level
from simulator.scoring.tips import _MISFIT_TIPS
from tests.conftest import team_replies
from tests.scoring.helpers import context

pytestmark = pytest.mark.slow


ANGRY = context("I've been charged twice for my gym membership this month and nobody answers the phone. "
                "This is ridiculous, I want my money back NOW.", mood=Mood.ANGRY, name="Sam Carter")
GRIEVING = context("My mum died on Sunday. I need to cancel her phone contract but I don't know where to start.",
                   mood=Mood.SAD, name="Alex Moore")
CALM = context("Hello, do you deliver to the Isle of Wight?", mood=Mood.CALM, name="Jo Bell")
LATE_PARCEL = context("My parcel was due on Monday and it still hasn't come. Where is it?", mood=Mood.FRUSTRATED)


def test_an_owning_apology_beats_sorry_you_feel_that_way(scorer: ReplyScorer) -> None:
    owning = scorer.score(ANGRY, "I'm really sorry, Sam, we charged you twice and that's our mistake. I've "
                                 "refunded the second payment of £29 and it will reach your card within 3 days.")
    fake = scorer.score(ANGRY, "We're sorry you feel that way. A refund of the second payment of £29 will reach "
                               "your card within 3 days.")
    assert owning.empathy > fake.empathy + 10
    assert any(e.label == "apology without ownership" for e in fake.evidence["empathy"])


def test_blaming_the_customer_costs_empathy(scorer: ReplyScorer) -> None:
    blaming = scorer.score(LATE_PARCEL, "You should have paid for tracked delivery. It will come when it comes.")
    kind = scorer.score(LATE_PARCEL, "I'm sorry it's late, I know you were counting on it. Let me track it now.")
    assert kind.empathy > blaming.empathy + 20


def test_a_warning_about_language_costs_empathy_and_gets_its_own_tip(scorer: ReplyScorer) -> None:
    swearing = context("this is f*cking useless, the router has dropped out 6 times today and I'm on a deadline")
    fix = "A line fault caused the drop-outs; an engineer fixes it tomorrow between 8 and 12."
    policing = scorer.score(swearing, f"Please keep the language respectful so I can help. {fix}")
    heard = scorer.score(swearing, f"Six drop-outs on a deadline day is maddening, I'm sorry. {fix}")
    assert heard.empathy > policing.empathy + 15
    assert policing.tips["empathy"].startswith("They are angry at the problem, not at you")


def test_warm_but_vague_and_clear_but_cold_each_win_on_their_own_dimension(scorer: ReplyScorer) -> None:
    warm_vague = scorer.score(LATE_PARCEL, "Oh no, I'm so sorry, I completely understand how annoying that is! "
                                           "I'll look into it and hopefully it'll turn up soon.")
    clear_cold = scorer.score(LATE_PARCEL, "Parcel 55120 is at the Leeds depot. Delivery: Wednesday 12 March, "
                                           "8 am to 1 pm. Track it under Orders > 55120.")
    assert warm_vague.empathy > clear_cold.empathy + 10
    assert clear_cold.clarity > warm_vague.clarity + 10


def test_the_same_cheerful_reply_fits_a_calm_question_better_than_grief(scorer: ReplyScorer) -> None:
    reply = "Awesome, happy to help with that! 😊 Just tell me the account number!"
    assert scorer.score(CALM, reply).empathy > scorer.score(GRIEVING, reply).empathy + 10


def test_acknowledging_grief_beats_a_transactional_answer(scorer: ReplyScorer) -> None:
    kind = scorer.score(GRIEVING, "I'm so sorry about your mum, Alex. I'll take care of this for you: I only "
                                  "need her phone number, and I'll close the contract today with no fees.")
    flat = scorer.score(GRIEVING, "To close the account send a death certificate and the account number to "
                                  "our bereavement team. Processing takes 10 working days.")
    assert kind.empathy > flat.empathy + 15


def test_jargon_lowers_clarity_and_is_shown(scorer: ReplyScorer) -> None:
    plain = scorer.score(CALM, "Yes, we deliver to the Isle of Wight. It takes 2 extra days and costs £4.")
    jargon = scorer.score(CALM, "Yes, IoW is a non-mainland postcode so it routes via our 3PL's offshore "
                                "consignment SLA with a surcharge.")
    assert plain.clarity > jargon.clarity + 15
    assert any(e.label.startswith("jargon") for e in jargon.evidence["clarity"])
    assert "jargon" in jargon.tips["clarity"].lower() or "everyday words" in jargon.tips["clarity"]


def test_options_restated_to_a_customer_who_asked_which_to_take_cost_clarity(scorer: ReplyScorer) -> None:
    asking = context("We're a team of 8 and only need shared boards. Should we be on the Team or Business plan?")
    pick = scorer.score(asking, "I'd go with Team: up to 10 users for £96 a month, with shared boards. Business, "
                                "at £160, adds single sign-on and audit logs you don't need.")
    both = scorer.score(asking, "Both would work for you. Team is up to 10 users for £96 a month with shared "
                                "boards; Business is £160 a month and adds single sign-on and audit logs.")
    assert pick.clarity > both.clarity
    assert both.tips["clarity"].startswith("The customer asked which to choose")


def test_hedging_lowers_clarity(scorer: ReplyScorer) -> None:
    sure = scorer.score(CALM, "Yes, we deliver to the Isle of Wight in 3 working days.")
    hedged = scorer.score(CALM, "I think maybe we might deliver there, possibly, it should probably be fine.")
    assert sure.clarity > hedged.clarity + 15


def test_length_alone_does_not_buy_empathy(scorer: ReplyScorer) -> None:
    short_warm = scorer.score(ANGRY, "That's on us, Sam, I'm sorry. Refunding the £29 now.")
    long_cold = scorer.score(ANGRY, "Membership fees are collected according to the billing schedule set out in "
                                    "the membership terms and conditions, which were accepted at sign-up. Where "
                                    "a duplicate collection is identified, members may submit a claim through "
                                    "the online form, which will be assessed in line with our refund policy.")
    assert short_warm.empathy > long_cold.empathy + 15


def test_scores_are_in_range_with_speed_only_when_timed(scorer: ReplyScorer) -> None:
    untimed = scorer.score(CALM, "Yes, we do.")
    timed = scorer.score(CALM, "Yes, we do.", Timing(10, 40))
    assert untimed.speed is None and "speed" not in untimed.evidence
    assert timed.speed is not None and 0 <= timed.speed <= 100
    for score in (untimed, timed):
        for value in (score.empathy, score.clarity, score.overall):
            assert 0 <= value <= 100
        assert set(score.tips) >= {"empathy", "clarity"}


@pytest.mark.parametrize("reply", [
    "",
    "   \n\t ",
    "x" * 20000,
    ("I'm sorry about the delay. " * 800)[:20000],
    "Thanks 😀🙏🏽 \u202eדחוף\u202c مرحبا \u200b\u200d\ufeff ok",
    "<script>alert('x')</script><p>Hello <b>there</b>, your <a href='#'>order</a> ships &amp; arrives Monday.</p>",
    "\x00\x01\x02 control characters \u0007",
    "🙂" * 3000,
])
def test_odd_replies_score_without_crashing_and_offsets_stay_valid(scorer: ReplyScorer, reply: str) -> None:
    score = scorer.score(LATE_PARCEL, reply, Timing(30, 40))
    assert isinstance(score, ReplyScore)
    for items in score.evidence.values():
        for item in items:
            assert 0 <= item.start <= item.end <= len(reply)


@pytest.mark.parametrize("reply", ["", " 🙂 "])
def test_empty_reply_scores_zero_with_a_tip(scorer: ReplyScorer, reply: str) -> None:
    score = scorer.score(LATE_PARCEL, reply)
    assert score.empathy == 0 and score.clarity == 0
    assert "Write a reply" in score.tips["empathy"]


@pytest.mark.parametrize("reply", ["죄송합니다. 소포는 내일 도착합니다.", "Извините, посылка придёт завтра."])
def test_a_reply_in_another_alphabet_is_not_taken_for_an_empty_one(scorer: ReplyScorer, reply: str) -> None:
    score = scorer.score(LATE_PARCEL, reply)
    assert score.empathy == 0 and score.clarity == 0
    assert all("in English" in tip and "Write a reply" not in tip for tip in score.tips.values())


def test_evidence_in_html_points_at_the_visible_words(scorer: ReplyScorer) -> None:
    reply = "<p>Your <b>DOCSIS</b> profile is fine.</p>"
    score = scorer.score(CALM, reply)
    assert "DOCSIS" in {reply[e.start:e.end] for e in score.evidence["clarity"]}


def test_batch_scores_equal_single_scores(scorer: ReplyScorer) -> None:
    replies = ["I'm sorry, let me fix that now.", "Per policy, no.", "It ships Monday at 9 am."]
    batch = scorer.score_batch([ScoreRequest(ANGRY, r) for r in replies])
    for reply, score in zip(replies, batch, strict=True):
        single = scorer.score(ANGRY, reply)
        assert abs(single.empathy - score.empathy) < 0.5 and abs(single.clarity - score.clarity) < 0.5


def test_bfloat16_matrix_products_move_the_scores_by_less_than_a_point() -> None:
    requests = [ScoreRequest(c, r) for c in (ANGRY, GRIEVING, CALM) for r in (
        "I'm really sorry, that's our mistake. I've refunded the second payment and it reaches your card in 3 days.",
        "Per our policy, refunds are processed in due course. Please refer to the FAQ.",
        "Go to Account > Plan, tap Cancel, and you'll get an email within 5 minutes.")]
    exact, fast = (ReplyScorer(encoder=SentenceEncoder(bfloat16=b)).score_batch(requests) for b in (False, True))
    for one, other in zip(exact, fast, strict=True):
        assert abs(one.empathy - other.empathy) < 1.0 and abs(one.clarity - other.clarity) < 1.0
        assert {d: [e.label for e in one.evidence[d]] for d in one.evidence} == \
            {d: [e.label for e in other.evidence[d]] for d in other.evidence}


def test_a_fresh_scorer_is_cheap_and_loads_once_under_concurrent_use() -> None:
    fresh = ReplyScorer()
    assert fresh._heads is None  # nothing loaded yet
    results: list[ReplyScore] = []
    threads = [threading.Thread(target=lambda: results.append(fresh.score(CALM, "Yes, we do.")))
               for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 4
    assert len({(r.empathy, r.clarity) for r in results}) == 1


def test_a_plain_helpful_answer_to_a_calm_question_is_not_cold(scorer: ReplyScorer) -> None:
    calm = context("How do I change my delivery address?")
    plain = scorer.score(calm, "Go to Account > Addresses, tap Edit next to your address, change it and tap Save.")
    assert plain.empathy >= 40
    rude = scorer.score(calm, "It's in the settings, obviously. Read the FAQ next time.")
    assert plain.empathy > rude.empathy + 15


def test_a_loss_mentioned_earlier_in_the_conversation_still_counts(scorer: ReplyScorer) -> None:
    from simulator.domain import ScoringContext

    reply = "Awesome!! All done, have a great day! 😊"
    fresh = ScoringContext(customer_message="Thanks. The account number is 55120.")
    remembered = ScoringContext(customer_message="Thanks. The account number is 55120.",
                                history=(("customer", "My wife passed away last week, I need to close her account."),
                                         ("agent", "I'm so sorry. Could you give me the account number?")))
    assert scorer.score(remembered, reply).empathy < scorer.score(fresh, reply).empathy


def test_one_condescending_sentence_in_a_helpful_reply_costs_empathy_and_is_pointed_at(scorer: ReplyScorer) -> None:
    helpful = ("I've found your order 4821. It left our warehouse on Tuesday and the courier will deliver it "
               "tomorrow before 1 pm. You'll get a text with a one-hour slot in the morning.")
    plain = scorer.score(LATE_PARCEL, helpful)
    respectful = scorer.score(LATE_PARCEL, "Thanks for checking in about this. " + helpful)
    for opening in ("Funnily enough, parcels take time to travel. ", "People always panic about parcels. "):
        sneering = scorer.score(LATE_PARCEL, opening + helpful)
        # Against the same reply without it: 36.5 and 20.5 points (session 19: a reply with a cold cue is never read
        # warmer than the head reads it); 24.2 and 32.7 (session 16: "funnily enough" is a sarcasm cue);
        # 4.0 and 17.7 (session 15); 5.0 and 29.6 (session 14); 14.1 and 15.3 (session 13); 6.5 and 19 (session 12,
        # the three-layer reader, which reads the dry sarcasm of the first less coldly than the head does).
        assert plain.empathy > sneering.empathy + 10, opening
        assert respectful.empathy > sneering.empathy, opening
        assert abs(respectful.clarity - sneering.clarity) < 10  # the same facts, as clear
    pointed = [e for e in sneering.evidence["empathy"] if e.label == "cold or condescending sentence"]
    assert [(e.start, e.end) for e in pointed] == [(0, len("People always panic about parcels."))]
    assert not [e for e in respectful.evidence["empathy"] if e.sign < 0]


def test_a_short_factual_answer_is_not_pointed_at_as_cold(scorer: ReplyScorer) -> None:
    reply = ("Yes, we do. We back up your whole site every night at 2am and keep each copy for 30 days. To restore, "
             "go to 'Backups' in your dashboard, pick a date and click 'Restore'.")
    item = scorer.analyse_batch([ScoreRequest(context("Do you back up my site?"), reply)])[0]
    head = LinearHead.from_json((default_models_dir() / "heads" / "empathy.json").read_text(encoding="utf-8"))
    cold = next(p for p in head.probes if p.name == "hostile_probe")
    index, log_odds = cold.strongest(item.sentence_vectors)
    assert (index, log_odds > cold.threshold) == (0, True)   # the probe reads "Yes, we do." as curt...
    score = scorer.score(context("Do you back up my site?"), reply)
    assert not [e for e in score.evidence["empathy"] if e.label == "cold or condescending sentence"]  # ...too short


def test_plain_active_wording_is_clearer_than_the_same_facts_in_officialese(scorer: ReplyScorer) -> None:
    plain = scorer.score(LATE_PARCEL, "We sent your parcel on Tuesday. The courier lost it, so we are sending a "
                                      "new one today. It will reach you on Friday.")
    official = scorer.score(LATE_PARCEL, "Dispatch occurred Tuesday. Non-delivery was attributed to courier "
                                         "misplacement, and replacement dispatch has been initiated, with "
                                         "delivery anticipated Friday.")
    assert plain.clarity > official.clarity + 10
    labels = [e.label for e in official.evidence["clarity"]]
    assert "passive: who does it?" in labels


def test_no_sentence_is_called_both_hostile_and_warm(scorer: ReplyScorer) -> None:
    """Neither by the two probes, nor by a probe against a lexicon cue that reads the sentence as caring."""
    rows = [*team_replies(every=4), {
        "customer": "I'm a nurse working nights and your 'support hours' are 9-5. When am I supposed to call?",
        "reply": "That's a really fair point, and it must be frustrating after long shifts. You can use this chat "
                 "24/7, and I can book you a callback at any time you choose, including 7am after your shift."}]
    scores = scorer.score_batch([ScoreRequest(context(row["customer"]), row["reply"]) for row in rows])
    probe_labels = {"cold or condescending sentence", "warm, caring sentence"}
    for score in scores:
        spans = [(e.start, e.end) for e in score.evidence["empathy"] if e.label in probe_labels]
        assert len(spans) == len(set(spans))
        caring = [e for e in score.evidence["empathy"] if e.sign > 0 and e.label in TONE_LABELS]
        for hostile in (e for e in score.evidence["empathy"] if e.label == "cold or condescending sentence"):
            assert not any(hostile.start <= e.start and e.end <= hostile.end for e in caring)
    assert sum(any(e.label in probe_labels for e in s.evidence["empathy"]) for s in scores) > len(scores) // 50


def test_sympathy_that_does_not_fit_the_customer_is_not_also_called_warm(scorer: ReplyScorer) -> None:
    calm = context("Hi, please could you send me the list of documents you need for my mortgage application. Thanks")
    presumed, plain = (scorer.score(calm, reply) for reply in (
        "I understand this must be so stressful for you. Please upload your last 3 payslips and photo ID under "
        "Documents.", "Of course! Please upload your last 3 payslips and photo ID under Documents."))
    labels = {e.label for e in presumed.evidence["empathy"]}
    assert "feelings the customer did not express" in labels and "warm, caring sentence" not in labels
    assert presumed.tips["empathy"].startswith("They asked calmly")
    assert presumed.empathy < plain.empathy


def test_the_calm_pull_does_not_lift_sympathy_that_does_not_fit(scorer: ReplyScorer) -> None:
    calm = context("Hi, what time does the pharmacy close on Sunday?")
    presumed, plain = (scorer.score(calm, reply) for reply in (
        "Oh no, I can only imagine how worrying this must be for you! We close at 4pm on Sundays.",
        "Hi! We close at 4pm on Sundays. Anything else I can help with today?"))
    assert plain.empathy > presumed.empathy + 10
    assert calm_customer_level(0.5, 0.0, {"unwanted_sympathy": 0.5}) == 0.5
    assert calm_customer_level(0.5, 0.0, {}) > 1.5


def test_a_reply_with_a_cold_cue_or_misfit_sympathy_is_never_read_warmer_than_the_head_reads_it() -> None:
    upset, cold, plain, misfit = 1.0, {"cold_cues": 0.5}, {"cold_cues": 0.0}, {"unwanted_sympathy": 0.5}
    assert scored_level("empathy", 1.0, 3.0, upset, cold) == 1.0
    assert scored_level("empathy", 1.0, 0.0, upset, cold) == 0.5  # a colder reading still counts
    assert scored_level("empathy", 1.0, 3.0, upset, misfit) == 1.0
    assert scored_level("empathy", 1.0, 3.0, upset, plain) == 2.0
    assert scored_level("clarity", 1.0, 3.0, upset, cold) == 2.0


def test_sympathy_before_the_answer_to_a_customer_at_the_gate_scores_below_the_plain_answer(
        scorer: ReplyScorer) -> None:
    hurried = context("gate closes in 15 min - is my checked bag going all the way to Lisbon? y/n")
    plain, gushing = (scorer.score(hurried, reply) for reply in (
        "Yes, your bag is checked through to Lisbon, so you don't need to collect it in Madrid. Have a good flight!",
        "Yes, and I know how stressful airports can be, so sorry for the worry! Your bag is checked through to "
        "Lisbon."))
    assert plain.empathy > gushing.empathy + 10
    assert "pleasantries before the answer to a customer in a hurry" in {e.label for e in gushing.evidence["empathy"]}


def test_a_brisk_answer_to_a_customer_who_wants_only_the_facts_is_not_told_to_add_warmth(scorer: ReplyScorer) -> None:
    facts_only = context("numbers only please: what's the fee on a $500 transfer and how long does it take?")
    brisk = scorer.score(facts_only, "$4.50, and it arrives in 1 business day.")
    assert brisk.tips["empathy"].startswith("Brief and to the point")
    gushing = scorer.score(facts_only, "Oh, fees can be so confusing, I'm so sorry! It's $4.50, 1 business day.")
    assert gushing.tips["empathy"].startswith("They asked for the facts")
    assert brisk.empathy > gushing.empathy


def test_every_kind_of_sympathy_that_does_not_fit_has_its_own_tip() -> None:
    assert set(_MISFIT_TIPS) == MISFIT_LABELS


def test_the_sentence_that_answers_the_question_is_found_wherever_it_stands(scorer: ReplyScorer) -> None:
    asked = context("Is parking included with my room?")
    answering, reciting, buried = (item.analysis.features for item in scorer.analyse_batch([ScoreRequest(asked, reply)
        for reply in ("Yes, parking is included: one space in the underground car park, entrance on Mill Street.",
                      "Your booking is two nights in a King room, number 208, from 3 May; the €310 is paid.",
                      "Your King room 208 is booked for 3 May. Check-in is at 3pm. Parking is included too.")]))
    assert answering["answer_sentence"] > reciting["answer_sentence"] + 0.1
    assert buried["answer_sentence"] > buried["answer_first"] + 0.1
    assert answering["answer_first"] == answering["answer_sentence"]


def test_taking_up_what_this_customer_said_is_more_specific_than_sympathy_for_anyone(scorer: ReplyScorer) -> None:
    mirror = context("The removal men dropped my grandmother's mirror on the stairs and it's cracked right across.")
    taken_up, stock, boilerplate = (item.analysis.features["customer_specificity"] for item in scorer.analyse_batch(
        [ScoreRequest(mirror, reply) for reply in (
            "A cracked mirror that was your grandmother's can't simply be replaced, and our team should have "
            "carried it with far more care. I'm sorry.",
            "I'm so sorry to hear about this, I completely understand how upsetting this must be and we're here to "
            "help you every step of the way.",
            "Thank you for contacting us. Your claim has been logged and a member of the team will be in touch "
            "within 5 working days.")]))
    assert taken_up > stock + 0.3
    assert stock > boilerplate
