"""Sponsor reads, promo codes and money asks told as prose: two phrases in one sentence."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.prose_cues import (
    conditional_ask,
    promo_code,
    sponsor_read,
    table_pattern,
    text_words,
    whole_phrases,
)
from cleaner.rules import rule_hits


@pytest.mark.parametrize(
    "text",
    [
        "[06:40] A quick break. This episode is supported by Hollybank Seed Co., the family"
        " seed merchant that has packed open-pollinated seed since 1962.",
        "Esta carta llega a vuestro buzón gracias a Conservas Ortuzar, que envasa bonito a"
        " mano en Bermeo desde 1931.",
        "[11:40] Kratka pauza. Ova epizoda nastala je uz podršku knjižare „Pod lampom“ iz"
        " Novog Sada.",
        "本集由「日光茶行」贊助播出。來自南投的手炒烏龍茶。",
        # A transcript's host, after the turn's time stamp and name.
        "05:40 Marta: Antes de continuarmos: este episódio tem o apoio da Mercearia Sol,"
        " entregas de produtos de pequenos produtores.",
        "03:40 Neema: Tupumzike kidogo. Kipindi hiki kinaletwa kwako na Bima Poa, bima ya"
        " pikipiki unayolipia kidogo kidogo.",
    ],
)
def test_a_sponsor_read_names_the_medium_and_its_backing(text):
    assert sponsor_read(text)
    assert "sponsor_read" in {hit.reason for hit in rule_hits(text)}


@pytest.mark.parametrize(
    "text",
    [
        # A story's break and a story's sponsor: no medium speaking of itself.
        "Po przerwie obraz gry się nie zmienił. Obie drużyny grały ostrożnie, a sędzia"
        " pokazał siedem żółtych kartek.",
        "After the break the visitors scored twice and the home side never recovered.",
        "The festival is supported by the regional council and a local brewery.",
        "A quick break.",
        # A speaker's words about a break, with no ad after them.
        "12:10 Ana: A quick break.",
        "The council took a quick break: members came back after ten minutes to vote.",
    ],
)
def test_a_story_is_no_sponsor_read(text):
    assert not sponsor_read(text)


def test_a_promo_code_is_capitals_beside_the_word_for_a_code():
    assert promo_code(
        "Denne episoden er sponset av Varde Ullvarer – bruk koden FJELL20 og få rabatt."
    )
    assert promo_code("Kış bakımında KENT kodunu söyleyene yüzde on indirim var.")
    assert promo_code("輸入折扣碼 XIANGKOU 享首購九折。")
    # Codes of no offer, and capitals that are no code.
    assert not promo_code("Enter your PIN code at the ATM before the doors close.")
    assert not promo_code("民眾只要掃描攤位前的QR code，加入夜市的LINE官方帳號。")
    assert not promo_code("Vozači neka provjere stanje na cestama kod HAK-a prije polaska.")


def test_a_conditional_money_ask_is_put_to_the_reader():
    assert conditional_ask(
        "I sat through four hours of that meeting. If this letter helps you, a small monthly"
        " contribution keeps me going."
    )
    assert conditional_ask("Ha hasznosnak találod, támogass havi 1000 forinttal.")
    # A name in quotation marks is no quotation; a quoted appeal is someone speaking.
    assert conditional_ask("If you value «The Wattle Dispatch», become a paid supporter.")
    assert not conditional_ask(
        '"If you value local news, support it with a contribution," the mayor said.'
    )
    # A condition about others, and a condition without a money ask.
    assert not conditional_ask("If the council approves the budget, the library will open.")
    assert not conditional_ask("If you value quiet, the northern beach is the better choice.")


def test_prose_cues_hold_in_news_voice(cleaner):
    text = "\n\n".join(
        [
            "The harbour board met on Tuesday to decide the future of the old fish market,"
            " which has lost money for six years and needs a new roof before winter.",
            "Members voted to lease the hall to a cooperative of twelve fishing families,"
            " who will pay a low rent for ten years and repair the roof themselves.",
            "This week's letter is supported by Pärnu Bay Smokehouse, a family business that"
            " has smoked fish by the harbour since 1994 and ships across the country.",
        ]
    )
    result = cleaner.clean(text, kind="text")
    removed = {r.text: r.label for r in result.removed}
    assert any(t.startswith("This week's letter is supported by") for t in removed)
    assert result.text.startswith("The harbour board met on Tuesday")


def test_a_sponsor_read_in_a_transcript_printed_as_a_list_goes(cleaner):
    turns = [
        "- 00:09 Lena: Welcome back to Harbour Voices. Today we are at the old rope works,"
        " where three volunteers are restoring the last working spinning wheel on the coast.",
        "- 03:10 Tom: We started in 2019 with nothing but a roof that leaked and a pile of"
        " drawings nobody could read, and it took us half a year just to find the archive.",
        "- 05:45 Lena: A quick break. This episode is supported by Quayside Tools, the"
        " hardware shop for amateur carpenters on Mill Street.",
        "- 11:20 Tom: People ask why a village needs its own rope. It doesn't, really, but it"
        " needs a place where old skills are taught to whoever turns up on a Saturday.",
        "- 18:40 Lena: And the wheel itself, when will it turn again?",
        "- 18:52 Tom: If the last bearing arrives in time, at the harbour festival in June.",
    ]
    page = "\n".join(
        [
            "Harbour Voices, episode 12: the rope works",
            "Three volunteers want the last spinning wheel on the coast to turn again. We"
            " spent a morning with them in the old shed by the harbour:",
            *turns,
        ]
    )
    result = cleaner.clean(page, kind="text")
    [removed] = result.removed
    assert removed.label == "promo" and "Quayside Tools" in removed.text
    assert "rule:sponsor_read" in removed.reasons
    assert all(turn in result.text for n, turn in enumerate(turns) if n != 2)


def _unkeyed(pattern):
    """The same phrase pattern, both its parts searched in every text (no word keys, no
    script check)."""
    plain = copy.copy(pattern)
    plain._searched = lambda text: plain.parts
    return plain


@settings(max_examples=300, deadline=None)
@given(
    phrases=st.lists(st.text(alphabet="ab -'é本_", min_size=1, max_size=7), min_size=1, max_size=6),
    text=st.text(alphabet="ab -'é本_A.\n", max_size=40),
    word_starts=st.booleans(),
)
def test_word_keys_never_change_what_a_phrase_list_finds(phrases, text, word_starts):
    # A text is searched for a list's spaced phrases only if it holds one of their keys
    # (a whole word, or a stem's start), and for its Thai, Japanese or Chinese ones only if
    # it holds such a character: what is found must be what a search of every text finds,
    # for search and finditer alike.
    pattern = whole_phrases(phrases, word_starts)
    plain = _unkeyed(pattern)
    found, expected = pattern.search(text), plain.search(text)
    assert (found and found.span()) == (expected and expected.span())
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_list_is_searched_only_in_texts_with_one_of_its_keys():
    pattern = whole_phrases(["this episode is supported by", "provision"], word_starts=True)
    assert pattern.keys == (frozenset({"supported"}), frozenset({"pro"}))
    assert pattern.search("so this episode is supported by a bakery")
    assert pattern.search("die provisionen steigen")
    # A text without "supported" or a word starting "pro": no search at all.
    assert pattern._searched("this episode is brought to you by a bakery") == ()
    # ... nor for a list's phrases in a script written without spaces, in a text without
    # a character of such a script; neither pattern has been compiled for that.
    unspaced = whole_phrases(["本日のスポンサー", "sponsored by"])
    assert unspaced._searched("a story about a bakery") == ()
    assert unspaced._compiled == [None, None]
    assert unspaced.search("本日のスポンサーは山田パン") and unspaced._compiled[0] is None
    # A phrase with nothing to require (no word character, or a short stem) turns the
    # keys off for its list.
    assert whole_phrases(["ab", "x y"], word_starts=True).keys is None
    assert whole_phrases(["© x", "y"]).keys == (frozenset({"x", "y"}), frozenset())


def test_the_word_lists_agree_with_a_search_of_every_text():
    lines = [
        "This post contains affiliate links: we may earn a small commission.",
        "Diese Seite enthält Partnerlinks; wir erhalten eine Provision.",
        "Use the code OLLA10 at checkout.",
        "If this letter helps you, a small monthly contribution keeps me in the field.",
        "Media contact: press@example.org",
        "The council met on Tuesday to discuss the bridge.",
        "Affiliate marketing grew fast last year, analysts said.",
        "",
    ]
    tables = [
        ("lexicon_disclosures", "DISCLOSURE_CUES", "affiliate", False),
        ("lexicon_prose", "SPONSOR_CUES", "code_word", False),
        ("lexicon_prose", "ASK_CUES", "condition", False),
        ("lexicon_commerce", "COMMERCE_CUES", "fee_stem", True),
        ("lexicon_release", "RELEASE_CUES", "contact_label", False),
    ]
    found = 0
    for module, table, kind, starts in tables:
        pattern = table_pattern(module, table, kind, starts)
        assert pattern.keys is not None, kind
        plain = _unkeyed(pattern)
        for line in lines:
            folded = line.lower()
            assert bool(pattern.search(folded)) == bool(plain.search(folded)), (kind, line)
            found += plain.search(folded) is not None
    assert found >= 4  # (the lines do hold some of the lists' phrases)


def test_a_texts_words_and_their_starts():
    words, starts = text_words("media contact: press@example.org")
    assert words == {"media", "contact", "press", "example", "org"}
    assert starts == {"med", "con", "pre", "exa", "org"}
