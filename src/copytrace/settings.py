"""Settings, declared once: each has a default, a help text and a COPYTRACE_* environment variable.

Command-line flags override the environment, which overrides the defaults. The docs list every
setting from ``SETTINGS`` (a test keeps them in step).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    env: str
    help: str
    default: str

    def get(self) -> str:
        return os.environ.get(self.env) or self.default


def _data_home() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "copytrace"


DB = Setting(
    "db",
    "COPYTRACE_DB",
    "Registry database: a SQLite file path or a postgresql:// URL.",
    str(_data_home() / "copytrace.db"),
)
STORE = Setting(
    "store",
    "COPYTRACE_STORE",
    "Folder of the content-addressed store of raw document bytes (default: beside a SQLite "
    "registry, else under the data folder).",
    "",
)
ACTOR = Setting(
    "actor",
    "COPYTRACE_ACTOR",
    "Who the audit log names for writes made from the command line.",
    os.environ.get("USER") or "cli",
)

ENGINE = Setting(
    "engine",
    "COPYTRACE_ENGINE",
    "Which extractor reads facts: rules (offline), llm (a language-model server) or both.",
    "rules",
)
LLM_URL = Setting(
    "llm_url",
    "COPYTRACE_LLM_URL",
    "Base URL of an OpenAI-compatible chat-completions server (e.g. http://127.0.0.1:8080/v1); "
    "nothing is sent anywhere unless it is set.",
    "",
)
LLM_MODEL = Setting(
    "llm_model",
    "COPYTRACE_LLM_MODEL",
    "The model the server is asked for; every fact it reads records this name.",
    "default",
)
LLM_KEY = Setting(
    "llm_key",
    "COPYTRACE_LLM_KEY",
    "Bearer key sent to the language-model server, if it wants one.",
    "",
)
LLM_TIMEOUT = Setting(
    "llm_timeout",
    "COPYTRACE_LLM_TIMEOUT",
    "Seconds to wait for one answer of the language-model server.",
    "120",
)
LLM_CONCURRENCY = Setting(
    "llm_concurrency",
    "COPYTRACE_LLM_CONCURRENCY",
    "Requests to the language-model server at once.",
    "4",
)

TRANSLATE_URL = Setting(
    "translate_url",
    "COPYTRACE_TRANSLATE_URL",
    "Base URL of the server that translates quotes for dossiers: an OpenAI-compatible chat-completions "
    "server (http://127.0.0.1:8080/v1) or a LibreTranslate server; nothing is sent anywhere unless it is set.",
    "",
)
TRANSLATE_ENGINE = Setting(
    "translate_engine",
    "COPYTRACE_TRANSLATE_ENGINE",
    "Which kind of server COPYTRACE_TRANSLATE_URL is: openai (chat completions) or libretranslate.",
    "openai",
)
TRANSLATE_MODEL = Setting(
    "translate_model",
    "COPYTRACE_TRANSLATE_MODEL",
    "The model the translation server is asked for; every translation records it.",
    "default",
)
TRANSLATE_KEY = Setting(
    "translate_key",
    "COPYTRACE_TRANSLATE_KEY",
    "Key sent to the translation server, if it wants one (a bearer key, or LibreTranslate's api_key).",
    "",
)
TRANSLATE_TARGET = Setting(
    "translate_target",
    "COPYTRACE_TRANSLATE_TARGET",
    "The language quotes are translated into (ISO 639-1) and that needs no translation in a dossier.",
    "en",
)
LANG = Setting(
    "lang",
    "COPYTRACE_LANG",
    "Language of the command line's messages and output (en, ru); unset: from LC_ALL, LC_MESSAGES or LANG, "
    "else English. The web app follows each reader's choice instead.",
    "",
)

SETTINGS: tuple[Setting, ...] = (DB, STORE, ACTOR, LANG, ENGINE, LLM_URL, LLM_MODEL, LLM_KEY, LLM_TIMEOUT,
                                 LLM_CONCURRENCY, TRANSLATE_URL, TRANSLATE_ENGINE, TRANSLATE_MODEL, TRANSLATE_KEY,
                                 TRANSLATE_TARGET)


def database_url(db: str | None = None) -> str:
    """A SQLAlchemy URL from a flag value, the environment or the default."""
    value = db or DB.get()
    if "://" in value:
        if value.startswith("postgresql://"):
            # psycopg 3 is the driver we ship; make it explicit so SQLAlchemy does not look for psycopg2.
            return "postgresql+psycopg://" + value.removeprefix("postgresql://")
        return value
    return f"sqlite:///{Path(value).expanduser()}"


def store_path(url: str, store: str | None = None) -> Path:
    """Where raw document bytes live for the registry at ``url``."""
    value = store or STORE.get()
    if value:
        return Path(value).expanduser()
    if url.startswith("sqlite:///"):
        db_file = Path(url.removeprefix("sqlite:///"))
        return db_file.with_name(db_file.name + ".store")
    return _data_home() / "store"
