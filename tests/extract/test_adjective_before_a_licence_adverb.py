"""A country's adjective before a licence adverb on a participle of making belongs to the copy word after them.

"poljska licencno izrađena inačica" (a Polish version made under licence): the adjective agrees with the copy
word and says where the copy was made; it names no licensor. Each sentence was written for the test.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "subject", "country"), [
    ("Haubica D-30J bila je jugoslovenska licencno proizvedena verzija haubice D-30.", "hr", "D-30J", "Yugoslavia"),
    ("Пиштољ М57 је југословенска лиценцно произведена копија пиштоља ТТ-33.", "sr", "Zastava M57", "Yugoslavia"),
    ("Karabinek PMK to polska licencyjnie produkowana kopia karabinka AKM.", "pl", "PMK", "Poland"),
    ("Вертолёт Ми-2 — польская лицензионно собранная версия советской машины.", "ru", "Mi-2", "Poland"),
])
def test_adjective_is_the_copy_s_country(extractor: Extractor, text: str, lang: str, subject: str,
                                         country: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert (subject, "licensed_by", country) not in facts, facts
    assert (subject, "made_in_country", country) in facts, facts
