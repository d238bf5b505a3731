"""The model file: plain arrays that round-trip exactly, load without scikit-learn or
pickle, give the same bytes for the same model, and refuse damage with one clear error;
older pickled models still load when trusted."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import zipfile

import numpy as np
import pytest
from conftest import BODY_LINES, JUNK_LINES, SEED, write_pickled_model

from cleaner.errors import ModelCorruptError, UntrustedModelError
from cleaner.model import (
    PackedTerms,
    _vectorizers,
    load_model,
    manifest_path,
    save_model,
    sha256_file,
)
from cleaner.model_file import is_array_file
from cleaner.scorer import ContextScorer, FirstPassScorer

DOCS = [
    SEED.read_text(encoding="utf-8").split("\n"),
    BODY_LINES + JUNK_LINES,
    ["Ünïcödé ÄÖÜ ß", "", "東京で新しい図書館が開館しました。", "lone \ud800 surrogate"],
]


def assert_same_predictions(a, b) -> None:
    for (a1, a2, _), (b1, b2, _) in zip(a.predict_documents(DOCS), b.predict_documents(DOCS)):
        assert np.array_equal(a1, b1) and np.array_equal(a2, b2)


@pytest.fixture(scope="module")
def saved(fitted_model, tmp_path_factory):
    path = tmp_path_factory.mktemp("model") / "mine.npz"
    save_model(fitted_model, path, {"note": "test"})
    return path


def test_a_saved_model_predicts_exactly_as_the_one_in_memory(fitted_model, saved):
    # Outside models/ and without trust: an array file runs no code when read.
    loaded = load_model(saved)
    assert isinstance(loaded.stage1, FirstPassScorer)
    assert isinstance(loaded.stage2, ContextScorer)
    assert loaded.name == fitted_model.name
    np.testing.assert_array_equal(loaded.prose_prior, fitted_model.prose_prior)
    assert_same_predictions(loaded, fitted_model)


def test_the_file_is_plain_arrays_with_float16_weights(saved):
    assert is_array_file(saved)
    with np.load(saved, allow_pickle=False) as archive:
        assert archive["first.coef"].dtype == np.float16
        assert all(archive[name].dtype != object for name in archive.files)
    manifest = json.loads(manifest_path(saved).read_text(encoding="utf-8"))
    assert manifest["format"] == 3 and manifest["note"] == "test"
    assert manifest["model_sha256"] == sha256_file(saved)


def test_the_same_model_gives_the_same_bytes(fitted_model, saved, tmp_path):
    again = tmp_path / "again.npz"
    save_model(fitted_model, again, {"note": "test"})
    assert again.read_bytes() == saved.read_bytes()
    # Saving what was loaded writes the same file too (a model can be moved or renamed).
    copied = tmp_path / "copied.npz"
    save_model(load_model(saved), copied, {})
    assert copied.read_bytes() == saved.read_bytes()
    # Paths may be given as strings, as to open().
    named = tmp_path / "named.npz"
    save_model(load_model(str(saved)), str(named), {})
    assert named.read_bytes() == saved.read_bytes()


def test_loading_and_cleaning_import_neither_scikit_learn_nor_joblib():
    code = (
        "import sys; from cleaner import Cleaner; "
        "Cleaner().clean(open(sys.argv[1], encoding='utf-8').read()); "
        "print(sorted(m for m in ('sklearn', 'joblib') if m in sys.modules))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(SEED)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def rewrite(path, change) -> None:
    """Rewrite the archive's arrays through `change(dict)` and fix up the checksum, as a
    buggy writer (not a truncated download) would leave it."""
    with np.load(path, allow_pickle=False) as archive:
        arrays = {name: archive[name] for name in archive.files}
    change(arrays)
    with zipfile.ZipFile(path, "w") as out:
        for name, array in arrays.items():
            with out.open(f"{name}.npy", "w") as handle:
                np.lib.format.write_array(handle, array, allow_pickle=False)
    manifest = json.loads(manifest_path(path).read_text(encoding="utf-8"))
    manifest["model_sha256"] = sha256_file(path)
    manifest_path(path).write_text(json.dumps(manifest), encoding="utf-8")


def _drop_idf(arrays):
    del arrays["first.0.idf"]


def _short_coef(arrays):
    arrays["first.coef"] = arrays["first.coef"][:, :-3]


def _bad_label(arrays):
    header = json.loads(arrays["header"].tobytes().decode())
    header["context"]["classes"][0] = "begging"
    arrays["header"] = np.frombuffer(json.dumps(header).encode(), dtype=np.uint8)


def _bad_lengths(arrays):
    arrays["first.1.lengths"] = arrays["first.1.lengths"] + 1


@pytest.mark.parametrize(
    "change",
    [_drop_idf, _short_coef, _bad_label, _bad_lengths],
    ids=["missing-array", "wrong-width", "unknown-label", "bad-vocabulary"],
)
def test_a_malformed_file_is_one_clear_error(saved, tmp_path, change):
    path = tmp_path / "bad.npz"
    path.write_bytes(saved.read_bytes())
    manifest_path(path).write_text(manifest_path(saved).read_text(encoding="utf-8"))
    rewrite(path, change)
    with pytest.raises(ModelCorruptError, match="not a readable cleaner model") as caught:
        load_model(path)
    assert "\n" not in str(caught.value) and "cleaner train" in str(caught.value)


def old_payload(model, fmt: int) -> dict:
    """What cleaner pickled before model format 3: the fitted pipelines (format 2 packs
    each vocabulary into one string)."""
    stage1 = copy.deepcopy(model.stage1)
    if fmt == 2:
        for vectorizer in _vectorizers(stage1):
            terms = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)
            vectorizer.vocabulary_ = PackedTerms("\x1f".join(terms))
    return {
        "format": fmt,
        "stage1": stage1,
        "stage2": model.stage2,
        "name": model.name,
        "prose_prior": model.prose_prior.tolist(),
    }


@pytest.mark.parametrize("fmt", [1, 2])
def test_an_older_pickled_model_loads_when_trusted(fitted_model, tmp_path, fmt):
    path = tmp_path / f"old{fmt}.joblib"
    write_pickled_model(path, old_payload(fitted_model, fmt))
    assert not is_array_file(path)
    with pytest.raises(UntrustedModelError, match="--trust-model"):
        load_model(path)
    old = load_model(path, trust=True)
    assert_same_predictions(old, fitted_model)
    # ... and can be saved in today's format, which then needs no trust.
    converted = tmp_path / "converted.npz"
    save_model(old, converted, {})
    assert_same_predictions(load_model(converted), fitted_model)
