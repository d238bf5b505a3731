"""The HTML path: extraction, pruning of appeal containers, and their record."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import DATA, article_page

from cleaner import clean

PAGE = DATA / "page.html"
BODY = [
    "The passenger ferry linking Saltmarsh and the island of Pellow resumed service",
    "About 140 people made the first crossing",
    "It feels like the island has been reconnected to the world",
    "The county spent 3.2 million on a refurbished second-hand vessel",
    "Harbour master Tom Ferris said the new boat had passed its sea trials",
    "fares will stay at last year's level",
]
JUNK = [
    "Share on Facebook",
    "Sign up for our free morning briefing",
    "Donate now",
    "reader-funded",
    "All rights reserved",
]


def test_html_page_keeps_body_and_drops_appeals():
    result = clean(PAGE.read_text(encoding="utf-8"))
    assert result.source == "html"
    for sentence in BODY:
        assert sentence in result.text
    for junk in JUNK:
        assert junk not in result.text
    pruned = {r.label for r in result.removed if r.start is None}
    assert {"social", "newsletter", "donation"} <= pruned
    for item in result.removed:
        if item.start is None:
            assert item.end is None and item.text and item.reasons[0].startswith("dom:")


def test_html_cli_json_has_extracted_and_null_offsets():
    proc = subprocess.run(
        [sys.executable, "-m", "cleaner", "clean", "--html", "--format", "json", str(PAGE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["source"] == "html"
    assert "extracted" in result and BODY[0] in result["extracted"]
    assert any(r["start"] is None and r["end"] is None for r in result["removed"])


def test_text_flag_forces_plain_text_on_markup():
    proc = subprocess.run(
        [sys.executable, "-m", "cleaner", "clean", "--text", "--format", "json", str(PAGE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["source"] == "text"


def test_pruning_can_be_switched_off():
    result = clean(PAGE.read_text(encoding="utf-8"), prune_html=False)
    assert all(r.start is not None for r in result.removed)


def test_only_pages_with_control_characters_or_surrogates_are_rewritten():
    from cleaner.html import _unparsable

    assert _unparsable("<p>backspace\x08 here</p>")
    assert _unparsable("<p>nul\x00</p>")
    assert _unparsable("<p>lone \ud800 surrogate</p>")
    assert not _unparsable("<p>Ünïcödé “quotes” — tabs\tand\r\nnew lines, 東京, 🎉</p>")


def test_an_embedded_post_is_not_pruned_as_a_share_box():
    from cleaner.html import parse_html
    from cleaner.prune import prune

    page = (
        "<html><body><article><p>The governor answered her critics online.</p>"
        '<div class="social-media-embed"><blockquote class="twitter-tweet">'
        "<p>The whole point of this campaign is awareness.</p></blockquote></div>"
        '<div class="social-share">Share this story</div></article></body></html>'
    )
    tree = parse_html(page)
    pruned = prune(tree)
    assert [(r.label, r.text) for r in pruned] == [("social", "Share this story")]
    assert "The whole point of this campaign" in "".join(tree.itertext())


def test_containers_named_in_the_sites_own_language_are_pruned():
    from cleaner.html import parse_html
    from cleaner.prune import prune

    page = (
        "<html><body><article><p>El ayuntamiento aprobó el presupuesto el martes, tras un "
        "pleno de cuatro horas en el que la oposición pidió más dinero para el transporte "
        "escolar y para la reforma del mercado municipal.</p>"
        '<div class="barra-compartir">Compartir en Facebook</div>'
        '<aside class="noticias-relacionadas"><a href="/a">Otra noticia del pleno</a></aside>'
        '<div id="publicidad-lateral">Publicidad</div></article></body></html>'
    )
    tree = parse_html(page)
    pruned = prune(tree)
    assert [(r.label, r.text) for r in pruned] == [
        ("social", "Compartir en Facebook"),
        ("related", "Otra noticia del pleno"),
        ("promo", "Publicidad"),
    ]
    assert "El ayuntamiento aprobó el presupuesto" in "".join(tree.itertext())
    # A fundraiser box inside the text, named in Czech ("embedded collection").
    text = (
        "<p>Radnice web před šesti lety svěřila externí firmě a o skriptech podle tajemníka "
        "nevěděla, pokutu proto nenapadla.</p>"
    )
    page = (
        f"<html><body><article>{text * 4}"
        '<div class="vlozena-sbirka"><p>Vybráno 184 300 Kč z 250 000 Kč</p>'
        '<a href="/podporte-nas">Přispět</a></div></article></body></html>'
    )
    pruned = prune(parse_html(page))
    assert [(r.label, r.reasons) for r in pruned] == [("donation", ("dom:class=sbirka",))]


_PROSE = (
    "Die Risse wurden vergangene Woche bei einer Ultraschallprüfung an Stütze {n} "
    "festgestellt, rund 300 Meter unterhalb der Bergstation, teilte der Betreiber mit."
)


def _local_page(container_class: str) -> str:
    paragraphs = "".join(f"<p>{_PROSE.format(n=n)}</p>" for n in range(1, 7))
    return (
        "<html><body><div class='kopf'><a href='/'>Bergland</a></div>"
        f"<div class='seite'><div class='{container_class}'>{paragraphs[:400]}"
        "<h2>Hüttenwirte suchen Alternativen</h2>"
        f"{paragraphs[400:]}<ul><li>Baujahr: 1998</li><li>Länge: 2,9 Kilometer</li></ul>"
        "</div></div><div class='fuss'><p>© Bergland Rundfunk 2025</p></div></body></html>"
    )


def test_an_article_in_containers_named_in_the_sites_own_language_keeps_its_structure():
    # trafilatura knows containers by English class names ("article-body"); without one it
    # collects loose paragraphs and drops subheadings and lists. cleaner marks the element
    # that holds the page's prose as the article.
    result = clean(_local_page("artikel-inhalt"), "html")
    assert "Hüttenwirte suchen Alternativen" in result.extracted
    assert "Baujahr: 1998" in result.extracted
    assert "Hüttenwirte suchen Alternativen" in result.text


def test_a_page_trafilatura_understands_is_left_as_it_is():
    import trafilatura

    from cleaner.html import parse_html
    from cleaner.page_layout import mark_article

    page = _local_page("article-body")
    tree = parse_html(page)
    mark_article(tree)
    assert next(tree.iter("article"), None) is None
    assert clean(page, "html").extracted == trafilatura.extract(
        page, include_tables=True, deduplicate=False, include_comments=False
    )


def test_zero_width_joiners_survive_extraction():
    # trafilatura drops them as unprintable; Persian spells words with the non-joiner.
    sentence = (
        "کشاورزان می\u200cگویند برداشت پسته امسال به حدود نه هزار تن رسیده و خواستار "
        "تمدید مهلت بازپرداخت وام\u200cها شده\u200cاند."
    )
    page = f"<html><body><article>{f'<p>{sentence}</p>' * 4}</article></body></html>"
    result = clean(page, "html")
    assert sentence in result.extracted
    assert sentence in result.text
    # ... written as an entity too, and a page that holds a stand-in already is left alone.
    assert sentence in clean(page.replace("\u200c", "&zwnj;"), "html").extracted
    marked = clean(page.replace("</article>", "<p>\u2bd1</p></article>"), "html").extracted
    assert "\u2bd1" in marked


def test_a_sign_up_box_is_found_by_its_e_mail_field_in_any_language():
    prose = "".join(f"<p>{_PROSE.format(n=n)}</p>" for n in range(1, 6))
    box = (
        "<div class='x9'><p>Το πρωινό δελτίο του Φάρου</p><p>Οι ειδήσεις κάθε πρωί στις 7.</p>"
        "<form><input type='email' placeholder='email'><button>Εγγραφή</button></form></div>"
    )
    comment_form = (
        "<div class='x8'><p>Schreiben Sie uns Ihre Meinung</p><form><textarea></textarea>"
        "<input type='email'><button>Senden</button></form></div>"
    )
    result = clean(f"<html><body><article>{prose}{box}{comment_form}</article></body></html>")
    pruned = {r.label: r.text for r in result.removed if "dom:form" in r.reasons}
    assert "Το πρωινό δελτίο του Φάρου" in pruned["newsletter"]
    assert "Schreiben Sie uns Ihre Meinung" in pruned["comments"]
    assert "Το πρωινό δελτίο" not in result.extracted
    assert _PROSE.format(n=5) in result.text


def test_a_row_of_share_buttons_is_pruned_so_a_short_live_entry_keeps_its_text():
    prose = "".join(f"<p>{_PROSE.format(n=n)}</p>" for n in range(1, 5))
    entry = "Rungtynės baigtos! Namų komanda laimėjo 84:79."
    page = (
        f"<html><body><main><h1>Derby night</h1>{prose}"
        f"<div class='ir'><p class='t'>21:05</p><p>{entry}</p>"
        "<p class='d'><a href='#'>Dalintis</a></p></div>"
        f"<div class='ir'><p class='t'>21:03</p><p>{_PROSE.format(n=9)}</p></div>"
        "</main></body></html>"
    )
    result = clean(page, "html")
    assert entry in result.extracted
    assert any(r.text == "Dalintis" and "dom:share_row" in r.reasons for r in result.removed)
    # A paragraph that names a network in a sentence is no share row.
    assert "dom:share_row" not in {
        reason
        for r in clean(
            page.replace("Dalintis", "Read the mayor's post on Facebook"), "html"
        ).removed
        for reason in r.reasons
    }


def test_the_share_test_reads_labels_and_remembers_them():
    from cleaner.prune import _SHARE_REASONS, _share_text
    from cleaner.rules import rule_hits

    labels = ["Dalintis", "Facebook", "Share", "|", "Read the mayor's post on Facebook"]
    before = _share_text.cache_info().hits
    for _round in range(2):
        for label in labels:
            assert _share_text(label) == bool(rule_hits(label, _SHARE_REASONS)), label
    assert [_share_text(label) for label in labels] == [True, True, True, True, False]
    # (The second round read every label from memory.)
    assert _share_text.cache_info().hits - before >= len(labels) * 2


OLD_SITE = """<html><head><title>Quarry reopens | Dale Gazette</title></head><body>
<table width="980" class="frame">
<tr><td colspan="2"><a href="/">DALE GAZETTE</a> | <a href="/news">News</a> |
<a href="/sport">Sport</a></td></tr>
<tr><td class="main">
<h1>Old quarry above Ashby reopens as a climbing park</h1>
<p>The limestone quarry above Ashby, closed for thirty years, reopened on Saturday as a
climbing park run by the village trust.</p>
<p>About 400 people came to the opening, many of them former quarry workers and their
families, the trust's chair said.</p>
<p>The trust raised most of the money for safety netting and new paths from a lottery grant
and from local firms.</p>
<table class="prices"><tr><th>Ticket</th><th>Price</th></tr>
<tr><td>Adult</td><td>8 pounds</td></tr><tr><td>Child</td><td>4 pounds</td></tr></table>
<p>Climbing sessions for schools will start in the autumn term.</p>
</td>
<td class="side"><p><a href="/a">Bypass works delayed again</a></p>
<p><a href="/b">Library hours cut from May</a></p></td></tr>
<tr><td colspan="2"><p>Copyright 2024 Dale Gazette. All rights reserved.</p></td></tr>
</table></body></html>"""


def test_a_table_that_lays_out_the_page_is_read_as_blocks_and_its_data_tables_as_tables():
    # trafilatura reads every table as data: an old site laid out in one table came out as
    # a few rows of cells joined with "|", the article, menu and footer in one line.
    result = clean(OLD_SITE, "html")
    lines = result.extracted.splitlines()
    assert "About 400 people came to the opening" in result.text
    assert "Climbing sessions for schools will start in the autumn term." in lines
    assert not any("DALE GAZETTE" in line and "quarry" in line for line in lines)
    assert any(line.startswith("| Adult") for line in lines)  # the price table stays one
    assert "All rights reserved" not in result.text


def test_a_data_table_with_subheadings_or_a_paragraph_per_cell_stays_a_table():
    from cleaner.html import parse_html
    from cleaner.page_layout import _layout_table

    recipe = parse_html(
        "<table><tr><th><h3>For the dough:</h3></th></tr><tr><td>200 g flour</td></tr>"
        "<tr><td><p>A note on the flour.</p><p>Use type 405.</p></td></tr></table>"
    )
    assert not _layout_table(next(recipe.iter("table")))
    layout = parse_html("<table role='presentation'><tr><td>x</td></tr></table>")
    assert _layout_table(next(layout.iter("table")))


def test_the_marked_container_ignores_footer_link_rows_and_takes_in_the_headline():
    from cleaner.html import parse_html
    from cleaner.page_layout import mark_article

    paragraphs = "".join(f"<p>{_PROSE.format(n=n)}</p>" for n in range(1, 5))
    links = " · ".join(f"<a href='/{n}'>Rubrik nummer {n} im Archiv</a>" for n in range(4))
    page = (
        "<html><body><div class='kopf'><a href='/'>Bergland</a></div>"
        "<div class='beitrag'><h1>Seilbahn am Hochkar steht still</h1>"
        f"<div class='beitrag-text'>{paragraphs}</div></div>"
        f"<div class='fuss'><p>{links}</p><p>{links}</p></div></body></html>"
    )
    tree = parse_html(page)
    mark_article(tree)
    # The text's own element holds the prose; its parent adds the headline. The footer's
    # rows of links (a third of the page's paragraph text) are no prose.
    marked = next(tree.iter("article"))
    assert marked.get("class") == "beitrag"


def test_the_marked_container_may_leave_a_fifth_of_the_prose_outside():
    from cleaner.html import parse_html
    from cleaner.page_layout import mark_article

    paragraphs = [f"<p>{_PROSE.format(n=n)}</p>" for n in range(1, 9)]
    # Below the article: a comment policy and a cookie notice, written as paragraphs
    # (together about a fifth of the page's paragraph text).
    notices = (
        "<p>Nur registrierte Leser können kommentieren. Die Redaktion behält sich vor, "
        "Kommentare ohne Angabe von Gründen zu löschen, die gegen die Regeln verstoßen.</p>"
        "<p>Diese Website verwendet Cookies, um Ihr Erlebnis zu verbessern. Sie können Ihre "
        "Einstellungen jederzeit in der Datenschutzerklärung unten auf der Seite ändern.</p>"
    )
    page = (
        "<html><body><div class='c-a1'><h1>Seilbahn am Hochkar steht still</h1>"
        f"<div class='c-t7'>{''.join(paragraphs[:4])}<h3>Was Betroffene jetzt tun können</h3>"
        "<ol><li>Den Antrag bis Ende Oktober stellen.</li><li>Die Belege beilegen.</li></ol>"
        f"{''.join(paragraphs[4:])}</div></div><div class='c-f2'>{notices}</div></body></html>"
    )
    tree = parse_html(page)
    mark_article(tree)
    assert next(tree.iter("article")).get("class") == "c-a1"
    extracted = clean(page, "html").extracted
    assert "Was Betroffene jetzt tun können" in extracted
    assert "Die Belege beilegen." in extracted


def _page_with_teaser_cards(story_in_article: bool) -> str:
    paragraphs = [f"<p>{_PROSE.format(n=n)}</p>" for n in range(1, 9)]
    story = (
        f"{''.join(paragraphs[:3])}<h3>Was Betroffene jetzt tun können</h3>"
        "<ol><li>Den Antrag bis Ende Oktober stellen.</li><li>Die Belege beilegen.</li></ol>"
        f"{''.join(paragraphs[3:])}"
    )
    story = (
        f"<article>{story}</article>" if story_in_article else f"<div class='c-t7'>{story}</div>"
    )
    cards = "".join(
        f"<article><h4><a href='/{n}'>Weitere Meldung aus dem Tal Nummer {n}</a></h4></article>"
        for n in range(3)
    )
    return (
        "<html><body><div class='c-a1'><h1>Seilbahn am Hochkar steht still</h1>"
        f"{story}</div><div class='c-r2'><h3>Mehr aus der Region</h3>{cards}</div>"
        "</body></html>"
    )


def test_teaser_cards_tagged_as_articles_do_not_hide_the_story():
    # trafilatura takes the first <article>: here a teaser card under the story. Too short,
    # it falls back to loose paragraphs and drops the subheading and the list. The cards
    # become <div>s and the story's container the page's <article>.
    from cleaner.html import parse_html
    from cleaner.page_layout import mark_article

    page = _page_with_teaser_cards(story_in_article=False)
    tree = parse_html(page)
    mark_article(tree)
    assert [element.get("class") for element in tree.iter("article")] == ["c-a1"]
    extracted = clean(page, "html").extracted
    assert "Was Betroffene jetzt tun können" in extracted
    assert "Die Belege beilegen." in extracted


def test_a_story_in_its_own_article_keeps_it_beside_teaser_cards():
    from cleaner.html import parse_html
    from cleaner.page_layout import mark_article

    tree = parse_html(_page_with_teaser_cards(story_in_article=True))
    before = [element.get("class") for element in tree.iter("article")]
    mark_article(tree)
    assert [element.get("class") for element in tree.iter("article")] == before
    assert len(before) == 4


def test_a_caption_keeps_its_words_when_its_credit_sits_in_the_same_block():
    # "Caption. <span>Photo: X</span>" came out as one line that read as a credit, and the
    # caption was removed with it. The credit now gets a line of its own.
    paragraphs = [f"<p>{_PROSE.format(n=n)}</p>" for n in range(1, 7)]
    caption = "Techniker prüfen die Stütze der Gipfelbahn am Hochkar im Oktober"
    page = (
        "<html><body><article><h1>Seilbahn am Hochkar steht still</h1>"
        f"{''.join(paragraphs[:3])}<div class='bild'><img src='a.jpg'><p>{caption}. "
        "<span>Foto: Bergland Archiv</span></p></div>"
        f"{''.join(paragraphs[3:])}</article></body></html>"
    )
    result = clean(page, "html")
    assert caption in result.text
    assert "Foto: Bergland Archiv" in result.extracted.splitlines()
    assert "Foto: Bergland Archiv" not in result.text
    # A credit that is the block's whole text, or words inside a sentence, stay as they are.
    from cleaner.html import parse_html
    from cleaner.kept_boxes import split_inline_credits

    tree = parse_html(
        "<div><p><span>Foto: Bergland Archiv</span></p>"
        f"<p>{caption}, <i>Foto: Bergland Archiv</i> sagt man.</p></div>"
    )
    split_inline_credits(tree)
    assert next(tree.iter("br"), None) is None


def test_a_live_entrys_time_stamp_stays_with_its_words():
    # trafilatura drops every <time>; inside a line it is the line's own words.
    entries = "".join(
        f'<div class="entry"><p><time>{minute}. min</time> {text}</p></div>'
        for minute, text in [
            (38, "Johnson hits a three from the corner and the hall is on its feet."),
            (36, "Time-out for the visitors after a run of nine points."),
        ]
    )
    posts = (
        '<div class="post"><h3><time>4.18pm</time>Market wrap: index down 0.6 per cent</h3>'
        "<p>The index finished 48 points lower, its first close below 8000 in a week.</p></div>"
    )
    byline = '<div class="meta"><span>By Ann Lee</span><time>2025-11-01</time></div>'
    page = article_page(
        byline + "".join(f"<p>{_PROSE.format(n=n)}</p>" for n in range(1, 4)) + entries + posts,
        "Live: Morava against Vojvodina",
    )
    extracted = clean(page, "html").extracted.splitlines()
    assert "38. min Johnson hits a three from the corner and the hall is on its feet." in extracted
    assert "4.18pm Market wrap: index down 0.6 per cent" in extracted
    # A byline's date standing alone in its box is not a line's words: trafilatura drops it.
    assert not any("2025-11-01" in line for line in extracted)


def test_a_fact_box_after_the_storys_sections_is_read_with_the_story():
    # The story's paragraphs sit in <section>s and the box stands beside them, not beside
    # any paragraph; a sidebar box beside the <div> holding the whole article stays out.
    from cleaner.html import parse_html
    from cleaner.kept_boxes import keep_fact_boxes

    sections = "".join(
        f"<section><h2>Day {n}</h2><p>{_PROSE.format(n=n)}</p><p>{_PROSE.format(n=n)}</p></section>"
        for n in range(1, 3)
    )
    box = (
        '<aside class="info"><h3>Getting there</h3><dl><dt>By car</dt><dd>Two and a half '
        "hours from the capital on the motorway.</dd><dt>Where to stay</dt><dd>A farmhouse "
        "with six rooms from 95 euros a night.</dd></dl></aside>"
    )
    tree = parse_html(f"<html><body><article>{sections}{box}</article></body></html>")
    keep_fact_boxes(tree)
    assert tree.xpath('//div[@class="info"]')
    standings = box.replace('class="info"', 'class="table"')
    tree = parse_html(
        f"<html><body><main><div class='story'>{sections}</div>{standings}</main></body></html>"
    )
    keep_fact_boxes(tree)
    assert tree.xpath('//aside[@class="table"]')


def test_a_guides_steps_each_a_heading_over_its_paragraph_keep_their_lines():
    # trafilatura writes a list item as one line: each step's heading would be glued to
    # its paragraph ("- 2. Lay the tiles Start in the corner ...").
    intro = [
        "Our balcony faces west and gets the sun from two o'clock, which decided most of "
        "what we planted and where the seating went.",
        "The whole job took one weekend and cost a little under four hundred euros, most of "
        "it for the tiles and the wood of the planter.",
    ]
    steps = [
        ("1. Clear the balcony", "We took everything out, swept and washed the floor with soap."),
        ("2. Lay the tiles", "We started in the corner seen first and worked towards the door."),
        ("3. Fill the planter", "The box got a fleece lining, then gravel and compost on top."),
    ]

    def page(items: str) -> str:
        return article_page(
            "".join(f"<p>{text}</p>" for text in intro) + items, "A balcony garden in a weekend"
        )

    guide = "".join(f"<li><h3>{step}</h3><p>{text}</p></li>" for step, text in steps)
    result = clean(page(f"<ol>{guide}</ol>"), "html")
    extracted = result.extracted.splitlines()
    for step, text in steps:
        assert extracted[extracted.index(step) + 1] == text
    assert all(text in result.text.splitlines() for _, text in steps)
    # A list of teasers, each a linked headline over its summary, stays a list.
    teasers = "".join(
        f'<li><h3><a href="/{n}">{step}</a></h3><p>{text}</p></li>'
        for n, (step, text) in enumerate(steps)
    )
    extracted = clean(page(f"<ul>{teasers}</ul>"), "html").extracted.splitlines()
    assert not any(line == step for step, _ in steps for line in extracted)
