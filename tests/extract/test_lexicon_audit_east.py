"""Cue words of the Finnish, Estonian, Hungarian, Turkish, Greek, Baltic, Arabic and Persian files do not catch
ordinary words of another meaning.

A cue written as a form whose final vowel the matcher may replace ("loppui", "statė") or as a short stem
("yıl*", "plan*") matched dictionary words of another meaning (Finnish "loppukesä", Lithuanian "statusas",
Turkish "yılan", "planet"): scripts/cue_audit.py found them, and the entries were written exact or longer. Each
case names ordinary words that must match no cue of the class, and the wanted forms that must still match one.
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import cue_classes_of

# (language, cue class, ordinary words of another meaning, wanted forms)
CASES = [
    ("fi", "until", ["loppukesä", "loppuosa"], ["loppui", "loppuivat"]),
    ("fi", "produce", ["valmistautua", "valmistella", "valmistujaiset"],
     ["valmistaa", "valmisti", "valmistettiin", "valmistus"]),
    ("fi", "successor", ["korvakoru", "korvatippa"], ["korvaa", "korvasi", "korvaaja"]),
    ("fi", "design", ["luotto", "luotain", "kehitysmaa", "kehitysapu"], ["luotu", "luotiin", "kehittää", "kehitetty"]),
    ("fi", "anaphor", ["tallentaa", "samanismi"], ["tällä", "saman", "tämän"]),
    ("fi", "export", ["toimitusjohtaja", "toimittaja", "lähettiläs"],
     ["toimitus", "toimitti", "toimitettiin", "lähetti"]),
    ("fi", "year_word", ["vuoksi", "vuotaa"], ["vuosi", "vuonna", "vuoden"]),
    ("fi", "basis", ["perustuslaki", "perustus"], ["perustuu", "perustui"]),
    ("fi", "variant", ["mallas", "mallinukke", "mallioppilas"], ["malli", "mallin", "mallit"]),
    ("fi", "plan", ["aikoinaan", "tulehdus", "ehdottomasti"], ["aikoo", "tulee", "ehdotti", "ehdotus"]),
    ("et", "resemble", ["moodul", "moodustama"], ["moodi", "sarnane"]),
    ("et", "design", ["loodus", "loode"], ["loodi", "loodud"]),
    ("et", "since", ["pealkiri", "pealegi"], ["peale", "alates"]),
    ("et", "agent", ["poolteist", "pooltund"], ["poolt"]),
    ("et", "export", ["muudatus", "muutma"], ["müüdi", "müüs", "tarne"]),
    ("et", "import", ["telliskivi", "saadik"], ["tellis", "telliti", "tellimus", "saadi"]),
    ("et", "year_word", ["aastaaeg", "aastapäev"], ["aasta", "aastal", "aastast"]),
    ("et", "basis", ["põhjalik"], ["põhjal"]),
    ("et", "anaphor", ["sellal"], ["selle", "sellist"]),
    ("hu", "agent", ["általában", "általános"], ["által", "általi"]),
    ("hu", "maker", ["művész", "művészet", "gyarmat", "üzemanyag"], ["művei", "gyára", "üzeme", "gyár"]),
    ("hu", "plan", ["kíváncsi", "kivándorló"], ["kíván", "kívánja", "tervei"]),
    ("hu", "destination", ["szamárfül"], ["számára"]),
    ("hu", "produce", ["készülék"], ["készült", "gyártott"]),
    ("hu", "variant", ["változatos", "változatlan", "kivitelező"], ["változat", "változata", "változatok", "kivitel"]),
    ("hu", "import", ["kaptár"], ["kapta", "vásárolt"]),
    ("tr", "year_word", ["yılan", "yıldız", "yıldırım"], ["yıl", "yılında", "yılları", "yılda"]),
    ("tr", "plan", ["planet", "plankton", "planör"], ["plan", "planlanan", "planı"]),
    ("tr", "import", ["edinburgh"], ["edindi", "alım", "alımı"]),
    ("tr", "design", ["testere", "testosteron", "projektör"], ["test", "testleri", "proje", "projesi"]),
    ("tr", "copy", ["çakmak"], ["çakma"]),
    ("tr", "export", ["şevket"], ["sevkiyat", "teslimat"]),
    ("tr", "basis_reverse", ["ataşe"], ["atası"]),
    ("tr", "successor", ["yerinde", "ikamet"], ["yerine", "ikame"]),
    ("el", "import", ["αγοράκι", "εισαγγελέας"], ["αγορά", "αγοράς", "εισάγει", "εισαγωγή"]),
    ("el", "alias", ["αποκάλυψη"], ["αποκαλείται"]),
    ("el", "anaphor", ["αυτονομία", "αυτόνομος"], ["αυτού", "αυτόν"]),
    ("el", "export", ["εξάγωνο", "πουλάκι", "πουλάρι"], ["εξαγωγή", "εξάγει", "πουλάει"]),
    ("el", "licence", ["αδειάζω"], ["άδεια", "άδειας"]),
    ("el", "plan", ["σχεδιασμός"], ["σχέδια", "σχέδιο"]),
    ("el", "design", ["δοκίμιο"], ["δοκιμή", "δοκιμές", "δοκιμάστηκε"]),
    ("lt", "year_word", ["metalas", "metafora"], ["metai", "metais", "metų"]),
    ("lt", "plan", ["planeta", "planktonas", "siūlas"], ["planas", "planuoja", "siūlo"]),
    ("lt", "product_noun", ["tankumas", "tankis", "automatinis"], ["tankas", "tankai", "automatas"]),
    ("lt", "destination", ["skirtumas", "skirtingas"], ["skirta", "skirti"]),
    ("lt", "design", ["sūkurys"], ["sukūrė", "sukurtas"]),
    ("lt", "produce", ["statusas", "statutas"], ["statė", "pagamino"]),
    ("lt", "export", ["parduotuvė"], ["parduota", "pardavė"]),
    ("lv", "service", ["diena", "dienvidi"], ["dienē", "dienēja"]),
    ("lv", "disputed", ["tieši"], ["tiesā"]),
    ("lv", "destination", ["priekšnieks", "priekšmets"], ["priekš"]),
    ("lv", "plan", ["planieris", "planēta"], ["plāno", "plānots"]),
    ("lv", "successor", ["vietējs", "vietnieks"], ["vietā"]),
    ("lv", "import", ["pirksts"], ["pirka", "pirkt"]),
    ("ar", "copy", ["تقليدي", "تقليدية", "نسخر"], ["تقليد", "نسخة", "نسخ"]),
    ("ar", "year_word", ["العامل"], ["العام", "عام"]),
    ("ar", "maker", ["معاملة"], ["معامل"]),
    ("fa", "disputed", ["آنکارا"], ["انکار"]),
    ("fa", "resemble", ["همچنین", "همچنان"], ["همچون"]),
    ("fa", "org_word", ["بنیادی"], ["بنیاد"]),
]




@pytest.mark.parametrize(("code", "cls", "ordinary", "wanted"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_ordinary_words_match_no_cue_of_the_class(code: str, cls: str, ordinary: list[str],
                                                  wanted: list[str]) -> None:
    caught = [w for w in ordinary if cls in cue_classes_of(code, w)]
    assert caught == [], f"{code} {cls} catches {caught}"


@pytest.mark.parametrize(("code", "cls", "ordinary", "wanted"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_wanted_forms_still_match_their_class(code: str, cls: str, ordinary: list[str], wanted: list[str]) -> None:
    missed = [w for w in wanted if cls not in cue_classes_of(code, w)]
    assert missed == [], f"{code} {cls} misses {missed}"
