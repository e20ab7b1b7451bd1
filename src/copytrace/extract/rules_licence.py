"""licence_status (licensed / unlicensed / expired / disputed, with its scope) and licensed_by."""

from __future__ import annotations

from copytrace.extract.context import Context, Found
from copytrace.extract.mentions import Clause, Mention
from copytrace.extract.rules_origin import licensor_of, made_in_country, manufactured_by, subject_list

_NEGATION_REACH = 4
_DISPUTE_AFTER = 16


def _negated(clause: Clause, cue: Mention) -> bool:
    words = clause.words(max(clause.start, cue.start - 60), cue.start)[-_NEGATION_REACH:]
    negation = clause.word_set("negation")
    return any(w in negation for w in words) or any(
        w in negation for w in clause.words(cue.start, cue.end))


def _status(clause: Clause, cue: Mention) -> str | None:
    if cue.is_cue("unlicensed"):
        return "unlicensed"
    if cue.is_cue("disputed"):
        return "disputed"
    expired = clause.cues("expired")
    if cue.is_cue("licensed", "licence", "grant"):
        if expired:
            return "expired"
        if _negated(clause, cue):
            return "unlicensed"
        return "licensed" if not cue.is_cue("licence") else None
    return None


def _scopes(ctx: Context, cue: Mention, subject: Mention) -> list[str | None]:
    clause = ctx.clause
    listed = subject_list(clause, cue)
    if listed:
        return [c.canonical for c in listed]
    grantee = None
    if cue.is_cue("grant"):
        grantee = clause.after(cue.end, "country", 3) or clause.after(cue.end, "organization", 3)
    if grantee is not None:
        return [grantee.canonical]
    # the organization read as the maker ("the right of Cugir to produce"), before any other one named
    made_by = [f.object for f in manufactured_by(ctx) if f.subject.target == subject.target]
    if made_by:
        return [made_by[0]]
    makers = [m for m in clause.of("organization") if m is not licensor_of(clause, cue)]
    if makers:
        return [makers[0].canonical]
    places = [f.object for f in made_in_country(ctx) if f.subject.target == subject.target]
    return list(dict.fromkeys(places)) or [None]


def licence_status(ctx: Context) -> list[Found]:
    clause = ctx.clause
    out: list[Found] = []
    for cue in clause.cues("licensed", "unlicensed", "licence", "grant", "disputed", "expired"):
        if cue.is_cue("expired"):
            licence = next(iter(clause.cues("licence", "licensed")), None)
            if licence is None:
                continue
            status: str | None = "expired"
        else:
            status = _status(clause, cue)
        if status is None:
            continue
        if cue.is_cue("grant"):
            subject = clause.after(cue.end, "product", 10) or ctx.subject_for(cue.start)
        else:
            # a dispute names its object late: "contests the right of Cugir to go on making arms derived from the AKM"
            subject = ctx.subject_for(cue.start, max_before=20,
                                      max_after=_DISPUTE_AFTER if cue.is_cue("disputed") else 10)
        if subject is None:
            continue
        for scope in _scopes(ctx, cue, subject):
            out.append(Found("licence_status", subject, status, scope, (subject, cue), 0.75))
    return out


def licensed_by(ctx: Context) -> list[Found]:
    clause = ctx.clause
    out: list[Found] = []
    for cue in clause.cues("licensed", "licence", "grant"):
        if _status(clause, cue) == "unlicensed" or _negated(clause, cue):
            continue
        if cue.is_cue("grant"):
            licensor = clause.before(cue.start, "country", 4) or clause.before(cue.start, "organization", 4)
            subject = clause.after(cue.end, "product", 10) or ctx.subject_for(cue.start)
        else:
            licensor = licensor_of(clause, cue)
            subject = ctx.subject_for(cue.start)
        if licensor is None or subject is None:
            continue
        out.append(Found("licensed_by", subject, licensor.canonical, None, (subject, cue, licensor), 0.7))
    return out
