"""Vietnamese "tới tận năm", "đến tận năm" ("right up to the year"): the year after it ends a period of making and
is no year of introduction. The sentences were written for the test."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text", [
    "Nhà máy tiếp tục chế tạo xe tăng T-55 tới tận năm 1979.",
    "Khẩu súng SKS được chế tạo ở Liên Xô đến tận năm 1955.",
])
def test_a_year_after_an_until_word_is_no_introduction(full_extractor: Extractor, text: str) -> None:
    years = {o for _, r, o in facts_of(full_extractor, text, "vi") if r == "introduced_year"}
    assert not years & {"1979", "1955"}, years
