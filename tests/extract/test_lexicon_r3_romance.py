"""Round-3 cue classes of the Romance, Vietnamese and Malay/Indonesian files: `deal` (an agreement between parties)
and `with` (the word before the other party), plus a few phrases added beside them. Sentences written for this
test."""

from __future__ import annotations

import pytest

from tests.extract.conftest import assert_deal_and_with, cue_spans

DEAL_WITH = [
    ("fr", "En 1970, la Roumanie a conclu un accord avec l'URSS pour fabriquer le char.", "accord", "avec"),
    ("es", "Polonia firmó un contrato con la URSS para fabricar el tanque.", "contrato", "con"),
    ("it", "La Polonia firmò un accordo con l'URSS per produrre il carro.", "accordo", "con"),
    ("pt", "A Polônia assinou um contrato com a URSS para fabricar o tanque.", "contrato", "com"),
    ("ro", "România a semnat un acord cu URSS pentru a produce tancul.", "acord", "cu"),
    ("ca", "Polònia va signar un acord amb la URSS per fabricar el tanc.", "acord", "amb"),
    ("vi", "Ba Lan ký hợp đồng với Liên Xô để sản xuất xe tăng.", "hợp đồng", "với"),
    ("id", "Polandia menandatangani perjanjian dengan Uni Soviet untuk memproduksi tank.", "perjanjian", "dengan"),
    ("ms", "Poland menandatangani perjanjian dengan Kesatuan Soviet untuk mengeluarkan kereta kebal.", "perjanjian",
     "dengan"),
]


@pytest.mark.parametrize("code,text,deal,with_", DEAL_WITH)
def test_deal_and_with_words(code: str, text: str, deal: str, with_: str) -> None:
    assert_deal_and_with(code, text, deal, with_)


@pytest.mark.parametrize("code,text", [
    ("fr", "Ce fusil conventionnel a été traité avec soin."),      # not a convention; "traité" is also "treated"
    ("ro", "Soldatul a fost tratat la spital."),                  # "treated", not "treaty"
    ("ca", "El soldat va ser tractat a l'hospital."),             # "treated", not "treaty"
    ("ro", "Licența a fost acordată Poloniei."),                  # "granted", not "agreement"
    ("it", "Il carro è stato accordato."),                         # "tuned", not "agreement"
])
def test_deal_words_that_are_other_words(code: str, text: str) -> None:
    assert "deal" not in cue_spans(code, text)


@pytest.mark.parametrize("code,text,cls,word", [
    ("fr", "L'usine était autorisée à produire le T-72.", "licence", "autorisée à produire"),
    ("it", "La fabbrica era autorizzata a produrre il carro.", "licence", "autorizzata a produrre"),
    ("es", "La planta fue autorizada a fabricar el tanque.", "licence", "autorizada a fabricar"),
    ("it", "La versione fu ribattezzata Mi-17.", "alias", "ribattezzata"),
    ("fr", "Le char fut rebaptisé TR-85.", "alias", "rebaptisé"),
    ("it", "Nel 1967 entra in servizio con l'esercito.", "introduce", "entra in servizio"),
])
def test_added_phrases(code: str, text: str, cls: str, word: str) -> None:
    assert word in cue_spans(code, text).get(cls, [])


def test_renowned_is_not_renamed() -> None:
    # French "renommé" mostly means "renowned": it is left out of the alias words
    assert "alias" not in cue_spans("fr", "Le char est renommé pour sa fiabilité.")
