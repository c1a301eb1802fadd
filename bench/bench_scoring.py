"""Scoring benchmark: model load time, single-reply latency (p50/p95) after warm-up, batch throughput, peak RSS.

Run:  .venv/bin/python bench/bench_scoring.py [--replies 1000] [--threads 1] [--float32]
Prints figures; asserts nothing. Load time is measured in a fresh process (imports included), as a user sees it.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from simulator.domain import KeyPoint, Mood, Persona, ScoringContext, Timing  # noqa: E402

CUSTOMERS = (
    "My parcel was due on Monday and it still hasn't come. It's a birthday present!",
    "I've been charged twice for my subscription this month. Sort it out.",
    "My dad passed away last week and I need to close his account. I don't know where to start.",
    "Hi, do you deliver to the Isle of Wight?",
)
REPLIES = (
    "I'm so sorry your son's present is late. Let me check order 4821 right now.",
    "The courier will deliver it tomorrow, Thursday, before 6 pm.",
    "Sorry you feel that way. Please wait for the email.",
    "Thanks for waiting! I've refunded the second payment of £9.99; it will reach your card within 3 working "
    "days. I've also added a note so it can't happen again.",
    "I'm so sorry about your dad. I'll take care of this: I only need his account number, and I'll close the "
    "account today with no fees.",
    "Yes, we deliver to the Isle of Wight. It takes 2 extra days and costs £4.",
    "One moment, I'm checking.",
    "Your DOCSIS provisioning may have failed; I'll raise a tier 2 ticket.",
)
ENGINE_CONTEXT_EXTRAS = {
    "key_points": (KeyPoint("new_date", "Give a concrete new delivery date",
                            ("It will be delivered on Thursday before 6 pm.", "The courier has rescheduled it.")),
                   KeyPoint("apology", "Apologise and own it", ("I'm sorry, we let you down on this delivery.",))),
    "intents": {"asks_order_number": ("Could you give me your order number?",),
                "offers_refund": ("I can refund the shipping cost right away.",)},
    "avoid": {"blame": ("You should have chosen express shipping.",)},
}


def measure_load_time() -> float:
    code = ("import time; start = time.perf_counter(); from simulator.scoring import ReplyScorer; "
            "ReplyScorer().warm_up(); print(time.perf_counter() - start)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    return float(result.stdout.strip().splitlines()[-1])


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--replies", type=int, default=1000, help="replies in the batch test")
    parser.add_argument("--single", type=int, default=200, help="single-reply calls timed")
    parser.add_argument("--threads", type=int, default=1, help="encoder inference threads")
    parser.add_argument("--float32", action="store_true",
                        help="float32 matrix products even where the CPU multiplies bfloat16 in hardware")
    args = parser.parse_args()

    from simulator.scoring import ReplyScorer, ScoreRequest
    from simulator.scoring.encoder import SentenceEncoder

    load_seconds = statistics.median(measure_load_time() for _ in range(3))
    encoder = SentenceEncoder(threads=args.threads, bfloat16=False if args.float32 else None)
    scorer = ReplyScorer(encoder=encoder)
    scorer.warm_up()
    persona = Persona("Maria Lopez", "", Mood.ANXIOUS, 3)
    plain = [ScoringContext(customer_message=c, persona=persona) for c in CUSTOMERS]
    engine = [ScoringContext(customer_message=c, persona=persona, **ENGINE_CONTEXT_EXTRAS)  # type: ignore[arg-type]
              for c in CUSTOMERS]
    figures: dict[str, float | str] = {"load_seconds": round(load_seconds, 2), "threads": args.threads,
                                       "matrix_products": str(encoder.matmul_dtype).removeprefix("torch.")}
    for label, contexts in (("plain", plain), ("engine", engine)):
        for index in range(20):  # warm-up
            scorer.score(contexts[index % 4], REPLIES[index % len(REPLIES)], Timing(20, 40))
        latencies = []
        for index in range(args.single):
            start = time.perf_counter()
            scorer.score(contexts[index % 4], REPLIES[index % len(REPLIES)], Timing(20, 40))
            latencies.append((time.perf_counter() - start) * 1000)
        figures[f"{label}_p50_ms"] = round(percentile(latencies, 0.5), 1)
        figures[f"{label}_p95_ms"] = round(percentile(latencies, 0.95), 1)
    requests = [ScoreRequest(plain[i % 4], f"{REPLIES[i % len(REPLIES)]} (ref {i})") for i in range(args.replies)]
    start = time.perf_counter()
    scorer.score_batch(requests)
    figures["batch_replies_per_second"] = round(args.replies / (time.perf_counter() - start), 1)
    figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
