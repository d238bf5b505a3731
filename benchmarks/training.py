"""Cost of the retraining loop: training time for N units on one core, model file size,
and model load time (cold in a fresh process and warm), against the issue's targets.

Usage: python benchmarks/training.py [--units 10000] [--folds 5] [--repeat 5] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# One core, as the target says: pin the process and keep BLAS single-threaded.
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

from cleaner.corpus import DEFAULT_DATA_DIR, Document, load_documents  # noqa: E402
from cleaner.model import DEFAULT_MODEL, load_model, save_model  # noqa: E402
from cleaner.train import train  # noqa: E402

TARGETS = {"train_seconds": 30.0, "model_mb": 5.0, "load_seconds": 0.3}

_COLD = """
import sys, time
t = time.perf_counter()
from cleaner.model import load_model
load_model(sys.argv[1], trust=True)
print(time.perf_counter() - t)
"""


def scaled_corpus(docs: list[Document], units: int) -> list[Document]:
    """Cycle through the shipped documents (renamed copies) until `units` units are reached."""
    out: list[Document] = []
    total, copy = 0, 0
    while total < units:
        for doc in docs:
            if total >= units:
                break
            out.append(replace(doc, doc=f"{doc.doc}#{copy}") if copy else doc)
            total += len(doc.texts)
        copy += 1
    return out


def cold_load_seconds(path: Path, repeat: int) -> list[float]:
    """Load in fresh interpreters: includes the imports, as a CLI call does."""
    times = []
    for _ in range(repeat):
        proc = subprocess.run(
            [sys.executable, "-c", _COLD, str(path)],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).resolve().parents[1],
        )
        times.append(float(proc.stdout.strip()))
    return times


def warm_load_seconds(path: Path, repeat: int) -> list[float]:
    """Load again in this process: checksum, reading the arrays, building the scorers."""
    load_model(path, trust=True)  # imports done
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        load_model(path, trust=True)
        times.append(time.perf_counter() - started)
    return times


def run(units: int, folds: int, repeat: int) -> dict:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    shipped = load_documents([DEFAULT_DATA_DIR])
    docs = scaled_corpus(shipped, units)
    n_units = sum(len(d.texts) for d in docs)

    started = time.perf_counter()
    report = train(docs, folds=folds, seed=0)
    with_cv = time.perf_counter() - started

    # The final fit alone, which is what a user waits for when CV is not needed.
    from cleaner.model import build_stage1
    from cleaner.train import _flatten

    inputs, labels, _groups = _flatten(docs)
    started = time.perf_counter()
    build_stage1(0).fit(inputs, labels)
    stage1_fit = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.npz"
        save_model(report.model, path, {"benchmark": True})
        size_mb = path.stat().st_size / 1e6
        cold = cold_load_seconds(path, repeat)
        warm = warm_load_seconds(path, repeat)

    result = {
        "units": n_units,
        "documents": len(docs),
        "shipped_units": sum(len(d.texts) for d in shipped),
        "folds": folds,
        "train_seconds_with_cv": round(with_cv, 2),
        "stage1_fit_seconds": round(stage1_fit, 2),
        "model_mb": round(size_mb, 2),
        "load_cold_seconds_median": round(statistics.median(cold), 3),
        "load_warm_seconds_median": round(statistics.median(warm), 3),
        "cv_macro_f1": round(report.final.macro_f1, 4),
        "targets": TARGETS,
    }
    if DEFAULT_MODEL.is_file():
        result["shipped_model_mb"] = round(DEFAULT_MODEL.stat().st_size / 1e6, 2)
        result["shipped_load_cold_seconds_median"] = round(
            statistics.median(cold_load_seconds(DEFAULT_MODEL, repeat)), 3
        )
        result["shipped_load_warm_seconds_median"] = round(
            statistics.median(warm_load_seconds(DEFAULT_MODEL, repeat)), 3
        )
    return result


def verdict(value: float, target: float) -> str:
    return "ok" if value <= target else f"OVER target {target}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=10_000, help="units to train on")
    parser.add_argument("--folds", type=int, default=5, help="CV folds, as `cleaner train`")
    parser.add_argument("--repeat", type=int, default=5, help="load-time repetitions")
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args()
    result = run(args.units, args.folds, args.repeat)
    lines = [
        f"training {result['units']} units ({result['documents']} documents, shipped data "
        f"cycled from {result['shipped_units']} units) on one core:",
        f"  with {result['folds']}-fold grouped CV (cleaner train): "
        f"{result['train_seconds_with_cv']:.1f} s "
        f"[{verdict(result['train_seconds_with_cv'], TARGETS['train_seconds'])}]",
        f"  first-pass fit alone: {result['stage1_fit_seconds']:.1f} s",
        f"model file: {result['model_mb']:.2f} MB "
        f"[{verdict(result['model_mb'], TARGETS['model_mb'])}]",
        f"load: {result['load_cold_seconds_median']:.3f} s cold (fresh process, imports "
        f"included), {result['load_warm_seconds_median']:.3f} s warm "
        f"[{verdict(result['load_warm_seconds_median'], TARGETS['load_seconds'])}]",
    ]
    if "shipped_model_mb" in result:
        lines.append(
            f"shipped model: {result['shipped_model_mb']:.2f} MB, load "
            f"{result['shipped_load_cold_seconds_median']:.3f} s cold, "
            f"{result['shipped_load_warm_seconds_median']:.3f} s warm"
        )
    print("\n".join(lines))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
