"""Per-language knowledge, read from ``lang/<code>.yaml`` and checked when it loads.

Code holds the rules; the words that trigger them live in one data file per language, so a
new language is a new file. A phrase ending in ``*`` matches any word ending there
("licencj*" finds licencji, licencją); a ``*`` inside a phrase does the same for that word.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from copytrace.errors import CopytraceError

CUE_CLASSES: frozenset[str] = frozenset({
    "licensed",        # production under a licence ("under licence", "по лицензии")
    "unlicensed",      # production without one ("without a licence", "bez licencji")
    "licence",         # the bare noun, for negation, expiry and the licensor ("licence", "Lizenz")
    "expired",         # the licence ended ("expired", "wygasła")
    "disputed",        # a rights holder contests the copy ("lawsuit", "legal claims")
    "grant",           # licensor before, licensee after ("granted a licence to")
    "derive",          # child ... cue ... parent ("copy of", "versi dari", "успешная копия")
    "derive_reverse",  # parent ... cue ... child ("served as the basis for")
    "not_derived",     # a look-alike, not a copy
    "alias",           # "also known as"
    "replace",         # "replaced": a successor in service, not a derivation
    "production",      # made / produced / built
    "maker",           # manufacturer nouns ("maker", "производитель")
    "by_maker",        # "made by", "produced by": an organization follows
    "export",          # "exported to": importing countries follow
    "market",          # "buyers in", "owners in": the country that follows imported it
    "intro",           # introduced / adopted / entered service
    "start",           # began / started: a start date only after a production noun ("production began in")
    "family",          # generic nouns that name the product ("assault rifle")
})
_KEYS = {"lang", "name", "inflecting", "adjective_after", "also", "conjunctions", "list_intro", "negation",
         "from_preps", "to_preps", "of_words", "anaphora", "given_names", "user_words", "decade_suffixes",
         "contrast", "relative", "country_nouns", "copulas", "since_preps", "to_endings", "where_words",
         "in_preps", "in_endings", "origin_preps", "cues",
         "countries"}


class LanguageDataError(CopytraceError):
    """A language data file is malformed: fix the named file and key."""


@dataclass(frozen=True, slots=True)
class LangData:
    code: str
    name: str
    inflecting: bool
    adjective_after: bool
    also: tuple[str, ...]
    conjunctions: frozenset[str]
    list_intro: frozenset[str]
    negation: frozenset[str]
    from_preps: frozenset[str]
    to_preps: frozenset[str]
    of_words: frozenset[str]
    anaphora: tuple[str, ...]
    given_names: frozenset[str]
    user_words: frozenset[str]
    decade_suffixes: tuple[str, ...]
    contrast: tuple[str, ...]
    relative: frozenset[str]
    country_nouns: frozenset[str]
    # "is", "был", "стал": a derivation noun before one and a name after ("its successor is the AK-74")
    copulas: frozenset[str] = frozenset()
    # "from", "since", "ab", "od", "от": right before a year, the start of production or service
    since_preps: tuple[str, ...] = ()
    # case endings of a destination ("Irakba", "Irakiin"): a country so marked is where things went
    to_endings: tuple[str, ...] = ()
    # "where", "donde", "où", "где": a relative adverb after a place ("to Colombia, where it is made")
    where_words: frozenset[str] = frozenset()
    # "in Ungarn hergestellt", "в Китае производимые", "Magyarországon gyártott": a place before the verb
    in_preps: frozenset[str] = frozenset()
    in_endings: tuple[str, ...] = ()
    # "AK copies from Serbia", "AK-Kopien aus Serbien", "копии из Китая": where a product comes from
    origin_preps: frozenset[str] = frozenset()
    cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # country id -> adjectival and inflected forms (CLDR supplies the plain names)
    countries: dict[str, tuple[str, ...]] = field(default_factory=dict)


class _WordLoader(yaml.SafeLoader):
    """YAML without YAML 1.1 booleans: "no", "on" and "off" are words in these files."""


_WordLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _lang_dir() -> Path:
    return Path(str(resources.files("copytrace.extract") / "lang"))


def available_languages() -> list[str]:
    return sorted(p.stem for p in _lang_dir().glob("*.yaml"))


def _words(path: Path, raw: dict[str, Any], key: str) -> tuple[str, ...]:
    value = raw.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
        raise LanguageDataError(f"{path.name}: {key!r} must be a list of phrases")
    return tuple(str(v) for v in value)


def _mapping(path: Path, raw: dict[str, Any], key: str) -> dict[str, tuple[str, ...]]:
    value = raw.get(key) or {}
    if not isinstance(value, dict):
        raise LanguageDataError(f"{path.name}: {key!r} must be a mapping")
    out: dict[str, tuple[str, ...]] = {}
    for name, phrases in value.items():
        if not isinstance(phrases, list):
            raise LanguageDataError(f"{path.name}: {key}.{name} must be a list of phrases")
        out[str(name)] = tuple(str(p) for p in phrases)
    return out


def parse_lang(path: Path) -> LangData:
    raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_WordLoader)
    if not isinstance(raw, dict):
        raise LanguageDataError(f"{path.name}: expected a mapping at the top")
    unknown = set(raw) - _KEYS
    if unknown:
        raise LanguageDataError(f"{path.name}: unknown key(s) {', '.join(sorted(unknown))}")
    if raw.get("lang") != path.stem:
        raise LanguageDataError(f"{path.name}: 'lang' must equal the file name")
    cues = _mapping(path, raw, "cues")
    bad = set(cues) - CUE_CLASSES
    if bad:
        raise LanguageDataError(f"{path.name}: unknown cue class(es) {', '.join(sorted(bad))}")
    return LangData(
        code=path.stem,
        name=str(raw.get("name", path.stem)),
        inflecting=raw.get("inflecting") == "true",
        adjective_after=raw.get("adjective_after") == "true",
        also=_words(path, raw, "also"),
        conjunctions=frozenset(_words(path, raw, "conjunctions")),
        list_intro=frozenset(_words(path, raw, "list_intro")),
        negation=frozenset(_words(path, raw, "negation")),
        from_preps=frozenset(_words(path, raw, "from_preps")),
        to_preps=frozenset(_words(path, raw, "to_preps")),
        of_words=frozenset(_words(path, raw, "of_words")),
        anaphora=_words(path, raw, "anaphora"),
        given_names=frozenset(w.casefold() for w in _words(path, raw, "given_names")),
        user_words=frozenset(_words(path, raw, "user_words")),
        decade_suffixes=_words(path, raw, "decade_suffixes"),
        contrast=_words(path, raw, "contrast"),
        relative=frozenset(_words(path, raw, "relative")),
        country_nouns=frozenset(_words(path, raw, "country_nouns")),
        copulas=frozenset(_words(path, raw, "copulas")),
        since_preps=_words(path, raw, "since_preps"),
        to_endings=_words(path, raw, "to_endings"),
        where_words=frozenset(_words(path, raw, "where_words")),
        in_preps=frozenset(_words(path, raw, "in_preps")),
        in_endings=_words(path, raw, "in_endings"),
        origin_preps=frozenset(_words(path, raw, "origin_preps")),
        cues=cues,
        countries=_mapping(path, raw, "countries"),
    )


@cache
def load_languages() -> dict[str, LangData]:
    """Every shipped language, by ISO 639-1 code."""
    return {p.stem: parse_lang(p) for p in sorted(_lang_dir().glob("*.yaml"))}
