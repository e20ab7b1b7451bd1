"""A design a phrase of "having nothing to do with" governs ("it has nothing to do with the AKM", "n'a rien à voir
avec", "hat nichts mit ... zu tun", "non ha nulla a che vedere con", "no tiene nada que ver con") is what the subject
is set against: a licence the next clause states of "it" is the subject's, not that design's."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("The Vektor R5 went into service in the army. In truth it has nothing to do with a Soviet AKM, because "
     "it was assembled under an Israeli licence.", "en"),
    ("Le Vektor R5 est entré en service dans l'armée. En vérité il n'a rien à voir avec un AKM soviétique, "
     "puisqu'il a été assemblé sous une licence israélienne.", "fr"),
    ("Das Vektor R5 kam in den Dienst des Heeres. Eigentlich hat es nichts mit einem sowjetischen AKM zu tun, "
     "weil es unter israelischer Lizenz montiert wurde.", "de"),
    ("Il Vektor R5 entrò in servizio nell'esercito. In verità non ha nulla a che vedere con un AKM sovietico, "
     "perché fu montato su licenza israeliana.", "it"),
    ("El Vektor R5 entró en servicio en el ejército. En verdad no tiene nada que ver con un AKM soviético, "
     "porque fue montado bajo licencia israelí.", "es"),
])
def test_licence_stays_with_the_subject(extractor, text, lang):
    facts = facts_of(extractor, text, lang)
    assert ("Vektor R5", "licence_status", "licensed") in facts, facts
    assert not any(s == "AKM" and r in {"licence_status", "licensed_by"} for s, r, _ in facts), facts


def test_a_plain_comparison_of_making_keeps_its_licence(extractor):
    facts = facts_of(extractor, "The AKM was built in Hungary under licence, and the Vektor R5 was not.", "en")
    assert ("AKM", "licence_status", "licensed") in facts, facts
