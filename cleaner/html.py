"""The HTML path: prune obvious appeal containers, then extract the article with trafilatura.

Pruned containers are reported (without offsets) so nothing disappears unrecorded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .records import Removal

# Class/id/aria tokens that mark appeal containers, mapped to the label they carry.
DOM_CUES: dict[str, str] = {
    "donate": "donation",
    "donation": "donation",
    "donations": "donation",
    "contribute": "donation",
    "contribution": "donation",
    "membership": "donation",
    "newsletter": "newsletter",
    "newsletters": "newsletter",
    "signup": "newsletter",
    "subscribe": "subscription",
    "subscription": "subscription",
    "paywall": "subscription",
    "regwall": "subscription",
    "piano": "subscription",
    "share": "social",
    "sharing": "social",
    "social": "social",
    "sharebar": "social",
    "related": "related",
    "recommended": "related",
    "recommendations": "related",
    "read-more": "related",
    "readmore": "related",
    "more-stories": "related",
    "outbrain": "related",
    "taboola": "related",
    "advert": "promo",
    "advertisement": "promo",
    "ad-slot": "promo",
    "sponsored": "promo",
    "promo": "promo",
    "cookie": "legal",
    "cookies": "legal",
    "consent": "legal",
    # The same boxes on sites that name their classes in their own language.
    "spenden": "donation",
    "unterstuetzen": "donation",
    "soutenir": "donation",
    "donar": "donation",
    "doar": "donation",
    "sostieni": "donation",
    "spendenaufruf": "donation",
    "crowdfunding": "donation",
    "fundraiser": "donation",
    "fundraising": "donation",
    "sbirka": "donation",
    "zbierka": "donation",
    "zbiorka": "donation",
    "podporte": "donation",
    "wesprzyj": "donation",
    "doneer": "donation",
    "lahjoita": "donation",
    "lahjoitus": "donation",
    "gyujtes": "donation",
    "adomany": "donation",
    "abonnieren": "subscription",
    "suscribete": "subscription",
    "suscripcion": "subscription",
    "abbonati": "subscription",
    "abonnement": "subscription",
    "abonament": "subscription",
    "prenumeration": "subscription",
    "nieuwsbrief": "newsletter",
    "infolettre": "newsletter",
    "boletin": "newsletter",
    "uutiskirje": "newsletter",
    "nyhetsbrev": "newsletter",
    "assine": "subscription",
    "teilen": "social",
    "partager": "social",
    "compartir": "social",
    "compartilhar": "social",
    "condividi": "social",
    "udostepnij": "social",
    "relacionadas": "related",
    "relacionados": "related",
    "correlati": "related",
    "verwandte": "related",
    "anzeige": "promo",
    "werbung": "promo",
    "publicite": "promo",
    "publicidad": "promo",
    "publicidade": "promo",
    "pubblicita": "promo",
    "reklama": "promo",
}
# A value naming an embed ("social-media-embed", "twitter-tweet") marks a quoted post,
# which is content: its "social" says where the post comes from, not "share this".
_EMBED_TOKENS = frozenset({"embed", "embedded", "tweet", "instagram"})
_TOKEN = re.compile(r"[a-z]+(?:-(?:more|slot|stories))?")
# Never prune these, whatever their class says: they hold the article itself.
_PROTECTED_TAGS = {"html", "body", "main", "article", "h1"}
# A container holding this share of the page's text is content, not an appeal box.
MAX_SHARE_OF_PAGE = 0.25
MAX_PRUNED_CHARS = 800


@dataclass(frozen=True)
class Extraction:
    text: str
    pruned: tuple[Removal, ...]
    # Texts of the page's links (see links.py): a cue for teaser lists.
    links: frozenset[str] = frozenset()


_CUE_ATTRIBUTES = ("class", "id", "aria-label", "data-component", "data-testid")


@lru_cache(maxsize=1 << 16)
def _value_cue(value: str) -> tuple[str, str] | None:
    """(label, token) of the first cue token in one attribute value. Cached: pages repeat
    the same class strings on many elements."""
    tokens = _TOKEN.findall(value.lower())
    if not _EMBED_TOKENS.isdisjoint(tokens):
        return None
    for token in tokens:
        label = DOM_CUES.get(token)
        if label:
            return label, token
    return None


def _cue_label(element) -> tuple[str, str] | None:
    attributes = element.attrib
    if not attributes:  # most elements: nothing to look at
        return None
    for attr in _CUE_ATTRIBUTES:
        value = attributes.get(attr)
        if value:
            cue = _value_cue(value)
            if cue:
                return cue[0], f"dom:{attr}={cue[1]}"
    return None


def _short_text(element, limit: int) -> str | None:
    """The element's text with whitespace collapsed, or None once it is over `limit`
    characters (big containers are not read to the end)."""
    pieces: list[str] = []
    size = -1
    for piece in element.itertext():
        words = piece.split()
        if words:
            pieces.extend(words)
            size += sum(map(len, words)) + len(words)
            if size > limit:
                return None
    return " ".join(pieces)


# A sign-up box is an e-mail field with little text around it: its heading, a line of
# promise, the button, the fine print. A tool's box is the same around a search field: a
# journey planner's, a course finder's, a forecast by postcode ("Enter your stop number"),
# the site's search. (Only a search field: a recipe's servings field is a number beside its
# ingredients, and a calculator's fields may sit in a guide's own text.)
MAX_FORM_BOX_CHARS = 400
_TOOL_FIELDS = frozenset({"search"})


def _sign_up_boxes(tree, doomed: set) -> list[tuple]:
    """(box, label, text) for each form field that asks for an e-mail address or a search,
    in any language: the largest element around the field that holds at most
    MAX_FORM_BOX_CHARS of text and not the headline. A form with a text area is a comment
    form, one with a password a log-in box, one with an e-mail field a newsletter box, one
    with a search field alone a tool (ui)."""
    boxes: list[tuple] = []
    taken: set = set()
    for field in tree.iter("input"):
        kind = (field.get("type") or "").lower()
        if kind != "email" and kind not in _TOOL_FIELDS:
            continue
        ancestors = list(field.iterancestors())
        if any(ancestor in doomed or ancestor in taken for ancestor in ancestors):
            continue
        box, text = None, ""
        for ancestor in ancestors:
            if ancestor.tag in _PROTECTED_TAGS:
                break
            ancestor_text = _short_text(ancestor, MAX_FORM_BOX_CHARS)
            # (The headline is looked for only in the small boxes that pass the text test.)
            if ancestor_text is None or ancestor.find(".//h1") is not None:
                break
            box, text = ancestor, ancestor_text
        if box is None or any(element in doomed for element in box.iter()):
            continue
        taken.add(box)
        if box.find(".//textarea") is not None:
            label = "comments"
        elif box.find(".//input[@type='password']") is not None:
            label = "subscription"  # a log-in or registration box
        elif kind == "email" or box.find(".//input[@type='email']") is not None:
            label = "newsletter"
        else:
            label = "ui"
        boxes.append((box, label, text))
    return boxes


# A row of share buttons: a small block of links or buttons whose every piece of text is a
# share or network word ("Share", "Copy link", "Dalintis", "Facebook"), in any language.
MAX_SHARE_ROW_CHARS = 120
_SHARE_REASONS = frozenset({"share_word", "share_row"})
_SHARE_ROW_TAGS = ("p", "div", "ul", "ol", "li", "span", "section")


# The same labels ("Share", "Facebook", "|") recur in many blocks of a page and on every
# page of a site: about four in five tests on the article benchmark's pages repeat one.
SHARE_TEXTS_REMEMBERED = 8192


@lru_cache(maxsize=SHARE_TEXTS_REMEMBERED)
def _share_text(text: str) -> bool:
    """Whether a short text is a share or network word, or a row of them (or no word at
    all: the separators between the buttons)."""
    from .rules import rule_hits

    return bool(rule_hits(text, _SHARE_REASONS))


def _share_rows(tree, doomed: set) -> list[tuple]:
    """(row, text) for each share row outside the already doomed elements, largest first.
    trafilatura drops a short block with a link in it: a one-line live entry loses its
    text to the share row beneath it, so the row goes first."""
    rows: list[tuple] = []
    taken: set = set()
    for element in tree.iter(_SHARE_ROW_TAGS):
        if element.find(".//a") is None and element.find(".//button") is None:
            continue
        if element.find(".//h1") is not None or element.find(".//article") is not None:
            continue
        if any(ancestor in doomed or ancestor in taken for ancestor in element.iterancestors()):
            continue
        text = _short_text(element, MAX_SHARE_ROW_CHARS)
        if not text:
            continue
        pieces = [" ".join(piece.split()) for piece in element.itertext()]
        pieces = [piece for piece in pieces if piece]
        if _share_text(text) or all(map(_share_text, pieces)):
            taken.add(element)
            rows.append((element, text))
    return rows


def prune(tree, keep: frozenset[str] = frozenset()) -> list[Removal]:
    """Remove appeal containers from an lxml tree in place; return what was removed."""
    page_words = 0  # counted once, when the first candidate needs it
    removed: list[Removal] = []
    doomed: list = []
    doomed_set: set = set()
    from lxml import etree

    # Every test below only filters; the cheapest come first.
    def doom(element, label: str, text: str, reason: str) -> None:
        doomed.append(element)
        doomed_set.add(element)
        if text:
            removed.append(
                Removal(start=None, end=None, label=label, text=text, score=0.9, reasons=(reason,))
            )

    for element in tree.iter(etree.Element):  # elements only, no comments
        if element.tag in _PROTECTED_TAGS:
            continue
        cue = _cue_label(element)
        if cue is None or cue[0] in keep:
            continue
        text = _short_text(element, MAX_PRUNED_CHARS)
        if text is None:
            continue
        if doomed_set and any(el in doomed_set for el in element.iterancestors()):
            continue
        if element.find(".//article") is not None or element.find(".//h1") is not None:
            continue
        if not page_words:
            # text_content() is one C call; words split across two tags count as one,
            # which cannot matter for a quarter-of-the-page test.
            page_words = len(tree.text_content().split()) or 1
        if len(text.split()) / page_words > MAX_SHARE_OF_PAGE:
            continue
        doom(element, cue[0], text, cue[1])
    for box, label, text in _sign_up_boxes(tree, doomed_set):
        if label not in keep:
            doom(box, label, text, "dom:form")
    if "social" not in keep:
        for row, text in _share_rows(tree, doomed_set):
            doom(row, "social", text, "dom:share_row")
    for element in doomed:
        _remove_keeping_tail(element)
    return removed


def _remove_keeping_tail(element) -> None:
    """Remove an element from its tree; its tail text belongs to its parent and stays."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail and element.tail.strip():
        prev = element.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


# A paragraph this long is the page's prose; the article's container is the smallest
# element holding this share of it.
CONTAINER_PARAGRAPH_CHARS = 25
CONTAINER_SHARE = 0.75
CONTAINER_DEPTH = 40
_CONTAINER_TAGS = frozenset({"div", "section", "td"})
# ... or one of its first ancestors that also holds the headline.
HEADLINE_LEVELS = 3
# <article> elements holding less text than this (and than this share of the container's
# paragraphs) are teaser cards, not the story, on a page with this much paragraph text.
CARD_CHARS = 200
CARD_SHARE = 0.3
CARDS_PAGE_CHARS = 1000


# A quick mirror of the class and id names trafilatura's BODY_XPATH looks for (trafilatura
# 2.x). Where it finds none, trafilatura's own XPaths, seven times slower, confirm.
_BODY_CLASS = re.compile(
    r"post[-_]text|post-body|post-?entry|post[-_]?content|postContent|post_inner_wrapper|"
    r"article-?text|articleText|(entry|page|text|article|art)-content|article__content|"
    r"article(-|__)?body|articleBody|ArticleContent|body-text|article__container|"
    r"^article |post-bodycopy|story-?content|(theme|blog|section|single)-content|single-post|"
    r"main-column|wpb_text_column|story-body|field-body|content[-_]main|content(-|__)body|"
    r"^(post|entry|postarea|art-postcontent|text|cell|story|content)$|^main|fulltext|"
    r"main-content|page-content",
    re.IGNORECASE,
)
_BODY_ID = re.compile(
    r"(entry|article|art)-content|article__content|article(-|__)?body|articleBody|body-text|"
    r"^(articleContent|article|story|content)$|^primary|story-body|content-main|content-body|"
    r"contentBody|main-content|^main",
    re.IGNORECASE,
)
_BODY_TAGS = ("div", "section")


# A body class that names the article's text ("entry-content", "article-body"): the bare
# "post" and "entry" of teaser lists are left out.
_TEXT_CLASS = re.compile(r"content|body|text", re.IGNORECASE)


def _holds_prose(element) -> bool:
    """Whether the element holds a paragraph of prose (not mostly a link)."""
    return any(map(_prose_size, element.iter("p")))


def _same_kind_siblings(elements) -> dict[tuple, list]:
    """The elements grouped by parent, tag and class, each group in document order."""
    groups: dict[tuple, list] = {}
    for element in elements:
        parent = element.getparent()
        if parent is not None:
            groups.setdefault((parent, element.tag, element.get("class")), []).append(element)
    return groups


def join_split_containers(tree) -> None:
    """Join an article's text split in sibling containers of one class around a box.

    Some sites close the text's container before an ad or a donation box and open a new
    one after it (two `<div class="entry-content">` under the `<article>`). trafilatura
    takes the first container and loses the rest of the article. When every part holds
    prose, the first container takes in what follows it up to the last of its kind: the
    box comes with it, inside the container, where the cleaner removes it as it does inside
    any article.
    """
    groups = _same_kind_siblings(
        element
        for element in tree.iter(_BODY_TAGS)
        if (value := element.get("class"))
        and _BODY_CLASS.search(value)
        and _TEXT_CLASS.search(value)
    )
    # Each part holds the story's prose: a run of teaser or widget blocks that share a class
    # (a list of links, an empty slot) is no split article.
    runs = [run for run in groups.values() if len(run) >= 2 and all(map(_holds_prose, run))]
    for run in runs:
        first, last = run[0], run[-1]
        following = []
        for sibling in first.itersiblings():
            following.append(sibling)
            if sibling is last:
                break
        for sibling in following:
            first.append(sibling)


def _names_a_container(tree) -> bool:
    """Whether the page has an element trafilatura may take for the article's container."""
    if tree.find(".//article") is not None or tree.find(".//main") is not None:
        return True
    for element in tree.iter(_BODY_TAGS):
        attributes = element.attrib
        if not attributes:
            continue
        value = attributes.get("class")
        if value and _BODY_CLASS.search(value):
            return True
        value = attributes.get("id")
        if value and _BODY_ID.search(value):
            return True
        if attributes.get("itemprop") == "articleBody" or attributes.get("role", "").startswith(
            ("article", "main")
        ):
            return True
    return False


# Inside a cell of a table that lays out the page (not data): the page's title, whole
# sections, nested tables, forms, or the paragraphs of an article. (Data tables may hold
# subheadings, an ingredient list's "For the dough:", or a paragraph or two per cell.)
_LAYOUT_SIGNS = frozenset({"h1", "table", "article", "section", "form", "nav", "header", "footer"})
_LAYOUT_PARAGRAPHS = 4


def _layout_table(table) -> bool:
    """Whether a table lays out the page rather than holding data: marked as
    presentation, or a cell of its own holds the page's title, a nested table, a form or
    an article's paragraphs."""
    if (table.get("role") or "").lower() in {"presentation", "none"}:
        return True
    for cell in table.xpath("./tr/td|./tr/th|./*/tr/td|./*/tr/th"):
        paragraphs = 0
        for element in cell.iterdescendants():
            tag = element.tag
            if tag in _LAYOUT_SIGNS:
                return True
            if tag == "p":
                paragraphs += 1
                if paragraphs >= _LAYOUT_PARAGRAPHS:
                    return True
    return False


def unwrap_layout_tables(tree) -> None:
    """Old sites lay out the whole page in a table. trafilatura reads every table as
    data and prints it row by row, cells joined with "|": the article, the menu and the
    footer end up in a few long rows, and no line can be told from another. A table
    that lays out the page becomes plain blocks (its rows and cells become <div>s)."""
    for table in list(tree.iter("table")):
        if not _layout_table(table):
            continue
        parts = table.xpath("./tr|./tbody|./thead|./tfoot|./*/tr|./tr/*|./*/tr/*")
        for element in (table, *parts):
            element.tag = "div"


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
        prose += sum(_text_size(p) >= WIDGET_PROSE_CHARS for p in paragraphs)
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
    return headed and any(_text_size(p) >= WIDGET_PROSE_CHARS for p in aside.iter("p"))


def _fact_box(aside) -> bool:
    """Whether an <aside> is the story's fact box (see above), not an appeal or teasers."""
    size = _text_size(aside)
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
        cue = _value_cue(link.get("href") or "")
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
    if not links or len(links) > 2 or _text_size(card) > CARD_MAX_CHARS:
        return []
    if any(link.getparent() is not card for link in links):
        return []  # a linked title or a link in a sentence: a teaser's or the text's
    sizes = [_text_size(link) for link in links]
    if max(sizes) > CARD_BUTTON_CHARS:
        return []
    words = [child for child in card if child.tag in ("p", *_CARD_HEADINGS)]
    if not words or sum(_text_size(child) for child in words) < 2 * sum(sizes):
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
        card
        for series in _same_kind_siblings(cards).values()
        if len(series) >= 2
        for card in series
    }
    for card in cards:
        for link in _card_buttons(card, card in in_series):
            link.tag = "span"


# Inline elements that hold a caption's credit, and the blocks that hold a caption.
_CREDIT_TAGS = ("span", "i", "em", "small", "cite", "b", "strong", "font")
_CAPTION_HOLDERS = frozenset({"p", "figcaption", "div", "li", "td"})
_CREDIT_CLASS = re.compile(r"credit|copyright|photographer|fotograf|byline|autor|author", re.I)
_CREDIT_REASONS = frozenset({"photo_credit", "credit", "byline", "meta_cue", "copyright"})
CREDIT_MAX_CHARS = 80
CAPTION_MIN_CHARS = 20


def _reads_as_credit(element, text: str) -> bool:
    """A credit by its class name ("photo-credit") or by a credit or copyright cue."""
    from .rules import rule_hits

    if _CREDIT_CLASS.search(element.get("class") or ""):
        return True
    return any(hit.reason in _CREDIT_REASONS for hit in rule_hits(text))


def split_inline_credits(tree) -> None:
    """A caption often ends in its credit inside one block ("A diver at the reef.
    <span>Photo: Ann Lee</span>"). Extracted as one line, the line reads as a credit and
    the caption is removed with it. A line break before the credit gives it a line of its
    own, so the caption is judged on its own words."""
    from lxml.etree import Element

    for credit in list(tree.iter(*_CREDIT_TAGS)):
        holder = credit.getparent()
        if holder is None or holder.tag not in _CAPTION_HOLDERS:
            continue
        if credit.getnext() is not None or (credit.tail or "").strip():
            continue  # a credit closes its caption
        words = _short_text(credit, CREDIT_MAX_CHARS)
        if not words:
            continue
        whole = " ".join(holder.text_content().split())
        if not whole.endswith(words) or len(whole) - len(words) < CAPTION_MIN_CHARS:
            continue
        if _reads_as_credit(credit, words):
            credit.addprevious(Element("br"))


def _text_size(element) -> int:
    """The characters of an element's text, runs of white space counted as one."""
    return len(" ".join(element.text_content().split()))


def _mostly_links(paragraph, size: int) -> bool:
    """A paragraph that is mostly link text (a footer's row of links) is no prose."""
    linked = sum(_text_size(link) for link in paragraph.iter("a"))
    return linked * 2 >= size


def mark_article(tree) -> None:
    """Retag the page's article container as <article> when trafilatura would not find it.

    trafilatura finds the article by its container: an <article> or <main> element, or
    class names such as "article-body" or "post-content". A site that names its classes
    in its own language ("artikel-inhalt", "beitrag") or meaninglessly ("c-7f2") matches
    none, and trafilatura falls back to collecting loose paragraphs: subheadings, lists,
    captions and fact boxes are lost. Then the smallest element that holds three quarters
    of the page's paragraph text (rows of links in a footer are no paragraphs; comment
    rules, cookie notices and an author's bio below the article may be the rest) is the
    container (when that is the whole body, nothing changes).
    The same happens when the only <article> elements are teaser cards (a list of other
    stories under the article): trafilatura takes the first card, finds it too short and
    collects loose paragraphs again. Then the cards become <div>s and the container found
    the same way becomes the page's first <article>.
    Only tags change; the cleaner removes what the container holds besides the article.
    """
    from trafilatura.xpaths import BODY_XPATH

    teaser_cards = False
    # The quick test first: trafilatura's own XPaths cost seven times as much.
    if _names_a_container(tree):
        if (
            tree.find(".//article") is None
            or tree.find(".//main") is not None
            or BODY_XPATH[0](tree)
        ):
            return
        teaser_cards = True
    elif any(expression(tree) for expression in BODY_XPATH):
        return
    held, total = _paragraph_text(tree)
    if not total:
        return
    # Deepest first: ancestors are counted from every paragraph, so a smaller held total
    # among the qualifying elements means a smaller subtree.
    candidates = [
        (size, element)
        for element, size in held.items()
        if size >= CONTAINER_SHARE * total and element.tag in _CONTAINER_TAGS
    ]
    if not candidates:
        return
    size, container = min(candidates, key=lambda pair: pair[0])
    if teaser_cards:
        # A card holds a headline and a line or two. An <article> with more (a story written
        # in <div>s and line breaks, its lead) may be the story's own; and a page with little
        # paragraph text holds its story elsewhere.
        cards = list(tree.iter("article"))
        if total < CARDS_PAGE_CHARS or any(
            _text_size(card) >= min(CARD_CHARS, CARD_SHARE * size) for card in cards
        ):
            return
        for card in cards:
            card.tag = "div"
    _with_headline(container).tag = "article"


def _prose_size(paragraph) -> int:
    """The paragraph's characters when it is prose (long enough, not mostly a link), else 0."""
    size = _text_size(paragraph)
    if size < CONTAINER_PARAGRAPH_CHARS or _mostly_links(paragraph, size):
        return 0
    return size


def _paragraph_text(tree) -> tuple[dict, int]:
    """Per element, the characters of paragraph text beneath it; and the page's total."""
    held: dict = {}
    total = 0
    for paragraph in tree.iter("p"):
        size = _prose_size(paragraph)
        if not size:
            continue
        total += size
        # Real containers sit a few levels above their paragraphs; the bound keeps a
        # pathologically deep page linear.
        for _level, ancestor in zip(range(CONTAINER_DEPTH), paragraph.iterancestors()):
            held[ancestor] = held.get(ancestor, 0) + size
    return held, total


def _with_headline(container):
    """The container, or the nearest of its first few ancestors that also holds the page's
    <h1>: a headline and standfirst often sit just above the body's own element."""
    if next(container.iter("h1"), None) is not None:
        return container
    for _level, ancestor in zip(range(HEADLINE_LEVELS), container.iterancestors()):
        if ancestor.tag in {"body", "html"}:
            break
        if ancestor.tag in _CONTAINER_TAGS and next(ancestor.iter("h1"), None) is not None:
            return ancestor
    return container


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
_TIME_LINES = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "td", "figcaption"})


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
