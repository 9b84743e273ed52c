"""Reading dates as people write them in lists: "6 September 2002", "17 Agustus 1945", "3 Okt. 1990"."""

from __future__ import annotations

import datetime as dt
import re

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
_WRITTEN = re.compile(r"(?<!\d)(\d{1,2})[\s.\-/]*([A-Za-z]{3,9})\.?[\s.\-/,]*(\d{4})(?!\d)")


def _month(word: str) -> int | None:
    word = word.lower()
    found = {number for name, number in _NAMES.items() if name.startswith(word)}
    return found.pop() if len(found) == 1 else None


def written_month_date(text: object) -> dt.date | None:
    """The date in text that writes its month as a word ("Nganjuk, 6 September 2002", "17-Agt-1945");
    None when there is none or it is not a real date."""
    found = _WRITTEN.search(str(text or ""))
    if not found:
        return None
    day, word, year = found.groups()
    month = _month(word)
    if month is None:
        return None
    try:
        return dt.date(int(year), month, int(day))
    except ValueError:
        return None
