"""Cue words of the South Slavic (hr, sr in both scripts, bs, sl, mk), Chinese and Japanese language files.

These sentences were written for the tests: each proves that a word class of one language file reaches the
scorer (licence, copy and basis, export, introduction into service, alias), never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor, lexicon
from copytrace.extract.match import match_fold
from tests.extract.conftest import all_facts, facts_of


@pytest.fixture(scope="module")
def extractor(small_extractor: Extractor) -> Extractor:
    return small_extractor


def _classes(lang: str, text: str, span: str) -> set[str]:
    """The cue classes the language's matcher finds on exactly ``span`` of ``text``."""
    start = text.index(span)
    return {m.phrase.cls for m in lexicon.language(lang).matcher.find(text, match_fold(text))
            if (m.start, m.end) == (start, start + len(span))}


@pytest.mark.parametrize(("text", "lang"), [
    ("Tenk M-84 nastao je na temelju sovjetskog tenka T-72.", "hr"),
    ("Тенк М-84 је југословенска верзија совјетског тенка Т-72.", "sr"),
    ("Tank M-84 je jugoslovanska različica sovjetskega tanka T-72.", "sl"),
    ("Тенкот М-84 е југословенска верзија на советскиот тенк Т-72.", "mk"),
])
def test_a_south_slavic_version_derives_from_the_original(extractor: Extractor, text: str, lang: str) -> None:
    assert ("M-84", "derived_from", "T-72") in facts_of(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang", "subject", "original"), [
    ("56式冲锋枪是中国仿制的AK-47。", "zh", "Type 56", "AK-47"),
    ("歼-7是在米格-21的基础上改进而来的。", "zh", "J-7", "MiG-21"),
    ("56式自動歩槍は中国がAK-47をコピーしたものである。", "ja", "Type 56", "AK-47"),
    ("J-7はMiG-21をもとに開発された。", "ja", "J-7", "MiG-21"),
])
def test_a_chinese_or_japanese_copy_derives_from_the_original(extractor: Extractor, text: str, lang: str,
                                                              subject: str, original: str) -> None:
    assert (subject, "derived_from", original) in facts_of(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Puška M70 proizvodila se u Zastavi pod licencom Sovjetskog Saveza.", "hr"),
    ("Пушка М70 производила се у Југославији по лиценци Совјетског Савеза.", "sr"),
    ("Puška M70 je bila izdelana v Jugoslaviji po sovjetski licenci.", "sl"),
    ("Пушката М70 е произведена во Југославија под советска лиценца.", "mk"),
])
def test_south_slavic_licence_words_make_a_licensed_product(extractor: Extractor, text: str, lang: str) -> None:
    assert ("Zastava M70", "licence_status", "licensed") in facts_of(extractor, text, lang)


def test_a_slovenian_licence_adjective_names_the_licensor(extractor: Extractor) -> None:
    facts = all_facts(extractor, "Puška M70 je bila izdelana v Jugoslaviji po sovjetski licenci.", "sl")
    assert "Soviet Union" in {f.object for f in facts if f.relation == "licensed_by"}
    assert "Yugoslavia" in {f.object for f in facts if f.relation == "made_in_country"}


def test_a_bosnian_production_without_licence_is_unlicensed(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Puška M70 proizvodila se u Jugoslaviji bez licence.", "bs")
    assert ("Zastava M70", "licence_status", "unlicensed") in facts
    assert ("Zastava M70", "made_in_country", "Yugoslavia") in facts


def test_a_croatian_plant_word_names_the_maker(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Puška M70 proizvodila se u Zastavi pod licencom Sovjetskog Saveza.", "hr")
    assert any(s == "Zastava M70" and r == "manufactured_by" for s, r, _ in facts)


@pytest.mark.parametrize(("text", "lang"), [
    ("Puška M70 izvezena je u Irak i Ugandu.", "hr"),
    ("Puška M70 izvožena je u Irak i Ugandu.", "sr"),
    ("Puško M70 so izvažali v Irak in Ugando.", "sl"),
    ("Пушката М70 се извезуваше во Ирак и Уганда.", "mk"),
])
def test_south_slavic_exports_reach_every_country_of_a_list(extractor: Extractor, text: str, lang: str) -> None:
    exports = {o for _, r, o in facts_of(extractor, text, lang) if r == "exported_to"}
    assert exports == {"Iraq", "Uganda"}


def test_chinese_exports_and_production(extractor: Extractor) -> None:
    facts = facts_of(extractor, "56式衝鋒槍由中國製造，出口到伊拉克和越南。", "zh")
    assert {("Type 56", "exported_to", "Iraq"), ("Type 56", "exported_to", "Vietnam"),
            ("Type 56", "made_in_country", "China")} <= facts


def test_japanese_licence_production_places_the_product(extractor: Extractor) -> None:
    facts = facts_of(extractor, "T-72はポーランドでライセンス生産された。", "ja")
    assert {("T-72", "licence_status", "licensed"), ("T-72", "made_in_country", "Poland")} <= facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Tenk M-84 uvršten je u naoružanje 1984. godine.", "hr"),
    ("Тенк М-84 уведен је у наоружање ЈНА 1984. године.", "sr"),
])
def test_entering_service_gives_the_introduction_year(extractor: Extractor, text: str, lang: str) -> None:
    assert ("M-84", "introduced_year", "1984") in facts_of(extractor, text, lang)


def test_a_croatian_alias_names_the_same_product(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Tabuk, poznat i kao M70, proizvodio se u Iraku.", "hr")
    assert ("Tabuk", "alias_of", "Zastava M70") in facts


@pytest.mark.parametrize(("lang", "text", "span", "cls"), [
    ("hr", "Tenk je uvršten u naoružanje.", "uvršten u naoružanje", "introduce"),
    ("hr", "Tvrtka je dobavljač oružja.", "dobavljač", "export"),
    ("hr", "Oružje je nosilo oznaku M70, a kasnije je preimenovano.", "preimenovano", "alias"),
    ("sr", "Rusija je nabavila puške M70.", "nabavila", "import"),
    ("sr", "Пушка је извезена у Ирак.", "извезена", "export"),
    ("sr", "Тенк је уведен у наоружање.", "уведен", "introduce"),
    ("sl", "Kupec je bila vojska.", "Kupec", "import"),
    ("sl", "Proizvajalca ni bilo.", "Proizvajalca", "maker"),
    ("mk", "Тенкот го произведуваше воената индустрија.", "воената индустрија", "maker"),
    ("mk", "Тенкот е воведен во 1984 година.", "воведен", "introduce"),
    ("zh", "该机于1970年开始批量生产。", "开始批量生产", "introduce"),
    ("zh", "歼-7是在米格-21的基础上改进而来的。", "改进而来", "basis"),
    ("ja", "同機は1970年に生産が開始された。", "生産が開始", "introduce"),
    ("ja", "同社は自走砲を製造した。", "自走砲", "product_noun"),
])
def test_new_cue_words_reach_their_class(lang: str, text: str, span: str, cls: str) -> None:
    assert cls in _classes(lang, text, span)


@pytest.mark.parametrize(("lang", "text", "span"), [
    ("hr", "U gradu Kragujevcu nalazi se tvornica.", "gradu"),
    ("sr", "Iz grada Kragujevca stigla je vest.", "grada"),
    ("mk", "Фабриката е во градот Скопје.", "градот"),
])
def test_a_city_is_not_a_production_verb(lang: str, text: str, span: str) -> None:
    assert "produce" not in _classes(lang, text, span)


def test_serbian_business_is_not_a_since_word() -> None:
    assert "since" not in _classes("sr", "Posao je posla vredan.", "posla")


@pytest.mark.parametrize(("lang", "text", "span"), [
    ("sr", "Zamenio ga je noviji model.", "Zamenio"),
    ("sl", "Zamenjal ga je novejši model.", "Zamenjal"),
    ("mk", "Го замени постариот тенк.", "замени"),
])
def test_replacing_in_service_is_not_a_successor_design(lang: str, text: str, span: str) -> None:
    assert "successor" not in _classes(lang, text, span)
