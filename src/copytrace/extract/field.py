"""What the registry knows bounds what a text is read to say (a pass over the facts of one document, after the
scorer): a design outside the registry's field says nothing of it unless the text ties it to another design; a design
is sent from its own country, not to it, nor from nowhere to the one country the document says makes it; a copy is
not made where its original comes from; no licence status is the rights holder's. Each rule removed wrong facts on
pages the rules were not written from as well as on the annotated pages (docs/extraction.md)."""

from __future__ import annotations

from dataclasses import replace

from copytrace.extract.lexicon import countries
from copytrace.extract.resolve import Names, name_key_of, outside_field
from copytrace.extract.scorer import Reading, Sentence
from copytrace.model.candidate import CandidateFact, FactKey


def in_field(facts: list[CandidateFact], names: Names) -> list[CandidateFact]:
    """Facts of a design outside the registry's field ("the American F-16", "Leopard 2 tanks sent to Ukraine",
    ``data/outside.yaml``) are dropped, unless the document ties it to another design: a licence for it or a
    derivation of it or from it ("Pakistan makes the G3 under a German licence", "the SS1, a licensed FNC"), which
    brings it into the field. A design the registry holds is never outside."""
    tied = {name_key_of(f.subject) for f in facts if f.relation in _LINEAGE}
    tied |= {name_key_of(f.object) for f in facts if f.relation == "derived_from"}

    def outside(f: CandidateFact) -> bool:
        return (outside_field(f.subject) and name_key_of(f.subject) not in tied
                and names.resolve(f.subject) is None)

    return [f for f in facts if not outside(f)]


def no_licence_at_home(facts: list[CandidateFact], names: Names) -> list[CandidateFact]:
    """A licence status scoped to a country the registry says holds the rights to the design (or to the design it
    derives from) is dropped, or said of no country where no other country has that status: a rights holder neither
    copies its own design without leave nor takes a licence for it ("Chinese fakes of the Soviet-made Su-27" make no
    unlicensed Su-27 in the Soviet Union, nor in Russia, where the registry says it is made, on the Soviet Union's
    land). A licensor read for such a scope is dropped: a contract's party named for the rights holder's own making
    gave no licence."""
    known_countries = countries()

    def at_home(f: CandidateFact) -> bool:
        if f.relation not in {"licence_status", "licensed_by"} or not f.scope:
            return False
        known = names.resolve(f.subject)
        if known is None or known.kind != "product":
            return False
        holders = names.holders(known.entity)
        # (and the design's own countries on a rights-holding state's land: the Su-27 is made in Russia)
        lands = {known_countries.names.get(code, code) for code, state in known_countries.historical.items()
                 if state.get("name") in holders for code in state.get("lands", ())}
        return f.scope in holders or f.scope in names.homes(known.entity) & lands

    home = [f for f in facts if at_home(f)]
    if not home:
        return facts
    kept = [f for f in facts if not any(f is h for h in home)]
    scoped = {(f.subject, f.object) for f in kept if f.relation == "licence_status"}
    # (the status itself may stand, said of no country, where no other country has it: "the Lim-5 is a licensed copy
    # of the MiG-17, designed in the USSR"; a licensor of the rights holder's own making gave no licence at all)
    for f in home:
        if f.relation == "licensed_by":
            continue
        if (f.subject, f.object) not in scoped:
            scoped.add((f.subject, f.object))
            kept.append(replace(f, scope=None))
    return kept


def sent_home(s: Sentence, cand: Reading, readings: list[Reading], names: Names) -> bool:
    """An export to a country the registry says makes the design or holds its rights, in a sentence that names no
    other country it may have come from (none of the design's own countries, none it goes to): "the T-72 was
    exported to Iraq, Syria and Russia", "the Su-30MK2 went to Vietnam, and Russia kept building it". A design is
    sent from its own country, not to it; not where a seller from elsewhere stands beside ("North Korea sold BTR-80s
    to Russia", "Polish-built An-2s went to the USSR")."""
    known = names.resolve(cand.subject.value) if cand.subject.entity else None
    if known is None or known.kind != "product":
        return False
    homes = names.homes(known.entity)
    if cand.object not in homes:
        return False
    return _names_only(s, homes | _sent(cand, readings))


def no_import_home(facts: list[CandidateFact], homebound: set[FactKey]
                    ) -> list[CandidateFact]:
    """Exports to a design's own country (``sent_home``) are dropped, unless the document says the design was made
    in another country than the one it went to ("Poland built Mi-2 helicopters mainly for the Soviet Union")."""
    made: dict[str, set[str]] = {}
    for f in facts:
        if f.relation == "made_in_country":
            made.setdefault(f.subject, set()).add(f.object)
    return [f for f in facts if f.key() not in homebound or made.get(f.subject, set()) - {f.object}]


def from_nowhere(s: Sentence, cand: Reading, readings: list[Reading]) -> bool:
    """Whether an export's sentence names no country but those it sends the design to: no seller, no origin ("The
    Polish army received its first T-55s in 1964")."""
    return _names_only(s, _sent(cand, readings))


def _sent(cand: Reading, readings: list[Reading]) -> set[str]:
    """The countries the sentence sends the export's design to."""
    return {c.object for c in readings if c.relation == "exported_to" and c.subject.value == cand.subject.value}


def _names_only(s: Sentence, countries: set[str] | frozenset[str]) -> bool:
    """Whether every country the sentence names is one of ``countries``."""
    return all(s.country_names.get(m.value, m.value) in countries for m in s.mentions if m.kind == "country")


def no_import_where_made(facts: list[CandidateFact], unsourced: set[FactKey]) -> list[CandidateFact]:
    """An export from nowhere (``from_nowhere``) to the one country the document says makes the design is that
    country's own making reaching its forces ("Poland built the T-55 under licence. The Polish army received its first
    T-55s in 1964"), no import; where the document names another maker country, or a seller, it stands."""
    made: dict[str, set[str]] = {}
    for f in facts:
        if f.relation == "made_in_country":
            made.setdefault(f.subject, set()).add(f.object)
    return [f for f in facts if f.relation != "exported_to" or f.key() not in unsourced
            or made.get(f.subject) != {f.object}]


def no_import_of_own_copy(facts: list[CandidateFact], names: Names) -> list[CandidateFact]:
    """A copy or version the document makes in one country only, which the registry places nowhere else, is no
    import there, though a sentence names a seller ("China built its own copy, the J-11B, after years of buying Su-27s
    from Russia": the Su-27s came from Russia, the J-11B never did)."""
    made: dict[str, set[str]] = {}
    derived: set[str] = set()
    for f in facts:
        if f.relation == "made_in_country":
            made.setdefault(f.subject, set()).add(f.object)
        elif f.relation == "derived_from":
            derived.add(f.subject)

    def own_copy(f: CandidateFact) -> bool:
        if f.relation != "exported_to" or made.get(f.subject) != {f.object}:
            return False
        known = names.resolve(f.subject)
        if known is None or known.kind != "product":
            return False
        return (f.subject in derived or names.derived(known.entity)) and names.homes(known.entity) <= {f.object}

    return [f for f in facts if not own_copy(f)]


def no_inherited_place(facts: list[CandidateFact], names: Names) -> list[CandidateFact]:
    """A copy is not made where its original comes from: where the registry says where a design is made, the country
    of a design it derives from and none of its own is no place of its making ("the J-7, built from the Soviet
    MiG-21's drawings" makes no J-7 in the USSR; the Type 56 is Chinese, its original Soviet)."""
    def inherited(f: CandidateFact) -> bool:
        known = names.resolve(f.subject) if f.relation == "made_in_country" else None
        return known is not None and known.kind == "product" and f.object in names.inherited_homes(known.entity)

    return [f for f in facts if not inherited(f)]


# relations that tie a design to another, or to the rights over it
_LINEAGE = frozenset({"derived_from", "licence_status", "licensed_by"})
