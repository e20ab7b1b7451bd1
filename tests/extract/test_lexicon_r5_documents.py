"""Words of production documents and of granting, added to the language files that lacked them.

A word for documentation, drawings or technology that a word of trade or granting hands over is a licence ("the
USSR handed over the documentation of the T-54 to Poland"); the same word with no trade beside it says nothing of
a licence ("according to the documentation the T-54 weighs 36 tonnes"). The grant verbs take a licence word after
them as what was given. These sentences were written for the tests: each proves that an entry reaches the scorer,
never how well extraction does on real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import all_facts, assert_reaches


@pytest.fixture(scope="module")
def extractor(small_extractor: Extractor) -> Extractor:
    return small_extractor


@pytest.mark.parametrize(("text", "lang", "subject", "relation", "obj"), [
    # documents handed over: one sentence a language, each with a word of the new `documents` entries (ro, ur
    # also with a new grant verb: "a predat", "حوالے کیں")
    ("في عام 1953 سلم الاتحاد السوفيتي وثائق الدبابة T-54 إلى بولندا.", "ar", "T-54", "licence_status", "licensed"),
    ("1953-cü ildə Sovet İttifaqı Polşaya T-54 tankının texniki sənədlərini verdi.",
     "az", "T-54", "licence_status", "licensed"),
    ("У 1953 годзе Савецкі Саюз перадаў Польшчы чарцяжы танка T-54.", "be", "T-54", "licence_status", "licensed"),
    ("През 1953 г. Съветският съюз предаде на Полша чертежите на танка T-54.",
     "bg", "T-54", "licence_status", "licensed"),
    ("Sovjetski Savez je 1953. godine predao Poljskoj nacrte tenka T-54.", "bs", "T-54", "licence_status", "licensed"),
    ("El 1953 la Unió Soviètica va lliurar a Polònia la documentació tècnica del tanc T-54.",
     "ca", "T-54", "licence_status", "licensed"),
    ("V roce 1953 předal Sovětský svaz Polsku výkresy tanku T-54.", "cs", "T-54", "licence_status", "licensed"),
    ("I 1953 overdrog Sovjetunionen den tekniske dokumentation for T-54 til Polen.",
     "da", "T-54", "licence_status", "licensed"),
    ("Το 1953 η Σοβιετική Ένωση παρέδωσε στην Πολωνία την τεχνική τεκμηρίωση του άρματος T-54.",
     "el", "T-54", "licence_status", "licensed"),
    ("Nõukogude Liit andis 1953. aastal Poolale üle T-54 tanki dokumentatsiooni.",
     "et", "T-54", "licence_status", "licensed"),
    ("Neuvostoliitto luovutti Puolalle T-54:n teknologian vuonna 1953.", "fi", "T-54", "licence_status", "licensed"),
    ("בשנת 1953 מסרה ברית המועצות לפולין את המסמכים הטכניים של הטנק T-54.", "he", "T-54", "licence_status", "licensed"),
    ("1953 में सोवियत संघ ने पोलैंड को T-54 टैंक के तकनीकी दस्तावेज सौंपे।",
     "hi", "T-54", "licence_status", "licensed"),
    ("Sovjetski Savez je 1953. godine predao Poljskoj nacrte tenka T-54.", "hr", "T-54", "licence_status", "licensed"),
    ("1953-ban a Szovjetunió átadta Lengyelországnak a T-54 tervrajzait.", "hu", "T-54", "licence_status", "licensed"),
    ("1953 metais Sovietų Sąjunga perdavė Lenkijai T-54 tanko dokumentaciją.",
     "lt", "T-54", "licence_status", "licensed"),
    ("1953. gadā Padomju Savienība nodeva Polijai T-54 tanka dokumentāciju.",
     "lv", "T-54", "licence_status", "licensed"),
    ("Во 1953 година Советскиот Сојуз ѝ ја предаде на Полска техничката документација на тенкот T-54.",
     "mk", "T-54", "licence_status", "licensed"),
    ("Pada tahun 1953 Kesatuan Soviet menyerahkan dokumentasi teknikal kereta kebal T-54 kepada Poland.",
     "ms", "T-54", "licence_status", "licensed"),
    ("I 1953 overlot Sovjetunionen den tekniske dokumentasjonen for T-54 til Polen.",
     "nb", "T-54", "licence_status", "licensed"),
    ("De Sovjet-Unie leverde in 1953 de technische documentatie van de T-54 aan Polen.",
     "nl", "T-54", "licence_status", "licensed"),
    ("În 1953 Uniunea Sovietică a predat Poloniei desenele tancului T-54.", "ro", "T-54", "licence_status", "licensed"),
    ("V roku 1953 odovzdal Sovietsky zväz Poľsku výkresy tanku T-54.", "sk", "T-54", "licence_status", "licensed"),
    ("Leta 1953 je Sovjetska zveza Poljski predala načrte tanka T-54.", "sl", "T-54", "licence_status", "licensed"),
    ("Совјетски Савез је 1953. године предао Пољској нацрте тенка T-54.", "sr", "T-54", "licence_status", "licensed"),
    ("År 1953 överlämnade Sovjetunionen den tekniska dokumentationen för T-54 till Polen.",
     "sv", "T-54", "licence_status", "licensed"),
    ("ในปี 1953 สหภาพโซเวียตได้ส่งมอบเอกสารทางเทคนิคของรถถัง T-54 ให้แก่โปแลนด์",
     "th", "T-54", "licence_status", "licensed"),
    ("У 1953 році Радянський Союз передав Польщі документацію танка T-54.", "uk", "T-54", "licence_status", "licensed"),
    ("1953 میں سوویت یونین نے پولینڈ کو T-54 ٹینک کی تکنیکی دستاویزات حوالے کیں۔",
     "ur", "T-54", "licence_status", "licensed"),
    ("1953-yilda Sovet Ittifoqi Polshaga T-54 tankining texnik hujjatlarini berdi.",
     "uz", "T-54", "licence_status", "licensed"),
    ("Sovyetler Birliği 1953 yılında Polonya’ya T-54 tankının çizimlerini verdi.",
     "tr", "T-54", "licence_status", "licensed"),
    ("W 1953 roku Związek Radziecki przekazał Polsce rysunki techniczne czołgu T-54.",
     "pl", "T-54", "licence_status", "licensed"),
    # the giver of the documents is the licensor
    ("V roce 1953 předal Sovětský svaz Polsku výkresy tanku T-54.", "cs", "T-54", "licensed_by", "Soviet"),
    ("1953. gadā Padomju Savienība nodeva Polijai T-54 tanka dokumentāciju.", "lv", "T-54", "licensed_by", "Soviet"),
    # a grant verb names the giver of the licence word after it
    ("Το 1953 η Σοβιετική Ένωση χορήγησε στην Πολωνία άδεια παραγωγής του T-54.", "el", "T-54", "licensed_by",
     "Soviet"),
])
def test_a_document_or_grant_word_reaches_the_licence(extractor: Extractor, text: str, lang: str, subject: str,
                                                      relation: str, obj: str) -> None:
    assert_reaches(all_facts(extractor, text, lang), subject, relation, obj)


@pytest.mark.parametrize(("text", "lang"), [
    # documentation with no word of trade beside it: no licence
    ("وفقا للوثائق يبلغ وزن الدبابة T-54 ستة وثلاثين طنا.", "ar"),
    ("Според документацията танкът T-54 тежи 36 тона.", "bg"),
    ("Podle dokumentace váží tank T-54 36 tun.", "cs"),
    ("לפי המסמכים הטנק T-54 שוקל 36 טון.", "he"),
    ("Pagal dokumentaciją tankas T-54 sveria 36 tonas.", "lt"),
    ("Volgens de documentatie weegt de T-54 36 ton.", "nl"),
    ("Potrivit documentației, tancul T-54 cântărește 36 de tone.", "ro"),
    ("Enligt dokumentationen väger T-54 36 ton.", "sv"),
    ("ตามเอกสาร รถถัง T-54 มีน้ำหนัก 36 ตัน", "th"),
    ("Hujjatlarga ko'ra T-54 tanki 36 tonna og'irlikda.", "uz"),
    ("Belgelere göre T-54 tankı 36 ton ağırlığındadır.", "tr"),
    ("Według dokumentacji czołg T-54 waży 36 ton.", "pl"),
])
def test_documents_without_trade_are_no_licence(extractor: Extractor, text: str, lang: str) -> None:
    facts = all_facts(extractor, text, lang)
    assert not any(f.relation in {"licence_status", "licensed_by"} for f in facts), \
        [(f.subject, f.relation, f.object) for f in facts]
