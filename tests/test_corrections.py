"""A correction or an editor's note under the story stays (the contract's body), even when
it names a subscription's price or follows a list of teasers (corrections.py)."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.corrections import correction_note

STORY = [
    "Riverside council votes to keep the ferry running",
    "The council voted on Tuesday to keep the river ferry running for another three years, "
    "reversing a plan to close it in the spring.",
    "Councillors said the crossing carries about 900 people a day, most of them pupils and "
    "shift workers who would otherwise face a forty-minute detour by road.",
    "The ferry will cost the town about 210,000 euros a year, paid from the transport budget "
    "and a regional grant.",
]
TEASERS = ["Sign up for our morning newsletter", "Share this article", "More from the Ledger"]


@pytest.mark.parametrize(
    "line",
    [
        "Correction: An earlier version of this article misstated the year the bridge opened.",
        "CORRECTION — The ferry carries 900 people a day, not 9,000.",
        "Editor's note: This story was updated to include the council's response.",
        "Korrektur: In einer früheren Version hieß es, das Jahresabo koste 49 Euro.",
        "Fe de erratas: una versión anterior indicaba otra fecha.",
        "Koreksi: Versi sebelumnya artikel ini menyebut harga yang salah.",
        "Поправка: в первой версии текста была неверно указана дата.",
        "更正：本文此前版本中的日期有误。",
    ],
)
def test_a_correction_or_editors_note_is_recognised_by_its_label(line):
    assert correction_note(line)


@pytest.mark.parametrize(
    "line",
    [
        # The word in a sentence, without the label's separator.
        "Correction of the tax code is due next year, the minister said.",
        "Die Korrektur der Prognose kam am Montag.",
        # Labels that open an appeal as often as a note, and a live blog's update.
        "Od redakcji: jeśli cenisz nasze reportaże, wesprzyj nas.",
        "От редакции: поддержите нас, если вам нравятся наши тексты.",
        "Update: The ferry is running again.",
    ],
)
def test_a_sentence_or_an_appeals_opening_is_no_correction_note(line):
    assert not correction_note(line)


@pytest.mark.parametrize(
    "note",
    [
        "Koreksi: Versi sebelumnya artikel ini menyebut harga langganan tahunan Rp300.000. "
        "Yang benar Rp350.000 per tahun.",
        "Korrektur: In einer früheren Version hieß es, das Jahresabo koste 49 Euro. "
        "Richtig sind 59 Euro.",
    ],
)
def test_a_correction_after_the_articles_furniture_stays(note):
    result = clean("\n\n".join([*STORY, *TEASERS, note]), "text")
    kept = result.text.split("\n\n")
    assert kept[: len(STORY)] == STORY
    assert note in kept
    assert not any(line in kept for line in TEASERS[:2])
