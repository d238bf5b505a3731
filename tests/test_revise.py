"""The second looks after each round of decide() (revise.py): subheadings, sign-offs, an
interview's closing turns, a table's head row and a summary box's heading stay with the
body below them, and an appeal box's sure neighbours go with it.

As in test_decide_guards.py, the probabilities are set by hand and the texts are real
units run through make_inputs.
"""

from __future__ import annotations

from conftest import ARTICLE, INTERVIEW, decide_units, label_rows

from cleaner import clean
from cleaner.decide import decide
from cleaner.features import make_inputs


def test_a_subheading_over_advice_that_stays_stays_with_it():
    # After the last paragraph the model reads "What you can do as a reader" as an appeal's
    # heading; the advice under it reads as body on its own and stays, and so does its
    # heading. Over an appeal that goes, or as a name under the headline, it goes.
    advice = (
        "If you want to refuse tracking, most browsers let you block third-party cookies in "
        "their settings, and you can clear stored cookies whenever you close the window."
    )
    heading = "What you can do as a reader"
    verdicts = decide_units(
        [(ARTICLE, "body", 0.95), (heading, "donation", 0.8), (advice, "body", 0.6)]
    )
    assert [v[0] for v in verdicts] == ["body", "body", "body"]
    assert "guard:heads_body" in verdicts[1][3]
    appeal = (
        "We are a small newsroom funded by readers, and a few euros a month from you keep "
        "our reporters on the council beat for another year."
    )
    verdicts = decide_units(
        [(ARTICLE, "body", 0.95), (heading, "donation", 0.8), (appeal, "donation", 0.9)]
    )
    assert [v[0] for v in verdicts[1:]] == ["donation", "donation"]
    verdicts = decide_units(
        [(ARTICLE, "body", 0.95), ("Renata Okafor", "meta", 0.9), (advice, "body", 0.6)]
    )
    assert verdicts[1][0] == "meta"


def test_a_subheading_over_a_list_that_stays_stays_with_it():
    steps = [
        "- Open the phone's settings and choose Apps.",
        "- Pick the app and tap Permissions.",
        "- Set location to 'Only while in use'.",
    ]
    heading = "How to check an app's location permissions"
    units = [(ARTICLE, "body", 0.95), (heading, "related", 0.8)]
    verdicts = decide_units(units + [(step, "body", 0.6) for step in steps])
    assert [v[0] for v in verdicts] == ["body"] * 5
    assert "guard:heads_body" in verdicts[1][3]
    # A single line under it is no list.
    verdicts = decide_units(units + [(steps[0], "body", 0.6)])
    assert verdicts[1][0] == "related"


def test_a_reviews_one_word_pros_or_cons_heading_stays_over_its_kept_items():
    # After the article's last long paragraph, "Pros" and "Cons" read as buttons stay over
    # their kept items (one is enough between kept text); not after a line that went.
    units = [
        (ARTICLE, "body", 0.95),
        ("Pros", "ui", 0.8),
        ("- Two days of battery", "body", 0.6),
        ("Cons", "meta", 0.8),
        ("- Runs hot in long games", "body", 0.6),
        ("Verdict: 8/10", "body", 0.6),
    ]
    verdicts = decide_units(units)
    assert [v[0] for v in verdicts] == ["body"] * 6
    assert "guard:heads_body" in verdicts[1][3] and "guard:heads_body" in verdicts[3][3]
    verdicts = decide_units([*units[:3], ("Share this review", "social", 0.99), *units[3:]])
    assert verdicts[3][0] == "social" and verdicts[4][0] == "meta"


def test_a_table_header_row_with_dates_stays_with_the_tables_rows():
    rows = [
        "Subscriptions | Feb 2024 | Feb 2025",
        "Digital | 9,300 | 13,600",
        "Print | 31,200 | 28,900",
        "Total | 40,500 | 42,500",
    ]
    # A date cue fires on the header row, and the first pass reads it as meta.
    assert "dateline_short" in {hit.reason for hit in make_inputs(rows[:1])[0].hits}
    probs = label_rows([{}, {"meta": 0.95}, {}, {}, {}, {}])
    verdicts = decide(make_inputs([ARTICLE, *rows, ARTICLE]), probs, probs)
    assert [v[0] for v in verdicts] == ["body"] * 6
    assert "guard:list_reads_as_body" in verdicts[1][3]
    # A byline with a date and a pipe, alone under the headline, is still meta.
    probs = label_rows([{}, {"meta": 0.95}, {}, {}])
    byline = "Ann Lee | 14 Feb 2025"
    verdicts = decide(make_inputs([ARTICLE, byline, ARTICLE, ARTICLE]), probs, probs)
    assert verdicts[1][0] == "meta"


def test_a_summary_boxs_heading_over_its_kept_bullets_stays_though_read_as_meta():
    # Under the headline, an audio player goes; the summary box's heading reads like a
    # site's section label (meta), but the bullets under it stay, so it stays too.
    bullets = [
        "• The council approved bus lanes on two avenues from 1 February.",
        "• Only buses and taxis may use them on weekday mornings.",
        "• Drivers who use them face a fine of 15,000 tenge.",
    ]
    headline = "Council approves bus lanes on the city's two busiest avenues"
    for heading in ["Key points", "Summary"]:
        units = [
            (headline, "body", 0.9),
            ("🔊 Listen to this article · 03:54", "promo", 0.95),
            (heading, "meta", 0.7),
        ]
        verdicts = decide_units(
            units + [(b, "body", 0.9) for b in bullets] + [(ARTICLE, "body", 0.95)]
        )
        assert verdicts[1][0] != "body"  # the player goes (an audio player's line)
        assert verdicts[2][0] == "body", heading
        assert "guard:heads_body" in verdicts[2][3]
        # Over a paragraph (no list), a line read as meta is no heading: a name under the
        # headline stays removed.
        verdicts = decide_units(units + [(ARTICLE, "body", 0.95)] * 2)
        assert verdicts[2][0] == "meta", heading


LETTER = (
    "I have lived on this street for thirty years and the snow has never been cleared so "
    "late, while the main road is ploughed twice before dawn every single morning."
)


def test_a_letters_sign_off_stays_when_another_of_its_form_stays():
    units = [
        (LETTER, "body", 0.95),
        ("Réjean Gagnon, Saint-Amable", "body", 0.9),
        (LETTER, "body", 0.95),
        ("Marc-André Bouchard, Baie-des-Pins", "meta", 0.8),  # the last one, read as a byline
    ]
    verdicts = decide_units(units)
    assert verdicts[3][0] == "body"
    assert "guard:sign_off_series" in verdicts[3][3]
    # Alone, the same line after the last paragraph is a byline's to lose.
    assert decide_units([units[0], units[3]])[1][0] == "meta"
    # A sentence with a comma is no sign-off.
    sentence = ("If you can read this story, you owe it to our readers.", "donation", 0.8)
    assert decide_units(units[:3] + [sentence])[3][0] == "donation"


def test_an_interviews_closing_turns_stay_after_its_last_answer():
    verdicts = decide_units(
        INTERVIEW + [("Thank you.", "ui", 0.8), ("Thanks for having me.", "comments", 0.8)]
    )
    assert [v[0] for v in verdicts[-2:]] == ["body", "body"]
    assert "guard:closing_turn" in verdicts[-1][3]
    # A line the first pass is sure of is no turn.
    sure = decide_units(INTERVIEW + [("Sign up for our weekly newsletter.", "newsletter", 0.97)])
    assert sure[-1][0] == "newsletter"
    # Without an interview's questions, a short line after the text is not kept for it.
    assert decide_units(INTERVIEW[1:2] + [("Thank you.", "ui", 0.6)])[-1][0] == "ui"


def test_a_line_the_first_pass_is_sure_of_beside_a_removed_appeal_is_the_rest_of_its_box():
    # Inside the article: the pitch has a cue; the payment line under it has none, and the
    # context pass, seeing body around the box, doubts it. The first pass alone is sure.
    ask, payment = (
        "Support independent journalism: donate today.",
        "Monthly or once, with any card.",
    )
    assert make_inputs([ask])[0].hits and not make_inputs([payment])[0].hits
    texts = [ARTICLE, ARTICLE, ask, payment, ARTICLE, ARTICLE]

    def verdicts(first_p: float, keep: tuple[str, ...] = ()):
        first = label_rows([{}, {}, {"donation": 0.95}, {"donation": first_p}, {}, {}])
        second = label_rows([{}, {}, {"donation": 0.95}, {"donation": 0.5}, {}, {}])
        return decide(make_inputs(texts), first, second, keep=keep)

    sure = verdicts(0.9)
    assert [v[0] for v in sure] == ["body", "body", "donation", "donation", "body", "body"]
    assert "context:appeal_box" in sure[3][3]
    # Less sure, it may be the story's own line; and a label the caller keeps stays.
    doubted = verdicts(0.8)
    assert doubted[3][0] == "body" and "guard:inside_core" in doubted[3][3]
    assert [v[0] for v in verdicts(0.9, keep=("donation",))] == ["body"] * 6


def test_an_appeal_box_goes_whole_when_the_line_that_went_is_at_its_foot():
    # The amount buttons sit inside the article, where their weak cue (a lone sum) does not
    # remove them; the box's last line, "Other amount", goes by its cue. The buttons above
    # it go with it, as those below a removed pitch do.
    buttons, foot = ["€ 10", "€ 25", "€ 50"], "Other amount"
    sure, doubted = {"donation": 0.95}, {"donation": 0.5}

    def verdicts(lines: list[str]):
        texts = [ARTICLE, ARTICLE, *lines, ARTICLE, ARTICLE]
        first = label_rows([{}, {}, *[sure] * len(lines), {}, {}])
        second = label_rows([{}, {}, *[doubted] * len(buttons), *[sure] * (len(lines) - 3), {}, {}])
        return decide(make_inputs(texts), first, second)

    alone = verdicts(buttons)
    assert [v[0] for v in alone] == ["body"] * 7
    boxed = verdicts([*buttons, foot])
    assert [v[0] for v in boxed] == ["body"] * 2 + ["donation"] * 4 + ["body"] * 2
    assert all("context:appeal_box" in v[3] for v in boxed[2:5])


def test_an_appeal_box_goes_whole_through_clean_when_its_buttons_sit_above_the_cued_line():
    story = [
        "The council approved the new cycle lanes on Monday after a debate that lasted well "
        "into the evening, with eleven votes in favour and four against.",
        "Work on the first section along the river is due to start in March and should take "
        "about five months, the city engineer said.",
        "Residents of the old town had asked for the lanes for years, pointing to three "
        "serious accidents at the bridge since 2019.",
        "The second section, which crosses the market square, will follow next year if the "
        "regional grant arrives on time.",
    ]
    box = ["$10", "$25", "$50", "Other amount"]
    result = clean("\n\n".join(story[:2] + box + story[2:]), "text")
    assert result.text.split("\n\n") == story
    assert [(r.label, r.text.strip()) for r in result.removed] == [
        ("donation", line) for line in box
    ]


def test_an_explainers_question_heading_under_an_appeal_box_stays_with_its_answer():
    # The first pass reads a short question under the box as the box's own ("Can I object?"
    # after "Donate once"), but the paragraph under it reads as body: it heads the answer.
    ask, question = "Support independent journalism: donate today.", "Can I object to the bill?"
    assert make_inputs([ask])[0].hits and not make_inputs([question])[0].hits
    sure = {"donation": 0.95}

    def verdicts(below: list[str], below_rows: list[dict[str, float]]):
        texts = [ARTICLE, ARTICLE, ask, question, *below]
        first = label_rows([{}, {}, sure, sure, *below_rows])
        second = label_rows([{}, {}, sure, {"donation": 0.5}, *below_rows])
        return decide(make_inputs(texts), first, second)

    over_answer = verdicts([ARTICLE, ARTICLE], [{}, {}])
    assert over_answer[3][0] == "body"
    # Above the box's amount buttons, the question is the box's own and goes with it.
    over_buttons = verdicts(["Other amount", ARTICLE], [sure, {}])
    assert [v[0] for v in over_buttons[2:5]] == ["donation"] * 3
    assert "context:appeal_box" in over_buttons[3][3]
