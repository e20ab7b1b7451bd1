"""Layer 3's look-up: what the registry (or the shipped packs) already knows by name.

A name resolves only by its exact key (script, case, spacing and punctuation aside: "АК-47",
"ak47" and "AK-47" are one key); nothing is guessed by similarity, so "M76" never becomes "M70".
A name nobody knows stays a new candidate with its own spelling.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import yaml
from rapidfuzz.distance import DamerauLevenshtein

from copytrace.extract.lexicon import data_file
from copytrace.extract.match import Matcher, Phrase, fold_phrase, match_fold
from copytrace.extract.shapes import designations, kind_glosses, shapes
from copytrace.lazyre import lazy_compile
from copytrace.model.names import name_key

log = logging.getLogger(__name__)

# A written name's key, kept: the rules ask for the keys of the same few names over and over (the "T-72" of every
# sentence that names it), and a key costs a normalisation, a transliteration and a pattern (a bounded number kept)
name_key_of = lru_cache(maxsize=16384)(name_key)

_KINDS = {"design": "product", "product": "product", "organization": "org", "facility": "org"}


@dataclass(frozen=True, slots=True)
class NameRecord:
    """One entity as the extractor needs it: id, model kind, canonical name, aliases."""

    entity_id: str
    kind: str
    name: str
    aliases: tuple[str, ...]
    family: bool = True   # of a family record: whether its name stands for several models ("AK"), not one ("Makarov")
    parents: tuple[str, ...] = ()   # the entities the registry says this one is derived from
    holders: tuple[str, ...] = ()   # the entities the registry says hold the rights to this design
    made_in: tuple[str, ...] = ()   # the countries the registry says this design is made in
    members: tuple[str, ...] = ()   # of a family: the models its name may stand for
    years: tuple[str, ...] = ()   # the years the registry says this design was introduced


@dataclass(frozen=True, slots=True)
class Known:
    entity: str
    kind: str          # product | org
    canonical: str
    generic: bool = False


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    kind: str
    canonical: str
    entity: str
    generic: bool
    inflected: bool = False   # written with an ending none of the registry's names has ("Meska" for "Mesko")


class Names:
    """Known names: an exact-key table for designations and a matcher for word names."""

    def __init__(self, records: Iterable[NameRecord], families: Iterable[NameRecord] = ()) -> None:
        self._by_key: dict[str, Known] = {}
        # short keys only names in a script that writes few vowels give ("תע״ש" is "ts"; not "П-15", "P-15"): no name
        # written in Latin letters has them
        self._foreign_short: set[str] = set()
        latin_keys: set[str] = set()
        self._matcher = Matcher(glued=True)
        self._known: dict[str, Known] = {}
        # multi-word organisation names by the first letters of each word, for inflected mentions of them
        self._inflected: dict[tuple[str, ...], list[tuple[tuple[str, ...], Known]]] = {}
        self._parents: dict[str, tuple[str, ...]] = {}
        self._members: dict[str, tuple[str, ...]] = {}
        self._ancestors: dict[str, frozenset[str]] = {}
        self._owners: dict[str, set[str]] = {}   # a name's key -> every entity that has the name
        self._holders: dict[str, tuple[str, ...]] = {}
        self._made_in: dict[str, tuple[str, ...]] = {}
        self._years: dict[str, frozenset[str]] = {}
        self._children: dict[str, set[str]] | None = None   # an entity -> those the registry derives from it
        # organisations' name keys by first letter, for names written with a letter wrong (built when first asked)
        self._org_keys: dict[str, list[tuple[str, Known]]] | None = None
        self._countries: dict[str, str] = {}   # a country's id -> its name
        self._predecessors: dict[str, tuple[str, ...]] = {}   # a country's id -> the states it succeeded
        self._successors: dict[str, frozenset[str]] = {}   # a country's id -> the states that succeeded it (asked)
        self._nouns: dict[str, set[str]] = {}   # an entity -> the nouns its names end in ("tank" of "Type 69 tank")
        # an entity -> its names in Latin letters that hold no number, less a version letter ("Flogger" of
        # "Flogger-D"): what a script that writes names by sound may spell ("플로거")
        self._spoken: dict[str, tuple[str, ...]] = {}
        # the first word of an organisation's names in Latin letters -> the organisations that open with it
        self._openers: dict[str, set[str]] = {}
        for record, generic in [(r, r.family) for r in families] + [(r, False) for r in records]:
            if record.kind == "country":
                self._countries[record.entity_id] = record.name
                if record.parents:
                    self._predecessors[record.entity_id] = record.parents
            kind = _KINDS.get(record.kind)
            if kind is None:
                continue
            if record.holders:
                self._holders[record.entity_id] = record.holders
            if record.made_in:
                self._made_in[record.entity_id] = record.made_in
            if record.years:
                self._years[record.entity_id] = frozenset(record.years)
            known = Known(record.entity_id, kind, record.name, generic)
            self._known[record.entity_id] = known
            if record.parents:
                self._parents[record.entity_id] = record.parents
            if record.members:
                self._members[record.entity_id] = record.members
            spoken = {_VERSION_LETTER.sub("", n) for n in (record.name, *record.aliases)
                      if n.isascii() and not any(ch.isdigit() for ch in n)}
            if spoken:
                self._spoken[record.entity_id] = tuple(sorted(spoken))
            for name in (record.name, *record.aliases):
                opener = name.split()[0] if kind == "org" and len(name.split()) >= 2 and _latin(name) else ""
                if opener[:1].isupper() and opener.isalpha() and len(opener) >= 3:
                    self._openers.setdefault(opener.casefold(), set()).add(record.name)
                self._by_key.setdefault(name_key(name), known)
                if len(name_key(name)) <= 3 and (_latin(name) or _ABJAD.search(name)):
                    (latin_keys if _latin(name) else self._foreign_short).add(name_key(name))
                self._owners.setdefault(name_key(name), set()).add(record.entity_id)
                head = _DESIGNATION_AND_NOUN.match(name)
                noun = name[head.end(1):].strip() if head is not None else ""
                # (capitals only where they name a kind, "MBT", "LMG"; not a version's letters: "F-7 BGI")
                if head is not None and (noun.islower() or noun.upper() in shapes().type_acronyms):
                    # "Type 69 tank", "Type 69 MBT": the tank is a "Type 69" too (the "AK-47 Misr" is no "AK-47")
                    self._owners.setdefault(name_key(head.group(1)), set()).add(record.entity_id)
                    self._nouns.setdefault(record.entity_id, set()).add(match_fold(noun).strip())
                words = _words(name)
                if kind == "org" and len(words) >= 2:
                    self._inflected.setdefault(tuple(_stem_key(w) for w in words), []).append((words, known))
                if any(c.isalpha() for c in name) and not _designation_like(name):
                    self._matcher.add(name, Phrase("name", record.entity_id, proper=name[:1].isupper()))
                    if "  " in match_fold(name).strip():
                        # a name with marks between its words ("Концерн «Калашников»", "Zakłady „Łucznik”"), as
                        # written: the marks are a text's too, and its first word may be small ("концерн «...»")
                        self._matcher.add_as_written(name, Phrase("name", record.entity_id))
                elif kind == "product" and _named_number(name):
                    # "Tiran 4", "טירן 4", "Объект 172": a name of words and a number has no designation's shape
                    self._matcher.add(name, Phrase("name", record.entity_id, proper=name[:1].isupper()))
                elif kind == "product" and _named_number(spaced := _HYPHENED_NUMBER.sub(" ", name, count=1)):
                    # "Hwasong-6" written "Hwasong 6", "Shahab-3" as "Shahab 3": the same name with a space
                    self._matcher.add(spaced, Phrase("name", record.entity_id, proper=name[:1].isupper()))
                elif kind == "product" and any(c.isdigit() for c in name) and len(name.split()) == 1 \
                        and not _shaped_whole(name):
                    # a designation of one word its shape does not read whole ("AR-M1", "MiG-21bisD", "Mi-8AMTSh"):
                    # found by name (not one of words, "Vektor CR-21": the maker before the designation is one too)
                    self._matcher.add(name, Phrase("name", record.entity_id, proper=name[:1].isupper()))
                elif kind == "org" and name.isupper() and 3 <= len(name) <= 5 and name.isalpha():
                    # an organisation's acronym ("FÉG", "UVZ", "KBP"), found only where it is written in capitals
                    self._matcher.add(name, Phrase("acronym", record.entity_id, proper=True))
        self._foreign_short -= latin_keys

    def maker_opening_with(self, word: str) -> str | None:
        """The organisation whose names open with ``word`` ("Shenyang" of "Shenyang Aircraft Corporation"), where one
        alone does: the maker a design's name may carry before its designation ("Shenyang J-6")."""
        makers = self._openers.get(word.casefold(), set())
        return next(iter(makers)) if len(makers) == 1 else None

    def spoken_names(self, entity: str | None) -> tuple[str, ...]:
        """An entity's names in Latin letters without a number, and those of the designs it derives from (the
        MiG-27's "Flogger" is the MiG-23's)."""
        if entity is None:
            return ()
        return tuple(n for e in (entity, *self._parents.get(entity, ())) for n in self._spoken.get(e, ()))

    def resolve_lookalike(self, written: str) -> Known | None:
        """A Soviet designation written with the Latin C for the Cyrillic С it looks like ("C-75" for "С-75", as
        Chinese and Japanese texts write it): the name the Cyrillic letter gives, where only that one is known."""
        if self.resolve(written) is not None:
            return None
        swapped = written.translate(_LOOKALIKES)
        return self.resolve(swapped) if swapped != written else None

    def resolve(self, written: str) -> Known | None:
        key = name_key_of(written)
        if key in self._foreign_short and _latin(written):
            return None   # ("TS" is no "תע״ש")
        return self._by_key.get(key)

    def known_as(self, entity: str, written: str) -> Known | None:
        """The entity as known, where ``written`` is one of its names (though the name may stand for another one
        first: "Type 69" is the RPG's name and the tank's), else None."""
        return self._known.get(entity) if entity in self._owners.get(name_key_of(written), ()) else None

    def owners(self, written: str) -> frozenset[str]:
        """Every entity that has ``written`` as a name ("Type 69": the RPG and the tank)."""
        return frozenset(self._owners.get(name_key_of(written), ()))

    def named_with(self, written: str, noun: str) -> Known | None:
        """The one design of those ``written`` names whose own name ends in a noun ``noun`` is a form of or ends in
        ("Type 69" beside "tanks" or "main battle tank" is the Type 69 tank, not the RPG), else None."""
        words = match_fold(noun).split()
        # (the noun in another language, by the kind it is a word for: "戦車", "전차", "танка" are "tank")
        folded = fold_phrase(noun).strip()
        hits = {kind: max(found, key=len) for kind, glosses in kind_glosses().items()
                if (found := [g for g in glosses if folded.startswith(g)
                              or (g in folded and not g.isascii() and not _CYRILLIC_OR_LATIN.match(g))])}
        # (the longer word of a kind holds the shorter: "短機関銃", a submachine gun, is no "機関銃", machine gun;
        # "пистолет-пулемёт" no "пистолет")
        words += [kind for kind, g in hits.items() if not any(g != h and g in h for h in hits.values())]
        fits = [e for e in self.owners(written)
                if any((w.startswith(n) and len(n) >= 3) or w == n for n in self._nouns.get(e, ()) for w in words)]
        return self._known.get(fits[0]) if len(fits) == 1 else None

    def is_family(self, entity: str) -> bool:
        """Whether the entity is a family whose name stands for several models ("AK", "Kalashnikov")."""
        known = self._known.get(entity)
        return known is not None and known.generic

    def derives(self, child: str, parent: str) -> bool:
        """Whether the registry says entity ``child`` is derived from ``parent``, directly or through others (the
        J-5 from the MiG-17F, which is derived from the MiG-17); from a family where from one of its models."""
        if child == parent:
            return False
        ancestors = self._ancestors_of(child)
        return parent in ancestors or any(m in ancestors for m in self._members.get(parent, ()))

    def of_family(self, entity: str, family: str) -> bool:
        """Whether entity ``entity`` is one of the models family ``family`` stands for, or derived from one (the
        AK-47 and the AK-74M of the AK)."""
        return entity in self._members.get(family, ()) or self.derives(entity, family)

    def local_copy_between(self, child: str, parent: str, country: str) -> bool:
        """Whether a design the registry derives ``child`` from, itself derived from ``parent``, is made in
        ``country`` (the WZT-2 is derived from the T-55 through Poland's own T-55): that one is the country's copy of
        ``parent``, ``child`` a later design on it."""
        return any(self.derives(a, parent) and country in self.homes(a) for a in self._ancestors_of(child))

    def own_copy_between(self, child: str, parent: str, country: str) -> bool:
        """Whether a design the registry derives ``child`` from is made in ``country`` and derived straight from
        ``parent`` (the PT-91 stands on Poland's own T-72M1, a copy of the T-72M1): that one is the country's copy of
        ``parent`` itself, ``child`` a later design on it."""
        return any(parent in self._parents.get(a, ()) and country in self.homes(a) for a in self._ancestors_of(child))

    def derived(self, entity: str) -> bool:
        """Whether the registry says entity ``entity`` is derived from another (a copy, version or successor)."""
        return bool(self._parents.get(entity))

    def holders(self, entity: str) -> frozenset[str]:
        """The names of the countries the registry says hold the rights to a design or to one it derives from
        (the BVP-1's are the BMP-1's: the Soviet Union, Russia)."""
        return frozenset(self._countries[h] for e in (entity, *self._ancestors_of(entity))
                         for h in self._holders.get(e, ()) if h in self._countries)

    def introduced(self, entity: str) -> frozenset[str]:
        """The years the registry says a design was introduced (none where it says nothing)."""
        return self._years.get(entity, frozenset())

    def homes(self, entity: str) -> frozenset[str]:
        """The names of the countries a design is its own country's in: where the registry says it is made or
        who holds its rights, else who holds the rights to the design it derives from (the Type 56's is China,
        the AKM's the Soviet Union and Russia)."""
        own = frozenset(self._countries[c] for c in (*self._made_in.get(entity, ()), *self._holders.get(entity, ()))
                        if c in self._countries)
        return own or self.holders(entity)

    def inherited_homes(self, entity: str) -> frozenset[str]:
        """The countries of the designs a design derives from (where the registry says they are made or whose rights
        they are) that are none of its own, where the registry says where the design itself is made or whose rights
        it is (the Chengdu J-7's: the Soviet Union, the MiG-21's; none where it says nothing of the design's own)."""
        own = (*self._made_in.get(entity, ()), *self._holders.get(entity, ()))
        if not own:
            return frozenset()
        # (nor a state that later succeeded the design's own: the M92, made in Serbia and Montenegro, is made in
        # Serbia though the M70 it derives from was Serbian too; a state the design's own succeeded still is one:
        # the Mi-171Sh, Russian, was made in no Soviet Union)
        later = {s for c in own for s in self._successors_of(c)}
        return frozenset(self._countries[c] for a in self._ancestors_of(entity)
                         for c in (*self._made_in.get(a, ()), *self._holders.get(a, ()))
                         if c in self._countries and c not in later) - self.homes(entity)

    def _successors_of(self, country: str) -> frozenset[str]:
        """The ids of the states that succeeded a country, through any number of successions (Serbia of Serbia and
        Montenegro; not its siblings: Croatia and Serbia both succeeded Yugoslavia)."""
        known = self._successors.get(country)
        if known is not None:
            return known
        found: set[str] = set()
        todo = [country]
        while todo:
            here = todo.pop()
            for later, before in self._predecessors.items():
                if here in before and later not in found:
                    found.add(later)
                    todo.append(later)
        self._successors[country] = frozenset(found)
        return self._successors[country]

    def makers_of_line(self, entity: str, depth: int = 2) -> frozenset[str]:
        """The names of the countries where the registry says a design, or a design derived from it (or from one of
        those, ``depth`` generations down), is made or its rights held (the T-72's line: the Soviet Union, Russia,
        Poland, Czechoslovakia, Yugoslavia, India, ...; not the T-34's great-grandchildren, later tanks of their
        own); empty where it says nothing of the design."""
        if self._children is None:
            children: dict[str, set[str]] = {}
            for child, parents in self._parents.items():
                for parent in parents:
                    children.setdefault(parent, set()).add(child)
            self._children = children
        line = {entity}
        generation = [entity]
        for _ in range(depth):
            generation = [c for e in generation for c in self._children.get(e, ()) if c not in line]
            line.update(generation)
        return frozenset(self._countries[c] for e in line
                         for c in (*self._made_in.get(e, ()), *self._holders.get(e, ())) if c in self._countries)

    def _ancestors_of(self, entity: str) -> frozenset[str]:
        found = self._ancestors.get(entity)
        if found is None:
            seen: set[str] = set()
            todo = list(self._parents.get(entity, ()))
            while todo:
                parent = todo.pop()
                if parent not in seen:
                    seen.add(parent)
                    todo.extend(self._parents.get(parent, ()))
            found = self._ancestors[entity] = frozenset(seen)
        return found

    def resolve_inflected(self, written: str) -> Known | None:
        """A known organisation's name written in another grammatical case ("на Казанском вертолетном заводе"
        for "Казанский вертолётный завод", "Zakładach Mechanicznych" for "Zakłady Mechaniczne"): every word agrees
        with the name's word but for an ending of up to three letters; None unless exactly one name fits."""
        words = tuple(_SHORT_FORMS.get(w, w) for w in _words(written))
        found = {known.entity: known for names, known in self._inflected.get(tuple(_stem_key(w) for w in words), [])
                 if len(names) == len(words) and all(_same_stem(a, b) for a, b in zip(names, words, strict=True))
                 # (a short word changes its last letter only beside a longer word that holds: "v Aeru Vodochody")
                 and any(len(a) > _STEM for a in names)}
        return next(iter(found.values())) if len(found) == 1 else None

    def resolve_misspelt(self, written: str) -> Known | None:
        """A known organisation's name written with one letter wrong, missing, added or swapped ("Bumbar-Labedy" for
        Bumar-Łabędy; two in a name of 16 letters or more): a name of 8 letters at least, opening with the same letter,
        with the same digits, where exactly one organisation is that near; None for a name the registry knows."""
        key = name_key_of(written)
        if len(key) < 8 or key in self._by_key:
            return None
        if self._org_keys is None:
            self._org_keys = {}
            for known_key, known in self._by_key.items():
                if known.kind == "org" and len(known_key) >= 7:
                    self._org_keys.setdefault(known_key[0], []).append((known_key, known))
        limit = 1 if len(key) < 16 else 2
        digits = [c for c in key if c.isdigit()]
        found = {known.entity: known for other, known in self._org_keys.get(key[0], [])
                 if abs(len(other) - len(key)) <= limit and [c for c in other if c.isdigit()] == digits
                 and DamerauLevenshtein.distance(key, other, score_cutoff=limit) <= limit}
        return next(iter(found.values())) if len(found) == 1 else None

    def compile(self) -> None:
        """Build the matcher's automaton now, before the names are kept (``buildcache``)."""
        self._matcher.compile()

    def find(self, text: str, folded: str, start: int = 0) -> list[Found]:
        out: list[Found] = []
        last_end = -1
        matches = self._matcher.find(text, folded or match_fold(text), start)
        for m in sorted(matches, key=lambda m: (m.start, -m.end)):
            acronym = m.phrase.cls == "acronym"
            # ("Tokarev TT 33": a name ending in capitals a number follows is that designation's start)
            if m.start < last_end or _RUNS_ON.match(text, m.end) \
                    or (_SPACED_NUMBER.match(text, m.end) and text[m.start:m.end].split()[-1].isupper()) \
                    or (acronym and (not text[m.start:m.end].isupper() or in_capitals(text, m.start, m.end))):
                continue   # ("karabinek AK" is no name inside "Karabinek AK-12": a designation runs on)
            known = self._known[m.phrase.value]
            if known.kind == "product" and lower_suffix_apart(text[m.start:m.end], known.canonical):
                continue   # "T-72 av Sovjetunionen" (Swedish "of"), "T-55 am Ende": a word, not the T-72AV
            if known.kind == "org" and _JOINED_NAME.match(text, m.end):
                continue   # "the Colt-Browning system": a maker's name joined to another name is a design's
            out.append(Found(m.start, m.end, known.kind, known.canonical, known.entity, known.generic,
                             name_key_of(text[m.start:m.end]) not in self._by_key))
            last_end = m.end
        return out


def lower_suffix_apart(written: str, canonical: str) -> bool:
    """Whether a designation's letters after its number are written apart and in small letters where the name
    writes them in capitals ("T-72 av" for the T-72AV): a word of the sentence, not the suffix ("MiG-21 bis" keeps
    its small "bis")."""
    head, _, last = written.rpartition(" ")
    return bool(head) and any(ch.isdigit() for ch in head) and last.isalpha() and last.islower() \
        and last not in canonical and last.upper() in canonical


_RUNS_ON = lazy_compile(r"[-‐‑–]?\d")
# (a comma or a period after the number ends a clause, no decimal: "GAZ 30, also known as")
_SPACED_NUMBER = lazy_compile(r"[ \u00a0]\d{1,3}(?!\d|[.,]\d)")
_JOINED_NAME = lazy_compile(r"[-‐‑][A-ZА-ЯЁ][a-zа-яё]")
_WORD_BEFORE = lazy_compile(r"([^\W\d_]{2,})[^\w\n]{1,3}$")
_WORD_AFTER = lazy_compile(r"[^\w\n]{1,3}([^\W\d_]{2,})")


_DESIGNATION_AND_NOUN = lazy_compile(r"(.*\d.*?)\s+[^\W\d_]{3,}$")


_ABJAD = lazy_compile(r"[\u0590-\u06ff\u0750-\u077f]")   # Hebrew and Arabic script: their Latin letters lose vowels


def _latin(text: str) -> bool:
    """Whether every letter of ``text`` is a Latin one."""
    return all(ord(ch) < 0x250 for ch in text if ch.isalpha())


def in_capitals(text: str, start: int, end: int) -> bool:
    """Whether a word stands among words written in capitals (a headline: "MISSILE HIT UKRAINIAN PLANT"), where
    capitals say nothing of a name."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    after = _WORD_AFTER.match(text, end)
    return any(w is not None and w.group(1).isupper() for w in (before, after))


_STEM = 4   # letters of a word an inflected form shares with its dictionary form, at the least
# "named after" cut short in a plant's name ("заводе им. Малышева", "заводі ім. Малишева"), folded: the whole word
_SHORT_FORMS = {"им": "имени", "ім": "імені"}


_CYRILLIC_OR_LATIN = lazy_compile(r"[a-zA-Zа-яА-ЯёЁ]")


def _words(name: str) -> tuple[str, ...]:
    """The words and numbers of a name, folded ("State Factory 66": "state", "factory", "66")."""
    return tuple(re.findall(r"[^\W\d_]+|\d+", match_fold(name)))


def _same_stem(a: str, b: str) -> bool:
    """Whether two words differ only in an ending of up to three letters ("казанский", "казанском"); numbers are
    the same only written the same ("State Factory 547" is no "State Factory 66")."""
    if a[:1].isdigit() or b[:1].isdigit():
        return a == b
    common = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    # (a short word keeps all but its last letter: "aero", "aeru")
    short = 3 <= len(a) <= _STEM and common >= len(a) - 1 and len(b) - common <= 2
    return a == b or (common >= _STEM and max(len(a), len(b)) - common <= 3) or short


def _stem_key(word: str) -> str:
    """The letters of a name's word an inflected form keeps: its first four, or all but the last of a shorter word
    ("Aero" in "v Aeru Vodochody"); a number whole."""
    if word[:1].isdigit() or len(word) > _STEM or len(word) < 3:
        return word if word[:1].isdigit() else word[:_STEM]
    return word[:-1]


# The Latin capital that stands for a Cyrillic one it looks like in Soviet designations (С is S: "C-75", "T-90C",
# "CKC"); not P for Р (R) nor B for В (V): P-15 and P-700 are Latin designations of their own
_LOOKALIKES = str.maketrans("C", "С")
_VERSION_LETTER = lazy_compile(r"-[A-Z]{1,2}$")   # "Flogger-D", "Fishbed-MF"
_HYPHENED_NUMBER = lazy_compile(r"(?<=[^\W\d_]{3})-(?=\d{1,3}[^\W\d_]?$)")
_WORDS_AND_NUMBER = lazy_compile(r"((?:[^\W\d_]{3,} ){1,2})\d{1,3}[^\W\d_]?")


def _named_number(name: str) -> bool:
    """Whether a name is one or two words of three letters or more and a number ("Tiran 4", "Red Arrow 73"), not a
    type ("Type 56", found by its shape) nor an acronym ("BMP 1")."""
    m = _WORDS_AND_NUMBER.fullmatch(name)
    if m is None:
        return False
    first = m.group(1).split()[0]
    return not first.isupper() and first.lower() not in shapes().type_words \
        and first.upper() not in shapes().word_prefixes


@cache
def _shaped_whole(name: str) -> bool:
    """Whether the shapes of designations read a name as one designation, from its first letter to its last."""
    return any(d.start == 0 and d.end == len(name) for d in designations(name, 0, len(name)))


def _designation_like(name: str) -> bool:
    """Names with a digit are found by their shape and resolved by key; the matcher takes word names."""
    return any(c.isdigit() for c in name) or (name.isupper() and len(name) <= 5)


def pack_records(packs: Iterable[str] | None = None) -> list[NameRecord]:
    """Entities of the shipped packs; a pack that fails to parse is skipped with a warning.

    Reading the packs' YAML costs a third of a second; the names are kept in a cache file (JSON, in the
    user's cache folder) keyed by each pack file's path, size and modification time, so a later run
    reads them in milliseconds. A cache that cannot be read or written is simply not used.
    """
    from copytrace.packs.reader import available_packs

    names = list(packs) if packs is not None else available_packs()
    key = hashlib.sha256(json.dumps(_packs_stamp(names)).encode()).hexdigest()[:24]
    folder = cache_dir()
    cached = folder / f"names-{key}.json" if folder is not None else None
    if cached is not None:
        try:
            raw = json.loads(cached.read_text(encoding="utf-8"))
            return [NameRecord(r[0], r[1], r[2], tuple(r[3]), parents=tuple(r[4]), holders=tuple(r[5]),
                               made_in=tuple(r[6]), years=tuple(r[7])) for r in raw]
        except (OSError, ValueError, IndexError, TypeError):
            pass
    records = _read_records(names)
    if cached is not None:
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            partial = cached.with_suffix(f".{os.getpid()}.tmp")
            partial.write_text(json.dumps([[r.entity_id, r.kind, r.name, list(r.aliases), list(r.parents),
                                            list(r.holders), list(r.made_in), list(r.years)] for r in records],
                                           ensure_ascii=False),
                               encoding="utf-8")
            partial.replace(cached)
            for old in cached.parent.glob("names-*.json"):
                if old != cached and _CACHE_NAME.fullmatch(old.name):
                    old.unlink(missing_ok=True)   # an earlier state of the packs, written by this function
        except OSError:
            pass
    return records


_CACHE_NAME = lazy_compile(r"names-[0-9a-f]{24}\.json")
# what a cached record holds: id, kind, name, aliases, parents, rights holders, made in (for a maker, where it
# stands), years
_CACHE_FORMAT = 7


def _signature(path: Path) -> tuple[int, int]:
    try:
        stat = path.stat()
    except OSError:
        return (-1, -1)
    return (stat.st_size, stat.st_mtime_ns)


def _packs_stamp(names: list[str]) -> list[object]:
    """What the packs' names are read from: each pack file's path, size and modification time."""
    from copytrace.packs.reader import pack_path

    return [_CACHE_FORMAT, *([str(p), *_signature(p)] for p in map(pack_path, names))]


def cache_dir() -> Path | None:
    """$COPYTRACE_CACHE, else $XDG_CACHE_HOME/copytrace or ~/.cache/copytrace; "" turns the cache off."""
    configured = os.environ.get("COPYTRACE_CACHE")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "copytrace"


def _read_records(names: list[str]) -> list[NameRecord]:
    from copytrace.errors import PackError
    from copytrace.packs.reader import read_pack

    records: list[NameRecord] = []
    for name in names:
        try:
            pack = read_pack(name)
        except (PackError, yaml.YAMLError) as exc:
            log.warning("pack %s skipped by the extractor: %s", name, exc)
            continue
        records.extend(NameRecord(e.id, e.kind, e.name, tuple(e.aliases),
                                  # (of a country: the states it succeeded, "Serbia" of "Serbia and Montenegro")
                                  parents=tuple(f.o for f in e.facts if f.p == "derived_from"
                                                or (e.kind == "country" and f.p == "successor_of")),
                                  holders=tuple(f.o for f in e.facts if f.p == "rights_holder"),
                                  # (a maker's is where it stands: "Factory 320" is China's)
                                  made_in=tuple(f.o for f in e.facts if f.p in {"made_in_country", "located_in"}),
                                  years=tuple(str(f.o) for f in e.facts if f.p == "introduced_year"))
                       for e in pack.entities)
    return records


def family_records() -> list[NameRecord]:
    data = data_file("families")
    # a designer's name for his one design ("Makarov", "Dragunov") names that model, not a family of them
    return [NameRecord(f["id"], "design", f["name"], tuple(f["forms"]), bool(f.get("members")),
                       members=tuple(str(m) for m in f.get("members") or ()))
            for f in data["families"]]


@cache
def family_origins() -> dict[str, frozenset[str]]:
    """The countries each family's design comes from, by the family's canonical name ("AK": SU, RU)."""
    data = data_file("families")
    return {str(f["name"]): frozenset(str(c) for c in f.get("origin") or ()) for f in data["families"]}


@cache
def _outside_keys() -> tuple[str, ...]:
    data = data_file("outside")
    return tuple(sorted({name_key(str(form)) for design in data["designs"] for form in design}))


@lru_cache(maxsize=4096)
def outside_field(written: str) -> bool:
    """Whether a name is one of a design outside the registry's field (``data/outside.yaml``): "F-16", and its
    versions by a suffix ("F-16C", "Leopard 2A6", "Merkava 4"), not a longer number ("F-160") or a longer word
    ("FAL" is not "Falanga")."""
    key = name_key_of(written)
    for known in _outside_keys():
        if key == known:
            return True
        rest = key[len(known):] if key.startswith(known) else ""
        if rest and rest[0].isdigit() != known[-1].isdigit():
            return True
    return False


@cache
def default_names() -> Names:
    """The names of the shipped packs and the design families, built once and kept (``buildcache``)."""
    from copytrace.extract.buildcache import load_or_build
    from copytrace.packs.reader import available_packs

    def build() -> Names:
        names = Names(pack_records(), family_records())
        names.compile()
        return names

    return load_or_build("names", _packs_stamp(available_packs()), build)
