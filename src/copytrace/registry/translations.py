"""Machine translations of quotes: stored with engine, model, date and who asked; never changed.

A quote is keyed by the SHA-256 of its text, so the same words quoted by two statements share a
translation. Translating again appends a row; the newest for a text and target language is shown.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import and_, bindparam, select

from copytrace.registry import audit, bindings
from copytrace.registry.registry import Registry
from copytrace.registry.tables import translations

_CHUNK = 500


@dataclass(frozen=True, slots=True)
class Translation:
    original: str
    source_lang: str
    target_lang: str
    text: str
    engine: str
    model: str
    translated_at: str
    translated_by: str

    def to_dict(self) -> dict[str, str]:
        return {"text": self.text, "language": self.target_lang, "source_language": self.source_lang,
                "engine": self.engine, "model": self.model, "translated_at": self.translated_at,
                "label": "machine translation"}


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def add(registry: Registry, found: Iterable[Translation], *, actor: str) -> int:
    """Store translations (one transaction, one audit entry each); return how many were new."""
    rows = []
    for t in found:
        key = json.dumps([t.original, t.source_lang, t.target_lang, t.engine, t.model, t.text], ensure_ascii=False)
        rows.append({"id": hashlib.sha256(key.encode("utf-8")).hexdigest()[:32], "text_sha256": text_hash(t.original),
                     "source_lang": t.source_lang, "target_lang": t.target_lang, "original": t.original,
                     "text": t.text, "engine": t.engine, "model": t.model, "translated_at": t.translated_at,
                     "translated_by": t.translated_by})
    if not rows:
        return 0
    with registry.transaction() as conn:
        ids = [r["id"] for r in rows]
        existing = set(conn.execute(select(translations.c.id).where(translations.c.id.in_(ids))).scalars())
        fresh = list({r["id"]: r for r in rows if r["id"] not in existing}.values())
        if fresh:
            conn.execute(translations.insert(), fresh)
            audit.append_many(conn, actor, [("translation.add", r["id"], r, bindings.of_values("translations", r))
                                            for r in fresh])
    return len(fresh)


# Built once (pages ask for their quotes' translations on every view), with and without a cut-off.
_LATEST = (select(translations)
           .where(and_(translations.c.text_sha256.in_(bindparam("hashes", expanding=True)),
                       translations.c.target_lang == bindparam("target")))
           .order_by(translations.c.translated_at, translations.c.id))
_LATEST_UNTIL = _LATEST.where(translations.c.translated_at <= bindparam("until"))


def latest(registry: Registry, texts: Iterable[str], target_lang: str, *,
           until: str | None = None) -> dict[str, Translation]:
    """The newest translation of each text into ``target_lang`` (made by ``until``, if given), by text."""
    by_hash = {text_hash(t): t for t in texts}
    wanted = sorted(by_hash)
    found: dict[str, Translation] = {}
    query = _LATEST if until is None else _LATEST_UNTIL
    with registry.reading() as conn:
        for chunk in range(0, len(wanted), _CHUNK):
            params = {"hashes": wanted[chunk: chunk + _CHUNK], "target": target_lang}
            if until is not None:
                params["until"] = until
            for r in conn.execute(query, params).all():
                if r.original == by_hash.get(r.text_sha256):
                    found[r.original] = Translation(r.original, r.source_lang, r.target_lang, r.text, r.engine,
                                                    r.model, r.translated_at, r.translated_by)
    return found
