"""Where the article sits on a page: a story split over two containers joined back,
tables that lay out the page unwrapped, and the article's container marked, with its
headline, where trafilatura would not find it.
"""

from __future__ import annotations

import re

# A paragraph this long is the page's prose; the article's container is the smallest
# element holding this share of it.
CONTAINER_PARAGRAPH_CHARS = 25
CONTAINER_SHARE = 0.75
CONTAINER_DEPTH = 40
CONTAINER_TAGS = frozenset({"div", "section", "td"})
# ... or one of its first ancestors that also holds the headline.
HEADLINE_LEVELS = 3
# <article> elements holding less text than this (and than this share of the container's
# paragraphs) are teaser cards, not the story, on a page with this much paragraph text.
CARD_CHARS = 200
CARD_SHARE = 0.3
CARDS_PAGE_CHARS = 1000
# The heading elements (figures.py and html.py tell a heading from a paragraph by them).
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")


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


def holds_prose(element) -> bool:
    """Whether the element holds a paragraph of prose (not mostly a link)."""
    return any(map(_prose_size, element.iter("p")))


def same_kind_siblings(elements) -> dict[tuple, list]:
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
    groups = same_kind_siblings(
        element
        for element in tree.iter(_BODY_TAGS)
        if (value := element.get("class"))
        and _BODY_CLASS.search(value)
        and _TEXT_CLASS.search(value)
    )
    # Each part holds the story's prose: a run of teaser or widget blocks that share a class
    # (a list of links, an empty slot) is no split article.
    runs = [run for run in groups.values() if len(run) >= 2 and all(map(holds_prose, run))]
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


def text_size(element) -> int:
    """The characters of an element's text, runs of white space counted as one."""
    return len(" ".join(element.text_content().split()))


def mostly_links(paragraph, size: int) -> bool:
    """A paragraph that is mostly link text (a footer's row of links) is no prose."""
    linked = sum(text_size(link) for link in paragraph.iter("a"))
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
        if size >= CONTAINER_SHARE * total and element.tag in CONTAINER_TAGS
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
            text_size(card) >= min(CARD_CHARS, CARD_SHARE * size) for card in cards
        ):
            return
        for card in cards:
            card.tag = "div"
    _with_headline(container).tag = "article"


def _prose_size(paragraph) -> int:
    """The paragraph's characters when it is prose (long enough, not mostly a link), else 0."""
    size = text_size(paragraph)
    if size < CONTAINER_PARAGRAPH_CHARS or mostly_links(paragraph, size):
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
        if ancestor.tag in CONTAINER_TAGS and next(ancestor.iter("h1"), None) is not None:
            return ancestor
    return container
