"""A transcript's short turns stay: read alone they look like a name and a field."""

from __future__ import annotations

from conftest import assert_lossless

from cleaner.features import make_inputs
from cleaner.transcripts import keep_turns, speaker, transcript_speakers

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
