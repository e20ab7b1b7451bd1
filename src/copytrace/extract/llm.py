"""The language-model engine: facts read by an OpenAI-compatible chat-completions server, held to the
rules engine's evidence guarantees.

text -> language and sentences (the rules engine's) -> chunks of whole sentences (``MAX_CHUNK``)
     -> prompt (``data/llm-prompt-<version>.yaml``: relation vocabulary, statuses, the answer's shape, the
        registry's names found in the chunk) -> server (answers cached on disk) -> answer checked with pydantic
     -> grounding gate: the quote must be in the chunk, whitespace aside; copytrace computes its offsets;
        names resolve as the rules engine resolves them; relations and statuses outside the vocabulary
        are dropped and counted -> CandidateFact, with ``method`` "llm:<model>:<prompt version>".

Nothing leaves the machine unless a server URL is given (``COPYTRACE_LLM_URL``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

import httpx

from copytrace import settings
from copytrace.datafile import load_yaml
from copytrace.errors import ConfigError, CopytraceError
from copytrace.extract import lexicon
from copytrace.extract.match import match_fold
from copytrace.extract.pipeline import Extractor
from copytrace.extract.resolve import cache_dir
from copytrace.extract.segment import sentences
from copytrace.extract.shapes import designation_spelling, designations
from copytrace.extract.textio import body_start
from copytrace.httpretry import post_json, retryable
from copytrace.model.candidate import RELATIONS, STATUSES, CandidateFact, FactKey
from copytrace.model.names import name_key

log = logging.getLogger(__name__)

PROMPT_VERSION = "v1"
ENGINES = ("rules", "llm", "both")
MAX_CHUNK = 4000            # characters of text per request: whole sentences up to this
CONFIDENCE = 0.6            # a model gives no calibrated score; a reviewer decides in any case
MAX_RETRY_AFTER = 30.0      # a longer Retry-After is a quota, not a pause: give up on the document
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$")
_SHAPE = '{"facts": [{"subject": "...", "relation": "...", "object": "...", "scope": null, "quote": "..."}]}'


class LLMUnavailable(CopytraceError):
    """The language-model engine cannot run here (no server URL, no pydantic): fix the settings or install."""


class LLMError(CopytraceError):
    """The server gave no usable answer for a document: that document has no model facts; the batch goes on."""


class _Malformed(Exception):
    """An answer that is not the JSON asked for (asked again once)."""


@dataclass(frozen=True, slots=True)
class LLMConfig:
    """Where the server is and how to talk to it; a small picklable value (ingest workers get it)."""

    url: str
    model: str = "default"
    key: str | None = field(default=None, repr=False)
    timeout: float = 120.0
    concurrency: int = 4
    retries: int = 3            # further tries after a 429 or 5xx answer
    backoff: float = 1.0        # seconds before the first retry, doubled each time
    cache: Path | None = None   # folder of cached answers; None: no cache

    @classmethod
    def from_settings(cls, **overrides: Any) -> LLMConfig:
        """From the COPYTRACE_LLM_* variables; LLMUnavailable naming COPYTRACE_LLM_URL when no URL is set."""
        url = overrides.pop("url", None) or settings.LLM_URL.get()
        if not url:
            raise LLMUnavailable(f"the llm engine needs a server: set {settings.LLM_URL.env} "
                                 "(e.g. http://127.0.0.1:8080/v1)")
        folder = cache_dir()
        try:
            values: dict[str, Any] = {
                "model": settings.LLM_MODEL.get(), "key": settings.LLM_KEY.get() or None,
                "timeout": float(settings.LLM_TIMEOUT.get()),
                "concurrency": max(1, int(settings.LLM_CONCURRENCY.get())),
                "cache": folder / "llm" if folder is not None else None,
            }
        except ValueError as exc:
            raise LLMUnavailable(f"{settings.LLM_TIMEOUT.env} or {settings.LLM_CONCURRENCY.env}: {exc}") from None
        values.update(overrides)
        return cls(url=url.rstrip("/"), **values)

    @property
    def method(self) -> str:
        return f"llm:{self.model}:{PROMPT_VERSION}"


# -- the prompt --------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Prompt:
    version: str
    system: str
    user: Template


@cache
def prompt(version: str = PROMPT_VERSION) -> Prompt:
    """The prompt template of a version, checked against the relation vocabulary when it loads."""
    path = Path(str(resources.files("copytrace.extract") / "data" / f"llm-prompt-{version}.yaml"))
    try:
        raw = load_yaml(path.read_text(encoding="utf-8"))
        described = raw["relations"]
        if set(described) != set(RELATIONS):
            raise ConfigError(f"{path}: 'relations' must describe exactly {', '.join(RELATIONS)}")
        relations = "\n".join(f"- {name}: {described[name]}" for name in RELATIONS)
        system = Template(raw["system"]).substitute(relations=relations, statuses=", ".join(STATUSES), shape=_SHAPE)
        return Prompt(version, system, Template(raw["user"]))
    except (OSError, KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"{path}: not a usable prompt: {exc}") from exc


def response_format() -> dict[str, Any]:
    """The answer's JSON schema, for servers that constrain their output to one."""
    fact = {"type": "object", "additionalProperties": False,
            "required": ["subject", "relation", "object", "scope", "quote"],
            "properties": {"subject": {"type": "string"}, "relation": {"type": "string", "enum": list(RELATIONS)},
                           "object": {"type": "string"}, "scope": {"type": ["string", "null"]},
                           "quote": {"type": "string"}}}
    schema = {"type": "object", "additionalProperties": False, "required": ["facts"],
              "properties": {"facts": {"type": "array", "items": fact}}}
    return {"type": "json_schema", "json_schema": {"name": "facts", "strict": True, "schema": schema}}


@dataclass(frozen=True, slots=True)
class Chunk:
    """Whole sentences of a document, ``text[start:end]``, with the prompt that asks about them."""

    start: int
    end: int
    messages: tuple[dict[str, str], ...]

    @property
    def tokens(self) -> int:
        """A rough count (four characters a token), for planning cost."""
        return sum(len(m["content"]) for m in self.messages) // 4


@dataclass(slots=True)
class Extraction:
    """One document's facts, the model facts the gate dropped (by reason), and an error that cost its model facts."""

    doc: str
    facts: list[CandidateFact]
    dropped: Counter[str] = field(default_factory=Counter)
    error: str | None = None


@dataclass(frozen=True, slots=True)
class _Said:
    """One fact as the model wrote it, before the grounding gate."""

    subject: str
    relation: str
    object: str
    scope: str | None
    quote: str


@cache
def _answer_model() -> Any:
    """The pydantic model of an answer (pydantic is the ``llm`` extra)."""
    try:
        import pydantic
    except ModuleNotFoundError:
        raise LLMUnavailable('the llm engine needs pydantic: pip install "copytrace[llm]"') from None

    class Fact(pydantic.BaseModel):
        model_config = pydantic.ConfigDict(coerce_numbers_to_str=True)
        subject: str
        relation: str
        object: str
        scope: str | None = None
        quote: str

    class Answer(pydantic.BaseModel):
        facts: list[Fact]

    return Answer


def parse_answer(content: str) -> list[_Said]:
    """The facts of an answer; _Malformed when it is not the JSON asked for."""
    try:
        answer = _answer_model().model_validate_json(_FENCE.sub("", content.strip()))
    except ValueError as exc:   # pydantic's ValidationError, for bad JSON and for the wrong shape alike
        errors = exc.errors() if hasattr(exc, "errors") else []
        raise _Malformed(str(errors[0].get("msg", exc)) if errors else str(exc)[:200]) from None
    return [_Said(f.subject, f.relation, f.object, f.scope, f.quote) for f in answer.facts]


# -- the server ----------------------------------------------------------------------------------------

class _Client:
    """Chat completions with retries on 429 and 5xx, and a schema only where the server takes one."""

    def __init__(self, config: LLMConfig) -> None:
        self.config = config
        headers = {"Authorization": f"Bearer {config.key}"} if config.key else {}
        self.http = httpx.Client(timeout=config.timeout, headers=headers)
        self.schema = True

    def complete(self, messages: tuple[dict[str, str], ...]) -> str:
        body: dict[str, Any] = {"model": self.config.model, "messages": list(messages), "temperature": 0}
        if self.schema:
            body["response_format"] = response_format()
        response = self._post(body)
        if response.status_code == 400 and "response_format" in body:
            self.schema = False   # this server takes no schema: ask without one from now on
            del body["response_format"]
            response = self._post(body)
        if response.status_code >= 400:
            raise LLMError(f"the server answered {response.status_code}: {response.text[:200]}")
        try:
            content = response.json()["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError):
            raise _Malformed("not a chat-completions answer") from None
        if not isinstance(content, str):
            raise _Malformed("the answer has no text")
        return content

    def _post(self, body: dict[str, Any]) -> httpx.Response:
        response = post_json(self.http, f"{self.config.url}/chat/completions", body, retries=self.config.retries,
                             backoff=self.config.backoff, max_retry_after=MAX_RETRY_AFTER,
                             timeout=self.config.timeout, error=LLMError)
        if retryable(response):
            raise LLMError(f"the server answered {response.status_code} {self.config.retries + 1} times")
        return response


# -- the engine --------------------------------------------------------------------------------------

class LLMExtractor:
    """Facts from a language-model server, through the grounding gate; documents in parallel up to a limit."""

    def __init__(self, config: LLMConfig, rules: Extractor | None = None) -> None:
        _answer_model()   # fail now, naming the extra, rather than on every document
        self.config = config
        self.rules = rules or Extractor()
        self.client = _Client(config)

    def extract_text(self, text: str, doc: str = "-", lang: str | None = None) -> Extraction:
        return next(self.extract_many([(text, doc, lang)]))

    def extract_many(self, documents: Iterable[tuple[str, str, str | None]]) -> Iterator[Extraction]:
        """(text, doc name, language or None) -> one Extraction each, in order."""
        limit = self.config.concurrency
        with ThreadPoolExecutor(limit, thread_name_prefix="copytrace-llm") as pool:
            waiting: deque[tuple[str, str, str, list[tuple[Chunk, Future[list[_Said]]]]]] = deque()
            for text, doc, lang in documents:
                code, chunks = plan(self.rules, text, lang)
                digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
                waiting.append((text, doc, code, [(c, pool.submit(self._ask, digest, c)) for c in chunks]))
                while len(waiting) > limit:
                    yield self._collect(*waiting.popleft())
            while waiting:
                yield self._collect(*waiting.popleft())

    def _collect(self, text: str, doc: str, code: str,
                 asked: list[tuple[Chunk, Future[list[_Said]]]]) -> Extraction:
        out = Extraction(doc, [])
        found: dict[FactKey, CandidateFact] = {}
        for chunk, future in asked:
            try:
                said = future.result()
            except LLMError as exc:
                for _, other in asked:
                    other.cancel()
                return Extraction(doc, [], out.dropped, str(exc))
            gate = _Gate(self.rules, text, doc, code, self.config.method, out.dropped)
            for fact in filter(None, (gate.admit(chunk, s) for s in said)):
                found.setdefault(fact.key(), fact)
        out.facts = sorted(found.values(), key=lambda f: (f.start, f.relation, f.object))
        if out.dropped:
            log.info("%s: model facts dropped: %s", doc, dict(out.dropped))
        return out

    def _ask(self, digest: str, chunk: Chunk) -> list[_Said]:
        cached = self._cache_file(digest, chunk)
        if cached is not None and cached.exists():
            try:
                return parse_answer(json.loads(cached.read_text(encoding="utf-8"))["content"])
            except (OSError, ValueError, KeyError, _Malformed):
                pass   # a damaged cache entry is asked again
        problem: _Malformed | None = None
        for _ in range(2):   # a malformed answer is asked once more
            try:
                content = self.client.complete(chunk.messages)
                said = parse_answer(content)
            except _Malformed as exc:
                problem = exc
                continue
            if cached is not None:
                _write(cached, {"content": content, "model": self.config.model, "prompt": PROMPT_VERSION})
            return said
        raise LLMError(f"malformed answer twice ({problem})")

    def _cache_file(self, digest: str, chunk: Chunk) -> Path | None:
        if self.config.cache is None:
            return None
        key = json.dumps([digest, chunk.messages[-1]["content"], self.config.model, PROMPT_VERSION])
        name = hashlib.sha256(key.encode("utf-8")).hexdigest()
        return self.config.cache / name[:2] / f"{name}.json"


def _write(path: Path, data: dict[str, str]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        partial.replace(path)
    except OSError as exc:
        log.debug("answer not cached: %s", exc)


def plan(rules: Extractor, text: str, lang: str | None = None) -> tuple[str, list[Chunk]]:
    """The document's language and its chunks with their prompts (what ``--dry-run`` shows)."""
    begin = body_start(text)
    code = lang if lang in rules.codes else rules.language_of(text[begin:])
    language = lexicon.language(code)
    template = prompt()
    chunks: list[Chunk] = []
    spans: list[tuple[int, int]] = []
    for start, end in sentences(text, begin, len(text), language.abbreviations):
        if spans and end - spans[0][0] > MAX_CHUNK:
            chunks.append(_chunk(rules, text, spans[0][0], spans[-1][1], template))
            spans = []
        spans.append((start, end))
    if spans:
        chunks.append(_chunk(rules, text, spans[0][0], spans[-1][1], template))
    return code, chunks


def _chunk(rules: Extractor, text: str, start: int, end: int, template: Prompt) -> Chunk:
    part = text[start:end]
    names = ", ".join(known_names(rules, part)) or "(none)"
    user = template.user.substitute(names=names, text=part)
    return Chunk(start, end, ({"role": "system", "content": template.system}, {"role": "user", "content": user}))


def known_names(rules: Extractor, part: str) -> list[str]:
    """The registry's names in a piece of text: "as written = canonical" where they differ."""
    found = [(part[f.start:f.end], f.canonical) for f in rules.names.find(part, match_fold(part))]
    for d in designations(part, 0, len(part)):
        known = rules.names.resolve(d.canonical) or rules.names.resolve(d.text)
        if known is not None:
            found.append((d.text, known.canonical))
    return list(dict.fromkeys(canonical if written == canonical else f"{written} = {canonical}"
                              for written, canonical in found))


# -- the grounding gate ------------------------------------------------------------------------------

def ground(text: str, start: int, end: int, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` stands in ``text[start:end]``, whitespace runs counting as one space; None if nowhere."""
    wanted = " ".join(quote.split())
    if not wanted:
        return None
    chars: list[str] = []
    where: list[int] = []
    for i in range(start, end):
        ch = text[i]
        if ch.isspace():
            if chars and chars[-1] == " ":
                continue
            ch = " "
        chars.append(ch)
        where.append(i)
    at = "".join(chars).find(wanted)
    if at < 0:
        return None
    return where[at], where[at + len(wanted) - 1] + 1


class _Gate:
    """One document's checks: quote verbatim, vocabulary, names resolved as the rules engine resolves them."""

    def __init__(self, rules: Extractor, text: str, doc: str, code: str, method: str, dropped: Counter[str]) -> None:
        self.rules, self.text, self.doc, self.code = rules, text, doc, code
        self.method, self.dropped = method, dropped

    def admit(self, chunk: Chunk, said: _Said) -> CandidateFact | None:
        span = ground(self.text, chunk.start, chunk.end, said.quote)
        if span is None:
            return self._drop("quote not in the text")
        if said.relation not in RELATIONS:
            return self._drop("relation outside the vocabulary")
        subject = self._product(said.subject)
        if subject is None:
            return self._drop("subject is not a product")
        obj = self._object(said.relation, said.object.strip())
        if obj is None:
            return self._drop("status outside the vocabulary" if said.relation == "licence_status"
                              else f"object unfit for {said.relation}")
        scope = said.scope.strip() if said.scope else ""
        start, end = span
        return CandidateFact(
            doc=self.doc, subject=subject, subject_text=said.subject.strip(), relation=said.relation, object=obj,
            scope=(self._country(scope) or self._name(scope) or scope) if scope.lower() not in ("", "null", "none")
            else None,
            quote=self.text[start:end], start=start, end=end, language=self.code, confidence=CONFIDENCE,
            method=self.method)

    def _drop(self, reason: str) -> CandidateFact | None:
        self.dropped[reason] += 1
        return None

    def _object(self, relation: str, written: str) -> str | None:
        if relation == "licence_status":
            return written.lower() if written.lower() in STATUSES else None
        if relation == "introduced_year":
            return written if _YEAR.fullmatch(written) else None
        if relation in ("made_in_country", "exported_to"):
            return self._country(written)
        if relation in ("derived_from", "alias_of"):
            return self._product(written)
        if relation == "manufactured_by":
            known = self.rules.names.resolve(written)
            if known is not None:
                return known.canonical if known.kind == "org" else None
            return written or None
        return self._country(written) or self._name(written) or written or None   # licensed_by: a maker or a state

    def _name(self, written: str) -> str | None:
        known = self.rules.names.resolve(written)
        return known.canonical if known is not None else None

    def _product(self, written: str) -> str | None:
        """A known product's canonical name; an unknown one keeps its spelling (a designation in Latin)."""
        written = written.strip()
        spelling = designation_spelling(written)
        known = self.rules.names.resolve(written) or (self.rules.names.resolve(spelling) if spelling else None)
        if known is not None:
            return known.canonical if known.kind == "product" else None
        if not written or self._country(written):
            return None
        return spelling or written

    def _country(self, written: str) -> str | None:
        """The English name of a country the text names (in its language or in English), as the rules engine gives."""
        if not written:
            return None
        by_key = _country_keys()
        if name_key(written) in by_key:
            return by_key[name_key(written)]
        names = lexicon.countries().names
        for code in dict.fromkeys((self.code, "en")):
            for m in lexicon.language(code).matcher.find(written, match_fold(written)):
                if m.phrase.cls == "country" and m.start == 0 and m.end == len(written):
                    return names.get(m.phrase.value)
        return None


@cache
def _country_keys() -> dict[str, str]:
    known = lexicon.countries()
    table = {name_key(name): name for name in known.names.values()}
    for code, entry in known.historical.items():
        for form in entry.get("en", []):
            if not form.endswith("*"):
                table.setdefault(name_key(form), known.names[code])
    return table


# -- engines together ------------------------------------------------------------------------------

def merge(rules: list[CandidateFact], model: list[CandidateFact]) -> list[CandidateFact]:
    """Both engines' facts: one found by both gains confidence; where they disagree both stay, for review."""
    def same(f: CandidateFact) -> tuple[str, str, str, str]:
        return (f.doc, f.subject, f.relation, f.object)

    methods = {same(f): f.method for f in model}
    out = [replace(f, method=f"rules+{methods[same(f)]}", confidence=_together(f, model)) if same(f) in methods
           else replace(f, method="rules") for f in rules]
    agreed = {same(f) for f in rules}
    out.extend(f for f in model if same(f) not in agreed)
    return sorted(out, key=lambda f: (f.doc, f.start, f.relation, f.object))


def _together(fact: CandidateFact, model: list[CandidateFact]) -> float:
    other = max(f.confidence for f in model if (f.doc, f.subject, f.relation, f.object) ==
                (fact.doc, fact.subject, fact.relation, fact.object))
    return round(min(0.99, 1 - (1 - fact.confidence) * (1 - other)), 2)


class Engine:
    """The extractor chosen by name: ``rules`` (offline), ``llm`` or ``both``."""

    def __init__(self, name: str, config: LLMConfig | None = None, rules: Extractor | None = None) -> None:
        if name not in ENGINES:
            raise ValueError(f"unknown engine {name!r}: use {', '.join(ENGINES)}")
        self.name = name
        self.rules = rules or Extractor()
        self.model: LLMExtractor | None = None
        if name != "rules":
            self.model = LLMExtractor(config or LLMConfig.from_settings(), self.rules)

    def extract_many(self, documents: Iterable[tuple[str, str, str | None]]) -> Iterator[Extraction]:
        if self.model is None:
            for text, doc, lang in documents:
                yield Extraction(doc, [replace(f, method="rules") for f in self.rules.extract_text(text, doc, lang)])
            return
        if self.name == "llm":
            yield from self.model.extract_many(documents)
            return
        ruled: dict[int, list[CandidateFact]] = {}

        def both() -> Iterator[tuple[str, str, str | None]]:
            for i, (text, doc, lang) in enumerate(documents):
                ruled[i] = self.rules.extract_text(text, doc, lang)   # while the server reads the earlier ones
                yield text, doc, lang

        for i, found in enumerate(self.model.extract_many(both())):
            found.facts = merge(ruled.pop(i), found.facts)
            yield found
