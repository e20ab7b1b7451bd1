"""Slavic cue words catch their own words, not the ordinary words that begin the same way.

Found with ``scripts/cue_audit.py`` over simplemma's dictionaries: a cue written as a stem or as a form the matcher
may inflect ("plany" -> "planeta", "przez" -> "przezorny", "spora" -> "sporazum") caught words of another meaning.
Each language lists dictionary words that must match no cue of the class named, and the cue's own forms that must
still match it, through the real language data (the file plus its related languages' files).
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import cue_classes_of

# language -> (class, ordinary words of another meaning that must not match it)
NOT_CUES: dict[str, list[tuple[str, list[str]]]] = {
    "pl": [("agent", ["przezorny", "przezwisko"]), ("plan", ["planeta", "plansza"]),
           ("disputed", ["sport", "sporządzić", "pozwolić", "pozwalać"]), ("copy", ["kopiec", "kopiejka"]),
           ("design", ["problem", "proboszcz", "testament", "projektor"]),
           ("product_noun", ["działanie", "działka", "bronić", "armator", "armatura"]),
           ("variant", ["modelka", "pochodnia"]), ("export", ["dostawać"]), ("maker", ["zakładka", "zakładnik"]),
           ("org_word", ["biurko", "zakładka"]), ("alias", ["nazwisko"]), ("resemble", ["podobno"])],
    "cs": [("disputed", ["sport", "spořit", "sporák"]), ("plan", ["planeta", "planina", "budova"]),
           ("product_noun", ["strojvůdce", "strojit", "tanker"]), ("maker", ["podnikatel", "závodník"]),
           ("org_word", ["ústava", "ustavit"]), ("copy", ["kopiník", "období"]), ("export", ["vyvážit", "dodatek"]),
           ("part", ["motorka"]), ("variant", ["modelka"]), ("replace", ["náhradník", "náhradní"]),
           ("design", ["představenstvo"]), ("anaphor", ["tentokrát"]), ("resemble", ["vzdálenost"])],
    "sk": [("plan", ["planina"]), ("disputed", ["šport", "sporiť"]), ("product_noun", ["strojvodca"]),
           ("maker", ["podnikateľ"]), ("variant", ["modelka"]), ("negation", ["nemalý"]),
           ("year_word", ["rokovanie"]), ("copy", ["obdobie"]), ("anaphor", ["tentokrát"]),
           ("export", ["dodatok"]), ("resemble", ["vzdialenosť"])],
    "sr": [("plan", ["planeta", "planina", "планета", "планина"]),
           ("disputed", ["sporazum", "sport", "споразум", "protestant"]), ("service", ["službenik", "koristan"]),
           ("export", ["predavanje", "predak", "poslanik", "посланик"]), ("import", ["dobitak", "primirje",
                                                                                   "primijetiti", "kupina"]),
           ("design", ["izumirati", "projektor", "пројектор"]), ("maker", ["zavodnica"]),
           ("produce", ["gradivo"]), ("resemble", ["licitacija", "ličinka"]),
           ("product_noun", ["sistematski"]), ("replace", ["zamjenik"]), ("alias", ["zvaničan", "званичан"])],
    "hr": [("destination", ["premijer", "premda"]), ("disputed", ["sporazum"]), ("export", ["poslanik"]),
           ("replace", ["zamjenik"]), ("alias", ["zvaničan"]), ("basis", ["uzorak"]), ("copy", ["kloniti"]),
           ("import", ["kupina"]), ("design", ["projektor"])],
    "bs": [("destination", ["premijer"]), ("disputed", ["sporazum"]), ("export", ["poslanik"]),
           ("alias", ["zvaničan"]), ("basis", ["uzorak"])],
    "sl": [("disputed", ["sporočilo", "sporazum", "spored", "protestant"]), ("service", ["sluznica"]),
           ("variant", ["modelar"]), ("export", ["poslanec", "predalnik"]), ("product_noun", ["tanek"]),
           ("plan", ["lahkota", "mogočen"]), ("replace", ["namestnik"]), ("import", ["kupčija"])],
    "bg": [("produce", ["строг", "строител"]), ("plan", ["планета", "планина"]), ("copy", ["копито", "копеле"]),
           ("export", ["износване", "изнасилвам"]), ("design", ["представител", "проектор"]),
           ("import", ["вноска"]), ("expired", ["приключение"]), ("service", ["служител"])],
    "mk": [("maker", ["заводлив"]), ("import", ["примирје", "примитивен", "добиток", "добитник"]),
           ("disputed", ["протестант"]), ("copy", ["копито", "копиле"]), ("service", ["службеник"]),
           ("design", ["изумира", "проектор"]), ("product_noun", ["систематски", "тенок"])],
}

# language -> (class, the cue's own forms that must still match it)
CUES: dict[str, list[tuple[str, list[str]]]] = {
    "pl": [("agent", ["przez"]), ("copy", ["kopia", "kopii", "skopiowany", "kopiowanie"]),
           ("plan", ["plany", "planowany"]), ("disputed", ["sporu", "pozwu", "pozwał", "sądowy"]),
           ("design", ["próby", "projektu", "testy"]), ("product_noun", ["działo", "broni", "armata", "armaty"]),
           ("variant", ["modelu", "model", "pochodna"]), ("export", ["dostawa", "dostawy", "dostawca"]),
           ("maker", ["zakładów", "zakład", "wytwórnia", "wytwórni"]), ("org_word", ["biuro", "zakłady"]),
           ("alias", ["nazwą", "nazwa"]), ("resemble", ["podobny"])],
    "cs": [("disputed", ["sporu", "spory", "protest"]), ("plan", ["plánu", "plánovaný", "budou"]),
           ("product_noun", ["stroje", "tanky", "kanónu"]), ("maker", ["závod", "závodu"]),
           ("org_word", ["ústav"]), ("copy", ["kopie", "kopírovat", "obdoba"]), ("export", ["vyváží", "dodat"]),
           ("part", ["motory"]), ("variant", ["model", "modelu"]), ("resemble", ["podobá"]),
           ("replace", ["náhrada", "nahradil"]), ("produce", ["stavěn", "postaven"]),
           ("design", ["představen"]), ("anaphor", ["tento"])],
    "sk": [("plan", ["plánu", "plánovaný"]), ("disputed", ["sporu", "spory"]), ("product_noun", ["stroje", "tanky"]),
           ("maker", ["závod"]), ("service", ["slúži", "slúžil"]), ("variant", ["model"]),
           ("copy", ["kópia", "kopírovať", "obdoba"]), ("export", ["vyváža", "dodať"]), ("year_word", ["rokov"]),
           ("replace", ["náhrada", "nahradil"]), ("negation", ["nemal"]), ("anaphor", ["tento"])],
    "sr": [("plan", ["plana", "плана", "planira"]), ("disputed", ["spora", "sporu", "protest"]),
           ("service", ["služi", "služio", "служи", "koristi"]), ("export", ["predao", "poslao"]),
           ("import", ["dobio", "primio", "kupac", "kupca", "kupio", "poručio"]), ("design", ["izum", "izumio",
                                                                                            "projekt"]),
           ("maker", ["zavod", "zavoda", "завод"]), ("produce", ["gradio"]), ("resemble", ["liči"]),
           ("product_noun", ["sistem", "sistema", "систем"]), ("replace", ["zamjena"]), ("alias", ["zvani"]),
           ("until", ["prestao"])],
    "hr": [("destination", ["prema"]), ("plan", ["plana"]), ("disputed", ["spora"]), ("export", ["poslan"]),
           ("replace", ["zamjena"]), ("alias", ["zvani"]), ("basis", ["uzoru"]), ("copy", ["klona"]),
           ("import", ["kupio", "kupiti", "kupljen", "dobio"]), ("design", ["projekt"])],
    "bs": [("destination", ["prema"]), ("disputed", ["spora"]), ("export", ["poslan"]), ("alias", ["zvani"]),
           ("basis", ["uzoru"])],
    "sl": [("disputed", ["spora", "sporu", "protest"]), ("service", ["služi", "služijo"]),
           ("variant", ["model", "modela"]), ("export", ["poslan", "predal"]), ("product_noun", ["tank", "tankov"]),
           ("plan", ["lahko", "mogoče"]), ("replace", ["namesto"]), ("import", ["kupca"])],
    "bg": [("produce", ["строи", "строили"]), ("plan", ["плана"]), ("copy", ["копие", "копия"]),
           ("export", ["износ", "износител", "изнася"]), ("design", ["представи", "представен", "проект"]),
           ("import", ["вноса"]), ("expired", ["приключи"]), ("service", ["служи"])],
    "mk": [("maker", ["завод", "заводот"]), ("import", ["прими", "примил", "доби", "добил", "добива"]),
           ("disputed", ["протест"]), ("copy", ["копии", "копија"]), ("service", ["служи"]),
           ("design", ["изум", "проект"]), ("product_noun", ["систем", "системот", "тенк", "тенкови"])],
}


def _cases(table: dict[str, list[tuple[str, list[str]]]]) -> list[tuple[str, str, str]]:
    return [(code, cls, word) for code, rows in table.items() for cls, words in rows for word in words]


@pytest.mark.parametrize(("code", "cls", "word"), _cases(NOT_CUES))
def test_ordinary_word_is_no_cue(code: str, cls: str, word: str) -> None:
    assert cls not in cue_classes_of(code, word), f"{code}: {word!r} matches a {cls} cue"


@pytest.mark.parametrize(("code", "cls", "word"), _cases(CUES))
def test_cue_form_still_matches(code: str, cls: str, word: str) -> None:
    assert cls in cue_classes_of(code, word), f"{code}: {word!r} no longer matches its {cls} cue"
