"""Fixtures for the reasoning and report tests: the respondent pack plus quoted documents."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from copytrace.model.statement import Evidence, Statement
from copytrace.packs import load_pack
from copytrace.registry import Registry
from copytrace.registry.documents import DocumentRecord

PACK = Path(__file__).with_name("respondent.yaml")

# Quotes in the scripts a dossier must render: Cyrillic, Chinese and Hebrew.
RU_TEXT = "Справка. Автомат PA md. 86 выпускается компанией RomArm без лицензии с 1991 года."
ZH_TEXT = "报道：RomArm 生产的 PA md. 86 步枪是 AK-74 的仿制品。"
HE_TEXT = "דיווח: PM md. 2000 מיוצר על ידי RomArm ברישיון, לפי הודעת החברה."


@dataclass(frozen=True, slots=True)
class Doc:
    sha256: str
    text: str

    def evidence(self, quote: str) -> Evidence:
        start = self.text.index(quote)
        return Evidence(self.sha256, start, start + len(quote), quote, page=1)


def add_document(registry: Registry, text: str, *, title: str, publisher: str, language: str,
                 published: str) -> Doc:
    """A stored document as ingestion leaves it (the reasoning reads only its metadata and hash)."""
    raw = text.encode("utf-8")
    sha = hashlib.sha256(raw).hexdigest()
    path = registry.blob_path(sha)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(raw)
    registry.add_document(DocumentRecord(
        id=sha, source=f"/evidence/{title}.txt", media_type="text/plain", size=len(raw), text=text,
        retrieved_at=datetime.now(UTC).isoformat(), title=title, publisher=publisher, published=published,
        language=language), actor="tester")
    return Doc(sha, text)


@dataclass(frozen=True, slots=True)
class Evidenced:
    registry: Registry
    ru: Doc
    zh: Doc
    he: Doc
    before_documents: datetime  # a moment after the pack was loaded and before the documents


def extracted(subject: str, predicate: str, evidence: Evidence, *, status: str = "accepted",
              **rest: str) -> Statement:
    return Statement(subject, predicate, evidence=evidence, origin="extracted", confidence=0.9,
                     status=status, **rest)  # type: ignore[arg-type]


@pytest.fixture
def evidenced(registry: Registry) -> Evidenced:
    load_pack(registry, str(PACK), actor="tester")
    moment = datetime.now(UTC)
    ru = add_document(registry, RU_TEXT, title="Справка о производстве", publisher="Оружейное обозрение",
                      language="ru", published="2022-05-10")
    zh = add_document(registry, ZH_TEXT, title="军工报道", publisher="军事周刊", language="zh", published="2023")
    he = add_document(registry, HE_TEXT, title="דיווח", publisher="עיתון", language="he", published="2024-02")
    registry.add_statements([
        extracted("pa-md-86", "licence_status", ru.evidence("выпускается компанией RomArm без лицензии"),
                  value="unlicensed", scope="romarm"),
        extracted("pa-md-86", "manufactured_by", zh.evidence("RomArm 生产的 PA md. 86"), object_id="romarm"),
        extracted("pm-md-2000", "licence_status", he.evidence("מיוצר על ידי RomArm ברישיון"), status="candidate",
                  value="licensed", scope="romarm"),
    ], actor="tester")
    return Evidenced(registry, ru, zh, he, moment)
