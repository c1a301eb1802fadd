"""Reply pairs: the same customer message, a better and a worse reply on one dimension, written by people outside
the team who saw neither the data, the code nor the scores, lengths within 15%.

models/pairs/*.jsonl are training data (each pair a two-reply situation, the better reply PAIR_GAP levels above);
models/held-out/*.jsonl, the newest round, are never trained on: `simulator eval` measures the heads on them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from simulator.domain import ScoringError
from simulator.scoring.batch import parse_row
from simulator.scoring.scorer import ScoreRequest

PAIR_DIMENSIONS = ("empathy", "clarity")
TRAINING_PAIRS = "pairs"
HELD_OUT_PAIRS = "held-out"


@dataclass(frozen=True)
class ReplyPair:
    dimension: str
    better: ScoreRequest
    worse: ScoreRequest
    source: str  # the set (file) it comes from


def pair_files(folder: Path) -> list[Path]:
    """The pair files in `folder`, in natural order (set-2 before set-10)."""
    return sorted(folder.glob("*.jsonl"),
                  key=lambda path: [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", path.stem)])


def load_pairs(path: Path) -> list[ReplyPair]:
    """Rows {"id", "dimension", "customer", "better", "worse"} plus optional "context" (as for `simulator score`)."""
    pairs = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row, dict) or row.get("dimension") not in PAIR_DIMENSIONS:
                raise ValueError("'dimension' must be empathy or clarity")
            for side in ("better", "worse"):
                if not isinstance(row.get(side), str):
                    raise ValueError(f"'{side}' must be a string")
            better, worse = (parse_row({"id": row.get("id"), "customer": row.get("customer"), "reply": row.get(side),
                                        "context": row.get("context", [])}) for side in ("better", "worse"))
        except ValueError as error:  # json.JSONDecodeError is one
            raise ScoringError(f"{path}:{number}: {error}; a pair is a JSON object with 'id', 'dimension', "
                               "'customer', 'better', 'worse' and optional 'context'") from error
        pairs.append(ReplyPair(row["dimension"], better, worse, path.stem))
    return pairs
