"""A layered (Sugiyama-style) layout of a lineage graph, drawn as SVG by the server.

Parents sit above their derivatives, one layer per generation; within a layer, nodes are ordered
by the barycentre of their neighbours to keep lines short and crossings few. Each node is as wide
as its label, and a layer wider than ``max_width`` wraps onto further rows, so no two labels share
space. The SVG is drawn at its natural size (one unit a CSS pixel): text stays as large as the
page's at any zoom, and a wide family scrolls inside its box instead of shrinking.
"""

from __future__ import annotations

import functools
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

FONT_PX = 12
NODE_H = 24
PAD_X = 8           # inside a node, each side of its label
GAP_X = 14          # between nodes in a row
GAP_ROW = 14        # between the wrapped rows of one layer
GAP_LAYER = 44      # between generations: room for the lines
MARGIN = 8
SWEEPS = 4


def label_width(text: str) -> float:
    """A generous estimate of the label's width in pixels (wide scripts count double)."""
    width = 0.0
    for ch in text:
        if unicodedata.east_asian_width(ch) in ("W", "F"):
            width += FONT_PX
        elif ch in "ilI.,:;'|! ":
            width += FONT_PX * 0.35
        elif ch.isupper() or ch in "mwMW@%":
            width += FONT_PX * 0.75
        else:
            width += FONT_PX * 0.6
    return width


@dataclass(slots=True)
class Node:
    id: str
    label: str
    data: dict[str, Any]
    layer: int = 0
    x: float = 0.0
    y: float = 0.0
    w: float = 0.0
    parents: list[str] = field(default_factory=list)
    children: list[str] = field(default_factory=list)


def _layers(nodes: dict[str, Node]) -> None:
    """Longest path from the oldest ancestors: every parent at least one layer above its children."""
    state: dict[str, int] = {}

    def visit(node_id: str) -> int:
        if state.get(node_id) == -1:   # a cycle (bad data): break it here
            return 0
        if node_id in state:
            return state[node_id]
        state[node_id] = -1
        node = nodes[node_id]
        node.layer = 1 + max((visit(p) for p in node.parents), default=-1)
        state[node_id] = node.layer
        return node.layer

    for node_id in sorted(nodes):
        visit(node_id)


def _order(nodes: dict[str, Node]) -> list[list[Node]]:
    """Nodes per layer, ordered by the barycentre of their neighbours, sweeping down then up."""
    layers: dict[int, list[Node]] = defaultdict(list)
    for node in sorted(nodes.values(), key=lambda n: n.label.casefold()):
        layers[node.layer].append(node)
    ordered = [layers[i] for i in sorted(layers)]
    position = {n.id: i for layer in ordered for i, n in enumerate(layer)}
    for sweep in range(SWEEPS):
        down = sweep % 2 == 0
        sequence = ordered[1:] if down else ordered[-2::-1]
        for layer in sequence:
            layer.sort(key=functools.partial(_barycentre, position=position, down=down))
            position.update({n.id: i for i, n in enumerate(layer)})
    return ordered


def _barycentre(node: Node, position: dict[str, int], down: bool) -> float:
    near = node.parents if down else node.children
    return sum(position[m] for m in near) / len(near) if near else position[node.id]


def layout(graph: dict[str, Any], max_width: float = 1100) -> dict[str, Any]:
    """Positions for the ``nodes`` and a path for each of the ``edges`` (child ``source``, parent ``target``)."""
    nodes = {n["id"]: Node(n["id"], n["name"], n) for n in graph["nodes"]}
    edges = [e for e in graph["edges"] if e["source"] in nodes and e["target"] in nodes]
    for e in edges:
        nodes[e["source"]].parents.append(e["target"])
        nodes[e["target"]].children.append(e["source"])
    _layers(nodes)
    width = height = 0.0
    y = float(MARGIN)
    for layer in _order(nodes):
        rows: list[list[Node]] = [[]]
        used = 0.0
        for node in layer:
            node.w = label_width(node.label) + 2 * PAD_X
            if rows[-1] and used + GAP_X + node.w > max_width:
                rows.append([])
                used = 0.0
            used += (GAP_X if rows[-1] else 0) + node.w
            rows[-1].append(node)
        for row in rows:
            x = float(MARGIN)
            for node in row:
                node.x, node.y = x, y
                x += node.w + GAP_X
            width = max(width, x - GAP_X + MARGIN)
            y += NODE_H + GAP_ROW
        y += GAP_LAYER - GAP_ROW
    height = y - GAP_LAYER + MARGIN
    _centre_rows(nodes, width)
    shown_nodes = [{**n.data, "x": round(n.x, 1), "y": round(n.y, 1), "w": round(n.w, 1), "h": NODE_H,
                    "tx": round(n.x + n.w / 2, 1), "ty": round(n.y + NODE_H / 2, 1)} for n in nodes.values()]
    shown_edges = [{**e, "path": _path(nodes[e["target"]], nodes[e["source"]])} for e in edges]
    return {"width": round(width, 1), "height": round(height, 1), "nodes": shown_nodes, "edges": shown_edges}


def _centre_rows(nodes: dict[str, Node], width: float) -> None:
    rows: dict[float, list[Node]] = defaultdict(list)
    for node in nodes.values():
        rows[node.y].append(node)
    for row in rows.values():
        right = max(n.x + n.w for n in row)
        shift = (width - MARGIN - right) / 2
        for node in row:
            node.x += shift


def _path(parent: Node, child: Node) -> str:
    """A vertical S-curve from the bottom of the parent to the top of the child."""
    x1, y1 = parent.x + parent.w / 2, parent.y + NODE_H
    x2, y2 = child.x + child.w / 2, child.y
    mid = (y1 + y2) / 2
    return f"M{x1:.1f},{y1:.1f} C{x1:.1f},{mid:.1f} {x2:.1f},{mid:.1f} {x2:.1f},{y2:.1f}"
