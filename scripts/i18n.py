"""Bring every interface catalogue up to date with the messages in the code and templates.

    python scripts/i18n.py            # extract, then update each locale/<lang>/LC_MESSAGES/copytrace.po
    python scripts/i18n.py --init uk  # start a catalogue for a new language

New messages arrive untranslated (shown in English until translated); messages no longer used are dropped.
tests/core/test_i18n.py fails while a catalogue misses a message or holds a stale one.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from babel.messages.frontend import CommandLineInterface

ROOT = Path(__file__).parents[1]
LOCALES = ROOT / "src" / "copytrace" / "locale"
DOMAIN = "copytrace"


def pybabel(*args: str) -> None:
    CommandLineInterface().run(["pybabel", "-q", *args])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--init", metavar="LANG", help="Start a catalogue for this language.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        template = str(Path(tmp) / f"{DOMAIN}.pot")
        pybabel("extract", "-F", str(ROOT / "babel.cfg"), "--no-location", "--sort-output",
                "--project", "copytrace", "-o", template, str(ROOT))
        if args.init:
            pybabel("init", "-i", template, "-d", str(LOCALES), "-D", DOMAIN, "-l", args.init)
        pybabel("update", "-i", template, "-d", str(LOCALES), "-D", DOMAIN, "--no-fuzzy-matching", "--width", "120",
                "--ignore-obsolete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
