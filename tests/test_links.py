"""Link cues on the HTML path: teaser lists after the article go, linked content stays."""

from __future__ import annotations

import lxml.html
import numpy as np
from conftest import DATA

from cleaner import clean
from cleaner.links import link_share, link_texts

PAGE = (DATA / "teasers.html").read_text(encoding="utf-8")
TEASERS = [
    "Winter ferry timetable cut to two crossings",
    "Primary school roof repairs finished early",
    "Harwick rowing club wins regional title",
    "Library opening hours extended on Thursdays",
]
ARTICLE = [
    "The tidal mill at Corran Creek turned its wheel again",
    "The restoration cost 1.8 million",
    "Local historian Peter Lyle said",
]

PROSE = (
    "<p>The county council approved the plan on Tuesday after a long debate about costs, "
    "with members from both groups agreeing that the old depot had to be replaced soon.</p>"
)


def _page(body: str) -> str:
    return f"<html><head><title>t</title></head><body><article>{body}</article></body></html>"


def _reasons(result, needle: str) -> list[str]:
    return [r.text for r in result.removed if any(needle in reason for reason in r.reasons)]


def test_link_share_of_linked_headline_and_summary():
    links = link_texts(lxml.html.fromstring(PAGE))
    assert "Winter ferry timetable cut to two crossings" in links
    assert "Home" not in links  # one-word links say nothing about a line
    line = "- Winter ferry timetable cut to two crossings Operators blame rising fuel costs"
    share = link_share(line, links)
    assert 0.5 < share < 0.6  # the headline part of the line
    assert link_share("- Winter ferry timetable cut to two crossings", links) == 1.0
    assert link_share("The winter ferry timetable was cut to two crossings.", links) == 0.0
    assert link_share("anything at all", frozenset()) == 0.0


def test_teaser_list_after_article_is_removed_as_related():
    result = clean(PAGE, kind="html")
    for sentence in ARTICLE:
        assert sentence in result.text
    assert "Tidal mill reopens after four-year restoration" in result.text  # headline: body
    for teaser in TEASERS:
        assert teaser not in result.text
        removal = next(r for r in result.removed if teaser in r.text)
        assert removal.label == "related"
    assert len(_reasons(result, "dom:link_teaser")) == len(TEASERS)


def test_teaser_list_without_a_heading_is_found_by_its_links():
    page = PAGE.replace("<h2>Our latest stories</h2>", "")
    result = clean(page, kind="html")
    for teaser in TEASERS:
        assert teaser not in result.text
    for sentence in ARTICLE:
        assert sentence in result.text


def test_same_list_as_plain_text_has_no_link_cue():
    extracted = clean(PAGE.replace("<h2>Our latest stories</h2>", ""), kind="html").extracted
    result = clean(extracted, kind="text")
    assert not _reasons(result, "dom:")


def _decide_with_links(texts: list[str], linked: list[float], body: list[float]):
    """decide() on given first-pass body probabilities (the rest spread over `related`)."""
    import numpy as np

    from cleaner.decide import decide
    from cleaner.features import make_inputs
    from cleaner.thresholds import LABEL_INDEX

    probs = np.zeros((len(texts), len(LABEL_INDEX)))
    probs[:, 0] = body
    probs[:, LABEL_INDEX["related"]] = 1 - np.asarray(body)
    return decide(make_inputs(texts), probs, probs, linked=linked)


ARTICLE_PARAGRAPH = (
    "The county council approved the plan on Tuesday after a long debate about costs, with "
    "members from both groups agreeing that the old depot had to be replaced soon."
)
PRODUCTS = [
    f"- Sandford steel flask, {n} litre, for {n * 9} euros at Kettle & Co" for n in (1, 2, 3)
]


def test_product_links_followed_by_more_article_stay():
    # Prose after the linked list (even prose the model is unsure of) means the list is
    # inside the article, not a teaser list at its tail.
    closing = (
        "Besides the deals we also have our own favourites, and we will keep adding the "
        "ones that the team uses every day at home and in the office."
    )
    texts = [ARTICLE_PARAGRAPH] * 3 + PRODUCTS + [closing]
    linked = [0.0] * 3 + [1.0] * 3 + [0.0]
    verdicts = _decide_with_links(texts, linked, [0.95] * 3 + [0.9] * 3 + [0.5])
    assert [v[0] for v in verdicts[3:6]] == ["body"] * 3
    # Without the closing paragraph the same run is the page's tail: a teaser list.
    verdicts = _decide_with_links(texts[:6], linked[:6], [0.95] * 3 + [0.9] * 3)
    assert [v[0] for v in verdicts[3:6]] == ["related"] * 3
    assert all("dom:link_teaser" in v[3] for v in verdicts[3:6])


def test_link_roundup_post_keeps_its_links():
    items = "".join(
        f'<li><a href="/l{n}">Week {n} in local planning: what the committee decided</a> '
        f"via the Harwick planning blog</li>"
        for n in range(1, 9)
    )
    page = _page(PROSE + f"<ul>{items}</ul>")
    result = clean(page, kind="html")
    for n in range(1, 9):
        assert f"Week {n} in local planning" in result.text
    assert not _reasons(result, "dom:")


def test_linked_capitals_inside_the_article_are_a_teaser():
    teaser = '<p><a href="/x"><strong>MAYOR UNVEILS PLAN FOR NEW HARBOUR WALL</strong></a></p>'
    page = _page(PROSE + teaser + PROSE.replace("Tuesday", "Friday"))
    result = clean(page, kind="html")
    assert "MAYOR UNVEILS PLAN" not in result.text
    assert _reasons(result, "dom:link_teaser")
    assert result.text.count("The county council approved the plan") == 2
    # The same capitals without a link are the article's own (a subheading, say).
    plain = clean(page.replace('<a href="/x">', "").replace("</a>", ""), kind="html")
    assert "MAYOR UNVEILS PLAN" in plain.text


def test_a_chinese_or_japanese_headline_link_is_one_run_of_characters():
    tree = lxml.html.fromstring(
        "<div><a href='/a'>地方バスの運転手不足、路線の削減相次ぐ</a><a href='/b'>首页</a></div>"
    )
    links = link_texts(tree)
    assert link_share("- 地方バスの運転手不足、路線の削減相次ぐ", links) == 1.0
    assert link_share("斜面から小石がぱらぱらと落ちてくる", links) == 0.0


def _related_rows(count: int, related: dict[int, float]) -> np.ndarray:
    """Probabilities for decide(): body, except the rows given, read as related this surely."""
    from cleaner.thresholds import LABEL_INDEX

    probs = np.zeros((count, len(LABEL_INDEX)))
    probs[:, 0] = 1.0
    for row, p in related.items():
        probs[row, 0], probs[row, LABEL_INDEX["related"]] = 1 - p, p
    return probs


def test_a_list_without_links_after_the_article_is_the_storys_own():
    from cleaner.decide import decide
    from cleaner.features import make_inputs

    prose = (
        "The weather office said the ground was saturated and that even light rain could "
        "set off new landslides on the slopes above the village this week."
    )
    items = ["- Small stones rolling down a slope", "- Stream water turning muddy"]
    texts = [prose, prose, "Warning signs of a landslide", *items]
    probs = _related_rows(len(texts), {2: 0.95, 3: 0.95, 4: 0.95})
    # Without links the model's "related" does not remove a list item on a page ...
    verdicts = decide(make_inputs(texts), probs, probs, linked=[0.0] * len(texts))
    assert [v[0] for v in verdicts[3:]] == ["body", "body"]
    assert "guard:unlinked_list_item" in verdicts[3][3]
    # ... but teasers that link to their stories go, and so does plain text's list.
    verdicts = decide(make_inputs(texts), probs, probs, linked=[0.0, 0.0, 0.0, 1.0, 1.0])
    assert [v[0] for v in verdicts[3:]] == ["related", "related"]
    assert [v[0] for v in decide(make_inputs(texts), probs, probs)[3:]] == ["related"] * 2


def test_on_a_page_unlinked_rows_under_a_heading_only_the_model_removed_stay():
    from cleaner.decide import decide
    from cleaner.features import make_inputs

    prose = (
        "The company's director said the troupe had asked for the rights three times before "
        "the ruling finally settled who could sign the contract for a new production."
    )
    # A fact box after the story: a title line, then rows without list marks.
    rows = ["“The House of Flies”, by Joan Vilar", "Sala Nord, 3 October to 17 November"]
    texts = [prose, prose, "The play at a glance", *rows]
    # The first pass reads the heading as related, the rows as body.
    probs = _related_rows(len(texts), {2: 0.9, 3: 0.2, 4: 0.2})
    # Plain text: the heading opens a teaser list (headlines read like that) ...
    assert [v[0] for v in decide(make_inputs(texts), probs, probs)[3:]] == ["related"] * 2
    # ... on a page, teasers link to their stories: rows that link nowhere are the story's.
    verdicts = decide(make_inputs(texts), probs, probs, linked=[0.0] * len(texts))
    assert [v[0] for v in verdicts[3:]] == ["body", "body"]
    verdicts = decide(make_inputs(texts), probs, probs, linked=[0.0] * 3 + [1.0, 1.0])
    assert [v[0] for v in verdicts[3:]] == ["related", "related"]


def test_two_linked_headlines_after_the_article_are_a_teaser_list_one_is_not():
    teasers = [
        "Harbour crane repairs will take until spring",
        "New bus line links the ferry to the hospital",
    ]
    texts = [ARTICLE_PARAGRAPH] * 3 + teasers
    verdicts = _decide_with_links(texts, [0.0] * 3 + [1.0, 1.0], [0.95] * 3 + [0.9, 0.9])
    assert [v[0] for v in verdicts[3:]] == ["related", "related"]
    assert "dom:link_teaser" in verdicts[3][3]
    # A single link after the article (a source, a document) is no list.
    verdicts = _decide_with_links(texts[:4], [0.0] * 3 + [1.0], [0.95] * 3 + [0.9])
    assert verdicts[3][0] == "body"
