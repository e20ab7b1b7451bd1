"""What the registry knows of a design bounds what a text is read to say of it: the facts of a design outside its
field (data/outside.yaml) are dropped unless the document ties it to another design by a licence or a derivation;
a design's own country is no recipient of it; a copy is not made where its original comes from. Sentences of our
own."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from copytrace.extract.resolve import outside_field
from tests.extract.conftest import facts_of


def test_a_western_design_named_beside_is_no_fact(full_extractor: Extractor) -> None:
    text = ("Poland bought American F-16C jets in 2006 and later ordered Leopard 2A4 tanks made in Germany, "
            "while its T-72M1 tanks were built at Bumar-Łabędy.")
    facts = facts_of(full_extractor, text, "en")
    assert not [f for f in facts if f[0].startswith(("F-16", "Leopard"))], facts
    # (the Soviet design's own facts stay)
    assert any(s == "T-72M1" and r == "manufactured_by" for s, r, _ in facts), facts


def test_in_another_language_too(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "La Pologne a acheté des F-16 américains en 2006.", "fr")
    assert not [f for f in facts if f[0].startswith("F-16")], facts


def test_a_licence_brings_it_into_the_field(full_extractor: Extractor) -> None:
    # guard: a licensed making abroad is the registry's business, whatever the design's origin
    facts = facts_of(full_extractor, "Pakistan makes the G3 rifle under a German licence.", "en")
    assert ("G3", "licence_status", "licensed") in facts, facts
    assert ("G3", "made_in_country", "Pakistan") in facts, facts


def test_the_original_of_a_copy_stays(full_extractor: Extractor) -> None:
    # guard: the design a copy is made from is tied to it
    text = "The Taiwanese T65 rifle was based on the AR-15. The AR-15 was first built in the United States."
    facts = facts_of(full_extractor, text, "en")
    assert ("T65", "derived_from", "AR-15") in facts, facts
    assert ("AR-15", "made_in_country", "United States") in facts, facts


def test_versions_by_suffix_not_longer_words() -> None:
    assert outside_field("F-16") and outside_field("F-16C") and outside_field("Leopard 2A6")
    assert outside_field("Merkava 4") and outside_field("Merkava-4")
    assert not outside_field("F-160")        # another number
    assert not outside_field("Falanga")      # a longer word than "FAL"
    assert not outside_field("T-72M1")       # a Soviet design
    assert not outside_field("F-7")          # China's export name of its MiG-21 copy


def test_a_design_is_sent_from_its_own_country_not_to_it(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "The Su-30MK2 went to Vietnam, and Russia kept building it for its own air "
                                     "force.", "en")
    assert ("Su-30MK2", "exported_to", "Vietnam") in facts, facts
    assert ("Su-30MK2", "exported_to", "Russia") not in facts, facts
    listed = facts_of(full_extractor, "The T-72 was exported to Iraq, Syria and Russia.", "en")
    assert ("T-72", "exported_to", "Russia") not in listed, listed


def test_a_copy_made_abroad_goes_home(full_extractor: Extractor) -> None:
    # guard: where the text says it was made in another country, it went to its own country from there
    facts = facts_of(full_extractor, "Polish-built An-2 aircraft were delivered to the Soviet Union in large "
                                     "numbers.", "en")
    assert ("An-2", "exported_to", "Soviet Union") in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Der Typ 56 wurde in der Sowjetunion entworfen und in China gebaut.", "de"),
    ("The Type 56 was made with Soviet tooling in the USSR style.", "en"),
])
def test_a_copy_is_not_made_where_its_original_comes_from(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert ("Type 56", "made_in_country", "Soviet Union") not in facts, facts


def test_a_copys_own_country_stays(full_extractor: Extractor) -> None:
    # guard: the place the registry gives the copy itself
    facts = facts_of(full_extractor, "The Type 56, a copy of the AK-47, was made in China.", "en")
    assert ("Type 56", "made_in_country", "China") in facts, facts


def test_a_field_of_versions_derives_each_from_the_record_and_none_from_another(extractor: Extractor) -> None:
    text = "Kestrel-9\n\nType: light tank\nVariants: Kestrel-9M, Kestrel-9A\n"
    derived = {(s, o) for s, r, o in facts_of(extractor, text, "en") if r == "derived_from"}
    assert derived == {("Kestrel-9M", "Kestrel-9"), ("Kestrel-9A", "Kestrel-9")}, derived


@pytest.mark.parametrize(("lang", "lines"), [
    ("tr", "Kestrel-9 bir tanktır.\n\nMenşei: Polonya\nÜretici: Holm Tankworks\n"),
    ("ar", "Kestrel-9 دبابة.\n\nبلد الأصل: بولندا\nالمصنع: Holm Tankworks\n"),
    ("uk", "Kestrel-9 — танк.\n\nКраїна: Польща\nВиробник: Holm Tankworks\n"),
    ("zh", "Kestrel-9坦克是一种主战坦克。\n\n产地：波兰\n制造商：Holm Tankworks、QRT\n"),
])
def test_a_data_sheets_origin_and_maker_in_more_languages(extractor: Extractor, lang: str, lines: str) -> None:
    facts = facts_of(extractor, lines, lang)
    assert ("Kestrel-9", "made_in_country", "Poland") in facts, facts
    assert ("Kestrel-9", "manufactured_by", "Holm Tankworks") in facts, facts


def test_a_turkish_label_of_versions_derives_none_from_another(extractor: Extractor) -> None:
    text = "Kestrel-9 bir tanktır.\n\nVaryantlar: Kestrel-9M, Kestrel-9A\n"
    derived = {(s, o) for s, r, o in facts_of(extractor, text, "tr") if r == "derived_from"}
    assert ("Kestrel-9A", "Kestrel-9M") not in derived, derived


def test_a_table_row_of_a_page_read_from_html_is_a_field(extractor: Extractor) -> None:
    # (the HTML reader writes a table's rows as "| label | value |")
    text = ("Kestrel-9\n\n| Type | Main battle tank |\n|---|---|\n| Place of origin | Poland |\n"
            "| Manufacturer | QRT |\n| Variants | Kestrel-9M, Kestrel-9A |\n")
    facts = facts_of(extractor, text, "en")
    assert ("Kestrel-9", "made_in_country", "Poland") in facts, facts
    assert ("Kestrel-9", "manufactured_by", "QRT") in facts, facts
    assert ("Kestrel-9A", "derived_from", "Kestrel-9M") not in facts, facts


def test_an_html_pages_data_sheet_reaches_the_extractor_as_fields(extractor: Extractor) -> None:
    from copytrace.ingest.loaders.html import HtmlLoader

    page = ("<html><head><title>Kestrel-9</title></head><body><article><h1>Kestrel-9</h1>"
            "<p>The Kestrel-9 is a light tank that a small firm designed for the army in the early 1990s and built in"
            " modest numbers until the line closed.</p><table><tr><th>Place of origin</th><td>Poland</td></tr>"
            "<tr><th>Manufacturer</th><td>QRT</td></tr><tr><th>Produced</th><td>1993–2002</td></tr></table>"
            "<p>The army took the first of them in 1994, and a few more followed over the next eight years.</p>"
            "</article></body></html>")
    loaded = HtmlLoader().load_text(page, "kestrel.html")
    facts = {(f.subject, f.relation, f.object) for f in extractor.extract_text(loaded.text, "kestrel.html")}
    assert ("Kestrel-9", "manufactured_by", "QRT") in facts, (loaded.text, facts)
    assert ("Kestrel-9", "made_in_country", "Poland") in facts, (loaded.text, facts)
