"""Bad input and broken models: one clear line on stderr, the right exit code, no traceback."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEED, assert_one_line_error, write_pickled_model

from cleaner.model import DEFAULT_MODEL, SHIPPED_DIR, manifest_path


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cleaner", *args], input=stdin, capture_output=True, check=False
    )


def test_empty_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert_one_line_error(run("clean", str(empty)), "empty")


def test_whitespace_only_stdin():
    assert_one_line_error(run("clean", "-", stdin=b"  \n\t \r\n"), "empty")


def test_missing_file(tmp_path):
    assert_one_line_error(run("clean", str(tmp_path / "nope.txt")), "no such file")


def test_directory(tmp_path):
    assert_one_line_error(run("clean", str(tmp_path)), "directory")


def test_binary_file(tmp_path):
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    assert_one_line_error(run("clean", str(binary)), "binary")


def test_undecodable_bytes_are_decoded_not_fatal(tmp_path):
    latin = tmp_path / "latin1.txt"
    latin.write_bytes(
        "Die Stadtverwaltung hat am Montag die Gebühren für Müllabfuhr erhöht.\n"
        "Die Änderung gilt ab März.\n".encode("latin-1")
    )
    proc = run("clean", str(latin))
    assert proc.returncode == 0, proc.stderr
    assert "Gebühren für Müllabfuhr erhöht" in proc.stdout.decode()


def test_wrong_explicit_encoding(tmp_path):
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Grüße aus Köln\n".encode("latin-1"))
    assert_one_line_error(run("clean", "--encoding", "utf-8", str(latin)), "utf-8")


def test_unknown_option_is_usage_error():
    assert_one_line_error(run("clean", "--no-such-option", str(SEED)), "no-such-option")


def test_bad_threshold():
    assert_one_line_error(run("clean", "--threshold", "7", str(SEED)), "threshold")


@pytest.fixture
def model_copy(tmp_path_factory) -> Path:
    """A copy of the shipped model inside models/, removed after the test."""
    target = SHIPPED_DIR / f"_test_{tmp_path_factory.mktemp('m').name}.npz"
    shutil.copy(DEFAULT_MODEL, target)
    shutil.copy(manifest_path(DEFAULT_MODEL), manifest_path(target))
    yield target
    target.unlink(missing_ok=True)
    manifest_path(target).unlink(missing_ok=True)


def test_truncated_model(model_copy):
    data = model_copy.read_bytes()
    model_copy.write_bytes(data[: len(data) // 2])
    assert_one_line_error(
        run("clean", "--model", str(model_copy), str(SEED)), "sha256", "cleaner train"
    )


def test_a_model_loads_whatever_scikit_learn_trained_it(model_copy):
    # The file is plain arrays: the version in the manifest is a record, not a lock.
    path = manifest_path(model_copy)
    manifest = json.loads(path.read_text())
    manifest["sklearn_version"] = "0.24.2"
    path.write_text(json.dumps(manifest))
    proc = run("clean", "--model", str(model_copy), str(SEED))
    assert proc.returncode == 0 and proc.stdout, proc.stderr


def test_old_pickled_model_from_other_sklearn_version(tmp_path):
    old = tmp_path / "old.joblib"
    # (Its content does not matter here: every check below happens before unpickling.)
    write_pickled_model(old, {"format": 2}, sklearn_version="0.24.2")
    assert_one_line_error(
        run("clean", "--model", str(old), "--trust-model", str(SEED)), "0.24.2", "cleaner train"
    )


def test_missing_model(tmp_path):
    assert_one_line_error(
        run("clean", "--model", str(SHIPPED_DIR / "absent.npz"), str(SEED)),
        "not found",
        "cleaner train",
    )


def test_model_outside_models_needs_no_trust_unless_it_is_a_pickle(tmp_path):
    outside = tmp_path / "m.npz"
    shutil.copy(DEFAULT_MODEL, outside)
    shutil.copy(manifest_path(DEFAULT_MODEL), manifest_path(outside))
    proc = run("clean", "--model", str(outside), str(SEED))
    assert proc.returncode == 0 and proc.stdout, proc.stderr
    pickled = write_pickled_model(tmp_path / "old.joblib", {"format": 2})
    assert_one_line_error(run("clean", "--model", str(pickled), str(SEED)), "--trust-model")


def test_pickle_that_runs_code_is_never_unpickled(tmp_path):
    import pickle

    marker = tmp_path / "pwned"

    class Exploit:
        def __reduce__(self):
            return (Path.touch, (marker,))

    evil = SHIPPED_DIR / "_test_evil.joblib"
    try:
        evil.write_bytes(pickle.dumps(Exploit()))
        manifest_path(evil).write_text(json.dumps({"model_sha256": "0" * 64}))
        assert_one_line_error(run("clean", "--model", str(evil), str(SEED)), "sha256")
        assert not marker.exists()
    finally:
        evil.unlink(missing_ok=True)
        manifest_path(evil).unlink(missing_ok=True)
