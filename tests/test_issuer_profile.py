"""The issuer's self-description at a release's end without an "About" heading goes as
`meta`; a story that ends on its subject's background, or defines a person, stays."""

from __future__ import annotations

from conftest import assert_lossless

from cleaner.features import make_inputs
from cleaner.issuer_profile import defined_name, fact_kinds, find_profile

RELEASE = [
    "Norvik Systems wins fleet contract with three Nordic bus operators",
    "OSLO, 12 March - Norvik Systems said on Wednesday it had signed a five-year contract"
    " to supply route-planning software to three bus operators in Norway, Sweden and"
    " Finland, covering some 4,200 vehicles.",
    "The software plans routes and charging stops for electric buses and will be rolled"
    " out from September, starting with depots around Bergen and Uppsala.",
    '"Operators told us that charging, not driving, is now what limits their timetables,"'
    ' said chief executive Ragna Holt. "This contract lets us prove that at scale."',
    "The value of the contract was not disclosed. Norvik said it expected the deal to add"
    " to revenue from the fourth quarter and would hire 40 engineers in Trondheim.",
]
PROFILE = [
    "Norvik Systems ASA is a provider of planning software for public transport and"
    " logistics fleets, used by more than 300 operators.",
    "Norvik Systems is headquartered in Oslo, employs around 900 people in six countries"
    " and is listed on Euronext Oslo. For more information, visit www.norvik.example.",
]


def _inputs(lines: list[str]) -> list:
    return make_inputs(lines)


def test_a_headless_issuer_description_at_a_releases_end_goes(cleaner):
    text = "\n\n".join([*RELEASE, *PROFILE])
    result = cleaner.clean(text, kind="text")
    assert_lossless(text, result)
    removed = [d for d in result.decisions if d.label != "body"]
    assert [d.unit.text for d in removed] == PROFILE
    assert all(d.label == "meta" for d in removed)
    for paragraph in RELEASE:
        assert paragraph in result.text


def test_the_description_is_found_only_at_the_end_of_what_is_kept():
    lines = [RELEASE[0], *PROFILE, *RELEASE[1:]]
    assert find_profile(_inputs(lines), [True] * len(lines)) == []
    # Removed units after it do not hide it.
    lines = [*RELEASE, *PROFILE, "Share this article", "© 2025 Norvik Systems"]
    kept = [True] * (len(RELEASE) + len(PROFILE)) + [False, False]
    assert find_profile(_inputs(lines), kept) == [len(RELEASE), len(RELEASE) + 1]


def test_a_story_that_ends_on_its_subjects_background_stays():
    background = [
        "Norvik, which was founded in 1994 and employs 900 people, did not respond to a"
        " request for comment.",
    ]
    one_fact = ["Norvik Systems is a software company based in Oslo."]
    person = [
        "Ragna Holt is a former engineer who has run the company since 2016 and lives in"
        " Oslo, where it has been headquartered since its founding.",
    ]
    for ending in (background, one_fact, person):
        lines = [*RELEASE, *ending]
        assert find_profile(_inputs(lines), [True] * len(lines)) == [], ending


def test_a_definition_names_a_company_not_a_person_or_a_pronoun():
    assert defined_name("Norvik Systems ASA (OSE: NORV) is a provider of software.") == (
        "Norvik Systems"
    )
    assert defined_name("Die Halvert Maschinenbau GmbH ist ein Hersteller von Pressen.") == (
        "Halvert Maschinenbau"
    )
    assert defined_name("The minister is a former banker.") is None
    assert defined_name("It is a provider of software.") is None
    assert fact_kinds("Headquartered in Ghent, it employs 1,400 people.") == {"seat", "staff"}
