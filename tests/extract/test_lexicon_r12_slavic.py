"""Cue words of the Slavic language files whose everyday sense is not the cue's, narrowed to the phrases that carry it.

These sentences were written for the tests. Each trap sentence uses a cue word in its common other sense (a pilot
"wykonał lot", a government "zavedla sankce", volunteers "зібрали кошти", a minister "изнесе данни", crews "освоили"
a tank, a "серийный номер") and must read no fact of it; each guard sentence shows the cue's own sense still read. They
test the language files, never how well extraction does on real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of

# (text, language, a triple the word's other sense made up)
TRAPS = [
    # Russian: "наладить отношения", "сделать заявление/выбор", "появились сообщения", "собрались" (gathered),
    # "освоили" (crews mastered), "серийный номер", "направила" (deployed), "базирующиеся" (based at an airfield),
    # "произведение" (a work of literature), "построение отношений"
    ("Индия смогла наладить отношения с Россией, а танк Т-90 остается основным.", "ru",
     ("T-90", "made_in_country", "India")),
    ("Министр сделал заявление о танке Т-90 в Индии.", "ru", ("T-90", "made_in_country", "India")),
    ("Индия сделала выбор в пользу Т-90 в 2001 году.", "ru", ("T-90", "made_in_country", "India")),
    ("В 2015 году появились сообщения о том, что Египет интересуется Су-35.", "ru",
     ("Su-35", "introduced_year", "2015")),
    ("Лидеры стран собрались в Пекине, где показали танк Тип 99.", "ru", ("Type 99", "made_in_country", "China")),
    ("Индийские экипажи освоили танки Т-90 в 2002 году.", "ru", ("T-90", "made_in_country", "India")),
    ("Танк Т-72 с серийным номером 100 стоит в музее в Польше.", "ru", ("T-72", "made_in_country", "Poland")),
    ("Россия направила Су-35 в Сирию в 2015 году.", "ru", ("Su-35", "exported_to", "Syria")),
    ("Россия направила ноту Польше по поводу танков Т-72.", "ru", ("T-72", "exported_to", "Poland")),
    ("Су-35, базирующиеся на авиабазе Хмеймим, прикрывают Су-24.", "ru", ("Su-35", "derived_from", "Su-24")),
    ("Произведение о танке Т-34 вышло в Польше.", "ru", ("T-34", "made_in_country", "Poland")),
    ("Построение отношений с Индией важно, Т-90 там есть.", "ru", ("T-90", "made_in_country", "India")),
    # Polish: "wykonać" (carry out), "numer seryjny", "wprowadzono stan wojenny", "pojawiły się informacje"
    ("Samolot MiG-29 wykonał lot nad Polską w 2005 roku.", "pl", ("MiG-29", "made_in_country", "Poland")),
    ("Pilot wykonał zadanie w Polsce, a MiG-29 wrócił do bazy.", "pl", ("MiG-29", "made_in_country", "Poland")),
    ("Czołg T-72 o numerze seryjnym 100 stoi w muzeum w Polsce.", "pl", ("T-72", "made_in_country", "Poland")),
    ("W 1981 roku w Polsce wprowadzono stan wojenny, czołgi T-72 wyjechały na ulice.", "pl",
     ("T-72", "introduced_year", "1981")),
    ("W 2015 roku pojawiły się informacje, że Egipt interesuje się Su-35.", "pl", ("Su-35", "introduced_year", "2015")),
    # Czech: "sestavit vládu" (form a government), "zavést sankce"
    ("Premiér sestavil vládu v roce 2018 a tanky T-72 zůstaly v Česku.", "cs",
     ("T-72", "made_in_country", "Czech Republic")),
    ("Vláda zavedla sankce proti Rusku v roce 2014, tanky T-72 zůstaly.", "cs", ("T-72", "introduced_year", "2014")),
    # Slovak: "zostavenie vlády", "zaviesť sankcie"
    ("Po zostavení vlády v Poľsku zostali tanky T-72 vo výzbroji.", "sk", ("T-72", "made_in_country", "Poland")),
    ("Vláda zaviedla sankcie voči Rusku v roku 2014 a tanky T-72 zostali.", "sk", ("T-72", "introduced_year", "2014")),
    # Ukrainian: "зібрали кошти" (money collected), "налагодила діалог", "серійний номер", "направив лист",
    # "впровадження реформ", "базуються на аеродромі", "освоїли" (crews mastered)
    ("Волонтери зібрали кошти на дрони Bayraktar TB2 у Польщі.", "uk", ("TB2", "made_in_country", "Poland")),
    ("У 2022 році в Україні зібрали 10 мільйонів гривень на танк T-72.", "uk", ("T-72", "made_in_country", "Ukraine")),
    ("Україна налагодила діалог з Польщею щодо танків PT-91.", "uk", ("PT-91", "made_in_country", "Ukraine")),
    ("Танк T-64 з серійним номером 100 стоїть у музеї в Польщі.", "uk", ("T-64", "made_in_country", "Poland")),
    ("Міністр направив лист Польщі щодо танків T-72.", "uk", ("T-72", "exported_to", "Poland")),
    ("Впровадження реформ у 2016 році не вплинуло на танк Т-84.", "uk", ("T-84", "introduced_year", "2016")),
    ("Винищувачі МіГ-29, що базуються на аеродромі в Польщі, прикривають Су-25.", "uk",
     ("MiG-29", "derived_from", "Su-25")),
    ("Українські екіпажі освоїли танки Leopard 2 у 2023 році.", "uk", ("Leopard 2", "made_in_country", "Ukraine")),
    # Belarusian: the same words
    ("Украінскія экіпажы асвоілі танкі Т-72 у 2002 годзе.", "be", ("T-72", "made_in_country", "Ukraine")),
    ("Беларусь наладзіла адносіны з Польшчай, а танк Т-72 застаецца.", "be", ("T-72", "made_in_country", "Belarus")),
    ("Міністр накіраваў ліст Польшчы адносна танкаў Т-72.", "be", ("T-72", "exported_to", "Poland")),
    ("Знішчальнікі МіГ-29, што базуюцца на аэрадроме ў Польшчы, прыкрываюць Су-25.", "be",
     ("MiG-29", "derived_from", "Su-25")),
    # Bulgarian: "изготви доклад" (drew up a report), "изнесе данни/лекция", "фалшиви новини", "усвои средства",
    # "развитие на отношенията"
    ("Министерството изготви доклад за танковете Т-72 в Полша.", "bg", ("T-72", "made_in_country", "Poland")),
    ("Министърът изнесе данни за изтребителите МиГ-29 в Полша.", "bg", ("MiG-29", "exported_to", "Poland")),
    ("Министърът изнесе лекция в Полша за МиГ-29.", "bg", ("MiG-29", "exported_to", "Poland")),
    ("Фалшиви новини за танка Т-72 се разпространяват в Русия.", "bg", ("T-72", "licence_status", "unlicensed")),
    ("България усвои европейски средства, а МиГ-29 остават на въоръжение.", "bg",
     ("MiG-29", "made_in_country", "Bulgaria")),
    ("Су-30 стана символ на развитие на отношенията, както някога МиГ-21.", "bg", ("Su-30", "derived_from", "MiG-21")),
    # Macedonian: "направи грешка" (made a mistake)
    ("Министерот направи грешка во Македонија, а Т-72 останува.", "mk", ("T-72", "made_in_country", "North Macedonia")),
    # Slovenian: "sestavil vlado", "uvedla sankcije", "naredil napako"
    ("Premier je sestavil vlado leta 2018, tanki M-84 so ostali v Sloveniji.", "sl",
     ("M-84", "made_in_country", "Slovenia")),
    ("Vlada je uvedla sankcije proti Rusiji leta 2014, tanki M-84 so ostali.", "sl",
     ("M-84", "introduced_year", "2014")),
    ("Minister je naredil napako v Sloveniji, tank M-84 pa ostaja.", "sl", ("M-84", "made_in_country", "Slovenia")),
    # Croatian, Bosnian, Serbian: "uvesti sankcije", "usvojiti zakon", "napraviti grešku", "steći neovisnost",
    # "osvojiti medalju", "serijski broj"
    ("Vlada je uvela sankcije Rusiji 2014. godine, a tenkovi M-84 su ostali.", "hr",
     ("M-84", "introduced_year", "2014")),
    ("Sabor je usvojio zakon 2015. godine, a tenk M-84 ostaje u Hrvatskoj.", "hr", ("M-84", "introduced_year", "2015")),
    ("Ministar je napravio grešku u Hrvatskoj, a M-84 ostaje.", "hr", ("M-84", "made_in_country", "Croatia")),
    ("Hrvatska je stekla neovisnost 1991. godine, a tenk M-84 je ostao.", "hr", ("M-84", "exported_to", "Croatia")),
    ("Vlada je uvela sankcije Rusiji 2014. godine, a tenkovi M-84 su ostali.", "bs",
     ("M-84", "introduced_year", "2014")),
    ("Ministar je napravio grešku u Bosni, a T-55 ostaje.", "bs",
     ("T-55", "made_in_country", "Bosnia and Herzegovina")),
    ("Ministar je napravio grešku u Srbiji, a M-84 ostaje.", "sr", ("M-84", "made_in_country", "Serbia")),
    ("Srbija je osvojila medalju 2016. godine, a tenk M-84 ostaje.", "sr", ("M-84", "made_in_country", "Serbia")),
    ("Tenk M-84 sa serijskim brojem 100 stoji u muzeju u Srbiji.", "sr", ("M-84", "made_in_country", "Serbia")),
]

# guards (they passed before too): the cue's own sense, in a phrase the narrowed entry keeps, is still read
GUARDS = [
    ("Завод в Польше наладил производство Т-72 в 1982 году.", "ru", ("T-72", "made_in_country", "Poland")),
    ("Т-72 сделан в СССР.", "ru", ("T-72", "made_in_country", "Soviet Union")),
    ("В Китае собрали первые J-7 в 1966 году.", "ru", ("J-7", "made_in_country", "China")),
    ("Т-90 является дальнейшим развитием Т-72.", "ru", ("T-90", "derived_from", "T-72")),
    ("Czołg T-72 został wprowadzony do uzbrojenia w Polsce w 1978 roku.", "pl", ("T-72", "introduced_year", "1978")),
    ("Czołg PT-91 pojawił się w jednostkach w 1995 roku.", "pl", ("PT-91", "introduced_year", "1995")),
    ("Tank T-72 byl zaveden do výzbroje v roce 1978.", "cs", ("T-72", "introduced_year", "1978")),
    ("Tank T-72M4 CZ ve vývozním provedení byl nabídnut Slovensku.", "cs", ("T-72M4 CZ", "exported_to", "Slovakia")),
    ("Польща передала Україні танки T-72 у 2022 році.", "uk", ("T-72", "exported_to", "Ukraine")),
    ("Харківський завод налагодив виробництво Т-84 у 1999 році.", "uk", ("T-84", "introduced_year", "1999")),
    ("Т-72 е развитие на Т-64.", "bg", ("T-72", "derived_from", "T-64")),
    ("България изнася автомати АК-47 за Ирак.", "bg", ("AK-47", "exported_to", "Iraq")),
]


@pytest.mark.parametrize(("text", "lang", "absent"), TRAPS)
def test_a_word_in_its_other_sense_reads_no_fact(small_extractor: Extractor, text: str, lang: str,
                                                 absent: tuple[str, str, str]) -> None:
    facts = facts_of(small_extractor, text, lang)
    assert absent not in facts, facts


@pytest.mark.parametrize(("text", "lang", "present"), GUARDS)
def test_the_cue_sense_is_still_read(small_extractor: Extractor, text: str, lang: str,
                                     present: tuple[str, str, str]) -> None:
    facts = facts_of(small_extractor, text, lang)
    assert present in facts, facts
