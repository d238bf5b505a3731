"""A contents box: its entries are the subheadings below it, so it goes as `ui`; lists
whose lines are not the document's subheadings stay."""

from __future__ import annotations

from conftest import assert_lossless

from cleaner.contents import find_contents
from cleaner.features import make_inputs

SECTIONS = [
    (
        "First impressions",
        "The crank of the Norrvik K3 turns without play, and its ring"
        " clicks firmly into each of its forty settings, which a cheaper grinder rarely does.",
    ),
    (
        "Grind quality",
        "For filter coffee the grounds came out even, with few fines at the"
        " bottom of the cup; for espresso it needed about a minute of steady cranking.",
    ),
    (
        "Daily use",
        "The catch cup holds with a magnet, the burrs come out with one screw,"
        " and after a month of mornings nothing on it has loosened or started to squeak.",
    ),
    (
        "Verdict",
        "If you brew filter coffee and have two minutes to spare, the K3 grinds"
        " as well as electric grinders that cost twice as much, and it will outlast them.",
    ),
]


def review(contents: list[str]) -> str:
    lines = ["Norrvik K3 review: a hand grinder that earns its price", *contents]
    for heading, paragraph in SECTIONS:
        lines += [heading, paragraph]
    return "\n\n".join(lines)


def test_a_contents_line_naming_the_subheadings_goes(cleaner):
    line = "Contents [hide] 1. First impressions 2. Grind quality 3. Daily use 4. Verdict"
    text = review([line])
    result = cleaner.clean(text, kind="text")
    assert_lossless(text, result)
    assert line not in result.text
    box = [d for d in result.decisions if "context:contents_box" in d.reasons]
    assert [d.label for d in box] == ["ui"]
    for heading, paragraph in SECTIONS:
        assert heading in result.text and paragraph in result.text


def test_entries_may_shorten_the_subheadings_and_any_language_works():
    sections = [
        ("Stap 1: check je balkon", "Kijk eerst hoeveel uur zon je balkon krijgt in mei."),
        ("Stap 2: kies de juiste bak", "Een bak van dertig centimeter diep is genoeg."),
        ("Stap 3: vullen", "Vul de bak met potgrond en een laag compost erbovenop."),
    ]
    lines = ["Inhoud [verbergen] Check je balkon · Kies de juiste bak · Vullen"]
    for heading, paragraph in sections:
        lines += [heading, paragraph]
    found = find_contents(make_inputs(lines))
    assert found.boxed == [True] + [False] * 6
    assert found.sections == {1, 3, 5}


def test_a_contents_list_of_one_entry_per_line_goes(cleaner):
    entries = ["First impressions", "Grind quality", "Daily use", "Verdict"]
    text = review(entries)
    result = cleaner.clean(text, kind="text")
    assert_lossless(text, result)
    box = result.decisions[1:5]
    assert [d.unit.text for d in box] == entries
    assert {d.label for d in box} == {"ui"}
    # The subheadings themselves stay, once each.
    assert all(result.text.count(entry) == 1 for entry in entries)


def test_short_lines_that_are_not_subheadings_below_stay():
    lines = [
        "Ingredients: flour · butter · sugar · two eggs · a pinch of salt",
        "Flour",
        "Rub the butter into the flour until it looks like breadcrumbs.",
        "Butter",
        "Whisk the eggs with the sugar and fold them in with the salt.",
    ]
    assert not any(find_contents(make_inputs(lines)).boxed)


def test_entries_must_point_into_sections_not_at_a_list_of_short_lines():
    # The lines below the summary are a list of its own items, one after another, with no
    # text between them: a summary of a list, not a contents box.
    lines = [
        "Today's winners: Ana Silva · Jonas Berg · Mia Koch · Leo Brandt",
        "Ana Silva",
        "Jonas Berg",
        "Mia Koch",
        "Leo Brandt",
    ]
    assert not any(find_contents(make_inputs(lines)).boxed)


def test_a_caller_who_keeps_ui_keeps_the_box():
    from cleaner import Cleaner, CleanerConfig

    line = "Contents: 1. First impressions 2. Grind quality 3. Daily use 4. Verdict"
    result = Cleaner(CleanerConfig(keep=("ui",))).clean(review([line]), kind="text")
    assert line in result.text


def test_a_directory_tree_names_files_not_sections():
    lines = [
        "The project has three files:",
        "|-- Dockerfile",
        "|-- docker-compose.yml",
        "|-- requirements.txt",
        "Dockerfile",
        "The image starts from a slim Python base and installs the requirements first.",
        "docker-compose.yml",
        "The compose file starts the web service and a database beside it.",
        "requirements.txt",
        "Only two packages are pinned, so the image builds in under a minute.",
    ]
    assert not any(find_contents(make_inputs(lines)).boxed)
