"""XML read as a stream of events, a block at a time, refusing what makes XML dangerous.

expat is fed the blocks an ``Archive`` inflates and its events are handed on as they come, so
memory holds one block and what the caller keeps of the text, never a tree of the document. An
internal DTD subset is refused outright: it is where entity declarations live, so neither a
billion-laughs expansion nor an external entity (a local file, a URL) can be declared; expat
never fetches an external DTD. Nesting deeper than any real document is refused too.
"""

from __future__ import annotations

import html.entities
from collections.abc import Iterable, Iterator
from typing import TypeAlias
from xml.parsers import expat

from copytrace.i18n import lazy_gettext
from copytrace.ingest.errors import Rejected

START, END, TEXT = "start", "end", "text"
# ("start", name, attributes), ("end", name, {}) or ("text", characters, {}); names are "{namespace}local".
Event: TypeAlias = tuple[str, str, dict[str, str]]
# Word nests tables in tables and text boxes in runs; a few dozen levels is deep for a real document.
MAX_DEPTH = 512
_NO_ATTRIBUTES: dict[str, str] = {}


def events(blocks: Iterable[bytes], what: str) -> Iterator[Event]:
    """Parse the XML in ``blocks``; Rejected (naming ``what``) when it is malformed, nests too deep or
    declares entities."""
    pending: list[Event] = []
    depth = 0

    def start(name: str, attributes: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        if depth > MAX_DEPTH:
            raise Rejected(lazy_gettext("%(what)s: XML nested more than %(depth)s elements deep", what=what,
                                        depth=MAX_DEPTH))
        pending.append((START, _name(name), {_name(key): value for key, value in attributes.items()}))

    def end(name: str) -> None:
        nonlocal depth
        depth -= 1
        pending.append((END, _name(name), _NO_ATTRIBUTES))

    def text(data: str) -> None:
        pending.append((TEXT, data, _NO_ATTRIBUTES))

    def doctype(name: str, system_id: str | None, public_id: str | None, has_internal_subset: bool) -> None:
        if has_internal_subset:
            raise Rejected(lazy_gettext("%(what)s: XML with an internal DTD (entity declarations are refused)",
                                        what=what))

    def entity_declared(*_args: object) -> None:
        raise Rejected(lazy_gettext("%(what)s: XML declares entities (refused)", what=what))

    def skipped(name: str, is_parameter_entity: bool) -> None:
        # Only after a DOCTYPE naming an external DTD (XHTML's), which is never read: HTML's names.
        code = html.entities.name2codepoint.get(name)
        if code is not None:
            pending.append((TEXT, chr(code), _NO_ATTRIBUTES))

    parser = expat.ParserCreate(namespace_separator="}")
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity_declared
    parser.UnparsedEntityDeclHandler = entity_declared
    parser.SkippedEntityHandler = skipped
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.buffer_text = True
    try:
        for block in blocks:
            parser.Parse(block, False)
            yield from pending
            pending.clear()
        parser.Parse(b"", True)
        yield from pending
    except expat.ExpatError as exc:
        raise Rejected(lazy_gettext("%(what)s: malformed XML: %(error)s", what=what, error=str(exc))) from None


def _name(name: str) -> str:
    return "{" + name if "}" in name else name


def first_texts(found: Iterable[Event], elements: Iterable[str]) -> dict[str, str]:
    """The text of the first of each of ``elements`` among ``found`` (metadata fields), where not empty."""
    wanted = set(elements)
    texts: dict[str, str] = {}
    current: str | None = None
    inside = 0
    parts: list[str] = []
    for kind, value, _attributes in found:
        if kind == START and inside:
            inside += 1
        elif kind == START and value in wanted and value not in texts:
            current, inside, parts = value, 1, []
        elif kind == END and inside:
            inside -= 1
            if not inside and current is not None and "".join(parts).strip():
                texts[current] = "".join(parts).strip()
        elif kind == TEXT and inside:
            parts.append(value)
    return texts
