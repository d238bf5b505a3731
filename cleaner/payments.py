"""A donation box's payment details and amount choices, recognised by their form in any
language.

Reader-funded and exiled outlets print where to send money under their appeal: "IBAN: DE44
5001 0517 5407 3249 31 · BIC: INGDDEFFXXX", "USDT (TRC-20): TQn9Y2...", "Карта Сбербанка:
2202 2006 1234 5678". Read alone such a line is a label and a code, which the model has
few examples of and keeps. Its shape tells it apart: an account number or a wallet
address after a label and a colon, and hardly any words beside it. An investigation that
names an account it traced says so in a sentence ("the money went to account HR12 ...,
held by ..."), with no colon before the number and many words around it: that stays.

The box's choice of amounts is a row of sums between bullets or bars ("5 € · 10 € · 25 €
· другая сумма", "Reader $5/month · Supporter $12/month", "₹30 | ₹100 | ₹500 | வேறு
தொகை"): three sums or more and hardly a word between them. A story gives prices in
sentences, a table in cells, a ticker with its changes. When the box's buttons come out one
to a line, each line is a sum alone ("€ 25", "₹1,000", "100 ₴/міс."): a weak cue, as a
shop's or a listing's box prints a price alone too.
"""

from __future__ import annotations

import re
import unicodedata

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
# ... or the name of its kind straight before it: "IBAN DE44 ...", "USDT (TRC-20) TQx7...".
_KIND_BEFORE = re.compile(
    r"\b(?:iban|bic|swift|btc|bitcoin|eth|ethereum|usdt|trc-?20|erc-?20)\W{0,3}$", re.IGNORECASE
)
_WORD = re.compile(r"\w+")

PAYMENT_LINE_MAX_CHARS = 300
PAYMENT_LINE_WORDS = 16  # beside the ids: labels, a bank's and a beneficiary's name
PAYMENT_ID_MAX_CHARS = 500


# Brazil's instant-payment key after its name: an e-mail, a company's CNPJ, a phone or a
# random key ("Prefere PIX? Nossa chave é doe@exemplo.org.br", "Chave PIX: 12.345.678/
# 0001-90"). A weaker cue too: a story on a PIX scam may quote the fraudsters' key.
_PIX_KEY = re.compile(
    r"(?<![^\W\d_])pix(?![^\W\d_])[^\n]{0,40}?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|"
    r"\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}|[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|"
    r"\(?\d{2}\)?\s?9?\d{4}-?\d{4})",
    re.IGNORECASE,
)


# What every account, wallet or PIX key holds: a digit, a TRON address's letters, or
# "pix" in any case (as _PIX_KEY reads it: "ı" and "İ" are an "i" to it). A line without
# any of them is settled by these quick searches: each opens with a set of characters,
# which the regex engine looks for at C speed.
_PAYMENT_HINTS = (
    re.compile(r"\d"),
    re.compile(r"[pP][iIıİ][xX]"),
    re.compile(r"T[1-9A-HJ-NP-Za-km-z]{33}"),
)


def payment_cue(text: str) -> str | None:
    """`payment_details` if the line gives where to send money (a labelled account or
    wallet, few words beside it), `payment_id` if it names one after its label or kind
    whatever else it says, or a PIX key after its name (a weaker cue: an investigation
    may print the account it traced so), else None. One search of the line serves both."""
    if len(text) > PAYMENT_ID_MAX_CHARS:
        return None
    if not any(hint.search(text) for hint in _PAYMENT_HINTS):
        return None
    found = list(_PAYMENT_ID.finditer(text))
    if not found:
        return "payment_id" if _PIX_KEY.search(text) else None
    first_before = text[: found[0].start()]
    if (
        len(text) <= PAYMENT_LINE_MAX_CHARS
        # (Not a sentence that names an account: "... to account HR12 ...".)
        and (not first_before.strip() or _LABEL_END.search(first_before))
        and len(_WORD.findall(_PAYMENT_ID.sub(" ", text))) <= PAYMENT_LINE_WORDS
    ):
        return "payment_details"
    for match in found:
        before = text[: match.start()]
        if not before.strip() or _LABEL_END.search(before) or _KIND_BEFORE.search(before):
            return "payment_id"
    return None


def payment_details(text: str) -> bool:
    """Whether the line gives where to send money: a labelled account or wallet."""
    return payment_cue(text) == "payment_details"


def payment_id(text: str) -> bool:
    """Whether the line names an account or wallet after its label or kind (a line of
    payment details does too)."""
    return payment_cue(text) is not None


# Currency names and abbreviations written beside a sum (signs are told by their Unicode
# category: $ € £ ₹ ₽ ₴ ₸ ...).
_CURRENCY_WORDS = (
    "eur|usd|gbp|chf|fcfa|cfa|xof|xaf|sek|nok|dkk|pln|czk|huf|ron|uah|rub|kzt|try|inr|euro|euros|dollars?|"
    "pesos?|reais|rs|tl|rp|rm|ksh|tsh|sh|birr|naira|rand|ft|kč|zł|kr|lei|лв|ден|руб|рублей|"
    "рубля|сом|сомони|тенге|грн|гривень|гривні|евро|долларов|টাকা|ডলার|रुपये|रुपए|रु|ரூ|"
    "ډالره|ډالر|افغانۍ|ដុល្លារ|រៀល|ريال|درهم|جنيه|دينار|ليرة|لیره|تومان|دلار|円|元|원|"
    "บาท|đồng|đ|ብር|ዶላር|shilingi"
)
_SUM = re.compile(r"\d(?:[\d.,'’\u00a0\u202f ]*\d)?")
_CURRENCY_AFTER = re.compile(rf"\s?(?:{_CURRENCY_WORDS})(?!\w)", re.IGNORECASE)
_CURRENCY_BEFORE = re.compile(rf"(?<!\w)(?:{_CURRENCY_WORDS})\s?$", re.IGNORECASE)
_CURRENCY_WORD = re.compile(rf"(?<!\w)(?:{_CURRENCY_WORDS})(?!\w)", re.IGNORECASE)
# Choices side by side: bullets, bars, slashes, or wide spaces.
_CHOICE = r"\s[·|•/]\s|\s{2,}|\u3000"
_CHOICE_SEPARATOR = re.compile(_CHOICE)
_CHANGE_MARK = re.compile("[%▲▼△▽↑↓]")
_LETTERS = re.compile(r"[^\W\d_]+")
# Three sums or more in a row, one separator between each ("5 € · 10 € · 25 €", "₹50 |
# ₹250 | ₹1000", "1,000円　3,000円"), maybe each a month ("15 lei/lună"): a box's choices
# whatever the words around them. (A story lists sums with words or commas between.)
_CURRENCY_SIGNS = "".join(
    chr(code) for code in range(0x20, 0x10000) if unicodedata.category(chr(code)) == "Sc"
)
_SIGN_OR_NAME = rf"(?:[{re.escape(_CURRENCY_SIGNS)}]|(?:{_CURRENCY_WORDS})(?!\w))"
# (trip_widgets.py reads a starred price with them.)
CURRENCY_SIGNS = _CURRENCY_SIGNS
CURRENCY_WORDS = _CURRENCY_WORDS
_PER_PERIOD = r"(?:\s?/\s?\w{1,6}\.?)?"  # "/month", "/mj.", "/hó"
_ONE_SUM = rf"(?:{_SIGN_OR_NAME}\s?{_SUM.pattern}|{_SUM.pattern}\s?{_SIGN_OR_NAME}){_PER_PERIOD}"
_RUN_SEPARATOR = rf"{_CHOICE}|\s?[、，]\s?"  # (and the enumeration commas of CJK text)
_SUM_RUN = re.compile(rf"{_ONE_SUM}(?:(?:{_RUN_SEPARATOR}){_ONE_SUM}){{2,}}", re.IGNORECASE)
# Told cheaply first: most lines hold fewer than three numbers or two separators.
_ANY_SEPARATOR = re.compile(_RUN_SEPARATOR)
_NUMBER = re.compile(r"\d+")
SUM_RUN_MAX_CHARS = 400

AMOUNT_ROW_MAX_CHARS = 200
AMOUNT_ROW_SUMS = 3
AMOUNT_ROW_WORDS = 6  # beside the sums: "monthly", "other amount", a tier's name


def _is_currency_sign(char: str) -> bool:
    return bool(char) and char in _CURRENCY_SIGNS


def count_sums(text: str) -> int:
    """How many numbers in the text are sums of money: a currency sign or name within a
    few characters of the number ("€ 899", "3.499 TL", "18 990 ₽")."""
    count = 0
    for found in _SUM.finditer(text):
        before = text[max(0, found.start() - 6) : found.start()].rstrip()
        after = text[found.end() : found.end() + 12]
        if (
            _is_currency_sign(before[-1:])
            or _is_currency_sign(after.lstrip()[:1])
            or _CURRENCY_AFTER.match(after)
            or _CURRENCY_BEFORE.search(before)
        ):
            count += 1
    return count


def amount_row(text: str) -> bool:
    """Whether the line is, or holds, a donation box's row of sums to choose from."""
    line = text.strip()
    if line.startswith("|") or _CHANGE_MARK.search(line):
        return False  # (a table's row; a ticker's changes)
    if (
        len(_NUMBER.findall(line)) < AMOUNT_ROW_SUMS
        or len(_ANY_SEPARATOR.findall(line)) < AMOUNT_ROW_SUMS - 1
    ):
        return False
    if len(line) <= SUM_RUN_MAX_CHARS and _SUM_RUN.search(line):
        return True
    if len(line) > AMOUNT_ROW_MAX_CHARS:
        return False
    if len(_CHOICE_SEPARATOR.findall(line)) < AMOUNT_ROW_SUMS - 1:
        return False
    if count_sums(line) < AMOUNT_ROW_SUMS:
        return False
    rest = _CURRENCY_WORD.sub(" ", _SUM.sub(" ", line))
    return len(_LETTERS.findall(rest)) <= AMOUNT_ROW_WORDS


LONE_SUM_MAX_CHARS = 30
# (With a dollar's country before its sign, "R$ 50", "HK$200", and a name's dot, "रु. ५००".)
_LONE_SUM = re.compile(
    rf"\s*(?:[A-Z]{{1,3}}(?=\$))?(?:{_SIGN_OR_NAME}\.?\s?{_SUM.pattern}"
    rf"|{_SUM.pattern}\s?{_SIGN_OR_NAME}\.?){_PER_PERIOD}\s*",
    re.IGNORECASE,
)


def lone_sum(text: str) -> bool:
    """Whether the line is a sum of money and nothing else ("€ 25", "₹1,000", "रु. ५,०००")."""
    return len(text) <= LONE_SUM_MAX_CHARS and _LONE_SUM.fullmatch(text) is not None
