"""A licence that a word of plan, wish or request governs ("plans to grant a licence", "wished to build it under
licence", "requested a licence") has not been given: no licence is read from it, while the same sentence told as
done still gives it."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _facts(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(f.subject, f.relation, f.object) for f in extractor.extract_text(text, "t", lang)
            if f.relation in {"licence_status", "licensed_by"}}


@pytest.mark.parametrize(("text", "lang"), [
    ("Moscú planea conceder a Egipto la licencia de fabricación del tanque T-90.", "es"),
    ("La Roumanie prévoit de fabriquer le char T-72 sous licence.", "fr"),
    ("L'Egitto intende produrre su licenza il carro armato T-90 in Egitto.", "it"),
    ("O Brasil planeja fabricar o caça Su-35 sob licença no Brasil.", "pt"),
    ("În 1970 Bucureștiul dorea să construiască avionul MiG-21 sub licență sovietică.", "ro"),
    ("Ministerul român a solicitat în 1975 o licență pentru tancul T-72.", "ro"),
])
def test_a_planned_or_wished_licence_is_no_fact(extractor: Extractor, text: str, lang: str) -> None:
    assert _facts(extractor, text, lang) == set()


@pytest.mark.parametrize(("text", "lang"), [
    ("El tanque T-90 se produce bajo licencia en Egipto.", "es"),
    ("Tancul T-55 a fost produs sub licență în România din 1977.", "ro"),
])
def test_the_same_licence_told_as_given_stays(extractor: Extractor, text: str, lang: str) -> None:
    assert any(r == "licence_status" and o == "licensed" for _, r, o in _facts(extractor, text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Nos anos 1980 a Argentina cogitou comprar caças MiG-29 da União Soviética.", "pt"),
    ("A Índia cogita adquirir o tanque T-90 da Rússia.", "pt"),
])
def test_a_purchase_only_considered_is_no_export(extractor: Extractor, text: str, lang: str) -> None:
    assert not any(f.relation == "exported_to" for f in extractor.extract_text(text, "t", lang))
