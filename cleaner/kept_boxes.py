"""Boxes trafilatura would drop that belong to the story: a table of figures among its
paragraphs, fact boxes, a card's own text, and a credit written inside a caption split
off as a line of its own.
"""

from __future__ import annotations

import re

from .page_layout import same_kind_siblings, text_size
from .prune import short_text, value_cue

# trafilatura drops every element whose class or id says "widget", as an ad's. A story's
# data table may sit in such a box: an election's results, a budget's figures, a poll's
# rows ("<div class="results-widget"><table>..."). A box that holds a table of rows and
# stands among the story's paragraphs loses the word (the cleaner reads what it holds
# besides the table: its buttons and notes).
_WIDGET = re.compile(r"widget", re.I)
WIDGET_TABLE_ROWS = 3
WIDGET_PROSE_CHARS = 100  # a paragraph beside the box
WIDGET_PROSE_PARAGRAPHS = 2


# A story's paragraphs may sit in sections of their own ("<section><h2>Day 2</h2><p>...")
# with the box between them, not beside it. (Not in a <div>: a page's sidebar box stands
# beside the <div> that holds the whole article.)
_PROSE_SECTIONS = frozenset({"section"})


def _beside_prose(box) -> bool:
    """Whether the box stands among the story's prose paragraphs: its siblings, or the
    paragraphs of its sibling sections."""
    parent = box.getparent()
    if parent is None:
        return False
    prose = 0
    for sibling in parent:
        if sibling is box:
            continue
        if sibling.tag in _PROSE_SECTIONS:
            paragraphs = [child for child in sibling if child.tag == "p"]
        else:
            paragraphs = [sibling] if sibling.tag == "p" else []
        prose += sum(text_size(p) >= WIDGET_PROSE_CHARS for p in paragraphs)
        if prose >= WIDGET_PROSE_PARAGRAPHS:
            return True
    return False


def _widget_names(element) -> list[str]:
    """The attributes (class, id) of `element` that say "widget"."""
    return [name for name in ("class", "id") if _WIDGET.search(element.get(name) or "")]


def keep_widget_tables(tree) -> None:
    """Rename the widget boxes that hold a story's data table (see _WIDGET)."""
    for table in list(tree.iter("table")):
        if len(table.xpath(".//tr")) < WIDGET_TABLE_ROWS:
            continue
        named = [element for element in (table, *table.iterancestors()) if _widget_names(element)]
        if not named or not _beside_prose(named[-1]):
            continue
        for element in named:
            for name in _widget_names(element):
                element.set(name, _WIDGET.sub("box", element.get(name)))


# A story's fact box ("Key findings", "Fakta: Skærvig Rev", the warning levels by region)
# is often an <aside> between its paragraphs, and trafilatura drops every <aside>. One that
# sits beside the story's prose, holds a list or a few short paragraphs, is no row of links
# and carries no appeal's class (pruned before) becomes a <div>: the cleaner then decides
# its lines as it does the rest of the article.
FACT_BOX_MAX_CHARS = 1500
_BOX_LINES = ("p", "li", "h2", "h3", "h4", "a", "button", "strong", "b", "span", "div", "small")
_BOX_JUNK = frozenset({"donation", "subscription", "newsletter", "promo", "social", "related"})


def _box_shape(aside) -> bool:
    """A list (its items or a definition list's), a table's rows, two paragraphs, or a
    heading over a paragraph of prose ("Getting there" and how)."""
    if aside.find(".//li") is not None or aside.find(".//dd") is not None:
        return True
    if len(aside.findall(".//tr")) >= 2 or len(aside.findall(".//p")) >= 2:
        return True
    headed = any(aside.find(f".//{level}") is not None for level in ("h2", "h3", "h4"))
    return headed and any(text_size(p) >= WIDGET_PROSE_CHARS for p in aside.iter("p"))


def _fact_box(aside) -> bool:
    """Whether an <aside> is the story's fact box (see above), not an appeal or teasers."""
    size = text_size(aside)
    if not size or size > FACT_BOX_MAX_CHARS or not _beside_prose(aside):
        return False
    if aside.find(".//form") is not None or aside.find(".//iframe") is not None:
        return False
    links = list(aside.iter("a"))
    if sum(len(link.text_content() or "") for link in links) * 2 > size:
        return False
    if not _box_shape(aside):
        return False
    # An appeal, an ad or a teaser box whose class names nothing says so in its links'
    # targets ("/membership") or in its lines.
    for link in links:
        cue = value_cue(link.get("href") or "")
        if cue and cue[0] in _BOX_JUNK:
            return False
    from .rules import rule_hits  # (lazily: the rules compile the word lists)

    # Nested blocks often hold the same words (a <p> and its one <span>): each text once.
    texts = {" ".join(block.text_content().split()) for block in aside.iter(*_BOX_LINES)}
    return not any(hit.label in _BOX_JUNK for text in texts if text for hit in rule_hits(text))


def keep_fact_boxes(tree) -> None:
    """Retag the story's fact boxes (see _fact_box) from <aside> to <div>."""
    for aside in list(tree.iter("aside")):
        if _fact_box(aside):
            aside.tag = "div"


# A card of the story's own list (a hotel with its address and price, a product with its
# maker and price) often ends in a shop's or a booking site's button link ("Book now",
# "Buy at Mora €49"). trafilatura deletes a short block with a link and three children as
# a link row, and the card's words go with it: short cards in languages that need few
# characters (Chinese, Korean) lose all of theirs. A card whose links are only such short
# buttons, beside the story's prose, gets them as plain words: the cleaner then judges the
# button (a shop button is furniture) and the card's lines each on their own.
CARD_MAX_CHARS = 200
CARD_BUTTON_CHARS = 30
_CARD_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _card_buttons(card, in_series: bool) -> list:
    """The button links of a story's card (see above), or [] when it is no such card.
    `in_series`: a sibling of the same tag and class is there too."""
    links = list(card.iter("a"))
    if not links or len(links) > 2 or text_size(card) > CARD_MAX_CHARS:
        return []
    if any(link.getparent() is not card for link in links):
        return []  # a linked title or a link in a sentence: a teaser's or the text's
    sizes = [text_size(link) for link in links]
    if max(sizes) > CARD_BUTTON_CHARS:
        return []
    words = [child for child in card if child.tag in ("p", *_CARD_HEADINGS)]
    if not words or sum(text_size(child) for child in words) < 2 * sum(sizes):
        return []
    parent = card.getparent()
    if parent is None:
        return []
    # One of a series (a lone box with a price and a button is a shop's advert)
    if not in_series:
        return []
    return links if _beside_prose(card) or _beside_prose(parent) else []


def keep_card_text(tree) -> None:
    """Give a story's cards their button links as plain words (see _card_buttons)."""
    cards = list(tree.iter("div", "li"))
    # (The series are found in one pass: a page of many cards stays linear.)
    in_series = {
        card for series in same_kind_siblings(cards).values() if len(series) >= 2 for card in series
    }
    for card in cards:
        for link in _card_buttons(card, card in in_series):
            link.tag = "span"


# Inline elements that hold a caption's credit, and the blocks that hold a caption.
CREDIT_TAGS = ("span", "i", "em", "small", "cite", "b", "strong", "font")
_CAPTION_HOLDERS = frozenset({"p", "figcaption", "div", "li", "td"})
CREDIT_CLASS = re.compile(r"credit|copyright|photographer|fotograf|byline|autor|author", re.I)
_CREDIT_REASONS = frozenset({"photo_credit", "credit", "byline", "meta_cue", "copyright"})
CREDIT_MAX_CHARS = 80
CAPTION_MIN_CHARS = 20


def _reads_as_credit(element, text: str) -> bool:
    """A credit by its class name ("photo-credit") or by a credit or copyright cue."""
    from .rules import rule_hits

    if CREDIT_CLASS.search(element.get("class") or ""):
        return True
    return any(hit.reason in _CREDIT_REASONS for hit in rule_hits(text))


def split_inline_credits(tree) -> None:
    """A caption often ends in its credit inside one block ("A diver at the reef.
    <span>Photo: Ann Lee</span>"). Extracted as one line, the line reads as a credit and
    the caption is removed with it. A line break before the credit gives it a line of its
    own, so the caption is judged on its own words."""
    from lxml.etree import Element

    for credit in list(tree.iter(*CREDIT_TAGS)):
        holder = credit.getparent()
        if holder is None or holder.tag not in _CAPTION_HOLDERS:
            continue
        if credit.getnext() is not None or (credit.tail or "").strip():
            continue  # a credit closes its caption
        words = short_text(credit, CREDIT_MAX_CHARS)
        if not words:
            continue
        whole = " ".join(holder.text_content().split())
        if not whole.endswith(words) or len(whole) - len(words) < CAPTION_MIN_CHARS:
            continue
        if _reads_as_credit(credit, words):
            credit.addprevious(Element("br"))
