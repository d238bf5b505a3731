"""Hand-written documents: hard negatives are kept, every junk label is removed.

Cases live in tests/data/cases.json (never used for training).
"""

from __future__ import annotations

import json

import pytest
from conftest import DATA

CASES = json.loads((DATA / "cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(cleaner, case):
    text = "\n".join(line for _label, line in case["lines"]) + "\n"
    result = cleaner.clean(text, kind="text")
    removed = {r.text.strip(): r.label for r in result.removed}
    for label, line in case["lines"]:
        if label == "body":
            assert line in result.text, f"body line was removed: {line!r}"
        else:
            assert line not in result.text, f"{label} line was kept: {line!r}"
            assert removed[line] == label, f"{line!r}: expected {label}, got {removed[line]}"


def test_every_label_is_covered_by_cases():
    from cleaner import LABELS

    covered = {label for case in CASES for label, _line in case["lines"]}
    assert covered == set(LABELS)
