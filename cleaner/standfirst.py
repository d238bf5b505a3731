"""The standfirst, which trafilatura leaves out when it sits above the article's body.

A page's standfirst (lead, dek, perex, chapo, a German site's "teaser": the sentence or
two under the headline) is the article's own words; the contract counts it as body.
Sites put it beside the headline, above the element trafilatura recognises as the
article's body ("article__body", "entry-content"), so it is not extracted. It is found by
its class name among the elements after the page's <h1>, and placed above the first
printed line when that line comes after it on the page. Of the real-page truths, the
trafilatura set's holds standfirsts and the article benchmark's mostly does not. The
headline itself stays as trafilatura gives it: both truths leave it out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .figures import _collapsed, _line_key
from .page_layout import mostly_links

# Class names for a standfirst, in the languages sites name classes in.
_STANDFIRST_CLASS = re.compile(
    r"(?<![a-z])(?:lead|lede|standfirst|dek|deck|intro|summary|subtitle|sub-title|"
    r"subheadline|excerpt|abstract|strapline|preface|description|teaser|"
    r"perex|chapo|chapeau|sapo|entradilla|bajada|sumario|copete|sottotitolo|catenaccio|"
    r"sommario|ingress|ingressi|ingres|manchet|vorspann)(?:text|paragraph|para)?(?![a-z])"
)
# Words that make a "lead" something else: a lead photo, a card, a link, the intro's byline
# ("page-intro__author") or share row.
_NOT_STANDFIRST = re.compile(
    r"(?<![a-z])(?:image|img|photo|media|figure|video|picture|gallery|card|link|author|byline|"
    r"date|time|meta|share|social|tag)s?(?![a-z])"
)
_UNSEEN = frozenset({"script", "style", "noscript", "template", "head"})
# A standfirst is a line or two of text, or a short list of points: no photo, form or
# script inside.
_NOT_INSIDE = ("img", "figure", "video", "picture", "form", *_UNSEEN)
_TAGS = frozenset({"p", "div", "h2", "h3", "span", "section", "header", "ul", "ol"})
# How many elements after the headline the standfirst may come (a kicker, a byline, a
# share bar may sit between).
SEARCH_ELEMENTS = 150
MIN_CHARS = 25
MAX_CHARS = 1200
# A subtitle and a lead paragraph may both sit under the headline, a few elements apart
# (a byline, a photo between).
MAX_PARTS = 3
PART_GAP = 12
# The page text a standfirst is matched by.
KEY_CHARS = 60


def _page_text(tree) -> str:
    """The page's visible text in page order, white space collapsed."""
    from lxml import etree

    pieces: list[str] = []
    hidden = 0
    for event, element in etree.iterwalk(tree, events=("start", "end")):
        unseen = element.tag in _UNSEEN
        if event == "start":
            hidden += unseen
            if not hidden and element.text and isinstance(element.tag, str):
                pieces.append(element.text)
        else:
            hidden -= unseen
            if not hidden and element.tail:
                pieces.append(element.tail)
    return _collapsed(" ".join(pieces))


def _class_names(element) -> str:
    return " ".join(filter(None, (element.get("class"), element.get("id")))).lower()


def _candidate(element) -> tuple[str, ...]:
    """The element's lines (a line per list item) when its class names it a standfirst."""
    if element.tag not in _TAGS:
        return ()
    names = _class_names(element)
    if not names or not _STANDFIRST_CLASS.search(names) or _NOT_STANDFIRST.search(names):
        return ()
    if next(element.iter(*_NOT_INSIDE), None) is not None:
        return ()
    text = _collapsed(element.text_content())
    if not MIN_CHARS <= len(text) <= MAX_CHARS:
        return ()
    if mostly_links(element, len(text)):
        return ()
    if element.tag in ("ul", "ol"):
        items = [_collapsed(item.text_content()) for item in element.iter("li")]
        return tuple(item for item in items if item)
    if next(element.iter("ul", "ol"), None) is not None:
        return ()  # a list beside the text (a date, share links): its own parts are looked at
    return (text,)


# A site's logo or a label for screen readers ("Navigation") may be an <h1> too.
_NOT_HEADLINE = re.compile(r"hidden|sr-only|screen-?reader|accessib|logo|brand")
HEADLINE_MIN_CHARS = 12
_HEADLINE_CLASS = re.compile(r"(?<![a-z])(?:headline|title)(?![a-z])")


def _headline(h1) -> bool:
    """Whether an <h1> reads as the page's headline: long enough, not a logo or a label."""
    if _NOT_HEADLINE.search(_class_names(h1)):
        return False
    return len(_collapsed(h1.text_content())) >= HEADLINE_MIN_CHARS


@dataclass(frozen=True)
class Standfirst:
    """The standfirst's parts (a part's lines: one, or a line per point of a list) in page
    order, and the page's text they are placed by."""

    parts: tuple[tuple[str, ...], ...]
    page: str


def find_standfirst(tree) -> Standfirst | None:
    """The standfirst under the page's headline: up to MAX_PARTS elements whose class names
    one (a subtitle and a lead paragraph may both follow the headline)."""
    headlines = list(tree.iter("h1"))
    # (A page whose only <h1> is its logo has its headline just below that.)
    headline = next(filter(_headline, headlines), headlines[0] if headlines else None)
    if headline is None:
        # A page without an <h1> may name its headline by class or microdata
        # ("news-title", itemprop="headline").
        headline = next(
            (
                heading
                for heading in tree.iter("h2", "h3")
                if _HEADLINE_CLASS.search(f"{_class_names(heading)} {heading.get('itemprop', '')}")
                and _headline(heading)
            ),
            None,
        )
    if headline is None:
        return None
    parts: list[tuple[str, ...]] = []
    taken: list = []
    seen = last = 0
    for element in _following(headline):
        if not isinstance(element.tag, str) or any(
            ancestor in taken for ancestor in element.iterancestors()
        ):
            continue
        seen += 1
        # The parts sit together under the headline: past a gap, a "teaser" or "summary"
        # is another story's card or a box.
        if seen > SEARCH_ELEMENTS or (parts and seen - last > PART_GAP):
            break
        lines = _candidate(element)
        if lines:
            parts.append(lines)
            taken.append(element)
            last = seen
            if len(parts) == MAX_PARTS:
                break
    return Standfirst(tuple(parts), _page_text(tree)) if parts else None


def _following(element):
    """The elements after `element` in page order (its own descendants skipped)."""
    node = element
    while node is not None:
        for sibling in node.itersiblings():
            yield sibling
            yield from sibling.iterdescendants()
        node = node.getparent()


def insert_standfirst(text: str, found: Standfirst | None) -> tuple[str, tuple[str, ...]]:
    """The text with the standfirst's lines above the first printed line that follows
    them on the page, and the lines so placed. A part the text holds already, or that
    comes after that line, stays out; so does everything when no line that follows the
    standfirst starts the text."""
    if not found or not text:
        return text, ()
    flat = _collapsed(text)
    parts = [
        (at, part)
        for part in found.parts
        if not any(line[:KEY_CHARS] in flat for line in part)
        and (at := found.page.find(part[0])) >= 0
    ]
    if not parts:
        return text, ()
    lines = text.split("\n")
    # The headline (and a kicker) may be printed above: they come before it on the page.
    for n, line in enumerate(lines[:3]):
        where = found.page.find(_line_key(line)[:KEY_CHARS])
        if where < 0:
            return text, ()
        if where > parts[0][0]:
            placed = tuple(line for at, part in sorted(parts) if at < where for line in part)
            return "\n".join([*lines[:n], *placed, *lines[n:]]), placed
    return text, ()
