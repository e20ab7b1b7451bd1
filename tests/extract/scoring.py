"""Matching extracted facts against a gold file, as ../shared/eval/score.py does.

The rules are the shared scorer's, reimplemented so the package runs without that folder:
same document and relation; subject and object agree after normalisation (case, accents,
punctuation, parentheses, a few synonyms, the AK family's generic names as one, a shared
distinctive word or model number); alias_of is symmetric; a quote that is not in the
document counts as wrong.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

SYNONYMS = {
    "ussr": "soviet union", "sovietunion": "soviet union", "russia(ussr)": "soviet union",
    "eastgermany": "east germany", "gdr": "east germany", "ddr": "east germany",
    "germandemocraticrepublic": "east germany",
    "usa": "united states", "us": "united states", "unitedstatesofamerica": "united states",
    "prc": "china", "peoplesrepublicofchina": "china",
    "dprk": "north korea", "democraticpeoplesrepublicofkorea": "north korea",
    "sfryugoslavia": "yugoslavia", "socialistfederalrepublicofyugoslavia": "yugoslavia",
    "czechoslovakia": "czechoslovakia",
    "ak": "ak", "kalashnikov": "ak", "akgenerickalashnikov": "ak", "kalashnikovrifle": "ak",
    "avtomatkalashnikova": "ak", "kalashnikovassaultrifle": "ak",
    "izhmash": "kalashnikov concern", "kalashnikovconcern": "kalashnikov concern",
    "kalashnikovgroup": "kalashnikov concern",
    "zastava": "zastava arms", "zastavaarms": "zastava arms", "zastavaoruzje": "zastava arms",
    "fb radom": "radom", "fabrykabronilucznikradom": "radom", "lucznik": "radom", "fbradom": "radom",
    "feg": "feg", "fegyveresgepgyar": "feg",
    "arsenalad": "arsenal", "arsenal": "arsenal",
    "cugir": "cugir", "uzinamecanicacugir": "cugir", "romarm": "cugir",
    "norinco": "norinco", "chinanorthindustriescorporation": "norinco",
    "unlicenced": "unlicensed", "licenced": "licensed",
}
GENERIC_AK = {"ak", "ak47", "kalashnikov", "akgenerickalashnikov", "avtomatkalashnikova", "kalashnikovrifle",
              "kalashnikovassaultrifle", "akpattern", "akpatternrifle", "akrifle"}
STOP = {"state", "factory", "plant", "works", "company", "arms", "group", "concern", "ad", "sa", "ltd", "the", "of",
        "national", "rifle", "rifles", "assault", "automatic", "generic", "copy", "model", "and", "de", "la"}
_SQUASH = re.compile(r"[^0-9a-zа-яё]+")
_TOKEN = re.compile(r"[0-9a-zа-яё]+")


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text)).casefold()
    return "".join(c for c in text if not unicodedata.combining(c))


def squash(text: str) -> str:
    return _SQUASH.sub("", _plain(text))


def _norm(text: str) -> str:
    s = squash(text)
    return squash(SYNONYMS.get(s, s))


@cache
def forms(text: str) -> frozenset[str]:
    """Whole name, name without its parenthesis, the parenthesis alone; the AK family as one."""
    outer = re.sub(r"\([^)]*\)", " ", text)
    inner = " ".join(re.findall(r"\(([^)]*)\)", text))
    out = {_norm(t) for t in (text, outer, inner) if _norm(t)}
    return frozenset("ak" if f in GENERIC_AK else f for f in out)


@cache
def tokens(text: str) -> frozenset[str]:
    return frozenset(t for t in _TOKEN.findall(_plain(text)) if t not in STOP)


def same(a: str, b: str) -> bool:
    for na in forms(str(a)):
        for nb in forms(str(b)):
            if na == nb:
                return True
            short, long_ = sorted((na, nb), key=len)
            # "m70" ~ "zastavam70"; a bare family name does not match a model
            if short != "ak" and ((len(short) >= 3 and long_.endswith(short)) or (len(short) >= 4 and short in long_)):
                return True
    ta, tb = tokens(str(a)), tokens(str(b))
    da = {t for t in ta if any(c.isdigit() for c in t)}
    db = {t for t in tb if any(c.isdigit() for c in t)}
    if da and db:
        return bool(da & db)
    return any(len(t) >= 4 and not t.isdigit() for t in ta & tb)


def subject_names(fact: dict[str, Any]) -> list[str]:
    product = fact.get("product") or fact.get("subject")
    if isinstance(product, dict):
        return [str(product.get("normalized", "")), str(product.get("as_written", ""))]
    names = [str(product or "")]
    if fact.get("subject_text"):
        names.append(str(fact["subject_text"]))
    return names


def matches(gold: dict[str, Any], found: dict[str, Any]) -> bool:
    if gold["relation"] != found.get("relation"):
        return False
    gs = [g for g in subject_names(gold) if g]
    ss = [s for s in subject_names(found) if s]
    go, so = str(gold["object"]), str(found.get("object", ""))
    if any(same(g, s) for g in gs for s in ss) and same(go, so):
        return True
    return gold["relation"] == "alias_of" and any(same(g, so) for g in gs) and any(same(go, s) for s in ss)
