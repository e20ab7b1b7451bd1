"""Alert rules are data: a YAML file of rules, each checked whole when it loads.

```yaml
rules:
  - id: akm-copies            # unique; loading the file again updates the rule
    kind: new_copy            # new_copy | new_maker | licence_change | mention
    designs: [AKM]            # tracked designs (with everything derived from them); none: every design
    owner: alice              # who the alert is for
    severity: high            # low | medium | high
    email: [legal@example.org]
    webhook: [https://hooks.example.org/copytrace]
  - id: zastava-news
    kind: mention
    names: [Zastava]          # a subscription to a search: new documents naming any of these
    owner: bob
    severity: low
```
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from copytrace.errors import ConfigError, UnknownEntity
from copytrace.registry import Registry
from copytrace.registry.alerts import RuleRow

KINDS = {
    "new_copy": "a new product derived from a tracked design",
    "new_maker": "a new maker, plant or country for a product of a tracked design",
    "licence_change": "a statement that changes a licence status, or a new unlicensed or expired producer",
    "mention": "a new document that names a watched name",
}
SEVERITIES = ("low", "medium", "high")
_KEYS = {"id", "kind", "designs", "names", "owner", "severity", "email", "webhook", "allow_private", "disabled"}


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    kind: str
    owner: str
    severity: str
    designs: tuple[str, ...] = ()  # entity ids
    names: tuple[str, ...] = ()
    email: tuple[str, ...] = ()
    webhook: tuple[str, ...] = ()
    allow_private: bool = False  # let webhooks reach private and loopback addresses
    disabled: bool = False
    created_at: str = ""

    def row(self) -> RuleRow:
        params = {"designs": list(self.designs), "names": list(self.names), "email": list(self.email),
                  "webhook": list(self.webhook), "allow_private": self.allow_private}
        return RuleRow(self.id, self.kind, params, self.owner, self.severity, self.disabled, self.created_at)

    @classmethod
    def from_row(cls, row: RuleRow) -> Rule:
        p = row.params
        return cls(row.id, row.kind, row.owner, row.severity, tuple(p.get("designs", ())),
                   tuple(p.get("names", ())), tuple(p.get("email", ())), tuple(p.get("webhook", ())),
                   bool(p.get("allow_private", False)), row.disabled, row.created_at)


def load_rules_file(path: Path, registry: Registry) -> list[Rule]:
    """The rules of a YAML file, every one checked (designs must be in the registry); ConfigError naming
    the file, the rule and the problem otherwise."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read the rules: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise ConfigError(f"{path}: a rules file holds a list under 'rules:'")
    found: dict[str, Rule] = {}
    for number, raw in enumerate(data["rules"], 1):
        rule = _rule(raw, registry, f"{path}: rule {number}")
        if rule.id in found:
            raise ConfigError(f"{path}: rule id {rule.id!r} is used twice")
        found[rule.id] = rule
    return list(found.values())


def _strings(raw: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: {key} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _rule(raw: Any, registry: Registry, where: str) -> Rule:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: a rule is a mapping (id, kind, owner, severity, ...)")
    unknown = sorted(set(raw) - _KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)} (known: {', '.join(sorted(_KEYS))})")
    for key in ("id", "kind", "owner"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise ConfigError(f"{where}: '{key}' is required")
    where = f"{where} ({raw['id']})"
    if raw["kind"] not in KINDS:
        raise ConfigError(f"{where}: unknown kind {raw['kind']!r} (known: {', '.join(KINDS)})")
    severity = raw.get("severity", "medium")
    if severity not in SEVERITIES:
        raise ConfigError(f"{where}: unknown severity {severity!r} (known: {', '.join(SEVERITIES)})")
    designs = []
    for name in _strings(raw, "designs", where):
        try:
            designs.append(registry.resolve(name).id)
        except UnknownEntity as exc:
            raise ConfigError(f"{where}: design {name!r}: {exc}") from None
    names = _strings(raw, "names", where)
    if raw["kind"] == "mention" and not names:
        raise ConfigError(f"{where}: a mention rule needs 'names'")
    webhooks = _strings(raw, "webhook", where)
    if any(not hook.startswith(("http://", "https://")) for hook in webhooks):
        raise ConfigError(f"{where}: a webhook is an http or https URL")
    return Rule(raw["id"].strip(), raw["kind"], raw["owner"].strip(), severity, tuple(designs), names,
                _strings(raw, "email", where), webhooks, bool(raw.get("allow_private", False)),
                bool(raw.get("disabled", False)))
