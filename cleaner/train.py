"""Training and evaluation of the two-pass model with document-grouped cross-validation."""

from __future__ import annotations

import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .context import document_context
from .corpus import Document, data_hash, load_documents
from .features import APPEAL_READ_WORDS, make_inputs, read_as_appeal
from .fold_features import SharedFeatures
from .model import (
    Model,
    build_stage1,
    build_stage2,
    compact,
    full_probs,
    save_model,
    sure_appeals,
)
from .records import LABELS
from .workers import reusable_executor

# progress(phase, advance, total): called as training gets through each phase's steps
# (documents read, first passes fitted, context passes fitted); cli/progress.py shows it.
TrainProgress = Callable[[str, int, int], None]
READING = "reading documents"
FIRST_PASS = "fitting the first pass"
CONTEXT_PASS = "fitting the context pass"


def _silent(_phase: str, _advance: int, _total: int) -> None:
    pass


@dataclass
class Scores:
    """Per-label precision/recall/F1, macro-F1, confusion matrix and body-loss rate."""

    per_label: dict[str, dict[str, float]]
    macro_f1: float
    body_loss: float
    confusion: list[list[int]]
    labels: list[str] = field(default_factory=lambda: list(LABELS))
    units: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "macro_f1": self.macro_f1,
            "body_loss": self.body_loss,
            "units": self.units,
            "per_label": self.per_label,
            "labels": self.labels,
            "confusion": self.confusion,
        }


def score(y_true: Sequence[str], y_pred: Sequence[str]) -> Scores:
    from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

    present = [label for label in LABELS if label in set(y_true) | set(y_pred)]
    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=present, zero_division=0)
    per_label = {
        label: {
            "precision": float(p[i]),
            "recall": float(r[i]),
            "f1": float(f[i]),
            "support": int(s[i]),
        }
        for i, label in enumerate(present)
    }
    supported = [per_label[label]["f1"] for label in present if per_label[label]["support"] > 0]
    body_total = sum(1 for t in y_true if t == "body")
    body_lost = sum(1 for t, q in zip(y_true, y_pred) if t == "body" and q != "body")
    matrix = confusion_matrix(y_true, y_pred, labels=list(LABELS)).tolist()
    return Scores(
        per_label=per_label,
        macro_f1=float(np.mean(supported)) if supported else 0.0,
        body_loss=body_lost / body_total if body_total else 0.0,
        confusion=matrix,
        units=len(y_true),
    )


def _flatten(
    docs: Sequence[Document], jobs: int = 1, progress: TrainProgress = _silent
) -> tuple[list, list[str], np.ndarray]:
    """Every unit's model input (each document read with every rule), label and document
    number, read over `jobs` processes."""
    progress(READING, 0, len(docs))  # (the total, before the first document is read)
    per_doc: list[list] = []
    if jobs > 1 and len(docs) > 1:
        size = -(-len(docs) // (jobs * 8))  # small chunks, so no process waits on another
        chunks = [
            [doc.texts for doc in docs[start : start + size]] for start in range(0, len(docs), size)
        ]
        pool = reusable_executor(jobs)
        for chunk in pool.map(_documents_inputs, chunks):
            per_doc.extend(chunk)
            progress(READING, len(chunk), len(docs))
    else:
        for doc in docs:
            per_doc.extend(_documents_inputs([doc.texts]))
            progress(READING, 1, len(docs))
    inputs, labels, groups = [], [], []
    for number, (doc, doc_inputs) in enumerate(zip(docs, per_doc)):
        inputs.extend(doc_inputs)
        labels.extend(doc.labels)
        groups.extend([number] * len(doc.texts))
    return inputs, labels, np.asarray(groups)


def _documents_inputs(documents: Sequence[Sequence[str]]) -> list[list]:
    return [make_inputs(texts, all_rules=True) for texts in documents]


@contextmanager
def _quiet_fit() -> Iterator[None]:
    """liblinear stops at its iteration cap on the full data and warns each time; the
    model it returns is the one cross-validation scores, and the warning (printed by
    every worker process) tells a user nothing to act on."""
    from sklearn.exceptions import ConvergenceWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        yield


def _fit_stage1(inputs: list, y: Any, seed: int) -> Any:
    """A first pass fitted to the units."""
    with _quiet_fit():
        return build_stage1(seed).fit(inputs, y)


def _fold_probs(
    train_inputs: list, train_y: np.ndarray, test_inputs: list, seed: int
) -> np.ndarray:
    """First-pass scores of a fold's held-out units, from a first pass fitted without them."""
    return full_probs(_fit_stage1(train_inputs, train_y, seed), test_inputs)


def _fold_probs_of_matrices(
    train_matrix: Any, train_y: np.ndarray, test_matrix: Any, seed: int
) -> np.ndarray:
    """The same from the fold's feature matrices (`SharedFeatures.fold`): only the
    classifier is fitted."""
    from sklearn.base import clone

    clf = clone(build_stage1(seed).named_steps["clf"])
    with _quiet_fit():
        clf.fit(train_matrix, train_y)
    return full_probs(clf, test_matrix)


def _fold_tasks(
    inputs: list, y: np.ndarray, split: list, seed: int
) -> Iterator[tuple[Callable[..., np.ndarray], tuple]]:
    """Each fold's first-pass fit, as (function, arguments), made one fold at a time.
    The units' n-grams are counted once for all folds where the first pass has the
    shape SharedFeatures knows (the matrices, and so the scores, are the same)."""
    shared = SharedFeatures.of(build_stage1(seed), inputs)
    for train_idx, test_idx in split:
        if shared is not None:
            train_matrix, test_matrix = shared.fold(train_idx, test_idx)
            yield _fold_probs_of_matrices, (train_matrix, y[train_idx], test_matrix, seed)
        else:
            train_inputs = [inputs[i] for i in train_idx]
            test_inputs = [inputs[i] for i in test_idx]
            yield _fold_probs, (train_inputs, y[train_idx], test_inputs, seed)


def _final_stage1(inputs: list, y: np.ndarray, seed: int) -> Any:
    return compact(_fit_stage1(inputs, y, seed))


def _contexts(docs: Sequence[Document], inputs: list, probs: np.ndarray) -> np.ndarray:
    blocks, offset = [], 0
    for doc in docs:
        n = len(doc.texts)
        blocks.append(document_context(probs[offset : offset + n], inputs[offset : offset + n]))
        offset += n
    return np.vstack(blocks)


def _folds(groups: np.ndarray, n_splits: int, seed: int):
    from sklearn.model_selection import GroupKFold

    splits = min(n_splits, len(set(groups.tolist())))
    try:
        return list(
            GroupKFold(n_splits=splits, shuffle=True, random_state=seed).split(
                groups, groups=groups
            )
        )
    except TypeError:  # scikit-learn < 1.6 has no shuffle for GroupKFold
        return list(GroupKFold(n_splits=splits).split(groups, groups=groups))


@dataclass
class TrainReport:
    model: Model
    first_pass: Scores
    final: Scores
    seconds: float
    documents: int
    manifest: dict[str, Any] = field(default_factory=dict)


def _cross_validated_labels(
    docs: Sequence[Document],
    inputs: list,
    groups: np.ndarray,
    oof: np.ndarray,
    contexts: np.ndarray,
    y: np.ndarray,
    split: list,
    seed: int,
    threshold: float,
    progress: TrainProgress = _silent,
) -> list[str]:
    """Final labels of every unit, each from the fold that did not see its document,
    with the same (repeated) decision rule as clean()."""
    from .decide import decide_stable

    starts = np.concatenate([[0], np.cumsum([len(doc.texts) for doc in docs])])
    predicted = [""] * len(inputs)
    for train_idx, test_idx in split:
        stage2 = build_stage2(seed).fit(contexts[train_idx], y[train_idx])
        fold_model = Model(stage1=None, stage2=stage2)
        for number in sorted(set(groups[test_idx].tolist())):
            sl = slice(int(starts[number]), int(starts[number + 1]))
            verdicts = decide_stable(inputs[sl], oof[sl], fold_model.context_pass, threshold)
            predicted[sl] = [verdict[0] for verdict in verdicts]
        progress(CONTEXT_PASS, 1, len(split) + 1)
    return predicted


def train(
    docs: Sequence[Document],
    folds: int = 5,
    seed: int = 0,
    threshold: float = 0.6,
    jobs: int = 1,
    progress: TrainProgress | None = None,
) -> TrainReport:
    """Fit both passes; cross-validate by document (a document never spans two folds).
    `jobs` processes read the documents and fit the folds' first passes side by side
    (the model is the same for any number). `progress` hears of each step (TrainProgress)."""
    started = time.perf_counter()
    progress = progress or _silent
    inputs, labels, groups = _flatten(docs, jobs, progress)
    y = np.asarray(labels)
    if len(set(labels)) < 2:
        from .errors import TrainingDataError

        raise TrainingDataError("training data needs at least two different labels")

    # Out-of-fold first-pass probabilities feed the context pass, so it learns from the
    # kind of (imperfect) scores it will see on new documents.
    # Over several processes, the folds' passes are fitted in workers while this process
    # fits the final one (fitted here, its saved file is the same byte for byte).
    oof = np.zeros((len(inputs), len(LABELS)))
    split = _folds(groups, folds, seed)
    fits = len(split) + 1  # each fold's first pass, and the final one
    if jobs > 1:
        executor = reusable_executor(jobs)  # (the same size as above: a resized pool stops workers)
        with warnings.catch_warnings():
            # loky replaces a worker whose memory grew by more than 300 MB (reading the
            # documents builds the rule index; a fold's fit holds its matrices) and warns
            # if jobs were queued; they run on the new worker, so there is nothing to do.
            warnings.filterwarnings("ignore", message="A worker stopped while some jobs")
            pending = [
                executor.submit(task, *args) for task, args in _fold_tasks(inputs, y, split, seed)
            ]
            stage1 = _final_stage1(inputs, y, seed)
            progress(FIRST_PASS, 1, fits)
            fold_probs = []
            for future in pending:
                fold_probs.append(future.result())
                progress(FIRST_PASS, 1, fits)
    else:
        fold_probs = []
        for task, args in _fold_tasks(inputs, y, split, seed):
            fold_probs.append(task(*args))
            progress(FIRST_PASS, 1, fits)
        stage1 = _final_stage1(inputs, y, seed)
        progress(FIRST_PASS, 1, fits)
    for (_train_idx, test_idx), probs in zip(split, fold_probs):
        oof[test_idx] = probs
    # Settled units (long news-voice prose) are not read at prediction time: they get
    # the mean scores of their kind, here as there; except the short ones the first pass
    # reads as an appeal (features.read_as_appeal), here as there.
    settled = np.asarray([item.settled for item in inputs], dtype=bool)
    prose_prior = oof[settled].mean(axis=0) if settled.any() else None
    if prose_prior is not None:
        short = np.asarray([item.n_words <= APPEAL_READ_WORDS for item in inputs], dtype=bool)
        read = settled & short & sure_appeals(oof)
        oof[settled & ~read] = prose_prior
        for i in np.flatnonzero(read):
            read_as_appeal(inputs[i])
    contexts = _contexts(docs, inputs, oof)

    final_pred = _cross_validated_labels(
        docs, inputs, groups, oof, contexts, y, split, seed, threshold, progress
    )

    first_pred = np.asarray(LABELS)[oof.argmax(1)]
    model = Model(
        stage1=stage1,
        stage2=build_stage2(seed).fit(contexts, y),
        prose_prior=prose_prior,
    )
    progress(CONTEXT_PASS, 1, len(split) + 1)
    return TrainReport(
        model=model,
        first_pass=score(labels, first_pred.tolist()),
        final=score(labels, final_pred),
        seconds=time.perf_counter() - started,
        documents=len(docs),
    )


def _display_path(path: Path) -> str:
    """Paths inside the repository are recorded relative to it, so manifests are portable."""
    from .corpus import DEFAULT_DATA_DIR

    try:
        return str(path.resolve().relative_to(DEFAULT_DATA_DIR.parent))
    except ValueError:
        return str(path)


def train_and_save(
    data: Sequence[Path],
    output: Path,
    folds: int = 5,
    seed: int = 0,
    jobs: int = 1,
    progress: TrainProgress | None = None,
) -> TrainReport:
    """Train from CONTRACT JSONL files/folders and write the model plus its manifest."""
    docs = load_documents(data)
    report = train(docs, folds=folds, seed=seed, jobs=jobs, progress=progress)
    report.manifest = save_model(
        report.model,
        output,
        {
            "training_data_sha256": data_hash(data),
            "training_files": [_display_path(Path(p)) for p in data],
            "documents": report.documents,
            "units": report.final.units,
            "seed": seed,
            "folds": folds,
            "cv_macro_f1": round(report.final.macro_f1, 4),
            "cv_first_pass_macro_f1": round(report.first_pass.macro_f1, 4),
            "cv_body_loss": round(report.final.body_loss, 4),
            "cv_per_label": report.final.per_label,
            "train_seconds": round(report.seconds, 2),
        },
    )
    return report


def evaluate_documents(model: Model, docs: Sequence[Document], threshold: float = 0.6) -> Scores:
    """Score a model on held-out labelled documents with the same decision rule as clean()."""

    from .decide import decide_stable

    y_true, y_pred = [], []
    for doc, (first, inputs) in zip(docs, model.first_pass([doc.texts for doc in docs])):
        verdicts = decide_stable(inputs, first, model.context_pass, threshold)
        y_true.extend(doc.labels)
        y_pred.extend(verdict[0] for verdict in verdicts)
    return score(y_true, y_pred)
