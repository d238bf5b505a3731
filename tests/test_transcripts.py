"""Podcast pages: a transcript's short turns stay, its chapter list goes."""

from __future__ import annotations

from conftest import assert_lossless

from cleaner import Cleaner
from cleaner.features import make_inputs
from cleaner.transcripts import chapter_lines, keep_turns, speaker, transcript_speakers

TRANSCRIPT = "\n".join(
    [
        "Why the village bakery still fires its oven with wood",
        "Episode notes: the baker who refused to switch to gas, and what it costs her.",
        "NORA: Welcome back. Today I'm at the bakery in Oldcastle before sunrise, and it is"
        " already warm in here.",
        "JONAS HARTE: The oven has been going since four. It takes three hours to reach the"
        " heat we need for the first loaves.",
        "NORA: Three hours every single morning?",
        "JONAS HARTE: Every morning, except Mondays. My grandfather built it in 1961 and we"
        " have never let it go cold for more than a day.",
        "NORA: And the wood, where does it come from?",
        "JONAS HARTE: From the estate behind the church. They cut ash and beech in winter and"
        " we stack it for two years before it goes in.",
        "NORA: Jonas Harte, thank you.",
        "JONAS HARTE: Thank you.",
        "Share this episode",
        "",
    ]
)


def test_the_last_short_turns_of_a_conversation_are_kept(cleaner):
    result = cleaner.clean(TRANSCRIPT, kind="text")
    assert_lossless(TRANSCRIPT, result)
    assert "NORA: Jonas Harte, thank you.\nJONAS HARTE: Thank you.\n" in result.text
    assert "Share this episode" not in result.text


def test_speakers_are_read_with_or_without_a_time_stamp():
    assert speaker("NORA: Welcome back.") == "NORA"
    assert speaker("[14:30] Dana Li: How does it work?") == "DANA LI"
    assert speaker("(01:02:03) 田中：そうですね。") == "田中"
    assert speaker("Léa (04:40): Un an seulement ?") == "LÉA"
    assert speaker("2024 was a hard year: the mill closed.") is None
    assert speaker("Welcome back to the show.") is None


def test_two_photo_credits_are_no_conversation():
    assert transcript_speakers(["Photo: Ana Ruiz", "Text", "Photo: Tom Li"]) == frozenset()
    lines = ["ANA: Hi.", "TOM: Hello.", "ANA: Ready?", "TOM: Yes."]
    assert transcript_speakers(lines) == {"ANA", "TOM"}


def test_only_turns_the_model_alone_removed_go_back():
    texts = [
        "ANA: Thanks for coming in.",
        "TOM: Glad to be here.",
        "ANA: Bye.",
        "TOM: Become a patron for €3 a month.",
        "Photo: Ana Ruiz",
    ]
    labels = ["body", "body", "meta", "donation", "meta"]
    verdicts = [(label, 0.9, label, (f"model:{label}",)) for label in labels]
    kept = keep_turns(verdicts, make_inputs(texts))
    assert [verdict[0] for verdict in kept] == ["body", "body", "body", "donation", "meta"]
    assert "guard:transcript_turn" in kept[2][3]


def test_time_stamps_before_a_dash_or_after_the_name_open_turns_too():
    assert speaker("00:04:40 Gareth — This week's letter came from Thornby.") == "GARETH"
    assert speaker("Agnieszka 00:09:58 Zanim pójdziemy dalej, krótka przerwa.") == "AGNIESZKA"
    assert speaker("Budget 2025 12:30 talks resume") is None
    assert speaker("Ukraine — the talks resume in Geneva") is None


def test_an_episodes_chapter_list_is_found_from_zero_up():
    chapters = ["- 00:00 Intro", "- 02:10 The letter", "- 11:45 Timetables", "- 36:50 Outro"]
    assert chapter_lines(["Chapters", *chapters, "Transcript"]) == [False, *[True] * 4, False]
    # A chapter may ask a question, or end in an ordinal or a decade ("50.").
    polish = ["00:00 Wstęp", "04:20 Sieć w latach 50.", "17:45 Decyzja z 1973 roku"]
    french = ["00:00 Ouverture", "12:30 Le dernier train", "20:05 — Et après ?"]
    for lines in (polish, french):
        assert chapter_lines(lines) == [True] * 3, lines
    # A programme starts later in the day, a transcript's turns have speakers, a live
    # blog's entries are sentences, and times that go back are no list.
    for lines in (
        ["09:00 Registration", "09:30 Keynote", "10:30 Coffee"],
        ["00:09 Marta: Welcome.", "00:20 Rui: Thanks.", "01:05 Marta: So how did it start?"],
        ["00:00 Fireworks begin.", "00:15 Crowds head home.", "01:30 Trams run again."],
        ["00:00 Intro", "12:00 Letters", "05:00 Outro"],
    ):
        assert not any(chapter_lines(lines)), lines


def test_chapter_lists_go_unless_meta_is_kept(cleaner):
    page = "\n".join(
        [
            "The school bus that never came",
            "A listener writes about the route her village lost, and what the council said.",
            "00:00 / 38:42",
            "00:00 Intro",
            "02:10 The letter",
            "11:45 How councils count passengers",
            "36:50 Outro",
            "GARETH: Hello and welcome. This week's letter comes from a village on the moor,"
            " where the last bus left in March.",
            "PRIYA: Usage figures for supported routes are often taken in the worst month.",
            "GARETH: So the cut justifies itself.",
            "PRIYA: In a sense, yes, and older passengers feel it first.",
            "",
        ]
    )
    result = cleaner.clean(page, kind="text")
    removed = {r.text.strip(): r for r in result.removed}
    # The model alone removes the chapters it is sure of, the list's form the others.
    assert removed["11:45 How councils count passengers"].reasons[-1] == "context:chapter_list"
    assert "02:10 The letter" in removed
    assert "00:00 / 38:42" in removed and "36:50 Outro" in removed
    assert "GARETH: So the cut justifies itself." in result.text
    kept = Cleaner(keep=("meta",)).clean(page, kind="text")
    assert "02:10 The letter" in kept.text
