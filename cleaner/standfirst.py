"""The standfirst, which trafilatura leaves out when it sits above the article's body.

A page's standfirst (lead, dek, perex, chapo: the sentence or two under the headline) is
the article's own words; the contract counts it as body. Sites put it beside the
headline, above the element trafilatura recognises as the article's body
("article__body", "entry-content"), so it is not extracted. It is found by its class
name among the elements after the page's <h1>, and placed above the first printed line
when that line comes after it on the page. Of the real-page truths, the trafilatura
set's holds standfirsts and the article benchmark's mostly does not. The headline itself
stays as trafilatura gives it: both truths leave it out.
"""

from __future__ import annotations

import re

# Class names for a standfirst, in the languages sites name classes in.
_STANDFIRST_CLASS = re.compile(
    r"(?<![a-z])(?:lead|lede|standfirst|dek|deck|intro|summary|subtitle|sub-title|"
    r"subheadline|excerpt|perex|chapo|chapeau|sapo|entradilla|bajada|sottotitolo|"
    r"catenaccio|sommario|sumario|copete|ingress|ingressi|ingres|manchet|vorspann|abstract|strapline)(?:text|paragraph|para)?(?![a-z])"
)
# Words that make a "lead" something else: a lead photo, a card, a link.
_NOT_STANDFIRST = re.compile(
    r"(?<![a-z])(?:image|img|photo|media|figure|video|picture|gallery|card|link)s?(?![a-z])"
)
_UNSEEN = frozenset({"script", "style", "noscript", "template", "head"})
# A standfirst is a line or two of text, or a short list of points: no photo, form or
# script inside.
_NOT_INSIDE = ("img", "figure", "video", "picture", "form", *_UNSEEN)
_TAGS = frozenset({"p", "div", "h2", "h3", "span", "section", "header", "ul", "ol"})
# How many elements after the headline the standfirst may come (a kicker, a byline, a
# share bar may sit between).
SEARCH_ELEMENTS = 60
MIN_CHARS = 25
MAX_CHARS = 800
# The page text a standfirst is matched by.
KEY_CHARS = 60


def _collapsed(text: str) -> str:
    return " ".join(text.split())


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
    linked = sum(len(_collapsed(link.text_content())) for link in element.iter("a"))
    if 2 * linked >= len(text):
        return ()
    items = [_collapsed(item.text_content()) for item in element.iter("li")]
    return tuple(item for item in items if item) or (text,)


def find_standfirst(tree) -> tuple[tuple[str, ...], str] | None:
    """(the standfirst's lines, the page's text) for the first standfirst after the page's
    <h1>."""
    headline = next(tree.iter("h1"), None)
    if headline is None:
        return None
    seen = 0
    for element in _following(headline):
        if not isinstance(element.tag, str):
            continue
        seen += 1
        if seen > SEARCH_ELEMENTS:
            return None
        lines = _candidate(element)
        if lines:
            return lines, _page_text(tree)
    return None


def _following(element):
    """The elements after `element` in page order (its own descendants skipped)."""
    node = element
    while node is not None:
        for sibling in node.itersiblings():
            yield sibling
            yield from sibling.iterdescendants()
        node = node.getparent()


def _line_key(line: str) -> str:
    """A printed line as the page's text: list marks and spacing dropped."""
    line = _collapsed(line)
    return line[2:] if line.startswith(("- ", "* ")) else line


def insert_standfirst(
    text: str, found: tuple[tuple[str, ...], str] | None
) -> tuple[str, tuple[str, ...]]:
    """The text with the standfirst's lines above the first printed line that follows it
    on the page, and the lines so placed; unchanged when the text holds any of them
    already or when a line that follows it does not start the text."""
    if not found or not text:
        return text, ()
    standfirst, page = found
    flat = _collapsed(text)
    if any(line[:KEY_CHARS] in flat for line in standfirst):
        return text, ()
    at = page.find(standfirst[0])
    if at < 0:
        return text, ()
    lines = text.split("\n")
    # The headline (and a kicker) may be printed above: they come before it on the page.
    for n, line in enumerate(lines[:3]):
        where = page.find(_line_key(line)[:KEY_CHARS])
        if where < 0:
            return text, ()
        if where > at:
            return "\n".join([*lines[:n], *standfirst, *lines[n:]]), standfirst
    return text, ()
