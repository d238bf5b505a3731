"""A donation box's payment details, recognised by their form in any language.

Reader-funded and exiled outlets print where to send money under their appeal: "IBAN: DE44
5001 0517 5407 3249 31 · BIC: INGDDEFFXXX", "USDT (TRC-20): TQn9Y2...", "Карта Сбербанка:
2202 2006 1234 5678". Read alone such a line is a label and a code, which the model has
few examples of and keeps. Its shape tells it apart: an account number or a wallet
address after a label and a colon, and hardly any words beside it. An investigation that
names an account it traced says so in a sentence ("the money went to account HR12 ...,
held by ..."), with no colon before the number and many words around it: that stays.
"""

from __future__ import annotations

import re

# An international bank account number: country, check digits, then groups of four.
_IBAN = r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b"
# Wallet addresses: Bitcoin (bech32 or legacy), Ethereum and its tokens, TRON.
_WALLET = (
    r"\b(?:bc1[a-z0-9]{25,60}|[13][a-km-zA-HJ-NP-Z1-9]{25,34}|0x[a-fA-F0-9]{40}"
    r"|T[1-9A-HJ-NP-Za-km-z]{33})\b"
)
# A payment card's number in four groups of four.
_CARD = r"(?<!\d)(?<!\d\s)\d{4}(?:[\s-]?\d{4}){3}(?!\d)"
_PAYMENT_ID = re.compile(f"{_IBAN}|{_WALLET}|{_CARD}")
# The id follows its label: "IBAN:", "BTC –", "Сбербанк:", "USDT (TRC20)："
_LABEL_END = re.compile(r"[:：]\s*$|\s[–—-]\s*$")
_WORD = re.compile(r"\w+")

PAYMENT_LINE_MAX_CHARS = 300
PAYMENT_LINE_WORDS = 16  # beside the ids: labels, a bank's and a beneficiary's name


def payment_details(text: str) -> bool:
    """Whether the line gives where to send money: a labelled account or wallet."""
    if len(text) > PAYMENT_LINE_MAX_CHARS:
        return False
    found = list(_PAYMENT_ID.finditer(text))
    if not found:
        return False
    before = text[: found[0].start()]
    if before.strip() and not _LABEL_END.search(before):
        return False  # a sentence that names an account ("... to account HR12 ...")
    rest = _PAYMENT_ID.sub(" ", text)
    return len(_WORD.findall(rest)) <= PAYMENT_LINE_WORDS
