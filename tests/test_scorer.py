"""The numpy scorers give the scikit-learn pipelines' margins and probabilities, unit
for unit (the pipelines are fitted in memory: the shipped model stores only parameters)."""

from __future__ import annotations

import json

import numpy as np
import pytest
from conftest import BODY_LINES, DATA, JUNK_LINES, SEED
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.features import make_inputs
from cleaner.model import full_probs
from cleaner.scorer import ContextScorer, FirstPassScorer, KeyTable

ODD_LINES = [
    "",
    " ",
    "a",
    "ab",
    "I",
    "  spaced   out\twords  ",
    "Ünïcödé ÄÖÜ ß İstanbul ΣΊΣΥΦΟΣ",
    "Подпишитесь на нашу рассылку — это бесплатно!",
    "東京で新しい図書館が開館しました。",
    "مرحبا بكم في موقعنا",
    "emoji 🎉🎉 party 👍",
    "NUL\x00inside and \x07 bell",
    "lone \ud800 surrogate",
    "$5 a month | €3/monat | £4 per year",
    "x " * 400,
    "word " * 2000,
]


def unit_texts() -> list[str]:
    texts = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    for case in json.loads((DATA / "cases.json").read_text(encoding="utf-8")):
        texts.extend(text for _label, text in case["lines"])
    return texts + JUNK_LINES + BODY_LINES + ODD_LINES


@pytest.fixture(scope="module")
def stage1(fitted_model):
    return fitted_model.stage1


def assert_same_margins(stage1, texts: list[str]) -> None:
    inputs = make_inputs(texts)
    expected = stage1.decision_function(inputs)
    scorer = FirstPassScorer.from_pipeline(stage1)
    assert scorer is not None, "a pipeline of the shipped shape must get the fast scorer"
    got = scorer.decision_function(inputs)
    assert got.shape == expected.shape
    np.testing.assert_allclose(got, expected, atol=1e-5)
    assert (got.argmax(axis=1) == expected.argmax(axis=1)).all()


@pytest.mark.parametrize("small_block", [0, 10**9], ids=["sparse-product", "reduceat"])
def test_fast_scorer_matches_the_pipeline(stage1, monkeypatch, small_block):
    # Both ways of summing a block (many units / one document) give the same margins.
    monkeypatch.setattr("cleaner.scorer.SMALL_BLOCK", small_block)
    assert_same_margins(stage1, unit_texts())


def test_fast_scorer_matches_one_unit_at_a_time(stage1):
    # Units are concatenated inside a batch: nothing may leak across their borders.
    texts = unit_texts()[:40]
    scorer = FirstPassScorer.from_pipeline(stage1)
    together = scorer.decision_function(make_inputs(texts))
    alone = np.vstack([scorer.decision_function(make_inputs([text])) for text in texts])
    np.testing.assert_allclose(together, alone, atol=1e-9)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=0, max_size=120), min_size=1, max_size=6))
def test_fast_scorer_matches_on_any_text(stage1, texts):
    assert_same_margins(stage1, texts)


def test_no_units_gives_no_rows(stage1):
    scorer = FirstPassScorer.from_pipeline(stage1)
    assert scorer.decision_function([]).shape == (0, len(stage1.classes_))


def test_model_scores_use_the_scorer_and_agree_with_the_pipeline(fitted_model):
    inputs = make_inputs(unit_texts())
    np.testing.assert_allclose(
        fitted_model.stage1_probs(inputs), full_probs(fitted_model.stage1, inputs), atol=1e-5
    )
    assert isinstance(fitted_model._first, FirstPassScorer)


def test_the_shipped_model_is_scored_by_numpy_alone(cleaner):
    model = cleaner.model
    assert isinstance(model.stage1, FirstPassScorer) and isinstance(model.stage2, ContextScorer)
    assert model.stage1.coef.dtype == np.float16  # as stored: a quarter of float64's size
    probs = model.stage1_probs(make_inputs(unit_texts()))
    np.testing.assert_allclose(probs.sum(axis=1), 1.0)


def test_context_scorer_gives_the_pipelines_probabilities(fitted_model):
    rng = np.random.default_rng(1)
    scale = fitted_model.stage2.named_steps["scale"]
    contexts = scale.mean_ + rng.normal(size=(300, scale.mean_.size)) * scale.scale_
    scorer = ContextScorer.from_pipeline(fitted_model.stage2)
    np.testing.assert_allclose(
        scorer.predict_proba(contexts), fitted_model.stage2.predict_proba(contexts), atol=1e-12
    )
    assert list(scorer.classes_) == list(fitted_model.stage2.classes_)


def test_two_class_models_give_one_margin_per_unit():
    # A retraining on two labels only: scikit-learn returns one margin (the second
    # class's) and a logistic curve; the numpy scorers must do the same.
    from cleaner.model import build_stage1, build_stage2

    texts = BODY_LINES * 3 + JUNK_LINES * 3
    labels = ["body"] * (3 * len(BODY_LINES)) + ["donation"] * (3 * len(JUNK_LINES))
    inputs = make_inputs(texts)
    stage1 = build_stage1(0).fit(inputs, labels)
    scorer = FirstPassScorer.from_pipeline(stage1)
    expected = stage1.decision_function(inputs)
    assert expected.ndim == 1
    np.testing.assert_allclose(scorer.decision_function(inputs), expected, atol=1e-5)
    contexts = np.random.default_rng(2).normal(size=(len(labels), 4))
    stage2 = build_stage2(0).fit(contexts, labels)
    np.testing.assert_allclose(
        ContextScorer.from_pipeline(stage2).predict_proba(contexts),
        stage2.predict_proba(contexts),
        atol=1e-12,
    )


def test_an_unknown_pipeline_shape_falls_back_to_scikit_learn():
    from sklearn.dummy import DummyClassifier
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import FunctionTransformer

    other = Pipeline([("features", FunctionTransformer(len)), ("clf", DummyClassifier())])
    assert FirstPassScorer.from_pipeline(other) is None


def test_key_table_finds_every_key_and_nothing_else():
    rng = np.random.default_rng(0)
    keys = np.unique(rng.integers(0, 2**63, size=5000, dtype=np.uint64))
    columns = np.arange(keys.size)
    table = KeyTable(keys.tolist(), columns.tolist())
    np.testing.assert_array_equal(table.lookup(keys), columns)
    absent = np.setdiff1d(rng.integers(0, 2**63, size=5000, dtype=np.uint64), keys)
    assert (table.lookup(absent) == -1).all()
    assert table.lookup(np.zeros(0, dtype=np.uint64)).size == 0


def test_key_table_refuses_a_repeated_key():
    with pytest.raises(ValueError):
        KeyTable([7, 7], [0, 1])


def test_a_context_pipeline_of_another_shape_keeps_scikit_learn():
    # A scaler that does not centre keeps mean_ all the same: the numpy scorer must not
    # subtract it, so it declines and the model calls the pipeline itself.
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler

    rng = np.random.default_rng(3)
    X, y = rng.normal(2.0, 1.0, size=(60, 3)), ["body", "meta", "ui"] * 20
    steps = [("scale", StandardScaler(with_mean=False)), ("clf", LogisticRegression())]
    assert ContextScorer.from_pipeline(Pipeline(steps).fit(X, y)) is None
