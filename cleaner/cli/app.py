"""The Typer app and the options and helpers its commands share.

Commands live in sibling modules and register themselves on `app`.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    name="cleaner",
    help="Strip boilerplate, paywall and donation appeals from scraped articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


ModelOpt = Annotated[
    Path | None,
    typer.Option("--model", help="Use this model file instead of the shipped one."),
]
TrustOpt = Annotated[
    bool,
    typer.Option(
        "--trust-model",
        help="Allow an old-style pickled model (.joblib, from cleaner before model format 3) "
        "from outside the shipped models/ folder. RISK: a pickle runs code when loaded; only "
        "use files you made or trust. Models in today's format (.npz) need no trust.",
    ),
]
HtmlOpt = Annotated[bool, typer.Option("--html", help="Treat input as HTML.")]
TextOpt = Annotated[bool, typer.Option("--text", help="Treat input as plain text.")]
KeepOpt = Annotated[
    list[str] | None, typer.Option("--keep", help="Never remove this label (repeatable).")
]
NoPruneOpt = Annotated[
    bool,
    typer.Option("--no-prune", help="Do not prune appeal containers from HTML before extraction."),
]
ThresholdOpt = Annotated[
    float | None,
    typer.Option(min=0.0, max=1.0, help="Junk confidence needed to remove a unit (default 0.6)."),
]


def fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"cleaner: error: {message}", err=True)
    return typer.Exit(code)


def input_kind(html: bool, text: bool) -> str:
    """The `kind` for Cleaner.clean from the --html/--text flags (detected when neither)."""
    if html and text:
        raise fail("--html and --text exclude each other")
    return "html" if html else "text" if text else "auto"


def make_config(
    threshold: float | None,
    keep: list[str] | None,
    model: Path | None,
    trust_model: bool,
    prune: bool = True,
):
    from ..config import CleanerConfig

    try:
        return CleanerConfig(
            threshold=0.6 if threshold is None else threshold,
            keep=frozenset(keep or ()),
            model_path=model,
            trust_model=trust_model,
            prune_html=prune,
        )
    except ValueError as exc:
        raise fail(str(exc)) from None


def read_input(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    target = Path(path)
    if target.is_dir():
        raise fail(f"{path}: is a directory, expected a file")
    try:
        return target.read_bytes()
    except FileNotFoundError:
        raise fail(f"{path}: no such file") from None
    except OSError as exc:
        raise fail(f"{path}: cannot read ({exc.strerror})") from None
