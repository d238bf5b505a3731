"""Appeals and sponsor reads told as prose, recognised by two phrases in one sentence.

A newsletter, a show or a blog thanks its sponsor and asks for money in its own voice:
"This episode is supported by Hollybank Seed Co., the family firm that ...", "Šo vēstuli
atbalsta kafejnīca ...", "Ha hasznosnak találod, támogass havi 1000 forinttal". Such a
line can read as a third-person story, so the topic cues of lexicon.py (which news prose
also uses) do not hold in it. What gives it away is a pair in one sentence: the medium
speaking of itself ("this episode", "this letter") beside its backing ("supported by"),
or a condition put to the reader ("if you value", "if this letter helps you") beside the
act of paying ("a monthly contribution"). Also a host opening an ad break ("A quick
break. ..."), and a code in capitals beside the word for a code ("use the code OLLA10").
The word lists, per language, are in lexicon_prose.py. And an affiliate disclosure, by
two of its phrases or a long one (lexicon_disclosures.py), and a shop's button in a short
line (lexicon_furniture.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib import import_module

from .lexicon_eu import phrase_trie
from .pattern_pieces import last_word_open
from .payments import count_sums
from .scripts import cue_form

# A sponsor read says what it is in its opening: only these many characters are read.
OPENING_CHARS = 280
# A money ask may close a long paragraph: this much of a unit is read for it, and for codes.
SEARCH_CHARS = 2000
# An ad break's opener is a sentence of its own and goes on with the ad ("A quick break.
# Today's show ...", "Pauză scurtă: ..."); alone on its line it is a host's turn, and
# inside a sentence it is a story's ("After the break the visitors scored twice").
AD_BREAK_REST_CHARS = 30
_OPENER_END = re.compile(r"\s?[.:!…。：！—–-]")
# A line's leading time stamp ("[06:40] ", "12:10 — ").
_STAMP = re.compile(r"\W{0,2}\d{1,2}:\d{2}(?::\d{2})?\W{0,3}")
# ... and a transcript turn's speaker after it ("05:40 Marta: ", "Neema — "), one to three
# words and a colon or a dash.
_SPEAKER = re.compile(r"[^\W\d_][^\s:：]*(?: [^\W\d_][^\s:：]*){0,2}\s?(?:[:：]|\s[—–])\s+")
# A sentence's end, with or without a space after it (Chinese, Japanese).
_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)|[。！？]")
# A quotation of some length: the sentence may be someone quoted ("'If you value local
# news, pay for it,' she said"), not the outlet speaking. (A name in quotation marks,
# "If «Al-Hibr» is useful to you", is no quotation.)
_QUOTED = re.compile('["“„«「]([^"”“»」]{0,400})["”“»」]')
QUOTED_WORDS = 5
QUOTED_UNSPACED_CHARS = 15
# A code: a word in capitals (digits allowed) with at least three letters, right before
# or after the word for a code.
_CODE_AFTER = re.compile(r"[\s:：\"'«“„「]{0,3}([^\W_]{3,20})(?!\w)")
_CODE_BEFORE = re.compile(r"(?<!\w)([^\W_]{3,20})[\s\"'»”」]{0,3}$")
CODE_LETTERS = 3
CODE_REACH = 24
# Codes that are no offer: a card's PIN, a post code, a web page's HTML ...
TECH_CODES = frozenset(
    "PIN ZIP HTML CSS ISO IBAN BIC SWIFT IATA ICAO ICD NACE UPC EAN SKU SQL API GPS USB SMS"
    " OTP CVV CVC TAN PUK SIM VIN MCC SIC NAICS UNSPSC ATM FIN FİN"
    # ... a payment app's or a security notice's: "kodu BLIK", "UPI PIN", "CVE-..."
    " BLIK UPI QRIS USSD NFC MFA CVE CAPTCHA JSON XML YAML".split()
)


# A warning's colour after the word for a code is a weather alert, no promo code ("COD
# ROȘU de ploi torențiale", "code RED", "código NARANJA").
ALERT_COLOURS = frozenset(
    "RED ORANGE AMBER YELLOW GREEN PURPLE ROUGE JAUNE VERT ROJO ROJA NARANJA AMARILLO"
    " AMARILLA VERDE ROSSO ARANCIONE GIALLO VERMELHO LARANJA AMARELO ROȘU ROSU PORTOCALIU"
    " GALBEN CZERWONY POMARAŃCZOWY ŻÓŁTY ČERVENÝ ORANŽOVÝ ŽLUTÝ CRVENI NARANČASTI ŽUTI"
    " KIRMIZI TURUNCU SARI КРАСНЫЙ ОРАНЖЕВЫЙ ЖЁЛТЫЙ ЧЕРВОНИЙ ПОМАРАНЧЕВИЙ ЖОВТИЙ"
    " ЧЕРВЕН ОРАНЖЕВ ЖЪЛТ ΚΟΚΚΙΝΟΣ ΠΟΡΤΟΚΑΛΙ ΚΙΤΡΙΝΟΣ".split()
)


# Thai, Japanese and Chinese characters: the scripts written without spaces.
_UNSPACED_CHAR = re.compile("[\u0e00-\u0e7f\u3040-\u9fff]")


def _unspaced(phrase: str) -> bool:
    """Whether a phrase is in Thai, Japanese or Chinese script (written without spaces)."""
    return _UNSPACED_CHAR.search(phrase) is not None


# A spaced phrase starts a word (after no word character), so each of its words that
# ends before the phrase does is a whole word of any text it occurs in: the phrase can
# occur only in a text that holds its longest such word ("this episode is supported by":
# "supported"). Most units hold none of a word list's keys, and a set lookup settles them
# without searching the list's pattern, which tries every word start. A one-word stem
# searched as a word start ("provision" finds "Provisionen") is keyed by its first
# KEY_CHARS characters instead.
KEY_CHARS = 3
_WORD_RUN = re.compile(r"\w+")


def _phrase_key(phrase: str, word_starts: bool) -> tuple[str, str] | None:
    """("word", a whole word a text must hold for `phrase` to occur in it) or ("start",
    the start of one), or None if there is nothing to require (no word character, or a
    stem shorter than KEY_CHARS)."""
    words = _WORD_RUN.findall(phrase)
    whole = words[:-1] if last_word_open(phrase, word_starts) else words
    if whole:
        return ("word", max(whole, key=len))
    if words and len(words[0]) >= KEY_CHARS:
        return ("start", words[0][:KEY_CHARS])
    return None


# The last text's words and word starts, and whether it holds a character of a script
# written without spaces: the cues of one unit search the same (case-folded) text against
# one word list after another.
_last_words: tuple[str, frozenset[str], frozenset[str]] = ("", frozenset(), frozenset())
_last_script: tuple[str, bool] = ("", False)


def text_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of `text`, and the first KEY_CHARS characters of each."""
    global _last_words
    last_text, words, starts = _last_words
    if text != last_text:
        words = frozenset(_WORD_RUN.findall(text))
        starts = frozenset(word[:KEY_CHARS] for word in words)
        _last_words = (text, words, starts)
    return words, starts


def holds_unspaced(text: str) -> bool:
    """Whether `text` holds a Thai, Japanese or Chinese character: a phrase in those
    scripts can occur only in such a text."""
    global _last_script
    last_text, found = _last_script
    if text != last_text:
        found = _UNSPACED_CHAR.search(text) is not None
        _last_script = (text, found)
    return found


class PhrasePattern:
    """Phrases as whole words, and phrases in scripts written without spaces, searched
    as two patterns: one alternation of both is about twice as slow (the regex engine
    cannot skip ahead to the characters a phrase can start with). Matches as the one
    alternation would: leftmost first, the spaced phrase first at the same place. The
    spaced pattern is searched only in a text with one of its phrases' keys (`keys`:
    whole words and word starts; None: in every text), the other only in a text with a
    character of those scripts. Each pattern compiles when it is first searched: a
    process that never meets a key or such a character never pays for it."""

    def __init__(
        self,
        spaced: str | None,
        unspaced: str | None,
        keys: tuple[frozenset[str], frozenset[str]] | None = None,
    ):
        self.sources = (spaced, unspaced)  # (the patterns' text; None: no such phrase)
        self.keys = keys if spaced is not None else None
        self._compiled: list[re.Pattern[str] | None] = [None, None]

    def _pattern(self, which: int) -> re.Pattern[str]:
        compiled = self._compiled[which]
        if compiled is None:
            compiled = self._compiled[which] = re.compile(self.sources[which])
        return compiled

    @property
    def parts(self) -> tuple[re.Pattern[str], ...]:
        """Both patterns (those with phrases), compiled."""
        return tuple(self._pattern(which) for which in (0, 1) if self.sources[which] is not None)

    def _searched(self, text: str) -> tuple[re.Pattern[str], ...]:
        spaced, unspaced = self.sources
        searched = []
        if spaced is not None and (self.keys is None or self._holds_key(text)):
            searched.append(self._pattern(0))
        if unspaced is not None and holds_unspaced(text):
            searched.append(self._pattern(1))
        return tuple(searched)

    def _holds_key(self, text: str) -> bool:
        words, starts = text_words(text)
        key_words, key_starts = self.keys
        return not key_words.isdisjoint(words) or not key_starts.isdisjoint(starts)

    def search(self, text: str) -> re.Match[str] | None:
        found = [match for match in (part.search(text) for part in self._searched(text)) if match]
        return min(found, key=lambda match: match.start()) if found else None

    def match(self, text: str) -> re.Match[str] | None:
        return next(filter(None, (part.match(text) for part in self.parts)), None)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return next(filter(None, (part.fullmatch(text) for part in self.parts)), None)

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        parts = self._searched(text)
        if len(parts) <= 1:
            yield from (parts[0].finditer(text, pos) if parts else ())
            return
        matches = sorted(
            (match for part in parts for match in part.finditer(text, pos)),
            key=lambda match: match.start(),
        )
        end = 0
        for match in matches:  # (overlaps dropped, as one scan would not find them)
            if match.start() >= end:
                yield match
                end = max(match.end(), match.start() + 1)


def whole_phrases(phrases: list[str], word_starts: bool = False) -> PhrasePattern:
    """The phrases: whole words, except in scripts written without spaces. With
    `word_starts`, each phrase need only start a word ("provision" finds "Provisionen")."""
    spaced = sorted(p for p in phrases if not _unspaced(p))
    unspaced = sorted(p for p in phrases if _unspaced(p))
    word_end = "" if word_starts else r"(?!\w)"
    keys = [_phrase_key(phrase, word_starts) for phrase in spaced]
    return PhrasePattern(
        rf"(?<!\w)(?:{phrase_trie(spaced)}){word_end}" if spaced else None,
        f"(?:{phrase_trie(unspaced)})" if unspaced else None,
        _key_sets(keys),
    )


def _key_sets(
    keys: list[tuple[str, str] | None],
) -> tuple[frozenset[str], frozenset[str]] | None:
    """The phrases' keys as (whole words, word starts), or None if a phrase has none."""
    if None in keys:
        return None
    found = [key for key in keys if key is not None]
    return (
        frozenset(word for kind, word in found if kind == "word"),
        frozenset(start for kind, start in found if kind == "start"),
    )


@cache
def table_pattern(module: str, table: str, kind: str, word_starts: bool = False) -> PhrasePattern:
    """The phrases of one kind of a per-language word list (`table` in the lexicon
    module `module`: "lexicon_prose", "SPONSOR_CUES"), all languages, as one pattern of
    whole words, or of word starts (imported on first use: the lists are large)."""
    cues = getattr(import_module(f".{module}", __package__), table)
    phrases = list({cue_form(p) for lang in cues.values() for p in lang[kind]})
    return whole_phrases(phrases, word_starts)


def _pattern(table: str, kind: str) -> PhrasePattern:
    """The phrases of one kind of a lexicon_prose table."""
    return table_pattern("lexicon_prose", table, kind)


def _sentences(text: str) -> list[str]:
    start, found = 0, []
    for end in [*(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]:
        if end > start:
            found.append(text[start:end])
        start = end
    return found


def _paired(text: str, first: PhrasePattern, second: PhrasePattern, in_quotations: bool) -> bool:
    """Whether one sentence holds both a `first` and a `second` phrase (unless
    `in_quotations`, not in a sentence that quotes someone)."""
    # (Most units hold neither phrase: one search of the whole text settles them.)
    if first.search(text) is None or second.search(text) is None:
        return False
    for sentence in _sentences(text):
        if not in_quotations and any(map(_speech, _QUOTED.findall(sentence))):
            continue
        if first.search(sentence) and second.search(sentence):
            return True
    return False


def _speech(quoted: str) -> bool:
    """Whether the words inside quotation marks are a quotation, not a name."""
    if _unspaced(quoted):
        return len(quoted) >= QUOTED_UNSPACED_CHARS
    return len(quoted.split()) >= QUOTED_WORDS


def sponsor_read(text: str) -> bool:
    """Whether a unit is a sponsor read: the medium and its backing in one sentence of its
    opening, or an ad break's opener followed by the ad. In a transcript the host says it,
    after the turn's time stamp and name ("05:40 Marta: A quick break. ...")."""
    head = text.lstrip()[:OPENING_CHARS]
    stamp = _STAMP.match(head)
    head = cue_form(head[stamp.end() :] if stamp else head)
    speaker = _SPEAKER.match(head)
    # (The opener itself may look like a speaker's name: "A quick break: ...".)
    heads = (head, head[speaker.end() :]) if speaker else (head,)
    for opening in heads:
        opener = _pattern("SPONSOR_CUES", "ad_break").match(opening)
        if opener and _OPENER_END.match(opening, opener.end()):
            return len(opening) - opener.end() >= AD_BREAK_REST_CHARS
    return _paired(
        heads[0],
        _pattern("SPONSOR_CUES", "self"),
        _pattern("SPONSOR_CUES", "backing"),
        in_quotations=True,
    )


def conditional_ask(text: str) -> bool:
    """Whether a sentence of the unit puts a condition to the reader and asks for money:
    "If this letter helps you, a small monthly contribution keeps me in the field"."""
    return _paired(
        cue_form(text[:SEARCH_CHARS]),
        _pattern("ASK_CUES", "condition"),
        _pattern("ASK_CUES", "support"),
        in_quotations=False,
    )


def promo_code(text: str) -> bool:
    """Whether the word for a code stands beside a code in capitals ("use the code OLLA10",
    "KENT kodunu söyleyin", "промокод ЧАЙ"): the word right after it, or right before it
    (languages that put the code first)."""
    head = text[:SEARCH_CHARS]
    lowered = cue_form(head)
    if len(lowered) != len(head):
        return False  # (a rare case-fold that changes lengths: offsets would not line up)
    for found in _pattern("SPONSOR_CUES", "code_word").finditer(lowered):
        after = _CODE_AFTER.match(head, found.end())
        before = _CODE_BEFORE.search(head, max(0, found.start() - CODE_REACH), found.start())
        if (after and _is_code(after[1])) or (before and _is_code(before[1])):
            return True
    return False


def _is_code(word: str) -> bool:
    """A code: every letter a capital (no uncased script), three letters at least."""
    letters = [char for char in word if char.isalpha()]
    return (
        len(letters) >= CODE_LETTERS
        and all(char.isupper() for char in letters)
        and word not in TECH_CODES
        and word not in ALERT_COLOURS
    )


# An affiliate disclosure names the links and what they earn ("This post contains
# affiliate links; I may earn a small commission"): two of its phrases, or one long one
# ("we may earn a commission"). The links alone ("links de afiliado", "link afiliasi")
# are also what a post about affiliate income talks about.
AFFILIATE_MAX_WORDS = 80
AFFILIATE_LONG_WORDS = 3
AFFILIATE_LONG_CHARS = 8  # in scripts written without spaces


def affiliate_note(text: str) -> bool:
    """Whether a short unit discloses affiliate links."""
    if len(text) > SEARCH_CHARS or len(text.split()) > AFFILIATE_MAX_WORDS:
        return False
    disclosure = table_pattern("lexicon_disclosures", "DISCLOSURE_CUES", "affiliate")
    found = {match.group() for match in disclosure.finditer(cue_form(text))}
    return len(found) >= 2 or any(
        len(phrase.split()) >= AFFILIATE_LONG_WORDS
        or (_unspaced(phrase) and len(phrase) >= AFFILIATE_LONG_CHARS)
        for phrase in found
    )


# An affiliate disclosure in words the lists above lack: how it names the links ("partner
# links", "links on this page") and what they earn ("we may receive a commission") in one
# short unit (lexicon_commerce.py). A cue the model weighs, not a notice's form: a story
# about affiliate marketing names both, at more length as a rule.
EARNING_MAX_WORDS = 40


def earning_links(text: str) -> bool:
    """Whether a short unit names links and what the outlet earns from them."""
    if len(text) > SEARCH_CHARS or len(text.split()) > EARNING_MAX_WORDS:
        return False
    folded = cue_form(text)
    return _found(folded, "link_earning", "fee_stem") and _found(
        folded, "link_mention", "link_stem"
    )


def _found(folded: str, phrases: str, stems: str) -> bool:
    """Whether a unit holds one of a commerce table's phrases, or a word that starts with
    one of its stems."""
    return (
        table_pattern("lexicon_commerce", "COMMERCE_CUES", stems, word_starts=True).search(folded)
        is not None
        or table_pattern("lexicon_commerce", "COMMERCE_CUES", phrases).search(folded) is not None
    )


# A shop's button or price box is short: "Check current price »", "Preis prüfen: X bei Y",
# "OUR TOP PICK ... $129.95 — Check current price". In a longer line "buy now" is prose.
SHOP_MAX_WORDS = 25


# A deal widget's line: a price and the shop's web address, no sentence ("Korvo Fit 3 –
# 179,00 € v spletni trgovini Tehnokos.si", "Ab 18 € bei tickets.de").
_TOP_LEVEL = (
    "com|net|org|shop|store|example|de|fr|it|es|pl|nl|ru|in|co|uk|jp|cn|tw|kr|br|pt|se|no|"
    "dk|fi|cz|sk|hu|ro|bg|tr|ua|ch|at|be|ie|id|my|ph|sg|za|ng|ke|mx|ar|cl|pe|vn|th|gr|il|si|"
    "hr|rs|lt|lv|ee"
)
# (What follows the address may be a word of an unspaced script: "ミドリ堂.jpで見る".)
_SHOP_ADDRESS = re.compile(
    rf"(?<![@\w.])[^\s.@/]{{2,40}}\.(?:{_TOP_LEVEL})(?![a-z0-9.-])", re.IGNORECASE
)
OFFER_MAX_CHARS = 110
OFFER_MAX_WORDS = 14


def shop_offer(text: str) -> bool:
    """Whether a short line that is no sentence gives a price and a shop's address."""
    line = text.strip()
    return (
        len(line) <= OFFER_MAX_CHARS
        and len(line.split()) <= OFFER_MAX_WORDS
        and not line.endswith((".", "。", "!", "?"))
        and _SHOP_ADDRESS.search(line) is not None
        and count_sums(line) >= 1
    )


def shop_call(text: str) -> bool:
    """Whether a short unit sends the reader to a shop or a booking site."""
    if len(text) > SEARCH_CHARS or len(text.split()) > SHOP_MAX_WORDS:
        return False
    button = table_pattern("lexicon_furniture", "FURNITURE_CUES", "shop_call")
    return button.search(cue_form(text)) is not None or shop_offer(text)


# A contact line under a release: its label ("Media contact", "Pressekontakt", "報道関係者
# のお問い合わせ先") with an e-mail address or a phone number, in a short line; or the
# label alone, heading the contacts below it.
CONTACT_MAX_WORDS = 40
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.\w[\w.-]*")
_PHONE = re.compile(r"\+?\d[\d \u00a0().\-/]{5,}\d")
PHONE_DIGITS = 7
_LABEL_EDGE = " \t:：【】[]()（）■●•*-–—"


def contact_line(text: str) -> bool:
    """Whether a short unit is a press contact: its label with an address or a number, or
    the label alone."""
    if len(text) > SEARCH_CHARS or len(text.split()) > CONTACT_MAX_WORDS:
        return False
    label = table_pattern("lexicon_release", "RELEASE_CUES", "contact_label")
    folded = cue_form(text)
    found = label.search(folded)
    if found is None:
        return False
    return found.group() == folded.strip(_LABEL_EDGE) or contact_data(text)


def contact_data(text: str) -> bool:
    """Whether the text gives an e-mail address or a phone number."""
    if _EMAIL.search(text):
        return True
    return any(
        sum(char.isdigit() for char in match.group()) >= PHONE_DIGITS
        for match in _PHONE.finditer(text)
    )
