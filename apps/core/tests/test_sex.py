import pytest

from apps.core.sex import read_sex


@pytest.mark.parametrize(
    ("raw", "sex"),
    [("L", "L"), ("Lk.", "L"), ("LAKI-LAKI", "L"), ("laki laki", "L"), ("Pria", "L"), ("1", "L"),
     ("P", "P"), ("Pr.", "P"), ("PEREMPUAN", "P"), ("Wanita", "P"), ("2", "P"), ("L (laki-laki)", "L"),
     ("", None), ("-", None), ("X", None), (None, None)],
)  # fmt: skip
def test_the_sex_column_as_lists_write_it(raw, sex):
    assert read_sex(raw) == sex
