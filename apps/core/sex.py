"""Reading the sex column as lists write it: L/P, Lk./Pr., Laki-laki/Perempuan, Pria/Wanita, 1/2."""

from __future__ import annotations

import re

_SEX = {
    "l": "L", "lk": "L", "laki": "L", "laki laki": "L", "pria": "L", "1": "L",
    "p": "P", "pr": "P", "perempuan": "P", "wanita": "P", "2": "P",
}  # fmt: skip
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def read_sex(raw: object) -> str | None:
    """ "L" or "P", or None when the text says neither. Case, dots and a note in brackets are ignored
    ("Pr.", "LAKI-LAKI", "L (laki-laki)")."""
    text = str(raw or "").lower().split("(")[0]
    return _SEX.get(" ".join(_NOT_ALNUM.sub(" ", text).split()))
