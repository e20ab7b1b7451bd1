"""Write the names of the months and days of every language the extractor reads, from CLDR (babel), as data.

Usage: python scripts/months.py

A number between a short capitalised word and a month ("VVS 18 декабря", "Nov 13") is a date, not a
designation, and a capitalised month or day before a product noun ("on Tuesday missiles were sold") is no
product's name (words of four letters or more: "calendar"); a day's number with a stop before a month's name
("am 12. Mai 1956") ends no sentence (every month's name: "months"). The extractor reads the words from
``src/copytrace/extract/data/months.json`` so that it never loads 45 CLDR locales at start-up.
"""

from __future__ import annotations

import json
from pathlib import Path

import babel
import babel.dates

from copytrace.extract import lexicon
from copytrace.extract.match import fold_phrase

OUT = Path(__file__).resolve().parent.parent / "src" / "copytrace" / "extract" / "data" / "months.json"


def main() -> int:
    words: set[str] = set()
    months: set[str] = set()   # every month's name, short ones too ("Mai", "maj"): after a day's number
    for code in lexicon.available():
        try:
            locale = babel.Locale.parse(code)
        except (ValueError, babel.UnknownLocaleError):
            continue
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                names = [*babel.dates.get_month_names(width, context, locale).values(),
                         *babel.dates.get_day_names(width, context, locale).values()]
                months.update(f for name in babel.dates.get_month_names(width, context, locale).values()
                              if " " not in (f := fold_phrase(name).strip().rstrip(".")) and len(f) >= 3
                              and not any(c.isdigit() for c in f))
                for name in names:
                    folded = fold_phrase(name).strip()
                    if len(folded) >= 4 and " " not in folded and not any(c.isdigit() for c in folded):
                        words.add(folded)
    data = {"calendar": sorted(words), "months": sorted(months)}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(words)} month and day words, {len(months)} month names -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
