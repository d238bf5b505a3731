"""Pruning a page before extraction: containers whose class, id or label names an appeal
(DOM_CUES), sign-up forms and rows of share buttons. Each pruned container is reported as
a Removal (without offsets), so nothing disappears unrecorded.
"""

from __future__ import annotations

import re
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
    # A blog engine's own boxes: the share and like widgets, related posts, its ad slot.
    "sharedaddy": "social",
    "likebox": "social",
    "relatedposts": "related",
    "wpcnt": "promo",
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


_CUE_ATTRIBUTES = ("class", "id", "aria-label", "data-component", "data-testid")


@lru_cache(maxsize=1 << 16)
def value_cue(value: str) -> tuple[str, str] | None:
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
            cue = value_cue(value)
            if cue:
                return cue[0], f"dom:{attr}={cue[1]}"
    return None


def short_text(element, limit: int) -> str | None:
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
            ancestor_text = short_text(ancestor, MAX_FORM_BOX_CHARS)
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
        text = short_text(element, MAX_SHARE_ROW_CHARS)
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
        text = short_text(element, MAX_PRUNED_CHARS)
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
        remove_keeping_tail(element)
    return removed


def remove_keeping_tail(element) -> None:
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
