"""Agreement measures used by training (model selection) and `simulator eval`: pairwise accuracy, Spearman, AUC."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence

import numpy as np


def pairwise_accuracy(predicted: Sequence[float], gold: Sequence[float], groups: Sequence[Hashable],
                      max_length_ratio: float | None = None, lengths: Sequence[int] | None = None,
                      min_gap: float = 1.0) -> float:
    """Share of pairs within a group (same customer situation) whose gold levels differ by at least `min_gap` that
    the prediction orders the same way; a predicted tie counts half. With `max_length_ratio`, only pairs whose
    lengths differ by at most that ratio count: the length-balanced pairs on which length says nothing."""
    by_group: dict[Hashable, list[int]] = defaultdict(list)
    for index, group in enumerate(groups):
        by_group[group].append(index)
    right = 0.0
    total = 0
    for members in by_group.values():
        for i_position, i in enumerate(members):
            for j in members[i_position + 1:]:
                if abs(gold[i] - gold[j]) < min_gap or gold[i] == gold[j]:
                    continue
                if max_length_ratio is not None and lengths is not None:
                    short, long = sorted((max(1, lengths[i]), max(1, lengths[j])))
                    if long / short > max_length_ratio:
                        continue
                total += 1
                agreement = (predicted[i] - predicted[j]) * (gold[i] - gold[j])
                right += 1.0 if agreement > 0 else 0.5 if agreement == 0 else 0.0
    return right / total if total else float("nan")


def pair_count(gold: Sequence[float], groups: Sequence[Hashable]) -> int:
    by_group: dict[Hashable, list[float]] = defaultdict(list)
    for level, group in zip(gold, groups, strict=True):
        by_group[group].append(level)
    return sum(sum(1 for i, a in enumerate(levels) for b in levels[i + 1:] if a != b) for levels in by_group.values())


def ranks(values: Sequence[float]) -> np.ndarray:
    """Ranks from 1, ties sharing their average rank."""
    array = np.asarray(values, dtype=np.float64)
    order = np.argsort(array, kind="mergesort")
    result = np.empty(len(array))
    sorted_values = array[order]
    start = 0
    while start < len(array):
        end = start
        while end + 1 < len(array) and sorted_values[end + 1] == sorted_values[start]:
            end += 1
        result[order[start:end + 1]] = (start + end) / 2 + 1
        start = end + 1
    return result


def spearman(predicted: Sequence[float], gold: Sequence[float]) -> float:
    a, b = ranks(predicted), ranks(gold)
    if a.std() == 0 or b.std() == 0:
        return float("nan")
    return float(np.corrcoef(a, b)[0, 1])


def roc_auc(scores: Sequence[float], positive: Sequence[bool]) -> float:
    """Probability that a positive scores above a negative (ties half): the Mann-Whitney form of ROC-AUC."""
    rank = ranks(scores)
    labels = np.asarray(positive, dtype=bool)
    positives = int(labels.sum())
    negatives = len(labels) - positives
    if not positives or not negatives:
        return float("nan")
    return float((rank[labels].sum() - positives * (positives + 1) / 2) / (positives * negatives))


def ordered_share(better: Sequence[float], worse: Sequence[float]) -> float:
    """Share of pairs where the first item scores above the second; ties count half."""
    right = sum(1.0 if a > b else 0.5 if a == b else 0.0 for a, b in zip(better, worse, strict=True))
    return right / len(better) if len(better) else float("nan")
