"""Armenian language file (``lexicon/hy.yaml``): sentences written in the style of Armenian news and reference text,
with the facts the extractor must read from them.

They reach the file's inflected forms: the article ("ինքնաձիգն", "տանկը"), plural and case endings glued to nouns
and names ("կործանիչները", "Չինաստանում", "Եգիպտոսին", "Սիրիային", "Ռումինիայում", "Միությունից"), case endings
after a hyphen ("ԽՍՀՄ-ը", "AK-47-ի", "1973-ին"), the perfect and the imperfect ("արտադրվել է", "արտադրվում էին"),
designations written in Armenian letters ("ՄիԳ-21"), and the postpositions ("կողմից", "հիման վրա"). An alias may be
read in either direction.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import assert_states, facts_of

CASES = [
    # made in a country, exported (to a country named in the plain case)
    ('Type 56 ինքնաձիգն արտադրվել է Չինաստանում և արտահանվել Վիետնամ։',
     [('Type 56', 'made_in_country', 'China'), ('Type 56', 'exported_to', 'Vietnam')]),
    # made by a company ("by" is a postposition after the genitive)
    ('M70 ինքնաձիգն արտադրվում է Zastava ընկերության կողմից Կրագուևացում։',
     [('Zastava M70', 'manufactured_by', 'Zastava Arms')]),
    # licensed production, the licensor an adjective
    ('Լեհաստանը խորհրդային լիցենզիայով արտադրել է T-55 տանկեր։',
     [('T-55', 'made_in_country', 'Poland'),
      ('T-55', 'licence_status', 'licensed'),
      ('T-55', 'licensed_by', 'Soviet Union')]),
    # licensed assembly in a country, at a company's plants (plural, locative)
    ('Հնդկաստանում MiG-21 կործանիչները լիցենզիայով հավաքվել են HAL ընկերության գործարաններում։',
     [('MiG-21', 'made_in_country', 'India'),
      ('MiG-21', 'licence_status', 'licensed'),
      ('MiG-21', 'manufactured_by', 'Hindustan Aeronautics Limited')]),
    ('RPG-7 նռնականետները լիցենզիայով արտադրվում էին Ռումինիայում և Բուլղարիայում։',
     [('RPG-7', 'made_in_country', 'Romania'),
      ('RPG-7', 'made_in_country', 'Bulgaria'),
      ('RPG-7', 'licence_status', 'licensed')]),
    # an unlicensed copy: the original first, in the genitive
    ('J-7 կործանիչը MiG-21-ի՝ առանց լիցենզիայի պատրաստված չինական պատճենն է։',
     [('Chengdu J-7', 'derived_from', 'MiG-21'),
      ('Chengdu J-7', 'licence_status', 'unlicensed'),
      ('Chengdu J-7', 'made_in_country', 'China')]),
    # "on the basis of" (a postposition after the genitive), and a plant
    ('PT-91 տանկը ստեղծվել է T-72-ի հիման վրա և արտադրվում է Bumar-Łabędy գործարանում։',
     [('PT-91 Twardy', 'derived_from', 'T-72'), ('PT-91 Twardy', 'manufactured_by', 'Bumar-Łabędy')]),
    ('Valmet Rk 62 ինքնաձիգը մշակվել է AK-47-ի հիման վրա։',
     [('RK 62', 'derived_from', 'AK-47')]),
    # a version of a design
    ('AKM-ը AK-47-ի արդիականացված տարբերակն է։',
     [('AKM', 'derived_from', 'AK-47')]),
    # another name ("known under the name")
    ('Չեխոսլովակիայում BMP-1-ը հայտնի էր BVP-1 անվամբ։',
     [('BVP-1', 'alias_of', 'BMP-1')]),
    ('J-7-ը, որը հայտնի է նաև F-7 անվամբ, արտահանվել է Պակիստան։',
     [('Chengdu J-7', 'alias_of', 'Chengdu F-7'), ('Chengdu J-7', 'exported_to', 'Pakistan')]),
    # sales to countries in the dative; a designation in Armenian letters
    ('ՄիԳ-21 կործանիչները վաճառվել են Եգիպտոսին և Սիրիային։',
     [('MiG-21', 'exported_to', 'Egypt'), ('MiG-21', 'exported_to', 'Syria')]),
    ('ԽՍՀՄ-ը T-72 տանկեր է արտահանել Սիրիա, Իրաք և Հնդկաստան։',
     [('T-72', 'exported_to', 'Syria'), ('T-72', 'exported_to', 'Iraq'), ('T-72', 'exported_to', 'India')]),
    # a purchase: the buyer is the subject, the seller in the ablative
    ('1960-ական թվականներին Եգիպտոսը Խորհրդային Միությունից գնել է T-55 տանկեր։',
     [('T-55', 'exported_to', 'Egypt')]),
    # entering service: "1959 թ.", "1973-ին"
    ('AKM ինքնաձիգն ընդունվել է ԽՍՀՄ զինված ուժերի սպառազինության մեջ 1959 թ.։',
     [('AKM', 'introduced_year', '1959')]),
    ('T-72 տանկը սպառազինության է ընդունվել 1973-ին։',
     [('T-72', 'introduced_year', '1973')]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_armenian_sentence_gives_its_facts(full_extractor: Extractor, text: str,
                                           expected: list[tuple[str, str, str]]) -> None:
    assert_states(facts_of(full_extractor, text, "hy"), expected, text)


@pytest.mark.parametrize(("text", "relation"), [
    ('Հնդկաստանը երբեք չի գնել J-7 կործանիչներ։', 'exported_to'),           # never bought
    ('Հնդկաստանը պլանավորում է գնել Su-30 կործանիչներ։', 'exported_to'),    # plans to buy
])
def test_armenian_negated_or_planned_purchase_gives_no_sale(full_extractor: Extractor, text: str,
                                                            relation: str) -> None:
    facts = facts_of(full_extractor, text, "hy")
    assert not any(r == relation for _, r, _ in facts), (text, facts)


def test_armenian_text_is_detected(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, 'Type 56 ինքնաձիգն արտադրվել է Չինաստանում և արտահանվել Վիետնամ։')
    assert ('Type 56', 'made_in_country', 'China') in facts
