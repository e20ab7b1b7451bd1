"""Exports open in the tools they are for: csv in a spreadsheet reader, graphml in networkx, FtM in followthemoney."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest

from copytrace.export import export
from copytrace.model.statement import Citation, Statement
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


def test_ftm_links_read_the_right_way_round(evidenced: Evidenced) -> None:
    ftm = pytest.importorskip("followthemoney")
    registry = evidenced.registry
    kinds = {e.id: e.kind for e in registry.entities()}
    labels = {e.id: e.name for e in registry.entities()}
    product = next(e for e in registry.entities() if e.kind in {"product", "design"})
    country = next(e for e in registry.entities() if e.kind == "country")
    registry.add_statements([Statement(product.id, "exported_to", object_id=country.id, status="accepted",
                                       citation=Citation("A test source"))], actor="tester")
    proxies = [ftm.model.get_proxy(json.loads(line), cleaned=False) for line in _export(evidenced, "ftm").splitlines()]
    by_id = {p.id: p for p in proxies}
    links = [p for p in proxies if p.schema.name == "UnknownLink"]
    assert links
    for link in links:
        subject = by_id[link.first("subject")]
        obj = by_id[link.first("object")]
        # followthemoney's model: a link runs from a legal entity (or any thing) to any thing
        assert subject.schema.is_a("Thing") and obj.schema.is_a("Thing")
        # the description names the subject first, then the role, then the object
        names = [p.first("name") or p.first("title") for p in (subject, obj)]
        assert link.first("description") == f"{names[0]} {link.first('role')} {names[1]}"
    imported = [p for p in links if p.first("role") == "importer of"]
    assert [(by_id[p.first("subject")].first("name"), by_id[p.first("object")].first("name")) for p in imported] \
        == [(labels[country.id], labels[product.id])]
    assert all(kinds.get(by_id[p.first("subject")].id.removeprefix("ct-")) in {"organization", "country", "person"}
               for p in links if p.first("role") in {"importer of", "country of manufacture of", "manufacturer of"})
