"""Where and by whom a product is made, and where it went: made_in_country, manufactured_by, exported_to."""

from __future__ import annotations

from copytrace.extract.context import Context, Found
from copytrace.extract.mentions import Clause, Mention

_AFTER_PRODUCTION = 6
_LIST_BEFORE = 8
_MAKER_REACH = 6
_DEST_GAP = 2
_FAMILY_SUBJECT = 6
_WHERE_REACH = 6
_PLACE_GAP = 1
_RELATIVE_REACH = 7
_OPENING_WORDS = 2
# "in der DDR", "in den USA": an article between the preposition and the place
_ARTICLES = frozenset({"der", "dem", "den", "die", "das"})


def _countries_after(clause: Clause, cue: Mention, window: int) -> list[Mention]:
    first = clause.after(cue.end, "country", window)
    if first is None or clause.between(cue.end, first.start, exclude=("organization",)):
        return []
    if clause.has_words(cue.end, first.start, "to_preps") and not cue.is_cue("export", "market"):
        return []  # "produced for export to Iraq": a destination, not a maker
    return clause.listed(first)


def subject_list(clause: Clause, cue: Mention) -> list[Mention]:
    """Countries written as the subject of a production verb: "Bulgaria, Poland and Romania built ..."."""
    excluded = licensors(clause)
    last = None
    for m in clause.of("country"):
        if m.end <= cue.start and m not in excluded and len(clause.words(m.end, cue.start)) <= _LIST_BEFORE:
            last = m
    if last is None or clause.between(last.end, cue.start, exclude=("country",)):
        return []
    words = clause.words(last.end, cue.start)
    relative = clause.word_set("relative")
    for i, word in enumerate(words):
        # "producers, which make copies" and "Russia says that ..." name another subject;
        # "South Africa is another country that makes ..." does not.
        if word in relative and not set(words[max(0, i - 2):i]) & clause.word_set("country_nouns"):
            return []
    if any(m.group == "product" for m in clause.mentions if last.end <= m.start < cue.start):
        return []
    countries = clause.listed(last, forward=False)
    intro = clause.word_set("list_intro")
    for i in range(len(countries) - 1, 0, -1):
        # "the USSR and its allies, such as East Germany, Hungary ...": the list after "such as"
        if any(w in intro for w in clause.words(countries[i - 1].end, countries[i].start)):
            return countries[i:]
    # A list started by a "such as" before its first country keeps every member.
    return countries


def licensor_of(clause: Clause, cue: Mention) -> Mention | None:
    """ "under licence from the USSR", "по лицензии СССР", "under a Soviet licence"."""
    inside = [m for m in clause.mentions if m.group in ("country", "organization")
              and m.start >= cue.start and m.end <= cue.end]
    if inside:
        return inside[0]
    for group in ("country", "organization"):
        after = clause.after(cue.end, group, 3)
        if after is not None and not clause.between(cue.end, after.start):
            words = clause.words(cue.end, after.start)
            preps = clause.word_set("from_preps")
            if words and any(w in preps for w in words) and clause.light_gap(cue.end, after.start, preps):
                return after
            if not words and (clause.lang.inflecting or clause.lang.adjective_after):
                return after  # "по лицензии СССР", "di bawah lisensi Uni Soviet"
    after = clause.after(cue.end, "country", 0)
    if after is not None and after.adjective and clause.lang.adjective_after:
        return after  # "na licencji radzieckiej", "sous licence soviétique"
    return None


def production_cues(clause: Clause) -> list[Mention]:
    return clause.cues("production", "licensed", "by_maker")


def licensors(clause: Clause) -> list[Mention]:
    """Countries and organizations named as the licensor: never the place a product is made."""
    cached = clause.memo.get("licensors")
    if isinstance(cached, list):
        return cached
    found = (licensor_of(clause, cue) for cue in clause.cues("licensed", "licence"))
    result = [m for m in found if m is not None]
    clause.memo["licensors"] = result
    return result


def made_in_country(ctx: Context) -> list[Found]:
    cached = ctx.clause.memo.get("made_in")
    if isinstance(cached, list):
        return cached
    result = _made_in_country(ctx)
    ctx.clause.memo["made_in"] = result
    return result


def _made_in_country(ctx: Context) -> list[Found]:
    clause = ctx.clause
    out: list[Found] = []
    excluded = licensors(clause)
    users = clause.word_set("user_words")
    for cue in production_cues(clause):
        for country in _countries_after(clause, cue, _AFTER_PRODUCTION):
            nxt = clause.after(country.end, "product", 1)
            if country in excluded or (nxt is not None and _modifies(clause, country, nxt, users)):
                continue
            subject = ctx.subject_for(cue.start)
            if subject is not None:
                out.append(Found("made_in_country", subject, country.canonical, None, (subject, cue, country), 0.8))
        countries = subject_list(clause, cue)
        if countries:
            # "Venezuela adquirió la licencia de fabricación" of the product the text is about
            product = clause.after(cue.end, "product", 10)
            if product is None and not clause.of("product") and not any(c.adjective for c in countries):
                product = ctx.anaphor()
            if product is not None:
                link = ctx.child_of(product)
                subject = link.child if link is not None and not link.child.generic else product
                for country in countries:
                    out.append(Found("made_in_country", subject, country.canonical, None,
                                     (country, cue, subject), 0.8))
    out.extend(f for f in _adjacent(ctx) if f.involved[0] not in excluded)
    out.extend(_where_made(ctx, excluded))
    out.extend(_place_before_verb(ctx, excluded))
    out.extend(_object_then_place(ctx, excluded))
    out.extend(_opening_place(ctx, excluded))
    out.extend(_makers_of_a_country(ctx, excluded))
    out.extend(_comes_from(ctx, excluded))
    return out


def _comes_from(ctx: Context, excluded: list[Mention]) -> list[Found]:
    """ "unlicensed AK copies from Serbia", "AK-Kopien aus Serbien": a product, then where it comes from."""
    clause = ctx.clause
    origin = clause.word_set("origin_preps")
    if not origin or not clause.cues("production", "derive", "licensed", "unlicensed", "export", "market"):
        return []
    out: list[Found] = []
    for country in clause.of("country"):
        if country in excluded:
            continue
        words = clause.words(max(clause.start, country.start - 40), country.start)
        if not words or words[-1] not in origin:
            continue
        product = clause.before(country.start, "product", 3)
        if product is None or clause.between(product.end, country.start):
            continue
        gap = clause.words(product.end, country.start)[:-1]
        cued = [c for c in clause.cues("derive", "family") if product.end <= c.start and c.end <= country.start]
        if len(gap) > sum(len(clause.words(c.start, c.end)) for c in cued):
            continue  # only "-Kopien", "copies", "rifles" may stand between the name and "from"
        out.append(Found("made_in_country", product, country.canonical, None, (product, country), 0.6))
    return out


def _placed(clause: Clause, country: Mention) -> bool:
    """Whether a locative preposition ("in", "в", "w") stands right before ``country`` ("in der DDR")."""
    prev = clause.words(max(clause.start, country.start - 24), country.start)[-2:]
    preps = clause.word_set("in_preps")
    return bool(prev) and (prev[-1] in preps or (len(prev) == 2 and prev[0] in preps and prev[1] in _ARTICLES))


def _object_then_place(ctx: Context, excluded: list[Mention]) -> list[Found]:
    """ "the licence for production of the AK-74 in Bulgaria", "производство на АК-74 в България"."""
    clause = ctx.clause
    out: list[Found] = []
    of_words = clause.word_set("of_words")
    for cue in clause.cues("production"):
        product = clause.after(cue.end, "product", 2)
        if product is None or not clause.light_gap(cue.end, product.start, of_words) or \
                clause.between(cue.end, product.start):
            continue
        country = clause.after(product.end, "country", 2)
        if country is None or country in excluded or not _placed(clause, country) or \
                clause.between(product.end, country.start):
            continue
        link = ctx.child_of(product)
        subject = link.child if link is not None else product
        out.extend(Found("made_in_country", subject, c.canonical, None, (subject, cue, c), 0.7)
                   for c in clause.listed(country) if c not in excluded)
    return out


def _opening_place(ctx: Context, excluded: list[Mention]) -> list[Found]:
    """ "In Romania the factory at Cugir built the PM md. 63": a clause that opens with a place."""
    clause = ctx.clause
    first = next(iter(clause.of("country")), None)
    if first is None or first in excluded or not _placed(clause, first) or \
            len(clause.words(clause.start, first.start)) > _OPENING_WORDS:
        return []
    cue = next((c for c in clause.cues("production", "by_maker") if c.start >= first.end), None)
    if cue is None:
        return []
    subject = ctx.subject_for(cue.start)
    if subject is None:
        return []
    return [Found("made_in_country", subject, c.canonical, None, (c, cue, subject), 0.65)
            for c in clause.listed(first) if c not in excluded]


def _makers_of_a_country(ctx: Context, excluded: list[Mention]) -> list[Found]:
    """ "Bulgarian producers are selling AK-74 copies", "Българските производители": makers of a country."""
    clause = ctx.clause
    out: list[Found] = []
    for cue in clause.cues("maker"):
        country = clause.before(cue.start, "country", 0)
        if country is None or not country.adjective or country in excluded or \
                clause.text[country.end:cue.start].strip():
            continue
        subject = ctx.subject_for(cue.end)
        if subject is not None and not subject.generic:
            out.append(Found("made_in_country", subject, country.canonical, None, (country, cue, subject), 0.6))
    return out


def _place_before_verb(ctx: Context, excluded: list[Mention]) -> list[Found]:
    """ "in Ungarn hergestellt", "в Китае производится", "Magyarországon gyártották": a place marked as
    one, right before a production verb."""
    clause = ctx.clause
    preps = clause.word_set("in_preps")
    endings = tuple(e for lang in clause.langs for e in lang.in_endings)
    if not preps and not endings:
        return []
    out: list[Found] = []
    for cue in clause.cues("production"):
        last = clause.before(cue.start, "country", _PLACE_GAP)
        # (language files list inflected names with the adjectives: "Polsce", "Китае")
        if last is None or last in excluded or clause.between(last.end, cue.start) or \
                clause.words(last.end, cue.start):
            continue
        countries = [c for c in clause.listed(last, forward=False) if c not in excluded]
        marked = bool(endings) and all(c.text.endswith(endings) for c in countries)
        if not countries or not (marked or _placed(clause, countries[0])):
            continue
        subject = ctx.subject_for(cue.start)
        if subject is not None:
            out.extend(Found("made_in_country", subject, c.canonical, None, (subject, c, cue), 0.7) for c in countries)
    return out


def _where_made(ctx: Context, excluded: list[Mention]) -> list[Found]:
    """ "exported to Colombia, where it is made under licence", "a Colombia, donde se produce"."""
    clause = ctx.clause
    out: list[Found] = []
    where = clause.word_set("where_words")
    if not where:
        return out
    for cue in production_cues(clause):
        country = clause.before(cue.start, "country", _WHERE_REACH)
        if country is None or country in excluded or clause.between(country.end, cue.start):
            continue
        words = clause.words(country.end, cue.start)
        if "," in words[:1]:
            words = words[1:]
        joined = " ".join(words) + " "
        if not any(joined.startswith(w + " ") for w in where):  # "where", "di mana"
            continue
        subject = ctx.subject_for(country.start)
        if subject is not None:
            out.append(Found("made_in_country", subject, country.canonical, None, (subject, country, cue), 0.7))
    return out


def _adjacent(ctx: Context) -> list[Found]:
    """ "Romanian AIM", "Romania's AIM", "AIM Rumania" (adjective after the noun), "the Polish version of"."""
    clause = ctx.clause
    out: list[Found] = []
    users = clause.word_set("user_words")
    for country in clause.of("country"):
        target = None
        nxt = clause.after(country.end, "product", 4)
        if nxt is not None and _modifies(clause, country, nxt, users):
            target = nxt
        family = next((c for c in clause.cues("family") if c.start >= country.end
                       and not clause.words(country.end, c.start)), None)
        before_family = next((c for c in clause.cues("family") if c.end <= country.start
                              and not clause.words(c.end, country.start)), None)
        if target is None and before_family is not None and nxt is not None and \
                not clause.words(country.end, nxt.start):
            target = nxt  # "le fusil finlandais Rk 62"
        if target is None and (family is not None or before_family is not None):
            # "Застава М70 је југословенска аутоматска пушка": the clause's subject is that rifle
            # "El AK-103 es un fusil de asalto ruso": the family noun may take several words
            subject = clause.before(country.start, "product", _FAMILY_SUBJECT)
            if subject is not None and not clause.between(subject.end, country.start):
                target = subject
        if target is None and clause.lang.adjective_after:
            prev = clause.before(country.start, "product", 0)
            if prev is not None and clause.text[prev.end:country.start].strip() == "":
                target = prev
        if target is None:
            copulas = clause.word_set("copulas")
            cue = next((c for c in clause.cues("derive") if c.start >= country.end
                        and len(clause.words(country.end, c.start)) <= 1
                        and not any(w in copulas for w in clause.words(country.end, c.start))), None)
            if cue is None and clause.lang.adjective_after:
                # "o copie românească a AKM", "une copie chinoise de l'AK-47"
                cue = next((c for c in clause.cues("derive") if c.end <= country.start
                            and not clause.words(c.end, country.start)), None)
            link = next((d for d in ctx.derivations if d.cue is cue), None) if cue else None
            if link is not None:
                out.append(Found("made_in_country", link.child, country.canonical, None, (country, link.child), 0.7))
            elif cue is not None:
                named = clause.after(cue.end, "product", 3)
                # "las copias chinas del AK-47": the country itself may stand between the cue and the name
                if named is None or not clause.light_gap(max(cue.end, country.end), named.start,
                                                         clause.word_set("of_words")):
                    continue
                if "," in clause.words(cue.end, named.start):  # "the Hungarian version, the AMD-65,"
                    out.append(Found("made_in_country", named, country.canonical, None, (country, named), 0.65))
                elif ctx.child_of(named) is None:
                    # "las copias chinas del AK-47": copies of the AK-47 made in China
                    copies = Mention(min(country.start, cue.start), named.end, "product", named.target,
                                     named.canonical, clause.text[min(country.start, cue.start):named.end])
                    out.append(Found("made_in_country", copies, country.canonical, None, (country, named), 0.6))
            continue
        link = ctx.child_of(target)
        if link is not None:
            # "versi AK-74 Polandia" is the Polish version; "versi dari AKM Soviet" and "kopią
            # radzieckiego AKM" are the Soviet AKM.
            of_words = clause.word_set("of_words")
            # "basado en el Valmet Rk 62 finlandés": a preposition or article after the cue ties it too
            tied = any(w in of_words for w in clause.words(link.cue.start, target.start)[1:]) or \
                bool(clause.words(link.cue.end, target.start))
            if target.generic or (not tied and country.start > target.start):
                target = link.child
        out.append(Found("made_in_country", target, country.canonical, None, (country, target), 0.75))
    return out


def _modifies(clause: Clause, country: Mention, product: Mention, users: frozenset[str]) -> bool:
    """ "Romanian AIM", "Romania's AIM", "the Romanian-made AIM", "югославский автомат М70"."""
    words = clause.words(country.end, product.start)
    if any(w in users for w in words) or clause.between(country.end, product.start):
        return False
    cued = [m for m in clause.cues("production", "licensed", "family")
            if country.end <= m.start and m.end <= product.start]
    covered = sum(len(clause.words(m.start, m.end)) for m in cued)
    return not words or words == ["'s"] or (bool(cued) and covered >= len(words))


def manufactured_by(ctx: Context) -> list[Found]:
    """ "made by Norinco", "Norinco produces the Type 56", "the Kalashnikov manufacturer", "FÉG's AMD-65"."""
    clause = ctx.clause
    out: list[Found] = []
    excluded = licensors(clause)
    making = clause.cues("production", "by_maker", "licensed")
    for org in clause.of("organization"):
        if org in excluded:
            continue
        if org.short and clause.before(org.start, "organization", 2) is not None:
            continue  # "Zakłady Metalowe „Łucznik” w Radomiu": the town the maker stands in
        subject: Mention | None = None
        before = [c for c in making if c.end <= org.start and len(clause.words(c.end, org.start)) <= _MAKER_REACH]
        # "Zastava Arms, die das Modell M70 herstellt": a relative clause reaches to its final verb
        opening = clause.words(org.end, org.end + 12)[:2]
        relative = bool(opening) and ((opening[0] in clause.word_set("relative") and opening[0] not in _ARTICLES) or (
            opening[0] == "," and len(opening) > 1 and opening[1] in clause.word_set("relative")))
        reach = _RELATIVE_REACH if relative else 3
        after = [c for c in making if c.start >= org.end and len(clause.words(org.end, c.start)) <= reach]
        makers = [c for c in clause.cues("maker") if (c.end <= org.start and not clause.words(c.end, org.start))
                  or (c.start >= org.end and not clause.words(org.end, c.start))]
        if before:
            subject = ctx.subject_for(before[-1].start)
        elif after:
            subject = clause.after(after[0].end, "product", 8) or ctx.subject_for(org.start)
        elif makers and (making or ctx.anaphor() is not None):
            subject = ctx.subject_for(org.start)
        elif clause.text[org.end:org.end + 2] in ("'s", "’s"):
            subject = clause.after(org.end, "product", 1)
        if subject is None:
            continue
        out.append(Found("manufactured_by", subject, org.canonical, None, (subject, org), 0.7))
        country = clause.before(org.start, "country", 0)
        if country is not None and not clause.words(country.end, org.start):
            out.append(Found("made_in_country", subject, country.canonical, None, (country, org), 0.65))
    return out


def exported_to(ctx: Context) -> list[Found]:
    clause = ctx.clause
    out: list[Found] = []
    for cue in clause.cues("export", "market"):
        countries = _countries_after(clause, cue, 4 if cue.is_cue("export") else 2) or \
            _destinations_before(clause, cue)
        if not countries:
            out.extend(_objects_and_destinations(ctx, cue))
            continue
        subject = ctx.subject_for(cue.start, max_before=30, max_after=30)
        if subject is None:
            continue
        if subject not in clause.mentions and _exporter(clause, cue):
            continue  # "Cugir also exported weapons to Iraq": the maker's arms at large, not the topic
        subjects = [subject]
        if subject in clause.mentions and subject.end <= cue.start:
            # "The AKM and the AMD-65 were exported to Iraq": every product of the list
            subjects = [m for m in clause.listed(subject, forward=False) if not m.generic] or [subject]
        for product in subjects:
            for country in countries:
                out.append(Found("exported_to", product, country.canonical, None, (product, cue, country), 0.75))
    return out


def _objects_and_destinations(ctx: Context, cue: Mention) -> list[Found]:
    """ "exported the PM md. 63 to Iraq and the PM md. 65 to Iran": each named product, then where it went."""
    clause = ctx.clause
    out: list[Found] = []
    preps = clause.word_set("to_preps")
    start = cue.end
    while True:
        product = clause.after(start, "product", 2)
        if product is None or clause.between(start, product.start) or \
                (start != cue.end and not clause.light_gap(start, product.start)):
            break
        first = clause.after(product.end, "country", 2)
        if first is None or clause.between(product.end, first.start) or \
                not clause.has_words(product.end, first.start, "to_preps") or \
                not clause.light_gap(product.end, first.start, preps):
            break
        countries = clause.listed(first)
        out.extend(Found("exported_to", product, c.canonical, None, (product, cue, c), 0.7) for c in countries)
        start = countries[-1].end
    return out


def _exporter(clause: Clause, cue: Mention) -> bool:
    """An organization right before an export verb is its subject ("Cugir exported arms", "Karabinki z
    Radomia trafiały do"), unless it is the object of a production verb ("made by IMI and exported")."""
    org = clause.before(cue.start, "organization", 2)
    if org is None:
        return False
    return not any(c.end <= org.start for c in production_cues(clause))


def _destinations_before(clause: Clause, cue: Mention) -> list[Mention]:
    """Verb-final destinations: "Irakba is exportálták", "nach Irak und Iran exportiert"."""
    if not cue.is_cue("export"):
        return []
    last = clause.before(cue.start, "country", _DEST_GAP)
    if last is None or clause.between(last.end, cue.start):
        return []
    countries = clause.listed(last, forward=False)
    endings = tuple(e for lang in clause.langs for e in lang.to_endings)
    marked = endings and all(c.text.endswith(endings) and not c.adjective for c in countries)
    preps = clause.word_set("to_preps")
    before = clause.words(max(clause.start, countries[0].start - 20), countries[0].start)[-2:]
    return countries if marked or any(w in preps for w in before) else []
