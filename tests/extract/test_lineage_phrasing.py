"""Ways of saying what was built on a design and who sold its licence that an earlier reading missed.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.fixture(scope="module")
def extractor(small_extractor: Extractor) -> Extractor:
    return small_extractor


@pytest.mark.parametrize(("lang", "text"), [
    # the basis of other vehicles, and the examples listed after a word of example
    ("en", "The T-55 became the basis of several other vehicles, such as the BMP-1 and the 2S1."),
    ("en", "The T-55 was not only the army's backbone but the very basis of other vehicles, including the BMP-1 and "
           "the 2S1."),
    ("es", "El T-55 sirvió de base para otros vehículos, como el BMP-1 y el 2S1."),
    ("ru", "Т-55 стал основой для других машин, таких как BMP-1 и 2S1."),
    ("en", "The T-55 was the basis of several other vehicles, like the light BMP-1 and the 2S1."),
    ("fr", "Le T-55 a servi de base à d'autres véhicules, comme le BMP-1 et le 2S1."),
    ("de", "Der T-55 war die Basis für mehrere andere Fahrzeuge, wie den BMP-1 und den 2S1."),
])
def test_the_examples_after_a_basis_are_what_was_built_on_it(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("BMP-1", "derived_from", "T-55") in facts, facts
    assert ("2S1", "derived_from", "T-55") in facts, facts


def test_a_fronted_basis_gives_each_of_the_list_made_from_it(extractor: Extractor) -> None:
    # (Polish: on the basis of the T-55 arose the BMP-1 and the 2S1)
    facts = facts_of(extractor, "Na bazie T-55 powstały BMP-1 i 2S1.", "pl")
    assert ("BMP-1", "derived_from", "T-55") in facts, facts
    assert ("2S1", "derived_from", "T-55") in facts, facts


def test_a_list_of_originals_after_a_fronted_basis_stays_originals(extractor: Extractor) -> None:
    text = "Based on the T-72, the PT-91 was developed in Poland and the M-84 in Yugoslavia."
    facts = facts_of(extractor, text, "en")
    assert ("PT-91", "derived_from", "T-72") in facts, facts
    assert ("M-84", "derived_from", "PT-91") not in facts, facts


@pytest.mark.parametrize(("lang", "text"), [
    # the receiver in its case, and an auxiliary, between the seller and the verb of sale
    ("sl", "Rusija je Kitajski prodala licenco za izdelavo lovca Su-27."),
    ("hr", "Rusija je Kini prodala licencu za proizvodnju Su-27."),
    ("ru", "Россия Китаю продала лицензию на производство Su-27."),
    # (Czech and Slovak: a bare dative, no preposition of place before it)
    ("cs", "Rusko Číně prodalo licenci na výrobu Su-27."),
    ("sk", "Rusko Číne predalo licenciu na výrobu Su-27."),
])
def test_the_seller_of_a_licence_is_the_licensor_with_the_receiver_before_the_verb(extractor: Extractor, lang: str,
                                                                                     text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Su-27", "licensed_by", "Russia") in facts, facts
    assert ("Su-27", "made_in_country", "China") in facts, facts
    assert ("Su-27", "made_in_country", "Russia") not in facts, facts


@pytest.mark.parametrize(("lang", "text"), [
    # X is a Y, made under licence in Z: the making is X's, and X is Y's licensed copy
    ("ru", "Lim-5 — это МиГ-17, выпускавшийся по лицензии в Польше."),
    ("de", "Bei der Lim-5 handelte es sich um eine in Polen in Lizenz hergestellte MiG-17."),
    ("de", "Bei der Lim-5 handelt es sich um eine im polnischen Mielec in Lizenz gebaute MiG-17."),
    # (a relative word and an auxiliary after the comma)
    ("en", "The Lim-5 was a MiG-17, which was built under licence in Poland."),
    ("pl", "Lim-5 to MiG-17, który był produkowany na licencji w Polsce."),
    ("de", "Bei der Lim-5 handelte es sich um eine MiG-17, die in Polen in Lizenz gebaut wurde."),
])
def test_what_a_copula_says_a_licence_built_copy_is(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Lim-5", "derived_from", "MiG-17") in facts, facts
    assert ("Lim-5", "made_in_country", "Poland") in facts, facts
    assert not any(s == "MiG-17" and r == "made_in_country" for s, r, _ in facts), facts


@pytest.mark.parametrize(("lang", "text"), [
    ("cs", "Stíhačky Su-27 se od roku 1998 vyráběly v Číně."),
    ("sk", "Stíhačky Su-27 sa od roku 1998 vyrábali v Číne."),
])
def test_a_country_after_a_preposition_of_place_stays_the_place(extractor: Extractor, lang: str, text: str) -> None:
    # (the locative has the dative's ending; the preposition says which it is)
    facts = facts_of(extractor, text, lang)
    assert ("Su-27", "made_in_country", "China") in facts, facts


@pytest.mark.parametrize("name", ["SS-N-6", "SA-N-7", "SS-N-22"])
def test_the_alliances_names_of_naval_missiles_are_designations(extractor: Extractor, name: str) -> None:
    facts = facts_of(extractor, f"The {name} (R-99) missile was built in the Soviet Union.", "en")
    assert (name, "alias_of", "R-99") in facts or ("R-99", "alias_of", name) in facts, facts
    assert (name, "made_in_country", "Soviet Union") in facts, facts


def test_a_czech_masculine_genitive_is_no_receiver(extractor: Extractor) -> None:
    # (the genitive of "Sovětský svaz" ends as a dative would: the licence is the Soviet Union's)
    facts = facts_of(extractor, "T-55 se vyráběl na základě licence Sovětského svazu.", "cs")
    assert ("T-55", "licensed_by", "Soviet Union") in facts, facts


@pytest.mark.parametrize(("lang", "text"), [
    # a noun for the design another was built on, its owner after it, a copula (or "served") before the original
    ("en", "The basis for the Tu-124 was the Soviet Tu-104."),
    ("fr", "La base du Tu-124 est le Tu-104 soviétique."),
    ("de", "Als Vorbild der Tu-124 diente die sowjetische Tu-104."),
    ("es", "La base del Tu-124 fue el Tu-104 soviético."),
    ("ru", "Основой для Tu-124 послужил советский Tu-104."),
    ("pl", "Podstawą dla Tu-124 był radziecki Tu-104."),
    ("cs", "Základem pro Tu-124 byl sovětský Tu-104."),
    # its owner before it, marked as the owner
    ("en", "The Tu-124's basis was the Tu-104."),
    ("zh", "Tu-124的原型是苏联的Tu-104。"),
    ("ja", "Tu-124の原型はソ連のTu-104である。"),
    ("ko", "Tu-124의 원형은 소련의 Tu-104이다."),
    # the noun as what a copula says the original is
    ("fr", "Le Tu-104 est la base du Tu-124."),
])
def test_what_a_basis_noun_is_said_to_be_is_the_original(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Tu-124", "derived_from", "Tu-104") in facts, facts
    assert ("Tu-104", "derived_from", "Tu-124") not in facts, facts


def test_its_basis_is_the_basis_of_the_name_before_it(extractor: Extractor) -> None:
    # (Chinese: the Tu-124 first flew in 1960; its prototype is the Soviet-designed Tu-104, made by a plant)
    text = "Tu-124飞机于1960年首飞成功,其原型为苏联设计的Tu-104运输机。"
    facts = facts_of(extractor, text, "zh")
    assert ("Tu-124", "derived_from", "Tu-104") in facts, facts


def test_a_basis_noun_after_a_name_of_place_names_no_lineage(extractor: Extractor) -> None:
    # (a "base" that is a place, and a basis noun with no name after its copula)
    facts = facts_of(extractor, "The base of the Tu-124 squadron was Kazan, where the Tu-104 was built.", "en")
    assert not [f for f in facts if f[1] == "derived_from"], facts


@pytest.mark.parametrize(("lang", "text"), [
    # built on another design's chassis or hull
    ("en", "The Tu-124 uses the chassis of the Tu-104."),
    ("de", "Die Tu-124 wurde auf dem Fahrgestell der Tu-104 gebaut."),
    ("fr", "Le Tu-124 a été construit sur le châssis du Tu-104."),
    ("es", "El Tu-124 fue construido sobre el chasis del Tu-104."),
    ("it", "Il Tu-124 fu costruito sullo scafo del Tu-104."),
    ("pl", "Tu-124 zbudowano na podwoziu Tu-104."),
    ("id", "Tu-124 dibangun di atas sasis Tu-104."),
    ("vi", "Tu-124 được chế tạo trên khung gầm Tu-104."),
    ("zh", "Tu-124采用Tu-104的底盘。"),
    ("ja", "Tu-124はTu-104の車体を流用している。"),
    # or its platform
    ("en", "The Tu-124 was developed on the platform of the Tu-104."),
    ("fr", "Le Tu-124 a été développé sur la plateforme du Tu-104."),
    # (Chinese: a word of place before the name frames it as the basis's owner, with no owner's mark)
    ("zh", "在Tu-104基础上研制了Tu-124。"),
    ("zh", "在Tu-104底盘上研制了Tu-124。"),
])
def test_what_is_built_on_a_chassis_is_derived_from_its_design(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Tu-124", "derived_from", "Tu-104") in facts, facts
    assert ("Tu-104", "derived_from", "Tu-124") not in facts, facts


@pytest.mark.parametrize(("lang", "text"), [
    # (Indonesian and Malay "seperti" brings examples, "such as", more often than a likeness)
    ("id", "Cina membuat tank yang lebih modern yang didasarkan pada Tu-104 seperti Tu-124."),
    ("ms", "China membuat kenderaan yang berasaskan Tu-104 seperti Tu-124."),
])
def test_such_as_after_a_basis_names_what_was_built_on_it(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Tu-124", "derived_from", "Tu-104") in facts, facts


def test_examples_each_with_a_word_for_its_kind_are_each_built_on_the_basis(extractor: Extractor) -> None:
    text = "The Tu-104 served as the basis for other aircraft, such as the airliner Tu-124, the trainer Tu-110."
    facts = facts_of(extractor, text, "en")
    assert ("Tu-124", "derived_from", "Tu-104") in facts, facts
    assert ("Tu-110", "derived_from", "Tu-104") in facts, facts


@pytest.mark.parametrize("text", [
    "La Chine produisit sous licence le Tu-104 en tant que H-4.",
    # (the design's own name and its reporting name between the making and "as")
    "En 1953 la Chine obtint l'autorisation de produire sous licence l'avion Tu-104 Camel en tant que Xian H-4.",
])
def test_en_tant_que_names_the_copy_made(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "fr")
    assert ("H-4", "derived_from", "Tu-104") in facts, facts


def test_a_word_of_giving_inside_a_phrase_of_naming_gives_nothing(extractor: Extractor) -> None:
    # (Turkish: China took the Soviet T-55 as its basis and gave it the name Type 69; "verdi" is "gave")
    facts = facts_of(extractor, "Çin, Sovyet T-55'i esas aldı ve ona Tip 69 adını verdi.", "tr")
    assert any(rel == "derived_from" for _, rel, _ in facts), facts
    assert not any(rel == "exported_to" for _, rel, _ in facts), facts


def test_a_design_repeated_is_copied(extractor: Extractor) -> None:
    # (Turkish: the Type 69 tank's design repeated the Soviet T-55)
    facts = facts_of(extractor, "Tip 69 tankının tasarımı Sovyet T-55'i tekrarladı.", "tr")
    assert any(rel == "derived_from" and obj == "T-55" for _, rel, obj in facts), facts


@pytest.mark.parametrize("text", [
    "Der auf dem T-55 basierende BMP-1 wurde in Polen gebaut.",
    "Der auf dem T-55 beruhende BMP-1 wurde in Polen gebaut.",
    "Der vom T-55 abgeleitete BMP-1 wurde in Polen gebaut.",
])
def test_a_german_participle_before_its_noun_bases_the_noun_on_the_design_before_it(extractor: Extractor,
                                                                                     text: str) -> None:
    facts = facts_of(extractor, text, "de")
    assert ("BMP-1", "derived_from", "T-55") in facts, facts
    assert ("T-55", "made_in_country", "Poland") not in facts, facts


def test_a_verb_that_also_means_to_lower_derives_only_with_a_word_of_versions(extractor: Extractor) -> None:
    # (Indonesian "menurunkan": "to lower", "menurunkan berat" reduces the weight; "menurunkan varian" derives)
    lowered = facts_of(extractor, "SS2 memakai material baru untuk menurunkan berat, desain SS1 tetap sederhana.", "id")
    assert not any(r == "derived_from" for _, r, _ in lowered), lowered
    derived = facts_of(extractor, "AK-47 menurunkan varian AKM pada tahun 1959.", "id")
    assert ("AKM", "derived_from", "AK-47") in derived, derived


@pytest.mark.parametrize(("text", "lang"), [
    ("South Africa made a copy known as the Vektor CR-21.", "en"),
    ("South Africa produced a rifle copy called the Vektor CR-21.", "en"),
])
def test_a_name_a_naming_word_gives_after_a_copy_word_is_the_copys_own(extractor: Extractor, text: str,
                                                                          lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not any(r == "derived_from" for _, r, _ in facts), facts   # (no original named: no copy of itself)
    assert ("Vektor CR-21", "made_in_country", "South Africa") in facts, facts


def test_the_original_before_a_naming_word_is_still_the_originals(extractor: Extractor) -> None:
    # (guard: the original stands between the copy word and the naming word)
    facts = facts_of(extractor, "China made a copy of the AK-47 known as the Type 56.", "en")
    assert ("Type 56", "derived_from", "AK-47") in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("India produced a report on the T-90.", "en"),
    ("Poland made progress with the PT-91 programme.", "en"),
    ("Indien hat einen Bericht über den T-90 erstellt.", "de"),
    ("L'Inde a produit un rapport sur le T-90.", "fr"),
    ("A minisztérium jelentést készített a T-72 harckocsiról Magyarországon.", "hu"),
    ("Hindistan T-90 hakkında bir rapor hazırladı.", "tr"),
    ("Индия сделала заявление о Т-90.", "ru"),
    ("Indonesia membuat laporan tentang T-90.", "id"),
    ("Польша поставила под сомнение планы Индии по танку Т-72.", "ru"),   # (put in doubt)
    ("Iraq received praise for its T-72 tanks.", "en"),
    ("Česko poskytlo rozhovor o tancích T-72 Ukrajině.", "cs"),   # (gave an interview)
    ("Russia provided information on the T-90 to India.", "en"),
    ("Rusia memberikan informasi tentang T-90 kepada India.", "id"),
    ("러시아는 인도에 T-90에 관한 정보를 제공했다.", "ko"),
])
def test_a_word_of_making_whose_object_is_a_report_or_a_decision_makes_no_product(extractor: Extractor, text: str,
                                                                                  lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not any(r in {"made_in_country", "manufactured_by", "exported_to"} for _, r, _ in facts), facts


@pytest.mark.parametrize(("text", "lang", "fact"), [
    # (guards: the making itself, and a decision to make that a word stands between)
    ("India produced the T-90 under licence.", "en", ("T-90", "made_in_country", "India")),
    ("The decision to produce the T-72 in India was taken in 1975.", "en", ("T-72", "made_in_country", "India")),
    ("Китай сделал копию Су-27 без лицензии.", "ru", ("Su-27 (Chinese copy)", "made_in_country", "China")),
    ("Việt Nam đã nghiên cứu sản xuất RPG-29.", "vi", ("RPG-29", "made_in_country", "Vietnam")),
    ("СССР поставил Египту танки Т-55.", "ru", ("T-55", "exported_to", "Egypt")),
    ("Česko poskytlo Ukrajině tanky T-72.", "cs", ("T-72", "exported_to", "Ukraine")),
    ("Russia provided T-90 tanks to India.", "en", ("T-90", "exported_to", "India")),
    ("러시아는 인도에 T-90 전차를 제공했다.", "ko", ("T-90", "exported_to", "India")),
    # (a noun of words before the verb is its object only where objects come first: here it opens the sentence)
    ("Nach russischen Angaben lieferte Russland 100 T-90 an Indien.", "de", ("T-90", "exported_to", "India")),
])
def test_a_word_of_making_with_a_product_still_makes_it(extractor: Extractor, text: str, lang: str,
                                                        fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(extractor, text, lang)
