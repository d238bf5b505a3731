"""Guards in decide(): what the model alone may not remove.

The probabilities are set by hand so each test isolates one guard; the texts are real
units run through make_inputs (rules, word counts, news voice).
"""

from __future__ import annotations

import numpy as np
from conftest import ARTICLE, INTERVIEW, decide_units, label_rows

from cleaner.decide import decide
from cleaner.features import calls_to_reader, make_inputs
from cleaner.regions import body_lists, boxes


def test_a_list_mostly_read_as_body_keeps_its_doubted_items():
    teams = ["Spain", "Sweden", "Poland", "France", "Turkey", "Wales"]
    items = [f"- {team} (Group {n}): {n + 2}th appearance" for n, team in enumerate(teams)]
    # The first pass is sure about two items, unsure (below 0.5) about four.
    probs = [0.9, 0.4, 0.3, 0.9, 0.45, 0.35]
    verdicts = decide_units(
        [(ARTICLE, "body", 0.95)] * 3 + [(t, "related", p) for t, p in zip(items, probs)]
    )
    assert [v[0] for v in verdicts[3:]] == ["body"] * 6
    assert "guard:list_reads_as_body" in verdicts[3][3]
    # A list the first pass is sure about (four of six) is not protected.
    probs = [0.9, 0.9, 0.3, 0.9, 0.9, 0.35]
    verdicts = decide_units(
        [(ARTICLE, "body", 0.95)] * 3 + [(t, "related", p) for t, p in zip(items, probs)]
    )
    assert [v[0] for v in verdicts[3:]].count("related") == 4


def test_a_long_paragraph_without_any_cue_is_kept():
    paragraph = (
        "Our goal with these quarterly open threads is to give readers a place to raise "
        "whatever is on their minds, from questions about earlier posts to topics we have "
        "not covered yet, and we read every one of them before planning the next season "
        "of articles for the blog."
    )
    assert len(paragraph.split()) >= 40
    verdicts = decide_units([(ARTICLE, "body", 0.95), (paragraph, "donation", 0.85)])
    assert verdicts[1][0] == "body"
    assert "guard:long_for_label" in verdicts[1][3]
    # The same length with a cue ("support us") is the model's call.
    appeal = paragraph + " Please support us with a monthly donation if you can."
    verdicts = decide_units([(ARTICLE, "body", 0.95), (appeal, "donation", 0.85)])
    assert verdicts[1][0] == "donation"


def test_teaser_and_interface_labels_have_a_length_limit():
    long_text = " ".join(["The ferry service will run twice a day"] * 6)  # 48 words
    verdicts = decide_units(
        [(ARTICLE, "body", 0.95), ("Close", "ui", 0.95), (long_text, "ui", 0.95)]
    )
    assert verdicts[1][0] == "ui"
    assert verdicts[2][0] == "body"


def test_a_run_of_sure_junk_inside_the_article_is_a_box_the_core_does_not_shield():
    box = ["Weekly digest, every Friday", "One click, no spam"]
    assert not any(make_inputs(box)[i].hits for i in range(2))  # no cue rule helps here
    texts = [ARTICLE, *box, ARTICLE]
    sure = {"newsletter": 0.95}
    probs = label_rows([{}, sure, sure, {}])
    verdicts = decide(make_inputs(texts), probs, probs)
    assert [v[0] for v in verdicts] == ["body", "newsletter", "newsletter", "body"]
    # One such line alone between body paragraphs stays: it may be the article's own.
    probs = label_rows([{}, sure, {}, {}])
    verdicts = decide(make_inputs([ARTICLE, box[0], ARTICLE, ARTICLE]), probs, probs)
    assert verdicts[1][0] == "body"
    assert "guard:inside_core" in verdicts[1][3]


def test_a_less_sure_line_between_two_sure_lines_of_a_box_goes_with_them():
    box = [
        "Local journalism needs you",
        "Our reporters sat through every council meeting so you did not have to.",
        "Back the Courier from £1",
    ]
    texts = [ARTICLE, *box, ARTICLE]
    sure, less = {"donation": 0.95}, {"donation": 0.8}
    probs = label_rows([{}, sure, less, sure, {}])
    verdicts = decide(make_inputs(texts), probs, probs)
    assert [v[0] for v in verdicts] == ["body", "donation", "donation", "donation", "body"]
    # A line the first pass reads as another kind of junk is no part of the box.
    probs = label_rows([{}, sure, {"related": 0.8}, sure, {}])
    verdicts = decide(make_inputs(texts), probs, probs)
    assert verdicts[2][0] == "body"


def test_three_lines_of_one_appeal_both_passes_read_as_junk_are_a_box():
    # The first pass is only fairly sure of each line (a language it knows less well),
    # the context pass sure they are junk: three lines of one appeal in a row are a box.
    box = [
        "We wrote this interview without ads and without anyone's orders to do so.",
        "If you want more interviews like this one to exist, back us from 150 a month.",
        "I'M IN",
    ]
    texts = [ARTICLE, ARTICLE, *box, ARTICLE, ARTICLE]
    first = label_rows([{}, {}, *[{"donation": 0.65}] * 3, {}, {}])
    second = label_rows([{}, {}, *[{"donation": 0.95}] * 3, {}, {}])
    verdicts = decide(make_inputs(texts), first, second)
    assert [v[0] for v in verdicts] == ["body"] * 2 + ["donation"] * 3 + ["body"] * 2
    # Two such lines are not enough, nor three the context pass doubts.
    for rows in (
        ([{"donation": 0.65}] * 2 + [{}], [{"donation": 0.95}] * 2 + [{}]),
        ([{"donation": 0.65}] * 3, [{"donation": 0.5}] * 3),
    ):
        first = label_rows([{}, {}, *rows[0], {}, {}])
        second = label_rows([{}, {}, *rows[1], {}, {}])
        verdicts = decide(make_inputs(texts), first, second)
        assert [v[0] for v in verdicts[2:5]] == ["body"] * 3
        assert "guard:inside_core" in verdicts[2][3]


def test_an_agreed_box_ends_before_the_next_sections_question():
    box = ["Support local reporting", "Every euro keeps this desk open.", "GIVE MONTHLY"]
    question = "Can I appeal the bill?"
    texts = [ARTICLE, ARTICLE, *box, question, ARTICLE, ARTICLE]
    junk = [{"donation": 0.7}] * 4
    first = label_rows([{}, {}, *junk, {}, {}])
    second = label_rows([{}, {}, *[{"donation": 0.95}] * 4, {}, {}])
    verdicts = decide(make_inputs(texts), first, second)
    assert [v[0] for v in verdicts[2:6]] == ["donation"] * 3 + ["body"]


def test_inside_the_article_a_line_marked_as_a_widget_goes_when_the_first_pass_reads_junk():
    # No cue rule knows these words; the emoji that leads the line, or the icon or arrow
    # that ends it like a button's, marks an inserted widget.
    for text, label in [
        ("📲 Every storm update first, on your phone. Get the river desk's app.", "promo"),
        ("Sign me up ✉", "newsletter"),
        ("YES, THIS PAPER IS MINE TOO ➜", "donation"),
    ]:
        assert not make_inputs([text])[0].hits, text
        probs = label_rows([{}, {label: 0.6}, {}])
        verdicts = decide(make_inputs([ARTICLE, text, ARTICLE]), probs, probs)
        assert verdicts[1][0] == label, text
        # Read as body by the first pass, it stays; so does a line without the mark.
        probs = label_rows([{}, {label: 0.3}, {}])
        assert decide(make_inputs([ARTICLE, text, ARTICLE]), probs, probs)[1][0] == "body"
    plain = "Every storm update first, on your phone. Get the river desk's app."
    probs = label_rows([{}, {"promo": 0.6}, {}])
    verdicts = decide(make_inputs([ARTICLE, plain, ARTICLE]), probs, probs)
    assert "guard:inside_core" in verdicts[1][3]


def test_widget_marks_are_emoji_at_the_start_and_icons_or_arrows_at_the_end():
    from cleaner.features import widget_marked

    assert widget_marked("🎧 Listen to this week's episode")
    assert widget_marked("Read on 📖") and widget_marked("Continue ➡️")
    # A pros-and-cons list's ticks and a blogger's smiley are the story's.
    assert not widget_marked("✓ Quiet on the lowest setting")
    assert not widget_marked("We hope to see you soon! 🙂")
    assert not widget_marked("Prices rose 4% → the highest since 2008.")


def test_a_price_per_period_above_the_article_is_no_cue_for_an_appeal():
    # A headline about a price rise names a price per month, as an offer does; above the
    # article (and inside it) that weak cue counts for nothing, after it, it counts.
    headline = "Streaming now costs $23 a month"
    assert "money_per_period" in {h.reason for h in make_inputs([headline])[0].hits}
    texts = [headline, ARTICLE, ARTICLE, ARTICLE]
    first = label_rows([{"donation": 0.7}, {}, {}, {}])
    second = label_rows([{"donation": 0.9}, {}, {}, {}])  # its neighbours make it look boxed
    verdicts = decide(make_inputs(texts), first, second)
    assert verdicts[0][0] == "body"
    assert "guard:appeal_above_article" in verdicts[0][3]
    offer = "All of our journalism from $4 a month, cancel when you like"
    texts = [ARTICLE, ARTICLE, ARTICLE, offer]
    first = label_rows([{}, {}, {}, {"donation": 0.7}])
    second = label_rows([{}, {}, {}, {"donation": 0.9}])
    verdicts = decide(make_inputs(texts), first, second)
    assert verdicts[3][0] == "donation"
    assert "rule:money_per_period" in verdicts[3][3]


def test_inside_the_article_a_sure_prompt_to_the_reader_goes_unless_it_quotes_someone():
    meter = "You have read most of your free stories. Keep reading with a pass for a pound a week."
    quote = (  # an editor quoted in the story: the words are hers, not the outlet's
        "Für Chefredakteurin Lehmann bleibt es eine Abwägung. „Gratis-Journalismus gibt "
        "es nicht. Lesen Sie weiter bei uns, für einen Euro pro Woche.“"
    )
    short = "This kit will help you!"  # a line of a product's description
    for text, expected in [(meter, "subscription"), (quote, "body"), (short, "body")]:
        item = make_inputs([text])[0]
        # The model alone decides, on a unit that speaks to the reader outside news voice.
        assert not item.hits and not item.news_voice and calls_to_reader(item), text
        probs = label_rows([{}, {"subscription": 0.9}, {}])
        verdicts = decide(make_inputs([ARTICLE, text, ARTICLE]), probs, probs)
        assert verdicts[1][0] == expected, text


def test_after_the_article_a_doubted_unit_between_sure_junk_goes_with_it():
    tier = "Patron – 30 € a month: a yearly talk with the editors"
    statement = "Two energy companies have agreed to test the drones at offshore sites this summer."
    split = {"donation": 0.4, "subscription": 0.3}  # junk, but no junk label reaches 0.5
    sure = {"donation": 0.95}
    for middle, expected in [(tier, "donation"), (statement, "body")]:
        texts = [ARTICLE, ARTICLE, "Become a member", middle, "Join the friends' circle"]
        first = label_rows([{}, {}, sure, split, sure])
        second = label_rows([{}, {}, sure, {"donation": 0.9}, sure])
        verdicts = decide(make_inputs(texts), first, second)
        assert verdicts[3][0] == expected, middle
    # Neighbours the first pass is unsure of do not carry it.
    unsure = {"donation": 0.6}
    texts = [ARTICLE, ARTICLE, "Become a member", tier, "Join the friends' circle"]
    first = label_rows([{}, {}, unsure, split, unsure])
    verdicts = decide(
        make_inputs(texts), first, label_rows([{}, {}, sure, {"donation": 0.9}, sure])
    )
    assert verdicts[3][0] == "body"
    assert "guard:first_pass_disagrees" in verdicts[3][3]


def test_a_price_per_period_alone_is_no_evidence_inside_the_article():
    advice = (
        "If you just want the streaming service, you can sign up for a free trial. "
        "Afterwards you'll pay $6.99 per month, or less with a yearly plan."
    )
    assert [h.reason for h in make_inputs([advice])[0].hits] == ["money_per_period"]
    sure = {"donation": 0.9}
    probs = label_rows([{}, sure, {}])
    verdicts = decide(make_inputs([ARTICLE, advice, ARTICLE]), probs, probs)
    assert verdicts[1][0] == "body"
    assert "guard:inside_core" in verdicts[1][3]
    # After the article the cue counts: tier prices there are an appeal's.
    probs = label_rows([{}, {}, sure])
    verdicts = decide(make_inputs([ARTICLE, ARTICLE, advice]), probs, probs)
    assert verdicts[2][0] == "donation"
    assert "rule:money_per_period" in verdicts[2][3]


def test_a_list_the_article_announces_keeps_its_items():
    intro = (
        "Switching plans takes a few minutes, but the order of the steps matters if you "
        "want to keep your playlists. Here is the short version:"
    )
    steps = [
        "- Sign up for the family plan using the same email as your account",
        "- Invite up to five people from the settings menu",
    ]
    sure = {"newsletter": 0.95}
    probs = label_rows([{}, {}, sure, sure])
    verdicts = decide(make_inputs([ARTICLE, intro, *steps]), probs, probs)
    assert [v[0] for v in verdicts] == ["body"] * 4
    assert "guard:introduced_list" in verdicts[2][3]
    # Without the announcing colon, the same items are the model's (and the rules') call.
    unannounced = intro.removesuffix(" Here is the short version:")
    verdicts = decide(make_inputs([ARTICLE, unannounced, *steps]), probs, probs)
    assert verdicts[2][0] == "newsletter"


def test_a_quoted_social_post_and_its_attribution_are_kept():
    post = "Half price for every family plan until Sunday pic.twitter.com/Zq81LmPx0e"
    attribution = "— Marta Olvido (@martaolvido) November 26, 2019"
    probs = label_rows([{}, {}, {"promo": 0.95}, {"meta": 0.95}])
    verdicts = decide(make_inputs([ARTICLE, ARTICLE, post, attribution]), probs, probs)
    assert [v[0] for v in verdicts] == ["body"] * 4
    assert "guard:embedded_post" in verdicts[3][3]
    # A byline is not an attribution: it names no account.
    probs = label_rows([{}, {}, {"meta": 0.95}])
    verdicts = decide(make_inputs([ARTICLE, ARTICLE, "— Marta Olvido, Madrid"]), probs, probs)
    assert verdicts[2][0] == "meta"


def test_a_live_blog_time_stamp_is_meta_inside_the_article_too():
    stamp = "4:14 p.m."
    assert [h.reason for h in make_inputs([stamp])[0].hits] == ["clock_time"]
    sure = {"meta": 0.95}
    # A time alone on its line is a stamp (the contract's dates are meta), between two
    # paragraphs as above the article.
    probs = label_rows([{}, {"ui": 0.95}, sure, {}])
    verdicts = decide(make_inputs([ARTICLE, "___", stamp, ARTICLE]), probs, probs)
    assert verdicts[2][0] == "meta"
    probs = label_rows([sure, {}, {}])
    verdicts = decide(make_inputs([stamp, ARTICLE, ARTICLE]), probs, probs)
    assert verdicts[0][0] == "meta"
    # A line that starts with a time and goes on is a live blog's entry: kept.
    entry = "4:14 p.m. The council has voted to close the bridge until Monday."
    probs = label_rows([{}, {"meta": 0.7}, {}])
    verdicts = decide(make_inputs([ARTICLE, entry, ARTICLE]), probs, probs)
    assert verdicts[1][0] == "body"


def _kept_above_the_article(headline: str, label: str, score: float) -> None:
    """A cue-less headline that the model alone reads as `label` stays above the article."""
    assert not make_inputs([headline])[0].hits
    probs = label_rows([{label: score}, {}, {}])
    verdicts = decide(make_inputs([headline, ARTICLE, ARTICLE]), probs, probs)
    assert verdicts[0][0] == "body"
    assert "guard:appeal_above_article" in verdicts[0][3]


def test_above_the_article_the_model_alone_removes_no_appeal():
    headline = "Newsletter platform Inkwell jumps 27% on its first trading day"
    _kept_above_the_article(headline, "newsletter", 0.9)
    # With a cue it goes, and below the article the model may decide alone.
    probs = label_rows([{"newsletter": 0.9}, {}, {}])
    box = "Sign up for our free morning newsletter"
    verdicts = decide(make_inputs([box, ARTICLE, ARTICLE]), probs, probs)
    assert verdicts[0][0] == "newsletter"
    probs = label_rows([{}, {}, {"newsletter": 0.9}])
    verdicts = decide(make_inputs([ARTICLE, ARTICLE, headline]), probs, probs)
    assert verdicts[2][0] == "newsletter"
    # Nor a share prompt: a headline about a messaging app reads like one.
    headline = 'Scams on WhatsApp: how to spot the "new number" message from your child'
    _kept_above_the_article(headline, "social", 0.62)
    # Nor an advert: a headline about an app or a product launch reads like one, and the
    # adverts above an article carry their label ("Advertisement", "Sponsored").
    headline = 'Council launches "Castro+" app for reporting potholes and broken street lights'
    _kept_above_the_article(headline, "promo", 0.7)
    probs = label_rows([{"promo": 0.7}, {}, {}])
    verdicts = decide(make_inputs(["Advertisement", ARTICLE, ARTICLE]), probs, probs)
    assert verdicts[0][0] == "promo"


def test_a_list_without_marks_after_an_announcing_paragraph_is_kept():
    intro = "Her recipe has not changed in thirty years and needs only this:"
    items = ["half a kilo of fine pastry", "250 grams of clarified butter", "crushed pistachios"]
    sure = {"related": 0.9}
    probs = label_rows([{}, {}, sure, sure, sure, {"newsletter": 0.95}])
    signup = "Sign up for our recipe newsletter and get a new dish every day"
    verdicts = decide(make_inputs([ARTICLE, intro, *items, signup]), probs, probs)
    assert [v[0] for v in verdicts] == ["body"] * 5 + ["newsletter"]
    assert "guard:introduced_list" in verdicts[2][3]


def test_the_byline_block_between_standfirst_and_text_is_not_shielded():
    standfirst = (
        "Prices rose by almost ten percent in a year, according to the housing observatory, "
        "and the rise reached every provincial capital."
    )
    name, date = "Laura Etxeberria", "Madrid, 9 January 2025"
    first = label_rows([{}, {}, {"meta": 0.45, "related": 0.1}, {"meta": 0.99}, {}, {}])
    second = label_rows([{}, {}, {"meta": 0.8}, {"meta": 0.99}, {}, {}])
    texts = ["Rents pass 1,100 euros", standfirst, name, date, ARTICLE, ARTICLE]
    verdicts = decide(make_inputs(texts), first, second)
    assert [v[0] for v in verdicts] == ["body", "body", "meta", "meta", "body", "body"]
    # Without a line the first pass is sure of, a doubted short line there stays.
    first = label_rows([{}, {}, {"meta": 0.45, "related": 0.1}, {}, {}, {}])
    texts = ["Rents pass 1,100 euros", standfirst, name, "What comes next", ARTICLE, ARTICLE]
    verdicts = decide(make_inputs(texts), first, second)
    assert verdicts[2][0] == "body"


def test_the_byline_block_is_found_under_a_long_headline_and_a_long_dated_line():
    # Headline and standfirst are both prose-long, so the byline block sits between the
    # second and third prose paragraphs; its date line is long but a meta rule fires on it.
    headline = (
        "Council finishes earthquake survey of 214 buildings and finds 37 of them at risk "
        "of collapse"
    )
    standfirst = (
        "More than 600 families living in the unsafe buildings will get rent support while "
        "their homes are strengthened or rebuilt over the next three years."
    )
    name, date = "Elif Kaya", "Published: 15.02.2025 - 10:42 | Updated: 15.02.2025 - 13:05"
    assert len(date.split()) > 6
    texts = [headline, standfirst, name, date, ARTICLE, ARTICLE]
    first = label_rows([{}, {}, {"meta": 0.77}, {"meta": 0.99}, {}, {}])
    second = label_rows([{}, {}, {"meta": 0.8}, {"meta": 0.99}, {}, {}])
    verdicts = decide(make_inputs(texts), first, second)
    assert [v[0] for v in verdicts] == ["body", "body", "meta", "meta", "body", "body"]
    # Without a rule, a long line the first pass is sure is meta counts the same.
    # (With "·" between the stamps, the byline rule names it: "Ann Lee · 22.mai.2024".)
    unruled = "Filed 15.jan.2025 at 19h40 and changed 16.jan.2025 at 08h12 by the desk"
    assert not make_inputs([unruled])[0].hits and len(unruled.split()) > 6
    texts = [headline, standfirst, name, unruled, ARTICLE, ARTICLE]
    verdicts = decide(make_inputs(texts), first, second)
    assert [v[0] for v in verdicts] == ["body", "body", "meta", "meta", "body", "body"]
    # Further into the article, the same lines are no byline block: the core shields them.
    texts = [headline, standfirst, ARTICLE, ARTICLE, name, date, ARTICLE, ARTICLE]
    first = label_rows([{}, {}, {}, {}, {"meta": 0.77}, {"meta": 0.99}, {}, {}])
    second = label_rows([{}, {}, {}, {}, {"meta": 0.8}, {"meta": 0.99}, {}, {}])
    verdicts = decide(make_inputs(texts), first, second)
    assert verdicts[4][0] == "body"
    assert "guard:inside_core" in verdicts[4][3]


def test_a_store_name_in_how_to_advice_is_no_cue_inside_the_article():
    advice = "On your phone, open your App Store account settings and find the subscriptions page."
    assert [h.reason for h in make_inputs([advice])[0].hits] == ["app_store"]
    probs = label_rows([{}, {"promo": 0.9}, {}])
    verdicts = decide(make_inputs([ARTICLE, advice, ARTICLE]), probs, probs)
    assert verdicts[1][0] == "body"


def test_a_teaser_after_a_more_from_heading_does_not_extend_the_article():
    tiers = ["Join as a member:", "Reader, five dollars a month: a seat on our members' call"]
    heading = "More from the Ridgeline Report"
    teaser = (
        "Rural hospitals quietly dropped labor and delivery. Here's how far women now drive "
        "to give birth."
    )
    texts = [ARTICLE, ARTICLE, *tiers, heading, teaser, "How we analyzed the staffing logs"]
    assert make_inputs([heading])[0].hits
    first = label_rows([{}, {}, {"donation": 0.8}, {"donation": 0.8}, {"related": 0.99}, {}, {}])
    verdicts = decide(make_inputs(texts), first, first)
    # The teaser reads as prose, but one such line after the heading is no resumed article:
    # the appeal above it is after the article, not inside it.
    assert [v[0] for v in verdicts[2:5]] == ["donation", "donation", "related"]
    # Two prose paragraphs after the heading: the article goes on, and shields the tiers.
    texts = [ARTICLE, ARTICLE, *tiers, heading, ARTICLE, ARTICLE]
    first = label_rows([{}, {}, {"donation": 0.8}, {"donation": 0.8}, {"related": 0.99}, {}, {}])
    verdicts = decide(make_inputs(texts), first, first)
    assert [v[0] for v in verdicts[2:4]] == ["body", "body"]


def test_a_question_subheading_announces_a_list_without_marks():
    question = "What did the inspectors check?"
    items = ["Whether the stairwells were kept clear", "Whether every door could be opened"]
    sure = {"related": 0.9}
    probs = label_rows([{}, {}, {"related": 0.5}, sure, sure, {"promo": 0.95}])
    verdicts = decide(
        make_inputs([ARTICLE, ARTICLE, question, *items, "Advertisement"]), probs, probs
    )
    assert [v[0] for v in verdicts[:5]] == ["body"] * 5
    assert "guard:introduced_list" in verdicts[3][3]
    # A question the first pass reads as junk ("Want more?") announces nothing.
    probs = label_rows([{}, {}, {"related": 0.9}, sure, sure, {"promo": 0.95}])
    verdicts = decide(
        make_inputs([ARTICLE, ARTICLE, question, *items, "Advertisement"]), probs, probs
    )
    assert verdicts[3][0] == "related"


def test_rows_with_the_same_punctuation_are_a_list_that_shares_its_fate():
    rows = [
        "June 9 – Tampa, FL @ Bayside Arena",
        "June 12 – Macon, GA @ City Auditorium",
        "June 14 – Athens, GA @ Classic Hall",
        "June 18 – Mobile, AL @ Harbor Pavilion",
    ]
    # The first pass doubts one row on its own; the rest read as body.
    probs = label_rows([{}, {}, {}, {"related": 0.7}, {}, {}])
    verdicts = decide(make_inputs([ARTICLE, ARTICLE, *rows]), probs, probs)
    assert [v[0] for v in verdicts] == ["body"] * 6
    assert "guard:list_reads_as_body" in verdicts[3][3]
    # Teaser headlines after the article share no punctuation: each is the model's call.
    teasers = ["Council approves new depot", "Flood defences delayed again", "Mayor to stand down"]
    probs = label_rows([{}, {}, {"related": 0.7}, {}, {}])
    verdicts = decide(make_inputs([ARTICLE, ARTICLE, *teasers]), probs, probs)
    assert verdicts[2][0] == "related"


def test_a_long_appeal_without_cues_goes_only_when_the_first_pass_is_sure():
    letter = (
        "Three years ago this was a newsroom of two people and a borrowed office. Today "
        "eleven reporters cover the valley, the courts and the council, and every one of "
        "their salaries is paid by the people who read these pages each week, which is "
        "something we never stop being grateful for."
    )
    (item,) = make_inputs([letter])
    assert not item.hits and item.n_words >= 40
    probs = label_rows([{}, {}, {"donation": 0.95}])
    verdicts = decide(make_inputs([ARTICLE, ARTICLE, letter]), probs, probs)
    assert verdicts[2][0] == "donation"
    # Less sure, a long unit without any cue is kept: it may be the article's last paragraph.
    probs = label_rows([{}, {}, {"donation": 0.85}])
    verdicts = decide(make_inputs([ARTICLE, ARTICLE, letter]), probs, probs)
    assert verdicts[2][0] == "body"
    assert "guard:long_for_label" in verdicts[2][3]


def test_a_section_name_above_the_headline_goes_but_a_doubted_headline_stays():
    # (Five words: a longer headline is kept before this guard by guard:headline_like.)
    headline = "Ferry fares rise once more"
    standfirst = (
        "The operator blames fuel and port fees, and the islands' council says it will ask "
        "the ministry to step in before the summer season."
    )
    # The first pass leans to junk but is not sure (below 0.5 for any junk label).
    doubted = {"meta": 0.45, "related": 0.2}
    first = label_rows([doubted, doubted, {}, {}, {}])
    second = label_rows([{"meta": 0.8}, {"meta": 0.8}, {}, {}, {}])
    verdicts = decide(
        make_inputs(["Inland", headline, standfirst, ARTICLE, ARTICLE]), first, second
    )
    assert verdicts[0][0] == "meta"
    assert verdicts[1][0] == "body"  # a headline has more than three words
    assert "guard:first_pass_disagrees" in verdicts[1][3]
    # Below the first line that reads as body, a short line is no top furniture.
    first = label_rows([{}, doubted, {}, {}, {}])
    verdicts = decide(
        make_inputs([headline, "Inland", standfirst, ARTICLE, ARTICLE]), first, second
    )
    assert verdicts[1][0] == "body"


def test_a_question_subheading_without_address_announces_a_list_the_model_doubts():
    # The first pass reads the subheading as more junk than body (0.35), but it asks
    # nobody anything and carries no cue: the short lines under it are the story's list.
    question = "What did the inspectors check?"
    items = ["Exits left open in every classroom", "Roll call at the assembly point"]
    first = label_rows([{}, {"related": 0.2, "meta": 0.45}, {"related": 0.55}, {"related": 0.6}])
    second = label_rows([{}, {"related": 0.6}, {"related": 0.9}, {"related": 0.9}])
    verdicts = decide(make_inputs([ARTICLE, question, *items]), first, second)
    assert [v[0] for v in verdicts] == ["body"] * 4
    assert "guard:introduced_list" in verdicts[2][3]


def test_labelled_rows_are_one_list_that_shares_its_fate():
    rows = [
        "Thursday: dance night with the Riverside orchestra",
        "Friday: concert of the town band and choirs",
        "Saturday: tribute to songwriters",
        "Sunday: lunch for the elderly and fireworks at the lake",
    ]
    # One row reads as a teaser to the first pass; the others do not.
    first = label_rows(
        [{}, {}, {"related": 0.3}, {"related": 0.3}, {"related": 0.6}, {"related": 0.3}]
    )
    second = label_rows(
        [{}, {}, {"related": 0.5}, {"related": 0.5}, {"related": 0.9}, {"related": 0.5}]
    )
    verdicts = decide(make_inputs([ARTICLE, ARTICLE, *rows]), first, second)
    assert [v[0] for v in verdicts] == ["body"] * 6
    assert "guard:list_reads_as_body" in verdicts[4][3]


def test_headlines_after_a_cued_teaser_line_are_its_list_but_not_after_the_model_alone():
    teasers = ["Harbour ferry fares to rise in spring", "New coach named for the county team"]
    texts = [ARTICLE, ARTICLE, "Read more: Port traffic doubles as ships return", *teasers]
    # The first pass reads the teasers as body: on their own, nothing would remove them.
    probs = label_rows([{}, {}, {"related": 0.9}, {"related": 0.2}, {"related": 0.2}])
    verdicts = decide(make_inputs(texts), probs, probs)
    assert "rule:teaser_prefix" in verdicts[2][3]
    assert [v[0] for v in verdicts[2:]] == ["related"] * 3
    assert "context:related_list" in verdicts[3][3]
    # So does a short heading the first pass alone reads as related ("Have you read this?").
    texts = [ARTICLE, ARTICLE, "Have you read this?", *teasers]
    verdicts = decide(make_inputs(texts), probs, probs)
    assert [v[0] for v in verdicts[2:]] == ["related"] * 3
    assert "context:related_list" in verdicts[3][3]
    # Removed on the model's word alone, a one-word line or one the first pass doubts does
    # not pull the next ones with it (a review's "Verdict" line above its pros and cons).
    texts = [ARTICLE, ARTICLE, "Verdict", *teasers]
    verdicts = decide(make_inputs(texts), probs, probs)
    assert verdicts[2][0] == "related"
    assert [v[0] for v in verdicts[3:]] == ["body", "body"]
    doubted = label_rows([{}, {}, {"related": 0.55}, {"related": 0.2}, {"related": 0.2}])
    sure = label_rows([{}, {}, {"related": 0.9}, {"related": 0.2}, {"related": 0.2}])
    texts = [ARTICLE, ARTICLE, "Our verdict", *teasers]
    verdicts = decide(make_inputs(texts), doubted, sure)
    assert verdicts[2][0] == "related"
    assert [v[0] for v in verdicts[3:]] == ["body", "body"]
    # Nor does a list item, or a heading over a list that reads as the story's.
    items = ["- Harbour ferry fares to rise", "- New coach for the county team"]
    texts = [ARTICLE, ARTICLE, "- Port traffic doubles as ships return", *items]
    verdicts = decide(make_inputs(texts), probs, probs)
    assert [v[0] for v in verdicts[3:]] == ["body", "body"]


def test_under_a_cued_heading_a_teaser_may_carry_a_sentence_of_summary():
    teasers = [
        "Ferry fares rise again. Here is what a return ticket now costs.",
        "New coach named for the county team",
    ]
    probs = label_rows([{}, {}, {"related": 0.9}, {"related": 0.2}, {"related": 0.2}])
    texts = [ARTICLE, ARTICLE, "More from the Harbour Gazette", *teasers]
    verdicts = decide(make_inputs(texts), probs, probs)
    assert "rule:related_heading_2" in verdicts[2][3]
    assert [v[0] for v in verdicts[2:]] == ["related"] * 3
    assert "context:related_list" in verdicts[3][3]
    # A heading only the model removed opens no list over sentences.
    texts = [ARTICLE, ARTICLE, "Have you read this?", *teasers]
    verdicts = decide(make_inputs(texts), probs, probs)
    assert verdicts[3][0] == "body"


def test_a_topic_cue_in_news_voice_counts_only_where_the_first_pass_is_sure():
    policy = (
        "Komentari su vlasništvo njihovih autora i ne odražavaju stav uredništva portala. "
        "Uredništvo može izbrisati komentare koji vrijeđaju druge čitatelje."
    )
    [item] = make_inputs([policy])
    assert item.news_voice and {h.reason for h in item.hits} == {"comment_prompt"}
    texts = [ARTICLE, ARTICLE, ARTICLE, policy]
    sure = label_rows([{}, {}, {}, {"comments": 0.95}])
    assert decide(make_inputs(texts), sure, sure)[3][0] == "comments"
    # Read as comments but not surely, reported prose with a topic word stays.
    unsure = label_rows([{}, {}, {}, {"comments": 0.7}])
    verdict = decide(make_inputs(texts), unsure, unsure)[3]
    assert verdict[0] == "body" and "guard:prose" in verdict[3]


def test_under_a_header_the_appeal_ends_where_the_article_goes_on():
    header = "Dear readers,"
    account = (
        "The Harbour Ledger takes no money from the council or from any party, and it has no "
        "owner. A few pounds a month from you keeps the reviews coming."
    )
    subheading = "Strong performances all round"
    [opener, *_] = make_inputs([header])
    assert opener.opens_block
    texts = [ARTICLE, ARTICLE, header, account, subheading, ARTICLE, ARTICLE]
    # The account reads as body alone, the subheading hardly as anything; beside the
    # header the context pass reads both as the appeal's.
    first = label_rows([{}, {}, {"donation": 0.95}, {"donation": 0.05}, {"meta": 0.3}, {}, {}])
    second = label_rows([{}, {}, {"donation": 0.95}, {"donation": 0.9}, {"donation": 0.8}, {}, {}])
    verdicts = decide(make_inputs(texts), first, second)
    assert [v[0] for v in verdicts] == [
        "body",
        "body",
        "donation",
        "donation",
        "body",
        "body",
        "body",
    ]


def test_an_appeals_closing_line_above_its_own_button_is_the_appeals():
    header = "A message from the Harbour Ledger:"
    account = (
        "We are a small newsroom, and for six years we have covered the port without an "
        "owner or a party behind us. To keep going, we need readers to chip in."
    )
    ask = "Support us from $5 a month, or make a one-time donation."
    thanks = "By reading the Ledger you keep local reporting alive. Thank you for being here."
    button = "Remind me later"
    [opener, *_] = make_inputs([header])
    assert opener.opens_block
    assert not make_inputs([thanks])[0].hits
    assert {h.reason for h in make_inputs([button])[0].hits} & {"appeal_dismiss"}
    texts = [ARTICLE, ARTICLE, ARTICLE, header, account, ask, thanks, button]
    # The closing line reads as body to both passes; under the header and above the box's
    # own button it is the appeal's, not the article going on.
    first = label_rows(
        [{}, {}, {}, {"donation": 0.99}, {"donation": 0.05}, {"donation": 0.99}, {}, {"ui": 0.99}]
    )
    second = label_rows(
        [
            {},
            {},
            {},
            {"donation": 0.99},
            {"donation": 0.9},
            {"donation": 0.99},
            {"donation": 0.9},
            {"ui": 0.99},
        ]
    )
    verdicts = decide(make_inputs(texts), first, second)
    assert [v[0] for v in verdicts[:3]] == ["body"] * 3
    assert verdicts[6][0] == "donation" and "context:appeal_block" in verdicts[6][3], verdicts[6]


def test_an_appeal_told_by_its_two_ends_takes_the_outlets_account_of_itself_with_it():
    opener = "Stories like this one exist only because readers like you pay for them."
    account = (
        "The Harbour Ledger is independent and non-profit. It takes no money from "
        "governments or from the shipping companies it covers, and it has no owner."
    )
    ask = "Support us from $5 a month, or make a one-time donation."
    assert any(h.label == "donation" for h in make_inputs([ask])[0].hits)
    assert not make_inputs([account])[0].hits
    texts = [ARTICLE, ARTICLE, ARTICLE, opener, account, ask]
    # The account reads as body alone; beside the appeal, the context pass reads it as one.
    first = label_rows([{}, {}, {}, {"donation": 0.95}, {}, {"donation": 0.99}])
    second = label_rows([{}, {}, {}, {"donation": 0.99}, {"donation": 0.99}, {"donation": 0.99}])
    verdicts = decide(make_inputs(texts), first, second)
    assert [v[0] for v in verdicts] == ["body"] * 3 + ["donation"] * 3
    assert "context:appeal_block" in verdicts[4][3]
    # Where the article goes on after the ask, the paragraph in between is kept.
    texts += [ARTICLE]
    first = np.vstack([first, label_rows([{}])])
    second = np.vstack([second, label_rows([{}])])
    verdicts = decide(make_inputs(texts), first, second)
    assert verdicts[4][0] == "body"
    assert "guard:reads_as_body" in verdicts[4][3]


def test_inside_the_article_a_sure_prompt_that_speaks_to_the_reader_goes_without_a_cue():
    # (No cue rule: "The Harbour Health briefing: ... Sign up." names its newsletter.)
    box = "What matters in Harbour health every Wednesday, free. Sign up."
    assert not make_inputs([box])[0].hits
    probs = label_rows([{}, {}, {"newsletter": 0.97}, {}, {}])
    verdicts = decide(make_inputs([ARTICLE, ARTICLE, box, ARTICLE, ARTICLE]), probs, probs)
    assert verdicts[2][0] == "newsletter"
    # Reported prose about a newsletter, or a doubt of the first pass, stays.
    report = "The council said the briefing would reach 4,000 inboxes every Wednesday."
    verdicts = decide(make_inputs([ARTICLE, ARTICLE, report, ARTICLE, ARTICLE]), probs, probs)
    assert verdicts[2][0] == "body"
    assert "guard:inside_core" in verdicts[2][3]
    probs = label_rows([{}, {}, {"newsletter": 0.7}, {}, {}])
    verdicts = decide(make_inputs([ARTICLE, ARTICLE, box, ARTICLE, ARTICLE]), probs, probs)
    assert verdicts[2][0] == "body"


def test_a_question_on_the_storys_topic_keeps_itself_and_its_list_though_the_model_doubts():
    drill = (
        "The evacuation drill ran in all 212 schools of the province on Tuesday morning, "
        "and the governor said it would be repeated at night in the spring."
    )
    question = "What did the evacuation drill check?"
    items = ["Staying clear of lifts and stairwells", "Leaving classroom doors open"]
    texts = [ARTICLE, drill, question, *items]
    probs = label_rows([{}, {}, {"related": 0.67}, {"related": 0.55}, {"related": 0.55}])
    verdicts = decide(make_inputs(texts), probs, probs)
    assert [v[0] for v in verdicts] == ["body"] * 5
    assert "guard:introduced_list" in verdicts[2][3]
    # A question that takes up no word of the story is no subheading of it.
    texts = [ARTICLE, drill, "Seen these yet?", *items]
    verdicts = decide(make_inputs(texts), probs, probs)
    assert verdicts[2][0] == "related"


def test_a_full_sentence_under_the_last_paragraph_is_not_a_teaser_on_the_models_word():
    last = "Five rounds are left before the regular season ends, the coach said."
    probs = label_rows([{}, {}, {"related": 0.75}])
    verdicts = decide(make_inputs([ARTICLE, ARTICLE, last]), probs, probs)
    assert verdicts[2][0] == "body"
    assert "guard:statement" in verdicts[2][3]
    # Under a line that went (a teaser's headline), the same sentence is its summary.
    probs = label_rows([{}, {}, {"related": 0.95}, {"related": 0.75}])
    teaser = "Club signs a guard from the Serbian league"
    verdicts = decide(make_inputs([ARTICLE, ARTICLE, teaser, last]), probs, probs)
    assert [v[0] for v in verdicts[2:]] == ["related", "related"]


def test_a_box_inside_the_article_ends_before_the_next_sections_subheading():
    box = "Get our free transport briefing: every strike and closure, Fridays"
    subheading = "Why drivers are so hard to find"
    texts = [ARTICLE, ARTICLE, box, subheading, ARTICLE, ARTICLE]
    # The first pass is sure of both lines (the subheading reads like a teaser).
    probs = label_rows([{}, {}, {"newsletter": 0.94}, {"related": 0.92}, {}, {}])
    verdicts = decide(make_inputs(texts), probs, probs)
    assert verdicts[3][0] == "body"
    assert "guard:inside_core" in verdicts[3][3]
    # A box's last line with a cue (a button), or a full sentence, stays in the box.
    texts = [ARTICLE, ARTICLE, box, "Sign up now", ARTICLE, ARTICLE]
    probs = label_rows([{}, {}, {"newsletter": 0.94}, {"newsletter": 0.92}, {}, {}])
    verdicts = decide(make_inputs(texts), probs, probs)
    assert [v[0] for v in verdicts[2:4]] == ["newsletter", "newsletter"]


def test_an_appeals_faq_goes_with_it_but_a_storys_own_questions_stay():
    faq = [
        "Why do we ask for your support?",
        "Is the Harbour Ledger free to make? No. Reporters, lawyers and travel cost money.",
        "How much should I give? Whatever you can. From $3 a month it makes a difference.",
        "Can I cancel? Yes, at any time, with one click.",
    ]
    texts = [ARTICLE, ARTICLE, ARTICLE, *faq, ARTICLE]
    # The context pass reads the run as one appeal; the first pass is sure of one item.
    first = label_rows([{}, {}, {}, {"donation": 0.85}, {}, {"donation": 0.95}, {}, {}])
    sure = {"donation": 0.95}
    second = label_rows([{}, {}, {}, sure, sure, sure, sure, {}])
    verdicts = decide(make_inputs(texts), first, second)
    assert [v[0] for v in verdicts[3:7]] == ["donation"] * 4
    assert "context:appeal_faq" in verdicts[6][3]
    assert verdicts[7][0] == "body"
    # Without the first pass's own certainty about an item, the guards keep the answers ...
    first = label_rows([{}, {}, {}, {"donation": 0.85}, {}, {}, {}, {}])
    verdicts = decide(make_inputs(texts), first, second)
    assert [v[0] for v in verdicts[4:7]] == ["body"] * 3
    # ... and a story's Q&A the context pass reads as the story's is its own.
    first = label_rows([{}, {}, {}, {}, {}, {"donation": 0.95}, {}, {}])
    second = label_rows([{}, {}, {}, {}, {}, sure, {}, {}])
    verdicts = decide(make_inputs(texts), first, second)
    assert verdicts[4][0] == verdicts[6][0] == "body"
    assert not any("context:appeal_faq" in v[3] for v in verdicts)


def test_a_headline_the_first_pass_reads_as_meta_is_kept():
    headline = 'Local reporter cleared in "disinformation" case over tender story'
    byline = "Deniz Aksoy"
    verdicts = decide_units(
        [("Press freedom", "meta", 0.9), (headline, "meta", 0.7), (byline, "meta", 0.9)]
        + [(ARTICLE, "body", 0.95)] * 3
    )
    assert verdicts[1][0] == "body"
    assert "guard:headline_like" in verdicts[1][3]
    assert verdicts[2][0] == "meta"
    # A line that shows its kind (a separator, a date, a cue) is still meta's to take.
    for line in ["News desk — London bureau of the Daily Harbour", "Sport > Football > Women"]:
        verdicts = decide_units([(line, "meta", 0.9)] + [(ARTICLE, "body", 0.95)] * 3)
        assert verdicts[0][0] == "meta", line


def test_a_storys_list_loses_an_item_to_a_whole_line_cue_but_not_to_a_phrase_in_it():
    steps = [
        "1. Hang up and call the bank back on the number printed on your card.",
        "2. Never read out a code that arrives by text message, whoever asks for it.",
        "3. Do not tap links that ask you to download the app.",
        "4. Report the call to the police fraud line the same day.",
    ]
    units = [(ARTICLE, "body", 0.95)] * 3 + [(step, "body", 0.9) for step in steps]
    # The first pass is sure the third step is a promotion: its app cue is a feature.
    units[5] = (steps[2], "promo", 0.95)
    verdicts = decide_units(units + [(ARTICLE, "body", 0.95)])
    assert "app_download" in {h.reason for h in make_inputs([steps[2]])[0].hits}
    assert verdicts[5][0] == "body" and "guard:list_reads_as_body" in verdicts[5][3]
    # A whole line that is a cue ("Advertisement") still goes, list or not.
    units[5] = ("- Advertisement", "promo", 0.95)
    verdicts = decide_units(units + [(ARTICLE, "body", 0.95)])
    assert verdicts[5][0] == "promo"


def test_a_call_to_the_reader_both_passes_are_certain_of_goes_inside_the_article():
    plug = "Order our new cookbook with seventy family recipes from the shop today."
    assert not make_inputs([plug])[0].hits
    sure = {"promo": 0.99}
    probs = label_rows([{}, sure, {}, {}])
    verdicts = decide(make_inputs([ARTICLE, plug, ARTICLE, ARTICLE]), probs, probs)
    assert verdicts[1][0] == "promo"
    # Less than near certain, or a short line, it stays: it may be the article's own.
    for text, labels in ((plug, {"promo": 0.9}), ("Order it today", sure)):
        probs = label_rows([{}, labels, {}, {}])
        verdicts = decide(make_inputs([ARTICLE, text, ARTICLE, ARTICLE]), probs, probs)
        assert verdicts[1][0] == "body" and "guard:inside_core" in verdicts[1][3]


def test_a_quote_about_the_paywall_is_no_part_of_the_teaser_box_below_it():
    quote = (
        "The editor admits the paywall is a trade-off. 'Free news does not exist. Someone "
        "always pays for it: the advertiser, the taxpayer or the reader,' she says."
    )
    teaser = "Read also: Local radio station seeks volunteers for its news desk"
    texts = [ARTICLE, ARTICLE, quote, teaser, ARTICLE, ARTICLE]
    probs = label_rows([{}, {}, {"donation": 0.92}, {"related": 0.99}, {}, {}])
    verdicts = decide(make_inputs(texts), probs, probs)
    assert [v[0] for v in verdicts] == ["body", "body", "body", "related", "body", "body"]
    assert "guard:inside_core" in verdicts[2][3]
    # Sure junk of one kind beside it is still one box: an appeal and its button.
    button = "Support us from 3 euros a month"
    inputs = make_inputs([ARTICLE, ARTICLE, quote, button, ARTICLE, ARTICLE])
    probs = label_rows([{}, {}, {"donation": 0.92}, {"donation": 0.99}, {}, {}])
    assert boxes(inputs, probs.tolist()) == [False, False, True, True, False, False]


def test_headlines_under_a_line_a_cue_removed_after_the_article_are_teasers():
    source = "Source: Kowalewo Gazette"
    headlines = [
        "Kowalewo bridge repairs will take longer, detours until June",
        "New bus connections from Brzeziny start on Monday morning",
        "Volleyball club reaches the semi-final for the first time",
    ]
    assert [h.reason for h in make_inputs([source])[0].hits]
    assert not any(item.hits for item in make_inputs(headlines))
    # The first pass reads the headlines as body: only their place tells.
    first = label_rows([{}, {}, {"meta": 0.95}, {}, {}, {}])
    verdicts = decide(make_inputs([ARTICLE, ARTICLE, source, *headlines]), first, first)
    assert [v[0] for v in verdicts[3:]] == ["related"] * 3
    assert "context:related_list" in verdicts[3][3]
    # Right under the article's last paragraph, the same lines stay (a closing list), and
    # so does a lone line under a credit (a photo's caption).
    first = label_rows([{}, {}, {}, {}, {}])
    verdicts = decide(make_inputs([ARTICLE, ARTICLE, *headlines]), first, first)
    assert [v[0] for v in verdicts[2:]] == ["body"] * 3
    first = label_rows([{}, {}, {"meta": 0.95}, {}])
    verdicts = decide(make_inputs([ARTICLE, ARTICLE, source, headlines[0]]), first, first)
    assert verdicts[3][0] == "body"


def test_a_line_the_first_pass_doubts_goes_when_sure_junk_sits_on_both_sides():
    # The first pass reads the middle line as junk more than body (0.6) but splits that
    # between two labels, so body is its single likeliest label; between two lines it is
    # sure are junk, a context pass that is sure too removes it.
    doubted = "Keep it civil, please. We read every reply before it appears."
    assert not make_inputs([doubted])[0].hits  # no cue rule helps here
    texts = [ARTICLE, ARTICLE, ARTICLE, "Comments (4)", doubted, "Log in to reply."]
    split = {"comments": 0.3, "ui": 0.3}
    first = label_rows([{}, {}, {}, {"comments": 0.95}, split, {"ui": 0.95}])
    second = label_rows([{}, {}, {}, {"comments": 0.98}, {"comments": 0.97}, {"ui": 0.98}])
    verdicts = decide(make_inputs(texts), first, second)
    assert [v[0] for v in verdicts[3:]] == ["comments", "comments", "ui"]
    assert verdicts[4][2] == "body"  # the first pass's own label
    # A context pass that is less sure keeps it, and so does a first pass that reads
    # it as body more than junk.
    for first_row, second_row in [
        (split, {"comments": 0.9}),
        ({"comments": 0.45}, {"comments": 0.97}),
    ]:
        first = label_rows([{}, {}, {}, {"comments": 0.95}, first_row, {"ui": 0.95}])
        second = label_rows([{}, {}, {}, {"comments": 0.98}, second_row, {"ui": 0.98}])
        verdicts = decide(make_inputs(texts), first, second)
        assert verdicts[4][0] == "body"
        assert "guard:reads_as_body" in verdicts[4][3]
    # Under a kept paragraph (no sure junk above it), it stays.
    texts = [ARTICLE, ARTICLE, ARTICLE, doubted, "Log in to reply."]
    first = label_rows([{}, {}, {}, split, {"ui": 0.95}])
    second = label_rows([{}, {}, {}, {"comments": 0.97}, {"ui": 0.98}])
    assert decide(make_inputs(texts), first, second)[3][0] == "body"


def test_an_articles_last_sentence_between_an_ad_label_and_a_teaser_stays():
    # The first pass doubts it the way it doubts a prompt, but a full sentence that
    # addresses nobody is how an article ends, not how a prompt reads.
    last = "Two energy companies have agreed to test the drones at offshore sites this summer."
    texts = [ARTICLE, ARTICLE, ARTICLE, "Advertisement", last, "Read more: Offshore wind bids"]
    split = {"promo": 0.3, "related": 0.3}
    first = label_rows([{}, {}, {}, {"promo": 0.95}, split, {"related": 0.95}])
    second = label_rows([{}, {}, {}, {"promo": 0.98}, {"promo": 0.97}, {"related": 0.98}])
    verdicts = decide(make_inputs(texts), first, second)
    assert verdicts[4][0] == "body"


def test_a_long_stamp_line_is_not_guarded_as_prose():
    stamp = (
        "Imeandikwa na Amina Juma Mwakyusa na Peter Otieno Ouma | Imesasishwa: Jumamosi, "
        "12 Aprili 2025, saa 8:45 asubuhi"
    )
    [item] = make_inputs([stamp])
    assert item.n_words >= 15 and item.news_voice and not any(h.weight >= 0.9 for h in item.hits)
    verdicts = decide_units([(ARTICLE, "body", 0.95)] * 3 + [(stamp, "meta", 0.95)])
    assert verdicts[3][0] == "meta"
    # Fields with numbers but no time (a line of attachments) stay prose to the guard.
    files = (
        "Viambatisho: Bango la kampeni ya mwaka huu wa fedha (PDF, 1,2 MB) · Takwimu za "
        "wanachama kwa miaka mitano iliyopita (XLSX, 86 KB)"
    )
    [item] = make_inputs([files])
    assert item.n_words >= 15 and item.news_voice and not item.hits
    verdict = decide_units([(ARTICLE, "body", 0.95)] * 3 + [(files, "meta", 0.95)])[3]
    assert verdict[0] == "body" and "guard:prose" in verdict[3]


def test_a_byline_of_fields_inside_the_article_goes_when_the_first_pass_reads_meta():
    byline = "Na Amina Juma | 12 Aprili 2025 | dakika 4 za kusoma"
    contact = "Mawasiliano: Peter Otieno · peter@example.org · +255 22 000 0000"
    recipe = "Maandalizi: dakika 20 | Kupika: dakika 45 | Watu 8"
    for line in (byline, contact):
        verdicts = decide_units(
            [(ARTICLE, "body", 0.95), (line, "meta", 0.6)] + [(ARTICLE, "body", 0.95)] * 2
        )
        assert verdicts[1][0] == "meta", line
    # Fields without a year or an address (a recipe's times) stay inside the core.
    verdict = decide_units(
        [(ARTICLE, "body", 0.95), (recipe, "meta", 0.6)] + [(ARTICLE, "body", 0.95)] * 2
    )[1]
    assert verdict[0] == "body" and "guard:inside_core" in verdict[3]


def test_a_line_of_fields_the_first_pass_doubts_needs_it_to_be_sure_of_meta():
    # Reading a short kicker as meta only through the context pass lost body lines on
    # pages nobody here had seen: the first pass alone must see the label.
    kicker = "Mfululizo «Pwani Yetu» · Sehemu ya 3 kati ya 6"
    assert not make_inputs([kicker])[0].hits
    texts = [ARTICLE, ARTICLE, ARTICLE, kicker]
    first = label_rows([{}, {}, {}, {"meta": 0.4, "related": 0.3}])
    second = label_rows([{}, {}, {}, {"meta": 0.9}])
    verdict = decide(make_inputs(texts), first, second)[3]
    assert verdict[0] == "body" and "guard:first_pass_disagrees" in verdict[3]


def test_a_teaser_among_rows_that_open_with_a_label_goes_on_its_prefix():
    rows = [
        "Opposition: the city has stood still for three years",
        "Read also: Council approves the new bus plan for the harbour",
        "Mayor: the delays come from a cancelled tender",
    ]
    assert "teaser_prefix" in {h.reason for h in make_inputs([rows[1]])[0].hits}
    texts = [ARTICLE, *rows, ARTICLE]
    probs = label_rows([{}, {"related": 0.2}, {"related": 0.9}, {"related": 0.2}, {}])
    verdicts = decide(make_inputs(texts), probs, probs)
    assert [v[0] for v in verdicts[1:4]] == ["body", "related", "body"]
    # (The three rows are one list that reads as the story's.)
    assert body_lists(make_inputs(texts), probs.tolist())[1:4] == [True] * 3


def test_a_slash_trail_cue_does_not_remove_a_headline_the_first_pass_reads_as_body():
    headline = "Love / Hate in the Valley"
    assert "slash_trail" in {h.reason for h in make_inputs([headline])[0].hits}
    verdicts = decide_units([(headline, "body", 0.9)] + [(ARTICLE, "body", 0.95)] * 3)
    assert verdicts[0][0] == "body" and "guard:reads_as_body" in verdicts[0][3]
    # Doubted by the first pass (meta its likeliest junk label), a trail goes when the
    # context pass is sure: the cue stands in for the first pass's 0.5.
    texts = ["Home / News / Courts", ARTICLE, ARTICLE, ARTICLE]
    first = label_rows([{"meta": 0.45, "related": 0.2}, {}, {}, {}])
    second = label_rows([{"meta": 0.9}, {}, {}, {}])
    assert decide(make_inputs(texts), first, second)[0][0] == "meta"


def test_in_an_interview_a_question_with_its_answer_is_no_teaser_under_a_more_heading():
    question = ("And finally, what would you tell young people?", "body", 0.6)
    answer = ("Come to the radio and tell your village's story yourselves.", "body", 0.6)
    units = INTERVIEW + [("More from our series", "related", 0.9), question, answer]
    verdicts = decide_units(units)
    assert [v[0] for v in verdicts[-2:]] == ["body", "body"]
    # Without the interview's questions above, the same two lines are the heading's list.
    teaser = decide_units(INTERVIEW[1:2] + units[-3:])
    assert teaser[-2][0] == "related"


def test_a_prompt_neither_pass_reads_as_body_goes_though_its_junk_share_is_split():
    prompt = "Watch every match of the cup again on our channel, free for members"
    [item] = make_inputs([prompt])
    assert calls_to_reader(item) and not item.news_voice and not item.hits
    texts = [ARTICLE, ARTICLE, ARTICLE, prompt]
    # The first pass splits its junk share (no label reaches 0.5) but gives body 0.01.
    split = {"promo": 0.45, "social": 0.3, "related": 0.24}
    second = label_rows([{}, {}, {}, {"promo": 0.97}])
    verdict = decide(make_inputs(texts), label_rows([{}, {}, {}, split]), second)[3]
    assert verdict[0] == "promo"
    # A first pass that gives body a little more (0.1) keeps the line, as before.
    doubted = {"promo": 0.45, "social": 0.3, "related": 0.15}
    verdict = decide(make_inputs(texts), label_rows([{}, {}, {}, doubted]), second)[3]
    assert verdict[0] == "body" and "guard:first_pass_disagrees" in verdict[3]
    # So does a sentence in news voice about the same thing.
    report = "The club said members can watch every match of the cup again on its channel"
    [reported] = make_inputs([report])
    assert reported.news_voice or not calls_to_reader(reported)
    verdict = decide(
        make_inputs([ARTICLE] * 3 + [report]), label_rows([{}, {}, {}, split]), second
    )[3]
    assert verdict[0] == "body"


def test_after_the_article_long_news_voice_junk_goes_only_when_both_passes_are_certain():
    # A comment policy that no cue names (it opens with the paper, not the comments).
    policy = (
        "O jornal lembra que as opiniões publicadas pelos leitores nesta secção são da "
        "responsabilidade de quem as escreve e não refletem a opinião da redação."
    )
    (item,) = make_inputs([policy])
    assert not item.hits and item.news_voice and item.n_words >= 15
    units = [ARTICLE, ARTICLE, ARTICLE, policy]
    # Both passes all but rule out body: the reported tone does not save it.
    probs = label_rows([{}, {}, {}, {"comments": 0.99}])
    assert decide(make_inputs(units), probs, probs)[3][0] == "comments"
    # Only fairly sure: long prose in news voice may be the article's own, and stays.
    probs = label_rows([{}, {}, {}, {"comments": 0.85}])
    verdict = decide(make_inputs(units), probs, probs)[3]
    assert verdict[0] == "body"
    assert "guard:prose" in verdict[3]
