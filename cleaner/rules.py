"""Heuristic rules: cue lexicons and structural patterns that vote for a label.

Rules never decide alone on long units; they feed the model and the context pass.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from .alternation import (
    FirstCharSplit,
)
from .bios import writer_bio
from .data_rows import age_mark, data_delay, odds_row, teaser_row, ticker_strip, wire_mark
from .embeds import account_credit, gallery_counter
from .lexicon import MACHINE_MADE
from .lexicon_live import controls
from .page_widgets import dropdown_control, weather_now
from .payments import amount_row, lone_sum, payment_cue
from .phrase_index import WHOLE_LINE_MAX_CHARS, compiled_rules, matched_phrases
from .prose_cues import (
    affiliate_note,
    conditional_ask,
    contact_line,
    earning_links,
    promo_code,
    shop_call,
    sponsor_read,
    table_pattern,
)
from .records import RuleHit
from .registers import register_number
from .scripts import fold_case, without_greek_accents
from .small_print import credit_terms, fuel_figures, terms_apply
from .time_ago import relative_stamp
from .trip_widgets import place_distance, starred_price, weather_box
from .widget_forms import (
    FILE_TYPES,
    download_button,
    price_change_note,
    price_drop,
    servings_switch,
    shop_button,
    unit_toggle,
)

# A phrase hit on a long paragraph is weak evidence: body text quotes these words too.
LONG_UNIT_CHARS = 300
WHOLE_LINE_WEIGHT = 0.95
MACHINE_MADE_WEIGHT = 0.99
# A donation box's button alone on a line is a price's form too: evidence for the model,
# not a verdict.
LONE_SUM_WEIGHT = 0.7
# A register's number in small print: a name and a number, which a story's sentence about a
# company may hold too.
REGISTER_WEIGHT = 0.8
# An ad's small print (small_print.py): weak, as a consumer story may quote it.
SMALL_PRINT_WEIGHT = 0.7
SMALL_PRINT = (
    ("credit_terms", credit_terms),
    ("terms_apply", terms_apply),
    ("fuel_figures", fuel_figures),
)
# A travel page's widgets and fare ads (trip_widgets.py): weak, as a travel story may give
# a place's weather, its distance or a fare.
TRIP_WIDGET_WEIGHT = 0.7
TRIP_WIDGETS = (
    ("ui", "weather_box", weather_box),
    ("related", "place_distance", place_distance),
    ("promo", "starred_price", starred_price),
)

# Rules about a line's form (a notice, a byline, a teaser prefix) hold even in prose;
# topic cues ("donate", "subscribe") do not when the prose is in news voice.
FORMAT_RULES = frozenset(
    {
        "copyright",
        "cookies",
        "byline",
        "author_bio",
        "dateline",
        "dateline_short",
        "clock_time",
        "match_minute",
        "relative_stamp",
        "post_credit",
        "account_credit",
        "tags",
        "reading_time",
        "breadcrumb",
        "appeal_header",
        "dear_readers",
        "payment_methods",
        "teaser_prefix",
        "teaser_tag",
        "credit",
        "affiliate",
        "php_error",
        "photo_credit",
        "comment_policy",
        "comment_heading",
        "license_note",
        "reuse_ban",
        "views_disclaimer",
        "views_note",
        "author_is",
        "foreign_agent_label",
        "disclaimer",
        "meta_fields",
        "gambling_notice",
        "ad_token",
        "free_count",
        "offer_terms",
        # Who checked a magazine's article, an ad's own label (lexicon_magazine.py).
        "reviewed_by",
        "ad_label",
        "ticket_price",
        # A line that opens with its label ("Sponsored:"), and a site tool's line.
        "sponsored_prefix",
        "typo_report",
        "audio_player",
        "field_menu",
        "hashtag_list",
        "slash_trail",
        "chapter_list",
        "numbered_header",
        # The medium naming its sponsor ("this episode is supported by"), a promo code, a
        # money ask put to the reader ("if you value this letter, ... a month").
        "sponsor_read",
        "promo_code",
        "conditional_ask",
        # Readers' stars and their vote count ("4,9/5 (212 głosów)").
        "readers_rating",
        # Affiliate and gambling notes in 71 languages (lexicon_disclosures.py,
        # prose_cues.affiliate_note).
        "affiliate_note",
        "gambling_warning",
        # Widget rows (data_rows.py): a market ticker, a bookmaker's odds, a legal age.
        "ticker_strip",
        "odds_row",
        "age_mark",
        # A label and two headlines or more between bars ("Latest releases: ... | ...").
        "teaser_row",
        # An agency's slug and end mark, a release's "SOURCE" line.
        "wire_mark",
        # A press release's disclaimers and contacts (lexicon_release.py): its forms.
        "forward_looking",
        "distributor_note",
        "contact_line",
        # Where to send money: a labelled account number or wallet, a row of sums to choose
        # from (payments.py), and one of its buttons alone on a line.
        "payment_details",
        "amount_row",
        "lone_sum",
        # An organisation's register number after its label (registers.py).
        "register_number",
        # An ad's small print: a credit's rates, its terms, a car's official figures
        # (small_print.py).
        "credit_terms",
        "terms_apply",
        "fuel_figures",
        # A travel page's weather box, a "Nearby" box's entry, a fare with its footnote's
        # mark (trip_widgets.py).
        "weather_box",
        "place_distance",
        "starred_price",
        # A recipe card's servings control and measuring switch, a deal box's old and new
        # price, a download button (widget_forms.py); a row of buttons; a legal note ending
        # on a copyright, a short line with the mark and a year.
        "servings_switch",
        "unit_toggle",
        "price_drop",
        "download_button",
        "button_row",
        "form_row",
        "copyright_tail",
        "copyright_year",
        # A trip or product paid for by whom the story covers (lexicon_commerce.py).
        "press_trip",
    }
)

# Cues that hold only outside the article's core: a price per period is also how consumer
# stories talk ("afterwards you'll pay $6.99 a month"), a store's name how they give advice,
# and "X is a reporter ..." may be a story's own sentence. Inside the core such a cue alone
# is no evidence; nor is a sum alone on its line (a product's or a listing's price), nor an
# offer's small print (a consumer story may quote it). (A time alone on its line is a stamp
# anywhere, a live blog's entry's too: the contract's dates are meta.)
WEAK_CUES = frozenset(
    {
        "money_per_period",
        "author_bio",
        "author_is",
        "app_store",
        "lone_sum",
        "credit_terms",
        "terms_apply",
        "fuel_figures",
        "weather_box",
        "place_distance",
        "starred_price",
    }
)


_EDGE_JUNK = " \t\u00a0|•·»«›‹<>→←-–—*#:.!?\"'“”„[](){}\\▷▶►▸■◆●"


# "De" opens a byline in Romance languages ("de Ana Popescu"), and a Dutch subheading as
# its article ("De zetelverdeling"): a name after it has a capital.
_DE_OPENING = re.compile(r"\s*[Dd][Ee]\s+([^\W\d_])")


def _article_de(text: str) -> bool:
    opening = _DE_OPENING.match(text)
    return opening is not None and opening.group(1).islower()


# A menu path inside an instruction ("Na iPhoneu idite na Podešavanja > Mobilni podaci >
# Opcije."): a sentence of four words or more that ends as one; a breadcrumb does not.
_INSTRUCTION_END = re.compile(r"[.!?。।።؟]\s*$")
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _menu_path_sentence(text: str) -> bool:
    return _INSTRUCTION_END.search(text) is not None and len(_LETTER_RUN.findall(text)) >= 4


# Pictographs at a line's edge ("👉 Read also: ...", "🔔 Subscribe", "✅"): symbols, and
# the joiners and selectors emoji are built with. The marks a cue spells stay.
_KEPT_SYMBOLS = frozenset("©®℗™°")
EMOJI_PARTS = frozenset("\u200d\ufe0e\ufe0f\u20e3")


def _is_arrow(char: str) -> bool:
    """Arrows (some are math symbols to Unicode: "↓", "⟳"), from their blocks."""
    code = ord(char)
    return 0x2190 <= code <= 0x21FF or 0x27F0 <= code <= 0x27FF or 0x2900 <= code <= 0x297F


def _is_edge_symbol(char: str) -> bool:
    """Whether `char` is a pictograph, an arrow or an emoji part to strip from a line's
    edge."""
    if char in EMOJI_PARTS or _is_arrow(char):
        return True
    return unicodedata.category(char) in ("So", "Sk") and char not in _KEPT_SYMBOLS


def _strip_symbols(text: str) -> str:
    """`text` without pictographs (and edge junk between them) at either end."""
    start, end = 0, len(text)
    while start < end and (text[start] in _EDGE_JUNK or _is_edge_symbol(text[start])):
        start += 1
    while end > start and (text[end - 1] in _EDGE_JUNK or _is_edge_symbol(text[end - 1])):
        end -= 1
    return text[start:end]


# Hours are a span, from one time to another ("營業時間：每日7:00am-7:00pm", "Donderdag
# 17.00 – 19.30 uur"): a review's or a notice's facts, where a page's stamp names one
# time. (A stamp's seconds and zone, "06:45:00-05:00", are no span.)
_TIME_SPAN = re.compile(
    r"(?<![\d:.])\d{1,2}[:.]\d{2}(?![:.]?\d)\s?(?:[ap]\.?m\.?|uhr|h)?\s?"
    r"[-–~〜至到]\s?\d{1,2}[:.]\d{2}(?![:.]\d)",
    re.IGNORECASE,
)


# A period between two whole dates ("2023년 3월 9일~2024년 1월 22일", "01.03.2023 –
# 30.11.2023"): a recall's production run, a programme's term, told by the story. A page's
# own date line gives one date.
_WHOLE_DATE = (
    r"(?:\d{4}\s?[년年]\s?\d{1,2}\s?[월月]\s?\d{1,2}\s?[일日]|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    r"|(?:19|20)\d\d[./-]\d\d?[./-]\d\d?)"
)
# A weekday may follow each date: "2024年11月1日（金）～2025年3月14日（金）".
_WEEKDAY_AFTER = r"(?:\s?[（(][^）)\d]{1,4}[）)])?"
# The second date may leave out what the first one gave: "2025年7月1日～10月25日".
_LATER_DATE = rf"(?:{_WHOLE_DATE}|\d{{1,2}}\s?[월月]\s?\d{{1,2}}\s?[일日]|\d{{1,2}}\s?[일日])"
_DATE_SPAN = re.compile(rf"{_WHOLE_DATE}{_WEEKDAY_AFTER}\s?(?:[~〜～–—-]|至|到)\s?{_LATER_DATE}")
# A sentence that names a time ("Doors open at 18:00.", "白天（18:00前）免费入园。"): five
# words or more, or a dozen CJK characters, and a full stop. A date line holds a weekday and
# a month at most, and no full stop after its time.
_TIMED_SENTENCE_END = re.compile(r"[^\W\d_][^\d\s]*[.!。！]\s*$")
_SENTENCE_WORD = re.compile(r"(?<!\S)[^\W\d_]{2,}")
_CJK_CHARACTER = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _timed_sentence(text: str) -> bool:
    if not _TIMED_SENTENCE_END.search(text):
        return False
    return len(_SENTENCE_WORD.findall(text)) >= 5 or len(_CJK_CHARACTER.findall(text)) >= 12


# A timetable's row runs from one clock time to the next: "AB 301 あおば 08:10発 → 新千歳
# 09:45着", "LX 1612 Zurich 07:05 – Vilnius 10:40". A page's date line gives one time.
_TIMETABLE_ROW = re.compile(
    r"(?<![\d:.])\d{1,2}:\d{2}(?![:.]?\d)[^\n\d]{0,30}(?:→|->|⇒|➝|–|—|-)[^\n\d]{0,30}"
    r"(?<![\d:.])\d{1,2}:\d{2}(?![:.]?\d)"
)
# A list's lead-in ends in a colon after a word ("The highest readings at 16:00 were:"):
# no date line, whatever time it names (normalise() strips the colon, so this reads the
# raw text). decide.py reads it too, over a timetable.
LEAD_IN = re.compile(r"[^\W\d_][:：]\s*$")
# A data row names its date, then its value: "febrer 2024: 14 %", "2025 (t/m mei): 312
# uur", "März 2026: 4,2 Mio. m³" (a page's date line has no figure after its colon; a
# time's colon has figures on both sides: "29.07.2025 | 18:40"; a field after a separator
# is the page's: "13.05.2023 | Lesedauer: 6 Min."). The value's run is possessive: what
# follows it never starts with a figure or a space it would give back, and backing off a
# long run of spaces cost time squared.
_DATED_VALUE = re.compile(
    r"\s*[^:：\n·|•—–]{0,30}\d[^:：\n·|•—–-]{0,20}(?:(?<=\D)[:：]\s?|[:：]\s)[-−+~≈]?\d[\d.,\s]*+"
    r"(?:%|‰|°\s?c?|[^\W\d_]{1,6}\.?(?:\s?[^\W\d_]{1,4}[³²]?)?(?:/[^\W\d_]{1,4})?)?\s*$"
)


def normalise(text: str) -> str:
    """Lower-case, drop Greek accents and strip bullets, arrows, pictographs and punctuation
    from the edges."""
    stripped = text.strip(_EDGE_JUNK)
    if stripped and not (stripped[0].isascii() and stripped[-1].isascii()):
        # A line of symbols alone ("★★★★☆", a review's rating) stays as it is.
        stripped = _strip_symbols(stripped) or stripped
    return without_greek_accents(fold_case(stripped))


# An audio player's line: a play, speaker or headphones mark, a few words, then the
# length ("▶ Artikel anhören · 3:41 Min.", "🎧 Lytt til saken (5 min)", "🔊 ఈ కథనాన్ని
# వినండి — 05:12"). The mark is what normalise() strips, so this reads the raw text; words
# must come before the length (a live blog's "▶ 12:30 Police close the bridge" starts
# with its time).
_PLAYER_MARKS = frozenset("▶▷►⏵⏯🔊🔉🔈🎧🎙📻")
_PLAYER_WORDS = 12
_DURATION = re.compile(
    r"(?<!\d)\d{1,2}[:：]\d{2}(?!\d)|(?<!\w)\d{1,3}\s?(?:min|mins|minutes?)(?!\w)", re.IGNORECASE
)


# A player's position and length and nothing else: "00:00 / 38:42", "▶ 0:00 / 1:02:10".
_PLAYER_CLOCK = re.compile(r"\W{0,3}\d{1,2}:\d{2}(:\d{2})?\s?/\s?\d{1,2}:\d{2}(:\d{2})?")


# A match blog's minute stamp alone on a line, maybe with added time or the half before
# it: "78'", "45+2'", "90'+4'", "ST 44'", "2T 67′". (The mark makes it a minute: "78" alone
# is any number.)
_MATCH_MINUTE = re.compile(
    r"(?:[^\W\d_]{1,3}\.?\s?|[12]\.?\s?[^\W\d_]{1,3}\.?\s)?"
    r"\d{1,3}(?:\s?\+\s?\d{1,2})?\s?['′’](?:\s?\+\s?\d{1,2}\s?['′’]?)?"
)


def match_minute(text: str) -> bool:
    """Whether the line is a match minute and nothing else."""
    return _MATCH_MINUTE.fullmatch(text.strip()) is not None


# Readers' rating of a recipe or post: a score and the votes it comes from ("★★★★☆ 4,7 sur 5
# (89 votes)", "Hinne 4,9 (41 häält)", "التقييم ٤٫٨ من ٥ (٩٤ صوتًا)"). A reviewer's own score
# ("Our verdict: 8.5/10") has no vote count, and a share of the vote ("0.9% — 861 votes") is
# no score.
# (A measurement is no score and no count: "2,8 mg/l", "4.5 m³/s", a walk's "2,1 km" or a
# summit's "(1.610 m)".)
_UNIT = r"(?:[kcm]?m|m[²³]|k?g|mg|m?l|k?W|kWh|h|ha|hm|min|mi|ft|lbs?|oz|Std)(?![^\W\d_])"
_RATING_SCORE = re.compile(
    r"[★☆]{3,}|(?<![\d.,٫])\d[.,٫]\d"
    rf"(?![\d.,٫]|\s?[%٪]|\s?[^\W\d_]{{1,3}}[³²]?/[^\W\d_]|\s?{_UNIT})"
)
_VOTE_COUNT = re.compile(
    r"[(（](?:[^()（）]{0,30}[\s–-])?\d+(?:[.,\s٬]\d{3})*(?![\d.,٫])"
    rf"(?!\s?{_UNIT})\s?[^\W\d_][^()（）]{{0,20}}[)）]"
)
RATING_MAX_WORDS = 12
RATING_MAX_CHARS = 90  # (in scripts written without spaces a line is one "word")
RATING_SCALE = 10


# ... or a count with its noun, bracketed or not ("4.8 from 412 votes", "4,8 от 201 гласа",
# "4.9（276 則評分）"): the nouns are lexicon_commerce.py's, a number right before them.
_COUNT_BEFORE = re.compile(r"\d[\s\u00a0()（]{0,2}(?:[^\W\d_]{1,2}\s?)?$")


def _counted_votes(line: str) -> bool:
    # (The score is no count, "Our verdict: 4.5 stars" counts nothing; and the count comes
    # after it: "Airbook 14 review: 1.1 kg ..." is a headline.)
    folded = _RATING_SCORE.sub("\x00", fold_case(line))
    nouns = table_pattern("lexicon_commerce", "COMMERCE_CUES", "rating_count")
    score = folded.find("\x00")
    for found in nouns.finditer(folded, score + 1):
        count = _COUNT_BEFORE.search(folded, 0, found.start())
        # (A scale is no count either: "4.5 out of 5 stars".)
        if count is not None and _number_before(folded, count.start() + 1) > RATING_SCALE:
            return True
    return False


def _number_before(text: str, end: int) -> int:
    """The whole number that ends at `end` (its thousands separators dropped)."""
    start = end
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] in ",. \u00a0٬"):
        start -= 1
    digits = "".join(char for char in text[start:end] if char.isdigit())
    return int(digits) if digits else 0


def readers_rating(text: str) -> bool:
    """Whether a short line is a readers' rating: a score (stars or "4,7") and a vote count,
    in brackets or with its noun."""
    line = text.strip()
    return (
        len(line.split()) <= RATING_MAX_WORDS
        and len(line) <= RATING_MAX_CHARS
        and _RATING_SCORE.search(line) is not None
        and (_VOTE_COUNT.search(line) is not None or _counted_votes(line))
        # (A bracketed period is no count: "1.6 가솔린 (2023년 3월 9일~2024년 1월 22일 생산)".)
        and _DATE_SPAN.search(line) is None
    )


def audio_player(text: str) -> bool:
    """Whether a unit is an audio player's line (see _PLAYER_MARKS)."""
    line = text.strip()
    if not line or line[0] not in _PLAYER_MARKS:
        return False
    rest = line[1:].lstrip("\ufe0f ")
    length = _DURATION.search(rest)
    return (
        length is not None
        and len(rest.split()) <= _PLAYER_WORDS
        and any(char.isalpha() for char in rest[: length.start()])
    )


# Bylines, stamps and menus written out as text string short fields together with these.
FIELD_SEPARATOR = re.compile(r"\s[|·•]\s")


def split_fields(
    text: str, separator: re.Pattern[str], max_words: int, min_words: int = 0
) -> list[str]:
    """The fields of a line between `separator` matches, or [] when a field has more than
    `max_words` words (or fewer than `min_words`)."""
    fields = separator.split(text)
    if all(min_words <= len(field.split()) <= max_words for field in fields):
        return fields
    return []


# A menu written out as text: short fields between separators, none a sentence.
_MENU_FIELDS = 4
_MENU_FIELD_WORDS = 3
_NOT_A_MENU = re.compile(r"[\d.!?:;,。！？：；，]")
_GAP_SEPARATOR = re.compile(r" {2,}|\u3000+")
_GAP_MENU_FIELDS = 5


# A filter menu of ranges ("0-1 years | 1-3 years | 3-5 years | 5+ years", "0–12 mies. ·
# 1–3 lata · 3–6 lat · 6+"): every field a range or an open end and its unit word at most.
_RANGE_FIELD = re.compile(r"\d{1,4}\s?(?:[-–]\s?\d{1,4}|\+)(?:\s?[^\W\d_]{1,12}\.?)?")
_RANGE_FIELD_WORDS = 2  # "0–12 mies."


def _range_menu(line: str) -> bool:
    fields = split_fields(line, FIELD_SEPARATOR, _RANGE_FIELD_WORDS, min_words=1)
    return len(fields) >= _MENU_FIELDS and all(
        _RANGE_FIELD.fullmatch(field.strip()) for field in fields
    )


def field_menu(text: str) -> bool:
    """A line of four or more fields of one to three words between ' | ' or ' · ' (five or
    more between wide gaps), with no digit or sentence mark ("Home | Politics | Sport |
    Culture | Archive"): a site's menu or footer links; or four fields or more that are
    each a range ("0-1 years | 1-3 years | ..."): a filter menu. A table row ("| Pos |
    Team | Pts |") starts with its bar."""
    line = text.strip()
    if line.startswith("|"):
        return False
    if _NOT_A_MENU.search(line):
        return _range_menu(line)
    fields = split_fields(line, FIELD_SEPARATOR, _MENU_FIELD_WORDS, min_words=1)
    if len(fields) >= _MENU_FIELDS:
        return True
    # A menu copied with wide gaps between its items ("News  Sport  Health  Culture
    # Opinion") needs one item more: a table's header row may be spaced alike.
    fields = split_fields(line, _GAP_SEPARATOR, _MENU_FIELD_WORDS, min_words=1)
    return len(fields) >= _GAP_MENU_FIELDS


# Three hashtags or more alone on a line, in any script: "#Klima #Dürre #Landwirtschaft",
# "#조선업 #임금협상 #파업" (a story quoting a hashtag has words around it).
_HASHTAG_LIST = re.compile(r"#[^\s#,]{1,60}(?:,? #[^\s#,]{1,60}){2,}")
HASHTAG_LIST_MAX_CHARS = 400


def hashtag_list(text: str) -> bool:
    """A tag list written as hashtags: a page's tags, not the story's words."""
    line = text.strip()
    return len(line) <= HASHTAG_LIST_MAX_CHARS and _HASHTAG_LIST.fullmatch(line) is not None


def markdown_row(text: str) -> bool:
    """Whether the line is a table row as extractors print it: '| a | b |'."""
    line = text.strip()
    return line.startswith("|") and line.endswith("|") and line.count("|") >= 3


# A line's last segment that is a copyright mark and a name ("... may change. © 2024 X").
_COPYRIGHT_TAIL = re.compile(
    r"(?:[.!?。]\s*|\s[|·–—-]\s)(?:©|\(c\)|copyright)\s?[^!?。©]{1,60}$", re.IGNORECASE
)
COPYRIGHT_TAIL_CHARS = 80
# The mark and a year anywhere in a short line is the page's notice, in any language
# ("Зохиогчийн эрх хуулиар хамгаалагдсан. © 2025 Өдрийн Тойм", "Jornal do Sobral © 2025 |
# Estatuto Editorial"): a story names a copyright in words, not with the mark and a year.
_COPYRIGHT_YEAR = re.compile(r"©\s?\(?\d{4}(?!\d)")
COPYRIGHT_YEAR_CHARS = 150


# Buttons and headings whose words the lexicon lists without the count they show
# (lexicon_commerce.py; "12 comentários", "تبصرے (31)", "Réagir (84)"). A count is a
# number of up to four digits in any script, bare or in brackets.
COUNTED_BUTTONS = frozenset({"jump_link", "shop_button", "comment_word"})
_COUNT = re.compile(r"(?<!\S)[(\[]?\d{1,4}[)\]]?(?!\S)")
_BUTTON_MAX_WORDS = 8


def _counted_button(text: str) -> str | None:
    """A short line's normalised text without its counts, if it has any."""
    if len(text.split()) > _BUTTON_MAX_WORDS or not _COUNT.search(text):
        return None
    return normalise(" ".join(_COUNT.sub(" ", text).split())) or None


# A download button names its file's type, and perhaps its size, after its words:
# "Download the worksheet (PDF)", "Télécharger la fiche (PDF, 1,2 Mo)", "Скачать трек
# (GPX)". Read without the tag, its words are a button's. (A story's attachment is named
# by its title, no button's words: "Arrêté municipal n° 2024-187 (PDF, 214 Ko)".)
_FILE_TAG = re.compile(rf"[(\[]\s?{FILE_TYPES}\b[^()\[\]\n]{{0,20}}[)\]]$", re.IGNORECASE)
_TAG_WORDS = 4  # "(PDF, 1,2 MB)"
_TAG_CHARS = 30
_FILE_BUTTON_CHARS = WHOLE_LINE_MAX_CHARS + _TAG_CHARS


def _file_button(text: str) -> str | None:
    """A short line's normalised text without the file tag at its end, if it has one."""
    line = text.rstrip()
    if len(line) > _FILE_BUTTON_CHARS or len(line.split()) > _BUTTON_MAX_WORDS + _TAG_WORDS:
        return None
    # (Searched in the line's tail only: the tag ends it.)
    found = _FILE_TAG.search(line, max(0, len(line) - _TAG_CHARS))
    if found is None:
        return None
    return normalise(line[: found.start()]) or None


def _rematched(
    whole: Sequence[tuple[str, str, FirstCharSplit]],
    line: str | None,
    admits: Callable[[str, str], bool],
) -> list[RuleHit]:
    """The whole-line hits on a button's words read without what the page added to them
    (a count, a file's tag), for the (label, reason) pairs `admits`."""
    if not line:
        return []
    return [
        RuleHit(label, WHOLE_LINE_WEIGHT, reason)
        for label, reason, pattern in whole
        if admits(label, reason) and pattern.fullmatch(line)
    ]


# A row of buttons: two to five fields, each a whole-line cue on its own ("Print · Save",
# "Imprimir · Guardar receita"). Its label is the first button's.
_BUTTON_FIELDS = (2, 5)
_FORM_FIELDS = (3, 6)
_BUTTON_WORDS = 4


def _whole_label(field: str, whole: Sequence[tuple[str, str, FirstCharSplit]]) -> str | None:
    norm = normalise(field)
    return next((label for label, _, p in whole if p.fullmatch(norm)), None) if norm else None


def _row_fields(line: str) -> list[str]:
    """A row's fields between bars or dots, or else between wide gaps (a player's or a
    form's controls copied side by side: "Play  Full screen  Settings")."""
    separator = FIELD_SEPARATOR if FIELD_SEPARATOR.search(line) else _GAP_SEPARATOR
    return split_fields(line, separator, _BUTTON_WORDS, min_words=1)


def button_row(text: str, whole: Sequence[tuple[str, str, FirstCharSplit]]) -> str | None:
    """The label of a line made of whole-line cues side by side, or None."""
    line = text.strip()
    if len(line) > WHOLE_LINE_MAX_CHARS * 2:
        return None
    fields = _row_fields(line)
    if not _BUTTON_FIELDS[0] <= len(fields) <= _BUTTON_FIELDS[1]:
        return None
    labels = [_whole_label(field, whole) for field in fields]
    return None if None in labels else labels[0]


def form_row(text: str, whole: Sequence[tuple[str, str, FirstCharSplit]]) -> bool:
    """Whether the line is a widget's form as copied: the names of its fields side by side
    and its button last ("Initial deposit  Monthly contribution  APY  Calculate"), with
    no figure (a table's row has them; its head row ends on a column's name, no button)."""
    line = text.strip()
    if len(line) > WHOLE_LINE_MAX_CHARS * 2 or any(char.isdigit() for char in line):
        return False
    fields = _row_fields(line)
    return _FORM_FIELDS[0] <= len(fields) <= _FORM_FIELDS[1] and (
        _whole_label(fields[-1], whole) == "ui"
    )


# A trending bar: a heading, its colon, then three or more teasers between dots or bars
# ("TRENDING: Tidal Lane exit · Jungle star's new look · Pop diva's tour").
_BAR = re.compile(r"([^:：·|]{2,30})[:：]\s?([^·|]+(?:\s[·|]\s[^·|]+){2,})")


def trending_bar(text: str, whole: Sequence[tuple[str, str, FirstCharSplit]]) -> bool:
    """Whether the line is a related heading's teasers on one line. (A cast list, "Cast:
    Lia Moreno · Dax Orr · Mara Quill", has no related heading before its colon.)"""
    found = _BAR.fullmatch(text.strip())
    if found is None:
        return False
    head = normalise(found.group(1))
    return any(label == "related" and p.fullmatch(head) for label, _, p in whole)


# A breadcrumb trail written with slashes: "News / Region / Courts".
_TRAIL_SEPARATOR = re.compile(r"\s/\s")
_TRAIL_FIELD_WORDS = 4
_NOT_A_TRAIL = re.compile(r"[\d.!?:;,\"“”«»„。！？：；，]")


def slash_trail(text: str) -> bool:
    """Two or more fields of one to four words between ' / ', with no digit, sentence mark
    or quote ("Newyddion / Ymchwil / Datganiad i'r wasg"): a section trail or a "name /
    outlet" credit. A phrase-weight cue: a headline the first pass reads as body stays."""
    line = text.strip()
    if _NOT_A_TRAIL.search(line):
        return False
    return len(split_fields(line, _TRAIL_SEPARATOR, _TRAIL_FIELD_WORDS, min_words=1)) >= 2


# An episode's chapter list: times that each start the line or follow a separator, each
# with its chapter's title ("Chapters: 00:00 Welcome · 02:10 First frost · 14:45 ...").
_CHAPTER = re.compile(r"(?:^|[:：·|•–—-]\s*)\(?\d{1,2}:\d{2}(?::\d{2})?\)?\s+[^\W\d_]")
_CHAPTERS = 3


def chapter_list(text: str) -> bool:
    """Three or more chapter marks on one line. (A sentence that names times, "trains leave
    at 10:15, 12:30 and 14:45", has no separator before them.)"""
    return len(_CHAPTER.findall(text.strip())) >= _CHAPTERS


# An issue's or episode's number as a field of a header line: "Episode 142", "n° 142",
# "udgave 31", "ฉบับที่ 38", "34-шығарылым", "#58".
_NUMBER_FIELD = re.compile(
    r"(?:[^\s\d]+\s?){1,2}(?:n[°º]\.?\s?|#\s?|№\s?)?\d{1,4}|#\d{1,4}|\d{1,4}[-.]?\s?[^\s\d]+"
)
_HEADER_WORDS = 16
_HEADER_CHARS = 160  # (and the number's pattern never meets a long field)
_HEADER_FIELD_WORDS = 8
# A stop that ends a sentence: at the end of the line, or before a capital ("št. 21" and
# "4. novembril" are abbreviations and ordinals).
_SENTENCE_END = re.compile(r"[.!?。！？]$|[.!?]\s+(?=[^\W\d_])")


def _ends_sentence(line: str) -> bool:
    return any(
        match.end() == len(line) or line[match.end()].isupper()
        for match in _SENTENCE_END.finditer(line)
    )


def numbered_header(text: str) -> bool:
    """A short line of fields between ' | ' or ' · ', exactly one of them a word or two and
    a number, with no sentence end: a newsletter issue's or a podcast episode's header
    ("The Borrowed Shed · Episode 142", "Jadranski tjednik · broj 33"). ("Arsenal 2 ·
    Chelsea 1" is a result.) A phrase-weight cue: a line the first pass reads as body
    stays."""
    line = text.strip()
    # (Fields with their labels are a fact box: "Prep: 20 mins | Cook: 45 mins | Serves 8".)
    if (
        len(line) > _HEADER_CHARS
        or len(line.split()) > _HEADER_WORDS
        or _ends_sentence(line)
        or ":" in line
    ):
        return False
    fields = split_fields(line, FIELD_SEPARATOR, _HEADER_FIELD_WORDS, min_words=1)
    numbered = sum(bool(_NUMBER_FIELD.fullmatch(field.strip())) for field in fields)
    # (A number in every one of three fields or more is a fact box without labels'
    # colons, "Prep 15 min | Cook 35 min | Serves 4"; a header has a field without one.)
    fact_box = len(fields) >= 3 and all(any(c.isdigit() for c in field) for field in fields)
    return numbered == 1 and len(fields) >= 2 and not fact_box


# An ad's own label ahead of its text: "Anzeige – Schlafen wie auf Wolken ...",
# "Publicidad · Climatizadores ...", "广告｜离焦镜片限时八折", "Реклама. Онлайн-...", "PR　自己分析
# ツールを..." (an ideographic space sets it off in Japanese). The label is a whole-line ad
# word (lexicon's advert_word); some text must follow it.
_AD_LABEL_END = re.compile(r"\s*(?:[·|｜:：•፦\u3000]|\s[–—-]|\.)\s*")
AD_LABEL_CHARS = 45
AD_TEXT_WORDS = 3
AD_TEXT_CHARS = 12  # (in a script without spaces)


def ad_labelled(text: str, whole: Sequence[tuple[str, str, FirstCharSplit]]) -> bool:
    """Whether a line opens with an ad label and a separator, then the ad's own text."""
    line = text.strip()
    end = _AD_LABEL_END.search(line, 0, AD_LABEL_CHARS)
    if end is None or end.start() == 0:
        return False
    rest = line[end.end() :]
    if len(rest.split()) < AD_TEXT_WORDS and len(rest) < AD_TEXT_CHARS:
        return False
    label = normalise(line[: end.start()])
    return any(reason == "advert_word" and p.fullmatch(label) for _, reason, p in whole)


def rule_hits(text: str, only: frozenset[str] | None = None) -> list[RuleHit]:
    """All rules that fire on one unit's text (only those named in `only`, if given)."""
    rules = compiled_rules(only)
    norm = normalise(text)
    hits: list[RuleHit] = []
    # A table the extractor kept ("| Milano | +6,8% | 5.320 |") is the article's: a widget's
    # row forms (a ticker's quotes, a rating, odds) do not read its rows.
    table_row = markdown_row(text)
    if only is None or "audio_player" in only:
        if _PLAYER_CLOCK.fullmatch(text.strip()):  # made by the player: "00:00 / 38:42"
            hits.append(RuleHit("ui", MACHINE_MADE_WEIGHT, "audio_player"))
        elif audio_player(text):
            hits.append(RuleHit("ui", WHOLE_LINE_WEIGHT, "audio_player"))
    if not norm:
        if text.strip():
            hits.append(RuleHit("ui", 0.9, "no_letters"))
        return hits
    for label, reason in rules.whole_line_hits(norm):
        weight = MACHINE_MADE_WEIGHT if reason in MACHINE_MADE else WHOLE_LINE_WEIGHT
        hits.append(RuleHit(label, weight, reason))
    if not hits and (only is None or not only.isdisjoint(COUNTED_BUTTONS)):
        # A button with a count in it, read without the number ("Show all 8 models").
        hits += _rematched(rules.whole, _counted_button(text), lambda _, r: r in COUNTED_BUTTONS)
    if not hits:
        # A button with its file's tag, read without it ("Download the worksheet (PDF)").
        hits += _rematched(rules.whole, _file_button(text), lambda label, _: label == "ui")
    if (
        (only is None or "ad_label" in only)
        and not any(hit.reason == "advert_word" for hit in hits)
        and ad_labelled(text, compiled_rules(None).whole)
    ):
        hits.append(RuleHit("promo", WHOLE_LINE_WEIGHT, "ad_label"))
    weight = 0.4 if len(norm) > LONG_UNIT_CHARS else 0.7
    for phrase in matched_phrases(rules, norm[:2000]):  # in the lexicon's order
        label, reason = rules.phrases[phrase]
        if reason == "byline" and _article_de(text):
            continue
        if reason == "breadcrumb" and _menu_path_sentence(text):
            continue
        if reason == "dateline_short" and (
            LEAD_IN.search(text)
            or _DATED_VALUE.match(text)
            or _TIME_SPAN.search(text)
            or _DATE_SPAN.search(text)
            or _TIMETABLE_ROW.search(text)
            or _timed_sentence(text)
        ):
            continue
        hits.append(RuleHit(label, weight, reason))
    if (
        (only is None or "author_bio" in only)
        and not any(hit.reason == "author_bio" for hit in hits)
        and writer_bio(text)
    ):
        # A writer's bio by what they write about (bios.py); the lexicon's cue reads a job.
        hits.append(RuleHit("meta", weight, "author_bio"))
    if (
        (only is None or "field_menu" in only)
        and not any(hit.weight >= WHOLE_LINE_WEIGHT for hit in hits)
        and field_menu(text)
    ):
        # (A whole-line cue names the row better: "Facebook | X | Instagram" is social.)
        hits.append(RuleHit("ui", WHOLE_LINE_WEIGHT, "field_menu"))
    if (only is None or "hashtag_list" in only) and hashtag_list(text):
        hits.append(RuleHit("meta", WHOLE_LINE_WEIGHT, "hashtag_list"))
    if (only is None or "button_row" in only) and not any(
        hit.weight >= WHOLE_LINE_WEIGHT for hit in hits
    ):
        buttons = button_row(text, rules.whole)
        if buttons:
            hits.append(RuleHit(buttons, WHOLE_LINE_WEIGHT, "button_row"))
    if (only is None or "form_row" in only) and not hits and form_row(text, rules.whole):
        hits.append(RuleHit("ui", WHOLE_LINE_WEIGHT, "form_row"))
    if (only is None or "trending_bar" in only) and not hits and trending_bar(text, rules.whole):
        hits.append(RuleHit("related", WHOLE_LINE_WEIGHT, "trending_bar"))
    if (only is None or "slash_trail" in only) and not hits and slash_trail(text):
        hits.append(RuleHit("meta", 0.7, "slash_trail"))
    if (only is None or "chapter_list" in only) and chapter_list(text):
        hits.append(RuleHit("meta", MACHINE_MADE_WEIGHT, "chapter_list"))
    if (only is None or "numbered_header" in only) and not hits and numbered_header(text):
        hits.append(RuleHit("meta", 0.7, "numbered_header"))
    if only is None or not only.isdisjoint(("payment_details", "payment_id")):
        payment = payment_cue(text)
        if payment == "payment_details" and (only is None or payment in only):
            hits.append(RuleHit("donation", WHOLE_LINE_WEIGHT, payment))
        elif payment and (only is None or "payment_id" in only):
            hits.append(RuleHit("donation", weight, "payment_id"))
    if (only is None or "amount_row" in only) and amount_row(text):
        hits.append(RuleHit("donation", WHOLE_LINE_WEIGHT, "amount_row"))
    elif (only is None or "lone_sum" in only) and lone_sum(text):
        hits.append(RuleHit("donation", LONE_SUM_WEIGHT, "lone_sum"))
    # (Another rule names the line better: an ad's label, an appeal for a tax share.)
    if (only is None or "register_number" in only) and not hits and register_number(text):
        hits.append(RuleHit("legal", REGISTER_WEIGHT, "register_number"))
    for reason, told in SMALL_PRINT:
        if (only is None or reason in only) and told(text):
            hits.append(RuleHit("legal", SMALL_PRINT_WEIGHT, reason))
    hits += _cue_hits(text, only, TRIP_WIDGET_WEIGHT, TRIP_WIDGETS)
    # A live blog's or a page's stamp alone on a line: a match minute, "12 min ago".
    hits += _cue_hits(text, only, 0.7, _STAMP_FORMS)
    if (only is None or "readers_rating" in only) and not table_row and readers_rating(text):
        hits.append(RuleHit("meta", WHOLE_LINE_WEIGHT, "readers_rating"))
    # A recipe card's controls, a deal's prices and a header's widgets (widget_forms.py,
    # page_widgets.py).
    hits += _cue_hits(text, only, WHOLE_LINE_WEIGHT, _WIDGET_FORMS)
    if (
        (only is None or "copyright_year" in only)
        and len(text) <= COPYRIGHT_YEAR_CHARS
        and _COPYRIGHT_YEAR.search(text)
    ):
        hits.append(RuleHit("legal", WHOLE_LINE_WEIGHT, "copyright_year"))
    if (
        (only is None or "copyright_tail" in only)
        and any(hit.label == "legal" for hit in hits)
        and _COPYRIGHT_TAIL.search(text[-COPYRIGHT_TAIL_CHARS:])
    ):
        # A legal note that ends on the outlet's copyright ("Prices may change. © Woonwijzer")
        # is the page's footer line, not a sentence of the story.
        hits.append(RuleHit("legal", WHOLE_LINE_WEIGHT, "copyright_tail"))
    # A show's sponsor, a promo code and a money ask told as prose (prose_cues.py).
    hits += _cue_hits(text, only, weight, _PROSE_CUES)
    # Widget rows told by their form (data_rows.py).
    if (only is None or "ticker_strip" in only) and not table_row and ticker_strip(text):
        hits.append(RuleHit("ui", WHOLE_LINE_WEIGHT, "ticker_strip"))
    if (only is None or "odds_row" in only) and not table_row and odds_row(text):
        hits.append(RuleHit("promo", weight, "odds_row"))
    if (only is None or "teaser_row" in only) and teaser_row(text):
        hits.append(RuleHit("related", weight, "teaser_row"))
    if (only is None or "wire_mark" in only) and wire_mark(text):
        hits.append(RuleHit("meta", weight, "wire_mark"))
    if only is None or "age_mark" in only:
        age = age_mark(text)
        if age:
            # "18+ | ..." is the notice's own form; "18+ fans queued ..." may be a story's.
            hits.append(
                RuleHit("legal", WHOLE_LINE_WEIGHT if age == "marked" else weight, "age_mark")
            )
    if only is None or "live_controls" in only:
        # A live blog's controls alone on a line; a single one may be its subheading.
        found = controls(norm)
        if found:
            hits.append(RuleHit("ui", WHOLE_LINE_WEIGHT if found > 1 else weight, "live_controls"))
    # A shop's button, an affiliate disclosure, a market-data delay note (word lists).
    hits += _cue_hits(text, only, weight, _LISTED_CUES)
    return hits


# Cues that are a yes or no on the unit's text: (label, reason, test), at the phrase weight.
_PROSE_CUES: tuple[tuple[str, str, Callable[[str], bool]], ...] = (
    ("promo", "sponsor_read", sponsor_read),
    ("promo", "promo_code", promo_code),
    ("donation", "conditional_ask", conditional_ask),
)
# Widget forms that are the whole line, at the whole-line weight.
_WIDGET_FORMS: tuple[tuple[str, str, Callable[[str], bool]], ...] = (
    ("ui", "servings_switch", servings_switch),
    ("ui", "unit_toggle", unit_toggle),
    ("promo", "price_drop", price_drop),
    ("promo", "shop_button", shop_button),
    ("ui", "download_button", download_button),
    # A page header's picker and weather reading (page_widgets.py).
    ("ui", "dropdown_control", dropdown_control),
    ("ui", "weather_now", weather_now),
    # An embedded post's credit and a gallery's count (embeds.py).
    ("meta", "account_credit", account_credit),
    ("ui", "gallery_counter", gallery_counter),
)
_STAMP_FORMS: tuple[tuple[str, str, Callable[[str], bool]], ...] = (
    ("meta", "match_minute", match_minute),
    ("meta", "relative_stamp", relative_stamp),
)
_LISTED_CUES: tuple[tuple[str, str, Callable[[str], bool]], ...] = (
    ("promo", "shop_call", shop_call),
    ("legal", "price_note", price_change_note),
    # (promo, as lexicon.py's affiliate cue: a disclosure belongs to the ad it discloses)
    ("promo", "affiliate_note", affiliate_note),
    ("promo", "earning_links", earning_links),
    ("legal", "data_delay", data_delay),
    # A press contact: its label with an address or a number (lexicon_release.py).
    ("meta", "contact_line", contact_line),
)


def _cue_hits(
    text: str,
    only: frozenset[str] | None,
    weight: float,
    cues: Sequence[tuple[str, str, Callable[[str], bool]]],
) -> list[RuleHit]:
    return [
        RuleHit(label, weight, reason)
        for label, reason, test in cues
        if (only is None or reason in only) and test(text)
    ]


def opens_block(text: str, hits: Sequence[RuleHit]) -> bool:
    """Header lines that open an appeal block ("A Message from X:", "Dear readers,")."""
    if any(hit.reason in {"appeal_header", "dear_readers"} for hit in hits):
        return len(text) < 200
    return False
