"""Layer 2: one relation scorer for every language.

For each sentence, candidate (product, relation, object) triples are proposed from the mentions
and scored from features that hold in any language: the class of the cue, token distances, order
(before or after the cue), whether a product is the original a derivation cue points at, negation,
plans and service use. Weights and thresholds live in ``data/weights.yaml``; a candidate below its
relation's threshold is left out rather than guessed.
"""

from __future__ import annotations

import collections
import dataclasses
import itertools
import operator
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

from anyascii import anyascii

from copytrace.extract.lexicon import countries, data_file, han_language_names, language
from copytrace.extract.match import fold_phrase, han_or_kana
from copytrace.extract.mentions import CASE_TAIL, CLASS_SUFFIX, Document, Mention, glossed, unspaced
from copytrace.extract.phonetic import SOUND_WORD, reporting_names, written_by_sound
from copytrace.extract.resolve import Names, family_origins, name_key_of
from copytrace.extract.shapes import (
    OBJECT_PREFIX,
    RUN_ON,
    about_words,
    again_words,
    also_words,
    and_phrases,
    and_words,
    article_or_nothing,
    articles,
    by_first_character,
    calendar_words,
    compound_halves,
    designation_spelling,
    force_names,
    former_words,
    or_words,
    sequence_words,
    shapes,
    still_words,
    that_is_words,
    type_suffixes,
)
from copytrace.lazyre import lazy_compile
from copytrace.model.names import name_key

DERIVE = ("copy", "basis", "variant", "successor")
_start = operator.attrgetter("start")   # (a mention's sort key: where it begins)
_KIND = {"copy": "copy", "basis": "variant", "variant": "variant", "successor": "successor"}


@dataclass(frozen=True, slots=True)
class Weights:
    features: dict[str, dict[str, float]]
    thresholds: dict[str, float]
    windows: dict[str, int]


@cache
def weights() -> Weights:
    raw = data_file("weights")
    return Weights(raw["features"], raw["thresholds"], raw["windows"])


@dataclass(slots=True)
class Reading:
    """One scored reading of a sentence: a candidate triple, the features behind its score, its evidence span."""

    subject: Mention
    relation: str
    object: str
    start: int
    end: int
    features: dict[str, float]
    scope: str | None = None
    qualifier: str | None = None
    score: float = 0.0
    via_adjective: bool = False


@dataclass(slots=True)
class Sentence:
    doc: Document
    start: int
    end: int
    mentions: list[Mention]
    topic: Mention | None
    country_names: dict[str, str]
    home: str | None = None   # the country the document is about (most named), for a recipient it leaves unsaid
    known: Names | None = None   # the names the registry knows (for what it calls its designs)
    # the original the sentences before read the topic as a copy of: "Type 59: Chinese copy" (of the T-55) and then
    # "Type 68: North Korean copy" is a copy of the same, not of the Type 59
    series: Mention | None = None
    products: list[Mention] = field(init=False)
    cues: dict[str, list[Mention]] = field(init=False)
    parents: set[int] = field(init=False)
    # a design a copula says another is, where the sentence goes on to its making: the other ("The Y-5 is the An-2
    # built in China": the making is the Y-5's)
    remade: dict[int, Mention] = field(init=False)
    bases: list[Mention] = field(init=False)   # basis nouns a copula read ("the basis for the X was the Y")
    replaced: set[int] = field(init=False)   # the other party of a replacement ("to replace the Mosin")
    copies: set[tuple[str, str]] = field(init=False)   # a design, and the name "as" gives to what was made of it
    named_versions: set[int] = field(init=False)   # a family another country's version of which a name before names
    groups: dict[int, list[Mention]] = field(init=False)   # a country -> the list it stands in
    _lists: dict[tuple[str, ...], list[Mention]] = field(init=False)   # cue_list's answers, computed once
    # _licence_pair's answers by the cue list asked about, computed once
    pairs: dict[int, tuple[Mention, Mention] | None] = field(init=False)

    def __post_init__(self) -> None:
        # "Mi-8 (russisch Миль Ми-8)", "(Russian: Миг-21)": the language a name is given in is no country here
        self.mentions = [m for m in self.mentions if m.kind != "country" or not _language_gloss(self, m)]
        # "the Iran–Iraq War": countries a dash joins into one name are no place of their own
        # (names only: adjectives so joined are a deal's parties, "Советско-китайское соглашение"; not a dash set
        # apart by spaces, which parts clauses: "lieferte T-72 an Irak – Russland protestierte nicht")
        countries = [m for m in self.mentions if m.kind == "country"]
        joined = {id(m) for a, b in itertools.pairwise(countries)
                  if not a.adjective and not b.adjective and self.doc.text[a.end:b.start] in _DASHES
                  for m in (a, b)}
        # "Unlike Poland and Bulgaria, Czechoslovakia ...": countries a word of contrast sets the subject against
        # say nothing of it
        contrasted = {id(m) for m in _set_against(self, countries)}
        joined |= contrasted | {id(m) for m in _war_names(self, countries)} | _outside_places(self, countries) \
            | _home_words_apart(self, countries)
        if joined:
            self.mentions = [m for m in self.mentions if id(m) not in joined]
        # "esas aldı" (took as its basis), "adını verdi" (gave its name): a word of trade or of direction inside a
        # phrase of basis or naming is none of its own
        phrases = [m for m in self.mentions if m.kind == "cue" and m.value in _PHRASES_HOLDING_TRADE]
        if phrases:
            self.mentions = [m for m in self.mentions if m.kind != "cue" or m.value not in _TRADE_WORDS or not any(
                k.start <= m.start and m.end <= k.end and k.end - k.start > m.end - m.start for k in phrases)]
        self.products = [m for m in self.mentions if m.kind == "product"]
        self.cues = {}
        for m in self.mentions:
            if m.kind == "cue":
                self.cues.setdefault(m.value, []).append(m)
        # "remontovane u preduzeću koje proizvodi municiju", "overhauled at a works which makes shells": where a word
        # of repair stands, a word of making in a relative clause right after a maker word says what the works does
        if "repair" in self.cues and "produce" in self.cues and self.doc.relative_words:
            trade = [k for k in self.cues["produce"] if not any(
                m.end <= k.start and (words := re.findall(r"\w+", fold_phrase(self.doc.text[m.end:k.start])))
                and words[0] in self.doc.relative_words and len(words) <= 4
                for m in self.cues.get("maker", []) + self.cues.get("org_word", []))]
            if trade:
                self.cues["produce"] = trade
            else:
                self.cues.pop("produce")
        # "nakon remonta, koji je obavljen u Rumunjskoj", "after the overhaul, which was done in Romania": a word of
        # making in a relative clause right after a word of repair says where the mending was done, no making
        if "repair" in self.cues and "produce" in self.cues and self.doc.relative_words:
            made = [k for k in self.cues["produce"] if not any(
                r.end <= k.start and (words := re.findall(r"\w+", fold_phrase(self.doc.text[r.end:k.start])))
                and words[0] in self.doc.relative_words and len(words) <= 3
                for r in self.cues["repair"])]
            if made:
                self.cues["produce"] = made
            else:
                self.cues.pop("produce")
        # "remontovan u zavodu Orao", "overhauled at the Bumar works": where a word of repair stands and none of
        # making, the works named do not make the design
        if "repair" in self.cues and "produce" not in self.cues:
            self.cues.pop("maker", None)
        # "India produced a report on the T-90", "Iran made the decision to buy", "jelentést készített": a word of
        # making or trade whose object is a thing of words or of the mind (right after it, an article or an adjective
        # between; or right before it where the object comes first: not "Nach Angaben lieferte Russland", by the
        # figures Russia delivered) makes and moves no product; nor does a word of basis name an original ("on the basis
        # of experience with the T-55": the design the experience was gained on is no original)
        if "abstract" in self.cues:
            object_first = self.doc.particles_follow or self.doc.genitive_first
            for c in ("produce", "export", "import", "basis", "arrive"):
                # (or inside a phrase with a gap, where objects come first: "Rusya'dan ilham aldı", took inspiration
                # from Russia)
                # (not where a product joins the thing in a list: "exported oil and T-72 tanks to India")
                # (a word of arrival with such a thing right before it, in any language, is an idiom of getting it
                # done: Persian "به امضا رسید", came to signature, was signed; no delivery)
                kept = [k for k in self.cues.get(c, []) if not any(
                    ((a.start >= k.end and self.doc.tokens_between(k.end, a.start) <= 2 and c != "arrive")
                     or ((object_first or c == "arrive") and a.end <= k.start
                         and self.doc.tokens_between(a.end, k.start) == 0)
                     or (object_first and k.start < a.start and a.end < k.end))
                    and not any(p.start >= a.end and _listed_after(self.doc, a.end, p.start) for p in self.products)
                    for a in self.cues["abstract"])]
                if kept:
                    self.cues[c] = kept
                else:
                    self.cues.pop(c, None)
        # "poslala na remont u Rumunjsku", "wysłała MiG-29 do remontu", "sent its MiG-21s for overhaul": a word of
        # sending and, a few words on in its clause, a word of repair right after a short word of purpose send the
        # design to be mended, to no buyer (not "isporučila je remontirane tenkove", "sold the refurbished tanks",
        # "isporučila 20 remontiranih": a copula, an article or a number before the word of repair)
        if "repair" in self.cues and "export" in self.cues:
            copulas = self.cues.get("copula", [])
            sending = [k for k in self.cues["export"] if not any(
                r.start >= k.end and self.doc.tokens_between(k.end, r.start) <= 4
                and not any(ch in ",;:" for ch in self.doc.text[k.end:r.start])
                and (word := _PURPOSE_WORD.search(self.doc.text, k.end, r.start)) is not None
                and fold_phrase(word.group(1)).strip() not in articles()
                and not any(c.start == word.start(1) for c in copulas)
                for r in self.cues["repair"])]
            if sending:
                self.cues["export"] = sending
            else:
                self.cues.pop("export", None)
        # ("nicht nur kopiert, sondern verbessert", not only copied: the "not" of "not only" negates nothing)
        if "not_only" in self.cues and "negation" in self.cues:
            denials = [m for m in self.cues["negation"] if not any(
                k.start <= m.start and m.end <= k.end for k in self.cues["not_only"])]
            if denials:
                self.cues["negation"] = denials
            else:
                self.cues.pop("negation")
        # ("a Soviet infantry fighting vehicle": a word of forces inside a kind of product names no forces)
        kinds = self.cues.get("product_noun", [])
        forces = [m for m in self.cues.get("force", []) if not any(
            k.start <= m.start and m.end <= k.end and k.end - k.start > m.end - m.start for k in kinds)]
        if forces:
            self.cues["force"] = forces
        else:
            self.cues.pop("force", None)
        # "the USSR transferred the documentation to China", "документация была передана Китаю": production
        # documents a word of selling or granting hands over are a licence (not "according to Soviet documentation";
        # nor documents a country obtained, "získalo dokumentáciu", which may have been taken without one)
        for m in self.cues.get("documents", []):
            if any((k.end <= m.start and self.doc.tokens_between(k.end, m.start) <= 4)
                   or (k.start >= m.end and self.doc.tokens_between(m.end, k.start) <= 4)
                   for c in ("export", "grant") for k in self.cues.get(c, [])):
                self.cues.setdefault("licence", []).append(dataclasses.replace(m, value="licence"))
        # "a licence for the overhaul of the Mi-8", "лицензия на ремонт Ми-8": a licence to mend licenses no making of
        # the design (not "a licence for the production and overhaul": a word of making right after the licence word)
        if "repair" in self.cues and "licence" in self.cues:
            mending = [k for k in self.cues["licence"] if any(
                r.start >= k.end and self.doc.tokens_between(k.end, r.start) <= 2
                and not any(k.end <= m.start and m.end <= r.start for m in self.mentions if m.kind != "cue")
                for r in self.cues["repair"]) and not any(
                q.start >= k.end and self.doc.tokens_between(k.end, q.start) <= 2
                for q in self.cues.get("produce", []))]
            if mending:
                kept = [k for k in self.cues["licence"] if k not in mending]
                if kept:
                    self.cues["licence"] = kept
                else:
                    self.cues.pop("licence", None)
        # ("vo verzii IŽ-70", in the version IŽ-70: the word of version inside names no original; a phrase with no
        # name right after it is the word of version alone, "w wersjach: ..." before a list)
        versions = [v for v in self.cues.pop("in_version", []) if any(
            p.start >= v.end and self.doc.tokens_between(v.end, p.start) <= 1 for p in self.products)]
        if versions:
            self.cues["in_version"] = versions
        if versions and "variant" in self.cues:
            self.cues["variant"] = [k for k in self.cues["variant"]
                                    if not any(v.start <= k.start and k.end <= v.end for v in versions)]
            if not self.cues["variant"]:
                del self.cues["variant"]
        unsaid = _fronted_comparison(self)
        if unsaid is not None:
            # "Unlike the Leopard 1, which entered service in 1965, the TR-85 ...": what a comparison that opens the
            # sentence says of the design compared, it says of no other
            a, b = unsaid
            self.cues = {c: kept for c, ks in self.cues.items()
                         if (kept := [k for k in ks if c == "unlike" or not a <= k.start < b])}
            self.mentions = [m for m in self.mentions if m.kind != "cue" or m.value == "unlike" or not a <= m.start < b]
        self.parents = set()
        self.remade = {}
        self.bases = []
        self.replaced = set()
        self.copies = set()
        self.named_versions = set()
        for listed in self.cues.values():
            listed.sort(key=_start)   # (a cue a word of documents turned into a licence came last)
        self._lists = {}
        self.pairs = {}
        self.groups = {}
        group: list[Mention] = []
        for m in self.mentions:
            if m.kind != "country":
                continue
            # "in Yugoslavia (M-84), Poland (PT-91) and India": what each country made, in brackets, is an aside
            aside = _ASIDE_AFTER.match(self.doc.text, group[-1].end) if group else None
            after = aside.end() if aside is not None else group[-1].end if group else 0
            # ("Poland, India and former Yugoslavia", "и бывшей Югославии": a word for "former" goes with the name)
            start = _past_former(self.doc.text, after, m.start)
            joint = self.doc.text[after:start].strip()
            if group and (self.doc.tokens_between(after, start) <= 1 or self._same_word_again(group[0], after, m)) \
                    and not any(k.kind in {"product", "org", "year"}
                                or (k.kind == "cue" and k.value in _ROLE_PARTICLES)   # ("Uni Soviet ke Mesir")
                                or (k.kind == "cue" and k.value in _VERB_CLASSES)   # ("Hrvatskoj isporučila Ukrajina")
                                or (k.kind == "cue" and k.value == "contrast")   # ("Poland and India, while Iran")
                                for k in self.mentions if after <= k.start < start) \
                    and not self.doc.particles.get(joint, frozenset()) & _ROLE_PARTICLES \
                    and (fold_phrase(joint).strip(" ,;/") in _list_joints()
                         or not _bare_adjective(m) or self.doc.particles_follow) \
                    and (joint or not _bare_adjective(m) or group[-1].adjective) \
                    and (joint or _role(group[-1]) == _role(m) or self.doc.particles_follow):
                # (not past a particle of a role: "苏联向埃及", the USSR to Egypt; nor two names side by side in two
                # cases: "dostarczyła Polsce Rosja", Russia delivered to Poland; nor a name and an adjective a word of
                # a clause or nothing parts: "Egypt flew Soviet-made MiG-21s", "Mısır Sovyet yapımı MiG-21")
                group.append(m)
            else:
                group = [m]
            self.groups[id(m)] = group

    def _same_word_again(self, first: Mention, after: int, m: Mention) -> bool:
        """"в Чехословакии и в Польше", "in Poland and in Czechoslovakia": a word for "and" and the word that stood
        before the list's first country, said again before the next; or a word for "and" alone with the article of
        a language that gives countries one ("l'Égypte et la Syrie", "in Polen und in der Tschechoslowakei")."""
        words = self.doc.text[after:m.start].split()
        before = self.doc.text[max(self.start, first.start - 12):first.start].split()
        if len(words) >= 2 and _is_article(words[-1]):
            # ("in Polen und in der Tschechoslowakei", "l'Égypte et la Syrie", "la Syrie et l'Irak")
            words = words[:-1]
        if len(words) == 1:
            return fold_phrase(words[0]).strip() in and_words()
        # (the word for "and" may be a phrase after a comma: "в Румынии, а также в Болгарии", "in the USSR as well
        # as in China")
        joint = fold_phrase(" ".join(words[:-1])).strip(" ,;")
        return len(words) >= 2 and bool(before) and joint in and_words() \
            and (words[-1].casefold() == before[-1].casefold() or self._place_words_both(first, after, m))

    def _place_words_both(self, first: Mention, after: int, m: Mention) -> bool:
        """Whether a word of place stands right before a list's first country and right before the next one, where
        the language varies the word by the country ("au Pakistan, en Irak et en Albanie")."""
        def marked(name: Mention, lo: int) -> bool:
            # (an elided word glued to the name by its apostrophe: "in Siria e nell'Iraq")
            return any(k.kind == "cue" and k.value in _PLACE_WORDS and lo <= k.start and k.end <= name.start
                       and not self.doc.text[k.end:name.start].strip(" '’") for k in self.mentions)
        return marked(first, max(self.start, first.start - 12)) and marked(m, after)

    def group_of(self, c: Mention) -> list[Mention]:
        """The list of countries ``c`` stands in ("Poland, Czechoslovakia and Romania"), itself alone where none."""
        return self.groups.get(id(c), [c])

    def elsewhere(self, p: Mention) -> bool:
        """Whether ``p`` stands outside the sentence: the design a sentence that does not name it speaks of (the
        document's main design may be named first in a later sentence)."""
        return not self.start <= p.start < self.end

    def has(self, *classes: str) -> bool:
        # (the classes looked up in C, no generator made: asked a hundred thousand times a megabyte)
        return not self.cues.keys().isdisjoint(classes)

    def planned(self, cue: Mention) -> float:
        """1.0 where a word of plan or intent governs ``cue`` ("will donate", "plans to build"): before it, close,
        with no comma between; a plan elsewhere in the sentence says nothing of this clause."""
        word = self.near_before(cue.start, ("plan",), 4)
        if word is not None and "," not in self.doc.text[word.end:cue.start] and not _month(self, word):
            return 1.0
        # (names between are not counted: "Der Irak wollte den PT-91 von Polen kaufen", the verb last)
        if any(k.end <= cue.start and "," not in self.doc.text[k.end:cue.start] and not _month(self, k)
               and self.doc.tokens_between(k.end, cue.start)
               - _mention_tokens(self, k.end, cue.start, frozenset({"product", "country", "org"})) <= 4
               for k in self.cue_list("plan")):
            return 1.0
        if any(k.start >= cue.end and self.doc.tokens_between(cue.end, k.start) <= 1 for k in self.cue_list("plan")):
            return 1.0
        # a noun of making, its object, then the word of plan ("Produkcja śmigłowców Mi-2 ma ruszyć", the making of
        # the helicopters is to start): the names and words of kind between are the noun's own
        # (words for "of" and one more word, a family's name, may stand in the noun's phrase too: "a fabricação de
        # fuzis de assalto Kalashnikov AK-103 terá início", the making of the rifles is to start)
        if any(k.start >= cue.end and "," not in self.doc.text[cue.end:k.start]
               and self.doc.tokens_between(cue.end, k.start) - _mention_tokens(self, cue.end, k.start, _NAMED)
               - _cue_tokens(self, cue.end, k.start, ("product_noun", "of")) <= (
                   1 if _mention_tokens(self, cue.end, k.start, _NAMED) else 0)
               for k in self.cue_list("plan")):
            return 1.0
        # ("L'achat d'une licence du MiG-21 était prévu", "the purchase of a licence was planned": the copula of the
        # noun phrase the word stands in, then the word of plan)
        if any(k.start >= cue.end and self.doc.tokens_between(cue.end, k.start) <= 6
               and "," not in self.doc.text[cue.end:k.start]
               and any(c.start >= cue.end and c.end <= k.start and self.doc.tokens_between(c.end, k.start) == 0
                       for c in self.cue_list("copula"))
               and not any(cue.end <= v.start < k.start for v in self.cue_list("produce", "export", "import"))
               for k in self.cue_list("plan")):
            return 1.0
        # (where the verb comes last, a noun of talks or plans that ends the clause: "双方就向印度出售T-90坦克进行了
        # 谈判", "Hindistana T-90 satışı ilə bağlı danışıqlar aparılıb")
        doings = self.cue_list("produce", "export", "import")
        if (self.doc.particles_follow or self.doc.genitive_first) and any(
                k.start >= cue.end and self.doc.tokens_between(cue.end, k.start) <= 6
                and not any(ch in ",，、;；。" for ch in self.doc.text[cue.end:k.start])
                and not any(cue.end <= v.start and v.end <= k.start for v in doings)
                # ("중국은 MiG-19의 면허생산을 진행하고 MiG-21의 복사생산을 추진했다": where objects come first, a name
                # between the word and the plan is the plan's own object, where the word has its own right before it)
                and not (self.doc.particles_follow
                         and any(cue.end <= p.start and p.end <= k.start for p in self.products)
                         and any(p.end <= cue.start and self.doc.tokens_between(p.end, cue.start) <= 1
                                 for p in self.products))
                for k in self.cue_list("plan")):
            return 1.0
        # a word of preparing inside a phrase with a gap ("rozběhly přípravy k výrobě": preparations for making began),
        # or a future that closes one ("la production des fusils débutera", the making of the rifles will begin)
        # (not a word of drawings that is also one of plans: "handed ~ the production plans" is a licence handed over)
        if any(cue.start < k.start and (k.end < cue.end or (k.end == cue.end and not any(
                d.start <= k.start and k.end <= d.end for d in self.cue_list("documents"))))
               for k in self.cue_list("plan")):
            return 1.0
        # the word itself in the future tense ("producirá", "fabriquera"; not a word of drawings that is also one of
        # plans, "načrte", read as a licence handed over)
        if any(k.start <= cue.start and cue.end <= k.end
               and not any(d.start == k.start and d.end == k.end for d in self.cue_list("documents"))
               for k in self.cue_list("plan")):
            return 1.0
        if _modal_before_last_verb(self, cue):
            return 1.0
        return 0.0

    def negated(self, cue: Mention) -> bool:
        return self.negating(cue) is not None

    def negating(self, cue: Mention) -> Mention | None:
        """The word of negation that governs a cue: shortly before it, or, where a main clause's "not" follows its
        verb and the verb's object ("Indien kaufte die J-7 nie", "Indien kaufte den T-72 im Jahr 1985 nicht"), one of
        the language's words that negate a verb from after it (not "ohne", without) that ends the cue's clause, with
        no other word of doing and no "and" between; else None. (A "not" inside the clause negates a part of it:
        "und nicht an Pakistan", "nicht zuletzt", "nicht vor 1979", "nie in großen Stückzahlen".)"""
        # (in a script without spaces, its short words count: "不是AK-47的仿制品"; where the verb comes last, the
        # word right after it: "コピーではない", "복제품이 아니다")
        word = self.near_before(cue.start, ("negation",),
                                4 if han_or_kana(cue.text[:1]) and not self.doc.particles_follow else 2)
        # ("Brazil almost bought the J-7", "a failli acheter", "чуть не купила": a word for "almost" right before the
        # word of doing says it did not happen; not before a count, "almost 300 were exported", nor "nearly all")
        # (before a word of likeness it is a degree: "almost identical to the M-30", "almost a copy")
        if cue.value not in {*DERIVE, "resemble"}:
            word = word or self.near_before(cue.start, ("almost",), 0)
        if word is None and self.doc.particles_follow:
            after = self.near_after(cue.end, ("negation",), 1)
            if after is not None and not any(ch in ",;，、。" for ch in self.doc.text[cue.end:after.start]):
                return after
        if word is not None or not self.doc.negation_after:
            return word
        for word in self.cue_list("negation"):
            if word.start < cue.end or self.doc.tokens_between(cue.end, word.start) > _NEGATION_AFTER:
                continue
            between = self.doc.text[cue.end:word.start]
            if fold_phrase(word.text) not in self.doc.negation_after or any(ch in between for ch in ",;:()–—") \
                    or any(cue.end <= k.start and k.end <= word.start for k in self.cue_list(*_DOINGS_NEGATED)) \
                    or set(fold_phrase(between).split()) & and_words() \
                    or not _CLAUSE_ENDS.match(self.doc.text, word.end):
                return None
            return word
        return None

    def cue_list(self, *classes: str) -> list[Mention]:
        found = self._lists.get(classes)
        if found is None:
            if len(classes) == 1:
                # (most asks are of one class: its list as it stands, no list of lists made first)
                found = self.cues.get(classes[0])
                found = self._lists[classes] = [] if found is None else found
                return found
            if self.cues.keys().isdisjoint(classes):
                found = self._lists[classes] = []   # (the sentence holds none of them: no list of lists made)
                return found
            lists = [self.cues[c] for c in classes if c in self.cues]
            # (each class's cues are in the order of the text; most sentences hold none of the classes asked for)
            found = self._lists[classes] = lists[0] if len(lists) == 1 else [] if not lists else \
                sorted((m for cues in lists for m in cues), key=_start)
        return found

    def list_gap(self, a: Mention, country: Mention) -> int:
        """Tokens between a mention and the nearest member of the country list ``country`` stands in."""
        return min(self.gap(a, c) for c in self.groups.get(id(country), [country]))

    def list_first(self, country: Mention) -> Mention:
        return self.groups.get(id(country), [country])[0]

    def gap(self, a: Mention, b: Mention) -> int:
        """Tokens strictly between two mentions (in either order); a product spoken of in an earlier sentence
        (the topic) counts from the start of this one."""
        first, second = (a, b) if a.start <= b.start else (b, a)
        return self.doc.tokens_between(max(first.end, self.start) if first.start < self.start else first.end,
                                       second.start)

    def near_before(self, pos: int, classes: tuple[str, ...], window: int) -> Mention | None:
        # (asked over a hundred thousand times a megabyte, most often of classes the sentence holds none of: the
        # answer kept by cue_list read straight, the tuple of classes not unpacked and packed again)
        cues = self._lists.get(classes)
        if cues is None:
            cues = self.cue_list(*classes)
        # (the last that qualifies: looked for from the end, no distance counted for those before it)
        for m in reversed(cues):
            if m.end <= pos and self.doc.tokens_between(m.end, pos) <= window:
                return m
        return None

    def near_after(self, pos: int, classes: tuple[str, ...], window: int) -> Mention | None:
        cues = self._lists.get(classes)   # (as near_before)
        if cues is None:
            cues = self.cue_list(*classes)
        for m in cues:
            if m.start >= pos and self.doc.tokens_between(pos, m.start) <= window:
                return m
        return None

    def subjects(self) -> list[Mention]:
        """Products the sentence says something about: not the originals derivation cues point at."""
        # (an original that brackets right after it name a version of is the subject all the same: "The J-7 (export
        # version: F-7) was built in China")
        text = self.doc.text
        bracketed = text.find("(", self.start, self.end) >= 0 or text.find("（", self.start, self.end) >= 0
        asides = [p for p in self.products if self._bracket_aside(p)] if bracketed else []
        # (not one the brackets set the original against: "the T-72, a successor of the T-64 (and a rival of the
        # T-62), came in 1973" still dates the T-72)
        owners = {id(q) for p in asides if not self.compared(p) for q in self.products if q.end <= p.start
                  and not self.doc.text[q.end:open_bracket(self.doc.text, self.start, p.start)].strip()}
        own = [p for p in self.products if (id(p) not in self.parents or id(p) in owners)
               and id(p) not in self.replaced and not self.compared(p) and not self.denied(p) and p not in asides]
        if own or self.topic is None or any(p.value == self.topic.value for p in self.products):
            return own
        if id(self.topic) in self.parents and not self.has("licence"):
            return []   # "Syria is making copies": the product spoken of is the original there
        # a sentence that names no product, or only originals ("It was a licensed version of the T-72"), speaks of
        # the product spoken of
        return [self.topic]

    def part_names(self) -> set[int]:
        """The names a part word stands right before ("với động cơ WP-7", "dengan mesin WS-10"): an engine or a part
        of the design the sentence speaks of, never what a later sentence's "this aircraft" points at."""
        if not self.has("part"):
            return set()
        return {id(p) for p in self.products for k in self.cue_list("part")
                if k.end <= p.start and self.doc.tokens_between(k.end, p.start) == 0}

    def _bracket_aside(self, p: Mention) -> bool:
        """Whether a name stands in brackets that open right after another name and hold more than a name ("ракетой
        Р-17 (по классификации НАТО — SS-1c Scud-B) был принят"): an aside about the name before, no subject."""
        text = self.doc.text
        opened = open_bracket(text, self.start, p.start)
        if opened < 0 or not text[opened + 1:p.start].strip():
            return False   # (a name alone at the bracket's opening may be what the sentence speaks of: "(M-84)")
        return any(q is not p and q.end <= opened and not text[q.end:opened].strip() for q in self.products)

    def denied(self, p: Mention) -> bool:
        """Whether a comma and a word of negation set a name apart as not meant ("…, not the Mi-8", "…, nicht der
        Mi-8", "…, а не АКМ")."""
        word = self.near_before(p.start, ("negation",), 2)
        if word is None or word.start < self.start:
            return False
        comma = self.doc.text.rfind(",", self.start, word.start)   # (a word for "but" may stand between: ", а не")
        return comma >= 0 and self.doc.tokens_between(comma + 1, word.start) <= 1

    def compared(self, p: Mention) -> bool:
        """Whether a product is what another, named before it, is likened to ("the J-10, which resembles the
        MiG-29"; not "similar T-55 tanks were built in Poland")."""
        like = self.near_before(p.start, ("resemble",), 3)
        if like is not None and any(q.end <= like.start and q.start >= self.start for q in self.products):
            return True
        # "Unlike the AKM, the Type 56 ...", "В отличие от АКМ": what the subject is set against says nothing of its
        # own; so is the name such a word follows with nothing but its ending between, where the word follows its
        # noun ("AKM'den farklı olarak", "AKMとは異なり"; not "the Type 56, unlike the AKM, ...")
        before = self.near_before(p.start, ("unlike",), 2)   # (an article and an adjective: "rival of the Czech X")
        # (a name right before the word is its complement only where such words follow their noun: not "built the
        # Z-8 instead of the Mi-8")
        if before is not None and not any(before.end <= q.start and q.end <= p.start for q in self.products) \
                and ((self.doc.of_marked and not self.doc.particles_follow)
                     or not any(self._follows(q, before) for q in self.products)):
            return True
        after = self.near_after(p.end, ("unlike",), 1)
        prepositional = self.doc.of_marked and not self.doc.particles_follow
        return (after is not None and self._follows(p, after) and not (prepositional and any(
            q.start >= after.end and self.doc.tokens_between(after.end, q.start) <= 2 for q in self.products))) \
            or self.named_aside(p) or self._likened_first(p) or self._likened_aside(p)

    def _likened_first(self, p: Mention) -> bool:
        """"Like the Polish PMK, the MPi-KM was built under licence", "Similar to the AK-47, ...", "Как и АК-47, ...":
        a name a word that likens opens the sentence with, set off by a comma before the name the sentence speaks
        of (or before a clause that names none, of the design spoken of), is what that one is likened to."""
        text = self.doc.text
        word = self.near_before(p.start, ("like", "resemble"), 3)   # (a word for "and", an article, an adjective)
        if word is None or self.doc.particles_follow or self.doc.tokens_between(self.start, word.start) > 1 \
                or any(m.kind != "cue" and self.start <= m.start < word.start for m in self.mentions) \
                or any(word.end <= q.start < p.start for q in self.products) \
                or any(k.end <= word.start and self.doc.tokens_between(k.end, word.start) == 0
                       for k in self.cue_list("product_noun")):
            return False   # ("Fucili come i Type 56, Type 81 ...": after a kind of product the word is "such as")
        comma = text.find(",", p.end, self.end)
        # (or the design spoken of, where the clause names none: "Like the T-72, it was exported", "Podobnie jak
        # AK-74, był produkowany w Radomiu")
        return comma >= 0 and self.doc.tokens_between(p.end, comma) <= 2 \
            and (any(q.start > comma for q in self.products)
                 or (self.topic is not None and self.topic.start < self.start and self.topic.value != p.value))

    def _likened_aside(self, p: Mention) -> bool:
        """"The Lynx was made in Ruritania and, like the Ocelot, sold abroad", "..., come già l'AKM, ...": a name a
        word that likens opens an aside with, the aside set off by commas after another name, is what that name is
        likened to; what the clause goes on to say is the other's (not a list of examples: "copies, like the Lynx,
        the Puma and the Ocelot")."""
        text = self.doc.text
        word = self.near_before(p.start, ("like",), 3)   # (a word or two and an article between: "come già nell'")
        # (or brackets: "the J-6, a fighter (like the American F-100), was ...": the aside they close; a word of
        # resemblance opens such brackets as well: "(similar to the F-100)")
        bracket = word is not None and text[self.start:word.start].rstrip().endswith(("(", "（"))
        if not bracket:
            similar = self.near_before(p.start, ("resemble",), 3)
            if similar is not None and text[self.start:similar.start].rstrip().endswith(("(", "（")):
                word, bracket = similar, True
        if word is None or word.start < self.start or self.doc.particles_follow \
                or not (bracket or text[self.start:word.start].rstrip().endswith((",", "，"))) \
                or any(word.end <= q.start < p.start for q in self.products) \
                or (not bracket and any(k.end <= word.start and self.doc.tokens_between(k.end, word.start) == 0
                                        for k in self.cue_list("product_noun"))) \
                or not (any(self.start <= q.start and q.end <= word.start for q in self.products)
                        or (self.topic is not None and self.topic.start < self.start)):
            return False
        comma = text.find(")" if text[self.start:word.start].rstrip().endswith("(") else
                          "）" if bracket else ",", p.end, self.end)
        # (brackets close the aside however many words follow the name inside them: "(like the F-5 of the navy)")
        return comma >= 0 and (self.doc.tokens_between(p.end, comma) <= 1 or bracket) and not any(
            q.start > comma and self.doc.tokens_between(comma + 1, q.start) <= 2 for q in self.products)

    def named_aside(self, p: Mention) -> bool:
        """Whether a name is another name of the one before it, in an aside the commas close ("The Rk 62, also known
        as the Valmet M62, is based on the AK-47"): the sentence speaks of the first."""
        text = self.doc.text
        if text[p.end:p.end + 2].lstrip(" ")[:1] != ",":
            return False
        # (not where the name before is an original a word of versions names: "Словацьку модифікацію БМП-1, відому
        # як BVP-1" names the version)
        return any(q.end <= k.start and k.end <= p.start and text[q.end:k.start].strip() == ","
                   and self.doc.tokens_between(k.end, p.start) <= 1 and q.start >= self.start
                   and id(q) not in self.parents and self.near_before(q.start, (*DERIVE, "basis_reverse"), 2) is None
                   for k in self.cue_list("alias") for q in self.products if q is not p)

    def _follows(self, p: Mention, word: Mention) -> bool:
        """Whether a word follows a name with at most its ending between, no mark of an aside ("AKM'den farklı"),
        nor another name (the nearer name's: "AKM은 M16처럼")."""
        return p.end <= word.start and self.doc.tokens_between(p.end, word.start) <= 1 \
            and not any(ch in _ASIDE_MARKS for ch in self.doc.text[p.end:word.start]) \
            and not any(p.end <= q.start and q.end <= word.start for q in self.products)

    def country(self, m: Mention) -> str:
        return self.country_names.get(m.value, m.value)


_PLACE_WORDS = frozenset({"locative", "destination"})
_DASHES = frozenset({"-", "–", "—", "‐", "‑"})
_ASIDE_MARKS = frozenset(",;:()–—、，")
_PHRASES_HOLDING_TRADE = frozenset({"alias", "basis", "basis_reverse", "basis_noun", "unlike"})
_TRADE_WORDS = frozenset({"export", "import", "grant", "destination", "source"})
_ROLE_PARTICLES = frozenset({"destination", "source", "agent"})
_NEGATION_AFTER = 6   # words a "not" after its verb may stand from it ("kaufte die J-7 im Jahr 1985 nicht")
# the end of a clause right after a "not" (not a word after it: "nicht mehr", no longer, says the making was)
_NEXT_TOKEN = lazy_compile(r"\s*\S+?(?=[\s.,;:!?)。，、；：！？）]|$)")
_CLAUSE_BREAK = lazy_compile(r"[.,;:!?()\n。，、；：！？（）]")
# (past a note mark that closes the clause: "... nicht[3].", "支払っていない〔...〕。")
_CLAUSE_ENDS = lazy_compile(r"\s*(?:\[[^\]\n]{1,40}\]|〔[^〕\n]{1,60}〕)?\s*(?:[.,;:!?)\n。，、；：！？）–—]|$)")
_DOINGS_NEGATED = ("produce", "export", "import", "licence", "copy", "design", "service")


@cache
def _is_article(word: str) -> bool:
    """Whether a word is an article, an elided one too ("l'", "l’", "dell'": folding drops their apostrophe, the
    list of articles keeps it)."""
    written = word.lower().replace("’", "'")
    return written in articles() or fold_phrase(written).strip() in articles()


def _list_joints() -> frozenset[str]:
    """What may join two countries of a list: a word for "and" or "or", a list's mark, or nothing (made once)."""
    return and_words() | or_words() | _LIST_MARKS | {""}


def _modal_before_last_verb(s: Sentence, cue: Mention) -> bool:
    """Where a clause's verbs end it (de, nl), a word of plan or intent written small (a verb, no noun) earlier in
    the clause governs the word of doing that ends it, however many names stand between ("Bis 1990 sollen aus
    Ungarn, Polen und Bulgarien 200 Panzer an Kuba verkauft werden"): the modal stands second, its verb last; the
    word of doing is the clause's last but one word at most (no name after it), and no other word of doing stands
    between."""
    if not s.doc.participles_last:
        return False
    text = s.doc.text
    found = _CLAUSE_STOP.search(text, cue.end, s.end)
    stop = found.start() if found else s.end
    # (an auxiliary at most after it, no name: "... aan Finland" set after the verb is no verb-final clause)
    if s.doc.tokens_between(cue.end, stop) > 1 or _mention_tokens(s, cue.end, stop, _NAMES_AFTER):
        return False
    doings = s.cue_list("produce", "export", "import", "introduce", "design", "licence", "copy")
    return any(k.start >= s.start and k.end <= cue.start and k.text[:1].islower()
               and not _month(s, k) and not any(ch in ";:" for ch in text[k.end:cue.start])
               and not any(k.end <= d.start and d.end <= cue.start for d in doings)
               for k in s.cue_list("plan"))


_CLAUSE_STOP = lazy_compile(r"[,;:.!?]")
_NAMES_AFTER = frozenset({"product", "country", "org"})


def _month(s: Sentence, word: Mention) -> bool:
    """"In May 2013", "le 7 mai": a word of plan right before a number, or a month's name after one, is a month."""
    text = s.doc.text
    return _DIGIT_AFTER.match(text, word.end) is not None or (
        fold_phrase(word.text) in calendar_words() and _DIGIT_BEFORE.search(text, max(0, word.start - 5), word.start)
        is not None)


_DIGIT_AFTER = lazy_compile(r"[ \t\u00a0]?\d")
_DIGIT_BEFORE = lazy_compile(r"\d\.?[ \t\u00a0]?$")


def _set_against(s: Sentence, countries: list[Mention]) -> list[Mention]:
    """The countries a word of contrast names ("unlike Poland and Bulgaria", "в отличие от Польши"; after them where
    the word follows its noun), with the list they open."""
    text = s.doc.text
    words = [m for m in s.mentions if m.kind == "cue" and m.value == "unlike"]
    out: list[Mention] = []
    for k in words:
        # (not an adjective on a design: "Unlike the Soviet BMP-1" keeps the BMP-1's country)
        run = [c for c in countries if c.start >= k.end] if not s.doc.particles_follow \
            else [c for c in reversed(countries) if c.end <= k.start]
        run = [c for c in run if not (c.adjective and any(
            p.kind == "product" and p.start >= c.end and s.doc.tokens_between(c.end, p.start) == 0
            for p in s.mentions))]
        last: Mention = k
        chain: list[tuple[Mention, bool]] = []   # (a country, whether a word for "and" joined it)
        for c in run:
            lo, hi = (last.end, c.start) if not s.doc.particles_follow else (c.end, last.start)
            gap = [w for w in fold_phrase(text[lo:hi]).replace(",", " ").split()
                   if w not in articles() or w in and_words()]   # (Czech "a" is "and")
            # (right after the word, an article at most; then a word for "and" or "or", or a comma)
            joint = all(w in and_words() or w in or_words() for w in gap) if gap else "," in text[lo:hi]
            if (last is k and len(gap) > 1) or (last is not k and not joint):
                break
            chain.append((c, bool(gap)))
            last = c
        # (a comma joins a list only where a word for "and" closes it: "unlike Poland, Romania built ..." sets only
        # Poland against the subject)
        joined = [i for i, (_, anded) in enumerate(chain) if anded]
        out.extend(c for c, _ in chain[:joined[-1] + 1 if joined else 1])
    return out


# a count, and a word for what was counted at most, that ends a clause ("194", "194 units.")
_COUNT_ENDS = lazy_compile(r"\s*\d[\d\s.,']*(?:\s+[^\W\d_]+)?\s*[.;!]?\s*$")


def _gapped_makers(s: Sentence, kept: list[Reading]) -> list[Reading]:
    """"Romania built 400 and China 600", "la Roumanie en a fabriqué 400 et la Chine 600": a country
    after a word for "and" (an article between at most) with only a count after it to the sentence's end leaves out
    the verb of the clause before, whose country made a count of the design: it made the design too."""
    text, out = s.doc.text, []
    for r in kept:
        if r.relation != "made_in_country":
            continue
        first = next((c for c in s.mentions if c.kind == "country" and not c.adjective and c.start >= s.start
                      and s.country(c) == r.object), None)
        verb = None if first is None else next((k for k in s.cue_list("produce") if k.start >= first.end
                                                 and s.doc.tokens_between(first.end, k.start) <= 3), None)
        if verb is None:
            continue
        for c in s.mentions:
            if c.kind != "country" or c.adjective or c.start < verb.end or s.country(c) == r.object \
                    or not _COUNT_ENDS.match(text[c.end:s.end]):
                continue
            gap = fold_phrase(text[verb.end:c.start]).split()
            joined = len(gap) >= 2 and (gap[-1] in and_words()
                                        or (gap[-2] in and_words() and gap[-1] in articles()))
            if joined and any(ch.isdigit() for ch in text[verb.end:c.start]):
                out.append(_mk(s, r.subject, "made_in_country", s.country(c), dict(r.features), verb, c))
    return out


def _on_maker_noun(s: Sentence, c: Mention) -> bool:
    """Whether a country's adjective stands right on a maker noun ("des usines chinoises", "da fabbriche cinesi",
    "from Chinese factories"): a word of "from" (or the article that is one, "des") before them governs the maker,
    which is where the thing was made, not a place it came from."""
    return c.adjective and (s.near_before(c.start, ("maker",), 0) if s.doc.adjectives_follow
                            else s.near_after(c.end, ("maker",), 0)) is not None


def _under_a_label(s: Sentence, r: Reading) -> bool:
    """Whether a derivation joins two names a data sheet's label of versions lists ("Variants: Kestrel-9M,
    Kestrel-9A", "Varyantlar: ..."): versions of the record alike, neither the other's original."""
    if r.relation != "derived_from" or r.subject.start < s.start:
        return False
    return any(k.value == "variant" and s.doc.tokens_between(s.start, k.start) == 0 and _labels(s, k)
               and r.subject.start >= k.end
               and any(p.value == r.object and p.start >= k.end
                       and _joins_list(s, min(p.end, r.subject.end), max(p.start, r.subject.start)) for p in s.products)
               for k in s.cue_list("variant"))


def _labels(s: Sentence, k: Mention) -> bool:
    """Whether a cue word is a data sheet's label: a colon right after it ("Variants:", "派生型："), or a table's bar
    ("| Variants | ... |", a table row of a page read from HTML)."""
    return s.doc.text[k.end:k.end + 3].lstrip(" \t").startswith((":", "：", "|"))


def _listed_with_its_original(s: Sentence, r: Reading) -> bool:
    """Whether a derivation of the product spoken of before the sentence names it again there, in one list with the
    original, right after a word of copying or basis ("The T-55 ... Egypt bought copies of the T-54/55", "des copies
    des T-54 et T-55"): both are originals copied, neither the other's copy."""
    if r.relation != "derived_from" or r.subject.start >= s.start:
        return False
    return any(a.value == r.subject.value and b.value == r.object
               and _joins_list(s, (pair := sorted((a, b), key=lambda m: m.start))[0].end, pair[1].start)
               and s.near_before(pair[0].start, ("copy", "basis"), 3) is not None
               and not any(pair[0].end <= k.start and k.end <= pair[1].start for k in s.cue_list(*DERIVE))
               for a in s.products for b in s.products if a is not b)


def _versions_set_against(s: Sentence, cue: Mention) -> bool:
    """Whether a word of versions is the noun a word of contrast or comparison governs, a few words before it with no
    name between ("in comparison with the first variants", "w porównaniu z pierwszymi wersjami"): the versions it
    goes on to name are what the subject is set against, none of its own."""
    if cue.value != "variant" or s.doc.particles_follow:
        return False
    word = s.near_before(cue.start, ("unlike",), 3)
    return word is not None and not any(word.end <= p.start and p.end <= cue.start for p in s.products)


def _and_joined(s: Sentence, a: Mention, b: Mention) -> bool:
    """Whether only a word for "and" (and articles) stands between two names: two members of one list."""
    words = fold_phrase(s.doc.text[a.end:b.start]).split()
    return bool(words) and any(w in and_words() for w in words) and all(w in and_words() or w in articles()
                                                                       for w in words)


def _example_set_against(s: Sentence, p: Mention) -> bool:
    """Whether a name is an example a word of versions set against the subject gives ("in comparison with the first
    variants, for example the T-62A")."""
    return any(_versions_set_against(s, k) and k.end <= p.start
               and not any(k.end <= q.start and q.end <= p.start for q in s.products)
               and any(k.end <= e.start and e.end <= p.start for e in s.cue_list("example", "like"))
               for k in s.cue_list("variant"))


def _from_fronted_contrast(s: Sentence, r: Reading) -> bool:
    """"While the early pistol was a licensed TT, the Type 68 was a copy of the AKM", "В то время как пистолет
    оставался лицензионным ТТ, автомат Тип 68 был копией АКМ": a name inside a clause a word of contrast opens the
    sentence with, the comma closing it, takes no derivation the main clause reads past the comma, where the main
    clause names its own subject before its word."""
    if r.relation != "derived_from" or s.doc.particles_follow or r.subject.start < s.start:
        return False
    k = next((k for k in s.cue_list("contrast") if s.doc.tokens_between(s.start, k.start) == 0), None)
    if k is None or r.subject.start < k.end:
        return False
    comma = s.doc.text.find(",", k.end, s.end)
    if comma < 0 or r.subject.end > comma or r.end <= comma:
        return False
    cue = next((m for m in s.cue_list(*DERIVE) if m.start > comma and m.end <= r.end), None)
    return cue is not None and any(comma < q.start and q.end <= cue.start and not s.compared(q) for q in s.products)


def _out_of_bracket_aside(s: Sentence, r: Reading) -> Reading | None:
    """"The MTT-77 (Masina de Transport Model 1977) is a Romanian copy of the BTR-70": a name inside brackets that
    open right after another name and hold more than it (an aside on that name) is no subject of what the words past
    the brackets say; the name before them is (None where that name is the reading's other side)."""
    p = r.subject
    if r.relation == "alias_of" or not any(q is p for q in s.products) or not s._bracket_aside(p):
        return r
    text = s.doc.text
    opened = open_bracket(text, s.start, p.start)
    closed = min((i for i in (text.find(")", p.end, s.end), text.find("）", p.end, s.end)) if i >= 0), default=-1)
    if closed < 0 or r.end <= closed:
        return r   # (what the brackets themselves say stays theirs)
    owner = next((q for q in reversed(s.products) if q.end <= opened and not text[q.end:opened].strip()), None)
    if owner is None or owner.value == r.object:
        return None
    return dataclasses.replace(r, subject=owner, start=min(r.start, owner.start))


def _score(rel: str, features: dict[str, float]) -> float:
    table = weights().features.get(rel, {})
    return sum(table.get(name, 0.0) * value for name, value in features.items())


def candidates(s: Sentence) -> Iterator[Reading]:
    """Every scored candidate of one sentence (the caller keeps those above threshold)."""
    w = weights()
    spelled = list(_spelled_out(s))
    _set_spelled_aside(s, spelled)
    parties = _set_replaced_aside(s)
    derivations = list(_basis_named(s)) + list(_what_it_is(s)) + list(_foreign_kind(s)) + list(_made_as(s)) \
        + list(_country_versions(s)) + list(_derivations(s, w)) + list(_licensed_designs(s)) + list(_longer_names(s)) \
        + list(_bracketed_lineage(s)) + list(_glossed_versions(s)) + list(_made_from(s)) + list(_glued_compounds(s)) \
        + list(_fronted_basis(s)) + list(_basis_taken(s))
    derivations = [_from_fronted(s, r) for r in derivations]
    derivations = [kept_r for r in derivations if (kept_r := _out_of_bracket_aside(s, r)) is not None]
    derivations = [r for r in derivations if not _from_fronted_contrast(s, r)]
    derivations = [r for r in derivations if not _listed_with_its_original(s, r) and not _under_a_label(s, r)]
    # ("AKM, modernisoitu AK-47, otettiin käyttöön", "AKM, en moderniserad AK-47, infördes": the name a word of
    # versions qualifies, in an aside after a name, is that name's original)
    for x, y, k in _apposed_versions(s):
        derivations = [r for r in derivations if not (r.relation == "derived_from" and {r.subject.value, r.object}
                                                      == {x.value, y.value})]
        s.parents.discard(id(x))
        s.parents.add(id(y))
        derivations.append(_mk(s, x, "derived_from", y.value, {"cue_variant": 1.0}, x, k, y,
                               qualifier="copy" if k.value == "copy" else "variant"))
    labelled = _bracket_places(s)
    for a, c, b in labelled:
        # "Ми-4 (в Китае — Z-5)": the country's version of the design, made there
        s.parents.add(id(a))
        derivations.append(_mk(s, b, "derived_from", a.value, {"cue_copy": 1.0}, a, c, b, qualifier="variant"))
        derivations.append(_mk(s, b, "made_in_country", s.country(c), {"adjective": 1.0}, c, b))
    # ("68式或M68是仿制品", "the MiG-15 or MiG-17 were copied": either name may be meant, neither is the other's
    # original)
    alternatives = {frozenset((a.value, b.value)) for a, b in _or_joined(s)}
    derivations = [r for r in derivations if frozenset((r.subject.value, r.object)) not in alternatives]
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(s.doc.text, s.start, s.end)]
    placed = _placed_names(s)
    # ("licence-built in India and China, where it was designated J-7": the name given where the design was made is
    # the copy made there, in that place alone)
    named_where = _named_where(s)
    for c, name, design, made, k in named_where:
        derivations.append(_named_making(s, name, design, made, k))
        derivations.append(_mk(s, name, "made_in_country", s.country(c), {"adjective": 1.0}, c, k, name))
    yield from (r for r, _ in spelled if not _aside_of_another(s, r, asides))
    paired = _parallel_lists(s) or _alternating_pairs(s)
    participles = _participial_asides(s)
    replacers = _replacers_making(s, parties)
    kept: list[Reading] = []
    alliances = shapes().alliances
    # (each test asked only where the sentence has what it tests against: most have no asides, parallel places,
    # participles set off by commas or replacements, and each test says nothing without them)
    for rule in (_alias, _reporting_names, _made_in, _makers, _maker_prefixes, _licence, _exports, _years):
        kept.extend(r for r in rule(s, w) if not (asides and (_aside_of_another(s, r, asides)
                                                              or _reached_into_aside(s, r, asides)))
                    and not (placed and _against_places(s, r, placed))
                    and not (participles and _past_participle(s, r, participles))
                    and not (replacers and _replacers_made(s, r, replacers))
                    and not (labelled and any(r.subject is a and r.relation == "made_in_country"
                                              and r.object == s.country(c) for a, c, _ in labelled))
                    and not (r.relation == "alias_of" and r.object in alliances)   # "kode NATO": no name
                    # ("tanks of NATO produced in the Cold War": an alliance makes nothing, its members' firms do)
                    and not (r.relation == "manufactured_by" and r.object in alliances)
                    # ("made in Suhl, near the Walther works": a plant a word of nearness names is a landmark)
                    and not (r.relation == "manufactured_by" and s.has("near") and _landmark(s, r))
                    and not (r.relation in {"made_in_country", "exported_to"}
                             and paired.get(id(r.subject), r.object) != r.object)
                    and not (named_where and _renamed_where(r, named_where)))
    # (the design, not the copy named in one place, is what was made in the others: "in India and China, where it was
    # designated J-7", the MiG-21 in India)
    kept = [_to_design_elsewhere(s, r, named_where) for r in kept] if named_where else kept
    # ("An-2 production was transferred in full to Poland": a making moved to a country is made there, not sold to it)
    moved = _relocated(s)
    if moved:
        kept = [r for r in kept if not (r.relation == "exported_to" and any(r.start <= k.start < r.end
                                                                             for k, _, _ in moved))]
        kept.extend(_mk(s, p, "made_in_country", s.country(c), {"produce": 1.0, "locative": 1.0}, k, c)
                    for k, c, p in moved)
    # ("Iraq ordered the PT-91, but the deal was cancelled": a deal a later clause undoes made no sale)
    undone = _deal_undone(s)
    if undone is not None:
        kept = [r for r in kept if r.relation != "exported_to" or r.end > undone]
    # ("an agreement between India and Russia involves the production of the Su-30MKI": the parties of a deal, of
    # talks or of a war are neither where it was made nor where it went)
    # (not a licence deal's: "an agreement between the USSR and China on the licensed production of the Tu-104",
    # its licensee makes it)
    parties = [] if s.has("licence") else _between_parties(s)
    if parties:
        kept = [r for r in kept if not _read_from_parties(s, r, parties)]
    kept = _own_conjuncts(s, kept)
    if s.parents and s.has("design"):
        kept = _to_designed_original(s, kept)
    kept = [kept_r for r in kept if (kept_r := _out_of_bracket_aside(s, r)) is not None]
    kept.extend(_gapped_makers(s, kept))
    owned = _parts_named(s)
    kept = [r for r in kept if r.relation != "manufactured_by" or id(r.subject) not in owned]
    # ("ソ連製T-54Aのパーツを工場で組み立てる": the parts of a design were supplied and put together, not the
    # design itself)
    parted = _owner_of_parts(s)
    # (nor a licence for them: "T-72 के इंजन का लाइसेंस" licenses the engines, not the tank)
    kept = [r for r in kept if id(r.subject) not in parted
            or r.relation not in _PARTS_SAY_NOTHING | {"licence_status", "licensed_by"}]
    # ("J-6 có giấy phép làm theo MiG-19, lắp động cơ WP-6": a part a word names after the design it is
    # fitted to takes none of that design's licence, nor does a name in brackets after the part, "(dựa trên RD-9B)")
    parts = s.part_names()
    fitted = {id(p) for p in s.products if (id(p) in parts or _in_part_aside(s, p, parts))
              and any(q.end <= p.start and id(q) not in parts for q in s.products)}
    kept = [r for r in kept if id(r.subject) not in fitted or r.relation not in {"licence_status", "licensed_by"}]
    # ("The Y-5 is the An-2 built in China": the making a copula's design goes on to is the first design's)
    kept = [dataclasses.replace(r, subject=s.remade[id(r.subject)])
            if r.relation in {"made_in_country", "manufactured_by"} and id(r.subject) in s.remade else r for r in kept]
    # ("The MiG-21 was built in China as the J-7": where the copy a making names was made, its original was not)
    copied_in = {(d.object, c.object) for d in derivations if d.relation == "derived_from"
                 for c in derivations if c.relation == "made_in_country" and c.subject is d.subject}
    kept = [r for r in kept if not (r.relation == "made_in_country" and (r.subject.value, r.object) in copied_in
                                    and id(r.subject) in s.parents)]
    if derivations and s.has("licence"):
        kept = [_licence_to_copy(s, r, derivations) for r in kept]
    if s.copies and s.has("licence") and sum(m.kind == "country" and not m.adjective for m in s.mentions) <= 1:
        # ("BM-21 được Romania sản xuất theo giấy phép với tên gọi APR-40", "built under licence as the APR-40": the
        # licence of the making a naming gives a name to is the named copy's; not where other places make the design
        # under its own name: "built under licence in China (as the Type 59), Czechoslovakia and Poland")
        named = {design: next((p for p in s.products if p.value == copy), None) for design, copy in s.copies}
        kept = [dataclasses.replace(r, subject=q) if r.relation in {"licence_status", "licensed_by"}
                and (q := named.get(r.subject.value)) is not None else r for r in kept]
    # ("The MiG-15s built in Poland were known as Lim-2", "licence-built Su-27s were designated J-11": the making of
    # an original said before a word of naming that gives the copy's name is the named copy's)
    renamed = _renamed_after_making(s, derivations + kept)
    # (not a country's adjective on an original a word of derivation names: "a version of the Soviet Yak-12 known
    # locally as the Y-7K" says where the original comes from, not where the variant was made)
    kept = [_to_named_copy(r, renamed[_span(r.subject)][0])
            if r.relation in {"made_in_country", "manufactured_by"} and _span(r.subject) in renamed
            and r.end <= renamed[_span(r.subject)][1]
            and not (r.via_adjective and any(k.end <= r.subject.start and s.doc.tokens_between(k.end, r.subject.start)
                                             <= 3 for k in s.cue_list(*DERIVE))) else r for r in kept]
    # ("Poland copied the T-72 without a licence", said after a sentence on the T-55: the licence the sentence reads
    # on a copy it names or makes is that copy's, not also the design spoken of before)
    statuses = {r.object for r in derivations if r.relation == "licence_status" and not s.elsewhere(r.subject)}
    if statuses:
        kept = [r for r in kept if not (r.relation == "licence_status" and r.object in statuses
                                        and s.elsewhere(r.subject))]
    if s.has("then"):
        kept = [r for r in kept if not _earlier_name_of_a_maker(s, r)]
    yield from kept
    yield from _pairs_alike(s, paired, kept)
    yield from (r for r in derivations if not _aside_of_another(s, r, asides) and not _against_places(s, r, placed))
    yield from _placed_readings(s, placed)


def _licence_to_copy(s: Sentence, r: Reading, derivations: list[Reading]) -> Reading:
    """A licence read on a design whose name a licence word stands on ("引进米格-17生产技术后制成歼-5", "bought
    the MiG-21 production licence and built the J-7") is the licence of the copy the sentence derives from that
    design after it: the licence went to make the copy."""
    if r.relation not in {"licence_status", "licensed_by"}:
        return r
    p = r.subject
    # (a licence word that says "based on a licence", "berdasarkan lisensi", derives the name before it)
    if not any(p.end <= k.start and s.doc.tokens_between(p.end, k.start)
               - _cue_tokens(s, p.end, k.start, ("product_noun",)) == 0
               and not any(d.start < k.end and k.start < d.end for d in s.cue_list(*DERIVE))
               and not _licence_on_copy_word(s, k)
               for k in s.cue_list("licence")):
        return r
    # (either way round: which of the two is the copy is settled later, the one named after the licence is made)
    kin = {d.subject.value for d in derivations if d.relation == "derived_from" and d.object == p.value} \
        | {d.object for d in derivations if d.relation == "derived_from" and d.subject is p}
    copy = next((q for q in s.products if q.start >= p.end and q.value in kin and q.value != p.value), None)
    return dataclasses.replace(r, subject=copy) if copy is not None else r


def _licence_on_copy_word(s: Sentence, k: Mention) -> bool:
    """Whether a licence word is an adjective on a copy word after it, a copula at most between ("the M-84 licensed
    is copy of the T-72", as South Slavic puts its clitic copula second): the name before is the copy, and its
    licence stays on it."""
    return any(d.start >= k.end and s.doc.tokens_between(k.end, d.start)
               - _cue_tokens(s, k.end, d.start, ("copula",)) == 0 for d in s.cue_list(*DERIVE))


def _to_named_copy(r: Reading, copy: Mention) -> Reading:
    """A reading of an original's making moved to the copy a word of naming gives: an adjective of making on the
    original ("the Polish-built MiG-15s were known as Lim-2") is then on the copy's units, no parent's any more."""
    features = {**r.features, "on_parent": 0.0} if r.features.get("on_parent") else r.features
    return dataclasses.replace(r, subject=copy, features=features, score=_score(r.relation, features))


def _renamed_after_making(s: Sentence, derivations: list[Reading]) -> dict[tuple[int, int], tuple[Mention, int]]:
    """By the span of an original's mention: the copy a word of naming after it and its making names, where the
    sentence reads the copy as derived from it or as its other name, and where that word begins ("MiG-15s built in
    Poland were | known as | Lim-2")."""
    out: dict[tuple[int, int], tuple[Mention, int]] = {}
    if s.doc.particles_follow:
        return out
    for d in derivations:
        if d.relation not in {"derived_from", "alias_of"}:
            continue
        copy = d.subject
        for o in s.products:
            if o.value != d.object or o.end > copy.start:
                continue
            naming = next((k for k in s.cue_list("alias") if o.end <= k.start and k.end <= copy.start
                           and s.doc.tokens_between(k.end, copy.start) <= 1
                           and s.doc.tokens_between(o.end, k.start) <= 6
                           and not any(o.end <= q.start and q.end <= k.start for q in s.products)
                           and not any(ch in ",;:()" for ch in s.doc.text[o.end:copy.start])), None)
            if naming is not None:
                out[_span(o)] = (copy, naming.start)
    return out


def _relocated(s: Sentence) -> list[tuple[Mention, Mention, Mention]]:
    """(word of moving, country, product) where a word of moving a making ("relocate") has a noun of making beside it
    in its clause, and a country where it went: "An-2 production was transferred in full to Poland", "the USSR moved
    An-2 production to Poland", "производство Ан-2 было передано в Польшу", "die Produktion wurde nach Polen
    verlagert" (the verb last, the country before it). The product is the one the clause names nearest the noun of
    making (or the design spoken of, where the sentence names none)."""
    found = []
    for k in s.cue_list("relocate"):
        made = next((m for m in reversed(s.cue_list("produce")) if m.end <= k.start
                     and _same_clause(s, m.end, k.start, 8)), None) \
            or next((m for m in s.cue_list("produce") if m.start >= k.end and _same_clause(s, k.end, m.start, 3)), None)
        if made is None:
            continue
        first, last = min(made, k, key=_start), max(made, k, key=_start)
        c = next((c for c in s.mentions if c.kind == "country" and not c.adjective and c.case != "source" and (
            (c.start >= last.end and _same_clause(s, last.end, c.start, 5))
            or (made.end <= c.start and c.end <= k.start))), None)
        if c is None:
            continue
        named = [p for p in s.products if _same_clause(s, min(p.end, first.start), max(p.start, last.end), 10)
                 and not (p.start > c.start)]
        p = min(named, key=lambda p: abs(p.start - made.start)) if named else s.topic if not s.products else None
        if p is not None:
            found.append((k, c, p))
    return found


def _named_where(s: Sentence) -> list[tuple[Mention, Mention, Mention, Mention, Mention]]:
    """(place, name, design, making, naming word) where a design is said to be made in a place, and a relative word of
    place after it ("where", "où", "где", "gdje") opens a clause that names what was made there: "The MiG-21 was
    licence-built in India and China, where it was designated J-7" (the J-7 is China's copy)."""
    found = []
    text = s.doc.text
    for w in s.cue_list("where"):
        c = next((m for m in reversed(s.mentions) if m.kind == "country" and not m.adjective and m.end <= w.start),
                 None)
        if c is None or text[c.end:w.start].strip(" ,") or not (_a_place(s, c) or _a_place(s, s.list_first(c))):
            continue
        k = next((k for k in s.cue_list("alias") if k.start >= w.end and s.doc.tokens_between(w.end, k.start) <= 3
                  and not any(ch in ",;:" for ch in text[w.end:k.start])), None)
        name = None if k is None else next((p for p in s.products if p.start >= k.end
                                            and s.doc.tokens_between(k.end, p.start) <= 1), None)
        design = next((p for p in reversed(s.products) if p.end <= c.start), None)
        made = next((m for m in reversed(s.cue_list("licence", "produce")) if m.end <= c.start), None)
        if k is None or name is None or design is None or made is None or design.value == name.value \
                or (design.start < made.start and any(design.end <= p.start and p.end <= made.start
                                                      for p in s.products)):
            continue
        found.append((c, name, design, made, k))
    return found


def _renamed_where(r: Reading, named: list[tuple[Mention, Mention, Mention, Mention, Mention]]) -> bool:
    """Whether a reading makes the name a relative clause of place gave ("..., where it was designated J-7") another
    name of its design."""
    return r.relation == "alias_of" and any({r.subject.value, r.object} == {design.value, name.value}
                                            for _, name, design, _, _ in named)


def _to_design_elsewhere(s: Sentence, r: Reading,
                         named: list[tuple[Mention, Mention, Mention, Mention, Mention]]) -> Reading:
    """A making or licence of the name a relative clause of place gave, said of another place than that one, is its
    design's ("licence-built in India and China, where it was designated J-7": the MiG-21 in India)."""
    for c, name, design, _, _ in named:
        place = s.country(c)
        if r.subject.value == name.value and ((r.relation == "made_in_country" and r.object != place)
                                              or (r.relation == "licence_status" and r.scope not in {None, place})):
            return dataclasses.replace(r, subject=design)
    return r


def _apposed_versions(s: Sentence) -> list[tuple[Mention, Mention, Mention]]:
    """(version, original, word) where a name, a comma, at most an article, a word of versions or copying and a name
    right after it, closed by a comma, stand in a row ("AKM, modernisoitu AK-47,", "the AKM, a modernised AK-47,"):
    the aside says what the first name is."""
    if s.doc.particles_follow:
        return []
    text = s.doc.text
    found = []
    for k in s.cue_list("variant", "copy"):
        x = next((p for p in reversed(s.products) if p.end <= k.start), None)
        y = next((p for p in s.products if p.start >= k.end), None)
        if x is None or y is None or x.value == y.value or s.doc.tokens_between(k.end, y.start) != 0 \
                or not text[y.end:y.end + 2].lstrip().startswith(","):
            continue
        between = text[x.end:k.start].strip()
        rest = between[1:].strip()   # (an article, or a word of its length: Swedish "en")
        if between[:1] != "," or rest[:1].isupper() or (
                rest and rest.lower() not in articles() and not re.fullmatch(r"[^\W\d_]{1,3}", rest)):
            continue
        found.append((x, y, k))
    return found


_COMPOUND_HALF = lazy_compile(r"[-‐]([^\W\d_]+)")


def _glued_compounds(s: Sentence) -> Iterator[Reading]:
    """A name a hyphen glues to the second half of a compound adjective, a design right after it ("the MiG-21-based
    J-7", "den T-72-baserade PT-91": the original; "the HAL-built MiG-21FL": the maker)."""
    basis, made = compound_halves()
    text = s.doc.text
    for m in s.mentions:
        if m.kind not in {"product", "org"}:
            continue
        half = _COMPOUND_HALF.match(text, m.end)
        if half is None or fold_phrase(half.group(1)).strip() not in (basis if m.kind == "product" else made):
            continue
        design = next((p for p in s.products if p.start >= half.end() and p is not m
                       and s.doc.tokens_between(half.end(), p.start) <= 1), None)
        if design is None or design.value == m.value:
            continue
        if m.kind == "product":
            s.parents.add(id(m))
            yield _mk(s, design, "derived_from", m.value, {"cue_basis": 1.0}, m, design, qualifier="variant")
        else:
            yield _mk(s, design, "manufactured_by", m.value, {"produce": 1.0}, m, design)


def _fronted_basis(s: Sentence) -> Iterator[Reading]:
    """"Созданный на базе Т-72М1 польский танк PT-91 ...", "Zbudowany na bazie T-72M1 polski czołg PT-91 ...": a phrase
    of basis that opens the sentence, its original right after it, then the subject with only its adjectives and a
    word for its kind between, no comma: the subject was derived from the original."""
    if s.doc.particles_follow:
        return
    for k in s.cue_list("basis", "copy", "variant"):
        if s.doc.tokens_between(s.start, k.start) != 0:
            continue
        if _labels(s, k):
            return   # ("Variants: Kestrel-9M, Kestrel-9A": a data sheet's label lists versions alike, none of another)
        original = next((p for p in s.products if p.start >= k.end), None)
        if original is None or s.doc.tokens_between(k.end, original.start) > 1:
            return
        child = next((p for p in s.products if p.start >= original.end), None)
        if child is None or child.value == original.value:
            return
        between = s.doc.text[original.end:child.start]
        # ("Developed from the T-54, the T-55 got ...": one comma may close the fronted phrase, an article at most
        # after it; not a list of names, "Based on the T-54, T-55 and T-62, ...")
        spoken = [w for w in fold_phrase(between).replace(",", " ").split() if w in articles()]
        if "," in between and (between.count(",") > 1 or not between.lstrip().startswith(",")
                               or _listed_on(s, child)):
            return
        if _plain_tokens(s, original.end, child.start) > len(spoken):
            return
        s.parents.add(id(original))
        yield _mk(s, child, "derived_from", original.value, {"cue_basis": 1.0}, k, original, child,
                  qualifier="variant")
        return


def _basis_taken(s: Sentence) -> Iterator[Reading]:
    """"За основу был взят ТТ", "Jako vzor posloužila TT", "Za podstawę przyjęto TT", "ТТ был взят за основу": a
    phrase that takes a design as the pattern or basis (``basis_as``: the noun and its verb of taking, using or
    serving) with no other name in its clause than the design right before or after it: the design the sentence
    speaks of, named before it (``topic``), was derived from that one."""
    topic = s.topic
    if topic is None or topic.start >= s.start:
        return
    for k in s.cue_list("basis_as"):
        after = next((p for p in s.products if p.start >= k.end), None)
        before = next((p for p in reversed(s.products) if p.end <= k.start), None)
        if after is not None and _same_clause(s, k.end, after.start, 3) and _plain_tokens(s, k.end, after.start) <= 1:
            original = after
        elif before is not None and _same_clause(s, before.end, k.start, 1):
            original = before
        else:
            continue
        # (no other name in the clause: "X posloužil jako vzor pro Y" gives its owner, which the sentence names)
        if original.value == topic.value or any(
                p.value not in {original.value, topic.value} and (_same_clause(s, p.end, k.start, 8) if p.end <= k.start
                                       else _same_clause(s, k.end, p.start, 8)) for p in s.products):
            continue
        s.parents.add(id(original))
        s.bases.append(k)
        yield _mk(s, topic, "derived_from", original.value, {"cue_basis": 1.0}, k, original, qualifier="variant")
        return


def _listed_on(s: Sentence, name: Mention) -> bool:
    """Whether a comma or a word for "and" or "or" follows ``name``: it opens or goes on with a list of names."""
    after = s.doc.text[name.end:s.end].split(maxsplit=1)
    return bool(after) and (after[0].startswith(",") or fold_phrase(after[0]) in and_words() | or_words())


def _deal_undone(s: Sentence) -> int | None:
    """Where a word of a deal and, within three words after it, a word of negation (or, after a word of contrast, of
    ending) stand, no design named after them ("..., but the deal was cancelled", "..., aber der Vertrag wurde
    storniert"): where they begin (sales read before it did not happen); else None."""
    for d in s.cue_list("deal"):
        # (a word of ending only where a word of contrast opens the clause: "mutta kauppa peruttiin", but the deal was
        # cancelled; not "a contract that ended in 1990")
        contrasted = s.near_before(d.start, ("contrast",), 2) is not None
        # (the word after the deal's: "the deal was cancelled"; not "sold without an agreement")
        n = next((k for k in s.cue_list("negation", *(("expired",) if contrasted else ()))
                  if k.start >= d.end and s.doc.tokens_between(d.end, k.start) <= 3), None)
        if n is not None and not any(p.start >= d.start for p in s.products) \
                and any(p.end <= d.start for p in s.products):
            return d.start
    return None


def _deal_negated(s: Sentence, cue: Mention) -> bool:
    """Whether a word of trade is what a deal undone or never made was for: a word of a deal right before it (its
    "of" or "for" and an article at most between), and a word of negation governing that deal word, before it ("a
    suspendu tout contrat de vente", suspended every contract of sale; "no contract for the sale of ...") or, where the
    verb ends the clause, at the clause's end ("hat den Vertrag über die Lieferung ... eingefroren") or after the
    clause's names in a passive ("the contract for the supply of tanks to Chad was cancelled")."""
    for d in s.cue_list("deal"):
        if d.end > cue.start or not _same_clause(s, d.end, cue.start, 2) \
                or any(d.end <= k.start and k.end <= cue.start for k in s.cue_list("produce", "export", "import")):
            continue
        if s.negating(d) is not None:
            return True
        # (after the word of trade, in its clause, no other word of doing between: the deal's own verb, ending the
        # clause or right after a copula: "..., was cancelled"; not "did not include engines")
        doings = s.cue_list("produce", "export", "import", "deal")
        for k in s.cue_list("negation"):
            if k.start < cue.end or not _same_clause(s, cue.end, k.start, 8) \
                    or any(cue.end <= v.start and v.end <= k.start for v in doings):
                continue
            if _CLAUSE_ENDS.match(s.doc.text, k.end) is not None \
                    or any(c.end <= k.start and s.doc.tokens_between(c.end, k.start) <= 2
                           for c in s.cue_list("copula")):
                return True
    return False


def _from_fronted(s: Sentence, r: Reading) -> Reading:
    """"Du Tu-104 fut dérivé le Tu-124", "Z Tu-104 byl odvozen Tu-124": a derivation read from a design that a word of
    "from" opens the sentence with to a design after it is the other way round (the later design was derived from
    the first, which becomes the sentence's original in ``s.parents``)."""
    p = r.subject
    if r.relation != "derived_from" or s.doc.particles_follow or p.start < s.start \
            or not any(o is p for o in s.products) or any(o.end <= p.start for o in s.products):
        return r   # (a name the text writes, not a copy it names for its country: "Des contrefaçons pakistanaises")
    opener = s.near_before(p.start, ("source",), 0)
    opens = opener is not None and s.doc.tokens_between(s.start, opener.start) == 0
    # (or a one-letter "from": "Z Tu-104 ...")
    if not opens and (not _one_letter_source(s, p) or s.doc.tokens_between(s.start, p.start) > 1):
        return r
    later = next((o for o in s.products if o.start >= p.end and o.value == r.object), None)
    if later is None:
        return r
    s.parents.discard(id(later))
    s.parents.add(id(p))
    return dataclasses.replace(r, subject=later, object=p.value)


def _parallel_lists(s: Sentence) -> dict[int, str]:
    """"Poland and Romania began making it (the Wz 49 and the Model 56)": a list of countries and, in brackets after
    it in the sentence, a list of as many names pair off in order; each name is its own country's (by the id of the
    name's mention)."""
    text = s.doc.text
    out: dict[int, str] = {}
    seen: set[int] = set()
    for group in s.groups.values():
        if len(group) < 2 or id(group[0]) in seen:
            continue
        seen.add(id(group[0]))
        opened = text.find("(", group[-1].end, s.end)
        closed = text.find(")", opened + 1, s.end) if opened >= 0 else -1
        if closed < 0 or any(o.kind == "country" and group[-1].end <= o.start < opened for o in s.mentions):
            continue
        names = [p for p in s.products if opened < p.start and p.end <= closed]
        if len(names) != len(group) or not all(_joins_list(s, a.end, b.start) for a, b in itertools.pairwise(names)):
            continue
        out.update((id(p), s.country(c)) for p, c in zip(names, group, strict=True))
    if s.has("respectively") and not out:
        # "Poland and Czechoslovakia built the T-72M1 and the T-72M respectively", "T-72M1 respektive T-72M": a list
        # of countries and a list of as many names, a word for "respectively" in the sentence, pair off in order
        words = s.cue_list("respectively")

        def joined(a: Mention, b: Mention) -> bool:
            return _joins_list(s, a.end, b.start) or any(a.end <= k.start and k.end <= b.start
                                                         and not s.doc.text[a.end:k.start].strip(" ,")
                                                         and not s.doc.text[k.end:b.start].strip(" ,")
                                                         for k in words)
        for group in s.groups.values():
            if len(group) < 2 or any(id(p) in out for p in s.products):
                continue
            for i in range(len(s.products) - len(group) + 1):
                names = s.products[i:i + len(group)]
                if all(joined(a, b) for a, b in itertools.pairwise(names)) \
                        and len({p.value for p in names}) == len(names):
                    out.update((id(p), s.country(c)) for p, c in zip(names, group, strict=True))
                    break
    return out


def _pairs_alike(s: Sentence, paired: dict[int, str], kept: list[Reading]) -> Iterator[Reading]:
    """"China made the Type 56, Romania the PM md. 63 and Hungary the AMD-65": what is read of one pair of a list of
    pairs (its place of making, where it went) is said of every pair, the verb being left out of the others."""
    if not paired:
        return
    products = {id(p): p for p in s.products}
    for relation in ("made_in_country", "exported_to"):
        model = next((r for r in kept if r.relation == relation and paired.get(id(r.subject)) == r.object), None)
        if model is None:
            continue
        for key, country in paired.items():
            p = products.get(key)
            if p is not None and p is not model.subject and not any(
                    r.relation == relation and r.subject is p and r.score >= model.score for r in kept):
                # (the pair's own reading, weaker for its distance from the verb, gives way; its quote runs from the
                # first pair's words through its own)
                own = min((m for m in s.mentions if m.kind == "country" and s.country(m) == country),
                          key=lambda m: abs(m.start - p.start), default=p)
                yield dataclasses.replace(model, subject=p, object=country, features={**model.features, "paired": 1.0},
                                          start=min(model.start, p.start, own.start),
                                          end=max(model.end, p.end, own.end))


def _alternating_pairs(s: Sentence) -> dict[int, str]:
    """"China made the Type 56, Romania the PM md. 63 and Hungary the AMD-65", "the Type 59 went to Pakistan and the
    Type 69 to Iraq": names and countries that alternate, two pairs or more, each pair close and the pairs after the
    first joined by a comma or "and" with the verb left out, pair off: each name is its own country's."""
    seq = [m for m in s.mentions if m.start >= s.start and (m.kind == "product" or (m.kind == "country"
                                                                                 and not m.adjective))]
    if len(seq) < 4 or len(seq) % 2 or any(a.kind == b.kind for a, b in itertools.pairwise(seq)):
        return {}
    if any(p.kind == "product" and _opens_country_bracket(s, p) for p in seq):
        return {}   # ("made in Romania (PM md. 65), Hungary (AMD-65) and Bulgaria": each name the country's before it)
    pairs = [(seq[i], seq[i + 1]) for i in range(0, len(seq), 2)]
    if any(_owns_next(s, a[1], b[0]) for a, b in itertools.pairwise(pairs)):
        return {}   # ("59式は、ソ連のT-54Aを中国で生産した": a country with an owner's mark owns the name after it)
    if s.doc.tokens_between(pairs[0][0].end, pairs[0][1].start) > 4 \
            or any(s.doc.tokens_between(a.end, b.start) > 2 for a, b in pairs[1:]) \
            or any(not _only_joints(s, a[1].end, b[0].start) for a, b in itertools.pairwise(pairs)):
        return {}
    return {id(p if p.kind == "product" else c): s.country(c if c.kind == "country" else p) for p, c in pairs}


def _owns_next(s: Sentence, a: Mention, b: Mention) -> bool:
    """Whether only an owner's mark, written apart or glued, stands between a name and the next ("ソ連のT-54A",
    "苏联的AK-47", "소련의 SKS"): the first owns the second, and no pair of alternating names ends between them."""
    between = s.doc.text[a.end:b.start].strip()
    if not between and a.end > a.start:
        # (a mark glued into the first mention's own span: Korean "소련의")
        between = next((g for g in s.doc.genitive_marks if g and s.doc.text[a.start:a.end].endswith(g)), "")
    return bool(between) and between in s.doc.genitive_marks


_CONJUNCT_RELATIONS = frozenset({"licensed_by", "licence_status", "made_in_country", "exported_to"})


def _own_conjuncts(s: Sentence, kept: list[Reading]) -> list[Reading]:
    """"the Lynx under a licence of the Ruritanian Ocelot from Ruritania, and the Puma under one from Freedonia": of
    names the sentence says something of, each followed by a country of its own before the next, a country read of
    one of them across the other's name belongs to the other (where the one has a country of its own to keep)."""
    # (not names in brackets, asides to the one before: "made in China (Type 79 and Type 85) and Iran")
    readings = [r for r in kept if r.relation in _CONJUNCT_RELATIONS and r.subject.start >= s.start
                and open_bracket(s.doc.text, s.start, r.subject.start) < 0]
    # (the names it speaks of, not the originals they come from: "the Z-5, on a licence for the Mi-4 from the USSR")
    values = {r.subject.value for r in readings} | {p.value for p in s.subjects()}
    heads = [p for p in s.products if p.value in values and open_bracket(s.doc.text, s.start, p.start) < 0]
    if len({p.value for p in heads}) < 2:
        return kept

    def owner(c: Mention) -> str | None:
        # the name whose words a place stands in: the one it stands right before ("the Polish X", "苏联TT-33"), or
        # else the last named before it
        on = next((p for p in heads if p.start >= c.end and s.doc.tokens_between(c.end, p.start) <= 1
                   and not any(ch in _ASIDE_MARKS for ch in s.doc.text[c.end:p.start])), None)
        return on.value if on is not None else next((p.value for p in reversed(heads) if p.end <= c.start), None)

    def places(r: Reading) -> set[str | None]:
        country = r.scope if r.relation == "licence_status" else r.object
        return {owner(m) for m in s.mentions if m.kind == "country" and r.start <= m.start and m.end <= r.end
                and s.country(m) == country}

    where = {id(r): places(r) for r in readings}
    own = {(r.subject.value, r.relation) for r in readings if r.subject.value in where[id(r)]}
    return [r for r in kept if id(r) not in where or not where[id(r)] or r.subject.value in where[id(r)]
            or None in where[id(r)] or (r.subject.value, r.relation) not in own]


def _only_joints(s: Sentence, a: int, b: int) -> bool:
    """Whether only commas, dashes, words for "and", articles and one-letter words stand between two places ("the
    PM md. 63, and the", "63, а Венгрия")."""
    words = fold_phrase(s.doc.text[a:b]).replace(",", " ").split()
    return all(w in and_words() or w in articles() or w in {"—", "–", "-"} or len(w) == 1 for w in words)


def _placed_names(s: Sentence) -> list[tuple[Mention, Mention]]:
    """"made in China as the Type 56 and in North Korea as the Type 63", "中国では56式、北朝鮮では63式": two or more
    places, each with a name right after it and no other name between one pair and the next: (place, name) pairs,
    else none."""
    pairs: list[tuple[Mention, Mention]] = []
    named = [m for m in s.mentions if m.kind in {"product", "country", "org"}]
    for c in (m for m in s.mentions if m.kind == "country" and not m.adjective):
        if not _a_place(s, c):
            continue
        nxt = next((m for m in named if m.start >= c.end), None)
        # (a maker after a place, "in India by HAL and in China as the J-7": the original's own making there)
        if nxt is None or nxt.kind == "country" or s.doc.tokens_between(c.end, nxt.start) > 2:
            continue
        if pairs and pairs[-1][1] is nxt:
            pairs = []   # two places before one name ("in China and in Korea as the Type 56"): no pairs
            continue
        if pairs and any(pairs[-1][1].end <= m.start < c.start for m in named):
            continue   # another name between one pair and the next: the list has ended
        pairs.append((c, nxt))
    if len(pairs) < 2 or len({p.value for _, p in pairs}) < len(pairs) or len({c.value for c, _ in pairs}) < len(pairs):
        return []
    return pairs if any(p.kind == "product" for _, p in pairs) else []


def _a_place(s: Sentence, c: Mention) -> bool:
    """Whether a country is named as a place: "in China", "中国で", "Kínában", "в Китае" (a one-letter word of place
    before the name)."""
    if c.case in {"destination", "source"}:
        return False   # ("в Ефіопію": the case makes a word of both "in" and "into" the latter)
    words = s.doc.text[max(0, c.start - 4):c.start].split()
    return c.case == "locative" or s.doc.particle_on(c, {"locative"}) \
        or s.near_before(c.start, ("locative",), 1) is not None \
        or bool(words and "locative" in s.doc.particles.get(words[-1].lower(), frozenset()))


def _placed_original(s: Sentence, placed: list[tuple[Mention, Mention]]) -> Mention | None:
    """What the names given in their places were made from: the name before the first place, else the topic."""
    first = placed[0][0]
    # (not one the sentence compares with: "like the M-1 rifle", "M16처럼")
    before = [p for p in s.products if p.end <= first.start and s.near_after(p.end, ("resemble",), 1) is None
              and s.near_before(p.start, ("resemble",), 1) is None and not s.compared(p)]
    original = before[-1] if before else s.topic
    return None if original is None or any(original.value == p.value for _, p in placed) else original


def _against_places(s: Sentence, r: Reading, placed: list[tuple[Mention, Mention]]) -> bool:
    """A reading a parallel list of places and names contradicts: a name made in another pair's place or by its
    maker, one name of the list another's alias or original (the original may be made in each place too: "the PM was
    made in the GDR (Pistole M) and in China (Type 59)")."""
    if not placed:
        return False
    names = {p.value for _, p in placed}
    if r.relation == "made_in_country":
        places = {s.country(c) for c, _ in placed}
        own = next((s.country(c) for c, p in placed if p.value == r.subject.value), None)
        return r.object in places and own is not None and r.object != own
    if r.relation in {"alias_of", "derived_from"}:
        return r.subject.value in names and r.object in names
    if r.relation == "manufactured_by":
        # "in China as the Type 56 and in Hungary by FÉG": the maker of another place makes no name of this one
        return r.subject.value in names and any(p.kind == "org" and p.value == r.object for _, p in placed)
    return False


def _placed_readings(s: Sentence, placed: list[tuple[Mention, Mention]]) -> Iterator[Reading]:
    """Each name of a parallel list made in its place, and derived from the original named before the list where
    the sentence speaks of making or naming."""
    if not placed:
        return
    original = _placed_original(s, placed)
    making = s.has("produce", "licence", "alias", "as_name", "copy")
    licensed = _licensed(s)
    for c, p in placed:
        if p.kind != "product":
            continue   # the original's maker in that place: its own readings say so
        yield _mk(s, p, "made_in_country", s.country(c), {"place_pair": 1.0}, c, p)
        if original is not None and making:
            yield _mk(s, p, "derived_from", original.value, {"place_pair": 1.0}, original, p,
                      qualifier="licensed copy" if licensed else "copy")


def _set_replaced_aside(s: Sentence) -> list[Mention]:
    """"the PSL was adopted in 1974 to replace the Mosin", "a tank in service from 1952, replaced by the BMP-1": the
    design named right after a word of replacing is the other party, of whom the sentence says nothing else (the one
    it replaced, or the one that replaced it), but for a country adjective on it. Returns the parties named after
    such a word (where the verb comes first)."""
    named_after: list[Mention] = []
    # (where the verb comes last, "T-55'in yerine T-72", the design after the word is the sentence's own: the
    # designs right before the word, a list of them, are the other party: "96式戦車や99式戦車との交代")
    for k in s.cue_list("replace"):
        if s.doc.particles_follow:
            before = [p for p in s.products if p.end <= k.start]
            if not before or s.doc.tokens_between(before[-1].end, k.start) > 3:
                continue
            party = [before[-1]]
            for p in reversed(before[:-1]):
                if _bare(s, p.end, party[0].start) not in _LIST_MARKS:
                    break
                party.insert(0, p)
            s.replaced.update(id(p) for p in party)
            continue
        after = next((p for p in s.products if p.start >= k.end), None)
        if after is not None and s.doc.tokens_between(k.end, after.start) <= 4:
            s.replaced.add(id(after))
            named_after.append(after)
    # "made in the USSR until the introduction of the AK", "aż do wprowadzenia AKM": the design whose coming
    # ends the period is the other party, the one that took over (where the verb comes first)
    if not s.doc.particles_follow:
        for k in s.cue_list("until"):
            # (or one phrase with it: "aż do wprowadzenia")
            coming = next((i for i in s.cue_list("introduce") if i.end > k.end and i.start >= k.start
                           and (i.start < k.end or s.doc.tokens_between(k.end, i.start) <= 2)), None)
            after = next((p for p in s.products if coming is not None and p.start >= coming.end), None)
            if coming is not None and after is not None and s.doc.tokens_between(coming.end, after.start) <= 4 \
                    and any(p.end <= k.start for p in s.products):
                s.replaced.add(id(after))
                named_after.append(after)
    # "the Y-7 (An-24)", "Type 56 (AK-56)": a name alone in brackets after another glosses it (its original or another
    # name of it); what the sentence says, it says of the name outside
    for _, b in _glossed(s):
        s.replaced.add(id(b))
    return named_after


_LIST_MARKS = frozenset({",", "、", "，", "や", "と", "及び", "および", "및", "와", "과", "ve", "и", "और", "ও", "和",
                         "及"})


def _bare(s: Sentence, a: int, b: int) -> str:
    """The text between two positions without the words for a kind of product in it ("戦車や" is "や")."""
    nouns = [m for m in s.cue_list("product_noun") if a <= m.start and m.end <= b]
    text = "".join(" " if any(m.start <= i < m.end for m in nouns) else s.doc.text[i] for i in range(a, b))
    return text.strip()


def _glossed(s: Sentence) -> Iterator[tuple[Mention, Mention]]:
    return glossed(s.doc.text, s.products)


def _earlier_name_of_a_maker(s: Sentence, r: Reading) -> bool:
    """"built at Aero Vodochody (then Středočeské strojírny)": brackets right after a maker's name that open with a
    word for "then" or "formerly" give that maker's earlier name, neither a second maker nor another name of the
    design."""
    if r.relation not in {"manufactured_by", "alias_of"}:
        return False
    text = s.doc.text
    for k in s.cue_list("then"):
        opened = text.rfind("(", s.start, k.start)
        if opened < 0 or text[opened + 1:k.start].strip():
            continue
        closed = text.find(")", k.end, s.end)
        closed = s.end if closed < 0 else closed
        before = text[s.start:opened].rstrip()
        owner = next((m for m in s.mentions if m.kind == "org" and s.start + len(before) == m.end), None)
        if owner is None or owner.value == r.object:
            continue   # (the maker itself, whichever of its names the brackets give: "PZL-Mielec (then WSK Mielec)")
        if any(opened < m.start and m.end <= closed and m.value == r.object for m in s.mentions) \
                or r.object in text[opened:closed]:
            return True
    return False


def _aside_of_another(s: Sentence, r: Reading, asides: list[tuple[int, int]]) -> bool:
    """"the Type 63, the Type 85 and the ZBD-86 (a copy of the BMP-1, made by Factory 627)": what brackets say of a
    design's lineage and maker is said of the name they stand beside, not of the names before it (a licence in
    brackets may be the whole list's: "the T-72 and the BMP-1 (both under licence)")."""
    if r.relation in {"licence_status", "licensed_by", "introduced_year"}:
        return False
    p = r.subject
    for a, b in asides:
        if p.end <= a and a < r.end <= b:
            owner = next((q for q in reversed(s.products) if q.end <= a), None)
            return owner is not None and owner is not p and owner.value != p.value \
                and not s.doc.text[owner.end:a].strip() \
                and not (r.relation == "derived_from" and _both_in_brackets(s, a, owner, p))
    return False


def _reached_into_aside(s: Sentence, r: Reading, asides: list[tuple[int, int]]) -> bool:
    """"produced under licence at Aero (where the MiG-15 had been made before)": a name in brackets whose words say
    something of their own (a word of making, licence, copies or trade before it, inside them) takes nothing the
    words before the brackets say; a name the brackets only give ("built under licence in China (as the Type 59)")
    still does."""
    p = r.subject
    for a, b in asides:
        if a < p.start and p.end <= b and r.start < a:
            return any(m.kind == "cue" and m.value in _ASIDE_OWN_WORDS and a < m.start and m.end <= p.start
                       for m in s.mentions)
    return False


_ASIDE_OWN_WORDS = frozenset({"produce", "licence", "unlicensed", "copy", "export", "import", "introduce", "design"})


def _both_in_brackets(s: Sentence, opened: int, owner: Mention, p: Mention) -> bool:
    """Whether brackets right after a list open with a word for "both" or "these" and ``p`` is of that list ("the
    Hungarian AMD-65 and the Romanian PM md. 63 (both versions of the AKM)", "(obě verze AKM)"): what they say of
    lineage is each name's (derived_from only)."""
    return s.near_after(opened + 1, ("plural", "all"), 0) is not None \
        and any(q is p for q in _list_back(s, [owner])[:-1])


def _fronted_comparison(s: Sentence) -> tuple[int, int] | None:
    """Where a word of contrast opens the sentence and names a design no shape finds ("Unlike the Leopard 1, which
    entered service in 1965, the TR-85 ..."): its words up to the comma before the first design found; else None."""
    k = next(iter(s.cues.get("unlike", [])), None)
    if k is None or s.doc.particles_follow or s.doc.tokens_between(s.start, k.start) > 1:
        return None
    products = [m for m in s.products if m.start >= k.end]
    if not products:
        return None
    if s.doc.tokens_between(k.end, products[0].start) <= 3:
        return None   # (a design named there keeps what the words after it say: "Unlike the AKM, adopted in 1959")
    comma = s.doc.text.rfind(",", k.end, products[0].start)
    return (k.end, comma) if comma > k.end else None


def _participial_asides(s: Sentence) -> list[tuple[int, int]]:
    """", built in Yugoslavia,", ", made by Cugir,": a making set off by commas right after a name, the sentence going
    on to a verb of its own after it (the comma that opens it, and the one that closes it)."""
    text = s.doc.text
    found = []
    for k in s.cue_list("produce"):
        opened = text.rfind(",", s.start, k.start)
        if opened < 0 or text[opened + 1:k.start].strip() \
                or not any(p.end <= opened and s.doc.tokens_between(p.end, opened) == _cue_tokens(
                    s, p.end, opened, ("product_noun",)) for p in s.products):   # (its kind between: "rifles")
            continue
        closed = min((i for i in (text.find(ch, k.end, s.end) for ch in ",;") if i >= 0), default=-1)
        if closed > 0 and any(m.kind != "cue" and m.start >= closed for m in s.mentions):
            found.append((opened, closed))
    return found


_MAKING_READ = frozenset({"produce", "cue_produce"})


def _replacers_making(s: Sentence, parties: list[Mention]) -> list[tuple[Mention, Mention]]:
    """"replaced by the Su-30MKI produced by HAL", "digantikan oleh tank Harimau buatan PT Pindad": the other party of
    a replacement (``parties``: those named after a word of replacing, not names glossed in brackets, "Kiểu 56
    (QBZ-56) do Trung Quốc sản xuất"), and a word of making right after it (its kind may stand between), which is that
    party's."""
    out = []
    for q in parties:
        # (or the rest of its name: "the M1A1 Abrams made by General Dynamics")
        k = next((k for k in s.cue_list("produce", "maker") if k.start >= q.end
                  and (s.doc.tokens_between(q.end, k.start) - _cue_tokens(s, q.end, k.start, ("product_noun",)) <= 0
                       or _NAME_WORD.fullmatch(s.doc.text, q.end, k.start) is not None)), None)
        if k is not None:
            out.append((q, k))
    return out


_NAME_WORD = lazy_compile(r"\s+[A-Z][^\W\d_]+\s+")


def _replacers_made(s: Sentence, r: Reading, replacers: list[tuple[Mention, Mention]]) -> bool:
    """A making, maker or year of the design a replacement sets aside read for another design named before it."""
    return r.relation in {"made_in_country", "manufactured_by", "introduced_year"} and any(
        r.subject is not q and r.subject.end <= q.start and r.end > k.start for q, k in replacers)


_ASIDE_KINDS = {"introduced_year": "year", "manufactured_by": "org", "made_in_country": "country"}


@cache
def _folded_designers() -> frozenset[str]:
    """The designers' names of ``designations.yaml``, folded as a text's words are ("Kalașnikov", "Kalaşnikov")."""
    return frozenset(fold_phrase(d).strip() for d in shapes().designers)


def _to_designed_original(s: Sentence, kept: list[Reading]) -> list[Reading]:
    """"a copy of the Soviet AK-47, designed by Kalashnikov and made from 1949 at Izhmash", "una copia dell'SVD,
    progettato da Dragunov e prodotto dal 1963 alla fabbrica Izhmash": a phrase set off by a comma right after an
    original, that opens with a word of design and a designer the registry's lists know, speaks of the original; the
    year and the maker it gives are the original's, not the copy's."""
    text = s.doc.text
    designers = _folded_designers()
    asides: list[tuple[Mention, int, int]] = []
    for p in s.products:
        if id(p) not in s.parents or not text.startswith(",", p.end):
            continue
        word = next((k for k in s.cue_list("design") if k.start > p.end and s.doc.tokens_between(p.end + 1, k.start)
                     == 0), None)
        if word is None or not any(fold_phrase(w.strip(".,;:")).strip() in designers
                                   for w in text[word.end:s.end].split()[:4]):
            continue
        closed = min((i for i in (text.find(ch, word.end, s.end) for ch in ";.") if i >= 0), default=s.end)
        asides.append((p, p.end, closed))
    if not asides:
        return kept
    out = []
    for r in kept:
        if r.relation in _ASIDE_KINDS:
            at = [m for m in s.mentions if m.kind == _ASIDE_KINDS[r.relation]
                  and (s.country(m) if m.kind == "country" else m.value) == r.object]
            aside = next((a for a in asides if a[0] is not r.subject and a[0].start > r.subject.start
                          and at and all(a[1] < m.start and m.end <= a[2] for m in at)), None)
            if aside is not None:
                p = aside[0]
                r = dataclasses.replace(r, subject=p, start=p.start, end=max(r.end, p.end))
        out.append(r)
    return out


def _past_participle(s: Sentence, r: Reading, participles: list[tuple[int, int]]) -> bool:
    """"The M-84, built in Yugoslavia, fought in Croatia", "The SAR-1, made by Cugir, was imported by Century Arms
    from 1995": a making a participle sets off between commas reaches no place, maker or year past its closing comma
    (where no other word of making stands there)."""
    if r.relation not in {"made_in_country", "manufactured_by", "introduced_year"} or not _MAKING_READ & set(
            k for k, v in r.features.items() if v):
        return False
    return any(r.subject.end <= opened and r.end > closed
               and not any(closed < k.start < r.end for k in s.cue_list("produce", "licence", "introduce"))
               for opened, closed in participles)


def _what_it_is(s: Sentence) -> Iterator[Reading]:
    """"The Type 69 is a T-62 built under licence in China", "69式は中国でライセンス生産されたT-62である": the
    design a copula says the sentence's first product is, where the sentence goes on to its making, is what it was
    made from; the making is the first product's."""
    if not s.products or not s.has("licence", "produce"):
        return
    first = s.products[0]
    for k in s.cue_list("copula"):
        if any(a.start <= k.start and k.end <= a.end for a in s.cue_list("alias")):
            continue   # ("Mi-17 còn được gọi là Mi-8MT, được sản xuất ở Nga": the copula of a naming word names)
        if s.doc.particles_follow:
            what = next((p for p in reversed(s.products) if p.end <= k.start
                         and s.doc.tokens_between(p.end, k.start) <= 1), None)
            making = what is not None and any(first.end <= m.start and m.end <= what.start
                                              and _same_clause(s, m.end, what.start, 2)
                                              for m in s.cue_list("licence", "produce")) \
                and not any(first.end <= d.start and d.end <= what.start and _owner_glued(s, first, d)
                            for d in s.cue_list(*DERIVE))   # ("T-55AMの国産コピーは59-2式": the T-55AM's copy)
        else:
            # (a designer's name before the name is no word between: "To był Mikojan-Guriewicz MiG-17F z Mielca")
            what = next((p for p in s.products if p.start >= k.end
                         and s.doc.tokens_between(k.end, _designer_before(s, k.end, p.start)) <= 3
                         and _plain_tokens(s, k.end, _designer_before(s, k.end, p.start)) <= 1
                         and not any(_as_named(s, a) is p for a in s.cue_list("as_name"))), None)
            # (the making right after it: not "the PT-91 is the T-72 of Poland, and the BMP-1 was made there"; a
            # comma alone may stand before it, "Lim-2 — это МиГ-15бис, выпускавшийся по лицензии")
            # (or a relative word and an auxiliary after it, "a MiG-17, which was built under licence", "МиГ-17,
            # который выпускался по лицензии"; not a copula inside a naming: "AK-47, viết tắt là AK, được sản xuất",
            # abbreviated as AK, was made)
            making = what is not None and any(m.start >= what.end and (
                _same_clause(s, what.end, m.start, 2) or (_relative_after(s, what, m)
                                                          and not s.near_before(k.start, ("alias",), 1)))
                for m in s.cue_list("licence", "produce"))
        if what is first and s.topic is not None and s.topic.start < s.start and not s.doc.particles_follow \
                and s.doc.tokens_between(s.start, k.start) <= 1:
            first = s.topic   # "Był to MiG-15bis budowany w kraju na licencji": "it was" speaks of the topic
        if what is None and not s.doc.particles_follow:
            # "Die Y-5 ist eine in China gebaute An-2": a making and its place set before the design it qualifies
            what = next((p for p in s.products if p.start >= k.end and s.doc.tokens_between(k.end, p.start) <= 6
                         and _same_clause(s, k.end, p.start, 6)
                         and any(k.end <= m.start and m.end <= p.start and s.doc.tokens_between(m.end, p.start) == 0
                                 for m in s.cue_list("licence", "produce"))
                         and _plain_tokens(s, k.end, p.start) - _mention_tokens(
                             s, k.end, p.start, frozenset({"country", "cue"})) <= 1), None)
            making = what is not None
        if what is not None and what is not first and what.value != first.value and first.end <= k.start \
                and not first.generic and making and id(what) not in s.parents:
            s.parents.add(id(what))
            if not any(k.end <= c.start and c.end <= what.start for c in s.cue_list(*DERIVE)):
                s.remade[id(what)] = first   # (not "Tu-124 je kopie Tu-104 sovětské výroby": the original's making)
            licensed = _licensed(s)
            yield _mk(s, first, "derived_from", what.value, {"cue_licence" if licensed else "cue_variant": 1.0}, k,
                      what, qualifier="licensed copy" if licensed else "variant")
            yield from _licence_built_as(s, first, what, k, licensed)
            return


# the qualifier of an alias that names a licensed making: the copy's name, read beside its derivation
LICENCE_NAME = "licence name"


def _licence_built_as(s: Sentence, first: Mention, what: Mention, k: Mention, licensed: bool) -> Iterator[Reading]:
    """"The BVP-1 is the BMP-1 made under licence in Czechoslovakia": a copula that sets one name equal to another
    design, with no word of copying or of version between them, and a licence for the making, says the first name
    is the name the licensed making of the other goes by: an alias of it too."""
    if not licensed or any(first.end <= c.start and c.end <= what.start for c in s.cue_list(*DERIVE, "variant")):
        return
    yield _mk(s, first, "alias_of", what.value, {"cue": 1.0}, k, what, qualifier=LICENCE_NAME)


def _basis_named(s: Sentence) -> Iterator[Reading]:
    """"The basis for the ZB-9 was the KT-24", "Основой для ZB-9 послужил KT-24", "Als Vorbild der ZB-9 diente die
    KT-24", "ZB-9的原型是KT-24", "ZB-9の原型はKT-24である", "its basis was the KT-24": a noun for the design another
    was built on, owned by one name and set equal to another by a copula (or a verb of serving), makes the owner
    derived from the other; and "the KT-24 is the basis of the ZB-9", where no longer word of derivation says so."""
    linked = s.cue_list("copula", "serve")
    for k in s.cue_list("basis_noun"):
        if any(c.start <= k.start and k.end <= c.end and c.end - c.start > k.end - k.start
               for c in s.cue_list(*DERIVE)):
            continue   # ("on the basis of", "auf der Grundlage": the longer word says "based on")
        pair = _basis_owner_first(s, k, linked) or _basis_owner_after(s, k, linked)
        if pair is None:
            continue
        owner, original = pair
        if owner.value == original.value:
            continue
        s.parents.add(id(original))
        s.bases.append(k)
        yield _mk(s, owner, "derived_from", original.value, {"cue_basis": 1.0}, k, original, qualifier="variant")


def _basis_owner_first(s: Sentence, k: Mention, linked: list[Mention]) -> tuple[Mention, Mention] | None:
    """(owner, original) where the owner stands before the basis noun with an owner's mark ("ZB-9的原型为",
    "the ZB-9's basis") or a possessive ("its basis", "其原型为": the product spoken of), the original after it:
    right after where the noun carries its copula or topic mark ("原型为", "原型は"), else after a copula."""
    owner = next((p for p in reversed(s.products) if p.end <= k.start and _owner_marked(s, p, k)), None)
    mark = s.near_before(k.start, ("possessive",), 0)
    edge = mark.start if mark is not None else k.start - 1 if s.doc.particle_before(k.start, {"possessive"}) else -1
    if owner is None and edge >= 0:
        # (the latest name before the mark, else the product spoken of: "Y-5 ... ,其原型为安-2")
        owner = next((p for p in reversed(s.products) if p.end <= edge), s.topic)
    if owner is None and s.doc.genitive_first and s.doc.text[s.start:k.start].rstrip().endswith((",", "，")):
        # a topic chain: "轰-5是一种轰炸机,原型为伊尔-28", the clause after the comma goes on about the name the
        # sentence opens with, where no other name stands between
        named = [p for p in s.products if p.end <= k.start]
        if len(named) == 1 and _only_year_marks(s, s.start, named[0].start):
            owner = named[0]
    if owner is None and s.doc.genitive_first and s.topic is not None and s.topic.start < s.start \
            and not any(p.start >= s.start and p.end <= k.start for p in s.products):
        # (a sentence that names no design before the noun goes on about the one spoken of: "直-5是...直升机。研制
        # 初期代号旋风25,原型为苏联米-4")
        owner = s.topic
    if owner is None:
        return None
    start = k.end
    if not s.doc.genitive_first:
        link = next((c for c in linked if c.start >= k.end and _same_clause(s, k.end, c.start, 1)), None)
        if link is None:
            return None
        start = link.end
    # (where words run together, what qualifies the original may stand between: "苏联设计的", Soviet-designed)
    original = next((p for p in s.products if p.start >= start), None)
    if original is None or not _same_clause(s, start, original.start, 6 if s.doc.genitive_first else 4) \
            or (not s.doc.genitive_first and _plain_tokens(s, start, original.start) > 2) \
            or any(start <= m.start and m.end <= original.start and m.kind == "org" for m in s.mentions):
        return None
    return owner, original


def _basis_owner_after(s: Sentence, k: Mention, linked: list[Mention]) -> tuple[Mention, Mention] | None:
    """(owner, original) where the owner follows the basis noun ("the basis for the ZB-9", "Grundlage der ZB-9"):
    the original after a copula or a verb of serving that follows the owner ("... was the KT-24", "... diente die
    KT-24"), or before a copula right before the noun ("the KT-24 is the basis of the ZB-9")."""
    if s.doc.genitive_first:
        return None
    owner = next((p for p in s.products if p.start >= k.end), None)
    if owner is None or not _same_clause(s, k.end, owner.start, 2) or _plain_tokens(s, k.end, owner.start) > 2:
        return None
    link = next((c for c in linked if c.start >= owner.end), None)
    if link is not None and _same_clause(s, owner.end, link.start, 1) \
            and not any(p.start < k.start and _same_clause(s, p.end, k.start, 6) for p in s.products):
        original = next((p for p in s.products if p.start >= link.end), None)
        if original is not None and _same_clause(s, link.end, original.start, 3) \
                and _plain_tokens(s, link.end, original.start) <= 1:
            return owner, original
        return None
    link = next((c for c in reversed(linked) if c.end <= k.start and _same_clause(s, c.end, k.start, 1)), None)
    if link is None:
        return None
    original = next((p for p in reversed(s.products) if p.end <= link.start), None)
    if original is None or not _same_clause(s, original.end, link.start, 1):
        return None
    return owner, original


def _described_original(s: Sentence, verb: Mention) -> Mention | None:
    """The original of a derivation that a clause a relative word opens right after it, its verb ``verb``, says more
    of ("a copy of the MiG-19, which was built in the USSR", "копией МиГ-19, который производился"); None where none,
    or where the original stands in an aside after the sentence's first name ("J-7, копия МиГ-21, выпускался": the
    verb is the first name's)."""
    # (a word joined to the verb by a hyphen is the verb's: "which was licence-built in Iraq")
    verb = next((k for k in s.cue_list("produce", "licence") if k.start < verb.start < k.end), verb)
    described = next((p for p in reversed(s.products) if id(p) in s.parents and p.end <= verb.start
                      and (_relative_after(s, p, verb) or _relative_glued(s, p, verb)
                           or _relative_with_doer(s, p, verb))), None)
    # (a relative word must open the clause: a participle alone, "a licensed copy of the MiG-15, built in Poland", may
    # agree with the copy as well, which only its ending tells)
    if described is None or not set(fold_phrase(s.doc.text[described.end:verb.start]).split()) \
            & s.doc.relative_words:
        return None
    first = next((p for p in s.products if p.start >= s.start), None)
    if first is not None and first is not described and first.end <= described.start \
            and s.doc.text[first.end:described.start].lstrip().startswith(","):
        return None
    return described


def _described_by(s: Sentence, cue: Mention) -> Mention | None:
    """``_described_original`` of a word, or of the verb of making right before it ("which was built | under
    licence")."""
    return _described_original(s, cue) or next(
        (d for k in s.cue_list("produce") if k.end <= cue.start and s.doc.tokens_between(k.end, cue.start) == 0
         and (d := _described_original(s, k)) is not None), None)


def _relative_glued(s: Sentence, what: Mention, verb: Mention) -> bool:
    """Whether a relative word stands right after a name with no comma, then an auxiliary at most, before a verb
    ("an offshoot of the BM-21 which was licence-built in Egypt"): a clause that says more of the name."""
    text = s.doc.text
    between = fold_phrase(text[what.end:verb.start]).split()
    return bool(between) and between[0] in s.doc.relative_words and len(between) <= 2 \
        and not any(ch in ",;:()" for ch in text[what.end:verb.start]) \
        and not any(what.end <= m.start and m.end <= verb.start and not (m.kind == "cue" and m.value == "copula")
                    for m in s.mentions)


def _relative_with_doer(s: Sentence, what: Mention, verb: Mention) -> bool:
    """Whether a comma right after a name opens a clause whose relative word is the object of its own verb, with a
    country or a maker as the verb's subject ("the T-62, which Egypt built under licence", "the T-72, a tank that
    Iraq assembled"): a clause that says more of the name, a short aside before the relative word at most."""
    text = s.doc.text
    comma = text.find(",", what.end, verb.start)
    if comma < 0 or text[what.end:comma].strip() or any(ch in ",;:()" for ch in text[comma + 1:verb.start]):
        return False
    inside = [m for m in s.mentions if comma < m.start and m.end <= verb.start
              and not (m.kind == "cue" and m.value in {"design", "product_noun", "anaphor"})]   # ("a tank that")
    if len(inside) != 1 or inside[0].kind not in {"country", "org"} or inside[0].adjective:
        return False
    doer = inside[0]
    words = fold_phrase(text[comma + 1:doer.start]).split()
    return bool(words) and words[-1] in s.doc.relative_words and len(words) <= 5 \
        and not (set(words) - articles()) & and_words() and s.doc.tokens_between(doer.end, verb.start) <= 1


def _relative_after(s: Sentence, what: Mention, verb: Mention) -> bool:
    """Whether a comma right after a name, then two words at most (a relative word, an auxiliary), none of them a
    name or a word of another kind, lead to a verb: a clause that says more of the name."""
    text = s.doc.text
    comma = text.find(",", what.end, verb.start)
    if comma < 0 or text[what.end:comma].strip() or s.doc.tokens_between(comma + 1, verb.start) > 2:
        return False
    return not any(comma < m.start and m.end <= verb.start and not (m.kind == "cue" and m.value == "copula")
                   for m in s.mentions)


# a count right after a word of making, or after one word before it ("about", "около": `about_words`)
_COUNT = lazy_compile(r"\s*(?:([^\W\d_]+)\s+)?(\d{1,3}(?:[  ,.]\d{3})+|\d+)\b")


def _receiver_between(s: Sentence, a: int, b: int) -> bool:
    """Whether a country's name (and a word for "to" at most) is all that stands between two places: "授权|中国|生产",
    "licensed| China to |produce"."""
    countries = [m for m in s.mentions if m.kind == "country" and a <= m.start and m.end <= b]
    return len(countries) == 1 and not countries[0].adjective \
        and s.doc.tokens_between(a, b) - s.doc.tokens_between(countries[0].start, countries[0].end) - 1 <= 1


def _volume(s: Sentence, k: Mention) -> bool:
    """Whether a word of making takes a count right after it ("made 5,000 M70 rifles", "produced about 300"): a
    number of units, not a start (a year is none: "produced in 1959")."""
    found = _COUNT.match(s.doc.text, k.end)
    if found is None or (found.group(1) is not None and fold_phrase(found.group(1)).strip() not in about_words()) \
            or shapes().units.match(s.doc.text, found.end(2)) is not None \
            or any(m.kind == "year" and m.start <= found.start(2) < m.end for m in s.mentions):
        return False   # (a measure is no count: "100 mm", the designations' `units`)
    return not any(found.start(2) <= f.start <= found.end(2) + 12 for f in s.cue_list("first"))


def _counted_before(s: Sentence, k: Mention) -> bool:
    """Whether a count stands right before the name a word of making has as its subject, only an auxiliary or two
    between ("some 240 Mi-8s were built in 1985", "About 300 T-55 had been made"): a number of units made by then, not a
    start (a year is no count; nor where a word of "first" opens the count: "the first 10 T-72s were built")."""
    text = s.doc.text
    for p in s.products:
        # (a word for the kind of product counts for nothing: "some 400 T-72 tanks had been built")
        if not (p.end <= k.start
                and s.doc.tokens_between(p.end, k.start) - _cue_tokens(s, p.end, k.start, ("product_noun",)) <= 2
                and not any(ch in ",;:()" for ch in text[p.end:k.start])):
            continue
        found = _COUNT_BEFORE.search(text, max(s.start, p.start - 16), p.start)
        if found is None or any(m.kind == "year" and m.start <= found.start(1) < m.end for m in s.mentions) \
                or any(f.end <= found.start(1) and s.doc.tokens_between(f.end, found.start(1)) <= 1
                       for f in s.cue_list("first")):
            continue
        return True
    return False


def _counted_with_counter(s: Sentence, k: Mention) -> bool:
    """Whether, where the owner comes first, a count and its counter word stand right before a word of making, a
    particle at most glued on ("500輌が生産された", "500대가 생산되었다", "500 adet üretildi"), or right after it, a
    particle of the past or "in all" at most between ("生产了500辆"): a number of units, not a start (a year is no
    count; nor where a word of "first" opens it)."""
    if not (s.doc.genitive_first or s.doc.particles_follow):
        return False
    text = s.doc.text
    for found in (_COUNTED_BEFORE_VERB.search(text, max(s.start, k.start - 24), k.start),
                  _COUNTED_AFTER_VERB.match(text, k.end, min(s.end, k.end + 16))):
        if found is None or any(m.kind != "cue" and m.start <= found.start(1) < m.end for m in s.mentions):
            continue   # (a year, or the number of a name: "J-7が生産された")
        if not any(f.end <= found.start(1) and s.doc.tokens_between(f.end, found.start(1)) <= 1
                   for f in s.cue_list("first")):
            return True
    return False


# (a count, its counter and a particle, "300機が", "2,000両以上が", "500대가", right before the verb)
_COUNTED_BEFORE_VERB = lazy_compile(r"(?<![\d.,\-A-Za-z])(\d{1,3}(?:[,.，]\d{3})+|\d+)\s*[^\W\d_]{1,5}\s*$")
# (the verb, a particle of the past or of a total, a count and its counter: "生产了500辆", "共生產500架")
_COUNTED_AFTER_VERB = lazy_compile(r"\s*[了共约約计計达達]{0,3}\s*(\d{1,3}(?:[,.，]\d{3})+|\d+)\s*[^\W\d_]")


_COUNT_BEFORE = lazy_compile(r"(?<![\w.,])(\d{1,3}(?:[,.\u00a0 ]\d{3})*|\d+)[ \u00a0]+(?=\S*$)")
_WORD_OR_NUMBER = lazy_compile(r"\s+(\w+)")


def _glued_making(s: Sentence, c: Mention, k: Mention) -> bool:
    """Whether a word of making is written as one word with a country's adjective, in a script with spaces
    ("German-made", "Soviet-built", "sovjetbyggda") and followed by a name or a noun of a kind of product: an
    attribute of the words right after it (not "The MiG-21 was Soviet-made and widely exported", said of the
    subject)."""
    text = s.doc.text
    after = _WORD_OR_NUMBER.match(text, k.end)
    named = after is not None and (after.group(1)[:1].isupper() or after.group(1)[:1].isdigit()
                                   or any(n.start == after.start(1) for n in s.cue_list("product_noun")))
    return named and c.adjective and not han_or_kana(k.text[:1]) and (
        (c.start <= k.start < c.end and c.end < k.end)
        or (c.end == k.start - 1 and text[c.end] in "-‐‑") or (c.start < k.start and k.end <= c.end))


def _attributive_making(s: Sentence, k: Mention) -> bool:
    """Whether a word of making describes a name with its country: one word with the country ("Chinese-made J-7",
    "中国制造的歼-7"), or right after the country's adjective, or, where the verb comes last, right after its name
    ("Çin yapımı J-7"), the name right after it; or the name right before it and the country right after, in no case
    of its own ("J-7 buatan China"). A year right before says when the making was ("1958年中国制造的直-5")."""
    text = s.doc.text
    countries = [c for c in s.mentions if c.kind == "country"]
    before = [c for c in countries if c.start <= k.start < c.end
              or (c.end <= k.start and not text[c.end:k.start].strip(" -‐‑")
                  and (c.adjective or s.doc.particles_follow))]
    after = [c for c in countries if c.start >= k.end and not text[k.end:c.start].strip() and not c.case
             and s.doc.adjectives_follow]
    if any(y.kind == "year" and y.end <= c.start and s.doc.tokens_between(y.end, c.start) <= 1
           for y in s.mentions for c in before):
        return False
    # (where a mark glues a description to its noun, the mark between: "中国制造的歼-7", not "中国生产图-16", China made
    # the Tu-16)
    marks = s.doc.genitive_marks - {""} if han_or_kana(k.text[:1]) else frozenset()
    return any((before and p.start >= k.end and s.doc.tokens_between(k.end, p.start) <= 1
                and not any(ch in ",;:" for ch in text[k.end:p.start])
                and (not marks or text[k.end:p.start].strip() in marks or k.text.endswith(tuple(marks))))
               or (after and p.end <= k.start and not text[p.end:k.start].strip())
               for p in s.products)


def _introduced_otherwise(s: Sentence, p: Mention, y: Mention) -> bool:
    """Whether the registry knows the years a design came in, and this year is none of them."""
    known = s.doc.introduced(p.entity) if s.doc.introduced is not None and p.entity else frozenset()
    return bool(known) and y.value not in known


def _closed_aside(s: Sentence, verb: Mention, y: Mention) -> bool:
    """Whether a year after a verb ends, a word or two later, a clause that a comma closes before the sentence goes
    on ("..., adopted in 1959, the AK-74 ...")."""
    text = s.doc.text
    comma = text.find(",", y.end, s.end)
    return comma >= 0 and "," not in text[verb.end:y.start] and s.doc.tokens_between(y.end, comma) <= 1 \
        and s.doc.tokens_between(comma + 1, s.end) >= 2


def _past_relative(s: Sentence, verb: Mention) -> list[Mention]:
    """"The MiG-19, which China copied as the J-6, was exported to Cuba": the name that opens the sentence, where a
    clause set off by commas right after it ends a word or two before the verb, is the verb's subject (so is one an
    article, its country's adjective and a noun of its kind open, or a noun of its kind follows, before an aside:
    "The Chinese J-7 fighter, a copy of the MiG-21F-13, was sold to Pakistan")."""
    text = s.doc.text
    first = next((p for p in s.products if p.start >= s.start), None)
    if first is None or first.end > verb.start:
        return []
    opened = text.find(",", first.end, verb.start)
    # (the words of a country's adjective and of a noun of its kind before it count for nothing: "Le chasseur
    # chinois J-7, une copie du MiG-21, a été vendu")
    described = sum(s.doc.tokens_between(m.start, m.end) for m in s.mentions
                    if ((m.kind == "country" and m.adjective) or (m.kind == "cue" and m.value == "product_noun"))
                    and s.start <= m.start and m.end <= first.start)
    # (nor do plain words no mention holds, an article and an adjective of praise or age, up to three: "Le célèbre
    # Type 56, une copie de l'AK-47, a été livré", "The famous Type 56, a copy of the AK-47, was delivered")
    other = any(s.start <= m.start and m.end <= first.start
                and not ((m.kind == "country" and m.adjective) or (m.kind == "cue" and m.value == "product_noun"))
                for m in s.mentions)
    lead = s.doc.tokens_between(s.start, first.start) - described
    if (lead > 1 and (other or lead > 3)) or opened < 0 \
            or (text[first.end:opened].strip() and not _only_noun_between(s, first.end, opened)):
        return []
    closed = text.rfind(",", first.end, verb.start)
    if closed <= opened or text.count(",", opened, verb.start) != 2 \
            or s.doc.tokens_between(closed + 1, verb.start) > 2 \
            or any(m.kind != "cue" and closed < m.start < verb.start for m in s.mentions):
        return []
    return [first]


def _foreign_kind(s: Sentence) -> Iterator[Reading]:
    """"The Type 56 is a Chinese-made AK-47", "the M-84, a Yugoslav T-72,": a name the copula (or a comma) says is
    another design qualified by a country that, as the registry knows, holds no rights to it is that country's
    copy of the design."""
    if s.doc.holders is None or s.doc.particles_follow:
        return
    for first, what in itertools.pairwise(s.products):
        if what.entity is None or first.value == what.value or id(what) in s.parents or first.generic \
                or s.compared(first):   # ("Like the Polish PMK, the East German MPi-KM ...": no apposition)
            continue
        # (or a naming word: "the Type 56, known in the West as the Chinese AK")
        link = next((k for k in s.cue_list("copula", "alias") if first.end <= k.start and k.end <= what.start), None)
        apposed = s.doc.text[first.end:what.start].lstrip()[:1] in {",", "—", "–"}   # ("Тип 56 — китайский АКМ")
        adjective = _foreign_adjective(s, what, (link or first).end)
        if adjective is None or (link is None and not apposed) \
                or any((link or first).end <= k.start and k.end <= adjective.start
                       for k in s.cue_list("basis_noun")):
            continue   # (not "Т-72М1 е основата на полския PT-91": the basis of another country's design)
        if link is None and any(k.end <= first.start and s.doc.tokens_between(s.start, k.start) == 0
                                for k in s.cue_list(*DERIVE, "design", "produce", "licence")):
            continue   # (nor a phrase that opens the sentence: "Developed from the T-72M1, the Polish PT-91 ...")
        if link is None and (any(c.kind == "country" and c.adjective and c.end <= first.start
                                 and _plain_tokens(s, c.end, first.start) == 0 for c in s.mentions)
                             or any(o.start > what.end and _joins_list(s, what.end, o.start) for o in s.products)):
            continue   # (nor a list of names each with its country: "the Romanian PM md. 63, the Hungarian AMD-65
            #            and the Bulgarian AKK")
        s.parents.add(id(what))
        licensed = _licensed(s)
        yield _mk(s, first, "derived_from", what.value, {"cue_copy": 1.0}, link or first, adjective, what,
                  qualifier="licensed copy" if licensed else "copy")
        yield _mk(s, first, "made_in_country", s.country(adjective), {"adjective": 1.0}, adjective)
        return


def _foreign_adjective(s: Sentence, what: Mention, start: int) -> Mention | None:
    """The adjective of a country right before a known design, a word or two after `start`, where the registry knows
    the design's rights holders and the country is none of them, nor one the design is made in: "a Chinese AK" is
    China's copy of it, not a name of it ("the AK-47 is a Soviet AK": its own country's)."""
    adjective = next((c for c in s.mentions if c.kind == "country" and c.adjective and start <= c.start
                      and c.end <= what.start and _plain_tokens(s, c.end, what.start) == 0), None)
    if adjective is None or what.entity is None or s.doc.holders is None \
            or s.doc.tokens_between(start, adjective.start) > 2:
        return None
    holders = s.doc.holders(what.entity)
    # (nor the country the registry says makes the design itself: "… is the Yugoslav M-84" names the M-84's own)
    homes = s.doc.homes(what.entity) if s.doc.homes is not None else frozenset()
    return adjective if holders and s.country(adjective) not in holders | homes else None


def _long_names(s: Sentence, a: int, b: int) -> int:
    """The tokens of the countries' names between two places beyond the first of each ("the People's Republic of
    China" is one name): a name of many words is one word of the clause."""
    return sum(max(0, s.doc.tokens_between(c.start, c.end) - 1) for c in s.mentions
               if c.kind == "country" and a <= c.start and c.end <= b)


def _paired_as(s: Sentence, subject: Mention, named: Mention) -> list[tuple[Mention, Mention]]:
    """(original, copy) of two lists as long that a word for "as" joins, each of two names or more joined by a word
    for "and" ("the MiG-19 and the MiG-21 ... as the J-6 and the J-7"): paired in order; else none."""
    if subject.start < s.start or subject.end > named.start:
        return []
    originals, copies = [subject], [named]
    for p in reversed(s.products):
        if p.end <= originals[0].start and _and_joined(s, p, originals[0]):
            originals.insert(0, p)
    for p in s.products:
        if p.start >= copies[-1].end and _and_joined(s, copies[-1], p):
            copies.append(p)
    if len(originals) < 2 or len(originals) != len(copies) \
            or any(a.value == b.value for a, b in zip(originals, copies, strict=True)):
        return []
    return list(zip(originals, copies, strict=True))


def _made_as(s: Sentence) -> Iterator[Reading]:
    """"Poland built the MiG-15 under licence as the LiM-2", "БМП-1 выпускали в ЧССР как BVP-1", "BMP-1, BVP-1
    olarak üretildi": a name right beside a word for "as" after the making of a design is the copy made, derived
    from the design, and the making is said of it."""
    # (a copy word makes the name given a copy, no country named: "MiG-15をJ-2として国産化した"; so does a phrase
    # of version: "se vyrábí ve verzi IŽ-70", is made in the version IŽ-70)
    # (so does a word of versions: "Inačica AK-47 proizvodila se kao puška M70", a version made as the M70)
    gated = s.has("licence", "copy", "variant") or any(m.kind == "country" for m in s.mentions)
    if not (s.has("in_version") or (s.has("as_name") and gated)):
        return
    making = s.cue_list("licence", "produce", "copy")   # ("copied in China as the J-7")
    done: list[tuple[Mention, Mention]] = []   # (the name each "as" gave, its making)
    for cue in s.cue_list("as_name", "in_version") if gated else s.cue_list("in_version"):
        if not s.doc.particles_follow and s.near_before(cue.start, ("as_name",), 1) is not None:
            continue   # ("produced the T-72 as well as the BMP-1": the second word of a comparison names nothing)
        if _as_example(s, cue):
            continue   # ("varianty ako MT-55": "as" right after a word of versions brings examples of them)
        named = _as_named(s, cue)
        if s.doc.particles_follow:
            # (or the verb the word's phrase ends in: "Y-5로 생산하였다")
            made = next((k for k in making if (k.start >= cue.end and s.doc.tokens_between(cue.end, k.start) <= 2)
                         or cue.start < k.start < cue.end), None)
            edge = named.start if named is not None else -1
        else:
            # the making in the same clause, shortly before the word ("built under licence in Poland as"; not "India
            # made the Su-30MKI under licence, as the MiG-21 before it", where "as" compares)
            # (a maker's name and a time between are not counted: "vyráběl jej od roku 1956 v Závodech Jana Švermy
            # jako Avii Av-14")
            # (nor the places of a list, the word in brackets: "built under licence in Bulgaria and in China (as the
            # Type 56)")
            places = 2 if open_bracket(s.doc.text, s.start, cue.start) >= 0 else 0
            # (nor a list of places that ends right before the word, its commas included: "built in Hungary, Bulgaria
            # and in China as the Type 56")
            listed = next((c for c in s.mentions if c.kind == "country" and c.end <= cue.start
                           and s.doc.tokens_between(c.end, cue.start) == 0 and len(s.groups.get(id(c), [c])) > 1),
                          None)
            stop = s.list_first(listed).start if listed is not None else cue.start
            # (a comma right before a phrase of naming, "under the name", sets it off in the clause of the making:
            # "produced under licence, under the name J-7"; not a bare "as", which may compare)
            set_off = s.doc.text[s.start:stop].rstrip()
            if listed is None and set_off.endswith(",") and " " in cue.text.strip():
                stop = s.start + len(set_off) - 1
            # (nor the design's own name between: "produire sous licence le chasseur MiG-17A Fresco en tant que J-4";
            # nor the words of its kind: "construire le véhicule de transport blindé BTR-60 sous le nom de TAB-71")
            made = next((k for k in reversed(making) if k.end <= stop and _same_clause(
                s, k.end, stop, 4 + _org_tokens(s, k.end, stop) + _time_tokens(s, k.end, stop)
                + _mention_tokens(s, k.end, stop, frozenset({"product"}))
                + _cue_tokens(s, k.end, stop, ("product_noun",))
                + places * _mention_tokens(s, k.end, stop, frozenset({"country"}))
                # (a country's name of many words counts as one: "made in the Democratic People's Republic of
                # Korea as")
                + _long_names(s, k.end, stop))), None)
            if made is None and named is not None:
                # the making after the name, where the verb ends its clause ("in Polen wurde sie als Lim-1 in Lizenz
                # gebaut")
                made = next((k for k in making if k.start >= named.end and _same_clause(s, named.end, k.start, 2)),
                            None)
            edge = cue.start
            if made is None and named is not None and done:
                # "copied the MiG-17 as the J-5 and the MiG-19 as the J-6": a pair a word for "and" joins to the one
                # before shares its making
                last, its = done[-1]
                paired = [p for p in s.products if last.end <= p.start and p.end <= cue.start]
                joint = [w for w in fold_phrase(s.doc.text[last.end:paired[0].start] if paired else "x").split()
                         if w not in articles()]
                if len(paired) == 1 and joint and all(w in and_words() for w in joint) \
                        and s.doc.tokens_between(paired[0].end, cue.start) == 0:
                    made = its
        if named is None or made is None:
            continue
        before = [p for p in s.products if p.end <= edge and p is not named and id(p) not in s.parents]
        subject = before[-1] if before else s.topic if not any(p.end <= cue.start for p in s.products) else None
        if subject is None or subject.value == named.value or _extends(named, subject) or _extends(subject, named):
            continue
        licensed = _licensed(s)
        pairs = _paired_as(s, subject, named)
        for original, copy in pairs:
            # "built the MiG-19 and the MiG-21 as the J-6 and the J-7": two lists as long, each name of the second
            # the copy of the name in the same place of the first
            s.parents.add(id(original))
            s.copies.add((original.value, copy.value))
            yield _mk(s, copy, "derived_from", original.value, {"cue_copy": 1.0, "topic": 0.0},
                      original, made, cue, copy, qualifier="licensed copy" if licensed else "variant")
        if pairs:
            continue
        s.parents.add(id(subject))
        s.copies.add((subject.value, named.value))
        done.append((named, made))
        yield _mk(s, named, "derived_from", subject.value, {"cue_copy": 1.0, "topic": float(s.elsewhere(subject))},
                  subject, made, cue, named, qualifier="licensed copy" if licensed else "variant")
        # (the copy word may stand before the word of licence nearer the name: "skopiowały Su-27 bez licencji jako")
        copied = made if made.value == "copy" else next(
            (k for k in reversed(s.cue_list("copy")) if k.end <= cue.start and _same_clause(s, k.end, cue.start, 6)),
            None)
        copiers = _copiers(s, copied) if copied is not None else []
        for copier in copiers:
            # "copiado pela China como J-7", "Chiny skopiowały Su-27 jako J-11": the copier makes what it names
            yield _mk(s, named, "made_in_country", s.country(copier), {"adjective": 1.0, "on_copy_word": 1.0},
                      made, copier, cue, named)
        if not copiers and (made.value in {"produce", "licence"} or (copied is not None and made.value == "copy")):
            # "The Il-28 was copied in China as the H-5", "skopiowano w Chinach jako H-5", "built in China as the
            # J-7": where it was copied or made, a word of place on the country between the word and "as", is where
            # what it names was made
            # (where the verb ends the clause, before "as": "wurde in China als H-5 kopiert")
            lo, hi = (made.end, cue.start) if made.end <= cue.start else (subject.end, cue.start)
            # (the country nearest the "as": "made in the Soviet Union and copied in China as the Type 56")
            place = next((c for c in reversed(s.mentions) if c.kind == "country" and not c.adjective
                          and lo <= c.start and c.end <= hi and _placed_here(s, c)), None)
            if place is not None:
                yield _mk(s, named, "made_in_country", s.country(place), {"adjective": 1.0, "on_copy_word": 1.0},
                          made, place, cue, named)
                # "built in Hungary, Bulgaria and in China as the Type 56": where the place nearest "as" repeats
                # its word of place, the list's places before it made the design itself, not the copy named
                if s.near_before(place.start, ("locative",), 0) is not None:
                    for c in s.groups.get(id(place), [place]):
                        if c.end <= place.start and lo <= c.start and c.value != place.value:
                            yield _mk(s, subject, "made_in_country", s.country(c),
                                      {"produce": 1.0, "locative": 1.0, "topic": float(s.elsewhere(subject))},
                                      made, c)


def _denied_alternative(s: Sentence, cue: Mention, p: Mention) -> bool:
    """Whether a name after a word of derivation is one a comma and a word of negation set apart as not meant
    ("a licensed copy of the Super Frelon, not of the Mi-8", "ein Lizenzbau der Super Frelon, nicht der Mi-8")."""
    return s.denied(p) and any(cue.end <= k.start < p.start for k in s.cue_list("negation"))


def _fronted_original(s: Sentence, p: Mention, cue: Mention) -> bool:
    """Whether a name is the original a phrase of derivation opening the sentence names, set off by a comma before
    ``cue`` ("Derived from the T-72M, the tank ...", "Diseñado a partir del AK-47, este fusil ...")."""
    return "," in s.doc.text[p.end:cue.start] and any(
        k.end <= p.start and s.doc.tokens_between(k.end, p.start) <= 3 and s.doc.tokens_between(s.start, k.start) <= 1
        for k in s.cue_list(*DERIVE, "licence"))


def _placed_here(s: Sentence, c: Mention) -> bool:
    """Whether a word of place (a word, a case ending, a particle, a one-letter word: "w Chinach") marks a country
    as where something is."""
    if c.case == "locative" or s.near_before(c.start, ("locative",), 0) is not None \
            or s.doc.particle_on(c, {"locative"}):
        return True
    word = _ONE_LETTER_BEFORE.search(s.doc.text[max(s.start, c.start - 3):c.start])
    return word is not None and "locative" in s.doc.particles.get(word.group(1).lower(), frozenset())


def _licence_of_a_later_copy(s: Sentence, p: Mention, cue: Mention) -> bool:
    """Whether another name a word for "as" gives stands nearer a licence word than ``p`` on its side, and a word of
    making stands between ``p`` and the licence word ("after building the MiG-19 as the J-6, China agreed to build
    the MiG-21 under licence as the J-7"): ``p`` was made in a clause of its own, the licence is the later copy's."""
    named = [q for a in s.cue_list("as_name") if (q := _as_named(s, a)) is not None and q is not p]
    # (or one a word of naming gives, where it follows the name: "J-6이라는 이름으로", under the name J-6)
    named += [q for q in s.products if q is not p and s.doc.particles_follow and any(
        k.start >= q.end and s.doc.tokens_between(q.end, k.start) <= 1 for k in s.cue_list("alias"))]
    if not named:
        return False
    a, b = (p.end, cue.start) if p.end <= cue.start else (cue.end, p.start)
    # (the making between ``p`` and the nearer copy too: two copies one word of making names, "to produce the Puma
    # and the Alouette III under the names IAR-330 and IAR-316", share the licence)
    return any(a <= k.start and k.end <= b for k in s.cue_list("produce")) \
        and any(s.gap(q, cue) < s.gap(p, cue) and any(
            min(p.end, q.end) <= k.start and k.end <= max(p.start, q.start) for k in s.cue_list("produce"))
            for q in named)


def _licensed(s: Sentence) -> bool:
    """Whether a sentence says a licence was had: a licence word, no word of its absence, none negated ("sem
    nenhum contrato de licença", "without any licence agreement")."""
    return s.has("licence") and not s.has("unlicensed") and not _licence_denied(s, s.cue_list("licence"))


def _status_set_against(s: Sentence, cue: Mention) -> int | None:
    """Where a word of contrast after a licence word opens a clause that alone holds the sentence's words of an ended,
    contested, denied or missing licence ("..., but Russia says these licences are no longer valid"): where that
    clause begins; else None."""
    changing = s.cue_list("expired", "disputed", "negation", "unlicensed")
    if not changing:
        return None
    contrast = next((c for c in s.cue_list("contrast") if c.start >= cue.end
                     and all(k.start >= c.start for k in changing)), None)
    return contrast.start if contrast is not None else None


def _licence_denied(s: Sentence, cues: list[Mention]) -> bool:
    """Whether a word of negation stands shortly before one of the licence words ("without any licence")."""
    reach = weights().windows["negation"]
    return any(s.near_before(k.start, ("negation",), reach) for k in cues) \
        or (s.doc.genitive_first and any(_owned_licence_denied(s, k, reach) for k in cues)) \
        or (not s.doc.particles_follow and any(_fronted_licence_denied(s, k) for k in cues)) \
        or (s.doc.particles_follow and any(_licence_verb_denied(s, k) for k in cues))


def _owned_licence_denied(s: Sentence, cue: Mention, reach: int) -> bool:
    """"从未获得AK-47的生产许可证", never got the AK-47's production licence: where the owner comes first, a negation
    before a licence word whose owner, a name and a genitive mark, stands between them, reaches it past the owner."""
    marks = tuple(s.doc.genitive_marks)
    if not marks:
        return False
    for n in s.cue_list("negation"):
        if n.end > cue.start:
            continue
        # (the mark right after the name, at most one word after it: "AK-47的生产许可证")
        owners = [m for m in s.mentions if m.kind in {"product", "country", "org"} and n.end <= m.start
                  and (after := s.doc.text[m.end:cue.start].lstrip()).startswith(marks)
                  and s.doc.tokens_between(cue.start - len(after) + max(len(g) for g in marks if after.startswith(g)),
                                           cue.start) <= 1]
        if owners and s.doc.tokens_between(n.end, cue.start) \
                - s.doc.tokens_between(min(m.start for m in owners), cue.start) <= reach:
            return True
    return False


def _licence_verb_denied(s: Sentence, cue: Mention) -> bool:
    """"ライセンス料を納めていない", "라이선스 비용을 지불하지 않았다": where the verb comes last, a licence word that
    a verb right after it takes as its object, a "not" ending that verb's clause: the licence was never had (not a
    licence word that is a word of making too, "ライセンス生産しなかった": the making is what is denied)."""
    return not any(k.start < cue.end and cue.start < k.end for k in s.cue_list("produce")) and s.negated(cue)


def _denial_ends_licence(s: Sentence, cues: list[Mention]) -> bool:
    """Whether each word of negation before a licence word is also a word of a licence's end ("cancelled the licence",
    "kündigte die Lizenz", "felbontotta a licencszerződést"): the licence held, then ended; it was not missing."""
    reach = weights().windows["negation"]
    ends = s.cue_list("expired")
    found = [n for k in cues for n in s.cue_list("negation")
             if n.end <= k.start and s.doc.tokens_between(n.end, k.start) <= reach]
    return bool(found) and all(any(e.start < n.end and n.start < e.end for e in ends) for n in found)


def _fronted_licence_denied(s: Sentence, cue: Mention) -> bool:
    """"Лицензии на J-11B никто не давал", "лицензии на «Сакр-18» не было": a licence word that opens its sentence,
    the object of a verb that a "not" right before it denies at the clause's end."""
    if s.doc.tokens_between(s.start, cue.start) > 1:
        return False
    for word in s.cue_list("negation"):
        if word.start < cue.end or s.doc.tokens_between(cue.end, word.start) > 5 \
                or any(ch in ",;:()–—" for ch in s.doc.text[cue.end:word.start]):
            continue
        verb = _NEXT_TOKEN.match(s.doc.text, word.end)
        if verb is not None and _CLAUSE_ENDS.match(s.doc.text, verb.end()):
            return True
    return False


def _same_clause(s: Sentence, a: int, b: int, reach: int = 4) -> bool:
    """Whether two places are a few words apart with no clause mark between them."""
    return s.doc.tokens_between(a, b) <= reach and not any(ch in ",;:—–" for ch in s.doc.text[a:b])


def _fronted_date(s: Sentence, y: Mention) -> bool:
    """Whether a year opens its sentence, a word of place or time at most before it, and a comma sets it off ("En
    1982, un autre lot ...", "In 1982, another batch ..."): that comma closes no clause, the year dates the next."""
    # (a month and a day may follow the year where they come after it: "2002年3月27日,")
    return s.doc.tokens_between(s.start, y.start) <= 1 and _DATE_THEN_COMMA.match(s.doc.text, y.end, s.end) is not None


def _opening_comma(s: Sentence, y: Mention) -> int | None:
    """Where the text goes on past the comma that sets off a date opening the sentence (``_fronted_date``), if so."""
    if not _fronted_date(s, y):
        return None
    found = _DATE_THEN_COMMA.match(s.doc.text, y.end, s.end)
    return found.end() if found is not None else None


# the rest of a date that puts the year first ("年3月27日"), then the comma that sets the date off
_DATE_THEN_COMMA = lazy_compile(r"[ \t]*年?[ \t]*(?:\d{1,2}[ \t]*月(?:[ \t]*\d{1,2}[ \t]*[日号號])?)?[ \t]*[,，]")


def _as_names_nothing(s: Sentence, cue: Mention) -> bool:
    """Whether a word for "as" is inside another naming phrase ("known as the Kalash") or one of two a word apart
    that compare ("the T-72M as well as the BMP-3")."""
    return any(k.start <= cue.start and cue.end <= k.end and k.end - k.start > cue.end - cue.start
               for k in s.cue_list("alias")) or (
        not s.doc.particles_follow and (s.near_after(cue.end, ("as_name",), 1) is not None
                                        or s.near_before(cue.start, ("as_name",), 1) is not None))


def _as_named(s: Sentence, cue: Mention) -> Mention | None:
    """The name a word for "as" gives ("as the LiM-2", "BVP-1 olarak"), not one inside another naming phrase ("known
    as the Kalash" is another name) nor one a copy word stands before ("como una réplica del AK-74")."""
    if _as_names_nothing(s, cue):
        return None
    if s.doc.particles_follow:
        named = next((p for p in reversed(s.products) if p.end <= cue.start
                      and s.doc.tokens_between(p.end, cue.start) == 0), None)
        # (the name, not its spelling in brackets after it: "J-6(殲撃六型)として")
        return named if named is None else _restated(s, named) or named
    return next((p for p in s.products if p.start >= cue.end and s.doc.tokens_between(cue.end, p.start) <= 3
                 and _plain_tokens(s, cue.end, p.start) <= 1
                 and not any(cue.end <= k.start and k.end <= p.start for k in s.cue_list(*DERIVE))), None)


def _named_before_as(s: Sentence, cue: Mention) -> Mention | None:
    """The name right before a word for "as" where the verb comes last, its kind's noun at most between ("68式小銃
    として": the Type 68 rifle, as)."""
    nouns = s.cue_list("product_noun")
    return next((p for p in reversed(s.products) if p.end <= cue.start
                 and all(any(k.start <= i < k.end for k in nouns) or s.doc.text[i].isspace()
                         for i in range(p.end, cue.start))), None)


def _sold_as(s: Sentence) -> list[tuple[Mention, Mention, str]]:
    """(design, name, the name as written) where a word of sale governs a word for "as" in its clause ("sold in the
    United States as the PAP M70", "exported as the F-6", "F-6として輸出された"), no word of making between: the name
    the design was sold under, another name of it (a making there names a copy: ``_made_as``)."""
    pairs = []
    for cue in s.cue_list("as_name"):
        named = _as_named(s, cue)
        # (a maker's name glued before the name given, part of it: "as the PAP M70")
        glued = None if named is None else next((o for o in s.mentions if o.kind == "org" and o.end <= named.start
                                                 and o.start >= cue.end
                                                 and s.doc.tokens_between(o.end, named.start) == 0), None)
        if named is None and not s.doc.particles_follow and not _as_names_nothing(s, cue):
            glued = next((o for o in s.mentions if o.kind == "org" and o.start >= cue.end
                          and s.doc.tokens_between(cue.end, o.start) <= 1), None)
            named = None if glued is None else next(
                (p for p in s.products if p.start >= glued.end and s.doc.tokens_between(glued.end, p.start) == 0), None)
        if named is None:
            continue
        if s.doc.particles_follow:
            sale = next((k for k in s.cue_list("export") if k.start >= cue.end
                         and s.doc.tokens_between(cue.end, k.start) <= 2), None)
            edge = named.start
        else:
            sale = next((k for k in reversed(s.cue_list("export")) if k.end <= cue.start and _same_clause(
                s, k.end, cue.start, 4 + _mention_tokens(s, k.end, cue.start, frozenset({"country"})))), None)
            if sale is None and not any(k.end <= cue.start and _same_clause(s, k.end, cue.start, 4 + _mention_tokens(
                    s, k.end, cue.start, frozenset({"country"}))) for k in s.cue_list("produce", "licence", "copy")):
                # (where the verb ends the clause: "wurde als F-6 nach Pakistan exportiert"; not past a bracket, nor
                # where a word of making governs the "as": "(built in China as the J-7) was exported")
                sale = next((k for k in s.cue_list("export") if k.start >= named.end and _same_clause(
                    s, named.end, k.start, 2 + _mention_tokens(s, named.end, k.start, frozenset({"country"})))
                    and not any(ch in ")）" for ch in s.doc.text[named.end:k.start])), None)
            edge = sale.start if sale is not None and sale.end <= cue.start else cue.start
        if sale is None or any(min(sale.end, cue.end) <= k.start and k.end <= max(sale.start, cue.start)
                               for k in s.cue_list("produce", "licence", "copy")):
            continue
        before = [p for p in s.products if p.end <= edge and p is not named]
        subject = before[-1] if before else s.topic if not any(p.end <= edge for p in s.products) else None
        if subject is None or _extends(named, subject) or _extends(subject, named):
            continue
        pairs.append((subject, named, s.doc.text[glued.start if glued is not None else named.start:named.end]))
    return pairs


def _span(*ms: Mention | None) -> tuple[int, int]:
    present = [m for m in ms if m is not None]
    return min(m.start for m in present), max(m.end for m in present)


def _opens_with_pronoun(s: Sentence) -> bool:
    """Whether the sentence's first word is a personal pronoun ("It was derived from", "Il dérive du"), or a copula
    where the language leaves the pronoun out ("È una versione del T-54A", "Es una copia del"; not a question)."""
    first = next((k for k in s.cue_list("pronoun")), None)
    if first is not None and s.doc.tokens_between(s.start, first.start) == 0:
        return True
    verb = next((k for k in s.cue_list("copula")), None)
    return verb is not None and s.doc.tokens_between(s.start, verb.start) == 0 \
        and not s.doc.text[s.start:s.end].rstrip().endswith("?")


def _landmark(s: Sentence, r: Reading) -> bool:
    """Whether each naming of a maker a reading gives stands right after a word of nearness ("near the Walther works",
    "vicino alla fabbrica", "près de l'usine", "lângă uzina"), a few words of its own phrase between: a
    place the making is said to be near, not the one who makes."""
    orgs = [m for m in s.mentions if m.kind == "org" and m.value == r.object and r.start <= m.start and m.end <= r.end]
    return bool(orgs) and all(any(k.end <= o.start and s.doc.tokens_between(k.end, o.start) <= 3
                                  and not any(ch in ",;:()" for ch in s.doc.text[k.end:o.start])
                                  for k in s.cue_list("near")) for o in orgs)


def _mk(s: Sentence, subject: Mention, rel: str, obj: str, feats: dict[str, float], *ev: Mention | None,
        scope: str | None = None, qualifier: str | None = None, via_adjective: bool = False) -> Reading:
    # the quote is this sentence's words: a subject carried over from an earlier sentence stays out of it
    # (and one the text names only later, the topic it opens with, stays out too)
    start, end = _span(*(m for m in (subject, *ev) if m is not None and m.start >= s.start and m.end <= s.end))
    if feats.get("topic") and subject.start < s.start and _opens_with_pronoun(s):
        # "It is a modernised variant of the T-54": a pronoun that opens the sentence names what was spoken of,
        # as surely as its name would
        feats = feats | {"topic": 0.0}
    c = Reading(subject, rel, obj, start, end, feats, scope, qualifier, via_adjective=via_adjective)
    c.score = _score(rel, feats)
    return c


# a short word of purpose right before a word of repair ("na remont", "for overhaul")
_PURPOSE_WORD = lazy_compile(r"(?<![\w-])([^\W\d_]{1,3})\s+$")


# -- derived_from -----------------------------------------------------------------------------

_LAST_WORD = lazy_compile(r"[^\W\d_]+-?\s*$")


def _past_former(text: str, after: int, start: int) -> int:
    """Where the words before a country's name end, a word for "former" right before it left out ("and former
    Yugoslavia", "и бывшей Югославии", "ex-Yugoslavia")."""
    word = _LAST_WORD.search(text, max(after, start - 40), start)
    if word is None or fold_phrase(word.group()).strip(" -") not in former_words():
        return start
    return word.start()


def _made_model(s: Sentence, cue: Mention) -> bool:
    """Whether a noun of making stands right before a word of versions ("production of the model ...", "výroba
    modelu ...", "produkcja wersji ..."): the name right after the word is what is made, not an original."""
    return any(k.end <= cue.start and s.doc.tokens_between(k.end, cue.start) == 0 for k in s.cue_list("produce"))


def _extends(child: Mention, parent: Mention) -> bool:
    """"T-72M1" extends "T-72", "An-2R" extends "An-2": a longer name of the same designation (by the names the
    registry gives them, or as the text writes them: "歼-5甲" extends "歼-5", known as the "Shenyang J-5"; not where the
    registry knows both and holds them apart: "59式戦車", the Type 59 tank, is no version of "59式")."""
    if child.text == parent.text:
        return False   # one name, read two ways
    if _longer(child.value, parent.value):
        # ("Type 59 tank" is the Type 59 with the word for its kind, no version of it)
        return not _kind_apart(child.value, parent.value)
    return _longer(child.text, parent.text) and not (child.entity and parent.entity)


_ROMAN_END = lazy_compile(r"^(.*[-\s\d])([IVX]+)([A-Z]?)$")


def longer_name(child: str, parent: str) -> bool:
    """Whether one designation, as written, is a longer one of the other ("An-2TD" of "An-2")."""
    return _longer(child, parent)


def _longer(child: str, parent: str) -> bool:
    # (two numbers in Roman letters are two versions side by side: the "Type 59-II" is no version of the "Type 59-I",
    # nor the "Type 59-IIA"; the "Type 59-IA" is; so where the numeral is glued to the number: the "J-7II" is no
    # version of the "J-7I")
    roman = _ROMAN_END.match(child), _ROMAN_END.match(parent)
    if roman[0] is not None and roman[1] is not None and roman[0].group(1) == roman[1].group(1) \
            and roman[0].group(2) != roman[1].group(2):
        return False
    c, p = name_key_of(child), name_key_of(parent)
    numbered = child.startswith(parent + "-")   # "Type 59-1" extends "Type 59"
    return c != p and c.startswith(p) and (numbered or not c[len(p):len(p) + 1].isdigit()) and not p.isalpha()


def _plain_tokens(s: Sentence, a: int, b: int, nouns: bool = True) -> int:
    """Tokens between two places, less those of words that qualify a copy word ("copie chinezească fără licență
    a | MiG-21", "MiG-21 | licenc nélküli kínai másolata"): country adjectives, licence words, product nouns."""
    said = sum(s.doc.tokens_between(m.start, m.end) for m in s.mentions if a <= m.start and m.end <= b
               and ((m.kind == "country" and m.adjective)
                    or (m.kind == "cue" and m.value in {"licence", "unlicensed"})
                    or (nouns and m.kind == "cue" and m.value == "product_noun")))
    return max(0, s.doc.tokens_between(a, b) - said)


def _time_tokens(s: Sentence, a: int, b: int) -> int:
    """Tokens of years and decades between two places, with a word right before each ("od roku 1956", "in 1956")."""
    years = [m for m in s.mentions if m.kind == "year" and a <= m.start and m.end <= b]
    return _mention_tokens(s, a, b, frozenset({"year"})) + 2 * len(years)


_NAMED = frozenset({"product"})


def _mention_tokens(s: Sentence, a: int, b: int, kinds: frozenset[str]) -> int:
    """Tokens of the mentions of the kinds given between two places."""
    return sum(s.doc.tokens_between(m.start, m.end) for m in s.mentions if m.kind in kinds and a <= m.start
               and m.end <= b)


def _org_tokens(s: Sentence, a: int, b: int) -> int:
    """Tokens of organisations' names between two places."""
    return _mention_tokens(s, a, b, frozenset({"org"}))


def _joined_versions(s: Sentence, owner: Mention, cue: Mention, named: Mention) -> bool:
    """"the MiG-21 and the improved variants Type 81 and Type 90": a word of versions a word for "and" joins to a
    name before it (an article or a few words in lower case between, no verb), the name right after it, in a
    language that writes "of" as a word and none stands between."""
    if not s.doc.of_marked or s.doc.particles_follow or s.doc.tokens_between(cue.end, named.start) > 1:
        return False
    if s.near_before(owner.start, ("variant",), 2) is not None:
        return False   # ("the trainer version SBLim-5 and the reconnaissance version Lim-5R": each its own version)
    if any(cue.end <= k.start and k.end <= named.start for k in s.cue_list("of", "source")):
        return False
    raw = s.doc.text[owner.end:cue.start].replace(",", " ").split()
    words = [w for w in fold_phrase(" ".join(raw)).split() if w not in articles()]
    # (no verb between: "produced the MiG-21 and exports variants Type 75")
    return bool(words) and words[0] in and_words() and len(words) <= 3 \
        and all(w.isalpha() and w.islower() for w in raw) \
        and not any(owner.end <= k.start and k.end <= cue.start for k in s.cue_list(*_DOINGS))


def _unnamed_own_versions(s: Sentence, cue: Mention) -> bool:
    """Whether a word of version stands right after a possessive ("its variants", "annak variánsai"), no name after
    it in the sentence: the versions of the name before the possessive, none of them named (not "its own versions of
    the fighter, such as the Lim-5")."""
    mark = s.near_before(cue.start, ("possessive",), 1)
    if mark is None or s.doc.particles_follow:
        return False
    return not any(p.start >= cue.end for p in s.products)


def _owned_versions_of_a_country(s: Sentence, cue: Mention) -> Iterator[Reading]:
    """"the T-55 and its Chinese variants": a country's adjective right on a word of versions a possessive gives the
    name before it names that country's unnamed version of the name, made there (not the name's own country's)."""
    mark = s.near_before(cue.start, ("possessive",), 1)
    c = next((c for c in s.mentions if c.kind == "country" and c.adjective and mark is not None
              and mark.end <= c.start and c.end <= cue.start and s.doc.tokens_between(c.end, cue.start) == 0), None)
    owner = next((p for p in reversed(s.products) if mark is not None and p.end <= mark.start), None) or s.topic
    if c is None or owner is None or owner.generic:
        return
    own = (s.doc.homes(owner.entity) if s.doc.homes is not None and owner.entity else frozenset()) \
        | (s.doc.holders(owner.entity) if s.doc.holders is not None and owner.entity else frozenset())
    name = s.country(c)
    if name in own:
        return
    child = Mention(c.start, cue.end, "product", copy_label(owner.value, name, "version"), s.doc.text[c.start:cue.end])
    s.parents.add(id(owner))
    yield _mk(s, child, "derived_from", owner.value, {"cue_variant": 1.0, "unnamed": 1.0}, cue, owner,
              qualifier="variant")
    yield _mk(s, child, "made_in_country", name, {"adjective": 1.0}, c, cue)


def _owned_version(s: Sentence, cue: Mention, named: Mention) -> Mention | None:
    """The product that owns the version a word names, where a possessive stands before the word ("the SM-1 and
    its improved version, the SM-2", "der T-72 und seine Exportversion T-72M", "歼-7及其改进型歼-7E"; where the
    language puts the owner first, a word of basis too: "T-54:ää ja sen kehitelmää T-55:tä"; in a script that writes
    its words together, only right before the word: "その後改良型の" is "after that"): the latest name before the
    possessive (not one in brackets beside it), else the product spoken of; None without one."""
    text = s.doc.text
    mark = next((k for k in reversed(s.cue_list("possessive")) if k.end <= cue.start
                 and s.doc.tokens_between(k.end, cue.start) <= 2
                 and (not unspaced(text[k.start]) or k.end == cue.start)), None)
    # (a possessive of one character is a particle, no mention: "其衍生型强-5", its derived type the Q-5)
    edge = mark.start if mark is not None else cue.start - 1 if s.doc.particle_before(cue.start, {"possessive"}) \
        else -1
    if edge < 0 or s.doc.tokens_between(cue.end, named.start) > 2:
        return None
    if not s.doc.particles_follow and any(cue.end <= k.start and k.end <= named.start for k in s.cue_list("of")):
        return None   # ("China built its own version of the T-34": the name past "of" is the original)
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(text, s.start, edge)]
    owners = [p for p in s.products if p.end <= edge and not any(a <= p.start and p.end <= b for a, b in asides)]
    owner = owners[-1] if owners else s.topic
    if owner is None or owner.value == named.value or _extends(owner, named) or _extends(named, owner):
        return None
    return owner


def _respective_originals(s: Sentence, cue: Mention, before: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(copy, original) pairs where a list of names before a word of copies meets as many names after a word for
    "respectively" past it ("the J-5, J-6 and J-7 were copies of Soviet aircraft (respectively the MiG-17, MiG-19
    and MiG-21)"), each with the one in its place; none elsewhere."""
    word = next((k for k in s.cue_list("respectively") if k.start >= cue.end), None)
    if word is None or not before or any(cue.end <= k.start and k.end <= word.start for k in s.cue_list(*DERIVE)):
        return []
    originals = _run_after(s, word.end, 2)
    copies = _list_back(s, before[-1:])
    if len(originals) < 2 or len(copies) != len(originals):
        return []
    return [(a, b) for a, b in zip(copies, originals, strict=True) if a.value != b.value]


def _own_version_named(s: Sentence, cue: Mention, named: Mention) -> Mention | None:
    """The name a naming word gives before a possessive on a version word ("under the name Type 58, China made its
    own version of the T-34", "под названием Тип 58 в КНР выпускали свою версию Т-34"): the possessive is the
    maker's, the version is what that name names, and the name after the word is its original; None elsewhere (not
    "the SM-1 and its improved version SM-2", where the name before owns the version)."""
    if s.doc.particles_follow:
        return None
    mark = next((k for k in reversed(s.cue_list("possessive")) if k.end <= cue.start
                 and s.doc.tokens_between(k.end, cue.start) <= 2), None)
    if mark is None or s.doc.tokens_between(cue.end, named.start) > 2:
        return None
    given = [p for p in s.products if p.end <= mark.start]
    if not given or not any(k.end <= given[-1].start and _as_named(s, k) is given[-1] for k in s.cue_list("as_name")):
        return None
    # (a maker or a country between, the doer whose own version it is: "China", "в КНР")
    if not any(m.kind in {"country", "org"} and given[-1].end <= m.start and m.end <= mark.start for m in s.mentions) \
            or given[-1].value == named.value or _extends(named, given[-1]):
        return None
    return given[-1]


def _fronted_derivative(s: Sentence, cue: Mention, after: list[Mention]) -> tuple[Mention, Mention] | None:
    """"Based on the T-72, the PT-91 was developed in Poland", "На базе Т-72 в Польше был создан танк PT-91",
    "Auf Basis des T-72 entwickelte Polen den PT-91": where the sentence opens with a word of derivation and its
    original, the next name, after a comma or a word of making or design, is what was made from it: (made,
    original)."""
    if any(p.end <= cue.start for p in s.products) or s.doc.particles_follow:
        return None
    original = after[0]
    made = next((p for p in s.products if p.start >= original.end), None)
    if made is None or s.doc.tokens_between(original.end, made.start) > 8 or (len(after) > 1 and made is not after[1]):
        return None
    between = [k for k in s.mentions if k.kind == "cue" and original.end <= k.start and k.end <= made.start]
    # ("根据D-30仿制了86式", after the D-30 copied the Type 86: a word of copying right before the name, nothing but
    # its kind word before it, is the verb that made it)
    copying = next((k for k in between if k.value == "copy" and s.doc.tokens_between(k.end, made.start) == 0
                    and not s.doc.text[k.end:made.start].strip()), None)
    if len(after) > 1 and copying is None and not any(k.value in {"produce", "design"} for k in between) \
            and (len(after) > 2 or s.near_after(made.end, ("produce", "design", "copula", "introduce",
                                                           "export", "service"), 2) is None):
        return None   # ("based on the T-72, the T-80 and the T-90": a list of originals; not "Na bazie T-55
        #               opracowano T-62", where a verb stands between the two)
    if any(k.value in {*DERIVE, "basis_reverse", "licence", "resemble", "negation"}
           and not (copying is not None and k.start >= copying.start and k.end <= copying.end) for k in between):
        return None
    text = s.doc.text
    # a comma right after the original's name, then the derivative ("Based on the T-72, the PT-91 ...")
    comma = text.find(",", original.end, made.start)
    # (a word for its kind or its design may follow the name before the comma: "Based on the T-72 tank, the PT-91
    # ...", "an offshoot of the MiG-21 fighter, the J-7E")
    apposed = comma >= 0 and (_NAME_RUNS_ON.fullmatch(text, original.end, comma) is not None
                              or _kind_words_only(s, original.end, comma)) \
        and s.doc.tokens_between(comma + 1, made.start) <= 2
    # or a word of making or design, and the derivative a few words after it ("... в Польше был создан танк PT-91")
    # (a place, an article or a word for the kind of product may stand between: "entstand in China der Z-5")
    verb = copying or next((k for i, k in reversed(list(enumerate(between))) if k.value in {"produce", "design"}
                 and all(o.value in {"product_noun", "locative", "of", "year_word"} for o in between[i + 1:])), None)
    made_after_verb = verb is not None and "," not in text[verb.end:made.start] \
        and s.doc.tokens_between(verb.end, made.start) <= 3
    # or an auxiliary before it and the word of making right after it, where the verb ends the clause ("Auf Basis
    # des Mi-4 wurde in China der Z-5 gebaut")
    verb_last = any(k.value == "copula" for k in between) and "," not in text[original.end:made.start] \
        and s.near_after(made.end, ("produce", "design"), 1) is not None
    if not (apposed or made_after_verb or verb_last):
        return None
    return made, original


def _kind_words_only(s: Sentence, a: int, b: int) -> bool:
    """Whether the words between two places are one or two words for a product's kind or design and nothing else
    ("the T-72 | tank |,", "the MiG-21 | design |,")."""
    n = s.doc.tokens_between(a, b)
    spans = {(k.start, k.end) for k in s.cue_list("product_noun", "design") if a <= k.start and k.end <= b}
    return 1 <= n <= 2 and sum(s.doc.tokens_between(i, j) for i, j in spans) == n \
        and not s.doc.text[a:b].strip().startswith(("(", "（", "-", "–"))


def _made_from(s: Sentence) -> Iterator[Reading]:
    """"Из Т-55 был разработан Т-62", "Aus dem T-55 wurde der T-62 entwickelt": a design marked "from", then a word
    of design or making, then another design (or the other design, then the word) is what was made from the
    first."""
    if s.doc.particles_follow or s.has("export", "import", "arrive", "licence", *DERIVE):
        return
    marked = [(src, next((p for p in s.products if p.start >= src.end), None)) for src in s.cue_list("source")]
    # ("Z czołgu T-55 przerobiono ...": a one-letter word of "from", a word for its kind between)
    marked += [(p, p) for p in s.products if _one_letter_source(s, p)]
    # (and "T-55:stä"; not a range: "a T-55-től a T-72-ig", from the T-55 to the T-72)
    for src, original in marked + [(p, p) for p in s.products if p.case == "source" and not s.has("until")]:
        if original is None or _plain_tokens(s, src.end, original.start) - _cue_tokens(s, src.end, original.start) > 1:
            continue
        made = next((p for p in s.products if p.start >= original.end), None)
        # (or a word of "from" where a participle ends the clause: "Der Type 69 wurde aus dem Type 59 entwickelt")
        if (src is original and original.case == "source") or (src is not original and s.doc.participles_last):
            ahead = _made_before_from(s, original)
            if ahead is not None:
                s.parents.add(id(original))
                feats = {"cue_basis": 1.0, "distance": s.gap(ahead, original) / 10,
                         "extends": float(_extends(ahead, original))}
                yield _mk(s, ahead, "derived_from", original.value, feats, original, original, ahead,
                          qualifier="variant")
                continue
        if made is None or made.value == original.value or _extends(original, made) \
                or s.doc.tokens_between(original.end, made.start) > 6:
            continue
        if not s.doc.text[original.end:made.start].strip():
            continue   # ("une pièce de 152mm 2S35 Msta-S, sortie d'usine ...": two names side by side are one name)
        verbs = s.cue_list("design", "produce")
        before = any(original.end <= k.start and k.end <= made.start and s.doc.tokens_between(k.end, made.start) <= 3
                     for k in verbs)
        after = any(k.start >= made.end and s.doc.tokens_between(made.end, k.start) <= 1 for k in verbs) \
            and s.doc.tokens_between(original.end, made.start) <= 3
        # (nor two designs a word of "and" joins: "از تانک T-72 و تفنگ AK-47 ساخت چین استفاده می‌کند", the army
        # uses the T-72 and the China-made AK-47)
        if not (before or after) or any(m.kind in {"country", "org"} and not m.adjective
                                        and original.end <= m.start < made.start for m in s.mentions) \
                or (set(fold_phrase(s.doc.text[original.end:made.start]).split()) & and_words()) - articles():
            # (a word that is an article too says no "and": Hungarian "a T-55-ből fejlesztették ki a T-62-t")
            continue
        s.parents.add(id(original))
        feats = {"cue_basis": 1.0, "distance": s.gap(original, made) / 10, "extends": float(_extends(made, original))}
        yield _mk(s, made, "derived_from", original.value, feats, src, original, made, qualifier="variant")


def _made_before_from(s: Sentence, original: Mention) -> Mention | None:
    """"Rk 62 on kehitetty AK-47:stä", "Rk 62 on arendatud AK-47-st": a design in the case of "from" right after a word
    of design or making was the original of the other design that word follows (at most a copula between); where the
    verb comes last, the word right after the design marks it so ("Az AMD-65-öt az AKM-ből fejlesztették ki")."""
    verbs = s.cue_list("design", "produce")
    verb = next((k for k in verbs if k.end <= original.start and s.doc.tokens_between(k.end, original.start) == 0),
                None)
    # (past a case ending glued with a hyphen: "a T-55-ösből fejlődött ki")
    tail = CASE_TAIL.match(s.doc.text, original.end) if original.case == "source" else None
    end = tail.end() if tail is not None else original.end
    last = verb is None and any(k.start >= end and s.doc.tokens_between(end, k.start)
                                == _cue_tokens(s, end, k.start, ("source",)) for k in verbs)
    if verb is None and not last:
        return None
    edge = verb.start if verb is not None else original.start
    made = next((p for p in reversed(s.products) if p.end <= edge), None)
    if made is None or made.value == original.value or _extends(made, original) \
            or _plain_tokens(s, made.end, edge) - _cue_tokens(s, made.end, edge, ("copula",)) > (2 if last else 0) \
            or any(m.kind in {"country", "org"} and made.end <= m.start < edge for m in s.mentions):
        return None
    return made


_ONE_LETTER_WORD = lazy_compile(r"(?<!\S)([^\W\d_])\s+(?:[^\W\d_]+\s+)?$")


def _one_letter_source(s: Sentence, p: Mention) -> bool:
    """Whether a one-letter word of "from" opens the sentence before a name, with at most a word for its kind between
    ("Z czołgu T-55 ...", "С танка Т-55 ..."; not "одновременно с АК-47", where the word is "with")."""
    m = _ONE_LETTER_WORD.search(s.doc.text, s.start, p.start)
    if m is None or s.doc.text[s.start:m.start(1)].strip():
        return False
    return _particle_is(s, m.group(1), "source") and _plain_tokens(s, m.end(1), p.start) <= 1


_NAMES_BEFORE = lazy_compile(r"(?:[^\W\d_]+[-‐ ])*[^\W\d_]+[ \u00a0]+$")


def _designer_before(s: Sentence, start: int, end: int) -> int:
    """Where the designers' names right before ``end`` begin ("Mikoyan-Gurevich " before "MiG-21"), past ``start``;
    ``end`` where none stand there."""
    named = _NAMES_BEFORE.search(s.doc.text, start, end)
    while named is not None:
        words = [w for w in re.split(r"[\W_]+", named.group()) if w]
        if words and all(w in shapes().designers for w in words):
            return named.start()
        # (the longest run first: drop its first word and try again)
        nxt = re.search(r"[-‐ ]", s.doc.text[named.start():end])
        named = _NAMES_BEFORE.search(s.doc.text, named.start() + nxt.end(), end) if nxt is not None else None
    return end


def _run_after(s: Sentence, pos: int, window: int, kinds: bool = False) -> list[Mention]:
    """Products after ``pos``: the first within ``window`` tokens, then a list of them close together (with
    ``kinds``, items that each open with a word for their kind too: "received T-72M tanks, rocket launchers BM-21
    and missiles 9K38", "a reçu des chars T-72M, des lance-roquettes BM-21")."""
    out: list[Mention] = []
    last = pos
    # "Y-5 (a copy of the An-2) and Y-7": a word in brackets names nothing past their end
    text = s.doc.text
    closes = [i for i in (text.find(")", pos, s.end), text.find("）", pos, s.end)) if i >= 0] \
        if open_bracket(text, s.start, pos) >= 0 else []
    limit = min(closes) if closes else s.end
    for p in s.products:
        if p.start < pos:
            continue
        if p.start >= limit:
            break
        plain = _plain_tokens(s, last, p.start, nouns=False)
        if not out and not p.generic:
            # the first may stand past a word for its kind, a word at most between ("a version of the legendary
            # assault rifle AK-47", "phiên bản của khẩu tiểu liên huyền thoại AK-47")
            # (a designer's name glued before the name is no word of its own: "del viejo caza
            # Mikoyan-Gurevich MiG-21")
            signed = _designer_before(s, last, p.start)
            plain -= s.doc.tokens_between(signed, p.start)
            plain -= sum(s.doc.tokens_between(k.start, k.end) for k in s.cue_list("product_noun")
                         if last <= k.start and k.end <= p.start
                         and s.doc.tokens_between(k.end, signed) <= (2 if s.doc.adjectives_follow else 1))
        if out:
            plain -= _and_phrase_words(text[last:p.start])   # ("T-72M tanks as well as BMP-3 vehicles")
        if plain > (window if not out else 3):
            break
        if out and not kinds and _new_item(s, last, p.start):
            break   # "built on the MiG-17 and MiG-19, the trainer JJ-5, ...": a new item of a longer list
        if out and not _joins_list(s, last, p.start) and not (p.family and p.family == out[-1].family) \
                and not (kinds and _new_item(s, last, p.start) and s.doc.tokens_between(last, p.start) <= 4):
            # "a version of the AK-74, which replaced the AKM": a verb between names ends the list, unless the
            # names are of one family ("UKM-2000P, ... UKM-2000C")
            break
        out.append(p)
        last = p.end
    return out


def _new_item(s: Sentence, a: int, b: int) -> bool:
    """A comma, then a word for a kind of product, between two names: the second begins an item of its own."""
    comma = s.doc.text.find(",", a, b)
    return comma >= 0 and any(m.kind == "cue" and m.value == "product_noun" and comma < m.start < b
                              for m in s.mentions)


def _owner_first(s: Sentence, owner: Mention, cue: Mention) -> bool:
    """Whether the name before a version word owns it: in a language that puts the owner first ("AK-47의 개량형"),
    or marked as an owner ("the AK-47's version"); not "АКМС — модификация АКМ", where the owner follows."""
    return s.doc.genitive_first or s.doc.text[owner.end:cue.start].lstrip().startswith(("'s", "’s"))


def _owner_marked(s: Sentence, owner: Mention, cue: Mention) -> bool:
    """Whether an owner's mark stands between a name and the word right after it ("MiG-21のコピー", "米格-21的仿制品",
    "the MiG-21's copy"): the word is a noun the name owns, not a verb the name is the subject of ("56式,仿制AK-47")."""
    a = _past_kind_word(s, owner, cue)
    # (a country's adjective on the word may stand between: "Su-27'nin Çin kopyası", the Su-27's Chinese copy)
    adjectives = [c for c in s.mentions if c.kind == "country" and c.adjective and a <= c.start and c.end <= cue.start]
    between = s.doc.text[a:adjectives[0].start if adjectives else cue.start].strip()
    if adjectives and s.doc.text[adjectives[-1].end:cue.start].strip():
        return False
    return between in s.doc.genitive_marks or between in {"'s", "’s"}


def _relative_head(s: Sentence, cue: Mention, original: Mention) -> Mention | None:
    """The name a clause of copying or basis describes where the owner comes first and no particle follows the verb's
    object: the verb, its object within two words, then an owner's mark and the name ("仿制苏联RPD的56式", "基于
    T-54A的59式"), a word for the original's kind at most between ("仿制AK-47突击步枪的56式冲锋枪")."""
    if not s.doc.genitive_first or s.doc.particles_follow or not s.doc.genitive_marks:
        return None
    text = s.doc.text
    if s.doc.tokens_between(cue.end, original.start) > 2 or _CLAUSE_BREAK.search(text, cue.end, original.start):
        return None
    head = next((p for p in s.products if p.start >= original.end), None)
    if head is None or head.generic or s.doc.tokens_between(original.end, head.start) > 3:
        return None
    between = text[original.end:head.start].strip()
    if not between.endswith(tuple(s.doc.genitive_marks)) or _CLAUSE_BREAK.search(between) \
            or any(original.end <= k.start and k.end <= head.start
                   for cls, ks in s.cues.items() if cls != "product_noun" for k in ks):
        return None
    return head


def _owner_glued(s: Sentence, owner: Mention, cue: Mention) -> bool:
    """Whether an owner's mark glued to a name makes it the owner of a word a few words on, only words that qualify
    the word between ("T-72'nin yakın bir türevi", the T-72's close derivative)."""
    # (or, in a script without spaces, the mark right after the name: "T-55AM的国产仿制型号", the T-55AM's home copy)
    end = _past_kind_word(s, owner, cue)   # (a word of its kind may stand between: "59式坦克的另一种改型")
    mark = next((g for g in s.doc.genitive_marks if s.doc.text.startswith(g, end)
                 and (g[:1] in "'’-" or han_or_kana(g[:1]) or "\uac00" <= g[:1] <= "\ud7a3")), None)
    if mark is None:
        return False
    a = end + len(mark)
    # (a country's name right on the word may stand between: "AK-47的中国仿制型", the AK-47's Chinese copy)
    return s.doc.tokens_between(a, cue.start) <= (2 if mark[:1] in "'’-" else 4) and not any(
        a <= m.start < cue.start and m.kind in {"product", "country", "org", "year"}
        and not (m.kind == "country" and s.doc.tokens_between(m.end, cue.start) == 0) for m in s.mentions)


def _past_kind_word(s: Sentence, owner: Mention, cue: Mention) -> int:
    """Where a name ends, with the word of its kind after it, before a word: a word of its kind may stand between,
    with a short word describing it where words run together ("C-75地空导弹的基础上", "C-75中程地空导弹的", the
    medium-range surface-to-air missile's)."""
    return max((k.end for k in s.cue_list("product_noun") if owner.end <= k.start and k.end <= cue.start
                and (not s.doc.text[owner.end:k.start].strip()
                     or (k.start - owner.end <= 2 and all(han_or_kana(ch) for ch in s.doc.text[owner.end:k.start])
                         and not any(owner.end <= m.start < k.start for m in s.mentions))
                     # (or the second model's number a slash joins to the name: "TT30/33手枪为蓝本")
                     or _SLASHED_MODEL.fullmatch(s.doc.text, owner.end, k.start) is not None)), default=owner.end)


_SLASHED_MODEL = lazy_compile(r"[/／]\d{1,4}")


def _placed_owner(s: Sentence, owner: Mention, cue: Mention) -> bool:
    """Whether a name stands right before a noun of basis with a word of place right before it, no owner's mark
    between ("在歼-5基础上", at the J-5 basis), or inside a frame a basis word closes ("以歼-5为基础", taking the J-5
    as the basis; a country that owns the name may stand inside: "以苏联的D-30为原型"): the frame makes the name the
    basis's owner, as the mark would."""
    if not s.doc.particle_before(owner.start, {"locative"}) \
            and s.near_before(owner.start, ("locative",), 0) is None and not _framed(s, owner):
        return False
    return not s.doc.text[_past_kind_word(s, owner, cue):cue.start].strip()


def _framed(s: Sentence, owner: Mention) -> bool:
    """Whether the word that opens a frame of basis (class ``frame``, Chinese 以) stands right before a name, or
    before the country that owns it ("以苏联的D-30")."""
    pos = owner.start
    mark = next((g for g in s.doc.genitive_marks if s.doc.text.endswith(g, 0, pos)), None)
    country = next((m for m in s.mentions if m.kind == "country" and mark is not None
                    and m.end == pos - len(mark)), None)
    if country is not None:
        pos = country.start
    return s.doc.particle_before(pos, {"frame"})


def _owns_plain_noun(s: Sentence, p: Mention) -> bool:
    """Whether a name is marked as the owner of a plain noun right after it ("T-80のパーツ", "T-80의 부품": its
    parts), not of a word the extractor knows ("T-80の生産", its production; "T-80のコピー", a copy of it)."""
    if not s.doc.genitive_first:
        return False
    after = s.doc.text[p.end:p.end + 4]
    mark = next((m for m in s.doc.genitive_marks if after.startswith(m)), None)
    if mark is None:
        return False
    rest = s.doc.text[p.end + len(mark):s.end]
    pos = p.end + len(mark) + len(rest) - len(rest.lstrip())
    # (a part word the file lists is such a noun too: "T-54Aのパーツ")
    return pos < s.end and not any(m.start <= pos < m.end and not (m.kind == "cue" and m.value == "part")
                                   for m in s.mentions)


def _opens_with_genitive(s: Sentence, text: str) -> bool:
    """Whether a stretch of text opens with the language's mark of an owner ("の", "의", "的")."""
    text = text.lstrip()
    return any(text.startswith(g) for g in s.doc.genitive_marks)


def _cue_tokens(s: Sentence, a: int, b: int, classes: tuple[str, ...] = ("variant",)) -> int:
    """Tokens of cue words of the classes given between two places; by default version words ("the AK-47's |
    modernised | version")."""
    return sum(s.doc.tokens_between(k.start, k.end) for k in s.cue_list(*classes) if a <= k.start and k.end <= b)


def _set_off(s: Sentence, k: Mention) -> bool:
    """Whether a word opens an aside after a comma, an article between ("Type 56 rifles, a copy of the AK-47, ...")."""
    comma = s.doc.text.rfind(",", s.start, k.start)
    return comma >= 0 and _named_after_comma(s, comma, k.start)


def _run_before(s: Sentence, before: list[Mention], cue: Mention) -> list[Mention]:
    """The products a cue speaks of, of those named before it: not a name that an earlier clause compared with
    another or derived from another ("the BJ-212, similar to the UAZ-469, or the Type 56, copied from")."""
    own = ("resemble", *DERIVE)
    # (nor the original an earlier word of copies names: "Type 56 rifles, a copy of the AK-47, and Type 69
    # launchers, a copy of the RPG-7")
    kept = [p for p in before if s.near_before(p.start, ("resemble",), 2) is None
            and not any(p.end <= k.start and k.end <= cue.start for k in s.cue_list(*own) if k is not cue)
            and not any(k.end <= p.start and s.doc.tokens_between(k.end, p.start) <= 2 and _set_off(s, k)
                        for k in s.cue_list(*DERIVE) if k is not cue)]
    return kept or before[-1:]


def _list_back(s: Sentence, run: list[Mention]) -> list[Mention]:
    """``run`` (products in text order) with the names before it that one list joins to its first."""
    earlier = [p for p in s.products if p.end <= run[0].start and p.start >= s.start
               and not s.named_aside(p) and not s.compared(p)][::-1]
    return [*_listed(s, [run[0], *earlier])[:0:-1], *run]


def _role(m: Mention) -> str:
    """The role a case ending gives a name ("" for none, as for the plain form)."""
    return "" if m.case in {None, "", "plain"} else str(m.case)


def _copied_list(s: Sentence, cue: Mention, a: Mention, b: Mention) -> bool:
    """Whether two names joined as a list stand before a copy word whose copier follows ("the T-54 and the T-55
    were copied by China"): both were copied, neither is the other's copy."""
    return cue.value == "copy" and bool(_copier_after(s, cue)) and _joins_list(s, a.end, b.start)


def _listed(s: Sentence, run: list[Mention]) -> list[Mention]:
    """The first of ``run`` (products in text order, or in reverse) and those joined to it as one list ("the T-54
    and the T-55")."""
    out = run[:1]
    for a, b in itertools.pairwise(run):
        first, second = (a, b) if a.start < b.start else (b, a)
        if _extends(b, a) or _extends(a, b) or not _joins_list(s, first.end, second.start) \
                or (b is second and _opens_clause(s, b)):
            break   # (not the subject of a clause of its own after the verb: "China copied the MiG-21 and the J-7
            #          first flew in 1966")
        out.append(b)
    return out


def _opens_clause(s: Sentence, p: Mention) -> bool:
    """Whether a name is followed right away by a verb of its own (a word of making, service, export or a test)."""
    return any(k.start >= p.end and s.doc.tokens_between(p.end, k.start) == 0 for k in s.cue_list(*_VERB_CLASSES))


_VERB_CLASSES = ("produce", "introduce", "service", "export", "import", "trial", "copula", "design", "arrive")


def _joins_list(s: Sentence, a: int, b: int) -> bool:
    """Whether only list marks, short joining words ("and the", "i", "và", "和") and country adjectives stand
    between two names."""
    text = s.doc.text
    words = {"product_noun", "licence", "unlicensed"}
    # (and a country with the genitive mark glued after it: "罗马尼亚的PM md. 63、东德的MPi-KM和南斯拉夫的M70")
    quiet = [m for m in s.mentions if a <= m.start < b
             and ((m.kind == "country" and (m.adjective or _genitive_glued(s, m)))
                  or (m.kind == "cue" and m.value in words))]
    kept = "".join(" " if any(m.start <= i < m.end for m in quiet) else text[i] for i in range(a, b))
    kept = _AND_PHRASES.sub(" ", kept) if _and_phrase_words(kept) else kept   # ("as well as", "ainsi que")
    return all(len(word) <= 7 for word in re.findall(r"[^\W\d_]+", kept)) and len(kept.split()) <= 3


def _genitive_glued(s: Sentence, m: Mention) -> bool:
    """Whether a one-character genitive mark is glued right after a mention ("东德的", "ソ連の")."""
    mark = s.doc.text[m.end:m.end + 1]
    return bool(mark) and mark in s.doc.genitive_marks


_TRADE_CLASSES = ("export", "import", "produce", "destination", "locative", "since")


def _past_seller(s: Sentence, cue: Mention, took: list[Mention]) -> list[Mention]:
    """The names a word for "and" joins to what a verb of trade takes, past the other party a word of "from" (or, after
    a verb of buying, a word of "to" or "from" in one: "compró fusiles AKM a la URSS") names after it ("bought AKM
    rifles from the USSR, as well as Chinese Type 56 rifles"): they went too."""
    if not took:
        return []
    text, last = s.doc.text, took[-1]
    source = next((k for k in s.cue_list("source") if k.start >= last.end
                   and s.doc.tokens_between(last.end, k.start) <= 1), None)
    seller = None if source is None else next(
        (c for c in s.mentions if c.kind == "country" and c.start >= source.end
         and s.doc.tokens_between(source.end, c.start) <= 1), None)
    if seller is None and cue.value == "import":
        # ("compró fusiles AKM a la URSS", "a acheté des fusils AKM à l'URSS": a word both "to" and "from")
        seller = next((c for c in s.mentions if c.kind == "country" and not c.adjective and c.start >= last.end
                       and 1 <= s.doc.tokens_between(last.end, c.start) <= 3
                       and not any(last.end <= m.start and m.end <= c.start and m.kind != "cue" for m in s.mentions)
                       and not any(last.end <= k.start and k.end <= c.start and k.value != "product_noun"
                                   for k in s.cue_list(*_TRADE_CLASSES))), None)
    if seller is None:
        return []
    joined = [p for p in _run_after(s, seller.end, 4, kinds=True) if p in s.subjects()]
    if not joined or any(seller.end <= m.start and m.end <= joined[0].start and (
            (m.kind == "country" and not m.adjective) or (m.kind == "cue" and m.value in _TRADE_CLASSES))
            for m in s.mentions):
        return []   # ("bought AKMs from the USSR, and Syria bought Type 56 rifles": another clause's buyer)
    between = fold_phrase(text[seller.end:joined[0].start].lstrip(" ,")).split()
    opens = bool(_AND_PHRASES.match(text[seller.end:joined[0].start].lstrip(" ,"))) \
        or (bool(between) and between[0] in and_words())
    return joined if opens else []


def _and_phrase_words(text: str) -> int:
    """The words of the phrases for "and" of more than one word in ``text`` ("as well as", "ainsi que")."""
    return sum(len(m.group().split()) for m in _AND_PHRASES.finditer(text))


_AND_PHRASES = lazy_compile(r"(?i)(?<!\w)(?:" + "|".join(re.escape(w) for w in and_phrases()) + r"|(?!))(?!\w)")


def _named_after_comma(s: Sentence, a: int, b: int) -> bool:
    """Whether only a comma and an article stand between a word and a name ("a copy, the J-6")."""
    between = s.doc.text[a:b].strip()
    words = between[1:].split() if between.startswith(",") else None
    return words is not None and len(words) <= 1 and all(fold_phrase(w).strip() in articles() for w in words)


# a comma and the words of an apposition before a copy word: "The BVP-1, a Czechoslovak copy", "the Y-7, its copy"
# (a comma, or a label's colon or dash: "- Type 59: Chinese copy made by Factory 617", "AMD-65 – Hungarian variant")
_APPOSED_COPY = lazy_compile(r"(?:,|[:：]|\s[-–—])\s[^,;:()]{0,40}")
_KIND_SUFFIX = lazy_compile(r"-[^\W\d_]{2,20}\s?")   # a word for the kind glued to a name ("J-6-jagers")


def _derivations(s: Sentence, w: Weights) -> Iterator[Reading]:
    window = w.windows["derive_object"]
    cues = s.cue_list(*DERIVE, "basis_reverse")
    # "a copy of the M-30 (M1938)": a name alone in brackets after the original a word names is another name of
    # it, no second original (not two designs the registry derives one from the other: "the J-5 (MiG-17)"; before
    # the word, "The Lim-2 (MiG-15bis) was a licensed copy", the pair may be copy and original)
    glosses = {id(b) for a, b in _glossed(s) if _lineage(s, a, b) is None}
    claimed: list[tuple[int, int]] = []   # stretches a copula's list of versions took, words of kind inside them
    # (child, original) a frame of basis read: a later word of copying does not turn them round ("以D-30为原型,仿制了
    # 86式", taking the D-30 as the model, copied the Type 86: the verb's object is the copy, not its original)
    settled: set[tuple[int, int]] = set()
    parts_named = _parts_named(s) if s.has("part") else set()
    for cue in cues:
        if s.near_before(cue.start, ("resemble",), 3) or s.near_after(cue.end, ("resemble",), 2):
            continue
        if cue.value == "successor" and (s.near_before(cue.start, ("contest",), 2) is not None or (
                s.doc.particles_follow and s.near_after(cue.end, ("contest",), 3) is not None)):
            continue   # ("entered in a contest for a successor to the TT": it was to replace it, not grown from it)
        if cue.value == "variant" and _unnamed_own_versions(s, cue):
            yield from _owned_versions_of_a_country(s, cue)
            continue   # "the Mi-8 and its variants served on", "a Mi-8-at, valamint annak variánsait": versions
            #            a possessive gives the name before it, with no name after the word, pair it with nothing
        if not s.doc.particles_follow and s.near_before(cue.start, ("unlike",), 0) is not None:
            continue   # ("Instead of copying the Mi-8, China developed the Z-8": a making set aside)
        if _versions_set_against(s, cue):
            continue   # ("lighter in comparison with the first variants, for example the T-62A": compared, no versions)
        if _lineage_of_its_own(s, cue):
            continue   # ("the model Mi-171 is based on the model Mi-17": the words only name the kind of each)
        if any(b.start < cue.end and cue.start < b.end for b in s.bases):
            continue   # ("the basis for the ZB-9 was the KT-24": a copula read the basis noun inside it)
        if cue.value in {"basis", "variant"} and any(k.end <= cue.start and s.doc.tokens_between(k.end, cue.start) <= 1
                                        for k in s.cue_list("basis_reverse")):
            continue   # ("the M-46 led to the design of the Type 59-1": the phrase of basis is what the word of what
            #            came of it leads to; that word reads the pair, the later design from the earlier)
        coordinated = False   # (a verb joined by "and" to the clause before: its subject is that clause's)
        if any(a <= cue.start and cue.end <= b for a, b in claimed):
            continue   # ("Als Varianten des Mi-8 gelten die Modelle Mi-17, Mi-18": "Modelle" names the same list)
        if any(k is not cue and (k.value == cue.value or "basis_reverse" in {k.value, cue.value})
               and k.start <= cue.start and cue.end <= k.end
               and k.end - k.start > cue.end - cue.start
               and not any(k.start <= p.start and p.end <= k.end for p in s.products) for k in cues):
            continue   # "alapján | készült": a derivation word inside a longer one reads as the longer one
        # ("copie cinesi, italiane (il FIROS)": a name that opens a country's brackets is that country's copy, no
        # original; not "Irán (como una copia del fusil Tipo 79)")
        # (nor past a word of what came of it: "was modernized, which led to the Lim-6" names what was built on it)
        after = [p for p in _run_after(s, _of_after_words(s, cue), window)
                 if not _opens_country_bracket(s, p) and id(p) not in glosses
                 and not _denied_alternative(s, cue, p)
                 and (cue.value == "basis_reverse" or not any(cue.end <= k.start and k.end <= p.start
                                                              for k in s.cue_list("basis_reverse")))]
        if after and any((cue.end <= k.start and k.end <= after[0].start)
                         or (k.start >= after[0].end and not s.doc.text[after[0].end:k.start].strip())
                         for k in s.cue_list("part")):
            continue   # "a Polish version of the W-55 engine", "la version polonaise du moteur W-55": the version
            #            is the part's, not the vehicle's ("a copy of the AK-47, ammunition for it" is the rifle's)
        if _said_of_own_part(s, cue):
            continue   # "the Lim-5 and its engine, also copied, ...": the copy word is said of the part
        if not after and cue.value == "basis" and s.near_after(cue.end, ("licence", "documents"), 1) is not None:
            continue   # ("Cina membuat senapan itu atas dasar lisensi", made the rifle on the basis of a licence, "na
            #            základě dokumentace", of documentation: the word of basis says how it was made; it names
            #            no original of another name)
        if _upgrades_units(s, cue, after):
            continue   # "that factory also turns out upgraded T-90 tanks": units upgraded, no version of another
        if _qualifies_next(s, cue, cues):
            continue   # "the improved variants Type 81 and Type 90": a word of versions on the next word is its
            #            adjective, the next word speaks
        # (not another name of the subject in an aside: "The Rk 62, also known as the Valmet M62, is based on")
        # (nor the original a derivation denied before names: "not a derivative of the AK-47, but of the FNC")
        before = [p for p in s.products if p.end <= cue.start and not s.named_aside(p) and not s.compared(p)
                  and id(p) not in parts_named   # ("马卡洛夫手枪弹": the Makarov's cartridge, no design)
                  # (an aside in brackets counts as one word: "Q-77 — собранная в провинции (с помощью другого
                  # завода) копия МиГ-19")
                  and _outside_brackets(s, p.end, cue.start) <= w.windows["derive_subject"]
                  and not any(k is not cue and k.end <= p.start and s.doc.tokens_between(k.end, p.start) <= 2
                              and s.negated(k) for k in cues)]
        opened = open_bracket(s.doc.text, s.start, cue.start)
        # "Iran (as a copy of the Type 79)": the copy is the country's own, not the product spoken of
        beside_country = opened >= 0 and any(m.kind == "country" and m.end <= opened
                                             and not s.doc.text[m.end:opened].strip() for m in s.mentions)
        if opened >= 0:
            # "Iran (as a copy of the Type 79)", "AK-47MA1 (a variant of the AK-47M1)": a cue in brackets speaks
            # of what the brackets stand beside, or of a product inside them
            # ("J-6-jagers (een kopie van ...)": a word for its kind glued to the name may stand between; not a word
            # apart, "J-6 fighters (...)", which cost a right reading on the dev set)
            before = [p for p in before if p.start > opened
                      or (p.end <= opened and (s.doc.tokens_between(p.end, opened) == 0
                                               or _KIND_SUFFIX.fullmatch(s.doc.text[p.end:opened]) is not None))]
            if not before and any(id(p) in s.part_names() and p.end <= opened
                                  and s.doc.tokens_between(p.end, opened) <= 2 for p in s.products):
                continue   # "lắp động cơ WS-10 mới (phát triển từ AL-31F)": brackets a part and its adjective
                #            open speak of the part, not of the design it is fitted to
        else:
            # "El J-7 (en chino: 歼-7; modelo de exportación: F-7) es una versión del MiG-21": a name in
            # brackets closed before the word glosses the name right before them, which the word speaks of
            # (the name before the brackets is the word's subject however long the brackets run)
            heads = [q for q in s.products if q.end <= cue.start and not s.named_aside(q) and not s.compared(q)
                     and any(p is not q and _glossing(s, p, [q], cue) for p in before)]
            before = sorted([p for p in before if not _glossing(s, p, before + heads, cue) and p not in heads]
                            + heads, key=lambda p: p.start)
        pairs: list[tuple[Mention, Mention]] = []   # (child, parent)
        # (versions set right after their word, of the product spoken of before: the words from the sentence's
        # start to the word are no distance of theirs, "... with some 500 of the later variants Type 97-I and II")
        beside: set[int] = set()
        fronted_pair = owned = False
        # (whether the versions are named after the word, as examples or after a colon or a copula: "Hungarian versions
        # of it included the An-2X", each made where the word's adjective says)
        named_after = False
        example = next((k for k in s.cue_list("example") if k.start >= cue.end
                        and s.doc.tokens_between(cue.end, k.start) <= 6), None) \
            if cue.value in {"variant", "copy", "basis"} else None
        example = example or next((k for k in s.cue_list("as_name", "like") if k.start >= cue.end
                                   and _as_example(s, k)), None)
        # (a basis's examples only where a name between it and them is the original and nothing named before it is
        # what was based on it: "tanks based on the Type 59, such as the Type 69"; not "the PT-91, based on the
        # T-72, like the M-84", nor "based on Soviet weapons such as the SKS", where the examples are originals)
        example = None if cue.value == "basis" and example is not None and (before or not any(
            cue.end <= p.start and p.end <= example.start for p in s.products)) else example
        listed = _run_after(s, example.end, 2, kinds=True) if example is not None else []
        held = [p for p in s.products if cue.start <= p.start and p.end <= cue.end]
        if held and cue.value in {"basis", "basis_reverse"}:
            pairs = _held_pair(s, cue, held[-1], before, after)
        elif example is not None and listed \
                and not any(example.end <= k.start and k.end <= listed[0].start for k in cues):
            # "variants of the tank, such as the Type 69-II and the Type 79", "copies like the Type 56", "tanks
            # based on the Type 59, such as the Type 69": the names after a word of example are the versions; their
            # original is named between (or before) the words, else it is the product spoken of
            between = [p for p in s.products if cue.end <= p.start and p.end <= example.start]
            owner = _owned_version(s, cue, listed[0])   # ("the Lim-5 had its own variants such as the Lim-6")
            parent = owner or (between[-1] if between else before[-1] if before else s.topic)
            # (not the parts of a design, "including its D-10T gun", nor what the registry knows as no kin of it:
            # "a copy of the AKM and other arms such as the RPG-7")
            listed = [a for a in listed if not any(example.end <= k.start and k.end <= a.start
                                                   for k in s.cue_list("possessive"))
                      and not (parent is not None and a.entity is not None and parent.entity is not None
                               and s.doc.derives is not None and not s.doc.derives(a.entity, parent.entity))]
            pairs = [(a, parent) for a in listed] if parent is not None else []
            owned = owner is not None
            named_after = True
        elif after and cue.value in {"copy", "basis"} and (head := _relative_head(s, cue, after[0])) is not None:
            # "仿制RPG-7的69式火箭筒", "基于T-54A的59式坦克": where the owner comes first, a clause of copying that
            # 的 closes describes the name right after it, the copy; the verb's object is its original
            pairs = [(head, after[0])] if head.value != after[0].value else []
        elif after and cue.value in {"variant", "copy"} and not s.doc.particles_follow and (
                s.doc.text[cue.end:after[0].start].lstrip().startswith(":")
                or (any(cue.end <= k.start and k.end <= after[0].start for k in s.cue_list("copula"))
                    and not any(cue.end <= k.start and k.end <= after[0].start for k in s.cue_list("of", "source"))
                    and not any(p.start >= s.start and p.end <= cue.start for p in s.products))):
            # "Variants: Type 56-1, QBZ-56C", "other versions are the QBZ-56C and the Type 84S": the names a colon
            # or a copula sets after the word are the versions, of the name before it or of the product spoken of
            parent = before[-1] if before else s.topic
            pairs = [(a, parent) for a in after if parent is not None and a.value != parent.value]
            named_after = True
        elif after and cue.value in {"variant", "copy"} and not s.doc.particles_follow \
                and _original_owned(s, cue, after[0]) \
                and (verb := _copula_after(s, after[0])) >= 0 \
                and (versions := _run_after(s, verb, 6)) \
                and not any(verb <= m.start < versions[0].start and (m.kind == "country" or m.value in _DOINGS)
                            for m in s.mentions):   # (not a passive: "versions of the T-72 were built in Poland")
            # "Variants of the Mi-8 are the Mi-17, Mi-18 and Mi-19", "Als Varianten des Mi-8 gelten die Modelle
            # Mi-17, Mi-18", "Модификации Т-97: ...": the names a copula (or a colon) sets after the original the
            # word names are its versions
            pairs = [(a, after[0]) for a in versions if a.value != after[0].value and not _extends(after[0], a)]
            claimed.append((verb, versions[-1].end))
        elif before and after and cue.value in {"variant", "copy"} and s.doc.text[before[-1].end:cue.start] == "-" \
                and s.doc.tokens_between(cue.end, after[0].start) <= 2:
            # "der Scud-Variante Hwasong 6": a name joined to the word owns it; but a word of "of" between the word
            # and the next name makes that name the original, the joined one the version ("die TR-85-Varianten
            # des T-55", the TR-85 versions of the T-55)
            of = any(cue.end <= k.start and k.end <= after[0].start for k in s.cue_list("of"))
            pairs = [(before[-1], after[0])] if of else [(after[0], before[-1])]
        elif cue.value == "basis_reverse" and (taken := _taken_as_basis(s, cue, before, after)) is not None:
            pairs = [taken] if taken[0].value != taken[1].value else []
        elif cue.value == "basis_reverse":
            parent = before[-1] if before else s.topic
            # "was the basis of several other tanks, such as the Type 62 and the Type 69": the names a word of
            # example lists after the basis's own words are what was built on it
            # (or a word that likens, after a comma: "the basis of several other tanks, like the Type 62")
            shown = next((k for k in s.cue_list("example", "like") if k.start >= cue.end
                          and s.doc.tokens_between(cue.end, k.start) <= 6
                          and (k.value == "example" or s.doc.text[:k.start].rstrip().endswith(","))
                          and not any(cue.end <= p.start and p.end <= k.start for p in s.products)), None)
            if shown is not None and (not after or after[0].start >= shown.end):
                after = _run_after(s, shown.end, 2, kinds=True)
            if parent is not None:
                pairs = [(a, parent) for a in after]
            ending = s.doc.text[before[-1].end:cue.start].strip() if before else " "
            lead = s.doc.text[before[-1].end:cue.end].strip() if before else ""
            # (a word for its kind may stand between the name and the mark: "T-62Xは80式戦車のベースとなった")
            noun = next((k for k in s.cue_list("product_noun") if before and k.start >= before[-1].end
                         and not s.doc.text[before[-1].end:k.start].strip()), None)
            if noun is not None and _opens_with_genitive(s, s.doc.text[noun.end:cue.end]):
                lead = s.doc.text[noun.end:cue.end].strip()
            if not after and len(before) >= 2 and _opens_with_genitive(s, lead):
                # "MiG-21F-13はJ-7の元になった": the basis of the name the mark makes the owner, the derivative
                pairs = [(before[-1], before[-2])]
            elif not after and len(before) >= 2 and " " not in ending and len(ending) <= 5:
                # "T-55 loodi T-54 baasil": a basis word right after its original (a case ending may stay on it:
                # "a T-72-n alapul"), nothing named after it; the derivative is named before
                pairs = [(before[-2], before[-1])]
        elif cue.value == "basis" and s.doc.genitive_first and before \
                and (_owner_marked(s, before[-1], cue) or _placed_owner(s, before[-1], cue)) \
                and (child := _basis_child(s, before, cue)) is not None \
                and child.value != before[-1].value:
            # "在歼-5的基础上,成都飞机厂研制了歼-5甲", "歼-7是在米格-21的基础上研制的": the name the mark makes the
            # basis's owner is the original; the derivative is named later in the sentence (with those a list
            # joins to it: "研制歼-5甲和歼教-5"), or before it
            listed = _listed(s, [p for p in s.products if p.start >= child.start]) if child.start >= cue.end \
                else [child]
            pairs = [(c, before[-1]) for c in listed if c.value != before[-1].value]
            settled.update((id(c), id(p)) for c, p in pairs)
        elif after and (before or s.topic is not None) and not s.doc.particles_follow \
                and (pointer := s.near_after(cue.end, ("anaphor",), 0)) is not None and pointer.end <= after[0].start \
                and any(pointer.end <= k.start and k.end <= after[0].start
                        and s.doc.tokens_between(pointer.end, k.start) > 0   # (a verb: not "this design, the T-64")
                        for k in s.cue_list("produce", "design")):
            # "based on these missiles, built the Hwasong-5": the original is the one a word points back at; what is
            # named after the verb is made from it
            pointed = before[-1] if before else s.topic
            pairs = [(after[0], pointed)] if pointed is not None else []
        elif after and before and any(_extends(a, before[-1]) for a in after):
            pairs = [(a, before[-1]) for a in after if _extends(a, before[-1])]   # "X in versions: X-1, X-2"
        elif after and cue.value in {"variant", "copy"} and (given := _own_version_named(s, cue, after[0])) is not None:
            # "под названием Тип 58 в КНР выпускали свою версию Т-34", under the name Type 58 China made its own
            # version of the T-34: the name a naming word gives before "its own version" is the version's
            pairs = [(given, after[0])]
            fronted_pair = True
        elif after and (cue.value in {"variant", "copy"} or (cue.value == "basis" and s.doc.genitive_first)) \
                and (owner := _owned_version(s, cue, after[0])) is not None \
                and (cue.value != "copy" or not any(m.kind in {"country", "org"} and not m.adjective
                                                    and s.start <= m.start and m.end <= cue.start
                                                    for m in s.mentions)):
            # "the SM-1 and later its improved version, the SM-2"; "el SVD y sus variantes (SVDK y SVDS)": each of
            # a list; a copy too ("АК-47 появился в 1949 году, а его копия Type 56"), unless a country or a maker
            # owns it in its clause ("Китай выпускал свою копию АК-47" names the original after the word)
            pairs = [(a, owner) for a in _listed(s, after) if a.value != owner.value]
            owned = True   # (the owner stays what the sentence speaks of: "built the SM-1 from 1957")
        elif after and cue.value in {"variant", "copy", "basis"} and not s.doc.particles_follow \
                and s.doc.text[after[0].end:].lstrip().startswith(":") \
                and (cue.value == "basis"   # (whose word holds its own "from": "derived from", "based on")
                     or any(cue.end <= k.start and k.end <= after[0].start for k in s.cue_list("of", "source"))) \
                and (versions := _run_after(s, (colon := s.doc.text.index(":", after[0].end) + 1), 6)) \
                and s.doc.tokens_between(colon, versions[0].start) <= 1:   # (an article: not "...: the changes were")
            # "two versions derived from the AKM: the Md. 65 and the Md. 90", "dos versiones del AKM: el ...": the
            # names a colon lists after the original the word names are its versions
            pairs = [(a, after[0]) for a in _listed(s, versions) if a.value != after[0].value]
            claimed.append((after[0].end, versions[-1].end))
        elif after and before and cue.value == "variant" and _joined_versions(s, before[-1], cue, after[0]):
            # "the MiG-21 and the improved variants Type 81 and Type 90": where "of" is a word, names right after
            # a word of versions joined to a name before are versions of it, not its originals
            pairs = [(a, before[-1]) for a in _listed(s, after) if a.value != before[-1].value]
            owned = True
        elif after and before and s.doc.particles_follow and s.near_after(before[-1].end, ("source",), 0) \
                and s.doc.tokens_between(before[-1].end, cue.start) <= 2:
            pairs = [(after[0], before[-1])]   # "T-72'den türetilen PT-91": the name marked "from" is the original
        elif after and before and not s.doc.particles_follow and cue.value == "basis" \
                and (mark := s.near_before(before[-1].start, ("source",), 1)) is not None \
                and s.doc.tokens_between(mark.end, cue.start) <= 3 \
                and not any(mark.end <= k.start and k.end <= cue.start for k in s.cue_list("copula")):
            pairs = [(after[0], before[-1])]   # "Dal MiG-15 derivò il MiG-17": the name marked "from", before the
            #                                    verb, is the original of the one after it
        elif after and before and s.doc.genitive_first and s.doc.text[cue.end:after[0].start].strip() == "" \
                and any(m.kind == "country" and cue.start <= m.start and m.end <= cue.end for m in s.mentions) \
                and not _owner_marked(s, before[-1], cue):   # (not "Su-27'nin Çin kopyası J-11", its copy)
            pairs = [(before[-1], after[0])]   # "J-5は中国版MiG-17", "歼-5是中国版米格-17": a country's version word
            #                                    glued before a name makes a version of that name
        elif after and before and s.doc.particles_follow and cue.value != "successor" \
                and _plain_tokens(s, before[-1].end, cue.start) <= 1 \
                and not s.doc.text[before[-1].end:cue.start].strip().endswith(("(", "（")) \
                and s.doc.tokens_between(cue.end, after[0].start) <= 2 and not _extends(before[-1], after[0]) \
                and not any(before[-1].end <= k.start and k.end <= cue.start for k in s.cue_list("copula")):
            # "T-62 전차를 개량한 천마호", "T-72を改良したPT-91": where the verb comes last, its object stands before it
            # and the name after it is what the clause describes, the new product
            pairs = [(after[0], before[-1])]
            fronted_pair = True   # (so is a country on the word: "AK-47의 중국판 복제품인 56식", China's copy)
        elif after and not before and cue.value == "successor" and s.topic is not None \
                and s.topic.start < s.start and (s.near_before(cue.start, ("possessive",), 1) is not None
                                                 or s.near_after(cue.end, ("possessive",), 0) is not None) \
                and s.topic.value != after[0].value:
            # "Its successor was the Zuzana", "Jej nástupcom sa stala Zuzana"; the possessive after its noun where
            # the language sets it so ("urmașa sa, AKM", its successor)
            pairs = [(after[0], s.topic)]
        elif after and not before and (named := _named_by_copula(s, after[0])) is not None:
            pairs = [(named, after[0])]   # "another version of the Kalashnikov is the Valmet Rk.62"
        elif after and not before and (named := _copy_named(s, after[0])) is not None:
            pairs = [(named, after[0])]   # "a copy of the AK under the name Type 81": the copy is named after it
        elif after and not before and cue.value in {"basis", "copy", "variant"} \
                and (fronted := _fronted_derivative(s, cue, after)) is not None:
            # "Based on the T-72, the PT-91 was developed", "На базе Т-72 создан PT-91"; each of a list made from it
            # ("Na bazie T-55 powstały BWP-1 i 2S1")
            derivative, source = fronted
            pairs = [(m, source) for m in _listed(s, [p for p in s.products if p.start >= derivative.start])
                     if m.value != source.value]
            settled.update((id(c), id(p)) for c, p in pairs)
            fronted_pair = True
        elif after and before and _owner_first(s, before[-1], cue) \
                and (cue.value == "variant" or (cue.value == "copy" and _owner_marked(s, before[-1], cue))
                     or (cue.value in {"copy", "basis"} and _owner_glued(s, before[-1], cue))) \
                and (_plain_tokens(s, before[-1].end, cue.start) - _cue_tokens(s, before[-1].end, cue.start) <= 1
                     or _owner_glued(s, before[-1], cue)) \
                and s.doc.tokens_between(cue.end, after[0].start) <= 2 and not _extends(before[-1], after[0]) \
                and not any(before[-1].end <= k.start and k.end <= cue.start for k in s.cue_list("copula")) \
                and not any(cue.end <= k.start and k.end <= after[0].start for k in s.cue_list("source")) \
                and not any(k.value == "basis" and k.start <= cue.start and cue.end <= k.end
                            and k.end - k.start > cue.end - cue.start for k in s.cue_list("basis")):
            # "AK-47의 개량형인 AKM", "AK-47の改良型であるAKM", "az AK-47 jugoszláv verziója, a Zastava M70": the
            # original's version is the name after the word (not "the AKM, a version of the AK-47")
            pairs = [(after[0], before[-1])]
            fronted_pair = True   # (a country's adjective on the word is the version's: "Su-27'nin Çin kopyası J-11")
        elif after and before and _called(s, cue, after[0]) and not s.near_before(cue.start, ("anaphor",), 0):
            pairs = [(after[0], before[-1])]   # "copió el AK-47 y sacó una versión china llamada AK-56"
        elif after and not before and s.topic is not None and (_set_beside(s, cue, after[0])
                                                               or _called(s, cue, after[0])
                                                               or _apposed(s, cue, after[0])) \
                and not _version_named(s, cue, after[0]) and not _predicated_version(s, cue) \
                and not (cue.value == "copy" and _country_doing(s, cue) and not _called(s, cue, after[0])):
            # (not a verb of copying a country does, the name right after it its object: "Kina e kopjoi MiG-21 si
            # J-7", China copied the MiG-21 as the J-7)
            # "a versão chinesa J-7", "cette version est appelée Type 68": the name set beside the word, or given
            # to it, is the version's (of a name the sentence gave before, out of the word's reach, in a script
            # without spaces: "对PKM ... 研究仿製的机会,成功仿製後即定型為1980年式")
            prior = [p for p in s.products if p.end <= cue.start and p.start >= s.start]
            pairs = [(after[0], prior[-1] if prior and han_or_kana(cue.text[:1]) else s.topic)]
            pairs += _beside_list(s, cue, after, pairs[0][1])
            beside = {id(a) for a, b in pairs if s.elsewhere(b) and _set_beside(s, cue, after[0])}
            # ("A Chinese copy named J-7", "la versión china conocida como J-7": a country's adjective on the word is
            # the named version's, as on one set right beside it)
            fronted_pair = _called(s, cue, after[0])
        elif after and not before and cue.value in {"copy", "variant"} \
                and (unknown := _unknown_apposed(s, cue)) is not None:
            # "Iraq built the Al-Hussein, a copy of the Scud": a capitalised name the registry does not know, set off
            # by a comma and an article before the word, is the copy's
            pairs = [(unknown, after[0])]
            fronted_pair = True   # (its making, and a country adjective on the word, are said of it)
        elif after and before and _set_beside(s, cue, after[0]) \
                and any(k.end <= before[-1].start and _set_beside(s, k, before[-1]) for k in cues):
            # "the trainer version SBLim-2 and the reconnaissance version Lim-2R": a name set beside its own word of
            # version before this one is a version as well, of the product spoken of, not this one's original
            # (with none spoken of, siblings: "model Mi-2U, model Mi-2R a model Mi-2M")
            pairs = [(after[0], s.topic)] if s.topic is not None else []
        elif after and before and s.doc.tokens_between(cue.end, after[0].start) == 0 and any(
                k.value == cue.value and k.end <= before[-1].start
                and s.doc.tokens_between(k.end, before[-1].start) == 0 for k in cues):
            # "cvičný model Mi-2U, zemědělský model Mi-2R a sanitní model Mi-2M": names each right after its own
            # word of version are siblings, none the other's original
            pairs = []
        elif after and cue.value in {"copy", "variant"} and not s.doc.particles_follow and s.topic is not None \
                and s.topic.start < s.start and s.topic.value != after[0].value \
                and _named_after_comma(s, cue.end, after[0].start):
            # "China built an unlicensed copy, the J-6, from 1958": a name set off right after the word is the copy
            # itself, of the product spoken of before (not "a copy of the J-6")
            pairs = [(after[0], s.topic)]
            fronted_pair = True   # (its making, and a country adjective on the word, are said of it)
        elif after:
            # (not the product spoken of where a country is the one copying: "Les Chinois fabriquent une imitation des
            # missiles Igla", the Chinese make an imitation: an unnamed copy of their own)
            children = _run_before(s, before, cue)
            if children and _relative_opens(s, children[-1].end, cue.start):
                children = children[-1:]   # ("..., and the Type 56, which is a copy of the SKS": the relative word's
                #                            name alone, no name before it in the list)
            # "The Chinese Type 54, the Yugoslav M57, ... and the Romanian TTC are copies of": a list that ends in the
            # window goes on back past it
            children = _list_back(s, children) if children and children[0] is before[0] else children
            # ("... une imitation des missiles Igla et copient les Smerch": a name before "and" and a verb is the
            # last clause's object, not the subject of this one)
            coordinated = bool(children) and _between_is_and(s, children[-1].end, cue.start)
            children = [] if coordinated else children \
                or ([s.topic] if s.topic is not None and not beside_country
                    and not ((_country_doing(s, cue) or _adjective_on_word(s, cue))
                             and (_no_kin(s, s.topic, after[0]) or _doers_foreign_to(s, cue, s.topic)))
                    and not _version_named(s, cue, after[0]) else [])
            # "a copy of the AK-47 and the SKS": every original of a list after the cue
            originals = [a for a in after if not any(_extends(a, b) for b in after)]
            # (not a name a word of derivation of its own follows: "Z-5 berdasarkan lisensi Mi-4 dan Changhe Z-8
            # berdasarkan SA 321", the next item of a list of copies)
            # (nor one set off by a comma with a word of derivation of its own: "…, and Type 69 launchers, a copy of")
            # (nor one a relative clause with a word of derivation of its own follows: "the Type 53, which is a copy
            # of the Model 44, and the Type 56, which is identical to the SKS")
            originals = originals[:1] + [a for a in originals[1:] if not any(
                k is not cue and k.start >= a.end and (s.doc.tokens_between(a.end, k.start) == 0 or (
                    "," in s.doc.text[a.end:k.start] and s.doc.tokens_between(a.end, k.start)
                    - _cue_tokens(s, a.end, k.start, ("product_noun",)) <= 1)
                    or _relative_opens(s, a.end, k.start)) for k in cues)]
            if len(children) == len(originals) >= 2 \
                    and all(_joins_list(s, a.end, b.start) for a, b in itertools.pairwise(children)):
                # "the J-6 and J-7, built on the basis of the MiG-19 and MiG-21": one original each, in order
                pairs = list(zip(children, originals, strict=True))
            else:
                pairs = [(a, b) if _extends(a, b) else (b, a) for b in children for a in originals[:3]]
        elif not after and cue.value in {"copy", "variant", "basis"} \
                and (respective := _respective_originals(s, cue, before)):
            # "the J-5, J-6 and J-7 were copies of Soviet aircraft (respectively the MiG-17, MiG-19 and MiG-21)":
            # one original each, in order
            pairs = respective
        elif before and not after and cue.value in {"copy", "variant", "basis"} \
                and (owner := _possessed_predicate(s, cue, before[-1])) is not None:
            pairs = [(before[-1], owner)]   # "强-5是其衍生型", "強撃五型はその派生型である": the subject is its version
        elif len(before) >= 2 and not _copied_list(s, cue, before[-2], before[-1]) \
                and (s.doc.particles_follow or not _name_ahead(s, cue)) \
                and not _between_is_and(s, before[-2].end, before[-1].start) \
                and not _and_opens(s, before[-2].end, before[-1].start) \
                and (s.doc.particles_follow or s.doc.text[before[-2].end:before[-1].start].strip()
                     .lstrip("型式") not in {",", "、", "，"}) \
                and not ((third := [p for p in s.products if p.end <= before[-2].start][-1:])
                         and all(_between_is_and(s, a.end, b.start)
                                 for a, b in itertools.pairwise([*third, *before[-2:]]))):
            # (not two of a list: "Mi-4, Mi-8, Mi-14, Mi-17 và Ansat với nhiều biến thể", with many variants; a
            # name set off by a comma before the original is the subject, "AKMS, AKM'nin bir versiyonudur")
            # the original named before the cue (verb-final languages); not one that an earlier cue of the sentence
            # already made an original ("该枪是中国仿制AK-47的56式的改进型": the copy of the AK-47 is the 56); not two
            # of a list ("the T-54 and the T-55 were copied by China": both were copied)
            kids = [p for p in before[:-1] if id(p) not in s.parents]
            child = kids[-1] if kids else s.topic
            if child is not None and child.value != before[-1].value:
                pairs = [(child, before[-1])]
                # "罗马尼亚的PM md. 63、东德的MPi-KM和南斯拉夫的M70都是AKM的仿制型": a list right before the original,
                # a word or two between, is copied whole
                if kids and s.doc.tokens_between(child.end, before[-1].start) <= 2 \
                        and re.search(r"[^\W\d_]", s.doc.text[child.end:before[-1].start]) \
                        and not _between_is_and(s, child.end, before[-1].start):
                    run = [p for p in s.products if p.end <= child.end and id(p) not in s.parents][::-1]
                    pairs += [(k, before[-1]) for k in _listed(s, run)[1:] if k.value != before[-1].value]
        elif before and not s.doc.particles_follow and cue.value in {"copy", "variant"} and s.topic is not None \
                and s.topic.start < s.start and s.topic.value != before[-1].value \
                and (_APPOSED_COPY.fullmatch(s.doc.text, before[-1].end, cue.start) is not None
                     or any(before[-1].end <= k.start and k.end <= cue.start for k in s.cue_list("copula"))) \
                and _plain_tokens(s, before[-1].end, cue.start) - _cue_tokens(s, before[-1].end, cue.start,
                                                                              ("copula",)) <= 2 \
                and not _NAME_AHEAD.match(s.doc.text, cue.end) and not _foreign_original_ahead(s, cue) \
                and not (cue.value == "copy" and _copier_after(s, cue)):   # ("was copied in Egypt": a passive)
            # "The BVP-1, a Czechoslovak copy, was exported", "The Y-7, its Chinese copy, ...": a copy word set off
            # after a name says what that name is: a copy of the product spoken of before (not "an AK-47 copy"), or
            # of what that was a copy of, in a run of them (not where the name is a longer one of the product)
            series = s.series if s.series is not None and not _extends(before[-1], s.topic) else None
            pairs = [(before[-1], series or s.topic)] if (series or s.topic).value != before[-1].value else []
        elif before and _plain_tokens(s, before[-1].end, cue.start) <= 1 and cue.value != "successor" \
                and (s.doc.particles_follow or not _name_ahead(s, cue)) \
                and (s.doc.particles_follow or not any(before[-1].end <= k.start and k.end <= cue.start
                                                       for k in s.cue_list("copula"))):
            # (not the subject of a copula, where the verb comes before its object: "the J-6 and J-7 were models")
            # "它是苏联T-54A的仿制型", "an AK-47 copy": the one name right before the word is the original; the
            # copy is what the sentence spoke of before it, or the product being spoken of
            # (not a name set against the subject: "Berbeda dengan BM-21 ..., RM-70 menggunakan sasis ...")
            earlier = [p for p in s.products if p.end <= before[-1].start and p.value != before[-1].value
                       and not s.compared(p)]
            child = earlier[-1] if earlier else s.topic
            # (nor one of a list with it: "歼-7II、歼-7M、歼-7E等一系列改进型", versions side by side)
            child = None if earlier and (_copied_list(s, cue, earlier[-1], before[-1])
                                         or _between_is_and(s, earlier[-1].end, before[-1].start)
                                         or _and_opens(s, earlier[-1].end, before[-1].start)) else child
            # (not a word of versions after a name, where nothing in the sentence is their version: "vyrobeno 1998
            # kusů T-54 různých verzí", T-54s of various versions, says nothing of the product spoken of before)
            if child is not None and child.value != before[-1].value \
                    and not (cue.value == "variant" and not earlier) \
                    and not (cue.value == "copy" and not earlier and _copier_after(s, cue)):
                # (nor where the copier is named after the word: "The Strela-2 was copied in Egypt" is Egypt's copy,
                # whatever the sentence before spoke of)
                # "... T-72. The T-72M variant": a longer name of the product spoken of is its version
                pairs = [(before[-1], child) if _extends(before[-1], child) else (child, before[-1])]
        licence = s.near_before(cue.start, ("licence",), 3) or s.near_after(cue.end, ("licence",), 1)
        unlicensed = s.near_before(cue.start, ("unlicensed",), 3) or s.near_after(cue.end, ("unlicensed",), 1)
        if cue.value in {"copy", "variant"} and (coordinated or not [p for p in before
                                                                    if s.doc.tokens_between(p.end, cue.start) <= 5]) \
                and not (pairs and pairs[0][0].start > cue.end) \
                and not (after and any(after[0].value == name for _, name in s.copies)):
            # (not where the name after the word is the copy's: "copied by China as the J-7")
            # (a version only of a name right after its word: "the Yugoslav version of the AK-47"; not "le modèle
            # soviétique", said of the product spoken of)
            # ("China copied the T-54 and the T-55": each of a list is copied)
            # (nor an original the sentence names the copy of, nor that name: "skopiowały Su-27 bez licencji jako
            # J-11")
            copy_names = {n for pair in s.copies for n in pair}
            # ("a copy known as the Vektor CR-21": a name a naming word gives after the word is the copy's own)
            if after and any(cue.end <= k.start and k.end <= after[0].start for k in s.cue_list("alias")):
                continue
            for original in [o for o in _listed(s, after) if o.value not in copy_names] if after \
                    else [s.topic if cue.value == "copy" else None]:
                yield from _unnamed_copies(s, cue, original, s.has("licence", "unlicensed") and not _licensed(s),
                                           _coordinated_doer(s, cue))
        elif cue.value == "copy" and not pairs and before and (agents := _copier_after(s, cue)):
            # "the MiG-21 was copied by China": the one copied is named before the word, the copier after it
            # ("the T-54 and the T-55 were copied by China": each of a list)
            for original in _listed(s, before[::-1]):
                yield from _unnamed_copies(s, cue, original, s.has("licence", "unlicensed") and not _licensed(s),
                                           tuple(agents))
        elif cue.value == "copy" and not pairs and not after \
                and (original := _owned_original(s, cue, before)) is not None \
                and (owners := _copiers_before_owner(s, original)):
            # "Çin, Su-27'nin kopyasını üretti", "中国はSu-27のコピーを生産した": where the owner comes first, the name
            # that owns the copy word is what was copied, the country before it the copier; the copy is unnamed
            yield from _unnamed_copies(s, cue, original, s.has("licence", "unlicensed") and not _licensed(s),
                                       tuple(owners[-1:]))
        elif cue.value == "copy" and not pairs and (agents := _copiers(s, cue)) and (objects := [
                p for p in before if _object_marked(s, p) and _same_clause(s, p.end, cue.start, 4)]):
            # "中国はSu-27をコピーした", "Çin Su-27'yi kopyaladı": where the verb ends its clause, the name marked
            # as its object is what was copied, the country before it the copier
            for original in objects[-1:]:
                yield from _unnamed_copies(s, cue, original, s.has("licence", "unlicensed") and not _licensed(s),
                                           tuple(agents[-1:]))
        kind = _KIND.get(cue.value, "variant")
        if kind == "copy" and licence and not unlicensed:
            kind = "licensed copy"
        # "X is a Romanian licensed copy of Y", "X — китайская копия Y": the adjective on the copy word says
        # where the copy named before it is made
        # (not an adjective on the original after it: "na temelju sovjetskog tenka T-72")
        # (nor one on the original before the word, where the verb comes last: "소련의 AKM을 복제한")
        # ("versione locale del cinese Norinco Type 79": a maker's name before the original is part of its name)
        # ("中国版MiG-17": a country glued to the word of versions is the version's, the original right after it)
        made = [c for c in s.mentions if c.kind == "country"
                and (s.gap(c, cue) <= 1 or _licence_making_between(s, c, cue))
                and (c.adjective or (cue.start <= c.start and c.end <= cue.end) or _attributive(s, c, cue))
                # (not, where adjectives follow their noun, one on a word of forces before the word: "يستخدمها
                # الجيش السوري، وهي نسخة", which the Syrian army uses, and it is a copy: the army uses it)
                and not (s.doc.adjectives_follow and c.end <= cue.start and (_on_force(s, c) or s.near_before(
                    _prefix_start(s.doc.text, max(s.start, c.start - 4), c.start), ("force",), 0) is not None))
                # (not one past a word of "of" or "from" after the word: "jiplakan dari senapan Rusia AK-47", a copy
                # of the Russian rifle AK-47; nor one in what an earlier word of derivation names: "a variant of
                # the Soviet version PKM")
                and not (c.start >= cue.end and any(cue.end <= k.start and k.end <= c.start
                                                    for k in s.cue_list("of", "source")))
                and not (c.end <= cue.start and any(
                    k.end <= c.start and k is not cue and s.doc.tokens_between(k.end, c.start) <= 3
                    and any(k.end <= o.start and o.end <= c.start for o in s.cue_list("of", "source"))
                    for k in s.cue_list(*DERIVE)))
                # (not one on the organisation that did the work: "ammodernato dall'israeliana Elbit Systems"; a
                # bureau's name past a word of "of" is the original's: "une copie turque du Tupolev Tu-2")
                and not (c.start >= cue.end and any(
                    o.kind == "org" and o.start >= c.end and s.doc.tokens_between(c.end, o.start) <= 2
                    and not any(c.end <= k.start and k.end <= o.start for k in s.cue_list("of", "source"))
                    for o in s.mentions))
                # (where adjectives follow their noun, one right after the copy word is the word's: "نسخه ایرانی موشک
                # X", the Iranian version of the missile X, whose own adjective would stand after it)
                and ((cue.start <= c.start and c.end <= cue.end)
                     or (s.doc.adjectives_follow and c.adjective and c.start >= cue.end and s.gap(cue, c) == 0)
                     or not any(
                    _plain_tokens(s, c.end, p.start) - _org_tokens(s, c.end, p.start) == 0 and p.start >= c.end
                    and (p in after or (s.doc.particles_follow and p.end <= cue.start)) for p in s.products))
                # (nor, where adjectives come before their noun, one after the word a few words before the
                # original, no "of" between: "podle sovětského stíhacího letounu MiG-15", after the Soviet fighter
                # MiG-15; not "copie românească a sistemului Grad")
                # (but "kopie československé výroby sovětského MiG-15": another country's adjective between, or a
                # word that is no cue, keeps it the copy's)
                and not (not s.doc.adjectives_follow and c.start >= cue.end and any(
                    p.start >= c.end and _same_clause(s, c.end, p.start, 3) and _only_cues_between(s, c.end, p.start)
                    and not any(o.kind == "country" and c.end <= o.start and o.end <= p.start for o in s.mentions)
                    and not any(c.end <= k.start and k.end <= p.start for k in s.cue_list("of", "produce"))
                    for p in after))]
        # ("Poland's version of the T-72, the PT-91": an owner's name on the word of a fronted derivation)
        made += [c for c in s.mentions if fronted_pair and c.kind == "country" and not c.adjective
                 and s.doc.text[c.end:cue.start].strip() in {"'s", "’s"}]
        copiers = _copiers(s, cue)
        # "the MiG-21 was copied in China as the J-7": the name given to what was made is no original of its design
        pairs = [(a, b) for a, b in pairs if (a.value, b.value) not in s.copies and (id(b), id(a)) not in settled]
        # ("... gave Hungary a licence for the AK-47, made at home as the AK-55": the copy a word for "as" named is no
        # original of the design the text is about, which this sentence does not name)
        pairs = [(a, b) for a, b in pairs if not (s.elsewhere(a) and any(b.value == n for _, n in s.copies))]
        # ("その後改良型のAKMを...", "개량형의 AKM": where the owner comes first, a name right after a word of versions
        # and its mark of owning is that version, no original of a design the sentence does not name)
        if cue.value == "variant" and s.doc.genitive_first and s.doc.genitive_marks:
            pairs = [(a, b) for a, b in pairs if not (s.elsewhere(a) and b.start >= cue.end
                                                      and s.doc.text[cue.end:b.start].strip() in s.doc.genitive_marks)]
        # "the first T-54 models replaced the T-44": a word of versions on one name makes no kin of the name it
        # replaced
        if cue.value == "variant":
            pairs = [(a, b) for a, b in pairs if id(a) not in s.replaced and id(b) not in s.replaced]
            # ("the BT-5, the improved BT-8": a definite article before the word of versions on the second name
            # names another design beside the first, which is no version of it; "the Type 69, an improved Type 59"
            # says what the first is)
            if s.doc.indefinite_articles:
                opener = list(_WORD.finditer(s.doc.folded, max(s.start, cue.start - 12), cue.start))
                definite = bool(opener) and opener[-1].group() in articles() \
                    and opener[-1].group() not in s.doc.indefinite_articles
                pairs = [(a, b) for a, b in pairs if not (
                    definite and a.end <= cue.start and b.start >= cue.end
                    and s.doc.tokens_between(cue.end, b.start) == 0 and "," in s.doc.text[a.end:opener[-1].start()])]
        # ("the T-54A, a version of the T-54/55 line": two names a slash joins after the word are one
        # series, which the first stands for; the second is no original of its own)
        slashed = {(id(a), id(b)) for a, b in pairs if any(
            a2 is a and b2.end <= b.start and s.doc.text[b2.end:b.start].strip() == "/" for a2, b2 in pairs)}
        for child, parent in pairs:
            # ("a Chinese copy of the MiG-17 (later the J-5)": or the name the copy is given after its original)
            # (not an adjective right on the original where the original stands before the word: "a szovjet AKM
            # alapján", on the basis of the Soviet AKM)
            on_parent = made and made[0].end <= parent.start and parent.end <= cue.start \
                and _plain_tokens(s, made[0].end, parent.start) == 0
            if made and not on_parent and child.end <= cue.start and _copy_bracketed(s, cue, made[0]):
                pass   # "AKM rifles, and Chinese variants (Type 56)": the copy the adjective places is in the brackets
            elif made and not on_parent and (child.end <= cue.start or fronted_pair or named_after or (
                    parent.end <= child.start and (_copy_named(s, parent) is child
                                                   or _copula_named(s, cue, parent, child)))) \
                    and child.start >= s.start:
                yield _mk(s, child, "made_in_country", s.country(made[0]), {"adjective": 1.0, "on_copy_word": 1.0},
                          child, cue, made[0])
            elif copiers and child.start >= s.start:
                yield _mk(s, child, "made_in_country", s.country(copiers[-1]), {"adjective": 1.0, "on_copy_word": 1.0},
                          child, cue, copiers[-1])
            if child.value == parent.value or child is parent:
                continue
            if not owned:
                s.parents.add(id(parent))
            if (id(child), id(parent)) in slashed:
                continue
            if child.generic or (parent.generic and name_key(child.value).startswith(name_key(parent.value))):
                continue   # a family is no derivative, and a model of the family is not derived from its name
            child = _named_here(s, child, cue)
            feats = {f"cue_{cue.value}": 1.0, "topic": float(s.elsewhere(child)),
                     "distance": float(s.gap(child, cue) + (0 if id(child) in beside else s.gap(cue, parent))) / 10,
                     "extends": float(_extends(child, parent)),
                     "licensed": float(bool(licence) and not unlicensed),
                     "negated": float(_negated(s, cue))}
            yield _mk(s, child, "derived_from", parent.value, feats, cue, parent, qualifier=kind)


def _named_here(s: Sentence, child: Mention, cue: Mention) -> Mention:
    """The derivative a word of derivation reads as the product spoken of, where the sentence itself names that
    product before the word, out of the word's reach ("The Type 97 (…) or the main tank Type 97 is a tank that China
    built, making it on the basis of the T-54A", "the T-97M tanks, which are an upgraded version of the T-97"): its
    last name there, from which the distance counts."""
    if not s.elsewhere(child):
        return child
    named = [p for p in s.products if p.value == child.value and s.start <= p.start and p.end <= cue.start]
    # (only where a copula or a relative word after it says what that name is: not "the firm worked on it again,
    # to carry out an upgrade of the MiG-29s")
    if not named or not (any(named[-1].end <= k.start and k.end <= cue.start for k in s.cue_list("copula"))
                         or _relative_follows(s, named[-1])):
        return child
    return named[-1]


def _relative_follows(s: Sentence, name: Mention) -> bool:
    """Whether a comma and a relative word follow a name, a word for its kind at most between ("tanks, which")."""
    found = _RELATIVE_AFTER.match(s.doc.text, name.end)
    return found is not None and fold_phrase(found.group(1)).strip() in s.doc.relative_words


# a comma right after a name, a word for its kind at most before it, and the word after the comma
_RELATIVE_AFTER = lazy_compile(r"(?:\s+[^\W\d_]+)?\s*,\s*([^\W\d_]+)")


def _original_owned(s: Sentence, cue: Mention, name: Mention) -> bool:
    """Whether a name right after a word of versions is its owner: past a word for "of" ("variants of the T-97"), or
    with none between where "of" is a case ending, not a word ("wersje T-97", "модификации Т-97")."""
    of = s.near_after(cue.end, ("of",), 1)
    if of is not None and of.end <= name.start:
        return s.doc.tokens_between(of.end, name.start) <= 1
    return not s.doc.of_marked and s.doc.tokens_between(cue.end, name.start) == 0


def _copula_after(s: Sentence, name: Mention) -> int:
    """Where the copula right after a name ends, or the colon or dash between spaces that stands for it
    ("Модификации Т-97: ZX-5, ZX-6", "Варианты Т-97 — ZX-5 и ZX-6"); -1 for neither."""
    verb = s.near_after(name.end, ("copula",), 0)
    if verb is not None:
        return verb.end
    mark = _COLON_COPULA.match(s.doc.text, name.end)
    return mark.end() if mark is not None else -1


_COLON_COPULA = lazy_compile(r"\s*:\s+|\s+[—–]\s+")


def _as_example(s: Sentence, word: Mention) -> bool:
    """Whether a word for "as" or "like" stands right after a word of versions or copies, a comma at most between, a
    name right after it ("special variants as the ZX-5 and the ZX-6", "varianty ako", "varianty jako", "inačice kao",
    "варианты, как"): in the languages whose one word is both "as" and "such as", it brings examples of them, and
    names no copy made "as" it."""
    if s.doc.particles_follow or not any(p.start >= word.end and s.doc.tokens_between(word.end, p.start) <= 1
                                         for p in s.products):
        return False
    return any(k.end <= word.start and s.doc.tokens_between(k.end, word.start) == 0
               and not s.doc.text[k.end:word.start].strip(" ,") for k in s.cue_list("variant", "copy"))


def _relative_opens(s: Sentence, a: int, b: int) -> bool:
    """Whether a comma and a relative word open a clause between two places, a few words at most between ("…, which
    is a", "…, der eine")."""
    words = [w if w == "," else fold_phrase(w).strip() for w in re.findall(r",|[^\W_]+", s.doc.text[a:b])]
    comma = words.index(",") if "," in words else -1
    # (a word for the kind may stand before the comma: "the Type 56 rifle, which")
    return 0 <= comma <= 2 and comma + 1 < len(words) <= comma + 6 and words[comma + 1] in s.doc.relative_words \
        and "," not in words[comma + 1:]


def _lineage_of_its_own(s: Sentence, cue: Mention) -> bool:
    """Whether the name set beside a word of versions has a lineage of its own in the sentence: it opens a clause
    that derives it ("the model An-26 was based on the An-24", "le modèle An-26 était basé sur"), or the word stands
    right after a word of basis, the name then the original ("based on the model Mi-17", "basé sur le modèle Mi-17").
    The word there only names the kind of the product; the name is no version of the product spoken of."""
    name = next((p for p in s.products if p.start >= cue.end), None)
    if cue.value != "variant" or name is None or s.doc.tokens_between(cue.end, name.start) != 0:
        return False
    text = s.doc.text
    if any(k.start >= name.end and not any(ch in ",;:()" for ch in text[name.end:k.start])
           and s.doc.tokens_between(name.end, k.start) <= 2 for k in s.cue_list("basis")):
        return True
    return any(k.end <= cue.start and s.doc.tokens_between(k.end, cue.start) <= 1
               and not any(ch in ",;:()" for ch in text[k.end:cue.start]) for k in s.cue_list("basis"))


def _predicated_version(s: Sentence, cue: Mention) -> bool:
    """Whether a copula and an indefinite article stand right before a word of versions ("it is plainly an upgraded
    T-72", "it is a modified T-55"): the sentence says what its subject is, a version of the name after the word,
    which then names the original, not the version."""
    if not s.doc.indefinite_articles:
        return False
    words = list(_WORD.finditer(s.doc.folded, max(s.start, cue.start - 40), cue.start))
    return bool(words) and words[-1].group() in s.doc.indefinite_articles and any(
        k.end <= words[-1].start() and s.doc.tokens_between(k.end, words[-1].start()) <= 1
        for k in s.cue_list("copula"))


def _taken_as_basis(s: Sentence, cue: Mention, before: list[Mention],
                    after: list[Mention]) -> tuple[Mention, Mention] | None:
    """(child, original) where a word of basis that opens with "as" ("como base", "as a basis", "come base") is the
    complement of a verb of taking or using: the name right after it ("utilizaron como base un T-72"), or else right
    before it ("used a T-72 as the basis"), is the original, of the name before that in the sentence or of the product
    spoken of; not "con el T-72 como base, Polonia desarrolló el PT-91", the original before it, the derivative after
    it (the word's own order)."""
    if not any(k.start == cue.start for k in s.cue_list("as_name")):
        return None
    right_before = bool(before) and s.doc.tokens_between(before[-1].end, cue.start) <= 1
    if after and s.doc.tokens_between(cue.end, after[0].start) <= 1 and not right_before:
        child = before[-1] if before else s.topic
        return (child, after[0]) if child is not None else None
    if right_before and not after and s.topic is not None and s.topic.start < s.start:
        return s.topic, before[-1]
    return None


def _possessed_predicate(s: Sentence, cue: Mention, subject: Mention) -> Mention | None:
    """The owner of a word of versions a possessive stands right on, where the owner comes first and the word is said
    of the name before it ("强-5是其衍生型", the Q-5 is its derived type; "強撃五型はその派生型である"): the name
    before that one in the sentence, else the product spoken of; None where no possessive stands on the word, or a
    name stands between (the name right before the word is then the original: "它是T-54A的仿制型")."""
    # (a possessive glued to the owner's mark the word opens with stands on it too: "它的" of "的改进型")
    if not s.doc.genitive_first or not (s.doc.particle_before(cue.start, {"possessive"}) or any(
            k.start < cue.start and (k.end > cue.start or s.doc.tokens_between(k.end, cue.start) == 0)
            for k in s.cue_list("possessive"))):
        return None
    if s.doc.tokens_between(subject.end, cue.start) > 3:
        return None
    earlier = [p for p in s.products if p.end <= subject.start and not s.compared(p) and not s.named_aside(p)]
    owner = earlier[-1] if earlier else s.topic
    if owner is None or owner.value == subject.value or _extends(owner, subject):
        return None
    return owner


def _held_pair(s: Sentence, cue: Mention, held: Mention, before: list[Mention],
               after: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(child, original) of a word of basis whose parts stand round a name, as a verb's parts stand round its object:
    the name held by a word of basis is the original of the name before the word ("Der BVP-1 geht auf den BMP-1
    zurück"), unless a name follows the word: then, the verb first, the held name is its subject, the derivative; the
    one held by a word of what came of a design is that, of the name before it ("Der T-72 diente dem PT-91 als
    Basis", "der T-54, aus dem der T-55 entstand"), else the original of the name after it ("Aus dem T-54 entstand
    der T-55"); a name a word of "from" marks before the word is the original of the one held ("Aus der J-6 ging der
    Q-5 hervor")."""
    child: Mention | None
    if before and s.near_before(before[-1].start, ("source",), 1) is not None:
        child, original = held, before[-1]
    elif cue.value == "basis" and after and s.doc.tokens_between(cue.end, after[0].start) <= 2:
        child, original = held, after[0]   # ("استندت الطائرة Q-5 إلى تصميم J-6": the verb first, its subject held)
    elif cue.value == "basis":
        child, original = before[-1] if before else s.topic, held
    elif before and not (after and before[-1].value == held.value):
        # (not the held name's own design named before: "licensed the MiG-21, then converted the MiG-21 into the J-7")
        child, original = held, before[-1]   # ("der T-54, aus dem der T-55 entstand": from which)
    elif after:
        child, original = after[0], held   # ("Aus dem T-54 entstand der T-55": nothing before it comes from)
    else:
        return []
    if child is None or child.value == original.value or _extends(original, child):
        return []
    return [(child, original)]


def _upgrades_units(s: Sentence, cue: Mention, after: list[Mention]) -> bool:
    """Whether a word of versions stands right before a name a word for its kind follows, where adjectives come before
    their noun ("turns out upgraded T-90 tanks"): it says the units are upgraded, not that the name is a version of
    the product spoken of (only where nothing in the sentence before the word is named)."""
    return cue.value == "variant" and bool(after) and not s.doc.adjectives_follow and not s.doc.particles_follow \
        and s.doc.tokens_between(cue.end, after[0].start) == 0 \
        and s.near_after(after[0].end, ("product_noun",), 0) is not None \
        and not any(p.end <= cue.start and p.start >= s.start for p in s.products)


def _qualifies_next(s: Sentence, cue: Mention, cues: list[Mention]) -> bool:
    """Whether a word of versions stands right on another word of derivation as its adjective: before it ("the
    upgraded variants", "a modified copy"), or after it where adjectives follow their noun ("une copie modifiée")."""
    if cue.value != "variant":
        return False
    if s.doc.adjectives_follow:
        return any(k.end <= cue.start and s.doc.tokens_between(k.end, cue.start) == 0 for k in cues if k is not cue)
    return any(k.start >= cue.end and s.doc.tokens_between(cue.end, k.start) == 0 for k in cues if k is not cue)


def _said_of_own_part(s: Sentence, cue: Mention) -> bool:
    """Whether a part a possessive gives a product stands right before a word of derivation or naming, no name
    between ("its engine, also copied, ...", "son moteur, copié lui aussi, ..."): the word speaks of the part, not
    the product; "son moteur, copié lui aussi, reçut le nom RD-9X" holds six words between); or a part right before
    the word, which then qualifies the part ("a tail turret derived from the bomber's", "an engine copied from")."""
    return any(k.end <= cue.start and (s.doc.tokens_between(k.end, cue.start) == 0
                                       or (s.doc.tokens_between(k.end, cue.start) <= 6
                                           and s.near_before(k.start, ("possessive",), 0) is not None))
               and not any(k.end <= p.start and p.end <= cue.start for p in s.products) for k in s.cue_list("part"))


_WORDS_ONLY = lazy_compile(r"[^\W\d_]+(?:[\s'’-]+[^\W\d_]+)*")


def _making_phrase(s: Sentence, a: int, b: int) -> bool:
    """Whether a participle of making opens the stretch between a derivation word and its "of", and the stretch holds
    but words of the language file and countries, two plain words at most ("versión ensamblada con licencia en la
    República Popular China del ...", "versão montada com licença na Polônia do ..."); no name in it."""
    if not any(k.start >= a and s.doc.tokens_between(a, k.start) == 0 for k in s.cue_list("produce")) \
            or s.doc.tokens_between(a, b) > 12:
        return False
    inside = [m for m in s.mentions if a <= m.start and m.end <= b]
    if any(m.kind not in {"cue", "country"} for m in inside):
        return False
    covered = sum(s.doc.tokens_between(m.start, m.end) for m in inside
                  if not any(o is not m and o.start <= m.start and m.end <= o.end for o in inside))
    return s.doc.tokens_between(a, b) - covered <= 2


def _of_after_words(s: Sentence, cue: Mention) -> int:
    """Where the original a derivation word names is counted from: the word itself, or the word for "of" right before
    the name, after lower-case words that qualify the derivation word ("une copie légère et robuste de l'AKM", a
    light and sturdy copy of the AKM: where adjectives follow their noun, the words between are the copy's, not a
    gap before the original)."""
    if s.doc.particles_follow:
        return cue.end
    first = next((p for p in s.products if p.start >= cue.end), None)
    if first is None:
        return cue.end
    ofs = [k for k in s.cue_list("of") if cue.end <= k.start and k.end <= first.start]
    if not ofs:
        return cue.end
    of = max(ofs, key=lambda k: k.start)
    between = s.doc.text[cue.end:of.start].strip()
    signed = _designer_before(s, of.end, first.start)   # ("del viejo caza Mikoyan-Gurevich MiG-21")
    if _making_phrase(s, cue.end, of.start) and _plain_tokens(s, of.start, signed) <= 2:
        return of.start   # "una versión ensamblada con licencia en China del MiG-21": the version's own making
    # (the word for "of" right on the name, an article at most between: not "copies of aircraft of the Soviet
    # Union (respectively the MiG-17 ...)")
    if s.doc.tokens_between(cue.end, of.start) > 6 or _plain_tokens(s, of.start, signed) > 2 \
            or not _WORDS_ONLY.fullmatch(between) \
            or between != between.lower() \
            or any(cue.end <= m.start and m.end <= of.start and m.kind != "cue" for m in s.mentions):
        return cue.end
    return of.start


def placed(s: Sentence, place: Mention) -> Iterator[Reading]:
    """Under a heading that names only a country ("1. China", "Polonia"), a product the sentence makes, copies or
    names is made there, where the sentence names no country of its own."""
    if any(m.kind == "country" for m in s.mentions) \
            or not s.has("produce", "copy", "licence", "variant", "alias", "introduce", "basis"):
        return
    for p in s.subjects():
        if p.start >= s.start and not p.generic:
            yield _mk(s, p, "made_in_country", s.country(place), {"heading": 1.0}, p)


_LABEL_MARK = lazy_compile(r"\s*(?:[:–—(-]|\s\d|$)")


def used_by(s: Sentence, design: Mention | None) -> Iterator[Reading]:
    """In a section of users ("Operators", "Nutzer", "На вооружении"), a line that opens with a country, a label mark
    or a count after it ("- Bangladesh – 16 F-7MB delivered in 1989", "Zimbabwe: 12 F-7IIN"), names one that
    received what the line names, or else ``design``, the section's (not where the line makes it: "Egypt – licensed
    production as the Misr", read as a making; nor the design's own country)."""
    text = s.doc.text
    head = s.start + len(text[s.start:s.end]) - len(text[s.start:s.end].lstrip("-•·*▪0123456789. \t"))
    country = next((m for m in s.mentions if m.kind == "country" and m.start >= head), None)
    if country is None or country.adjective or text[head:country.start].strip() \
            or _LABEL_MARK.match(text[:s.end], country.end) is None \
            or s.has("produce", "licence", "unlicensed", "copy", "basis", "design"):
        return
    named = [p for p in s.products if p.start >= country.end and not p.generic and id(p) not in s.parents]
    for p in named or ([design] if design is not None else []):
        if _own_country(s, country, p):
            continue
        yield _mk(s, p, "exported_to", s.country(country), {"users_list": 1.0}, country, p)


def _country_versions(s: Sentence) -> Iterator[Reading]:
    """"the Hungarian AK", "l'AK hongrois", "венгерский АК": another country's adjective on a family's name is
    that country's version of it, named where a naming word follows ("l'AK hongrois fut désigné AK-55")."""
    origins = family_origins()
    for p in s.products:
        if not p.generic or p.start < s.start or p.value not in origins:
            continue
        on = [c for c in s.mentions if c.kind == "country" and c.adjective and c.value not in origins[p.value]
              and ((c.end <= p.start and (s.doc.tokens_between(c.end, p.start) == 0 or _type_word_between(s, c, p)))
                   or (s.doc.adjectives_follow and c.start >= p.end and s.doc.tokens_between(p.end, c.start) == 0))]
        if not on:
            continue
        c = on[0]
        end = max(p.end, c.end)
        naming = next((k for k in s.cue_list("alias") if k.start >= end and s.doc.tokens_between(end, k.start) <= 2),
                      None)
        named = next((q for q in s.products if naming is not None and q.start >= naming.end
                      and s.doc.tokens_between(naming.end, q.start) <= 2 and not q.generic), None)
        start = min(p.start, c.start)
        naming = next((k for k in s.cue_list("alias") if k.end <= start and s.doc.tokens_between(k.end, start) <= 1),
                      None) if named is None else None
        if naming is not None:
            # "the Type 56, known in the West as the Chinese AK": the name before the naming word is that version
            named = next((q for q in reversed(s.products) if q.end <= naming.start and not q.generic
                          and _outside_brackets(s, q.end, naming.start) <= 1), None)
            if named is not None:
                s.named_versions.add(id(p))
        name = s.country(c)
        child = named or Mention(min(p.start, c.start), end, "product", copy_label(p.value, name),
                                 s.doc.text[min(p.start, c.start):end])
        s.parents.add(id(p))
        yield _mk(s, child, "derived_from", p.value, {"cue_copy": 1.0, "unnamed": float(named is None)}, p, c,
                  qualifier="copy")
        yield _mk(s, child, "made_in_country", name, {"adjective": 1.0}, c, child)


def _type_word_between(s: Sentence, c: Mention, p: Mention) -> bool:
    """Whether a word for "type" alone stands between a country's adjective and a family's name ("Yugoslav-type
    Kalashnikovs", "jugoslovanskega tipa kalašnikovke"): the adjective is on the family all the same."""
    word = s.doc.text[c.end:p.start].strip(" -\u2011")
    return bool(word) and word.lower() in shapes().type_words


def _licensed_designs(s: Sentence) -> Iterator[Reading]:
    """"the M84, built under the licence for the Soviet T 72": a product right after a licence word is the design
    licensed, and a product named before the word in the same sentence is its licensed copy (not where words of
    place follow their noun: "AK-47の製造ライセンス" is the AK-47's licence)."""
    if s.doc.particles_follow:
        yield from _licensed_before(s)
        return
    # ("The Type 58 is an unlicensed AK-47", "a pirated AKM": a copula, then a word of no licence right on the
    # original, makes the subject its copy)
    denied = [k for k in s.cue_list("unlicensed") if any(
        c.end <= k.start and s.doc.tokens_between(c.end, k.start) <= 2 for c in s.cue_list("copula"))]
    for cue in s.cue_list("licence") + denied:
        after = _run_after(s, cue.end, 3)
        if not after or id(after[0]) in s.parents:
            continue
        parent = after[0]
        if any(_as_named(s, a) is parent for a in s.cue_list("as_name")):
            continue   # "made under licence as the AKM-63": the name after "as" is the copy's (see _made_as)
        between = s.doc.text[cue.end:parent.start]
        if "(" in between or any(m.kind in {"country", "org"} and not m.adjective and cue.end <= m.start < parent.start
                                 for m in s.mentions):
            continue   # "under licence by Czechoslovakia (BVP-1)": a name after the licensee is the copy's own
        before = [p for p in s.products if p.end <= cue.start and p.start >= s.start and p.value != parent.value
                  and not p.generic and not _extends(parent, p)]
        # "Prodotto su licenza del T-72M, il carro entrò in servizio": a licence phrase opening the sentence, set off
        # by a comma before a clause that names no product, makes the product spoken of the design's copy
        fronted = s.topic is not None and s.topic.start < s.start and s.topic.value != parent.value \
            and s.doc.tokens_between(s.start, cue.start) <= 1 \
            and s.doc.text[parent.end:s.end].lstrip().startswith(",") \
            and not any(p.start > parent.end for p in s.products)
        if not (before or fronted) or (s.cue_list("unlicensed") and cue.value != "unlicensed"):
            continue   # no subject here: "licence-built T-72M1" is the copy
        child = before[-1] if before else s.topic
        if child is None:
            continue
        if before and s.doc.tokens_between(child.end, cue.start) \
                - _cue_tokens(s, child.end, cue.start, ("copula",)) > 4:
            continue   # "the T-34/85, and in the late 1950s licence production of the T-54": another clause's name
            #            (a copula of many words counts as one: "handelte es sich um eine in Lizenz gebaute")
        if any(k.end > child.start and k.start < parent.end + 12 for k in s.cue_list(*DERIVE)):
            continue   # a copy word about the pair reads it itself (not one about a later name: "and its version SM-2")
        s.parents.add(id(parent))
        feats = {"cue_licence": 1.0, "topic": 0.0, "distance": float(s.gap(child, cue) + s.gap(cue, parent)) / 10,
                 "extends": float(_extends(child, parent)), "negated": float(_negated(s, cue))}
        yield _mk(s, child, "derived_from", parent.value, feats, cue, parent,
                  qualifier="copy" if cue.value == "unlicensed" else "licensed copy")


def _basis_child(s: Sentence, before: list[Mention], cue: Mention) -> Mention | None:
    """What a Chinese or Japanese basis ("在X的基础上") made: a name after it in its clause ("在歼-5的基础上研制了
    歼-5甲"); else the name before the basis in its clause where it is no part of a list of originals
    ("歼-8是在歼-7的基础上...", not "在AK-47与SKS的基础上"); else a name after it further on, or the product spoken
    of."""
    after = [p for p in s.products if p.start >= cue.end and s.doc.tokens_between(cue.end, p.start) <= 20
             and not any(m in s.doc.text[cue.end:p.start] for m in ";；。")]
    if after and not any(ch in s.doc.text[cue.end:after[0].start] for ch in ",，"):
        return after[0]
    if len(before) >= 2 and not any(ch in s.doc.text[before[-2].end:cue.start] for ch in ",，;；、") \
            and not _CJK_LIST.fullmatch(_without_kind_words(s, before[-2].end, before[-1].start)):
        return before[-2]
    return after[0] if after else before[-2] if len(before) >= 2 else s.topic


_CJK_LIST = lazy_compile(r"\s*(?:和|与|與|及|以及|或|、|と|や|및|과|와)?\s*")   # what joins two names of one list


def _without_kind_words(s: Sentence, a: int, b: int) -> str:
    """The text between two places less the words for kinds of product in it ("AK-47步枪和SKS" -> "和")."""
    text = s.doc.text
    kinds = [m for m in s.cue_list("product_noun") if a <= m.start and m.end <= b]
    return "".join(ch for i, ch in enumerate(text[a:b], a) if not any(m.start <= i < m.end for m in kinds))


def _licensed_before(s: Sentence) -> Iterator[Reading]:
    """Where the verb comes last: "59式は、T-54Aを中国でライセンス生産した車両である" (the Type 59 is a vehicle that
    licence-built the T-54A in China): the design named right before the licence word, a place at most between, is
    licensed, and the name the sentence opens with is its licensed copy (not "T-54Aのライセンス": the design's
    licence)."""
    if s.cue_list("unlicensed", *DERIVE):
        return   # a copy word reads the pair itself
    for cue in s.cue_list("licence"):
        before = [p for p in s.products if p.end <= cue.start and p.start >= s.start and not p.generic]
        places = sum(s.doc.tokens_between(m.start, m.end) for m in s.mentions
                     if m.kind == "country" and before and before[-1].end <= m.start and m.end <= cue.start)
        if len(before) < 2 or _plain_tokens(s, before[-1].end, cue.start) - places > 2 \
                or _opens_with_genitive(s, s.doc.text[before[-1].end:cue.start]):
            continue
        parent, child = before[-1], before[0]
        if any(parent.end <= k.start and k.end <= cue.start for k in s.cue_list("alias", "as_name")):
            continue   # ("MiG-21은 J-7이라는 이름으로 중국에서 라이선스 생산되었다": the name given to what was made)
        if child.value == parent.value or _extends(parent, child) or _extends(child, parent) \
                or _opens_with_genitive(s, s.doc.text[child.end:child.end + 2]):
            continue   # ("T-72의 후속인 ... ": the first name owns what follows)
        s.parents.add(id(parent))
        yield _mk(s, child, "derived_from", parent.value, {"cue_licence": 1.0, "distance": s.gap(child, cue) / 10},
                  child, cue, parent, qualifier="licensed copy")
        return


def _negated(s: Sentence, cue: Mention) -> bool:
    """A negation word governing a cue (``Sentence.negating``), not one inside a phrase of its own ("licenc
    nélküli": unlicensed)."""
    word = s.negating(cue)
    return word is not None and not any(k.start <= word.start and word.end <= k.end
                                        for k in s.cue_list("unlicensed"))


def _longer_names(s: Sentence) -> Iterator[Reading]:
    """"17,697 BVP-1 were built, 402 of them the command BVP-1K": a longer designation after a shorter one of the
    same stem, in a sentence about production or versions, is one of its versions."""
    if not s.has("produce", "variant", "introduce"):
        return
    earlier = s.topic if s.topic is not None and s.topic.start < s.start else None
    for n, child in enumerate(s.products):
        if _example_set_against(s, child):
            continue   # ("lighter in comparison with the first variants, for example the T-62A": compared, no version)
        for parent in s.products[:n]:
            if _extends(child, parent) and not parent.generic and id(child) not in s.parents:
                if _and_joined(s, parent, child):
                    break   # ("500 of the M-84 and M-84A were built": two designs a list counts, no version said)
                yield _mk(s, child, "derived_from", parent.value, {"extends": 1.0, "extends_only": 1.0}, parent, child,
                          qualifier="variant")
                break
        else:
            # "The Type 59 ... . The Type 59-1 was a lighter variant.", "... С 1955 года выпускал модификацию Т-54А": a
            # sentence of versions with a longer name of the product spoken of before, and no name it extends in its
            # own sentence, makes it that product's version (one that only makes it, "Ab 1971 baute das Werk den
            # T-97M", does not say it is one)
            if earlier is not None and _extends(child, earlier) and not earlier.generic \
                    and id(child) not in s.parents \
                    and not any(_extends(child, p) or p.value == earlier.value for p in s.products):
                # (the reading stands below the threshold where no word of versions says so, and still tells the
                # document that the sentence goes on about the versions of the design spoken of)
                unsaid = 0.0 if s.has("variant") else 1.0
                yield _mk(s, child, "derived_from", earlier.value,
                          {"extends": 1.0, "extends_only": 1.0, "version_unsaid": unsaid}, child, qualifier="variant")


def _beside_list(s: Sentence, cue: Mention, after: list[Mention], parent: Mention) -> list[tuple[Mention, Mention]]:
    """(version, original) for the names a list joins to the one set right after a word of versions ("the later
    variants Type 59-I and Type 59-II", "les variantes T-97A et T-97B"): each is a version, of the same original."""
    if not _set_beside(s, cue, after[0]):
        return []
    out: list[tuple[Mention, Mention]] = []
    for a, b in itertools.pairwise(after):
        if not _joins_list(s, a.end, b.start):
            break
        if b.value != parent.value and not _extends(parent, b):
            out.append((b, parent))
    return out


def _definite_apposed(s: Sentence, cue: Mention, name: Mention) -> bool:
    """Whether a name follows a version word that carries the definite article glued to it, with only words that
    carry it too (its adjectives) or a country between, in a language whose "of" is no word ("النسخة المطورة J-7",
    the improved version J-7): a word with the article opens no construct ("نسخة ميغ-21", a version of the MiG-21),
    so the name is set beside it, the version's own."""
    articles = s.doc.definite_articles
    if not articles or s.doc.of_marked:
        return False
    text, folded = s.doc.text, s.doc.folded
    head = cue.start
    while head > s.start and text[head - 1].isalpha():
        head -= 1
    if not folded[head:cue.end].startswith(articles):
        return False
    words = [w for w in _WORD.finditer(folded, _word_end(text, cue.end), name.start)]
    if len(words) > 3:
        return False
    countries = [m for m in s.mentions if m.kind == "country" and cue.end <= m.start and m.end <= name.start]
    return all((w.group().startswith(articles) and w.group() not in s.doc.relative_words)
               or any(m.start <= w.start() < m.end for m in countries) for w in words)



def _word_end(text: str, pos: int) -> int:
    """Where the word holding ``pos`` ends (a cue may match a word's stem only)."""
    while pos < len(text) and text[pos].isalpha():
        pos += 1
    return pos


def _set_beside(s: Sentence, cue: Mention, name: Mention) -> bool:
    """Whether a product follows a version or copy word with nothing but country adjectives between ("the Chinese
    version J-7", "versão chinesa J-7"), in a language that writes "of" ("a version of the MiG-21") as a word: then
    the product is the version, not its original."""
    if cue.value in {"variant", "copy"} and name.value != (s.topic.value if s.topic else "") \
            and _definite_apposed(s, cue, name):
        return True
    if not s.doc.of_marked or cue.value not in {"variant", "copy"} or name.value == (s.topic.value if s.topic else ""):
        return False
    between = [m for m in s.mentions if cue.end <= m.start and m.end <= name.start]
    if any(m.kind != "country" or not m.adjective for m in between if m.kind != "cue"):
        return False
    words = s.doc.tokens_between(cue.end, name.start)
    return words == sum(s.doc.tokens_between(m.start, m.end) for m in between if m.kind == "country")


def _apposed(s: Sentence, cue: Mention, name: Mention) -> bool:
    """Whether a name is set off after a version word that points back at the product spoken of ("the trainer
    version of the aircraft, the JJ-5", "a version of this tank — the M-84A"): the name is the version's."""
    if cue.value not in {"variant", "copy"} and not any(cue.start <= k.start and k.end <= cue.end
                                                        for k in s.cue_list("variant", "copy")):
        return False   # "version of" is a word of basis holding a version word
    text = s.doc.text
    mark = max(text.rfind(c, cue.end, name.start) for c in ",—–:")
    # (an article right before the name counts for nothing: "une copie de l'appareil, appelée le J-5")
    lead = fold_phrase(text[mark + 1:name.start]).split() if mark >= 0 else []
    article = 1 if len(lead) > 1 and lead[-1] in articles() else 0
    if mark < 0 or s.doc.tokens_between(mark + 1, name.start) - article > 1 \
            or s.doc.tokens_between(cue.end, mark) > 4:
        return False
    between = [m for m in s.mentions if cue.end <= m.start and m.end <= mark]
    return not any(m.kind in {"product", "org", "country"} for m in between) \
        and any(m.kind == "cue" and m.value in {"anaphor", "product_noun"} for m in between)


def _called(s: Sentence, cue: Mention, name: Mention) -> bool:
    """Whether a name is given to a version or copy word by a naming word between them ("this version is called
    the Type 68", "эта версия получила обозначение АКМ")."""
    if cue.value not in {"variant", "copy"}:
        return False
    naming = [k for k in s.cue_list("alias") if cue.end <= k.start and k.end <= name.start]
    if naming and han_or_kana(cue.text[:1]) and s.doc.tokens_between(naming[-1].end, name.start) == 0 \
            and s.doc.tokens_between(cue.end, naming[0].start) <= 6 \
            and not any(m.kind in {"product", "org", "country"} and cue.end <= m.start < naming[0].start
                        for m in s.mentions):
        return True   # "兵工厂仿制成功,随即定型为1985年式": the copying's clause names what it made
    if not naming or s.doc.tokens_between(cue.end, naming[0].start) > 2 \
            or s.doc.tokens_between(naming[-1].end, name.start) > 2:
        return False
    if s.near_before(cue.start, ("anaphor",), 0) is not None or s.near_after(cue.end, ("anaphor",), 0) is not None:
        return True
    # "una versión egipcia llamada Misr": only a country adjective between the word and the naming word (not "a
    # version of the so-called X", which names the original)
    # (where adjectives follow their noun, a country's name right after the word is its adjective too: "versi China")
    adjectives = sum(s.doc.tokens_between(m.start, m.end) for m in s.mentions
                     if m.kind == "country" and cue.end <= m.start and m.end <= naming[0].start
                     and (m.adjective or (s.doc.adjectives_follow and s.doc.tokens_between(cue.end, m.start) == 0)))
    # (a relative word before the naming word counts for none: "a version that is called", "versi yang dinamai")
    adjectives += sum(1 for w in fold_phrase(s.doc.text[cue.end:naming[0].start]).split() if w in s.doc.relative_words)
    # (or one verb with a copula: "nella versione rumena è diventato noto come PM md 63", the version became known as)
    copulas = [k for k in s.cue_list("copula") if cue.end <= k.start and k.end <= naming[0].start]
    return s.doc.tokens_between(cue.end, naming[0].start) - adjectives \
        - sum(s.doc.tokens_between(k.start, k.end) for k in copulas) <= (1 if copulas else 0)


def _named_by_copula(s: Sentence, parent: Mention) -> Mention | None:
    """The product a copula names after the original a version or copy word points at ("another version of the
    Finnish Kalashnikov is the Valmet Rk.62"): the version itself."""
    link = next((k for k in s.cue_list("copula") if k.start >= parent.end
                 and _plain_tokens(s, parent.end, k.start) <= 1), None)
    if link is None:
        return None
    return next((p for p in s.products if p.start >= link.end and s.doc.tokens_between(link.end, p.start) <= 1
                 and not _extends(parent, p)), None)


def _copy_named(s: Sentence, parent: Mention) -> Mention | None:
    """The name an alias cue gives right after the original a derivation cue points at ("a copy of the AK known as
    the Type 81", "копию АК под названием Тип 81"): the copy's own name, not another name of the original."""
    bracketed = next((p for p in s.products if p.start > parent.end), None)
    if bracketed is not None and s.doc.text[parent.end:bracketed.start].strip() in {"(", "（"} \
            and not _extends(bracketed, parent) and not parent.generic:
        return bracketed   # "首批仿制的T-54A（59式）": a name in brackets right after the original is the copy's
    # ("une version chinoise du MiG-19 (qui deviendra le J-6)", "(later the J-6)": a few words before it, the name
    # closing the brackets)
    opened = s.doc.text[parent.end:bracketed.start] if bracketed is not None else ""
    if bracketed is not None and opened.strip()[:1] in {"(", "（"} and not _extends(bracketed, parent) \
            and not parent.generic and s.doc.text[bracketed.end:bracketed.end + 2].strip()[:1] in {")", "）"} \
            and s.doc.tokens_between(parent.end, bracketed.start) <= 4 and not any(c in opened for c in ",;:)）"):
        return bracketed
    kin = bracketed is not None and bracketed.entity is not None and parent.entity is not None \
        and s.doc.derives is not None and s.doc.derives(bracketed.entity, parent.entity)
    # (a family's name too, where the registry derives the name from it: "a copy of the Scud, the Hwasong-5")
    if bracketed is not None and _apposed_last(s, parent, bracketed) and not _extends(bracketed, parent) \
            and (not parent.generic or kin) and not (bracketed.entity is not None and parent.entity is not None
                                                     and s.doc.derives is not None and not kin):
        # "built their own version of the An-12, the Y-8.": a name set beside the original, last in the sentence
        # (not two designs the registry knows as no kin: "copies of the MiG-21, the Su-7.")
        return bracketed
    cue = next((k for k in s.cue_list("alias") if k.start >= parent.end), None)
    if cue is not None:
        # "các biến thể MiG-21 của Trung Quốc với tên gọi J-7": the country the copies belong to may come between
        places = sum(s.doc.tokens_between(m.start, m.end) for m in s.mentions
                     if m.kind == "country" and parent.end <= m.start and m.end <= cue.start)
        # "скопировали МиГ-19 и строили его у себя под обозначением J-6": made under the name, a clause further on
        # ("produced the MiG-19 under licence and named it the J-6", "T-54s captured by Israel were named Tiran 4": a
        # licence or a capture between them is the making too)
        making = any(parent.end <= k.start and k.end <= cue.start for k in s.cue_list("produce", "licence", "capture"))
        # (or a word of making glued before the design: "国产米格-17于1956年被命名为歼-5", the home-built MiG-17)
        making = making or s.near_before(parent.start, ("produce",), 0) is not None
        # (nor is a maker's name: "built by the Helwan Aircraft Factory and designated")
        gap = s.doc.tokens_between(parent.end, cue.start) - places - _org_tokens(s, parent.end, cue.start)
        others = any(p.kind == "product" and parent.end <= p.start and p.end <= cue.start for p in s.mentions)
        cue = cue if gap <= 2 or (making and gap <= 8 and not others) else None
    if cue is None:
        return None
    after = [p for p in s.products if p.start >= cue.end and s.doc.tokens_between(cue.end, p.start) <= 3]
    named = after[0] if after else _name_after(s, cue)
    if parent.generic and (named is None or name_key(named.value).startswith(name_key(parent.value))):
        return None   # "copies of the Kalashnikov, also known as the AK-47": a family's name is a model's
    return named


def _apposed_last(s: Sentence, parent: Mention, name: Mention) -> bool:
    """Whether a name stands beside another after a comma or a dash set off by spaces (an article at most between
    them) and ends the sentence ("... of the An-12, the Y-8.", "экспортной версии танка Т-72Б — Т-72С."): not one of
    a list ("of the AK-47, the AKM and the AK-74")."""
    gap = s.doc.text[parent.end:name.start]
    between = gap.strip()
    dash = gap.find(between[:1]) if between[:1] in _DASHES else -1
    marked = between[:1] == "," or (dash > 0 and gap[:1].isspace() and gap[dash + 1:dash + 2].isspace())
    return marked and (not between[1:].strip() or between[1:].strip().lower() in articles()) \
        and not s.doc.text[name.end:s.end].strip(" .!?。")


def _paired_elsewhere(s: Sentence, p: Mention, c: Mention) -> bool:
    """Whether a country stands in a part of the sentence (between commas or semicolons) that names a product other
    than ``p``, and ``p`` stands outside that part: a list of pairs, each place its own name's ("10 T-72s to
    Ethiopia, 20 T-55s to Yemen", "в Эфиопию Т-72, а в Йемен Т-55")."""
    text = s.doc.text

    def part(m: Mention) -> tuple[int, int]:
        low = max(text.rfind(",", s.start, m.start), text.rfind(";", s.start, m.start), s.start)
        ends = [i for i in (text.find(",", m.end, s.end), text.find(";", m.end, s.end)) if i >= 0]
        return low, min(ends, default=s.end)

    low, high = part(c)
    if low <= p.start < high or p.start < s.start:
        return False   # (nor the design spoken of, named before the sentence: it has no part of its own in it, "It
        #                replaced the T-55 and was exported to Kuwait")
    # (and the name's own part names a place it went to of its own: not "got 44 MiG-29s, of which eight MiG-29UBs",
    # nor a seller, "Iraq received MiG-21s, MiG-23s and MiG-25s from the USSR")
    own_low, own_high = part(p)
    return any(low <= o.start and o.end <= high and o.value != p.value for o in s.products) \
        and any(own_low <= o.start and o.end <= own_high and o.kind == "country" and _marked_recipient(s, o)
                for o in s.mentions)


_FIELD_VALUE = lazy_compile(r"[ \t]*[:：|]|\t| {2,}")   # what parts a field's label from its value (a table's bar too)


_LOCAL_RUN = lazy_compile(r"[^\W\d_a-zA-Z]+")   # letters of a script other than Latin's, in a row


def _of_forces(s: Sentence, c: Mention) -> bool:
    """Whether a country names the forces a word right on it names: "the Chinese army", "Çin Ordusu", or, where
    adjectives follow their noun, "el ejército sirio", "الجيش السوري" (the Syrian army)."""
    # (the article glued before the adjective is none of it: "الجيش ال|سوري"; a word for forces glued to the name,
    # "苏军", "북한군", is the forces')
    # (in a form the language file lists with it, "소련군", or right after the name, the word ends there or takes a
    # particle: "苏军T-55", "소련군은", not "中国军工厂", military industry, nor "중국군수업체")
    if fold_phrase(c.text).strip() in force_names():
        return True   # "the PLA": a name of the forces the language file lists among the country's forms
    if s.doc.force_marks:
        text = s.doc.text
        at = next((c.start + i for i in range(1, c.end - c.start) if text[c.start + i] in s.doc.force_marks),
                  c.end if text[c.end:c.end + 1] in s.doc.force_marks else -1)
        if at >= 0:
            run = _LOCAL_RUN.match(text, at + 1)
            if run is None or len(run.group()) <= 2:
                return True
    # (or a name right after the word for forces, nothing between, in the owner's case: "Ministarstvu obrane Libije",
    # "Vojska Srbije", the forces of Egypt, of Serbia)
    force = None if c.adjective or c.case else s.near_before(c.start, ("force",), 0)
    if force is not None and not s.doc.text[force.end:c.start].strip():
        return True
    return s.near_after(c.end, ("force",), 0) is not None or (
        s.doc.adjectives_follow and c.adjective
        and s.near_before(_prefix_start(s.doc.text, max(s.start, c.start - 4), c.start), ("force",), 0) is not None)


def _licence_making_between(s: Sentence, c: Mention, cue: Mention) -> bool:
    """Whether only a word of licence and one of making, said of the word after them, stand between a country's
    adjective and that word ("a Yugoslav licence-built version", Croatian "jugoslavenska licencno proizvedena
    varijanta", Czech "československá licenčně vyráběná verze"): the adjective is the version's, made in that land."""
    if not c.adjective or c.end > cue.start or any(ch in ",;:()" for ch in s.doc.text[c.end:cue.start]):
        return False
    between = [m for m in s.mentions if m.kind == "cue" and c.end <= m.start and m.end <= cue.start]
    licence = [m for m in between if m.value == "licence" and s.doc.tokens_between(c.end, m.start) == 0]
    return bool(licence) and any(m.value == "produce" and s.doc.tokens_between(licence[0].end, m.start) == 0
                                 and s.doc.tokens_between(m.end, cue.start) == 0 for m in between)


def _licence_on_making(s: Sentence, c: Mention) -> bool:
    """Whether a country's adjective stands on a copy or version word past a word of licence and one of making
    ("jugoslavenska licencno proizvedena varijanta"): it names the maker of the version, no licensor."""
    return any(_licence_making_between(s, c, k) for k in s.cue_list("copy", "variant"))


def _attributive(s: Sentence, c: Mention, cue: Mention) -> bool:
    """Whether a country's name stands right on a word, on the side its language puts adjectives, with no case or
    word of place, source or destination: a name used as an adjective ("phiên bản Trung Quốc", "versi China", "the
    China version")."""
    if c.adjective or c.case or s.gap(c, cue) != 0:
        return False
    if not (c.start >= cue.end if s.doc.adjectives_follow else c.end <= cue.start):
        return False
    return s.near_before(c.start, ("locative", "source", "destination", "agent"), 0) is None \
        and not s.doc.particle_on(c, {"locative", "source", "destination", "agent"})


def _copiers(s: Sentence, cue: Mention) -> list[Mention]:
    """The countries that do the copying a copy word says: named right before it ("56式是中国仿制的AK-47"; a year or
    a verb of starting may stand between them, no other name: "中国于1964年开始仿制米格-21"; where the verb ends its
    clause, the object marked as such may: "中国がAK-47をコピーした", "중국이 AK-47을 복제한"), or after it, as its
    agent ("copied by China")."""
    if cue.value != "copy":
        return []
    before = [c for c in s.mentions if c.kind == "country" and not c.adjective and c.end <= cue.start
              and (s.gap(c, cue) <= 5 or _plain_tokens(s, c.end, cue.start) <= 5)   # (words of licence between)
              and c.case not in {"source", "destination"}
              and not any(m.kind in {"product", "country", "org"} and c.end <= m.start < cue.start
                          and not (m.kind == "product" and _object_marked(s, m)
                                   and _same_clause(s, m.end, cue.start, 4)) for m in s.mentions)
              # (nor one a word of use sets before it: "the Type 56 (used mostly in Canada) was a copy")
              and s.near_before(c.start, ("source", "destination", "agent", "export", "import", "service", "capture"),
                                1) is None
              and not s.doc.particle_on(c, {"source", "destination"})]
    return before + _copier_after(s, cue)


def _owned_original(s: Sentence, cue: Mention, before: list[Mention]) -> Mention | None:
    """Where the owner comes first, the name right before a copy word that an owner's mark makes its owner ("Su-27'nin
    kopyası", "Su-27のコピー", "Su-27의 복제품", "苏-27的仿制品"; the mark may end the word of its kind after the name:
    "Su-27 uçaklarının kopyası")."""
    if not s.doc.genitive_first or not before:
        return None
    p = before[-1]
    if _owner_glued(s, p, cue):
        return p
    if not s.doc.genitive_marks and (s.doc.tokens_between(_past_kind_word(s, p, cue), cue.start) == 0
                                     or _GLUED_ENDING.fullmatch(s.doc.text[p.end:cue.start]) is not None):
        return p   # (a language that marks no owner apart: "a Szu-27 másolatát", "Su-27:n kopion")
    kind = next((k for k in s.cue_list("product_noun") if p.end <= k.start and k.end <= cue.start
                 and not s.doc.text[p.end:k.start].strip() and not s.doc.text[k.end:cue.start].strip()), None)
    marks = [g.lstrip("'’") for g in s.doc.genitive_marks if g[:1] in "'’" and len(g) > 2]
    word = s.doc.text[kind.start:kind.end] if kind is not None else ""
    return p if kind is not None and any(word.endswith(g) for g in marks) else None


_GLUED_ENDING = lazy_compile(r"[:'’-][^\W\d_]{1,5}\s+")   # a case ending glued to a name ("Su-27:n ")


def _copiers_before_owner(s: Sentence, original: Mention) -> list[Mention]:
    """The countries named right before the owner of a copy word, a comma or five words at most between and no other
    name, nor a word of trade or use: the ones who copied ("Çin, Su-27'nin kopyasını üretti")."""
    return [c for c in s.mentions if c.kind == "country" and not c.adjective and c.end <= original.start
            and s.doc.tokens_between(c.end, original.start) <= 5 and c.case not in {"source", "destination", "locative"}
            and not s.doc.particle_on(c, {"source", "destination", "locative"})
            and not any(m.kind in {"product", "country", "org"} and c.end <= m.start < original.start
                        for m in s.mentions)
            and not any(c.end <= k.start and k.end <= original.start for k in s.cue_list(*_TRADE_OR_USE))]


def _copier_after(s: Sentence, cue: Mention) -> list[Mention]:
    """"copied by China", "copiado pela China", "skopiowany przez Chiny": the country the word's agent is; or,
    where the agent stands before the verb, "được Trung Quốc sao chép", "由中国仿制", "von China kopiert"."""
    # (not past a word for a kind of product: "jiplakan dari senapan Rusia", a copy of the Russian rifle)
    agents = [c for c in s.mentions
              if c.kind == "country" and not c.adjective and (a := s.near_before(c.start, ("agent",), 1)) is not None
              and not any(a.end <= k.start and k.end <= c.start for k in s.cue_list("product_noun"))]
    # (or a one-character agent word glued before the name: "由我国仿制", copied by our country)
    agents += [c for c in s.mentions if c.kind == "country" and not c.adjective and c not in agents
               and s.doc.particle_before(c.start, {"agent"})]
    after = [c for c in agents if c.start >= cue.end and s.doc.tokens_between(cue.end, c.start) <= 2]
    # (the agent before the verb only in its clause: not "The AK-47, supplied by China, was copied in Egypt")
    before = [c for c in agents if c.end <= cue.start and s.doc.tokens_between(c.end, cue.start) <= 1
              and not _clause_apart(s, cue, [c])]
    # "was copied in China", "fue copiado en China", "został skopiowany w Chinach", "был скопирован в Китае": the
    # place right after the verb is where the copy was made (not one a verb of its own follows)
    # (or right before it, where the verb comes last: "中国でコピーされた", "Çin'de kopyalandı")
    placed = [c for c in s.mentions if c.kind == "country" and not c.adjective and _a_place(s, c)
              and ((c.start >= cue.end and s.doc.tokens_between(cue.end, c.start) <= 1
                    and s.near_before(c.start, ("agent", "source", "destination"), 1) is None)
                   or (s.doc.particles_follow and c.end <= cue.start and s.doc.tokens_between(c.end, cue.start) <= 1
                       and not _clause_apart(s, cue, [c])
                       # (one name before it, what was copied: not "56式は、ソ連のAKMを中国で国産化した")
                       and len([p for p in s.products if s.start <= p.start and p.end <= cue.start]) == 1))]
    return (after or before or placed)[:1]


def copy_label(original: str, country: str, kind: str = "copy") -> str:
    """The name given to a copy (or a version) the text does not name, by the country's English adjective where the
    English language file gives one: "AK-47 (Chinese copy)", "AK-47 (Yugoslav version)" (as an analyst writes it;
    the country's name where no adjective is known)."""
    return f"{original} ({_label_adjectives()[0].get(country, country)} {kind})"


def copy_label_country(name: str) -> str | None:
    """The country of a name ``copy_label`` made, else None."""
    m = _COPY_LABEL.fullmatch(name)
    return _label_adjectives()[1].get(m.group(1), m.group(1)) if m else None


@cache
def _label_adjectives() -> tuple[dict[str, str], dict[str, str]]:
    """Countries' English adjectives by their English names (the first form the English language file gives each:
    "Chinese" for China), and the names by the adjectives."""
    names = countries().names
    adjectives = {names[code]: forms[0].rstrip("*") for code, forms in language("en").country_forms.items()
                  if code in names and forms}
    return adjectives, {a: n for n, a in adjectives.items()}


_COPY_LABEL = lazy_compile(r".+ \((.+) (?:copy|version)\)")


def _makers_adjective(s: Sentence, c: Mention, cue: Mention) -> bool:
    """Whether a country's adjective stands right on a noun of makers that a word of making after it makes the doer
    of the copies: "Chinese gunsmiths began to make copies of the AK-47", "Румынские заводы выпускали копии"."""
    if not c.adjective or c.end > cue.start:
        return False
    noun = s.near_after(c.end, ("maker", "org_word"), 0)
    return noun is not None and noun.end <= cue.start and s.doc.tokens_between(noun.end, cue.start) <= 3 \
        and any(noun.end <= k.start and k.end <= cue.start for k in s.cue_list("produce")) \
        and not any(m.kind in {"product", "country", "org"} and c.end <= m.start < cue.start for m in s.mentions)


def _people(s: Sentence, c: Mention) -> bool:
    """Whether a country's adjective names its people, the doer of a verb of making or copying right after it ("the
    Chinese make", "les Chinois fabriquent", "die Chinesen kopierten")."""
    verb = s.near_after(c.end, ("produce", "copy"), 0) if c.adjective else None
    # (not a noun the adjective qualifies: "the Soviet copy of the B-29")
    return verb is not None and s.near_after(verb.end, ("of",), 0) is None and not any(
        m.kind == "product" and m.start >= c.end and s.doc.tokens_between(c.end, m.start) == 0 for m in s.mentions)


# a capitalised name of one to three words (a number or a hyphen inside), a comma, an article, then the word
_UNKNOWN_APPOSED = lazy_compile(r"(?<![\w-])([A-Z][\w]*(?:-[\w]+)*(?: [A-Z0-9][\w-]*){0,2}),\s+"
                              r"(?:an?|une?|una?|eine?|ein|uma?|o|la|le|el|il|the)\s+$")


def _unknown_apposed(s: Sentence, cue: Mention) -> Mention | None:
    """A name no mention has taken, set off by a comma and an article right before a word of copies or versions,
    after a word of making ("Iraq built the Al-Hussein, a copy of the Scud"): the copy's name, a new product."""
    window = s.doc.text[max(s.start, cue.start - 60):cue.start]
    m = _UNKNOWN_APPOSED.search(window)
    if m is None:
        return None
    start = cue.start - len(window) + m.start(1)
    end = start + len(m.group(1))
    if any(o.start < end and start < o.end for o in s.mentions if o.kind != "cue") \
            or not any(k.end <= start and s.doc.tokens_between(k.end, start) <= 2 for k in s.cue_list("produce")):
        return None
    return Mention(start, end, "product", m.group(1), m.group(1))


def _version_named(s: Sentence, cue: Mention, name: Mention) -> bool:
    """Whether a word of versions names the version right after it, not the product spoken of before ("ruszyła
    produkcja wersji MiG-21U" after a sentence on the F-5, "výroba verze MiG-19S" after one on the Su-7): a name of
    another family than that product's where the registry does not know both, or one it knows as no kin of it."""
    topic = s.topic
    if topic is None or cue.value != "variant" or s.doc.tokens_between(cue.end, name.start) != 0:
        return False
    if _made_model(s, cue) and not _extends(name, topic):
        return True   # ("zahájena výroba modelu T-72M1" after a sentence on the T-55: the T-72M1 is what is made)
    if topic.entity is not None and name.entity is not None:
        return _no_kin(s, topic, name)   # ("The Chinese version J-7" after the MiG-21: the registry knows them kin)
    if any(c.kind == "country" and c.adjective and (s.gap(c, cue) == 0 or (cue.end <= c.start < name.start))
           for c in s.mentions):
        return False   # ("The Chinese version J-7", "A versão chinesa J-7": a country's version of the product)
    # (a family's letters with a prefix of its own are the family's: "SBLim-5" after the Lim-5)
    a, b = (found.group(1).upper() if (found := _LETTERS.search(m.value)) else "" for m in (topic, name))
    if len(a) == 1 and a == b:
        return _stem_number(topic.value) != _stem_number(name.value)
    return bool(a and b) and not a.endswith(b) and not b.endswith(a)


_LETTERS = lazy_compile(r"([^\W\d_]+)[\s-]*\d")   # the letters right before a designation's number ("MiG", "An")
_STEM_NUMBER = lazy_compile(r"[^\W\d_]+[\s-]*(\d+)")


def _stem_number(value: str) -> str:
    """The number of a designation's stem ("72" of "T-72M1"): one letter before it (T, M, J) is shared by designs of
    no kin (the T-55 and the T-72), so the number tells the family there."""
    found = _STEM_NUMBER.search(value)
    return found.group(1) if found else ""


def _no_kin(s: Sentence, a: Mention, b: Mention) -> bool:
    """Whether the registry knows two designs and derives neither from the other (the ZU-23-2 and the Igla; not the
    J-7 and the MiG-21, nor a design it does not know)."""
    return a.entity is not None and b.entity is not None and s.doc.derives is not None \
        and not s.doc.derives(a.entity, b.entity) and not s.doc.derives(b.entity, a.entity)


def _adjective_on_word(s: Sentence, cue: Mention) -> bool:
    """Whether a country's adjective stands right on a word ("Iranian copies of the RPG-7"): a copy of that country's,
    unnamed, not the product spoken of before where the registry knows no kin between the two."""
    return any(c.kind == "country" and c.adjective and c.start >= s.start and c.end <= cue.start
               and s.doc.tokens_between(c.end, cue.start) == 0 for c in s.mentions)


def _country_doing(s: Sentence, cue: Mention) -> bool:
    """Whether a country (or its people) is the one that makes or copies in a word's clause: named before it in the
    sentence, no product between ("China copies ...", "the Chinese make an imitation of ...")."""
    return bool(_doers(s, cue))


def _doers(s: Sentence, cue: Mention) -> list[Mention]:
    """The countries (or peoples) ``_country_doing`` finds doing a word."""
    return [c for c in s.mentions if c.kind == "country" and c.start >= s.start and c.end <= cue.start
            and (not c.adjective or _people(s, c))
            and s.doc.tokens_between(c.end, cue.start) <= 4 and _same_clause(s, c.end, cue.start, 4)
            and not any(m.kind == "product" and c.end <= m.start < cue.start for m in s.mentions)]


def _doers_foreign_to(s: Sentence, cue: Mention, design: Mention) -> bool:
    """Whether the countries that do a word of copies (or whose adjective stands on it) are none where the registry
    says a design is made: "China copied the Su-27", after a sentence on the Su-35, makes no Su-35 a copy, though
    the registry derives the Su-35 from the Su-27."""
    homes = s.doc.homes(design.entity) if s.doc.homes is not None and design.entity else frozenset()
    doers = _doers(s, cue) or [c for c in s.mentions if c.kind == "country" and c.adjective and c.start >= s.start
                               and c.end <= cue.start and s.doc.tokens_between(c.end, cue.start) == 0]
    return bool(homes) and bool(doers) and all(s.country(c) not in homes for c in doers)


def _coordinated_doer(s: Sentence, cue: Mention) -> tuple[Mention, ...]:
    """The country that does a verb joined by "and" to an earlier verb of making or copying it is the doer of ("Les
    Chinois fabriquent une imitation des Igla et copient les Smerch": the Chinese copy the Smerch too)."""
    earlier = [k for k in s.cue_list("produce", "copy") if k.end <= cue.start]
    if not earlier or not any(_between_is_and(s, p.end, cue.start) for p in s.products if p.end <= cue.start):
        return ()
    first = earlier[0]
    doers = [c for c in s.mentions if c.kind == "country" and c.start >= s.start and c.end <= first.start
             and (not c.adjective or _people(s, c)) and s.doc.tokens_between(c.end, first.start) <= 3
             and not any(m.kind == "product" and c.end <= m.start < first.start for m in s.mentions)]
    return tuple(doers[-1:])


def _word_on(s: Sentence, c: Mention, classes: tuple[str, ...]) -> bool:
    """Whether a word of one of ``classes`` within a word before a name is the name's, not a year's between them
    ("In 1991 Iraq copied": "in" is the year's)."""
    word = s.near_before(c.start, classes, 1)
    return word is not None and not any(m.kind == "year" and word.end <= m.start and m.end <= c.start
                                        for m in s.mentions)


def _equal_to(text: str) -> bool:
    """Whether what stands between two names is a comma and a word for "that is" (an article may follow): the second
    is what the first became ("，即", ", i.e. the")."""
    between = text.strip()
    if between[:1] not in {",", "，", "、"}:
        return False
    words = fold_phrase(between[1:]).split()
    if len(words) >= 2 and words[-1] in articles():
        words = words[:-1]
    return bool(words) and " ".join(words) in that_is_words()



def _unnamed_copies(s: Sentence, cue: Mention, parent: Mention | None, unlicensed: bool,
                    copiers_after: tuple[Mention, ...] = ()) -> Iterator[Reading]:
    """"Chinese and Romanian copies of the BM-21": a new product per country, named for what it copies (or by the
    ``copiers_after`` the word: "the MiG-21 was copied by China"); "the Yugoslav version of the AK-47": a version
    the adjective on a word of versions gives a country."""
    if parent is None or s.negated(cue) or any(
            q.end <= parent.start and _equal_to(s.doc.text[q.end:parent.start]) for q in s.products):
        return   # ("Hungary did not copy the AKM": no copy; "米格-21，即歼-7": the copy's own name, no original)
    version = cue.value == "variant"
    if version and (parent.start < cue.end or s.doc.tokens_between(cue.end, parent.start) == 0):
        return   # (a word of versions right on the name is the name's: "the Chinese improved Type 59")
    if version and not s.cue_list("produce") and any(k.start == cue.start for k in s.cue_list("repair")):
        return   # (a word of versions that is one of repair too, with nothing made: upgrading units a country has,
        #            "قرر الجيش تحديث دباباته من طراز تي-72", is no version of its own)
    if (e := s.near_before(parent.start, ("example",), 2)) is not None and e.start >= cue.end:
        return   # ("American versions of bombers, such as the RB-47": the name an example gives is one of them)
    adjectives = [c for c in s.mentions if c.kind == "country" and c.adjective
                  # (not past a comma: "one of the buyers of Soviet arms, copied the T-62")
                  and ((0 <= s.doc.tokens_between(c.end, cue.start) <= 1 and c.end <= cue.start
                        and not _clause_apart(s, cue, [c])
                        # (not an armed force's: "الجيش الإيراني من تطوير", the Iranian army ... developing)
                        and not (s.doc.adjectives_follow and any(
                            k.end <= c.start and s.doc.tokens_between(
                                k.end, _prefix_start(s.doc.text, k.end, c.start)) == 0
                            for k in s.cue_list("force"))))
                       # (but past one that closes a phrase of making right before the word: "des obusiers de
                       # fabrication iranienne, copiés sur le D-30", of Iranian make, copied from the D-30)
                       or (c.end <= cue.start and s.doc.tokens_between(c.end, cue.start) == 0
                           and s.near_before(c.start, ("produce",), 0) is not None
                           and not any(p.end <= c.start and s.doc.tokens_between(p.end, c.start) <= 2
                                       for p in s.products))
                       # after the word only right on it ("copie cinesi"): "copies of Russian hardware" is the
                       # original's adjective
                       or (s.doc.adjectives_follow and s.doc.tokens_between(cue.end, c.start) == 0
                           and c.start >= cue.end
                           # "a copy of the Soviet AK": an adjective that runs into the original is the original's
                           and not (parent.start >= c.end and _plain_tokens(s, c.end, parent.start) == 0)))]
    # "China copied the MiG-21", "中国ではコピーし": a country named as the one who copies, just before the word
    # (not where it is placed, or where a thing comes from or goes: "the MiG-21, built in the Soviet Union, was
    # copied")
    # (the subject of a verb of making whose object the copies are, past its auxiliaries and a possessive: "China had
    # begun to manufacture its own copies")
    copiers = [c for c in s.mentions if c.kind == "country"
               and (((not c.adjective or _people(s, c)) and c.end <= cue.start
                     and (s.doc.tokens_between(c.end, cue.start) <= 3 or _making_own_copies(s, c, cue)))
                    or _makers_adjective(s, c, cue))
               and c.case not in {"source", "destination", "locative"}
               and not _word_on(s, c, ("source", "destination", "agent", "export", "import", "locative"))
               and not any(m.kind in {"product", "country"} and c.end <= m.start < cue.start for m in s.mentions)
               # (nor one a verb of trade or use after it makes the buyer, seller or user: "Morocco bought copies of
               # the Smerch", "le Maroc a acheté des copies chinoises")
               and not any(c.end <= k.start and k.end <= cue.start for k in s.cue_list(*_TRADE_OR_USE))] \
        + list(copiers_after)
    if version:
        # ("China developed a version of the MiG-21" may be the original's maker's; not "China built its own version
        # of the AKM", which a possessive on the word gives the country doing it)
        copiers = _own_version_makers(s, cue)
        # ("the improved Soviet version of the T-72": a version its own country makes is no copy of another's)
        held = s.doc.holders(parent.entity) if s.doc.holders is not None and parent.entity else frozenset()
        adjectives = [c for c in adjectives if s.country(c) not in held]
        copiers = [c for c in copiers if s.country(c) not in held]
    # "China copied it without a licence", said of the J-7: a design is no copy of itself in the country it is its
    # own in; it is the copy, made there
    home = s.doc.homes(parent.entity) if s.doc.homes is not None and parent.entity else frozenset()
    for own in [c for c in [*copiers, *adjectives] if s.country(c) in home][:1]:
        yield _mk(s, parent, "made_in_country", s.country(own), {"adjective": 1.0}, own, cue)
        if unlicensed:
            yield _mk(s, parent, "licence_status", "unlicensed", {"status_unlicensed": 1.0}, cue, own,
                      scope=s.country(own))
    adjectives = [c for c in adjectives if s.country(c) not in home]
    copiers = [c for c in copiers if s.country(c) not in home]
    if not adjectives and not copiers:
        return
    s.parents.add(id(parent))
    # (a list's members on the adjective's side of the word: "jugoslavenskoj verziji sovjetske puške" is no list)
    countries = {id(m): m for a in adjectives for m in s.groups.get(id(a), [a])
                 if m.adjective and (m.end <= cue.start) == (a.end <= cue.start)}
    countries.update({id(c): c for c in copiers[-1:]})
    # "North Korea copied the AKM and created the Type 68": the product the sentence goes on to make is the copy
    # (or the name set beside the original as what it became: "中国仿制了米格-21，即歼-7", "MiG-21, i.e. the J-7")
    made = next((p for p in s.products if p.start > max(parent.end, cue.end) and p.value != parent.value
                 and not _extends(p, parent) and (s.near_before(p.start, ("design", "produce"), 3) is not None
                                                   or (p.start >= parent.end
                                                       and _equal_to(s.doc.text[parent.end:p.start])))),
                None) if len(countries) == 1 else None
    for country in countries.values():
        name = s.country(country)
        child = made or Mention(min(cue.start, country.start), max(cue.end, country.end), "product",
                                copy_label(parent.value, name, "version" if version else "copy"),
                                s.doc.text[min(cue.start, country.start):max(cue.end, country.end)])
        feats = {"cue_variant" if version else "cue_copy": 1.0, "unnamed": 1.0}
        yield _mk(s, child, "derived_from", parent.value, feats, cue, parent,
                  qualifier="variant" if version else "copy")
        yield _mk(s, child, "made_in_country", name, {"adjective": 1.0}, country, cue)
        if unlicensed:
            yield _mk(s, child, "licence_status", "unlicensed", {"status_unlicensed": 1.0}, cue, country, scope=name)


_TRADE_OR_USE = ("import", "export", "service", "capture")


def _making_own_copies(s: Sentence, c: Mention, cue: Mention) -> bool:
    """Whether a verb of making stands between a country and a copy word, in one clause, with no more than a few
    words besides it and a possessive ("Egypt had begun to produce its own copies", "l'Égypte avait commencé à
    produire ses propres copies"): the country makes the copies."""
    if any(ch in _CLAUSE_MARKS for ch in s.doc.text[c.end:cue.start]) \
            or not any(c.end <= k.start and k.end <= cue.start for k in s.cue_list("produce")):
        return False
    small = sum(fold_phrase(w).strip() in articles() for w in s.doc.text[c.end:cue.start].split())   # ("le proprie")
    return s.doc.tokens_between(c.end, cue.start) - small \
        - _cue_tokens(s, c.end, cue.start, ("produce", "possessive")) <= 4


def _copula_named(s: Sentence, cue: Mention, parent: Mention, p: Mention) -> bool:
    """"The Chinese version of the MiG-21 is the J-7", "la versión china del T-54A es el Tipo 59": where the word of
    copies opens the sentence's subject (its article at most before it, or the country's adjective), a copula and an
    article and a word of its kind at most between the original and the next name make that name the copy ("était
    le chasseur J-7")."""
    head = min([cue.start] + [c.start for c in s.mentions if c.kind == "country" and c.end <= cue.start
                              and s.doc.tokens_between(c.end, cue.start) <= 1])
    opening = [w for w in fold_phrase(s.doc.text[s.start:head]).split() if w not in articles()]
    links = [k for k in s.cue_list("copula") if parent.end <= k.start and k.end <= p.start]
    if len(opening) > 1 or not links:
        return False
    kind = sum(s.doc.tokens_between(n.start, n.end) for n in s.cue_list("product_noun")
               if links[-1].end <= n.start and n.end <= p.start)
    words = [w for w in fold_phrase(s.doc.text[parent.end:links[0].start] + " " + s.doc.text[links[-1].end:p.start])
             .split() if w not in articles()]
    return len(words) <= kind <= 2


def _own_version_makers(s: Sentence, cue: Mention) -> list[Mention]:
    """"China built its own version of the AKM", "la Chine a construit sa propre version du MiG-19": a country a
    verb's words at most before a possessive right on a word of versions, no name between, makes a version of its
    own (not "the SM-1 and its improved version", whose owner is the name)."""
    if s.doc.particles_follow:
        return []
    mark = s.near_before(cue.start, ("possessive",), 2)
    if mark is None:
        return []
    return [c for c in s.mentions if c.kind == "country" and not c.adjective and c.end <= mark.start
            and s.doc.tokens_between(c.end, mark.start) <= 3
            and c.case not in {"source", "destination", "locative"}
            and not _word_on(s, c, ("source", "destination", "agent", "export", "import", "locative"))
            and not any(m.kind in {"product", "country", "org"} and c.end <= m.start < cue.start for m in s.mentions)
            and not any(ch in ",;:()" for ch in s.doc.text[c.end:mark.start])][-1:]


# the name may follow one short lower-case word the cue did not take ("dikenal juga | sebagai ZUR", "as the Grad")
# (after the alliance's name, where the cue is a word for "designation": "designación OTAN: Fishcan")
@cache
def _name_after_pattern() -> re.Pattern[str]:
    alliance = "|".join(re.escape(a) for a in shapes().alliances) or "(?!)"
    # (a quote's own closing mark ends it: "the hell's thresher" keeps its apostrophe)
    quoted = "|".join(rf"{re.escape(a)}(?P<q{i}>[^{re.escape(b)}\n]{{2,40}})[{re.escape(b)}]"
                      for i, (a, b) in enumerate(_NICKNAME_QUOTES))
    # (a name in quotes may stand a few lower-case words after the word: "прозванный в войсках «кукурузником»",
    # "nazywany przez pilotów „Antkiem”"; a name in capitals one word after it at most, or after an elided article
    # or preposition, or after the apostrophe of one that ends the naming word: "sous le nom d'Osprey")
    return re.compile(rf"[\s:,–—]{{0,3}}(?:(?:[^\W\d_A-ZА-ЯЁ]{{1,12}}\s){{0,3}}(?={_QUOTE_OPENINGS})"
                      rf"|(?:[^\W\d_A-ZА-ЯЁ]{{1,8}}\s|[^\W\d_A-ZА-ЯЁ]{{1,4}}['’]|(?<=\w)['’])?"
                      rf"(?:(?:{alliance})(?:'s|-)?\s*[:：]?\s*)?)"
                      + f"(?:{quoted}" + r"|(?P<cap>(?:[A-ZА-ЯЁ][\w-]*)(?:\s[A-ZА-ЯЁ0-9][\w-]*){0,2}))")


# a nickname's quotes: the opening mark and the marks that may close it (writers mix them)
_NICKNAME_QUOTES = (('"', '"”“'), ("„", '“”"'), ("“", '”"“'), ("«", "»"), ("»", "«"), ("‚", "‘’'"), ("‘", "’'"),
                    ("'", "'’"), ("›", "‹"), ("「", "」"), ("『", "』"))
_QUOTE_OPENINGS = "[" + re.escape("".join(a for a, _ in _NICKNAME_QUOTES)) + "]"


@cache
def _reporting_pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The alliance's reporting names (with a version letter: "Hind-E", "Hind E"), and the alliance's own name as a
    whole word, as written (in capitals: Italian "nato" is "born"), with a possessive or a case ending ("NATO's",
    "Naton")."""
    names = by_first_character(sorted(shapes().reporting_names, key=len, reverse=True)) or "(?!)"
    alliance = "|".join(re.escape(a) for a in shapes().alliances) or "(?!)"
    # (the version letter after a hyphen or a space: "Fitter-E", "Fitter E")
    return (re.compile(rf"(?<![\w-])({names})(?:[- ][A-M]\d?)?(?![\w-])"),
            # (a script that runs its words together may glue the name to the next: "나토명", "ชื่อรหัสนาโต")
            re.compile(rf"(?<![^\W\d_{RUN_ON}])(?:{alliance}|Naton|Natos)(?:['’]s|-)?(?![^\W\d_{RUN_ON}])"))


_ASIDE_NAME = lazy_compile(r"\s?(?:[(\[（]\s?[\"'„“«‚「『‘]?|[\"'„“«‚「『‘]|[,:]\s)\s?$")
_NEAR_ALLIANCE = 3   # words between a reporting name and the alliance's name that gives it


def _reported(p: Mention) -> bool:
    """Whether a design is of a family the alliance gives reporting names to (aircraft, helicopters, missiles)."""
    return p.family.upper() in shapes().reported_families or _reported_value().search(p.value.upper()) is not None


@cache
def _reported_value() -> re.Pattern[str]:
    """A designation of a named family inside a product's name ("Chengdu J-7", "9K32 Strela-2")."""
    families = "|".join(re.escape(f) for f in sorted(shapes().reported_families, key=len, reverse=True))
    return re.compile(rf"(?:^|[\s(])(?:{families})[-\s]?\d")


_FAMILY_IN_NAME = lazy_compile(r"(?:^|[\s(])([A-Za-z]{1,3})[-\s]?\d")   # "MiG-21" -> MiG, "Shenyang J-6" -> J


def _set_after(s: Sentence, p: Mention, start: int, name: str) -> bool:
    """Whether a reporting name stands right after a design, one space apart, as encyclopedias write the two together
    ("the MiG-19 Farmer", "Mi-24 Hind-D"), and begins with a letter the alliance gives that kind of design (fighters
    F, helicopters H: "the MiG-21 Classic edition" is no name of it)."""
    return s.doc.text[p.end:start] == " " and _bureau_letter(p, name)


def _bureau_letter(p: Mention, name: str) -> bool:
    """Whether a reporting name begins with a letter the alliance gives the bureau of design ``p`` (fighters F,
    helicopters H; any where the bureau is not listed)."""
    family = p.family or next(iter(_FAMILY_IN_NAME.findall(p.value)), "")
    letters = shapes().reporting_letters.get(family.upper(), "")
    return not letters or name[:1] in letters


def _named_aside(s: Sentence, p: Mention, start: int) -> bool:
    """Whether a name at ``start`` stands in brackets or quotes right after design ``p`` ("MiG-17 («Fresco»)")."""
    return start - 4 <= p.end <= start and _ASIDE_NAME.search(s.doc.text, p.end, start) is not None


def _set_spelled_aside(s: Sentence, spelled: list[tuple[Reading, Mention]]) -> None:
    """"Plavayushchiy Tank-76", written out: the words of a name spelled out are no maker and no product of their
    own, unless the registry knows them (a people's adjective among them still says whose the design is: "Tanc
    Românesc")."""
    inside = {id(m) for m in s.mentions if m.kind in {"org", "product"} and m.entity is None
              for _, name in spelled if name.end > m.start and m.end > name.start}
    if not inside:
        return
    s.mentions = [m for m in s.mentions if id(m) not in inside]
    s.products = [m for m in s.products if id(m) not in inside]


def _spelled_out(s: Sentence) -> Iterator[tuple[Reading, Mention]]:
    """"SKS – Samozaryadny Karabin Simonova", "the PSL (Pușcă semiautomată cu lunetă ...)", "AK (Автомат
    Калашникова)", "the SVD stands for Snayperskaya Vintovka Dragunova", "Bronetransporter Plavayushchiy (BTP)": the
    words beside a name of capitals whose first letters spell it are its name written out (small lower-case words
    between them count for nothing). After the name, a mark or a word of naming or being may stand between; before
    it, a few words with a mark among them ("Bronetransporter Plavayushchiy, in short BTP")."""
    text = s.doc.text
    words: list[tuple[int, int]] | None = None   # (the sentence's words, read at the first name of capitals)
    linking = s.cue_list("alias", "copula")
    for p in s.products:
        letters = "".join(c for c in p.text if c.isalpha())   # ("MT-LB": four letters)
        if not 2 <= len(letters) <= 5 or not letters.isupper():
            continue
        if words is None:
            words = [(m.start(), m.end()) for m in _SPELLED_WORD.finditer(text, s.start, s.end)]
        want = "".join(anyascii(c).upper()[:1] for c in letters)
        for first, last in _spelled_runs(text, words, want):
            begin, end = words[first][0], words[last][1]
            if any(((o.kind == "org" and o.entity is not None) or (o.kind == "country" and not o.adjective) or o is p)
                   and o.start < end and begin < o.end for o in s.mentions):
                continue   # a country's or a known maker's name is none of it (a people's adjective may be: "TR-85
                #            (Tanc Românesc ...)", Romanian tank)
            if begin >= p.end:
                gap = _SPELLED_GAP.fullmatch(text, p.end, begin)
                opened = _SPELLED_GAP.match(text, p.end, begin)
                if gap is None and opened is not None and fold_phrase(text[opened.end():begin]).strip() in or_words():
                    gap = opened   # ("the PKM, or Pulemyot Kalashnikova Modernizirovanny")
                # ("the SVD stands for ...", "PT-76 adalah ...": words of naming or being between)
                said = sum(s.doc.tokens_between(k.start, k.end) for k in linking if p.end <= k.start and k.end <= begin)
                if gap is None and (not said or s.doc.tokens_between(p.end, begin) > said + 1
                                    or _SPELLED_BREAK.search(text, p.end, begin)):
                    continue
            else:
                between = text[end:p.start]
                if end > p.start or s.doc.tokens_between(end, p.start) > (3 if len(want) > 2 else 0) \
                        or not _SPELLED_MARK.search(between) or _SPELLED_BREAK.search(between) \
                        or any(end <= m.start and m.end <= p.start for m in s.mentions if m.kind != "cue"):
                    continue
            number = _SPELLED_NUMBER.match(text, end)   # ("Plavayushchiy Tank-76": its number may follow)
            if number is not None and number.group(1) in _NUMBER.findall(p.text):
                end = number.end()
            name = Mention(begin, end, "product", text[begin:end], text[begin:end])
            yield _mk(s, p, "alias_of", name.value, {"cue": 1.0, "spelled_out": 1.0}, p, name), name
            break


def _spelled_runs(text: str, words: list[tuple[int, int]], want: str) -> Iterator[tuple[int, int]]:
    """The runs of words (first and last index) whose first letters spell ``want``: the first capitalised, one at
    least with lower-case letters after its first, nothing but a space between two of them (a hyphen joins the parts
    of one word), and small lower-case words among them skipped ("Pușcă semiautomată cu lunetă")."""
    for i, (a, _) in enumerate(words):
        if not text[a].isupper() or anyascii(text[a]).upper()[:1] != want[0]:
            continue
        taken = [i]
        j = i + 1
        while len(taken) < len(want) and j < len(words) and text[words[j - 1][1]:words[j][0]] in {" ", "\u00a0"}:
            start, stop = words[j]
            if anyascii(text[start]).upper()[:1] == want[len(taken)]:
                taken.append(j)
            elif not text[start].islower() or stop - start > 3:
                break
            j += 1
        if len(taken) < len(want):
            continue
        last = taken[-1]
        nxt = last + 1
        # "Samozaryadny Karabin sistemy Simonova": a small word that spelled the last letter gives way to the
        # capitalised word right after it that spells it too
        if nxt < len(words) and text[words[last][0]].islower() and text[words[nxt][0]].isupper() \
                and text[words[last][1]:words[nxt][0]] == " " \
                and anyascii(text[words[nxt][0]]).upper()[:1] == want[-1]:
            last = nxt
        if any(text[a2 + 1:b2].islower() for a2, b2 in words[i:last + 1]):
            yield i, last


# what may stand between an acronym and the words it is made of: a bracket, a dash, a colon, a language's name
_SPELLED_GAP = lazy_compile(r"\s?(?:[(（\[]|[-–—:]\s?|,\s)\s?(?:[^\W\d_]{2,12}[:：]\s?)?")
_SPELLED_WORD = lazy_compile(r"[^\W\d_][^\W_]*(?:-[^\W\d_]+)?")
_SPELLED_MARK = lazy_compile(r"[(（\[,–—:]")
_SPELLED_BREAK = lazy_compile(r"[.;!?\n]")
_SPELLED_NUMBER = lazy_compile(r"[-–‑ ]?(\d+)\b")


def _reporting_names(s: Sentence, w: Weights) -> Iterator[Reading]:
    """"the MiG-17 («Fresco»)", "Nome in codice NATO Hip", "the Mi-24 is called Hind by NATO": a reporting name in
    brackets or quotes right after a design, or a few words from the alliance's name after one, is another name of
    that design (of a family the alliance names: aircraft, helicopters, missiles; never a design named after it).
    In a sentence that names no design it is the topic's, where nothing else is its subject (no possessive and no
    comma before it: not "Its successor was called Clod by NATO")."""
    # ("Il a été baptisé Colt dans la codification OTAN": a sentence that names no design speaks of the topic)
    topic = s.topic if not s.products and s.topic is not None and _reported(s.topic) else None
    if topic is None and not any(_reported(p) for p in s.products):
        return   # (no design the alliance names: nothing for a reporting name to belong to)
    names, alliance = _reporting_pattern()
    text = s.doc.text
    for start, end, written in _reporting_mentions(s, names, alliance):
        own = [p for p in s.products if p.start < end and start < p.end]
        before = [p for p in s.products if p.end <= start and p not in own and _reported(p)
                  and s.doc.tokens_between(p.end, start) <= w.windows["alias_subject"]]
        told = any(s.doc.tokens_between(m.end(), start) <= _NEAR_ALLIANCE if m.end() <= start
                   else s.doc.tokens_between(end, m.start()) <= _NEAR_ALLIANCE
                   for m in alliance.finditer(text, s.start, s.end))
        # "Called Fishbed by NATO, the MiG-21 ...": a sentence that opens with the naming (a word of naming right
        # before the name) names the design after it (not "The Daily Mail reported that NATO jets ...")
        after = [p for p in s.products if p.start >= end and p not in own and _reported(p)
                 and s.doc.tokens_between(end, p.start) <= w.windows["alias_subject"]][:1] \
            if told and not any(p.end <= start for p in s.products) \
            and s.near_before(start, ("alias",), 1) is not None else []
        if topic is not None and told and s.has("alias") \
                and not any(k.end <= start for k in s.cue_list("possessive")) \
                and "," not in text[s.start:start] \
                and (s.near_before(start, ("alias",), 1) is not None or any(
                m.end() <= start and s.doc.tokens_between(m.end(), start) <= _NEAR_ALLIANCE
                for m in alliance.finditer(text, s.start, s.end))):
            # (the name after the alliance's or right after a word of naming: not "Classic NATO doctrine")
            yield _mk(s, topic, "alias_of", written, {"cue": 1.0, "reporting": 1.0},
                      Mention(start, end, "product", written, text[start:end]))
            continue
        if not before and not after:
            continue
        subject = before[-1] if before else after[0]
        subject = _bracket_head(s, Mention(start, end, "product", written, text[start:end]), subject) or subject
        if not (_named_aside(s, subject, start) or told or _set_after(s, subject, start, written)) \
                or subject.value == written:
            continue
        yield _mk(s, subject, "alias_of", written, {"cue": 1.0, "reporting": 1.0},
                  Mention(start, end, "product", written, text[start:end]))


def _reporting_mentions(s: Sentence, names: re.Pattern[str], alliance: re.Pattern[str]) -> list[tuple[int, int, str]]:
    """Reporting names in a sentence, where they start and end and as facts write them: in Latin letters as written,
    and spelled by sound in a script of its own ("플로거", "फिशबेड") as the Latin name with the spelling after it. A
    spelling counts only where a name stands: in brackets or quotes right after a design, or the first to spell a
    name after the alliance's, set apart by a colon, a quote or a word of naming ("नाटो नाम: फ्लॉगर"); it is
    compared first with the names the registry gives the designs the sentence speaks of."""
    text = s.doc.text
    found = [(m.start(), m.end(), m.group()) for m in names.finditer(text, s.start, s.end)]
    if not written_by_sound(text[s.start:s.end]):
        return found
    spoken_of = [*s.products, *([s.topic] if s.topic is not None else [])]
    among = tuple(n for p in spoken_of for n in s.known.spoken_names(p.entity)) if s.known is not None else ()
    words = list(SOUND_WORD.finditer(text, s.start, s.end))
    # (in brackets or quotes right after a design: "मिग-21 (फिशबेड)"; not after a comma, "मिग-21, भारत की ...")
    placed = [w for w in words if any(_named_aside(s, p, w.start()) and _SET_APART.search(text, p.end, w.start())
                                      for p in s.products)]
    spelled_as: dict[int, tuple[str, str] | None] = {}   # (each word read once)

    def spelling(w: re.Match[str]) -> tuple[str, str] | None:
        if w.start() not in spelled_as:
            spelled_as[w.start()] = _spelled_reporting_name(w.group(), among)
        return spelled_as[w.start()]

    for a in alliance.finditer(text, s.start, s.end):
        # (the first that spells a name after the alliance's, set apart by a colon or quotes or right after a word
        # of naming: "नाटो नाम: फ्लॉगर", "NATOコードネーム：フロッガー", "암호명은 플로거"; not "나토와 소련", NATO and
        # the USSR)
        placed.extend(itertools.islice((w for w in words if w.start() >= a.end()
                                        and s.doc.tokens_between(a.end(), w.start()) <= _NEAR_ALLIANCE
                                        and (_NAME_OPENS.search(text, max(a.end(), w.start() - 3), w.start())
                                             or s.near_before(w.start(), ("alias",), 0) is not None)
                                        and spelling(w)), 1))
    for m in sorted(set(placed), key=lambda w: w.start()):
        spelled = spelling(m)
        # (a name the registry does not give these designs begins with a letter the alliance gives their bureau's:
        # no Freehand, a Yak's, for "मिग-29 (पोलैंड)")
        if spelled is not None and (spelled[0] in among or any(_bureau_letter(p, spelled[0]) for p in spoken_of)):
            latin, part = spelled
            end = m.start() + len(part)
            # (with a version letter glued on in Latin letters: "플로거D/J")
            tail = _VERSION_TAIL.match(text, end, s.end) if end == m.end() else None
            end = tail.end() if tail is not None else end
            found.append((m.start(), end, f"{latin} ({text[m.start():end]})"))
    return sorted(found)


def _spelled_reporting_name(word: str, among: tuple[str, ...]) -> tuple[str, str] | None:
    """The reporting name (or the registry's name of a design in the sentence) a word written by sound spells, and
    the part of the word that spells it."""
    found = reporting_names().read(word, among)
    return found if found is not None and (found[0] in shapes().reporting_names or found[0] in among) else None


_SET_APART = lazy_compile(r"[(\[（「『\"“„«‘']\s*$")   # a bracket or a quote opening right before a name
_NAME_OPENS = lazy_compile(r"[:：(\[（「『\"“„«‘']\s*$")   # ... or a colon
_VERSION_TAIL = lazy_compile(r"[A-Z](?:/[A-Z])*(?![A-Za-z0-9])")


def _fronted_head(s: Sentence, cue: Mention, after: list[Mention]) -> Mention | None:
    """Where a naming phrase opens the sentence and a comma closes its name ("Known abroad as the Kestrel, the
    PA md. 86 is ...", "Conocido como Kestrel, el PA md. 86 es ..."), the product right after the comma (an article
    or a word for the kind of product between): the subject the phrase describes; else None."""
    if s.doc.tokens_between(s.start, cue.start) != 0:
        return None
    name = after[0] if after else _name_after(s, cue)
    if name is None:
        return None
    rest = s.doc.text[name.end:s.end]
    comma = len(rest) - len(rest.lstrip(" \"”»’')")) if rest.lstrip(" \"”»’')").startswith(",") else -1
    if comma < 0:
        return None
    start = name.end + comma + 1
    return next((p for p in s.products if p.start >= start and s.doc.tokens_between(start, p.start) <= 2
                 and "," not in s.doc.text[start:p.start]), None)


def _name_after(s: Sentence, cue: Mention) -> Mention | None:
    """A quoted or capitalised name right after an alias cue that no other mention has taken."""
    m = _name_after_pattern().match(s.doc.text, cue.end, s.end)
    if m is None:
        return None
    group = next(g for g in (*(f"q{i}" for i in range(len(_NICKNAME_QUOTES))), "cap") if m.group(g))
    start, end = m.start(group), m.end(group)
    # (a nickname in quotes may be a word of a people: 'poznata kao "srbijanka"', known as "the Serbian woman")
    # (nor, in capitals, an armed force's name: "die Bezeichnung der NVA", "del Ejército Popular Nacional")
    if any(o.start < end and start < o.end for o in s.mentions
           if o.kind in {"org", "year"} or (o.kind == "country" and not (group != "cap" and o.adjective))
           or (group == "cap" and o.kind == "cue" and o.value == "force")):
        return None
    if group == "cap" and m.group(group).split()[0].upper() in shapes().currencies:
        return None   # (a price: "disebut sekitar Rp 15 juta", said to be about Rp 15 million)
    if group == "cap" and s.doc.capitalised_nouns \
            and any(o.start <= start and end <= o.end for o in s.cue_list("product_noun")):
        return None   # (a word for a kind of product, with a capital where every noun has one: "Bezeichnung für
        #              Hubschrauber" names no helicopter)
    if group == "cap" and end - start == 1 and s.doc.text[end:end + 1] == ".":
        return None   # (a person's initial: "závod dostal meno V. I. Lenina", the plant was named after Lenin)
    if group == "cap" and s.doc.capitalised_nouns and _plain_noun_after_as(s, cue, start, end):
        return None   # ("erwies sich auch als Verkaufsschlager", also proved a best seller: a noun, no name)
    return Mention(start, end, "product", m.group(group).strip(), m.group(group))


def _plain_noun_after_as(s: Sentence, cue: Mention, start: int, end: int) -> bool:
    """Whether, where every noun takes a capital, one capitalised word with no digit stands right after a naming
    phrase that ends in a bare word for "as" ("auch als"), no reporting name, and no naming word follows it in its
    clause ("auch als Fishbed bekannt"): a predicate noun ("served also as a model"), no other name of the design."""
    word = s.doc.text[start:end]
    if " " in word or any(ch.isdigit() for ch in word) or word.upper() in {n.upper() for n in shapes().reporting_names}:
        return False
    if not any(k.start > cue.start and k.end == cue.end for k in s.cue_list("as_name")):
        return False
    return not any(k.start >= end and _same_clause(s, end, k.start, 3) for k in s.cue_list("alias"))


# a capitalised name of one to three words, or one in quotes, that ends a stretch of text
_NAME_BEFORE = lazy_compile(r"(?<![^\s,;:])(?:[\"“„«'‘](?P<q>[^\"”“«»'’\n]{2,40})[\"”“»'’]"
                          r"|(?P<cap>[A-ZÀ-ÞА-ЯЁ][\w'’-]*(?:\s[A-ZÀ-ÞА-ЯЁ][\w'’-]*){0,2}))\s*$")


def _name_before(s: Sentence, cue: Mention) -> Mention | None:
    """A quoted or capitalised name right before an alias cue (where the naming word follows its name: "Keleş
    olarak da bilinir") that no other mention has taken."""
    m = _NAME_BEFORE.search(s.doc.text, s.start, cue.start)
    if m is None:
        return None
    group = "q" if m.group("q") else "cap"
    start, end = m.start(group), m.end(group)
    # (a word that opens the sentence is capitalised anyway: a name only if no list knows it as a word, "Bu", this)
    if any(o.start < end and start < o.end and (o.kind != "cue" or start <= s.start) for o in s.mentions):
        return None
    return Mention(start, end, "product", m.group(group).strip(), m.group(group))


_BULLET = lazy_compile(r"\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s*")
_LABEL = lazy_compile(r"\s?[:：–—]\s|-\s")   # a label's mark after a list item's name ("Type 59-II: ...", "An-2T- ...")


def introduces_list(s: Sentence) -> Mention | None:
    """The product whose versions a sentence ending in a colon goes on to list ("X was built in versions:"; one that
    names none lists those of the product spoken of: "There were several models:")."""
    if not s.doc.text[s.start:s.end].rstrip().endswith(":") or not s.has("variant", "copy", "basis"):
        return None
    subjects = s.subjects()
    return subjects[0] if subjects else None if s.products else s.topic


def list_item(s: Sentence, parent: Mention) -> Iterator[Reading]:
    """A bulleted line that starts with a longer name of the listed product is one of its versions; so is a line that
    opens with a name another one labels, a colon or a dash after it ("Type 59-II: a model with a 105 mm gun")."""
    text = s.doc.text
    bullet = _BULLET.match(text, s.start)
    first = s.products[0] if s.products else None
    if first is None or first.start > (bullet.end() if bullet is not None else s.start) + 1:
        return
    labelled = _LABEL.match(text, first.end) is not None and first.value != parent.value \
        and not _extends(parent, first)
    if not (labelled or (bullet is not None and _extends(first, parent))):
        return
    yield _mk(s, first, "derived_from", parent.value, {"cue_variant": 1.0, "list_item": 1.0}, first,
              qualifier="variant")


# -- alias_of ---------------------------------------------------------------------------------

def _nickname(s: Sentence, cue: Mention) -> bool:
    """Whether a word of naming is one of a nickname ("nicknamed", "biệt danh"): the name it gives is another name of
    the design made, never a copy made under it ("the J-7s built in China were nicknamed ...")."""
    return any(k.start <= cue.start and cue.end <= k.end for k in s.cue_list("nickname"))


def _home_built(s: Sentence, p: Mention) -> Mention | None:
    """The word of making glued right before a design a sentence before named ("国产米格-17", the home-built
    T-54As), where that design is what this sentence speaks of (or points at: "该型坦克"); else None."""
    if p.start >= s.start and not p.pointer:
        return None
    named = next((m for m in reversed(s.doc.within(max(0, s.start - 3000), s.start))
                  if m.kind == "product" and not m.pointer and m.value == p.value), None)
    if named is None:
        return None
    return next((m for m in s.doc.within(max(0, named.start - 12), named.start)
                 if m.kind == "cue" and m.value == "produce" and m.end == named.start), None)


def _participle_on_other(s: Sentence, c: Mention, cue: Mention, p: Mention) -> bool:
    """Where particles follow their noun, a making that stands right before a name, its doer before it with the
    mark of the doer, is a participle on that name ("सोवियत यूनियन द्वारा बनाए गए AK-47", the AK-47 the Soviet Union
    made): it says nothing of another name of the sentence."""
    if not s.doc.particles_follow or c.end > cue.start \
            or not any(c.end <= k.start and k.end <= cue.start for k in s.cue_list("agent")):
        return False   # (the doer marked: a place alone may be the whole noun phrase's, not the name's after it)
    own = next((q for q in s.products if q.start >= cue.end and s.doc.tokens_between(cue.end, q.start) <= 1), None)
    return own is not None and own is not p and own.value != p.value


def _named_before_making(s: Sentence, cue: Mention, before: list[Mention]) -> Mention | None:
    """Where words of naming follow their noun, the word of making or licence right after a naming word whose name
    stands right before it, in a sentence that names no other design and speaks of one an earlier sentence named
    ("북한에서는 68식이라는 이름으로 생산되었다", "北朝鮮では68式という名称で生産された"): the name is that of a
    copy of the design spoken of."""
    if not s.doc.particles_follow or not before or s.topic is None or s.topic.start >= s.start \
            or _nickname(s, cue):
        return None
    named = before[-1]
    own = [p for p in s.products if p.start >= s.start]
    if own != [named] or named.value == s.topic.value or _extends(named, s.topic) \
            or s.doc.tokens_between(named.end, cue.start) > 1:
        return None
    return s.near_after(cue.end, ("licence", "produce"), 1)


_COMMAS = frozenset({",", "，", "、", "،"})


def _named_making(s: Sentence, named: Mention, design: Mention, made: Mention, cue: Mention) -> Reading:
    """The name given to what was made of a design (under licence, as a copy, or captured) is a product of its own,
    derived from the design, which becomes the sentence's original."""
    licensed = _licensed(s)
    s.parents.add(id(design))
    s.copies.add((design.value, named.value))
    return _mk(s, named, "derived_from", design.value, {"cue_copy": 1.0}, made, design, cue, named,
               # (made without the licence a word speaks of: a copy)
               qualifier="licensed copy" if licensed else "copy" if made.value == "copy"
               or s.has("licence", "unlicensed") else "variant")


_WIDE = str.maketrans({"（": "(", "）": ")", "、": ",", "，": ","})


def _bracket_opening(s: Sentence, a: Mention, b: Mention, between: str,
                     glosses: list[tuple[Mention, Mention]]) -> str:
    """What stands between two names, read as a bracket where it opens one: full-width marks as ASCII ("（"), and
    a word for the kind of product right after the first name left out ("59式戦車（WZ-120）")."""
    noun = next((k for k in s.cue_list("product_noun") if k.start == a.end and k.end <= b.start), None)
    start = noun.end if noun is not None else a.end
    if any(x is a and y is b for x, y in glosses):
        return "("   # (a reading or a label before the name in the bracket: "(59しきせんしゃ・WZ-120)")
    return s.doc.text[start:b.start].strip().translate(_WIDE) if noun is not None or "（" in between else between


def _loose_words(s: Sentence, a: int, b: int) -> int:
    """Lower-case words of three letters or more between two places that no mention covers and no article is."""
    covered = [(m.start, m.end) for m in s.mentions if a <= m.start and m.end <= b]
    return sum(1 for w in re.finditer(r"[^\W\d_]{3,}", s.doc.text[a:b])
               if w.group().islower() and w.group() not in articles()
               and not any(x <= a + w.start() < y for x, y in covered))


def _new_thing_named(s: Sentence, cue: Mention, before: list[Mention]) -> bool:
    """"A parade displayed a heavier tank known as the Storm Tiger", "ensuite sur une maquette appelée Objet 155": a
    thing an indefinite article brings in right before the naming word (after the last name) is what the name is given
    to, no name of the product before; not one a copula says the product is ("The T-72 is a tank known as the
    Ural"), nor a copy or version, whose naming the derivations read ("a Chinese copy called the Type 56")."""
    if not s.doc.indefinite_articles:
        return False
    start = max(s.start, before[-1].end if before else s.start)
    words = list(_WORD.finditer(s.doc.folded, start, cue.start))[-3:]
    article = next((w for w in words if w.group() in s.doc.indefinite_articles), None)
    if article is None:
        return False
    if any(k.end <= article.start() and s.doc.tokens_between(k.end, article.start()) == 0
           for k in s.cue_list("copula")):
        return False
    return not any(article.end() <= k.start and k.end <= cue.start for k in s.cue_list(*DERIVE))


_QUOTE_CLOSES = "」』”\"'’)）"


def _quoted_owner(s: Sentence, name: Mention, cue: Mention) -> bool:
    """Whether a quoted name is the owner of a naming word right after it, its quotation closed and an owner's mark
    between ("「69式」の呼称", the designation "Type 69"), where the owner comes first."""
    between = s.doc.text[name.end:cue.start].strip()
    return s.doc.genitive_first and between[:1] in _QUOTE_CLOSES \
        and between.lstrip(_QUOTE_CLOSES + " ") in s.doc.genitive_marks


_QUOTED_NEXT = lazy_compile(r"\s*(?:,\s*|\s(\w+)\s+)[\"“„«‚‘]([^\"”“«»'’\n]{2,40})[\"”“»'’]")


def _quoted_list_after(s: Sentence, name: Mention) -> list[Mention]:
    """'nicknamed "the tadpole", "the kettle" or "the teapot"': quoted names a comma or a word for "and" or "or"
    joins on to a quoted name a naming word gives are other names too."""
    text = s.doc.text
    if text[name.end:name.end + 1] not in "\"”“»'’":
        return []
    out: list[Mention] = []
    pos = name.end + 1
    while (m := _QUOTED_NEXT.match(text, pos, s.end)) is not None:
        if m.group(1) is not None and fold_phrase(m.group(1)) not in or_words() | and_words():
            break
        if any(o.start < m.end(2) and m.start(2) < o.end and o.kind != "cue" for o in s.mentions):
            break
        out.append(Mention(m.start(2), m.end(2), "product", m.group(2).strip(), m.group(2)))
        pos = m.end()
    return out


def _named_before_pronoun(s: Sentence, cue: Mention) -> list[Mention]:
    """"... the J-7s built in China at the time, so that they were nicknamed ...": a personal pronoun right before a
    naming word stands for the last design the sentence named before it, however far back."""
    pronoun = s.near_before(cue.start, ("pronoun",), 2)   # (an auxiliary of the passive between: "they were")
    if pronoun is None:
        return []
    return [p for p in s.products if p.end <= pronoun.start and p.start >= s.start and not s.compared(p)][-1:]


def _past_namer(s: Sentence, cue: Mention) -> Mention:
    """A naming word with the passive's doer right after it and a word of "as" after the doer ("batizados pela
    Aeronáutica como AH-2", "named by the air force as the AH-2"): the word reaches to the "as", so the name after
    it is the name given, never the doer's."""
    agent = s.near_after(cue.end, ("agent",), 0)
    if agent is None or s.doc.particles_follow:
        return cue
    text = s.doc.text
    as_name = next((k for k in s.cue_list("as_name") if k.start >= agent.end
                    and s.doc.tokens_between(agent.end, k.start) <= 5
                    and not any(ch in ",;:()" for ch in text[agent.end:k.start])
                    and not any(agent.end <= p.start < k.start for p in s.products)), None)
    if as_name is None:
        return cue
    return dataclasses.replace(cue, end=as_name.end, text=text[cue.start:as_name.end])


def _bracket_head(s: Sentence, cue: Mention, subject: Mention | None) -> Mention | None:
    """The name right before the brackets a naming word stands in, where a semicolon parts the word from the name
    before it inside them ("The J-7 (export version F-7; NATO reporting name: Fishcan)"): each item of a lead's
    brackets is said of the name they follow, not of a name an earlier item gave."""
    if subject is None or subject.start < s.start:
        return None
    opened = open_bracket(s.doc.text, s.start, cue.start)
    if opened < 0 or subject.end <= opened or not any(ch in ";；" for ch in s.doc.text[subject.end:cue.start]):
        return None
    return next((p for p in reversed(s.products) if p.end <= opened and not s.doc.text[p.end:opened].strip()), None)


def _alias(s: Sentence, w: Weights) -> Iterator[Reading]:
    text = s.doc.text
    given: list[tuple[Mention, list[Mention]]] = []   # each naming word with the names right after it
    told: set[int] = set()   # the naming words whose names were read as another name of a name before them
    for cue in s.cue_list("alias"):
        if any(cue.start <= k.start and k.end <= cue.end and not s.doc.particles_follow
               and s.near_after(k.end, ("as_name",), 1) is not None for k in s.cue_list("as_name")):
            continue   # ("sold as well as the J-7": two words for "as" a word apart compare)
        cue = _past_namer(s, cue)
        framed = _name_of_is(s, cue)
        if framed is not None:
            # "The NATO reporting name of the MiG-21 is Fishbed", "Kódové označení NATO pro Su-27 je Flanker"
            other = _other_name(*framed)
            if other is not None:
                yield _mk(s, framed[0], "alias_of", other, {"cue": 1.0}, cue, framed[1])
            continue
        # (not past words of a clause of its own: "SS2 disebut lebih ringan daripada SS1", said to be lighter than)
        # (nor past a word of replacing: "designated to replace the MiG-19")
        after = [p for p in s.products if p.start >= cue.end and s.doc.tokens_between(cue.end, p.start) <= 3
                 and _loose_words(s, cue.end, p.start) < 2 and not any(ch in ",;" for ch in text[cue.end:p.start])
                 and not any(cue.end <= k.start and k.end <= p.start for k in s.cue_list("replace"))]
        # (an organisation's name between is not counted; nor a name the one named is likened to: "Like the AKM, it
        # was known as the Lynx")
        before = [p for p in s.products if p.end <= cue.start and _outside_brackets(s, p.end, cue.start)
                  - _org_tokens(s, p.end, cue.start) <= w.windows["alias_subject"] and not s.compared(p)]
        before = before or _named_before_pronoun(s, cue)
        subject = before[-1] if before else _fronted_head(s, cue, after) or s.topic
        subject = _bracket_head(s, cue, subject) or subject
        opening = min((k.start for k in s.cue_list("alias") if k.start <= cue.start < k.end), default=cue.start)
        if not before and not after and any(o.kind == "org" and o.start >= s.start and o.end <= opening
                                            and s.doc.tokens_between(o.end, opening) <= 4 for o in s.mentions):
            continue   # ("Norinco, officially known as China North Industries": the name is the maker's, not a
            #            product's the sentence does not name)
        if _said_of_own_part(s, cue):
            continue   # ("the J-7 and its engine, renamed WP-7": the name is the part's, not the aircraft's)
        if _new_thing_named(s, cue, before):
            continue   # ("a parade displayed a heavier tank known as the Storm Tiger": the name is that tank's)
        given.append((cue, after))
        if subject is not None and subject.start >= s.start and _copy_named(s, subject) is not None \
                and s.near_before(subject.start, DERIVE, 2) is not None \
                and not (s.doc.genitive_first and id(subject) not in s.parents):
            continue   # the name of a copy of the subject (read as a derivation), not another name of it
            #            (not the version itself, named after its word where the owner comes first: "T-80:n uusin
            #            versio T-80UD nimettiin uudelleen T-84:ksi", the T-80's latest version, renamed the T-84)
        # made under a licence, or in a country named: "the factory produced the MiG-21, also designated the
        # Ye-6" is another name of it
        made = None
        placed = None
        # (or a word of making glued before the design, its place left unsaid: "国产米格-17 ... 被命名为歼-5", the
        # home-built T-54A named the Type 59)
        if subject is not None and subject.start >= s.start \
                and (s.has("licence") or any(m.kind == "country" for m in s.mentions)
                     or s.near_before(subject.start, ("produce",), 0) is not None
                     or _home_built(s, subject) is not None):
            # the making before the design ("licence-built MiG-17s designated Lim-5") or between it and the naming
            # word ("the AK-47 was made in China under the name Type 56")
            # (a design captured and renamed is the captor's own product too: "captured T-54s named Tiran 4")
            made = s.near_before(subject.start, ("licence", "produce", "capture"), 5) \
                or _home_built(s, subject) or next(
                (k for k in s.cue_list("licence", "produce", "capture") if subject.end <= k.start
                 # (a maker's name between is not counted: "fabricado também pela Helwan Aircraft Factory e
                 # designado como"; nor a place and the maker's: "produit en Chine par l'usine de Xi'an sous le nom")
                 and k.end <= cue.start and (_same_clause(s, k.end, cue.start, 3 + _org_tokens(s, k.end, cue.start)
                                                          + _mention_tokens(s, k.end, cue.start,
                                                                            frozenset({"country"})))
                                             # ("正在生產,名為殲-15", in production, named the J-15: a comma alone
                                             # between the making and its naming word)
                                             or s.doc.text[k.end:cue.start].strip() in _COMMAS)),
                None)
            if made is None and after and not s.doc.particles_follow:
                # "wurde in China unter der Bezeichnung Y-7 gebaut": where the verb ends the clause, the word of
                # making right after the name given (not past a comma: "AK-47, skraćeno AK, proizvodila se")
                made = s.near_after(after[0].end, ("licence", "produce"), 0)
                if made is not None and any(ch in ",;:()،" for ch in text[subject.end:made.start]):
                    made = None
        elif subject is not None and not before and not s.doc.particles_follow \
                and (s.has("licence") or any(m.kind == "country" for m in s.mentions)
                     or _home_built(s, subject) is not None):
            # "Bulgarian factories build it under the name AR-19": the product spoken of, made under a new name
            made = next((k for k in s.cue_list("licence", "produce") if k.end <= cue.start
                         and _same_clause(s, k.end, cue.start, 3)), None)
            # ("国产米格-17交付空军。该型飞机被命名为歼-5": the home-built design the sentence before named,
            # named anew)
            made = made or _home_built(s, subject)
            # "se proizvodio u Kazanju, a od 1963. i u Kini, pod imenom Z-5": made in a country named right before
            # the naming word, the making said earlier in the sentence
            # (placed, not sent: "exported to Egypt, under the name" names no copy made there)
            placed = next((c for c in s.mentions if c.kind == "country" and not c.adjective and c.end <= cue.start
                           and s.doc.tokens_between(c.end, cue.start) == 0 and _placed_or_sent(s, c)
                           and not _marked_recipient(s, c)), None)
            if made is None and placed is not None:
                made = next((k for k in reversed(s.cue_list("licence", "produce")) if k.end <= placed.start), None)
                if made is not None and any(made.end <= e.start and e.end <= placed.start
                                            for e in s.cue_list("export", "import")):
                    made, placed = None, None
        if made is None and s.topic is not None and (making := _named_before_making(s, cue, before)) is not None:
            # "북한에서는 68식이라는 이름으로 생산되었다": in North Korea made under the name Type 68 (the design spoken
            # of, where the name comes before its naming word and the making after it)
            yield _named_making(s, before[-1], s.topic, making, cue)
            continue
        named = None if made is None or subject is None else _copy_named(s, subject) if subject.start >= s.start \
            else after[0] if after else _name_after(s, cue)
        if named is not None and subject is not None and any(n == named.value for _, n in s.copies) \
                and _paired_as(s, subject, named):
            continue   # ("... sub denumirile J-6 și J-7": the lists a phrase of naming pairs were read in order)
        if named is not None and subject is not None and made is not None and named.value != subject.value \
                and not _extends(named, subject) and not _nickname(s, cue):
            # "licence-built MiG-17s designated Lim-5", "produkowano licencyjnie MiG-17 pod oznaczeniem Lim-5": the
            # name given to what was made is a product of its own, derived from the design, and what the sentence
            # says of the making (where, by whom, under which licence) is said of it
            yield _named_making(s, named, subject, made, cue)   # (the topic too: the sentence's subject is the copy)
            if placed is not None:
                yield _mk(s, named, "made_in_country", s.country(placed), {"adjective": 1.0}, placed, cue, named)
            continue
        name = _name_after(s, cue) if subject is not None else None
        if subject is not None and name is not None and (not after or name.end <= after[0].start):
            if name.value != subject.value and not _written_whole(s, subject, name.value):
                # "also known as Grad", 'nicknamed "Fishbed"': a name nobody has listed yet (a product named after
                # it, "Grad (БМ-21 ...)", is the same product again; not a word of the name as the text writes it:
                # "PT-91 Twardy ... the name Twardy")
                yield _mk(s, subject, "alias_of", name.value, {"cue": 1.0, "new_name": 1.0,
                                                              "topic": _elsewhere(s, subject, cue)}, cue, name)
                for more in _quoted_list_after(s, name):
                    yield _mk(s, subject, "alias_of", more.value, {"cue": 1.0, "new_name": 1.0,
                                                                  "topic": _elsewhere(s, subject, cue)}, cue, more)
            continue
        if subject is not None and not after and s.doc.particles_follow \
                and not any(p.end <= cue.start and s.doc.tokens_between(p.end, cue.start) == 0 for p in s.products) \
                and (unknown := _name_before(s, cue)) is not None:
            # "AK-47, Keleş olarak da bilinir": where the naming word follows the name, a capitalised or quoted name
            # right before it that no list knows is another name of the product before it (or spoken of)
            owner = next((p for p in reversed(s.products) if p.end <= unknown.start), s.topic)
            if owner is not None and name_key(unknown.text) != name_key(owner.text):
                yield _mk(s, owner, "alias_of", unknown.value, {"cue": 1.0, "new_name": 1.0,
                                                                "topic": float(s.elsewhere(owner))}, cue, unknown)
            continue
        if subject is not None and not after:
            # "BMP-1, BVP-1 adıyla üretildi", "BVP-1 néven": where the naming word follows the name, the name right
            # before it is another name of what the sentence spoke of before it (or of the product spoken of)
            # (a word for the kind of product may stand between: "58식 보총으로 명명", named the Type 58 rifle)
            # (a naming word that follows its name is glued to it: not past a comma, "tańszy od F-4, inaczej nie")
            # (or a country's adjective: "A BVP-1 a BMP-1 csehszlovák megnevezése", the BMP-1's Czechoslovak name; and
            # an owner's ending after an apostrophe: "BMP-1'in Çekoslovak adıdır")
            # (or an owner's mark after a quoted name, where the owner comes first: "「69式」の呼称", the
            # designation "Type 68 tank")
            owned = _OWNER_ENDING.match(text, before[-1].end) if before else None
            gap = (before[-1].end if before else cue.start) + (len(owned.group()) if owned is not None else 0)
            named = before[-1] if before and (s.doc.tokens_between(gap, cue.start) == _cue_tokens(
                s, gap, cue.start, ("product_noun",)) + _mention_tokens(s, gap, cue.start, frozenset({"country"}))
                or _quoted_owner(s, before[-1], cue)) \
                and not any(ch in ",;:" for ch in text[before[-1].end:cue.start]) else None
            if named is not None and (first := _restated(s, named)) is not None:
                named = first   # ("MiG-19をJ-6(殲撃六型)として": the name, then its spelling in brackets)
            earlier = [p for p in s.products if named is not None and p.end <= named.start]
            owner = earlier[-1] if earlier else s.topic
            if owner is not None and s.start <= owner.start and owner.start >= cue.end:
                owner = None   # ("A MiG-21 jelzésű gépek a MiG-19-eseket váltották": the name the words after speak of)
            if named is not None and owner is not None and _other_name(owner, named) is not None \
                    and not _extends(named, owner) and not _extends(owner, named):
                # (where the verb comes last, the making after the naming word, in its clause: "MiG-21は J-7の名で
                # 中国でライセンス生産された", "J-7이라는 이름으로 중국에서 생산되었다"; not "AKと呼ばれ、ソ連で
                # 製造された", called AK, and made in the USSR)
                # (or the verb right before its object, the design: "gyártotta a MiG-21-et J-7 néven", made the
                # MiG-21 under the name J-7)
                made = next((k for k in s.cue_list("licence", "produce", "copy") if (owner.end <= k.start
                             and (k.end <= named.start or (s.doc.particles_follow and k.start >= cue.end
                                                           and _same_clause(s, cue.end, k.start)
                                                           and not _clause_apart(s, cue, [k]))))
                             or (not s.doc.particles_follow and k.end <= owner.start
                                 and s.doc.tokens_between(k.end, owner.start) <= 2
                                 and _same_clause(s, k.end, owner.start, 2))
                             # ("a MiG-15-öt LiM-2 néven gyártotta": the verb right after the naming word)
                             or (k.start >= cue.end and s.doc.tokens_between(cue.end, k.start) == 0)),
                            None) if owner.start >= s.start and named.value != owner.value else None
                if made is not None:
                    # "MiG-19をライセンス生産し、J-6と命名した": what was made under the name is a product of its own
                    yield _named_making(s, named, owner, made, cue)
                    continue
                other = _other_name(owner, named)
                if other is not None:
                    yield _mk(s, owner, "alias_of", other, {"cue": 1.0, "topic": float(s.elsewhere(owner))},
                              named, cue)
            continue
        if not after or subject is None or _extends(after[0], subject) or _extends(subject, after[0]) \
                or _written_whole(s, subject, after[0].text) or _foreign_adjective(s, after[0], cue.end) \
                or id(after[0]) in s.named_versions:
            continue   # (a country's copy of a design, not a name of it: "known in the West as the Chinese AK")
        if subject.generic and not after[0].generic and after[0].family == subject.value:
            # "the plant makes Kalashnikov rifles, also called the AK-74": a family's name said of one model of it is
            # that model's other name, not the family's
            other = _other_name(after[0], subject)
            if other is not None:
                yield _mk(s, after[0], "alias_of", other, {"cue": 1.0, "topic": _elsewhere(s, subject, cue)}, cue,
                          subject)
            continue
        if after[0].value != subject.value and any(n == after[0].value and o != subject.value for o, n in s.copies):
            continue   # ("helicopters Puma and Alouette III at Brașov, under the names IAR-330 and IAR-316": the name
            #            was read as a copy made, of a design of the list, no other name of the one nearest it)
        other = _other_name(subject, after[0])
        if other is None:
            continue
        feats = {"cue": 1.0, "topic": _elsewhere(s, subject, cue)}
        yield _mk(s, subject, "alias_of", other, feats, cue, after[0])
        if subject.start >= s.start:
            told.add(id(cue))   # (a subject named in the sentence: not the product spoken of before)
        # "also known as the K-54 or M20", "còn gọi là K-54 hoặc M20": each name a word for "or" joins on
        for a, b in itertools.pairwise(s.products[s.products.index(after[0]):]):
            joint = fold_phrase(text[a.end:b.start]).strip(" ,")
            other = _other_name(subject, b) if joint in or_words() else None
            if other is None or _extends(b, subject) or _extends(subject, b):
                break
            yield _mk(s, subject, "alias_of", other, feats, cue, b)
    # "later bore the names Type 62 or J-7", "mang tên Type 62 hay J-7": two names a word for "or" joins right
    # after a naming word are one product's two names, where they were not read as a name's before them
    for cue, after in given:
        for a, b in _or_given(s, after) if id(cue) not in told else []:
            yield _mk(s, b, "alias_of", a.value, {"cue": 1.0, "or_named": 1.0}, cue, a)
    for a, b, written in _sold_as(s):
        other = written if written != b.text and name_key(written) != name_key(a.text) else _other_name(a, b)
        if other is not None:
            yield _mk(s, a, "alias_of", other, {"cue": 1.0, "sold_as": 1.0}, b)
    for a, b in _or_named(s):
        other = _other_name(a, b)
        if other is not None:
            yield _mk(s, a, "alias_of", other, {"cue": 1.0, "or_named": 1.0}, b)
    for p, name in _quoted_names(s):
        yield _mk(s, p, "alias_of", name.text, {"cue": 1.0, "quoted": 1.0}, p, name)
    glosses = list(_glossed(s))   # (the pairs of a name and its gloss in brackets, read once)
    for a, b in zip(s.products, s.products[1:], strict=False):
        between = text[a.end:b.start].strip()
        closing = text[b.end:b.end + 2].lstrip()[:1].translate(_WIDE)
        other = _other_name(a, b)
        if between in _QUOTE_PAIRS and text[b.end:b.end + 1] == _QUOTE_PAIRS[between] and other is not None \
                and not a.generic and not b.generic \
                and text[a.end:b.start].startswith(" ") and not _extends(b, a) \
                and name_key(b.value) not in name_key(a.value):   # ('BPzV "Svatava"', known as "BPzV Svatava")
            # 'T-90 "Bhishma"', 'BMP-2 «Sarath»': a name in quotes right after a designation is its name too
            yield _mk(s, a, "alias_of", other, {"cue": 1.0, "quoted": 1.0}, b)
            continue
        between = _bracket_opening(s, a, b, between, glosses)
        also = _ALSO_OPENING.fullmatch(between)
        if also is not None and fold_phrase(also.group(1)).strip() in also_words():
            between = "("   # ("Shenyang J-6 (also F-6)", "J-6 (myös F-6)": a word for "also" opens the other name)
        if between == "/" and other is not None and any(x is a and y is b for x, y in _one_number(s, [(a, b)])):
            # "Valmet RK 62/M62 rynnäkkökivääri", "the Type 56/AK-56 rifles": one number under two prefixes a slash
            # joins, whatever follows (not "AK-47/AKM", "MiG-21/23", "AK-74/AKS-74", two designs)
            yield _mk(s, a, "alias_of", other, {"parenthesis": 1.0, "same_number": 1.0}, b)
            continue
        if between == "/" and other is not None and (lineage := _lineage(s, a, b)) is not None \
                and _renumbered_version(*lineage):
            # "Mi-17 / Mi-8MT": a number of its own that the registry derives from a lettered version of another
            # number under the same prefix, a slash joins to it, is that version's new name (not "MiG-21/MiG-23")
            yield _mk(s, a, "alias_of", other, {"parenthesis": 1.0, "known_same": 1.0}, b)
            continue
        label = _LANGUAGE_LABEL.fullmatch(between)
        if (between == "(" or (label is not None and any(
                name in label.group(1).lower() for name in han_language_names()))) \
                and closing in {")", ",", "", ";"} and not a.pointer and not b.pointer \
                and _latin_written(a.text) != _latin_written(b.text) \
                and _translated(b.text if _latin_written(a.text) else a.text) \
                and (spelling := designation_spelling(a.text)) is not None \
                and spelling == designation_spelling(b.text):
            # "J-7（殲撃七型）", "Type 59 (chinês: 59式)", "歼-7 (J-7)": one designation in Latin letters and in
            # Chinese words (歼, "annihilator", is the J; 式, "type"), the other spelling is another name of it
            # (not the same letters in another script, "米格-21（MiG-21）", "Т-72 (T-72)")
            latin, native = (a, b) if _latin_written(a.text) else (b, a)
            yield _mk(s, latin, "alias_of", native.text, {"parenthesis": 1.0, "same_number": 1.0}, native)
            continue
        if (between == "/" or (between == "(" and closing in {")", ",", ""})) and other is not None \
                and (a.family != b.family or _numbered_apart(a, b)) and not _extends(a, b) and not _extends(b, a) \
                and _lineage(s, a, b) is None \
                and not (between == "/" and a.entity is not None and b.entity is not None and a.entity != b.entity):
            # (not two designs the registry holds apart, a slash between them: "the SKS/AKM" names two)
            # "Type 56 (AK-56)", "Type 59 (T-59)": one number under two prefixes is one product's two names
            number = _NUMBER.findall(a.text)
            same = float(bool(number) and number == _NUMBER.findall(b.text))
            # "the Type 59 (WZ-120)": two names the registry knows as one design
            known = float(a.entity is not None and a.entity == b.entity)
            # "the ATS-59 (Object 650)", "le Type 035 (classe Ming)": a Soviet factory index or a class of ships
            # names the design it stands beside
            index = float(any(m.value.startswith(OBJECT_PREFIX) for m in (a, b))
                          or (b.value.endswith(CLASS_SUFFIX) and not a.value.endswith(CLASS_SUFFIX)))
            yield _mk(s, a, "alias_of", other, {"parenthesis": 1.0, "same_number": same, "known_same": known,
                                                "factory_index": index}, b)


_NUMBER = lazy_compile(r"\d+")
_PREFIX_NUMBER = lazy_compile(r"([^\W\d_]+)-(\d+)([^\W\d_]*)")


def _renumbered_version(child: Mention, parent: Mention) -> bool:
    """Whether a derivative is a bare number under its original's prefix, and the original a lettered version of
    another number ("Mi-17" of "Mi-8MT"): a version given a new number, not a design of a series ("MiG-23")."""
    c, p = _PREFIX_NUMBER.fullmatch(child.value), _PREFIX_NUMBER.fullmatch(parent.value)
    return c is not None and p is not None and c.group(1) == p.group(1) and c.group(2) != p.group(2) \
        and not c.group(3) and bool(p.group(3))


def _or_given(s: Sentence, after: list[Mention]) -> list[tuple[Mention, Mention]]:
    """The first two names after a naming word where a word for "or" joins them, as a pair, where neither is a
    longer name of the other and they are not of one series ("called the Type 62 or J-7"; not "the MiG-15 or
    MiG-17")."""
    if not after:
        return []
    pair = next(((a, b) for a, b in _or_joined(s) if a is after[0]), None)
    if pair is None:
        return []
    a, b = pair
    families = [(m.family or "").casefold() for m in pair]
    if a.generic or b.generic or a.value == b.value or _extends(a, b) or _extends(b, a) \
            or (families[0] and families[1] and (families[0].startswith(families[1])
                                                 or families[1].startswith(families[0]))) \
            or _other_name(b, a) is None:
        return []
    return [pair]


def _bare_adjective(m: Mention) -> bool:
    """A country's adjective in no case of place ("Soviet-made", "Sovyet yapımı"; not "Хитойда", in China)."""
    return m.adjective and not m.case


def _restated(s: Sentence, m: Mention) -> Mention | None:
    """The name a product's mention spells again in brackets right after it ("J-6(殲撃六型)"), or None."""
    i = next((i for i, p in enumerate(s.products) if p is m), 0)
    first = s.products[i - 1] if i > 0 else None
    if first is None or first.value != m.value or s.doc.text[first.end:m.start].strip().translate(_WIDE) != "(":
        return None
    return first


_LANGUAGE_LABEL = lazy_compile(r"\(\s*((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)\s*[:：]")   # ("(chinês simplificado:")


def _translated(text: str) -> bool:
    """Whether a designation is written with Chinese words for its letters or for "type" ("歼-7", "殲撃七型",
    "59式"), not with characters that spell its Latin letters by sound ("米格-21")."""
    # (the Chinese letters of Chinese designs stand for capitals, "歼" J, "红旗" HQ; those of Soviet bureaus spell
    # their names, "米格" MiG, "苏" Su)
    return any(text.startswith(p) for p, latin in shapes().cjk_prefixes.items() if latin.isupper()) \
        or any(suffix in text for suffix in type_suffixes())


def _latin_written(text: str) -> bool:
    """Whether a name is written in Latin letters only (with digits and marks): "J-7", not "歼-7" or "Т-72"."""
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in text)


_ALSO_OPENING = lazy_compile(r"[(（]\s*([^\W\d_]{1,10})\s*")


def _or_joined(s: Sentence) -> list[tuple[Mention, Mention]]:
    """Each two names a word for "or" joins ("the MiG-15 or MiG-17", "68式或M68", "le Type 56, ou AK-56,"): either
    may be meant, so neither is the other's original."""
    text = s.doc.text
    return [(a, b) for a, b in itertools.pairwise(s.products)
            if len(words := [w for w in fold_phrase(text[a.end:b.start]).replace(",", " ").split()
                             if w not in articles()]) == 1 and words[0] in or_words()]


def _quoted_names(s: Sentence) -> list[tuple[Mention, Mention]]:
    """(design, name) where a name no list knows stands in quotes right after a designation ('the IAR-330 "Puma"',
    "Т-72 «Урал»", 'RPG-29 "Vampire"'): one to three words, the first with a capital, nothing else inside (a name
    the lists know is read with the other names in quotes; not one the registry's name holds already, 'БМ-21 "Град"'
    of the BM-21 Grad)."""
    out = []
    text = s.doc.text
    for p in s.products:
        if p.pointer or p.generic or not any(ch.isdigit() for ch in p.text):
            continue
        inside = _QUOTED_AFTER.search(text, p.start, p.end)
        # (a name the mention read with the designation: 'RPG-29 "Vampire"')
        found = inside if inside is not None and inside.end() == p.end and inside.start() > p.start \
            else _QUOTED_AFTER.match(text, p.end) or _QUOTED_IN_BRACKETS.match(text, p.end)
        if found is None or found.group(1) not in _QUOTE_PAIRS or found.group(3) != _QUOTE_PAIRS[found.group(1)]:
            continue
        name = found.group(2)
        start = found.start(2)
        if not name[:1].isupper() or len(name.split()) > 3 or found.end() > s.end \
                or name_key(name) in name_key(p.value) or _misspelt(name, p.value) \
                or any(m.start < found.end(2) and start < m.end and m is not p for m in s.mentions if m.kind != "cue"):
            continue
        out.append((p, Mention(start, found.end(2), "product", name, name)))
    return out


def _misspelt(name: str, value: str) -> bool:
    """Whether a one-word name of five letters or more is a word of ``value`` with one letter changed, added or left
    out: the registry's name misspelt ('PT-91M "Pandekar"' of the PT-91M Pendekar), no other name of it."""
    key = name_key(name)
    if " " in name.strip() or len(key) < 5:
        return False
    for word in value.split():
        other = name_key(word)
        if abs(len(other) - len(key)) > 1 or other == key or len(other) < 5:
            continue
        short, long_ = sorted((key, other), key=len)
        i = next((n for n, (a, b) in enumerate(zip(short, long_, strict=False)) if a != b), len(short))
        if short[i + (len(short) == len(long_)):] == long_[i + 1:]:
            return True
    return False


_OWNER_ENDING = lazy_compile(r"['’][^\W\d_]{1,4}(?![\w'’])")   # an owner's case ending after an apostrophe ("'in")
_QUOTED_AFTER = lazy_compile(r"[ \u00a0]?([\"'«„“‘「『])([^\"'«»„“”‘’「」『』.,;:!?()\n]{2,40})([\"'»“”’」』])")
# (or alone in brackets: 'the MiG-21 ("Balalaika")', "Т-72 («Урал»)")
_QUOTED_IN_BRACKETS = lazy_compile(r"[ \u00a0]?[(（]([\"'«„“‘「『])([^\"'«»„“”‘’「」『』.,;:!?()\n]{2,40})"
                                 r"([\"'»“”’」』])(?=[)）])")


def _or_named(s: Sentence) -> list[tuple[Mention, Mention]]:
    """"the Type 68 or M68": two names a word for "or" joins that are one number under two prefixes (``_one_number``)
    are one product's two names (not "the MiG-15 or MiG-17", "the AK-74 or AKS-74")."""
    return _one_number(s, _or_joined(s))


def _one_number(s: Sentence, pairs: list[tuple[Mention, Mention]]) -> list[tuple[Mention, Mention]]:
    """Those of pairs of names that are one number under two prefixes of which neither begins the other, and not two
    designs the registry holds apart: one product's two names ("Type 68" and "M68"; not "AK-74" and "AKS-74")."""
    out = []
    for a, b in pairs:
        numbers = [max(_NUMBER.findall(m.text), key=len, default="") for m in (a, b)]
        families = [(m.family or "").casefold() for m in (a, b)]
        if a.generic or b.generic or not numbers[0] or numbers[0] != numbers[1] \
                or families[0].startswith(families[1]) or families[1].startswith(families[0]) \
                or (a.entity and b.entity and a.entity != b.entity):
            continue
        out.append((a, b))
    return out


def _name_of_is(s: Sentence, cue: Mention) -> tuple[Mention, Mention] | None:
    """(design, name) where a naming noun, a design a few words after it and a copula right after the design give the
    name ("The NATO reporting name of the MiG-21 is Fishbed", "Der NATO-Codename der MiG-21 ist Fishbed", "Kryptonim
    NATO samolotu Su-27 to Flanker"); else None."""
    if s.doc.particles_follow:
        return None
    design = next((p for p in s.products if p.start >= cue.end), None)
    if design is None or not _same_clause(s, cue.end, design.start, 3 + _cue_tokens(s, cue.end, design.start, (
            "product_noun",))) or any(p.end <= cue.start and p.start >= s.start for p in s.products):
        return None
    copula = s.near_after(design.end, ("copula",), 0)
    if copula is None and s.doc.text[design.end:design.end + 3].strip() in {"—", "–", "-", ":"}:
        copula = design   # ("Кодавае абазначэнне НАТА для Су-27 — Flanker": a dash for the copula)
    if copula is None:
        return None
    # (the dash itself would part the clauses: "Экспортное обозначение J-7 — F-7")
    name = next((p for p in s.products if p.start >= copula.end and s.doc.tokens_between(copula.end, p.start) <= 1
                 and (copula is design or _same_clause(s, copula.end, p.start, 1))), None)
    return (design, name) if name is not None and name is not design else None


def _numbered_apart(a: Mention, b: Mention) -> bool:
    """Whether two names under a one-letter prefix carry numbers of different shapes ("M-30 (M1938)": a number and a
    year), so the shared letter says no family; not "T-55 (T-54)", two of one series."""
    numbers = [max(_NUMBER.findall(m.text), key=len, default="") for m in (a, b)]
    return len(a.family or "") <= 1 and all(numbers) and len(numbers[0]) != len(numbers[1])


# (a straight single quote too, set off by a space before it: "F-7MP 'Skybolt' fighters", not an apostrophe)
_QUOTE_PAIRS = {'"': '"', "'": "'", "“": "”", "„": "“", "«": "»", "‘": "’", "「": "」", "『": "』"}


def _written_whole(s: Sentence, subject: Mention, name: str) -> bool:
    """Whether a name is a word of the subject's full name and the text writes that full name ("PT-91 Twardy ...
    the name Twardy"): a part of the name, not another one."""
    words = subject.value.casefold().split()
    if len(words) > 1 and name.casefold() in words and subject.value.casefold() in s.doc.text.casefold():
        return True
    # (a registry that does not know the full name: the text writes the name right after the designation)
    return any(s.doc.text[m.end:m.end + len(name) + 1].casefold() == " " + name.casefold()
               for m in s.doc.mentions if m.value == subject.value and m.kind == "product")


def _elsewhere(s: Sentence, subject: Mention, cue: Mention) -> float:
    """Whether another name's subject is the product spoken of in an earlier sentence, unless the sentence opens
    with the naming ("Under the designation Ye-66 these aircraft ...", "Its reporting name is Fishbed", "इसका नाटो
    रिपोर्टिंग नाम ..."): there nothing but the product spoken of can be named."""
    if subject.start >= s.start:
        return 0.0
    if any(cue.start <= k.start and k.end <= cue.end for k in s.cue_list("pronoun")):
        return 0.0   # ("ở Liên Xô người ta gọi nó là An-2": a naming word that holds "it" names what was spoken of)
    opening = not any(p.start >= s.start and p.end <= cue.start for p in s.products) and (
        s.doc.tokens_between(s.start, cue.start) <= 1
        or any(k.end <= cue.start and s.doc.tokens_between(s.start, k.start) == 0
               and s.doc.tokens_between(k.end, cue.start) <= 2 for k in s.cue_list("possessive")))
    return 0.0 if opening else 1.0


def _lineage(s: Sentence, a: Mention, b: Mention) -> tuple[Mention, Mention] | None:
    """(child, parent) where the registry derives one of two known designs from the other, else None."""
    derives = s.doc.derives
    if derives is None or a.entity is None or b.entity is None or a.entity == b.entity:
        return None
    if derives(a.entity, b.entity):
        return a, b
    if derives(b.entity, a.entity):
        return b, a
    return None


def _bracketed_lineage(s: Sentence) -> Iterator[Reading]:
    """"the Shenyang J-5 (MiG-17)", "the MiG-17 (J-5)": two designs, one in brackets right after the other, that
    the registry knows as a derivative and its original are that, not two names of one design; the original is no
    subject of what the sentence says (it was not made under this licence, nor here)."""
    for a, b in _glossed(s):
        pair = _lineage(s, a, b)
        if pair is None:
            continue
        child, parent = pair
        s.parents.add(id(parent))
        # (the derivative in brackets is then the sentence's subject: "the MiG-17 (J-5) was built in China",
        # "the J-7 (F-7) entered service in 1967")
        s.replaced.discard(id(child))
        yield _mk(s, child, "derived_from", parent.value, {"known_lineage": 1.0}, a, b)


def _glossed_versions(s: Sentence) -> Iterator[Reading]:
    """"the Type 56 (Chinese-made AK-47)", "54式短機関銃(中国製PPS-43)", "le Type 56 (AK-47 chinois)": a design glossed
    in brackets by another country's make of another design is that country's version of it."""
    text = s.doc.text
    for a, b, opening, closing in _bracket_pairs(s):
        if a.value == b.value or _extends(a, b) or _extends(b, a) or a.generic:
            continue
        inside = [m for m in s.mentions if opening < m.start and m.end <= closing and m is not b]
        countries = [m for m in inside if m.kind == "country"]
        made = [m for m in inside if m.kind == "cue" and m.value == "produce"]
        if len(countries) != 1 or not (countries[0].adjective or made):
            continue
        if _left_over(text, opening + 1, closing, [b, *countries, *made]).strip(" \t-‐"):
            continue   # "(a copy of the AK-47 made in China)": other words are read by the other rules
        c = countries[0]
        s.parents.add(id(b))
        s.replaced.discard(id(b))
        yield _mk(s, a, "derived_from", b.value, {"cue_copy": 1.0}, a, b, qualifier="copy")
        yield _mk(s, a, "made_in_country", s.country(c), {"adjective": 1.0}, c, a)


def _bracket_places(s: Sentence) -> list[tuple[Mention, Mention, Mention]]:
    """(design, country, name) where brackets right after a design hold a country and a name, a dash or a colon between
    or nothing ("Ми-4 (в Китае — Z-5)", "Mi-4 (w Chinach Z-5)", "the Mi-4 (in China: Z-5)"): the name of the design's
    version made in that country."""
    text = s.doc.text
    found = []
    for a, b, opening, closing in _bracket_pairs(s):
        countries = [m for m in s.mentions if m.kind == "country" and not m.adjective and opening < m.start
                     and m.end <= b.start]
        if len(countries) != 1 or a.value == b.value or _extends(b, a) or _extends(a, b):
            continue
        c = countries[0]
        place = [k for k in s.cue_list("locative") if opening < k.start and k.end <= c.start]
        # (a preposition the language files hold no word of place for may stand before the country: "в Китае")
        left = _left_over(text, opening + 1, b.start, [c, *place]).strip(" \t:–—-")
        if (left and not (re.fullmatch(r"[^\W\d_]{1,3}", left) and left.islower()
                          and text.find(left, opening) < c.start)) or text[b.end:closing].strip():
            continue
        found.append((a, c, b))
    return found


def _bracket_pairs(s: Sentence) -> Iterator[tuple[Mention, Mention, int, int]]:
    """Each product in brackets after another (the other's product noun may come between), with where the
    brackets open and close."""
    text = s.doc.text
    for a, b in zip(s.products, s.products[1:], strict=False):
        opening = max(text.rfind("(", a.end, b.start), text.rfind("（", a.end, b.start))
        if opening < 0 or any(ch in text[opening + 1:b.start] for ch in "()（）"):
            continue
        close = _CLOSING.search(text, b.end, min(len(text), b.end + 30))
        if _left_over(text, a.end, opening, s.cue_list("product_noun")).strip() or close is None \
                or any(ch in text[b.end:close.start()] for ch in "(（"):
            continue
        yield a, b, opening, close.start()


_CLOSING = lazy_compile(r"[)）]")


def _left_over(text: str, a: int, b: int, mentions: list[Mention]) -> str:
    """``text[a:b]`` with the words of the given mentions inside it blanked out."""
    rest = list(text[a:b])
    for m in mentions:
        if a <= m.start and m.end <= b:
            rest[m.start - a:m.end - a] = " " * (m.end - m.start)
    return "".join(rest)


def _outside_brackets(s: Sentence, a: int, b: int) -> int:
    """Tokens between two places, an aside in brackets counting as one ("The BVP-1 (bojové vozidlo pěchoty, an
    infantry fighting vehicle) was the Czechoslovak designation for the BMP-1")."""
    count = s.doc.tokens_between(a, b)
    for aside in _ASIDE.finditer(s.doc.text, a, b):
        count -= max(0, s.doc.tokens_between(aside.start(), aside.end()) - 1)
    return count


_ASIDE = lazy_compile(r"[(（][^()（）\n]{1,200}[)）]")


def _asides(s: Sentence, a: int, b: int) -> int:
    """Asides in brackets between two places (each counts as one token in ``_outside_brackets``)."""
    return sum(1 for _ in _ASIDE.finditer(s.doc.text, a, b))
_ASIDE_AFTER = lazy_compile(r"[ \t\u00a0]?[(（][^()（）\n]{1,200}[)）]")   # an aside right after a name


def _kind_apart(a: str, b: str) -> bool:
    """Whether two names are one, the longer with words for its kind after it ("Type 59 tank", "Type 59"; "Type 63
    amphibious tank")."""
    short, long_ = sorted((a, b), key=len)
    return short != long_ and long_.startswith(short) \
        and re.fullmatch(r"(?:\s+[a-z]{4,}){1,3}", long_[len(short):]) is not None


def _other_name(subject: Mention, name: Mention) -> str | None:
    """What an alias reading names: the other product, or, where the registry already knows both names as one
    product ("T-72M, also designated T-72G"), the other spelling as written; None for the same name twice."""
    if _kind_apart(name.value, subject.value):
        # ("Type 59" and "Type 59 tank": one design, once with the word for its kind; a name of its own the registry
        # files under it is that other name, as written: "the Type 63, also known as the WZ-211")
        written = name_key(name.text)
        if name.pointer or written in {name_key(subject.text), name_key(subject.value), name_key(name.value)}:
            return None
        return name.text
    if name.value != subject.value:
        # (a nickname the registry files under another design, as written: "the Po-2, nicknamed Kukuruznik" is not
        # the An-2, though the An-2 bore the name too)
        # (not a family's name: "called the Kalash" names the AK family it belongs to)
        if name.entity is not None and subject.entity != name.entity and not name.generic \
                and not any(ch.isdigit() for ch in name.text) and not name.pointer:
            return name.text.strip("\"'«»“”„")
        return name.value
    if not name.pointer and name_key(name.text) not in {name_key(subject.text), name_key(subject.value)}:
        return name.text
    if not name.pointer and not subject.pointer and name_key(name.text) == name_key(subject.value) \
            and _NUMBER.findall(subject.text) != _NUMBER.findall(name.text):
        # ("The Su-27K was later renamed the Su-33": the name given is the one the registry files the design under;
        # the name the text wrote first is the other)
        return subject.text
    return None


# -- made_in_country --------------------------------------------------------------------------

def _sold_after(s: Sentence, c: Mention) -> bool:
    """Where the verb comes last, whether the first word of making, licence or sale after a country is one of sale:
    the country is where the product went."""
    if not s.doc.particles_follow:
        return False
    after = [k for k in s.cue_list("produce", "licence", "export") if k.start >= c.end]
    return bool(after) and min(after, key=lambda k: k.start).value == "export"


def _maker_attribute(s: Sentence, c: Mention, cue: Mention) -> bool:
    """Whether the word of making is a participle set before the name as its attribute, its maker right before it
    ("Valmetin valmistama kivääri RK 62", "das von Valmet hergestellte Gewehr RK 62"), and the country stands after
    the name: an attribute governs nothing past its noun, the country is the main verb's ("... wurde in Syrien zum
    Verkauf angeboten", offered for sale there, not made there)."""
    if c.start < cue.end or any(k.start >= cue.end and k.end <= c.start for k in s.cue_list("produce", "licence")):
        return False
    named = next((p for p in s.products if cue.end <= p.start and p.end <= c.start
                  and s.doc.tokens_between(cue.end, p.start) - len(_noun_spans(s, cue.end, p.start))
                  - _noun_words(s, cue.end, p.start) == 0), None)
    if named is None:
        return False
    # the maker marked as the attribute's doer: by a word ("von Valmet"), a hyphen ("Valmet-made") or a case ending
    # on its name ("Valmetin", Valmet's; not "Valmet valmisti RK 62:n", Valmet made it, the sentence's own verb)
    agent = s.near_before(cue.start, ("agent",), 1)
    for m in s.mentions:
        if m.kind != "org" or m.end > cue.start or s.doc.tokens_between(m.end, cue.start) > 0:
            continue
        written, name = fold_phrase(m.text).strip(), fold_phrase(m.value).strip()
        if (agent is not None and agent.end <= m.start) or s.doc.text[m.end:cue.start] in {"-", "‑"} \
                or (written != name and written.startswith(name)):
            return True
    return False


def _owner_of_what_is_made(s: Sentence, c: Mention, cue: Mention) -> bool:
    """Where the owner comes before what it owns, a country marked as the owner of a thing that is itself the owner
    of the making: "ソ連の軽機関銃の国産化", the domestic making of the Soviet machine gun (the country's thing was
    made elsewhere), not "中国の国産化", China's domestic making."""
    if not s.doc.genitive_first or not s.doc.genitive_marks or c.end > cue.start:
        return False
    between = s.doc.text[c.end:cue.start]
    marks = sum(between.count(mark) for mark in s.doc.genitive_marks)
    return marks >= 2 and _opens_with_genitive(s, between) \
        and between.rstrip().endswith(tuple(s.doc.genitive_marks)) and s.doc.tokens_between(c.end, cue.start) <= 4


def _inside_entry(s: Sentence, k: Mention) -> bool:
    """Whether a word of making or a maker's word stands inside a longer phrase of entry into service ("aceptado en el
    arsenal", taken into the forces' stock): the phrase speaks of use, no plant nor making."""
    return k.value == "maker" and any(j.start <= k.start and k.end <= j.end and j.end - j.start > k.end - k.start
                                      for j in s.cue_list("introduce", "service"))


def _made_to_act(s: Sentence, c: Mention) -> bool:
    """"The war made North Korea seek a tank of its own", "perang itu membuat Korea Utara mencari tank sendiri": a
    country right after a word of making that also means "cause to", in no case and owning nothing ("made Poland's
    tanks"), is whom the sentence makes act, not where anything is made."""
    return not c.adjective and not c.case and not s.doc.text.startswith(("'s", "’s"), c.end) \
        and any(k.end <= c.start and s.doc.tokens_between(k.end, c.start) == 0 for k in s.cue_list("causative"))


# commas and semicolons that end an adjective's phrase, in every script: the Latin, the full-width and the Chinese
# enumeration comma, and the Arabic comma and semicolon of Arabic, Persian and Urdu ("صحف صينية،", Chinese papers,)
_CLAUSE_MARKS = ",;，；、،؛"


def _compared_country(s: Sentence, c: Mention) -> bool:
    """Whether a word for "than" stands right on a country ("比印度强", "better than India", "인도보다"): the country
    a comparison measures against, no place and no buyer."""
    if s.near_before(c.start, ("than",), 0) is not None or s.doc.particle_before(c.start, {"than"}):
        return True
    return s.doc.particles_follow and (s.near_after(c.end, ("than",), 0) is not None
                                       or s.doc.particle_after(c.end, {"than"}))


def _made_in(s: Sentence, w: Weights) -> Iterator[Reading]:
    # (nor one a word of help governs: "with the help of the Soviet Union, China built", the helper made nothing)
    countries = [m for m in s.mentions if m.kind == "country" and not _glossed_country(s, m)
                 and not _compared_country(s, m) and not _partner(s, m)]
    if not countries:
        return
    # (what a naming gave a name to is made where the design was: "North Korea built the AK-47 under licence under
    # the name Type 58")
    subjects = s.subjects() + [p for p in s.products if id(p) in s.parents and p.start >= s.start
                                and any(p.value == name for _, name in s.copies)]
    owners = [o for p in s.products if (o := _bracket_owner(s, p)) is not None]
    if owners and any(c.value not in {o.value for o in owners} for c in countries if not c.adjective):
        # "built in China (as the Type 59), Czechoslovakia and Poland": the design the names in brackets are
        # versions of was made in each of the places too, those that name no version of their own among them
        first = min(o.start for o in owners)
        subjects = subjects + [p for p in _bracketed_originals(s, first) if p not in subjects]
    # (not a word of making that names a deal: "a production agreement", "gyártási megállapodás", "umowa produkcyjna")
    deals = s.cue_list("deal")
    produce = [k for k in s.cue_list("produce", "maker", "licence")
               if (k.value == "licence" or not any(s.gap(k, d) == 0 for d in deals)) and not _inside_entry(s, k)]
    # a data sheet's label of origin, a field's value after it ("Place of origin: China", "Herkunftsland  China"),
    # says where the sheet's design comes from (not in running text: "aus seinem Herkunftsland in den Irak")
    produce += [k for k in s.cue_list("origin") if _FIELD_VALUE.match(s.doc.text, k.end)]
    # "Croatian MiG-21s of Russian production": where an adjective says who made it, another is the owner's
    makers = [c for c in countries if c.adjective and any(s.gap(c, k) == 0 for k in s.cue_list("produce"))]
    yield from _is_of_country(s)
    yield from _is_of_country_last(s)
    yield from _from_country(s)
    yield from _bought_from_maker(s)
    yield from _basis_examples_country(s)
    for c in countries:
        # an adjective (or possessive name) right on a product
        # (not one on a word for parts: "装备俄制雷达", fitted with Russian-made radars, says where those came from)
        on_products = s.products if not makers or c in makers else []
        part = _on_parts(s, c)
        # (but the part's own name right after the word is: "polskie silniki Lis-2", the Polish engines Lis-2)
        on_products = [p for p in on_products if p.start >= part.end
                       and s.doc.tokens_between(part.end, p.start) == 0] if part is not None else on_products
        for p in on_products:
            # ("sovjetska havbica 122 mm M-30": a calibre between them counts for nothing)
            # (nor, where adjectives precede their noun, do the words of one noun of a kind of product past its first:
            # "the Soviet main battle tank T-72")
            before = p.start >= c.end and s.doc.tokens_between(c.end, p.start) - _calibre_tokens(s, c.end, p.start) \
                - (0 if s.doc.adjectives_follow else _noun_words(s, c.end, p.start)) <= w.windows["adjective"]
            # ("aviões russos de treino (modelo Yak-130)": the complement of the kind the adjective follows)
            complement = not before and c.adjective and _kind_complement(s, c, p)
            before = before or complement
            # ("88식은 소련의 AK-74": a particle glued to the name ends its phrase; the adjective is the next one's)
            # (not past a comma: "ZB-9, Sovyet KT-24'ün kopyası", the adjective opens the next name's phrase)
            # ("«سو-30» الروسية", "הטנק T-55 הסובייטי": the article glued to an adjective that follows its noun)
            gap = s.doc.text[p.end:_prefix_start(s.doc.text, p.end, c.start)] if c.start >= p.end else ""
            # (where adjectives follow their noun, past the name's own noun of its kind: "le J-7B, chasseur chinois"
            # without the comma, "o J-7B caça chinês")
            after = c.start >= p.end and c.adjective and (
                (s.doc.tokens_between(p.end, p.end + len(gap)) == 0
                 and not any(ch.isalpha() or ch in _CLAUSE_MARKS for ch in gap))
                or (s.doc.adjectives_follow and _only_noun_between(s, p.end, p.end + len(gap))))
            if not (before or after):
                continue
            if after and not before and not s.doc.adjectives_follow and _own_noun_after(s, c):
                continue   # "в этом пистолете китайские мастера нашли": where adjectives precede their noun, one with a
                #            plain word right after it is that word's, not the name's before it
            if after and not before and not s.doc.adjectives_follow and any(
                    o is not p and o.start >= c.end and s.doc.tokens_between(c.end, o.start) == 0 for o in s.products):
                continue   # "जे-7 सोवियत मिग-21 की चीनी प्रति": where adjectives precede their noun, one between two
                #            names is the next one's
            if after and not before and not s.doc.adjectives_follow and any(
                    k.start >= c.end and s.doc.tokens_between(c.end, k.start) == 0 for k in s.cue_list(*DERIVE)):
                continue   # "a Szu-27 kínai másolata", the Su-27's Chinese copy: so is one right before a copy word
            if before and s.doc.adjectives_follow and any(ch in _CLAUSE_MARKS for ch in s.doc.text[c.end:p.start]):
                continue   # "con l'assistenza cinese, il carro Al-Zarrar": an adjective after its noun, a comma
                #            before the name, is that noun's
            if before and c.adjective and s.doc.adjectives_follow and not complement and any(
                    c.end <= n.start and n.end <= p.start for n in s.cue_list("product_noun")):
                continue   # "ذكرت مجلة أمريكية أن الدبابة T-72", "l'agence chinoise dit que le fusil Type 56":
                #            where adjectives follow their noun, one before the name's own kind of product is
                #            another noun's (the paper's, the agency's)
            if before and _article_opens(s, c.end, p.start):
                continue   # "kaum hatten die Russen die AKM übernommen": an article opens the name's own phrase,
                #            the word before it is no adjective of the name
            if before and _comma_apart(s, c, p):
                continue   # "польский автомат, вариант АК-74": a comma ends the adjective's phrase, unless another
                #            adjective of the list follows it ("Soviet, Chinese and Polish T-55s")
            if before and ((not complement and not _only_cues_between(s, c.end, p.start))
                           or (open_bracket(s.doc.text, s.start, c.start) >= 0
                               and any(ch in ")）" for ch in s.doc.text[c.end:p.start]))):
                # "the Syrians might have Redeye missiles": words of a clause stand between them ("Abrams (Amerika),
                # T-90": or the end of the brackets the adjective stands in; not an aside between, "the Chinese
                # (Norinco) Type 56")
                continue
            if any(o is not p and min(c.end, p.end) <= o.start and o.end <= max(c.start, p.start)
                   for o in s.products):
                continue   # "the Soviet Grad, the APR-40": the adjective is on the product nearer to it
            if before and s.doc.adjectives_follow and any(
                    o.end <= c.start and s.doc.tokens_between(o.end, _prefix_start(s.doc.text, o.end, c.start)) == 0
                    for o in s.products):
                continue   # "«ميغ-29» الروسية وهما J-10": where adjectives follow their noun, one right after a name
                #            is that name's, not the next one's
            if any(o.kind == "country" and o.value != c.value and min(c.end, p.end) <= o.start
                   and o.end <= max(c.start, p.start) for o in s.mentions) and not _adjectives_joined_on(s, c, p):
                continue   # "copie romene, italiane (il FIROS)": so is another country's (not one of a list that
                #            "and" joins right before the name: "Romanian and Polish AKMs")
            if before and any(c.end <= k.start and k.end <= p.start and s.doc.tokens_between(k.end, p.start) >= 1
                              for k in s.cue_list(*DERIVE)):
                continue   # "malezyjska wersja czołgu Twardy": the adjective is the version's, not the original's
            if before and any(k.start <= c.start and c.end <= k.end and not _version_right_after(s, k, p)
                              for k in s.cue_list(*DERIVE)):
                continue   # "中国版MiG-17": a country glued to a word of versions names the version's country
                #            (not a word of versions right on the name: "the Chinese improved Type 69")
            if c.adjective and (_on_licence_word(s, c, s.cue_list("licence")) or _licensed_design_origin(s, c)):
                continue   # "sous licence soviétique le PM md. 63": the adjective is the licence's (or the licensed
                #            design's, "Poland bought a licence to build the Soviet T-72")
            if any(min(c.end, p.end) <= k.start and k.end <= max(c.start, p.start) and not _in_noun(s, k)
                   for k in s.cue_list("force")) or (c.adjective and _of_forces(s, c)):
                continue   # "the Soviet Air Force's MiG-23", "Çin Ordusu ... Mi-17": the country uses it
            if c.case in {"source", "destination"}:
                continue   # "Lengyelországból" (from Poland) beside a product is where it came from or went
            if _language_named(s, c):
                continue   # "se llama en alemán Kalaschnikow", "קלצ'ניקוב בספרדית": a language, no place
            # (a possessive name: "Yugoslavia's M-84", "ユーゴスラビアのM-84", "유고슬라비아의 M-84")
            if before and not c.adjective \
                    and s.doc.text[c.end:p.start].strip() not in {"'s", "’s", "s"} | s.doc.genitive_marks \
                    and not (c.text.endswith(tuple(s.doc.genitive_marks)) and not s.doc.text[c.end:p.start].strip()) \
                    and not _glued_attribute(s, c, p):
                continue
            # ("a copy of the Soviet AKM": the adjective after a copy word is the original's; not where a word of
            # its own stands between them: "among the copies is the Vietnamese AKM-1"; so is one after a noun of the
            # original: "its prototype was the Soviet RPD")
            word = s.near_before(c.start, (*DERIVE, "basis_noun"), 3)
            # (not a word of versions holding the adjective, the version named right after it: "a versão chinesa J-7")
            word = None if any(k.start <= c.start and c.end <= k.end and _version_right_after(s, k, p)
                               for k in s.cue_list(*DERIVE)) else word
            on_parent = id(p) in s.parents or (word is not None and all(
                len(t) <= 3 or t.lower() in s.doc.particles
                for t in re.findall(r"[^\W\d_]+", s.doc.text[word.end:c.start]))
                and not any(word.end <= k.start and k.end <= c.start for k in s.cue_list("copula"))
                # (not past the original the word names, where adjectives precede their noun: "на базе Т-72М1
                # польский танк PT-91" is the PT-91's)
                and (s.doc.adjectives_follow or not any(word.end <= q.start and q.end <= c.start
                                                        for q in s.products)))
            # ("Soviet-designed", "de diseño soviético": a word of design right on the adjective; not one a word
            # away, "the army designed a Finnish RK 62 upgrade")
            feats = {"adjective": 1.0, "on_parent": float(on_parent),
                     "designed": float(s.near_after(c.end, ("design",), 0) is not None
                                       or s.near_before(c.start, ("design",), 0) is not None),
                     "captured": float(s.has("capture")), "service": float(s.has("service")),
                     # (a possessive name, not an adjective, where the sentence speaks of delivery, purchase or use
                     # is its user's: "Greece's S-300s were delivered in 1999", "巴基斯坦的歼-7PG于2002年交付"; not
                     # one of sale, "Yugoslavia's M-84s were exported to Kuwait", the seller's)
                     # (not a name glued before it as a noun that qualifies it: "装备了苏联T-62坦克")
                     "owned_in_use": float(not c.adjective and s.has("service", "import", "arrive")
                                           and not _glued_attribute(s, c, p))}
            yield _mk(s, p, "made_in_country", s.country(c), feats, c, p, via_adjective=True)
        yield from _named_in_brackets(s, c, subjects)
        yield from _country_in_brackets(s, c)
        if not produce:
            continue
        # a production cue with a place (or a list of places): the nearest in the country's clause, else the nearest
        # ("az oroszok felbontották a gyártási megállapodást, ennek ellenére Kína folytatta a J-11 gyártását")
        cue = min(produce, key=lambda k: (_clause_apart(s, k, s.groups.get(id(c), [c])), s.list_gap(k, c)))
        if c not in makers and not c.case and s.near_before(s.list_first(c).start, ("locative",), 1) is None \
                and not s.doc.particle_on(c, {"locative"}) \
                and any(m is not c and not m.case and m.start < cue.start
                        and (cue.end <= m.end or s.doc.tokens_between(m.end, cue.start) == 0)   # ("Soviet-made")
                        and c not in s.groups.get(id(m), [m])
                        and not _on_licence_word(s, m, s.cue_list("licence")) for m in makers):
            continue   # "Mısır Sovyet yapımı MiG-21 kullandı", Egypt used Soviet-made MiG-21s: the making has its own
            #            country, glued to it; another, no word of place before it, names no place of it
        if _owner_of_what_is_made(s, c, cue) or _made_to_act(s, c) or _maker_attribute(s, c, cue):
            continue
        if _place_past_made_adjective(s, c, cue, makers):
            continue   # "un T-62 de fabricación soviética en Cuba": the making has its country; the place right
            #            after it is where the thing stands
        if _on_bureau_word(s, c):
            continue   # "opracowany w radzieckim biurze konstrukcyjnym i budowany w Mielcu": the
            #            adjective says where the designers worked, not where it was made
        if _on_media_word(s, c):
            continue   # "laut russischen Medien wurden die Panzer gebaut", "selon les médias russes": whose report
            #            it is, no place of making
        if _made_part_with(s, c, cue):
            continue   # "a carbine with an Iranian-made optic", "con un mirino di fabbricazione cinese": the
            #            making a phrase of "with" holds is its own noun's, a part, not the design's
        if _with_after(s, c) or _with_before(s, c):
            continue   # "valmisti kiväärejä Qatarin kanssa", "Sovyetler Birliği ile birlikte üretti": the party the
            #            making was done with, where "with" follows its noun, is no place of the making
        if _relative_closed_before(s, cue, c):
            continue   # "der BTR-60, der in der UdSSR hergestellt wurde, dient in Angola ...": a place after
            #            the relative clause of making closes is the main clause's, none of the making
        head = s.list_first(c)
        # (where the marks follow their noun, a word of place before the name is another noun's: "工場にてロシアから",
        # at the plant, from Russia)
        place = _glued_mark(s, c, ("locative",)) if s.doc.particles_follow \
            else s.near_before(head.start, ("locative",), 1)
        # a one-character word marks a place too: after it in Japanese ("ユーゴスラビアで"), before it in Chinese
        locative = place is not None or c.case == "locative" or s.doc.particle_on(c, {"locative"})
        # (where the marks follow their noun, one before the name is the noun's before it: "ZB-9 को भारत में")
        towards = None if s.doc.particles_follow else s.near_before(head.start, ("destination", "export"), 2)
        # ("sold to several countries including North Korea": a list a word of example brings in after the
        # countries a word of destination names is where they went)
        example = None if towards is not None or s.doc.particles_follow else s.near_before(head.start, ("example",), 0)
        towards = towards if example is None else s.near_before(example.start, ("destination", "export"), 2)
        # a word that is both "in" and "into" (Romanian "în", German "in") reads as "in" beside a production word,
        # unless a word of sale or export stands nearer the place than the making ("produziert von X, wurde an
        # Ägypten verkauft", "παραγωγής της X, πωλήθηκε στην Αίγυπτο": sold to Egypt)
        towards = None if towards is not None and (
            (place is not None and towards.start == place.start)
            or any(k.start == towards.start and k.end == towards.end for k in s.cue_list("locative"))) \
            and not any(s.list_gap(k, c) <= 1 and s.list_gap(k, c) < s.list_gap(cue, c)
                        for k in s.cue_list("export")) else towards
        # (nor one past a clause mark, the country right before a verb of its own: "援助停止后,中国开始自行生产")
        towards = None if towards is not None and towards.value == "export" and _doer_past_clause(s, c, towards) \
            else towards
        # (a licence sold is no product sent: "ZSRR sprzedał Chinom licencję", the receiver makes it)
        towards = None if towards is not None and towards.value == "export" \
            and any(_trades_licence(s, towards, k) for k in s.cue_list("licence")) else towards
        using = s.near_before(head.start, ("import", "service", "capture"), 4)
        # (not one a word of making stands between: "uses tanks made in the USSR" names the maker's country)
        using = None if using is not None and any(using.end <= k.start and k.end <= head.start for k in produce) \
            else using
        # (nor an adjective that a noun of making right after it and a product noun right before it make the
        # maker's: "ordered tanks of Yugoslav production", "kupil 40 tankov češke izdelave")
        using = None if using is not None and c.adjective and any(
            k.start >= c.end and s.doc.tokens_between(c.end, k.start) == 0 for k in produce) and any(
            k.end <= c.start and s.doc.tokens_between(k.end, c.start) <= 1 for k in s.cue_list("product_noun")) \
            else using
        # (where the marks follow their noun, a word of destination right after it: "イラクなどに輸出された")
        # (or on the list's last name: "파키스탄과 알바니아에 수출", "パキスタンやアルバニアに輸出")
        last = _list_last(s, c)
        # (or a word of destination that follows its noun: "Qataria varten", "Irak számára", "Eesti jaoks")
        marked_after = (s.doc.particles_follow or s.doc.genitive_first) and not locative \
            and (s.near_after(last.end, ("destination",), 0) is not None
                 or (last is not c and (last.case == "destination" or s.doc.particle_on(last, {"destination"}))))
        # (a receiver of a licence makes the product: "ZSRR udzielił licencji Polsce na produkcję T-72", "продал
        # Китаю лицензию", papers handed over)
        # (not where the verb comes last and the first verb after the country is one of sale: "폴란드에서 면허
        # 생산되었으며 이라크에도 수출되었다", made under licence in Poland and exported to Iraq too)
        # (or the list's first: "в Ирак и Эфиопию", the preposition's case on each)
        received = (c.case == "destination" or (head is not c and head.case == "destination")) \
            and (not s.has("licence") or _sold_after(s, c))
        # ("изнася гаубици 2С1 в Ирак": a word of export governs the word of place before the country)
        destination = towards is not None or using is not None or received or marked_after \
            or (not s.doc.particles_follow and any(_export_governs(s, k, head) for k in s.cue_list("export"))
                and (not s.has("licence") or _sold_after(s, c))) \
            or (not s.doc.particles_follow and not c.adjective and _buys(s, c)) \
            or (s.doc.particle_on(c, {"destination"}) and not s.doc.particle_on(c, {"locative"}))
        source = ((_glued_mark(s, c, ("source",)) if s.doc.particles_follow
                   else s.near_before(head.start, ("source",), 1)) is not None and not _on_maker_noun(s, c)) \
            or c.case == "source" or s.doc.particle_on(c, {"source"})
        # ("senza il permesso della Russia", "bez odobrenja SSSR-a": whose permission was not given)
        # ("소련의 정식 면허", the Soviet formal licence: a plain word between; "ソ連のライセンスなしで": whose licence
        # was not had)
        licensor = (any((s.gap(k, c) == 0 and not _licence_on_making(s, c)) or (s.gap(k, c) == 1 and c.end <= k.start
                                             and not any(ch.isupper() for ch in s.doc.text[c.end:k.start])
                                             and not any(c.end <= m.start < k.start and m.kind != "cue"
                                                         for m in s.mentions))
                        for k in s.cue_list("licence")) and c.adjective) \
            or _after_licence_word(s, c, s.cue_list("licence", "unlicensed"), _RIGHTS_WORDS) \
            or _grants_licence(s, c, s.cue_list("licence")) \
            or _owns_licence_word(s, c, s.cue_list("licence", "unlicensed")) \
            or _party(s, c, s.cue_list("licence", "deal")) \
            or _licence_source(s, c) or _licensed_design_origin(s, c) or _licensor_seat(s, c) \
            or (_licence_agent(s, c, s.cue_list("licence"))
                and not any(s.gap(c, k) == 0 for k in s.cue_list("produce"))
                and not (s.doc.particles_follow and _licence_produced(s, c)))
        # ("theo giấy phép do Liên Xô cấp", "रूस द्वारा दिए गए लाइसेंस": the licence's agent, unless "made" is said right
        # on it, "Russia-made", or the licence word right after the agent makes ("ポーランドによりライセンス生産された":
        # Poland is the agent of the making); the mark of a sentence's doer, Urdu and Hindi "نے", "ने", is no agent's)
        pair = _licence_pair(s, s.cue_list("licence"))
        licensor = licensor and not (pair is not None and pair[1] is c)   # "苏联授权中国生产": China makes it
        group = s.groups.get(id(c), [c])
        # the place of production is the country nearest the production word ("Russian-made", not the buyer)
        licence_words = s.cue_list("licence")
        # (nor the same country named again: "als zwischen der Sowjetunion und China Einigkeit herrschte, bauten die
        # Chinesen ...")
        rival = any(o.kind == "country" and o not in group and s.list_gap(cue, o) < s.list_gap(cue, c)
                    and s.country(o) != s.country(c)
                    # the licensor is no rival
                    and not (o.adjective and _on_licence_word(s, o, licence_words)) and not _licence_source(s, o)
                    and not _gives_licence_only(s, o, licence_words)
                    # nor the design's own adjective, where this country is the verb's subject and the verb comes
                    # after the design: "Bugarska je sovjetske automate AK-74 proizvodila", Bulgaria made them
                    and not (c.nominative and o.adjective and c.end <= o.start and o.end <= cue.start
                             and _on_product(s, o))
                    for o in countries)
        # (a country as near the making as this one is its own: "designed in the USSR and produced in Poland", one
        # word from "produced" each)
        if (rival or any(o.kind == "country" and o not in group and s.country(o) != s.country(c)
                         and s.list_gap(cue, o) == s.list_gap(cue, c) for o in countries)) \
                and any(_design_governs(s, k, c) for k in s.cue_list("design")):
            continue   # "der in der UdSSR entworfene und in Polen gefertigte T-72", "designed in the USSR and built
            #            in Poland": a word of design governs this country, the making has its own
        if _of_forces(s, c):
            continue   # "the Chinese army", "Çin Ordusu": a country's forces use what is made, they say not where
        if not locative and _ended_before(s, cue, c):
            continue   # "production of the rifle ceased when the Israelis bombed the plant": a later clause's doer
        if _on_parts(s, c) is not None:
            continue   # "苏联零件", "assembled from Soviet parts": the country the parts came from
        if _aside_on_country(s, c):
            continue   # "made in the USSR (Russia being the largest of its republics)": an aside on the place
        if _deal_adjective(s, c, deals):
            continue   # "Советско-китайское соглашение о ... выпуску Ту-16": a deal's parties, not where it is made
        if any(k.start < c.start and c.end < k.end and (c.adjective or k.value == "unlicensed")
               for k in s.cue_list("licence", "unlicensed")):
            continue   # "without Russian permission", "under a Soviet licence": the holder of the rights a phrase of
            #            licence names, not a maker (not the receiver a grant names: "otorgar a China la licencia")
        # (nor a country marked as where something came from: "소련으로부터 면허를 받아 T-55를 생산했다")
        came = source and not c.adjective   # (an adjective after "de" is a phrase's: "de fabricación soviética")
        if s.doc.genitive_first and not c.adjective and c.end <= cue.start and _agent_between(s, c, cue):
            continue   # "北朝鮮はソ連が生産したMiG-21を": the country right before the word of making made it
        clause = None if licensor or came else _made_by_clause(s, c, cue)
        made = [clause] if clause is not None else [] if licensor or came else _made_by_phrase(s, c, cue)
        if made:
            # "根据前苏联生产的安-2": the making a clause before a name says is that name's (the licensor's making is
            # none); so is one a phrase right after a name (or a list) says ("el BMP-2 de fabricación soviética")
            for p in made:
                yield _mk(s, p, "made_in_country", s.country(c), {"adjective": 1.0}, c, cue, p)
            continue
        glued = _glued_making(s, c, cue)
        if cue.value == "maker" and c.adjective and not s.has("produce") and _clause_apart(s, cue, [c]):
            continue   # "l'arsenal ... avait reçu les plans du MiG-19, mais la production tarda": a
            #            people a clause apart from a maker noun, no word of making, made nothing said here
        if cue.value == "maker" and c.adjective and not s.has("produce") and (
                (c.end <= cue.start and s.doc.tokens_between(c.end, cue.start) == 0)
                # (on the side where the language puts its adjectives: "l'arsenal chinois avait reçu les plans")
                or (s.doc.adjectives_follow and cue.end <= c.start and s.doc.tokens_between(cue.end, c.start) == 0)):
            continue   # "the Polish arsenal may soon take in Slovak T-72 tanks": a maker's country, no word
            #            of making in the sentence, says nothing of where a product was made
        if c.adjective and not s.doc.adjectives_follow and any(
                k.start >= c.end and s.doc.tokens_between(c.end, k.start) == 0 for k in s.cue_list(*DERIVE)):
            continue   # "китайский аналог МиГ-21У ... построенными": an adjective on a copy word says where the copy
            #            is made (the copy rules read it), no place for a word of making elsewhere in the sentence
        # (an original a clause set off right after it speaks of: "a copy of the MiG-19, which was made in the USSR")
        described = _described_by(s, cue)
        for p in [*subjects, *([described] if described is not None and described not in subjects else [])]:
            if p.start <= c.end <= p.end + 1 or _of_parts(s, p, cue):
                continue   # (where a country makes ammunition for a rifle, it does not make the rifle)
            if _copy_is_made(s, p, cue):
                continue   # "Т-90 выпускает Уралвагонзавод, его копия производится в Индии": the copy is made there
            if p.start > cue.end and _copied_into(s, p) is not None:
                continue   # "大量生产由米-4仿制出的直-5": the original a clause of copying names; its copy was made
            if p.start > cue.end and _named_by_pronoun(s, p):
                continue   # "中国量产的步枪,但外国媒体称之为AK-47": the name given to what was spoken of, no product
                #            made there
            if _used_in_later_clause(s, cue, p):
                continue   # "China built the J-7, and the MiG-21 is still in use": a name a later clause says is used
            if _participle_on_other(s, c, cue, p):
                continue
            if described is not None and described is not p:
                continue   # "копией советского МиГ-19, который производился в СССР": the clause says where the
                #            original was made, not its copy
            if glued and not (p.start >= cue.end and s.doc.tokens_between(cue.end, p.start) <= 1):
                continue   # "to be succeeded by German-built Leopard 2A6 tanks": a making glued to its country
                #            describes the words right after it, none of the names elsewhere in the sentence
            if p.start < s.start and cue.value == "produce" and _moves_goods(s, cue):
                continue   # "Китай наладил производство оружия": a making of arms in general says nothing of the
                #            design spoken of before
            if p.start < s.start and any(_no_kin(s, p, o) for k in s.cue_list("copy") for o in _run_after(s, k.end, 3)):
                continue   # "Les Chinois fabriquent une imitation des Igla": what is made is a copy of the design
                #            named, not the product spoken of before
            owner = _bracket_owner(s, p)
            if owner is not None and owner is not c:
                continue   # "in Yugoslavia (M-84), Poland (PT-91)": a name in brackets is its own country's only
            if _version_named_there(s, p, c):
                continue
            if any(q is not p and c.end <= q.start and q.end <= p.start and any(q.value == n for _, n in s.copies)
                   for q in s.products):
                continue   # "built in Bulgaria and in China as the Type 56, later reworked as the Type 56-1": a place
                #            before a name "as" gave is that name's (or its design's), not a later name's
            tied = _bracketed_to(s, c)
            if (tied is not None and tied is not p) or (tied is None and p.start >= c.end and _alone_in_brackets(s, c)):
                # "the T-55 (USSR) and the T-55A (Poland)": a country alone in brackets is its own name's only, or the
                # word's it follows, and says nothing of a name after it ("Merkava (Israel) M1A2 Abrams"; not "made in
                # Gliwice (Poland)", the place of what was named before)
                continue
            attached = _adjective_on_other(s, c, p) or _unknown_name_beside(s, c, p)
            if attached and any(id(m) in s.parents and m is not p and m.start >= c.end
                                and (s.doc.tokens_between(c.end, m.start) <= 1 if c.adjective
                                     else m.start == c.end and han_or_kana(c.text[-1:])) for m in s.products):
                continue   # "J-7 bol postavený na základe sovietskeho MiG-21": the original's country, not the copy's
                #            (a name glued to it in Chinese: "在苏联米-4直升机基础上仿制")
            # "made by a Czech works, it is in service in Peru", "1972 gebaut, ist in Angola im Einsatz": a word of
            # use or trade nearer the place than the making is what happened there
            # (between the making and the place, or a word of use right after a place the making comes before: not
            # "made in China and exported to Vietnam")
            # (a place a comma parts from the making before it may stand a word further from its word of use:
            # "开始生产，在美国已经批量装备M60", began making; in the US, the M60 was already in service)
            parted = 2 if cue.end <= c.start and any(ch in ",，;；" for ch in s.doc.text[cue.end:c.start]) else 1
            claimed = any(s.gap(k, c) <= 2 and ((min(cue.end, c.end) <= k.start and k.end <= max(cue.start, c.start))
                                                 or (cue.end <= c.start and k.start >= c.end and s.gap(c, k) <= parted
                                                     and s.gap(cue, c) > 0 and k.value in {"service", "capture"}))
                          for k in s.cue_list("service", "export", "import", "capture")
                          # ("China received a licence from the USSR to produce": a licence was what it got)
                          if s.near_after(k.end, ("licence",), 2) is None
                          and not (k.value == "import" and _takes_licence(s, k)))
            feats = {"produce": 1.0, "locative": float(locative), "destination": float(destination),
                     "claimed": float(claimed), "agreed": float(_agreed_making(s, cue)),
                     "source": float(source), "adjective_name": float(c.adjective),
                     "cue_distance": s.list_gap(cue, c) / 10, "subject_distance": s.list_gap(p, c) / 10,
                     "licence_only": float(cue.value == "licence"), "licensor": float(licensor),
                     # (a plant or a company named, no word of making, nor the name: "the company's plants work in
                     # Bulgaria")
                     "maker_topic": float(cue.value == "maker" and s.elsewhere(p) and not s.has("produce")),
                     "rival_closer": float(rival),
                     "topic": float(s.elsewhere(p)), "attached_elsewhere": float(attached),
                     # (a licence denied is no making denied: "produced in China without a licence"; but a licence
                     # never got, where no word of making stands, says nothing was made: "never bought a licence")
                     "plan": s.planned(cue), "negated": float(s.negated(cue) if cue.value != "licence" else (
                         not s.has("produce") and (s.negated(cue) or any(
                             k.end <= cue.start and s.doc.tokens_between(k.end, cue.start) <= 2 and s.negated(k)
                             for k in s.cue_list("import", "grant")))))}   # ("nor Czechoslovakia received a licence")
            # (a licence still to be given or bought, the only word of making: no making yet, as no licence yet)
            feats["licence_plan"] = feats["plan"] * feats["licence_only"]
            yield _mk(s, p, "made_in_country", s.country(c), feats, p, cue, c)


def _named_by_pronoun(s: Sentence, p: Mention) -> bool:
    """Whether a name stands right after a naming word that holds "it" as its object ("称之为AK-47", "gọi nó là
    AK-47", call it the AK-47): the name is another name of the design spoken of, not a product a place in the
    sentence made."""
    text = s.doc.text
    for k in s.cue_list("alias"):
        if k.end > p.start or s.doc.tokens_between(k.end, p.start) > 0 \
                or any(ch.isalnum() for ch in text[k.end:p.start]):
            continue
        # (the pronoun inside the naming word, its object: not a passive's subject before it, "where it was given the
        # designation J-7" names the copy made there)
        if any(k.start <= o.start and o.end <= k.end for o in s.cue_list("pronoun")):
            return True
    return False


def _aside_on_country(s: Sentence, c: Mention) -> bool:
    """Whether a country stands inside brackets that open right after another country's name and hold more words
    than its own ("в СССР (Россия была крупнейшей из республик)"): an aside on that place, not a second place."""
    text = s.doc.text
    opened = open_bracket(text, s.start, c.start)
    if opened < 0:
        return False
    closed = min((i for i in (text.find(")", c.end, s.end), text.find("）", c.end, s.end)) if i >= 0), default=s.end)
    if s.doc.tokens_between(opened + 1, closed) <= s.doc.tokens_between(c.start, c.end) + 1:
        return False   # ("in Yugoslavia (Serbia)": a country alone in brackets, or nearly, is a place of its own)
    before = len(text[:opened].rstrip())
    return any(o is not c and o.kind == "country" and not o.adjective and o.end == before for o in s.mentions)


def _on_parts(s: Sentence, c: Mention) -> Mention | None:
    """The word for parts a country (its adjective, or its name with a mark of making that is part of it: "俄制雷达",
    Russian-made radars) stands right before, where adjectives precede their noun: where the parts came from; else
    None (not a verb of making between: "老挝制造配件", Laos made spare parts)."""
    if s.doc.adjectives_follow:
        return None
    return next((k for k in s.cue_list("part") if k.start >= c.end and s.doc.tokens_between(c.end, k.start) == 0),
                None)


def _ended_before(s: Sentence, cue: Mention, c: Mention) -> bool:
    """Whether a word that ends the making (`halt`) stands between the word of making and a country after it, no
    word of place nor agent on the country ("la producción del fusil cesó cuando los israelíes bombardearon la
    planta", nor the plant's noun that clause names after it): the country is the doer of a later clause, no
    maker."""
    if s.near_before(s.list_first(c).start, ("agent", "source"), 1) is not None:
        return False
    making: Mention | None = cue
    if c.start < cue.end:
        # (a plant's noun after the country, words of a clause between: "... when the Israelis bombed the plant")
        if cue.value != "maker" or s.doc.tokens_between(c.end, cue.start) < 2:
            return False
        making = next((k for k in s.cue_list("produce") if k.end <= c.start), None)
    return making is not None and any(making.end <= h.start and h.end <= c.start for h in s.cue_list("halt"))


def _copy_bracketed(s: Sentence, cue: Mention, c: Mention) -> bool:
    """Whether a name in brackets right after a word of copying and its country ("variantes chinesas (Tipo 56)",
    "Chinese variants (Type 56)") names the copy the country makes, not a name before the word."""
    opened = _OPEN.match(s.doc.text, max(cue.end, c.end))
    return opened is not None and any(p.start >= opened.end() and s.doc.tokens_between(opened.end(), p.start) <= 1
                                      for p in s.products)


def _version_named_there(s: Sentence, p: Mention, c: Mention) -> bool:
    """"Licensed versions of the T-72 came out of Poland (PT-91), Yugoslavia (M-84) and India": where what is made is
    the versions of a design (a word of version on it), a country that names in brackets the version made there made
    that version, not the design itself (a country that names none made an unnamed version, read as the design's)."""
    on = s.near_before(p.start, ("variant",), 2) if not s.doc.genitive_first else s.near_after(p.end, ("variant",), 1)
    return on is not None and any(
        q is not p and (o := _bracket_owner(s, q)) is not None and o.start == c.start and o.value == c.value
        for q in s.products)


def _glued_attribute(s: Sentence, c: Mention, p: Mention) -> bool:
    """Whether a country's name in a script that runs its words together stands glued right before a product's name,
    as a noun set before a noun qualifies it ("越南购进了苏联T-62坦克", Soviet T-62 tanks; "中国81式步枪"): no mark of
    an owner, no word of place or direction on it ("由苏联T-62改进而来" is no such phrase)."""
    if p.start != c.end or not han_or_kana(c.text[-1:]) or not han_or_kana(c.text[:1]) or c.case:
        return False
    # (nor one a word of place, direction or doing marks: "由", "向", "从", "在" right before it)
    return not s.doc.particle_before(c.start, {"agent", "source", "destination", "locative", "export", "import"})


def _relative_closed_before(s: Sentence, cue: Mention, c: Mention) -> bool:
    """Whether a word of making stands in a relative clause that a comma opens right after a name ("der T-62, der ...
    gebaut wurde, ist in Syrien im Einsatz") and the country stands after the comma that closes it."""
    if not s.doc.relative_words or c.start < cue.end:
        return False
    text = s.doc.text
    close = text.find(",", cue.end, c.start)
    opened = text.rfind(",", s.start, cue.start)
    if close < 0 or opened < 0:
        return False
    word = _FIRST_WORD.match(text, opened + 1, cue.start)
    return word is not None and fold_phrase(word.group(1)).strip() in s.doc.relative_words \
        and any(p.end <= opened and not text[p.end:opened].strip() for p in s.products)


def _beside(s: Sentence, k: Mention, m: Mention) -> bool:
    """Whether a word and a name stand side by side, no word between (in either order)."""
    return (k.end <= m.start and s.doc.tokens_between(k.end, m.start) == 0) \
        or (m.end <= k.start and s.doc.tokens_between(m.end, k.start) == 0)


def _made_part_with(s: Sentence, c: Mention, cue: Mention) -> bool:
    """Whether a word for "with" that precedes its noun stands after a design and before both a word of making and
    the country it names, close, no design and no clause mark between ("a carbine with an Iranian-made night
    optic", "le fusil X avec une lunette de fabrication chinoise"): the making is the noun's after "with", a part."""
    if s.doc.particles_follow or s.doc.genitive_first or not c.adjective:
        return False   # (a country's name is a place of its own: "built with Soviet-made engines in China")
    first = min(c.start, cue.start)
    last = max(c.end, cue.end)
    for word in s.cue_list("with"):
        if word.end > first or s.doc.tokens_between(word.end, first) > 3 \
                or any(ch in ",;:()" for ch in s.doc.text[word.end:last]):
            continue
        if any(word.end <= p.start < last or (p.start < last and p.end > word.end) for p in s.products):
            continue   # ("armed with Chinese-made Type 56 rifles": the design itself)
        if any(p.end <= word.start and s.doc.tokens_between(p.end, word.start) <= 2 for p in s.products):
            return True
    return False


def _with_after(s: Sentence, c: Mention) -> bool:
    """Whether a word for "with" that follows its noun stands right after a country (or its list) in a language
    whose marks follow their noun ("Qatarin kanssa", "Sovyetler Birliği ile birlikte"): a party, no place; not a
    word that is "and" as well (Turkish "ile" alone joins a list too)."""
    if not (s.doc.particles_follow or s.doc.genitive_first):
        return False
    word = s.near_after(_list_last(s, c).end, ("with",), 0)
    return word is not None and fold_phrase(word.text).strip() not in and_words()


def _version_right_after(s: Sentence, k: Mention, p: Mention) -> bool:
    """"a versão chinesa J-7", "la versión china J-7": where "of" is a word, a name right after a word of versions
    that holds a country's adjective is that version, so the adjective is the name's (not "中国版MiG-17", where the
    name after the word is the original)."""
    return s.doc.of_marked and p.start >= k.end and s.doc.tokens_between(k.end, p.start) == 0


def _on_media_word(s: Sentence, c: Mention) -> bool:
    """Whether a country stands on a word for news media, its adjective or owner ("Russian media", "médias russes",
    "Kiinan lehdistö", "俄罗斯媒体"): whose report the sentence gives, not where anything was made."""
    text = s.doc.text
    # (a space at most between: not "made in Russia, media say")
    return any((k.start >= c.end and not text[c.end:k.start].strip())
               or (s.doc.adjectives_follow and c.adjective and k.end <= c.start and not text[k.end:c.start].strip())
               for k in s.cue_list("media"))


def _with_before(s: Sentence, c: Mention) -> bool:
    """Whether a word for "with" that precedes its noun governs a country (or its list), an article at most between
    ("o rompimento com a URSS", "in cooperation with Russia"): a party of the making, no place of it; not a
    word that is also "from" in the language (Polish "z", Russian "с"), nor one in a case of place."""
    if s.doc.particles_follow or s.doc.genitive_first or c.adjective or c.case in {"locative", "destination"}:
        return False   # (an adjective after the word is its noun's: "armed with Soviet guns")
    head = s.list_first(c)
    word = s.near_before(head.start, ("with",), 1)
    if word is None or word.start < s.start:
        return False
    between = s.doc.text[word.end:head.start].split()
    if len(between) > 1 or any(len(t) > 3 for t in between):
        return False   # (an article, "the", "a", "la"; no other word)
    if any(word.end <= k.start and k.end <= head.start for k in s.cue_list("locative", "destination", "source")) \
            or _one_letter_before(s, head, "locative"):   # (not an article that is also "to": "com a URSS")
        return False   # (a word of place between governs the country: Czech "se v Polsku vyráběl", the reflexive
        #                "se" that is also "with", then "in Poland")
    return not any(k.start == word.start and k.end == word.end for k in s.cue_list("source", "locative", "and"))


def _agreed_making(s: Sentence, cue: Mention) -> bool:
    """Whether a word of making is what a deal allows or provides for ("an agreement that would permit Egyptian plants
    to assemble the T-90", "an agreement on producing the rifle in Venezuela"): a making agreed on, not one done."""
    deals = s.cue_list("deal")
    if not deals:
        return False
    kinds = frozenset({"country", "org", "product"})

    def plain(a: int, b: int) -> int:   # (words between two places, not counting names)
        return s.doc.tokens_between(a, b) - _mention_tokens(s, a, b, kinds)

    def near(a: int, b: int, reach: int, marks: str = ",;:.，；。") -> bool:
        return a <= b and plain(a, b) <= reach and not any(ch in marks for ch in s.doc.text[a:b])
    # (the word of allowing may be read as one of licence, the word itself: "يسمح لمصر بإنتاج"; a comma may part it
    # from the deal: "签署协议，允许印度生产")
    allowing = [k for k in s.cue_list("permit", "licence") if (k is cue or near(k.end, cue.start, 3))
                and any(near(d.end, k.start, 2, ";:.；。") for d in deals)]
    # (a deal right before the making, a word for "on" or "for" between, no party: "соглашение о производстве"; not
    # "Na podstawie umowy z ZSRR Polska rozpoczęła produkcję", where a party made it under the deal)
    return bool(allowing) or any(near(d.end, cue.start, 2) and plain(d.end, cue.start) > 0
                                 and not _mention_tokens(s, d.end, cue.start, kinds) for d in deals)


def _bracketed_originals(s: Sentence, first: int) -> list[Mention]:
    """The originals of the versions brackets name after places ("built in China (as the Type 59), Czechoslovakia and
    Poland"): named before the first such bracket, outside brackets (not the product spoken of before, where the
    sentence names none: which one it is, is too often misread)."""
    return [p for p in s.products if id(p) in s.parents and p.end <= first
            and open_bracket(s.doc.text, s.start, p.start) < 0 and not p.generic]


def _glued_mark(s: Sentence, c: Mention, classes: tuple[str, ...]) -> Mention | None:
    """Where the marks follow their noun, a word of ``classes`` glued right after a name (or the last of its list):
    "ロシアから" (from Russia), "러시아에서"."""
    end = _list_last(s, c).end
    # (or after an apostrophe: "Sovyetler Birliği'nde", in the Soviet Union; or a space, where the marks are words of
    # their own: "भारत में", in India)
    end += s.doc.text[end:end + 1] in {"'", "’", " "}
    return next((k for k in s.cue_list(*classes) if k.start == end), None)


def _prefix_start(text: str, start: int, end: int) -> int:
    """Where the letters glued to the front of a word at ``end`` begin ("ال" of "الروسية", an article the mention
    leaves out), not before ``start``."""
    glued = _GLUED_LETTERS.search(text, start, end)
    return glued.start() if glued is not None else end


_GLUED_LETTERS = lazy_compile(r"[^\W\d_]+$")


def _made_by_clause(s: Sentence, c: Mention, cue: Mention) -> Mention | None:
    """Where a clause comes before its noun ("前苏联生产的安-2", "ソ連が生産したMiG-21"), the product right after a
    country and a word of making is the one the clause says was made there."""
    if not s.doc.genitive_first or c.adjective or not (c.end <= cue.start and s.doc.tokens_between(c.end, cue.start)
                                                          <= 1):
        return None
    if any(m.kind == "cue" and c.end <= m.start and m.start < cue.start for m in s.mentions):
        return None   # ("根据苏联许可证生产了AKM": a licence between them, the country's, not the making's)
    if _agent_between(s, c, cue):
        return None
    made = next((p for p in s.products if p.start >= cue.end and s.doc.tokens_between(cue.end, p.start) <= 1
                 and not any(ch in ",，、。;；" for ch in s.doc.text[cue.end:p.start])), None)
    copy = _copied_into(s, made) if made is not None else None
    if copy is not None:
        return copy   # ("生产由米-4仿制出的直-5": the copy the clause of copying qualifies is what was made)
    held = s.doc.holders(made.entity) if made is not None and s.doc.holders is not None and made.entity \
        else frozenset()
    if made is not None and id(made) in s.parents and held and s.country(c) not in held:
        # "中華人民共和国で生産されたMiG-21F-13に準じた戦闘機": a clause before the original a copy is made after
        # may say the copy's making; where the country is not one the registry knows holds the original, it does
        return None
    return made


def _copied_into(s: Sentence, original: Mention) -> Mention | None:
    """The name a clause of copying qualifies, where the name after a word of making is that clause's original
    ("生产由米-4仿制出的直-5", made the Z-5 copied from the Mi-4): a word of copying or basis right after the
    original, then an owner's mark and the name it qualifies; else None."""
    text = s.doc.text
    for k in s.cue_list(*DERIVE):
        # (its noun of a kind of product may stand between: "Mi-4直昇機仿製出的直-5")
        if k.start < original.end or s.doc.tokens_between(original.end, k.start) \
                - _cue_tokens(s, original.end, k.start, ("product_noun",)) > 0:
            continue
        named = next((q for q in s.products if q.start >= k.end), None)
        between = text[k.end:named.start] if named is not None else ""
        if named is not None and any(g in between for g in s.doc.genitive_marks) \
                and s.doc.tokens_between(k.end, named.start) <= 3 and not any(ch in ",，、。;；" for ch in between):
            return named
    return None


def _agent_between(s: Sentence, c: Mention, cue: Mention) -> bool:
    """Whether another country, marked as its clause's doer (``subject_marks``), stands right before the word of
    making after a country: that one made what the clause before the name says ("X는 Y가 만든 Z": Z made by Y; X, the
    sentence's topic, made nothing)."""
    return bool(s.doc.subject_marks) and any(
        m.kind == "country" and not m.adjective and m is not c and c.end <= m.start and m.end <= cue.start
        and s.country(m) != s.country(c) and _subject_marked(s, m, cue.start) for m in s.mentions)


def _subject_marked(s: Sentence, m: Mention, end: int) -> bool:
    """Whether a name carries a mark of its clause's doer, glued to it (within the mention: "소련이") or right after
    it, nothing else before ``end``."""
    gap = s.doc.text[m.end:end].strip()
    return gap in s.doc.subject_marks or (not gap and any(
        m.text.endswith(k) and len(m.text) > len(k) for k in s.doc.subject_marks))


def _made_by_phrase(s: Sentence, c: Mention, cue: Mention) -> list[Mention]:
    """A phrase of making with a country right after a name (or a list of names) says where that name was made
    ("similar al BMP-2 de fabricación soviética", "BMP-2 di fabbricazione sovietica", "KT-24 sovětské výroby"),
    whichever product the sentence speaks of; nothing where the verb comes last."""
    # (a people's adjective before the word, "KT-24 sovětské výroby", of Soviet make; a country's name right after
    # it, "KT-24 buatan Uni Soviet", made by the Soviet Union)
    if cue.value != "produce" or s.doc.particles_follow:
        return []
    if cue.end <= c.start and s.doc.tokens_between(cue.end, c.start) == 0 and (c.adjective or s.doc.adjectives_follow):
        start = cue.start
    elif c.end <= cue.start and s.doc.tokens_between(c.end, cue.start) == 0 and c.adjective \
            and not s.doc.adjectives_follow:
        start = c.start
    elif cue.end <= c.start and not c.adjective and not s.doc.adjectives_follow \
            and (place := s.near_before(c.start, ("locative",), 0)) is not None and place.start > cue.start \
            and s.doc.tokens_between(cue.end, c.start) == (1 if place.start >= cue.end else 0):
        start = cue.start   # ("AKM rifles made in Romania and RPG-7 launchers made in Bulgaria": each its own)
    else:
        return []
    made = next((p for p in reversed(s.products) if p.end <= start), None)
    if made is None or s.doc.tokens_between(made.end, start) > 1 \
            or any(ch in ",;:()" for ch in s.doc.text[made.end:start]):
        return []
    # ("Mi-8MTV-1 i dva Mi-8T ruske proizvodnje": a list's names before the phrase, each, joined by a comma or an
    # "and"; not "Sarath es similar al BMP-2 de fabricación soviética", nor the original a phrase before the comma
    # named, "Based on the T-54, the Type 59 was built in Baotou")
    listed = _listed(s, [p for p in reversed(s.products) if p.end <= start])
    out = listed[:1]
    for a, b in itertools.pairwise(listed):
        between = s.doc.text[b.end:a.start]
        if ("," not in between and not set(between.lower().split()) & and_words()) or id(b) in s.parents \
                or any(m.kind == "cue" and b.end <= m.start and m.end <= a.start for m in s.mentions):
            break
        out.append(b)
    return out


def _used_in_later_clause(s: Sentence, cue: Mention, p: Mention) -> bool:
    """Whether a name stands past a clause mark after a word of making, no word of making, copying, licence or trade
    between the mark and it, and a word of use follows it closely ("produced the improved version J-7, and the MiG-21
    is still widely used", "وما زالت ميغ 21 قيد الاستخدام"): the later clause speaks of the name's use, not its
    making."""
    if p.start < cue.end:
        return False
    text = s.doc.text
    mark = max(text.rfind(ch, cue.end, p.start) for ch in ",;،，；")
    if mark < 0 or s.doc.tokens_between(mark, p.start) > 3 or any(
            mark < k.start and k.end <= p.start
            for k in s.cue_list("produce", "copy", "licence", "export", "import", *DERIVE)):
        return False
    return any(k.start >= p.end and s.doc.tokens_between(p.end, k.start) <= 3
               and not any(p.end <= m.start < k.start and m.kind != "cue" for m in s.mentions)
               for k in s.cue_list("service"))


def _past_own_clause(s: Sentence, cue: Mention, p: Mention) -> bool:
    """Whether a name stands past a colon or semicolon after a word, with a word of making, copying, licence, trade
    or versions of its own between the mark and the name ("ordered several batches: a local variant was built, the
    Al-Zarrar")."""
    text = s.doc.text
    mark = max(text.rfind(ch, cue.end, p.start) for ch in ":;：；")
    return mark >= 0 and any(mark < k.start and k.end <= p.start
                             for k in s.cue_list("produce", "copy", "licence", "export", "import", *DERIVE))


def _clause_apart(s: Sentence, k: Mention, group: list[Mention]) -> bool:
    """Whether a clause mark (a comma or semicolon, not one inside the group) stands between a word and a group of
    mentions in text order (a list of countries, a year)."""
    a, b = (k.end, group[0].start) if k.end <= group[0].start else (group[-1].end, k.start)
    return any(ch in ",;，；、" for ch in s.doc.text[a:b])


def _gives_licence_only(s: Sentence, c: Mention, words: list[Mention]) -> bool:
    """Whether a country is the agent of a licence word ("रूस द्वारा प्रदान किए गए लाइसेंस के अंतर्गत", under the
    licence Russia granted) and of no making: the licensor, no rival of the licensee for the place of making."""
    return _licence_agent(s, c, words) and not any(s.gap(c, k) == 0 for k in s.cue_list("produce")) \
        and not (s.doc.particles_follow and _licence_produced(s, c))


def _licence_source(s: Sentence, c: Mention) -> bool:
    """"a licence from the USSR", "giấy phép từ Liên Xô": a country marked "from" right after a licence word, or
    anywhere in a sentence that buys or receives a licence ("kupila licencu za proizvodnju tenka T-72 od Sovjetskog
    Saveza")."""
    return _from_marked(s, c) and (any(k.end <= c.start and s.gap(k, c) <= 2 for k in s.cue_list("licence"))
                       or any(_takes_licence(s, k) for k in s.cue_list("import")))


# a comma, maybe after the maker's initials in brackets, between a maker and the country set after it
# (a comma, or nothing but a space: "licence from Sud Aviation France", the maker and its country side by side)
_SEAT_GAP = lazy_compile(r"(?:\s?[(（][^()（）\n]{1,12}[)）])?\s?[,，、]\s?| ")


def _licensor_seat(s: Sentence, c: Mention) -> bool:
    """"under licence from Nordwaffe Werke (NW), Germany", "lisensi dari perusahaan X, Jerman": a country set a
    comma after a maker that a licence word, a few words before, comes from is that maker's seat: the licensor's
    country, no place of making."""
    text = s.doc.text
    for o in s.mentions:
        if o.kind == "org" and o.end <= c.start and _SEAT_GAP.fullmatch(text, o.end, c.start) is not None \
                and any(k.end <= o.start and s.gap(k, o) <= 3 for k in s.cue_list("licence")):
            return True
    # (or a maker's name no list knows, capitalised words a few words after the licence word: "licence from
    # Nordwaffe Werke, Germany", "dibuat dengan lisensi Nordwaffe Werke (NW), Jerman")
    return any(k.end <= c.start and _NAMED_SEAT.fullmatch(text, k.end, c.start) is not None
               and not any(k.end <= m.start and m.end <= c.start and m.kind != "cue" for m in s.mentions)
               for k in s.cue_list("licence"))


_NAMED_SEAT = lazy_compile(r"(?:\s+[^\W\d_A-Z]\w*){0,4}(?:\s+[A-Z][\w.'’-]*){1,4}"
                         r"(?:\s?[(（][^()（）\n]{1,12}[)）])?(?:\s?[,，]\s?| )")


_OPEN = lazy_compile(r"\s?[(（\[]")


def _named_in_brackets(s: Sentence, c: Mention, subjects: list[Mention]) -> Iterator[Reading]:
    """"made in China (Type 79 and Type 85)", "copie italiane (il FIROS)": the products a country names in brackets.

    Each is made there; where the sentence speaks of copies, licences or versions of a product named outside
    the brackets, each is derived from it.
    """
    text = s.doc.text
    opened = _OPEN.match(text, c.end)
    head = s.list_first(c)   # (or the list's first: "delivered to Malaysia (Su-30MKM) and Algeria (Su-30MKA)")
    if opened is None or c.case in {"source", "destination"} or head.case in {"source", "destination"} \
            or s.near_before(c.start, ("destination", "source", "export"), 1) is not None \
            or (any(k.end <= head.start for k in s.cue_list("export")) and not s.has("produce", "licence", *DERIVE)):
        return   # "küldtek Ukrajnának (M-55S)", "sent to Ukraine (the M-55S)": where it went, not where it was made
    close = min((i for i in (text.find(")", opened.end(), s.end), text.find("）", opened.end(), s.end)) if i >= 0),
                default=-1)
    if close < 0:
        return
    inside = [p for p in s.products if opened.end() <= p.start and p.end <= close]
    if not inside or s.doc.tokens_between(opened.end(), inside[0].start) > 1:
        return
    cue = next(iter(s.cue_list(*DERIVE, "licence", "produce")), None)
    parents = [p for p in subjects if p.end <= c.start and open_bracket(text, s.start, p.start) < 0]
    parent = parents[-1] if parents else (s.topic if cue is not None else None)
    if parent is not None and parent.value in {p.value for p in inside}:
        parent = None   # the topic is one of the bracketed products themselves
    if c.adjective and _on_noun_of_kind(s, c):
        parent = None   # "الصاروخ الروسي (سام-7)", the Russian missile (SA-7): the brackets name the noun's own
        #                 design, no copy of another
    for p in inside:
        yield _mk(s, p, "made_in_country", s.country(c), {"adjective": 1.0}, c, p)
        if cue is not None and parent is not None and parent.value != p.value and not parent.generic:
            s.parents.add(id(parent))
            kind = _KIND.get(cue.value, "copy" if cue.value == "licence" else "variant")
            feats = {f"cue_{cue.value}" if cue.value in DERIVE else "cue_copy": 1.0,
                     "distance": s.gap(p, cue) / 10, "topic": float(s.elsewhere(parent))}
            yield _mk(s, p, "derived_from", parent.value, feats, c, p, qualifier=kind)


def _on_noun_of_kind(s: Sentence, c: Mention) -> bool:
    """Whether a country's adjective stands right on a word for a kind of product: right after it where adjectives
    follow their noun (past the article glued to the adjective, "الصاروخ الروسي"), else right before it."""
    text = s.doc.text
    if s.doc.adjectives_follow:
        return any(k.end <= c.start and s.doc.tokens_between(k.end, _prefix_start(text, k.end, c.start)) == 0
                   for k in s.cue_list("product_noun"))
    return any(k.start >= c.end and s.doc.tokens_between(c.end, k.start) == 0 for k in s.cue_list("product_noun"))


def _bracket_alone(s: Sentence, c: Mention) -> int:
    """Where the brackets open that a country stands alone in ("(Czechoslovakia)"), else -1."""
    text = s.doc.text
    before = text[s.start:c.start].rstrip()
    if not before.endswith(("(", "（")) or text[c.end:c.end + 2].lstrip()[:1] not in {")", "）"}:
        return -1
    return s.start + len(before) - 1


def _glossed_country(s: Sentence, c: Mention) -> bool:
    """Whether a country's name stands alone in brackets right after another country's name, as its gloss ("built in
    Czechoslovakia (Slovakia)", "w NRD (Niemcy)": the state of then, and what it is now): one place, said by the name
    before."""
    opened = _bracket_alone(s, c)
    return opened >= 0 and not c.adjective and any(
        o.kind == "country" and not o.adjective and o.value != c.value and o.end <= opened
        and not s.doc.text[o.end:opened].strip() for o in s.mentions)


def _bracketed_to(s: Sentence, c: Mention) -> Mention | None:
    """The name a country stands alone in brackets right after ("the Avia B-228 (Czechoslovakia)"), else None."""
    opened = _bracket_alone(s, c)
    if c.adjective or opened < 0:
        return None
    name = next((p for p in reversed(s.products) if p.end <= opened), None)
    return name if name is not None and not s.doc.text[name.end:opened].strip() else None


def _alone_in_brackets(s: Sentence, c: Mention) -> bool:
    """Whether a country (or its adjective) stands alone in brackets right after a word ("Merkava (Israel)")."""
    opened = _bracket_alone(s, c)
    return opened >= 0 and s.doc.text[s.start:opened].rstrip()[-1:].isalnum()


def _country_in_brackets(s: Sentence, c: Mention) -> Iterator[Reading]:
    """"the Avia B-228 (Czechoslovakia) and the Harbin H-5 (China)": a country alone in brackets right after a name
    is where it was made, unless the sentence speaks of selling, buying or using (then it may be the buyer)."""
    name = _bracketed_to(s, c)
    if name is not None and not s.has("export", "import", "service", "capture", "destination", "force"):
        yield _mk(s, name, "made_in_country", s.country(c), {"bracket_country": 1.0}, name, c)


def _buys(s: Sentence, c: Mention) -> bool:
    """A country right before a word of buying ("Kuwait bought the M-84"), unless what it buys is a licence."""
    bought = s.near_after(c.end, ("import",), 1)
    return bought is not None and not _takes_licence(s, bought)


def _takes_licence(s: Sentence, cue: Mention) -> bool:
    """Whether what a word of buying or receiving takes is a licence ("kupiła licencję", "received from the USSR a
    licence", "получила от СССР лицензию"): one a word or two after it, past the seller it names, or past the design
    it is for ("obtained the MiG-21 production licence", "获得了米格-21的生产许可证")."""
    def owned(k: Mention) -> int:
        said = [m for m in s.mentions if cue.end <= m.start and m.end <= k.start
                and (m.kind == "product" or (m.kind == "cue" and m.value == "produce"))]
        return sum(s.doc.tokens_between(m.start, m.end) for m in said) + (1 if said and s.doc.genitive_marks else 0)

    def dated(k: Mention) -> int:   # ("kreeg in 1978 van de Sovjet-Unie de licentie": a year and its word between)
        return sum(2 for m in s.mentions if m.kind == "year" and cue.end <= m.start and m.end <= k.start)
    return any(k.start >= cue.end and s.gap(cue, k) <= 2 + _from_between(s, cue, k) + owned(k) + dated(k)
               for k in s.cue_list("licence")) or any(_bought_before(s, k, cue) for k in s.cue_list("licence")) \
        or any(k.start <= cue.start and cue.end < k.end for k in s.cue_list("licence"))   # ("获得苏联许可": one phrase)


def _bought_there(s: Sentence, c: Mention) -> bool:
    """"лицензия была закуплена в СССР", "the licence was bought in the USSR": the country a bought licence was
    bought in, named right after the verb, sold it."""
    # (placed or marked "from": "закуплена в СССР", "kupiono w ZSRR"; not the buyer a bare name is, "закуплена
    # Индией", nor one marked as the destination)
    placed = _from_marked(s, c) or (_placed_or_sent(s, c) and not _marked_recipient(s, c))
    return not c.adjective and placed and any(
        k.end <= c.start and s.gap(k, c) <= 1 and _takes_licence(s, k) for k in s.cue_list("import"))


def _bought_before(s: Sentence, k: Mention, cue: Mention) -> bool:
    """A licence word a verb of buying comes after, in the same clause, the licence's design the only name between
    ("лицензия на производство которого была закуплена", "the production licence was bought"): what was bought."""
    if k.end > cue.start or any(ch in ",;:" for ch in s.doc.text[k.end:cue.start]):
        return False
    between = [m for m in s.mentions if k.end <= m.start and m.end <= cue.start]
    # (not "licensed T-72s were bought": a design the licence word does not take through a word of making)
    # ("на производство танков Т-62": a word for its kind may stand between)
    # (nor one a word of "for" gives the licence right after it: "Die Lizenz für die X erhielt China", "Licencję na X
    # Chiny otrzymały")
    if any(m.kind == "product" and s.near_before(m.start, ("produce",), 1) is None
           and not (s.doc.tokens_between(k.end, m.start) <= 2
                    and (s.near_before(m.start, ("destination", "locative"), 1) is not None
                         or _one_letter_before(s, m, "destination", alone=False)
                         or _one_letter_before(s, m, "locative", alone=False)))
           for m in between):
        return False
    said = sum(s.doc.tokens_between(m.start, m.end) for m in between
               if m.kind == "product" or (m.kind == "cue" and m.value in {"produce", "copula", "product_noun"}))
    return s.doc.tokens_between(k.end, cue.start) - said <= 2


def _apart_in_brackets(s: Sentence, a: Mention, b: Mention) -> bool:
    """Whether two mentions stand inside two different brackets of the sentence."""
    first, second = open_bracket(s.doc.text, s.start, a.start), open_bracket(s.doc.text, s.start, b.start)
    return first >= 0 and second >= 0 and first != second


def _placed_as_first(s: Sentence, c: Mention) -> bool:
    """"... stationed in Hungary and in Poland": a later member of a list of places, its own word of place right before
    it, stands where the first does, after a word of use."""
    first = s.list_first(c)
    return (first is not c and s.near_before(c.start, ("locative",), 2) is not None
            and s.near_before(first.start, ("service", "capture"), 3) is not None)


def _bracket_owner(s: Sentence, p: Mention) -> Mention | None:
    """The country whose brackets a product stands in ("Poland (PT-91)"), or that names it right after it ("in China
    as the Y-5", "в Китае под маркой Y-5": only words of naming and short words between), if any."""
    opened = open_bracket(s.doc.text, s.start, p.start)
    if opened < 0:
        # (past a maker's name written on the design: "pod imenom Harbin Z-5")
        c = next((m for m in reversed(s.mentions) if m.end <= p.start and m.kind in {"country", "product", "org"}
                  and not (m.kind == "org" and s.doc.tokens_between(m.end, p.start) == 0)), None)
        if c is None or c.kind != "country" or c.adjective or s.doc.tokens_between(c.end, p.start) > 3 \
                or not _a_place(s, c):
            return None
        naming = [k for k in s.cue_list("as_name", "alias") if c.end <= k.start and k.end <= p.start]
        rest = s.doc.text[c.end:p.start]
        makers = [m for m in s.mentions if m.kind == "org" and c.end <= m.start and m.end <= p.start]
        for k in sorted(naming + makers, key=lambda m: m.start, reverse=True):
            rest = rest[:k.start - c.end] + rest[k.end - c.end:]
        return c if naming and all(len(w) <= 3 for w in re.findall(r"[^\W\d_]+", rest)) else None
    return next((c for c in s.mentions if c.kind == "country" and c.end <= opened
                 and not s.doc.text[c.end:opened].strip()), None)


def _opens_country_bracket(s: Sentence, p: Mention) -> bool:
    opened = open_bracket(s.doc.text, s.start, p.start)
    return opened >= 0 and len(s.doc.text[opened + 1:p.start].strip()) <= 3 and _bracket_owner(s, p) is not None


def _glossing(s: Sentence, p: Mention, named: list[Mention], cue: Mention) -> bool:
    """Whether name ``p`` stands in brackets that close before ``cue``, right after another of ``named``, and a label
    with a colon introduces it there ("(en chino: 歼-7; modelo de exportación: F-7)"; not a name alone in brackets,
    "the Lim-2 (MiG-15bis) was a licensed copy", which may be the pair itself)."""
    opened = open_bracket(s.doc.text, s.start, p.start)
    closed = s.doc.text.find(")", p.end, cue.start)
    return opened >= 0 and closed >= 0 and ":" in s.doc.text[opened:p.start] \
        and s.doc.tokens_between(closed, cue.start) <= 3 \
        and any(q.end <= opened and s.doc.tokens_between(q.end, opened) == 0 for q in named)


def open_bracket(text: str, start: int, pos: int) -> int:
    """Where the bracket ``pos`` stands inside opens, if one opened after ``start`` ("в Югославии (M-84)"); else -1."""
    opened = max(text.rfind("(", start, pos), text.rfind("（", start, pos))
    return opened if opened > max(text.rfind(")", start, pos), text.rfind("）", start, pos)) else -1


_WORD_AFTER = lazy_compile(r"[ \t]+([^\W\d_]{3,})")
_WORD_BEFORE = lazy_compile(r"([^\W\d_]{3,})[ \t]+$")


def _plain_noun_beside(s: Sentence, c: Mention) -> bool:
    """Whether the word an adjective qualifies (after it, or before it where adjectives follow their noun) is a
    plain lower-case word that no mention or cue covers."""
    text = s.doc.text
    if s.doc.adjectives_follow:
        m = _WORD_BEFORE.search(text, max(s.start, c.start - 40), c.start)
    else:
        m = _WORD_AFTER.match(text, c.end, s.end)
    if m is None or not m.group(1).islower():
        return False
    a, b = m.span(1)
    if any(o.start < b and a < o.end for o in s.mentions if o is not c):
        return False
    # "the Soviet heavy tank T-10": a second adjective before the product's own noun or name
    near = b if not s.doc.adjectives_follow else a
    return not any((o.kind == "product" or (o.kind == "cue" and o.value == "product_noun"))
                   and (o.start >= near and s.doc.tokens_between(near, o.start) <= 1 if not s.doc.adjectives_follow
                        else o.end <= near and s.doc.tokens_between(o.end, near) <= 1)
                   for o in s.mentions)


def _from_country(s: Sentence) -> Iterator[Reading]:
    """"the 2,400 J-7s from China", "Kalaschnikows aus der DDR": a product right followed by "from" and a country
    comes from there, where no verb of trade, transfer or capture says it only passed through ("captured T-55
    tanks from Egypt": taken from who used them)."""
    if s.has("export", "import", "licence", "capture", *DERIVE):
        return
    for p in s.products:
        source = s.near_after(p.end, ("source",), 1)
        if source is None or any(k.start <= source.start and source.end <= k.end and k.end - k.start > source.end
                                 - source.start for k in s.cue_list("service", "produce", "design")):
            continue   # ("T-72, folosit de armata Irakului": the word is part of one of use, "used by")
        c = next((m for m in s.mentions if m.kind == "country" and not m.adjective and m.start >= source.end
                  and s.doc.tokens_between(source.end, m.start) <= 1
                  and not any(source.end <= k.start and k.end <= m.start for k in s.cue_list("force"))), None)
        if c is None or id(p) in s.parents or any(
                o.kind == "country" and not o.adjective and o.start >= c.end and o.value != c.value
                and not any(o is m for m in s.group_of(c)) for o in s.mentions):
            continue   # ("Гаубиці Д-30 від Чехії вже в Україні": from one country to another, it passed through)
        if _owner_of_known_line(s, p, source, c):
            continue
        yield _mk(s, p, "made_in_country", s.country(c), {"from_country": 1.0}, p, source, c)
    yield from _kind_from_country(s)


def _owner_of_known_line(s: Sentence, p: Mention, source: Mention, c: Mention) -> bool:
    """"un tanque T-62 de Angola", "les MiG-21 de l'Inde": a word that is "of" as well as "from" names the owner, where
    the registry says the design's line (it and the designs derived from it) is made only in other countries."""
    if s.known is None or not p.entity or not any(k.start == source.start and k.end == source.end
                                                  for k in s.cue_list("of")):
        return False
    line = s.known.makers_of_line(p.entity)
    return bool(line) and s.country(c) not in line


_OF_TYPE = lazy_compile(r"(?:[ \t]+[^\W\d_A-ZÀ-Þ][^\W\d_]*){1,3}[ \t]+")


def _kind_from_country(s: Sentence) -> Iterator[Reading]:
    """"tanks from Poland of the T-72M1 model", "czołgi z Polski typu T-72M1": a word for a
    kind of product right followed by "from" and a country, then its name a few lower-case words of type after, comes
    from there (the caller has left out sentences of trade, licence, capture and copying)."""
    for n in s.cue_list("product_noun"):
        source = s.near_after(n.end, ("source",), 0)
        if source is None:
            continue
        c = next((m for m in s.mentions if m.kind == "country" and not m.adjective and m.start >= source.end
                  and s.doc.tokens_between(source.end, m.start) <= 1), None)
        if c is None:
            continue
        p = next((q for q in s.products if q.start >= c.end and s.doc.tokens_between(c.end, q.start) <= 3), None)
        if p is None or id(p) in s.parents or _OF_TYPE.fullmatch(s.doc.text, c.end, p.start) is None \
                or s.near_after(c.end, ("of", "source", "agent"), 0) is None \
                or any(c.end <= m.start and m.end <= p.start and m.kind != "cue" for m in s.mentions):
            continue
        yield _mk(s, p, "made_in_country", s.country(c), {"from_country": 1.0}, n, source, c, p)


def _basis_examples_country(s: Sentence) -> Iterator[Reading]:
    """"The design gave rise to two Chinese fighters, for example the J-7 and the J-7II", "a few Polish versions,
    including the PT-91": a country's adjective on the things a basis word says were built on it, or on a
    word of versions, a word of example then naming them, says where those named were made."""
    for cue in s.cue_list("basis_reverse", "variant", "copy"):
        shown = next((k for k in s.cue_list("example") if k.start >= cue.end
                      and s.doc.tokens_between(cue.end, k.start) <= 6
                      and not any(cue.end <= p.start and p.end <= k.start for p in s.products)), None)
        if shown is None:
            continue
        # (on a word of versions, where adjectives precede their noun, right before it: "later Chinese versions")
        before = cue.value != "basis_reverse" and not s.doc.adjectives_follow
        adjectives = [m for m in s.mentions if m.kind == "country" and m.adjective and m.end <= shown.start
                      and (cue.end <= m.start or (before and m.end <= cue.start
                                                  and s.doc.tokens_between(m.end, cue.start) <= 1))]
        if len({m.value for m in adjectives}) != 1:
            continue
        # (the original they were built on named before the example word, or a basis word says they were built on the
        # design spoken of: not a list of others' kinds, "British trainer versions of jets, including the Hawk
        # T1")
        if not any(q.end <= shown.start for q in s.products) \
                and not any(k.end <= shown.start for k in s.cue_list("basis_reverse")):
            continue
        for p in _run_after(s, shown.end, 2, kinds=True):
            yield _mk(s, p, "made_in_country", s.country(adjectives[0]), {"adjective": 1.0}, adjectives[0], shown, p)


def _bought_from_maker(s: Sentence) -> Iterator[Reading]:
    """"Peru ordered 16 Su-22s from the USSR", "埃及向苏联购买了T-62": the state a word of buying takes a
    design from (a word, a particle or a case of "from" on its name) made what it sold, where the sentence names the
    one design bought and the registry knows the seller as the design's own country, holding its rights (a state
    that sold on what it bought elsewhere is no maker: D-30s bought from Germany were Soviet-made)."""
    buys = [k for k in s.cue_list("import") if not _takes_licence(s, k) and not s.negated(k)]
    if not buys or s.has("licence", "capture", *DERIVE):
        return
    for c in s.mentions:
        if c.kind != "country" or c.adjective or c.town:
            continue
        if not _from_marked(s, c):
            continue
        # the word of buying and the seller in one clause, either order ("aus der UdSSR gekauft", "ordered ... from the
        # USSR")
        buy = next((k for k in buys if _same_clause(s, min(k.end, c.end), max(k.start, c.start), 8)), None)
        if buy is None:
            continue
        # (one design the sentence names itself: a list bought, or the design an earlier sentence spoke of, may have
        # come through another hand)
        subs = [p for p in s.subjects() if not s.elsewhere(p)]
        # (or a list, each of it a design of the seller's own: "bought more T-54s and T-55s from the USSR")
        if len(subs) != 1 and not (subs and all(_sellers_own(s, p, c) for p in subs)):
            continue
        for p in subs:
            if _sellers_own(s, p, c):
                yield _mk(s, p, "made_in_country", s.country(c), {"from_country": 1.0}, p, buy, c)


def _sellers_own(s: Sentence, p: Mention, c: Mention) -> bool:
    """Whether the registry knows the country as the design's own, holding its rights."""
    held = s.doc.holders(p.entity) if s.doc.holders is not None and p.entity else frozenset()
    return s.country(c) in _homes(s, p) and s.country(c) in held


# (the mark first, then the lookbehind, taking it in as ".": re skips straight to the marks of a sentence)
_COPULA_DASH = lazy_compile(r"[—–](?<=\s.)(?=\s)")
_APPOSITION = lazy_compile(r",(?<=\S.)(?=\s)")
_NAME_RUNS_ON = lazy_compile(r"[\"'”»“’]?(?: [^\W\d_a-zа-яё][\w-]*[\"'”»“’]?)?")   # "BM-21 Grad" before the comma


def _past_gloss(text: str, end: int, limit: int) -> int:
    """The place after a closed pair of brackets that opens right after a name and closes before ``limit`` ("Type 59
    (WZ-120) | is"); ``end`` itself where none does."""
    opened = end + len(text[end:limit]) - len(text[end:limit].lstrip())
    if opened >= limit or text[opened] != "(":
        return end
    closed = text.find(")", opened, limit)
    return closed + 1 if closed > 0 and "(" not in text[opened + 1:closed] else end


def _joined_adjectives(s: Sentence, c: Mention) -> list[Mention]:
    """The countries' adjectives right after a country's adjective, each joined to the one before by a word for
    "and" and words of sequence at most ("sovietica e poi russa", "soviétique puis russe")."""
    out, last = [], c
    for d in (m for m in s.mentions if m.kind == "country" and m.adjective and m.start >= c.end):
        words = fold_phrase(s.doc.text[last.end:d.start]).split()
        if not words or not all(w in and_words() or w in sequence_words() for w in words) \
                or not any(w in and_words() or w in sequence_words() for w in words):
            break
        out.append(d)
        last = d
    return out


def _is_of_country(s: Sentence) -> Iterator[Reading]:
    """"The BMP-1 is a Soviet infantry fighting vehicle", "Die AK-47 ist ein sowjetisches Sturmgewehr", "Le
    BMP-1 est un véhicule soviétique": a product the copula equates with a country's kind of product is that
    country's (not where the sentence speaks of a licence or of an original, whose country the adjective may be).

    An apposition says the same ("The M-30, a Soviet howitzer, was copied in China", "BM-21, bir Sovyet roketatar
    sistemidir"): a comma right after the product, then the adjective on its kind of product, which closes before any
    word of copying can make it an original's."""
    nouns = s.cue_list("product_noun")
    # (words of a licence or an original, or another name, inside the phrase: "X is a licensed copy of the Soviet AK-47
    # rifle", where the adjective may be the original's; not after it: "X is a Polish rifle, a variant of the AK-74")
    others = s.cue_list("licence", "unlicensed", *DERIVE, "basis_reverse")
    # a dash between spaces links like a copula ("Т-72 — советский основной танк")
    dashes = [Mention(m.start(), m.end(), "cue", "copula", m.group())
              for m in _COPULA_DASH.finditer(s.doc.text, s.start, s.end)]
    commas = [Mention(m.start(), m.end(), "cue", "apposition", m.group())
              for m in _APPOSITION.finditer(s.doc.text, s.start, s.end)]
    for link in s.cue_list("copula") + dashes + commas:
        # (past a gloss in brackets right after the name: "the Lim-6 (licensed fighter) is a Polish jet")
        subject = next((p for p in reversed(s.products) if p.end <= link.start
                        and _plain_tokens(s, _past_gloss(s.doc.text, p.end, link.start), link.start) <= 1), None)
        if subject is None and link.value == "copula" and not s.products and s.topic is not None \
                and s.topic.start < s.start and _opens_with_pronoun(s):
            subject = s.topic   # "It was a Soviet heavy tank", "Es un tanque soviético": the design spoken of
        if subject is None or (link.value == "apposition" and (
                any(p.start >= link.end for p in s.products)
                or not _NAME_RUNS_ON.fullmatch(s.doc.text, subject.end, link.start))):
            continue
        for c in s.mentions:
            # (where adjectives follow their noun, a kind of product of many words may stand between: "un missile
            # sol-air soviétique", an article before it)
            if c.kind != "country" or c.start < link.end or s.near_after(c.end, ("force",), 1) \
                    or not (c.adjective or _noun_qualifies(s, c, nouns) or _owner_of_kind(s, c, nouns)):
                continue
            # (where adjectives follow their noun, the noun right after the article and words of what kind it is
            # between it and the adjective: "un elicottero da trasporto medio sovietico")
            headed = s.doc.adjectives_follow and any(
                n.start >= link.end and n.end <= c.start
                and (s.doc.tokens_between(link.end, n.start) <= 1 or _group_of(s, link.end, n.start))
                and (s.doc.tokens_between(n.end, c.start) == 0
                     or (s.doc.tokens_between(n.end, c.start) <= 4 and _kind_words(s, n.end, c.start)))
                for n in nouns)
            # (or a noun no list holds, the adjective closing the clause: "é um biplano utilitário monomotor
            # soviético.")
            unlisted = s.doc.adjectives_follow and not headed and _unlisted_head(s, link.end, c)
            if s.doc.tokens_between(link.end, c.start) > (3 if s.doc.adjectives_follow else 1) \
                    and not (headed or unlisted):
                continue
            if s.doc.adjectives_follow:
                at = _qualifier_start(s, c)
                kind = [n for n in nouns if n.end <= at and n.start >= link.end
                        and (s.doc.tokens_between(n.end, at) == 0 or (headed and _kind_words(s, n.end, at)))] \
                    or ([c] if unlisted else [])
            else:
                # ("a Soviet 122 mm towed howitzer", "egy szovjet vontatott tarack": words of what kind it is, a
                # calibre, between the adjective and its noun; or a noun no list holds, ending the clause: "a
                # Soviet biplane.")
                kind = [n for n in nouns if n.start >= c.end and (s.doc.tokens_between(c.end, n.start) <= 2 or (
                    s.doc.tokens_between(c.end, n.start) - _calibre_tokens(s, c.end, n.start) <= 3
                    and _kind_words(s, c.end, n.start)))] or ([c] if _unlisted_noun(s, c.end) else [])
            if kind and link.value == "apposition" and any(
                    link.end <= k.start and k.start < max(c.end, kind[0].end) + 2 for k in others):
                continue   # ("X, a Chinese copy of the Soviet Y": the adjective may be the copy's or the original's)
            if kind and any(link.end <= k.start < max(c.end, kind[0].end)
                            for k in [*others, *s.products]):
                continue
            if kind and any(p.start >= kind[0].end and s.doc.tokens_between(kind[0].end, p.start) == 0
                            for p in s.products):
                continue   # ("BVP-1 je sovětské bojové vozidlo BMP-1": the adjective is the name's after the noun)
            if kind:
                for one in _copula_subjects(s, subject, link):
                    yield _mk(s, one, "made_in_country", s.country(c), {"adjective": 1.0}, one, link, c,
                              via_adjective=True)   # ("ruski/sovjetski lovac": each)
                    # ("un elicottero di costruzione sovietica e poi russa": each adjective the first is joined to)
                    for d in _joined_adjectives(s, c):
                        yield _mk(s, one, "made_in_country", s.country(d), {"adjective": 1.0}, one, link, d,
                                  via_adjective=True)


def _is_of_country_last(s: Sentence) -> Iterator[Reading]:
    """Where the copula ends the clause ("59式戦車は中国の戦車である", the Type 59 is China's tank): a product, then a
    country's name with the owner's mark right on a word of its kind of product (a word or two of what kind between),
    the copula right after that word: the product is that country's, as "X is a Chinese tank" says (not where a word
    of licence or of an original, or another name, stands between the product and the copula)."""
    if not s.doc.particles_follow or not s.doc.genitive_marks:
        return
    others = s.cue_list("licence", "unlicensed", *DERIVE, "basis_reverse", "basis", "force")
    for link in s.cue_list("copula"):
        kind = next((n for n in s.cue_list("product_noun")
                     if n.end <= link.start and not s.doc.text[n.end:link.start].strip()), None)
        if kind is None:
            continue
        c = next((m for m in reversed(s.mentions) if m.kind == "country" and m.end <= kind.start), None)
        if c is None or c.adjective:
            continue
        at = c.end + len(next((g for g in s.doc.genitive_marks if s.doc.text.startswith(g, c.end)), ""))
        if at == c.end or s.doc.tokens_between(at, kind.start) > 2 \
                or any(m.kind != "cue" and at <= m.start < kind.start for m in s.mentions):
            continue
        subject = next((p for p in reversed(s.products) if p.end <= c.start), None)
        if subject is None or any(subject.end <= m.start and m.end <= c.start and m.kind in {"product", "country"}
                                  for m in s.mentions) \
                or any(subject.end <= k.start and k.end <= link.start for k in others) \
                or any(ch in "。,、,;:()「」" for ch in s.doc.text[subject.end:c.start]):
            continue
        yield _mk(s, subject, "made_in_country", s.country(c), {"adjective": 1.0}, subject, c, link,
                  via_adjective=True)


def _owner_of_kind(s: Sentence, c: Mention, nouns: list[Mention]) -> bool:
    """Whether a country's name, right before a word for a kind of product or a mark of its owner and then that word,
    qualifies it as an adjective would, where the owner comes first and words run together ("中国运输机",
    "中国的战斗机", a Chinese fighter)."""
    if not s.doc.genitive_first or s.doc.particles_follow or not han_or_kana(s.doc.text[c.start:c.start + 1]):
        return False
    gap = s.doc.text[c.end:]
    mark = next((m for m in s.doc.genitive_marks if m and gap.startswith(m)), "")
    at = c.end + len(mark)
    # (a word or two of what kind between: "中国的超音速战斗机", a Chinese supersonic fighter)
    return any(n.start >= at and s.doc.tokens_between(at, n.start) <= 2
               and not any(m.kind != "cue" and at <= m.start < n.start for m in s.mentions) for n in nouns)


def _group_of(s: Sentence, a: int, b: int) -> bool:
    """Whether an article, a word for a group of designs and a word of "of" stand between two places ("es | una
    serie de | tanques", "est | une famille de | chars"): the group is made of the noun's kind."""
    ofs = [k for k in s.cue_list("of") if a <= k.start and k.end <= b]
    groups = [k for k in s.cue_list("group") if a <= k.start and k.end <= b]
    if not ofs or not groups or any(ch in ",;:()" for ch in s.doc.text[a:b]):
        return False
    spans = [*ofs, groups[0]]
    if any(m.start < b and m.end > a and not any(k.start <= m.start and m.end <= k.end for k in spans)
           for m in s.mentions):
        return False
    words = [w for w in fold_phrase(s.doc.text[a:groups[0].start] + " " + s.doc.text[groups[0].end:ofs[0].start]
                                    + " " + s.doc.text[ofs[-1].end:b]).split() if w not in articles()]
    return not words and groups[0].end <= ofs[0].start


def _place_past_made_adjective(s: Sentence, c: Mention, cue: Mention, makers: list[Mention]) -> bool:
    """Whether a country's name comes right after a word of place that follows a noun of making and the adjective
    that gives it its country ("de fabricación soviética en Cuba", of Soviet make, in Cuba): the making has its own
    country, and the place is where the thing made is."""
    if c.adjective or c in makers or cue.end > c.start:
        return False
    return any(m.end <= c.start and s.gap(cue, m) == 0 and m.start >= cue.end
               and s.doc.tokens_between(m.end, c.start) <= 1
               and (place := s.near_before(c.start, ("locative",), 0)) is not None
               and place.start >= m.end for m in makers)


def _copula_subjects(s: Sentence, subject: Mention, link: Mention) -> list[Mention]:
    """The subject of a copula and the names one list joins to it before it ("the T-54 and the T-55 are Soviet
    tanks": each is); an apposition's is its one name."""
    if link.value != "copula" or subject.start < s.start:
        return [subject]
    return _list_back(s, [subject])


def _kind_words(s: Sentence, a: int, b: int) -> bool:
    """Whether only lower-case words of what kind a product is (and calibres) stand between two places: no mark of
    a clause or a list, and no other name ("122 mm towed", "da trasporto medio")."""
    text = s.doc.text[a:b]
    if any(ch in ",;:()\"«»“”" for ch in text) or any(m.kind != "cue" and a <= m.start < b for m in s.mentions):
        return False
    text = _CALIBRE.sub(" ", text)
    return all(w[:1].islower() or w[:1].isdigit() for w in text.split())


_CLAUSE_CLOSE = lazy_compile(r"\s*(?:[.;,!?]|$)")


def _unlisted_noun(s: Sentence, at: int) -> bool:
    """Whether one lower-case word (hyphens joined: "single-engine biplane" is two) closes the clause right after a
    country's adjective, the kind of product no list holds ("a Soviet biplane.")."""
    words = re.match(r"(?:\s+[^\W\d_][\w-]*){1,2}", s.doc.text[at:s.end])
    return words is not None and bool(_CLAUSE_CLOSE.match(s.doc.text, at + words.end())) \
        and all(w[:1].islower() for w in words.group().split()) \
        and not any(m.start >= at and m.start < at + words.end() for m in s.mentions)


def _unlisted_head(s: Sentence, a: int, c: Mention) -> bool:
    """Whether an article and at most four lower-case words no list knows stand between a copula and a country's
    adjective that closes the clause, where adjectives follow their noun ("é | um biplano utilitário monomotor |
    soviético.")."""
    words = s.doc.text[a:c.start].split()
    return 2 <= len(words) <= 5 and fold_phrase(words[0]).strip() in articles() \
        and all(w.isalpha() and w.islower() for w in words[1:]) \
        and not any(a <= m.start < c.start for m in s.mentions) and bool(_CLAUSE_CLOSE.match(s.doc.text, c.end))


def _noun_qualifies(s: Sentence, c: Mention, nouns: list[Mention]) -> bool:
    """Whether a country's name qualifies the kind of product right before it, as an adjective would, in a
    language that sets a noun's qualifiers after it and writes "of" by case or not at all ("senapan mesin Uni
    Soviet", a Soviet machine gun; "súng máy của Liên Xô", the Soviet Union's machine gun)."""
    if not s.doc.adjectives_follow or s.doc.of_marked \
            or any(k.start >= c.end for k in s.cue_list("capture", "import", "service")):
        return False   # (not an owner's or user's tank, one captured or bought: "tank Irak yang dirampas")
    start = _qualifier_start(s, c)
    return any(n.end <= start and s.doc.tokens_between(n.end, start) == 0 for n in nouns)


def _qualifier_start(s: Sentence, c: Mention) -> int:
    """Where a country's qualifier of the noun before it begins: at a word of "of" right before its name, in a
    language that writes "of" by case or not at all, else at the name."""
    of = s.near_before(c.start, ("of",), 0) if not c.adjective and not s.doc.of_marked else None
    return c.start if of is None else of.start


_CALIBRE = lazy_compile(r"\d{2,3}(?:[.,]\d{1,2})?[\s\u00a0]?(?:mm|мм)(?!\w)")


def _calibre_tokens(s: Sentence, a: int, b: int) -> int:
    """Tokens of calibres ("122 mm", "7,62 мм") between two places."""
    return sum(s.doc.tokens_between(a + m.start(), a + m.end()) for m in _CALIBRE.finditer(s.doc.text[a:b]))


def _article_opens(s: Sentence, a: int, b: int) -> bool:
    """Whether the last word between two places is an article ("die" of "die Russen die AKM"; not a word for "and"
    that is one too: Czech "a")."""
    words = re.findall(r"[^\W\d_]+'?", s.doc.text[a:b])
    return bool(words) and (w := fold_phrase(words[-1]).strip()) in articles() and w not in and_words()


def _noun_spans(s: Sentence, a: int, b: int) -> list[tuple[int, int]]:
    """The spans of the nouns of a kind of product between two places, the longest where they overlap, and one where
    only spaces or hyphens part them ("missile system")."""
    spans: list[tuple[int, int]] = []
    for k in sorted(s.cue_list("product_noun"), key=lambda k: (k.start, -k.end)):
        if not (a <= k.start and k.end <= b):
            continue
        if spans and (k.start < spans[-1][1] or not s.doc.text[spans[-1][1]:k.start].strip(" -")):
            spans[-1] = (spans[-1][0], max(spans[-1][1], k.end))
        else:
            spans.append((k.start, k.end))
    return spans


def _language_named(s: Sentence, c: Mention) -> bool:
    """Whether a country's adjective right after a word for "in" names a language ("en alemán", "in tedesco",
    "בספרדית"): where adjectives follow their noun, one with no noun before it, governed by the preposition, is the
    language's name, not a product's country."""
    return c.adjective and s.doc.adjectives_follow \
        and (c.case == "locative" or s.near_before(c.start, ("locative",), 0) is not None)


def _own_noun_after(s: Sentence, c: Mention) -> bool:
    """Whether a plain word in lower case, no mention's, follows a country's adjective right after it ("китайские
    мастера"): the noun the adjective agrees with (not a word of making, "польского производства", nor a name)."""
    word = _WORD.match(s.doc.text, c.end + 1) if s.doc.text[c.end:c.end + 1] == " " else None
    # (a word for parts, papers, forces or makers is a noun of its own too: "UTD-20 amerykańskim silnikiem", the
    # UTD-20 [replaced] by an American engine)
    return word is not None and word.group().islower() \
        and not any(m.start <= word.start() < m.end and not (m.kind == "cue" and m.value in _NOUNS_OF_THEIR_OWN)
                    for m in s.mentions)


_NOUNS_OF_THEIR_OWN = frozenset({"part", "documents", "force", "maker", "org_word"})


def _only_noun_between(s: Sentence, a: int, b: int) -> bool:
    """Whether one noun of a kind of product, and nothing else but spaces, stands between two places ("J-7B chasseur
    chinois"); a weapon's kind in capitals counts as one too, or as part of it ("lansatoarele RM-70 MLRS cehe")."""
    spans = _noun_spans(s, a, b)
    if len(spans) > 1:
        return False
    rest = s.doc.text[a:spans[0][0]] + " " + s.doc.text[spans[0][1]:b] if spans else s.doc.text[a:b]
    words = rest.split()
    return (bool(spans) or len(words) == 1) and all(word in shapes().type_acronyms for word in words)


def _noun_words(s: Sentence, a: int, b: int) -> int:
    """Words of nouns of a kind of product between two places past each noun's first ("main battle tank" is one
    noun: two more words)."""
    return sum(max(0, s.doc.tokens_between(x, y) - 1) for x, y in _noun_spans(s, a, b))


def _in_noun(s: Sentence, k: Mention) -> bool:
    """Whether a cue is a word inside a longer noun of a kind of product ("пехоты" of "боевая машина пехоты")."""
    return any(n.start <= k.start and k.end <= n.end and (n.start, n.end) != (k.start, k.end)
               for n in s.cue_list("product_noun"))


def _comma_apart(s: Sentence, c: Mention, p: Mention) -> bool:
    """Whether a comma (or a semicolon) stands between a country and a product after it, not one that goes on to
    the next country of a list."""
    text = s.doc.text
    for mark in re.finditer(r"[,;，；]", text[c.end:p.start]):
        after = c.end + mark.end()
        nxt = next((m for m in s.mentions if m.start >= after and m.kind != "cue"), None)
        if nxt is None or nxt.kind != "country" or s.doc.tokens_between(after, nxt.start) > 0:
            return True
    return False


def _war_names(s: Sentence, countries: list[Mention]) -> list[Mention]:
    """Countries that name a war with a word of war (`war`): right before it ("the Vietnam War", "Vietnam Savaşı"),
    or right after it, a word of "of" or "in" between or, where adjectives follow their noun, nothing ("la guerre du
    Vietnam", "война во Вьетнаме", "حرب فيتنام"): a conflict, no place of making or of sale."""
    wars = [m for m in s.mentions if m.kind == "cue" and m.value == "war"]
    # (and a period named after a state, the state after the word: "in the period of the USSR", "à l'époque de
    # l'URSS", "nel periodo dell'Urss": the state dates what the sentence tells, it is no place of it)
    eras = [m for m in s.mentions if m.kind == "cue" and m.value == "era"]
    if not wars and not eras:
        return []
    text = s.doc.text

    def before(c: Mention, w: Mention) -> bool:
        return c.end <= w.start and s.doc.tokens_between(c.end, w.start) == 0 and not text[c.end:w.start].strip(" -")

    def after(c: Mention, w: Mention) -> bool:
        # (an article after the word of place counts for nothing: "in den Krieg in der Ukraine", "the war in the Congo")
        between = s.doc.tokens_between(w.end, c.start) - sum(
            fold_phrase(x).strip() in articles() for x in re.findall(r"[^\W\d_]+", text[w.end:c.start])[1:])
        return w.end <= c.start and not any(ch in ",;:" for ch in text[w.end:c.start]) and (
            (s.doc.adjectives_follow and between == 0)
            or (between == 1 and any(w.end <= k.start and k.end <= c.start for k in s.mentions
                                     if k.kind == "cue" and k.value in {"of", "locative"})))
    return [c for c in countries if any(before(c, w) or after(c, w) for w in wars)
            or any(after(c, w) and not c.adjective for w in eras)]


def _home_words_apart(s: Sentence, countries: list[Mention]) -> set[int]:
    """A country's form that is itself a word of making at home ("国产", home-made: the country whose writing the text
    is) stands for its country only on a kind of product, a few words of what kind between ("国产轻型运输机", a
    home-built light transport), and where no other country is named before it in the sentence, whose home it
    is then ("印度的国产坦克", India's home-built tank); not on a name ("国产米格-17", the home copy a later
    sentence names), nor on a material."""
    homes = [c for c in countries
             if any(m.kind == "cue" and m.value == "produce" and (m.start, m.end) == (c.start, c.end)
                    for m in s.mentions)]
    if not homes:
        return set()
    nouns = [m for m in s.mentions if m.kind == "cue" and m.value == "product_noun"]
    return {id(c) for c in homes
            if not any(n.start >= c.end and s.doc.tokens_between(c.end, n.start) <= 3 for n in nouns)
            or any(o.start < c.start and o.value != c.value for o in countries)}


def _outside_places(s: Sentence, countries: list[Mention]) -> set[int]:
    """The countries a word of "outside" governs ("built outside the Soviet Union", "за пределами СССР", "en
    dehors de l'URSS"; after it where such words follow their noun: "Neuvostoliiton ulkopuolella"): where nothing
    the sentence tells of happened."""
    words = [m for m in s.mentions if m.kind == "cue" and m.value == "outside"]
    if not words:
        return set()
    after = s.doc.particles_follow or s.doc.genitive_first
    return {id(c) for c in countries for k in words
            if (not after and k.end <= c.start and s.doc.tokens_between(k.end, c.start) <= 1)
            or (after and c.end <= k.start and s.doc.tokens_between(c.end, k.start) == 0)}


def _language_gloss(s: Sentence, c: Mention) -> bool:
    """Whether a country's adjective opens brackets and names the language of what follows it: a colon, or a name in
    another script than Latin and the adjective's ("(russisch Миль Ми-8)", "(Russian: МиГ-21)", "(chinesisch 歼-7)")."""
    text = s.doc.text
    # (a short word for "in" may stand between: "(in russo Снайперская ...)", "(en ruso: ...)")
    if not c.adjective or _GLOSS_OPEN.search(text, max(s.start, c.start - 8), c.start) is None:
        return False
    after = text[c.end:c.end + 3].lstrip(" \u00a0")
    if after[:1] in {":", "："}:
        return True
    # (a name in Latin letters is no other language's: "(советские MiG-21)" writes designations so)
    return bool(after) and after[0].isalpha() and _script_of(after[0]) not in {_script_of(c.text[:1]), "LATIN"}


_GLOSS_OPEN = lazy_compile(r"[(（]\s?(?:[^\W\d_A-ZА-ЯЁ]{1,3}\.?\s)?\s?$")


def _script_of(ch: str) -> str:
    return unicodedata.name(ch, "").split(" ")[0]


_COMPLEMENT_WORDS = lazy_compile(r"(?:[ \t]+[^\W\d_A-ZÀ-Þ][^\W\d_]*(?:-[^\W\d_]+)*){1,3}[ \t]*(?:[(（][ \t]*)?")


def _kind_complement(s: Sentence, c: Mention, p: Mention) -> bool:
    """Where adjectives follow their noun, whether a word for "of" right after a country's adjective on a kind of
    product opens that kind's complement, up to three lower-case words and no other name, that ends right before the
    name, or before a word of model in brackets that opens it ("aviões russos de treino (modelo Yak-130)", "le canon
    soviétique de campagne D-30")."""
    if not s.doc.adjectives_follow or p.start <= c.end or s.near_before(c.start, ("product_noun",), 0) is None:
        return False
    of = s.near_after(c.end, ("of",), 0)
    if of is None:
        return False
    model = next((k for k in s.cue_list("variant") if k.end <= p.start and s.doc.tokens_between(k.end, p.start) == 0
                  and open_bracket(s.doc.text, s.start, k.start) >= 0), None)
    end = model.start if model is not None else p.start
    words = _COMPLEMENT_WORDS.fullmatch(s.doc.text, of.end, end)
    return words is not None and not any(
        of.end <= m.start and m.end <= end and m.kind != "cue" for m in s.mentions)


def _only_cues_between(s: Sentence, a: int, b: int) -> bool:
    """Whether, of the words between two places, at most one is outside every mention ("Soviet main battle tank
    T-72", "the Soviet heavy tank T-10"): more are the words of a clause ("the Iranians might have AK-47s")."""
    naming = {"product_noun", "produce", "design", "licence", "unlicensed", "variant", "copy"}
    # (a calibre's unit is no word of a clause: "l'obusier russe de 152 mm 2S33")
    calibres = [m.span() for m in _CALIBRE.finditer(s.doc.text, a, b)]
    loose = [w for w in re.finditer(r"[^\W\d_]+", s.doc.text[a:b])
             if not any(m.start <= a + w.start() < m.end and (m.kind != "cue" or m.value in naming)
                        for m in s.mentions)
             and not any(x <= a + w.start() < y for x, y in calibres)]
    # (a word that says of which type, "مقاتلة روسية من طراز ميغ-29", a Russian fighter of the type MiG-29, names)
    kinds = shapes().kind_words
    return len([w for w in loose if fold_phrase(w.group()) not in kinds]) <= 1


def _adjective_on_other(s: Sentence, c: Mention, p: Mention) -> bool:
    """A country adjective that sits on another product or organisation than ``p``, or a country's name marked as the
    owner of another product ("旧ソ連のAn-2をベースに", "the USSR's An-2")."""
    if not c.adjective:
        # (or a case ending on the name that no role reads, the genitive among them, right before another product:
        # "রাশিয়ার KT-24", Russia's KT-24)
        # (or, in a script without spaces, a name glued right before another product: "仿制苏联D-30")
        marks = s.doc.genitive_marks | {"'s", "’s"}
        return any(m is not p and m.kind == "product" and m.start >= c.end
                   and (s.doc.text[c.end:m.start].strip() in marks - {""}
                        # (not in Hangul, whose genitive has its own mark, 의: "중국은 An-2를", China, the An-2)
                        or (c.case == "plain" and not "\uac00" <= c.text[-1:] <= "\ud7a3"
                            and s.doc.tokens_between(c.end, m.start) == 0)
                        or (m.start == c.end and han_or_kana(c.text[-1:])))
                   for m in s.mentions)
    if _plain_noun_beside(s, c) or _other_kind_beside(s, c, p):
        return True   # "Soviet equipment", "l'équipement soviétique": the adjective is another noun's
    # ("made by the Polish maker Bumar": the nationality of the maker a word of agency names is where it was made)
    agent = s.near_before(c.start, ("agent",), 1) is not None and s.has("produce")
    for m in s.mentions:
        if m is p or m.kind not in {"product", "org"} or (agent and m.kind == "org"):
            continue
        if m.kind == "org" and s.doc.adjectives_follow and m.end <= c.start and s.has("produce"):
            continue   # ("تصنع شركة «إيجماش» الروسية البندقية": where adjectives follow, the maker's own nationality
            #            after its name, a word of making in the sentence, is where it makes)
        if m.start >= c.end and (s.doc.tokens_between(c.end, m.start) <= 1 or (
                s.doc.tokens_between(c.end, m.start) <= 3 and _only_cues_between(s, c.end, m.start))):
            return True   # ("sovietskeho lietadla Iljušin Il-10": nouns of kind and a designer's name between)
        # "una versión del Tu-16 soviético", "سو-27 الروسية": where adjectives follow, the name right before it
        # (the article glued to the adjective, "\"تي-72\" الروسية", is no word between them)
        if s.doc.adjectives_follow and m.end <= c.start \
                and s.doc.tokens_between(m.end, _prefix_start(s.doc.text, m.end, c.start)) == 0:
            return True
    return False


def _unknown_name_beside(s: Sentence, c: Mention, p: Mention) -> bool:
    """Whether the words right after a country's adjective are a capitalised name and a number that no mention
    covers, and a list's mark parts them from ``p`` after them: "Swiss-built Leopard 2A6s / 2A7s, 120 T-72s" (a
    design the extractor does not read is what the adjective qualifies, not the next name of the list)."""
    if s.doc.adjectives_follow or not c.adjective or p.start < c.end:
        return False
    # (past a word of making glued to the adjective: "Swedish-made")
    after = max((k.end for k in s.mentions if k.kind == "cue" and c.end <= k.start <= c.end + 1), default=c.end)
    m = _NAME_AND_NUMBER.match(s.doc.text, after, p.start) if after < p.start else None
    if m is None or not m.group(1)[:1].isupper() \
            or any(o is not c and o.start < m.end() and m.start(1) < o.end for o in s.mentions):
        return False
    return any(ch in ",;/" for ch in s.doc.text[m.end():p.start])


_NAME_AND_NUMBER = lazy_compile(r"[ \t]+([^\W\d_]{3,})[ \t]+\d\w*")


# the words an adjective of a country may qualify that say nothing of where a named design is made: a kind of
# product that names no design of its own ("Russian helicopters"), its parts, papers and forces
_OTHER_KINDS = ("product_noun", "part", "documents", "service", "force")


def _other_kind_beside(s: Sentence, c: Mention, p: Mention) -> bool:
    """Whether the word a country's adjective qualifies (after it, or before it where adjectives follow their noun,
    past an article glued to the adjective) is a word for a kind of product that ``p`` does not stand right beside,
    or a word for parts, papers or forces: "the Soviet aircraft built abroad were the Avia B-71", "a Russian engine
    was fitted to the An-140", "according to Soviet documentation, the Lim-2 was built"."""
    text = s.doc.text
    if s.doc.adjectives_follow:
        m = _WORD_BEFORE.search(text, max(s.start, c.start - 40), _prefix_start(text, max(s.start, c.start - 3),
                                                                                  c.start))
    else:
        m = _WORD_AFTER.match(text, c.end, s.end)
    if m is None:
        return False
    a, b = m.span(1)
    noun = next((k for k in s.cue_list(*_OTHER_KINDS) if k.start < b and a < k.end), None)
    if noun is None:
        return False
    if noun.value != "product_noun":
        return True
    # ("the Soviet tank T-62", "a Soviet-built helicopter, the Mi-8": the noun is the name's own; "the Soviet aircraft
    # industry": a maker's)
    return not (s.doc.tokens_between(noun.end, p.start) <= 1 if p.start >= noun.end
                else s.doc.tokens_between(p.end, noun.start) <= 1) \
        and s.near_after(noun.end, ("maker", "org_word"), 0) is None


# -- manufactured_by --------------------------------------------------------------------------

def _makers(s: Sentence, w: Weights) -> Iterator[Reading]:
    orgs = [m for m in s.mentions if m.kind == "org"]
    if not orgs:
        return
    # "by" names a maker only where the sentence speaks of making ("as said by the head of Rosoboronexport")
    # (nor where its only word of making is a plant word inside a name: "the Kendal Industrial Estate", "the Volkseigene
    # Betrieb", "Nhà máy Thẩm Dương" name a place or a plant and say nothing of what it made)
    produce = s.cue_list("produce", "maker", "agent") if s.has("produce", "maker") and not _making_only_in_names(
        s, orgs) else []
    if not produce:
        # "由626厂仿制": where the verb follows its agent, a plant the agent word marks that copied the design made it
        produce = [k for k in s.cue_list("copy") if any(
            o.end <= k.start and s.doc.tokens_between(o.end, k.start) == 0
            and (s.near_before(o.start, ("agent",), 0) is not None or s.doc.particle_before(o.start, {"agent"}))
            for o in orgs)]
    # ("By then, Irkut had shipped the kits": a "by" that opens a phrase of time, class until, is no passive's agent)
    timed = s.cue_list("until")
    produce = [k for k in produce if k.value != "agent" or not any(t.start <= k.start and k.end <= t.end and t is not k
                                                                   for t in timed)]
    # "Zastava delivered the M92 to a dealer": a known maker (not a trader) that sells or delivers what the sentence
    # names, as the subject of the word, makes it
    sold = [k for k in s.cue_list("export") if not produce and any(
        o.entity is not None and o.end <= k.start and s.doc.tokens_between(o.end, k.start) <= 3 for o in orgs)]
    if not produce and not sold:
        yield from _labelled_makers(s, orgs)
    for o in orgs:
        if any(part in o.value.lower() for part in shapes().traders):
            continue   # "Rosoboronexport", "Aviaexport": a foreign-trade agency sells what others make
        if _licensing_org(s, o):
            continue   # "an agreement with Sukhoi", "under licence from Sukhoi": it gave the licence
        if o.text in shapes().reporting_names and any((_named_aside(s, p, o.start) or _set_after(s, p, o.start, o.text))
                                                       and _reported(p) for p in s.products):
            continue   # "the An-2 (Colt)", "the An-2 Colt": the alliance's name for the design, not a maker
        if _bureau(s, o):
            continue   # "biuro OKB Mikojan", "ОКБ Антонова": a design bureau designs, it makes nothing
        if _partner(s, o):
            continue   # "przy współpracy zakładów WSK Rzeszów": it helped the maker, it made nothing
        if produce:
            yield from _made_before_relative(s, o, produce)
        # (a name made only of designers' names, as written or known: "Sukhoi", "Mikoyan"; not "Kalashnikov Concern")
        # (initials do not count: "OKB O.K. Antonova")
        designer = any(all(word in shapes().designers for word in words) for words in (
            [w for w in re.split(r"[\W_]+", name) if w and not (len(w) == 1 and w.isupper())]
            for name in (o.text, o.value)) if words)
        # (a maker's name that only stands in a design's name, "Valmet Rk 62", "Shenyang J-8", states no making by
        # itself: a word of making does, or a participle glued to the name, "the HAL-built MiG-21FL"; read alone,
        # the name was the maker in 15 and not in 29 readings on the train set and the team's annotated real pages)
        if not produce:
            k = next((k for k in sold if o.entity is not None and o.end <= k.start
                      and s.doc.tokens_between(o.end, k.start) <= 3), None)
            # (not one a word of importing names: "the importer Century Arms sells the WASR-10")
            importer = s.near_before(o.start, ("import",), 1) is not None
            if k is not None and not designer and not importer:
                for p in s.subjects():
                    if p.start >= k.end or p.start < s.start:
                        yield _mk(s, p, "manufactured_by", o.value,
                                  {"produce": 1.0, "export": 1.0, "cue_distance": s.gap(k, o) / 10,
                                   "subject_distance": s.gap(p, o) / 10, "topic": float(s.elsewhere(p)),
                                   "plan": s.planned(k)}, o, k, p)
            continue
        if designer and any(s.doc.tokens_between(o.end, p.start) == 0 and p.start >= o.end for p in s.products):
            continue   # "Sukhoi Su-30MKI": a design bureau's name on its product is no maker
        if designer and _designer_of_noun(s, o, orgs):
            continue   # "самолёты Туполева и Ильюшина, выпущенные в Казани": whose designs the aircraft are
        if any(k.end <= o.start and s.doc.tokens_between(k.end, o.start) <= 2
               and not any(p.end <= k.start and s.doc.tokens_between(p.end, k.start) <= 1 for p in s.products)
               # (not across a clause mark: "安-2的国产型号,由南昌飞机制造厂生产", the plant makes the version;
               # "An-2のライセンス生産型で、南昌飛機工廠が製造した")
               and not any(ch in ",;，；、" for ch in s.doc.text[k.end:o.start])
               for k in s.cue_list(*DERIVE)):
            # "based on the Colt system": an organisation a derivation word points at is the original's (where the
            # original stands before the word, "T-72-n alapul, és a Bumar", what follows is another clause)
            continue
        cue = min(produce, key=lambda k: s.gap(k, o))
        if _speaker_after_quote(s, o, produce):
            continue   # '"... made everywhere," said an engineer of Zastava': the speaker's firm, no maker
        # (a word of the maker's own name, "工場", is no verb of its making: where the verb comes last, the verb
        # nearest after the name says what it made: "工具工場は金属部品を生産した", parts)
        later = [k for k in produce if k.start >= o.end] if s.doc.particles_follow else []
        own_verb = min(later, key=lambda k: s.gap(k, o), default=cue)
        if _ships_parts(s, o, cue):
            # "the design bureau sent 140 sets of kits to the works that assembled them": it supplies the parts
            # another assembles
            continue
        if _trader_here(s, o):
            continue   # "Norinco made the Type 56, and Century Arms sold it": the seller or importer, not the maker
        # where the agent word follows the name ("Bumar tərəfindən istehsal olunur"), so does its verb
        designs = [k for k in s.cue_list("design") if k.start >= o.end] if s.doc.particles_follow \
            else s.cue_list("design")
        design = min(designs, key=lambda k: s.gap(k, o), default=None)
        # (where the verb comes last, not "UVZが設計し、製造した": a word of making joined to the word of design, no
        # other name between them, is the same name's)
        # (nor, where a participle ends the clause, "von Uralwagonsawod entwickelt und gebaut": the maker's too)
        chained = design is not None and (s.doc.particles_follow or (
            s.doc.participles_last and design.start >= o.end)) and any(
            k.start >= design.end and s.doc.tokens_between(design.end, k.start) <= 2
            and not any(m.kind == "org" and design.end <= m.start < k.start for m in s.mentions)
            for k in s.cue_list("produce"))
        if design is not None and (cue.value == "agent" or s.doc.particles_follow) and not chained \
                and s.gap(design, o) <= s.gap(cue, o) + 1:
            # "designed by the Mikoyan bureau", "ミコヤンが設計し": the agent of a design word is the designer, not
            # the maker (where the verb follows, the word of design nearest after the name is its verb)
            continue
        agent = s.near_before(o.start, ("agent", "locative"), 2) is not None
        # "India's HAL", "the Polish Bumar": the country right on the maker is where the product is made
        # ("the Polish plant PZL-Mielec": a word for a company between them)
        home = next((c for c in s.mentions if c.kind == "country" and c.end <= o.start
                     and (s.gap(c, o) == 0 or (s.gap(c, o) == 1 and s.near_after(c.end, ("source",), 0))
                          or (c.adjective and s.doc.tokens_between(c.end, o.start) == 1
                              and s.near_after(c.end, ("org_word",), 0) is not None))), None)
        subjects = s.subjects()
        # "the Type 81 is still in production by Norinco": a product right before the production word is the one
        # it speaks of, not every product of the sentence
        verb = next((k for k in reversed(s.cue_list("produce")) if k.end <= o.start), None)
        close = [p for p in subjects if verb is not None and p.end <= verb.start
                 and _plain_tokens(s, p.end, verb.start) <= 3]
        # "del cinese Norinco Type 79": a maker's name right on another design is that one's, not the subject's
        prefix_of = next((q for q in s.products if q.start >= o.end and s.doc.tokens_between(o.end, q.start) == 0),
                         None)
        # (not the first of a list the word of making follows: "Kazan fabrikası Mi-8, Mi-17 ve Ansat ... üretmiştir",
        # the plant is the subject of a verb that comes last)
        if prefix_of is not None and len(run := _listed(s, [q for q in s.products if q.start >= prefix_of.start])) > 1 \
                and any(k.start >= run[-1].end for k in s.cue_list("produce")):
            prefix_of = None
        # (where the verb comes last, the name a word for "as" gives before the plant: "AKMの複製銃は68式小銃として
        # …国営工廠で量産", the plant made the Type 68)
        given = next((q for a in s.cue_list("as_name") if a.end <= o.start and s.doc.particles_follow
                      and (q := _named_before_as(s, a)) is not None), None)
        for p in [given] if given is not None else close[-1:] if close and cue.value != "maker" else subjects:
            if (p.start < o.end and p.end > o.start) or (prefix_of is not None and prefix_of.value != p.value):
                continue
            if _apart_in_brackets(s, p, o):
                continue   # "China (Type 54), Yugoslavia (Zastava M57)": each bracket speaks of its own
            if _of_parts(s, p, cue) or (own_verb is not cue and _of_parts(s, p, own_verb)):
                continue   # "Prvi Partizan makes ammunition for the SKS": it makes the parts, not the product
            feats = {"produce": 1.0, "agent": float(agent), "cue_distance": s.gap(cue, o) / 10,
                     "subject_distance": s.gap(p, o) / 10, "topic": float(s.elsewhere(p)),
                     "export": float(bool(_trades(s)) and not _making_moved(s)), "plan": s.planned(cue),
                     "negated": float(s.negated(cue))}   # ("Norinco never manufactured the AK-74")
            made = _mk(s, p, "manufactured_by", o.value, feats, p, cue, o)
            yield made
            if home is not None and _maker_reading_holds(made):
                yield _mk(s, p, "made_in_country", s.country(home),
                          {"produce": 1.0, "via_maker": 1.0, "cue_distance": s.gap(cue, o) / 10,
                           "subject_distance": s.gap(p, o) / 10, "topic": float(s.elsewhere(p)),
                           "plan": s.planned(cue)}, p, cue, home, o)


def _speaker_after_quote(s: Sentence, o: Mention, produce: list[Mention]) -> bool:
    """Whether every word of making stands before a maker's name, inside quoted words that close between them ('"..
    is made everywhere," says an engineer of the firm X', '„... gebaut“, sagt ... beim Unternehmen X'): the firm is
    where the speaker works, named in the words that say who spoke, no maker of what the quote speaks of."""
    making = [k for k in produce if k.value != "agent"]
    if not making or any(k.start >= o.end for k in making):
        return False
    last = max((k for k in making if k.end <= o.start), key=lambda k: k.end, default=None)
    if last is None:
        return False
    text = s.doc.text
    # (the first quotation mark after the word must close the quote: a comma right after it, or a mark of a
    # sentence's end right before it; not the opening of a quoted name: 'made by Norinco as the "Type 56", and ...')
    close = next((i for i in range(last.end, o.start) if text[i] in _SPEECH_MARKS), -1)
    return close >= 0 and (text[close + 1:close + 3].lstrip().startswith(",")
                           or (close > 0 and text[close - 1] in ",.!?…"))


_SPEECH_MARKS = frozenset('"“”»«„')


def _maker_reading_holds(made: Reading) -> bool:
    """A country read through the maker's own nationality ("the Polish firm Bumar builds it") stands only where the
    reading of that maker as the product's maker does: a firm that supplies parts, sells, or works on another design
    gives the product no country of making either."""
    # (a maker that no longer makes it, "the Polish firm no longer builds its parts", still names where it was made)
    return _score(made.relation, {**made.features, "negated": 0.0}) >= weights().thresholds.get(made.relation, 0.5)


_OPENING_WORD = lazy_compile(r"([^\W\d_]+)[\s\-‑]*$")


_BRACKET_GLOSS = lazy_compile(r"\s*[(（][^()（）]{1,30}[)）]\s*$")
_WORD_RIGHT_AFTER = lazy_compile(r"[ \t]+([^\W\d_]+)(?![\w-])")


def _maker_after(s: Sentence, p: Mention, opener: str) -> Mention | None:
    """Where adjectives follow their noun, the maker's name written right after a design's designation, where the
    registry's own name of the design opens with it ("chiếc J-6 Shenyang" of the Shenyang J-6): its maker, as before
    it."""
    after = _WORD_RIGHT_AFTER.match(s.doc.text, p.end, s.end)
    if after is None or after.group(1).casefold() != opener.casefold() or s.known is None:
        return None
    if any(m.start < after.end(1) and after.start(1) < m.end for m in s.mentions if m.kind != "org"):
        return None
    name = s.known.maker_opening_with(after.group(1))
    return Mention(after.start(1), after.end(1), "org", name, after.group(1)) if name is not None else None


def _maker_prefixes(s: Sentence, w: Weights) -> Iterator[Reading]:
    """"Shenyang J-6", "GAIC JJ-7A", "Zastava M70", "Norinco Type 56": a maker's name written right before a design's
    designation, where the registry's own name of the design opens with that maker (or the name found takes the
    maker in), is its maker; not a design bureau's name ("Sukhoi Su-27", "Mikoyan MiG-21": the designers')."""
    if s.known is None or not s.products:
        return
    designers = shapes().designers
    text = s.doc.text
    for p in s.products:
        if p.start < s.start or p.pointer:
            continue
        opener = p.value.split()[0] if len(p.value.split()) >= 2 else ""
        # (a gloss of the maker's name in brackets may stand between: "Shenyang (SAC) J-6")
        gloss = _BRACKET_GLOSS.search(text, max(s.start, p.start - 40), p.start)
        head_end = gloss.start() if gloss is not None else p.start
        before = _OPENING_WORD.search(text, max(s.start, head_end - 40), head_end)
        maker: Mention | None = None
        if before is not None and not text[before.end(1):head_end].strip(" -‑"):
            word = before.group(1)
            org = next((m for m in s.mentions if m.kind == "org" and m.end == before.end(1)), None)
            if org is not None and org.entity is None and s.known.maker_opening_with(word) is not None:
                org = None   # (a name read open-world, "Harbin", that opens a known maker's: the known maker)
            if org is not None and (org.value.split()[0].casefold() == opener.casefold()
                                    or fold_phrase(p.value).startswith(fold_phrase(org.value))):
                maker = org   # "GAIC JJ-7A": the maker's mention, its name opening the design's
            elif org is not None and _maker_at_home(s, org, p):
                maker = org   # "Norinco Type 79": a known maker right on a design made in its own country
            elif org is None and word.casefold() == opener.casefold() \
                    and (name := s.known.maker_opening_with(word)) is not None:
                maker = Mention(before.start(1), before.end(1), "org", name, word)   # "Shenyang J-6"
            elif org is None and opener:
                maker = _maker_before_kind_word(s, before.start(1), before.end(1), opener)
        if maker is None and s.doc.adjectives_follow and opener:
            maker = _maker_after(s, p, opener)   # "tiêm kích J-6 Shenyang"
        # (a word the design's own name opens with counts only where it opens one known maker's names alone: "PZL
        # An-2" names no single maker)
        head = p.text.split()[0] if len(p.text.split()) >= 2 else ""
        # (the rest a designation of letters and a number: not a series' number after a name, "Aero 94")
        if maker is None and head and not any(ch.isdigit() for ch in head) \
                and any(ch.isalpha() for ch in p.text[len(head):]):
            known = s.known.resolve(head) if head.casefold() != opener.casefold() else None
            name = known.canonical if known is not None and known.kind == "org" \
                else s.known.maker_opening_with(head) if head.casefold() == opener.casefold() else None
            if name is not None:
                maker = Mention(p.start, p.start + len(head), "org", name, head)   # "Norinco Type 56", "Harbin Z-5"
        # (one check for every way the maker was found: a bureau's name is the designers', "Sukhoi Su-27")
        if maker is not None and maker.value.split()[0] not in designers and maker.text not in designers:
            yield _mk(s, p, "manufactured_by", maker.value, {"name_prefix": 1.0}, maker, p)


def _maker_before_kind_word(s: Sentence, start: int, end: int, opener: str) -> Mention | None:
    """"Zastavina puška M70", "Zastava's rifle M70": a known maker's name (or its possessive adjective) right before
    the word for the design's kind before its designation, where the design's own name opens with that maker."""
    if not any(k.start == start and k.end == end for k in s.cue_list("product_noun")):
        return None
    before = _OPENING_WORD.search(s.doc.text, max(s.start, start - 40), start)
    if before is None or s.doc.text[before.end(1):start].strip():
        return None
    org = next((m for m in s.mentions if m.kind == "org" and m.end == before.end(1)), None)
    return org if org is not None and org.entity is not None \
        and org.value.split()[0].casefold() == opener.casefold() else None


def _maker_at_home(s: Sentence, org: Mention, p: Mention) -> bool:
    """Whether an organisation the registry knows as a maker (no trader, no design bureau) is written right before
    the designation of a design the registry does not know ("Norinco Type 79"): the maker's name on its product. (A
    known design keeps to the names the registry gives it: "Valmet Rk 62" alone says no making.)"""
    if org.entity is None or p.entity is not None or s.known is None or _bureau(s, org) \
            or any(part in org.value.lower() for part in shapes().traders):
        return False
    return bool(s.known.homes(org.entity))


def _making_moved(s: Sentence) -> bool:
    """Whether every word of trade in the sentence is also a word of moving a making that a noun of making stands
    before in its clause ("production of the Lim-6 was later transferred to WSK"): the making went there, nothing
    was sold."""
    trades = s.cue_list("export", "import")
    return bool(trades) and all(
        any(m.start == t.start and m.end == t.end for m in s.cue_list("relocate"))
        and any(k.end <= t.start and _same_clause(s, k.end, t.start, 8) and _noun_of_making(s, k)
                for k in s.cue_list("produce"))
        for t in trades)


def _noun_of_making(s: Sentence, k: Mention) -> bool:
    """Whether a word of making stands as a noun with the design it makes ("production of the An-2", "An-2
    production"): a word for "of" right after it, or a name right before it."""
    return s.near_after(k.end, ("of",), 0) is not None \
        or any(p.end <= k.start and s.doc.tokens_between(p.end, k.start) == 0 for p in s.products)


def _made_before_relative(s: Sentence, o: Mention, produce: list[Mention]) -> Iterator[Reading]:
    """"Series production was set up at the Uralmash works, which had built the SU-85 until then": where every name
    of the sentence stands in a relative clause that opens after the maker, the word of making before the maker speaks
    of the design spoken of (the topic), not of the names in the clause (they get their own reading from its verb).
    The caller has set traders, licensors and bureaus aside."""
    topic = s.topic
    if topic is None or topic.start >= s.start or any(p.value == topic.value for p in s.products):
        return
    if not s.doc.relative_words:
        return
    relative = next((o.end + w.start() for w in _WORD.finditer(s.doc.text[o.end:min(s.end, o.end + 60)])
                     if fold_phrase(w.group()).strip() in s.doc.relative_words), None)
    if relative is None or s.doc.tokens_between(o.end, relative) > 3 \
            or any(o.end <= m.start < relative and m.kind in {"product", "org"} for m in s.mentions) \
            or any(s.start <= p.start < relative for p in s.products):
        return
    before = [k for k in produce if k.value == "produce" and k.end <= o.start and s.gap(k, o) <= 8
              and not any(ch in ",;:" for ch in s.doc.text[k.end:o.start])]
    if not before:
        return
    k = before[-1]
    yield _mk(s, topic, "manufactured_by", o.value,
              {"produce": 1.0, "agent": float(s.near_before(o.start, ("agent", "locative"), 2) is not None),
               "cue_distance": s.gap(k, o) / 10, "topic": 1.0, "plan": s.planned(k), "negated": float(s.negated(k))},
              k, o)


def _labelled_makers(s: Sentence, orgs: list[Mention]) -> Iterator[Reading]:
    """A field of a table of facts: a word for the maker alone on its line ("Manufacturer", "Producent"), and on the
    lines after it only names of organisations, the countries they stand in and bullets ("• Skoda (Czechoslovakia)"):
    each name made the design the page speaks of (a label with its value on the same line is a word of making in the
    sentence and read there)."""
    label = _maker_label(s)
    if label is None:
        return
    text = s.doc.text
    named = sorted((m for m in s.doc.mentions if m.kind in {"org", "country"} and label.end <= m.start < s.end),
                   key=lambda m: m.start)
    at = label.end
    for m in named:
        if _LABEL_FILL.fullmatch(text, at, m.start) is None:
            return   # a word that is no name: the field's value ends, or it was no field
        at = max(at, m.end)
        if m.kind != "org" or m.start < s.start or not any(o is m for o in orgs):
            continue
        if any(part in m.value.lower() for part in shapes().traders) or _bureau(s, m) \
                or all(word in shapes().designers for word in re.split(r"[\W_]+", m.value) if word):
            continue
        for p in s.subjects():
            yield _mk(s, p, "manufactured_by", m.value,
                      {"produce": 1.0, "topic": float(s.elsewhere(p))}, label, m)


def _maker_label(s: Sentence) -> Mention | None:
    """The word for the maker that stands alone on a line before this sentence, a colon at most after it, where the
    sentence opens a line (a field's label whose values follow on their own lines)."""
    text = s.doc.text
    line_start = text.rfind("\n", 0, s.start) + 1
    if text[line_start:s.start].strip(" \t\u00a0•*·▪–-"):
        return None
    for k in reversed(s.doc.mentions):
        if k.end > s.start or k.kind != "cue" or k.value != "maker":
            continue
        start = text.rfind("\n", 0, k.start) + 1
        end = text.find("\n", k.end)
        end = len(text) if end < 0 else end
        if text[start:k.start].strip() or text[k.end:end].strip(" \t\u00a0:："):
            return None
        # (the lines between hold only bullets and names: the field's earlier values)
        return k if s.start - k.end <= 400 else None
    return None


# what may stand between a field's label and its values, and between the values: spaces, bullets, commas, brackets
_LABEL_FILL = lazy_compile(r"[\s•*·▪,;:()（）–-]*")


def _designer_of_noun(s: Sentence, o: Mention, orgs: list[Mention]) -> bool:
    """Whether a name stands right after a noun of a kind of product ("машины Ильюшина", Ilyushin's machines), or after
    another name that does and a word for "and" ("машины Антонова и Ильюшина"): the owner of the designs."""
    name: Mention | None = o
    for _ in range(3):
        if name is None:
            return False
        at = name.start
        if any(k.end <= at and s.doc.tokens_between(k.end, at) == 0 for k in s.cue_list("product_noun")):
            return True
        name = next((m for m in orgs if m.end <= at and s.doc.tokens_between(m.end, at) == 1
                     and ((joint := s.doc.text[m.end:at].strip()) == "&" or fold_phrase(joint) in and_words())),
                    None)
    return False


def _making_only_in_names(s: Sentence, orgs: list[Mention]) -> bool:
    """Whether every word of making the sentence has stands inside an organisation's name ("Works" in "Machine Tool
    Works", "工厂" in "第一工厂"): the name says what the organisation is, not that it made anything here (a verb of
    copying outside it speaks of making: "西安飞机厂开始仿制", the Xi'an plant began to copy; a plant word that is the
    whole name, "„Арсенал“ изнася", is a maker's name, as its own word of making)."""
    def inside(k: Mention) -> bool:
        return any(o.start <= k.start and k.end <= o.end and o.text.strip(_NAME_QUOTES) != k.text for o in orgs)
    return all(inside(k) for k in s.cue_list("produce", "maker")) and all(inside(k) for k in s.cue_list("copy"))


_NAME_QUOTES = "\"'„“”«»‚‘’ "


def _trader_here(s: Sentence, o: Mention) -> bool:
    """Whether an organisation is the doer of a word of trade, not of the sentence's making: named by the agent word
    right after a word of selling or buying ("imported by Century Arms", "sold by Bonhams"), or right before one, as
    its subject, in a clause after the making ("Norinco made the Type 56, and Century Arms sold it"; not "Norinco
    exported the Type 56, which it produced"). A name a word of place governs is where the making was, no subject
    ("czołgi produkowane w zakładach Bumar eksportowano", "tanky vyráběné v ZTS Martin byly vyváženy", the tanks
    made at the Bumar works were exported)."""
    makings = s.cue_list("produce", "maker")
    agent = s.near_before(o.start, ("agent",), 1)
    placed = _placed_org(s, o)
    for k in _trades(s):
        if agent is not None and k.end <= agent.start and _same_clause(s, k.end, agent.start, 5) \
                and not any(k.end <= m.start < agent.start for m in makings):
            return True
        if agent is None and not placed and o.end <= k.start and s.doc.tokens_between(o.end, k.start) <= 1 \
                and any(m.end <= o.start for m in makings) and not any(o.end <= m.start < k.start for m in makings):
            return True
    return False


def _trades(s: Sentence) -> list[Mention]:
    """The sentence's words of selling and buying, less a word of getting that opens a phrase of getting a licence
    ("Uralvagonzavod получил лицензию на выпуск", "obtained ~ licence" as one cue): what that gets is the
    licence, and nothing was traded."""
    licences = s.cue_list("licence")
    return [k for k in s.cue_list("export", "import")
            if not any(li.start <= k.start and k.end < li.end for li in licences)]


def _partner(s: Sentence, o: Mention) -> bool:
    """Whether a word of cooperation governs an organisation's name, right before it or before a plant word right
    before it ("przy współpracy WSK Okęcie", "ve spolupráci se závodem Tatra", "in cooperation with the Institute"): a
    partner of the making, not its maker (as component suppliers and designers are none)."""
    for k in s.cue_list("partner"):
        if k.end > o.start:
            continue
        between = s.doc.text[k.end:o.start]
        small = sum(fold_phrase(w).strip() in articles() for w in between.split())   # ("with the Institute")
        # (a plant word between, or a noun of a firm in the instrumental: "v spolupráci s podnikom ZŤS")
        plants = _cue_tokens(s, k.end, o.start, ("org_word", "maker", "agent"))
        if s.doc.tokens_between(k.end, o.start) <= small + plants:
            return True
    return False


def _placed_org(s: Sentence, o: Mention) -> bool:
    """Whether a word of place governs an organisation's name, right before it or before a plant word right before
    it, a one-letter word too ("w zakładach Bumar", "v ZTS Martin", "at the Orao works"; not "in 2000 Century Arms",
    a year between)."""
    place = s.near_before(o.start, ("locative",), 1)
    if place is not None and s.doc.tokens_between(place.end, o.start) == _cue_tokens(s, place.end, o.start,
                                                                                      ("org_word", "maker")):
        return True
    start = o.start
    plant = next((k for k in s.cue_list("org_word", "maker") if k.end <= o.start
                  and s.doc.tokens_between(k.end, o.start) == 0), None)
    if plant is not None:
        start = plant.start
    word = _ONE_LETTER_BEFORE.search(s.doc.text[max(s.start, start - 3):start])
    return word is not None and "locative" in s.doc.particles.get(word.group(1).lower(), frozenset())


def _on_compared(s: Sentence, c: Mention) -> bool:
    """Whether a country's adjective qualifies a name the sentence likens its subject to ("Как и польский PMK, ..."):
    that name's country, said of nothing else."""
    return c.adjective and any(s.compared(p) and (
        (c.end <= p.start and s.doc.tokens_between(c.end, p.start) == 0)
        or (s.doc.adjectives_follow and p.end <= c.start and s.doc.tokens_between(p.end, c.start) == 0))
        for p in s.products)


def _bureau(s: Sentence, o: Mention) -> bool:
    """Whether an organisation's name is a design bureau's: it holds one of the words of one ("Mikoyan-Gurevich Design
    Bureau"), follows one with initials at most between ("OKB O.K. Antonova", "конструкторское бюро Антонова"), or,
    in a script without spaces, ends in one or has one glued after it ("米高扬设计局", "ミコヤン設計局")."""
    words = shapes().bureau_words
    names = (f" {fold_phrase(o.text)} ", f" {fold_phrase(o.value)} ")
    if any(f" {w} " in name for w in words for name in names):
        return True
    reach = _bureau_reach()
    before = f" {fold_phrase(_INITIALS.sub('', s.doc.text[max(s.start, o.start - reach):o.start]))} "
    after = s.doc.text[o.end:o.end + 4]
    return any(before.endswith(f" {w} ") or (unspaced(w[0]) and (after.startswith(w) or o.text.endswith(w)))
               for w in words)


def _on_bureau_word(s: Sentence, c: Mention) -> bool:
    """Whether a country's adjective stands right on a design bureau's word, in any of its cases ("radzieckie biuro
    konstrukcyjne", "советским конструкторским бюро", "sovětskou konstrukční kanceláří")."""
    if not c.adjective:
        return False
    after = fold_phrase(s.doc.text[c.end:min(s.end, c.end + _bureau_reach())]).split()
    for phrase in shapes().bureau_words:
        words = phrase.split()
        if len(after) >= len(words) and all(
                a == w if len(w) <= 3 else a[:min(len(w) - 1, 5)] == w[:min(len(w) - 1, 5)]
                for a, w in zip(after, words, strict=False)):
            return True
    return False


@cache
def _bureau_reach() -> int:
    """How far before a name a bureau's word may stand: the longest word, and room for initials."""
    return max((len(w) for w in shapes().bureau_words), default=0) + 12


_INITIALS = lazy_compile(r"(?:\b[^\W\d_]\.\s*)+$")   # "O.K. " before a name


# -- licence_status and licensed_by ------------------------------------------------------------

def _disputed_copy(s: Sentence) -> Iterator[Reading]:
    """"The Russian side sued the Chinese maker over the copying of the Su-27", "the maker denies it is a copy": where a
    sentence names no licence, a word of dispute (a lawsuit, an accusation, a denial) a few words from a word of
    copying, in one clause, says the copy's rights are disputed; the copy is what the sentence speaks of (the product
    spoken of where it names only the original)."""
    if not s.has("disputed") or not s.has("copy"):
        return
    pair = next(((d, k) for d in s.cue_list("disputed") for k in s.cue_list("copy")
                 if _same_clause(s, min(d.end, k.end), max(d.start, k.start), 6)
                 and not (d.start <= k.start and k.end <= d.end) and not (k.start <= d.start and d.end <= k.end)),
                None)
    if pair is None:
        return
    d, k = pair
    # (not the design a word of copying takes, "the copying of the Su-27", or owns before a copy noun where the owner
    # comes first: the original)
    copied = [p for p in s.products if (
        (p.end <= k.start and s.doc.tokens_between(p.end, k.start) <= 1) if s.doc.genitive_first
        else (k.end <= p.start and s.doc.tokens_between(k.end, p.start) <= 2))]
    # (else another name the sentence gives, the copy's: "over the copying of the Su-27, which China calls J-11")
    subjects = [p for p in s.subjects() if p not in copied] or [p for p in s.products if p not in copied]
    if not subjects and s.topic is not None and s.topic.start < s.start \
            and all(p.value != s.topic.value for p in copied):
        subjects = [s.topic]
    for p in subjects:
        feats = {"status_disputed": 1.0, "distance": s.gap(p, d) / 10, "topic": float(s.elsewhere(p)),
                 "plan": s.planned(d)}
        yield _mk(s, p, "licence_status", "disputed", feats, p, d, k)


def _bracket_owner_of(s: Sentence, k: Mention) -> Mention | None:
    """The name right before the brackets a word stands in ("the Y-5 (a licensed copy of the An-2)"), if any."""
    opened = open_bracket(s.doc.text, s.start, k.start)
    return next((p for p in reversed(s.products) if p.end <= opened and s.doc.tokens_between(p.end, opened) == 0),
                None) if opened >= 0 else None


def _both_ways(s: Sentence) -> bool:
    """Whether a licence word and a word of no licence stand joined by "and" or "or" ("made both under licence and
    without one", "hem lisanslı hem de lisanssız"): the text says it was made either way, no status of its own."""
    joiners = and_words() | or_words()
    for k in s.cue_list("licence"):
        for u in s.cue_list("unlicensed"):
            a, b = (k, u) if k.end <= u.start else (u, k)
            if a.end > b.start or s.doc.tokens_between(a.end, b.start) > 3:
                continue
            between = fold_phrase(s.doc.text[a.end:b.start])
            if between in joiners or set(between.split()) & joiners:
                return True
    return False


def _licence(s: Sentence, w: Weights) -> Iterator[Reading]:
    cues = s.cue_list("licence", "unlicensed")
    dealt = not cues and _dealt(s)
    if dealt:
        # "production began after an agreement with the USSR": a deal with a party, where the sentence makes the
        # product and buys or sells nothing, is a licence from that party
        cues = s.cue_list("deal")
    if not cues:
        yield from _disputed_copy(s)
        return
    # "sold F-16s to Pakistan with the approval of Congress": a sale's permission, no licence to make; a licence word
    # a word of trade takes as its object is one ("sold a licence for the AKM", "chuyển giao công nghệ")
    # (a word of granting too: "granted Poland a licence ..., and Poland exported T-72s")
    if s.has("export", "import") and not s.has("produce", *DERIVE) and not any(
            (e.start <= k.start and s.doc.tokens_between(e.end, k.start) <= 5 and not _on_a_product(s, k))
            # ("hat die Lizenz ... an Polen übergeben"; not "without the state's permission it may not sell": a
            # permission missing is nothing handed over)
            or (e.value in {"export", "grant"} and k.value == "licence" and _licence_handed(s, k, e))
            # ("T-72のライセンスを取得した", "üretim lisansı aldı": the licence before the verb of getting it)
            or (e.value == "import" and _bought_before(s, k, e))
            # ("received in 1978 from the USSR a licence": what a word of buying takes, past its seller and date)
            or (e.value == "import" and _takes_licence(s, e) and not _on_a_product(s, k))
            for e in s.cue_list("export", "import", "grant") for k in cues):
        return
    cue = cues[0]
    if _making_denied(s, cue) or _both_ways(s):
        return
    # "the USSR granted Poland a licence for the AK, but Russia says it has expired": a clause a word of contrast sets
    # against the licence's says what became of it or what someone claims of it; the licence stands, held by whom
    # the first clause names
    against = _status_set_against(s, cue)
    if against is not None:
        cues = [k for k in cues if k.end <= against]
    negated = _licence_denied(s, cues) and not _denial_ends_licence(s, cues)
    status = "licensed"
    # ("the reason for the counterfeits is that the USSR gave China a licence": a word of fakes in another clause
    # says nothing of a licence a word of granting hands over)
    handed = [k for k in cues if k.value == "licence" and any(
        _trades_licence(s, e, k) or _licence_handed(s, k, e) for e in s.cue_list("export", "grant"))]
    unlicensed = [u for u in s.cue_list("unlicensed")
                  if not handed or any(_same_clause(s, min(u.end, k.end), max(u.start, k.start), 6) for k in handed)]
    if against is not None:
        # (one that says it ended gives that as well: "Poland built the AK under licence, but it expired in 1990";
        # not one that claims or contests it, "..., but Russia claims the licences are void")
        if s.has("expired") and not s.has("disputed"):
            status = "expired"
    elif unlicensed or negated:
        status = "unlicensed"
    elif s.has("expired"):
        status = "expired"
    if against is None and s.has("disputed") and status != "licensed" and not s.has("unlicensed"):
        status = "disputed"   # a negated or ended licence that someone contests or denies
    # "It is unclear whether the Chonma-ho was built under a Soviet licence", "생산됐는지는 분명하지 않다": a licence
    # its clause leaves in doubt is no fact to record (not a guess either way)
    # (the comma of "unklar, ob", "Неясно, выпускался ли" belongs to the doubt)
    if any(_same_clause(s, _past_comma(s.doc.text, d.end) if d.end <= k.start else k.end,
                        k.start if d.end <= k.start else d.start, 12)
           for d in s.cue_list("doubt") for k in cues):
        return
    # "The licence for the Type 81 is disputed": a word of dispute right on the licence word
    if status == "licensed" and any(_same_clause(s, min(d.end, k.end), max(d.start, k.start), 6)
                                    and d.text[:1].islower() for d in s.cue_list("disputed") for k in cues) \
            and not s.has("produce", *DERIVE):
        status = "disputed"
    # "Russia granted Bulgaria a licence, but says it is no longer valid": a licence handed over is one all the same,
    # whatever became of it later (and who handed it over gave it)
    granted = (bool(handed) or against is not None) and status in {"expired", "disputed"}
    countries = [m for m in s.mentions if m.kind == "country" and not m.town   # (a town says where it is made)
                 and (against is None or m.end <= against)]
    # "(59式は) ソ連のT-54をライセンス生産した": where a mark glued after a name makes it the object of the licence
    # word, the name is the design licensed (an original); the licence is the product spoken of
    objects = _licensed_objects(s, cues)
    originals = [p for p in s.products if id(p) in s.parents or p in objects]
    # "a Romanian licensed copy", "a licensed Chinese copy": an adjective that qualifies a copy word is the copy's
    # country, not the licensor
    copy_words = [k for k in s.cue_list(*DERIVE) if s.gap(k, cue) <= 2]   # before it or after ("copie ... licențiată")
    # (an adjective right on a copy word anywhere in the sentence is the copy's country: "una copia cinese dell'AKM,
    # prodotta su licenza sovietica" was licensed by the Soviet Union, not by China)
    # (on the side of the copy word where the language puts its adjectives: "kopija sovjetskog MiG-19" is a copy of
    # the Soviet MiG-19)
    # ("китайская лицензионная копия": a licence word between the adjective and the copy word counts for nothing)
    copiers = [c for c in countries if c.adjective and any(
        (s.gap(k, c) == 0 or (s.gap(k, c) == _cue_tokens(s, min(c.end, k.end), max(c.start, k.start), ("licence",))
                              and s.gap(k, c) <= 1))
        and (k.end <= c.start) == s.doc.adjectives_follow for k in s.cue_list(*DERIVE))]
    # "eine tschechoslowakische Lizenzfertigung": an adjective on a word that is licence and making in one names
    # who made it under the licence
    copiers += [c for c in countries if c.adjective and c not in copiers and any(
        s.gap(c, k) == 0 and any(m.start == k.start and m.end == k.end for m in s.cue_list("produce"))
        for k in cues)]
    # (a word of selling or granting whose object is the licence: "... and later sold a licence")
    licence_sellers = [e for e in s.cue_list("export", "grant") if any(_trades_licence(s, e, k) for k in cues)]
    licensors = [c for c in countries if c not in copiers and (_licence_from(s, c, cues)
                 or _sells_before(s, c, licence_sellers)
                 # (not one on the copy word: "a Chinese licensed copy"; a word of basis before it stands on nothing:
                 # "vyráběl podle sovětské licence", made after a Soviet licence)
                 or (c.adjective and _on_licence_word(s, c, cues) and not _licence_on_making(s, c)
                     and not any(s.gap(c, k) <= 1 and (k.end <= c.start) == s.doc.adjectives_follow
                                 for k in copy_words))
                 or _after_licence_word(s, c, cues) or _owns_licence_word(s, c, cues)
                 or (_licence_agent(s, c, cues) and not (s.doc.particles_follow and _licence_produced(s, c)))
                 or _grants_licence(s, c, cues) or _hands_licence(s, c, cues) or _licenses_to(s, c, cues)
                 # ("获得苏联许可": the owner inside a phrase of getting a licence, where owners come first)
                 # (not a receiver, by its case: "myönsi Kiinalle lisenssin", granted China a licence)
                 or (s.doc.genitive_first and not c.adjective and c.case not in {"destination", "source"}
                     and any(k.start < c.start and c.end < k.end for k in cues))
                 or _bought_there(s, c) or _bought_from(s, c)
                 or _party(s, c, s.cue_list("licence", "unlicensed", "deal"))
                 or _licensed_design_origin(s, c)
                 # the country of the original a licensed copy is built from: "under licence, a copy of
                 # the Soviet BMP-1", "berdasarkan lisensi Mi-4 Uni Soviet"
                 # (not a country named as the one who acts: "중국은 MiG-19를 면허 생산하여")
                 # ("licensed versions of the Russian tank T-72": a word for the kind of product may stand between)
                 or any((s.gap(c, o) == 0
                         or (c.adjective and c.end <= o.start and (_plain_tokens(s, c.end, o.start) == 0 or (
                             s.doc.tokens_between(c.end, o.start) <= 3 and _only_cues_between(s, c.end, o.start)
                             and not any(s.gap(k, c) <= 1 and k.value != "basis" for k in copy_words)
                             and not any(c.end <= k.start and k.end <= o.start for k in s.cue_list(*DERIVE))))))
                        and (c.adjective or (c.start >= o.end and not _placed_or_sent(s, c)) or _owner_marked(s, c, o))
                        for o in originals)   # (not a place right after it: "An-24는 중국에서", the An-24 in China)
                 # ("ソ連のT-54をライセンス生産": the owner of the design licensed)
                 or any(c.end <= o.start and _owner_marked(s, c, o) for o in objects)
                 # ("xe tăng T-62 của Liên Xô": a word for "of" between the original and its country; not where a
                 # word of versions stands on the original, "các biến thể MiG-21 của Trung Quốc", China's variants)
                 or any(not c.adjective and c.start >= o.end and s.doc.tokens_between(o.end, c.start) == 1
                        and s.near_before(c.start, ("of",), 0) is not None
                        and s.near_before(o.start, DERIVE, 1) is None for o in originals))]
    # "licence-built by the Polish firm Bumar-Łabędy", "vom indischen Hersteller HAL": an adjective on a maker is
    # the maker's country, not the licensor
    licensors = [c for c in licensors if not _on_maker(s, c) and not _maker_past_licence(s, c, cues)]
    licensors += [c for c in countries if c not in licensors and _owner_of_original(s, c)]
    # "The Polish licence for the T-72M1 was obtained from the Soviet Union", "Rusia revocó la licencia búlgara":
    # where another country gives or takes the licence, an adjective on the licence word names who held it
    # (not a subject a copula follows, the passive's receiver: "Poland was granted a Soviet licence")
    worded = [c for c in licensors if c.adjective and _on_licence_word(s, c, cues)]
    others = [c for c in licensors if c not in worded and s.near_after(c.end, ("copula",), 0) is None]
    if worded and others and not {c.value for c in worded} & {c.value for c in others}:
        licensors = [c for c in licensors if c not in worded]
    pair = _licence_pair(s, cues)
    if pair is not None:
        licensors = [c for c in licensors if c.value != pair[1].value]   # "苏联授权中国": China takes it
    # "the Soviet BMP-1, made under Czechoslovak licence": where the sentence gives the design its own country (one
    # the registry says holds its rights), an adjective on the licence word that names another is the licensee's
    # (not "the Indian T-90S, made under Russian licence": India is where it is made, Russia the licensor)
    origins = [c for c in countries if c.adjective and c.end <= cue.start and not _on_licence_word(s, c, cues)
               and c not in copiers
               and any(p.start >= c.end and _plain_tokens(s, c.end, p.start) <= 3
                       and p.entity is not None and s.doc.holders is not None
                       and s.country(c) in s.doc.holders(p.entity)
                       # (not an adjective on a word of copies or versions before the design: "a Slovak version of
                       # the BMP-1, made under Soviet licence" names the copy's country)
                       and not any(c.end <= k.start and k.end <= p.start for k in s.cue_list(*DERIVE))
                       for p in s.products)]
    if origins:
        moved = [c for c in licensors if c.adjective and _on_licence_word(s, c, cues)
                 and all(o.value != c.value for o in origins)]
        if moved:
            licensors = [c for c in licensors if c not in moved] + [o for o in origins if o not in licensors]
    # (a country a word of selling sends to is a buyer of what was made, not the licensee; but where what is sold
    # is the licence, "sold the licence for the RPG-7 to Egypt", it is)
    # (where what is sold is the licence, "sold the licence for the RPG-7 to Egypt", the country the verb sends it to
    # holds it: one after that verb, no other word of trade between)
    sellers = [e for e in s.cue_list("export", "grant") if any(
        (_trades_licence(s, e, k) or _licence_handed(s, k, e)) and not _made_then_sold(s, k, e) for k in cues)]
    # (a country a case ending sends something to took the licence only where the licence is what was handed:
    # "gyártotta, és Indiába exportálta" sold what was made to India)
    licensees = [c for c in countries if c not in licensors and not _on_compared(s, c)
                 # (nor the country a word of "of" ties to a firm named before it: "the main state arms trader of
                 # Russia and a plant in Harbin agreed to build it under licence")
                 and not _firm_of(s, c)
                 # (nor a country a word of use sets right before it: "the Type 56 (used mostly in Canada) is a
                 # licensed copy", where it is used is not who took the licence)
                 and s.near_before(s.list_first(c).start, ("service", "capture"), 0) is None
                 # (nor the country of the organisation that gave it: "за ліцензією ізраїльської компанії IWI")
                 and not (c.adjective and any(o.kind == "org" and o.start >= c.end
                                              and s.doc.tokens_between(c.end, o.start) <= 2
                                              and _licensing_org(s, o) for o in s.mentions))
                 and not (c.case == "destination" and any(
                     _made_then_sold(s, k, e) and k.end <= c.start <= e.start
                     for e in s.cue_list("export") for k in cues))
                 and (not s.near_before(c.start, ("destination", "export"), 2) or any(
                     e.end <= c.start and not any(o is not e and e.end <= o.start < c.start
                                                  for o in s.cue_list("export", "import")) for e in sellers)
                      # ("licensed the Mi-2 to Poland": the country the licensing verb sends it to holds it)
                      or (_marked_recipient(s, c) and any(_licenses_to(s, o, cues) for o in licensors)))]
    # ("a Csehszlovákiában licenc alapján gyártott T-72M1-eseket Magyarország megvásárolta": a country that buys
    # what another country, marked as the place, made under licence took no licence; it bought the tanks)
    placed = [c for c in licensees if c.case == "locative" or s.near_before(c.start, ("locative",), 1) is not None]
    if placed and not s.doc.particles_follow:
        licensees = [c for c in licensees if c in placed or c.adjective or c.case or not _buys(s, c)]
    if status == "unlicensed":
        # "without the consent of the Soviet Union", "ohne Zustimmung der Sowjetunion": the country a word of
        # withheld consent names right after it holds the rights; it made nothing without them
        licensees = [c for c in licensees if not (c.start >= cue.end and not c.adjective and not _placed_or_sent(s, c)
                                                  and _only_words_of(s, cue.end, c.start, ("of",), articles_too=True))]
    subjects = s.subjects()
    # "MiG-19의 면허생산을 진행하고 MiG-21의 ...", "the MiG-19's licence production": a name marked as the owner of the
    # licence word is what the licence is for, not the names of the clauses after it
    # (not where the licence word qualifies a copy word the name owns: "MiG-21'in lisanssız Çin kopyası")
    owned = [p for p in s.products if any(p.end <= k.start and _owner_marked(s, p, k) for k in cues)
             and not any(d.end > k.start and (d.start < k.end or s.gap(k, d) <= 2)
                         for k in cues for d in s.cue_list(*DERIVE))]   # ("ライセンス生産型": a type, one word)
    if owned:
        subjects = owned
    # "the PT-91, based on the licensed version of the Soviet T-72M1": licence words all set between a word of
    # basis and the original it names qualify that original alone
    qualified = [o for o in originals if status == "licensed" and all(
        any(d.end <= k.start and k.end <= o.start and s.doc.tokens_between(d.end, o.start) <= 8
            for d in s.cue_list("basis")) for k in cues)]   # (not "o copie românească licențiată a BM-21": a
    #                                                      licence word after a copy word is the copy's)
    if qualified:
        subjects = qualified
    # "a version of the T-72, which was licence-built in Iraq": a clause a relative word opens right after an
    # original says more of that original; the licence it tells of is the original's, not the version's
    described = _described_by(s, cue)
    if described is not None and status == "licensed":
        subjects = [described]
    # a licence word right on a product is about it, even when it is the original of a copy ("based on the
    # licence-built T-72M1")
    subjects += [p for p in s.products if p not in subjects and any(s.gap(p, k) == 0 for k in cues)
                 # "copied the X without a licence"; "a licensed version of the T-72": the version holds it
                 and not ((status == "unlicensed" or (subjects and not _built_under(s, p, cues)))
                          and id(p) in s.parents)
                 # ("The Y-5 is a licence-built An-2": what a copula says the subject is, its copy holds it)
                 and not (id(p) in s.parents and any(q.end <= k.start and k.end <= p.start
                                                     for q in subjects for k in s.cue_list("copula")))]
    # "this rifle is produced under licence in China (Type 79)": the product the sentence opens with holds the
    # licence even where the brackets name its copies
    # (not where the sentence speaks of the product spoken of before as a copy of it: "It was a MiG-15bis built
    # under licence in Poland", of the Lim-2)
    subjects += [p for p in s.products if p not in subjects and id(p) in s.parents and status == "licensed"
                 and not any(q.start < s.start for q in subjects) and not _fronted_original(s, p, cue)
                 and p.end <= cue.start and s.doc.tokens_between(p.end, cue.start) <= 4
                 and not any(o.end <= p.start for o in s.products)
                 # (not "made under licence as the AKM-63": the copy is named, and holds it; nor where the verb
                 # comes last and the naming stands between them, "baute den T-72 als M-84 in Lizenz")
                 and not any((k.start >= cue.end or (p.end <= k.start and k.end <= cue.start))
                             and _as_named(s, k) is not None for k in s.cue_list("as_name"))]
    # "produced under licence in China (as the Type 59), Czechoslovakia and Poland": the design the names in
    # brackets are versions of was licensed in each of the places too (as _made_in reads its making)
    bracket_owners = [o for p in s.products if (o := _bracket_owner(s, p)) is not None]
    if bracket_owners and status == "licensed":
        first = min(o.start for o in bracket_owners)
        subjects += [p for p in _bracketed_originals(s, first) if p not in subjects]
    # "the Z-5 (a copy of the Mi-4), the Y-5 (a licensed copy of the An-2) and the H-5": a licence word in brackets
    # right after a name is that name's alone
    # (each of several, in brackets of their own: "the J-6 (a licensed copy of the MiG-19) and the J-7 (a licensed
    # copy of the MiG-21)")
    bracketed = [_bracket_owner_of(s, k) for k in cues]
    if bracketed and all(p is not None for p in bracketed):
        subjects = list({id(p): p for p in bracketed if p is not None}.values())
    if status == "licensed":
        subjects = [p for p in subjects if not _licence_of_a_later_copy(s, p, cue)] or subjects
    if status == "unlicensed":
        # "the KL-7.62, an unlicensed copy of the Type 56", "sforna copie illegali del Su-27": the original named
        # after a copy word that a word of no licence qualifies is what was copied; the copy holds no licence
        subjects = [p for p in subjects if not _original_of_unlicensed_copy(s, p)]
    if objects:
        subjects = [p for p in subjects if p not in objects] \
            or ([s.topic] if s.topic is not None and s.topic.start < s.start
                and all(s.topic.value != o.value for o in objects) else [])
        if status == "licensed" and subjects and subjects[0] is s.topic:
            # (a design the product spoken of was licence-built from is its original)
            for o in objects:
                s.parents.add(id(o))
                yield _mk(s, s.topic, "derived_from", o.value, {"cue_licence": 1.0, "topic": 1.0}, o, cue,
                          qualifier="licensed copy")
    for p in subjects:
        feats = {f"status_{status}": 1.0, "distance": s.gap(p, cue) / 10, "topic": float(s.elsewhere(p)),
                 "plan": s.planned(cue), "only_noun": float(len(cues) == 1 and not s.has("produce", *DERIVE))}
        # the licensee is the country (or list of countries) nearest the product, not every country named
        # (for a product spoken of before, the one nearest the licence word: "Production went on in the USSR, and
        # it was built under licence in Poland")
        # (in the licence word's clause: "Poland and Yugoslavia built it under licence, while India bought it")
        near_cue = [c for c in licensees if not _clause_apart(s, cue, [c])] if p.start < s.start else []
        nearest = min(near_cue, key=lambda c: s.gap(cue, c)) if near_cue \
            else min(licensees, key=lambda c: s.gap(p, c), default=None)
        owner = _bracket_owner(s, p)
        # "in Yugoslavia (M-84), Poland (PT-91)": a name in a country's brackets is that country's alone
        mine = [owner] if owner in licensees else s.groups.get(id(nearest), [nearest]) if nearest is not None else []
        holders = _rights_holders(s, p) if status == "licensed" else frozenset()
        # (an adjective naming the country that holds the design's rights is the design's origin, no licensee: "a
        # licensed copy of the Soviet Degtyarev gun")
        scopes: list[str | None] = [s.country(c) for c in licensees if c in mine
                                    and not (c.adjective and s.country(c) in holders)] or [None]
        if scopes == [None] and mine and all(c.adjective and s.country(c) in holders for c in mine):
            # (the origin's adjective nearest the product hides no licensee named after it: "the T-90S of Russian
            # origin is licence-built in India")
            rest = [c for c in licensees if s.country(c) not in holders and not _clause_apart(s, cue, [c])]
            scopes = [s.country(min(rest, key=lambda c: s.gap(cue, c)))] if rest else scopes
        others = [c for c in licensees if s.country(c) not in holders and not c.adjective]
        if not licensors and others and any(c in holders for c in scopes):
            # "Russia and Saudi Arabia signed a licence agreement", "an agreement between Hungary and the USSR":
            # of the parties, the one holding the rights to the design gave the licence, another took it
            scopes = [c for c in scopes if c not in holders] \
                or [s.country(min(others, key=lambda c: s.gap(p, c)))]
        givers_here = licensors
        owners = _owner_signing(s, p, licensors, licensees, holders)
        if owners:
            # "the USSR signed an agreement with Hungary to hand over the technology of the T-72": the party named with
            # "with" is no licensor where the one signing with it holds the rights; it took the licence
            givers_here, scopes = owners, [s.country(c) for c in licensors]
        for scope in scopes:
            yield _mk(s, p, "licence_status", status, feats, p, cue, scope=scope)
            if granted:   # (a licence all the same)
                yield _mk(s, p, "licence_status", "licensed", feats | {f"status_{status}": 0.0, "status_licensed": 1.0},
                          p, cue, scope=scope)
        if status in {"licensed", "expired"} or granted:
            # "a licence agreement between Czechoslovakia and the USSR", "Russia and Saudi Arabia agreed to let
            # the latter make the AK-103": where no word says who gave it, a party the registry knows holds the
            # rights to the design (or to the one it derives from) gave it
            held = [] if licensors else [c for c in countries if s.country(c) in holders and not c.adjective
                                         and s.country(c) not in scopes and c.case not in {"locative", "destination"}
                                         and not _sent_there(s, c)]
            givers = [*(givers_here or held[:1]), *(o for o in s.mentions if o.kind == "org" and _licensing_org(s, o))]
            for c in givers:
                if s.country(c) in scopes:
                    continue   # a country does not license itself
                feats2 = {"licensor": 1.0, "distance": s.gap(p, cue) / 10, "topic": float(s.elsewhere(p)),
                          "plan": s.planned(cue)}   # ("Rusia planea otorgar a China la licencia")
                yield _mk(s, p, "licensed_by", s.country(c), feats2, p, cue, c, scope=scopes[0])


def _firm_of(s: Sentence, c: Mention) -> bool:
    """Whether a country's name follows a word of "of" that ties it to a word for a firm a few words before
    ("một công ty vũ khí của Nga", an arms company of Russia): the firm's country."""
    if c.adjective or s.near_before(c.start, ("of",), 0) is None:
        return False
    return any(k.end <= c.start and s.doc.tokens_between(k.end, c.start) <= 8
               and not any(m.kind in {"product", "country", "org"} and k.end <= m.start and m.end <= c.start
                           for m in s.mentions)
               and not any(ch in ",;:" for ch in s.doc.text[k.end:c.start])
               for k in s.cue_list("org_word"))


def _original_of_unlicensed_copy(s: Sentence, p: Mention) -> bool:
    """Whether a name stands after a copy word (a word of "of" or a word for its kind between: "unlicensed copies
    of the AK-47 rifle") that a word of no licence of its own qualifies ("an unlicensed copy", "нелицензионной
    копией", "copie illegali"), as the original copied; not a word that is copy and fake in one, on the name
    itself ("counterfeit Kalashnikovs" are the product spoken of). Only where the copy has a name of its own, before
    the copy word or in brackets after the original ("copie illegali del Su-27 (dette J-11)"): an unnamed copy's
    status is said of its original, in the country that made it ("illegal copies of the AK-47 in Pakistan")."""
    if s.doc.particles_follow:
        return False
    return any(d.end <= p.start
               and any(q.value != p.value and (q.end <= d.start or (
                   q.start >= p.end and "(" in s.doc.text[p.end:q.start] and s.doc.tokens_between(p.end, q.start) <= 5))
                   for q in s.products) and s.doc.tokens_between(d.end, p.start)
               - _cue_tokens(s, d.end, p.start, ("of", "source", "product_noun")) <= 1   # (an article: "of the")
               and any((u.start, u.end) != (d.start, d.end) and s.gap(u, d) == 0 for u in s.cue_list("unlicensed"))
               for d in s.cue_list("copy"))


def _owner_signing(s: Sentence, p: Mention, licensors: list[Mention], licensees: list[Mention],
                   holders: frozenset[str]) -> list[Mention]:
    """The country that signs a deal or licence with the parties named after "with", where those hold no rights to
    the design and it does ("Russia signed an agreement with China on the technology of the MiG-21"): it gave the
    licence. Empty where any licensor found is not such a party."""
    marks = s.cue_list("licence", "unlicensed", "deal")
    if not licensors or not holders or any(s.country(c) in holders or not _party(s, c, marks) for c in licensors):
        return []
    first = min(c.start for c in licensors)
    return [c for c in licensees if s.country(c) in holders and not c.adjective and c.end <= first
            and not c.case and not _placed_or_sent(s, c)][:1]


def _sent_there(s: Sentence, c: Mention) -> bool:
    """Whether a word of place, of destination or of selling a word or two before a country sends something there or
    places it ("sold to Poland", "in Poland"); not past another country, the receiver the word took ("передана Китаю
    Советским Союзом", handed to China by the USSR)."""
    word = s.near_before(c.start, ("destination", "locative", "export"), 2)
    # (nor a name in no case where another carries the receiver's: "poskytl Sovětský svaz Číně", the USSR gave China)
    return word is not None and not any(o.kind == "country" and word.end <= o.start and o.end <= c.start
                                        for o in s.mentions) \
        and not (not c.case and any(o.kind == "country" and o.case == "destination" for o in s.mentions))


def _rights_holders(s: Sentence, p: Mention) -> frozenset[str]:
    """The countries holding the rights to a design: those the registry names (or its bureau's, for a design the
    registry does not know: "MiG-19PM"), and Russia where they are the Soviet Union's, whose rights it holds on."""
    held = s.doc.holders(p.entity) if s.doc.holders is not None and p.entity else frozenset()
    if not held and p.family in shapes().bureau_homes:
        held = frozenset(s.country_names.get(c, c) for c in shapes().bureau_homes[p.family])
    successor = s.country_names.get("RU", "Russia")
    return held | {successor} if s.country_names.get("SU", "Soviet Union") in held else held


def _making_denied(s: Sentence, cue: Mention) -> bool:
    """"La Pologne n'a jamais produit le T-62 sous licence", "Poland did not build the T-62 under licence": where
    the word of making before a licence word is negated from before it, the making is what is denied, and no licence
    (nor a making without one) is said; a "not" between the two words denies the licence alone ("built it, but
    not under licence")."""
    making = s.near_before(cue.start, ("produce",), 4) if not s.doc.particles_follow else None
    if making is None or _clause_apart(s, making, [cue]):   # (where the verb comes last, it ends the clause)
        return False
    word = s.negating(making)
    # (not a passive whose subject is the product: "The PM-63 was not made under licence" was made, without one)
    passive = any(p.end <= word.start and s.doc.tokens_between(p.end, word.start)
                  - _cue_tokens(s, p.end, word.start, ("copula", "product_noun")) == 0
                  for p in s.products) if word is not None else False
    # (nor one whose sentence names no maker before the "not", a country or a firm that could have made it: "The
    # M76 was based on the SVD, but was not made under licence", "..., ali nije izrađena po licenci": the design is
    # the subject the clause leaves out, and it was made, without one)
    passive = passive or (word is not None and any(p.end <= word.start for p in s.products)
                          and not any(m.kind in {"country", "org"} and m.end <= word.start for m in s.mentions))
    return word is not None and word.end <= making.start and not passive \
        and not any(making.end <= k.start and k.end <= cue.start for k in s.cue_list("negation"))


def _licensed_objects(s: Sentence, cues: list[Mention]) -> list[Mention]:
    """The designs a licence word makes its object where another product is the one built under it ("59式は、ソ連の
    T-54をライセンス生産したもの"): an object mark after the name, a country marked as its owner right before it, a
    product named before it or spoken of before, and no country in the sentence that is not an owner (one that took
    the licence: "ポーランドはT-72をライセンス生産した" speaks of Poland's T-72s)."""
    objects = [p for p in s.products if _object_of(s, p, cues)]
    if not objects:
        return []
    countries = [c for c in s.mentions if c.kind == "country"]
    owning = [c for c in countries if _opens_with_genitive(s, s.doc.text[c.end:c.end + 2])
              or c.text.endswith(tuple(s.doc.genitive_marks))]
    on_object = [c for c in owning if any(c.end <= p.start and (_owner_marked(s, c, p) or (
        s.doc.tokens_between(c.end, p.start) == 0 and c.text.endswith(tuple(s.doc.genitive_marks)))) for p in objects)]
    holder = any(p not in objects and p.end <= objects[0].start for p in s.products) \
        or (s.topic is not None and s.topic.start < s.start and all(s.topic.value != p.value for p in objects))
    if not on_object or not holder or any(c not in owning for c in countries):
        return []
    return objects


def _object_of(s: Sentence, p: Mention, cues: list[Mention]) -> bool:
    """Whether an object mark glued after a name ("T-54を", "MiG-19를") makes it the object of a licence word right
    after it."""
    return _object_marked(s, p) and any(k.start >= p.end and s.doc.tokens_between(p.end, k.start) <= 1 for k in cues)


def _object_marked(s: Sentence, p: Mention) -> bool:
    """Whether an object mark is glued after a name ("T-54を", "MiG-19를", "Su-27'yi")."""
    after = s.doc.text[p.end:p.end + 5].lstrip()
    return any(after.startswith(m) for m in s.doc.object_marks)


_DOINGS = ("produce", "import", "export", "introduce", "service", "design")   # words of what is done to a product


def _licensing_org(s: Sentence, o: Mention) -> bool:
    """"an agreement with Sukhoi for licensed production", "a licence from Sukhoi": an organisation that is the
    other party of a deal or licence, or that a licence comes from, gave the licence (and makes nothing here)."""
    cues = s.cue_list("licence")
    if (not cues and not s.has("deal")) or any(p.start >= o.end and s.doc.tokens_between(o.end, p.start) == 0
                                               for p in s.products):
        return False   # (nor a maker's name on its design: "del cinese Norinco Type 79")
    # ("fu costruito su licenza dalla WSK Mielec", "in Lizenz von HAL gebaut": a word of the passive's agent right
    # before the name, a word of making in the clause, names the maker)
    if s.near_before(o.start, ("agent",), 0) is not None and any(
            _same_clause(s, min(k.end, o.end), max(k.start, o.start), 4) for k in s.cue_list("produce")):
        return False
    if _maker_past_licence(s, o, cues) or _subject_after_licensed_making(s, o, cues):
        return False
    # (where the agent word follows the name, the same: "…のライセンス生産型で、南昌飛機工廠が製造した", the plant
    # made it)
    if s.doc.particles_follow and s.near_after(o.end, ("agent",), 0) is not None and any(
            k.start >= o.end and _same_clause(s, o.end, k.start, 4) for k in s.cue_list("produce")):
        return False
    # (a licence word before the name: "a unidade da HAL ... construísse, sob licença" is HAL's unit, the maker)
    return _party(s, o, s.cue_list("licence", "unlicensed", "deal")) \
        or _licence_from(s, o, [k for k in cues if k.end <= o.start]) \
        or any(_licence_of(s, k, o) for k in cues)


def _subject_after_licensed_making(s: Sentence, o: Mention, cues: list[Mention]) -> bool:
    """Whether an organisation comes right after a word of making and a licence word that qualifies it ("the tank
    made under licence the Martin works", the subject put last in a Slavic clause: "vyráběla licenčně ZTS Martin"; a
    word for "and", "also", or a word for works at most between, a copula before the licence word): the one that
    made it, not a licensor."""
    return o.kind == "org" and any(
        k.end <= o.start
        and (all(len(w) == 1 or w in and_words() for w in fold_phrase(s.doc.text[k.end:o.start]).split())
             or s.doc.tokens_between(k.end, o.start) <= _cue_tokens(s, k.end, o.start, ("maker", "org_word")))
        and any(p.end <= k.start and s.doc.tokens_between(p.end, k.start) - _cue_tokens(s, p.end, k.start, ("copula",))
                == 0 for p in s.cue_list("produce"))
        for k in cues)


def _maker_past_licence(s: Sentence, o: Mention, cues: list[Mention]) -> bool:
    """Whether an organisation a word of the agent opens, a word of making before it in its clause, follows a licence
    word that names its giver by a country's adjective ("се произвеждаше по съветски лиценз в Полша от завода
    Бумар", "proizvodio se po sovjetskoj licenci u Poljskoj od tvornice Bumar"): the word, both "by" and "from",
    names the maker, not a second licensor."""
    agent = s.near_before(o.start, ("agent",), 1)   # (a works' word may stand between: "от завода Бумар")
    if o.kind != "org" or agent is None or (s.doc.tokens_between(agent.end, o.start) and not any(
            agent.end <= w.start and w.end <= o.start for w in s.cue_list("maker", "org_word"))):
        return False
    return any(
        k.end <= o.start and any(m.kind == "country" and m.adjective and m.end <= k.start
                                 and s.doc.tokens_between(m.end, k.start) == 0 for m in s.mentions)
        for k in cues) and any(k.end <= o.start and _same_clause(s, k.end, o.start, 8) for k in s.cue_list("produce"))


_LICENCE_VERBS = frozenset({"import", "export", "produce", "grant", "copula", "design", "copy", "permit",
                            "destination"})
# a case ending glued to a name by a colon, a hyphen or an apostrophe ("HAL:n", "HAL-i"), then a space
_GLUED_ENDING = lazy_compile(r"(?:[:'’\-‐‑][^\W\d_]{1,4})?\s+")


def _licence_of(s: Sentence, k: Mention, o: Mention) -> bool:
    """"na licencji IWI", "sous licence d'Aérospatiale", "за ліцензією ізраїльської компанії IWI", "an IWI licence":
    an organisation a licence word owns, right after it (an article, a word for a company and its country's
    adjective may stand between) or right before it, is the one that gave it."""
    if o.end <= k.start:
        # (where adjectives precede their noun: "Indonesia memproduksi SAC berlisensi" is no licence of SAC's)
        # (nor a maker a word of place or agent marks: "proizvodila se u Zastavi pod licencom")
        # (nor the subject of a word of making right after the licence words: "HAL по лицензии строила МиГ-21ФЛ",
        # "HAL pagal licenciją gamino", HAL built it under licence)
        places = ("locative", "agent", "source", "destination")
        return not s.doc.adjectives_follow and not s.doc.text[o.end:k.start].strip() \
            and s.near_before(o.start, places, 1) is None \
            and not any(_one_letter_before(s, o, c, alone=False) for c in places) \
            and not any(k.end <= p.start and _same_clause(s, k.end, p.start, 1) for p in s.cue_list("produce")) \
            and not _gets_licence(s, o, k)
    if o.start < k.end or any(k.end <= m.start and m.end <= o.start and (
            m.kind in {"product", "year"} or (m.kind == "cue" and m.value in _LICENCE_VERBS)) for m in s.mentions):
        return False   # (nor past a verb or a word of "to": "w ramach licencji otrzymała WSK", WSK received it)
    if s.doc.adjectives_follow and s.doc.tokens_between(k.end, o.start) == 0:
        return False   # ("lisensi SAC": where words that qualify a noun follow it, the name right after may hold it)
    if s.doc.genitive_first and any(k2.start >= o.end and _GLUED_ENDING.fullmatch(s.doc.text, o.end, k2.start)
                                    for k2 in s.cue_list("org_word", "maker")):
        return False   # ("lisenssillä HAL:n tehtaissa", "licenc alapján a HAL gyárában": where the owner comes first,
        #              a name right before a word for works owns the works, the maker, not the licence)
    between = [m for m in s.mentions if k.end <= m.start and m.end <= o.start]
    if any(m.kind == "cue" and m.value == "locative" for m in between) \
            or _one_letter_before(s, o, "locative", alone=False) \
            or any(m.kind == "cue" and m.value in {"org_word", "maker"} and _one_letter_before(s, m, "locative", False)
                   for m in between):
        # ("wytwarzano na licencji radzieckiej w Hucie Stalowa Wola": a word of place makes it where, not whose; so
        # does one before the word for the works: "po licenci u tvornici Zastava", in the Zastava works)
        return False
    if any(m.kind == "cue" and m.value == "agent" for m in between) and any(
            _same_clause(s, min(p.end, o.end), max(p.start, o.start), 8) for p in s.cue_list("produce")):
        return False   # ("licence-built by the Polish firm Bumar", "in Lizenz vom Hersteller HAL gebaut": the doer)
    quiet = sum(s.doc.tokens_between(m.start, m.end) for m in between
                if (m.kind == "country" and m.adjective) or (m.kind == "cue" and m.value in {"org_word", "maker"}))
    # (no other word of substance: "licence from the Russian company Irkut", not "licence, production by Irkut")
    words = [w for w in re.finditer(r"[^\W\d_]{4,}", s.doc.text[k.end:o.start])
             if not any(m.start <= k.end + w.start() < m.end for m in between)]
    return s.doc.tokens_between(k.end, o.start) - quiet <= 2 and not words \
        and not any(ch in ",;:()" for ch in s.doc.text[k.end:o.start])


def _gets_licence(s: Sentence, o: Mention, k: Mention) -> bool:
    """Whether the licence word right after an organisation opens with a word of getting ("Uralvagonzavod получил
    лицензию", "der Betrieb erhielt die Lizenz"): the organisation is the one that got the licence, no owner of it."""
    return any(o.end <= i.start <= k.start < i.end for i in s.cue_list("import"))


_ELIDED = lazy_compile(r"(?<![^\W\d_])[^\W\d_]['’]\s*$")   # an elided article before a name ("l'", "dell'")


def _bought_from(s: Sentence, c: Mention) -> bool:
    """"La Chine a acheté à l'URSS la licence", "compró la licencia del X a la URSS": where a word of buying takes a
    licence and no word of selling or granting is said, a country a word of destination marks after that word is
    the seller (French, Spanish, Italian, Portuguese "à", "a" after "buy" is "from")."""
    if s.doc.particles_follow or s.has("export", "grant"):
        return False
    # (the word may stand before an article: "a la URSS", "à l'URSS")
    one = _ONE_LETTER_WORD.search(_ELIDED.sub("", s.doc.text[max(s.start, c.start - 12):c.start]))
    if not (_marked_recipient(s, c) or (one is not None and _particle_is(s, one.group(1), "destination", alone=False))):
        return False
    licences = s.cue_list("licence")
    return any(k.end <= c.start and _same_clause(s, k.end, c.start, 10) and (
        _takes_licence(s, k) or any(k.end <= i.start and _same_clause(s, k.end, i.start, 6) for i in licences))
        for k in s.cue_list("import"))


def _licence_from(s: Sentence, c: Mention, cues: list[Mention]) -> bool:
    """"a licence from the USSR", "lisensi dari Perancis", "Lizenz aus der Sowjetunion": a country a word of
    "from" (or its case) marks near a licence word, with no name between; not one far from it or past a name
    ("các biến thể MiG-21 của Trung Quốc với tên gọi J-7 ... được sản xuất theo giấy phép": China's variants)."""
    if not _from_marked(s, c) or _agent_making_licensed(s, c, cues):
        return False
    # (the design the licence is for may stand between, marked as its owner: "소련으로부터 T-72의 라이선스"; or after
    # the licence word, the country after it: "bought the licence for the KT-24 from the USSR")
    return any(s.gap(k, c) <= 8 and not any(p.start >= min(k.end, c.end) and p.end <= max(k.start, c.start)
                                            and not (c.end <= p.start and p.end <= k.start
                                                     and _opens_with_genitive(s, s.doc.text[p.end:p.end + 3]))
                                            and not (k.end <= p.start and p.end <= c.start
                                                     and not s.doc.particles_follow
                                                     and _same_clause(s, k.end, c.start, 8)
                                                     and any(_takes_licence(s, i) or _bought_before(s, k, i)
                                                             for i in s.cue_list("import")))
                                            for p in s.products) for k in cues)


def _agent_making_licensed(s: Sentence, c: Mention, cues: list[Mention]) -> bool:
    """Whether the word before a country that says "from" also marks the doer of a passive, and a licence word after
    the country ends in a word of making ("wurde von Polen in Lizenz gefertigt": was made by Poland under licence, as
    a German verb closes its clause): the country made the design and holds the licence, it did not give it."""
    agent = s.near_before(c.start, ("agent",), 1)
    if agent is None or s.near_before(c.start, ("source",), 1) is None:
        return False
    return any(k.start >= c.end and s.gap(c, k) <= 1 and (
        s.near_after(k.end, ("produce",), 0) is not None
        or any(m.start < k.end and m.end > k.start for m in s.cue_list("produce"))) for k in cues)


def _deal_adjective(s: Sentence, c: Mention, deals: list[Mention]) -> bool:
    """Whether a country's adjective stands on a deal word, alone or in a run of such adjectives ("a Soviet-Chinese
    agreement", "Советско-китайское соглашение")."""
    if not c.adjective:
        return False
    countries = [m for m in s.mentions if m.kind == "country"]
    for k in deals:
        if k.start < c.end:
            continue
        between = s.doc.text[c.end:k.start]
        for m in countries:
            if c.end <= m.start and m.end <= k.start:
                between = between.replace(m.text, " ")
        if not between.strip(" -–‑"):
            return True
    return False


def _party(s: Sentence, c: Mention, cues: list[Mention]) -> bool:
    """"a licence agreement with Russia", "dohoda se Sovětským svazem", "ソ連との協定": a country beside a word
    for "with" that stands beside a licence or deal word is the other party, whose design it is."""
    if c.adjective:
        return False
    if not s.doc.particles_follow:
        # the word right before the name, or before its article ("with the Soviet Union", "mit der Sowjetunion"),
        # or a one-letter word ("z ZSRR", "с СССР", "与苏联")
        word = s.near_before(c.start, ("with",), 1)
        at = word.start if word is not None else c.start - 2 if _one_letter_before(s, c, "with") \
            else c.start - 1 if s.doc.particle_before(c.start, {"with"}) else -1
        if word is not None and any(o.kind in {"country", "product", "org"} and word.end <= o.start < c.start
                                    for o in s.mentions):
            return False
        if at >= 0:
            # (a deal word may hold the "with": Thai "สัญญากับ", contract-with)
            # (names, years and words of making between are not counted: "the licence agreement for manufacture of
            # the T-72 was entered into in 1982 with the Soviet Union", "Transfer of Technology for T-72M and
            # T-72MK with USSR")
            return any(k.start <= at and (s.doc.tokens_between(k.end, at) <= 3 or (
                _same_clause(s, k.end, at, 12) and s.doc.tokens_between(k.end, at)
                - _mention_tokens(s, k.end, at, frozenset({"product", "year"}))
                - _cue_tokens(s, k.end, at, ("produce", "copula", "year_word")) <= 5)) for k in cues)
        # a "with" written after the name in a language that puts it first otherwise ("sopimus Neuvostoliiton
        # kanssa"): the deal word before the name
        word = s.near_after(c.end, ("with",), 0)
        return word is not None and any(k.end <= c.start and s.doc.tokens_between(k.end, c.start) <= 2 for k in cues)
    word = s.near_after(c.end, ("with",), 0)
    at = word.end if word is not None else c.end + 1 if s.doc.particle_after(c.end, {"with"}) else -1
    return at >= 0 and any(k.start >= at and s.doc.tokens_between(at, k.start) <= 3 for k in cues)


def _dealt(s: Sentence) -> bool:
    """Whether a sentence says a product is made under a deal with another party: a deal word with a party beside
    it, a word of making, and no word of buying or selling."""
    deals = s.cue_list("deal")
    if not deals or not s.has("produce") or s.has("export", "import"):
        return False
    # (not a word of making whose object is the deal, with at most an article between: "made a deal with Qatar",
    # "teki kaupan Qatarin kanssa" make the deal, nothing under it)
    produce = [k for k in s.cue_list("produce") if not any(_makes_the_deal(s, k, d) for d in deals)]
    # (not a deal in a clause of its own that a word for "and" or "but" opens after a comma: "the plant assembled the
    # tanks, and a contract with Chad is near" made them under no deal with Chad)
    deals = [d for d in deals if any(not _joined_apart(s, d, k) for k in produce)]
    # (not "built the fighters for Bangladesh under a contract with Bangladesh": the party the product is for buys)
    bought = {m.value for m in s.mentions if m.kind == "country"
              and (s.near_before(m.start, ("destination",), 1) is not None or m.case == "destination")}
    return any(m.kind == "country" and m.value not in bought and _party(s, m, deals) for m in s.mentions)


def _makes_the_deal(s: Sentence, k: Mention, d: Mention) -> bool:
    """Whether a word of making takes a deal word as its object, at most an article between ("made a deal",
    "teki kaupan"): it makes the deal, no product."""
    if d.start < k.end:
        return False
    between = [fold_phrase(w).strip() for w in re.findall(r"[^\W\d_]+", s.doc.text[k.end:d.start])]
    return len(between) <= 1 and all(w in articles() for w in between) \
        and not any(ch in ",;:.()" for ch in s.doc.text[k.end:d.start])


def _joined_apart(s: Sentence, a: Mention, b: Mention) -> bool:
    """Whether a comma or semicolon with a word for "and" or "but" right after it stands between two words: each
    stands in a clause of its own."""
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    text = s.doc.text
    for i in range(lo, hi):
        if text[i] not in ",;，；":
            continue
        word = _FIRST_WORD.match(text, i + 1, hi)
        if word is not None and (fold_phrase(word.group(1)) in and_words()
                                 or s.near_after(i + 1, ("contrast",), 0) is not None):
            return True
    return False


_FIRST_WORD = lazy_compile(r"\s*([^\W\d_]+)")


def _built_under(s: Sentence, p: Mention, cues: list[Mention]) -> bool:
    """"the licence-built T-72M1": a licence word with a production word right before a product says the product
    itself was made under licence (not "a licensed version of the T-72", "berdasarkan lisensi Mi-4")."""
    return any(k.end <= p.start and s.gap(k, p) == 0 and any(
        m.kind == "cue" and m.value == "produce" and k.start <= m.start and m.end <= p.start for m in s.mentions)
        for k in cues)


def _licensed_design_origin(s: Sentence, c: Mention) -> bool:
    """Whether an adjective after a licence word stands on the design the licence is for, while a country named as
    a noun before that word takes the licence ("Poland bought a licence to build the Soviet T-72", "Polska kupiła
    licencję na produkcję radzieckiego czołgu T-72"): the adjective names the licensor, not a place of making."""
    if not c.adjective or any(c.start < m.start <= c.end + 1 for m in s.cue_list("produce")):
        return False   # ("Soviet-built T-72 tanks": the adjective names the maker)
    licence = [k for k in s.cue_list("licence") if k.end <= c.start and s.doc.tokens_between(k.end, c.start) <= 4
               and not _clause_apart(s, k, [c]) and not any(k.end <= m.start and m.end <= c.start
                                                           for m in s.cue_list("import", "export", "arrive"))]
    if not licence:
        return False
    on_design = any(p.start >= c.end and s.doc.tokens_between(c.end, p.start) <= 3
                    and _only_cues_between(s, c.end, p.start) for p in s.products)
    takers = [o for o in s.mentions if o.kind == "country" and not o.adjective and o.value != c.value
              and o.end <= licence[0].start and not _clause_apart(s, licence[0], [o])]
    return on_design and bool(takers)


def _on_licence_word(s: Sentence, c: Mention, cues: list[Mention]) -> bool:
    """Whether a country adjective qualifies a licence word: inside its phrase ("po sovjetskoj licenci") or right
    before it, with no other country between ("u Jugoslaviji | po sovjetskoj licenci" is not Yugoslavia's)."""
    if not s.doc.adjectives_follow and any(p.start >= c.end and s.doc.tokens_between(c.end, p.start) == 0
                                            for p in s.products):
        return False   # "the licence-built Polish T-72M1": the adjective is the product's
    for k in cues:
        if (k.start <= c.start and c.end <= k.end) or (c.start >= k.end and s.gap(k, c) == 0):
            return True   # inside the phrase, or right after it ("su licenza sovietica")
        if c.end <= k.start and s.gap(c, k) == 0 and not any(
                o.kind == "country" and o is not c and k.start <= o.start < k.end for o in s.mentions) \
                and not any(m.start >= k.start and m.end >= k.end and m.start <= k.end + 1
                            and not s.doc.text[k.end:m.start].strip("-‐")
                            # (a phrase of words ending in its verb is no compound: "Soviet permission to produce")
                            and (m.start >= k.end or " " not in k.text.strip()) for m in s.cue_list("produce")):
            # (not a word of licence ending in a word of making, "Romanian licence-built TAB-71 carriers", "ein
            # polnischer Lizenzbau": the adjective is no licensor there; a word of making before the licence word,
            # "Soviet production-licence T-72M1", leaves it the licence's)
            return True
    return False


def _owns_licence_word(s: Sentence, c: Mention, cues: list[Mention]) -> bool:
    """In a script without spaces, a country's name joined to a licence word by an owner's mark is whose licence it
    is ("ロシアのライセンスにより", "苏联的许可证"), and so is one right before the word after "according to" ("根据
    俄罗斯许可证生产"); not a bare name before it, which may be where the licence was used ("中国ライセンス生産")."""
    if not c.adjective and s.doc.genitive_first and not unspaced(s.doc.text[c.end - 1]):
        # "Puola valmisti sitä Neuvostoliiton luvalla", "a Szovjetunió engedélyével", "सोवियत संघ की अनुमति से": where
        # the owner comes first, a country right before a licence word (or its owner's mark) whose sentence names
        # another country before it (the maker) owns the licence (alone, "Lengyelország licenc alapján" may be the
        # maker)
        # (or after the licence word: "Rusya lisansıyla Hindistan üretiyor", India makes it with Russia's licence)
        return c.case not in {"locative", "source", "destination"} and any(
            c.end <= k.start and s.doc.tokens_between(c.end, k.start) <= 1
            and s.doc.text[c.end:k.start].strip() in s.doc.genitive_marks | {""} and any(
                ((o.kind == "country" and not o.adjective and o.value != c.value and o.case != "destination")
                 # (or a maker the sentence names: "POF نے ٹائپ 56 چین کے لائسنس کے تحت تیار کی", made under
                 # China's licence)
                 or o.kind == "org")
                and (o.end <= c.start or o.start >= k.end) for o in s.mentions) for k in cues)
    if c.adjective or not unspaced(s.doc.text[c.end - 1]):
        return False
    according = s.doc.text[max(0, c.start - 2):c.start] in _ACCORDING
    # ("在苏联许可下生产": under the USSR's permission, a frame of "在" before the name and "下" after the word)
    return any(c.end <= k.start and (s.doc.text[c.end:k.start].strip() in s.doc.genitive_marks
                                     or ((according or (s.doc.text[c.start - 1:c.start] == "在"
                                                        and "下" in s.doc.text[k.end - 1:k.end + 1]))
                                         and not s.doc.text[c.end:k.start].strip())) for k in cues)


_ACCORDING = frozenset({"根据", "根據", "按照", "依据", "依據", "依照"})


_RIGHTS_WORDS = frozenset({"licence", "unlicensed"})


def _adjectives_joined_on(s: Sentence, c: Mention, p: Mention) -> bool:
    """Whether a country adjective opens a list of adjectives that words for "and" join ("Romanian and Polish",
    "román és lengyel", "rumänische und polnische"), the list's last right before the name: each is the name's."""
    group = s.group_of(c)
    if not c.adjective or group[0] is not c or len(group) < 2 or not all(m.adjective for m in group) \
            or p.start < group[-1].end or s.doc.tokens_between(group[-1].end, p.start) != 0:
        return False
    return all(_between_is_and(s, a.end, b.start) for a, b in itertools.pairwise(group)) \
        and any(set(fold_phrase(s.doc.text[a.end:b.start]).split()) & and_words()
                for a, b in itertools.pairwise(group))


def _on_maker(s: Sentence, c: Mention) -> bool:
    """Whether a country adjective qualifies an organisation's name: right before it, or before a word for a firm
    or a plant right before it ("the Polish firm Bumar-Łabędy", "польским заводом PZL Mielec")."""
    if not c.adjective:
        return False
    # (not a maker's name that opens a product's: "versione locale del cinese Norinco Type 79", licensed by China)
    words = [k for k in s.cue_list("org_word", "maker") if c.end <= k.start]
    return any(m.kind == "org" and m.start >= c.end and s.doc.tokens_between(c.end, m.start) <= 2
               and not any(p.start >= m.end and s.doc.tokens_between(m.end, p.start) == 0 for p in s.products)
               and all(any(k.start <= pos < k.end for k in words) for pos in s.doc.token_starts_between(c.end, m.start))
               for m in s.mentions)


def _after_licence_word(s: Sentence, c: Mention, cues: list[Mention],
                        classes: frozenset[str] = frozenset({"licence"})) -> bool:
    """"pod licencom Sovjetskog Saveza", "licencí SSSR": a country named right after a licence word, with no
    word of place between, is whose licence it is (each of a list that opens there: "licence of the USSR and
    Russia")."""
    if c.adjective or c.case in {"locative", "destination"} or s.doc.particle_on(c, {"locative", "destination"}):
        return False
    first = s.list_first(c)
    if first is not c and not first.adjective:
        c = first
    # "licence of the USSR", "permission of the Soviet Union" (not where the licence was sold or given: a word that
    # is "of" and "to" alike, Bulgarian "продаде лиценза на Полша", names who got it)
    of = s.near_before(c.start, ("of",), 1)
    # (not past a comma: "Given the Soviet licence, Poland built")
    return any(k.kind == "cue" and k.value in classes and not k.grants and c.start >= k.end
               and not any(ch in ",;:" for ch in s.doc.text[k.end:c.start])
               # (where the owner comes first, a name right after the word is the next part of the sentence:
               # "Rusya lisansıyla Hindistan üretiyor", India makes it with Russia's licence)
               and ((s.gap(k, c) == 0 and not s.doc.genitive_first
                     # (where "of" is a word, a country right after the licence word with none between is whose
                     # sentence it opens: "Under a Soviet licence China built the Type 59")
                     and not (s.doc.of_marked and c.case != "genitive" and not s.doc.text[k.end:c.start].strip()))
                    or (of is not None and of.start >= k.end and s.gap(k, of) == 0
                                         and not any(e.end <= k.end and s.doc.tokens_between(e.end, k.start) <= 2
                                                     for e in s.cue_list("export")))) for k in cues)


def _grants_licence(s: Sentence, c: Mention, cues: list[Mention]) -> bool:
    """"The USSR sold China a licence", "منحت روسيا بلغاريا رخصة": the country that sells or grants the licence;
    "苏联授权中国生产图-16", "the USSR licensed China to build": the country right before a word of licence that
    names another right after it."""
    pair = _licence_pair(s, cues)
    if pair is not None and pair[0] is c:
        return True
    if _other_doer(s, c):
        return False   # "China was granted a licence by the USSR": the one named as the doer gave it
    # (or grants or gives it: "vergab eine Lizenz", "предоставил Египту лицензию")
    sold = s.near_after(c.end, ("export", "grant"), 3) or s.near_before(c.start, ("export", "grant"), 0)
    # (an auxiliary and the receiver in its case may stand between: "Rusija je Kitajski prodala licenco")
    # (or the receiver a word of "to" marks: "苏联向中国转让了...技术", the USSR transferred the technology to China)
    quiet = [] if sold is None else [m for m in s.mentions if c.end <= m.start and m.end <= sold.start and (
        (m.kind == "cue" and m.value == "copula") or (m.kind == "country" and m.case == "destination"))]
    marked = [] if sold is None else [m for m in s.mentions if c.end <= m.start and m.end <= sold.start
                                      and m.kind == "country" and not m.case and s.doc.particle_before(
                                          m.start, {"destination"})]
    if sold is not None and c.end <= sold.start \
            and any(c.end <= k.start and k.end <= sold.start for k in s.cue_list("agent")):
        return False   # "Tiệp Khắc được cấp phép": a mark of the passive between, the country received it
    if sold is not None and c.end <= sold.start and not s.doc.particles_follow \
            and any(c.end <= k.start and k.end <= sold.start for k in s.cue_list("copula")) \
            and not any(o.kind == "country" and not o.adjective and o is not c and o.start >= c.end
                        for o in s.mentions):
        return False   # "Poland was granted a Soviet licence": an auxiliary, and no receiver named after it (not
        #                "Rusija je Kitajski prodala licenco", where the receiver stands between): the passive's
        #                subject received it
    # (not a country the text places: "In Polen gab es eine Lizenzproduktion")
    # (nor a country's adjective, unless it stands on a word for its government: "the Soviet government granted
    # Poland a licence", "il governo sovietico concesse")
    return sold is not None and (not c.adjective or _on_government(s, c)) and not _placed_or_sent(s, c) \
        and s.doc.tokens_between(c.end, sold.start) - sum(s.doc.tokens_between(m.start, m.end) for m in quiet) \
        - sum(s.doc.tokens_between(m.start - 1, m.end) for m in marked) <= 1 \
        and any(_trades_licence(s, sold, k) for k in cues) \
        and (c.end <= sold.start or not any(o.kind == "country" and o.end <= sold.start for o in s.mentions))


def _after_government(s: Sentence, word: Mention) -> bool:
    """Whether a word stands right after a word for a state's government ("gouvernement de", "gobierno de")."""
    if not s.doc.government_words:
        return False
    before = _WORD_BEFORE.search(s.doc.text, max(s.start, word.start - 40), word.start)
    return before is not None and fold_phrase(before.group(1)).strip() in s.doc.government_words


def _on_government(s: Sentence, c: Mention) -> bool:
    """Whether a country's adjective stands right on a word for a state's government ("the Soviet government", "el
    gobierno soviético"): the two name the country as a party."""
    if not s.doc.government_words:
        return False
    text = s.doc.text
    word = _WORD_BEFORE.search(text, max(s.start, c.start - 40), c.start) if s.doc.adjectives_follow \
        else _WORD_AFTER.match(text, c.end, s.end)
    return word is not None and fold_phrase(word.group(1)).strip() in s.doc.government_words


def _other_doer(s: Sentence, c: Mention) -> bool:
    """Whether another country than ``c`` is named as the doer, a word of the agent right before it ("by the USSR",
    "von der Sowjetunion")."""
    return any(o is not c and o.kind == "country" and s.near_before(o.start, ("agent",), 1) is not None
               for o in s.mentions)


def _sells_before(s: Sentence, c: Mention, sellers: list[Mention]) -> bool:
    """Whether a country is the subject of a word that sells or grants the licence, a clause or a receiver between
    ("Russia delivered 76 Su-27SKs to China and in 1995 sold a licence", "Россия поставила Китаю 76 Су-27СК, а в
    1995 году продала лицензию"): the nearest country before the word in no case of place, none of a passive's
    doer between (not the receiver: "China bought ... and was sold a licence" has a copula's passive)."""
    if c.adjective or c.case or s.doc.particles_follow or han_or_kana(c.text[:1]) \
            or s.near_before(c.start, ("destination", "source", "locative", "agent", "of"), 1) is not None:
        return False   # (not in Chinese, whose clauses run on without a subject's mark: "在蘇聯的幫助下 ... 對華提供")
    for e in sellers:
        if e.start < c.end or s.doc.tokens_between(c.end, e.start) > 14:
            continue
        between = [m for m in s.mentions if c.end <= m.start and m.end <= e.start]
        if any(m.kind == "cue" and m.value in {"agent", "copula", "import"} for m in between) \
                or any(m.kind == "country" and not m.case and not m.adjective
                       and s.near_before(m.start, ("destination", "source", "locative"), 1) is None for m in between):
            continue
        return True
    return False


def _hands_licence(s: Sentence, c: Mention, cues: list[Mention]) -> bool:
    """"SSSR je tehnologiju proizvodnje AK predao Kini", "the USSR handed over the documentation to China": where
    the licence (its papers, its technology) is what a word of handing over hands to another, the country named
    before them both, and no receiver, gave it."""
    if c.adjective or c.case or s.near_before(c.start, ("destination", "source", "locative", "agent"), 1) is not None \
            or s.doc.particle_on(c, {"destination", "source", "locative"}):
        return False
    if _other_doer(s, c):
        return False   # "Polen wurde die Lizenz von der Sowjetunion übergeben": the one named as the doer gave it
    return any(c.end <= k.start and c.end <= e.start and s.doc.tokens_between(c.end, min(k.start, e.start)) <= 2
               # (nor a word of buying before the licence word or inside it: "China bought a licence ... and
               # exported it")
               and not any(c.end <= m.start and m.start < k.end for m in s.cue_list("import", "agent"))
               and _licence_handed(s, k, e) and not _makes(s, k) and not _made_then_sold(s, k, e)
               for e in s.cue_list("export") for k in cues)


def _made_then_sold(s: Sentence, k: Mention, e: Mention) -> bool:
    """Whether a word of making and a clause's end stand between a licence word and a later word of sale: what
    was made under the licence was sold ("szovjet licenc alapján gyártotta, és Indiába exportálta"), not the
    licence."""
    # (a licence word that is itself one of making counts as that word: "ライセンス生産され、イラクにも輸出された")
    return k.end <= e.start and _clause_apart(s, k, [e]) \
        and (_makes(s, k) or any(k.end <= m.start and m.end <= e.start for m in s.cue_list("produce")))


def _makes(s: Sentence, k: Mention) -> bool:
    """Whether a licence word is one word of making ("licence-produced the T-72 and exported it": no papers went)."""
    return " " not in k.text.strip() and any(m.start < k.end and k.start < m.end for m in s.cue_list("produce"))


def _licence_pair(s: Sentence, cues: list[Mention]) -> tuple[Mention, Mention] | None:
    """"苏联授权中国生产图-16", "the USSR licensed China to build", "Liên Xô cấp phép cho Ba Lan" (a word of "to" may
    stand between): a country right before a word of licence and another right after it: (licensor, licensee)."""
    if id(cues) not in s.pairs:
        s.pairs[id(cues)] = _find_licence_pair(s, cues)
    return s.pairs[id(cues)]


def _find_licence_pair(s: Sentence, cues: list[Mention]) -> tuple[Mention, Mention] | None:
    if s.doc.particles_follow:
        return None   # (where the verb comes last, both stand before it)
    for k in cues:
        following = [c for c in s.mentions if c.kind == "country" and not c.adjective and c.start >= k.end][:2]
        if k.grants and len(following) == 2 and s.doc.tokens_between(k.end, following[0].start) <= 1 \
                and s.doc.tokens_between(following[0].end, following[1].start) <= 1 \
                and not any(c.kind == "country" and c.end <= k.start for c in s.mentions):
            return following[0], following[1]   # "1961 erlaubte die UdSSR Polen": the verb, who allows, whom
        before = next((c for c in reversed(s.mentions) if c.kind == "country" and c.end <= k.start), None)
        after = next((c for c in s.mentions if c.kind == "country" and c.start >= k.end), None)
        between = s.doc.text[k.end:after.start].strip() if after is not None else ""
        if before is not None and after is not None and not before.adjective and not after.adjective \
                and not (between and ("," in between or (_joins_list(s, k.end, after.start) and s.near_before(
                    after.start, ("destination",), 0) is None))) \
                and not any(o.kind == "country" and o.end <= before.start and _joins_list(s, o.end, before.start)
                            and s.doc.tokens_between(o.end, before.start) <= 1 for o in s.mentions) \
                and before.value != after.value and s.doc.tokens_between(before.end, k.start) <= 1 \
                and s.doc.tokens_between(k.end, after.start) <= 1 and before.case != "source" \
                and not _a_place(s, before) \
                and s.near_before(after.start, ("source", "agent"), 1) is None \
                and s.near_before(before.start, ("produce",), 0) is None:
            # (not the maker a word of making names right before it: "diproduksi China di bawah lisensi Uni
            # Soviet", made by China under the Soviet Union's licence)
            return before, after
    return None


def _licence_produced(s: Sentence, c: Mention) -> bool:
    """Whether the licence word right after a country's agent mark is one of making under licence
    ("ポーランドによりライセンス生産された", "폴란드에 의해 면허 생산되었다"): a word of making in it or right
    after it."""
    agent = s.near_after(c.end, ("agent",), 0)
    licence = next((k for k in s.cue_list("licence") if agent is not None and k.start >= agent.end
                    and s.doc.tokens_between(agent.end, k.start) <= 1), None)
    return licence is not None and any((k.start < licence.end and k.end > licence.start)
                                       or (k.start >= licence.end and s.doc.tokens_between(licence.end, k.start) == 0)
                                       for k in s.cue_list("produce"))


def _licence_agent(s: Sentence, c: Mention, cues: list[Mention]) -> bool:
    """"A licence granted by the USSR", "रूस द्वारा दिए गए लाइसेंस": the country is the agent of the licence word,
    not of the production ("built by India under licence")."""
    agent = s.near_before(c.start, ("agent",), 1)
    if agent is not None and any(k.end <= agent.start and s.gap(k, agent) <= 2
                                 and not (s.gap(k, agent) == 0 and s.near_before(k.start, ("produce",), 1))
                                 for k in cues):
        # (not "fabriqué sous licence par la Hongrie": "by" right after making under licence names the maker; a
        # word between them, "under licence granted by the USSR", is the licence's)
        return True
    # "the licence for the An-24 was handed to China by the USSR": the doer of a word that hands the licence over
    handed = s.near_before(agent.start, ("export", "grant"), 4) if agent is not None else None
    if agent is not None and handed is not None and any(_licence_handed(s, k, handed) for k in cues) \
            and not any(o.kind == "country" and handed.end <= o.start and o.end <= agent.start
                        and not _marked_recipient(s, o) for o in s.mentions):
        return True
    if agent is not None and s.doc.tokens_between(agent.end, c.start) == 0 \
            and s.near_before(agent.start, _DOINGS, 1) is None \
            and s.near_after(c.end, ("produce",), 0) is None \
            and any(k.start >= c.end and s.gap(c, k) <= 1 and _same_clause(s, agent.start, k.start)
                    and s.near_after(k.end, ("produce",), 0) is None for k in cues):
        return True   # "được Liên Xô chuyển giao công nghệ" (was by the USSR given its technology; not "built by India
        #               under licence", "ordered by India under licence", "adopted by India, licence production",
        #               "được Trung Quốc sản xuất theo giấy phép", made by China under licence; nor where the
        #               word of making follows the licence word, as a German verb ends its clause: "wurde von
        #               Ungarn in Lizenz gefertigt", was made by Hungary under licence)
    # ("ソ連によってライセンスが": a mark of the agent after the name, where such marks follow their noun; not
    # "Tiệp Khắc được cấp phép", Czechoslovakia was granted a licence)
    agent = s.near_after(c.end, ("agent",), 0) if s.doc.particles_follow else None
    return agent is not None and any(k.start >= agent.end and s.gap(agent, k) <= 3 for k in cues)


# -- exported_to ------------------------------------------------------------------------------

def _bought_by_owner(s: Sentence) -> Iterator[Reading]:
    """"Finnish T-72 tanks bought from the USSR", "die von der Sowjetunion gekauften finnischen T-72", "les T-72
    finlandais achetés à l'URSS": a country's adjective on a design, a word of buying beside the design and another
    country it came from, is the buyer (the owner the adjective names bought it)."""
    for k in s.cue_list("import"):
        sellers = [c for c in s.mentions if c.kind == "country" and not c.adjective and _from_marked(s, c)
                   and s.gap(k, c) <= 3]
        if not sellers:
            continue
        for p in s.products:
            beside = (p.end <= k.start and s.doc.tokens_between(p.end, k.start) == _cue_tokens(
                s, p.end, k.start, ("product_noun", "copula"))) \
                or (k.end <= p.start and s.doc.tokens_between(k.end, p.start) <= 2)
            if not beside:
                continue
            def on_design(a: Mention, p: Mention = p) -> bool:
                if a.end <= p.start:
                    return s.doc.tokens_between(a.end, p.start) == 0
                return s.doc.adjectives_follow and p.end <= a.start \
                    and s.doc.tokens_between(p.end, a.start) == _cue_tokens(s, p.end, a.start, ("product_noun",))
            owner = next((a for a in s.mentions if a.kind == "country" and a.adjective and a not in sellers
                          and on_design(a)), None)
            if owner is not None and s.country(owner) not in {s.country(c) for c in sellers}:
                yield _mk(s, p, "exported_to", s.country(owner), {"cue_import": 1.0}, owner, k, p)


def _exports(s: Sentence, w: Weights) -> Iterator[Reading]:
    countries = [m for m in s.mentions if m.kind == "country" and not m.town   # (a town says where it is made)
                 and not _compared_country(s, m)]
    yield from _bought_by_owner(s)
    if not countries:
        yield from _to_home(s, countries)
        return
    nearest: dict[int, tuple[Mention, float]] = {}   # a country -> the export or import word nearest it, and its role
    licences = s.cue_list("licence")
    trade = s.cue_list("export", "import", "arrive")
    owners = {id(c) for c in countries if s.doc.genitive_first and s.doc.genitive_marks and not c.case
              and _on_product(s, c) and (
                  any(k.end <= c.start and s.doc.tokens_between(k.end, c.start) <= 1 for k in s.cue_list("import"))
                  or (any(c.end <= k.start for k in trade) and _opens_with_genitive(s, s.doc.text[c.end:c.end + 3])))}
    # "手に入れたドイツの先端技術", "获得了德国的先进技术": a country that owns the technology, the papers or the
    # parts a word of trade names is where they came from, neither buyer nor recipient of any design
    owners |= {id(c) for c in countries if _owns_papers(s, c)}
    # "Kuzey Kore'nin Rusya'ya BTR-80 tedarik etmesi": a country marked as an owner before a country marked as the
    # destination, a word of selling after both, is the seller (the subject of a verb made a noun)
    owners |= {id(c) for c in countries if s.doc.genitive_first and s.doc.genitive_marks and not c.case
               and s.doc.text[c.end:c.end + 4].startswith(tuple(s.doc.genitive_marks))
               and any(o.start >= c.end and s.doc.tokens_between(c.end, o.start) <= 1
                       and (s.doc.particle_on(o, {"destination"}) or _destination_after(s, o)) for o in countries)
               and any(k.start >= c.end for k in s.cue_list("export"))}   # (not a word of buying: "Türkiye'nin
    #                                                                      Rusya'ya S-400 sipariş etmesi", the buyer)
    for cue in s.cue_list("export", "import", "arrive"):
        if cue.value == "arrive":
            # "the first MiG-29s arrived in Bulgaria", "w Polsce ... przyleciały", "ブルガリアに到着": a word of
            # arriving, and the country a word or ending places it in or sends it to (not the one it came from)
            for c in countries:
                # (or the verb's object right after it: "reached Syria", "抵达保加利亚"; or a one-letter word of
                # "to" before it: "llegó a El Salvador")
                # (not where a word of making places it: "fabricado en China, llegó a El Salvador")
                if (_placed_or_sent(s, c) or (c.start >= cue.end and s.doc.tokens_between(cue.end, c.start) == 0)
                        or (c.start >= cue.end and _one_letter_before(s, s.list_first(c), "destination", alone=False)))\
                        and not _from_marked(s, c) and not c.adjective and s.gap(cue, c) <= 6 \
                        and s.near_before(s.list_first(c).start, ("produce",), 2) is None \
                        and not any(cue.end <= k.start and k.end <= c.start
                                    and s.doc.tokens_between(k.end, c.start) <= 1 for k in s.cue_list("import")):
                    # (not the place a nearer word of buying governs: "dotarł zakupiony w ZSRR czołg", bought there)
                    held = nearest.get(id(c))
                    # (a word read as both arriving and buying is the arrival's: "stigli su u Indiju", arrived in India)
                    if held is None or s.gap(cue, c) < s.gap(held[0], c) \
                            or (held[0].start, held[0].end) == (cue.start, cue.end):
                        nearest[id(c)] = (cue, 1.0)
            continue
        if cue.value == "import" and s.near_after(cue.end, ("copy", "produce"), 0) is not None:
            continue   # "引進仿製" (brought in and copied): what came in was the design, to be made at home
        if (cue.value == "import" and _takes_licence(s, cue)) \
                or (cue.value == "export" and any(_trades_licence(s, cue, k) and not _made_then_sold(s, k, cue)
                                                  for k in licences)):
            # "kupila licencu", "bought a licence", "granted Bulgaria a licence", "received from the USSR a licence":
            # what changed hands is a licence
            continue
        if any(_licence_handed(s, k, cue) and not _made_then_sold(s, k, cue) for k in licences):
            continue   # "licences to build the pistol were ceded to Bulgaria": what changed hands is a licence
        if _hands_papers(s, cue) or _papers_before_verb(s, cue):
            continue   # "damals reichte die Sowjetunion der Volksrepublik China die Unterlagen für den Bau der
            #            MiG-21 weiter": the papers went, past the giver and the receiver, not the product
        for c in countries:
            if _opposed(s, c):
                continue   # "delivered to Egypt and fought against Israel": the enemy, not a buyer
            if _into_service(s, cue, c):
                continue
            if c.adjective and s.near_after(c.end, ("maker", "org_word"), 0) is not None \
                    and not ((cue.end <= c.start or s.doc.participles_last)
                             and s.near_before(c.start, ("destination",), 1) is not None
                             and s.near_before(c.start, ("agent", "source"), 1) is None):
                continue   # "z dílů dodaných sovětským výrobcem", "supplied by a Soviet maker": the maker's country
                #            (not the buyer's: "sold the BMP-1 to a Czech company")
            if c.case == "source" or (s.doc.particles_follow and _glued_mark(s, c, ("source",)) is not None):
                continue   # "Magyarországra a Szovjetunióból": a name in the case of "from" is where it came from
            if not c.adjective and c.end <= cue.start and not s.doc.particles_follow \
                    and any(k.end <= c.start and s.doc.tokens_between(k.end, c.start) == 0
                            and not s.doc.text[k.end:c.start].strip() for k in s.cue_list("produce")):
                continue   # "AMX-13 buatan Prancis yang dibeli": the country a word of making names right before a word
                #            of buying is the maker's, not the buyer
            if cue.value == "export" and c.start >= cue.end and s.doc.tokens_between(cue.end, c.start) == 0 \
                    and not c.adjective and c.case != "destination" \
                    and any(o.start >= c.end and not o.adjective
                            and (not s.doc.text[c.end:o.start].strip() or o.case == "destination")
                            for o in countries):
                continue   # "زودت روسيا الهند بدبابات": where the verb comes first, the country right after it, another
                #            right after that (or one a clitic marks as the receiver: "باعت روسيا لمصر"), is the seller
            if id(c) in owners:
                continue   # "引进前苏联T-54A", "ソ連のMiG-21を輸入": where the owner comes first, a name before the
                #            product, right after a verb of buying or marked as an owner before the verb, is whose it
                #            is, neither buyer nor recipient (not "出口到巴基斯坦的T-54A", exported to Pakistan)
            if cue.value == "export":
                # the recipient follows the verb, or, where the verb comes last, carries a destination mark
                # ("Pakistan'a ihraç etti", "パキスタンに輸出")
                marked = any(m.case == "destination" or _destination_after(s, m)
                             or s.doc.particle_on(m, {"destination"})
                             # "Irak ve Suriye'ye", "インドとシリアに": a list's last name carries the mark for all
                             # ("向埃及和叙利亚出口": a particle before the first, for all)
                             for m in (c, _list_last(s, c), s.list_first(c))) or _towards(s, c, cue) \
                    or _before_last_participle(s, c, cue, countries) or _disposal_of(s, c, cue)
                if (c.start < cue.end and not marked) or _agent_marked(s, c) \
                        or (not marked and _from_marked(s, c)):
                    continue   # before the verb unmarked, "by Poland", "from the USSR": not where it went
                if not marked and c.nominative and cue.end <= c.start and s.gap(cue, c) <= 3:
                    continue   # "tenkove je vladi u Skoplju isporučila Rusija": where names take case endings, one
                    #            in the nominative right after the verb is its subject, the one that sold
                if not marked and c.by and cue.end <= c.start and s.gap(cue, c) <= 3:
                    continue   # "из наборов, поставленных Россией", "tanky dodané Ruskem": a name in the
                    #            instrumental right after a passive word of export is its doer, the one that sold
                if not marked and _doer_past_clause(s, c, cue):
                    continue   # "援助停止后,中国开始自行生产歼6": past a clause mark, a country right before a verb of
                    #            its own does that (the next clause's subject), and received nothing
                if not marked and _before_own_verb(s, c, cue):
                    continue   # "reports came that Syria passed the missiles on": a country right before a word of
                    #            export of its own sells, and is no recipient of an earlier one
                if not marked and _after_final_verb(s, c, cue):
                    continue   # "中国から供与されたY-5と北朝鮮で生産されたAn-2": where the verb ends its clause, a
                    #            name after it that no mark sends anywhere speaks of another clause
                if not marked and not c.case and any(
                        (o.case == "destination" or s.doc.particle_on(o, {"destination"})
                         or (s.doc.particles_follow and _destination_after(s, o)))
                        and o not in s.groups.get(id(c), [c]) for o in countries):
                    continue   # "dostarczyła Polsce Rosja", "поставила Польше Россия", "मिस्र को ... सोवियत संघ ने
                    #            की": where a case ending or a particle marks the recipient, a name in no case of its
                    #            own is the one that sold
                if not marked and not _marked_recipient(s, c) \
                        and any(cue.end <= k.start and k.end <= c.start for k in s.cue_list("copula")) \
                        and any(o not in s.groups.get(id(c), [c]) and _marked_recipient(s, o) for o in countries):
                    continue   # "the main supplier of MiG-21s to Egypt was the USSR": where the recipient is marked,
                    #            the country a copula equates with the word of selling is the seller
                head = s.list_first(c)   # ("built in Poland and Czechoslovakia": the list's first member says)
                made = s.near_before(head.start, ("produce",), 2)
                if not marked and made is not None and c.start > cue.end and (
                        head.case == "locative" or _one_letter_before(s, head, "locative", alone=False)
                        or s.near_before(head.start, ("locative",), 0) is not None):
                    continue   # "will supply India tanks made in Poland": where they were made, not where they go
                if not marked and s.near_before(head.start, ("destination",), 1) is None \
                        and s.near_after(cue.end, ("variant",), 0) is not None:
                    continue   # "a Soviet export version, built in Poland": a kind of version, no sale to a place
                role = 1.0
            else:
                # the seller: "from X", or X with a postposition or case suffix ("Rusya'dan", "Lengyelországból")
                # (a word of "from" after the name marks it only where such words follow their noun: "Србија од
                # Русија доби", Serbia received from Russia)
                # (not a force a word both "by" and "from" opens: "acquistati dall'Esercito Messicano", bought by it)
                if (s.near_before(c.start, ("source",), 1) is not None and not _force_owner(s, c)
                        and not _by_forces(s, c, cue)) \
                        or (s.doc.particles_follow and s.near_after(c.end, ("source",), 0)) \
                        or c.case == "source" or _one_letter_before(s, c, "source") \
                        or s.doc.particle_on(c, {"source"}) \
                        or _ordered_from(s, c, cue):   # ("从俄罗斯进口": from Russia; "向苏联购买", ordered from it)
                    continue
                if c.case == "locative" or s.list_first(c).case == "locative" \
                        or _one_letter_before(s, c, "locative") \
                        or (s.doc.particles_follow and _glued_mark(s, c, ("locative",)) is not None) or (
                        _place_word_before(s, c) and s.near_before(c.start, ("destination",), 0) is None):
                    continue   # "w Wietnamie ... zakupiła": where it happened, not who bought (each of a list the
                    #            word of place opens: "купленные в Венгрии и Польше", bought there)
                # (the buyer named before the verb; or right after it, where the verb comes first and no country
                # stands before it: "1981 erhielt der Irak", "تسلم العراق")
                # ("bought from Russia for the Serbian Army", "za potrebe Vojske Srbije": or the country of the
                # forces a word of destination names after the verb; or of those a passive's word of the doer names
                # after it: "comprados pela Força Aérea Brasileira", bought by the Brazilian Air Force)
                # (or the doer a passive's word of the agent names, each of a list: "bought by Egypt and Syria")
                # (each of a list right after the verb: "kúpila Indie a Irak", India and Iraq bought)
                role = 1.0 if c.end <= cue.start or (
                    s.list_first(c).start >= cue.end and s.doc.tokens_between(cue.end, s.list_first(c).start) <= 1
                    and not c.adjective
                    and not any(o.kind == "country" and o.end <= cue.start for o in countries)) \
                    or _for_forces(s, c) or _by_forces(s, c, cue) \
                    or _bought_by_instrumental(s, c, cue) \
                    or (not c.adjective and s.list_first(c).start >= cue.end
                        and (s.doc.tokens_between(cue.end, s.list_first(c).start) <= 2
                             # ("bought from China by Bangladesh": past the seller)
                             or _same_clause(s, cue.end, s.list_first(c).start, 6))
                        and _agent_marked(s, s.list_first(c))
                        # (not the doer of a verb of its own: "nhận súng do Trung Quốc viện
                        # trợ", received rifles China gave)
                        and not any(k.start >= c.end and s.doc.tokens_between(c.end, k.start) <= 1
                                    for k in s.cue_list("export"))) else 0.5
            if not s.has("deal") and (s.near_before(c.start, ("with",), 0) is not None
                                      or _one_letter_before(s, c, "with")) and cue.end <= c.start:
                continue   # "Norway sends tanks to Chad together with Spain": a partner, not a recipient
            if cue.value == "export" and _party(s, c, s.cue_list("deal", "licence")) and any(
                    o.kind == "country" and o.value != c.value and cue.end <= o.start < c.start
                    and s.near_before(o.start, ("destination",), 1) is not None for o in countries):
                continue   # "delivery of the Tu-16 to China began, and XAC signed an agreement with the USSR": the
                #            recipient is named; the deal's other party is none
            if s.has("import") and _party(s, c, s.cue_list("deal")) and any(
                    o.kind == "country" and o.value != c.value and o.end <= s.cue_list("deal")[0].start
                    for o in countries):
                continue   # "Peru signed a contract with Russia to buy 24 jets": where the sentence buys, the other
                #            party sells (not "Russia signed a contract with Peru to supply 24 jets")
            if c.adjective and _on_product(s, c):
                continue   # "deliveries to Egypt of Russian Ka-52 helicopters": the adjective says whose the product is
            if c.adjective and not (s.near_before(c.start, ("destination",), 1) or c.by
                                    or (cue.value == "export" and 0 <= s.gap(cue, c) <= 2
                                        # "exportaciones rusas", "تصدير الأسلحة الروسية": an adjective after
                                        # an export word names the exporter (a capital says a noun's case:
                                        # "furnizate Ucrainei", supplied to Ukraine)
                                        and not (s.doc.adjectives_follow and c.start > cue.end
                                                 and not c.text[:1].isupper()))
                                    or _on_force(s, c)):
                continue   # "sold to a Soviet customer", "the Hungarian army bought": the adjective names the recipient
            held = nearest.get(id(c))
            if held is None or s.gap(cue, c) < s.gap(held[0], c):
                nearest[id(c)] = (cue, role)
    # "باعت روسيا دبابات إلى الهند": where a word or ending marks a recipient, a country before it that no such mark
    # reaches (nor its list's) is the seller or the topic, not a recipient
    # (an adjective counts only on forces: "for Soviet debt" marks no recipient, "for the Egyptian army" does)
    recipients = {id(m) for c in countries if id(c) in nearest and _marked_recipient(s, c)
                  and (not c.adjective or _on_force(s, c)) for m in s.groups.get(id(c), [c])}
    first = min((c.start for c in countries if id(c) in recipients), default=-1)
    for c in countries:
        if id(c) not in nearest or (recipients and id(c) not in recipients and c.start < first):
            continue
        for cue, role in [nearest[id(c)], *_bought_again(s, c, nearest[id(c)][0], countries)]:
            # "imported the R-17 and, based on these, built the Hwasong-5": what the verb takes right after it went,
            # though the sentence's later words make it an original
            # (where the verb comes last, the name its relative form stands right before: "ソ連から輸入したAn-24を
            # コピー生産した", copied the An-24 imported from the USSR; "소련에서 수입한 An-12를")
            # (or any name so placed where the verb ends its clause: "エジプトへ輸出されたJ-7" is the J-7 exported, not
            # the names of the clause before it, "J-10を導入した空軍では退役が進んだが")
            taken = [p for p in s.products if p.start >= cue.end
                     and (id(p) in s.parents or _relative_verb_on(s, cue, p))
                     and (s.doc.tokens_between(cue.end, p.start) <= 1 if not s.doc.particles_follow
                          else len(s.doc.text[cue.end:p.start].strip()) <= 3)]
            # "China received many T-54s from the USSR and ..., creating the Type 59", "China, which had received the
            # T-55, exported its Type 69 to Iraq": what the verb takes right after it (past a count and a word for its
            # kind, a list of them) went, not the names of the other clauses (so with a word of arriving: the planes
            # that arrived, not the transport that brought them)
            # (not a version in the brackets of a country the verb sends it to: "exported to Pakistan (F-7P), ...")
            took = [] if taken or s.doc.particles_follow or cue.value not in {"import", "export", "arrive"} else \
                [p for p in _run_after(s, cue.end, 3, kinds=True) if p in s.subjects() and _bracket_owner(s, p) is None]
            took += [p for p in _past_seller(s, cue, took) if p not in took]
            # "MiG-27M은 40대가 인도에 수출, ... 바하두르라는 이름으로 라이선스생산": the design a later clause names a
            # copy of went where the word of its own clause sends it, not the copy
            own = [p for p in s.products if id(p) in s.parents and p.end <= cue.start and not _clause_apart(s, cue, [p])
                   and any(k.start >= cue.end and _clause_apart(s, cue, [k]) for k in s.cue_list("alias"))
                   and not any(k.end <= cue.start and k.start >= p.end for k in s.cue_list("alias"))]
            # "The J-6 is a copy of the MiG-19, which was exported to Cuba": a clause set off right after a name says
            # more of that name
            # (past a clause set off after the sentence's first name, that name: "The MiG-19, which China copied as the
            # J-6, was exported")
            related = _past_relative(s, cue) \
                or [p for p in s.products if p.end <= cue.start and _relative_after(s, p, cue) and not s.compared(p)]
            # (the list of recipients the country stands in: after the verb, or before it where the verb comes last)
            listed = {id(m) for m in s.groups.get(id(c), [c])}
            versions = [p for p in s.products if (o := _bracket_owner(s, p)) is not None and o.value == c.value
                        and (o.start > cue.end or id(o) in listed) and open_bracket(s.doc.text, s.start, p.start) >= 0]
            general = _moves_goods(s, cue)
            # "the work began from a BTR-60 sold to Romania": an original right before a participle of trade is
            # what went, not the copy the sentence derives from it
            carried = [p for p in s.products if id(p) in s.parents and p.end <= cue.start and p.start >= s.start
                       and not s.doc.particles_follow and not s.doc.text[p.end:cue.start].strip()]
            moved = taken[:1] or took or related[-1:] or own[-1:] or carried[-1:] or s.subjects()
            # "Il cliente maggiore fu l'Egitto, che ordinò tre lotti: una versione locale fu poi prodotta, il Ramses
            # II": a name past a colon or semicolon after the word, in a clause of making or versions of
            # its own, is that clause's; the word, whose clause names no design, speaks of the design spoken of
            # "handed over to the USA in exchange for T-33 trainers": what a word of exchange names after the word of
            # trade came back in return; it did not go
            later = [p for p in moved if p not in taken and _past_own_clause(s, cue, p)] + [
                p for p in moved if any(cue.end <= k.start and k.end <= p.start for k in s.cue_list("exchange"))]
            if later:
                moved = [p for p in moved if p not in later]
                if not moved and s.topic is not None and s.topic.start < s.start \
                        and not any(p.end <= cue.start for p in s.products):
                    moved = [s.topic]
            for p in [*moved, *versions]:
                if _of_parts(s, p, cue):
                    continue   # "Russia will supply engines for the T-72": the parts went, not the product
                gapped = _gapped_name(s, p, c)
                if gapped is not None:
                    p = gapped   # "поставлены ... Ми-9, а в Ирак — ... МИ-8ППА": the clause that leaves the verb out
                    #              names what went there
                if p not in taken and _after_final_verb(s, p, cue) and any(q.end <= cue.start for q in s.subjects()):
                    continue   # "T-55はエジプトに輸出され、T-62は国内で使われた": where the verb ends its clause, a
                    #            name after it is the next clause's, the name before it is what went
                if general and p.start < s.start:
                    continue
                if p not in taken and cue.end <= p.start and not s.elsewhere(p) and _clause_apart(s, cue, [p]) \
                        and any(
                            cue.end <= k.start and k.end <= p.start for k in s.cue_list("export", "import")):
                    continue   # "sold to India, whose rival Pakistan bought the Type 85": a name past a clause mark and
                    #            a word of trade of its own is that word's, not this one's
                owner = _bracket_owner(s, p)
                if owner is not None and (owner.start > cue.end or id(owner) in listed) and owner.value != c.value:
                    continue   # "exported to Pakistan (F-7P), Bangladesh and Sri Lanka": the F-7P went to Pakistan only
                if _paired_elsewhere(s, p, c):
                    continue   # "4 T-72s to Ethiopia, 11 T-72M1s to Nigeria": each place goes with the name of its part
                # (a list of recipients is as near as its nearest member: "sold to Algeria, Angola, ... and Yemen", the
                # seventeenth as much as the first)
                feats = {f"cue_{cue.value}": role, "distance": s.list_gap(cue, c) / 10,
                         # (or the list's first: "exporté au Pakistan, en Irak et en Albanie", where the word of
                         # place varies by the country and may mean "in" too)
                         "destination": float(any(s.near_before(o.start, ("destination",), 1) is not None
                                                  or o.case == "destination" for o in (c, s.list_first(c)))),
                         "topic": float(s.elsewhere(p)), "plan": max(s.planned(cue), _leg_planned(s, cue, c)),
                         # (a word of use before a list of places each with its word of place holds for the
                         # whole list: "stationed in Hungary and in Poland")
                         # (not a clause "where" opens after the place, which says the design served there once
                         # it went: "sold to the USA, where they served in training")
                         "service": float(s.near_before(c.start, ("service", "capture"), 3) is not None
                                          or _placed_as_first(s, c)
                                          or (s.near_after(c.end, ("service", "capture"), 2) is not None
                                              and s.near_after(c.end, ("where",), 0) is None)),
                         "negated": float(s.negated(cue) or _deal_negated(s, cue)),
                         # "delivered to the Chinese air force": a country's own forces may receive what it makes
                         # (not where another country, named before the word, sends it: "Slovenia sent tanks to the
                         # Ukrainian army")
                         # (nor a list of forces' countries: "exported to the air forces of Bulgaria, Hungary and Iraq")
                         # (nor forces of a country the registry knows makes no such design: "supplied to the Indian
                         # Army" of the T-72, the Soviet Union's)
                         # (not forces a copula or an auxiliary parts from the name, the verb's subject: "Mornarica je
                         # Egiptu prodala", the navy sold to Egypt)
                         "to_force": float(any(s.gap(c, k) <= 1 and not any(
                             min(c.end, k.end) <= v.start and v.end <= max(c.start, k.start)
                             for v in s.cue_list("copula")) for k in s.cue_list("force"))
                                           and len(s.groups.get(id(c), [c])) < 2
                                           and not _foreign_to(s, c, p)
                                           and not (cue.value == "import" and _bought_abroad(s, c, p))
                                           and not (cue.value == "export" and any(
                                               o.kind == "country" and not o.adjective and o.value != c.value
                                               and (o.end <= cue.start or (cue.end <= o.start and o.end <= c.start
                                                                             and _from_marked(s, o)))
                                               and not _on_another_design(s, o, p)
                                               for o in s.mentions))),
                         # "delivered in China": where a delivery took place, not where it went
                         # (not a year's ending: "1985-ben Irak vásárolt")
                         # (not a word of place the word of export governs, nothing but its object and an adverb
                         # between, nor a word of making: "lo esportò poi in Pakistan", exported it then to Pakistan)
                         "in_place": float(_place_word_before(s, c) and cue.value != "arrive"
                                           and s.near_before(c.start, ("destination",), 1) is None
                                           and not _export_governs(s, cue, s.list_first(c))),
                         # "wurde bei der Sowjetarmee eingeführt" (introduced, or imported): a design the registry
                         # knows as a country's own does not go there from abroad
                         "own_country": float(_own_country(s, c, p))}
                if not _beside(s, cue, c) and any(_beside(s, k, c) for k in s.cue_list("repair")):
                    continue   # "1993-ban érkezett Szlovákiába, majd Ukrajnában újították fel": a country a word of
                    #            repair stands right beside is where the design was mended, not where it went
                yield _mk(s, p, "exported_to", s.country(c), feats, p, cue, c)
    yield from _made_for(s, countries)
    yield from _to_home(s, countries)


def _bought_again(s: Sentence, c: Mention, cue: Mention, countries: list[Mention]) -> list[tuple[Mention, float]]:
    """Later words of buying that share a buyer with the word of buying nearest it, each taking a design of its own
    right after it ("Peru ordered the Mi-8, and later bought the Mi-17 as well"): the buyer named once before the first
    verb bought each, where no other country but a seller stands between (not "Peru ordered the Mi-8, and Chile bought
    the Mi-17"), in languages whose verbs come before their object."""
    if s.doc.particles_follow or cue.value != "import" or c.adjective or not c.end <= cue.start:
        return []

    def took(k: Mention) -> Mention | None:
        return next((p for p in s.products if p.start >= k.end and s.doc.tokens_between(k.end, p.start) <= 1), None)

    first = took(cue)
    if first is None:
        return []
    again: list[tuple[Mention, float]] = []
    for k in s.cue_list("import"):
        p = took(k)
        if k.start < first.end or p is None or p.value == first.value or _takes_licence(s, k) \
                or any(c.end <= o.start and o.end <= k.start and o not in s.groups.get(id(c), [c])
                       and s.near_before(o.start, ("source",), 1) is None for o in countries) \
                or any(first.end <= q.start and q.end <= k.start and q.kind == "org" for q in s.mentions):
            continue
        again.append((k, 1.0))
    return again


def _relative_verb_on(s: Sentence, cue: Mention, p: Mention) -> bool:
    """Whether a word of trade is the relative form of a verb that ends its clause right before a name, in a language
    whose verbs end their clause and whose marks follow their noun (`object_marks`): the clause says what went of that
    name ("インドへ輸出されたMiG-21": the MiG-21 exported to India), nothing but the verb's ending between."""
    between = s.doc.text[cue.end:p.start]
    return s.doc.particles_follow and bool(s.doc.object_marks) and len(between.strip()) <= 3 \
        and not any(ch in between for ch in "、,，。.;；:：()（）「」『』")


def _after_final_verb(s: Sentence, c: Mention, cue: Mention) -> bool:
    """Whether a country stands after a word of export in a language whose verbs end their clause and whose marks
    follow their noun, the object's too (`object_marks`: Japanese, Korean, Turkish): the recipient stands before the
    verb there, marked, and a name after it is another clause's ("インドに輸出され、ベトナム戦争で使われた"; not
    Armenian, whose plain case after a verb of motion names where it went)."""
    return s.doc.particles_follow and bool(s.doc.object_marks) and cue.end <= c.start


def _disposal_of(s: Sentence, c: Mention, cue: Mention) -> bool:
    """Whether a country stands right after a phrase of export that ends in its own word of "of" ("mis à la
    disposition de l'Inde", "a disposición de la India"): that word names whose disposal, the recipient, not a
    source."""
    return cue.value == "export" and c.start >= cue.end and s.doc.tokens_between(cue.end, c.start) <= 1 \
        and any(cue.start < k.start and k.end <= cue.end for k in s.cue_list("source", "of"))


def _hands_papers(s: Sentence, cue: Mention) -> bool:
    """Whether a word of export hands over production papers or technology: its object, its clause's giver and
    receiver between them at most ("reichte die Sowjetunion der Volksrepublik China die Unterlagen weiter"), or the
    subject of its passive ("die Unterlagen der MiG-21 wurden an China übergeben"), where verbs come before their
    object (a word of documents a few words from the verb is already a licence word)."""
    if cue.value != "export" or s.doc.particles_follow:
        return False
    between = {"produce", "export", "import", "product_noun"}
    for d in s.cue_list("documents"):
        # (nor another word of handing over whose own object the papers are: "giúp Triều Tiên qua việc
        # trao công nghệ", aided North Korea by handing over the technology)
        if d.start >= cue.end and _same_clause(s, cue.end, d.start, 8) \
                and not any(cue.end <= m.start and m.end <= d.start and (m.kind in {"product", "year"} or (
                    m.kind == "cue" and m.value in between
                    and not (m.value == "export" and s.doc.tokens_between(m.end, d.start) == 0)))
                    for m in s.mentions):
            return True
        # ("Die Baupläne der MiG-21 wurden 1958 an China übergeben": the papers the passive's subject, the design
        # theirs, no name before them in the clause)
        if d.end <= cue.start and _same_clause(s, d.end, cue.start, 8) \
                and not any(m.kind == "cue" and m.value in between and d.end <= m.start and m.end <= cue.start
                            for m in s.mentions) \
                and not any(p.end <= d.start and _same_clause(s, p.end, d.start, 8) for p in s.products) \
                and not any(o.kind == "country" and not o.adjective and d.end <= o.start and o.end <= cue.start
                            and not _marked_recipient(s, o) for o in s.mentions):
            return True   # (not where a country between is the verb's subject: "dùng công nghệ cũ nhưng Trung
            #               Quốc vẫn xuất khẩu J-7", using old technology, China still exports the J-7)
    return False


def _papers_before_verb(s: Sentence, cue: Mention) -> bool:
    """Whether, where the verb ends its clause, production papers or technology a design owns right before them
    ("SKSの図面は...中国が入手した", the SKS's drawings China obtained) are what a word of trade after them, in the
    same clause, moved: the papers went, not the product (no other name between the papers and the verb)."""
    if cue.value not in {"export", "import"} or not s.doc.particles_follow or not s.doc.genitive_marks:
        return False
    for d in s.cue_list("documents"):
        owner = next((p for p in reversed(s.products) if p.end <= d.start), None)
        if owner is None or d.end > cue.start or not _same_clause(s, d.end, cue.start, 8) \
                or any(d.end <= p.start and p.end <= cue.start for p in s.products):
            continue
        gap = s.doc.text[owner.end:d.start]
        if gap.endswith(tuple(s.doc.genitive_marks)) and s.doc.tokens_between(owner.end, d.start) <= 6 \
                and not any(ch in "。,、,;:" for ch in gap):
            return True
    return False


def _owns_papers(s: Sentence, c: Mention) -> bool:
    """Whether a country's name, an owner's mark written right after it, owns a word for technology, papers or parts
    (an adjective at most between: "ドイツの先端技術", "德国的先进技术", "독일의 첨단 기술"), where the owner comes
    first."""
    if not s.doc.genitive_first or not s.doc.genitive_marks or c.adjective or c.case:
        return False
    rest = s.doc.text[c.end:c.end + 3].lstrip()
    mark = next((g for g in s.doc.genitive_marks if g and rest.startswith(g)), None)
    if mark is None:
        # (a mark glued into the name's own span: Korean "독일의")
        if not any(g and c.text.endswith(g) for g in s.doc.genitive_marks):
            return False
        start = c.end
    else:
        start = s.doc.text.index(mark, c.end) + len(mark)
    return any(k.start >= start and s.doc.tokens_between(start, k.start) <= 1
               and not any(start <= m.start < k.start and m.kind != "cue" for m in s.mentions)
               for k in s.cue_list("documents", "part"))


def _doer_past_clause(s: Sentence, c: Mention, cue: Mention) -> bool:
    """Whether a country after a word of export stands past a clause mark and right before a verb of making or trade
    of its own (a word of beginning or "itself" at most between): the subject of the next clause, where verbs follow
    their subject ("after the aid stopped, China began to build the J-6 itself")."""
    if s.doc.particles_follow or c.adjective or c.start < cue.end or not _clause_apart(s, cue, [c]):
        return False
    return any(k.start >= c.end and k is not cue and s.doc.tokens_between(c.end, k.start)
               - _cue_tokens(s, c.end, k.start, ("since", "introduce")) <= 0
               and not any(ch in ",;，；、" for ch in s.doc.text[c.end:k.start])
               for k in s.cue_list("produce", "export", "import", "licence"))


def _before_own_verb(s: Sentence, c: Mention, cue: Mention) -> bool:
    """Whether a country after a word of export stands right before another word of export, as its subject, where
    verbs follow their subject ("it was reported that Syria passed the missiles to ...")."""
    return not s.doc.particles_follow and not c.adjective and cue.end <= c.start \
        and any(k.start >= c.end and k is not cue and s.doc.tokens_between(c.end, k.start) == 0
                and not s.doc.text[c.end:k.start].strip(" ") for k in s.cue_list("export"))


def _by_forces(s: Sentence, c: Mention, cue: Mention) -> bool:
    """Whether a country's adjective names the forces a word of the doer marks after a word of buying: the buyer
    of a passive ("comprados pela Força Aérea Brasileira", bought by the Brazilian Air Force)."""
    force = next((k for k in s.cue_list("force") if s.gap(c, k) <= 1), None)
    if force is None or s.doc.particles_follow or not c.adjective:
        return False
    first = min(force.start, c.start)
    return cue.end <= first and any(k.end <= first and cue.end <= k.start and s.doc.tokens_between(k.end, first) <= 1
                                    for k in s.cue_list("agent"))


def _for_forces(s: Sentence, c: Mention) -> bool:
    """Whether a country names the forces something is for: a word for the forces right on it and a word of
    destination a few words before them both ("for the Serbian Army", "za potrebe Vojske Srbije")."""
    force = next((k for k in s.cue_list("force") if s.gap(c, k) <= 1), None)
    if force is None or s.doc.particles_follow:
        return False
    first = min(force.start, c.start)
    return any(k.end <= first and s.doc.tokens_between(k.end, first) <= 2 for k in s.cue_list("destination"))


def _before_last_participle(s: Sentence, c: Mention, cue: Mention, countries: list[Mention]) -> bool:
    """"Polen hat der Ukraine 200 T-72 geliefert", "Die Sowjetunion hat Indien 100 T-72 verkauft": where a participle
    ends the main clause, a country between the subject (another country before it, no comma between) and a word of
    selling that ends the clause is the recipient (not "von der Sowjetunion", "aus Polen": where it came from)."""
    if not s.doc.participles_last or c.adjective or c.case or c.end > cue.start \
            or not _CLAUSE_ENDS.match(s.doc.text, cue.end) \
            or any(ch in s.doc.text[c.end:cue.start] for ch in ",;:()–—") \
            or any(c.end <= k.start and k.end <= cue.start for k in s.cue_list("produce", "export", "import")) \
            or _agent_marked(s, c) or _from_marked(s, c):
        return False
    # (the subject stands apart from ``c``: a word other than "and", "or" or an article between; "Polen und Ungarn
    # haben ... geliefert" names two sellers)
    return any(o.end <= c.start and not o.adjective and not o.case
               and not any(ch in s.doc.text[o.end:c.start] for ch in ",;:()–—")
               and any(w not in and_words() and w not in or_words() and w not in articles()
                       for w in fold_phrase(s.doc.text[o.end:c.start]).split())
               for o in countries)


def _gapped_name(s: Sentence, p: Mention, c: Mention) -> Mention | None:
    """The name a clause that leaves its verb out gives a country, where a comma and a word of contrast open that
    clause between a name and the country ("were sent the Mi-9, and to Iraq the Mi-8PPA", "в Ирак — МИ-8ППА"): the
    first name after the country with no word of doing between them, else None."""
    if p.end > c.start:
        return None
    opened = _GAP_OPENS.search(s.doc.text, p.end, c.start)
    if opened is None or not ("contrast" in s.doc.particles.get(opened.group(1).lower(), frozenset())
                              or any(k.start == opened.start(1) for k in s.cue_list("contrast"))):
        return None
    after = next((q for q in s.products if q.start >= c.end), None)
    if after is None or any(m.kind == "cue" and m.value in _DOINGS and c.end <= m.start < after.start
                            for m in s.mentions):
        return None
    return after


_GAP_OPENS = lazy_compile(r"[,;]\s*([^\W\d_]+)\s")


def _bought_by_instrumental(s: Sentence, c: Mention, cue: Mention) -> bool:
    """Whether a country in the instrumental right after a passive word of buying is its doer, the buyer, though
    another country was named before the word ("в Эстонию пришли гаубицы, закупленные Финляндией", bought by
    Finland; "Польща отримала танки, придбані Чехією"), as one after a word of export is the seller."""
    head = s.list_first(c)
    return head.by and head.start >= cue.end and s.doc.tokens_between(cue.end, head.start) <= 1


def _agent_marked(s: Sentence, c: Mention) -> bool:
    """Whether a word of the doer marks country ``c``: before it ("by Poland"), or right after it where such words
    follow their noun ("ポーランドが生産", "ポーランドによって")."""
    if s.doc.particles_follow:
        return s.near_after(_list_last(s, c).end, ("agent",), 0) is not None
    return s.near_before(c.start, ("agent",), 1) is not None


def _leg_planned(s: Sentence, cue: Mention, c: Mention) -> float:
    """1.0 where a word of plan stands between a word of trade and the country it sends to, in that country's clause
    and a few words before it ("were sent to Serbia and will later go to Georgia", "shipped to a depot, and then it
    may go on to Angola"): that leg is yet to come, whatever went before."""
    first = s.list_first(c)
    if first.start < cue.end:
        return 0.0
    return float(any(cue.end <= k.start and k.end <= first.start and s.doc.tokens_between(k.end, first.start) <= 4
                     and not any(ch in ",;:" for ch in s.doc.text[k.end:first.start]) for k in s.cue_list("plan")))


def _export_governs(s: Sentence, cue: Mention, c: Mention) -> bool:
    """Whether a word of export governs the word of place before a country: it comes before, in the same clause, a
    few words at most between (its object, an adverb), none a word of making, use or another country."""
    return cue.value == "export" and cue.end <= c.start and _same_clause(s, cue.end, c.start, 5) \
        and not any(cue.end <= m.start and m.end <= c.start and (m.kind in {"country", "org", "year"} or (
            m.kind == "cue" and m.value in {"produce", "service", "introduce", "licence", "capture", "import"}))
            for m in s.mentions)


def _place_word_before(s: Sentence, c: Mention) -> bool:
    """A word of place right before a country ("delivered in China"), not a year's ending ("1985-ben Irak")."""
    place = s.near_before(c.start, ("locative",), 0)
    return place is not None and not any(m.kind == "year" and 0 <= place.start - m.end <= 1 for m in s.mentions)


def _joined_before(s: Sentence, p: Mention, subjects: list[Mention], cue: Mention) -> list[Mention]:
    """``p`` and the names a word for "and" (or a comma of the list it closes) joins before it, where all stand
    before the word of the clause, no year among them ("The AKM and the RPK were adopted in 1959")."""
    run = [p]
    if p.end > cue.start or s.doc.particles_follow:
        return run
    for q in reversed([q for q in subjects if q.end <= p.start]):
        text = s.doc.text[q.end:run[0].start]
        words = [w for w in fold_phrase(text).replace(",", " ").split() if w not in articles()]
        if not (all(w in and_words() for w in words) and (words or "," in text)) \
                or any(m.kind == "year" and q.end <= m.start < run[0].start for m in s.mentions):
            break
        run.insert(0, q)
    return run if len(run) == 1 or any(w in and_words() for w in fold_phrase(
        s.doc.text[run[0].end:p.start]).split()) else [p]


def _homes(s: Sentence, p: Mention) -> frozenset[str]:
    """The countries the registry says a design is made in or is whose (none where it knows nothing of it)."""
    return s.doc.homes(p.entity) if s.doc.homes is not None and p.entity else frozenset()


def _foreign_to(s: Sentence, c: Mention, p: Mention) -> bool:
    """Whether the registry knows where a design is made or whose it is, and a country is none of those."""
    homes = _homes(s, p)
    return bool(homes) and s.country(c) not in homes


def _on_another_design(s: Sentence, o: Mention, p: Mention) -> bool:
    """Whether a country's name stands right on another design's name, as its owner ("仿照苏联米格-17制造", made
    after the Soviet MiG-17): the original's country, no sender of what the sentence delivers."""
    return any(q is not p and q.value != p.value and q.start >= o.end and s.doc.tokens_between(o.end, q.start) == 0
               for q in s.products)


def _own_country(s: Sentence, c: Mention, p: Mention) -> bool:
    """Whether the registry knows the design as the country's own (made there, or its rights held there), in a
    text and a sentence about no other country (not Polish-made An-2s handed to a Soviet customer in a text about
    Poland, nor "of the BVP-1s made in Czechoslovakia, 5,100 were sold to the USSR"). Where the registry knows the
    design as made in more than one country, one the sentence gives the units it moves (made there, a town of it, its
    adjective) is where they came from ("śmigłowce Mi-2 produkowane w Świdniku eksportowano do ZSRR", "Polish Mi-2s
    went to the USSR": both countries are the Mi-2's, and the USSR bought them)."""
    homes = _homes(s, p)
    if any(o.kind == "country" and s.country(o) != s.country(c) and (o.town or o.adjective or s.has("produce"))
           for o in s.mentions):
        return False
    return s.country(c) in homes and (s.home is None or s.country_names.get(s.home, s.home) in homes) \
        and not any(o.kind == "country" and s.country(o) not in homes for o in s.mentions)


def _bought_abroad(s: Sentence, c: Mention, p: Mention) -> bool:
    """"The Hungarian army bought 1,000 AKM", "the Indian Army received T-72s from the Soviet Union": a force buys
    abroad where the sentence names another country it comes from, or where the registry knows the design is
    another country's (not "the Soviet army received its first AK-47s", "the Chinese army received the Type 56")."""
    if any(o.kind == "country" and o.value != c.value and (o.case == "source" or s.near_before(o.start, ("source",), 1))
           for o in s.mentions):
        return True
    homes = s.doc.homes(p.entity) if s.doc.homes is not None and p.entity else frozenset()
    return bool(homes) and s.country(c) not in homes


def _on_force(s: Sentence, c: Mention) -> bool:
    """Whether a country's adjective names an armed force ("the Hungarian army", "the Polish People's Army"): a
    word of force a word or two after it, or right before it where adjectives follow their noun or the adjective
    opens with a capital as part of the force's name ("l'armée française", "Wojsko Polskie")."""
    # (past the article glued to the adjective, which the mention leaves out: "القوات الجوية المصرية")
    return any((k.start >= c.end and s.doc.tokens_between(c.end, k.start) <= 1)
               or (k.end <= c.start and s.doc.tokens_between(k.end, _prefix_start(s.doc.text, k.end, c.start)) == 0
                   and (s.doc.adjectives_follow or c.text[:1].isupper())) for k in s.cue_list("force"))


def _licenses_to(s: Sentence, c: Mention, cues: list[Mention]) -> bool:
    """"The USSR licensed the Mi-2 to Poland", "offered to license the MiG-23 to India": a country right before a
    word of licence used as a verb, another country a word of "to" marks after it, is the licensor."""
    if c.adjective or s.doc.particles_follow:
        return False
    for k in cues:
        # (one word, the verb: not "licence-built", "under licence"; nothing but a plan or an auxiliary between)
        if k.value != "licence" or not k.text.isalpha() or not c.end <= k.start \
                or s.doc.tokens_between(c.end, k.start) > 3 \
                or any(m.start >= c.end and m.end <= k.start and (m.kind != "cue" or m.value not in {"plan", "copula"})
                       for m in s.mentions):
            continue
        # (the design right after the verb, the receiver a word of "to" marks right after the design)
        design = next((p for p in s.products if p.start >= k.end and s.doc.tokens_between(k.end, p.start) <= 2), None)
        if design is not None and any(o.kind == "country" and o.value != c.value and o.start >= design.end
                                      and s.doc.tokens_between(design.end, o.start) <= 2 and _marked_recipient(s, o)
                                      for o in s.mentions):
            return True
    return False


def _force_owner(s: Sentence, c: Mention) -> bool:
    """Whether a country owns the forces a word right before its "of" names ("El Ejército de Angola recibió", the
    army of Angola received): the word is "of", not "from"."""
    word = s.near_before(c.start, ("source",), 1)
    if word is None or not any(k.start == word.start for k in s.cue_list("of")):
        return False
    # (or capitalised words of the force's own name between: "el Ejército Nacional de Venezuela compró")
    return any(k.end <= word.start and s.doc.tokens_between(k.end, word.start) <= 2
               and all(w[:1].isupper() for w in s.doc.text[k.end:word.start].split())
               for k in s.cue_list("force"))


def _placed_or_sent(s: Sentence, c: Mention) -> bool:
    """Whether a word, an ending or a particle places a country ("in Bulgaria", "w Polsce", "ブルガリアに") or
    sends something there ("to Syria", "do Polski")."""
    return _marked_recipient(s, c) or c.case == "locative" or _one_letter_before(s, c, "locative", alone=False) \
        or s.near_before(c.start, ("locative",), 0) is not None or s.doc.particle_on(c, {"locative"})


def _arrives_in_country(s: Sentence, k: Mention) -> bool:
    """Whether a word of arriving goes to a country a word or an ending places or sends it to ("arrived in Hungary",
    "przyleciały do Węgier", "ハンガリーに到着"), not to a country's forces ("arrived at the Hungarian air force")."""
    return any(c.kind == "country" and not c.adjective and not c.town and s.gap(k, c) <= 4 and not _from_marked(s, c)
               and s.near_after(c.end, ("force",), 0) is None
               and (_placed_or_sent(s, c) or (c.start >= k.end and s.doc.tokens_between(k.end, c.start) == 0))
               for c in s.mentions)


def _between_parties(s: Sentence) -> list[Mention]:
    """The countries a word for "between" joins ("talks between Hungary and the USSR", "войны между Ираком и
    Ираном", "Macaristan ile SSCB arasında"): after the word, or before it where such words follow their noun, with
    nothing but a short word of joining between them. Not where a word of making before it governs it ("production
    was divided between Poland and Czechoslovakia": made in both), unless a word of a deal, of talks or of a war
    stands beside it ("production began after talks between Poland and the USSR")."""
    after = not (s.doc.particles_follow or s.doc.genitive_first)
    countries = [m for m in s.mentions if m.kind == "country" and not m.town]
    parties: list[Mention] = []
    for k in s.cue_list("between"):
        joined: list[Mention] = []
        if any(e.start <= k.start and k.end <= e.end for e in s.cue_list("example")):
            continue   # ("exportado a 50 países, entre ellos Angola y Mozambique": "among them" brings examples)
        if any(p.end <= k.start for p in s.cue_list("produce")) \
                and not any(s.gap(d, k) <= 2 for d in s.cue_list("deal", "plan", "war")):
            continue
        for c in countries:
            a, b = (k.end, c.start) if after else (c.end, k.start)
            if a > b or any(ch in ",;:()" for ch in s.doc.text[a:b]) \
                    or any(m.kind == "year" and a <= m.start < b for m in s.mentions):
                continue
            named = sum(s.doc.tokens_between(m.start, m.end) for m in countries if a <= m.start and m.end <= b)
            if s.doc.tokens_between(a, b) - named <= 2 and not c.adjective:
                joined.append(c)
        # (two parties at least, named as nouns: "mezi kopie patří rumunská PM md. 63" is "among the copies"; a
        # firm joined to the one country by "and" is the other: "a contract between India and a Russian company")
        if len(joined) >= 2 or (len(joined) == 1 and _firm_joined(s, joined[0])):
            parties.extend(joined)
    return parties


def _firm_joined(s: Sentence, c: Mention) -> bool:
    """Whether a firm (a maker's name, or a word for a company) stands right beside a country, a word for "and"
    between them (an article at most after it)."""
    text = s.doc.text
    for m in s.mentions:
        if not (m.kind == "org" or (m.kind == "cue" and m.value in {"org_word", "maker"})):
            continue
        a, b = (c.end, m.start) if m.start >= c.end else (m.end, c.start)
        if a > b:
            continue
        words = fold_phrase(text[a:b]).split()
        if words and words[0] in and_words() and all(w in articles() for w in words[1:]):
            return True   # ("and a company", "and the firm")
    return False


def _read_from_parties(s: Sentence, r: Reading, parties: list[Mention]) -> bool:
    """Whether a reading of making or export names a country only as a party a word for "between" joins."""
    if r.relation not in {"made_in_country", "exported_to"}:
        return False
    inside = [m for m in s.mentions if m.kind == "country" and not m.town and r.start <= m.start and m.end <= r.end
              and s.country(m) == r.object]
    return bool(inside) and all(any(m is c for c in parties) for m in inside)


def _into_service(s: Sentence, cue: Mention, c: Mention) -> bool:
    """Whether a word of trade is the verb of an entry into service of a country's own forces ("weszły do uzbrojenia
    czeskiego lotnictwa", "поступили на вооружение ВВС Индии", "se do výzbroje letectva dostal"): the design came into
    use there, which says nothing of where it came from. Not where another country gives it or it came from one
    ("Poland handed MiG-29s over into the service of Ukraine's air force", "received from the USSR into service")."""
    # (the country named on the forces, not as the one that took it: "Sirija je dobila u naoružanje tenkove",
    # Syria received tanks into its arms, bought them)
    if any(m.kind == "country" and m.value != c.value for m in s.mentions) \
            or not any(s.gap(c, f) <= 1 for f in s.cue_list("force")):
        return False
    for k in s.cue_list("introduce"):
        if k.start <= cue.start and cue.end <= k.end and k.end - k.start > cue.end - cue.start:
            return True   # the word of trade is part of the phrase: "trafiły do uzbrojenia"
        a, b = (k.end, cue.start) if k.end <= cue.start else (cue.end, k.start)
        if a > b or not _same_clause(s, a, b, 4):
            continue
        # (only the forces and their country between: "do výzbroje | československého letectva | dostala")
        named = sum(s.doc.tokens_between(m.start, m.end) for m in s.mentions
                    if m.kind == "country" and a <= m.start and m.end <= b)
        if s.doc.tokens_between(a, b) <= named + _cue_tokens(s, a, b, ("force", "of")):
            return True
    return False


def _opposed(s: Sentence, c: Mention) -> bool:
    """Whether a word of opposing marks a country, or the list it stands in, as one fought ("used against India",
    "gegen Israel", "Hindistan'a karşı")."""
    head = s.list_first(c)
    return s.near_before(head.start, ("against",), 1) is not None \
        or (s.doc.particles_follow and s.near_after(_list_last(s, c).end, ("against",), 1) is not None) \
        or _warred_with(s, c)


def _warred_with(s: Sentence, c: Mention) -> bool:
    """Whether a word of war and a word for "with" right after it name a country, an adjective at most between
    ("во время войны с соседним Ираном Ирак закупил", "the war with Iran"): the enemy, neither buyer nor seller."""
    war = s.near_before(c.start, ("war",), 3)
    if war is None or s.doc.particles_follow:
        return False
    words = s.doc.text[war.end:c.start].split()
    return 1 <= len(words) <= 2 and (_particle_is(s, words[0], "with", alone=False) or any(
        war.end <= k.start and k.end <= c.start for k in s.cue_list("with")))


def _from_marked(s: Sentence, c: Mention) -> bool:
    """Whether a word, an ending or a particle marks a country as where something came from ("from the USSR")."""
    # (not past another country: "under licence from Russia, India builds it")
    word = s.near_before(c.start, ("source",), 1)
    if word is not None and _after_government(s, word):
        word = None   # "le gouvernement de la Pologne": where "from" is also "of", whose government it is
    return c.case == "source" or (word is not None and not any(
        o.kind == "country" and word.end <= o.start and o.end <= c.start for o in s.mentions)) \
        or _one_letter_before(s, c, "source") or s.doc.particle_on(c, {"source"}) \
        or (s.doc.particles_follow and _glued_mark(s, c, ("source",)) is not None)   # ("Sovyetler Birliği'nden")


def _ordered_from(s: Sentence, c: Mention, cue: Mention) -> bool:
    """Whether a particle of "to" marks a country that a word of buying follows at once: the order goes to the seller
    ("越南向苏联订购了坦克", Vietnam ordered tanks from the USSR; "ソ連に発注した"), who bought nothing."""
    if c.end > cue.start or s.doc.tokens_between(c.end, cue.start) > 1:
        return False
    if s.doc.particles_follow:
        return _destination_after(s, c)
    return not s.doc.text[c.end:cue.start].strip() and s.doc.particle_on(c, {"destination"})


def _marked_recipient(s: Sentence, c: Mention) -> bool:
    """Whether a word, an ending or a particle marks a country as where something went ("to India", "Indiának",
    "インドに", "भारत को")."""
    return c.case == "destination" or s.near_before(c.start, ("destination",), 1) is not None \
        or _destination_after(s, c) or s.doc.particle_on(c, {"destination"}) or _letter_to(s, c)


# a one-letter word, then an article or none, right before a name: "à la Corée", "à l'Ethiopie", "a Cuba"
_LETTER_ARTICLE = lazy_compile(r"(?<![\w'’])(\w)\s+(?:(\w+)\s+|(\w+['’]))?$")


def _letter_to(s: Sentence, c: Mention) -> bool:
    """"vendu à la Corée du Nord et au Yémen": a one-letter word of "to" before a name, past its article, marks the
    name as where it went as surely as "au" does (the word may also mean "in": "à Cuba", where a word of selling
    sends it there all the same; not after a word of buying: "comprou à Rússia", bought from Russia)."""
    if s.has("import"):
        return False
    m = _LETTER_ARTICLE.search(s.doc.text, max(s.start, c.start - 12), c.start)
    if m is None:
        return False
    article = m.group(2) or m.group(3)
    if article is not None and not _is_article(article):
        return False
    return _particle_is(s, m.group(1), "destination", alone=False)


def _past_etc_phrase(s: Sentence, c: Mention) -> bool:
    """Where marks follow their noun, whether a word of destination ends a short phrase a list's "and others" opens
    right after a name ("パキスタンなど多くの国に", to many countries such as Pakistan): the mark the list's head noun
    takes is the list's; no other name, nor a clause mark, between."""
    etc = s.near_after(c.end, ("etc",), 0)
    if etc is None:
        return False
    text = s.doc.text
    for pos in range(etc.end, min(etc.end + 8, s.end)):
        if text[pos] in ",;:，、；。" or any(m.kind != "cue" and m.start == pos for m in s.mentions):
            return False
        if any(k.start == pos for k in s.cue_list("destination")) or s.doc.particle_after(pos, {"destination"}):
            return pos > etc.end
    return False


def _destination_after(s: Sentence, c: Mention) -> bool:
    """Whether a word of destination right after a name marks it ("パキスタンに"); where such words precede their
    noun, not one that opens a verb of sending the name is the subject of (Vietnamese "Liên Xô cung cấp cho Ai Cập":
    the USSR supplied to Egypt)."""
    after = s.near_after(c.end, ("destination",), 0)
    if after is None and s.doc.particles_follow and _past_etc_phrase(s, c):
        return True
    # (nor, there, a word that opens the next name's phrase: "diekspor Uni Soviet ke Mesir", to Egypt)
    return after is not None and (s.doc.particles_follow or (
        not any(e.start == after.start for e in s.cue_list("export"))
        # (nor one that opens a clause of purpose, a word of sending or buying right after it: "el ofrecimiento de
        # Checoslovaquia para vender aviones", "el permiso de Londres para comprar", "pentru a livra": the name sends
        # or allows, it receives nothing; not the party a word of "with" names: "a contract with Peru to supply")
        and (s.near_after(after.end, ("export", "import"), 1) is None
             or s.near_before(c.start, ("with",), 1) is not None)
        # (an article between: "from the USSR to the Indian Air Force")
        and not any(o.kind == "country" and o.start >= after.end
                    and fold_phrase(s.doc.text[after.end:o.start]).strip() in article_or_nothing()
                    for o in s.mentions)))


# a capitalised word or a number right after a word (where the original follows the word of derivation, a name the
# extractor does not know: "Changhe Z-8 berdasarkan SA 321 Super Frelon")
_NAME_AHEAD = lazy_compile(r"\s+(?:[A-ZА-ЯЁ]|\d)")


def _foreign_original_ahead(s: Sentence, cue: Mention) -> bool:
    """Whether a country's adjective after a word of copies or versions (an adjective of the word and its "of" at
    most between, or two words where no "of" is a word of its own: "versiunea locală a francezului") stands right
    before a capitalised name ("the local version of the French Puma", "lokalna inačica francuske Pume"): the
    original is named there, known or not, and is not the design spoken of before."""
    of = s.near_after(cue.end, ("of",), 1)
    start = of.end if of is not None else cue.end
    return any(c.kind == "country" and c.adjective and c.start >= start and s.doc.tokens_between(start, c.start)
               <= (0 if of is not None else 2) and _NAME_AHEAD.match(s.doc.text, c.end) is not None
               for c in s.mentions)


def _name_ahead(s: Sentence, cue: Mention) -> bool:
    """Whether a name (a capital or a number) follows the word, or its "of" ("Romanian copies of Soviet Yaks"): the
    original is named after it, known or not, and none before it."""
    of = s.near_after(cue.end, ("of",), 0)
    return bool(_NAME_AHEAD.match(s.doc.text, cue.end) or (of is not None and _NAME_AHEAD.match(s.doc.text, of.end)))


def _and_opens(s: Sentence, a: int, b: int) -> bool:
    """Whether a word for "and" is the last word before a place, after an aside that says more of the name before
    it ("the AK-74 with a lighter round (from 1974) and the Type 56 model made in China"): the two are items of one
    list, neither the other's original."""
    words = fold_phrase(s.doc.text[a:b]).split()
    return len(words) >= 2 and words[-1] in and_words() and not any(
        a <= k.start and k.end <= b for k in s.cue_list(*DERIVE))


def _between_is_and(s: Sentence, a: int, b: int) -> bool:
    """Whether only a word for "and" (with list marks) stands between two places."""
    between = s.doc.text[a:b]
    if any(ch in between for ch in "—–:;()"):
        return False
    if any(a <= k.start and k.end <= b for k in s.cue_list("copula")):
        return False   # ("Il Type 81 è derivato": the copula "è" folds to "e", and, but is none)
    if between.strip().lstrip("型式") == "、" and not s.doc.particles_follow:
        return True   # Chinese "、" joins the items of a list only (Japanese writes it for any comma); a type word
        #               may close the item before it ("歼-7P型、歼-7MF型")
    words = fold_phrase(between).replace(",", " , ").split()
    # (an article that is "and" elsewhere is no "and": "the J-6 — a copy", Czech "a")
    return bool(words) and all(w in and_words() or w in _LIST_MARKS for w in words) \
        and any(w not in articles() for w in words)


def _listed_after(doc: Document, a: int, b: int) -> bool:
    """Whether a name stands in a list right after a thing: a word for "and" or a list's mark between, and a word for
    its kind at most ("oil and T-72 tanks", "нефть и танки Т-72")."""
    between = doc.text[a:b]
    if any(ch in between for ch in "—–:;()"):
        return False
    words = fold_phrase(between).replace(",", " , ").split()
    joints = [w for w in words if w in and_words() or w in _LIST_MARKS]
    return bool(joints) and words[0] in joints and len(words) - len(joints) <= 1


def _list_last(s: Sentence, c: Mention) -> Mention:
    """The last name of the list a country opens or goes on, each joined to the next by a word or mark ("Irak ve
    Suriye", "インドとシリア"; not "Turkiya Qozog‘iston", two names side by side)."""
    group = s.groups.get(id(c), [c])
    if s.doc.particles_follow and len(group) == 2 and s.doc.text[group[0].end:group[1].start].strip() == ",":
        return c   # "Rusya, Kuzey Kore'ye ihraç etti": where the verb comes last, a name set off by a comma before
        #            another is the clause's subject, no list of two
    at = next((i for i, m in enumerate(group) if m is c), len(group))
    last = c
    # (names side by side make a list where a word of "and others" closes it: "이란과 시리아 이라크 파키스탄 등에")
    # (the word a cue word, or a one-character one glued on or a space after: "파키스탄 등에", "巴基斯坦等国")
    end = group[-1].end
    closed = s.near_after(end, ("etc",), 0) is not None \
        or s.doc.particle_after(end + len(s.doc.text[end:end + 1]) - len(s.doc.text[end:end + 1].lstrip()), {"etc"})
    for a, b in itertools.pairwise(group[at:]):
        joint = s.doc.text[a.end:b.start].strip()
        # (a word for "and" glued to the name, in a form the language file lists whole: "이라크와 시리아에")
        glued = not joint and len(a.text) > 2 and a.text[-1] in _LIST_MARKS and not a.text[-2].isspace()
        # (a joint of list marks and words for "and" or "or" only: not "Hindistan önce Sovyetler Birliği'nde", India
        # first in the Soviet Union)
        words = fold_phrase(joint).replace(",", " , ").split()
        listing = all(w in _LIST_MARKS or w in and_words() or w in or_words() or w in articles() for w in words)
        if (not joint and not glued and not (closed and not a.case)) or not listing \
                or s.doc.particles.get(joint, frozenset()) & (_PLACE_ROLES | {"agent"}) \
                or a.case in _PLACE_ROLES \
                or any(m.kind == "cue" and m.value in _PLACE_ROLES | {"agent", "with"} | _VERBS
                       and a.end <= m.start < b.start
                       and not (m.value == "with" and fold_phrase(m.text).strip() in and_words()) for m in s.mentions):
            break   # (nor "中国向巴基斯坦": China "to" Pakistan; nor a name with its own case ending or a verb between:
            #         "유고슬라비아에서 생산되어 이라크에", made in Yugoslavia, then sent to Iraq; nor "together with";
            #         a word that is "with" and "and" alike joins: "Mısır ile Suriye'ye")
        last = b
    return last


def _one_letter_before(s: Sentence, c: Mention, cls: str, alone: bool = True) -> bool:
    """Whether a one-letter word of a class stands right before a name, a space between ("z USA", "с Украины");
    ``alone``: and no other role of a place is the word's (not Belarusian "ў": "in", "into" and "from")."""
    text = s.doc.text
    if c.start < 2 or text[c.start - 1] != " " or (c.start >= 3 and text[c.start - 3].isalnum()):
        return False
    return _particle_is(s, text[c.start - 2], cls, alone)   # ("Z USA" opening a sentence too)


def _particle_is(s: Sentence, letter: str, cls: str, alone: bool = True) -> bool:
    """Whether a one-letter word is of a class; ``alone``: and no other role of a place is the word's (not Belarusian
    "ў": "in", "into" and "from")."""
    classes = s.doc.particles.get(letter.lower(), frozenset())
    return cls in classes and not (alone and cls in _PLACE_ROLES and (classes & _PLACE_ROLES) - {cls})


_PLACE_ROLES = frozenset({"source", "destination", "locative"})
_VERBS = frozenset({"produce", "export", "import", "service", "capture", "arrive"})   # words a list does not cross


def _from_between(s: Sentence, a: Mention, b: Mention) -> int:
    """The tokens of a "from X" between two mentions ("получили от СССР лицензию"), where it stands there."""
    for c in s.mentions:
        if c.kind == "country" and a.end <= c.start and c.end <= b.start:
            word = s.near_before(c.start, ("source",), 1)   # ("from the USSR")
            if c.case == "source" or s.doc.particle_on(c, {"source"}):
                return s.doc.tokens_between(c.start, c.end)
            if word is not None and word.start >= a.end:
                return s.doc.tokens_between(word.start, c.end)
    return 0


def _moves_goods(s: Sentence, cue: Mention) -> bool:
    """Whether a word of trade moves arms in general ("Iran liefert Waffen an Russland", "stuurde Polen materieel
    naar Litouwen"): then it says nothing of the product an earlier sentence spoke of. Not a word of a maker's name
    ("Zastava Arms"), nor of forces ("Збройним силам", to the armed forces), nor one a word of pointing back makes
    the product spoken of ("sold these arms to Iraq")."""
    return any(_same_clause(s, min(cue.end, k.end), max(cue.start, k.start), 3) for k in s.cue_list("goods")
               if not any(o.start <= k.start and k.end <= o.end and (o.kind == "org" or o.value == "force")
                          for o in s.mentions)
               and s.near_before(k.start, ("anaphor",), 0) is None
               and (not s.doc.demonstratives_follow or s.near_after(k.end, ("anaphor",), 0) is None))


def _made_for(s: Sentence, countries: list[Mention]) -> Iterator[Reading]:
    """"Poland built Mi-2 helicopters mainly for the USSR", "produkowała T-55 tylko dla ZSRR", "produziu os Mi-171
    para o Peru": a country right after a word of "for" (an article between) that follows a word of making in its
    clause received what was made, each of its list (not a country's forces, nor the maker's own country named
    before, nor where the making is placed)."""
    for k in s.cue_list("for_buyer"):
        cue = next((m for m in reversed(s.cue_list("produce")) if m.end <= k.start
                    and _same_clause(s, m.end, k.start, 6)), None)
        if cue is None:
            continue
        for c in countries:
            # (not the forces of a country, which are as often the maker's own: "T-72M для Збройних сил Польщі")
            if c.start < k.end or c.adjective or s.doc.tokens_between(k.end, c.start) > 1 or _a_place(s, c) \
                    or any(k.end <= f.start and f.start <= c.end + 1 for f in s.cue_list("force")) \
                    or any(k.end <= p.start and p.end <= c.start for p in s.products) \
                    or any(o.kind == "country" and o.value == c.value and o.end <= k.start for o in s.mentions):
                continue   # (nor the maker's own country again: "China produced the Type 59 for China")
            for p in s.subjects():
                if p.start >= k.start:
                    continue
                # (the design's own country may buy what another made: "Poland built Mi-2s for the USSR"; each of a
                # list: "for Iraq and Syria")
                for m in s.groups.get(id(c), [c]):
                    yield _mk(s, p, "exported_to", s.country(m),
                              {"cue_made_for": 1.0, "distance": s.gap(k, m) / 10, "topic": float(s.elsewhere(p)),
                               "plan": s.planned(cue), "negated": float(s.negated(cue))}, p, cue, m)
            break


def _to_home(s: Sentence, countries: list[Mention]) -> Iterator[Reading]:
    """"24 aircraft were delivered from the USSR", "ostettiin Neuvostoliitosta": bought or delivered from a country
    with no recipient named, in a text about another country, the product went there."""
    if s.home is None or s.has("licence", *DERIVE):
        return
    if any(c.case == "destination" or s.near_before(c.start, ("destination",), 1) is not None for c in countries):
        return
    if not countries and not s.has("produce"):
        # "12 PT-76s were bought for the Army": a force buys, in a text about one country, what came from abroad
        cue = next((k for k in s.cue_list("import") if any(s.gap(k, f) <= 5 for f in s.cue_list("force"))
                    and not any(m.kind == "org" for m in s.mentions)), None)
        if cue is not None:
            for p in s.subjects():
                yield _mk(s, p, "exported_to", s.country_names.get(s.home, s.home),
                          {"cue_import": 1.0, "home": 1.0, "topic": float(s.elsewhere(p)),
                           "plan": s.planned(cue)}, p, cue)
        return
    for cue in s.cue_list("export", "import"):
        source = next((c for c in countries if not c.adjective and s.gap(cue, c) <= 4
                       and (c.case == "source" or s.near_before(c.start, ("source",), 1) is not None
                            or s.doc.particle_on(c, {"source"}))), None)
        if source is None or source.value == s.home or any(c.value == s.home for c in countries):
            continue
        for p in s.subjects():
            yield _mk(s, p, "exported_to", s.country_names.get(s.home, s.home),
                      {f"cue_{cue.value}": 1.0, "home": 1.0, "topic": float(s.elsewhere(p))}, p, cue, source)
        return


def _licence_handed(s: Sentence, k: Mention, cue: Mention) -> bool:
    """Whether a licence word before an export word is the thing handed over ("the licence was sold to Egypt",
    "licences for the TT were ceded to Bulgaria"), not an adjunct of the product that went ("the AKM, made
    under licence, was exported", "licensed T-72s were sold", "a licensed copy was sold")."""
    if k.end > cue.start or s.gap(k, cue) > 8:
        return False
    if any(p.end <= k.start and s.doc.tokens_between(p.end, k.start) <= 3 and _owns(s, p, k) for p in s.products):
        return True    # "M1944卡賓槍的生產工具和技術資料賣給中國", "the AKM's documentation was sold": its papers went
    if s.near_before(k.start, ("produce",), 2) is not None:
        return False
    if any(m.start < k.end and (k.start <= m.start or s.doc.tokens_between(m.end, k.start) <= 2)
           for m in s.cue_list("import") if m.end <= cue.start):
        return False   # "China bought a licence for the X and exported it to Egypt": the buyer got the licence
    if any(p.end <= k.start and s.doc.tokens_between(p.end, k.start) <= 3 for p in s.products):
        return False   # "the AKM under licence"
    if _on_a_product(s, k):
        return False   # "licensed T-72s", "a licensed copy" (one word; not "tehnologiju proizvodnje AK": its papers)
    if any(k.end <= m.start and m.end <= cue.start and any(
            o.kind in {"country", "org"} and not o.adjective and k.end <= o.start and o.end <= m.start
            for o in s.mentions) for m in s.cue_list("produce")) \
            and any(k.end <= p.start and p.end <= cue.start for p in s.products):
        return False   # "given the licence, Poland built the T-72M1 and exported it": what a maker made went
    # what the verb hands over is no product after it ("exported it to Iraq" has a product before the licence)
    return not any(p.start >= cue.end and s.doc.tokens_between(cue.end, p.start) <= 3 for p in s.products)


def _trades_licence(s: Sentence, e: Mention, k: Mention) -> bool:
    """Whether a word of selling or granting takes a licence word a few words after it as what it gives ("sold the
    licence", "granted Egypt a licence"), not one on what was made ("exported licence-built T-72s")."""
    if k.end <= e.start and e.value == "grant" and not s.doc.particles_follow:
        # "Licenci na MiG-21F-13 udělil Sovětský svaz", "Лицензию на МиГ-21 выдал СССР": the licence set before the
        # verb of granting, as its object (not before one of selling: "T-72s built under licence were exported")
        return s.gap(k, e) <= 4 and _same_clause(s, k.end, e.start) and not _on_a_product(s, k)
    return k.start >= e.end and s.gap(e, k) - _listed_receivers(s, e.end, k.start) <= 4 and not _on_a_product(s, k)


def _listed_receivers(s: Sentence, a: int, b: int) -> int:
    """The tokens a list of countries between two places takes past its first member ("granted Bulgaria, Poland,
    Romania and China licences"): the list counts as one receiver."""
    listed = [m for m in s.mentions if m.kind == "country" and a <= m.start and m.end <= b]
    if len(listed) < 2 or any(not _only_joints(s, x.end, y.start) for x, y in itertools.pairwise(listed)):
        return 0
    return s.doc.tokens_between(listed[0].end, listed[-1].end)


def _on_a_product(s: Sentence, k: Mention) -> bool:
    """Whether a licence word qualifies what was made rather than being a thing handed over: one word right on a
    product ("licensed T-72s", "licence-built T-72M1 tanks") or on a copy word ("a licensed copy")."""
    longer = next((o for o in s.cue_list("licence") if o is not k and o.start <= k.start and k.end <= o.end
                   and o.end - o.start > k.end - k.start), None)
    if longer is not None:
        return _on_a_product(s, longer)   # ("licence" in "licence-built T-72M1")
    if any(d.start == k.start and d.end == k.end for d in s.cue_list("documents")):
        return False   # ("передал Китаю чертежи АК-47": papers a name follows are that design's, handed over)
    # (where adjectives follow their noun, a licence word right before a name is the noun the name qualifies:
    # "memberikan lisensi MiG-21 kepada Tiongkok", gave China a licence for the MiG-21)
    return (" " not in k.text.strip() and not s.doc.adjectives_follow
            and any(p.start >= k.end and s.gap(k, p) == 0 for p in s.products)) \
        or s.near_after(k.end, DERIVE, 1) is not None


def _owns(s: Sentence, owner: Mention, k: Mention) -> bool:
    """Whether a name owns a word a few words after it, by a mark of owners between them ("M1944的技術資料",
    "the AKM's documentation")."""
    between = s.doc.text[owner.end:k.start]
    # (an owner's ending written after an apostrophe on a name is glued to a common noun: "TT tabancasının
    # belgelerini", the TT pistol's papers)
    # (a word of kind of product only, not a pronoun: "onun", "bunun")
    glued = tuple(g[1:] for g in s.doc.genitive_marks if g[:1] in "'’" and len(g) > 3)   # ("-nın"; not "-in": "Çin")
    return between.lstrip().startswith(("'s", "’s")) or (s.doc.genitive_first and (
        any(g in between for g in s.doc.genitive_marks)
        or (bool(glued) and any(owner.end <= n.start and n.end <= k.start and n.text.endswith(glued)
                                for n in s.cue_list("product_noun")))))


def _in_part_aside(s: Sentence, p: Mention, parts: set[int]) -> bool:
    """Whether a name stands in brackets opened a word or two after a part a part word names ("lắp động cơ WP-6
    mới (phát triển từ RD-9B)"): the brackets speak of the part."""
    opened = open_bracket(s.doc.text, s.start, p.start)
    return opened >= 0 and any(id(q) in parts and q.end <= opened and s.doc.tokens_between(q.end, opened) <= 2
                               for q in s.products)


def _parts_named(s: Sentence) -> set[int]:
    """The designs whose parts a part word names, whoever makes or supplies them ("Двигатели для танков PT-91
    поставляла компания PZL-Wola", "Die Triebwerke der J-7 lieferte das Werk Liyang"): the part word opens the sentence
    before the design (with a word of making too: "The engines of the PT-91 were made by PZL-Wola"), or, where no word
    of making stands, right after it ("PT-91 engines were supplied by ..."). Its makers make no design. (``_of_parts``
    reads a part word between a single verb and the design it names.)"""
    making = s.has("produce")

    def of(k: Mention, p: Mention) -> bool:
        if k.end <= p.start:
            return s.doc.tokens_between(k.end, p.start) - _cue_tokens(s, k.end, p.start, ("product_noun",)) <= 2 \
                and not any(ch in ",;:" for ch in s.doc.text[k.end:p.start]) \
                and s.doc.tokens_between(s.start, k.start) <= 1
        return not making and p.end <= k.start and s.doc.tokens_between(p.end, k.start) == 0
    return {id(p) for p in s.products if any(of(k, p) for k in s.cue_list("part"))}


# What a sentence says of a design's parts it does not say of the design: where, by whom, since when it was made,
# where it went.
_PARTS_SAY_NOTHING = frozenset({"made_in_country", "manufactured_by", "introduced_year", "exported_to"})


def _owner_of_parts(s: Sentence) -> set[int]:
    """The designs a genitive mark right after them (or after a word for their kind) makes the owners of a part word
    ("T-54Aのパーツ", "T-72의 부품", "T-72 के पुर्जे"): where the owner comes first, the parts are what the sentence
    speaks of."""
    if not s.doc.genitive_first or not s.doc.genitive_marks:
        return set()
    text = s.doc.text
    owners: set[int] = set()
    for p in s.products:
        # (a word for its kind glued to the name may stand before the mark: "62式坦克的装甲钢"; or a space apart where
        # words are spaced: "T-72 टैंकों के इंजन", the engines of the T-72 tanks)
        end = next((k.end for k in s.cue_list("product_noun")
                    if k.start == p.end or (k.start > p.end and s.doc.text[p.end:k.start] == " ")), p.end)
        after = text[end:end + 12].lstrip()
        mark = next((g for g in sorted(s.doc.genitive_marks, key=len, reverse=True) if g and after.startswith(g)),
                    None)
        if mark is None:
            continue
        begin = end + len(text[end:end + 12]) - len(text[end:end + 12].lstrip()) + len(mark)
        if any(k.start >= begin and not text[begin:k.start].strip() for k in s.cue_list("part")):
            owners.add(id(p))
    return owners


def _ships_parts(s: Sentence, o: Mention, cue: Mention) -> bool:
    """Whether a name is the subject of a word of selling or shipping whose object is parts, kits or engines, and the
    word of making comes after them ("Irkut shipped the kits for assembly in India", "supplies components to be
    assembled"): the making is the receiver's."""
    return any(o.end <= k.start and s.doc.tokens_between(o.end, k.start) <= 3
               and any(k.end <= q.start and s.doc.tokens_between(k.end, q.start) <= 3 and q.end <= cue.start
                       for q in s.cue_list("part"))
               for k in s.cue_list("export"))


def _copy_is_made(s: Sentence, p: Mention, cue: Mention) -> bool:
    """Whether the subject of a word of making is a copy or version of the product, not the product: a word of copies
    or versions a word or two before the making, nothing named between, the product right after it ("a copy of the
    T-90 is built in India", "копия Т-90 производится") or before it with a possessive on the word ("its copy", "его
    модификация"). A licensed copy is the design made under licence, and stays the design's ("лицензионная копия")."""
    for k in s.cue_list("copy", "variant"):
        if not (k.end <= cue.start and s.doc.tokens_between(k.end, cue.start) <= 2) \
                or any(m is not p and k.end <= m.start and m.end <= cue.start
                       and m.kind in {"product", "country", "org"} for m in s.mentions) \
                or s.near_before(k.start, ("licence",), 0) is not None \
                or s.near_after(k.end, ("licence",), 0) is not None:
            continue
        owned = s.near_before(k.start, ("possessive",), 0) is not None
        # (nor a name that extends the name of the product spoken of: "Inačica M-84A proizvedena je ...", after the
        # M-84, is the version M-84A, made there, as the words of derivation read it)
        extends = s.topic is not None and s.topic.start < s.start and _extends(p, s.topic)
        if p.start >= k.end and p.end <= cue.start and s.doc.tokens_between(k.end, p.start) <= 1 and not owned \
                and not extends:
            return True   # (not "его копия Type 56 выпускалась": the name after an owned copy word is the copy's)
        if p.end <= k.start and owned:
            return True
    return False


def _of_parts(s: Sentence, p: Mention, cue: Mention) -> bool:
    """Whether what a verb speaks of is parts, engines or ammunition for the product: a part word between them,
    then a word for "for" before the product ("supplies spare parts for the MiG-29", "двигатели для танков Т-72"),
    or right after the part word a word for "of" ("making parts of the MiG-15")."""
    a, b = (cue.end, p.start) if cue.end <= p.start else (p.end, cue.start)
    # (or the word of making takes a part word as its object, right beside it: "老挝制造配件,修好了PT-76",
    # "spare parts made at home kept the PT-76 running": the parts were made, not the product named apart from them)
    if any(_makes_the_part(s, cue, k, p) for k in s.cue_list("part")):
        return True
    # (so a word of obtaining with technology or papers for its object: "ドイツの技術を手に入れ、MiG-15を開発した",
    # the know-how came, not the design the sentence goes on to build)
    if _obtains_papers(s, cue, p):
        return True
    return any(a <= k.start and k.end <= b and (
        any(k.end <= d.start and d.end <= p.start for d in s.cue_list("destination"))
        or any(k.end <= d.start and d.end <= p.start and s.doc.tokens_between(k.end, d.start) == 0
               # (the one design the "of" names: not those a list goes on to, "then 300 more of the SM-2")
               and not any(ch in ",;" for ch in s.doc.text[d.end:p.start])
               and not any(d.end <= q.start and q.end <= p.start for q in s.products)
               for d in s.cue_list("of")))
        for k in s.cue_list("part"))


_CJK_AND = frozenset("和与與及跟同、,，とや")


def _obtains_papers(s: Sentence, cue: Mention, p: Mention) -> bool:
    """Whether a word of obtaining has technology or papers for its object, in its own clause and near it (the
    papers' owner, a country and its mark, and an adjective may stand between: "获得了德国的先进技术", "ドイツの先端
    技術を手に入れ"), no design between them, and the design not joined to the papers by "and"."""
    if cue.value != "import":
        return False
    text = s.doc.text
    for k in s.cue_list("documents"):
        lo, hi = (cue.end, k.start) if k.start >= cue.end else (k.end, cue.start)
        if lo > hi or any(ch in ",;，；、。" for ch in text[lo:hi]) \
                or any(lo <= m.start and m.end <= hi for m in s.products) \
                or s.doc.tokens_between(lo, hi) - _mention_tokens(s, lo, hi, frozenset({"country"})) > 2:
            continue
        a, b = (k.end, p.start) if k.end <= p.start else (p.end, k.start)
        gap = fold_phrase(text[a:b]).split()
        if not gap or (len(gap) == 1 and (gap[0] in and_words() or set(text[a:b].strip()) <= _CJK_AND)):
            continue   # ("MiG-21と技術資料を輸入": the design came with its papers)
        return True
    return False


def _makes_the_part(s: Sentence, cue: Mention, k: Mention, p: Mention) -> bool:
    """Whether a word of making has a part word for its object, right after it (a genitive mark or "the" between:
    "制造的配件", "made spare parts") or, where objects come first, right before it ("部品を作る"), and the
    product stands apart from both, no name between and none joined to the part word by "and" or a list."""
    text = s.doc.text
    if any(m.kind in {"org", "product"} and m.start <= k.start and k.end <= m.end for m in s.mentions):
        return False   # (a word of a maker's name: "Pabrik Mesin ...", the engine works)
    if k.start >= cue.end:
        between = text[cue.end:k.start].strip()
        near = not between or between in s.doc.genitive_marks or s.doc.tokens_between(cue.end, k.start) <= 1
        span = (cue.end, k.start)
    elif s.doc.particles_follow:
        near = s.doc.tokens_between(k.end, cue.start) <= 1
        span = (k.end, cue.start)
    else:
        return False
    if not near or any(span[0] <= m.start and m.end <= span[1] for m in s.products):
        return False
    lo, hi = (k.end, p.start) if k.end <= p.start else (p.end, k.start)
    gap = fold_phrase(text[lo:hi]).split()
    # (a conjunction of a script without spaces is a letter of the run: "配件和PT-76")
    joined = not gap or (len(gap) == 1 and (gap[0] in and_words() or set(text[lo:hi].strip()) <= _CJK_AND))
    return not joined


def _on_product(s: Sentence, c: Mention) -> bool:
    """Whether a country adjective qualifies a product, or a word for a kind of product, right beside it."""
    def qualified(m: Mention) -> bool:
        if not (m.kind == "product" or (m.kind == "cue" and m.value == "product_noun")):
            return False
        if s.doc.adjectives_follow:
            return m.end <= c.start and s.doc.tokens_between(m.end, c.start) == 0
        return m.start >= c.end and s.doc.tokens_between(c.end, m.start) <= 1
    return any(qualified(m) for m in s.mentions) and s.near_after(c.end, ("force",), 1) is None


def _towards(s: Sentence, c: Mention, cue: Mention) -> bool:
    """"nach Vietnam exportiert", "naar Vietnam geëxporteerd": a country after a word for "to" (not one that
    also means "in") shortly before a verb that comes last."""
    head = s.list_first(c)   # ("an Ägypten und Syrien geliefert": the word before the list is every member's)
    to = s.near_before(head.start, ("destination",), 1)
    if to is None or c.end > cue.start or s.gap(c, cue) > 3:
        return False
    place = s.near_before(head.start, ("locative",), 1)
    # (a word that is both "in" and "to" reads as "to" where the sentence makes nothing: "an Ägypten geliefert")
    return place is None or place.start != to.start or not s.has("produce")


# -- introduced_year --------------------------------------------------------------------------

# words whose year is not a design's introduction: a deal's, a test's or first flight's, an end's
# ("built after 1978": a bound, no start; "the licence was revoked in 1962": an end)
_NOT_INTRODUCED = ("deal", "trial", "halt", "after", "expired")


def _date_gap(s: Sentence, k: Mention, y: Mention) -> int:
    """Tokens between a word and a year, less the day and the month of a date that the year ends ("its first flight
    on 31 August 1947", "le 31 août 1947", "May 12, 1947")."""
    if k.end > y.start:
        return s.gap(k, y)
    day = _DAY_AND_MONTH.search(s.doc.text, k.end, y.start)
    return s.gap(k, y) - s.doc.tokens_between(day.start(), y.start) if day is not None else s.gap(k, y)


def _date_apart(s: Sentence, k: Mention, y: Mention) -> bool:
    """Whether a clause mark stands between a word and a year, other than the comma of a date ("May 12, 1976")."""
    if k.end > y.start:
        return _clause_apart(s, k, [y])
    day = _DAY_AND_MONTH.search(s.doc.text, k.end, y.start)
    return any(ch in ",;，；、" for ch in s.doc.text[k.end:day.start() if day is not None else y.start])


# a day's number and a month's name (or the name and the number) right before a year
_DAY_AND_MONTH = lazy_compile(r"(?:\b\d{1,2}\.?\s+[^\W\d_]{3,}\.?|\b[^\W\d_]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s*$")


def _also_before(s: Sentence, k: Mention) -> bool:
    """Whether a word for "also" stands right before a word, or an auxiliary's length before it ("was also
    produced", "wurde auch gebaut", "był także produkowany"); not a word another cue reads ("is", a copula in English,
    Hungarian "also")."""
    base = max(s.start, k.start - 30)
    if han_or_kana(k.text[:1]):
        # (a script without spaces: the word glued before it, or one character before it, "还生产了", "也曾生产")
        before = s.doc.text[max(s.start, k.start - 3):k.start]
        return any(w and han_or_kana(w[:1]) and (before.endswith(w) or before[:-1].endswith(w))
                   for w in also_words())
    words = list(_WORD.finditer(s.doc.text, base, k.start))[-2:]
    return any(fold_phrase(w.group()).strip() in also_words() - and_words()   # (Romanian "și" is "and" first)
               and not any(m.kind == "cue" and m.start <= w.start() < m.end for m in s.mentions) for w in words)


_WORD = lazy_compile(r"[^\W\d_]+")


def _still_after(s: Sentence, y: Mention) -> bool:
    """Whether a word for "still" stands a few words after a year, in its clause (no comma nor "and" between: "in
    2023 it is still in use", "2023 noch im Einsatz"; not "made from 1959, and still in use")."""
    words = list(_WORD.finditer(s.doc.text, y.end, min(s.end, y.end + 40)))[:3]
    for w in words:
        if any(ch in ",;:.(" for ch in s.doc.text[y.end:w.start()]):
            return False
        key = fold_phrase(w.group()).strip()
        if key in and_words():
            return False
        if key in still_words():
            return True
    return False

def _again_before(s: Sentence, y: Mention) -> bool:
    """Whether a word for "again" ends right before a year, or one word (a preposition) before it ("and again in
    1980", "und 1980 wieder" is not: the word must come first)."""
    words = fold_phrase(s.doc.text[max(s.start, y.start - 40):y.start]).split()[-5:]
    again = again_words()
    return any(" ".join(words[i:j]) in again for j in (len(words), len(words) - 1) for i in range(max(0, j - 3), j))


def _design_subject(s: Sentence, d: Mention, k: Mention) -> bool:
    """Whether a word of design heads the subject a word of making says was made, a few words of its phrase and an
    auxiliary between ("a pre-series batch of the T-72 was made in 1970", "the zero series was built"): no comma,
    no word for "and" ("developed and produced in 1973" made it), no other cue or country between."""
    if s.doc.particles_follow or s.doc.tokens_between(d.end, k.start) > 6:
        return False
    between = s.doc.text[d.end:k.start]
    if any(ch in ",;:()" for ch in between) or set(fold_phrase(between).split()) & (and_words() | or_words()):
        return False
    # (a making with its own name right after it is another clause's: "the tests went on and production of the AK-74
    # began in 1982", also where "and" is glued to the word, Hebrew "וייצור")
    if any(p.start >= k.end and s.doc.tokens_between(k.end, p.start) <= 2 for p in s.products):
        return False
    return not any(d.end <= m.start and m.end <= k.start and m.kind != "product"
                   and not (m.kind == "cue" and m.value in {"copula", "product_noun", "first", "of"})
                   for m in s.mentions)


def _of_documents(s: Sentence, k: Mention) -> bool:
    """Whether a word of making only says what papers are for, a few words after a noun of production documents
    ("документацию на производство", "documentaţia de fabricaţie", "documentation for the manufacture of"): the
    papers were handed over then, nothing was made."""
    return k.value == "produce" and any(
        d.end <= k.start and s.doc.tokens_between(d.end, k.start) <= 4
        and not any(ch in ",;:" for ch in s.doc.text[d.end:k.start])
        and not any(m.kind == "product" and d.end <= m.start < k.start for m in s.mentions)
        for d in s.cue_list("documents"))


def _years(s: Sentence, w: Weights) -> Iterator[Reading]:
    ys = [m for m in s.mentions if m.kind == "year" and not m.decade and not m.range_end]
    if not ys:
        return
    # ("In service: 1956–present", "Ve výzbroji: od 1959": a data sheet's label of use, its value a year)
    cues = s.cue_list("introduce", "produce") + [
        k for k in s.cue_list("service")
        if _FIELD_VALUE.match(s.doc.text, k.end) and any(0 <= y.start - k.end <= 4 for y in ys)]
    if not cues:
        label = _sheet_label(s, ys)
        cues = [label] if label is not None else cues
    # "the first ten T-55s were handed over to the army in 1964", "首批歼6交付空军": the first units delivered
    # or arriving enter service then
    firsts = s.cue_list("first")
    # (a sale's first units to a buyer are its first deliveries abroad, not an entry into service, but in a text
    # about the country that receives them)
    home = s.country_names.get(s.home, s.home) if s.home is not None else None
    # (or an army takes them: "the Polish army took over the first Tu-104s in 1956")
    # (or no country is named: "The first T-72s were delivered in 1973", "Die ersten T-72 wurden 1973 ausgeliefert")
    # (not where the sentence tells of a test: "the first J-7 assembled from imported kits made its first flight",
    # "首次试飞", the first is the flight's)
    at_home = (home is not None and any(m.kind == "country" and s.country(m) == home for m in s.mentions)) \
        or s.has("force") or not any(m.kind == "country" for m in s.mentions)
    if not at_home and any(m.kind == "country" and not m.adjective and _marked_recipient(s, m) for m in s.mentions):
        # "The MiG-23 was first delivered to Syria in 1974": a phrase of introduction that is a word of delivery
        # (or of buying, of arriving) dates, where it sends the product to a country and names no forces, a first
        # sale abroad (not "first delivered in the USSR in 1973", where it was made)
        trade = s.cue_list("export", "import", "arrive")
        # (a word inside the phrase, not one of the same letters: German "eingeführt" is "introduced" and
        # "imported" alike)
        cues = [k for k in cues if k.value != "introduce" or not any(
            k.start <= t.start and t.end <= k.end and t.end - t.start < k.end - k.start for t in trade)]
    if firsts and not s.has("trial") and at_home:
        # (a modal and the army between them: "první stroje T-55 směly jednotky dostat teprve v roce 1964")
        # (not units arriving in a country: "the first MiG-15s arrived in Hungary in 1951", "przyleciały do Węgier",
        # came from abroad then, which dates an import, not the design's coming into service)
        cues = cues + [k for k in s.cue_list("export", "import", "arrive") if any(s.gap(f, k) <= 8 for f in firsts)
                       and not (k.value == "arrive" and _arrives_in_country(s, k))]
    # "in service since 1963", "operated from 1954", "1963'ten beri hizmet veriyordu": a word of use counts where a
    # word of "since" marks the year
    since = [y for y in ys
             if _since(s, y) or (s.doc.particles_follow and s.near_after(y.end, ("since",), 0) is not None)]
    if not cues and since and not any(m.kind == "country" for m in s.mentions) and not s.has("force"):
        # (not a user's adoption: "the Finnish army has operated the T-72M1 since 1984")
        cues = s.cue_list("service")
        ys = since
    # (a word of making inside a word of ending is none: "生産終了", "production ceased")
    cues = [k for k in cues if not any(o.start <= k.start and k.end <= o.end and o.end - o.start > k.end - k.start
                                       for o in s.cue_list(*_NOT_INTRODUCED))]
    cues = [k for k in cues if not _of_documents(s, k)]
    # (nor one a word of ending governs, a word or two before it: "stopped making", "a cessé d'être produit",
    # "przestano produkować")
    # (a year "since" marks is its start all the same: "seit 1983 immer noch produziert")
    cues = [k for k in cues if since or not any(h.end <= k.start and s.doc.tokens_between(h.end, k.start) <= 2
                                                and not any(ch in ",;:" for ch in s.doc.text[h.end:k.start])
                                                for h in s.cue_list("halt"))]
    # "1958年中國製造的直-5首次試飛": a word of making that describes the name after it ("China-made") is no verb of
    # the sentence, where a word of a test, a deal or an end is
    # (one year only: "1958年中国制造的直-5在1963年停产" keeps 1958 for the making, the end takes 1963)
    if s.cue_list(*_NOT_INTRODUCED) and len(ys) == 1:
        cues = [k for k in cues if not (s.doc.genitive_first and k.value == "produce" and (
            _opens_with_genitive(s, s.doc.text[k.end:k.end + 2]) or k.text.endswith(tuple(s.doc.genitive_marks))))]
    # "The Chinese-made J-7 crashed in 2018", "Çin yapımı J-7", "中国制造的歼-7", "J-7 buatan China": a word of making
    # that with its country describes the name beside it says where it was made, not when it came in
    cues = [k for k in cues if not (k.value == "produce" and _attributive_making(s, k))]
    # "прототип виготовили в 1994", "the prototype was built in 1994": what a word of design right before the word
    # shows is a prototype, not the product entering service
    # (a space between the two words: in a script without spaces, "研制生产" is one compound, developed and made)
    designs = s.cue_list("design")
    cues = [k for k in cues if not any(d.end < k.start and (
        (s.doc.tokens_between(d.end, k.start) == 0 and s.doc.text[d.end:k.start].isspace())
        or _design_subject(s, d, k)) for d in designs)]
    if not cues:
        return
    subjects = s.subjects()
    paired = _paired_years(s, subjects, ys)
    read: list[tuple[Reading, Mention, Mention]] = []
    ended: list[Mention] = []
    for y in ys:
        # "to 1987"; where such words follow their noun ("AKM को 1959 में"), the one before a year is another's
        to_year = s.near_after(y.end, ("destination",), 0) if s.doc.particles_follow \
            else s.near_before(y.start, ("destination",), 0)
        if to_year is not None and any(k.start == to_year.start and k.end == to_year.end
                                       for k in s.cue_list("year_word")):
            to_year = None   # (a word that is "to" and "in" alike, and a word of dates: Macedonian "во 1956")
        ending = to_year is not None or s.near_before(y.start, ("until",), 3) \
            or (s.doc.particles_follow and (until := s.near_after(y.end, ("until",), 1)) is not None
                and _only_year_marks(s, y.end, until.start)) \
            or s.doc.particle_before(y.start, {"destination", "until"}) \
            or any(0 <= k.start - y.end <= 1 and not s.doc.text[y.end:k.start].isspace() for k in s.cue_list("until")) \
            or any(_joined_year(s, e, y) for e in ended)
        # (not after a word of introduction a negation governs: "did not enter service until 1967" came in then;
        # nor after a negation right before the word of "until", a word of making before it in its clause:
        # "series making of the T-72 did not start until 1973")
        if ending and not (s.near_before(y.start, ("until",), 3) and any(
                k.end <= y.start and s.doc.tokens_between(k.end, y.start) <= 4 and s.negated(k)
                for k in s.cue_list("introduce", "service"))) and not _not_until(s, y):
            ended.append(y)
            continue   # "to 1987", "until 1987", "ended in 1989", "1970年まで": the end of a period, not its start
        # (of two words as near, the one before the year where the verb comes first: "acceptation in 1970 and mass
        # production started in 1971")
        # (not a word after the year past a clause mark whose own year follows it: "introduced in 1959, with series
        # production begun in 1963" dates the making by 1963 and the introduction by 1959)
        later = [k for k in cues if k.start >= y.end and any(ch in ",;" for ch in s.doc.text[y.end:k.start])
                 and any(o.start >= k.end and s.gap(k, o) <= s.gap(y, k) for o in ys)]
        # (or past a word for "and", the word's own year in its clause after it: "received the MiG-21 documents in
        # 1961 and produced the J-7 from 1966")
        later += [k for k in cues if k.start >= y.end and not s.doc.particles_follow
                  and set(fold_phrase(s.doc.text[y.end:k.start]).split()) & and_words()
                  and any(o.start >= k.end and _same_clause(s, k.end, o.start, 6) for o in ys)]
        kept = [k for k in cues if not any(o.start <= k.start and k.end <= o.end for o in later)]
        if not kept:
            continue   # "Developed from the T-64 in 1971, the T-72 entered service in 1973": every word of
            #            introduction is past a clause mark with its own year; the first year dates none of them
        # (a word in the year's own clause first: "1967年开始批量生产,1968年服役" gives 1968 to the word of service
        # right after it, not to the word of making the comma closes)
        cue = min(kept, key=lambda k: (_date_apart(s, k, y), s.gap(k, y), (k.end > y.start) != s.doc.particles_follow))
        # (a year past a clause mark after the word, where the word's own clause holds a year and the year's clause
        # a doing of its own: "was adopted in 1952, and in 1956 the works began to copy it" dates the copying by
        # 1956, not the adoption)
        if cue.end <= y.start and _date_apart(s, cue, y) \
                and any(o is not y and not _date_apart(s, cue, o) for o in ys) \
                and any(k.start >= y.end and not any(ch in ",;:，；、" for ch in s.doc.text[y.end:k.start])
                        for k in s.cue_list(*DERIVE, "produce", "design", "export", "import", "licence")):
            continue
        if _described_before_end(s, cue):
            continue   # "2005年,服役四十年的歼-6退出现役": the end's year; the word of service describes the name
        neg = s.negating(cue)
        if neg is not None and not s.near_before(y.start, ("until",), 3) \
                and not any(ch in ",;:，；、" for ch in s.doc.text[min(neg.end, cue.end):max(neg.start, cue.start)]):
            continue   # "представлен в 1993 году, но в серию не пошёл", "do sériovej výroby sa nedostala": denied
        if any(_same_clause(s, min(k.end, y.end), max(k.start, y.start), 8)
               or (k.start >= y.end and (opening := _opening_comma(s, y)) is not None
                   and _same_clause(s, opening, k.start, 8))
               for k in s.cue_list("milestone")):
            continue   # "the millionth TT-33 was made in 1941", "миллионный ТТ": a milestone's year, no start
            #            (a year set off by a comma at the sentence's start is the next clause's: "En 1982, un
            #            autre lot ...")
        if cue.value == "produce" and (_volume(s, cue) or _counted_before(s, cue) or _counted_with_counter(s, cue)) \
                and not _since(s, y) \
                and not any(m.kind == "year" and m is not y for m in s.mentions):
            continue   # "Zastava made 5,000 M70 rifles in 2015": how many were made that year, not when it came in
            #            (not in a period: "1952 až 1956 zhotoveno 1355 tanků" began then)
        if cue.value == "produce" and any(
                k.end <= cue.start and _same_clause(s, k.end, cue.start, 6)
                and any(s.doc.tokens_between(min(k.end, p.end), max(k.start, p.start)) <= 2
                        and not any(ch in ",;:" for ch in s.doc.text[min(k.end, p.end):max(k.start, p.start)])
                        for p in s.products)
                for k in s.cue_list("trial")):
            continue   # "The AK-47 prototype was made in 1947", "Prototyp AK-47 zbudowano w 1947": a prototype made
        if cue.value == "produce" and any(
                k.start >= cue.end and s.doc.tokens_between(cue.end, k.start) <= 2
                and not any(ch in ",;:" for ch in s.doc.text[cue.end:k.start])
                and not any(m.start >= k.end and s.doc.tokens_between(k.end, m.start) == 0 for m in s.mentions
                            if m.kind == "product" or (m.kind == "cue" and m.value == "product_noun"))
                for k in s.cue_list("trial")):
            continue   # (the word of trials after the word of making, its subject or object where the verb comes
            #            first: "roku 1960 byl vyroben první prototyp", "w 1959 zbudowano pierwszy prototyp"; not
            #            an adjective on the design's noun, "die Fertigung des erprobten Panzers T-72")
        # "the contract signed in 2010", "made its first flight in 1974": the year of a deal, a test or an end, the
        # word before it (after it where the verb comes last) and nearer than the word of making, in its clause (not
        # "production began in 1970 and ended in 1989")
        # (not a word inside the subject after the word of making: "Die Serienproduktion des erprobten Panzers T-72
        # begann 1973")
        # (where the verb comes last, the word after the year governs it, not a noun of making before it: "Y-8
        # üretimi 1999 yılında durduruldu")
        if _halted_after(s, y):
            continue   # "Die Fertigung wurde 1967 aus Kostengründen eingestellt": the year of an end, its verb last
        if _ended_in_own_clause(s, y, cue):
            continue   # "In 1990 the plant stopped making it, after 3,000 were built": the end's year
        if any((_date_gap(s, k, y) <= s.gap(cue, y) or _clause_apart(s, cue, [y])
                or (k.start >= y.end and _only_year_marks(s, y.end, k.start))
                or (s.doc.particles_follow and cue.end <= y.start)
                # (where the verb comes last, a deal after the word of making is the clause's verb, and the year its:
                # "1961年に…生産することで合意した", agreed in 1961 to make it)
                or (s.doc.particles_follow and k.value == "deal" and k.start >= cue.end))
               and (not _date_apart(s, k, y) or _opening_year_of(s, y, k))
               # (where the verb comes last, a word of trials right before the year is what was made then: "Q-5の
               # 試作機は1965年に製造された", the prototype was built in 1965)
               and ((k.start >= y.end or (k.value == "trial" and k.end <= y.start and s.gap(k, y) <= 1))
                    if s.doc.particles_follow else k.end <= y.start or s.gap(y, k) == 0
                    # ("1980-ban fejeződött be": only the year's ending between)
                    or (k.start >= y.end and _only_year_marks(s, y.end, k.start))
                    # ("In 1978 Poland signed an agreement": only the party's name between)
                    or (k.start >= y.end and s.gap(y, k) <= 3 and _names_only(s, y.end, k.start))
                    # ("absolvierte 1966 ihren Erstflug", "made in 1966 its first flight": only an owner's word
                    # between)
                    or (k.start >= y.end and 0 < s.doc.tokens_between(y.end, k.start)
                        == _cue_tokens(s, y.end, k.start, ("possessive",)))
                    or _opening_year_of(s, y, k) or _glued_after(s, y, k))
               and not (cue.end <= k.start and any(k.end <= p.start and p.end <= y.start for p in s.products))
               # (a word of "after" after the year only where such words follow their noun: "1954 po ukončení
               # produkce" is "in 1954, after the end of production")
               and not (k.value == "after" and k.start >= y.end
                        and not (s.doc.particles_follow or s.doc.genitive_first))
               for k in s.cue_list(*_NOT_INTRODUCED)):   # (or right after it: "wurde 1999 eingestellt")
            continue
        if cue.value == "produce" and _also_before(s, cue):
            continue   # "The Tu-124 was also produced in 1975": a further making, not the first
        if _still_after(s, y):
            continue   # "as of 2023 it is still in use", "en 2023 sigue en uso": a state that goes on, no start
        if _again_before(s, y) or (cue.start >= y.end and _again_before(s, cue)):
            continue   # "built until 1975 and again in 1980": a making resumed ("2011-ben ismét szolgálatba lépett",
            #            from 2019 in service again: a word for "again" right before the word after the year)
        other = s.cue_list("design", "plan", "export", "import")
        closer = any(s.gap(k, y) < s.gap(cue, y) for k in other)
        if cue.value in {"introduce", "service", "produce"} and _traded_then(s, cue, y):
            continue
        if _reported_then(s, cue, y) or _reported_last(s, cue, y):
            continue   # "In 2008 the minister stated that the plants making the AK ...": the statement's year
        if _licence_taken_then(s, cue, y):
            continue   # "Poland obtained a manufacturing licence in 1951": the licence's year, not the making's
        if _event_year(s, cue, y):
            continue   # "built in China after the split with the Soviet Union in 1960": the split's year
        nearest = min(subjects, key=lambda p: s.gap(p, y), default=None)
        # "The Soviet Army adopted it in 1961, and the lighter PKM followed in 1969": a name only past the year's
        # clause, where the word and the year come first and none is named before them, is the next clause's; the
        # year is the product spoken of before
        # (not where a participle opens the sentence, its clause set before the subject: "Fabricada pela Zastava, e
        # em serviço desde 1970, a M70B1 é uma cópia do AKM")
        if nearest is not None and s.topic is not None and s.topic.start < s.start and not s.doc.particles_follow \
                and cue.end <= y.start < nearest.start and _clause_apart(s, y, [nearest]) \
                and not any(p.end <= cue.start and p.start >= s.start for p in s.products) \
                and not any(k.start >= s.start and s.doc.tokens_between(s.start, k.start) == 0
                            for k in s.cue_list("produce", "introduce", "service", "design")):
            nearest = s.topic
        # "AKMの複製銃は68式小銃として1968年から量産": where the verb comes last, the name a word for "as"
        # gives before the year is what came in then, not the subject it was made from
        if s.doc.particles_follow and nearest is not None:
            nearest = next((p for a in s.cue_list("as_name") if nearest.end <= a.start and a.end <= y.start
                            and (p := _named_before_as(s, a)) is not None and p.start >= nearest.end), nearest)
        # "a version of the Soviet AKM, which was built from 1959": an original with its own clause of introduction
        # (the cue between it and the year, both after it) takes that year
        # (only where the sentence gives another year too: "an AK-47 copy, made from 1956" is the copy's year)
        # (or a word of introduction with no word of copying between the original and it: "a copy of the Soviet
        # BTR-70 introduced in 1972")
        # (not an original the registry says came in another year: "a copy of the T-54A that entered service in
        # 1959")
        # (nor one a word for "and" leaves behind: "a copy of the D-30 and was adopted in 1986" goes on with the
        # subject)
        # (nor one a phrase of derivation opening the sentence names: "Derived from the T-72M, the tank entered
        # service in 1984" speaks of the tank)
        owner = min((p for p in s.products if id(p) in s.parents and p.end <= cue.start < y.start
                     and s.gap(p, cue) <= 3 and not _introduced_otherwise(s, p, y) and not _fronted_original(s, p, cue)
                     and not set(fold_phrase(s.doc.text[p.end:cue.start]).split()) & and_words()
                     and (len(ys) >= 2 or (cue.value == "introduce" and not any(
                         p.end <= k.start and k.end <= cue.start for k in s.cue_list(*DERIVE, "licence"))))),
                    key=lambda p: s.gap(p, y), default=None)
        if owner is not None and (nearest is None or s.gap(owner, y) < s.gap(nearest, y)):
            nearest = owner
        # "копией советского МиГ-19, который производился с 1955 года": a clause set off right after an original
        # says more of it, not of its copy
        described = _described_original(s, cue) if cue.end <= y.start else None
        if described is not None:
            nearest = described
        # "the PK in 1968, the PKT tank machine gun in 1969, and the PKM in 1971": a year closing a list's item is
        # that item's, though the next item's name stands nearer
        item = next((p for p in reversed(subjects) if p.end <= y.start and s.doc.tokens_between(p.end, y.start) <= 6
                     and not any(c in s.doc.text[p.end:y.start] for c in ",;:()")), None)
        if item is not None and nearest is not None and nearest.start >= y.end \
                and s.doc.text[y.end:nearest.start].lstrip()[:1] in {",", ";"} \
                and any(m.start > nearest.end for m in ys):   # (a list: the next item has a year of its own)
            nearest = item
        # "the Lim-2, a licensed copy of the MiG-15, was built from 1952": an original named in an aside set off by
        # commas gives way to the name the sentence opens with
        first = subjects[0] if subjects else None
        # (a name the text writes in two parts, "PT-91 Twardy", opens the sentence up to its last part)
        while first is not None and (part := _next_part_of(s, first, subjects)) is not None:
            first = part
        if nearest is not None and id(nearest) in s.parents and first is not None and id(first) not in s.parents \
                and first.end <= nearest.start and nearest.end <= cue.start \
                and s.doc.text[nearest.end:cue.start].lstrip().startswith(",") \
                and s.doc.text[first.end:nearest.start].lstrip().startswith(",") \
                and s.doc.text[first.end:nearest.start].count(",") == 1:   # (one aside, not "X, made from 1965, is")
            nearest = first
        # "..., a już w 1952 roku pojawiły się pierwsze czołgi T-54A": a year opening a clause whose verb comes
        # before its subject is that subject's, not that of a name left behind a clause mark
        behind = next((p for p in subjects if y.end <= cue.start and cue.end <= p.start
                       and not any(ch in ",;:" for ch in _ASIDE.sub("", s.doc.text[y.end:p.start]))
                       and _outside_brackets(s, y.end, p.start) <= 8
                       # (the verb right after the year, its unit word or a copula: no subject between, "in 1964 it
                       # was built ... alongside the T-54")
                       and _outside_brackets(s, y.end, cue.start) - _asides(s, y.end, cue.start)
                       - _cue_tokens(s, y.end, cue.start, ("year_word", "copula")) == 0),
                      None)
        if behind is not None and nearest is not None and nearest.end <= y.start \
                and _clause_apart(s, nearest, [y]):
            nearest = behind
        # "99式は…ロシアから供与されたT-80のパーツを組み立てて1995年から生産": a name that owns a plain noun after it
        # (its parts) is no subject where another name is
        if nearest is not None and _owns_plain_noun(s, nearest):
            nearest = min((p for p in subjects if not _owns_plain_noun(s, p)), key=lambda p: s.gap(p, y),
                          default=None) or _spoken_of_past_owner(s, nearest) or nearest
        # "The PK entered service in 1961 and the PKM in 1969": where the verb comes first, a year right after a
        # name ("the PKM in 1969") is that name's; one the word of introduction governs is its clause's subject's
        if not s.doc.particles_follow and nearest is not None and y.start >= s.start:
            # "production of the T-54 began in 1956, from 1959 the T-54A": a year after a comma, a name right after
            # it (only its marks between), is that name's; a name before the comma takes it no more
            ahead = next((q for q in subjects if q.start >= y.end and s.doc.tokens_between(y.end, q.start) <= 1
                          and _only_year_marks(s, y.end, q.start)
                          and not any(ch in ",;:" for ch in s.doc.text[y.end:q.start])), None)
            glued = next((p for p in reversed(subjects) if p.start >= s.start and p.end <= y.start
                          and s.doc.tokens_between(p.end, y.start) <= 3 and _only_year_marks(s, p.end, y.start)
                          and not (ahead is not None and any(ch in ",;" for ch in s.doc.text[p.end:y.start]))),
                         None)
            named_end = max((m.end for m in s.mentions if m.kind != "cue" and m.end <= y.start), default=s.start)
            if glued is not None or not any(ch in ",;" for ch in s.doc.text[named_end:y.start]):
                ahead = None
            own = next((p for p in reversed(subjects) if p.start >= s.start and p.end <= cue.start
                        and _same_clause(s, p.end, cue.start, 6)
                        # (not an original a word of basis names: "Based on the AK-47 and adopted in 1959, the AKM")
                        and s.near_before(p.start, (*DERIVE, "basis_reverse"), 2) is None), None) \
                if cue.end <= y.start and s.doc.tokens_between(cue.end, y.start) <= 2 else None
            nearest = glued or own or ahead or nearest
        # "Der T-62 war ein Panzer, der ab 1961 gebaut wurde, und ging samt dem T-62M ins Ausland": a name past
        # the word that dates the year (or the phrase around it, "ab ... gebaut") and a word for "and" or a clause
        # mark after it is another clause's; the year is that of the name before it (an original too, where the
        # words that make it one come only in that later clause: "samt seiner Version T-62M")
        if nearest is not None and y.end <= cue.end <= nearest.start \
                and (_clause_apart(s, cue, [nearest])
                     or set(fold_phrase(s.doc.text[cue.end:nearest.start]).split()) & and_words()):
            copied_after = not any(k.end <= y.start for k in s.cue_list(*DERIVE))
            nearest = next((p for p in reversed(s.products) if s.start <= p.start and p.end <= y.start
                            and (id(p) not in s.parents or copied_after)), nearest)
        nearest = paired.get(id(y), nearest)
        # "Unlike the AKM, adopted in 1959, the AK-74 ...": a clause set off by commas right after a name, holding
        # both the word and the year, says more of that name (not of an original a word of copying names: "a copy
        # of the AKM, made from 1956, ...")
        aside = next((p for p in s.products if id(p) not in s.parents and p.end <= cue.start < y.start
                      and _relative_after(s, p, cue) and _closed_aside(s, cue, y)), None)
        nearest = aside or nearest
        # "AKM (made 1959), AK-74 (made 1974)": a year in brackets is the year of the name the brackets stand beside
        opened = open_bracket(s.doc.text, s.start, y.start)
        beside = next((p for p in reversed(subjects) if opened >= 0 and p.end <= opened
                       and not s.doc.text[p.end:opened].strip()), None)
        if beside is None and opened >= 0 and any(p.end <= opened and not s.doc.text[p.end:opened].strip()
                                                  for p in s.products):
            continue   # "Unlike the AK-47 (adopted 1949), the AKM ...": the year of a name the sentence sets aside
        nearest = beside or nearest
        if nearest is not None and id(nearest) in s.parents and _introduced_otherwise(s, nearest, y):
            # "The Q-5, a derivative of the J-6, entered service in 1970": an original the registry says came in
            # another year gives way to the sentence's own name
            nearest = next((p for p in subjects if p.start >= s.start), nearest)
        if nearest is None:
            continue
        if nearest.start < s.start:
            nearest = _original_spoken_of(s, nearest) or nearest
        elif cue.value in {"produce", "introduce"} and _part_made(s, cue, nearest):
            continue   # "began making engines for the MiG-21", "直-5的發動機…投入批生產": the part made, no design
        elif cue.value == "produce" and _copy_is_made(s, nearest, cue):
            continue   # "копия МиГ-21 производилась с 1966 года": the copy's start, not the original's
        elif nearest.pointer and any(k.end <= nearest.start and k.end <= cue.start
                                     and s.doc.tokens_between(k.end, nearest.start) <= 2
                                     for k in s.cue_list("variant")):
            continue   # "the last version of this tank entered service in 2004": an unnamed version's start
        feats = {f"cue_{cue.value}": 1.0, "cue_distance": s.gap(cue, y) / 10,
                 "subject_distance": s.gap(nearest, y) / 10, "other_closer": float(closer),
                 "since": float(_since(s, y)),
                 # "licence production of the T-72 began in Poland in 1978": the year of a licensee's production
                 # (not a copy's own making: "the Lim-2, a licensed copy, built from 1952")
                 # (nor, where the sentence names no product, a design spoken of before that the registry knows
                 # as derived from another or does not know: "Die Pistole M ist eine Kopie der Makarov. 1959
                 # startete die Fertigung in Serie als Lizenznehmer")
                 # (but a making a word of licence grants, its receiver between, is the licence's: "苏联授权中国生产",
                 # "licensed China to produce")
                 "licensed_production": float(cue.value == "produce" and s.has("licence") and (
                     (not any(id(p) in s.parents for p in s.products)
                      and not (nearest.start < s.start and _copy_known(s, nearest)))
                     or any(k.end <= cue.start and _receiver_between(s, k.end, cue.start)
                            for k in s.cue_list("licence"))
                     or _licensed_making_of_original(s, cue, nearest))),
                 "topic": float(s.elsewhere(nearest)), "plan": s.planned(cue)}
        place = _year_place(s, y, ys)
        if place is None and cue.value in {"introduce", "service"}:
            place = _buyers_force(s, y, nearest)
        # "The AKM and the RPK were adopted in 1959": each of a list of names the verb's clause opens with
        for named in _joined_before(s, nearest, subjects, cue) if len(ys) == 1 else [nearest]:
            read.append((_mk(s, named, "introduced_year", y.value, feats, named, cue, y,
                             scope=s.country(place) if place is not None else None), cue, y))
    def governed(k: Mention, y: Mention) -> bool:
        # ("The prototype was completed in 1946 and series production began in 1947": where the verb comes first,
        # the year right after the word is its own, not one before "and")
        return not s.doc.particles_follow and k.end <= y.start and s.doc.tokens_between(k.end, y.start) <= 2

    for reading, cue, y in read:
        # "designed from 1947, adopted in 1951": years that share one word and one place, the best read is its year
        # ("made in the USSR from 1959, in China from 1967": each place keeps its own)
        if not any(other is not reading and k is cue and other.subject is reading.subject
                   and (governed(k, y2), other.score) > (governed(cue, y), reading.score)
                   and not _place_between(s, y, y2)
                   for other, k, y2 in read) and not _later_start_of_making(s, reading, cue, y, read):
            yield reading


def _later_start_of_making(s: Sentence, reading: Reading, cue: Mention, y: Mention,
                           read: list[tuple[Reading, Mention, Mention]]) -> bool:
    """Whether the sentence gives the same product, in the same place, an earlier year of making than ``y``, the year
    a word of making before it gives: the later one is a later stage of its making (series or mass production after
    the first units), not its introduction ("first built in 1950, in service in 1951, series production from 1954").
    A word of introduction counts where a word of making lies within it ("series production began")."""
    making = cue.value == "produce" or (cue.value == "introduce" and any(
        cue.start <= k.start and k.end <= cue.end for k in s.cue_list("produce")))
    if not making or cue.end > y.start or not y.value.isdigit():
        return False
    return any(other.subject.value == reading.subject.value and other.scope == reading.scope and k.value == "produce"
               and k is not cue and y2.value.isdigit() and int(y2.value) < int(y.value)
               and other.score >= weights().thresholds.get(other.relation, 0.5)
               for other, k, y2 in read)


def _spoken_of_past_owner(s: Sentence, owner: Mention) -> Mention | None:
    """"(69式は…) 最初は輸入したT-62の部品を組み立てて1974年から生産した": where the one name a sentence gives owns
    the plain noun after it (its parts), and the subject is left unsaid, the product spoken of before is what was made
    (not where that is the owner itself, or an original of what the text speaks of); else None."""
    topic = s.topic
    if topic is None or topic.start >= s.start or topic.value == owner.value or id(topic) in s.parents \
            or any(p.value == topic.value for p in s.products):
        return None
    return topic


def _sheet_label(s: Sentence, ys: list[Mention]) -> Mention | None:
    """A data sheet's label of making, introduction or use alone on its line, with its values on the bulleted lines
    under it ("Produced / • 1958-1981 (Soviet Union) / • 1964-1979 (Poland)", as a sheet copied as text writes it):
    for a bulleted line that opens with a year, the label's word (the line's one word, a colon at most after it), the
    other bulleted lines of the list at most between; else None."""
    text = s.doc.text
    line = text.rfind("\n", 0, s.start) + 1
    bullet = _BULLET_YEAR.match(text, line)
    if not ys or bullet is None or bullet.end() != ys[0].start:
        return None
    for _ in range(_SHEET_LIST):
        if line <= 0:
            return None
        end = line - 1
        line = text.rfind("\n", 0, end) + 1
        if _BULLET.match(text, line):
            continue   # (another value of the same label)
        words = text[line:end].strip().rstrip(":").strip()
        if not words:
            return None
        first = line + text[line:end].index(words)
        label = next((m for m in s.doc.within(first, first + len(words))
                      if m.kind == "cue" and m.value in {"produce", "introduce", "service"}
                      and s.doc.tokens_between(first, m.start) == 0
                      and s.doc.tokens_between(m.end, first + len(words)) == 0), None)
        return label
    return None


_BULLET = lazy_compile(r"[ \t]*[•·▪◦‣∙*-][ \t]+")
_BULLET_YEAR = lazy_compile(r"[ \t]*[•·▪◦‣∙*-][ \t]+(?=\d{4})")
_SHEET_LIST = 8   # (the values a label may head)


def _described_before_end(s: Sentence, cue: Mention) -> bool:
    """Whether a word of service or introduction stands in a clause an owner's mark closes right on a name, and a
    word of an end follows the name in its clause ("服役四十年的歼-6退出现役", the J-6 that served forty years
    was retired): the clause describes the name, the sentence's verb is the end."""
    if cue.value not in {"introduce", "service"} or not s.doc.genitive_marks:
        return False
    marks = tuple(s.doc.genitive_marks)
    for p in s.products:
        between = s.doc.text[cue.end:p.start]
        if p.start < cue.end or not between.rstrip().endswith(marks) or any(ch in ",;，；、" for ch in between):
            continue
        return any(h.start >= p.end and not any(ch in ",;，；、。" for ch in s.doc.text[p.end:h.start])
                   for h in s.cue_list("halt"))
    return False


def _buyers_force(s: Sentence, y: Mention, p: Mention) -> Mention | None:
    """"In 1962 the Yugoslav air force took it into service": the country of an armed force (its name or
    adjective a word or two from the word of force), in the year's clause, that the registry does not give as the
    design's own: where a buyer took it in, the year's place; else None."""
    if s.known is None or p.entity is None:
        return None
    homes = s.known.homes(p.entity)
    if not homes:
        return None   # (a design whose own country the registry does not give: no buyer to tell apart)
    # (a state on the land of a historical state the design is its own of: "the Russian army" for a Soviet design)
    lands = {land for state in countries().historical.values() if state.get("name") in homes
             for land in state.get("lands") or ()}
    for c in s.mentions:
        if c.kind != "country" or s.country(c) in homes or c.value in lands or _clause_apart(s, c, [y]) \
                or s.doc.tokens_between(min(c.end, y.end), max(c.start, y.start)) > 12:
            continue
        if any((c.end <= f.start and s.doc.tokens_between(c.end, f.start) <= 1)
               or (f.end <= c.start and s.doc.tokens_between(f.end, c.start) <= 1) for f in s.cue_list("force")):
            return c
    return None


def _not_until(s: Sentence, y: Mention) -> bool:
    """Whether a year follows "not ... until" where a word of making, introduction or use stands before the
    negation in its clause ("series making of the T-72 did not start until 1973", "لم يبدأ حتى عام 1989"): it is the
    start, not an end."""
    until = s.near_before(y.start, ("until",), 3)
    if until is None or s.doc.particles_follow:
        return False
    # ("直到1963年才定型": a word for "only then" after the year, its date at most between, says the same)
    late = s.near_after(y.end, ("belated",), 3)
    if late is not None and not any(ch in ",;:，；" for ch in s.doc.text[y.end:late.start]):
        return True
    # (the words between the negation and "until" are no other verb's: not "and not exported until 1980")
    negation = next((n for n in s.cue_list("negation") if n.end <= until.start
                     and s.doc.tokens_between(n.end, until.start) <= 2
                     and not any(m.kind == "cue" and m.value not in _BEGUN and n.end <= m.start and m.end <= until.start
                                 for m in s.mentions)), None)
    return negation is not None and any(
        k.end <= negation.start and s.doc.tokens_between(k.end, negation.start) <= 6
        and not any(ch in ",;:" for ch in s.doc.text[k.end:until.start])
        and not any(m.kind == "year" and k.end <= m.start and m.end <= until.start for m in s.mentions)
        for k in s.cue_list(*_BEGUN))


_BEGUN = ("introduce", "service", "produce")


def _original_spoken_of(s: Sentence, topic: Mention) -> Mention | None:
    """"The T-72 was the main Soviet tank. It was adopted in 1973.", in a text about a copy of it: where
    the topic a sentence falls back on is a copy or version of a design the text, before the sentence, names more
    often than the topic and names last, the sentence speaks of that design (its last mention); else None."""
    if s.known is None or topic.entity is None:
        return None
    before = s.doc.within(max(0, s.start - _SPOKEN_REACH), s.start)
    # (not one a word of likeness stands right before: "Seen from outside it resembles a BMP-1." likens the copy)
    likes = [k for k in before if k.kind == "cue" and k.value == "resemble"]
    named = [m for m in before if m.kind == "product" and not m.generic and m.entity is not None
             and not any(k.end <= m.start and s.doc.tokens_between(k.end, m.start) <= 3
                         and not _SENTENCE_END.search(s.doc.text, k.end, m.start) for k in likes)]
    if not named or named[-1].value == topic.value or not s.known.derives(topic.entity, named[-1].entity or ""):
        return None
    last = named[-1]
    counts = collections.Counter(m.value for m in named)
    # (a sentence of its own, not the one that names the copy: "The PT-91 was built on the T-72. It entered
    # service in 1995." speaks of the PT-91)
    copy = next((m for m in reversed(named) if m.value == topic.value), None)
    if copy is not None and not _SENTENCE_END.search(s.doc.text, copy.end, last.start):
        return None
    return last if counts[last.value] > counts[topic.value] else None


_SPOKEN_REACH = 4000   # (the characters before a sentence looked at: the cost stays linear in the text)
_SENTENCE_END = lazy_compile(r"[.!?。！？]\s|\n")


def _part_made(s: Sentence, cue: Mention, p: Mention) -> bool:
    """Whether a word of parts stands between a word of making and a product, in reach of both and in one clause:
    what is made is the part ("making engines for the MiG-21", "the MiG-21's engine went into production")."""
    for k in s.cue_list("part"):
        if cue.end <= k.start and k.end <= p.start:
            near = s.doc.tokens_between(cue.end, k.start) <= 2 and s.doc.tokens_between(k.end, p.start) <= 3
            a, b = cue.end, p.start
        elif p.end <= k.start and k.end <= cue.start:
            near = s.doc.tokens_between(p.end, k.start) <= 6
            a, b = p.end, k.start
        else:
            continue
        if any(a <= q.start and q.end <= k.start and s.doc.text[q.end:k.start].strip() in s.doc.genitive_marks
               for q in s.products if q is not p):
            continue   # "천마호는 T-62의 부품을 조립해 생산했다": the parts are another name's, who owns them
        if near and not any(ch in ";.。；" for ch in s.doc.text[a:b]):
            return True
    return False


def _opening_year_of(s: Sentence, y: Mention, k: Mention) -> bool:
    """"In 1952, the Soviet Union stopped making the TT", "Năm 1952, Liên Xô thôi sản xuất": whether a year opens
    the sentence (only its marks before it), set off by a comma, and a word follows with at most its clause's subject
    between (names and articles, a few words): the year is that word's."""
    if k.start < y.end or not _only_year_marks(s, s.start, y.start):
        return False
    between = s.doc.text[y.end:k.start]
    if between.count(",") != 1 or any(ch in ";:()" for ch in between) or s.doc.tokens_between(y.end, k.start) > 4:
        return False
    named = [m for m in s.mentions if m.kind in _PARTIES and y.end <= m.start and m.end <= k.start]
    return all(any(m.start <= y.end + w.start() < m.end for m in named)
               or fold_phrase(w.group()).strip() in articles()
               or any(c.start <= y.end + w.start() < c.end for c in s.cue_list("year_word"))
               for w in re.finditer(r"[^\W\d_]+", between))


def _past_comma(text: str, at: int) -> int:
    """Where the text goes on after a comma (and spaces) right at ``at``, else ``at``."""
    rest = text[at:at + 3]
    return at + len(rest) - len(rest.lstrip(" ,")) if rest.lstrip(" ")[:1] == "," else at


def _copy_known(s: Sentence, p: Mention) -> bool:
    """Whether a product is one the registry knows as derived from another, or one it does not know."""
    return p.entity is None or (s.known is not None and s.known.derived(p.entity))


_PARTIES = frozenset({"country", "org"})


def _next_part_of(s: Sentence, name: Mention, subjects: list[Mention]) -> Mention | None:
    """The mention right after a name, only spaces between, that the registry reads as the same design ("PT-91
    Twardy")."""
    return next((p for p in subjects if p.start >= name.end and p.value == name.value
                 and not s.doc.text[name.end:p.start].strip()), None)


def _ended_in_own_clause(s: Sentence, y: Mention, cue: Mention) -> bool:
    """Whether a word of ending stands after a year in the year's own clause (no clause mark between) while the word
    of making or introduction that would date it stands past a clause mark after that word ("In 1990 the plant
    stopped making the tank, after 3,000 had been built", "Năm 1990 nhà máy đã ngừng sản xuất, khi đó đã có
    ..."): the year is the end's, whatever subject and auxiliary stand between it and the word of ending."""
    if cue.start < y.end or _since(s, y):
        return False
    # (a date set off by a comma at the sentence's start stands in the clause after the comma: "2002年3月27日,
    # ...退出了现役,从而结束了...服役")
    opening = _opening_comma(s, y)
    return any(y.end <= k.start and k.end <= cue.start
               and (not _date_apart(s, k, y) if opening is None
                    else not any(ch in ",;:，；、" for ch in s.doc.text[opening:k.start]))
               and any(ch in ",;:，；、" for ch in s.doc.text[k.end:cue.start])
               for k in s.cue_list("halt"))


def _halted_after(s: Sentence, y: Mention) -> bool:
    """Whether, where a participle ends its clause, a word of ending closes the year's clause after it ("Die
    Fertigung des T-55 wurde 1981 aus Kostengründen eingestellt", "musste 1967 eingestellt werden": an auxiliary may
    follow it): that word is the clause's verb, however many words stand between, where no clause mark, no other year
    and no word of making or introduction does (not "1958 lief die Fertigung an und wurde 1967 eingestellt")."""
    if not s.doc.participles_last or _since(s, y):
        return False
    for k in s.cue_list("halt"):
        if k.start < y.end or any(ch in ",;:()–—" for ch in s.doc.text[y.end:k.start]) \
                or not _AUXILIARY_THEN_END.match(s.doc.text, k.end):
            continue
        # (a word of making between counts only with a word for "and" after it, a clause of its own: "1982 mit dem
        # Bau einer letzten Reihe für Indien endete" still ends in the year)
        if not any(m.start >= y.end and m.end <= k.start and (m.kind == "year" or (m.kind == "cue" and m.value in {
                "introduce", "produce"} and set(fold_phrase(s.doc.text[m.end:k.start]).split()) & and_words()))
                for m in s.mentions):
            return True
    return False


# the end of a clause, one word (an auxiliary: "eingestellt werden", "gestoppt worden") at most before it
_AUXILIARY_THEN_END = lazy_compile(r"\s*(?:[^\W\d_]+\s*)?(?:[.,;:!?)\n]|$)")


def _design_governs(s: Sentence, k: Mention, c: Mention) -> bool:
    """Whether a word of design governs a country: right after it where a participle comes before its noun ("in der
    UdSSR entworfene"), or before it with only a word of place and an article between ("designed in the
    Soviet Union")."""
    if k.start >= c.end:
        return s.doc.tokens_between(c.end, k.start) == 0 and not s.doc.text[c.end:k.start].strip()
    return s.doc.tokens_between(k.end, c.start) <= 2 and s.near_before(c.start, ("locative",), 1) is not None \
        and not any(k.end <= m.start and m.end <= c.start and m.kind != "cue" for m in s.mentions) \
        and not any(ch in ",;:()" for ch in s.doc.text[k.end:c.start])


def _licensed_making_of_original(s: Sentence, cue: Mention, p: Mention) -> bool:
    """Whether a word of making inside a phrase of licensed making ("allowed to produce", "licence-built") makes a
    name the sentence goes on to call the original of a copy ("began licence production of the MiG-21, then turned it
    into the J-7"): the licensee's start, no year of that design."""
    return any(q.value == p.value and id(q) in s.parents for q in s.products) \
        and any(k.start <= cue.start and cue.end <= k.end for k in s.cue_list("licence"))


def _since(s: Sentence, y: Mention) -> bool:
    """Whether a word of "since" marks a year: "since 1982", "od 1982 roku", or a word of one letter the matcher
    leaves to the particles ("с 1982 года", "з 1987 року")."""
    if s.near_before(y.start, ("since",), 1) is not None:
        return True
    word = _ONE_LETTER_BEFORE.search(s.doc.text[max(s.start, y.start - 3):y.start])
    return word is not None and "since" in s.doc.particles.get(word.group(1).lower(), frozenset())


_ONE_LETTER_BEFORE = lazy_compile(r"(?:^|\s)([^\W\d_])\s$")   # (in the three characters before a place)


_YEAR_MARKS = frozenset({"locative", "year_word", "since"})   # words a year may take ("in 1969", "في عام")


def _outside_cues(s: Sentence, a: int, b: int) -> str:
    """The text between a and b with the words of the cues inside it blanked out: a word for "and" of another
    language inside one of them is none ("a partire dal 1970", since 1970; "en 1970", in 1970)."""
    chars = list(s.doc.text[a:b])
    for k in s.mentions:
        if k.kind == "cue" and a <= k.start and k.end <= b:
            chars[k.start - a:k.end - a] = " " * (k.end - k.start)
    return "".join(chars)


def _event_year(s: Sentence, cue: Mention, y: Mention) -> bool:
    """Whether a year dates a war, a split or a crisis (class `war`), not the making: the word before the year in its
    clause, a few words between, nearer to it than the word of making ("after the split with the Soviet Union in
    1960"), or right after it with only names between ("1960年中苏分裂", the year the two fell out)."""
    for k in s.cue_list("war"):
        if k.end <= y.start and s.doc.tokens_between(k.end, y.start) <= 6 and not _date_apart(s, k, y) \
                and _date_gap(s, k, y) < s.gap(cue, y) and not (k.start <= cue.start and cue.end <= y.start):
            return True
        if _dates_the_event_before(s, k, cue, y):
            return True
        if k.start >= y.end and s.gap(y, k) < s.gap(cue, y) and not (y.end <= cue.start and cue.end <= k.start) \
                and (_names_only(s, y.end, k.start) or _glued_after(s, y, k)):
            return True
    return False


def _dates_the_event_before(s: Sentence, k: Mention, cue: Mention, y: Mention) -> bool:
    """Whether a year closes the phrase a word of war, split or crisis opens (a few words between, no clause mark)
    and the word of making comes only after the year ("the split of 1960 halted production", "sự chia rẽ Xô-Trung
    năm 1960 làm cho việc sản xuất ..."): the year is the event's, whatever the distances."""
    # (not a year the word of making follows right after it: "during the war in 1943 production began")
    return k.end <= y.start and cue.start >= y.end and s.doc.tokens_between(k.end, y.start) <= 3 \
        and s.doc.tokens_between(y.end, cue.start) >= 1 and not _date_apart(s, k, y) and not _since(s, y)


def _reported_last(s: Sentence, cue: Mention, y: Mention) -> bool:
    """Where the verb ends its clause: whether a year set off at the sentence's start ("2015年3月2日、…") dates a
    report whose verb, its quotative mark glued before it ("…と報じた", "…고 밝혔다"), ends the sentence after the word
    of introduction: the day of the news, not of what it tells."""
    if not s.doc.particles_follow or not _opening_date(s, y):
        return False
    return any(k.start >= cue.end and not s.doc.text[k.end:s.end].strip(" 。.!?！？」\n")
               for k in s.cue_list("report"))


def _opening_date(s: Sentence, y: Mention) -> bool:
    """Whether a year (with its month and day) opens its sentence and a comma sets the date off ("2015年3月2日、")."""
    if s.doc.tokens_between(s.start, y.start) > 0:
        return False
    after = _OPENING_DATE_TAIL.match(s.doc.text, y.end)
    return after is not None and s.doc.text[after.end():after.end() + 1] in {",", "、", "，"}


_OPENING_DATE_TAIL = lazy_compile(r"\s*(?:年|년)?\s*(?:\d{1,2}\s*(?:月|월)\s*)?(?:\d{1,2}\s*(?:日|일)\s*)?")


def _reported_then(s: Sentence, cue: Mention, y: Mention) -> bool:
    """Whether a year dates a report or a statement, not what it tells of: a verb of reporting (class `report`) in the
    year's clause after it, its subject at most between ("In 2008 the minister, X, stated that ...", "W 1956 roku
    prasa relacjonowała"), or right before it ("reported in 2008 that"), with the word of introduction after the verb,
    in what it tells."""
    for k in s.cue_list("report"):
        if k.end > cue.start:
            continue
        if k.start >= y.end and s.doc.tokens_between(y.end, k.start) <= 8 \
                and not any(ch in ";:。；" for ch in s.doc.text[y.end:k.start]):
            return True
        if k.end <= y.start and s.doc.tokens_between(k.end, y.start) <= 1 and _only_year_marks(s, k.end, y.start):
            return True
    return False


def _licence_taken_then(s: Sentence, cue: Mention, y: Mention) -> bool:
    """Whether a year dates a licence taken or handed over, not the making it allows: a word of licence (or of
    production papers) a word of buying, granting or handing over governs, a few words after that verb, with the year
    right after it in its clause ("acquired the rights to build it in 1958", "bought a manufacturing licence in
    1977", "received a licence to build it in 1951"), and the word of making no later than the year (a word of making
    only inside the licence's phrase, or before the verb). Where the verb comes last the order differs: not read."""
    if s.doc.particles_follow or cue.start >= y.end:
        return False
    for k in s.cue_list("licence"):
        if k.end > y.start or not _same_clause(s, k.end, y.start, 4):
            continue
        # (between the licence and the year: no name of a design's making or use of its own, but a word of making
        # right after the licence, its phrase: "a licence to produce in 1951", "licencję na produkcję w 1951")
        if any(m.kind == "cue" and m.value in {"introduce", "service", "produce", "export", "import"}
               and k.end <= m.start and m.end <= y.start
               and not (m.value == "produce" and s.doc.tokens_between(k.end, m.start) <= 1)
               for m in s.mentions):
            continue
        if any(v.end <= k.start and _same_clause(s, v.end, k.start, 4)
               and not any(m.kind == "cue" and m.value in {"introduce", "service"} and v.end <= m.start
                           and m.end <= k.start for m in s.mentions)
               for v in s.cue_list("import", "grant", "export")):
            return True
    return False


def _traded_then(s: Sentence, cue: Mention, y: Mention) -> bool:
    """Whether a year is a sale's, not the introduction's: a word of trade right after it with only the year's marks
    between ("1965年出口巴基斯坦"), or after it in its clause, where a word for "and" parts it from the word of
    introduction before it ("1959 eingeführt und ab 1965 nach Pakistan exportiert"); not the first units delivered
    ("the first T-55s were handed over in 1964")."""
    if s.cue_list("first"):
        return False
    for k in s.cue_list("export", "import"):
        # "the Mi-24s of Russian make, which the country bought in 2001": where the verb comes first, a year right
        # after a word of trade (only the year's marks between) and nearer it than the word of making is the sale's
        if not s.doc.particles_follow and k.end <= y.start and s.gap(k, y) < s.gap(cue, y) \
                and s.doc.tokens_between(k.end, y.start) <= 1 and _only_year_marks(s, k.end, y.start) \
                and not any(i.start <= k.start and k.end <= i.end for i in s.cue_list("introduce", "service")):
            return True
        if k.start < y.end or any(ch in ",;，；。" for ch in s.doc.text[y.end:k.start]) \
                or any((i.start <= k.start and k.end <= i.end) or (i.start >= k.end and s.gap(k, i) == 0)
                       for i in s.cue_list("introduce", "service")):
            continue   # (nor a word that is one of introduction too, "eingeführt", or that opens one: "se dostaly
            #            do výzbroje", got into the armament)
        between = s.doc.text[y.end:k.start].strip()
        if (_only_year_marks(s, y.end, k.start) or between in {"年", "년"}) \
                and s.doc.tokens_between(y.end, k.start) <= 1:
            return True
        if cue.end <= y.start and s.doc.tokens_between(y.end, k.start) <= 4 \
                and set(fold_phrase(_outside_cues(s, cue.end, y.start)).split()) & and_words():
            return True
    return False


def _joined_year(s: Sentence, end: Mention, y: Mention) -> bool:
    """Whether a year follows a year that ends a period, one word for "or" between and words a year takes at most
    ("by 2026 or 2027 the army will retire them": the second year is the end's too, not a start)."""
    if end.end > y.start or s.doc.tokens_between(end.end, y.start) > 4:
        return False
    joints = [w for w in fold_phrase(s.doc.text[end.end:y.start]).split() if w in or_words()]
    return len(joints) == 1 and _only_year_marks_but(s, end.end, y.start, joints[0])


def _only_year_marks_but(s: Sentence, a: int, b: int, joint: str) -> bool:
    """Whether every word between two places is a word a year takes, or the one joining word given."""
    marks = [k for k in s.cue_list(*_YEAR_MARKS) if a <= k.start and k.end <= b]
    return all(any(k.start <= a + w.start() < k.end for k in marks) or fold_phrase(w.group()).strip() == joint
               for w in re.finditer(r"[^\W\d_]+", s.doc.text[a:b]))


def _only_year_marks(s: Sentence, a: int, b: int) -> bool:
    """Whether every word between two places is a word a year takes ("the PKM | in | 1969")."""
    return _only_words_of(s, a, b, _YEAR_MARKS)


def _owner_of_original(s: Sentence, c: Mention) -> bool:
    """Whether a country's name is marked as the owner of the original a copy word names, and holds its rights
    ("सोवियत संघ के मिग-21 की लाइसेंस प्राप्त नकल", the Soviet Union's MiG-21's licensed copy): it gave the licence,
    and took none."""
    return not c.adjective and s.doc.holders is not None and any(
        id(p) in s.parents and p.entity and p.start >= c.end
        and s.doc.text[c.end:p.start].strip() in s.doc.genitive_marks and s.country(c) in s.doc.holders(p.entity)
        for p in s.products)


def _only_words_of(s: Sentence, a: int, b: int, classes: Iterable[str], articles_too: bool = False) -> bool:
    """Whether every word between two places is a cue word of ``classes`` (or, with ``articles_too``, an article)."""
    marks = [k for k in s.cue_list(*classes) if a <= k.start and k.end <= b]
    return all(any(k.start <= a + w.start() < k.end for k in marks)
               or (articles_too and fold_phrase(w.group()).strip() in articles())
               for w in re.finditer(r"[^\W\d_]+", s.doc.text[a:b]))


def _names_only(s: Sentence, a: int, b: int) -> bool:
    """Whether only names of countries and organisations stand between two places, and a year's unit word ("W 1978
    roku Polska podpisała", "In 1978 Poland signed")."""
    named = _mention_tokens(s, a, b, _PARTIES)
    return named > 0 and s.doc.tokens_between(a, b) - named - _cue_tokens(s, a, b, ("year_word",)) == 0


def _glued_after(s: Sentence, y: Mention, k: Mention) -> bool:
    """Whether a word follows a year with only a few letters of a script without spaces between them ("在1960年被停止":
    the time stands before its verb there), no space nor mark of a clause."""
    # (the rest of a date between: "1959年9月30日首飞")
    between = _DATE_TAIL.sub("", s.doc.text[y.end:k.start], count=1)
    return k.start >= y.end and len(between) <= 3 and all(han_or_kana(ch) for ch in between)


_DATE_TAIL = lazy_compile(r"^年\d{1,2}月(?:\d{1,2}[日号號])?")


def _paired_years(s: Sentence, subjects: list[Mention], ys: list[Mention]) -> dict[int, Mention]:
    """"The T-62 and T-64 entered service in 1961 and 1966 respectively": a list of names and a list of as many
    years with a word for "respectively", each name with the year in its place (by the year's id); else nothing
    ("between 1949 and 1959 the AK-47 and the AKM were made" pairs nothing)."""
    named = [p for p in subjects if p.start >= s.start]
    # (without the word, a list of years as long, set after the names: "entered service in 1947, 1958 and 1961")
    if not 2 <= len(named) == len(ys) or len({p.value for p in named}) < len(named) \
            or not (s.has("respectively") or named[-1].end <= ys[0].start):
        return {}
    if not all(_joins_list(s, a.end, b.start) for a, b in itertools.pairwise(named)) \
            or not all(_joins_list(s, a.end, b.start) for a, b in itertools.pairwise(ys)):
        return {}
    return {id(y): p for p, y in zip(named, ys, strict=True)}


def _year_place(s: Sentence, y: Mention, ys: list[Mention]) -> Mention | None:
    """The country a year's making or introduction took place in: one a word, an ending or a particle places, a few
    words from the year in its clause, with no other year nearer it ("made in the Soviet Union from 1959 and in
    China from 1967": 1967 is China's)."""
    for c in s.mentions:
        if c.kind != "country" or c.adjective or not _placed_or_sent(s, c) or _marked_recipient(s, c):
            continue
        a, b = (c.end, y.start) if c.end <= y.start else (y.end, c.start)
        if s.doc.tokens_between(a, b) > 3 or _clause_apart(s, c, [y]) \
                or any(o is not y and s.gap(o, c) < s.gap(y, c) for o in ys):
            continue
        return c
    return None


def _place_between(s: Sentence, a: Mention, b: Mention) -> bool:
    first, second = (a, b) if a.start <= b.start else (b, a)
    return any(m.kind == "country" and first.end <= m.start and m.end <= second.start for m in s.mentions)
