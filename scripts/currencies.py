"""Write the currency symbols written with letters in every language the extractor reads, from CLDR (babel), as data.

Usage: python scripts/currencies.py

A price is no designation: "Rp 15 juta", "zł 300", "Kč 20" (a symbol of letters, a space, a number). ISO codes
("USD 300") come from babel at run time; the symbols a language writes for its own country's currency are
locale data, so they are written once here to ``src/copytrace/extract/data/currencies.json`` and the extractor
never loads CLDR locales at start-up.
"""

from __future__ import annotations

import json
from pathlib import Path

import babel
from babel.numbers import get_territory_currencies

from copytrace.extract import lexicon

OUT = Path(__file__).resolve().parent.parent / "src" / "copytrace" / "extract" / "data" / "currencies.json"


def main() -> int:
    symbols: set[str] = set()
    subtags = babel.core.get_global("likely_subtags")
    for code in lexicon.available():
        try:
            locale = babel.Locale.parse(code)
            territory = locale.territory or babel.Locale.parse(subtags.get(code, code)).territory
        except (ValueError, babel.UnknownLocaleError):
            continue
        for currency in get_territory_currencies(territory) if territory else []:
            symbol = locale.currency_symbols.get(currency, "").rstrip(".")
            if len(symbol) >= 2 and symbol.isalpha():
                symbols.add(symbol)
    OUT.write_text(json.dumps({"symbols": sorted(symbols)}, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(symbols)} currency symbols -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
