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

from copytrace.errors import AmbiguousName, ConfigError, UnknownEntity
from copytrace.i18n import N_, lazy_gettext
from copytrace.registry import Registry
from copytrace.registry.alerts import RuleRow

# Each kind with what it alerts on (translated where shown).
KINDS = {
    "new_copy": N_("a new product derived from a tracked design"),
    "new_maker": N_("a new maker, plant or country for a product of a tracked design"),
    "licence_change": N_("a statement that changes a licence status, or a new unlicensed or expired producer"),
    "mention": N_("a new document that names a watched name"),
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
        raise ConfigError(lazy_gettext("%(path)s: cannot read the rules: %(error)s", path=path, error=str(exc))
                          ) from None
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise ConfigError(lazy_gettext("%(path)s: a rules file holds a list under 'rules:'", path=path))
    found: dict[str, Rule] = {}
    for number, raw in enumerate(data["rules"], 1):
        rule = _rule(raw, registry, lazy_gettext("%(path)s: rule %(number)d", path=path, number=number))
        if rule.id in found:
            raise ConfigError(lazy_gettext("%(path)s: rule id %(id)r is used twice", path=path, id=rule.id))
        found[rule.id] = rule
    return list(found.values())


def _strings(raw: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(lazy_gettext("%(where)s: %(key)s must be a list of non-empty strings", where=where, key=key))
    return tuple(v.strip() for v in value)


def _rule(raw: Any, registry: Registry, where: str) -> Rule:
    if not isinstance(raw, dict):
        raise ConfigError(lazy_gettext("%(where)s: a rule is a mapping (id, kind, owner, severity, ...)", where=where))
    unknown = sorted(set(raw) - _KEYS)
    if unknown:
        raise ConfigError(lazy_gettext("%(where)s: unknown key(s) %(keys)s (known: %(known)s)", where=where,
                                       keys=", ".join(unknown), known=", ".join(sorted(_KEYS))))
    for key in ("id", "kind", "owner"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise ConfigError(lazy_gettext("%(where)s: '%(key)s' is required", where=where, key=key))
    where = lazy_gettext("%(where)s (%(id)s)", where=where, id=raw["id"])
    if raw["kind"] not in KINDS:
        raise ConfigError(lazy_gettext("%(where)s: unknown kind %(kind)r (known: %(known)s)", where=where,
                                       kind=raw["kind"], known=", ".join(KINDS)))
    severity = raw.get("severity", "medium")
    if severity not in SEVERITIES:
        raise ConfigError(lazy_gettext("%(where)s: unknown severity %(severity)r (known: %(known)s)", where=where,
                                       severity=severity, known=", ".join(SEVERITIES)))
    designs = []
    for name in _strings(raw, "designs", where):
        try:
            designs.append(registry.resolve(name).id)
        except AmbiguousName as exc:
            raise ConfigError(lazy_gettext("%(where)s: design %(name)r names several entities (%(ids)s): give its id",
                                           where=where, name=name, ids=", ".join(c[0] for c in exc.candidates))
                              ) from None
        except UnknownEntity as exc:
            if exc.suggestions:
                raise ConfigError(lazy_gettext("%(where)s: design %(name)r is not in the registry. Did you mean: "
                                               "%(names)s?", where=where, name=name,
                                               names=", ".join(exc.suggestions))) from None
            raise ConfigError(lazy_gettext("%(where)s: design %(name)r is not in the registry", where=where,
                                           name=name)) from None
    names = _strings(raw, "names", where)
    if raw["kind"] == "mention" and not names:
        raise ConfigError(lazy_gettext("%(where)s: a mention rule needs 'names'", where=where))
    webhooks = _strings(raw, "webhook", where)
    if any(not hook.startswith(("http://", "https://")) for hook in webhooks):
        raise ConfigError(lazy_gettext("%(where)s: a webhook is an http or https URL", where=where))
    return Rule(raw["id"].strip(), raw["kind"], raw["owner"].strip(), severity, tuple(designs), names,
                _strings(raw, "email", where), webhooks, bool(raw.get("allow_private", False)),
                bool(raw.get("disabled", False)))
