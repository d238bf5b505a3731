"""The model file: the fitted parameters as named arrays, and nothing that runs code.

The file is numpy's `.npz` layout (a zip of `.npy` arrays) and is read with
`allow_pickle=False`: loading a model cannot run code and needs neither pickle nor
scikit-learn, so it does not depend on the scikit-learn version that trained it.
Strings (vocabularies, class names, settings) are stored as UTF-8 bytes with their
lengths. Entries are written in name order with a fixed timestamp, so the same model
gives the same bytes (a retrained model can be checked against a published checksum).
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .records import LABELS
from .scorer import BlockParams, ContextScorer, FirstPassScorer

ARRAY_FORMAT = 3
# A zip archive's first bytes (a pickle starts with 0x80, a joblib zlib file with 0x78).
_ZIP_MAGIC = b"PK\x03\x04"
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)


class ModelFileError(ValueError):
    """The file is not a readable cleaner model (the loader adds the file's name)."""


def is_array_file(path: Path) -> bool:
    """Whether the file is a zip of arrays (this format) rather than a pickle."""
    with open(path, "rb") as handle:
        return handle.read(len(_ZIP_MAGIC)) == _ZIP_MAGIC


def write_model_file(
    path: Path,
    first: FirstPassScorer,
    context: ContextScorer,
    name: str,
    prose_prior: np.ndarray | None,
) -> None:
    """Write both passes' parameters to `path` (any file name: no suffix is added)."""
    header = {
        "format": ARRAY_FORMAT,
        "name": name,
        "first_pass": {
            "classes": [str(c) for c in first.classes_],
            "blocks": [
                {
                    "kind": block.kind,
                    "ngram_range": list(block.ngram_range),
                    "token_pattern": block.token_pattern,
                    "tfidf": block.idf is not None,
                    "sublinear_tf": block.sublinear_tf,
                }
                for block in first.blocks
            ],
        },
        "context": {"classes": [str(c) for c in context.classes_]},
    }
    arrays: dict[str, np.ndarray] = {
        "header": _text_bytes(json.dumps(header, ensure_ascii=False, sort_keys=True)),
        "first.coef": first.coef,
        "first.intercept": first.intercept,
        "context.mean": context.mean,
        "context.scale": context.scale,
        "context.coef": context.coef,
        "context.intercept": context.intercept,
    }
    for number, block in enumerate(first.blocks):
        arrays[f"first.{number}.terms"], arrays[f"first.{number}.lengths"] = _pack(block.terms)
        if block.idf is not None:
            arrays[f"first.{number}.idf"] = block.idf
    if prose_prior is not None:
        arrays["prose_prior"] = np.asarray(prose_prior, dtype=float)
    with zipfile.ZipFile(path, "w") as archive:
        for key in sorted(arrays):
            info = zipfile.ZipInfo(f"{key}.npy", date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            with archive.open(info, "w", force_zip64=True) as handle:
                np.lib.format.write_array(
                    handle, np.ascontiguousarray(arrays[key]), allow_pickle=False
                )


def read_model_file(path: Path) -> tuple[FirstPassScorer, ContextScorer, str, np.ndarray | None]:
    """The two passes, the model's name and its prose prior. Raises ModelFileError."""
    try:
        with np.load(path, allow_pickle=False) as archive:
            arrays = {key: archive[key] for key in archive.files}
        header = json.loads(_text_of(arrays["header"]))
        if header.get("format") != ARRAY_FORMAT:
            raise ModelFileError(f"format {header.get('format')}, expected {ARRAY_FORMAT}")
        blocks = []
        for number, spec in enumerate(header["first_pass"]["blocks"]):
            stem = f"first.{number}"
            blocks.append(
                BlockParams(
                    kind=spec["kind"],
                    terms=_unpack(arrays[f"{stem}.terms"], arrays[f"{stem}.lengths"]),
                    ngram_range=tuple(spec["ngram_range"]),
                    token_pattern=spec["token_pattern"],
                    idf=arrays[f"{stem}.idf"] if spec["tfidf"] else None,
                    sublinear_tf=bool(spec["sublinear_tf"]),
                )
            )
        first = FirstPassScorer(
            blocks,
            arrays["first.coef"],
            arrays["first.intercept"],
            _classes(header["first_pass"]["classes"]),
        )
        context = ContextScorer(
            arrays["context.mean"],
            arrays["context.scale"],
            arrays["context.coef"],
            arrays["context.intercept"],
            _classes(header["context"]["classes"]),
        )
        prior = arrays.get("prose_prior")
        return first, context, str(header["name"]), prior
    except ModelFileError:
        raise
    except (OSError, EOFError, LookupError, TypeError, ValueError, zipfile.BadZipFile) as exc:
        # A missing array, a bad header, arrays of the wrong shape, a truncated archive.
        raise ModelFileError(f"{type(exc).__name__}: {exc}") from None


def _classes(names: Any) -> list[str]:
    if not isinstance(names, list) or not set(names) <= set(LABELS):
        raise ModelFileError(f"unknown labels in the model: {names!r}")
    return names


def _text_bytes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-8", "surrogatepass"), dtype=np.uint8)


def _text_of(array: np.ndarray) -> str:
    return array.astype(np.uint8, copy=False).tobytes().decode("utf-8", "surrogatepass")


def _pack(terms: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """All terms as one UTF-8 string plus each term's length in code points: no
    separator character can clash with a term."""
    return _text_bytes("".join(terms)), np.asarray([len(t) for t in terms], dtype=np.int64)


def _unpack(joined: np.ndarray, lengths: np.ndarray) -> list[str]:
    text = _text_of(joined)
    if lengths.ndim != 1 or (lengths.size and lengths.min() < 0):
        raise ModelFileError("a vocabulary's lengths are malformed")
    ends = np.cumsum(lengths).tolist()
    if (ends[-1] if ends else 0) != len(text):
        raise ModelFileError("a vocabulary's lengths do not match its text")
    starts = [0, *ends[:-1]]
    return [text[start:end] for start, end in zip(starts, ends)]
