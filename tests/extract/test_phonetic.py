"""Names spelled by their sound in scripts without Latin letters (``copytrace.extract.phonetic``).

The spellings below are the usual ones of each script for the alliance's reporting names; the sentences were
written for the tests.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from copytrace.extract.phonetic import SoundIndex, in_latin, reporting_names, skeleton, sounds
from tests.extract.conftest import facts_of


@pytest.mark.parametrize("spelled", ["फिशबेड", "فيشبد", "フィッシュベッド", "피시베드", "פישבד", "ฟิชเบด"])
def test_a_name_keeps_its_consonants_in_every_script(spelled: str) -> None:
    assert skeleton(spelled) == skeleton("Fishbed")
    assert reporting_names().name_of(spelled, ["MiG-21", "Fishbed"]) == "Fishbed"


@pytest.mark.parametrize("spelled", ["फिशबेड", "فيشبد", "フィッシュベッド", "ฟิชเบด"])
def test_a_name_spelled_with_every_sound_is_read_without_the_registry(spelled: str) -> None:
    assert reporting_names().name_of(spelled) == "Fishbed"


@pytest.mark.parametrize("spelled", ["피시베드", "פישבד"])
def test_a_name_spelled_with_another_letter_is_read_only_as_the_designs_own(spelled: str) -> None:
    # (Korean "p" for "f", Hebrew "v" for "b": one sound apart, as many ordinary words are from some name)
    assert reporting_names().name_of(spelled) is None


@pytest.mark.parametrize(("spelled", "name"), [
    ("フルクラム", "Fulcrum"), ("فولكروم", "Fulcrum"), ("फुलक्रम", "Fulcrum"),
    ("フランカー", "Flanker"), ("फ्लैंकर", "Flanker"), ("فلانكر", "Flanker"),   # (Japanese drops the "-er")
    ("ガイドライン", "Guideline"),
])
def test_reporting_names_read_from_their_spellings(spelled: str, name: str) -> None:
    assert reporting_names().name_of(spelled) == name


@pytest.mark.parametrize("word", [
    "בקוד",      # Hebrew "in code": the consonants of Fagot, but not its sounds
    "קרב",       # Hebrew "combat": Clobber less its "-er", a spelling only Korean and Japanese give it
    "सोवियत",    # Hindi "Soviet": Swatter less its "-er"
    "하인드",     # Hind: two consonants are too few to tell a name
    "فيشبوت",    # Arabic writes "p" as "b": as near to Fishbed as to Fishpot, so neither
])
def test_a_word_that_spells_no_one_name_is_none(word: str) -> None:
    assert reporting_names().name_of(word) is None


@pytest.mark.parametrize("spelled", ["스커드", "سكود", "סקאד", "スカッド"])
def test_a_name_of_three_sounds_is_read_only_among_the_designs_own(spelled: str) -> None:
    # (three consonants in a row are too common to name a design the sentence does not speak of)
    assert reporting_names().name_of(spelled) is None
    assert reporting_names().name_of(spelled, ["R-17", "Scud"]) == "Scud"


@pytest.mark.parametrize("word", [
    "भारत", "जर्मनी", "소련", "ソビエト", "イギリス", "ברית", "قبل", "موسكو", "القاهرة", "모두에게", "무기를", "코브라",
    "نسخة", "מסוק", "बहादुर", "सुपर", "גרסת", "पोलैंड", "निर्मित", "परिवार", "بلژیک", "صادراتی",
])
def test_common_words_near_the_alliance_spell_no_reporting_name(word: str) -> None:
    assert reporting_names().name_of(word) is None


def test_names_of_the_design_spoken_of_come_first() -> None:
    # "플로거" has the consonants of Flogger, Forger, Frog and Fargo alike; beside the MiG-23 it is its Flogger
    assert reporting_names().name_of("플로거") is None
    assert reporting_names().name_of("플로거", ["MiG-23", "Flogger"]) == "Flogger"
    assert SoundIndex(["Flogger", "Forger"]).name_of("फ्लॉगर") is None


def test_korean_particles_after_a_name_are_no_part_of_it() -> None:
    assert reporting_names().read("피시베드라는", ["MiG-21", "Fishbed"]) == ("Fishbed", "피시베드")
    assert reporting_names().read("플랭커로", ["Su-27", "Flanker"]) == ("Flanker", "플랭커")


def test_sounds_tell_apart_what_skeletons_do_not() -> None:
    assert skeleton("Fishbed") == skeleton("Fishpot")
    assert sounds("Fishbed") != sounds("Fishpot")


def test_an_alias_is_spelled_in_latin_letters_only_as_a_name_the_design_has() -> None:
    names = ["MiG-21", "Fishbed"]
    assert in_latin("Fishbed (فيشبد)", names) is None   # (a Latin name there already)
    assert in_latin("‘फिशबेड’", names) == "Fishbed (‘फिशबेड’)"
    assert in_latin("صقر", names) is None   # (Sakr: another word, though the alliance has a Sickle)
    assert in_latin("플랭커로", ["Su-27", "Flanker"]) == "Flanker (플랭커)"


@pytest.mark.parametrize(("text", "lang", "subject", "name"), [
    ("मिग-21 एक लड़ाकू विमान है। इसका नाटो रिपोर्टिंग नाम ‘फिशबेड’ है।", "hi", "MiG-21", "Fishbed (फिशबेड)"),
    ("미그-27(나토명: 플로거D)은 전투기이다.", "ko", "MiG-27", "Flogger (플로거D)"),
    ("미그-27은 소련의 전투기이다. 북대서양조약기구의 암호명은 플로거D/J이다.", "ko", "MiG-27", "Flogger (플로거D/J)"),
    ("미그-21의 나토명은 피시베드이다.", "ko", "MiG-21", "Fishbed (피시베드)"),
    ("MiG-23（NATOコードネーム：フロッガー）はソ連の戦闘機。", "ja", "MiG-23", "Flogger (フロッガー)"),
    ("ميغ-21 (فيشبد) هي طائرة سوفيتية.", "ar", "MiG-21", "Fishbed (فيشبد)"),
    ('מיג-21 (בקוד נאט"ו: פישבד) הוא מטוס קרב סובייטי.', "he", "MiG-21", "Fishbed (פישבד)"),
    ("มิก-21 (ชื่อรหัสนาโต: ฟิชเบด) เป็นเครื่องบินขับไล่", "th", "MiG-21", "Fishbed (ฟิชเบด)"),
    ("मिग-23 (नाटो नाम: फ्लॉगर) एक सोवियत विमान है।", "hi", "MiG-23", "Flogger (फ्लॉगर)"),
])
def test_a_reporting_name_spelled_by_sound_is_an_alias_in_latin_letters(
        full_extractor: Extractor, text: str, lang: str, subject: str, name: str) -> None:
    aliases = {(s, o) for s, r, o in facts_of(full_extractor, text, lang) if r == "alias_of"}
    assert aliases == {(subject, name)}


@pytest.mark.parametrize(("text", "lang"), [
    # the alliance named beside other words, and a design with an aside of other words, give no reporting name
    ("मिग-29 नाटो और भारत दोनों के लिए महत्वपूर्ण विमान था।", "hi"),
    ("मिग-21, भारत की वायुसेना का विमान है।", "hi"),
    ("MiG-29는 나토와 소련 양측 모두에게 중요했다.", "ko"),
    ("MiG-29はNATOとソビエトの双方にとって重要だった。", "ja"),
    ("ميغ-21 (نسخة محسنة) طائرة سوفيتية.", "ar"),
    ("एसयू-30 (सुपर फ्लैंकर) एक विमान है।", "hi"),
    ('מיג-29 (גרסת ייצוא) נמכר להודו.', "he"),
    ("मिग-29 (पोलैंड) एक विमान है।", "hi"),
])
def test_words_beside_the_alliance_or_a_design_are_no_reporting_names(full_extractor: Extractor, text: str,
                                                                       lang: str) -> None:
    assert not any(r == "alias_of" for _, r, _ in facts_of(full_extractor, text, lang))
