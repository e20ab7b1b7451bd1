"""Names and cue phrases in one Aho-Corasick automaton over folded text.

The gazetteer is built from plain ``NameRecord`` tuples, so the curated packs feed it today
and the registry can feed it later. The same automaton also carries the cue phrases of every
language: one pass over the text finds everything the rules need.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

import ahocorasick
from rapidfuzz import fuzz, process

from copytrace.extract.fold import fold, is_cjk_char, spelling_variants, strip_marks, to_cyrillic
from copytrace.model.names import name_key

# Entity kinds of the model, as the extractor groups them.
KIND_GROUPS = {"design": "product", "product": "product", "organization": "organization",
               "facility": "organization", "country": "country", "person": "person"}
_UPPER_SHORT = re.compile(r"^[A-ZА-ЯЁ0-9.\-]{1,5}$")
_MAX_ENDING = 4
_MIN_STRIPPED = 5  # shorter cue words are not also matched without their diacritics


class NameRecord(NamedTuple):
    """One entity as the gazetteer needs it: id, model kind, canonical name, aliases."""

    entity_id: str
    kind: str
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Entry:
    """What one matched phrase means."""

    group: str              # product | organization | country | person | cue
    target: str             # entity id, or the cue class
    canonical: str          # canonical entity name, or the phrase as written in the data file
    lang: str | None        # language that owns a cue or a CLDR name; None: any language
    exact: str | None       # the spelling whose case must match ("AIM" is not "aim")
    stem: re.Pattern[str] | None  # full pattern of a starred phrase, checked where the prefix matched
    inflects: bool          # a name that may take a case ending ("Kalashnikova", "Polsce")
    adjective: bool = False  # a country's adjective ("Romanian"), not its name
    generic: bool = False    # a family name ("Kalashnikov") rather than one model
    short: bool = False      # an organization's short form ("Cugir"), often the place it stands in
    capital: bool = False    # a stemmed proper name ("Samo*"): only as capitalised ("Samoa", not "samopal")


class Hit(NamedTuple):
    start: int
    end: int
    entry: Entry


_VOWELS = "aeiouyäöüáéíóúýàèìòùâêîôûëïőűąęěůåаеиоуыэюяіїєѣ"


def _stem_pattern(phrase: str, vowel_ending: bool = False) -> re.Pattern[str]:
    # A final star is only an ending: it must not also count as an inner wildcard.
    parts = [re.escape(p) for p in fold(phrase).removesuffix("*").split("*")]
    if vowel_ending:
        # A name without its final vowel takes a case ending, and case endings start with a vowel:
        # "Maďarsk-u", "Венгри-и", "Romani-ában", never "Samo-pal".
        return re.compile(r"\w{0,12}".join(parts) + rf"(?:[{_VOWELS}]\w{{0,5}})?(?!\w)")
    # An ending is a few letters; a longer tail is another word ("Indi*" is not "indicated").
    return re.compile(r"\w{0,12}".join(parts) + (r"\w{0,6}(?!\w)" if phrase.endswith("*") else ""))


class Gazetteer:
    """An automaton of names and cue phrases, and the tables that resolve a mention."""

    def __init__(self) -> None:
        self._keys: dict[str, list[Entry]] = {}
        self._by_key: dict[str, Entry] = {}
        self._automaton: dict[frozenset[str] | None, ahocorasick.Automaton] | None = None
        self.names: dict[str, str] = {}  # entity id -> canonical name
        # first word of an organization's name -> the organization ("Kalashnikov manufacturer")
        self.org_heads: dict[str, Entry] = {}
        self._resolved: dict[tuple[str, str, float], Entry | None] = {}
        self._by_digits: dict[tuple[str, str], list[tuple[str, Entry]]] | None = None

    # -- building --------------------------------------------------------------------------

    def _add(self, phrase: str, entry: Entry) -> None:
        if entry.stem is None:
            keys = spelling_variants(phrase)
            if entry.group == "cue" and len(phrase) < _MIN_STRIPPED and " " not in phrase.strip():
                # "dès" written without its accent is "des", one of the commonest words of French:
                # a short cue word is matched only as spelled.
                base = fold(phrase.strip())
                if not base.isascii():
                    keys = {k for k in keys if not k.isascii()} | {base}
        else:
            # A starred phrase is found by its longest literal part ("in * lizenz" by " lizenz"), so
            # that a short first word does not fire on every "in" of the text.
            part = max(fold(phrase).split("*"), key=lambda p: len(p.strip()))
            keys = {part, strip_marks(part)}
        for variant in keys:
            if len(variant) < 2 and not any(is_cjk_char(c) for c in variant):
                continue
            self._by_digits = None
            bucket = self._keys.setdefault(variant, [])
            if entry not in bucket:
                bucket.append(entry)
        self._automaton = None

    def add_entity(self, record: NameRecord, cyrillic: dict[str, str] | None = None, generic: bool = False) -> None:
        group = KIND_GROUPS.get(record.kind)
        if group is None:
            return
        self.names.setdefault(record.entity_id, record.name)
        for name in (record.name, *record.aliases):
            if not name.strip():
                continue
            entry = Entry(group, record.entity_id, record.name, None,
                          name if _UPPER_SHORT.match(name) and any(c.isalpha() for c in name) else None,
                          None, name[-1:].isalpha() and len(name) >= 4, generic=generic)
            self._add(name, entry)
            self._by_key.setdefault(name_key(name), entry)
            first, _, rest = name.strip().partition(" ")
            if rest and first.isalpha() and len(first) >= 4:
                # The head noun of a multi-word name takes case endings: "Pistolul mitralieră model 1963",
                # and loses its final vowel to them: "Fabryka Broni" is also "Fabrykę Broni".
                head = first[:-1] if len(first) >= _MIN_STRIPPED and first[-1].lower() in _VOWELS else first
                phrase = f"{head}* {rest}"
                self._add(phrase, Entry(group, record.entity_id, record.name, None, None, _stem_pattern(phrase),
                                        False, generic=generic))
            if group == "organization" and " " in name.strip():
                self.org_heads.setdefault(name_key(name.split()[0]), entry)
            if cyrillic and group == "product":
                cyr = to_cyrillic(name, cyrillic)
                if cyr and cyr != fold(name):
                    exact = cyr.upper() if entry.exact else None
                    self._add(cyr, Entry(group, record.entity_id, record.name, None, exact, None, entry.inflects,
                                         generic=generic))

    def add_country_form(self, country_id: str, canonical: str, form: str, lang: str | None,
                         adjective: bool, vowel_ending: bool = False) -> None:
        exact = form if _UPPER_SHORT.match(form.replace("*", "")) else None
        stem = _stem_pattern(form, vowel_ending) if "*" in form else None
        self.names.setdefault(country_id, canonical)
        capital = stem is not None and form[:1].isupper()
        self._add(form, Entry("country", country_id, canonical, lang, exact, stem, True, adjective=adjective,
                              capital=capital))
        self._by_key.setdefault(name_key(form.replace("*", "")), Entry(
            "country", country_id, canonical, lang, None, None, False))

    def add_cue(self, cue_class: str, phrase: str, lang: str) -> None:
        stem = _stem_pattern(phrase) if "*" in phrase else None
        self._add(phrase, Entry("cue", cue_class, phrase, lang, None, stem, False))

    def owner_kinds(self, word: str) -> set[str]:
        """The groups of the entries already matched by ``word`` (any spelling of it)."""
        return {e.group for v in spelling_variants(word) for e in self._keys.get(v, ()) if e.stem is None}

    def add_short_form(self, entity_id: str, form: str) -> None:
        """A short form of an organization ("Cugir"), matched only as written with its capital."""
        canonical = self.names[entity_id]
        if any(e.group == "organization" and e.stem is None for e in self._keys.get(fold(form), ())):
            return  # already a name of this organization, or of another one
        entry = Entry("organization", entity_id, canonical, None, form, None, len(form) >= 4, short=True)
        self._add(form, entry)
        self._by_key.setdefault(name_key(form), entry)

    def automaton(self, langs: frozenset[str] | None = None) -> ahocorasick.Automaton:
        """The automaton of every phrase, or of the phrases of ``langs`` (and of no language)."""
        if self._automaton is None:
            self._automaton = {}
        if langs not in self._automaton:
            auto = ahocorasick.Automaton()
            for key, entries in self._keys.items():
                kept = tuple(e for e in entries if langs is None or e.lang is None or e.lang in langs)
                if kept:
                    auto.add_word(key, (len(key), kept))
            auto.make_automaton()
            self._automaton[langs] = auto
        return self._automaton[langs]

    def patterns(self) -> list[str]:
        return list(self._keys)

    # -- matching --------------------------------------------------------------------------

    def scan(self, text: str, folded: str, start: int, end: int, langs: frozenset[str],
             inflecting: bool) -> list[Hit]:
        """Every valid match in text[start:end]: whole words, right case, right language."""
        hits: list[Hit] = []
        n = len(folded)
        for last, (length, entries) in self.automaton(langs).iter(folded, start, end):
            first = last - length + 1
            left = folded[first - 1] if first > 0 else " "
            bounded = not left.isalnum() or is_cjk_char(folded[first])
            for entry in entries:
                begin, stop = first, last + 1
                if entry.stem is not None:
                    found = self._stem_span(entry.stem, folded, first, stop)
                    if found is None:
                        continue
                    begin, stop = found
                    if begin > 0 and folded[begin - 1].isalnum():
                        continue
                    if entry.capital and text[begin].islower():
                        continue
                elif not bounded or (entry.exact is not None and text[begin:stop].replace("-", "").replace(".", "") != \
                        entry.exact.replace("-", "").replace(".", "") and \
                        text[begin:stop].upper() != text[begin:stop]):
                    continue
                if stop < n and folded[stop].isalnum() and not is_cjk_char(folded[stop - 1]):
                    stop = self._ending(text, folded, stop, entry, inflecting)
                    if stop < 0:
                        continue
                hits.append(Hit(begin, stop, entry))
        return hits

    @staticmethod
    def _stem_span(stem: re.Pattern[str], folded: str, first: int, stop: int) -> tuple[int, int] | None:
        """The span of a starred phrase around the literal part found at [first, stop)."""
        for found in stem.finditer(folded, max(0, first - 48), min(len(folded), stop + 48)):
            if found.start() <= first and found.end() >= stop:
                return found.start(), found.end()
            if found.start() > first:
                break
        return None

    @staticmethod
    def _ending(text: str, folded: str, stop: int, entry: Entry, inflecting: bool) -> int:
        """Where a name with a case or plural ending ends, or -1 when it is part of another word."""
        word_end = stop
        while word_end < len(folded) and folded[word_end].isalnum():
            word_end += 1
        ending = text[stop:word_end]
        if entry.group == "cue":
            return -1
        last = text[stop - 1]
        if ending in ("s", "es") and entry.group == "product" and (last.isdigit() or last.isupper()):
            return word_end  # plural: "AKMs", "Galils"
        if inflecting and entry.inflects and len(ending) <= _MAX_ENDING and ending.isalpha() and ending.islower():
            return word_end
        return -1

    # -- resolving ------------------------------------------------------------------------

    def resolve(self, written: str, group: str = "product", cutoff: float = 90.0) -> Entry | None:
        """The entity a name refers to, through its key or a close spelling (rapidfuzz)."""
        key = name_key(written)
        memo = (key, group, cutoff)
        if memo not in self._resolved:
            self._resolved[memo] = self._resolve(key, group, cutoff)
        return self._resolved[memo]

    def _resolve(self, key: str, group: str, cutoff: float) -> Entry | None:
        exact = self._by_key.get(key)
        if exact is not None and exact.group == group:
            return exact
        digits = "".join(c for c in key if c.isdigit())
        if not digits and len(key) < 6:
            return None
        if self._by_digits is None:
            self._by_digits = {}
            for k, e in self._by_key.items():
                self._by_digits.setdefault(("".join(c for c in k if c.isdigit()), e.group), []).append((k, e))
        # Near-misses keep the model number: "AMD65" may be "AMD-65", never "AMD-63".
        candidates = {k: e for k, e in self._by_digits.get((digits, group), []) if abs(len(k) - len(key)) <= 2}
        if not candidates:
            return None
        best = process.extractOne(key, list(candidates), scorer=fuzz.ratio, score_cutoff=cutoff)
        return candidates[best[0]] if best else None


def build_gazetteer(records: Iterable[NameRecord], cyrillic: dict[str, str] | None = None,
                    generic_ids: frozenset[str] = frozenset()) -> Gazetteer:
    """A gazetteer of the given entities (packs now, the registry later)."""
    gazetteer = Gazetteer()
    for record in records:
        gazetteer.add_entity(record, cyrillic, generic=record.entity_id in generic_ids)
    return gazetteer
