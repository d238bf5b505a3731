"""Photo captions, which trafilatura drops with every <figure>.

A caption is the article's own words (the contract removes only its credit, as `meta`),
but trafilatura leaves every figure out of the text. Moving captions out of their figures
before extraction is no cure: the moved text changes which container trafilatura picks
(an affiliate box's caption became a page's whole article). So the tree goes to
trafilatura untouched, and each caption comes back afterwards, as a line of its own,
where its figure stood: between the two lines the extraction printed on either side of
it. A figure whose neighbours were not both extracted sat outside the article's text (a
teaser grid, a sidebar), and its caption stays out. So does a lead photo's caption above
the first line: the real-page benchmarks' truths leave captions out, and placing lead
captions too cost the trafilatura set 8 more `without` snippets for a small gain on the
HTML dev sets.
"""

from __future__ import annotations

import re
from copy import deepcopy
from dataclasses import dataclass

from .kept_boxes import CREDIT_CLASS, CREDIT_MAX_CHARS, CREDIT_TAGS
from .page_layout import HEADING_TAGS, mostly_links, text_size
from .prune import remove_keeping_tail, short_text
from .records import Removal

# Blocks whose text the extraction prints as lines of their own.
_TEXT_BLOCKS = ("p", "li", "blockquote", "pre", "dd", "td", *HEADING_TAGS)
_LINE_BREAKING = frozenset(
    {"br", "p", "div", "li", "ul", "ol", "table", "blockquote", *HEADING_TAGS}
)
_SKIPPED = frozenset({"figure", "script", "style", "noscript", "template"})
# How far up the tree to look for the text beside a figure (it often sits in a wrapper
# of its own: <div class="wp-block-image"><figure>...).
NEIGHBOUR_LEVELS = 4
# The end of the line above and the start of the line below that place a caption.
ANCHOR_CHARS = 40


@dataclass(frozen=True)
class Caption:
    """A figure's caption as lines, with the text just above and just below its figure."""

    lines: tuple[str, ...]
    before: str
    after: str
    left_out: tuple[Removal, ...] = ()  # its credit, screen-reader labels


def _collapsed(text: str) -> str:
    return " ".join(text.split())


def _teaser_caption(caption) -> bool:
    """A card's caption, not a photo's: inside a link, holding a heading, or mostly the
    text of its links."""
    if any(ancestor.tag == "a" for ancestor in caption.iterancestors()):
        return True
    # (A teaser card is often a <figure> too: its caption is another story's headline.)
    if next(caption.iter(*HEADING_TAGS), None) is not None:
        return True
    return mostly_links(caption, text_size(caption))


def _caption_lines(caption) -> tuple[str, ...]:
    """The caption's text, a line per <br> or block inside it."""
    copy = deepcopy(caption)
    copy.tail = None
    for element in copy.iterdescendants():
        if element.tag in _LINE_BREAKING:
            element.tail = "\n" + (element.tail or "")
    return tuple(
        line for line in (_collapsed(part) for part in copy.text_content().split("\n")) if line
    )


def _block_text(element, last: bool) -> str:
    """The text of the last (or first) line-sized block in an element, or its whole text;
    text inside a figure does not count (a gallery's captions sit beside each other)."""
    blocks = [
        text
        for text in (
            _collapsed(block.text_content())
            for block in element.iter(*_TEXT_BLOCKS)
            if not any(ancestor.tag == "figure" for ancestor in block.iterancestors())
        )
        if text
    ]
    if blocks:
        return blocks[-1] if last else blocks[0]
    if next(element.iter("figure"), None) is not None:
        return ""
    return _collapsed(element.text_content())


def _neighbour(figure, preceding: bool) -> str:
    """The text of the nearest block above (or below) the figure, other figures skipped."""
    node = figure
    for _level in range(NEIGHBOUR_LEVELS):
        for sibling in node.itersiblings(preceding=preceding):
            if not isinstance(sibling.tag, str) or sibling.tag in _SKIPPED:
                continue
            text = _block_text(sibling, last=preceding)
            if text:
                return text
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            break
    return ""


# Inside a caption, a label only screen readers get ("Image caption", which the page hides
# off screen) is ui.
_HIDDEN_CLASS = re.compile(
    r"off-?screen|visually-?hidden|screen-?reader|sr-only|hidden-?text|a11y", re.I
)


def _leftovers(caption) -> list[tuple]:
    """(element, label, reason, text) for a caption's credit (by its class name) and its
    labels for screen readers: the parts of a caption that are not its words."""
    found: list[tuple] = []
    for element in caption.iterdescendants(*CREDIT_TAGS):
        if any(element in outer.iterdescendants() for outer, *_ in found):
            continue
        names = element.get("class") or ""
        if _HIDDEN_CLASS.search(names):
            found.append((element, "ui", "dom:hidden_label", _collapsed(element.text_content())))
        elif CREDIT_CLASS.search(names):
            text = short_text(element, CREDIT_MAX_CHARS)
            if text:
                found.append((element, "meta", "dom:caption_credit", text))
    return found


def find_captions(
    tree, keep: frozenset[str] = frozenset(), prune_leftovers: bool = True
) -> list[Caption]:
    """The page's photo captions in page order, each with the parts left out of it.

    A caption's credit and its labels for screen readers are left out and listed (with no
    offsets, as parts pruned before extraction) unless their label is kept or
    `prune_leftovers` is off; then they stay as lines of the caption for the cleaner."""
    captions: list[Caption] = []
    for figure in tree.iter("figure"):
        found = [
            caption for caption in figure.iter("figcaption") if _collapsed(caption.text_content())
        ]
        if len(found) != 1 or _teaser_caption(found[0]):
            continue
        before, after = _neighbour(figure, preceding=True), _neighbour(figure, preceding=False)
        if not before or not after:
            continue
        caption = deepcopy(found[0])
        removed: list[Removal] = []
        for element, label, reason, text in _leftovers(caption) if prune_leftovers else ():
            if label in keep:
                continue
            if text:
                removed.append(Removal(None, None, label, text, score=0.9, reasons=(reason,)))
            remove_keeping_tail(element)
        lines = _caption_lines(caption)
        if lines:
            captions.append(
                Caption(lines, before[-ANCHOR_CHARS:], after[:ANCHOR_CHARS], tuple(removed))
            )
    return captions


def _line_key(line: str) -> str:
    """A printed line as the page's text: list marks and spacing dropped."""
    line = _collapsed(line)
    return line[2:] if line.startswith(("- ", "* ")) else line


def _place(keys: list[str], caption: Caption) -> int | None:
    """The index of the printed line the caption's figure stood under, or None."""
    for n in range(len(keys) - 1):
        if keys[n].endswith(caption.before) and keys[n + 1].startswith(caption.after):
            return n
    return None


def insert_captions(text: str, captions: list[Caption]) -> tuple[str, list[Caption]]:
    """The extracted text with each caption on lines of its own where its figure stood,
    and the captions so placed. A caption whose place is not found, or that the text
    already holds, stays out."""
    if not captions or not text:
        return text, []
    lines = text.split("\n")
    keys = [_line_key(line) for line in lines]
    present = set(keys)
    following: dict[int, list[str]] = {}
    placed: list[Caption] = []
    for caption in captions:
        if any(line in present for line in caption.lines):
            continue
        n = _place(keys, caption)
        if n is not None:
            following.setdefault(n, []).extend(caption.lines)
            placed.append(caption)
    if not placed:
        return text, []
    out: list[str] = []
    for n, line in enumerate(lines):
        out.append(line)
        out.extend(following.get(n, ()))
    return "\n".join(out), placed
