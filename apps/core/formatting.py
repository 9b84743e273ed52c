"""How Berdaya writes money and dates for people: ``Rp 15.000.000`` and ``24 Oktober 2024``."""

from __future__ import annotations

import datetime as dt

BULAN = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def rupiah(amount: int | float | None) -> str:
    if amount is None or amount == "":
        return "–"
    value = round(float(amount))
    sign = "-" if value < 0 else ""
    return f"{sign}Rp {abs(value):,}".replace(",", ".")


def tanggal(value: dt.date | dt.datetime | None, *, with_time: bool = False) -> str:
    if value is None:
        return "–"
    if isinstance(value, dt.datetime):
        from django.utils import timezone

        if timezone.is_aware(value):
            value = timezone.localtime(value)
        text = f"{value.day} {BULAN[value.month - 1]} {value.year}"
        return f"{text} {value:%H.%M}" if with_time else text
    return f"{value.day} {BULAN[value.month - 1]} {value.year}"
