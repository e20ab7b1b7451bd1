"""Exports open in the tools they are for: csv in a spreadsheet reader, graphml in networkx, FtM in followthemoney."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest

from copytrace.export import export
from tests.reason.conftest import Evidenced


def _export(e: Evidenced, fmt: str) -> str:
    out = io.StringIO()
    export(e.registry, fmt, out)
    return out.getvalue()


def test_csv_has_names_beside_ids_and_quotes(evidenced: Evidenced) -> None:
    rows = list(csv.DictReader(io.StringIO(_export(evidenced, "csv"))))
    quoted = [r for r in rows if r["document_sha256"] == evidenced.ru.sha256]
    assert [(r["subject_name"], r["value"], r["scope_name"]) for r in quoted] == [("PA md. 86", "unlicensed", "RomArm")]


def test_jsonl_lines_are_entities_then_statements(evidenced: Evidenced) -> None:
    lines = [json.loads(line) for line in _export(evidenced, "jsonl").splitlines()]
    assert lines[0]["type"] == "entity" and lines[-1]["type"] == "statement"


def test_graphml_loads_in_networkx(evidenced: Evidenced) -> None:
    graph = nx.read_graphml(io.StringIO(_export(evidenced, "graphml")))
    edges = [d["qualifier"] for u, v, d in graph.edges(data=True) if (u, v) == ("pa-md-86", "ak-74")]
    assert edges == ["copy"]


def test_ftm_loads_in_followthemoney(evidenced: Evidenced) -> None:
    ftm = pytest.importorskip("followthemoney")
    proxies = [ftm.model.get_proxy(json.loads(line), cleaned=False) for line in _export(evidenced, "ftm").splitlines()]
    by_schema: dict[str, int] = {}
    for proxy in proxies:
        by_schema[proxy.schema.name] = by_schema.get(proxy.schema.name, 0) + 1
    assert {"Asset", "Organization", "Contract", "Document", "UnknownLink"} <= set(by_schema)
    docs = [p for p in proxies if p.schema.name == "Document"]
    assert evidenced.zh.sha256 in {h for p in docs for h in p.get("contentHash")}
