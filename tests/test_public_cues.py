"""This round's cues (schools, faith, police and courts, transport and farming pages):
alert offers, event and app ads, a faith outlet's appeals and daily mails, widgets' headings
and tools' buttons, a live blog's controls; a farm board's prices with their trend marks; a
story's timetable, whose rows read like a page's date lines; and an article's text split
in two containers around a box. A story's own lines about alerts, tickets, apps, gifts,
prices and times stay."""

from __future__ import annotations

import pytest
from conftest import assert_covers_every_language, assert_lossless, rule_labels

import cleaner
from cleaner.html import parse_html
from cleaner.lexicon_public import PUBLIC_CUES
from cleaner.page_layout import join_split_containers


def test_the_public_table_covers_every_language():
    assert_covers_every_language(PUBLIC_CUES)


@pytest.mark.parametrize(
    ("line", "reason", "label"),
    [
        (
            "Sign up for travel alerts: we'll tell you when your line is disrupted.",
            "alert_signup",
            "newsletter",
        ),
        (
            "Activez les alertes pour votre ligne et soyez prévenu en cas de grève.",
            "alert_signup",
            "newsletter",
        ),
        ("Tagesevangelium per E-Mail – jeden Morgen kostenlos.", "newsletter_signup", "newsletter"),
        (
            "Book your place now: open morning on Saturday 14 March, 10am to noon.",
            "ticket_offer",
            "promo",
        ),
        ("Salon des formations – entrée gratuite sur inscription.", "ticket_offer", "promo"),
        ("Live departures in our app: download it free today.", "app_download", "promo"),
        (
            "Support our ministry: every gift keeps the parish news online.",
            "support_ask",
            "donation",
        ),
        ("Farm weather", "widget_ui", "ui"),
        ("Market prices today: wheat 212 €/t · barley 198 €/t", "widget_ui", "ui"),
        ("Find a course", "widget_ui", "ui"),
        ("Planera din resa", "widget_ui", "ui"),
        ("Show more posts", "blog_control", "ui"),
        ("Angehefteter Beitrag", "blog_control", "ui"),
    ],
)
def test_this_rounds_furniture_is_named(line: str, reason: str, label: str) -> None:
    assert rule_labels(line).get(reason) == label, (line, rule_labels(line))


@pytest.mark.parametrize(
    "line",
    [
        # A story's own lines about alerts, tickets, apps, gifts, prices and timetables.
        "The operator said passengers could sign up for alerts on its website, but many "
        "complained that the messages arrived after the trains had already been cancelled.",
        "Tickets for the agricultural show went on sale on Monday and 4,000 were sold by noon.",
        "The app was downloaded 240,000 times in its first week, the council said.",
        "The parish raised £40,000 for the roof after a year of appeals and two concerts.",
        "Farm weather has been unkind this spring: only 38 mm of rain fell in April.",
        "Market prices for lambs rose by 12% over the month, the auctioneers reported.",
    ],
)
def test_a_storys_own_lines_are_not_named(line: str) -> None:
    labels = rule_labels(line)
    for reason in (
        "alert_signup",
        "newsletter_signup",
        "ticket_offer",
        "app_download",
        "support_ask",
        "widget_ui",
        "blog_control",
    ):
        assert reason not in labels, (line, labels)


def _removed_texts(text: str) -> list[str]:
    result = cleaner.clean(text, "text")
    assert_lossless(text, result)
    return [item.text.strip() for item in result.removed]


STORY = (
    "Regional rail operator Nordbahn will run a new night train between the capital and the "
    "mountain towns from April, the company said on Tuesday, after a two-year pilot with "
    "buses drew more passengers than expected.\n\n"
    "The train will have sleeper and couchette cars and one carriage for bicycles, and "
    "tickets go on sale next week. Fares start at 29 euros for a seat.\n\n"
)


def test_a_timetable_under_its_lead_in_stays() -> None:
    rows = [
        "Hauptbahnhof dep. 21:48",
        "Lindenau — 23:10",
        "Oberried — 01:32",
        "Kaltenbrunn — arr. 03:56",
    ]
    text = (
        STORY
        + "The timetable, as the operator published it:\n\n"
        + "\n\n".join(rows)
        + "\n\nThe return train leaves Kaltenbrunn at 20:15 and reaches the capital at 06:42."
    )
    removed = _removed_texts(text)
    assert not any(row in removed for row in rows), removed


def test_a_page_time_stamp_without_a_lead_in_still_goes() -> None:
    # The same form with no kept lead-in above it is the page's stamp line.
    text = "Updated 14:32\n\n" + STORY + "Most read\n\nMore from Transport"
    removed = _removed_texts(text)
    assert "Updated 14:32" in removed, removed


def test_a_farm_boards_prices_with_trend_marks_go() -> None:
    board = "Marktpreise heute: Schlachtkühe 4,92 €/kg ▼ · Ferkel 58 € ▬ · Futterweizen 191 €/t ▲"
    text = STORY + board + "\n\nThe operator expects the line to break even within three years."
    removed = _removed_texts(text)
    assert board in removed, removed


SPLIT_PAGE = """<html><body><main><article class="post type-post hentry">
<header><h1>Council closes three village schools</h1></header>
<div class="entry-content">
<p>The district council voted on Tuesday to close three village schools from September,
after a year of consultation with parents and teachers in the valley.</p>
<p>Pupils from the three villages will travel by bus to the town's primary school.</p>
<p>The three schools teach 61 children between them, and two of them share a head teacher.
The council says each pupil there costs four times as much as one in the town, and that it
has not found a teacher willing to take the smallest school's class of nine.</p>
</div>
<section class="ad-box"><span>Advertisement</span></section>
<div class="entry-content">
<p>Parents have collected more than 900 signatures against the plan and say the bus journey
of up to fifty minutes each way is too long for children of five.</p>
<p>The council said it would review the bus timetable before the start of term.</p>
</div>
<section class="share-box"><button>Share</button></section>
</article></main></body></html>"""


def test_an_article_split_around_a_box_is_extracted_whole() -> None:
    result = cleaner.clean(SPLIT_PAGE, "html")
    assert "more than 900 signatures" in result.text
    assert "review the bus timetable" in result.text
    assert "Pupils from the three villages" in result.text
    assert "Advertisement" not in result.text


def test_only_containers_of_the_same_class_under_one_parent_are_joined() -> None:
    tree = parse_html(SPLIT_PAGE)
    join_split_containers(tree)
    containers = [e for e in tree.iter("div") if e.get("class") == "entry-content"]
    first = containers[0]
    # The second container and the ad box between them now sit inside the first; the share
    # row after the last container stays where it was.
    assert containers[1].getparent() is first
    assert any(e.get("class") == "ad-box" for e in first)
    assert not any(e.get("class") == "share-box" for e in first)


def test_teaser_posts_of_a_bare_post_class_are_not_joined() -> None:
    page = (
        "<html><body><div class='post'><p>One teaser of a list, its first lines.</p></div>"
        "<div class='post'><p>Another teaser of the same list, its first lines.</p></div>"
        "</body></html>"
    )
    tree = parse_html(page)
    join_split_containers(tree)
    posts = [e for e in tree.iter("div") if e.get("class") == "post"]
    assert all(post.getparent().tag == "body" for post in posts)


TOOL_BOX_PAGE = """<html><body><article class="story">
<h1>Drought hits spring barley in the east</h1>
<p>Farmers in the eastern counties say the spring barley crop is the thinnest in twenty
years, after only 38 millimetres of rain fell between the start of April and mid-May.</p>
<p>The farmers' union has asked the ministry to allow grazing on fallow land and to pay
this year's subsidies two months early, as it did in the dry summer of 2018.</p>
<div class="c-7f2"><h4>Farm weather for your area</h4>
<p>Rain, soil moisture and spraying windows for the next seven days.</p>
<input type="search" name="q" placeholder="Enter your postcode">
<button type="button">Show forecast</button></div>
<p>The ministry said it would decide on the request by the end of the month.</p>
</article></body></html>"""


def test_a_tools_box_around_its_field_is_pruned() -> None:
    result = cleaner.clean(TOOL_BOX_PAGE, "html")
    assert "soil moisture and spraying windows" not in result.text
    assert "Show forecast" not in result.text
    assert "decide on the request by the end of the month" in result.text
    boxes = [item for item in result.removed if "dom:form" in item.reasons]
    assert [item.label for item in boxes] == ["ui"]
    assert "Farm weather for your area" in boxes[0].text
