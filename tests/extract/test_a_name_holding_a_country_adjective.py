"""Where adjectives follow their noun and are written in lower case, a capitalised country adjective inside a run of
capitals ("Companhia Anónima Venezuelana de Indústrias Militares") is a word of the organisation's name, which goes on
past it; and a known maker's letters in brackets right after a long name ("... (CAVIM)") say which maker it is.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

from copytrace.extract import Extractor


def _makers(extractor: Extractor, text: str, lang: str) -> set[str]:
    return {f.object for f in extractor.extract_text(text, "t.txt", lang) if f.relation == "manufactured_by"}


def test_a_long_name_with_its_letters_after_it_is_that_maker(extractor: Extractor) -> None:
    text = ("Os fuzis AK-103 são montados pela Companhia Anónima Venezuelana de Indústrias Militares (CAVIM) "
            "em Maracay.")
    assert _makers(extractor, text, "pt") == {"CAVIM"}


def test_a_capitalised_adjective_inside_a_name_does_not_split_it(extractor: Extractor) -> None:
    text = "Los fusiles AK-103 son fabricados por la Compañía Venezolana de Armas Livianas en Maracay."
    makers = _makers(extractor, text, "es")
    assert makers == {"Compañía Venezolana de Armas Livianas"}, makers
