"""What the extractor knows before reading: names from the packs, CLDR and the language files.

The gazetteer takes plain ``NameRecord`` tuples, so a registry can feed it later; today
they come from the curated packs shipped in ``copytrace/packs/data``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import babel
import yaml
from anyascii import anyascii

from copytrace.errors import PackError
from copytrace.extract.fold import fold
from copytrace.extract.gazetteer import KIND_GROUPS, Gazetteer, NameRecord, build_gazetteer
from copytrace.extract.langdata import LangData, load_languages
from copytrace.model.names import name_key, slugify

log = logging.getLogger(__name__)

# Codes of regions and groupings, not states.
_NOT_STATES = {"EU", "EZ", "UN", "QO", "XA", "XB", "XK", "ZZ", "AQ", "BV", "HM", "UM", "AC", "CP", "DG", "EA", "IC",
               "TA", "CQ"}


_STEMMABLE = re.compile(r"^\w{4,}[aeiouyаеиоуыяюіїәąęáéíóúаяе]$", re.IGNORECASE)


def _data(name: str) -> Any:
    path = Path(str(resources.files("copytrace.extract") / "data" / name))
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@dataclass(slots=True)
class PackFacts:
    """The curated facts the resolver needs: lineage, look-alikes, where products are made."""

    parents: dict[str, set[str]] = field(default_factory=dict)
    not_derived: dict[str, set[str]] = field(default_factory=dict)
    made_in: dict[str, set[str]] = field(default_factory=dict)


def pack_records(packs: Iterable[str] | None = None) -> tuple[list[NameRecord], PackFacts]:
    """Entities and the lineage facts of the shipped packs; a pack that fails to parse is skipped."""
    from copytrace.packs import available_packs, read_pack

    records: list[NameRecord] = []
    facts = PackFacts()
    for name in packs if packs is not None else available_packs():
        try:
            pack = read_pack(name)
        except (PackError, yaml.YAMLError) as exc:
            log.warning("pack %s skipped by the extractor: %s", name, exc)
            continue
        for entity in pack.entities:
            records.append(NameRecord(entity.id, entity.kind, entity.name, entity.aliases))
            for fact in entity.facts:
                table = {"derived_from": facts.parents, "not_derived_from": facts.not_derived,
                         "made_in_country": facts.made_in}.get(fact.p)
                if table is not None:
                    table.setdefault(entity.id, set()).add(fact.o)
    return records, facts


def family_records() -> tuple[list[NameRecord], dict[str, frozenset[str]]]:
    records: list[NameRecord] = []
    members: dict[str, frozenset[str]] = {}
    for family in _data("families.yaml")["families"]:
        records.append(NameRecord(family["id"], "design", family["name"], tuple(family["forms"])))
        members[family["id"]] = frozenset(family.get("members", []))
    return records, members


def _cldr_names(lang: str) -> Iterator[tuple[str, str]]:
    try:
        territories = babel.Locale.parse(lang).territories
    except (babel.UnknownLocaleError, ValueError):
        return
    for code, name in territories.items():
        if len(code) == 2 and code.isalpha() and code not in _NOT_STATES:
            yield code, name


def add_countries(gazetteer: Gazetteer, country_records: list[NameRecord], languages: dict[str, LangData]) -> None:
    """Country names: pack names and aliases (any language), CLDR names, the language files' forms."""
    by_key: dict[str, tuple[str, str]] = {}
    for record in country_records:
        for name in (record.name, *record.aliases):
            by_key.setdefault(name_key(name), (record.entity_id, record.name))
    english = dict(_cldr_names("en"))
    code_to_country: dict[str, tuple[str, str]] = {}
    for code, name in english.items():
        code_to_country[code] = by_key.get(name_key(name), (slugify(name), name))
    for code, (country_id, canonical) in code_to_country.items():
        by_key.setdefault(name_key(english[code]), (country_id, canonical))
        gazetteer.add_country_form(country_id, canonical, english[code], None, adjective=False)
    for lang, data in languages.items():
        for code, name in _cldr_names(lang):
            if code in code_to_country:
                country_id, canonical = code_to_country[code]
                gazetteer.add_country_form(country_id, canonical, name, lang, adjective=False)
                if data.inflecting and _STEMMABLE.match(name):
                    # "Уганда" is also "Уганду", "Polska" also "Polsce": the name without its final vowel
                    gazetteer.add_country_form(country_id, canonical, name[:-1] + "*", lang, adjective=False,
                                               vowel_ending=True)
    for record in country_records:
        for name in (record.name, *record.aliases):
            gazetteer.add_country_form(record.entity_id, record.name, name, None, adjective=False)
    for data in languages.values():
        for country_id, forms in data.countries.items():
            canonical = gazetteer.names.get(country_id) or country_id.replace("-", " ").title()
            for form in forms:
                gazetteer.add_country_form(country_id, canonical, form, data.code, adjective=True)


_NAME_WORD = re.compile(r"[^\W_][\w.'’-]*")
_QUOTES = "\"'„“”«»‚‘’"
_MIN_SHORT = 4
_MIN_NAMES = 2


def short_org_forms(records: Iterable[NameRecord], gazetteer: Gazetteer) -> dict[str, list[str]]:
    """Short forms of organizations, by entity id: the one distinctive word of their names.

    "Uzina Mecanică Cugir", "UM Cugir" and "Cugir arms factory" are all "Cugir"; "Arsenal AD" and
    "Арсенал АД" are "Arsenal" and "Арсенал". A word is kept only when it is the whole of what remains
    in at least two names of one entity (so that one odd alias does not make a common word a name),
    when no other kind of entity owns it (a country, a product, a family), and it is matched
    later only as capitalised.
    """
    words = _data("organizations.yaml")
    legal = frozenset(fold(str(w)) for w in words["legal_forms"])
    generic = frozenset(fold(str(w)) for w in words["generic_words"])
    seen: dict[str, dict[str, int]] = {}   # key -> entity id -> names it is the head of
    written: dict[str, set[str]] = {}
    in_canonical: dict[str, set[str]] = {}  # entity id -> keys of the words of its canonical name
    for record in records:
        if KIND_GROUPS.get(record.kind) != "organization":
            continue
        in_canonical[record.entity_id] = {fold(anyascii(t.strip(_QUOTES).rstrip(".,")))
                                          for t in _NAME_WORD.findall(record.name)}
        own = {fold(n) for n in (record.name, *record.aliases)}
        for name in dict.fromkeys((record.name, *record.aliases)):
            tokens = [t.strip(_QUOTES).rstrip(".,") for t in _NAME_WORD.findall(name)]
            tokens = [t for t in tokens if t and fold(t) not in legal and not _is_country(gazetteer, t)]
            if len(tokens) > 1:
                tokens = [t for t in tokens if fold(t) not in generic and len(t) > 2]
            if len(tokens) != 1:
                continue
            word = tokens[0]
            if len(word) < _MIN_SHORT or not word[0].isupper() or any(c.isdigit() for c in word):
                continue
            if fold(word) in own and fold(word) == fold(name):
                continue  # the name itself: already matched
            key = fold(anyascii(word))
            seen.setdefault(key, {}).setdefault(record.entity_id, 0)
            seen[key][record.entity_id] += 1
            written.setdefault(key, set()).add(word)
    out: dict[str, list[str]] = {}
    for key, counts in seen.items():
        # "Cugir" heads names of two entries (the works and its arsenal): the first with most names
        entity_id, count = max(counts.items(), key=lambda item: item[1])
        if count < _MIN_NAMES or key not in in_canonical[entity_id]:
            continue  # "North" of "China North Industries" is not how anyone writes Norinco
        forms = [w for w in sorted(written[key]) if gazetteer.owner_kinds(w) <= {"cue", "organization"}]
        if forms:
            out.setdefault(entity_id, []).extend(forms)
    return out


def _is_country(gazetteer: Gazetteer, word: str) -> bool:
    return "country" in gazetteer.owner_kinds(word)


@dataclass(slots=True)
class Knowledge:
    gazetteer: Gazetteer
    facts: PackFacts
    families: dict[str, frozenset[str]]
    languages: dict[str, LangData]


def build_knowledge(records: Iterable[NameRecord] | None = None, facts: PackFacts | None = None) -> Knowledge:
    """The gazetteer of the given entities (default: the shipped packs) plus families, countries, cues."""
    if records is None:
        pack_list, facts = pack_records()
    else:
        pack_list = list(records)
    facts = facts or PackFacts()
    family_list, families = family_records()
    translit = {str(k): str(v) for k, v in _data("translit.yaml")["latin_to_cyrillic"].items()}
    countries = [r for r in pack_list if r.kind == "country"]
    others = [r for r in pack_list if r.kind != "country"]
    gazetteer = build_gazetteer([*others, *family_list], translit, frozenset(families))
    languages = load_languages()
    add_countries(gazetteer, countries, languages)
    for data in languages.values():
        for cue_class, phrases in data.cues.items():
            for phrase in phrases:
                gazetteer.add_cue(cue_class, phrase, data.code)
    for entity_id, forms in short_org_forms(others, gazetteer).items():
        for form in forms:
            gazetteer.add_short_form(entity_id, form)
    return Knowledge(gazetteer, facts, families, languages)


@cache
def default_knowledge() -> Knowledge:
    return build_knowledge()
