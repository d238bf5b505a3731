"""Registry of extractors under comparison: name -> callable(html) -> plain text.

Peers are wrapped with the settings described in benchmarks/README.md; the `cleaner`
entries import the package lazily so the peers run even before it exists.
"""

from __future__ import annotations

import math
import re
import socket
import warnings
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from functools import cache, partial
from typing import Any

import justext
import lxml.html
import trafilatura
from lxml import etree
from readability import Document

from benchmarks.datasets import decode_html

Extractor = Callable[[bytes | str], str]

CLEANER_NAMES = ("cleaner", "cleaner-text")


# -------------------------------------------------------------------- trafilatura


def trafilatura_text(html: bytes | str, **options: bool) -> str:
    """trafilatura.extract with the given options ('' when it finds nothing)."""
    return trafilatura.extract(decode_html(html), **options) or ""


# ---------------------------------------------------------------------- readability

_BLOCK_TAGS = (
    "p", "div", "section", "article", "header", "footer", "aside", "blockquote", "pre",
    "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "td", "th", "figure", "figcaption",
    "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr",
)  # fmt: skip


def html_to_lines(fragment: str) -> str:
    """Text of an HTML fragment, one line per block element, blank lines dropped."""
    if not fragment.strip():
        return ""
    root = lxml.html.fromstring(fragment)
    for el in root.iter(_BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
        if el.tag != "br":
            el.text = "\n" + (el.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def readability_text(html: bytes | str) -> str:
    """readability-lxml summary converted to newline-separated text."""
    return html_to_lines(Document(decode_html(html)).summary(html_partial=True))


# --------------------------------------------------------------------------- jusText

_JUSTEXT_LANGS = {
    "af": "Afrikaans", "ar": "Arabic", "be": "Belarusian", "bg": "Bulgarian",
    "bn": "Bengali", "bs": "Bosnian", "ca": "Catalan", "cs": "Czech", "cy": "Welsh",
    "da": "Danish", "de": "German", "el": "Greek", "en": "English", "eo": "Esperanto",
    "es": "Spanish", "et": "Estonian", "eu": "Basque", "fa": "Persian", "fi": "Finnish",
    "fr": "French", "ga": "Irish", "gl": "Galician", "he": "Hebrew", "hi": "Hindi",
    "hr": "Croatian", "hu": "Hungarian", "hy": "Armenian", "id": "Indonesian",
    "is": "Icelandic", "it": "Italian", "ka": "Georgian", "kk": "Kazakh", "ko": "Korean",
    "la": "Latin", "lb": "Luxembourgish", "lt": "Lithuanian", "lv": "Latvian",
    "mk": "Macedonian", "ms": "Malay", "nb": "Norwegian_Bokmal", "nl": "Dutch",
    "nn": "Norwegian_Nynorsk", "no": "Norwegian_Bokmal", "pl": "Polish",
    "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak",
    "sl": "Slovenian", "sq": "Albanian", "sr": "Serbian", "sv": "Swedish",
    "sw": "Swahili", "ta": "Tamil", "te": "Telugu", "tl": "Tagalog", "tr": "Turkish",
    "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese",
}  # fmt: skip
_LANG_ATTR_RE = re.compile(
    r"<html[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})|"
    r"<meta[^>]+content-language[^>]+content\s*=\s*[\"']?([A-Za-z]{2,3})",
    re.IGNORECASE,
)
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*>")
_WORD_RE = re.compile(r"[^\W\d_]+")
_MIN_STOPWORD_SHARE = 0.15
_DETECT_WORDS = 5000
_NOT_STOPWORD_LOG_P = math.log(0.5 / 100_000)  # a non-stopword: half the mass, ~100k-word vocab


@cache
def _stoplists() -> dict[str, frozenset[str]]:
    return {name: justext.get_stoplist(name) for name in justext.get_stoplists()}


@cache
def _union_stoplist() -> frozenset[str]:
    return frozenset().union(*_stoplists().values())


def _declared_language(html: str) -> str | None:
    """ISO code from <html lang> or a content-language meta tag, if any."""
    match = _LANG_ATTR_RE.search(html[:20000])
    if not match:
        return None
    return (match.group(1) or match.group(2)).lower()


def detect_stoplist(text: str) -> str | None:
    """Most likely stoplist for `text`, or None when no list covers enough of its words.

    Each list is a unigram model (half the mass spread over its words, half over the rest),
    so a big noisy list (Finnish, Korean) does not win just by containing "the" and "a".
    """
    words = _WORD_RE.findall(text.lower())[:_DETECT_WORDS]
    if not words:
        return None
    best, best_score, best_share = None, -math.inf, 0.0
    for name, stoplist in _stoplists().items():
        hits = sum(w in stoplist for w in words)
        score = hits * math.log(0.5 / len(stoplist)) + (len(words) - hits) * _NOT_STOPWORD_LOG_P
        if score > best_score:
            best, best_score, best_share = name, score, hits / len(words)
    return best if best_share >= _MIN_STOPWORD_SHARE else None


def visible_text(html: str) -> str:
    """Text of a page without scripts and styles ('' if lxml cannot parse it)."""
    try:
        root = lxml.html.fromstring(_XML_DECL_RE.sub("", html, count=1))
    except (ValueError, etree.ParserError):
        return ""
    for el in list(root.iter("script", "style", "noscript")):
        el.drop_tree()
    return root.text_content()


def justext_stoplist(html: str) -> str | None:
    """Stoplist name: detected from the page text, else the declared language, else None."""
    detected = detect_stoplist(visible_text(html))
    return detected or _JUSTEXT_LANGS.get(_declared_language(html) or "")


def _justext_paragraphs(text: str, stoplist: frozenset[str], **options: float) -> str:
    paragraphs = justext.justext(text.encode("utf-8"), stoplist, encoding="utf-8", **options)
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def justext_text(html: bytes | str) -> str:
    """jusText paragraphs kept with the page's language stoplist, one per line.

    With no usable stoplist (e.g. Japanese, Chinese) it runs in jusText's documented
    language-independent mode: empty stoplist, stopword thresholds 0.
    """
    text = decode_html(html)
    name = justext_stoplist(text)
    if name is None:
        return _justext_paragraphs(text, frozenset(), stopwords_low=0, stopwords_high=0)
    return _justext_paragraphs(text, _stoplists()[name])


def justext_union_text(html: bytes | str) -> str:
    """jusText with the union of all its stoplists (language-agnostic, recall-leaning)."""
    return _justext_paragraphs(decode_html(html), _union_stoplist())


# ------------------------------------------------------------------------ newspaper4k


class NetworkBlockedError(RuntimeError):
    """Raised when an extractor tries to open a connection during a benchmark."""


@contextmanager
def no_network() -> Iterator[None]:
    """Make any socket connection attempt fail inside the block."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise NetworkBlockedError("network access attempted during extraction")

    saved = socket.socket.connect, socket.create_connection
    socket.socket.connect, socket.create_connection = refuse, refuse  # type: ignore[assignment]
    try:
        yield
    finally:
        socket.socket.connect, socket.create_connection = saved  # type: ignore[assignment]


@cache
def _newspaper_article() -> type:
    with warnings.catch_warnings():  # it warns at import that nltk (unused here) is missing
        warnings.simplefilter("ignore")
        import newspaper
    return newspaper.Article


def newspaper_text(html: bytes | str) -> str:
    """newspaper4k article text parsed from the given HTML, never downloading anything."""
    # fetch_images=False: by default parse() downloads images to pick the top one.
    article = _newspaper_article()(url="", fetch_images=False, follow_meta_refresh=False)
    with no_network():
        article.download(input_html=decode_html(html))
        article.parse()
    return article.text or ""


# ---------------------------------------------------------------------------- cleaner


def cleaner_options(
    model_path: str | None = None,
    trust_model: bool = False,
    threshold: float | None = None,
    prune_html: bool = True,
) -> dict[str, Any]:
    """Keyword arguments for `cleaner.clean`, only those the user gave."""
    options: dict[str, Any] = {}
    if not prune_html:
        options["prune_html"] = False
    if model_path:
        options["model_path"] = model_path
    if trust_model:
        options["trust_model"] = True
    if threshold is not None:
        options["threshold"] = threshold
    return options


def cleaner_status(options: Mapping[str, Any] | None = None) -> str | None:
    """None when `cleaner.clean('x')` runs, else the reason it does not."""
    try:
        _clean("x", "text", options or {})
    except Exception as exc:  # a half-written package or a missing model may fail in any way
        return f"cleaner.clean('x') fails: {type(exc).__name__}: {exc}"
    return None


def _clean(source: str, kind: str, options: Mapping[str, Any]) -> str:
    from cleaner import clean  # lazy: the package may not exist yet

    return clean(source, kind=kind, **options).text


def cleaner_html_text(html: bytes | str, options: Mapping[str, Any] | None = None) -> str:
    """cleaner on the page HTML (its own extraction, then junk removal)."""
    return _clean(decode_html(html), "html", options or {})


def cleaner_plain_text(html: bytes | str, options: Mapping[str, Any] | None = None) -> str:
    """cleaner on trafilatura's (no comments) plain-text extraction."""
    extracted = trafilatura_text(html, include_comments=False)
    return _clean(extracted, "text", options or {}) if extracted else ""


# --------------------------------------------------------------------------- registry


def build_registry(cleaner: Mapping[str, Any] | None = None) -> dict[str, Extractor]:
    """All extractors in report order; `cleaner` holds keyword arguments for `clean()`."""
    return {
        "trafilatura": trafilatura_text,
        "trafilatura-no-comments": partial(trafilatura_text, include_comments=False),
        "trafilatura-precision": partial(
            trafilatura_text, favor_precision=True, include_comments=False
        ),
        "readability-lxml": readability_text,
        "justext": justext_text,
        "justext-union": justext_union_text,
        "newspaper4k": newspaper_text,
        "cleaner": partial(cleaner_html_text, options=cleaner),
        "cleaner-text": partial(cleaner_plain_text, options=cleaner),
    }
