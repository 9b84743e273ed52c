"""Small builders for tests. They write through the ORM directly (not services) only for setup
that is not itself under test."""

from __future__ import annotations

import datetime as dt
import itertools

from apps.accounts.models import User
from apps.programs.models import Commodity, Group, Member, Program, Target
from apps.wilayah.models import Wilayah

# Real East Java codes: Kab. Probolinggo, Kec. Sukapura, Desa Ngadisari; Kab. Ngawi.
PROBOLINGGO = "35.13"
SUKAPURA = "35.13.01"
NGADISARI = "35.13.01.2001"
NGAWI = "35.21"

_serial = itertools.count(1)


def make_user(role: str, scopes: list[str], *, username: str | None = None, password: str = "rahasia-uji-123") -> User:
    user = User.objects.create_user(username=username or f"{role}-{next(_serial)}", password=password, role=role)
    user.scopes.set(Wilayah.objects.filter(code__in=scopes))
    return user


def program_kube(**overrides) -> Program:
    fields = dict(
        name="KUBE Uji",
        code=f"kube-uji-{next(_serial)}",
        agency="Dinas Sosial",
        region_id="35",
        year_start=2024,
        year_end=2026,
        target=Target.GROUP,
        registry_sources=["dtks"],
        max_desil=2,
        group_size_min=3,
        group_size_max=5,
        aid_ceiling_group=15_000_000,
        funding_sources=["apbd_prov"],
    )
    fields.update(overrides)
    return Program.objects.create(**fields)


def commodity(name: str = "Kopi") -> Commodity:
    return Commodity.objects.get_or_create(name=name)[0]


def first_desa(kabupaten: str) -> str:
    return Wilayah.objects.filter(level=4, code__startswith=kabupaten + ".").order_by("code").first().code


def make_group(
    program: Program,
    *,
    desa: str = NGADISARI,
    facilitator: User | None = None,
    name: str | None = None,
    year: int = 2025,
    status: str = "identified",
) -> Group:
    return Group.objects.create(
        name=name or f"Kelompok {next(_serial)}",
        program=program,
        year=year,
        desa_id=desa,
        commodity=commodity(),
        facilitator=facilitator,
        status=status,
    )


def nik_for(desa_code: str, birth: dt.date, sex: str, serial: int = 1) -> str:
    """A structurally valid NIK for a person born on ``birth`` in the desa's kecamatan."""
    region = desa_code.replace(".", "")[:6]
    day = birth.day + (40 if sex == "P" else 0)
    return f"{region}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"


def make_member(
    group: Group,
    *,
    sex: str = "L",
    birth: dt.date = dt.date(1980, 5, 17),
    serial: int | None = None,
    name: str | None = None,
    role: str = "anggota",
) -> Member:
    serial = serial or next(_serial)
    return Member.objects.create(
        group=group,
        program=group.program,
        year=group.year,
        nik=nik_for(group.desa_id, birth, sex, serial),
        name=name or f"Anggota {serial}",
        sex=sex,
        birth_date=birth,
        desa_id=group.desa_id,
        role=role,
    )
