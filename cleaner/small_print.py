"""An ad's small print for a loan or a car, recognised by its form in many languages.

Finance and car ads inside an article carry the terms the law asks for: the rates by their
regulated names ("TAN 5,99% TAEG 7,12%", "RRSO 9,87%", "eff. Jahreszins 4,99 %"), a line
that the offer's terms apply ("Terms and conditions apply.", "Terma dan syarat
terpakai."), and a car's official consumption and emissions ("Kraftstoffverbrauch
kombiniert 5,8 l/100 km; CO2-Emissionen kombiniert 132 g/km"). A story about loans or a
test drive names one rate or one figure in a sentence; the ad's print names two rates, or
the consumption with its emissions, in a short line. These are weak cues: the model
weighs them, and inside the article's core they count for nothing (a consumer story may
print an offer's terms).
"""

from __future__ import annotations

import re

# The regulated names of a credit's rates, as printed beside their percentage.
_RATE_NAMES = (
    r"apr|aer|p\.a\.|tan|taeg|teg|tin|tae|cft|cat|cet|mtic|"
    r"eff(?:\.|ektiver)? jahreszins|sollzins(?:satz)?|jkp|rrso|rpsn|rpmn|thm|dae|σεπε|"
    r"åop|effektiv ränta|todellinen vuosikorko|eks|гпр|пск|bvkkmn|gpl"
)
_PERCENT = r"\d{1,2}(?:[.,]\d{1,2})?\s?%"
_RATE = re.compile(
    rf"(?<![^\W\d_])(?P<name>{_RATE_NAMES})(?![^\W\d_])[^\n\d%]{{0,12}}{_PERCENT}|"
    rf"{_PERCENT}\s?(?P<after>{_RATE_NAMES})(?![^\W\d_])",
    re.IGNORECASE,
)
# That the offer's terms apply, as the ad's line ends a sentence with it. ("T&Cs apply" is
# left to lexicon.py's gambling cues, which read it already.)
_TERMS_APPLY = re.compile(
    r"(?<![^\W\d_])(?:(?:full )?terms and conditions apply|conditions apply|"
    r"es gelten die (?:agb|teilnahmebedingungen)|offre soumise à conditions|"
    r"voir conditions en (?:magasin|concession|agence)|"
    r"(?:se )?aplican (?:términos y condiciones|condiciones|restricciones)|"
    r"si applicano (?:termini e condizioni|condizioni)|"
    r"aplicam-se (?:termos e condições|condições)|sujeito a condições|"
    r"terma dan syarat (?:terpakai|dikenakan)|syarat dan ketentuan berlaku|"
    r"algemene voorwaarden zijn van toepassing|voorwaarden van toepassing|"
    r"obowiązuje regulamin|villkor gäller|vilkår gælder|geçerli koşullar uygulanır)"
    # (The ad's sentence ends there: "The conditions apply to all new tenants" goes on.)
    r"\s*(?:[.!]|$)",
    re.IGNORECASE,
)
# A car's official consumption beside its emissions in one line.
_CONSUMPTION = re.compile(
    r"\d(?:[.,]\d)?\s?(?:l|kwh)\s?/\s?100\s?km|\d{1,3}(?:[.,]\d)?\s?mpg", re.IGNORECASE
)
_EMISSIONS = re.compile(r"co\s?[2₂][^\n\d]{0,30}\d{1,3}(?:[.,]\d)?\s?g\s?/\s?km", re.IGNORECASE)

SMALL_PRINT_MAX_CHARS = 300
TERMS_LINE_MAX_CHARS = 200


def credit_terms(text: str) -> bool:
    """Whether a short line names two of a credit's rates by their regulated names."""
    if len(text) > SMALL_PRINT_MAX_CHARS or "%" not in text:
        return False
    names = {
        (found.group("name") or found.group("after")).lower() for found in _RATE.finditer(text)
    }
    return len(names) >= 2


def terms_apply(text: str) -> bool:
    """Whether a short line says that an offer's terms apply."""
    return len(text) <= TERMS_LINE_MAX_CHARS and _TERMS_APPLY.search(text) is not None


def fuel_figures(text: str) -> bool:
    """Whether a short line gives a car's consumption with its CO2 emissions."""
    return (
        len(text) <= SMALL_PRINT_MAX_CHARS
        and _EMISSIONS.search(text) is not None
        and _CONSUMPTION.search(text) is not None
    )
