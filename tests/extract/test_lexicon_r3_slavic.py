"""Round-3 cue classes of the Slavic files (pl, cs, sk, sr, hr, bs, sl, bg, mk, be): `deal` (an agreement between
parties) and `with` (the word before the other party), the `part` words added beside them, and the licence a deal
with a party gives when the sentence says the product is made. Sentences written for this test."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import assert_deal_and_with, cue_spans, facts_of

DEAL_WITH = [
    ("pl", "Polska zawarła umowę z ZSRR o produkcji czołgu.", "umowę", "z"),
    ("pl", "Porozumienie ze Związkiem Radzieckim podpisano w 1964 roku.", "Porozumienie", "ze"),
    ("cs", "Československo uzavřelo smlouvu se SSSR o výrobě tanku.", "smlouvu", "se"),
    ("cs", "Na základě dohody s Polskem vyráběl závod vrtulníky.", "dohody", "s"),
    ("sk", "Slovensko podpísalo zmluvu s Ruskom o výrobe tanku.", "zmluvu", "s"),
    ("sk", "Dohoda so Sovietskym zväzom platila do roku 1991.", "Dohoda", "so"),
    ("sr", "Југославија је закључила уговор са СССР-ом о производњи тенка.", "уговор", "са"),
    ("sr", "Jugoslavija je potpisala sporazum sa SSSR-om o proizvodnji tenka.", "sporazum", "sa"),
    ("hr", "Tvornica je sklopila ugovor s Kuvajtom o isporuci tenkova.", "ugovor", "s"),
    ("bs", "Zavod je potpisao sporazum sa Slovačkom o prodaji bacača.", "sporazum", "sa"),
    ("sl", "Slovenija je podpisala pogodbo z Izraelom o posodobitvi tankov.", "pogodbo", "z"),
    ("bg", "България сключи договор със СССР за производство на автомата.", "договор", "със"),
    ("mk", "Македонија потпиша договор со Украина за набавка на хеликоптери.", "договор", "со"),
    ("be", "Беларусь падпісала дагавор з Расіяй аб вытворчасці танкаў.", "дагавор", "з"),
]


@pytest.mark.parametrize("code,text,deal,with_", DEAL_WITH)
def test_deal_and_with_words(code: str, text: str, deal: str, with_: str) -> None:
    assert_deal_and_with(code, text, deal, with_)


def test_conventional_is_not_an_agreement() -> None:
    # Polish "umowny"/"umownie" (conventional, conventionally) share the stem of "umowa" (agreement)
    assert "deal" not in cue_spans("pl", "Ten podział jest umowny i umownie nazywa się go wersją.")


@pytest.mark.parametrize("code,text,product", [
    ("pl", "Na mocy umowy z ZSRR zakłady Bumar Łabędy produkowały czołgi T-72M od 1982 roku.", "T-72M"),
    ("cs", "Na základě dohody se Sovětským svazem vyráběl podnik ZŤS Martin tanky T-72M od roku 1981.", "T-72M"),
    ("sk", "Na základe dohody so Sovietskym zväzom vyrábali závody ZŤS Martin tanky T-72M od roku 1981.", "T-72M"),
    ("hr", "Na temelju sporazuma sa Sovjetskim Savezom tvornica Đuro Đaković proizvodila je tenkove M-84 od "
           "1984. godine.", "M-84"),
    ("sr", "На основу уговора са Совјетским Савезом фабрика Ђуро Ђаковић производила је тенкове М-84 од 1984. "
           "године.", "M-84"),
    ("sl", "Na podlagi pogodbe s Sovjetsko zvezo je tovarna izdelovala tanke M-84 od leta 1984.", "M-84"),
    ("bg", "Въз основа на договор със Съветския съюз заводът Арсенал произвеждаше автомати АКМ от 1965 г.", "AKM"),
    ("mk", "Врз основа на договор со Советскиот Сојуз фабриката произведуваше тенкови Т-55 од 1960 година.",
     "T-55"),
])
def test_a_deal_with_a_party_to_make_is_a_licence(extractor: Extractor, code: str, text: str,
                                                   product: str) -> None:
    facts = facts_of(extractor, text, code)
    assert (product, "licence_status", "licensed") in facts, facts
    assert (product, "licensed_by", "Soviet Union") in facts, facts


@pytest.mark.parametrize("code,word", [
    ("sk", "strelivo"), ("sk", "náboje"), ("cs", "střelivo"), ("sr", "муниција"), ("hr", "streljivo"),
    ("bs", "municija"), ("sl", "strelivo"), ("bg", "боеприпаси"), ("mk", "муниција"),
])
def test_ammunition_is_a_part(code: str, word: str) -> None:
    assert word in cue_spans(code, word).get("part", []), cue_spans(code, word)
