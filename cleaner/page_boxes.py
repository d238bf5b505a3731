"""Box cues from an HTML page: which extracted lines sit in the same small box.

An appeal inside the article ("Before you read on... / Our reporting is free because
readers pay for it / Join 1,412 members / [Become a member]") is one element of the page:
a <div> or <aside> holding a few blocks. Its button is sure junk on its own, but its
heading and its letter read like the article's own prose, and between body paragraphs the
decision rules keep them. The page says they belong together: a line that shares a small
box with a sure appeal is part of that appeal. Plain text carries no boxes, so this cue
exists on the HTML path only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from .features import UnitInput
from .verdicts import Verdict

# Elements whose text is one line of the extracted text.
_BLOCK_TAGS = frozenset(
    {"p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "button", "figcaption", "dt", "dd"}
)
# A bare link or label between blocks is a line too (a button written as <a>).
_INLINE_BLOCKS = frozenset({"a", "span", "strong", "b", "em", "label"})
# Elements that are never a box: the page and the article itself.
_NOT_BOXES = frozenset({"html", "body", "main", "article"})
# A box holds a few blocks and a small share of the page's text (and of the extracted
# text); the article's own container holds many.
BOX_MAX_BLOCKS = 12
BOX_MAX_SHARE = 0.3
# Ancestors looked at above each block (real boxes sit a few levels up).
BOX_DEPTH = 12
# List markers trafilatura writes before an item.
_MARKERS = "-*•·–—▪► \t"

# A sure appeal: a removed line of these labels at least this sure opens its box to them.
APPEAL_LABELS = frozenset({"donation", "subscription", "newsletter"})
SURE_BOX_APPEAL = 0.9
# ... its fellows get this score (no surer than the trigger).
BOX_SCORE = 0.9
# A fellow the first pass reads as body this surely and that reports (news voice) is kept:
# a short article split into <div>s may hold a donate link beside its paragraphs.
REPORTED_BODY = 0.75


def _normal(text: str) -> str:
    return " ".join(text.split())


def _blocks(tree) -> list[tuple[object, list]]:
    """The page's line-like elements, each with its ancestors (nearest first, at most
    BOX_DEPTH): block elements not inside another block, and bare links or labels outside
    any block. One walk over the tree: walking up from every element costs twice as much."""
    from lxml import etree

    blocks = []
    open_elements: list = []
    in_block = in_inline = 0
    for event, element in etree.iterwalk(tree, events=("start", "end")):
        tag = element.tag
        if event == "start":
            if tag in _BLOCK_TAGS:
                if not in_block:
                    blocks.append((element, open_elements[: -BOX_DEPTH - 1 : -1]))
                in_block += 1
            elif tag in _INLINE_BLOCKS:
                if not in_block and not in_inline:
                    blocks.append((element, open_elements[: -BOX_DEPTH - 1 : -1]))
                in_inline += 1
            open_elements.append(element)
        else:
            open_elements.pop()
            if tag in _BLOCK_TAGS:
                in_block -= 1
            elif tag in _INLINE_BLOCKS:
                in_inline -= 1
    return blocks


def box_groups(tree) -> dict[str, int]:
    """Map the normalised text of every line that sits in a small box to the box's number.

    A box is the largest element above the line that still holds at most BOX_MAX_BLOCKS
    lines, less than BOX_MAX_SHARE of the page's line text, and not the page's <h1>. Lines
    whose text occurs in two boxes are left out (the map could not say which).
    """
    blocks = []
    counts: dict = {}
    sizes: dict = {}
    total = 0
    for block, ancestors in _blocks(tree):
        text = _normal(block.text_content())
        if not text:
            continue
        blocks.append((text, ancestors))
        total += len(text)
        for ancestor in ancestors:
            counts[ancestor] = counts.get(ancestor, 0) + 1
            sizes[ancestor] = sizes.get(ancestor, 0) + len(text)
    if not total:
        return {}
    headline_holders = {ancestor for h1 in tree.iter("h1") for ancestor in h1.iterancestors()}

    def is_box(element) -> bool:
        return (
            element.tag not in _NOT_BOXES
            and counts[element] <= BOX_MAX_BLOCKS
            and sizes[element] <= BOX_MAX_SHARE * total
            and element not in headline_holders
        )

    groups: dict[str, int] = {}
    numbers: dict = {}
    ambiguous: set[str] = set()
    for text, ancestors in blocks:
        box = None
        for ancestor in ancestors:
            if counts[ancestor] < 2:
                continue  # a wrapper around this line alone
            if not is_box(ancestor):
                break
            box = ancestor
        if box is None:
            continue
        number = numbers.setdefault(box, len(numbers))
        if groups.get(text, number) != number:
            ambiguous.add(text)
        groups[text] = number
    for text in ambiguous:
        del groups[text]
    return groups


def box_numbers(texts: Sequence[str], groups: Mapping[str, int]) -> list[int]:
    """The box number of every unit (-1: in no box)."""
    if not groups:
        return [-1] * len(texts)
    return [groups.get(_normal(text.strip(_MARKERS)), -1) for text in texts]


def spread_appeals(
    verdicts: Sequence[Verdict],
    inputs: Sequence[UnitInput],
    first_body: Sequence[float],
    groups_of: Callable[[], Mapping[str, int]],
    threshold: float,
) -> list[Verdict]:
    """Remove the kept lines that share a box with a sure appeal, as that appeal.

    `groups_of` gives the page's box_groups(); it is called only when a sure appeal is
    there to spread (on one real page in ten or twenty: reading the page's boxes costs
    a walk over the whole tree).
    """
    triggers = [
        i
        for i, (verdict, item) in enumerate(zip(verdicts, inputs))
        if verdict[0] in APPEAL_LABELS
        and verdict[1] >= SURE_BOX_APPEAL
        and any(hit.label == verdict[0] for hit in item.hits)
    ]
    if threshold > BOX_SCORE or not triggers:
        return list(verdicts)
    numbers = box_numbers([item.text for item in inputs], groups_of())
    appeals: dict[int, Verdict] = {}
    for i in triggers:
        verdict, number = verdicts[i], numbers[i]
        if number >= 0 and (number not in appeals or verdict[1] > appeals[number][1]):
            appeals[number] = verdict
    if not appeals:
        return list(verdicts)
    # A box that holds much of the text is the article (a review whose container also
    # holds the magazine's subscription offer), not an appeal inside it.
    total = sum(len(item.text) for item in inputs)
    sizes: dict[int, int] = {}
    for item, number in zip(inputs, numbers):
        if number in appeals:
            sizes[number] = sizes.get(number, 0) + len(item.text)
    appeals = {n: v for n, v in appeals.items() if sizes[n] <= BOX_MAX_SHARE * total}
    spread = []
    for verdict, item, body, number in zip(verdicts, inputs, first_body, numbers):
        appeal = appeals.get(number)
        if appeal is None or verdict[0] != "body" or (body >= REPORTED_BODY and item.news_voice):
            spread.append(verdict)
            continue
        score = min(BOX_SCORE, appeal[1])
        spread.append((appeal[0], score, verdict[2], (f"model:{verdict[2]}", "dom:appeal_box")))
    return spread
