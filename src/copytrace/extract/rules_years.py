"""introduced_year: the year a product was introduced, adopted or first made."""

from __future__ import annotations

import re

from copytrace.extract.context import Context, Found
from copytrace.extract.mentions import Mention

_AFTER_INTRO = 6
_AFTER_PRODUCTION = 3


_SINCE_BEFORE = 14
_SINCE_AFTER = 8
_START_REACH = 3
_YEAR_SUFFIX = re.compile(r"-\w{1,4}\b")
_START_CUES = ("intro", "production", "by_maker", "licensed")
_STOP_CUES = ("expired", "export", "market", "replace")


def _since_cue(ctx: Context, year: Mention) -> Mention | None:
    """ "manufactured under a Soviet licence from 1963", "произвеждано ... от 1958 година", "ab 1966 ...
    gefertigt": a year after "from"/"since" dates the production or service verb of its clause."""
    clause = ctx.clause
    holding = [c for c in clause.cues("intro") if c.start <= year.start and year.end <= c.end]
    if not holding and not clause.ends_with_since(year.start):
        return None
    years = clause.of("year")
    cues = [c for c in clause.cues(*_START_CUES) if c.end <= year.start or c.start >= year.end]
    best = None
    for c in cues:
        if c.end <= year.start and len(clause.words(c.end, year.start)) <= _SINCE_BEFORE and \
                not any(c.end <= y.start and y.end <= year.start for y in years):
            best = c
    if best is not None and any(m.is_cue(*_STOP_CUES) for m in clause.mentions if best.end <= m.start < year.start):
        best = None
    if best is None:
        best = next((c for c in cues if c.start >= year.end and len(clause.words(year.end, c.start)) <= _SINCE_AFTER
                     and not any(year.end <= y.start and y.end <= c.start for y in years)), None)
    return best or (holding[0] if holding else None)


def _started_production(ctx: Context, start: Mention) -> bool:
    """ "Produkcja w NRD ruszyła", "production in Colombia began": "began" after a production noun."""
    clause = ctx.clause
    return any(c.end <= start.start and len(clause.words(c.end, start.start)) <= _START_REACH
               for c in clause.cues("production", "intro"))


def _cue_after(ctx: Context, year: Mention) -> Mention | None:
    """ "Es wurde 1958 eingeführt", "das 1974 eingeführt wurde": the verb right after the year."""
    clause = ctx.clause
    end = year.end
    suffix = _YEAR_SUFFIX.match(clause.text, end)
    if suffix is not None:
        end = suffix.end()  # "1965-ben rendszeresítették", "1965-ös"
    return next((c for c in clause.cues("intro") if c.start >= end and not clause.words(end, c.start)), None)


def _cue_before(ctx: Context, year: Mention) -> Mention | None:
    clause = ctx.clause
    since = _since_cue(ctx, year)
    if since is not None:
        return since
    cue = None
    for m in clause.cues("intro", "production", "by_maker", "replace", "expired", "licence", "export", "derive",
                         "start"):
        if m.end <= year.start and (not m.is_cue("start") or _started_production(ctx, m)):
            cue = m
    if cue is None or cue.is_cue("expired", "licence", "export", "derive"):
        return None
    if any(m.is_cue("licensed", "licence", "grant") and m.end <= year.start
           and len(clause.words(m.end, year.start)) <= 3 for m in clause.mentions):
        return None  # "adquirió la licencia de fabricación en 2006": the year of the licence
    reach = _AFTER_PRODUCTION if cue.is_cue("production") else _AFTER_INTRO
    if cue.is_cue("by_maker"):
        reach += 2  # "made by Norinco starting in 1956"
    words = clause.words(cue.end, year.start)
    inside = clause.between(cue.end, year.start)
    # "which replaced the AKM in 1974": the replaced product may sit between the cue and the year
    products_allowed = 1 if cue.is_cue("replace") else 0
    if len(words) > reach or any(m.group == "year" for m in inside) or \
            sum(m.group == "product" for m in inside) > products_allowed or \
            any(m.is_cue("expired", "export", "market") for m in clause.mentions if cue.end <= m.start < year.start):
        return None
    return cue


def introduced_year(ctx: Context) -> list[Found]:
    clause = ctx.clause
    out: list[Found] = []
    for year in clause.of("year"):
        cue = _cue_before(ctx, year) or _cue_after(ctx, year)
        subject: Mention | None = None
        if cue is not None:
            # "which replaced the AKM in 1974" dates the product before the cue
            replaced = cue.is_cue("replace")
            subject = clause.before(cue.start, "product", 6) if replaced else ctx.subject_for(cue.start)
        elif len(clause.words(clause.start, year.start)) <= 2 and clause.cues("intro"):
            # "In 1959 the AKM was adopted"
            product = clause.after(year.end, "product", 8)
            subject = product if product is not None and ctx.child_of(product) is None else None
        elif clause.text[year.start - 1:year.start] == "(":
            # "the AKM (1959)"
            prev = clause.before(year.start, "product", 0)
            subject = prev if prev is not None and clause.text[prev.end:year.start].strip() == "(" else None
        if subject is None or subject.generic:
            continue
        out.append(Found("introduced_year", subject, year.target, None, (subject, year), 0.7))
    return out
