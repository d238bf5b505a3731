"""The issuer's self-description at a release's end when it has no "About" heading.

Many releases end with the issuer's standard paragraphs and no heading over them:
"Norvik Systems is a global provider of fleet software ... / Norvik Systems is
headquartered in Oslo, employs around 900 people and is listed on Euronext Oslo." Read
alone, each is third-person prose about a company, as the story is. What gives them away
is where they stand and what they say: they are the last paragraphs the cleaner keeps,
below most of the article's text; the first defines the company ("<Name> is a ..."),
each one opens with the same name, and together they give the company's standing facts
(its seat, its staff, its listing, its founding, its reach, its web address), at least
two kinds of them. Those units are removed as `meta` (`context:issuer_profile`), as
issuer.py removes a headed "About" section.

A story's closing background ("Norvik, which employs 900 people, said ...") does not
open with the name and a definition, and a story that ends on one fact is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from .features import UnitInput
from .issuer import TAIL_SHARE  # (it stands where a headed description does)
from .verdicts import Verdict, remove_found, tail_start

PROFILE_SCORE = 0.9
# Paragraphs the description holds at most, and a paragraph's longest length.
PROFILE_UNITS = 3
PARAGRAPH_CHARS = 900
# Kinds of standing facts the description gives at least.
FACT_KINDS = 2
# A name is at most this many words.
NAME_WORDS = 6

# "<Name> is a/an/the/one of ...", per language, or "<Name> <legal form> develops ...";
# the name may carry its legal form and ticker ("Norvik Systems ASA (OSE: NSYS) is a
# ..."). Languages without articles define with the verb alone ("jest bankiem", "on
# suomalainen yhtiö").
_LEGAL_FORMS = (
    r"Inc|Ltd|LLC|plc|PLC|Corp|Co|AG|SE|GmbH|SA|S\.A|SAS|SARL|S\.L|Ltda|ASA|AB|AS|A/S|a\.s|"
    r"NV|N\.V|BV|B\.V|U\.A|Oyj|Oy|S\.p\.A|SpA|S\.r\.l|Srl|Kft|Zrt|Nyrt|sp\. z o\.o"
)
_BE = r"is|are|ist|sind|est|sont|es|son|è|sono|é|são|zijn|är|er"
# ... and in languages without articles, where the verb alone opens the definition.
_BE_BARE = r"jest|są|on|ovat|je|jsou|sú"
_ARTICLE = (
    r"a|an|the|one of the|one of|ein|eine|einer|der|die|das|un|une|le|la|l'|l’|una|uno|el|"
    r"il|lo|um|uma|o|een|de|het|en|ett|et"
)
_ONE_OF = r"jednym z|jedną z|jedním z|jednou z|jedným z|yksi"
# A company says what it does: "Quillbrook Systems, Inc. (NASDAQ: QLBK) develops ...". A
# name with neither a legal form nor a ticker saying so is a story's sentence.
_DOES = (
    r"develops|designs|makes|manufactures|produces|provides|operates|offers|builds|supplies|"
    r"entwickelt|produziert|bietet|betreibt|développe|conçoit|fabrique|produit|exploite|"
    r"desarrolla|fabrica|produce|opera|sviluppa|progetta|desenvolve|ontwikkelt|produceert|"
    r"levert|utvecklar|tillverkar|utvikler|produserer|udvikler|producerer|tilbyder|tilbyr|"
    r"erbjuder|rozwija|produkuje|kehittää|valmistaa|vyvíjí|vyrábí"
)
_DEFINES = re.compile(
    rf"(?P<name>[^\W_][^\s,:;()]*(?: [^\s,:;()]+){{0,{NAME_WORDS - 1}}}?)"
    rf"(?P<legal>,? (?:{_LEGAL_FORMS})\.?)?"
    r"(?P<ticker>,? \([^()]{1,40}\))?,? "
    rf"(?:(?:{_BE}) (?:{_ARTICLE})|(?:{_BE_BARE})(?: (?:{_ONE_OF}))?|(?P<does>{_DOES}))\b"
)

# What the definition calls the issuer, within DEFINITION_CHARS of the verb and before its
# noun phrase ends, maybe inside a compound ("programvareselskap", "elintarvikeyhtiö"): a
# company or another organisation ("is a family-owned provider of ...", "ist ein
# Hersteller von ..."), not a person ("is a former engineer").
DEFINITION_CHARS = 120
_ORGANISATION = re.compile(
    r"(compan(y|ies)|provider|supplier|manufacturer|maker|developer|producer|operator|"
    r"group|firm|business|bank|insurer|retailer|distributor|platform|organi[sz]ation|"
    r"foundation|charity|cooperative|co-operative|association|institute|university|leader|"
    r"pioneer|specialist|agency|network|brand|publisher|studio|club|start-?up|subsidiary|"
    r"holding|consultancy|enterprise|utility|"
    r"unternehmen|anbieter|hersteller|konzern|gruppe|dienstleister|spezialist|entwickler|"
    r"marktführer|händler|betreiber|genossenschaft|stiftung|verein|institut|versicherer|"
    r"entreprise|société|fournisseur|fabricant|groupe|spécialiste|éditeur|opérateur|acteur|"
    r"coopérative|fondation|banque|"
    r"empresa|compañía|proveedor|fabricante|grupo|líder|operador|fundación|asociación|banco|"
    r"azienda|società|fornitore|produttore|gruppo|fondazione|associazione|banca|"
    r"companhia|fornecedor|operadora|fundação|associação|"
    r"bedrijf|onderneming|leverancier|fabrikant|producent|groep|aanbieder|coöperatie|"
    r"stichting|vereniging|"
    r"företag|bolag|leverantör|tillverkare|koncern|grupp|selskab|virksomhed|leverandør|"
    r"produsent|konsern|selskap|"
    r"firma|spółka|dostawca|yritys|yhtiö|toimittaja|valmistaja|konserni|společnost|výrobce|"
    r"dodavatel|skupina|productor|produtor|ontwikkelaar|software house|selskap|selskab|"
    r"výrob|podnik|przedsiębiorstw|wytwórc|versorger|manufactur|bankiem|operátor)",
    re.IGNORECASE,
)

# Where the definition's noun phrase ends: a clause, a bracket or an "of"-phrase ("is a
# former engineer who has run the company" calls no company anything).
_CLAUSE_END = re.compile(
    r"[,.;:()]|\s(?:who|which|that|whose|der|die|das|qui|que|quien|che|som|który|która|"
    r"jonka|který|která|of|von|de|du|des|di|del|da|do|van|av|af|z|ze|with|mit|avec|con|"
    r"com|met|med|for|für|pour|para|per|voor)\s",
    re.IGNORECASE,
)

# The kinds of standing facts a company gives about itself, in the languages whose
# releases carry such paragraphs most.
_FACTS = {
    "seat": (
        r"headquartered|headquarters|head office|\bbased in\b|(haupt)?sitz (in|im)\b|"
        r"\bmit sitz\b|hauptsitz|siège|basée? à|\bsede (en|em|a|in|central|social)\b|"
        r"con sede|ha (tuttora |la sua )?sede|sediada|hoofdkantoor|gevestigd|huvudkontor|"
        r"hovedkontor|hovedsæde|siedzib|sídl[oí]|pääkonttori|kotipaikka"
    ),
    "staff": (
        r"\bemploys\b|\bemployees\b|\bstaff of\b|\d staff\b|people (worldwide|globally|in \d+)|"
        r"mitarbeiter|mitarbeitend|beschäftig|collaborateurs|salariés|emploie|empleados|"
        r"\bemplea\b|plantilla de|trabajadores|dipendenti|impiega|funcionários|colaboradores|"
        r"medewerkers|anställda|\bansatte\b|medarbejdere|beskæftiger|pracowników|zatrudnia|"
        r"zaměstnáv|zamestnáv|työllistää|henkilöä|työntekijää"
    ),
    "listing": (
        r"\blisted on\b|stock exchange|\b(euronext|xetra|nasdaq|nyse)\b|börsennotiert|"
        r"an der börse|cotée|cotizada|quotata|cotada|beursgenoteerd|börsnoterat|børsnotert|"
        r"notowan|pörssi"
    ),
    "founded": (
        r"\b(founded|established|incorporated) in\b|\bsince (18|19|20)\d\d\b|gegründet|"
        r"fondée?|fundad[ao]|fondata|opgericht|grundad|grundlagt|grunnlagt|stiftet|założon|"
        r"založen|perustettu"
    ),
    "reach": (
        r"\b(in|across) (over |more than |some |about )?\d+ (countries|markets)|"
        r"\d+ (ländern|länder|pays|países|paesi|landen|lande|krajach|zemí|maassa)\b|"
        r"worldwide|weltweit|dans le monde|en el mundo|nel mondo|no mundo"
    ),
    "web": (
        r"www\.|https?://|for more information|learn more at|visit (us at|our website|"
        r"www)|weitere informationen|"
        r"mehr unter|plus d'informations|más información|maggiori informazioni|"
        r"mais informações|meer informatie|mer information|mere information"
    ),
}
_FACT_PATTERNS = {kind: re.compile(pattern, re.IGNORECASE) for kind, pattern in _FACTS.items()}
# A market's or a security's code is written in capitals ("six countries" names none).
_MARKET_CODES = re.compile(r"\b(TSX|TSXV|ASX|LSE|AIM|SIX|OTCQX|OTC|HKEX|SGX|ISIN|WKN)\b")


def fact_kinds(text: str) -> set[str]:
    """The kinds of a company's standing facts a paragraph gives."""
    kinds = {kind for kind, pattern in _FACT_PATTERNS.items() if pattern.search(text)}
    if _MARKET_CODES.search(text):
        kinds.add("listing")
    return kinds


# Words a name may open with or hold in lower case ("The Harbour Trust", "Banco de la
# Costa"), and the pronouns and articles that open a sentence about someone instead.
_ARTICLES = frozenset("the die der das le la les el los las il lo i gli de het".split())
_CONNECTORS = frozenset("of and for de del della di du des der für und y e et en van von".split())
_PRONOUNS = frozenset(
    "he she it they we this that these those there here er sie es wir il elle ils elles "
    "on ce cela él ella ellos esto eso lui lei esso essa ele ela hij zij ze het dit dat "
    "han hon hen den det".split()
)


def defined_name(text: str) -> str | None:
    """The organisation a paragraph opens by defining ("Norvik Systems is a provider of
    ..."), or None: a name's words start with a capital or a digit ("The minister is a
    ..." defines no one) and the definition calls it an organisation ("Ragna Holt is a
    former engineer" defines a person)."""
    text = text.lstrip()
    found = _DEFINES.match(text)
    if not found:
        return None
    if found.group("does"):
        if not (found.group("legal") or found.group("ticker")):
            return None
    else:
        # The definition's own words: up to its first clause or phrase after the noun.
        rest = text[found.end() : found.end() + DEFINITION_CHARS]
        if not _ORGANISATION.search(_CLAUSE_END.split(rest, 1)[0]):
            return None
    words = found.group("name").split()
    if words[0].lower() in _PRONOUNS and len(words) == 1:
        return None
    if words[0].lower() in _ARTICLES:
        words = words[1:]
    if not words or not all(
        word[0].isupper() or word[0].isdigit() or word in _CONNECTORS for word in words
    ):
        return None
    return " ".join(words)


def find_profile(inputs: Sequence[UnitInput], kept: Sequence[bool]) -> list[int]:
    """The units of a headless issuer description: the last kept paragraphs, in the
    tail, that open with the name the first of them defines and give FACT_KINDS kinds of
    standing facts between them (`kept`: whether each unit is kept now)."""
    start = tail_start(inputs, kept, TAIL_SHARE)
    if start is None:
        return []
    last_kept = [i for i in range(len(inputs)) if kept[i]][-PROFILE_UNITS:]
    # The description is the run's end: try its longest tail first.
    for first in range(len(last_kept)):
        run = last_kept[first:]
        if run[0] < start or any(len(inputs[i].text) > PARAGRAPH_CHARS for i in run):
            continue
        name = defined_name(inputs[run[0]].text)
        if not name:
            continue
        opening = name.split()[0]
        if not all(opening in inputs[i].text.split()[:3] for i in run):
            continue
        kinds = set().union(*(fact_kinds(inputs[i].text) for i in run))
        if len(kinds) >= FACT_KINDS:
            return run
    return []


def remove_profile(
    verdicts: Sequence[Verdict],
    inputs: Sequence[UnitInput],
    threshold: float,
    keep: Collection[str] = (),
) -> list[Verdict]:
    """Remove a headless issuer description as `meta` (unless the caller keeps `meta` or
    asks for more certainty than PROFILE_SCORE)."""
    return remove_found(
        verdicts,
        lambda: find_profile(inputs, [verdict[0] == "body" for verdict in verdicts]),
        "meta",
        "context:issuer_profile",
        PROFILE_SCORE,
        threshold,
        keep,
    )
