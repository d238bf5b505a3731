"""cleaner: strip boilerplate and paywall/donation appeals from scraped articles.

`clean(text_or_html)` returns the article body plus a labelled, lossless record of what
was removed. Heavy libraries load lazily.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .config import CleanerConfig
from .errors import (
    CleanerError,
    InputError,
    ModelCorruptError,
    ModelError,
    ModelMissingError,
    ModelVersionError,
    TrainingDataError,
    UntrustedModelError,
)
from .records import LABELS, CleanResult, Label, Removal

if TYPE_CHECKING:
    from .core import Cleaner, clean, clean_iter, clean_many

__version__ = "0.1.0"

# The engine pulls in numpy and scikit-learn: import it on first use, so that
# `import cleaner` (and `cleaner --help`) stays light.
_LAZY = {"Cleaner", "clean", "clean_iter", "clean_many"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from . import core

        return getattr(core, name)
    raise AttributeError(f"module 'cleaner' has no attribute {name!r}")


__all__ = [
    "LABELS",
    "CleanResult",
    "Cleaner",
    "CleanerConfig",
    "CleanerError",
    "InputError",
    "Label",
    "ModelCorruptError",
    "ModelError",
    "ModelMissingError",
    "ModelVersionError",
    "Removal",
    "TrainingDataError",
    "UntrustedModelError",
    "clean",
    "clean_iter",
    "clean_many",
    "__version__",
]
