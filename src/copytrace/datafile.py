"""Reading the YAML data files shipped with copytrace (schema, packs, language files) fast.

libyaml's safe loader reads them about ten times faster than the pure-Python one; both give
the same data, and the pure-Python loader is used where PyYAML was built without libyaml.
"""

from __future__ import annotations

from typing import Any

import yaml

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """The data of one YAML document, read safely (no arbitrary objects)."""
    return yaml.load(text, Loader=_LOADER)
