"""The language of a document: its script first, then lingua among the languages of that script.

Most scripts belong to one or a few of the languages we have files for (Hangul, Thai, Greek,
Hebrew, Devanagari; Cyrillic and Arabic to a handful), so the detector only weighs those; a
script with one language needs no detector at all.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from functools import cache
from typing import Any

from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

from copytrace.i18n import lazy_gettext
from copytrace.lazyre import lazy_compile

_SAMPLE = 300   # letters enough for lingua on a paragraph; more costs time and gains nothing measured
_NOISE = lazy_compile(r"\S*\d\S*|\b[^\W\d_]*[A-ZА-ЯЁ][^\W\d_]*[A-ZА-ЯЁ][^\W\d_]*\b")
# The script a letter's Unicode name starts with, and the languages written in it.
_SCRIPTS = {
    "CYRILLIC": ("ru", "uk", "bg", "sr", "mk", "be", "kk", "uz"),
    "ARABIC": ("ar", "fa", "ur"),
    "HEBREW": ("he",),
    "GREEK": ("el",),
    "DEVANAGARI": ("hi",),
    "BENGALI": ("bn",),
    "GEORGIAN": ("ka",),
    "ARMENIAN": ("hy",),
    "THAI": ("th",),
    "HANGUL": ("ko",),
    "HIRAGANA": ("ja",),
    "KATAKANA": ("ja",),
    "CJK": ("zh", "ja"),
}


_RANGES = (
    (0x0400, 0x052F, "CYRILLIC"), (0x0590, 0x05FF, "HEBREW"), (0x0600, 0x06FF, "ARABIC"), (0x0750, 0x077F, "ARABIC"),
    (0xFB50, 0xFEFF, "ARABIC"), (0x0370, 0x03FF, "GREEK"), (0x0900, 0x097F, "DEVANAGARI"), (0x0E00, 0x0E7F, "THAI"),
    (0x0980, 0x09FF, "BENGALI"), (0x10A0, 0x10FF, "GEORGIAN"), (0x1C90, 0x1CBF, "GEORGIAN"),
    (0x0531, 0x058F, "ARMENIAN"),
    (0xAC00, 0xD7AF, "HANGUL"), (0x1100, 0x11FF, "HANGUL"), (0x3040, 0x309F, "HIRAGANA"), (0x30A0, 0x30FF, "KATAKANA"),
    (0x4E00, 0x9FFF, "CJK"), (0x3400, 0x4DBF, "CJK"),
)


def _script(sample: str) -> str:
    counts: dict[str, int] = {}
    for char in sample:
        code = ord(char)
        if code < 0x0370:
            if char.isalpha():
                counts["LATIN"] = counts.get("LATIN", 0) + 1
            continue
        script = next((name for low, high, name in _RANGES if low <= code <= high), "")
        if script:
            counts[script] = counts.get(script, 0) + 1
    if counts.get("HIRAGANA") or counts.get("KATAKANA"):
        return "HIRAGANA"   # kana anywhere makes it Japanese, however many Chinese characters it has
    return max(counts, key=lambda s: counts[s]) if counts else "LATIN"


@cache
def _detector(codes: tuple[str, ...]) -> Any:
    languages = []
    for code in codes:
        iso = getattr(IsoCode639_1, code.upper(), None)
        if iso is not None:
            languages.append(Language.from_iso_code_639_1(iso))
    if len(languages) < 2:
        return None
    # Low-accuracy mode loads in a fraction of a second and is reliable on a paragraph of text.
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def check_codes(codes: tuple[str, ...]) -> None:
    """Refuse a language code lingua does not know (a typo in a language setting), naming it."""
    for code in codes:
        if getattr(IsoCode639_1, code.upper(), None) is None and code not in _OWN_LETTERS:
            raise ValueError(lazy_gettext("unknown language code %(code)r in the language setting", code=code))


# Letters that only a language the detector does not know uses; two of them tell it.
# (Uzbek Latin writes its oʻ and gʻ with a turned comma, or, as often, with an opening quotation mark: "O‘zbekiston")
# (not "ў", which Belarusian writes too)
_OWN_LETTERS = {"uz": (("қ", "ғ", "ҳ", "Қ", "Ғ", "Ҳ"), ("oʻ", "gʻ", "Oʻ", "Gʻ", "o‘", "g‘", "O‘", "G‘"))}

# Written standards of one language that are read with its file: lingua tells Norwegian Nynorsk from Bokmål, and
# without Nynorsk among its choices it takes a Nynorsk page for Swedish or Danish. (The Bokmål file lists the
# Nynorsk forms of its words.) ISO 639-1 "no" is Norwegian without a standard named.
WRITTEN_AS = {"nn": "nb", "no": "nb"}


# Below this many letters lingua's trigram models guess poorly ("The Type 56 is a copy of the AK-47" reads as
# Turkish); its best few guesses are then weighed by how many words of each language the text uses.
_SHORT = 120
_PLAUSIBLE = 0.1   # a language lingua gives this much of its confidence to is weighed by its words too
_SHORT_GUESSES = 5
_SURE = 0.9   # a guess lingua gives this much of its confidence to stands against words weighed, unless ...
_PLAINLY = 3   # ... the default language's words are this many more than its own


def detect_language(text: str, codes: tuple[str, ...], default: str = "en",
                    judge: Callable[[str, str], int] | None = None,
                    common: Mapping[str, Collection[str]] | None = None,
                    related: Mapping[str, Collection[str]] | None = None) -> str:
    """ISO 639-1 code of the text's language among ``codes``; ``default`` when unsure.

    ``judge(code, text)`` counts the words of a language in a text; given, it decides among lingua's
    best guesses for a short text. ``common`` holds each language's commonest short words: a text that plainly
    uses one language's is that language's, or one of those ``related`` to it, and lingua weighs only those.
    """
    sample = text[:_SAMPLE]
    if not sample.strip():
        return default
    for code, alphabets in _OWN_LETTERS.items():
        if code in codes and any(sum(sample.count(c) for c in letters) >= 2 for letters in alphabets):
            return code
    script = _script(sample[:200])
    written = set(_SCRIPTS.get(script, ()))
    if script == "LATIN":
        written = {c for c in codes if not any(c in langs for langs in _SCRIPTS.values())} | {"uz"}
    candidates = tuple(sorted(c for c in codes if c in written)) or codes
    if len(candidates) > 1 and common:
        used = _plainly_used(_NOISE.sub(" ", sample), candidates, common, related or {})
        if used is not None:
            candidates = tuple(sorted(c for c in candidates if c == used or c in (related or {}).get(used, ())))
    if len(candidates) == 1:
        return candidates[0]
    forms = tuple(form for form, base in WRITTEN_AS.items() if base in candidates and form not in candidates)
    detector = _detector(candidates + forms)
    # designations, numbers and acronyms ("AK-47", "Type 56", "NATO") say nothing of the language and
    # mislead the detector on a short text
    words = _NOISE.sub(" ", sample)
    words = words if words.strip() else sample
    if detector is not None and judge is not None and sum(c.isalpha() for c in words) < _SHORT:
        values = detector.compute_language_confidence_values(words)
        guesses = [_base(v.language) for v in values[:_SHORT_GUESSES]]
        # (the default is weighed too: "The M70 is a Yugoslav copy" has no English among lingua's five guesses)
        guesses = list(dict.fromkeys(g for g in [*guesses, default] if g in candidates))
        if values and values[0].value >= _SURE and _base(values[0].language) in candidates:
            # a sure guess stands unless the default language's words are plainly the text's ("Poland exported
            # many T-72 tanks to Myanmar": lingua is sure it is Turkish, the words are English)
            # (only the default is weighed against it: each language weighed loads its lexicon, at start-up)
            sure = _base(values[0].language)
            plain = sure != default and default in candidates \
                and judge(default, sample) >= judge(sure, sample) + _PLAINLY
            return default if plain else sure
        if guesses:
            return max(guesses, key=lambda code: (judge(code, sample), -guesses.index(code)))
    if detector is not None and judge is not None:
        # close languages (Slovenian and Bosnian, Serbian and Croatian): where lingua finds more than one plausible,
        # the one whose words the text uses most
        values = detector.compute_language_confidence_values(words)
        plausible = [_base(v.language) for v in values if v.value >= _PLAUSIBLE]
        plausible = [g for g in dict.fromkeys(plausible) if g in candidates]
        if len(plausible) >= 2:
            return max(plausible, key=lambda code: (judge(code, sample), -plausible.index(code)))
        if plausible:
            return plausible[0]
    found = detector.detect_language_of(words) if detector is not None else None
    if found is None:
        return candidates[0] if len(candidates) == 1 else default
    return _base(found)


_WORD = lazy_compile(r"[^\W\d_]+")
_PLAIN_HITS = 3     # words of the language at least, ...
_PLAIN_MARGIN = 2   # ... weighing this many times what the next language's weigh


def _plainly_used(sample: str, candidates: tuple[str, ...], common: Mapping[str, Collection[str]],
                  related: Mapping[str, Collection[str]]) -> str | None:
    """The language among ``candidates`` whose commonest words the sample plainly uses, if one does: "was built in
    Poland under a licence from the USSR" has four English words and none of another language's alone. A word
    shared by several languages ("de", "en", "a") counts for each a share; the margin is taken over the languages
    not read with the best (Czech and Slovak share most of theirs: lingua tells them apart)."""
    sets = {c: set(common.get(c, ())) for c in candidates}
    # (languages read together hold a word once: Croatian's words are no weaker for Bosnian's being the same)
    kin = {c: min((c, *related.get(c, ()))) for c in candidates}
    holding: dict[str, set[str]] = {}
    for code, words in sets.items():
        for word in words:
            holding.setdefault(word, set()).add(kin[code])
    holders = {word: len(kins) for word, kins in holding.items()}
    weight: dict[str, float] = dict.fromkeys(candidates, 0.0)
    hits: dict[str, int] = dict.fromkeys(candidates, 0)
    for token in _WORD.findall(sample.lower()):
        shared = holders.get(token)
        if shared is None:
            continue
        for code, words in sets.items():
            if token in words:
                weight[code] += 1.0 / shared
                hits[code] += 1
    ranked = sorted(candidates, key=lambda c: -weight[c])
    best = ranked[0]
    group = {best, *related.get(best, ()), *(c for c in candidates if kin[c] == kin[best])}
    rival = next((weight[c] for c in ranked if c not in group), 0.0)
    if hits[best] >= _PLAIN_HITS and weight[best] > 0 and weight[best] >= _PLAIN_MARGIN * rival:
        return best
    return None


def _base(language: Any) -> str:
    """The code of the file a language lingua names is read with."""
    code = str(language.iso_code_639_1.name).lower()
    return WRITTEN_AS.get(code, code)
