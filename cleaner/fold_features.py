"""The first pass's feature matrices for cross-validation folds, from one count of all units.

Each fold's first pass is a fresh `build_stage1` pipeline: its vectorizers learn a
vocabulary and TF-IDF weights from the fold's training units, which means reading and
tokenising most of the units again for every fold. The n-gram counts of a unit do not
depend on the fold, so `SharedFeatures` counts every unit once and derives each fold's
matrices from those counts, exactly as the fold's own pipeline makes them: the same
vocabulary (after `min_df`, `max_df` and `max_features`), the same weights, and even the
same order of entries within a row, so that the classifier fitted on them is the same,
bit for bit (float sums depend on that order).

Only the shape `build_stage1` makes is supported (a union of selector-plus-vectorizer
branches: TfidfVectorizers that learn their vocabulary and count terms, not just mark them,
and DictVectorizers); `SharedFeatures.of` returns None for any other, and training then
fits the fold pipelines as they are.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from numbers import Integral
from typing import Any

import numpy as np


@dataclass
class _TextCounts:
    """One text block's counts of every unit, with its vocabulary in order of first
    appearance, and each row's entries in the order its terms first occur in the unit."""

    vectorizer: Any  # the template's (unfitted) TfidfVectorizer
    counts: Any  # csr_matrix, float dtype of the vectorizer, unsorted indices
    terms: list[str]
    alphabetical: np.ndarray  # each term's position in sorted(terms)


def _count(vectorizer: Any, texts: Sequence[str]) -> _TextCounts:
    """Count every text's terms, keeping the order in which CountVectorizer meets them."""
    import scipy.sparse as sp

    analyze = vectorizer.build_analyzer()
    vocabulary: defaultdict[str, int] = defaultdict()
    vocabulary.default_factory = vocabulary.__len__  # a new term gets the next number
    number = vocabulary.__getitem__
    indices: list[int] = []
    values: list[int] = []
    indptr = [0]
    for text in texts:
        counter = Counter(analyze(text))  # counted in C, keys in order of first occurrence
        indices.extend(map(number, counter))
        values.extend(counter.values())
        indptr.append(len(indices))
    counts = sp.csr_matrix(
        (
            np.asarray(values, dtype=np.intc).astype(vectorizer.dtype),
            np.asarray(indices, dtype=np.int64),
            np.asarray(indptr, dtype=np.int64),
        ),
        shape=(len(texts), len(vocabulary)),
    )
    terms = list(vocabulary)
    alphabetical = np.empty(len(terms), dtype=np.int64)
    alphabetical[sorted(range(len(terms)), key=terms.__getitem__)] = np.arange(len(terms))
    return _TextCounts(vectorizer, counts, terms, alphabetical)


def _rows(matrix: Any, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(indptr, row number of each entry, column of each entry, value of each entry) of
    the given rows, in order."""
    sub = matrix[rows]
    row_of = np.repeat(np.arange(len(rows)), np.diff(sub.indptr))
    return sub.indptr, row_of, sub.indices, sub.data


def _csr(data: np.ndarray, indices: np.ndarray, indptr: np.ndarray, width: int) -> Any:
    """A CSR matrix made the way CountVectorizer makes one (32-bit indices where they fit)."""
    import scipy.sparse as sp

    wide = indptr[-1] > np.iinfo(np.int32).max
    index_dtype = np.int64 if wide else np.int32
    return sp.csr_matrix(
        (data, indices.astype(index_dtype), indptr.astype(index_dtype)),
        shape=(len(indptr) - 1, width),
    )


class _FoldText:
    """A text block fitted on a fold's training rows: what the fold's TfidfVectorizer
    would learn, and its matrices for training and held-out rows."""

    def __init__(self, block: _TextCounts, train_rows: np.ndarray) -> None:
        from sklearn.feature_extraction.text import TfidfTransformer

        vec = block.vectorizer
        indptr, row_of, columns, data = _rows(block.counts, train_rows)
        # The fold's vocabulary in order of first appearance (how CountVectorizer numbers
        # it), then renumbered alphabetically (its _sort_features).
        seen, first_at = np.unique(columns, return_index=True)
        fold_order = seen[np.argsort(first_at, kind="stable")]
        rank = np.full(len(block.terms), -1, dtype=np.int64)
        rank[fold_order] = np.arange(len(fold_order))
        by_name = seen[np.argsort(block.alphabetical[seen], kind="stable")]
        position = np.full(len(block.terms), -1, dtype=np.int64)
        position[by_name] = np.arange(len(by_name))
        # Within a row, CountVectorizer sorts entries by first-appearance number; the
        # alphabetical renumbering keeps that order.
        order = np.lexsort((rank[columns], row_of))
        counts = _csr(data[order], position[columns[order]], indptr, len(by_name))

        kept = self._limit(vec, counts)
        counts = counts[:, kept]
        self.column_of = np.full(len(block.terms), -1, dtype=np.int64)
        self.column_of[by_name[kept]] = np.arange(len(kept))
        self.vocabulary = {block.terms[c]: i for i, c in enumerate(by_name[kept])}
        self.block = block
        self.tfidf = TfidfTransformer(
            norm=vec.norm,
            use_idf=vec.use_idf,
            smooth_idf=vec.smooth_idf,
            sublinear_tf=vec.sublinear_tf,
        ).fit(counts)
        self.train_matrix = self.tfidf.transform(counts, copy=False)

    @staticmethod
    def _limit(vec: Any, counts: Any) -> np.ndarray:
        """The columns CountVectorizer keeps under min_df, max_df and max_features
        (the same arithmetic as its _limit_features, so ties fall the same way)."""
        n_doc = counts.shape[0]
        high = vec.max_df if isinstance(vec.max_df, Integral) else vec.max_df * n_doc
        low = vec.min_df if isinstance(vec.min_df, Integral) else vec.min_df * n_doc
        if high < low:
            raise ValueError("max_df corresponds to < documents than min_df")
        dfs = np.bincount(counts.indices, minlength=counts.shape[1])
        mask = (dfs <= high) & (dfs >= low)
        limit = vec.max_features
        if limit is not None and mask.sum() > limit:
            tfs = np.asarray(counts.sum(axis=0)).ravel()
            mask_inds = (-tfs[mask]).argsort()[:limit]
            new_mask = np.zeros(len(dfs), dtype=bool)
            new_mask[np.where(mask)[0][mask_inds]] = True
            mask = new_mask
        kept = np.where(mask)[0]
        if len(kept) == 0:
            raise ValueError(
                "After pruning, no terms remain. Try a lower min_df or a higher max_df."
            )
        return kept

    def matrix(self, rows: np.ndarray) -> Any:
        """TF-IDF rows of held-out units, as the fold's TfidfVectorizer.transform gives them
        (entries sorted by column)."""
        _indptr, row_of, columns, data = _rows(self.block.counts, rows)
        new = self.column_of[columns]
        keep = new >= 0
        kept_rows = np.bincount(row_of[keep], minlength=len(rows))
        indptr = np.concatenate([[0], np.cumsum(kept_rows)])
        counts = _csr(data[keep], new[keep], indptr, len(self.vocabulary))
        counts.sort_indices()
        return self.tfidf.transform(counts, copy=False)


class SharedFeatures:
    """A `build_stage1` pipeline's feature union, counted once over all units."""

    def __init__(self, blocks: list[_TextCounts | tuple[Any, list]]) -> None:
        # Per branch: its counts, or (its unfitted DictVectorizer, every unit's dict).
        self.blocks = blocks

    @classmethod
    def of(cls, stage1: Any, inputs: Sequence[Any]) -> SharedFeatures | None:
        """Counts for the (unfitted) pipeline `stage1`, or None for a shape not supported."""
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.feature_extraction.text import TfidfVectorizer

        union = getattr(stage1, "named_steps", {}).get("features")
        if union is None or union.transformer_weights:
            return None
        blocks: list[_TextCounts | tuple[Any, list]] = []
        for _name, part in union.transformer_list:
            steps = getattr(part, "steps", None)
            if not steps or len(steps) != 2 or not callable(getattr(steps[0][1], "func", None)):
                return None
            select, last = steps[0][1], steps[1][1]
            if getattr(select, "kw_args", None) or getattr(select, "validate", False):
                return None
            selected = select.func(inputs)
            if type(last) is TfidfVectorizer and _plain_counting(last):
                blocks.append(_count(last, selected))
            elif type(last) is DictVectorizer:
                blocks.append((last, selected))
            else:
                return None
        return cls(blocks)

    def fold(self, train_rows: np.ndarray, test_rows: np.ndarray) -> tuple[Any, Any]:
        """The union's matrix for the training rows (as its fit_transform on them) and for
        the held-out rows (as its transform)."""
        import scipy.sparse as sp
        from sklearn.base import clone

        train_parts, test_parts = [], []
        for block in self.blocks:
            if isinstance(block, _TextCounts):
                fitted = _FoldText(block, train_rows)
                train_parts.append(fitted.train_matrix)
                test_parts.append(fitted.matrix(test_rows))
            else:
                template, dicts = block
                vectorizer = clone(template)
                train_parts.append(vectorizer.fit_transform([dicts[i] for i in train_rows]))
                test_parts.append(vectorizer.transform([dicts[i] for i in test_rows]))
        return sp.hstack(train_parts).tocsr(), sp.hstack(test_parts).tocsr()


def _plain_counting(vec: Any) -> bool:
    """A vectorizer whose counts _count reproduces: no fixed vocabulary, no binary counts."""
    return vec.vocabulary is None and not vec.binary
