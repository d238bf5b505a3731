"""`cleaner batch`: clean JSON lines (or a folder of files) in order, with progress and resume.

A thin layer over cleaner.batch: options, the progress bar, the summary line, exit codes.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

import typer

from .app import KeepOpt, ModelOpt, NoPruneOpt, ThresholdOpt, TrustOpt, app, fail, make_config
from .progress import terminal_progress

_GLOB = re.compile(r"[*?[]")


@app.command()
def batch(
    input_path: Annotated[
        str,
        typer.Argument(
            metavar="INPUT",
            help="JSON lines with 'id' and 'text' or 'html' ('-' is stdin; .gz is gunzipped), "
            "or a folder or quoted glob of .txt/.html files.",
        ),
    ],
    output: Annotated[
        str,
        typer.Option(
            "-o",
            "--output",
            help="Output JSONL ('-' is stdout; .gz compresses). For folder input: the folder "
            "for the clean .txt files.",
        ),
    ] = "-",
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", help="Worker processes (0: all cores).", min=0)
    ] = 0,
    resume: Annotated[
        bool,
        typer.Option("--resume", help="Keep the results already in the output and skip their ids."),
    ] = False,
    record: Annotated[
        Path | None,
        typer.Option(
            "--record", help="Folder input: the JSONL record file (default OUT/records.jsonl)."
        ),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="Run on a running Dask cluster (e.g. tcp://10.0.0.5:8786); needs the dask extra.",
        ),
    ] = None,
    threshold: ThresholdOpt = None,
    keep: KeepOpt = None,
    no_prune: NoPruneOpt = False,
    model: ModelOpt = None,
    trust_model: TrustOpt = False,
) -> None:
    """Clean many documents: one result line per input, same order, errors as records."""
    from ..batch import batch_file
    from ..errors import CleanerError
    from ..folders import batch_dir

    config = make_config(threshold, keep, model, trust_model, prune=not no_prune)
    source = Path(input_path)
    folder = input_path != "-" and (
        source.is_dir() or (not source.exists() and bool(_GLOB.search(input_path)))
    )
    if not folder:
        if input_path != "-" and not source.is_file():
            raise fail(
                f"{input_path}: " + ("no such file" if not source.exists() else "not a file")
            )
        if record is not None:
            raise fail("--record is for folder input; JSONL results go to -o")
        if output != "-" and input_path != "-" and Path(output).resolve() == source.resolve():
            raise fail(f"{output}: output would overwrite the input")
    elif output == "-":
        raise fail("folder input needs an output folder: -o DIR")

    progress, finish = terminal_progress("cleaning", "docs")
    try:
        if folder:
            summary = batch_dir(
                input_path, output, record, config, jobs, resume, scheduler, progress
            )
        else:
            summary = batch_file(input_path, output, config, jobs, resume, scheduler, progress)
    except CleanerError as exc:
        raise fail(str(exc)) from None
    finally:
        finish()
    typer.echo(summary.line(), err=True)
    if summary.errors:
        typer.echo(
            f"cleaner: {summary.errors} of {summary.docs} documents failed "
            '(their result lines carry an "error" field)',
            err=True,
        )
        raise typer.Exit(1)
