"""Dask: bags and dataframe columns on a loopback LocalCluster, and `batch --scheduler`."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import SEED

pytest.importorskip("distributed")
import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402

from cleaner import model as model_module  # noqa: E402
from cleaner import workers as workers_module  # noqa: E402
from cleaner.batch_io import parse_line  # noqa: E402
from cleaner.config import CleanerConfig  # noqa: E402
from cleaner.integrations import MissingExtraError  # noqa: E402
from cleaner.integrations.dask import (  # noqa: E402
    ClusterError,
    clean_bag,
    clean_column,
    map_on_cluster,
)
from cleaner.workers import clean_items  # noqa: E402

APPEAL = "Please support our journalism with a donation today. Donate now."


@pytest.fixture(scope="module")
def client():
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=False,  # worker threads in this process: quick to start, loopback only
            protocol="tcp",
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        Client(cluster, set_as_default=False) as client,
    ):
        yield client


def texts() -> list[str]:
    paragraphs = [p for p in SEED.read_text(encoding="utf-8").split("\n") if p.strip()]
    return [f"{paragraphs[i]}\n\n{paragraphs[i + 1]}\n\n{APPEAL}\n" for i in range(6)]


def test_bag_keeps_order_and_loads_the_model_once_per_worker(client, cleaner, monkeypatch):
    loads = []
    original = model_module.load_model

    def counting_load(*args, **kwargs):
        loads.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(model_module, "load_model", counting_load)
    monkeypatch.setattr(workers_module, "_WORKER", {})  # forget models loaded by earlier tests
    elements = [*texts(), {"id": "x", "text": texts()[0]}, {"id": "y"}]
    results = clean_bag(db.from_sequence(elements, npartitions=4)).compute(scheduler=client)
    assert len(loads) == 1  # four partitions, two workers in this process: one load
    for text, result in zip(texts(), results):
        assert result == cleaner.clean(text, kind="auto").to_dict()
        assert APPEAL not in result["text"]
    assert results[6]["id"] == "x" and results[6]["text"] == results[0]["text"]
    assert results[7] == {"id": "y", "error": "neither 'text' nor 'html' given"}


def test_dataframe_column(client, cleaner):
    frame = pd.DataFrame({"page": [*texts()[:3], None], "n": [1, 2, 3, 4]})
    out = clean_column(dd.from_pandas(frame, npartitions=2), "page").compute(scheduler=client)
    assert list(out.columns) == ["page", "n", "clean_text", "cleaner"]
    for i, text in enumerate(texts()[:3]):
        assert out["clean_text"].iloc[i] == cleaner.clean(text).text
        assert json.loads(out["cleaner"].iloc[i])["source"] == "text"
    assert out["clean_text"].iloc[3] is None
    assert "error" in json.loads(out["cleaner"].iloc[3])
    local = clean_column(frame, "page", text_column="body", record_column=None)
    assert list(local.columns) == ["page", "n", "body"]


def test_batch_on_the_cluster_matches_a_local_batch(client, tmp_path):
    source = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": i, "text": t}) for i, t in enumerate(texts())] + ["{broken"]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    address = client.scheduler.address
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "cleaner",
            "batch",
            str(source),
            "-o",
            str(out),
            "--scheduler",
            address,
        ],
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 1, proc.stderr.decode()  # the broken line is an error record
    assert "1 of 7 documents failed" in proc.stderr.decode()
    config = CleanerConfig()
    local = clean_items(config, [parse_line(line, n) for n, line in enumerate(lines, start=1)])
    assert out.read_bytes() == b"".join(o.line + b"\n" for o in local)


def test_unreachable_scheduler_is_a_clear_error():
    with pytest.raises(ClusterError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:1"):
        next(map_on_cluster(len, [[1]], "tcp://127.0.0.1:1", timeout="0.5s"))


def test_missing_extra_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(MissingExtraError, match=r"pip install 'cleaner\[dask\]'"):
        next(map_on_cluster(len, [[1]], "tcp://127.0.0.1:1"))
