"""The language files (``lexicon/<code>.yaml``) and CLDR country names, compiled into matchers.

Each language file holds the cue words of one language, its abbreviations, and the country
adjectives and extra names CLDR does not give; ``docs/lexicon-format.md`` describes the format.
A language's matcher is built the first time a document in it is read.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import babel
import yaml
from anyascii import anyascii

from copytrace.datafile import load_yaml
from copytrace.errors import ConfigError
from copytrace.extract.match import Matcher, Phrase, caseless, fold_phrase, match_fold
from copytrace.lazyre import lazy_compile

log = logging.getLogger(__name__)

CUE_CLASSES = frozenset({
    "licence", "unlicensed", "negation", "almost", "copy", "basis", "basis_reverse", "variant", "successor", "produce",
    "maker", "agent", "locative", "source", "destination", "export", "import", "introduce", "since", "alias",
    "expired", "disputed", "resemble", "design", "plan", "service", "capture", "product_noun", "org_word",
    "year_word", "until", "force", "anaphor", "anaphor_noun", "copula", "part", "respectively", "deal", "with",
    "as_name", "replace", "possessive", "example", "permit", "grant", "of", "arrive", "first", "trial", "halt",
    "documents", "origin", "basis_noun", "serve", "like", "unlike", "contrast", "former", "latter", "against",
    "doubt", "repair", "plural", "all", "after", "etc", "war", "milestone", "in_version", "goods", "for_buyer",
    "abstract", "causative", "pronoun", "outside", "where", "frame", "relocate", "between", "belated", "basis_as",
    "partner", "not_only", "nickname", "group", "report", "exchange", "media", "than", "era", "contest", "then",
    "near",
})
# What a case ending on a country name says, as the cue word of that class would ("Rusya'dan": from Russia)
# plain: a particle with no role here; made: an ending that makes the name the adjective of where a thing is made
# (Korean "이란제", Iran-made)
CASE_ROLES = frozenset({"source", "destination", "locative", "plain", "made"})
_CLDR_SKIP = {"EU", "EZ", "UN", "QO", "XA", "XB", "XK", "ZZ", "AQ", "BV", "HM", "UM", "AC", "CP", "DG", "EA", "IC",
              "TA", "CQ", "001", "150", "419"}
# what sets a qualifier off in a CLDR name: "Myanmar (Burma)", "Congo - Kinshasa", "Hongkong – ZAO Číny"
_CLDR_QUALIFIED = lazy_compile(r"\s*\(|\s[-–]\s")


def _data_dir(name: str) -> Path:
    return Path(str(resources.files("copytrace.extract") / name))


def _yaml(path: Path) -> Any:
    try:
        return load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot be read: {exc}") from exc


@cache
def data_file(name: str) -> Any:
    """``data/<name>.yaml``, parsed once and kept between runs as the built lexicons are (``buildcache``: libyaml read
    the extractor's data files in about 60 ms at every start, their kept pickles load in a few)."""
    from copytrace.extract.buildcache import load_or_build

    return load_or_build(name, [], lambda: _yaml(_data_dir("data") / f"{name}.yaml"))


@dataclass(frozen=True, slots=True)
class Countries:
    """English names of countries by code, which codes are historical states, and other names of places by the code
    of the country they are in: provinces that hold another country's name ("Inner Mongolia": CN) and a country's
    names before it was renamed ("Macedonia": MK)."""

    names: dict[str, str]
    historical: dict[str, dict[str, Any]]
    provinces: dict[str, tuple[str, ...]] = field(default_factory=dict)


@cache
def countries() -> Countries:
    """The countries (built once and kept, ``buildcache``: reading CLDR's English names loads babel's locale data,
    about 40 ms of every start)."""
    from copytrace.extract.buildcache import load_or_build

    return load_or_build("countries", [], _countries)


def _countries() -> Countries:
    data = _yaml(_data_dir("data") / "countries.yaml")
    names = {code: name for code, name in babel.Locale("en").territories.items()
             if len(code) == 2 and code.isalpha() and code not in _CLDR_SKIP}
    names.update(data.get("english", {}))
    historical = data.get("historical", {})
    for code, forms in historical.items():
        names[code] = forms["name"]
    provinces: dict[str, tuple[str, ...]] = {}
    for key in ("provinces", "former_names"):
        for code, forms in (data.get(key) or {}).items():
            provinces[str(code)] = provinces.get(str(code), ()) + tuple(str(n) for n in forms)
    return Countries(names, historical, provinces)


@dataclass(slots=True)
class Language:
    """One language's data, compiled."""

    code: str
    name: str
    substring: bool
    prefixes: tuple[str, ...]
    abbreviations: frozenset[str]
    cues: dict[str, list[str]]
    country_forms: dict[str, list[str]]
    related: tuple[str, ...] = ()
    capitalised_nouns: bool = False   # German writes every noun with a capital: a capital says less of a name
    case_endings: dict[str, list[str]] = field(default_factory=dict)   # role -> endings ("source": ["ból", ...])
    postpositions: bool = False   # one-character cue words follow their noun (Japanese に), not precede it (Chinese 向)
    demonstratives_follow: bool = False   # "this" follows its noun (Indonesian "senapan ini", Hebrew "הרובה הזה")
    of_marked: bool = False   # "of" is a word ("a copy of the AK"): a name set right after "version" is the version's
    adjectives_follow: bool = False   # an adjective follows its noun ("copie cinesi"), not "Chinese copies"
    genitive_first: bool = False   # the owner comes first ("AK-47의 개량형", "AK-47:n versio"), not "версия АК-47"
    # the marks of an owner set between it and what it owns ("的", "の", "의"), where the language writes them apart
    genitive_marks: frozenset[str] = frozenset()
    # in a script without case, the endings that make a country's form an adjective ("苏制": Soviet-made); its
    # other listed forms are names ("苏联", "前苏联")
    adjective_suffixes: tuple[str, ...] = ()
    # in a script without spaces, characters that never stand inside a name ("的", "为", "の"): a plant's name
    # read back from its plant word stops at them
    name_breaks: frozenset[str] = frozenset()
    # in a script without spaces, the English of the words a plant's name is made of ("飞机": Aircraft, "厂":
    # Factory), for a name that opens with a town ("哈尔滨飞机厂": Harbin Aircraft Factory)
    name_glosses: dict[str, str] = field(default_factory=dict)
    object_marks: frozenset[str] = frozenset()   # particles glued after a verb's object ("T-54を", "MiG-19를")
    # where a name takes the dative with no preposition ("Польше была передана", "sprzedano Chinom"): the endings
    # of a country's dative, and the prepositions that take a locative of the same ending ("в Польше")
    dative_endings: tuple[str, ...] = ()
    dative_not_after: frozenset[str] = frozenset()
    # where one preposition is both "in" and "into" and the accusative says "into" ("в Украину", "v Ukrajino", "u
    # Ukrajinu"): the prepositions, and the accusative endings of names whose nominative ends in -a/-я
    into_after: frozenset[str] = frozenset()
    into_endings: tuple[str, ...] = ()
    # a word for forces glued to a country's name ("苏军", "북한군"): the country's forces, who use, not make
    force_marks: frozenset[str] = frozenset()
    # where a main clause puts its verb second, "not" follows the verb and its object ("Indien kaufte die J-7 nicht"):
    # the words that negate a verb from the end of its clause (not "ohne", without)
    negation_after: frozenset[str] = frozenset()
    # where a main clause's participle or infinitive ends it ("Polen hat der Ukraine T-72 geliefert"): what stands
    # between the finite verb and that word is the verb's object or recipient
    participles_last: bool = False
    # where clitics glued before a name mark its role (Arabic "لمصر", to Egypt; Hebrew "מרוסיה", from Russia): role ->
    # the folded clitics, as ``case_endings`` holds the endings glued after it
    prefix_roles: dict[str, list[str]] = field(default_factory=dict)
    # an article a clitic before it shortens (Arabic "ل" + "الهند" is written "للهند"): (the article, its short form)
    article_elision: tuple[str, str] | None = None
    # names take no case endings ("from Mesko", "dari Mesko"): a known name's form with an ending is another word
    # (Indonesian "Meski", although, is no "Mesko")
    names_keep_form: bool = False
    # the indefinite article's forms ("a", "an", "un", "eine"): a thing it brings in right before a word of naming is
    # what is named ("a parade displayed a heavier tank known as the Storm Tiger")
    indefinite_articles: frozenset[str] = frozenset()
    # where a passive's doer takes the instrumental ("поставленных Россией", "dodané Ruskem"): the endings of a
    # country's instrumental, and the prepositions that take it in another sense ("с Россией", with Russia)
    instrumental_endings: tuple[str, ...] = ()
    instrumental_not_after: frozenset[str] = frozenset()
    # relative words ("which", "der", "который"): a clause one opens right after a maker speaks of the names it holds
    relative_words: frozenset[str] = frozenset()
    # a preposition joined to its article, and the form it takes before a vowel (Italian "sul" and "sulla": "sull'",
    # French "du": "de l'"): a cue phrase that ends in the one also ends in the other ("basato sull'AKM")
    elided_articles: dict[str, str] = field(default_factory=dict)
    # words for a state's government ("government", "gouvernement"): a country's adjective on one names the country
    # as a party ("the Soviet government granted Poland a licence")
    government_words: frozenset[str] = frozenset()
    # words a country's name or form catches that are other words of the language, never the country (Arabic
    # "مالية" and Persian "مالی", financial: no Mali): folded, read bare or with the language's clitics before them
    not_countries: frozenset[str] = frozenset()
    # particles glued after a word's case ending ("Laosiin-kin", to Laos too): a name takes them past its ending
    enclitics: tuple[str, ...] = ()
    # the particles glued after a clause's doer ("소련이", "ソ連が"), where the language marks it
    subject_marks: frozenset[str] = frozenset()
    # the definite article glued to the front of a word, with the clitics that may come before it (Arabic "ال",
    # "وال", "بال"): a word of versions that carries it opens no construct, so a name right after it (only definite
    # adjectives between) is set in apposition: the version's own name ("النسخة المطورة J-7")
    definite_articles: tuple[str, ...] = ()
    matcher: Matcher = field(init=False)
    particles: frozenset[str] = field(init=False)   # one-character words (由, で): too short to match alone
    particle_classes: dict[str, frozenset[str]] = field(init=False)   # each one-character word's cue classes
    case_roles: dict[str, str] = field(init=False)   # a folded case ending -> its role
    clitic_roles: dict[str, str] = field(init=False)   # a folded clitic before a name -> its role

    def __post_init__(self) -> None:
        self.matcher = Matcher(self.substring, self.prefixes,
                               [e for endings in self.case_endings.values() for e in endings],
                               enclitics=self.enclitics)
        classes: dict[str, set[str]] = {}
        for cls, words in self.cues.items():
            for w in words:
                if len(w.lstrip("=")) == 1:   # "и", "=e": a word of one letter is one however it is written
                    classes.setdefault(w.lstrip("="), set()).add(cls)
        self.particle_classes = {w: frozenset(c) for w, c in classes.items()}
        self.particles = frozenset(classes)
        self.case_roles = {fold_phrase(e): role for role, endings in self.case_endings.items() for e in endings}
        self.clitic_roles = {fold_phrase(c): role for role, clitics in self.prefix_roles.items() for c in clitics}


def _validate(path: Path, raw: Any) -> None:
    if not isinstance(raw, dict) or not isinstance(raw.get("cues"), dict):
        raise ConfigError(f"{path}: a language file needs a 'cues' mapping")
    unknown = set(raw["cues"]) - CUE_CLASSES
    if unknown:
        raise ConfigError(f"{path}: unknown cue classes {sorted(unknown)}; known: {sorted(CUE_CLASSES)}")
    roles = (set(raw.get("case_endings") or {}) | set(raw.get("prefix_roles") or {})) - CASE_ROLES
    if roles:
        raise ConfigError(f"{path}: unknown case ending roles {sorted(roles)}; known: {sorted(CASE_ROLES)}")
    where = _not_a_word(raw, ())
    if where is not None:
        raise ConfigError(f"{path}: {where}: an entry YAML does not read as text (quote words such as \"no\", "
                          "\"on\", \"yes\" and numbers)")


def _not_a_word(node: Any, at: tuple[str, ...]) -> str | None:
    """Where a list of a language file holds something YAML read as other than text (``no`` -> false), else None."""
    if isinstance(node, dict):
        return next((w for k, v in node.items() if (w := _not_a_word(v, (*at, str(k)))) is not None), None)
    if isinstance(node, list):
        bad = [v for v in node if not isinstance(v, (str, dict, list))]
        if bad:
            return f"{'/'.join(at)} holds {bad[0]!r}"
        return next((w for v in node if (w := _not_a_word(v, at)) is not None), None)
    return None


@cache
def available() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in _data_dir("lexicon").glob("*.yaml")))


@cache
def _languages() -> dict[str, Any]:
    """``data/languages.yaml``: related languages, languages that decline names, CLDR variant locales."""
    return data_file("languages") or {}


@cache
def declines_names(code: str) -> bool:
    """Whether the language puts case endings on a town's name ("w Radomiu", "в Ижевске")."""
    return code in set(_languages().get("declines_names") or ())


@cache
def _cldr_variants() -> dict[str, tuple[str, ...]]:
    """CLDR locales whose country names a language also reads ("zh": Traditional Chinese of Taiwan, Hong Kong)."""
    return {code: tuple(str(v) for v in also) for code, also in (_languages().get("cldr_variants") or {}).items()}


@cache
def related_languages() -> dict[str, tuple[str, ...]]:
    """Languages read together (``related`` in ``data/languages.yaml``), by language."""
    raw = _languages()
    return {code: tuple(also) for code, also in raw.get("related", {}).items()}


@cache
def common_words() -> dict[str, frozenset[str]]:
    """Each language's commonest short words (``common_words`` in ``data/languages.yaml``), for the detector."""
    return {code: frozenset(str(w) for w in words or ()) for code, words in
            (_languages().get("common_words") or {}).items()}


@cache
def _raw_language(code: str) -> Language:
    path = _data_dir("lexicon") / f"{code}.yaml"
    raw = _yaml(path)
    _validate(path, raw)
    return Language(
        code=code, name=str(raw.get("name", code)), substring=bool(raw.get("substring", False)),
        prefixes=tuple(str(p) for p in raw.get("prefixes") or ()),
        abbreviations=frozenset(fold_phrase(str(a)) for a in raw.get("abbreviations") or ()),
        cues={cls: [str(w) for w in words or ()] for cls, words in raw["cues"].items()},
        country_forms={str(c): [str(w) for w in words or ()] for c, words in (raw.get("countries") or {}).items()},
        capitalised_nouns=bool(raw.get("capitalised_nouns", False)),
        case_endings={str(role): [str(e) for e in endings or ()]
                      for role, endings in (raw.get("case_endings") or {}).items()},
        enclitics=tuple(fold_phrase(str(e)).strip() for e in raw.get("enclitics") or ()),
        subject_marks=frozenset(str(m) for m in raw.get("subject_marks") or ()),
        definite_articles=tuple(fold_phrase(str(a)).strip() for a in raw.get("definite_articles") or ()),
        postpositions=bool(raw.get("postpositions", False)),
        demonstratives_follow=bool(raw.get("demonstratives_follow", False)),
        of_marked=bool(raw.get("of_marked", False)),
        adjectives_follow=bool(raw.get("adjectives_follow", False)),
        genitive_first=bool(raw.get("genitive_first", False)),
        genitive_marks=frozenset(str(m) for m in raw.get("genitive_marks") or ()),
        object_marks=frozenset(str(m) for m in raw.get("object_marks") or ()),
        dative_endings=tuple(fold_phrase(str(e)) for e in (raw.get("dative") or {}).get("endings") or ()),
        dative_not_after=frozenset(fold_phrase(str(w)) for w in (raw.get("dative") or {}).get("not_after") or ()),
        into_after=frozenset(fold_phrase(str(w)) for w in (raw.get("into") or {}).get("after") or ()),
        into_endings=tuple(fold_phrase(str(e)) for e in (raw.get("into") or {}).get("endings") or ()),
        force_marks=frozenset(str(m) for m in raw.get("force_marks") or ()),
        negation_after=frozenset(fold_phrase(str(w)) for w in raw.get("negation_after") or ()),
        relative_words=frozenset(fold_phrase(str(w)).strip() for w in raw.get("relative_words") or ()),
        participles_last=bool(raw.get("participles_last", False)),
        prefix_roles={str(role): [str(c) for c in clitics or ()]
                      for role, clitics in (raw.get("prefix_roles") or {}).items()},
        article_elision=_elision(raw.get("article_elision")),
        adjective_suffixes=tuple(str(e) for e in raw.get("adjective_suffixes") or ()),
        name_breaks=frozenset(str(raw.get("name_breaks") or "")),
        name_glosses={str(k): str(v) for k, v in (raw.get("name_glosses") or {}).items()},
        names_keep_form=bool(raw.get("names_keep_form", False)),
        indefinite_articles=frozenset(fold_phrase(str(w)) for w in raw.get("indefinite_articles") or ()),
        instrumental_endings=tuple(fold_phrase(str(e)) for e in (raw.get("instrumental") or {}).get("endings") or ()),
        instrumental_not_after=frozenset(fold_phrase(str(w))
                                         for w in (raw.get("instrumental") or {}).get("not_after") or ()),
        elided_articles={fold_phrase(str(k)).strip(): fold_phrase(str(v)).strip()
                         for k, v in (raw.get("elided_articles") or {}).items()},
        government_words=frozenset(fold_phrase(str(w)).strip() for w in raw.get("government_words") or ()),
        not_countries=frozenset(fold_phrase(str(w)).strip() for w in raw.get("not_countries") or ()),
    )


def _elision(raw: Any) -> tuple[str, str] | None:
    """A language file's ``article_elision: {article: ال, written: ل}``, or None."""
    if not isinstance(raw, dict):
        return None
    return str(raw.get("article", "")), str(raw.get("written", ""))


_VOWELS = frozenset("aeiouyáéíóúýěůąęăâîаеиоуыэюяіїєё")


def _inflected_name(form: str, name: str) -> bool:
    """Whether a capitalised form is the country's name in another case: its last letter changed to one or two
    vowels ("Indii", "Číně", "Rusiei", "Кине", "Беларуси" for "Indie", "Čína", "Rusia", "Кина", "Беларусь"); not a
    demonym or an adjective, whose endings add consonants ("Indijci", "Chinese") or cut the name short ("Swede")."""
    if len(name) < 4 or not form[:1].isupper() or form.endswith("*") or " " in form or form.isupper():
        return False
    folded, key = form.casefold(), name.casefold()
    shared = next((i for i, (a, b) in enumerate(zip(folded, key, strict=False)) if a != b), min(len(folded), len(key)))
    tail = folded[shared:]
    if shared == len(key) - 1 and len(key) <= len(folded) <= len(key) + 2 and bool(tail) \
            and all(ch in _VOWELS for ch in tail):
        return True
    # a vowel that drops out before the ending ("Египта", "Египту", "Египтом" for "Египет")
    if len(key) >= 5 and key[-2] in _VOWELS and key[-1] not in _VOWELS:
        stem = key[:-2] + key[-1]
        rest = folded[len(stem):]
        return folded.startswith(stem) and 1 <= len(rest) <= 2 and rest[0] in _VOWELS
    return False


def _name_and_ending(form: str, name: str) -> bool:
    """Whether a capitalised form is the whole name with a vowel-framed ending of two to four letters glued on
    ("Egiptului", "Irakului" for "Egipt", "Irak"); not a demonym, whose endings close on a consonant ("Iraker",
    "Kubańczyk")."""
    folded, key = form.casefold(), name.casefold()
    tail = folded[len(key):]
    return len(key) >= 4 and folded.startswith(key) and 2 <= len(tail) <= 4 \
        and tail[0] in _VOWELS and tail[-1] in _VOWELS


def _name_stem(form: str, names: tuple[str, ...]) -> bool:
    """Whether a capitalised stem is the country's name less its last letter ("Indij*" for "Indija", "Rusij*"), not
    the stem of its people ("Rumun*" beside "Rumunia", "Bułgar*"). (Where the language file lists case endings,
    its stems carry them, and a name with a genitive ending is an owner: Finnish "Venäjän".)"""
    if not form.endswith("*") or not form[:1].isupper() or " " in form:
        return False
    stem = form[:-1].casefold()
    # (or of the last word of a name of several: "Makedonij*" for "Sjeverna Makedonija")
    words = [w for name in names if name for w in {name, name.split()[-1]}]
    return any(w.casefold().startswith(stem) and len(stem) == len(w) - 1 for w in words)


@cache
def language(code: str) -> Language:
    """The compiled data of one language: its file, plus the files of closely related languages (built once and
    kept, ``buildcache``)."""
    from copytrace.extract.buildcache import load_or_build

    return load_or_build(f"lexicon-{code}", [], lambda: _compile(code))


def _compile(code: str) -> Language:
    base = _raw_language(code)
    related = tuple(c for c in related_languages().get(code, ()) if c in available())
    lang = Language(base.code, base.name, base.substring, base.prefixes, base.abbreviations, base.cues,
                    base.country_forms, related, base.capitalised_nouns, base.case_endings, base.postpositions,
                    base.demonstratives_follow, base.of_marked, base.adjectives_follow, base.genitive_first,
                    base.genitive_marks, base.adjective_suffixes, base.name_breaks, base.name_glosses,
                    base.object_marks, base.dative_endings, base.dative_not_after, base.into_after,
                    base.into_endings, base.force_marks, base.negation_after, base.participles_last,
                    base.prefix_roles, base.article_elision, base.names_keep_form,
                    base.indefinite_articles, base.instrumental_endings, base.instrumental_not_after,
                    base.relative_words, elided_articles=base.elided_articles,
                    government_words=base.government_words, not_countries=base.not_countries,
                    enclitics=base.enclitics, subject_marks=base.subject_marks,
                    definite_articles=base.definite_articles)
    _fill(lang, [base] + [_raw_language(c) for c in related])
    lang.matcher.compile()
    return lang


@cache
def inflections(code: str) -> dict[str, list[str]]:
    """Forms of a language file's words that the matcher's ending rule cannot see ("Polsce" for "Polska",
    "gebaut" for "bauen", "built" for "build"), generated from simplemma's dictionaries by scripts/inflect.py."""
    path = _data_dir("data") / "inflections" / f"{code}.json"
    if not path.exists():
        return {}
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path}: cannot be read: {exc}") from exc
    return {str(word): [str(f) for f in forms] for word, forms in raw.items()}


class _Adder:
    """Adds a phrase to a matcher together with the inflected forms its language's data lists for it."""

    def __init__(self, matcher: Matcher, code: str, written: frozenset[str] = frozenset()) -> None:
        self.matcher, self.forms, self.written = matcher, inflections(code), written

    def __call__(self, phrase: str, meaning: Phrase) -> None:
        self.matcher.add(phrase, meaning)
        for form in self.forms.get(phrase, ()):
            # an inflected form takes no further ending; one the file lists as written ("==fabrica") is matched as
            # written wherever it comes from, and so is a form of the same letters with other marks ("fabricá"):
            # marks tell them from another word ("fábrica", a factory)
            if fold_phrase(form).strip() in self.written:
                self.matcher.add("==" + form, meaning)
            else:
                self.matcher.add(form, meaning, exact=True)

    def elided(self, phrase: str, meaning: Phrase, elision: tuple[str, str] | None) -> None:
        """The phrase, and where it opens with the article a clitic shortens, its short form too ("الهند" and
        "لهند", read after the clitic "ل" in "للهند", to India)."""
        self(phrase, meaning)
        if elision is not None and elision[0] and phrase.startswith(elision[0]) and len(phrase) > len(elision[0]) + 1:
            self.matcher.add(elision[1] + phrase[len(elision[0]):], meaning)


def _written_words(cues: dict[str, list[str]]) -> frozenset[str]:
    """The one-word entries a language file writes with `==`: forms to be matched only as written."""
    return frozenset(fold_phrase(w[2:]).strip() for words in cues.values() for w in words
                     if w.startswith("==") and " " not in w.strip() and not w.endswith("*"))


def _before_vowel(phrase: str, elided: dict[str, str]) -> str | None:
    """A cue phrase of several words that ends in a preposition joined to its article, written as it is before a
    vowel ("basato sul" -> "basato sull", "dérivé du" -> "dérivé de l"); None for any other."""
    words = phrase.split()
    for n in (2, 1):
        tail = fold_phrase(" ".join(words[-n:]).lstrip("=")).strip() if len(words) > n else ""
        if tail in elided:
            return " ".join([*words[:-n], elided[tail]])
    return None


def _fill(lang: Language, sources: list[Language]) -> None:
    known = countries()
    for src in sources:
        add = _Adder(lang.matcher, src.code, _written_words(src.cues))
        for cls, words in src.cues.items():
            for word in words:
                # a legal form written in capitals ("AS", "SA", "AB") is one only in capitals, not "as" or "sa"
                add(word, Phrase(cls, cls, proper=cls == "org_word" and word[:2].isupper()))
                if (before_vowel := _before_vowel(word, src.elided_articles)) is not None:
                    lang.matcher.add(before_vowel, Phrase(cls, cls))
        lang.abbreviations = lang.abbreviations | src.abbreviations
        for code, forms in src.country_forms.items():
            if code not in known.names:
                log.warning("%s: unknown country code %s", src.code, code)
                continue
            local = _cldr(src.code)
            names = set(local.values()) | set(_cldr("en").values())
            # where the file writes this country's adjectives in lower case ("югославск*"), a capitalised whole
            # form is a name ("Югославия", "Югославии"): the names of historical states are not in CLDR
            lower_adjectives = {f.casefold() for f in forms if f[:1].islower() and " " not in f} \
                if code in known.historical else set()
            own = local.get(code, "")
            # (Serbian forms in Latin letters, CLDR's name in Cyrillic; and the last word of a name of several:
            # "Makedonija" of "Северна Македонија", North Macedonia)
            spellings: tuple[str, ...] = (own, anyascii(own))
            spellings += tuple(n.split()[-1] for n in spellings if " " in n.strip())
            for form in forms:
                # Names: abbreviations ("ZSRR"), names of several words ("Związek Radziecki") and CLDR's;
                # other forms are adjectives and demonyms ("Egyptian", "radziecki*"), capitalised or not.
                # A capitalised stem is a name too ("Jugoslavij*" beside "jugoslavensk*"), unless it is the
                # adjective's own stem capitalised ("Čehoslovačk*": the state and its adjective share it).
                # (an abbreviation in mixed case is a name too: Polish "ChRL", the People's Republic of China)
                is_name = (not form.endswith("*") and (form.isupper() or " " in form.strip() or form in names
                                                       or ("-" not in form and sum(ch.isupper() for ch in form) >= 2)
                                                       or (bool(lower_adjectives) and form[:1].isupper()))) \
                    or (form.endswith("*") and bool(lower_adjectives) and form[:1].isupper()
                        and form.casefold() not in lower_adjectives) \
                    or _name_with_particle(form, forms[0], src.case_endings) \
                    or (not form[:1].islower() and (  # (a form in lower case is an adjective: Spanish "china")
                        any(form.casefold() == n.casefold() for n in spellings[1:])
                        or any(_inflected_name(form, n) for n in spellings)
                        # (the whole name and an article or case ending glued on, where the file writes the
                        # adjectives in lower case: Romanian "Egiptului" beside "egiptean*")
                        or (any(f[:1].islower() for f in forms) and any(_name_and_ending(form, n) for n in spellings))
                        or (not src.case_endings and _name_stem(form, (own, known.names.get(code, "")))))) \
                    or (bool(src.adjective_suffixes) and form.lower() == form.upper() and not form.endswith("*")
                        and not form.endswith(src.adjective_suffixes)) \
                    or (code in known.historical and not form.endswith("*") and not form[:1].islower()
                        and (anyascii(form).lower().endswith(_STATE_ENDINGS) or form.endswith("يا")))
                add.elided(form, Phrase("country", code, adjective=not is_name, proper=form[:1].isupper()),
                           src.article_elision)
        for locale in (src.code, *_cldr_variants().get(src.code, ())):
            for code, name in (*_cldr(locale).items(), *_cldr_also(locale).items()):
                add.elided(name, Phrase("country", code, proper=True), src.article_elision)
    matcher = lang.matcher
    for code, name in (*_cldr("en").items(), *_cldr_also("en").items()):
        matcher.add(name, Phrase("country", code, proper=True))
    for code, name in known.names.items():
        if code not in known.historical:
            matcher.add(name, Phrase("country", code, proper=True))   # the English names facts use ("Turkey")
    for code, entry in known.historical.items():
        for form in entry.get("en", []):
            matcher.add(form, Phrase("country", code, proper=form[:1].isupper(), adjective=form.endswith("*")))
    for code, places in known.provinces.items():
        for place in places:   # ("内蒙古", Inner Mongolia: China's, not Mongolia's)
            matcher.add(place, Phrase("country", code, proper=True))
    # a region whose name holds a country's ("South America") hides it: CLDR's regions of two words or more,
    # unless the language's own country phrases read the whole name as a country ("Јужна Африка")
    regions = {code: name for src in sources for code, name in _territories(src.code).items()
               if code.isdigit() and code != "001" and " " in name.strip()}
    hidden = [(code, name) for code, name in regions.items()
              if not any(m.phrase.cls == "country" and m.start == 0 and m.end >= len(name.rstrip())
                         for m in matcher.find(name, match_fold(name), 0))]
    for code, name in hidden:   # (added after every look: an addition makes the matcher build its automaton anew)
        matcher.add(name, Phrase("region", code, proper=True))


# How the names of the historical states end in most languages (CLDR has none of them), written in Latin letters:
# "Tsjechoslowakije", "Cekoslowakia", "Joegoslavië", "Jugoslávie", "يوغوسلافيا" (their adjectives and demonyms end
# otherwise: "Yugoslav", "Joegoslaaf"; Arabic writes the name's last vowel, which Latin letters drop, as "يا")
_STATE_ENDINGS = ("ia", "ija", "ije", "ie", "iya", "ya", "iia")


def _name_with_particle(form: str, name: str, endings: dict[str, list[str]]) -> bool:
    """In a caseless script with case particles (Korean, Georgian), the name, its stem, and the name with a listed
    particle ("소련", "폴란드*", "북한은") are the country's name; other forms ("소련제": Soviet-made) are
    adjectives."""
    if not endings or not all(caseless(ch) for ch in form if ch.isalpha()):
        return False
    particles = {e for role in endings.values() for e in role}
    stem = form.rstrip("*")
    return stem == name or (stem.startswith(name) and stem[len(name):] in particles)


@cache
def _territories(code: str) -> dict[str, str]:
    """CLDR's names of countries and regions in one language, by code."""
    try:
        return dict(babel.Locale.parse(code).territories)
    except (babel.UnknownLocaleError, ValueError):
        return {}


@cache
def han_language_names() -> frozenset[str]:
    """CLDR's names, in every language the extractor reads, of the languages written with Chinese characters or
    Hangul ("chinês", "Japanisch", "китайский"), lower-cased: the label before a name in those letters ("(chinês:
    歼-7)")."""
    names: set[str] = set()
    for code in available():
        try:
            languages = babel.Locale.parse(code).languages
        except (babel.UnknownLocaleError, ValueError):
            continue
        names.update(languages[k].lower() for k in ("zh", "ja", "ko", "zh_Hans", "zh_Hant") if k in languages)
    return frozenset(names)


def cldr_name(code: str, country: str) -> str:
    """A language's CLDR name of one country the extractor knows (its nominative), or "" without one."""
    return _cldr(code).get(country, "")


def cldr_names(code: str) -> tuple[str, ...]:
    """A language's CLDR names of the countries the extractor knows (nominatives)."""
    return tuple(_cldr(code).values())


@cache
def _cldr(code: str) -> dict[str, str]:
    """A language's CLDR names of the countries the extractor knows, as texts write them: CLDR's "Myanmar (Burma)",
    "Мьянма (Бирма)" and "Hongkong – ZAO Číny" are "Myanmar", "Мьянма" and "Hongkong" (not "Congo - Kinshasa", where
    two countries share the first part: that name stays whole)."""
    names = countries().names
    found = {c: n for c, n in _territories(code).items() if c in names}
    heads = {c: _CLDR_QUALIFIED.split(n, maxsplit=1)[0].strip() for c, n in found.items()}
    counts = Counter(heads.values())
    return {c: heads[c] if heads[c] and counts[heads[c]] == 1 else n for c, n in found.items()}


@cache
def _cldr_also(code: str) -> dict[str, str]:
    """The other name CLDR gives a country in brackets ("Burma" of "Myanmar (Burma)", "Бирма", "Birmanie"), where it
    is a name (capitalised) and no other country's ("Гонконг (САР)", "SRA Hongkong (Chiny)" give none)."""
    found = {c: n for c, n in _territories(code).items() if c in countries().names}
    others = {fold_phrase(n) for n in found.values()} | {fold_phrase(n) for n in _cldr(code).values()}
    also = {}
    for c, n in found.items():
        inner = re.fullmatch(r"[^()]+\(([^()]+)\)", n.strip())
        word = inner.group(1).strip() if inner else ""
        if len(word) >= 4 and word[:1].isupper() and not word.isupper() and fold_phrase(word) not in others:
            also[c] = word
    return also

