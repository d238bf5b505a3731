"""Short settled prose the first pass reads as an appeal is read after all (features.py,
model.py): the voice word lists miss many languages' address forms, so an appeal without a
word they know looks like news prose to them. Real model, invented Romanian text."""

from __future__ import annotations

import cleaner
from cleaner.features import make_inputs
from cleaner.model import load_model

NEWS = [
    "Consiliul local din Valea Mare a aprobat bugetul pe anul viitor",
    "Consilierii locali din Valea Mare au aprobat marți seara bugetul comunei pentru anul "
    "viitor, după o ședință care a durat aproape patru ore și în care opoziția a cerut mai "
    "mulți bani pentru drumuri.",
    "Primarul Ion Dobre a spus că cea mai mare parte a banilor va merge spre reabilitarea "
    "școlii din sat și spre extinderea rețelei de apă, lucrări amânate de doi ani din lipsă "
    "de fonduri.",
    "Opoziția a votat împotrivă, argumentând că drumurile comunale din satele de pe deal "
    "rămân nepietruite și că locuitorii de acolo plătesc aceleași taxe ca cei din centru.",
]
# The story reports on the outlet's prices in news voice: body.
REPORT = (
    "Gazeta de Vale a anunțat marți că abonamentul digital va costa zece lei pe lună din "
    "martie, iar abonații actuali își vor păstra prețul vechi până la sfârșitul anului, a "
    "precizat editorul."
)
PAYWALL = (
    "Acest articol este disponibil gratuit. Pentru acces nelimitat la toate articolele "
    "Gazetei de Vale alege abonamentul digital: prima lună costă un leu, apoi zece lei pe lună."
)


def test_the_word_lists_take_the_paywall_note_for_news_prose():
    (item,) = make_inputs([PAYWALL])
    assert item.settled and item.news_voice and not item.hits


def test_a_settled_unit_the_first_pass_reads_as_an_appeal_is_read_and_removed():
    ((scores, inputs),) = load_model().first_pass([[*NEWS, REPORT, PAYWALL]])
    paywall, report = inputs[-1], inputs[-2]
    assert paywall.read_as_appeal and not paywall.settled
    assert paywall.calls_reader and not paywall.news_voice and paywall.hits  # every rule ran
    assert report.settled and not report.read_as_appeal

    result = cleaner.clean("\n\n".join([*NEWS, REPORT, PAYWALL]), "text")
    labels = [d.label for d in result.decisions]
    assert labels == ["body"] * 5 + ["subscription"]
    assert REPORT in result.text and PAYWALL not in result.text
