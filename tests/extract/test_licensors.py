"""Who gave a licence, read the way each language orders its words: the licensor is never the copy's country, the
maker, or the buyer of what was made. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "copy", "maker", "licensor"), [
    # an adjective after the copy word, where adjectives follow their noun, is the copy's country
    ("fr", "Le Type 56 est une copie chinoise de l'AKM, fabriquée sous licence soviétique.",
     "Type 56", "China", "Soviet Union"),
    ("it", "Il Type 56 era una copia cinese dell'AKM, costruita su licenza sovietica.",
     "Type 56", "China", "Soviet Union"),
    ("ro", "Pistolul Type 54 este o copie chinezească a pistolului TT, fabricată sub licență sovietică.",
     "Type 54 pistol", "China", "Soviet Union"),
    # before the copy word, where adjectives come first; after it, the adjective is the original's
    ("en", "The Type 56 was a Chinese copy of the AKM, built under a Soviet licence.",
     "Type 56", "China", "Soviet Union"),
    ("hr", "Type 56 je kineska kopija sovjetskog AKM-a, proizvedena pod sovjetskom licencom.",
     "Type 56", "China", "Soviet Union"),
])
def test_a_copy_words_adjective_names_no_licensor(extractor: Extractor, lang: str, text: str, copy: str,
                                                    maker: str, licensor: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert (copy, "licensed_by", licensor) in facts, facts
    assert (copy, "licensed_by", maker) not in facts, facts
    assert (copy, "made_in_country", maker) in facts, facts


@pytest.mark.parametrize(("lang", "text"), [
    # the owner before the licence word; the name after it is the maker
    ("tr", "Sovyetler Birliği lisansıyla Polonya T-72 tankı üretti."),
    ("tr", "Rusya lisansıyla Polonya 1980'lerde T-72 üretiyordu."),
    # a "from" before one country does not reach past it to the next
    ("en", "Under a licence from the Soviet Union, Poland built the T-72."),
    ("en", "With a licence from Russia, Poland went on building the T-72."),
    # nor, where "of" is a word, does a country right after the licence word own it: it opens the clause
    ("en", "Under a Soviet licence Poland built the T-72 for the Warsaw Pact armies."),
    ("es", "Con licencia soviética Polonia fabricó el T-72 para el Pacto de Varsovia."),
])
def test_the_maker_named_after_the_licence_is_no_licensor(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("T-72", "licensed_by", "Poland") not in facts, facts
    assert ("T-72", "made_in_country", "Poland") in facts, facts
    assert any(r == "licensed_by" and o in {"Soviet Union", "Russia"} for _, r, o in facts), facts


@pytest.mark.parametrize(("lang", "text"), [
    ("hu", "Lengyelország szovjet licenc alapján gyártotta a T-72-t, és Indiába exportálta."),
    ("hu", "Lengyelország szovjet licenc alapján gyártotta a T-72-t, majd Irakba exportálta."),
])
def test_what_was_made_under_licence_and_then_sold_is_exported(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    buyer = "India" if "Indiába" in text else "Iraq"
    assert ("T-72", "exported_to", buyer) in facts, facts           # the tanks went there, not the licence
    assert ("T-72", "licensed_by", "Poland") not in facts, facts     # the maker handed nothing over
    assert ("T-72", "licensed_by", "Soviet Union") in facts, facts
    scopes = {f.scope for f in extractor.extract_text(text, "t.txt", lang) if f.relation == "licence_status"}
    assert scopes == {"Poland"}, scopes                             # the licensee is the maker, not the buyer


def test_a_licence_handed_to_a_country_still_makes_it_the_licensee(extractor: Extractor) -> None:
    text = "A Szovjetunió átadta a T-72 gyártási engedélyét Lengyelországnak."
    found = extractor.extract_text(text, "t.txt", "hu")
    assert ("T-72", "licensed_by", "Soviet Union") in {(f.subject, f.relation, f.object) for f in found}, found
    assert {f.scope for f in found if f.relation == "licence_status"} == {"Poland"}, found


@pytest.mark.parametrize(("lang", "text"), [
    # a compound that ends in the licence word is one, whatever its head
    ("fi", "Puola sai Neuvostoliitolta T-72:n valmistuslisenssin vuonna 1978."),
    ("de", "Polen erwarb 1978 von der Sowjetunion die Fertigungslizenz für den T-72."),
    ("sv", "Polen köpte tillverkningslicensen för T-72 av Sovjetunionen."),
    ("nl", "Polen kreeg in 1978 van de Sovjet-Unie de bouwlicentie voor de T-72."),
    ("nb", "Polen fikk produksjonslisensen for T-72 fra Sovjetunionen."),
    ("et", "Poola sai Nõukogude Liidult T-72 tootmislitsentsi."),
])
def test_a_compound_ending_in_the_licence_word_is_a_licence(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("T-72", "licensed_by", "Soviet Union") in facts, facts
    assert ("T-72", "exported_to", "Poland") not in facts, facts   # a licence came, not tanks


@pytest.mark.parametrize(("lang", "text"), [
    # the seller of a licence a buyer took, named after the design the licence is for
    ("en", "China bought a licence to produce the Tu-104 from the USSR in 1960."),
    ("vi", "Trung Quốc đã mua giấy phép sản xuất Tu-104 từ Liên Xô vào năm 1960."),
])
def test_the_seller_after_the_licensed_design_is_the_licensor(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Tu-104", "licensed_by", "Soviet Union") in facts, facts
    assert ("Tu-104", "made_in_country", "China") in facts, facts


def test_a_maker_after_a_licence_built_design_is_no_licensor(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The licence-built Tu-104 from Poland was exported.", "en")
    assert ("Tu-104", "licensed_by", "Poland") not in facts, facts


@pytest.mark.parametrize(("lang", "text"), [
    # Romance "à", "a" after a verb of buying marks whom it was bought from
    ("fr", "La Chine a acheté la licence du Tu-104 à l'URSS."),
    ("fr", "La Chine a acheté à l'URSS la licence de production du Tu-104."),
    ("es", "China compró la licencia del Tu-104 a la URSS."),
    ("it", "La Cina comprò la licenza del Tu-104 all'URSS."),
])
def test_whom_a_licence_was_bought_from_is_the_licensor(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Tu-104", "licensed_by", "Soviet Union") in facts, facts
    assert ("Tu-104", "licensed_by", "China") not in facts, facts


def test_a_buyer_of_a_licence_that_exports_what_it_made_is_no_licensor(extractor: Extractor) -> None:
    facts = facts_of(extractor, "China bought a licence for the Tu-104 and exported it to Egypt.", "en")
    assert ("Tu-104", "licensed_by", "China") not in facts, facts
    assert ("Tu-104", "exported_to", "Egypt") in facts, facts
    assert ("Tu-104", "made_in_country", "China") in facts, facts


@pytest.mark.parametrize(("lang", "text"), [
    # the licence for a design, fronted before the verb of getting it and the one who got it
    ("pl", "Licencję na Tu-104 Chiny otrzymały od ZSRR w 1960 roku."),
    ("hr", "Licencu za Tu-104 Kina je dobila od SSSR-a 1960. godine."),
])
def test_a_fronted_licence_for_a_design_is_what_was_got(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Tu-104", "licence_status", "licensed") in facts, facts
    assert ("Tu-104", "licensed_by", "Soviet Union") in facts, facts


def test_the_receiver_of_a_passive_grant_is_no_licensor(extractor: Extractor) -> None:
    facts = facts_of(extractor, "In 1960 China was granted a licence by the USSR to build the Tu-104.", "en")
    assert ("Tu-104", "licensed_by", "Soviet Union") in facts, facts
    assert ("Tu-104", "licensed_by", "China") not in facts, facts
    assert ("Tu-104", "made_in_country", "China") in facts, facts


@pytest.mark.parametrize(("lang", "text", "licensee"), [
    # permission to make a design is a licence; a country adjective on it names the licensor
    ("en", "China received Soviet permission to produce the Tu-104.", "China"),
    ("es", "Egipto recibió permiso para fabricar el Tu-104 de la URSS.", "Egypt"),
    ("it", "Nel 1962 l'Albania ottenne il permesso di fabbricare il Tu-104.", "Albania"),
])
def test_permission_to_make_is_a_licence(extractor: Extractor, lang: str, text: str, licensee: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Tu-104", "licence_status", "licensed") in facts, facts
    assert ("Tu-104", "made_in_country", licensee) in facts, facts


def test_a_country_adjective_on_a_phrase_of_permission_is_the_licensor(extractor: Extractor) -> None:
    facts = facts_of(extractor, "China received Soviet permission to produce the Tu-104.", "en")
    assert ("Tu-104", "licensed_by", "Soviet Union") in facts, facts


@pytest.mark.parametrize(("lang", "text"), [
    # the receiver a word of "to" marks may stand between the one who hands the licence over and the verb
    ("zh", "苏联向中国转让了Tu-104的生产技术。"),
    ("zh", "1960年苏联向中国出售了Tu-104的生产许可证。"),
])
def test_the_receiver_between_the_granter_and_the_verb(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Tu-104", "licensed_by", "Soviet Union") in facts, facts
    assert ("Tu-104", "licensed_by", "China") not in facts, facts
