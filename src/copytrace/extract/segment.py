"""Paragraphs and sentences, by punctuation and each language's abbreviations.

A period ends a sentence unless it follows an abbreviation of the language ("r.", "г.", "tzw."),
an initial, or sits inside a designation ("PM md. 63", "vz. 58"); the next sentence must start
with a capital, a digit, a quote or a character of a script without case. A newline ends a
paragraph unless the next line goes on in lower case, or the line ends in a word that leaves its phrase open (an
article, a preposition, "and": "assembled by the / Nanchang Aircraft Company"). Sentences longer than ``MAX_SENTENCE``
are cut at the last clause mark before the limit, so no sentence costs more than a bounded amount.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from copytrace.extract.match import Spans, fold_phrase
from copytrace.extract.shapes import month_words
from copytrace.lazyre import lazy_compile

MAX_SENTENCE = 600

# the end marks of sentences in the scripts read: Latin and Cyrillic, CJK full stops, Arabic question mark, Urdu
# full stop (۔), Devanagari danda (।, ॥), Armenian (։) and Ethiopic (።) full stops, Burmese (။); the CJK marks,
# the danda and the Urdu stop end a sentence with no space after them, but not before a digit ("ایف۔16" is a name)
# (a footnote's number in brackets may follow the mark: "... of Soviet design.[12] The rifle ...")
_END = lazy_compile(r"[.!?。！？؟…；;۔।॥։።။]+[\"'»”’)\]]*(?:\[\d{1,3}\])*"
                  r"(?:\s+|(?<=[。！？；;])|(?<=[।॥۔])(?![\d۰-۹٠-٩०-९])|$)")
_CUT = lazy_compile(r"[;:,،、，；]\s")


def paragraphs(text: str, start: int, end: int,
               open_words: frozenset[str] = frozenset()) -> Iterator[tuple[int, int]]:
    """Blocks of lines; a line that goes on in lower case after a word or a comma stays joined, and so does one
    after a line that ends in one of ``open_words`` (words written in lower case that never close a phrase), or
    after a line that itself went on so and ends in a word ("was really a Chinese / licensed copy of the Soviet / T-54A
    tank": a sentence the page broke at its links)."""
    block = start
    going_on = False   # whether the line that ends at ``pos`` went on from the one before it
    pos = text.find("\n", start, end)
    while pos >= 0:
        nxt, prev = text[pos + 1:pos + 2], text[pos - 1:pos]
        if nxt.islower() and (prev.isalnum() or prev in ",;-"):
            going_on = True
        elif (going_on and prev.isalnum() and nxt.strip()) or _leaves_open(text, pos, open_words):
            going_on = False
        else:
            going_on = False
            if text[block:pos].strip():
                yield block, pos
            block = pos + 1
        pos = text.find("\n", pos + 1, end)
    if text[block:end].strip():
        yield block, end


_LAST_WORD = lazy_compile(r"(?<![^\W_])[^\W\d_]+[ \t]*$")


def _leaves_open(text: str, pos: int, open_words: frozenset[str]) -> bool:
    """Whether the line that ends at ``pos`` ends in a word that leaves its phrase open, with more text on the next
    line: the store's copies of pages break lines where a link or a column ended ("was assembled by the /
    Nanchang Aircraft Company"); no heading or label ends in "the" or "by"."""
    if not open_words or not text[pos + 1:pos + 2].strip():
        return False
    word = _LAST_WORD.search(text, max(0, pos - 40), pos)
    return word is not None and word.group().rstrip() in open_words


_INITIALS = lazy_compile(r"(?:[^\W\d_]\.)+[^\W\d_]")


def _in_brackets(text: str, at: int, reach: int = 200) -> bool:
    """Whether ``at`` stands inside a pair of round brackets that open and close within ``reach`` characters."""
    before = text[max(0, at - reach):at]
    opened = max(before.rfind("("), before.rfind("（"))
    if opened < 0 or max(before.rfind(")"), before.rfind("）")) > opened:
        return False
    after = text[at:at + reach]
    closed = min((i for i in (after.find(")"), after.find("）")) if i >= 0), default=-1)
    return closed >= 0 and all(i < 0 or i > closed for i in (after.find("("), after.find("（"), after.find("\n")))


def _last_token(text: str, stop: int) -> str:
    begin = stop
    # (a vowel sign is part of its word: "है", "ที่")
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] == "."
                         or unicodedata.category(text[begin - 1]).startswith("M")):
        begin -= 1
    return text[begin:stop].strip(".").lower()


def sentences(text: str, start: int, end: int, abbreviations: frozenset[str],
              protected: list[tuple[int, int]] = (),  # type: ignore[assignment]
              open_words: frozenset[str] = frozenset()) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of ``text[start:end]``; ``protected`` spans are never cut; a line that ends in
    one of ``open_words`` goes on into the next."""
    spans = Spans(protected)
    for para_start, para_end in paragraphs(text, start, end, open_words):
        begin = para_start
        stops = sorted([*_END.finditer(text, para_start, para_end), *_glued_stops(text, para_start, para_end)],
                       key=lambda m: m.start())
        for m in stops:
            cut = m.start()
            if (not _is_boundary(text, cut, m.end(), para_end, abbreviations, spans)
                    or _year_fragment(text, begin, cut, m.end())) \
                    and not _year_abbreviation_ends(text, begin, cut, m.end(), spans):
                continue
            yield from _bounded(text, begin, m.end())
            begin = m.end()
        if begin < para_end and text[begin:para_end].strip():
            yield from _bounded(text, begin, para_end)


# a period with no space after it, glued to the next sentence as pages copied from the web often have it ("... were
# delivered.The first ...", "in 1981.Production"): after a word ending in three lower-case letters, or a year
_GLUED = lazy_compile(r"(?:(?<=[^\W\d_]{3})|(?<=\d{4}))\.(?=[^\W\d_]{2})")


def _glued_stops(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Periods glued to a capitalised word that follows them (a capital, then a small letter)."""
    for m in _GLUED.finditer(text, start, end):
        cut = m.start()
        if (text[cut - 3:cut].islower() or text[cut - 4:cut].isdigit()) \
                and text[cut + 1].isupper() and text[cut + 2].islower():
            yield m


def _is_boundary(text: str, cut: int, after: int, stop: int, abbreviations: frozenset[str],
                 protected: Spans) -> bool:
    if protected.covers(cut):
        return False
    mark = text[cut]
    if mark in "；;" and _in_brackets(text, cut):
        return False   # "(name at home: 63式; name for export: M63)": a list inside brackets
    if mark in "。！？؟!?；;":
        return True
    if text[cut - 1:cut] in ")]\"'»”’":
        return True   # "... (Type 86). In ...": a period after a bracket or quote follows no abbreviation
    word = _last_token(text, cut)
    if not word and cut > 0 and text[cut - 1] in " \t" and after < stop:
        # "... in de Sovjet-Unie . De modellen": a stop set apart by a space ends a sentence before a capital
        return text[after].isupper()
    # (the language files' abbreviations are folded, "т.е" is "т е"; "Sd.Kfz" ends in the abbreviation "kfz")
    # (a one-letter case ending glued to a name with a hyphen is no initial: "u SSSR-u.", "iz SAD-a.")
    ending = len(word) == 1 and cut >= 3 and text[cut - 2] in "-‐" and text[cut - 3].isalnum()
    if _unit_ends(text, cut, after, stop, word):
        return True   # "calibre 5.45×39 mm. Several firms ...": a unit after a number, before a capitalised word
    if not word or word in abbreviations or fold_phrase(word) in abbreviations \
            or fold_phrase(word.rsplit(".", 1)[-1]) in abbreviations or (len(word) == 1 and word.isalpha()
                                                                         and not ending):
        return False   # "Dr.", "e.": an abbreviation's period, not a sentence's
    if _INITIALS.fullmatch(word):
        # "the U.S. Redeye missile", "т.е. завод": initials end no sentence before a lower-case word, a number or a
        # name; they may before any other capital ("sold to the U.S. The rifle ...")
        nxt = text[after:after + 1]
        return not (nxt.islower() or nxt.isdigit() or protected.opens(after))
    if after >= stop:
        return True
    nxt = text[after]
    if nxt.islower():
        return False
    if word.isdigit() and len(word) <= 2 and (month := _MONTH_WORD.match(text, after)) is not None \
            and fold_phrase(month.group()).strip() in month_words():
        return False   # "am 12. Mai 1956", "19. července 1982": a day's ordinal before a month's name
    return not (word.isdigit() and nxt.isdigit())


_MONTH_WORD = lazy_compile(r"[^\W\d_]+")

# symbols of units of length and mass, which take no period of their own: one after a number ends a sentence
_UNITS = frozenset({"mm", "cm", "dm", "km", "kg"})


def _unit_ends(text: str, cut: int, after: int, stop: int, word: str) -> bool:
    """Whether the period closes a unit's symbol written after a number ("5,45×39 mm. Alte firme ...") and a
    capitalised word (a capital, then a small letter) follows: the symbol is no abbreviation, the sentence ends."""
    if word not in _UNITS or after + 1 >= stop:
        return False
    before = text[max(0, cut - len(word) - 8):cut - len(word)].rstrip()   # (a few characters: bounded cost)
    return bool(before) and before[-1].isdigit() and text[after].isupper() and text[after + 1].islower()


# a year or a span of years closing what stands before a period ("في 1961-62.")
_YEAR_CLOSING = lazy_compile(r"(?<!\d)(?:1[89]|20)\d\d(?:\s?[-–]\s?\d{2,4})?$")


def _year_fragment(text: str, begin: int, cut: int, after: int) -> bool:
    """"ثم في 1961-62. بدأ المصنع ...": a period right after a year, with three words at most before it,
    where a letter of a script without capitals follows, is the trace of an abbreviation of "years" a machine
    translation left ("в 1958-59 гг."), not the end of a sentence; the year belongs to the words after it."""
    if text[cut] != "." or after >= len(text):
        return False
    nxt = text[after]
    if not nxt.isalpha() or nxt.isupper() or nxt.islower():
        return False
    head = text[begin:cut].rstrip()
    year = _YEAR_CLOSING.search(head)
    return year is not None and len([w for w in head[:year.start()].split() if any(c.isalnum() for c in w)]) <= 3


_YEAR_ABBREVIATED = lazy_compile(r"(?<!\d)(?:1[89]|20)\d\d\s?[^\W\d_]{1,3}$")


def _year_abbreviation_ends(text: str, begin: int, cut: int, after: int, protected: Spans) -> bool:
    """"… принят на вооружение в 1956 г. Позднее …", "у 2009 р. Пізніше …": the abbreviation of "year" after a year
    ends a sentence of its own words before a capital (not "В 1956 г. СССР передал …", where the year opens the
    sentence, nor before a name: "в 1981 г. Тип 81 …" may go on)."""
    year = _YEAR_ABBREVIATED.search(text, max(begin, cut - 12), cut)
    if year is None or after >= len(text):
        return False
    nxt = text[after]
    # (four words before the year at least: "Выпуск начался в 1962 г. Ижевским заводом" may go on; counted within
    # a short reach, so a long paragraph costs no more)
    words = text[max(begin, year.start() - 80):year.start()].split()
    return nxt.isupper() and not protected.opens(after) and len(words) >= 4


def _bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        window_end = start + MAX_SENTENCE
        cuts = [m.end() for m in _CUT.finditer(text, start + MAX_SENTENCE // 3, window_end)]
        cut = cuts[-1] if cuts else window_end
        yield start, cut
        start = cut
    if end > start:
        yield start, end
