import datetime as dt
from zoneinfo import ZoneInfo

from django.template import Context, Template

from apps.core.formatting import rupiah, tanggal


def test_rupiah_uses_dots_and_a_space_after_rp():
    assert rupiah(15_000_000) == "Rp 15.000.000"
    assert rupiah(3_000_000) == "Rp 3.000.000"
    assert rupiah(0) == "Rp 0"
    assert rupiah(None) == "–"


def test_dates_are_written_the_indonesian_way():
    assert tanggal(dt.date(2024, 10, 24)) == "24 Oktober 2024"
    assert tanggal(dt.date(2025, 1, 5)) == "5 Januari 2025"


def test_datetimes_are_shown_in_jakarta_time():
    # 20:30 UTC on 31 Dec is already 1 January in Jakarta (UTC+7).
    moment = dt.datetime(2024, 12, 31, 20, 30, tzinfo=ZoneInfo("UTC"))
    assert tanggal(moment) == "1 Januari 2025"
    assert tanggal(moment, with_time=True) == "1 Januari 2025 03.30"


def test_template_filters_are_available_everywhere():
    html = Template("{{ a|rupiah }} {{ d|tanggal }}").render(Context({"a": 15000000, "d": dt.date(2024, 10, 24)}))
    assert html == "Rp 15.000.000 24 Oktober 2024"
