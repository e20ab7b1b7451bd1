"""Watch fixtures: the small test pack loaded through the CLI, a rules file, and servers on loopback."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.watch.servers import Mailbox, Site, site, smtp

MINI = str(Path(__file__).parents[1] / "data" / "mini.yaml")


@pytest.fixture
def web() -> Iterator[Site]:
    """A site on 127.0.0.1 serving the feeds and pages a test puts in it, and taking webhook POSTs."""
    with site() as running:
        yield running


@pytest.fixture
def mailbox() -> Iterator[Mailbox]:
    """An SMTP server on 127.0.0.1 keeping every message it receives."""
    with smtp() as running:
        yield running


@pytest.fixture
def loaded(invoke) -> Callable[..., object]:  # type: ignore[no-untyped-def]
    """``invoke`` over a registry holding the small test pack (AK-47, AKM, PM md. 63, Type 56...)."""
    result = invoke("load-pack", MINI)
    assert result.exit_code == 0, result.output
    return invoke  # type: ignore[no-any-return]


def write_rules(folder: Path, text: str) -> str:
    path = folder / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


COPY_RULE = """
rules:
  - id: akm-copies
    kind: new_copy
    designs: [AKM]
    owner: alice
    severity: high
"""

# Long enough for language detection to be sure it is English.
COPY_TEXT = "The Zastava M99 is an unlicensed copy of the AKM made in Romania by Arsenal PLC.\n"
