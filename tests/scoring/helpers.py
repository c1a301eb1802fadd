"""Contexts for the scoring tests, written by hand: none of these sentences is in the training data."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from simulator.domain import KeyPoint, Mood, Persona, ScoringContext


def context(customer: str, *, mood: Mood | None = None, name: str = "Maria",
            key_points: Sequence[KeyPoint] = (), intents: Mapping[str, tuple[str, ...]] | None = None,
            avoid: Mapping[str, tuple[str, ...]] | None = None) -> ScoringContext:
    persona = Persona(name=name, situation="", mood=mood, patience=3) if mood is not None else None
    return ScoringContext(customer_message=customer, key_points=tuple(key_points), intents=intents or {},
                          avoid=avoid or {}, persona=persona)
