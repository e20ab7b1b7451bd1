"""Write the inflected forms of the language files' words, from simplemma's dictionaries, as data.

Usage: python scripts/inflect.py [CODE ...]        (needs simplemma: pip install simplemma)

The matcher already lets a word of five or more letters take a short ending ("produce" -> "produced",
"Polska" -> "Polski"). What it cannot see are forms whose stem changes or that are shorter than the word the
language file lists: Polish "Polsce" (Polska), "Niemczech" (Niemcy), German "baute" (bauen), English "built"
(build), Russian "шёл". simplemma maps every form of a language to its dictionary form; this script turns that
map around for the words the language files hold (cue words, country forms, CLDR country names) and keeps the
forms the ending rule would miss. The result is plain data in ``src/copytrace/extract/data/inflections/``: the
extractor reads it at start-up and never loads simplemma (its dictionaries take seconds and hundreds of MB).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from copytrace.extract import lexicon
from copytrace.extract.match import ENDING, MIN_SOFT, fold_phrase

OUT = Path(__file__).resolve().parent.parent / "src" / "copytrace" / "extract" / "data" / "inflections"
# simplemma's code where it differs from ours
SIMPLEMMA = {"bs": "hbs", "hr": "hbs", "sr": "hbs"}
MIN_FORM = 4          # shorter forms are too often another word
MAX_FORMS = 40        # per word: a verb's every person and tense adds little and costs keys
# A phrase's first word takes no ending in the matcher ("entrer en service": "entrait en service" is another key).
# Where the file writes that word in its dictionary form and the word has this many forms or more (a verb: a noun or
# an adjective has a few), the phrase is listed with each of them, up to MAX_PHRASE_FORMS.
MIN_VERB_FORMS = 12
MAX_PHRASE_FORMS = 60
_VOWELS = set("aeiouyаеиоуыэюяіїєә")


def _words(code: str) -> set[str]:
    """The single words of a language file (and its CLDR country names) that take inflection."""
    lang = lexicon._raw_language(code)
    words = {w for ws in lang.cues.values() for w in ws}
    words |= {w for ws in lang.country_forms.values() for w in ws}
    words |= set(lexicon._cldr(code).values())
    return {w for w in words if " " not in w.strip() and "*" not in w and "~" not in w and len(w) >= 3}


def _phrases(code: str) -> set[str]:
    """The language file's phrases of several plain words (no stem, gap or exact mark), whose first word may be a
    verb's dictionary form."""
    lang = lexicon._raw_language(code)
    return {w.strip() for ws in lang.cues.values() for w in ws
            if " " in w.strip() and not any(mark in w for mark in "*~=") and len(w.split()[0]) >= MIN_SOFT}


def _covered(word: str, form: str) -> bool:
    """Whether the matcher's one ending rule already matches ``form`` for ``word``."""
    key, folded = fold_phrase(word), fold_phrase(form)
    if folded == key:
        return True
    if len(key) < MIN_SOFT:
        return False
    cut = key[:-1] if key[-1] in _VOWELS else key
    if folded == cut:
        return True   # the word without its final vowel: the matcher does not take it for a word, nor do we
    return folded.startswith(cut) and len(folded) - len(cut) <= ENDING + (cut != key)


def inflect(code: str) -> dict[str, list[str]]:
    from simplemma import lemmatize
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    sm = SIMPLEMMA.get(code, code)
    words = _words(code)
    phrases = _phrases(code)
    lemma_of = {w: lemmatize(w, lang=sm) for w in words | {p.split()[0] for p in phrases}}
    wanted = set(lemma_of.values())
    forms_of: dict[str, set[str]] = defaultdict(set)
    for form, lemma in DefaultDictionaryFactory().get_dictionary(sm).items():
        if lemma in wanted and len(form) >= MIN_FORM and form.isalpha():
            forms_of[lemma].add(form)
    out: dict[str, list[str]] = {}
    for word in sorted(words):
        lemma = lemma_of[word]
        if lemma.casefold() != word.casefold():
            continue   # a form the file lists on purpose ("adına", "-built"): its lemma is a wider word
        # a capitalised name keeps to capitalised forms, a lower-case word to lower-case ones
        forms = {f for f in forms_of.get(lemma, set()) | {lemma}
                 if f[:1].isupper() == word[:1].isupper() and not _covered(word, f)}
        if forms:
            out[word] = sorted(forms, key=lambda f: (len(f), f))[:MAX_FORMS]
    for phrase in sorted(phrases):
        first, rest = phrase.split(" ", 1)
        lemma = lemma_of[first]
        tenses = {f for f in forms_of.get(lemma, set()) if f.islower() and f != first}
        if lemma.casefold() != first.casefold() or len(tenses) + 1 < MIN_VERB_FORMS:
            continue   # (a form the file lists on purpose, or a noun's or an adjective's few forms)
        out[phrase] = [f"{f} {rest}" for f in sorted(tenses, key=lambda f: (len(f), f))[:MAX_PHRASE_FORMS]]
    return out


def main(codes: list[str]) -> int:
    from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

    OUT.mkdir(parents=True, exist_ok=True)
    for code in codes or list(lexicon.available()):
        if SIMPLEMMA.get(code, code) not in SUPPORTED_LANGUAGES:
            continue
        table = inflect(code)
        path = OUT / f"{code}.json"
        path.write_text(json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{code}: {len(table)} words, {sum(len(v) for v in table.values())} forms -> {path.name}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
