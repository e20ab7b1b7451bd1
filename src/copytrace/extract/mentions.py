"""Mentions in a sentence, and the small geometry the rules reason with.

A mention is a span of the original text with what it means: a product, organization,
country, person, year, or a cue phrase of some class. Rules ask questions such as "which
product comes nearest before this cue" or "which countries are listed right after it".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from copytrace.extract.langdata import LangData

_WORD = re.compile(r"[^\W_]+|['’]s\b|[,;:()]", re.UNICODE)
# Articles and possessives that may sit inside a list or between a cue and its name.
_LIGHT = frozenset({"the", "a", "an", "its", "their", "le", "la", "les", "l", "des", "du", "de", "der", "die", "das",
                    "den", "dem", "el", "los", "las", "un", "una", "une", "ein", "eine", "einen", "sang",
                    "para", "si", "'s"})


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    group: str           # product | organization | country | person | year | cue
    target: str          # entity id, cue class, or the year
    canonical: str       # canonical name / the year / the cue phrase
    text: str            # as written
    generic: bool = False
    discovered: bool = False
    adjective: bool = False
    short: bool = False  # an organization's short form, which is also a place name

    def is_cue(self, *classes: str) -> bool:
        return self.group == "cue" and (not classes or self.target in classes)


class Vocab:
    """The merged word lists of the languages a clause is read in, built once per language tuple."""

    __slots__ = ("anaphora", "given_names", "langs", "light", "sets", "since")

    def __init__(self, langs: tuple[LangData, ...]) -> None:
        self.langs = langs  # held, so that the ids keying the cache stay unique
        self.sets: dict[str, frozenset[str]] = {}
        self.anaphora = tuple(_phrase_key(p) for lang in langs for p in lang.anaphora)
        self.since = tuple(_phrase_key(p) for lang in langs for p in lang.since_preps)
        self.given_names: frozenset[str] = frozenset().union(*(lang.given_names for lang in langs))
        self.light = _LIGHT | self.word_set("conjunctions") | {","}

    def word_set(self, attr: str) -> frozenset[str]:
        found = self.sets.get(attr)
        if found is None:
            out: set[str] = set()
            for lang in self.langs:
                out |= getattr(lang, attr)
            found = self.sets[attr] = frozenset(out)
        return found


_VOCABS: dict[tuple[int, ...], Vocab] = {}


def vocab_for(langs: tuple[LangData, ...]) -> Vocab:
    key = tuple(id(lang) for lang in langs)
    found = _VOCABS.get(key)
    if found is None:
        found = _VOCABS[key] = Vocab(langs)
    return found


def _phrase_key(phrase: str) -> str:
    return " " + " ".join(w.lower() for w in _WORD.findall(phrase)) + " "


@dataclass(slots=True)
class Clause:
    """The mentions of one sentence (or one side of a "while"), in text order."""

    text: str
    start: int
    end: int
    lang: LangData
    langs: tuple[LangData, ...]
    mentions: list[Mention]
    _words_cache: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    _cue_cache: dict[tuple[str, ...], list[Mention]] = field(default_factory=dict)
    # memo for rules that ask the same question of a clause more than once (licensors)
    memo: dict[str, object] = field(default_factory=dict)
    vocab: Vocab = field(init=False)

    def __post_init__(self) -> None:
        self.vocab = vocab_for(self.langs)

    # -- words -----------------------------------------------------------------------------

    def words(self, a: int, b: int) -> list[str]:
        """Folded words (and , ; : parentheses) of text[a:b]."""
        if b <= a:
            return []
        key = (a, b)
        if key not in self._words_cache:
            self._words_cache[key] = [w.lower() for w in _WORD.findall(self.text, a, b)]
        return self._words_cache[key]

    def gap(self, left: Mention, right: Mention) -> int:
        return len(self.words(left.end, right.start))

    def word_set(self, attr: str) -> frozenset[str]:
        return self.vocab.word_set(attr)

    def phrase_in(self, a: int, b: int, phrases: Iterable[str]) -> bool:
        """Whether one of ``phrases`` occurs as whole words in text[a:b]."""
        joined = " " + " ".join(self.words(a, b)) + " "
        return any(_phrase_key(p) in joined for p in phrases)

    def ends_with_since(self, pos: int) -> bool:
        """Whether a "from", "since", "ab", "od roku" stands right before ``pos``."""
        words = self.words(max(self.start, pos - 40), pos)[-4:]
        joined = " " + " ".join(words) + " "
        return any(joined.endswith(p) for p in self.vocab.since)

    def anaphor_in(self, a: int, b: int) -> bool:
        """Whether an anaphor of the clause's languages ("the weapon", "it") occurs in text[a:b]."""
        joined = " " + " ".join(self.words(a, b)) + " "
        return any(p in joined for p in self.vocab.anaphora)

    def has_words(self, a: int, b: int, attr: str) -> bool:
        """Whether text[a:b] holds a word or phrase of the languages' ``attr`` list."""
        words = self.words(a, b)
        joined = " " + " ".join(words) + " "
        return any((" " + w + " ") in joined for w in self.word_set(attr))

    def light_gap(self, a: int, b: int, extra: frozenset[str] = frozenset()) -> bool:
        """Only articles, conjunctions and commas (or ``extra`` words) between a and b."""
        light = self.vocab.light
        return all(w in light or w in extra for w in self.words(a, b))

    # -- mentions --------------------------------------------------------------------------

    def of(self, *groups: str) -> list[Mention]:
        return [m for m in self.mentions if m.group in groups]

    def cues(self, *classes: str) -> list[Mention]:
        key = classes
        found = self._cue_cache.get(key)
        if found is None:
            found = self._cue_cache[key] = [m for m in self.mentions if m.is_cue(*classes)]
        return found

    def before(self, pos: int, group: str, max_words: int = 12) -> Mention | None:
        """The nearest ``group`` mention ending before ``pos``, within ``max_words`` words."""
        best = None
        for m in self.mentions:
            if m.group == group and m.end <= pos and len(self.words(m.end, pos)) <= max_words:
                best = m
        return best

    def after(self, pos: int, group: str, max_words: int = 8) -> Mention | None:
        for m in self.mentions:
            if m.group == group and m.start >= pos:
                return m if len(self.words(pos, m.start)) <= max_words else None
        return None

    def listed(self, first: Mention, forward: bool = True) -> list[Mention]:
        """``first`` and the mentions of its group coordinated with it ("Bulgaria, Poland and China")."""
        same = [m for m in self.mentions if m.group == first.group]
        i = same.index(first)
        out = [first]
        step = 1 if forward else -1
        j = i + step
        while 0 <= j < len(same):
            a, b = (out[-1], same[j]) if forward else (same[j], out[-1])
            if not self.light_gap(a.end, b.start) or self.between(a.end, b.start, exclude=(first.group,)):
                break
            out.append(same[j])
            j += step
        return out if forward else out[::-1]

    def between(self, a: int, b: int, exclude: Iterable[str] = ()) -> list[Mention]:
        """Name mentions strictly inside text[a:b] (cues and ``exclude`` groups left out)."""
        skip = {"cue", *exclude}
        return [m for m in self.mentions if m.start >= a and m.end <= b and m.group not in skip]
