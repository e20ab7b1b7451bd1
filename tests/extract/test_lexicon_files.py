"""The language files: every one loads, uses known cue classes and country codes, and finds its own Russia."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import babel
import pytest

from copytrace.errors import ConfigError
from copytrace.extract import lexicon
from copytrace.extract.match import match_fold
from tests.extract.conftest import cue_classes_of, phrases_on

CODES = lexicon.available()


def raw_file(code: str) -> Any:
    return lexicon._yaml(lexicon._data_dir("lexicon") / f"{code}.yaml")


def cldr_russia(code: str) -> str | None:
    try:
        return babel.Locale.parse(code).territories.get("RU")
    except (babel.UnknownLocaleError, ValueError):
        return None


CLDR_RUSSIA = [(code, name) for code in CODES if (name := cldr_russia(code))]


def load(tmp_path: Path, text: str, name: str = "xx.yaml") -> Any:
    """Read and validate a language file the way the loader does."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    raw = lexicon._yaml(path)
    lexicon._validate(path, raw)
    return raw


def test_there_are_language_files() -> None:
    assert {"en", "ru", "zh", "ar", "pl"} <= set(CODES)


@pytest.mark.parametrize("code", CODES)
def test_every_language_file_loads(code: str) -> None:
    lang = lexicon.language(code)
    assert lang.code == code
    assert lang.cues
    assert len(lang.matcher) > 0


@pytest.mark.parametrize("code", CODES)
def test_every_language_file_names_its_own_code(code: str) -> None:
    raw = raw_file(code)
    assert raw.get("lang", code) == code
    assert isinstance(raw.get("name"), str) and raw["name"]


@pytest.mark.parametrize("code", CODES)
def test_every_language_file_uses_only_known_cue_classes(code: str) -> None:
    raw = raw_file(code)
    assert isinstance(raw["cues"], dict)
    assert set(raw["cues"]) <= lexicon.CUE_CLASSES


@pytest.mark.parametrize("code", CODES)
def test_every_cue_class_holds_a_list_of_strings(code: str) -> None:
    for cls, words in raw_file(code)["cues"].items():
        assert isinstance(words, list), cls
        assert all(isinstance(w, str) and w.strip() for w in words), cls


@pytest.mark.parametrize(("entry", "shown"), [("no", "False"), ("on", "True"), ("1985", "1985"), ("~", "None")])
def test_a_list_entry_yaml_does_not_read_as_text_is_refused(tmp_path: Path, entry: str, shown: str) -> None:
    # YAML 1.1 reads a bare no, on, yes or a number as something else than the word: the file is refused, named
    text = f"lang: xx\nname: X\nabbreviations: [dr, {entry}]\ncues:\n  licence: [licence]\n"
    with pytest.raises(ConfigError, match=rf"xx\.yaml: abbreviations holds {shown}"):
        load(tmp_path, text)
    assert load(tmp_path, text.replace(f", {entry}]", f', "{entry}"]'))["abbreviations"] == ["dr", entry]


@pytest.mark.parametrize("code", CODES)
def test_every_language_file_uses_only_known_country_codes(code: str) -> None:
    known = lexicon.countries().names
    assert {str(c) for c in raw_file(code).get("countries") or {}} <= set(known)


@pytest.mark.parametrize(("code", "name"), CLDR_RUSSIA)
def test_every_language_matches_its_own_cldr_name_of_russia(code: str, name: str) -> None:
    text = f"{name} (1992)"
    found = lexicon.language(code).matcher.find(text, match_fold(text))
    assert any(m.phrase.cls == "country" and m.phrase.value == "RU" and (m.start, m.end) == (0, len(name))
               for m in found)


def test_most_languages_have_a_cldr_name_of_russia() -> None:
    assert len(CLDR_RUSSIA) >= len(CODES) - 2


@pytest.mark.parametrize("code", [c for c in ("zh", "ja", "th") if c in CODES])
def test_scripts_without_spaces_match_by_substring(code: str) -> None:
    assert lexicon.language(code).substring


@pytest.mark.parametrize("code", [c for c in ("ar", "he") if c in CODES])
def test_clitic_languages_list_prefixes(code: str) -> None:
    assert lexicon.language(code).prefixes


def test_abbreviations_are_folded() -> None:
    lang = lexicon.language("pl")
    assert lang.abbreviations
    assert all(a == match_fold(a) for a in lang.abbreviations)


def test_a_related_language_lends_its_words() -> None:
    assert lexicon.language("cs").related == ("sk",)
    sk_words = {w for words in lexicon.language("sk").cues.values() for w in words}
    cs_words = {w for words in lexicon.language("cs").cues.values() for w in words}
    only_sk = sorted(w for w in sk_words - cs_words if w.isalpha() and len(w) >= 6)
    assert only_sk
    text = only_sk[0]
    assert any(m.phrase.cls != "country" for m in lexicon.language("cs").matcher.find(text, match_fold(text)))


def test_historical_states_are_known_countries() -> None:
    known = lexicon.countries()
    assert {"SU", "YU", "CS", "DD"} <= set(known.historical)
    assert {"SU", "YU", "CS", "DD", "RU", "PL", "CN"} <= set(known.names)



def test_a_country_known_by_two_names_is_read_by_either() -> None:
    # CLDR's English name is "Myanmar (Burma)"; a text says either ("exported to Burma", "delivered to Myanmar"),
    # and a fact names it as the registry does
    assert lexicon.countries().names["MM"] == "Myanmar"
    for text in ("Burma", "Myanmar"):
        found = lexicon.language("en").matcher.find(text, match_fold(text))
        assert any(m.phrase.cls == "country" and m.phrase.value == "MM" for m in found), text


def test_fitting_a_part_is_no_making() -> None:
    # Malay and Indonesian "memasang" fits a gun on a vehicle; it does not build the vehicle
    assert "produce" not in cue_classes_of("ms", "memasang")
    assert "produce" not in cue_classes_of("id", "dipasang")
    assert "produce" in cue_classes_of("ms", "merakit")

# --- broken files ---------------------------------------------------------------------------------------------------

def test_a_valid_minimal_file_passes(tmp_path: Path) -> None:
    raw = load(tmp_path, "lang: xx\ncues:\n  licence: [licence]\n")
    assert raw["cues"] == {"licence": ["licence"]}


def test_a_file_that_is_not_yaml_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"broken\.yaml"):
        load(tmp_path, "cues: [licence\n  copy: {", "broken.yaml")


def test_a_file_without_cues_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"nocues\.yaml.*cues"):
        load(tmp_path, "lang: xx\nname: Nothing\n", "nocues.yaml")


def test_cues_that_are_not_a_mapping_are_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"listcues\.yaml"):
        load(tmp_path, "cues: [licence, copy]\n", "listcues.yaml")


def test_an_empty_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"empty\.yaml"):
        load(tmp_path, "", "empty.yaml")


def test_an_unknown_cue_class_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"typo\.yaml.*licnce"):
        load(tmp_path, "cues:\n  licnce: [licence]\n  copy: [copy]\n", "typo.yaml")


def test_a_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"absent\.yaml"):
        lexicon._yaml(tmp_path / "absent.yaml")


@pytest.mark.parametrize(("code", "text", "span", "country"), [
    ("pl", "Czołgi produkowano w ChRL.", "ChRL", "CN"),       # an abbreviation in mixed case
    ("bs", "Puške su proizvedene u BiH.", "BiH", "BA"),
    ("ru", "Лицензию передали Египту.", "Египту", "EG"),     # a name whose vowel drops before its ending
])
def test_a_country_abbreviation_or_inflected_name_is_a_name(code: str, text: str, span: str, country: str) -> None:
    found = [p for p in phrases_on(code, text, span) if p.cls == "country"]
    assert found and all(p.value == country and not p.adjective for p in found)


def test_every_language_the_detector_weighs_against_others_lists_its_commonest_words() -> None:
    """A language written in a script several languages share needs its commonest words in ``common_words``:
    without them a text in it never skips lingua, and a text in another language is weighed without it."""
    from copytrace.extract.langdetect import _SCRIPTS

    own_script = {code for codes in _SCRIPTS.values() if len(codes) == 1 for code in codes} | {"zh", "ja"}
    common = lexicon.common_words()
    assert set(common) <= set(lexicon.available()), set(common) - set(lexicon.available())
    missing = [code for code in lexicon.available() if code not in own_script and len(common.get(code, ())) < 15]
    assert not missing, missing
