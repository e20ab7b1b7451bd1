"""GraphML: entities as nodes, live entity-to-entity statements as edges (Gephi, networkx, yEd)."""

from __future__ import annotations

from typing import TextIO
from xml.etree import ElementTree as ET

from copytrace.registry import Registry

NS = "http://graphml.graphdrawing.org/xmlns"
_KEYS = [("kind", "node"), ("name", "node"), ("predicate", "edge"), ("qualifier", "edge"), ("scope", "edge"),
         ("valid_from", "edge"), ("valid_to", "edge"), ("status", "edge"), ("statement", "edge")]


def write_graphml(registry: Registry, out: TextIO) -> int:
    root = ET.Element("graphml", xmlns=NS)
    for name, domain in _KEYS:
        ET.SubElement(root, "key", {"id": name, "for": domain, "attr.name": name, "attr.type": "string"})
    graph = ET.SubElement(root, "graph", id="copytrace", edgedefault="directed")
    for e in registry.entities():
        node = ET.SubElement(graph, "node", id=e.id)
        ET.SubElement(node, "data", key="kind").text = e.kind
        ET.SubElement(node, "data", key="name").text = e.name
    edges = [s for s in registry.statements(status=registry.live_statuses) if s.object_id]
    for s in edges:
        edge = ET.SubElement(graph, "edge", id=s.id, source=s.subject, target=s.object_id or "")
        for key, value in (("predicate", s.predicate), ("qualifier", s.qualifier), ("scope", s.scope),
                           ("valid_from", s.valid_from), ("valid_to", s.valid_to), ("status", s.status),
                           ("statement", s.id)):
            if value:
                ET.SubElement(edge, "data", key=key).text = value
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")
    return len(edges)
