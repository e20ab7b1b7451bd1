"""Quotes and their translations: which need one, which have one, and asking a translator for the rest."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from copytrace.registry import Registry
from copytrace.registry import translations as store
from copytrace.registry.audit import now
from copytrace.registry.translations import Translation
from copytrace.translate.client import TranslationError, Translator

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Quote:
    statement_id: str
    text: str
    language: str

    def to_dict(self) -> dict[str, Any]:
        return {"statement": self.statement_id, "quote": self.text, "language": self.language}


@dataclass(slots=True)
class Attached:
    """The translation shown beside each quote (by statement id), and the quotes still without one."""

    translations: dict[str, Translation] = field(default_factory=dict)
    untranslated: list[Quote] = field(default_factory=list)


def _primary(language: str) -> str:
    return language.replace("_", "-").split("-")[0].lower()


def needs_translation(language: str | None, target: str) -> bool:
    """A quote in a known language other than the target's needs one; of an unknown language, none is asked."""
    return bool(language) and _primary(language or "") != _primary(target)


def attach(registry: Registry, quotes: Iterable[Quote], target: str, *, until: str | None = None) -> Attached:
    wanted = [q for q in quotes if needs_translation(q.language, target)]
    found = store.latest(registry, {q.text for q in wanted}, target, until=until)
    out = Attached()
    for q in wanted:
        if q.text in found:
            out.translations[q.statement_id] = found[q.text]
        else:
            out.untranslated.append(q)
    return out


@dataclass(slots=True)
class TranslateRun:
    translated: int = 0
    failed: list[tuple[Quote, str]] = field(default_factory=list)


def translate_quotes(registry: Registry, quotes: Iterable[Quote], translator: Translator, *, target: str,
                     actor: str) -> TranslateRun:
    """Translate each distinct quote text once and store the translations; failures are reported, not raised."""
    run = TranslateRun()
    made: list[Translation] = []
    done: set[tuple[str, str]] = set()
    for q in quotes:
        if (q.text, q.language) in done:
            continue
        done.add((q.text, q.language))
        try:
            text = translator.translate(q.text, _primary(q.language), target)
        except TranslationError as exc:
            log.warning("quote of statement %s not translated: %s", q.statement_id, exc)
            run.failed.append((q, str(exc)))
            continue
        made.append(Translation(q.text, _primary(q.language), target, text, translator.name, translator.model,
                                now(), actor))
    run.translated = store.add(registry, made, actor=actor)
    return run
