"""Turn raw input into text: decode bytes, tell HTML from plain text.

Decoding order: explicit encoding, BOM, UTF-8 (a stray invalid byte is kept as its
Windows-1252 character, never allowed to garble the rest), the HTML meta charset, then
charset detection on a sample; binary data is refused rather than guessed at.
"""

from __future__ import annotations

import codecs
import re

from .errors import InputError

_HTML_HINT = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|title)\b", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|a|br|li|ul|ol|h[1-6]|section|article|main|table|td|tr|img|script|style)\b[^<>]{0,500}>",
    re.IGNORECASE,
)
# Control bytes that never appear in text files (tab, newlines, form feed are fine).
_BINARY_BYTES = bytes(range(0, 9)) + bytes([11]) + bytes(range(14, 32))
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Bytes a UTF-8 decoder rejects come back as lone surrogates under "surrogateescape".
_ESCAPED = re.compile("[\udc80-\udcff]")
# Windows-1252, with its five unassigned bytes taken as Latin-1: every byte has a character.
_BYTE_CHARS = tuple(
    bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b)
    for b in range(256)
)
_NON_ASCII_RUN = re.compile(rb"[\x80-\xff]+")
# The HTML spec puts the charset declaration in the first 1024 bytes; allow some slack.
DECLARATION_BYTES = 4096
DETECTION_SAMPLE = 65536
MARGIN = 40  # ASCII context kept around each non-ASCII run for the detector


def looks_like_html(text: str) -> bool:
    """True when the start of `text` carries HTML markup rather than prose."""
    head = text[:8192]
    if _HTML_HINT.search(head):
        return True
    return len(_HTML_TAG.findall(head)) >= 3


def decode_bytes(data: bytes, encoding: str | None = None) -> str:
    """Decode input bytes to text, or raise InputError saying what to do."""
    if encoding:
        return _decode_explicit(data, encoding)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_with_fallback(data[len(bom) :], codec)
    utf16 = _bomless_utf16(data[:DETECTION_SAMPLE])
    if utf16:
        text = _decode_with_fallback(data, utf16)
        if not _mostly_control(text[: DETECTION_SAMPLE // 2].encode("latin-1", "replace")):
            return text
    if _mostly_control(data[:DETECTION_SAMPLE]):
        raise InputError("input looks like a binary file, not text or HTML")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="surrogateescape")
    # Each rejected byte became one surrogate; everything else re-encodes to its own bytes.
    invalid = len(data) - len(text.encode("utf-8", errors="ignore"))
    valid = len(text) - len(text.encode("ascii", errors="ignore")) - invalid
    if invalid <= valid:
        # Mostly UTF-8 with a few stray bytes (a Latin-1 "ï" in a UTF-8 page): keep the UTF-8
        # and give each stray byte its own character, so nothing is garbled and none is lost.
        return _ESCAPED.sub(lambda m: _BYTE_CHARS[ord(m.group()) - 0xDC00], text)
    head = data[:DECLARATION_BYTES].decode("latin-1")
    if looks_like_html(head):
        declared = _declared_encoding(data[:DECLARATION_BYTES])
        if declared:
            try:
                return data.decode(declared)
            except UnicodeDecodeError:
                pass  # a wrong declaration: fall through to detection
    return _decode_with_fallback(data, _detect(data))


def _mostly_control(sample: bytes) -> bool:
    return sum(sample.count(bytes([b])) for b in _BINARY_BYTES) > len(sample) * 0.05


def _decode_explicit(data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as exc:
        raise InputError(
            f"input is not valid {encoding} (byte {exc.start}); try another --encoding"
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


def _decode_with_fallback(data: bytes, codec: str) -> str:
    """Decode with `codec`; bytes it rejects become their Windows-1252 characters."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return data.decode(codec, errors="cleaner.bytes-as-cp1252")
    except LookupError:
        return data.decode("utf-8", errors="cleaner.bytes-as-cp1252")


def _bytes_as_cp1252(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return "".join(_BYTE_CHARS[b] for b in bad), exc.end


codecs.register_error("cleaner.bytes-as-cp1252", _bytes_as_cp1252)


def _bomless_utf16(sample: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII-heavy text then has a zero byte in every other place."""
    half = len(sample) // 2
    if half < 8:
        return None
    even, odd = sample[0 : 2 * half : 2].count(0), sample[1 : 2 * half : 2].count(0)
    if odd > half * 0.4 and even < half * 0.02:
        return "utf-16-le"
    if even > half * 0.4 and odd < half * 0.02:
        return "utf-16-be"
    return None


def _declared_encoding(head: bytes) -> str | None:
    """The charset an HTML page declares (<meta charset>, http-equiv or XML declaration)."""
    from bs4.dammit import EncodingDetector

    declared = EncodingDetector.find_declared_encoding(head, is_html=True)
    if not declared:
        return None
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        return None
    # A page that declares UTF-8 but is not valid UTF-8 has lied: detect instead.
    return None if name == "utf-8" else name


def _detect(data: bytes) -> str:
    """Guess a legacy encoding from the non-ASCII parts of `data` (detectors read only
    those, and reading 50 MB whole would take minutes)."""
    from bs4.dammit import EncodingDetector

    pieces: list[bytes] = []
    size = 0
    start = end = -1
    for match in _NON_ASCII_RUN.finditer(data):
        # Runs closer than the margin share a window, so a window starts and ends in ASCII.
        if end >= 0 and match.start() - MARGIN <= end and match.end() - start < DETECTION_SAMPLE:
            end = match.end() + MARGIN
            continue
        if end >= 0:
            pieces.append(data[start : min(end, match.start())])
            size += len(pieces[-1])
            if size >= DETECTION_SAMPLE:
                break
        start, end = max(match.start() - MARGIN, 0), match.end() + MARGIN
    else:
        if end >= 0:
            pieces.append(data[start:end])
    # One run longer than the sample (text with no ASCII at all) is cut mid-way.
    sample = b"\n".join(piece[:DETECTION_SAMPLE] for piece in pieces)
    # The detector's candidates, best first (its charset guess, then Windows-1252): the
    # first one that reads the sample cleanly wins. UnicodeDammit itself would also log
    # warnings to stderr, which the one-line error rule forbids.
    for candidate in EncodingDetector(sample, exclude_encodings=["utf-8"]).encodings:
        try:
            # Incremental: a multi-byte character cut at the sample's end is no error.
            codecs.getincrementaldecoder(candidate)().decode(sample, final=False)
        except (UnicodeDecodeError, LookupError):
            continue
        return candidate
    return "cp1252"
