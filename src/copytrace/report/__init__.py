"""Claim dossiers per respondent, in HTML, PDF, DOCX and JSON, all from one data structure."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from copytrace.errors import CopytraceError
from copytrace.registry import Registry
from copytrace.report.model import Dossier, build_dossier
from copytrace.translate.client import Translator
from copytrace.translate.quotes import TranslateRun, translate_quotes


def _json(d: Dossier) -> bytes:
    return json.dumps(d.to_dict(), ensure_ascii=False, indent=2).encode("utf-8")


def _html(d: Dossier) -> bytes:
    from copytrace.report.html import render_html

    return render_html(d).encode("utf-8")


def _pdf(d: Dossier) -> bytes:
    from copytrace.report.pdf import render_pdf

    return render_pdf(d)


def _docx(d: Dossier) -> bytes:
    from copytrace.report.docx import render_docx

    return render_docx(d)


# The renderers by format name; each is imported only when used (WeasyPrint is an optional extra).
RENDERERS: dict[str, Callable[[Dossier], bytes]] = {"html": _html, "pdf": _pdf, "docx": _docx, "json": _json}


def render(d: Dossier, fmt: str) -> bytes:
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise CopytraceError(f"unknown dossier format {fmt!r} (known: {', '.join(RENDERERS)})") from None
    return renderer(d)


def translate_dossier(registry: Registry, d: Dossier, translator: Translator, *, actor: str) -> TranslateRun:
    """Translate the dossier's quotes that have no translation yet, store them, and show them in it."""
    run = translate_quotes(registry, d.untranslated, translator, target=d.translation_target, actor=actor)
    d.attach_translations(registry)
    return run


def write_dossier(registry: Registry, respondent: str, fmt: str, *, output: Path | None = None,
                  as_of: date | datetime | None = None, translator: Translator | None = None,
                  actor: str = "copytrace") -> Path:
    """Build the respondent's dossier and write it; return the file's path.

    With a ``translator``, quotes without a stored translation are translated (and stored) first;
    without one, the dossier lists them as needing a human translation.
    """
    if fmt not in RENDERERS:
        raise CopytraceError(f"unknown dossier format {fmt!r} (known: {', '.join(RENDERERS)})")
    with registry.reading():  # one snapshot: statuses, quotes and exhibits from the same registry state
        d = build_dossier(registry, respondent, as_of=as_of)
    if translator is not None and d.untranslated and as_of is None:
        translate_dossier(registry, d, translator, actor=actor)
    if output is None:
        slug = re.sub(r"[^a-z0-9]+", "-", d.respondent.id.lower()).strip("-") or "respondent"
        output = Path(f"dossier-{slug}.{fmt}")
    output.write_bytes(render(d, fmt))
    return output


def busiest_respondent(registry: Registry) -> str | None:
    """The organization with the most products made without a (current) licence: the demo's respondent."""
    from copytrace.reason.explain import reasoner

    r = reasoner(registry)
    claims: dict[str, set[str]] = {}
    for product in r.subjects():
        for producer in r.producers(product):
            if r.facts.kinds.get(producer) != "organization":
                continue
            claims.setdefault(producer, set())
            if r.assess(product, producer).status in ("unlicensed", "expired", "disputed"):
                claims[producer].add(product)
    return max(sorted(claims), key=lambda p: len(claims[p]), default=None)


def write_demo_dossier(registry: Registry, folder: Path, fmt: str = "html") -> Path | None:
    """The demo's closing step: a dossier for the busiest respondent, written into ``folder``."""
    respondent = busiest_respondent(registry)
    if respondent is None:
        return None
    return write_dossier(registry, respondent, fmt, output=folder / f"dossier-{respondent}.{fmt}")


__all__ = ["RENDERERS", "Dossier", "build_dossier", "busiest_respondent", "render", "translate_dossier",
           "write_demo_dossier", "write_dossier"]
