"""`cleaner clean`: print the clean text or JSON result of files or stdin."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from .app import (
    HtmlOpt,
    KeepOpt,
    ModelOpt,
    NoPruneOpt,
    OutputFormat,
    TextOpt,
    ThresholdOpt,
    TrustOpt,
    app,
    fail,
    input_kind,
    make_config,
    read_input,
)


@app.command()
def clean(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Files to clean; '-' or none reads stdin.")
    ] = None,
    html: HtmlOpt = False,
    text: TextOpt = False,
    output_format: Annotated[
        OutputFormat,
        typer.Option("--format", help="text: the clean text; json: one result object per input."),
    ] = OutputFormat.text,
    record: Annotated[
        Path | None, typer.Option("--record", help="Also write the JSON result(s) to this file.")
    ] = None,
    threshold: ThresholdOpt = None,
    keep: KeepOpt = None,
    encoding: Annotated[str | None, typer.Option(help="Input encoding (default: detect).")] = None,
    no_prune: NoPruneOpt = False,
    model: ModelOpt = None,
    trust_model: TrustOpt = False,
) -> None:
    """Print the clean text of each input (or its JSON result with --format json)."""
    from ..core import Cleaner
    from ..errors import InputError

    kind = input_kind(html, text)
    # Clean text is data: always UTF-8, whatever the terminal's locale says.
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8", errors="surrogateescape")
    cleaner = Cleaner(make_config(threshold, keep, model, trust_model, prune=not no_prune))
    results = []
    for path in paths or ["-"]:
        data = read_input(path)
        name = "standard input" if path == "-" else path
        if not data.strip():
            raise fail(f"{name}: input is empty")
        try:
            result = cleaner.clean(data, kind=kind, encoding=encoding)
        except InputError as exc:
            raise fail(f"{name}: {exc}") from None
        results.append(result)
        if output_format is OutputFormat.json:
            sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(
                result.text if result.text.endswith("\n") or not result.text else result.text + "\n"
            )
    if record is not None:
        payload = (
            json.dumps(results[0].to_dict(), ensure_ascii=False, indent=2) + "\n"
            if len(results) == 1
            else "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in results)
        )
        try:
            record.write_text(payload, encoding="utf-8")
        except OSError as exc:
            raise fail(f"{record}: cannot write record ({exc.strerror})") from None
