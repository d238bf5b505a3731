"""Box cues on the HTML path: an appeal box inside the article goes whole, the article's
own container never counts as a box."""

from __future__ import annotations

import lxml.html

from cleaner import clean
from cleaner.features import make_inputs
from cleaner.page_boxes import box_groups, box_numbers, spread_appeals

STORY = [
    "The harbour authority in Carrow Bay approved a plan on Tuesday to dredge the silted "
    "northern channel, ending a two-year dispute with the town's fishing cooperative.",
    "Boats with a draught of more than two metres have been unable to reach the fish market "
    "at low tide since the storms of last winter, the cooperative's chair, Ellen Marsh, said.",
    "The work will cost 3.4 million and is due to start in March, once the nesting season of "
    "the terns on the sandbank has ended, according to the authority's engineers.",
    "Councillors from both groups welcomed the decision but asked the authority to publish "
    "the survey of the channel's sediments before the dredgers arrive.",
    "Marsh said the cooperative would ask its members to move their moorings for the six "
    "weeks of work and would hold a meeting at the fish market on Friday evening.",
]
# The letter reads like prose (the outlet's history, no ask); only its button carries the
# cue.
LETTER = [
    "Before you read on",
    "The Carrow Courier has reported on the harbour since 1921, and a reporter of ours has "
    "sat in every meeting of the authority for nineteen years.",
]
BUTTON = "Donate now"


def _page(box_class: str = "c-box", letter: list[str] = LETTER) -> str:
    paragraphs = [f"<p>{text}</p>" for text in STORY]
    box = (
        f'<div class="{box_class}">'
        + "".join(f"<p>{text}</p>" for text in letter)
        + f'<a href="/give">{BUTTON}</a></div>'
    )
    body = "".join(paragraphs[:3]) + box + "".join(paragraphs[3:])
    return (
        "<html><head><title>Channel | Carrow Courier</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        f'<div class="c-page"><h1>Carrow Bay channel to be dredged</h1>'
        f'<div class="c-text">{body}</div></div>'
        "</body></html>"
    )


def test_box_groups_hold_the_box_lines_and_not_the_article():
    groups = box_groups(lxml.html.fromstring(_page()))
    numbers = {groups.get(text) for text in [*LETTER, BUTTON]}
    assert len(numbers) == 1 and None not in numbers
    assert not any(text in groups for text in STORY)


def test_an_appeal_box_inside_the_article_goes_whole():
    result = clean(_page(), kind="html")
    for text in [*LETTER, BUTTON]:
        assert text not in result.text
    boxed = [r for r in result.removed if "dom:appeal_box" in r.reasons]
    assert {r.text.strip() for r in boxed} >= set(LETTER)
    assert all(r.label == "donation" for r in boxed)
    for text in STORY:
        assert text in result.text


def test_a_container_holding_most_of_the_text_is_no_appeal_box():
    # A short review whose container also holds the magazine's offer: the review stays
    # (it speaks to the reader, so only the box's share of the text protects it).
    review = [
        "If you have ever stripped a carburettor on your kitchen table, you will want this "
        "manual on your shelf before the next winter comes.",
        "You get colour wiring diagrams, and the torque settings sit beside each step, so "
        "you never have to hunt for them in a table at the back.",
    ]
    # The page's sidebar holds more text than the review: on the page the container is
    # small, in the extracted text it is nearly all.
    sidebar = "".join(
        f"<p>Most read {n}: the ferry timetable, the bridge repairs and the new cycle lanes "
        f"along the river are what readers opened most this week in our town.</p>"
        for n in range(10)
    )
    html = (
        "<html><body><article><h1>Workshop manual review</h1>"
        '<div class="x1">'
        + "".join(f"<p>{text}</p>" for text in review)
        + "<p>Already a subscriber? Log in</p></div></article>"
        + f'<aside class="c9">{sidebar}</aside>'
        "</body></html>"
    )
    result = clean(html, kind="html")
    for text in review:
        assert text in result.text


def _boxes(texts: list[str], numbers: list[int]):
    """A page's box_groups() as spread_appeals() asks for it."""
    return lambda: {text: n for text, n in zip(texts, numbers) if n >= 0}


def test_spread_needs_a_cued_sure_appeal_and_spares_reporting():
    story = " ".join(STORY)  # outside any box: the box is a small part of the text
    texts = [
        "Sign up to our newsletter",  # cued: newsletter
        "The council said on Monday that its own newsletter to residents would be printed "
        "on recycled paper from next year.",
        "Pick a topic",
        story,
    ]
    inputs = make_inputs(texts)
    boxes = _boxes(texts, [0, 0, 0, -1])
    body_scores = [0.05, 0.95, 0.4, 0.99]
    kept = ("body", 0.9, "body", ())
    verdicts = [("newsletter", 0.97, "newsletter", ("rule:x",)), kept, kept, kept]
    spread = spread_appeals(verdicts, inputs, body_scores, boxes, threshold=0.6)
    assert spread[0] == verdicts[0]
    assert spread[1] == kept  # sure body that reports stays
    assert spread[2][0] == "newsletter" and "dom:appeal_box" in spread[2][3]
    assert spread[3] == kept  # in no box
    # Without a cue rule, a sure verdict alone opens no box (and the page is not read) ...
    uncued = make_inputs(["Pick one", "Pick two", "Pick three", story])

    def unread():
        raise AssertionError("the page's boxes were read without a sure appeal")

    assert spread_appeals(verdicts, uncued, body_scores, unread, 0.6)[2] == kept
    # ... a box that holds most of the text is no appeal box ...
    assert spread_appeals(verdicts, inputs, body_scores, _boxes(texts, [0] * 4), 0.6)[2] == kept
    # ... and a threshold above the box score turns the spread off.
    assert spread_appeals(verdicts, inputs, body_scores, boxes, 0.95)[2] == kept


def test_box_numbers_read_list_markers_and_unknown_lines():
    groups = {"Gold tier: 10 a month": 4}
    assert box_numbers(["- Gold tier: 10 a month", "Other"], groups) == [4, -1]
    assert box_numbers(["x"], {}) == [-1]
