"""Paragraphs and sentences: abbreviations, protected designations, CJK stops, long sentences, joined lines."""

from __future__ import annotations

import itertools

import pytest

from copytrace.extract import lexicon
from copytrace.extract.segment import MAX_SENTENCE, paragraphs, sentences

NONE: frozenset[str] = frozenset()


def split(text: str, abbreviations: frozenset[str] = NONE,
          protected: list[tuple[int, int]] | None = None) -> list[str]:
    return [text[a:b] for a, b in sentences(text, 0, len(text), abbreviations, protected or [])]


def test_sentences_end_at_a_period_before_a_capital() -> None:
    assert split("The rifle was made in Poland. It was sold to Iraq.") == [
        "The rifle was made in Poland.", "It was sold to Iraq."]


def test_question_and_exclamation_marks_end_sentences() -> None:
    assert split("Was it a copy? Nobody knew! Then it ended.") == ["Was it a copy?", "Nobody knew!", "Then it ended."]


@pytest.mark.parametrize(("text", "abbreviation"), [
    ("Zakład wyprodukował tzw. Kałasznikowa w Radomiu. Potem go sprzedano.", "tzw"),
    ("Выпуск начался в 1962 г. Ижевским заводом. Позже его закрыли.", "г"),
    ("The plant made approx. Twelve thousand rifles. Then it closed.", "approx"),
])
def test_an_abbreviation_does_not_end_a_sentence(text: str, abbreviation: str) -> None:
    pieces = split(text, frozenset({abbreviation}))
    assert len(pieces) == 2
    assert f"{abbreviation}. " in pieces[0]


def test_without_the_abbreviation_the_period_ends_a_sentence() -> None:
    text = "Zakład wyprodukował tzw. Kałasznikowa w Radomiu."
    assert split(text) == ["Zakład wyprodukował tzw.", "Kałasznikowa w Radomiu."]


def test_an_initial_does_not_end_a_sentence() -> None:
    assert split("It was designed by M. Kalashnikov in 1947. Then came the AKM.") == [
        "It was designed by M. Kalashnikov in 1947.", "Then came the AKM."]


def test_a_period_before_lower_case_does_not_end_a_sentence() -> None:
    text = "The rifle was made in the U.K. and sold abroad."
    assert split(text) == [text]


def test_a_protected_designation_with_a_dot_is_not_cut() -> None:
    text = "Czechoslovakia made the Vz. 58 rifle. It was not an AK."
    begin = text.index("Vz. 58")
    assert split(text, protected=[(begin, begin + len("Vz. 58"))]) == [
        "Czechoslovakia made the Vz. 58 rifle.", "It was not an AK."]


def test_an_unprotected_designation_with_a_dot_is_cut() -> None:
    text = "Czechoslovakia made the Vz. 58 rifle."
    assert len(split(text)) == 2


@pytest.mark.parametrize(("text", "expected"), [
    ("这种步枪在中国生产。后来出口到巴基斯坦。", ["这种步枪在中国生产。", "后来出口到巴基斯坦。"]),
    ("这种步枪是仿制的吗？是的！", ["这种步枪是仿制的吗？", "是的！"]),
    ("この銃は中国で作られた。後に輸出された。", ["この銃は中国で作られた。", "後に輸出された。"]),
])
def test_cjk_full_stops_end_sentences(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_an_arabic_question_mark_ends_a_sentence() -> None:
    assert split("هل صنعت البندقية في مصر؟ نعم صنعت هناك") == ["هل صنعت البندقية في مصر؟", "نعم صنعت هناك"]


def test_a_newline_between_sentences_ends_a_sentence() -> None:
    assert split("First line.\nSecond line.") == ["First line.", "Second line."]


def test_a_blank_line_separates_paragraphs() -> None:
    assert split("Heading\n\nThe rifle was made in Poland.") == ["Heading", "The rifle was made in Poland."]


@pytest.mark.parametrize("text", [
    ", ".join(["the rifle was made in a plant near the border"] * 40) + ".",
    "x" * (3 * MAX_SENTENCE + 17),
    " ".join(["word"] * 700),
])
def test_a_long_sentence_is_cut_into_bounded_pieces(text: str) -> None:
    pieces = list(sentences(text, 0, len(text), NONE, []))
    assert len(pieces) > 1
    assert all(0 < b - a <= MAX_SENTENCE for a, b in pieces)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(prev[1] == nxt[0] for prev, nxt in itertools.pairwise(pieces))


def test_a_long_sentence_is_cut_after_a_clause_mark() -> None:
    text = ", ".join(["the rifle was made in a plant near the border"] * 40) + "."
    pieces = [text[a:b] for a, b in sentences(text, 0, len(text), NONE, [])]
    assert all(piece.endswith(", ") for piece in pieces[:-1])


def test_sentences_stay_inside_the_given_range() -> None:
    text = "Skip this. The rifle was made in Poland. It was sold. Skip that."
    begin, end = text.index("The rifle"), text.index(" Skip that")
    assert [text[a:b] for a, b in sentences(text, begin, end, NONE, [])] == [
        "The rifle was made in Poland.", "It was sold."]


def test_sentences_carry_no_surrounding_space() -> None:
    text = "  The rifle was made.   It was sold.  "
    assert split(text) == ["The rifle was made.", "It was sold."]


# --- paragraphs -----------------------------------------------------------------------------------------------------

def test_lines_continuing_in_lower_case_stay_one_paragraph() -> None:
    text = "The rifle was made\nin Poland and sold\nto Iraq.\nA new paragraph starts here."
    assert [text[a:b] for a, b in paragraphs(text, 0, len(text))] == [
        "The rifle was made\nin Poland and sold\nto Iraq.", "A new paragraph starts here."]


def test_a_line_after_a_comma_continues_the_paragraph() -> None:
    text = "Poland, Hungary,\nbulgaria and Romania built it."
    assert list(paragraphs(text, 0, len(text))) == [(0, len(text))]


def test_a_line_starting_with_a_capital_starts_a_paragraph() -> None:
    text = "The rifle was made\nIn Poland it was sold"
    assert [text[a:b] for a, b in paragraphs(text, 0, len(text))] == ["The rifle was made", "In Poland it was sold"]


def test_a_line_after_a_full_stop_starts_a_paragraph_even_in_lower_case() -> None:
    text = "The rifle was made.\nthen it was sold"
    assert [text[a:b] for a, b in paragraphs(text, 0, len(text))] == ["The rifle was made.", "then it was sold"]


def test_empty_lines_give_no_paragraph() -> None:
    text = "\n\nOne.\n\n\n   \nTwo.\n"
    assert [text[a:b] for a, b in paragraphs(text, 0, len(text))] == ["One.", "Two."]


def test_a_semicolon_ends_a_clause_in_any_script() -> None:
    text = "Die Fabrik baute Motoren; 1958 kam der erste Panzer.工厂生产发动机;1958年第一辆坦克下线。"
    spans = [text[a:b] for a, b in sentences(text, 0, len(text), frozenset())]
    assert spans[0] == "Die Fabrik baute Motoren;"
    assert spans[1].startswith("1958 kam")
    assert any(s.startswith("1958年") for s in spans)


@pytest.mark.parametrize("text", [
    "टैंक तैयार है. इन्हें भारत में बनाया गया.",   # a word that ends in a vowel sign (Devanagari)
    "ปืนนี้ผลิตที่ จีน. ปืนนั้นผลิตที่ รัสเซีย.",     # Thai (a word with its vowel sign inside)
])
def test_a_period_after_a_word_ending_in_a_vowel_sign_ends_a_sentence(text: str) -> None:
    assert len(split(text)) == 2


def test_the_danda_and_the_urdu_full_stop_end_sentences() -> None:
    text = "रूस ने विमान बेचे। भारत ने उन्हें बनाया। پاکستان نے خریدے۔ یہ دوسرا جملہ ہے۔"
    spans = [text[a:b] for a, b in sentences(text, 0, len(text), frozenset(), [])]
    assert spans == ["रूस ने विमान बेचे।", "भारत ने उन्हें बनाया।", "پاکستان نے خریدے۔", "یہ دوسرا جملہ ہے۔"]


def test_an_urdu_full_stop_inside_a_name_ends_no_sentence() -> None:
    text = "پاکستان نے ایف۔16 خریدے۔ یہ دوسرا جملہ ہے۔"
    assert [text[a:b] for a, b in sentences(text, 0, len(text), frozenset(), [])] == [
        "پاکستان نے ایف۔16 خریدے۔", "یہ دوسرا جملہ ہے۔"]


def test_an_abbreviation_with_a_dot_inside_ends_no_sentence() -> None:
    text = "Přestavěný Sd.Kfz. 251 dostal nové jméno. Další věta."
    spans = [text[a:b] for a, b in sentences(text, 0, len(text), lexicon.language("cs").abbreviations, [])]
    assert spans == ["Přestavěný Sd.Kfz. 251 dostal nové jméno.", "Další věta."]


@pytest.mark.parametrize(("text", "first"), [
    ("Тип 56 был принят на вооружение в 1956 г. Позднее был создан Тип 81.",
     "Тип 56 был принят на вооружение в 1956 г."),
    ("Форт-221 прийнято на озброєння у 2009 р. Пізніше з'явився Форт-224.", "Форт-221 прийнято на озброєння у 2009 р."),
])
def test_the_abbreviation_of_year_after_a_sentences_words_ends_it(text: str, first: str) -> None:
    assert split(text, frozenset({"г", "р"}))[0] == first


@pytest.mark.parametrize("text", [
    "В 1956 г. СССР передал Китаю лицензию на АК-47.",   # the year opens the sentence
    "Завод выпустил первые машины в 1981 г. Тип 81 был принят позже.",   # a name after it may go on
])
def test_the_abbreviation_of_year_ends_no_sentence_it_opens_or_before_a_name(text: str) -> None:
    name = text.find("Тип")
    protected = [(name, name + 6)] if name >= 0 else []
    assert len(split(text, frozenset({"г"}), protected)) == 1


def test_a_stop_set_apart_by_a_space_ends_a_sentence_before_a_capital() -> None:
    assert split("It was made by Mil in the Soviet Union . The Mi-17 is a variant .") == [
        "It was made by Mil in the Soviet Union .", "The Mi-17 is a variant ."]
    assert len(split("It was made in the . soviet era")) == 1   # (not before a small letter)


@pytest.mark.parametrize("text", [
    "Die erste Maschine verließ das Werk am 12. Mai 1956. Dann folgte die Serie.",
    "Armáda převzala tanky 19. července 1982. Dann folgte die Serie.",
    "Hæren fik dem den 3. maj 1960. Dann folgte die Serie.",
])
def test_a_days_number_and_its_stop_before_a_months_name_end_no_sentence(text: str) -> None:
    assert len(split(text)) == 2, split(text)


def test_a_small_number_and_a_stop_before_another_capital_end_a_sentence() -> None:
    assert split("The army took 12. Many more came later.") == ["The army took 12.", "Many more came later."]


@pytest.mark.parametrize(("text", "first"), [
    ("The plant bought the tooling from the Soviets.Production began two years later.",
     "The plant bought the tooling from the Soviets."),
    ("Serial output began in 1981.Exports followed soon after.", "Serial output began in 1981."),
    ("Pabrik itu membeli lisensi dari Uni Soviet.Produksi dimulai kemudian.",
     "Pabrik itu membeli lisensi dari Uni Soviet."),
])
def test_a_period_glued_to_a_capitalised_word_ends_a_sentence(text: str, first: str) -> None:
    assert split(text)[0] == first


@pytest.mark.parametrize("text", [
    "The St.Petersburg works made the first batch.",  # a capitalised abbreviation before the period
    "The rifle is sold at www.example.com today.",    # no capital after the period
    "Dieser Wagen wurde bzw.Später gebaut.",          # the language's abbreviation before it
])
def test_other_glued_periods_end_no_sentence(text: str) -> None:
    assert len(split(text, frozenset({"bzw"}))) == 1


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Як-52 (разг. «Як») стал учебным самолётом. Другая фраза."),
    ("ru", "Тип 63 (кит. 63式) — гусеничный бронетранспортёр. Другая фраза."),
    ("uk", "Як-52 (розм. «Як») став навчальним літаком. Інше речення."),
    ("hr", "Tip 59 (kin. 59式) je kineski tenk. Druga rečenica."),
    ("sr", "Тип 59 (кин. 59式) је кинески тенк. Друга реченица."),
    ("sl", "Tip 59 (kit. 59式) je kitajski tank. Drugi stavek."),
])
def test_a_dictionarys_gloss_abbreviation_ends_no_sentence(lang: str, text: str) -> None:
    spans = [text[a:b] for a, b in sentences(text, 0, len(text), lexicon.language(lang).abbreviations, [])]
    assert len(spans) == 2, spans


@pytest.mark.parametrize(("text", "first"), [
    ("Pușca trage cartușe de 5,45×39 mm. Alte firme din Bulgaria o copiază.", "Pușca trage cartușe de 5,45×39 mm."),
    ("Karabin ma lufę długości 415 mm. Później produkowano go w Radomiu.", "Karabin ma lufę długości 415 mm."),
    ("The carrier weighs about 14 kg. Later ones were built in Poland.", "The carrier weighs about 14 kg."),
])
def test_a_unit_after_a_number_ends_a_sentence_before_a_capitalised_word(text: str, first: str) -> None:
    assert split(text, frozenset({"mm", "kg", "km", "cm"}))[0] == first


def test_a_unit_before_a_small_letter_ends_nothing() -> None:
    assert len(split("Dostřel činí 30 km. s plnou zátěží.", frozenset({"mm", "kg", "km", "cm"}))) == 1
