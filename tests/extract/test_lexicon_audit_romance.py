"""Cue words of the Romance, Indonesian and Malay files do not catch ordinary words of another meaning.

A cue written as a form whose final vowel the matcher may replace ("vendu", "conçu") or as a short stem
("violé*") matched dictionary words of another meaning ("vendredi", "concert", "violence"): scripts/cue_audit.py
found them, and the entries were written exact or longer. Each case names ordinary words that must match no cue
of the class, and the wanted forms that must still match one.
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import cue_classes_of

# (language, cue class, ordinary words of another meaning, wanted forms)
CASES = [
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
    ("ca", "maker", ["plantejar", "plantilla", "empresonar"], ["planta", "plantes", "empresa"]),
    ("id", "import", ["membelah", "membelot", "membelok", "dibelah"], ["membeli", "membelinya", "dibeli"]),
    ("id", "service", ["pemakaman", "penggunting", "memakan", "dinasti"],
     ["pemakai", "pengguna", "penggunaan", "memakai", "dinas"]),
    ("id", "capture", ["disitir", "menyitir"], ["disita", "menyita"]),
    ("ms", "import", ["membelah", "membelot", "dibelah"], ["membeli", "dibeli"]),
    ("ms", "destination", ["kepadatan"], ["kepada"]),
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
