"""The explanation a claim dossier prints for each status, word for word, through ``copytrace dossier``."""

from __future__ import annotations

import json
from pathlib import Path

from tests.reason.conftest import PACK

LICENCE = "Licence AKM licence to Cugir grants AKM to Cugir State Arms Factory (1963–1990)"
DERIVES = "; the product derives from the licensed design"
STANDS = "; the licensee stands for the producer"
NO_LICENCE = "No licence on record covers this producer for the design or any ancestor."


def test_the_json_dossier_gives_every_status_with_its_explanation(invoke, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert invoke("load-pack", str(PACK)).exit_code == 0
    out = tmp_path / "romarm.json"
    result = invoke("dossier", "RomArm", "--format", "json", "--output", str(out))
    assert result.exit_code == 0, result.output
    products = json.loads(out.read_text(encoding="utf-8"))["products"]
    found = [(a["product"]["name"], a["producer"]["name"], a["label"],
              [(s["text"], s["side"]) for s in a["explanation"]]) for p in products for a in p["assessments"]]
    assert found == [
        ("PA md. 86", "RomArm", "no licence on record", [
            ("Production: made by RomArm (from 1991).", None), ("Derived from AK-47, AK-74, AKM.", None),
            (NO_LICENCE, None)]),
        ("PM md. 2000", "RomArm", "no licence on record", [
            ("Production: made by RomArm (from 2000).", None), ("Derived from AK-47, AK-74, AKM.", None),
            (NO_LICENCE, None)]),
        ("PM md. 63", "Cugir State Arms Factory", "licensed", [
            (LICENCE + DERIVES + ".", None), ("Production: made by Cugir State Arms Factory (1963–1989).", None)]),
        ("PM md. 65", "Cugir State Arms Factory", "licensed", [
            (LICENCE + DERIVES + ".", None),
            ("Production: made at a plant operated by Cugir State Arms Factory (1965–1990).", None)]),
        ("PM md. 65", "RomArm", "expired", [
            (LICENCE + DERIVES + STANDS + ".", None),
            ("Production: made at a plant operated by RomArm (from 1991).", None),
            ("Production continued after the licence ended (1990).", None)]),
        ("PM md. 90", "RomArm", "expired", [
            ("Stated licensed for Cugir State Arms Factory (a party standing for the producer) (1990–1990).", None),
            ("Stated expired for RomArm (from 1991).", None), (LICENCE + DERIVES + STANDS + ".", None),
            ("Production: made by RomArm (from 1991).", None)]),
        ("PM md. 90", "Cugir State Arms Factory", "licensed", [
            ("Stated licensed for Cugir State Arms Factory (1990–1990).", None), (LICENCE + DERIVES + ".", None)]),
        ("WASR-10", "RomArm", "disputed", [
            ("Stated licensed for RomArm.", "licensed"), ("Stated unlicensed for RomArm.", "unlicensed"),
            (LICENCE + DERIVES + STANDS + ".", "licensed")]),
    ]
