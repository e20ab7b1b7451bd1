"""Partial dates ("1959", "1959-06", "1959-06-01") and the day ranges they cover."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from copytrace.errors import InvalidStatement
from copytrace.i18n import lazy_gettext
from copytrace.lazyre import lazy_compile

_PARTIAL = lazy_compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?$")


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str | int) -> PartialDate:
        match = _PARTIAL.match(str(text).strip())
        if not match:
            raise InvalidStatement(lazy_gettext("not a partial date (want YYYY, YYYY-MM or YYYY-MM-DD): %(text)r",
                                                text=text))
        year = int(match["y"])
        month = int(match["m"]) if match["m"] else None
        day = int(match["d"]) if match["d"] else None
        try:
            date(year, month or 1, day or 1)
        except ValueError as exc:
            raise InvalidStatement(lazy_gettext("not a valid date: %(text)r (%(reason)s)", text=text,
                                                reason=str(exc))) from None
        return cls(year, month, day)

    def first_day(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return date(self.year, month, day)

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return text


def normalize_partial(text: str | int | None) -> str | None:
    """Check a partial date and return its canonical text, or None for no date."""
    if text is None or str(text).strip() == "":
        return None
    return str(PartialDate.parse(text))


def range_start(text: str | None) -> str | None:
    """The first day a partial date covers, as ISO text (sortable in any database)."""
    return PartialDate.parse(text).first_day().isoformat() if text else None


def range_end(text: str | None) -> str | None:
    """The last day a partial date covers, as ISO text."""
    return PartialDate.parse(text).last_day().isoformat() if text else None
