"""Interpretable features of a reply (and of the customer message it answers), with their evidence spans.

Everything here is lexical and cheap; the features that need the sentence encoder are added by the scorer.
Counts are capped so that a long reply cannot collect points by repetition: length is not a shortcut.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from simulator.domain import Evidence, Mood, Persona
from simulator.scoring import lexicons
from simulator.scoring.encoder import bundled_vocabulary
from simulator.scoring.text import CleanText, Span, syllables

MAX_EVIDENCE_PER_DIMENSION = 10
HOSTILE_SENTENCE = "cold or condescending sentence"   # evidence from the sentence probes (scorer.py)
WARM_SENTENCE = "warm, caring sentence"
TOO_CASUAL = "too casual for a customer who writes formally"
UNWANTED_SYMPATHY = "sympathy the customer asked not to get"
OVERDONE_APOLOGY = "more apology than the moment needs"
HURRIED_PLEASANTRIES = "pleasantries before the answer to a customer in a hurry"
PRESUMED_FEELINGS = "feelings the customer did not express"
MISFIT_LABELS = frozenset({UNWANTED_SYMPATHY, OVERDONE_APOLOGY, HURRIED_PLEASANTRIES, PRESUMED_FEELINGS})
LONG_SENTENCE_WORDS = 25          # a sentence longer than this is shown as evidence
LONG_SENTENCE_LABEL = "long sentence"
COMFORTABLE_SENTENCE_WORDS = 15
RARE_WORD_RANK = 12000
EARLIER_MESSAGES = 3      # the customer's earlier messages that still colour their mood
EARLIER_WEIGHT = 0.7
CALM_FOR_JOY = 0.3         # good news from a customer more upset than this is not a celebration
CALM_CUSTOMER = 0.4        # more upset than this, a customer is neither taking it lightly nor to be rushed
MATTER_OF_FACT = 0.05      # a customer less upset than this shows no feeling a reply could acknowledge
GLOWING_SENTIMENT = 0.6    # VADER compound of a message that shares good news without naming it
TELLING_WORD_RANK = 3000   # an echoed word rarer than this says the agent took in the customer's situation
_UPSET_MOODS = {Mood.ANGRY: 0.6, Mood.FRUSTRATED: 0.45, Mood.SAD: 0.5, Mood.ANXIOUS: 0.4, Mood.CONFUSED: 0.15}
_STOPWORDS = frozenset(
    "about above after again against also been before being below between both could does doing down during each "
    "from further have having here hers herself himself into itself just more most myself once only other ours "
    "ourselves over same should some such than that their theirs them themselves then there these they this those "
    "through under until very what when where which while whom will with would your yours yourself yourselves "
    "please thanks thank hello dear still really want need know like just with from have been order help".split())
# Everyday customer-service words that the encoder's (encyclopaedic) vocabulary ranks as rare.
_EVERYDAY_SERVICE_WORDS = frozenset(
    "refund refunds refunded invoice invoices login logout password passwords email emails app apps online "
    "website checkout username voucher vouchers wifi router tracking parcel courier delivery delivered "
    "subscription subscriptions upgrade downgrade restart reset unplug voicemail text texts screenshot "
    "okay ok hi thanks sorry frustrating annoying upsetting stressful".split())

_SYMPATHY_CUES = ("sympathy", "acknowledges_feeling")
_PLEASANTRY_CUES = (*_SYMPATHY_CUES, "validates", "warm_close")
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+", re.IGNORECASE)
_BELONGING = re.compile(r"(?<!\w)(?:my|our)\s+([A-Za-z']+(?:\s+[A-Za-z']+){0,2})", re.IGNORECASE)
_YOUR = re.compile(r"(?<!\w)your\s+([A-Za-z']+(?:\s+[A-Za-z']+){0,2})", re.IGNORECASE)

_sentiment = SentimentIntensityAnalyzer()


@dataclass
class CustomerMood:
    """How upset the customer's message reads, 0 (calm) to 1, and whether it is about a loss or grief."""

    negativity: float
    grief: float
    question_kind: str
    names: tuple[str, ...] = ()
    formal: bool = False     # writes formally ("Good afternoon. I should like to..."): expects the same back
    joy: float = 0.0         # shares good news ("we just got engaged!! 🎉"), 0-1, only when not upset
    refuses_apologies: bool = False  # "not interested in apologies": wants the facts
    relaxed: bool = False    # takes it lightly: "no biggie", "no rush", "not angry, just letting you know"
    hurried: bool = False    # "running to a meeting", "I have 2 minutes"


@dataclass
class ReplyAnalysis:
    clean: CleanText
    features: dict[str, float]
    evidence: dict[str, list[Evidence]] = field(default_factory=lambda: {"empathy": [], "clarity": []})
    jargon_terms: list[str] = field(default_factory=list)
    longest_sentence_words: int = 0
    sentences: list[Span] = field(default_factory=list)
    misfits: list[tuple[int, int]] = field(default_factory=list)  # sympathy that does not fit this customer


def read_customer(message: str, persona: Persona | None = None, earlier: Sequence[str] = ()) -> CustomerMood:
    """The customer's state when the reply is written: their last message, what they wrote before (`earlier`,
    oldest first: a loss mentioned at the start still counts, anger fades a little) and the persona."""
    clean = CleanText(message).text
    negativity, grief, sentiment = _distress(clean)
    names = _customer_names(clean)
    formal = bool(lexicons.FORMAL_CUSTOMER.search(clean))
    refuses_apologies = bool(lexicons.APOLOGIES_REFUSED.search(clean))
    for previous in earlier[-EARLIER_MESSAGES:]:
        previous_clean = CleanText(previous).text
        previous_negativity, previous_grief, _ = _distress(previous_clean)
        negativity = max(negativity, EARLIER_WEIGHT * previous_negativity)
        grief = max(grief, previous_grief)
        names = (*names, *_customer_names(previous_clean))
        formal = formal or bool(lexicons.FORMAL_CUSTOMER.search(previous_clean))
        refuses_apologies = refuses_apologies or bool(lexicons.APOLOGIES_REFUSED.search(previous_clean))
    names = tuple(dict.fromkeys(names))
    if persona is not None:
        negativity += _UPSET_MOODS.get(persona.mood, 0.0)
        grief = max(grief, 0.5 if persona.mood is Mood.SAD else 0.0)
        names = tuple(dict.fromkeys([*persona.name.split()[:1], *persona.name.split()[-1:], *names]))
    # Good news: its words ("engaged", "I PASSED"), or a glowing message with an exclamation mark ("the lump sum
    # arrived today, first holiday in years booked!").
    glowing = "!" in clean and sentiment >= GLOWING_SENTIMENT
    joy = min(1.0, 0.5 * (len(lexicons.GOOD_NEWS.findall(clean)) + glowing)) \
        if negativity < CALM_FOR_JOY and not grief else 0.0
    # Taking it lightly, or in a hurry: not when upset, where acknowledging comes first.
    calm = negativity < CALM_CUSTOMER and not grief
    relaxed = calm and bool(lexicons.RELAXED_CUSTOMER.search(clean))
    hurried = calm and bool(lexicons.HURRIED_CUSTOMER.search(clean))
    return CustomerMood(min(1.0, negativity), grief, _question_kind(clean), names, formal, joy, refuses_apologies,
                        relaxed, hurried)


def _distress(clean: str) -> tuple[float, float, float]:
    """How upset one message reads (0-1, before the persona's mood), whether it is about a loss, and its sentiment
    (VADER compound, -1 to 1)."""
    compound = _sentiment.polarity_scores(clean[:2000])["compound"] if clean.strip() else 0.0
    sarcasm = len(lexicons.CUSTOMER_SARCASM.findall(clean)) + bool(
        lexicons.PRAISE_OPENER.search(clean) and lexicons.GONE_WRONG.search(clean))
    # Capitals are anger, unless the message is good news ("I PASSED!!!!").
    shouting = 0 if lexicons.GOOD_NEWS.search(clean) else len(lexicons.SHOUTING.findall(clean))
    distress_hits = len(lexicons.DISTRESS.findall(clean)) + shouting + 2 * sarcasm
    grief = 1.0 if lexicons.GRIEF.search(clean) else 0.0
    return min(1.0, max(0.0, -compound) * 0.6 + min(distress_hits, 4) * 0.15 + grief * 0.4), grief, compound


def _customer_names(message: str) -> tuple[str, ...]:
    """Names the customer signed with or introduced themselves by."""
    found = [m.group(1) for pattern in (lexicons.SIGNATURE, lexicons.SELF_INTRODUCTION, lexicons.TITLED_NAME)
             for m in pattern.finditer(message[-3000:])]
    return tuple(dict.fromkeys(n.capitalize() for n in found if n.lower() not in lexicons.NOT_NAMES))


_YES_NO_QUESTION = re.compile(r"(?:^|[.!?]\s+)(?:(?:hi|hello|hey)\b[^.!?]{0,20}?[,!.]\s*)?(?:please\s+)?"
                              r"(?:do|does|did|can|could|will|would|is|are|was|were|has|have|should|am|may)\b[^.!?]*\?")
# A yes/no question answered in the reply's first sentences: "No, skiing isn't covered", "Yes, it has been",
# "Based on your usage, yes".
_DIRECT_ANSWER = re.compile(r"^\W*(?:[^,.!?]{1,30},\s*)?(?:yes|yeah|yep|yup|no|nope|sure|certainly|absolutely|"
                            r"of course|definitely|not yet|unfortunately not|sadly not|i'?m afraid (?:not|so)|"
                            r"partly|partially|mostly|not quite|not really|not always|only if|"
                            r"(?:it|that|this|you|we|they|"
                            r"he|she|there)(?: \w+)? (?:do|does|did|can|could|will|would|is|are|was|were|has|have|"
                            r"should)(?:n'?t| not)?)(?![\w'])", re.IGNORECASE)


# The customer asks which option to take ("Just tell me what you'd pick", "Should we be on Team or Business?"),
# answered by a recommendation among the reply's first sentences, not by the options restated.
_CHOICE_QUESTION = re.compile(
    r"\bwhich (?:\w+ ){0,3}(?:should|would|do you|is (?:the )?(?:best|better))\b|"
    r"\bwhat would you (?:pick|choose|recommend|suggest|go for|do)\b|"
    r"\b(?:can|could|would|what do|which do) you (?:recommend|suggest)\b|\brecommendations?\b|"
    r"\bshould (?:i|we) (?:get|go (?:for|with)|choose|pick|take|book|buy|be on|order|use|opt for|sign up for|"
    r"upgrade to|switch to)\b[^?.]*\bor\b|"
    r"\bjust tell me (?:which|what (?:you'?d|you would|to (?:pick|choose|get|buy|take)))\b|"
    r"\bwhat(?:'s| is) (?:the )?(?:best|better)\b")
_RECOMMENDATION = re.compile(r"\b(?:i'?d|i would|we'?d) (?:pick|choose|recommend|suggest|go (?:for|with)|book|take|"
                             r"get|say)\b|\bi (?:recommend|suggest)\b|\b(?:is|would be|'s) (?:the |your )?(?:right|"
                             r"best|better|ideal) (?:fit|choice|option|pick|one|bet)\b|\bgo (?:for|with)\b|"
                             r"\bmy (?:pick|recommendation)\b|"
                             r"\b(?:is|'s|would be) the one (?:to (?:choose|pick|go for|get|take|book)|for you)\b",
                             re.IGNORECASE)


def _question_kind(text: str) -> str:
    lower = text.lower()
    if _CHOICE_QUESTION.search(lower):
        return "choice"
    if re.search(r"\bhow (?:much|many)\b|\bcost\b|\bprice\b|\bcharge[sd]?\b", lower):
        return "amount"
    if re.search(r"\bwhen\b|\bhow long\b|\bwhat time\b|\bby (?:when|what)\b", lower):
        return "time"
    if re.search(r"\bhow (?:do|can|should|to)\b|\bwhat (?:do|should) i do\b|\bsteps?\b", lower):
        return "procedure"
    if _YES_NO_QUESTION.search(lower):
        return "yes_no"
    if "?" in lower:
        return "other"
    return "none"


def analyse_reply(reply: str, customer: CustomerMood, customer_said: str = "") -> ReplyAnalysis:
    """The reply's cues and features; `customer_said` is what the customer wrote (their last message, with the
    earlier ones), read for the details of their situation the reply takes up."""
    clean = CleanText(reply)
    words = clean.words()
    sentences = clean.sentences()
    analysis = ReplyAnalysis(clean=clean, features={}, sentences=sentences)
    features = analysis.features
    _empathy_cues(analysis, customer)
    _personal_touch(analysis, customer, customer_said, words)
    _clarity_cues(analysis, customer, words, sentences)
    word_count = len(words)
    features["very_short"] = 1.0 if word_count <= 3 else 0.0
    features["wordiness"] = math.log2(max(word_count, 4) / 16)
    for dimension in analysis.evidence:
        analysis.evidence[dimension] = _limit(analysis.evidence[dimension])
    return analysis


def add_evidence(analysis: ReplyAnalysis, dimension: str, start: int, end: int, sign: int, label: str) -> None:
    original_start, original_end = analysis.clean.original_offsets(start, end)
    analysis.evidence[dimension].append(Evidence(original_start, original_end, sign, label))


def _capped(count: int, cap: int = 2) -> float:
    return min(count, cap) / cap


def _empathy_cues(analysis: ReplyAnalysis, customer: CustomerMood) -> None:
    text = analysis.clean.text
    features = analysis.features
    apologies = list(lexicons.APOLOGY_WORD.finditer(text))
    # Words that comfort most customers cost points with one they do not fit, and earn nothing there.
    unwanted = _misfit_sympathy(text, customer, analysis.sentences, apologies)
    analysis.misfits = [(start, end) for start, end, _ in unwanted]
    for cue in lexicons.EMPATHY_CUES:
        matches = [m for m in cue.pattern.finditer(text)
                   if cue.sign < 0 or not any(m.start() < end and start < m.end() for start, end, _ in unwanted)]
        features[cue.feature] = _capped(len(matches))
        for match in matches:
            add_evidence(analysis, "empathy", match.start(), match.end(), cue.sign, cue.label)
    features["unwanted_sympathy"] = _capped(len(unwanted))
    for start, end, label in unwanted:
        add_evidence(analysis, "empathy", start, end, -1, label)
    # "sorry you feel that way" also matches the sympathy cue; the fake apology wins.
    if features["fake_apology"] and features["sympathy"]:
        features["sympathy"] = max(0.0, features["sympathy"] - features["fake_apology"])
    # One sincere apology lands; a third "sorry" reads as panic or a script and no longer as care.
    features["repeated_apologies"] = _capped(max(0, len(apologies) - 2))
    for match in apologies[2:]:
        add_evidence(analysis, "empathy", match.start(), match.end(), -1, "apologises again and again")
    # How many different kinds of warm (cold) cue the reply has: rare cues share the weight of common ones.
    features["warm_cues"] = _capped(sum(1 for c in lexicons.EMPATHY_CUES if c.sign > 0 and features[c.feature]), 3)
    features["cold_cues"] = _capped(sum(1 for c in lexicons.EMPATHY_CUES if c.sign < 0 and features[c.feature]), 2)
    casual = list(lexicons.CASUAL_WORDS.finditer(text)) if customer.formal else []
    features["too_casual"] = _capped(len(casual))
    for match in casual:
        add_evidence(analysis, "empathy", match.start(), match.end(), -1, TOO_CASUAL)
    cheer = list(lexicons.CHEER_WORDS.finditer(text))
    features["cheerful"] = _capped(len(cheer), 3)
    features["cheer_x_distress"] = features["cheerful"] * customer.negativity
    features["cheer_x_grief"] = features["cheerful"] * customer.grief
    features["cheer_x_joy"] = features["cheerful"] * customer.joy
    if customer.negativity >= 0.5 or customer.grief >= 0.5:
        for match in cheer:
            add_evidence(analysis, "empathy", match.start(), match.end(), -1, "cheerful tone in a sad or tense moment")
    elif customer.joy >= 0.5:
        for match in cheer:
            add_evidence(analysis, "empathy", match.start(), match.end(), +1, "shares the customer's good news")
    acknowledged = max(features["acknowledges_feeling"], features["sympathy"], features["owning_apology"])
    features["acknowledged_x_distress"] = acknowledged * customer.negativity
    features["unacknowledged_distress"] = (1.0 - acknowledged) * customer.negativity
    features["customer_distress"] = customer.negativity
    # "YESSS!!" to a customer who wrote "I PASSED!!!!" celebrates with them.
    shouting = [] if customer.joy >= 0.5 else [
        m for m in lexicons.SHOUTING.finditer(text) if m.group() not in lexicons.COMMON_ACRONYMS
        and not lexicons.TECHNICAL_TERMS.fullmatch(m.group()) and not _in_reference(text, m.start(), m.end())
        and not _explained(text, m.start(), m.end())]
    features["shouting"] = _capped(len(shouting))
    for match in shouting[:2]:
        add_evidence(analysis, "empathy", match.start(), match.end(), -1, "capitals read as shouting")


def _misfit_sympathy(text: str, customer: CustomerMood, sentences: list[Span], apologies: list[re.Match[str]]
                     ) -> list[tuple[int, int, str]]:
    """The apologies and sympathy that do not fit this customer, each with what is wrong with it: any at all to one
    who asked for none; an apology or strong feelings out of proportion to one who took it lightly ("no biggie",
    "lol": "I can only imagine how upsetting this is"); pleasantries before the answer to one in a hurry or who asked
    for the facts only ("numbers only pls": "Sure, happy to help! 😊"); strong
    feelings or a grave apology put on one who expressed none ("this must be so stressful", "I sincerely apologise"
    to "which documents do you need?"; a formal complaint keeps its feelings to itself: a grave apology fits it)."""
    presumed = list(lexicons.PRESUMED_FEELINGS.finditer(text))
    found: list[tuple[int, int, str]] = []
    if customer.refuses_apologies:
        found += [(*m.span(), UNWANTED_SYMPATHY) for m in [
            *_cue_matches(text, _SYMPATHY_CUES, 0, len(text)), *apologies]]
    elif customer.relaxed:
        found += [(*m.span(), OVERDONE_APOLOGY) for m in [*lexicons.OVERDONE_APOLOGY.finditer(text), *presumed]]
    if (customer.hurried or customer.refuses_apologies) and sentences:
        first = sentences[0]
        found += [(*m.span(), HURRIED_PLEASANTRIES)
                  for m in _cue_matches(text, _PLEASANTRY_CUES, first.start, first.end)]
    if customer.negativity < MATTER_OF_FACT and not customer.grief and not customer.refuses_apologies:
        found += [(*m.span(), PRESUMED_FEELINGS) for m in presumed]
        if not customer.formal:
            found += [(*m.span(), OVERDONE_APOLOGY) for m in lexicons.GRAVE_APOLOGY.finditer(text)]
    # The sympathy in a sentence that presumes feelings is part of the same stock speech: "Oh no, I'm so sorry a
    # builder owes you money, that must be so stressful for you."
    presumed_spans = {m.span() for m in presumed}
    for sentence in sentences:
        label = next((label for start, end, label in found
                      if (start, end) in presumed_spans and sentence.start <= start < sentence.end), None)
        if label is not None:
            found += [(*m.span(), label) for m in _cue_matches(text, _SYMPATHY_CUES, sentence.start, sentence.end)]
    return _merged(found)


def _cue_matches(text: str, features: tuple[str, ...], start: int, end: int) -> list[re.Match[str]]:
    """Where the empathy cues of `features` match in text[start:end]."""
    return [m for c in lexicons.EMPATHY_CUES if c.feature in features for m in c.pattern.finditer(text, start, end)]


def _merged(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Overlapping spans as one, labelled as the first found (the first rule that applies: a customer who took it
    lightly and wrote calmly is told to match their light tone)."""
    spans: list[tuple[int, int, str]] = []
    for start, end, label in sorted(found, key=lambda span: span[0]):
        if spans and start < spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]), spans[-1][2])
        else:
            spans.append((start, end, label))
    return spans


def _personal_touch(analysis: ReplyAnalysis, customer: CustomerMood, customer_said: str,
                    words: list[Span]) -> None:
    text = analysis.clean.text
    features = analysis.features
    # Words inside an email address or a link (gary@whitfield.co.uk) neither name nor echo anyone.
    addresses = [(m.start(), m.end()) for m in _ADDRESS.finditer(text)]

    def in_address(position: int) -> bool:
        return any(start <= position < end for start, end in addresses)

    features["uses_name"] = 0.0
    for name in customer.names:
        match = next((m for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE)
                      if not in_address(m.start())), None)
        if match:
            features["uses_name"] = 1.0
            add_evidence(analysis, "empathy", match.start(), match.end(), +1, "uses the customer's name")
            break
    customer_text = _ADDRESS.sub(" ", CleanText(customer_said).text)
    customer_words = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", customer_text) if w.lower() not in _STOPWORDS}
    echoed = [w for w in words if w.text.lower() in customer_words and not in_address(w.start)]
    features["echoes_customer"] = _capped(len({w.text.lower() for w in echoed}), 3)
    # "my son's birthday" in the message, "your son's birthday" in the reply: the agent took in their situation.
    belongings = {_word_stem(w) for m in _BELONGING.finditer(customer_text) for w in m.group(1).split()
                  if w.lower() not in _STOPWORDS}
    details = [m for m in _YOUR.finditer(text) if any(_word_stem(w) in belongings for w in m.group(1).split())]
    features["personal_details"] = _capped(len(details), 2)
    for match in details[:2]:
        add_evidence(analysis, "empathy", match.start(), match.end(), +1, "refers to the customer's own situation")
    ranks = _word_ranks()
    telling = [w for w in echoed if ranks.get(w.text.lower(), 10**6) > TELLING_WORD_RANK]  # "wedding", not "time"
    for word in ([] if details else telling[:2]):
        add_evidence(analysis, "empathy", word.start, word.end, +1, "refers to the customer's own situation")
    you_words = sum(1 for w in words if w.text.lower() in {"you", "your", "you're", "yours", "you've", "you'll"})
    features["addresses_customer"] = min(1.0, you_words / max(1.0, len(words) / 8))


def _clarity_cues(analysis: ReplyAnalysis, customer: CustomerMood, words: list[Span],
                  sentences: list[Span]) -> None:
    text = analysis.clean.text
    features = analysis.features
    for cue in (lexicons.HEDGES, lexicons.VAGUE, lexicons.FILLER):
        matches = list(cue.pattern.finditer(text))
        features[cue.feature] = _capped(len(matches), 3)
        for match in matches:
            add_evidence(analysis, "clarity", match.start(), match.end(), cue.sign,
                 f"{cue.label}: {match.group().lower()}" if cue.feature == "hedges" else cue.label)
    _jargon(analysis)
    specifics = [(m.start(), m.end()) for m in lexicons.NUMBERS.finditer(text)]
    specifics += [(m.start(), m.end()) for m in lexicons.SPECIFIC_WORDS.pattern.finditer(text)]
    features["specifics"] = _capped(len(specifics), 3)
    for start, end in specifics:
        add_evidence(analysis, "clarity", start, end, +1, "concrete detail")
    steps = list(lexicons.STEP_MARKERS.finditer(text))
    imperatives = [s for s in sentences if lexicons.IMPERATIVE_START.match(s.text)]
    features["steps"] = 1.0 if len(steps) + len(imperatives) >= 2 else 0.5 * (len(steps) + len(imperatives))
    for sentence in imperatives[:4]:
        add_evidence(analysis, "clarity", sentence.start, sentence.end, +1, "concrete step")
    next_steps = list(lexicons.NEXT_STEP.finditer(text))
    features["states_next_step"] = _capped(len(next_steps), 1)
    answer_found = {"amount": bool(re.search(r"[$£€]\s?\d|\d+(?:\.\d+)? ?(?:dollars|pounds|euros|%)|free|"
                                             r"no (?:charge|cost)", text, re.IGNORECASE)),
                    "time": bool(specifics),
                    "procedure": features["steps"] >= 1.0 or bool(imperatives),
                    "yes_no": any(_DIRECT_ANSWER.match(s.text) for s in sentences[:2]),
                    "choice": any(_RECOMMENDATION.search(s.text) for s in sentences[:2]),
                    }.get(customer.question_kind)
    features["answers_question"] = 1.0 if answer_found else 0.0
    features["leaves_question_open"] = 1.0 if answer_found is False else 0.0
    features["no_recommendation"] = 1.0 if customer.question_kind == "choice" and not answer_found else 0.0
    _readability(analysis, words, sentences)


def _jargon(analysis: ReplyAnalysis) -> None:
    text = analysis.clean.text
    found: list[tuple[int, int]] = []
    for match in lexicons.TECHNICAL_TERMS.finditer(text):
        found.append((match.start(), match.end()))
    for match in lexicons.ACRONYM.finditer(text):
        token = match.group().rstrip("s") if match.group().endswith("s") else match.group()
        if token in lexicons.COMMON_ACRONYMS or not any(ch.isalpha() for ch in token):
            continue
        if any(start <= match.start() < end for start, end in found) or _in_reference(text, match.start(), match.end()):
            continue
        if _KEYWORD_VERB.search(text, max(0, match.start() - 20), match.start()):  # "text TRAVEL to 150"
            continue
        if text.isupper():  # a reply typed in capitals: shouting, not acronyms
            continue
        found.append((match.start(), match.end()))
    unexplained = [(s, e) for s, e in sorted(found) if not _explained(text, s, e)]
    analysis.features["jargon"] = _capped(len(unexplained), 3)
    analysis.features["explained_terms"] = _capped(len(found) - len(unexplained), 1)
    for start, end in unexplained:
        term = text[start:end]
        analysis.jargon_terms.append(term)
        add_evidence(analysis, "clarity", start, end, -1, f"jargon: {term}")


# A word in capitals the customer is told to send or type is a keyword, not jargon: "text TRAVEL to 150".
_KEYWORD_VERB = re.compile(r"(?<![\w'])(?:text|reply|type|send|enter|key in|say|keyword|code)\s+['\"‘“]?$",
                           re.IGNORECASE)
_REFERENCE = re.compile(r"[A-Za-z0-9]+(?:[-_/.][A-Za-z0-9]+)+")


def _in_reference(text: str, start: int, end: int) -> bool:
    """Whether the capitals at start:end are part of a reference or a name such as BL-48213 or PRN-3F-EAST:
    a code joined by - _ / . with a digit in it, which is a concrete detail, not jargon or shouting."""
    for match in _REFERENCE.finditer(text, max(0, start - 30), min(len(text), end + 30)):
        if match.start() <= start and end <= match.end():
            return any(ch.isdigit() for ch in match.group())
    return False


def _explained(text: str, start: int, end: int) -> bool:
    after = text[end:end + 40].lower()
    before = text[max(0, start - 3):start]
    return bool(re.match(r"\s*(?:\(|, (?:which|that|i\.e\.|meaning|the|a|an)\s|- (?:which|that|the)|: |"
                         r",? which means|,? (?:that is|in other words|basically)|(?:is|are) (?:a|an|the|your|our) |"
                         r"(?:means|stands for) )", after)) or before.endswith("(")


@lru_cache(maxsize=1)
def _word_ranks() -> dict[str, int]:
    return {word: rank for rank, word in enumerate(bundled_vocabulary()) if word.isalpha()}


def _readability(analysis: ReplyAnalysis, words: list[Span], sentences: list[Span]) -> None:
    features = analysis.features
    lengths = [len(_word_tokens(s.text)) for s in sentences] or [0]
    analysis.longest_sentence_words = max(lengths)
    # Words beyond a comfortable sentence length, per sentence, in tens: smooth, unlike a count of long sentences.
    features["sentence_length_excess"] = sum(max(0, n - COMFORTABLE_SENTENCE_WORDS) for n in lengths) \
        / len(lengths) / 10
    # Average sentence length on a doubling scale, smooth from the first word: 8 words 0, 16 words 1, 32 words 2.
    features["sentence_words"] = math.log2(max(sum(lengths) / len(lengths), COMFORTABLE_SENTENCE_WORDS / 2)
                                           / (COMFORTABLE_SENTENCE_WORDS / 2))
    for sentence, count in zip(sentences, lengths, strict=False):
        if count > LONG_SENTENCE_WORDS:
            add_evidence(analysis, "clarity", sentence.start, sentence.end, -1,
                         f"{LONG_SENTENCE_LABEL} ({count} words)")
    _abstract_wording(analysis, len(words))
    plain = [w.text for w in words if not w.text.isupper() or len(w.text) == 1]
    if not plain:
        features["syllables_per_word"] = features["rare_word_share"] = 0.0
        return
    syllable_counts = [syllables(w) for w in plain[:2000]]
    features["syllables_per_word"] = sum(syllable_counts) / len(syllable_counts) - 1.0
    ranks = _word_ranks()
    lowered = [w.lower() for w in plain[:2000] if not (w[0].isupper() and w.lower() not in ranks)]
    rare = [w for w in lowered if w not in _EVERYDAY_SERVICE_WORDS and ranks.get(w, 10**6) > RARE_WORD_RANK
            and ranks.get(w.rstrip("s"), 10**6) > RARE_WORD_RANK]
    features["rare_word_share"] = len(rare) / max(1, len(lowered))


def _abstract_wording(analysis: ReplyAnalysis, word_count: int) -> None:
    """Abstract nouns made from verbs ("the cancellation of", "a resolution") and passive verbs ("has been
    actioned"), as shares of the words: plain writing says who does what."""
    text = analysis.clean.text
    nouns = [m for m in lexicons.NOMINALISATION.finditer(text)
             if m.group().lower() not in lexicons.NOT_NOMINALISATIONS and len(m.group()) >= 7]
    passives = list(lexicons.PASSIVE.finditer(text))
    per_words = max(word_count, 10)
    analysis.features["abstract_nouns"] = min(len(nouns) / per_words, 0.3)
    analysis.features["passive_voice"] = min(len(passives) / per_words * 10, 1.0)
    for match in passives[:2]:
        add_evidence(analysis, "clarity", match.start(), match.end(), -1, "passive: who does it?")


def _word_stem(word: str) -> str:
    """A crude stem for matching "my sisters wedding" with "your sister's wedding"."""
    word = word.lower().removesuffix("'s").removesuffix("'")
    return word[:-1] if len(word) > 4 and word.endswith("s") else word


def _word_tokens(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9]+(?:['-][A-Za-z]+)*", text)


def _limit(evidence: list[Evidence]) -> list[Evidence]:
    """Drop duplicates and spans inside a same-signed span (but not the words inside a long sentence: "jargon:
    COHAT" says more than the sentence), merge overlapping spans with the same label ("before 6" and "6 pm"), keep
    the first few of each sign in reading order."""
    unique: list[Evidence] = []
    # dict.fromkeys: the same span named twice keeps the label found first, in every process (a set's order
    # follows string hashing, which changes from run to run)
    for item in sorted(dict.fromkeys(evidence), key=lambda e: (e.start, -(e.end - e.start))):
        if any(u.sign == item.sign and u.start <= item.start and item.end <= u.end
               and not u.label.startswith(LONG_SENTENCE_LABEL) for u in unique):
            continue
        overlapping = next((u for u in unique if u.label == item.label and u.sign == item.sign
                            and item.start < u.end), None)
        if overlapping is not None:
            unique[unique.index(overlapping)] = Evidence(overlapping.start, item.end, item.sign, item.label)
            continue
        unique.append(item)
    if len(unique) > MAX_EVIDENCE_PER_DIMENSION:
        negatives = [e for e in unique if e.sign < 0][:MAX_EVIDENCE_PER_DIMENSION // 2]
        positives = [e for e in unique if e.sign > 0][:MAX_EVIDENCE_PER_DIMENSION - len(negatives)]
        unique = sorted(negatives + positives, key=lambda e: e.start)
    return unique
