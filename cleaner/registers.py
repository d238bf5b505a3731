"""An organisation's register numbers in a page's small print, recognised by their labels
in many countries.

Charities, parishes, agencies and dealers print who they are under an appeal or at the
foot of the page: "Riverside Trust · Registered charity no. 1023456", "Parrocchia San
Biagio – C.F. 00000000000", "Fundacja Nadzieja, KRS 0000123456", "עמותת אוהל שרה | ע"ר
580000000". Read alone such a line is a name and a number, which the model has few examples
of and keeps. Its shape tells it apart: a register's label, then a number of five digits or
more, in a short line. A story names a company's register number rarely, and then in a
sentence with many words around it.
"""

from __future__ import annotations

import re

# The labels of company, charity and tax registers, as printed before the number.
_REGISTER_LABELS = (
    # English-speaking countries
    r"registered charity(?: no\.?| number)?|charity (?:no\.?|number|reg(?:istration)?\.? no\.?)|"
    r"company (?:no\.?|number|reg(?:istration)?\.? no\.?)|registered in england(?: and wales)?"
    r"(?: no\.?| number)?|abn|acn|ein|cin|gstin|crn|vat (?:no\.?|number|reg\.? no\.?)|"
    r"nonprofit tax id|tax id|"
    # Romance languages
    r"c\.\s?f\.|p\.\s?iva|partita iva|codice fiscale|rea|nit|cif|nif|nipc|cnpj|rut|rfc|cuit|"
    r"siret|siren|rcs [^\W\d_]+|rna|n° tva|tva intracommunautaire|cui|"
    # Germanic languages
    r"hrb|hra|ust-idnr\.?|ust\.-id\.?|steuernummer|vr|zvr(?:-zahl)?|fn|uid|"
    r"kvk(?:-nummer)?|rsin|btw(?:-nummer)?|kbo|ondernemingsnummer|"
    r"org\.?\s?nr\.?|organisasjonsnummer|organisationsnummer|cvr(?:-nr\.?)?|y-tunnus|"
    # Central and Eastern Europe
    r"krs|nip|regon|ičo|ič|dič|adószám|cégjegyzékszám|"
    r"инн|огрн|кпп|єдрпоу|код єдрпоу|унп|бин|біn|"
    r"αρ\.? γεμη|γεμη|αφμ|"
    # Middle East, Asia
    r'ע"ר|ח"פ|ע\.ר\.?|عدد السجل التجاري|السجل التجاري|رقم الترخيص|'
    r"vergi no|mersis no|ticaret sicil no|"
    r"統一社会信用代码|统一社会信用代码|法人番号|사업자등록번호|통신판매업 ?신고"
)
_REGISTER_NUMBER = re.compile(
    rf"(?<![^\W\d_])(?:{_REGISTER_LABELS})(?![^\W\d_])\s?[:：.]?\s?"
    r"(?:no\.?\s?|nr\.?\s?|n°\s?|№\s?)?(?-i:[A-Z]{0,3})[\s-]?\d(?:[\d\s./-]{3,24})\d",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")

REGISTER_LINE_MAX_CHARS = 250
REGISTER_MIN_DIGITS = 5


def register_number(text: str) -> bool:
    """Whether a short line names a register's number after its label."""
    if len(text) > REGISTER_LINE_MAX_CHARS or _DIGIT.search(text) is None:
        return False  # (a digit is a quick test; the label's search is not)
    for found in _REGISTER_NUMBER.finditer(text):
        if len(_DIGIT.findall(found.group())) >= REGISTER_MIN_DIGITS:
            return True
    return False
