"""The `cleaner` command line: thin wrappers over the library, errors as one-line messages.

stdout carries data only; messages go to stderr. Exit: 0 ok, 1 some batch inputs failed,
2 bad usage or unreadable input.
"""

from __future__ import annotations

import os
import sys

import typer

from . import batch, clean, label, retrain, review  # noqa: F401  (each module registers its commands)
from .app import app

__all__ = ["app", "main"]


def _click_exception() -> type[Exception]:
    """Click's base exception, wherever this Typer version keeps click."""
    return next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")


def main() -> None:
    """Console entry point: run the app, turning every known error into one line."""
    from ..errors import CleanerError

    try:
        code = app(standalone_mode=False)
    except typer.Exit as exc:
        code = exc.exit_code
    except typer.Abort:
        typer.echo("cleaner: aborted", err=True)
        code = 130
    except _click_exception() as exc:
        typer.echo(f"cleaner: error: {exc.format_message()} (see cleaner --help)", err=True)
        code = 2
    except CleanerError as exc:
        typer.echo(f"cleaner: error: {exc}", err=True)
        code = 2
    except KeyboardInterrupt:
        typer.echo("cleaner: interrupted", err=True)
        code = 130
    except BrokenPipeError:
        code = 0
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        typer.echo(f"cleaner: error: {where}{exc.strerror or exc}", err=True)
        code = 2
    except Exception as exc:  # never a traceback for users; CLEANER_DEBUG=1 shows it
        if os.environ.get("CLEANER_DEBUG"):
            raise
        typer.echo(f"cleaner: internal error: {type(exc).__name__}: {exc}", err=True)
        code = 2
    sys.exit(code if isinstance(code, int) else 0)
