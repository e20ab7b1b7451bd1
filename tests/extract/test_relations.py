"""Behaviour of the relation scorer, one relation at a time, in several languages.

These sentences were written for the tests: they prove that a mechanism works (a cue class, a
direction, a list, a negation), never how well extraction does on real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor, Names, lexicon
from copytrace.extract.match import match_fold
from copytrace.extract.mentions import build
from tests.extract.conftest import all_facts, assert_derives_one_way, assert_read, facts_of, objects


@pytest.fixture(scope="module")
def extractor(small_extractor: Extractor) -> Extractor:
    return small_extractor


@pytest.mark.parametrize("extractor_name", ["small_extractor", "full_extractor"])
def test_a_version_suffix_written_apart_is_part_of_the_name(extractor_name: str,
                                                            request: pytest.FixtureRequest) -> None:
    extractor = request.getfixturevalue(extractor_name)    # a name the registry knows, and one it does not
    text = "Do produkcji wprowadzono samoloty MiG-21 bis, który w Polsce oznaczono Lim-9."
    facts = facts_of(extractor, text, "pl")
    assert any(r == "derived_from" and subject.endswith("Lim-9") and o == "MiG-21bis" for subject, r, o in facts)
    assert not any(r == "alias_of" for _, r, _ in facts)


@pytest.mark.parametrize(("text", "lang"), [
    ("Do produkcji karabinków AKM biuro OKB Kałasznikowa przekazało dokumentację.", "pl"),
    ("АКМ был создан в ОКБ Калашникова и выпускался на заводе в Ижевске.", "ru"),
    ("AKM z dílny OKB M.T. Kalašnikova byl vyráběn v Polsku.", "cs"),
])
def test_a_design_bureau_makes_nothing(full_extractor: Extractor, text: str, lang: str) -> None:
    # (the plant in Izhevsk makes the AKM; the bureau makes nothing)
    makers = {o for _, r, o in facts_of(full_extractor, text, lang) if r == "manufactured_by"}
    assert makers <= {"Izhevsk plant"}, makers


def test_a_family_name_ending_in_capitals_leaves_a_spaced_number_to_the_designation(
        full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "El Tokarev TT 33 fue producido en Hungría (Tokagypt 58).", "es")
    assert ("TT-33", "made_in_country", "Hungary") in facts
    assert ("Tokagypt 58", "derived_from", "TT-33") in facts


def test_a_clause_of_making_before_a_name_says_where_that_name_was_made(extractor: Extractor) -> None:
    facts = facts_of(extractor, "56式冲锋枪是根据苏联生产的AK-47仿制的。", "zh")
    assert ("Type 56", "derived_from", "AK-47") in facts
    assert ("AK-47", "made_in_country", "Soviet Union") in facts
    assert ("Type 56", "made_in_country", "Soviet Union") not in facts
    # unless the registry knows the original as another country's: then the clause says where the copy was made
    copied = facts_of(extractor, "56式は、中華人民共和国で生産されたAK-47に準じた自動小銃である。", "ja")
    assert ("Type 56", "made_in_country", "China") in copied
    assert ("AK-47", "made_in_country", "China") not in copied


@pytest.mark.parametrize("text", [
    "56式自動小銃は、ソ連のAKMを中国で国産化したものである。",     # made at home: the copy
    "56式自動小銃は、ソ連で開発されたAKMが元となっている。",        # "is based on"
])
def test_japanese_words_of_making_at_home_and_of_basis_name_the_original(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "ja")
    assert ("Type 56", "derived_from", "AKM") in facts
    assert ("AKM", "made_in_country", "China") not in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The Type 56 is a Chinese copy of the AK-47.", "en"),
    ("Type 56 — китайская копия АК-47.", "ru"),
    ("Le Type 56 est une copie chinoise de l'AK-47.", "fr"),
    ("Type 56 to chińska kopia AK-47.", "pl"),
])
def test_a_copy_derives_from_the_design_named_after_the_cue(extractor: Extractor, text: str, lang: str) -> None:
    assert ("Type 56", "derived_from", "AK-47") in facts_of(extractor, text, lang)


def test_a_longer_designation_in_a_version_list_derives_from_the_shorter(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The An-2 was built in several versions: the An-2T and the An-2R.", "en")
    assert {("An-2T", "derived_from", "An-2"), ("An-2R", "derived_from", "An-2")} <= facts
    assert ("An-2", "derived_from", "An-2T") not in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("AKM-63 jest oparty na AKM.", "pl"),
    ("Na podstawie AKM powstał AKM-63.", "pl"),
])
def test_a_basis_is_no_licence(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("AKM-63", "derived_from", "AKM") in facts
    assert not any(r == "licence_status" for _, r, _ in facts)


@pytest.mark.parametrize(("text", "lang"), [
    ("T-55:stä kehitettiin T-62.", "fi"),
    ("A T-55-ből fejlesztették ki a T-62-t.", "hu"),
])
def test_a_design_marked_from_by_its_case_ending(extractor: Extractor, text: str, lang: str) -> None:
    assert_derives_one_way(facts_of(extractor, text, lang), "T-62", "T-55")


@pytest.mark.parametrize(("text", "lang"), [
    ("A gyár a T-55-től a T-72-ig gyártott harckocsikat.", "hu"),   # from the T-55 to the T-72: a range
    ("Polska produkowała T-55, z czasem produkowano T-72.", "pl"),    # "z czasem": in time
])
def test_a_range_or_a_word_of_time_after_from_derives_nothing(extractor: Extractor, text: str, lang: str) -> None:
    assert ("T-72", "derived_from", "T-55") not in facts_of(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Na bazie AKM opracowano AKM-63.", "pl"),
    ("На основе АКМ советские конструкторы разработали АКМ-63.", "ru"),
    ("On the basis of the AKM, Hungarian engineers developed the AKM-63.", "en"),
    ("Na základě AKM vznikl AKM-63.", "cs"),
])
def test_an_original_named_first_then_a_verb_then_what_was_made_of_it(extractor: Extractor, text: str,
                                                                      lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("AKM-63", "derived_from", "AKM") in facts
    assert ("AKM", "derived_from", "AKM-63") not in facts


def test_resemblance_is_not_derivation(extractor: Extractor) -> None:
    copied = facts_of(extractor, "The Vz. 58 is a copy of the AK-47.", "en")
    assert any(r == "derived_from" and o == "AK-47" for _, r, o in copied)
    facts = facts_of(extractor, "The Vz. 58 only resembles the AK-47.", "en")
    assert not any(r == "derived_from" for _, r, _ in facts)


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("Bulgaria, Hungary and Poland built the AKM under licence.", "en", "Hungary"),
    ("Der T-72M1 wurde in Polen in Lizenz gebaut.", "de", "Poland"),
    ("Il Type 56 è prodotto in Cina su licenza sovietica.", "it", "China"),
])
def test_licensed_production_places_the_product_in_each_country(extractor: Extractor, text: str, lang: str,
                                                                 country: str) -> None:
    facts = all_facts(extractor, text, lang)
    made = {f.object for f in facts if f.relation == "made_in_country"}
    assert country in made
    assert any(f.relation == "licence_status" and f.object == "licensed" and f.scope == country for f in facts)


def test_an_adjective_on_the_licence_names_the_licensor_not_the_maker(extractor: Extractor) -> None:
    facts = all_facts(extractor, "Il Type 56 è prodotto in Cina su licenza sovietica.", "it")
    assert ("Type 56", "Soviet Union") in {(f.subject, f.object) for f in facts if f.relation == "licensed_by"}
    assert "Soviet Union" not in {f.object for f in facts if f.relation == "made_in_country"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Romania produced the PM md. 63 without a licence.", "en"),
    ("Rumunia produkowała PM md. 63 bez licencji.", "pl"),
])
def test_a_negated_licence_is_unlicensed(extractor: Extractor, text: str, lang: str) -> None:
    assert ("PM md. 63", "licence_status", "unlicensed") in facts_of(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("The Zastava M70 was exported to Iraq and Uganda.", "en"),
    ("Zastava M70 был экспортирован в Ирак и Уганду.", "ru"),
])
def test_exports_reach_every_country_of_a_list(extractor: Extractor, text: str, lang: str) -> None:
    exports = set(objects(facts_of(extractor, text, lang), "exported_to"))
    assert exports == {"Iraq", "Uganda"}


def test_a_planned_export_is_not_an_export(extractor: Extractor) -> None:
    sold = facts_of(extractor, "The ministry sold the T-72M4CZ to Ukraine last year.", "en")
    assert ("T-72M4CZ", "exported_to", "Ukraine") in sold
    facts = facts_of(extractor, "The ministry may consider a plan to sell the T-72M4CZ to Ukraine next year.", "en")
    assert not any(r == "exported_to" for _, r, _ in facts)


@pytest.mark.parametrize(("past", "future", "lang"), [
    ("El ministerio vendió el T-72M4CZ a Ucrania.", "El ministerio venderá el T-72M4CZ a Ucrania.", "es"),
    ("Il ministero ha venduto il T-72M4CZ all'Ucraina.", "Il ministero venderà il T-72M4CZ all'Ucraina.", "it"),
    ("Міністерство продало T-72M4CZ Україні.", "Міністерство передасть T-72M4CZ Україні.", "uk"),
])
def test_a_verb_in_the_future_tense_is_a_plan(extractor: Extractor, past: str, future: str, lang: str) -> None:
    assert ("T-72M4CZ", "exported_to", "Ukraine") in facts_of(extractor, past, lang)
    assert not any(r == "exported_to" for _, r, _ in facts_of(extractor, future, lang))


def test_a_future_form_is_matched_whole(extractor: Extractor) -> None:
    # "costruirà" (will build) is a plan; "costruire" (to build), one letter apart, is not
    facts = facts_of(extractor, "Nel 1984 la Corea del Nord iniziò a costruire il missile Hwasong-5.", "it")
    assert ("Hwasong-5", "made_in_country", "North Korea") in facts

    def made(text: str) -> float:
        return max(f.confidence for f in all_facts(extractor, text, "it") if f.relation == "made_in_country")
    assert made("La Corea del Nord costruirà il missile Hwasong-5.") < made(
        "La Corea del Nord costruì il missile Hwasong-5.")


@pytest.mark.parametrize(("text", "lang"), [
    ("The AKM entered service in 1959.", "en"),
    ("АКМ принят на вооружение в 1959 году.", "ru"),
    ("AKM vart teken inn i 1959.", "nb"),   # (Nynorsk, read as Norwegian: taken in)
    ("در زمان معرفی AKM در سال 1959", "fa"),   # at the time of its introduction
    ("1959年に最初のAKMがロールアウトした。", "ja"),   # rolled out
    ("Polská armáda převzala první AKM v roce 1959.", "cs"),   # an army takes over the first ones
    ("На вооружение АКМ приняли в 1959 году.", "ru"),   # the service phrase first
    ("Na uzbrojenie AKM przyjęto w 1959 roku.", "pl"),
    ("AKM serietillverkades från 1959.", "sv"),   # made in series (one word)
    ("AKM blev serieproduceret fra 1959.", "da"),
    ("AKM은 1959년에 취항했다.", "ko"),   # (entered service, of airliners)
    ("AKM于1959年投入部队使用。", "zh"),   # (put into the troops' use: a word inside "put into use")
    ("АКМ влезе во употреба во 1959 година.", "mk"),   # ("во": "in" and "into" alike, before a year)
])
def test_a_service_entry_year_is_the_introduction_year(extractor: Extractor, text: str, lang: str) -> None:
    assert ("AKM", "introduced_year", "1959") in facts_of(extractor, text, lang)


def test_the_country_nearest_the_production_word_is_the_likelier_maker(extractor: Extractor) -> None:
    facts = all_facts(extractor, "In 1965 Vietnam took delivery of large numbers of Soviet-made T-55 tanks.", "en")
    made = {f.object: f.confidence for f in facts if f.relation == "made_in_country"}
    assert made["Soviet Union"] > made.get("Vietnam", 0.0)


def test_an_adjective_right_after_an_export_verb_is_the_recipient(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The plant delivered the first An-2R to Soviet customers in 1961.", "en")
    assert ("An-2R", "exported_to", "Soviet Union") in facts


def test_a_licence_word_on_the_original_of_a_copy_is_about_the_original(extractor: Extractor) -> None:
    facts = all_facts(extractor, "The PT-91 is based on the licence-built T-72M1 of the Soviet Union.", "en")
    assert ("T-72M1", "licensed") in {(f.subject, f.object) for f in facts if f.relation == "licence_status"}
    assert ("PT-91", "T-72M1") in {(f.subject, f.object) for f in facts if f.relation == "derived_from"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Das AK-47 wurde 1949 bei der Sowjetarmee eingeführt.", "de"),   # "eingeführt": introduced, or imported
    ("The Soviet Union received its first AK-47s in 1949.", "en"),
])
def test_a_design_does_not_go_abroad_to_its_own_country(extractor: Extractor, text: str, lang: str) -> None:
    assert not any(r == "exported_to" for _, r, _ in facts_of(extractor, text, lang))
    # another country still receives it
    sent = facts_of(extractor, "Das AK-47 wurde ab 1956 in die DDR eingeführt.", "de")
    assert ("AK-47", "exported_to", "East Germany") in sent


def test_the_country_of_the_original_of_a_licensed_copy_is_the_licensor(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Under a licence, Poland built the PT-91, a copy of the Soviet T-72M1.", "en")
    assert ("PT-91", "licensed_by", "Soviet Union") in facts


def test_a_sentence_without_a_product_speaks_of_the_one_named_most(extractor: Extractor) -> None:
    text = ("The Type 63 was a Chinese rifle. The Type 63 used the magazine of the Type 56. "
            "It was exported to Albania.")
    exports = {s for s, r, _ in facts_of(extractor, text, "en") if r == "exported_to"}
    assert exports == {"Type 63"}


@pytest.mark.parametrize(("text", "lang"), [
    ("The millionth TT-33 was made in 1941.", "en"),
    ("На заводе выпустили миллионный ТТ-33 в 1941 году.", "ru"),
    ("Die millionste TT-33 wurde 1941 gebaut.", "de"),
])
def test_the_year_of_a_milestone_is_no_introduction_year(extractor: Extractor, text: str, lang: str) -> None:
    assert not objects(facts_of(extractor, text, lang), "introduced_year")
    assert objects(facts_of(extractor, "The TT-33 was made from 1933.", "en"), "introduced_year") == ["1933"]


@pytest.mark.parametrize(("text", "lang"), [
    ("El J-6 fue producido por la fábrica de aviones de Shenyang.", "es"),
    ("O J-6 foi produzido pela fábrica de aviões de Shenyang.", "pt"),
    ("Il J-6 fu prodotto dalla fabbrica aeronautica di Shenyang.", "it"),
    ("Le J-6 fut produit par l'usine aéronautique de Shenyang.", "fr"),
])
def test_a_plant_word_and_its_town_after_of_name_the_maker(full_extractor: Extractor, text: str, lang: str) -> None:
    assert facts_of(full_extractor, text, lang) == {("Shenyang J-6", "manufactured_by", "Shenyang plant"),
                                                    ("Shenyang J-6", "made_in_country", "China")}


@pytest.mark.parametrize(("text", "lang"), [
    ("The Tabuk is a local version of the Zastava M76. The latter in turn is a copy of the SVD.", "en"),
    ("Il Tabuk è la versione locale dello jugoslavo Zastava M76. Il quale a sua volta è la copia dell'SVD.", "it"),
    ("El Tabuk es una versión del Zastava M76. El cual a su vez es una copia del SVD soviético.", "es"),
])
def test_the_latter_is_the_last_product_named_not_the_maker_in_its_name(full_extractor: Extractor, text: str,
                                                                       lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert ("Zastava M76", "derived_from", "SVD") in facts
    assert ("Tabuk", "derived_from", "SVD") not in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("1961年,苏联授权中国生产米格-21F-13,仿制型称为歼-7。", "zh"),
    ("In 1961 the Soviet Union licensed China to produce the MiG-21F-13.", "en"),
])
def test_the_year_a_licence_to_make_was_granted_is_no_introduction_year(full_extractor: Extractor, text: str,
                                                                        lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert not objects(facts, "introduced_year"), facts
    assert objects(facts, "licensed_by") == ["Soviet Union"]


def test_a_verb_of_replying_is_no_copy_and_a_past_tense_of_exporting_is_an_export(extractor: Extractor) -> None:
    assert facts_of(extractor, "Les Soviétiques répliquaient que le Type 59 était chinois.", "fr") == set()
    assert ("AK-47", "exported_to", "Iraq") in facts_of(extractor, "България изнасяше АК-47 за Ирак.", "bg")


@pytest.mark.parametrize(("text", "lang"), [
    ("The copies include the Romanian PM md. 63, the Hungarian AMD-65 and the Bulgarian AKK.", "en"),
    ("Mezi kopie patří rumunská PM md. 63, maďarská AMD-65 a bulharská AKK.", "cs"),
])
def test_a_list_of_names_each_with_its_country_is_no_apposition(full_extractor: Extractor, text: str,
                                                                lang: str) -> None:
    # (not "the PM md. 63, the Hungarian AMD-65": a copy of the AMD-65 made in Hungary)
    assert facts_of(full_extractor, text, lang) == {("PM md. 63", "made_in_country", "Romania"),
                                                    ("AMD-65", "made_in_country", "Hungary"),
                                                    ("AKK", "made_in_country", "Bulgaria")}
    assert ("M-84", "derived_from", "T-72") in facts_of(full_extractor, "The M-84, a Yugoslav T-72, was exported.",
                                                        "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("SKS blev godkendt til de sovjetiske styrker i 1949.", "da"),
    ("SKS godkändes för sovjetiska armén 1949.", "sv"),
    ("SKS ble godkjent for den sovjetiske hæren i 1949.", "nb"),
])
def test_a_design_approved_for_forces_entered_service_then(full_extractor: Extractor, text: str, lang: str) -> None:
    assert objects(facts_of(full_extractor, text, lang), "introduced_year") == ["1949"]


@pytest.mark.parametrize(("text", "lang"), [
    ("The AKM rifles used in Nicaragua were made in Bulgaria.", "en"),
    ("Los fusiles AKM usados en Nicaragua fueron hechos en Bulgaria.", "es"),
    ("I fucili AKM usati in Nicaragua furono prodotti in Bulgaria.", "it"),
])
def test_the_place_a_design_was_used_in_is_no_place_of_making(extractor: Extractor, text: str, lang: str) -> None:
    assert objects(facts_of(extractor, text, lang), "made_in_country") == ["Bulgaria"]


def test_the_maker_written_in_serbian_cyrillic_is_known(full_extractor: Extractor) -> None:
    assert ("Zastava M70", "manufactured_by", "Zastava Arms") in facts_of(
        full_extractor, "Пушку М70 производи крагујевачка Застава.", "sr")


def test_a_sale_in_the_hebrew_future_is_a_plan(extractor: Extractor) -> None:
    assert not objects(facts_of(extractor, "רוסיה תעביר טנקי T-90 להודו.", "he"), "exported_to")
    assert objects(facts_of(extractor, "רוסיה העבירה טנקי T-90 להודו.", "he"), "exported_to") == ["India"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Los fusiles AK-103 se fabricarían en Venezuela a partir de 2021.", "es"),
    ("L'AK-12 si produrrebbe in Brasile dal 2025.", "it"),
])
def test_a_making_in_the_conditional_has_no_year(full_extractor: Extractor, text: str, lang: str) -> None:
    assert not objects(facts_of(full_extractor, text, lang), "introduced_year")


def test_a_permission_to_make_where_the_verb_comes_last_grants_a_licence(full_extractor: Extractor) -> None:
    facts = all_facts(full_extractor, "소련은 폴란드에 AKM의 자체생산을 허용하였다.", "ko")
    assert {(f.relation, f.object, f.scope) for f in facts if f.relation in {"licence_status", "licensed_by"}} \
        == {("licence_status", "licensed", "Poland"), ("licensed_by", "Soviet Union", "Poland")}


def test_a_decade_is_not_an_introduction_year(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The AKM entered service in the 1960s.", "en")
    assert not any(r == "introduced_year" for _, r, _ in facts)


@pytest.mark.parametrize(("text", "lang"), [
    ("The AKM was made in Poland in the 1960-70s.", "en"),
    ("АКМ производился в Польше в 1960-70-х годах.", "ru"),
    ("M-84는 1980~90년대에 유고슬라비아에서 생산되었다.", "ko"),
])
def test_the_first_decade_of_a_range_of_decades_is_no_year(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert any(r == "made_in_country" for _, r, _ in facts), facts
    assert not any(r == "introduced_year" for _, r, _ in facts), facts
    # (a range of years is one)
    assert ("AKM", "introduced_year", "1960") in facts_of(extractor, "The AKM was made in Poland from 1960-1975.", "en")


def test_a_licence_word_in_brackets_after_a_name_is_that_names_alone(extractor: Extractor) -> None:
    text = ("The Z-5 (a copy of the Mi-4), the Y-5 (a licensed copy of the An-2) and the H-5 (a licensed copy of "
            "the Tu-16) are in the museum.")
    licensed = sorted(subject.split()[-1] for subject, r, o in facts_of(extractor, text, "en")
                      if r == "licence_status")
    assert licensed == ["H-5", "Y-5"]


def test_a_maker_named_by_an_organisation_shape(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The M84 tank was produced by Duro Dakovic Works in Slavonski Brod.", "en")
    assert ("M84", "manufactured_by", "Duro Dakovic Works") in facts


def test_another_name_after_an_alias_cue(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The J-7, also known as the F-7 for export, was built in China.", "en")
    assert ("J-7", "alias_of", "F-7") in facts


def test_an_unknown_designation_is_a_new_candidate_with_its_own_spelling(extractor: Extractor) -> None:
    facts = all_facts(extractor, "Завод выпускает Т-72М4 с 2014 года.", "ru")
    assert any(f.subject == "T-72M4" and f.subject_text == "Т-72М4" for f in facts)


def test_every_quote_is_the_text_at_its_offsets(extractor: Extractor) -> None:
    text = "Bulgaria, Hungary and Poland built the AKM under licence.\n\nThe AKM entered service in 1959."
    facts = all_facts(extractor, text, "en")
    assert facts
    assert all(text[f.start:f.end] == f.quote for f in facts)


def test_a_known_short_name_in_cyrillic_resolves(extractor: Extractor) -> None:
    facts = all_facts(extractor, "Болгарский автомат АКК производился по лицензии в Болгарии.", "ru")
    assert any(f.subject == "AKK" and f.relation == "made_in_country" and f.object == "Bulgaria" for f in facts)


def test_bulleted_versions_after_a_colon_derive_from_the_listed_product(extractor: Extractor) -> None:
    text = "The Mi-8 was built in these versions:\n- Mi-8T, a transport helicopter\n- Mi-8P for passengers\n"
    facts = facts_of(extractor, text, "en")
    assert {("Mi-8T", "derived_from", "Mi-8"), ("Mi-8P", "derived_from", "Mi-8")} <= facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The Chinese Type 54, the Yugoslav M57, the Polish wz. 33, the Hungarian M48 and the Romanian TTC were all "
     "made as copies of the Soviet TT-33 pistol.", "en"),
    ("Le Type 54 chinois, le M57 yougoslave, le wz. 33 polonais, le M48 hongrois et le TTC roumain sont tous des "
     "copies du pistolet soviétique TT-33.", "fr"),
])
def test_a_long_list_before_a_copy_word_is_copied_whole(full_extractor: Extractor, text: str, lang: str) -> None:
    # (the first names of the list stand further from the word than the window of a derivation's subject)
    copies = {subject for subject, r, o in facts_of(full_extractor, text, lang) if r == "derived_from" and o == "TT-33"}
    assert {"Type 54 pistol", "M57", "M48"} <= copies, copies


@pytest.mark.parametrize(("text", "lang"), [
    ("The Su-27 was copied in China.", "en"),
    ("El Su-27 fue copiado en China.", "es"),
    ("Su-27 został skopiowany w Chinach.", "pl"),
    ("Су-27 был скопирован в Китае.", "ru"),
])
def test_the_place_a_copy_was_made_in_makes_a_copy_of_its_own(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert {("Su-27 (Chinese copy)", "derived_from", "Su-27"), ("Su-27 (Chinese copy)", "made_in_country", "China")} \
        <= facts, facts
    assert ("Su-27", "made_in_country", "China") not in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The Soviet Tokarev TT-33 was copied in China.", "en"),
    ("ソ連製のトカレフTT-33は中国でコピーされた。", "ja"),
    ("소련의 TT-33 권총은 중국에서 복제되었다.", "ko"),
])
def test_a_designers_name_before_a_designation_is_one_name_with_it(full_extractor: Extractor, text: str,
                                                                   lang: str) -> None:
    # (one product, the TT-33, copied where the text says: no second product read from the designer's name)
    facts = facts_of(full_extractor, text, lang)
    assert {("TT-33 (Chinese copy)", "derived_from", "TT-33"), ("TT-33 (Chinese copy)", "made_in_country", "China")} \
        <= facts, facts
    assert {s for s, _, _ in facts} <= {"TT-33", "TT-33 (Chinese copy)"}, facts


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("旧ソ連製「トカレフTT-33」は信頼性が高かった。", "ja", "Soviet Union"),
    ("旧ユーゴ製のM-84戦車。", "ja", "Yugoslavia"),
])
def test_a_suffix_of_making_after_a_former_states_name_makes_it_an_adjective(full_extractor: Extractor, text: str,
                                                                             lang: str, country: str) -> None:
    assert objects(facts_of(full_extractor, text, lang), "made_in_country") == [country]


@pytest.mark.parametrize(("text", "lang"), [
    ("Su-27'nin Çin kopyası J-11'dir.", "tr"),
    ("J-11はSu-27の中国製コピーである。", "ja"),
])
def test_a_countrys_word_on_the_copy_an_original_owns_is_not_the_originals(full_extractor: Extractor, text: str,
                                                                          lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert ("Shenyang J-11", "derived_from", "Su-27") in facts
    assert ("Su-27", "made_in_country", "China") not in facts


@pytest.mark.parametrize(("text", "lang", "copy", "original", "country"), [
    ("중국은 An-2를 Y-5로 생산하였다.", "ko", "Nanchang Y-5", "An-2", "China"),
    ("루마니아는 AKM을 PM md. 63으로 생산했다.", "ko", "PM md. 63", "AKM", "Romania"),
    ("中国はAn-2をY-5として生産した。", "ja", "Nanchang Y-5", "An-2", "China"),
])
def test_the_name_a_design_was_made_as_where_the_verb_comes_last(full_extractor: Extractor, text: str, lang: str,
                                                                 copy: str, original: str, country: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert facts == {(copy, "derived_from", original), (copy, "made_in_country", country)}


def test_a_word_of_use_with_from_in_it_says_nothing_of_making(full_extractor: Extractor) -> None:
    # ("folosit de", used by: "de" is also "from"; the army's country uses the tank)
    assert facts_of(full_extractor, "Tancul T-72, folosit de armata Irakului, este vechi.", "ro") == set()
    assert ("Chengdu J-7", "made_in_country", "China") in facts_of(full_extractor,
                                                                   "The 2,400 J-7s from China were cheap.", "en")


@pytest.mark.parametrize(("text", "lang", "buyer"), [
    ("Sweden later sold the BMP-1 to a Czech company.", "en", "Czech Republic"),   # (the company's country buys)
    ("T-72 tanks were supplied to the Indian Army in 1979.", "en", "India"),   # (another country's design)
    ("Zweden verkocht de BMP-1 later aan een Tsjechisch bedrijf.", "nl", "Czech Republic"),
    ("मिस्र को मिग-21 विमानों की आपूर्ति सोवियत संघ ने की।", "hi", "Egypt"),   # (a particle marks the receiver)
    ("Quân đội Việt Nam nhận nhiều súng Type 56 do Trung Quốc viện trợ.", "vi", "Vietnam"),   # (China gave them)
])
def test_the_seller_of_a_sale_is_no_receiver(full_extractor: Extractor, text: str, lang: str, buyer: str) -> None:
    assert objects(facts_of(full_extractor, text, lang), "exported_to") == [buyer]
    # (a country's own forces receive what it makes: no export)
    assert not facts_of(full_extractor, "The T-72 was delivered to the Soviet Army in 1973.", "en") & {
        ("T-72", "exported_to", "Soviet Union")}


@pytest.mark.parametrize(("text", "lang"), [
    ("The F-7 was bought from China by Bangladesh.", "en"),
    ("Chengdu F-7 dibeli dari Tiongkok oleh Bangladesh.", "id"),
    ("Samoloty F-7 zostały kupione od Chin przez Bangladesz.", "pl"),
])
def test_the_agent_of_a_passive_purchase_past_the_seller_is_the_buyer(extractor: Extractor, text: str,
                                                                     lang: str) -> None:
    assert objects(facts_of(extractor, text, lang), "exported_to") == ["Bangladesh"]


@pytest.mark.parametrize(("text", "lang"), [
    ("The turret of the M-84 was made by Đuro Đaković.", "en"),
    ("Die Wanne des M-84 wurde von Đuro Đaković gebaut.", "de"),
])
def test_the_maker_of_a_turret_or_hull_makes_no_design(full_extractor: Extractor, text: str, lang: str) -> None:
    assert not objects(facts_of(full_extractor, text, lang), "manufactured_by")


@pytest.mark.parametrize(("text", "lang", "made", "original"), [
    ("A T-62-es a T-55-ösből fejlődött ki.", "hu", "T-62", "T-55"),   # a suffix, then the case of "from"
    ("Az AMD-65-öt az AKM-ből fejlesztették ki.", "hu", "AMD-65", "AKM"),
])
def test_a_design_in_the_case_of_from_before_a_verb_of_design_is_the_original(
        full_extractor: Extractor, text: str, lang: str, made: str, original: str) -> None:
    assert facts_of(full_extractor, text, lang) == {(made, "derived_from", original)}


@pytest.mark.parametrize(("text", "made", "original", "country"), [
    ("T-72'nin yakın bir türevi olan M-84, Yugoslavya'da üretildi.", "M-84", "T-72", "Yugoslavia"),
    ("AKM'nin bir versiyonu olan AKK Bulgaristan'da üretildi.", "AKK", "AKM", "Bulgaria"),
])
def test_an_owner_marked_by_its_ending_owns_the_word_a_few_words_on(full_extractor: Extractor, text: str, made: str,
                                                                   original: str, country: str) -> None:
    # (the name after "olan", which is, is the derivative, and the clause's making is said of it)
    assert facts_of(full_extractor, text, "tr") == {(made, "derived_from", original),
                                                    (made, "made_in_country", country)}


@pytest.mark.parametrize(("text", "lang"), [
    ("The reason for the AK counterfeits is that the Soviet Union gave China a licence to produce the rifle.", "en"),
    ("A Kalasnyikovok hamisításának oka, hogy a Szovjetunió átadta a géppisztoly gyártási engedélyét Kínának.", "hu"),
])
def test_a_word_of_fakes_in_another_clause_leaves_a_licence_handed_over_a_licence(
        full_extractor: Extractor, text: str, lang: str) -> None:
    facts = all_facts(full_extractor, text, lang)
    assert {(f.relation, f.object, f.scope) for f in facts if f.relation in {"licence_status", "licensed_by"}} \
        == {("licence_status", "licensed", "China"), ("licensed_by", "Soviet Union", "China")}


@pytest.mark.parametrize(("text", "lang"), [
    ("The Soviet Union granted Bulgaria a licence for the AKM, a licence that expired long ago.", "en"),
    ("L’Unione Sovietica concesse alla Bulgaria una licenza per l’AKM, una licenza scaduta da tempo.", "it"),
    ("Die Sowjetunion erteilte Bulgarien eine Lizenz für die AKM, eine Lizenz, die längst abgelaufen ist.", "de"),
])
def test_a_licence_granted_is_a_licence_whatever_became_of_it_later(full_extractor: Extractor, text: str,
                                                                    lang: str) -> None:
    statuses = {(f.object, f.scope) for f in all_facts(full_extractor, text, lang) if f.relation == "licence_status"}
    assert {("licensed", "Bulgaria"), ("expired", "Bulgaria")} <= statuses, statuses


@pytest.mark.parametrize(("text", "lang", "alias"), [
    ('The RPG-29 "Vampire" is a Soviet anti-tank launcher.', "en", ["Vampire"]),
    ('Elicopterul IAR-330 "Puma" a fost construit la Brașov.', "ro", ["Puma"]),
    ("Танк Т-72 «Урал» поступил в войска в 1973 году.", "ru", ["Ural (Урал)"]),
    # (guards: a phrase in quotes names nothing; nor a name the design's own name holds)
    ('The T-72 "was a success" in Syria, the report said.', "en", []),
    ('Российская РСЗО БМ-21 "Град" была скопирована в Румынии.', "ru", []),
])
def test_a_name_in_quotes_right_after_a_designation_is_its_other_name(full_extractor: Extractor, text: str,
                                                                      lang: str, alias: list[str]) -> None:
    assert objects(facts_of(full_extractor, text, lang), "alias_of") == alias


@pytest.mark.parametrize(("text", "lang", "maker"), [
    ("O fuzil Tipo 56 foi fabricado durante décadas na Fábrica Estatal 66, perto de Pequim.", "pt",
     "Fábrica Estatal 66"),
    ("Durante años el Tipo 56 se produjo en la Fábrica Estatal 66.", "es", "Fábrica Estatal 66"),
])
def test_a_plants_number_after_its_name_ends_the_name(full_extractor: Extractor, text: str, lang: str,
                                                      maker: str) -> None:
    assert objects(facts_of(full_extractor, text, lang), "manufactured_by") == [maker]


@pytest.mark.parametrize(("text", "lang", "maker"), [
    ("Aero Vodochody lies north of Prague. This plant built the MiG-15 under licence.", "en", "Aero Vodochody"),
    ("Уралвагонзавод выпускает Т-90. Этот завод выпускал и танки Т-72.", "ru", "Uralvagonzavod"),
    ("Das Werk Uralwagonsawod liegt im Ural. Dieses Werk baute den T-72.", "de", "Uralvagonzavod"),
])
def test_this_plant_points_at_the_maker_named_before(full_extractor: Extractor, text: str, lang: str,
                                                     maker: str) -> None:
    makers = {(p, o) for p, r, o in facts_of(full_extractor, text, lang) if r == "manufactured_by"}
    assert any(o == maker and p in {"MiG-15", "T-72"} for p, o in makers), makers


@pytest.mark.parametrize(("text", "lang"), [
    ("Russia shipped forty Su-27SK fighters to China and later sold a licence for a hundred more.", "en"),
    ("Россия отправила Китаю сорок истребителей Су-27СК, а позднее продала лицензию ещё на сотню машин.", "ru"),
])
def test_the_subject_of_a_verb_that_sells_the_licence_gives_it_past_a_clause(full_extractor: Extractor, text: str,
                                                                              lang: str) -> None:
    facts = all_facts(full_extractor, text, lang)
    assert ("licensed_by", "Russia") in {(f.relation, f.object) for f in facts}
    assert "Russia" not in {f.scope for f in facts if f.relation == "licence_status"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Copies of the AKM were made in Romania (PM md. 65), Hungary (AMD-65) and Bulgaria.", "en"),
    ("Копии АКМ выпускались в Румынии (PM md. 65), Венгрии (AMD-65) и Болгарии.", "ru"),
])
def test_a_name_in_brackets_after_a_country_of_a_list_is_that_countrys(full_extractor: Extractor, text: str,
                                                                       lang: str) -> None:
    made = {(subject, o) for subject, r, o in facts_of(full_extractor, text, lang) if r == "made_in_country"}
    assert {("PM md. 65", "Romania"), ("AMD-65", "Hungary")} <= made, made
    assert not {("PM md. 65", "Hungary"), ("AMD-65", "Bulgaria")} & made, made


@pytest.mark.parametrize(("text", "lang", "copy", "original", "country"), [
    ("The TT-33 was produced in China under the designation Type 54.", "en", "Type 54 pistol", "TT-33", "China"),
    ("ТТ-33 производили в Китае под обозначением «Тип 54».", "ru", "Type 54 pistol", "TT-33", "China"),
    ("El AKM se fabricó en Rumania con el nombre PM md. 63.", "es", "PM md. 63", "AKM", "Romania"),
])
def test_the_name_a_making_gives_is_the_copy_made(full_extractor: Extractor, text: str, lang: str, copy: str,
                                                 original: str, country: str) -> None:
    assert facts_of(full_extractor, text, lang) == {(copy, "derived_from", original),
                                                    (copy, "made_in_country", country)}


@pytest.mark.parametrize(("text", "lang"), [
    ("Rusia se negó a vender el Su-35 a Irán.", "es"),
    ("A Rússia recusou-se a vender o Su-35 ao Irã.", "pt"),
    ("La Russia ha rifiutato di vendere il Su-33 alla Cina.", "it"),
    ("Россия отказалась продать Су-35 Ирану.", "ru"),
])
def test_a_sale_refused_is_no_export(extractor: Extractor, text: str, lang: str) -> None:
    assert not objects(facts_of(extractor, text, lang), "exported_to")


def test_a_design_a_cartridge_is_named_after_is_no_original(full_extractor: Extractor) -> None:
    # ("马卡洛夫手枪弹", the Makarov pistol cartridge: a version that fires it is no version of the pistol)
    assert facts_of(full_extractor, "M20手枪推出过发射马卡洛夫手枪弹的版本。", "zh") == set()
    assert ("Type 59 pistol", "derived_from", "Makarov PM") in facts_of(full_extractor,
                                                                        "59式手枪是马卡洛夫手枪的仿制品。", "zh")


@pytest.mark.parametrize(("text", "lang", "facts"), [
    ("T-55AM的国产仿制型号为59-2式坦克。", "zh", {("Type 59-2", "derived_from", "T-55AM")}),
    ("59式坦克的另一种改型是59-2式。", "zh", {("Type 59-2", "derived_from", "Type 59 tank")}),
    ("AK-47的中国仿制型是56式冲锋枪。", "zh", {("Type 56", "derived_from", "AK-47"),
                                        ("Type 56", "made_in_country", "China")}),
    ("T-55AMの国産コピーは59-2式戦車である。", "ja", {("Type 59-2", "derived_from", "T-55AM")}),
])
def test_the_owner_of_a_word_of_copies_a_few_words_on_is_the_original(full_extractor: Extractor, text: str,
                                                                      lang: str, facts: set[tuple[str, str, str]]) \
        -> None:
    assert facts_of(full_extractor, text, lang) == facts


def test_a_nameless_copy_is_the_one_the_text_names_that_the_registry_makes_there(full_extractor: Extractor) -> None:
    # (the page names the Type 56, which the registry derives from the AK line and makes in China; "the Chinese-made
    # AK" is that rifle, not a copy of its own)
    facts = facts_of(full_extractor, "56式小銃が展示された。中国製のAKは世界中に出回った。", "ja")
    assert facts == {("Type 56", "derived_from", "AK"), ("Type 56", "made_in_country", "China")}
    # (nor one the registry makes in another country)
    assert not any(subject == "Type 56" for subject, _, _ in facts_of(
        full_extractor, "56式小銃が展示された。ポーランド製のAKは世界中に出回った。", "ja"))


def test_a_place_before_the_copy_word_is_no_copier(extractor: Extractor) -> None:
    # (a place in the clause before, said of the buyers, not of the copying)
    facts = facts_of(extractor, "Buyers in Canada said the Su-27 was copied in China.", "en")
    assert ("Su-27 (Chinese copy)", "made_in_country", "China") in facts
    assert not any(o == "Canada" for _, _, o in facts), facts


@pytest.mark.parametrize(("text", "lang", "buyer"), [
    ("Czołgi T-72 dostarczyła Polsce Rosja.", "pl", "Poland"),   # (Russia, in no case of its own, sold)
    ("Танки Т-72 поставила Польше Россия.", "ru", "Poland"),
    ("Tenkove T-72 je Hrvatskoj isporučila Ukrajina.", "bs", "Croatia"),
    ("Rusija je Makedoniji isporučila tenkove T-72.", "bs", "North Macedonia"),
])
def test_where_a_case_ending_marks_the_receiver_the_name_in_no_case_sold(extractor: Extractor, text: str, lang: str,
                                                                        buyer: str) -> None:
    # (the seller after the verb, the receiver in the dative before it: free word order, the case says who is who)
    assert objects(facts_of(extractor, text, lang), "exported_to") == [buyer]


def test_unnamed_copies_become_one_candidate_per_country(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Egyptian and Iranian copies of the RPG-7 were made without a licence.", "en")
    assert ("RPG-7 (Egyptian copy)", "derived_from", "RPG-7") in facts
    assert ("RPG-7 (Iranian copy)", "made_in_country", "Iran") in facts
    assert ("RPG-7 (Iranian copy)", "licence_status", "unlicensed") in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("It is the Yugoslav version of the Soviet AK-47 rifle.", "en"),
    ("Radi se o jugoslavenskoj verziji sovjetske automatske puške AK-47.", "bs"),
    ("Es la versión yugoslava del fusil soviético AK-47.", "es"),
])
def test_an_unnamed_version_becomes_a_candidate_of_its_country(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert {("AK-47 (Yugoslav version)", "derived_from", "AK-47"),
            ("AK-47 (Yugoslav version)", "made_in_country", "Yugoslavia")} <= facts
    # the original's adjective after the word makes no version of its own
    assert not any(subject.startswith("AK-47 (Soviet") for subject, _, _ in facts)


def test_a_version_named_in_the_sentence_is_no_unnamed_one(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Polish version of the T-72, the PT-91, entered service in 1995.", "en")
    assert any(r == "derived_from" and o == "T-72" and "PT-91" in subject for subject, r, o in facts)
    assert not any("version)" in subject for subject, _, _ in facts)


def test_a_name_after_an_alias_cue_needs_no_list(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The BM-21, also known as Grad, was copied in several countries.", "en")
    assert ("BM-21", "alias_of", "Grad") in facts


def test_facts_about_another_name_are_about_the_product(extractor: Extractor) -> None:
    text = "The MiG-15bis was also called S-103. The S-103 was built under licence in Czechoslovakia."
    facts = all_facts(extractor, text, "en")
    licensed = [f for f in facts if f.relation == "licence_status"]
    assert licensed and all(f.subject == "MiG-15bis" and f.subject_text == "S-103" for f in licensed)


@pytest.mark.parametrize(("text", "lang", "maker"), [
    ("J-7由成都飞机工业公司制造。", "zh", "Chengdu Aircraft Industry Company"),
    ("直-5直升機是中國哈爾濱飛機製造廠製造的。", "zh", "Harbin Aircraft Manufacturing Factory"),   # after a country
    ("1959年,但西安飞机厂开始仿制图-16。", "zh", "Xi'an Aircraft Factory"),    # "but" before it is no part of it
    ("J-7は成都飛機工廠(CAC)で生産された。", "ja", "Chengdu Aircraft Factory (CAC)"),   # its letters kept
    ("J-7はハルビン飛行機工場で生産された。", "ja", "Harbin Aircraft Factory"),
])
def test_a_chinese_or_japanese_plant_that_opens_with_a_town_is_named_in_english(
        extractor: Extractor, text: str, lang: str, maker: str) -> None:
    assert objects(facts_of(extractor, text, lang), "manufactured_by") == [maker]


def test_the_letters_after_a_chinese_plant_name_that_stand_for_a_known_maker_name_it(full_extractor: Extractor) -> None:
    made = facts_of(full_extractor, "J-7は成都飛機工廠(CAC)で生産された。", "ja")
    assert objects(made, "manufactured_by") == ["Chengdu Aircraft Corporation"]


def test_a_plant_word_alone_before_a_quotation_names_no_plant(full_extractor: Extractor) -> None:
    # "its maker, 'the Tula arsenal'": the plant word is a common noun; the quoted name is the plant the registry knows
    facts = facts_of(full_extractor, "该枪的制造厂“图拉兵工厂”生产了TT-33。", "zh")
    assert set(objects(facts, "manufactured_by")) == {"Tula Arms Plant"}


def test_a_plant_name_with_a_word_not_glossed_keeps_its_spelling(extractor: Extractor) -> None:
    made = facts_of(extractor, "J-7由某某宏光飞机厂制造。", "zh")
    assert ("J-7", "manufactured_by", "某某宏光飞机厂") in made


def test_a_chinese_plant_name_runs_up_to_the_plant_word(extractor: Extractor) -> None:
    assert ("Type 59", "manufactured_by", "Factory 617") in facts_of(extractor, "59式坦克由第617工厂生产。", "zh")
    assert ("Type 56", "manufactured_by", "华东机械公司") in facts_of(extractor, "56式冲锋枪由华东机械公司生产。", "zh")
    made = facts_of(extractor, "J-7由某地飞机工业公司制造。", "zh")     # what the plant makes may open its name
    assert ("J-7", "manufactured_by", "某地飞机工业公司") in made
    assert not any(r == "manufactured_by" for _, r, _ in facts_of(extractor, "坦克工厂生产了T-54。", "zh"))
    # a city in katakana may open a Japanese plant's name
    made = facts_of(extractor, "J-5はシェンヤン飛機工廠で生産された。", "ja")
    assert ("J-5", "manufactured_by", "シェンヤン飛機工廠") in made


@pytest.mark.parametrize(("text", "lang", "maker"), [
    ("In the 1960s China built the Harbin Z-5 helicopter.", "en", "Harbin"),
    ("The Norinco Type 81 was produced in large numbers.", "en", "Norinco"),
])
def test_a_proper_word_before_a_designation_is_its_maker(extractor: Extractor, text: str, lang: str,
                                                         maker: str) -> None:
    assert any(r == "manufactured_by" and o == maker for _, r, o in facts_of(extractor, text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Our unit tested the Norinco Type 81 last week.", "en"),
    ("The air force bought the General Dynamics F-16 and the Harbin Z-5.", "en"),
    ("Sotilaat kantoivat Valmet RK 62 -rynnäkkökivääriä.", "fi"),
])
def test_a_makers_name_in_a_designs_name_alone_states_no_making(extractor: Extractor, text: str, lang: str) -> None:
    # (the name says who makes the design only where a word of making goes with it: the tests above; or where the
    # name is a known maker's, glued before the designation as the registry's name of the design opens with it:
    # "Zastava M70", test_maker_named_before_the_designation)
    assert not any(r == "manufactured_by" for _, r, _ in facts_of(extractor, text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Soldiers in many armies carry the Dragunov SVD today.", "en"),   # a designer, not a maker
    ("Many armies use the MBT T-72 today.", "en"),                    # a kind of weapon, not a maker
    ("The report ended.\nThe T-72 entered service.", "en"),            # a sentence's first word
    ("Die Armee kaufte den Kampfpanzer T-72 in großen Mengen.", "de"),   # German writes nouns with capitals
    ("Piloti cvičili na letounu Jakovlev Jak-11 dva roky.", "cs"),      # a designer as Czech spells him
    ("Pilot latał na samolocie Iljuszyn Ił-28 przez rok.", "pl"),
])
def test_other_words_before_a_designation_are_not_makers(extractor: Extractor, text: str, lang: str) -> None:
    assert not any(r == "manufactured_by" for _, r, _ in facts_of(extractor, text, lang))


def test_a_country_name_written_whole_is_not_an_adjective_with_an_ending(extractor: Extractor) -> None:
    # "Germany" is the country's name, not "German" with an ending: a name alone beside a product says less
    from copytrace.extract import lexicon
    from copytrace.extract.match import match_fold
    from copytrace.extract.mentions import build
    text = "Germany received the T-72 from Poland."
    language = lexicon.language("en")
    folded = match_fold(text)
    document = build(text, 0, language.matcher.find(text, folded), extractor.names, folded)
    germany = [m for m in document.mentions if m.kind == "country" and m.value == "DE"]
    assert germany and not germany[0].adjective


@pytest.mark.parametrize(("text", "lang"), [
    ("Production of the BTR-60 started in 1960 and ended in 1976.", "en"),
    ("The BTR-60 was built from 1960 until 1976.", "en"),
])
def test_the_end_of_a_period_is_not_an_introduction_year(extractor: Extractor, text: str, lang: str) -> None:
    years = set(objects(facts_of(extractor, text, lang), "introduced_year"))
    assert years == {"1960"}


@pytest.mark.parametrize(("text", "lang", "child", "country"), [
    ("The APR-40 is a Romanian licensed copy of the BM-21.", "en", "APR-40", "Romania"),
    ("The Type 56 is a licensed Chinese copy of the Soviet AK-47.", "en", "Type 56", "China"),
])
def test_an_adjective_on_the_copy_word_is_where_the_copy_is_made(extractor: Extractor, text: str, lang: str,
                                                                 child: str, country: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert (child, "made_in_country", country) in facts
    assert (child, "licensed_by", country) not in facts          # the copy's country is not its licensor
    assert not any(s.endswith("copy)") for s, _, _ in facts)      # the copy has a name: no unnamed copy


@pytest.mark.parametrize(("text", "lang"), [
    ("اشترت باكستان الدبابة الصينية تايب 59 في الثمانينيات.", "ar"),
    ("The army bought the Chinese Type 59 tank.", "en"),
])
def test_an_adjective_with_its_article_is_the_adjective_not_the_name_with_an_ending(full_extractor: Extractor,
                                                                                  text: str, lang: str) -> None:
    # Arabic "الصينية": the article and the adjective "صينية", not the name "الصين" with an ending (a design the
    # registry knows: one it does not know, named in passing with no word of making, is out of its scope)
    assert any(s.startswith("Type 59") and r == "made_in_country" and o == "China"
               for s, r, o in facts_of(full_extractor, text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("The MiG-21 was copied by China.", "en"),
    ("O MiG-21, produzido na União Soviética, foi copiado pela China.", "pt"),
    ("MiG-21 został skopiowany przez Chiny.", "pl"),
])
def test_the_agent_after_a_word_of_copying_is_the_copier(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert {("MiG-21 (Chinese copy)", "derived_from", "MiG-21"),
            ("MiG-21 (Chinese copy)", "made_in_country", "China")} <= facts
    assert not any(s.endswith("(Soviet copy)") for s, _, _ in facts)   # a place of making copies nothing


def test_the_copier_after_a_word_of_copying_makes_the_copy_it_names(extractor: Extractor) -> None:
    facts = facts_of(extractor, "O caça MiG-21 foi copiado pela China como J-7.", "pt")
    assert {("J-7", "derived_from", "MiG-21"), ("J-7", "made_in_country", "China")} <= facts
    assert not any(s.endswith("copy)") for s, _, _ in facts)


@pytest.mark.parametrize(("text", "lang"), [
    ("China received a licence from the Soviet Union to produce the MiG-21.", "en"),
    ("Trung Quốc đã nhận được giấy phép từ Liên Xô để sản xuất MiG-21.", "vi"),
    ("China erhielt eine Lizenz aus der Sowjetunion, um die MiG-21 zu bauen.", "de"),
])
def test_the_country_a_licence_comes_from_is_no_place_of_making(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert {("MiG-21", "made_in_country", "China"), ("MiG-21", "licensed_by", "Soviet Union")} <= facts
    assert ("MiG-21", "made_in_country", "Soviet Union") not in facts


def test_a_word_alone_in_a_country_s_brackets_names_that_country_s_copy(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Del BM-21 esistono copie romene, italiane (il FIROS è un lanciarazzi) ed egiziane "
                                "(SAKR).", "it")
    assert {("FIROS", "derived_from", "BM-21"), ("FIROS", "made_in_country", "Italy"),
            ("SAKR", "derived_from", "BM-21"), ("SAKR", "made_in_country", "Egypt")} <= facts
    assert ("FIROS", "made_in_country", "Romania") not in facts   # another country's adjective stands between
    assert not any(s.endswith("copy)") or o in {"FIROS", "SAKR"} for s, r, o in facts if r == "derived_from")


@pytest.mark.parametrize(("text", "lang", "word"), [
    ("The AKM was copied in China (Shenyang) and in Egypt.", "en", "Shenyang"),
    ("A HAL produziu o Su-30MKI para a Força Aérea Indiana (IAF).", "pt", "IAF"),
])
def test_a_town_or_an_acronym_in_a_country_s_brackets_is_no_product(extractor: Extractor, text: str, lang: str,
                                                                    word: str) -> None:
    assert not any(word in (s, o) for s, _, o in facts_of(extractor, text, lang))


def test_a_plant_word_before_a_quoted_name_another_mention_holds_names_no_plant(extractor: Extractor) -> None:
    # the sentence's first word is a common noun, and the quotation mark opens the name of the concern
    text = 'Stručnjak koncerna "Kalašnjikov" kaže da se AK proizvodi u Bugarskoj.'
    makers = objects(facts_of(extractor, text, "hr"), "manufactured_by")
    assert not any("Stručnjak" in o or o.endswith('"') for o in makers)


@pytest.mark.parametrize(("text", "lang"), [
    ("El J-7 y el J-8: aviones que China copió en Rusia (Foto)", "es"),     # a page's word for its picture
    ("Т-72 и Т-90: танки, которые производит Индия (ВИДЕО)", "ru"),
])
def test_a_page_s_word_in_a_country_s_brackets_names_no_product(extractor: Extractor, text: str, lang: str) -> None:
    language = lexicon.language(lang)
    doc = build(text, 0, language.matcher.find(text, match_fold(text)), extractor.names, match_fold(text), language)
    assert [m.text for m in doc.mentions if m.kind == "product" and not any(c.isdigit() for c in m.text)] == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Az oroszok felbontották a gyártási megállapodást, ennek ellenére Kína folytatta a J-11 gyártását.", "hu"),
    ("Russia cancelled the production agreement, but China continued to build the J-11.", "en"),
])
def test_a_word_of_making_that_names_a_deal_makes_nothing_and_a_clause_keeps_its_own(extractor: Extractor, text: str,
                                                                                   lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("J-11", "made_in_country", "China") in facts
    assert ("J-11", "made_in_country", "Russia") not in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Kina je kupila licencu za proizvodnju MiG-21 od Sovjetskog Saveza.", "hr"),
    ("China bought a licence to build the MiG-21 from the Soviet Union.", "en"),
    ("La Chine a obtenu de l'Union soviétique une licence de fabrication du MiG-21.", "fr"),
    ("中国在苏联许可下生产了MiG-21。", "zh"),
])
def test_the_seller_of_a_licence_bought_is_no_place_of_making(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("MiG-21", "made_in_country", "China") in facts
    assert ("MiG-21", "made_in_country", "Soviet Union") not in facts


def test_a_country_on_an_armed_force_uses_the_product_it_does_not_make(full_extractor: Extractor) -> None:
    assert not any(r == "made_in_country" for _, r, _ in
                   facts_of(full_extractor, "The Soviet Air Force's MiG-23 fleet grew quickly.", "en"))
    assert ("MiG-23", "made_in_country", "Soviet Union") in facts_of(full_extractor, "The Soviet MiG-23 fleet grew.",
                                                                    "en")


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("The BM-21 is known as the Grad in the army.", "en", "Grad"),
    ("Meriam Zu-23-2 dikenal juga sebagai ZUR di sini.", "id", "ZUR"),
])
def test_a_name_after_an_alias_cue_and_a_short_word(extractor: Extractor, text: str, lang: str, name: str) -> None:
    assert any(r == "alias_of" and o == name for _, r, o in facts_of(extractor, text, lang))


def test_products_in_brackets_after_countries_derive_from_the_product_outside(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Versions of the T-72 were built under licence in Yugoslavia (M-84) and Poland "
                                "(PT-91) for many years.", "en")
    assert {("M-84", "derived_from", "T-72"), ("PT-91", "derived_from", "T-72")} <= facts
    assert ("PT-91", "derived_from", "M-84") not in facts
    assert {("M-84", "made_in_country", "Yugoslavia"), ("PT-91", "made_in_country", "Poland")} <= facts


def test_a_pair_read_as_derivation_is_not_also_two_names_of_one_product(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The PT-91, also called the T-72M1, is a Polish development of the T-72M1.", "en")
    assert ("PT-91", "derived_from", "T-72M1") in facts
    assert ("PT-91", "alias_of", "T-72M1") not in facts


def test_an_opening_sentence_without_a_name_speaks_of_the_main_subject(extractor: Extractor) -> None:
    text = ("The rifle entered service with the army in 1959. The AKM replaced the AK-47 quickly. "
            "The AKM was built in great numbers.")
    assert ("AKM", "introduced_year", "1959") in facts_of(extractor, text, "en")


def test_a_licence_is_scoped_to_the_country_nearest_the_product(extractor: Extractor) -> None:
    facts = all_facts(extractor, "Poland, Hungary and India also bought tanks, while China built the Type 59 "
                                 "under licence.", "en")
    scopes = {f.scope for f in facts if f.subject == "Type 59" and f.relation == "licence_status"}
    assert scopes == {"China"}
    assert not any(f.relation == "licensed_by" and f.object == f.scope for f in facts)


def test_a_copy_cue_in_brackets_speaks_of_what_the_brackets_stand_beside(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The rifle was built in China (the Type 79 and the Type 85) and in Iran (as a "
                                "copy of the Chinese Type 79).", "en")
    assert ("Type 85", "derived_from", "Type 79") not in facts
    in_table = facts_of(extractor, "The list names the AK-47MA1 (a variant of the AK-47M1) first.", "en")
    assert ("AK-47MA1", "derived_from", "AK-47M1") in in_table


@pytest.mark.parametrize(("text", "lang", "maker"), [
    ("Pabrik senjata Pindad membuat SS-1 di Bandung.", "id", "Pabrik senjata Pindad"),
    ("Nhà máy sản xuất trực thăng Kazan đã chế tạo Mi-8.", "vi", "Nhà máy sản xuất trực thăng Kazan"),
])
def test_a_plant_word_then_a_description_then_the_name(extractor: Extractor, text: str, lang: str,
                                                      maker: str) -> None:
    assert any(r == "manufactured_by" and o == maker for _, r, o in facts_of(extractor, text, lang))


def test_an_article_opening_a_sentence_is_not_part_of_a_plant_name(extractor: Extractor) -> None:
    assert not any(o.startswith("The") for _, r, o in facts_of(extractor, "The plant in Martin built the T-55.", "en"))


def test_the_agent_of_a_licence_is_its_licensor_not_the_agent_of_production(extractor: Extractor) -> None:
    granted = facts_of(extractor, "India built the MiG-21 under a licence granted by the Soviet Union.", "en")
    assert ("MiG-21", "licensed_by", "Soviet Union") in granted
    built = facts_of(extractor, "The MiG-21 was built by India under licence.", "en")
    assert ("MiG-21", "licensed_by", "India") not in built


def test_a_year_after_a_one_character_until_word_ends_a_period(extractor: Extractor) -> None:
    assert {o for _, r, o in facts_of(extractor, "56式手枪从1956年一直生产到1980年。", "zh")
            if r == "introduced_year"} == {"1956"}


def test_a_language_naming_a_spelling_is_not_a_country(extractor: Extractor) -> None:
    facts = facts_of(extractor, "El fusil Dragunov (en ruso: Снайперская винтовка Драгунова) es soviético.", "es")
    assert ("Dragunov SVD", "made_in_country", "Russia") not in facts


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("A hadsereg a T-72M1 harckocsikat Lengyelországból vásárolta.", "hu", None),        # from Poland: no maker
    ("Az AMD-65 gépkarabélyt Magyarországon gyártották.", "hu", ("AMD-65", "made_in_country", "Hungary")),
    ("Suomi osti T-72M1-panssarivaunuja Neuvostoliitosta.", "fi", ("T-72M1", "exported_to", "Finland")),
])
def test_a_case_ending_on_a_country_gives_its_role(extractor: Extractor, text: str, lang: str,
                                                   fact: tuple[str, str, str] | None) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("T-72M1", "made_in_country", "Poland") not in facts
    assert ("T-72M1", "exported_to", "Soviet Union") not in facts     # the seller is not where it went
    if fact is not None:
        assert fact in facts


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("A Szovjetunió 1960-ban átadta az RPG-7 gyártási engedélyét Romániának.", "hu", "Romania"),
    ("A Szovjetunió az RPG-7 gyártási jogát Vietnámnak adta át.", "hu", "Vietnam"),
])
def test_a_country_name_in_a_case_is_no_adjective(extractor: Extractor, text: str, lang: str, country: str) -> None:
    # the capitalised stem with a dative ending ("Romániának") is the name of who received the licence, not an
    # adjective right after the licence word naming whose licence it is
    facts = facts_of(extractor, text, lang)
    assert ("RPG-7", "licensed_by", "Soviet Union") in facts
    assert ("RPG-7", "licensed_by", country) not in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Çin, J-7 uçaklarını Pakistan'a ihraç etti.", "tr"),     # the recipient before the verb, marked by -a
    ("中国はJ-7をパキスタンに輸出した。", "ja"),                  # ... marked by に
    ("中国向巴基斯坦出口了歼-7战斗机。", "zh"),                    # ... by 向 before it
])
def test_a_marked_recipient_before_a_final_verb_is_where_it_went(extractor: Extractor, text: str,
                                                                lang: str) -> None:
    assert any(r == "exported_to" and o == "Pakistan" for _, r, o in facts_of(extractor, text, lang))


def test_the_agent_of_an_export_is_not_its_recipient(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The T-72 was exported to Iraq by Poland.", "en")
    assert ("T-72", "exported_to", "Iraq") in facts and ("T-72", "exported_to", "Poland") not in facts


@pytest.mark.parametrize(("text", "fact", "not_fact"), [
    ("북한은 소련으로부터 T-62를 구입했다.", ("T-62", "exported_to", "North Korea"),
     ("T-62", "made_in_country", "North Korea")),
    ("T-72M1은 폴란드에서 면허생산되었다.", ("T-72M1", "made_in_country", "Poland"),
     ("T-72M1", "licensed_by", "Poland")),
    ("소련제 T-72 전차가 도착했다.", ("T-72", "made_in_country", "Soviet Union"), None),
])
def test_korean_particles_give_a_country_its_role(full_extractor: Extractor, text: str, fact: tuple[str, str, str],
                                                  not_fact: tuple[str, str, str] | None) -> None:
    facts = facts_of(full_extractor, text, "ko")
    assert fact in facts
    assert not_fact not in facts


def test_the_designer_is_not_the_maker(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The MiG-21 was designed by the Mikoyan bureau and built by Hindustan "
                                "Aeronautics Limited.", "en")
    makers = set(objects(facts, "manufactured_by"))
    assert makers and not any("Mikoyan" in m for m in makers)


def test_a_name_right_after_an_alias_cue_wins_over_a_product_spelled_again(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Il BM-21, anche conosciuto come Grad (БМ-21), fu introdotto nel 1963.", "it")
    assert ("BM-21", "alias_of", "Grad") in facts


def test_a_connecting_word_before_a_country_is_not_part_of_a_plant_name(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Bumar works of Poland built the T-72.", "en")
    assert ("T-72", "manufactured_by", "Bumar works") in facts and ("T-72", "made_in_country", "Poland") in facts


def test_a_country_that_copies_makes_an_unnamed_copy(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The MiG-21 was a success. China copied the MiG-21 without a licence.", "en")
    assert {("MiG-21 (Chinese copy)", "derived_from", "MiG-21"), ("MiG-21 (Chinese copy)", "made_in_country", "China"),
            ("MiG-21 (Chinese copy)", "licence_status", "unlicensed")} <= facts
    assert ("MiG-21", "licence_status", "unlicensed") not in facts      # the original is not the unlicensed one
    assert not any(s.endswith("copy)") for s, _, _ in facts_of(extractor, "Russia sold the MiG-21 to China.", "en"))


def test_chinese_spellings_of_soviet_design_bureaus_are_designations(extractor: Extractor) -> None:
    assert ("J-7", "derived_from", "MiG-21") in facts_of(extractor, "歼-7是中国在米格-21基础上研制的战斗机。", "zh")
    exported = facts_of(extractor, "中国向巴基斯坦出口了歼-7战斗机。", "zh")
    assert not any(r == "exported_to" and o == "China" for _, r, o in exported)


def test_a_longer_designation_in_a_production_sentence_is_a_version(extractor: Extractor) -> None:
    facts = facts_of(extractor, "In total 17,697 BVP-1 were produced, 402 of them as the command BVP-1K.", "en")
    assert ("BVP-1K", "derived_from", "BVP-1") in facts
    standing = facts_of(extractor, "The BVP-1 and the BVP-1K stood there.", "en")   # no production, no versions
    assert not any(r == "derived_from" for _, r, _ in standing)


def test_a_country_with_its_army_is_no_place_of_production(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Chinese army still uses the Russian-made Mi-17 helicopters.", "en")
    assert ("Mi-17", "made_in_country", "China") not in facts
    delivered = facts_of(extractor, "The last J-7 was delivered in China in 2013, not exported to Pakistan.", "en")
    assert not any(r == "exported_to" and o == "China" for _, r, o in delivered)


def test_each_country_is_read_with_the_export_word_nearest_it(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The J-7 was delivered to the air force in 2013 and was never exported to "
                                "Pakistan.", "en")
    assert not any(r == "exported_to" and o == "Pakistan" for _, r, o in facts)   # the nearest word is negated


def test_the_year_a_licensee_began_production_is_not_the_introduction_year(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Licence production of the T-72 began in Poland in 1978.", "en")
    assert ("T-72", "introduced_year", "1978") not in facts
    assert ("T-72", "introduced_year", "1973") in facts_of(extractor, "The T-72 entered service in 1973.", "en")



@pytest.mark.parametrize(("text", "lang"), [
    ("The Galil was designed in Israel. In 1980 this rifle was made under licence in South Africa as the R4.", "en"),
    ("Der Galil wurde in Israel entwickelt. Dieses Gewehr wurde später in Südafrika in Lizenz als R4 gebaut.", "de"),
    ("Galil был разработан в Израиле. Эта винтовка позже выпускалась по лицензии в ЮАР под названием R4.", "ru"),
    ("Galil dirancang di Israel. Senapan ini kemudian dibuat dengan lisensi di Afrika Selatan sebagai R4.", "id"),
])
def test_a_demonstrative_with_a_product_noun_speaks_of_the_product_named_before(
        extractor: Extractor, text: str, lang: str) -> None:
    # without the demonstrative, the sentence's only name (R4) would take every fact; with it, the making is the
    # Galil's, or, where the language's naming word is read ("под названием"), the R4's as the Galil's copy
    facts = facts_of(extractor, text, lang)
    assert ("IMI Galil", "made_in_country", "South Africa") in facts \
        or {("Vektor R4", "derived_from", "IMI Galil"), ("Vektor R4", "made_in_country", "South Africa")} <= facts


def test_a_demonstrative_without_a_product_noun_points_at_nothing(extractor: Extractor) -> None:
    text = "The Galil was designed in Israel. In 1980 this was made under licence in South Africa as the R4."
    assert ("IMI Galil", "made_in_country", "South Africa") not in facts_of(extractor, text, "en")


def test_a_demonstrative_after_a_product_named_in_its_sentence_means_that_product(extractor: Extractor) -> None:
    text = ("The Galil was designed in Israel. The Valmet Rk 62 was made in Finland, and in 1970 "
            "this rifle was also made under licence in Indonesia.")
    facts = facts_of(extractor, text, "en")
    finnish = {s for s, r, o in facts if r == "made_in_country" and o == "Finland"}
    assert finnish and finnish != {"IMI Galil"}
    assert {s for s, r, o in facts if r == "made_in_country" and o == "Indonesia"} == finnish


@pytest.mark.parametrize(("text", "lang"), [
    ("In 1962 China began to make a copy of the AKM known as the Type 81.", "en"),
    ("В 1962 году Китай начал выпускать копию АКМ под названием Тип 81.", "ru"),
])
def test_a_name_given_right_after_the_original_of_a_copy_names_the_copy(
        extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Type 81", "derived_from", "AKM") in facts
    assert not any(r == "alias_of" for _, r, _ in facts)


def test_another_name_of_a_family_after_a_copy_word_stays_the_familys(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Many makers sell copies of the Kalashnikov, also known as the AK-47.", "en")
    assert not any(r == "derived_from" and s == "AK-47" for s, r, _ in facts)


def test_a_country_read_surer_as_the_maker_is_not_also_the_licensor(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Romania made the PM md. 63 under licence from the Soviet Union.", "en")
    assert ("PM md. 63", "made_in_country", "Romania") in facts
    assert ("PM md. 63", "licensed_by", "Romania") not in facts


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("Pistol M57 diproduksi di Yugoslavia.", "id", "Yugoslavia"),
    ("Пистолет M57 производился в Югославии.", "ru", "Yugoslavia"),
])
def test_the_name_of_a_historical_state_is_a_place_not_an_adjective(
        extractor: Extractor, text: str, lang: str, country: str) -> None:
    assert ("M57", "made_in_country", country) in facts_of(extractor, text, lang)


def test_a_word_for_both_in_and_into_reads_as_in_beside_a_production_word(extractor: Extractor) -> None:
    assert ("APR-40", "made_in_country", "Romania") in facts_of(extractor, "APR-40 a fost produs în România.", "ro")


@pytest.mark.parametrize(("text", "lang"), [
    ("The MiG-21 was built in many countries. The Chinese version J-7 was exported widely.", "en"),
    ("O MiG-21 foi produzido em vários países. A versão chinesa J-7 foi exportada.", "pt"),
])
def test_a_name_set_beside_a_version_word_is_the_version(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert any(s.endswith("J-7") and r == "derived_from" and o == "MiG-21" for s, r, o in facts)
    assert not any(s == "MiG-21" and r == "derived_from" for s, r, _ in facts)


def test_a_name_after_a_version_word_and_of_is_the_original(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The J-7 was built in China. It is a version of the MiG-21.", "en")
    assert any(s.endswith("J-7") and r == "derived_from" and o == "MiG-21" for s, r, o in facts)


def test_a_country_adjective_is_on_the_product_nearer_to_it(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Yugoslav M57 (TT) pistols were made for the army.", "en")
    assert ("M57", "made_in_country", "Yugoslavia") in facts
    assert not any(r == "made_in_country" and s.startswith("TT") for s, r, _ in facts)


def test_an_adjective_after_a_copula_is_not_on_the_product_before_it(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Le Type 56 est soviétique par son origine.", "fr")
    assert ("Type 56", "made_in_country", "Soviet Union") not in facts
    # (the adjective on the noun after it holds: a design made in that country)
    assert ("AKM", "made_in_country", "Soviet Union") in facts_of(extractor, "Le fusil AKM soviétique.", "fr")


def test_a_word_for_in_ends_an_organisation_name(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Pistol P1 tersebut diproduksi oleh PT Pindad di Bandung.", "id")
    assert ("P1", "manufactured_by", "PT Pindad") in facts


def test_the_country_of_a_copy_may_stand_between_its_original_and_its_name(extractor: Extractor) -> None:
    text = "They sold variants of the AKM from the People's Republic of China named Type 81."
    facts = facts_of(extractor, text, "en")
    assert ("Type 81", "derived_from", "AKM") in facts


@pytest.mark.parametrize(("text", "lang", "fact"), [
    # a short name takes no ending by the matcher's rule: "Iranu" is Iran's genitive, from the inflection data
    ("Karabiny AKM eksportowano do Iranu.", "pl", ("AKM", "exported_to", "Iran")),
    # a stem that changes: "Egipcie" is the locative of "Egipt"
    ("Karabin Misr produkowano w Egipcie.", "pl", ("Misr", "made_in_country", "Egypt")),
])
def test_inflected_forms_from_the_lemma_data_are_read(extractor: Extractor, text: str, lang: str,
                                                      fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(extractor, text, lang)


def test_a_country_right_before_a_copy_word_makes_the_copy_named_before(extractor: Extractor) -> None:
    facts = facts_of(extractor, "56式冲锋枪是中国仿制的AK-47。", "zh")
    assert {("Type 56", "derived_from", "AK-47"), ("Type 56", "made_in_country", "China")} <= facts


@pytest.mark.parametrize(("text", "lang"), [
    ("59式坦克于1958年开始生产，它是苏联T-54A的仿制型。", "zh"),
    ("The Type 59 entered production in 1958. It is a Chinese T-54A copy.", "en"),
])
def test_a_name_right_before_a_copy_word_with_nothing_after_is_the_original(
        extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert any(s.startswith("Type 59") and r == "derived_from" and o == "T-54A" for s, r, o in facts)


def test_a_fact_about_the_product_spoken_of_does_not_weaken_with_the_length_of_what_came_before(
        extractor: Extractor) -> None:
    short = "The Galil is an assault rifle. It was later made under licence in South Africa."
    long = ("The Galil is an assault rifle that was designed in the late 1960s for the armed forces of a small "
            "country which needed a reliable weapon for desert conditions and rough use in the field. "
            "It was later made under licence in South Africa.")

    def confidence(text: str) -> float:
        return next(f.confidence for f in extractor.extract_text(text, lang="en")
                    if f.relation == "made_in_country" and f.object == "South Africa")

    assert confidence(long) == confidence(short)


def test_a_marking_particle_gives_a_place_its_role_in_japanese(extractor: Extractor) -> None:
    facts = facts_of(extractor, "M70はユーゴスラビアで製造され、イラクに輸出された。", "ja")
    assert {("Zastava M70", "made_in_country", "Yugoslavia"), ("Zastava M70", "exported_to", "Iraq")} <= facts
    assert ("Zastava M70", "made_in_country", "Iraq") not in facts


@pytest.mark.parametrize(("text", "lang"), [
    # a word of destination after the name, where such words follow their noun, and a doer's mark before a verb
    ("M70が生産され、イラクなどに輸出された。", "ja"),
    ("M70이 생산되었고, 이라크 등에 수출되었다.", "ko"),
    # a name with its own case ending, then a verb, opens no list with the next name
    ("M70은 유고슬라비아에서 생산되어 이라크에 수출되었다.", "ko"),
])
def test_a_mark_after_a_country_sends_the_product_there(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Zastava M70", "exported_to", "Iraq") in facts
    assert ("Zastava M70", "made_in_country", "Iraq") not in facts
    assert ("Zastava M70", "exported_to", "Yugoslavia") not in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Puška M70 proizvodila se u Jugoslaviji po sovjetskoj licenci.", "hr"),
    ("Puška M70 proizvodila se u Jugoslaviji pod licencom Sovjetskog Saveza.", "hr"),
])
def test_the_licensor_is_the_country_on_or_after_the_licence_word(extractor: Extractor, text: str,
                                                                   lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert {("Zastava M70", "licensed_by", "Soviet Union"), ("Zastava M70", "made_in_country", "Yugoslavia")} <= facts
    assert ("Zastava M70", "licensed_by", "Yugoslavia") not in facts
    assert ("Zastava M70", "made_in_country", "Soviet Union") not in facts


def test_inflected_forms_from_the_lemma_data_take_no_further_ending() -> None:
    from copytrace.extract.match import Matcher, Phrase, match_fold
    matcher = Matcher()
    matcher.add("gradili", Phrase("produce", "produce"), exact=True)
    assert matcher.find("gradilište", match_fold("gradilište")) == []
    assert len(matcher.find("gradili su", match_fold("gradili su"))) == 1


def test_devanagari_vowel_signs_are_letters_of_their_word(extractor: Extractor) -> None:
    # with its vowel signs dropped, "शामिल" (included) read as "माली" (Mali)
    facts = facts_of(extractor, "AKM को 1959 में सेवा में शामिल किया गया।", "hi")
    assert ("AKM", "introduced_year", "1959") in facts
    assert not any(o == "Mali" for _, _, o in facts)


def test_the_hindi_subject_marker_is_not_a_passive_agent(extractor: Extractor) -> None:
    facts = facts_of(extractor, "भारत ने लाइसेंस के तहत मिग-21 का निर्माण किया।", "hi")
    assert ("MiG-21", "made_in_country", "India") in facts
    assert ("MiG-21", "licensed_by", "India") not in facts


def test_a_common_word_is_not_read_as_a_clitic_and_a_negation(extractor: Extractor) -> None:
    # Arabic "فقط" (only) is not "ف" + "قط" (never)
    facts = facts_of(extractor, "قامت بولندا فقط بإنتاج دبابة T-72 بموجب ترخيص.", "ar")
    assert ("T-72", "made_in_country", "Poland") in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Das AKM wurde nach Vietnam exportiert.", "de"),
    ("De AKM werd naar Vietnam geëxporteerd.", "nl"),
    ("AKM به ویتنام صادر شد.", "fa"),
])
def test_a_recipient_after_to_before_a_final_export_verb(extractor: Extractor, text: str, lang: str) -> None:
    assert ("AKM", "exported_to", "Vietnam") in facts_of(extractor, text, lang)


def test_a_place_after_a_word_for_both_in_and_to_is_no_recipient(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Das AKM wurde in China gebaut und exportiert.", "de")
    assert ("AKM", "exported_to", "China") not in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Csehszlovákiában a BMP-1-et BVP-1 néven is ismerték.", "hu"),
])
def test_a_name_right_before_a_following_naming_word_is_another_name(extractor: Extractor, text: str,
                                                                      lang: str) -> None:
    # (with a word of making, "BVP-1 néven gyártották", the name is the copy made: as "produced the BMP-1 under the
    # name BVP-1" is in English)
    facts = facts_of(extractor, text, lang)
    assert ("BMP-1", "alias_of", "BVP-1") in facts or ("BVP-1", "alias_of", "BMP-1") in facts


def test_an_original_marked_from_before_a_participle_is_the_parent(extractor: Extractor) -> None:
    facts = facts_of(extractor, "T-72'den türetilen PT-91 tankı Polonya'da üretildi.", "tr")
    assert any(s.startswith("PT-91") and r == "derived_from" and o == "T-72" for s, r, o in facts)
    assert not any(s == "T-72" and r == "derived_from" for s, r, _ in facts)


@pytest.mark.parametrize(("text", "lang"), [
    ("Romanya, PM md. 63'ü Sovyet lisansıyla üretti.", "tr"),
    ("رومانی PM md. 63 را با مجوز شوروی تولید کرد.", "fa"),
])
def test_the_licensor_is_no_rival_of_the_producing_country(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert {("PM md. 63", "made_in_country", "Romania"), ("PM md. 63", "licensed_by", "Soviet Union")} <= facts


@pytest.mark.parametrize(("text", "lang"), [
    ("J-7 este o copie chinezească fără licență a avionului MiG-21.", "ro"),
    ("A J-7 a MiG-21 licenc nélküli kínai másolata.", "hu"),
])
def test_words_qualifying_a_copy_word_do_not_part_it_from_its_original(extractor: Extractor, text: str,
                                                                        lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert any(s.endswith("J-7") and r == "derived_from" and o == "MiG-21" for s, r, o in facts)
    assert any(s.endswith("J-7") and r == "licence_status" and o == "unlicensed" for s, r, o in facts)


def test_a_negated_copy_is_no_derivation(extractor: Extractor) -> None:
    assert not any(r == "derived_from" for _, r, _ in facts_of(extractor, "The J-7 is not a copy of the MiG-21.", "en"))


def test_an_agent_word_after_the_name_takes_the_verb_after_it(extractor: Extractor) -> None:
    facts = facts_of(extractor, "PT-91 tankı T-72 əsasında yaradılıb və Bumar-Łabędy tərəfindən istehsal olunur.", "az")
    assert any(s.startswith("PT-91") and r == "manufactured_by" and o == "Bumar-Łabędy" for s, r, o in facts)
    designed = facts_of(extractor, "MiG-21 Mikoyan tərəfindən layihələndirilib.", "az")
    assert not any(r == "manufactured_by" for _, r, _ in designed)


def test_a_design_bureaus_name_on_its_product_is_no_maker_in_a_production_sentence(extractor: Extractor) -> None:
    facts = facts_of(extractor, "HAL completed the licensed production of the last Sukhoi Su-30MKI fighters.", "en")
    assert not any(r == "manufactured_by" and o == "Sukhoi" for _, r, o in facts)


def test_a_one_letter_article_opening_a_sentence_is_not_part_of_a_name(extractor: Extractor) -> None:
    text = "A estatal indiana Hindustan Aeronautics Limited (HAL) concluiu a produção licenciada dos caças Su-30MKI."
    makers = set(objects(facts_of(extractor, text, "pt"), "manufactured_by"))
    assert not any(o.startswith("A ") for o in makers)


def test_an_adjective_on_a_copy_word_before_the_licence_word_is_no_licensor(extractor: Extractor) -> None:
    facts = facts_of(extractor, "PM md. 63 este o copie românească licențiată a puștii AKM.", "ro")
    assert ("PM md. 63", "licensed_by", "Romania") not in facts
    assert ("PM md. 63", "derived_from", "AKM") in facts


def test_an_adjective_on_the_original_after_a_basis_word_is_the_originals(extractor: Extractor) -> None:
    text = "Tenk M-84 razvijen je na temelju sovjetskog tenka T-72 i proizvodio se u tvornici Đuro Đaković."
    facts = facts_of(extractor, text, "hr")
    assert ("M-84", "derived_from", "T-72") in facts
    assert ("M-84", "made_in_country", "Soviet Union") not in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Jugoslavija je 1978. godine kupila licencu za proizvodnju tenka T-72.", "hr"),
    ("In 1978 Yugoslavia bought a licence to produce the T-72.", "en"),
])
def test_buying_a_licence_is_no_import_of_the_product(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("T-72", "exported_to", "Yugoslavia") not in facts
    assert ("T-72", "made_in_country", "Yugoslavia") in facts


def test_the_country_that_copies_makes_the_named_copy(extractor: Extractor) -> None:
    facts = facts_of(extractor, "中国于1964年开始仿制米格-21，命名为歼-7。", "zh")
    assert any(s.endswith("J-7") and r == "derived_from" and o == "MiG-21" for s, r, o in facts)
    assert any(s.endswith("J-7") and r == "made_in_country" and o == "China" for s, r, o in facts)


def test_an_adjective_on_a_licence_word_is_not_the_products_country(extractor: Extractor) -> None:
    facts = facts_of(extractor, "La Roumanie a produit sous licence soviétique le PM md. 63.", "fr")
    assert {("PM md. 63", "made_in_country", "Romania"), ("PM md. 63", "licensed_by", "Soviet Union")} <= facts
    assert ("PM md. 63", "made_in_country", "Soviet Union") not in facts


def test_an_aside_in_brackets_does_not_part_a_name_from_its_alias_word(extractor: Extractor) -> None:
    text = ("The BVP-1 (bojové vozidlo pěchoty, in English an infantry fighting vehicle of the army) was the "
            "Czechoslovak designation for the BMP-1.")
    facts = facts_of(extractor, text, "en")
    assert ("BVP-1", "alias_of", "BMP-1") in facts or ("BMP-1", "alias_of", "BVP-1") in facts


def test_a_line_that_only_names_a_product_heads_the_text_below_it(extractor: Extractor) -> None:
    text = ("Copies of the AK-47 were made in many places. The AK-47 is simple. The AK-47 is cheap.\n"
            "1. Vz. 58\n"
            "Made in Czechoslovakia.\n"
            "2. Type 56\n"
            "Made in China.\n")
    facts = {(s.lower(), r, o) for s, r, o in facts_of(extractor, text, "en")}
    assert {("vz. 58", "made_in_country", "Czechoslovakia"), ("type 56", "made_in_country", "China")} <= facts
    assert ("vz. 58", "made_in_country", "China") not in facts
    assert ("ak-47", "made_in_country", "China") not in facts


def test_a_version_of_the_topic_does_not_take_the_topic_over(extractor: Extractor) -> None:
    text = ("The M-84 was the main tank of the Yugoslav army. An improved version of this tank, the M-84A, "
            "followed. Yugoslavia sold 150 of these tanks to Kuwait.")
    facts = facts_of(extractor, text, "en")
    assert ("M-84", "exported_to", "Kuwait") in facts
    assert ("M-84A", "exported_to", "Kuwait") not in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Tenk M84 izrađivan je prema licenci za sovjetski tenk T-72.", "hr"),
    ("The M84 was built under a licence for the Soviet T-72.", "en"),
])
def test_a_product_after_a_licence_word_is_the_design_licensed(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("M84", "derived_from", "T-72") in facts
    assert ("T-72", "licence_status", "licensed") not in facts


def test_a_name_after_the_licensee_in_brackets_is_the_copys_own(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The BMP-1 was produced under licence by Czechoslovakia (BVP-1).", "en")
    assert ("BMP-1", "derived_from", "BVP-1") not in facts


def test_a_name_in_brackets_right_after_the_copied_original_is_the_copys(extractor: Extractor) -> None:
    facts = facts_of(extractor, "1956年，工厂开始仿制的AK-47（56式）下线。", "zh")
    assert_derives_one_way(facts, "Type 56", "AK-47")


@pytest.mark.parametrize(("text", "lang"), [
    ("La PM (en ruso, Pistolet Makarova) es una pistola producida en Bulgaria.", "es"),
    ("The PM (in Russian, Pistolet Makarova) is a pistol made in Bulgaria.", "en"),
])
def test_a_language_named_after_in_is_no_country(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not any(r == "made_in_country" and o == "Russia" for _, r, o in facts)
    assert any(r == "made_in_country" and o == "Bulgaria" for _, r, o in facts)


def test_an_organisation_a_derivation_word_points_at_is_no_maker(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The M70 was produced by Zastava, based on Izhmash drawings.", "en")
    assert any(r == "manufactured_by" and "Zastava" in o for _, r, o in facts)
    assert not any(r == "manufactured_by" and "Izh" in o for _, r, o in facts)


def test_years_that_share_one_word_give_the_best_read_one(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Designed from 1955, the AKM was finally adopted in 1959.", "en")
    assert ("AKM", "introduced_year", "1959") in facts
    assert ("AKM", "introduced_year", "1955") not in facts
    each = facts_of(extractor, "The AKM was made in the Soviet Union from 1959 and in China from 1967.", "en")
    assert {("AKM", "introduced_year", "1959"), ("AKM", "introduced_year", "1967")} <= each


@pytest.mark.parametrize(("text", "lang"), [
    ("The AKM was simplified in 1968. This version is called the Type 68.", "en"),
    ("L'AKM fut simplifié en 1968. Cette version est appelée Type 68.", "fr"),
])
def test_a_name_given_to_this_version_is_the_versions(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert_derives_one_way(facts, "Type 68", "AKM")


def test_names_in_brackets_after_a_country_are_its_versions_of_the_product(extractor: Extractor) -> None:
    text = "The SKS was produced under licence in China (Type 56 and Type 63) and in Albania."
    facts = facts_of(extractor, text, "en")
    assert {("Type 56", "derived_from", "SKS"), ("Type 63", "derived_from", "SKS")} <= facts
    assert ("SKS", "derived_from", "Type 56") not in facts


def test_a_designers_name_for_his_one_design_is_that_model(extractor: Extractor) -> None:
    text = ("The Dragunov was adopted in 1963. This rifle is produced under licence in China (Type 79 and Type 85) "
            "and Iran (as a copy of the Chinese Type 79).")
    facts = facts_of(extractor, text, "en")
    assert ("Type 79", "derived_from", "Dragunov SVD") in facts
    assert ("Dragunov SVD", "licence_status", "licensed") in facts
    assert ("Dragunov SVD", "derived_from", "Type 79") not in facts
    # a family of several models stays a family: no model derives from its name
    family = facts_of(extractor, "The Kalashnikov is produced under licence in China (Type 56).", "en")
    assert ("Type 56", "derived_from", "AK") not in family


def test_a_licence_adjective_other_than_the_designs_own_country_is_the_licensees(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The rifle is the Soviet AKM, made under Bulgarian licence at Kazanlak.", "en")
    assert ("AKM", "licensed_by", "Soviet Union") in facts
    assert ("AKM", "licensed_by", "Bulgaria") not in facts
    plain = facts_of(extractor, "The AKM was made in Bulgaria under a Soviet licence.", "en")
    assert ("AKM", "licensed_by", "Soviet Union") in plain


def test_an_adjective_that_runs_into_the_original_is_not_the_copys(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Це ліцензована копія радянського АКМ.", "uk")
    assert not any(s.startswith("AKM (") for s, _, _ in facts)


def test_a_country_that_buys_is_no_maker(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Kuvajt je kupio puške M70, proizvedene u tvornici Zastava.", "hr")
    assert not any(r == "made_in_country" and o == "Kuwait" for _, r, o in facts)
    assert any(r == "exported_to" and o == "Kuwait" for _, r, o in facts)


def test_a_name_in_brackets_takes_only_its_own_countrys_place(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The AKM was made under licence in Hungary (AMD-65), Romania (PM md. 63) and Egypt.",
                     "en")
    assert {("AMD-65", "made_in_country", "Hungary"), ("PM md. 63", "made_in_country", "Romania")} <= facts
    assert ("PM md. 63", "made_in_country", "Hungary") not in facts


def test_a_year_after_an_agent_word_is_no_maker(extractor: Extractor) -> None:
    facts = facts_of(extractor, "L'AKM è prodotto in serie dal 1965.", "it")
    assert ("AKM", "introduced_year", "1965") in facts
    assert not any(r == "manufactured_by" for _, r, _ in facts)


def test_each_bracket_speaks_of_its_own_maker(extractor: Extractor) -> None:
    text = "L'AKM est produit sous licence en Chine (Type 56), Yougoslavie (Zastava M70), Égypte."
    facts = facts_of(extractor, text, "fr")
    assert ("Type 56", "made_in_country", "China") in facts
    assert not any(s == "Type 56" and r == "manufactured_by" for s, r, _ in facts)
    assert ("Type 56", "made_in_country", "Yugoslavia") not in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Y-5輸送機は、南昌飛機公司が旧ソ連のAn-2をベースに生産した。", "ja"),
    ("运-5运输机是南昌飞机厂以苏联的安-2为基础生产的。", "zh"),
])
def test_a_country_marked_as_the_owner_of_the_original_is_not_where_the_copy_is_made(
        extractor: Extractor, text: str, lang: str) -> None:
    facts = {(subject.removeprefix("Nanchang "), r, o) for subject, r, o in facts_of(extractor, text, lang)}
    assert ("Y-5", "derived_from", "An-2") in facts
    assert ("Y-5", "made_in_country", "Soviet Union") not in facts


def test_a_listed_country_form_in_a_caseless_script_is_a_name_unless_it_ends_as_an_adjective(
        extractor: Extractor) -> None:
    facts = facts_of(extractor, "56式は1956年に中華人民共和国でライセンス生産されたAK-47である。", "ja")
    assert ("Type 56", "made_in_country", "China") in facts
    assert ("Type 56", "licensed_by", "China") not in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Лицензия на производство танков Т-62 была закуплена в СССР.", "ru"),
    ("Licencję na produkcję czołgów T-62 kupiono w ZSRR.", "pl"),
])
def test_a_licence_bought_in_a_country_was_sold_by_it(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("T-62", "licensed_by", "Soviet Union") in facts
    assert ("T-62", "exported_to", "Soviet Union") not in facts    # the licence was bought, not the tanks
    assert ("T-62", "made_in_country", "Soviet Union") not in facts
    # licensed tanks bought are tanks bought
    assert ("T-62", "exported_to", "Iraq") in facts_of(extractor, "The licensed T-62s were bought by Iraq.", "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Sowjetunion vergab 1960 eine Lizenz für das RPG-7 an Ägypten.", "de"),
    ("The Soviet Union awarded a production licence for the RPG-7 to Egypt.", "en"),
    ("L'Unione Sovietica concesse all'Egitto la licenza per produrre l'RPG-7.", "it"),
    ("A União Soviética concedeu ao Egito uma licença para fabricar o RPG-7.", "pt"),
    ("Советский Союз предоставил Египту лицензию на производство РПГ-7.", "ru"),
])
def test_the_country_that_grants_a_licence_gives_it_and_makes_nothing(extractor: Extractor, text: str,
                                                                      lang: str) -> None:
    facts = all_facts(extractor, text, lang)
    held = {(f.relation, f.object, f.scope) for f in facts if f.subject == "RPG-7"}
    assert {("licence_status", "licensed", "Egypt"), ("licensed_by", "Soviet Union", "Egypt")} <= held
    assert ("made_in_country", "Soviet Union", None) not in held
    assert not any(f.relation == "licensed_by" and f.object == "Egypt" for f in facts)


def test_a_licence_still_to_be_granted_names_no_licensor(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Rusia planea otorgar a Egipto la licencia de producción del RPG-7.", "es")
    assert not any(r == "licensed_by" for _, r, _ in facts)
    assert ("RPG-7", "licensed_by", "Russia") in facts_of(
        extractor, "Rusia otorgó a Egipto la licencia de producción del RPG-7.", "es")


@pytest.mark.parametrize(("text", "lang"), [
    ("Russia delivered 95 kits for the Su-27 to China.", "en"),
    ("Россия поставила Китаю 95 комплектов для Су-27.", "ru"),
])
def test_kits_for_a_product_are_no_export_of_it(extractor: Extractor, text: str, lang: str) -> None:
    assert not any(r == "exported_to" for _, r, _ in facts_of(extractor, text, lang))


def test_the_country_a_licence_is_sold_to_holds_it(extractor: Extractor) -> None:
    facts = all_facts(extractor, "The Soviet Union sold the production licence for the RPG-7 to Egypt.", "en")
    held = {(f.relation, f.object, f.scope) for f in facts if f.subject == "RPG-7"}
    assert {("licence_status", "licensed", "Egypt"), ("licensed_by", "Soviet Union", "Egypt")} <= held
    assert not any(f.relation == "exported_to" for f in facts)


@pytest.mark.parametrize(("text", "made", "buyer"), [
    ("The licence-built T-72s were exported to India.", "T-72", "India"),
    ("Poland exported licence-built T-72M1 tanks to Iraq.", "T-72M1", "Iraq"),
])
def test_licence_built_products_sold_abroad_are_exports(extractor: Extractor, text: str, made: str,
                                                       buyer: str) -> None:
    facts = all_facts(extractor, text, "en")
    assert (made, "exported_to", buyer) in {(f.subject, f.relation, f.object) for f in facts}
    assert not any(f.relation == "licensed_by" for f in facts)           # the seller is the maker, no licensor
    assert not any(f.relation == "licence_status" and f.scope == buyer for f in facts)


def test_selling_a_licence_is_no_export_and_the_seller_is_the_licensor(extractor: Extractor) -> None:
    facts = facts_of(extractor, "In 1958 the Soviet Union sold China a licence for the AK-47.", "en")
    assert ("AK-47", "exported_to", "China") not in facts
    assert ("AK-47", "licensed_by", "Soviet Union") in facts
    assert ("AK-47", "licensed_by", "China") not in facts


def test_a_plan_speaks_only_of_its_own_clause(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Kuwait will donate its M70 rifles, which were produced by Zastava Arms.", "en")
    assert any(r == "manufactured_by" and "Zastava" in o for _, r, o in facts)
    planned = facts_of(extractor, "Kuwait plans to produce the M70 rifle.", "en")
    assert ("M70", "made_in_country", "Kuwait") not in planned


def test_a_latin_name_inside_chinese_text_is_found(extractor: Extractor) -> None:
    facts = facts_of(extractor, "56式是中國引進仿製的AK突擊步槍。", "zh")
    assert ("Type 56", "derived_from", "AK") in facts
    assert ("Type 56", "exported_to", "China") not in facts   # what came in was the design
    named = facts_of(extractor, "56式是中國仿製的Kalashnikov突擊步槍。", "zh")
    assert ("Type 56", "derived_from", "AK") in named


def test_a_plant_name_read_back_from_its_plant_word_stops_at_a_particle(extractor: Extractor) -> None:
    facts = facts_of(extractor, "56式衝鋒槍於1956年定型。該槍由東部的國營慶華機械廠生產。", "zh")
    makers = {o for s, r, o in facts if r == "manufactured_by"}
    assert makers and not any("的" in o for o in makers)


def test_an_original_already_read_is_no_derivative_of_the_next_name(extractor: Extractor) -> None:
    facts = facts_of(extractor, "56-1式是56式的改进型。该枪是中国仿制AK-47的56式的改进型。", "zh")
    assert ("AK-47", "derived_from", "Type 56") not in facts
    assert ("Type 56-1", "derived_from", "Type 56") in facts


def test_headings_that_name_countries_one_by_one_place_what_their_sections_make(extractor: Extractor) -> None:
    text = ("Copies of the AKM were made in many countries.\n"
            "1. China\n"
            "The rifle was produced there as the Type 56.\n"
            "2. Hungary\n"
            "The rifle was produced there as the AMD-65.\n")
    facts = facts_of(extractor, text, "en")
    assert {("Type 56", "made_in_country", "China"), ("AMD-65", "made_in_country", "Hungary")} <= facts
    assert ("Type 56", "made_in_country", "Hungary") not in facts
    label = facts_of(extractor, "Serbia\nThe rifle was produced as the M70.\n", "en")
    assert not any(r == "made_in_country" for _, r, _ in label)   # one country line alone is a label


def test_an_organisation_name_goes_on_after_a_short_abbreviation(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Senapan SS1 diproduksi oleh PT. Pindad di Bandung.", "id")
    assert ("SS1", "manufactured_by", "PT. Pindad") in facts


def test_a_quote_stays_inside_its_sentence(extractor: Extractor) -> None:
    text = "The rifle was sold to Syria.\nThe AKM is made in Bulgaria. The AKM is cheap. The AKM is old."
    for fact in all_facts(extractor, text, "en"):
        assert "\n" not in fact.quote, fact


@pytest.mark.parametrize(("text", "lang"), [
    ("The Soviet Union handed over to Hungary the technical documentation of the TT pistol.", "en"),
    ("L'Union soviétique a remis à la Hongrie la documentation technique du pistolet Tokarev.", "fr"),
])
def test_handing_over_technical_documentation_is_a_licence_not_an_export(extractor: Extractor, text: str,
                                                                         lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not any(r == "exported_to" for _, r, _ in facts)
    assert ("TT pistol", "licence_status", "licensed") in facts


def test_a_capitalised_word_and_a_number_beside_a_product_noun_is_a_name(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Iran began production of the Misagh 2 missile in 2006.", "en")
    assert {("Misagh 2", "made_in_country", "Iran"), ("Misagh 2", "introduced_year", "2006")} <= facts
    assert not any(s.startswith("Chapter") for s, _, _ in
                   facts_of(extractor, "Chapter 2 says that Iran began production of rifles in 2006.", "en"))


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Iran built the “Boragh” vehicle, a copy of the AKM.", "en", "Boragh"),
    ("Tenk „Vihor“ je kopija puške AKM.", "hr", "Vihor"),
])
def test_a_quoted_name_beside_a_product_noun_names_a_product(extractor: Extractor, text: str, lang: str,
                                                              name: str) -> None:
    assert (name, "derived_from", "AKM") in facts_of(extractor, text, lang)


def test_a_quoted_phrase_is_no_name(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Chinese rifle „Made in China“ is a copy of the AKM.", "en")
    assert not any(s.startswith("Made") for s, _, _ in facts)


def test_a_capitalised_word_right_after_a_product_noun_names_it(extractor: Extractor) -> None:
    assert ("Vihor", "derived_from", "AKM") in facts_of(extractor, "Tenk Vihor je kopija puške AKM.", "hr")
    german = facts_of(extractor, "Das Gewehr Ersatz ist eine Kopie der AKM.", "de")
    assert not any(s == "Ersatz" for s, _, _ in german)   # German writes every noun with a capital


def test_a_copy_of_a_family_known_by_another_name_is_named_by_it(extractor: Extractor) -> None:
    named = facts_of(extractor, "South Africa makes a copy of the Kalashnikov known as the Vektor CR-21.", "en")
    assert ("Vektor CR-21", "derived_from", "AK") in named
    assert ("AK", "alias_of", "Vektor CR-21") not in named
    family = facts_of(extractor, "Poland made copies of the Kalashnikov, also known as the AK-47.", "en")
    assert not any(r == "derived_from" and s == "AK-47" for s, r, _ in family)


@pytest.mark.parametrize(("text", "lang"), [
    ("Another version of the AKM is the AMD-65.", "en"),
    ("Versi lain dari AKM adalah AMD-65.", "id"),
    ("Une autre version de l'AKM est l'AMD-65.", "fr"),
])
def test_a_copula_after_a_version_of_the_original_names_the_version(extractor: Extractor, text: str,
                                                                     lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert_derives_one_way(facts, "AMD-65", "AKM")


def test_an_adjective_after_of_is_the_originals_not_the_copys(extractor: Extractor) -> None:
    text = "The AKM is famous. Lawyers pursue makers of unlicensed copies of Russian rifles like the AKM."
    assert not any(s.startswith("AKM (") for s, _, _ in facts_of(extractor, text, "en"))
    italian = facts_of(extractor, "Esistono copie cinesi e romene dell'AKM.", "it")
    assert any(s == "AKM (Chinese copy)" for s, _, _ in italian)


def test_a_capital_in_a_title_case_headline_is_no_maker(extractor: Extractor) -> None:
    text = "Russia Takes Aim at Foreign AK-47 Fakers\nThe AK-47 is made in Bulgaria by a plant."
    headline = facts_of(extractor, text, "en")
    assert not any(r == "manufactured_by" and o == "Foreign" for _, r, o in headline)
    body = facts_of(extractor, "In those years Zastava M70 rifles were produced in large numbers.", "en")
    assert any(r == "manufactured_by" and "Zastava" in o for _, r, o in body)


def test_an_adjective_after_a_copy_word_is_the_copys_only_where_adjectives_follow_nouns(extractor: Extractor) -> None:
    english = facts_of(extractor, "One of the most copied Russian weapons is the AKM.", "en")
    assert not any(s.startswith("AKM (") for s, _, _ in english)
    italian = facts_of(extractor, "Esistono copie cinesi dell'AKM.", "it")
    assert ("AKM (Chinese copy)", "made_in_country", "China") in italian


def test_a_verb_between_two_names_ends_a_list_of_originals(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The kbk wz. 88 is a version of the AK-74, which replaced the AKM in 1974.", "en")
    assert any(r == "derived_from" and o == "AK-74" for _, r, o in facts)
    assert not any(r == "derived_from" and o == "AKM" for _, r, o in facts)
    listed = facts_of(extractor, "The Type 56 is a copy of the AK-47 and the SKS.", "en")
    assert {("Type 56", "derived_from", "AK-47"), ("Type 56", "derived_from", "SKS")} <= listed


def test_an_original_with_its_own_clause_of_introduction_takes_that_year(extractor: Extractor) -> None:
    text = "The PM md. 63, made from 1965, is a version of the Soviet AKM, which was introduced in 1959."
    facts = facts_of(extractor, text, "en")
    assert ("AKM", "introduced_year", "1959") in facts
    assert ("PM md. 63", "introduced_year", "1959") not in facts


def test_this_rifle_points_at_the_product_the_sentence_before_spoke_of(extractor: Extractor) -> None:
    text = ("The AKM was the Soviet rifle. The AKM was copied everywhere. The AKM was cheap. "
            "Romania made the PM md. 63 in 1963. This rifle was produced under licence.")
    facts = facts_of(extractor, text, "en")
    assert ("PM md. 63", "licence_status", "licensed") in facts
    assert ("AKM", "licence_status", "licensed") not in facts


def test_a_sentence_that_names_no_product_speaks_of_the_one_before(extractor: Extractor) -> None:
    text = ("The AKM was the Soviet rifle. The AKM was copied everywhere. The AKM was cheap. "
            "Romania made the PM md. 63 from 1963. The weapon was produced under licence.")
    facts = facts_of(extractor, text, "en")
    assert ("PM md. 63", "licence_status", "licensed") in facts
    assert ("AKM", "licence_status", "licensed") not in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("L'AKM est connu. L'AK hongrois fut désigné AMD-65.", "fr"),
    ("The Hungarian Kalashnikov was designated AMD-65.", "en"),
])
def test_another_countrys_adjective_on_a_family_names_its_version(extractor: Extractor, text: str,
                                                                   lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert {("AMD-65", "derived_from", "AK"), ("AMD-65", "made_in_country", "Hungary")} <= facts
    assert ("AK", "made_in_country", "Hungary") not in facts
    soviet = facts_of(extractor, "The Soviet Kalashnikov was adopted in 1949.", "en")
    assert not any("copy" in s for s, _, _ in soviet)   # the family's own country names no copy


def test_where_words_of_place_follow_a_name_before_the_licence_word_is_the_design_licensed(
        extractor: Extractor) -> None:
    facts = facts_of(extractor, "ソ連はハンガリーにAKMの製造ライセンスを与え、AMD-65として国産化された。", "ja")
    assert ("AKM", "derived_from", "AMD-65") not in facts


def test_two_copies_of_two_originals_pair_in_order(extractor: Extractor) -> None:
    facts = facts_of(extractor, "China built the J-6 and the J-7 on the basis of the MiG-19 and the MiG-21.", "en")
    derived = {(s, o) for s, r, o in facts if r == "derived_from"}
    assert derived == {("J-6", "MiG-19"), ("J-7", "MiG-21")}


def test_a_new_item_of_a_list_ends_the_originals(extractor: Extractor) -> None:
    text = ("The plant made the trainer JJ-5, a copy of the MiG-17, the fighter J-6, similar to the MiG-19, "
            "and the rifle Type 56, copied from the AK-47.")
    derived = {(s, o) for s, r, o in facts_of(extractor, text, "en") if r == "derived_from"}
    assert derived == {("JJ-5", "MiG-17"), ("Type 56", "AK-47")}


def test_a_copy_made_under_a_name_further_on_is_the_named_copy(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Китай скопировал МиГ-19 и строил его на своём заводе под обозначением J-6.", "ru")
    assert ("J-6", "derived_from", "MiG-19") in facts
    assert not any(r == "alias_of" for _, r, _ in facts)


def test_the_adjective_on_a_delivered_product_is_no_destination(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Контракт на поставку в Египет российских вертолётов Ка-52 подписан в мае.", "ru")
    exported = set(objects(facts, "exported_to"))
    assert "Russia" not in exported


def test_a_title_naming_no_product_states_nothing_of_the_topic(extractor: Extractor) -> None:
    text = ("Two neighbours and their counterfeit weapons\n"
            "The Su-27 was built in Russia. China bought the Su-27 in 1992.\n")
    facts = all_facts(extractor, text, "en")
    assert all(f.start > text.index("\n") for f in facts)
    assert ("Su-27", "made_in_country", "Russia") in {(f.subject, f.relation, f.object) for f in facts}


def test_a_news_dateline_names_no_place_of_the_story(extractor: Extractor) -> None:
    text = "VALLETTA, Malta (Reuters) - Syria is making copies of the AK-47, the army said."
    made = set(objects(facts_of(extractor, text, "en"), "made_in_country"))
    assert "Syria" in made and "Malta" not in made
    # the dateline's country is no place where the product was made either
    text = "VALLETTA, Malta (Reuters) - The AKM was made in large numbers, the army said."
    assert not any(r == "made_in_country" for _, r, _ in facts_of(extractor, text, "en"))


def test_a_capitalised_word_before_a_product_noun_names_a_product(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Syria is making copies of the U.S. Redeye anti-aircraft missile.", "en")
    assert any(r == "derived_from" and o == "Redeye" for _, r, o in facts)
    assert ("Redeye", "made_in_country", "Syria") not in facts   # the copy is Syria's, the original is not


def test_a_clause_between_a_demonym_and_a_product_breaks_the_adjective(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Iranians might have AK-47 rifles, the minister said.", "en")
    assert ("AK-47", "made_in_country", "Iran") not in facts
    assert ("AK-47", "made_in_country", "Iran") in facts_of(extractor, "The Iranian AK-47 rifles were shown.", "en")


def test_a_sentence_naming_only_an_original_speaks_of_the_product_before(extractor: Extractor) -> None:
    text = "Tenk M-84 bio je glavni tenk vojske. Bio je licencna inačica sovjetskog tenka T-72."
    facts = facts_of(extractor, text, "hr")
    assert ("M-84", "licence_status", "licensed") in facts
    assert ("T-72", "licence_status", "licensed") not in facts


def test_a_name_late_in_a_sentence_does_not_become_the_next_ones_subject(extractor: Extractor) -> None:
    text = ("The MiG-21 is a Soviet fighter. The MiG-21 was fast. It was compared with the American F-5. "
            "It was built under licence in Czechoslovakia from 1962.")
    facts = facts_of(extractor, text, "en")
    assert ("MiG-21", "made_in_country", "Czechoslovakia") in facts
    assert not any(s == "F-5" and o in {"Czechoslovakia", "licensed"} for s, _, o in facts)


def test_a_design_made_under_licence_under_another_designation_is_a_derived_product(extractor: Extractor) -> None:
    facts = facts_of(extractor, "W Polsce produkowano licencyjnie MiG-17 pod oznaczeniem Lim-5.", "pl")
    assert ("Lim-5", "derived_from", "MiG-17") in facts
    assert not any(r == "alias_of" for _, r, _ in facts)


def test_the_agent_of_a_licence_gave_it_and_made_nothing(extractor: Extractor) -> None:
    text = "Tiêm kích J-6 được Trung Quốc chế tạo dựa trên MiG-19 theo giấy phép do Liên Xô cấp."
    facts = facts_of(extractor, text, "vi")
    assert set(objects(facts, "made_in_country")) == {"China"}
    assert set(objects(facts, "licensed_by")) == {"Soviet Union"}


@pytest.mark.parametrize(("text", "lang", "copy", "country"), [
    ("Letoun S-102 se v Československu vyráběl v licenci podle sovětského stíhacího letounu MiG-15.", "cs", "S-102",
     "Czechoslovakia"),
    ("Samolot Lim-1 był produkowany w Polsce według radzieckiego myśliwca MiG-15.", "pl", "Lim-1", "Poland"),
])
def test_made_after_a_design_is_derived_from_it(extractor: Extractor, text: str, lang: str, copy: str,
                                                country: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert any(copy in s and r == "derived_from" and o == "MiG-15" for s, r, o in facts)
    made = {o for s, r, o in facts if r == "made_in_country"}
    assert made == {country}   # the Soviet adjective is the original's, a few words of kind before its name


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Lim-2R ist eine Aufklärerversion der Lim-2.", "de"),      # a compound ending in "version"
    ("Von der Lim-2 gab es auch eine Aufklärerversion, die Lim-2R.", "de"),
])
def test_a_compound_word_of_version_names_a_version(extractor: Extractor, text: str, lang: str) -> None:
    assert any(s == "Lim-2R" and r == "derived_from" and "Lim-2" in o for s, r, o in facts_of(extractor, text, lang))


def test_the_making_a_few_words_before_the_design_names_a_derived_product(extractor: Extractor) -> None:
    # the licence stands four words before the design it covers ("for the tank"), the name after a comma
    text = "Năm 1976, nhà máy bắt đầu sản xuất theo giấy phép đối với xe tăng T-62 của Liên Xô, được gọi là Chonma-ho."
    facts = facts_of(extractor, text, "vi")
    assert ("Chonma-ho", "derived_from", "T-62") in facts
    assert ("T-62", "alias_of", "Chonma-ho") not in facts


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("هلیکوپتر می ـ 17 روسی در ایران تعمیر شد.", "fa", "Mi-17"),
    ("مروحيات إم آي-17 الروسية", "ar", "Mi-17"),
    ("تفنگ تایپ-۵۶ چینی", "fa", "Type 56"),
])
def test_designations_spelt_in_arabic_letters(text: str, lang: str, name: str) -> None:
    from copytrace.extract.shapes import designations
    assert name in {d.canonical for d in designations(text, 0, len(text))}


def test_a_two_letter_arabic_prefix_needs_its_hyphen() -> None:
    from copytrace.extract.shapes import designations
    text = "في عام 2010 مي 5"
    assert designations(text, 0, len(text)) == []


def test_a_semicolon_inside_brackets_ends_no_sentence(extractor: Extractor) -> None:
    text = "Le fusil Type 63 (nom d'usine : 63式; nom pour l'export : M63) est une copie sous licence de l'AKM."
    facts = facts_of(extractor, text, "fr")
    assert ("Type 63", "derived_from", "AKM") in facts


def test_a_licence_handed_to_a_country_is_no_export_of_the_weapon(extractor: Extractor) -> None:
    text = "L'AKM fut produit en URSS. La licence de production du fusil AKM fut vendue à la Hongrie."
    facts = facts_of(extractor, text, "fr")
    assert not any(r == "exported_to" for _, r, _ in facts)
    assert any(r == "licence_status" and o == "licensed" for _, r, o in facts)


def test_an_english_plural_is_not_a_capital_s_model(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Poland built 500 T-72s and Hungary bought AKMs.", "en")
    assert ("T-72", "made_in_country", "Poland") in facts


def test_an_adjective_on_production_outranks_the_owners_adjective(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Croatian AK-47s of Russian production were stored.", "en")
    made = {o for s, r, o in facts if r == "made_in_country"}
    assert made == {"Russia"}


def test_a_german_decade_is_no_year() -> None:
    from copytrace.extract.shapes import years
    text = "in den 1980ern und den 1950er-Jahren, gebaut 1962"
    assert [(y.value, y.decade) for y in years(text, 0, len(text))] == [(1980, True), (1950, True), (1962, False)]


def test_do_before_a_year_is_until_in_croatian(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Tenk M-84 proizvodio se u Jugoslaviji do 1991.", "hr")
    assert ("M-84", "made_in_country", "Yugoslavia") in facts
    assert not any(r == "introduced_year" for _, r, _ in facts)


def test_a_version_called_by_a_name_is_that_versions_name(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Egipto copió el AKM y presentó una versión egipcia llamada Misr.", "es")
    assert_derives_one_way(facts, "Misr", "AKM")
    # the copy Egypt made is the one it named: no nameless "AKM (Egyptian copy)" beside it
    assert ("Misr", "made_in_country", "Egypt") in facts
    assert not any(s.endswith("copy)") for s, _, _ in facts)


@pytest.mark.parametrize(("text", "lang", "product", "country"), [
    ("The AK-47 is a Soviet assault rifle.", "en", "AK-47", "Soviet Union"),
    ("Die AMD-65 ist ein ungarisches Sturmgewehr.", "de", "AMD-65", "Hungary"),
    ("Le Type 56 est un fusil chinois.", "fr", "Type 56", "China"),
])
def test_a_product_the_copula_equates_with_a_countrys_kind_is_that_countrys(extractor: Extractor, text: str,
                                                                           lang: str, product: str,
                                                                           country: str) -> None:
    made = {(s, o) for s, r, o in facts_of(extractor, text, lang) if r == "made_in_country"}
    assert (product, country) in made


def test_the_copula_rule_keeps_out_of_licence_sentences(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The AMD-65 is a Hungarian licensed copy of the Soviet AKM.", "en")
    assert ("AMD-65", "made_in_country", "Soviet Union") not in facts


def test_a_licensed_version_of_an_original_is_surer(extractor: Extractor) -> None:
    text = "Тенк М-84 настао је у Југославији. Био је то лиценцни модел совјетског тенка Т-72."
    facts = facts_of(extractor, text, "sr")
    assert ("M-84", "derived_from", "T-72") in facts
    assert ("M-84", "licence_status", "licensed") in facts


@pytest.mark.parametrize("written", ["Type-56", "Tipo-56", "Typ-56", "Тип-56", "Tip 56"])
def test_a_type_word_with_a_hyphen_is_the_type(written: str) -> None:
    from copytrace.extract.shapes import designations
    assert [d.canonical for d in designations(written, 0, len(written))] == ["Type 56"]


def test_a_licence_word_on_a_version_gives_the_version_the_status(extractor: Extractor) -> None:
    text = "Tenk M-84 je bil glavni tank. Bil je licenčna različica sovjetskega tanka T-72."
    facts = facts_of(extractor, text, "sl")
    assert ("T-72", "licence_status", "licensed") not in facts
    assert ("M-84", "licence_status", "licensed") in facts


@pytest.mark.parametrize(("text", "lang", "maker"), [
    ("Танки Т-72 выпускал Сибирский машиностроительный завод.", "ru", "Sibirskiy mashinostroitel'nyy zavod"),
    ("Автоматы АКМ выпускались на Ижевском машиностроительном заводе.", "ru", "Izhevsk Machine-Building Plant"),
])
def test_a_plant_named_by_agreeing_adjectives_makes_the_product(full_extractor: Extractor, text: str, lang: str,
                                                                maker: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert any(r == "manufactured_by" and o == maker for _, r, o in facts)


def test_an_inflected_known_name_resolves() -> None:
    from copytrace.extract.resolve import NameRecord, Names
    names = Names([NameRecord("kazan", "organization", "Kazan Helicopter Plant", ("Казанский вертолётный завод",))])
    known = names.resolve_inflected("Казанском вертолетном заводе")
    assert known is not None and known.entity == "kazan"
    assert names.resolve_inflected("Казанский университет") is None


def test_an_organisations_number_is_no_ending_of_another_known_number() -> None:
    from copytrace.extract.resolve import NameRecord, Names
    names = Names([NameRecord("sf66", "organization", "State Factory 66", ("Factory 66",))])
    assert names.resolve_inflected("State Factory 547") is None
    known = names.resolve_inflected("State Factory 66")
    assert known is not None and known.entity == "sf66"


def test_a_short_name_in_another_script_is_not_the_latin_letters_it_transliterates_to() -> None:
    from copytrace.extract.resolve import NameRecord, Names
    names = Names([NameRecord("imi", "organization", "Israel Military Industries", ("תע״ש", "IMI")),
                   NameRecord("pm", "design", "Makarov PM", ("ПМ", "PM"))])
    assert names.resolve("TS") is None                      # "תע״ש" reads "ts" in Latin letters
    known = names.resolve("תע״ש")
    assert known is not None and known.entity == "imi"
    latin = names.resolve("PM")   # a name in Latin letters with a short key stands
    assert latin is not None and latin.entity == "pm"
    cyrillic = names.resolve("ПМ")
    assert cyrillic is not None and cyrillic.entity == "pm"
    # Cyrillic letters transliterate whole: a short name known only in Cyrillic is found in Latin letters
    termit = Names([NameRecord("p-15", "design", "P-15 Termit", ("П-15",))]).resolve("P-15")
    assert termit is not None and termit.entity == "p-15"


@pytest.mark.parametrize(("text", "lang"), [
    ("The factory produced the first J-7BGI fighters under a contract signed in 2010.", "en"),
    ("A fábrica produziu os primeiros J-7BGI ao abrigo do contrato assinado em 2010.", "pt"),
])
def test_the_year_of_a_deal_is_no_year_of_introduction(extractor: Extractor, text: str, lang: str) -> None:
    assert ("J-7BGI", "introduced_year", "2010") not in facts_of(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("The J-7BGI entered service in 2013 under a contract signed in 2010.", "en"),
    ("O J-7BGI entrou em serviço em 2013 ao abrigo do contrato assinado em 2010.", "pt"),
])
def test_a_year_of_service_beside_a_year_of_a_deal_stays(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("J-7BGI", "introduced_year", "2013") in facts
    assert ("J-7BGI", "introduced_year", "2010") not in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("중국은 MiG-19의 면허생산을 진행하고 MiG-21의 복사생산을 추진했다.", "ko"),
    ("China continued the MiG-19's licence production and later copied the MiG-21.", "en"),
])
def test_a_name_marked_as_the_owner_of_the_licence_word_holds_the_licence(extractor: Extractor, text: str,
                                                                         lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("MiG-19", "licence_status", "licensed") in facts
    assert ("MiG-21", "licence_status", "licensed") not in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The Y-8 made its first flight in 1974 and entered service in 1981.", "en"),
    ("Der Erstflug der Y-8 fand 1974 statt, in Dienst gestellt wurde sie 1981.", "de"),
    ("Первый полёт Y-8 совершил в 1974 году, на вооружение принят в 1981 году.", "ru"),
    ("Y-8は1974年に初飛行し、1981年に配備された。", "ja"),
    ("Y-8于1974年首飞，1981年服役。", "zh"),
])
def test_the_year_of_a_first_flight_is_no_year_of_introduction(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Y-8", "introduced_year", "1981") in facts
    assert ("Y-8", "introduced_year", "1974") not in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The Type 69 was shown at a military parade in 1982; production began in 1983.", "en"),
    ("Type 69 впервые показали на параде в 1982 году, серийное производство началось в 1983 году.", "ru"),
    ("Typ 69 został pokazany na defiladzie w 1982 roku, a produkcja ruszyła w 1983 roku.", "pl"),
    ("Le Type 69 fut présenté lors d'un défilé en 1982 et sa production commença en 1983.", "fr"),
])
def test_the_year_of_a_parade_or_a_show_is_no_year_of_introduction(extractor: Extractor, text: str,
                                                                   lang: str) -> None:
    years = {o for s, r, o in facts_of(extractor, text, lang) if r == "introduced_year"}
    assert "1983" in years and "1982" not in years


@pytest.mark.parametrize(("text", "lang"), [
    ("Production of the Y-8 began in 1981 and ceased in 1999.", "en"),
    ("Výroba Y-8 začala v roce 1981 a skončila v roce 1999.", "cs"),
    ("Производство Y-8 началось в 1981 году и прекратилось в 1999 году.", "ru"),
    ("La production du Y-8 a commencé en 1981 et a cessé en 1999.", "fr"),
    ("运-8于1981年开始生产，1999年停产。", "zh"),
    ("Die Produktion der Y-8 begann 1981 und wurde 1999 eingestellt.", "de"),
])
def test_the_year_production_ended_is_no_year_of_introduction(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Y-8", "introduced_year", "1981") in facts
    assert ("Y-8", "introduced_year", "1999") not in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Produktion der Y-8 wurde 1999 eingestellt.", "de"),
    ("Y-8 production was halted in 1999.", "en"),
    ("De productie van de Y-8 werd in 1999 stopgezet.", "nl"),
    ("Y-8 üretimi 1999 yılında durduruldu.", "tr"),
    ("Y-8の生産は1999年に終了した。", "ja"),
])
def test_a_year_a_word_of_ending_governs_is_no_year_of_introduction(extractor: Extractor, text: str,
                                                                    lang: str) -> None:
    assert not any(r == "introduced_year" for _, r, _ in facts_of(extractor, text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Serienproduktion des erprobten Panzers T-72 begann 1973.", "de"),
    ("Серийное производство испытанного танка Т-72 началось в 1973 году.", "ru"),
])
def test_a_word_of_testing_inside_the_subject_leaves_the_year_of_making(extractor: Extractor, text: str,
                                                                        lang: str) -> None:
    assert ("T-72", "introduced_year", "1973") in facts_of(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("To jest malezyjska wersja czołgu PT-91.", "pl"),
    ("Je to malajsijská verze tanku PT-91.", "cs"),
    ("Это малайзийская версия танка PT-91.", "ru"),
])
def test_an_adjective_on_a_word_of_versions_is_not_the_original_s(extractor: Extractor, text: str, lang: str) -> None:
    assert ("PT-91", "made_in_country", "Malaysia") not in facts_of(extractor, text, lang)


def test_an_adjective_before_a_word_of_versions_right_on_the_name_is_the_name_s(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Chinese improved Type 59 tank was exported to Iraq.", "en")
    assert ("Type 59", "made_in_country", "China") in facts


@pytest.mark.parametrize(("text", "design"), [
    ("伊朗仿制了69式坦克。", "Type 69 tank"),
    ("伊朗仿制了69式火箭筒。", "Type 69 RPG"),
])
def test_a_shared_name_written_with_its_noun_is_the_design_of_that_whole_name(full_extractor: Extractor, text: str,
                                                                             design: str) -> None:
    facts = facts_of(full_extractor, text, "zh")
    assert (f"{design} (Iranian copy)", "derived_from", design) in facts


@pytest.mark.parametrize(("text", "design"), [
    ("Syria ordered forty Type 69 tanks from China in 1983.", "Type 69 tank"),
    ("Syria ordered the Type 69 main battle tank from China in 1983.", "Type 69 tank"),
    ("Syria ordered Type 69 rocket launchers from China in 1983.", "Type 69 RPG"),
])
def test_a_shared_name_before_a_form_of_the_noun_one_design_s_name_ends_in_is_that_design(
        full_extractor: Extractor, text: str, design: str) -> None:
    facts = facts_of(full_extractor, text, "en")
    assert objects(facts, "exported_to") == ["Syria"]
    assert {s for s, r, _ in facts if r == "exported_to"} == {design}


@pytest.mark.parametrize(("text", "lang"), [
    ("In 1964 China obtained the MiG-21 production licence.", "en"),
    ("1964年，中国获得了米格-21的生产许可证。", "zh"),
])
def test_a_licence_for_a_design_taken_is_no_purchase_of_the_design(extractor: Extractor, text: str,
                                                                    lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("MiG-21", "licence_status", "licensed") in facts
    assert ("MiG-21", "exported_to", "China") not in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Called Fishbed by NATO, the MiG-21 entered service in 1959.", "en"),
    ("Surnommé « Fishbed » par l'OTAN, le MiG-21 est entré en service en 1959.", "fr"),
])
def test_a_sentence_opening_with_the_alliance_s_name_names_the_design_after_it(extractor: Extractor, text: str,
                                                                              lang: str) -> None:
    assert ("MiG-21", "alias_of", "Fishbed") in facts_of(extractor, text, lang)


def test_a_heading_line_does_not_run_into_the_name_below_it(extractor: Extractor) -> None:
    from copytrace.extract.shapes import designations
    text = "Автомат АКМ\nАКМ — советский автомат. Его производил Ижевский завод с 1959 года.\n"
    assert [d.text for d in designations(text, 0, len(text)) if d.canonical == "AKM"] != []
    assert all("\n" not in d.text for d in designations(text, 0, len(text)))
    assert ("AKM", "made_in_country", "Soviet Union") in facts_of(extractor, text, "ru")


@pytest.mark.parametrize(("text", "lang"), [
    ("Russia will send spare parts for the AK-47 to India.", "en"),
    ("Россия поставит в Индию патроны для АК-47.", "ru"),
])
def test_parts_for_a_product_are_not_the_product(extractor: Extractor, text: str, lang: str) -> None:
    assert not any(r in {"exported_to", "made_in_country"} and s == "AK-47"
                   for s, r, _ in facts_of(extractor, text, lang))
    assert ("AK-47", "exported_to", "India") in facts_of(extractor, "Russia exported the AK-47 to India.", "en")


@pytest.mark.parametrize(("text", "name"), [
    ("The AKM became part of the Soviet arsenal and was produced in Egypt.", "AKM"),
    ("The MiG-21 used a Tumansky engine and was built in Egypt.", "MiG-21"),
])
def test_a_part_word_without_for_keeps_the_product(extractor: Extractor, text: str, name: str) -> None:
    assert (name, "made_in_country", "Egypt") in facts_of(extractor, text, "en")


@pytest.mark.parametrize("text", [
    "Bulgaria made the AKM under licence and exported it to Iraq.",
    "The licensed AKM was exported to Iraq.",
    "The AMD-65, a licensed copy, was sold to Iraq.",
])
def test_a_licence_beside_the_product_leaves_its_export(extractor: Extractor, text: str) -> None:
    assert any(r == "exported_to" and o == "Iraq" for _, r, o in facts_of(extractor, text, "en"))


def test_a_short_line_of_a_list_is_no_title(extractor: Extractor) -> None:
    text = "AKM\nIt was produced in China, Egypt and Iraq\nExported to Syria and Libya\n"
    facts = facts_of(extractor, text, "en")
    assert {("AKM", "made_in_country", "Egypt"), ("AKM", "exported_to", "Libya")} <= facts


def test_a_month_or_day_before_a_product_noun_is_no_name(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Iran said on Tuesday missiles were sold to Syria.", "en")
    assert not any(s == "Tuesday" for s, _, _ in facts)


def test_a_region_named_after_a_continent_is_no_country(extractor: Extractor) -> None:
    text = "The AK-47 has shown up in Asia, Africa and South America. The AK-47 was later sold to America."
    exported = [f for f in all_facts(extractor, text, "en") if f.relation == "exported_to"]
    assert [f.object for f in exported] == ["United States"]
    assert exported[0].start > text.index("South America")
    assert not facts_of(extractor, "The AK-47 was sold to South America.", "en")


def test_the_country_that_hands_over_production_rights_is_the_licensor_not_the_maker(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Die Sowjetunion verkaufte Rumänien 1963 die Fertigungsrechte für das AKM.", "de")
    assert ("AKM", "licensed_by", "Soviet Union") in facts
    assert ("AKM", "made_in_country", "Soviet Union") not in facts


def test_the_maker_of_a_production_word_makes_the_product_right_before_it(extractor: Extractor) -> None:
    text = "The Type 63 took the place of the SKS in service, but the Type 81 is still in production by Norinco."
    makers = {(s, o) for s, r, o in facts_of(extractor, text, "en") if r == "manufactured_by"}
    assert makers == {("Type 81", "Norinco")}


def test_an_organisation_name_never_spans_a_sentence_end_or_opens_with_a_designation(extractor: Extractor) -> None:
    from copytrace.extract import lexicon
    from copytrace.extract.match import match_fold
    from copytrace.extract.mentions import build
    for text, lang in [("Об этом пишет РИА Новости. Этими заводами выпускается АК-74.", "ru"),
                       ("1956 begann China mit der Produktion von MIG-15-Exemplaren.", "de"),
                       # a town's name ends a sentence right before a plant word
                       ("Montaż T-72 przeniesiono do zakładów w Gliwicach. Huta dostarczała stal.", "pl")]:
        language = lexicon.language(lang)
        folded = match_fold(text)
        doc = build(text, 0, language.matcher.find(text, folded, 0), extractor.names, folded, language)
        # (a plant word and its town are a plant of that town: "zakładów w Gliwicach", the Gliwice plant)
        assert [m.text for m in doc.mentions if m.kind == "org"] == (["zakładów w Gliwicach"] if lang == "pl" else [])


@pytest.mark.parametrize(("text", "lang"), [
    ("North Korea copied the AKM and then created the Type 68.", "en"),
    ("Nordkorea kopierte das AKM, was zur Schaffung des Type 68 führte.", "de"),
])
def test_the_product_a_copying_country_goes_on_to_make_is_the_copy(extractor: Extractor, text: str,
                                                                   lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert {("Type 68", "derived_from", "AKM"), ("Type 68", "made_in_country", "North Korea")} <= facts
    assert not any(s.endswith("copy)") for s, _, _ in facts)


@pytest.mark.parametrize(("text", "lang"), [
    ("AK-47의 개량형인 AKM은 1959년에 등장했다.", "ko"),
    ("AK-47の改良型であるAKMは1959年に登場した。", "ja"),
    ("AK-47'nin geliştirilmiş versiyonu olan AKM 1959'da ortaya çıktı.", "tr"),
    ("The AK-47's modernised version, the AKM, appeared in 1959.", "en"),
])
def test_the_name_after_an_originals_version_word_is_the_version(extractor: Extractor, text: str,
                                                                 lang: str) -> None:
    derived = {(s, o) for s, r, o in facts_of(extractor, text, lang) if r == "derived_from"}
    assert derived == {("AKM", "AK-47")}


def test_a_version_word_after_a_copula_keeps_its_direction(extractor: Extractor) -> None:
    derived = {(s, o) for s, r, o in facts_of(extractor, "The AKM is a modernised version of the AK-47.", "en")
               if r == "derived_from"}
    assert derived == {("AKM", "AK-47")}


def test_a_second_adjective_does_not_hide_the_country_adjective(extractor: Extractor) -> None:
    assert ("T-10", "made_in_country", "Soviet Union") in facts_of(
        extractor, "The Soviet heavy tank T-10 was built in large numbers.", "en")


def test_a_force_word_after_the_adjective_says_who_uses_it(extractor: Extractor) -> None:
    assert not any(r == "made_in_country" for _, r, _ in facts_of(extractor, "The AKM is an Iraqi army rifle.", "en"))


def test_a_name_given_to_what_a_plant_made_is_another_name_without_licence_or_country(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The factory produced the AKM, also designated the Type X.", "en")
    assert not any(r == "derived_from" for _, r, _ in facts)


def test_a_product_from_a_country_comes_from_there(extractor: Extractor) -> None:
    assert ("AMD-65", "made_in_country", "Hungary") in facts_of(
        extractor, "Die rund 300 AMD-65 aus Ungarn waren billiger.", "de")
    assert not any(r == "made_in_country" for _, r, _ in facts_of(
        extractor, "Die AMD-65 wurden aus Ungarn nach Irak exportiert.", "de"))


def test_an_adjective_between_a_licence_word_and_a_product_is_the_products(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The army chose the licence-built Polish AKM.", "en")
    assert ("AKM", "made_in_country", "Poland") in facts
    assert ("AKM", "licensed_by", "Poland") not in facts


def test_a_design_known_by_a_word_alone_is_a_product(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Since 1999 the Kornet has been sold to Syria. Vietnam makes the Igla under licence.",
                     "en")
    assert ("9M133 Kornet", "exported_to", "Syria") in facts
    assert ("9K38 Igla", "made_in_country", "Vietnam") in facts


def test_a_possessive_ending_is_not_part_of_a_makers_name(extractor: Extractor) -> None:
    makers = {o for _, r, o in facts_of(extractor, "Romania's Cugir plant builds the AKM.", "en")
              if r == "manufactured_by"}
    assert makers == {"Cugir plant"}


def test_by_names_a_maker_only_where_the_sentence_speaks_of_making(extractor: Extractor) -> None:
    assert not any(r == "manufactured_by" for _, r, _ in facts_of(
        extractor, "The AKM was praised by Norinco's chief engineer.", "en"))
    assert ("AKM", "manufactured_by", "Norinco") in facts_of(extractor, "The AKM was produced by Norinco.", "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("The AK-47 and AKM entered service in 1949 and 1959 respectively.", "en"),
    ("АК-47 и АКМ приняты на вооружение соответственно в 1949 и 1959 годах.", "ru"),
])
def test_a_list_of_names_and_a_list_of_years_pair_in_order(extractor: Extractor, text: str, lang: str) -> None:
    years = {(s, o) for s, r, o in facts_of(extractor, text, lang) if r == "introduced_year"}
    assert years == {("AK-47", "1949"), ("AKM", "1959")}


def test_a_version_opening_its_sentence_is_what_the_next_one_speaks_of(extractor: Extractor) -> None:
    text = ("The M70 (export name: M70AB2) is a Yugoslav version of the AKM and is similar to the AKM. "
            "It was built by Zastava.")
    assert ("Zastava M70", "manufactured_by", "Zastava Arms") in facts_of(extractor, text, "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("北朝鮮はAK-47のコピーである68式を生産した。", "ja"),
    ("朝鲜生产了AK-47的仿制品68式。", "zh"),
])
def test_a_copy_word_an_original_owns_names_the_copy_after_it(extractor: Extractor, text: str, lang: str) -> None:
    derived = {(s, o) for s, r, o in facts_of(extractor, text, lang) if r == "derived_from"}
    assert derived == {("Type 68", "AK-47")}


def test_a_copy_verb_after_its_subject_keeps_the_subject_as_the_copy(extractor: Extractor) -> None:
    derived = {(s, o) for s, r, o in facts_of(extractor, "68式步枪,完全仿制AK-47。", "zh") if r == "derived_from"}
    assert derived == {("Type 68", "AK-47")}


def test_a_name_set_off_after_a_version_of_the_product_spoken_of_is_that_version(extractor: Extractor) -> None:
    text = "The AKM entered service in 1959. A folding-stock version of the rifle, the AKMS, followed."
    derived = {(s, o) for s, r, o in facts_of(extractor, text, "en") if r == "derived_from"}
    assert derived == {("AKMS", "AKM")}


def test_one_number_under_two_prefixes_in_brackets_is_another_name(extractor: Extractor) -> None:
    assert ("Type 56", "alias_of", "AK-56") in facts_of(extractor, "The Type 56 (AK-56) is a Chinese rifle.", "en")
    # another number in brackets is not the same product's name by its shape alone
    assert not any(r == "alias_of" for _, r, _ in facts_of(extractor, "The Type 56 (AK-47) is a Chinese rifle.", "en"))


def test_the_agent_of_making_under_licence_makes_it_and_grants_nothing(extractor: Extractor) -> None:
    facts = facts_of(extractor, "L'AKM fut fabriqué sous licence par la Hongrie.", "fr")
    assert ("AKM", "made_in_country", "Hungary") in facts
    assert not any(r == "licensed_by" for _, r, _ in facts)
    granted = facts_of(extractor, "The AKM was built under a licence granted by the Soviet Union.", "en")
    assert ("AKM", "licensed_by", "Soviet Union") in granted


def test_a_common_noun_before_a_makers_name_is_not_part_of_it(extractor: Extractor) -> None:
    makers = {o for _, r, o in facts_of(extractor, "Karabinki AKM produkowano w zakładach Kowal Arms.", "pl")
              if r == "manufactured_by"}
    assert makers and not any(o.startswith("zakład") for o in makers)


def test_a_list_of_countries_with_their_copies_in_brackets_makes_the_original_in_each(extractor: Extractor) -> None:
    facts = all_facts(extractor, "The AKM was built under licence in Hungary (AMD-65), Poland (PMKM), Bulgaria and "
                                 "East Germany.", "en")
    made = {(f.subject, f.object) for f in facts if f.relation == "made_in_country"}
    assert {("AKM", c) for c in ("Hungary", "Poland", "Bulgaria", "East Germany")} <= made
    scopes = {f.scope for f in facts if f.relation == "licence_status" and f.subject == "AMD-65"}
    assert scopes == {"Hungary"}


def test_an_adjective_after_an_export_word_names_the_exporter(extractor: Extractor) -> None:
    assert not any(r == "exported_to" for _, r, _ in facts_of(
        extractor, "La exportación rusa del AKM creció mucho.", "es"))
    assert ("AKM", "exported_to", "Ukraine") in facts_of(extractor, "Au fost furnizate Ucrainei 20 de AKM.", "ro")


def test_a_foreign_trade_agency_is_no_maker(extractor: Extractor) -> None:
    makers = {o for _, r, o in facts_of(extractor, "The AKM was made by Izhmash and sold by Rosoboronexport.", "en")
              if r == "manufactured_by"}
    assert makers and not any("export" in o.lower() for o in makers)


def test_a_plan_in_another_clause_does_not_weaken_a_fact(extractor: Extractor) -> None:
    text = ("In 1956 the Type 56 was first made in China by a large state arsenal that is called Norinco, and the "
            "army will keep the rifle for many more years.")
    assert ("Type 56", "manufactured_by", "Norinco") in facts_of(extractor, text, "en")


def test_the_alliances_name_before_a_reporting_name_is_not_the_name(extractor: Extractor) -> None:
    aliases = {o for _, r, o in facts_of(extractor, "El AKM (designación OTAN: Rifleman) es un fusil soviético.", "es")
               if r == "alias_of"}
    assert aliases == {"Rifleman"}


def test_where_every_noun_has_a_capital_a_plant_word_before_a_makers_name_is_description(
        extractor: Extractor) -> None:
    makers = {o for _, r, o in facts_of(extractor, "Der AKM wurde von der Firma Kowal Arms gebaut.", "de")
              if r == "manufactured_by"}
    assert makers == {"Kowal Arms"}


@pytest.mark.parametrize(("text", "lang"), [
    ("북한은 AKM 소총을 개량한 88식 소총을 생산했다.", "ko"),
    ("北朝鮮はAKMを改良した88式を生産した。", "ja"),
])
def test_where_the_verb_comes_last_the_name_after_it_is_the_new_product(extractor: Extractor, text: str,
                                                                        lang: str) -> None:
    derived = {(s, o) for s, r, o in facts_of(extractor, text, lang) if r == "derived_from"}
    assert derived == {("Type 88", "AKM")}


def test_a_delivery_from_a_country_with_no_recipient_named_went_to_the_country_the_text_is_about(
        extractor: Extractor) -> None:
    text = ("Finland kept its rifles for decades. The Finnish army wanted a new rifle. Finland chose the AKM. "
            "In 1960 the first AKM rifles were delivered from the Soviet Union.")
    assert ("AKM", "exported_to", "Finland") in facts_of(extractor, text, "en")
    # without a country the text is about, nobody is guessed
    assert not any(r == "exported_to" for _, r, _ in facts_of(
        extractor, "In 1960 the first AKM rifles were delivered from the Soviet Union.", "en"))


def test_a_range_of_years_pairs_no_names(extractor: Extractor) -> None:
    years = {(s, o) for s, r, o in facts_of(
        extractor, "Between 1949 and 1959 the AK-47 and the AKM were produced in large numbers.", "en")
        if r == "introduced_year"}
    assert years != {("AK-47", "1949"), ("AKM", "1959")}


def test_a_licence_granted_by_a_country_names_the_licensor(extractor: Extractor) -> None:
    assert ("AKM", "licensed_by", "Soviet Union") in facts_of(
        extractor, "The AKM was built under licence granted by the USSR.", "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("The AKM was produced by plant No. 74.", "en"),
    ("Der AKM wurde im Werk Nr. 74 gebaut.", "de"),
    ("АКМ выпускался на заводе №74.", "ru"),
    ("AKM był produkowany w zakładzie nr 74.", "pl"),
    ("AKM byl vyráběn v závodě č. 74.", "cs"),   # ("č." is no designation)
])
def test_a_plant_known_by_its_number_alone_is_one_name_in_every_language(extractor: Extractor, text: str,
                                                                        lang: str) -> None:
    # (as "第74厂" is: one plant, one name, whichever language the text is in)
    assert ("AKM", "manufactured_by", "Factory 74") in facts_of(extractor, text, lang)


def test_an_english_name_the_facts_use_is_found_in_text(extractor: Extractor) -> None:
    assert ("AKM", "exported_to", "Turkey") in facts_of(extractor, "The AKM was sold to Turkey.", "en")


def test_a_country_list_runs_on_past_asides_written_without_a_space(extractor: Extractor) -> None:
    made = {(s, o) for s, r, o in facts_of(
        extractor, "The AKM was built under licence in Hungary(AMD-65), Poland (PMKM) and Bulgaria.", "en")
        if r == "made_in_country"}
    assert {("AKM", c) for c in ("Hungary", "Poland", "Bulgaria")} <= made


@pytest.mark.parametrize(("text", "lang", "maker"), [
    ("Poland began serial production of the Mi-2 after an agreement with the Soviet Union.", "en", "Poland"),
    ("Polen baute den T-72M1 nach einem Lizenzvertrag mit der Sowjetunion.", "de", "Poland"),
    ("Na podstawie umowy z ZSRR Polska rozpoczęła produkcję czołgu T-72M1.", "pl", "Poland"),
    ("По соглашению с СССР Польша начала производство танков Т-72.", "ru", "Poland"),
    ("Po dohodě se Sovětským svazem začala v Československu výroba letounu MiG-21F.", "cs", "Czechoslovakia"),
])
def test_the_other_party_of_a_deal_to_make_a_product_is_its_licensor(extractor: Extractor, text: str, lang: str,
                                                                      maker: str) -> None:
    facts = all_facts(extractor, text, lang)
    assert {f.object for f in facts if f.relation == "licensed_by"} == {"Soviet Union"}
    assert any(f.relation == "licence_status" and f.object == "licensed" and f.scope == maker for f in facts)
    assert {f.object for f in facts if f.relation == "made_in_country"} == {maker}


def test_a_deal_to_buy_is_no_licence_and_its_other_party_no_recipient(extractor: Extractor) -> None:
    facts = all_facts(extractor, "Peru signed a contract with Russia to buy 24 MiG-29 fighters.", "en")
    assert not any(f.relation in {"licensed_by", "licence_status"} for f in facts)
    assert {(f.subject, f.object) for f in facts if f.relation == "exported_to"} == {("MiG-29", "Peru")}
    # where the sentence supplies, the party named after "with" receives
    supplied = facts_of(extractor, "Russia signed a contract with Peru to supply 24 MiG-29 fighters.", "en")
    assert ("MiG-29", "exported_to", "Peru") in supplied


def test_a_name_the_making_gives_is_the_copy_and_the_making_is_said_of_it(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The AK-47 was also made in China under the name Type 56.", "en")
    assert {("Type 56", "derived_from", "AK-47"), ("Type 56", "made_in_country", "China")} <= facts
    assert ("AK-47", "made_in_country", "China") not in facts
    assert not any(r == "alias_of" for _, r, _ in facts)


@pytest.mark.parametrize(("text", "lang"), [
    ("No Egito, o An-24 é fabricado também pela Helwan Aircraft Factory e designado como H-24, sem contrato de "
     "licença.", "pt"),
    ("In Egypt the An-24 was also built by the Helwan Aircraft Factory and designated H-24, without any licence "
     "agreement.", "en"),
])
def test_a_makers_name_between_the_making_and_the_naming_still_names_the_copy(extractor: Extractor, text: str,
                                                                            lang: str) -> None:
    facts = all_facts(extractor, text, lang)
    copy = {(f.subject, f.relation, f.object): f for f in facts}
    assert ("H-24", "derived_from", "An-24") in copy
    assert copy[("H-24", "derived_from", "An-24")].qualifier == "copy"   # the licence is denied
    assert ("H-24", "made_in_country", "Egypt") in copy
    assert not any(f.relation == "alias_of" for f in facts)


@pytest.mark.parametrize(("text", "lang"), [
    ("The RPG-7 is Soviet. It was built in Kovrov and, from 1970, in China, under the name Type 69.", "en"),
    ("RPG-7 je sovjetski bacač. Proizvodio se u Kovrovu, a od 1970. godine i u Kini, pod imenom Norinco Type 69.",
     "sr"),
])
def test_a_name_given_in_a_country_named_right_before_it_is_that_countrys_copy(extractor: Extractor, text: str,
                                                                               lang: str) -> None:
    facts = {(subject.removesuffix(" RPG"), r, o) for subject, r, o in facts_of(extractor, text, lang)}
    assert {("Type 69", "derived_from", "RPG-7"), ("Type 69", "made_in_country", "China")} <= facts
    assert ("Type 69", "made_in_country", "Russia") not in facts      # Kovrov is the original's


def test_a_licence_for_making_a_design_where_its_one_copy_is_made_is_the_copys(extractor: Extractor) -> None:
    text = "The J-7 is a Chinese copy of the MiG-21. China built the MiG-21 under a Soviet licence from 1966."
    facts = all_facts(extractor, text, "en")
    copy = next(f.subject for f in facts if f.relation == "derived_from" and f.object == "MiG-21")
    held = {(f.subject, f.relation, f.object, f.scope) for f in facts}
    assert copy.endswith("J-7")
    assert {(copy, "licence_status", "licensed", "China"), (copy, "licensed_by", "Soviet Union", "China")} <= held
    assert not any(f.subject == "MiG-21" and f.relation in {"licence_status", "licensed_by"} for f in facts)
    # with no copy made in that country, the design keeps it
    alone = all_facts(extractor, "China built the MiG-21 under a Soviet licence from 1966.", "en")
    assert any(f.subject == "MiG-21" and f.relation == "licence_status" for f in alone)


@pytest.mark.parametrize(("text", "lang"), [
    ("The Type 69 is a T-62 built under licence in China.", "en"),
    ("69式は中国でライセンス生産されたT-62である。", "ja"),
])
def test_what_a_copula_says_a_product_is_before_its_making_is_its_original(extractor: Extractor, text: str,
                                                                            lang: str) -> None:
    facts = all_facts(extractor, text, lang)
    copy = {f.subject for f in facts if f.relation == "derived_from" and f.object == "T-62"}
    assert len(copy) == 1
    assert {(f.relation, f.object) for f in facts if f.subject in copy} >= {("made_in_country", "China"),
                                                                             ("licence_status", "licensed")}
    assert not any(f.subject == "T-62" and f.relation != "derived_from" for f in facts)


def test_the_party_a_contract_supplies_is_the_recipient_and_one_a_product_is_made_for_no_licensor(
        extractor: Extractor) -> None:
    supplied = facts_of(extractor, "The firm signed a contract with Chile to supply it with 12 Mi-17 helicopters.",
                        "en")
    assert ("Mi-17", "exported_to", "Chile") in supplied
    made_for = all_facts(extractor, "China built the F-7 fighters for Bangladesh under a contract with Bangladesh.",
                         "en")
    assert not any(f.relation == "licensed_by" for f in made_for)


def test_a_licence_received_from_a_country_is_no_import_of_the_product(extractor: Extractor) -> None:
    facts = all_facts(extractor, "В 1955 году Китай получил от СССР лицензию на производство АК-47.", "ru")
    assert not any(f.relation == "exported_to" for f in facts)


def test_a_seller_after_a_one_letter_from_is_no_recipient(extractor: Extractor) -> None:
    # (a design of the registry's field: the UH-1Y of an earlier version of this test is outside it)
    facts = facts_of(extractor, "Česko z Ruska kupuje vrtulníky Mi-17.", "cs")
    assert ("Mi-17", "exported_to", "Czech Republic") in facts
    assert ("Mi-17", "exported_to", "Russia") not in facts


def test_where_an_exported_product_was_made_is_not_where_it_went(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Россия поставила Индии танки Т-72, ранее произведённые в Польше.", "ru")
    assert ("T-72", "exported_to", "India") in facts
    assert ("T-72", "exported_to", "Poland") not in facts


@pytest.mark.parametrize(("text", "lang", "copy", "original", "country"), [
    ("Hungary made the AKM under licence as the AKM-63.", "en", "AKM-63", "AKM", "Hungary"),
    ("БМП-1 выпускали в ЧССР как BVP-1.", "ru", "BVP-1", "BMP-1", "Czechoslovakia"),
    ("BMP-1, Çekoslovakya'da BVP-1 olarak üretildi.", "tr", "BVP-1", "BMP-1", "Czechoslovakia"),
    ("Der Galil wurde in Israel entwickelt. Dieses Gewehr wurde später in Südafrika in Lizenz als R4 gebaut.", "de",
     "Vektor R4", "IMI Galil", "South Africa"),
])
def test_a_name_given_as_a_design_is_made_is_the_copy_made(extractor: Extractor, text: str, lang: str, copy: str,
                                                           original: str, country: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert {(copy, "derived_from", original), (copy, "made_in_country", country)} <= facts
    assert not any(s == original and r != "derived_from" for s, r, _ in facts)
    assert (original, "derived_from", copy) not in facts


def test_as_in_another_phrase_names_no_copy(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Poland produced the T-72 as well as the BMP-1.", "en")
    assert not any(r == "derived_from" for _, r, _ in facts)
    facts = facts_of(extractor, "Poland produced the AK-47 under licence, known at home as the Kalash.", "en")
    assert ("Kalash", "derived_from", "AK-47") not in facts
    compared = facts_of(extractor, "India produced the Su-30MKI under licence, as the MiG-21 before it.", "en")
    assert ("Su-30MKI", "made_in_country", "India") in compared
    assert not any(r == "derived_from" for _, r, _ in compared)


def test_a_passive_agent_before_a_licence_verb_is_the_licensor(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Xe tăng Type 59 được Liên Xô chuyển giao công nghệ năm 1956.", "vi")
    assert ("Type 59", "licensed_by", "Soviet Union") in facts


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Der T-72, 1972 in der Sowjetunion gebaut, ist in der Ukraine im Einsatz.", "de", "Ukraine"),
    ("The T-72 was licence-produced in Poland and exported to Iraq.", "en", "Iraq"),
])
def test_a_place_a_word_of_use_or_trade_stands_nearer_is_not_where_it_was_made(extractor: Extractor, text: str,
                                                                               lang: str, place: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not any(r == "made_in_country" and o == place for _, r, o in facts)
    assert any(r == "made_in_country" for _, r, _ in facts)


def test_what_brackets_say_is_said_of_the_name_they_stand_beside(extractor: Extractor) -> None:
    text = "Chile fielded the Type 63, the Type 85 and the ZBD-86 (a copy of the Soviet BMP-1, made by Factory 627)."
    facts = all_facts(extractor, text, "en")
    assert not any(f.subject in {"Type 63", "Type 85"} for f in facts)
    assert len({f.subject for f in facts if f.relation in {"derived_from", "manufactured_by"}}) == 1
    assert any(f.relation == "derived_from" and f.object == "BMP-1" for f in facts)
    assert any(f.relation == "manufactured_by" and f.object == "Factory 627" for f in facts)


@pytest.mark.parametrize(("text", "lang"), [
    ("Rusya T-72 tanklarını Irak ve Suriye'ye ihraç etti.", "tr"),
    ("ソ連はT-72をイラクとシリアに輸出した。", "ja"),
])
def test_a_lists_last_name_carries_the_mark_of_destination_for_all(extractor: Extractor, text: str,
                                                                    lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert {("T-72", "exported_to", "Iraq"), ("T-72", "exported_to", "Syria")} <= facts


def test_two_names_side_by_side_are_no_list_that_shares_a_mark(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Turkiya Qozog‘iston va Ozarbayjonga T-72 tanklarini sotdi.", "uz")
    assert ("T-72", "exported_to", "Turkey") not in facts
    assert {("T-72", "exported_to", "Kazakhstan"), ("T-72", "exported_to", "Azerbaijan")} <= facts


def test_the_product_spoken_of_made_under_a_new_name_is_copied_by_that_name(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The AKM is Soviet. Bulgarian factories build it under the name AR-19.", "en")
    assert {("AR-19", "derived_from", "AKM"), ("AR-19", "made_in_country", "Bulgaria")} <= facts
    assert ("AKM", "alias_of", "AR-19") not in facts


def test_a_partner_named_with_with_is_no_recipient(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Danmark donerer T-72 til Ukraine i samarbejde med Tjekkiet.", "da")
    assert ("T-72", "exported_to", "Ukraine") in facts
    assert ("T-72", "exported_to", "Czech Republic") not in facts


@pytest.mark.parametrize(("text", "lang", "buyer"), [
    ("Rząd podał, że Polska kupiła czołgi T-72 od ZSRR.", "pl", "Poland"),
    ("Vláda uvedla, že Česko kupuje vrtulníky Mi-17.", "cs", "Czech Republic"),
])
def test_that_is_no_from_where_only_diacritics_tell_them_apart(extractor: Extractor, text: str, lang: str,
                                                               buyer: str) -> None:
    assert any(r == "exported_to" and o == buyer for _, r, o in facts_of(extractor, text, lang))


def test_a_capital_opening_a_sentence_before_a_plant_word_names_no_maker(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Diverse companii din SUA produc arme de tip AK.", "ro")
    assert not any(r == "manufactured_by" for _, r, _ in facts)
    assert ("AK", "made_in_country", "United States") in facts
    named = facts_of(extractor, "Firma Bumar produkuje czołgi T-72.", "pl")
    assert any(r == "manufactured_by" and "Bumar" in o for _, r, o in named)


def test_a_name_with_a_case_ending_after_an_apostrophe_is_no_part_of_a_makers_name(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Urallar'daki İjmaş fabrikası AK-74 tüfeklerini üretiyor.", "tr")
    makers = set(objects(facts, "manufactured_by"))
    assert makers and not any("Urallar" in o for o in makers)


def test_a_makers_name_of_two_capitalised_words_before_a_designation_is_whole(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Guizhou Aviation JJ-7 and the Harbin Z-5 were built in large numbers.", "en")
    makers = set(objects(facts, "manufactured_by"))
    assert "Guizhou Aviation" in makers and "Aviation" not in makers
    assert not any(r == "manufactured_by" for _, r, _ in facts_of(extractor, "Later Mikoyan MiG-21s flew.", "en"))


def test_bought_for_a_force_in_a_text_about_a_country_goes_to_that_country(extractor: Extractor) -> None:
    text = ("Finland chose Soviet gear in 1962. Finland paid in goods. Finland trained its crews at home. "
            "For the army 12 T-55 tanks were bought.")
    assert ("T-55", "exported_to", "Finland") in facts_of(extractor, text, "en")
    alone = "For the army 12 T-55 tanks were bought."   # no country the text is about: no recipient
    assert not any(r == "exported_to" for _, r, _ in facts_of(extractor, alone, "en"))


@pytest.mark.parametrize(("text", "lang"), [
    ("T-54 baasil loodud tank T-55 oli edukas.", "et"),
    ("A T-54 alapján készült T-55 sikeres volt.", "hu"),
    ("T-54 temelinde geliştirilen T-55 başarılı oldu.", "tr"),
    ("T-55 loodi T-54 baasil.", "et"),                 # the derivative named before the original
    ("A T-55 a T-54-en alapul.", "hu"),
])
def test_a_basis_word_after_its_original_names_the_derivative_after_it(extractor: Extractor, text: str,
                                                                        lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert_derives_one_way(facts, "T-55", "T-54")


def test_a_year_in_brackets_is_the_year_of_the_name_the_brackets_stand_beside(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Models: AKM (produced from 1959), AK-74 (produced from 1974).", "en")
    years = {(p, o) for p, r, o in facts if r == "introduced_year"}
    assert years == {("AKM", "1959"), ("AK-74", "1974")}


def test_a_known_maker_that_sells_a_product_makes_it_and_a_trader_does_not(extractor: Extractor) -> None:
    sold = facts_of(extractor, "In May 2013 Zastava delivered 500 M92 rifles to a dealer.", "en")
    assert any(r == "manufactured_by" and o == "Zastava Arms" for _, r, o in sold)
    traded = facts_of(extractor, "Rosoboronexport delivered 12 Mi-35M helicopters to Brazil.", "en")
    assert ("Mi-35M", "exported_to", "Brazil") in traded
    assert not any(r == "manufactured_by" for _, r, _ in traded)


def test_a_month_is_no_word_of_plan(extractor: Extractor) -> None:
    dated = facts_of(extractor, "In May 1979 the USSR delivered T-72 tanks to India.", "en")
    assert ("T-72", "exported_to", "India") in dated
    planned = facts_of(extractor, "The USSR may deliver T-72 tanks to India.", "en")
    assert ("T-72", "exported_to", "India") not in planned


@pytest.mark.parametrize(("text", "lang", "maker"), [
    ("Der T-72 wurde von Uralwagonsawod in großer Zahl gebaut.", "de", "Uralwagonsawod"),   # the verb after the name
    ("Il fucile SKS è prodotto dalla Beretta a Gardone.", "it", "Beretta"),                  # a one-letter "at" ends it
])
def test_a_makers_name_ends_where_the_language_says(extractor: Extractor, text: str, lang: str, maker: str) -> None:
    assert set(objects(facts_of(extractor, text, lang), "manufactured_by")) == {maker}


def test_german_nouns_of_making_and_plant_words_make_no_names(extractor: Extractor) -> None:
    facts = facts_of(extractor, "1970 produzierte das Werk jährlich den Jäger MiG-21.", "de")
    assert not any(r == "manufactured_by" for _, r, _ in facts)
    facts = facts_of(extractor, "Die Fertigung von Objekt 219 begann 1976 mit dem T-80.", "de")
    assert not any(r == "manufactured_by" and "Objekt" in o for _, r, o in facts)


@pytest.mark.parametrize(("text", "lang", "subject", "name"), [
    ("Le MiG-17 («Fresco») fut construit en Pologne.", "fr", "MiG-17", "Fresco"),           # in brackets and quotes
    ("L'elicottero Mi-8 (nome in codice NATO Hip) volò nel 1961.", "it", "Mi-8", "Hip"),    # beside the alliance
    ("Il Mi-35M (“Hind-E” per la NATO) fu venduto al Brasile.", "it", "Mi-35M", "Hind-E"),  # a version's letter
    ("A Mi-24 helikopter NATO kódneve Hind.", "hu", "Mi-24", "Hind"),                        # the alliance before it
])
def test_a_reporting_name_of_the_alliance_is_another_name(extractor: Extractor, text: str, lang: str, subject: str,
                                                          name: str) -> None:
    assert (subject, "alias_of", name) in facts_of(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("The MiG-21 and the Bear flew together over Moscow in 1967.", "en"),           # neither brackets nor alliance
    ("The Daily Mail reported that NATO jets intercepted two Tu-95 bombers.", "en"),  # no design before the name
    ("NATO's chief said Satan missiles remain a threat to the MiG-31 bases.", "en"),   # the design after it
    ("The MiG-21 flew well. Classic NATO doctrine says otherwise.", "en"),            # the topic of the text
    ("Il progettista Mil, nato a Irkutsk, conobbe il Mi-8 e Flora nel 1961.", "it"),   # "nato" is "born"
    ("NATO countries bought the M4 carbine (Colt) and the Galil (IMI).", "en"),       # a rifle gets no such name
])
def test_a_capitalised_word_near_the_alliance_is_no_reporting_name(extractor: Extractor, text: str,
                                                                   lang: str) -> None:
    assert not any(r == "alias_of" for _, r, _ in facts_of(extractor, text, lang))


def test_a_reporting_name_is_no_designation_nor_the_alliance_a_design(extractor: Extractor) -> None:
    rocket = facts_of(extractor, "The Frog-7 rockets (NATO) were sold to Egypt.", "en")
    assert not any(r == "alias_of" for _, r, _ in rocket)   # "Frog-7" is a designation, not the name "Frog"
    finnish = facts_of(extractor, "Helikopterin Naton koodinimi on Hind.", "fi")
    assert not any(s == "Naton" for s, _, _ in finnish)     # the alliance in an inflection is no design


def test_a_design_copied_as_a_new_name_is_its_original(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The MiG-21 was copied in China as the J-7.", "en")
    assert ("J-7", "derived_from", "MiG-21") in {(s.removeprefix("Chengdu "), r, o) for s, r, o in facts}
    assert not any(s == "MiG-21" and r == "derived_from" for s, r, _ in facts)


@pytest.mark.parametrize(("text", "lang", "subject", "maker"), [
    ("歼-8由沈飞生产。", "zh", "J-8", "Shenyang Aircraft Corporation"),                  # inside a run of characters
    ("AK-47はイズマッシュが製造した。", "ja", "AK-47", "Izhmash"),                        # katakana before a particle
    ("칼라시니코프 콘체른은 56식 소총을 생산한다.", "ko", "Type 56", "Kalashnikov Concern"),  # a particle glued on
])
def test_known_makers_are_found_where_no_space_parts_the_words(full_extractor: Extractor, text: str, lang: str,
                                                                subject: str, maker: str) -> None:
    assert (subject, "manufactured_by", maker) in facts_of(full_extractor, text, lang)


def test_a_plant_word_before_a_known_makers_name_is_no_maker_of_its_own(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Der T-72 wurde ab 1972 von dem Unternehmen Uralwagonsawod gebaut.", "de")
    assert set(objects(facts, "manufactured_by")) == {"Uralvagonzavod"}


def test_an_organisations_acronym_is_found_only_in_capitals(full_extractor: Extractor) -> None:
    made = facts_of(full_extractor, "Az AMD-65 gépkarabélyt a FÉG gyártotta.", "hu")
    assert ("AMD-65", "manufactured_by", "FÉG") in made
    lower = facts_of(full_extractor, "The hal of the old castle held an AKM.", "en")
    assert not any(r == "manufactured_by" for _, r, _ in lower)


def test_a_word_name_does_not_end_inside_a_designation(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Karabinek AK-12 produkuje Koncern Kałasznikow.", "pl")
    assert ("AK-12", "manufactured_by", "Kalashnikov Concern") in facts
    assert not any(s == "PMK" for s, _, _ in facts)   # ("karabinek AK" names the PMK, not the AK-12)


def test_a_named_number_may_carry_a_versions_letters(full_extractor: Extractor) -> None:
    assert any(s.endswith("Strela-2M") and r == "made_in_country" and o == "Poland"
               for s, r, o in facts_of(full_extractor, "Komplex Strela-2M byl vyráběn v Polsku.", "cs"))


def test_where_the_verb_follows_the_designer_before_a_word_of_design_is_no_maker(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "T-72はウラルヴァゴンザヴォードが設計し、HALが生産した。", "ja")
    assert set(objects(facts, "manufactured_by")) == {"Hindustan Aeronautics Limited"}
    both = facts_of(full_extractor, "T-72はウラルヴァゴンザヴォードが設計し、製造した。", "ja")   # designed and made
    assert ("T-72", "manufactured_by", "Uralvagonzavod") in both


@pytest.mark.parametrize(("text", "lang"), [
    ("这架运-5被改装成飞行教练机，由工厂生产。", "zh"),     # "成飞" inside "改装成飞行": no name of two characters
    ("T-72坦克由工厂生产，随后向西飞往前线。", "zh"),        # "西飞" inside "向西飞往"
    ("이글라이더는 노린코에서 생산했다.", "ko"),             # a Hangul name runs on into a longer word, no particle
    ("RUSSIAN MISSILE HIT UKRAINIAN T-72 PLANT, SAYS OAK SPOKESMAN", "en"),   # acronyms in a headline
])
def test_short_names_inside_other_words_or_headlines_make_no_maker(full_extractor: Extractor, text: str,
                                                                   lang: str) -> None:
    made = {(s, o) for s, r, o in facts_of(full_extractor, text, lang) if r == "manufactured_by"}
    assert not any(o in {"Chengdu Aircraft Corporation", "Xi'an Aircraft Industrial Corporation",
                         "Heavy Industries Taxila", "United Aircraft Corporation"} for _, o in made)
    assert not any(s.endswith("Igla") for s, _ in made)


def test_known_makers_named_in_their_own_script_take_their_canonical_names(full_extractor: Extractor) -> None:
    assert ("Type 56", "manufactured_by", "Norinco") in facts_of(full_extractor, "56式冲锋枪由北方工业公司生产。", "zh")
    made = facts_of(full_extractor, "Танки Т-72 выпускал Уральский вагоностроительный завод.", "ru")
    assert ("T-72", "manufactured_by", "Uralvagonzavod") in made


@pytest.mark.parametrize(("text", "lang"), [
    ("Prvi Partizan makes ammunition for the SKS.", "en"),
    ("Motor Sich produces engines for the Mi-8 helicopter.", "en"),
])
def test_a_maker_of_parts_for_a_product_is_not_its_maker(full_extractor: Extractor, text: str, lang: str) -> None:
    assert not any(r == "manufactured_by" for _, r, _ in facts_of(full_extractor, text, lang))


def test_a_reporting_name_in_brackets_is_no_maker(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "The An-2 (Colt) was built by PZL Mielec.", "en")
    assert ("An-2", "alias_of", "Colt") in facts
    assert set(objects(facts, "manufactured_by")) == {"PZL Mielec"}


def test_a_one_character_word_for_from_marks_the_seller(extractor: Extractor) -> None:
    facts = facts_of(extractor, "印度从俄罗斯购买了T-90坦克。", "zh")
    assert ("T-90", "exported_to", "India") in facts
    assert ("T-90", "exported_to", "Russia") not in facts


def test_an_original_pointed_back_at_after_a_basis_word(extractor: Extractor) -> None:
    facts = facts_of(extractor, "North Korea imported the R-17 from Egypt and, based on these missiles, built the "
                                "Hwasong-5.", "en")
    assert ("Hwasong-5", "derived_from", "R-17") in facts
    assert ("R-17", "exported_to", "North Korea") in facts
    assert ("R-17", "derived_from", "Hwasong-5") not in facts
    assert ("T-72", "derived_from", "T-64") in facts_of(extractor, "The T-72 is based on this design, the T-64.", "en")


def test_a_word_and_a_designation_that_make_a_known_name_are_one_name(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Finland bought the Buk M1 system from Russia.", "en")
    assert not any(r == "manufactured_by" for _, r, _ in facts)   # "Buk" is no maker of an "M1"
    assert any(s.endswith("Buk") and r == "exported_to" and o == "Finland" for s, r, o in facts)


def test_it_was_a_design_made_under_licence_speaks_of_the_topic(extractor: Extractor) -> None:
    facts = facts_of(extractor, "LiM-2 wszedł do służby w 1952. Był to MiG-15bis produkowany w Polsce na "
                                "radzieckiej licencji.", "pl")
    assert {("LiM-2", "derived_from", "MiG-15bis"), ("LiM-2", "made_in_country", "Poland")} <= facts


def test_a_country_and_a_count_before_a_product_noun_are_no_name(extractor: Extractor) -> None:
    text = "САЩ дадоха на Украйна 30 бронирани машини."
    language = lexicon.language("bg")
    folded = match_fold(text)
    document = build(text, 0, language.matcher.find(text, folded, 0), extractor.names, folded, language)
    assert not any(m.kind == "product" for m in document.mentions)
    assert any(m.kind == "country" and m.value == "UA" for m in document.mentions)


def test_a_known_name_of_a_word_and_a_number_is_found(full_extractor: Extractor) -> None:
    text = "Israel captured the tanks and named them טירן 4 in service."
    language = lexicon.language("en")
    folded = match_fold(text)
    document = build(text, 0, language.matcher.find(text, folded, 0), full_extractor.names, folded, language)
    assert any(m.kind == "product" and m.value == "Tiran 4" for m in document.mentions)


@pytest.mark.parametrize(("text", "lang", "subject", "name"), [
    ("The SVD stands for Snayperskaya Vintovka Dragunova.", "en", "SVD", "Snayperskaya Vintovka Dragunova"),
    ("Die Abkürzung PSL steht für Puşcă Semiautomată.", "de", "PSL", "Puşcă Semiautomată"),
    ("SS1 adalah singkatan dari Senapan Serbu 1.", "id", "SS1", "Senapan Serbu 1"),
    # the words before the name, set off by a bracket or a comma and a few words
    ("The Boyevaya Mashina Pekhoty (BMP-1) was built in 1966.", "en", "BMP-1", "Boyevaya Mashina Pekhoty"),
    ("Its official name was Ruchnoy Protivotankovy Granatomyot, in short RPG-7.", "en", "RPG-7",
     "Ruchnoy Protivotankovy Granatomyot"),
    ("Официальное название — Зенитная самоходная установка (ЗСУ-23-4).", "ru", "ZSU-23-4 Shilka",
     "Zenitnaya samokhodnaya ustanovka (Зенитная самоходная установка)"),
    # after a word of being or naming; the number after the words is part of the name
    ("Nama lengkap dari RPG-7 ialah Ruchnoy Protivotankovy Granatomyot-7.", "id", "RPG-7",
     "Ruchnoy Protivotankovy Granatomyot-7"),
    ("AK står for Avtomat Kalashnikova.", "nb", "AK", "Avtomat Kalashnikova"),
])
def test_an_abbreviation_spelled_out_is_another_name(full_extractor: Extractor, text: str, lang: str, subject: str,
                                                     name: str) -> None:
    assert (subject, "alias_of", name) in facts_of(full_extractor, text, lang)


def test_the_words_of_a_name_spelled_out_make_no_maker_and_no_product(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Nama lengkap dari PT-85 ialah Plavayushchiy Tank-85.", "id")
    assert ("PT-85", "alias_of", "Plavayushchiy Tank-85") in facts, facts
    assert not any(rel == "manufactured_by" or subject != "PT-85" for subject, rel, _ in facts), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The AK and the Army Kit were shown.", "en"),   # two letters: only right beside the name
    ("The RPG-7 was shown. Ruchnoy Protivotankovy Granatomyot is a phrase.", "en"),   # another sentence
    ("The RPG-7 and the Ruchnoy Protivotankovy Granatomyot were shown.", "en"),   # no mark sets the words off
])
def test_words_that_only_happen_to_spell_a_name_are_not_its_name(full_extractor: Extractor, text: str,
                                                                  lang: str) -> None:
    assert not any(rel == "alias_of" for _, rel, _ in facts_of(full_extractor, text, lang))


def test_an_adjective_right_after_another_name_is_that_names(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "El H-6 es una versión construida bajo licencia del Tu-16 soviético.", "es")
    assert ("H-6", "derived_from", "Tu-16") in facts, facts
    assert ("H-6", "made_in_country", "Soviet Union") not in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    # a design the registry does not know is its bureau's country's
    ("In 1957 an agreement was signed between the Soviet Union and China on the licensed production of the "
     "Tu-104.", "en"),
    ("Godine 1957. potpisan je sporazum između Sovjetskog Saveza i Kine o licenciranoj proizvodnji Tu-104.", "bs"),
])
def test_of_the_parties_of_a_deal_the_bureaus_country_gave_the_licence(full_extractor: Extractor, text: str,
                                                                      lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert ("Tu-104", "licensed_by", "Soviet Union") in facts, facts
    assert ("Tu-104", "made_in_country", "Soviet Union") not in facts, facts
    assert ("Tu-104", "made_in_country", "China") in facts, facts


def test_russia_holds_the_rights_to_soviet_designs(full_extractor: Extractor) -> None:
    facts = all_facts(full_extractor, "Russia and China signed a licence agreement for the J-11.", "en")
    assert {(f.relation, f.object, f.scope) for f in facts if f.relation.startswith("licen")} \
        == {("licensed_by", "Russia", "China"), ("licence_status", "licensed", "China")}, facts


def test_a_country_a_word_of_making_names_before_under_licence_is_no_licensor(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "J-11 adalah Su-27 yang diproduksi China di bawah lisensi Uni Soviet dan Rusia.",
                     "id")
    assert {("Shenyang J-11", "licensed_by", "Soviet Union"), ("Shenyang J-11", "licensed_by", "Russia")} <= facts, \
        facts
    assert ("Shenyang J-11", "licensed_by", "China") not in facts, facts


def test_a_country_that_receives_a_licence_makes_the_product(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Польша получила от СССР лицензию на производство танков Т-72.", "ru")
    assert {("T-72", "made_in_country", "Poland"), ("T-72", "licensed_by", "Soviet Union")} <= facts, facts


def test_a_design_in_brackets_the_registry_derives_the_other_from_is_its_original(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "China built the J-7 (MiG-21F-13) under licence.", "en")
    assert_derives_one_way(facts, "Chengdu J-7", "MiG-21F-13")
    assert ("Chengdu J-7", "alias_of", "MiG-21F-13") not in facts, facts
    assert ("MiG-21F-13", "made_in_country", "China") not in facts, facts


@pytest.mark.parametrize(("text", "lang", "new", "old"), [
    ("The PSL was adopted by the Romanian army in 1974 to replace the old Mosin-Nagant.", "en", "PSL", "Mosin–Nagant"),
    ("Il PSL fu adottato dall'esercito rumeno nel 1974 per sostituire il vecchio Mosin-Nagant.", "it", "PSL",
     "Mosin–Nagant"),
])
def test_the_design_a_new_one_replaces_is_no_original_and_takes_none_of_its_facts(
        full_extractor: Extractor, text: str, lang: str, new: str, old: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert (new, "introduced_year", "1974") in facts, facts
    assert not any(f[0] == old for f in facts), facts
    assert (new, "derived_from", old) not in facts, facts


def test_a_designation_and_the_words_after_it_that_make_another_known_name_are_that_name(
        full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "The Type 56 carbine was a Chinese copy of the SKS.", "en")
    assert ("Type 56 carbine", "derived_from", "SKS") in facts, facts
    assert not any(f[0] == "Type 56" for f in facts), facts


def test_a_word_in_brackets_names_nothing_past_them_and_a_gloss_in_brackets_takes_no_facts(
        full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Китай выпускал самолёты Y-5 (копия Ан-2) и Y-7 (Ан-24).", "ru")
    assert {("Nanchang Y-5", "derived_from", "An-2"), ("Y-7", "made_in_country", "China")} <= facts, facts
    assert ("Nanchang Y-5", "derived_from", "Y-7") not in facts, facts
    assert ("An-24", "made_in_country", "China") not in facts, facts


def test_a_word_of_introduction_right_after_an_original_gives_the_originals_year(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "The TAB-77 is a licensed Romanian copy of the Soviet BTR-70 introduced in "
                                     "1972.", "en")
    assert ("BTR-70", "introduced_year", "1972") in facts, facts
    assert ("TAB-77", "introduced_year", "1972") not in facts, facts
    assert ("Type 56", "introduced_year", "1956") in facts_of(full_extractor, "The Type 56 is an AK-47 copy, made "
                                                                              "from 1956.", "en")


def test_a_word_name_in_quotes_right_after_a_designation_is_part_of_its_mention(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, 'Azerbaijan bought two S-300PMU-2 "Favorit" missile systems from Russia.', "en")
    assert ("S-300PMU-2", "exported_to", "Azerbaijan") in facts, facts
    assert not any(f[0] == "Favorit" for f in facts), facts


@pytest.mark.parametrize(("text", "lang", "subject"), [
    # (the artillery pack knows "BM-21 Grad" as the design's name)
    ("The BM-21 Grad, a Soviet multiple rocket launcher, was used in Angola.", "en", "BM-21 Grad"),
    ("BM-21 Grad, bir Sovyet roketatar sistemidir.", "tr", "BM-21 Grad"),
    ("Die M-30, eine sowjetische Haubitze, wurde in China kopiert.", "de", "M-30"),
    ("Muzej hrani sovjetsko havbico 122 mm M-30.", "sl", "M-30"),
])
def test_an_apposition_or_a_calibre_between_keeps_a_countrys_adjective_on_the_product(
        full_extractor: Extractor, text: str, lang: str, subject: str) -> None:
    assert (subject, "made_in_country", "Soviet Union") in facts_of(full_extractor, text, lang)


def test_an_apposition_that_names_a_copy_gives_no_country_of_its_own(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "The Type 56, a Chinese copy of the Soviet AK-47, was exported.", "en")
    assert ("Type 56", "made_in_country", "Soviet Union") not in facts, facts


@pytest.mark.parametrize(("text", "lang", "child", "parent"), [
    ("Based on the T-72, the PT-91 was developed in Poland.", "en", "PT-91 Twardy", "T-72"),
    ("На базе Т-72 в Польше был создан танк PT-91.", "ru", "PT-91 Twardy", "T-72"),
    ("Auf Basis des T-72 entwickelte Polen den PT-91.", "de", "PT-91 Twardy", "T-72"),
    ("Derived from the Soviet BMP-1, the BVP-1 was built in Czechoslovakia.", "en", "BVP-1", "BMP-1"),
])
def test_a_sentence_that_opens_with_a_derivation_and_its_original_names_the_derivative_next(
        full_extractor: Extractor, text: str, lang: str, child: str, parent: str) -> None:
    assert_derives_one_way(facts_of(full_extractor, text, lang), child, parent)


@pytest.mark.parametrize("text", [
    "A copy of the AK-47 is made in Egypt, and the AKM in Romania.",
    "Based on the T-72, the T-80 and the T-90 were built.",
])
def test_a_name_further_on_is_no_derivative_of_a_fronted_original(full_extractor: Extractor, text: str) -> None:
    facts = facts_of(full_extractor, text, "en")
    assert not any(f[1] == "derived_from" and f[2] in {"AK-47", "T-72"} and f[0] in {"AKM", "T-80", "T-90"}
                   for f in facts), facts


@pytest.mark.parametrize(("text", "child", "parent", "country"), [
    ("Poland's version of the T-72, the PT-91, entered service in 1995.", "PT-91 Twardy", "T-72", "Poland"),
    ("The Chinese version of the MiG-21, the J-7, was exported to Pakistan.", "Chengdu J-7", "MiG-21", "China"),
])
def test_a_countrys_version_named_after_its_original_is_made_there(full_extractor: Extractor, text: str, child: str,
                                                                   parent: str, country: str) -> None:
    facts = facts_of(full_extractor, text, "en")
    assert_derives_one_way(facts, child, parent)
    assert (child, "made_in_country", country) in facts, facts


def test_a_licence_for_a_design_goes_to_the_copy_the_registry_derives_from_it_made_there(
        full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "The Type 56 is a Chinese assault rifle. China received from the USSR a licence "
                                     "to produce the AK-47.", "en")
    assert {("Type 56", "licensed_by", "Soviet Union"), ("Type 56", "licence_status", "licensed")} <= facts, facts
    assert ("AK-47", "licensed_by", "Soviet Union") not in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("El TR-85 se basa en el T-55 soviético.", "es"),
    ("Tancul TR-85 se bazează pe vechiul T-55 sovietic.", "ro"),
    ("Konstrukcja TR-85 opiera się na T-55.", "pl"),
    ("Танкът TR-85 се базира на Т-55.", "bg"),
    ("El TR-85 es basa en el T-55.", "ca"),
])
def test_a_verb_of_being_based_on_names_the_original(full_extractor: Extractor, text: str, lang: str) -> None:
    assert_derives_one_way(facts_of(full_extractor, text, lang), "TR-85", "T-55")


@pytest.mark.parametrize(("text", "lang"), [
    ("Rusko prodalo tanky T-90 Indii.", "cs"),
    ("Rusija je prodala tenkove T-90 Indiji.", "sr"),
    ("Rusia a vândut tancuri T-90 Indiei.", "ro"),
])
def test_a_country_named_in_another_case_is_a_name_not_an_adjective(full_extractor: Extractor, text: str,
                                                                     lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert ("T-90", "exported_to", "India") in facts, facts
    assert ("T-90", "made_in_country", "India") not in facts, facts


def test_a_country_before_a_marked_recipient_is_no_recipient(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "باعت روسيا دبابات T-90 إلى الهند.", "ar")
    assert ("T-90", "exported_to", "India") in facts, facts
    assert ("T-90", "exported_to", "Russia") not in facts, facts


def test_a_licence_received_from_a_seller_named_first_is_no_import(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "China received from the USSR a licence to produce the AK-47.", "en")
    assert ("AK-47", "licensed_by", "Soviet Union") in facts, facts
    assert not any(f[1] == "exported_to" for f in facts), facts


@pytest.mark.parametrize(("text", "lang", "copy", "original", "country"), [
    ("The Type 56 (Chinese-made AK-47) was exported widely.", "en", "Type 56", "AK-47", "China"),
    ("Le Type 56 (AK-47 chinois) fut exporté.", "fr", "Type 56", "AK-47", "China"),
    ("56式自動小銃(中国製AKM)は輸出された。", "ja", "Type 56", "AKM", "China"),
])
def test_a_countrys_make_of_another_design_in_brackets_is_its_version(extractor: Extractor, text: str, lang: str,
                                                                        copy: str, original: str,
                                                                        country: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert {(copy, "derived_from", original), (copy, "made_in_country", country)} <= facts
    assert (original, "made_in_country", country) not in facts


def test_other_words_in_brackets_leave_the_gloss_to_the_other_readings(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The T-72 (Soviet-built) and the M-84 (Yugoslav tank) served.", "en")
    assert not any(r == "derived_from" for _, r, _ in facts)


def test_a_licence_built_type_of_a_design_is_derived_from_it_in_japanese(extractor: Extractor) -> None:
    facts = facts_of(extractor, "J-11はSu-27のライセンス生産型である。", "ja")
    assert ("J-11", "derived_from", "Su-27") in facts
    assert ("Su-27", "licence_status", "licensed") not in facts


def test_a_country_after_a_name_and_its_particle_is_the_next_names(extractor: Extractor) -> None:
    facts = facts_of(extractor, "68식은 소련의 AKM을 복제한 소총이다.", "ko")
    assert ("Type 68", "derived_from", "AKM") in facts
    assert ("Type 68", "made_in_country", "Soviet Union") not in facts
    assert ("AK-47", "made_in_country", "Soviet Union") in facts_of(extractor, "L'AK-47 soviétique.", "fr")


def test_a_copy_made_in_a_country_is_not_sold_to_it(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The J-7 was built in China as a copy of the MiG-21. China received the J-7 in 1961.",
                     "en")
    assert ("J-7", "made_in_country", "China") in facts
    assert ("J-7", "exported_to", "China") not in facts
    # a design bought and built under licence keeps both
    facts = facts_of(extractor, "The T-72 was built in India under licence. India bought T-72 tanks from the USSR.",
                     "en")
    assert {("T-72", "made_in_country", "India"), ("T-72", "exported_to", "India")} <= facts


def test_a_country_adjective_on_a_copy_word_is_the_maker_even_where_it_buys(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The J-7 is a Chinese copy of the MiG-21. China obtained the J-7 design in 1961.",
                     "en")
    assert ("J-7", "made_in_country", "China") in facts


@pytest.mark.parametrize(("text", "lang", "version", "owner"), [
    ("The plant built the SM-1 and later its improved version, the SM-2.", "en", "SM-2", "SM-1"),
    ("Fabryka montowała maszyny SM-1 (licencja Mi-1), a potem także ich ulepszoną wersję SM-2.", "pl", "SM-2", "SM-1"),
    ("Das Werk baute den T-72 und seine Exportversion, den PT-91.", "de", "PT-91", "T-72"),
    ("成飞生产歼-7及其改进型FC-1。", "zh", "FC-1", "J-7"),
    ("工場はMiG-21とその改良型であるJ-7を生産した。", "ja", "J-7", "MiG-21"),
    ("Tehdas valmisti T-54:ää ja sen kehitelmää T-55:tä.", "fi", "T-55", "T-54"),
    ("A gyár a T-54-et és annak továbbfejlesztését, a T-55-öt gyártotta.", "hu", "T-55", "T-54"),
])
def test_a_version_after_a_possessive_is_the_owners(extractor: Extractor, text: str, lang: str, version: str,
                                                    owner: str) -> None:
    assert_derives_one_way(facts_of(extractor, text, lang), version, owner)


def test_the_owner_of_a_version_keeps_what_the_sentence_says(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Od 1957 roku fabryka montowała maszyny SM-1, a potem także ich ulepszoną wersję "
                                "SM-2.", "pl")
    assert ("SM-1", "introduced_year", "1957") in facts
    assert ("SM-2", "derived_from", "SM-1") in facts


def test_a_gloss_in_brackets_picks_which_design_a_shared_name_stands_for() -> None:
    from copytrace.extract.resolve import NameRecord, Names, family_records
    names = Names([NameRecord("type-69-rpg", "product", "Type 69 RPG", ("Type 69",)),
                   NameRecord("type-69-tank", "product", "Type 69 tank", ("WZ-121", "Type 69 MBT"))],
                  family_records())
    facts = {(f.subject, f.relation, f.object)
             for f in Extractor(names).extract_text("The Type 69 (WZ-121) was a Chinese tank.", "t.txt", "en")}
    assert ("Type 69 tank", "alias_of", "WZ-121") in facts
    assert ("Type 69 tank", "made_in_country", "China") in facts
    assert not any(s == "Type 69 RPG" for s, _, _ in facts)
    # a longer name of another design in brackets is no gloss of this one
    facts = {(f.subject, f.relation, f.object)
             for f in Extractor(names).extract_text("The Type 69 (Type 69-II) was exported.", "t.txt", "en")}
    assert not any(r == "alias_of" for _, r, _ in facts)


def _shared_type_names() -> Names:
    from copytrace.extract.resolve import NameRecord, family_records
    return Names([NameRecord("rpg-7", "product", "RPG-7", ()),
                  NameRecord("type-69-rpg", "product", "Type 69 RPG", ("Type 69",), parents=("rpg-7",)),
                  NameRecord("t-54a", "product", "T-54A", ()),
                  NameRecord("type-59-tank", "product", "Type 59 tank", (), parents=("t-54a",)),
                  NameRecord("type-59g", "product", "Type 59G", ("Type 59 Gun tank",), parents=("type-59-tank",)),
                  NameRecord("type-59-pistol", "product", "Type 59 pistol", ("Type 59",)),
                  NameRecord("type-69-tank", "product", "Type 69 tank", (), parents=("type-59-tank",)),
                  NameRecord("akm", "product", "AKM", ()),
                  NameRecord("maadi", "product", "Maadi", ("AKM Maadi",), parents=("akm",))],
                 family_records())


def test_a_shared_name_in_another_spelling_is_the_design_of_the_lineage_spoken_of() -> None:
    found = Extractor(_shared_type_names()).extract_text("Der Typ 59 ist eine Kopie des T-54A.", "t.txt", "de")
    facts = {(f.subject, f.relation, f.object) for f in found}
    assert ("Type 59 tank", "derived_from", "T-54A") in facts


def test_the_country_of_the_original_of_licensed_versions_is_the_licensor(extractor: Extractor) -> None:
    facts = {(f.subject, f.relation, f.object, f.scope) for f in all_facts(
        extractor, "The PT-91 is one of the licensed versions of the famous Soviet tank T-72.", "en")}
    assert ("PT-91", "licensed_by", "Soviet Union", None) in facts
    assert not any(r == "licence_status" and scope == "Soviet Union" for _, r, _, scope in facts)


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    # each shared name is the design whose lineage the other names speak of
    ("In China the Type 69 was developed from the Type 59.",
     ("Type 69 tank", "derived_from", "Type 59 tank"), "Type 69 RPG"),
    ("The Type 59 was a Chinese copy of the T-54A.", ("Type 59 tank", "derived_from", "T-54A"), "Type 59 pistol"),
    # without a kin in the text, the name stays the design it stands for first
    ("China copied the RPG-7 as the Type 69.", ("Type 69 RPG", "derived_from", "RPG-7"), "Type 69 tank"),
    # a proper name after a designation is no noun of kind: the Maadi is no "AKM"
    ("Egypt built the AKM and sold it to Iraq.", ("AKM", "exported_to", "Iraq"), "Maadi"),
])
def test_a_name_several_designs_share_is_the_one_of_the_lineage_spoken_of(
        text: str, expected: tuple[str, str, str], not_expected: str) -> None:
    facts = {(f.subject, f.relation, f.object)
             for f in Extractor(_shared_type_names()).extract_text(text, "t.txt", "en")}
    assert expected in facts
    assert not any(not_expected in (s, o) for s, _, o in facts)


def test_a_word_of_version_that_opens_a_designation_is_no_cue(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Súng Kiểu 56 (QBZ-56) do Trung Quốc sản xuất.", "vi")
    assert not any(r == "derived_from" for _, r, _ in facts)
    assert ("Type 56", "made_in_country", "China") in facts


@pytest.mark.parametrize(("text", "lang", "original", "pairs"), [
    ("The AKM was made in Hungary as the AMD-65 and in Romania as the PM md. 63.", "en", "AKM",
     [("AMD-65", "Hungary"), ("PM md. 63", "Romania")]),
    ("AKM은 헝가리에서는 AMD-65, 루마니아에서는 PM md. 63이라는 이름으로 만들어졌다.", "ko", "AKM",
     [("AMD-65", "Hungary"), ("PM md. 63", "Romania")]),
    ("AKMはハンガリーではAMD-65、ルーマニアではPM md. 63として製造された。", "ja", "AKM",
     [("AMD-65", "Hungary"), ("PM md. 63", "Romania")]),
    ("АКМ делали в Венгрии как AMD-65, а в Румынии как PM md. 63.", "ru", "AKM",
     [("AMD-65", "Hungary"), ("PM md. 63", "Romania")]),
    ("AK-47 wytwarzano w Chinach jako Typ 56, a w Jugosławii jako M70.", "pl", "AK-47",
     [("Type 56", "China"), ("Zastava M70", "Yugoslavia")]),
])
def test_places_each_with_a_name_after_it_pair_off(extractor: Extractor, text: str, lang: str, original: str,
                                                   pairs: list[tuple[str, str]]) -> None:
    facts = facts_of(extractor, text, lang)
    (a, here), (b, there) = pairs
    assert {(a, "made_in_country", here), (b, "made_in_country", there),
            (a, "derived_from", original), (b, "derived_from", original)} <= facts
    assert not {(b, "made_in_country", here), (a, "made_in_country", there)} & facts
    assert not any(r in {"alias_of", "derived_from"} and {x, o} == {a, b} for x, r, o in facts)


@pytest.mark.parametrize(("text", "lang", "original", "maker", "name", "elsewhere"), [
    ("The Su-30 was also assembled in India by HAL and in China as the J-16.", "en", "Su-30",
     "HAL", "J-16", "China"),
    ("Das Gewehr entstand in China als Typ 56 und in Ungarn bei FÉG.", "de", None, "FÉG", "Type 56", "China"),
])
def test_a_maker_in_its_place_pairs_off_with_the_names_in_theirs(
        extractor: Extractor, text: str, lang: str, original: str | None, maker: str, name: str,
        elsewhere: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert (name, "made_in_country", elsewhere) in facts
    assert not any(s == name and (r, o) in {("made_in_country", "India"), ("made_in_country", "Hungary"),
                                            ("manufactured_by", maker)} for s, r, o in facts)
    if original is not None:
        assert (original, "manufactured_by", maker) in facts
        assert (name, "derived_from", original) in facts


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Among its copies is the Bulgarian AKK.", "en", ("AKK", "made_in_country", "Bulgaria")),
    ("Mezi kopie patří bulharská AKK.", "cs", ("AKK", "made_in_country", "Bulgaria")),
])
def test_an_adjective_after_a_copy_word_and_a_verb_is_the_copys(extractor: Extractor, text: str, lang: str,
                                                                 fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Poland built the MiG-15 under licence and named it the Lim-2.", "en"),
    ("ポーランドはMiG-15をライセンス生産し、Lim-2と命名した。", "ja"),
    ("폴란드는 MiG-15를 면허 생산하여 Lim-2로 명명했다.", "ko"),
])
def test_a_name_given_to_what_a_licence_made_is_a_product_of_its_own(extractor: Extractor, text: str,
                                                                      lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert_derives_one_way(facts, "Lim-2", "MiG-15")
    assert not any(r == "alias_of" for _, r, _ in facts)
    assert not any(r == "licensed_by" and o == "Poland" for _, r, o in facts)   # the maker, no licensor


@pytest.mark.parametrize("text", [
    "In Egypt the captured M48 tanks received the name Magach 9.",
    "The M48 tanks captured by Egypt were named Magach 9.",
])
def test_a_name_given_to_a_captured_design_is_a_product_of_its_own(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "en")
    assert_derives_one_way(facts, "Magach 9", "M48")
    assert not any(r == "alias_of" for _, r, _ in facts)


def test_a_country_that_sends_a_design_to_another_countrys_army_exports_it(extractor: Extractor) -> None:
    assert ("M-84", "exported_to", "Kuwait") in facts_of(
        extractor, "Yugoslavia delivered 84 M-84 tanks to the Kuwaiti army.", "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("Lim-2は、ソ連のMiG-15をポーランドでライセンス生産した機体である。", "ja"),
    ("Lim-2는 MiG-15를 면허 생산한 전투기이다.", "ko"),
])
def test_where_the_verb_comes_last_the_name_that_opens_a_licence_clause_is_the_copy(
        extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert_derives_one_way(facts, "Lim-2", "MiG-15")
    assert ("Lim-2", "licence_status", "licensed") in facts
    assert ("MiG-15", "licence_status", "licensed") not in facts


def test_where_the_verb_comes_last_a_design_that_owns_the_licence_word_has_no_copy(extractor: Extractor) -> None:
    facts = facts_of(extractor, "中国はMiG-15のライセンスを取得した。", "ja")
    assert not any(r == "derived_from" for _, r, _ in facts)


@pytest.mark.parametrize(("text", "lang", "name", "spelled"), [
    ("The RPK (Ruchnoy Pulemyot Kalashnikova) is a light machine gun.", "en", "RPK", "Ruchnoy Pulemyot Kalashnikova"),
    ("RPK – Ręczny Pulemiot Kałasznikowa – to broń.", "pl", "RPK", "Ręczny Pulemiot Kałasznikowa"),
    ("Das PSL (Pușcă semiautomată cu lunetă) ist ein Gewehr.", "de", "PSL", "Pușcă semiautomată cu lunetă"),
    ("The RPK (Ручной пулемёт Калашникова) is a light machine gun.", "en", "RPK",
     "Ruchnoy pulemet Kalashnikova (Ручной пулемёт Калашникова)"),
])
def test_the_words_whose_first_letters_spell_a_name_are_another_name_of_it(
        extractor: Extractor, text: str, lang: str, name: str, spelled: str) -> None:
    assert (name, "alias_of", spelled) in facts_of(extractor, text, lang)


@pytest.mark.parametrize("text", [
    "The RPK (Poland) was made in Tarnów.",                        # one word, no spelling
    "The BMP-1 (bojevaja mašina pěchoty) was built in Kurgan.",    # what it is, not a name
    "The RPK, Really Big Kit, was shown.",                         # the letters do not match
])
def test_words_that_do_not_spell_a_name_are_none_of_its_names(extractor: Extractor, text: str) -> None:
    assert not any(r == "alias_of" for _, r, _ in facts_of(extractor, text, "en"))


@pytest.mark.parametrize(("text", "lang"), [
    ("The Il-14 was built in the USSR and East Germany, and later in China as the Y-6.", "en"),
    ("Іл-14 вироблявся в СРСР, НДР, а потім випускався у Китаї під маркою Y-6.", "uk"),
])
def test_a_name_given_in_one_place_of_a_list_is_made_there_alone(extractor: Extractor, text: str,
                                                                   lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Y-6", "made_in_country", "China") in facts
    assert not {("Y-6", "made_in_country", "Soviet Union"), ("Y-6", "made_in_country", "East Germany")} & facts
    assert {("Il-14", "made_in_country", "Soviet Union"), ("Il-14", "made_in_country", "East Germany")} <= facts


@pytest.mark.parametrize(("text", "lang", "original"), [
    ("Poland built several versions of the MiG-17, such as the Lim-5 and the Lim-6.", "en", "MiG-17"),
    ("Polen baute mehrere Versionen der MiG-17, darunter die Lim-5 und die Lim-6.", "de", "MiG-17"),
    ("Польша строила несколько вариантов МиГ-17, например Lim-5 и Lim-6.", "ru", "MiG-17"),
    ("La Polonia costruì diverse versioni del MiG-17, tra cui il Lim-5 e il Lim-6.", "it", "MiG-17"),
    # the original is the product spoken of
    ("The MiG-17 was widely built. Poland made its own versions of the fighter, such as the Lim-5 and the Lim-6.",
     "en", "MiG-17"),
])
def test_names_after_a_word_of_example_are_the_versions(extractor: Extractor, text: str, lang: str,
                                                        original: str) -> None:
    facts = facts_of(extractor, text, lang)
    for version in ("Lim-5", "Lim-6"):
        assert_derives_one_way(facts, version, original)


@pytest.mark.parametrize(("text", "lang"), [
    ("1955年,苏联授权中国生产米格-17。", "zh"),
    ("In 1955 the USSR licensed China to build the MiG-17.", "en"),
])
def test_a_country_before_a_word_of_licence_grants_it_to_the_country_after(extractor: Extractor, text: str,
                                                                            lang: str) -> None:
    facts = {(f.subject, f.relation, f.object, f.scope) for f in all_facts(extractor, text, lang)}
    assert ("MiG-17", "licensed_by", "Soviet Union", "China") in facts
    assert not any(r == "licensed_by" and o == "China" for _, r, o, _ in facts)
    assert not any(r == "made_in_country" and o == "Soviet Union" for _, r, o, _ in facts)


@pytest.mark.parametrize(("text", "lang", "child", "parent"), [
    # a name joined by a hyphen to the word of version owns it
    ("Nordkorea baute die R-17-Variante Hwasong-6.", "de", "Hwasong-6", "R-17"),
    # the original may stand past a word for the kind of product
    ("Khẩu AKM là phiên bản cải tiến của khẩu tiểu liên huyền thoại AK-47.", "vi", "AKM", "AK-47"),
])
def test_versions_joined_to_their_word_or_past_a_kind_of_product(extractor: Extractor, text: str, lang: str,
                                                                  child: str, parent: str) -> None:
    assert_derives_one_way(facts_of(extractor, text, lang), child, parent)


def test_a_name_past_a_verb_of_making_is_no_original_of_a_version(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Iran improved the Korean version of the missile and produced the Shahab-1.", "en")
    assert not any(r == "derived_from" and o == "Shahab-1" for _, r, o in facts)


def test_names_in_brackets_after_where_something_went_are_not_made_there(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Szlovénia tankokat küldött Ukrajnának (M-55S).", "hu")
    assert not any(r == "made_in_country" and o == "Ukraine" for _, r, o in facts)
    facts = facts_of(extractor, "Slovenia sent tanks to Ukraine (M-55S).", "en")
    assert not any(r == "made_in_country" and o == "Ukraine" for _, r, o in facts)


def test_a_makers_name_on_another_design_is_that_designs_maker(extractor: Extractor) -> None:
    facts = facts_of(extractor, "È un Misagh-1, fabbricato su licenza in Iran come versione locale del cinese "
                                "Norinco QW-1.", "it")
    assert not any(s == "Misagh-1" and r == "manufactured_by" for s, r, _ in facts)
    assert ("Misagh-1", "made_in_country", "China") not in facts


@pytest.mark.parametrize("text", [
    'The army ordered more AKM "Misr" rifles.',
    "L'armée a commandé des AKM «Misr».",
])
def test_a_name_in_quotes_right_after_a_designation_is_another_name_of_it(extractor: Extractor, text: str) -> None:
    assert ("AKM", "alias_of", "Misr") in facts_of(extractor, text)


def test_a_familys_name_in_quotes_is_no_other_name_of_a_model(extractor: Extractor) -> None:
    assert not any(r == "alias_of" for _, r, _ in facts_of(extractor, 'The AK-74 "Kalashnikov" was shown.', "en"))


def test_a_design_given_as_a_gift_to_a_country_went_there(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Pierwszą bronią podarowaną Litwie przez Polskę były moździerze M-98.", "pl")
    assert ("M-98", "exported_to", "Lithuania") in facts


@pytest.mark.parametrize(("text", "lang", "name", "year"), [
    ("The AKM has been in service since 1959.", "en", "AKM", "1959"),
    ("AKM'ler 1959'dan beri hizmet veriyordu.", "tr", "AKM", "1959"),
    ("The AKM operated from 1959 until 1990.", "en", "AKM", "1959"),
])
def test_a_word_of_use_with_since_gives_the_year_of_introduction(extractor: Extractor, text: str, lang: str,
                                                                 name: str, year: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert (name, "introduced_year", year) in facts
    assert not any(r == "introduced_year" and o == "1990" for _, r, o in facts)


def test_a_year_closing_an_item_of_a_list_is_that_items(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The plant began making these: the Soviet PKS machine gun in 1968, the Soviet PKT "
                                "tank machine gun in 1969, and the PKM light machine gun in 1971.", "en")
    assert {("PKS", "introduced_year", "1968"), ("PKT", "introduced_year", "1969"),
            ("PKM", "introduced_year", "1971")} <= facts
    assert ("PKM", "introduced_year", "1969") not in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The Lim-2 is a licensed copy of the Soviet MiG-15, built in Poland from 1952.", "en"),
    ("Die Lim-2 ist ein Lizenznachbau der sowjetischen MiG-15, gebaut in Polen ab 1952.", "de"),
    ("The Lim-2, a licensed copy of the MiG-15, was built from 1952.", "en"),
])
def test_the_making_of_a_licensed_copy_gives_the_copys_year(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Lim-2", "introduced_year", "1952") in facts
    assert ("MiG-15", "introduced_year", "1952") not in facts


def test_licence_production_of_a_design_gives_no_year_of_its_own(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Licence production of the T-72 began in Poland in 1978.", "en")
    assert not any(r == "introduced_year" for _, r, _ in facts)


def test_a_years_ending_is_no_place_of_a_buyer(extractor: Extractor) -> None:
    facts = facts_of(extractor, "1985-ben Irak 250 T-72-es harckocsit vásárolt a Szovjetuniótól.", "hu")
    assert ("T-72", "exported_to", "Iraq") in facts


def test_a_name_a_gloss_decided_stays_decided_beside_kin_of_another() -> None:
    text = "The Type 69 (WZ-121) was built in China, and its crews carried the RPG-7. The Type 69 was exported."
    facts = {(f.subject, f.relation, f.object)
             for f in Extractor(_shared_type_names_with_gloss()).extract_text(text, "t.txt", "en")}
    assert ("Type 69 tank", "alias_of", "WZ-121") in facts
    assert not any(s == "Type 69 RPG" for s, _, _ in facts)


def _shared_type_names_with_gloss() -> Names:
    from copytrace.extract.resolve import NameRecord, family_records
    return Names([NameRecord("rpg-7", "product", "RPG-7", ()),
                  NameRecord("type-69-rpg", "product", "Type 69 RPG", ("Type 69",), parents=("rpg-7",)),
                  NameRecord("type-69-tank", "product", "Type 69 tank", ("WZ-121",))], family_records())


@pytest.mark.parametrize(("text", "absent"), [
    # a year closes a list's item only where the next item has a year of its own
    ("Based on the AK-47 and adopted in 1959, the AKM was lighter.", ("AK-47", "introduced_year", "1959")),
    # a user's years of use are no year of introduction
    ("The Finnish army has operated the AKM since 1984.", ("AKM", "introduced_year", "1984")),
    # a licence shared by a list is no grant from one of its countries to the other
    ("Poland under licence and Czechoslovakia built the T-72.", ("T-72", "licensed_by", "Poland")),
    # things named as examples are versions only where they are: not other arms, not the design's parts
    ("Egypt built a copy of the AKM and other arms such as the RPG-7.", ("RPG-7", "derived_from", "AKM")),
    ("The Type 59 is a copy of the T-54, including its D-10T gun.", ("D-10T", "derived_from", "T-54")),
    ("Der Typ 59 ist eine Kopie des T-54 und wurde, wie der T-55, in Polen gebaut.", ("T-55", "derived_from", "T-54")),
    # a country in brackets spells out no name
    ("The SU-100 (Soviet Union) served widely.", ("SU-100", "alias_of", "Soviet Union")),
])
def test_readings_of_this_round_keep_to_their_ground(extractor: Extractor, text: str,
                                                      absent: tuple[str, str, str]) -> None:
    assert absent not in facts_of(extractor, text)


def test_a_possessive_before_a_word_of_example_owns_the_versions(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The MiG-15 was copied widely; the Lim-2 had its own versions such as the Lim-2R.")
    assert ("Lim-2R", "derived_from", "Lim-2") in facts
    assert ("Lim-2R", "derived_from", "MiG-15") not in facts


def test_every_letter_of_a_hyphened_name_is_spelled_out(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The MT-LB (Mnogotselevoy Tyagach Legky Bronirovanny) is a tractor.", "en")
    assert ("MT-LB", "alias_of", "Mnogotselevoy Tyagach Legky Bronirovanny") in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("China copió el RPG-7 soviético y lo llamó Tipo 69.", "es"),
    ("Chiny skopiowały radziecki RPG-7 i nazwały go Typ 69.", "pl"),
    ("Китай скопировал советский РПГ-7 и назвал его Тип 69.", "ru"),
    ("Tiongkok menyalin RPG-7 Soviet dan menamainya Type 69.", "id"),
    ("Trung Quốc sao chép RPG-7 của Liên Xô và gọi nó là Kiểu 69.", "vi"),
    ("中国仿制了苏联的RPG-7,并将其命名为69式。", "zh"),
    ("中国はソ連のRPG-7をコピーし、69式と名付けた。", "ja"),
])
def test_the_name_a_country_gave_its_copy_names_the_copy(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert_derives_one_way(facts, "Type 69 RPG", "RPG-7")
    if lang != "ja":   # (Japanese: the country that copies, before its particle, is not read as the maker yet)
        assert ("Type 69 RPG", "made_in_country", "China") in facts


def test_a_name_given_to_a_copy_where_the_verb_comes_last_is_a_copy(extractor: Extractor) -> None:
    facts = all_facts(extractor, "中国はソ連のRPG-7をコピーし、69式と名付けた。", "ja")
    assert [f.qualifier for f in facts if f.relation == "derived_from" and f.object == "RPG-7"] == ["copy"]


def test_calling_a_design_the_best_gives_it_no_other_name(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Эксперты назвали ПКМ лучшим пулемётом, а АКМ — лучшим автоматом.", "ru")
    assert not any(r == "alias_of" for _, r, _ in facts)


@pytest.mark.parametrize(("text", "lang"), [
    ("ポーランドのPT-91戦車はソ連のT-72をベースにしている。", "ja"),
    ("波兰的PT-91坦克是以苏联T-72为基础研制的。", "zh"),
    ("폴란드의 PT-91 전차는 소련의 T-72를 기반으로 한다.", "ko"),
    ("Poland's PT-91 tank is based on the Soviet T-72.", "en"),
])
def test_a_country_marked_as_owner_of_a_design_made_it(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("PT-91", "made_in_country", "Poland") in facts
    assert ("T-72", "made_in_country", "Soviet Union") not in facts   # (the original's country stays out)
    assert_derives_one_way(facts, "PT-91", "T-72")


@pytest.mark.parametrize(("text", "lang"), [
    ("Poljski tenk PT-91 temeljen je na sovjetskom T-72.", "hr"),
    ("Пољски тенк PT-91 заснован је на совјетском Т-72.", "sr"),
    ("Poljski tenk PT-91 zasnovan je na sovjetskom T-72.", "bs"),
])
def test_an_auxiliary_inside_a_word_of_basis_keeps_it_one(extractor: Extractor, text: str, lang: str) -> None:
    assert_derives_one_way(facts_of(extractor, text, lang), "PT-91", "T-72")


def test_a_hungarian_verb_of_service_before_its_noun_dates_the_design(extractor: Extractor) -> None:
    assert ("AMD-65", "introduced_year", "1965") in facts_of(
        extractor, "Az AMD-65 1965-ben állt hadrendbe a magyar hadseregben.", "hu")


@pytest.mark.parametrize(("text", "lang"), [
    ("AKMは北朝鮮でソ連のライセンスにより生産された。", "ja"),
    ("北朝鲜根据苏联许可证生产了AKM。", "zh"),
])
def test_a_country_that_owns_a_licence_word_is_the_licensor(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("AKM", "licensed_by", "Soviet Union") in facts
    assert ("AKM", "made_in_country", "Soviet Union") not in facts


def test_two_unknown_capitals_before_a_name_are_no_maker(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Vojáci nesli pušky AP M77 a samopaly SA vz. 61.", "cs")
    assert not any(r == "manufactured_by" for _, r, _ in facts)


def test_a_country_alone_in_brackets_after_a_name_is_where_it_was_made(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Two copies stand side by side: the Lim-2 (Poland) and the J-2 (China).", "en")
    assert {("Lim-2", "made_in_country", "Poland"), ("J-2", "made_in_country", "China")} <= facts
    assert not {("Lim-2", "made_in_country", "China"), ("J-2", "made_in_country", "Poland")} & facts
    facts = facts_of(extractor, "Výroba: T-54 (Sovětský svaz) a T-54A (Polsko).", "cs")
    assert ("T-54A", "made_in_country", "Poland") in facts
    assert ("T-54A", "made_in_country", "Soviet Union") not in facts
    # where the sentence sells or uses, the country in brackets may be the buyer
    assert not any(r == "made_in_country" for _, r, _ in
                   facts_of(extractor, "The T-72 (Iraq) took part in the exercise and was bought in 1980.", "en"))


def test_an_adjective_right_after_a_copy_word_stays_the_originals(extractor: Extractor) -> None:
    assert not any(r == "made_in_country" for _, r, _ in facts_of(extractor, "It is a copy of the Soviet AKM.", "en"))


@pytest.mark.parametrize(("text", "lang"), [
    ("The Su-27 became the basis of the J-11.", "en"),
    ("Su-27はJ-11のベースとなった。", "ja"),
    ("Su-27はJ-11の元になった。", "ja"),
    ("Su-27은 J-11의 원형이 되었다.", "ko"),
])
def test_a_design_that_became_the_basis_of_another_is_its_original(extractor: Extractor, text: str,
                                                                   lang: str) -> None:
    assert_derives_one_way(facts_of(extractor, text, lang), "J-11", "Su-27")


@pytest.mark.parametrize(("text", "lang", "child", "parent"), [
    ("China built the Type 021, a copy of the Soviet Osa-class missile boats.", "en", "Type 021", "Osa-class"),
    ("The Ming class is derived from the Romeo class.", "en", "Ming-class", "Romeo-class"),
    ("Le Type 033 est une copie chinoise de la classe Romeo.", "fr", "Type 033", "Romeo-class"),
    ("Okręty Type 033 to chińska kopia okrętów klasy Romeo.", "pl", "Type 033", "Romeo-class"),
])
def test_a_ship_class_by_its_name_is_a_design(extractor: Extractor, text: str, lang: str, child: str,
                                              parent: str) -> None:
    assert_derives_one_way(facts_of(extractor, text, lang), child, parent)


def test_a_class_of_travel_or_society_is_no_ship_class(extractor: Extractor) -> None:
    facts = all_facts(extractor, "The delegation flew Business class to Moscow to buy the Middle class tanks.", "en")
    assert not any("class" in f.subject for f in facts)


def test_a_possessive_in_a_script_without_spaces_owns_only_the_word_right_after_it(extractor: Extractor) -> None:
    # "その後" is "after that": the version word two words on names the AKM itself, no version of the AK-55
    facts = facts_of(extractor, "ハンガリーはAK-55を国産化した。その後改良型のAKMをライセンス生産した。", "ja")
    assert ("AKM", "derived_from", "AK-55") not in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The BTR-60 was widely used. A Romanian version was later named the TAB-71.", "en"),
    ("El BTR-60 se usó mucho. Una versión rumana fue denominada TAB-71.", "es"),
])
def test_a_version_named_through_a_copula_is_the_named_one(extractor: Extractor, text: str, lang: str) -> None:
    assert_derives_one_way(facts_of(extractor, text, lang), "TAB-71", "BTR-60")


def test_places_listed_with_and_without_a_version_in_brackets_all_make_the_original(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The MiG-21 was also built in China (as the J-7), India and Czechoslovakia.", "en")
    assert {("MiG-21", "made_in_country", "India"), ("MiG-21", "made_in_country", "Czechoslovakia"),
            ("J-7", "made_in_country", "China"), ("J-7", "derived_from", "MiG-21")} <= facts
    assert ("J-7", "made_in_country", "India") not in facts


def test_an_alliance_is_no_name(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Rudal Strela-3 yang dalam kode NATO dikenal sebagai Gremlin dipakai luas.", "id")
    assert not any(r == "alias_of" and o == "NATO" for _, r, o in facts)


@pytest.mark.parametrize(("text", "lang"), [
    ("Il carro PT-91 è il T-72M costruito su licenza dalla Bumar-Łabędy.", "it"),
    ("O carro PT-91 é o T-72M fabricado sob licença pela Bumar-Łabędy.", "pt"),
])
def test_a_one_letter_copula_says_what_the_design_is(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("PT-91", "derived_from", "T-72M") in facts
    assert ("T-72M", "manufactured_by", "Bumar-Łabędy") not in facts


def test_a_word_for_type_is_no_maker(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Die Panzer vom Typ M-84 wurden in Jugoslawien gebaut.", "de")
    assert ("M-84", "made_in_country", "Yugoslavia") in facts
    assert not any(r == "manufactured_by" for _, r, _ in facts)


def test_a_makers_name_joined_to_another_name_is_no_maker() -> None:
    # (every shipped pack: the small arms pack knows Colt as a maker)
    facts = facts_of(Extractor(), "La pistola TT-33 riprende il meccanismo Colt-Browning ed era costruita a Tula.",
                     "it")
    assert not any(r == "manufactured_by" and "Colt" in o for _, r, o in facts)


@pytest.mark.parametrize(("text", "lang"), [
    ("Hungary built the AKM with the permission of the Soviet Union.", "en"),
    ("Hungary built the AKM with Soviet consent.", "en"),
    ("Hungary built the AKM under a licence of the USSR.", "en"),
])
def test_permission_to_make_is_a_licence_and_names_its_giver(extractor: Extractor, text: str, lang: str) -> None:
    facts = all_facts(extractor, text, lang)
    assert ("AKM", "licence_status", "licensed") in {(f.subject, f.relation, f.object) for f in facts}
    assert ("AKM", "licensed_by", "Soviet Union") in {(f.subject, f.relation, f.object) for f in facts}


def test_a_party_allowed_to_make_holds_the_licence_its_giver_grants(extractor: Extractor) -> None:
    granted = all_facts(extractor, "In 1961 the USSR allowed Hungary to produce the AKM.", "en")
    assert ("AKM", "licensed_by", "Soviet Union") in {(f.subject, f.relation, f.object) for f in granted}
    assert ("AKM", "made_in_country", "Hungary") in {(f.subject, f.relation, f.object) for f in granted}
    allowed = all_facts(extractor, "A deal of 1961 permits Hungary to build the AKM.", "en")
    assert ("AKM", "licence_status", "licensed") in {(f.subject, f.relation, f.object) for f in allowed}
    assert not any(f.relation == "licensed_by" for f in allowed)   # the party allowed is no licensor
    assert not any(f.relation == "licence_status" for f in all_facts(
        extractor, "The new sight allowed the crew of the AKM to produce faster fire.", "en"))


def test_a_numbered_name_of_the_product_spoken_of_is_its_version(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The AK-47 was adopted in 1949. The AK-47-2 was a lighter variant.", "en")
    assert ("AK-47-2", "derived_from", "AK-47") in facts
    assert ("AK-47", "derived_from", "AK-47-2") not in facts
    listed = facts_of(extractor, "Versions of the AKM include the AKM-1 and the AKM-2.", "en")
    assert ("AKM-1", "derived_from", "AKM") in listed


@pytest.mark.parametrize(("text", "lang"), [
    ("Tentara masih memakai senapan AKM buatan Uni Soviet.", "id"),
    ("ارتش هنوز از تفنگ‌های AKM ساخت شوروی استفاده می‌کند.", "fa"),
])
def test_a_country_right_after_a_word_of_making_made_what_an_army_uses(extractor: Extractor, text: str,
                                                                       lang: str) -> None:
    assert ("AKM", "made_in_country", "Soviet Union") in facts_of(extractor, text, lang)


def test_a_word_of_another_script_after_a_designation_is_no_part_of_its_name(extractor: Extractor) -> None:
    facts = all_facts(extractor, "بدأ الإنتاج التسلسلي للبندقية AK-74 عام 1974.", "ar")
    assert {f.subject for f in facts} == {"AK-74"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Im Jahr 1981 erhielt der Irak 250 AKM aus der Sowjetunion.", "de"),
    ("في عام 1981 تسلم العراق 250 بندقية AKM من الاتحاد السوفيتي.", "ar"),
])
def test_a_buyer_right_after_a_verb_that_comes_first_received_it(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("AKM", "exported_to", "Iraq") in facts
    assert ("AKM", "exported_to", "Soviet Union") not in facts


def test_a_word_of_of_and_to_after_a_sold_licence_names_its_buyer_not_its_giver(extractor: Extractor) -> None:
    sold = all_facts(extractor, "СССР продаде лиценза на Полша за АКМ.", "bg")
    assert ("AKM", "licensed_by", "Soviet Union") in {(f.subject, f.relation, f.object) for f in sold}
    assert not any(f.relation == "licensed_by" and f.object == "Poland" for f in sold)
    held = all_facts(extractor, "Полша произвежда АКМ по лиценз на СССР.", "bg")
    assert ("AKM", "licensed_by", "Soviet Union") in {(f.subject, f.relation, f.object) for f in held}


@pytest.mark.parametrize(("text", "lang"), [
    ("Unkari valmisti AKM:ää Neuvostoliiton lisenssillä.", "fi"),
    ("Magyarország a Szovjetunió engedélyével gyártotta az AKM-et.", "hu"),
    ("हंगरी ने सोवियत संघ के लाइसेंस के तहत AKM का उत्पादन किया।", "hi"),
    ("Macaristan AKM tüfeğini Sovyetler Birliği'nin lisansıyla üretti.", "tr"),
])
def test_where_the_owner_comes_first_a_country_owning_the_licence_word_gave_it(extractor: Extractor, text: str,
                                                                             lang: str) -> None:
    facts = {(f.subject, f.relation, f.object) for f in all_facts(extractor, text, lang)}
    assert ("AKM", "licensed_by", "Soviet Union") in facts
    assert ("AKM", "made_in_country", "Soviet Union") not in facts


def test_where_the_owner_comes_first_a_lone_country_before_a_licence_word_is_the_maker(extractor: Extractor) -> None:
    facts = {(f.subject, f.relation, f.object)
             for f in all_facts(extractor, "Magyarország licenc alapján gyártotta az AKM-et.", "hu")}
    assert ("AKM", "made_in_country", "Hungary") in facts
    assert not any(r == "licensed_by" for _, r, _ in facts)


def test_a_latin_name_after_a_hebrew_clitic_and_its_hyphen_is_read(extractor: Extractor) -> None:
    facts = facts_of(extractor, "מצרים ייצרה את ה-AKM ברישיון סובייטי.", "he")
    assert ("AKM", "made_in_country", "Egypt") in facts
    assert not facts_of(extractor, "The anti-AKM campaign began in Egypt.", "en")


def test_a_party_to_a_licence_deal_the_registry_knows_holds_the_rights_gave_it(extractor: Extractor) -> None:
    between = {(f.subject, f.relation, f.object, f.scope) for f in all_facts(
        extractor, "A licence agreement between Hungary and the USSR covered the AKM in 1961.", "en")}
    assert ("AKM", "licensed_by", "Soviet Union", "Hungary") in between
    assert ("AKM", "licence_status", "licensed", "Hungary") in between
    both = {(f.subject, f.relation, f.object, f.scope) for f in all_facts(
        extractor, "Russia and Hungary signed a licence agreement for the AKM.", "en")}
    assert ("AKM", "licensed_by", "Russia", "Hungary") in both
    assert not any(r == "licence_status" and scope == "Russia" for _, r, _, scope in both)
    # a party that holds no rights names no licensor
    assert not any(f.relation == "licensed_by" for f in all_facts(
        extractor, "A licence agreement between Hungary and Poland covered the AKM in 1961.", "en"))


@pytest.mark.parametrize(("text", "lang"), [
    ("The Type 56 is a Chinese-made AKM.", "en"),
    ("The Type 56, a Chinese AKM, was exported widely.", "en"),
    ("Тип 56 — китайский АКМ.", "ru"),
])
def test_a_name_said_to_be_a_design_of_a_country_without_its_rights_is_its_copy(extractor: Extractor, text: str,
                                                                               lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert {("Type 56", "derived_from", "AKM"), ("Type 56", "made_in_country", "China")} <= facts
    assert ("AKM", "made_in_country", "China") not in facts


def test_a_design_of_its_own_rights_holders_country_is_no_copy(extractor: Extractor) -> None:
    assert not any(r == "derived_from" for _, r, _ in facts_of(extractor, "The AK-47, a Soviet AKM, was made.", "en"))


@pytest.mark.parametrize(("text", "lang"), [
    ("The AKM was made in the USSR. Variants: AKMS, AKMN, AKMSN.", "en"),
    ("The AKM was made in the USSR. Other versions are the AKMS, the AKMN and the AKMSN.", "en"),
    ("AKM vyráběl SSSR. Varianty: AKMS, AKMN, AKMSN.", "cs"),
])
def test_names_a_colon_or_copula_sets_after_a_version_word_are_the_versions(extractor: Extractor, text: str,
                                                                           lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert {("AKMS", "derived_from", "AKM"), ("AKMN", "derived_from", "AKM"), ("AKMSN", "derived_from", "AKM")} <= facts
    assert not any(r == "derived_from" and o != "AKM" for _, r, o in facts)


@pytest.mark.parametrize(("text", "lang"), [
    ("The Hungarian army bought 1000 AKM rifles.", "en"),
    ("Die ungarische Armee kaufte 1000 AKM.", "de"),
    ("Венгерская армия закупила 1000 АКМ.", "ru"),
])
def test_a_force_that_buys_a_design_of_another_country_imports_it(extractor: Extractor, text: str, lang: str) -> None:
    assert ("AKM", "exported_to", "Hungary") in facts_of(extractor, text, lang)


def test_a_force_that_receives_its_own_countrys_design_imports_nothing(extractor: Extractor) -> None:
    assert not any(r == "exported_to" for _, r, _ in facts_of(
        extractor, "The Soviet army received its first AKM rifles in 1959.", "en"))
    # a place named before the verb is where something happened, not who bought
    assert not any(r == "exported_to" for _, r, _ in facts_of(
        extractor, "Po walkach w Wietnamie generałowie kupili AKM.", "pl"))


def test_a_derivation_between_two_designs_takes_the_registrys_direction(extractor: Extractor) -> None:
    # the registry derives the AKM from the AK-47; a reading of word order the other way round gives way to it
    facts = facts_of(extractor, "The AK-47 is a version of the AKM.", "en")
    assert ("AKM", "derived_from", "AK-47") in facts
    assert ("AK-47", "derived_from", "AKM") not in facts


def test_a_country_marked_from_far_from_the_licence_word_gave_no_licence(extractor: Extractor) -> None:
    far = all_facts(extractor, "Các biến thể AKM của Hungary với tên gọi AMD-65 được sản xuất theo giấy phép.",
                    "vi")
    assert not any(f.relation == "licensed_by" and f.object == "Hungary" for f in far)
    near = all_facts(extractor, "Hungary produced the AKM under a licence obtained in 1961 from the Soviet Union.",
                     "en")
    assert ("AKM", "licensed_by", "Soviet Union") in {(f.subject, f.relation, f.object) for f in near}


@pytest.mark.parametrize(("text", "lang"), [
    ("The AMD-65 is based on the licence-built version of the Soviet AKM.", "en"),
    ("Der AMD-65 basiert auf der Lizenzversion des sowjetischen AKM.", "de"),
])
def test_a_licence_word_between_a_word_of_basis_and_the_original_is_the_originals(extractor: Extractor, text: str,
                                                                                   lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert {("AMD-65", "derived_from", "AKM"), ("AKM", "licence_status", "licensed")} <= facts
    assert not any(subject == "AMD-65" and r in {"licence_status", "licensed_by"} for subject, r, _ in facts)


def test_a_licence_word_after_a_copy_word_stays_the_copys(extractor: Extractor) -> None:
    facts = facts_of(extractor, "AMD-65 este o copie maghiară licențiată a AKM.", "ro")
    assert ("AMD-65", "licence_status", "licensed") in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The AKM was adopted in 1959. Under the designation Type 1959 these rifles were also known.", "en"),
    ("The AKM was adopted in 1959. Its nickname was Type 1959.", "en"),
])
def test_a_sentence_that_opens_with_a_naming_names_the_product_spoken_of(extractor: Extractor, text: str,
                                                                         lang: str) -> None:
    assert ("AKM", "alias_of", "Type 1959") in facts_of(extractor, text, lang)


def test_a_naming_later_in_a_sentence_of_its_own_does_not_reach_back(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The AKM was adopted in 1959. Soldiers in Hungary had a rifle known as Type 1959.",
                     "en")
    assert not any(r == "alias_of" for _, r, _ in facts)


def test_words_that_point_back_are_no_other_name(extractor: Extractor) -> None:
    facts = facts_of(extractor, "سلاح AKM در سال ۱۹۵۹ تولید شد. نام این سلاح از نام طراح آن گرفته شده است.", "fa")
    assert not any(r == "alias_of" for _, r, _ in facts)


@pytest.mark.parametrize(("text", "lang"), [
    ("Hungary signed an agreement with Izhmash to build the AKM under licence.", "en"),
    ("The AKM is built by FEG under licence from Izhmash.", "en"),
])
def test_an_organisation_that_gives_the_licence_is_its_licensor_not_a_maker(extractor: Extractor, text: str,
                                                                           lang: str) -> None:
    facts = {(f.subject, f.relation, f.object) for f in all_facts(extractor, text, lang)}
    assert ("AKM", "licensed_by", "Izhmash") in facts
    assert ("AKM", "manufactured_by", "Izhmash") not in facts


def test_a_makers_name_on_its_design_gives_no_licence(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The AMD-65 was built under licence in Hungary as a version of the Izhmash AKM.",
                     "en")
    assert not any(r == "licensed_by" and o == "Izhmash" for _, r, o in facts)


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("The Arsenal plant in Kazanlak makes the AKM.", "en", "Bulgaria"),
    ("Karabinki AKM produkowano w Radomiu.", "pl", "Poland"),
    ("Karabin AKM izrađivan je u Kragujevcu.", "hr", "Serbia"),   # the vowel of Kragujevac falls out when declined
    ("Аутомат АКМ израђиван је у Крагујевцу.", "sr", "Serbia"),
    ("Samopal AKM se vyráběl v Písku.", "cs", "Czech Republic"),    # Písek
    ("Yugoslavia bought a licence for the AKM. The plant in Kragujevac made the AKM.", "en", "Yugoslavia"),
])
def test_a_town_where_a_design_is_made_names_its_country(extractor: Extractor, text: str, lang: str,
                                                         country: str) -> None:
    assert ("AKM", "made_in_country", country) in facts_of(extractor, text, lang)


def test_a_town_named_for_anything_but_making_says_nothing(extractor: Extractor) -> None:
    assert not facts_of(extractor, "The AKM was shown at a fair in London.", "en")
    assert not any(r == "exported_to" for _, r, _ in facts_of(
        extractor, "The plant in Kazanlak sent the AKM to Izhevsk.", "en"))   # (a capital is its state: Moscow)


@pytest.mark.parametrize(("text", "lang"), [
    ("L'AKM è prodotto dalla Beretta.", "it"),   # Beretta is also a town in Syria
    ("O AKM é fabricado pela Indústria de Material Bélico.", "pt"),   # "Material", read as a town, is in Italy
])
def test_a_word_of_a_makers_name_is_no_town(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert any(r == "manufactured_by" for _, r, _ in facts)
    assert not any(r == "made_in_country" for _, r, _ in facts)


@pytest.mark.parametrize(("text", "lang", "wrong"), [
    ("AKM được sản xuất bởi Nhà máy Z111.", "vi", "Nhà"),   # a plant word of two words opens the name
    ("Az AKM-et a Fegyvergyár gyártotta Budapesten.", "hu", "gyártotta"),   # a plant, a verb, a town
])
def test_a_plant_word_is_not_read_into_a_name_beyond_it(extractor: Extractor, text: str, lang: str,
                                                         wrong: str) -> None:
    makers = set(objects(facts_of(extractor, text, lang), "manufactured_by"))
    assert not any(wrong in o.split() for o in makers)


@pytest.mark.parametrize(("text", "lang"), [
    ("The first AKM rifles arrived in Cuba in 1962.", "en"),
    ("Die ersten AKM trafen 1962 in Kuba ein.", "de"),   # a verb in two parts
    ("Първите АКМ пристигат в Куба през 1962 г.", "bg"),
    ("首批AKM于1962年抵达古巴。", "zh"),   # the verb's object right after it
    ("İlk AKM'ler 1962'de Küba'ya ulaştı.", "tr"),   # a case ending
])
def test_a_word_of_arriving_sends_the_product_to_where_it_arrives(extractor: Extractor, text: str,
                                                                  lang: str) -> None:
    assert ("AKM", "exported_to", "Cuba") in facts_of(extractor, text, lang)


def test_a_word_of_arriving_never_sends_the_product_to_where_it_came_from(extractor: Extractor) -> None:
    came = facts_of(extractor, "The first AKM rifles arrived from the Soviet Union in 1962.", "en")
    assert not any(r == "exported_to" for _, r, _ in came)


@pytest.mark.parametrize(("text", "lang"), [
    ("Pierwsze AKM Kubańczycy kupili od Rosjan.", "pl"),
    ("Die Kubaner kauften die ersten AKM von den Russen.", "de"),
    ("Кубинцы купили первые АКМ у русских.", "ru"),
])
def test_a_people_that_buys_is_its_country(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("AKM", "exported_to", "Cuba") in facts
    assert ("AKM", "exported_to", "Russia") not in facts


def test_an_adjective_after_its_noun_before_a_word_of_buying_is_no_buyer(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Los AKM soviéticos comprados por Cuba llegaron en 1962.", "es")
    assert ("AKM", "exported_to", "Soviet Union") not in facts


def test_a_word_of_in_and_into_reads_as_in_beside_a_word_of_making(extractor: Extractor) -> None:
    assert ("AKM", "made_in_country", "Russia") in facts_of(extractor, "АКМ выпускали на заводе в Ижевске.", "ru")
    assert ("AKM", "exported_to", "Cuba") in facts_of(extractor, "АКМ поставляли на Кубу.", "ru")


@pytest.mark.parametrize(("text", "lang"), [
    ("1961 erlaubte die UdSSR Ungarn die Produktion des AKM.", "de"),
    ("År 1961 tillät Sovjetunionen Ungern att tillverka AKM.", "sv"),
])
def test_where_the_verb_of_allowing_comes_first_its_subject_grants_the_party_after(extractor: Extractor, text: str,
                                                                                  lang: str) -> None:
    facts = {(f.subject, f.relation, f.object, f.scope) for f in all_facts(extractor, text, lang)}
    assert ("AKM", "licensed_by", "Soviet Union", "Hungary") in facts
    assert not any(r == "made_in_country" and o == "Soviet Union" for _, r, o, _ in facts)


def test_a_sales_permission_is_no_licence_to_make(extractor: Extractor) -> None:
    sold = facts_of(extractor, "With the approval of Moscow, the USSR sold 500 AKM rifles to Hungary.", "en")
    assert ("AKM", "exported_to", "Hungary") in sold
    assert not any(r in {"licence_status", "licensed_by"} for _, r, _ in sold)
    licence = facts_of(extractor, "The USSR sold a licence for the AKM to Hungary.", "en")
    assert ("AKM", "licence_status", "licensed") in licence


def test_a_number_after_a_slash_makes_the_design_the_registry_knows_by_it(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Poland built the T-34/85 under licence from 1951.", "en")
    assert ("T-34-85", "made_in_country", "Poland") in facts
    two = facts_of(full_extractor, "The Su-27/30 family was built in Russia.", "en")
    assert not any(sub.startswith("Su-27/") or sub.startswith("Su-27-30") for sub, _, _ in two)


def test_a_name_of_another_clause_is_no_licensed_copy_of_the_design_after_a_licence_word(
        extractor: Extractor, full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "First came the T-34/85, and in the late 1950s licence production of the T-54 "
                                     "and later the T-55 began.", "en")
    assert ("T-54", "derived_from", "T-34-85") not in facts
    assert ("T-54", "licence_status", "licensed") in facts
    near = facts_of(extractor, "The AKM-63, built under the licence for the Soviet AKM, entered service in 1963.", "en")
    assert ("AKM-63", "derived_from", "AKM") in near


@pytest.mark.parametrize(("text", "lang"), [
    ("Из АКМ был разработан АКМС.", "ru"),
    ("Aus dem AKM wurde das AKMS entwickelt.", "de"),
])
def test_a_design_marked_from_before_a_word_of_design_is_the_original_of_the_next(extractor: Extractor, text: str,
                                                                                lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("AKMS", "derived_from", "AKM") in facts
    assert ("AKM", "derived_from", "AKMS") not in facts


def test_a_word_that_joins_two_capitalised_words_is_part_of_a_makers_name(extractor: Extractor) -> None:
    facts = facts_of(extractor, "AKM tüfeği Makine ve Kimya Endüstrisi tarafından üretildi.", "tr")
    assert ("AKM", "manufactured_by", "Makine ve Kimya Endüstrisi") in facts
    # where a name comes before its noun, a capital after the noun names no product ("tüfeği Makine")
    assert not any(sub == "Makine" for sub, _, _ in facts)


def test_the_first_units_delivered_in_a_text_about_their_country_date_the_entry_into_service(
        extractor: Extractor) -> None:
    text = ("Cuba bought rifles from the Soviet Union. Cuba made none. In 1962 the first AKM rifles were handed "
            "over to the Cuban army.")
    assert ("AKM", "introduced_year", "1962") in facts_of(extractor, text, "en")
    later = facts_of(extractor, text.replace("the first AKM", "more AKM"), "en")
    assert ("AKM", "introduced_year", "1962") not in later


def test_a_word_of_versions_after_a_name_keeps_it_the_subject_of_the_next_sentence(extractor: Extractor) -> None:
    text = ("Polsko vyrábělo AKM v licenci. Celkem bylo v Polsku vyrobeno 1500 kusů AKMS různých verzí. "
            "Z tohoto počtu bylo 600 kusů exportováno do Bulharska.")
    facts = facts_of(extractor, text, "cs")
    assert ("AKMS", "exported_to", "Bulgaria") in facts
    assert ("AKM", "exported_to", "Bulgaria") not in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("59式戦車（WZ-120）は中国の戦車である。", "ja"),   # a word for the kind of product before a full-width bracket
    ("59式坦克（WZ-120）是中国的坦克。", "zh"),
    ("59式戦車(ごじゅうきゅうしきせんしゃ・WZ-120)は中国の戦車である。", "ja"),   # a reading before it in the bracket
])
def test_a_name_in_a_full_width_bracket_after_a_word_of_kind_is_another_name(full_extractor: Extractor, text: str,
                                                                             lang: str) -> None:
    assert ("Type 59 tank", "alias_of", "WZ-120") in facts_of(full_extractor, text, lang)


def test_designs_before_a_word_of_replacing_are_the_other_party_where_the_verb_comes_last(
        full_extractor: Extractor) -> None:
    # "the Type 59 is being replaced by the Type 96 and Type 99 ... production began in 1959": the 1959 is the
    # Type 59's, not the replacements'
    text = ("59式戦車は中国の戦車である。旧式化に伴い96式戦車や99式戦車との交代が進められている。"
            "当初は1959年から量産が始まった。")
    facts = facts_of(full_extractor, text, "ja")
    assert ("Type 59 tank", "introduced_year", "1959") in facts
    assert not any(s.startswith("Type 9") for s, _, _ in facts)


@pytest.mark.parametrize(("text", "lang"), [
    ("The first AKMS models replaced the older AK-47 in 1959.", "en"),
    ("Ensimmäiset AKMS-mallit korvasivat vanhemman AK-47:n vuonna 1959.", "fi"),
])
def test_a_word_of_versions_makes_no_kin_of_the_design_replaced(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not any(r == "derived_from" for _, r, _ in facts)


@pytest.mark.parametrize(("text", "lang", "owner"), [
    ("中国于五十年代引进前苏联T-54A坦克。", "zh", "Soviet Union"),
    ("中国はソ連のMiG-21を輸入した。", "ja", "Soviet Union"),
    ("북한은 소련의 MiG-21을 수입했다.", "ko", "Soviet Union"),
])
def test_where_the_owner_comes_first_a_country_on_the_product_is_no_buyer(
        extractor: Extractor, text: str, lang: str, owner: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not any(r == "exported_to" and o == owner for _, r, o in facts), facts
    assert any(r == "exported_to" and o in {"China", "North Korea"} for _, r, o in facts), facts   # the buyer


def test_a_country_a_verb_of_export_sends_to_is_the_recipient_though_an_owners_mark_follows(
        extractor: Extractor) -> None:
    facts = facts_of(extractor, "中国出口到巴基斯坦的T-54A坦克很多。", "zh")   # (a clause on the tanks, not an owner)
    assert ("T-54A", "exported_to", "Pakistan") in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The T-55AM was powered by a Polish version of the W-55 engine.", "en"),
    ("Le T-55AM était propulsé par la version polonaise du moteur W-55.", "fr"),
    ("Der T-55AM hatte eine polnische Version des Motors W-55.", "de"),
])
def test_a_version_of_an_engine_is_no_version_of_the_vehicle(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not any(s == "T-55AM" and r in {"derived_from", "made_in_country"} for s, r, _ in facts)
    # a part word in the next clause leaves the copy alone
    text = "The Type 56 is a Chinese copy of the AK-47, and ammunition for it was made in China too."
    assert ("Type 56", "derived_from", "AK-47") in facts_of(extractor, text, "en")


def test_the_papers_of_a_design_sold_abroad_are_no_export_of_it(extractor: Extractor) -> None:
    facts = facts_of(extractor, "苏联把AKM的生产工具和技术资料卖给了中国。", "zh")
    assert ("AKM", "exported_to", "China") not in facts
    assert ("AKM", "exported_to", "China") in facts_of(extractor, "苏联把AKM卖给了中国。", "zh")
    # the owner's ending glued to a common noun ("tüfeğinin": the rifle's), then the papers
    facts = facts_of(extractor, "Sovyetler Birliği, AKM tüfeğinin üretim belgelerini Çin'e devretti.", "tr")
    assert ("AKM", "exported_to", "China") not in facts


def test_an_adjective_on_a_design_the_text_copies_is_no_place_of_making(full_extractor: Extractor) -> None:
    text = "The MLI-84 is a Romanian copy of the BMP-1. Unlike the Soviet BMP-1, it has a bigger engine."
    facts = facts_of(full_extractor, text, "en")
    assert ("MLI-84", "derived_from", "BMP-1") in facts
    assert ("BMP-1", "made_in_country", "Soviet Union") not in facts
    # (a design no copy is made of keeps its adjective, and so does a copy that has a copy of its own)
    assert ("BMP-1", "made_in_country", "Soviet Union") in facts_of(
        full_extractor, "Unlike the Soviet BMP-1, it has a bigger engine.", "en")
    text = "The Chinese Type 56 was derived from the AK-47. The Type 56-1 is a version of the Type 56."
    assert ("Type 56", "made_in_country", "China") in facts_of(full_extractor, text, "en")


def test_an_adjective_on_a_design_named_in_passing_with_no_lineage_is_out_of_scope(extractor: Extractor) -> None:
    # designs the registry does not know, in a sentence with no word of making, of which nothing else is said
    text = "The army compared the T-72M1 with the British Chieftain and the American M60."
    assert not any(r == "made_in_country" for _, r, _ in facts_of(extractor, text, "en"))
    # a word of making, or a lineage the text states, keeps the adjective
    made = facts_of(extractor, "The Soviet heavy tank T-10 was built in large numbers.", "en")
    assert ("T-10", "made_in_country", "Soviet Union") in made
    assert ("FIROS 25", "made_in_country", "Italy") in facts_of(extractor, "The Italian FIROS 25 is a copy of the "
                                                                           "BM-21.", "en")


@pytest.mark.parametrize(("text", "lang", "year", "kept"), [
    ("53式於1956年投產,53式的生產在1960年被停止。", "zh", "1960", "1956"),     # the time stands before its verb
    ("L'AKM fut produit en Pologne à partir de 1964, mais la production y fut stoppée en 1994.", "fr", "1994", "1964"),
    ("1958年12月14日中國製造的直-5首次試飛。", "zh", "1958", None),                # "China-made": no verb
    ("1958年中国制造的直-5在1963年停产。", "zh", "1963", "1958"),                  # the making keeps its own year
])
def test_a_year_a_word_of_ending_or_testing_governs_is_no_introduction(
        extractor: Extractor, text: str, lang: str, year: str, kept: str | None) -> None:
    years = set(objects(facts_of(extractor, text, lang), "introduced_year"))
    assert year not in years and (kept is None or kept in years), years


def test_a_word_of_making_that_describes_the_name_leaves_the_verb_its_year(extractor: Extractor) -> None:
    facts = facts_of(extractor, "1959年中国制造的59式坦克开始服役。", "zh")
    assert any(r == "introduced_year" and o == "1959" for _, r, o in facts), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("在歼-5的基础上,成都飞机厂研制了歼-5甲。", "zh"),     # the owner's mark makes the basis the J-5's
    ("歼-5甲是在歼-5的基础上研制的。", "zh"),
])
def test_where_the_owner_comes_first_the_basis_is_the_marked_name(text: str, lang: str) -> None:
    facts = facts_of(Extractor(), text, lang)   # (the packs know the J-5 as the "Shenyang J-5", the J-5A not)
    assert any(sub == "J-5A" and r == "derived_from" and "J-5" in o and o != "J-5A" for sub, r, o in facts), facts
    assert not any(r == "derived_from" and o == "J-5A" for _, r, o in facts), facts


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Puška Zastava M70 bila je poznata kao “srbijanka”.", "hr", "srbijanka"),   # a word of a people, quoted
    ("Мі-24, неофіційна назва — \"Крокодил\", був переданий Україні.", "uk", "Krokodil (Крокодил)"),   # after a dash
])
def test_a_quoted_nickname_after_a_naming_word_is_another_name(
        extractor: Extractor, text: str, lang: str, name: str) -> None:
    assert any(r == "alias_of" and o == name for _, r, o in facts_of(extractor, text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("SSSR je tehnologiju proizvodnje AK-47 predao Kini 1956. godine.", "hr"),   # the papers before the verb
    ("Die Sowjetunion hat die Lizenz für die AK-47 an Polen übergeben.", "de"),
])
def test_who_hands_over_a_licence_gave_it_and_the_design_went_nowhere(
        extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("AK-47", "licensed_by", "Soviet Union") in facts
    assert not any(r == "exported_to" for _, r, _ in facts), facts


@pytest.mark.parametrize(("text", "lang", "taker"), [
    ("Poland licence-produced the T-72 and exported it to India.", "en", "Poland"),
    ("Egypt received the licence for the AKM and sold it to Iraq.", "en", "Egypt"),   # it received, then sold
    ("Polen wurde die Lizenz für die AK-47 von der Sowjetunion übergeben.", "de", "Poland"),   # "von": the doer
])
def test_a_licensee_that_passes_on_what_it_took_gave_no_licence(
        extractor: Extractor, text: str, lang: str, taker: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not any(r == "licensed_by" and o == taker for _, r, o in facts), facts


def test_only_a_language_that_declines_names_reads_a_town_through_an_ending(extractor: Extractor) -> None:
    assert not any(r == "made_in_country" for _, r, _ in facts_of(
        extractor, "Die AKM: Fertigung in Serie ab 1958.", "de"))   # ("Seri" is a town, "in Serie" is none)
    assert ("AKM", "made_in_country", "Poland") in facts_of(extractor, "AKM produkowano w Radomiu.", "pl")


def test_an_export_version_built_in_a_list_of_countries_went_to_none_of_them(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The T-72M is a Soviet export version, built also in Poland and Czechoslovakia.", "en")
    assert {("T-72M", "made_in_country", "Poland"), ("T-72M", "made_in_country", "Czechoslovakia")} <= facts
    assert not any(r == "exported_to" for _, r, _ in facts), facts
    text = "Т-72М — экспортный вариант танка для Польши."   # (a version for a country marked as where it goes)
    assert ("T-72M", "exported_to", "Poland") in facts_of(extractor, text, "ru")
    facts = facts_of(extractor, "The T-72M was an export version for Iraq, Syria and Libya.", "en")
    assert {("T-72M", "exported_to", c) for c in ("Iraq", "Syria", "Libya")} <= facts, facts   # (the list's mark)


def test_a_name_in_a_data_sheets_field_leaves_the_sheet_its_subject() -> None:
    text = ("直-5是中国仿制的直升机。\n\n"
            "  • 中文名称:直-5\n"
            "  • 研仿原型:苏联米-4(MI-4)直升机\n"
            "  • 首飞时间:1958年\n"
            "  • 出口国家:朝鲜、马里\n")
    facts = facts_of(Extractor(), text, "zh")
    assert {("Harbin Z-5", "exported_to", "North Korea"), ("Harbin Z-5", "exported_to", "Mali")} <= facts, facts
    assert not any(s == "Mi-4" and r == "exported_to" for s, r, _ in facts), facts
    # a sheet that names its subject only in a field; prose set out as a list is no sheet
    sheet = facts_of(Extractor(), "Name: Type 56\nOrigin: copy of the AK-47\nExported to: Albania\n", "en")
    assert {("Type 56", "derived_from", "AK-47"), ("Type 56", "exported_to", "Albania")} <= sheet, sheet
    prose = ("The Type 56 was made in China.\n- Note: the Type 56-1 was exported to Iraq.\n"
             "- It was also sold to Albania.\n")
    assert ("Type 56-1", "exported_to", "Albania") in facts_of(Extractor(), prose, "en")


def test_traditional_chinese_reads_its_own_cldr_country_names(extractor: Extractor) -> None:
    text, language = "出口國家:馬里、幾內亞", lexicon.language("zh")   # (Hong Kong's and Taiwan's spellings)
    folded = match_fold(text)
    document = build(text, 0, language.matcher.find(text, folded, 0), extractor.names, folded, language)
    assert {m.value for m in document.mentions if m.kind == "country"} == {"ML", "GN"}


@pytest.mark.parametrize(("text", "lang", "present", "absent"), [
    # the buyer a bare name is, "закуплена Индией", sells nothing
    ("Лицензия на производство танков Т-62 была закуплена Индией в 1980 году.", "ru",
     None, ("T-62", "licensed_by", "India")),
    # "es gab" (there was) grants nothing, and a place is no licensor
    ("In Polen gab es eine Lizenzproduktion des T-62.", "de",
     ("T-62", "made_in_country", "Poland"), ("T-62", "licensed_by", "Poland")),
    # a past form the future's letters spell without accents is no plan
    ("O ministério entregara o T-62 à Ucrânia em 2005.", "pt", ("T-62", "exported_to", "Ukraine"), None),
    # German "bis" is "until", no version suffix
    ("Die Sowjetunion lieferte T-62 bis 1985 an Ägypten.", "de", ("T-62", "exported_to", "Egypt"), None),
    # a name given after the country a design went to names no copy made there
    ("The RPG-7 is Soviet. It was produced in Kovrov and exported to Egypt, under the name Type 69.", "en",
     None, ("Type 69 RPG", "made_in_country", "Egypt")),
    # a licence granted, then an export of what was made: the licence stays
    ("The Soviet Union granted Poland a licence for the T-62, and Poland exported T-62 tanks to Iraq.", "en",
     ("T-62", "licensed_by", "Soviet Union"), None),
    # the original's own country's version is no copy of it
    ("In 1979 the army received the improved Soviet version of the RPG-7.", "en",
     None, ("RPG-7 (Soviet version)", "derived_from", "RPG-7")),
])
def test_what_a_review_of_the_licence_and_version_rules_found(extractor: Extractor, text: str, lang: str,
                                                              present: tuple[str, str, str] | None,
                                                              absent: tuple[str, str, str] | None) -> None:
    facts = facts_of(extractor, text, lang)
    if present is not None:
        assert present in facts
    if absent is not None:
        assert absent not in facts


def test_a_licence_given_to_a_maker_is_not_held_by_the_country_it_exports_to(extractor: Extractor) -> None:
    text = "Given the Soviet licence, Poland built the T-62 and exported it to Iraq."
    facts = all_facts(extractor, text, "en")
    assert ("T-62", "exported_to", "Iraq") in {(f.subject, f.relation, f.object) for f in facts}
    assert not any(f.relation == "licence_status" and f.scope == "Iraq" for f in facts)
    assert not any(f.relation == "licensed_by" and f.object == "Poland" for f in facts)


@pytest.mark.parametrize(("text", "lang"), [
    ("Автомат АКМ разработало конструкторское бюро Калашникова в Ижевске.", "ru"),
    ("Das AKM wurde vom Konstruktionsbüro Kalaschnikow gebaut.", "de"),
    ("米格-21由米高扬设计局生产。", "zh"),
])
def test_a_design_bureau_named_in_full_makes_nothing(full_extractor: Extractor, text: str, lang: str) -> None:
    assert not any(r == "manufactured_by" for _, r, _ in facts_of(full_extractor, text, lang))


def test_a_case_ending_with_decomposed_accents_keeps_its_role(extractor: Extractor) -> None:
    import unicodedata
    text = unicodedata.normalize("NFD", "A T-72M1 harckocsikat Lengyelországból vásárolták.")
    assert ("T-72M1", "made_in_country", "Poland") not in facts_of(extractor, text, "hu")


def test_an_unnamed_version_a_licence_is_denied_to_is_unlicensed_in_its_country(extractor: Extractor) -> None:
    facts = all_facts(extractor, "Es ist die chinesische Variante des RPG-7, aber kein Lizenzbau.", "de")
    held = {(f.subject, f.relation, f.object, f.scope) for f in facts}
    assert ("RPG-7 (Chinese version)", "licence_status", "unlicensed", "China") in held


def test_a_country_after_a_word_for_of_on_the_original_gave_the_licence(extractor: Extractor) -> None:
    text = "Nước này sản xuất theo giấy phép đối với súng RPG-7 của Liên Xô, được gọi là Type 69."
    facts = {(subject.removesuffix(" RPG"), r, o) for subject, r, o in facts_of(extractor, text, "vi")}
    assert {("Type 69", "derived_from", "RPG-7"), ("Type 69", "licensed_by", "Soviet Union")} <= facts
    # (not the country of versions a word of versions on the original names)
    text = "Các biến thể RPG-7 của Trung Quốc với tên gọi Type 69 được sản xuất theo giấy phép."
    variants = all_facts(extractor, text, "vi")
    assert not any(f.relation == "licensed_by" and f.object == "China" for f in variants)
    assert any(f.relation == "licence_status" and f.scope == "China" for f in variants)


@pytest.mark.parametrize(("text", "lang"), [
    ("China received many RPG-7 launchers from the Soviet Union and soon began licence production, creating the "
     "Type 69.", "en"),
    ("La Cina ricevette numerosi RPG-7 dall'Unione Sovietica e poco dopo ne iniziò la produzione su licenza, "
     "realizzando il Type 69.", "it"),
])
def test_what_a_verb_of_buying_takes_went_not_what_a_later_clause_makes(extractor: Extractor, text: str,
                                                                       lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("RPG-7", "exported_to", "China") in facts
    assert not any(r == "exported_to" and subject.startswith("Type 69") for subject, r, _ in facts)


@pytest.mark.parametrize(("text", "lang"), [
    ("Pakistani counterfeits of the RPG-7 were shown at the fair.", "en"),
    ("Pakistanische Fälschungen des RPG-7 wurden auf der Messe gezeigt.", "de"),
    ("Пакистанские подделки РПГ-7 показали на выставке.", "ru"),
    ("Des contrefaçons pakistanaises du RPG-7 ont été exposées au salon.", "fr"),
])
def test_a_counterfeit_of_a_design_is_an_unlicensed_copy_made_where_its_adjective_says(
        extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    copy = "RPG-7 (Pakistani copy)"
    assert {(copy, "derived_from", "RPG-7"), (copy, "made_in_country", "Pakistan"),
            (copy, "licence_status", "unlicensed")} <= facts
    assert ("RPG-7", "licence_status", "unlicensed") not in facts   # the original is not the counterfeit


def test_the_name_a_country_gives_a_design_is_another_name_of_it(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Lim-2 was the Polish name for the MiG-15.", "en")
    assert any(s.startswith("Lim-2") and r == "alias_of" and o == "MiG-15" for s, r, o in facts)
    assert not any(r == "alias_of" for _, r, _ in facts_of(extractor, "Nobody found a name for the MiG-15.", "en"))


def test_a_licence_for_the_product_spoken_of_goes_to_the_countries_after_the_licence_word(
        extractor: Extractor) -> None:
    text = ("The T-62A appeared in 1962. Production went on in the Soviet Union until 1975 and it was also built "
            "under licence in North Korea, Czechoslovakia and Poland.")
    found = all_facts(extractor, text, "en")
    assert any(f.subject == "T-62A" and f.relation == "made_in_country" and f.object == "Soviet Union" for f in found)
    assert {f.scope for f in found if f.subject == "T-62A" and f.relation == "licence_status"
            and f.object == "licensed"} == {"North Korea", "Czechoslovakia", "Poland"}


@pytest.mark.parametrize(("text", "lang"), [
    ("W 1950 roku pojawiły się pierwsze T-54, a już w 1952 roku pojawiły się pierwsze czołgi T-54A.", "pl"),
    ("První T-54 byly zavedeny do výzbroje v roce 1950, a v roce 1952 byly zavedeny první tanky T-54A.", "cs"),
])
def test_a_year_opening_a_clause_is_the_year_of_the_subject_after_its_verb(
        extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("T-54A", "introduced_year", "1952") in facts and ("T-54", "introduced_year", "1950") in facts
    assert ("T-54", "introduced_year", "1952") not in facts


def test_a_maker_and_a_time_between_the_making_and_as_still_name_the_copy(extractor: Extractor) -> None:
    text = ("Il-14 byl sovětský dopravní letoun. Československý průmysl získal na tento typ licenci a vyráběl jej od "
            "roku 1956 v Závodech Jana Švermy jako Avia Av-14.")
    facts = facts_of(extractor, text, "cs")
    assert ("Av-14", "derived_from", "Il-14") in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Many countries build tanks, such as the Leopard (Germany) Merkava (Israel) M1A2 Abrams (United States), "
     "T-90 (Russia).", "en"),
    ("Banyak negara membuat tank seperti Leopard (Jerman) Merkava (Israel) M1A2 Abrams (Amerika), T-90 (Rusia).", "id"),
])
def test_a_country_alone_in_brackets_is_the_word_before_it_and_reaches_no_further(
        extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("T-90", "made_in_country", "Russia") in facts
    assert not [f for f in facts if f[0] == "M1A2" and f[1] == "made_in_country"]   # its country follows a word
    assert ("T-90", "made_in_country", "United States") not in facts                 # not across a bracket's end


@pytest.mark.parametrize(("text", "lang"), [
    ("Советско-китайское соглашение о постройке заводов по выпуску Ту-16 было подписано в 1956 году.", "ru"),
    ("A Soviet-Chinese agreement on building plants to produce the Tu-16 was signed in 1956.", "en"),
])
def test_the_countries_of_a_deal_and_the_year_it_was_signed_say_nothing_of_the_making(
        extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[1] in {"made_in_country", "introduced_year"}]


def test_a_year_before_a_party_that_signs_is_the_deal_s(extractor: Extractor) -> None:
    text = "In 1978 Poland signed an agreement with the USSR and began producing the T-72 in 1981."
    facts = facts_of(extractor, text, "en")
    assert objects(facts, "introduced_year") == ["1981"]
    assert ("T-72", "licensed_by", "Soviet Union") in facts


def test_french_en_after_a_verb_of_export_is_where_it_went(extractor: Extractor) -> None:
    assert ("MiG-21", "exported_to", "Albania") in facts_of(extractor, "Le MiG-21 a été exporté en Albanie.", "fr")
    facts = facts_of(extractor, "Le MiG-21 a été produit en Inde et exporté en Albanie.", "fr")
    assert ("MiG-21", "made_in_country", "India") in facts and ("MiG-21", "exported_to", "India") not in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Z czołgu T-55 przerobiono wóz zabezpieczenia technicznego WZT-1.", "pl"),
    ("С танка Т-55 был разработан тягач ВТ-55.", "ru"),
])
def test_what_was_made_from_a_design_named_after_a_one_letter_from_derives_from_it(
        extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert any(r == "derived_from" and o == "T-55" for _, r, o in facts)


@pytest.mark.parametrize(("text", "lang"), [
    ("The J-15 prototype appeared in 2010.", "en"),
    ("Т-84 створили в Харкові, а прототип виготовили в 1994 році.", "uk"),
])
def test_a_prototype_shown_gives_no_year_of_introduction(extractor: Extractor, text: str, lang: str) -> None:
    assert not objects(facts_of(extractor, text, lang), "introduced_year")
    # (the making itself still gives its year)
    assert objects(facts_of(extractor, "Т-84 створили в Харкові, а танк виготовили в 1994 році.", "uk"),
                   "introduced_year") == ["1994"]


def test_a_word_of_the_full_name_the_text_writes_is_no_other_name(extractor: Extractor) -> None:
    text = "PT-91 Twardy – польський танк. Назва Twardy означає «твердий»."
    assert not objects(facts_of(extractor, text, "uk"), "alias_of")
    # (where the text names the product by its designation only, the word is another name)
    facts = facts_of(extractor, "Il BM-21, anche conosciuto come Grad, è un lanciarazzi.", "it")
    assert any(r == "alias_of" and o == "Grad" for _, r, o in facts)


def test_the_other_party_of_a_deal_is_no_recipient_where_the_recipient_is_named(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Delivery of the Tu-16 to China began in 1958, and the Xi'an Aircraft Corporation "
                                "signed a licence production agreement with the USSR in 1959.", "en")
    assert ("Tu-16", "exported_to", "China") in facts and ("Tu-16", "exported_to", "Soviet Union") not in facts
    assert ("MiG-29", "exported_to", "Peru") in facts_of(extractor, "Russia signed a contract with Peru to supply 24 "
                                                                    "MiG-29 jets.", "en")


@pytest.mark.parametrize(("text", "lang", "subject", "index"), [
    ("The ATS-59 (Object 650) was built in Poland.", "en", "ATS-59", "Object 650"),
    ("Танк Т-72 (Объект 172М) выпускался в Польше.", "ru", "T-72", "Object 172M"),
])
def test_a_factory_index_in_brackets_is_another_name_of_the_design(extractor: Extractor, text: str, lang: str,
                                                                   subject: str, index: str) -> None:
    assert (subject, "alias_of", index) in facts_of(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("China bouwde J-6-jagers (een kopie van de MiG-19).", "nl"),
    ("Kiina rakensi J-6-hävittäjiä (kopio MiG-19:stä).", "fi"),
])
def test_a_copy_in_brackets_after_a_name_with_its_kind_glued_on_is_that_name_s(
        extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert any(r == "derived_from" and o == "MiG-19" for _, r, o in facts)
    assert not any(s == "MiG-19" and r == "made_in_country" for s, r, _ in facts)


@pytest.mark.parametrize(("text", "lang"), [
    ("Le Type 035 (Classe Ming) fut construit en Chine.", "fr"),
    ("The Type 035 (Ming class) was built in China.", "en"),
])
def test_a_class_of_ships_in_brackets_is_another_name_of_the_design(extractor: Extractor, text: str,
                                                                    lang: str) -> None:
    assert ("Type 035", "alias_of", "Ming-class") in facts_of(extractor, text, lang)


def test_a_class_word_with_a_capital_still_names_a_class(extractor: Extractor) -> None:
    text = "La Classe Ming est une variante locale de la Classe Romeo."
    language = lexicon.language("fr")
    doc = build(text, 0, language.matcher.find(text, match_fold(text), 0), extractor.names, match_fold(text), language)
    assert {m.value for m in doc.mentions if m.kind == "product"} >= {"Ming-class"}


@pytest.mark.parametrize(("text", "lang", "present", "absent"), [
    # a country in brackets after a town is where what was named before was made
    ("Der T-72 wurde in Gliwice (Polen) gebaut.", "de", ("T-72", "made_in_country", "Poland"), None),
    # a licence goes to the countries of the licence word's clause, not to a buyer in the next one
    ("The T-72 was a Soviet tank. Poland, Czechoslovakia and Yugoslavia built it under licence, while India "
     "bought it.", "en", ("T-72", "exported_to", "India"), None),
    # a one-letter "with" inside a sentence is no origin
    ("Одновременно с АК-47 был разработан СКС.", "ru", None, ("SKS", "derived_from", "AK-47")),
    # a year before a subject and its verb is that subject's, not the next name's
    ("The T-55 entered service in 1958, and in 1964 it was built in Poland alongside the T-54.", "en",
     ("T-55", "introduced_year", "1958"), ("T-54", "introduced_year", "1964")),
    # an aside in brackets between an adjective and its product
    ("The Chinese (Norinco) Type 56 rifle was made in large numbers.", "en", ("Type 56", "made_in_country", "China"),
     None),
    # a compound of design and making in a script without spaces is a making
    ("59式坦克由中国研制生产于1959年。", "zh", ("Type 59", "introduced_year", "1959"), None),
    # the year a party signed, its unit word between
    ("W 1978 roku Polska podpisała umowę na produkcję T-72.", "pl", None, ("T-72", "introduced_year", "1978")),
    # an English fake is a decoy, no copy
    ("Russian inflatable fake T-72 tanks were used as decoys.", "en", None,
     ("T-72 (Russian copy)", "derived_from", "T-72")),
])
def test_a_review_s_cases_read_as_the_language_means(extractor: Extractor, text: str, lang: str,
                                                      present: tuple[str, str, str] | None,
                                                      absent: tuple[str, str, str] | None) -> None:
    assert_read(facts_of(extractor, text, lang), present, absent)


@pytest.mark.parametrize(("text", "lang", "child", "parent"), [
    # a longer name of the product spoken of before, in a sentence of production that calls it a version, is one
    # of its versions (one made and not called so: test_making_a_longer_name_is_no_version.py)
    ("Т-54 строили в Харькове. С 1955 года завод выпускал модификацию Т-54А.", "ru", "T-54A", "T-54"),
    ("The An-2 was built in Kiev. From 1960 Poland produced the An-2R version.", "en", "An-2R", "An-2"),
])
def test_a_longer_name_made_later_is_a_version_of_the_one_spoken_of(extractor: Extractor, text: str, lang: str,
                                                                      child: str, parent: str) -> None:
    assert (child, "derived_from", parent) in facts_of(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang", "name", "other"), [
    ("The U-5TS (2A20) gun was made in Egypt.", "en", "U-5TS", "2A20"),
    # a one-letter prefix over numbers of different shapes says no family: two names under it may be one design's
    ("Le Type 54 est une copie chinoise de l'obusier M-30 (M1938).", "fr", "M-30", "M1938"),
])
def test_a_designation_alone_in_brackets_is_another_name(extractor: Extractor, text: str, lang: str, name: str,
                                                         other: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert (name, "alias_of", other) in facts
    assert not {f for f in facts if f[1] == "derived_from" and other in f}   # the gloss is neither copy nor original


def test_two_names_of_one_series_in_brackets_are_no_aliases(extractor: Extractor) -> None:
    assert ("T-55", "alias_of", "T-54") not in facts_of(extractor, "The T-55 (T-54) was built in Poland.", "en")


def test_an_adjective_on_a_word_of_licence_and_making_in_one_names_the_maker(extractor: Extractor) -> None:
    facts = facts_of(extractor, "They used Romanian licence-built TAB-71 carriers.", "en")
    assert ("TAB-71", "made_in_country", "Romania") in facts
    assert ("TAB-71", "licensed_by", "Romania") not in facts
    # an adjective on the licence alone is the licensor's
    assert ("T-72M1", "licensed_by", "Soviet Union") in facts_of(
        extractor, "The T-72M1 was built in Poland under Soviet licence.", "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("56식은 중국의 소총으로, 소련 AK-47의 중국 생산형이다.", "ko"),   # a production model of another design
    ("56式は中国の小銃で、ソ連のAK-47の中国生産型である。", "ja"),
])
def test_a_production_model_of_a_design_derives_from_it(extractor: Extractor, text: str, lang: str) -> None:
    assert ("Type 56", "derived_from", "AK-47") in facts_of(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    # a compound ending in the word for a modification is a version word
    ("In 2000 kocht India Su-30MKI-jagers (exportmodificatie van de Su-30).", "nl"),
    ("Indien kaufte 2000 die Su-30MKI (eine Exportmodifikation der Su-30).", "de"),
])
def test_a_compound_of_modification_is_a_version_word(extractor: Extractor, text: str, lang: str) -> None:
    assert ("Su-30MKI", "derived_from", "Su-30") in facts_of(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang", "licensee"), [
    ("Poland bought a licence to produce the Soviet T-72 tank.", "en", "Poland"),
    ("Rumunia nabyła licencję na produkcję radzieckiego transportera BTR-60P.", "pl", "Romania"),
])
def test_an_adjective_on_the_licensed_design_names_the_licensor(extractor: Extractor, text: str, lang: str,
                                                                licensee: str) -> None:
    facts = facts_of(extractor, text, lang)
    product = next(s for s, r, _ in facts if r == "licence_status")
    assert (product, "licensed_by", "Soviet Union") in facts
    assert (product, "made_in_country", licensee) in facts
    assert (product, "made_in_country", "Soviet Union") not in facts


@pytest.mark.parametrize(("text", "lang"), [
    # production documentation handed to a country is a licence, not a sale
    ("In 1955 the USSR transferred the documentation of the TT pistol to China, which built it as the Type 54.", "en"),
    ("В 1955 году СССР передал Китаю документацию на пистолет ТТ, выпускавшийся там как Тип 54.", "ru"),
])
def test_documentation_handed_over_is_a_licence(extractor: Extractor, text: str, lang: str) -> None:
    facts = {(r, o) for s, r, o in facts_of(extractor, text, lang) if s.startswith("Type 54")}
    assert {("licence_status", "licensed"), ("licensed_by", "Soviet Union")} <= facts
    assert ("exported_to", "China") not in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Russia sold the technology of the Su-27 to China.", "en"),
    ("Rosja sprzedała Chinom technologię produkcji Su-27.", "pl"),
])
def test_technology_sold_to_a_country_is_a_licence(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Su-27", "licensed_by", "Russia") in facts
    assert ("Su-27", "exported_to", "China") not in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("According to Soviet documentation, the T-72 was built in Nizhny Tagil.", "en"),
    ("Согласно советской документации, Т-72 выпускался в Нижнем Тагиле.", "ru"),
    ("Eine Dokumentation des ZDF zeigt den in Polen gebauten T-72.", "de"),
])
def test_documentation_no_one_hands_over_is_no_licence(extractor: Extractor, text: str, lang: str) -> None:
    assert not {f for f in facts_of(extractor, text, lang) if f[1] in {"licence_status", "licensed_by"}}


def test_it_was_a_design_built_under_licence_gives_the_licence_to_the_product_spoken_of(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Lim-2 was a Polish fighter. It was a MiG-15bis built in Poland under Soviet "
                                "licence.", "en")
    lim = next(s for s, r, o in facts if r == "derived_from" and o == "MiG-15bis")
    assert (lim, "licence_status", "licensed") in facts
    assert ("MiG-15bis", "licence_status", "licensed") not in facts


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("De Kroatische M-84 is ontleend aan de Sovjet T-72.", "nl", ("M-84", "derived_from", "T-72")),
    ("De Sovjet-Unie stuurt in 1967 MiG-21's naar Egypte.", "nl", ("MiG-21", "exported_to", "Egypt")),
    ("Kalashnikov juga diproduksi di bawah izin Rusia di Venezuela.", "id", ("AK", "licensed_by", "Russia")),
    ("Rusia mendonasikan Mi-17 kepada Indonesia.", "id", ("Mi-17", "exported_to", "Indonesia")),
    ("China mengklon Su-27 dan menamakannya J-11.", "ms", ("J-11", "derived_from", "Su-27")),
    ("Kesatuan Soviet mendermakan MiG-21 kepada Vietnam.", "ms", ("MiG-21", "exported_to", "Vietnam")),
])
def test_cue_words_of_dutch_indonesian_and_malay(extractor: Extractor, text: str, lang: str,
                                                 fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang", "relation", "obj"), [
    # a country name with its particle, not a listed form that hides it, says where the product went
    ("소련은 MiG-21을 중국에 수출했다.", "ko", "exported_to", "China"),
    ("J-6은 MiG-19의 데드카피이다.", "ko", "derived_from", "MiG-19"),
    ("TR-85 tankı, T-55 bazlı bir Romen tankıdır.", "tr", "derived_from", "T-55"),
    ("Çin, J-11 uçağını lisans ödemeden üretti.", "tr", "licence_status", "unlicensed"),
    ("China copiază sistemul S-300 sub denumirea HQ-9.", "ro", "derived_from", "S-300"),
    ("Pușca PSL a intrat în uz în anul 1974.", "ro", "introduced_year", "1974"),
])
def test_cue_words_of_korean_turkish_and_romanian(extractor: Extractor, text: str, lang: str, relation: str,
                                                  obj: str) -> None:
    assert (relation, obj) in {(r, o) for _, r, o in facts_of(extractor, text, lang)}


@pytest.mark.parametrize(("text", "lang"), [
    ("Il MiG-17 derivò dal MiG-15.", "it"),
    # the name marked "from" before the verb is the original of the one after it
    ("Dal MiG-15 derivò il MiG-17, un caccia più avanzato.", "it"),
    ("Del MiG-15 derivó el MiG-17.", "es"),
    ("Do MiG-15 derivou o MiG-17.", "pt"),
])
def test_a_past_tense_of_deriving_in_either_order(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("MiG-17", "derived_from", "MiG-15") in facts
    assert ("MiG-15", "derived_from", "MiG-17") not in facts


def test_a_longer_word_of_place_after_a_country_is_no_destination(extractor: Extractor) -> None:
    facts = facts_of(extractor, "M70はユーゴスラビアにて生産され、イラクに輸出された。", "ja")   # にて: at, not に: to
    assert ("Zastava M70", "made_in_country", "Yugoslavia") in facts
    assert ("Zastava M70", "exported_to", "Yugoslavia") not in facts


def test_a_listed_hangul_country_form_keeps_its_particle_s_role(extractor: Extractor) -> None:
    facts = facts_of(extractor, "이라크는 소련에서 T-62를 수입했다.", "ko")   # bought from the Soviet Union
    assert ("T-62", "exported_to", "Iraq") in facts
    assert ("T-62", "exported_to", "Soviet Union") not in facts


def test_a_buyer_in_the_next_clause_holds_no_licence(extractor: Extractor) -> None:
    text = ("The T-72 was a Soviet tank. Poland, Czechoslovakia and Yugoslavia built it under licence, while India "
            "bought it.")
    scopes = {f.scope for f in extractor.extract_text(text, "t.txt", "en") if f.relation == "licence_status"}
    assert scopes == {"Poland", "Czechoslovakia", "Yugoslavia"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Словацьку модифікацію БМП-1, відому як BVP-1, випускали за радянською ліцензією.", "uk"),
    ("The BVP-1 is a Slovak version of the BMP-1, made under Soviet licence.", "en"),
])
def test_an_adjective_on_a_version_word_is_the_copy_s_country_not_the_licensor(text: str, lang: str,
                                                                                 extractor: Extractor) -> None:
    got = {(f.relation, f.object, f.scope) for f in extractor.extract_text(text, "t.txt", lang)
           if f.subject == "BVP-1"}
    assert ("licensed_by", "Soviet Union", "Slovakia") in got
    assert not any(r == "licensed_by" and o == "Slovakia" for r, o, _ in got)


@pytest.mark.parametrize(("text", "lang"), [
    ("Die MiG-15 war ein sowjetischer Jäger. In Polen wurde sie ab 1952 als Lim-1 in Lizenz gebaut.", "de"),
    ("De MiG-15 was een Sovjet-jager. In Polen werd hij als Lim-1 in licentie gebouwd.", "nl"),
])
def test_a_name_given_with_as_before_a_verb_at_the_clause_end_is_the_copy(text: str, lang: str,
                                                                         extractor: Extractor) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Lim-1", "derived_from", "MiG-15") in facts


def test_an_adjective_in_a_sentence_of_its_own_keeps_the_original_s_country(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The MiG-15 was a Soviet jet fighter. Poland built it under licence as the Lim-1.",
                     "en")
    assert ("MiG-15", "made_in_country", "Soviet Union") in facts
    # in the sentence that derives the copy, the adjective only tells the original from its copy
    copied = facts_of(extractor, "The Lim-1 is a Polish licensed copy of the Soviet MiG-15.", "en")
    assert ("MiG-15", "made_in_country", "Soviet Union") not in copied


@pytest.mark.parametrize(("text", "lang"), [
    ("Stíhačka S-102 se licenčně vyráběla v Československu podle sovětského stroje MiG-15.", "cs"),
    ("Stíhačka S-102 sa licenčne vyrábala v Československu podľa sovietskeho stroja MiG-15.", "sk"),
])
def test_a_capitalised_case_form_of_a_state_s_name_is_no_adjective(text: str, lang: str,
                                                                     extractor: Extractor) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("S-102", "made_in_country", "Czechoslovakia") in facts
    assert ("S-102", "licensed_by", "Czechoslovakia") not in facts   # where it was made, not who licensed it


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("L'An-2 est un biplan soviétique. Il a reçu le nom de code OTAN Colt.", "fr", "Colt"),
    ("Der Il-28 ist ein Bomber. Die NATO nannte ihn Beagle.", "de", "Beagle"),
    ("L'An-2 vole encore. Il fut baptisé Colt par l'OTAN.", "fr", "Colt"),   # the word of naming right before it
])
def test_a_reporting_name_in_a_sentence_without_a_design_is_the_topic_s(text: str, lang: str, name: str,
                                                                         extractor: Extractor) -> None:
    assert ("alias_of", name) in {(r, o) for _, r, o in facts_of(extractor, text, lang)}


def test_a_reporting_name_far_from_the_alliance_s_name_is_no_alias(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The An-2 is a biplane. NATO jets later flew over a town called Colt.", "en")
    assert not any(r == "alias_of" for _, r, _ in facts)


def test_words_of_a_plant_before_a_known_maker_s_quoted_name_are_that_maker(extractor: Extractor) -> None:
    text = "Karabinek AKM montowano w Zakładach Metalowych „Łucznik” w Radomiu."
    makers = {f.object for f in extractor.extract_text(text, "t.txt", "pl") if f.relation == "manufactured_by"}
    assert len(makers) == 1 and "Łucznik" in next(iter(makers))   # one maker, not its description beside it


def test_a_word_for_and_glued_to_a_listed_country_joins_the_list(extractor: Extractor) -> None:
    assert {("T-62", "exported_to", "Iraq"), ("T-62", "exported_to", "Syria")} <= facts_of(
        extractor, "T-62는 이라크와 시리아에 수출되었다.", "ko")
    # "together with Iraq, to Syria": the party beside it is no recipient
    together = facts_of(extractor, "T-62는 이라크와 함께 시리아에 수출되었다.", "ko")
    assert ("T-62", "exported_to", "Syria") in together
    assert ("T-62", "exported_to", "Iraq") not in together


def test_a_month_before_a_number_is_no_town(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Lim-5 was a Polish fighter. Production began in March 1956.", "en")
    assert ("Lim-5", "introduced_year", "1956") in facts
    assert not any(r == "made_in_country" and o == "United Kingdom" for _, r, o in facts)   # March, a town in England


def test_a_word_of_destination_after_a_name_marks_it_only_where_marks_follow_their_noun(
        extractor: Extractor) -> None:
    facts = facts_of(extractor, "Năm 1970, Liên Xô cung cấp cho Ai Cập 100 xe tăng T-62.", "vi")
    assert ("T-62", "exported_to", "Egypt") in facts
    assert ("T-62", "exported_to", "Soviet Union") not in facts   # the supplier, before the words "supplied to"


@pytest.mark.parametrize(("text", "lang", "copy", "original"), [
    # a fronted basis, the verb at the end of the clause or a place and an article between it and the copy
    ("Auf Basis der An-12 wurde in China die Y-8 gebaut.", "de", "Y-8", "An-12"),
    ("Nach dem Vorbild der An-12 entstand in China die Y-8.", "de", "Y-8", "An-12"),
    # the copy's name given after a word of naming
    ("La Cina ha copiato l'An-12 col nome Y-8.", "it", "Y-8", "An-12"),
    # the copy set beside the original after a comma, last in the sentence
    ("The Chinese built their own version of the An-12, the Y-8.", "en", "Y-8", "An-12"),
])
def test_more_ways_to_name_what_was_made_from_a_design(text: str, lang: str, copy: str, original: str,
                                                       extractor: Extractor) -> None:
    assert any(copy in s and r == "derived_from" and o == original for s, r, o in facts_of(extractor, text, lang))


def test_two_designs_the_registry_knows_apart_are_no_copy_and_original(extractor: Extractor) -> None:
    facts = facts_of(extractor, "China made copies of the AK-47, the RPG-7.", "en")
    assert not any(r == "derived_from" and {s, o} & {"RPG-7", "AK-47"} == {"RPG-7", "AK-47"} for s, r, o in facts)
    assert not any(r == "derived_from" and s.startswith("RPG-7") and o != "RPG-7" for s, r, o in facts)


@pytest.mark.parametrize(("text", "maker"), [
    ("运-8由陕西飞机制造公司生产。", "陕西飞机制造公司"),   # an aircraft maker's word run opens the company word
    ("1966年起,歼-6交沈阳飞机制造公司生产。", "Shenyang Aircraft Manufacturing Company"),   # 交: handed to
])
def test_chinese_company_names_with_words_of_making_in_them(text: str, maker: str, extractor: Extractor) -> None:
    assert maker in {o for _, r, o in facts_of(extractor, text, "zh") if r == "manufactured_by"}


def test_drawings_handed_over_are_a_licence(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Soviet Union supplied China with technical drawings of the Tu-16.", "en")
    assert ("Tu-16", "licensed_by", "Soviet Union") in facts
    sold = facts_of(extractor, "The museum sold drawings of the Tu-16 to a collector in Japan.", "en")
    assert not any(r in {"licence_status", "licensed_by"} for _, r, _ in sold)   # pictures, no licence


def test_hangul_names_of_north_korean_missile_families_are_designations(extractor: Extractor) -> None:
    # North Korea sold Hwasong-6 missiles to Syria
    facts = facts_of(extractor, "북한은 화성-6 미사일을 시리아에 팔았다.", "ko")
    assert ("Hwasong-6", "exported_to", "Syria") in facts


def test_a_word_for_in_or_to_before_a_list_and_a_verb_of_sending_at_the_end(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Die Lim-5 wurde an Ägypten und Syrien geliefert.", "de")
    assert {("Lim-5", "exported_to", "Egypt"), ("Lim-5", "exported_to", "Syria")} <= facts
    made = facts_of(extractor, "Die in Polen gebaute Lim-5 wurde exportiert.", "de")   # "in" beside a making
    assert ("Lim-5", "exported_to", "Poland") not in made


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("El Y-5 chino deriva del biplano An-2.", "es", ("Y-5", "derived_from", "An-2")),
    ("O Type 81 chinês tem origem no Type 56.", "pt", ("Type 81", "derived_from", "Type 56")),
    ("Il Type 81 cinese trae origine dal Type 56.", "it", ("Type 81", "derived_from", "Type 56")),
    ("HN-5, Sovyet Strela-2'den geliştirildi.", "tr", ("HN-5", "derived_from", "Strela-2")),
    # Romanian "către" is "to", not the agent of a passive
    ("China a livrat avioane J-7 către Zimbabwe în 1986.", "ro", ("J-7", "exported_to", "Zimbabwe")),
    ("România a fabricat AKM fără licență sub numele PM md. 63.", "ro", ("PM md. 63", "derived_from", "AKM")),
])
def test_words_of_origin_delivery_and_naming_in_romance_languages_and_turkish(text: str, lang: str,
                                                                               fact: tuple[str, str, str],
                                                                               extractor: Extractor) -> None:
    subject, relation, obj = fact
    assert any(subject in s and r == relation and o == obj for s, r, o in facts_of(extractor, text, lang))


def test_the_alliance_s_name_in_a_naming_phrase_is_no_maker(extractor: Extractor) -> None:
    facts = facts_of(extractor, "El Strela-2 recibió el nombre OTAN SA-7 Grail.", "es")
    assert not any(r == "manufactured_by" for _, r, _ in facts)


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("J-11B был создан путём обратного инжиниринга Су-27.", "ru", ("J-11B", "derived_from", "Su-27")),
    ("J-11B є результатом зворотного проєктування Су-27.", "uk", ("J-11B", "derived_from", "Su-27")),
    ("Transporter OT-62 zbudowano na bazie BTR-50.", "pl", ("OT-62", "derived_from", "BTR-50")),
    ("Čínský tank Type 69 je dalším vývojem typu 59.", "cs", ("Type 69", "derived_from", "Type 59")),
    ("Танкът Т-72 е в основата на полския PT-91.", "bg", ("PT-91", "derived_from", "T-72")),
    ("Tenk T-72 predstavljao je osnovu za razvoj tenka M-84.", "hr", ("M-84", "derived_from", "T-72")),
    ("Тенк Т-72 ушао је у службу 1973. године.", "sr", ("T-72", "introduced_year", "1973")),
])
def test_words_of_origin_and_service_in_slavic_languages(text: str, lang: str, fact: tuple[str, str, str],
                                                        extractor: Extractor) -> None:
    subject, relation, obj = fact
    assert any(subject in s and r == relation and obj in o for s, r, o in facts_of(extractor, text, lang))


def test_a_name_after_a_slash_that_ends_a_number_is_a_name_of_its_own(extractor: Extractor) -> None:
    made = {s for s, r, o in facts_of(extractor, "India builds the T-72/T-90 at Avadi.", "en")
            if r == "made_in_country" and o == "India"}
    assert {"T-72", "T-90"} <= made
    assert not any("35" in s for s, _, _ in facts_of(extractor, "A 1/35 model of the T-55 built in Poland.", "en"))


@pytest.mark.parametrize(("text", "lang"), [
    ("Posle rata, MiG-21 je dobio novu bazu za obuku, a G-4 je ostao u Batajnici.", "sr"),   # an air base
    ("Śmigłowiec Mi-8 wylądował na platformie wiertniczej obok Mi-2.", "pl"),   # a drilling platform
    ("Armáda kúpila ďalšie tanky T-72 a ďalší vývoj BVP-2 sa zastavil.", "sk"),
    ("Iran built a version of the RPG-7, not XR-12.", "en"),
])
def test_ordinary_words_near_two_names_make_no_derivation(text: str, lang: str, extractor: Extractor) -> None:
    facts = facts_of(extractor, text, lang)
    assert not any(r == "derived_from" and o != "RPG-7" for _, r, o in facts)
    assert not any(r == "derived_from" and "XR-12" in s for s, r, _ in facts)


def test_a_reporting_name_of_something_else_in_the_sentence_is_not_the_topic_s(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The An-2 is a Soviet biplane. Its intended successor was called Clod by NATO.", "en")
    assert not any(r == "alias_of" for _, r, _ in facts)


def test_an_adjective_before_the_design_a_copula_speaks_of_states_its_country(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Soviet MiG-15 was a jet fighter. Poland built it under licence as the Lim-1.",
                     "en")
    assert ("MiG-15", "made_in_country", "Soviet Union") in facts


def test_the_copy_s_own_adjective_after_the_copy_word_stays_the_copy_s(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Lim-1 był kopią polskiej produkcji radzieckiego MiG-15.", "pl")
    assert ("Lim-1", "made_in_country", "Poland") in facts


@pytest.mark.parametrize(("text", "lang", "product", "country"), [
    # a first name declined, joined to a second by small words: the town the two name together
    ("Stíhačky Su-27 se vyráběly v závodě v Komsomolsku na Amuru.", "cs", "Su-27", "Russia"),
    ("Вертолёты Ми-24 собирали на заводе в Ростове-на-Дону.", "ru", "Mi-24", "Russia"),
    ("Vozidlá BVP-1 vyrábal závod v Dubnici nad Váhom.", "sk", "BVP-1", "Slovakia"),
    ("Истребители Су-27 собирали на заводе в Комсомольске-на-Амуре.", "ru", "Su-27", "Russia"),
])
def test_a_town_of_two_names_joined_by_small_words_is_one_town(extractor: Extractor, text: str, lang: str,
                                                               product: str, country: str) -> None:
    made = {o for s, r, o in facts_of(extractor, text, lang) if s == product and r == "made_in_country"}
    assert made == {country}


@pytest.mark.parametrize(("text", "lang"), [
    ("China built the J-10 fighter, which closely resembles the MiG-29, in Chengdu.", "en"),
    ("Китай выпускал истребитель J-10, похожий на МиГ-29.", "ru"),
    ("Čína vyráběla stíhačku J-10, která se podobá letounu MiG-29.", "cs"),
])
def test_a_design_a_word_of_likeness_points_at_is_not_what_the_sentence_makes(extractor: Extractor, text: str,
                                                                              lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("J-10", "made_in_country", "China") in facts
    assert not any(s == "MiG-29" for s, _, _ in facts)


def test_where_adjectives_follow_their_noun_one_right_after_a_name_is_not_the_next_name_s(
        extractor: Extractor) -> None:
    # "Chinese engineers built two aircraft that resemble the Russian 'MiG-29', namely the J-10 and the FC-1."
    text = "بنى المهندسون الصينيون طائرتين تشبهان طائرة «ميغ-29» الروسية وهما J-10 و FC-1."
    facts = facts_of(extractor, text, "ar")
    assert ("J-10", "made_in_country", "Russia") not in facts
    assert ("FC-1", "made_in_country", "China") in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Zu den Varianten des Mi-8 zählen der Mi-18 und der Mi-19.", "de"),
    ("К вариантам Ми-8 относятся Ми-18 и Ми-19.", "ru"),
    ("Les variantes du Mi-8 comprennent le Mi-18 et le Mi-19.", "fr"),
    ("Warianty Mi-8 obejmują Mi-18 i Mi-19.", "pl"),
])
def test_a_verb_of_belonging_after_versions_of_a_design_brings_the_versions(extractor: Extractor, text: str,
                                                                            lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert {("Mi-18", "derived_from", "Mi-8"), ("Mi-19", "derived_from", "Mi-8")} <= facts
    assert not any(s == "Mi-8" and r == "derived_from" for s, r, _ in facts)


@pytest.mark.parametrize(("text", "lang"), [
    ("Romania copied the SA-7 and the RPG-7.", "en"),
    ("The SA-7 and the RPG-7 were copied by Romania.", "en"),
    ("Die SA-7 und die RPG-7 wurden von Rumänien kopiert.", "de"),
    ("SA-7 i RPG-7 zostały skopiowane przez Rumunię.", "pl"),
])
def test_each_design_of_a_list_a_country_copies_gets_its_own_copy(full_extractor: Extractor, text: str,
                                                                  lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    derived = {(s, o) for s, r, o in facts if r == "derived_from"}
    assert derived == {("9K32 Strela-2 (Romanian copy)", "9K32 Strela-2"), ("RPG-7 (Romanian copy)", "RPG-7")}
    assert objects(facts, "made_in_country") == ["Romania", "Romania"]


def test_one_letter_a_space_and_a_number_the_registry_knows_is_that_design(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "The M 84 was built in Yugoslavia under the licence for the T 72.", "en")
    assert ("M-84", "derived_from", "T-72") in facts
    assert ("M-84", "made_in_country", "Yugoslavia") in facts
    # (a letter and a number the registry does not know stay nothing: a paragraph, a page)
    treaty = facts_of(full_extractor, "Article Q 17 of the treaty: copies of the T 72 were made in Yugoslavia.", "en")
    assert not any("Q" in s or "Q" in o for s, _, o in treaty)
    assert any(s.startswith("T-72") for s, _, _ in treaty)


def test_a_lower_case_word_for_a_company_before_a_name_another_mention_holds_names_no_company_before_it(
        extractor: Extractor) -> None:
    facts = facts_of(extractor, "Portalul Telegram societatea Kalaşnikov a produs puşca AK-12.", "ro")
    assert not any(r == "manufactured_by" and "societatea" in o for _, r, o in facts)


@pytest.mark.parametrize(("text", "lang"), [
    ("Le Yak-52 est un avion conçu par le bureau constructeur Yakovlev et produit en Roumanie.", "fr"),
    ("El Yak-52 es un avión creado por la oficina de diseño Yakovlev y fabricado en Rumania.", "es"),
])
def test_a_design_bureau_named_in_the_words_of_more_languages_makes_nothing(full_extractor: Extractor, text: str,
                                                                            lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert ("Yak-52", "made_in_country", "Romania") in facts
    assert not any(r == "manufactured_by" for _, r, _ in facts)


@pytest.mark.parametrize(("text", "lang"), [
    ("J-6は中国の戦闘機である。ソ連のMiG-19をライセンス生産した機体である。", "ja"),
    ("젠-6은 중국의 전투기이다. 소련의 MiG-19를 면허 생산한 기체이다.", "ko"),
])
def test_a_name_marked_as_the_object_of_a_licence_word_is_the_design_licensed(full_extractor: Extractor, text: str,
                                                                              lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert ("Shenyang J-6", "licence_status", "licensed") in facts
    assert ("Shenyang J-6", "licensed_by", "Soviet Union") in facts
    assert ("Shenyang J-6", "derived_from", "MiG-19") in facts
    assert not any(s == "MiG-19" for s, _, _ in facts)   # (nor the original's own country, said of it in passing)


@pytest.mark.parametrize(("text", "lang"), [
    ("Der Jak-52 (russisch Як-52) ist ein Schulflugzeug, das in Rumänien gebaut wurde.", "de"),
    ("Le Yak-52 (en russe : Як-52) est un avion construit en Roumanie.", "fr"),
    ("The Yak-52 (Russian: Як-52) is a trainer built in Romania.", "en"),
])
def test_a_language_s_name_opening_brackets_says_nothing_of_where_a_design_is_made(
        full_extractor: Extractor, text: str, lang: str) -> None:
    assert objects(facts_of(full_extractor, text, lang), "made_in_country") == ["Romania"]


def test_where_adjectives_follow_their_noun_one_before_a_comma_is_not_the_name_s_after_it(
        full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Fu costruita con l'aiuto sovietico, la pistola PM md. 63, in Romania.", "it")
    assert ("PM md. 63", "made_in_country", "Soviet Union") not in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Le Yak-52 fit son premier vol le 12 mai 1976 et fut produit en Roumanie.", "fr"),
    ("The Yak-52 made its first flight on May 12, 1976 and was produced in Romania.", "en"),
])
def test_the_day_and_month_of_a_date_keep_a_first_flight_s_year_its_own(extractor: Extractor, text: str,
                                                                        lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Yak-52", "made_in_country", "Romania") in facts
    assert not any(r == "introduced_year" for _, r, _ in facts)


def test_a_date_s_year_after_a_word_of_making_is_still_its_start(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Yak-52 was produced in Romania from 12 May 1979, after tests.", "en")
    assert ("Yak-52", "introduced_year", "1979") in facts


@pytest.mark.parametrize(("text", "lang", "product", "country"), [
    ("В Ижевске находится завод, который выпускает автоматы АКМ.", "ru", "AKM", "Russia"),
    ("W Radomiu działa fabryka, która produkowała pistolety TT.", "pl", "TT-33", "Poland"),
])
def test_a_town_a_plant_is_named_a_few_words_after_is_where_it_makes_things(full_extractor: Extractor, text: str,
                                                                            lang: str, product: str,
                                                                            country: str) -> None:
    assert (product, "made_in_country", country) in facts_of(full_extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("रोमानिया ने सोवियत संघ द्वारा दिए गए लाइसेंस के तहत AKM का निर्माण किया।", "hi"),
    ("رومانیہ نے سوویت لائسنس کے تحت AKM تیار کی۔", "ur"),
])
def test_the_agent_of_a_licence_where_marks_follow_their_noun_gives_it_and_the_doer_makes(
        extractor: Extractor, text: str, lang: str) -> None:
    facts = {(f.subject, f.relation, f.object, f.scope) for f in all_facts(extractor, text, lang)}
    assert ("AKM", "made_in_country", "Romania", None) in facts
    assert ("AKM", "licensed_by", "Soviet Union", "Romania") in facts
    assert not any(r == "made_in_country" and o == "Soviet Union" for _, r, o, _ in facts)
    assert not any(r == "licensed_by" and o == "Romania" for _, r, o, _ in facts)


@pytest.mark.parametrize(("text", "lang", "fact", "absent"), [
    # a word of likeness with no design named before it is a plain adjective
    ("Similar T-55 tanks were built in Poland from 1964.", "en", ("T-55", "made_in_country", "Poland"), None),
    # a second name that starts like none the gazetteer joins to the first is another town
    ("Zakłady w Belgradzie i Kragujevacu produkowały karabiny M70.", "pl",
     ("Zastava M70", "made_in_country", "Serbia"), ("Zastava M70", "made_in_country", "Romania")),
    # a town is no plant's across a clause mark
    ("В Вашингтоне заявили, что завод Калашникова выпускает автоматы АК-12.", "ru", None,
     ("AK-12", "made_in_country", "United States")),
    # a designation in Latin letters inside brackets is no language's gloss
    ("На вооружении Египта были истребители (советские MiG-21) и танки.", "ru",
     ("MiG-21", "made_in_country", "Soviet Union"), None),
    # the agent of a passive set off by commas is no copier
    ("The AK-47, supplied by China, was copied in Egypt.", "en", None,
     ("AK-47 (Chinese copy)", "derived_from", "AK-47")),
    # a name that opens a clause of its own is no second design copied
    # (the copy China made is the J-7 the text names, which the registry derives from the MiG-21 and makes there)
    ("China copied the MiG-21 and the J-7 first flew in 1966.", "en", ("Chengdu J-7", "derived_from", "MiG-21"),
     ("Chengdu J-7 (Chinese copy)", "derived_from", "Chengdu J-7")),
    # where the licence word right after the agent makes, the agent is the maker, not the licensor
    ("T-72はポーランドによりライセンス生産された。", "ja", ("T-72", "made_in_country", "Poland"),
     ("T-72", "licensed_by", "Poland")),
    # a country that licence-builds the object is its licensee: the object is the product made
    ("ポーランドはT-72をライセンス生産した。", "ja", ("T-72", "licence_status", "licensed"), None),
    ("59式戦車は中国の戦車である。ポーランドはソ連のT-54をライセンス生産した。", "ja", None,
     ("Type 59 tank", "derived_from", "T-54")),
])
def test_the_rules_of_this_round_stay_within_their_reach(full_extractor: Extractor, text: str, lang: str,
                                                         fact: tuple[str, str, str] | None,
                                                         absent: tuple[str, str, str] | None) -> None:
    assert_read(facts_of(full_extractor, text, lang), fact, absent)


@pytest.mark.parametrize(("text", "lang", "fact", "absent"), [
    # a number before a word for per cent is a share, no designation
    ("Rusia memegang 45 persen impor senjata India, sedangkan Prancis 29 persen dan AS 11 persen.", "id", None,
     ("AS 11", "exported_to", "Russia")),
    # a name marked as the owner of a plain noun (its parts) gives the year to the name the sentence is about
    ("99式戦車は、北方の工場にてロシアから供与されたT-80のパーツを組み立てる形で1995年から生産が始まった。", "ja",
     ("Type 99", "introduced_year", "1995"), ("T-80", "introduced_year", "1995")),
    # but the owner of a word of making is its subject
    ("T-80の生産は1995年に始まった。", "ja", ("T-80", "introduced_year", "1995"), None),
    # a name closing brackets after the original, a few words before it, is the copy's; the copy word's adjective
    # is its country
    ("La décision de développer une version chinoise du MiG-17 (qui deviendra le J-5) fut prise en 1955.", "fr",
     ("Shenyang J-5", "derived_from", "MiG-17"), ("MiG-17 (Chinese version)", "derived_from", "MiG-17")),
    ("La décision de développer une version chinoise du MiG-17 (qui deviendra le J-5) fut prise en 1955.", "fr",
     ("Shenyang J-5", "made_in_country", "China"), None),
    ("It was a Chinese copy of the MiG-17, the J-5.", "en", ("Shenyang J-5", "made_in_country", "China"), None),
    # a country's dative with no preposition before it is a receiver: of papers handed over (no licensor), of a
    # sale; a licence's receiver still makes the product
    ("В 1951 году Польше была передана технологическая документация на танк Т-54.", "ru",
     ("T-54", "licence_status", "licensed"), ("T-54", "licensed_by", "Poland")),
    ("W 1970 roku ZSRR sprzedał Chinom czołgi T-62.", "pl", ("T-62", "exported_to", "China"),
     ("T-62", "made_in_country", "China")),
    ("W 1978 roku ZSRR udzielił licencji Polsce na produkcję czołgów T-72.", "pl",
     ("T-72", "made_in_country", "Poland"), ("T-72", "licensed_by", "Poland")),
    # the same ending after a preposition (an adjective or a list between) is a place
    ("Танки Т-55 производились в социалистической Польше с 1964 года.", "ru", ("T-55", "made_in_country", "Poland"),
     None),
    ("Танки Т-55 производились в Чехословакии и Польше.", "ru", ("T-55", "made_in_country", "Poland"), None),
    # a country's version word glued before a name: the name is the original, the country the version's
    ("J-5は中国版MiG-17である。", "ja", ("Shenyang J-5", "derived_from", "MiG-17"),
     ("MiG-17", "made_in_country", "China")),
    ("J-5は中国版MiG-17である。", "ja", ("Shenyang J-5", "made_in_country", "China"), None),
    ("歼-5是中国版米格-17。", "zh", ("Shenyang J-5", "made_in_country", "China"),
     ("MiG-17", "made_in_country", "China")),
    # an adjective of making said in passing still says where the original was made
    ("J-5は中国版MiG-17である。ソ連製MiG-17との違いは殆どない。", "ja", ("MiG-17", "made_in_country", "Soviet Union"),
     None),
    # a language's name before a quoted spelling is no country
    ("Il PK (in italiano \"Mitragliatrice di Kalashnikov\") fu adottato nel 1961.", "it", None,
     ("AK", "made_in_country", "Italy")),
    # where the verb comes last: a country marked as an owner before the destination sells; a name a comma sets
    # before another is the subject, no list
    ("Kuzey Kore'nin Rusya'ya BTR-80 ihraç ettiği bildirildi.", "tr", ("BTR-80", "exported_to", "Russia"),
     ("BTR-80", "exported_to", "North Korea")),
    ("Rusya, Kuzey Kore'ye BTR-80 ihraç etti.", "tr", ("BTR-80", "exported_to", "North Korea"),
     ("BTR-80", "exported_to", "Russia")),
    ("ソ連はT-55をイラク、シリアに輸出した。", "ja", ("T-55", "exported_to", "Iraq"), None),
    # a list of countries after forces is a list of recipients
    ("The Mi-2 was exported to the air forces of Bulgaria, Hungary and Iraq.", "en",
     ("Mi-2", "exported_to", "Bulgaria"), None),
    # names a word for "or" joins after a word of naming are each another name
    ("The Type 54 pistol, also known as the K-54 or M20, was made in China.", "en",
     ("Type 54 pistol", "alias_of", "M20"), None),
    ("Die Pistole Typ 54, auch als K-54 oder M20 bekannt, wurde in China gebaut.", "de",
     ("Type 54 pistol", "alias_of", "M20"), None),
    ("The Type 54 pistol, also known as the K-54, and the Type 64 were made in China.", "en", None,
     ("Type 54 pistol", "alias_of", "Type 64")),
    # a maker's country before a word for a company and its name is where it makes the product
    ("The An-2 was built by the Polish plant PZL-Mielec.", "en", ("An-2", "made_in_country", "Poland"), None),
    # the Hindi prefix of Sukhoi's designations with a long vowel
    ("चीन ने सू-27 की नकल करके J-11 बनाया।", "hi", ("Shenyang J-11", "derived_from", "Su-27"), None),
    # the names a copula sets after "variants of X" are X's versions, each of the list, one way
    ("Variants of the Mi-8 are the Mi-17, Mi-18 and Mi-19.", "en", ("Mi-19", "derived_from", "Mi-8"), None),
    ("Als Varianten des Mi-8 gelten die Modelle mit den Bezeichnungen Mi-17, Mi-18 und Mi-19.", "de",
     ("Mi-18", "derived_from", "Mi-8"), ("Mi-8", "derived_from", "Mi-18")),
    # each of a list of versions a possessive gives an owner
    ("Se fabrica el SVD y sus variantes (SVDK y SVDS).", "es", ("SVDS", "derived_from", "SVD"), None),
    # the country of the forces a purchase is for buys it
    ("Two Mi-17 helicopters were bought from Russia for the Serbian Army.", "en", ("Mi-17", "exported_to", "Serbia"),
     ("Mi-17", "exported_to", "Russia")),
    ("Dva helikoptera Mi-17 kupljena su od Rusije za potrebe Vojske Srbije.", "sr", ("Mi-17", "exported_to", "Serbia"),
     None),
    # where marks follow their noun, a country with a place's ending after an apostrophe is where, not who, bought;
    # a word that is no list mark between two countries makes no list of them
    ("Hindistan önce Sovyetler Birliği'nde ardından Rusya'dan Su-30 satın aldı.", "tr",
     ("Su-30", "exported_to", "India"), ("Su-30", "exported_to", "Soviet Union")),
    ("Rusya BTR-80'leri Irak, Suriye ve Mısır'a ihraç etti.", "tr", ("BTR-80", "exported_to", "Iraq"), None),
    # a nickname in quotes ends at its own closing mark; Russian and Czech words of nicknaming in their forms
    ("The ZSU-57-2 was nicknamed \"the hell's thresher\".", "en", ("ZSU-57-2", "alias_of", "the hell's thresher"),
     None),
    ("ЗСУ-57-2 прозвали «адской молотилкой».", "ru",
     ("ZSU-57-2", "alias_of", "adskoy molotilkoy (адской молотилкой)"), None),
    ("Transportéru OT-90 se přezdívalo „Havlův tygr“.", "cs", ("OT-90", "alias_of", "Havlův tygr"), None),
    # a word of copies opening brackets after a name: the name is the copy, the one in the brackets the original
    ("चीन ने होंगडु L-15 (प्रतिलिपि याक-130) बनाया।", "hi", ("L-15", "derived_from", "Yak-130"),
     ("Yak-130", "derived_from", "L-15")),
    # a name a word of derivation of its own follows is the next item of a list of copies, no original; nor is an
    # unknown name after the word a reason to read the names before it as a pair
    ("Produk mereka adalah Harbin Z-5 berdasarkan lisensi Mi-4 Uni Soviet dan Changhe Z-8 berdasarkan SA 321.", "id",
     ("Harbin Z-5", "derived_from", "Mi-4"), ("Harbin Z-5", "derived_from", "Z-8")),
    # "as" a name after the making in a list of places still names the copy made
    ("Il T-55 fu prodotto su licenza in Polonia e in Cina (come il Type 59).", "it",
     ("Type 59", "derived_from", "T-55"), None),
    # the design brackets after places name versions of is licensed in each place; Hindi रुसी (Russian)
    ("The T-55 was built under licence in China (as the Type 59), Czechoslovakia and Poland.", "en",
     ("T-55", "licence_status", "licensed"), None),
    ("भारत में रुसी लाइसेंस पर सुखोई-30 एमकेआई का उत्पादन होता है।", "hi", ("Su-30MKI", "licensed_by", "Russia"), None),
    # a design that appeared in a year was introduced then
    ("Il T-55A apparve nel 1960.", "it", ("T-55A", "introduced_year", "1960"), None),
    ("The T-55A first appeared in 1960.", "en", ("T-55A", "introduced_year", "1960"), None),
    # a country's people who make or copy a named design make a copy of their own, not the product spoken of; a
    # verb joined by "and" keeps that doer
    ("Le ZU-23-2 est un canon russe. Les Chinois fabriquent une imitation des missiles russes Igla et copient les "
     "lance-roquettes Smerch.", "fr", ("BM-30 Smerch (Chinese copy)", "derived_from", "BM-30 Smerch"),
     ("ZU-23-2", "derived_from", "9K38 Igla")),
    ("Le ZU-23-2 est un canon russe. Les Chinois fabriquent une imitation des missiles russes Igla et copient les "
     "lance-roquettes Smerch.", "fr", ("9K38 Igla (Chinese copy)", "made_in_country", "China"),
     ("ZU-23-2", "made_in_country", "China")),
    ("The ZU-23-2 is a Russian gun. The Chinese make an imitation of the Russian Igla missiles.", "en",
     ("9K38 Igla (Chinese copy)", "derived_from", "9K38 Igla"), ("ZU-23-2", "derived_from", "9K38 Igla")),
    # an article that is "and" elsewhere joins nothing
    ("The J-6 — a copy of the Soviet MiG-19 — was built in China under licence.", "en",
     ("Shenyang J-6", "derived_from", "MiG-19"), None),
    # a word both "in" and "into" before a country after a verb of sending sends it there
    ("În anul următor au fost trimise avioane MiG-23MF în Polonia şi România.", "ro",
     ("MiG-23MF", "exported_to", "Poland"), None),
    # a preposition of "in" and "into" before an accusative sends a design there; before a locative it places it
    ("Slovenija v Ukrajino pošilja 28 tankov M-55S.", "sl", ("M-55S", "exported_to", "Ukraine"), None),
    ("Россия поставила танки Т-72 в Индию.", "ru", ("T-72", "exported_to", "India"),
     ("T-72", "made_in_country", "India")),
    ("Танки Т-72 были поставлены в Иран и в Китай.", "ru", ("T-72", "exported_to", "Iran"), None),
    ("Танки Т-72 производились в Индии.", "ru", ("T-72", "made_in_country", "India"), None),
    ("Hrvatska je poslala tenkove M-84 u Ukrajinu.", "hr", ("M-84", "exported_to", "Ukraine"), None),
    # where the verb comes last, a verb's relative form right before an original names what was bought
    ("Y-7は中国の輸送機である。中国はソ連から輸入したAn-24をコピー生産した。", "ja", ("An-24", "exported_to", "China"),
     None),
    ("Y-8은 중국의 수송기이다. 중국은 소련에서 수입한 An-12를 복제 생산했다.", "ko", ("An-12", "exported_to", "China"),
     ("Shaanxi Y-8", "exported_to", "China")),
    # a word of "from" right after the buyer, where such words precede their noun, marks the next name
    ("Србија од Русија доби 30 оклопни возила БРДМ-2.", "mk", ("BRDM-2", "exported_to", "Serbia"), None),
    # (a review's cases) a country that copies in the sentence after the one naming a kin design copies that design
    ("The J-7 is a fighter. China copied the MiG-21 and built it in Chengdu.", "en",
     ("Chengdu J-7", "derived_from", "MiG-21"), ("MiG-21 (Chinese copy)", "derived_from", "MiG-21")),
    ("The Type 56 is a rifle. In 1956 China began producing a copy of the AK-47.", "en",
     ("Type 56", "made_in_country", "China"), ("AK-47", "made_in_country", "China")),
    # a people's adjective before a noun of copies is no doer
    ("The Tu-4 was a bomber. The Soviet copy of the B-29 was built in Kazan.", "en", ("Tu-4", "derived_from", "B-29"),
     ("B-29 (Soviet copy)", "derived_from", "B-29")),
    # a licence's receiver makes the product, whether the licence was sold or granted
    ("ZSRR sprzedał Chinom licencję na MiG-21, który produkowano jako J-7.", "pl",
     ("Chengdu J-7", "made_in_country", "China"), None),
    # an a-stem's accusative is no dative receiver; a dative a preposition governs is none; an abbreviation after a
    # preposition of "in" and "into" is a place
    ("Танки Т-62 Советский Союз использовал, чтобы оккупировать Чехословакию, а позже продал их Египту.", "ru",
     ("T-62", "exported_to", "Egypt"), ("T-62", "exported_to", "Czechoslovakia")),
    ("Dzięki Polsce T-72 trafił do Indii.", "pl", ("T-72", "exported_to", "India"), ("T-72", "exported_to", "Poland")),
    ("Автоматы АК-47 выпускались в КНДР как Тип 58.", "ru", ("Type 58", "made_in_country", "North Korea"), None),
    # an owner's mark before a destination makes a seller only with a word of selling
    ("Türkiye'nin Rusya'ya S-400 sipariş etmesi ABD'yi kızdırdı.", "tr", ("S-400", "exported_to", "Turkey"), None),
    # a capitalised name no mention took, set off by a comma and an article after a word of making, names the copy
    ("Iraq built the Al-Hussein, a copy of the Scud.", "en", ("Al-Hussein", "derived_from", "Scud"),
     ("Scud", "made_in_country", "Iraq")),
    ("Iraq built the Al-Hussein, a copy of the Scud.", "en", ("Al-Hussein", "made_in_country", "Iraq"), None),
    # a word of place before a year is the year's, not the country's after it
    ("In 1991 Iraq copied the Scud.", "en", ("Scud (Iraqi copy)", "derived_from", "Scud"), None),
    # where the verb comes first, the year right after a word of introduction is its own, not one before "and"
    ("The prototype of the T-54 was completed in 1946 and series production began in 1947.", "en",
     ("T-54", "introduced_year", "1947"), ("T-54", "introduced_year", "1946")),
    # a year right after a name is that name's; one the word of introduction governs is its subject's
    ("The PK entered service in 1961 and the PKM in 1969.", "en", ("PK", "introduced_year", "1961"),
     ("PKM", "introduced_year", "1961")),
    # "and" glued before an Arabic designation's prefix
    ("أنتجت إيران صاروخ شهاب 1 في عام 1987 وشهاب 2 في 1997.", "ar", ("Shahab-2", "introduced_year", "1997"),
     ("Shahab-2", "introduced_year", "1987")),
    # getting hold of a design is buying it
    ("КНР удалось заполучить несколько самоходок ЗСУ-57-2 из Египта.", "ru", ("ZSU-57-2", "exported_to", "China"),
     None),
])
def test_the_rules_of_the_sixth_round_stay_within_their_reach(full_extractor: Extractor, text: str, lang: str,
                                                             fact: tuple[str, str, str] | None,
                                                             absent: tuple[str, str, str] | None) -> None:
    assert_read(facts_of(full_extractor, text, lang), fact, absent)


@pytest.mark.parametrize("text,lang,fact,absent", [
    # the language a name is given in, after a short word for "in" inside the brackets, is no country of any reading
    ("Il Mil Mi-8 (in russo Миль Ми-8) è un elicottero sovietico prodotto anche in Cina.", "it",
     ("Mi-8", "made_in_country", "China"), ("Mi-8", "made_in_country", "Russia")),
    ("Samolot Mi-2 (po rosyjsku Ми-2) był produkowany w Polsce.", "pl",
     ("Mi-2", "made_in_country", "Poland"), ("Mi-2", "made_in_country", "Russia")),
    ("The Mi-8 (in Russian Ми-8) was also produced in China.", "en",
     ("Mi-8", "made_in_country", "China"), ("Mi-8", "made_in_country", "Russia")),
    # a word of "since" of one letter, which only the particles hold, marks the year of a licensee's making
    ("Польша производила Т-72 по лицензии с 1982 года.", "ru", ("T-72", "introduced_year", "1982"), None),
    ("Польща виробляла Т-72 за ліцензією з 1982 року.", "uk", ("T-72", "introduced_year", "1982"), None),
    # a country's form in lower case that spells its name is its adjective ("una copia china"), not the name
    ("El J-7 es una copia china del MiG-21 soviético.", "es", ("Chengdu J-7", "made_in_country", "China"), None),
    # an original set off by commas gives way to the name the sentence opens with, written in two parts too
    ("The PT-91 Twardy, a Polish development of the T-72M1, entered service in 1995.", "en",
     ("PT-91 Twardy", "introduced_year", "1995"), ("T-72M1", "introduced_year", "1995")),
    # a copula's adjective on a kind of product is the product's where words of an original come only after the phrase
    ("The FB Tantal is a Polish assault rifle, a variant of the AK-74.", "en",
     ("kbk wz. 88 Tantal", "made_in_country", "Poland"), None),
    ("The Type 56 is a licensed copy of the Soviet AK-47 rifle.", "en", ("Type 56", "derived_from", "AK-47"),
     ("Type 56", "made_in_country", "Soviet Union")),
    # a comma ends an adjective's phrase, unless the next adjective of a list follows it
    ("Тантал — польский автомат, вариант АК-74.", "ru", None, ("AK-74", "made_in_country", "Poland")),
    ("The Soviet, Chinese and Polish T-55 tanks were built in large numbers.", "en",
     ("T-55", "made_in_country", "Soviet Union"), None),
    # where the verb ends its clause, the copier stands before the object the copy word takes
    ("56式自動歩槍は中国がAK-47をコピーしたものである。", "ja", ("Type 56", "made_in_country", "China"), None),
    ("56식 소총은 중국이 AK-47을 복제한 것이다.", "ko", ("Type 56", "made_in_country", "China"), None),
    # a word for the kind of product between the name and a naming word after it ("58식 보총으로 명명")
    ("북한은 AK-47을 라이선스 생산하여 58식 보총으로 명명했다.", "ko", ("Type 58", "derived_from", "AK-47"), None),
    # what a naming gave a name to is made by the country that made the design
    ("КНДР выпускала АК-47 по лицензии под названием Тип 58.", "ru", ("Type 58", "made_in_country", "North Korea"),
     None),
    ("Nordkorea baute die AK-47 in Lizenz und nannte sie Typ 58.", "de",
     ("Type 58", "made_in_country", "North Korea"), None),
    # a receiver the passive makes the subject: "was supplied with"
    ("Egypt was supplied with MiG-21 fighters by the USSR.", "en", ("MiG-21", "exported_to", "Egypt"), None),
    # a copy named with "as" is no original of another unnamed copy, and its copier makes it, the copy word standing
    # before the word of licence
    ("Chiny skopiowały Su-27 bez licencji jako J-11.", "pl", ("Shenyang J-11", "made_in_country", "China"),
     ("Shenyang J-11 (Chinese copy)", "derived_from", "Shenyang J-11")),
    # a country inside a phrase of no licence holds the rights; it makes nothing
    ("The J-11B was built without Russian permission.", "en", ("J-11B", "licence_status", "unlicensed"),
     ("J-11B", "made_in_country", "Russia")),
    # where the verb ends its clause, the name marked as its object is what a copy word's copier copied
    ("中国はライセンスなしでSu-27をコピーした。", "ja", ("Su-27 (Chinese copy)", "derived_from", "Su-27"),
     ("Su-27", "made_in_country", "China")),
    ("Çin, Su-27'yi lisanssız olarak kopyaladı.", "tr", ("Su-27 (Chinese copy)", "made_in_country", "China"),
     ("Su-27", "made_in_country", "China")),
    # where the recipient is marked, a country a copula equates with a word of selling is the seller
    ("The main supplier of MiG-21s to Egypt was the Soviet Union.", "en", ("MiG-21", "exported_to", "Egypt"),
     ("MiG-21", "exported_to", "Soviet Union")),
    # a name written out starts at its first capitalised word, not at a small word before it
    ("The PKM, or Pulemyot Kalashnikova Modernizirovanny, is a machine gun.", "en",
     ("PKM", "alias_of", "Pulemyot Kalashnikova Modernizirovanny"),
     ("PKM", "alias_of", "or Pulemyot Kalashnikova Modernizirovanny")),
    # a country's name used as an adjective right on a word of versions or copies names where the version is made
    ("J-7 là phiên bản Trung Quốc của MiG-21.", "vi", ("Chengdu J-7", "made_in_country", "China"), None),
    ("J-7 adalah versi China dari MiG-21.", "id", ("Chengdu J-7", "made_in_country", "China"), None),
    ("The J-7 version for China was built from the MiG-21.", "en", None, ("Chengdu J-7", "made_in_country", "China")),
    # where adjectives follow their noun, one right after a word of forces is the forces' country, not the maker's
    ("El ejército sirio usa tanques T-72.", "es", None, ("T-72", "made_in_country", "Syria")),
    ("يستخدم الجيش السوري دبابات T-72.", "ar", None, ("T-72", "made_in_country", "Syria")),
    ("تستخدم سوريا دبابة T-72 الروسية الصنع.", "ar", ("T-72", "made_in_country", "Russia"), None),
    # an ending of "from" after an apostrophe marks where a licence came from: the licensor, no maker
    ("Polonya, Sovyetler Birliği'nden T-72 üretim lisansı aldı.", "tr", ("T-72", "made_in_country", "Poland"),
     ("T-72", "made_in_country", "Soviet Union")),
    # where the verb comes last, a licence before the verb of getting it is what was got, from its licensor; a
    # country's name in a caseless script takes the language's case endings; the design between, marked as the
    # licence's owner, does not part them
    ("ポーランドはソ連からT-72のライセンスを取得した。", "ja", ("T-72", "licensed_by", "Soviet Union"), None),
    ("폴란드는 소련으로부터 T-72의 라이선스를 획득했다.", "ko", ("T-72", "licensed_by", "Soviet Union"), None),
    # a data sheet's label of a place of origin names where the product is made
    ("Typ 63\nHerkunftsland: China\nHersteller: Norinco", "de", ("Type 63", "made_in_country", "China"), None),
    # (the registry's name of the amphibious tank, written as one word in Japanese, is read whole)
    ("63式水陸両用戦車\n原開発国: 中華人民共和国", "ja", ("Type 63 amphibious tank", "made_in_country", "China"), None),
    ("تايب 63\nبلد المنشأ: الصين", "ar", ("Type 63", "made_in_country", "China"), None),
    # of two copies made where a licence was bought, one the other's version, the licence made the first
    ("The MLI-84 was made in Romania. The MLI-84M was made in Romania too. In 1982 Romania bought a licence for the "
     "BMP-1 from the USSR.", "en", ("MLI-84", "licence_status", "licensed"), ("BMP-1", "licence_status", "licensed")),
    # a word of forces inside a kind of product names no forces; where adjectives follow their noun, a kind of
    # product of many words may stand between the copula and the adjective
    ("The BMP-1 is a Soviet infantry fighting vehicle.", "en", ("BMP-1", "made_in_country", "Soviet Union"), None),
    ("Le S-75 est un missile sol-air soviétique.", "fr", ("S-75 Dvina", "made_in_country", "Soviet Union"), None),
    ("The Soviet Army used the BMP-1.", "en", None, ("BMP-1", "made_in_country", "Soviet Union")),
    # a word for forces glued to a country's name is the forces', who use the design, not make it
    ("북한군 T-55 전차가 행진했다.", "ko", None, ("T-55", "made_in_country", "North Korea")),
    ("苏军T-55坦克参加了阅兵。", "zh", None, ("T-55", "made_in_country", "Soviet Union")),
    ("苏联制造的T-55坦克。", "zh", ("T-55", "made_in_country", "Soviet Union"), None),
    # a list of pairs of a name and the place it went: each place is its own part's name's
    ("In 2005 the plant exported 30 tanks: 10 T-72s to Ethiopia, 20 T-55s to Yemen.", "en",
     ("T-55", "exported_to", "Yemen"), ("T-72", "exported_to", "Yemen")),
    ("В 2005 году завод поставил 30 танков: 10 Т-72 – в Эфиопию, 20 Т-55 – в Йемен.", "ru",
     ("T-72", "exported_to", "Ethiopia"), ("T-55", "exported_to", "Ethiopia")),
    ("The T-72 was exported to Iraq, Syria and Libya.", "en", ("T-72", "exported_to", "Libya"), None),
    ("У 2010 році завод продав 30 танків: 10 танків Т-72 – в Ефіопію, 20 танків Т-55 – у Ємен.", "uk",
     ("T-72", "exported_to", "Ethiopia"), ("T-72", "exported_to", "Yemen")),
    ("Завод поставил в Эфиопию Т-72, а в Йемен Т-55.", "ru", ("T-72", "exported_to", "Ethiopia"),
     ("T-55", "exported_to", "Ethiopia")),
    # (a case that makes a word of both "in" and "into" the latter makes no place of a pair)
    ("Завод поставил в Эфиопию Т-72, а в Йемен Т-55.", "ru", None, ("T-72", "made_in_country", "Ethiopia")),
    # the letter S written with a hamza above its alif ("أس-300") is the S of a designation as the other spellings are
    ("اشترت الصين منظومة أس-300 من روسيا.", "ar", ("S-300", "exported_to", "China"), None),
    # Korean and Japanese spellings of missile families that carry a number; an ending of making on a Korean name
    # makes it the adjective of where a thing is made ("이란제", Iran-made)
    ("이란제 사하브3 미사일은 북한의 노동-1을 바탕으로 개발되었다.", "ko",
     ("Shahab-3", "made_in_country", "Iran"), None),
    ("イランのシャハブ3は北朝鮮のノドン1号を基に開発された。", "ja", ("Shahab-3", "derived_from", "Nodong-1"), None),
    # (a list of names with a seller or a source in its part is no list of pairs; a recipient marked with "to" stays
    # one past a copula of a clause between)
    ("Iraq received MiG-21s, MiG-23s and MiG-25s from the Soviet Union.", "en", ("MiG-25", "exported_to", "Iraq"),
     None),
    ("The USSR sold the T-72, T-55 and BMP-1 to Iraq.", "en", ("T-72", "exported_to", "Iraq"), None),
    ("The T-72 was exported to India, where it was built under licence, and to Iraq.", "en",
     ("T-72", "exported_to", "Iraq"), None),
    # (a word for forces that begins a longer word is no forces: "军工厂", military factory; "군수업체", arms maker)
    ("56式冲锋枪由中国军工厂生产。", "zh", ("Type 56", "made_in_country", "China"), None),
    ("중국군수업체가 59식 전차를 생산했다.", "ko", ("Type 59 tank", "made_in_country", "China"), None),
    # (a label of origin in running text is no field of a data sheet)
    ("Der T-72 wurde aus seinem Herkunftsland in den Irak exportiert.", "de", None,
     ("T-72", "made_in_country", "Iraq")),
])
def test_the_rules_of_the_seventh_round_stay_within_their_reach(full_extractor: Extractor, text: str, lang: str,
                                                               fact: tuple[str, str, str] | None,
                                                               absent: tuple[str, str, str] | None) -> None:
    assert_read(facts_of(full_extractor, text, lang), fact, absent)


@pytest.mark.parametrize(("text", "lang", "fact", "absent"), [
    # Egypt's spelling of a final yeh without its dots ("الصينى" for "الصيني", Chinese): the same adjective
    ("البندقية الصينى Type 56 هي نسخة من AK-47.", "ar", ("Type 56", "made_in_country", "China"), None),
    ("البندقية الصينية Type 56 هي نسخة من AK-47.", "ar", ("Type 56", "made_in_country", "China"), None),
    # (and "فى" for "في", in: the year after it is the year of the name before it)
    ("أنتجت إيران صاروخ شهاب 1 فى عام 1987 وشهاب 2 فى 1997.", "ar", ("Shahab-2", "introduced_year", "1997"),
     ("Shahab-2", "introduced_year", "1987")),
])
def test_arabic_letters_written_in_two_ways_are_read_alike(full_extractor: Extractor, text: str, lang: str,
                                                          fact: tuple[str, str, str] | None,
                                                          absent: tuple[str, str, str] | None) -> None:
    assert_read(facts_of(full_extractor, text, lang), fact, absent)


@pytest.mark.parametrize(("text", "lang", "maker"), [
    # a plant's name goes on past a place's name inside it, to its number ("Inner Mongolia", "Mongolia Dalam")
    ("Tipe 59 diproduksi oleh Pabrik Mesin Mongolia Dalam No. 617.", "id", "Pabrik Mesin Mongolia Dalam No. 617"),
    ("El Type 59 fue fabricado por la Fábrica de Maquinaria de Mongolia Interior N.º 617.", "es",
     "Fábrica de Maquinaria de Mongolia Interior N.º 617"),
    # (but a place before the name is where it stands, "Polonya Stomil Fabrikası"; "di" after a name, "in", and a
    # capitalised one in a title, "Factory In Nizhny Tagil", end it)
    ("Tank Factory In Nizhny Tagil Resumes Production Of The T-72", "en", "Tank Factory"),
    ("T-72 Polonya Stomil Fabrikası tarafından üretildi.", "tr", "Stomil Fabrikası"),
    # (and a plant word after a known name is that name's: "Bumar Fabrikası" is the Bumar-Łabędy works)
    ("T-72 Polonya Bumar Fabrikası tarafından üretildi.", "tr", "Bumar-Łabędy"),
    # (past a country only to a plant's number)
    ("Tank T-72 diproduksi di Pabrik Tank Polandia Stomil.", "id", "Pabrik Tank"),
    ("In China the Jianshe Factory made the Type 54.", "en", "Jianshe Factory"),
    ("Senapan SS1 dibuat oleh PT Pindad di Bandung.", "id", "PT Pindad"),
])
def test_a_plants_name_holds_the_place_named_inside_it(full_extractor: Extractor, text: str, lang: str,
                                                      maker: str | None) -> None:
    makers = {o for _, r, o in facts_of(full_extractor, text, lang) if r == "manufactured_by"}
    assert makers == ({maker} if maker else set())


def test_a_country_before_a_lower_case_word_of_industry_names_no_plant(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Tip 54 tabancası Çin endüstrisi tarafından üretildi.", "tr")
    assert not {o for _, r, o in facts if r == "manufactured_by"}


@pytest.mark.parametrize(("text", "absent", "country"), [
    # a word in katakana is one run of letters: "タイプ" (type) names no Thailand, "インドネシア" no India
    ("北朝鮮は自国で生産したタイプに独自の名称を与えた。", "TH", "KP"),
    ("インドネシアはロシアからSu-27を輸入した。", "IN", "ID"),
    # (the dot between the words of a name parts them: "ソビエト・ロシア")
    ("ソビエト・ロシアはAK-47を輸出した。", None, "RU"),
])
def test_a_name_in_katakana_does_not_start_or_end_inside_a_katakana_word(
        full_extractor: Extractor, text: str, absent: str | None, country: str) -> None:
    folded = match_fold(text)
    language = lexicon.language("ja")
    document = build(text, 0, language.matcher.find(text, folded, 0), full_extractor.names, folded, language)
    countries = {m.value for m in document.mentions if m.kind == "country"}
    assert country in countries
    assert absent not in countries


def test_a_hindi_word_of_collecting_is_no_word_of_making(full_extractor: Extractor) -> None:
    # ("इकट्ठा किया" is said of assembling, but far more often of collecting: intelligence, money, data)
    facts = facts_of(full_extractor, "भारत ने मिग-21 के बारे में खुफिया जानकारी इकट्ठा की।", "hi")
    assert ("MiG-21", "made_in_country", "India") not in facts


@pytest.mark.parametrize(("text", "fact"), [
    # a word of its kind, and a short word describing it, between a name and the mark of its owner
    ("在T-54A坦克的基础上，中国研制了59式坦克。", ("Type 59 tank", "derived_from", "T-54A")),
    ("在Q-75中程地空导弹的基础上，中国研制了红旗-9。", ("HQ-9", "derived_from", "Q-75")),
    # a Soviet designation written with the Latin letters that look like its Cyrillic ones ("C-75" for "С-75")
    ("在C-75地空导弹的基础上，中国研制了红旗-2。", ("HQ-2", "derived_from", "S-75 Dvina")),
])
def test_the_basis_a_chinese_owner_mark_names_is_the_original(full_extractor: Extractor, text: str,
                                                              fact: tuple[str, str, str]) -> None:
    facts = facts_of(full_extractor, text, "zh")
    assert fact in facts
    assert (fact[2], fact[1], fact[0]) not in facts


@pytest.mark.parametrize(("text", "lang", "fact"), [
    # where a main clause's "not" follows its verb and the verb's object, the "not" after them negates the verb
    ("Indien kaufte den T-72 nie.", "de", ("T-72", "exported_to", "India")),
    ("Indien kaufte den T-72 im Jahr 1985 nicht.", "de", ("T-72", "exported_to", "India")),
    ("India kocht de T-72 niet.", "nl", ("T-72", "exported_to", "India")),
])
def test_a_not_after_the_verb_and_its_object_negates_the_verb(full_extractor: Extractor, text: str, lang: str,
                                                               fact: tuple[str, str, str]) -> None:
    assert fact not in facts_of(full_extractor, text, lang)
    # (the same sentence without it states the fact)
    assert fact in facts_of(full_extractor, text.replace(" nie.", ".").replace(" nicht.", ".")
                            .replace(" niet.", "."), lang)


@pytest.mark.parametrize(("text", "lang", "fact"), [
    # (not a "not" past a comma or past another verb: it is that clause's)
    ("Indien kaufte den T-72 und baute ihn nicht nach.", "de", ("T-72", "exported_to", "India")),
    # (nor "without", nor a "not" a later word corrects: "not only ... but also", "not directly but through")
    ("Polen baute den T-72 ohne Lizenz.", "de", ("T-72", "made_in_country", "Poland")),
    ("Indien kaufte den T-72 ohne Zögern.", "de", ("T-72", "exported_to", "India")),
    ("Indien kaufte nicht nur den T-72, sondern auch den T-90.", "de", ("T-72", "exported_to", "India")),
    ("Indien kaufte den T-72 nicht direkt, sondern über Polen.", "de", ("T-72", "exported_to", "India")),
    ("Indien köpte inte bara T-72 utan även T-90.", "sv", ("T-72", "exported_to", "India")),
    # (a "not" inside the clause negates a part of it: "and not to", "not least", "not before")
    ("Die Sowjetunion lieferte den T-72 an Indien und nicht an Pakistan.", "de", ("T-72", "exported_to", "India")),
    ("Indien kaufte den T-72 nicht zuletzt wegen des Preises.", "de", ("T-72", "exported_to", "India")),
    ("Die UdSSR lieferte Syrien den T-72 nicht vor 1979.", "de", ("T-72", "exported_to", "Syria")),
    ("Die UdSSR lieferte Indien die MiG-29 und verlangte keine Gegenleistung.", "de",
     ("MiG-29", "exported_to", "India")),
    # (nor "nicht mehr", no longer, nor a "not" past a dash)
    ("Polen produzierte den T-55 ab 1980 nicht mehr.", "de", ("T-55", "made_in_country", "Poland")),
    ("Polen lieferte T-72 an Irak – der Kreml protestierte nicht.", "de", ("T-72", "exported_to", "Iraq")),
    ("Indien kaufte den T-72, den Polen nie verkaufen wollte.", "de", ("T-72", "exported_to", "India")),
    ("India bought the T-72 and did not copy it.", "en", ("T-72", "exported_to", "India")),
])
def test_a_not_of_another_clause_negates_nothing_before_it(full_extractor: Extractor, text: str, lang: str,
                                                           fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(full_extractor, text, lang)


@pytest.mark.parametrize(("text", "lang", "fact"), [
    # the examples a word of example brings after a basis with nothing named before it are what was based on it
    ("China built several more modern tanks based on the Type 59, such as the Type 69.", "en",
     ("Type 69 tank", "derived_from", "Type 59 tank")),
    ("На базе Т-54 было создано несколько машин, например Тип 59.", "ru", ("Type 59 tank", "derived_from", "T-54")),
])
def test_examples_after_a_basis_are_based_on_it(full_extractor: Extractor, text: str, lang: str,
                                                fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(full_extractor, text, lang)


def test_a_basis_with_its_derivative_named_before_keeps_it(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "The PT-91 is based on the T-72, such as the Polish T-72M1.", "en")
    assert ("PT-91 Twardy", "derived_from", "T-72") in facts
    # (examples after a kind of product a basis names are originals: "based on Soviet weapons such as the SKS")
    facts = facts_of(full_extractor, "The Type 63 rifle entered service in 1963. Its design was based on Soviet "
                                     "weapons such as the SKS and the AK-47.", "en")
    assert ("Type 63", "derived_from", "AK-47") in facts and ("AK-47", "derived_from", "Type 63") not in facts
    # (French "comme le" likens more often than it lists: "une copie de l'AK-47, comme le PM md. 63")
    facts = facts_of(full_extractor, "Le Type 56 est une copie de l'AK-47, comme le fusil roumain PM md. 63.", "fr")
    assert ("Type 56", "derived_from", "AK-47") in facts


@pytest.mark.parametrize(("text", "fact", "absent"), [
    # a name the registry knows inside a longer quoted name is no mention of it
    ('The Su-33 is also known as the "Sea Flanker".', ("Su-33", "alias_of", "Sea Flanker"),
     ("Su-33", "alias_of", "Su-27")),
])
def test_an_alias_is_the_name_the_text_gives(full_extractor: Extractor, text: str, fact: tuple[str, str, str],
                                             absent: tuple[str, str, str]) -> None:
    facts = facts_of(full_extractor, text, "en")
    assert fact in facts
    assert absent not in facts


def test_every_name_of_a_list_after_a_chinese_basis_derives_from_it(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "在T-54A的基础上，中国研制了59式坦克和69式坦克。", "zh")
    assert {("Type 59 tank", "derived_from", "T-54A"), ("Type 69 tank", "derived_from", "T-54A")} <= facts


@pytest.mark.parametrize(("text", "fact"), [
    # a reporting name written right after its design, as encyclopedias set them side by side
    ("The Mikoyan-Gurevich MiG-19 Farmer was copied in China as the J-6.", ("MiG-19", "alias_of", "Farmer")),
    ("The Mi-24 Hind-D was exported to Iraq.", ("Mi-24", "alias_of", "Hind-D")),
    ("The Mi-8 Hip helicopters were made in Kazan.", ("Mi-8", "alias_of", "Hip")),
])
def test_a_reporting_name_set_right_after_its_design_is_its_name(full_extractor: Extractor, text: str,
                                                                  fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(full_extractor, text, "en")


def test_a_reporting_name_of_another_kind_of_design_after_one_is_none(full_extractor: Extractor) -> None:
    # (the alliance names fighters with an F, transports with a C: no Classic is a MiG's; nor is a Colt its maker)
    classic = facts_of(full_extractor, "The MiG-21 Classic edition was sold.", "en")
    assert not any(r == "alias_of" for _, r, _ in classic)
    facts = facts_of(full_extractor, "The An-2 Colt was built in Poland.", "en")
    assert ("An-2", "alias_of", "Colt") in facts and not any(r == "manufactured_by" for _, r, _ in facts)


def test_a_peoples_adjective_may_stand_in_a_name_spelled_out(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Tancul TR-85 (Tanc Românesc Model 1985) este un tanc.", "ro")
    assert ("TR-85", "alias_of", "Tanc Românesc") in facts


def test_a_chinese_basis_derives_the_name_before_it_in_its_clause(full_extractor: Extractor) -> None:
    # (the derivative named before the basis in its clause, not a name after a comma)
    facts = facts_of(full_extractor, "歼-8是在歼-7战斗机的基础上放大设计的，但与米格-21无关。", "zh")
    assert facts == {("J-8", "derived_from", "Chengdu J-7")}


@pytest.mark.parametrize(("text", "lang"), [
    # a phrase of making with a people's adjective right after a name says where that name was made, whichever
    # product the sentence speaks of
    ("El Sarath es similar al BMP-2 de fabricación soviética.", "es"),
    ("O Sarath é semelhante ao BMP-2 de fabricação soviética.", "pt"),
    ("Il Sarath è simile al BMP-2 di fabbricazione sovietica.", "it"),
])
def test_a_phrase_of_making_after_a_name_is_that_names(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert ("BMP-2", "made_in_country", "Soviet Union") in facts
    assert ("Sarath", "made_in_country", "Soviet Union") not in facts


@pytest.mark.parametrize(("text", "lang", "fact"), [
    # "our country" in a language of one country is that country
    ("我が国は89式小銃を生産している。", "ja", ("Type 89", "made_in_country", "Japan")),
    ("우리나라는 K2 전차를 생산한다.", "ko", ("K2", "made_in_country", "South Korea")),
    ("Nước ta đã tự sản xuất súng B41.", "vi", ("Type 69 RPG", "made_in_country", "Vietnam")),
    ("Nasz kraj produkował T-72 na licencji.", "pl", ("T-72", "made_in_country", "Poland")),
    ("Țara noastră a produs AKM sub licență.", "ro", ("AKM", "made_in_country", "Romania")),
    ("Наша країна виробляла Т-64.", "uk", ("T-64", "made_in_country", "Ukraine")),
    ("کشورمان تانک تی-۷۲ را تولید کرد.", "fa", ("T-72", "made_in_country", "Iran")),
])
def test_our_country_is_the_country_of_the_language(full_extractor: Extractor, text: str, lang: str,
                                                    fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(full_extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    # a making denied is no place of making, in every language that denies it (before the verb, or after it where the
    # verb ends its clause)
    ("The MiG-21 was not produced in South Korea.", "en"),
    ("미그-21은 한국에서 생산되지 않았다.", "ko"),
    ("MiG-21は日本で生産されなかった。", "ja"),
])
def test_a_making_denied_is_no_place_of_making(full_extractor: Extractor, text: str, lang: str) -> None:
    assert not any(r == "made_in_country" for _, r, _ in facts_of(full_extractor, text, lang))


def test_a_licence_denied_is_no_making_denied(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "The AKM was produced without a licence in Romania.", "en")
    assert ("AKM", "made_in_country", "Romania") in facts


@pytest.mark.parametrize(("text", "fact"), [
    # a list of originals before a Chinese basis derives nothing from one of them; the name made after it derives
    ("中国在AK-47与SKS的基础上研制了63式步枪。", ("Type 63", "derived_from", "SKS")),
    ("在米格-19、米格-21的基础上，中国研制了强-5。", ("Q-5", "derived_from", "MiG-21")),
])
def test_a_list_of_originals_before_a_chinese_basis_derives_nothing_from_another(
        full_extractor: Extractor, text: str, fact: tuple[str, str, str]) -> None:
    facts = {f for f in facts_of(full_extractor, text, "zh") if f[1] == "derived_from"}
    assert fact in facts
    assert not any(f[0] in {"AK-47", "MiG-19"} for f in facts)


def test_a_latin_c_is_read_as_cyrillic_only_in_cjk_text(full_extractor: Extractor) -> None:
    assert not any(o == "S-75 Dvina" or s == "S-75 Dvina" for s, _, o in
                   facts_of(full_extractor, "The Curtiss C-75 was a transport built in the United States.", "en"))


@pytest.mark.parametrize(("text", "lang", "fact", "absent"), [
    # where a noun's qualifiers follow it and "of" is written by case or not at all, a country's name right after
    # the kind of product a copula names qualifies it, as an adjective would
    ("RPD adalah senapan mesin Uni Soviet.", "id", ("RPD", "made_in_country", "Soviet Union"), None),
    ("RPD là súng máy của Liên Xô.", "vi", ("RPD", "made_in_country", "Soviet Union"), None),
    # (not a word between the kind and the name, which may be what the country qualifies: "a rifle owned by")
    ("AKM adalah senapan milik Indonesia.", "id", None, ("AKM", "made_in_country", "Indonesia")),
    ("AKM là súng trường mà Việt Nam mua.", "vi", None, ("AKM", "made_in_country", "Vietnam")),
    # (nor an owner's tank captured, bought or used: the country is whose it was, not where it was made)
    ("T-72 itu adalah tank Irak yang dirampas oleh pasukan Amerika Serikat.", "id", None,
     ("T-72", "made_in_country", "Iraq")),
    # (nor where "of" is a word of its own: "un fusil de France" is no French rifle)
    ("L'AKM est un fusil de la Pologne.", "fr", None, ("AKM", "made_in_country", "Poland")),
])
def test_a_countrys_name_qualifies_the_kind_before_it_where_nouns_take_qualifiers_after(
        full_extractor: Extractor, text: str, lang: str, fact: tuple[str, str, str] | None,
        absent: tuple[str, str, str] | None) -> None:
    assert_read(facts_of(full_extractor, text, lang), fact, absent)


@pytest.mark.parametrize(("text", "lang", "fact", "absent"), [
    # a country's name in the dative is the receiver of what is given or sold: the giver is the licensor
    ("Sovjetski Savez je Kini predao tehničku dokumentaciju za MiG-19.", "sr",
     ("MiG-19", "licensed_by", "Soviet Union"), ("MiG-19", "licensed_by", "China")),
    ("Sovjetski Savez je Jugoslaviji dao licencu za T-72.", "bs",
     ("T-72", "licensed_by", "Soviet Union"), ("T-72", "licensed_by", "Yugoslavia")),
    ("Sovjetska zveza je Kitajski prodala licenco za MiG-19.", "sl",
     ("MiG-19", "licensed_by", "Soviet Union"), ("MiG-19", "licensed_by", "China")),
    ("Sovjetska zveza je Iraku prodala tanke T-72.", "sl", ("T-72", "exported_to", "Iraq"), None),
    # (not the same ending after a preposition of place: "u Kini", in China, is where it was made)
    ("Tenkovi T-72 su proizvedeni u Poljskoj i Indiji.", "sr", ("T-72", "made_in_country", "India"), None),
])
def test_a_countrys_name_in_the_dative_is_the_receiver(full_extractor: Extractor, text: str, lang: str,
                                                       fact: tuple[str, str, str] | None,
                                                       absent: tuple[str, str, str] | None) -> None:
    assert_read(facts_of(full_extractor, text, lang), fact, absent)


def test_a_sentences_first_word_spelt_like_a_countrys_adjective_is_no_receiver(full_extractor: Extractor) -> None:
    # "Kitajski inženirji", Chinese engineers (an adjective, though it opens the sentence with a capital): nothing was
    # given to China; a copy of the Su-27 itself is China's
    facts = facts_of(full_extractor, "To je res. Kitajski inženirji so kopirali radar Su-27.", "sl")
    assert not any(r == "exported_to" for _, r, _ in facts)
    facts = facts_of(full_extractor, "To je res. Kitajski inženirji so kopirali Su-27 in ga izvozili v Pakistan.", "sl")
    assert "China" not in objects(facts, "exported_to")


@pytest.mark.parametrize(("text", "lang", "fact", "absent"), [
    # a word both "in" and "to" after a word of sale nearer the place than the making: where the product went
    ("Το Buk-M1, παραγωγής της Almaz-Antey, πωλήθηκε στην Αίγυπτο.", "el",
     ("9K37 Buk", "exported_to", "Egypt"), ("9K37 Buk", "made_in_country", "Egypt")),
    ("Das Buk-M1, produziert von Almaz-Antey, wurde an Ägypten verkauft.", "de",
     ("9K37 Buk", "manufactured_by", "Almaz-Antey"), ("9K37 Buk", "made_in_country", "Egypt")),
    # (the making nearer the place still names where it was made)
    ("Der T-72 wurde in Polen produziert und an den Irak verkauft.", "de",
     ("T-72", "made_in_country", "Poland"), ("T-72", "made_in_country", "Iraq")),
])
def test_a_place_a_word_of_sale_stands_nearer_than_the_making_is_no_place_of_making(
        full_extractor: Extractor, text: str, lang: str, fact: tuple[str, str, str] | None,
        absent: tuple[str, str, str] | None) -> None:
    assert_read(facts_of(full_extractor, text, lang), fact, absent)


@pytest.mark.parametrize(("lang", "text", "absent", "present"), [
    # a case ending after a hyphen, as abbreviations take it, gives the name its role: the seller, not a buyer
    ("hu", "Vietnám a T-55-öt az NDK-ból vásárolta.", ("T-55", "exported_to", "East Germany"),
     ("T-55", "exported_to", "Vietnam")),
    ("hu", "A T-55-öt az NDK-ba szállították.", None, ("T-55", "exported_to", "East Germany")),
    # a short ending glued to the whole name
    ("hu", "Lengyelország gyártotta a T-55-öt, majd Irakba exportálta.", None, ("T-55", "exported_to", "Iraq")),
])
def test_a_case_ending_after_a_hyphen_or_on_the_whole_name(extractor: Extractor, lang: str, text: str,
                                                            absent: tuple[str, str, str] | None,
                                                            present: tuple[str, str, str]) -> None:
    assert_read(facts_of(extractor, text, lang), present, absent)


@pytest.mark.parametrize(("lang", "text", "subject"), [
    ("sv", "Polen köpte licensen för T-72 av Sovjetunionen.", "T-72"),      # "av": of, from
    ("en", "The MiG-21 bis was built in India.", "MiG-21bis"),               # a suffix written small by custom
    ("en", "The T-72 AV was built in the Soviet Union.", "T-72AV"),
])
def test_a_small_word_after_a_designation_is_no_suffix_written_in_capitals(full_extractor: Extractor, lang: str,
                                                                           text: str, subject: str) -> None:
    # (the registry knows the T-72AV: the small "av" must not be read as its suffix)
    subjects = {s for s, _, _ in facts_of(full_extractor, text, lang)}
    assert subjects == {subject}, subjects


@pytest.mark.parametrize("text", [
    "The Tu-124 entered service in 1962. The Tu-124 was also produced in 1975.",
    "The Tu-124 entered service in 1962, and the Tu-124 was built until 1975 and again in 1980.",
])
def test_a_later_making_is_no_introduction(extractor: Extractor, text: str) -> None:
    # (a making "also" done, or done "again", is not the first)
    years = objects(facts_of(extractor, text, "en"), "introduced_year")
    assert years == ["1962"], years


@pytest.mark.parametrize(("text", "lang"), [
    # a phrase of making right after the original a copy is made from is the original's, not the copy's
    ("Tu-124 adalah pesawat tiruan dari Tu-104 buatan Uni Soviet.", "id"),
    ("Tu-124 je kopie Tu-104 sovětské výroby.", "cs"),
    ("Tu-124 to kopia Tu-104 produkcji radzieckiej.", "pl"),
])
def test_a_phrase_of_making_after_an_original_is_the_originals(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Tu-124", "derived_from", "Tu-104") in facts, facts
    assert ("Tu-124", "made_in_country", "Soviet Union") not in facts, facts


def test_a_phrase_of_making_after_a_list_is_each_names(extractor: Extractor) -> None:
    # (Croatian: the army has two Tu-124 and two Tu-104 of Russian production)
    facts = facts_of(extractor, "Vojska ima dva Tu-124 i dva Tu-104 ruske proizvodnje.", "hr")
    assert ("Tu-124", "made_in_country", "Russia") in facts, facts
    assert ("Tu-104", "made_in_country", "Russia") in facts, facts


@pytest.mark.parametrize(("text", "lang", "name"), [
    # a name in letters without capitals, glued by a quotative or a genitive mark to the word that names it
    ("인도는 MiG-27M을 바하두르라는 이름으로 라이선스 생산했다.", "ko", "바하두르"),
    ("北朝鮮はT-62を天馬号の名称でライセンス生産した。", "ja", "Chonma-ho"),   # (the registry's name for it)
    ("北朝鮮はT-62をライセンス生産し、天馬号と命名した。", "ja", "Chonma-ho"),
])
def test_a_name_a_quotative_marks_before_the_naming_word_is_the_copys(full_extractor: Extractor, text: str,
                                                                      lang: str, name: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert any(subject == name and rel == "derived_from" for subject, rel, _ in facts), facts
    assert any(subject == name and rel == "licence_status" for subject, rel, _ in facts), facts


def test_a_design_sent_abroad_in_its_own_clause_keeps_its_export(full_extractor: Extractor) -> None:
    # (the MiG-27M went to India, 40 of them; 125 were then licence-built there under the name Bahadur)
    facts = facts_of(full_extractor, "MiG-27M은 인도에 수출, 바하두르라는 이름으로 인도 현지에서 생산되었다.", "ko")
    assert ("MiG-27M", "exported_to", "India") in facts, facts
    assert ("바하두르", "made_in_country", "India") in facts, facts
    assert ("MiG-27M", "made_in_country", "India") not in facts, facts


def test_what_a_word_of_selling_takes_right_after_it_went(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "China, which had received the T-55 from the USSR, later exported its Type 69 to "
                                     "Iraq.", "en")
    assert ("Type 69 tank", "exported_to", "Iraq") in facts, facts
    assert ("T-55", "exported_to", "Iraq") not in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    # the name of a state CLDR does not list is a name, not an adjective, in the language files that list it
    ("De USSR verleende Tsjechoslowakije een licentie op de BMP-1.", "nl"),
    ("Cekoslowakia membuat BMP-1 dengan lisensi Soviet.", "id"),
    ("أنتجت تشيكوسلوفاكيا BMP-1 بترخيص سوفيتي.", "ar"),
])
def test_a_historical_states_name_takes_the_licence(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert ("BMP-1", "licensed_by", "Soviet Union") in facts, facts
    assert ("BMP-1", "licensed_by", "Czechoslovakia") not in facts, facts


def test_an_adjective_of_a_historical_state_stays_an_adjective(full_extractor: Extractor) -> None:
    document = full_extractor.extract_text("The Yugoslavian army bought the BMP-1.", "t.txt", "en")
    assert not any(f.relation == "made_in_country" and f.object == "Yugoslavia" for f in document), document
    language = lexicon.language("en")
    text = "The Yugoslavian M-84."
    folded = match_fold(text)
    built = build(text, 0, language.matcher.find(text, folded, 0), full_extractor.names, folded, language)
    assert [m.adjective for m in built.mentions if m.kind == "country"] == [True]


@pytest.mark.parametrize(("text", "lang"), [
    # "and" with the word before the first country said again is one list
    ("Т-55 производился в Чехословакии и в Польше.", "ru"),
    ("T-55 produkowano w Czechosłowacji i w Polsce.", "pl"),
    ("T-55 se vyráběl v Československu a v Polsku.", "cs"),
    ("Der T-55 wurde in der Tschechoslowakei und in Polen gebaut.", "de"),
])
def test_a_list_of_places_with_its_word_of_place_repeated_places_each(full_extractor: Extractor, text: str,
                                                                       lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert {("T-55", "made_in_country", "Czechoslovakia"), ("T-55", "made_in_country", "Poland")} <= facts, facts


def test_a_licence_in_a_list_of_places_with_its_word_repeated_is_each_places(full_extractor: Extractor) -> None:
    facts = all_facts(full_extractor, "The T-55 was built under licence in Poland and in Czechoslovakia.", "en")
    assert {f.scope for f in facts if f.relation == "licence_status"} == {"Poland", "Czechoslovakia"}, facts


def test_a_list_of_names_in_brackets_pairs_off_with_the_list_of_countries(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Poland and Romania started building it (the Tu-104 and the Tu-124).", "en")
    assert {("Tu-104", "made_in_country", "Poland"), ("Tu-124", "made_in_country", "Romania")} <= facts, facts
    assert not {("Tu-104", "made_in_country", "Romania"), ("Tu-124", "made_in_country", "Poland")} & facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    # the making is denied: no licence, and no making without one
    ("La Pologne n'a jamais produit le T-62 sous licence.", "fr"),
    ("Polonia nunca fabricó el T-62 bajo licencia.", "es"),
    ("Poland did not produce the T-62 under licence.", "en"),
])
def test_a_denied_making_under_licence_says_nothing_of_a_licence(full_extractor: Extractor, text: str,
                                                                 lang: str) -> None:
    assert not any(rel.startswith("licen") or rel == "made_in_country"
                   for _, rel, _ in facts_of(full_extractor, text, lang))


def test_a_making_under_no_licence_is_unlicensed(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Poland built the T-62, but not under licence.", "en")
    assert ("T-62", "licence_status", "unlicensed") in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    # the buyers a passive's word of the agent names, each of the list
    ("The T-62 was bought by Egypt and Syria.", "en"),
    ("Le T-62 a été acheté par l'Égypte et la Syrie.", "fr"),
    ("El T-62 fue comprado por Egipto y Siria.", "es"),
    ("T-62 został zakupiony przez Egipt i Syrię.", "pl"),
])
def test_the_buyers_of_a_passive_each_received_it(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert {("T-62", "exported_to", "Egypt"), ("T-62", "exported_to", "Syria")} <= facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    # "known also as": a word for "also" between the adjective and "as"
    ("Il-14, известный также как «Крейт», имел два двигателя.", "ru"),
    ("Il-14, známý též jako Crate, měl dva motory.", "cs"),
    ("Il-14, známy aj ako Crate, mal dva motory.", "sk"),
    # quotation marks that open with »
    ("Il-14, znan tudi kot »Crate«, je imel dva motorja.", "sl"),
])
def test_another_name_after_known_also_as(full_extractor: Extractor, text: str, lang: str) -> None:
    assert any(rel == "alias_of" for _, rel, _ in facts_of(full_extractor, text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Bland köparna av T-62 fanns Egypten, Syrien och Irak.", "sv"),
    ("Blandt køberne af T-62 var Egypten, Syrien og Irak.", "da"),
    ("Tra gli acquirenti del T-62 figurano Egitto, Siria e Iraq.", "it"),
    ("Printre cumpărătorii lui T-62 se numără Egipt, Siria și Irak.", "ro"),
])
def test_the_buyers_a_design_is_said_to_have_received_it(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert {("T-62", "exported_to", c) for c in ("Egypt", "Syria", "Iraq")} <= facts, facts


def test_a_bulgarian_grant_in_the_present_gives_the_licence(full_extractor: Extractor) -> None:
    facts = all_facts(full_extractor, "Съветският съюз предоставя лиценз за производство на Ан-24 на Китай.", "bg")
    assert any(f.relation == "licensed_by" and f.object == "Soviet Union" and f.scope == "China" for f in facts), facts


def test_a_country_adjective_past_a_comma_makes_no_copy(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "China, one of the biggest buyers of Soviet arms, copied the T-62.", "en")
    assert not any(rel == "made_in_country" and obj == "Soviet Union" for _, rel, obj in facts), facts


@pytest.mark.parametrize(("text", "lang"), [
    # a mark of the recipient before the list's first name or after its last is every member's
    ("苏联向埃及和叙利亚出口了T-62。", "zh"),
    ("T-62 Mısır ile Suriye'ye ihraç edildi.", "tr"),   # ("ile": "with" and "and" alike)
])
def test_a_list_of_recipients_marked_once_each_received_it(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert {("T-62", "exported_to", "Egypt"), ("T-62", "exported_to", "Syria")} <= facts, facts
    assert ("T-62", "exported_to", "Soviet Union") not in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("El Y-7 fue producido por la empresa Xi'an Aircraft.", "es"),
    ("The Y-7 was built by Xi'an Aircraft Company.", "en"),
])
def test_an_apostrophe_between_syllables_is_part_of_a_makers_name(full_extractor: Extractor, text: str,
                                                                   lang: str) -> None:
    assert any(rel == "manufactured_by" and obj.startswith("Xi'an Aircraft")
               for _, rel, obj in facts_of(full_extractor, text, lang))


@pytest.mark.parametrize(("text", "lang", "licensor", "licensee"), [
    ("Liên Xô đã cấp phép cho Ba Lan sản xuất T-55.", "vi", "Soviet Union", None),   # granted to Poland
    ("Tiệp Khắc được cấp phép sản xuất T-55.", "vi", None, "Czechoslovakia"),   # was granted: the receiver
])
def test_who_grants_and_who_is_granted_in_vietnamese(full_extractor: Extractor, text: str, lang: str,
                                                     licensor: str | None, licensee: str | None) -> None:
    facts = facts_of(full_extractor, text, lang)
    givers = {obj for _, rel, obj in facts if rel == "licensed_by"}
    assert givers == ({licensor} if licensor else set()), facts
    if licensee:
        assert ("T-55", "made_in_country", licensee) in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("An-24는 중국에서 Y-7이라는 이름으로 면허생산되었다.", "ko"),   # (in China)
    ("An-24 được Trung Quốc sản xuất theo giấy phép với tên gọi Y-7.", "vi"),   # (made by China under licence)
])
def test_the_country_that_makes_a_licensed_copy_is_no_licensor(full_extractor: Extractor, text: str,
                                                               lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert ("Xian Y-7", "made_in_country", "China") in facts or ("Y-7", "made_in_country", "China") in facts, facts
    assert not any(rel == "licensed_by" and obj == "China" for _, rel, obj in facts), facts


def test_a_word_of_destination_belongs_to_the_name_after_it(full_extractor: Extractor) -> None:
    # (Indonesian: the T-62 was exported by the USSR to Egypt, Syria and Iraq; the agent without "oleh")
    facts = facts_of(full_extractor, "T-62 diekspor Uni Soviet ke Mesir, Suriah, dan Irak.", "id")
    assert {("T-62", "exported_to", c) for c in ("Egypt", "Syria", "Iraq")} <= facts, facts
    assert ("T-62", "exported_to", "Soviet Union") not in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    # the doer of a passive that hands the licence over, and a doer named after its verb
    ("Лицензия на Ан-24 была передана Китаю Советским Союзом.", "ru"),
    ("Licencja na An-24 została przekazana Chinom przez Związek Radziecki.", "pl"),
    ("The licence for the An-24 was handed to China by the Soviet Union.", "en"),
    ("Licenci na výrobu An-24 poskytl Sovětský svaz Číně v roce 1966.", "cs"),
    ("Лицензию на Ан-24 передал Китаю Советский Союз.", "ru"),
])
def test_who_handed_a_licence_over_to_whom(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = all_facts(full_extractor, text, lang)
    assert {(f.relation, f.object, f.scope) for f in facts if f.relation.startswith("licen")} == {
        ("licensed_by", "Soviet Union", "China"), ("licence_status", "licensed", "China")}, facts


@pytest.mark.parametrize(("text", "lang"), [
    # a sentence opening with a word of "from" and a design: the design after it was derived from it
    ("Du Tu-104 fut dérivé le Tu-124.", "fr"),
    ("Dal Tu-104 fu derivato il Tu-124.", "it"),
    ("Din Tu-104 a fost derivat Tu-124.", "ro"),
    ("Z Tu-104 byl odvozen Tu-124.", "cs"),
    ("Z Tu-104 wywodzi się Tu-124.", "pl"),
])
def test_a_design_derived_from_the_one_a_sentence_opens_with(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert ("Tu-124", "derived_from", "Tu-104") in facts, facts
    assert ("Tu-104", "derived_from", "Tu-124") not in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    # a place and a maker between the making and the name; the verb after the name where it ends the clause
    ("L'An-24 fut produit en Chine par l'usine de Xi'an sous le nom de Y-7.", "fr"),
    ("Die An-24 wurde in China unter der Bezeichnung Y-7 gebaut.", "de"),
])
def test_the_name_a_making_gives_is_a_copy_of_the_design(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert any(rel == "derived_from" and obj == "An-24" and "Y-7" in subject for subject, rel, obj in facts), facts
    assert not any(rel == "alias_of" for _, rel, _ in facts), facts


def test_the_owner_inside_a_phrase_of_getting_a_licence_gave_it(full_extractor: Extractor) -> None:
    facts = all_facts(full_extractor, "中国获得苏联许可，生产伊尔-14。", "zh")
    read = {(f.relation, f.object, f.scope) for f in facts}
    assert {("licensed_by", "Soviet Union", "China"), ("made_in_country", "China", None)} <= read, facts
    assert not any(f.relation == "exported_to" or (f.relation == "made_in_country" and f.object == "Soviet Union")
                   for f in facts), facts


def test_a_country_a_licence_came_from_makes_nothing(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "폴란드는 소련으로부터 면허를 받아 T-55를 생산했다.", "ko")
    assert ("T-55", "made_in_country", "Soviet Union") not in facts, facts
    assert ("T-55", "licensed_by", "Soviet Union") in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    # "known (in a country) as": the place inside the phrase
    ("Το BMP-1 ήταν γνωστό στην Τσεχοσλοβακία ως BVP-1.", "el"),
    ("BMP-1 buvo žinomas Čekoslovakijoje kaip BVP-1.", "lt"),
    ("BMP-1 dikenali di Czechoslovakia sebagai BVP-1.", "ms"),
    ("BMP-1 njihej në Çekosllovaki si BVP-1.", "sq"),
    ("El BMP-1 era conegut a Txecoslovàquia com a BVP-1.", "ca"),
])
def test_known_in_a_country_as_another_name(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert ("BMP-1", "alias_of", "BVP-1") in facts or ("BVP-1", "alias_of", "BMP-1") in facts, facts


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Τα άρματα T-62 εξάγονταν στην Αίγυπτο.", "el", ("T-62", "exported_to", "Egypt")),
    ("J-6 เป็นสำเนาของ MiG-19", "th", ("Shenyang J-6", "derived_from", "MiG-19")),
    ("จีนผลิต J-6 ภายใต้ใบอนุญาตของโซเวียต", "th", ("Shenyang J-6", "licensed_by", "Soviet Union")),
])
def test_words_of_smaller_languages(full_extractor: Extractor, text: str, lang: str,
                                    fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(full_extractor, text, lang)


def test_a_word_of_the_language_is_no_country_read_with_an_ending(full_extractor: Extractor) -> None:
    # (Belarusian "Самалёты", aircraft, begins like "Самалі", Somalia)
    facts = facts_of(full_extractor, "Самалёты Іл-14 выраблялі таксама ва Усходняй Германіі.", "be")
    assert not any(obj == "Somalia" for _, _, obj in facts), facts


@pytest.mark.parametrize(("text", "copy", "original", "country"), [
    # a copy word set off after a name: that name is the copy of the product spoken of before
    ("The BMP-1 entered service in 1966. The BVP-1, a Czechoslovak copy, was exported to India.", "BVP-1", "BMP-1",
     "India"),
    ("The An-24 was exported to Cuba. The Y-7, its Chinese copy, was exported to Laos.", "Y-7", "An-24", "Laos"),
])
def test_a_copy_named_in_an_aside_takes_its_sentences_facts(full_extractor: Extractor, text: str, copy: str,
                                                             original: str, country: str) -> None:
    facts = facts_of(full_extractor, text, "en")
    named = {s for s, rel, obj in facts if rel == "derived_from" and obj == original}
    assert named and all(copy in n for n in named), facts
    assert any(rel == "exported_to" and obj == country and copy in s for s, rel, obj in facts), facts
    assert (original, "exported_to", country) not in facts, facts


def test_a_name_set_off_after_a_copy_word_is_the_copy(full_extractor: Extractor) -> None:
    facts = all_facts(full_extractor, "The MiG-19 entered service in 1955. China built an unlicensed copy, the J-6, "
                                      "from 1958.", "en")
    read = {(f.subject, f.relation, f.object) for f in facts}
    assert {("Shenyang J-6", "derived_from", "MiG-19"), ("Shenyang J-6", "made_in_country", "China")} <= read, facts
    assert ("MiG-19", "made_in_country", "China") not in read, facts


@pytest.mark.parametrize(("text", "fact", "not_fact"), [
    # a clause set off right after a name says more of that name
    ("The J-6 is a copy of the MiG-19, which was exported to Cuba.", ("MiG-19", "exported_to", "Cuba"),
     ("Shenyang J-6", "exported_to", "Cuba")),
    # and past a clause set off after the sentence's first name, the verb is that name's
    ("The MiG-19, which China copied as the J-6, was exported to Cuba.", ("MiG-19", "exported_to", "Cuba"),
     ("Shenyang J-6", "exported_to", "Cuba")),
])
def test_a_relative_clause_speaks_of_its_own_name(full_extractor: Extractor, text: str, fact: tuple[str, str, str],
                                                  not_fact: tuple[str, str, str]) -> None:
    facts = facts_of(full_extractor, text, "en")
    assert fact in facts and not_fact not in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    # pairs of a country and a name, the verb left out of all but the first, pair off
    ("China made the Type 56, Romania the PM md. 63 and Hungary the AMD-65.", "en"),
    ("China baute den Type 56, Rumänien den PM md. 63 und Ungarn die AMD-65.", "de"),
])
def test_pairs_with_the_verb_left_out_pair_off(full_extractor: Extractor, text: str, lang: str) -> None:
    made = {(s, o) for s, r, o in facts_of(full_extractor, text, lang) if r == "made_in_country"}
    assert made == {("Type 56", "China"), ("PM md. 63", "Romania"), ("AMD-65", "Hungary")}, made


def test_exports_with_the_verb_left_out_pair_off(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "The Type 59 was exported to Pakistan and the Type 69 to Iraq.", "en")
    went = {(s, o) for s, r, o in facts if r == "exported_to"}
    assert went == {("Type 59 tank", "Pakistan"), ("Type 69 tank", "Iraq")}, went


@pytest.mark.parametrize(("text", "lang", "country"), [
    # a country's adjective on a word that is licence and making in one, or on a licence word before a copy word,
    # names who made it under the licence
    ("Der BVP-1 war eine tschechoslowakische Lizenzfertigung des BMP-1.", "de", "Czechoslovakia"),
    ("Тип 59 — китайская лицензионная копия Т-54.", "ru", "China"),
])
def test_the_adjective_on_a_licensed_making_is_the_makers(full_extractor: Extractor, text: str, lang: str,
                                                          country: str) -> None:
    facts = all_facts(full_extractor, text, lang)
    assert not any(f.relation == "licensed_by" and f.object == country for f in facts), facts
    assert any(f.relation == "licence_status" and f.scope == country for f in facts), facts


def test_a_pair_read_as_the_first_quotes_its_own_words(full_extractor: Extractor) -> None:
    text = "China made the Type 56, Romania the PM md. 63 and Hungary the AMD-65."
    facts = full_extractor.extract_text(text, "t.txt", "en")
    quote = next(f.quote for f in facts if f.subject == "AMD-65")
    assert "Hungary the AMD-65" in quote and "made" in quote and quote in text


@pytest.mark.parametrize("text", [
    "המיג-19 יוצר בסין.",   # (the article glued to the name)
    "במיג-19 שיוצר בסין השתמשו רבים.",   # (a one-letter preposition glued to it)
])
def test_a_hebrew_designation_with_a_glued_article_or_preposition(full_extractor: Extractor, text: str) -> None:
    language = lexicon.language("he")
    folded = match_fold(text)
    built = build(text, 0, language.matcher.find(text, folded, 0), full_extractor.names, folded, language)
    assert any(m.kind == "product" and m.value == "MiG-19" for m in built.mentions), built.mentions


@pytest.mark.parametrize(("text", "lang"), [
    ("Unlike the AKM, adopted in 1959, the AK-74 fires a smaller round.", "en"),
    ("Anders als die AKM, eingeführt 1959, verschießt die AK-74 eine kleinere Patrone.", "de"),
])
def test_a_year_in_a_clause_set_off_after_a_name_is_that_names(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert_read(facts, ("AKM", "introduced_year", "1959"), ("AK-74", "introduced_year", "1959"))


def test_a_year_in_a_clause_after_an_original_stays_with_its_copy(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Type 56, a copy of the AKM, made from 1956, was exported widely.", "en")
    assert_read(facts, ("Type 56", "introduced_year", "1956"), ("AKM", "introduced_year", "1956"))


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("The Type 56 is a Chinese copy of the AK-47. Users included Vietnam. The rifle was also exported to Iran.",
     "en", ("Type 56", "exported_to", "Iran")),
    ("De MiG-21 is een Sovjet-straaljager. Het toestel werd naar Egypte uitgevoerd.", "nl",
     ("MiG-21", "exported_to", "Egypt")),
])
def test_the_first_word_of_a_sentence_after_a_country_is_no_name(extractor: Extractor, text: str, lang: str,
                                                                 fact: tuple[str, str, str]) -> None:
    facts = facts_of(extractor, text, lang)
    assert fact in facts
    assert not any(p in {"The", "Het"} for p, _, _ in facts), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("J-7 bol postavený na základe sovietskeho MiG-21.", "sk"),
    ("J-7 побудований на базі радянського МіГ-21.", "uk"),
    ("Az AMD-65-öt a szovjet AKM alapján fejlesztették ki.", "hu"),
])
def test_an_adjective_on_the_original_of_a_basis_is_no_place_of_the_copy(extractor: Extractor, text: str,
                                                                         lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert any(r == "derived_from" for _, r, _ in facts), facts
    assert "Soviet Union" not in objects(facts, "made_in_country"), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Il J-11B è stato costruito senza il permesso della Russia.", "it"),
    ("Le J-11B a été construit sans l'autorisation de la Russie.", "fr"),
    ("China fabricó el J-11B sin el permiso de Rusia.", "es"),
    ("Kina je J-11B proizvodila bez odobrenja Rusije.", "hr"),
])
def test_whose_permission_was_not_given_is_no_place_of_making(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("J-11B", "licence_status", "unlicensed") in facts
    assert "Russia" not in objects(facts, "made_in_country"), facts


@pytest.mark.parametrize(("text", "lang", "subject"), [
    ("Unlike the AK-74, the Type 56 was exported to Vietnam.", "en", "Type 56"),
    ("Im Gegensatz zur AKM wurde das Typ 56 nach Vietnam exportiert.", "de", "Type 56"),
    ("Contrairement à l'AKM, le Type 56 a été exporté au Vietnam.", "fr", "Type 56"),
    ("В отличие от АКМ, Тип 56 экспортировался во Вьетнам.", "ru", "Type 56"),
    ("W odróżnieniu od AKM, Typ 56 eksportowano do Wietnamu.", "pl", "Type 56"),
    ("AKM'den farklı olarak Tip 56 Vietnam'a ihraç edildi.", "tr", "Type 56"),
    ("Az AKM-mel ellentétben a Type 56-ot Vietnamba exportálták.", "hu", "Type 56"),
    ("AKMとは異なり、56式はベトナムに輸出された。", "ja", "Type 56"),
    ("The Type 56, unlike the AKM, was exported to Vietnam.", "en", "Type 56"),
])
def test_what_the_subject_is_set_against_takes_none_of_its_facts(extractor: Extractor, text: str, lang: str,
                                                                  subject: str) -> None:
    facts = facts_of(extractor, text, lang)
    exports = {(p, o) for p, r, o in facts if r == "exported_to"}
    assert exports == {(subject, "Vietnam")}, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Le Type 59 a été exporté au Pakistan, en Irak et en Albanie.", "fr"),
    ("Il Type 59 fu esportato in Pakistan, in Iraq e in Albania.", "it"),
])
def test_a_list_of_buyers_with_its_word_of_place_varied_sends_to_each(extractor: Extractor, text: str,
                                                                      lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert set(objects(facts, "exported_to")) == {"Pakistan", "Iraq", "Albania"}, facts


def test_a_word_of_place_an_export_word_governs_sends_there(extractor: Extractor) -> None:
    text = "Il Type 59 è un carro armato cinese. La Norinco lo esportò poi in Pakistan, Iraq e Albania."
    facts = facts_of(extractor, text, "it")
    assert set(objects(facts, "exported_to")) == {"Pakistan", "Iraq", "Albania"}, facts
    made = facts_of(extractor, "Norinco exported rifles produced in China to Pakistan.", "en")
    assert "China" not in objects(made, "exported_to"), made


@pytest.mark.parametrize(("text", "lang", "copy", "original", "year"), [
    ("The Type 59 is a Chinese copy of the T-54A that entered service in 1959.", "en", "Type 59", "T-54A", "1959"),
    ("Le Type 56 est une copie chinoise de l'AK-47 adoptée en 1956.", "fr", "Type 56", "AK-47", "1956"),
    ("М-84 — югославская версия Т-72, которая была принята на вооружение в 1984 году.", "ru", "M-84", "T-72",
     "1984"),
])
def test_a_year_the_registry_gives_an_original_no_place_stays_with_the_copy(
        full_extractor: Extractor, text: str, lang: str, copy: str, original: str, year: str) -> None:
    facts = facts_of(full_extractor, text, lang)   # (the registry knows the originals' years)
    assert (original, "introduced_year", year) not in facts, facts
    assert any(r == "introduced_year" and o == year and p.startswith(copy) for p, r, o in facts), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The factory stopped making the T-64 in 1987.", "en"),
    ("T-64 przestano produkować w 1987 roku.", "pl"),
    ("Le T-64 a cessé d'être produit en 1987.", "fr"),
    ("Il T-64 smise di essere prodotto nel 1987.", "it"),
    ("Az AMD-65 gyártása 1980-ban fejeződött be.", "hu"),
    ("A T-55 gyártását 1979-ben fejezték be.", "hu"),
    ("T-72M1 gamyba buvo baigta 1990 metais.", "lt"),
    ("АКК престава да се произвежда през 1984 г.", "bg"),
    ("Т-64 перестали виробляти в 1987 році.", "uk"),
    ("Т-64 перестали выпускать в 1987 году.", "ru"),
])
def test_a_making_a_word_of_ending_governs_gives_no_year_of_introduction(extractor: Extractor, text: str,
                                                                          lang: str) -> None:
    assert not objects(facts_of(extractor, text, lang), "introduced_year")


@pytest.mark.parametrize(("text", "lang"), [
    ("Az AMD-65 gyártása 1965-ben kezdődött.", "hu"),
    ("The T-64 entered service in 1966 and production stopped in 1987.", "en"),
])
def test_a_start_beside_an_ending_keeps_its_year(extractor: Extractor, text: str, lang: str) -> None:
    years = objects(facts_of(extractor, text, lang), "introduced_year")
    assert years and "1987" not in years and "1980" not in years


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("Poľský tank PT-91 je modernizáciou T-72M1.", "sk", "Poland"),
    ("Poljski tenk PT-91 nastao je modernizacijom T-72M1.", "hr", "Poland"),
    ("Mađarski AMD-65 je kopija AKM.", "sr", "Hungary"),
    ("China fabricó el Tipo 56.", "es", "China"),
    ("Poljska je proizvodila T-72.", "hr", "Poland"),
])
def test_a_capital_that_opens_a_sentence_says_nothing_of_a_name(extractor: Extractor, text: str, lang: str,
                                                                country: str) -> None:
    assert country in objects(facts_of(extractor, text, lang), "made_in_country")


@pytest.mark.parametrize(("text", "lang"), [
    ("Neuvostoliitto myönsi Kiinalle lisenssin MiG-21:n valmistukseen.", "fi"),
    ("SSRS suteikė Kinijai licenciją gaminti MiG-21.", "lt"),
    ("Padomju Savienība piešķīra Ķīnai licenci MiG-21 ražošanai.", "lv"),
])
def test_the_receiver_of_a_granted_licence_by_its_case_is_no_licensor(extractor: Extractor, text: str,
                                                                      lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert objects(facts, "licensed_by") == ["Soviet Union"], facts
    assert "Soviet Union" not in objects(facts, "made_in_country"), facts


def test_a_ukrainian_dative_receives(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Радянський Союз продав Китаю ліцензію на АКМ.", "uk")
    assert ("AKM", "licensed_by", "Soviet Union") in facts
    assert "China" not in objects(facts, "licensed_by")


@pytest.mark.parametrize(("text", "lang", "subject"), [
    ("PM md. 63, cunoscut și sub numele de AIM, este o variantă a AKM.", "ro", "PM md. 63"),
    ("The PM md. 63, also known as the AIM, is a variant of the AKM.", "en", "PM md. 63"),
    ("Rk 62, även känd som Valmet M62, bygger på AK-47.", "sv", "Rk 62"),
])
def test_another_name_in_an_aside_leaves_the_sentence_to_the_first(full_extractor: Extractor, text: str, lang: str,
                                                                   subject: str) -> None:
    facts = all_facts(full_extractor, text, lang)
    derived = [f for f in facts if f.relation == "derived_from"]
    assert derived and all(f.subject_text == subject for f in derived), facts
    assert any(f.relation == "alias_of" for f in facts)


@pytest.mark.parametrize(("text", "lang", "maker_country"), [
    ("The T-72 was licence-built by the Polish firm Bumar-Łabędy.", "en", "Poland"),
    ("Die MiG-21 wurde in Lizenz vom indischen Hersteller HAL gebaut.", "de", "India"),
    ("Ан-2 выпускался по лицензии польским заводом PZL Mielec.", "ru", "Poland"),
])
def test_an_adjective_on_a_maker_is_no_licensor(full_extractor: Extractor, text: str, lang: str,
                                                maker_country: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert maker_country not in objects(facts, "licensed_by"), facts
    assert objects(facts, "manufactured_by"), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The Chinese-made J-7 crashed near Dhaka in 2018.", "en"),
    ("Çin yapımı J-7 2018'de düştü.", "tr"),
    ("中国制造的歼-7于2018年坠毁。", "zh"),
    ("J-7 buatan China jatuh pada tahun 2018.", "id"),
])
def test_a_making_that_describes_a_name_gives_no_year(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert "China" in objects(facts, "made_in_country"), facts
    assert not objects(facts, "introduced_year"), facts


def test_a_making_said_as_a_verb_keeps_its_year(extractor: Extractor) -> None:
    assert "1956" in objects(facts_of(extractor, "The Type 56 was made in China from 1956.", "en"), "introduced_year")
    assert "1956" in objects(facts_of(extractor, "China-made Type 56 rifles entered service in 1956.", "en"),
                             "introduced_year")


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("The AKM, designed by Mikhail Kalashnikov, was built by Izhmash.", "en", ("AKM", "manufactured_by", "Izhmash")),
    ("Type 56. Designer: Mikhail Kalashnikov. Manufacturer: Norinco.", "en", ("Type 56", "manufactured_by", "Norinco")),
    ("Die AKM wurde von Michail Kalaschnikow entworfen und ab 1959 gebaut.", "de", ("AKM", "introduced_year", "1959")),
])
def test_a_family_name_a_word_of_design_governs_is_the_designer(extractor: Extractor, text: str, lang: str,
                                                                fact: tuple[str, str, str]) -> None:
    facts = facts_of(extractor, text, lang)
    assert fact in facts
    assert not any(p in {"AK", "Kalashnikov"} for p, _, _ in facts), facts
    assert ("AK", "exported_to", "Vietnam") in facts_of(extractor, "The Kalashnikov was exported to Vietnam.", "en")


def test_a_copy_denied_makes_no_copy(extractor: Extractor) -> None:
    assert not facts_of(extractor, "Hungary did not copy the AKM.", "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("Trung Quốc đã sao chép MiG-21 để tạo ra J-7.", "vi"),
    ("中国仿制了米格-21，即歼-7。", "zh"),
    ("China copied the MiG-21, i.e. the J-7.", "en"),
])
def test_the_name_a_copying_goes_on_to_is_the_copy(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = all_facts(full_extractor, text, lang)
    derived = {(f.subject, f.object) for f in facts if f.relation == "derived_from"}
    assert derived == {("Chengdu J-7", "MiG-21")}, facts


@pytest.mark.parametrize("text", [
    "歼-6是中国制造的战斗机。1958年，苏联同意向中国转让米格-19的生产许可证。该机于1964年定型，并出口到巴基斯坦。",
    "The J-6 is a Chinese fighter. In 1958 the Soviet Union agreed to give China a licence for the MiG-19. "
    "The aircraft entered service in 1964 and was exported to Pakistan.",
])
def test_the_original_of_the_topic_is_no_antecedent(full_extractor: Extractor, text: str) -> None:
    facts = facts_of(full_extractor, text)
    assert ("Shenyang J-6", "exported_to", "Pakistan") in facts, facts
    assert ("MiG-19", "exported_to", "Pakistan") not in facts, facts


@pytest.mark.parametrize(("text", "lang", "copy", "year"), [
    ("The Type 86 is a copy of the D-30 and was adopted in 1986.", "en", "Type 86", "1986"),
    ("Le Type 86 est une copie du D-30 et a été adopté en 1986.", "fr", "Type 86", "1986"),
    ("Китайский ЗРК HQ-2 был создан на основе советского С-75 «Двина» и принят на вооружение в 1967 году.", "ru",
     "HQ-2", "1967"),
])
def test_a_year_a_word_for_and_carries_on_is_the_subjects(full_extractor: Extractor, text: str, lang: str,
                                                          copy: str, year: str) -> None:
    facts = all_facts(full_extractor, text, lang)
    years = [(f.subject_text, f.object) for f in facts if f.relation == "introduced_year"]
    assert len(years) == 1 and copy in years[0][0] and years[0][1] == year, facts


@pytest.mark.parametrize(("text", "lang", "made"), [
    ("Syrian MiG-23 fighters were shot down over Lebanon.", "en", None),
    ("Egyptian MiG-21 pilots trained in the Soviet Union.", "en", None),
    ("The Chinese Type 56 is a common rifle.", "en", "China"),
    ("Polish T-72 tanks were modernised.", "en", "Poland"),
])
def test_a_users_adjective_on_a_design_made_elsewhere_is_no_place_of_making(full_extractor: Extractor, text: str,
                                                                           lang: str, made: str | None) -> None:
    assert objects(facts_of(full_extractor, text, lang), "made_in_country") == ([made] if made else [])


@pytest.mark.parametrize(("text", "lang"), [
    ("Indonesia cancelled the purchase of the Su-35 in 2021.", "en"),
    ("The UN embargo banned the sale of T-72 tanks to Libya.", "en"),
    ("Sanctions prohibit the export of the S-400 to Turkey.", "en"),
    ("Indonesien verzichtete auf den Kauf der Su-35.", "de"),
    ("Индонезия отказалась от покупки Су-35.", "ru"),
    ("Indonezja zrezygnowała z zakupu Su-35.", "pl"),
    ("Indonesia canceló la compra del Su-35.", "es"),
])
def test_a_sale_cancelled_or_banned_sends_nothing(full_extractor: Extractor, text: str, lang: str) -> None:
    assert not objects(facts_of(full_extractor, text, lang), "exported_to")


@pytest.mark.parametrize(("text", "lang", "fact", "absent"), [
    ("The Polish PT-91, a competitor of the Czech T-72M4 CZ, was exported to Malaysia.", "en",
     ("PT-91 Twardy", "exported_to", "Malaysia"), ("T-72M4 CZ", "exported_to", "Malaysia")),
    ("The SKS, a rival of the AK-47, was adopted in 1949.", "en", ("SKS", "introduced_year", "1949"),
     ("AK-47", "introduced_year", "1949")),
    ("СКС, конкурент АК-47, был принят на вооружение в 1949 году.", "ru", ("SKS", "introduced_year", "1949"),
     ("AK-47", "introduced_year", "1949")),
])
def test_a_rival_named_in_an_aside_takes_none_of_the_facts(full_extractor: Extractor, text: str, lang: str,
                                                           fact: tuple[str, str, str],
                                                           absent: tuple[str, str, str]) -> None:
    assert_read(facts_of(full_extractor, text, lang), fact, absent)


def test_a_rival_is_no_original_of_a_copy(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "The M16, a rival of the AK-47, was copied by China as the CQ.", "en")
    assert ("M16", "derived_from", "AK-47") not in facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The T-55 was licensed, but the Type 59 was produced without a licence.", "en"),
    ("Die T-55 wurde in Lizenz gebaut, aber der Typ 59 wurde ohne Lizenz hergestellt.", "de"),
])
def test_clauses_set_against_each_other_keep_their_own_licence(full_extractor: Extractor, text: str,
                                                               lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert ("T-55", "licence_status", "licensed") in facts, facts
    assert ("Type 59 tank", "licence_status", "unlicensed") in facts or (
        "Type 59", "licence_status", "unlicensed") in facts, facts
    assert ("T-55", "licence_status", "unlicensed") not in facts


def test_a_name_set_against_another_name_of_it_stays_one_sentence(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, 'It is officially called "Type-56", but it is commonly called AK-56.', "en")
    assert any(r == "alias_of" for _, r, _ in facts), facts


@pytest.mark.parametrize(("text", "lang", "year"), [
    ("Zastava made 5,000 M70 rifles in 2015.", "en", None),
    ("In 2020 the factory produced 300 AK-103 rifles.", "en", None),
    ("Завод выпустил 5000 АК-74 в 2015 году.", "ru", None),
    ("Poland produced 7,000 T-55 tanks from 1964.", "en", "1964"),
    ("From 1952 to 1956 the factory produced 1,355 T-34-85 tanks.", "en", "1952"),
])
def test_a_count_made_in_a_year_is_no_introduction(full_extractor: Extractor, text: str, lang: str,
                                                   year: str | None) -> None:
    assert objects(facts_of(full_extractor, text, lang), "introduced_year") == ([year] if year else [])


def test_what_was_captured_from_a_country_was_not_made_there(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Israel captured hundreds of T-55 tanks from Egypt in 1967.", "en")
    assert not objects(facts, "made_in_country")
    assert objects(facts_of(full_extractor, "The 2,400 J-7s from China were cheap.", "en"), "made_in_country") \
        == ["China"]


def test_countries_joined_into_the_name_of_a_war_receive_nothing(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Chinese Type 69 tanks were sold to Iraq during the Iran–Iraq War.", "en")
    assert objects(facts, "exported_to") == ["Iraq"]


def test_known_somewhere_as_names_another_name(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Тип 63, известный на Западе как YW531, принят на вооружение в 1964 году.", "ru")
    assert any(r == "alias_of" and o == "YW531" for _, r, o in facts), facts
    assert not any(p == "YW531" and r == "introduced_year" for p, r, _ in facts), facts


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("China built the Type 56 and the Type 63. The former is a copy of the AK-47 and the latter is a copy of the SKS.",
     "en", {("Type 56", "AK-47"), ("Type 63", "SKS")}),
    ("The Type 56 is a copy of the AK-47 and the Type 63 is a copy of the SKS.", "en",
     {("Type 56", "AK-47"), ("Type 63", "SKS")}),
    ("Der Typ 56 ist eine Kopie der AK-47 und der Typ 63 ist eine Kopie des SKS.", "de",
     {("Type 56", "AK-47"), ("Type 63", "SKS")}),
])
def test_coordinated_clauses_and_the_former_and_the_latter(full_extractor: Extractor, text: str, lang: str,
                                                           expected: set[tuple[str, str]]) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert {(p, o) for p, r, o in facts if r == "derived_from"} == expected, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("China baute die J-6 und die J-7. Letztere wurde nach Pakistan exportiert.", "de"),
    ("China fabricó el J-6 y el J-7. Este último fue exportado a Pakistán.", "es"),
])
def test_the_latter_is_the_last_name_given(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert {(p, o) for p, r, o in facts if r == "exported_to"} == {("Chengdu J-7", "Pakistan")}, facts


def test_the_former_is_the_first_of_the_two_names(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "China built the Type 56 and the Type 63. The former was exported to Albania.",
                     "en")
    assert {(p, o) for p, r, o in facts if r == "exported_to"} == {("Type 56", "Albania")}, facts


def test_the_latter_of_a_maker_points_at_no_product(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "The Type 59 was built by Factory 617 and Norinco. The latter was founded in "
                     "1980.", "en")
    assert not objects(facts, "introduced_year")


@pytest.mark.parametrize(("text", "lang"), [
    ("59식 전차는 1만 대가 생산되었고, 파키스탄과 알바니아에 수출되었다.", "ko"),
    ("59式戦車は約1万両が生産され、パキスタンやアルバニアに輸出された。", "ja"),
])
def test_a_list_whose_last_name_is_marked_as_receiver_receives_whole(full_extractor: Extractor, text: str,
                                                                      lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert set(objects(facts, "exported_to")) == {"Pakistan", "Albania"}
    assert not objects(facts, "made_in_country")


def test_a_country_glued_to_an_original_is_the_originals(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "86式榴弹炮仿制苏联D-30，由北方工业公司生产。", "zh")
    assert "Soviet Union" not in objects(facts, "made_in_country")
    assert any(r == "derived_from" and o == "D-30" for _, r, o in facts)


@pytest.mark.parametrize(("text", "lang"), [
    ("81式自动步枪不是AK-47的仿制品。", "zh"),
    ("81式自動歩槍はAK-47のコピーではない。", "ja"),
    ("81식 소총은 AK-47의 복제품이 아니다.", "ko"),
])
def test_a_copy_denied_in_east_asian_languages_derives_nothing(full_extractor: Extractor, text: str,
                                                               lang: str) -> None:
    assert not any(r == "derived_from" for _, r, _ in facts_of(full_extractor, text, lang))


def test_a_data_sheets_labels_of_use_and_origin(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Type 56\nNational origin: China\nIn service: 1956–present\n", "en")
    assert ("Type 56", "made_in_country", "China") in facts
    assert ("Type 56", "introduced_year", "1956") in facts
    # (a word of use in prose, with no label's colon, is no introduction)
    assert not objects(facts_of(full_extractor, "The Type 56 was in service in 1979 in Vietnam.", "en"),
                       "introduced_year")


@pytest.mark.parametrize(("text", "lang"), [
    ("The Type 59 is a Chinese copy of the T-54A. The Soviet tank was built by Uralvagonzavod.", "en"),
    ("Der Typ 59 ist eine chinesische Kopie des T-54A. Der sowjetische Panzer wurde von Uralwagonsawod gebaut.", "de"),
])
def test_a_countrys_kind_of_product_points_at_that_countrys_product(full_extractor: Extractor, text: str,
                                                                    lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert ("T-54A", "manufactured_by", "Uralvagonzavod") in facts, facts
    assert not any(p.startswith("Type 59") and o in {"Uralvagonzavod", "Soviet Union"} for p, _, o in facts), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Poland and Czechoslovakia built the T-72M1 and the T-72M respectively.", "en"),
    ("The T-72M1 and the T-72M were built in Poland and Czechoslovakia respectively.", "en"),
    ("Polen och Tjeckoslovakien byggde T-72M1 respektive T-72M.", "sv"),
])
def test_lists_paired_respectively(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert {(p, o) for p, r, o in facts if r == "made_in_country"} == {("T-72M1", "Poland"),
                                                                       ("T-72M", "Czechoslovakia")}, facts


@pytest.mark.parametrize(("text", "lang", "maker"), [
    ("Il LiM-2 fu costruito su licenza dalla WSK Mielec.", "it", "PZL Mielec"),
    ("Il T-72M1 fu prodotto su licenza da Bumar-Łabędy.", "it", "Bumar-Łabędy"),
    ("Der MiG-21FL wurde in Lizenz von HAL gebaut.", "de", "Hindustan Aeronautics Limited"),
])
def test_the_agent_of_a_making_under_licence_is_the_maker(full_extractor: Extractor, text: str, lang: str,
                                                          maker: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert maker in objects(facts, "manufactured_by"), facts
    assert maker not in objects(facts, "licensed_by"), facts
    licensor = facts_of(full_extractor, "Il Nakhjir 3 è fabbricato su licenza della Norinco.", "it")
    assert "Norinco" in objects(licensor, "licensed_by")


@pytest.mark.parametrize(("text", "copy", "original", "status"), [
    ("The Type 58 is an unlicensed AK-47.", "Type 58", "AK-47", "unlicensed"),
    ("Iraq's Tabuk is essentially a pirated AKM.", "Tabuk", "AKM", "unlicensed"),
    ("The Y-5 is a licence-built An-2.", "Nanchang Y-5", "An-2", "licensed"),
])
def test_what_a_copula_says_the_subject_is_under_a_word_of_licence(full_extractor: Extractor, text: str, copy: str,
                                                                   original: str, status: str) -> None:
    facts = facts_of(full_extractor, text, "en")
    assert (copy, "derived_from", original) in facts, facts
    assert (copy, "licence_status", status) in facts, facts
    assert not any(p == original and r == "licence_status" for p, r, _ in facts), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Т-72М1 е основата на полския PT-91.", "bg"),
    ("Т-72М1 став основою для польського PT-91.", "uk"),
])
def test_the_basis_of_another_countrys_design_is_not_made_there(full_extractor: Extractor, text: str,
                                                                lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert ("PT-91 Twardy", "derived_from", "T-72M1") in facts, facts
    assert ("T-72M1", "made_in_country", "Poland") not in facts, facts


def test_a_fields_label_set_apart_by_a_tab_is_no_part_of_the_makers_name(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Type 59\nManufacturer\tFactory 617\nMaker    State Factory 66\n", "en")
    assert set(objects(facts, "manufactured_by")) == {"Inner Mongolia First Machinery Group", "State Factory 66"}


@pytest.mark.parametrize(("text", "lang"), [
    ("The Il-28 was copied in China as the H-5.", "en"),
    ("Die Il-28 wurde in China als H-5 kopiert.", "de"),
    ("El Il-28 fue copiado en China como H-5.", "es"),
    ("Il-28 skopiowano w Chinach jako H-5.", "pl"),
])
def test_where_a_design_was_copied_as_a_name_that_name_was_made(full_extractor: Extractor, text: str,
                                                                lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert ("Harbin H-5", "derived_from", "Il-28") in facts, facts
    assert ("Harbin H-5", "made_in_country", "China") in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The MiG-21, known in China as the J-7, was built at Chengdu.", "en"),
    ("El MiG-21, conocido en China como J-7, se fabricó en Chengdu.", "es"),
    ("Il MiG-21, conosciuto in Cina come J-7, fu costruito a Chengdu.", "it"),
    ("Le MiG-21, connu en Chine comme J-7, fut construit à Chengdu.", "fr"),
    ("MiG-21, znany w Chinach jako J-7, był budowany w Chengdu.", "pl"),
    ("МиГ-21, известен в Китай като J-7, е строен в Чънду.", "bg"),
    ("Die MiG-21 ist in China als J-7 bekannt.", "de"),
    ("De MiG-21 is in China als J-7 bekend.", "nl"),
])
def test_a_place_between_known_and_as_still_gives_another_name(full_extractor: Extractor, text: str,
                                                                lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert any(p.startswith(("MiG-21", "МиГ-21")) and r == "alias_of" and o.endswith("J-7") for p, r, o in facts), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The Type 56, known in the West as the Chinese AK, was made by Norinco.", "en"),
    ("Il Type 56, conosciuto in Occidente come AK cinese, fu prodotto dalla Norinco.", "it"),
])
def test_a_name_known_as_a_countrys_version_of_a_family_is_that_version(extractor: Extractor, text: str,
                                                                        lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Type 56", "derived_from", "AK") in facts, facts
    assert ("Type 56", "made_in_country", "China") in facts, facts
    assert not any(r == "alias_of" for _, r, _ in facts), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("La Chine obtint le droit de produire le MiG-17 en tant que J-5.", "fr"),
    ("China obtuvo el derecho de fabricar el MiG-17 como J-5.", "es"),
    ("La Cina ottenne il diritto di produrre il MiG-17 come J-5.", "it"),
    ("A China obteve o direito de produzir o MiG-17 como J-5.", "pt"),
])
def test_a_right_to_produce_obtained_is_a_licence_not_a_purchase(full_extractor: Extractor, text: str,
                                                                 lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert ("Shenyang J-5", "made_in_country", "China") in facts, facts
    assert ("Shenyang J-5", "licence_status", "licensed") in facts, facts
    assert not any(r == "exported_to" for _, r, _ in facts), facts


@pytest.mark.parametrize(("text", "lang", "made", "elsewhere"), [
    ("The M-84, built in Yugoslavia, fought in Croatia.", "en", "Yugoslavia", "Croatia"),
    ("The T-55, built in Poland, saw action in Angola.", "en", "Poland", "Angola"),
    ("El M-84, fabricado en Yugoslavia, combatió en Croacia.", "es", "Yugoslavia", "Croatia"),
])
def test_a_making_set_off_by_commas_reaches_no_place_past_them(full_extractor: Extractor, text: str, lang: str,
                                                                made: str, elsewhere: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert made in objects(facts, "made_in_country"), facts
    assert elsewhere not in objects(facts, "made_in_country"), facts


def test_a_making_set_off_by_commas_reaches_no_importer_or_year_past_them(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Type 56 rifles, made by Norinco, were imported by Century Arms from 1995.", "en")
    assert objects(facts, "manufactured_by") == ["Norinco"], facts
    assert not objects(facts, "introduced_year"), facts
    # another word of making past the commas still reads its own
    facts = facts_of(extractor, "The Type 56, made under licence, was produced by Norinco from 1956.", "en")
    assert ("Type 56", "introduced_year", "1956") in facts, facts


@pytest.mark.parametrize(("text", "lang", "meant", "later", "buyer"), [
    ("The T-72M1 was built in Poland under a Soviet licence. It was exported to Iran. The PT-91 Twardy was later "
     "developed from it.", "en", "T-72M1", "PT-91 Twardy", "Iran"),
    ("Le T-55 est un char soviétique. Il fut exporté en Égypte. Plus tard, la Pologne développa le PT-91. Le PT-91 "
     "fut adopté en 1995.", "fr", "T-55", "PT-91 Twardy", "Egypt"),
])
def test_it_points_back_at_the_design_named_before_not_at_a_copy_named_later(full_extractor: Extractor, text: str,
                                                                              lang: str, meant: str, later: str,
                                                                              buyer: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert (meant, "exported_to", buyer) in facts, facts
    assert (later, "exported_to", buyer) not in facts, facts


def test_a_field_set_apart_by_blank_lines_is_read_like_one_in_a_block(extractor: Extractor) -> None:
    text = "Type 56 assault rifle\n\nManufacturer: Norinco\n\nPlace of origin: China\n\nWeight: 3 kg\n"
    facts = facts_of(extractor, text, "en")
    assert ("Type 56", "manufactured_by", "Norinco") in facts, facts
    assert ("Type 56", "made_in_country", "China") in facts, facts


@pytest.mark.parametrize("heading", ["Unlicensed copies", "Licensed production"])
def test_a_heading_that_names_nothing_says_nothing_of_the_topic(extractor: Extractor, heading: str) -> None:
    facts = facts_of(extractor, f"AKM\n{heading}\nSeveral countries built the rifle.\n", "en")
    assert not any(p == "AKM" and r == "licence_status" for p, r, _ in facts), facts


def test_list_lines_that_call_each_name_a_copy_are_copies_of_the_topic(full_extractor: Extractor) -> None:
    text = ("T-54\n\nThe T-54 is a Soviet main battle tank.\n\nForeign versions\n"
            "- Type 59: Chinese copy made by Factory 617 from 1958\n"
            "- Tiran 4 – Israeli copy\n"
            "- Type 69: Chinese variant\n")
    facts = facts_of(full_extractor, text, "en")
    assert {p for p, r, o in facts if r == "derived_from" and o == "T-54"} >= {"Type 59 tank", "Tiran 4"}, facts
    assert ("Type 59 tank", "manufactured_by", "Inner Mongolia First Machinery Group") in facts, facts
    assert ("Type 59 tank", "introduced_year", "1958") in facts, facts
    assert not any(p == "T-54" and r in {"derived_from", "introduced_year", "manufactured_by"}
                   for p, r, _ in facts), facts
    assert not any(r == "derived_from" and o in {"Type 59 tank", "Tiran 4"} for _, r, o in facts), facts


def test_a_copula_and_a_copy_word_alone_make_a_copy_of_the_design_spoken_of(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "The T-54 is a Soviet tank. The Type 59 is a Chinese copy. The Tiran 4 is an "
                                     "Israeli copy.", "en")
    assert ("Type 59 tank", "derived_from", "T-54") in facts, facts
    assert ("Tiran 4", "derived_from", "T-54") in facts, facts
    # a longer name of the product spoken of is its own version
    facts = facts_of(full_extractor, "The Type 56 is a copy of the AK-47. The Type 56-1 is a variant.", "en")
    assert ("Type 56-1", "derived_from", "Type 56") in facts, facts


@pytest.mark.parametrize(("text", "lang", "made", "licensor"), [
    ("Индийский танк Т-90С выпускается по российской лицензии.", "ru", "India", "Russia"),
    ("Die ostdeutsche MPi-KM wurde in sowjetischer Lizenz gebaut.", "de", "East Germany", "Soviet Union"),
    ("Polski czołg T-72M1 produkowano na radzieckiej licencji.", "pl", "Poland", "Soviet Union"),
    ("The East German MPi-KM was built under Soviet licence.", "en", "East Germany", "Soviet Union"),
])
def test_a_countrys_adjective_on_the_licence_is_the_licensor_where_the_design_is_not_its_own(
        full_extractor: Extractor, text: str, lang: str, made: str, licensor: str) -> None:
    facts = all_facts(full_extractor, text, lang)
    licensed_by = [(f.object, f.scope) for f in facts if f.relation == "licensed_by"]
    assert licensed_by == [(licensor, made)], facts
    assert [f.scope for f in facts if f.relation == "licence_status"] == [made], facts


def test_a_designs_own_country_before_it_makes_the_adjective_on_the_licence_the_licensees(
        full_extractor: Extractor) -> None:
    facts = all_facts(full_extractor, "The Soviet BMP-1, made under Czechoslovak licence, was called the BVP-1.", "en")
    assert {(f.object, f.scope) for f in facts if f.relation == "licensed_by"} == {("Soviet Union", "Czechoslovakia")}


@pytest.mark.parametrize(("text", "lang", "buyer", "enemy"), [
    ("The MiG-21 was delivered to Egypt in 1962 and fought against Israel.", "en", "Egypt", "Israel"),
    ("Die MiG-21 wurde 1962 an Ägypten geliefert und kämpfte gegen Israel.", "de", "Egypt", "Israel"),
    ("Тип 59 поставлялся в Пакистан, который использовал его против Индии.", "ru", "Pakistan", "India"),
    ("T-55 tankları Mısır'a satıldı ve İsrail'e karşı kullanıldı.", "tr", "Egypt", "Israel"),
])
def test_a_country_fought_against_is_no_buyer(full_extractor: Extractor, text: str, lang: str, buyer: str,
                                              enemy: str) -> None:
    buyers = objects(facts_of(full_extractor, text, lang), "exported_to")
    assert buyer in buyers and enemy not in buyers, buyers


@pytest.mark.parametrize(("text", "buyer", "seller"), [
    ("The MiG-21 was transferred from the Soviet Union to the Indian Air Force in 1963.", "India", "Soviet Union"),
    ("The T-55 was shipped from Poland to the Iraqi Army.", "Iraq", "Poland"),
])
def test_from_one_country_to_anothers_forces_goes_to_the_forces_country(full_extractor: Extractor, text: str,
                                                                        buyer: str, seller: str) -> None:
    assert objects(facts_of(full_extractor, text, "en"), "exported_to") == [buyer]


@pytest.mark.parametrize(("text", "lang"), [
    ("Norinco never manufactured the AK-74.", "en"),
    ("Zastava Arms did not produce the AK-74.", "en"),
    ("Norinco nunca fabricó el AK-74.", "es"),
])
def test_a_maker_a_negation_denies_is_no_maker(extractor: Extractor, text: str, lang: str) -> None:
    assert not objects(facts_of(extractor, text, lang), "manufactured_by")


@pytest.mark.parametrize(("text", "lang"), [
    ("Like the Polish PMK, the East German MPi-KM was built under Soviet licence.", "en"),
    ("Как и польский PMK, MPi-KM выпускался по советской лицензии.", "ru"),
    ("Comme le PMK polonais, le MPi-KM fut fabriqué sous licence soviétique.", "fr"),
])
def test_a_name_the_sentence_opens_by_likening_to_takes_none_of_its_facts(full_extractor: Extractor, text: str,
                                                                          lang: str) -> None:
    facts = all_facts(full_extractor, text, lang)
    assert ("MPi-KM", "Soviet Union") in {(f.subject, f.object) for f in facts if f.relation == "licensed_by"}, facts
    assert not any(f.subject == "PMK" and f.relation != "made_in_country" for f in facts), facts
    assert not any(f.scope == "Poland" for f in facts), facts


@pytest.mark.parametrize(("text", "lang", "copy", "original", "maker"), [
    ("Beryl jest polskim karabinkiem. Broń produkuje fabryka Łucznik, a wzorowano ją na AK-74.", "pl",
     "kbs wz. 96 Beryl",
     "AK-74", "Zakłady Metalowe „Łucznik”"),
    ("Тип 56 — китайский автомат. Оружие выпускала корпорация Norinco, а его конструкция повторяла АК-47.", "ru",
     "Type 56", "AK-47", "Norinco"),
])
def test_the_original_a_later_clause_names_takes_no_maker_of_the_product_spoken_of(
        full_extractor: Extractor, text: str, lang: str, copy: str, original: str, maker: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert (copy, "derived_from", original) in facts, facts
    assert (copy, "manufactured_by", maker) in facts, facts
    assert (original, "manufactured_by", maker) not in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Norinco made the Type 56, and Century Arms sold it.", "en"),
    ("The Type 56 was made by Norinco and imported by Century Arms.", "en"),
    ("The Type 56 made by Norinco was imported into the United States by Century Arms.", "en"),
    ("El Type 56 fue fabricado por Norinco e importado por Century Arms.", "es"),
])
def test_an_importer_or_seller_is_no_maker(extractor: Extractor, text: str, lang: str) -> None:
    assert objects(facts_of(extractor, text, lang), "manufactured_by") == ["Norinco"]


@pytest.mark.parametrize(("text", "lang"), [
    ("The J-6 is a copy of the MiG-19, and the J-7 a copy of the MiG-21.", "en"),
    ("J-6 — копия МиГ-19, J-7 — копия МиГ-21.", "ru"),
    ("The J-6 – a copy of the MiG-19, the J-7 – a copy of the MiG-21.", "en"),
])
def test_parallel_clauses_with_the_verb_left_out_keep_their_own_originals(full_extractor: Extractor, text: str,
                                                                          lang: str) -> None:
    derived = {(p, o) for p, r, o in facts_of(full_extractor, text, lang) if r == "derived_from"}
    assert derived == {("Shenyang J-6", "MiG-19"), ("Chengdu J-7", "MiG-21")}, derived


@pytest.mark.parametrize(("text", "lang", "first", "second"), [
    ("East Germany produced the MPi-K, while Hungary built the AMD-65.", "en",
     ("MPi-K", "East Germany"), ("AMD-65", "Hungary")),
    ("Der M-84 wurde in Jugoslawien gebaut, während Indien den T-72M1 als Ajeya fertigte.", "de",
     ("M-84", "Yugoslavia"), ("Ajeya", "India")),
    ("Øst-Tyskland produserte Karabiner-S, mens Albania laget kopien ASH-78.", "nb",
     ("Karabiner-S", "East Germany"), ("ASH-78", "Albania")),
])
def test_a_clause_set_against_the_one_before_keeps_its_own_country(full_extractor: Extractor, text: str, lang: str,
                                                                   first: tuple[str, str],
                                                                   second: tuple[str, str]) -> None:
    made = {(p, o) for p, r, o in facts_of(full_extractor, text, lang) if r == "made_in_country"}
    assert made == {first, second}, made


@pytest.mark.parametrize("text", [
    "Poland built the T-72 under licence, and Yugoslavia developed the M-84 from it.",
    "Poland built the T-72 under licence, and Yugoslavia later developed the M-84 from it.",   # (a word between)
])
def test_a_country_that_acts_after_and_opens_a_clause_of_its_own(full_extractor: Extractor, text: str) -> None:
    facts = facts_of(full_extractor, text, "en")
    assert ("T-72", "made_in_country", "Poland") in facts, facts
    assert not any(p == "M-84" and o == "Poland" for p, _, o in facts), facts
    assert ("T-72", "made_in_country", "Yugoslavia") not in facts, facts


@pytest.mark.parametrize(("text", "lang", "pairs"), [
    ("China copied the MiG-17 as the J-5 and the MiG-19 as the J-6.", "en",
     {("Shenyang J-5", "MiG-17"), ("Shenyang J-6", "MiG-19")}),
    ("Polska budowała na licencji MiG-15 jako Lim-1 i MiG-17 jako Lim-5.", "pl",
     {("PZL-Mielec Lim-1", "MiG-15"), ("PZL-Mielec Lim-5", "MiG-17")}),
])
def test_pairs_of_a_design_and_the_name_it_was_made_as_each_make_a_copy(full_extractor: Extractor, text: str,
                                                                        lang: str,
                                                                        pairs: set[tuple[str, str]]) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert {(p, o) for p, r, o in facts if r == "derived_from"} == pairs, facts
    assert not any(o in {"MiG-15", "MiG-17", "MiG-19"} and p.startswith("MiG") for p, r, o in facts), facts


@pytest.mark.parametrize("text", [
    "Iraqi T-72s crossed the border into Kuwait.",
    "North Korean T-34s crossed the 38th parallel in June 1950.",
])
def test_a_users_adjective_in_passing_is_no_place_of_making_even_where_later_designs_of_the_line_were_made_there(
        full_extractor: Extractor, text: str) -> None:
    assert not objects(facts_of(full_extractor, text, "en"), "made_in_country")


@pytest.mark.parametrize(("text", "lang", "copy", "original", "year"), [
    ("The M-84 is a Yugoslav tank. Derived from the T-72M, the tank entered service in 1984.", "en", "M-84",
     "T-72M", "1984"),
    ("Il M-84 nacque in Jugoslavia. Prodotto su licenza del T-72M, il carro entrò in servizio nel 1984.", "it",
     "M-84", "T-72M", "1984"),
    ("El Type 56 es un fusil chino. Diseñado a partir del AK-47, este fusil fue producido bajo licencia desde 1956.",
     "es", "Type 56", "AK-47", "1956"),
    ("The Type 56 is a Chinese rifle. Designed on the basis of the AK-47, this rifle was produced under licence "
     "from 1956.", "en", "Type 56", "AK-47", "1956"),
])
def test_a_fronted_phrase_of_derivation_leaves_the_sentence_to_the_product_spoken_of(
        full_extractor: Extractor, text: str, lang: str, copy: str, original: str, year: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert (copy, "derived_from", original) in facts, facts
    assert (copy, "introduced_year", year) in facts, facts
    assert not any(p == original for p, _, _ in facts), facts


@pytest.mark.parametrize(("text", "lang", "kept"), [
    ("Unlike Poland and Bulgaria, Czechoslovakia never bought a licence for the AK-47.", "en", "Czechoslovakia"),
    ("В отличие от Польши и Болгарии, Чехословакия так и не приобрела лицензию на АК.", "ru", "Czechoslovakia"),
    ("Unlike Poland, Romania built the MLI-84 without a licence.", "en", "Romania"),
])
def test_countries_a_word_of_contrast_names_say_nothing_of_the_subject(full_extractor: Extractor, text: str,
                                                                       lang: str, kept: str) -> None:
    facts = all_facts(full_extractor, text, lang)
    assert not any(f.object in {"Poland", "Bulgaria"} or f.scope in {"Poland", "Bulgaria"} for f in facts), facts
    assert {f.scope for f in facts if f.relation == "licence_status"} == {kept}, facts


@pytest.mark.parametrize("text", [
    "Unlike Poland and Bulgaria, Czechoslovakia never bought a licence for the AK-47.",
    "Neither Poland nor Czechoslovakia received a licence for the T-64.",
])
def test_a_licence_never_got_makes_nothing_there(full_extractor: Extractor, text: str) -> None:
    assert not objects(facts_of(full_extractor, text, "en"), "made_in_country")


def test_a_section_of_users_names_buyers_line_by_line(full_extractor: Extractor) -> None:
    text = ("Chengdu J-7\n\nThe J-7 is a Chinese fighter.\n\nOperators\n- Bangladesh – 16 F-7MB delivered in 1989\n"
            "- Zimbabwe: 12 F-7IIN\n- Albania\n- China: air force\n\nHistory\nIn 1990 Iran was mentioned.\n")
    facts = facts_of(full_extractor, text, "en")
    exported = {(p, o) for p, r, o in facts if r == "exported_to"}
    assert exported == {("F-7MB", "Bangladesh"), ("F-7IIN", "Zimbabwe"), ("Chengdu J-7", "Albania")}, facts


def test_a_section_of_users_in_russian_names_buyers_and_none_of_its_lines_heads_a_section(
        full_extractor: Extractor) -> None:
    text = ("Т-72\n\nТ-72 — советский основной танк.\n\nЭксплуатанты\n* Индия — 1900 Т-72М1\n* Ирак: 1000 единиц\n"
            "* Финляндия\n")
    exported = {(p, o) for p, r, o in facts_of(full_extractor, text, "ru") if r == "exported_to"}
    assert exported == {("T-72M1", "India"), ("T-72", "Iraq"), ("T-72", "Finland")}


def test_a_line_of_users_that_makes_the_design_is_read_as_a_making(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "AKM\n\nUsers\n- Egypt – licensed production as the Misr\n", "en")
    assert not objects(facts, "exported_to"), facts


def test_a_field_of_a_records_name_opens_a_record_about_that_name(full_extractor: Extractor) -> None:
    text = ("Designation: Type 56\nManufacturer: Norinco\n\n"
            "Designation: Type 54\nManufacturer: Factory 66\nBased on: TT-33\n")
    facts = facts_of(full_extractor, text, "en")
    assert ("Type 54 pistol", "manufactured_by", "State Factory 66") in facts, facts
    assert ("Type 54 pistol", "derived_from", "TT-33") in facts, facts
    assert not any(p == "Type 56" and o in {"State Factory 66", "TT-33", "Type 54 pistol"} for p, _, o in facts), facts
    assert not objects(facts, "alias_of"), facts


@pytest.mark.parametrize(("text", "lang", "subject", "meant", "denied"), [
    ("Die Z-8 ist ein Lizenzbau der Super Frelon, nicht der Mi-8.", "de", "Changhe Z-8", None, "Mi-8"),
    ("Тип 56 — копия АК-47, а не АКМ.", "ru", "Type 56", "AK-47", "AKM"),
    ("The Type 56, not the AK-47, was exported to Iraq.", "en", "Type 56", None, "AK-47"),
])
def test_a_name_a_comma_and_a_negation_set_apart_is_not_meant(full_extractor: Extractor, text: str, lang: str,
                                                               subject: str, meant: str | None,
                                                               denied: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert not any(denied in (p, o) for p, _, o in facts), facts
    if meant is not None:
        assert (subject, "derived_from", meant) in facts, facts


@pytest.mark.parametrize(("text", "seller", "buyer"), [
    ("زودت روسيا الهند بدبابات تي-90.", "Russia", "India"),
    ("سلمت تشيكوسلوفاكيا مصر دبابات تي-55.", "Czechoslovakia", "Egypt"),
])
def test_where_the_verb_comes_first_the_first_of_two_countries_after_it_sells(full_extractor: Extractor, text: str,
                                                                               seller: str, buyer: str) -> None:
    assert objects(facts_of(full_extractor, text, "ar"), "exported_to") == [buyer]


@pytest.mark.parametrize("text", [
    "أنتجت مصر نسخة من الكلاشنكوف.",   # the article glued to a name the registry lists
    "أنتجت مصر نسخة من الـT-72.",   # the article's stretching stroke before a Latin designation
])
def test_a_name_after_arabic_clitics_is_that_name(full_extractor: Extractor, text: str) -> None:
    facts = facts_of(full_extractor, text, "ar")
    assert any(r == "derived_from" and o in {"AK", "T-72"} for _, r, o in facts), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Russia revoked Bulgaria's licence for the AKM.", "en"),
    ("Die Sowjetunion entzog Bulgarien die Lizenz für die AKM.", "de"),
    ("Rosja cofnęła Bułgarii licencję na AKM.", "pl"),
    ("Rusia revocó la licencia búlgara para el AKM.", "es"),
])
def test_a_licence_revoked_is_over_and_who_revoked_it_granted_it(full_extractor: Extractor, text: str,
                                                                 lang: str) -> None:
    facts = all_facts(full_extractor, text, lang)
    assert {(f.relation, f.object, f.scope) for f in facts if f.relation.startswith("licen")} >= {
        ("licence_status", "expired", "Bulgaria")}, facts
    licensors = {(f.object, f.scope) for f in facts if f.relation == "licensed_by"}
    assert len(licensors) == 1 and licensors <= {("Russia", "Bulgaria"), ("Soviet Union", "Bulgaria")}, facts
    assert not any(f.relation == "made_in_country" and f.object in {"Russia", "Soviet Union"} for f in facts), facts


@pytest.mark.parametrize(("text", "licensee", "licensor"), [
    ("The Polish licence for the T-72M1 was obtained from the Soviet Union.", "Poland", "Soviet Union"),
    ("Poland was granted a Soviet licence for the T-55.", "Poland", "Soviet Union"),
])
def test_the_holder_of_a_licence_another_country_gave_is_no_licensor(full_extractor: Extractor, text: str,
                                                                      licensee: str, licensor: str) -> None:
    facts = all_facts(full_extractor, text, "en")
    assert {(f.object, f.scope) for f in facts if f.relation == "licensed_by"} == {(licensor, licensee)}, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The Tabuk was not made under licence.", "en"),
    ("El Tabuk no fue fabricado bajo licencia.", "es"),
    ("Tabuk nie był produkowany na licencji.", "pl"),
])
def test_a_product_not_made_under_licence_is_unlicensed(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert [(r, o) for _, r, o in facts if r == "licence_status"] == [("licence_status", "unlicensed")], facts
    # (a country that did not build it under licence did not build it: no status)
    assert not objects(facts_of(full_extractor, "Poland did not build the T-62 under licence.", "en"),
                       "licence_status")


def test_a_nickname_the_registry_files_under_another_design_is_given_as_written(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, 'The Polikarpov Po-2, nicknamed "Kukuruznik", was a biplane.', "en")
    assert ("Po-2", "alias_of", "Kukuruznik") in facts, facts
    assert "An-2" not in objects(facts, "alias_of"), facts


@pytest.mark.parametrize(("text", "lang", "years"), [
    ("The AKM and the RPK were adopted in 1959.", "en", {("AKM", "1959"), ("RPK", "1959")}),
    ("The T-54, T-55 and T-62 entered service in 1947, 1958 and 1961.", "en",
     {("T-54", "1947"), ("T-55", "1958"), ("T-62", "1961")}),
    ("AKM und AK-74 wurden 1959 bzw. 1974 eingeführt.", "de", {("AKM", "1959"), ("AK-74", "1974")}),
])
def test_a_list_of_names_takes_its_year_or_its_list_of_years_in_order(full_extractor: Extractor, text: str,
                                                                      lang: str,
                                                                      years: set[tuple[str, str]]) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert {(p, o) for p, r, o in facts if r == "introduced_year"} == years, facts


@pytest.mark.parametrize(("text", "lang", "year"), [
    ("През 1970-те години в България се произвежда АКМ.", "bg", None),   # a decade
    ("في أواخر عقد 1950 أنتجت مصر بندقية AKM.", "ar", None),
    ("Az SKS-t 1949 és 1956 között gyártották.", "hu", "1949"),   # "between" after the two years
    ("AKM 1990 yılına kadar üretildi.", "tr", None),   # "until" after the year and its unit word
])
def test_decades_ends_and_spans_whose_words_follow_the_year(full_extractor: Extractor, text: str, lang: str,
                                                            year: str | None) -> None:
    years = objects(facts_of(full_extractor, text, lang), "introduced_year")
    assert years == ([year] if year else []), years


@pytest.mark.parametrize(("text", "lang"), [
    ("The J-7 did not enter service until 1967.", "en"),
    ("El J-7 no entró en servicio hasta 1967.", "es"),
])
def test_not_in_service_until_a_year_came_in_that_year(full_extractor: Extractor, text: str, lang: str) -> None:
    assert objects(facts_of(full_extractor, text, lang), "introduced_year") == ["1967"]
    assert not objects(facts_of(full_extractor, "The AK-47 was in service until 1974.", "en"), "introduced_year")


@pytest.mark.parametrize(("text", "lang"), [
    ("59式坦克于1959年装备部队，1965年出口巴基斯坦。", "zh"),
    ("Der Typ 59 wurde 1959 eingeführt und ab 1965 nach Pakistan exportiert.", "de"),
])
def test_a_year_a_word_of_trade_governs_is_no_introduction(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert objects(facts, "introduced_year") == ["1959"], facts
    assert objects(facts, "exported_to") == ["Pakistan"], facts


@pytest.mark.parametrize(("text", "lang"), [
    ("China baute eine Kopie der MiG-19 namens J-6.", "de"),
    ("Kina byggde en kopia av MiG-19 med namnet J-6.", "sv"),
])
def test_a_copy_named_by_a_word_of_naming_is_that_name(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert ("Shenyang J-6", "derived_from", "MiG-19") in facts, facts
    assert ("Shenyang J-6", "made_in_country", "China") in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Das SPW-60 ist die Bezeichnung der NVA für den BTR-60.", "de"),
    ("El MPi-KM es la denominación del Ejército Popular Nacional para el AKM.", "es"),
])
def test_an_armed_forces_name_after_a_word_of_naming_is_no_other_name(full_extractor: Extractor, text: str,
                                                                      lang: str) -> None:
    aliases = objects(facts_of(full_extractor, text, lang), "alias_of")
    assert not any(a in {"NVA", "Ejército Popular Nacional"} for a in aliases), aliases


@pytest.mark.parametrize(("text", "lang", "buyers"), [
    ("The Soviet Union exported the MiG-21 to Egypt, Syria and Iraq, while India built it under licence.", "en",
     {"Egypt", "Syria", "Iraq"}),
    ("Die Sowjetunion lieferte die MiG-21 an Ägypten, während Indien sie in Lizenz baute.", "de", {"Egypt"}),
])
def test_a_country_that_acts_after_a_word_of_contrast_opens_a_clause_of_its_own(
        full_extractor: Extractor, text: str, lang: str, buyers: set[str]) -> None:
    facts = all_facts(full_extractor, text, lang)
    assert {f.object for f in facts if f.relation == "exported_to"} == buyers, facts
    assert {f.scope for f in facts if f.relation == "licence_status"} == {"India"}, facts


def test_a_word_of_contrast_with_no_comma_opens_a_clause_where_a_name_and_its_verb_follow(
        full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "The T-55 was built in Poland under licence but the Type 59 was copied in China "
                                     "without one.", "en")
    assert ("T-55", "made_in_country", "Poland") in facts, facts
    assert not any(p.startswith("Type 59") and o == "Poland" for p, _, o in facts), facts
    assert not any(p == "T-55" and o == "China" for p, _, o in facts), facts


def test_a_year_in_brackets_beside_a_name_set_aside_is_that_names(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Unlike the AK-47 (adopted 1949), the AKM entered service in 1959.", "en")
    assert {(p, o) for p, r, o in facts if r == "introduced_year"} == {("AKM", "1959")}, facts


def test_its_successor_is_derived_from_the_design_spoken_of(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Húfnica Dana vznikla v Československu. Jej nástupcom sa stala húfnica Zuzana.",
                     "sk")
    derived = {(p, o) for p, r, o in facts if r == "derived_from"}
    assert derived == {("Zuzana", "Dana")}, facts


def test_an_adjective_between_two_names_is_the_next_ones_where_adjectives_precede(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "जे-7 सोवियत मिग-21 की चीनी प्रति है।", "hi")
    assert {(r, o) for _, r, o in facts} == {("derived_from", "MiG-21"), ("made_in_country", "China")}, facts


@pytest.mark.parametrize(("text", "lang", "buyers"), [
    ("El Tipo 56, fabricado en China, llegó a El Salvador y a Honduras.", "es", {"El Salvador", "Honduras"}),
    ("O AK-47 chegou a Angola nos anos 1970.", "pt", {"Angola"}),
])
def test_a_one_letter_word_of_to_after_a_word_of_arriving_marks_where_it_went(full_extractor: Extractor, text: str,
                                                                              lang: str, buyers: set[str]) -> None:
    assert set(objects(facts_of(full_extractor, text, lang), "exported_to")) == buyers


def test_the_country_whose_forces_a_word_of_of_names_receives(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "El Ejército de Angola recibió tanques T-55 de la Unión Soviética.", "es")
    assert objects(facts, "exported_to") == ["Angola"], facts


@pytest.mark.parametrize(("text", "lang", "licensee"), [
    ("The USSR licensed the Mi-2 to Poland.", "en", "Poland"),
    ("Die Sowjetunion lizenzierte die An-2 an Polen.", "de", "Poland"),
])
def test_a_country_that_licenses_a_design_to_another_is_the_licensor(full_extractor: Extractor, text: str, lang: str,
                                                                     licensee: str) -> None:
    facts = all_facts(full_extractor, text, lang)
    assert {(f.object, f.scope) for f in facts if f.relation == "licensed_by"} == {("Soviet Union", licensee)}, facts
    assert not any(f.relation == "made_in_country" and f.object == "Soviet Union" for f in facts), facts


def test_names_each_set_beside_a_word_of_version_are_versions_of_the_design_spoken_of(
        full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "The Lim-5 was a Polish fighter. The trainer version SBLim-5 and the "
                     "reconnaissance version Lim-5R were built too.", "en")
    derived = {(p, o) for p, r, o in facts if r == "derived_from"}
    assert derived == {("SBLim-5", "PZL-Mielec Lim-5"), ("Lim-5R", "PZL-Mielec Lim-5")}, facts


def test_items_of_an_example_list_may_each_open_with_words_for_their_kind(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Tank PT-76 menjadi basis kendaraan lain, seperti pengangkut BTR-50, kendaraan "
                     "antipesawat ZSU-23-4 dan ASU-85.", "id")
    derived = {p for p, r, o in facts if r == "derived_from" and o == "PT-76"}
    assert derived == {"BTR-50", "ZSU-23-4 Shilka", "ASU-85"}, facts


@pytest.mark.parametrize(("text", "lang", "country"), [
    ('صنعت روسيا مقاتلات "سو-30" الروسية.', "ar", "Russia"),
    ("اشترت مصر دبابات تي-62 السوفيتية.", "ar", "Soviet Union"),
])
def test_a_country_adjective_after_its_name_with_the_article_glued_to_it_is_where_it_was_made(
        full_extractor: Extractor, text: str, lang: str, country: str) -> None:
    assert country in objects(facts_of(full_extractor, text, lang), "made_in_country")


@pytest.mark.parametrize(("text", "lang", "named"), [
    ("Le Pérou a reçu des lance-roquettes Grad et Smertch.", "fr", {"Smertch"}),
    ("Peru received Grad and Smerch rocket launchers.", "en", {"Grad", "Smerch"}),
    ("Iran bought Osa and Kub missiles from Russia.", "en", {"Osa", "Kub"}),
])
def test_names_a_list_joins_to_a_name_beside_a_product_noun_are_products_too(full_extractor: Extractor, text: str,
                                                                             lang: str, named: set[str]) -> None:
    facts = all_facts(full_extractor, text, lang)
    assert named <= {f.subject_text for f in facts if f.relation == "exported_to"}, facts



@pytest.mark.parametrize(("text", "lang"), [
    ("Peru received T-55 tanks as well as BMP-1s.", "en"),
    ("Peru received the T-55 as well as the BMP-1.", "en"),
    ("Перу получило танки Т-55, а также БМП-1.", "ru"),
])
def test_a_phrase_for_and_of_several_words_joins_a_list(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert {p for p, r, o in facts if r == "exported_to" and o == "Peru"} == {"T-55", "BMP-1"}, facts


@pytest.mark.parametrize(("text", "lang", "year"), [
    ("La AK-63 est une copie hongroise. Le premier AK-63 a quitté l'usine en 1963.", "fr", "1963"),
    ("Der Y-5 ist ein Nachbau. Die erste Maschine verließ die Werkshallen am 12. Mai 1957.", "de", "1957"),
    ("Танк Т-72М1 — польская лицензионная версия. Первый танк сошёл с конвейера в 1982 году.", "ru", "1982"),
])
def test_leaving_the_factory_or_the_line_is_a_word_of_making(full_extractor: Extractor, text: str, lang: str,
                                                            year: str) -> None:
    assert year in objects(facts_of(full_extractor, text, lang), "introduced_year")


def test_licensed_production_of_a_copy_spoken_of_gives_its_year(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Die Pistole M ist eine Kopie der Makarov. 1959 startete die Fertigung in Serie "
                     "als Lizenznehmer.", "de")
    assert objects(facts, "introduced_year") == ["1959"], facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Tanky T-72M se v roce 1982 dostaly do výzbroje armády.", "cs"),
    ("Puška M72 je juhoslovanská kópia. Od roku 1982 sa táto zbraň dostala do výbavy armády.", "sk"),
])
def test_a_word_of_getting_that_opens_a_word_of_service_is_no_sale(full_extractor: Extractor, text: str,
                                                                  lang: str) -> None:
    assert objects(facts_of(full_extractor, text, lang), "introduced_year") == ["1982"]


def test_a_data_sheets_field_of_commissioning_gives_the_year(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Mi-8\nInbedrijfstelling: 1967\nFabrikant: Mil\n", "nl")
    assert objects(facts, "introduced_year") == ["1967"], facts


def test_a_plant_known_by_the_number_before_its_plant_word_makes_and_is_not_negated(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "The Y-7 was built by the No. 999 plant in Xian.", "en")
    assert objects(facts, "manufactured_by") == ["Factory 999"], facts
    assert objects(facts, "made_in_country") == ["China"], facts


@pytest.mark.parametrize(("text", "lang", "maker"), [
    ("Автоматы АК-74 выпускает завод в Ижевске.", "ru", "Izhevsk plant"),
    ("Tvornica aviona u Shenyangu počela je sastavljati lovce J-6.", "hr", "Shenyang plant"),
    ("The AK-74 is made at a plant in Izhevsk.", "en", "Izhevsk plant"),
])
def test_a_plant_word_and_the_town_a_word_of_place_sets_after_it_name_a_maker(full_extractor: Extractor, text: str,
                                                                             lang: str, maker: str) -> None:
    assert objects(facts_of(full_extractor, text, lang), "manufactured_by") == [maker]


def test_a_plant_a_known_name_holds_keeps_that_name(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "The T-72 was made at the Bumar-Labedy plant in Gliwice.", "en")
    assert objects(facts, "manufactured_by") == ["Bumar-Łabędy"], facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The SKhA-1 was later renamed An-2.", "en"),
    ("Самолёт СХА-1 позднее был переименован в Ан-2.", "ru"),
    ("Літак СХА-1 згодом перейменували на Ан-2.", "uk"),
    ("SChA-1 przemianowano później na An-2.", "pl"),
    ("Letoun SChA-1 byl později přejmenován na An-2.", "cs"),
    ("SKhA-1后来更名为安-2。", "zh"),
])
def test_a_word_of_renaming_makes_the_names_before_and_after_one_designs(full_extractor: Extractor, text: str,
                                                                        lang: str) -> None:
    facts = all_facts(full_extractor, text, lang)
    assert [(f.relation, f.object) for f in facts if f.relation == "alias_of"] == [("alias_of", "An-2")], facts


def test_what_is_said_of_a_renamed_design_is_said_of_the_name_the_registry_knows(full_extractor: Extractor) -> None:
    facts = all_facts(full_extractor, "The SKhA-1 was built in Kiev in 1947 and later renamed An-2.", "en")
    said = {(f.subject, f.subject_text, f.relation) for f in facts if f.relation != "alias_of"}
    assert said == {("An-2", "SKhA-1", "introduced_year"), ("An-2", "SKhA-1", "made_in_country")}, facts


def test_a_genitive_adjective_before_a_noun_whose_genitive_and_dative_agree_is_no_receiver(
        full_extractor: Extractor) -> None:
    facts = all_facts(full_extractor, "Т-72М1 вироблявся в Польщі за ліцензією Радянського Союзу.", "uk")
    assert {(f.relation, f.object) for f in facts} == {("licence_status", "licensed"),
                                                      ("licensed_by", "Soviet Union"),
                                                      ("made_in_country", "Poland")}, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The TR-85 was built without the consent of the Soviet Union.", "en"),
    ("Der TR-85 wurde ohne Zustimmung der Sowjetunion gebaut.", "de"),
    ("El TR-85 se construyó sin el consentimiento de la Unión Soviética.", "es"),
    ("Le TR-85 fut construit sans l'accord de l'Union soviétique.", "fr"),
    ("Il TR-85 fu costruito senza il consenso dell'Unione Sovietica.", "it"),
])
def test_the_country_whose_consent_was_withheld_neither_made_it_nor_holds_the_copy(full_extractor: Extractor,
                                                                                    text: str, lang: str) -> None:
    facts = all_facts(full_extractor, text, lang)
    assert [(f.relation, f.object, f.scope) for f in facts] == [("licence_status", "unlicensed", None)], facts


def test_a_designation_after_a_makers_name_is_the_design_the_registry_knows_by_both(
        full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "The Tabuk is an Iraqi copy of the Zastava M76.", "en")
    assert ("Tabuk", "derived_from", "Zastava M76") in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("69式戦車はイラクに輸出された。", "ja"),
    ("69식 전차는 이라크에 수출되었다.", "ko"),
    ("Танки Тип 69 поставлялись в Ирак.", "ru"),
    ("Czołgi Typ 69 trafiły do Iraku.", "pl"),
])
def test_a_word_for_a_kind_of_weapon_in_any_language_picks_the_design_of_that_kind(full_extractor: Extractor,
                                                                                  text: str, lang: str) -> None:
    assert [p for p, r, _ in facts_of(full_extractor, text, lang) if r == "exported_to"] == ["Type 69 tank"]


@pytest.mark.parametrize(("text", "lang"), [
    ("59式坦克由位于内蒙古包头的617厂生产。", "zh"),
    ("The Type 59 was built in Inner Mongolia.", "en"),
])
def test_a_province_whose_name_holds_another_countrys_is_its_own_countrys(full_extractor: Extractor, text: str,
                                                                         lang: str) -> None:
    assert objects(facts_of(full_extractor, text, lang), "made_in_country") == ["China"]


def test_a_plants_name_runs_through_a_province_a_word_of_place_ends(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Tank Type 59 dibuat oleh Pabrik Mesin Mongolia Dalam No. 617 di Baotou.", "id")
    assert objects(facts, "manufactured_by") == ["Pabrik Mesin Mongolia Dalam No. 617"], facts


@pytest.mark.parametrize(("text", "lang", "copy", "original"), [
    ("La Chine a copié le Strela-2 sous le nom HN-5.", "fr", "HN-5", "9K32 Strela-2"),
    ("Kína licenc alapján gyártotta a MiG-21-et J-7 néven.", "hu", "Chengdu J-7", "MiG-21"),
    ("Lengyelország a MiG-15-öt LiM-2 néven gyártotta.", "hu", "PZL-Mielec Lim-2", "MiG-15"),
])
def test_a_design_made_under_a_name_is_a_copy_of_it(full_extractor: Extractor, text: str, lang: str, copy: str,
                                                    original: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert (copy, "derived_from", original) in facts, facts
    assert not any(r == "alias_of" for _, r, _ in facts), facts


@pytest.mark.parametrize(("text", "lang", "pairs"), [
    ("Танки Т-72М закупила Индия, а Ирак получил Т-55.", "ru", {("T-72M", "India"), ("T-55", "Iraq")}),
    ("Letala F-7A je kupila Albanija, Iran pa je prejel F-7M.", "sl", {("F-7A", "Albania"), ("F-7M Airguard", "Iran")}),
    ("اشترت الهند T-72، واشترت العراق T-55.", "ar", {("T-72", "India"), ("T-55", "Iraq")}),
])
def test_clauses_a_word_of_contrast_or_a_comma_and_verb_open_keep_their_own_buyers(
        full_extractor: Extractor, text: str, lang: str, pairs: set[tuple[str, str]]) -> None:
    assert {(p, o) for p, r, o in facts_of(full_extractor, text, lang) if r == "exported_to"} == pairs


@pytest.mark.parametrize(("text", "lang", "pairs"), [
    ("Jugoszlávia a D-30J-t gyártotta, Kína pedig a Type 86-ot építette.", "hu",
     {("D-30J", "Yugoslavia"), ("Type 86", "China")}),
    ("Kuzey Kore Hwasong-5'i üretti, İran ise Şahab-1'i üretti.", "tr",
     {("Hwasong-5", "North Korea"), ("Sahab-1", "Iran")}),
    ("Rumania memproduksi APR-40, Mesir membuat Sakr-18, sementara Tiongkok membuat Type 81.", "id",
     {("APR-40", "Romania"), ("Sakr-18", "Egypt"), ("Type 81", "China")}),
])
def test_clauses_keep_their_own_makers(full_extractor: Extractor, text: str, lang: str,
                                       pairs: set[tuple[str, str]]) -> None:
    assert {(p, o) for p, r, o in facts_of(full_extractor, text, lang) if r == "made_in_country"} >= pairs
    assert len({(p, o) for p, r, o in facts_of(full_extractor, text, lang) if r == "made_in_country"}) == len(pairs)


def test_a_letter_of_contrast_that_opens_a_phrase_for_and_splits_nothing(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Перу получило танки Т-55, а также БМП-1.", "ru")
    assert {p for p, r, o in facts if r == "exported_to" and o == "Peru"} == {"T-55", "BMP-1"}, facts


@pytest.mark.parametrize(("text", "lang", "exported"), [
    ("The SVD was designed by Yevgeny Dragunov and exported to India and Iraq.", "en", {"SVD"}),
    ("La pistola PM, diseñada por Nikolái Makárov, fue exportada a Vietnam.", "es", {"pistola PM"}),
    ("Mihail Kalašnikovin suunnittelema PK vietiin Egyptiin.", "fi", {"PK"}),
])
def test_a_family_name_after_a_given_name_and_a_word_of_design_is_the_designer(full_extractor: Extractor, text: str,
                                                                              lang: str, exported: set[str]) -> None:
    facts = all_facts(full_extractor, text, lang)
    assert {f.subject_text for f in facts if f.relation == "exported_to"} == exported, facts


def test_a_designs_name_that_is_a_family_name_stays_a_design_without_a_given_name(full_extractor: Extractor) -> None:
    facts = all_facts(full_extractor, "India bought the Dragunov designed in the USSR.", "en")
    assert [(f.subject_text, f.object) for f in facts if f.relation == "exported_to"] == [("Dragunov", "India")]


@pytest.mark.parametrize(("text", "lang"), [
    ("It is unclear whether the Chonma-ho was built under a Soviet licence.", "en"),
    ("Whether the Type 81 was licensed is not known.", "en"),
    ("Es ist unklar, ob der Typ 81 in Lizenz gebaut wurde.", "de"),
    ("Неясно, выпускался ли Тип 81 по лицензии.", "ru"),
    ("천마호가 소련의 정식 면허를 받아 생산됐는지는 분명하지 않다.", "ko"),
])
def test_a_licence_its_clause_leaves_in_doubt_is_no_fact(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = all_facts(full_extractor, text, lang)
    assert not any(f.relation in {"licence_status", "licensed_by"} for f in facts), facts


def test_a_word_of_dispute_on_the_licence_word_makes_the_licence_disputed(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "The licence for the Type 81 is disputed.", "en")
    assert objects(facts, "licence_status") == ["disputed"], facts


@pytest.mark.parametrize(("text", "lang"), [
    ("중국은 소련의 면허 없이 J-6를 생산했다.", "ko"),
    ("चीन ने सोवियत संघ के लाइसेंस के बिना जे-7 का उत्पादन किया।", "hi"),
])
def test_without_a_licence_written_after_the_licence_word(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = all_facts(full_extractor, text, lang)
    assert [(f.relation, f.object) for f in facts if f.relation.startswith("licen")] == [
        ("licence_status", "unlicensed")], facts


def test_a_country_whose_licence_a_plain_word_describes_is_the_licensor(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "중국의 J-7은 소련의 정식 면허를 받아 생산됐다.", "ko")
    assert objects(facts, "made_in_country") == ["China"], facts


@pytest.mark.parametrize(("text", "lang"), [
    ("PT-91 opracowano z T-72M1.", "pl"),
    ("PT-91 розроблений з T-72M1.", "uk"),
    ("PT-91 е разработен от Т-72М1.", "bg"),
    ("Tenk PT-91 razvijen je iz tenka T-72M1.", "hr"),
    ("Тенк PT-91 развијен је из тенка Т-72М1.", "sr"),
])
def test_developed_from_is_a_word_of_basis_in_slavic_languages(full_extractor: Extractor, text: str,
                                                               lang: str) -> None:
    assert ("PT-91 Twardy", "derived_from", "T-72M1") in facts_of(full_extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Заводът изнася гаубици 2С1 в Ирак и Етиопия.", "bg"),
    ("Завод экспортирует гаубицы 2С1 в Ирак и Эфиопию.", "ru"),
])
def test_countries_a_word_of_export_sends_to_are_not_where_a_plant_made_it(full_extractor: Extractor, text: str,
                                                                          lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert set(objects(facts, "exported_to")) == {"Iraq", "Ethiopia"}, facts
    assert not objects(facts, "made_in_country"), facts


def test_a_plant_word_alone_in_quotes_is_the_plants_name_and_a_closing_quote_opens_nothing(
        full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "„Арсенал“ изнася пистолети „Макаров“ в САЩ.", "bg")
    assert sorted((r, o) for _, r, o in facts) == [("exported_to", "United States"),
                                                   ("manufactured_by", "Arsenal")], facts


def test_a_name_in_single_quotes_before_a_naming_word_that_ends_the_clause_is_another_name(
        full_extractor: Extractor) -> None:
    facts = all_facts(full_extractor, "बीएमपी-2 को भारत में 'सारथ' कहा जाता है।", "hi")
    assert [(f.subject, f.relation, f.object) for f in facts] == [("BMP-2", "alias_of", "सारथ")], facts


def test_an_apostrophe_inside_a_word_opens_and_closes_no_quoted_name() -> None:
    from copytrace.extract.mentions import _QUOTED_NAME
    assert _QUOTED_NAME.search("a report by O'Brien and Egypt's army") is None   # (would read "Brien and Egypt")
    found = _QUOTED_NAME.search("the tank is called 'Ajeya' in India")
    assert found is not None and found.group(1) == "Ajeya"


@pytest.mark.parametrize(("text", "lang"), [
    ("Shijiazhuang was still building the Y-5B in 2010.", "en"),
    ("In 2010 the plant was still producing the Y-5B.", "en"),
])
def test_a_year_in_which_a_design_was_still_made_is_no_introduction(full_extractor: Extractor, text: str,
                                                                    lang: str) -> None:
    assert not objects(facts_of(full_extractor, text, lang), "introduced_year")


def test_a_year_since_marks_stays_the_start_beside_a_word_of_going_on(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "The Type 81 has been produced since 1983 and is still produced.", "en")
    assert objects(facts, "introduced_year") == ["1983"], facts


def test_a_name_past_the_years_clause_leaves_the_year_to_the_product_spoken_of(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "The PK is a Soviet machine gun. The Soviet Army adopted it in 1961, and the "
                     "lighter PKM followed in 1969.", "en")
    assert {(p, o) for p, r, o in facts if r == "introduced_year"} == {("PK", "1961"), ("PKM", "1969")}, facts


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The BM-21 launcher, which carries 40 tubes on a Ural-375D truck, was made by Motovilikha Plants.", "en",
     {("BM-21 Grad", "manufactured_by", "Motovilikha Plants")}),
    ("Sistemul APR-40, montat pe autocamionul DAC 665T, a fost fabricat de Uzina Mecanică Cugir.", "ro",
     {("APR-40", "manufactured_by", "Uzina Mecanică Cugir")}),
    ("Комплекс Р-17 размещён на шасси МАЗ-543.", "ru", set()),
])
def test_a_lorry_that_carries_a_weapon_is_no_design_spoken_of(full_extractor: Extractor, text: str, lang: str,
                                                              expected: set[tuple[str, str, str]]) -> None:
    facts = {f for f in facts_of(full_extractor, text, lang) if f[1] != "made_in_country"}
    assert facts == expected, facts


def test_a_name_set_against_the_subject_is_no_derivative_of_the_name_before_a_word_of_basis(
        full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Berbeda dengan BM-21 yang dipasang di atas truk Ural-375D, RM-70 menggunakan "
                     "sasis truk Tatra 813.", "id")
    assert not any(r == "derived_from" for _, r, _ in facts), facts


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Instead of copying the Mi-8, China developed the Z-8.", "en", set()),
    ("Вместо копирования Ми-8 Китай разработал Z-8.", "ru", set()),
    ("Rather than license the MiG-23, India chose to build the MiG-27 under licence.", "en",
     {("MiG-27", "licence_status", "licensed"), ("MiG-27", "made_in_country", "India")}),
    ("China built the Z-8 instead of the Mi-8.", "en", {("Z-8", "made_in_country", "China")}),
])
def test_a_design_or_making_set_aside_by_instead_of_says_nothing(full_extractor: Extractor, text: str, lang: str,
                                                                 expected: set[tuple[str, str, str]]) -> None:
    assert set(facts_of(full_extractor, text, lang)) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("The F-7 was exported to Pakistan (F-7P), Bangladesh and Sri Lanka.", "en"),
])
def test_a_version_in_a_recipients_brackets_went_to_that_recipient_only(full_extractor: Extractor, text: str,
                                                                       lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert {(p, o) for p, r, o in facts if r == "exported_to"} == {
        ("Chengdu F-7", "Pakistan"), ("Chengdu F-7", "Bangladesh"), ("Chengdu F-7", "Sri Lanka"),
        ("F-7P Skybolt", "Pakistan")}, facts


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("ракетой Р-17 (по классификации НАТО — SS-1c Scud-B) был принят на вооружение в 1962 году.", "ru",
     ("R-17", "introduced_year", "1962")),
    ("The J-7 (export version: F-7) was built in China.", "en", ("Chengdu J-7", "made_in_country", "China")),
])
def test_a_name_in_an_aside_in_brackets_after_another_name_is_no_subject(full_extractor: Extractor, text: str,
                                                                        lang: str,
                                                                        expected: tuple[str, str, str]) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert expected in facts, facts
    assert not any(r == expected[1] and p != expected[0] for p, r, _ in facts), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The F-7 sold well: Pakistan received the F-7P, Bangladesh the F-7BG and Nigeria the F-7NI.", "en"),
    ("Izvozna različica F-7 se je prodajala v velikem številu: Pakistan je prevzel različico F-7P, Bangladeš F-7BG, "
     "Nigerija F-7NI.", "sl"),
])
def test_a_colon_before_a_clause_a_country_opens_keeps_the_pairs_after_it(full_extractor: Extractor, text: str,
                                                                         lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert {(p, o) for p, r, o in facts if r == "exported_to"} == {
        ("F-7P Skybolt", "Pakistan"), ("F-7BG", "Bangladesh"), ("F-7NI", "Nigeria")}, facts


def test_a_versions_capitals_after_a_name_make_no_second_owner_of_the_name() -> None:
    from copytrace.extract.resolve import NameRecord, Names
    names = Names([NameRecord("f-7", "design", "Chengdu F-7", ("F-7",)),
                   NameRecord("f-7bgi", "design", "F-7BGI", ("F-7 BGI",)),
                   NameRecord("type-69-tank", "design", "Type 69 tank", ("Type 69 MBT",))])
    assert names.owners("F-7") == frozenset({"f-7"})
    assert names.owners("Type 69") == frozenset({"type-69-tank"})


@pytest.mark.parametrize(("text", "lang"), [
    ("The T-54 is the predecessor of the T-55.", "en"),
    ("Der T-54 ist der Vorgänger des T-55.", "de"),
    ("Т-54 является предшественником Т-55.", "ru"),
])
def test_the_predecessor_of_a_design_is_its_original(full_extractor: Extractor, text: str, lang: str) -> None:
    assert facts_of(full_extractor, text, lang) == {("T-55", "derived_from", "T-54")}


def test_a_word_name_after_a_plant_word_without_capitals_is_the_plants(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "يصنع مصنع القادسية بندقية تبوك بترخيص من يوغوسلافيا.", "ar")
    assert {p for p, _, _ in facts} == {"Tabuk"}, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Танковете Т-72 бяха изнесени за Македония.", "bg"),
    ("Macedonia received T-72 tanks from Ukraine.", "en"),
])
def test_a_countrys_name_before_it_was_renamed_is_that_country(full_extractor: Extractor, text: str,
                                                              lang: str) -> None:
    assert objects(facts_of(full_extractor, text, lang), "exported_to") == ["North Macedonia"]


@pytest.mark.parametrize("text", [
    "沈阳飞机厂在歼-6基础上研制了歼-6甲、歼-6乙、歼-6丙等一系列改进型。",
    "哈飞在轰-5基础上研制了轰-5甲、轰-5乙等改进型。",
])
def test_names_a_chinese_enumeration_comma_joins_are_versions_side_by_side(full_extractor: Extractor,
                                                                           text: str) -> None:
    facts = facts_of(full_extractor, text, "zh")
    derived = {(p, o) for p, r, o in facts if r == "derived_from"}
    originals = {o for _, o in derived}
    assert len(originals) == 1 and len(derived) >= 2, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("In Peru the AMX-13 was replaced by the T-55 produced by Uralvagonzavod.", "en"),
    ("Tank PT-76 akan digantikan oleh tank Harimau buatan Pindad.", "id"),
])
def test_a_making_right_after_the_design_that_replaced_another_is_not_the_others(full_extractor: Extractor,
                                                                               text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert not any(p in {"AMX-13", "PT-76"} and r in {"manufactured_by", "made_in_country"} for p, r, _ in facts), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The Type 63 is not a copy of the BTR-50, but a copy of the YW 531.", "en"),
    ("Das Sturmgewehr SS2 ist keine Kopie der AK-47, sondern ein Derivat der FNC.", "de"),
    ("Senapan SS2 bukan turunan AK-47, melainkan turunan dari FNC.", "id"),
])
def test_an_original_a_derivation_denied_is_no_original_of_the_next_one(full_extractor: Extractor, text: str,
                                                                        lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert not any(r == "derived_from" and o in {"BTR-50", "AK-47"} for _, r, o in facts), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The MiG-29 was delivered to India (MiG-29K) and Malaysia (MiG-29N).", "en"),
    ("Le MiG-29 a été livré à l'Inde (MiG-29K) et à la Malaisie (MiG-29N).", "fr"),
])
def test_a_version_in_brackets_after_a_buyer_is_not_made_there(full_extractor: Extractor, text: str,
                                                                lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert not objects(facts, "made_in_country"), facts
    assert ("MiG-29N", "exported_to", "Malaysia") in facts or ("MiG-29", "exported_to", "Malaysia") in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Haubica M-56 izvedena je iz američke M101.", "hr"),
    ("Хаубица М-56 изведена је из америчке М101.", "sr"),
])
def test_a_finite_derived_from_with_its_auxiliary_inside_is_a_derivation(full_extractor: Extractor, text: str,
                                                                        lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert any(r == "derived_from" and o == "M101" for _, r, o in facts), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Vrtulníky Mi-24 koupila Libye a Nikaragua.", "cs"),
    ("Lietadlá MiG-29 kúpila Malajzia a Peru.", "sk"),
])
def test_each_buyer_of_a_list_right_after_the_verb_bought_it(full_extractor: Extractor, text: str,
                                                               lang: str) -> None:
    assert len(objects(facts_of(full_extractor, text, lang), "exported_to")) == 2


def test_a_chinese_list_closed_by_and_others_ends_its_clause(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "63式火箭炮出口至越南、阿尔巴尼亚等国，土耳其的T-107也以63式为原型。", "zh")
    assert set(objects(facts, "exported_to")) == {"Vietnam", "Albania"}, facts
    assert not any(p == "T-107" and r == "exported_to" for p, r, _ in facts), facts


@pytest.mark.parametrize("text", [
    "该炮还被多国仿制：埃及生产了Sakr-18火箭炮，伊朗生产了Arash-2。",
    "埃及生产了Sakr-18火箭炮，伊朗生产了Arash-2。",
])
def test_a_chinese_comma_before_a_country_that_acts_opens_a_clause(full_extractor: Extractor, text: str) -> None:
    facts = facts_of(full_extractor, text, "zh")
    made = {(p, o) for p, r, o in facts if r == "made_in_country"}
    assert ("Arash-2", "Egypt") not in made and ("Arash-2", "Iran") in made, facts


def test_a_chinese_later_name_of_a_home_built_design_is_its_copy(full_extractor: Extractor) -> None:
    # (the train set's convention: "the domestic T-54A was named Type 59" derives the Type 59, the local product
    # having its own name; not another name of the original)
    facts = facts_of(full_extractor, "国产SA-75导弹后称红旗-1。", "zh")
    assert ("HQ-1", "derived_from", "SA-75") in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Unlike the Centurion, which entered service in 1946, the Tiran 5 is a conversion of the T-55.", "en"),
    ("Spre deosebire de Centurion, intrat în serviciu în 1946, Tiran 5 este o conversie a T-55.", "ro"),
])
def test_what_an_opening_comparison_says_of_its_design_is_said_of_no_other(full_extractor: Extractor, text: str,
                                                                           lang: str) -> None:
    assert not objects(facts_of(full_extractor, text, lang), "introduced_year")


@pytest.mark.parametrize("text", [
    "Harga satu unit Pindad SS2 disebut sekitar Rp 12 juta.",
    "Pindad SS2 disebut lebih ringan daripada SS1.",
])
def test_a_price_or_a_comparison_after_said_is_no_other_name(full_extractor: Extractor, text: str) -> None:
    assert not objects(facts_of(full_extractor, text, "id"), "alias_of")


def test_a_cancelled_purchase_is_no_sale(full_extractor: Extractor) -> None:
    assert not objects(facts_of(full_extractor, "Su-30 batal dibeli Filipina pada 2019.", "id"), "exported_to")


def test_the_country_a_word_of_making_names_before_a_word_of_buying_is_no_buyer(full_extractor: Extractor) -> None:
    text = "Marinir menggunakan kendaraan BMP-3F buatan Rusia yang dibeli pada 2010-an."
    facts = facts_of(full_extractor, text, "id")
    assert not objects(facts, "exported_to"), facts
    assert objects(facts, "made_in_country") == ["Russia"]


@pytest.mark.parametrize(("text", "name"), [
    ("The Jastreb aircraft was exported to Zambia.", "Jastreb"),
    ("The Harimau tank is built by Pindad.", "Harimau"),
])
def test_a_word_name_before_its_kind_after_a_sentences_article_is_a_product(full_extractor: Extractor, text: str,
                                                                            name: str) -> None:
    assert {p for p, _, _ in facts_of(full_extractor, text, "en")} == {name}


@pytest.mark.parametrize(("text", "lang"), [
    ("OT-64 byl vyvinut z OT-62 a tank T-55A se vyráběl v Martině.", "cs"),
    ("The OT-64 was developed from the OT-62 and the tank T-55A was built in Martin.", "en"),
])
def test_and_before_a_kind_a_name_and_its_verb_opens_a_clause(full_extractor: Extractor, text: str,
                                                              lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert not any(o == "T-55A" for _, _, o in facts), facts
    assert any(p == "T-55A" and r == "made_in_country" for p, r, _ in facts), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Licenci na L-29 udělil Sovětský svaz v roce 1963.", "cs"),
    ("Лицензию на Ан-2 выдал Советский Союз в 1957 году.", "ru"),
])
def test_a_licence_set_before_the_verb_of_granting_is_what_its_doer_gave(full_extractor: Extractor, text: str,
                                                                         lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert objects(facts, "licensed_by") == ["Soviet Union"], facts
    assert not objects(facts, "made_in_country"), facts


def test_a_capitalised_word_before_a_kind_and_a_plant_word_names_no_product(full_extractor: Extractor) -> None:
    text = "The MiG-29 fleet was overhauled in Belarus by the Baranovichi aircraft plant in 2016."
    facts = facts_of(full_extractor, text, "en")
    assert {p for p, _, _ in facts} <= {"MiG-29"}, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The MiG-19 (J-6) entered service in 1964.", "en"),
    ("MiG-19（J-6）は1964年に配備された。", "ja"),
])
def test_a_derivative_glossed_after_its_original_is_what_the_sentence_speaks_of(full_extractor: Extractor,
                                                                                text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert any(r == "introduced_year" and o == "1964" for _, r, o in facts), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("З 1960 року завод у Мельці випускав Ан-2 за радянською ліцензією.", "uk"),
    ("Ан-2 за счёт простоты конструкции выпускали в Польше.", "ru"),
])
def test_a_short_lower_case_word_after_a_name_is_no_versions_letters(full_extractor: Extractor, text: str,
                                                                    lang: str) -> None:
    assert {p for p, _, _ in facts_of(full_extractor, text, lang)} == {"An-2"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Лицензии на Тип 80 никто не давал.", "ru"),
    ("Ліцензії на Тип 80 ніхто не надавав.", "uk"),
    ("A licence for the Type 80 was never granted.", "en"),
])
def test_a_licence_a_later_not_denies_is_no_licence(full_extractor: Extractor, text: str, lang: str) -> None:
    assert objects(facts_of(full_extractor, text, lang), "licence_status") == ["unlicensed"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Karabinek Galil ACE jest produkowany w Kolumbii na licencji IWI.", "pl"),
    ("Автомати «Галіл-2» випускають у Колумбії за ліцензією ізраїльської компанії IWI.", "uk"),
    ("Colombia builds the Galil ACE under licence from the Israeli company IWI.", "en"),
    ("The Galil ACE is built in Colombia under an IWI licence.", "en"),
])
def test_the_organisation_a_licence_word_owns_gave_the_licence(full_extractor: Extractor, text: str,
                                                                lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert objects(facts, "licensed_by") == ["Israel Weapon Industries"], facts
    assert not objects(facts, "manufactured_by") and "Israel" not in objects(facts, "made_in_country"), facts


def test_an_organisation_that_received_a_licence_did_not_give_it(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "W 1956 r. dokumentację Jak-12 w ramach licencji otrzymała WSK Okęcie.", "pl")
    assert not objects(facts, "licensed_by"), facts


@pytest.mark.parametrize("text", [
    "러시아는 한국에 BMP-3를 수출했다.",
    "러시아는 대한민국에 BMP-3를 수출했다.",
])
def test_a_korean_country_word_with_a_case_ending_is_the_country_not_its_adjective(full_extractor: Extractor,
                                                                                   text: str) -> None:
    assert objects(facts_of(full_extractor, text, "ko"), "exported_to") == ["South Korea"]


@pytest.mark.parametrize(("text", "subject"), [
    ("北朝鮮の火星5号はイランに輸出された。", "Hwasong-5"),
    ("紅纓5号はパキスタンに輸出された。", "HN-5"),
])
def test_a_name_of_two_characters_a_number_and_go_is_a_designation(full_extractor: Extractor, text: str,
                                                                   subject: str) -> None:
    facts = facts_of(full_extractor, text, "ja")
    assert any(p == subject and r == "exported_to" for p, r, _ in facts), facts


def test_a_chinese_country_glued_to_the_original_is_not_the_copys(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "直-8是中国在法国SA321直升机基础上仿制生产的直升机。", "zh")
    assert objects(facts, "made_in_country") == ["China"], facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Il T-72 Moderna è un T-72M1 ammodernato dall'israeliana Elbit Systems.", "it"),
    ("Il MiG-21 Bison è un MiG-21bis ammodernato dall'israeliana Elbit Systems.", "it"),
])
def test_the_country_of_the_organisation_that_upgraded_a_design_is_not_where_it_was_made(
        full_extractor: Extractor, text: str, lang: str) -> None:
    assert "Israel" not in objects(facts_of(full_extractor, text, lang), "made_in_country")


@pytest.mark.parametrize(("text", "lang"), [
    ("Tank T-72M4 CZ bol predstavený v roku 1997, ale do sériovej výroby sa nedostal.", "sk"),
    ("Tank T-72M4 CZ byl představen v roce 1997, ale do sériové výroby se nedostal.", "cs"),
])
def test_a_production_its_verb_denies_gives_no_year(full_extractor: Extractor, text: str, lang: str) -> None:
    assert not objects(facts_of(full_extractor, text, lang), "introduced_year")


@pytest.mark.parametrize(("text", "lang"), [
    ("A MiG-21-eseket szállították Magyarországra a Szovjetunióból.", "hu"),
])
def test_a_country_in_the_case_of_from_is_no_buyer(full_extractor: Extractor, text: str, lang: str) -> None:
    assert objects(facts_of(full_extractor, text, lang), "exported_to") == ["Hungary"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Chinese-made Type 81 rifles were discovered in Sudan.", "en"),
    ("Fusiles Tipo 81 de fabricación china fueron encontrados en Sudán.", "es"),
])
def test_where_a_weapon_was_found_is_not_where_it_was_made(full_extractor: Extractor, text: str, lang: str) -> None:
    assert objects(facts_of(full_extractor, text, lang), "made_in_country") == ["China"]


def test_a_countrys_copies_of_another_design_are_not_the_design_spoken_of(full_extractor: Extractor) -> None:
    text = "The ZU-23-2 entered service in 1960. Police also found Iranian copies of the RPG-7 in the port."
    facts = facts_of(full_extractor, text, "en")
    assert not any(p == "ZU-23-2" and r == "derived_from" for p, r, _ in facts), facts
    assert any(r == "derived_from" and o == "RPG-7" for _, r, o in facts), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Investigators found Type 81 rifles, a copy of the AKM, and Type 69 launchers, a copy of the RPG-7.", "en"),
    ("The Raad, a copy of the 9M14 Malyutka, and the Toophan, a copy of the BGM-71, were shown.", "en"),
])
def test_two_names_each_with_its_own_copy_aside_keep_their_originals(full_extractor: Extractor, text: str,
                                                                    lang: str) -> None:
    derived = {(p, o) for p, r, o in facts_of(full_extractor, text, lang) if r == "derived_from"}
    assert len(derived) == 2 and len({o for _, o in derived}) == 2 and len({p for p, _ in derived}) == 2, derived


@pytest.mark.parametrize(("text", "lang"), [
    ("BAMAKO, June 9, 2020 (Reuters) - Soldiers seized 30 Type 81 rifles made in China.", "en"),
    ("BERLIN, 3. März 2019 (dpa) - Die Polizei fand Typ 81 aus chinesischer Produktion.", "de"),
])
def test_a_news_datelines_year_is_no_introduction(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert not objects(facts, "introduced_year") and objects(facts, "made_in_country") == ["China"], facts


@pytest.mark.parametrize(("text", "lang"), [
    ("According to SIPRI 40 launchers were exported to Chad.", "en"),
    ("Según la ONU 40 lanzadores fueron enviados a Chad.", "es"),
])
def test_an_acronym_and_a_count_of_things_is_no_name(full_extractor: Extractor, text: str, lang: str) -> None:
    assert not facts_of(full_extractor, text, lang)


def test_a_known_design_written_apart_before_its_kind_is_still_read(full_extractor: Extractor) -> None:
    assert facts_of(full_extractor, "The BTR 60 vehicles were built in the Soviet Union.", "en") \
        == {("BTR-60", "made_in_country", "Soviet Union")}


def test_an_organisation_named_as_the_importer_is_no_maker(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "The importer Century Arms sells the SAR-1 in the United States.", "en")
    assert not objects(facts, "manufactured_by"), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The court did not rule on whether the Chinese Type 81 is licensed.", "en"),
    ("Ob der Typ 81 in sowjetischer Lizenz gebaut wurde, wurde nie geklärt.", "de"),
])
def test_a_licence_a_question_of_whether_leaves_open_is_no_fact(full_extractor: Extractor, text: str,
                                                                 lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert not objects(facts, "licence_status") and not objects(facts, "licensed_by"), facts


def test_each_name_keeps_the_place_its_own_making_phrase_gives(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Police found AKM rifles made in Hungary and RPG-7 launchers made in Egypt.", "en")
    made = {(p, o) for p, r, o in facts if r == "made_in_country"}
    assert ("RPG-7", "Egypt") in made and ("RPG-7", "Hungary") not in made, made
    assert not any(o == "Egypt" and p != "RPG-7" for p, o in made), made


def test_arabic_also_is_no_demonstrative_before_a_noun(full_extractor: Extractor) -> None:
    text = "يُنتج المصنع صاروخ صقر-36. ويُنتج المصنع كذلك الصاروخ المضاد للطائرات الذي صُدّر إلى العراق."
    facts = full_extractor.extract_text(text, "t.txt", "ar")
    assert facts and not any("ذلك" in f.subject_text for f in facts), [f.subject_text for f in facts]


@pytest.mark.parametrize(("text", "lang"), [
    ("Jalkaväen Rk 95 on kehitetty AK-74:stä vuosina 1990-1994.", "fi"),
    ("Kaitseväe Rk 95 on arendatud AK-74-st.", "et"),
    ("Az Rk 95-öt az AK-74-ből fejlesztették ki.", "hu"),
])
def test_a_design_in_the_case_of_from_after_a_word_of_design_is_the_original(full_extractor: Extractor, text: str,
                                                                             lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert ("Rk 95", "derived_from", "AK-74") in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Sako valmisti Rk 95 -kiväärejä Viroa varten.", "fi"),
    ("Az FKSZ AMD-65 puskákat készített Líbia számára.", "hu"),
    ("Sako tootis Rk 95 automaate Läti jaoks.", "et"),
])
def test_a_country_a_word_of_for_follows_is_no_place_of_making(full_extractor: Extractor, text: str,
                                                              lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert not objects(facts, "made_in_country"), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The Slovak ZTS works overhauled twelve BVP-1 vehicles last year.", "en"),
    ("Zakłady w Gliwicach remontują czołgi T-72.", "pl"),
    ("Helikopter Mi-17 remontovan je u zavodu Moma Stanojlović u Batajnici.", "sr"),
    ("Завод у Львові ремонтує танки Т-64.", "uk"),
])
def test_works_that_only_repair_a_design_make_nothing(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert not objects(facts, "manufactured_by") and not objects(facts, "made_in_country"), facts


def test_works_that_built_a_design_and_repair_it_still_make_it(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "The Kharkiv plant built T-64 tanks and later repaired them.", "en")
    assert objects(facts, "manufactured_by"), facts


def test_an_arabic_comma_glued_to_a_name_ends_the_name(full_extractor: Extractor) -> None:
    text = "منحت روسيا فنزويلا رخصة لتصنيع الكلاشنيكوف، ثم بدأ الإنتاج."
    facts = facts_of(full_extractor, text, "ar")
    assert ("AK", "licence_status", "licensed") in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The works built the BMP-1 and the BTR-60. These vehicles were sold to Iraq.", "en"),
    ("The works built the BMP-1 and the BTR-60. Both vehicles were sold to Iraq.", "en"),
    ("Závod vyrábal BMP-1 a BTR-60. Tieto typy sa predávali do Iraku.", "sk"),
    ("Завод выпускал БМП-1 и БТР-60. Эти машины продавались в Ирак.", "ru"),
])
def test_a_plural_demonstrative_points_at_each_product_named_before(full_extractor: Extractor, text: str,
                                                                    lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    sold = {p for p, r, o in facts if r == "exported_to" and o == "Iraq"}
    assert {"BMP-1", "BTR-60"} <= sold, facts


def test_a_plain_plural_noun_that_says_nothing_of_the_products_points_nowhere(full_extractor: Extractor) -> None:
    text = "Le pays a produit le J-7 et le J-8. Ces prévisions furent altérées en 1960 par la rupture."
    facts = facts_of(full_extractor, text, "fr")
    assert not objects(facts, "introduced_year"), facts


def test_a_plant_before_a_list_its_verb_follows_makes_each_item(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Ulan-Ude fabrikası Mi-8, Mi-171 ve Ka-226 helikopterlerini üretmiştir.", "tr")
    made = {p for p, r, o in facts if r == "manufactured_by"}
    assert {"Mi-8", "Mi-171", "Ka-226"} <= made, facts


def test_a_case_ending_on_a_place_is_no_part_of_the_plant_after_it(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Rusya’da Kazan fabrikası Mi-17 helikopterlerini üretmiştir.", "tr")
    assert objects(facts, "manufactured_by") == ["Kazan fabrikası"], facts


def test_bumar_alone_is_the_labedy_works(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "V Bumaru se vyráběly i tanky T-72M1.", "cs")
    assert ("T-72M1", "manufactured_by", "Bumar-Łabędy") in facts, facts


@pytest.mark.parametrize(("text", "lang", "buyer"), [
    ("Moscow sold MiG-29 fighters to Damascus in 1987.", "en", "Syria"),
    ("Rusija je isporučila Beogradu deset tenkova T-72.", "sr", "Serbia"),
    ("Pyongyang kocht Scud-raketten van Egypte.", "nl", "North Korea"),
])
def test_a_capital_beside_a_word_of_trade_is_its_state(full_extractor: Extractor, text: str, lang: str,
                                                        buyer: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert buyer in objects(facts, "exported_to"), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("L’URSS fournissait des T-55 aux pays du Pacte de Varsovie.", "fr"),
    ("The Soviet Union sold T-55 tanks to the Warsaw Pact armies.", "en"),
])
def test_a_capital_inside_a_longer_name_is_no_state(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert "Poland" not in objects(facts, "exported_to"), facts


def test_countries_a_dash_set_apart_by_spaces_joins_are_no_one_name(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Polen lieferte T-72 an Irak – Russland schwieg.", "de")
    assert ("T-72", "exported_to", "Iraq") in facts, facts


def test_a_word_of_likeness_after_a_kind_of_product_brings_examples(full_extractor: Extractor) -> None:
    text = "Fucili come i Type 56, Type 81 e Type 63 erano copie di armi sovietiche (rispettivamente AK-47, AKM e SKS)."
    facts = facts_of(full_extractor, text, "it")
    derived = {(p, o) for p, r, o in facts if r == "derived_from"}
    assert derived == {("Type 56", "AK-47"), ("Type 81", "AKM"), ("Type 63", "SKS")}, facts


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("The Anza is a licensed copy of the Chinese QW-1.", "en", ("Anza", "derived_from", "QW-1")),
    ("The Ghauri is a Pakistani version of the North Korean Nodong.", "en", ("Ghauri", "derived_from", "Nodong")),
    ("Le Toophan est une copie iranienne du TOW.", "fr", ("Toophan", "derived_from", "TOW")),
    ("El Misagh es una copia iraní del QW-1.", "es", ("Misagh", "derived_from", "QW-1")),
])
def test_a_capitalised_word_in_a_frame_of_copying_names_a_design(full_extractor: Extractor, text: str, lang: str,
                                                                  fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(full_extractor, text, lang)


@pytest.mark.parametrize("text", [
    "It is a copy of the AK-47.",
    "The rifle is a copy of the AK-47.",
    "The weapon was a copy of older Soviet designs.",
])
def test_a_frame_of_copying_without_a_capitalised_name_names_nothing(full_extractor: Extractor, text: str) -> None:
    facts = facts_of(full_extractor, text, "en")
    assert all(p in {"AK-47"} or p.startswith("AK-47") for p, _, _ in facts), facts


@pytest.mark.parametrize(("text", "lang", "subject"), [
    ("Zvažovala se i švédská J 35. Na základě dohody se SSSR začala v Letově výroba verze MiG-19S.", "cs", "MiG-19S"),
    ("Rozważano też szwedzki J 35. Na mocy umowy z ZSRR w Mielcu ruszyła produkcja wersji MiG-21U.", "pl",
     "MiG-21U"),
])
def test_a_word_of_versions_names_a_version_of_another_family_than_the_topic(full_extractor: Extractor, text: str,
                                                                             lang: str, subject: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert facts and all(p == subject for p, _, _ in facts), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Závod stavěl cvičný model An-2T, zemědělský model An-2R a plovákový model An-2V.", "cs"),
    ("The plant built the trainer model An-2T, the farm model An-2R and the float model An-2V.", "en"),
])
def test_names_each_after_its_own_word_of_version_are_siblings(full_extractor: Extractor, text: str,
                                                               lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert not objects(facts, "derived_from"), facts


def test_a_design_from_one_country_now_in_another_was_not_made_in_the_first(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Гаубиці Д-20 від Словаччини вже в Україні.", "uk")
    assert not objects(facts, "made_in_country"), facts


def test_a_chinese_list_right_before_the_original_is_copied_whole(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "东德的MPi-KM、匈牙利的AMD-65和罗马尼亚的PM md. 63都是AKM的仿制型。", "zh")
    derived = {p for p, r, o in facts if r == "derived_from" and o == "AKM"}
    assert {"MPi-KM", "AMD-65", "PM md. 63"} <= derived, facts


@pytest.mark.parametrize("text", [
    "缴获SVD后,兵工厂仿制成功,随即定型为1979年式狙击步枪。",
    "对SVD这样一支名枪,我军当然不会放弃研究仿制的机会,成功仿制后即定型为1979年式狙击步枪。",
])
def test_a_chinese_naming_after_a_copying_names_the_copy(full_extractor: Extractor, text: str) -> None:
    facts = facts_of(full_extractor, text, "zh")
    assert ("Type 79", "derived_from", "SVD") in facts, facts
    assert not any(p == "SVD" and r == "derived_from" for p, r, _ in facts), facts


@pytest.mark.parametrize(("text", "lang", "maker"), [
    ("Румынская фирма Romarm выпускает АКМ.", "ru", "ROMARM"),
    ("Сербська компанія Yugoimport продавала М70.", "uk", None),
    ("Компания Kalibr Arms выпускает АКМ.", "ru", "Kalibr Arms"),
])
def test_a_word_for_a_firm_before_a_latin_name_is_no_part_of_it(full_extractor: Extractor, text: str, lang: str,
                                                                 maker: str | None) -> None:
    facts = facts_of(full_extractor, text, lang)
    makers = objects(facts, "manufactured_by")
    assert makers == ([maker] if maker else []), facts


def test_names_side_by_side_that_and_others_closes_are_a_list(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "북한은 리비아와 시리아 이집트 예멘 등에 스커드 미사일을 판매했다.", "ko")
    assert set(objects(facts, "exported_to")) == {"Libya", "Syria", "Egypt", "Yemen"}, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("L’achat d’une licence du T-72 était prévu en 1978.", "fr"),
    ("The purchase of a licence for the T-72 was planned in 1978.", "en"),
])
def test_a_licence_a_copula_and_a_word_of_plan_leave_to_come_is_no_licence(full_extractor: Extractor, text: str,
                                                                          lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert not objects(facts, "licence_status"), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Utilisant le T-54 comme base, les Roumains ont créé le TR-580.", "fr"),
    ("Usando el T-54 como base, Rumania creó el TR-580.", "es"),
    ("Взяв Т-54 в качестве основы, румыны создали TR-580.", "ru"),
])
def test_a_design_taken_as_a_basis_is_the_original_of_the_one_made(full_extractor: Extractor, text: str,
                                                                   lang: str) -> None:
    assert ("TR-580", "derived_from", "T-54") in facts_of(full_extractor, text, lang)


@pytest.mark.parametrize("text", ["Il Type 81 è derivato dal Type 56.", "Il Type 81 è originato dal Type 56."])
def test_the_italian_copula_is_no_word_for_and(full_extractor: Extractor, text: str) -> None:
    assert ("Type 81", "derived_from", "Type 56") in facts_of(full_extractor, text, "it")


@pytest.mark.parametrize(("text", "lang"), [
    ("Танки Т-62, построенные после 1975 года, получили новую броню.", "ru"),
    ("T-62 tanks built after 1975 had new armour.", "en"),
    ("Czołgi T-62 produkowane po 1975 roku miały nowy pancerz.", "pl"),
])
def test_a_year_after_a_word_of_after_is_a_bound_not_a_start(full_extractor: Extractor, text: str,
                                                              lang: str) -> None:
    assert not objects(facts_of(full_extractor, text, lang), "introduced_year")


def test_a_word_of_after_after_the_year_governs_the_next_noun_where_words_precede_theirs(
        full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Roku 1962 po skončení výroby MiGu-19 začala výroba MiGu-21F.", "cs")
    assert objects(facts, "introduced_year"), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Roku 1986 se v Martině rozběhly přípravy k výrobě tanku T-90.", "cs"),
    ("W 1986 roku rozpoczęto przygotowania do produkcji śmigłowca Mi-24 w Świdniku.", "pl"),
])
def test_a_year_of_preparations_for_making_is_no_introduction(full_extractor: Extractor, text: str,
                                                              lang: str) -> None:
    assert not objects(facts_of(full_extractor, text, lang), "introduced_year")


def test_a_town_after_a_lower_case_word_before_a_kind_of_product_is_no_name(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Польская фирма Bumar представила на выставке в Лондоне танки PT-91.", "ru")
    assert all(p == "PT-91 Twardy" for p, _, _ in facts), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Libya bought Scuds from the Soviet Union.", "en"),
    ("De Sovjetrussische Scuds werden aan Libië geleverd.", "nl"),
])
def test_a_known_word_name_with_a_plural_s_is_that_name(full_extractor: Extractor, text: str, lang: str) -> None:
    assert ("Scud", "exported_to", "Libya") in facts_of(full_extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("The army bought Bulgarian and Polish AKMs made under licence.", "en"),
    ("A hadsereg bolgár és lengyel gyártású AKM-eket vásárolt.", "hu"),
    ("Die Armee kaufte bulgarische und polnische AKM aus Lizenzfertigung.", "de"),
])
def test_each_adjective_of_a_list_that_and_joins_is_the_names(full_extractor: Extractor, text: str,
                                                                lang: str) -> None:
    made = set(objects(facts_of(full_extractor, text, lang), "made_in_country"))
    assert {"Bulgaria", "Poland"} <= made, made


def test_a_participle_that_opens_the_sentence_dates_the_subject_after_it(full_extractor: Extractor) -> None:
    text = ("O nome M72 vem do ano de adoção. Fabricada pela Zastava, e em serviço desde 1972, a M72B1 é uma cópia "
            "do RPK.")
    facts = facts_of(full_extractor, text, "pt")
    years = {(p, o) for p, r, o in facts if r == "introduced_year"}
    assert years == {("M72B1", "1972")}, facts


def test_where_a_design_was_bought_before_it_arrived_is_no_recipient(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Do Polski dotarł zakupiony w ZSRR wzorcowy czołg T-62.", "pl")
    assert objects(facts, "exported_to") == ["Poland"], facts


def test_where_the_verb_comes_last_a_prototype_before_the_year_was_what_was_made(full_extractor: Extractor) -> None:
    assert not objects(facts_of(full_extractor, "J-8の試作機は1969年に製造された。", "ja"), "introduced_year")


def test_a_country_adjective_on_a_maker_noun_after_a_word_of_supply_is_no_recipient(
        full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Polsko sestavilo letouny An-2 z dílů dodaných sovětským výrobcem.", "cs")
    assert not objects(facts, "exported_to"), facts


@pytest.mark.parametrize(("text", "lang", "alias"), [
    ("The Type 68, or M68, is a North Korean copy of the TT-33 pistol.", "en", "M68"),
    ("朝鲜的68式或M68是托卡列夫手枪的仿制品。", "zh", "M68"),
    ("Le Type 56, ou AK-56, est une copie chinoise de l'AK-47.", "fr", "AK-56"),
])
def test_one_number_under_two_prefixes_an_or_joins_is_one_products_two_names(
        full_extractor: Extractor, text: str, lang: str, alias: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert objects(facts, "alias_of") == [alias], facts
    assert alias not in objects(facts, "derived_from"), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The MiG-15 or MiG-17 fighters were copied in China.", "en"),
    ("The AK-74 or AKS-74 rifles were copied in Bulgaria.", "en"),
])
def test_two_designs_an_or_joins_are_neither_the_others_name_nor_its_original(
        full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert not objects(facts, "alias_of"), facts
    # (each is copied: a copy of its own, made in the place the text names, derives from it)
    assert all(subject.startswith(f"{o} (") for subject, r, o in facts if r == "derived_from"), facts


@pytest.mark.parametrize(("text", "lang", "alias"), [
    ("The Shenyang J-6 was exported as the F-6 to Pakistan.", "en", "F-6"),
    ("Der J-6 wurde als F-6 nach Pakistan exportiert.", "de", "F-6"),
    ("J-6はF-6として輸出された。", "ja", "F-6"),
    ("The Zastava M70, sold in the United States as the PAP M70, is a copy of the AKM.", "en", "PAP M70"),
])
def test_the_name_a_design_was_sold_under_is_another_name_of_it(
        full_extractor: Extractor, text: str, lang: str, alias: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert objects(facts, "alias_of") == [alias], facts
    assert "PAP" not in objects(facts, "manufactured_by"), facts


def test_a_design_as_compares_after_a_comma_is_no_name_it_was_sold_under(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "The MiG-21 was exported to Egypt, as the MiG-19 before it.", "en")
    assert not objects(facts, "alias_of"), facts


@pytest.mark.parametrize(("text", "lang", "alias"), [
    ("Valmet RK 62/M62 on Suomessa valmistettu kopio AK-47:stä.", "fi", "M62"),
    ("The Type 56/AK-56 rifles were made in China.", "en", "AK-56"),
])
def test_one_number_under_two_prefixes_a_slash_joins_is_one_products_two_names(
        full_extractor: Extractor, text: str, lang: str, alias: str) -> None:
    assert objects(facts_of(full_extractor, text, lang), "alias_of") == [alias]


@pytest.mark.parametrize(("text", "lang", "alias"), [
    ("The LG5/QLU-11 grenade launcher was shown at the fair in 2010.", "en", "QLU-11"),
    ("Le lance-grenades XB-4/ZQ-40 sera fabriqué en Algérie.", "fr", "ZQ-40"),
])
def test_two_names_a_slash_joins_are_one_products_whatever_follows(
        full_extractor: Extractor, text: str, lang: str, alias: str) -> None:
    # (the annotation conventions' "AK-47MA1/AR-M1": another name; a word may follow the pair, not only a bracket)
    assert objects(facts_of(full_extractor, text, lang), "alias_of") == [alias]


@pytest.mark.parametrize("text", ["The AK-74/AKS-74 rifles were made in Bulgaria.",
                                  "The AK-47/AKM rifles were made in China.",
                                  "The Mi-8/Mi-17 helicopters were delivered to India.",
                                  "The T-54/T-55 tanks were built in Poland."])
def test_two_designs_a_slash_joins_are_no_names_of_each_other(full_extractor: Extractor, text: str) -> None:
    assert not objects(facts_of(full_extractor, text, "en"), "alias_of")


@pytest.mark.parametrize(("text", "lang", "alias"), [
    ("Су-27 обозначается Flanker.", "ru", "Flanker"),
    ("Паводле класіфікацыі НАТА Су-27 абазначаецца як Flanker.", "be", "Flanker"),
    ("Su-27 dostal jméno Flanker.", "cs", "Flanker"),
    ("Útočná puška Typ 56, či AK-56, se vyráběla v Číně.", "cs", "AK-56"),
    ("Su-27 otrzymał kryptonim Flanker.", "pl", "Flanker"),
    ("Karabinek Typ 56, bądź AK-56, produkowały zakłady Norinco.", "pl", "AK-56"),
    ("Zrakoplov An-2 piloti su zvali „Anuška“.", "hr", "Anuška"),
    ("В НАТО Су-27 получава кодовото име Flanker.", "bg", "Flanker"),
    ("XM16E1は後にM16A1と改称された。", "ja", "M16A1"),
    ("Tokagypt 58 dipasarkan di Jerman Barat dengan merek Firebird.", "id", "Firebird"),
    ("Valmet RK 62 או M62 הוא רובה סער פיני.", "he", "M62"),
    ("XM16E1 שונה שמו מאוחר יותר ל-M16A1.", "he", "M16A1"),
    ("Valmet RK 62 ose M62 është pushkë automatike finlandeze.", "sq", "M62"),
])
def test_naming_words_and_words_for_or_of_more_languages(full_extractor: Extractor, text: str, lang: str,
                                                          alias: str) -> None:
    assert objects(facts_of(full_extractor, text, lang), "alias_of") == [alias]


@pytest.mark.parametrize(("text", "lang", "aliases"), [
    ("MiG-15 또는 MiG-17이 북한에 배치되었다.", "ko", []),             # "or": two designs
    ("Hrvatska vojska koristila je M70, odnosno kasnije VHS.", "hr", []),   # "or rather": one design after another
    ("Slovenska vojska je uporabljala M70 oziroma pozneje F2000.", "sl", []),
    ("Кодавае абазначэнне НАТА для Су-27 — Flanker.", "be", ["Flanker"]),   # the alliance is no name
])
def test_words_of_or_rather_and_an_alliance_give_no_other_name(full_extractor: Extractor, text: str, lang: str,
                                                               aliases: list[str]) -> None:
    assert objects(facts_of(full_extractor, text, lang), "alias_of") == aliases


@pytest.mark.parametrize(("text", "lang", "alias"), [
    ("Valmet RK 62は、M62とも称される。", "ja", "M62"),
    ("9K32 Strela-2, SA-7 olarak da bilinir.", "tr", "SA-7"),
    ("J-6는 F-6이라는 이름으로 파키스탄에 수출되었다.", "ko", "F-6"),
    ("9K32 Strela-2 को SA-7 के नाम से भी जाना जाता है।", "hi", "SA-7"),
])
def test_a_name_before_a_naming_word_is_another_name_also_where_the_registry_knows_both(
        full_extractor: Extractor, text: str, lang: str, alias: str) -> None:
    assert objects(facts_of(full_extractor, text, lang), "alias_of") == [alias]


@pytest.mark.parametrize(("text", "lang"), [
    ("MiG-21 był tańszy od F-4, inaczej nie zostałby kupiony.", "pl"),   # "otherwise", past a comma
    ("The MiG-21 was designated to replace the MiG-19.", "en"),           # naming, then a word of replacing
    ("Le MiG-21 fut désigné pour remplacer le MiG-19.", "fr"),
    ("RK 62 ersattes senare, dvs. efter 1995, av RK 95.", "sv"),          # "that is", a comma before the name
    ("The J-6 was sold as well as the J-7.", "en"),                       # "as well as" compares
    ("MiG-15 arba MiG-17 sudarė oro pajėgų pagrindą.", "lt"),             # "or": two designs
])
def test_a_naming_word_gives_no_name_past_a_comma_a_word_of_replacing_or_a_comparison(
        full_extractor: Extractor, text: str, lang: str) -> None:
    assert not objects(facts_of(full_extractor, text, lang), "alias_of")


@pytest.mark.parametrize(("text", "lang", "alias"), [
    ("Il Tipo 56, detto anche AK-56, è una copia cinese dell'AK-47.", "it", "AK-56"),
    ("De An-2, bijgenaamd Antek, werd in Polen gebouwd.", "nl", "Antek"),
    ("RK 62, dvs. M62, tillverkades av Valmet.", "sv", "M62"),
    ("El sistema 9K32 Strela-2 se denomina SA-7 en la OTAN.", "es", "SA-7"),
])
def test_naming_words_of_western_languages(full_extractor: Extractor, text: str, lang: str, alias: str) -> None:
    assert objects(facts_of(full_extractor, text, lang), "alias_of") == [alias]


@pytest.mark.parametrize(("text", "lang"), [
    ("米格-21（MiG-21）是苏联米高扬设计局设计的战斗机。", "zh"),
    ("Тенк Т-55 (T-55) био је основни тенк ЈНА.", "sr"),
])
def test_one_designation_in_two_scripts_is_no_other_name(full_extractor: Extractor, text: str, lang: str) -> None:
    # (the same letters and number, transliterated: "米格" spells "MiG" by sound; unlike "歼-7", the J-7's Chinese
    # name, whose "歼" is a word)
    assert not objects(facts_of(full_extractor, text, lang), "alias_of")


@pytest.mark.parametrize(("text", "lang"), [
    ("The J-7 is a Chinese fighter. The NATO reporting name of the MiG-21 is Fishbed.", "en"),
    ("Kódové označení NATO pro MiG-21 je Fishbed.", "cs"),
    ("Kryptonim NATO samolotu MiG-21 to Fishbed.", "pl"),
    ("Der NATO-Codename der MiG-21 ist Fishbed.", "de"),
    ("Le nom de code OTAN du MiG-21 est Fishbed.", "fr"),
    ("Emri i NATO-s për MiG-21 është Fishbed.", "sq"),
])
def test_a_naming_noun_then_the_design_and_a_copula_give_the_designs_name(full_extractor: Extractor, text: str,
                                                                          lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert [(s, o) for s, r, o in facts if r == "alias_of"] == [("MiG-21", "Fishbed")], facts


@pytest.mark.parametrize(("text", "lang", "alias"), [
    ("Самолёт Ан-2, прозванный в войсках «кукурузником», был очень популярен.", "ru", "kukuruznikom (кукурузником)"),
    ("Samolot An-2, nazywany przez pilotów „Antkiem”, był bardzo popularny.", "pl", "Antkiem"),
])
def test_a_nickname_in_quotes_a_few_words_after_the_naming_word_is_another_name(
        full_extractor: Extractor, text: str, lang: str, alias: str) -> None:
    assert objects(facts_of(full_extractor, text, lang), "alias_of") == [alias]


@pytest.mark.parametrize(("text", "lang"), [
    ("Вертолёт Ми-4 (в Китае — Z-5) выпускался серийно.", "ru"),
    ("Śmigłowiec Mi-4 (w Chinach Z-5) produkowano seryjnie.", "pl"),
    ("The Mi-4 (in China: Z-5) was built in large numbers.", "en"),
])
def test_a_country_and_a_name_in_brackets_after_a_design_name_its_version_made_there(
        full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert [(s, o) for s, r, o in facts if r == "derived_from"] == [("Harbin Z-5", "Mi-4")], facts
    assert [(s, o) for s, r, o in facts if r == "made_in_country"] == [("Harbin Z-5", "China")], facts


@pytest.mark.parametrize("text", ["The MiG-21 was built in China as the J-7.",
                                  "The MiG-21 (built in China as the J-7) was widely exported."])
def test_where_a_making_names_a_copy_with_as_the_place_is_the_copys(full_extractor: Extractor, text: str) -> None:
    facts = facts_of(full_extractor, text, "en")
    assert [(s, o) for s, r, o in facts if r == "made_in_country"] == [("Chengdu J-7", "China")], facts
    assert not objects(facts, "alias_of"), facts


def test_a_design_renamed_to_the_name_the_registry_files_it_under_keeps_its_first_name(
        full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "The Su-27K was later renamed the Su-33.", "en")
    assert [(s, o) for s, r, o in facts if r == "alias_of"] == [("Su-33", "Su-27K")], facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Soviet-built MiG-21s fought in the Vietnam War.", "en"),
    ("Sovyet yapımı MiG-21 uçakları Vietnam Savaşı'nda kullanıldı.", "tr"),
    ("Les MiG-21 de fabrication soviétique ont combattu pendant la guerre du Vietnam.", "fr"),
    ("МиГ-21 советского производства воевали во время войны во Вьетнаме.", "ru"),
    ("استخدمت طائرات ميغ-21 السوفيتية الصنع في حرب فيتنام.", "ar"),
])
def test_a_country_that_names_a_war_is_no_place_of_making(full_extractor: Extractor, text: str, lang: str) -> None:
    assert objects(facts_of(full_extractor, text, lang), "made_in_country") == ["Soviet Union"]


def test_a_country_after_the_word_for_war_and_before_a_verb_is_still_the_subject(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Po wojnie Polska produkowała T-34 na licencji.", "pl")
    assert objects(facts, "made_in_country") == ["Poland"]


@pytest.mark.parametrize(("text", "lang", "relation", "expected"), [
    ("Многие автоматы АК-47 попали в Афганистан.", "ru", "exported_to", ["Afghanistan"]),
    ("Polska otrzymywała czołgi T-55 z ZSRR.", "pl", "exported_to", ["Poland"]),
    ("Monet T-55-panssarivaunut päätyivät Irakiin.", "fi", "exported_to", ["Iraq"]),
    ("Muchos fusiles AK-47 fueron a parar a Nicaragua.", "es", "exported_to", ["Nicaragua"]),
    ("L’Iraq progettava di acquistare il PT-91.", "it", "exported_to", []),
    ("De sovjettillverkade MiG-21 såldes till Finland.", "sv", "made_in_country", ["Soviet Union"]),
    ("Το AK-47 παραγόταν στη Βουλγαρία.", "el", "made_in_country", ["Bulgaria"]),
])
def test_words_of_ending_up_receiving_planning_and_making_of_more_languages(
        full_extractor: Extractor, text: str, lang: str, relation: str, expected: list[str]) -> None:
    assert objects(facts_of(full_extractor, text, lang), relation) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("Iraq ordered the PT-91, but the deal was cancelled.", "en"),
    ("Der Irak bestellte den PT-91, aber der Vertrag wurde storniert.", "de"),
    ("L’Irak a commandé le PT-91, mais le contrat a été annulé.", "fr"),
    ("Irak bestelde de PT-91, maar de order werd geannuleerd.", "nl"),
    ("Irak tilasi PT-91:n, mutta kauppa peruttiin.", "fi"),
    ("Irakul a comandat PT-91, dar contractul a fost anulat.", "ro"),
    ("Irak beställde PT-91, men affären avbröts.", "sv"),
])
def test_a_deal_a_later_clause_cancels_made_no_sale(full_extractor: Extractor, text: str, lang: str) -> None:
    assert not objects(facts_of(full_extractor, text, lang), "exported_to")


def test_a_deal_named_with_no_word_of_cancelling_keeps_its_sale(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Malaysia bought the PT-91 under a contract signed in 2003.", "en")
    assert objects(facts, "exported_to") == ["Malaysia"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Finnish T-72 tanks bought from the USSR were later retired.", "en"),
    ("Die von der Sowjetunion gekauften finnischen T-72 wurden später ausgemustert.", "de"),
    ("Fińskie T-72 kupione od ZSRR wycofano ze służby.", "pl"),
])
def test_a_country_adjective_on_a_design_bought_from_another_country_is_the_buyer(
        full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    # (the seller, which holds the design's rights, may be where it was made; the buyer is not)
    assert objects(facts, "exported_to") == ["Finland"] and "Finland" not in objects(facts, "made_in_country"), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The PT-91 was made by the Polish maker Bumar.", "en"),
    ("Der PT-91 wurde vom polnischen Hersteller Bumar gebaut.", "de"),
    ("The PT-91, made by the Polish firm Bumar, was sold to Malaysia.", "en"),
])
def test_the_nationality_of_the_maker_a_word_of_agency_names_is_where_it_was_made(
        full_extractor: Extractor, text: str, lang: str) -> None:
    assert objects(facts_of(full_extractor, text, lang), "made_in_country") == ["Poland"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Der Irak wollte den PT-91 von Polen kaufen.", "de"),
    ("Irak was van plan de PT-91 van Polen te kopen.", "nl"),
])
def test_a_word_of_plan_governs_a_verb_at_the_end_of_its_clause_past_the_names_between(
        full_extractor: Extractor, text: str, lang: str) -> None:
    assert not objects(facts_of(full_extractor, text, lang), "exported_to")


def test_a_deal_that_ended_after_its_deliveries_keeps_its_sale(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Iraq bought the T-72 under a contract that ended in 1990.", "en")
    assert objects(facts, "exported_to") == ["Iraq"]


@pytest.mark.parametrize(("text", "lang"), [
    ("双方就向印度出售T-90坦克进行了谈判。", "zh"),
    ("Hindistana T-90 satışı ilə bağlı danışıqlar aparılıb.", "az"),
])
def test_where_the_owner_comes_first_talks_that_end_the_clause_make_the_sale_a_plan(
        full_extractor: Extractor, text: str, lang: str) -> None:
    assert not objects(facts_of(full_extractor, text, lang), "exported_to")


@pytest.mark.parametrize(("text", "lang"), [
    ("Den sovjetkonstruerade Scud är enkel.", "sv"),
    ("Den sovjetiskkonstruerte Scud er enkel.", "nb"),
])
def test_a_soviet_designed_compound_is_no_place_of_making(full_extractor: Extractor, text: str, lang: str) -> None:
    assert not objects(facts_of(full_extractor, text, lang), "made_in_country")


def test_the_urdu_word_for_and_joins_a_list_of_recipients(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "مگ-21 بھارت، مصر اور شام کو برآمد کیا گیا۔", "ur")
    assert sorted(objects(facts, "exported_to")) == ["Egypt", "India", "Syria"]


@pytest.mark.parametrize(("text", "lang"), [
    ("The Y-5 is the An-2 built in China.", "en"),
    ("Die Y-5 ist eine in China gebaute An-2.", "de"),
])
def test_the_making_a_copulas_design_goes_on_to_is_the_first_designs(full_extractor: Extractor, text: str,
                                                                     lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert [(s, o) for s, r, o in facts if r == "made_in_country"] == [("Nanchang Y-5", "China")], facts
    assert [(s, o) for s, r, o in facts if r == "derived_from"] == [("Nanchang Y-5", "An-2")], facts


@pytest.mark.parametrize(("text", "lang", "relation", "expected"), [
    ("ה-PT-91 פותח מה-T-72M1.", "he", "derived_from", ["T-72M1"]),
    ("Tipi 56 u prodhua në vitet 1960.", "sq", "introduced_year", []),
])
def test_words_of_development_and_of_decades_of_more_languages(full_extractor: Extractor, text: str, lang: str,
                                                               relation: str, expected: list[str]) -> None:
    assert objects(facts_of(full_extractor, text, lang), relation) == expected


@pytest.mark.parametrize(("text", "lang", "relation", "expected"), [
    ("Разработчиком Т-72 является Уралвагонзавод.", "ru", "manufactured_by", []),    # a developer makes nothing
    ("O fuzil Galil foi inspirado no Valmet RK 62.", "pt", "derived_from", []),       # inspiration is no copy
    ("Der M-84 wurde vom T-72 abgeleitet.", "de", "derived_from", ["T-72"]),
    ("Az SVD 1963 óta van szolgálatban.", "hu", "introduced_year", ["1963"]),
])
def test_words_of_development_inspiration_and_service_of_more_languages(
        full_extractor: Extractor, text: str, lang: str, relation: str, expected: list[str]) -> None:
    assert objects(facts_of(full_extractor, text, lang), relation) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("HAL по лицензии строила МиГ-21ФЛ.", "ru"),
    ("Firma HAL na licencji budowała MiG-21FL.", "pl"),
    ("HAL pagal licenciją gamino MiG-21FL.", "lt"),
])
def test_a_maker_before_the_words_of_licence_of_its_making_is_the_maker_not_the_licensor(
        full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert objects(facts, "manufactured_by") == ["Hindustan Aeronautics Limited"], facts
    assert not objects(facts, "licensed_by"), facts


def test_an_organisation_right_before_the_word_licence_still_gave_it(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "The MiG-21FL was built under an IWI licence.", "en")
    assert objects(facts, "licensed_by") == ["Israel Weapon Industries"]


@pytest.mark.parametrize(("text", "lang"), [
    ("The AK-47 prototype was made in 1947.", "en"),
    ("Прототип АК-47 был изготовлен в 1947 году.", "ru"),
    ("Der Prototyp der AK-47 wurde 1947 gebaut.", "de"),
])
def test_the_making_of_a_prototype_of_the_design_is_no_introduction(full_extractor: Extractor, text: str,
                                                                     lang: str) -> None:
    assert not objects(facts_of(full_extractor, text, lang), "introduced_year")


def test_trials_set_apart_by_a_comma_leave_the_making_after_them(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "After trials, the AK-47 was produced from 1949.", "en")
    assert objects(facts, "introduced_year") == ["1949"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Двигатели для танков PT-91 поставляла компания PZL-Wola.", "ru"),
    ("Motore za tenkove M-84 isporučivala je tvrtka FAMOS.", "hr"),
    ("I motori del J-7 erano forniti dalla fabbrica di Liyang.", "it"),
    ("The engines of the PT-91 were made by PZL-Wola.", "en"),
])
def test_a_maker_of_a_part_a_word_names_before_the_design_makes_no_design(full_extractor: Extractor, text: str,
                                                                          lang: str) -> None:
    assert not objects(facts_of(full_extractor, text, lang), "manufactured_by")


def test_a_design_and_its_parts_made_by_two_makers_keep_the_designs(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "The PT-91 was made by Bumar and its engines by PZL-Wola.", "en")
    assert objects(facts, "manufactured_by") == ["Bumar-Łabędy"]


@pytest.mark.parametrize(("text", "lang"), [
    ("The first T-72s were delivered in 1973.", "en"),
    ("Die ersten T-72 wurden 1973 ausgeliefert.", "de"),
])
def test_the_first_units_delivered_to_nobody_named_enter_service(full_extractor: Extractor, text: str,
                                                                 lang: str) -> None:
    assert objects(facts_of(full_extractor, text, lang), "introduced_year") == ["1973"]


def test_the_first_units_delivered_to_a_buyer_are_a_sale_not_an_introduction(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "The first T-72s were delivered to India in 1980.", "en")
    assert objects(facts, "exported_to") == ["India"] and not objects(facts, "introduced_year")


@pytest.mark.parametrize(("text", "lang"), [
    ("AKM, modernisoitu AK-47, otettiin käyttöön vuonna 1959.", "fi"),
    ("AKM, en moderniserad AK-47, infördes 1959.", "sv"),
    ("Az AKM, a modernizált AK-47, 1959-ben állt szolgálatba.", "hu"),
])
def test_a_version_word_on_a_name_in_an_aside_makes_it_the_original_of_the_name_before(
        full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert {(s, r, o) for s, r, o in facts if r in {"derived_from", "introduced_year"}} == {
        ("AKM", "derived_from", "AK-47"), ("AKM", "introduced_year", "1959")}, facts


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The MiG-21-based J-7 entered service in 1966.", "en", ("Chengdu J-7", "derived_from", "MiG-21")),
    ("Den T-72-baserade PT-91 tillverkades i Polen.", "sv", ("PT-91 Twardy", "derived_from", "T-72")),
    ("The HAL-built MiG-21FL served for decades.", "en",
     ("MiG-21FL", "manufactured_by", "Hindustan Aeronautics Limited")),
])
def test_a_name_a_hyphen_glues_to_based_or_built_is_the_original_or_the_maker(
        full_extractor: Extractor, text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in facts_of(full_extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Созданный на базе Т-72М1 польский танк PT-91 поступил на вооружение в 1995 году.", "ru"),
    ("Zbudowany na bazie T-72M1 polski czołg PT-91 wszedł do służby w 1995 roku.", "pl"),
    ("Developed from the T-72M1, the Polish PT-91 entered service in 1995.", "en"),
])
def test_a_phrase_of_basis_that_opens_the_sentence_names_the_subjects_original(
        full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert {(s, r, o) for s, r, o in facts if r in {"derived_from", "made_in_country"}} == {
        ("PT-91 Twardy", "derived_from", "T-72M1"), ("PT-91 Twardy", "made_in_country", "Poland")}, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Shenyang J-6 (myös F-6) palveli vuosikymmeniä Pakistanin ilmavoimissa.", "fi"),
    ("Shenyang J-6 (ka F-6) teenis aastakümneid Pakistani õhujõududes.", "et"),
])
def test_a_word_for_also_that_opens_brackets_gives_another_name(full_extractor: Extractor, text: str,
                                                                lang: str) -> None:
    assert objects(facts_of(full_extractor, text, lang), "alias_of") == ["F-6"]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("J-8（殲撃八型）は中国の戦闘機である。", "ja", ("J-8", "alias_of", "殲撃八型")),
    ("歼-8(J-8)是一种战斗机。", "zh", ("J-8", "alias_of", "歼-8")),
    ("O J-8 (chinês: 歼-8) é um caça.", "pt", ("J-8", "alias_of", "歼-8")),   # a language's name labels it
    ("The J-7 (歼-7) is a Chinese copy of the MiG-21.", "en", ("Chengdu J-7", "alias_of", "歼-7")),
])
def test_a_designation_spelled_in_chinese_characters_in_brackets_is_another_name(
        full_extractor: Extractor, text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in facts_of(full_extractor, text, lang)


def test_a_cyrillic_spelling_in_brackets_is_the_same_letters_not_another_name(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Танк Т-72 (T-72) был принят на вооружение в 1973 году.", "ru")
    assert objects(facts, "alias_of") == [], facts


@pytest.mark.parametrize(("text", "lang"), [
    ("MiG-15をJ-2(殲撃二型)として国産化した。", "ja"),   # the name, then its spelling in brackets
    ("MiG-15をJ-2として国産化した。", "ja"),             # a copy word, no country named
    ("MiG-15를 J-2로 복제했다.", "ko"),
])
def test_a_name_given_with_a_word_of_copying_is_the_copy(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert ("J-2", "derived_from", "MiG-15") in facts and ("MiG-15", "derived_from", "J-2") not in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("In 1972 Bolivia decided to buy the T-55.", "en"),
    ("En 1972, Bolivia decidió comprar el T-55.", "es"),
    ("Nel 1972 la Bolivia decise di acquistare il T-55.", "it"),
    ("En 1972, la Bolivie décida d'acheter le T-55.", "fr"),
    ("В 1972 году Боливия решила купить Т-55.", "ru"),
    ("W 1972 roku Boliwia postanowiła kupić T-55.", "pl"),
])
def test_a_decision_to_buy_is_a_plan_no_sale(full_extractor: Extractor, text: str, lang: str) -> None:
    assert not objects(facts_of(full_extractor, text, lang), "exported_to")


@pytest.mark.parametrize(("text", "lang", "version"), [
    ("Pištoľ Makarov sa od roku 1958 vyrába aj vo verzii IŽ-70.", "sk", "IZ-70"),
    ("Pistole Makarov se od roku 1958 vyrábí také ve verzi IŽ-70.", "cs", "IZ-70"),
    ("Pistolet Makarow produkowano od 1958 roku także w wersji IŻ-70.", "pl", "IZ-70"),
    ("Пистолет Макарова с 1958 года выпускается также в версии ИЖ-70.", "ru", "IZh-70"),
    ("La pistola Makarov se fabricó desde 1958 también en la versión IZh-70.", "es", "IZh-70"),
])
def test_what_is_made_in_the_version_named_is_that_version(full_extractor: Extractor, text: str, lang: str,
                                                           version: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert (version, "derived_from", "Makarov PM") in facts and (version, "introduced_year", "1958") in facts, facts
    assert ("Makarov PM", "derived_from", version) not in facts


def test_versions_a_colon_lists_after_a_phrase_of_version_are_still_versions(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Samolot An-2 był produkowany w wersjach: An-2T, An-2R.", "pl")
    assert {f for f in facts if f[1] == "derived_from"} == {
        ("An-2T", "derived_from", "An-2"), ("An-2R", "derived_from", "An-2")}, facts


def test_what_a_modernisation_led_to_is_built_on_it(full_extractor: Extractor) -> None:
    # (a word of versions is no original-naming word past a word of what came of it)
    facts = facts_of(full_extractor, "The Lim-5 was modernized, which led to the Lim-6.", "en")
    assert [f for f in facts if f[1] == "derived_from"] == [("Lim-6", "derived_from", "PZL-Mielec Lim-5")]
    retired = facts_of(full_extractor, "The T-72 entered service in 1973, resulting in the retirement of the T-55.",
                       "en")
    assert not objects(retired, "derived_from"), retired


@pytest.mark.parametrize(("text", "place"), [
    ("59式在中国生产，在巴基斯坦服役。", "Pakistan"),                          # made in China; in service in Pakistan
    ("59式在1959年开始生产，在美国已经批量装备M60的时候，我国只有59式。", "United States"),
])
def test_a_place_a_word_of_use_claims_after_a_comma_is_no_place_of_making(full_extractor: Extractor, text: str,
                                                                          place: str) -> None:
    facts = facts_of(full_extractor, text, "zh")
    assert not [f for f in facts if f[1] == "made_in_country" and f[2] == place], facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Mısır Sovyet yapımı MiG-21 uçaklarını uzun süre kullandı.", "tr"),   # Egypt used Soviet-made MiG-21s
    ("Egypt flew Soviet-made MiG-21s for decades.", "en"),
])
def test_a_country_before_another_country_s_making_is_no_place_of_it(full_extractor: Extractor, text: str,
                                                                      lang: str) -> None:
    made = {o for _, r, o in facts_of(full_extractor, text, lang) if r == "made_in_country"}
    assert made == {"Soviet Union"}


def test_a_list_of_places_the_last_in_its_case_still_joins(full_extractor: Extractor) -> None:
    # (the locative ending on the list's last name only: not read as that name's adjective, which no other country
    # before the making may stand beside)
    facts = facts_of(full_extractor, "МиГ-21 самолётлари машҳур. Бу самолёт собиқ иттифоқда 1959-1985 йилларда, "
                                     "шунингдек Чехословакия, Ҳиндистон ва Хитойда ишлаб чиқарилган.", "uz")
    assert {o for _, r, o in facts if r == "made_in_country"} == {"Soviet Union", "Czechoslovakia", "India", "China"}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Czechoslovakia manufactured Soviet T-72 tanks.", "en", {"Czechoslovakia"}),   # an adjective after the making
    ("Poland produced Soviet T-55 tanks from 1964.", "en", {"Poland"}),
])
def test_the_maker_before_a_making_keeps_its_place(full_extractor: Extractor, text: str, lang: str,
                                                   expected: set[str]) -> None:
    made = {o for _, r, o in facts_of(full_extractor, text, lang) if r == "made_in_country"}
    assert expected <= made, made


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("A Tor-M1 rendszereket Oroszországban gyártották, majd 1999-ben Ciprus szerezte meg őket.", "hu",
     ("Tor-M1", "exported_to", "Cyprus")),                                  # a verb with its prefix after it
    ("Kornet füzeleri 2011'de Suriye tarafından elde edildi.", "tr", ("9M133 Kornet", "exported_to", "Syria")),
    ("The Zastava factory began the licensed manufacturing of the M-84 in 1984.", "en",
     ("M-84", "introduced_year", "1984")),
])
def test_words_of_acquiring_and_of_starting_to_make(full_extractor: Extractor, text: str, lang: str,
                                                    expected: tuple[str, str, str]) -> None:
    assert expected in facts_of(full_extractor, text, lang)


@pytest.mark.parametrize(("text", "lang", "absent"), [
    ("The Type 80 machine gun is a close variant of the Soviet version PKM.", "en", "Soviet Union"),
    ("Type 56 adalah senapan jiplakan dari senapan Rusia AK-47 yang dibuat di Tiongkok.", "id", "Russia"),
    ("53式軽機関銃はソ連の軽機関銃の国産化である。", "ja", "Soviet Union"),   # the Soviet gun's making at home
])
def test_a_country_in_what_the_copy_is_of_is_not_where_the_copy_is_made(full_extractor: Extractor, text: str,
                                                                         lang: str, absent: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert not [f for f in facts if f[1] == "made_in_country" and f[2] == absent], facts


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Type 56 adalah versi Tiongkok dari AK-47.", "id", ("Type 56", "made_in_country", "China")),
    ("AK-47 dijiplak oleh Tiongkok sebagai Type 56.", "id", ("Type 56", "made_in_country", "China")),
    ("59式戦車は中国の国産化である。", "ja", ("Type 59 tank", "made_in_country", "China")),
])
def test_the_copier_and_the_copy_s_own_adjective_still_place_it(full_extractor: Extractor, text: str, lang: str,
                                                                expected: tuple[str, str, str]) -> None:
    assert expected in facts_of(full_extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Pistole Typ 59 ist eine chinesische Kopie der Makarow. Der Minister berichtete, dass Iran Waffen an "
     "Russland liefert.", "de"),
    ("De BTR-70 is een Sovjet-ontwerp. Eerder stuurde Polen veel materieel en munitie naar Litouwen.", "nl"),
    ("The BTR-70 is a Soviet design. Earlier, Poland sent weapons and ammunition to Lithuania.", "en"),
])
def test_arms_in_general_sent_are_not_the_product_spoken_of(full_extractor: Extractor, text: str, lang: str) -> None:
    assert not objects(facts_of(full_extractor, text, lang), "exported_to")


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The M70 is well known. Zastava Arms exported them to the United States.", "en",
     ("Zastava M70", "exported_to", "United States")),                      # a word of a maker's name
    ("The Type 56 was made in China. China sold these arms to Iraq.", "en", ("Type 56", "exported_to", "Iraq")),
    ("PT-91 є польським танком. В 2022 році певна кількість передана Збройним силам України.", "uk",
     ("PT-91 Twardy", "exported_to", "Ukraine")),                           # a word of forces
])
def test_words_of_arms_that_name_a_maker_forces_or_the_product_spoken_of(
        full_extractor: Extractor, text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in facts_of(full_extractor, text, lang)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Polska produkowała śmigłowce Mi-2 głównie dla ZSRR.", "pl", ("Mi-2", "exported_to", "Soviet Union")),
    ("Poland built Mi-2 helicopters mainly for the Soviet Union.", "en", ("Mi-2", "exported_to", "Soviet Union")),
    ("A Rússia produziu os primeiros helicópteros Mi-171 para o Peru.", "pt", ("Mi-171", "exported_to", "Peru")),
    ("Poland built Mi-2 helicopters for the Soviet Union and Bulgaria.", "en", ("Mi-2", "exported_to", "Bulgaria")),
])
def test_what_is_made_for_a_country_goes_there(full_extractor: Extractor, text: str, lang: str,
                                               expected: tuple[str, str, str]) -> None:
    assert expected in facts_of(full_extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("The T-55 was produced for decades in Poland.", "en"),
    ("China produced the Type 59 for China.", "en"),                        # the maker's own country
    ("У Польщі випускався танк Т-72M для Збройних сил Польщі.", "uk"),       # a country's forces
])
def test_made_for_no_buyer_abroad_sends_nothing(full_extractor: Extractor, text: str, lang: str) -> None:
    assert not objects(facts_of(full_extractor, text, lang), "exported_to")


@pytest.mark.parametrize(("text", "products"), [
    ("The licence agreement for manufacture of the T-72 was entered into in 1982 with the Soviet Union.", ["T-72"]),
    ("Transfer of Technology for T-72M and T-72MK with USSR.", ["T-72M", "T-72MK"]),
])
def test_the_party_a_deal_is_made_with_further_on_is_the_licensor_not_the_maker(
        full_extractor: Extractor, text: str, products: list[str]) -> None:
    facts = facts_of(full_extractor, text, "en")
    assert {(p, "licensed_by", "Soviet Union") for p in products} <= facts, facts
    assert not [f for f in facts if f[1] == "made_in_country"], facts


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Der Hubschrauber Mi-2 mit dem Natocode Hoplite wurde in Polen gebaut.", "de", ("Mi-2", "alias_of", "Hoplite")),
    ("Lengyelország PT-91-es harckocsikat adott át Ukrajnának.", "hu", ("PT-91 Twardy", "exported_to", "Ukraine")),
])
def test_natocode_and_a_verb_with_its_prefix_after_it(
        full_extractor: Extractor, text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in facts_of(full_extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("India builds the MiG-21 and the upgraded variants Type 75 and Type 96.", "en"),
    ("HAL a construit le MiG-21 et les variantes Type 75 et Type 96.", "fr"),
])
def test_names_right_after_a_word_of_versions_joined_to_a_design_are_its_versions(
        full_extractor: Extractor, text: str, lang: str) -> None:
    derived = {(p, o) for p, r, o in facts_of(full_extractor, text, lang) if r == "derived_from"}
    assert derived == {("Type 75", "MiG-21"), ("Type 96", "MiG-21")}


@pytest.mark.parametrize(("text", "lang"), [
    ("Rumanía produjo dos versiones derivadas del AKM: el Md. 65 y el Md. 90.", "es"),
    ("Two rifles derived from the AKM: the Md. 65 and the Md. 90.", "en"),
    ("Hay dos versiones del AKM: el PM md. 65 y el PM md. 90.", "es"),
])
def test_names_a_colon_lists_after_the_original_a_word_of_versions_names_are_its_versions(
        full_extractor: Extractor, text: str, lang: str) -> None:
    derived = {(p, o) for p, r, o in facts_of(full_extractor, text, lang) if r == "derived_from"}
    assert derived == {("PM md. 65", "AKM"), ("PM md. 90", "AKM")}


@pytest.mark.parametrize(("text", "lang"), [
    ("It was derived from the AKM: the changes were small, and the PM md. 63 followed.", "en"),   # a clause after
    ("India produced the MiG-21 and exports variants Type 75.", "en"),                      # a verb between
])
def test_no_versions_past_a_clause_after_the_colon_or_a_verb_before_the_word(
        full_extractor: Extractor, text: str, lang: str) -> None:
    derived = {(p, o) for p, r, o in facts_of(full_extractor, text, lang) if r == "derived_from"}
    assert ("PM md. 63", "AKM") not in derived and ("Type 75", "MiG-21") not in derived, derived


@pytest.mark.parametrize(("text", "lang"), [
    ("The 24 howitzers were delivered to Morocco.", "en"),
    ("Les 24 obusiers ont été livrés au Maroc.", "fr"),
    ("Los 24 obuses fueron entregados a Marruecos.", "es"),
    ("Diese 30 Panzer wurden an Marokko geliefert.", "de"),                 # a word of pointing back
])
def test_an_article_and_a_count_before_a_product_noun_is_no_name(full_extractor: Extractor, text: str,
                                                                  lang: str) -> None:
    assert not facts_of(full_extractor, text, lang)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Pakistan bought F-7MP 'Skybolt' fighters.", "en", ("F-7MP", "alias_of", "Skybolt")),   # straight single quotes
    ("Il carro armato Type 59 (cinese: 59式; designazione industriale: WZ-120) è cinese.", "it",
     ("Type 59 tank", "alias_of", "59式")),               # the design's word for its kind, a bracket that goes on
])
def test_a_name_in_single_quotes_and_a_chinese_name_of_a_design_with_its_kind(
        full_extractor: Extractor, text: str, lang: str, expected: tuple[str, str, str]) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert expected in facts, facts
    assert not [f for f in facts if f[1] == "alias_of" and f[2] == "Type 59 tank"]   # (no name with its kind again)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Elicopterele IAR 330 au fost produse la Brașov.", "ro", ("IAR-330", "made_in_country", "Romania")),
    ("Rynnäkkökivääri RK 62 valmistettiin Suomessa.", "fi", ("RK 62", "made_in_country", "Finland")),
])
def test_a_word_in_capitals_and_a_number_after_a_product_noun_is_a_name(
        full_extractor: Extractor, text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in facts_of(full_extractor, text, lang)


@pytest.mark.parametrize(("text", "name"), [
    ("AK-47, Keleş olarak da bilinir.", "Keleş"),            # a capitalised name no list knows, right before the word
    ('AK-47, "Kaleş" olarak da bilinir.', "Kaleş"),          # or one in quotes
])
def test_a_name_right_before_a_naming_word_that_follows_it_is_another_name(full_extractor: Extractor, text: str,
                                                                          name: str) -> None:
    assert ("AK-47", "alias_of", name) in facts_of(full_extractor, text, "tr")
