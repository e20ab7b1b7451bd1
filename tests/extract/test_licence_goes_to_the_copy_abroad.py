"""A licence that names no licensee, on a page that makes one copy of the design abroad and the design itself
nowhere but at home, is the copy's, held where the copy is made.

The sentences were written for these tests: each proves one reading of the pipeline, never how well extraction does
on real text (see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import all_facts

_TEXT = ("Russia delivered 50 Su-27SK fighters to China in 1992, and in 1995 it sold a licence for 200 more "
         "aircraft. From 1996 the Chinese J-11 was assembled in Shenyang.")


def test_the_licence_is_the_copy_made_abroad(full_extractor: Extractor) -> None:
    licences = [(f.subject, f.scope) for f in all_facts(full_extractor, _TEXT, "en") if f.relation == "licence_status"]
    assert any(subject.endswith("J-11") and scope == "China" for subject, scope in licences), licences
    assert not any(subject == "Su-27SK" for subject, _ in licences), licences


def test_a_licence_with_its_licensee_stays_with_the_design(full_extractor: Extractor) -> None:
    text = "In 1995 Russia sold India a licence for the Su-27SK. The Chinese J-11 was assembled in Shenyang."
    licences = [(f.subject, f.scope) for f in all_facts(full_extractor, text, "en") if f.relation == "licence_status"]
    assert ("Su-27SK", "India") in licences, licences
