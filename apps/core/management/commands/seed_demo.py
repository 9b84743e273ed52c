"""``manage.py seed_demo``: a believable East Java demo — the five preset programs, groups in three
kabupaten at every stage of their life, a few hundred synthetic members, and one login per role.

Groups, members and status changes are written through the real services (``group_create``,
``member_add``, ``member_remove``, ``group_transition``) acting as the demo admin, so every rule is
checked and every change has its audit row, exactly as if people had typed it in.

Then two synthetic registry snapshots are built around those members and imported with the real
import service, so matching (Pemadanan) and desil transitions can be tried at once: "DT-SEN Demo
2025-11" holds ~90 % of the members with their households, neighbours and namesakes, some written a
little differently than in Berdaya; "DTKS Demo 2024-05" holds the same people a year and a half
earlier, with some desil moved.
"""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from apps.accounts.models import User
from apps.accounts.roles import Role
from apps.audit.models import AuditEvent
from apps.core.demo import DemoPeople, DemoRegistry, Enrolled, registry_build
from apps.core.errors import ApplicationError
from apps.programs.models import (
    STATUS_PATH,
    Commodity,
    Group,
    GroupStatus,
    GroupStatusChange,
    Member,
    MemberRole,
    Program,
    Target,
)
from apps.programs.presets import PRESET_CODES, presets_install
from apps.programs.services import MemberData, group_create, group_transition, member_add, member_remove
from apps.registry import gateway
from apps.registry.columns import CANONICAL
from apps.registry.models import Snapshot, SnapshotStatus, Source
from apps.registry.services import snapshot_import
from apps.wilayah.models import Wilayah

DEMO_PASSWORD = "berdaya-demo"  # noqa: S105 - a published demo password, printed on purpose
# Demo accounts are recognised by this address, not by username alone: an ``admin`` made with
# createsuperuser must never be mistaken for (or deleted as) the demo admin. ``.invalid`` is a
# reserved TLD, so no mail can ever reach a real person.
DEMO_EMAIL_DOMAIN = "demo.berdaya.invalid"
DEFAULT_SEED = 35

PROBOLINGGO, NGAWI, MALANG = "35.13", "35.21", "35.07"
KABUPATEN = (PROBOLINGGO, NGAWI, MALANG)
# Probolinggo is Pendalungan country (mostly Madurese); Ngawi is Javanese; south Malang has some Madurese.
MADURESE_SHARE = {PROBOLINGGO: 0.65, NGAWI: 0.0, MALANG: 0.15}
# Share of members living in a neighbouring desa of the same kecamatan rather than the group's own.
NEIGHBOUR_SHARE = 0.3


@dataclass(frozen=True)
class DemoSnapshot:
    name: str
    source: str
    period: str
    old: bool  # the older delivery (desil transitions), else the current one (matching)


# Older first, so the current delivery is also the one published last.
DEMO_SNAPSHOTS = (
    DemoSnapshot("DTKS Demo 2024-05", Source.DTKS, "2024-05", old=True),
    DemoSnapshot("DT-SEN Demo 2025-11", Source.DTSEN, "2025-11", old=False),
)
# The registry has its own generator, derived from --seed, so it comes out the same whether it is
# built with the demo or later, on a demo made before it existed.
REGISTRY_SEED_OFFSET = 2511


@dataclass(frozen=True)
class DemoUser:
    username: str
    role: str
    scope: str
    full_name: str
    agency: str


DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser("admin", Role.ADMIN_PROVINSI, "35", "Dyah Ayu Kusumaningrum", "Bappeda Provinsi Jawa Timur"),
    DemoUser("bappeda.probolinggo", Role.PERENCANA, PROBOLINGGO, "Moh. Imron Rosyadi", "Bappeda Kabupaten Probolinggo"),
    DemoUser("bappeda.ngawi", Role.PERENCANA, NGAWI, "Sri Hartatik", "Bappeda Kabupaten Ngawi"),
    DemoUser("dinsos.probolinggo", Role.OPD_MITRA, PROBOLINGGO, "Achmad Zainuri", "Dinas Sosial Kabupaten Probolinggo"),
    DemoUser(
        "fasilitator.krucil",
        Role.FASILITATOR,
        PROBOLINGGO,
        "Nur Hasanah",
        "Pendamping Peti Koin Bermantra Kec. Krucil dan Tiris",
    ),
    DemoUser(
        "fasilitator.ngawi", Role.FASILITATOR, NGAWI, "Agus Setiyono", "Pendamping Peti Koin Bermantra Kab. Ngawi"
    ),
    DemoUser("pemantau", Role.PEMANTAU, "35", "Bambang Wicaksono", "Inspektorat Provinsi Jawa Timur"),
    DemoUser("mitra.csr", Role.MITRA, PROBOLINGGO, "Rina Oktaviani", "PT PLN Nusantara Power UP Paiton (TJSL/CSR)"),
)
DEMO_USERNAMES = tuple(u.username for u in DEMO_USERS)
ADMIN_USERNAME = "admin"

S = GroupStatus
PETI_KOIN, KUBE, WRSE, UEP, WUB = PRESET_CODES[0], "kube", "wrse", "uep", "wub"
HONEY_CLUSTER = "Klaster madu Probolinggo: 60 penerima manfaat di empat kelompok (Tiris dan Krucil)."


@dataclass(frozen=True)
class GroupPlan:
    program: str
    kabupaten: str
    kecamatan: str  # looked up by name under the kabupaten, never a hardcoded code
    desa_index: int  # which desa of the kecamatan (by code), so the demo is stable across runs
    name: str  # "{desa}" is replaced by the desa's name
    commodity: str
    year: int
    status: str
    size: int
    facilitator: str = ""
    women: float = 0.4  # share of women members (ignored when the program admits one sex only)
    notes: str = ""
    reason: str = ""  # why the group went inactive
    inactive_from: str = GroupStatus.ACTIVE
    replace_reason: str = ""  # one member leaves (with this reason) and is replaced


GROUP_PLANS: tuple[GroupPlan, ...] = (
    # Peti Koin Bermantra: Probolinggo's coffee, honey, palm sugar, catfish, bamboo …
    GroupPlan(
        PETI_KOIN, PROBOLINGGO, "Krucil", 0, "Kelompok Kopi Argopuro Lestari", "Kopi", 2023, S.ACTIVE, 12,
        "fasilitator.krucil", 0.25, notes="Mesin roaster dan huller dari CSR PLN Nusantara Power UP Paiton.",
        replace_reason="Pindah domisili ke Kota Probolinggo.",
    ),
    GroupPlan(
        PETI_KOIN, PROBOLINGGO, "Krucil", 3, "Kelompok Tani Kopi Sumber Rejeki", "Kopi", 2024, S.FUNDED, 10,
        "fasilitator.krucil", 0.3,
    ),
    GroupPlan(
        PETI_KOIN, PROBOLINGGO, "Tiris", 0, "Kelompok Madu Hutan Argopuro I", "Madu", 2023, S.GRADUATED, 15,
        "fasilitator.krucil", 0.3, notes=HONEY_CLUSTER,
    ),
    GroupPlan(
        PETI_KOIN, PROBOLINGGO, "Tiris", 2, "Kelompok Madu Hutan Argopuro II", "Madu", 2023, S.ACTIVE, 15,
        "fasilitator.krucil", 0.3, notes=HONEY_CLUSTER,
    ),
    GroupPlan(
        PETI_KOIN, PROBOLINGGO, "Krucil", 5, "Kelompok Madu Klanceng Sumber Manis", "Madu", 2024, S.ACTIVE, 15,
        "fasilitator.krucil", 0.4, notes=HONEY_CLUSTER,
    ),
    GroupPlan(
        PETI_KOIN, PROBOLINGGO, "Tiris", 5, "Kelompok Madu Lereng Argopuro", "Madu", 2024, S.APPROVED, 15,
        "fasilitator.krucil", 0.4, notes=HONEY_CLUSTER,
    ),
    GroupPlan(
        PETI_KOIN, PROBOLINGGO, "Lumbang", 0, "Kelompok Gula Semut Manggar Sari", "Gula semut", 2022,
        S.HANDED_OVER, 8, women=0.6,
        notes="Diserahkan ke Dinas Koperasi dan Usaha Mikro Kab. Probolinggo untuk pembinaan koperasi.",
    ),
    GroupPlan(
        PETI_KOIN, PROBOLINGGO, "Lumbang", 4, "Kelompok Gula Semut Nira Lestari", "Gula semut", 2025, S.PROPOSED, 7,
        women=0.6,
    ),
    GroupPlan(
        PETI_KOIN, PROBOLINGGO, "Sumberasih", 2, "Poklahsar Mina Sumberasih", "Lele olahan", 2024, S.ACTIVE, 8,
        women=0.7,
    ),
    GroupPlan(
        PETI_KOIN, PROBOLINGGO, "Gending", 3, "Kelompok Pengolah Kerupuk Ikan Bahari", "Kerupuk ikan", 2025,
        S.PROPOSED, 9, women=0.8,
    ),
    GroupPlan(
        PETI_KOIN, PROBOLINGGO, "Leces", 1, "Kelompok Anyaman Bambu Karya Mandiri", "Anyaman bambu", 2022,
        S.GRADUATED, 10, women=0.5,
    ),
    GroupPlan(
        PETI_KOIN, PROBOLINGGO, "Maron", 2, "Kelompok Keripik Pisang Sari Rasa", "Keripik pisang", 2026,
        S.IDENTIFIED, 4, women=0.8, notes="Masih melengkapi anggota: minimal 5 orang sebelum diusulkan.",
    ),
    GroupPlan(
        PETI_KOIN, PROBOLINGGO, "Krucil", 8, "Kelompok Kopi Tani Makmur", "Kopi", 2022, S.INACTIVE, 8,
        "fasilitator.krucil", 0.2,
        reason="Usaha berhenti: kebun kopi anggota rusak tertimbun longsor; anggota beralih menjadi buruh tani.",
    ),
    # … Ngawi's ginger, coffee on Mount Lawu, tempe, batik …
    GroupPlan(
        PETI_KOIN, NGAWI, "Sine", 0, "Kelompok Empon-Empon Lawu Asri", "Jahe dan empon-empon", 2023, S.ACTIVE, 10,
        "fasilitator.ngawi", 0.6,
    ),
    GroupPlan(
        PETI_KOIN, NGAWI, "Jogorogo", 1, "Kelompok Kopi Lereng Lawu", "Kopi", 2024, S.FUNDED, 8,
        "fasilitator.ngawi", 0.3,
    ),
    GroupPlan(
        PETI_KOIN, NGAWI, "Paron", 2, "Kelompok Tempe Sumber Barokah", "Tempe", 2025, S.PROPOSED, 6,
        "fasilitator.ngawi", 0.7,
    ),
    GroupPlan(
        PETI_KOIN, NGAWI, "Kedunggalar", 0, "Kelompok Batik Tulis Kedunggalar", "Batik", 2023, S.GRADUATED, 7,
        women=0.9,
    ),
    GroupPlan(
        PETI_KOIN, NGAWI, "Ngrambe", 3, "Kelompok Anyaman Bambu Ngudi Rejeki", "Anyaman bambu", 2026,
        S.IDENTIFIED, 5, "fasilitator.ngawi", 0.5,
    ),
    GroupPlan(
        PETI_KOIN, NGAWI, "Sine", 4, "Kelompok Jamur Tiram Sine Makmur", "Jamur tiram", 2022, S.HANDED_OVER, 6,
        women=0.5, notes="Diserahkan ke Dinas Perdagangan, Koperasi dan Usaha Mikro Kab. Ngawi.",
    ),
    # … and Malang's coffee in Dampit.
    GroupPlan(
        PETI_KOIN, MALANG, "Dampit", 0, "Kelompok Tani Kopi Dampit Makmur", "Kopi", 2023, S.ACTIVE, 12, women=0.2,
    ),
    GroupPlan(
        PETI_KOIN, MALANG, "Poncokusumo", 1, "Kelompok Ternak Kambing Semeru Jaya", "Ternak kambing", 2024,
        S.APPROVED, 6, women=0.2,
    ),
    GroupPlan(
        PETI_KOIN, MALANG, "Tumpang", 2, "Kelompok Jamur Tiram Tumpang Lestari", "Jamur tiram", 2025,
        S.IDENTIFIED, 5, women=0.5,
    ),
    GroupPlan(
        PETI_KOIN, MALANG, "Dampit", 4, "Kelompok Keripik Pisang Dampit", "Keripik pisang", 2024, S.INACTIVE, 8,
        women=0.8, inactive_from=S.FUNDED,
        reason="Ketua kelompok meninggal dunia; anggota sepakat membubarkan kelompok sebelum usaha berjalan.",
    ),
    # KUBE: always five families.
    GroupPlan(KUBE, PROBOLINGGO, "Kuripan", 0, "KUBE Sido Makmur", "Ternak kambing", 2023, S.GRADUATED, 5),
    GroupPlan(KUBE, PROBOLINGGO, "Bantaran", 1, "KUBE Mekar Sari", "Sembako (warung)", 2024, S.ACTIVE, 5, women=0.6),
    GroupPlan(KUBE, PROBOLINGGO, "Paiton", 2, "KUBE Bahari Jaya", "Kerupuk ikan", 2024, S.FUNDED, 5, women=0.6),
    GroupPlan(KUBE, PROBOLINGGO, "Kraksaan", 3, "KUBE Rukun Santoso", "Ternak ayam kampung", 2025, S.APPROVED, 5),
    GroupPlan(KUBE, PROBOLINGGO, "Dringu", 1, "KUBE Barokah", "Lele olahan", 2025, S.PROPOSED, 5),
    GroupPlan(
        KUBE, PROBOLINGGO, "Tongas", 2, "KUBE Tunas Harapan", "Sembako (warung)", 2026, S.IDENTIFIED, 5,
        women=0.6, notes="Lima keluarga sudah terdata; menunggu verifikasi DTKS oleh Dinas Sosial sebelum diusulkan.",
    ),
    GroupPlan(
        KUBE, NGAWI, "Geneng", 0, "KUBE Maju Bersama", "Ternak kambing", 2023, S.HANDED_OVER, 5,
        notes="Diserahkan ke Koperasi Ternak Ngawi Makmur untuk pendampingan pemasaran.",
    ),
    GroupPlan(KUBE, NGAWI, "Padas", 1, "KUBE Sejahtera Abadi", "Tempe", 2024, S.ACTIVE, 5, women=0.6),
    GroupPlan(
        KUBE, NGAWI, "Karangjati", 2, "KUBE Karya Bakti", "Ternak ayam kampung", 2024, S.INACTIVE, 5,
        reason="Ternak ayam mati terserang penyakit tetelo (ND); kelompok tidak melanjutkan usaha.",
    ),
    GroupPlan(KUBE, MALANG, "Turen", 0, "KUBE Sumber Rezeki", "Sembako (warung)", 2025, S.APPROVED, 5, women=0.6),
    GroupPlan(KUBE, MALANG, "Wajak", 1, "KUBE Melati", "Kue basah dan jajanan", 2024, S.ACTIVE, 5, women=0.8),
    # WRSE: women, aided one by one; a "group" is the year's cohort in one desa.
    GroupPlan(WRSE, PROBOLINGGO, "Pajarakan", 0, "WRSE 2024 Desa {desa}", "Sembako (warung)", 2024, S.ACTIVE, 8),
    GroupPlan(WRSE, PROBOLINGGO, "Gending", 1, "WRSE 2025 Desa {desa}", "Kerupuk ikan", 2025, S.FUNDED, 6),
    GroupPlan(WRSE, NGAWI, "Ngawi", 0, "WRSE 2024 Desa {desa}", "Kue basah dan jajanan", 2024, S.GRADUATED, 6),
    GroupPlan(WRSE, NGAWI, "Widodaren", 1, "WRSE 2025 Desa {desa}", "Jahit dan konveksi", 2025, S.APPROVED, 5),
    GroupPlan(WRSE, MALANG, "Kepanjen", 0, "WRSE 2026 Desa {desa}", "Kue basah dan jajanan", 2026, S.IDENTIFIED, 5),
    # UEP: in-kind aid to families graduating from an earlier program.
    GroupPlan(
        UEP, PROBOLINGGO, "Besuk", 0, "UEP 2023 Desa {desa}", "Ternak kambing", 2023, S.HANDED_OVER, 6,
        notes="Penerima yang usahanya berkembang diserahkan ke Dinas Koperasi dan Usaha Mikro Kab. Probolinggo.",
    ),
    GroupPlan(
        UEP, PROBOLINGGO, "Kotaanyar", 1, "UEP 2024 Desa {desa}", "Sembako (warung)", 2024, S.ACTIVE, 6, women=0.5,
    ),
    GroupPlan(UEP, NGAWI, "Pitu", 0, "UEP 2024 Desa {desa}", "Ternak kambing", 2024, S.GRADUATED, 5),
    GroupPlan(UEP, NGAWI, "Bringin", 1, "UEP 2025 Desa {desa}", "Ternak ayam kampung", 2025, S.PROPOSED, 5),
    GroupPlan(UEP, MALANG, "Bululawang", 0, "UEP 2025 Desa {desa}", "Kue basah dan jajanan", 2025, S.APPROVED, 6,
              women=0.7),
    # WUB: training cohorts (bimtek) in Kab. Probolinggo.
    GroupPlan(
        WUB, PROBOLINGGO, "Kraksaan", 0, "Bimtek WUB Angkatan I Kraksaan", "Keripik pisang", 2025, S.ACTIVE, 20,
        women=0.6, notes="Teori di Balai Diklat, praktik di sentra keripik; pelatih dari perguruan tinggi dan litbang.",
    ),
    GroupPlan(WUB, PROBOLINGGO, "Dringu", 0, "Bimtek WUB Angkatan II Dringu", "Batik", 2026, S.APPROVED, 15, women=0.7),
    GroupPlan(
        WUB, PROBOLINGGO, "Sumberasih", 0, "Bimtek WUB Angkatan III Sumberasih", "Lele olahan", 2026,
        S.IDENTIFIED, 12, women=0.5,
    ),
)  # fmt: skip

GROUP_ROLES = (MemberRole.KETUA, MemberRole.SEKRETARIS, MemberRole.BENDAHARA)


class Command(BaseCommand):
    help = (
        "Bangun data demo Jawa Timur (program preset, kelompok, anggota sintetis, satu akun per peran). "
        "Aman dijalankan ulang; --reset menghapus lalu membangun ulang data demo."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset", action="store_true", help="hapus kelompok, anggota dan akun demo, lalu bangun ulang"
        )
        parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="benih data sintetis (default 35)")

    def handle(self, *args, reset: bool = False, seed: int = DEFAULT_SEED, **options):
        started = time.monotonic()
        _require_regions()
        existing = _existing_demo_users()
        # The demo is built in one transaction, so its admin's presence means a finished demo; other
        # demo accounts without it are leftovers (the admin deleted by hand) and are rebuilt.
        if any(u.username == ADMIN_USERNAME for u in existing) and not reset:
            # A demo made before the snapshots existed (or whose import failed) gets them now.
            missing = [s for s in DEMO_SNAPSHOTS if not _published(s)]
            if missing:
                self.stdout.write("Data demo sudah ada; hanya snapshot demo yang belum ada yang dibuat.")
                self._print_snapshots(_import_snapshots(missing, users=existing, seed=seed))
            else:
                self.stdout.write(
                    "Data demo sudah ada; tidak ada yang ditambahkan. Jalankan dengan --reset untuk membangun ulang."
                )
            self._print_logins()
            return
        with transaction.atomic():
            # The snapshots are built around the members, so they go whenever the members are rebuilt.
            removed_snapshots = _delete_demo_snapshots()
            if existing or removed_snapshots:
                removed = _delete_demo(existing)
                self.stdout.write(
                    f"Data demo lama dihapus: {removed['groups']} kelompok, {removed['members']} anggota, "
                    f"{removed['users']} akun, {removed_snapshots} snapshot."
                )
            users = _create_users()
            programs = {p.code: p for p in presets_install(acting_user=users[ADMIN_USERNAME])}
            builder = _Builder(users=users, programs=programs, seed=seed)
            for plan in GROUP_PLANS:
                builder.build(plan)
        built = time.monotonic() - started
        registry = _import_snapshots(DEMO_SNAPSHOTS, users=list(users.values()), seed=seed)
        self._print_summary(builder.groups, built)
        self._print_snapshots(registry)
        self._print_logins()

    def _print_summary(self, groups: list[Group], seconds: float) -> None:
        members = Member.objects.filter(group__in=groups, is_active=True)
        kabupaten = sorted({g.desa_id[:5] for g in groups})
        names = dict(Wilayah.objects.filter(code__in=kabupaten).values_list("code", "name"))
        by_status = Counter(g.status for g in groups)
        by_program = Counter(g.program.name for g in groups)
        self.stdout.write(
            self.style.SUCCESS(
                f"Data demo dibuat dalam {seconds:.1f} detik: {len(groups)} kelompok, "
                f"{members.count()} anggota aktif di {len(kabupaten)} kabupaten "
                f"({', '.join(names[c] for c in kabupaten)})."
            )
        )
        self.stdout.write("Kelompok per program: " + ", ".join(f"{n} {c}" for n, c in sorted(by_program.items())))
        self.stdout.write(
            "Kelompok per status: " + ", ".join(f"{s.label} {by_status[s]}" for s in GroupStatus if by_status[s])
        )

    def _print_snapshots(self, made: _MadeSnapshots) -> None:
        reg = made.registry
        purpose = {False: "untuk pemadanan", True: "untuk transisi desil"}
        parts = [
            f"{s.name} ({_number(s.rows_accepted)} baris, {_number(s.households)} keluarga) {purpose[spec.old]}"
            for spec, s in sorted(made.made, key=lambda pair: pair[0].old)
        ]
        varied = Counter(reg.varied.values())
        self.stdout.write(
            self.style.SUCCESS(f"Snapshot demo: {' dan '.join(parts)}, dibuat dalam {made.seconds:.1f} detik.")
        )
        self.stdout.write(
            f"Anggota demo di DT-SEN: {len(reg.present)} terdaftar, {len(reg.absent)} tidak terdaftar; "
            f"{len(reg.varied)} tertulis berbeda di registri (nama {varied['nama']}, tanggal lahir "
            f"{varied['tanggal_lahir']}, NIK beda satu digit {varied['nik']}), {len(reg.high_desil)} di desil 6–9, "
            f"{len(reg.namesakes)} punya tetangga senama."
        )

    def _print_logins(self) -> None:
        rows = [(Role(u.role).label, u.username, DEMO_PASSWORD) for u in DEMO_USERS]
        header = ("Peran", "Username", "Kata sandi")
        widths = [max(len(r[i]) for r in [header, *rows]) for i in range(3)]
        line = "  ".join("-" * w for w in widths)
        self.stdout.write("")
        self.stdout.write("Login demo (kata sandi awal; ganti bila demo dipakai di jaringan bersama):")
        for row in [header, None, *rows]:
            if row is None:
                self.stdout.write(line)
            else:
                self.stdout.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def _require_regions() -> None:
    for code in ("35", *KABUPATEN):
        if not Wilayah.objects.filter(level=4, code__startswith=code + ".").exists():
            raise CommandError(
                f"Data wilayah {code} belum dimuat. Jalankan manage.py load_wilayah dulu, lalu ulangi seed_demo."
            )


def _demo_email(username: str) -> str:
    return f"{username}@{DEMO_EMAIL_DOMAIN}"


def _existing_demo_users() -> list[User]:
    found = list(User.objects.filter(username__in=DEMO_USERNAMES))
    strangers = [u.username for u in found if u.email != _demo_email(u.username)]
    if strangers:
        # Same username, not ours: refuse rather than print a wrong password or delete a real account.
        raise CommandError(
            f"Akun {', '.join(sorted(strangers))} sudah ada tetapi bukan akun demo. "
            "Ganti username akun tersebut sebelum menjalankan seed_demo."
        )
    return found


def _delete_demo(users: list[User]) -> dict[str, int]:
    """Only what seed_demo made: groups of the preset programs created by a demo account (with their
    members and history), the audit rows about them, and the demo accounts themselves."""
    groups = Group.objects.filter(program__code__in=PRESET_CODES, created_by__in=users)
    group_ids = [str(pk) for pk in groups.values_list("pk", flat=True)]
    member_ids = [str(pk) for pk in Member.objects.filter(group__in=groups).values_list("pk", flat=True)]
    # The records are gone, so their audit rows would point at nothing; this is synthetic data only.
    AuditEvent.objects.filter(
        Q(target_type="programs.group", target_id__in=group_ids)
        | Q(target_type="programs.member", target_id__in=member_ids)
        | Q(context_key__in=[f"programs.group:{pk}" for pk in group_ids])
    ).delete()
    groups.delete()
    User.objects.filter(pk__in=[u.pk for u in users]).delete()
    return {"groups": len(group_ids), "members": len(member_ids), "users": len(users)}


def _snapshot_filter() -> Q:
    q = Q(pk__in=[])
    for spec in DEMO_SNAPSHOTS:
        q |= Q(name=spec.name, source=spec.source, period=spec.period)
    return q


def _published(spec: DemoSnapshot) -> bool:
    return Snapshot.objects.filter(name=spec.name, status=SnapshotStatus.PUBLISHED).exists()


def _delete_demo_snapshots() -> int:
    """The demo snapshots (by name, source and period), every matching run and decision made
    against them and the audit rows about them. Their files go once the deletion is committed."""
    # Imported here: the matching engine loads DuckDB and Splink, which the rest of the seed never needs.
    from apps.linkage import engine
    from apps.linkage.models import MatchDecision, MatchJob
    from apps.linkage.services import jobs_dir

    snapshots = list(Snapshot.objects.filter(_snapshot_filter()))
    if not snapshots:
        return 0
    jobs = MatchJob.objects.filter(snapshot__in=snapshots)
    job_ids = list(jobs.values_list("pk", flat=True))
    snapshot_ids = [s.pk for s in snapshots]
    AuditEvent.objects.filter(
        Q(target_type="registry.snapshot", target_id__in=[str(pk) for pk in snapshot_ids])
        | Q(target_type="linkage.matchjob", target_id__in=[str(pk) for pk in job_ids])
        | Q(context_key__in=[f"linkage.matchjob:{pk}" for pk in job_ids])
    ).delete()
    MatchDecision.objects.filter(snapshot__in=snapshots).delete()
    jobs.delete()  # before the snapshots: a job protects its snapshot
    Snapshot.objects.filter(pk__in=snapshot_ids).delete()

    def remove_files() -> None:
        for snapshot in snapshots:
            if snapshot.storage:  # never an empty path: that would be the whole registry directory
                gateway.unpublish_files(snapshot.storage)
            engine.discard(snapshot.pk)
        for pk in job_ids:
            shutil.rmtree(jobs_dir(pk), ignore_errors=True)

    transaction.on_commit(remove_files)
    return len(snapshots)


@dataclass
class _MadeSnapshots:
    registry: DemoRegistry
    made: list[tuple[DemoSnapshot, Snapshot]]
    seconds: float


def demo_registry(users: list[User], *, seed: int = DEFAULT_SEED) -> DemoRegistry:
    """The synthetic registry around the members of the groups ``users`` made (every member, also
    those who left), the same for the same members and seed."""
    members = (
        Member.objects.filter(group__program__code__in=PRESET_CODES, group__created_by__in=users)
        .order_by("nik", "pk")
        .values_list("nik", "name", "sex", "birth_date", "no_kk", "address", "desa_id")
    )
    enrolled = [Enrolled(*row) for row in members if row[3] is not None]
    kabupaten = {e.desa_code[:5] for e in enrolled}
    birthplaces = {
        code: name.removeprefix("Kabupaten ")
        for code, name in Wilayah.objects.filter(code__in=kabupaten).values_list("code", "name")
    }
    return registry_build(
        DemoPeople(seed + REGISTRY_SEED_OFFSET), enrolled, birthplaces=birthplaces, madurese_share=MADURESE_SHARE
    )


def _import_snapshots(specs, *, users: list[User], seed: int) -> _MadeSnapshots:
    """Build the demo registry around the demo's members and import the ``specs`` deliveries of it
    through the registry's import service, from a CSV in a temporary directory."""
    started = time.monotonic()
    registry = demo_registry(users, seed=seed)
    made = []
    with tempfile.TemporaryDirectory(prefix="berdaya-demo-") as tmp:
        for spec in specs:
            path = Path(tmp) / f"{spec.source}-{spec.period}.csv"
            with open(path, "w", encoding="utf-8", newline="") as f:
                writer = csv.DictWriter(f, fieldnames=CANONICAL)
                writer.writeheader()
                writer.writerows(registry.rows(old=spec.old))
            try:
                snapshot = snapshot_import(
                    acting_user=None, path=path, name=spec.name, source=spec.source, period=spec.period,
                    preset="canonical",
                )  # fmt: skip
            except ApplicationError as exc:
                raise CommandError(f"Snapshot demo {spec.name!r} ditolak impor: {exc.message}") from exc
            finally:
                path.unlink(missing_ok=True)
            made.append((spec, snapshot))
    return _MadeSnapshots(registry=registry, made=made, seconds=time.monotonic() - started)


def _number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _create_users() -> dict[str, User]:
    # One hash for the shared demo password: hashing is deliberately slow (PBKDF2), and doing it
    # once instead of eight times keeps the seed fast. Same effect as set_password on each.
    password = make_password(DEMO_PASSWORD)
    scopes = {w.code: w for w in Wilayah.objects.filter(code__in={u.scope for u in DEMO_USERS})}
    users: dict[str, User] = {}
    for spec in DEMO_USERS:
        first, _, last = spec.full_name.rpartition(" ")
        user = User(
            username=spec.username,
            email=_demo_email(spec.username),
            first_name=first or last,
            last_name=last if first else "",
            role=spec.role,
            agency=spec.agency,
            # The Django admin lets in staff only; the role decides what they may do there.
            is_staff=spec.role == Role.ADMIN_PROVINSI,
            password=password,
        )
        user.save()
        user.scopes.set([scopes[spec.scope]])
        users[spec.username] = user
    return users


class _Builder:
    """Turns GroupPlans into groups through the services, then dates their history believably."""

    def __init__(self, *, users: dict[str, User], programs: dict[str, Program], seed: int) -> None:
        self.admin = users[ADMIN_USERNAME]
        self.users = users
        self.programs = programs
        self.people = DemoPeople(seed)
        self.rng = self.people.rng
        self.commodities = {c.name: c for c in Commodity.objects.all()}
        self.groups: list[Group] = []
        self._kecamatan: dict[tuple[str, str], tuple[Wilayah, list[Wilayah]]] = {}
        self._tz = timezone.get_current_timezone()
        self._latest = timezone.now()

    def _place(self, kabupaten: str, kecamatan: str) -> tuple[Wilayah, list[Wilayah]]:
        key = (kabupaten, kecamatan)
        if key not in self._kecamatan:
            kec = Wilayah.objects.filter(level=3, parent_id=kabupaten, name__iexact=kecamatan).first()
            if kec is None:
                raise CommandError(f"Kecamatan {kecamatan} tidak ditemukan di {kabupaten}; periksa data wilayah.")
            children = list(Wilayah.objects.filter(parent=kec, level=4).order_by("code"))
            # Rural desa first: the programs target villages, not town kelurahan.
            desas = [d for d in children if d.kind == "desa"] or children
            self._kecamatan[key] = (kec, desas)
        return self._kecamatan[key]

    def build(self, plan: GroupPlan) -> Group:
        program = self.programs[plan.program]
        kec, desas = self._place(plan.kabupaten, plan.kecamatan)
        desa = desas[plan.desa_index % len(desas)]
        neighbours = [d for d in desas if d.pk != desa.pk]
        name = plan.name.format(desa=desa.name)
        stamps = _Timeline(self.rng, year=plan.year, tz=self._tz, latest=self._latest)
        history = _History(audit_mark=AuditEvent.objects.order_by("-id").values_list("id", flat=True).first() or 0)
        try:
            group = group_create(
                acting_user=self.admin,
                name=name,
                program=program,
                year=plan.year,
                desa=desa,
                commodity=self.commodities[plan.commodity],
                facilitator=self.users[plan.facilitator] if plan.facilitator else None,
                address=f"Rumah ketua, {self.people.address()}",
                notes=plan.notes,
            )
            history.group_at = history.audit(stamps.next(days=(0, 0)))
            members_at = stamps.next(days=(3, 20))
            for i in range(plan.size):
                data = self._member(plan, program, kec, desa, neighbours, i)
                member = member_add(acting_user=self.admin, group=group, data=data)
                history.members.append((member.pk, history.audit(members_at)))
            for to_status, reason in _path(plan):
                change = group_transition(acting_user=self.admin, group=group, to_status=to_status, reason=reason)
                history.changes.append((change.pk, history.audit(stamps.next(days=(25, 110)))))
            if plan.replace_reason:
                leaving = group.members.filter(is_active=True, role=MemberRole.ANGGOTA).order_by("pk").first()
                member_remove(acting_user=self.admin, member=leaving, reason=plan.replace_reason)
                history.removals.append((leaving.pk, history.audit(stamps.next(days=(20, 60)))))
                data = self._member(plan, program, kec, desa, neighbours, plan.size)
                member = member_add(acting_user=self.admin, group=group, data=data)
                history.members.append((member.pk, history.audit(stamps.next(days=(7, 30)))))
        except ApplicationError as exc:
            raise CommandError(f"Kelompok demo {name!r} ditolak layanan: {exc.message}") from exc
        history.apply(group)
        self.groups.append(group)
        return group

    def _member(
        self, plan: GroupPlan, program: Program, kec: Wilayah, desa: Wilayah, neighbours: list[Wilayah], i: int
    ) -> MemberData:
        if program.sex_restriction:
            sex = program.sex_restriction
        else:
            sex = "P" if self.rng.random() < plan.women else "L"
        ethnicity = "madura" if self.rng.random() < MADURESE_SHARE[plan.kabupaten] else "jawa"
        joined = dt.date(plan.year, 3, 1)
        # WUB recruits younger people; the aid programs take adults 18–59 (KUBE's rule, kept for all).
        min_age, max_age = (18, 45) if program.training_only else (20, 58)
        person = self.people.person(
            kecamatan_code=kec.code, sex=sex, on=joined, ethnicity=ethnicity, min_age=min_age, max_age=max_age
        )
        home = self.rng.choice(neighbours) if neighbours and self.rng.random() < NEIGHBOUR_SHARE else desa
        # Individual programs have recipients, not office-holders.
        role = GROUP_ROLES[i] if program.target == Target.GROUP and i < len(GROUP_ROLES) else MemberRole.ANGGOTA
        return MemberData(
            nik=person.nik,
            name=person.name,
            sex=person.sex,
            no_kk=person.no_kk,
            birth_date=person.birth_date,
            address=person.address,
            desa_code=home.code,
            role=role,
        )


@dataclass
class _History:
    """When each row made for one group should appear to have happened.

    Services stamp everything "now"; a 2022 group whose whole life happened in one second is not a
    believable demo. ``apply`` rewrites the stamps of the rows just made — synthetic demo rows only,
    never anything else — so the history reads as months of work.
    """

    audit_mark: int  # highest AuditEvent id before this group; its rows are the ones after it
    group_at: dt.datetime | None = None
    members: list[tuple[int, dt.datetime]] = field(default_factory=list)
    changes: list[tuple[int, dt.datetime]] = field(default_factory=list)
    removals: list[tuple[int, dt.datetime]] = field(default_factory=list)
    audit_times: list[dt.datetime] = field(default_factory=list)  # one per service call, in call order

    def audit(self, at: dt.datetime) -> dt.datetime:
        self.audit_times.append(at)
        return at

    def apply(self, group: Group) -> None:
        audit_ids = list(AuditEvent.objects.filter(id__gt=self.audit_mark).order_by("id").values_list("id", flat=True))
        if len(audit_ids) != len(self.audit_times):
            return  # a service wrote more (or fewer) audit rows than expected: keep the true stamps
        for at, ids in _by_time(zip(audit_ids, self.audit_times, strict=True)).items():
            AuditEvent.objects.filter(id__in=ids).update(at=at)
        for pk, at in self.changes:
            GroupStatusChange.objects.filter(pk=pk).update(at=at)
        for at, ids in _by_time(self.members).items():
            Member.objects.filter(pk__in=ids).update(created_at=at, updated_at=at)
        for pk, at in self.removals:
            Member.objects.filter(pk=pk).update(removed_at=at, updated_at=at)
        Group.objects.filter(pk=group.pk).update(created_at=self.group_at, updated_at=max(self.audit_times))
        group.refresh_from_db()


def _by_time(pairs) -> dict[dt.datetime, list[int]]:
    out: dict[dt.datetime, list[int]] = {}
    for pk, at in pairs:
        out.setdefault(at, []).append(pk)
    return out


def _path(plan: GroupPlan) -> list[tuple[str, str]]:
    """(status, reason) steps from identified to the plan's status, one stage at a time."""
    final = plan.inactive_from if plan.status == GroupStatus.INACTIVE else plan.status
    steps = [(s.value, "") for s in STATUS_PATH[1 : STATUS_PATH.index(final) + 1]]
    if plan.status == GroupStatus.INACTIVE:
        steps.append((GroupStatus.INACTIVE.value, plan.reason))
    return steps


class _Timeline:
    """Monotonic timestamps through a group's life, in office hours, starting early in its program
    year and never reaching the present."""

    def __init__(self, rng, *, year: int, tz, latest: dt.datetime) -> None:
        self.rng = rng
        self.tz = tz
        self.latest = latest - dt.timedelta(hours=1)
        start = dt.datetime(
            year, rng.randint(1, 3), rng.randint(1, 28), rng.randint(8, 14), rng.randint(0, 59), tzinfo=tz
        )
        self.current = min(start, self.latest - dt.timedelta(days=30))

    def next(self, *, days: tuple[int, int]) -> dt.datetime:
        local = self.current.astimezone(self.tz) + dt.timedelta(days=self.rng.randint(*days))
        candidate = local.replace(hour=self.rng.randint(8, 15), minute=self.rng.randint(0, 59))
        candidate = max(candidate, self.current + dt.timedelta(minutes=1))
        # Recent groups run out of calendar: squeeze the remaining steps into the last minutes.
        self.current = min(candidate, max(self.current + dt.timedelta(minutes=1), self.latest))
        return self.current
