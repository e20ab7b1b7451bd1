"""The pieces every listing repeats (an entity link, a source, a statement row, an evidence entry, a
lineage link), as Python.

An entity page calls these hundreds of times; as Jinja macros each call cost a macro frame, a
context and a lookup per attribute, and together they were most of the page's rendering time.
Here each is string building over the page's plain dicts, every value through ``markupsafe.escape``
exactly where the template escaped it (autoescape: document text and quotes are untrusted), so the
output is the markup the macros wrote, byte for byte.

The templates call them as globals (``{{ ref(e) }}``, ``{{ statement_rows(items, refs=refs) }}``):
:func:`install` registers them. Words are translated into the page's language as the templates'
``_()`` did: the message is trusted markup, its arguments are escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from jinja2 import Environment
from markupsafe import Markup, escape

from copytrace.i18n import gettext as _
from copytrace.i18n import ngettext, translate
from copytrace.web.filters import status_class, valid_time, web_link

Data = Mapping[str, Any]


# Markup is only made at the end: everything in between is plain str, so adding two pieces never
# escapes one of them again (str + Markup escapes the str).

def _esc(value: Any) -> str:
    """``escape(value)`` as a plain str. A page escapes a thousand short values; making a Markup
    of each (and checking it for ``__html__``) cost more than the escaping itself."""
    if type(value) is str:  # not a subclass: a Markup is already safe, a Message shows its English
        return (value.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
                .replace("'", "&#39;").replace('"', "&#34;"))
    return str(escape(value))


def _fill(message: str, **args: Any) -> str:
    """A message translated with ``_`` or ``ngettext`` as the templates' ``_()`` wrote it: the translation
    is markup, its arguments are escaped (the calls stay ``_(...)`` so that scripts/i18n.py finds them).
    As ``Markup(message) % args``: numbers are formatted as numbers (``%(num)d``), anything else escaped."""
    return message % {name: value if isinstance(value, (int, float)) else _esc(value)
                      for name, value in args.items()}


def _shown(data: Data, key: str) -> Any:
    """``{{ data.key }}``: the value, or nothing when the key is missing (Jinja's undefined prints as "")."""
    return data.get(key, "")


def _tr(word: Any) -> str:
    return _esc(translate(word))


def _pill(status: Any) -> str:
    return f'<span class="pill {_esc(status_class(status))}">{_tr(status)}</span>'


def _dim(value: Any) -> str:
    return f' <span class="dim">{_esc(value)}</span>'


def ref(e: Data | None) -> Markup:
    """An entity by name, a link to its page where it has one."""
    if not e:
        return Markup("")
    if e.get("url"):
        return Markup(f'<a href="{_esc(e["url"])}">{_esc(_shown(e, "name"))}</a>')
    return Markup(_esc(_shown(e, "name")))


def source_ref(n: Any) -> Markup:
    """A pointer to entry ``n`` of the page's evidence list."""
    return Markup(f'<a class="src-ref" href="#src-{_esc(n)}">[{_esc(n)}]</a>')


def _translation(t: Data) -> str:
    machine = _fill(_("Machine translation"))
    return (f'<p class="translation" lang="{_esc(_shown(t, "language"))}"><span class="mt">'
            f'{machine}</span> <span class="dim">({_esc(_shown(t, "source_language"))}→'
            f'{_esc(_shown(t, "language"))}, {_esc(_shown(t, "engine"))} {_esc(_shown(t, "model"))}, '
            f'{_esc(t["translated_at"][:10])})</span>: {_esc(_shown(t, "text"))}</p>')


def _cited(title: Any, location: Any, publisher: Any, date: Any) -> str:
    """A citation: its title (a link only for an http(s) address), address, publisher and date."""
    link = web_link(location)
    if link:
        out = f'<a href="{_esc(link)}" rel="noreferrer noopener">{_esc(title)}</a>'
    else:
        out = _esc(title) + (_dim(location) if location else "")
    if publisher:
        out += _dim(publisher)
    if date:
        out += _dim(date)
    return out


def source(s: Data) -> Markup:
    """A statement's own source: its quote (with a stored machine translation) and document, or its citation."""
    evidence = s.get("evidence")
    if evidence:
        out = f'  <blockquote class="quote">{_esc(_shown(evidence, "quote"))}</blockquote>\n'
        translation = evidence.get("translation")
        if translation:
            out += _translation(translation)
        document = _fill(_("document %(id)s"), id=evidence["document_id"][:12])
        out += f'  <a href="{_esc(_shown(evidence, "url"))}">{document}</a>'
        if evidence.get("page"):
            out += ", " + _fill(_("p. %(page)s"), page=evidence["page"])
        return Markup(out)
    citation = s.get("citation")
    if citation:
        return Markup(_cited(_shown(citation, "title"), citation.get("url"), citation.get("publisher"),
                             citation.get("date")))
    return Markup('<span class="bad">' + _fill(_("no source")) + "</span>")


def statement_rows(items: Iterable[Data], subject: bool = False, refs: Mapping[str, int] | None = None) -> Markup:
    """Statements as a table, one row each; a row's source is its number in ``refs`` where it has one."""
    columns = [_("predicate"), _("object"), _("scope"), _("valid"), _("status"), _("source")]
    if subject:
        columns.insert(0, _("subject"))
    heads = "".join(f"<th>{_fill(column)}</th>" for column in columns)
    out = [f'<table class="statements">\n  <thead><tr>{heads}</tr></thead>\n  <tbody>\n']
    # A long table names the same few entities, statuses and sources in most rows: each is written once.
    entities: dict[tuple[Any, Any], Markup] = {}
    pills: dict[Any, str] = {}
    numbers: dict[int, Markup] = {}

    def entity(e: Data | None) -> Markup:
        if not e:
            return Markup("")
        key = (e.get("url"), _shown(e, "name"))  # all that ref() reads
        shown = entities.get(key)
        if shown is None:
            shown = entities[key] = ref(e)
        return shown

    for s in items:
        sid = s["id"]
        out.append(f'    <tr id="s-{_esc(sid)}">\n')
        if subject:
            out.append(f"<td>{entity(s.get('subject'))}</td>")
        qualifier = s.get("qualifier")
        shown_qualifier = f' <span class="dim">({_tr(str(qualifier).replace("_", " "))})</span>' if qualifier else ""
        value = entity(s["object"]) if s.get("object") else _esc(_shown(s, "value"))
        origin = s.get("origin")
        how = f'<br><span class="dim">{_tr(origin)} {s["confidence"]:.2f}</span>' if origin != "curated" else ""
        if refs and sid in refs:
            n = refs[sid]
            shown_source = numbers.get(n) or numbers.setdefault(n, source_ref(n))
        else:
            shown_source = source(s)
        status = s.get("status")
        pill = pills.get(status) or pills.setdefault(status, _pill(status))
        out.append(
            f'      <td><a href="/statement/{_esc(sid)}">{_esc(_shown(s, "predicate_label"))}</a>'
            f"{shown_qualifier}</td>\n"
            f"      <td>{value}</td>\n"
            f"      <td>{entity(s.get('scope'))}</td>\n"
            f"      <td>{_esc(valid_time(s.get('valid_from'), s.get('valid_to')))}</td>\n"
            f"      <td>{pill}{how}</td>\n"
            f'      <td class="source">{shown_source}</td>\n'
            "    </tr>\n")
    out.append("  </tbody>\n</table>\n")
    return Markup("".join(out))


def step_sources(items: Iterable[Data]) -> Markup:
    """The statements behind a reasoning step, each with its quote and document or its citation."""
    items = list(items)
    if not items:
        return Markup("")
    out = ['<ul class="step-sources">\n']
    for src in items:
        out.append(f'  <li><a class="sid" href="{_esc(_shown(src, "url"))}">'
                   f'{_esc(src["statement_id"][:10])}</a>\n')
        kind = src.get("kind")
        if kind == "document":
            title = (_esc(src["title"]) if src.get("title")
                     else _fill(_("document %(id)s"), id=src["sha256"][:12]))  # _fill's result is escaped
            out.append(f'    <blockquote class="quote">{_esc(_shown(src, "quote"))}</blockquote>\n'
                       f'    <a href="{_esc(_shown(src, "document_url"))}">{title}</a>')
            if src.get("publisher"):
                out.append(_dim(src["publisher"]))
            if src.get("date"):
                out.append(_dim(src["date"]))
            if src.get("page"):
                out.append(", " + _fill(_("p. %(page)s"), page=src["page"]))
            if src.get("language"):
                out.append(f' <span class="dim">[{_esc(src["language"])}]</span>')
        elif kind == "citation":
            out.append("    " + _fill(_("cited:")) + " "
                       + _cited(_shown(src, "title"), src.get("location"), src.get("publisher"), src.get("date")))
        status = src.get("status")
        if status and status != "accepted":
            out.append(_pill(status))
        out.append("  </li>\n")
    out.append("</ul>\n")
    return Markup("".join(out))


def refs_or_sources(items: Iterable[Data], refs: Mapping[str, int] | None) -> Markup:
    """A step's sources as numbers into the page's evidence list, or in full where the page has none."""
    if not refs:
        return step_sources(items)
    numbers = sorted({n for src in items if (n := refs.get(src.get("statement_id", "")))})
    if not numbers:
        return Markup("")
    return Markup('<span class="src-refs">' + "".join(source_ref(n) for n in numbers) + "</span>")


def evidence_list(groups: Iterable[Data]) -> Markup:
    """The page's sources, each quote or citation once, numbered, with the documents and statements behind it."""
    out = ['<ol class="evidence">\n']
    for g in groups:
        n = _esc(_shown(g, "n"))
        out.append(f'  <li id="src-{n}" value="{n}">\n')
        if g.get("kind") == "quote":
            out.append(f'    <blockquote class="quote">{_esc(_shown(g, "quote"))}</blockquote>\n')
            translation = g.get("translation")
            if translation:
                out.append(_translation(translation))
            documents, places = g.get("documents", ()), g.get("places", ())
            in_documents = _fill(ngettext("in %(num)d document", "in %(num)d documents", len(documents)),
                                 num=len(documents))
            out.append(f'    <span class="dim">{in_documents}')
            if len(places) > len(documents):
                out.append(", " + _fill(ngettext("%(num)d place", "%(num)d places", len(places)), num=len(places)))
            out.append(":</span>\n")
            out.append(", ".join(
                f'<a href="{_esc(_shown(d, "url"))}">{_esc(_shown(d, "title"))}</a>'
                + (f' <span class="dim">[{_esc(d["language"])}]</span>' if d.get("language") else "")
                for d in documents))
        else:
            out.append("    " + _fill(_("cited:")) + " "
                       + _cited(_shown(g, "title"), g.get("location"), g.get("publisher"), g.get("date")))
        statements = g.get("statements", ())
        backs = _fill(ngettext("backs %(num)d statement", "backs %(num)d statements", len(statements)),
                      num=len(statements))
        out.append(f'  <br><span class="dim">{backs}:</span>\n')
        out.append(" ".join(
            f'<a class="sid" href="{_esc(_shown(st, "url"))}">{_esc(st["id"][:10])}</a>'
            + (" " + _pill(st["status"]) if st.get("status") and st["status"] != "accepted" else "")
            for st in statements))
        out.append("  </li>\n")
    out.append("</ol>\n")
    return Markup("".join(out))


def assessment_body(a: Data, refs: Mapping[str, int] | None = None) -> Markup:
    """An assessment's explanation, step by step with its sources, then its pending evidence, strength and gaps."""
    out = ['<ol class="steps">\n']
    for step in a["explanation"]:
        side = step.get("side")
        shown_side = f"{_pill(side)} " if side else ""
        out.append(f"  <li>{shown_side}{_tr(step.get('text'))}\n"
                   f"    {refs_or_sources(step.get('sources', ()), refs)}</li>\n")
    out.append("</ol>\n")
    pending = a.get("pending_evidence")
    if pending:
        heading, note = _fill(_("Pending evidence")), _fill(_("candidates: not deciding until reviewed"))
        out.append(f'<h4>{heading} <span class="dim">({note})</span></h4>\n<ul class="steps pending">\n')
        out.extend(f"<li>{_tr(step.get('text'))} {refs_or_sources(step.get('sources', ()), refs)}</li>"
                   for step in pending)
        out.append("</ul>\n")
    strength = a["strength"]
    parts = strength.get("parts")
    if parts:
        shown_parts = " · ".join(f"{_tr(k)} {v:g}" for k, v in parts.items())
        languages = strength.get("languages")
        in_languages = (", " + _fill(_("in %(languages)s"), languages=Markup(", ").join(languages))
                        if languages else "")
        independent = strength["independent_sources"]
        sources = _fill(ngettext("%(num)d independent source", "%(num)d independent sources", independent),
                        num=independent)
        label = _fill(_("Strength:"))
        out.append(f'<p class="dim strength-parts">{label} {shown_parts}; {sources}{in_languages}</p>\n')
    gaps = a.get("gaps")
    if gaps:
        summary = _fill(ngettext("%(num)d gap in the evidence", "%(num)d gaps in the evidence", len(gaps)),
                        num=len(gaps))
        listed = "".join(f"<li>{_tr(g)}</li>" for g in gaps)
        out.append(f'<details class="gaps"><summary>{summary}</summary>\n  <ul>{listed}</ul>\n</details>\n')
    return Markup("".join(out))


def _link_kind(kind: Any) -> str:
    """A kind of derivation ("licensed_copy") in words of the page's language."""
    return translate(str(kind).replace("_", " "))


def lineage_links(edges: Iterable[Data], nodes: Mapping[str, Data]) -> Markup:
    """A lineage page's links, one list item each: child, kind of link, parent, the statement's status."""
    out = []
    kinds: dict[Any, str] = {}  # the few kinds and statuses of a family, each put into words once
    statuses: dict[Any, tuple[str, str]] = {}
    for e in edges:
        child, parent, kind, status = nodes[e["source"]], nodes[e["target"]], e["kind"], e["status"]
        if kind not in kinds:
            kinds[kind] = _fill(_("%(kind)s of"), kind=_link_kind(kind))
        if status not in statuses:
            statuses[status] = (_esc(status_class(status)), _tr(status))
        pill, word = statuses[status]
        out.append(f'  <li><a href="{_esc(child["url"])}">{_esc(child["name"])}</a> — {kinds[kind]} → '
                   f'<a href="{_esc(parent["url"])}">{_esc(parent["name"])}</a> '
                   f'<a href="{_esc(e["url"])}" class="pill {pill}">{word}</a></li>\n')
    return Markup("".join(out))


def lineage_edges(edges: Iterable[Data]) -> Markup:
    """The lines of a lineage graph (laid out by graphlayout), each titled with its kind and status."""
    out = ['  <g class="edges">\n']
    titles: dict[tuple[Any, Any], str] = {}
    for e in edges:
        kind, status = e["kind"], e["status"]
        if (kind, status) not in titles:
            titles[kind, status] = f"{_esc(_link_kind(kind))} ({_tr(status)})"
        out.append(f'<path d="{_esc(e["path"])}" class="edge {_esc(status)}" marker-end="url(#arrow)">'
                   f"<title>{titles[kind, status]}</title></path>\n")
    out.append("  </g>")
    return Markup("".join(out))


def lineage_nodes(nodes: Iterable[Data]) -> Markup:
    """The boxes of a lineage graph (laid out by graphlayout), each a link to the entity's page."""
    return Markup('  <g class="nodes">\n' + "".join(
        f'<a href="{_esc(n["url"])}" class="node {_esc(n["kind"])}{" root" if n["root"] else ""}">'
        f'<rect x="{_esc(n["x"])}" y="{_esc(n["y"])}" width="{_esc(n["w"])}" height="{_esc(n["h"])}" '
        f'rx="5"></rect><text x="{_esc(n["tx"])}" y="{_esc(n["ty"])}">{_esc(n["name"])}</text></a>\n'
        for n in nodes) + "  </g>")


def install(env: Environment) -> None:
    """Make the fragments globals of every template (they replace macros.html)."""
    for fragment in (ref, source_ref, source, statement_rows, step_sources, refs_or_sources, evidence_list,
                     assessment_body, lineage_links, lineage_edges, lineage_nodes):
        env.globals[fragment.__name__] = fragment
