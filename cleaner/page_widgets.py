"""The forms of a page header's widgets, in any language.

- `dropdown_control`: a short line that ends in a drop-down arrow ("Región de Los Ríos ▾",
  "Şehir seçin: Karaçalı ▾"): a picker's button, the ui label.
- `weather_now`: a weather widget's reading, a temperature and a word or three of sky
  ("54°F Light rain", "13 °C Nublado", "22°C 大致多雲"): ui.

Both are told by their form, not by words. A forecast story's own lines name a day or a
place first ("Saturday: 14°C, sunny") or hold more figures; a sentence ends in a full stop,
not in an arrow.
"""

from __future__ import annotations

import re

# A drop-down's arrow, after at most a few words (a sentence never ends in one).
_DROPDOWN = re.compile(r"[^\n.!?。]{1,50}\s?[▾▼⌄⏷]")
# A temperature first, then a word or three without figures ("Light rain", "Nublado",
# "धूप"); a sign or a decimal may come with it ("-3 °C", "12,5°").
_WEATHER_NOW = re.compile(
    r"[-−–]?\d{1,2}(?:[.,]\d)?\s?°\s?[CFcf]?(?:\s*[|·,/]\s*|\s+)"
    r"[^\d\s|·,/]+(?:\s[^\d\s|·,/]+){0,2}"
)


def dropdown_control(text: str) -> bool:
    """Whether the line is a short control that ends in a drop-down arrow."""
    return _DROPDOWN.fullmatch(text.strip()) is not None


def weather_now(text: str) -> bool:
    """Whether the line is a weather widget's temperature and sky, and nothing else."""
    return _WEATHER_NOW.fullmatch(text.strip()) is not None
