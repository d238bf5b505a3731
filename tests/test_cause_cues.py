"""Pages of charities and NGOs, cars and motoring, property and housing, jobs and careers,
and faith communities and festivals: their furniture (lexicon_causes.py, register numbers)
and their story's lines that read like junk (a recall's production runs, a spec sheet's
rows, a rent table)."""

from __future__ import annotations

import pytest
from conftest import assert_covers_every_language, removed_text, rule_labels

from cleaner.lexicon_causes import CAUSE_CUES


def test_the_new_table_covers_every_language() -> None:
    assert_covers_every_language(CAUSE_CUES)


@pytest.mark.parametrize(
    ("line", "reason", "label"),
    [
        # Buttons and a widget's labels, alone on their line.
        ("Book a test drive", "widget_ui", "ui"),
        ("Configura la tua auto", "widget_ui", "ui"),
        ("Besichtigung vereinbaren", "widget_ui", "ui"),
        ("Monthly repayment", "widget_ui", "ui"),
        # The headings of lists of other listings and jobs, so the teasers under them go.
        ("Similar jobs", "related_heading", "related"),
        ("Похожие вакансии", "related_heading", "related"),
        ("Παρόμοια ακίνητα", "related_heading", "related"),
        # Alerts of new jobs and listings.
        ("Create a job alert and never miss a vacancy", "newsletter_signup", "newsletter"),
        # An ad's call to the reader, and its small print.
        ("Estimez votre bien gratuitement en 2 minutes", "promo_cue", "promo"),
        ("Representative example: 9.9% APR over 48 months.", "disclaimer", "legal"),
        ("Un crédit vous engage et doit être remboursé.", "disclaimer", "legal"),
        # A festival's channel.
        ("Follow the festival on Instagram for line-up news", "follow_us", "social"),
    ],
)
def test_this_rounds_furniture_is_named(line: str, reason: str, label: str) -> None:
    assert rule_labels(line).get(reason) == label, (line, rule_labels(line))


@pytest.mark.parametrize(
    "line",
    [
        # A housing story's own figure after the widget's label.
        "Monthly repayment: £1,240 on a 25-year term, the broker calculated.",
        # A story about a job fair and one about a charity's legacy income.
        "Similar jobs were on offer at three other stands, organisers said.",
        "Gifts left in wills made up a third of the charity's income last year.",
        # A test drive reported in news voice.
        "We booked a test drive at the dealer in Leeds on a wet Tuesday.",
    ],
)
def test_a_storys_own_lines_are_no_furniture(line: str) -> None:
    found = set(rule_labels(line))
    assert not {"widget_ui", "related_heading", "newsletter_signup", "promo_cue"} & found, (
        line,
        found,
    )


@pytest.mark.parametrize(
    "line",
    [
        # A recall's production run: a period between two dates, and a count.
        "아리아 1.6 가솔린 (2023년 3월 9일~2024년 1월 22일 생산) 9,412대",
        "Lumina Van (01.06.2023 – 30.11.2023): 718 Fahrzeuge",
        "Modelo Brisa 2.0 (2023-04-11 ~ 2023-12-28) 4.885 unidades",
    ],
)
def test_a_period_between_two_dates_is_no_date_line_nor_a_rating(line: str) -> None:
    found = rule_labels(line)
    assert not {"dateline_short", "readers_rating"} & set(found), found


def test_a_page_date_and_a_rating_are_still_read() -> None:
    assert rule_labels("2024년 1월 22일").get("dateline_short") == "meta"
    assert rule_labels("12.03.2024").get("dateline_short") == "meta"
    assert rule_labels("Hinne 4,9 (41 häält)").get("readers_rating") == "meta"


def test_a_recalls_list_of_models_stays() -> None:
    rows = [
        "아리아 1.6 가솔린 (2023년 3월 9일~2024년 1월 22일 생산) 9,412대",
        "아리아 하이브리드 (2023년 5월 2일~2024년 1월 22일 생산) 6,230대",
        "루미너스 2.0 (2023년 4월 11일~2023년 12월 28일 생산) 4,885대",
    ]
    text = "\n\n".join(
        [
            "한별자동차, 브레이크 호스 결함으로 2만여 대 리콜",
            "한별자동차가 브레이크 호스 결함으로 세 차종 2만여 대를 리콜한다고 국토교통부가 "
            "22일 밝혔다. 호스가 마모되면 제동력이 떨어질 수 있다는 설명이다.",
            "대상 차량은 다음과 같다.",
            *rows,
            "차주는 다음 달 4일부터 전국 서비스센터에서 무상으로 부품을 교환받을 수 있다.",
            "한별자동차는 대상 차주에게 우편과 문자메시지로 개별 통지할 예정이다.",
        ]
    )
    removed = removed_text(text)
    assert not any(row in removed for row in rows), removed


@pytest.mark.parametrize(
    "line",
    [
        "Riverside Trust · Registered charity no. 1023456",
        "Parrocchia San Biagio Vescovo e Martire – Borgo Fiorano – C.F. 00000000000",
        "Fundacja Nadzieja, KRS 0000123456",
        'עמותת "אוהל שרה" – קהילה ותורה | ע"ר 580000000',
        "Θερμαϊκός Ακίνητα Μ.Ι.Κ.Ε. | Αρ. ΓΕΜΗ 000000000000",
        "Stichting Dierenhulp Waalkant · KvK 12345678",
        "Harbour Motors Pty Ltd, ABN 12 345 678 901",
    ],
)
def test_an_organisations_register_number_is_small_print(line: str) -> None:
    assert rule_labels(line).get("register_number") == "legal", rule_labels(line)


@pytest.mark.parametrize(
    "line",
    [
        # A figure after a word that starts like a register's label ("ein" in "einen").
        "Die Liftgesellschaft will einen 180.000 Kubikmeter großen Speicherteich bauen.",
        "The VR headset sold 120000 units in its first month.",
        # An ad's label names the line better.
        "Реклама. ООО «Автомир». ИНН 7701234567",
    ],
)
def test_a_figure_in_a_story_or_an_ads_label_is_no_register_line(line: str) -> None:
    assert "register_number" not in rule_labels(line), rule_labels(line)


def test_a_story_telling_readers_to_follow_a_regulators_account_is_no_follow_prompt() -> None:
    # "... or follow its WeChat account": the recall story's advice, in news voice.
    story = "也可登录市场监管总局缺陷产品管理中心网站，或关注其微信公众号了解更多召回信息。"
    assert "follow_us" not in rule_labels(story)
    assert rule_labels("欢迎关注本站微信公众号").get("follow_us") == "social"


def test_a_wage_tables_rows_stay_and_the_job_teasers_under_their_heading_go() -> None:
    rows = [
        "Warehouse operative: $19.40 an hour (+6.1%)",
        "HGV driver: $27.10 an hour (+4.8%)",
        "Care assistant: $17.90 an hour (+7.3%)",
    ]
    teasers = [
        "Forklift Driver — Harlan Freight, Cedar Fork — $21/hr",
        "Night Shift Picker — Northway Foods, Lisle — $19.50/hr",
        "Class A Driver — Tri-County Haulage, Ashby — $29/hr",
    ]
    text = "\n\n".join(
        [
            "Warehouse pay rises fastest as logistics firms compete for staff",
            "Hourly pay offered in warehouse jobs rose 6.1% in the year to March, the fastest "
            "of any sector tracked by the Riverbend jobs index, as parcel firms opened three "
            "new depots around the city.",
            "Advertised pay by role, March, and the change on a year earlier:",
            *rows,
            "Care homes raised pay the most in percentage terms but still offer the lowest "
            "rates, the index shows. Recruiters said many posts stay open for months.",
            "Jobs you may like",
            *teasers,
            "Create a job alert",
        ]
    )
    removed = removed_text(text)
    assert not any(row in removed for row in rows), removed
    assert all(teaser in removed for teaser in teasers), removed
    assert "Create a job alert" in removed


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Nuova Valtera Hybrid da 219 € al mese. TAN 5,99% TAEG 7,12%. 36 rate.", "credit_terms"),
        ("Representative 9.9% APR, fixed rate 5.2% p.a. over 48 months.", "credit_terms"),
        ("Lending criteria, fees, terms and conditions apply.", "terms_apply"),
        ("Terma dan syarat terpakai.", "terms_apply"),
        (
            "Kraftstoffverbrauch kombiniert 5,8 l/100 km; CO2-Emissionen kombiniert 132 g/km",
            "fuel_figures",
        ),
        ("Energy consumption 15.8kWh/100km, CO2 0g/km (tailpipe).", "fuel_figures"),
    ],
)
def test_an_ads_small_print_is_a_weak_legal_cue(line: str, reason: str) -> None:
    from cleaner.rules import WEAK_CUES, rule_hits

    hits = {hit.reason: hit for hit in rule_hits(line)}
    assert hits[reason].label == "legal"
    assert hits[reason].weight < 0.95 and reason in WEAK_CUES


def test_tcs_apply_is_read_once_by_the_gambling_cue() -> None:
    # The small-print rule leaves "T&Cs apply" to the gambling cues: one line, one cue.
    reasons = set(rule_labels("New players only. T&Cs apply."))
    assert "terms_apply" not in reasons
    assert reasons & {"gambling", "gambling_notice"}, reasons


@pytest.mark.parametrize(
    "line",
    [
        # One rate, one figure, or terms that go on: a story's sentence.
        "The bank raised its APR to 9.9% in May, the third rise this year.",
        "In our test the car used 6.2 l/100 km on the motorway.",
        "The conditions apply to all new tenants from May.",
    ],
)
def test_a_storys_rate_or_figure_is_no_small_print(line: str) -> None:
    found = set(rule_labels(line))
    assert not {"credit_terms", "terms_apply", "fuel_figures"} & found, found


def test_an_ad_label_set_off_by_an_ideographic_space_opens_an_ad() -> None:
    line = "PR　あなたの強みを3分で診断。自己分析ツールを今すぐ無料で試す"
    assert rule_labels(line).get("ad_label") == "promo"
    # A date line set off the same way is no ad.
    assert "ad_label" not in rule_labels("2025年2月14日　文：キャリアノート編集部")
