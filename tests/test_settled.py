"""Long news-voice prose is settled: the first pass skips it and gives it the model's
prior for such prose, and cleaning results stay what reading it would give."""

from __future__ import annotations

import dataclasses

import numpy as np
from conftest import SEED

from cleaner import Cleaner
from cleaner.features import APPEAL_READ_WORDS, make_inputs

PROSE = (
    "The regional council said on Tuesday that the new bridge would open in the spring, "
    "after engineers found that the old supports had corroded faster than expected."
)
PROSE_WITH_NOTICE = PROSE + " All rights reserved."
APPEAL = "Please support our journalism today: every contribution, however small, helps us."


def test_only_plain_news_prose_is_settled():
    prose, notice, appeal, short = make_inputs([PROSE, PROSE_WITH_NOTICE, APPEAL, "Share"])
    assert prose.settled and prose.hits == ()
    # A format cue in prose is read in full, with every rule.
    assert not notice.settled and "copyright" in {hit.reason for hit in notice.hits}
    assert not appeal.settled and appeal.hits
    assert not short.settled


def test_settled_units_get_the_prior_without_being_read(cleaner):
    model = cleaner.model
    assert model.prose_prior is not None and model.prose_prior.argmax() == 0
    calls = []
    original = model.stage1_probs

    def counting(inputs):
        calls.append([item.text for item in inputs])
        return original(inputs)

    object.__setattr__(model, "stage1_probs", counting)
    long_prose = PROSE + " " + PROSE.replace("Tuesday", "Wednesday")
    assert make_inputs([long_prose])[0].n_words > APPEAL_READ_WORDS
    try:
        [(first, inputs)] = model.first_pass([[long_prose, PROSE, APPEAL]])
    finally:
        del model.stage1_probs
    # Short settled prose is read once more, for an appeal the voice lists took for news
    # prose (features.read_as_appeal); long prose never is.
    assert calls == [[APPEAL], [PROSE]]
    np.testing.assert_allclose(first[0], model.prose_prior)
    np.testing.assert_allclose(first[1], model.prose_prior)  # not read as an appeal
    assert inputs[0].settled and inputs[1].settled and not inputs[1].read_as_appeal


def test_a_model_without_a_prior_reads_every_unit(cleaner):
    old_style = dataclasses.replace(cleaner.model, prose_prior=None)
    [(first, _inputs)] = old_style.first_pass([[PROSE, APPEAL]])
    np.testing.assert_allclose(first, old_style.stage1_probs(make_inputs([PROSE, APPEAL])))


def test_settling_keeps_the_seed_result():
    text = SEED.read_text(encoding="utf-8")
    settled = Cleaner().clean(text, kind="text")
    reader = Cleaner()
    reader._model = dataclasses.replace(reader.model, prose_prior=None)
    read_all = reader.clean(text, kind="text")
    assert [(r.start, r.label) for r in settled.removed] == [
        (r.start, r.label) for r in read_all.removed
    ]
    assert any(item.settled for item in make_inputs([u for u in text.splitlines() if u]))
