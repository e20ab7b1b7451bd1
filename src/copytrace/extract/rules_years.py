"""introduced_year: the year a product was introduced, adopted or first made."""

from __future__ import annotations

from copytrace.extract.context import Context, Found
from copytrace.extract.mentions import Mention

_AFTER_INTRO = 6
_AFTER_PRODUCTION = 3


def _cue_before(ctx: Context, year: Mention) -> Mention | None:
    clause = ctx.clause
    cue = None
    for m in clause.cues("intro", "production", "by_maker", "replace", "expired", "licence", "export", "derive"):
        if m.end <= year.start:
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
        cue = _cue_before(ctx, year)
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
