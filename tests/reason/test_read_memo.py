"""What one ``reading()`` block has read is reused by later reads in it, with the same answers."""

from __future__ import annotations

from copytrace.present import entity_assessments, present_statements
from copytrace.reason.facts import full_statements
from copytrace.registry import Registry, queries
from tests.reason.conftest import Evidenced

LIVE = ("accepted", "candidate")


def _involving(registry: Registry, subject: str) -> list[object]:
    return [*registry.statements(subject=subject, status=LIVE), *registry.statements(object_id=subject, status=LIVE)]


def test_a_statement_read_twice_in_a_block_is_built_once(evidenced: Evidenced) -> None:
    registry = evidenced.registry
    with registry.reading():
        first = registry.statements(subject="pa-md-86")
        again = registry.statements(subject="pa-md-86")
        assert first == again and all(a is b for a, b in zip(first, again, strict=True))
    outside = registry.statements(subject="pa-md-86")
    assert outside == first and not any(a is b for a, b in zip(first, outside, strict=True))


def test_full_statements_take_what_the_block_read(evidenced: Evidenced) -> None:
    registry = evidenced.registry
    ids = [s.id for s in registry.statements(involving="romarm")]
    ids += [s.id for s in registry.statements(subject="pa-md-86")]
    alone = full_statements(registry, ids)
    with registry.reading():
        read = registry.statements(subject="pa-md-86")
        shared = full_statements(registry, ids)
        assert all(shared[s.id] is s for s in read)
    assert shared == alone


def test_pages_read_the_same_inside_a_block(evidenced: Evidenced) -> None:
    registry = evidenced.registry
    subject = "pa-md-86"
    alone = (present_statements(registry, _involving(registry, subject)),  # type: ignore[arg-type]
             entity_assessments(registry, subject, "product"),
             queries.document_meta(registry, [evidenced.ru.sha256, evidenced.zh.sha256, "missing"]))
    with registry.reading():
        twice = [(present_statements(registry, _involving(registry, subject)),  # type: ignore[arg-type]
                  entity_assessments(registry, subject, "product"),
                  queries.document_meta(registry, [evidenced.zh.sha256, "missing", evidenced.ru.sha256]))
                 for _ in range(2)]
    assert alone[2] and list(alone[2]) == sorted(alone[2])
    assert twice[0] == twice[1] == alone


def test_the_audit_head_is_read_once_a_block_and_again_after_a_write(evidenced: Evidenced) -> None:
    registry = evidenced.registry
    with registry.reading():
        head = queries.last_audit_seq(registry)
        assert queries.last_audit_seq(registry) == head > 0
    registry.review(registry.statements(subject="pa-md-86")[0].id, "rejected", reviewer="tester", reason="test")
    with registry.reading():
        assert queries.last_audit_seq(registry) > head
