"""The phrase matcher: folding, words with endings, stems, gaps, clitic prefixes, substring mode, proper names."""

from __future__ import annotations

import pytest

from copytrace.extract import lexicon
from copytrace.extract.match import GAP, Matcher, Phrase, fold_phrase, match_fold

LICENCE = Phrase("licence", "licence")
PRODUCE = Phrase("produce", "produce")


def spans(matcher: Matcher, text: str, start: int = 0, end: int | None = None) -> list[tuple[str, str]]:
    """(matched text, value) of every match, in order."""
    return [(text[m.start:m.end], m.phrase.value) for m in matcher.find(text, match_fold(text), start, end)]


def matcher_of(*entries: tuple[str, Phrase], substring: bool = False, prefixes: tuple[str, ...] = ()) -> Matcher:
    matcher = Matcher(substring=substring, prefixes=prefixes)
    for phrase, meaning in entries:
        matcher.add(phrase, meaning)
    return matcher


def country(code: str) -> Phrase:
    return Phrase("country", code, proper=True)


# --- folding -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "folded"), [
    ("Łódź", "lodz"),
    ("Wrocław", "wroclaw"),
    ("İSTANBUL", "istanbul"),
    ("Işık", "isik"),
    ("Ёлка", "елка"),
    ("ЗЕЛЁНАЯ", "зеленая"),
    ("Ağır Sanayi", "agir sanayi"),
    ("ÉCOLE", "ecole"),
    ("Straße", "strase"),
    ("أحمد", "احمد"),
    ("إلى", "الي"),    # (a final yeh without dots is a yeh: "فى" is "في")
    ("فى", "في"),
    ("آخر", "اخر"),
    ("کشور", "كشور"),   # (Persian kaf and yeh are the Arabic letters: "ایران" is "ايران")
    ("ایران", "ايران"),
    ("الروسيه", "الروسيه"),
    ("الروسية", "الروسيه"),   # (a final ta marbuta written as heh, as informal text does)
])
def test_match_fold_folds_case_and_diacritics(text: str, folded: str) -> None:
    assert match_fold(text) == folded


@pytest.mark.parametrize("text", [
    "Łódź, İstanbul; Ёлка — أحمد إلى آخر!",
    "Zastava M70 (licence-built), 1970–1990.",
    "该枪在中国生产。",
    "Straße İİİ ßß",
])
def test_match_fold_keeps_length(text: str) -> None:
    assert len(match_fold(text)) == len(text)


@pytest.mark.parametrize("text", ["러시아", "中国", "ロシア", "Россия".lower(), "روسيا"])
def test_match_fold_keeps_scripts_without_case_folding(text: str) -> None:
    assert match_fold(text) == text


def test_match_fold_turns_punctuation_into_spaces() -> None:
    assert match_fold("l'arme, T-72!") == "l arme  t 72 "


def test_hamza_forms_of_alef_match_the_bare_alef() -> None:
    matcher = matcher_of(("اتفاقية", LICENCE))
    assert spans(matcher, "وقعت أتفاقية جديدة") == [("أتفاقية", "licence")]
    assert spans(matcher, "وقعت إتفاقية جديدة") == [("إتفاقية", "licence")]


@pytest.mark.parametrize(("text", "found"), [
    ("كانت تطويرًا لـ الدبابة", "تطويرًا لـ"),      # a vowel mark inside the word, a tatweel stretching "لـ"
    ("كانت تطويرا ل الدبابة", "تطويرا ل"),
    ("كانت تَطْوِيرًا لِـ الدبابة", "تَطْوِيرًا لِـ"),   # fully voweled
])
def test_arabic_vowel_marks_and_tatweel_do_not_stop_a_match(text: str, found: str) -> None:
    matcher = matcher_of(("تطويرا ل", Phrase("basis", "basis")))
    assert spans(matcher, text) == [(found, "basis")]


def test_a_combining_mark_in_a_phrase_is_skipped_too() -> None:
    matcher = matcher_of(("تَطوير", Phrase("basis", "basis")))
    assert spans(matcher, "هو تطوير جديد") == [("تطوير", "basis")]


def test_fold_phrase_squeezes_spaces_and_punctuation() -> None:
    assert fold_phrase("  Licence-Built   Rifle ") == "licence built rifle"


# --- words and endings ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The plant will produce rifles.",
    "The plant produced rifles.",
    "The plant produces rifles.",
    "The plant is producing rifles.",
])
def test_a_long_word_takes_an_inflectional_ending(text: str) -> None:
    matches = spans(matcher_of(("produce", PRODUCE)), text)
    assert [value for _, value in matches] == ["produce"]
    assert matches[0][0].startswith("produc")


def test_an_ending_is_limited_in_length() -> None:
    assert spans(matcher_of(("produce", PRODUCE)), "productionality") == []


def test_a_short_word_takes_no_ending() -> None:
    matcher = matcher_of(("tank", Phrase("product_noun", "tank")))
    assert spans(matcher, "a tank") == [("tank", "tank")]
    assert spans(matcher, "two tanks") == []


def test_a_word_does_not_match_inside_another_word() -> None:
    assert spans(matcher_of(("produce", PRODUCE)), "They reproduce it.") == []


def test_a_word_with_digits_takes_no_ending() -> None:
    matcher = matcher_of(("12345", Phrase("x", "n")))
    assert spans(matcher, "12345") == [("12345", "n")]
    assert spans(matcher, "12345ab") == []


@pytest.mark.parametrize(("text", "found"), [
    ("Kupiono go w Rosji.", "Rosji"),
    ("Rosja sprzedała licencję.", "Rosja"),
])
def test_a_proper_name_takes_a_case_ending(text: str, found: str) -> None:
    assert spans(matcher_of(("Rosja", country("RU"))), text) == [(found, "RU")]


def test_a_proper_name_ending_must_start_with_a_vowel() -> None:
    matcher = matcher_of(("Samoa", country("WS")))
    assert spans(matcher, "Samolot wylądował.") == []
    assert spans(matcher, "Samoa leży daleko.") == [("Samoa", "WS")]


def test_a_common_word_may_take_an_ending_starting_with_a_consonant() -> None:
    assert spans(matcher_of(("samoa", Phrase("x", "common"))), "Samolot wylądował.") == [("Samolot", "common")]


def test_a_word_without_its_final_vowel_is_not_a_match() -> None:
    matcher = matcher_of(("Tonga", country("TO")))
    assert spans(matcher, "Tong Island") == []
    assert spans(matcher, "Tonga Island") == [("Tonga", "TO")]


def test_matching_ignores_case_and_diacritics() -> None:
    matcher = matcher_of(("licencja", LICENCE))
    assert spans(matcher, "LICENCJĄ") == [("LICENCJĄ", "licence")]


def test_an_entry_written_with_diacritics_matches_text_without_them() -> None:
    matcher = matcher_of(("Łódź", country("PL")))
    assert spans(matcher, "Zakład w Lodz.") == [("Lodz", "PL")]


def test_a_multiword_phrase_needs_its_words_in_a_row() -> None:
    matcher = matcher_of(("under licence", LICENCE))
    assert spans(matcher, "built under licence in Poland") == [("under licence", "licence")]
    assert spans(matcher, "built under a licence") == []
    assert spans(matcher, "licence under review") == []


def test_a_hyphenated_entry_matches_its_tokens() -> None:
    matcher = matcher_of(("licence-built", LICENCE))
    assert spans(matcher, "a licence built copy") == [("licence built", "licence")]
    assert spans(matcher, "a licence-built copy") == [("licence-built", "licence")]


def test_a_one_letter_phrase_is_not_added() -> None:
    matcher = matcher_of(("x", PRODUCE), ("y*", PRODUCE))
    assert len(matcher) == 0
    assert spans(matcher, "x y yes") == []


# --- stems ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("word", ["licencja", "licencji", "licencyjny", "licencjonowanego"])
def test_a_stem_matches_any_token_starting_with_it(word: str) -> None:
    text = f"Zgodnie z {word} z 1960."
    assert spans(matcher_of(("licenc*", LICENCE)), text) == [(word, "licence")]


def test_a_stem_does_not_match_inside_a_token() -> None:
    assert spans(matcher_of(("licenc*", LICENCE)), "bezlicencyjnie") == []


def test_a_stem_in_a_phrase_is_followed_by_the_next_word() -> None:
    matcher = matcher_of(("produc* under", PRODUCE))
    assert spans(matcher, "produced under licence") == [("produced under", "produce")]
    assert spans(matcher, "produced locally under licence") == []


# --- gaps ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("between", ["", "a", "the Soviet", "the new Soviet"])
def test_a_gap_skips_up_to_three_tokens(between: str) -> None:
    text = " ".join(w for w in ["They obtained", between, "licence"] if w)
    matcher = matcher_of(("obtained ~ licence", Phrase("licence", "gap")))
    assert ("obtained " + " ".join(filter(None, [between, "licence"])), "gap") in spans(matcher, text)


def test_a_gap_does_not_skip_four_tokens() -> None:
    assert GAP == 3
    matcher = matcher_of(("obtained ~ licence", Phrase("licence", "gap")))
    assert spans(matcher, "They obtained the new old Soviet licence") == []


def test_a_gap_needs_its_parts_in_order() -> None:
    matcher = matcher_of(("obtained ~ licence", Phrase("licence", "gap")))
    assert spans(matcher, "a licence was obtained") == []


# --- clitic prefixes -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "found"), [
    ("حصلت على ترخيص", "ترخيص"),
    ("وترخيص", "ترخيص"),
    ("حصلت على الترخيص", "ترخيص"),
])
def test_a_phrase_glued_to_a_listed_prefix_is_found(text: str, found: str) -> None:
    matcher = matcher_of(("ترخيص", LICENCE), prefixes=("و", "ال"))
    assert spans(matcher, text) == [(found, "licence")]


def test_a_phrase_glued_to_an_unlisted_prefix_is_not_found() -> None:
    matcher = matcher_of(("ترخيص", LICENCE), prefixes=("و", "ال"))
    assert spans(matcher, "بترخيص") == []


def test_without_prefixes_a_glued_phrase_is_not_found() -> None:
    assert spans(matcher_of(("ترخيص", LICENCE)), "وترخيص") == []


def test_a_proper_name_glued_to_a_prefix_is_found() -> None:
    matcher = matcher_of(("روسيا", country("RU")), prefixes=("و", "ال"))
    assert spans(matcher, "من الصين وروسيا") == [("روسيا", "RU")]


# --- substring mode ------------------------------------------------------------------------------------------------

def test_substring_mode_finds_phrases_without_spaces() -> None:
    matcher = matcher_of(("许可", LICENCE), ("俄罗斯", country("RU")), substring=True)
    assert spans(matcher, "这种步枪在俄罗斯获得许可证后生产。") == [("俄罗斯", "RU"), ("许可", "licence")]


def test_without_substring_mode_a_phrase_inside_a_run_is_not_found() -> None:
    matcher = matcher_of(("许可", LICENCE))
    assert spans(matcher, "这种步枪获得许可证后生产。") == []


def test_substring_mode_gap_allows_a_few_characters() -> None:
    matcher = matcher_of(("仿制 ~ 生产", Phrase("copy", "gap")), substring=True)
    assert spans(matcher, "工厂仿制并生产步枪") == [("仿制并生产", "gap")]
    assert spans(matcher, "工厂仿制了很多年以后才生产") == []


# --- proper names need a capital -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("phrase", "upper", "lower"), [
    ("China", "made in China", "fine china plates"),
    ("Россия", "поставки из России", "поставки из россии"),
    ("Rosja", "w Rosji", "w rosji"),
])
def test_a_proper_phrase_needs_a_capital_in_a_cased_script(phrase: str, upper: str, lower: str) -> None:
    matcher = matcher_of((phrase, country("XX")))
    assert [value for _, value in spans(matcher, upper)] == ["XX"]
    assert spans(matcher, lower) == []


def test_a_proper_phrase_in_a_script_without_case_needs_no_capital() -> None:
    matcher = matcher_of(("روسيا", country("RU")))
    assert spans(matcher, "من روسيا") == [("روسيا", "RU")]


def test_a_common_phrase_matches_in_any_case() -> None:
    matcher = matcher_of(("soviet", Phrase("country", "SU", adjective=True)))
    assert spans(matcher, "a Soviet design, a SOVIET copy, a soviet rifle") == [
        ("Soviet", "SU"), ("SOVIET", "SU"), ("soviet", "SU")]


# --- find ----------------------------------------------------------------------------------------------------------

def test_find_looks_only_inside_the_given_range() -> None:
    matcher = matcher_of(("licence", LICENCE))
    text = "licence one, licence two"
    found = matcher.find(text, match_fold(text), 5)
    assert [(m.start, m.end) for m in found] == [(13, 20)]
    assert matcher.find(text, match_fold(text), 8, 12) == []


def test_matches_are_sorted_and_index_the_original_text() -> None:
    matcher = matcher_of(("Rosja", country("RU")), ("licenc*", LICENCE), ("produce", PRODUCE))
    text = "W Rosji produkowano — na LICENCJI — i produced."
    found = matcher.find(text, match_fold(text))
    assert [text[m.start:m.end] for m in found] == ["Rosji", "LICENCJI", "produced"]
    assert [m.start for m in found] == sorted(m.start for m in found)


def test_an_empty_matcher_finds_nothing() -> None:
    assert Matcher().find("anything", match_fold("anything")) == []


def test_the_same_phrase_with_two_meanings_gives_two_matches() -> None:
    matcher = matcher_of(("made", PRODUCE), ("made", Phrase("copy", "copy")))
    assert sorted(value for _, value in spans(matcher, "it was made")) == ["copy", "produce"]


def test_pack_names_are_cached_and_the_cache_follows_the_pack(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from copytrace.extract.resolve import pack_records

    cache = tmp_path / "cache"
    monkeypatch.setenv("COPYTRACE_CACHE", str(cache))
    pack = tmp_path / "mini.yaml"
    body = ("pack: mini\nsources:\n  s: {title: T, publisher: P, url: 'https://example.org', date: '2024'}\n"
            "entities:\n  - {id: zx-1, kind: product, name: ZX-1, source: s, aliases: [%s]}\n")
    pack.write_text(body % "Zet One", encoding="utf-8")
    first = pack_records([str(pack)])
    assert [r.aliases for r in first] == [("Zet One",)]
    assert len(list(cache.glob("names-*.json"))) == 1
    assert pack_records([str(pack)]) == first          # read back from the cache
    (cache / "names-notes.json").write_text("{}", encoding="utf-8")   # not the cache's: left alone
    pack.write_text(body % "Zet Uno, Zet One", encoding="utf-8")
    assert [r.aliases for r in pack_records([str(pack)])] == [("Zet Uno", "Zet One")]   # a changed pack is re-read
    assert len(list(cache.glob("names-*.json"))) == 2   # the new cache file replaced the old one
    monkeypatch.setenv("COPYTRACE_CACHE", "")
    assert [r.aliases for r in pack_records([str(pack)])] == [("Zet Uno", "Zet One")]   # no cache at all


def test_a_gap_counts_written_words_so_a_designation_in_it_is_one() -> None:
    matcher = Matcher()
    matcher.add("entered ~ service", Phrase("introduce", "introduce"))
    text = "It entered into the regular army service."
    assert not matcher.find(text, match_fold(text))           # four words between: too far
    text = "It entered the T-72-M1 tank service."              # "T-72-M1" is one written word, three in all
    assert [text[m.start:m.end] for m in matcher.find(text, match_fold(text))] == ["entered the T-72-M1 tank service"]


def test_an_equals_sign_keeps_a_word_from_taking_an_ending() -> None:
    matcher = Matcher()
    matcher.add("=fábrica", Phrase("org_word", "org_word"))
    assert matcher.find("fabricado", match_fold("fabricado")) == []
    assert len(matcher.find("la fábrica", match_fold("la fábrica"))) == 1


def test_kana_keep_their_voicing_marks() -> None:
    # "ながら" (while) must not fold to "なから" and hold "から" (from)
    assert match_fold("ながら") == "ながら"
    assert "から" not in match_fold("改修されながら使われた")
    assert match_fold("Café ドラグノフ") == "cafe ドラグノフ"


def test_a_word_written_with_two_equals_signs_keeps_its_diacritics() -> None:
    m = Matcher()
    m.add("==ze", Phrase("cue", "source"))
    found = [(x.start, x.end) for t in ("Mówi, że Polska kupiła.",) for x in m.find(t, match_fold(t))]
    assert found == []
    text = "Kupiła je ze Związku Radzieckiego. ZE Związku"
    assert [text[x.start:x.end] for x in m.find(text, match_fold(text))] == ["ze", "ZE"]


def test_a_word_marked_as_a_compound_tail_ends_a_compound_or_stands_alone() -> None:
    variant = Phrase("variant", "variant")
    matcher = matcher_of(("*=version", variant))
    assert spans(matcher, "Die Exportversion wurde gebaut.") == [("Exportversion", "variant")]
    assert spans(matcher, "Diese Version wurde gebaut.") == [("Version", "variant")]
    # a head of fewer than three letters is no compound ("Aversion"), nor a Latin prefix that makes a loanword with
    # the tail ("Konversion"), and a word going on past the tail is another
    assert spans(matcher, "Eine Aversion gegen Versionsnummern.") == []
    assert spans(matcher, "Die Rüstungskonversion begann.") == []


def test_a_compound_tail_is_only_a_tail_where_the_phrase_says_so() -> None:
    matcher = matcher_of(("=version", Phrase("variant", "variant")))
    assert spans(matcher, "Die Exportversion wurde gebaut.") == []


def test_a_compound_tail_of_fewer_than_four_letters_is_refused() -> None:
    with pytest.raises(ValueError, match="four letters"):
        matcher_of(("*=ver", Phrase("variant", "variant")))


def test_a_country_name_in_a_caseless_script_takes_the_case_endings_of_its_language() -> None:
    # the Korean file lists "소련" with some particles, not with "으로부터" (from): the case ending reads it
    found = lexicon.language("ko").matcher.find("소련으로부터", match_fold("소련으로부터"), 0)
    assert [(m.phrase.value, m.end) for m in found if m.phrase.cls == "country"] == [("SU", 6)]
