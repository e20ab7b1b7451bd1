"""Extraction rules through the library: lists, negation, expiry, look-alikes, languages."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import all_facts, facts_of

LIST = "East Germany, Bulgaria, Hungary, Poland and Romania were licensed to build the AKM."


def test_every_quote_is_the_text_at_its_offsets(extractor: Extractor) -> None:
    text = "Intro line\n\n" + LIST + "\nThe AIM was exported to Iraq and Iran."
    facts = all_facts(extractor, text)
    assert facts
    assert all(text[f.start:f.end] == f.quote for f in facts)


def test_a_list_gives_one_fact_per_country(extractor: Extractor) -> None:
    facts = all_facts(extractor, LIST)
    made = {f.object for f in facts if f.relation == "made_in_country" and f.subject == "AKM"}
    scopes = {f.scope for f in facts if f.relation == "licence_status" and f.object == "licensed"}
    assert made == {"East Germany", "Bulgaria", "Hungary", "Poland", "Romania"}
    assert scopes == made


@pytest.mark.parametrize("text", [
    "Yugoslavia never obtained a licence for the M70.",
    "The Zastava M70 was made without a licence.",
])
def test_negation_reads_as_unlicensed(extractor: Extractor, text: str) -> None:
    statuses = {o for _, r, o in facts_of(extractor, text, "en") if r == "licence_status"}
    assert statuses == {"unlicensed"}


def test_an_expired_licence(extractor: Extractor) -> None:
    text = "Venezuela bought a licence to produce the AK-103. The licence for the AK-103 expired in 2016."
    assert ("AK-103", "licence_status", "expired") in facts_of(extractor, text, "en")


def test_the_vz58_is_never_derived_from_an_ak(extractor: Extractor) -> None:
    for text in ("The Vz. 58 is a copy of the AK-47.", "Der Vz. 58 ist ein Nachbau der AK-47.",
                 "The Czechoslovak Vz. 58 resembles the AK-47 but is not a copy."):
        assert not [f for f in facts_of(extractor, text) if f[1] == "derived_from"], text


def test_a_designation_nobody_entered_is_discovered(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Iraqi QX-77 is a copy of the AKM, made in Iraq.", "en")
    assert ("QX-77", "derived_from", "AKM") in facts
    assert ("QX-77", "made_in_country", "Iraq") in facts


def test_the_maker_a_company_not_a_country(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Type 56 was manufactured by Norinco in China.", "en")
    assert ("Type 56", "manufactured_by", "Norinco") in facts
    assert ("Type 56", "made_in_country", "China") in facts


def test_two_products_in_one_sentence(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Galil is based on the Finnish Valmet Rk 62.", "en")
    assert ("IMI Galil", "derived_from", "Valmet Rk 62") in facts or any(
        s.endswith("Galil") and r == "derived_from" for s, r, _ in facts)
    assert any(r == "made_in_country" and o == "Finland" and "62" in s for s, r, o in facts)


def test_boilerplate_gives_nothing(extractor: Extractor) -> None:
    text = "We use cookies to personalise content. Subscribe to our newsletter. All rights reserved."
    assert facts_of(extractor, text, "en") == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Болгарский автомат АКК производился по лицензии в Болгарии.", ("made_in_country", "Bulgaria")),
    ("Senjata ini diproduksi di bawah lisensi oleh FÉG. AMD-65 buatan Hungaria.", ("made_in_country", "Hungary")),
    ("Karabinek kbk wz. 88 Tantal to polska wersja AK-74.", ("derived_from", "AK-74")),
    ("Pistolul mitralieră model 1963 este o copie românească a AKM.", ("made_in_country", "Romania")),
    ("Die MPi-KM ist ein in Lizenz gebauter Nachbau der AKM.", ("licence_status", "licensed")),
    ("Le Type 56 est une copie chinoise de l'AK-47.", ("made_in_country", "China")),
    ("El M70 yugoslavo es una copia del AK-47 fabricada sin licencia.", ("licence_status", "unlicensed")),
    ("Китайският Type 56 е копие на АК-47.", ("derived_from", "AK-47")),
])
def test_languages(extractor: Extractor, text: str, expected: tuple[str, str]) -> None:
    assert expected in {(r, o) for _, r, o in facts_of(extractor, text)}


def test_the_language_is_reported(extractor: Extractor) -> None:
    facts = all_facts(extractor, "Karabinek kbk wz. 88 Tantal to polska wersja AK-74, produkowana w Polsce.")
    assert {f.language for f in facts} == {"pl"}


@pytest.mark.parametrize(("text", "lang", "year"), [
    ("The AMD-65 was built at FÉG under a Soviet licence from 1965.", "en", "1965"),
    ("Der AMD-65 wurde ab 1965 bei FÉG in Lizenz gefertigt.", "de", "1965"),
    ("Das AMD-65 ist ein ungarisches Sturmgewehr, das 1965 eingeführt wurde.", "de", "1965"),
    ("АМД-65 произвеждан по лиценз в Будапеща от 1965 година.", "bg", "1965"),
    ("Zastava M70 se proizvodi u Kragujevcu od 1970. godine.", "sr", "1970"),
    ("Karabinek AMD-65 był węgierską kopią AKM. Produkcja na Węgrzech ruszyła w 1965 roku.", "pl", "1965"),
])
def test_start_years(extractor: Extractor, text: str, lang: str, year: str) -> None:
    assert year in {o for _, r, o in facts_of(extractor, text, lang) if r == "introduced_year"}, text


def test_a_stemmed_country_name_needs_its_capital(extractor: Extractor) -> None:
    # "Samo*" (Samoa) must not match "samopal"; "Česk*" must not reach into "Československý".
    facts = facts_of(extractor, "Československý samopal vz. 58 byl vyráběn v Uherském Brodě.", "cs")
    places = {o for _, r, o in facts if r == "made_in_country"}
    assert "Samoa" not in places and "Czech Republic" not in places


def test_a_maker_exporting_arms_says_nothing_of_the_topic(extractor: Extractor) -> None:
    text = "The AMD-65 is a Hungarian copy of the AKM. FÉG also exported weapons to Iraq and Libya."
    assert not {o for _, r, o in facts_of(extractor, text, "en") if r == "exported_to"}


def test_a_new_paragraph_speaks_of_the_paragraph_topic(extractor: Extractor) -> None:
    text = ("The AMD-65 is a Hungarian copy of the AKM. A shortened version, the AMD-65M, followed later.\n\n"
            "Large numbers were exported to Iraq and Libya.")
    exported = {s for s, r, _ in facts_of(extractor, text, "en") if r == "exported_to"}
    assert exported and all("65M" not in s for s in exported)


def test_a_second_predicate_shares_the_sentence_subject(extractor: Extractor) -> None:
    text = "The AMD-65 is a Hungarian rifle. It is based on the AKM, itself a copy of the AK-47, and was made by FÉG."
    makers = {s for s, r, _ in facts_of(extractor, text, "en") if r == "manufactured_by"}
    assert makers == {"AMD-65"}


def test_a_country_after_a_copula_is_not_where_the_parent_was_copied(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Banyak orang mengira AMD-65 buatan Hungaria adalah tiruan AKM.", "id")
    assert {s for s, r, o in facts if r == "made_in_country" and o == "Hungary"} == {"AMD-65"}


def test_a_maker_noun_is_not_a_production_verb(extractor: Extractor) -> None:
    text = "Министерство обороны России подаст иски против производителей копий АК-74."
    assert ("AK-74", "made_in_country", "Russia") not in facts_of(extractor, text, "ru")


def test_a_verb_final_destination(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Az AMD-65 magyar gépkarabély. Líbiába is exportálták.", "hu")
    assert ("AMD-65", "exported_to", "Libya") in facts


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("El AMD-65 se exportó a Irak, donde se produce bajo licencia.", "es", ("AMD-65", "made_in_country", "Iraq")),
    ("The AMD-65 was exported to Iraq, where it is made under licence.", "en", ("AMD-65", "made_in_country", "Iraq")),
    ("El AMD-65 es un fusil de asalto húngaro derivado del AKM.", "es", ("AMD-65", "made_in_country", "Hungary")),
    ("El informe señala que las copias húngaras del AKM son comunes.", "es", ("AKM", "made_in_country", "Hungary")),
])
def test_where_and_whose_copies(extractor: Extractor, text: str, lang: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Der AMD-65 wurde in Ungarn hergestellt.", "de", ("AMD-65", "made_in_country", "Hungary")),
    ("Die MPi-KM wurde in der DDR gefertigt.", "de", ("MPi-KM", "made_in_country", "East Germany")),
    ("Az AMD-65-öt Magyarországon gyártották.", "hu", ("AMD-65", "made_in_country", "Hungary")),
    ("Karabinek AMD-65 był w Polsce produkowany.", "pl", ("AMD-65", "made_in_country", "Poland")),
    ("El AMD-65 se fabricó en Hungría desde 1965.", "es", ("AMD-65", "made_in_country", "Hungary")),
    ("Az AMD-65-öt 1965-ben rendszeresítették.", "hu", ("AMD-65", "introduced_year", "1965")),
    ("AMD-65 byl uveden 1965.", "cs", ("AMD-65", "introduced_year", "1965")),
])
def test_place_and_year_before_the_verb(extractor: Extractor, text: str, lang: str,
                                        fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(extractor, text, lang)


def test_a_stem_takes_only_a_vowel_ending(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Samopal AMD-65 se vyráběl v Maďarsku.", "cs")
    assert {o for _, r, o in facts if r == "made_in_country"} == {"Hungary"}


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("The licence for production of the AMD-65 in Hungary expired.", "en", ("AMD-65", "made_in_country", "Hungary")),
    ("In Hungary the factory at Budapest built the AMD-65.", "en", ("AMD-65", "made_in_country", "Hungary")),
    ("FÉG says that Hungarian producers are selling AMD-65 copies abroad.", "en",
     ("AMD-65", "made_in_country", "Hungary")),
])
def test_places_of_making(extractor: Extractor, text: str, lang: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(extractor, text, lang)


def test_a_place_where_things_were_sold_is_not_where_they_were_made(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The AMD-65 rifles sold in Iraq were produced by FÉG.", "en")
    assert ("AMD-65", "made_in_country", "Iraq") not in facts


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Ein Importeur verkauft ohne Lizenz gebaute AMD-65-Kopien aus Ungarn.", "de",
     ("AMD-65", "made_in_country", "Hungary")),
    ("Die Waffen stammen von FÉG, die das Modell AMD-65 herstellt.", "de", ("AMD-65", "manufactured_by", "FÉG")),
    ("Der russische Konzern Kalaschnikow hat Klage gegen die AMD-65 eingereicht.", "de",
     ("AMD-65", "licence_status", "disputed")),
])
def test_origins_and_makers(extractor: Extractor, text: str, lang: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Автомат АК-74 был принят на вооружение в 1974 году. На его основе создан АК-74М.", "ru",
     ("AK-74M", "derived_from", "AK-74")),
    ("Le Misr est un fusil égyptien. L'URSS avait accordé la licence à l'Égypte.", "fr",
     ("Misr", "licensed_by", "Soviet Union")),
])
def test_anaphoric_parents_and_grants(extractor: Extractor, text: str, lang: str,
                                      fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(extractor, text, lang)


def test_a_lower_case_expansion_is_no_alias(extractor: Extractor) -> None:
    text = "АКМ (автомат Калашникова модернизированный) — советский автомат, принятый на вооружение в 1959 году."
    assert not [f for f in facts_of(extractor, text, "ru") if f[1] == "alias_of"]


def test_an_opening_version_noun_belongs_to_the_topic(extractor: Extractor) -> None:
    text = ("The AMD-65 is a Hungarian copy of the AKM. It was made by FÉG from 1965. "
            "A shortened version, the AMK-70, followed later.")
    facts = facts_of(extractor, text, "en")
    assert ("AMK-70", "derived_from", "AMD-65") in facts


@pytest.mark.parametrize(("text", "expected"), [
    ("Romania exported the PM md. 63 to Iraq and the PM md. 65 to Iran.",
     {("PM md. 63", "Iraq"), ("PM md. 65", "Iran")}),
    ("The AKM and the AMD-65 were exported to Libya.", {("AKM", "Libya"), ("AMD-65", "Libya")}),
    ("The AMD-65, which replaced the AKM, was exported to Libya.", {("AMD-65", "Libya")}),
])
def test_exports_go_to_each_product_of_a_list(extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, r, o in facts_of(extractor, text, "en") if r == "exported_to"} == expected
