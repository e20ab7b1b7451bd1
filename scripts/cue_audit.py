"""List the dictionary words each cue word of a language's file matches, to find cue words that catch other words.

Usage: python scripts/cue_audit.py LANG [--class CLASS] [--min N] [--all]

A cue written as a stem ("import*") or as a form whose ending the matcher may vary ("importa") matches every
word that begins the same way; some of those are other words ("importante", "importance"). This reads every
word form of simplemma's dictionary for the language, runs the language file's cue words over them one word at a
time, and prints, for each cue entry, how many distinct lemmas it matched and a sample of them, the entries with
the most lemmas first. A reader who knows the language marks the entries that catch other words and writes them
exact (``=importa``) or longer. Only the language's own file is read (not the files of related languages).

Needs the ``simplemma`` package (a development dependency).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict

from copytrace.extract import lexicon
from copytrace.extract.lexicon import _Adder, _raw_language
from copytrace.extract.match import Matcher, Phrase, match_fold

BATCH = 5000
# languages simplemma keeps under another code: Serbian, Croatian and Bosnian share one dictionary
DICTIONARY = {"sr": "hbs", "hr": "hbs", "bs": "hbs"}


def lemma_of(code: str) -> dict[str, str]:
    """simplemma's dictionary for a language: each word form, in lower case, and its lemma. Capitalised words are
    kept (German writes every noun so: "Montag"), since cue words match either case."""
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    table = DefaultDictionaryFactory().get_dictionary(DICTIONARY.get(code, code))
    return {(k.decode() if isinstance(k, bytes) else str(k)).lower(): (v.decode() if isinstance(v, bytes) else str(v))
            for k, v in table.items()}


def audit(code: str, only: str | None) -> list[tuple[str, str, list[str]]]:
    """(class, entry, lemmas matched) for each cue entry of the language's own file that matches a word."""
    raw = _raw_language(code)
    matcher = Matcher()
    add = _Adder(matcher, code)
    for cls, entries in raw.cues.items():
        if only is not None and cls != only:
            continue
        for entry in entries:
            add(entry, Phrase(cls, entry))
    lemmas = lemma_of(code)
    words = sorted(w for w in lemmas if w.isalpha())
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for i in range(0, len(words), BATCH):
        text = "\n".join(words[i:i + BATCH])
        for m in matcher.find(text, match_fold(text), 0):
            word = text[m.start:m.end]
            if "\n" in word or (m.start > 0 and text[m.start - 1] != "\n") \
                    or (m.end < len(text) and text[m.end] != "\n"):
                continue   # a match of a whole dictionary word only
            found[(m.phrase.cls, m.phrase.value)].add(lemmas.get(word, word))
    return sorted(((cls, entry, sorted(ls)) for (cls, entry), ls in found.items()), key=lambda t: -len(t[2]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang")
    parser.add_argument("--class", dest="cls", default=None, help="only this cue class")
    parser.add_argument("--min", type=int, default=2, help="only entries matching at least this many lemmas")
    parser.add_argument("--all", action="store_true", help="print every lemma, not a sample of 20")
    args = parser.parse_args(argv)
    if args.lang not in lexicon.available():
        print(f"cue_audit: no language file for {args.lang!r}", file=sys.stderr)
        return 2
    for cls, entry, lemmas in audit(args.lang, args.cls):
        if len(lemmas) < args.min:
            continue
        shown = lemmas if args.all else lemmas[:20]
        print(f"{cls:14} {entry!r:32} {len(lemmas):4}  {', '.join(shown)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
