"""The classifier: building, training, saving and safely loading it.

Training builds scikit-learn pipelines (imported lazily, so `cleaner --help` is fast).
The saved model holds only their fitted parameters (`model_file`), which the numpy
scorers evaluate: cleaning needs neither scikit-learn nor pickle. Model files written
before that (joblib pickles) still load, from the shipped folder or when trusted.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .context import document_context
from .errors import (
    RETRAIN_HINT,
    ModelCorruptError,
    ModelMissingError,
    ModelVersionError,
    UntrustedModelError,
)
from .features import (
    APPEAL_READ_LABELS,
    APPEAL_READ_SURE,
    APPEAL_READ_WORDS,
    UnitInput,
    char_texts,
    feature_dicts,
    make_inputs,
    model_texts,
    read_as_appeal,
)
from .model_file import (
    ARRAY_FORMAT,
    ModelFileError,
    is_array_file,
    read_model_file,
    write_model_file,
)
from .paths import bundled
from .records import LABELS, RuleHit
from .scorer import ContextScorer, FirstPassScorer, context_scorer, first_pass_scorer, softmax
from .scripts import word_token_pattern

SCORE_SLICE = 1024  # units scored per call: bounds memory; small slices stay in cache
MODEL_NAME = "cleaner-linear"
MODEL_VERSION = "1"
# 3: arrays (model_file). Older joblib pickles: 2, vocabularies packed into one string
# each (PackedTerms); 1, plain dicts.
FORMAT = ARRAY_FORMAT
PICKLE_FORMATS = frozenset({1, 2})
SHIPPED_DIR = bundled("models")
DEFAULT_MODEL = SHIPPED_DIR / "cleaner.npz"


def manifest_path(model_path: Path) -> Path:
    return model_path.with_suffix(".json")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def build_stage1(seed: int = 0) -> Any:
    """TF-IDF word and character n-grams plus hand features, into a linear model."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion, Pipeline
    from sklearn.preprocessing import FunctionTransformer
    from sklearn.svm import LinearSVC

    words = Pipeline(
        [
            ("select", FunctionTransformer(model_texts)),
            (
                "tfidf",
                TfidfVectorizer(
                    token_pattern=word_token_pattern(),
                    ngram_range=(1, 2),
                    min_df=2,
                    sublinear_tf=True,
                    max_features=60000,
                    dtype=np.float32,
                ),
            ),
        ]
    )
    chars = Pipeline(
        [
            ("select", FunctionTransformer(char_texts)),
            (
                "tfidf",
                TfidfVectorizer(
                    analyzer="char_wb",
                    ngram_range=(3, 4),
                    min_df=2,
                    sublinear_tf=True,
                    max_features=150000,
                    dtype=np.float32,
                ),
            ),
        ]
    )
    hand = Pipeline(
        [
            ("select", FunctionTransformer(feature_dicts)),
            ("dict", DictVectorizer()),
        ]
    )
    return Pipeline(
        [
            ("features", FeatureUnion([("words", words), ("chars", chars), ("hand", hand)])),
            # A linear SVM fits in about a second where logistic regression takes a
            # minute, at the same macro-F1; the context pass calibrates its margins.
            ("clf", LinearSVC(C=0.5, class_weight="balanced", random_state=seed)),
        ]
    )


def compact(stage1: Any) -> Any:
    """Keep the fitted linear weights as float16: a quarter of float64's file, so the
    vocabularies can be large enough for every language (widened to float32 to score;
    the dev sets and both benchmarks score the same as with float32 weights)."""
    clf = stage1.named_steps["clf"]
    clf.coef_ = clf.coef_.astype(np.float16)
    clf.intercept_ = clf.intercept_.astype(np.float32)
    return stage1


@dataclass(frozen=True)
class PackedTerms:
    """How a format-2 pickle stores a vectorizer's vocabulary: its terms in column
    order, joined (unpickling one string is faster than a dict of 200,000 entries)."""

    joined: str

    def unpack(self) -> dict[str, int]:
        terms = self.joined.split("\x1f") if self.joined else []
        return dict(zip(terms, range(len(terms))))


def _vectorizers(stage1: Any) -> list[Any]:
    """The fitted vectorizers of a stage 1 built by build_stage1 (none of any other)."""
    union = getattr(stage1, "named_steps", {}).get("features")
    return [
        branch.steps[-1][1]
        for _name, branch in getattr(union, "transformer_list", ())
        if hasattr(branch.steps[-1][1], "vocabulary_")
    ]


def _unpack_vocabularies(stage1: Any) -> None:
    for vectorizer in _vectorizers(stage1):
        if isinstance(vectorizer.vocabulary_, PackedTerms):
            vectorizer.vocabulary_ = vectorizer.vocabulary_.unpack()


def build_stage2(seed: int = 0) -> Any:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler

    # Scaling makes lbfgs converge in tens of iterations instead of hundreds.
    return Pipeline(
        [
            ("scale", StandardScaler()),
            # No class balancing here: the context pass keeps the real prior of body
            # text, which makes it conservative.
            ("clf", LogisticRegression(C=0.3, max_iter=500, random_state=seed)),
        ]
    )


# Softmax temperature that turns SVM margins into probability-like first-pass scores.
MARGIN_SCALE = 3.0


def full_probs(clf: Any, X: Any) -> np.ndarray:
    """Class scores in [0, 1] with one column per label in LABELS order (absent ones get 0)."""
    if hasattr(clf, "predict_proba"):
        return _by_label(clf.predict_proba(X), clf.classes_)
    return margin_probs(clf.decision_function(X), clf.classes_)


def margin_probs(margins: np.ndarray, classes: Sequence[str]) -> np.ndarray:
    """Linear-model margins as probability-like scores, one column per label."""
    margins = np.asarray(margins, dtype=float) * MARGIN_SCALE
    if margins.ndim == 1:  # two classes: one margin for the second class
        margins = np.column_stack([-margins / 2, margins / 2])
    return _by_label(softmax(margins), classes)


def _by_label(raw: np.ndarray, classes: Sequence[str]) -> np.ndarray:
    """Spread a classifier's columns (its own class order) over LABELS."""
    out = np.zeros((raw.shape[0], len(LABELS)))
    for j, label in enumerate(classes):
        out[:, LABELS.index(label)] = raw[:, j]
    return out


def sure_appeals(first: np.ndarray) -> np.ndarray:
    """Per row of first-pass scores: whether it is an appeal this surely (APPEAL_READ_SURE),
    the test a settled unit passes to be read as one (features.read_as_appeal)."""
    appeal = [LABELS.index(label) for label in APPEAL_READ_LABELS]
    return first[:, appeal].max(axis=1) >= APPEAL_READ_SURE


@dataclass
class Model:
    """A trained two-pass classifier: per-unit first pass, then a context pass."""

    stage1: Any
    stage2: Any
    name: str = f"{MODEL_NAME}-{MODEL_VERSION}"
    # First-pass scores given to settled units (long news-voice prose) without reading
    # them: the mean out-of-fold scores of such units in training. None: read them all.
    prose_prior: np.ndarray | None = None
    _first: Any = field(default=None, init=False, repr=False, compare=False)
    _context: Any = field(default=None, init=False, repr=False, compare=False)

    def stage1_probs(self, inputs: Sequence[UnitInput]) -> np.ndarray:
        """First-pass scores of units read alone (the fast scorer when it applies)."""
        if self._first is None:
            self._first = first_pass_scorer(self.stage1)
        return full_probs(self._first, inputs)

    def first_pass(
        self,
        docs: Sequence[Sequence[str]],
        markup_hits: Sequence[Sequence[tuple[RuleHit, ...]] | None] | None = None,
    ) -> list[tuple[np.ndarray, list[UnitInput]]]:
        """Per-unit scores (reading each unit alone) for several documents in one call;
        `markup_hits`: per document, None or the cues of its markup per unit."""
        markup = markup_hits if markup_hits is not None else [None] * len(docs)
        inputs_per_doc = [make_inputs(texts, markup_hits=hits) for texts, hits in zip(docs, markup)]
        flat = [item for inputs in inputs_per_doc for item in inputs]
        first = np.zeros((len(flat), len(LABELS)))
        settled = [i for i, item in enumerate(flat) if item.settled]
        if self.prose_prior is None:
            read = list(range(len(flat)))
        else:
            read = [i for i, item in enumerate(flat) if not item.settled]
            first[settled] = self.prose_prior
        # Score in slices: one call on a 50 MB document would hold all its n-grams at once.
        for start in range(0, len(read), SCORE_SLICE):
            rows = read[start : start + SCORE_SLICE]
            first[rows] = self.stage1_probs([flat[i] for i in rows])
        if self.prose_prior is not None:
            self._read_appeals(
                flat, [i for i in settled if flat[i].n_words <= APPEAL_READ_WORDS], first
            )
        results, offset = [], 0
        for inputs in inputs_per_doc:
            results.append((first[offset : offset + len(inputs)], inputs))
            offset += len(inputs)
        return results

    def _read_appeals(
        self, flat: list[UnitInput], candidates: list[int], first: np.ndarray
    ) -> None:
        """Read the short settled units (features.read_as_appeal): those the first pass is
        sure are an appeal get their own scores and are unsettled; the rest keep the prior."""
        for start in range(0, len(candidates), SCORE_SLICE):
            rows = candidates[start : start + SCORE_SLICE]
            probs = self.stage1_probs([flat[i] for i in rows])
            for i, row, sure in zip(rows, probs, sure_appeals(probs)):
                if sure:
                    first[i] = row
                    read_as_appeal(flat[i])

    def context_pass(self, first: np.ndarray, inputs: Sequence[UnitInput]) -> np.ndarray:
        """Scores of one document's units seen through their neighbours' first-pass scores."""
        if len(inputs) == 0:
            return np.zeros((0, len(LABELS)))
        return self._stage2_probs(document_context(first, inputs))

    def _stage2_probs(self, X: np.ndarray) -> np.ndarray:
        if self._context is None:
            self._context = context_scorer(self.stage2)
        return full_probs(self._context, X)

    def predict_documents(
        self, docs: Sequence[Sequence[str]]
    ) -> list[tuple[np.ndarray, np.ndarray, list[UnitInput]]]:
        """First- and second-pass probabilities for several documents."""
        return [
            (first, self.context_pass(first, inputs), inputs)
            for first, inputs in self.first_pass(docs)
        ]


def save_model(
    model: Model, path: str | os.PathLike[str], metadata: dict[str, Any]
) -> dict[str, Any]:
    """Write the model's parameters (model_file) and its manifest (versions, data hash,
    scores, sha256). Only models of the shape build_stage1/build_stage2 make can be saved."""
    path = Path(path)
    first, context = first_pass_scorer(model.stage1), context_scorer(model.stage2)
    if not isinstance(first, FirstPassScorer) or not isinstance(context, ContextScorer):
        raise TypeError("only models built by build_stage1 and build_stage2 can be saved")
    import sklearn

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    write_model_file(tmp, first, context, model.name, model.prose_prior)
    tmp.replace(path)
    manifest = {
        "name": model.name,
        "format": FORMAT,
        "labels": list(LABELS),
        # Which libraries trained it (loading needs only numpy).
        "sklearn_version": sklearn.__version__,
        "numpy_version": np.__version__,
        "python_version": platform.python_version(),
        "model_file": path.name,
        "model_sha256": sha256_file(path),
        **metadata,
    }
    manifest_path(path).write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return manifest


def is_shipped_location(path: Path) -> bool:
    try:
        path.resolve().relative_to(SHIPPED_DIR)
    except ValueError:
        return False
    return True


def read_manifest(path: Path) -> dict[str, Any]:
    mpath = manifest_path(path)
    if not mpath.is_file():
        raise ModelCorruptError(
            f"model manifest {mpath} is missing: refusing to load {path.name} unchecked; "
            f"{RETRAIN_HINT}"
        )
    try:
        manifest = json.loads(mpath.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelCorruptError(
            f"model manifest {mpath} is unreadable ({exc}); {RETRAIN_HINT}"
        ) from None
    if not isinstance(manifest, dict):
        raise ModelCorruptError(f"model manifest {mpath} is not a JSON object; {RETRAIN_HINT}")
    return manifest


def load_model(path: str | os.PathLike[str] | None = None, trust: bool = False) -> Model:
    """Load a model after checking its checksum against the manifest beside it.

    A model file of arrays (this version's format) runs no code when read. An older
    joblib file is a pickle, which does: it is only opened from the shipped models/
    folder or when the caller passed trust=True, and only with the scikit-learn version
    that wrote it.
    """
    path = Path(path) if path is not None else DEFAULT_MODEL
    if not path.is_file():
        raise ModelMissingError(f"model file {path} not found; {RETRAIN_HINT}")
    try:
        arrays = is_array_file(path)
    except OSError as exc:
        raise ModelCorruptError(
            f"model file {path} cannot be read ({exc}); {RETRAIN_HINT}"
        ) from None
    if not arrays and not trust and not is_shipped_location(path):
        raise UntrustedModelError(
            f"refusing to load {path}: it is an old-style pickled model outside the shipped "
            f"{SHIPPED_DIR} folder and can run code when loaded; pass --trust-model "
            "(trust_model=True) if you wrote it yourself"
        )
    manifest = read_manifest(path)
    actual = sha256_file(path)
    if manifest.get("model_sha256") != actual:
        raise ModelCorruptError(
            f"model file {path} does not match the sha256 in its manifest (truncated or "
            f"tampered); {RETRAIN_HINT}"
        )
    if arrays:
        try:
            first, context, name, prior = read_model_file(path)
        except ModelFileError as exc:
            raise ModelCorruptError(
                f"model file {path} is not a readable cleaner model ({exc}); {RETRAIN_HINT}"
            ) from None
        return Model(stage1=first, stage2=context, name=name, prose_prior=prior)
    import sklearn

    written = manifest.get("sklearn_version")
    if written != sklearn.__version__:
        raise ModelVersionError(
            f"model {path.name} was written by scikit-learn {written}, but scikit-learn "
            f"{sklearn.__version__} is installed; {RETRAIN_HINT} (or install "
            f"scikit-learn=={written})"
        )
    return _unpickle(path)


def _unpickle(path: Path) -> Model:
    import joblib
    from sklearn.exceptions import InconsistentVersionWarning

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", InconsistentVersionWarning)
            payload = joblib.load(path)
    except InconsistentVersionWarning as exc:
        raise ModelVersionError(f"model {path.name}: {exc}; {RETRAIN_HINT}") from None
    except Exception as exc:  # a broken pickle can raise nearly anything
        raise ModelCorruptError(
            f"model file {path} cannot be read ({type(exc).__name__}); {RETRAIN_HINT}"
        ) from None
    if not isinstance(payload, dict) or payload.get("format") not in PICKLE_FORMATS:
        raise ModelCorruptError(f"{path} is not a cleaner model; {RETRAIN_HINT}")
    prior = payload.get("prose_prior")
    _unpack_vocabularies(payload["stage1"])
    return Model(
        stage1=payload["stage1"],
        stage2=payload["stage2"],
        name=str(payload.get("name", MODEL_NAME)),
        prose_prior=None if prior is None else np.asarray(prior, dtype=float),
    )
