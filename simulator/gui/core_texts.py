"""The core's English texts shown in the window, translated: evidence labels, tips, badge names.

The scorer and the storage write their texts in English (the terminal and the exports use them as they are).
Each one they can produce is listed here, marked for lupdate, and translated at display time. A text with a
varying part ("jargon: DOCSIS") is matched against its template ("jargon: {term}"): the template is
translated and the varying part put back. A text not listed (a newer scorer) is shown in English.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from simulator.storage import BadgeDefinition
from simulator.storage.badges import (
    EMPATHY_STAR,
    HARD_DIFFICULTY,
    QUICK_FIRST_RESPONSE_SECONDS,
    REGULAR_SESSIONS,
    STREAK_DAYS,
)

_CONTEXT = "CoreTexts"

_EVIDENCE = (
    QT_TRANSLATE_NOOP("CoreTexts", "acknowledges the customer's feeling"),
    QT_TRANSLATE_NOOP("CoreTexts", "apology with ownership"),
    QT_TRANSLATE_NOOP("CoreTexts", "sympathy for the customer's situation"),
    QT_TRANSLATE_NOOP("CoreTexts", "reassurance"),
    QT_TRANSLATE_NOOP("CoreTexts", "validates the customer"),
    QT_TRANSLATE_NOOP("CoreTexts", "warm, personal tone"),
    QT_TRANSLATE_NOOP("CoreTexts", "warm, caring sentence"),
    QT_TRANSLATE_NOOP("CoreTexts", "cold or condescending sentence"),
    QT_TRANSLATE_NOOP("CoreTexts", "apology without ownership"),
    QT_TRANSLATE_NOOP("CoreTexts", "blames the customer"),
    QT_TRANSLATE_NOOP("CoreTexts", "dismisses the customer"),
    QT_TRANSLATE_NOOP("CoreTexts", "cold policy-quoting"),
    QT_TRANSLATE_NOOP("CoreTexts", "excuse instead of ownership"),
    QT_TRANSLATE_NOOP("CoreTexts", "apologises again and again"),
    QT_TRANSLATE_NOOP("CoreTexts", "about the agent's feelings, not the customer's"),
    QT_TRANSLATE_NOOP("CoreTexts", "promise no one can guarantee"),
    QT_TRANSLATE_NOOP("CoreTexts", "too casual for a customer who writes formally"),
    QT_TRANSLATE_NOOP("CoreTexts", "sympathy the customer asked not to get"),
    QT_TRANSLATE_NOOP("CoreTexts", "more apology than the moment needs"),
    QT_TRANSLATE_NOOP("CoreTexts", "pleasantries before the answer to a customer in a hurry"),
    QT_TRANSLATE_NOOP("CoreTexts", "feelings the customer did not express"),
    QT_TRANSLATE_NOOP("CoreTexts", "shares the customer's good news"),
    QT_TRANSLATE_NOOP("CoreTexts", "sarcasm or condescension"),
    QT_TRANSLATE_NOOP("CoreTexts", "polices the customer's language"),
    QT_TRANSLATE_NOOP("CoreTexts", "impersonal, scripted wording"),
    QT_TRANSLATE_NOOP("CoreTexts", "cheerful tone in a sad or tense moment"),
    QT_TRANSLATE_NOOP("CoreTexts", "capitals read as shouting"),
    QT_TRANSLATE_NOOP("CoreTexts", "uses the customer's name"),
    QT_TRANSLATE_NOOP("CoreTexts", "refers to the customer's own situation"),
    QT_TRANSLATE_NOOP("CoreTexts", "hedge: {words}"),
    QT_TRANSLATE_NOOP("CoreTexts", "vague"),
    QT_TRANSLATE_NOOP("CoreTexts", "bureaucratic filler"),
    QT_TRANSLATE_NOOP("CoreTexts", "concrete detail"),
    QT_TRANSLATE_NOOP("CoreTexts", "concrete step"),
    QT_TRANSLATE_NOOP("CoreTexts", "jargon: {term}"),
    QT_TRANSLATE_NOOP("CoreTexts", "long sentence ({count} words)"),
    QT_TRANSLATE_NOOP("CoreTexts", "passive: who does it?"),
    QT_TRANSLATE_NOOP("CoreTexts", "holding message keeps the customer informed"),
    QT_TRANSLATE_NOOP("CoreTexts", "sent {seconds} s after the target"),
    QT_TRANSLATE_NOOP("CoreTexts", "quick reply"),
)

_TIPS = (
    QT_TRANSLATE_NOOP("CoreTexts", "Don't put the blame on the customer; say what you will do to fix it instead."),
    QT_TRANSLATE_NOOP("CoreTexts", "Drop the sarcasm: a plain, respectful sentence keeps the customer on your side."),
    QT_TRANSLATE_NOOP("CoreTexts", "They are angry at the problem, not at you: answer what went wrong instead of "
                                   "remarking on their language or their capitals."),
    QT_TRANSLATE_NOOP("CoreTexts", "Don't brush the problem off; acknowledge it and offer what you can do, even a "
                                   "small step."),
    QT_TRANSLATE_NOOP("CoreTexts", "Own the apology: instead of 'sorry if you feel that way', say 'I'm sorry we got "
                                   "this wrong'."),
    QT_TRANSLATE_NOOP("CoreTexts", "Skip the excuses ('outside our control', 'very busy'): own what went wrong and "
                                   "say what you are doing about it."),
    QT_TRANSLATE_NOOP("CoreTexts", "One sincere apology is enough: say sorry once, then show what you are doing to "
                                   "put it right."),
    QT_TRANSLATE_NOOP("CoreTexts", "Keep the focus on the customer: one sincere apology, then what you have done "
                                   "for them, not how bad you feel."),
    QT_TRANSLATE_NOOP("CoreTexts", "Only promise what you control: say what you have done and what happens next, "
                                   "not that it will never happen again."),
    QT_TRANSLATE_NOOP("CoreTexts", "Match the customer's light tone: a short 'sorry about that' and the fix are "
                                   "enough."),
    QT_TRANSLATE_NOOP("CoreTexts", "They are in a hurry: give the answer first and keep pleasantries short, at the "
                                   "end."),
    QT_TRANSLATE_NOOP("CoreTexts", "They asked for the facts, not apologies: lead with the answer and what you are "
                                   "doing."),
    QT_TRANSLATE_NOOP("CoreTexts", "They asked calmly: don't tell them how stressful it must be; a friendly word and "
                                   "a clear answer show you listened."),
    QT_TRANSLATE_NOOP("CoreTexts", "Match the customer's register: they wrote formally, so answer in full sentences "
                                   "without slang, jokes or emoji."),
    QT_TRANSLATE_NOOP("CoreTexts", "Explain the rule in your own words and what you can still do, rather than "
                                   "quoting policy."),
    QT_TRANSLATE_NOOP("CoreTexts", "Match the customer's mood: drop the cheerful words and exclamation marks when "
                                   "they are going through something sad."),
    QT_TRANSLATE_NOOP("CoreTexts", "Avoid capitals: they read as shouting."),
    QT_TRANSLATE_NOOP("CoreTexts", "Sound like a person, not a template: use the customer's name and speak to their "
                                   "situation."),
    QT_TRANSLATE_NOOP("CoreTexts", "Read the highlighted sentence as the customer would: it sounds cold or "
                                   "condescending. Say it warmly and respectfully, or leave it out."),
    QT_TRANSLATE_NOOP("CoreTexts", "Tone down the cheerfulness: the customer is upset, so acknowledge that first."),
    QT_TRANSLATE_NOOP("CoreTexts", "Start by naming how the customer feels ('I can see how frustrating this is') "
                                   "before you move to the fix."),
    QT_TRANSLATE_NOOP("CoreTexts", "Brief and to the point, as this customer wants: keep leading with the answer."),
    QT_TRANSLATE_NOOP("CoreTexts", "Make it personal: use the customer's name or mention their situation in your "
                                   "own words."),
    QT_TRANSLATE_NOOP("CoreTexts", "Add a line of reassurance that you are taking care of it ('I'll make sure this "
                                   "gets sorted')."),
    QT_TRANSLATE_NOOP("CoreTexts", "Warm and personal: keep acknowledging the customer's situation like this."),
    QT_TRANSLATE_NOOP("CoreTexts", "Explain or replace '{term}' with everyday words: the customer may not know it."),
    QT_TRANSLATE_NOOP("CoreTexts", "Replace hedges such as 'maybe' or 'I think' with what you know and what you "
                                   "will do."),
    QT_TRANSLATE_NOOP("CoreTexts", "Be specific: give a date, a time, an amount or the exact button to press "
                                   "instead of 'soon'."),
    QT_TRANSLATE_NOOP("CoreTexts", "Cut the formal filler ('please be advised', 'at this time') and say it plainly."),
    QT_TRANSLATE_NOOP("CoreTexts", "Say who does what: 'I've refunded you' rather than 'a refund has been processed'."),
    QT_TRANSLATE_NOOP("CoreTexts", "Split your longest sentence ({count} words) into two or three short ones."),
    QT_TRANSLATE_NOOP("CoreTexts", "The customer asked which to choose: recommend one first and say why it fits "
                                   "them."),
    QT_TRANSLATE_NOOP("CoreTexts", "Answer the customer's question directly, in your first sentence."),
    QT_TRANSLATE_NOOP("CoreTexts", "Add a concrete detail or next step: what happens, when, and what the customer "
                                   "should do."),
    QT_TRANSLATE_NOOP("CoreTexts", "Prefer everyday words to long or formal ones."),
    QT_TRANSLATE_NOOP("CoreTexts", "Clear and concrete: keep giving specifics and next steps like this."),
    QT_TRANSLATE_NOOP("CoreTexts", "Answer the first message within the target: a quick greeting and 'let me check "
                                   "that for you' buys you time to look things up."),
    QT_TRANSLATE_NOOP("CoreTexts", "When you need more time, send a short holding message first ('One moment, I'm "
                                   "checking your order') so the customer knows you are on it."),
    QT_TRANSLATE_NOOP("CoreTexts", "Good holding message: follow up with the answer as soon as you have it."),
    QT_TRANSLATE_NOOP("CoreTexts", "Good pace: keep answering within the target."),
    QT_TRANSLATE_NOOP("CoreTexts", "Write a reply: the customer is waiting for an answer."),
    QT_TRANSLATE_NOOP("CoreTexts", "The scorer reads replies in English: write this reply in English to have it "
                                   "scored."),
)

_BADGES = {  # code: (title, description), the description's {count} or {score}/{difficulty} from storage
    "first_session": (QT_TRANSLATE_NOOP("CoreTexts", "First conversation"),
                      QT_TRANSLATE_NOOP("CoreTexts", "Completed a first practice session.")),
    "regular": (QT_TRANSLATE_NOOP("CoreTexts", "Regular"),
                QT_TRANSLATE_NOOP("CoreTexts", "Completed {count} practice sessions.")),
    "five_day_streak": (QT_TRANSLATE_NOOP("CoreTexts", "Five-day streak"),
                        QT_TRANSLATE_NOOP("CoreTexts", "Practised on {count} days in a row.")),
    "empathy_star": (QT_TRANSLATE_NOOP("CoreTexts", "Empathy star"),
                     QT_TRANSLATE_NOOP("CoreTexts", "Averaged {score}+ empathy in a completed scenario of "
                                                    "difficulty {difficulty} or more.")),
    "quick_first_response": (QT_TRANSLATE_NOOP("CoreTexts", "Quick first response"),
                             QT_TRANSLATE_NOOP("CoreTexts", "Sent the first reply of a completed session within "
                                                            "{count} seconds.")),
    "delighted_customer": (QT_TRANSLATE_NOOP("CoreTexts", "Delighted customer"),
                           QT_TRANSLATE_NOOP("CoreTexts", "Finished a session with a CSAT of 5.")),
}
_BADGE_NUMBERS = {"regular": {"count": REGULAR_SESSIONS}, "five_day_streak": {"count": STREAK_DAYS},
                  "empathy_star": {"score": f"{EMPATHY_STAR:g}", "difficulty": HARD_DIFFICULTY},
                  "quick_first_response": {"count": f"{QUICK_FIRST_RESPONSE_SECONDS:g}"}}

_PLACEHOLDER = re.compile(r"\\\{(\w+)\\\}")  # a {name} in a template, once escaped


def _matcher(template: str) -> re.Pattern[str]:
    """The regular expression of the texts `template` produces: each {name} matches its varying part."""
    return re.compile(_PLACEHOLDER.sub(r"(?P<\1>.+?)", re.escape(template)))


_TEMPLATES = tuple((_matcher(template), template) for template in (*_EVIDENCE, *_TIPS) if "{" in template)
_FIXED = frozenset(text for text in (*_EVIDENCE, *_TIPS) if "{" not in text)


def core_text(text: str) -> str:
    """`text` (an evidence label or a tip from the scorer) in the interface's language."""
    if text in _FIXED:
        return QCoreApplication.translate(_CONTEXT, text)
    for matcher, template in _TEMPLATES:
        if found := matcher.fullmatch(text):
            return QCoreApplication.translate(_CONTEXT, template).format(**found.groupdict())
    return text


def badge_title(badge: BadgeDefinition) -> str:
    known = _BADGES.get(badge.code)
    return QCoreApplication.translate(_CONTEXT, known[0]) if known else badge.title


def badge_description(badge: BadgeDefinition) -> str:
    known = _BADGES.get(badge.code)
    if known is None:
        return badge.description
    return QCoreApplication.translate(_CONTEXT, known[1]).format(**_BADGE_NUMBERS.get(badge.code, {}))
