"""Batch runs: order, gzip and stdio, errors as records, crashes, SIGKILL + resume, folders."""

from __future__ import annotations

import gzip
import itertools
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SEED, assert_one_line_error, run_in_terminal, write_pickled_model

from cleaner import clean_many
from cleaner.batch import batch_file, done_ids, run_batch
from cleaner.config import CleanerConfig
from cleaner.errors import InputError
from cleaner.folders import batch_dir
from cleaner.model import DEFAULT_MODEL, load_model

TESTS = Path(__file__).resolve().parent
APPEAL = "Please support our journalism with a donation today. Donate now."
HTML = (
    "<html><body><article><h1>Harbour reopens</h1>"
    "<p>The harbour reopened on Monday after three weeks of repairs to the sea wall.</p>"
    "<p>Fishing boats returned before dawn and the market was busy by eight.</p>"
    "<div class='donate-box'><p>Donate to keep our reporting free.</p></div>"
    "</article></body></html>"
)


def docs(count: int) -> list[dict]:
    """Small varied documents: some plain text with an appeal, some HTML."""
    paragraphs = [p for p in SEED.read_text(encoding="utf-8").split("\n") if p.strip()]
    out = []
    for i in range(count):
        if i % 5 == 4:
            out.append({"id": f"doc-{i}", "html": HTML})
        else:
            body = "\n\n".join(paragraphs[i % 6 : i % 6 + 3])
            out.append({"id": f"doc-{i}", "text": f"{body}\n\n{APPEAL}\n"})
    return out


def write_jsonl(path: Path, records: list[dict], extra: bytes = b"") -> Path:
    data = "".join(json.dumps(r) + "\n" for r in records).encode() + extra
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)
    return path


def read_jsonl(path: Path) -> list[dict]:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    return [json.loads(line) for line in data.decode().splitlines()]


def run(*args: str, stdin: bytes | None = None, env: dict | None = None, stderr=None):
    return subprocess.run(
        [sys.executable, "-m", "cleaner", *args],
        input=stdin,
        capture_output=stderr is None,
        stderr=stderr,
        check=False,
        env={**os.environ, **(env or {})},
    )


def assert_lossless(record: dict, source: dict) -> None:
    original = record["extracted"] if record["source"] == "html" else source["text"]
    rebuilt, cursor = [], 0
    for item in record["removed"]:
        if item["start"] is None:
            continue
        assert original[item["start"] : item["end"]] == item["text"]
        rebuilt.append(original[cursor : item["start"]])
        cursor = item["end"]
    rebuilt.append(original[cursor:])
    assert "".join(rebuilt) == record["text"]


def test_batch_keeps_order_and_turns_bad_lines_into_error_records(tmp_path):
    inputs = docs(20)
    bad = b'not json\n{"text": "no id here"}\n{"id": "empty", "text": "  "}\n\xff\xfe\n'
    source = write_jsonl(tmp_path / "in.jsonl", inputs, extra=bad)
    summary = batch_file(source, tmp_path / "out.jsonl", jobs=2)
    out = read_jsonl(tmp_path / "out.jsonl")
    assert [r["id"] for r in out] == [d["id"] for d in inputs] + [
        "line-21",
        "line-22",
        "empty",
        "line-24",
    ]
    for record, doc in zip(out, inputs):
        assert "error" not in record
        assert_lossless(record, doc)
        assert APPEAL not in record["text"]
    assert all("error" in r for r in out[20:])
    assert "not valid JSON" in out[20]["error"] and "missing 'id'" in out[21]["error"]
    assert summary.docs == 24 and summary.errors == 4
    assert summary.removed["donation"] >= 20
    line = summary.line()
    assert "24 docs" in line and "donation" in line and "errors: 4" in line and " s " in line


def test_gzip_by_suffix_and_stdin_to_stdout(tmp_path):
    from typer.testing import CliRunner

    from cleaner.cli import app

    inputs = docs(6)
    plain = CliRunner().invoke(
        app,
        ["batch", "-", "-o", "-", "--jobs", "1"],
        input=write_jsonl(tmp_path / "in.jsonl", inputs).read_bytes(),
    )
    assert plain.exit_code == 0, plain.stderr
    lines = plain.stdout.splitlines()
    assert [json.loads(x)["id"] for x in lines] == [d["id"] for d in inputs]
    err = plain.stderr.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("cleaned 6 docs")  # summary only: no progress bar

    gz_out = tmp_path / "out.jsonl.gz"
    batch_file(write_jsonl(tmp_path / "in.jsonl.gz", inputs), gz_out)
    assert gzip.decompress(gz_out.read_bytes()).decode().splitlines() == lines


def test_truncated_gzip_keeps_the_lines_before_the_break(tmp_path):
    inputs = docs(80)
    whole = gzip.compress("".join(json.dumps(d) + "\n" for d in inputs).encode())
    source = tmp_path / "cut.jsonl.gz"
    source.write_bytes(whole[: len(whole) // 2])
    out = tmp_path / "out.jsonl"
    with pytest.raises(InputError, match="input breaks off after"):
        batch_file(source, out)
    written = read_jsonl(out)
    assert 0 < len(written) < 80
    assert [r["id"] for r in written] == [d["id"] for d in inputs[: len(written)]]


def test_stream_is_consumed_lazily():
    """An endless input still yields results: nothing reads the whole stream first."""
    endless = (json.dumps(d) for d in itertools.cycle(docs(5)))
    first = list(itertools.islice(run_batch(endless, jobs=1), 7))
    assert [r["id"] for r in first] == [f"doc-{i % 5}" for i in range(7)]
    texts = itertools.cycle([d.get("text") or d.get("html") for d in docs(5)])
    results = list(itertools.islice(clean_many(texts, jobs=2, chunk=4), 9))
    expected = list(clean_many([d.get("text") or d.get("html") for d in docs(5)] * 2, jobs=1))
    assert [r.text for r in results] == [r.text for r in expected[:9]]


class Exploding:
    """Wraps the stage-1 classifier; fails (or kills its process) on units saying EXPLODE."""

    def __init__(self, inner, crash: bool = False) -> None:
        self.inner, self.crash = inner, crash

    def __getattr__(self, name: str):
        if name in ("inner", "crash") or name.startswith("__"):
            raise AttributeError(name)  # not set yet while unpickling
        if name == "named_steps":
            raise AttributeError(name)  # opaque: the model must call it, not its parts
        attr = getattr(self.inner, name)
        if name not in ("predict_proba", "decision_function"):
            return attr

        def checked(inputs):
            if any("EXPLODE" in item.text for item in inputs):
                if self.crash:
                    os._exit(3)
                raise ValueError("boom")
            return attr(inputs)

        return checked


@pytest.fixture(scope="module")
def shipped():
    return load_model(DEFAULT_MODEL)


def exploding_model(tmp_path: Path, shipped, crash: bool) -> Path:
    """Only a pickled model can carry code like Exploding's: this one is written in the
    pickled format of cleaner before model format 3, which loads with --trust-model."""
    payload = {"format": 2, "stage1": Exploding(shipped.stage1, crash), "stage2": shipped.stage2}
    return write_pickled_model(tmp_path / "exploding.joblib", payload)


def test_a_failing_document_yields_an_error_line_and_exit_1(tmp_path, shipped):
    model = exploding_model(tmp_path, shipped, crash=False)
    inputs = docs(8)
    inputs[3] = {"id": "bad", "text": "Ordinary first line.\n\nEXPLODE here.\n"}
    out = tmp_path / "out.jsonl"
    proc = run(
        "batch", str(write_jsonl(tmp_path / "in.jsonl", inputs)), "-o", str(out), "--jobs", "2",
        "--model", str(model), "--trust-model",
        env={"PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")])},
    )  # fmt: skip
    err = proc.stderr.decode()
    assert proc.returncode == 1, err
    assert "Traceback" not in err and "1 of 8 documents failed" in err
    records = read_jsonl(out)
    assert [r["id"] for r in records] == [d["id"] for d in inputs]
    assert records[3] == {"id": "bad", "error": "ValueError: boom"}
    assert all("text" in r for i, r in enumerate(records) if i != 3)


def test_a_worker_crash_costs_only_the_document_that_caused_it(tmp_path, shipped):
    config = CleanerConfig(
        model_path=exploding_model(tmp_path, shipped, crash=True), trust_model=True
    )
    lines = [json.dumps(d) for d in docs(7)]
    lines[4] = json.dumps({"id": "killer", "text": "EXPLODE\n"})
    records = list(run_batch(lines, config, jobs=2, chunk=2))
    assert [r["id"] for r in records] == [json.loads(x)["id"] for x in lines]
    assert "crashed" in records[4]["error"]
    assert all("error" not in r for i, r in enumerate(records) if i != 4)


@pytest.mark.parametrize(
    "target", ["missing-dir/out.jsonl", "."], ids=["no-such-folder", "is-a-folder"]
)
def test_unwritable_output_is_one_line_and_exit_2(tmp_path, target):
    source = write_jsonl(tmp_path / "in.jsonl", docs(2))
    proc = run("batch", str(source), "-o", str(tmp_path / target))
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert err.count("\n") == 1 and err.startswith("cleaner: error:") and "cannot write" in err


def test_resume_needs_an_output_file(tmp_path):
    proc = run("batch", str(write_jsonl(tmp_path / "in.jsonl", docs(2))), "--resume")
    assert proc.returncode == 2 and "--resume" in proc.stderr.decode()


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_sigkill_leaves_whole_lines_and_resume_finishes_each_id_once(tmp_path, signum):
    inputs = docs(200)
    source = write_jsonl(tmp_path / "in.jsonl", inputs)
    out = tmp_path / "out.jsonl"
    args = [sys.executable, "-m", "cleaner", "batch", str(source), "-o", str(out), "--jobs", "1"]
    proc = subprocess.Popen(args, stderr=subprocess.DEVNULL)
    # Kill it once 128 of the 200 lines are out. The bound is only there so that a broken
    # batch cannot hang the suite: a loaded machine may take minutes to start the worker.
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 128):
        assert proc.poll() is None, "the batch ended before it could be killed"
        time.sleep(0.02)
    proc.send_signal(signum)
    proc.wait()
    data = out.read_bytes()
    assert data.endswith(b"\n")
    written = [json.loads(line) for line in data.splitlines()]
    assert 0 < len(written) < len(inputs)  # killed mid-way, only whole lines

    resumed = run("batch", str(source), "-o", str(out), "--resume", "--jobs", "1")
    assert resumed.returncode == 0, resumed.stderr.decode()
    assert f"({len(written)} already done, skipped)" in resumed.stderr.decode()
    assert [r["id"] for r in read_jsonl(out)] == [d["id"] for d in inputs]


@pytest.mark.parametrize("name", ["out.jsonl", "out.jsonl.gz"])
def test_resume_drops_a_torn_last_line(tmp_path, name):
    inputs = docs(6)
    source = write_jsonl(tmp_path / "in.jsonl", inputs)
    out = tmp_path / name
    batch_file(source, out)
    whole = out.read_bytes()
    lines = read_jsonl(out)
    torn = b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in lines[:3])
    torn += b'{"id": "doc-3", "te'
    out.write_bytes(gzip.compress(torn)[:-12] if name.endswith(".gz") else torn)
    assert sum(done_ids(out).values()) == 3
    summary = batch_file(source, out, resume=True)
    assert summary.skipped == 3 and summary.docs == 3
    assert [r["id"] for r in read_jsonl(out)] == [d["id"] for d in inputs]
    if not name.endswith(".gz"):
        assert out.read_bytes() == whole


def test_folder_and_glob_input_write_clean_files_and_one_record(tmp_path):
    pages = tmp_path / "pages"
    (pages / "sub").mkdir(parents=True)
    (pages / "a.txt").write_text(docs(1)[0]["text"], encoding="utf-8")
    (pages / "sub" / "b.html").write_text(HTML, encoding="utf-8")
    (pages / "c.html").write_text(HTML, encoding="utf-8")
    (pages / "c.txt").write_text("Short note about the tides.\n", encoding="utf-8")
    (pages / "empty.txt").write_bytes(b"")
    (pages / "notes.md").write_text("ignored", encoding="utf-8")
    out = pages / "clean"  # inside the input folder: must not be read back as input
    summary = batch_dir(pages, out, jobs=1)
    records = read_jsonl(out / "records.jsonl")
    assert [r["id"] for r in records] == ["a.txt", "c.html", "c.txt", "empty.txt", "sub/b.html"]
    assert records[3] == {"id": "empty.txt", "error": "file is empty"}
    assert summary.docs == 5 and summary.errors == 1
    for record in records[:3] + records[4:]:
        name = {"c.html": "c.html.txt", "sub/b.html": "sub/b.txt"}.get(record["id"], record["id"])
        assert (out / name).read_text(encoding="utf-8") == record["text"]
    assert "Fishing boats" in (out / "sub" / "b.txt").read_text(encoding="utf-8")
    assert "Donate" not in (out / "sub" / "b.txt").read_text(encoding="utf-8")

    again = batch_dir(pages, out, resume=True)
    assert again.docs == 0 and again.skipped == 5
    glob_out = tmp_path / "glob-out"
    proc = run("batch", str(pages / "**" / "*.html"), "-o", str(glob_out), "--jobs", "1")
    assert proc.returncode == 0, proc.stderr.decode()
    assert sorted(p.relative_to(glob_out).as_posix() for p in glob_out.rglob("*.txt")) == [
        "c.txt",
        "sub/b.txt",
    ]


def test_progress_bar_only_when_stderr_is_a_terminal(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", docs(3))
    code, text = run_in_terminal("batch", str(source), "-o", str(tmp_path / "o.jsonl"))
    assert code == 0
    assert "cleaning" in text and "docs/s" in text and "3/3" in text
    assert "cleaned 3 docs" in text.rstrip().splitlines()[-1]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_disk_full_output_is_one_line_exit_2_and_input_untouched(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", docs(5))
    before = source.read_bytes()
    assert_one_line_error(
        run("batch", str(source), "-o", "/dev/full", "--jobs", "1"), "No space left"
    )
    assert source.read_bytes() == before
