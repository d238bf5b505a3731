"""Turn raw input into text: decode bytes, tell HTML from plain text.

Decoding order: explicit encoding, BOM, UTF-8, the HTML meta charset, then charset
detection; binary data is refused rather than guessed at.
"""

from __future__ import annotations

import re

from .errors import InputError

_HTML_HINT = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|title)\b", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|a|br|li|ul|ol|h[1-6]|section|article|main|table|td|tr|img|script|style)\b[^<>]{0,500}>",
    re.IGNORECASE,
)
# Control bytes that never appear in text files (tab, newlines, form feed are fine).
_BINARY_BYTES = bytes(range(0, 9)) + bytes([11]) + bytes(range(14, 32))


def looks_like_html(text: str) -> bool:
    """True when the start of `text` carries HTML markup rather than prose."""
    head = text[:8192]
    if _HTML_HINT.search(head):
        return True
    return len(_HTML_TAG.findall(head)) >= 3


def decode_bytes(data: bytes, encoding: str | None = None) -> str:
    """Decode input bytes to text, or raise InputError saying what to do."""
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise InputError(
                f"input is not valid {encoding} (byte {exc.start}); try another --encoding"
            ) from None
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    sample = data[:65536]
    if sample and sum(sample.count(bytes([b])) for b in _BINARY_BYTES) > len(sample) * 0.05:
        raise InputError("input looks like a binary file, not text or HTML")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from bs4.dammit import UnicodeDammit

    # UnicodeDammit reads <meta charset> declarations, then falls back to charset detection.
    dammit = UnicodeDammit(data, is_html=looks_like_html(data[:8192].decode("latin-1")))
    if dammit.unicode_markup is None:
        raise InputError("cannot detect the input's encoding; pass --encoding")
    return dammit.unicode_markup
