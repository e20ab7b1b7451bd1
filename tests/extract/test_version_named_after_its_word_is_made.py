"""A name right after a word of versions that extends the name of the design spoken of is that version, and a word
of making after it says where the version was made.

"Inačica M-84A proizvedena je ..." after a sentence on the M-84: the version M-84A was made there (as "a copy of the
T-90 is built in India" still speaks of an unnamed copy). Each sentence was written for the test.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Tenk T-55 razvijen je u SSSR-u. Inačica T-55AM proizvodila se u Čehoslovačkoj.", "hr",
     ("T-55AM", "made_in_country", "Czechoslovakia")),
    ("Avion MiG-21 razvijen je u SSSR-u. Verzija MiG-21bis proizvedena je u Indiji.", "sr",
     ("MiG-21bis", "made_in_country", "India")),
])
def test_the_version_is_made_there(extractor: Extractor, text: str, lang: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(extractor, text, lang)
