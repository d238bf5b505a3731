"""Cross-validation folds built from one count of all units (fold_features) must give the
matrices each fold's own pipeline gives, entry for entry, so training fits the same model."""

from __future__ import annotations

import numpy as np
import pytest

from cleaner.corpus import DEFAULT_DATA_DIR, load_documents
from cleaner.fold_features import SharedFeatures
from cleaner.model import build_stage1, save_model
from cleaner.train import _flatten, _folds, train


@pytest.fixture(scope="module")
def docs():
    return load_documents([DEFAULT_DATA_DIR])[::60]


@pytest.fixture(scope="module")
def flat(docs):
    return _flatten(docs)


def with_limits(stage1):
    """The shipped shape with small vocabularies, a max_df and fractional min_df, so the
    pruning (and its ties between equally frequent terms) decides many columns."""
    stage1.set_params(
        features__words__tfidf__max_features=300,
        features__words__tfidf__max_df=0.05,
        features__chars__tfidf__max_features=2000,
        features__chars__tfidf__min_df=0.001,
    )
    return stage1


def assert_same_matrix(ours, theirs) -> None:
    assert ours.shape == theirs.shape
    assert ours.dtype == theirs.dtype and ours.indices.dtype == theirs.indices.dtype
    np.testing.assert_array_equal(ours.indptr, theirs.indptr)
    np.testing.assert_array_equal(ours.indices, theirs.indices)  # the order within rows too
    np.testing.assert_array_equal(ours.data, theirs.data)


@pytest.mark.parametrize("shape", [lambda: build_stage1(0), lambda: with_limits(build_stage1(0))])
def test_fold_matrices_equal_the_fold_pipelines(flat, shape):
    inputs, _labels, groups = flat
    shared = SharedFeatures.of(shape(), inputs)
    assert shared is not None
    for train_idx, test_idx in _folds(groups, 3, seed=0):
        union = shape().named_steps["features"]
        expected_train = union.fit_transform([inputs[i] for i in train_idx])
        expected_test = union.transform([inputs[i] for i in test_idx])
        ours_train, ours_test = shared.fold(train_idx, test_idx)
        assert_same_matrix(ours_train, expected_train)
        assert_same_matrix(ours_test, expected_test)


def test_shapes_it_cannot_reproduce_are_declined(flat):
    from sklearn.feature_extraction.text import HashingVectorizer

    inputs = flat[0][:50]
    binary = build_stage1(0).set_params(features__words__tfidf__binary=True)
    weighted = build_stage1(0).set_params(features__transformer_weights={"words": 2.0})
    hashed = build_stage1(0)
    hashed.named_steps["features"].transformer_list[0][1].steps[1] = ("tfidf", HashingVectorizer())
    for stage1 in (binary, weighted, hashed):
        assert SharedFeatures.of(stage1, inputs) is None


def test_training_fits_the_same_model_as_the_fold_pipelines(docs, tmp_path, monkeypatch):
    shared = train(docs, folds=3, seed=0)
    save_model(shared.model, tmp_path / "shared.npz", {})

    monkeypatch.setattr("cleaner.train.SharedFeatures.of", lambda *args: None)
    pipelines = train(docs, folds=3, seed=0)
    save_model(pipelines.model, tmp_path / "pipelines.npz", {})

    assert shared.final.to_dict() == pipelines.final.to_dict()
    assert shared.first_pass.to_dict() == pipelines.first_pass.to_dict()
    assert (tmp_path / "shared.npz").read_bytes() == (tmp_path / "pipelines.npz").read_bytes()
