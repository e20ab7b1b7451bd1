"""Reading FollowTheMoney JSON lines, checked against followthemoney's model, line by line.

A bad line (not JSON, no id or schema, an unknown schema or property) is reported with the file
and line and left out; the rest of the file is read. Entities of schemata copytrace has no use for
(vessels, securities, ...) are counted and skipped. Values are cleaned by their FtM type, so a
date or country the model cannot read is reported and left out rather than stored.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from copytrace.errors import CopytraceError
from copytrace.registry.imported import ImportedStatement

# The schemata kept; anything that is a kind of legal entity (PublicBody, ...) is kept with them.
KEPT = ("Company", "Organization", "LegalEntity", "Person", "Ownership", "Sanction", "Address")


class FtMUnavailable(CopytraceError):
    """followthemoney is not installed: pip install 'copytrace[ftm]'."""


@dataclass(frozen=True, slots=True)
class LineError:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(slots=True)
class ReadResult:
    sha256: str
    statements: list[ImportedStatement] = field(default_factory=list)
    entities: int = 0
    skipped: Counter[str] = field(default_factory=Counter)  # other schemata, by name
    errors: list[LineError] = field(default_factory=list)
    latest: str | None = None  # the newest date the records carry (last_change, last_seen)


def load_model() -> Any:
    try:
        from followthemoney import model
    except ImportError as exc:
        raise FtMUnavailable(f"reading FollowTheMoney files needs followthemoney: pip install 'copytrace[ftm]' "
                             f"({exc})") from None
    return model


def _lines(path: Path, digest: Any) -> Iterator[tuple[int, str]]:
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            digest.update(raw)
            yield number, raw.decode("utf-8", errors="replace").strip()


def _value(value: Any) -> str | None:
    """A property value as text; a nested entity (OpenSanctions' nested form) stands for its id."""
    if isinstance(value, dict):
        nested = value.get("id")
        return nested if isinstance(nested, str) else None
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value)
    return None


def read_ftm(path: Path, dataset: str) -> ReadResult:
    """Every kept entity of the file as imported statements, with the errors met on the way."""
    model = load_model()
    digest = hashlib.sha256()
    result = ReadResult(sha256="")
    shown = str(path)
    for number, line in _lines(path, digest):
        if not line:
            continue

        def fail(message: str, number: int = number) -> None:
            result.errors.append(LineError(shown, number, message))

        try:
            record = json.loads(line)
        except ValueError as exc:
            fail(f"not JSON ({exc})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("id"), str) \
                or not isinstance(record.get("schema"), str):
            fail("not a FollowTheMoney entity: it needs an 'id' and a 'schema'")
            continue
        schema = model.get(record["schema"])
        if schema is None:
            fail(f"unknown schema {record['schema']!r}")
            continue
        if schema.name not in KEPT and not schema.is_a("LegalEntity"):
            result.skipped[schema.name] += 1
            continue
        properties = record.get("properties", {})
        if not isinstance(properties, dict):
            fail("'properties' is not an object")
            continue
        first_seen = record.get("first_seen") if isinstance(record.get("first_seen"), str) else None
        last_seen = next((record[k] for k in ("last_change", "last_seen") if isinstance(record.get(k), str)), None)
        if last_seen and (result.latest is None or last_seen > result.latest):
            result.latest = last_seen
        rows: list[ImportedStatement] = []
        bad = False
        for name, values in properties.items():
            prop = schema.get(name)
            if prop is None:
                fail(f"unknown property {name!r} of {schema.name}")
                bad = True
                break
            for raw in values if isinstance(values, list) else [values]:
                text = _value(raw)
                cleaned = prop.type.clean(text) if text is not None else None
                if cleaned is None:
                    fail(f"{schema.name}.{name}: {raw!r} is not a valid {prop.type.name} (left out)")
                    continue
                rows.append(ImportedStatement(dataset, record["id"], schema.name, name, cleaned, first_seen,
                                              last_seen))
        if bad:
            continue
        result.entities += 1
        result.statements += rows
    result.sha256 = digest.hexdigest()
    return result
