"""The first pass at prediction time, evaluated straight from the fitted pipeline.

scikit-learn's vectorisers count n-grams one by one in Python; cleaning spends most of
its time there. Here the same numbers come from the fitted vocabularies, idf weights and
coefficients, with the counting done on whole batches in numpy:
- character n-grams: the batch becomes one array of code points; every window gets a
  numeric key (exact for 3 characters, a 64-bit hash for 4: vocabulary keys that collide
  are caught when the scorer is built) and is looked up in a hash table of the
  vocabulary's keys;
- word n-grams: tokens become ids once (a dict lookup per token), bigrams become pairs of
  ids looked up the same way;
- each feature block is multiplied by its own slice of the linear model's coefficients,
  so the blocks are never stacked into one matrix.
Training still uses the scikit-learn pipeline. Tests check that both give the same
margins; `FirstPassScorer.from_pipeline` returns None (and the pipeline is used) for a
pipeline of any other shape.

The scorers hold only plain parameters (vocabularies, weights, class names), which is
what the model file stores: loading a model needs neither scikit-learn nor pickle.
The context pass (`ContextScorer`) is evaluated the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat
from typing import Any

import numpy as np

from .features import UnitInput, char_texts, feature_dicts, model_texts

# Counts per unit as three aligned arrays: row (unit), column (feature), count.
Counts = tuple[np.ndarray, np.ndarray, np.ndarray]
_EMPTY: Counts = (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))
# Non-zero features up to which a block is summed without a sparse matrix.
SMALL_BLOCK = 20_000
# Multiplier of the polynomial key of 4-character windows (wraps modulo 2**64).
_MIX = np.uint64(0x9E3779B97F4A7C15)


def _aggregate(rows: np.ndarray, cols: np.ndarray, width: int) -> Counts:
    """Count repeated (row, column) pairs."""
    if rows.size == 0:
        return _EMPTY
    keys, counts = np.unique(rows * width + cols, return_counts=True)
    return keys // width, keys % width, counts.astype(float)


class KeyTable:
    """A read-only hash table from 64-bit keys to columns, probed for a whole array of
    keys at once (open addressing with linear probing, at most an eighth full, so that
    probe chains stay short)."""

    def __init__(self, keys: Sequence[int] | np.ndarray, columns: Sequence[int]) -> None:
        key_array = np.asarray(keys, dtype=np.uint64)
        column_array = np.asarray(columns, dtype=np.int64)
        if np.unique(key_array).size != key_array.size:
            raise ValueError("two vocabulary entries share a key")
        size = 1 << max(4, (8 * max(key_array.size, 1) - 1).bit_length())
        self.mask = np.uint64(size - 1)
        self.shift = np.uint64(64 - (size.bit_length() - 1))
        self.keys = np.zeros(size, dtype=np.uint64)
        self.columns = np.full(size, -1, dtype=np.int64)
        # Insert in rounds: each round, every waiting key takes its next slot if that slot
        # is free and no other waiting key claims it first.
        todo = np.arange(key_array.size)
        slots = self._slots(key_array)
        probe = 0
        while todo.size:
            at = (slots[todo] + np.uint64(probe)) & self.mask
            free = self.columns[at] < 0
            _, first = np.unique(at, return_index=True)
            claims = np.zeros(todo.size, dtype=bool)
            claims[first] = True
            placed = free & claims
            self.keys[at[placed]] = key_array[todo[placed]]
            self.columns[at[placed]] = column_array[todo[placed]]
            todo = todo[~placed]
            # Keys left waiting retry the same slot (lost a claim) or the next (taken).
            probe += 1
        self.longest = max(probe, 1)

    def _slots(self, keys: np.ndarray) -> np.ndarray:
        with np.errstate(over="ignore"):
            return (keys * _MIX) >> self.shift

    def lookup(self, query: np.ndarray) -> np.ndarray:
        """Column of each key, -1 where the key is not in the table."""
        found = np.full(query.shape, -1, dtype=np.int64)
        todo = np.arange(query.size)
        slots = self._slots(query)
        for probe in range(self.longest):
            at = (slots[todo] + np.uint64(probe)) & self.mask
            hit = self.keys[at] == query[todo]
            column = self.columns[at]
            found[todo[hit]] = column[hit]
            todo = todo[~hit & (column >= 0)]  # an empty slot ends the probe
            if todo.size == 0:
                break
        return found


def _window_keys(points: np.ndarray, n: int) -> np.ndarray:
    """A key per window of n code points: exact for 3, a 64-bit polynomial hash for 4."""
    size = points.size - n + 1
    if n == 3:
        return (points[:size] << 42) | (points[1 : size + 1] << 21) | points[2 : size + 2]
    key = np.zeros(size, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(n):
            key = key * _MIX + points[k : size + k]
    return key


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(
        np.uint64
    )


def _gram_keys(grams: Sequence[str], n: int) -> np.ndarray:
    """The window key of each n-character vocabulary entry: the keys of the windows that
    start at every n-th code point of the joined entries."""
    if not grams:
        return np.zeros(0, dtype=np.uint64)
    return _window_keys(_code_points("".join(grams)), n)[::n]


@dataclass(frozen=True)
class BlockParams:
    """One fitted feature block of the first pass: which texts it reads ("words",
    "chars" or "hand"), its vocabulary in column order and, for the text blocks, its
    n-gram range, token pattern and TF-IDF weights."""

    kind: str
    terms: list[str]
    ngram_range: tuple[int, int] = (1, 1)
    token_pattern: str = ""
    idf: np.ndarray | None = None
    sublinear_tf: bool = False

    @property
    def width(self) -> int:
        return len(self.terms)


class CharBlock:
    """scikit-learn's `char_wb` n-grams of `char_texts`, counted on a whole batch.

    Each unit's lower-cased words are padded with one space each side and the padded
    words joined by two spaces; a window without a double space then lies inside one
    padded word, which is exactly the n-grams char_wb makes. Units are concatenated, so
    a window across two units contains a double space too and is dropped.
    """

    def __init__(self, params: BlockParams) -> None:
        low, high = params.ngram_range
        self.sizes = range(low, high + 1)
        self.width = params.width
        self.tables = {}
        for n in self.sizes:
            grams = [(g, c) for c, g in enumerate(params.terms) if len(g) == n]
            if n not in (3, 4):
                raise ValueError("character n-gram size this scorer cannot key")
            keys = _gram_keys([g for g, _ in grams], n)
            self.tables[n] = KeyTable(keys, [c for _, c in grams])

    def count(self, inputs: Sequence[UnitInput]) -> Counts:
        padded = [" " + "  ".join(text.lower().split()) + " " for text in char_texts(inputs)]
        points = _code_points("".join(padded))
        row_of = np.repeat(np.arange(len(padded)), [len(p) for p in padded])
        # doubles[i] counts double spaces starting before position i.
        double = (points[:-1] == 32) & (points[1:] == 32)
        doubles = np.concatenate([[0], np.cumsum(double)])
        rows, cols = [], []
        for n in self.sizes:
            if points.size < n:
                continue
            starts = np.arange(points.size - n + 1)
            starts = starts[doubles[starts + n - 1] == doubles[starts]]
            column = self.tables[n].lookup(_window_keys(points, n)[starts])
            found = column >= 0
            rows.append(row_of[starts[found]])
            cols.append(column[found])
        if not rows:
            return _EMPTY
        return _aggregate(np.concatenate(rows), np.concatenate(cols), self.width)


class WordBlock:
    """scikit-learn's word unigrams and bigrams of `model_texts`, counted on a batch."""

    def __init__(self, params: BlockParams) -> None:
        if tuple(params.ngram_range) not in ((1, 1), (1, 2)):
            raise ValueError("word n-gram range this scorer cannot count")
        self.token = re.compile(params.token_pattern)
        self.width = params.width
        self.ids: dict[str, int] = {}
        unigram, bigram_keys, bigram_cols = {}, [], []
        for column, gram in enumerate(params.terms):
            parts = gram.split(" ")
            ids = [self.ids.setdefault(part, len(self.ids)) for part in parts]
            if len(ids) == 1:
                unigram[ids[0]] = column
            else:
                bigram_keys.append(ids)
                bigram_cols.append(column)
        self.n_ids = max(len(self.ids), 1)
        self.unigram_column = np.full(self.n_ids, -1, dtype=np.int64)
        for token_id, column in unigram.items():
            self.unigram_column[token_id] = column
        self.bigrams = KeyTable([a * self.n_ids + b for a, b in bigram_keys], bigram_cols)

    def count(self, inputs: Sequence[UnitInput]) -> Counts:
        ids: list[int] = []
        lengths: list[int] = []
        for text in model_texts(inputs):
            tokens = self.token.findall(text.lower())
            ids.extend(map(self.ids.get, tokens, repeat(-1)))
            lengths.append(len(tokens))
        token_ids = np.asarray(ids, dtype=np.int64)
        row_of = np.repeat(np.arange(len(lengths)), lengths)
        known = token_ids >= 0
        uni = np.where(known, self.unigram_column[np.maximum(token_ids, 0)], -1)
        rows, cols = [row_of[uni >= 0]], [uni[uni >= 0]]
        pair = known[:-1] & known[1:] & (row_of[:-1] == row_of[1:])
        keys = (token_ids[:-1] * self.n_ids + token_ids[1:])[pair].astype(np.uint64)
        bi = self.bigrams.lookup(keys)
        rows.append(row_of[:-1][pair][bi >= 0])
        cols.append(bi[bi >= 0])
        return _aggregate(np.concatenate(rows), np.concatenate(cols), self.width)


class DictBlock:
    """The hand features (`feature_dicts`) through the fitted DictVectorizer's vocabulary."""

    def __init__(self, params: BlockParams) -> None:
        self.vocabulary = {name: column for column, name in enumerate(params.terms)}
        self.width = params.width

    def count(self, inputs: Sequence[UnitInput]) -> Counts:
        columns: list[int] = []
        values: list[float] = []
        lengths: list[int] = []
        for feats in feature_dicts(inputs):
            columns.extend(map(self.vocabulary.get, feats.keys(), repeat(-1)))
            values.extend(feats.values())
            lengths.append(len(feats))
        cols = np.asarray(columns, dtype=np.int64)
        rows = np.repeat(np.arange(len(lengths)), lengths)
        known = cols >= 0
        return rows[known], cols[known], np.asarray(values, dtype=float)[known]


_COUNTERS = {"words": WordBlock, "chars": CharBlock, "hand": DictBlock}
_KIND_OF_TEXTS = {model_texts: "words", char_texts: "chars", feature_dicts: "hand"}


class FirstPassScorer:
    """Linear-model margins of the first pass, from the fitted parameters alone."""

    def __init__(
        self,
        blocks: Sequence[BlockParams],
        coef: np.ndarray,
        intercept: np.ndarray,
        classes: Sequence[str],
    ) -> None:
        if sum(block.width for block in blocks) != coef.shape[1]:
            raise ValueError("the feature blocks do not add up to the weights' width")
        if coef.shape[0] != len(intercept) or len(classes) != max(coef.shape[0], 2):
            raise ValueError("weights, intercepts and classes do not match")
        self.blocks = list(blocks)
        self.coef = coef  # as stored (float16 in a saved model)
        self.intercept = np.asarray(intercept, dtype=float)
        self.classes_ = np.asarray(classes, dtype=object)
        # (counter, block, weights): numpy has no fast half-precision products.
        self._counted, offset = [], 0
        for block in self.blocks:
            weights = coef[:, offset : offset + block.width].T.astype(np.float32)
            self._counted.append((_COUNTERS[block.kind](block), block, weights))
            offset += block.width

    @classmethod
    def from_pipeline(cls, stage1: Any) -> FirstPassScorer | None:
        """A scorer for the shipped pipeline's shape, or None for any other shape."""
        try:
            union = stage1.named_steps["features"]
            clf = stage1.named_steps["clf"]
            if union.transformer_weights or not hasattr(clf, "coef_"):
                return None
            blocks = []
            for _name, part in union.transformer_list:
                kind = _KIND_OF_TEXTS.get(getattr(part.steps[0][1], "func", None))
                last = part.steps[-1][1]
                if kind == "hand":
                    blocks.append(BlockParams("hand", list(last.feature_names_)))
                elif kind is not None and _plain_tfidf(last, kind):
                    blocks.append(
                        BlockParams(
                            kind,
                            _terms_in_column_order(last.vocabulary_),
                            ngram_range=tuple(last.ngram_range),
                            token_pattern=last.token_pattern if kind == "words" else "",
                            idf=np.asarray(last.idf_),
                            sublinear_tf=bool(last.sublinear_tf),
                        )
                    )
                else:
                    return None
            return cls(blocks, clf.coef_, clf.intercept_, list(clf.classes_))
        except (AttributeError, KeyError, TypeError, ValueError, IndexError):
            return None

    def decision_function(self, inputs: Sequence[UnitInput]) -> np.ndarray:
        """What `stage1.decision_function(inputs)` returns, computed block by block."""
        n = len(inputs)
        scores = np.tile(self.intercept, (n, 1))
        for counter, block, weights in self._counted if n else ():
            rows, cols, data = counter.count(inputs)
            if block.idf is not None and data.size:
                if block.sublinear_tf:
                    data = np.log(data) + 1.0
                data = data * block.idf[cols]
                norms = np.sqrt(np.bincount(rows, weights=data * data, minlength=n))
                data = data / norms[rows]
            if rows.size == 0:
                continue
            # Rows come grouped and in order from every block. A few units (one document)
            # are summed with one reduceat, as a sparse matrix costs more to build than
            # that; many units go through a sparse product, which needs no big temporary.
            if rows.size <= SMALL_BLOCK:
                starts = np.concatenate([[0], np.flatnonzero(np.diff(rows)) + 1])
                scores[rows[starts]] += np.add.reduceat(data[:, None] * weights[cols], starts)
            else:
                import scipy.sparse as sp

                indptr = np.zeros(n + 1, dtype=np.int64)
                np.cumsum(np.bincount(rows, minlength=n), out=indptr[1:])
                matrix = sp.csr_matrix((data, cols, indptr), shape=(n, weights.shape[0]))
                scores += matrix @ weights
        # Two classes: one margin per unit, for the second class (as scikit-learn).
        return scores[:, 0] if self.coef.shape[0] == 1 else scores


class ContextScorer:
    """The context pass's probabilities (standard scaling, then logistic regression),
    as the fitted pipeline's `predict_proba` gives them. It runs once per document and
    decision round, where scikit-learn's per-call checks cost more than the arithmetic."""

    def __init__(
        self,
        mean: np.ndarray,
        scale: np.ndarray,
        coef: np.ndarray,
        intercept: np.ndarray,
        classes: Sequence[str],
    ) -> None:
        if not (mean.shape == scale.shape == coef.shape[1:]) or coef.shape[0] != len(intercept):
            raise ValueError("scaling, weights and intercepts do not match")
        if len(classes) != max(coef.shape[0], 2):
            raise ValueError("weights and classes do not match")
        # The weights in row order, as a model file holds them: a fitted estimator's may be
        # in column order, and the product then sums in another order (last bits differ).
        self.mean, self.scale, self.intercept = mean, scale, intercept
        self.coef = np.ascontiguousarray(coef)
        self.classes_ = np.asarray(classes, dtype=object)

    @classmethod
    def from_pipeline(cls, stage2: Any) -> ContextScorer | None:
        """A scorer for a pipeline of a StandardScaler and a LogisticRegression, or None."""
        from_steps = getattr(stage2, "named_steps", {})
        scale, clf = from_steps.get("scale"), from_steps.get("clf")
        if len(from_steps) != 2 or not hasattr(scale, "mean_") or not hasattr(clf, "coef_"):
            return None
        # (A scaler that does not centre or does not divide keeps mean_/scale_ all the
        # same: the arithmetic below would then differ from its transform.)
        if type(clf).__name__ != "LogisticRegression" or not (scale.with_mean and scale.with_std):
            return None
        try:
            return cls(scale.mean_, scale.scale_, clf.coef_, clf.intercept_, list(clf.classes_))
        except ValueError:
            return None

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        z = ((X - self.mean) / self.scale) @ self.coef.T + self.intercept
        if self.coef.shape[0] == 1:  # two classes: a logistic curve for the second
            second = 1.0 / (1.0 + np.exp(-z[:, 0]))
            return np.column_stack([1.0 - second, second])
        return softmax(z)


def softmax(z: np.ndarray) -> np.ndarray:
    """Row-wise softmax (shifted by each row's maximum, so exp cannot overflow)."""
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def first_pass_scorer(stage1: Any) -> Any:
    """The fast scorer for a first pass: itself if it is one, one built from a fitted
    pipeline of the shipped shape, or else the estimator as it is."""
    if isinstance(stage1, FirstPassScorer):
        return stage1
    return FirstPassScorer.from_pipeline(stage1) or stage1


def context_scorer(stage2: Any) -> Any:
    """Likewise for the context pass."""
    if isinstance(stage2, ContextScorer):
        return stage2
    return ContextScorer.from_pipeline(stage2) or stage2


def _terms_in_column_order(vocabulary: dict[str, int]) -> list[str]:
    terms = sorted(vocabulary, key=vocabulary.__getitem__)
    if [vocabulary[term] for term in terms] != list(range(len(terms))):
        raise ValueError("vocabulary columns are not 0..n-1")
    return terms


def _plain_tfidf(vectorizer: Any, kind: str) -> bool:
    """A TfidfVectorizer with the settings this module reproduces."""
    analyzer = "word" if kind == "words" else "char_wb"
    return (
        hasattr(vectorizer, "vocabulary_")
        and hasattr(vectorizer, "idf_")
        and vectorizer.analyzer == analyzer
        and vectorizer.lowercase
        and vectorizer.preprocessor is None
        and vectorizer.tokenizer is None
        and vectorizer.strip_accents is None
        and vectorizer.stop_words is None
        and not vectorizer.binary
        and vectorizer.norm == "l2"
        and vectorizer.use_idf
    )
