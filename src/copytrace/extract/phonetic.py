"""Latin names written by their sound in a script of its own: "फिशबेड", "플로거", "フィッシュベッド", "فيشبد".

Scripts without Latin letters write a foreign name as it sounds, each by its own rules: Korean and Japanese add
vowels between consonants and drop a final "-er" ("플랭커", "フランカー" for Flanker), Arabic and Hebrew leave most
vowels out ("سكود", "סקאד" for Scud), Hindi writes "f" as "ph" and an "n" before a consonant as a nasal mark. What
they keep is the order of the consonants. A name's *skeleton* is that order, each consonant reduced to a class
that every script's spelling of it falls into (p b f v; t d; k g c q; s z j and the hushing sounds; l r; m n):
the skeleton of "फिशबेड", "피시베드" and "Fishbed" is the same "pspt".

A word of such a script is read as a Latin name only where one name of those it is compared with is nearest it in
its sounds: among the names the registry gives the design spoken of, with a sound or two apart (Korean "p" for
"f"); among the alliance's reporting names, with four sounds at least and every one the same. The caller decides
where a name may stand at all (set apart after a design or after the alliance's name, the object of a word of
naming).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from anyascii import anyascii

from copytrace.lazyre import lazy_compile

# The scripts that write foreign names by sound: Hebrew, Arabic and Persian, Devanagari, Bengali, Gurmukhi,
# Gujarati, Thai, Georgian, Armenian, Hangul, katakana (not Chinese characters, which write a name by its meaning
# as often as by its sound)
_SOUND_LETTERS = (r"\u0531-\u0587\u05d0-\u05ea\u0620-\u064a\u0671-\u06d3\u06fa-\u06ff\u0900-\u0ab9\u0e01-\u0e4e"
                  r"\u10a0-\u10ff\u1100-\u11ff\u30a1-\u30fc\uac00-\ud7a3")
_MARKS = r"\u05b0-\u05c7\u064b-\u065f\u0670\u0901-\u0903\u093c-\u094d\u0981-\u09cd\u0a01-\u0a4d\u0a81-\u0acd"
SOUND_WORD = lazy_compile(rf"[{_SOUND_LETTERS}][{_SOUND_LETTERS}{_MARKS}\u200c]*")
_SYLLABIC = lazy_compile(r"[\u1100-\u11ff\u30a1-\u30fc\uac00-\ud7a3]")   # Hangul and katakana
_HANGUL_WORD = lazy_compile(r"[\uac00-\ud7a3]+")
_LATIN_WORD = lazy_compile(r"[A-Za-z]{3}")
_SOUND_LETTER = lazy_compile(rf"[{_SOUND_LETTERS}]")
# (a doubled consonant's mark, Japanese ッ, is no sound of its own; in a foreign name Hebrew vav and yod and Arabic
# waw mostly write vowels: "פלוגר", "فولكروم")
_SILENT = str.maketrans("", "", "ッっויو")
_PAIRS = (("ph", "f"), ("bh", "b"), ("kh", "k"), ("gh", "g"), ("th", "t"), ("dh", "d"), ("sh", "s"), ("ch", "s"),
          ("zh", "s"), ("ts", "s"), ("ck", "k"), ("qu", "k"), ("x", "ks"), ("w", "v"))
# Each consonant as its sound (fine: "b" and "p" apart, which most of these scripts tell apart), and as its class
# (coarse: what any of them may write alike; Korean has no "f", Arabic no "p", no "v" and no "g")
_FINE = str.maketrans("pbfvtdkgcqszjlrmn", "pbfvtdkgkkszjrrnn")
_COARSE = str.maketrans("pbfvtdkgszj", "ppppttkksss")
_NASAL = lazy_compile(r"ng(?=[kg])")   # (Korean "플랭커": the "ng" before a "k" is an "n", Flanker)
_CONSONANTS = lazy_compile(r"[^pbfvtdkgcqszjlrmn]")
_DOUBLED = lazy_compile(r"(.)\1+")
_MIN_CLASSES = 3


def written_by_sound(text: str) -> bool:
    """Whether ``text`` holds a letter of a script that writes foreign names by their sound."""
    return _SOUND_LETTER.search(text) is not None


def sounds(word: str) -> str:
    """The order of a word's consonants, each as its sound: "Fishbed" and "फिशबेड" give "fsbd", "피시베드" "psbd"."""
    latin = anyascii(word.translate(_SILENT)).lower()
    for pair, one in _PAIRS:
        latin = latin.replace(pair, one)
    latin = _NASAL.sub("n", latin)
    return _DOUBLED.sub(r"\1", _CONSONANTS.sub("", latin).translate(_FINE))


def skeleton(word: str) -> str:
    """The order of a word's consonants, each as its class: "Fishbed", "फिशबेड" and "피시베드" give "pspt"."""
    return _DOUBLED.sub(r"\1", sounds(word).translate(_COARSE))


def _forms(name: str) -> set[tuple[str, bool]]:
    """The sounds a script may give a Latin name, each with whether only Korean and Japanese spell it so: its own,
    and its own less a final "r" where the name ends in "-er" or "-or", which those two write as a vowel ("플로거",
    "フランカー")."""
    own = sounds(name)
    return {(own, False), (own[:-1], True)} if re.search(r"[eo]r$", name.lower()) and len(own) > _MIN_CLASSES \
        else {(own, False)}


def _apart(a: str, b: str) -> int:
    """How many sounds two spellings of one length differ in (any two of different lengths: more than any)."""
    return sum(x != y for x, y in zip(a, b, strict=True)) if len(a) == len(b) else 99


class SoundIndex:
    """Latin names by their skeletons, for reading a word of a sound-writing script as one of them."""

    def __init__(self, names: Iterable[str]) -> None:
        self._names: dict[str, list[tuple[str, str, bool]]] = {}
        for name in names:
            if any(ch.isdigit() for ch in name) or not name.isascii():
                continue
            for form, syllabic in _forms(name):
                coarse = _DOUBLED.sub(r"\1", form.translate(_COARSE))
                if len(coarse) >= _MIN_CLASSES:
                    self._names.setdefault(coarse, []).append((name, form, syllabic))

    def name_of(self, word: str, among: Iterable[str] = ()) -> str | None:
        """The one Latin name a word written by sound stands for, or None (see ``read``)."""
        found = self.read(word, among)
        return found[0] if found is not None else None

    def read(self, word: str, among: Iterable[str] = ()) -> tuple[str, str] | None:
        """The one Latin name a word written by sound stands for, and the part of the word that spells it; or None.
        The name is the only one whose sounds are nearest the word's (its skeleton shared): "피시베드" is Fishbed,
        not Fishpot; Arabic "فيشبوت", as near to both, is neither. Of the names of this index a word must give
        four sounds at least, all but one of the name's (Korean "p" for "f"): many a short word has the consonants
        of a name ("भारत", India, those of Hoplite; "소련", USSR, those of Siren). Names given in ``among`` (those
        the registry gives the design spoken of) are asked first, and may differ in a sound or two more: "플로거"
        beside the MiG-23 is its Flogger, not the Fargo."""
        if not written_by_sound(word):
            return None
        own = names_index(tuple(among)) if among else None
        # (Korean glues its particles on: "피시베드라는" is "피시베드" and "called"; the name is the word less one
        # or two of its last syllables, the shortest that spells it as nearly as any: "플랭커로", to the Flanker)
        parts = [word, *(word[:-n] for n in (1, 2) if _HANGUL_WORD.fullmatch(word) and len(word) - n >= 2)]
        for index, loose in ((own, True), (self, False)):
            found = [(apart, -i, name, part) for i, part in enumerate(parts) if index is not None
                     and (best := index._best(index._names.get(skeleton(part), []), part, loose)) is not None
                     for apart, name in [best]]
            if found:
                _, _, name, part = min(found)
                return name, part
        return None

    @staticmethod
    def _best(found: list[tuple[str, str, bool]], word: str, loose: bool) -> tuple[int, str] | None:
        """The name nearest a word in its sounds, with how many sounds apart they are; None where none is near
        enough or two are as near."""
        if not _SYLLABIC.search(word):
            found = [f for f in found if not f[2]]
        own = sounds(word)
        nearest = min((_apart(own, form) for _, form, _ in found), default=99)
        best = {name.casefold(): name for name, form, _ in found if _apart(own, form) == nearest}
        # (a script may write one or two of a name's sounds with a letter of another: Korean "p" for "f", Arabic
        # "b" for "p", "j" for "g"; more, and the word is another word of the same consonants: Hebrew "בקוד" is
        # no "Fagot")
        if not loose and len(own) <= _MIN_CLASSES:
            return None   # (three sounds name nothing the registry does not give the design: "सुपर" is no Spiral)
        # (every sound, where the registry does not give the design the name: Hebrew "גרסת", version, has Crusty's
        # consonants but one)
        allowed = max(1, len(own) // 3) if loose else 0
        return (nearest, next(iter(best.values()))) if len(best) == 1 and nearest <= allowed else None


@lru_cache(maxsize=256)
def names_index(names: tuple[str, ...]) -> SoundIndex:
    """The index of a design's names (those the registry gives it), built once for each set of them."""
    return SoundIndex(names)


@cache
def reporting_names() -> SoundIndex:
    from copytrace.extract.shapes import shapes
    return SoundIndex(shapes().reporting_names)


# letters of the alphabets a name is spelt out of letter by letter (Cyrillic, Greek, Armenian, Georgian): a Latin
# spelling of them reads as the analysts write such names ("Ural" for «Урал», "Mriya" for «Мрія»)
_SPELT_LETTER = lazy_compile(r"[\u0370-\u03ff\u0400-\u052f\u0531-\u058f\u10a0-\u10ff]")


def with_latin(name: str) -> str:
    """A name written only in letters of such an alphabet, with its Latin spelling before it, as analysts write other
    names of a design ("Ural (Урал)"); any other name as it is (one with a Latin letter, or in a script whose Latin
    spelling is no name a reader knows: Chinese, Arabic)."""
    if _LATIN_WORD.search(name) or not _SPELT_LETTER.search(name) \
            or any(not _SPELT_LETTER.match(ch) for ch in name if ch.isalpha()):
        return name
    return f"{anyascii(name).strip()} ({name.strip()})"


def in_latin(name: str, among: Iterable[str]) -> str | None:
    """A name written by sound ("‘फिशबेड’", "플로거D/J") with the Latin name it spells among ``among`` (the names the
    registry gives the design) before it ("Fishbed (फिशबेड)"), as a reader of both scripts writes it; None where it
    holds no one word of such a script or that word spells none of them."""
    words = SOUND_WORD.findall(name)
    if len(words) != 1 or _LATIN_WORD.search(name):
        return None   # (none, several, or a Latin name there already: "Fishbed (فيشبد)")
    found = names_index(()).read(words[0], among)   # (the design's names alone, as near as they may be)
    if found is None:
        return None
    latin, part = found
    return f"{latin} ({name.strip().replace(words[0], part)})"
