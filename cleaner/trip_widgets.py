"""The widgets and ads of travel, airport and tourism pages, recognised by their form in
any language.

- `weather_box`: a weather widget's line, its name (the word for weather, or today's)
  before a temperature: "Sää Lumikorvessa: +17 °C, poutaa", "Valdecerro hoy: 31 °C,
  despejado", "मौसम: सोनगढ़ा 29°C". A forecast story's line names a day or a place and no
  such word ("Saturday: 14°C, sunny"); page_widgets.weather_now reads the bare reading.
- `place_distance`: a "Nearby" box's entry, a place and how far it is: "Kebun Teh Gunung
  Wangi (12 km)", "Краеведческий музей — 0,8 км". A walking route's stop in the story is
  numbered ("3. Old mill (2.4 km)") or says more.
- `starred_price`: an ad's price with the mark of its small print: "ab 39 €* pro Woche",
  "片道7,900円から※". A story gives a price without a footnote mark.

These are weak cues: the model weighs them, and inside the article's core they count for
nothing (a travel story may print a place's weather or a fare).
"""

from __future__ import annotations

import re

from .payments import CURRENCY_SIGNS, CURRENCY_WORDS

TRIP_WIDGET_MAX_CHARS = 90
STARRED_PRICE_MAX_CHARS = 200

# The word for weather, or for today or now, in a widget's name: between word boundaries
# where words are spaced, anywhere in Thai and CJK.
_WEATHER_WORDS = (
    r"weather|today|now|wetter|heute|jetzt|météo|aujourd'hui|tiempo|hoy|clima|meteo|oggi|"
    r"tempo|hoje|weer|vandaag|väder|idag|i dag|vejret|været|vær|sää|tänään|ilm|täna|laikas|"
    r"šiandien|laiks|šodien|pogoda|dziś|dzisiaj|počasí|dnes|počasie|vreme|vrijeme|danas|"
    r"vremea|azi|astăzi|időjárás|καιρός|σήμερα|hava durumu|hava|bugün|погода|сегодня|"
    r"сейчас|времето|днес|време|денес|надвор|ауа райы|бүгін|ob-havo|bugun|amindi|"
    r"եղանակ|cuaca|hari ini|thời tiết|hôm nay|panahon|ngayon|الطقس|طقس|اليوم|"
    r"מזג האוויר|היום|मौसम|आज|আবহাওয়া|আজ|வானிலை|இன்று|آب و هوا|هوا|امروز|موسم|آج|"
    r"hali ya hewa|leo|የአየር ሁኔታ"
)
_UNSPACED_WEATHER_WORDS = r"สภาพอากาศ|อากาศ|วันนี้|天气|天氣|今天|天気|今日|날씨|오늘"
_TEMPERATURE = r"[-−+]?\d{1,2}(?:[.,]\d)?\s?°\s?[CFcf]?"
_WEATHER_BOX = re.compile(
    rf"(?:(?<![^\W\d_])(?:{_WEATHER_WORDS})(?![^\W\d_])|{_UNSPACED_WEATHER_WORDS})"
    rf"[^\n.!?。\d]{{0,40}}{_TEMPERATURE}",
    re.IGNORECASE,
)
# (A sentence that gives the day's heat ends in a full stop: "Today it hit 41 °C.")
_SENTENCE_END = re.compile(r"[.!?。！？]\s*$")
# A place, then its distance in brackets or after a dash, and nothing after it. (A dash
# inside the name sets off a heading's parts: "Results – long course (44 km)".)
_DISTANCE = (
    r"\d{1,4}(?:[.,]\d{1,2})?\s?"
    r"(?:km|m|mi|км|м|กม\.?|公里|キロ|킬로미터|كم|ק\"מ|किमी|کیلومتر)"
)
_PLACE_DISTANCE = re.compile(
    rf"[^\W\d_][^\n.!?。:：\d—–-]{{1,70}}?\s?(?:\(\s?{_DISTANCE}\s?\)|[—–-]\s?{_DISTANCE})",
    re.IGNORECASE,
)
# A sum with its currency, a few letters of a preposition after it ("-tól", "から"), then
# a footnote's mark.
_SIGN = rf"[{re.escape(CURRENCY_SIGNS)}]"
_AMOUNT = r"\d[\d.,'\u00a0\u202f ]*"
_AFTER_SUM = r"(?:-[^\W\d_]{1,4}|[\u3040-\u30ff]{1,3})?"
_STARRED_PRICE = re.compile(
    rf"(?:{_SIGN}|(?<![^\W\d_])(?:{CURRENCY_WORDS}))\s?{_AMOUNT}\s?[*※]|"
    rf"{_AMOUNT}\s?(?:{_SIGN}|(?:{CURRENCY_WORDS}))(?:(?<=[円元원])|(?![^\W\d_]))"
    rf"{_AFTER_SUM}\s?[*※]",
    re.IGNORECASE,
)


def weather_box(text: str) -> bool:
    """Whether a short line is a weather widget's named reading."""
    return (
        len(text) <= TRIP_WIDGET_MAX_CHARS
        and _WEATHER_BOX.search(text) is not None
        and _SENTENCE_END.search(text) is None
    )


def place_distance(text: str) -> bool:
    """Whether a short line is a place and its distance, and nothing else."""
    line = text.strip()
    return len(line) <= TRIP_WIDGET_MAX_CHARS and _PLACE_DISTANCE.fullmatch(line) is not None


def starred_price(text: str) -> bool:
    """Whether a short unit gives a price with a footnote's mark after it."""
    return (
        len(text) <= STARRED_PRICE_MAX_CHARS
        and ("*" in text or "※" in text)  # (the mark, a quick test before the search)
        and _STARRED_PRICE.search(text) is not None
    )
