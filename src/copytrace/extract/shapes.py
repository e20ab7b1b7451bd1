"""Mentions found by their shape, whether or not anyone knows them: designations and years.

A designation is letters and a number in any script ("T-72M1", "Т-72", "MiG-21bis", "Type 56-1",
"56式", "PM md. 63", "vz. 58", "歼-7"); what looks like one but is a date, a price, a count, a
page or serial number, a unit or a calibre is rejected by its shape and the words around it.
The prefixes, letter-only names and words that may stand before a number live in
``data/designations.yaml``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import babel
import babel.numbers
from anyascii import anyascii

from copytrace.extract.lexicon import data_file
from copytrace.extract.match import fold_phrase, han_or_kana
from copytrace.lazyre import lazy_compile

_UP = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁЂ-ЏΑ-Ω"
_LOW = "a-zà-öø-ÿā-žа-яёђ-џα-ω"
_DASHES = "-‐‑‒–—−－"   # (with the minus sign and the full-width hyphen: "H−5", "歼－7")
_ARABIC = lazy_compile(r"[\u0600-\u06ff]")
_DASH = r"\-‐‑‒–—−－ـ"  # inside a character class (with the Arabic tatweel: "می ـ 17")
# A letter or digit of a script that spaces its words: Chinese, Japanese, Korean and Thai run their words
# into a designation ("生産されたMiG-21F-13に"), so their characters do not join one.
# Hebrew writes one-letter words (ה the, ב in, ל to, מ from, ו and, ש that, כ as) onto the next, with a hyphen
# before a number or a Latin name: "ה-J-7", "ב-1959"
_HEBREW = "הבלמושכ"
# A one-letter word of Arabic or Hebrew written onto the next with no hyphen, also before a name in Latin letters
# ("وT-55", and the T-55; "لPT-91"; "וT-72"): the name still starts at its capital
_CLITIC = "[وبلفك" + _HEBREW + "]"
RUN_ON = _RUN_ON = r"\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_W = rf"[^\W{_RUN_ON}]"
# Combining marks, which are no letters to a pattern but stand inside a word: Latin accents, Hebrew points, Arabic
# vowels, Devanagari vowel signs ("छोटी 72" is no "टी 72")
_MARKS = r"\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963"




@dataclass(frozen=True, slots=True)
class Designation:
    start: int
    end: int
    text: str
    canonical: str      # Latin spelling ("Т-72" -> "T-72", "56式" -> "Type 56", "歼-7" -> "J-7")
    family: str         # letters before the number, upper-cased ("T", "MIG", "TYPE", "AK")


@dataclass(frozen=True, slots=True)
class Year:
    start: int
    end: int
    value: int
    decade: bool        # "the 1960s", "1960-х", "1960er": a period, never an introduction year
    range_end: bool     # the second year of "1982-1990"


class LazyPattern:
    """A regular expression compiled when it is first used. The patterns of Chinese, Japanese and Korean names and
    of names in other scripts take re 90 ms to compile (every range of a large letter class is walked letter by
    letter); a process that reads only Latin and Cyrillic text never compiles them, and one that does pays once."""

    __slots__ = ("_compiled", "_source")

    def __init__(self, source: str) -> None:
        self._source = source
        self._compiled: re.Pattern[str] | None = None

    def finditer(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        if self._compiled is None:
            self._compiled = re.compile(self._source)
        return self._compiled.finditer(text, pos, endpos)


@dataclass(frozen=True, slots=True)
class Shapes:
    pattern: re.Pattern[str]
    letters_only: re.Pattern[str]
    cjk: LazyPattern
    cjk_prefixes: dict[str, str]
    scripts: LazyPattern
    script_prefixes: dict[str, str]
    reject_prefix: frozenset[str]
    units: re.Pattern[str]
    word_prefixes: frozenset[str]
    months: frozenset[str]
    currencies: frozenset[str]
    designers: frozenset[str]
    type_acronyms: frozenset[str]
    type_words: frozenset[str] = frozenset()   # "Type", "Тип", "Tipo": the prefix of a numbered type, "Type 56"
    traders: frozenset[str] = frozenset()      # parts of a foreign-trade agency's name ("Rosoboron|export")
    alliances: tuple[str, ...] = ()            # names of the alliance whose reporting names texts quote ("NATO")
    bureaus: dict[str, str] = field(default_factory=dict)   # "SU" -> "Su": a design bureau's prefix as it is written
    # "SU" -> ("SU", "RU"): the countries whose rights a bureau's designs are
    bureau_homes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    reporting_names: frozenset[str] = frozenset()   # the alliance's names for designs ("Fishbed", "Hind")
    reported_families: frozenset[str] = frozenset()   # the prefixes of the designs it names ("MIG", "SA")
    # the first letters of the names the alliance gives each bureau's designs ("MI": "H", helicopters)
    reporting_letters: dict[str, str] = field(default_factory=dict)
    # a bureau's prefix with a case ending: "MiG-a 21", "MiG-ova 29" (Polish, Serbian), "MiGu-21" (Czech)
    cased: re.Pattern[str] = re.compile("(?!)")
    bureau_words: tuple[str, ...] = ()   # folded words of a design bureau's name ("okb", "design bureau")
    # a letter every match of ``cjk`` and of ``scripts`` holds: a text without any skips the pattern (most texts)
    cjk_letters: re.Pattern[str] = re.compile("")
    script_letters: re.Pattern[str] = re.compile("")
    # words of a kind of design after which a two-letter prefix in Arabic letters may stand apart from its number
    # ("طراز سو 33", of the Su 33 model)
    kind_words: frozenset[str] = frozenset()
    # where a match of ``pattern`` (of ``cased``) may start: a letter one opens with, where the pattern's lookbehinds
    # allow it (every place, where not given)
    starts: re.Pattern[str] = re.compile(".", re.DOTALL)
    cased_starts: re.Pattern[str] = re.compile(".", re.DOTALL)
    # letters spelled out that stand for a version's letter only after another, a space between ("إس كا": SK)
    spaced_letters: dict[str, str] = field(default_factory=dict)


# Runs of spelled-out letters that name a country or a union, not a version: "यूएसएसआर" (USSR), "यूएस" (US).
_NOT_SUFFIXES = frozenset({"US", "USA", "UK", "USSR", "UN", "EU", "UAE", "PRC", "DPRK", "GDR", "FRG", "CSSR"})


def _spelled_letters(run: str, names: dict[str, str]) -> str:
    """The Latin letters a run of spelled-out letter names stands for ("एमकेआई" -> MKI), longest names first."""
    out = []
    while run:
        name = max((n for n in names if len(names[n]) == 1 and run.startswith(n)), key=len)
        out.append(names[name])
        run = run[len(name):]
    return "".join(out)


def _word_before(text: str, pos: int) -> str:
    """The word right before ``pos`` (past spaces and an opening quote: "من طراز \"سو 33\""), folded."""
    words = [w for w in text[max(0, pos - 30):pos].split() if fold_phrase(w).strip()]
    return fold_phrase(words[-1]) if words else ""


def _yeh(pattern: str) -> str:
    """A pattern of Arabic letters that also takes a yeh written as a dotless alif maksura, as Egyptian text writes a
    final yeh ("تى-72", "مى-17", "سوخوى-35" are the T-72, the Mi-17 and the Su-35)."""
    return pattern.replace("ي", "[يى]")


def _prefix_alternation(prefixes: Iterable[str], spell: Callable[[str], str] = re.escape) -> str:
    """The prefixes of ``script_prefixes`` or ``cjk_prefixes`` as one alternation, longest first: one written with a
    final "-" needs a dash, any dash. Those are tried first, their letters in one group before one class of dashes:
    a class of dashes costs re a third of a millisecond to compile, which written once a prefix, in three patterns,
    cost 60 ms at every start. (No other prefix starts with a dashed one's letters and a dash, which would make the
    order matter.)"""
    ordered = sorted(prefixes, key=len, reverse=True)
    dashed = "|".join(spell(p[:-1]) for p in ordered if p.endswith("-"))
    plain = [spell(p) for p in ordered if not p.endswith("-")]
    return "|".join([f"(?:{dashed})[{_DASH}־]"] * bool(dashed) + plain)


@cache
def _data() -> dict[str, object]:
    """data/designations.yaml, parsed once (each of the words read from it asks for it)."""
    loaded = data_file("designations")
    assert isinstance(loaded, dict)
    return loaded


def by_first_character(phrases: list[str]) -> str:
    """An alternation of the phrases as written, grouped by their first character and in their order within each
    group: the same matches as the phrases one after another (two of different first characters never match at one
    place), but re tries at each place only the group of the character standing there, not every phrase (the shape
    of designations is tried at every word of a text, reporting names at every word of a sentence)."""
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        groups.setdefault(phrase[:1], []).append(re.escape(phrase[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in groups.items())


@cache
def shapes() -> Shapes:
    data = _data()
    spellings = {str(k): str(v) for k, v in (data.get("bureau_spellings") or {}).items()}  # type: ignore[attr-defined]
    mixed = sorted([*(str(p) for p in data["mixed_case_prefixes"]), *spellings],  # type: ignore[attr-defined]
                   key=len, reverse=True)
    listed: list[object] = [p for key in ("word_prefixes", "project_words", "object_words")
                            for p in data.get(key) or ()]  # type: ignore[attr-defined]
    words = sorted({str(p) for p in listed},
                   key=len, reverse=True)
    mixed_alt = by_first_character(mixed)
    words_alt = by_first_character(words)
    dash = f"[{_DASH}]"
    space = r"[ \t\u00a0]"   # a space within a line: a name never runs across a line break
    # (a Cyrillic capital spelt in Latin with a digraph among the version's capitals: "An-2SKh", "An-2SCh", "Mi-8MTSh")
    suffix = rf"(?:[{_UP}]{{0,4}}(?:Kh|Zh|Ch|Sh|Ts)[{_UP}]{{0,3}}(?![{_LOW}])|(?:[{_UP}]{{1,4}}\d{{0,2}}){{1,3}}" \
        rf"|[{_LOW}]{{1,3}}(?![{_LOW}])|bis|[{_UP}][{_LOW}]{{1,2}}\d?)"
    number = rf"\d{{1,4}}(?!\d)(?:{suffix})?(?:{dash}\d{{1,3}}(?!\d)[{_UP}]{{0,3}}|{dash}[{_UP}]{{1,3}}\d?)?"
    pattern = re.compile(
        # a headline run into its text ("MiG-21MiG-21は"): a mixed-case name may start right after a digit
        # ("T-72/T-90", "MiG-21/J-7": a name may start right after a slash that ends a number, not a path's "com/T-72")
        # (or after the Arabic article's stretching stroke: "الـT-72")
        # (or after a one-letter clitic of Arabic or Hebrew glued on with no hyphen: "وT-55", "بـ" aside, "וT-72")
        rf"(?:(?<=[{_HEBREW}][-־])|(?<=\u0640)|(?<![{_DASH}./])(?<!{_W})|(?<=(?<![^\W\d_]){_CLITIC})|(?<=\d/)"
        rf"|(?<=\d)(?=(?:{mixed_alt}){dash}\d))"
        rf"(?:(?P<word>{words_alt})\.?{space}?(?:(?P<word2>{words_alt})\.?{space}?)?(?P<wnum>\d{{2,4}}(?:{dash}\d{{1,2}})?(?P<wslash>/\d{{2}}(?![\d/]))?(?:[{_UP}]{{1,2}}\d?)?(?:{dash}(?:IV|VI{{0,3}}|I{{1,3}})(?!I)[{_UP}]?)?)"
        # (an English plural after it: "Type 56s", "T-72M1s")
        rf"(?P<wpl>s(?!{_W}))?"
        # ("CS/LM4", "CS/VP3": a maker's two letters, a slash and a series)
        # ("SS-N-6", "SA-N-7": the alliance's names of naval missiles, two letters, a dash and one more)
        # ("SBLim-2", "UTIMiG-15": a version's capitals before a mixed-case prefix, with a dash and a number)
        # ("SKhA-1", "KhAI-1": Cyrillic capitals spelt in Latin with a digraph, "Kh" for "Х")
        rf"|(?P<prefix>{mixed_alt}|[{_UP}]{{1,3}}(?:{mixed_alt})(?={dash}\d)"
        rf"|(?:[{_UP}]{{1,3}}(?:Kh|Zh|Ch|Sh|Ts)[{_UP}]{{0,3}}|(?:Kh|Zh|Ch|Sh|Ts)[{_UP}]{{1,3}})(?={dash}\d)|[{_UP}]{{2,4}}/[{_UP}]{{1,4}}(?=\d)|[A-Z]{{2}}{dash}[A-Z](?={dash}\d)|[{_UP}]{{1,6}})(?P<sep>{dash}|{space}|\.{space}?|)(?P<num>{number})(?P<pl>s(?!{_W}))?"
        rf"(?P<extra>{space}(?:[{_UP}]{{1,3}}(?:{dash}?\d{{1,2}})?|bis(?!{space}*\d)|[{_UP}]{{2}}\d))?)"
        # (a word joined by a hyphen, "R-17-Variante", "T-72-Version", is no letter of the name)
        rf"(?:(?!{_W}|{dash}(?:\d|[{_UP}](?![{_LOW}ß]{{2}})|bis\b)|[.,]\d)|(?=(?:{mixed_alt}){dash}\d))"
    )
    # (the letters the pattern's names open with, each lookbehind of its opening taken after that letter: a match
    # starts only where this one does, and re skips straight to those letters, where the pattern's own lookbehinds
    # are tried at every place of a text)
    opening = "".join(sorted({re.escape(p[0]) for p in (*mixed, *words)}))
    starts = re.compile(rf"[{_UP}{opening}]"
                        rf"(?:(?<=[{_HEBREW}][-־].)|(?<=\u0640.)|(?<![{_DASH}./].)(?<!{_W}.)"
                        rf"|(?<=(?<![^\W\d_]){_CLITIC}.)|(?<=\d/.)|(?<=\d.))")
    letters = sorted((str(p) for p in data["letters_only"]), key=len, reverse=True)  # type: ignore[attr-defined]
    # (after a clitic and its hyphen: "ה-AKM"; the lookbehinds stand after each name's first letter, so that re skips
    # straight to where one of those letters stands: see _GRAU)
    behind = rf"(?:(?<![{_DASH}].)|(?<=[\u0590-\u06ff][{_DASH}].))(?<!{_W}.)"
    # (names grouped by their first letter, longest first within each; the lookbehinds stand once, after any of the
    # first letters, and each group opens by looking back at its own: a class of word letters costs re milliseconds
    # to compile, for the Han block it spans, and written once a letter it cost 30 ms at every start)
    by_first: dict[str, list[str]] = {}
    for p in letters:
        by_first.setdefault(p[:1], []).append(re.escape(p[1:]))
    firsts = "".join(re.escape(f) for f in by_first)
    groups = "|".join(f"(?<={re.escape(f)})(?:{'|'.join(rest)})" for f, rest in by_first.items())
    letters_only = re.compile(rf"[{firsts}]{behind}(?:{groups})(?!{_W}|{dash}\d)")
    cjk_prefixes = {str(k): str(v) for k, v in data["cjk_prefixes"].items()}  # type: ignore[attr-defined]
    type_suffixes = "|".join(re.escape(str(t)) for t in data["type_suffixes"])  # type: ignore[attr-defined]
    counters = "".join(str(c) for c in data["han_counters"])  # type: ignore[attr-defined]
    cjk = LazyPattern(
        rf"(?:(?P<cjkp>{_prefix_alternation(cjk_prefixes)})"
        # ("苏-30MK2", a digit after the letters; not "苏-27SK2架", two aircraft)
        rf"[{_DASH}]?(?P<cjkn>\d{{1,3}}(?:[A-Z]{{1,4}}\d(?![\d{counters}])|[A-Z]{{0,4}})"
        rf"(?:bis|[{_DASH}]\d{{1,2}}(?!\d))?)"   # "米格-21F-13", "米格-21bis"
        # a version's roman numeral written as one character: "歼-7Ⅱ" is the J-7II, "歼-7Ⅲ" the J-7III
        rf"(?P<roman>[{_ROMAN}](?![{_ROMAN}]))?"
        # a version letter written as a heavenly stem: "轰-6甲" is the H-6A, "歼-7乙" the J-7B
        rf"(?P<stem>[{''.join(_STEMS)}])?(?:[号號](?!{_W}))?"   # ("紅纓5号": number five, the HN-5)
        # the number in Chinese digits ("殲撃七型", "歼七", "轰六甲"): not a count of things ("轰五架", five bombed)
        rf"|(?P<cjkq>{'|'.join(re.escape(p) for p in sorted(cjk_prefixes, key=len, reverse=True))})"
        rf"(?P<cjkk>[{_HAN_DIGITS[2:]}十]{{1,3}})(?P<cjks>[{''.join(_STEMS)}])?(?P<cjkt>{type_suffixes})?"
        rf"(?![{_HAN_DIGITS}十百千万萬亿億{''.join(str(c) for c in data['han_counters'])}])"  # type: ignore[attr-defined]
        # (set apart by a space in typeset text: "59 式坦克"; never the last digits of a longer number: "1959式")
        # (a version's letter or numeral after the number: "59D式", "96A式", "69-II式")
        rf"|(?<!\d)(?P<typen>\d{{2,3}}(?:{dash}\d|[A-Z]{{1,2}}|{dash}[IVX]{{1,4}}|{dash}?[{_ROMAN}])?)"
        rf"[ \u00a0]?(?:{type_suffixes})"
        # "1959年式", "1953式": a type named for its year is the Type 59, the Type 53 (not a year a slash joins to
        # a designation of letters and a year: "TT1930/1933式" is the TT's model of 1930/1933, no Type 33)
        rf"|(?<!\d)(?<![A-Za-z]\d{{4}}[/／])(?<![A-Za-z]\d{{2}}[/／])19(?P<typey>\d{{2}})年?(?:{type_suffixes})"
        # "五六式", "五四式拳銃": the number in Chinese digits
        rf"|(?<![{_HAN_DIGITS}十百千])(?P<typek>[{_HAN_DIGITS}]{{2}})(?:{type_suffixes})"
        # "火星6号": a name of two characters and a number ("号", number; not a plant's: "工場3号")
        rf"|(?<![\u3400-\u9fff])(?P<hann>[\u3400-\u9fff](?<![{_HAN_DIGITS}])[\u3400-\u9fff](?<![厂場廠{_HAN_DIGITS}]))"
        rf"(?P<hannum>\d{{1,2}})[号號](?!\d))"
    )
    script_prefixes = {str(k): str(v) for k, v in data["script_prefixes"].items()}  # type: ignore[attr-defined]
    # a prefix starts a word: no letter or combining mark before it, but a script that runs its words together
    # may ("ปืนเอเค-47", "旧ソ連製ミグ21"); a prefix written with "-" takes any dash ("מי־24", "Մի-24")
    # a letter spelled out after the number is its suffix ("تی ۷۲ اس", "ميغ-21 إف", "टी-90एस": the T-72S, the
    # MiG-21F, the T-90S), unless a designation starts there ("تي-72 إم آي-17"); Urdu "اس" ("this") right after a
    # designation is read as the suffix too, a known cost of Persian usage
    prefix_alt = _prefix_alternation(script_prefixes, lambda p: _yeh(re.escape(p)))
    letters = [p for p, latin in sorted(script_prefixes.items(), key=lambda i: -len(i[0]))
               if len(latin) == 1 and not p.endswith("-") and not p.isascii()]
    letter_alt = "|".join(_yeh(re.escape(p)) for p in letters)
    # (letters that are also short words, "के" K and "of", count only glued to other letters: "एमकेआई" is MKI)
    glued = {str(k): str(v) for k, v in (data.get("suffix_letters") or {}).items()}  # type: ignore[attr-defined]
    run_alt = "|".join(_yeh(re.escape(p)) for p in sorted({**glued, **{p: v for p, v in script_prefixes.items()
                                                                   if len(v) == 1 and not p.isascii()
                                                                   and not p.endswith("-")}}, key=len, reverse=True))
    # (Arabic spells a version's letters one word each: "سو-30 إم كا آي" is the Su-30MKI, "سو-27 إس كا" the Su-27SK)
    spaced = {str(k): str(v) for k, v in (data.get("spaced_letters") or {}).items()}  # type: ignore[attr-defined]
    spaced_alt = "|".join(_yeh(re.escape(p)) for p in sorted({*letters, *spaced}, key=len, reverse=True))
    # (or the word "and", an article or a one-letter preposition glued before it in Arabic and Hebrew script:
    # "وشهاب 2", "ומיג-23", "המיג-19", "במיג-21", "الميغ-21", "والميغ-21")
    scripts = LazyPattern(
        rf"(?:(?<![^\W\d_{_RUN_ON}])|(?<=(?<![^\W\d_])[وוהבלמשכ])|(?<=(?<![^\W\d_])[וש]ה)"
        rf"|(?<=(?<![^\W\d_])ال)|(?<=(?<![^\W\d_])وال))(?<![{_MARKS}])(?P<sp>{prefix_alt})"
        # (a roman version number after a dash is the version's: "النوع 59-II" is the Type 59-II)
        rf"\s?[{_DASH}]?\s?(?P<snum>\d{{1,3}}(?:[A-Z]{{1,3}}|[{_DASH}]\d|[{_DASH}](?:IV|VI{{0,3}}|I{{1,3}})(?![A-Za-z]))?)"
        rf"(?!\d)"
        # (a designation that starts after a space or a dash is none of its letters; glued to the number, one is:
        # "تي-72إم1" is the T-72M1)
        rf"(?:[ ]?[{_DASH}]?[ ]?(?!(?<=[ {_DASH}])(?:{prefix_alt})\s?[{_DASH}]?\s?\d)"
        rf"(?P<ssuf>(?:{letter_alt})(?:[ ](?!(?:{prefix_alt})\s?[{_DASH}]?\s?\d)(?:{spaced_alt})){{1,3}}"
        rf"(?![^\W\d_]|[{_MARKS}])"
        rf"|(?:{run_alt or '(?!)'}){{2,4}}|{letter_alt}|(?<=\d)(?:{run_alt or '(?!)'})(?=\d))"
        # (a number after the letters is the version's: "تي-72أم1", the T-72M1)
        rf"(?P<sdig>\d{{1,2}}(?!\d))?"
        rf"(?![^\W\d_]|[{_MARKS}]))?")
    script_prefixes = {**glued, **script_prefixes}   # (the glued letters name no prefix: the pattern has none)
    reject = {str(p).upper() for p in data["reject_prefixes"]}  # type: ignore[attr-defined]
    # (a design bureau's acronym and its number name the bureau, no design: "OKB-520", "ОКБ-115")
    reject |= {str(w).upper() for w in data.get("bureau_words") or () if str(w).isalpha()}  # type: ignore[attr-defined]
    units = "|".join(re.escape(str(u)) for u in data["units"])  # type: ignore[attr-defined]
    bureaus = {**{str(w).upper(): str(w) for w in data.get("bureau_prefixes") or ()},  # type: ignore[attr-defined]
               **{k.upper(): v for k, v in spellings.items()}}
    cased = [p for p in mixed if _latin(p).upper() in bureaus]
    capped = [p for p in cased if p[-1:].isupper()]   # (an ending shows after a capital only: "MiGu", not "Suu")
    low = "a-zà-žа-яёіїєґ"
    # (a version's letters may take a number of their own after a hyphen: "MiGu-21F-13")
    version = r"(?:bis|[A-Z]{1,4}(?:\d{1,2}|-\d{1,2})?)?"
    cased_alt = by_first_character(cased) or "(?!)"
    capped_alt = by_first_character(capped) or "(?!)"
    cased_pattern = re.compile(
        rf"(?<![\w-])(?:(?P<cp>{cased_alt})-[{low}]{{1,4}}[ \u00a0](?P<cn>\d{{1,3}}{version})"
        rf"|(?P<gp>{capped_alt})[{low}]{{1,3}}[{_DASH}](?P<gn>\d{{1,3}}{version}))(?![\w-])")
    return Shapes(pattern, letters_only, cjk, cjk_prefixes, scripts, script_prefixes, frozenset(reject),
                  re.compile(rf"\s?(?:{units})(?!\w)"), frozenset(w.upper() for w in words),
                  frozenset(str(m).upper() for m in data["months"]),  # type: ignore[attr-defined]
                  frozenset(c.upper() for c in babel.numbers.list_currencies())
                  | frozenset(f(c).upper() for c in _currency_symbols() for f in (str, _latin)),
                  frozenset(str(d) for d in data.get("designers") or ()),  # type: ignore[attr-defined]
                  frozenset(str(d) for d in data.get("type_acronyms") or ()),  # type: ignore[attr-defined]
                  frozenset(str(w).lower() for w in data.get("type_words") or ()),  # type: ignore[attr-defined]
                  frozenset(str(w).lower() for w in data.get("traders") or ()),  # type: ignore[attr-defined]
                  tuple(str(w) for w in data.get("alliances") or ()),  # type: ignore[attr-defined]
                  bureaus,
                  {str(k).upper(): tuple(str(c) for c in v)
                   for k, v in (data.get("bureau_homes") or {}).items()},  # type: ignore[attr-defined]
                  frozenset(str(w) for w in data.get("reporting_names") or ()),  # type: ignore[attr-defined]
                  frozenset(str(w).upper() for w in data.get("reported_families") or ()),  # type: ignore[attr-defined]
                  {str(k).upper(): str(v) for k, v in (data.get("reporting_letters") or {}).items()},  # type: ignore[attr-defined]
                  cased_pattern,
                  tuple(fold_phrase(str(w)) for w in data.get("bureau_words") or ()),  # type: ignore[attr-defined]
                  # (a match of ``cjk`` holds a prefix or a type suffix; one of ``scripts`` starts with its prefix)
                  _any_of({p[0] for p in cjk_prefixes} | {str(t)[0] for t in data["type_suffixes"]}  # type: ignore[attr-defined]
                          | {"号", "號"}),
                  _any_of({p[0] for p in script_prefixes}),
                  frozenset(fold_phrase(str(w)) for w in data.get("kind_words") or ()),  # type: ignore[attr-defined]
                  starts,
                  # (as ``starts``: the first letters of the prefixes, the lookbehind after them)
                  re.compile(rf"[{''.join(sorted({re.escape(p[0]) for p in cased}))}](?<![\w-].)" if cased else "(?!)"),
                  spaced)


@cache
def _lower_bureaus() -> re.Pattern[str]:
    """Bureaus' prefixes written in lower case (``lower_bureau_prefixes``: "mig"), a case ending that opens with a
    vowel at most glued on, a space or a dash, and a number of two digits with its version ("mig-21bis", "migova 29",
    "мига 29"); not "migrant 25", an ending that opens with a consonant."""
    words = [str(w) for w in _data().get("lower_bureau_prefixes") or ()]  # type: ignore[attr-defined]
    if not words:
        return re.compile("(?!)")
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<lp>{alt})(?:[aeiouаеиоу][a-zčćšžđа-яђјљњћџ]{{0,4}})?[ {_DASH}]"
                      rf"(?P<ln>\d{{2}}(?:bis|[A-Z]{{1,3}}\d?)?)(?![\w-])")


def _any_of(letters: set[str]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(c) for c in sorted(letters)) + "]")


# the ordnance index's class letters (GRAU): A guns, B mortars, K systems, L radars, M missiles, P launchers, S
# self-propelled guns, in Latin or Cyrillic; a dash may follow the letter ("3M-54")
# (a gun's index has two digits or more: "Leopard 2A4" is a version of a named tank, "2A65" a gun)
# (the patterns scanned over the whole text open with the character they take first and look behind it after that
# character, which the lookbehind takes in as "."; re then skips straight to where such a character stands, where a
# lookbehind in front is tried at every position of the text: the same matches, three times as fast)
# (a script that spaces no words runs into it and is no part of it: "苏联的9K32导弹", "9K32は")
_GRAU = lazy_compile(rf"[1-9](?<![./-].)(?<!{_W}.)(?:[BCKLMPSБКЛМПС]-?[1-9]\d{{0,2}}|[AА]-?[1-9]\d{{1,2}})"
                   rf"(?:[A-ZА-ЯЁ]{{1,2}}\d?)?(?:-\d{{1,2}})?(?!{_W}|-)")


@cache
def _project_words() -> frozenset[str]:
    return frozenset(str(w) for w in _data().get("project_words") or ())  # type: ignore[attr-defined]


@cache
def _dash_only() -> frozenset[str]:
    return frozenset(str(w) for w in _data().get("dash_only_prefixes") or ())  # type: ignore[attr-defined]


# How a factory index is named whatever the language writes: "Объект 172М" is "Object 172M".
OBJECT_PREFIX = "Object "


@cache
def _object_words() -> frozenset[str]:
    return frozenset(str(w) for w in _data().get("object_words") or ())  # type: ignore[attr-defined]


_HAN_DIGITS = "〇零一二三四五六七八九"
# the heavenly stems Chinese writes for a version's letter (甲 A, 乙 B, 丙 C ...)
_ROMAN = "\u2160-\u216b"   # the roman numerals Ⅰ to Ⅻ, each one character
_STEMS = {"甲": "A", "乙": "B", "丙": "C", "丁": "D", "戊": "E", "己": "F", "庚": "G", "辛": "H"}
_HAN_DIGIT_VALUES = str.maketrans(_HAN_DIGITS, "00123456789")


def _han_number(digits: str) -> int | None:
    """The value of a number of one to three Chinese digits ("七" 7, "十二" 12, "二十" 20, "二十一" 21); None for
    what is no number ("十十")."""
    values = [int(d.translate(_HAN_DIGIT_VALUES)) if d != "十" else 10 for d in digits]
    if "十" not in digits:
        return values[0] if len(values) == 1 else None
    tens, _, units = digits.partition("十")
    if len(tens) > 1 or len(units) > 1 or "十" in units:
        return None
    return (values[0] if tens else 1) * 10 + (values[-1] if units else 0)


# ("Strela-2M": a version's letters after the number; "Tor-M2", "Бук-М1-2", "Pantsir-S1": a version's letter before it)
# (the name in Latin or Cyrillic letters of any language, "Strzała-2M", "Šmel-2"; Greek ones spell a bureau: "Μιγκ-29")
# (a script written without spaces may run straight into the name: "伊朗生产了Arash-2火箭炮")
_UNSPACED_LETTER = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_NAMED_NUMBER = lazy_compile(rf"([A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁЂ-Џ](?:(?<=[{_UNSPACED_LETTER}].)|(?<![\w{_DASH}.].))"
                           rf"[a-zà-öø-ÿā-žа-яёђ-џ]{{2,9}})[{_DASH}]"
                           rf"(\d{{1,3}}(?:[A-ZА-ЯЁ]{{1,2}})?|[A-ZА-ЯЁ]{{1,2}}\d{{1,2}}(?:[A-ZА-ЯЁ]{{1,2}})?(?:[{_DASH}]\d)?)"
                           rf"(?:(?<=\d)s)?"   # (an English plural: "Buk-M1s", "Strela-2s")
                           rf"(?!(?![{_UNSPACED_LETTER}])[\w{_DASH}]|[.,]\d)")
# ("TOR-M1", "BUK-M2", "PANTSIR-S1": the same names written in capitals, only with a version's letter before the
# number, a shape no code or count takes: not "COVID-19", "NATO-2")
_CAPITAL_NAMED_NUMBER = lazy_compile(rf"([A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁЂ-Џ](?:(?<=[{_UNSPACED_LETTER}].)|(?<![\w{_DASH}.].))"
                                   rf"[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁЂ-Џ]{{2,9}})[{_DASH}]"
                                   rf"([A-ZА-ЯЁ]{{1,2}}\d{{1,2}}(?:[A-ZА-ЯЁ]{{1,2}})?(?:[{_DASH}]\d)?)"
                                   rf"(?!(?![{_UNSPACED_LETTER}])[\w{_DASH}]|[.,]\d)")
_NEXT_WORD = lazy_compile(r"\.?\s{1,2}([^\W\d_]{3,12})")


@cache
def calendar_words() -> frozenset[str]:
    """Month and day names of four letters or more of every language read, folded (CLDR, written by
    scripts/months.py)."""
    return frozenset(_calendar()["calendar"])


@cache
def month_words() -> frozenset[str]:
    """Every month's name of every language read, short ones too ("mai", "maj"), folded."""
    return frozenset(_calendar()["months"])


@cache
def currency_names(code: str) -> frozenset[tuple[str, ...]]:
    """A language's names of currencies, in every count's form, as folded words ("us dollar", "us dollars",
    "russische rubel", "yhdysvaltain dollaria"; CLDR): a country's name that opens one names a price's unit, no
    place ("drei Mio. US-Dollar")."""
    try:
        locale = babel.Locale.parse(code)
    except (babel.UnknownLocaleError, ValueError):
        return frozenset()
    counts: tuple[int | None, ...] = (None, 1, 2, 5)   # (the forms of one, a few and many: "dollari", "dollaria")
    names = {fold_phrase(babel.numbers.get_currency_name(str(currency), count, locale))
             for currency in locale.currencies for count in counts}
    return frozenset(tuple(name.split()) for name in names if " " in name)


def _currency_symbols() -> list[str]:
    """Currency symbols written with letters ("Rp", "zł", "Kč"; CLDR, written by scripts/currencies.py)."""
    path = Path(str(resources.files("copytrace.extract") / "data" / "currencies.json"))
    data: dict[str, list[str]] = json.loads(path.read_text(encoding="utf-8"))
    return data["symbols"]


def _calendar() -> dict[str, list[str]]:
    path = Path(str(resources.files("copytrace.extract") / "data" / "months.json"))
    data: dict[str, list[str]] = json.loads(path.read_text(encoding="utf-8"))
    return data


@cache
def articles() -> frozenset[str]:
    """Articles of the languages read, as written in data/designations.yaml ("the", "le", "der")."""
    return frozenset(str(w) for w in _data().get("articles") or ())  # type: ignore[attr-defined]


@cache
def article_or_nothing() -> frozenset[str]:
    """The articles and "" (no word at all): what may stand between two words read as side by side (made once, not
    a set made at each asking)."""
    return articles() | {""}


@cache
def sequence_words() -> frozenset[str]:
    """Words of sequence ("then", "puis", "poi") that may join two country adjectives of one product, folded."""
    return frozenset(fold_phrase(str(w)).strip() for w in _data().get("sequence_words") or ())  # type: ignore[attr-defined]


@cache
def and_words() -> frozenset[str]:
    """Words for "and" of the languages read, folded ("and", "und", "и", "và")."""
    return frozenset(fold_phrase(str(w)) for w in _data().get("and_words") or ())  # type: ignore[attr-defined]


@cache
def trucks() -> tuple[frozenset[str], frozenset[str]]:
    """The letters of lorry makers' designations, upper case, and words for a lorry, folded."""
    data = _data()
    prefixes = frozenset(str(p).upper() for p in data.get("truck_prefixes") or ())  # type: ignore[attr-defined]
    words = frozenset(fold_phrase(str(w)).strip() for w in data.get("truck_words") or ())  # type: ignore[attr-defined]
    return prefixes, words


@cache
def kind_glosses() -> dict[str, tuple[str, ...]]:
    """Words for kinds of weapon in the languages read, folded, by the English word of the kind ("tank": "танк",
    "戦車", ...)."""
    raw: dict[str, list[str]] = _data().get("kind_glosses") or {}  # type: ignore[assignment]
    return {str(kind): tuple(fold_phrase(str(w)).strip() for w in words) for kind, words in raw.items()}


@cache
def and_phrases() -> tuple[str, ...]:
    """The words for "and" of more than one word, as written ("as well as", "ainsi que"), longest first."""
    return tuple(sorted((str(w) for w in _data().get("and_words") or () if " " in str(w)),  # type: ignore[attr-defined]
                        key=len, reverse=True))


@cache
def that_is_words() -> frozenset[str]:
    """Words for "that is" of the languages read, folded ("i.e.", "即", "т.е.")."""
    return frozenset(fold_phrase(str(w)) for w in _data().get("that_is_words") or ())  # type: ignore[attr-defined]


@cache
def about_words() -> frozenset[str]:
    """Words that may stand before a count, folded ("about", "около", "etwa")."""
    return frozenset(fold_phrase(str(w)) for w in _data().get("about_words") or ())  # type: ignore[attr-defined]


@cache
def name_labels() -> frozenset[str]:
    """Labels of a record's name in a run of fields, folded ("name", "designation", "bezeichnung", "名称")."""
    words = _data().get("name_labels") or ()
    return frozenset(fold_phrase(str(w)).strip() for w in words)  # type: ignore[attr-defined]


@cache
def users_headings() -> frozenset[str]:
    """Headings of a section listing the countries that use a design, folded ("operators", "на вооружении")."""
    return _folded("users_headings")


def _folded(key: str) -> frozenset[str]:
    """The words a list of the designations file holds, folded and stripped."""
    return frozenset(fold_phrase(str(w)).strip() for w in _data().get(key) or ())  # type: ignore[attr-defined]


@cache
def compound_halves() -> tuple[frozenset[str], frozenset[str]]:
    """Second halves of a compound adjective glued to a name by a hyphen, folded: of basis ("MiG-21-based") and of
    making ("Harbin-built")."""
    return _folded("compound_basis"), _folded("compound_made")


@cache
def han_bare_letters() -> frozenset[str]:
    """The Latin letters of Chinese designations whose number in Chinese digits needs no "型" ("歼七", the J-7)."""
    return frozenset(str(t) for t in _data()["han_bare_letters"])  # type: ignore[attr-defined]


@cache
def type_suffixes() -> tuple[str, ...]:
    """The words written after a number that make it a designation ("56式", "56식")."""
    return tuple(str(t) for t in _data()["type_suffixes"])  # type: ignore[attr-defined]


@cache
def also_words() -> frozenset[str]:
    """Words for "also" that may open brackets holding another name ("J-6 (also F-6)", "J-6 (myös F-6)"), folded."""
    return _folded("also_words")


@cache
def former_words() -> frozenset[str]:
    """Words for "former" before a country's name ("former", "бывшей", "byłej"), folded."""
    return _folded("former_words")


@cache
def force_names() -> frozenset[str]:
    """Names of a state's forces that a language file lists among the state's forms ("PLA", "НОАК"), folded."""
    return _folded("force_names")


@cache
def again_words() -> frozenset[str]:
    """Words for "again" ("again", "wieder", "снова"), folded: a year right after one is a making resumed."""
    return _folded("again_words")


@cache
def still_words() -> frozenset[str]:
    """Words for "still" ("still", "noch", "ainda"), folded: a year right before one dates a state that goes on."""
    return _folded("still_words")


@cache
def or_words() -> frozenset[str]:
    """Words for "or" of the languages read, folded ("or", "oder", "или", "hoặc", "或")."""
    return frozenset(fold_phrase(str(w)) for w in _data().get("or_words") or ())  # type: ignore[attr-defined]


@cache
def furniture_words() -> frozenset[str]:
    """Words a page puts in brackets after a headline or a caption ("Russia (PHOTO)", "(ВИДЕО)"), folded: no name."""
    return frozenset(fold_phrase(str(w)).strip() for w in _data().get("furniture_words") or ())  # type: ignore[attr-defined]


def _latin(text: str) -> str:
    if text.isascii():
        return text
    if all(ord(c) in _GREEK_LOOKALIKE or not c.isalpha() for c in text):
        # Greek capitals that look like Latin ones stand for them in a designation ("ΒΜΡ-1" is the BMP-1, not
        # "VMR"); a rho copied from a Cyrillic Р is an R ("ΒΤΡ-80" is the BTR-80): the reading a known type has
        read = text.translate(_GREEK_LOOKALIKE)
        other = read.replace("P", "R") if "Ρ" in text else read
        return anyascii(other if other != read and other.split("-")[0] in shapes().type_acronyms else read)
    return anyascii(text)


_GREEK_LOOKALIKE = {ord(greek): latin for greek, latin in zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEZHIKMNOPTYX", strict=True)}


# Digits of other scripts, one for one, so shapes read "۱۹۴۷" (Persian) or "١٩٥٦" (Arabic) as "1947" and "1956"
_DIGIT_BLOCKS = (0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
                 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0xFF10)
_DIGITS = str.maketrans({chr(block + i): str(i) for block in _DIGIT_BLOCKS for i in range(10)})
_OTHER_DIGIT = lazy_compile("[" + "".join(f"{chr(b)}-{chr(b + 9)}" for b in _DIGIT_BLOCKS) + "]")


def ascii_digits(text: str) -> str:
    """``text`` with the digits of every script as ASCII digits (same length, same offsets)."""
    return text.translate(_DIGITS) if _OTHER_DIGIT.search(text) else text


def _shaped(pattern: re.Pattern[str], starts: re.Pattern[str], text: str, start: int,
            end: int) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text[start:end]``, as its ``finditer`` gives them, the pattern tried only where
    ``starts`` says one may start (it opens with lookbehinds, which re would try at every place)."""
    match, last = pattern.match, start
    for at in starts.finditer(text, start, end):
        if at.start() >= last and (found := match(text, at.start(), end)) is not None:
            last = found.end()
            yield found


def designations(text: str, start: int, end: int) -> list[Designation]:
    """Designation-shaped spans of ``text[start:end]``, minus dates, counts, prices and units."""
    text = ascii_digits(text)
    sh = shapes()
    out: list[Designation] = []
    spaced: list[Designation] = []
    for m in _shaped(sh.pattern, sh.starts, text, start, end):
        if sh.units.match(text, m.end()) or text[m.start() - 1:m.start()] == "%":
            continue   # (nor a byte of an address written in percent codes: "%D7%98")
        if m.group("word"):
            number = m.group("wnum")
            typed = m.group("word").lower() in sh.type_words and not m.group("word2")
            if m.group("wslash") and (typed or m.end("wslash") != m.end("wnum")):
                # ("vz. 52/57": a model's later year after a slash is its name; "Type 54/55" is two types, the
                # first named here)
                end = m.start("wslash")
                out.append(Designation(m.start(), end, text[m.start():end],
                                       f"Type {number[:end - m.start('wnum')]}" if typed
                                       else " ".join(_latin(text[m.start():end]).split()),
                                       _latin(m.group("word")).upper()))
                continue
            project = m.group("word") in _project_words() and not m.group("word2")
            indexed = m.group("word") in _object_words() and not m.group("word2")   # "Объект 172М": Object 172M
            if (project or indexed) and number.isdigit() and 1800 <= int(number) <= 2099:
                continue   # "the project 1985": a year
            singular = m.group()[:len(m.group()) - len(m.group("wpl") or "")]
            canonical = f"Type {number}" if typed else f"Project {number}" if project \
                else f"{OBJECT_PREFIX}{_latin(number)}" if indexed else " ".join(_latin(singular).split())
            out.append(Designation(m.start(), m.end(), m.group(), canonical, _latin(m.group("word")).upper()))
            continue
        prefix, sep, num = m.group("prefix"), m.group("sep"), m.group("num")
        latin_prefix = _latin(prefix).upper()
        # a month or a currency code before a number is a date or a price ("NOV 13", "USD 300"), but with a hyphen
        # it is a name ("APR-40", "AMD-65")
        # (the prefix as written too: Czech "č. 74", number 74, is "C" in Latin letters)
        if latin_prefix in sh.reject_prefix or prefix.upper() in sh.reject_prefix \
                or ((latin_prefix in sh.months or latin_prefix in sh.currencies) and sep not in _DASHES):
            continue
        if prefix in _dash_only() and sep not in _DASHES:
            continue   # "Po 2 latach", "La 2": a short word before a number
        if sep.strip() == "" and sep and len(prefix) == 1:
            # "A 1", "T 34" in running text is a list label far more often than a name, unless the text writes
            # the same name whole elsewhere ("T-72 ... T 72")
            spaced.append(Designation(m.start(), m.end(), m.group(), f"{_latin(prefix)}-{_latin(num)}", latin_prefix))
            continue
        if sep.strip() == "" and sep and prefix.isupper() and latin_prefix not in sh.word_prefixes and len(num) >= 3 \
                and num.isdigit():
            continue  # "UTC 300", "ISO 9001": a code and a count
        if num.isdigit() and len(num) == 4 and 1800 <= int(num) <= 2099 and sep.strip() == "" and sep:
            continue  # "MAY 1962"
        if num.isdigit() and len(num) == 4 and 1950 <= int(num) <= 2099 and len(prefix) >= 4 and prefix.isalpha() \
                and latin_prefix not in sh.word_prefixes:
            continue  # "IDEF-2009", "MAKS-2019": a fair or an exercise of a year, no design
        if sep and sep.strip() == "" and _GRAU.fullmatch(num):
            continue  # "САУ 2С1", "ПТРК 9К111": a word for the kind of weapon before an ordnance index
        after = _NEXT_WORD.match(text, m.end())
        if num.isdigit() and after is not None and fold_phrase(after.group(1)).strip() in calendar_words():
            continue  # "ВВС 18 декабря", "Nov 13 March": a day of a month
        written, stop, extra = m.group(), m.end(), m.group("extra")
        if extra and extra.strip() in sh.type_acronyms:
            # "the T-72 MBT", "a BMP-1 IFV": a kind of weapon's acronym after the name is no letter of its version
            written, stop, extra = text[m.start():m.start("extra")], m.start("extra"), None
        if num.endswith("s") and num[-2:-1].isdigit():
            num = num[:-1]   # an English plural: "BMP-1s"
        joiner = "-" if sep and sep in _DASHES else sep
        canonical = sh.bureaus.get(latin_prefix, _latin(prefix)) + joiner + _latin(num)
        if extra:
            # ("MiG-15 bis" is the MiG-15bis)
            canonical += "bis" if extra.strip() == "bis" else _latin(extra)
        # (a bureau spelled another way is that bureau's: "Szu-27" is of the Su family)
        family = sh.bureaus.get(latin_prefix, latin_prefix).upper()
        out.append(Designation(m.start(), stop, written, canonical, family))
    for m in _NAMED_NUMBER.finditer(text, start, end):
        # "Safir-74", "Fajr-5", "Тапир-2": a capitalised word and a number joined by a hyphen is a name, unless the
        # word is a month ("Mai-15")
        if fold_phrase(m.group(1)).strip() not in calendar_words() and m.group(1).upper() not in sh.months:
            typed = m.group(1).lower() in sh.type_words or _latin(m.group(1)).lower() in sh.type_words
            # "Type-56", "Тип-56": the Type 56
            canonical = f"Type {m.group(2)}" if typed else f"{_latin(m.group(1))}-{_latin(m.group(2))}"
            out.append(Designation(m.start(), m.end(), m.group(), canonical, _latin(m.group(1)).upper()))
    for m in _CAPITAL_NAMED_NUMBER.finditer(text, start, end):
        word = _latin(m.group(1))
        if word.upper() in sh.bureaus or word.upper() in sh.months:
            continue   # (a bureau's prefix the main shape reads: "MIG-21")
        canonical = f"{word[:1]}{word[1:].lower()}-{_latin(m.group(2))}"
        if not any(d.start <= m.start() < d.end for d in out):
            out.append(Designation(m.start(), m.end(), m.group(), canonical, word.upper()))
    if spaced:   # (the names written whole only matter where one is written with a space: few texts)
        whole = {_key(d.canonical) for d in out}
        out.extend(d for d in spaced if _key(d.canonical) in whole)
    for m in sh.letters_only.finditer(text, start, end):
        out.append(Designation(m.start(), m.end(), m.group(), _latin(m.group()), _latin(m.group()).upper()))
    for m in _GRAU.finditer(text, start, end):
        # "9K32", "2S1", "9М133": a Soviet ordnance index (a digit, a class letter, a number)
        canonical = ascii_digits(_latin(m.group()))
        if canonical[1:2] == "C":
            # "2C19M1": a Latin C where the Russian index has its С (S), a letter of the same shape
            canonical = canonical[0] + "S" + canonical[2:]
        out.append(Designation(m.start(), m.end(), m.group(), canonical, canonical[:2]))
    for m in _shaped(sh.cased, sh.cased_starts, text, start, end):
        # "MiG-a 21", "MiG-ova 29", "MiGu-21": the bureau's prefix declined, the number after it
        prefix, num = (m.group("cp"), m.group("cn")) if m.group("cp") else (m.group("gp"), m.group("gn"))
        family = sh.bureaus.get(_latin(prefix).upper(), _latin(prefix))
        out.append(Designation(m.start(), m.end(), m.group(), f"{family}-{num}", family.upper()))
    for m in _lower_bureaus().finditer(text, start, end):
        # "lovci mig-29", "šest migova 29": a bureau's prefix news writes in lower case as a word of its own, declined
        family = sh.bureaus.get(_latin(m.group("lp")).upper(), _latin(m.group("lp")))
        if not any(d.start <= m.start() < d.end for d in out):
            out.append(Designation(m.start(), m.end(), m.group(), f"{family}-{m.group('ln')}", family.upper()))
    for m in sh.cjk.finditer(text, start, end) if sh.cjk_letters.search(text, start, end) else ():
        if m.group("cjkp"):
            # (a prefix written with its hyphen takes any dash: "蘇—27", "苏－27" are the Su-27 as "苏-27" is)
            p = m.group("cjkp")
            latin = sh.cjk_prefixes.get(p) or sh.cjk_prefixes[p[:-1] + "-"]
            stem = _STEMS.get(m.group("stem") or "", "") + unicodedata.normalize("NFKC", m.group("roman") or "")
            out.append(Designation(m.start(), m.end(), m.group(), f"{latin}-{m.group('cjkn')}{stem}", latin))
        elif m.group("cjkq"):
            latin = sh.cjk_prefixes[m.group("cjkq")]
            number = _han_number(m.group("cjkk"))
            # (a letter that is also a word of its own, 运 carry, 直 straight, 强 strong, needs its "型": "运十型")
            if number is None or (not m.group("cjkt") and latin not in han_bare_letters()):
                continue
            stem = _STEMS.get(m.group("cjks") or "", "")
            out.append(Designation(m.start(), m.end(), m.group(), f"{latin}-{number}{stem}", latin))
        elif m.group("hann"):
            out.append(Designation(m.start(), m.end(), m.group(), m.group(), m.group("hann")))
        else:
            number = unicodedata.normalize("NFKC", m.group("typen") or "") or m.group("typey") \
                or m.group("typek").translate(_HAN_DIGIT_VALUES)
            if m.group("typen") and number[2:3].isalpha() and number[2:3] in "IVX":
                number = number[:2] + "-" + number[2:]   # ("69Ⅱ式": the Type 69-II, as "69-II式")
            out.append(Designation(m.start(), m.end(), m.group(), f"Type {number}", "TYPE"))
    for m in sh.scripts.finditer(text, start, end) if sh.script_letters.search(text, start, end) else ():
        written = m.group("sp").replace("ى", "ي")
        latin = sh.script_prefixes.get(written) or sh.script_prefixes[written[:-1] + "-"]
        if len(m.group("sp")) <= 2 and _ARABIC.match(m.group("sp")) \
                and not any(c in _DASHES + "ـ" for c in text[m.end("sp"):m.start("snum")]) \
                and _word_before(text, m.start()) not in sh.kind_words:
            continue   # a two-letter prefix in Arabic letters ("مي", "اف") makes a designation only with its hyphen,
            #            or after a word of a kind of design ("مقاتلة سو 33")
        joined = " " if latin.lower() in sh.type_words else "-"   # "تایپ-۵۶" is the Type 56
        suffix = "".join(_spelled_letters(w.replace("ى", "ي"), {**sh.script_prefixes, **sh.spaced_letters})
                         for w in m.group("ssuf").split()) + ascii_digits(m.group("sdig") or "") \
            if m.group("ssuf") else ""
        end = m.end()
        if len(suffix) >= 2 and suffix in _NOT_SUFFIXES:
            suffix, end = "", m.end("snum")   # "मिग-21 यूएसएसआर से": the USSR after it, no version
        out.append(Designation(m.start(), end, text[m.start():end],
                               f"{latin}{joined}{ascii_digits(m.group('snum'))}{suffix}", latin.upper()))
    out.sort(key=lambda d: (d.start, -d.end))
    kept: list[Designation] = []
    for d in out:
        if kept and d.start < kept[-1].end:
            continue
        kept.append(d)
    return _elided(text, kept, end)


# "the MiG-17 and -19", "Ту-22 и -95", "T-54, -55": after a name, a short joining word (or a comma) and a dash right
# before a number name the next design of the same prefix
_ELIDED = lazy_compile(rf"\s?(?:,|\s[^\W\d_]{{1,4}})\s[{_DASH}](\d{{1,3}}(?:[A-Z]{{1,3}}\d?)?)"
                     rf"(?![\w{_DASH}.,]\d|[\w{_DASH}])")
_PREFIXED = lazy_compile(rf"(.+?)[{_DASH}]\d")


def _elided(text: str, found: list[Designation], end: int) -> list[Designation]:
    out: list[Designation] = []
    for d in found:
        out.append(d)
        prefix = _PREFIXED.match(d.canonical)
        last = d
        while prefix is not None and (m := _ELIDED.match(text, last.end, end)) is not None \
                and not any(o.start < m.end() and m.start(1) - 1 < o.end for o in found if o is not d):
            last = Designation(m.start(1) - 1, m.end(1), text[m.start(1) - 1:m.end(1)],
                               f"{prefix.group(1)}-{m.group(1)}", d.family)
            out.append(last)
    return out


def _key(name: str) -> str:
    return re.sub(r"[\W_]", "", name).upper()


def designation_spelling(name: str) -> str | None:
    """The Latin spelling of a name that is one whole designation ("56式" -> "Type 56"), else None."""
    stripped = name.strip()
    found = designations(stripped, 0, len(stripped))
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(stripped):
        return found[0].canonical
    return None


# the letters of a designation a number is glued to ("M1903", "1903A4"): no year
_IN_DESIGNATION = lazy_compile(r"[A-Z]\d")
_LATIN_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
# (a comma before a year is a thousands mark only after a digit: "研制,1964年" is a year; a stop never: "No.1965")
# (its first digit taken first, the lookbehinds after it: see _GRAU)
# (not where the word "year" follows it: "伊尔-28,1967年", a designation's number and a year after the comma)
_YEAR = lazy_compile(r"([12](?<![\d./:].)(?:(?<!\d,.)|(?=\d{3}\s?[年년]))"
                   r"(?<![^\W\d\u05d0-\u05ea][\-–].)(?:(?<=1)[89]\d\d|(?<=2)0[0-4]\d))"
                   r"(?!\d|[.,:]\d)")
_DECADE_AFTER = lazy_compile(r"(?:['’]?s\b|-?(?:е|х|ых|их|ые|ие|ті|тих|те|тите|ти|ih|ies|tych|te|er|ern|erjahre\w*|"
                           r"er-jahre\w*|as|es|an|luvu\w*|luku\w*|-talet|-tallet|['’]l[ae]r\w*|['’]l[ıiuü](?=\s+yıl)|lar|ler)(?!\w)"
                           r"|\s?年代(?!表)|\s?년대(?!비)|\s?के\s?दशक)")
# ("1960年代中ごろ": a word glued after 年代 in a script without spaces; "2013年代表团" is a year and a delegation)
# the first of two decades a range gives with one mark of decades after the second: "1980~90년대", "the 1950-60s"
_DECADE_RANGE = lazy_compile(r"\s?[-–—~〜～/]\s?(?:1[89]|20)?\d0(?=\D)")
_RANGE = lazy_compile(r"\s?[-–—/]\s?$")


@cache
def _decade_before() -> re.Pattern[str]:
    words = sorted((str(w) for w in _data().get("decade_words") or ()), key=len, reverse=True)  # type: ignore[attr-defined]
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})(?:\s+\w{{1,3}})?\s+$", re.IGNORECASE)


@cache
def _count_words() -> re.Pattern[str]:
    words = sorted((str(w) for w in _data().get("count_words") or ()), key=len, reverse=True)  # type: ignore[attr-defined]
    return re.compile(r"\s?(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


@cache
def _range_word() -> re.Pattern[str]:
    """A word between two years that makes them a span: "1956 až 1964", "1956年至1964年" (a year's own sign may
    stand after the first: "1956 r. do 1964", "1956年至")."""
    words = sorted((str(w) for w in _data().get("range_words") or ()), key=len, reverse=True)  # type: ignore[attr-defined]
    joined = "|".join(re.escape(w) for w in words)
    return re.compile(r"(?:\s?(?:г|гг|r|rr|roku|年|yılından|-?ben|-?ban)\.?)?\s?(?:" + joined + r")\s?", re.IGNORECASE)


@cache
def _between() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A word for "between" before a year, and a word for "and" after it: "between 1987 and 1991", "entre 1987 y
    1991", "między 1956 a 1964" make the two years a span."""
    data = _data()
    between, joins = ("|".join(re.escape(w) for w in sorted((str(w) for w in data.get(key) or ()),  # type: ignore[attr-defined]
                                                            key=len, reverse=True))
                      for key in ("between_words", "and_words"))
    # (the words between are words, not numbers: "entre 1987 y 1991 y en 1995" spans two years, not three)
    return (re.compile(rf"(?<!\w)(?:{between})\s+(?:[^\W\d_]{{1,6}}\s+){{0,2}}$", re.IGNORECASE),
            re.compile(rf"(?:\s?(?:г|r|roku|年)\.?)?\s+(?:{joins})\s+(?:[^\W\d_]{{1,5}}\s+)?", re.IGNORECASE))


def _spanned(text: str, first: Year, second: re.Match[str]) -> bool:
    """Whether two years are a span: a mark or a word between them ("1982-1990", "1956 až 1964", "1956年至1964年"),
    or "between" before the first and "and" between them."""
    before = text[max(0, second.start() - 3):second.start()]
    if (first.end >= second.start() - 3 and _RANGE.search(before)) \
            or _range_word().fullmatch(text, first.end, second.start()):
        return True
    between, joins = _between()
    return bool(joins.fullmatch(text, first.end, second.start())
                and (between.search(text, max(0, first.start - 24), first.start)
                     or _between_after().match(text, second.end())))


@cache
def _between_after() -> re.Pattern[str]:
    """A word for "between" after the second year, where such words follow ("1949 és 1956 között")."""
    words = sorted((str(w) for w in _data().get("between_after_words") or ()), key=len, reverse=True)  # type: ignore[attr-defined]
    # (a case ending or a year's unit word may stand between: "1956-os évek", "1956 yılları arasında")
    return re.compile(rf"(?:-?[^\W\d_]{{1,4}})?(?:\s+[^\W\d_]{{1,8}})?\s+(?:{'|'.join(map(re.escape, words))})(?!\w)",
                      re.IGNORECASE)


@cache
def _count_before() -> re.Pattern[str]:
    words = sorted((str(w) for w in _data().get("count_before_words") or ()), key=len, reverse=True)  # type: ignore[attr-defined]
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")\s+$", re.IGNORECASE)


def _counted(text: str, end: int) -> bool:
    """Whether a word that counts things follows a number ("1998 kusů", "1998台")."""
    return bool(_count_words().match(text, end))


def _glued_to_name(text: str, start: int, end: int) -> bool:
    """Whether a number is glued right after a letter of a script without spaces and ends where a mark or a space
    does ("幻影2000,", "ミラージュ2000、"): the number of a name ("Mirage 2000"); a year there takes its word for
    "year" ("2000年") or runs into the words after it ("から1991まで")."""
    if start == 0 or not han_or_kana(text[start - 1]) or _ERA_GLOSS.match(text, end):
        return False   # (a year its era glosses in brackets before 年: "1961(昭和36)年")
    after = text[end:end + 1]
    # (nor where a mark of range follows: "服役到2018-2019", served until 2018-2019)
    return not after or not (after.isalpha() or after.isdigit() or after in "-–—~〜～/至")


def years(text: str, start: int, end: int) -> list[Year]:
    text = ascii_digits(text)
    out: list[Year] = []
    for m in _YEAR.finditer(text, start, end):
        if _counted(text, m.end()):
            continue   # "vyrobeno 1998 kusů": a count
        if _count_before().search(text, max(0, m.start() - 12), m.start()):
            continue   # "the plant built over 1500": a count, no year
        if _IN_DESIGNATION.match(text, m.end()) or (m.start() > 0 and text[m.start() - 1] in _LATIN_LETTERS):
            continue   # "the Springfield M1903", "1903A4": the number of a designation
        if _glued_to_name(text, m.start(), m.end()):
            continue   # "幻影2000,": a number glued to the name it ends, in a script without spaces
        second = _DECADE_RANGE.match(text, m.end())
        decade = (bool(_DECADE_AFTER.match(text, m.end())) and m.group().endswith("0")) \
            or (second is not None and m.group().endswith("0") and bool(_DECADE_AFTER.match(text, second.end()))) \
            or (m.group().endswith("0") and bool(_decade_before().search(text, max(0, m.start() - 20), m.start()))) \
            or (bool(out) and out[-1].decade and m.group().endswith("0") and m.start() - out[-1].end <= 6
                and not any(c.isdigit() for c in text[out[-1].end:m.start()]))   # "the 1970s and 1980s"
        range_end = bool(out) and _spanned(text, out[-1], m)
        # "1978(昭和53)年": Japanese glosses a year with its era's in brackets before 年; the year runs to the gloss's
        # end, so what follows 年 is read as right after it ("...年に終了", ended in that year)
        era = _ERA_GLOSS.match(text, m.end())
        out.append(Year(m.start(), era.end() if era else m.end(), int(m.group()), decade, range_end))
    return out


_ERA_GLOSS = lazy_compile(r"\s?[(（]\s?(?:明治|大正|昭和|平成|令和)\s?(?:\d{1,2}|元)\s?[)）](?=\s?年)")
