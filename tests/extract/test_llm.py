"""The language-model engine against a real HTTP server on loopback: the grounding gate, retries, failures, the CLI."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from copytrace.cli import commands as _commands  # noqa: F401  (registers the commands)
from copytrace.cli.app import app
from copytrace.extract import Extractor
from copytrace.extract.llm import MAX_CHUNK, LLMConfig, LLMExtractor, LLMUnavailable, _answer_model, ground, plan
from copytrace.extract.resolve import NameRecord, Names
from tests.llmserver import FakeLLM, Reply, facts

# Invented products and a maker, so that what the registry knows is the test's own.
NAMES = [NameRecord("vortan-9", "product", "Vortan-9", ("VT-9",)),
         NameRecord("kestrel-works", "organization", "Kestrel Works", ())]
TEXT = ("The VT-9 rifle was produced   under licence in\nRomania by Kestrel Works from 1971.\n"
        "Later the USSR bought several hundred of them.\n")
MADE_IN = {"subject": "VT-9", "relation": "made_in_country", "object": "Romania",
           "quote": "produced under licence in Romania"}


@pytest.fixture(scope="module")
def rules() -> Extractor:
    return Extractor(Names(NAMES))


def engine(server: FakeLLM, rules: Extractor, **settings: Any) -> LLMExtractor:
    return LLMExtractor(LLMConfig(server.url, model="test-model", backoff=0.01, **settings), rules)


def test_a_grounded_fact_is_kept_with_offsets_copytrace_computes(server: FakeLLM, rules: Extractor) -> None:
    server.answer(facts(MADE_IN))
    (fact,) = engine(server, rules).extract_text(TEXT, "vortan.txt").facts
    assert (fact.subject, fact.relation, fact.object, fact.subject_text) == ("Vortan-9", "made_in_country",
                                                                             "Romania", "VT-9")
    assert TEXT[fact.start:fact.end] == fact.quote == "produced   under licence in\nRomania"
    assert fact.method == "llm:test-model:v1"


def test_names_resolve_as_the_rules_engine_resolves_them(server: FakeLLM, rules: Extractor) -> None:
    server.answer(facts({"subject": "Vortan-9", "relation": "manufactured_by", "object": "kestrel works",
                         "quote": "by Kestrel Works"},
                        {"subject": "Vortan-9", "relation": "exported_to", "object": "USSR",
                         "quote": "the USSR bought several hundred"}))
    found = engine(server, rules).extract_text(TEXT, "vortan.txt").facts
    assert {(f.relation, f.object) for f in found} == {("manufactured_by", "Kestrel Works"),
                                                      ("exported_to", "Soviet Union")}


def test_an_invented_quote_is_dropped_and_counted(server: FakeLLM, rules: Extractor) -> None:
    server.answer(facts(MADE_IN, {**MADE_IN, "relation": "exported_to", "object": "Poland",
                                  "quote": "Poland ordered the Vortan-9 in 1980"}))
    found = engine(server, rules).extract_text(TEXT, "vortan.txt")
    assert [f.relation for f in found.facts] == ["made_in_country"]
    assert found.dropped == {"quote not in the text": 1}


def test_a_quote_with_one_word_changed_is_dropped(server: FakeLLM, rules: Extractor) -> None:
    server.answer(facts({**MADE_IN, "quote": "produced under license in Romania"}))
    found = engine(server, rules).extract_text(TEXT, "vortan.txt")
    assert (found.facts, found.dropped["quote not in the text"]) == ([], 1)


def test_relations_and_statuses_outside_the_vocabulary_are_dropped(server: FakeLLM, rules: Extractor) -> None:
    server.answer(facts({**MADE_IN, "relation": "designed_by", "object": "Kestrel Works"},
                        {**MADE_IN, "relation": "licence_status", "object": "pirated"},
                        {**MADE_IN, "relation": "licence_status", "object": "licensed"}))
    found = engine(server, rules).extract_text(TEXT, "vortan.txt")
    assert [(f.relation, f.object) for f in found.facts] == [("licence_status", "licensed")]
    assert found.dropped == {"relation outside the vocabulary": 1, "status outside the vocabulary": 1}


def test_a_malformed_answer_is_asked_again_once(server: FakeLLM, rules: Extractor) -> None:
    server.answer(Reply('{"facts": [{"subject": "VT-9", '), facts(MADE_IN))
    found = engine(server, rules).extract_text(TEXT, "vortan.txt")
    assert (len(server.requests), [f.object for f in found.facts], found.error) == (2, ["Romania"], None)


def _by_document(bad: Reply) -> Any:
    """Answers the first document with ``bad``, every other with MADE_IN's fact."""
    return lambda request: bad if "first document" in request["messages"][-1]["content"] else facts(MADE_IN)


def test_a_malformed_answer_twice_is_an_error_of_that_document_only(server: FakeLLM, rules: Extractor) -> None:
    server.fallback = _by_document(Reply("Here are the facts you asked for!"))
    first, second = engine(server, rules).extract_many([("A first document.\n" + TEXT, "a.txt", None),
                                                         (TEXT, "b.txt", None)])
    assert first.error is not None and "malformed" in first.error and first.facts == []
    assert (second.error, [f.object for f in second.facts]) == (None, ["Romania"])


def test_a_429_is_retried_and_then_answered(server: FakeLLM, rules: Extractor) -> None:
    server.answer(Reply(body='{"error": "slow down"}', status=429, headers={"Retry-After": "0"}), facts(MADE_IN))
    found = engine(server, rules).extract_text(TEXT, "vortan.txt")
    assert (len(server.requests), len(found.facts)) == (2, 1)


def test_server_errors_are_retried_then_the_document_fails(server: FakeLLM, rules: Extractor) -> None:
    server.fallback = lambda request: Reply(body="{}", status=503)
    found = engine(server, rules, retries=2).extract_text(TEXT, "vortan.txt")
    assert (len(server.requests), found.facts) == (3, [])
    assert found.error is not None and "503" in found.error


def test_a_slow_answer_is_an_error_of_that_document_and_the_next_goes(server: FakeLLM, rules: Extractor) -> None:
    server.fallback = _by_document(Reply(json.dumps({"facts": []}), delay=2.0))
    first, second = engine(server, rules, timeout=0.5).extract_many([("A first document.\n" + TEXT, "a.txt", None),
                                                                     (TEXT, "b.txt", None)])
    assert first.error is not None and "within 0.5 s" in first.error
    assert [f.object for f in second.facts] == ["Romania"]


def test_a_server_that_takes_no_schema_is_asked_again_without_one(server: FakeLLM, rules: Extractor) -> None:
    server.refuse_schema = True
    server.answer(facts(MADE_IN))
    found = engine(server, rules).extract_text(TEXT, "vortan.txt")
    assert ["response_format" in r for r in server.requests] == [True, False]
    assert len(found.facts) == 1


def test_answers_are_cached_by_document_chunk_model_and_prompt(server: FakeLLM, rules: Extractor,
                                                               tmp_path: Path) -> None:
    server.fallback = lambda request: facts(MADE_IN)
    for model in ("test-model", "test-model", "other-model"):
        LLMExtractor(LLMConfig(server.url, model=model, cache=tmp_path), rules).extract_text(TEXT, "vortan.txt")
    assert [r["model"] for r in server.requests] == ["test-model", "other-model"]


def test_the_key_is_sent_as_a_bearer_token(server: FakeLLM, rules: Extractor) -> None:
    engine(server, rules, key="s3cret").extract_text(TEXT, "vortan.txt")
    assert [r["authorization"] for r in server.requests] == ["Bearer s3cret"]
    assert server.requests[0]["path"] == "/v1/chat/completions"


def test_the_prompt_names_the_vocabulary_and_the_known_names_in_the_chunk(rules: Extractor) -> None:
    _, (chunk,) = plan(rules, TEXT)
    system, user = (m["content"] for m in chunk.messages)
    assert "licence_status" in system and "unlicensed" in system and '"quote"' in system
    assert user.startswith("Known names in this text: Kestrel Works, VT-9 = Vortan-9\n")


def test_chunks_are_whole_sentences_under_the_limit(rules: Extractor) -> None:
    text = " ".join(f"The Vortan-{i} rifle was made by Kestrel Works in the year {1900 + i % 99}." for i in range(400))
    _, chunks = plan(rules, text)
    assert len(chunks) > 1 and all(c.end - c.start <= MAX_CHUNK and text[c.end - 1] == "." for c in chunks)
    assert [c.start for c in chunks[1:]] == [c.end + 1 for c in chunks[:-1]]


def test_ground_maps_a_whitespace_normalised_match_back_to_the_text() -> None:
    text = "xx  The\tquick \n brown fox."
    start, end = ground(text, 0, len(text), " The quick brown ") or (0, 0)
    assert text[start:end] == "The\tquick \n brown"
    assert ground(text, 0, len(text), "The quick red") is None


# -- the command line --------------------------------------------------------------------------------

TYPE56 = "The Type 56 was a Chinese copy of the AK-47, built by Norinco. It entered service with the army in 1956.\n"


@pytest.fixture
def cli_env(server: FakeLLM, monkeypatch: pytest.MonkeyPatch) -> FakeLLM:
    monkeypatch.setenv("COPYTRACE_LLM_URL", server.url)
    monkeypatch.setenv("COPYTRACE_LLM_MODEL", "test-model")
    monkeypatch.setenv("COPYTRACE_CACHE", "")
    return server


def _facts_of(output: str) -> dict[tuple[str, str, str], dict[str, Any]]:
    found = [json.loads(line) for line in output.splitlines()]
    return {(f["subject"], f["relation"], f["object"]): f for f in found}


def test_extract_with_the_llm_engine_prints_grounded_facts(cli_env: FakeLLM, tmp_path: Path) -> None:
    (tmp_path / "vortan.txt").write_text(TEXT, encoding="utf-8")
    cli_env.answer(facts({**MADE_IN, "subject": "Vortan-9"}, {**MADE_IN, "quote": "made in Hungary"}))
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "vortan.txt"), "--engine", "llm"])
    assert result.exit_code == 0, result.output
    (fact,) = _facts_of(result.stdout).values()
    assert (fact["object"], fact["method"], TEXT[fact["start"]:fact["end"]] == fact["quote"]) == \
        ("Romania", "llm:test-model:v1", True)
    assert "1 quote not in the text" in result.stderr


def test_extract_with_both_engines_agrees_and_keeps_disagreements(cli_env: FakeLLM, tmp_path: Path) -> None:
    (tmp_path / "type56.txt").write_text(TYPE56, encoding="utf-8")
    cli_env.answer(facts({"subject": "Type 56", "relation": "derived_from", "object": "AK-47",
                          "quote": "The Type 56 was a Chinese copy of the AK-47"},
                         {"subject": "Type 56", "relation": "introduced_year", "object": "1957",
                          "quote": "It entered service with the army in 1956."}))
    rules_only = CliRunner().invoke(app, ["extract", str(tmp_path / "type56.txt")])
    both = CliRunner().invoke(app, ["extract", str(tmp_path / "type56.txt"), "--engine", "both"])
    assert both.exit_code == 0, both.output
    before, after = _facts_of(rules_only.stdout), _facts_of(both.stdout)
    derived = ("Type 56", "derived_from", "AK-47")
    assert after[derived]["method"] == "rules+llm:test-model:v1"
    assert after[derived]["confidence"] > before[derived]["confidence"]
    years = {(o, f["method"]) for (_, r, o), f in after.items() if r == "introduced_year"}
    assert years == {("1956", "rules"), ("1957", "llm:test-model:v1")}


def test_a_timeout_costs_one_file_one_line_and_the_exit_status(cli_env: FakeLLM, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COPYTRACE_LLM_TIMEOUT", "0.5")
    (tmp_path / "a.txt").write_text("A first document.\n" + TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    cli_env.fallback = _by_document(Reply(json.dumps({"facts": []}), delay=2.0))
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--engine", "llm"])
    assert result.exit_code == 1
    assert [line for line in result.stderr.splitlines() if "error" in line] == \
        ["error: a.txt: language model: no answer from " + cli_env.url + "/chat/completions within 0.5 s"]
    assert [f["doc"] for f in _facts_of(result.stdout).values()] == ["b.txt"]


def test_dry_run_prints_the_prompts_and_sends_nothing(server: FakeLLM, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COPYTRACE_LLM_URL", raising=False)
    (tmp_path / "vortan.txt").write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "vortan.txt"), "--engine", "llm", "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "=== vortan.txt chunk 1/1 [en]" in result.stdout and "Romania by Kestrel Works" in result.stdout
    assert "tokens in all" in result.stdout and server.requests == []


def test_the_llm_engine_without_a_url_is_one_line_and_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COPYTRACE_LLM_URL", raising=False)
    (tmp_path / "vortan.txt").write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "vortan.txt"), "--engine", "llm"])
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1 and "COPYTRACE_LLM_URL" in result.stderr


def test_without_pydantic_the_engine_names_the_extra(server: FakeLLM, rules: Extractor,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pydantic", None)   # what an install without the extra looks like
    _answer_model.cache_clear()
    try:
        with pytest.raises(LLMUnavailable, match=r'pip install "copytrace\[llm\]"'):
            engine(server, rules)
    finally:
        _answer_model.cache_clear()
