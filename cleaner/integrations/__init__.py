"""Optional integrations (Scrapy, Dask), each behind its own pip extra.

They import their framework lazily and say which extra to install when it is missing.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from ..errors import CleanerError


class MissingExtraError(CleanerError, ImportError):
    """An integration's framework is not installed."""


def require(module: str, extra: str) -> ModuleType:
    """Import `module`, or explain which `cleaner[extra]` to install."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtraError(
            f"{module} is not installed ({exc}); install the extra: pip install 'cleaner[{extra}]'"
        ) from None


__all__ = ["MissingExtraError", "require"]
