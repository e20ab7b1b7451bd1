"""The extractor: one Aho-Corasick pass, then sentence-level rules only where they can matter.

1. fold the text (same length) and scan it once with the automaton of names and cues;
2. keep the paragraphs holding a relation cue near a product (or an anaphor of one);
3. only there: discover designations, split sentences with spaCy, build mentions and run
   the rules; every fact quotes the original text at its own offsets.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rapidfuzz import fuzz, process

from copytrace.extract.context import Context, Found
from copytrace.extract.discovery import discover, load_shapes
from copytrace.extract.fact import Fact
from copytrace.extract.fold import fold
from copytrace.extract.gazetteer import Entry, Hit
from copytrace.extract.langdata import LangData
from copytrace.extract.langdetect import detect_language
from copytrace.extract.mentions import Clause, Mention, vocab_for
from copytrace.extract.rules_licence import licence_status, licensed_by
from copytrace.extract.rules_lineage import alias_of, derived_from, find_derivations
from copytrace.extract.rules_origin import exported_to, made_in_country, manufactured_by
from copytrace.extract.rules_years import introduced_year
from copytrace.extract.segment import paragraph_around, sentences
from copytrace.extract.sources import Knowledge, default_knowledge
from copytrace.extract.textio import body_start, read_text

_YEAR = re.compile(r"(?<![\w.\-/])(1[89]\d\d|20[0-4]\d)(?![\d/]|\.\d)")
# Decades are not years: "the 1960s", "1990-an", "1960-х", "1960er", "1960-as évek".
_DECADE = re.compile(r"(?:['’]?s|-?an|-?(?:е|х|ых|ые|ті|ih|их|tych|te|er|as|es|luvulla|luku|luvun)|年代)\b")
_GROUP_RANK = {"product": 0, "organization": 1, "country": 2, "person": 3}
_RULES = (derived_from, alias_of, made_in_country, manufactured_by, exported_to, licence_status, licensed_by,
          introduced_year)
_MAX_QUOTE = 400
_MIN_FUZZY_HEAD = 6
_HEAD_CUTOFF = 80.0
# On equal spans a specific cue wins over the bare noun ("licensed" over "licen*").
_WEAK_CUES = frozenset({"licence", "family"})
# Cue classes that can start a fact; "family" nouns only describe a name.
_RELATION_CUES = frozenset({"licensed", "unlicensed", "licence", "expired", "disputed", "grant", "derive",
                            "derive_reverse", "alias", "replace", "production", "maker", "by_maker", "export",
                            "market", "intro"})


@dataclass(slots=True)
class _Paragraph:
    start: int
    end: int
    hits: list[Hit]
    has_name: bool
    has_cue: bool
    follows: bool  # directly after the previous block that held a match


class Extractor:
    """Reads facts out of text with the knowledge given (default: the shipped packs)."""

    def __init__(self, knowledge: Knowledge | None = None) -> None:
        self.knowledge = knowledge or default_knowledge()
        self.codes = tuple(sorted(self.knowledge.languages))

    # -- public ----------------------------------------------------------------------------

    def extract_file(self, path: Path) -> list[Fact]:
        return self.extract_text(read_text(path), path.name)

    def extract_text(self, text: str, doc: str = "-", lang: str | None = None) -> list[Fact]:
        begin = body_start(text)
        code = lang or detect_language(text[begin:], self.codes)
        data = self.knowledge.languages.get(code) or self.knowledge.languages["en"]
        langs = tuple(self.knowledge.languages[c] for c in dict.fromkeys((data.code, *data.also, "en"))
                      if c in self.knowledge.languages)
        allowed = self.allowed_languages(data)
        folded = fold(text)
        facts: dict[tuple[str, str, str, str, str | None], Fact] = {}
        antecedent: Mention | None = None
        age = 0
        previous_had_name = False
        # The product a paragraph is about (its first topic): a new paragraph that names no product
        # speaks of it, not of the variant the previous paragraph happened to mention last.
        para_topic: Mention | None = None
        for para in self._paragraphs(text, folded, begin, allowed, data.inflecting):
            if not para.follows:
                previous_had_name = False
            if para_topic is not None:
                antecedent = para_topic
            para_topic = None
            if not para.has_cue or not (para.has_name or previous_had_name or self._may_discover(text, para)):
                if para.has_name:
                    last = self._last_product(text, para)
                    if last is not None:
                        antecedent, age = last, 0
                previous_had_name = para.has_name
                continue
            for sent_start, sent_end in sentences(text, para.start, para.end, data.code):
                hits = [h for h in para.hits if h.start >= sent_start and h.end <= sent_end]
                mentions = self._mentions(text, sent_start, sent_end, hits, langs)
                age += 1
                for clause in self._clauses(text, sent_start, sent_end, mentions, data, langs):
                    ctx = Context(clause, self.knowledge, antecedent, age)
                    ctx.derivations = find_derivations(ctx)
                    for rule in _RULES:
                        for found in rule(ctx):
                            fact = self._fact(text, doc, code, clause, found)
                            facts.setdefault(fact.key(), fact)
                    topic = ctx.topic()
                    if topic is not None:
                        antecedent, age = topic, 0
                        para_topic = para_topic or topic
            previous_had_name = para.has_name
        return sorted(facts.values(), key=lambda f: (f.start, f.relation, f.object))

    def allowed_languages(self, data: LangData) -> frozenset[str]:
        """Languages whose phrases are read in a document of ``data``'s language (English loanwords too)."""
        codes = {data.code, *data.also, "en"}
        return frozenset(codes)

    def language_of(self, text: str) -> LangData:
        code = detect_language(text[body_start(text):], self.codes)
        return self.knowledge.languages.get(code) or self.knowledge.languages["en"]

    # -- first pass ------------------------------------------------------------------------

    def _paragraphs(self, text: str, folded: str, begin: int, allowed: frozenset[str],
                    inflecting: bool) -> Iterator[_Paragraph]:
        """Blocks holding at least one match, from a single automaton pass over the whole text."""
        groups: dict[tuple[int, int], list[Hit]] = {}
        span = (-1, -1)
        for hit in self.knowledge.gazetteer.scan(text, folded, begin, len(text), allowed, inflecting):
            if not span[0] <= hit.start < span[1]:
                span = paragraph_around(text, hit.start, begin, len(text))
            groups.setdefault(span, []).append(hit)
        previous_end = -1
        for (a, b) in sorted(groups):
            hits = groups[(a, b)]
            has_name = any(h.entry.group in ("product", "organization") for h in hits)
            has_cue = any(h.entry.group == "cue" and h.entry.target in _RELATION_CUES for h in hits)
            adjacent = previous_end >= 0 and not text[previous_end:a].strip()
            yield _Paragraph(a, b, hits, has_name, has_cue, adjacent)
            previous_end = b

    @staticmethod
    def _may_discover(text: str, para: _Paragraph) -> bool:
        """A block with a cue and no known name matters only if it holds a designation-shaped word."""
        return any(p.search(text, para.start, para.end) for p in load_shapes().patterns)

    def _last_product(self, text: str, para: _Paragraph) -> Mention | None:
        products = [h for h in para.hits if h.entry.group == "product"]
        if not products:
            return None
        h = products[-1]
        return Mention(h.start, h.end, "product", h.entry.target, h.entry.canonical, text[h.start:h.end],
                       generic=h.entry.generic)

    # -- mentions --------------------------------------------------------------------------

    def _mentions(self, text: str, start: int, end: int, hits: list[Hit],
                  langs: tuple[LangData, ...]) -> list[Mention]:
        names: list[Mention] = []
        cues: list[Mention] = []
        last_cue: dict[str, Mention] = {}
        ordered = sorted(hits, key=lambda h: (h.start, -(h.end - h.start), _GROUP_RANK.get(h.entry.group, 9),
                                              not h.entry.generic, h.entry.target in _WEAK_CUES))
        for h in ordered:
            e = h.entry
            m = Mention(h.start, h.end, e.group, e.target, e.canonical, text[h.start:h.end],
                        generic=e.generic, adjective=e.adjective, short=e.short)
            if e.group == "cue":
                # Cues of different classes may overlap ("licensed version" and "version of").
                last = last_cue.get(e.target)
                if last is not None and h.start < last.end:
                    continue
                last_cue[e.target] = m
                cues.append(m)
                continue
            if names and h.start < names[-1].end:
                continue
            names.append(m)
        if any(c.is_cue("maker") for c in cues):
            cues = _specific_cues(cues)
        names = self._discovered(text, start, end, names, bool(cues))
        names = self._fix_names(text, names, cues, langs)
        taken = [(m.start, m.end) for m in names]
        for match in _YEAR.finditer(text, start, end):
            if _DECADE.match(text, match.end()) or (text[match.end():match.end() + 1].isalpha() and \
                    not text[match.end():match.end() + 1].isupper()):
                continue
            if not any(a < match.end() and match.start() < b for a, b in taken):
                names.append(Mention(match.start(), match.end(), "year", match.group(), match.group(), match.group()))
        return sorted([*names, *cues], key=lambda m: (m.start, m.group == "cue"))

    def _discovered(self, text: str, start: int, end: int, names: list[Mention], has_cue: bool) -> list[Mention]:
        if not has_cue:
            return names
        out = list(names)
        for d in discover(text, start, end, self.knowledge.gazetteer):
            overlapping = [m for m in out if m.start < d.end and d.start < m.end]
            if any(m.group != "product" or m.end - m.start >= d.end - d.start for m in overlapping):
                continue
            inner = overlapping[0] if overlapping else None
            entry = d.entry
            target = entry.target if entry else inner.target if inner else "new:" + d.text
            canonical = entry.canonical if entry else inner.canonical if inner else d.text
            for m in overlapping:
                out.remove(m)
            out.append(Mention(d.start, d.end, "product", target, canonical, d.text,
                               discovered=entry is None and inner is None))
        return sorted(out, key=lambda m: m.start)

    def _fix_names(self, text: str, names: list[Mention], cues: list[Mention],
                   langs: tuple[LangData, ...]) -> list[Mention]:
        given = vocab_for(langs).given_names
        heads = self.knowledge.gazetteer.org_heads
        out: list[Mention] = []
        for m in names:
            if m.group == "product":
                # "Kalashnikov manufacturer", "der Konzern Kalaschnikow": a maker noun next to the name
                maker = next((c for c in cues if c.is_cue("maker") and (
                    (c.start >= m.end and text[m.end:c.start].strip() == "")
                    or (c.end <= m.start and text[c.end:m.start].strip() == ""))), None)
                org = _org_head(heads, m.text) if maker is not None else None
                if org is not None:
                    out.append(Mention(m.start, m.end, "organization", org.target, org.canonical, m.text))
                    continue
            if m.group == "product" and m.generic:
                before = text[max(0, m.start - 40):m.start].split()
                if before and fold(before[-1]) in given:
                    continue  # "Mikhail Kalashnikov": the designer, not the rifle
                m = self._with_family_noun(text, m, cues)
            out.append(m)
        return out

    @staticmethod
    def _with_family_noun(text: str, m: Mention, cues: list[Mention]) -> Mention:
        """ "Kalashnikov assault rifles", "senapan serbu Kalashnikov": the name as written in full."""
        for c in cues:
            if c.is_cue("family") and c.start >= m.end and text[m.end:c.start].strip() == "":
                m = Mention(m.start, c.end, m.group, m.target, m.canonical, text[m.start:c.end], generic=True)
            elif c.is_cue("family") and c.end <= m.start and text[c.end:m.start].strip() == "":
                m = Mention(c.start, m.end, m.group, m.target, m.canonical, text[c.start:m.end], generic=True)
        return m

    def _clauses(self, text: str, start: int, end: int, mentions: list[Mention], data: LangData,
                 langs: tuple[LangData, ...]) -> Iterable[Clause]:
        cuts = [start]
        for match in _contrast_pattern(tuple(w for lang in langs for w in lang.contrast)).finditer(text, start, end):
            cuts.append(match.start())
        cuts.append(end)
        for a, b in itertools.pairwise(cuts):
            inside = [m for m in mentions if m.start >= a and m.end <= b]
            if inside:
                yield Clause(text, a, b, data, langs, inside)

    # -- output ----------------------------------------------------------------------------

    @staticmethod
    def _fact(text: str, doc: str, code: str, clause: Clause, found: Found) -> Fact:
        a, b = clause.start, clause.end
        if b - a > _MAX_QUOTE:
            a = min(m.start for m in found.involved)
            b = max(m.end for m in found.involved)
        quote = text[a:b]
        subject = found.subject
        return Fact(doc=doc, subject=subject.canonical, subject_text=subject.text, relation=found.relation,
                    object=found.object, scope=found.scope, quote=quote, start=a, end=b, language=code,
                    confidence=round(found.confidence * (0.85 if subject.discovered else 1.0), 2))


def _org_head(heads: dict[str, Entry], written: str) -> Entry | None:
    """The organization whose name starts with ``written``, also as spelled in another language
    ("Kalaschnikow", "Kalachnikov" for "Kalashnikov Concern")."""
    key = fold(written).replace(" ", "")
    found = heads.get(key)
    if found is not None or len(key) < _MIN_FUZZY_HEAD:
        return found
    best = process.extractOne(key, list(heads), scorer=fuzz.ratio, score_cutoff=_HEAD_CUTOFF)
    return heads[best[0]] if best else None


def _specific_cues(cues: list[Mention]) -> list[Mention]:
    """On one word read both as a maker noun and a production verb, the longer phrase wins:
    "производител*" over "производ*" in "производителей", "gyárt*" over "gyár*" in "gyártották"."""
    best: dict[tuple[int, int], int] = {}
    for c in cues:
        if c.is_cue("maker", "production"):
            span = (c.start, c.end)
            best[span] = max(best.get(span, 0), len(c.canonical.replace("*", "")))
    return [c for c in cues if not c.is_cue("maker", "production")
            or len(c.canonical.replace("*", "")) >= best[(c.start, c.end)]]


@cache
def _contrast_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Where a clause ends inside a sentence: a semicolon, or a comma before "while", "but", "a"..."""
    if not words:
        return re.compile(r"[;]")
    joined = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?i)[;]|,\s*(?:{joined})\b")


def extract_text(text: str, doc: str = "-", lang: str | None = None) -> list[Fact]:
    return Extractor().extract_text(text, doc, lang)


def extract_files(paths: Iterable[Path], extractor: Extractor | None = None) -> Iterator[Fact]:
    worker = extractor or Extractor()
    for path in paths:
        yield from worker.extract_file(path)
