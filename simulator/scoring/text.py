"""Text handling that keeps character offsets valid into the reply exactly as the trainee typed it.

A reply may hold HTML tags, zero-width or bidirectional control characters, emoji, curly quotes. Scoring works on
a cleaned copy of the same length or shorter; `CleanText.span` maps a span of the cleaned copy back to the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pyphen

# Characters removed before scoring: zero-width spaces/joiners, word joiner, BOM, bidi embedding/override/isolate.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")
_HTML_TAG = re.compile(r"<\s*/?\s*[A-Za-z][^<>]{0,300}>")
_HTML_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{1,6});")
# One-to-one replacements (same length), so offsets survive: typographic quotes and dashes, non-breaking space.
_SAME_LENGTH = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                              "\u2014": "-", "\u00a0": " ", "\u202f": " "})

_SENTENCE_END = re.compile(r"(?<=[.!?\u2026])[\"')\]]*\s+|\n\s*\n?|(?<=[.!?])(?=[A-Z][a-z])")
# A full stop that ends a list marker ("1. ") or a common abbreviation does not end a sentence.
_LIST_MARKER = re.compile(r"\s*(?:\d{1,2}|[A-Za-z])[.)]")
_NOT_AN_END = re.compile(r"(?<![\w.])(?:Mr|Mrs|Ms|Dr|St|e\.g|i\.e|"
                         r"approx|vs|incl)\.$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:['-][A-Za-z\u00c0-\u024f]+)*")

_hyphenator = pyphen.Pyphen(lang="en_US")
_VOWEL_GROUP = re.compile(r"[aeiouy]+")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


class CleanText:
    """The reply with markup and invisible characters removed, and the way back to the original offsets."""

    def __init__(self, original: str) -> None:
        self.original = original
        kept: list[str] = []
        origin: list[int] = []
        removals = sorted(
            [(m.start(), m.end(), " ") for m in _HTML_TAG.finditer(original)]
            + [(m.start(), m.end(), " ") for m in _HTML_ENTITY.finditer(original)]
            + [(m.start(), m.end(), "") for m in _INVISIBLE.finditer(original)]
        )
        position = 0
        for start, end, replacement in removals:
            if start < position:
                continue  # overlaps an earlier removal (an entity inside a tag)
            kept.append(original[position:start])
            origin.extend(range(position, start))
            if replacement:
                kept.append(replacement)
                origin.append(start)
            position = end
        kept.append(original[position:])
        origin.extend(range(position, len(original)))
        origin.append(len(original))
        self.text = "".join(kept).translate(_SAME_LENGTH)
        self._origin = origin

    def original_offsets(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the original reply of the cleaned span [start, end)."""
        if end <= start:
            return self._origin[start], self._origin[start]
        return self._origin[start], self._origin[end - 1] + 1

    def sentences(self) -> list[Span]:
        return split_sentences(self.text)

    def words(self) -> list[Span]:
        return [Span(m.start(), m.end(), m.group()) for m in _WORD.finditer(self.text)]


def split_sentences(text: str) -> list[Span]:
    """Sentences of `text` with offsets; a line break always ends a sentence (chat lists, numbered steps)."""
    spans: list[Span] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if _NOT_AN_END.search(text[max(start, match.start() - 12):match.start()]) \
                or _LIST_MARKER.fullmatch(text, start, match.start()):
            continue
        _append_trimmed(spans, text, start, match.start())
        start = match.end()
    _append_trimmed(spans, text, start, len(text))
    return spans


def _append_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and any(ch.isalnum() for ch in text[start:end]):
        spans.append(Span(start, end, text[start:end]))


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Syllables in one English word: the larger of pyphen's hyphenation count and a vowel-group count."""
    lower = word.lower()
    groups = len(_VOWEL_GROUP.findall(lower))
    if lower.endswith("e") and not lower.endswith(("le", "ee", "ye")) and groups > 1:
        groups -= 1
    if lower.endswith(("ed", "es")) and groups > 1 and not lower.endswith(("ted", "ded", "ses", "zes", "ces")):
        groups -= 1
    hyphenated = len(_hyphenator.positions(lower)) + 1 if len(lower) < 60 else groups
    return max(1, groups, hyphenated)


def flesch_reading_ease(text: str) -> float:
    """The classic Flesch reading ease of `text` (higher is easier); 100 for a text without words."""
    words = [m.group() for m in _WORD.finditer(text)]
    if not words:
        return 100.0
    sentence_count = max(1, len(split_sentences(text)))
    syllable_count = sum(syllables(word) for word in words)
    return 206.835 - 1.015 * len(words) / sentence_count - 84.6 * syllable_count / len(words)
