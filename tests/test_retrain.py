"""Retraining: user data teaches a new appeal style without costing hard negatives;
training is deterministic and refuses bad data with file and line.
"""

from __future__ import annotations

import json
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest
from conftest import DATA, run_in_terminal
from typer.testing import CliRunner

from cleaner import Cleaner
from cleaner.cli import app
from cleaner.corpus import DEFAULT_DATA_DIR, load_documents
from cleaner.records import LABELS
from cleaner.train import CONTEXT_PASS, FIRST_PASS, READING, train

# Twenty "remember us in your will" appeals (at the end or in the middle of ten short
# articles), a style the shipped model does not know; and two unseen articles that end
# with four new examples of it, which the shipped model keeps as body.
LEGACY = DATA / "appeal_legacy.jsonl"
HOLDOUT = DATA / "appeal_legacy_unseen.jsonl"
CASES = json.loads((DATA / "cases.json").read_text(encoding="utf-8"))


def unseen_docs():
    return load_documents([HOLDOUT])


def labels_of(cleaner: Cleaner, texts) -> list[str]:
    result = cleaner.clean("\n".join(texts) + "\n", kind="text")
    return [decision.label for decision in result.decisions]


@pytest.fixture(scope="module")
def retrained(tmp_path_factory) -> tuple[Path, str]:
    """One training run for the whole module: shipped data plus the legacy appeals."""
    model = tmp_path_factory.mktemp("model") / "legacy.npz"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = CliRunner().invoke(app, ["train", str(LEGACY), "-o", str(model), "--folds", "2"])
    assert result.exit_code == 0, result.output
    # No library warnings a user cannot act on (liblinear's iteration cap, loky's workers).
    noise = [str(w.message) for w in caught if "sklearn" in w.filename or "loky" in w.filename]
    assert not noise, noise
    return model, result.stdout


@pytest.fixture(scope="module")
def retrained_cleaner(retrained) -> Cleaner:
    return Cleaner(model_path=retrained[0], trust_model=True)


def test_extra_examples_are_about_twenty_appeals():
    docs = load_documents([LEGACY])
    appeals = [t for d in docs for t, label in zip(d.texts, d.labels) if label == "donation"]
    assert 15 <= len(appeals) <= 25
    held_out = {t for d in unseen_docs() for t in d.texts}
    assert not held_out & {t for d in docs for t in d.texts}  # the test examples are unseen


def test_shipped_model_misses_the_new_style(cleaner):
    caught = []
    for doc in unseen_docs():
        predicted = labels_of(cleaner, doc.texts)
        caught += [
            label == "donation" for truth, label in zip(doc.labels, predicted) if truth != "body"
        ]
    # Some slack, as the shipped model is retrained now and then; but if it already knows
    # this style, the test below no longer shows learning and needs a new style.
    assert len(caught) == 4 and sum(caught) <= 1, "the shipped model knows this appeal style"


def test_user_data_teaches_a_new_appeal_style(retrained_cleaner):
    for doc in unseen_docs():
        predicted = labels_of(retrained_cleaner, doc.texts)
        for text, truth, label in zip(doc.texts, doc.labels, predicted):
            if truth == "donation":
                assert label == "donation", f"retrained model did not remove {text!r}: {label}"


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_hard_negatives_stay_kept_after_retraining(retrained_cleaner, case):
    lines = [line for _label, line in case["lines"]]
    for (truth, line), label in zip(case["lines"], labels_of(retrained_cleaner, lines)):
        if truth == "body":
            assert label == "body", f"body line removed as {label}: {line!r}"


def test_train_reports_grouped_scores_and_writes_a_manifest(retrained):
    model, printed = retrained
    assert "cross-validated (grouped by document)" in printed
    assert "body-loss rate" in printed and "confusion" in printed
    for label in ("body", "donation"):
        assert f"\n{label} " in printed
    manifest = json.loads(model.with_suffix(".json").read_text(encoding="utf-8"))
    assert manifest["folds"] == 2 and manifest["seed"] == 0
    assert any(name.endswith("appeal_legacy.jsonl") for name in manifest["training_files"])
    assert set(manifest["cv_per_label"]) >= {"body", "donation"}


def test_the_trained_model_file_is_arrays_that_load_without_trust(retrained):
    from cleaner.model_file import is_array_file

    # Written outside models/ and loaded above without --trust-model: no pickle in it.
    assert is_array_file(retrained[0])
    with np.load(retrained[0], allow_pickle=False) as archive:
        assert archive["first.coef"].dtype == np.float16
        assert archive["first.coef"].shape[0] == len(LABELS)


def test_evaluate_json_compares_models_on_held_out_files(retrained):
    model, _ = retrained
    runner = CliRunner()
    shipped = runner.invoke(app, ["evaluate", str(HOLDOUT), "--format", "json"])
    mine = runner.invoke(
        app, ["evaluate", str(HOLDOUT), "--model", str(model), "--trust-model", "--format", "json"]
    )
    assert shipped.exit_code == 0 and mine.exit_code == 0, shipped.output + mine.output
    before, after = json.loads(shipped.stdout), json.loads(mine.stdout)
    assert after["units"] == before["units"] == sum(len(d.texts) for d in unseen_docs())
    assert before["per_label"]["donation"]["recall"] <= 0.25
    assert after["body_loss"] <= before["body_loss"]
    assert after["per_label"]["donation"]["recall"] == 1.0
    assert len(after["confusion"]) == len(after["labels"]) == 11


def test_same_data_and_seed_give_the_same_predictions_and_model_file(tmp_path):
    from cleaner.model import save_model, sha256_file

    docs = load_documents([DEFAULT_DATA_DIR])
    subset = docs[:: max(1, len(docs) // 30)][:30]
    probe = [list(d.texts) for d in docs[1::97][:5]]
    # (The second run reads the documents and fits the folds in two processes.)
    heard: dict[int, list] = {1: [], 2: []}
    runs = [
        train(
            subset, folds=3, seed=7, jobs=jobs, progress=lambda *step, j=jobs: heard[j].append(step)
        )
        for jobs in (1, 2)
    ]
    for steps in heard.values():  # every step of every phase, in order, either way
        assert [phase for phase, *_ in steps] == sorted(
            (phase for phase, *_ in steps), key=[READING, FIRST_PASS, CONTEXT_PASS].index
        )
        for phase, total in ((READING, len(subset)), (FIRST_PASS, 4), (CONTEXT_PASS, 4)):
            assert {t for p, _, t in steps if p == phase} == {total}
            assert sum(n for p, n, _ in steps if p == phase) == total
    first, second = (r.model.predict_documents(probe) for r in runs)
    for (a1, a2, _), (b1, b2, _) in zip(first, second):
        assert np.array_equal(a1, b1) and np.array_equal(a2, b2)
    assert runs[0].final.to_dict() == runs[1].final.to_dict()
    # Byte for byte, so a user can check a retrained model against the shipped checksum.
    paths = [tmp_path / f"run{n}" / "model.npz" for n in range(2)]
    for run, path in zip(runs, paths):
        save_model(run.model, path, {})
    assert sha256_file(paths[0]) == sha256_file(paths[1])


def test_train_shows_its_progress_on_a_terminal_only(tmp_path):
    model = tmp_path / "m.npz"
    args = ("train", "--only", str(LEGACY), "--folds", "2", "--jobs", "1", "-o", str(model))
    code, shown = run_in_terminal(*args)
    assert code == 0, shown
    for phase in (READING, FIRST_PASS, CONTEXT_PASS):
        assert phase in shown
    assert "10/10" in shown and "docs/s" in shown  # documents read, of ten
    assert "3/3" in shown  # two folds' first passes and the final one
    proc = run_cli(*args)  # piped: the report alone
    assert proc.returncode == 0 and "reading documents" not in proc.stdout + proc.stderr


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cleaner", *args], capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ('{"text": "Give now", "label": "begging"}', ["bad.jsonl:3", "unknown label 'begging'"]),
        ('{"text": "Give now", "label": "donation"', ["bad.jsonl:3", "not valid JSON"]),
        ('{"text": "", "label": "donation"}', ["bad.jsonl:3", "'text'"]),
    ],
)
def test_train_refuses_bad_lines_naming_file_and_line(tmp_path, line, words):
    bad = tmp_path / "bad.jsonl"
    good = '{"text": "Donate today", "label": "donation"}\n{"text": "News", "label": "body"}\n'
    bad.write_text(good + line + "\n", encoding="utf-8")
    model = tmp_path / "m.npz"
    proc = run_cli("train", "--only", str(bad), "-o", str(model))
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cleaner: error:"), proc.stderr
    for word in words:
        assert word in lines[0]
    assert not model.exists()
