"""Meaning-based matches: which key points, intents and things to avoid a reply expresses; prototype similarities.

all-MiniLM-L6-v2 puts paraphrases at about 0.55-0.85 cosine, while unrelated replies from the same customer-service
domain can reach 0.4-0.5, so a match needs a clear margin above that (thresholds below, checked on examples in
tests/scoring/test_matching.py). A long reply is compared sentence by sentence too, so one sentence that covers a key
point is not drowned by the rest. The encoder barely sees negation, so a reply that negates what an example affirms
(or the other way round) is held to a higher bar, and so is a statement against an example that asks a question
(or the other way round).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from simulator.domain import KeyPoint

EXAMPLE_THRESHOLD = 0.62   # reply (or one of its sentences) against a trainer-written example or description
NEGATION_PENALTY = 0.25    # "I can't refund you" against "I can refund you" (cosine about 0.8)
QUESTION_PENALTY = 0.15    # "Your order number is 4821." against "What is your order number?"
MAX_SENTENCE_UNITS = 12

_NEGATION = re.compile(r"(?<![\w'])(?:not|no|never|nothing|nobody|cannot|can't|won't|don't|doesn't|didn't|isn't|"
                       r"aren't|wasn't|weren't|shouldn't|couldn't|wouldn't|unable|neither|nor|without)(?![\w'])",
                       re.IGNORECASE)
_QUESTION_START = re.compile(r"\s*(?:could|can|would|will|may|what|which|when|where|who|why|how|do|does|did|is|are)"
                             r"\b[^.!]*$", re.IGNORECASE)

WARM_PROTOTYPES = (
    "I'm so sorry you're going through this.",
    "That sounds really hard, and I completely understand how you feel.",
    "I'm really sorry, this is our fault and I'll put it right.",
    "I can see how worried you are, and I'm here to help.",
    "I'm so sorry for your loss.",
    "Of course you're upset, I would be too.",
    "Please don't worry, I'll take care of this for you.",
    "Thank you for being so patient with us, I know this has been stressful.",
    "I hope things get better for you soon.",
    "You did everything right, and I'm sorry we let you down.",
    "I'm really glad you reached out.",
    "That must have been such a shock.",
    "I'm so happy for you, that's wonderful news.",
    "Hang in there, it will get better and you're not alone.",
    # Emotional reactions in general (warmth, compassion, concern), not only in a service chat.
    "That sounds awful, I feel for you.",
    "It breaks my heart to hear what you've been through.",
    "Sending you a big hug.",
    "You don't deserve to be treated like that.",
    "It's completely understandable to feel that way.",
    "I'm here for you if you need anything.",
)
COLD_PROTOTYPES = (
    "That is our policy.",
    "There is nothing that can be done.",
    "Your request has been noted.",
    "As previously stated, the decision is final.",
    "Please refer to our terms and conditions.",
    "We are unable to help with this.",
    "Your query has been passed to the relevant department.",
    "Charges are applied in accordance with the tariff.",
)
HOSTILE_PROTOTYPES = (  # blaming, mocking, disbelieving, lecturing, belittling
    "You should have read the instructions first.",
    "Whatever, it's not my problem.",
    "That's your own fault, to be honest.",
    "Calm down, it's not the end of the world.",
    "Honestly, what did you expect?",
    "People like you always complain about this.",
    "I find that hard to believe.",
    "Maybe next time you'll pay attention.",
    "There's no need to be so dramatic.",
    "Don't take that tone with me.",
)
CLEAR_PROTOTYPES = (
    "Your refund of $40 will reach your card by Friday.",
    "Go to Settings, tap Account, then tap Reset password.",
    "The technician will arrive tomorrow between 9 and 11 am.",
)
VAGUE_PROTOTYPES = (
    "We'll look into it and get back to you at some point.",
    "It might get sorted soon, hopefully.",
    "Something may be wrong somewhere, various things are being checked.",
)
# What customers write to any service, in many settings and moods: their centre is what a reply close to every
# customer message is close to. A reply closer to this customer's message than to that centre takes up what this
# customer said ("a cracked mirror that was your grandmother's can't simply be replaced"); stock sympathy and
# boilerplate do not.
TYPICAL_CUSTOMER_MESSAGES = (
    "Hi, my order hasn't arrived yet and the tracking hasn't updated for three days. Can you check where it is?",
    "I've been charged twice for the same thing this month. Please refund the extra payment.",
    "My internet keeps dropping out every evening and I work from home. This is the third time I've contacted you.",
    "Can you tell me how to reset my password? The link in the email doesn't work.",
    "I want to cancel my subscription. How do I do that and will I be charged again?",
    "My flight was cancelled and nobody has told me what happens next. I need to get home tomorrow.",
    "The item I received is broken. I'd like a replacement, not a refund.",
    "I'm really unhappy with the service I got in your store yesterday. The staff member was rude to me.",
    "My father passed away last month and I need to close his account. What do you need from me?",
    "When will my refund reach my account? It's been two weeks since you said it was processed.",
    "hi quick question, do you deliver on sundays?",
    "I booked an appointment for Tuesday but nobody turned up and I took the day off work.",
    "Why has my bill gone up so much? I haven't changed anything.",
    "I can't log in to the app since the update. It just shows a blank screen.",
    "My card was declined but I have money in my account. What's going on?",
    "I've been waiting on hold for an hour. Can someone please just answer my question?",
    "Is it possible to change the delivery address on my order?",
    "this is ridiculous, I've explained the same problem to four different people now",
    "I think someone has used my account without permission. There are purchases I didn't make.",
    "Can I bring my booking forward a week? Something has come up.",
    "The heating in my flat has been broken for five days and the landlord isn't answering.",
    "I was promised a call back yesterday and nobody called.",
    "Do you have this in a larger size? The medium is too small.",
    "My parcel says delivered but it's not here and my neighbours don't have it.",
)
PROTOTYPE_SETS: Mapping[str, tuple[str, ...]] = {
    "warm": WARM_PROTOTYPES, "cold": COLD_PROTOTYPES, "hostile": HOSTILE_PROTOTYPES, "clear": CLEAR_PROTOTYPES,
    "vague": VAGUE_PROTOTYPES,
}


def is_negated(text: str) -> bool:
    return bool(_NEGATION.search(text))


def is_question(text: str) -> bool:
    return "?" in text or bool(_QUESTION_START.match(text))


@dataclass(frozen=True)
class Target:
    """One thing to look for: a key point, an intent or an avoid item, with its phrasings."""

    name: str
    examples: tuple[str, ...]
    description: str = ""


def targets_from_key_points(key_points: Sequence[KeyPoint]) -> list[Target]:
    return [Target(kp.id, tuple(kp.examples), kp.description) for kp in key_points]


def targets_from_mapping(mapping: Mapping[str, Sequence[str]]) -> list[Target]:
    return [Target(name, tuple(examples)) for name, examples in mapping.items()]


def phrases_of(targets: Sequence[Target]) -> list[str]:
    phrases: list[str] = []
    for target in targets:
        phrases.extend(target.examples)
        if target.description:
            phrases.append(target.description)
    return phrases


def best_similarity(unit_vectors: np.ndarray, unit_texts: Sequence[str], target: Target,
                    phrase_vectors: Mapping[str, np.ndarray]) -> float:
    """The best penalty-adjusted cosine of any unit of the reply to any phrasing of the target: a value at or
    above EXAMPLE_THRESHOLD is a match."""
    unit_kinds = [(is_negated(t), is_question(t)) for t in unit_texts]
    best = -1.0
    phrasings = [*target.examples, target.description] if target.description else list(target.examples)
    for phrase in phrasings:
        similarities = dot_rows(unit_vectors, phrase_vectors[phrase])
        phrase_negated, phrase_question = is_negated(phrase), is_question(phrase)
        for similarity, (negated, question) in zip(similarities, unit_kinds, strict=True):
            adjusted = float(similarity) - (NEGATION_PENALTY if negated != phrase_negated else 0.0) \
                - (QUESTION_PENALTY if question != phrase_question else 0.0)
            best = max(best, adjusted)
    return best


def matched_names(unit_vectors: np.ndarray, unit_texts: Sequence[str], targets: Sequence[Target],
                  phrase_vectors: Mapping[str, np.ndarray]) -> frozenset[str]:
    if not len(unit_texts):
        return frozenset()
    return frozenset(t.name for t in targets
                     if best_similarity(unit_vectors, unit_texts, t, phrase_vectors) >= EXAMPLE_THRESHOLD)


def prototype_features(reply_vector: np.ndarray, sentence_vectors: np.ndarray,
                       prototype_vectors: Mapping[str, np.ndarray]) -> dict[str, float]:
    """How much the reply, and its closest sentence, read like each prototype set (warm, cold, hostile, clear, vague):
    the mean of the two best cosines to the set's prototypes."""
    result = {}
    for name in PROTOTYPE_SETS:
        vectors = prototype_vectors[name]
        result[f"{name}_similarity"] = _top_two(dot_rows(vectors, reply_vector))
        if len(sentence_vectors):
            per_prototype = np.einsum("sd,pd->sp", sentence_vectors, vectors).max(axis=0)
            result[f"{name}_sentence"] = _top_two(per_prototype)
        else:
            result[f"{name}_sentence"] = result[f"{name}_similarity"]
    return result


def customer_specificity(reply_vector: np.ndarray, customer_vector: np.ndarray, typical_customer: np.ndarray) -> float:
    """How much closer the reply is to this customer's message than to `typical_customer`, the centre (mean vector)
    of the typical customer messages."""
    return float(reply_vector @ (customer_vector - typical_customer))


def _top_two(similarities: np.ndarray) -> float:
    return float(np.sort(similarities)[::-1][:2].mean())


def dot_rows(matrix: np.ndarray, vector: np.ndarray) -> np.ndarray:
    """matrix @ vector without BLAS: tiny products, and BLAS threads would compete with the encoder's."""
    return np.einsum("ij,j->i", matrix, vector)
