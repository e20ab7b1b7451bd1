"""Cue words of the Romance, Indonesian, Malay, Finnish, Estonian, Hungarian, Turkish, Greek, Baltic, Arabic and
Persian files do not catch ordinary words of another meaning.

A cue written as a form whose final vowel the matcher may replace ("vendu", "conçu", "loppui", "statė") or as a
short stem ("violé*", "yıl*") matched dictionary words of another meaning ("vendredi", "concert", Finnish
"loppukesä", Turkish "yılan"): scripts/cue_audit.py found them, and the entries were written exact or longer.
Each case names ordinary words that must match no cue of the class, and the wanted forms that must still match one.
(The Germanic, Russian and Ukrainian words are in test_lexicon_audit_north.py, the Slavic ones in
test_lexicon_audit_slavic.py.)
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import cue_classes_of

# (language, cue class, ordinary words of another meaning, wanted forms)
ROMANCE = [
    ("fr", "export", ["vendredi", "ventre", "ventiler", "fournaise", "fourneau", "envol", "envoûter", "rémission"],
     ["vendu", "vendues", "vente", "ventes", "fourni", "fournies", "envoi", "livraison", "remise"]),
    ("fr", "design", ["concert", "concept", "concerner", "concombre", "étudiant"],
     ["conçu", "conçue", "conçus", "conçues", "étude", "études"]),
    ("fr", "import", ["reculer", "récupérer", "commandant", "commandement", "commando", "acquitter"],
     ["reçue", "reçues", "reçus", "commande", "commandée", "commandées", "commanda", "acquit"]),
    ("fr", "year_word", ["anneau", "annexe"], ["année", "années"]),
    ("fr", "disputed", ["violence", "violent", "violette", "démentiel"], ["violé", "violation", "dément", "démenti"]),
    ("fr", "copy", ["copilote", "copiner"], ["copie", "copié", "copiées", "copia"]),
    ("fr", "produce", ["montagne", "montagnard"], ["montage", "montages"]),
    ("fr", "plan", ["pourri", "pourrir", "pourriture"], ["pourra", "pourront", "pourrait"]),
    ("es", "export", ["ventana", "ventaja", "ventilar", "envidia", "enviudar", "vendaval", "vendimia", "regaliz"],
     ["venta", "ventas", "envió", "envío", "envíos", "vende", "vendió", "regaló"]),
    ("es", "import", ["comprender", "compresa", "comprimir", "comprobar", "compromiso", "ordenador"],
     ["compra", "compras", "compró", "compraron", "comprado", "ordenó"]),
    ("es", "design", ["proyectil", "presente", "disentería", "inventario"],
     ["proyecto", "proyectos", "proyectista", "presentó", "diseño", "diseñó", "inventó"]),
    ("es", "copy", ["copiloto", "copioso", "calcio", "calcular", "calcetín"], ["copia", "copió", "calco", "calcado"]),
    ("es", "maker", ["plantear", "plantilla"], ["planta", "plantas", "factoría"]),
    ("es", "variant", ["mejores", "mejorana"], ["mejora", "mejoras", "mejorado"]),
    ("es", "service", ["operación", "operario", "operativo"], ["opera", "operan"]),
    ("it", "plan", ["pianeta", "pianura", "pianista", "piangere"], ["piano", "piani"]),
    ("it", "product_noun", ["carriera", "carrello", "carrozza", "razza", "razzismo", "razzia"],
     ["carro", "carri", "razzo", "razzi"]),
    ("it", "design", ["provincia", "proverbio", "provocare", "creatura", "inventario"],
     ["prove", "creato", "creata", "inventò"]),
    ("it", "import", ["comprendere", "compreso", "compressa"], ["comprò", "comprato"]),
    ("it", "export", ["invidia", "invitare", "forno", "fornace", "vendemmia", "vendicare"],
     ["inviò", "inviato", "fornì", "fornito", "vende", "venduto"]),
    ("it", "anaphor", ["questione", "questura", "dettaglio"], ["questo", "queste", "detto", "detta"]),
    ("pt", "anaphor", ["destacar", "destaque", "dessecar"], ["deste", "desta", "desse", "dessa"]),
    ("pt", "plan", ["planalto", "planeta", "planilha"], ["plano", "planos"]),
    ("pt", "import", ["compreender", "comprido", "compromisso"], ["compra", "compras", "comprou"]),
    ("pt", "design", ["projétil", "crioulo"], ["projeto", "projecto", "projetista", "criou", "criado"]),
    ("pt", "copy", ["copa", "copo", "copioso"], ["cópia", "cópias", "copiou"]),
    ("ro", "force", ["politic", "politică", "politician"], ["poliție", "poliția", "polițist", "armata"]),
    ("ro", "copy", ["copil", "copilărie"], ["copie", "copia", "copiile"]),
    ("ro", "design", ["proiectil", "proiector", "testament", "testicul", "creatură"],
     ["proiect", "proiectul", "proiectant", "teste", "creat"]),
    ("ro", "product_noun", ["pustiu", "pustnic", "pușcărie", "pușculiță"], ["puști", "pușcă", "pușca"]),
    ("ro", "export", ["vindeca", "livresc"], ["vinde", "livra", "livrat"]),
    ("ro", "import", ["comandant", "comandament", "procuror"], ["comanda", "comandă", "procura"]),
    ("ca", "negation", ["sensació", "sensible", "sensor"], ["sense"]),
    ("ca", "plan", ["sèrie", "seriós", "negoci"], ["seria", "serien", "negocia"]),
    ("ca", "import", ["comprendre", "compromís", "comandament", "comandant"], ["compra", "comanda", "comandes"]),
    ("ca", "design", ["projectil", "dissentir"], ["projecte", "projectes", "disseny"]),
    ("ca", "maker", ["plantejar", "plantilla", "empresonar"], ["planta", "plantes"]),
    ("id", "import", ["membelah", "membelot", "membelok", "dibelah"], ["membeli", "membelinya", "dibeli"]),
    ("id", "service", ["pemakaman", "penggunting", "memakan", "dinasti"],
     ["pemakai", "pengguna", "penggunaan", "memakai", "dinas"]),
    ("id", "capture", ["disitir", "menyitir"], ["disita", "menyita"]),
    ("ms", "import", ["membelah", "membelot", "dibelah"], ["membeli", "dibeli"]),
    ("ms", "destination", ["kepadatan"], ["kepada"]),
]

EAST = [
    ("fi", "until", ["loppukesä", "loppuosa"], ["loppui", "loppuivat"]),
    ("fi", "produce", ["valmistautua", "valmistella", "valmistujaiset"],
     ["valmistaa", "valmisti", "valmistettiin", "valmistus"]),
    ("fi", "replace", ["korvakoru", "korvatippa"], ["korvaa", "korvasi", "korvaaja"]),
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
    ("et", "basis_reverse", ["põhjalik"], ["põhjal"]),   # written after its original (see test_relations)
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
    ("tr", "replace", ["yerinde", "ikamet"], ["yerine", "ikame"]),
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
    ("lv", "replace", ["vietējs", "vietnieks"], ["vietā"]),
    ("lv", "import", ["pirksts"], ["pirka", "pirkt"]),
    ("ar", "copy", ["تقليدي", "تقليدية", "نسخر"], ["تقليد", "نسخة", "نسخ"]),
    ("ar", "year_word", ["العامل"], ["العام", "عام"]),
    ("ar", "maker", ["معاملة"], ["معامل"]),
    ("fa", "disputed", ["آنکارا"], ["انکار"]),
    ("fa", "resemble", ["همچنین", "همچنان"], ["همچون"]),
    ("fa", "org_word", ["بنیادی"], ["بنیاد"]),
]

CASES = ROMANCE + EAST


@pytest.mark.parametrize(("code", "cls", "ordinary", "wanted"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_ordinary_words_match_no_cue_of_the_class(code: str, cls: str, ordinary: list[str],
                                                  wanted: list[str]) -> None:
    caught = [w for w in ordinary if cls in cue_classes_of(code, w)]
    assert caught == [], f"{code} {cls} catches {caught}"


@pytest.mark.parametrize(("code", "cls", "ordinary", "wanted"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_wanted_forms_still_match_their_class(code: str, cls: str, ordinary: list[str], wanted: list[str]) -> None:
    missed = [w for w in wanted if cls not in cue_classes_of(code, w)]
    assert missed == [], f"{code} {cls} misses {missed}"
