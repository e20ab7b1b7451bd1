"""The document's language: script first, lingua within the script, own letters where lingua has no model."""

from __future__ import annotations

import pytest

from copytrace.extract import lexicon
from copytrace.extract.langdetect import detect_language

CODES = lexicon.available()


@pytest.mark.parametrize(("text", "code"), [
    ("Завод выпускал эти танки по лицензии с 1978 года и продавал их за границу.", "ru"),
    ("Бу ўқотар қурол Ҳиндистонда ишлаб чиқарилган.", "uz"),
    ("Bu oʻqotar qurol Hindistonda ishlab chiqarilgan va koʻplab mamlakatlarga sotilgan.", "uz"),
    ("Bu o‘qotar qurol Hindistonda ishlab chiqarilgan va ko‘plab mamlakatlarga sotilgan.", "uz"),   # with ‘
    ("Гэты танк быў зроблены ў Польшчы і пастаўлены ў Ірак праз два гады пасля заказу.", "be"),   # ў is not Uzbek
    ("Tank so izdelali v tovarni v Sloveniji, nato so ga prodali v tujino in ga izvažali še dolgo.", "sl"),
    ("この戦闘機は中国でライセンス生産された。", "ja"),
    ("这种步枪在中国仿制生产。", "zh"),
    ("이 전차는 폴란드에서 면허 생산되었다.", "ko"),
    ("Η Ελλάδα αγόρασε αυτά τα άρματα μάχης το 1990.", "el"),
    ("The rifle was made under licence in Poland from 1959 onwards.", "en"),
    # scripts of one language each, and Albanian among the languages written in Latin letters
    ("এই রাইফেলটি চীনে তৈরি করা হয়েছিল এবং পরে অনেক দেশে রপ্তানি করা হয়।", "bn"),
    ("ეს ტანკი საბჭოთა კავშირში აწარმოეს და შემდეგ ბევრ ქვეყანას მიჰყიდეს.", "ka"),
    ("Այս տանկը արտադրվել է Խորհրդային Միությունում և վաճառվել շատ երկրների։", "hy"),
    ("Kjo pushkë u prodhua në Shqipëri me licencë dhe më vonë u eksportua në shumë vende.", "sq"),
])
def test_language_of_a_passage(text: str, code: str) -> None:
    assert detect_language(text, CODES) == code


@pytest.mark.parametrize(("text", "code"), [
    ("The Type 56 is a copy of the AK-47.", "en"),
    ("Der T-72M1 wurde in Polen in Lizenz gebaut.", "de"),
    ("Rumunia produkowała PM md. 63 bez licencji.", "pl"),
    # lingua is sure this is Turkish; its words are English
    ("Poland exported many T-72 tanks to Myanmar in the 1990s.", "en"),
    # lingua's five guesses hold no English here; the default is weighed beside them
    ("The M70 is a Yugoslav copy of the AKM.", "en"),
])
def test_a_short_text_is_read_in_the_language_whose_words_it_uses(text: str, code: str) -> None:
    from copytrace.extract import Extractor

    assert Extractor().language_of(text) == code


NYNORSK = ("Karabinen er ein halvautomatisk karabin frå Sovjetunionen. Han vart konstruert for å komma i staden for "
           "dei eldre rifflane som soldatane hadde bruka sidan den store krigen.")


def test_a_nynorsk_page_is_read_with_the_bokmal_file() -> None:
    # (without Nynorsk among lingua's choices the page reads as Swedish or Danish, whose words it does not use)
    from copytrace.extract import Extractor

    assert detect_language(NYNORSK, CODES) == "nb"
    assert Extractor().language_of(NYNORSK) == "nb"


@pytest.mark.parametrize("given", ["nn", "no", "nb"])
def test_a_norwegian_language_given_by_name_reads_the_bokmal_file(given: str) -> None:
    from copytrace.extract import Extractor

    text = NYNORSK.replace("Karabinen", "Karabinen SKS") + " Han vart au laga i Kina og Albania."
    facts = Extractor().extract_text(text, "p", given)
    assert {("made_in_country", "China"), ("made_in_country", "Albania")} <= {(f.relation, f.object) for f in facts}


def test_a_short_text_lingua_is_sure_of_weighs_the_default_alone() -> None:
    """Where lingua is sure, only the default language's words are weighed against its guess: weighing loads the
    lexicons of the languages weighed, which a sure guess does without (start-up)."""
    text = "Poland built the tanks under a licence from the Soviet Union."
    assert detect_language(text, CODES, judge=lambda code, _: 9 if code == "nl" else 0) == "en"
    weighed: list[str] = []
    assert detect_language("Polska zbudowała czołgi na licencji.", CODES,
                           judge=lambda code, _: weighed.append(code) or 0) == "pl"
    assert set(weighed) <= {"pl", "en"}, weighed
    # (unsure, the words decide: Dutch words outweigh lingua's reading)
    assert detect_language("Het T-72.", CODES, judge=lambda code, _: 9 if code == "nl" else 0) == "nl"


COMMON = lexicon.common_words()
RELATED = lexicon.related_languages()


@pytest.mark.parametrize(("text", "code"), [
    ("The rifle was built in Poland under a licence from the Soviet Union.", "en"),
    ("Das Gewehr wurde in Polen mit einer Lizenz aus der Sowjetunion gebaut.", "de"),
    ("Le fusil a été fabriqué en Pologne sous une licence de l'Union soviétique.", "fr"),
    ("Il fucile fu prodotto in Polonia con una licenza dell'Unione Sovietica.", "it"),
    ("Karabin był produkowany w Polsce na licencji z Związku Radzieckiego.", "pl"),
    ("Винтовка была выпущена в Польше по лицензии из Советского Союза.", "ru"),
    ("La pieza se fabricó en Polonia con una licencia de la Unión Soviética y se vendió a Irak.", "es"),
])
def test_a_text_that_plainly_uses_one_languages_words_needs_no_detector(text: str, code: str) -> None:
    """Lingua's models for every language of a script cost more than the rest of the extractor's start: a text
    whose commonest words are plainly one language's is read as that language with no model loaded."""
    from copytrace.extract import langdetect

    langdetect._detector.cache_clear()
    assert detect_language(text, CODES, common=COMMON, related=RELATED) == code
    assert langdetect._detector.cache_info().currsize == 0


@pytest.mark.parametrize(("text", "code"), [
    # languages read together share their words: lingua tells them apart, among them alone
    ("Tanky se vyráběly v Československu a byly také vyváženy do mnoha zemí.", "cs"),
    ("Tanky sa vyrábali v Československu a boli tiež vyvážané do mnohých krajín.", "sk"),
    # a title in another language's words does not outweigh the text's own
    ("Le magazine « The Army and the Navy » a écrit que le char a été construit en Pologne sous licence, puis qu'il "
     "a été vendu à plusieurs pays d'Afrique et d'Asie.", "fr"),
    ("Der Bericht „A Rifle for the World“ sagt, dass die Waffe in Polen gebaut wurde und auch exportiert wurde.",
     "de"),
    # a designation's letters are no word ("Су-30" holds no Serbian "су")
    ("Истребители Су-30 и Су-27 по лицензии строились в Индии и Китае.", "ru"),
    # words Russian and Ukrainian share ("до", "у") are no Ukrainian word alone
    ("Министерство решило продлить службу самолётов до 2030 года, сообщил глава корпорации на церемонии в Туле "
     "до начала парада.", "ru"),
    ("Танки выпускались до 1991 года на заводе в Харькове, сообщает агентство.", "ru"),
    (NYNORSK, "nb"),
])
def test_the_commonest_words_never_decide_against_the_text(text: str, code: str) -> None:
    assert detect_language(text, CODES, common=COMMON, related=RELATED) == code
