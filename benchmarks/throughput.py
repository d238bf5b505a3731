"""Throughput benchmark: docs/s and peak memory of cleaner beside trafilatura alone.

Every stage runs in a fresh process (so peak memory is its own) on the same pages:
  python -m benchmarks.throughput ../shared/bench/article-extraction-benchmark [--profile]
Plain-text documents are synthesised in memory from trafilatura's extraction of the pages.
Text and batch stages report the fastest of REPEATS timed runs.
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import contextlib
import cProfile
import io
import itertools
import json
import multiprocessing
import os
import pstats
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

# Text and batch stages are timed this many times and the fastest run is reported: the
# machine is shared, and other load only ever makes a run slower.
REPEATS = 3

# The same extraction options as cleaner's HTML path, so the ratio is cleaner's own cost.
TRAFILATURA_OPTIONS = {
    "include_comments": False,
    "include_tables": True,
    "deduplicate": False,
    "with_metadata": False,
}


class PeakMemory:
    """Samples the RSS of this process and its children (workers) every 20 ms."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _rss(self) -> int:
        try:
            import psutil
        except ImportError:  # fall back to this process's own high-water mark
            import resource

            return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        me = psutil.Process()
        total = me.memory_info().rss
        for child in me.children(recursive=True):
            with contextlib.suppress(psutil.Error):  # a worker may exit between the calls
                total += child.memory_info().rss
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._rss())
            time.sleep(0.02)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._rss())


def load_pages(data_dir: Path, limit: int | None) -> list[str]:
    from benchmarks.datasets import load_article_benchmark

    return [page.html for page in load_article_benchmark(data_dir, limit=limit)]


def extract_all(pages: list[str]) -> list[str]:
    import trafilatura

    return [trafilatura.extract(html, **TRAFILATURA_OPTIONS) or "" for html in pages]


def text_docs(pages: list[str], count: int) -> list[str]:
    """Plain-text articles: the pages' extracted text, cycled up to `count` documents."""
    texts = [t for t in extract_all(pages) if t.strip()]
    return list(itertools.islice(itertools.cycle(texts), count))


def run_stage(stage: str, data_dir: str, limit: int | None, n_docs: int) -> dict[str, Any]:
    """One measurement in this (fresh) process; loading and warm-up are not timed."""
    pages = load_pages(Path(data_dir), limit)
    with PeakMemory() as memory:
        if stage == "trafilatura":
            extract_all(pages[:2])
            started = time.perf_counter()
            extract_all(pages)
            result = {
                "items": len(pages),
                "unit": "pages",
                "seconds": time.perf_counter() - started,
            }
        elif stage == "cleaner-html":
            result = _html_beside_trafilatura(pages)
        elif stage.startswith("cleaner-text"):
            result = _text(pages, n_docs, jobs=int(stage.rsplit("-", 1)[1]))
        elif stage.startswith("batch"):
            result = _batch(pages, n_docs, jobs=int(stage.rsplit("-", 1)[1]))
        else:
            raise ValueError(stage)
    if stage.endswith("-2"):
        from joblib.externals.loky import get_reusable_executor

        get_reusable_executor().shutdown(wait=True)  # idle workers would keep this one alive
    rate = result["items"] / result["seconds"]
    return {"stage": stage, **result, "rate": rate, "peak_mb": memory.peak / 2**20}


def _html_beside_trafilatura(pages: list[str]) -> dict[str, Any]:
    """Page by page, trafilatura alone then cleaner: a change in machine load hits both.
    The pages are cleaned twice: the first pass is the table's figure; the second shows
    what a long-running process pays once the regexes the pages need are compiled (the
    whole-line cues compile one group per first character of the lines they meet)."""
    from cleaner import Cleaner

    cleaner = Cleaner()
    cleaner.clean(pages[0], kind="html")
    own, alone = _interleaved(cleaner, pages)
    warm_own, warm_alone = _interleaved(cleaner, pages)
    return {
        "items": len(pages),
        "unit": "pages",
        "seconds": own,
        "trafilatura_seconds": alone,
        "warm_ratio": warm_own / warm_alone,
    }


def _interleaved(cleaner: Any, pages: list[str]) -> tuple[float, float]:
    """Seconds of cleaner's HTML path and of trafilatura alone, over the pages."""
    import trafilatura

    own = alone = 0.0
    for html in pages:
        t0 = time.perf_counter()
        trafilatura.extract(html, **TRAFILATURA_OPTIONS)
        t1 = time.perf_counter()
        cleaner.clean(html, kind="html")
        own += time.perf_counter() - t1
        alone += t1 - t0
    return own, alone


def _text(pages: list[str], n_docs: int, jobs: int) -> dict[str, Any]:
    from cleaner import clean_many

    docs = text_docs(pages, n_docs)
    for _ in clean_many(docs[: 64 * jobs], kind="text", jobs=jobs, chunk=32):  # warm workers
        pass
    timings = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        for _ in clean_many(docs, kind="text", jobs=jobs):
            pass
        timings.append(time.perf_counter() - started)
    return {"items": len(docs), "unit": "docs", "seconds": min(timings)}


def _batch(pages: list[str], n_docs: int, jobs: int) -> dict[str, Any]:
    """`cleaner batch` end to end (JSONL file in, JSONL file out), as the CLI runs it."""
    from cleaner.batch import batch_file
    from cleaner.config import CleanerConfig

    docs = text_docs(pages, n_docs)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.jsonl"
        with open(source, "w", encoding="utf-8") as handle:
            for i, text in enumerate(docs):
                handle.write(json.dumps({"id": i, "text": text}) + "\n")
        del docs  # the batch streams from the file: memory must not grow with it
        # Enough lines for a chunk per worker: every worker loads its model before timing.
        warm = Path(tmp) / "warm.jsonl"
        lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
        warm.write_text("".join(lines[: 2 * 64 * jobs]), encoding="utf-8")
        batch_file(warm, Path(tmp) / "warm-out.jsonl", CleanerConfig(), jobs=jobs)
        timings = []
        for _ in range(REPEATS):
            started = time.perf_counter()
            summary = batch_file(source, Path(tmp) / "out.jsonl", CleanerConfig(), jobs=jobs)
            timings.append(time.perf_counter() - started)
    return {"items": summary.docs, "unit": "docs", "seconds": min(timings)}


def profile_text_path(data_dir: str, limit: int | None, n_docs: int) -> str:
    """Where the time of the plain-text path goes: per pipeline step, then per function."""
    from cleaner import Cleaner

    pages = load_pages(Path(data_dir), limit)
    docs = text_docs(pages, n_docs)
    cleaner = Cleaner()
    cleaner.clean_many(docs[:64], kind="text")
    out = io.StringIO()
    try:
        steps = _steps(cleaner, docs)
        total = steps[-1][1]
        settled = sum(item.settled for doc in docs for item in _inputs_of(doc))
        out.write(
            f"text path, {len(docs)} docs, one core: {len(docs) / total:.0f} docs/s "
            f"({settled} units settled without the first pass)\n"
        )
        for name, seconds in steps[:-1]:
            out.write(f"  {name:<40} {seconds:7.2f} s  {100 * seconds / total:5.1f} %\n")
    except Exception as exc:  # the model's internals changed: the function profile remains
        out.write(f"(step breakdown unavailable: {type(exc).__name__}: {exc})\n")
    try:
        out.write(_html_steps(cleaner, pages))
    except Exception as exc:  # cleaner.html changed shape
        out.write(f"(HTML breakdown unavailable: {type(exc).__name__}: {exc})\n")
    profiler = cProfile.Profile()
    profiler.enable()
    cleaner.clean_many(docs, kind="text")
    profiler.disable()
    out.write("\nfunctions by own time:\n")
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(12)
    return out.getvalue()


def _inputs_of(doc: str) -> list[Any]:
    from cleaner.features import make_inputs
    from cleaner.segment import segment

    return make_inputs([unit.text for unit in segment(doc)])


def _html_steps(cleaner: Any, pages: list[str]) -> str:
    """The HTML path step by step, each as a multiple of trafilatura alone on the page."""
    import trafilatura

    from cleaner.prune import prune

    names = ["trafilatura alone", "parse", "prune", "extract", "text path (model)"]
    spent = dict.fromkeys(names, 0.0)
    for html in pages:
        marks = [time.perf_counter()]
        trafilatura.extract(html, **TRAFILATURA_OPTIONS)
        marks.append(time.perf_counter())
        tree = trafilatura.load_html(html)
        marks.append(time.perf_counter())
        prune(tree)
        marks.append(time.perf_counter())
        text = trafilatura.extract(tree, **TRAFILATURA_OPTIONS) or ""
        marks.append(time.perf_counter())
        cleaner.clean(text, kind="text")
        marks.append(time.perf_counter())
        for name, start, end in zip(names, marks, marks[1:]):
            spent[name] += end - start
    alone = spent["trafilatura alone"]
    lines = [f"\nHTML path, {len(pages)} pages, as multiples of trafilatura alone:\n"]
    for name, seconds in spent.items():
        lines.append(f"  {name:<38} {seconds:7.2f} s  {seconds / alone:5.2f}x\n")
    return "".join(lines)


def _steps(cleaner: Any, docs: list[str]) -> list[tuple[str, float]]:
    from cleaner.decide import decide_stable
    from cleaner.features import make_inputs
    from cleaner.model import SCORE_SLICE
    from cleaner.segment import segment

    model = cleaner.model
    steps: list[tuple[str, float]] = []

    def timed(name: str, func: Any) -> Any:
        started = time.perf_counter()
        value = func()
        steps.append((name, time.perf_counter() - started))
        return value

    units = timed("segment", lambda: [segment(doc) for doc in docs])
    inputs = timed(
        "rules + unit facts", lambda: [make_inputs([u.text for u in us]) for us in units]
    )
    read = [item for doc_inputs in inputs for item in doc_inputs if not item.settled]
    slices = [read[i : i + SCORE_SLICE] for i in range(0, len(read), SCORE_SLICE)]
    model.stage1_probs(read[:1])  # builds the fast scorer outside the timing
    scorer = model._first  # the numpy scorer the model evaluates (built just above)
    for counter, _params, _weights in getattr(scorer, "_counted", ()):
        timed(
            f"first pass: {type(counter).__name__} counts",
            lambda c=counter: [c.count(part) for part in slices],
        )
    timed("first pass: all blocks + weights", lambda: [model.stage1_probs(p) for p in slices])
    first = model.first_pass([[u.text for u in us] for us in units])
    timed(
        "context pass + decisions",
        lambda: [
            decide_stable(doc_inputs, probs, model.context_pass, cleaner.config.threshold)
            for probs, doc_inputs in first
        ],
    )
    whole = timed("whole clean_many", lambda: cleaner.clean_many(docs, kind="text"))
    del whole
    total = steps.pop()[1]
    parts = [step for step in steps if not step[0].endswith(" counts")]  # inside "all blocks"
    steps.append(("segment -> result glue", max(0.0, total - sum(sec for _, sec in parts))))
    steps.append(("(whole clean_many)", total))
    return steps


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_speedup(n: int = 3_000_000) -> float:
    """What two processes gain over one on pure CPU work right now (other load shows here)."""
    started = time.perf_counter()
    _spin(n)
    _spin(n)
    one = time.perf_counter() - started
    with cf.ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        list(pool.map(_spin, [1, 1]))
        started = time.perf_counter()
        list(pool.map(_spin, [n, n]))
        two = time.perf_counter() - started
    return one / two


def in_fresh_process(func: Any, *args: Any) -> Any:
    context = multiprocessing.get_context("spawn")
    with cf.ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        return pool.submit(func, *args).result()


def render(results: dict[str, dict[str, Any]]) -> str:
    traf, html = results["trafilatura"], results["cleaner-html"]
    one, two = results["cleaner-text-1"], results["cleaner-text-2"]
    rows = [
        ("trafilatura alone (HTML)", traf, ""),
        (
            "cleaner, HTML path",
            html,
            f"{html['seconds'] / html['trafilatura_seconds']:.2f}x trafilatura's time on the "
            f"same pages, interleaved (a second pass: {html['warm_ratio']:.2f}x)",
        ),
        ("cleaner, plain text, 1 job", one, ""),
        ("cleaner, plain text, 2 jobs", two, f"{two['rate'] / one['rate']:.2f}x one job"),
    ]
    for key, name in [
        ("batch-1", "cleaner batch JSONL, --jobs 1"),
        ("batch-2", "cleaner batch JSONL, --jobs 2"),
        ("batch-1-x4", "cleaner batch JSONL, --jobs 1, 4x docs"),
    ]:
        if key in results:
            rows.append((name, results[key], ""))
    lines = [
        "| run | items | seconds | rate | peak RSS | note |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for name, r, note in rows:
        lines.append(
            f"| {name} | {r['items']} {r['unit']} | {r['seconds']:.1f} | "
            f"{r['rate']:.0f} {r['unit']}/s | {r['peak_mb']:.0f} MB | {note} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data_dir", type=Path, help="the article-extraction-benchmark folder")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N pages")
    parser.add_argument("--docs", type=int, default=2000, help="plain-text documents to clean")
    parser.add_argument("--no-batch", action="store_true", help="skip the `cleaner batch` runs")
    parser.add_argument(
        "--profile", action="store_true", help="show where the text path's time goes"
    )
    parser.add_argument(
        "--memory-check",
        action="store_true",
        help="also run `cleaner batch` on 4x the documents: peak memory should stay flat",
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    if not (args.data_dir / "html").is_dir():
        parser.error(f"{args.data_dir} has no html/ folder; pass the benchmark's data folder")
    stages = ["trafilatura", "cleaner-html", "cleaner-text-1", "cleaner-text-2"]
    if not args.no_batch:
        stages += ["batch-1", "batch-2"]
    results: dict[str, Any] = {}
    before = machine_speedup()
    for stage in stages:
        print(f"running {stage} ...", file=sys.stderr)
        results[stage] = in_fresh_process(
            run_stage, stage, str(args.data_dir), args.limit, args.docs
        )
    if args.memory_check:
        print("running batch-1 on 4x the documents ...", file=sys.stderr)
        big = in_fresh_process(run_stage, "batch-1", str(args.data_dir), args.limit, 4 * args.docs)
        results["batch-1-x4"] = big
    after = machine_speedup()
    results["machine"] = {"cores": os.cpu_count(), "speedup_before": before, "speedup_after": after}
    print(
        f"{os.cpu_count()} cores; two processes of pure Python run {before:.2f}x / {after:.2f}x "
        "faster than one (before / after the runs): the ceiling for 2 jobs on this machine now\n"
    )
    print(render(results))
    if args.profile:
        print("\n" + in_fresh_process(profile_text_path, str(args.data_dir), args.limit, args.docs))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
