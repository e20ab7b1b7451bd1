"""One matcher for every phrase of every language: cue words, country forms, known names.

Text is folded to a same-length key (lower case, diacritics off, anything that is not a
letter or digit a space), so every match indexes the original text. Phrases are compiled
into parts that one Aho-Corasick automaton finds in a single pass; a phrase matches when its
parts follow each other as its pattern says:

- ``word``   the whole token, or the token with an inflectional ending: a word of five or more
  letters (less a final vowel) may take up to ``ENDING`` more letters ("produce" -> "produced",
  "Polska" -> "Polski" through "Polsk"); this is the one rule of inflection in code;
- ``stem*``  any token that starts with the stem;
- ``*word``  (a phrase of one word) the word ending a compound of a language that writes compounds as one token
  ("*version": German "Exportversion", "Trainerversion"), or the word alone;
- ``~``      up to ``GAP`` arbitrary tokens between the parts around it.

Languages whose words carry clitics at the front (Arabic "وال", "ب") list them as prefixes;
scripts written without spaces match every phrase as a plain substring.
"""

from __future__ import annotations

import bisect
import itertools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import ahocorasick

from copytrace.lazyre import lazy_compile

ENDING = 4          # letters an inflected word may add to its dictionary form
MIN_SOFT = 5        # words at least this long take endings
GAP = 3             # tokens a "~" may skip
_VOWELS = frozenset("aeiouyаеиоуыэюяіїєә")
_SPECIAL = {"ł": "l", "đ": "d", "ß": "s", "ø": "o", "æ": "a", "œ": "o", "ı": "i", "ё": "е", "ʻ": "'", "ʼ": "'",
            # Arabic script as it is written in practice: a final yeh without its dots ("فى" for "في", as Egypt writes
            # it), the Persian yeh and kaf, and a final ta marbuta written as heh ("الروسيه") are one letter each
            "ى": "ي", "ی": "ي", "ک": "ك", "ة": "ه"}


# Persian suffixes after a word's final heh, written after a zero-width non-joiner that text copied from the web often
# loses ("نسخهی" for "نسخه‌ی", a version of; "جنگندهها" for "جنگنده‌ها", fighters), folded as ``match_fold`` folds
# them (the Persian yeh is the Arabic one); Arabic writes a suffix after ta marbuta with teh ("نسخته"), never so
_JOINER_LOST = frozenset({"ي", "اي", "ها", "هاي", "هايي"})


# Indic scripts (Devanagari to Sinhala) and Thai and Lao write vowels as combining signs: they stay
_VOWEL_SIGNS = (0x0900, 0x0EFF)


def _unspaced(char: str) -> bool:
    """A character of a script written without spaces between words (Chinese, Japanese kana, Korean, Thai)."""
    return "\u3040" <= char <= "\u9fff" or "\uac00" <= char <= "\ud7af" or "\u0e00" <= char <= "\u0e7f" \
        or "\uf900" <= char <= "\ufaff"


_UNSPACED = lazy_compile("[\u3040-\u9fff\uac00-\ud7af\u0e00-\u0e7f\uf900-\ufaff]")   # (the letters ``_unspaced`` tells)


def han_or_kana(char: str) -> bool:
    """A Chinese character or a kana: a letter of a script that runs its words together."""
    return "\u3040" <= char <= "\u30ff" or "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def _hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7af"


# A name of two Chinese characters ("沈飞", "西飞") is too short to stand inside any run of them
# ("向西飞往", "昂贵飞机"): it needs a word of grammar beside it ("由沈飞生产", "沈飞的"), or a character of
# another script
# (a plural pronoun before, "我们沈飞", our Shenfei; a word of copying, assembling or making in quantity after,
# "沈飞仿制", "西飞组装", "成飞批产"; a word of starting, "西飞开始批产"; the traditional forms of those words,
# "瀋飛製造", "成飛於"; a date's year before, "1966年西飞")
_BEFORE_SHORT = frozenset("由的是与和及被将把或国國们們年、，,（(“「『 ")
_AFTER_SHORT = frozenset("的是与和及生制研设在将为于等所工公仿组組批量开開製於為與、，,。）)”」』 ")
# Korean particles glued to a noun: the case, topic and linking endings a name may carry ("노린코가", "콘체른에서")
_HANGUL_PARTICLES = frozenset({
    "", "은", "는", "이", "가", "을", "를", "의", "에", "에서", "에게", "와", "과", "도", "로", "으로", "만", "부터",
    "까지", "에서는", "에서도", "에는", "으로부터", "로부터", "과의", "와의", "이다", "이며", "이고", "에서의", "처럼",
    "보다", "와는", "과는", "이나", "나", "랑", "이랑", "측", "측은", "측이", "사", "사가", "사는", "사의"})


_HYPHENS = frozenset("-‐‑")


def _right_to_left(char: str) -> bool:
    """A letter of the Hebrew or Arabic script."""
    return "\u0590" <= char <= "\u06ff"


def _katakana(char: str) -> bool:
    """A letter of katakana or its long vowel mark (not the dot between the words of a name: "ソビエト・ロシア")."""
    return "\u30a1" <= char <= "\u30fa" or "\u30fc" <= char <= "\u30ff"


def _glued_start(folded: str, first: int, size: int) -> bool:
    if not han_or_kana(folded[first]):
        return False
    return size >= 3 or first == 0 or not han_or_kana(folded[first - 1]) or folded[first - 1] in _BEFORE_SHORT


def _glued_end(folded: str, key_end: int, size: int) -> bool:
    if not han_or_kana(folded[key_end - 1]):
        return False
    return size >= 3 or key_end >= len(folded) or not han_or_kana(folded[key_end]) or folded[key_end] in _AFTER_SHORT


SKIP = "\u200b"   # what a combining mark folds to: inside its word, and no letter of it for the keys


class _FoldTable(dict[int, str]):
    """str.translate table filled on first sight of each character (C speed afterwards)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        out = " "
        if char.isalnum():
            low = char.lower()
            low = low if len(low) == 1 else char
            low = _SPECIAL.get(low, low)
            parts = unicodedata.normalize("NFD", low)
            # only marks come off (é -> e, أ -> ا); a Hangul syllable decomposes into letters and stays whole, and
            # kana keep their voicing marks (が is not か: "ながら" holds no "から")
            stripped = len(parts) > 1 and all(unicodedata.combining(c) for c in parts[1:]) \
                and not "\u3040" <= parts[0] <= "\u30ff"
            base = parts[0].lower() if stripped else low
            out = base if base.isalnum() and len(base) == 1 else low
        elif unicodedata.category(char) in {"Mn", "Mc"} and _VOWEL_SIGNS[0] <= code <= _VOWEL_SIGNS[1]:
            out = char   # a vowel sign of an Indic or Thai script is a letter of its word ("मिल" is not "माली")
        elif unicodedata.category(char) == "Mn":
            out = SKIP   # a combining mark stays inside its word and is skipped by keys
        if char == "\u0640":
            out = SKIP   # the Arabic tatweel only stretches a word ("لـ" is "ل")
        self[code] = out
        return out


_TABLE = _FoldTable()


def match_fold(text: str) -> str:
    """Same-length folded text: lower case, no diacritics, every non-alphanumeric a space."""
    return text.translate(_TABLE)


def fold_phrase(phrase: str) -> str:
    """A phrase of a data file folded the way ``match_fold`` folds text, spaces squeezed."""
    return " ".join(match_fold(phrase).replace(SKIP, "").split())


@dataclass(frozen=True, slots=True)
class Phrase:
    """What a matched phrase means: a class (cue class, "country", "entity") and a value."""

    cls: str
    value: str
    adjective: bool = False     # a country's adjective or demonym rather than its name
    proper: bool = False        # a proper name: the original text must start upper-case (if the script has case)

    def __reduce__(self) -> tuple[type[Phrase], tuple[str, str, bool, bool]]:
        return (Phrase, (self.cls, self.value, self.adjective, self.proper))   # (kept built: twice as fast to load)


@dataclass(frozen=True, slots=True)
class _Part:
    key: str
    stem: bool          # the last word is a stem: the token may go on
    soft: bool          # the last word may take an inflectional ending
    cut: bool           # the key lost the word's final vowel (the ending replaces it)
    gap: int            # tokens allowed before this part (0: adjacent)
    vowel: str = ""     # the final vowel a cut key lost

    def __reduce__(self) -> tuple[type[_Part], tuple[str, bool, bool, bool, int, str]]:
        return (_Part, (self.key, self.stem, self.soft, self.cut, self.gap, self.vowel))


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    phrase: Phrase
    ending: int = 0   # letters after the phrase's last key: an inflection ("Polsk|i") or none


@cache
def _parts(phrase: str, exact: bool = False) -> tuple[_Part, ...] | None:
    """A phrase's parts, each a run of words the automaton finds (one parse per phrase: the languages share many,
    such as every country's English name)."""
    parts: list[_Part] = []
    words: list[str] = []
    gap = 0
    whole = False   # the last word was written "=word": it takes no ending

    def close(stem: bool) -> None:
        nonlocal words, gap
        if words:
            last = words[-1]
            soft = not stem and not exact and not whole and len(last) >= MIN_SOFT and not last.isdigit()
            key = " ".join(words)
            cut = soft and last[-1] in _VOWELS
            parts.append(_Part(key[:-1] if cut else key, stem, soft, cut, gap, key[-1] if cut else ""))
        words, gap = [], 0

    tail = phrase.startswith("*") and len(phrase.split()) == 1
    if tail and len(phrase.strip("*=")) < 4:
        raise ValueError(f"a compound's tail needs four letters or more: {phrase!r}")
    if tail:
        phrase = phrase[1:]
    for raw in phrase.split():
        if raw == "~":
            if words:
                close(False)
            gap += GAP   # ("~ ~": two gaps in a row skip twice as many tokens, for a script that spaces syllables)
            continue
        stem = raw.endswith("*")
        whole = raw.startswith("=")
        word = fold_phrase(raw.lstrip("=").rstrip("*"))
        if not word:
            continue
        # a multi-token word ("licence-built", "S.A.") is its tokens in a row
        sub = word.split()
        words.extend(sub)
        if stem:
            close(True)
    close(False)
    if not parts or len(parts[0].key.replace(" ", "")) < 2:
        return None   # a phrase must start with two letters: one-letter keys would hit everywhere
    if tail:
        first = parts[0]
        parts[0] = _Part(_TAIL + first.key, first.stem, first.soft, first.cut, first.gap, first.vowel)
    return tuple(parts)


_TAIL = "*"       # the key of a part that may end a compound: "*version"
_COMPOUND_HEAD = 3   # letters a compound's head has at least ("Exportversion"; not "Aversion")
# Latin prefixes that make a loanword with the tail, not a compound ("Konversion", "Subversion", "conversie")
_LOAN_HEADS = ("kon", "con", "sub", "per", "in", "di", "re", "extro", "intro", "ab")


class Matcher:
    """Phrases compiled into one automaton; ``find`` returns their matches in a text."""

    def __init__(self, substring: bool = False, prefixes: Iterable[str] = (), endings: Iterable[str] = (),
                 glued: bool = False, enclitics: Iterable[str] = ()) -> None:
        self.substring = substring
        # names in any text: one written in Chinese characters or kana stands inside a run of them
        # ("由乌拉尔车辆厂生产", "イズマッシュが"; one of two characters only beside a word of grammar), one in Hangul
        # takes a particle ("노린코가", "콘체른에서")
        self.glued = glued
        self.prefixes = tuple(sorted({fold_phrase(p) for p in prefixes if fold_phrase(p)}, key=len, reverse=True))
        # case endings a proper name may take although they start with a consonant (Hungarian "-ból", Finnish "-sta")
        self.endings = frozenset(fold_phrase(e) for e in endings if fold_phrase(e))
        # particles glued after a case ending ("Laosiin-kin", to Laos too): a proper name takes them past its ending
        self.enclitics = tuple(e for e in (fold_phrase(c).strip() for c in enclitics) if e)
        self._phrases: list[tuple[Phrase, tuple[_Part, ...]]] = []
        # a word written "==że" in a data file: its letters as written, diacritics and all ("ze" is not "że")
        self._written: dict[int, str] = {}
        self._by_key: dict[str, list[tuple[int, int]]] = {}
        self._tails: set[str] = set()   # keys that may end a compound too
        # the phrases each key starts, in the order they were added (made with the automaton)
        self._starts: dict[str, list[int]] = {}
        self._automaton: ahocorasick.Automaton | None = None

    def add(self, phrase: str, meaning: Phrase, exact: bool = False) -> None:
        """Add a phrase; ``exact``: its last word takes no ending (a form already inflected, "gradi")."""
        parts = _parts(phrase, exact)
        if parts is None:
            return
        index = len(self._phrases)
        self._phrases.append((meaning, parts))
        if phrase.startswith("==") and len(phrase.split()) == 1:
            self._written[index] = phrase[2:].rstrip("*").lower()
        for n, part in enumerate(parts):
            if n == 0 or len(part.key) >= 2:   # one-letter parts are checked in place, not by the automaton
                self._by_key.setdefault(part.key, []).append((index, n))
            if part.key.startswith(_TAIL):
                self._tails.add(part.key[len(_TAIL):])
        self._automaton = None

    def add_as_written(self, phrase: str, meaning: Phrase) -> None:
        """Add a name as it is written, marks and spaces between its words kept ("Концерн «Калашников»", folded
        "концерн  калашников": a quotation mark is a space of its own, which ``add`` squeezes away), its last word
        taking no ending."""
        key = match_fold(phrase).replace(SKIP, "").strip()
        if len(key.replace(" ", "")) < 2:
            return
        index = len(self._phrases)
        self._phrases.append((meaning, (_Part(key, False, False, False, 0),)))
        self._by_key.setdefault(key, []).append((index, 0))
        self._automaton = None

    def __len__(self) -> int:
        return len(self._phrases)

    def _build(self) -> ahocorasick.Automaton:
        automaton = ahocorasick.Automaton()
        for key in {k.removeprefix(_TAIL) for k in self._by_key}:
            automaton.add_word(key, key)
        if self._by_key:
            automaton.make_automaton()
        # a phrase added again with the same meaning (one country's name in two of its lists, a word in two cue
        # lists of one class) finds the same matches as the first: a fifth of a language's phrases, left out here
        starts: dict[str, list[int]] = {}
        added: set[tuple[Phrase, tuple[_Part, ...], str | None]] = set()
        for index, (meaning, parts) in enumerate(self._phrases):
            same = (meaning, parts, self._written.get(index))
            if same not in added:
                added.add(same)
                starts.setdefault(parts[0].key, []).append(index)
        self._starts = starts
        return automaton

    def compile(self) -> Matcher:
        """Build the automaton now (``find`` builds it when first called), before the matcher is kept."""
        if self._automaton is None:
            self._automaton = self._build()
        return self

    def find(self, text: str, folded: str, start: int = 0, end: int | None = None) -> list[Match]:
        """Every phrase matched in ``text[start:end]`` (``folded`` is ``match_fold(text)``)."""
        stop = len(text) if end is None else end
        if folded.find(SKIP, start, stop) >= 0:
            return self._find_skipping(text, folded, start, stop)
        return self._find(text, folded, start, stop)

    def _find_skipping(self, text: str, folded: str, start: int, stop: int) -> list[Match]:
        """Matches where combining marks stand inside words ("تطويرًا", Arabic with its vowel marks): found in the
        text without them, then placed back (a mark right after a match's last letter stays in it)."""
        keep = [i for i in range(start, stop) if folded[i] != SKIP]
        found = self._find("".join(text[i] for i in keep), "".join(folded[i] for i in keep), 0, len(keep))
        out: list[Match] = []
        for m in found:
            last = keep[m.end - 1] + 1
            while last < stop and folded[last] == SKIP:
                last += 1
            # (the ending's letters counted again where the marks stand)
            out.append(Match(keep[m.start], last, m.phrase, last - keep[m.end - m.ending] if m.ending else 0))
        return out

    def _find(self, text: str, folded: str, start: int, stop: int) -> list[Match]:
        if self._automaton is None:
            self._automaton = self._build()
        if not self._by_key:
            return []
        # where each part occurs: part key -> list of (start, token end)
        found: dict[str, list[tuple[int, int]]] = {}
        begins, tails = self._begin, self._tails   # (looked up once: the automaton hits every few letters)
        # (a matcher that takes a key only at a word's start, or right after a change of script: a key inside a word
        # of a script with spaces is none, told here without a call to _begin, as is a key right after a space,
        # which every matcher takes: the most of the automaton's hits)
        plain = not self.substring and not self.glued and not self.prefixes
        for last, key in self._automaton.iter(folded, start, stop):
            size = len(key)
            first = last - size + 1
            if first > 0 and (before := folded[first - 1]) == " ":
                begin = first
            elif plain and first > start and before < "\u0e00" and folded[first] < "\u0e00" \
                    and before not in _HYPHENS:
                begin = -1
            else:
                begin = begins(folded, first, start, size)
            if key in tails:
                # the word alone, or ending a compound: the match runs from the compound's start
                head = folded.rfind(" ", 0, first) + 1 if begin < 0 else first
                if begin >= 0 or (first - head >= _COMPOUND_HEAD and folded[head:first].isalpha()
                                  and not folded[head:first].endswith(_LOAN_HEADS) and not _unspaced(folded[first])):
                    found.setdefault(_TAIL + key, []).append((head, last + 1))
            if begin < 0:
                continue
            found.setdefault(key, []).append((first, last + 1))
        if not found:
            return []
        out: list[Match] = []
        for key in found:
            for index in self._starts.get(key, ()):
                out.extend(self._chain(index, found, folded, text, stop))
        # (a phrase's meaning by its fields, as its equality reads them: no hash of the dataclass computed in Python)
        unique = {(m.start, m.end, m.phrase.cls, m.phrase.value, m.phrase.adjective, m.phrase.proper): m for m in out}
        return sorted(unique.values(), key=lambda m: (m.start, -m.end))

    def _begin(self, folded: str, first: int, floor: int, size: int = 0) -> int:
        if size <= 2 and first > 0 and _katakana(folded[first]) and _katakana(folded[first - 1]):
            return -1   # a short name in katakana starts no word inside a run of them ("タイ" in "ボタイ")
        if self.substring or (self.glued and _glued_start(folded, first, size)) or first == floor or first == 0 \
                or folded[first - 1] == " " \
                or _unspaced(folded[first - 1]) != _unspaced(folded[first]):
            return first   # a Latin name runs straight into Chinese text ("的AK突擊步槍"): the script change parts them
        token_start = folded.rfind(" ", 0, first) + 1
        if folded[token_start:first] in self.prefixes:
            return first
        if first - token_start >= 2 and folded[first - 1] in _HYPHENS and _right_to_left(folded[first - 2]) \
                and not _right_to_left(folded[first]):
            return first   # a Latin name after a Hebrew or Arabic clitic and its hyphen ("ה-AKM", "ב-SKS")
        return -1

    def _end(self, folded: str, part: _Part, key_end: int, stop: int, proper: bool = False) -> int:
        """Where the token that ends this part ends, or -1 when the part does not end a word here."""
        if len(part.key) <= 2 and key_end < len(folded) and _katakana(folded[key_end - 1]) \
                and _katakana(folded[key_end]):
            return -1   # nor ends inside one: "タイプ" (type) holds no "タイ" (Thailand); a longer name may stand in a
            #             compound ("ポーランドメーカー", "ライセンスコピー")
        if self.substring or (self.glued and _glued_end(folded, key_end, len(part.key))):
            return key_end
        token_end = folded.find(" ", key_end, stop)
        token_end = stop if token_end < 0 else token_end
        if self.glued and _hangul(folded[key_end - 1]) and folded[key_end:token_end] in _HANGUL_PARTICLES:
            return key_end   # (the particle stays outside the name, where the text's grammar reads it)
        if key_end < token_end and not _unspaced(folded[key_end - 1]):
            run = _UNSPACED.search(folded, key_end, token_end)
            token_end = token_end if run is None else run.start()
        tail = token_end - key_end
        if part.stem or (tail == 0 and not part.cut):
            return token_end
        if tail == 0:
            return -1   # a name without its final vowel is not a word ("Tong" is not Tonga)
        ending = folded[key_end:token_end]
        if ending in _JOINER_LOST and folded[key_end - 1] == "ه":
            return token_end   # a Persian suffix glued where its zero-width non-joiner was lost ("نسخهی": نسخه‌ی)
        if proper and ending in self.endings:
            return token_end   # a name with a case ending its language lists ("소련-으로부터"), however short the name
        if part.soft and tail <= ENDING + part.cut and ending.isalpha() \
                and (not proper or ending[0] in _VOWELS or ending in self.endings):
            # a proper name takes case endings, which start with a vowel ("Rosj-i", "Chin-ach") unless the language
            # lists them ("Lengyelország-ból"): "Samo-lot" is not Samoa
            return token_end
        if proper:
            # (a particle glued after the ending: "Laosiin-kin", "Kuubaan-kin", to Laos, to Cuba too)
            for clitic in self.enclitics:
                bare = ending[:-len(clitic)]
                if ending.endswith(clitic) and bare and (bare in self.endings or (
                        part.soft and len(bare) <= ENDING + part.cut and bare.isalpha() and bare[0] in _VOWELS)):
                    return token_end
        return -1

    def _chain(self, index: int, found: dict[str, list[tuple[int, int]]], folded: str, text: str,
               stop: int) -> list[Match]:
        meaning, parts = self._phrases[index]
        out: list[Match] = []
        # (most phrases are one part: no generator made for the parts after it)
        if len(parts) > 1 and any(len(part.key) >= 2 and part.key not in found for part in parts[1:]):
            return out   # a later part the text never holds: no occurrence of the first can start the phrase
        # (what does not change from one occurrence to the next, looked up once)
        head, rest, ends, written = parts[0], parts[1:], self._end, self._written.get(index)
        country = meaning.cls == "country" and not meaning.adjective
        for first, key_end in found.get(head.key, []):
            # (a country's name in a script without case is a name however the data file writes it: it takes the
            # language's case endings, "소련으로부터", from the Soviet Union)
            proper = meaning.proper or (country and text[first].lower() == text[first].upper()
                                        and text[first].isalpha())
            end = ends(folded, head, key_end, stop, proper)
            if end < 0:
                continue
            ok = True
            key_end_last, last_part = key_end, head
            for part in rest:
                if len(part.key) < 2:
                    # "odvozen* z": too short for the automaton ("נודעו ~ כ": after a gap too)
                    nxt = _short_part(folded, end, part.key, stop, part.gap)
                else:
                    nxt = _next_part(found.get(part.key, []), folded, end, part.gap, self.substring, text)
                if nxt is None:
                    ok = False
                    break
                end = self._end(folded, part, nxt, stop, proper)
                key_end_last, last_part = nxt, part
                if end < 0:
                    ok = False
                    break
            if not ok:
                continue
            if meaning.proper and not _proper(text, first):
                continue
            if written is not None and text[first:end].lower() != written:
                continue
            ending = folded[key_end_last:end]
            out.append(Match(first, end, meaning, 0 if ending == last_part.vowel else len(ending)))
        return out


def _next_part(spots: list[tuple[int, int]], folded: str, after: int, gap: int, substring: bool,
               text: str = "") -> int | None:
    """The key end of the first occurrence of a part that starts within ``gap`` tokens after ``after``.

    Tokens of the gap are counted in the text as written, where "“إم-30”" or "T-72" is one word (folding
    turns their punctuation into spaces)."""
    for begin, key_end in spots:
        if begin < after:
            continue
        between = folded[after:begin]
        if substring:
            if len(between.strip()) <= gap * 2:
                return key_end
            return None
        words = len((text[after:begin] if text else between).split())
        if words <= gap and (gap or between.strip() == ""):
            return key_end
        return None
    return None


def _short_part(folded: str, after: int, key: str, stop: int, gap: int = 0) -> int | None:
    """The end of a one-letter word right after ``after`` (one space between), or up to ``gap`` words later, or
    None."""
    for _ in range(gap + 1):
        begin = after + 1
        end = begin + len(key)
        if folded[after:begin] != " ":
            return None
        if folded[begin:end] == key and (end >= stop or folded[end] == " "):
            return end
        after = folded.find(" ", begin, stop)   # (past the next word)
        if after < 0:
            return None
    return None


def _proper(text: str, pos: int) -> bool:
    char = text[pos]
    return char.isupper() or caseless(char)


def caseless(char: str) -> bool:
    """Whether a letter's script writes no capitals: Arabic, Hangul, Devanagari, and Georgian, whose Mtavruli
    capitals Unicode has but running text never uses."""
    return char.lower() == char.upper() or "\u10d0" <= char <= "\u10ff"


class Spans:
    """(start, end) spans of a text, asked by bisection: a long text has thousands, and comparing each position with
    every span made the rules that ask quadratic in the text's length."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._ordered = sorted(spans)
        self._starts = [a for a, _ in self._ordered]
        self._reach = list(itertools.accumulate((b for _, b in self._ordered), max))
        self._opening = set(self._starts)

    def reach(self, at: int) -> int:
        """The furthest end of the spans that start at ``at`` or before it (-1 where none does)."""
        upto = bisect.bisect_right(self._starts, at)
        return self._reach[upto - 1] if upto else -1

    def covers(self, cut: int) -> bool:
        """Whether ``cut`` falls strictly inside a span."""
        return self.reach(cut - 1) > cut

    def opens(self, at: int) -> bool:
        """Whether a span starts at ``at``."""
        return at in self._opening

    def within(self, start: int, end: int) -> bool:
        """Whether ``start``-``end`` lies inside a span other than itself."""
        if self.reach(start) < end:
            return False
        upto = bisect.bisect_right(self._starts, start)
        return any(end <= b and (start, end) != (a, b) for a, b in self._ordered[:upto])
