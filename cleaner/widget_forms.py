"""The forms of a recipe card's and a shop box's controls, in any language.

- `servings_switch`: a recipe card's servings scaler or stepper ("Servings: 1x 2x 3x",
  "Porzioni: – 4 +", "Порције: 3 · 6 · 12"): the ui label.
- `unit_toggle`: a recipe card's measuring-system or servings switch, its words side by
  side ("US Customary | Metric", "Cups · Grams"; the words are lexicon_commerce.py's): ui.
- `price_drop`: a deal box's old and new price ("Was £349, now £279 (-20%)", "18 990 ₽
  вместо 23 500 ₽", "18,980円 → 15,480円（18%オフ）"): the promo label.
- `shop_button`: a shop's or a booking site's button that names the shop, or a buy word
  with a price alone ("Köp hos Färghuset", "Acheter 180 €"): promo.
- `price_change_note`: a shop box's note that its prices may change: legal, a topic cue.
- `download_button`: a button to download a file, named by a download word and the
  file's type ("Download the worksheet (PDF)", "Pobierz plan w PDF", "下載PDF圖解版",
  "Route herunterladen (GPX)"): ui.

The servings control and the price drop are told by their form, not by words: a short
label at most, then numbers. A recipe's own facts ("Serves 4", "Prep 15 min | Cook 35
min") name one number each; a travel guide's prices ("Entry €12, children €6") carry no
arrow or discount.
"""

from __future__ import annotations

import re

from .payments import count_sums
from .prose_cues import table_pattern
from .scripts import as_folded, cue_form

# A label of a word or three before the control, with or without a colon ("Servings:",
# "Khẩu phần:", "प्रमाण:").
# (Any characters but digits and separators: an Indic word's vowel signs are not \w.)
_WORD = r"[^\s\d:：|·/+–−-]+"
_LABEL = rf"(?:{_WORD}(?:\s{_WORD}){{0,2}}\s?[:：]?\s*)?"
_FRACTION = r"(?:\d{1,2}|[½¼¾⅓⅔]|1/2)"
# "1x 2x 3x", "½x · 1x · 2x", "×1 ×2 ×4".
_MULTIPLIERS = re.compile(
    rf"{_LABEL}(?:{_FRACTION}\s?[x×]|[x×]\s?{_FRACTION})"
    rf"(?:\s*[·|/,]?\s*(?:{_FRACTION}\s?[x×]|[x×]\s?{_FRACTION})){{1,5}}",
    re.IGNORECASE,
)
# "Porzioni: – 4 +", "Servings − 6 +".
_STEPPER = re.compile(rf"{_LABEL}[–−-]\s?\d{{1,2}}\s?\+")
# "Порције: 3 · 6 · 12": a label with its colon, then three small counts or more.
_COUNTS = r"\d{1,2}(?:\s?[·|/]\s?\d{1,2}){2,5}"
_CHOICES = re.compile(rf"{_WORD}(?:\s{_WORD}){{0,2}}\s?[:：]\s*({_COUNTS})")
MOST_SERVINGS = 24
SWITCH_MAX_CHARS = 60


def servings_switch(text: str) -> bool:
    """Whether a line is nothing but a recipe card's servings control."""
    line = text.strip()
    if len(line) > SWITCH_MAX_CHARS:
        return False
    if _MULTIPLIERS.fullmatch(line) or _STEPPER.fullmatch(line):
        return True
    choices = _CHOICES.fullmatch(line)
    if choices is None:
        return False
    counts = [int(n) for n in re.findall(r"\d+", choices.group(1))]
    # Growing counts, as a scaler offers them (a row of scores or sizes need not grow).
    return counts[-1] <= MOST_SERVINGS and all(a < b for a, b in zip(counts, counts[1:]))


_TOGGLE_SEPARATOR = re.compile(r"\s?[|/·•]\s?")
_TOGGLE_FIELDS = (2, 4)
TOGGLE_MAX_CHARS = 50


def unit_toggle(text: str) -> bool:
    """Whether a line is nothing but two to four switch words side by side."""
    line = text.strip()
    if len(line) > TOGGLE_MAX_CHARS or _TOGGLE_SEPARATOR.search(line) is None:
        return False
    words = table_pattern("lexicon_commerce", "COMMERCE_CUES", "unit_toggle")
    fields = [field.strip() for field in _TOGGLE_SEPARATOR.split(cue_form(line))]
    return _TOGGLE_FIELDS[0] <= len(fields) <= _TOGGLE_FIELDS[1] and all(
        field and words.fullmatch(field) for field in fields
    )


# Between an old and a new price: an arrow, or a discount in per cent beside them.
_ARROW = re.compile(r"[→⇒➔➜►▶>»]|->")
_DISCOUNT = re.compile(
    r"[-−–]\s?\d{1,2}\s?%|\d{1,2}\s?%\s?(?:off|オフ|割引|할인|折)", re.IGNORECASE
)
_LABELLED = re.compile(r"[^\d:：]*[:：]")
DEAL_MAX_WORDS = 10
DEAL_MAX_CHARS = 90


def price_drop(text: str) -> bool:
    """Whether a short line gives an old and a new price with an arrow or a discount."""
    line = text.strip()
    if (
        len(line.split()) > DEAL_MAX_WORDS
        or len(line) > DEAL_MAX_CHARS
        or line.endswith((".", "。"))
    ):
        return False
    digits = [i for i, char in enumerate(line) if char.isdigit()]
    # (A labelled fact, "Fare: 7.4 → 8.8", is a story's table; a button's arrow follows
    # the sums, "£10 once  Choose my own amount →".)
    if not digits or _LABELLED.match(line):
        return False
    between = line[digits[0] : digits[-1]]
    if not (_ARROW.search(between) or _DISCOUNT.search(line)):
        return False
    return count_sums(line) >= 2


# A shop's or a booking site's button after an item of a story's list: its words, then the
# shop's name ("Acheter chez Maison Orvel", "Köp hos Färghuset"), or the name first where
# the language puts the words after it ("Amazon पर खरीदें"); or a buy word with a price
# and nothing else ("Acheter 180 €", "Kaufen 39,99 €"). The words are
# lexicon_lifestyle.py's; a heading of the story names no shop after "buy at". (Words
# written onto the name, as Korean's "쿠팡에서 구매하기", are not found: a phrase must
# start a word.)
BUTTON_MAX_WORDS = 8
BUTTON_MAX_CHARS = 60
PRICE_MAX_WORDS = 4
_BUTTON_EDGE = " \t-–—:·|•›»>→"


def _last_at_end(words, line: str) -> re.Match[str] | None:
    """The phrase that ends the line, if one does."""
    ends = [found for found in words.finditer(line) if found.end() == len(line)]
    return ends[-1] if ends else None


def shop_button(text: str) -> bool:
    """Whether a short line is a shop's or a booking site's button (see above)."""
    line = text.strip()
    if (
        len(line) > BUTTON_MAX_CHARS
        or len(line.split()) > BUTTON_MAX_WORDS
        or line.endswith((".", "!", "?", "。"))
    ):
        return False
    folded = cue_form(line)
    opening = table_pattern("lexicon_lifestyle", "LIFE_CUES", "button_opening")
    found = opening.match(folded)
    if found and folded[found.end() :].strip(_BUTTON_EDGE):
        return True
    found = _last_at_end(opening, folded)
    if found and folded[: found.start()].strip(_BUTTON_EDGE):
        return True
    verb = table_pattern("lexicon_lifestyle", "LIFE_CUES", "button_verb")
    found = verb.match(folded)
    if found:
        return _price_alone(folded[found.end() :])
    found = _last_at_end(verb, folded)
    return found is not None and _price_alone(folded[: found.start()])


def _price_alone(rest: str) -> bool:
    """Whether what is left beside a buy word is one sum of money and at most a word or
    three ("180 €", "R$ 89")."""
    rest = rest.strip(_BUTTON_EDGE)
    return 0 < len(rest.split()) <= PRICE_MAX_WORDS and count_sums(rest) == 1


# A shop box's note that its prices may change: a price word, then how it may change or
# when it held ("Prix constatés le 9 octobre, susceptibles d'évoluer", "Az árak a cikk
# megjelenésekor érvényesek, változhatnak"), in a short unit. A topic cue: a story that
# says prices may change next year speaks in news voice.
PRICE_NOTE_MAX_CHARS = 200


def price_change_note(text: str) -> bool:
    """Whether a short unit says its prices may change (see above)."""
    if len(text) > PRICE_NOTE_MAX_CHARS:
        return False
    folded = cue_form(text)
    word = table_pattern("lexicon_lifestyle", "LIFE_CUES", "price_word").search(folded)
    if word is None:
        return False
    change = table_pattern("lexicon_lifestyle", "LIFE_CUES", "may_change")
    return change.search(folded[word.end() :]) is not None


# A download word in the languages of the dev sets, as buttons print it (an imperative, an
# infinitive or the noun), and a file's type. A story names its attachment by its title
# ("Arrêté municipal n° 2024-187 (PDF, 214 Ko)") and says "download" in a sentence, which
# ends on its stop or runs longer than a button.
# (Folded as the line it reads: Greek capitals carry no accents, "ΛΗΨΗ PDF".)
_DOWNLOAD_WORD = re.compile(
    as_folded(
        r"(?<![^\W\d_])(?:download(?:en)?|herunterladen|runterladen|télécharger|téléchargez|"
        r"descargar|descarga|descargue|scarica|scaricare|baixar|baixe|descarregar|descarregue|"
        r"pobierz|pobrać|скачать|скачайте|завантажити|завантажте|загрузить|indir|stáhnout|"
        r"stáhněte|stiahnuť|stiahnite|letöltés|töltse le|töltsd le|descarcă|descărcați|изтегли|"
        r"изтеглете|preuzmi|preuzmite|преузми|lataa|ladda ner|ladda ned|last ned|hent|sækja|"
        r"atsisiųsti|atsisiųskite|lejupielādēt|laadi alla|prenesi|prenesite|κατεβάστε|λήψη|"
        r"تحميل|تنزيل|حمّل|הורד|הורידו|להורדה|دانلود|ڈاؤن لوڈ|डाउनलोड|ডাউনলোড|下载|下載|"
        r"ダウンロード|다운로드|tải về|tải xuống|unduh|muat turun|pakua|i-download|yuklab olish|"
        r"жүктеу|жүктеп алу|ჩამოტვირთვა|ներբեռնել|yüklə|endir|shkarko|преземи|lawrlwytho|"
        r"íoslódáil|niżżel|deskargatu)"
    )
)
# The types of the files a page offers (rules.py reads a button's tag of them too).
FILE_TYPES = r"(?:pdf|docx?|xlsx?|pptx?|odt|epub|zip|mp3|gpx|kml)"
# (Only a Latin letter beside the type makes it part of a word: "下載PDF圖解版".)
_FILE_TYPE = re.compile(rf"(?<![a-z]){FILE_TYPES}(?![a-z])", re.IGNORECASE)
DOWNLOAD_MAX_WORDS = 7
DOWNLOAD_MAX_CHARS = 60
_SENTENCE_END = (".", "!", "?", "。", "！", "？")


def download_button(text: str) -> bool:
    """Whether the line is a button to download a file: a download word and the file's
    type in a short line that is no sentence."""
    line = text.strip()
    if (
        len(line) > DOWNLOAD_MAX_CHARS
        or len(line.split()) > DOWNLOAD_MAX_WORDS
        or line.endswith(_SENTENCE_END)
    ):
        return False
    return bool(_FILE_TYPE.search(line)) and bool(_DOWNLOAD_WORD.search(cue_form(line)))
