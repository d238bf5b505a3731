"""The issuer's "About <Organisation>" section under a press release goes as `meta`; a
section about the study, a heading in the middle of the story, and the words "about this
report" in a script without capitals stay."""

from __future__ import annotations

from conftest import assert_lossless

from cleaner.features import make_inputs
from cleaner.issuer import about_name, find_about_sections

STORY = [
    "Brightwater Foods opens a second plant in Leeds",
    "LEEDS, March 4 - Brightwater Foods said on Tuesday it would open a second plant in"
    " Leeds next spring, adding 240 jobs to the 600 people it already employs in the city.",
    "The plant will make chilled soups and sauces for supermarkets in the north of England,"
    " the company said, and will run on heat from a nearby waste incinerator.",
    '"Demand for fresh soups has doubled in three years," said chief executive Marion'
    ' Oduya. "We could not meet it from one site any longer."',
    "The council approved the plans in January after a public consultation in which most of"
    " the 140 replies supported the project, though some neighbours raised concerns about"
    " lorry traffic on the ring road.",
    "Building work is due to start in May. The company expects the plant to reach full"
    " output by the end of next year.",
]
ABOUT = [
    "About Brightwater Foods",
    "Founded in 1987 in Harrogate, Brightwater Foods makes fresh soups, sauces and ready"
    " meals for retailers in the UK and Ireland. It employs 1,400 people at four sites.",
]


def _units(text: str) -> list:
    return make_inputs(text.split("\n\n"))


def test_the_issuers_about_section_under_a_release_goes(cleaner):
    text = "\n\n".join([*STORY, *ABOUT, "Media contact: Ian Pollard, +44 113 496 0000"])
    result = cleaner.clean(text, kind="text")
    assert_lossless(text, result)
    about = [d for d in result.decisions if "context:issuer_about" in d.reasons]
    assert [d.unit.text for d in about] == ABOUT
    assert all(d.label == "meta" for d in about)
    for paragraph in STORY:
        assert paragraph in result.text


def test_a_section_about_the_study_stays():
    study = [
        "About the study",
        "The researchers followed 2,300 adults in Leeds from 2019 to 2024 and recorded what"
        " they ate in four one-week diaries.",
    ]
    lines = [*STORY, *study]
    found = find_about_sections(_units("\n\n".join(lines)), [True] * len(lines))
    assert found == []


def test_an_about_heading_above_most_of_the_story_is_no_issuers_section():
    lines = [STORY[0], *ABOUT, *STORY[1:]]
    found = find_about_sections(_units("\n\n".join(lines)), [True] * len(lines))
    assert found == []


def test_the_heading_in_many_languages_and_inline():
    assert about_name("Kartal Elektronik Hakkında") == "Kartal Elektronik"
    assert about_name("Über die Stadtwerke Lindau") == "Stadtwerke Lindau"
    assert about_name("A Tiszavíz Energia Zrt.-ről") == "A Tiszavíz Energia Zrt."
    assert about_name("About Halvorsen Cold Chain Technologies, Inc.") == (
        "Halvorsen Cold Chain Technologies, Inc."
    )
    assert about_name("About the study") is None
    assert about_name("About 300 people attended the meeting") is None
    inline = (
        "Despre Fundația Pași Mici: Înființată în 2008, Fundația Pași Mici derulează programe"
        " educaționale pentru copii din comunități defavorizate."
    )
    lines = [*STORY, inline]
    found = find_about_sections(_units("\n\n".join(lines)), [True] * len(lines))
    assert found == [len(STORY)]


def test_an_acronym_heading_is_spelled_out_in_its_paragraph():
    lines = [
        *STORY,
        "Kuhusu SCLAM",
        "Shirika la Chakula na Lishe la Afrika Mashariki ni taasisi ya kikanda inayoshirikiana"
        " na serikali na jamii.",
    ]
    found = find_about_sections(_units("\n\n".join(lines)), [True] * len(lines))
    assert found == [len(STORY), len(STORY) + 1]


def test_about_this_report_in_a_script_without_capitals_stays():
    hindi = (
        "इस रिपोर्ट के बारे में: हमारी टीम ने अक्टूबर 2024 से जनवरी 2025 के बीच बारह गांवों का"
        " दौरा किया और चार सौ परिवारों से बात की।"
    )
    lines = [*STORY, hindi]
    assert find_about_sections(_units("\n\n".join(lines)), [True] * len(lines)) == []


def test_a_caller_who_keeps_meta_keeps_the_section(cleaner):
    from cleaner import Cleaner, CleanerConfig

    keeping = Cleaner(CleanerConfig(keep=("meta",)))
    text = "\n\n".join([*STORY, *ABOUT])
    result = keeping.clean(text, kind="text")
    assert all("context:issuer_about" not in d.reasons for d in result.decisions)
    assert ABOUT[1] in result.text
