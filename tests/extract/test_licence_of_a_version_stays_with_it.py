"""A licence with no licensee named, in a sentence that makes the design a version of another ("It was one of the
licensed versions of the T-72"), is the design's own licence: it does not move to a later copy of the design that the
text makes abroad (the rule that sends "a licence for the Su-27SK" to the J-11 built in Shenyang). Sentences of our
own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of

_TEXTS = [
    ("en", "The M-84 served in the Yugoslav army. It was one of the best licensed versions of the T-72. "
           "Its last version was made by Serbia as the M-84AB1."),
    ("sl", "Tank M-84 je služil v vojski. Bil je licenčna različica tanka T-72. "
           "Zadnjo različico, M-84AB1, je izdelala Srbija."),
]


@pytest.mark.parametrize(("lang", "text"), _TEXTS)
def test_the_licence_stays_with_the_version_it_makes(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("M-84", "licence_status", "licensed") in facts


@pytest.mark.parametrize(("lang", "text"), _TEXTS)
def test_the_later_copy_takes_no_licence(extractor: Extractor, lang: str, text: str) -> None:
    assert not any(s == "M-84AB1" and r == "licence_status" for s, r, _ in facts_of(extractor, text, lang))
