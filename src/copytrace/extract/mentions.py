"""Layer 1: every mention in a document, whether or not the registry knows it.

Products come from their shape (``shapes.designations``) and from the names the registry
knows; organisations from the registry's names and from organisation shapes (a plant word or
legal form beside capitalised words, a quoted name or a number); countries, their adjectives and
demonyms, cue words and the word "year" from the language's matcher; years from their shape.
"""

from __future__ import annotations

import bisect
import itertools
import json
import operator
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from anyascii import anyascii

from copytrace.extract.buildcache import load_or_build
from copytrace.extract.lexicon import cldr_name as _cldr_name
from copytrace.extract.lexicon import cldr_names as _cldr_names
from copytrace.extract.lexicon import countries, declines_names
from copytrace.extract.match import SKIP, Match, Spans, fold_phrase, han_or_kana, match_fold
from copytrace.extract.resolve import Found, Known, Names, in_capitals, lower_suffix_apart
from copytrace.extract.shapes import (
    about_words,
    and_words,
    articles,
    calendar_words,
    compound_halves,
    currency_names,
    designations,
    former_words,
    furniture_words,
    shapes,
    trucks,
    years,
)
from copytrace.lazyre import lazy_compile

if TYPE_CHECKING:
    from copytrace.extract.lexicon import Language


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    kind: str                  # product | org | country | year | cue
    value: str                 # canonical name, country code, year, or cue class
    text: str
    entity: str | None = None  # the registry's id where the name is known
    adjective: bool = False    # a country adjective or demonym
    decade: bool = False       # a year that is a decade
    range_end: bool = False    # the second year of a range
    family: str = ""           # a product's letters ("T", "MIG")
    generic: bool = False      # a family name ("Kalashnikov") rather than one model
    case: str = ""             # the role a country's case ending gives it: source, destination or locative
    grants: bool = False       # a word of licence read from a word of permission: the party after it is the licensee
    pointer: bool = False      # words that point back at a product ("this rifle"), not a name of it
    town: bool = False         # of a country: a town of it named as where something is made ("in Izhevsk")
    nominative: bool = False   # of a country: its name in the nominative, which no other case writes alike ("Rusija")
    by: bool = False           # of a country: its name in the instrumental, a passive's doer ("поставленных Россией")

    def __repr__(self) -> str:
        return f"<{self.kind}:{self.value}@{self.start}>"


@dataclass(slots=True)
class Document:
    """A document's text with its mentions in text order, and a token index for distances."""

    text: str
    folded: str
    mentions: list[Mention]
    token_starts: list[int]
    particles: dict[str, frozenset[str]] = field(default_factory=dict)   # one-character cue words: their classes
    particles_follow: bool = False   # those words follow their noun (Japanese に), else precede it (Chinese 向)
    demonstratives_follow: bool = False   # "this" follows its noun ("senapan ini"), else precedes it ("this rifle")
    of_marked: bool = False   # the language writes "of" as a word ("a copy of the AK", not "копия АК")
    adjectives_follow: bool = False   # an adjective follows its noun ("copie cinesi"), else precedes it
    genitive_first: bool = False   # the owner comes before what it owns ("AK-47의 개량형"), else after it
    genitive_marks: frozenset[str] = frozenset()   # the words that mark an owner ("的", "の"), where written apart
    object_marks: frozenset[str] = frozenset()   # the particles glued after a verb's object ("を", "를")
    derives: Callable[[str, str], bool] | None = None   # whether the registry derives one entity from another
    holders: Callable[[str], frozenset[str]] | None = None   # the countries holding the rights to a design
    homes: Callable[[str], frozenset[str]] | None = None   # the countries a design is its own country's in
    introduced: Callable[[str], frozenset[str]] | None = None   # the years the registry says a design came in
    force_marks: frozenset[str] = frozenset()   # a word for forces glued to a country's name ("军" of "苏军")
    # the words that negate a main clause's verb from the end of its clause ("kaufte die J-7 nicht"); none where
    # "not" stands before the verb
    negation_after: frozenset[str] = frozenset()
    # a main clause's participle ends it ("hat der Ukraine T-72 geliefert"): the recipient stands before the verb
    participles_last: bool = False
    indefinite_articles: frozenset[str] = frozenset()   # the indefinite article's forms ("a", "eine")
    relative_words: frozenset[str] = frozenset()   # relative words ("which", "der", "który"), folded
    government_words: frozenset[str] = frozenset()   # words for a state's government ("gouvernement"), folded
    capitalised_nouns: bool = False   # every noun takes a capital (German): a capital says less of a name
    subject_marks: frozenset[str] = frozenset()   # the particles glued after a clause's doer ("소련이", "ソ連が")
    definite_articles: tuple[str, ...] = ()   # the definite article glued before a word, folded ("ال", "وال")

    def particle_on(self, m: Mention, classes: set[str]) -> bool:
        """Whether a one-character cue word of one of ``classes`` marks mention ``m`` (after it or before it)."""
        return self.particle_after(m.end, classes) if self.particles_follow else self.particle_before(m.start, classes)

    def particle_before(self, pos: int, classes: set[str]) -> bool:
        """Whether a one-character cue word of one of ``classes`` stands right before ``pos`` ("到1959")."""
        before = self.text[max(0, pos - 1):pos]
        return bool(before) and bool(self.particles.get(before, frozenset()) & classes)

    def particle_after(self, pos: int, classes: set[str]) -> bool:
        """Whether a one-character cue word of one of ``classes`` follows ``pos``, right on it ("パキスタンに") or
        after an apostrophe ("Pakistan'a")."""
        after = self.text[pos:pos + 3]
        if after[:1] in {"'", "’"} and len(after) >= 2 and (len(after) == 2 or not after[2].isalpha()):
            after = after[1:]
        if any(m.kind == "cue" and m.end - m.start > 1 and m.value not in classes
               for m in self.within(pos, min(len(self.text), pos + 8)) if m.start == pos):
            return False   # ("ユーゴスラビアにて": a longer word of another class opens there, "at", not "to")
        return bool(self.particles.get(after[:1], frozenset()) & classes)

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions inside text[start:end], in text order."""
        first = _bisect_left(self.mentions, start, key=_START)
        last = _bisect_left(self.mentions, end, key=_START)
        return [m for m in self.mentions[first:last] if m.end <= end]

    def tokens_between(self, a: int, b: int) -> int:
        """Number of word tokens that start in text[a:b]."""
        if b <= a:
            return 0
        starts = self.token_starts
        return _bisect_left(starts, b) - _bisect_left(starts, a)

    def token_starts_between(self, a: int, b: int) -> list[int]:
        """Where the word tokens that start in text[a:b] start."""
        return self.token_starts[bisect.bisect_left(self.token_starts, a):bisect.bisect_left(self.token_starts, b)]


# (the rules ask a document for its mentions in a span and for the tokens between two places a hundred thousand times
# a megabyte: the search and a mention's start are bound once, the start read in C)
_bisect_left = bisect.bisect_left
_START = operator.attrgetter("start")

# A word token; Chinese and Japanese run their words together (about two characters a word), Thai too (about four).
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = lazy_compile(rf"[{_CJK}]{{1,2}}|[\u0e00-\u0e7f]{{1,4}}|[^\s{_CJK}\u0e00-\u0e7f]+")
_CYRILLIC = lazy_compile(r"[\u0400-\u04ff]")
_COUNTED = lazy_compile(r"[A-ZА-ЯЁ]{2,}[ \u00a0]\d{1,3}")   # capitals, a space, a number: a name, or a count
_VERB_CLASSES = frozenset({"produce", "design", "export", "import", "introduce", "copula", "copy", "basis"})
_COUNT_AFTER = lazy_compile(r"[ \u00a0][^\W\d_A-ZА-ЯЁ]{3,}")   # a lower-case word right after it: the things counted
_SPACED_TAIL = lazy_compile(r"[ \u00a0][^\W\d_A-ZА-ЯЁ]{1,3}")   # a short lower-case word apart after a name
_BIS = lazy_compile(r"[ \u00a0]bis\b")   # a version suffix written apart from its designation ("MiG-15 bis")
# (not a maker's name a bracketed gloss parts from its designation: "the fighter Shenyang (沈阳) J-6" is one name)
_NAME_AFTER_NOUN = lazy_compile(r" ([A-ZА-ЯЁ][a-zа-яё]{2,14})(?=[\s,.;:)]|$)(?! [A-ZА-ЯЁ])"
                              r"(?! [(（][^()（）\n]{1,30}[)）] ?[A-ZА-ЯЁ]{1,4}-?\d)")
# a news dateline at the start of a line: a city in capitals, maybe a country or date, the agency in brackets
_DATELINE = lazy_compile(r"(?m)^[^\W\d_a-zа-яё](?:[^\W\d_a-zа-яё]|[ .'’-]){2,30}(?:,[^\n(]{0,30})?\s*"
                       r"\([^\W\d_][\w .’'-]{0,24}\)\s*[-—–_]")
# a page's date of publication labelled at the start of a line, as stored pages open (" date 2025-04 ..."): it dates the
# page, not a design
_PAGE_DATE = lazy_compile(r"(?m)^[ \t]*date[ \t]+\d{4}-\d{2}(?:-\d{2})?(?![\d-])")
_NAME_BEFORE_NOUN = lazy_compile(r"(?<!\S)(\S+) ([A-ZА-ЯЁ][a-zа-яё]{2,14}) (?:[^\W\d_]{2,8}-)?$")
# (the patterns scanned over the whole text open with the character they take first and look behind it after that
# character, which the lookbehind takes in as "."; re then skips straight to where such a character stands, where a
# lookbehind in front is tried at every position of the text: the same matches, faster; here "'" after a letter is
# an apostrophe, no quote)
_KIND_ABBREVIATION = lazy_compile(r" \((?:[^\W\d_a-zа-яёіїєґ]){2,5}\)")
_QUOTED_NAME = lazy_compile(r"[\"„“«‚「『‘'](?<!\w')((?:[^\W\d_a-zа-яё]|[\u3040-\u9fff])[^\"”»“’」』'\n]{1,29})"
                          r"(?:[\"”»“’」』]|'(?!\w))")
# a class of ships by its name: after it in English and German ("Osa-class", "Kilo class", "Romeo-Klasse"), before
# it in Romance and Slavic languages ("classe Romeo", "clase Kilo", "klasy Kilo", "třídy Osa", "класса Оса")
_CLASS_NAME = lazy_compile(r"(?<![\w-])([A-ZА-ЯЁ][a-zа-яё]{2,12})[- ](?:class|Klasse)(?![\w-])"
                         r"|(?<![\w-])(?:[Cc]lass[ea]|[Kk]lasy|[Kk]lasa|[Tt]řídy|[Tt]riedy|[Кк]ласса|[Кк]ласу|[Kk]lase|[Kk]lasės)"
                         r"\s[«\"“„]?"
                         r"([A-ZА-ЯЁ][a-zа-яё]{2,12})(?![\w-])")
# the word for "class" every ship class's name holds: a text without it (most) is not scanned with the pattern, whose
# lookbehind is tried at every place (each alternative here opens with its letter: re skips straight to those)
_CLASS_WORD = lazy_compile(r"Class|class|Klasse|Klas[yaeė]|klas[yaeė]|Třídy|třídy|Triedy|triedy|Клас[су]|клас[су]")
CLASS_SUFFIX = "-class"   # how a class of ships is named whatever the language writes: "classe Romeo" is Romeo-class
_NOT_CLASS_NAMES = frozenset({"World", "First", "Second", "Third", "Business", "Economy", "Middle", "Upper", "Lower",
                              "Working", "Top", "High", "Low", "Master", "Ruling", "Open", "Heavy", "Light", "Medium",
                              "This", "That", "The", "Same", "New", "Old", "Each", "Every", "Any", "Another"})
_LONE_LETTER = lazy_compile(r"(?<=\s)[^\W\d_](?=\s)")
# (or a word in capitals: "elicopterele IAR 330", "puška RK 62", a designation with a space for its hyphen)
_SPACED_NAME = lazy_compile(r"([A-ZА-ЯЁ](?<![\w.-].)(?:[a-zа-яё]{2,9}|[A-ZА-ЯЁ]{1,4})) (\d{1,3})(?![\w-]|[.,]\d)")
# Chinese, Japanese and Korean characters run straight into a Latin name ("的AK突擊步槍"): they part words too
_NOT_CJK = r"[^\W\u3040-\u9fff\uac00-\ud7af\uf900-\ufaff]"
_LETTER_SPACE_NUMBER = lazy_compile(r"([A-ZА-ЯЁ])(?<![\w.-].) (\d{2,3})(?:-?[A-ZА-ЯЁ]{1,2}\d?)?(?![\w-]|[.,]\d)")
_CAPS = lazy_compile(rf"[A-ZА-ЯЁ](?<!{_NOT_CJK}.)(?<!-.)[A-ZА-ЯЁ]{{1,5}}(?!{_NOT_CJK}|-)")
_CAPWORD = lazy_compile(r"[\"'„“«‚]?[^\W\d_][\w.&'’-]*|\d{1,4}")
# (an opening quote is followed by the name, never by a space: "„Арсенал“ изнася": the “ after the name closes it)
# (an apostrophe glued to a letter before it cuts a word short, "l'Usine d'aviation d'Oulan-Oude": no quotation)
_QUOTED = lazy_compile(r"\s*(?:[\"„“«‚]|(?<![^\W\d_])')(?!\s)([^\"”»“'’]{2,60})[\"”»“'’]")
# the words that label a plant's number ("No. 74", "Nr 5", "№22", Vietnamese "Nhà máy số 9"), each pattern below with
# its own few more
_NUMBER_LABEL = r"No|Nr|№|N\s?°|N\.?\s?º|số"
# the same in lower case, as Romance languages write them after a plant word ("l'usine n° 617", "la fabbrica n. 5",
# "la fábrica n.º 9", "a fábrica nº 3"; a bare "n" or "no" only with its dot: "no" is a word)
_LOWER_LABEL = r"nr|n\s?°|n\.?\s?º|n(?=\.\s*\d)|no(?=\.\s*\d)|č"
_NUMBER = lazy_compile(rf"\s*(?:(?:{_NUMBER_LABEL}|{_LOWER_LABEL})\.?\s*)?\d{{1,4}}(?!\d)")
_NAME_CLOSES = lazy_compile(r"\s*(?:$|[,;:)\]]|\.(?!\d))")   # the end of a clause after a plant's number
_LABELLED_NUMBER = lazy_compile(rf"\s*(?:{_NUMBER_LABEL}|nr|č)\.?\s*\d{{1,4}}(?![\d.,]\d)")
# (the Russian, Ukrainian and Belarusian "named after" of a plant's name, also cut short with a dot: "заводе им.
# Малышева", "заводі ім. Малишева")
_CONNECT = frozenset({"of", "de", "d", "di", "del", "des", "du", "la", "le", "der", "und", "and", "&", "im", "imeni",
                      "имени", "им", "імені", "ім", "імя", "и", "i", "a", "e", "y", "et", "za", "na", "für", "voor",
                      "för", "for", "ve", "és", "och", "og", "en"})
MAX_MENTIONS = 4000
_ELIDED_OF = lazy_compile(r"d['’][^\W\d_]")   # a word for "of" cut short, glued to the word after it


_WORDS_AFTER_NAME = lazy_compile(r"[ \t]+([^\W\d_]{2,})(?:[ \t]+([^\W\d_]{2,}))?")


def _script(word: str) -> str:
    """The script of a word's first letter ("LATIN", "CYRILLIC", "ARABIC"), "" where it has none."""
    letter = next((ch for ch in word if ch.isalpha()), "")
    return unicodedata.name(letter, "").split(" ")[0] if letter else ""


_SLASHED = lazy_compile(r"/\d{1,3}(?![\d/])")
# "T-54/55": a second number under the same prefix (and a third: "Type 59/69/79")
_SHORTHAND = lazy_compile(r"/(\d{1,3}[A-Z]{0,2})(?![\w-]|/(?!\d))")
_NUMBER_TAIL = lazy_compile(r"\d+[A-Za-z]{0,3}$")   # the number (and its letters) that ends a designation


def _longer_known(text: str, end: int, written: str, names: Names) -> tuple[int, Known] | None:
    """Where the one or two words after a designation make with it a product name the registry knows, where that
    name ends and what it is (the longer first)."""
    m = _WORDS_AFTER_NAME.match(text, end)
    if m is None or _script(m.group(1)) != _script(written):
        return None   # (a word of another script is no part of the name: "T-72 عام" is the T-72 and "year")
    for group in (2, 1):
        if m.group(group) is None:
            continue
        whole = names.resolve(f"{written} {text[m.start(1):m.end(group)]}")
        if whole is not None and whole.kind == "product" \
                and not lower_suffix_apart(f"{written} {text[m.start(1):m.end(group)]}", whole.canonical):
            return m.end(group), whole
    return None


def _names_another(tail: str, whole: Known, names: Names) -> bool:
    """Whether the words after a designation, alone, are the name of another product than the longer name they make
    with it ("Degman", the M-95, after "M-84D": "M-84D Degman" is the M-84D)."""
    alone = names.resolve(tail.strip())
    return alone is not None and alone.kind == "product" and alone.entity != whole.entity


_ENDS_NUMBERED = lazy_compile(rf"(?:{_NUMBER_LABEL})\.?\s*\d{{1,4}}$")
_OPEN_QUOTED = lazy_compile(r"[\"„“«‚‘]((?:[^\W\d_][\w'’-]*[ \t])+)$")
_CLOSE_QUOTE = lazy_compile(r"[\"”»“’‘]")


def _inside_quoted_name(text: str, start: int, end: int) -> bool:
    """Whether a word name stands last in a longer name in quotes, after capitalised words ('"Sea Flanker"',
    '«Super Galeb»'): no designation (a number names the design wherever it stands)."""
    if any(ch.isdigit() for ch in text[start:end]) or not _CLOSE_QUOTE.match(text, end):
        return False
    opened = _OPEN_QUOTED.search(text, max(0, start - 40), start)
    return opened is not None and all(w[:1].isupper() for w in opened.group(1).split())


def build(text: str, start: int, matches: list[Match], names: Names, folded: str | None = None,
          language: Language | None = None) -> Document:
    """All mentions of ``text[start:]``: designations, known names, countries, cues, orgs, years.

    ``language`` (the document's) gives its one-character cue words, case endings and writing habits.
    """
    folded = folded if folded is not None else match_fold(text)
    particles = language.particle_classes if language is not None else {}
    roles = language.case_roles if language is not None else {}
    out: list[Mention] = []
    taken = _Mask(len(text))
    # (where the language's word for "until" is "bis", it is that word: "lieferte MiG-21 bis 1985")
    untils = {m.start for m in matches if m.phrase.cls == "until"}
    keep_form = language is not None and language.names_keep_form
    # (a word of the language file on the same span as a known name read with an ending is that word: Romanian
    # "Modernizat", modernised, with a capital is no "Moderna" declined)
    cue_spans = {(m.start, m.end) for m in matches if m.phrase.cls not in {"country", "region"}}
    for found in names.find(text, folded, start):
        if found.inflected and keep_form:
            continue   # a language whose names take no endings: "Meski" (Indonesian, although) is no "Mesko"
        if found.inflected and found.kind == "product" and (found.start, found.end) in cue_spans:
            continue
        if found.kind == "product" and _inside_quoted_name(text, found.start, found.end):
            continue   # '"Sea Flanker"': a name the registry knows inside a longer quoted name is no mention of it
        if text[found.end - 1:found.end] == "s" and text[found.end - 2:found.end - 1].isdigit():
            # "MiG-21s", "T-72s": an English plural, not the MiG-21S (a name a pack knows in capitals)
            plural = names.resolve(text[found.start:found.end - 1])
            if plural is not None:
                found = replace(found, canonical=plural.canonical, entity=plural.entity, kind=plural.kind,
                                generic=plural.generic)
        bis = _BIS.match(text, found.end) if found.kind == "product" else None
        if bis is not None and bis.start() + 1 not in untils:
            # "MiG-15 bis": the version the suffix written apart names (known or not), not the plain design
            version = names.resolve(found.canonical + "bis")
            out.append(Mention(found.start, bis.end(), "product",
                               version.canonical if version else found.canonical + "bis",
                               text[found.start:bis.end()], version.entity if version else None))
            taken.mark(found.start, bis.end())
            continue
        out.append(Mention(found.start, found.end, found.kind, found.canonical, text[found.start:found.end],
                           found.entity, generic=found.generic))
        taken.mark(found.start, found.end)
    out.extend(_plural_word_names(text, start, names, taken))
    if language is not None and language.prefixes:
        out.extend(_names_after_clitics(text, start, names, language.prefixes, taken))
    if language is not None:
        out.extend(_plants_by_other_words(text, matches, names, language, taken))
    # (Chinese, Japanese and Korean texts write the Cyrillic С of a Soviet designation as a Latin C: "C-75")
    lookalikes = language is not None and language.code in {"zh", "ja", "ko"}

    @cache
    def verb_starts() -> frozenset[int]:   # (where a word of doing starts: made once, asked for each count)
        return frozenset(m.start for m in matches if m.phrase.cls in _VERB_CLASSES)

    for d in designations(text, start, len(text)):
        if taken.hit(d.start, d.end):
            continue
        # (not where the designation is known alone: "Harbin Z-5" keeps its maker's name before the Z-5)
        word = _WORD_BEFORE_NAME.search(text, max(start, d.start - 20), d.start) \
            if names.resolve(d.text) is None and names.resolve(d.canonical) is None else None
        whole = names.resolve(f"{word.group(1)} {d.text}") if word is not None else None
        if word is not None and whole is not None and whole.kind == "product" and not taken.hit(word.start(), d.end):
            # "Buk M1": a word and a designation that together make a name the registry knows are that one name
            out.append(Mention(word.start(), d.end, "product", whole.canonical, text[word.start():d.end], whole.entity,
                               family=d.family, generic=whole.generic))
            taken.mark(word.start(), d.end)
            continue
        plural_s = d.text[-1:] == "s" and d.text[-2:-1].isdigit()   # "MiG-21s" is no MiG-21S
        known = (names.resolve(d.canonical) or names.resolve(d.text)) if plural_s \
            else (names.resolve(d.text) or names.resolve(d.canonical)
                  or (names.resolve_lookalike(d.canonical) if lookalikes else None))
        longer = _longer_known(text, d.end, d.text, names)
        if longer is not None and _SPACED_TAIL.fullmatch(text, d.end, longer[0]) is not None:
            longer = None   # "Ан-2 за радянською ліцензією", "Ан-2 за счёт": a short lower-case word apart is a word
            #                 of the sentence, not a version's letters (the An-2ZA; "bis" is read above)
        slashed = _SLASHED.match(text, d.end)
        if slashed is not None:
            # "T-34/85": the design the registry knows by the name and the number after the slash (not "Su-27/30",
            # two designs)
            whole = names.resolve(d.text + slashed.group())
            if whole is not None and whole.kind == "product" and (known is None or whole.entity != known.entity):
                longer = (slashed.end(), whole)
        # (or the same design by a longer name, a proper word after the designation: "M-84D Degman" is the M-84D,
        # its "Degman" no second name of the sentence)
        if longer is not None and (known is None or longer[1].entity != known.entity
                                   or _names_another(text[d.end:longer[0]], longer[1], names)):
            # "Type 56 carbine", "MiG-21 Bison": a designation and the words after it that make another name the
            # registry knows (the SKS's Chinese copy, not the rifle "Type 56" alone names) are that name
            end, whole = longer
            # (a word of the longer name another name took alone gives way to it: "Degman" of "M-84D Degman")
            swallowed = [m for m in out if d.end <= m.start and m.end <= end and m.kind == "product"
                         and m.entity != whole.entity]   # ("Mi-24 Hind-D": the Mi-24's own other name stays one)
            if swallowed and not any(m.start < end and d.end < m.end and m not in swallowed for m in out):
                out[:] = [m for m in out if m not in swallowed]
                free = True
            else:
                free = not taken.hit(d.end, end)
            if free:
                out.append(Mention(d.start, end, "product", whole.canonical, text[d.start:end], whole.entity,
                                   family=d.family, generic=whole.generic))
                taken.mark(d.start, end)
                continue
        if known is not None:
            out.append(Mention(d.start, d.end, known.kind, known.canonical, d.text, known.entity,
                               family=d.family, generic=known.generic))
        elif _COUNTED.fullmatch(d.text) and (after := _COUNT_AFTER.match(text, d.end)) is not None \
                and after.start() + 1 not in verb_starts():
            # ("RK 95 kehitettiin ...": a word of doing right after it is its verb, no things counted)
            continue   # "according to SIPRI 30 launchers were sold": an acronym and a count of things, no name
        else:
            out.append(Mention(d.start, d.end, "product", d.canonical, d.text, family=d.family))
        taken.mark(d.start, d.end)
    out.extend(_shorthands(text, out, names, taken))
    nouns = [m for m in matches if m.phrase.cls == "product_noun"]
    # where product nouns and naming words end and begin, and where products end (looked up, not scanned: a long
    # text has thousands of each)
    noun_ends, noun_starts = {m.end for m in nouns}, {m.start for m in nouns}
    for m in nouns:
        # "партія танків (ОБТ) "Вихор-Т"": the kind's abbreviation in brackets stands between the noun
        # and the name it is given
        bracketed = _KIND_ABBREVIATION.match(text, m.end)
        if bracketed:
            noun_ends.add(bracketed.end())
    alias_ends = {m.end for m in matches if m.phrase.cls == "alias"}
    alias_starts = {m.start for m in matches if m.phrase.cls == "alias"}
    plain_noun_ends, country_starts = {m.end for m in nouns}, {m.start for m in matches if m.phrase.cls == "country"}
    word_ends: dict[int, list[int]] = {}   # where a word of the language (no name) starts -> where each ends
    for m in matches:
        if m.phrase.cls != "name":
            word_ends.setdefault(m.start, []).append(m.end)
    for named in _SPACED_NAME.finditer(text, start):
        # "the Misagh 2 missile", "tank Tiran 6": a capitalised word and a number make a name beside a product noun
        # (a word in capitals only after the noun: "According to SIPRI 40 launchers" is a count)
        caps = named.group(1).isupper()
        if taken.hit(named.start(), named.end()) or not (
                named.start() - 1 in plain_noun_ends or (not caps and named.end() + 1 in noun_starts)) \
                or named.start() in country_starts \
                or fold_phrase(named.group(1)).strip() in articles() \
                or fold_phrase(named.group(1)).strip() in about_words() \
                or (not caps and any(   # (a word in capitals is no word of the language: "IAR")
                    stop <= named.end(1) for stop in word_ends.get(named.start(), ()))):
            continue   # (nor a country and a count: "Украйна 30 бронирани машини"; nor an article, a word for "about"
            #            or another word of the language and a count: "The 24 howitzers", "Les 24 obusiers", "Diese
            #            30 Panzer", "Sekitar 20 kendaraan", about 20 vehicles)
        head = anyascii(named.group(1)) if _CYRILLIC.search(named.group(1)) else named.group(1)
        value = f"{head}-{named.group(2)}" if caps else f"{head} {named.group(2)}"
        known = names.resolve(named.group()) or names.resolve(value)
        out.append(Mention(named.start(), named.end(), "product", known.canonical if known else value,
                           named.group(), known.entity if known else None, family=named.group(1).upper()))
        taken.mark(named.start(), named.end())
    for named in _CLASS_NAME.finditer(text, start) if _CLASS_WORD.search(text, start) else ():
        # "the Osa-class boats", "Kilo class", "la classe Romeo", "okręty klasy Kilo": a ship class by its name
        ship: str = named.group(1) or named.group(2)
        begin, end = (named.start(1), named.end()) if named.group(1) else (named.start(), named.end(2))
        # (a capital that opens a sentence says nothing of a name before "class", one that opens brackets does; a
        # class word before it does too)
        if taken.hit(begin, end) or ship in _NOT_CLASS_NAMES or (
                named.group(1) and not _inside_sentence(text, begin) and not text[:begin].rstrip().endswith("(")):
            continue
        value = f"{anyascii(ship) if _CYRILLIC.search(ship) else ship}{CLASS_SUFFIX}"
        known = names.resolve(value)
        out.append(Mention(begin, end, "product", known.canonical if known else value, text[begin:end],
                           known.entity if known else None, family=value.upper()))
        taken.mark(begin, end)
    product_ends: dict[int, int] | None = None
    for quoted in _QUOTED_NAME.finditer(text, start):
        # "танк «Вихрь»", "the “Boragh” vehicle": a quoted name right beside a product noun names a product
        inner_start, inner_end = quoted.start(1), quoted.end(1)
        words = quoted.group(1).split()
        # (or right after a word of naming: "its nickname 'Balalaika'")
        if taken.hit(quoted.start(), quoted.end()) or len(words) > 3 or any(w[:1].islower() for w in words):
            continue
        inner = quoted.group(1)
        known = names.resolve(inner)
        if product_ends is None:
            product_ends = {o.end: i for i, o in enumerate(out) if o.kind == "product"}
        slot = product_ends.get(quoted.start(), product_ends.get(quoted.start() - 1, -1))
        if slot >= 0 and not any(c.isdigit() for c in inner) and words[0] not in shapes().reporting_names \
                and (known is None or known.entity == out[slot].entity):
            # "БТР-4 «Буцефал»", "BVP-1 "Strop"": a word name in quotes right after a designation names it or its
            # version (the text seldom says which): one mention with the designation, of which all is said
            head = out[slot]
            out[slot] = Mention(head.start, quoted.end(), head.kind, head.value, text[head.start:quoted.end()],
                                 head.entity, family=head.family, generic=head.generic)
            product_ends[quoted.end()] = slot
            taken.mark(head.start, quoted.end())
            continue
        # (or right before one, where the verb comes last: "'सारथ' कहा जाता है", is called "Sarath")
        # (not after an owner's mark: "轻武器的“国际名片”", the light arms' "calling card", is a phrase the noun owns)
        owned = language is not None and text[quoted.start() - 1:quoted.start()] in language.genitive_marks
        typed = _after_type_word(text, quoted.start())
        if not ((quoted.start() - 1 in noun_ends and not owned) or quoted.end() + 1 in noun_starts
                or quoted.start() - 1 in alias_ends or quoted.end() + 1 in alias_starts or typed):
            continue
        if quoted.start() - 1 not in noun_ends and quoted.end() + 1 not in noun_starts and not typed \
                and _names_a_maker(text, quoted.start(), matches, out):
            continue   # "das Unternehmen wurde „WKWS“ abgekürzt": a word of naming gives the plant a name
        value = known.canonical if known else (anyascii(inner) if _CYRILLIC.search(inner) else inner)
        out.append(Mention(inner_start, inner_end, "product", value, inner, known.entity if known else None,
                           family=inner.split()[0].upper()))
        product_ends[inner_end] = len(out) - 1
        taken.mark(quoted.start(), quoted.end())
    for caps in _CAPS.finditer(text, start):
        # short all-capital names the registry knows ("AKK", "ПМ") have no shape of their own
        if taken.hit(caps.start(), caps.end()):
            continue
        known = names.resolve(caps.group())
        if known is not None and not (known.kind == "org" and in_capitals(text, caps.start(), caps.end())):
            out.append(Mention(caps.start(), caps.end(), known.kind, known.canonical, caps.group(), known.entity,
                               generic=known.generic))
            taken.mark(caps.start(), caps.end())
    for spaced in _LETTER_SPACE_NUMBER.finditer(text, start):
        # "the T 54", "M 84": one letter, a space and a number (a shape left alone: "A 4", "Art 54") where the
        # registry knows the design by it
        for end in (spaced.end(), spaced.end(2)):
            known = names.resolve(text[spaced.start():end])
            if known is not None and known.kind == "product" and not taken.hit(spaced.start(), end):
                out.append(Mention(spaced.start(), end, "product", known.canonical, text[spaced.start():end],
                                   known.entity, family=spaced.group(1), generic=known.generic))
                taken.mark(spaced.start(), end)
                break
    dated = [(d.start(), d.end()) for d in (*_DATELINE.finditer(text, start), *_PAGE_DATE.finditer(text, start))]
    for y in years(text, start, len(text)):
        # (not a news dateline's: "KABUL, May 3, 2021 (Reuters) -" dates the report, not the design)
        if not taken.hit(y.start, y.start + 1) and not any(a <= y.start < b for a, b in dated) \
                and not _MODEL_OF.search(text, max(start, y.start - 16), y.start):
            out.append(Mention(y.start, y.end, "year", str(y.value), text[y.start:y.end],
                               decade=y.decade, range_end=y.range_end))
    best: dict[int, Match] = {}
    # (a word of the language file on the same span as a country's name read with an ending is that word: Belarusian
    # "Самалёты", aircraft, is not "Самалі", Somalia, declined)
    words = {(m.start, m.end) for m in matches if m.phrase.cls not in {"country", "region"}}
    for m in matches:
        if m.phrase.cls in {"country", "region"}:
            if taken.hit(m.start, m.end) or (m.ending and (m.start, m.end) in words):
                continue
            held = best.get(m.start)
            # on the same span, the reading _rank puts first
            if held is None or m.end > held.end or (m.end == held.end and _rank(text, m) < _rank(text, held)):
                best[m.start] = m
            continue
        out.append(Mention(m.start, m.end, "cue", m.phrase.cls, text[m.start:m.end]))
    # "الصينية" (Chinese, with its article): a name read with an ending ("الصين" + "ية") whose letters, less a clitic
    # before them, are the language's adjective of the same country is that adjective
    # "Poľský tank PT-91 ...", "Mađarski AMD-65 ...": a sentence's first word, read as a name with an ending only by
    # its capital, is the adjective it is spelt as where a word for a kind of product or a product follows it
    kinds = {m.start for m in matches if m.phrase.cls == "product_noun"} | {m.start for m in out
                                                                           if m.kind == "product"}
    for m in matches:
        held = best.get(m.start)
        if m.phrase.cls == "country" and m.phrase.adjective and held is not None and held is not m \
                and not held.phrase.adjective and held.ending and (held.start, held.end) == (m.start, m.end) \
                and text[m.start].isupper() and _opens(text, m.start) \
                and m.end + len(text[m.end:m.end + 8]) - len(text[m.end:m.end + 8].lstrip(" \u00a0")) in kinds:
            best[m.start] = m
    adjectives: dict[tuple[int, str], tuple[int, int]] = {}   # (end, country) -> an adjective's (ending, -start)
    for a in best.values():
        if a.phrase.adjective:
            seen = adjectives.get((a.end, a.phrase.value))
            if seen is None or (a.ending, -a.start) < seen:
                adjectives[(a.end, a.phrase.value)] = (a.ending, -a.start)
    for pos, m in list(best.items()):
        seen = adjectives.get((m.end, m.phrase.value)) if m.ending and not m.phrase.adjective else None
        if seen is not None and seen[0] < m.ending and -seen[1] > m.start:
            del best[pos]
    last_end = -1
    place_words = {m.end for m in matches if m.phrase.cls == "locative"}
    # (read only where the language reads datives: a sentence's first word spelt like a country's adjective is none)
    adjective_spans = {(a.start, a.end) for a in matches if a.phrase.cls == "country" and a.phrase.adjective} \
        if language is not None and language.dative_endings else set()
    datelines = _Mask(len(text))
    for dateline in dated:
        datelines.mark(*dateline)
    longest_first = sorted(roles.items(), key=lambda item: -len(item[0]))   # (the case endings, longest first)
    spelled: list[tuple[int, int]] = []   # the words of each country's name of several words, less an ending
    for pos in sorted(best):
        m = best[pos]
        if m.start < last_end or datelines.hit(m.start, m.start + 1):
            continue   # "VALLETTA, Malta (Reuters) -": where the news was written, not a place of the story
        last_end = m.end
        if " " in text[m.start:m.end - m.ending].strip():
            spelled.append((m.start, m.end - m.ending))
        if m.phrase.cls == "region":
            continue   # "South America": no country, and "America" inside it is none either
        if language is not None and language.not_countries and _not_a_country(folded[m.start:m.end], language):
            continue   # "التخصيصات المالية" (the financial allotments): another word, no Mali
        if unicodedata.category(text[m.end:m.end + 1] or " ") == "Sc":
            continue   # "US$250 million", "NZ$", "HK$": a currency's sign glued to a country's name says a price
        if language is not None and _opens_currency_name(folded, m.start, language.code):
            continue   # "3 Mio. US-Dollar", "3 million US dollars": a currency's name says a price, no place
        if m.phrase.adjective and (_LABEL.match(text, m.end) or (
                (_CLAUSE_END.match(text, m.end) or _QUOTE_OPEN.match(text, m.end))
                and len(text[:m.start].rstrip()) in place_words)):
            continue   # "(in Russian: Снайперская винтовка)", "(en ruso, ...", "(in italiano "...")": a language
            #            naming a spelling
        # (a combining mark inside is no letter of it: "Szovjetunio\u0301bo\u0301l")
        ending = folded[m.end - m.ending:m.end].replace(SKIP, "") if m.ending else ""
        # the ending may begin with the name's own lengthened final vowel ("Kína" -> "Kínában"); a form the language
        # file lists whole ("Neuvostoliitosta") shows its ending at its end
        # (in Hangul a particle of one or two syllables is a whole word's ending: "소련에서", from the Soviet Union; so
        # is a Georgian ending of one or two letters: "ვიეტნამში", in Vietnam)
        written = folded[m.start:m.end].replace(SKIP, "")
        if ending and language is not None and not (roles.get(ending) or roles.get(ending[1:])):
            # (a particle glued after the ending says nothing of the role: "Laosiinkin", to Laos too)
            clitic = next((c for c in language.enclitics if ending.endswith(c) and len(ending) > len(c)), "")
            if clitic:
                ending, written = ending[:-len(clitic)], written[:-len(clitic)]
        role = (roles.get(ending) or roles.get(ending[1:], "")) if ending else \
            next((r for e, r in longest_first
                  if (len(e) >= 3 or (_HANGUL.fullmatch(e) and len(written) > len(e))) and written.endswith(e)), "")
        if not role and ending and len(written) > len(ending) + 1:
            # or one that begins with the stem's last vowel, doubled ("Suome-en" is "Suomeen", to Finland: the
            # long illative "-een"), as a form listed whole shows it
            role = roles.get(written[-len(ending) - 1:], "") if len(ending) >= 2 else ""
        if not role and roles and language is not None and not m.phrase.adjective:
            # a short ending glued to the whole nominative name ("Irakba", "Iránból"): the name in that case
            name = fold_phrase(_nominative_name(language, m.phrase.value))
            role = roles.get(written[len(name):], "") if name and written.startswith(name) else ""
            # or one after a hyphen, as abbreviations take them ("USA-ból", "NDK-ba")
            glued = _HYPHEN_ENDING.match(text, m.end) if not role else None
            role = roles.get(fold_phrase(glued.group(1)), "") if glued is not None else role
        if not role and language is not None and language.dative_endings and not m.phrase.adjective \
                and not ((m.start, m.end) in adjective_spans and _opens_sentence(text, m.start)
                         and not _name_declined(written, m.phrase.value, language)) \
                and _dative(text, folded, m.start, m.end, m.phrase.value, language) \
                and not text[max(0, m.start - 60):m.start].rstrip().endswith((",", ";")):
            # (the folded text keeps no commas: a name after one is a list's, whose word of place stands further
            # back: "в Польше (PT-91), Югославии (M-84)")
            # (not a sentence's first word that is an adjective of the same letters: "Kitajski inženirji", Chinese
            # engineers, not "to China")
            role = "destination"   # "Польше была передана документация", "sprzedano Chinom": the receiver
        if not role and language is not None and language.clitic_roles and not m.phrase.adjective:
            # "باعت روسيا لمصر": a clitic glued before the name marks its role (to Egypt)
            role = language.clitic_roles.get(folded[folded.rfind(" ", 0, m.start) + 1:m.start], "")
        if not role and language is not None and language.clitic_roles and m.phrase.adjective \
                and language.clitic_roles.get(folded[folded.rfind(" ", 0, m.start) + 1:m.start]) == "locative":
            role = "locative"   # "בספרדית", in Spanish: an adjective a clitic of "in" governs names a language
        if not role and language is not None and language.into_after and not m.phrase.adjective \
                and _into(folded, m.start, m.end, m.phrase.value, language):
            role = "destination"   # "поставки в Украину", "v Ukrajino pošilja": where it goes
        elif not role and language is not None and language.into_after and not m.phrase.adjective \
                and _inside(folded, m.start, m.end, m.phrase.value, language):
            role = "locative"   # "закупили в Советском Союзе", "u Iranu": the same word with another case is "in"
        # a capitalised stem read with a case ending is the name in that case ("Romániának", "Venäjällä"), not an
        # adjective (which the language writes in lower case: "román", "venäläinen")
        # ("이란제 사하브3": an ending of making makes the name an adjective, Iran-made)
        made = role == "made"
        role = "" if made else role
        # (in a script without capitals a case ending says the same: "한국에", to Korea, not "한국 전차")
        cased = bool(role) and (m.phrase.proper or "\uac00" <= text[m.start] <= "\ud7a3")
        # ("旧ソ連製": a suffix of making glued after a form the file lists as a name makes it an adjective too)
        end = m.end
        if language is not None and language.substring and not m.phrase.adjective \
                and (suffix := next((x for x in language.adjective_suffixes if text.startswith(x, m.end)
                                     # (not the first letter of a word: "苏联制造", made by the Soviet Union)
                                     and not is_cjk(text[m.end + len(x):m.end + len(x) + 1])), None)):
            made, end = True, m.end + len(suffix)
        # (a name whose nominative ends in -a, where names take case endings, in that very form: "isporučila
        # Rusija", Russia delivered; the receiver would be "Rusiji", the thing done to it "Rusiju")
        nominative = not role and not made and not m.phrase.adjective and language is not None \
            and bool(language.dative_endings) and bool(language.into_after) \
            and _plain_a_nominative(folded, m.start, m.end, m.phrase.value, language)
        by = not role and not made and language is not None and bool(language.instrumental_endings) \
            and (not m.phrase.adjective or _people_plural(folded, m.start, m.end, language)) \
            and _instrumental(folded, m.start, m.end, language)
        out.append(Mention(m.start, end, "country", m.phrase.value, text[m.start:end],
                           adjective=made or (m.phrase.adjective and not cased), case=role, nominative=nominative,
                           by=by))
    breaks = language.name_breaks if language is not None else frozenset()
    known_orgs = {m.start: m for m in out if m.kind == "org" and m.entity}
    for org in _organisations(text, out, taken, frozenset(particles) | breaks,
                              language is not None and language.capitalised_nouns,
                              language is not None and language.postpositions,
                              language is not None and language.adjectives_follow):
        known = names.resolve(org.value) or names.resolve_inflected(org.text)
        acronym = _TRAILING_ACRONYM.search(org.value) if known is None and han_or_kana(org.value[:1]) else None
        if acronym is not None:
            # "成都飛機工廠(CAC)": the known maker its letters stand for
            known = next((k for k in [names.resolve(acronym.group(1))] if k is not None and k.kind == "org"), None)
        if known is None:
            # "w Zakładach Mechanicznych | Bumar-Łabędy": the first words of a known name, inflected, before the
            # rest of it are that name too
            gap = text[org.end:org.end + 8]
            rest = known_orgs.get(org.end + len(gap) - len(gap.lstrip()))
            whole = names.resolve_inflected(text[org.start:rest.end]) if rest is not None else None
            if rest is not None and whole is not None and whole.entity == rest.entity:
                continue
            known = names.resolve_misspelt(org.value)   # "Bumbar-Labedy": a known maker with a letter wrong
        if known is None and (glossed_by := _BRACKETED_ACRONYM.match(text, org.end)) is not None:
            # "Companhia Anónima Venezuelana de Indústrias Militares (CAVIM)": a known maker's letters in brackets
            # right after a long name are that name's
            known = next((k for k in [names.resolve(glossed_by.group(1))] if k is not None and k.kind == "org"), None)
        if known is None and " " not in org.value.strip() and not org.value.isupper() \
                and (opening := names.maker_opening_with(org.value)):
            # "Shaanxi" alone: the one known maker whose names open with the word (not letters in capitals, which
            # stand for many names: "KMZ")
            known = names.resolve(opening)
        if known is not None and known.kind == "org":
            org.value, org.entity = known.canonical, known.entity
        elif _CYRILLIC.search(org.value):
            org.value = anyascii(org.value)   # a new organisation gets a Latin name beside its own spelling
        elif language is not None and language.name_glosses and han_or_kana(org.value[:1]):
            org.value = _glossed_name(org.value, language.name_glosses) or org.value
        out.append(org)
    if language is not None and language.code == "ko":
        out.extend(_quoted_hangul_plants(text, start, out, taken, names))
    out.extend(_known_after_place(text, out, matches, particles, names))
    out.extend(_names_beside_nouns(text, start, nouns, matches, out, taken, names, language))
    if language is not None and language.code in _QUOTATIVES:
        out.extend(_names_before_naming(text, matches, out, taken, names, _QUOTATIVES[language.code]))
    out.extend(_towns(text, start, out, matches, particles,
                      language is None or declines_names(language.code)))
    out.extend(_joined_towns(text, out, language is None or declines_names(language.code)))
    out.extend(_plants_by_town(text, out, matches, particles))
    if language is not None and language.code in _TOWN_ADJECTIVE_LANGUAGES:
        out.extend(_plants_by_town_adjective(text, out, matches))
    out.extend(_capital_states(text, start, out, matches, language is None or declines_names(language.code)))
    copulas = {w for w, classes in particles.items() if "copula" in classes}
    for word in _LONE_LETTER.finditer(text, start) if copulas else ():
        # "Il PT-91 è una versione": a one-letter copula is a word of its own, though it folds to another ("e", and)
        if word.group().lower() in copulas:   # (also opening a sentence: "È una versione del T-54A")
            out.append(Mention(word.start(), word.end(), "cue", "copula", word.group()))
    out.sort(key=lambda m: (m.start, -m.end))
    out = _without_designers(text, out)
    out = _without_compound_adjectives(text, out)
    out = _without_named_nationals(text, out)
    out = _without_family_after_model(text, out, names)
    out = _without_plant_renamed(text, out, matches)
    _with_former(text, out)
    out = _without_carriers(text, out)
    out = _without_spelled_out_names(text, out)
    out = _without_glossed_tails(text, out)
    # ("مصنع القادسية": a word name right after a plant word written in a script without capitals is the plant's,
    # no design's, though a rifle bears it too)
    # (in quotes too: "شركة “كلاشنكوف” الروسية", the Kalashnikov company)
    rtl_plants = {m.end + 1 + (text[m.end + 1:m.end + 2] in _OPENING_QUOTES) for m in out
                  if m.kind == "cue" and m.value == "org_word" and _RTL_WORD.fullmatch(m.text)}
    out = [m for m in out if not (m.kind == "product" and m.start in rtl_plants and m.text[:1] != " "
                                  and not any(ch.isdigit() for ch in m.text) and _RTL_WORD.search(m.text))]
    # "Kiểu 56", "Typ 56": a word of version that opens a designation is part of its name, no cue
    inside = _Mask(len(text))
    inside.mark_all(p for p in out if p.kind == "product")
    out = [c for c in out if c.kind != "cue" or not inside.covers(c.start, c.end)]
    # "vendus au Maroc et à la Corée du Nord", "the Republic of Korea": a word inside a country's name of several
    # words is part of it, no cue ("du" there says no "from", and the names after it no sellers)
    inside_names = Spans(spelled)
    out = [c for c in out if c.kind != "cue" or not inside_names.within(c.start, c.end)]
    # ("zvali su je „ruskom“", they called it "the Russian one": a country's adjective alone in quotes right after
    # a word of naming is a nickname, no country)
    naming_ends = {c.end for c in out if c.kind == "cue" and c.value == "alias"}
    out = [c for c in out if not (c.kind == "country" and c.adjective and _nickname(text, c, naming_ends))]
    # ("Không quân Ai Cập đã mua", the Egyptian air force bought; "súng không giật", a recoilless gun: a word of
    # "not" inside a longer word for forces, a kind of product or a maker is part of that word and negates nothing)
    nouns_spans = [(c.start, c.end) for c in out if c.kind == "cue" and c.value in _NOUN_CUES]
    if nouns_spans:
        out = [c for c in out if c.kind != "cue" or c.value != "negation"
               or not any(a <= c.start and c.end <= b and b - a > c.end - c.start for a, b in nouns_spans)]
    # ("坦克制造厂", a tank factory; "製造会社": a word of making inside a plant word of a script without spaces
    # makes nothing)
    plants = _Mask(len(text))
    plants.mark_all(c for c in out if c.kind == "cue" and c.value == "org_word" and is_cjk(c.text[:1]))
    out = [c for c in out if c.kind != "cue" or c.value != "produce" or not plants.covers(c.start, c.end)]
    # ("the No. 320 plant", "Factory No. 5": a number's label inside a plant's name negates nothing)
    numbered = _Mask(len(text))
    for o in out:
        if o.kind == "org" and any(ch.isdigit() for ch in o.text):
            numbered.mark(o.start, o.end)
    out = [c for c in out if c.kind != "cue" or c.value != "negation" or not numbered.covers(c.start, c.end)]
    _named_with_maker(text, out, names)
    out = _letters_of_the_name(text, out, names)
    _named_by_kin(out, names, _named_by_gloss(text, out, names))
    _named_by_noun(text, out, names)
    out = _without_names_before_designations(text, out)
    _with_nouns(text, out)
    _designation_cases(text, folded, out, roles)
    if language is not None:
        _demonyms_as_nouns(text, out, language.adjectives_follow)
        if not language.capitalised_nouns:
            _names_in_copy_frames(text, out, language.indefinite_articles)
            _open_names_again(text, start, out)
    out = _same_names_joined(text, out)
    out = _designation_and_its_word(text, out)
    token_starts = [t.start() for t in _TOKEN.finditer(folded, start)]
    _latter_countries(text, out)
    _permissions(out, token_starts, language is not None and language.postpositions)
    return Document(text, folded, out[:MAX_MENTIONS] if len(out) > MAX_MENTIONS else out, token_starts,
                    particles, language is not None and language.postpositions,
                    language is not None and language.demonstratives_follow,
                    language is not None and language.of_marked,
                    language is not None and language.adjectives_follow,
                    language is not None and language.genitive_first,
                    language.genitive_marks if language is not None else frozenset(),
                    language.object_marks if language is not None else frozenset(), names.derives, names.holders,
                    names.homes, names.introduced, language.force_marks if language is not None else frozenset(),
                    language.negation_after if language is not None else frozenset(),
                    language is not None and language.participles_last,
                    language.indefinite_articles if language is not None else frozenset(),
                    language.relative_words if language is not None else frozenset(),
                    government_words=language.government_words if language is not None else frozenset(),
                    capitalised_nouns=language is not None and language.capitalised_nouns,
                    subject_marks=language.subject_marks if language is not None else frozenset(),
                    definite_articles=language.definite_articles if language is not None else ())


_NOUN_CUES = frozenset({"force", "product_noun", "org_word", "maker"})   # cue classes that are nouns


def _open_names_again(text: str, start: int, out: list[Mention]) -> None:
    """A name nobody lists that the text reads as a product once, by a frame around it ("the Karrar tank", "the Karrar
    is a copy of ..."), names that product wherever the text writes it again, the same way ("Karrar is an Iranian
    development", "the new Karrar homemade tank"): words with capitals, no digit, four letters or more."""
    opened: dict[str, Mention] = {}
    for m in out:
        if m.kind == "product" and m.entity is None and len(m.text) >= 4 and not any(ch.isdigit() for ch in m.text) \
                and all(w[:1].isupper() for w in m.text.split()):
            opened.setdefault(m.text, m)
    if not opened:
        return
    covered = _Mask(len(text))
    covered.mark_all(out)
    added = False
    for word, m in opened.items():
        for hit in re.compile(rf"(?<!\w){re.escape(word)}(?!\w)").finditer(text, start):
            if not covered.hit(hit.start(), hit.end()):
                out.append(Mention(hit.start(), hit.end(), "product", m.value, word, family=m.family))
                covered.mark(hit.start(), hit.end())
                added = True
    if added:
        out.sort(key=lambda x: (x.start, -x.end))


def _nickname(text: str, m: Mention, naming_ends: set[int]) -> bool:
    """Whether a word stands alone in quotation marks right after a word of naming ends."""
    if m.start < 1 or text[m.start - 1] not in _OPENING_QUOTES or text[m.end:m.end + 1] not in _CLOSING_QUOTES:
        return False
    return len(text[:m.start - 1].rstrip(" \u00a0")) in naming_ends


# (its first character, then the lookbehind: see _QUOTED_NAME)
_PLURAL_WORD = lazy_compile(r"([A-ZÀ-ÞА-ЯЁ](?<![\w-].)[^\W\d_]{2,})s(?![\w-])")


def _shorthands(text: str, out: list[Mention], names: Names, taken: _Mask) -> list[Mention]:
    """"T-54/55", "Mi-8/17": the number right after a slash that ends a design's name, under that name's prefix,
    where the registry knows it as another design (the first and the whole stay as they were read)."""
    found = []
    for m in out:
        shorthand = _SHORTHAND.match(text, m.end) if m.kind == "product" else None
        while shorthand is not None and not taken.hit(*shorthand.span(1)) and _NUMBER_TAIL.search(m.text):
            # (under the prefix as written, else as the registry writes it: "Typ-59/69" is the Type 59 and Type 69)
            other = names.resolve(_NUMBER_TAIL.sub("", m.text) + shorthand.group(1)) \
                or names.resolve(_NUMBER_TAIL.sub("", m.value) + shorthand.group(1))
            if other is None or other.kind != "product" or other.entity == m.entity:
                break
            found.append(Mention(*shorthand.span(1), "product", other.canonical, shorthand.group(1), other.entity,
                                 family=m.family, generic=other.generic))
            taken.mark(*shorthand.span(1))
            shorthand = _SHORTHAND.match(text, shorthand.end())   # (the next number of a run: "59/69/79")
    return found


def _plural_word_names(text: str, start: int, names: Names, taken: _Mask) -> list[Mention]:
    """"Iraq bought Scuds", "de Sovjetrussische Scuds", "les Grads": a capitalised word name the registry knows, with a
    plural "s" glued to it (the plural of names in English, Dutch, French, Spanish and Portuguese)."""
    out: list[Mention] = []
    for word in _PLURAL_WORD.finditer(text, start):
        if taken.hit(word.start(), word.end()):
            continue
        known = names.resolve(word.group(1))
        if known is None or known.kind != "product":
            continue
        out.append(Mention(word.start(), word.end(), "product", known.canonical, word.group(), known.entity,
                           generic=known.generic))
        taken.mark(word.start(), word.end())
    return out


# a given name or initials between a word of design and a family's name: "designed by Mikhail Kalashnikov"
_GIVEN = lazy_compile(r"\s*(?:(?:[^\W\d_]\.\s?){1,2}|[^\W\d_][^\W\d_]+\s)?\s*$")
# a given name or initials in capitals right before a family name ("Yevgeny ", "M. T. ", "Николай ")
_GIVEN_NAME = lazy_compile(r"(?<![\w.])(?:(?:[A-ZÀ-ÞĀ-ŽА-ЯЁ]\.\s?){1,2}|[A-ZÀ-ÞĀ-ŽА-ЯЁ][a-zß-ÿā-žа-яё]+\s)$")


# (not the script's marks of punctuation, glued to the word before them: "الكلاشنيكوف،", the Arabic comma)
_RTL_WORD = lazy_compile(r"(?:(?![\u060c\u061b\u061f\u066a-\u066d\u06d4])"
                       r"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff])+")


_SPACED_NUMBER_AFTER = lazy_compile(r"[ \u00a0]\d{1,3}(?![\d.,]?\d)")


def _names_after_clitics(text: str, start: int, names: Names, prefixes: tuple[str, ...],
                         taken: _Mask) -> list[Mention]:
    """"الكلاشنكوف", "بالكلاشنكوف", "והקלצ'ניקוב": a word name the registry knows, with the language's clitics (the
    article, "and", a one-letter preposition) glued before it, is that name."""
    found: list[Mention] = []
    longest_first = sorted(prefixes, key=len, reverse=True)
    # (the names each rest of a word holds whole, looked for once a document: most words of such a text take a
    # clitic, and the same words come again)
    wholes: dict[str, list[Found]] = {}
    for word in _RTL_WORD.finditer(text, start):
        if taken.hit(word.start(), word.end()):
            continue
        for prefix in longest_first:
            rest = word.group()[len(prefix):]
            if not word.group().startswith(prefix) or len(rest) < 3:
                continue
            # ("הטירן 5": a name the registry holds with its number, the number after a space, the article before it)
            number = _SPACED_NUMBER_AFTER.match(text, word.end())
            numbered = names.resolve(rest + number.group()) if number is not None else None
            if number is not None and numbered is not None and numbered.kind == "product" \
                    and not taken.hit(word.end(), number.end()):
                a = word.start() + len(prefix)
                found.append(Mention(a, number.end(), "product", numbered.canonical, text[a:number.end()],
                                     numbered.entity, generic=numbered.generic))
                taken.mark(a, number.end())
                break
            # (a name the registry lists as written, the whole rest of the word: not a key a spelling folds to)
            whole = wholes.get(rest)
            if whole is None:
                whole = wholes[rest] = [f for f in names.find(rest, match_fold(rest))
                                        if f.start == 0 and f.end == len(rest)]
            if whole and whole[0].kind in {"product", "org"}:
                a = word.start() + len(prefix)
                known = whole[0]
                found.append(Mention(a, word.end(), known.kind, known.canonical, rest, known.entity,
                                     generic=known.generic))
                taken.mark(a, word.end())
                break
    return found


# the words after a plant word, one space apart, that may go on its name (up to four; the name may stand in quotes:
# "شركة «إيجماش»")
_RTL_NAME_WORDS = lazy_compile(r"[ \u00a0]?[\"“”«»„]?(?:[ \u00a0]?" + _RTL_WORD.pattern + r"){1,4}")


def _plants_by_other_words(text: str, matches: list[Match], names: Names, language: Language,
                           taken: _Mask) -> list[Mention]:
    """"مصانع المعادي", "توسط صنایع دفاع": in a script without capitals no letter shows where a plant's name begins,
    and a plant word before a known organisation's distinctive words may be any of the language's (the registry
    has "شركة المعادي", the Maadi company; the text says its "factories") or may be left off the front of the name
    ("صنایع دفاع" for "سازمان صنایع دفاع"). The plant word and up to four words after it name the organisation where
    the words so read, with another plant word in place of the text's or before it, are a name the registry knows;
    the longest such reading wins."""
    plant_words = sorted({w.lstrip("=").rstrip("*") for w in language.cues.get("org_word", ())
                          if " " not in w and "~" not in w}, key=len)
    found: list[Mention] = []
    for m in matches:
        if m.phrase.cls != "org_word" or not _RTL_WORD.match(text, m.start) or taken.hit(m.start, m.end):
            continue
        word = _RTL_WORD.match(text, m.start)
        if word is None or word.end() != m.end:
            continue   # (a plant word inside a longer word is no word of its own)
        run = _RTL_NAME_WORDS.match(text, m.end)
        if run is None:
            continue
        ends = [w.end() for w in _RTL_WORD.finditer(text, m.end, run.end())]
        for end in reversed(ends):
            if taken.hit(m.end, end):
                continue
            tail = text[m.end:end].strip(" \u00a0\"“”«»„")
            readings = [text[m.start:end]] + [f"{w} {tail}" for w in plant_words] \
                + [f"{w} {text[m.start:end]}" for w in plant_words]
            known = next((k for r in readings if (k := names.resolve(r)) is not None and k.kind == "org"), None)
            if known is not None:
                found.append(Mention(m.start, end, "org", known.canonical, text[m.start:end], known.entity))
                taken.mark(m.start, end)
                break
    return found


_BRACKET_WORDS = lazy_compile(r"\s*\(([^()\n]{3,80})\)")
_LEADING_LETTERS = lazy_compile(r"[^\W\d_]{2,4}(?=[\s-]?\d)")


def _without_spelled_out_names(text: str, out: list[Mention]) -> list[Mention]:
    """"TAB-77 (Transportor Amfibiu Blindat Model 1977)": brackets right after a name whose first words' initials
    spell the name's letters write the name out; a designation inside them ("Model 1977") is a word of it, no
    product."""
    spelled: list[tuple[int, int]] = []
    for m in out:
        letters = _LEADING_LETTERS.match(m.text) if m.kind == "product" else None
        inside = _BRACKET_WORDS.match(text, m.end) if letters is not None else None
        if letters is None or inside is None:
            continue
        initials = "".join(w[0] for w in inside.group(1).split()[:len(letters.group())])
        if initials.casefold() == letters.group().casefold():
            spelled.append(inside.span(1))
    if not spelled:
        return out
    return [m for m in out if not (m.kind == "product" and any(a <= m.start and m.end <= b for a, b in spelled))]


# a word or three in brackets ("(Banner)", "(Red Flag)") and the spaces round them, ending where a name starts
_GLOSS_BEFORE = lazy_compile(r"\s*\([^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,2}\)\s*$")


def _without_glossed_tails(text: str, out: list[Mention]) -> list[Mention]:
    """"the Zastava (Banner) Arms factory": a name the shapes of organisations find right after a gloss in brackets
    that follows a known organisation's name is the rest of that name, no organisation of its own."""
    known_ends = {m.end for m in out if m.kind == "org" and m.entity}
    if not known_ends:
        return out

    def tail(m: Mention) -> bool:
        gloss = _GLOSS_BEFORE.search(text, max(0, m.start - 40), m.start)
        return gloss is not None and gloss.start() in known_ends

    return [m for m in out if not (m.kind == "org" and not m.entity and tail(m))]


def _without_carriers(text: str, out: list[Mention]) -> list[Mention]:
    """A lorry that carries a weapon ("on a Ural-375D truck", "на шасси МАЗ-543", "Tatra 813 truck") is no design the
    text speaks of: a designation of a lorry maker's letters, or with a word for a lorry right beside it, is left
    out (its making, sale and year are the weapon's)."""
    prefixes, words = trucks()

    def carrier(m: Mention) -> bool:
        if m.kind != "product" or m.entity is not None:
            return False
        if m.family.upper() in prefixes:
            return True
        before = fold_phrase(text[max(0, m.start - 24):m.start]).split()
        after = fold_phrase(text[m.end:m.end + 24]).split()
        return any(" ".join(before[-n:]) in words for n in (1, 2, 3) if len(before) >= n) \
            or any(" ".join(after[:n]).strip(".,;:)") in words for n in (1, 2, 3) if len(after) >= n)
    return [m for m in out if not carrier(m)]


def _without_names_before_designations(text: str, out: list[Mention]) -> list[Mention]:
    """A design's name of words right before a designation, a space at most between ("Tokarev TT-33", "トカレフTT-33",
    "托卡列夫TT-33"), is part of that designation's name: one product, not two."""
    products = [m for m in out if m.kind == "product"]
    by_start = {m.start: m for m in products}
    dropped = set()
    for m in products:
        if any(ch.isdigit() for ch in m.text) or not m.entity:
            continue
        gap = text[m.end:m.end + 1]
        after = by_start.get(m.end) or (by_start.get(m.end + 1) if gap == " " else None)
        if after is not None and after.entity != m.entity and any(ch.isdigit() for ch in after.text) \
                and m.text[-1:].isalpha() and after.text[:1].isalpha():
            dropped.add(id(m))
    return [m for m in out if id(m) not in dropped] if dropped else out


def _named_with_maker(text: str, mentions: list[Mention], names: Names) -> None:
    """"the Zastava M76": a designation right after a maker's name is the product the registry knows by both words
    together, where it knows one (not the Valmet M76, another maker's rifle of the same letters); so is a bare
    designation the registry gives to one maker's product, where a maker of the same sentence, near it, names
    another's ("Built by Zastava Arms, the M76 sniper rifle ...") and only one such maker is named there."""
    orgs = {m.end: m for m in mentions if m.kind == "org"}
    # (the makers by where they start: those near a name are looked up, not scanned, in a long text)
    by_start = sorted((m for m in mentions if m.kind == "org"), key=lambda m: m.start)
    starts = [m.start for m in by_start]
    for p in mentions:
        if p.kind != "product":
            continue
        o = orgs.get(p.start - 1)
        if o is not None and text[o.end:p.start] == " ":
            known = names.resolve(text[o.start:p.end])
        elif _another_makers(p.value, text[p.start:p.end]):
            around = by_start[bisect.bisect_left(starts, p.start - 2 * _NEAR_MAKER):
                              bisect.bisect_right(starts, p.end + _NEAR_MAKER)]
            near = {k.entity: k for m in around if _same_sentence_near(text, m, p)
                    and (k := _maker_named(text, m, p, names)) is not None}
            known = next(iter(near.values())) if len(near) == 1 else None
        else:
            known = None
        if known is not None and known.kind == "product" and known.entity != p.entity:
            p.value, p.entity = known.canonical, known.entity


def _letters_of_the_name(text: str, mentions: list[Mention], names: Names) -> list[Mention]:
    """Letters the registry's own name of a design opens with, read as an unknown maker before its designation
    ("XY Md.12" where "XY md. 12" is the design's name): part of the name, no maker of it. A known maker stays."""
    orgs = {m.end: m for m in mentions if m.kind == "org" and m.entity is None}
    if not orgs:
        return mentions
    dropped: set[int] = set()
    for p in mentions:
        o = orgs.get(p.start - 1) if p.kind == "product" and p.entity else None
        if o is None or text[o.end:p.start] != " ":
            continue
        known = names.resolve(text[o.start:p.end])
        if known is not None and known.kind == "product" and known.entity == p.entity \
                and fold_phrase(known.canonical).startswith(fold_phrase(o.text).strip() + " "):
            dropped.add(id(o))
            p.start, p.text = o.start, text[o.start:p.end]
    return [m for m in mentions if id(m) not in dropped] if dropped else mentions


_NEAR_MAKER = 120   # characters between a designation and a maker its sentence names, at most


def _another_makers(canonical: str, written: str) -> bool:
    """Whether the name a bare designation resolves to holds a word of its own before the designation ("M76" is
    the "Valmet M76"): one maker's product of a designation others use too (not "Su-30MKI", a design's own name,
    which a maker the sentence names builds under its own name)."""
    head, _, tail = canonical.rpartition(" ")
    return bool(head) and fold_phrase(tail).strip() == fold_phrase(written).strip()


def _same_sentence_near(text: str, a: Mention, b: Mention) -> bool:
    """Whether two mentions stand close in one sentence: no line break, no full stop and a space between them."""
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    if not 0 <= hi - lo <= _NEAR_MAKER:
        return False   # (told before the text between is cut out: a long document has many names far apart)
    between = text[lo:hi]
    return "\n" not in between and ". " not in between


def _maker_named(text: str, maker: Mention, p: Mention, names: Names) -> Known | None:
    """The product the registry knows by a maker's name (its first word: "Zastava" of "Zastava Arms") and a
    designation together, if any."""
    words = text[maker.start:maker.end].split()
    for written in dict.fromkeys((" ".join(words), words[0] if words else "")):
        known = names.resolve(f"{written} {text[p.start:p.end]}") if written else None
        if known is not None and known.kind == "product":
            return known
    return None


def _without_designers(text: str, out: list[Mention]) -> list[Mention]:
    """A family's name that a word of design governs, a given name or initials between ("designed by Mikhail
    Kalashnikov", "Designer: Kalashnikov", "von Michail Kalaschnikow entworfen"), is the designer, no product."""
    designs = [m for m in out if m.kind == "cue" and m.value == "design"]
    agents = [m for m in out if m.kind == "cue" and m.value == "agent"]
    if not designs:
        return out
    ends = [k.end for k in designs]   # (in text order: the words near a name, found by bisection)
    agent_ends = [a.end for a in agents]

    def near(lo: int, hi: int) -> list[Mention]:
        return designs[bisect.bisect_left(ends, lo):bisect.bisect_right(ends, hi)]

    def agents_near(lo: int, hi: int) -> list[Mention]:
        return agents[bisect.bisect_left(agent_ends, lo):bisect.bisect_right(agent_ends, hi)]

    held = _Mask(len(text))   # (where mentions stand: a given name right before a name ends where that name begins)
    held.mark_all(out)

    def designer(m: Mention) -> bool:
        if m.kind != "product" or not m.text.isalpha():
            return False
        given = _GIVEN_NAME.search(text, max(0, m.start - 30), m.start)
        if given is not None and held.hit(given.start(), given.end()):
            given = None   # ("Húfnica Dana vznikla": a word the language file or a mention holds is no given name)
        if not m.generic:
            # (a design's own name, a designer's family name too, only with a given name or initials right before
            # it: "designed by Yevgeny Dragunov", "diseñada por Nikolái Makárov"; or "Mihail Kalašnikovin
            # suunnittelema", the word of design right after)
            if given is None:
                return False
            return any(k.start >= m.end and not text[m.end:k.start].strip() for k in near(m.end, m.end + 40)) \
                or any(k.end <= a.start and not text[k.end:a.start].strip() and a.end <= given.start()
                       and not text[a.end:given.start()].strip()
                       for k in near(m.start - 60, m.start) for a in agents_near(k.end, given.start()))
        if given is not None and any(k.start >= m.end and not text[m.end:k.start].strip()
                                     for k in near(m.end, m.end + 40)):
            return True   # ("Mihail Kalašnikovin suunnittelema PK": the given name, the word of design after)
        # ("von Michail Kalaschnikow entworfen": the agent before, the word of design right after)
        if any(k.start >= m.end and not text[m.end:k.start].strip() for k in near(m.end, m.end + 40)) and any(
                _GIVEN.fullmatch(text[a.end:m.start]) is not None for a in agents_near(m.start - 30, m.start)):
            return True
        for k in near(m.start - 40, m.start):
            if not k.end <= m.start <= k.end + 40:
                continue
            gap = text[k.end:m.start]
            by = next((a for a in agents_near(k.end, m.start) if k.end <= a.start), None)
            if by is not None:
                gap = text[by.end:m.start]
                if text[k.end:by.start].strip():
                    continue
            if _GIVEN.fullmatch(gap.lstrip(" :\t")) is not None:
                return True
        return False
    return [m for m in out if not designer(m)]


def _without_compound_adjectives(text: str, out: list[Mention]) -> list[Mention]:
    """Without the organisations that are a compound adjective before a name, a place glued to a word of basis or
    making ("made by Izhevsk-based Kalashnikov Concern"): the name is the one after it (not before a lower-case
    noun: "the Chengdu-based aircraft maker" names the maker by its town)."""
    basis, made = compound_halves()
    halves = basis | made
    return [m for m in out if m.kind != "org" or "-" not in m.text
            or fold_phrase(m.text.rsplit("-", 1)[1]).strip() not in halves
            or not text[m.end:m.end + 2].strip()[:1].isupper()]


def _without_named_nationals(text: str, out: list[Mention]) -> list[Mention]:
    """A family's name with a given name right before it and a people's word right before that ("the Russian Mikhail
    Kalashnikov", "rusul Mihail Kalașnikov", "el ruso Mijaíl Kaláshnikov") is a person of that people, no product."""
    country_ends = {m.end for m in out if m.kind == "country"}
    if not country_ends:
        return out
    held = _Mask(len(text))
    held.mark_all(out)

    def person(m: Mention) -> bool:
        if m.kind != "product" or not m.generic or not m.text.isalpha():
            return False
        given = _GIVEN_NAME.search(text, max(0, m.start - 30), m.start)
        if given is None or held.hit(given.start(), given.end()) or "." in given.group():
            return False
        # (a country's word ending right before the given name, spaces at most between: looked up, not scanned)
        before = given.start()
        while before > 0 and text[before - 1].isspace():
            before -= 1
        return before in country_ends
    return [m for m in out if not person(m)]


def _without_family_after_model(text: str, out: list[Mention], names: Names) -> list[Mention]:
    """A family's name right after a model of it, nothing but a space between ("AK-47 kalašnjikova", "the AK-47
    Kalashnikov"), is part of that model's name: no product of its own to take the model's facts."""
    products = [m for m in out if m.kind == "product"]
    apart = {id(b) for a, b in itertools.pairwise(products)
             if b.generic and not a.generic and a.entity is not None and b.entity is not None
             and a.end < b.start and not text[a.end:b.start].strip() and names.of_family(a.entity, b.entity)}
    # ("بندقية كلاشنيكوف الحديثة من طراز AK-74": the family's name a few words before a word for "model" and a model
    # of it names that model, no product of its own)
    apart |= {id(a) for a, b in itertools.pairwise(products)
              if a.generic and not b.generic and a.entity is not None and b.entity is not None
              and (words := _WORD.findall(text, a.end, b.start)) and len(words) <= 4
              and words[-1] in _MODEL_WORDS and not any(ch in ",.;،؛" for ch in text[a.end:b.start])
              and names.of_family(b.entity, a.entity)}
    return [m for m in out if id(m) not in apart] if apart else out


def _without_plant_renamed(text: str, out: list[Mention], matches: list[Match]) -> list[Mention]:
    """A family's name right after a word of naming (class `alias`: "renamed", "ribattezzata", "umbenannt in") that
    the nearest thing named before it makes a plant's or a company's ("the Izhmash works, later renamed
    Kalashnikov"), or right before such a word where the verb comes last, is the company's new name, no product of
    its own to take the works' facts."""
    words = [m for m in matches if m.phrase.cls == "alias"]
    if not words:
        return out
    maker_before = _maker_finder(text, matches, out)
    families = sorted((p for p in out if p.kind == "product" and p.generic), key=operator.attrgetter("start"))
    starts = [p.start for p in families]
    gone: set[int] = set()
    for w in words:
        # (only the families a few words after the word or right before it are looked at: a long text has many)
        low, high = bisect.bisect_left(starts, w.start - _RENAMED_REACH), bisect.bisect_right(starts,
                                                                                               w.end + _RENAMED_REACH)
        for p in families[low:high]:
            after = w.end <= p.start and len(_WORD.findall(text, w.end, p.start)) <= 1 \
                and not any(ch in ",.;:()" for ch in text[w.end:p.start])
            # (or right before it, where the verb comes last: "das Werk, das in Kalaschnikow umbenannt wurde")
            before = p.end <= w.start and not text[p.end:w.start].strip()
            if (after or before) and maker_before(min(w.start, p.start)):
                gone.add(id(p))
    return [m for m in out if id(m) not in gone] if gone else out


_RENAMED_REACH = 40   # characters between a word of naming and the family's name it may give a company


# words for "model" or "type" a model's designation follows ("من طراز", of the model; Persian "مدل")
_MODEL_WORDS = frozenset({"طراز", "الطراز", "نوع", "النوع", "مدل"})


def _with_former(text: str, out: list[Mention]) -> None:
    """"u bivšoj Jugoslaviji", "in the former Soviet Union": a word for "former" right before a state's name is
    part of the name, so the word of place before it governs the name as closely as without it."""
    held = _Mask(len(text))
    held.mark_all(m for m in out if m.kind != "country")
    for m in out:
        if m.kind != "country" or m.adjective or m.town:
            continue
        word = _FORMER_BEFORE.search(text, max(0, m.start - 24), m.start)
        if word is not None and fold_phrase(word.group(1)).strip() in former_words() \
                and not held.hit(word.start(1), word.end(1)):
            m.start, m.text = word.start(1), text[word.start(1):m.end]


_FORMER_BEFORE = lazy_compile(r"([^\W\d_]+)[ \t]+$")


def glossed(text: str, products: list[Mention]) -> Iterator[tuple[Mention, Mention]]:
    """Each name alone in brackets right after another ("the Y-7 (An-24)"), with the name it stands after; a word
    for its kind may stand before the bracket ("59式戦車（WZ-120）", "Type 59 tank (WZ-120)")."""
    for a, b in itertools.pairwise(products):
        if _GLOSS_OPENING.fullmatch(text, a.end, b.start) and text[b.end:b.end + 2].lstrip()[:1] in {")", "）"}:
            yield a, b


_GLOSS_OPENING = lazy_compile(r"(?:\s?[^\W\d_]{1,8})?\s?[(（](?:(?![^()（）]*\d{4})[^()（）]{1,30}[・、，,;；])?\s?")


def _named_by_gloss(text: str, mentions: list[Mention], names: Names) -> dict[str, str]:
    """A name another design has first takes the design its gloss in brackets names, where that design has the
    name too ("the Type 69 (WZ-121)" is the tank, not the RPG, that "Type 69" alone stands for). The written names
    so decided are returned, each with its design."""
    decided: dict[str, str] = {}
    for a, b in glossed(text, [m for m in mentions if m.kind == "product"]):
        if b.entity is None or a.entity == b.entity:
            continue
        known = names.known_as(b.entity, a.text) or names.known_as(b.entity, _read_as(a))   # ("59式": Type 59)
        if known is not None:
            a.value, a.entity, a.generic = known.canonical, known.entity, known.generic
            decided[a.text] = known.entity
    return decided


def _named_by_kin(mentions: list[Mention], names: Names, decided: dict[str, str]) -> None:
    """A name several designs share stands for the one whose lineage the document speaks of: beside the T-54A,
    "Type 59" is the tank and "Type 69" the tank derived from it, not the pistol or the RPG each name stands for
    first; beside the SKS, "Type 56" is the carbine. Only where one design is left after dropping those derived
    from another candidate (the Type 59 tank, not its Durjoy), each the ancestor or descendant of a design another
    name in the document may stand for; a name a gloss in brackets decided ("Type 69 (WZ-121)") stays decided."""
    products = [m for m in mentions if m.kind == "product"]
    written = {m.text: m for m in products}   # each written name once (a long text repeats its names)
    read = {t: _read_as(m) for t, m in written.items()}
    readings = {t: {decided[t]} if t in decided else names.owners(read[t]) or ({m.entity} if m.entity else set())
                for t, m in written.items()}
    # a written name -> the design its kin picks (each name decided once; a glossed name everywhere as glossed)
    chosen: dict[str, Known | None] = {t: names.known_as(e, t) for t, e in decided.items()}
    for m in products:
        if m.text not in chosen:
            chosen[m.text] = None
            owners = readings[m.text]
            if len(owners) < 2 or any(names.is_family(o) for o in owners):
                continue   # "Kalashnikov" is the family or the AK-47, never another design by kin
            others = {e for t, es in readings.items() if t != m.text for e in es if not names.is_family(e)} - owners
            kin = [o for o in owners if any(names.derives(o, e) or names.derives(e, o) for e in others)]
            kin = [o for o in kin if not any(names.derives(o, k) for k in kin)]   # the Type 59 tank, not its Durjoy
            if len(kin) == 1:
                chosen[m.text] = names.known_as(kin[0], read[m.text])
        known = chosen[m.text]
        if known is not None and known.entity != m.entity:
            m.value, m.entity, m.generic = known.canonical, known.entity, known.generic


def _named_by_noun(text: str, mentions: list[Mention], names: Names) -> None:
    """A name several designs share, written with a product noun right after it that makes a name the registry
    knows ("69式坦克" is the tank, "69式火箭筒" the RPG), or that is a form of the noun one of those designs' names
    ends in ("Type 69 tanks"), is that design."""
    nouns = {m.start: m for m in mentions if m.kind == "cue" and m.value == "product_noun"}
    ending = {m.end: m for m in mentions if m.kind == "cue" and m.value == "product_noun"}
    for m in mentions:
        if m.kind != "product" or len(names.owners(_read_as(m))) < 2:
            continue
        gap = len(text[m.end:m.end + 2]) - len(text[m.end:m.end + 2].lstrip(" "))
        noun = nouns.get(m.end + gap)
        known = names.resolve(text[m.start:noun.end]) if noun is not None and gap <= 1 else None
        if known is None and noun is not None and gap <= 1:
            known = names.named_with(_read_as(m), noun.text)   # ("Type 69 tanks", "Type 69 main battle tank")
        before = ending.get(m.start - 1) if text[m.start - 1:m.start] == " " else None
        if known is None and before is not None:
            known = names.named_with(_read_as(m), before.text)   # ("танки Тип 69", "czołgi Typ 69")
        if known is not None and known.kind == "product" and known.entity in names.owners(_read_as(m)):
            m.value, m.entity, m.generic = known.canonical, known.entity, known.generic


def _read_as(m: Mention) -> str:
    """The name a mention is written as, in the form designations take ("Typ 56" is read as "Type 56")."""
    return _written_as(m.text)


@lru_cache(maxsize=4096)
def _written_as(name: str) -> str:
    found = designations(name, 0, len(name))
    return found[0].canonical if len(found) == 1 and found[0].end - found[0].start == len(name) else name


_DERIVING = frozenset({"basis", "copy", "variant"})


def named_things(mentions: list[Mention]) -> list[Mention]:
    """The products, makers and countries a stretch names, in order, that "the latter" may point at (not a maker's
    name that opens a product's: "the Zastava M76")."""
    return [m for m in mentions if ((m.kind in {"product", "org"} and not m.pointer)
                                    or (m.kind == "country" and not m.adjective))
            and not (m.kind == "org" and any(p.kind == "product" and p.start <= m.end + 1 and m.start <= p.end
                                             for p in mentions))]


def plant_anaphors(doc: Document, mentions: list[Mention], plant: Mention) -> list[Mention]:
    """Words that point back at the maker a sentence before named ("this plant", "the same factory", "该厂", "этот
    завод", "dieses Werk"): a demonstrative right before a plant word that names nothing of its own becomes a
    mention of ``plant`` where the plant word stands (not where demonstratives follow their noun)."""
    if doc.demonstratives_follow:
        return []
    named = [(m.start, m.end) for m in mentions if m.kind in {"org", "product", "country"}]
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        if m.kind != "cue" or m.value != "org_word" or any(a <= m.start and m.end <= b for a, b in named):
            continue
        this = next((k for k in reversed(mentions[:i]) if k.kind == "cue" and k.value == "anaphor"
                     and k.end <= m.start), None)
        if this is not None and doc.tokens_between(this.end, m.start) == 0 \
                and not any(o.start >= m.end and doc.tokens_between(m.end, o.start) == 0 for o in mentions
                            if o.kind in {"org", "product", "country"}):   # ("this plant, Zastava": named after it)
            out.append(Mention(this.start, m.end, "org", plant.value, doc.text[this.start:m.end], plant.entity,
                               pointer=True))
    return out


def anaphors(doc: Document, mentions: list[Mention], topic: Mention,
             earlier: list[Mention] | None = None, earlier_each: list[Mention] | None = None,
             paragraph: list[Mention] | None = None) -> list[Mention]:
    """Phrases that point back at the product being spoken of ("this rifle", "este fusil", "该型坦克",
    "senapan ini"): each becomes a mention of ``topic`` where it stands, so the sentence's facts attach to it.

    A demonstrative counts only beside a product noun (or as a whole phrase of both, "该机"), and not where a name
    follows the noun ("this rifle, the AKM", "этот автомат АК-74"): the name speaks for itself there. ``earlier`` are
    the names the sentence before gave ("the latter" is one); ``earlier_each``, those of them a plural pointer may
    mean (not an original the sentence derived another from), ``earlier`` where not given; ``paragraph``, the products
    the paragraph's sentences so far named, which a word for "all" means where the sentence before named one only."""
    out: list[Mention] = []
    last_end = -1
    for i, m in enumerate(mentions):
        if m.kind != "cue" or m.start < last_end:
            continue
        if m.value in {"former", "latter"}:
            # "China built the Type 56 and the Type 63. The former is ...": the first, or the last, of the names
            # given just before (in the sentence, else in the one before it)
            given = named_things(mentions[:i])
            given = given if len(given) >= 2 else list(earlier or [])
            # (of the last two things named, which both must be products: "the Type 56 and the Type 63"; the latter
            # may have a place named between it and the product before it: "the Zagros is made in Iran as a version
            # of the Type 80. The latter ...", "Il quale ...")
            products = [k for k in given if k.kind == "product"]
            if m.value == "former":
                meant = given[-2] if len(given) >= 2 and all(k.kind == "product" for k in given[-2:]) else None
            else:
                meant = given[-1] if len(given) >= 2 and given[-1].kind == "product" and len(products) >= 2 else None
            if meant is not None and meant.kind == "product":   # (not a maker or a country named last)
                out.append(Mention(m.start, m.end, "product", meant.value, doc.text[m.start:m.end], meant.entity,
                                   family=meant.family, generic=meant.generic, pointer=True))
                last_end = m.end
            continue
        span: tuple[int, int] | None = None
        if m.value == "anaphor_noun":
            span = (m.start, m.end)
        elif m.value in _PLURAL and not doc.demonstratives_follow:
            span = _plural_phrase(doc, mentions, m, earlier)
        elif m.value == "product_noun":
            if doc.demonstratives_follow:
                after = next((k for k in mentions[i + 1:] if k.kind == "cue" and k.value == "anaphor"
                              and k.start >= m.end), None)
                if after is not None and doc.tokens_between(m.end, after.start) == 0:
                    span = (m.start, after.end)
            else:
                # (not one with a letter glued before it: Arabic "كذلك", also, "لذلك", therefore, hold "ذلك", that)
                before = next((k for k in reversed(mentions[:i]) if k.kind == "cue" and k.value == "anaphor"
                               and k.end <= m.start), None)
                if before is not None and before.start > 0 and doc.text[before.start - 1] in "كل" \
                        and (before.start < 2 or not doc.text[before.start - 2].isalpha()
                             or doc.text[before.start - 2] in "وف"):   # ("ولذلك", and therefore)
                    before = None
                # ("both tanks": a word of "both" opens the phrase as a demonstrative would)
                if before is None or doc.tokens_between(before.end, m.start) > 1:
                    before = next((k for k in reversed(mentions[:i]) if k.kind == "cue" and k.value in _PLURAL
                                   and k.end <= m.start), before)
                if before is not None and doc.tokens_between(before.end, m.start) <= 1 and not any(
                        k.kind in {"product", "country", "org"} for k in mentions if before.end <= k.start < m.start):
                    span = (before.start, m.end)
                elif doc.particle_before(m.start, {"anaphor"}):
                    span = (m.start - 1, m.end)   # "该坦克", "此枪": a one-character demonstrative
        if span is None:
            continue
        start, end = span
        # the noun of a whole phrase may follow it ("该型" + "坦克")
        noun = next((k for k in mentions[i + 1:] if k.kind == "cue" and k.value == "product_noun"
                     and k.start >= end), None)
        if noun is not None and m.value == "anaphor_noun" and doc.tokens_between(end, noun.start) == 0:
            end = noun.end
        named = next((k for k in mentions if k.start >= end and k.kind in {"product", "org", "country", "year"}),
                     None)
        # (not a name past a word of the clause: "Ta broń zastąpiła AKM", this weapon replaced the AKM)
        if named is not None and named.kind == "product" and doc.tokens_between(end, named.start) <= 1 \
                and not any(k.kind == "cue" and end <= k.start and k.end <= named.start
                            and k.value not in {"product_noun", "anaphor"} for k in mentions):
            continue
        last_end = end
        # "the TT pistol ... the production of this weapon": a product the sentence named before speaks first (not
        # the original a fronted phrase of derivation names: "Designed on the basis of the AK-47, this rifle ...")
        named_before = [k for k in mentions[:i] if k.kind == "product" and k.start < start]
        if named_before and "," in doc.text[named_before[-1].end:start] and any(
                k.kind == "cue" and k.value in _DERIVING and k.end <= named_before[-1].start
                and doc.tokens_between(k.end, named_before[-1].start) <= 2 for k in mentions[:i]):
            named_before = []
        meant = named_before[-1] if named_before else topic
        # "The plant built the T-55 and the T-72. These tanks were exported": a plural demonstrative (or "both")
        # points at each product the sentence before named
        plural = [k for k in mentions if k.kind == "cue" and k.value in _PLURAL and start <= k.start < end]
        pool = _all_named(plural, earlier if earlier_each is None else earlier_each, paragraph)
        each = list({k.value: k for k in pool or [] if k.kind == "product"}.values()) \
            if plural and not named_before else []
        # (one left, where the sentence before also named the original it derived that one from: that one, unless
        # it pointed at the original as the design spoken of, "a version of this tank, the M-84A", which a version
        # of it does not take over)
        removed = [k for k in earlier or [] if k.kind == "product" and earlier_each is not None
                   and k not in earlier_each]
        left = bool(each) and bool(removed) and not any(k.pointer for k in removed)
        for one in each if len(each) >= 2 or left else [meant]:
            out.append(Mention(start, end, "product", one.value, doc.text[start:end], one.entity,
                               family=one.family, generic=one.generic, pointer=True))
    return out


_PLURAL = frozenset({"plural", "all"})


def _all_named(plural: list[Mention], before: list[Mention] | None,
               paragraph: list[Mention] | None) -> list[Mention] | None:
    """What a plural pointer means: each product the sentence before named; a word for "all" ("all the tanks", "všetky
    typy"), where that sentence named fewer than two, each the paragraph named so far ("The plant first built the
    T-54 and the T-55. Later it built the T-72. All the tanks were exported": the three; "These machines" after a
    sentence of one design is that one)."""
    if not any(k.value == "all" for k in plural) or not paragraph \
            or len({k.value for k in before or [] if k.kind == "product"}) >= 2 \
            or len({k.value for k in paragraph}) < 2:
        return before
    return paragraph


_CASE_SUFFIX = lazy_compile(r"['’][^\W\d_]{1,4}\s+")
_NEXT_WORD = lazy_compile(r"\s+([^\W\d_]{3,})")
# what a sentence must say of the things a plain plural noun points at ("ces prévisions furent altérées" says none)
_PLURAL_SAID = frozenset({"export", "import", "produce", "licence", "introduce", "service", "copy", "basis"})


def _plural_phrase(doc: Document, mentions: list[Mention], m: Mention,
                   earlier: list[Mention] | None) -> tuple[int, int] | None:
    """"Všetky tieto typy sa vyvážali", "these models were sold": a plural demonstrative before a plain noun or a word
    of versions (not one of another kind the language file names: "these plants"), in a sentence that names no
    product and says something of trade, making, licence, service or lineage, points back where the sentence before
    named two products or more."""
    products = {k.value for k in earlier or [] if k.kind == "product"}
    word = _NEXT_WORD.match(doc.text, m.end)
    if len(products) < 2 or word is None or not any(k.kind == "cue" and k.value in _PLURAL_SAID for k in mentions) \
            or any(
            k.kind == "product" or (k.start < word.end() and k.end > word.start() and k is not m
                                    and not (k.kind == "cue" and k.value == "variant")) for k in mentions):
        return None
    return m.start, word.end()


def _rank(text: str, m: Match) -> tuple[int, bool, bool]:
    """Which reading of a country form to keep on a span: the lowest rank wins.

    A form written whole beats one with an ending ("Germany" is not German-y); a capitalised word is the name,
    not a lower-case adjective of the same spelling (Spanish "China", "china"); else an adjective of the
    language file beats a name with an ending ("polsk-i" is not Polsk-a), while a name written whole beats an
    adjective of the same spelling (Indonesian "Yugoslavia", listed beside the adjective "Yugoslav").
    """
    capital_mismatch = text[m.start:m.start + 1].isupper() and not m.phrase.proper
    return m.ending, capital_mismatch, m.phrase.adjective if m.ending == 0 else not m.phrase.adjective


def _opens(text: str, pos: int) -> bool:
    """Whether a word opens a sentence (the text's first, or after a full stop, a question, a colon or a new line),
    where its capital says nothing of a name ("Poľský tank PT-91 ...")."""
    return _SENTENCE_OPEN.search(text, max(0, pos - 40), pos) is not None \
        or text[max(0, pos - 40):pos].rstrip(" \t\"'«„“(").endswith(":")


def _with_nouns(text: str, mentions: list[Mention]) -> None:
    """A short name is written with its noun ("пистолеты ПМ", "fusil SVD"): keep the noun in its text."""
    previous: Mention | None = None
    for m in mentions:
        if m.kind == "product" and len(m.text) <= 4 and previous is not None \
                and previous.kind == "cue" and previous.value == "product_noun" \
                and 0 < m.start - previous.end <= 1 and text[previous.end:m.start].isspace():
            m.text = text[previous.start:m.end]
        if m.kind != "cue" or m.value == "product_noun":
            previous = m


# a case ending glued to a designation with a colon, hyphen or apostrophe ("T-55:stä", "a T-55-ből")
CASE_TAIL = lazy_compile(r"[:'’-]([^\W\d_]{1,5})(?![\w-])")


# an aside in brackets that closes right before a name, maybe with the list's comma ("v Polsku (PT-91), Jugoslávii")
_ASIDE_BEFORE = lazy_compile(r"\([^()\n]{1,40}\)\s*[,;]?\s*$")


def _people_plural(folded: str, start: int, end: int, language: Language) -> bool:
    """Whether a country's adjective or people's word ends in an instrumental ending of three letters or more, one
    of a plural noun that no adjective takes ("китайцами", "Číňany" aside): the people, a passive's doer
    ("приобретённый китайцами", bought by the Chinese), as the country's name in the instrumental is."""
    word = (folded[start:end].replace(SKIP, "").split() or [""])[-1]
    return any(len(e) >= 3 and word.endswith(e) for e in language.instrumental_endings)


def _instrumental(folded: str, start: int, end: int, language: Language) -> bool:
    """Whether a country's name stands in the instrumental: its last word ends in one of the language's instrumental
    endings and is no nominative, and no preposition that takes the instrumental in another sense ("с Китаем", with
    China; "между Россией и Индией") stands right before it."""
    words = folded[start:end].replace(SKIP, "").split() or [""]
    if not words[-1].endswith(language.instrumental_endings) or words[-1] in _nominatives(language.code):
        return False
    before = folded[max(0, start - 30):start].replace(SKIP, "").split()[-1:]
    return not (before and before[0] in language.instrumental_not_after)


def _dative(text: str, folded: str, start: int, end: int, code: str, language: Language) -> bool:
    """Whether a country's name stands in the dative: its last word ends in one of the language's dative endings,
    is no nominative (CLDR's "Перу") nor the accusative of a name whose nominative ends in -a/-я ("Чехословакию"),
    and no preposition that takes a locative of the same ending (or a dative of no receiver: "благодаря") stands
    before it ("в Польше")."""
    words = folded[start:end].replace(SKIP, "").split() or [""]
    last = words[-1]
    if not last.endswith(language.dative_endings) or last in _nominatives(language.code):
        return False
    if max((len(e) for e in language.instrumental_endings if last.endswith(e)), default=0) \
            > max(len(e) for e in language.dative_endings if last.endswith(e)):
        return False   # ("закуплені Литвою": the instrumental's "-ою" holds the dative's "-ю"; the longer ending says)
    if any(w[-1:] in _VOWELS and not w.endswith(language.dative_endings) for w in words[:-1]):
        return False   # ("ліцензією Радянського Союзу": an adjective in the genitive before a noun whose genitive
        #                and dative are alike is the genitive's)
    nominative = (fold_phrase(_nominative_name(language, code)).split() or [""])[-1]
    if nominative[-1:] in {"а", "я", "a"} and last[:-1] == nominative[:-1] and last[-1:] in {"у", "ю", "ę", "u"}:
        return False
    # (nor a name after a comma or a word for "and": "в Чехословакии, Польше и Индии", the list's preposition is
    # further back; nor one adjectives stand between the preposition and: "в социалистической Польше")
    # (a list keeps going past the copy in brackets that each country's name may take: "v Polsku (PT-91), Jugoslávii
    # (M-84) a Indii" is a list of places, the first one's preposition theirs too)
    aside = _ASIDE_BEFORE.search(text, max(0, start - 60), start)
    stop = aside.start() if aside is not None else start
    for word in reversed(folded[max(0, stop - 60):stop].replace(SKIP, "").split()[-3:]):
        if word in language.dative_not_after or word.endswith((",", ";")):
            return False
        if any(ch.isdigit() or not ch.isalpha() for ch in word):
            break   # ("в 1951 году Польше": a year's preposition is the year's)
    return True


def _name_declined(written: str, code: str, language: Language) -> bool:
    """Whether a word is the country's name with a case ending and no adjective: the name whole and an ending
    ("Kuvajtu", Kuwait), or less its last vowel where the name is no adjective itself ("Ukrajini"; not Slovenian
    "Kitajski" of "Kitajska", also "Chinese")."""
    name = (fold_phrase(_nominative_name(language, code)).split() or [""])[-1]
    if len(name) < 4 or " " in written:
        return False
    if name[-1] not in _VOWELS:
        # (a vowel the nominative holds between its last two consonants falls out before the ending: "Egiptu",
        # Egipat; "Ekvadoru" keeps its own)
        fleeting = name[:-2] + name[-1] if name[-2] in _FLEETING_LATIN + _FLEETING_CYRILLIC \
            and name[-3] not in _VOWELS and name[-1] not in _VOWELS else ""
        return any(stem and written.startswith(stem) and 0 < len(written) - len(stem) <= 2
                   for stem in (name, fleeting))
    return written.startswith(name[:-1]) and 0 < len(written) - len(name) + 1 <= 2 and written != name \
        and not _ADJECTIVAL_NAME.search(name)


# a state's name that is an adjective ("Hrvatska", "Kitajska", "Slovačka", "Češka", "Словачка"): its dative is one too
_ADJECTIVAL_NAME = lazy_compile(r"(?:sk|šk|čk|ck|ск|шк|чк|цк)[aeoаео]$")


def _into(folded: str, start: int, end: int, code: str, language: Language) -> bool:
    """Whether a country's name stands in the accusative after a preposition of both "in" and "into": the form of
    an a-stem's accusative ("в Украину", "v Ukrajino", "u Ukrajinu"), or a nominative ending in a consonant, which
    the accusative repeats ("в Китай"; not "в Чили", the same in every case)."""
    before = folded[max(0, start - 6):start].replace(SKIP, "").split()
    if not before or before[-1] not in language.into_after:
        return False
    words = folded[start:end].replace(SKIP, "").split()
    name = _nominative_as_written(language, code, words)
    if name.isupper():
        return False   # ("в КНДР": an abbreviation is the same in every case)
    nominative = fold_phrase(name).split()
    if not words or not nominative or len(words) != len(nominative) or words[:-1] != nominative[:-1]:
        return False
    form, nom = words[-1], nominative[-1]
    if form == nom:
        return nom[-1:].isalpha() and nom[-1] not in "аеёиоуыэюяaeiouy"
    return nom[-1:] in {"а", "я", "a"} and any(form == nom[:-1] + e for e in language.into_endings)


def _inside(folded: str, start: int, end: int, code: str, language: Language) -> bool:
    """Whether a country's name stands in a case of place after a preposition of both "in" and "into": its last word
    inflected, and in no form of the accusative ("в Иране", "в Советском Союзе", "u Iranu"; not "в Чили", the same
    in every case, nor "в Южную Корею")."""
    before = folded[max(0, start - 6):start].replace(SKIP, "").split()
    if not before or before[-1] not in language.into_after:
        return False
    words = folded[start:end].replace(SKIP, "").split()
    name = _nominative_as_written(language, code, words)
    nominative = fold_phrase(name).split()
    if name.isupper() or not words or len(words) != len(nominative):
        return False
    form, nom = words[-1], nominative[-1]
    return form != nom and not (nom[-1:] in {"а", "я", "a"}
                                and any(form == nom[:-1] + e for e in language.into_endings))


def _plain_a_nominative(folded: str, start: int, end: int, code: str, language: Language) -> bool:
    """Whether a country's name is written as its nominative and that ends in -a/-я, a form no other case of the
    name shares ("Rusija", "Россия", "Jugosławia"; not "Irak", the accusative's form too)."""
    words = folded[start:end].replace(SKIP, "").split()
    name = _nominative_name(language, code)
    nominative = fold_phrase(name).split()
    return bool(words) and not name.isupper() and words == nominative and nominative[-1][-1:] in {"а", "я", "a"}


_HYPHEN_ENDING = lazy_compile(r"[-‐‑](\w{1,5})\b")


def _nominative_name(language: Language, code: str) -> str:
    """A country's name in the nominative: CLDR's, or for a country CLDR has no more (the USSR, Czechoslovakia) the
    first whole capitalised form the language file lists ("Чехословакия")."""
    return _cldr_name(language.code, code) or next(
        (f for f in language.country_forms.get(code, ()) if f[:1].isupper() and not f.isupper()
         and not any(ch in f for ch in "*~=")), "")


def _nominative_as_written(language: Language, code: str, words: list[str]) -> str:
    """A country's nominative in the script of the name as written: Serbian CLDR names are Cyrillic ("Индија"), and a
    text in Latin letters writes "u Indiju"."""
    name = _nominative_name(language, code)
    if words and _CYRILLIC_LETTER.search(name) and not _CYRILLIC_LETTER.search(words[-1]):
        return anyascii(name)
    return name


_CYRILLIC_LETTER = lazy_compile(r"[\u0400-\u04ff]")


@cache
def _nominatives(code: str) -> frozenset[str]:
    """The folded last words of a language's CLDR country names: the nominative, whatever its ending."""
    return frozenset(w for name in _cldr_names(code) for w in fold_phrase(name).split()[-1:])


def _designation_cases(text: str, folded: str, mentions: list[Mention], roles: dict[str, str]) -> None:
    """"T-55:stä" (Finnish, "from the T-55"), "a T-55-ből": the role a case ending set after a designation with a
    colon, hyphen or apostrophe gives it, as a country's ending gives the country its role."""
    if not roles:
        return
    for m in mentions:
        if m.kind == "product" and (tail := CASE_TAIL.match(text, m.end)) is not None:
            ending = folded[tail.start(1):tail.end(1)]
            # (or a case ending after a suffix that makes the name a noun of its own: "a T-55-ösből", from the T-55)
            m.case = roles.get(ending) or next((roles[ending[i:]] for i in range(1, len(ending) - 1)
                                                if ending[i:] in roles), "")


_TOWN_WORD = lazy_compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_PLACE_CLASSES = frozenset({"locative", "source", "destination"})
_HANGUL = lazy_compile(r"[\uac00-\ud7a3\u10d0-\u10ff]+")   # Hangul syllables and Georgian letters
_FIRST_VOWELS = ("", "a", "o", "e")   # a stem's own final vowel, which a case ending replaces ("Warszawie")
_FLEETING_LATIN = ("a", "e", "o")
_FLEETING_CYRILLIC = ("а", "е", "о", "ё")
_VOWELS = frozenset("aeiouyáéíóúýěůäöüąęìòùàèаеёиоуыэюяіїєѣ")


_FRAME_DERIVING = frozenset({"copy", "variant", "successor"})
_NOT_PREDICATE = frozenset({"with", "agent", "source", "destination"})   # cues of a phrase between
_FRAME_REACH = 4   # words between a copula and its word of copying, and between that word and the original
_FRAME_CHARS = 60   # characters a frame's parts may stand apart (so each copula reads a bounded stretch)
_APPOSITION = lazy_compile(r"[ \t]*[,\u2013\u2014][ \t]*(\w+)(?=[ \t])")   # ", a", " — an": an apposition's opening
_WORD = lazy_compile(r"[^\W\d_][^\W\d_'’-]*")


def _latin_after_other(word: str, name: str) -> bool:
    """Whether ``word`` holds no Latin letter and ``name`` opens with a capital Latin letter ("фирма" | " Cugir")."""
    first = name.lstrip(_SPACE_OR_QUOTE)[:1]
    return "A" <= first <= "Z" and not any("a" <= ch.lower() <= "z" for ch in word) and any(ch.isalpha() for ch in word)


def _between(mentions: list[Mention], starts: list[int], a: int, b: int) -> list[Mention]:
    """The mentions (in text order, ``starts`` their starts) that start in text[a:b]."""
    return mentions[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]


def _names_in_copy_frames(text: str, mentions: list[Mention], articles: frozenset[str] = frozenset()) -> None:
    """"The Anza is a licensed copy of the Chinese QW-1", "The Ghauri is a Pakistani version of the Nodong", "Le
    Toophan est une copie iranienne du TOW": in a sentence that says one design is a copy, version or successor of
    another, a capitalised word no shape or list knows, in either place, names a design (after a short word or a
    possessive where it is the subject: not "It is a copy", nor a sentence's first word). Not where every noun has a
    capital; a word of more than one name ("Al Hussein", "HAL Ajit") is read whole. Each copula reads only the few
    dozen characters around it. An apposition frames a name as a copula does, where a comma or a dash and an
    indefinite article of the language (``articles``) open it: "the Ghauri, a Pakistani version of the Nodong"."""
    held = _Mask(len(text))
    held.mark_all(mentions)
    starts = [m.start for m in mentions]
    added: list[Mention] = []
    links = [(m.start, m.end, False) for m in mentions if m.kind == "cue" and m.value == "copula"]
    if articles:
        links += [(a.start(), a.end(), True) for d in mentions if d.kind == "cue" and d.value in _FRAME_DERIVING
                  for a in _APPOSITION.finditer(text, max(0, d.start - _FRAME_CHARS), d.start)
                  if a.group(1).casefold() in articles]
    for k_start, k_end, apposition in links:
        near = _between(mentions, starts, k_end, k_end + _FRAME_CHARS)
        word = next((d for d in near if d.kind == "cue" and d.value in _FRAME_DERIVING
                     and len(_WORD.findall(text, k_end, d.start)) <= _FRAME_REACH), None)
        if word is not None and any(k_end <= m.start and m.end <= word.start and m.kind == "cue"
                                    and m.value in _NOT_PREDICATE for m in near):
            continue   # "the Office of Machinery was made responsible for the development of a copy": the word of
            #            copying is the object of another word, not what the copula says the name is
        if word is None or any(m.kind in {"product", "org"} and m.start < word.start for m in near):
            continue
        subject = _frame_subject(text, k_start, held, _between(mentions, starts, k_start - _FRAME_CHARS, k_start))
        if apposition and isinstance(subject, tuple) and not _after_article(text, subject[0]):
            continue   # (a name set off by a comma follows an article or a possessive: not "In Kerman, a copy of")
        original = _frame_original(text, word.end, held, _between(mentions, starts, word.end,
                                                                   word.end + _FRAME_CHARS))
        if subject is None or original is None or (isinstance(subject, Mention) and isinstance(original, Mention)):
            continue
        for found in (subject, original):
            if isinstance(found, tuple):
                a, b = found
                added.append(Mention(a, b, "product", text[a:b], text[a:b]))
                held.mark(a, b)
    if added:
        mentions.extend(added)
        mentions.sort(key=lambda m: (m.start, -m.end))


def _after_article(text: str, start: int) -> bool:
    """Whether an article of any language, or a possessive ending, stands right before ``start``."""
    before = text[max(0, start - 24):start].rstrip()
    if before.endswith(("'s", "\u2019s")):
        return True
    last = _WORD.findall(before)
    return bool(last) and before.endswith(last[-1]) and fold_phrase(last[-1]).strip() in articles()


def _capitalised_run(text: str, words: list[re.Match[str]], held: _Mask) -> tuple[int, int] | None:
    """The span of one or two capitalised words of ``words`` (in text order) that no mention holds."""
    if not words or not words[0].group()[:1].isupper() or held.hit(words[0].start(), words[-1].end()):
        return None
    if len(words[0].group()) < 3 and not words[0].group().isupper():
        return None
    return words[0].start(), words[-1].end()


def _frame_subject(text: str, end: int, held: _Mask, mentions: list[Mention]) -> Mention | tuple[int, int] | None:
    """What stands right before a copula: a known design (of ``mentions``, those just before it), or one or two
    capitalised words after a short word or a possessive ("The Anza", "Pakistan's Anza")."""
    known = next((m for m in mentions if m.kind == "product" and m.end <= end and not text[m.end:end].strip()), None)
    if known is not None:
        return known
    words = list(_WORD.finditer(text, max(0, end - _FRAME_CHARS), end))
    if not words or text[words[-1].end():end].strip():
        return None
    name = words[-1:]
    if len(words) >= 2 and words[-2].group()[:1].isupper() and len(words[-2].group()) > 4 \
            and not held.hit(words[-2].start(), words[-2].end()) \
            and not text[words[-2].end():words[-1].start()].strip():
        name = words[-2:]
    lead = words[-len(name) - 1] if len(words) > len(name) else None
    if lead is None or text[lead.end():name[0].start()].strip() not in {"", "'s", "’s"}:
        return None
    if not (len(lead.group()) <= 4 or text[lead.end():name[0].start()].strip() or held.hit(lead.start(), lead.end())):
        return None   # (after an article, a possessive or a country: "The Anza", "Pakistan's Anza")
    if lead.group()[:1].isupper() and not _opens(text, lead.start()) and not held.hit(lead.start(), lead.end()):
        return None   # (a capitalised word before it, not opening a sentence: part of the same name)
    return _capitalised_run(text, name, held)


def _frame_original(text: str, start: int, held: _Mask, mentions: list[Mention]) -> Mention | tuple[int, int] | None:
    """What a word of copying is of: a known design a few words after it (of ``mentions``, those just after it), or
    the first capitalised word there that no mention holds (past short words and country adjectives: "of the Chinese
    QW-1", "du TOW")."""
    for m in mentions:
        if m.start < start or m.kind in {"cue", "country"}:
            continue
        if m.kind == "product" and len(_WORD.findall(text, start, m.start)) <= _FRAME_REACH \
                and not any(ch in ",;:.()" for ch in text[start:m.start]):
            return m
        break
    for count, word in enumerate(_WORD.finditer(text, start, min(len(text), start + _FRAME_CHARS))):
        if count > _FRAME_REACH or any(ch in ",;:.()" for ch in text[start:word.start()]):
            return None
        if held.hit(word.start(), word.end()):
            if any(m.kind in {"product", "org"} and m.start <= word.start() < m.end for m in mentions):
                return None
            continue   # (a country's adjective, a cue word)
        if word.group()[:1].isupper() and all(w in shapes().designers for w in word.group().split("-")):
            continue   # ("versión con licencia del Mikoyan-Gurevich MiG-21": the designers' names before the design)
        if word.group()[:1].isupper():
            after = _WORD.match(text, word.end() + 1)
            run = [word] + ([after] if after is not None and after.group()[:1].isupper()
                            and text[word.end():after.start()] == " " and not held.hit(after.start(), after.end())
                            else [])
            return _capitalised_run(text, run, held)
        if len(word.group()) > 4:
            return None   # (a word of its own between: "a copy of older Soviet designs")
    return None


def _demonyms_as_nouns(text: str, mentions: list[Mention], follow: bool) -> None:
    """"Chińczycy kupili od Rosjan", "die Chinesen kauften", "the Chinese bought", "Cina menerima": a demonym or
    adjective that a word of buying follows after a space is the people, and so the country, as the buyer (not
    "Chinese-made"; nor, where adjectives follow their noun (``follow``), one right after a name or a word of its
    kind: "los T-72 soviéticos comprados por Irak"; nor before a word of making or supply, as often a noun:
    "советского производства", "польские поставки")."""
    cues = {m.start: m for m in mentions if m.kind == "cue"}
    sources = {m.start for m in mentions if m.kind == "cue" and m.value == "source"}
    places = {m.start: m for m in mentions if m.kind == "country" and not m.adjective}
    nouns = {m.end for m in mentions if m.kind == "product" or (m.kind == "cue" and m.value == "product_noun")} \
        if follow else set()
    for m in mentions:
        if m.kind != "country" or not m.adjective or m.town:
            continue
        if follow:
            edge = m.start
            while edge > 0 and text[edge - 1] in " \u00a0":
                edge -= 1
            word = _WORD_BEFORE.search(text, max(0, edge - 40), edge)
            if edge in nouns or (word is not None and _namelike(text, word)):
                continue   # ("o BMP romeno recebeu": after a name the extractor does not know, too)
        gap = _SPACES.match(text, m.end)
        if gap is None or not gap.group():
            continue
        nxt = cues.get(gap.end())
        # (past an auxiliary, a verb's past: "Ukrajinci su dobili", the Ukrainians got; "Poljaci su proizvodili",
        # the Poles made, where after the auxiliary a word of making is a verb too)
        auxiliary = nxt is not None and nxt.value == "copula" and nxt.text[:1].islower()
        if auxiliary and nxt is not None:
            after = _SPACES.match(text, nxt.end)
            nxt = cues.get(after.end()) if after is not None and after.group() else None
            if nxt is not None and nxt.value == "licence":   # (and an adverb of licence: "su licencno proizvodili")
                after = _SPACES.match(text, nxt.end)
                nxt = cues.get(after.end()) if after is not None and after.group() else None
            elif nxt is not None and nxt.start in sources:
                # (or whom it came from: "Ukrajinci su od Slovenije dobili", the Ukrainians got from Slovenia)
                after = _SPACES.match(text, nxt.end)
                seller = places.get(after.end()) if after is not None and after.group() else None
                after = _SPACES.match(text, seller.end) if seller is not None else None
                nxt = cues.get(after.end()) if after is not None and after.group() else None
        if nxt is not None and (nxt.value == "import" or (auxiliary and nxt.value == "produce")):
            m.adjective = False


_SPACES = lazy_compile(r"[ \u00a0]*")
_WORD_BEFORE = lazy_compile(r"\w+$")
_SENTENCE_OPEN = lazy_compile(r"(?:^|[.!?\n])[\s\"'«“„(]*$")


def _namelike(text: str, word: re.Match[str]) -> bool:
    """Whether a word reads as a name: capitals in it ("BMP"), or a capital that does not open a sentence."""
    capitals = sum(ch.isupper() for ch in word.group())
    return capitals >= 2 or (capitals == 1 and word.group()[0].isupper()
                             and _SENTENCE_OPEN.search(text, max(0, word.start() - 8), word.start()) is None)


@cache
def _gazetteer() -> tuple[dict[str, str], dict[str, str]]:
    """The towns the extractor knows (data/cities.json, from GeoNames: scripts/gazetteer.py), each with its
    country's code, and each historical state's code by the code of a state on its land (kept in the build cache:
    reading the JSON took 0.3 s)."""
    return load_or_build("gazetteer", [], _read_gazetteer)


def _read_gazetteer() -> tuple[dict[str, str], dict[str, str]]:
    path = resources.files("copytrace.extract") / "data" / "cities.json"
    towns: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    lands = {land: code for code, entry in countries().historical.items() for land in entry.get("lands", [])}
    return towns, lands


def _heads(word: str, endings: bool) -> Iterator[str]:
    """The nominative forms a town's declined word may stand for: itself, and with a case ending cut off
    ("Radomiu", "Ростове")."""
    yield word
    for cut in (1, 2, 3) if endings else ():
        stem = word[:-cut]
        if len(stem) >= 4:
            yield from (stem + v for v in _FIRST_VOWELS)
            # (a vowel the nominative has between its last two consonants falls out in the other cases: "u
            # Kragujevcu", Kragujevac; "v Písku", Písek; "в Орле", Орёл)
            if stem[-1].isalpha() and stem[-2].isalpha() and not {stem[-1].lower(), stem[-2].lower()} & _VOWELS:
                fleeting = _FLEETING_CYRILLIC if "\u0400" <= stem[-1] <= "\u04ff" else _FLEETING_LATIN
                yield from (stem[:-1] + v + stem[-1] for v in fleeting)
        elif cut == 1 and len(stem) == 3 and stem[-1].lower() not in _VOWELS:
            # (a short town's name ending in a vowel that one ending replaces: "u Tuli", Tula; "в Туле")
            yield from (stem + v for v in _FIRST_VOWELS[1:])


def _town(word: str, towns: dict[str, str], endings: bool = True) -> str | None:
    """The country of a town named by ``word``, as written or, where the language declines names, with a case ending
    ("Radomiu", "Ижевске")."""
    return next((towns[form] for form in _heads(word, endings) if form in towns), None)


_TOWN_PART = lazy_compile(r"[ -]+")


@cache
def _compound_towns() -> dict[tuple[str, str], dict[str, str]]:
    """Towns whose name joins two names with small words ("Dubnica nad Váhom", "Ростов-на-Дону", "Frankfurt an der
    Oder"), from the gazetteer: the folded first name and joining words -> each folded last name's country (kept in
    the build cache)."""
    return load_or_build("compoundtowns", [], _build_compound_towns)


def _build_compound_towns() -> dict[tuple[str, str], dict[str, str]]:
    out: dict[tuple[str, str], dict[str, str]] = {}
    for name, code in _gazetteer()[0].items():
        parts = _TOWN_PART.split(name)
        if len(parts) == 2 and " " in name and parts[0][:1].isupper() and parts[1][:1].isupper():
            # (two names, no word between: "Slavonski Brod", "Banja Luka", declined both: "u Slavonskom Brodu")
            out.setdefault((_town_key(parts[0]), ""), {})[_town_key(parts[1])] = code
            continue
        if len(parts) < 3 or not parts[0][:1].isupper() or not parts[-1][:1].isupper():
            continue
        joins = parts[1:-1]
        if all(j[:1].islower() for j in joins):
            out.setdefault((_town_key(parts[0]), " ".join(joins)), {})[_town_key(parts[-1])] = code
    return out


def _town_key(name: str) -> str:
    return anyascii(name).lower()


_SECOND_NAME = lazy_compile(r" ([^\W\d_]+)")   # a town's second name, a space before it ("Slavonskom Brodu")
_JOINED_TAILS = (re.compile(r"[ -]+([^\W\d_]+)[ -]+([^\W\d_]+)"),
                 re.compile(r"[ -]+([^\W\d_]+ [^\W\d_]+)[ -]+([^\W\d_]+)"))


def _compound_town(text: str, word: re.Match[str], endings: bool) -> tuple[int, str | None] | None:
    """A town whose name goes on after ``word`` with small words and a second name ("v Dubnici nad Váhom", "в
    Комсомольске-на-Амуре"): where it ends and its country (None where towns of several countries start so). None
    where the gazetteer holds no town of that first name, joining words and a second name starting so."""
    written = word.group()
    parts = _TOWN_PART.split(written)
    if len(parts) >= 3 and all(p[:1].islower() for p in parts[1:-1]):
        head, joins, tail, end = parts[0], " ".join(parts[1:-1]), parts[-1], word.end()
    else:
        after = next((m for pattern in _JOINED_TAILS if (m := pattern.match(text, word.end())) is not None
                      and m.group(2)[:1].isupper() and all(j[:1].islower() for j in m.group(1).split())), None)
        if after is not None:
            head, joins, tail, end = written, after.group(1), after.group(2), after.end()
        elif endings and (second := _SECOND_NAME.match(text, word.end())) is not None and second.group(1)[:1].isupper():
            head, joins, tail, end = written, "", second.group(1), second.end()
        else:
            return None
    index = _compound_towns()
    # (a first name with no word after it is mostly an adjective, whose nominative may end in "i": "Slavonskom" of
    # "Slavonski Brod")
    forms = itertools.chain(_heads(head, endings), (head[:-cut] + "i" for cut in (1, 2, 3) if len(head) - cut >= 4)) \
        if not joins else _heads(head, endings)
    known = next((index[(_town_key(form), joins)] for form in forms if (_town_key(form), joins) in index), None)
    if known is None:
        return None
    tail_key = _town_key(tail)
    # the second name declined too, or spelt otherwise ("nad Váhom", GeoNames' "nad Vagom"): its first letters decide
    # (one that starts like none of them is no part of the town: "w Belgradzie i Kragujevacu" are two towns)
    shared = {code for name, code in known.items() if name[:2] == tail_key[:2]}
    if not shared:
        return None
    return end, (shared.pop() if len(shared) == 1 else None)


def _known_after_place(text: str, mentions: list[Mention], matches: list[Match],
                       particles: dict[str, frozenset[str]], names: Names) -> list[Mention]:
    """"produkowano w Bumarze-Łabędy", "выпускали на Ижмаше": a known maker's name in another case, right after a
    word of place that follows a word of making, is that maker (the name matcher reads a case ending that opens
    with a vowel only, and no changed stem: "Bumar" takes "-ze" in Polish)."""
    making = sorted(m.end for m in matches if m.phrase.cls == "produce")
    if not making:
        return []
    # (or after a maker named in a place a word of making gives: "zprvu v podniku Let, od roku 1963 v Aeru Vodochody")
    making = sorted(making + [m.end for m in mentions if m.kind == "org"
                              and any(0 <= m.start - end <= 2 * _MAKING_REACH for end in making)])
    held = _Mask(len(text))
    held.mark_all(m for m in mentions if m.kind != "cue")
    places = [(m.start, m.end) for m in matches if m.phrase.cls == "locative"]
    places += [(w.start(), w.end()) for w in _ONE_LETTER_WORD.finditer(text)
               if particles.get(w.group().lower(), frozenset()) & {"locative"}]
    out: list[Mention] = []
    for begin, end in places:
        near = making[bisect.bisect_left(making, begin - _KNOWN_MAKER_REACH):bisect.bisect_right(making, begin)]
        run = _CAPITAL_RUN.match(text, end)
        if not near or run is None or held.hit(run.start(1), run.end(1)):
            continue
        words = run.group(1).split()
        for k in range(len(words), 0, -1):
            written = " ".join(words[:k])
            known = names.resolve_inflected(written)
            if known is not None and known.kind == "org" and names.resolve(written) is None:
                finish = run.start(1) + len(written)
                out.append(Mention(run.start(1), finish, "org", known.canonical, written, known.entity))
                held.mark(run.start(1), finish)
                break
    return out


_ONE_LETTER_WORD = lazy_compile(r"(?<![\w-])[^\W\d_](?= )")
# characters after a word of making a known maker's name in another case may start: a noun of making takes its
# object and a verb of doing before the place ("završno sklapanje tenkova M-84 provodilo se u Đuri Đakoviću", the
# final assembly of the M-84 tanks took place at Đuro Đaković)
_KNOWN_MAKER_REACH = 40
# up to three capitalised words, each may join another with a hyphen ("Bumarze-Łabędy"); an opening quote may stand
# before them (a works' name is often quoted: "u „Đuri Đakoviću“", "на «Ижмаше»")
_CAPITAL_RUN = lazy_compile(r"[ \u00a0]+[\"„“«‚'‘]?((?:[A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄ][^\W\d_]*(?:-[^\W\d_]+)*)"
                          r"(?:[ \u00a0]+[A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄ][^\W\d_]*(?:-[^\W\d_]+)*){0,2})")


_APOSTROPHES = "'’"
# a word, or a short word an apostrophe ends ("d'", "dell'"): the pieces of the words between a plant word and a town
_ELIDED_OR_WORD = lazy_compile(r"[^\W\d_]{1,4}['’](?=[^\W\d_])|\S+")


# a word for "and" and a capitalised word right after a town ("in Tula and Izhevsk")
_AND_NEXT = lazy_compile(r"[ \u00a0]+([^\W\d_]{1,4})[ \u00a0]+([A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄ][^\W\d_]*(?:-[^\W\d_]+)*)")


def _joined_towns(text: str, mentions: list[Mention], endings: bool) -> list[Mention]:
    """"made in Tula and Izhevsk": a town a word for "and" joins right after a town where a design is made is
    such a town too (a list of places governed by one word of place)."""
    towns = [m for m in mentions if m.kind == "country" and m.town]
    if not towns:
        return []
    held = _Mask(len(text))
    held.mark_all(m for m in mentions if m.kind in {"org", "product", "country"})
    known = _gazetteer()[0]
    out: list[Mention] = []
    for town in towns:
        last = town
        while (m := _AND_NEXT.match(text, last.end)) is not None and fold_phrase(m.group(1)).strip() in and_words() \
                and not held.hit(m.start(2), m.end(2)) and (country := _town(m.group(2), known, endings)) is not None:
            last = Mention(m.start(2), m.end(2), "country", country, m.group(2), town=True)
            held.mark(last.start, last.end)
            out.append(last)
    return out


def _plants_by_town(text: str, mentions: list[Mention], matches: list[Match],
                    particles: dict[str, frozenset[str]]) -> list[Mention]:
    """"Zakłady lotnicze w Mielcu", "на авиационном заводе в Гуйяне", "the aircraft plant in Shenyang": a plant word
    and the town a word of place sets after it, a few lower-case words of what it makes between, name a plant that
    has no other name in the text (not one a known or capitalised name holds: "the Bumar-Łabędy plant in Gliwice")."""
    towns = [m for m in mentions if m.kind == "country" and m.town]
    if not towns:
        return []
    held = _Mask(len(text))
    held.mark_all(m for m in mentions if m.kind in {"org", "product"} or (m.kind == "country" and not m.town))
    org_ends = {m.end for m in mentions if m.kind == "org"}
    # (or of "of": "la fábrica de aviones de Shenyang", "la fabbrica aeronautica di Shenyang")
    places = {m.start for m in matches if m.phrase.cls in {"locative", "of"}}
    towns_known = _gazetteer()[0]
    towns.sort(key=lambda t: t.start)
    town_starts = [t.start for t in towns]
    out: list[Mention] = []
    verbs = {(m.start, m.end) for m in matches if m.phrase.cls == "produce"}
    plant_words = [m for m in matches if m.phrase.cls == "org_word"]
    for word in plant_words:
        if held.hit(word.start, word.end) or word.start in org_ends or word.start - 1 in org_ends:
            continue
        at_town = bisect.bisect_right(town_starts, word.end)
        town = towns[at_town] if at_town < len(towns) and towns[at_town].start - word.end <= 48 else None
        if town is None or held.hit(word.end, town.start):
            continue
        if (word.start, word.end) in verbs and any(word.end < k.start < town.start for k in plant_words):
            continue   # a plant word that is also a word of making, another plant word after it, is the verb
            #            ("fabriqué à l'usine d'armes de Kragujevac"; not "na fábrica de aviões de Shenyang")
        between = text[word.end:town.start]
        # (an article or "of" cut short stands apart from its word: "l'usine d'hélicoptères de Kazan", "la fabbrica
        # d'armi di Kragujevac")
        found = list(_ELIDED_OR_WORD.finditer(between))
        # (a comma may set the place off the plant word: "made at a second factory, in Kharkiv")
        if found and found[0].group() == ",":
            found = found[1:]
        words = [w.group() for w in found]
        # (the word of place right before the town; lower-case words of what the plant makes or of a city before it)
        at = next((i for i in range(len(words)) if word.end + found[i].start() in places
                   or particles.get(words[i].lower(), frozenset()) & _PLACE_CLASSES), None) if words else None
        if at is None or len(words) > 4 + sum(w[-1] in _APOSTROPHES for w in words) \
                or any(not w.rstrip(_APOSTROPHES).isalpha() or not w.islower() for w in words):
            continue
        # (named "<town> plant", the town in its own form, in Latin letters: "Izhevsk plant" for "завод в Ижевске")
        head = next((f for f in _heads(town.text, True) if f in towns_known), town.text)
        value = f"{anyascii(head).replace(chr(39), '') if _CYRILLIC.search(head) else head} plant"
        out.append(Mention(word.start, town.end, "org", value, text[word.start:town.end]))
        held.mark(word.start, town.end)
        out.extend(_joined_plants(text, town, towns, towns_known))
    return out


# Slavic languages name a plant by its town's adjective ("харьковский завод", "mielecka wytwórnia", "kragujevačka
# fabrika"): the adjective's stem before its "-sk-"/"-ck-" and case ending, and the forms of a town it stands for
_TOWN_ADJECTIVE_LANGUAGES = frozenset({"ru", "uk", "be", "bg", "mk", "sr", "pl", "cs", "sk", "hr", "bs", "sl"})
_TOWN_ADJECTIVE = lazy_compile(
    r"(?<![\w-])([^\W\d_]{3,}?)(ьск|ск|цк|sk|ck|šk|čk)"
    r"(?:ий|ый|ая|ое|ого|ому|ом|ой|ую|ие|их|им|ими|ых|ый|ії|ій|а|е|и|у|о|"
    r"iego|iej|ich|imi|im|ie|i|a|ą|y|á|é|ý|ého|ému|ém|ou|ých|ým|o|og|oga|oj|om|ome|u|e)(?![\w-])",
    re.IGNORECASE)


@cache
def _town_keys() -> dict[str, tuple[str, ...]]:
    """The gazetteer's towns by their folded names (Latin letters, lower case) -> the names that fold so (kept in the
    build cache: folding every town's name took a second, at the first town adjective of a process)."""
    return load_or_build("townkeys", [], _build_town_keys)


def _build_town_keys() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for name in _gazetteer()[0]:
        out.setdefault(_town_key(name), []).append(name)
    return {key: tuple(names) for key, names in out.items()}


def _town_of_adjective(stem: str, soft: bool) -> str | None:
    """The town a town adjective's stem (what stands before its "-sk-" or "-ck-") stands for, in Latin letters
    ("харьков" Kharkov, "казан" Kazan, "ижев" Izhevsk, "miele" Mielec, "świdni" Świdnik, "gliwi" Gliwice,
    "kragujeva" Kragujevac), or None; a soft sign before "-sk-" ("уральский") takes no town in "-sk" (Uralsk: the
    Urals' adjective too). A Cyrillic adjective's town is the Cyrillic name, transliterated; a Latin one's, the
    spelling with diacritics where one folds so."""
    keys = _town_keys()
    base = _town_key(stem).rstrip("'")
    forms = [base] if soft else [base, base + "sk"]
    if len(base) >= 4 or soft:   # (a short stem takes its own town only: "минский", Minsk; but "тульский", Tula)
        forms += [base + "c", base + "k", base + "ce", base + "'", *(base + v for v in ("a", "e", "o", "i", "y"))]
    names = next((keys[f] for f in forms if f in keys and len(f) >= 5), None)
    if names is None:
        return None
    if _CYRILLIC.search(stem):
        name = min(names, key=lambda n: (not _CYRILLIC.search(n), n))
        return re.sub("['\u2019\u02bc\u02b9]", "", anyascii(name)) if _CYRILLIC.search(name) else name
    return min(names, key=lambda n: (bool(_CYRILLIC.search(n)), n.isascii(), n))


def _plants_by_town_adjective(text: str, mentions: list[Mention], matches: list[Match]) -> list[Mention]:
    """"Харьковский завод выпускал", "mielecka wytwórnia", "kragujevačka fabrika": a town's adjective right before a
    plant word (one lower-case word of what it makes may stand between: "Харьковский танковый завод") names a plant
    by its town, where no other name holds the words."""
    held = _Mask(len(text))
    held.mark_all(m for m in mentions if m.kind in {"org", "product", "country"})
    org_starts = sorted(m.start for m in mentions if m.kind == "org")
    out: list[Mention] = []
    for word in (m for m in matches if m.phrase.cls == "org_word"):
        before = text[max(0, word.start - 60):word.start]
        words = before.split()
        if not words or not before.endswith((" ", "\u00a0")) or held.hit(word.start, word.end):
            continue
        if text[word.start].isupper() and words[-1][:1].islower():
            continue   # ("w gliwickich Zakładach Mechanicznych Bumar-Łabędy": a plant's own name follows the town)
        nxt = bisect.bisect_left(org_starts, word.end)
        if nxt < len(org_starts) and org_starts[nxt] - word.end <= 60 \
                and _words_between(text, word.end, org_starts[nxt]) <= 2:
            continue   # (a name right after the plant word: "харьковский завод «Малышев»")
        for adjective in words[-1:] if len(words) < 2 or not words[-1].islower() else (words[-1], words[-2]):
            found = _TOWN_ADJECTIVE.fullmatch(adjective.strip(",.;:()\"«»„“”"))
            if found is None:
                continue
            town = _town_of_adjective(found.group(1), found.group(2).lower() == "ьск")
            at = text.rfind(adjective, 0, word.start)
            if town is None or at < 0 or held.hit(at, word.start):
                continue
            value = f"{town} plant"
            out.append(Mention(at, word.end, "org", value, text[at:word.end]))
            held.mark(at, word.end)
            break
    return out


def _joined_plants(text: str, town: Mention, towns: list[Mention], known: dict[str, str]) -> list[Mention]:
    """"at two plants, in Tula and Izhevsk": each town a word for "and" joins after the town of a plant named by its
    town is another plant, named by its own town."""
    out: list[Mention] = []
    last = town
    while (nxt := next((t for t in towns if t.start > last.end), None)) is not None \
            and fold_phrase(text[last.end:nxt.start]).strip() in and_words():
        head = next((f for f in _heads(nxt.text, True) if f in known), nxt.text)
        value = f"{anyascii(head).replace(chr(39), '') if _CYRILLIC.search(head) else head} plant"
        out.append(Mention(nxt.start, nxt.end, "org", value, nxt.text))
        last = nxt
    return out


def _towns(text: str, start: int, mentions: list[Mention], matches: list[Match],
           particles: dict[str, frozenset[str]], endings: bool = True) -> list[Mention]:
    """"the Arsenal plant in Kazanlak", "produkowano w Radomiu", "на заводе в Ижевске": a town right after a
    word of place that follows a word of making or a plant's name is its country, as a place (a historical state's
    where the text names that state: "in Kragujevac" in a text about Yugoslavia); written with its capital where
    the script has capitals."""
    # where things are made: a word of making or a plant, or an organisation's name, a word or two before the word
    # of place ("produced in Izhevsk", "the plant in Gliwice", "Zastava Arms in Kragujevac"); a town named for
    # anything else (a fair, a meeting, a dateline) says nothing of where a design is made
    making = sorted([m.end for m in matches if m.phrase.cls in {"produce", "maker", "org_word"}]
                    + [m.end for m in mentions if m.kind == "org"] + _making_phrase_ends(text, matches))
    if not making:
        return []
    plant_starts = sorted([m.start for m in matches if m.phrase.cls in {"maker", "org_word"}]
                          + [m.start for m in mentions if m.kind == "org"])
    # where the place opens the clause and its verb of making follows ("V Martine sa vyrábali tanky", "W Radomiu
    # produkowano karabinki"): the word of making right after the town, one word at most between ("sa", "se")
    verb_starts = sorted(m.start for m in matches if m.phrase.cls == "produce")
    place_ends = {m.end for m in matches if m.phrase.cls in _PLACE_CLASSES}
    at_ends = {m.end for m in matches if m.phrase.cls == "locative"}
    orgs = [(m.start, m.end) for m in mentions if m.kind == "org"]
    held: _Mask | None = None   # (built, and the towns read, at the first word that may be a town)
    named: set[str] = set()
    out: list[Mention] = []
    for word in _near_words(text, start, making, sorted(plant_starts + verb_starts)):
        first = word.group()[:1]
        if first.lower() == first and first.upper() != first:
            continue   # (a town's name opens with a capital where the script has them)
        before = text[max(start, word.start() - 3):word.start()]
        lead = before.rstrip()
        edge = word.start()
        while edge > start and text[edge - 1].isspace():
            edge -= 1   # (where the word before ends: a run of spaces is walked once, as the words are)
        placed = (edge in place_ends and edge < word.start()) \
            or (len(lead) >= 1 and before.endswith(" ") and not lead[-2:-1].isalnum()
                and bool(particles.get(lead[-1:].lower(), frozenset()) & _PLACE_CLASSES))
        near = making[bisect.bisect_left(making, word.start() - 24):bisect.bisect_right(making, word.start())]
        # ("В Казанлыке находится предприятие «Арсенал»": a plant named a few words after the town, in its clause,
        # stands there; not "В Вашингтоне заявили, что завод ...")
        plants = plant_starts[bisect.bisect_left(plant_starts, word.end()):
                              bisect.bisect_right(plant_starts, word.end() + 40)]
        # ("la fábrica de aviones de Shenyang": three small words at most, what the plant makes among them)
        verbs = verb_starts[bisect.bisect_left(verb_starts, word.end()):
                            bisect.bisect_right(verb_starts, word.end() + _PLANT_REACH)]
        if not placed or not (any(_words_between(text, end, word.start()) <= 2
                                  or (_words_between(text, end, word.start()) == 3
                                      and text[end:word.start()].islower()) for end in near[-3:])
                              or any(_words_between(text, word.end(), b) <= 3
                                     and not any(ch in ",;:()" for ch in text[word.end():b]) for b in plants[:2])
                              or any(_words_between(text, word.end(), b) <= 1
                                     and not any(ch in ",;:()" for ch in text[word.end():b]) for b in verbs[:1])):
            continue
        if edge not in at_ends and any(a <= word.start() < b for a, b in orgs):
            continue   # "prodotto dalla Beretta", "Indústria de Material Bélico": a word of a maker's name, not
            #            a town where "in" or "at" does not place it ("the Arsenal plant in Kazanlak")
        if held is None:
            held = _Mask(len(text))
            for m in mentions:
                if m.kind not in {"cue", "org"}:
                    held.mark(m.start, m.end)   # (a plant's name may hold its town: "the Arsenal plant in Kazanlak")
            named = {m.value for m in mentions if m.kind == "country"}
        if held.hit(word.start(), word.end()):
            continue   # (a name another mention holds)
        if fold_phrase(word.group()).strip() in calendar_words() and _DATE_NUMBER.match(text, word.end()):
            continue   # "production began in March 1982": a month before a number, not the town of March
        towns, lands = _gazetteer()
        compound = _compound_town(text, word, endings)
        finish, country = compound if compound is not None else (word.end(), _town(word.group(), towns, endings))
        if country is None:
            continue
        if lands.get(country) in named:
            country = lands[country]
        out.append(Mention(word.start(), finish, "country", country, text[word.start():finish], town=True))
    return out


def _making_phrase_ends(text: str, matches: list[Match]) -> list[int]:
    """Where a phrase that goes on a word of making ends: a word of licence a word of making opens, a country's
    adjective at most between ("produkowano na licencji radzieckiej | w Radomiu", made under Soviet licence in
    Radom), and a phrase of introduction that holds a word of making ("výroba tanku sa začala | v Martine",
    production of the tank began in Martin); a town after it is where the design is made, as after the word of
    making itself."""
    makings = sorted((m for m in matches if m.phrase.cls == "produce"), key=lambda k: k.end)
    ends = [k.end for k in makings]
    # (the nearest word of making before the licence word alone is asked: one farther has as many words between or
    # more, and a long text has thousands of each)
    licensed = [m.end for m in matches if m.phrase.cls == "licence"
                and (i := bisect.bisect_right(ends, m.start)) > 0 and _words_between(text, ends[i - 1], m.start) <= 1]
    started = [m.end for m in matches if m.phrase.cls == "introduce" and any(
        m.start <= k.start and k.end <= m.end for k in makings)]
    return licensed + started


_DATE_NUMBER = lazy_compile(r"\s*\d")
_MAKING_REACH = 24   # characters after a word of making a town's name may start
_PLANT_REACH = 40    # characters before a plant's name a town's name may end


def _near_words(text: str, start: int, making: list[int], plants: list[int]) -> Iterator[re.Match[str]]:
    """The words of ``text[start:]`` that start within reach after a word of making or end within reach before a
    plant's name: the only ones ``_towns`` reads (a text's other words are never scanned)."""
    spans = sorted([(e, e + _MAKING_REACH) for e in making] + [(max(start, b - _PLANT_REACH), b) for b in plants])
    done = start   # where the words read so far end
    for low, high in spans:
        if high < done:
            continue
        low = max(low, done)
        while low > done and (text[low - 1] == "-" or (text[low - 1].isalnum() and not text[low - 1].isdecimal())):
            low -= 1   # (from the start of the word the window opens in: a word holds only letters and hyphens)
        for word in _TOWN_WORD.finditer(text, low):
            if word.start() > high:
                break
            done = word.end()
            yield word


@cache
def _capitals() -> dict[str, str]:
    """States' capitals by their names (data/capitals.json, from GeoNames: scripts/gazetteer.py), each with its
    state's code."""
    path = resources.files("copytrace.extract") / "data" / "capitals.json"
    seats: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return seats


_TRADE_CLASSES = frozenset({"export", "import", "arrive", "deal"})
_CAPITAL_REACH = 40   # characters on either side of a word of trade a capital's name may stand
_CAPITAL_WORD = lazy_compile(r"[^\W\d_][^\W\d_'’]*(?:['’-][^\W\d_]+)*")


def _capital_states(text: str, start: int, mentions: list[Mention], matches: list[Match],
                    endings: bool) -> list[Mention]:
    """"Moscow sold the S-300 to Damascus", "Rusija je isporučila Skoplju tenkove": a state's capital within reach of
    a word of trade stands for the state, as news names a government by its seat (written with its capital letter
    where the script has them; with a case ending where the language declines names)."""
    trade = [m for m in matches if m.phrase.cls in _TRADE_CLASSES and m.start >= start]
    if not trade:
        return []
    held = _Mask(len(text))
    held.mark_all(mentions)
    seats = _capitals()
    lands = _gazetteer()[1]
    named = {m.value for m in mentions if m.kind == "country"}
    # a word of a treaty right after a capital's adjective names the treaty, and the treaty no state ("do zemí
    # Varšavské smlouvy", to the countries of the Warsaw Treaty: the word of trade is the treaty's own word)
    treaties = {m.start for m in matches if m.phrase.cls == "deal"}
    out: list[Mention] = []
    for k in trade:
        for word in _CAPITAL_WORD.finditer(text, max(start, k.start - _CAPITAL_REACH),
                                           min(len(text), k.end + _CAPITAL_REACH)):
            first = word.group()[:1]
            if (first.lower() == first and first.upper() != first) or held.hit(word.start(), word.end()):
                continue
            code = _town(word.group(), seats, endings)
            if code is None or _in_longer_name(text, word.start(), word.end(), held, treaties):
                continue
            if lands.get(code) in named and code not in named:
                code = lands[code]   # ("Moscow" in a text about the Soviet Union; not "Kiew" in one that names
                #                       Ukraine too: "Su-25 aus alten Beständen an die Ukraine abgegeben")
            out.append(Mention(word.start(), word.end(), "country", code, word.group()))
            held.mark(word.start(), word.end())
    return out


_WORD_AFTER_SPACE = lazy_compile(r"[ \u00a0]+([^\W\d_]+)")
_WORDS_BEFORE = lazy_compile(r"(?<![^\W\d_])([^\W\d_]+)[ \u00a0]+(?:([^\W\d_]{1,3})[ \u00a0]+)?$")


def _in_longer_name(text: str, start: int, end: int, held: _Mask, treaties: set[int]) -> bool:
    """Whether a town's name is a word of a longer name: a capitalised word right after it ("Warsaw Pact", "Moscow
    Treaty"), or a word of a treaty that languages write in lower case ("Varšavská smlouva", "Varšavskej zmluvy"),
    or before it, a short word at most between ("Pacte de Varsovie", "Układ Warszawski" aside), where that word
    neither opens the sentence nor is a name of its own ("Iraq and Moscow signed")."""
    after = _WORD_AFTER_SPACE.match(text, end)
    if after is not None and (after.group(1)[:1].isupper() or after.start(1) in treaties):
        return True
    before = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1)[:1].isupper() \
        and (before.group(2) is None or before.group(2).islower()) \
        and not held.hit(before.start(1), before.end(1)) and not _opens(text, before.start(1))


@cache
def _town_glosses() -> dict[str, str]:
    """Larger towns' English names by their names in Chinese characters or kana (data/town_glosses.json, from
    GeoNames: scripts/gazetteer.py)."""
    path = resources.files("copytrace.extract") / "data" / "town_glosses.json"
    towns: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return towns


_TRAILING_ACRONYM = lazy_compile(r"\s?[(（]([A-Z]{2,6})[)）]$")


def _town_at(text: str, i: int) -> str | None:
    """The name of a larger town written in Chinese characters or kana that starts at ``i``, the longest, or None."""
    towns = _town_glosses()
    return next((text[i:i + n] for n in (5, 4, 3, 2) if text[i:i + n] in towns), None)


def _glossed_name(name: str, glosses: dict[str, str]) -> str | None:
    """A plant's name in Chinese or Japanese in English, where it opens with a town and every word after the town
    is one the language file glosses ("哈尔滨飞机制造厂": Harbin Aircraft Manufacturing Factory, "成都飛機工廠(CAC)":
    Chengdu Aircraft Factory (CAC)); None where a word is not known (the name keeps its own spelling)."""
    acronym = _TRAILING_ACRONYM.search(name)
    if acronym is not None:
        name = name[:acronym.start()]
    towns = _town_glosses()
    town = _town_at(name, 0)
    if town is None:
        return None
    parts, i = [towns[town].replace("’", "'")], len(town)
    if name[i:i + 1] == "市":
        i += 1   # ("沈阳市": the city of Shenyang)
    longest = max(len(w) for w in glosses)
    while i < len(name):
        word = next((name[i:i + n] for n in range(min(longest, len(name) - i), 0, -1) if name[i:i + n] in glosses),
                    None)
        if word is None:
            return None
        parts.append(glosses[word])
        i += len(word)
    if len(parts) == 1:
        return None   # (a town alone is no plant's name)
    return " ".join(parts) + (f" ({acronym.group(1)})" if acronym is not None else "")


def _words_between(text: str, a: int, b: int) -> int:
    return len(_TOWN_WORD.findall(text, a, b))


def _latter_countries(text: str, out: list[Mention]) -> None:
    """"Russia and Saudi Arabia reached a deal that allows the latter to make the AK-103": a word for "the latter"
    whose sentence named two countries just before it, and nothing else after them, is the second country where it
    stands (the first for "the former"), so a word of permission or trade reads its party."""
    for i, m in enumerate(out):
        if m.kind != "cue" or m.value not in {"former", "latter"}:
            continue
        opening = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start))
        named = [k for k in out[:i] if k.kind in {"product", "org", "country"} and k.start > opening]
        if len(named) < 2 or not all(k.kind == "country" and not k.adjective for k in named[-2:]) \
                or named[-1].value == named[-2].value:
            continue
        meant = named[-1] if m.value == "latter" else named[-2]
        out[i] = Mention(m.start, m.end, "country", meant.value, m.text)


def _permissions(mentions: list[Mention], token_starts: list[int], verb_last: bool = False) -> None:
    """"The USSR allowed China to build the MiG-21", "позволил Индии производить": a word of permission with a
    party right after it and a word of making right after that grants a licence; it reads as a word of licence
    ("the USSR licensed China to build"). Elsewhere ("the turret allowed the crew to fire") it says nothing. Where
    the verb comes last, the party and the making stand before it ("소련은 루마니아에 AKM의 자체생산을 허용하였다")."""
    def tokens(a: int, b: int) -> int:
        return bisect.bisect_left(token_starts, b) - bisect.bisect_left(token_starts, a) if b > a else 0

    for i, m in enumerate(mentions):
        if m.kind != "cue" or m.value != "permit":
            continue
        if verb_last:
            making = next((k for k in reversed(mentions[max(0, i - 8):i]) if k.kind == "cue" and k.value == "produce"
                           and k.end <= m.start and tokens(k.end, m.start) <= 1), None)
            party = next((k for k in reversed(mentions[max(0, i - 12):i]) if k.kind == "country" and not k.adjective
                          and making is not None and k.end <= making.start and tokens(k.end, making.start) <= 3),
                         None)
            if making is not None and party is not None:
                m.value, m.grants = "licence", True
            continue
        parties = [k for k in mentions[i + 1:i + 8] if k.kind in {"country", "org"}][:2]
        party = parties[0] if parties else None
        if party is None or tokens(m.end, party.start) > 1:
            continue
        if len(parties) == 2 and tokens(party.end, parties[1].start) <= 1 \
                and not any(k.kind == "cue" and k.value == "with" for k in mentions[i + 1:i + 8]
                            if party.end <= k.start < parties[1].start):
            party = parties[1]   # "1961 erlaubte die UdSSR Polen die Produktion": the verb first, its subject, then
            #                      the party it allows
        making = next((k for k in mentions[i + 1:i + 8] if k.kind == "cue" and k.value == "produce"
                       and k.start >= party.end), None)
        if making is not None and tokens(party.end, making.start) <= 2:
            m.value, m.grants = "licence", True


class _Mask:
    """Which characters are already taken by a mention: overlap tests in C, linear in the text."""

    __slots__ = ("bits",)

    def __init__(self, size: int) -> None:
        self.bits = bytearray(size)

    def copy(self) -> _Mask:
        other = _Mask(0)
        other.bits = bytearray(self.bits)
        return other

    def mark(self, start: int, end: int) -> None:
        self.bits[start:end] = b"\x01" * (end - start)

    def mark_all(self, spans: Iterable[Mention | Match]) -> None:
        """Mark where each mention or match stands (one call for all: a document's thousands of mentions are marked
        several times over, a call each costing more than the marking)."""
        bits = self.bits
        for m in spans:
            bits[m.start:m.end] = b"\x01" * (m.end - m.start)

    def hit(self, start: int, end: int) -> bool:
        return self.bits.find(1, start, end) >= 0

    def covers(self, start: int, end: int) -> bool:
        return self.bits.find(0, start, end) < 0

    def last_end(self, floor: int, pos: int) -> int:
        """The end of the last taken run in [floor, pos), or ``floor``."""
        found = self.bits.rfind(1, floor, pos)
        return floor if found < 0 else found + 1

    def first_start(self, pos: int, limit: int) -> int:
        """The start of the first taken run in [pos, limit), or ``limit``."""
        found = self.bits.find(1, pos, limit)
        return limit if found < 0 else found


# A plant's name quoted in Korean, its plant word glued to its end ("‘승리기계공장’에서"): the quotation marks say
# where the name begins, which a script without capitals cannot
_QUOTED_HANGUL_PLANT = lazy_compile(r"[‘“'\"「『]([\uac00-\ud7a3A-Za-z0-9]{2,16}"
                                  r"(?:공장|기업소|조선소|제작소|공창|병기창|조병창))[’”'\"」』]")


def _quoted_hangul_plants(text: str, start: int, out: list[Mention], taken: _Mask, names: Names) -> list[Mention]:
    """"‘승리기계공장’에서": a quoted Korean word that ends in a plant word is that plant, where no mention holds it."""
    found: list[Mention] = []
    for q in _QUOTED_HANGUL_PLANT.finditer(text, start):
        a, b = q.start(1), q.end(1)
        if taken.hit(a, b) or any(m.start < b and a < m.end and m.kind != "cue" for m in out):
            continue
        known = names.resolve(q.group(1))
        value = known.canonical if known is not None and known.kind == "org" else q.group(1)
        found.append(Mention(a, b, "org", value, q.group(1), known.entity if known is not None else None))
        taken.mark(a, b)
    return found


# Where a name comes before the word that names it and the script has no capitals, the mark glued between them
# (Korean "바하두르라는 이름으로", under the name Bahadur; Japanese "天馬号の名称で", under the name Tenmaho), and the
# letters a name there is written in (Hangul; kanji and katakana, not the hiragana of particles).
_QUOTATIVES: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "ko": (re.compile(r"(?:이라는|라는|이란|란)\s*$"), re.compile(r"[\uac00-\ud7a3A-Za-z0-9-]{2,12}$")),
    "ja": (re.compile(r"(?:という|の|と)\s*$"), re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9-]{2,12}$")),
}


def _names_before_naming(text: str, matches: list[Match], out: list[Mention], taken: _Mask, names: Names,
                         marks: tuple[re.Pattern[str], re.Pattern[str]]) -> list[Mention]:
    """"바하두르라는 이름으로", "天馬号の名称で": the word a quotative or a genitive mark glues to a naming word is a
    name, where no other mention holds it."""
    quotative, letters = marks
    found: list[Mention] = []
    for cue in matches:
        if cue.phrase.cls != "alias":
            continue
        head = text[max(0, cue.start - 24):cue.start]
        mark = quotative.search(head)
        if mark is None:
            continue
        word = letters.search(head[:mark.start()])
        if word is None or word.group().isdigit():
            continue
        a, b = cue.start - len(head) + word.start(), cue.start - len(head) + word.end()
        if taken.hit(a, b) or any(m.start < b and a < m.end for m in out if m.kind != "cue"):
            continue
        if any(m.phrase.cls == "product_noun" and m.start <= a and b <= m.end for m in matches) \
                or any(m.kind == "product" and m.end <= a and not text[m.end:a].strip() for m in out):
            continue   # "58식 보총이라는 이름으로": a word for a kind of product (or a word right after a name)
            #            names nothing; the name is before it
        known = names.resolve(word.group())
        value = known.canonical if known else word.group()
        found.append(Mention(a, b, "product", value, word.group(), known.entity if known else None))
        taken.mark(a, b)
    return found


# a name's letters in brackets right after it, past a closing quote ("... de Indústrias Militares” (CAVIM)")
_BRACKETED_ACRONYM = lazy_compile(r"[\"'”»“’]?[ \t]*[(（]([A-Z][A-Z0-9&]{1,9})[)）]")
# a word for "model of" right before a year makes the year part of a name ("автомат Калашникова образца 1947 года",
# "Automat Kalaschnikowa obraztsa 1947", "karabin wzór 1938", "modèle 1949"): no date
_MODEL_OF = lazy_compile(r"(?<![^\W\d_])(?:образца|обр\.|obraztsa|obrazca|obraztsov|wzór|wzoru|vzor|vzoru|"
                       r"modelo|modèle|modello|model|modell|mod\.)\s*$", re.IGNORECASE)
_LINE_WORD = lazy_compile(r"[^\W\d_]{3,}")


def _title_case_line(text: str, at: int) -> bool:
    """Whether the line around ``at`` is a heading in title case ("Pindad Segera Luncurkan Senjata Baru dengan ..."):
    five words or more, one at most in lower case, no stop at its end, so a capital says nothing of a name (not a
    data sheet's field, its label and a colon before the value: "Manufacturer: Shaanxi Aircraft Industry
    Corporation")."""
    begin, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    end = end if end >= 0 else len(text)
    if text.find(":", begin, end) >= 0 or text.find("：", begin, end) >= 0:
        return False
    if text[begin:end].rstrip().endswith((".", "!", "?")):
        return False   # (a sentence that names many things: "Tank T-72 diproduksi di Pabrik Tank Polandia Stomil.")
    words = _LINE_WORD.findall(text, begin, end)
    return len(words) >= 5 and sum(not w[0].isupper() for w in words) <= 1


def _names_beside_nouns(text: str, start: int, nouns: list[Match], matches: list[Match], out: list[Mention],
                        taken: _Mask, names: Names, language: Language | None) -> list[Mention]:
    """Products named by a capitalised word beside a product noun: after it ("tenk Vihor", "la pistola
    Firebird"), and before it where adjectives precede their noun ("the American Redeye missile", "Egypt's Sakr
    rocket"), unless another mention, a word of the language file, a month or a day has the word."""
    said = _Mask(len(text))
    said.mark_all(out)
    said.mark_all(matches)
    places = _Mask(len(text))
    places.mark_all(m for m in out if m.kind == "country")
    found: list[Mention] = []

    def add(a: int, b: int) -> bool:
        word = text[a:b]
        if taken.hit(a, b) or said.hit(a, b) or fold_phrase(word).strip() in calendar_words() \
                or word.upper().startswith(tuple(x.upper() for x in shapes().alliances)):
            return False   # (nor the alliance's name in any inflection: "helikopterin Naton koodinimi")
        known = names.resolve(word)
        value = known.canonical if known else (anyascii(word) if _CYRILLIC.search(word) else word)
        found.append(Mention(a, b, "product", value, word, known.entity if known else None, family=word.upper()))
        taken.mark(a, b)
        said.mark(a, b)
        return True

    # (German capitalises every noun; where words of place follow their noun, a name comes before its noun:
    # "MPT-76 tüfeği Makine ve Kimya" is a rifle and a maker's name)
    if language is None or not (language.capitalised_nouns or language.postpositions):
        goods = {(m.start, m.end) for m in matches if m.phrase.cls == "goods"}
        pointing = {m.end for m in matches if m.phrase.cls == "anaphor"}
        headings: dict[int, bool] = {}   # a line's start -> whether it is a heading in title case (asked once a line)
        for n in nouns:
            if n.start >= 2 and text[n.start - 1] in "-\u2010" and text[n.start - 2].isalnum():
                continue   # a noun a hyphen glues to a name has its name ("T-72-vaunuja Varsovan liiton maihin":
                #            the tanks are the T-72s, and "Varsovan" is "of Warsaw")
            if (n.start, n.end) in goods:
                continue   # a word for arms in general names no one design: "на вооружении Народной армии", in
                #            the armament of the People's Army
            if _after_demonstrative(text, n.start, pointing):
                continue   # "this aircraft" points back at a design named before: a capitalised word after it is
                #            the next word of the sentence ("handing this aircraft to Aeroflot"), no name of its own
            given = _NAME_AFTER_NOUN.match(text, n.end)
            if given is not None:
                line = text.rfind("\n", 0, n.start) + 1
                if line not in headings:
                    headings[line] = _title_case_line(text, line)
                if not headings[line]:
                    add(given.start(1), given.end(1))
    # "copie italiane (il FIROS) ed egiziane (SAKR)", "Iran (Boragh)": a capitalised word alone in brackets right
    # after a country, in a sentence of copies or making, is that country's product (not a town: "China (Beijing)")
    making = sorted(m.end for m in matches if m.phrase.cls in _MAKING_CLASSES)
    copulas = {m.start for m in matches if m.phrase.cls == "copula"}
    particles = language.particle_classes if language is not None else {}
    for c in (m for m in out if m.kind == "country"):
        given = _BRACKET_NAME.match(text, c.end)
        near = bisect.bisect_right(making, c.start)
        if given is not None and near and c.start - making[near - 1] <= 150 \
                and "\n" not in text[making[near - 1]:c.start] and _town(given.group(1), _gazetteer()[0]) is None \
                and not _acronym_of(given.group(1), text[max(0, c.start - 60):c.end]) \
                and fold_phrase(given.group(1)).strip() not in furniture_words() \
                and (given.group(2) is None or given.start(2) in copulas
                     or "copula" in particles.get(given.group(2).lower(), frozenset())) \
                and not ((known := names.resolve(given.group(1))) is not None and known.kind != "product"):
            add(given.start(1), given.end(1))
    if language is not None and not language.capitalised_nouns and not language.adjectives_follow:
        # (not before a kind and a plant word: "the Odesa aircraft plant" names a plant)
        plants = {m.start for m in matches if m.phrase.cls == "org_word"}
        for n in nouns:
            given = _NAME_BEFORE_NOUN.search(text, max(start, n.start - 40), n.start)
            if given is None or (n.end + 1 in plants and text[n.end:n.end + 1] == " "):
                continue
            before = given.group(1)
            country = places.hit(given.start(1), given.end(1))
            if before.endswith((".", ":", "!", "?")) and not (country and _INITIALS.fullmatch(before)):
                continue   # "... 1961 r. Pierwszy samolot", "... to Vietnam. The rifle": a sentence begins (not
                #            after a country's initials: "the U.S. Redeye missile")
            # (or a sentence's capitalised article: "The Rafale fighter was exported")
            opening = fold_phrase(before).strip() in articles() and not text[:given.start(1)].rstrip()[-1:].isalnum()
            if before[:1].islower() and _town(given.group(2), _gazetteer()[0]) is not None:
                continue   # "на выставке в Париже танки PT-91": a town after a lower-case word is a place
            if before[:1].islower() or before.endswith(("'s", "’s")) or country or opening:
                add(given.start(2), given.end(2))
    if language is not None and not language.capitalised_nouns:
        # "des lance-roquettes Grad et Smertch", "missiles Igla, Buk and Pechora": the capitalised words a list joins
        # to a word name beside a product noun name products of that kind too ("Grad and Smerch rocket launchers":
        # before the name, where adjectives precede their noun)
        named = [m for m in (*out, *found) if m.kind == "product" and not any(ch.isdigit() for ch in m.text)]
        noun_spans = Spans((n.start, n.end) for n in nouns)
        for m in named:
            after_noun = noun_spans.reach(m.start) >= m.start - 1
            before_noun = not language.adjectives_follow and (noun_spans.opens(m.end) or noun_spans.opens(m.end + 1))
            end = m.end
            while after_noun and (item := _LIST_NEXT.match(text, end)) is not None \
                    and _joined(item.group(1)) and add(item.start(2), item.end(2)):
                end = item.end(2)
            begin = m.start
            while before_noun and (item := _LIST_BEFORE.search(text, max(start, begin - 40), begin)) is not None \
                    and _joined(item.group(2)) and add(item.start(1), item.end(1)):
                begin = item.start(1)
    return found


def _after_demonstrative(text: str, at: int, pointing: set[int]) -> bool:
    """Whether a demonstrative (class `anaphor`) ends right before ``at``, only spaces between."""
    i = at
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i < at and i in pointing


def _joined(joint: str | None) -> bool:
    """Whether what stands between two names of a list joins them: a comma (``None``) or a word for "and"."""
    return joint is None or fold_phrase(joint).strip() in and_words()


# the next name of a list: a comma or a word for "and", and a capitalised word ending a phrase (a Roman or plain
# number may close it: "Puma and Alouette III helicopters")
_LIST_NEXT = lazy_compile(r"(?:,\s?|\s(\w{1,4})\s)([A-ZА-ЯЁ][a-zа-яё]{2,14}(?: (?:[IVX]{1,4}|\d{1,4})\b)?)"
                        r"(?=[\s,.;:)]|$)(?! [A-ZА-ЯЁ])")
# the name before in a list: a capitalised word after a comma or a lower-case word, then a comma or "and"
_LIST_BEFORE = lazy_compile(r"(?<=[,a-zа-яё] )([A-ZА-ЯЁ][a-zа-яё]{2,14})(?:,|\s(\w{1,4}))\s$")


_INITIALS = lazy_compile(r"(?:[^\W\d_]\.){2,}")


def _acronym_of(word: str, before: str) -> bool:
    """"Força Aérea Indiana (IAF)": a word in capitals whose letters are the first letters of the words before it."""
    if not word.isupper():
        return False
    initials = {w[:1].upper() for w in re.findall(r"[^\W\d_]+", before)[-len(word) - 2:]}
    return set(word) <= initials


# (the bracket may go on to say what the name is, a copula right after it: "(il FIROS è un'arma da 122 mm)")
_BRACKET_NAME = lazy_compile(r"\s?[(（]\s?(?:[^\W\d_A-ZА-ЯЁ]{1,3}\s)?((?:[A-ZА-ЯЁ][^\W\d_]{2,14}))"
                           r"(?:\s?[)）,]|\s([^\W\d_A-ZА-ЯЁ]{1,6})\s[^)）\n]{0,80}[)）])")
_MAKING_CLASSES = frozenset({"copy", "variant"})


def _organisations(text: str, mentions: list[Mention], taken: _Mask, particles: frozenset[str],
                   capitalised_nouns: bool = False, agent_follows: bool = False,
                   described_after: bool = False) -> list[Mention]:
    """Organisation shapes around a plant word or legal form: capitalised words, a quoted name, a number."""
    out: list[Mention] = []
    blocked = taken.copy()
    blocked.mark_all(m for m in mentions if m.kind in {"country", "product", "org"})
    # ("Этими заводами": a demonstrative opening the sentence is no name)
    blocked.mark_all(m for m in mentions if m.kind == "cue" and m.value in {"anaphor", "copula"})
    nouns = taken.copy()
    nouns.mark_all(m for m in mentions if m.kind == "cue" and m.value == "product_noun")
    orgs = _Mask(len(text))
    capitals: list[frozenset[str]] = []   # (the text's capitalised words inside sentences, read where first asked)
    # a word for "in" or "at" ends a name ("PT Pindad | di Bandung", "Beretta | a Gardone"), though the same word
    # joins names in another language (Italian "di", Czech "a")
    places = _Mask(len(text))
    after_country = {m.end for m in mentions if m.kind == "country"}
    inside_country = _Mask(len(text))
    inside_country.mark_all(m for m in mentions if m.kind == "country")
    for m in mentions:
        if m.kind == "cue" and m.value == "locative" and not inside_country.covers(m.start, m.end) and not (
                m.text[:1].isupper() and m.start - 1 in after_country and text[m.start - 1:m.start] == " "):
            places.mark(m.start, m.end)   # (not a capitalised one right after a place inside a name: "Mongolia
            #                               Dalam", Inner Mongolia; a title's "Factory In Nizhny Tagil" stops)
    countries = {m.start: m.end for m in mentions if m.kind == "country" and not m.adjective}
    org_starts = {m.start for m in mentions if m.kind == "org"}
    named_starts = org_starts | {m.start for m in mentions if m.kind == "product" and m.generic}
    org_ends = {m.end for m in mentions if m.kind == "org"}
    verbs = {(m.start, m.end) for m in mentions if m.kind == "cue" and m.value == "produce"}
    plant_spans = {(m.start, m.end) for m in mentions if m.kind == "cue" and m.value == "org_word"}
    adjectives = {m.start: m for m in mentions if m.kind == "country" and m.adjective}
    maker_words = [m for m in mentions
                   if m.kind == "cue" and m.value == "maker" and (m.start, m.end) not in plant_spans]
    for cue in (m for m in mentions if m.kind == "cue" and m.value == "org_word"):
        if blocked.hit(cue.start, cue.start + 1):
            continue
        # ("Arcus fabrique des AK-47": a plant word in lower case that is also a verb of making may be the verb, the
        # capital before it its subject; a name after it stays: "la fábrica n.º 617")
        verb = cue.text[:1].islower() and (cue.start, cue.end) in verbs
        adjective = adjectives.get(_past_spaces_and_quotes(text, cue.end))
        if adjective is not None and described_after and cue.text[:1].islower():
            # "dalla società bulgara Arsenal", "pela empresa búlgara Arsenal": where adjectives follow their noun, a
            # country's adjective on the word for a firm stands between it and the name (the maker's nationality)
            begin = _past_spaces_and_quotes(text, adjective.end)
            finish = _one_letter_cut(text, begin, places.first_start(begin, blocked.first_start(
                begin, _capitals_after(text, adjective.end))), particles)
            if finish > begin and text[begin].isupper():
                _add_org(text, begin, finish, out, orgs)
                continue
        left = cue.start if verb else _capitals_before(text, cue.start)
        if left == cue.start and not text[cue.start].isupper():
            left = _agreeing_before(text, cue.start)   # "на Казанском вертолетном заводе"
        right = _capitals_after(text, cue.end)
        # a country or a product beside a plant word is where it stands or what it makes, not its name, unless the
        # name goes on past the country ("Pabrik Mesin Mongolia Dalam No. 617", Inner Mongolia Machinery Factory
        # No. 617)
        left = blocked.last_end(left, cue.start)
        if not any(c.isupper() for c in text[left:cue.start]):
            # ("prodotto in Polonia dalla fabbrica di Mielec", "na Polónia pela fábrica"): with the country cut off, the
            # lower-case word left before the plant word is a preposition, no word of the name
            left = cue.start
        # ("Fabricant Usine d'hélicoptères de Kazan", a data sheet's field: a capitalised word for "maker" that opens
        # the words before a plant word says what the plant is, it is no word of the name)
        label = next((m for m in maker_words if m.start == left and m.end < cue.start and m.text[:1].isupper()), None)
        if label is not None:
            left = label.end + len(text[label.end:cue.start]) - len(text[label.end:cue.start].lstrip())
        suffix = _CASE_SUFFIX.match(text, left)
        if suffix is not None and suffix.end() < cue.start:
            left = suffix.end()   # "Rusya’da Rostov fabrikası": a case ending glued to a place before is no name's
        right = _one_letter_cut(text, cue.end, places.first_start(cue.end, _through_places(
            text, blocked.first_start(cue.end, right), right, blocked, countries)), particles)
        if described_after and (adjective := adjectives.get(_past_spaces_and_quotes(text, right))) is not None:
            # "Companhia Anónima Venezuelana de Indústrias Militares": where adjectives follow their noun and are
            # written in lower case, a capitalised one inside a run of capitals is a word of the name, which goes on
            beyond = _through_capital_adjective(text, right, adjective, blocked)
            right = places.first_start(adjective.end, beyond) if beyond > right else right
        for k in plant_spans:
            if not left < k[1] <= cue.start:
                continue
            joined = text[k[1]:cue.start].split()
            if len(joined) > 1 and joined[0].casefold() in _and_words():
                # (and the name after such a word begins past it: "... Company and Tabriz Helicopter Works")
                left = k[1] + len(text[k[1]:cue.start]) - len(text[k[1]:cue.start].lstrip())
                left += len(joined[0]) + len(text[left + len(joined[0]):cue.start]) \
                    - len(text[left + len(joined[0]):cue.start].lstrip())
        bare_left = not text[left:cue.start].strip()
        if not bare_left and (text[cue.end:right].split() or [""])[0].casefold() in _and_words():
            right = cue.end   # "the Qom Aircraft Company and Tabriz Helicopter Works": a word for "and" right after
            #                   a name's plant word opens the next name
        if bare_left and not text[cue.end:right].strip() and text[cue.start].isupper() and not capitalised_nouns \
                and described_after:
            # "Nhà máy sản xuất trực thăng Kazan", "Pabrik senjata Pindad": a capitalised plant word opening a
            # name, a few lower-case words of description, then the proper name, where words that describe a
            # noun follow it (not where every noun has a capital, "das Werk jährlich den Jäger", nor where they
            # come first: "a Gépgyár gyártotta Budapesten" is a plant, a verb, a town)
            described = _DESCRIBED.match(text, cue.end)
            if described is not None:
                right = blocked.first_start(described.end(1), _capitals_after(text, described.end(1)))
                # (a data sheet's next line opens another name: "... de Kazan | Usine d'aviation d'Oulan-Oude")
                line_end = text.find("\n", cue.end, right)
                right = right if line_end < 0 else line_end
                if text[described.end(1):right].strip() and not blocked.hit(cue.start, right):
                    _add_org(text, cue.start, right, out, orgs)
            continue
        if bare_left and not text[cue.end:right].strip(_SPACE_OR_QUOTE):
            if cue.text[:1].isupper() and text[cue.start - 1:cue.start] in _OPENING_QUOTES \
                    and text[cue.end:cue.end + 1] in _CLOSING_QUOTES:
                _add_org(text, cue.start, cue.end, out, orgs)   # („Арсенал“: a plant word in quotes is the name)
            continue
        if cue.text[:1].islower() and not text[cue.end:right].strip(_SPACE_OR_QUOTE) \
                and _past_spaces_and_quotes(text, cue.end) in named_starts:
            continue   # "Telegram societatea Kalaşnikov": a lower-case word for a company before a family's or a
            #            company's name is that name's, not the capitals' before it (not "İjmaş fabrikası AK-74")
        if cue.text[:1].islower() and _and_then_capital(text, cue.end):
            continue   # "the company and Tdi said": a lower-case plant word a word for "and" follows names no one
        if _only_connectors(text[cue.end:right]) and cue.text[:1].islower() \
                and len(text[left:cue.start].split()) == 1 and _opens_sentence(text, left) \
                and text[left:cue.start].strip() not in _gazetteer()[0] \
                and text[left:cue.start].strip() not in _mid_capitals(text, capitals):
            continue   # "Diverse companii din SUA produc": a capital that opens a sentence says nothing (a town's
            #            name does: "Kazan fabrikası ... üretmiştir", and so does a word the text writes with its
            #            capital inside a sentence too: "... at the Oakfield Works. Oakfield factory also made ...")
        if bare_left and (cue.start in org_ends or cue.start - 1 in org_ends):
            continue   # "Đuro Đaković Works": the plant word ends the name of a known organisation
        if _past_spaces_and_quotes(text, right) in org_starts \
                and len((text[left:right].split() or [""])[-1]) > 1:
            # "w Zakładach Metalowych „Łucznik”": a known organisation's name the words before it describe (not
            # one after a word for "and": "v Podpolianských strojárnách Detva a ZŤS Dubnica")
            continue
        if bare_left and capitalised_nouns and not cue.text.isupper() and not _NUMBER.match(text, cue.end):
            # "die Firma Excalibur Army": where every noun has a capital, the word is description ("Werk Nr. 74" stays)
            left = cue.end + len(text[cue.end:right]) - len(text[cue.end:right].lstrip())
        elif bare_left and _latin_after_other(cue.text, text[cue.end:right]):
            # "фирма Cugir", "компания Arsenal": a word for a firm in the text's own script before a name in Latin
            # letters describes the firm; the name is the Latin words
            left = cue.end + len(text[cue.end:right]) - len(text[cue.end:right].lstrip(_SPACE_OR_QUOTE))
        _add_org(text, left, right, out, orgs)
    plant_words = [m for m in mentions if m.kind == "cue" and m.value == "org_word"]
    produce_ends = [m.end for m in mentions if m.kind == "cue" and m.value in {"produce", "maker"}]
    produce_starts = [m.start for m in mentions if m.kind == "cue" and m.value in {"produce", "maker"}]
    licence_ends = [m.end for m in mentions if m.kind == "cue" and m.value == "licence"]
    licences = [m for m in mentions if m.kind == "cue" and m.value == "licence"]
    # ("under licence from Voltavia", "licensed from Kamovex": the source of a licence is its licensor, a maker)
    sources = [m for m in mentions if m.kind == "cue" and m.value == "source" and not agent_follows
               and any(0 <= m.start - end <= 2 for end in licence_ends)]
    for cue in sorted((*(m for m in mentions if m.kind == "cue" and m.value == "agent"), *sources),
                      key=lambda m: m.start):
        # "made by ZTS Detva", "produced by the Arsenal": capitalised words after the passive agent of a
        # production word (a place after "in" is not a maker: that reading cost more than it found)
        if cue.value == "agent" and not agent_follows and not any(0 <= cue.start - end <= 12 for end in produce_ends) \
                and not _made_under_licence_by(cue, licences, produce_ends) \
                and not (capitalised_nouns and any(0 <= start - cue.end <= 40 and text[start].islower()
                                                   for start in produce_starts)):
            continue   # (where the verb comes last, "von Uralwagonsawod gebaut", it may follow the name)
        if capitalised_nouns and any(0 <= cue.start - m.end <= 2 and m.text[:1].isupper() for m in mentions
                                     if m.kind == "cue" and m.value in {"produce", "maker"}):
            continue   # "die Fertigung von Objekt 219", "Hersteller von Jets": after a noun, "von" is "of", not "by"
        if agent_follows:
            # "Bumar-Łabędy tərəfindən istehsal olunur": the agent word follows the name, the verb follows both
            if not any(0 <= start - cue.end <= 12 for start in produce_starts):
                continue
            begin = blocked.last_end(_capitals_before(text, cue.start), cue.start)
            if (begin in org_ends or begin - 1 in org_ends) and any(
                    k.start <= begin + 1 and cue.start <= k.end + 1 for k in plant_words):
                continue   # "Bumar Fabrikası tarafından": the plant word after a known name is that name's
            if text[begin:cue.start].strip() and not blocked.hit(begin, cue.start):
                _add_org(text, begin, cue.start, out, orgs)
            continue
        after = cue.end + _article(text, cue.end)
        reach = _capitals_after(text, after)
        glued = _CAPITAL_WORD.match(text, after + 1) if text[after:after + 1] in _APOSTROPHES else None
        if glued is not None and text[after + 1].isupper() and not blocked.hit(after + 1, glued.end()) \
                and not any(m.start == after + 1 and m.kind == "cue" and m.value == "force" for m in mentions):
            # ("prodotto dall'Arsenal di Kazanlak": a word for "by" cut short and glued to the name's capital)
            after, reach = after + 1, _capitals_after(text, glued.end())
        right = places.first_start(after, blocked.first_start(after, reach))
        right = _one_letter_cut(text, after, right, particles)
        begin = after + len(text[after:right]) - len(text[after:right].lstrip())
        stop = begin + len(text[begin:right].rstrip())
        if any(k.start <= begin and stop <= k.end for k in plant_words) and blocked.hit(stop, stop + 2):
            continue   # "von dem Unternehmen Uralwagonsawod": a plant word before a known name describes it
        if any(k.start <= begin and stop < k.end for k in plant_words):
            continue   # "bởi Nhà máy Z111": a capital opening a plant word of several words is no name of its own
        if right > begin and not blocked.hit(begin, begin + 1):
            _add_org(text, begin, right, out, orgs)
    if not agent_follows:
        for begin, end in _makers_before_verbs(text, mentions):
            if not blocked.hit(begin, end) and not orgs.hit(begin, end):
                _add_org(text, begin, end, out, orgs)
    words = blocked.copy()
    words.mark_all(m for m in mentions if m.kind == "cue" and m.value != "org_word")
    for found in _NUMBERED_PLANT.finditer(text) if any(w in text for w in ("厂", "廠", "工場", "공장")) else ():
        # "617厂", "第296工厂", "第617工場", "제617공장": a plant by its number (a one-character plant word is too short
        # to match alone, and the number runs into the plant word with no space)
        if not blocked.hit(found.start(), found.end()) and not orgs.hit(found.start(), found.end()):
            orgs.mark(found.start(), found.end())
            number = next(g for g in found.groups() if g).translate(_PLANT_DIGITS)
            out.append(Mention(found.start(), found.end(), "org", f"Factory {number}", found.group()))
    nouns_ending = {m.end: m for m in mentions if m.kind == "cue" and m.value == "product_noun"}
    for cue in (m for m in plant_words if is_cjk(text[m.start])):
        # "成都飛機工廠(CAC)", "第617工厂": in Chinese and Japanese the name runs right up to the plant word,
        # back to the nearest word the language file or a mention knows ("由", "坦克", a product)
        begin = cue.start
        # what the plant makes may open its name ("成都飞机工业公司": Chengdu Aircraft Industry Company)
        noun = nouns_ending.get(cue.start)
        if noun is not None and noun.start > 0 and is_cjk(text[noun.start - 1]) \
                and text[noun.start - 1] not in particles:
            begin = noun.start
        # (a city in katakana may open it: "ハルピン飛機公司")
        while begin > 0 and cue.start - begin < 10 \
                and (is_cjk(text[begin - 1]) or text[begin - 1].isdigit() or "\u30a1" <= text[begin - 1] <= "\u30fa") \
                and not words.hit(begin - 1, begin) and text[begin - 1] not in particles:
            begin -= 1
        if noun is not None and begin == noun.start:
            begin = cue.start   # no name before the noun: "坦克工厂" is a tank factory, not a name
        if begin + 1 < cue.start and _town_at(text, begin + 1) is not None and _town_at(text, begin) is None:
            begin += 1   # "交沈阳飞机制造公司": one character before a town is a word of the sentence (handed to)
        if any(m.start <= begin and m.end >= cue.end and m is not cue for m in plant_words):
            continue   # an org word inside a longer one ("公司" in "工业公司") is read with the longer one
        end = cue.end
        acronym = _PAREN_ACRONYM.match(text, end)
        if acronym:
            end = acronym.end()
        if begin < cue.start and not blocked.hit(begin, cue.start):
            _add_org(text, begin, end, out, orgs)
    for m in mentions:
        # "GAIC JJ-7A": an acronym right before a product is its maker
        if m.kind != "product" or not any(c.isdigit() for c in m.text):
            continue
        acronym = _ACRONYM.search(text, max(0, m.start - 12), m.start)
        if acronym and acronym.group().strip() not in shapes().type_acronyms \
                and acronym.group().strip() not in shapes().alliances \
                and not (blocked.hit(acronym.start(), acronym.end()) or nouns.hit(acronym.start(), acronym.end())):
            _add_org(text, acronym.start(), acronym.end() - 1, out, orgs)
            continue
        # "Harbin Z-5", "Zastava M70": a capitalised word inside a sentence right before a product is its maker,
        # unless it is a designer whose name the product carries ("Dragunov SVD") or any word the language file
        # knows; not in a language that capitalises every noun
        proper = None if capitalised_nouns else _PROPER.search(text, max(0, m.start - 30), m.start)
        while proper and (not _inside_sentence(text, proper.start(1)) or words.hit(proper.start(1), proper.end(1))) \
                and " " in proper.group(1):
            # the words nearest the product, where the first of a run opens the sentence or is a known word
            proper = _PROPER.search(text, proper.start(1) + proper.group(1).index(" ") + 1, m.start)
        if proper and proper.group(1) not in shapes().designers and not words.hit(proper.start(1), proper.end(1)) \
                and not any(w in shapes().designers for w in proper.group(1).split()) \
                and _inside_sentence(text, proper.start(1)) and not _title_case(text, m.start):
            _add_org(text, proper.start(1), proper.end(1), out, orgs)
    _field_makers(text, mentions, blocked, out, orgs)
    return out


def _field_makers(text: str, mentions: list[Mention], blocked: _Mask, out: list[Mention], orgs: _Mask) -> None:
    """"Manufacturer: ZMT", "Výrobce: KhPZ, UVZ (SSSR)", "制造商：...": in a data sheet's field whose label is a word
    for "maker" opening its line (capitalised, in a script with capitals), each name the value lists (an acronym or
    capitalised words, between commas, semicolons or slashes, a bracket's gloss left aside) is an organisation, known
    or not; a country, a product or a year in the list stays what it is."""
    for label in mentions:
        if label.kind != "cue" or label.value != "maker" or label.text[:1].islower():
            continue
        line_start = text.rfind("\n", 0, label.start) + 1
        separator = _FIELD_SEPARATOR.match(text, label.end)
        if separator is None or text[line_start:label.start].strip(" \t-•·*▪|"):
            continue
        line_end = text.find("\n", separator.end())
        line_end = len(text) if line_end < 0 else line_end
        if line_end - separator.end() > 120:
            continue   # (prose after a colon, no value of a field)
        for item in _FIELD_ITEM.finditer(text, separator.end(), line_end):
            start, end = item.start(1), item.end(1)
            words = item.group(1).split()
            if len(words) <= 5 and item.group(1)[:1].isalpha() and not item.group(1)[:1].islower() \
                    and not blocked.hit(start, end) and not orgs.hit(start, end):
                _add_org(text, start, end, out, orgs)


# a line a data sheet's label opens ("Manufacturer:", "• 研仿原型：")
_LABELLED_LINE = lazy_compile(r"[ \t]*[-•·*▪]?[ \t]*[^\s:：.。!?,，][^:：.。!?\n]{0,23}[:：]")
# (a colon, a tab, or a table's bar: "| Manufacturer | QRT |")
_FIELD_SEPARATOR = lazy_compile(r"[ \t]*[:：\t|][ \t]*")
# (one name of a field's list: up to a comma, a semicolon, a slash or a bracket; a bracket's gloss is skipped)
_FIELD_ITEM = lazy_compile(r"\s*([^,;/()\[\]\n，、；（）|]*[^,;/()\[\]\n\s，、；（）|])\s*"
                         r"(?:[(（][^)）\n]*[)）]\s*)?(?:[,;/，、；|]|$)", re.M)


def _made_under_licence_by(agent: Mention, licences: list[Mention], produce_ends: list[int]) -> bool:
    """"built under licence by ZTS": a passive agent right after a word of licence that itself follows a word of making
    names the maker, as right after the word of making."""
    return any(0 <= agent.start - k.end <= 2 and any(0 <= k.start - end <= 12 for end in produce_ends)
               for k in licences)


def _and_then_capital(text: str, pos: int) -> bool:
    """Whether a word for "and" (data/designations.yaml's; not "of", "for": "works of Bumar" is one name) and a
    capital come right after ``pos``."""
    found = _WORD_THEN_CAPITAL.match(text, pos)
    return found is not None and (found.group(1) == "&" or fold_phrase(found.group(1)) in and_words())


_WORD_THEN_CAPITAL = lazy_compile(r"\s+(\S+)\s+[A-ZÀ-ÞĀ-ŽА-ЯЁ]")


def _only_connectors(words: str) -> bool:
    """Whether a stretch after a plant word holds only spaces, quotes and connecting words ("Civil works | for T-72":
    a name read forward that ends at a connecting word a product follows has no words of its own there)."""
    return all(w.lower() in _CONNECT for w in words.strip(_SPACE_OR_QUOTE).split())


_WORD_BEFORE_NAME = lazy_compile(r"(?<![\w-])([^\W\d_]{2,12})[ \u00a0]$")
_ACRONYM = lazy_compile(r"(?<![\w.-])[A-ZА-ЯЁ]{2,6} $")
_LABEL = lazy_compile(r"\s?[:：]")
_CLAUSE_END = lazy_compile(r"\s?[,;)\]]")
_QUOTE_OPEN = lazy_compile(r"\s?[\"«„“”'‘]")
# (a word for "of" cut short may stand glued to a word of the description: "Usine d'hélicoptères de Kazan")
_DESCRIBED = lazy_compile(r"((?:\s+(?:[dl]['’])?[^\W\d_A-ZА-ЯЁ][^\W\d_]*){1,4})(?=\s+(?:d['’])?[A-ZА-ЯЁ])")
# one word (a plant's, in any case) and a labelled number: a plant named by its number alone
# (or before it: "the No. 320 plant")
_PLANT_NUMBER = lazy_compile(rf"(?:[^\W\d_]+\s*)?(?:{_NUMBER_LABEL}|{_LOWER_LABEL}|no|n)\.?\s*(\d{{1,4}})")
# (with no label, a plant word in lower case right before a short number: "на заводе 66", "na zakładzie 5")
_PLANT_BARE_NUMBER = lazy_compile(r"([^\W\d_]+)\s+(\d{1,3})")
# (nor a year: "şirket 1995'te", the firm in 1995)
_KIND_WORD_YEAR = lazy_compile(r"([^\W\d_]+)\s+(?:1[89]|20)\d\d")
# (the number also in Chinese digits, one a figure, after 第 or three at least: "第三五二厂", "六一七厂" are Factory 352
# and 617; not a count, "十二个工厂", "三百工厂", nor a short word, "一二厂")
# (a plant run by the state says so before its number, "国营626厂", "國營第296工廠": the word is the name's)
_NUMBERED_PLANT = lazy_compile(r"(?:国营|國營|国営)?(?:第|제\s?)?(\d{2,4})\s?(?:号|號|호|번)?\s?"
                             r"(?:(?:兵?工)?[厂廠]|工場|공장)"
                             r"|(?:国营|國營|国営)?(?:第([〇零一二三四五六七八九]{2,4})|(?<![〇零一二三四五六七八九十百千])([〇零一二三四五六七八九]{3,4}))"
                             r"(?:号|號)?(?:兵?工)?[厂廠]")
_PLANT_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
# "Harbin", "General Dynamics", "Heckler & Koch" (an ampersand joins the names of a firm's founders)
_PROPER = lazy_compile(r"(?<![\w.-])((?:[A-Z][a-z]{2,} (?:& )?){0,2}[A-Z][a-z]{2,}) $")


def _title_case(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` is a headline in title case ("Russia Takes Aim at Foreign AK-47 Fakers"),
    where a capital says nothing of a name."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = [w for w in text[start:len(text) if end < 0 else end].split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def _inside_sentence(text: str, pos: int) -> bool:
    """Whether a word at ``pos`` follows another word of its sentence (a capital there says it is a name)."""
    gap = text[max(0, pos - 40):pos]
    before = gap.rstrip()
    return bool(before) and "\n" not in gap[len(before):] and before[-1] not in ".!?:;\"'«„“()[]" \
        and not before[-1].isdigit()


_DESIGNATION_START = lazy_compile(r"[^\W\d_]{1,6}[-‐‑‒–—]?\d")


def _add_org(text: str, start: int, end: int, out: list[Mention], orgs: _Mask) -> None:
    newline = text.find("\n", start, end)
    if newline >= 0 and (_LABELLED_LINE.match(text, text.rfind("\n", 0, start) + 1)
                         or _LABELLED_LINE.match(text, newline + 1)):
        end = newline   # ("Manufacturer: QRT Works | Produced: 1993"): a name in a field ends with its line
    possessive = _POSSESSIVE.match(text, start, end)
    if possessive is not None:
        start = possessive.end()   # "Bulgaria's Arsenal": the ending on the country before it is not the name's
    while start < end and text[start] == " ":
        start += 1   # ("в Болгарии | заводом Арсенал": a span read from the end of a name before it opens on a space)
    words = text[start:end].rstrip(" ,").split(" ")
    while len(words) > 1 and words[0][:1].islower() and words[1][:1].isupper() \
            and not _NUMBER.match(" ".join(words[1:])):   # ("plant No. 74" keeps its plant word)
        # "zbrojovkou Excalibur Army", "zakładach PZL": a common noun in any case before the name is no part of it
        start += len(words.pop(0)) + 1
    while len(words) > 1 and words[0][-2:] in {"'s", "’s"}:
        start += len(words.pop(0)) + 1   # "Shenyang's Factory 66": the town that owns the plant is no word of its name
    while len(words) > 1 and _SUFFIXED.match(words[0]):
        # "Urallar'daki İjmaş fabrikası": a name with a case ending after an apostrophe says where, or whose
        start += len(words.pop(0)) + 1
    while len(words) > 1 and words[-1].lower() in _CONNECT:
        words.pop()   # "Bumar works of | Poland": a connecting word left before a country is not part of the name
    end = start + len(" ".join(words))
    name = text[start:end].strip(" ,")
    if _opens_quote(name):
        # 'koncerna "' before a name another mention holds: a quotation mark that opens nothing is no part of a name
        end = text.rindex(name[-1], start, end)
        name = text[start:end].strip(" ,")
    if _DESIGNATION_START.match(name) or name.lower() in shapes().type_words:
        return   # "Produktion von MIG-15-Exemplaren": a name that opens with a designation is a product's; "vom Typ
        #          M-84": a word for "type" is none
    # a name has a capital or a number, or is written in a script without capitals (Chinese, Japanese)
    if len(name) >= 2 and any(c.isupper() or c.isdigit() or is_cjk(c) for c in name) and not orgs.hit(start, end) \
            and any(c.isalpha() for c in name):   # "dal 1965" after an agent word is a date, not a maker
        orgs.mark(start, end)
        quoted = _QUOTED.search(name)
        # a quoted name is the organisation's own name; the plant word around it is description
        canonical = quoted.group(1).strip() if quoted else name
        numbered = _PLANT_NUMBER.fullmatch(canonical)
        bare = _PLANT_BARE_NUMBER.fullmatch(canonical) if numbered is None else None
        dated = _KIND_WORD_YEAR.fullmatch(canonical) if numbered is None else None
        if dated is not None and dated.group(1).islower():
            return   # "şirketi 1995'ten bu yana": a plant word in lower case and a year after it is a date, no name
        if numbered is not None:
            # "заводе №22", "zakład nr 5", "závod č. 3": a plant known by its number alone is "Factory 22" in any
            # language (as "第22厂" is)
            canonical = f"Factory {numbered.group(1)}"
        elif bare is not None and bare.group(1).islower():
            canonical = f"Factory {bare.group(2)}"   # ("заводе 66"; a capitalised name keeps its own: "Arsenal 2")
        out.append(Mention(start, start + len(text[start:end].rstrip(" ,")), "org", canonical, name))


_SPACE_OR_QUOTE = ' ,"«»„“”'
_OPENING_QUOTES = frozenset('"„“«‚')
_CLOSING_QUOTES = frozenset('"”»“’')


def _past_spaces_and_quotes(text: str, i: int) -> int:
    """Where the run of spaces, commas and quotation marks at ``i`` ends."""
    while i < len(text) and text[i] in _SPACE_OR_QUOTE:
        i += 1
    return i


def _opens_quote(name: str) -> bool:
    """Whether a name ends with a quotation mark that opens a quotation ('koncerna "', 'завод «')."""
    last = name[-1:]
    if last == '"':
        return name.count('"') % 2 == 1
    return last in "«„" or (last == "“" and "„" not in name)


_SUFFIXED = lazy_compile(r"[^\W\d_]{3,}['’][^\W\d_A-ZÇĞİÖŞÜ]{2,}$")   # (not a syllable's mark: "Xi'an")


def _one_letter_cut(text: str, start: int, end: int, particles: frozenset[str]) -> int:
    """Where a name read forward stops at a one-letter lower-case word of the language ("Ansaldo | a Genova",
    "Beretta | à Gardone"): such words are "in", "at", "and", never part of a name."""
    for m in _ONE_LETTER.finditer(text, start, end):
        if m.group(1) in particles:
            return m.start()
    return end


# (not a number's label written apart from its sign: "l'usine n ° 617")
_ONE_LETTER = lazy_compile(r" ([^\W\d_A-ZА-ЯЁ]) (?=\S)(?![°º])")


def _same_names_joined(text: str, out: list[Mention]) -> list[Mention]:
    """"마카로프 PM", "Макаров ПМ": a name of words alone (a designer's, a family's) right before another that
    resolves to the same design, a space between, is one mention of it (two would read as a design and its kin, or as
    two designs of a list); not a designation before its nickname, "the Mi-8 Hip", which names an alias."""
    products = sorted((m for m in out if m.kind == "product"), key=operator.attrgetter("start"))
    joined: dict[int, Mention] = {}   # id of the second of a pair -> the mention of both
    gone: set[int] = set()
    for a, b in itertools.pairwise(products):
        first = joined.get(id(a), a)
        if a.value == b.value and not a.pointer and not b.pointer and a.end < b.start <= a.end + 1 \
                and text[a.end:b.start] == " " and not any(ch.isdigit() for ch in first.text):
            joined[id(b)] = replace(b, start=first.start, text=text[first.start:b.end])
            gone.add(id(a))
    if not joined:
        return out
    return [joined.get(id(m), m) for m in out if id(m) not in gone]


def _designation_and_its_word(text: str, out: list[Mention]) -> list[Mention]:
    """"T-55 Enigma": a designation right before a known name, a space between, where the two written together are
    that name (the registry knows it as "T-55 Enigma", its last word alone as an alias), is one mention of it; not a
    designation before its nickname ("the Mi-8 Hip": "Hip" is the Mi-8 itself)."""
    products = sorted((m for m in out if m.kind == "product"), key=operator.attrgetter("start"))
    joined: dict[int, Mention] = {}
    gone: set[int] = set()
    for a, b in itertools.pairwise(products):
        if text[a.end:b.start] == " " and not a.pointer and not b.pointer and a.value != b.value \
                and any(ch.isdigit() for ch in a.text) and b.value == f"{a.value} {b.text}":
            joined[id(b)] = replace(b, start=a.start, text=text[a.start:b.end])
            gone.add(id(a))
    if not joined:
        return out
    return [joined.get(id(m), m) for m in out if id(m) not in gone]


# the word right before a verb ("KMZ began"): a maker's name in capitals, or a word of the verb phrase
_MAKER_WORD = lazy_compile(r"[^\W\d_][\w&-]*$")


def _makers_before_verbs(text: str, mentions: list[Mention]) -> Iterator[tuple[int, int]]:
    """Where a word in capitals nobody lists ("IAR", "FEG", "ZTS") stands right before a word of making, two
    lower-case words at most between ("KMZ began making the PKM-2", "ZVS later built the T-55"): the maker
    doing it. (A name with only its first capital is not read so: "Engineers built", and on real text more such
    readings were wrong than right.)"""
    # (where words of linking stand, looked up: a text has many words of making and many mentions)
    linking = sorted(m.start for m in mentions if m.kind == "cue" and m.value in {"copula", "anaphor"})
    # (a word in capitals the language file lists for a kind of product is no maker: "БМП чехословацкого
    # производства", an infantry fighting vehicle of Czechoslovak make; "ЗРК", "BWP")
    kinds = {(m.start, m.end) for m in mentions if m.kind == "cue" and m.value == "product_noun"}
    for verb in mentions:
        if verb.kind != "cue" or verb.value != "produce" or not verb.text[:1].islower():
            continue
        end = verb.start
        for _ in range(3):
            head = text[max(0, end - 40):end]
            word = _MAKER_WORD.search(head.rstrip())
            if word is None:
                break   # (a mark between ends the verb phrase: "in Poland, later built")
            stop = end - (len(head) - len(head.rstrip()))
            start = stop - len(word.group())
            name = word.group()
            if name[:1].islower():
                end = start   # a lower-case word of the verb phrase ("has", "later", "began")
                continue
            # (the gazetteer asked last: most texts never need it loaded)
            at = bisect.bisect_left(linking, stop)
            if name.isupper() and 2 <= len(name) <= 6 and not (at < len(linking) and linking[at] < verb.start) \
                    and name not in _gazetteer()[0] and (start, stop) not in kinds:
                yield start, stop   # (not before a passive: "BMP-1s were made" names what was made; nor the verb
                #                     after a relative word, its antecedent's; nor a town, which is where, not who)
            break


def _mid_capitals(text: str, kept: list[frozenset[str]]) -> frozenset[str]:
    """The capitalised words the text writes inside a sentence somewhere (not only opening one): proper names, not words
    capitalised because they open the sentence. Read in one pass the first time a caller asks, kept in ``kept``."""
    if not kept:
        kept.append(frozenset(m.group() for m in _MID_SENTENCE_WORD.finditer(text)
                              if m.group()[:1].isupper() and not _opens_sentence(text, m.start())))
    return kept[0]


_MID_SENTENCE_WORD = lazy_compile(r"(?<!\w)[^\W\d_][\w'’-]*")


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether a word at ``pos`` opens a sentence or a line (only spaces, quotes or brackets after an end mark)."""
    before = text[max(0, pos - 20):pos].rstrip(" \t\"'„“«(")
    return not before or before[-1] in ".!?\n:;"


def _agreeing_before(text: str, pos: int) -> int:
    """Where a plant's name begins that is a capitalised adjective and one or two lower-case ones agreeing with
    it ("Казанском вертолетном | заводе", "Уральский вагоностроительный | завод"): the words end alike; else
    ``pos``."""
    window = max(0, pos - 80)
    for k in (1, 2):
        words = [(m.start(), m.group()) for m in _HYPHENATED_WORD.finditer(text[window:pos])][-(k + 1):]
        if len(words) < k + 1 or text[window + words[-1][0] + len(words[-1][1]):pos].strip():
            return pos
        (first_at, first), lower = words[0], [w for _, w in words[1:]]
        lead = text[max(0, window + first_at - 30):window + first_at].split()
        labelled = bool(lead) and lead[-1][-1:] == ":"   # ("Výrobce: Kazaňský letecký závod": a field's value)
        if not labelled and (not lead or not lead[-1][:1].islower() or lead[-1][-1:] in ".!?"):
            continue   # "Several local plants", "Новый завод": a capital that opens a sentence says nothing
        # (a town of two words makes one adjective: "Улан-Удэнском авиационном заводе"; Bulgarian glues "the" to the
        # first: "Казанлъшки|те оръжейни заводи")
        endings = {first[-1]} | {first[-len(a) - 1] for a in _GLUED_ARTICLES if first.endswith(a) and len(first) > 5}
        if len(first) >= 4 and all(part[:1].isupper() and part[1:].islower() for part in first.split("-")) \
                and all(len(w) >= 4 and w.islower() and w[-1] in endings for w in lower) \
                and all(c in " \t" for c in _between_words(text, window, words)):
            return window + first_at
    return pos


_GLUED_ARTICLES = ("те", "та", "то", "ят")   # Bulgarian and Macedonian "the", glued to a noun's first adjective
_HYPHENATED_WORD = lazy_compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _between_words(text: str, window: int, words: list[tuple[int, str]]) -> str:
    return "".join(text[window + a + len(w):window + b] for (a, w), (b, _) in itertools.pairwise(words))


def _capitals_before(text: str, pos: int) -> int:
    start = pos
    joined = False
    for _ in range(5):
        m = re.search(r"([\"'„“«‚]?[^\W\d_][\w.&'’-]*[\"”»’']?)\s+$", text[max(0, start - 60):start])
        if not m or "\t" in m.group(0) or "  " in m.group(0) or "\n" in m.group(0):
            break   # ("Manufacturer<tab>Factory 617": a field's label, set apart by a tab or spaces, is no word of it;
            #         nor one on the line before: "Producer\nOakfield Works")
        word = m.group(1)
        if word.lower() in _CONNECT and not joined and start < pos:
            # "Makine ve Kimya Endüstrisi": a word that joins two capitalised words of a name
            prev = re.search(r"([^\W\d_][\w.&'’-]*)\s+$", text[max(0, start - 60 - len(word)):start - len(m.group(0))])
            if prev is not None and prev.group(1)[:1].isupper():
                joined = True
                start -= len(m.group(0))
                continue
        if not word[:1].isupper() and not word[1:2].isupper():
            break
        if word.endswith(".") and len(word.rstrip(".")) > 3:
            break   # "пишет РИА Новости. | Этими заводами", "w Gliwicach. | Huta": a sentence ended there
        begin = start - (len(text[max(0, start - 60):start]) - m.start(1))
        before = text[max(0, begin - 3):begin]
        opening = not before.strip(" \t") or before.rstrip()[-1:] in ".!?\n"
        if len(word) <= 3 and not (word.isupper() and len(word) > 1) and opening:
            break   # "The plant", "La fábrica": an article opening the sentence is not part of a name
        start = begin
    return start


_POSSESSIVE = lazy_compile(r"['’]s?\s+")
_NEXT_CAPITAL = lazy_compile(r" [A-ZА-ЯЁ][a-zа-яё]")
_PAREN_ACRONYM = lazy_compile(r"\s?[(（][A-Z]{2,6}[)）]")
_SHORT_LOWER = lazy_compile(r"\s+[^\W\d_]{1,3}(?=\s+[^\W\d_])")


def is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def unspaced(char: str) -> bool:
    """A letter of a script that writes its words together (Chinese, Japanese kana): a word is known by its place."""
    return is_cjk(char) or "\u3040" <= char <= "\u30ff"


def _article(text: str, pos: int) -> int:
    """The length of a short lower-case word ("the", "la", "der") between a preposition and a name."""
    m = _SHORT_LOWER.match(text, pos)
    return m.end() - pos if m and m.group().strip().islower() else 0


def _through_places(text: str, stop: int, right: int, blocked: _Mask, countries: dict[int, int]) -> int:
    """Where a name of capitalised words that a country's name interrupts at ``stop`` ends: past the country where
    the name goes on to a plant's number ("Pabrik Mesin Mongolia Dalam No. 617"), else at the country."""
    end = countries.get(stop)
    if end is None or end > right:
        return stop
    rest = _capitals_after(text, end)   # (the name may go on past the words read so far: "... Interior N.º 617")
    if rest <= end or blocked.first_start(end, rest) < rest or not _ENDS_NUMBERED.search(text, end, rest):
        return stop   # (only to a plant's number: not "Pabrik Tank Polandia Bumar", "Bumar de Polonia Gliwice")
    return rest


def _through_capital_adjective(text: str, right: int, adjective: Mention, blocked: _Mask) -> int:
    """Where a name of capitalised words goes on past a capitalised country adjective right after ``right`` (a word
    for "of" and more capitals after it), else ``right``."""
    if not adjective.text[:1].isupper() or text[right:adjective.start].strip():
        return right
    rest = _capitals_after(text, adjective.end)
    words = text[adjective.end:rest].split()
    if len(words) < 2 or words[0].casefold() not in _CONNECT or blocked.first_start(adjective.end, rest) < rest:
        return right
    return rest


@cache
def _and_words() -> frozenset[str]:
    return frozenset(w.strip() for w in and_words())


def _capitals_after(text: str, pos: int) -> int:
    end = pos
    quoted = _QUOTED.match(text, end)
    if quoted:
        return quoted.end()
    number = _NUMBER.match(text, end)
    if number:
        return number.end()
    connectors = 0
    for _ in range(5):
        m = re.match(r"\s+([^\W_][\w.&'’-]*)", text[end:end + 60])
        if not m:
            break
        word = m.group(1)
        if (word.lower() in _CONNECT or (word[-1:] == "." and word[:-1].lower() in _CONNECT)) and connectors < 2:
            connectors += 1
            nxt = re.match(r"\s+\S+\s+([^\W_])", text[end:end + 80])
            if nxt and nxt.group(1).isupper():
                end += m.end()
                continue
            break
        digits = word.rstrip(".")
        if digits.isdigit() and len(digits) <= 3 and end > pos \
                and _number_closes_name(text, end + m.end() - len(word) + len(digits)):
            # "fabricado na Fábrica Estatal 66, perto de Pequim": a plant's number ends its name (where the clause ends
            # with it: not "Works 2 years later")
            return end + m.end() - len(word) + len(digits)
        if _ELIDED_OF.match(word) and word[2].isupper() and connectors < 2:
            connectors += 1   # "l'arsenal d'Orenbourg": a word for "of" cut short and glued to the capital after it
            end += m.end()
            if word.endswith("."):
                return end - 1   # (and the sentence ends with it)
            continue
        labelled = _LABELLED_NUMBER.match(text, end)
        if labelled is not None:
            return labelled.end()   # "Pabrik Mesin Mongolia Dalam No. 617": a plant's number ends its name (its
            #                         label in lower case too: Polish "nr 5", Czech "č. 3")
        if not word[:1].isupper():
            break
        if word.endswith(".") and not (word[:-1].isupper() and len(word) <= 4
                                       and _NEXT_CAPITAL.match(text, end + m.end())):
            return end + m.end() - 1  # a sentence ends there, unless the word is a short abbreviation ("PT. Pindad")
        end += m.end()
    return end


_CLOSING_QUOTE = lazy_compile(r"[\"”»“’']")
# a short word after a plant's number, then a year or a capital ("66 dal 1956", "66 near Beijing")
_SHORT_THEN_YEAR = lazy_compile(r"\s+([^\W\d_]{1,5})\s+(?:\d{4}(?!\d)|[^\W\d_])")


def _number_closes_name(text: str, at: int) -> bool:
    """Whether a plant's number that ends at ``at`` ends its name: the clause ends there, a closing quote follows
    ('"Fabbrica Statale 66"'), or a short lower-case word of relation and a year or a capitalised name after it
    ("Fábrica Estatal 66 desde 1956"; not "Works 2 years later")."""
    if _NAME_CLOSES.match(text, at) or _CLOSING_QUOTE.match(text, at):
        return True
    short = _SHORT_THEN_YEAR.match(text, at)
    return short is not None and short.group(1).islower() and (
        text[short.end() - 1].isdigit() or text[short.end() - 1].isupper())


def _not_a_country(written: str, language: Language) -> bool:
    """Whether a country's match is a word the language file lists under ``not_countries``, bare or after its clitics
    ("المالية": the article and "مالية", financial)."""
    word = written.replace(SKIP, "").strip()
    return word in language.not_countries or any(
        word.startswith(p) and word[len(p):] in language.not_countries for p in _folded_prefixes(language.prefixes))


@cache
def _folded_prefixes(prefixes: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f for p in prefixes if (f := fold_phrase(p)))


def _opens_currency_name(folded: str, start: int, code: str) -> bool:
    """Whether the folded text at a country's name opens a currency's name in the language ("us dollar" in "US-Dollar",
    "yhdysvaltain dollaria"), the name's last word ending a word of the text."""
    words = folded[start:start + 60].split()
    # (asked of every country's name: only the names that open with its first word are compared)
    return bool(words) and any(tuple(words[:len(name)]) == name for name in _currencies_by_head(code).get(words[0], ()))


@cache
def _currencies_by_head(code: str) -> dict[str, list[tuple[str, ...]]]:
    """A language's currency names (``currency_names``) by their first folded word; kept in the build cache (babel
    takes 60 ms to name a language's three hundred currencies in every count's form)."""
    def build() -> dict[str, list[tuple[str, ...]]]:
        out: dict[str, list[tuple[str, ...]]] = {}
        for name in sorted(currency_names(code)):
            out.setdefault(name[0], []).append(name)
        return out

    return load_or_build(f"currencies-{code}", [], build)


def _after_type_word(text: str, at: int) -> bool:
    """Whether a word for "type" (``type_words``: "type", "tipa", "типа", "typu") stands right before a quote, a space
    between ("tri broda tipa "Osa I"", "craft of the type "Osa I""): the quoted name is the type's, a product."""
    word = _TYPE_WORD_BEFORE.search(text, max(0, at - 24), at)
    return word is not None and word.group(1).lower() in shapes().type_words


_TYPE_WORD_BEFORE = lazy_compile(r"([^\W\d_]+) $")


def _names_a_maker(text: str, at: int, matches: list[Match], out: list[Mention]) -> bool:
    """Whether the nearest thing named before a place in its sentence is a plant or a company (a plant word, "das
    Unternehmen", or a maker's name, "GAZ 30") rather than a product or a word for one ("die Pistole", "the T-72")."""
    opening = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at))
    things = [(m.end, m.phrase.cls in {"org_word", "maker"}) for m in matches
              if m.phrase.cls in {"org_word", "maker", "product_noun"} and opening < m.start and m.end <= at]
    things += [(m.end, m.kind == "org") for m in out
               if m.kind in {"org", "product"} and opening < m.start and m.end <= at]
    return bool(things) and max(things)[1]


def _maker_finder(text: str, matches: list[Match], out: list[Mention]) -> Callable[[int], bool]:
    """``_names_a_maker`` for many places of one text whose mentions no longer change: the things named sorted once,
    each place looked up by bisection within its sentence (at most ``_SENTENCE_REACH`` characters back), so a long
    text costs no more per place."""
    things = sorted([(m.end, m.start, m.phrase.cls in {"org_word", "maker"}) for m in matches
                     if m.phrase.cls in {"org_word", "maker", "product_noun"}]
                    + [(m.end, m.start, m.kind == "org") for m in out if m.kind in {"org", "product"}])
    ends = [end for end, _, _ in things]

    def before(at: int) -> bool:
        floor = max(0, at - _SENTENCE_REACH)
        opening = max(text.rfind(". ", floor, at), text.rfind("\n", floor, at), floor - 1)
        nearest, maker = -1, False
        i = bisect.bisect_right(ends, at) - 1
        while i >= 0 and things[i][0] > opening and (nearest < 0 or things[i][0] == nearest):
            end, start, is_maker = things[i]
            if start > opening:
                nearest, maker = end, maker or is_maker
            i -= 1
        return nearest >= 0 and maker

    return before


_SENTENCE_REACH = 1000   # characters back from a place within which the sentence it stands in opens
