"""Shared fixtures and helpers: the seed article, the shipped model, assertion helpers,
sample lines, and the sample text and CLI helpers of the bad-input tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from cleaner.decide import decide
from cleaner.features import make_inputs
from cleaner.thresholds import LABEL_INDEX

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_c01523b13b1f33fa.txt"
DATA = Path(__file__).resolve().parent / "data"

# The per-set quality gates clean every dev and HTML set (thousands of documents: many
# minutes): opt-in, like benchmarks. The default run gates a sample pooled from every set.
FULL_GATES = pytest.mark.skipif(
    os.environ.get("CLEANER_FULL_GATES") != "1",
    reason="set CLEANER_FULL_GATES=1 to score every set on its own floors",
)
# One document in this many, from every set (sorted by id), makes the pooled sample.
GATE_SAMPLE_EVERY = 8

# The suite runs on several cores (pytest-xdist, one test file per worker at a time).
# Each worker loads the model and the rule index: past four, memory grows faster than
# the suite shortens.
MAX_WORKERS = 4
# Files whose module fixture takes minutes (a retraining): collected first, so a worker
# starts on them while the others share the rest instead of everyone waiting at the end.
LONG_FILES = ("test_retrain.py",)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config) -> int:
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


def pytest_collection_modifyitems(items) -> None:
    items.sort(key=lambda item: item.path.name not in LONG_FILES)  # (sort is stable)


def assert_lossless(base: str, result) -> None:
    """Located removals are exact, sorted, disjoint slices of `base`, and cutting them
    out of `base` gives exactly `result.text` (restore() puts them back)."""
    located = [item for item in result.removed if item.start is not None]
    previous_end = 0
    for item in located:
        assert 0 <= item.start < item.end <= len(base)
        assert item.start >= previous_end, "removed spans must be sorted and disjoint"
        assert base[item.start : item.end] == item.text
        previous_end = item.end
    kept, cursor = [], 0
    for item in located:
        kept.append(base[cursor : item.start])
        cursor = item.end
    kept.append(base[cursor:])
    assert "".join(kept) == result.text
    assert result.restore() == base


def removed_text(text: str) -> str:
    """What the plain-text path removes from `text`, one removed span per line (checked
    lossless first)."""
    import cleaner

    result = cleaner.clean(text, kind="text")
    assert_lossless(text, result)
    return "\n".join(removal.text for removal in result.removed)


def rule_labels(text: str) -> dict[str, str]:
    """The rules that fire on one line: each reason with the label it gives."""
    from cleaner.rules import rule_hits

    return {hit.reason: hit.label for hit in rule_hits(text)}


def reasons_of(text: str) -> set[str]:
    """The reasons of the rules that fire on one line."""
    return set(rule_labels(text))


def assert_named(cases: dict[str, str]) -> None:
    """Each text fires (at least) the rule named beside it."""
    for text, reason in cases.items():
        assert reason in reasons_of(text), text


def assert_not_named(texts: list[str], reasons: set[str]) -> None:
    """None of the texts fires any of the rules."""
    for text in texts:
        assert not reasons_of(text) & reasons, text


def assert_covers_every_language(table: dict[str, dict[str, list[str]]]) -> None:
    """A helper-drafted lexicon table: the 82 languages in lexicon_local's order, the same
    kinds in each, every phrase lower-case and stripped."""
    from cleaner.lexicon_local import LOCAL_CUES

    assert list(table) == list(LOCAL_CUES)
    assert_same_kinds_in_lower_case(table)


def assert_same_kinds_in_lower_case(table: dict[str, dict[str, list[str]]]) -> None:
    """A lexicon table in any set of languages: the same kinds in each language, every
    phrase lower-case and stripped (the form `normalise` gives a line)."""
    kinds = set(next(iter(table.values())))
    for lang, lists in table.items():
        assert set(lists) == kinds, lang
        for phrases in lists.values():
            for phrase in phrases:
                assert phrase == phrase.strip().lower(), (lang, phrase)


def assert_one_line_error(proc, *words: str, code: int = 2) -> None:
    """A CLI failure: exit `code`, no traceback, one `cleaner: error:` line naming `words`."""
    err = proc.stderr if isinstance(proc.stderr, str) else proc.stderr.decode()
    assert proc.returncode == code, err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("cleaner: error:"), err
    for word in words:
        assert word in lines[0], err


# Sample lines that property tests mix with random text.
JUNK_LINES = [
    "Share this article",
    "Advertisement",
    "Remind me later.",
    "Dear readers,",
    "Subscribe now for just $1 a week",
    "© 2024 Example Media. All rights reserved.",
    "Sign up for our newsletter",
    "Read more:",
    "Read more: The bridge that never was",
    "Comments (4)",
    "By Jane Roe",
]
BODY_LINES = [
    "The council voted on Tuesday to close the old bridge for repairs.",
    "“We had no other choice,” the mayor said after the meeting.",
    "Engineers found cracks in two of the supporting pillars last spring.",
]


# Sample text of the bad-input tests (test_encodings, test_big_inputs, test_reliability).
PARAGRAPH = (
    "The council voted on Tuesday to close the old bridge for repairs, officials said after "
    "a long meeting in the town hall."
)
RUSSIAN = [
    "Городская дума в понедельник утвердила бюджет на следующий год, сообщили депутаты.",
    "По словам мэра, основные средства пойдут на ремонт мостов и дорог в центре города.",
]
JAPANESE = [
    "東京都は月曜日、来年度の予算案を発表した。関係者によると、教育と防災に重点を置くという。",
    "知事は記者会見で、老朽化した橋の修理を急ぐ考えを示した。",
]
KOREAN = [
    "서울시는 월요일 내년도 예산안을 발표했다. 관계자에 따르면 교육과 방재에 중점을 둔다고 한다.",
    "시장은 기자회견에서 낡은 다리의 보수를 서두르겠다고 밝혔다.",
]
ARABIC = "قال رئيس البلدية يوم الثلاثاء إن الجسر القديم سيغلق لمدة ثلاثة أشهر لإجراء إصلاحات عاجلة."


def run(*args: str, stdin: bytes | None = None, env: dict | None = None):
    """`python -m cleaner ARGS` in a subprocess; bytes in and out."""
    return subprocess.run(
        [sys.executable, "-m", "cleaner", *args],
        input=stdin,
        capture_output=True,
        check=False,
        env={**os.environ, **(env or {})},
    )


def article_page(inner: str, headline: str) -> str:
    """A bare page whose <article> holds a headline and `inner` (markup of the story)."""
    return f"<html><body><article><h1>{headline}</h1>{inner}</article></body></html>"


def page(paragraphs: list[str], charset: str | None = None, http_equiv: bool = False) -> str:
    """A news page around `paragraphs`, with a meta charset tag when `charset` is given."""
    meta = ""
    if charset and http_equiv:
        meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    elif charset:
        meta = f'<meta charset="{charset}">'
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head>{meta}<title>News</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>{paragraphs[0][:24]}</h1>{body}"
        "</article><footer>&copy; 2024 Example Media</footer></body></html>"
    )


def run_in_terminal(*args: str, timeout: float = 120) -> tuple[int, str]:
    """Run `python -m cleaner ARGS` with stderr on a pseudo-terminal, as a user at a
    shell sees it: (exit code, everything written to the terminal)."""
    import pty

    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "cleaner", *args], stderr=follower)
    os.close(follower)
    shown = b""
    while True:  # keep reading, or the child blocks on a full terminal buffer
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    return proc.wait(timeout=timeout), shown.decode(errors="replace")


def json_result(proc) -> dict:
    """The JSON result of a successful `run(...)` that wrote nothing to stderr."""
    assert proc.returncode == 0, proc.stderr.decode()
    assert not proc.stderr.strip(), proc.stderr.decode()
    return json.loads(proc.stdout)


def restore(record: dict, base: str) -> str:
    """Rebuild the input from a JSON result; checks every span against `base` too."""
    pieces, cursor, kept = [], 0, 0
    for item in record["removed"]:
        if item["start"] is None:
            continue
        assert base[item["start"] : item["end"]] == item["text"]
        gap = item["start"] - cursor
        pieces += [record["text"][kept : kept + gap], item["text"]]
        kept, cursor = kept + gap, item["end"]
    pieces.append(record["text"][kept:])
    return "".join(pieces)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def cleaner():
    from cleaner import Cleaner

    instance = Cleaner()
    instance.model  # load once for the whole session  # noqa: B018
    return instance


def write_pickled_model(path: Path, payload: dict, sklearn_version: str | None = None) -> Path:
    """A model file as cleaner wrote it before model format 3 (a joblib pickle), with the
    manifest fields its loader checks: the scikit-learn version (default: the installed
    one) and the file's sha256."""
    import joblib
    import sklearn

    from cleaner.model import manifest_path, sha256_file

    joblib.dump(payload, path, compress=3)
    manifest = {
        "sklearn_version": sklearn_version or sklearn.__version__,
        "model_sha256": sha256_file(path),
    }
    manifest_path(path).write_text(json.dumps(manifest), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def fitted_model():
    """A small model fitted in memory, so both passes are scikit-learn pipelines (the
    shipped file holds only their parameters): one document in 25 of training_data/."""
    import numpy as np

    from cleaner.context import document_context
    from cleaner.corpus import DEFAULT_DATA_DIR, load_documents
    from cleaner.features import make_inputs
    from cleaner.model import Model, build_stage1, build_stage2, compact, full_probs

    docs = load_documents([DEFAULT_DATA_DIR])[::25]
    per_doc = [make_inputs(list(doc.texts)) for doc in docs]
    inputs = [item for doc_inputs in per_doc for item in doc_inputs]
    labels = [label for doc in docs for label in doc.labels]
    stage1 = compact(build_stage1(0).fit(inputs, labels))
    probs, contexts, offset = full_probs(stage1, inputs), [], 0
    for doc_inputs in per_doc:
        contexts.append(document_context(probs[offset : offset + len(doc_inputs)], doc_inputs))
        offset += len(doc_inputs)
    stage2 = build_stage2(0).fit(np.vstack(contexts), labels)
    return Model(stage1=stage1, stage2=stage2, prose_prior=probs[:5].mean(axis=0))


# CI runs a fixed set of hypothesis examples (reproducible, no flaky first sightings);
# local runs keep exploring new ones.
try:
    from hypothesis import settings as _hypothesis_settings

    _hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
    if os.environ.get("CI"):
        _hypothesis_settings.load_profile("ci")
except ImportError:  # pragma: no cover - hypothesis is a test dependency
    pass


# decide() on hand-set probabilities (test_decide_guards.py, test_revise.py).
def decide_units(units: list[tuple[str, str, float]]):
    """decide() where each unit's first and second pass give `label` probability `p`."""
    texts = [text for text, _label, _p in units]
    probs = np.zeros((len(units), len(LABEL_INDEX)))
    for row, (_text, label, p) in enumerate(units):
        probs[row, LABEL_INDEX[label]] = p
        probs[row, 0] += 1 - p if label != "body" else 0
    return decide(make_inputs(texts), probs, probs)


ARTICLE = (
    "The county council approved the plan on Tuesday after a long debate about costs, "
    "with members from both groups agreeing that the old depot had to be replaced soon."
)


def label_rows(spec: list[dict[str, float]]) -> np.ndarray:
    """Probability rows from {label: p} dicts (the rest of each row goes to body)."""
    probs = np.zeros((len(spec), len(LABEL_INDEX)))
    for row, labels in enumerate(spec):
        for label, p in labels.items():
            probs[row, LABEL_INDEX[label]] = p
        probs[row, 0] += 1 - sum(labels.values())
    return probs


INTERVIEW = [
    ("Why did you open the shop in the village rather than in town?", "body", 0.9),
    (ARTICLE, "body", 0.95),
    ("What was the hardest winter?", "body", 0.9),
    (ARTICLE, "body", 0.95),
    ("Will you hand the shop over one day?", "body", 0.9),
    (ARTICLE, "body", 0.95),
]
