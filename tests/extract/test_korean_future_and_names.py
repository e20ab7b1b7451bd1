"""Korean: "것이다" after a past form ("모방한 것이다", is what copied) states a fact, no plan; a future form of a
word of trade or making ("수입할 것이다", will import) makes a plan. A design's two names side by side ("마카로프 PM")
are one mention of it, so the copy that imitates it is read. Sentences of our own; they prove behaviour, not
quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_a_past_form_before_geosida_is_a_fact(extractor: Extractor) -> None:
    facts = facts_of(extractor, "T-55 전차는 1970년대에 이라크로 수출된 것이다.", "ko")
    assert ("T-55", "exported_to", "Iraq") in facts


def test_a_future_form_of_buying_is_a_plan(extractor: Extractor) -> None:
    assert ("T-90", "exported_to", "Algeria") not in facts_of(
        extractor, "알제리는 러시아에서 T-90 전차를 수입할 것이다.", "ko")
    assert ("T-90", "exported_to", "Algeria") in facts_of(extractor, "알제리는 러시아에서 T-90 전차를 수입했다.", "ko")


def test_two_names_of_one_design_side_by_side_are_one_mention(extractor: Extractor) -> None:
    facts = facts_of(extractor, "59식 권총은 마카로프 PM 권총을 모방했다.", "ko")
    assert ("Type 59 pistol", "derived_from", "Makarov PM") in facts
