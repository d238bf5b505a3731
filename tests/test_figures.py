"""Photo captions, which trafilatura drops with every <figure>, come back as lines of their
own where their figure stood (cleaner/figures.py)."""

from __future__ import annotations

from conftest import article_page

from cleaner import clean
from cleaner.figures import Caption, insert_captions

FIRST = (
    "The county council voted on Tuesday to rebuild the flood wall along the lower "
    "quay, after two winters in which the river reached the market square twice."
)
SECOND = (
    "Work is due to begin in March and take eighteen months, the council said, with "
    "the quay road closed to traffic for most of that time."
)


def _page(figure: str) -> str:
    return article_page(f"<p>{FIRST}</p>{figure}<p>{SECOND}</p>", "Flood wall to be rebuilt")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines()]


def test_a_caption_comes_back_between_the_lines_around_its_figure():
    caption = "The lower quay under water in January, when the river rose by two metres."
    result = clean(
        _page(f'<figure><img src="q.jpg"><figcaption>{caption}</figcaption></figure>'), "html"
    )
    lines = _lines(result.extracted)
    assert lines.index(caption) == lines.index(FIRST) + 1
    assert lines.index(SECOND) == lines.index(caption) + 1
    assert caption in result.text


def test_a_captions_credit_and_screen_reader_label_are_listed_as_pruned():
    caption = "Volunteers fill sandbags outside the town hall on Sunday evening."
    result = clean(
        _page(
            '<div class="wp-block-image"><figure><img src="s.jpg"><figcaption>'
            f'<span class="off-screen">Image caption</span>{caption} '
            '<span class="credit">Ann Lee / Quay Herald</span></figcaption></figure></div>'
        ),
        "html",
    )
    assert caption in _lines(result.extracted)
    assert "Ann Lee" not in result.extracted
    assert "Image caption" not in result.extracted
    pruned = {(r.label, r.text, r.reasons) for r in result.removed if r.start is None}
    assert ("meta", "Ann Lee / Quay Herald", ("dom:caption_credit",)) in pruned
    assert ("ui", "Image caption", ("dom:hidden_label",)) in pruned


def test_with_pruning_off_the_credit_stays_for_the_cleaner_to_judge():
    caption = "Volunteers fill sandbags outside the town hall on Sunday evening."
    page = _page(
        f'<figure><img src="s.jpg"><figcaption>{caption}<br>'
        '<span class="credit">Photo: Ann Lee</span></figcaption></figure>'
    )
    result = clean(page, prune_html=False)
    assert all(r.start is not None for r in result.removed)
    lines = _lines(result.extracted)
    assert caption in lines and "Photo: Ann Lee" in lines


def test_a_teaser_cards_caption_stays_out():
    teasers = (
        '<figure><a href="/other"><img src="t.jpg"><figcaption>Council approves the new '
        "bus station</figcaption></a></figure>"
        '<figure><img src="u.jpg"><figcaption><h3>Ferry fares frozen for another '
        "year</h3></figcaption></figure>"
        '<figure><img src="v.jpg"><figcaption><a href="/more">Read: the quay in '
        "pictures over a hundred years</a></figcaption></figure>"
    )
    extracted = clean(_page(teasers), "html").extracted
    assert "bus station" not in extracted
    assert "Ferry fares" not in extracted
    assert "in pictures" not in extracted
    assert FIRST in extracted and SECOND in extracted


def test_a_figure_outside_the_extracted_text_keeps_its_caption_out():
    sidebar = (
        '<aside><figure><img src="w.jpg"><figcaption>Our photographer of the year '
        "shortlist is out now</figcaption></figure></aside>"
    )
    page = article_page(f"<p>{FIRST}</p><p>{SECOND}</p>", "Flood wall to be rebuilt")
    page = page.replace("</article>", f"</article>{sidebar}")
    assert "photographer of the year" not in clean(page, "html").extracted


def test_captions_of_a_gallery_follow_each_other_in_page_order():
    text = "Above the gallery.\nBelow the gallery."
    captions = [
        Caption(("First photo.",), "Above the gallery.", "Below the gallery."),
        Caption(("Second photo.",), "Above the gallery.", "Below the gallery."),
    ]
    placed_text, placed = insert_captions(text, captions)
    assert placed_text.split("\n") == [
        "Above the gallery.",
        "First photo.",
        "Second photo.",
        "Below the gallery.",
    ]
    assert placed == captions


def test_a_caption_already_in_the_text_or_without_its_place_is_not_added():
    text = "Above.\nA photo's caption.\nBelow."
    already = Caption(("A photo's caption.",), "Above.", "A photo's caption.")
    elsewhere = Caption(("Somewhere else.",), "Not here.", "Below.")
    assert insert_captions(text, [already, elsewhere]) == (text, [])


def test_a_lead_photos_caption_above_the_first_line_stays_out():
    text = "The first paragraph of the story.\nThe second."
    lead = Caption(("The harbour at dawn.",), "Headline the extraction left out", "The first")
    assert insert_captions(text, [lead]) == (text, [])
