"""Heuristic rules: cue lexicons and structural patterns that vote for a label.

Rules never decide alone on long units; they feed the model and the context pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .bios import writer_bio
from .cue_rows import (
    COUNTED_BUTTONS,
    ad_labelled,
    button_row,
    counted_button,
    file_button,
    form_row,
    trending_bar,
)
from .data_rows import age_mark, data_delay, odds_row, teaser_row, ticker_strip, wire_mark
from .embeds import account_credit, gallery_counter
from .lexicon import MACHINE_MADE
from .lexicon_live import controls
from .line_forms import (
    audio_player,
    chapter_list,
    dated_fact,
    field_menu,
    hashtag_list,
    markdown_row,
    match_minute,
    numbered_header,
    player_clock,
    readers_rating,
    slash_trail,
)
from .normal_form import normalise
from .page_widgets import dropdown_control, weather_now
from .payments import amount_row, lone_sum, payment_cue
from .phrase_index import RuleSet, compiled_rules, matched_phrases
from .prose_cues import (
    affiliate_note,
    conditional_ask,
    contact_line,
    earning_links,
    promo_code,
    shop_call,
    sponsor_read,
)
from .records import RuleHit
from .registers import register_number
from .small_print import credit_terms, fuel_figures, terms_apply
from .time_ago import relative_stamp
from .trip_widgets import place_distance, starred_price, weather_box
from .widget_forms import (
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


def _rematched(
    rules: RuleSet, line: str | None, admits: Callable[[str, str], bool]
) -> list[RuleHit]:
    """The whole-line hits on a button's words read without what the page added to them
    (a count, a file's tag), for the (label, reason) pairs `admits`."""
    if not line:
        return []
    return [
        RuleHit(label, WHOLE_LINE_WEIGHT, reason)
        for label, reason in rules.whole_line_hits(line, every_length=True)
        if admits(label, reason)
    ]


def rule_hits(text: str, only: frozenset[str] | None = None) -> list[RuleHit]:
    """All rules that fire on one unit's text (only those named in `only`, if given)."""
    rules = compiled_rules(only)
    norm = normalise(text)
    hits: list[RuleHit] = []
    # A table the extractor kept ("| Milano | +6,8% | 5.320 |") is the article's: a widget's
    # row forms (a ticker's quotes, a rating, odds) do not read its rows.
    table_row = markdown_row(text)
    if only is None or "audio_player" in only:
        if player_clock(text):  # made by the player: "00:00 / 38:42"
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
        hits += _rematched(rules, counted_button(text), lambda _, r: r in COUNTED_BUTTONS)
    if not hits:
        # A button with its file's tag, read without it ("Download the worksheet (PDF)").
        hits += _rematched(rules, file_button(text), lambda label, _: label == "ui")
    if (
        (only is None or "ad_label" in only)
        and not any(hit.reason == "advert_word" for hit in hits)
        and ad_labelled(text, compiled_rules(None))
    ):
        hits.append(RuleHit("promo", WHOLE_LINE_WEIGHT, "ad_label"))
    weight = 0.4 if len(norm) > LONG_UNIT_CHARS else 0.7
    for phrase in matched_phrases(rules, norm[:2000]):  # in the lexicon's order
        label, reason = rules.phrases[phrase]
        if reason == "byline" and _article_de(text):
            continue
        if reason == "breadcrumb" and _menu_path_sentence(text):
            continue
        if reason == "dateline_short" and dated_fact(text):
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
        buttons = button_row(text, rules)
        if buttons:
            hits.append(RuleHit(buttons, WHOLE_LINE_WEIGHT, "button_row"))
    if (only is None or "form_row" in only) and not hits and form_row(text, rules):
        hits.append(RuleHit("ui", WHOLE_LINE_WEIGHT, "form_row"))
    if (only is None or "trending_bar" in only) and not hits and trending_bar(text, rules):
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
