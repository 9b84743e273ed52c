"""Kemendagri codes as users type them: dotted (``35.13.01.2001``) or undotted (``3513012001``)."""

from __future__ import annotations

import re

# Segment widths of a code: province 2, kabupaten 2, kecamatan 2, desa 4.
_WIDTHS = (2, 2, 2, 4)
_DIGITS_ONLY = re.compile(r"\d+")
_DOTTED = re.compile(r"\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?")


def normalize_code(raw: object) -> str | None:
    """Return the dotted form of a code, or None when it cannot be one.

    Spaces are ignored; a number read from Excel (3513012001.0) is accepted too.
    """
    if raw is None:
        return None
    text = str(raw).strip().replace(" ", "")
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    if not text:
        return None
    if "." in text:
        return text if _DOTTED.fullmatch(text) else None
    if not _DIGITS_ONLY.fullmatch(text) or len(text) not in (2, 4, 6, 10):
        return None
    parts, pos = [], 0
    for width in _WIDTHS:
        if pos >= len(text):
            break
        parts.append(text[pos : pos + width])
        pos += width
    return ".".join(parts)


def level_of(code: str) -> int:
    return code.count(".") + 1
