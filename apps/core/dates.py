"""Reading dates as people write them in lists: "6 September 2002", "17 Agustus 1945", "3 Okt. 1990",
Excel's own "dd-mmm-yy" display ("16-Nov-68", "24-Mei-95"), and eight digits typed without separators."""

from __future__ import annotations

import datetime as dt
import re

from django.utils import timezone

from apps.core.formatting import BULAN

# Full month names a list may use: Indonesian (with the older Pebruari/Nopember), English, and the
# short forms offices write (Agt, Ags, Des, Okt, …). A written month must be one of these or a prefix of
# one at least three letters long.
_NAMES = {
    **{name.lower(): number for number, name in enumerate(BULAN, start=1)},
    "pebruari": 2,
    "nopember": 11,
    "agt": 8,
    "ags": 8,
    **{
        name: number
        for number, name in enumerate(
            (
                "january",
                "february",
                "march",
                "april",
                "may",
                "june",
                "july",
                "august",
                "september",
                "october",
                "november",
                "december",
            ),
            start=1,
        )
    },  # fmt: skip
}
_WRITTEN = re.compile(r"(?<!\d)(\d{1,2})[\s.\-/]*([A-Za-z]{3,9})\.?[\s.\-/,]*(\d{4}|\d{2})(?!\d)")


def _month(word: str) -> int | None:
    word = word.lower()
    found = {number for name, number in _NAMES.items() if name.startswith(word)}
    return found.pop() if len(found) == 1 else None


# Eight digits and nothing else: a date typed without separators, 11101978 or 19781011.
_COMPACT = re.compile(r"\d{8}")


def compact_date(text: object, *, today: dt.date | None = None) -> dt.date | None:
    """A birth date typed as eight digits: YYYYMMDD when it reads as a real past date, else DDMMYYYY."""
    text = str(text or "").strip()
    if not _COMPACT.fullmatch(text):
        return None
    today = today or timezone.localdate()
    for year, month, day in ((text[:4], text[4:6], text[6:]), (text[4:], text[2:4], text[:2])):
        try:
            parsed = dt.date(int(year), int(month), int(day))
        except ValueError:
            continue
        if parsed.year >= 1880 and parsed <= today:
            return parsed
    return None


def birth_century(year: int, today: dt.date | None = None) -> int:
    """A two-digit birth year in full: the latest century that does not put the birth in the future."""
    today = today or timezone.localdate()
    return year + (2000 if 2000 + year <= today.year else 1900)


def written_month_date(text: object, *, today: dt.date | None = None) -> dt.date | None:
    """The date in text that writes its month as a word ("Nganjuk, 6 September 2002", "17-Agt-1945",
    Excel's "16-Nov-68"); None when there is none or it is not a real date. A two-digit year is a birth
    year (``birth_century``)."""
    found = _WRITTEN.search(str(text or ""))
    if not found:
        return None
    day, word, year = found.groups()
    month = _month(word)
    if month is None:
        return None
    full_year = birth_century(int(year), today) if len(year) == 2 else int(year)
    try:
        return dt.date(full_year, month, int(day))
    except ValueError:
        return None
