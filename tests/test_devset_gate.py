"""Quality gate on benchmarks/devset: invented documents written for evaluation only (never
trained on) by writers who did not see training_data/. devset.jsonl (48 documents, 12
languages), devset2.jsonl to devset4.jsonl (60 each) and devset5.jsonl (58) have had their
misses studied, devset6.jsonl (57, 18 languages) since the twelfth round, devset7.jsonl (60,
23 languages) since the thirteenth, devset12.jsonl (57, 26 languages) since the fourteenth,
devset13.jsonl (57, 43 languages) since the fifteenth, devset14.jsonl (58, 54 languages)
since the sixteenth, devset15.jsonl (60, 59 languages) since the seventeenth, devset16.jsonl
(50, 50 languages) since the eighteenth, devset17.jsonl (50, 50 languages) since the
nineteenth, devset22.jsonl (50, 46 languages, written in the twenty-first round to be
studied) and devset24.jsonl (50, 46 languages, Markdown as scrapers write it, written in the
twenty-second round to be studied) and devset26.jsonl (50, 45 languages, newsletter posts
and transcripts, written in the twenty-fourth round to be studied) and devset28.jsonl (50,
46 languages, independent blogs, written in the twenty-fifth round to be studied) and
devset30.jsonl (50, 45 languages, sports, business and markets news, written in the
twenty-sixth round to be studied) and devset32.jsonl (50, 44 languages, wire copy, press
releases and institutional news, written in the twenty-seventh round to be studied) and
devset34.jsonl (50, 44 languages, health, science and culture magazines, written in the
twenty-eighth round to be studied) and devset36.jsonl (50, 42 languages, independent,
nonprofit and exiled newsrooms, written in the twenty-ninth round to be studied) and
devset38.jsonl (50, 44 languages, service journalism: reviews, buying guides, recipes,
travel and money how-tos, written in the thirtieth round to be studied) and devset40.jsonl
(50, 45 languages, opinion, interviews, live blogs, explainers and fact-checks, written in
the thirty-first round to be studied) and devset42.jsonl (48, 43 languages, local and
community news, obituaries and notices, written in the thirty-second round to be studied)
and devset44.jsonl (48, 40 languages, entertainment, celebrity, TV, film, music and games
news, written in the thirty-third round to be studied) and devset46.jsonl (48, 43 languages,
politics, elections, government, courts and world news, written in the thirty-fourth round
to be studied) and devset48.jsonl (48, 43 languages, technology, gadgets, apps, startups,
cybersecurity and crypto news, written in the thirty-fifth round to be studied) and
devset50.jsonl (48, 41 languages, climate, environment, weather, disaster and energy news,
written in the thirty-sixth round to be studied) and devset52.jsonl (48, 41 languages,
travel, motoring, property, home and fashion pages, written in the thirty-seventh round to
be studied) and devset54.jsonl (48, 43 languages, schools, faith, police and courts,
transport and farming pages, written in the thirty-eighth round to be studied) and
devset56.jsonl (48, 44 languages, health, science, defence, jobs and housing pages, written
in the thirty-ninth round to be studied) and devset58.jsonl (30, 29 languages, money and
consumer rights, pets, history, books and hobbies pages, written in the fortieth round to be
studied) and devset60.jsonl (30, 29 languages, parenting, food and drink, stage and
galleries, outdoors and Q&A pages, written in the forty-first round to be studied) and
devset62.jsonl (30, 29 languages, weddings and events, gaming and esports, DIY and repair,
learning and explainers, small business and trades pages, written in the forty-second round
to be studied) and devset64.jsonl (30, 29 languages, transport and travel services, courts
and crime, public services, universities and research, local sports clubs' pages, written in
the forty-third round to be studied) and devset66.jsonl (30, 29 languages, charities and
NGOs, cars and motoring, property and housing, jobs and careers, faith communities and
festivals, written in the forty-fourth round to be studied) and devset68.jsonl (30, 30
languages, airports and airlines, museums and libraries, farming, science for kids and
tourism boards, written in the forty-fifth round to be studied);
devset8.jsonl (60, 27 languages), devset9.jsonl (60, 31 languages), devset10.jsonl (60, 52
languages), devset11.jsonl (58, 46 languages), devset18.jsonl (50, 49 languages, written at
the start of the eighteenth round), devset19.jsonl (50, 49 languages, written at the start
of the nineteenth), devset20.jsonl (50, 49 languages, written at the start of the
twentieth), devset21.jsonl (50, 46 languages, written at the start of the twenty-first),
devset23.jsonl (50, 46 languages, Markdown, written at the start of the twenty-second) and
devset25.jsonl (50, 46 languages, newsletter posts and transcripts, written at the start of
the twenty-fourth) and devset27.jsonl (50, 46 languages, independent blogs: reviews,
recipes, travel guides, how-tos, written at the start of the twenty-fifth) and
devset29.jsonl (50, 45 languages, sports, business and markets news, written at the start
of the twenty-sixth) and devset31.jsonl (50, 44 languages, wire copy, press releases and
institutional news, written at the start of the twenty-seventh) and devset33.jsonl (50, 44
languages, health, science and culture magazines, written at the start of the
twenty-eighth) and devset35.jsonl (50, 42 languages, independent, nonprofit and exiled
newsrooms, written at the start of the twenty-ninth), devset37.jsonl (50, 42 languages,
service journalism, written at the start of the thirtieth) and devset39.jsonl (50, 44
languages, opinion, interviews, live blogs, explainers and fact-checks, written at the
start of the thirty-first) and devset41.jsonl (50, 43 languages, local and community news,
obituaries and notices, written at the start of the thirty-second) and devset43.jsonl (50,
43 languages, entertainment news, written at the start of the thirty-third) and
devset45.jsonl (50, 43 languages, politics, elections, government, courts and world news,
written at the start of the thirty-fourth) and devset47.jsonl (50, 44 languages,
technology, gadgets, apps, startups, cybersecurity and crypto news, written at the start
of the thirty-fifth) and devset49.jsonl (50, 43 languages, climate, environment, weather,
disaster and energy news, written at the start of the thirty-sixth) and devset51.jsonl (50,
43 languages, travel, motoring, property, home and fashion pages, written at the start of
the thirty-seventh) and devset53.jsonl (50, 44 languages, schools, faith, police and courts,
transport and farming pages, written at the start of the thirty-eighth) and devset55.jsonl
(50, 46 languages, health, science, defence, jobs and housing pages, written at the start
of the thirty-ninth) and devset57.jsonl (50, 46 languages, money and consumer rights, pets,
history, books and hobbies pages, written at the start of the fortieth) and devset59.jsonl
(50, 46 languages, parenting, food and drink, stage and galleries, outdoors and Q&A pages,
written at the start of the forty-first) and devset61.jsonl (50, 46 languages, weddings and
events, gaming and esports, DIY and repair, learning and explainers, small business and
trades pages, written at the start of the forty-second) and devset63.jsonl (50, 46 languages,
transport and travel services, courts and crime, public services, universities and
research, local sports clubs' pages, written at the start of the forty-third) and
devset65.jsonl (50, 46 languages, charities and NGOs, cars and motoring, property and
housing, jobs and careers, faith communities and festivals, written at the start of the
forty-fourth) and devset67.jsonl (50, 50 languages, airports and airlines, museums and
libraries, farming, science for kids and tourism boards, written at the start of the
forty-fifth) are held out: only their scores are looked at.

Floors sit a little under the measured scores (BENCHMARKS.md), per language family too,
so a change that helps English but quietly breaks Chinese or Arabic fails here. The default
run scores devset.jsonl, the layouts and a sample pooled from every set (one document in
GATE_SAMPLE_EVERY); CLEANER_FULL_GATES=1 scores each later set on its own floors too.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import pytest
from conftest import FULL_GATES, GATE_SAMPLE_EVERY

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.devset import DEFAULT_DATA, Tally, language, load, score_document  # noqa: E402

FLOORS = {"f1": 0.982, "recall": 0.99, "junk_removed": 0.92}
# Languages in scripts other than Latin, Greek and Cyrillic: each must clearly beat
# leaving the text as it is (uncleaned F1 0.80 to 0.83).
SCRIPT_FLOOR_F1 = {"ja": 0.96, "zh": 0.96, "ko": 0.98, "ar": 0.98}


@pytest.fixture(scope="module")
def tallies() -> dict[str, Tally]:
    groups: dict[str, Tally] = defaultdict(Tally)
    for doc_id, units in load(DEFAULT_DATA).items():
        groups[language(doc_id)].add(score_document(units, {}))
    return groups


def test_devset_scores_stay_above_their_floors(tallies):
    total = Tally()
    for tally in tallies.values():
        total.add(tally)
    f1, _precision, recall = total.scores()
    junk_removed = 1 - total.junk_kept / total.junk
    assert total.docs == 48
    assert f1 >= FLOORS["f1"], f1
    assert recall >= FLOORS["recall"], recall
    assert junk_removed >= FLOORS["junk_removed"], junk_removed
    assert f1 > total.scores(cleaned=False)[0] + 0.08  # cleaning must pay off clearly


@pytest.mark.parametrize("lang", sorted(SCRIPT_FLOOR_F1))
def test_each_script_is_cleaned(tallies, lang):
    f1, _precision, recall = tallies[lang].scores()
    assert f1 >= SCRIPT_FLOOR_F1[lang], f1
    assert recall >= 0.98, recall


# Sets 2 to 22: (file, documents, floors on F1, recall and the share of junk removed).
LATER_SETS = {
    "devset2": ("devset2.jsonl", 60, {"f1": 0.99, "recall": 0.99, "junk_removed": 0.96}),
    "devset3": ("devset3.jsonl", 60, {"f1": 0.988, "recall": 0.995, "junk_removed": 0.92}),
    # (0.965 since the thirty-ninth round: the retrained model reads a Hungarian appeal's
    # membership tiers as a list of the story's, and 0.980 of the junk became 0.969.)
    "devset4": ("devset4.jsonl", 60, {"f1": 0.99, "recall": 0.99, "junk_removed": 0.965}),
    "devset5": ("devset5.jsonl", 58, {"f1": 0.99, "recall": 0.99, "junk_removed": 0.96}),
    "devset6": (
        "devset6.jsonl",
        57,
        {"f1": 0.988, "recall": 0.995, "junk_removed": 0.9},
    ),
    "devset7": (
        "devset7.jsonl",
        60,
        {"f1": 0.99, "recall": 0.995, "junk_removed": 0.94},
    ),
    "devset8 (held out)": (
        "devset8.jsonl",
        60,
        {"f1": 0.98, "recall": 0.99, "junk_removed": 0.85},
    ),
    "devset9 (held out)": (
        "devset9.jsonl",
        60,
        {"f1": 0.98, "recall": 0.99, "junk_removed": 0.84},
    ),
    "devset10 (held out)": (
        "devset10.jsonl",
        60,
        {"f1": 0.98, "recall": 0.995, "junk_removed": 0.83},
    ),
    "devset11 (held out)": (
        "devset11.jsonl",
        58,
        {"f1": 0.978, "recall": 0.995, "junk_removed": 0.82},
    ),
    "devset12": (
        "devset12.jsonl",
        57,
        {"f1": 0.988, "recall": 0.995, "junk_removed": 0.9},
    ),
    "devset13": (
        "devset13.jsonl",
        57,
        {"f1": 0.986, "recall": 0.995, "junk_removed": 0.92},
    ),
    "devset14": (
        "devset14.jsonl",
        58,
        {"f1": 0.98, "recall": 0.993, "junk_removed": 0.9},
    ),
    "devset15": (
        "devset15.jsonl",
        60,
        {"f1": 0.965, "recall": 0.995, "junk_removed": 0.8},
    ),
    "devset16": (
        "devset16.jsonl",
        50,
        {"f1": 0.925, "recall": 0.99, "junk_removed": 0.6},
    ),
    "devset17": (
        "devset17.jsonl",
        50,
        {"f1": 0.935, "recall": 0.99, "junk_removed": 0.7},
    ),
    "devset18 (held out)": (
        "devset18.jsonl",
        50,
        {"f1": 0.92, "recall": 0.985, "junk_removed": 0.65},
    ),
    "devset19 (held out)": (
        "devset19.jsonl",
        50,
        {"f1": 0.915, "recall": 0.985, "junk_removed": 0.53},
    ),
    "devset20 (held out)": (
        "devset20.jsonl",
        50,
        {"f1": 0.885, "recall": 0.99, "junk_removed": 0.51},
    ),
    "devset21 (held out)": (
        "devset21.jsonl",
        50,
        {"f1": 0.935, "recall": 0.99, "junk_removed": 0.69},
    ),
    "devset22": (
        "devset22.jsonl",
        50,
        {"f1": 0.935, "recall": 0.99, "junk_removed": 0.7},
    ),
    "devset23 (held out)": (
        "devset23.jsonl",
        50,
        {"f1": 0.97, "recall": 0.99, "junk_removed": 0.93},
    ),
    "devset24": (
        "devset24.jsonl",
        50,
        {"f1": 0.97, "recall": 0.99, "junk_removed": 0.94},
    ),
    "devset25 (held out)": (
        "devset25.jsonl",
        50,
        {"f1": 0.93, "recall": 0.99, "junk_removed": 0.61},
    ),
    "devset26": (
        "devset26.jsonl",
        50,
        {"f1": 0.95, "recall": 0.99, "junk_removed": 0.74},
    ),
    "devset27 (held out)": (
        "devset27.jsonl",
        50,
        {"f1": 0.94, "recall": 0.985, "junk_removed": 0.73},
    ),
    "devset28": (
        "devset28.jsonl",
        50,
        {"f1": 0.94, "recall": 0.99, "junk_removed": 0.74},
    ),
    "devset29 (held out)": (
        "devset29.jsonl",
        50,
        {"f1": 0.94, "recall": 0.995, "junk_removed": 0.68},
    ),
    "devset30": (
        "devset30.jsonl",
        50,
        {"f1": 0.94, "recall": 0.985, "junk_removed": 0.72},
    ),
    "devset31 (held out)": (
        "devset31.jsonl",
        50,
        {"f1": 0.965, "recall": 0.99, "junk_removed": 0.84},
    ),
    "devset32": (
        "devset32.jsonl",
        50,
        {"f1": 0.97, "recall": 0.99, "junk_removed": 0.87},
    ),
    "devset33 (held out)": (
        "devset33.jsonl",
        50,
        {"f1": 0.96, "recall": 0.99, "junk_removed": 0.74},
    ),
    "devset34": (
        "devset34.jsonl",
        50,
        {"f1": 0.96, "recall": 0.99, "junk_removed": 0.75},
    ),
    "devset35 (held out)": (
        "devset35.jsonl",
        50,
        {"f1": 0.955, "recall": 0.99, "junk_removed": 0.74},
    ),
    "devset36": (
        "devset36.jsonl",
        50,
        {"f1": 0.945, "recall": 0.99, "junk_removed": 0.73},
    ),
    "devset37 (held out)": (
        "devset37.jsonl",
        50,
        {"f1": 0.955, "recall": 0.99, "junk_removed": 0.76},
    ),
    "devset38": (
        "devset38.jsonl",
        50,
        {"f1": 0.95, "recall": 0.99, "junk_removed": 0.74},
    ),
    "devset39 (held out)": (
        "devset39.jsonl",
        50,
        {"f1": 0.965, "recall": 0.975, "junk_removed": 0.88},
    ),
    "devset40": (
        "devset40.jsonl",
        50,
        {"f1": 0.962, "recall": 0.985, "junk_removed": 0.84},
    ),
    "devset41 (held out)": (
        "devset41.jsonl",
        50,
        {"f1": 0.965, "recall": 0.985, "junk_removed": 0.87},
    ),
    "devset42": (
        "devset42.jsonl",
        48,
        {"f1": 0.972, "recall": 0.99, "junk_removed": 0.9},
    ),
    "devset43 (held out)": (
        "devset43.jsonl",
        50,
        {"f1": 0.975, "recall": 0.99, "junk_removed": 0.91},
    ),
    "devset44": (
        "devset44.jsonl",
        48,
        {"f1": 0.98, "recall": 0.99, "junk_removed": 0.94},
    ),
    "devset45 (held out)": (
        "devset45.jsonl",
        50,
        {"f1": 0.98, "recall": 0.99, "junk_removed": 0.92},
    ),
    "devset46": (
        "devset46.jsonl",
        48,
        {"f1": 0.978, "recall": 0.99, "junk_removed": 0.91},
    ),
    "devset47 (held out)": (
        "devset47.jsonl",
        50,
        {"f1": 0.975, "recall": 0.975, "junk_removed": 0.93},
    ),
    "devset48": (
        "devset48.jsonl",
        48,
        {"f1": 0.98, "recall": 0.985, "junk_removed": 0.93},
    ),
    "devset49 (held out)": (
        "devset49.jsonl",
        50,
        {"f1": 0.98, "recall": 0.99, "junk_removed": 0.92},
    ),
    "devset50": (
        "devset50.jsonl",
        48,
        {"f1": 0.985, "recall": 0.985, "junk_removed": 0.95},
    ),
    "devset51 (held out)": (
        "devset51.jsonl",
        50,
        {"f1": 0.98, "recall": 0.99, "junk_removed": 0.925},
    ),
    "devset52": (
        "devset52.jsonl",
        48,
        {"f1": 0.98, "recall": 0.99, "junk_removed": 0.92},
    ),
    "devset53 (held out)": (
        "devset53.jsonl",
        50,
        # (0.885 since the thirty-ninth round: 0.901 of its junk became 0.894.)
        {"f1": 0.975, "recall": 0.99, "junk_removed": 0.885},
    ),
    "devset54": (
        "devset54.jsonl",
        48,
        {"f1": 0.975, "recall": 0.99, "junk_removed": 0.92},
    ),
    "devset55 (held out)": (
        "devset55.jsonl",
        50,
        {"f1": 0.955, "recall": 0.99, "junk_removed": 0.855},
    ),
    "devset56": (
        "devset56.jsonl",
        48,
        {"f1": 0.96, "recall": 0.99, "junk_removed": 0.88},
    ),
    "devset57 (held out)": (
        "devset57.jsonl",
        50,
        # (Recall 0.991: 13 body lines lost, a floor of 0.99 would leave no margin.)
        {"f1": 0.96, "recall": 0.985, "junk_removed": 0.88},
    ),
    "devset58": (
        "devset58.jsonl",
        30,
        {"f1": 0.965, "recall": 0.99, "junk_removed": 0.885},
    ),
    "devset59 (held out)": (
        "devset59.jsonl",
        50,
        {"f1": 0.945, "recall": 0.99, "junk_removed": 0.82},
    ),
    "devset60": (
        "devset60.jsonl",
        30,
        # (Recall 0.993: 4 body lines lost in 30 documents.)
        {"f1": 0.955, "recall": 0.985, "junk_removed": 0.87},
    ),
    "devset61 (held out)": (
        "devset61.jsonl",
        50,
        {"f1": 0.925, "recall": 0.99, "junk_removed": 0.755},
    ),
    "devset62": (
        "devset62.jsonl",
        30,
        {"f1": 0.945, "recall": 0.99, "junk_removed": 0.81},
    ),
    "devset63 (held out)": (
        "devset63.jsonl",
        50,
        {"f1": 0.94, "recall": 0.99, "junk_removed": 0.80},
    ),
    "devset64": (
        "devset64.jsonl",
        30,
        {"f1": 0.96, "recall": 0.99, "junk_removed": 0.85},
    ),
    "devset65 (held out)": (
        "devset65.jsonl",
        50,
        {"f1": 0.935, "recall": 0.99, "junk_removed": 0.79},
    ),
    "devset66": (
        "devset66.jsonl",
        30,
        {"f1": 0.945, "recall": 0.99, "junk_removed": 0.82},
    ),
    "devset67 (held out)": (
        "devset67.jsonl",
        50,
        {"f1": 0.91, "recall": 0.99, "junk_removed": 0.66},
    ),
    "devset68": (
        "devset68.jsonl",
        30,
        {"f1": 0.93, "recall": 0.99, "junk_removed": 0.72},
    ),
}


@FULL_GATES
@pytest.mark.parametrize("name", sorted(LATER_SETS))
def test_later_devsets_stay_above_their_floors(name):
    file_name, docs, floors = LATER_SETS[name]
    total = Tally()
    for units in load(DEFAULT_DATA.with_name(file_name)).values():
        total.add(score_document(units, {}))
    f1, _precision, recall = total.scores()
    assert total.docs == docs
    assert f1 >= floors["f1"], f1
    assert recall >= floors["recall"], recall
    assert 1 - total.junk_kept / total.junk >= floors["junk_removed"]


# The pooled sample: every GATE_SAMPLE_EVERY-th document (by id) of devset.jsonl and every
# later set, held out or studied: 463 documents. Floors a little under the measured scores
# (F1 0.975, recall 0.9986, junk removed 0.867; 0.842 uncleaned).
SAMPLE_FLOORS = {"f1": 0.97, "recall": 0.996, "junk_removed": 0.85}


def sample_tally() -> Tally:
    total = Tally()
    for file_name in ["devset.jsonl", *(file for file, _docs, _floors in LATER_SETS.values())]:
        docs = load(DEFAULT_DATA.with_name(file_name))
        for doc_id in sorted(docs)[::GATE_SAMPLE_EVERY]:
            total.add(score_document(docs[doc_id], {}))
    return total


def test_a_sample_of_every_devset_stays_above_its_floors():
    total = sample_tally()
    f1, _precision, recall = total.scores()
    assert total.docs >= 400
    assert f1 >= SAMPLE_FLOORS["f1"], f1
    assert recall >= SAMPLE_FLOORS["recall"], recall
    assert 1 - total.junk_kept / total.junk >= SAMPLE_FLOORS["junk_removed"]
    assert f1 > total.scores(cleaned=False)[0] + 0.08  # cleaning must pay off clearly


# Other text layouts (benchmarks/devset.py --layouts): the same documents hard-wrapped at 72
# columns and run together on one line. Floors a little under the measured scores of two
# studied sets (BENCHMARKS.md, "Text layouts"); before the segmenter undid these layouts,
# dev set 22 scored 0.885 wrapped and 0.581 run together. (Dev set 1's recall floor is
# 0.985 since the twenty-ninth round: its model reads a French article's closing line,
# "Vous avez d'autres questions ? Écrivez-nous ... nous y répondrons dans un prochain
# article", as an appeal, in every layout: BENCHMARKS.md.)
LAYOUT_FLOORS = {
    ("devset.jsonl", "wrapped"): {"f1": 0.975, "recall": 0.985, "junk_removed": 0.91},
    ("devset.jsonl", "run together"): {"f1": 0.905, "recall": 0.975, "junk_removed": 0.58},
    ("devset22.jsonl", "wrapped, no blank lines"): {
        "f1": 0.935,
        "recall": 0.99,
        "junk_removed": 0.68,
    },
    ("devset22.jsonl", "run together"): {"f1": 0.88, "recall": 0.97, "junk_removed": 0.42},
}


@pytest.mark.parametrize(("file_name", "layout"), sorted(LAYOUT_FLOORS))
def test_other_layouts_stay_above_their_floors(file_name, layout):
    floors = LAYOUT_FLOORS[(file_name, layout)]
    total = Tally()
    for units in load(DEFAULT_DATA.with_name(file_name)).values():
        total.add(score_document(units, {}, layout))
    f1, _precision, recall = total.scores()
    assert f1 >= floors["f1"], f1
    assert recall >= floors["recall"], recall
    assert 1 - total.junk_kept / total.junk >= floors["junk_removed"]
