"""Reply scoring: empathy, clarity and speed, with evidence spans, tips and meaning-based matches, offline.

    from simulator.scoring import ReplyScorer, ScoreRequest

    scorer = ReplyScorer()          # cheap: the encoder and heads load on first use, once, thread-safe
    scorer.warm_up()                # or load now (about a second), e.g. off the GUI thread at start-up
    score = scorer.score(context, reply, timing)          # -> simulator.domain.ReplyScore
    scores = scorer.score_batch([ScoreRequest(context, reply, timing), ...], progress=callback)

`score.evidence[dimension]` holds (start, end, sign, label) spans into `reply` exactly as typed; `score.tips` one
tip per dimension; `score.key_points`, `score.intents`, `score.violations` the names from the context that the
reply matches. How the scores are made and how well they agree with people: models/README.md.
"""

from __future__ import annotations

from simulator.scoring.scorer import ReplyScorer, ScoreRequest

__all__ = ["ReplyScorer", "ScoreRequest"]
