"""Office Open XML packages (DOCX, XLSX): relationships between parts, and the core properties."""

from __future__ import annotations

import re
from dataclasses import dataclass

from copytrace.ingest.loaders import xmlstream
from copytrace.ingest.loaders.archive import Archive, resolve
from copytrace.ingest.loaders.xmlstream import START

# Manifests, relationship lists and metadata are small; a big one is not a document's.
SMALL_PART = 4 * 1000**2
_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
OFFICE_DOCUMENT = "/officeDocument"
_CORE_PROPERTIES = "/core-properties"
_DC = "{http://purl.org/dc/elements/1.1/}"
_DCTERMS = "{http://purl.org/dc/terms/}"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class Relationship:
    type: str
    target: str  # a member name, resolved against the part the relationship is from


def relationships(archive: Archive, part: str) -> dict[str, Relationship]:
    """The relationships of ``part`` ("" for the package) by id; none when it has no list."""
    folder, _, name = part.rpartition("/")
    rels = f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels"
    if rels not in archive:
        return {}
    found: dict[str, Relationship] = {}
    events = xmlstream.events([archive.read(rels, SMALL_PART)], f"{archive.label} {rels}")
    for kind, element, attributes in events:
        if kind == START and element == _RELATIONSHIPS and attributes.get("TargetMode") != "External":
            target = resolve(part or "/", attributes.get("Target", ""))
            found[attributes.get("Id", "")] = Relationship(attributes.get("Type", ""), target)
    return found


def part_of_type(archive: Archive, source: str, kind: str, default: str) -> str:
    """The target of the first relationship of ``source`` whose type ends in ``kind``; else ``default``."""
    for relationship in relationships(archive, source).values():
        if relationship.type.endswith(kind):
            return relationship.target
    return default


@dataclass(frozen=True, slots=True)
class CoreProperties:
    title: str | None = None
    author: str | None = None
    created: str | None = None  # an ISO date


def core_properties(archive: Archive) -> CoreProperties:
    """Title, author and creation date as the package declares them (docProps/core.xml)."""
    part = part_of_type(archive, "", _CORE_PROPERTIES, "docProps/core.xml")
    if part not in archive:
        return CoreProperties()
    events = xmlstream.events([archive.read(part, SMALL_PART)], f"{archive.label} {part}")
    texts = xmlstream.first_texts(events, [_DC + "title", _DC + "creator", _DCTERMS + "created"])
    created = _DATE.match(texts.get(_DCTERMS + "created", ""))
    return CoreProperties(texts.get(_DC + "title"), texts.get(_DC + "creator"), created.group() if created else None)
