"""One concrete, actionable tip per dimension, chosen from what cost the reply most."""

from __future__ import annotations

from collections.abc import Mapping

from simulator.scoring.features import (
    HOSTILE_SENTENCE,
    HURRIED_PLEASANTRIES,
    LONG_SENTENCE_WORDS,
    OVERDONE_APOLOGY,
    PRESUMED_FEELINGS,
    UNWANTED_SYMPATHY,
    CustomerMood,
    ReplyAnalysis,
)

# Sympathy that does not fit the customer (features.py), by what is wrong with it: checked first.
_MISFIT_TIPS = {
    UNWANTED_SYMPATHY: "They asked for the facts, not apologies: lead with the answer and what you are doing.",
    OVERDONE_APOLOGY: "Match the customer's light tone: a short 'sorry about that' and the fix are enough.",
    HURRIED_PLEASANTRIES: "They are in a hurry: give the answer first and keep pleasantries short, at the end.",
    PRESUMED_FEELINGS: "They asked calmly: don't tell them how stressful it must be; a friendly word and a clear "
                       "answer show you listened.",
}

# Checked in order: the first feature present in the reply (and not earning points) gives the tip.
_EMPATHY_PROBLEMS: tuple[tuple[str, str], ...] = (
    ("blames_customer", "Don't put the blame on the customer; say what you will do to fix it instead."),
    ("sarcasm", "Drop the sarcasm: a plain, respectful sentence keeps the customer on your side."),
    ("polices_tone", "They are angry at the problem, not at you: answer what went wrong instead of remarking on "
                     "their language or their capitals."),
    ("dismisses", "Don't brush the problem off; acknowledge it and offer what you can do, even a small step."),
    ("makes_excuses", "Skip the excuses ('outside our control', 'very busy'): own what went wrong and say what "
                      "you are doing about it."),
    ("fake_apology", "Own the apology: instead of 'sorry if you feel that way', say 'I'm sorry we got this wrong'."),
    ("repeated_apologies", "One sincere apology is enough: say sorry once, then show what you are doing to put it "
                           "right."),
    ("centres_agent", "Keep the focus on the customer: one sincere apology, then what you have done for them, not "
                      "how bad you feel."),
    ("overpromises", "Only promise what you control: say what you have done and what happens next, not that it "
                     "will never happen again."),
    ("quotes_policy", "Explain the rule in your own words and what you can still do, rather than quoting policy."),
    ("cheer_x_grief", "Match the customer's mood: drop the cheerful words and exclamation marks when they are "
                      "going through something sad."),
    ("too_casual", "Match the customer's register: they wrote formally, so answer in full sentences without "
                   "slang, jokes or emoji."),
    ("shouting", "Avoid capitals: they read as shouting."),
    ("robotic", "Sound like a person, not a template: use the customer's name and speak to their situation."),
)


def empathy_tip(analysis: ReplyAnalysis, customer: CustomerMood, contributions: Mapping[str, float]) -> str:
    features = analysis.features
    misfits = [_MISFIT_TIPS[e.label] for e in analysis.evidence["empathy"] if e.label in _MISFIT_TIPS]
    if misfits and contributions.get("unwanted_sympathy", -1.0) <= 0:
        return misfits[0]
    for feature, tip in _EMPATHY_PROBLEMS:
        if features.get(feature, 0.0) > 0 and contributions.get(feature, -1.0) <= 0:
            return tip
    if any(e.label == HOSTILE_SENTENCE for e in analysis.evidence["empathy"]):
        return ("Read the highlighted sentence as the customer would: it sounds cold or condescending. Say it "
                "warmly and respectfully, or leave it out.")
    if customer.negativity >= 0.5 and features["cheer_x_distress"] > 0.3:
        return "Tone down the cheerfulness: the customer is upset, so acknowledge that first."
    acknowledged = max(features["acknowledges_feeling"], features["sympathy"], features["owning_apology"])
    if customer.negativity >= 0.3 and not acknowledged:
        return ("Start by naming how the customer feels ('I can see how frustrating this is') before you move "
                "to the fix.")
    if customer.refuses_apologies or customer.hurried:
        return "Brief and to the point, as this customer wants: keep leading with the answer."
    if not features["uses_name"] and not features["echoes_customer"]:
        return "Make it personal: use the customer's name or mention their situation in your own words."
    if not features["reassures"]:
        return "Add a line of reassurance that you are taking care of it ('I'll make sure this gets sorted')."
    return "Warm and personal: keep acknowledging the customer's situation like this."


def clarity_tip(analysis: ReplyAnalysis, customer: CustomerMood, contributions: Mapping[str, float]) -> str:
    features = analysis.features
    if analysis.jargon_terms:
        term = analysis.jargon_terms[0]
        return f"Explain or replace '{term}' with everyday words: the customer may not know it."
    if features["hedges"] > 0:
        return "Replace hedges such as 'maybe' or 'I think' with what you know and what you will do."
    if features["vague"] > 0 and not features["specifics"]:
        return "Be specific: give a date, a time, an amount or the exact button to press instead of 'soon'."
    if features["bureaucratic_filler"] > 0:
        return "Cut the formal filler ('please be advised', 'at this time') and say it plainly."
    if features["passive_voice"] > 0 and contributions.get("passive_voice", 0.0) < 0:
        return "Say who does what: 'I've refunded you' rather than 'a refund has been processed'."
    if analysis.longest_sentence_words > LONG_SENTENCE_WORDS:
        return (f"Split your longest sentence ({analysis.longest_sentence_words} words) into two or three "
                "short ones.")
    if features["leaves_question_open"] and customer.question_kind == "choice":
        return "The customer asked which to choose: recommend one first and say why it fits them."
    if features["leaves_question_open"]:
        return "Answer the customer's question directly, in your first sentence."
    if not features["specifics"] and not features["steps"]:
        return "Add a concrete detail or next step: what happens, when, and what the customer should do."
    if contributions.get("rare_word_share", 0.0) < -0.1:
        return "Prefer everyday words to long or formal ones."
    return "Clear and concrete: keep giving specifics and next steps like this."
