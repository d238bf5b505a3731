"""The furniture of entertainment pages: embedded posts' and players' leftovers, the
platform's credit under a post, gallery controls and counts, where-to-watch boxes
(lexicon_entertainment.py, embeds.py), and the post's own text kept above its credit or a
tweet's signature (posts.py); a story's own lines (a tour's dates, a match's result, a
rating, a tweet's signature) are not named."""

from __future__ import annotations

import pytest
from conftest import assert_lossless, rule_labels

from cleaner.embeds import account_credit, gallery_counter, tweet_signature
from cleaner.features import UnitInput
from cleaner.posts import keep_embedded_posts
from cleaner.records import RuleHit
from cleaner.rules import rule_hits


@pytest.mark.parametrize(
    ("line", "reason", "label"),
    [
        ("Watch on YouTube", "embed_chrome", "ui"),
        ("Ver essa foto no Instagram", None, "ui"),
        ("A post shared by Lia Moreno (@liamoreno)", "post_credit", "meta"),
        ("Uma publicação compartilhada por Caio Bastos (@caiobastos)", "post_credit", "meta"),
        ("Siaran dikongsi oleh Nurul Aisyah (@nurulaisyahz)", "account_credit", "meta"),
        ("Where to watch", "watch_box", "promo"),
        ("Stream on Vistaflix", "watch_offer", "promo"),
        ("Rent from $3.99 on Kinobox+", "watch_offer", "promo"),
        ("Next image", "gallery_control", "ui"),
        ("Photo 3 of 12", "gallery_counter", "ui"),
        ("Bild 1 von 6", "gallery_counter", "ui"),
        ("Click to load content from YouTube", "embed_consent", "legal"),
    ],
)
def test_an_entertainment_pages_furniture_is_named(line, reason, label):
    found = rule_labels(line)
    if reason is None:
        assert label in found.values(), (line, found)
    else:
        assert found.get(reason) == label, (line, found)


@pytest.mark.parametrize(
    "line",
    [
        # a tour's dates with the venue and the town
        "Fredag 13. mars 2026 – Grieghallen, Bergen",
        # a match's result between two names
        "Rudnik – Vukovi 13:11 Olujni val",
        # a headline that names a date
        "『星屑のランタン・リメイク』発売日が2026年6月18日に決定、限定版の内容も公開",
    ],
)
def test_a_storys_dated_line_is_no_page_date(line):
    assert "dateline_short" not in rule_labels(line), line


def test_a_page_date_line_still_is():
    for line in ("Published 3 March 2026, 14:02", "2026年6月18日 14:05", "3 March 2026 – 14:02"):
        assert "dateline_short" in rule_labels(line), line


def test_a_rating_is_not_a_gallerys_count():
    assert gallery_counter("Slide 2 of 9")
    assert gallery_counter("1 of 12")
    assert gallery_counter("1 / 12")
    for line in ("8 von 10", "4 of 5", "1/5", "3/12", "146/6", "12 of 3", "Verdict: 4/5"):
        assert not gallery_counter(line), line


def test_an_images_word_counts_with_a_slash_too():
    # "photo {n} of {m}" lists the word: "Photo 3 / 12", "写真 2/8", "Фото 4/10" count too.
    for line in ("Photo 3 / 12", "Bild 1 / 24", "写真 2/8", "Фото 4/10", "画像 1／9"):
        assert gallery_counter(line), line
    for line in ("Photo 7/6", "Photo: 3/12 in Leeds", "Score 3/18", "Verdict: 4/5"):
        assert not gallery_counter(line), line


def test_a_platforms_credit_is_a_name_and_its_account():
    assert account_credit("Siaran dikongsi oleh Nurul Aisyah Zainal (@nurulaisyahz)")
    assert account_credit("Selin Karaca (@selinkaraca) tarafından paylaşılan bir gönderi")
    for line in (
        "Lia Moreno (@liamoreno) posted a photo from the set on Tuesday",
        "The singer, who has 2 million followers on her account (@liamoreno), said on"
        " Tuesday that the tour would go ahead in April as planned.",
    ):
        assert not account_credit(line), line


def test_a_tweets_signature_is_the_quotes_own():
    # It ends the quote, as a reported speech's attribution does: no rule names it.
    for line in ("— Dax Orr (@daxorr) March 3, 2026", "— Rubén Altamira (@rubenaltamira)"):
        assert tweet_signature(line), line
        assert not rule_hits(line), line
    assert not tweet_signature("— Marta Olvido, Madrid")


def test_a_trending_bar_is_a_related_heading_and_its_teasers():
    for line in (
        "TRENDING: Tidal Lane exit · Jungle star's new look · Pop diva's 'secret' tour",
        "Em alta: BBB · Casamento da Lari · Novela das nove",
    ):
        assert rule_labels(line).get("trending_bar") == "related", line
    # a cast list's line has no related heading before its colon
    assert "trending_bar" not in rule_labels("Cast: Lia Moreno · Dax Orr · Mara Quill")


def _input(text: str, position: int, hits: tuple[RuleHit, ...] = ()) -> UnitInput:
    return UnitInput(text=text, position=position, count=5, hits=hits)


def test_a_posts_text_above_its_credit_is_kept_when_the_model_alone_removed_it():
    chrome = RuleHit("ui", 0.95, "embed_chrome")
    credit = RuleHit("meta", 0.7, "post_credit")
    inputs = [
        _input("The star shared the news with her followers:", 0),
        _input("View this post on Instagram", 1, (chrome,)),
        _input("So proud of this crew. See you in April!", 2),
        _input("A post shared by Lia Moreno (@liamoreno)", 3, (credit,)),
        _input("The renewal comes after weeks of speculation.", 4),
    ]
    verdicts = [
        ("body", 0.9, "body", ("model:body",)),
        ("ui", 0.95, "ui", ("rule:embed_chrome", "model:ui")),
        ("donation", 0.9, "donation", ("model:donation",)),
        ("meta", 0.99, "meta", ("rule:post_credit", "model:meta")),
        ("body", 0.9, "body", ("model:body",)),
    ]
    kept = keep_embedded_posts(verdicts, inputs)
    assert [verdict[0] for verdict in kept] == ["body", "ui", "body", "meta", "body"]
    assert "guard:embedded_post" in kept[2][3]


def test_a_line_with_a_cue_of_its_own_above_a_signature_stays_removed():
    advert = RuleHit("promo", 0.95, "advert_word")
    inputs = [
        _input("Advertisement", 0, (advert,)),
        _input("— Dax Orr (@daxorr) March 3, 2026", 1),
    ]
    verdicts = [
        ("promo", 0.95, "promo", ("rule:advert_word",)),
        ("body", 0.9, "meta", ("model:meta", "guard:embedded_post")),
    ]
    assert keep_embedded_posts(verdicts, inputs) == verdicts


def test_a_tweets_text_above_its_signature_is_kept():
    inputs = [
        _input("Season 3. Same boat, bigger waves. Thank you for watching!", 0),
        _input("— Owen Breckridge (@owenbreck) March 12, 2026", 1),
    ]
    verdicts = [
        ("related", 0.8, "related", ("model:related", "context:neighbours")),
        ("body", 0.9, "meta", ("model:meta", "guard:embedded_post")),
    ]
    kept = keep_embedded_posts(verdicts, inputs)
    assert [verdict[0] for verdict in kept] == ["body", "body"]


ARTICLE = "\n\n".join(
    [
        "Vistaflix renews 'Harbour Lights' for a third season after record week",
        "The drama about a lighthouse family drew 41 million viewing hours in its first week,"
        " the streamer said on Tuesday.",
        "Star Lia Moreno celebrated the news on Instagram with a photo from the set.",
        "View this post on Instagram",
        "So proud of this crew. See you in April!",
        "A post shared by Lia Moreno (@liamoreno)",
        "The renewal comes after weeks of speculation about the show's budget, which grew"
        " by a third for the second season.",
        "Stream on Vistaflix",
        "Photo 1 of 12",
        "Season two ended on a cliffhanger that left fans divided.",
    ]
)


def test_an_embedded_post_keeps_its_text_and_loses_its_furniture(cleaner):
    result = cleaner.clean(ARTICLE, kind="text")
    assert_lossless(ARTICLE, result)
    assert "So proud of this crew. See you in April!" in result.text
    for furniture in (
        "View this post on Instagram",
        "A post shared by",
        "Stream on Vistaflix",
        "Photo 1 of 12",
    ):
        assert furniture not in result.text, furniture
    assert result.text.rstrip().endswith("left fans divided.")
