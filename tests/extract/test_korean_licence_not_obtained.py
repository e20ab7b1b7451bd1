"""Korean: "did not obtain a licence" (라이센스를 취득하지 않고, with either spelling of the loanword and the verbs
of obtaining) is a making without a licence, as "did not receive one" already was."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_licence_not_obtained_is_unlicensed(extractor):
    facts = facts_of(extractor, "북한은 라이센스를 취득하지 않고 AK-74 소총을 생산했다.", "ko")
    assert ("AK-74", "licence_status", "unlicensed") in facts
    assert ("AK-74", "licence_status", "licensed") not in facts


def test_other_spelling_not_received(extractor):
    facts = facts_of(extractor, "이란은 라이센스를 받지 않고 T-72 전차를 조립했다.", "ko")
    assert ("T-72", "licence_status", "licensed") not in facts
