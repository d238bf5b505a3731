"""Markdown input: display text for the model, link rows as cues, link shares as on a page."""

from __future__ import annotations

from conftest import DATA

from cleaner.markdown import looks_like_markdown, read_unit, read_units


def _reasons(text: str) -> list[str]:
    return [hit.reason for hit in read_unit(text).hits]


def test_the_model_reads_what_a_reader_sees():
    unit = read_unit("As [the Herald reported](https://h.example/x), the council **agreed**.")
    assert unit.display == "As the Herald reported, the council agreed."
    assert unit.hits == () and unit.linked == 0.0
    assert read_unit("## Islanders collect signatures").display == "Islanders collect signatures"
    assert read_unit('> "We cannot sail," he said.').display == '"We cannot sail," he said.'
    caption = read_unit("![Passengers board the ferry on Monday.](https://h.example/f.jpg)")
    assert caption.display == "Passengers board the ferry on Monday."
    # A bare image keeps its address, which the image rule knows.
    assert read_unit("![](https://h.example/pixel.gif)").display.startswith("![](")
    # A link inside a link's text (a linked image) reads as its text.
    assert read_unit("[![Logo](https://h.example/l.png)](https://h.example/)").display == "Logo"


def test_rows_of_links_are_menus_trails_and_share_rows():
    menu = "[Home](https://h.example/) [News](https://h.example/n) [Sport](https://h.example/s)"
    assert _reasons(menu) == ["link_menu"]
    trail = "[Home](https://h.example/) › [Transport](https://h.example/t)"
    assert _reasons(trail) == ["link_trail"]
    share = (
        "Share: [Facebook](https://www.facebook.com/sharer/sharer.php?u=x) "
        "[X](https://x.com/intent/tweet?url=x)"
    )
    assert _reasons(share) == ["share_links"]
    assert read_unit(share).hits[0].label == "social"
    assert _reasons("[Skip to main content](#main)") == ["page_anchor"]
    # Two links in a sentence are no row; two links are no menu.
    assert _reasons("See [the plan](https://h.example/p) and [the map](https://h.example/m).") == []
    assert _reasons("[News](https://h.example/n) [Sport](https://h.example/s)") == []


def test_a_teaser_line_starts_with_its_link_as_on_a_page():
    teaser = read_unit("- [Harbour crane repairs will take until spring](https://h.example/c)")
    assert teaser.linked == 1.0
    assert read_unit("[Here](https://h.example/) is the report.").linked == 0.0  # one word


def test_a_reader_service_header_is_machine_made():
    assert read_unit("URL Source: https://h.example/a").hits[0].label == "meta"
    assert read_unit("Markdown Content:").hits[0].label == "ui"
    assert read_unit("Title: Ferry to Lastholm will sail twice a day").hits == ()


def test_plain_text_with_a_bracketed_aside_is_not_markdown():
    lines = ["The minister [who declined to be named] (see below) spoke.", "Another line."]
    assert not looks_like_markdown("\n".join(lines))
    assert read_units(lines) is None
    assert read_units([*lines, "See [the report](https://h.example/r)."]) is not None


def test_cleaning_clean_markdown_again_removes_nothing(cleaner):
    text = (DATA / "markdown_article.md").read_text(encoding="utf-8")
    once = cleaner.clean(text, kind="text")
    assert cleaner.clean(once.text, kind="text").removed == ()


def test_a_markdown_article_keeps_its_story_and_loses_the_page_around_it(cleaner):
    text = (DATA / "markdown_article.md").read_text(encoding="utf-8")
    result = cleaner.clean(text, kind="text")
    kept = result.text
    for line in (
        "# Ferry to Lastholm will sail twice a day from November",
        "As [the Herald reported in September]",
        "## Islanders collect signatures",
        '> "Without the evening boat',
        "![Passengers board the ferry",
        "The council will discuss the request on 12 November.",
    ):
        assert line in kept, line
    removed = {r.text.strip().split("](")[0]: r.label for r in result.removed}
    assert removed["[Skip to main content"] == "ui"
    assert removed["[Home"] in {"ui", "meta"}
    assert removed["Share: [Facebook"] == "social"
    assert removed["- [Harbour crane repairs will take until spring"] == "related"
    assert removed["URL Source: https://www.islandherald.example/transport/ferry-winter-timetable"]
    # Lossless, as for any input: the removed spans and the kept text rebuild it.
    rebuilt, cursor = [], 0
    for removal in result.removed:
        rebuilt.append(text[cursor : removal.start])
        cursor = removal.end
    assert "".join(rebuilt) + text[cursor:] == kept


def test_reference_links_read_as_links_and_their_definitions_as_machine_made():
    assert _reasons("[Home][1] [News][2] [Sport][3]") == ["link_menu"]
    unit = read_unit("As [the Herald reported][7], the council agreed.")
    assert unit.display == "As the Herald reported, the council agreed." and unit.hits == ()
    assert _reasons("[7]: https://h.example/news/ferry") == ["link_definition"]
    assert read_unit('[12]: https://h.example/x "Title"').hits[0].label == "ui"
    # Footnote marks in plain text are no links.
    assert not looks_like_markdown("See note [1] (above) and [2].")
