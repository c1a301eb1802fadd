"""Display names of the core's values (moods, channels, outcomes, score dimensions), translated."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from simulator.domain import Channel, Outcome

_MOODS = {
    "angry": QT_TRANSLATE_NOOP("Labels", "Angry"),
    "frustrated": QT_TRANSLATE_NOOP("Labels", "Frustrated"),
    "anxious": QT_TRANSLATE_NOOP("Labels", "Anxious"),
    "confused": QT_TRANSLATE_NOOP("Labels", "Confused"),
    "sad": QT_TRANSLATE_NOOP("Labels", "Sad"),
    "calm": QT_TRANSLATE_NOOP("Labels", "Calm"),
    "satisfied": QT_TRANSLATE_NOOP("Labels", "Satisfied"),
}
MOOD_TONES = {"angry": "bad", "frustrated": "bad", "anxious": "warn", "confused": "warn", "sad": "warn",
              "calm": "neutral", "satisfied": "good"}

_CHANNELS = {
    Channel.LIVE_CHAT: QT_TRANSLATE_NOOP("Labels", "Web live chat"),
    Channel.MESSAGING: QT_TRANSLATE_NOOP("Labels", "Messaging app"),
    Channel.INTERNAL_HELPDESK: QT_TRANSLATE_NOOP("Labels", "Internal helpdesk"),
}

_OUTCOMES = {
    Outcome.RESOLVED: QT_TRANSLATE_NOOP("Labels", "Resolved"),
    Outcome.ESCALATED: QT_TRANSLATE_NOOP("Labels", "Escalated"),
    Outcome.CUSTOMER_LEFT: QT_TRANSLATE_NOOP("Labels", "Customer left"),
}
OUTCOME_TONES = {Outcome.RESOLVED: "good", Outcome.ESCALATED: "warn", Outcome.CUSTOMER_LEFT: "bad"}

_DIMENSIONS = {
    "empathy": QT_TRANSLATE_NOOP("Labels", "Empathy"),
    "clarity": QT_TRANSLATE_NOOP("Labels", "Clarity"),
    "speed": QT_TRANSLATE_NOOP("Labels", "Speed"),
    "overall": QT_TRANSLATE_NOOP("Labels", "Overall"),
}


def _translate(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def mood_name(mood: str) -> str:
    return _translate(_MOODS[mood]) if mood in _MOODS else mood


def channel_name(channel: Channel) -> str:
    return _translate(_CHANNELS[channel])


def outcome_name(outcome: Outcome) -> str:
    return _translate(_OUTCOMES[outcome])


def dimension_name(dimension: str) -> str:
    return _translate(_DIMENSIONS[dimension])


def spoken_score(dimension: str, score: float | None) -> str:
    """What a screen reader says for a score shown as a bar, a chip or a number: "Empathy: 70 out of 100"."""
    if score is None:
        return _translate(QT_TRANSLATE_NOOP("Labels", "{dimension}: not scored")).format(
            dimension=dimension_name(dimension))
    return _translate(QT_TRANSLATE_NOOP("Labels", "{dimension}: {score} out of 100")).format(
        dimension=dimension_name(dimension), score=f"{score:.0f}")


def score_band(value: float) -> str:
    """The colour band of a 0-100 score: good, fair or poor."""
    return "good" if value >= 70 else "fair" if value >= 45 else "poor"


def minutes_seconds(seconds: float) -> str:
    whole = max(0, int(seconds))
    return f"{whole // 60}:{whole % 60:02d}"
