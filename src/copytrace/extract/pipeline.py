"""The extractor: text -> sentences -> mentions -> scored relations -> grounded facts.

1. the language is detected once per document, and its matcher (cue words, country names and
   adjectives, see ``lexicon``) and the known names scan the whole text once;
2. designations, organisations and years are found by their shape (``shapes``, ``mentions``);
3. each sentence's mentions go to the one relation scorer (``scorer``); what passes its
   relation's threshold becomes a fact quoting the original text at its own offsets.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache
from pathlib import Path

from copytrace.extract import lexicon
from copytrace.extract.field import (
    from_nowhere,
    in_field,
    no_import_home,
    no_import_of_own_copy,
    no_import_where_made,
    no_inherited_place,
    no_licence_at_home,
    sent_home,
)
from copytrace.extract.langdetect import WRITTEN_AS, detect_language
from copytrace.extract.match import fold_phrase, match_fold
from copytrace.extract.mentions import (
    MAX_MENTIONS,
    Document,
    Mention,
    anaphors,
    build,
    named_things,
    plant_anaphors,
)
from copytrace.extract.phonetic import in_latin, with_latin, written_by_sound
from copytrace.extract.resolve import Names, default_names, outside_field
from copytrace.extract.scorer import (
    LICENCE_NAME,
    Reading,
    Sentence,
    candidates,
    copy_label_country,
    introduces_list,
    list_item,
    longer_name,
    open_bracket,
    placed,
    used_by,
    weights,
)
from copytrace.extract.segment import sentences
from copytrace.extract.shapes import (
    and_phrases,
    and_words,
    article_or_nothing,
    articles,
    name_labels,
    shapes,
    users_headings,
)
from copytrace.extract.textio import body_start, read_text
from copytrace.lazyre import lazy_compile
from copytrace.model.candidate import CandidateFact, FactKey

MAX_QUOTE = 400
HEADING_WORDS = 6
RECENT_REACH = 0.4    # the share of a sentence its subject is looked for in
TITLE_WORDS = 16      # a news title runs longer than a heading
HEADING_REACH = 120   # characters looked at around a sentence for the rest of its line
_NUMBERED = lazy_compile(r"^\d{1,3}[.)、]\s*")


class Extractor:
    """Reads facts out of text with the names given (default: the shipped packs)."""

    def __init__(self, names: Names | None = None) -> None:
        self.names = names or default_names()
        self.codes = lexicon.available()

    def extract_file(self, path: Path) -> list[CandidateFact]:
        return self.extract_text(read_text(path), path.name)

    def language_of(self, text: str) -> str:
        code = detect_language(text, self.codes, judge=_words_of, common=lexicon.common_words(),
                               related=lexicon.related_languages())
        return code if code in self.codes else "en"

    def extract_text(self, text: str, doc: str = "-", lang: str | None = None) -> list[CandidateFact]:
        """The facts ``text`` states. A text longer than ``BLOCK`` characters is read block by block (blocks end
        at a paragraph, else a line, else a sentence), each a document of its own, in its own language unless
        ``lang`` is given: a document's mentions are capped to bound its cost, and a long text read whole would lose
        what it says past the cap."""
        if len(text) <= BLOCK:
            return self._extract_block(text, doc, lang)
        # (each block in its own language where none is given: a long text may gather passages of several)
        return self._by_blocks(text, body_start(text), BLOCK, doc, lang)

    def _by_blocks(self, text: str, begin: int, size: int, doc: str, code: str | None) -> list[CandidateFact]:
        """The facts of ``text[begin:]`` read block by block, each fact once (its surest reading)."""
        best: dict[FactKey, CandidateFact] = {}
        for a, b in text_blocks(text, begin, size):
            for fact in self._extract_block(text[a:b], doc, code):
                fact = replace(fact, start=fact.start + a, end=fact.end + a)
                key = fact.key()
                if key not in best or fact.confidence > best[key].confidence:
                    best[key] = fact
        return list(best.values())

    def _extract_block(self, text: str, doc: str = "-", lang: str | None = None) -> list[CandidateFact]:
        begin = body_start(text)
        lang = WRITTEN_AS.get(lang or "", lang)   # (a Nynorsk page is read with the Bokmål file)
        code = lang if lang in self.codes else self.language_of(text[begin:])
        language = lexicon.language(code)
        folded = match_fold(text)
        matches = language.matcher.find(text, folded, begin)
        document = build(text, begin, matches, self.names, folded, language)
        if len(document.mentions) >= MAX_MENTIONS and len(text) - begin > MIN_BLOCK:
            # (a text so dense with names and words of the language files that its mentions reach the cap: read in
            # halves, so nothing past the cap is lost)
            return self._by_blocks(text, begin, (len(text) - begin) // 2 + 1, doc, code)
        names = lexicon.countries().names
        thresholds = weights().thresholds
        found: dict[FactKey, CandidateFact] = {}
        adjective_only: list[CandidateFact] = []
        # ids of those in a sentence with no word of making and no copula after the design ("Unlike the Soviet
        # BMP-1, it ..."; not "X was a Soviet fighter", "The Soviet X was a fighter")
        incidental: set[int] = set()
        passing: list[CandidateFact] = []   # adjective-only, in a sentence with no word of making at all
        made: set[FactKey] = set()   # facts some sentence with such a word reads
        # exports to a design's own country, and those some sentence reads beside a country it may come from
        homebound: set[FactKey] = set()
        unsourced: set[FactKey] = set()   # exports whose sentence names no country they may come from
        from_abroad: set[FactKey] = set()
        # before the first product is named, the text speaks of the product it names most ("The pistol entered
        # service in 1951. ... The PM was ..."): the document's main subject opens as its topic
        topic: Mention | None = _main_subject(document.mentions)
        home = _home(document.mentions)
        seen: dict[str, int] = {}
        listed: Mention | None = None   # the product a list of versions is about, while the list goes on
        protected = [(m.start, m.end) for m in document.mentions if m.kind in {"product", "org"}]
        spans = _clauses_set_against(document, list(sentences(text, begin, len(text), language.abbreviations,
                                                              protected, _open_words(code))))
        sole = None if topic is not None else _sole_subject(document, spans)
        topic = topic or sole
        place: Mention | None = None    # the country a heading names, until the next heading
        # under a heading of users ("Operators"), the design spoken of there, until the next heading naming no country
        users: Mention | None = None
        recent: Mention | None = None   # the one product the sentence before spoke of
        going_on: Mention | None = None   # the one product sentences before spoke of, where none named another since
        given: list[Mention] = []   # the names the sentence before gave, in order
        each: list[Mention] = []   # those of them a plural pointer may mean (not the originals of other names)
        told: list[Mention] = []   # the products the paragraph's sentences so far named (not the originals of others)
        series: Mention | None = None   # the original the topic was read as a copy of, while a run of copies goes on
        # headings that name countries one by one ("1. China", "2. Iraq") head sections; one alone is a label
        # (whether each sentence is a line of its own of a few words, asked of it up to five times: looked at once)
        headings = {(a, b): _is_heading(text, a, b) for a, b in spans}
        places = {p.value for a, b in spans
                  if headings[(a, b)] and (p := _country_heading(document.within(a, b))) is not None}
        orgs = [m for m in document.mentions if m.kind == "org"]
        org_ends = [m.end for m in orgs]
        last_end = begin
        for start, end in spans:
            is_heading = headings[(start, end)]
            if sole is not None and topic is sole and start <= sole.start < end:
                topic = None   # (the sentence that names it reads it as any sentence reads what it names)
            mentions = document.within(start, end)
            if "\n" in text[last_end:start]:
                told = []
            if topic is not None and "\n" in text[last_end:start]:
                # "... It is a licensed T-72. The T-72 was designed in Nizhny Tagil. || Production began in 1984":
                # a new paragraph leaves the original the last sentence spoke of for the design the text is about
                if recent is not None and _original_of(recent, topic, found, self.names):
                    recent = None
                if going_on is not None and _original_of(going_on, topic, found, self.names):
                    going_on = None
            last_end = end
            # "The Type 59 is a Chinese copy of the T-54A. The Soviet tank was built by ...": a sentence that names no
            # product but a country's kind of product speaks of the last product named whose country that is
            phrase = _country_noun_phrase(document, mentions, start)
            meant = _product_of_country(document, phrase, start, self.names, names,
                                        [p for p in (recent, going_on, topic) if p is not None])
            if meant is not None:
                recent = meant
            if topic is not None:
                # "this rifle" points at the product the sentence before spoke of, or else at the topic; "the
                # latter" at the last name the sentence before gave
                pointing = anaphors(document, mentions, recent or topic, given, each, told)
                if pointing:
                    mentions = sorted(mentions + pointing, key=lambda m: (m.start, -m.end))
            if meant is not None and phrase is not None and not any(
                    m.pointer and m.kind == "product" and m.start <= phrase[1].start < m.end for m in mentions):
                # ("Le char polonais entra en service en 1995": the noun stands for the product meant, so the
                # adjective on it says where that was made, as on "this Polish tank")
                noun = phrase[1]
                # (with the plain adjectives between: "Советский лёгкий самолёт", the whole phrase stands for it)
                begin = noun.start if noun.start < phrase[0].end or not _plain_adjectives(
                    document, mentions, phrase[0].end, noun.start) \
                    else len(text) - len(text[phrase[0].end:].lstrip())
                pointer = Mention(begin, noun.end, "product", meant.value, text[begin:noun.end], meant.entity,
                                  family=meant.family, generic=meant.generic, pointer=True)
                mentions = sorted([*mentions, pointer], key=lambda m: (m.start, -m.end))
            # "this plant" points at the maker named last before the sentence
            plant = orgs[bisect.bisect_right(org_ends, start) - 1] if org_ends and org_ends[0] <= start else None
            if plant is not None:
                pointing = plant_anaphors(document, mentions, plant)
                if pointing:
                    mentions = sorted(mentions + pointing, key=lambda m: (m.start, -m.end))
            if is_heading and not any(m.kind == "country" for m in mentions):
                users = topic if fold_phrase(_HEADING_MARKS.sub("", text[start:end])).strip() in users_headings() \
                    else None
            if is_heading and users is None:   # (a list of users names countries line by line)
                place = _country_heading(mentions)
                if place is not None and len(places) >= 2:
                    # ("1. China ... the Type 81 ... | 2. Iraq | Rifles were made there without a licence"): a section
                    # of another country goes back to the design the text is about, not the last one named before it
                    recent, going_on = None, None
                    continue
                place = None
            # (a field of a data sheet: asked twice of a sentence, for a record's name and for a value)
            field = topic is not None and _is_field(text, start, end)
            record = _record_name(text, start, end, mentions) if field else None
            if record is not None:
                # "Name: Lim-2" after a record of the MiG-15bis: a new record, about the name it gives
                seen[record.value] = max(seen.values(), default=0) + 1
                topic, recent, series, going_on = record, None, None, None
                continue
            # (a design named in the sentence itself speaks for it: the one gone on about stands in only for none)
            named_here = any(m.kind == "product" for m in mentions)
            spoken = recent or (None if named_here else going_on) or topic
            if spoken is not None and not named_here:
                spoken = _design_made_there(document, mentions, start, spoken, topic, found, self.names, names) \
                    or spoken
            sentence = Sentence(document, start, end, mentions, spoken, names, home, self.names, series)
            # (what the sentence named, makers and countries too: "the latter" may be one of those)
            named = named_things(mentions)
            given = named if len(named) >= 2 or not any(m.pointer for m in mentions) else given
            found_here = list(candidates(sentence))
            # ("The Type 69 is a development of the Type 59. These tanks went to Iraq": what the sentence derived
            # another design from is not among the things a plural pointer of the next one means; "the latter" still
            # may be)
            kept = [m for m in given if not (m.kind == "product" and id(m) in sentence.parents)]
            each = kept if any(m.kind == "product" for m in kept) else given
            told.extend(m for m in named if m.kind == "product" and not m.pointer and id(m) not in sentence.parents)
            if not sentence.products and _is_title(text, begin, start, end):
                # a title that names no product ("Two neighbours and their weapons") states no fact of the
                # topic, other than a date that heads a data sheet ("made 1971")
                found_here = [c for c in found_here if c.relation == "introduced_year"]
            elif not sentence.products and is_heading and not any(
                    m.kind in {"country", "org", "year"} for m in mentions):
                # a heading that names nothing ("Unlicensed copies", "Licensed production") heads what the text
                # says below it, of other names; it says nothing of the topic itself
                found_here = []
            if place is not None:
                found_here.extend(placed(sentence, place))
            if users is not None:
                found_here.extend(used_by(sentence, users))
            if listed is not None:
                items = list(list_item(sentence, listed))
                found_here.extend(items)
                listed = listed if items else None
            listed = introduces_list(sentence) or listed
            for cand in found_here:
                if cand.score < thresholds.get(cand.relation, 0.5):
                    continue
                fact = _fact(document, doc, code, cand, self.names)
                if sentence.has(*_MAKING):
                    made.add(fact.key())
                if cand.relation == "exported_to":
                    (homebound if sent_home(sentence, cand, found_here, self.names) else from_abroad).add(fact.key())
                    if from_nowhere(sentence, cand, found_here):
                        unsourced.add(fact.key())
                held = found.get(fact.key())
                if held is None or fact.confidence > held.confidence:
                    found[fact.key()] = fact
                    if cand.via_adjective:
                        adjective_only.append(fact)
                        # (nor one on words that point back at the design: "this Soviet rifle" speaks of the design
                        # itself, not of one named in passing)
                        if not sentence.has(*_MAKING) and not cand.subject.pointer and not any(
                                k.start >= cand.subject.end for k in sentence.cue_list("copula")) \
                                and not _DASH_LINK.search(text, cand.subject.end, cand.end) \
                                and not any(mark in text[cand.start:cand.end] for mark in _MADE_MARKS):
                            incidental.add(id(fact))   # (no copula after the design: "The Soviet MiG-15 was a jet
                            #                             fighter" says where it comes from, as its subject)
                        if not sentence.has(*_MAKING):
                            passing.append(fact)
            # ("• 研仿原型:蘇聯米-4": a value of the sheet's subject, unless nothing has been spoken of yet:
            # "• 名称:直-5" names the subject)
            heading = None if field or not is_heading else _heading(sentence.products, text, start)
            if heading is not None and _glossed_by_org(text, mentions, heading):
                heading = None   # ("• KMDB (T-54)" in a sheet's list of bureaus heads nothing)
            if heading is not None:
                # a line that only names a product heads the text below it ("7. Galil", "BVP-1"): it is the topic
                seen[heading.value] = max(seen.values(), default=0) + 1
                # (and what the text said before the heading is no longer what the sentences below it speak of:
                # "... was built at Nizhny Tagil. || M-84 || Production began in 1984")
                topic, recent, going_on = heading, None, None
                continue
            # ("... the J-7, with a WP-7 engine of its own. This aircraft ...": a part is never what is spoken of)
            parts = sentence.part_names()
            subjects = [p for p in sentence.subjects() if id(p) not in parts]
            own = {p.value: p for p in subjects if p.start >= start and not p.generic}
            # (a family's name that opens the sentence as its only design is what it speaks of, and what a pronoun
            # in the next points at: "Die Kalaschnikows wurden dort gefertigt. Produziert wurden sie im Werk ...")
            own = own or {p.value: p for p in subjects[:1] if p.start >= start and p.generic
                          and fold_phrase(text[start:p.start]).strip() in article_or_nothing()}
            # "the J-7 (export version: F-7) is ...": names in brackets are asides to the one the sentence is about
            own = {v: p for v, p in own.items() if open_bracket(text, start, p.start) < 0} or own
            # "... and looks much like the MiG-21": what a name is compared with is not what it speaks of
            plain = {v: p for v, p in own.items() if sentence.near_before(p.start, ("resemble",), 3) is None}
            # ("The Type 86 went into service. Seen from outside it resembles a BMP-1. Making began in 1987": a sentence
            # whose only design is what it is likened to still speaks of the one gone on about before it)
            carried = (recent or going_on) if own and not plain and not field else None
            own = plain or own
            # "The J-6 is a Chinese fighter. ... a licence for the MiG-19. The aircraft ...": a design the registry
            # says the topic derives from is the background of a text about its copy, not what "the aircraft"
            # points at next (a topic the text has named already: not the one it names most later, "The T-72M1 was
            # built in Poland. It was exported to Iran. The PT-91 was developed from it.")
            # (not one the sentence opens with, as its subject: "MiG-15 (Lim-2) / The MiG-15 was the first Soviet
            # swept-wing fighter. ... The type was built in ...", the type the text goes on about)
            background = {v for v, p in own.items() if topic is not None and seen.get(topic.value, 0)
                          and _original_of(p, topic, found, self.names)
                          and _words_before(document, mentions, start, p) > 1}
            own = {v: p for v, p in own.items() if v not in background}
            # "... the second in the world (after the AH-1 Cobra)": a design outside the registry's field that brackets
            # set aside, in a text about one inside it, is a comparison, not what the next sentence speaks of
            own = {v: p for v, p in own.items() if not (topic is not None and _outside(p) and not _outside(topic)
                                                         and open_bracket(text, start, p.start) >= 0)}
            speaking = sentence.topic
            recent = next(iter(own.values())) if len(own) == 1 else None
            # "Type 59: Chinese copy" of the T-55: the original stays for the next of a run of copies
            series = next((m for c in found_here if recent is not None and speaking is not None
                           and c.relation == "derived_from" and c.subject is recent
                           and c.score >= thresholds.get(c.relation, 0.5)
                           for m in (series, speaking) if m is not None and c.object == m.value), None)
            recent = None if recent is not None and (field or (_late(sentence, recent) and not _copy_a_copula_ends_on(
                sentence, recent, found_here, thresholds))) else recent
            # "The M-84 is a Yugoslav copy of it. It has a crew of three. It was sold to Kuwait": sentences that
            # name no design go on about the one a sentence before them spoke of, up to the end of the paragraph
            if carried is not None:
                recent = None
            going_on = recent or carried or (going_on if not sentence.products and not field
                                             and "\n" not in text[end:_next_visible(text, end)] else None)
            if recent is not None and topic is not None and any(
                    c.relation == "derived_from" and c.subject.value == recent.value and c.object == topic.value
                    and c.subject.start > c.start for c in found_here):
                # "an improved version of this tank, the M-84A": "these tanks" are still the M-84 (not "The J-7 is a
                # version of the MiG-21", where the version stands first in the words that say so)
                recent = None
            if topic is not None and any(c.relation == "derived_from" and c.object == topic.value
                                         for c in found_here):
                # "an improved version of this tank, the M-84A": a version of the topic speaks of the topic too
                seen[topic.value] = seen.get(topic.value, 0) + 1
            chosen_here = False
            for p in subjects if sentence.products and not field else ():
                if p.value in background:
                    continue
                seen[p.value] = seen.get(p.value, 0) + 1
                if topic is not None and _outside(p) and not _outside(topic):
                    continue   # (what a design of the field is compared with, "faster than the F-16", is no topic)
                # the document's topic: the product it speaks of most, the latest on a tie; of two a sentence
                # brings to a tie, the first ("Su-27 / J-11" heads a page on the Su-27, the J-11 named after it)
                if topic is None or seen[p.value] > seen.get(topic.value, 0) \
                        or (seen[p.value] == seen.get(topic.value, 0) and not chosen_here):
                    topic = p
                    chosen_here = True
        loose = [f for f in passing if f.key() not in made]
        facts = _no_own_licensor(_one_name(_drop_users_adjectives(_drop_passing_adjectives(
            _drop_owner_adjectives(list(found.values()), adjective_only, incidental, [a for a, _ in spans],
                                   self.names),
            loose, self.names), loose, self.names, names), self.names))
        mentioned = {m.value for m in document.mentions if m.kind == "product" and m.entity}
        facts = _named_copies(_local_makers(facts, self.names, mentioned), [a for a, _ in spans], self.names, mentioned)
        facts = _no_copy_of_its_own_line(facts, self.names)
        facts = _version_of_its_stem(facts, document, self.names)
        facts = _makers_of_another_seat(facts, self.names, document, names)
        # (a copy made where its original is built is one of the copies a licence of that making goes to)
        facts = _copies_made_there(_registry_direction(facts, self.names), self.names, document, [a for a, _ in spans])
        facts = _local_names(facts, self.names, [a for a, _ in spans])
        facts = no_inherited_place(no_import_home(in_field(facts, self.names), homebound - from_abroad), self.names)
        facts = no_licence_at_home(no_import_where_made(facts, unsourced), self.names)
        facts = no_import_of_own_copy(facts, self.names)
        facts = _no_deliveries_within(facts, document, spans, names)
        facts = _family_names(facts)
        return sorted(facts, key=lambda f: (f.start, f.relation, f.object))


def _family_names(facts: list[CandidateFact]) -> list[CandidateFact]:
    """"An-2 (Colt) ... An-2TD (Colt), An-2TP (Colt)": a name the text gives a design, given again to its longer
    designations (its versions), is the family's name repeated, not another name of each version."""
    given = [f for f in facts if f.relation == "alias_of"]

    def longer(f: CandidateFact, g: CandidateFact) -> bool:
        return any(longer_name(a, b) for a in {f.subject, f.subject_text or f.subject}
                   for b in {g.subject, g.subject_text or g.subject})

    return [f for f in facts if f.relation != "alias_of" or not any(
        g.object == f.object and g.subject != f.subject and longer(f, g) for g in given)]


def _no_deliveries_within(facts: list[CandidateFact], document: Document, spans: list[tuple[int, int]],
                          country_names: dict[str, str]) -> list[CandidateFact]:
    """"Yugoslav M-84s went to depots in Slovenia and Bosnia", "... stayed in the depots of Serbia and Croatia": a
    design the text makes in a state of the past (Yugoslavia, the Soviet Union, Czechoslovakia) that goes to a state
    on that state's land, in a sentence that names no seller (no country but the state and those the design goes to:
    "Poland sent Soviet-built MiG-29s to Ukraine" and "Serbia sold M-84s to Bosnia" stay) and no year after the state
    ended ("in 2022 these tanks were delivered to Ukraine" stays), where that sentence or the one before names the
    state itself, moved within one country or was inherited: no export."""
    historical = lexicon.countries().historical
    lands = {name: {country_names.get(c, c) for c in entry.get("lands") or ()}
             for code, entry in historical.items() if (name := country_names.get(code))}
    ended = {name: int(entry["ended"]) for code, entry in historical.items()
             if (name := country_names.get(code)) and entry.get("ended")}
    starts = [a for a, _ in spans]
    made: dict[str, set[str]] = {}
    for f in facts:
        if f.relation == "made_in_country" and f.object in lands:
            made.setdefault(f.subject, set()).add(f.object)
    out = []
    for f in facts:
        if f.relation == "exported_to":
            own = {h for h in made.get(f.subject, ()) if f.object in lands[h]}
            at = bisect.bisect_right(starts, f.start) - 1
            if own and at >= 0 and f.start < spans[at][1]:
                here = document.within(*spans[at])
                sent = {g.object for g in facts if g.relation == "exported_to" and g.subject == f.subject
                        and spans[at][0] <= g.start < spans[at][1]}
                # (the state itself named, in this sentence or the one before: "after Yugoslavia broke up";
                # not only its adjective, "Soviet-built", which a sale by someone unnamed has too)
                near = here + (document.within(*spans[at - 1]) if at else [])
                later = any(m.kind == "year" and m.value.isdigit() and int(m.value) > ended.get(h, 9999) + 1
                            for m in here for h in own)
                if {country_names.get(m.value, m.value) for m in here if m.kind == "country"} <= own | sent \
                        and not later and any(m.kind == "country" and not m.adjective
                                              and country_names.get(m.value, m.value) in own for m in near):
                    continue
        out.append(f)
    return out


def _glossed_by_org(text: str, mentions: list[Mention], p: Mention) -> bool:
    """Whether a design stands first in brackets right after an organisation's name ("KMDB (T-54)", "Bumar (T-72M1
    and later)", a data sheet's list of makers or bureaus): a note of which designs that one worked on, no design
    the sentences after it speak of."""
    opened = text.rfind("(", max(0, p.start - 4), p.start)   # (a bracket right before the name: looked for close)
    if opened < 0 or text[opened + 1:p.start].strip():
        return False
    if any(m.kind == "org" and m.end <= opened and not text[m.end:opened].strip() for m in mentions):
        return True
    # (or a bureau's code the registry does not know, capitals and a number: "OKB-520 (T-54A)")
    return _BUREAU_CODE.search(text, max(0, opened - 20), opened) is not None


_BUREAU_CODE = lazy_compile(r"(?<![\w-])[A-ZÀ-Þ]{2,}[- ]?\d+[ \t]*$")


def _words_before(document: Document, mentions: list[Mention], start: int, name: Mention) -> int:
    """The word tokens between a sentence's start and ``name``, the words for a kind of product and countries'
    adjectives among them not counted: "Советский танк Т-72 ...", "The Soviet tank T-72 ..." open with the name."""
    n = document.tokens_between(start, name.start)
    for m in mentions:
        if start <= m.start and m.end <= name.start and (
                (m.kind == "cue" and m.value == "product_noun") or (m.kind == "country" and m.adjective)):
            n -= document.tokens_between(m.start, m.end)
    return n


def _country_noun_phrase(document: Document, mentions: list[Mention],
                         start: int) -> tuple[Mention, Mention] | None:
    """The country's adjective and the word for a kind of product it stands on, where they open a sentence that names
    no product (a word, an article, at most before them, past a field's label), the adjective before its noun or,
    where the language sets adjectives after their noun, after it ("The Soviet tank ...", "Le char polonais ...",
    "Polski czołg ..."); else None."""
    if any(m.kind == "product" for m in mentions):
        return None
    # (not a word for arms in general: "Russian weapons ..." speaks of no one design)
    general = {(k.start, k.end) for k in mentions if k.kind == "cue" and k.value == "goods"}
    nouns = [k for k in mentions if k.kind == "cue" and k.value == "product_noun" and (k.start, k.end) not in general]
    for c in mentions:
        if c.kind != "country" or not c.adjective:
            continue
        for noun in nouns:
            if 0 <= noun.start - c.end <= 1 or _plain_adjectives(document, mentions, c.end, noun.start):
                first = c   # ("Советский лёгкий многоцелевой самолёт": plain adjectives of its own may stand between)
            elif document.adjectives_follow and 0 <= c.start - noun.end <= 1:
                first = noun
            else:
                continue
            # (what stands before the phrase: a label's colon ends a field's name, "Remarque : le char polonais ...")
            opening = max(start, document.text.rfind(":", start, first.start) + 1)
            if document.tokens_between(opening, first.start) <= 1:
                return c, noun
    return None


_PLAIN_WORDS = lazy_compile(r"(?:\s+[^\W\d_A-ZА-ЯЁ][^\W\d_]*(?:-[^\W\d_]+)?){1,3}\s+")


def _plain_adjectives(document: Document, mentions: list[Mention], a: int, b: int) -> bool:
    """Whether one to three plain words written small, no mention among them, stand between an adjective of country
    and the noun it opens the phrase of ("Советский лёгкий многоцелевой самолёт", the Soviet light utility plane),
    each ending in the adjective's own last letter: adjectives that agree with it, as a language that inflects them
    writes them."""
    text = document.text
    if not 0 < b - a <= 60 or _PLAIN_WORDS.fullmatch(text, a, b) is None or a < 1 \
            or any(m.kind != "cue" or m.value != "product_noun" for m in mentions if a <= m.start < b):
        return False
    last = text[a - 1].casefold()
    return last.isalpha() and all(w.casefold().endswith(last) for w in text[a:b].split())


def _original_of(original: Mention, copy: Mention, found: dict[FactKey, CandidateFact], known: Names) -> bool:
    """Whether the text read so far (or the registry) derives ``copy`` from ``original``."""
    if original.value == copy.value:
        return False
    if any(f.relation == "derived_from" and f.subject == copy.value and f.object == original.value
           for f in found.values()):
        return True
    return bool(copy.entity and original.entity and known.derives(copy.entity, original.entity))


def _design_made_there(document: Document, mentions: list[Mention], start: int, spoken: Mention,
                       topic: Mention | None, found: dict[FactKey, CandidateFact], known: Names,
                       country_names: dict[str, str]) -> Mention | None:
    """A sentence that names no design but makes one in a place (a country, or the seat of a maker the registry
    knows) that is not where the design spoken of is made (as the registry or the sentences before have it), but
    where a design of its lineage is: the design spoken of is the wrong one. Where it is the copy, the sentence speaks
    of the original it derives from, named before (the last named: "The J-7BGI is the latest version of the Soviet
    MiG-21. ... the fighter, whose series production began in the USSR in 1959"); where it is an original of the
    topic, of the topic ("The M-84 is a licensed T-72. The T-72 was designed in Nizhny Tagil. Production began in
    1984 at Đuro Đaković"). Else None; and not where a word of trade shares the making's clause ("It was built there
    and sold to the USSR"), nor by a country of a word of trade's clause ("as some were destined to the USSR")."""
    cues = {m.value for m in mentions if m.kind == "cue"}
    # (a word of trade in a clause of its own leaves the making to its clause, and its own countries out: "The order
    # for Bangladesh shows that the fighter, whose making began in the USSR in 1959, ...")
    trade = [m for m in mentions if m.kind == "cue" and m.value in {"export", "import"}]
    places = {country_names.get(m.value, m.value) for m in mentions if m.kind == "country"
              and (not m.adjective or _on_plant_word(document, mentions, m))
              and not any(_one_clause(document, m, t) for t in trade)}
    places |= {home for m in mentions if m.kind == "org" and m.entity for home in known.homes(m.entity)}
    if "produce" not in cues or not places or any(_one_clause(document, m, t) for t in trade for m in mentions
                                                  if m.kind == "cue" and m.value == "produce"):
        return None

    def where(p: Mention) -> set[str]:
        made = {f.object for f in found.values() if f.relation == "made_in_country" and f.subject == p.value}
        return made | (set(known.homes(p.entity)) if p.entity else set())

    own = where(spoken)
    if not own or places & own:
        return None
    if topic is not None and _original_of(spoken, topic, found, known):
        return topic if places & where(topic) else None
    parents = {f.object for f in found.values() if f.relation == "derived_from" and f.subject == spoken.value}
    # (the products of the few thousand characters before: the cost stays linear in the text)
    for p in reversed(document.within(max(0, start - 3000), start)):
        if p.kind == "product" and p.value != spoken.value and places & where(p) and (
                p.value in parents or (spoken.entity and p.entity and known.derives(spoken.entity, p.entity))):
            return p
    return None


def _on_plant_word(document: Document, mentions: list[Mention], c: Mention) -> bool:
    """Whether a country's adjective stands right on a word for a plant ("in Soviet factories", "dans les usines
    soviétiques"): a place of making as the country's name is."""
    return any(k.kind == "cue" and k.value == "maker" and (0 <= document.tokens_between(c.end, k.start) == 0
                                                           or 0 <= document.tokens_between(k.end, c.start) == 0)
               and (k.end <= c.start or c.end <= k.start) for k in mentions)


def _one_clause(document: Document, a: Mention, b: Mention) -> bool:
    """Whether no comma or other clause mark stands between two mentions."""
    return not any(ch in ",;:()" for ch in document.text[min(a.end, b.end):max(a.start, b.start)])


def _product_of_country(document: Document, phrase: tuple[Mention, Mention] | None, start: int, known: Names,
                        country_names: dict[str, str], spoken: list[Mention]) -> Mention | None:
    """The product a sentence's opening country adjective on a word for a kind of product points at ("The Soviet
    tank ..."): the last product named before whose country, as the registry has it, that is; else the first of the
    products spoken of (``spoken``: the one the sentence before spoke of, the one gone on about, the topic) that the
    registry gives no other country ("Le char polonais entra en service" on a page about the PT-91; "The PT-76 entered
    service in 1952. The Chinese tank ..." on a page about the Type 63); else None."""
    if phrase is None:
        return None
    country = country_names.get(phrase[0].value, phrase[0].value)
    # (the products of the few thousand characters before: the cost stays linear in the text)
    for p in reversed(document.within(max(0, start - 3000), start)):
        if p.kind == "product" and p.entity and country in known.homes(p.entity):
            return p
    # ("The Type 59 entered service in 1959. The Soviet tank ...": not a design the registry says is another's)
    return next((p for p in spoken if not p.entity or not known.homes(p.entity) or country in known.homes(p.entity)),
                None)


def _clauses_set_against(document: Document, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"The T-55 was licensed, but the Type 59 was produced without a licence": a sentence whose clauses a comma or a
    semicolon and a word of contrast set against each other, each naming a product of its own, is read as one
    sentence per clause (what one says of its product is not said of the other's)."""
    out: list[tuple[int, int]] = []
    text = document.text
    joints = and_words() - _place_words(document)
    for start, end in spans:
        mentions = document.within(start, end) + _contrast_letters(document, start, end)
        mentions.sort(key=lambda m: (m.start, -m.end))
        cut = start
        # "The F-7 sold well: Pakistan received the F-7P, Bangladesh the F-7BG": a colon after a clause that names a
        # product, before a clause a country that acts opens, parts them (the pairs after it are their own)
        # (a full-width colon takes no space after it: "还被多国仿制：伊朗生产了…")
        colon = min((i for i in (text.find(":", start, end), text.find("：", start, end)) if i >= 0), default=-1)
        if colon >= 0 and (text[colon + 1:colon + 2].isspace() or text[colon] == "：") \
                and open_bracket(text, start, colon) < 0 \
                and any((m.kind == "product" or (m.kind == "cue" and m.value in {"anaphor", "anaphor_noun"}))
                        and m.end <= colon for m in mentions) \
                and _country_acts(mentions, colon + 1, end) \
                and fold_phrase(text[colon + 1:next(m.start for m in mentions if m.start > colon
                                                    and m.kind != "cue")]).strip() in article_or_nothing():
            out.append((start, colon + 1))
            cut = colon + 1
        for k in mentions:
            if k.kind == "country" and not k.adjective and k.start > cut and text[cut:k.start].rstrip().endswith("，") \
                    and _country_acts(mentions, k.start, end) \
                    and any(m.kind in {"country", "product"} and cut <= m.start for m in mentions if m.end < k.start) \
                    and any(m.kind == "cue" and m.value in _DOINGS and cut <= m.start and m.end < k.start
                            for m in mentions):   # (a clause before it: not "在T-54A的基础上，中国研制了…")
                # "伊朗生产了“哈塞布”火箭炮，土耳其生产了T-107": a full-width comma before a country that acts opens a
                # clause of its own (Chinese joins clauses with commas)
                comma = text.rfind("，", cut, k.start) + 1
                out.append((cut, comma))
                cut = comma
                continue
            if k.kind in {"country", "product", "org"} and k.start > cut \
                    and (closed := _LIST_CLOSED.search(text, cut, k.start)) is not None \
                    and any(m.kind in {"country", "product"} and cut <= m.start < closed.start() for m in mentions):
                # "出口至越南、阿尔巴尼亚等国，土耳其生产了T-107": a list a word for "and others" closes ends its
                # clause; a name right after the comma opens the next
                out.append((cut, closed.end()))
                cut = closed.end()
                continue
            # "The Type 56 is a copy of the AK-47 and the Type 63 is a copy of the SKS": a word for "and" that opens
            # a clause of its own (a name, then its verb), after a clause with a copula and a name of its own
            if k.kind == "product" and _dashed_clause(document, mentions, cut, k):
                # "J-5 — копия МиГ-17, J-6 — копия МиГ-19": a comma, a name, a dash and a word of copies, after a
                # part of the same shape
                comma = text.rfind(",", cut, k.start) + 1
                out.append((cut, comma))
                cut = comma
                continue
            if (_named(k) or (k.kind == "country" and not k.adjective)) \
                    and _clause_opens(document, mentions, cut, k, joints):
                # (a word for its kind may stand between: "a tank T-72M1 se vyráběl")
                kind = next((m for m in mentions if m.kind == "cue" and m.value == "product_noun" and m.end <= k.start
                             and not text[m.end:k.start].strip()), None)
                opened = _joint_start(text, cut, kind.start if kind is not None else k.start, joints)
                if opened is not None:
                    out.append((cut, opened))
                    cut = opened
                continue
            if k.kind == "cue" and k.value in _DOINGS - {"copula"} and k.start > cut \
                    and (opened := _verb_first_clause(document, mentions, cut, k, end, joints)) is not None:
                # "أنتجت رومانيا APR-40، وصنعت مصر صقر-18": where the verb comes first, a comma (and a word for
                # "and") before a verb its own country follows opens a clause of its own
                out.append((cut, opened))
                cut = opened
                continue
            if k.kind != "cue" or k.value != "contrast":
                continue
            # (a word of contrast set after the clause's first name, right after the comma: "…, Kína pedig a Type
            # 86-ot építette", "…, İran ise Şahab-1'i üretti", "…, Iran pa je prejel F-7M": the clause opens at the
            # comma)
            # (a word of contrast that closes its clause, a comma right after it, where the verb ends the clause:
            # Korean "…볼 수 있지만, T-44는 …": the next clause opens after the comma)
            if (closing := _closing_contrast(document, mentions, cut, k, end)) is not None:
                out.append((cut, closing))
                cut = closing
                continue
            first = _postposed_contrast(document, mentions, cut, k)
            if first is not None and any(m.kind == "product" and cut <= m.start < first for m in mentions) \
                    and any(m.kind == "product" and k.end <= m.start < end for m in mentions):
                out.append((cut, first))
                cut = first
                continue
            # (after a comma or a semicolon; or with none, where a name or a country that acts opens the clause
            # right after the word: "The T-55 was licensed but the Type 59 was not")
            # (the mark right before the word, a space or none between: "，但" where words run together)
            if text[max(cut, k.start - 2):k.start].strip()[-1:] not in _CLAUSE_MARKS \
                    and not _opens_own_clause(document, mentions, k.end, end):
                continue
            if k.end - k.start == 1 and not any(m.kind == "cue" and m.value in _DOINGS and k.end <= m.start < end
                                                for m in mentions):
                continue   # (a one-letter word before a clause whose verb is left out: "…, а в Румынии как PM md.
                #            63", and in Romania as the PM md. 63, says more of the same making)
            # (not a name set against another name of the same product: "officially Type 56, but commonly
            # called AK-56")
            # (or, after the word, a country that acts on the product spoken of: "…, while India built it")
            if any(m.kind == "product" and cut <= m.start < k.start for m in mentions) \
                    and (any(m.kind == "product" and k.end <= m.start < end for m in mentions)
                         or _country_acts(mentions, k.end, end)) \
                    and not any(m.kind == "cue" and m.value == "alias" and k.end <= m.start < end
                                # (a clause of its own, with a country that acts: "а Индия собирала его под
                                # названием Ajeya")
                                and not any(c.kind == "country" and not c.adjective and k.end <= c.start < m.start
                                            for c in mentions)
                                for m in mentions):
                out.append((cut, k.start))
                cut = k.start
        out.append((cut, end))
    return out


def _place_words(document: Document) -> frozenset[str]:
    """The words of place of the document's language that other languages write for "and" (Swedish "i", in;
    French "en"): in this language they open no clause ("T-72M1, byggd i Polen, levererades till Finland")."""
    return frozenset(w for w, classes in document.particles.items() if classes & _PLACE_CLASSES) | frozenset(
        fold_phrase(m.text).strip() for m in document.mentions if m.kind == "cue" and m.value in _PLACE_CLASSES)


_PLACE_CLASSES = frozenset({"locative", "source", "destination"})


def _verb_first_clause(document: Document, mentions: list[Mention], cut: int, verb: Mention, end: int,
                       joints: frozenset[str]) -> int | None:
    """Where a clause opens with a verb, right after a comma and at most a word for "and" (glued to the verb or
    not), a country that acts right after the verb and a product after that, the part before having a verb and a
    product of its own: the start of the clause, else None."""
    text = document.text
    head = text[cut:verb.start]
    mark = max(head.rfind(c) for c in _CLAUSE_MARKS)
    if mark < 0 or fold_phrase(head[mark + 1:]).strip() not in {"", *joints}:
        return None
    after = [m for m in mentions if m.start >= verb.end and m.kind != "cue"]
    before = [m for m in mentions if cut <= m.start and m.end <= cut + mark]
    if len(after) < 2 or after[0].kind != "country" or after[0].adjective \
            or document.tokens_between(verb.end, after[0].start) > 0 or after[1].kind != "product" \
            or after[1].start >= end:
        return None
    if not any(m.kind == "product" for m in before) \
            or not any(m.kind == "cue" and m.value in _DOINGS - {"copula"} for m in before):
        return None
    return cut + mark + 1


def _closing_contrast(document: Document, mentions: list[Mention], cut: int, k: Mention, end: int) -> int | None:
    """Where a word of contrast ends a clause, a comma or a semicolon right after it, and a product is named both
    before the word and after the mark: the start of the clause after the mark, else None."""
    text = document.text
    gap = text[k.end:end]
    stripped = gap.lstrip(" ")
    if not stripped or stripped[0] not in _CLAUSE_MARKS \
            or text[max(cut, k.start - 2):k.start].strip()[-1:] in _CLAUSE_MARKS:
        return None
    mark = k.end + len(gap) - len(stripped) + 1
    if not any(m.kind == "product" and cut <= m.start < k.start for m in mentions) \
            or not any(m.kind == "product" and mark <= m.start < end for m in mentions):
        return None
    return mark


def _postposed_contrast(document: Document, mentions: list[Mention], cut: int, k: Mention) -> int | None:
    """Where a clause opens whose first name a word of contrast follows right away, a comma before the name ("…,
    Kína pedig …"): the name's start, else None."""
    text = document.text
    name = next((m for m in reversed(mentions) if m.kind in {"country", "product"} and cut <= m.start
                 and m.end <= k.start), None)
    if name is None or text[name.end:k.start].strip(" '’") \
            or not text[cut:name.start].rstrip().endswith(tuple(_CLAUSE_MARKS)):
        return None
    return name.start


_LONE_WORD = lazy_compile(r"(?<!\w)\w(?!\w)")
# a Han character right after a comma: where words run together, a one-character word opening the clause ("，但")
_HAN_AFTER_MARK = lazy_compile(r"(?<=[,;，；])\s?([\u4e00-\u9fff])")
_LIST_CLOSED = lazy_compile(r"等[国國地]?\s*[，,]\s*$")   # Chinese "等" (and others) ending a list, then a comma
_CLAUSE_MARKS = frozenset({",", ";", "،", "؛", "，", "；", "、"})   # a comma or semicolon in any script


def _contrast_letters(document: Document, start: int, end: int) -> list[Mention]:
    """Words of contrast of one letter, which the language file keeps as particles, not mentions ("…, а Ирак …")."""
    if not any("contrast" in classes for classes in document.particles.values()):
        return []
    # (not one that opens a phrase for "and": "…, а также БМП-1", as well as)
    text = document.text
    return [Mention(m.start(), m.end(), "cue", "contrast", m.group())
            for m in _LONE_WORD.finditer(text, start, end)
            if "contrast" in document.particles.get(m.group().lower(), frozenset())
            and not any(text[m.start():m.start() + len(p)].lower() == p.lower() for p in and_phrases())] \
        + [Mention(m.start(1), m.end(1), "cue", "contrast", m.group(1))
           for m in _HAN_AFTER_MARK.finditer(text, start, end)
           if "contrast" in document.particles.get(m.group(1), frozenset())]


def _opens_own_clause(document: Document, mentions: list[Mention], start: int, end: int) -> bool:
    """Whether a clause opens, after an article at most, with a product a verb follows, or a country that acts."""
    first = next((m for m in mentions if start <= m.start < end and m.kind != "cue"), None)
    if first is None or fold_phrase(document.text[start:first.start]).strip() not in article_or_nothing():
        return False
    verb = next((m for m in mentions if m.start >= first.end and m.kind == "cue"), None)
    return (first.kind == "product" and verb is not None and verb.value in _DOINGS
            and document.tokens_between(first.end, verb.start) == 0) or _country_acts(mentions, start, end)


def _country_acts(mentions: list[Mention], start: int, end: int) -> bool:
    """Whether a clause opens with a country that a verb of making, trade or copying follows."""
    country = next((m for m in mentions if start <= m.start < end and m.kind != "cue"), None)
    return country is not None and country.kind == "country" and not country.adjective and any(
        m.kind == "cue" and m.value in _DOINGS and m.start >= country.end and m.end <= end for m in mentions)


def _joint_start(text: str, cut: int, at: int, joints: frozenset[str]) -> int | None:
    """Where a word for "and" (and an article after it) right before a name starts, else None."""
    head = text[cut:at].rstrip()
    words = head.split()
    # (a word that is "and" in one language and an article in another is "and" right before the name: Czech "a")
    if words and fold_phrase(words[-1]).strip() in articles() and fold_phrase(words[-1]).strip() not in joints:
        head = head[:len(head) - len(words[-1])].rstrip()
        words = words[:-1]
    head = head.rstrip(" ,")
    words = head.split()
    if not words or fold_phrase(words[-1]).strip() not in joints:
        return None
    return cut + len(head) - len(words[-1])


_DOINGS = frozenset({"copula", "produce", "export", "import", "copy", "design", "introduce", "capture"})
_GAPPED = frozenset({"copy", "variant", "basis"})


def _clause_opens(document: Document, mentions: list[Mention], cut: int, p: Mention, joints: frozenset[str]) -> bool:
    """Whether a name right after a word for "and" opens a clause of its own: a verb right after it (a copula, a word
    of making, trade or copying: "and Yugoslavia developed the M-84", "and the Type 63 is ..."), or, the verb left
    out, a word of copies ("and the J-7 a copy of the MiG-21"), where the part before the word has a verb of those
    and a name of its own besides the one the clause speaks of."""
    # (a country's verb may come a word later: "and Yugoslavia later built"; a short word of the verb's may stand
    # between, "a T-72M1 se vyráběl", whatever else the word may be: Czech "se" is "with" too)
    after = next((m for m in mentions if m.start >= p.end
                  and not (m.kind == "cue" and m.value not in _DOINGS and m.end - m.start <= 2)), None)
    between = fold_phrase(document.text[p.end:after.start]).strip() if after is not None else ""
    if after is None or after.kind != "cue" \
            or (between not in article_or_nothing()
                and not (len(between) <= 2 and between.isalpha() and between not in joints
                         and after.value in _DOINGS - {"copula"})
                and not (p.kind == "country" and document.tokens_between(p.end, after.start) <= 1
                         and fold_phrase(document.text[p.end:after.start]).strip() not in and_words()
                         and after.value in _DOINGS - {"copula"})):
        return False
    before = [m for m in mentions if cut <= m.start and m.end <= p.start]
    verbs = {m.value for m in before if m.kind == "cue" and m.value in _DOINGS}
    if after.value in _GAPPED:
        return "copula" in verbs and any(m.kind == "cue" and m.value in _GAPPED for m in before) \
            and sum(map(_named, before)) >= 2
    if after.value not in _DOINGS or not verbs:
        return False
    # (a country that acts opens one too, where the part before names a product; not the last of a list of
    # countries: "Poland and Czechoslovakia built it")
    named = [m for m in before if m.kind != "cue"]
    return sum(map(_named, before)) >= 2 or (p.kind == "country" and any(map(_named, before))
                                             and bool(named) and named[-1].kind != "country")


_DASH_COPULA = lazy_compile(r"\s+[—–-]\s+")


def _dashed_clause(document: Document, mentions: list[Mention], cut: int, p: Mention) -> bool:
    """Whether a name opens a clause of its own after a comma, a dash standing for its copula before a word of
    copies ("…, J-6 — копия МиГ-19"), where the part before the comma has a name, a dash and such a word too."""
    text = document.text
    head = text[cut:p.start].rstrip()
    last = head.rsplit(None, 1)[-1] if head else ""
    if fold_phrase(last).strip() in articles():   # (an article after the comma: ", the J-6 — a copy of")
        head = head[:len(head) - len(last)].rstrip()
    if not head.endswith(",") or _DASH_COPULA.match(text, p.end) is None:
        return False
    after = next((m for m in mentions if m.start >= p.end), None)
    if after is None or after.kind != "cue" or after.value not in _GAPPED \
            or document.tokens_between(p.end, after.start) > 1:
        return False
    first = next((m for m in mentions if m.kind == "product" and cut <= m.start < p.start), None)
    return first is not None and _DASH_COPULA.match(text, first.end) is not None and any(
        m.kind == "cue" and m.value in _GAPPED and first.end <= m.start < p.start for m in mentions)


# the cue classes of prepositions: a line that ends in one goes on into the next ("by the / Nanchang Aircraft")
_PREPOSITIONS = ("of", "agent", "locative", "source", "destination", "with")


@cache
def _open_words(code: str) -> frozenset[str]:
    """Words written in lower case after which a line break ends no paragraph: articles, words for "and" and, where
    they stand before their noun, the language's prepositions ("of the Soviet", "by the")."""
    language = lexicon.language(code)
    words = {w for w in articles() | and_words() if w.isalpha() and w.islower()}
    if not language.postpositions and not language.substring:
        words |= {w.lstrip("=") for cls in _PREPOSITIONS for w in language.cues.get(cls, ())
                  if w.lstrip("=").isalpha() and w.lstrip("=").islower()}
    return frozenset(words)


def _named(m: Mention) -> bool:
    """A product's name, or words that point back at one of the names given ("the latter")."""
    return m.kind == "product" or (m.kind == "cue" and m.value in {"former", "latter"})


def _next_visible(text: str, pos: int) -> int:
    """Where the next character that is no space stands after ``pos`` (the text's end where none does)."""
    found = _VISIBLE.search(text, pos)
    return found.start() if found is not None else len(text)


def _late(s: Sentence, p: Mention) -> bool:
    """Whether a product stands late in its sentence, and not as what the sentence makes: "compared with the
    F-5" (seldom the subject the next sentence goes on about), not "Romania made the PM md. 63 in 1963"."""
    if p.start <= s.start + (s.end - s.start) * RECENT_REACH or s.near_before(p.start, ("produce", "copy"), 3):
        return False
    # (nor a name a copula that opens the sentence says it is: "Es handelt sich dabei um eine J-7 (als Exportmodell
    # F-7 bezeichnet)", "This is a J-7 (...)", however long an aside after it makes the sentence)
    copula = s.near_before(p.start, ("copula",), 2)
    return copula is None or s.doc.tokens_between(s.start, copula.start) > 2


def _copy_a_copula_ends_on(s: Sentence, p: Mention, found: list[Reading], thresholds: dict[str, float]) -> bool:
    """Whether a late name is what a copula right before it says the sentence's subject is, and the sentence reads it
    (above the threshold) as a copy or version of another ("Of the T-72's many versions the best known is the Yugoslav
    M-84. The tank was built at ...": the M-84 is what the next sentence goes on about)."""
    copula = s.near_before(p.start, ("copula",), 2)
    return copula is not None and any(c.relation == "derived_from" and c.subject.value == p.value
                                      and c.score >= thresholds.get(c.relation, 0.5) for c in found)


BLOCK = 50_000   # characters of a text read as one document (a page of news runs to a few thousand)
MIN_BLOCK = 2_000   # a block is not halved below this


def text_blocks(text: str, begin: int, size: int) -> Iterator[tuple[int, int]]:
    """Spans of ``text[begin:]`` of at most ``size`` characters, each ending at a paragraph break where one stands in
    its second half, else at a line break, else after a sentence's stop, else at ``size``."""
    start = begin
    while len(text) - start > size:
        limit = start + size
        cut = -1
        for mark in ("\n\n", "\n", ". "):
            at = text.rfind(mark, start + size // 2, limit)
            if at >= 0:
                cut = at + len(mark)
                break
        cut = cut if cut > start else limit
        yield start, cut
        start = cut
    if start < len(text):
        yield start, len(text)


def _home(mentions: list[Mention]) -> str | None:
    """The country a text is about: named (or its adjective used) at least three times and more than any other."""
    counts: dict[str, int] = {}
    for m in mentions:
        if m.kind == "country" and not m.town:
            counts[m.value] = counts.get(m.value, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _outside(m: Mention) -> bool:
    """Whether a product is a design outside the registry's field ("F-16", ``data/outside.yaml``) that the registry
    does not hold."""
    return m.entity is None and outside_field(m.value)


def _sole_subject(document: Document, spans: list[tuple[int, int]]) -> Mention | None:
    """The one design a text names, where it names it in one sentence only and nothing else there but glosses in
    brackets ("It is a medium tank, adopted in 1958. ... With thousands built, the T-55 is among the most common";
    a data sheet whose last line is "名称:T-55"): what the sentences before and after it speak of; else None (not where
    it is named beside a family's name or another design: "automatic rifles and PM pistols")."""
    products = [m for m in document.mentions if m.kind == "product"]
    if not products:
        return None
    span = next(((a, b) for a, b in spans if a <= products[0].start < b), None)
    if span is None or any(not span[0] <= p.start < span[1] for p in products):
        return None
    outside = [p for p in products if open_bracket(document.text, span[0], p.start) < 0]
    # (a design of another field named beside it, "bought M1A2s, while its M-84s went to storage", is no second one)
    outside = [p for p in outside if not _outside(p)] or outside
    if len({p.value for p in outside}) != 1 or outside[0].generic:
        return None
    # ("... reconnaissance bombers such as the RB-47 flew over ...": a name given as an example is named in passing)
    example = any(m.kind == "cue" and m.value == "example" and document.tokens_between(m.end, outside[0].start) <= 2
                  for m in document.within(span[0], outside[0].start))
    return None if example else outside[0]


def _main_subject(mentions: list[Mention]) -> Mention | None:
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for m in mentions:
        if m.kind == "product" and not m.generic:
            counts[m.value] = counts.get(m.value, 0) + 1
            first.setdefault(m.value, m)
    if not counts:
        return None
    best = max(counts, key=lambda v: (counts[v], -first[v].start))
    return first[best] if counts[best] >= 2 else None


def _is_heading(text: str, start: int, end: int, words: int = HEADING_WORDS) -> bool:
    """Whether a sentence is a heading: a line of its own, of a few words, with no end mark (the line is looked
    at only near the sentence, so a long line costs no more than a short one)."""
    body = _NUMBERED.sub("", text[start:end].strip())
    if not 0 < len(body.split()) <= words or body[-1:] in ".!?。:：":
        return False
    low, high = max(0, start - HEADING_REACH), min(len(text), end + HEADING_REACH)
    line_start = text.rfind("\n", low, start) + 1
    line_end = text.find("\n", end, high)
    if (line_start == 0 and low > 0) or (line_end < 0 and high < len(text)):
        return False   # the line runs on past the reach: a sentence inside a longer line
    line = _NUMBERED.sub("", text[line_start:high if line_end < 0 else line_end].strip())
    return line == body


def _is_field(text: str, start: int, end: int) -> bool:
    """Whether a sentence is a field of a data sheet, a line of its own: a short label, a colon, a value
    ("• 研仿原型:蘇聯米-4", "Original: MiG-21"). A name in a field's value is a value of the sheet's subject, not
    what the next field speaks of."""
    line = text[start:end].strip()
    tail = text[end:end + 80].lstrip(" \t")
    # (each look at the lines around reads only those lines: a long text has many sentences)
    back = start
    while back > 0 and text[back - 1] in " \t":
        back -= 1
    alone = (start == 0 or (back > 0 and text[back - 1] == "\n")) and tail[:1] in {"", "\n", "\r"}
    field = _FIELD.match(line)
    # (a value of a few words, no sentence: "- Note: the Type 56-1 was exported to Iraq." is prose in a list)
    if "\n" in line or len(line) > _FIELD_CHARS or field is None or not alone \
            or len(line[field.end() - 1:].split()) > _FIELD_WORDS or line[-1:] in ".!?。":
        return False
    if line[:1] in _BULLETS:
        return True
    # (a line of its own with a label and a colon is a field where the line before or after is one too: a sheet, not
    # a title such as 'Doğudaki "Tokarev": TT tabancasının Çince versiyonları')
    back = start
    while back > 0 and text[back - 1].isspace():
        back -= 1
    before = text[text.rfind("\n", 0, back) + 1:back].strip()
    ahead = end
    while ahead < len(text) and text[ahead] in "\r\n":
        ahead += 1
    stop = text.find("\n", ahead)
    after = text[ahead:len(text) if stop < 0 else stop].strip()
    return any(len(other) <= _FIELD_CHARS and _FIELD.match(other) is not None for other in (before, after))


_BULLETS = "-•·*▪"
_FIELD_CHARS = 80
_FIELD_WORDS = 6
_FIELD = lazy_compile(r"[-•·*▪]?\s*[^\s:：.。!?,，][^:：.。!?\n]{0,23}[:：]\s*\S")


def _record_name(text: str, start: int, end: int, mentions: list[Mention]) -> Mention | None:
    """The design a field of a record's name gives, in a run of fields ("Name: Lim-2", "Bezeichnung: MPi-KM"): one
    product, the whole value (of a line ``_is_field`` says is a field)."""
    line = text[start:end].strip().lstrip("-•·*▪ ")
    label, _, _ = line.replace("：", ":").partition(":")
    if fold_phrase(label).strip() not in name_labels():
        return None
    named = [m for m in mentions if m.kind == "product" and not m.generic]
    return named[0] if len({m.value for m in named}) == 1 and not any(
        m.kind in {"country", "org"} for m in mentions) else None


def _is_title(text: str, begin: int, start: int, end: int) -> bool:
    """Whether a sentence is a title: a heading-like line that opens the text or stands apart above a blank line
    (not a short line of a list, "Exported to Iraq and Syria")."""
    if not _is_heading(text, start, end, TITLE_WORDS):
        return False
    if not text[begin:start].strip():
        return True
    # (below the text's opening, a label and its value set apart by blank lines is a field of a flattened data
    # sheet: "Manufacturer: Norinco")
    return _BLANK_AFTER.match(text, end) is not None and _FIELD.match(text[start:end].strip()) is None


_VISIBLE = lazy_compile(r"\S")
_HEADING_MARKS = lazy_compile(r"^[\s#=*\d.]+|[\s#=*:：]+$")   # ("## Operators", "== Users ==", "3. Nutzer:")
_BLANK_AFTER = lazy_compile(r"[ \t]*\n[ \t]*\n")


def _country_heading(mentions: list[Mention]) -> Mention | None:
    """The country a heading names, where it names one and no product or organisation."""
    countries = {m.value for m in mentions if m.kind == "country"}
    if len(countries) != 1 or any(m.kind in {"product", "org"} for m in mentions):
        return None
    # (a line a year opens is a data sheet's value, its country in brackets the place: "• 1964-1979 (Poland)")
    if next((m.kind for m in mentions if m.kind != "cue"), None) == "year":
        return None
    return next(m for m in mentions if m.kind == "country")


def _heading(products: list[Mention], text: str, start: int) -> Mention | None:
    """The product a heading names (``products``: those of a line ``_is_heading`` says is one): one product, or the
    one outside brackets where those inside gloss it ("MiG-17 (Lim-5)": the page is about the MiG-17, of which the
    Lim-5 is the make shown)."""
    named = {p.value for p in products if not p.generic}
    if len(named) == 1:
        return next(p for p in products if p.value in named)
    # ("KBK-88 Tantal": a designation the registry does not know, written right beside the one name it knows,
    # is a part of how that name is written)
    known = [p for p in products if not p.generic and p.entity]
    if len({p.value for p in known}) == 1 and all(
            p.entity or any(not text[min(p.end, k.end):max(p.start, k.start)].strip() for k in known)
            for p in products if not p.generic):
        return known[0]
    outside = [p for p in products if not p.generic and open_bracket(text, start, p.start) < 0]
    return outside[0] if len({p.value for p in outside}) == 1 else None


def _words_of(code: str, text: str) -> int:
    """How many cue words and country names of a language a text holds."""
    return len(lexicon.language(code).matcher.find(text, match_fold(text)))


def _one_name(facts: list[CandidateFact], names: Names) -> list[CandidateFact]:
    """Facts about another name of a product (alias_of) are about the product; the text keeps its spelling. The
    product is the alias's subject, unless only its other name is one the registry knows ("the SKhA-1, later
    renamed the An-2": what is said of either is said of the An-2)."""
    # a pair read both as two names of one product and as a derivative and its original is the derivation
    # (but for the name a licensed making goes by, read with its derivation: "the BVP-1 is the BMP-1 made under
    # licence"; each name keeps its own facts)
    derived = {frozenset((f.subject, f.object)) for f in facts if f.relation == "derived_from"}
    facts = [f for f in facts if f.relation != "alias_of" or f.qualifier == LICENCE_NAME
             or frozenset((f.subject, f.object)) not in derived]

    def known(name: str) -> bool:
        found = names.resolve(name)
        return found is not None and found.kind == "product"

    def two_products(a: str, b: str) -> bool:
        # names the registry holds as two products, neither derived from the other, are no one product: an early name
        # one design shared with another ("殲撃5 was first called 56式", and 56式 is also the rifle), or a sibling
        # ("the AKM ... China's guns are all called 56式") leaves the facts of each name with it; a licence-built
        # version's local name (the S-103 for the MiG-15bis) is still the product's
        x, y = names.resolve(a), names.resolve(b)
        return (x is not None and y is not None and x.kind == y.kind == "product" and x.entity != y.entity
                and not names.derives(x.entity, y.entity) and not names.derives(y.entity, x.entity))

    aliases = [f for f in facts if f.relation == "alias_of" and not two_products(f.subject, f.object)
               and f.qualifier != LICENCE_NAME]
    canonical = {f.object: f.subject for f in aliases if not (known(f.object) and not known(f.subject))}
    canonical |= {f.subject: f.object for f in aliases
                  if known(f.object) and not known(f.subject) and f.subject not in canonical.values()}
    out: dict[FactKey, CandidateFact] = {}
    for f in facts:
        if f.relation != "alias_of" and f.subject in canonical and canonical[f.subject] != f.subject:
            f = replace(f, subject=canonical[f.subject])
        out.setdefault(f.key(), f)
    return list(out.values())


def _named_copies(facts: list[CandidateFact], sentence_starts: list[int], names: Names,
                  mentioned: set[str]) -> list[CandidateFact]:
    """"China copied the AK-47 ... and named its version the Type 56": a copy read without a name ("AK-47 (China
    copy)") is the one product the text derives from the same original and makes in the same country; or, where the
    text derives none, the one product it names that the registry derives from that original and makes there (a
    page on the Type 56 that speaks of "the Chinese version of the AK")."""
    originals: dict[str, set[str]] = {}
    copies: dict[str, set[str]] = {}   # an original -> the named products derived from it
    places: dict[str, set[str]] = {}
    spans: dict[str, list[tuple[int, int]]] = {}
    for f in facts:
        if f.relation == "derived_from":
            originals.setdefault(f.subject, set()).add(f.object)
            if copy_label_country(f.subject) is None:
                copies.setdefault(f.object, set()).add(f.subject)
            spans.setdefault(f.subject, []).append((f.start, f.end))
        elif f.relation == "made_in_country":
            places.setdefault(f.subject, set()).add(f.object)

    def near(a: str, b: str) -> bool:   # said in one sentence (of those the pipeline read)
        return any(bisect.bisect_right(sentence_starts, x[0]) == bisect.bisect_right(sentence_starts, y[0])
                   for x in spans[a] for y in spans[b])

    renamed: dict[str, str] = {}
    for subject, theirs in originals.items():
        country = copy_label_country(subject)
        if country is None:
            continue
        # the same country, or no country of its own and named right beside the nameless copy
        named = [n for n in sorted(set().union(*(copies.get(o, set()) for o in theirs)))
                 if country in places.get(n, set()) or (not places.get(n) and near(n, subject))]
        if not named:
            named = _registry_copies(mentioned, theirs, country, names)
        if len(named) == 1:
            renamed[subject] = named[0]
    if not renamed:
        return facts
    out: dict[FactKey, CandidateFact] = {}
    # (a fact the text states of the named copy itself keeps its own words)
    for f in sorted(facts, key=lambda f: f.subject in renamed):
        if f.subject in renamed:
            f = replace(f, subject=renamed[f.subject])
        out.setdefault(f.key(), f)
    return list(out.values())


def _no_copy_of_its_own_line(facts: list[CandidateFact], names: Names) -> list[CandidateFact]:
    """A copy the text leaves unnamed that a country makes of a design the registry derives from a design of that
    country's own (a Russian copy of a Chinese version of a Soviet design, a Chinese copy of an Iranian copy of a
    Chinese rifle) is no product: the country's own design is what it makes. Its facts are dropped."""

    def of_own_line(subject: str) -> bool:
        country = copy_label_country(subject)
        if country is None or not subject.endswith(" copy)"):
            return False
        known = names.resolve(subject[:subject.rfind(" (")])
        return known is not None and known.kind == "product" and bool(known.entity) \
            and country not in names.homes(known.entity) and country in names.inherited_homes(known.entity)

    return [f for f in facts if not of_own_line(f.subject)]


def _version_of_its_stem(facts: list[CandidateFact], document: Document, names: Names) -> list[CandidateFact]:
    """A version whose original its words leave to the design spoken of ("derived versions such as the ZT-72"),
    whose name is a letter or three glued before the whole designation of another design the text names (ZT-72, the
    T-72; KT-55, the T-55), is a version of that design, not of the one spoken of."""
    named: dict[str, list[tuple[int, int]]] = {}
    for m in document.mentions:
        if m.kind == "product" and not m.generic:
            named.setdefault(m.value, []).append((m.start, m.end))
    out: dict[FactKey, CandidateFact] = {}
    for f in facts:
        if f.relation == "derived_from" and not any(f.start <= a and b <= f.end for a, b in named.get(f.object, ())):
            stems = [v for v in named if v not in (f.subject, f.object) and re.search(r"[A-Za-z]-?\d", v)
                     and re.fullmatch(r"[A-Z]{1,3}" + re.escape(v), f.subject)]
            child, parent = names.resolve(f.subject), names.resolve(f.object)
            if len(stems) == 1 and not (child is not None and parent is not None and child.entity and parent.entity
                                        and names.derives(child.entity, parent.entity)):
                f = replace(f, object=stems[0])
        out.setdefault(f.key(), f)
    return list(out.values())


def _registry_copies(mentioned: set[str], originals: set[str], country: str, names: Names) -> list[str]:
    """The products the text names (known ones) that the registry derives from one of ``originals`` and makes in
    ``country``."""
    parents = [k.entity for o in originals if (k := names.resolve(o)) is not None and k.entity]
    if not parents or any(country in names.homes(p) for p in parents):
        return []   # (a copy of a design in its own country is none: "J-5 (Chinese copy)" names no other design)
    found = []
    for subject in sorted(mentioned):
        known = names.resolve(subject)
        if known is not None and known.kind == "product" and known.entity \
                and any(names.derives(known.entity, p) for p in parents) and country in names.homes(known.entity):
            found.append(subject)
    return found


_LOCAL = frozenset({"licence_status", "licensed_by"})


def _licensed_versions(facts: list[CandidateFact]) -> set[tuple[str, str]]:
    """(version, original) pairs the text calls a version in the very words that license the version itself ("the
    J-7, a version of the MiG-21 built under licence"): a licensed copy, not a later rework of the design."""
    licensed = [f for f in facts if f.relation == "licence_status" and f.object == "licensed"]
    return {(f.subject, f.object) for f in facts
            if f.relation == "derived_from" and f.subject != f.object
            and any(g.subject == f.subject and g.start < f.end and f.start < g.end for g in licensed)}


def _local_names(facts: list[CandidateFact], names: Names, sentence_starts: list[int]) -> list[CandidateFact]:
    """"Poland built the MiG-15 under licence ... as the LiM-2": what a text says of a design's making in a country
    where it names the design's one copy made there is said of that copy. The copy is one the text derives from
    the design, or one the registry does ("The Type 56 is a Chinese rifle. China received a licence to produce
    the AK-47": the licence, and the making in China, are the Type 56's)."""
    made: dict[str, set[str]] = {}
    for f in facts:
        if f.relation == "made_in_country":
            made.setdefault(f.subject, set()).add(f.object)
    local: dict[tuple[str, str], set[str]] = {}   # (original, country) -> its copies made there
    spans: dict[str, list[tuple[int, int]]] = {}   # an original -> where the text derives a copy from it
    derived: dict[str, list[tuple[int, int]]] = {}   # a product -> where the text derives it from another
    for f in facts:
        if f.relation == "derived_from" and f.subject != f.object:
            derived.setdefault(f.subject, []).append((f.start, f.end))
        # (a copy made under the licence, not a later variant of the design: "The PT-91 was developed from the T-72")
        if f.relation == "derived_from" and f.subject != f.object and f.qualifier in {"licensed copy", "copy"}:
            spans.setdefault(f.object, []).append((f.start, f.end))
            for country in made.get(f.subject, set()):
                local.setdefault((f.object, country), set()).add(f.subject)
    versions = {(f.subject, f.object) for f in facts
                if f.relation == "derived_from" and f.qualifier not in {"licensed copy", "copy"}}
    versions -= _licensed_versions(facts)
    ids = {name: known.entity for name in made.keys() | {f.subject for f in facts if f.relation in _LOCAL}
           if (known := names.resolve(name)) is not None}
    made_in: dict[str, list[str]] = {}   # a country -> the known products the text makes there
    for product, places in made.items():
        if product in ids:
            for country in places:
                made_in.setdefault(country, []).append(product)
    for f in facts:
        place = f.scope if f.relation in _LOCAL else None
        # (not a design the registry already makes there: "the Type 59, a T-54 built under licence" in China is the
        # licensed copy itself, and the Type 69 China made from it later a variant of its own)
        if place and (f.subject, place) not in local and f.subject in ids and place not in names.homes(ids[f.subject]):
            # (not a copy the text itself calls a later version of the design: "the Tabuk is a longer rework of the
            # AKM, which was licence-built in Iraq" keeps the licence the AKM's)
            # (nor a later design the registry builds on the country's own copy of this very design: the PT-91 on
            # Poland's licence-built T-72M1 takes no licence of the T-72M1's)
            registry = {copy for copy in made_in.get(place, ()) if names.derives(ids[copy], ids[f.subject])
                        and (copy, f.subject) not in versions
                        and not names.own_copy_between(ids[copy], ids[f.subject], place)}
            if registry:
                local[(f.subject, place)] = registry
    # (a licence that names no licensee, where the text makes one copy of the design abroad and the design itself
    # nowhere but at home: "Russia sold a licence for 200 more Su-27SKs. From 1996 they were built in Shenyang as the
    # J-11" is the J-11's, taken where the copy is made)
    abroad: dict[str, set[tuple[str, str]]] = {}   # an original -> (copy, country) made outside its home
    for (original, country), kids in local.items():
        home = names.homes(ids[original]) if original in ids else frozenset()
        if country not in home and not (made.get(original, set()) - home):
            abroad.setdefault(original, set()).update((kid, country) for kid in kids)
    # (or one the registry derives from it: "the J-11" of a page that licenses "the Su-27SK")
    for f in facts:
        if f.relation in _LOCAL and f.scope is None and f.subject in ids and f.subject not in abroad:
            home = names.homes(ids[f.subject])
            if not (made.get(f.subject, set()) - home):
                kin = {(copy, country) for country, products in made_in.items() if country not in home
                       for copy in products if copy != f.subject and names.derives(ids[copy], ids[f.subject])
                       and (copy, f.subject) not in versions}
                if kin:
                    abroad[f.subject] = kin
    out: dict[FactKey, CandidateFact] = {}
    for f in facts:
        # (nor a licence in a sentence that derives this design from another: "the M-84 was one of the licensed
        # versions of the T-72" is the licence of the version spoken of, not of a later version of it the text
        # makes elsewhere, the M-84AB1)
        if f.relation in _LOCAL and f.scope is None and len(abroad.get(f.subject, ())) == 1 \
                and not any(a < f.end and f.start < b for a, b in spans.get(f.subject, [])) \
                and not any(_one_sentence(sentence_starts, a, f.start) for a, _ in derived.get(f.subject, [])):
            kid, country = next(iter(abroad[f.subject]))
            f = replace(f, subject=kid, scope=country)
        copies = local.get((f.subject, f.scope or ""), set()) if f.relation in _LOCAL else set()
        if len(copies) > 1 and all(c in ids for c in copies):
            # (of a copy and its own later version, "MLI-84" and "MLI-84M", the licence made the first)
            copies = {c for c in copies if not any(o != c and names.derives(ids[c], ids[o]) for o in copies)}
        # (not where the words that derive the copy say it too: "based on the licence-built T-72M1")
        if len(copies) == 1 and not any(a < f.end and f.start < b for a, b in spans.get(f.subject, [])):
            f = replace(f, subject=next(iter(copies)))
        held = out.get(f.key())
        if held is None or f.confidence > held.confidence:
            out[f.key()] = f
    return list(out.values())


def _copies_made_there(facts: list[CandidateFact], names: Names, document: Document,
                       sentence_starts: list[int]) -> list[CandidateFact]:
    """"The T-72 was built under licence in Poland" on a page that names the PT-91 elsewhere: a design made outside
    its own countries is made there as its one copy that the text names and the registry makes there, and the copy
    is made there too. The design keeps its fact (an analyst reads both: the licence-built T-72 and the PT-91 are
    Polish tanks); a copy the registry makes elsewhere, or two copies made there that neither derives from the
    other, get nothing (the registry's lineage is cited knowledge; which copy the text means is then unsaid), nor
    does a copy the sentence itself names ("The Ramses II is based on the T-54, which Egypt built under licence"
    places the making on the original on purpose)."""
    have = {f.key() for f in facts}
    out = list(facts)
    named = [m for m in document.mentions if m.kind == "product" and m.entity and not m.pointer]
    # (each name the text gives a known product, resolved once: name -> entity)
    entities = {value: found.entity for value in sorted({m.value for m in named})
                if (found := names.resolve(value)) is not None and found.kind == "product" and found.entity}
    for f in facts:
        known = names.resolve(f.subject) if f.relation == "made_in_country" else None
        if known is None or known.kind != "product" or not known.entity or f.object in names.homes(known.entity):
            continue
        here = {m.value for m in named if _one_sentence(sentence_starts, m.start, f.start)}
        copies: dict[str, str] = {}   # entity -> the name the text gives it
        for name, entity in entities.items():
            if name not in here and entity != known.entity and names.derives(entity, known.entity) \
                    and f.object in names.homes(entity):
                copies.setdefault(entity, name)
        # (of a copy and its own later version made there, "PT-91" and "PT-91M", the first copy)
        first = [e for e in copies if not any(o != e and names.derives(e, o) for o in copies)]
        if len(first) == 1:
            fact = replace(f, subject=copies[first[0]])
            if fact.key() not in have:
                have.add(fact.key())
                out.append(fact)
    return out


def _one_sentence(sentence_starts: list[int], a: int, b: int) -> bool:
    """Whether offsets a and b fall in one sentence (of those the pipeline read)."""
    return bisect.bisect_right(sentence_starts, a) == bisect.bisect_right(sentence_starts, b)


def _local_makers(facts: list[CandidateFact], names: Names, mentioned: set[str]) -> list[CandidateFact]:
    """"SAC received the drawings of the Su-27" on a page that names the J-11: a maker the registry places in a country
    that is not the design's own makes the one copy of the design the text names that the registry makes there, not
    the design itself (the registry's lineage is cited knowledge; a page that names the copy speaks of it)."""
    out: dict[FactKey, CandidateFact] = {}
    # (nor one the text itself makes the design in the maker's country: "Die Kalaschnikows wurden in der DDR in
    # Lizenz gefertigt. Produziert wurden sie im VEB ..." speaks of the design made there, not of a copy)
    made = {(f.subject, f.object) for f in facts if f.relation == "made_in_country"}
    # (a making the text states of the copy itself keeps its own words)
    for f in sorted(facts, key=lambda f: f.relation == "manufactured_by"):
        design = names.resolve(f.subject) if f.relation == "manufactured_by" else None
        maker = names.resolve(f.object) if design is not None and design.kind == "product" else None
        seats = names.homes(maker.entity) if maker is not None and maker.kind == "org" else frozenset()
        if design is not None and len(seats) == 1 and not seats & names.homes(design.entity) \
                and (f.subject, next(iter(seats))) not in made:
            copies = _registry_copies(mentioned, {f.subject}, next(iter(seats)), names)
            # (not a later design built on the country's own copy of the design: the WZT-2 on Poland's T-55)
            copies = [c for c in copies if not _on_a_local_copy(c, design.entity, next(iter(seats)), names)]
            if len(copies) == 1:
                f = replace(f, subject=copies[0])
        out.setdefault(f.key(), f)
    return list(out.values())


def _on_a_local_copy(copy: str, original: str, country: str, names: Names) -> bool:
    """Whether the registry derives a named design from the country's own copy of ``original`` (a design between them
    made in that country), not from ``original`` straight."""
    known = names.resolve(copy)
    return known is not None and known.entity is not None and names.local_copy_between(known.entity, original, country)


def _makers_of_another_seat(facts: list[CandidateFact], names: Names, document: Document,
                            country_names: dict[str, str]) -> list[CandidateFact]:
    """A maker the registry seats in one country that the text never names, making a design the text makes in
    another country, is another organisation of the same name there (Arabic "هيئة التصنيع الحربي", military
    industry authority, names Sudan's and Iraq's alike): the name is kept as the text writes it."""
    # (a historical state stands for the states on its land: Zastava, in Serbia, is Yugoslavia's)
    lands = {name: {country_names.get(c, c) for c in entry.get("lands") or ()}
             for code, entry in lexicon.countries().historical.items() if (name := country_names.get(code))}

    def with_lands(places: set[str]) -> set[str]:
        return places.union(*(lands.get(p, set()) for p in places))

    named = with_lands({country_names.get(m.value, m.value) for m in document.mentions if m.kind == "country"})
    made: dict[str, set[str]] = {}
    for f in facts:
        if f.relation == "made_in_country":
            made.setdefault(f.subject, set()).add(f.object)
    out: list[CandidateFact] = []
    for f in facts:
        maker = names.resolve(f.object) if f.relation == "manufactured_by" and f.subject in made else None
        seats = names.homes(maker.entity) if maker is not None and maker.kind == "org" else frozenset()
        if maker is not None and len(seats) == 1 and not seats & named and not seats & with_lands(made[f.subject]):
            written = next((m.text for m in document.mentions if m.kind == "org" and m.entity == maker.entity
                            and f.start <= m.start and m.end <= f.end), None)
            if written:
                f = replace(f, object=written)
        out.append(f)
    return out


def _registry_direction(facts: list[CandidateFact], names: Names) -> list[CandidateFact]:
    """A derivation the words read one way between two designs the registry derives the other way ("the AKM, and
    the AK-47 developed from it" read as the AK-47 from the AKM) is the registry's way round: the registry's lineage
    is cited knowledge, a reading of word order a guess."""
    out = []
    for f in facts:
        child = names.resolve(f.subject) if f.relation == "derived_from" else None
        parent = names.resolve(f.object) if child is not None else None
        if child is not None and parent is not None and names.derives(parent.entity, child.entity):
            f = replace(f, subject=f.object, object=f.subject, subject_text=f.object)
        out.append(f)
    return out


def _no_own_licensor(facts: list[CandidateFact]) -> list[CandidateFact]:
    """A country the text says makes a product is its licensee, not its licensor; and where the product is a copy,
    no buyer of it either ("China obtained the MiG-21" said of the J-7: what came in was the original; a design
    both bought and built under licence, "India bought and built T-72s", keeps both). Of the two readings of one
    country, the surer stands (a tie goes to the making, for a copy)."""
    made: dict[tuple[str, str], float] = {}
    licensors: dict[tuple[str, str], float] = {}
    for f in facts:
        if f.relation == "made_in_country":
            made[(f.subject, f.object)] = max(f.confidence, made.get((f.subject, f.object), 0.0))
        elif f.relation == "licensed_by":
            licensors[(f.subject, f.object)] = max(f.confidence, licensors.get((f.subject, f.object), 0.0))
    # (a successor, a development or a version is a design of its own, no copy: "the T-72, successor of the T-55,
    # was exported to many countries, Poland among them" and Poland built it under licence too, which keeps both;
    # so does "an improved T-55" bought and then built)
    copies = {f.subject for f in facts if f.relation == "derived_from" and f.qualifier in {"licensed copy", "copy"}}
    return [f for f in facts
            if not (f.relation == "licensed_by" and made.get((f.subject, f.object), 0.0) > f.confidence)
            and not (f.relation == "made_in_country" and licensors.get((f.subject, f.object), 0.0) > f.confidence)
            and not (f.relation == "exported_to" and f.subject in copies
                     and made.get((f.subject, f.object), 0.0) >= f.confidence)]


def _drop_owner_adjectives(facts: list[CandidateFact], adjective_only: list[CandidateFact],
                           incidental: set[int], sentence_starts: list[int], names: Names) -> list[CandidateFact]:
    """"Finnish T-72": an adjective names the owner, not the maker, when the text says the country bought it, or
    where the sentence says the design was made in another country (not the country the registry says makes the
    design or holds its rights: "the Finnish RK 62", whatever the text is read to have sent there).
    "The Romanian MLI-84 is a copy of the Soviet BMP-1": an adjective on the original design, in the sentence that
    derives a copy from it, tells the copy from its original; it states no place of making (not on a copy that has a
    copy of its own: "the Chinese Type 56 ... the Type 56-1, a version of the Type 56"). Elsewhere it does, unless
    the sentence names the design in passing (``incidental``: no word of making, and the adjective not said of the
    design after a copula: "Unlike the Soviet BMP-1, it ..." but not "The MiG-15 was a Soviet fighter")."""
    def sentence(f: CandidateFact) -> int:
        return bisect.bisect_right(sentence_starts, f.start)

    bought = {(f.subject, f.object) for f in facts if f.relation == "exported_to"}
    derived = {f.subject for f in facts if f.relation == "derived_from"}
    copied = [f for f in facts if f.relation == "derived_from" and f.object not in derived]
    originals = {f.object for f in copied}
    deriving = {(f.object, sentence(f)) for f in copied}

    def own(f: CandidateFact) -> bool:
        known = names.resolve(f.subject)
        return known is not None and known.kind == "product" and f.object in names.homes(known.entity)

    # ("The Finnish T-72M1 was built in the USSR", "Kuvajtski M-84AB proizveden je u Jugoslaviji": where the
    # sentence places the making of the design in another country, its adjective names the owner)
    # (not where the words that place it hold the adjective: "the Hungarian and Polish PM were made there" lists two)
    adjectives = {id(f) for f in adjective_only}
    placed: dict[tuple[str, int], list[CandidateFact]] = {}
    for f in facts:
        if f.relation == "made_in_country" and id(f) not in adjectives:
            placed.setdefault((f.subject, sentence(f)), []).append(f)

    def elsewhere(f: CandidateFact) -> bool:
        return any(g.object != f.object and not (g.start <= f.start and f.end <= g.end)
                   for g in placed.get((f.subject, sentence(f)), ()))

    drop = {id(f) for f in adjective_only if ((f.subject, f.object) in bought and not own(f))
            or (f.relation == "made_in_country" and f.subject in originals
                and (id(f) in incidental or (f.subject, sentence(f)) in deriving))
            or (f.relation == "made_in_country" and elsewhere(f) and not own(f)
                and not any(mark in f.quote for mark in _MADE_MARKS))}
    return [f for f in facts if id(f) not in drop]


# an adjective of making glued to its country ("ソ連製MiG-17", "苏制米格-17", "Soviet-made", Swedish, Norwegian and
# Danish "sovjettillverkade", "sovjetbygde", "sovjetproducerede"): said even in passing, it states where the design
# was made
_MADE_MARKS = ("製", "制", "産", "产", "產", "-made", "tillverk", "byggd", "byg", "produ")

# a dash between spaces that links a design to what it is, as a copula does ("Т-72 — советский танк семидесятых годов")
_DASH_LINK = lazy_compile(r"(?<=\s)[—–](?=\s)")

# words of making, copying, licensing or design: a sentence without any speaks of a design in passing
_MAKING = ("produce", "maker", "org_word", "licence", "unlicensed", "copy", "basis", "basis_reverse", "variant",
           "design", "introduce")


def _drop_users_adjectives(facts: list[CandidateFact], passing: list[CandidateFact],
                           names: Names, country_names: dict[str, str] | None = None) -> list[CandidateFact]:
    """"Syrian MiG-23 fighters were shot down", "Iraqi T-72 tanks": an adjective alone, in a sentence with no word of
    making, on a design whose line (it and every design derived from it) the registry says was made only in other
    countries names who used it, not where it was made."""
    def users(f: CandidateFact) -> bool:
        known = names.resolve(f.subject)
        if f.relation != "made_in_country" or known is None or known.kind != "product":
            return False
        line = names.makers_of_line(known.entity)
        return bool(line) and f.object not in line and f.object not in _bureau_homes(known.canonical, country_names)
    drop = {id(f) for f in passing if users(f)}
    return [f for f in facts if id(f) not in drop]


def _bureau_homes(name: str, country_names: dict[str, str] | None) -> set[str]:
    """The countries of the design bureau whose prefix opens a design's name (``bureau_homes``: the An-2 is the Soviet
    Union's and Ukraine's, Antonov's): an adjective of one of them is the design's own, never only its user's."""
    prefix = re.match(r"[^\W\d_]+", name)
    codes = shapes().bureau_homes.get(prefix.group().upper(), ()) if prefix is not None else ()
    return {(country_names or {}).get(code, code) for code in codes}


def _drop_passing_adjectives(facts: list[CandidateFact], passing: list[CandidateFact],
                             names: Names) -> list[CandidateFact]:
    """"compared with the British Chieftain and the American M60": an adjective on a design the registry does not
    know, in a sentence with no word of making, copying, licensing or design, where the text says nothing else of
    that design (no copy, licence, maker or other name), is a design named in passing with no lineage stated: out
    of the registry's scope, as the annotation conventions have it ("the Italian FIROS 25 is a copy of the BM-21"
    keeps its adjective, and so does "the Soviet heavy tank T-10 was built in large numbers")."""
    spoken = {f.subject for f in facts if f.relation != "made_in_country"} \
        | {f.object for f in facts if f.relation in {"derived_from", "alias_of"}}
    drop = {id(f) for f in passing if f.relation == "made_in_country" and f.subject not in spoken
            and names.resolve(f.subject) is None}
    return [f for f in facts if id(f) not in drop]


def _fact(document: Document, doc: str, code: str, cand: Reading, names: Names) -> CandidateFact:
    start, end = cand.start, cand.end
    if end - start > MAX_QUOTE:
        end = start + MAX_QUOTE
    subject = cand.subject
    confidence = max(0.01, min(0.99, cand.score))
    written = cand.object
    if cand.relation == "alias_of" and written_by_sound(written):
        # ("‘फिशबेड’": the other name in the script's own spelling, with the Latin name it spells where it is one the
        # registry gives the design: "Fishbed (फिशबेड)")
        written = in_latin(written, names.spoken_names(subject.entity)) or written
    if cand.relation == "alias_of":
        written = with_latin(written)   # ("Т-72 «Урал»": "Ural (Урал)", as analysts write another name)
    return CandidateFact(doc=doc, subject=subject.value, subject_text=subject.text, relation=cand.relation,
                object=written, scope=cand.scope, quote=document.text[start:end], start=start, end=end,
                language=code, confidence=round(confidence, 2), qualifier=cand.qualifier)


def extract_text(text: str, doc: str = "-", lang: str | None = None) -> list[CandidateFact]:
    return _default().extract_text(text, doc, lang)


_EXTRACTOR: list[Extractor] = []


def _default() -> Extractor:
    if not _EXTRACTOR:
        _EXTRACTOR.append(Extractor())
    return _EXTRACTOR[0]


def extract_files(paths: Iterable[Path], extractor: Extractor | None = None) -> Iterator[CandidateFact]:
    worker = extractor or _default()
    for path in paths:
        yield from worker.extract_file(path)
