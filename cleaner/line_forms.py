"""Lines told by their form: a player's clock and line, a match minute, readers' ratings,
menus written out as text, hashtag lists, table rows, section trails, chapter lists and
an issue's header; and the dated facts that are no page's date line.
"""

from __future__ import annotations

import re

from .prose_cues import table_pattern
from .scripts import cue_form

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
    folded = _RATING_SCORE.sub("\x00", cue_form(line))
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
GAP_SEPARATOR = re.compile(r" {2,}|\u3000+")
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
    fields = split_fields(line, GAP_SEPARATOR, _MENU_FIELD_WORDS, min_words=1)
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


def dated_fact(text: str) -> bool:
    """Whether a line that holds a date or a time is a fact of the story's rather than a
    page's date line: a list's lead-in, a dated value, hours, a period between two dates,
    a timetable's row or a sentence that names a time."""
    return bool(
        LEAD_IN.search(text)
        or _DATED_VALUE.match(text)
        or _TIME_SPAN.search(text)
        or _DATE_SPAN.search(text)
        or _TIMETABLE_ROW.search(text)
        or _timed_sentence(text)
    )


def player_clock(text: str) -> bool:
    """Whether the line is a player's position and length and nothing else."""
    return _PLAYER_CLOCK.fullmatch(text.strip()) is not None
