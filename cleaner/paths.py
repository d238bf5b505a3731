"""Where the shipped model and training data live.

In a checkout (or an editable install) they sit beside the package, in `models/` and
`training_data/`; an installed wheel carries them inside the package (see pyproject.toml).
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def bundled(name: str) -> Path:
    """The shipped folder `name`: beside the package if there, else inside it."""
    beside = PACKAGE_DIR.parent / name
    return beside if beside.is_dir() else PACKAGE_DIR / name
