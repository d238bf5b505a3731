"""The HTML path: parse the page, prune appeal containers, sign-up forms and share rows
(prune.py), keep the boxes the story needs (kept_boxes.py), mark where the article sits
(page_layout.py), then extract it with trafilatura.

Pruned containers are reported (without offsets) so nothing disappears unrecorded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .kept_boxes import keep_card_text, keep_fact_boxes, keep_widget_tables, split_inline_credits
from .page_layout import HEADING_TAGS, join_split_containers, mark_article, unwrap_layout_tables
from .prune import prune
from .records import Removal


@dataclass(frozen=True)
class Extraction:
    text: str
    pruned: tuple[Removal, ...]
    # Texts of the page's links (see links.py): a cue for teaser lists.
    links: frozenset[str] = frozenset()


# Lone surrogates end lxml's parse early and control characters make it refuse strings:
# neither belongs in an HTML page, so they become U+FFFD before parsing.
_CONTROL = "".join(map(chr, [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)]))
_UNPARSABLE = re.compile("[\ud800-\udfff" + re.escape(_CONTROL) + "]")
# The same control characters as UTF-8 bytes (no multi-byte sequence holds one).
_CONTROL_BYTES = _CONTROL.encode("ascii")


def parse_html(html: str):
    """Parse with lxml allowing deep trees (libxml2 otherwise drops everything past
    depth 255); fall back to trafilatura's loader for what lxml refuses."""
    import lxml.html
    import trafilatura

    if _unparsable(html):
        html = _UNPARSABLE.sub("\ufffd", html)
    try:
        parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True)
        tree = lxml.html.fromstring(html, parser=parser)
        if tree is not None and len(tree):
            return tree
    except (ValueError, TypeError, lxml.etree.ParserError, lxml.etree.XMLSyntaxError):
        pass
    return trafilatura.load_html(html)


def _unparsable(html: str) -> bool:
    """Whether the page holds a lone surrogate or a control character; the C-level
    encode and translate take a third of the time of a regex search on a big page."""
    try:
        data = html.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return True
    return len(data.translate(None, _CONTROL_BYTES)) != len(data)


# trafilatura drops every character str.isprintable() rejects, and with them the joiners:
# Persian writes "می‌شود" with a zero-width non-joiner (without it the letters join into
# another spelling), Indic scripts and emoji sequences use the zero-width joiner. They
# pass through extraction as two rare printable stand-ins.
_JOINERS = {"\u200c": "\u2bd1", "\u200d": "\u2bd2"}
_STAND_INS = str.maketrans(_JOINERS)
_RESTORE_JOINERS = str.maketrans({stand_in: joiner for joiner, stand_in in _JOINERS.items()})
_JOINER_MARKS = ("\u200c", "\u200d", "&zwnj;", "&zwj;", "&#8204;", "&#8205;", "&#x200")


def _protect_joiners(html: str, tree) -> bool:
    """Swap the joiners in the tree's text for their stand-ins; False when the page has no
    joiner (most pages: a substring test) or already holds a stand-in."""
    if not any(mark in html for mark in _JOINER_MARKS) or any(
        stand_in in html for stand_in in _JOINERS.values()
    ):
        return False
    for element in tree.iter():
        if element.text:
            element.text = element.text.translate(_STAND_INS)
        if element.tail:
            element.tail = element.tail.translate(_STAND_INS)
    return True


# trafilatura drops every <time> element. Inside a line of text it is that line's own
# words: a live entry's stamp ("<p><time>38. min</time> Johnson's three from the
# corner!</p>", "<h3><time>4.18pm</time> Market wrap ...</h3>") or a date in a sentence.
# There it becomes a <span>, which trafilatura keeps. A <time> standing alone (a byline's
# date beside its name) is left to go.
_TIME_LINES = frozenset({"p", *HEADING_TAGS, "li", "dd", "td", "figcaption"})


def keep_inline_times(tree) -> None:
    """Retag each <time> inside a line of text that has words beside it as <span>."""
    for time in list(tree.iter("time")):
        line = time.getparent()
        if line is None or line.tag not in _TIME_LINES:
            continue
        stamp = " ".join(time.text_content().split())
        if stamp and len(" ".join(line.text_content().split())) > len(stamp):
            time.tag = "span"
            # A stamp set off by layout alone ("<time>4.18pm</time>Market wrap") keeps
            # a space from the words after it; punctuation stays where it is.
            tail = time.tail or ""
            if not tail or tail[0].isalnum():
                time.tail = " " + tail


# trafilatura writes a list item as one line. A list whose every item opens with a heading
# and goes on below it (a listicle's picks, a guide's steps: "<li><h3>2. Lay the
# tiles</h3><p>Start in the corner ...</p></li>") is a run of sections, and as one line
# each heading would be glued to its paragraph. Such a list's items are unwrapped.
def _opens_with_heading(item) -> bool:
    """Whether a list item is a heading with more below it, and nothing before it. (Not a
    heading that is a link: a list of teasers, each a linked headline and its summary,
    stays a list.)"""
    children = [child for child in item if isinstance(child.tag, str)]
    return (
        len(children) >= 2
        and children[0].tag in HEADING_TAGS
        and next(children[0].iter("a"), None) is None
        and not (item.text or "").strip()
        and any(" ".join(child.text_content().split()) for child in children[1:])
    )


def unwrap_sectioned_lists(tree) -> None:
    """Unwrap each list whose items are all a heading and what follows it (see above)."""
    for listing in list(tree.iter("ol", "ul")):
        items = [child for child in listing if isinstance(child.tag, str)]
        if len(items) < 2 or any(
            item.tag != "li" or not _opens_with_heading(item) for item in items
        ):
            continue
        for item in items:
            item.drop_tag()
        listing.drop_tag()


def _prepared_tree(html: str, prune_appeals: bool, keep: frozenset[str]):
    """The page as trafilatura gets it: parsed, appeals pruned (listed), layout tables
    unwrapped, the article's container marked. (None, []) when nothing parses."""
    tree = parse_html(html)
    if tree is None:
        return None, []
    pruned = prune(tree, keep) if prune_appeals else []
    unwrap_layout_tables(tree)
    keep_widget_tables(tree)
    keep_fact_boxes(tree)
    keep_card_text(tree)
    split_inline_credits(tree)
    keep_inline_times(tree)
    unwrap_sectioned_lists(tree)
    join_split_containers(tree)
    mark_article(tree)
    return tree, pruned


def extract(
    html: str,
    prune_appeals: bool = True,
    comments: bool = False,
    precision: bool = False,
    keep: frozenset[str] = frozenset(),
) -> Extraction:
    """Extract the article text from HTML (trafilatura), optionally pruning appeals first."""
    import trafilatura

    from .figures import find_captions, insert_captions
    from .links import link_texts
    from .standfirst import find_standfirst, insert_standfirst

    tree, pruned = _prepared_tree(html, prune_appeals, keep)
    if tree is None:
        return Extraction(text="", pruned=())
    links = link_texts(tree)
    captions = find_captions(tree, keep, prune_leftovers=prune_appeals)
    standfirst = find_standfirst(tree)
    protected = _protect_joiners(html, tree)
    text = trafilatura.extract(
        tree,
        include_comments=comments,
        favor_precision=precision,
        include_tables=True,
        deduplicate=False,
        with_metadata=False,
    )
    if text and protected:
        text = text.translate(_RESTORE_JOINERS)
    if text:
        text, placed = insert_captions(text, captions)
        text, _placed = insert_standfirst(text, standfirst)
        pruned += [part for caption in placed for part in caption.left_out]
    else:
        # Nothing article-like found: fall back to all visible text rather than lose it.
        text = trafilatura.html2txt(html) or ""
    return Extraction(text=text, pruned=tuple(pruned), links=links)


def page_box_groups(
    html: str, prune_appeals: bool = True, keep: frozenset[str] = frozenset()
) -> dict[str, int]:
    """The page's small boxes (page_boxes.box_groups) as extract() saw the page: parsed,
    pruned, its layout tables unwrapped and its container marked the same way. Parsing
    again costs less than keeping every page's tree until its lines are decided: few
    pages need their boxes."""
    from .page_boxes import box_groups

    tree, _pruned = _prepared_tree(html, prune_appeals, keep)
    return {} if tree is None else box_groups(tree)
