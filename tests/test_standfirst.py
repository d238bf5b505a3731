"""A standfirst above the article's body element, which trafilatura leaves out, comes back
above the first printed line (cleaner/standfirst.py)."""

from __future__ import annotations

from cleaner import clean
from cleaner.html import parse_html
from cleaner.standfirst import find_standfirst, insert_standfirst

HEADLINE = "Harbour ferry to run through the winter for the first time"
STANDFIRST = (
    "The island route will keep a reduced timetable from November to March after the "
    "council agreed to cover the operator's losses for two years."
)
BODY = [
    "The ferry between the old harbour and Skarvøy has stopped every October since it was "
    "first licensed in 1987, leaving the island's two hundred residents to rely on a "
    "private water taxi until the spring.",
    "Councillors voted eleven to four on Tuesday to guarantee the operator up to 90,000 "
    "euros a year, enough to run four crossings a day in each direction on weekdays.",
    "Islanders had collected more than six hundred signatures for the change, which will "
    "be reviewed after the second winter.",
]


def _page(standfirst_markup: str, before_body: str = "", after_article: str = "") -> str:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in BODY)
    return (
        "<html><head><title>Ferry</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/local">Local</a></nav>'
        f'<section class="story"><h1 class="story__title">{HEADLINE}</h1>'
        f"{standfirst_markup}"
        '<div class="story__byline"><span>By Ida Berg</span> <span>4 November</span></div>'
        f"{before_body}"
        f'<div class="article-body">{body}</div></section>{after_article}'
        "<footer><p>Harbour Post</p></footer></body></html>"
    )


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def test_a_standfirst_above_the_body_element_comes_back_above_the_first_line():
    result = clean(_page(f'<p class="story__standfirst">{STANDFIRST}</p>'), "html")
    lines = _lines(result.extracted)
    assert lines[:2] == [STANDFIRST, BODY[0]]
    assert STANDFIRST in result.text
    # It is part of the extracted text, so the record stays lossless.
    assert all(result.extracted[r.start : r.end] == r.text for r in result.removed if r.start)


def test_class_names_in_other_languages_and_list_standfirsts():
    for markup in (
        f'<div class="perex">{STANDFIRST}</div>',
        f'<p class="article-chapo">{STANDFIRST}</p>',
        f'<p class="manchet">{STANDFIRST}</p>',
    ):
        assert _lines(clean(_page(markup), "html").extracted)[0] == STANDFIRST, markup
    points = [
        "Four crossings a day on weekdays from November",
        "The council covers losses for two winters",
    ]
    listed = "".join(f"<li>{point}</li>" for point in points)
    lines = _lines(clean(_page(f'<ul class="news__summary">{listed}</ul>'), "html").extracted)
    assert lines[:3] == [*points, BODY[0]]


def test_what_is_not_a_standfirst_stays_out():
    for markup in (
        # a lead photo, named "lead" too
        f'<div class="lead-image"><img src="f.jpg"><p>{STANDFIRST}</p></div>',
        # a teaser made of links
        f'<p class="summary"><a href="/a">{STANDFIRST}</a></p>',
        # too short to be one
        '<p class="lead">Updated</p>',
        # no class that names it
        f'<p class="c-7f2">{STANDFIRST}</p>',
    ):
        assert STANDFIRST not in clean(_page(markup), "html").extracted, markup


def test_a_summary_box_below_the_first_printed_line_is_not_moved_up():
    # The first "summary" after the headline sits in a box after the article: the first
    # printed line comes before it on the page, so it is not put above that line.
    page = _page("", after_article=f'<aside><p class="summary">{STANDFIRST}</p></aside>')
    lines = _lines(clean(page, "html").extracted)
    assert lines[0] == BODY[0]


def test_a_standfirst_is_never_printed_twice():
    found = find_standfirst(parse_html(_page(f'<p class="lead">{STANDFIRST}</p>')))
    assert found is not None and found.parts == ((STANDFIRST,),)
    text = "\n".join([STANDFIRST, *BODY])
    assert insert_standfirst(text, found) == (text, ())
    # A printed headline comes before it on the page: the standfirst goes below it.
    text = "\n".join([HEADLINE, *BODY])
    placed, lines = insert_standfirst(text, found)
    assert lines == (STANDFIRST,)
    assert _lines(placed)[:3] == [HEADLINE, STANDFIRST, BODY[0]]


def test_a_subtitle_and_a_lead_both_come_back_in_page_order():
    subtitle = "Four crossings a day on weekdays"
    markup = (
        '<div class="page-intro__author">By Ida Berg and Ola Dahl, harbour desk</div>'
        f'<h2 class="page-intro__subheadline">{subtitle}</h2>'
        f'<div class="page-intro__copy">{STANDFIRST}</div>'
    )
    lines = _lines(clean(_page(markup), "html").extracted)
    # The intro's byline is no part of the standfirst, though its class says "intro".
    assert lines[:3] == [subtitle, STANDFIRST, BODY[0]]


def test_a_logo_or_a_hidden_label_is_not_taken_for_the_headline():
    page = _page(f'<p class="lead">{STANDFIRST}</p>').replace(
        "<body>", '<body><h1 class="sr-only">Navigation</h1><h1 class="site-logo">Harbour Post</h1>'
    )
    found = find_standfirst(parse_html(page))
    assert found is not None and found.parts == ((STANDFIRST,),)
    assert _lines(clean(page, "html").extracted)[0] == STANDFIRST


def test_an_intro_holding_a_date_and_share_links_gives_only_its_text():
    markup = (
        f'<div class="article-intro"><div class="text-intro">{STANDFIRST}</div>'
        '<aside><ul><li>Updated: 4 November</li><li><a href="#">Share</a></li></ul></aside></div>'
    )
    found = find_standfirst(parse_html(_page(markup)))
    assert found is not None and found.parts == ((STANDFIRST,),)


def test_a_teaser_paragraph_is_a_standfirst_but_a_card_further_down_is_not():
    # German sites call the standfirst the "teaser".
    assert (
        _lines(clean(_page(f'<p class="teaser-text">{STANDFIRST}</p>'), "html").extracted)[0]
        == STANDFIRST
    )
    card = "Winter timetables for the other island routes were published last week in full."
    links = "".join(f'<li><a href="/n{n}">Network {n}</a></li>' for n in range(15))
    page = _page(
        f'<p class="lead">{STANDFIRST}</p>',
        before_body=f'<ul class="share">{links}</ul><div class="teaser">{card}</div>',
    )
    found = find_standfirst(parse_html(page))
    assert found is not None and found.parts == ((STANDFIRST,),)
    # (Only the lead is placed; the card is left to trafilatura and the cleaner.)
    assert _lines(clean(page, "html").extracted)[0] == STANDFIRST


def test_without_an_h1_the_headline_is_found_by_its_class_or_microdata():
    for heading in ('<h2 class="news-title">', '<h3 itemprop="headline">'):
        page = _page(f'<p class="teaser-text">{STANDFIRST}</p>')
        page = page.replace('<h1 class="story__title">', heading).replace(
            "</h1>", f"</{heading[1:3]}>"
        )
        assert "<h1" not in page
        found = find_standfirst(parse_html(page))
        assert found is not None and found.parts == ((STANDFIRST,),), heading
