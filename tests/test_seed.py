"""The seed article: 18 body paragraphs kept unchanged, its appended appeal removed."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import SEED

from cleaner import clean

APPEAL = [
    ("A Message from The Moscow Times:", "donation"),
    ("Dear readers,", "donation"),
    ("We are facing unprecedented challenges.", "donation"),
    ("These actions are direct attempts", "donation"),
    ("We, the journalists of The Moscow Times", "donation"),
    ("Your support, no matter how small", "donation"),
    ("By supporting The Moscow Times", "donation"),
    ("Remind me later.", "ui"),
]


def expected_body(seed_text: str) -> str:
    lines = seed_text.splitlines(keepends=True)
    return "".join(lines[:18])


def check_result(result: dict, seed_text: str) -> None:
    assert result["text"] == expected_body(seed_text)
    assert result["source"] == "text"
    removed = result["removed"]
    assert len(removed) == len(APPEAL)
    for item, (prefix, label) in zip(removed, APPEAL):
        assert item["text"].startswith(prefix)
        assert item["label"] == label
        assert seed_text[item["start"] : item["end"]] == item["text"]
        assert 0.5 < item["score"] <= 1.0
        assert item["reasons"] and all(isinstance(r, str) for r in item["reasons"])
    assert result["model"].startswith("cleaner-")


def test_seed_api(seed_text):
    result = clean(seed_text)
    check_result(result.to_dict(), seed_text)
    assert result.restore() == seed_text


def test_seed_cli_text(seed_text):
    proc = subprocess.run(
        [sys.executable, "-m", "cleaner", "clean", str(SEED)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == expected_body(seed_text)
    assert proc.stderr == ""


def test_seed_cli_json_and_record(seed_text, tmp_path):
    record = tmp_path / "record.json"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "cleaner",
            "clean",
            str(SEED),
            "--format",
            "json",
            "--record",
            str(record),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    check_result(json.loads(proc.stdout), seed_text)
    check_result(json.loads(record.read_text(encoding="utf-8")), seed_text)


def test_seed_from_stdin(seed_text):
    proc = subprocess.run(
        [sys.executable, "-m", "cleaner", "clean", "-"],
        input=seed_text,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == expected_body(seed_text)
