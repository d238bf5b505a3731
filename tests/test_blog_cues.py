"""A blog engine's own furniture (lexicon_blogs.py): the like, share and follow widgets, the
comment form's small print, the hosted blog's bar and the engine's credit, in many
languages; a blogger's own sentences about likes, shares and subscribers are not named,
and a post with the furniture under it comes out as the post alone."""

from __future__ import annotations

import pytest
from conftest import assert_not_named, assert_same_kinds_in_lower_case, rule_labels

from cleaner import clean
from cleaner.lexicon_blogs import BLOG_CUES
from cleaner.normal_form import normalise


@pytest.mark.parametrize(
    ("line", "label"),
    [
        # The like widget and its loader, alone or glued, with counts and the raw template.
        ("Like this:", "social"),
        ("Like Loading...", "social"),
        ("Be the first to like this.", "social"),
        ("12 bloggers like this.", "social"),
        ("%d bloggers like this:", "social"),
        ("Gefällt mir Wird geladen …", "social"),
        ("J’aime chargement…", "social"),
        ("Me gusta Cargando...", "social"),
        ("Curtir Carregando...", "social"),
        ("Lubię to: Wczytywanie…", "social"),
        ("Нравится Загрузка...", "social"),
        ("Walter. Fotostrecke Gefällt mir: Gefällt mir Wird geladen...", "social"),
        # The share row's heading and its buttons' screen-reader text.
        ("Teilen mit:", "social"),
        ("Compartilhe isso:", "social"),
        ("Click to share on Twitter (Opens in new window)", "social"),
        ("Klicken, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)", "social"),
        ("Cliquez pour partager sur X(ouvre dans une nouvelle fenêtre)", "social"),
        ("Click to print (Opens in new window)", "ui"),
        # Following by e-mail, the comment form's small print, the post's own footer.
        ("Join 1,284 other subscribers", "newsletter"),
        ("Follow Blog via Email", "newsletter"),
        ("Benachrichtige mich über neue Beiträge via E-Mail.", "newsletter"),
        ("Notify me of follow-up comments by email.", "comments"),
        (
            "Save my name, email, and website in this browser for the next time I comment.",
            "comments",
        ),
        ("This entry was posted in Recipes and tagged bread. Bookmark the permalink.", "meta"),
        # A hosted blog's bar, the comment box's loader, the engine's credit and ad labels.
        ("Report this content", "ui"),
        ("View site in Reader", "ui"),
        ("Loading Comments...", "ui"),
        ("Create a free website or blog at WordPress.com.", "promo"),
        ("Advertisements", "promo"),
        ("Report this ad", "promo"),
        # A hosted blog of the other big engine: its empty comment box, navigation, feed
        # link, share row and credit.
        ("No comments:", "comments"),
        ("Neuerer Post Älterer Post Startseite", "ui"),
        ("Subscribe to: Post Comments (Atom)", "ui"),
        ("Email This BlogThis! Share to X Share to Facebook Share to Pinterest", "social"),
        ("Theme images by Jason Morrow. Powered by Blogger.", "promo"),
        ("Con la tecnología de Blogger.", "promo"),
        # Plugins' and themes' own lines: a rating widget, a print button, a translation
        # picker, screen-reader landmarks, a comment system's credit.
        ("How useful was this post?", "comments"),
        ("No votes so far! Be the first to rate this post.", "comments"),
        ("Bisher keine Bewertungen! Sei der Erste, der diesen Beitrag bewertet.", "comments"),
        ("[Total: 12 Average: 4.5]", "ui"),
        ("Average rating 4.5 / 5. Vote count: 12", "ui"),
        ("Print Friendly, PDF & Email", "ui"),
        ("Select Language", "ui"),
        ("Primary Sidebar", "ui"),
        ("comments powered by Disqus", "comments"),
        ("Log in or register to post comments", "comments"),
        # A featured image's and a stock library's credit on a line of its own.
        ("Beitragsbild via Unsplash.", "meta"),
        ("Featured image: Pixabay", "meta"),
        ("Image by Gerd Altmann from Pixabay", "meta"),
        ("Photo de Léa Petit sur Unsplash", "meta"),
    ],
)
def test_blog_engine_furniture_is_named(line, label):
    assert label in rule_labels(line).values(), line


def test_a_bloggers_own_sentences_about_the_same_things_are_not_named():
    blog_reasons = {"share_word", "follow_us", "newsletter_word", "newsletter_signup"}
    blog_reasons |= {"comment_word", "ui_word", "rate_prompt"}
    assert_not_named(
        [
            "When my post about the bakery got two hundred likes, I knew people cared.",
            "I like this recipe because the dough rests overnight.",
            "Three of you asked in the comments how long the dough rests.",
            "Our club now has 1,284 subscribers, most of them from the valley.",
            "Ich klicke selten auf Teilen, aber diesen Artikel habe ich weitergeschickt.",
            "Me gusta esto de cocinar los domingos con mis hijos.",
            "The council had no comments on the plan for the older post office.",
            "The vote count was delayed until Tuesday, the electoral board said.",
        ],
        blog_reasons,
    )


def test_a_storys_sentence_about_an_image_is_no_credit():
    assert_not_named(
        [
            "The featured image from the exhibition shows a harbour at dawn.",
            "A photo by Ansel Adams on loan from the museum hangs in the hall.",
            "Ein Foto von Anna Weber auf der Titelseite zeigt den Hafen.",
        ],
        {"photo_credit"},
    )


def test_every_language_has_the_same_kinds_in_lower_case():
    assert_same_kinds_in_lower_case(BLOG_CUES)
    for lang, table in BLOG_CUES.items():
        for phrases in table.values():
            for phrase in phrases:
                # The line's edge is stripped of both (normal_form.EDGE_JUNK).
                assert not phrase.endswith((":", "…")), (lang, phrase)


@pytest.mark.parametrize(
    ("line", "label"),
    [
        # A loading widget or a comment box's placeholder ends on an ellipsis character,
        # which a line's edge is stripped of like dots.
        ("Loading…", "ui"),
        ("Gefällt mir Wird geladen…", "social"),
        ("コメントを読み込み中…", "ui"),
        ("Write a comment…", "comments"),
        ("Scrivi un commento…", "comments"),
    ],
)
def test_a_widget_line_ending_on_an_ellipsis_is_named(line, label):
    assert normalise(line) == normalise(line.removesuffix("…"))
    assert label in rule_labels(line).values()


def test_a_post_with_a_blog_engines_furniture_comes_out_as_the_post():
    post = [
        "Sourdough in a cold kitchen",
        "Our kitchen barely reaches sixteen degrees in January, so the starter sulks. "
        "I moved the jar next to the boiler and fed it twice a day for a week.",
        "The loaf that came out on Sunday had the open crumb I had been chasing since "
        "autumn. Three of you asked in the comments how long the dough rests: "
        "fourteen hours in the fridge, then two on the counter.",
        "Next month I want to try a rye loaf with caraway from the market in town.",
    ]
    furniture = [
        ("Share this:", "social"),
        ("Click to share on Facebook (Opens in new window)", "social"),
        ("Click to email a link to a friend (Opens in new window)", "social"),
        ("Like this:", "social"),
        ("Like Loading...", "social"),
        (
            "This entry was posted in Baking and tagged bread, sourdough. Bookmark the permalink.",
            "meta",
        ),
        ("Notify me of new posts by email.", "newsletter"),
        ("Create a free website or blog at WordPress.com.", "promo"),
    ]
    text = "\n\n".join(post + [line for line, _label in furniture])
    result = clean(text, kind="text")
    assert result.text.strip().split("\n\n") == post
    removed = {item.text.strip(): str(item.label) for item in result.removed}
    for line, label in furniture:
        assert removed.get(line) == label, line


def test_a_blog_engines_share_like_related_and_ad_boxes_are_pruned_from_its_page():
    from cleaner.html import parse_html
    from cleaner.prune import prune

    prose = (
        "<p>The allotment committee met on Saturday to share out the new plots along the "
        "river path, and the waiting list is finally down to nine names.</p>"
    )
    page = (
        f"<html><body><article><div class='entry-content'>{prose * 3}"
        "<div class='wpcnt'><div class='wpa'><span class='wpa-about'>Advertisements</span>"
        "</div></div>"
        "<div class='sharedaddy sd-block'><h3>Share this:</h3><ul><li><a href='/s'>"
        "Click to share on Facebook (Opens in new window)</a></li></ul></div>"
        "<div class='sharedaddy sd-like jetpack-likes-widget-wrapper'><h3>Like this:</h3>"
        "<span>Like Loading...</span></div>"
        "<div id='jp-relatedposts' class='jp-relatedposts'><h3>Related</h3>"
        "<a href='/a'>Seed swap in the church hall</a></div>"
        "</div></article></body></html>"
    )
    tree = parse_html(page)
    pruned = prune(tree)
    assert [(r.label, r.reasons[0]) for r in pruned] == [
        ("promo", "dom:class=wpcnt"),
        ("social", "dom:class=sharedaddy"),
        ("social", "dom:class=sharedaddy"),
        ("related", "dom:class=relatedposts"),
    ]
    assert "waiting list is finally down to nine names" in "".join(tree.itertext())
