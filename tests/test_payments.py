"""Payment details under an appeal (an account number or wallet after its label) are
donation junk in any language; a story's sentence that names an account it traced stays."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.payments import amount_row, lone_sum, payment_details, payment_id
from cleaner.rules import rule_hits


@pytest.mark.parametrize(
    "line",
    [
        "IBAN: DE44 5001 0517 5407 3249 31 · BIC: INGDDEFFXXX · Empfänger: Nordlicht Medien e.V.",
        "Bitcoin (BTC): bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
        "USDT (TRC-20)：TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE",
        "ETH — 0x52908400098527886E0F7030069857D2E4169EE7",
        "Карта «Зоркого Вестника» в Монобанке: 5375 4141 0312 7788",
        "LT12 1000 0111 0100 1000",
        # A wallet without a digit in it (the quick test for one must not skip it).
        "USDT (TRC-20): TQnYkhEsLJWChVWFMSMeRDowKcbLSEabcd",
    ],
)
def test_a_labelled_account_or_wallet_is_a_donation_cue(line):
    assert payment_details(line)
    assert ("donation", "payment_details") in {(h.label, h.reason) for h in rule_hits(line)}


@pytest.mark.parametrize(
    "line",
    [
        # The account named inside a story's sentence.
        "Investigators say the money was wired to account LT12 1000 0111 0100 1000, held by "
        "a shell company registered in Vilnius two weeks before the tender.",
        "The wallet 0x52908400098527886E0F7030069857D2E4169EE7 received 14 transfers in March.",
        # A phone number and a date are not accounts.
        "Hotline: +49 30 1234 5678",
        "Published: 12 March 2025, 14:05",
    ],
)
def test_a_sentence_naming_an_account_is_no_payment_line(line):
    assert not payment_details(line)


def test_payment_lines_under_an_appeal_are_removed_and_the_story_kept():
    story = [
        "Council paid one contractor twice its road budget, records show",
        "Documents obtained by the Valley Ledger show that the council awarded 41 road "
        "maintenance contracts worth 18 million euros to a single firm between 2021 and 2024.",
        "The contracts were split into lots just below the tender threshold, a pattern "
        "procurement experts called a textbook way to avoid scrutiny.",
        "The council said all procedures had been followed and announced an internal review.",
    ]
    appeal = [
        "Support independent local reporting: send a gift by bank transfer.",
        "IBAN: DE44 5001 0517 5407 3249 31 · BIC: INGDDEFFXXX",
        "BTC: bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
    ]
    result = cleaner.clean("\n\n".join(story + appeal), "text")
    for paragraph in story:
        assert paragraph in result.text
    removed = {span.text.strip(): span.label for span in result.removed}
    assert removed.get(appeal[1]) == "donation"
    assert removed.get(appeal[2]) == "donation"


@pytest.mark.parametrize(
    "line",
    [
        "5 € · 10 € · 25 € · другая сумма",
        "Reader $5/month · Supporter $12/month · Champion $25/month",
        "₹30 | ₹100 | ₹500 | வேறு தொகை",
        "毎月　1,000円　3,000円　5,000円　その他の金額",
        "Колдоо: 100 сом · 200 сом · 500 сом · Башка сумма",
        # ... or a run of sums inside a longer appeal.
        "Faire un don : 1 000 FCFA · 5 000 FCFA · 10 000 FCFA · montant libre. Depuis "
        "l'étranger : carte bancaire ou PayPal.",
    ],
)
def test_a_row_of_sums_to_choose_from_is_a_donation_cue(line):
    assert amount_row(line)
    assert ("donation", "amount_row") in {(h.label, h.reason) for h in rule_hits(line)}


@pytest.mark.parametrize(
    "line",
    [
        # Prices told in a sentence, a table's row, a ticker with its changes.
        "A single-day pass will cost $48, up from $39 last year, and a weekend wristband $95.",
        "| Flixpoint | $7.99 | $17.99 | $24.99 |",
        "USD 41,35 ▲0,08 · EUR 45,20 ▼0,11 · PLN 10,62 · Золото 3 012 $",
        # Years are no sums; a quote lists sums with commas.
        "2019 · 2020 · 2021 · 2022",
        '"People we have never met have given £5, £10, £50," Ms Pritchard said.',
    ],
)
def test_prices_in_a_story_are_no_amount_row(line):
    assert not amount_row(line)


@pytest.mark.parametrize(
    "line", ["€ 25", "₹1,000", "100 ₴", "रु. ५,०००", "R$ 50", "HK$200", "15 lei/lună", "1.000 Ft"]
)
def test_a_sum_alone_on_its_line_is_a_weak_donation_cue(line):
    # A donation box's buttons, one to a line. A shop's or a listing's price is printed
    # so too: the cue is weaker than a whole line's rule and counts nothing in the core.
    assert lone_sum(line)
    hits = {(h.label, h.reason): h.weight for h in rule_hits(line)}
    assert 0 < hits[("donation", "lone_sum")] < 0.95


@pytest.mark.parametrize(
    "line", ["Price: €25", "2025", "10 %", "€10 €25", "25 euro per month for adults", "No. 25"]
)
def test_a_price_with_words_or_a_number_alone_is_no_lone_sum(line):
    assert not lone_sum(line)


def test_a_box_of_sums_one_to_a_line_goes_and_a_storys_price_line_stays():
    story = [
        "Food bank hands out record 38,000 parcels as winter bites",
        "The Riverside Food Bank handed out 38,214 parcels last year, a third more than in "
        "2023, its annual report shows.",
        "Volunteers packed most of them on Saturday mornings in the old bus depot, where "
        "the charity moved in March after its lease in the high street ran out.",
        "A family parcel now costs the charity about this much to fill:",
        "€ 18",
        "Prices of rice, oil and tinned fish rose fastest, the report says. The charity "
        "buys in bulk from two wholesalers and gets the rest from supermarkets' surplus.",
        "Its director, Aoife Brennan, said demand had not fallen since the spring.",
    ]
    box = ["Help us fill the next parcel", "€ 10", "€ 25", "€ 50", "Other amount"]
    result = cleaner.clean("\n\n".join(story + box), "text")
    removed = {span.text.strip() for span in result.removed}
    assert {"€ 10", "€ 25", "€ 50"} <= removed, removed
    assert "€ 18" in result.text


def test_an_account_named_by_its_kind_inside_a_longer_appeal_is_a_weaker_cue():
    line = (
        "Ахвяраваць: 5 € · 10 € · 20 € · іншая сума. Банкаўскі перавод: атрымальнік "
        "Vysoki Bierah Media, IBAN LT61 7300 0101 2345 6789, прызначэнне: ахвяраванне."
    )
    assert not payment_details(line)  # too many words for the line of details alone
    assert payment_id(line)
    hits = {(h.label, h.reason): h.weight for h in rule_hits(line)}
    assert hits[("donation", "payment_id")] < 0.95
    assert not payment_id("The wallet 0x52908400098527886E0F7030069857D2E4169EE7 was emptied.")


@pytest.mark.parametrize(
    "line",
    [
        "Prefere PIX? Nossa chave é doe@focinhoamigo.org.br",
        "Chave PIX: 12.345.678/0001-90",
        # No digit, and the name in capitals with a dotted capital I, as Turkish writes it.
        "Prefere PİX? Nossa chave é doe@focinhoamigo.org.br",
    ],
)
def test_a_pix_key_after_its_name_is_a_weak_payment_cue(line):
    assert payment_id(line) and not payment_details(line)
    hits = {(h.label, h.reason): h.weight for h in rule_hits(line)}
    assert hits[("donation", "payment_id")] < 0.95


def test_a_story_about_pix_names_no_key():
    assert not payment_id(
        "O Pix foi criado pelo Banco Central em 2020 e já tem 150 milhões de usuários."
    )
