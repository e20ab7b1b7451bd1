"""Translators: small classes chosen by name, each talking to one kind of server.

``openai`` asks an OpenAI-compatible chat-completions server (a local llama.cpp or vLLM, or a
hosted one) to translate; ``libretranslate`` posts to a LibreTranslate server's /translate.
Both retry a 429 or 5xx answer with backoff (honouring Retry-After), the way the llm extraction
engine does. No translator exists unless COPYTRACE_TRANSLATE_URL is set: nothing leaves the
machine otherwise.

The extraction engine's client (copytrace.extract.llm) is not reused: it asks for a JSON schema of
facts and turns failures into extraction errors, where a translator wants plain text back.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any, ClassVar

import httpx

from copytrace import settings
from copytrace.errors import ConfigError, CopytraceError
from copytrace.httpretry import post_json

MAX_RETRY_AFTER = 60.0


class TranslationError(CopytraceError):
    """The translator gave no usable answer for a quote: it stays listed as needing a human translation."""


@dataclass(frozen=True, slots=True)
class TranslatorConfig:
    url: str
    engine: str = "openai"
    model: str = "default"
    key: str | None = field(default=None, repr=False)
    timeout: float = 60.0
    retries: int = 3
    backoff: float = 1.0


class Translator(ABC):
    """Translates one text between two languages (ISO 639-1 codes)."""

    name: ClassVar[str]

    def __init__(self, config: TranslatorConfig) -> None:
        self.config = config
        self.http = httpx.Client(timeout=config.timeout)

    @property
    def model(self) -> str:
        return self.config.model

    @abstractmethod
    def translate(self, text: str, source: str, target: str) -> str: ...

    def close(self) -> None:
        self.http.close()

    def post(self, url: str, body: dict[str, Any], headers: dict[str, str] | None = None) -> Any:
        """POST JSON, retrying 429 and 5xx answers; the decoded JSON answer."""
        response = post_json(self.http, url, body, headers=headers, retries=self.config.retries,
                             backoff=self.config.backoff, max_retry_after=MAX_RETRY_AFTER,
                             timeout=self.config.timeout, error=TranslationError)
        if response.status_code >= 400:
            raise TranslationError(f"{url} answered {response.status_code}: {response.text[:200]}")
        try:
            return response.json()
        except ValueError:
            raise TranslationError(f"{url} did not answer JSON") from None


class ChatTranslator(Translator):
    name = "openai"

    def translate(self, text: str, source: str, target: str) -> str:
        headers = {"Authorization": f"Bearer {self.config.key}"} if self.config.key else {}
        body = {"model": self.config.model, "temperature": 0, "messages": [
            {"role": "system", "content": f"Translate the user's text from the language with ISO code {source} "
                                          f"into the language with ISO code {target}. Answer with the "
                                          "translation only: no notes, no quotation marks."},
            {"role": "user", "content": text}]}
        answer = self.post(f"{self.config.url}/chat/completions", body, headers)
        try:
            content = answer["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError):
            raise TranslationError("not a chat-completions answer") from None
        if not isinstance(content, str) or not content.strip():
            raise TranslationError("the answer holds no translation")
        return content.strip()


class LibreTranslator(Translator):
    name = "libretranslate"

    def translate(self, text: str, source: str, target: str) -> str:
        body: dict[str, Any] = {"q": text, "source": source, "target": target, "format": "text"}
        if self.config.key:
            body["api_key"] = self.config.key
        answer = self.post(f"{self.config.url}/translate", body)
        translated = answer.get("translatedText") if isinstance(answer, dict) else None
        if not isinstance(translated, str) or not translated.strip():
            raise TranslationError("the answer holds no translatedText")
        return translated.strip()


TRANSLATORS: dict[str, type[Translator]] = {t.name: t for t in (ChatTranslator, LibreTranslator)}


def load_translator(url: str | None = None) -> Translator | None:
    """The translator the COPYTRACE_TRANSLATE_* settings describe, or None when no URL is set."""
    url = url or settings.TRANSLATE_URL.get()
    if not url:
        return None
    engine = settings.TRANSLATE_ENGINE.get()
    if engine not in TRANSLATORS:
        raise ConfigError(f"{settings.TRANSLATE_ENGINE.env}: unknown translator {engine!r} "
                          f"(known: {', '.join(TRANSLATORS)})")
    config = TranslatorConfig(url.rstrip("/"), engine, settings.TRANSLATE_MODEL.get(),
                              settings.TRANSLATE_KEY.get() or None)
    return TRANSLATORS[engine](config)
