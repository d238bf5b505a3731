"""Quality gate on benchmarks/devset/htmlset*.jsonl: whole invented HTML pages (menus, footers,
cookie banners, appeals inside the article container) in 20+ languages, written for
evaluation only by writers who saw neither the code nor training_data/. htmlset1, htmlset13
to htmlset21, htmlset23, htmlset25, htmlset27, htmlset29, htmlset31, htmlset33, htmlset35,
htmlset37, htmlset39, htmlset41, htmlset43, htmlset45, htmlset47, htmlset49, htmlset51,
htmlset53, htmlset55, htmlset57, htmlset59, htmlset61 and htmlset63 are held out (only their scores
are looked at); the misses of htmlset2 to htmlset12, htmlset22, htmlset24, htmlset26,
htmlset28, htmlset30, htmlset32, htmlset34, htmlset36, htmlset38, htmlset40, htmlset42,
htmlset44, htmlset46, htmlset48, htmlset50, htmlset52, htmlset54, htmlset56, htmlset58,
htmlset60, htmlset62 and htmlset64 have been studied (htmlset5's since the twelfth round, htmlset6's
since the thirteenth, htmlset7's since the fourteenth, htmlset8's since the fifteenth,
htmlset9's since the sixteenth, htmlset10's since the seventeenth, htmlset11's since the
eighteenth, htmlset12's since the nineteenth).

This is the whole HTML path a scraper runs (pruning, trafilatura's extraction, the
cleaner), scored as benchmarks/htmlset.py does. Floors sit a little under the measured
scores (BENCHMARKS.md). The default run gates a sample pooled from every set (one page in
GATE_SAMPLE_EVERY); CLEANER_FULL_GATES=1 scores each set on its own floors too.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import FULL_GATES, GATE_SAMPLE_EVERY

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.htmlset import (  # noqa: E402
    DEFAULT_DATA,
    Page,
    Tally,
    held_texts,
    load,
    score_page,
)
from benchmarks.metrics import shingle_scores  # noqa: E402

# file -> (pages, floors on shingle F1 and recall, the share of junk removed, and the
# most body units the output may miss: most of those the extraction never had).
SETS = {
    "htmlset1 (held out)": ("htmlset1.jsonl", 40, 0.938, 0.925, 0.925, 68),
    "htmlset2": ("htmlset2.jsonl", 40, 0.958, 0.945, 0.96, 60),
    "htmlset3": ("htmlset3.jsonl", 40, 0.95, 0.93, 0.96, 68),
    "htmlset4": ("htmlset4.jsonl", 40, 0.95, 0.935, 0.96, 62),
    "htmlset5": ("htmlset5.jsonl", 40, 0.965, 0.955, 0.97, 30),
    "htmlset6": ("htmlset6.jsonl", 40, 0.952, 0.93, 0.975, 72),
    "htmlset7": ("htmlset7.jsonl", 40, 0.95, 0.93, 0.96, 68),
    "htmlset8": ("htmlset8.jsonl", 40, 0.96, 0.945, 0.93, 48),
    "htmlset9": ("htmlset9.jsonl", 40, 0.935, 0.9, 0.965, 108),
    "htmlset10": ("htmlset10.jsonl", 40, 0.935, 0.905, 0.94, 90),
    "htmlset11": ("htmlset11.jsonl", 40, 0.93, 0.89, 0.97, 94),
    "htmlset12": ("htmlset12.jsonl", 40, 0.925, 0.87, 0.985, 96),
    "htmlset13 (held out)": ("htmlset13.jsonl", 40, 0.928, 0.895, 0.95, 78),
    "htmlset14 (held out)": ("htmlset14.jsonl", 40, 0.915, 0.885, 0.92, 64),
    "htmlset15 (held out)": ("htmlset15.jsonl", 40, 0.9, 0.915, 0.85, 72),
    "htmlset16 (held out)": ("htmlset16.jsonl", 40, 0.865, 0.865, 0.87, 115),
    "htmlset17 (held out)": ("htmlset17.jsonl", 40, 0.895, 0.88, 0.89, 136),
    # (131 since the forty-fifth round: its retrained model misses 128 blocks where the one
    # before missed 124; held out, so not looked into, BENCHMARKS.md.)
    "htmlset18 (held out)": ("htmlset18.jsonl", 40, 0.86, 0.88, 0.8, 131),
    "htmlset19 (held out)": ("htmlset19.jsonl", 40, 0.875, 0.855, 0.89, 142),
    "htmlset20 (held out)": ("htmlset20.jsonl", 40, 0.94, 0.915, 0.96, 74),
    "htmlset21 (held out)": ("htmlset21.jsonl", 40, 0.935, 0.955, 0.84, 32),
    "htmlset22": ("htmlset22.jsonl", 40, 0.915, 0.945, 0.81, 58),
    "htmlset23 (held out)": ("htmlset23.jsonl", 40, 0.94, 0.975, 0.86, 8),
    "htmlset24": ("htmlset24.jsonl", 40, 0.93, 0.97, 0.84, 8),
    "htmlset25 (held out)": ("htmlset25.jsonl", 40, 0.95, 0.97, 0.9, 16),
    "htmlset26": ("htmlset26.jsonl", 40, 0.925, 0.955, 0.89, 34),
    "htmlset27 (held out)": ("htmlset27.jsonl", 40, 0.97, 0.985, 0.92, 6),
    "htmlset28": ("htmlset28.jsonl", 40, 0.97, 0.975, 0.92, 16),
    "htmlset29 (held out)": ("htmlset29.jsonl", 40, 0.94, 0.965, 0.81, 16),
    "htmlset30": ("htmlset30.jsonl", 40, 0.955, 0.975, 0.84, 18),
    "htmlset31 (held out)": ("htmlset31.jsonl", 40, 0.955, 0.975, 0.89, 22),
    "htmlset32": ("htmlset32.jsonl", 40, 0.965, 0.98, 0.9, 16),
    "htmlset33 (held out)": ("htmlset33.jsonl", 40, 0.935, 0.965, 0.85, 22),
    "htmlset34": ("htmlset34.jsonl", 40, 0.94, 0.965, 0.88, 16),
    "htmlset35 (held out)": ("htmlset35.jsonl", 41, 0.955, 0.95, 0.95, 54),
    "htmlset36": ("htmlset36.jsonl", 40, 0.96, 0.96, 0.93, 38),
    "htmlset37 (held out)": ("htmlset37.jsonl", 40, 0.95, 0.96, 0.91, 16),
    "htmlset38": ("htmlset38.jsonl", 40, 0.965, 0.97, 0.935, 10),
    "htmlset39 (held out)": ("htmlset39.jsonl", 40, 0.96, 0.95, 0.945, 34),
    "htmlset40": ("htmlset40.jsonl", 40, 0.955, 0.94, 0.97, 48),
    "htmlset41 (held out)": ("htmlset41.jsonl", 40, 0.965, 0.955, 0.965, 34),
    "htmlset42": ("htmlset42.jsonl", 40, 0.97, 0.96, 0.975, 24),
    "htmlset43 (held out)": ("htmlset43.jsonl", 40, 0.97, 0.965, 0.955, 37),
    "htmlset44": ("htmlset44.jsonl", 40, 0.98, 0.98, 0.97, 20),
    "htmlset45 (held out)": ("htmlset45.jsonl", 40, 0.97, 0.965, 0.955, 15),
    "htmlset46": ("htmlset46.jsonl", 40, 0.975, 0.965, 0.965, 24),
    "htmlset47 (held out)": ("htmlset47.jsonl", 40, 0.955, 0.955, 0.945, 45),
    "htmlset48": ("htmlset48.jsonl", 40, 0.955, 0.95, 0.955, 85),
    "htmlset49 (held out)": ("htmlset49.jsonl", 40, 0.96, 0.95, 0.985, 46),
    "htmlset50": ("htmlset50.jsonl", 40, 0.945, 0.93, 0.955, 62),
    "htmlset51 (held out)": ("htmlset51.jsonl", 40, 0.925, 0.905, 0.93, 80),
    "htmlset52": ("htmlset52.jsonl", 40, 0.95, 0.935, 0.955, 62),
    "htmlset53 (held out)": ("htmlset53.jsonl", 40, 0.95, 0.93, 0.975, 80),
    "htmlset54": ("htmlset54.jsonl", 24, 0.955, 0.94, 0.96, 36),
    "htmlset55 (held out)": ("htmlset55.jsonl", 40, 0.94, 0.92, 0.955, 80),
    "htmlset56": ("htmlset56.jsonl", 24, 0.945, 0.935, 0.94, 40),
    "htmlset57 (held out)": ("htmlset57.jsonl", 40, 0.935, 0.93, 0.91, 70),
    "htmlset58": ("htmlset58.jsonl", 24, 0.93, 0.935, 0.90, 35),
    "htmlset59 (held out)": ("htmlset59.jsonl", 40, 0.95, 0.93, 0.935, 70),
    "htmlset60": ("htmlset60.jsonl", 24, 0.955, 0.95, 0.945, 40),
    "htmlset61 (held out)": ("htmlset61.jsonl", 40, 0.935, 0.905, 0.955, 87),
    "htmlset62": ("htmlset62.jsonl", 24, 0.935, 0.905, 0.96, 47),
    "htmlset63 (held out)": ("htmlset63.jsonl", 40, 0.92, 0.92, 0.86, 78),
    "htmlset64": ("htmlset64.jsonl", 24, 0.945, 0.92, 0.97, 46),
}


@FULL_GATES
@pytest.mark.parametrize("name", sorted(SETS))
def test_html_sets_stay_above_their_floors(name):
    from cleaner import clean

    file_name, pages, f1_floor, recall_floor, junk_floor, most_lost = SETS[name]
    total = Tally()
    for page in load(DEFAULT_DATA.with_name(file_name)):
        total.add(score_page(page, clean(page.html, "html").text))
    scores = shingle_scores(total.pages, n_bootstrap=0)
    assert len(total.pages) == pages
    assert scores.f1 >= f1_floor, scores.f1
    assert scores.recall >= recall_floor, scores.recall
    assert total.junk_removed >= junk_floor, total.junk_removed
    assert total.body_units_lost <= most_lost, total.body_units_lost


# The pooled sample: every GATE_SAMPLE_EVERY-th page (by id) of every set, held out or
# studied: 309 pages. Floors a little under the measured scores (F1 0.956, recall 0.950,
# junk removed 0.940, 385 body units missed).
SAMPLE_FLOORS = {"f1": 0.95, "recall": 0.94, "junk_removed": 0.93, "most_lost": 405}


def sample_tally() -> Tally:
    from cleaner import clean

    total = Tally()
    for file_name, *_floors in SETS.values():
        pages = sorted(load(DEFAULT_DATA.with_name(file_name)), key=lambda page: page.doc)
        for page in pages[::GATE_SAMPLE_EVERY]:
            total.add(score_page(page, clean(page.html, "html").text))
    return total


def test_a_sample_of_every_html_set_stays_above_its_floors():
    total = sample_tally()
    scores = shingle_scores(total.pages, n_bootstrap=0)
    assert len(total.pages) >= 300
    assert scores.f1 >= SAMPLE_FLOORS["f1"], scores.f1
    assert scores.recall >= SAMPLE_FLOORS["recall"], scores.recall
    assert total.junk_removed >= SAMPLE_FLOORS["junk_removed"], total.junk_removed
    assert total.body_units_lost <= SAMPLE_FLOORS["most_lost"], total.body_units_lost


def test_units_are_found_whether_a_table_is_printed_by_row_or_by_cell():
    by_row = "Intro line.\n| Year | Billed |\n|---|---|\n| 2021 | €241,500 |\n- a list item"
    texts, _flat = held_texts(by_row)
    for unit in ["Year Billed", "2021 €241,500", "2021", "€241,500", "a list item"]:
        assert unit in texts, unit
    by_cell = "Year\nBilled\n2021\n€241,500\nOutro."
    texts, _flat = held_texts(by_cell)
    assert {"Year Billed", "2021 €241,500", "2021"} <= texts
    # Only whole lines, runs of them, or whole cells count: not a piece of a line.
    assert "Billed 20" not in texts and "ntro line." not in held_texts(by_row)[0]


def test_a_unit_that_starts_with_its_own_dash_is_found_in_the_output():
    # An interview's answers are written "- I worked ..."; extractors print them so, and
    # the scorer drops an output line's list mark: the unit loses its dash the same way.
    page = Page(
        doc="t-vi-01",
        html="",
        units=[("- Tôi làm kỹ sư phần mềm sáu năm.", "body"), ("Chia sẻ", "social")],
    )
    held = score_page(page, "- Tôi làm kỹ sư phần mềm sáu năm.")
    assert held.body_units_lost == 0
    assert score_page(page, "Something else entirely.").body_units_lost == 1
