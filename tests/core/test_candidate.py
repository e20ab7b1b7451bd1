"""The one candidate-fact type: built from whatever an extractor yields, or refused."""

from __future__ import annotations

from copytrace.model.candidate import CandidateFact

RAW = {"subject": "AKM", "relation": "made_in_country", "object": "Poland", "quote": "made in Poland",
       "start": 4, "end": 18, "confidence": "0.7"}


def test_a_mapping_becomes_a_candidate_fact_with_the_document_name() -> None:
    fact = CandidateFact.from_any(RAW, "report.txt")
    assert fact is not None
    assert (fact.doc, fact.subject, fact.start, fact.end, fact.confidence) == ("report.txt", "AKM", 4, 18, 0.7)
    assert CandidateFact.from_any(fact) == fact


def test_a_fact_without_a_required_field_or_with_a_bad_offset_is_refused() -> None:
    assert CandidateFact.from_any({k: v for k, v in RAW.items() if k != "quote"}) is None
    assert CandidateFact.from_any({**RAW, "start": "four"}) is None


def test_json_carries_every_field_of_the_contract() -> None:
    fact = CandidateFact.from_any(RAW, "report.txt")
    assert fact is not None
    assert {"doc", "subject", "subject_text", "relation", "object", "scope", "quote", "start", "end", "language",
            "confidence", "qualifier"} == set(fact.to_dict())
