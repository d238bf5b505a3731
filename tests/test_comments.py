"""Reader comments under a post: the thread under a comments heading goes, a transcript's
or an interview's turns stay."""

from __future__ import annotations

from conftest import assert_lossless

from cleaner.readers import dashed_reader_line, reader_line, signed_line

POST = "\n\n".join(
    [
        "How I finally got basil to grow on a north-facing balcony",
        "For three summers my basil sulked. It grew tall and thin, dropped its lower leaves"
        " and flowered before I had picked a single good handful for a pesto.",
        "This year I moved the pots to the railing, where they get two more hours of light"
        " in the evening, and I watered only when the top of the soil was dry.",
        "The difference was obvious within a fortnight: shorter plants, darker leaves and"
        " enough basil for a jar of pesto every week until the end of August.",
        "14 Comments",
        "Pieter: Good piece! I have a north balcony too, does this work for lettuce as well?",
        "Marcus T. — February 13, 2025 at 7:42 am: Tried the railing trick last month and"
        " my plants look much better already.",
        "Pieter: Thanks! I will try it with lettuce next spring and report back here.",
        "Leave a Reply. Your email address will not be published.",
    ]
)


def test_readers_lines_under_a_comments_heading_go(cleaner):
    result = cleaner.clean(POST, kind="text")
    assert_lossless(POST, result)
    assert result.text.startswith("How I finally got basil")
    assert "Pieter:" not in result.text and "Marcus T." not in result.text
    thread = [d for d in result.decisions if "context:comment_thread" in d.reasons]
    assert {d.label for d in thread} == {"comments"}
    assert len(thread) == 3  # a reader who writes twice is still a reader


def test_a_caller_who_keeps_comments_keeps_the_thread():
    from cleaner import Cleaner, CleanerConfig

    result = Cleaner(CleanerConfig(keep=("comments",))).clean(POST, kind="text")
    assert "Pieter: Good piece!" in result.text


def test_a_reader_line_opens_with_a_name_and_a_colon():
    assert reader_line("Zsuzsa: A mi családunkban is mindig a tetejére tettük a tejfölt.")
    assert reader_line("Heike S. schrieb am 2. Mai 2024: Danke für den ehrlichen Test!")
    assert reader_line("नरगिस: मेरी माँ भी सब्ज़ी को ऐसे ही धीरे-धीरे भूनती हैं, धन्यवाद।")
    # A field and its value, and a sentence that happens to hold a colon.
    assert not reader_line("Weight: 610 g")
    assert not reader_line("The plan was simple. it had one step: water less often.")


def test_a_speaker_who_spoke_before_the_heading_keeps_the_turns(cleaner):
    text = "\n\n".join(
        [
            "ANA: Welcome back to the show. Today we talk about the harbour and the market"
            " that the town almost lost last winter.",
            "LEO: Thanks, Ana. It was close, and the fishermen still talk about that night.",
            "ANA: So what happened when the roof came down in the storm, in your words?",
            "Comments",
            "LEO: The whole market stood in the rain for a week before anyone came to help us.",
        ]
    )
    result = cleaner.clean(text, kind="text")
    assert "LEO: The whole market stood in the rain" in result.text


PORTUGUESE_POST = "\n\n".join(
    [
        "Como cortei metade das minhas assinaturas em uma tarde",
        "Em março abri as faturas do cartão dos últimos três meses e marquei com caneta"
        " tudo o que se repetia: streaming, aplicativos, uma nuvem que eu nem usava mais.",
        "A soma passava de trezentos reais por mês, quase o valor da conta de luz e de"
        " internet juntas, e metade daquilo eu não abria havia mais de um semestre.",
        "Cancelei cinco serviços na mesma tarde e anotei na agenda uma data para rever"
        " cada um dos que ficaram, porque o esquecimento é o que mantém a cobrança viva.",
        "23 comentários",
        "Renata: Fiz o mesmo depois de ler o post e achei um antivírus de um notebook que"
        " eu nem tenho mais, cobrado todo mês.",
        "Joana Prates: Que boa ideia a data na agenda, vou copiar isso no mês que vem.",
    ]
)


def test_a_thread_whose_readers_read_as_body_loses_its_count_too(cleaner):
    # The readers' lines read as people speaking, which once stretched the article over
    # them and kept the count line inside it.
    result = cleaner.clean(PORTUGUESE_POST, kind="text")
    assert_lossless(PORTUGUESE_POST, result)
    assert "Cancelei cinco serviços" in result.text
    assert "23 comentários" not in result.text
    assert "Renata:" not in result.text and "Joana Prates:" not in result.text


def test_no_thread_starts_where_the_names_spoke_above():
    from cleaner.features import make_inputs
    from cleaner.readers import thread_start

    lines = [
        "Renata: We began the cooperative with nine families and one borrowed truck.",
        "The cooperative now sells to four schools in the district and two hospitals.",
        "Comments",
        "Renata: And next year we want to add a second truck for the northern villages.",
    ]
    heading = [False, False, True, False]
    assert thread_start(make_inputs(lines), heading, [0, 1, 3]) is None
    readers = ["Joana: A second truck would change everything for the northern villages."]
    assert thread_start(make_inputs(lines[1:3] + readers), heading[1:], [0, 2]) == 1


OBITUARY = "\n\n".join(
    [
        "Eileen Margaret Doyle",
        "Eileen Margaret Doyle, 88, of Fenwick Bay, died peacefully on Friday at the Bayview"
        " care home with her daughters at her side, a week after her last game of euchre.",
        "Born on a farm outside Fenwick Bay, she trained as a nurse in Kingston and worked"
        " for 36 years on the maternity ward of the town's hospital, where she delivered"
        " more babies than anyone could count.",
        "A funeral Mass will be celebrated on Tuesday at 11 a.m. at St. Brigid's Church."
        " In lieu of flowers, donations to the hospital foundation would be appreciated.",
        "Sign the Guest Book",
        "Our deepest sympathies. Eileen was my nurse when my twins were born and I never"
        " forgot her calm voice. — Patricia R., Fenwick Bay",
        "Euchre won't be the same without her. Rest easy, partner. — Gord and Lynn",
    ]
)


def test_a_guest_books_signed_entries_under_its_prompt_go(cleaner):
    result = cleaner.clean(OBITUARY, kind="text")
    assert_lossless(OBITUARY, result)
    assert "In lieu of flowers" in result.text
    assert "Patricia R." not in result.text and "Gord and Lynn" not in result.text
    removed = {d.unit.text: d.label for d in result.decisions if d.removed}
    assert (
        removed["Euchre won't be the same without her. Rest easy, partner. — Gord and Lynn"]
        == "comments"
    )


def test_a_signed_line_ends_on_a_signature_after_a_dash():
    assert signed_line("Rest easy, Marg. A true lady of the district. — The Magpies committee")
    assert signed_line("Dumnezeu să-l odihnească! Un om de aur. – Familia Vasilescu")
    # A dash inside a story's sentence, a list item, a signature that is a sentence.
    assert not signed_line("The council voted 7-2 — a clear majority for the plan.")
    assert not signed_line("Mill Lane — closed until Friday")
    assert not signed_line("Street closures: Mill Lane - Oak Street - Elm Road")
    assert not signed_line("The plan failed. — J. Smith wrote.")


BLOCKS = "\n\n".join(
    [
        "Fałszywe SMS-y o dopłacie do paczki wracają",
        "Oszuści znowu rozsyłają wiadomości o rzekomej dopłacie do przesyłki. Link prowadzi"
        " do strony, która wygląda jak serwis przewoźnika i prosi o dane karty płatniczej.",
        "Eksperci przypominają, że prawdziwe wiadomości od przewoźników zawierają pełny numer"
        " przesyłki i prowadzą wyłącznie do oficjalnej aplikacji lub strony.",
        "Komentarze (64)",
        "marek_z_lodzi",
        "Dostałem dziś dwa takie SMS-y, jeden nawet z moim imieniem. Skąd oni to mają?",
        "Ola",
        "Moja mama prawie zapłaciła. Dobrze, że zadzwoniła najpierw do mnie.",
    ]
)


def test_name_and_comment_blocks_under_a_heading_go(cleaner):
    result = cleaner.clean(BLOCKS, kind="text")
    assert_lossless(BLOCKS, result)
    assert "Eksperci przypominają" in result.text
    assert "marek_z_lodzi" not in result.text and "Moja mama" not in result.text


def test_a_subheading_and_a_long_paragraph_after_a_count_stay(cleaner):
    text = (
        BLOCKS.split("\n\nmarek_z_lodzi")[0]
        + "\n\n"
        + "\n\n".join(
            [
                "Co robić",
                "Jeśli podałeś dane karty, natychmiast zadzwoń do banku i zastrzeż kartę; numer"
                " znajdziesz na odwrocie karty lub w aplikacji. Potem sprawdź historię transakcji"
                " i limity, zgłoś SMS operatorowi komórkowemu, zawiadom policję i zachowaj zrzuty"
                " ekranu wiadomości oraz strony, na którą prowadził link, bo przydadzą się"
                " w postępowaniu. Bank ma obowiązek rozpatrzyć reklamację nieautoryzowanej"
                " transakcji w ciągu kilkunastu dni roboczych, a w prostych sprawach zwraca"
                " pieniądze już następnego dnia, zanim skończy wyjaśniać, co się stało, i kto"
                " odpowiada za stratę klienta.",
            ]
        )
    )
    result = cleaner.clean(text, kind="text")
    assert "Co robić" in result.text and "Jeśli podałeś dane karty" in result.text


def test_dated_comment_blocks_under_a_heading_go(cleaner):
    text = BLOCKS.replace("marek_z_lodzi", "14/03/2026 à 12h03").replace(
        "Ola", "14/03/2026 à 13h47"
    )
    result = cleaner.clean(text, kind="text")
    assert "Eksperci przypominają" in result.text
    assert "Dostałem dziś" not in result.text and "Moja mama" not in result.text


RECIPE = "\n\n".join(
    [
        "Tarte aux poireaux et au comté",
        "Une tarte simple pour les soirs d'hiver, prête en moins d'une heure, avec des poireaux"
        " fondus doucement au beurre et un comté bien affiné râpé juste avant d'enfourner.",
        "1. Émincez les poireaux et faites-les fondre vingt minutes à feu doux avec le beurre.",
        "2. Étalez la pâte, garnissez, versez l'appareil et enfournez trente minutes à 190 °C.",
        "Notez cette recette : ☆☆☆☆☆",
        "Mes astuces",
        "Pour une version plus légère, remplacez la crème par du fromage blanc battu.",
        "12 commentaires",
        "Claire — 11 février 2025 : faite hier soir avec du beaufort, un régal.",
    ]
)


def test_a_recipes_rating_prompt_heads_no_blocks(cleaner):
    result = cleaner.clean(RECIPE, kind="text")
    assert "Mes astuces" in result.text and "fromage blanc battu" in result.text


FORUM = "\n\n".join(
    [
        "El joc perdut de l'Amstrad que vaig trobar en una cinta dels Encants",
        "Fa un mes vaig comprar una capsa de cintes de casset a un paradista dels Encants per"
        " tres euros. Entre jocs coneguts n'hi havia una sense etiqueta, escrita a mà.",
        "Era un joc de plataformes fet a Terrassa el 1987 per dos germans, que mai no es va"
        " vendre a les botigues. L'he digitalitzat i l'he enviat a l'arxiu de preservació.",
        "7 comentaris:",
        "Marta R. — Jo tenia aquest joc! El meu germà el va llançar per la finestra de la ràbia.",
        "pixelvell — L'Amstrad el tenia un amic de Terrassa, li preguntaré.",
    ]
)


def test_readers_set_off_by_a_dash_under_the_comment_section_go(cleaner):
    result = cleaner.clean(FORUM, kind="text")
    assert_lossless(FORUM, result)
    assert "arxiu de preservació" in result.text
    assert "Marta R." not in result.text and "pixelvell" not in result.text
    thread = [d for d in result.decisions if "context:comment_thread" in d.reasons]
    assert {d.label for d in thread} == {"comments"} and len(thread) == 2


def test_a_dashed_reader_line_opens_with_a_short_name():
    assert dashed_reader_line("pixelvell — L'Amstrad el tenia un amic de Terrassa, li preguntaré.")
    assert dashed_reader_line("marta.fvg · 22 gen 2025 — Anche a me è successo, con il calcare.")
    # A list's line, a dateline, a sentence before the dash, a value after it.
    assert not dashed_reader_line("Onion, garlic and two green chillies – 1 each, finely chopped")
    assert not dashed_reader_line("The council voted on Monday. it was close — 7 to 2 in favour")
    assert not dashed_reader_line("Mill Lane — closed until Friday")


def test_a_comment_policy_and_a_newsletter_line_in_a_reported_tone_go_after_the_article(
    cleaner,
):
    story = [
        "The harbour ferry will keep running through the winter for the first time since "
        "1987, after councillors agreed on Tuesday to cover the operator's losses.",
        "The route to Skarvøy has stopped every October, leaving the island's two hundred "
        "residents to rely on a private water taxi until the spring.",
        "Councillors voted eleven to four to guarantee up to 90,000 euros a year, enough "
        "for four crossings a day in each direction on weekdays.",
    ]
    for tail, label in (
        (
            "45 comentários | Os comentários são da responsabilidade dos seus autores e não "
            "refletem a opinião do jornal.",
            "comments",
        ),
        (
            "**Briefing** – Recevez chaque soir à 18 h les nouvelles de la côte. "
            "[Je m'inscris](https://echo-cote.example/lettre)",
            "newsletter",
        ),
    ):
        text = "\n\n".join([*story, tail])
        result = cleaner.clean(text, kind="text")
        assert [r.label for r in result.removed] == [label]
        assert result.text.rstrip() == "\n\n".join(story)
        assert_lossless(text, result)
