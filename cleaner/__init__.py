"""cleaner: strip boilerplate and paywall/donation appeals from scraped articles.

`clean(text_or_html)` returns the article body plus a labelled, lossless record of what
was removed. Heavy libraries load lazily.
"""

from __future__ import annotations

from .config import CleanerConfig
from .core import Cleaner, clean, clean_iter, clean_many
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

__version__ = "0.1.0"

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
