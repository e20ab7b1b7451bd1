"""Where particles follow their noun, a making right before a name, its doer before it with the mark of the doer
("सोवियत संघ द्वारा बनाए गए AK-47", the AK-47 the Soviet Union made), is a participle on that name: the doer made
that name only, not another name of the sentence."""

from __future__ import annotations

from .conftest import facts_of


def test_hindi_doer_of_a_participle_makes_only_its_name(extractor) -> None:
    facts = facts_of(extractor, "AK-56 चीन की राइफल है जो सोवियत संघ द्वारा बनाए गए AK-47 से लाइसेंस लेकर "
                                "बनाई गई है।", "hi")
    assert ("AK-56", "made_in_country", "Soviet Union") not in facts
    assert ("AK-56", "derived_from", "AK-47") in facts
