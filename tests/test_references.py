"""An article's list of sources at its end goes as meta; a study the story reports stays."""

from __future__ import annotations

import cleaner
from cleaner.references import citation, sources_heading

STORY = [
    "Why so many adults wake at four in the morning",
    "Waking before dawn and lying awake for an hour is one of the most common sleep "
    "complaints that family doctors hear, and most of the time it is harmless, sleep "
    "researchers at the Halden Sleep Clinic say.",
    "Towards morning the body spends less time in deep sleep, so short awakenings become "
    "more likely. Alcohol in the evening, a warm bedroom and worry all make it harder to "
    "drift off again, the clinic's director, Dr Mara Lindqvist, explained.",
    "A trial published last year in the Nordic Journal of Sleep (2024, vol. 12, pp. 40-52) "
    "found that getting up after twenty minutes and reading in dim light shortened the time "
    "awake by about a third compared with staying in bed.",
    "Doctors advise seeing a specialist when early waking comes with low mood, loud snoring "
    "or tiredness that lasts through the day for several weeks.",
    "For most people, the researchers said, a regular getting-up time and a cooler bedroom "
    "are the simplest changes to try first.",
]


def _removed(paragraphs: list[str], **options: object) -> dict[str, tuple[str, tuple[str, ...]]]:
    result = cleaner.clean("\n\n".join(paragraphs), "text", **options)
    return {d.unit.text: (d.label, d.reasons) for d in result.decisions if d.label != "body"}


def test_a_sources_list_under_an_explainer_goes_as_meta():
    sources = [
        "References",
        "1. Lindqvist, M. et al. (2024). Early waking in adults. Nordic Journal of Sleep, "
        "12(2), 40-52.",
        "2. Halden Sleep Clinic. Patient guide to insomnia, 2023 edition.",
    ]
    removed = _removed(STORY + sources)
    for line in sources:
        assert removed[line][0] == "meta"
        assert "context:source_list" in removed[line][1]
    assert not any(paragraph in removed for paragraph in STORY)


def test_a_study_the_story_reports_is_no_list():
    removed = _removed(STORY)
    assert STORY[3] not in removed
    assert not any("context:source_list" in reasons for _, reasons in removed.values())


def test_a_sources_heading_over_prose_removes_nothing_as_a_list():
    note = (
        "We spoke to six sleep nurses and two patients for this article; their names are "
        "known to the editors."
    )
    removed = _removed([*STORY, "Sources", note])
    assert not any("context:source_list" in reasons for _, reasons in removed.values())


def test_sources_lists_in_other_languages_and_a_labelled_line():
    german = [
        "Warum so viele Erwachsene um vier Uhr morgens aufwachen",
        "Früh aufzuwachen und eine Stunde wach zu liegen, gehört zu den häufigsten "
        "Schlafbeschwerden, die Hausärztinnen und Hausärzte hören, berichten Forschende der "
        "Schlafambulanz in Halden.",
        "Gegen Morgen verbringt der Körper weniger Zeit im Tiefschlaf, deshalb werden kurze "
        "Wachphasen wahrscheinlicher. Alkohol am Abend und ein warmes Schlafzimmer machen das "
        "Wiedereinschlafen schwerer, erklärte die Leiterin der Ambulanz.",
        "Wer länger als einige Wochen tagsüber müde ist, sollte die Beschwerden ärztlich "
        "abklären lassen, raten die Fachleute.",
        "Quellen",
        "Lindqvist M., Berg T.: Frühes Erwachen bei Erwachsenen. Schlafmedizin heute 2024; "
        "12: 40–52",
    ]
    removed = _removed(german)
    assert removed["Quellen"][0] == removed[german[-1]][0] == "meta"
    labelled = "Quellen: Berg T. (2023). Schlaf und Alter. Halden: Verlag am See."
    assert _removed([*german[:-2], labelled])[labelled][0] == "meta"
    assert sources_heading("参考文献") and sources_heading("المراجع") and sources_heading("Källor")


def test_the_caller_may_keep_meta():
    sources = ["References", "1. Lindqvist, M. (2024). Early waking. Sleep, 12(2), 40-52."]
    removed = _removed(STORY + sources, keep=["meta"])
    assert not any("context:source_list" in reasons for _, reasons in removed.values())


def test_a_citation_is_a_short_line_with_a_year_or_a_link():
    assert citation("2. Halden Sleep Clinic. Patient guide to insomnia, 2023 edition.")
    assert citation("1）田村 誠 ほか「住宅内の熱中症」日本救急医療雑誌 २०२२; 33(4): 201-209")
    assert citation("https://doi.org/10.1000/sleep.2024.17")
    assert not citation("Halden Sleep Clinic, patient guide to insomnia")
    assert not citation("In 2024 " + "the clinic treated more patients than ever. " * 12)


def test_a_disclaimer_between_the_article_and_its_sources_goes_with_them():
    disclaimer = (
        "Материал носит информационный характер и не заменяет консультацию врача. Перед "
        "приёмом любых добавок посоветуйтесь со специалистом."
    )
    story = [
        "Витамин D зимой: кому он действительно нужен",
        "Зимой в северных регионах солнца мало, и у многих взрослых уровень витамина D "
        "снижается, рассказали эндокринологи областной больницы.",
        "Врачи советуют сначала сдать анализ крови, а не покупать добавки наугад: при "
        "длительном приёме больших доз витамин D накапливается в организме, отметила "
        "заведующая отделением Ирина Соколова.",
        "Из продуктов витамин D можно получить из жирной рыбы, яичных желтков и обогащённого "
        "молока, добавили специалисты.",
    ]
    sources = [
        "Источники:",
        "1. Морозова Е. А. Статус витамина D у взрослых // Вестник эндокринологии. 2022. "
        "№ 3. С. 14–22.",
    ]
    removed = _removed([*story, disclaimer, *sources])
    # (Removed by the sources list's context, or by the first pass on its own cue: the
    # model retrained in the twenty-ninth round reads it as legal by itself.)
    assert removed[disclaimer][0] == "legal"
    assert (
        "context:source_list" in removed[disclaimer][1]
        or "rule:not_advice" in (removed[disclaimer][1])
    )
    assert not any(paragraph in removed for paragraph in story)
