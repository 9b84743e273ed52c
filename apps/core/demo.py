"""Synthetic people for the demo and for tests: Javanese and Madurese names, village addresses,
and NIK / No. KK numbers built the way Dukcapil builds them, so they pass ``apps.core.nik`` with
neither errors nor warnings. ``registry_build`` puts a synthetic social registry around the demo's
members: their households, neighbours and namesakes, some members written the way registries do.

Everything here is invented. Given the same seed the generator yields the same people, so a demo
rebuilt with ``seed_demo --reset`` looks the same as before.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

# Javanese names are often one word (Suminah, Slamet); some first elements never stand alone
# (Sri, Siti, Moh.), so those always get a second element.
_NAMES: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "jawa": {
        "L": (
            (
                "Sugeng", "Slamet", "Suparman", "Sutrisno", "Bambang", "Joko", "Agus", "Budi", "Wahyudi",
                "Mujiono", "Sukardi", "Heru", "Teguh", "Edi", "Puji", "Darmaji", "Sumadi", "Parno", "Katiran",
                "Sunarto", "Supriyadi", "Eko", "Dwi", "Gunawan", "Hariyanto", "Nur", "Rohmat", "Kasiman",
                "Tukiman", "Sarju", "Suwarno", "Paimin",
            ),
            (
                "Santoso", "Wibowo", "Prasetyo", "Susanto", "Hidayat", "Purnomo", "Setiawan", "Saputro",
                "Widodo", "Hartono", "Riyadi", "Utomo", "Nugroho", "Wahyono", "Kholis", "Raharjo",
            ),
        ),
        "P": (
            (
                "Sri", "Siti", "Suminah", "Sulastri", "Wartini", "Ngatini", "Sumarni", "Tri", "Endang", "Rukmini",
                "Partini", "Sukini", "Yuliani", "Dwi", "Sriyatun", "Karsini", "Tumini", "Lasmi", "Sutini",
                "Painem", "Wiji", "Murtini", "Kasiyem", "Suyati", "Umi", "Tutik",
            ),
            (
                "Wahyuni", "Rahayu", "Lestari", "Handayani", "Astuti", "Wulandari", "Ningsih", "Purwanti",
                "Susilowati", "Widayati", "Setyowati", "Rahmawati", "Kusumawati", "Aminah", "Khasanah",
            ),
        ),
    },
    "madura": {
        "L": (
            (
                "Moh.", "Moch.", "Muhammad", "Ach.", "Abdul", "Fathor", "Mat", "Hasan", "Holil", "Marsuki",
                "Sahrul", "Busiri", "Matsari", "Suhri", "Badrus", "Juhari", "Sanawi", "Rasid", "Samsul",
                "Hairul", "Syaiful", "Jumali", "Sahid", "Asmuni", "Marzuki", "Zainal",
            ),
            (
                "Hasan", "Rahman", "Sholeh", "Fauzi", "Arifin", "Hosen", "Ridwan", "Ansori", "Sahri", "Zainuri",
                "Bahri", "Munir", "Hadi", "Rofiq", "Yasin", "Kurdi",
            ),
        ),
        "P": (
            (
                "Siti", "Nur", "Maimunah", "Hosniyah", "Rohmah", "Sumiati", "Holifah", "Musyarofah", "Saniyah",
                "Asmani", "Marwiyah", "Hamidah", "Hatijah", "Juwairiyah", "Salamah", "Rukayyah", "Misnati",
                "Sunaryah", "Fatimah", "Mistiyah", "Saudah", "Halimah",
            ),
            (
                "Fatimah", "Aminah", "Hasanah", "Zahro", "Rohmah", "Maryam", "Khotimah", "Sholihah", "Hidayati",
                "Aisyah", "Jamilah", "Nafisah",
            ),
        ),
    },
}  # fmt: skip
_NEEDS_SECOND = {"Sri", "Siti", "Tri", "Dwi", "Eko", "Nur", "Umi", "Moh.", "Moch.", "Muhammad", "Ach.", "Abdul"}
_NEEDS_SECOND |= {"Fathor", "Mat"}
# Share of people whose name is a single word when it may be.
_SINGLE_WORD_SHARE = 0.4

_DUSUN = (
    "Krajan", "Krajan Kidul", "Krajan Lor", "Sumberwaru", "Karanganyar", "Sukorejo", "Tegalrejo", "Gondang",
    "Bendo", "Kebonagung", "Sidomulyo", "Ngemplak", "Sumbersari", "Tlogosari", "Pakem", "Kedungsari",
    "Gunungsari", "Duren", "Pandean", "Sumberejo", "Wonorejo", "Talang",
)  # fmt: skip

ETHNICITIES = tuple(_NAMES)


def nik_build(kecamatan_code: str, birth_date: dt.date, sex: str, serial: int) -> str:
    """``PPKKCC DDMMYY SSSS``: kecamatan, birth date with day + 40 for women, 4-digit serial."""
    region = _region6(kecamatan_code)
    if not 1 <= serial <= 9999:
        raise ValueError(f"NIK serial {serial} out of range 1–9999")
    day = birth_date.day + (40 if sex == "P" else 0)
    return f"{region}{day:02d}{birth_date.month:02d}{birth_date.year % 100:02d}{serial:04d}"


def no_kk_build(kecamatan_code: str, issued: dt.date, serial: int) -> str:
    """``PPKKCC DDMMYY SSSS``: kecamatan of the issuing office, date the card was issued, serial."""
    region = _region6(kecamatan_code)
    if not 1 <= serial <= 9999:
        raise ValueError(f"No. KK serial {serial} out of range 1–9999")
    return f"{region}{issued.day:02d}{issued.month:02d}{issued.year % 100:02d}{serial:04d}"


def _shift_years(day: dt.date, years: int) -> dt.date:
    # 29 February has no twin in most years; the 28th is close enough for an age.
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _region6(code: str) -> str:
    """The six digits of a kecamatan from a kecamatan or desa code, dotted or not."""
    digits = code.replace(".", "")[:6]
    if len(digits) != 6 or not digits.isdigit():
        raise ValueError(f"not a kecamatan or desa code: {code!r}")
    return digits


@dataclass(frozen=True)
class Person:
    name: str
    sex: str
    birth_date: dt.date
    nik: str
    no_kk: str
    address: str


class DemoPeople:
    """Deterministic source of synthetic people. Serials run in sequence within a kecamatan and a
    birth (or issue) date, as Dukcapil's do, so no two people it makes share a NIK or No. KK."""

    def __init__(self, seed: int = 35) -> None:
        # Not for security: a seeded generator is the point, so the same demo comes out every time.
        self.rng = random.Random(seed)  # noqa: S311
        self._serials: dict[str, int] = {}

    def name(self, sex: str, *, ethnicity: str = "jawa") -> str:
        firsts, seconds = _NAMES[ethnicity][sex]
        first = self.rng.choice(firsts)
        if first not in _NEEDS_SECOND and self.rng.random() < _SINGLE_WORD_SHARE:
            return first
        second = self.rng.choice([s for s in seconds if s != first])
        return f"{first} {second}"

    def address(self) -> str:
        dusun = self.rng.choice(_DUSUN)
        return f"Dusun {dusun} RT {self.rng.randint(1, 12):03d} RW {self.rng.randint(1, 5):03d}"

    def birth_date(self, *, on: dt.date, min_age: int = 20, max_age: int = 58) -> dt.date:
        """A birth date making the person between ``min_age`` and ``max_age`` years old on ``on``."""
        earliest = _shift_years(on, -max_age - 1) + dt.timedelta(days=1)
        latest = _shift_years(on, -min_age)
        return dt.date.fromordinal(self.rng.randint(earliest.toordinal(), latest.toordinal()))

    def nik(self, kecamatan_code: str, birth_date: dt.date, sex: str) -> str:
        prefix = nik_build(kecamatan_code, birth_date, sex, 1)[:12]
        return nik_build(kecamatan_code, birth_date, sex, self._next_serial("nik" + prefix))

    def no_kk(self, kecamatan_code: str, issued: dt.date) -> str:
        prefix = no_kk_build(kecamatan_code, issued, 1)[:12]
        return no_kk_build(kecamatan_code, issued, self._next_serial("kk" + prefix))

    def _next_serial(self, key: str) -> int:
        self._serials[key] = self._serials.get(key, 0) + 1
        return self._serials[key]

    def reserve(self, *, niks: Iterable[str] = (), no_kks: Iterable[str] = ()) -> None:
        """Mark numbers made elsewhere (e.g. by another generator, or stored members) as taken, so
        the serials this generator hands out next never repeat them."""
        for kind, numbers in (("nik", niks), ("kk", no_kks)):
            for number in numbers:
                if len(number) == 16 and number.isdigit():
                    key = kind + number[:12]
                    self._serials[key] = max(self._serials.get(key, 0), int(number[12:]))

    def person(
        self,
        *,
        kecamatan_code: str,
        sex: str,
        on: dt.date,
        ethnicity: str = "jawa",
        min_age: int = 20,
        max_age: int = 58,
    ) -> Person:
        """Someone living in ``kecamatan_code`` aged ``min_age``–``max_age`` on ``on``; the family card
        was issued some time between their 17th birthday and ``on``."""
        born = self.birth_date(on=on, min_age=min_age, max_age=max_age)
        start = max(_shift_years(born, 17), dt.date(2005, 1, 1))  # e-KTP era cards; older ones were reissued
        issued = dt.date.fromordinal(self.rng.randint(min(start, on).toordinal(), on.toordinal()))
        return Person(
            name=self.name(sex, ethnicity=ethnicity),
            sex=sex,
            birth_date=born,
            nik=self.nik(kecamatan_code, born, sex),
            no_kk=self.no_kk(kecamatan_code, issued),
            address=self.address(),
        )


# Registry spellings ------------------------------------------------------------------------------

# How the same person's name often reads in a social registry: Arabic names abbreviated or spelled
# another way, Madurese and Javanese variants. Together with the pre-1972 spelling (oe, dj, tj, j for
# y, ch for kh) many older people kept on their papers, a hajj title and an initial, these are all
# the one person a reviewer should recognise.
_REGISTRY_FORMS: dict[str, tuple[str, ...]] = {
    "Muhammad": ("Moch.", "Moh.", "M."), "Moh.": ("Moch.", "Mohammad", "M."), "Moch.": ("Moh.", "Mochammad"),
    "Ach.": ("Achmad", "Ahmad"), "Abdul": ("Abd.",), "Siti": ("St.",), "Nur": ("Noer", "Nor"),
    "Fathor": ("Fatur",), "Mat": ("Mad",), "Hasan": ("Hassan",), "Holil": ("Cholil", "Kholil"),
    "Marsuki": ("Marzuki",), "Marzuki": ("Marsuki",), "Sahrul": ("Syahrul",), "Rasid": ("Rasyid", "Rosyid"),
    "Samsul": ("Syamsul",), "Hairul": ("Khairul",), "Syaiful": ("Saiful",), "Sahid": ("Syahid",),
    "Zainal": ("Zaenal",), "Rahman": ("Rachman",), "Sholeh": ("Soleh", "Saleh"), "Hosen": ("Husen", "Husein"),
    "Ansori": ("Anshori",), "Zainuri": ("Zaenuri",), "Rofiq": ("Rofik",), "Maimunah": ("Maemunah",),
    "Hosniyah": ("Husniyah",), "Rohmah": ("Rahmah",), "Sumiati": ("Sumiyati",), "Holifah": ("Kholifah",),
    "Hatijah": ("Khotijah", "Hotijah"), "Rukayyah": ("Rukayah",), "Fatimah": ("Patimah",),
    "Hasanah": ("Khasanah",), "Khasanah": ("Hasanah",), "Khotimah": ("Hotimah",), "Sholihah": ("Solihah",),
    "Aisyah": ("Aisah",), "Zahro": ("Zahroh",), "Maryam": ("Mariyam",), "Slamet": ("Selamet",), "Edi": ("Edy",),
    "Sriyatun": ("Sriatun",), "Kasiyem": ("Kasiem",), "Painem": ("Paenem",),
}  # fmt: skip
_OLD_LETTERS = str.maketrans({"j": "dj", "y": "j", "c": "tj", "u": "oe", "J": "Dj", "Y": "J", "C": "Tj", "U": "Oe"})


def old_spelling(word: str) -> str:
    """The van Ophuijsen / Soewandi spelling older ID papers keep: Suyono → Soejono, Joko → Djoko."""
    if word.endswith("."):
        return word
    return word.translate(_OLD_LETTERS).replace("kh", "ch").replace("Kh", "Ch")


def registry_spelling(name: str, rng: random.Random, *, sex: str) -> str:
    """Another way a registry plausibly writes the same person's name: "Muhammad Sholeh" →
    "MOCH. SOLEH", "Suyono" → "Soejono", "Siti Aminah" → "St. Aminah". Always differs from ``name``
    in more than letter case."""
    words = name.split()
    options: list[tuple[str, int]] = []
    forms = [_REGISTRY_FORMS.get(w) for w in words]
    if any(forms):
        options.append((" ".join(rng.choice(f) if f else w for w, f in zip(words, forms, strict=True)), 4))
    old = " ".join(old_spelling(w) for w in words)
    if old != name:
        options.append((old, 4))
    if len(words) >= 2 and not words[-1].endswith("."):
        options.append((" ".join([*words[:-1], words[-1][0] + "."]), 1))
    options.append((("H. " if sex == "L" else "Hj. ") + name, 1))
    variant = rng.choices([o for o, _ in options], weights=[w for _, w in options])[0]
    return variant.upper() if rng.random() < 0.5 else variant


_WORDS = {
    eth: {w for firsts, seconds in by_sex.values() for w in (*firsts, *seconds)} for eth, by_sex in _NAMES.items()
}
_MADURESE_ONLY = _WORDS["madura"] - _WORDS["jawa"]


def ethnicity_of(name: str) -> str:
    """A guess from the name alone, good enough to name someone's relatives alike."""
    return "madura" if any(w in _MADURESE_ONLY for w in name.split()) else "jawa"


# A demo social registry ------------------------------------------------------------------------

REGISTRY_ON = dt.date(2025, 11, 1)  # the state of the DT-SEN demo delivery
OLD_REGISTRY_ON = dt.date(2024, 5, 1)  # … and of the older DTKS one
# Kabupaten people in the demo regions were often born in instead of their own (a spouse more so).
_NEARBY = {
    "35.13": ("Lumajang", "Pasuruan", "Jember", "Situbondo", "Sumenep", "Bangkalan"),
    "35.21": ("Madiun", "Magetan", "Bojonegoro", "Sragen", "Ponorogo"),
    "35.07": ("Blitar", "Lumajang", "Pasuruan", "Kota Malang", "Kediri"),
}
# Desil (1 = poorest tenth nationally): the demo's members were picked as poor; their neighbours are
# anybody, still mostly poor villagers.
_MEMBER_DESIL = {1: 45, 2: 33, 3: 14, 4: 8}
_NEIGHBOUR_DESIL = {1: 18, 2: 16, 3: 14, 4: 12, 5: 10, 6: 9, 7: 8, 8: 6, 9: 4, 10: 3}
_ADDRESS = re.compile(r"^(?P<alamat>.*?)\s+RT\s+(?P<rt>\d+)\s+RW\s+(?P<rw>\d+)$")


@dataclass(frozen=True)
class Enrolled:
    """A demo member, as Berdaya holds them."""

    nik: str
    name: str
    sex: str
    birth_date: dt.date
    no_kk: str
    address: str
    desa_code: str


@dataclass
class Resident:
    """One registry row: a person as the registry holds them (which may differ from the member)."""

    nik: str
    name: str
    sex: str
    birth_date: dt.date
    relation: str
    birthplace: str
    member_nik: str = ""  # the demo member this person is, by their NIK in Berdaya
    number: int = 0


@dataclass
class Household:
    no_kk: str
    desa_code: str
    address: str
    people: list[Resident]
    desil: int
    desil_old: int | None = None  # None: not in the older delivery
    in_new: bool = True  # False: in the older delivery only (moved away)
    number: int = 0

    def rows(self, *, old: bool) -> list[dict[str, str]]:
        """Canonical registry rows (apps.registry.columns.CANONICAL) of the DT-SEN delivery, or of the
        older DTKS one: different ids, names in capitals, DD-MM-YYYY dates, undotted codes."""
        if old and self.desil_old is None or not old and not self.in_new:
            return []
        match = _ADDRESS.match(self.address)
        alamat, rt, rw = (match["alamat"], match["rt"], match["rw"]) if match else (self.address, "", "")
        rows = []
        for p in self.people:
            if old and p.birth_date >= OLD_REGISTRY_ON:
                continue
            rows.append({
                "id_individu": f"DTKS-I{p.number:07d}" if old else f"DS{p.number:09d}",
                "id_keluarga": f"DTKS-K{self.number:06d}" if old else f"DSK{self.number:08d}",
                "nik": p.nik, "no_kk": self.no_kk, "nama": p.name.upper() if old else p.name,
                "jenis_kelamin": p.sex, "tempat_lahir": p.birthplace.upper() if old else p.birthplace,
                "tanggal_lahir": p.birth_date.strftime("%d-%m-%Y") if old else p.birth_date.isoformat(),
                "hubungan_keluarga": p.relation, "alamat": alamat, "rt": rt, "rw": rw,
                "kode_wilayah": self.desa_code.replace(".", "") if old else self.desa_code,
                "desil": str(self.desil_old if old else self.desil),
            })  # fmt: skip
        return rows


@dataclass
class DemoRegistry:
    """A synthetic social registry around the demo's members, in two deliveries (DT-SEN 2025-11 and
    DTKS 2024-05), and what a matching run against it should find."""

    households: list[Household]
    present: list[str] = field(default_factory=list)  # members' NIKs (as in Berdaya) in the registry
    absent: list[str] = field(default_factory=list)  # … not in it
    # member NIK → "nama", "tanggal_lahir", "nik" or "tanpa_nik" (no NIK, birth year one off)
    varied: dict[str, str] = field(default_factory=dict)
    high_desil: list[str] = field(default_factory=list)  # members in desil 6–9
    namesakes: list[str] = field(default_factory=list)  # members with a namesake neighbour

    def rows(self, *, old: bool = False) -> list[dict[str, str]]:
        return [row for h in self.households for row in h.rows(old=old)]


def registry_build(
    people: DemoPeople,
    members: Iterable[Enrolled],
    *,
    birthplaces: dict[str, str],
    madurese_share: dict[str, float] | None = None,
) -> DemoRegistry:
    """The demo registry for ``members``: ~90 % of them with their households (the rest are "not in
    the registry"), ~15 % of those written a little differently than in Berdaya (name spelling,
    day and month of birth swapped, one NIK digit), neighbours and namesakes in the same desa.

    ``people`` is a generator of its own (seeded for the registry): the members' numbers are
    reserved in it so no new person repeats them. ``birthplaces`` maps a kabupaten code ("35.13")
    to the place name people there are born in ("Probolinggo")."""
    return _RegistryBuilder(people, birthplaces, madurese_share or {}).build(members)


class _RegistryBuilder:
    def __init__(self, people: DemoPeople, birthplaces: dict[str, str], madurese_share: dict[str, float]) -> None:
        self.people = people
        self.rng = people.rng
        self.birthplaces = birthplaces
        self.madurese_share = madurese_share

    def build(self, members: Iterable[Enrolled]) -> DemoRegistry:
        rng = self.rng
        by_nik = {m.nik: m for m in sorted(members, key=lambda m: m.nik)}
        enrolled = list(by_nik.values())
        self.people.reserve(niks=by_nik, no_kks=[m.no_kk for m in enrolled])
        absent = set(rng.sample(sorted(by_nik), round(len(enrolled) * 0.10)))
        present = [m for m in enrolled if m.nik not in absent]
        out = DemoRegistry(households=[], present=[m.nik for m in present], absent=sorted(absent))

        # Who is written differently in the registry: three NIKs one digit off, two people registered
        # without a NIK and a birth year one off (the matcher must leave them to a reviewer), a few
        # birth dates with day and month swapped, the rest (of ~15 %) names.
        order = rng.sample(present, len(present))
        n_varied = round(len(present) * 0.15)
        typo = order[:3]
        blank = order[3:5]
        swappable = [m for m in order[5:] if m.birth_date.day <= 12 and m.birth_date.day != m.birth_date.month]
        swapped = swappable[: max(min(5, n_varied - len(typo) - len(blank)), 1)]
        taken = {m.nik for m in typo + blank + swapped}
        renamed = [m for m in order if m.nik not in taken][: max(n_varied - len(taken), 0)]
        registry_nik = {m.nik: self._one_digit_off(m.nik, set(by_nik)) for m in typo}
        self.people.reserve(niks=registry_nik.values())
        registry_nik |= {m.nik: "" for m in blank}
        out.varied = {m.nik: "nik" for m in typo} | {m.nik: "tanggal_lahir" for m in swapped}
        out.varied |= {m.nik: "tanpa_nik" for m in blank}
        out.varied |= {m.nik: "nama" for m in renamed}
        renamed_nik = {m.nik for m in renamed}
        swapped_nik = {m.nik for m in swapped}
        blank_nik = {m.nik for m in blank}
        out.high_desil = sorted(m.nik for m in rng.sample(present, round(len(present) * 0.10)))
        high = set(out.high_desil)

        for m in present:
            eth = ethnicity_of(m.name)
            me = Resident(
                nik=registry_nik.get(m.nik, m.nik),
                name=registry_spelling(m.name, rng, sex=m.sex) if m.nik in renamed_nik else m.name,
                sex=m.sex,
                birth_date=m.birth_date.replace(day=m.birth_date.month, month=m.birth_date.day)
                if m.nik in swapped_nik
                else _shift_years(m.birth_date, 1)
                if m.nik in blank_nik
                else m.birth_date,
                relation="",
                birthplace=self._birthplace(m.desa_code),
                member_nik=m.nik,
            )
            desil = rng.randint(6, 9) if m.nik in high else self._desil(_MEMBER_DESIL)
            out.households.append(self._household(me, eth, m.desa_code, m.no_kk, m.address, desil))

        # Namesakes: someone else of the same name and sex in the member's desa, born another year.
        named = rng.sample(present, min(6, len(present)))
        named += [by_nik[nik] for nik in rng.sample(sorted(absent), min(2, len(absent)))]
        for m in named:
            age = _age(m.birth_date, REGISTRY_ON) + rng.choice((-1, 1)) * rng.randint(4, 15)
            age = min(max(age, 22), 75)
            born = self.people.birth_date(on=REGISTRY_ON, min_age=age, max_age=age)
            twin = Resident(
                nik=self.people.nik(m.desa_code, born, m.sex),
                name=m.name,
                sex=m.sex,
                birth_date=born,
                relation="",
                birthplace=self._birthplace(m.desa_code),
            )
            out.households.append(self._neighbour(twin, ethnicity_of(m.name), m.desa_code))
            out.namesakes.append(m.nik)
        out.namesakes.sort()

        # Neighbours: a few other households in every desa a member lives in.
        for desa in sorted({m.desa_code for m in enrolled}):
            for _ in range(rng.randint(1, 2)):
                eth = "madura" if rng.random() < self.madurese_share.get(desa[:5], 0.0) else "jawa"
                sex = "L" if rng.random() < 0.75 else "P"
                head = self.people.person(
                    kecamatan_code=desa, sex=sex, on=REGISTRY_ON, ethnicity=eth, min_age=22, max_age=75
                )
                me = Resident(
                    nik=head.nik,
                    name=head.name,
                    sex=sex,
                    birth_date=head.birth_date,
                    relation="",
                    birthplace=self._birthplace(desa),
                )
                household = self._household(me, eth, desa, head.no_kk, head.address, self._desil(_NEIGHBOUR_DESIL))
                household.in_new = rng.random() >= 0.03  # moved away since the older delivery
                out.households.append(household)

        self._history(out.households)
        number = 0
        for h_number, household in enumerate(out.households, start=1):
            household.number = h_number
            for p in household.people:
                number += 1
                p.number = number
        return out

    def _neighbour(self, me: Resident, eth: str, desa: str) -> Household:
        issued = self.people.birth_date(on=REGISTRY_ON, min_age=0, max_age=15)
        address = self.people.address()
        return self._household(me, eth, desa, self.people.no_kk(desa, issued), address, self._desil(_NEIGHBOUR_DESIL))

    def _household(self, me: Resident, eth: str, desa: str, no_kk: str, address: str, desil: int) -> Household:
        """``me`` with the family a registry lists on the same card: as a child of their parents when
        young, else as head or wife, with children and sometimes an old parent."""
        rng = self.rng
        age = _age(me.birth_date, REGISTRY_ON)
        family: list[Resident] = []
        mother: Resident | None = None
        if age < 25 and rng.random() < 0.6:
            me.relation = "Anak"
            father = self._relative(desa, eth, "L", age + rng.randint(22, 32), "Kepala Keluarga")
            mother = self._relative(desa, eth, "P", age + rng.randint(19, 28), "Istri", away=0.25)
            family += [father, mother, me]
        elif me.sex == "L" or rng.random() < 0.25:
            me.relation = "Kepala Keluarga"
            family.append(me)
            if me.sex == "P":
                mother = me
            elif age >= 21 and rng.random() < 0.92:
                mother = self._relative(desa, eth, "P", max(age - rng.randint(-2, 7), 18), "Istri", away=0.25)
                family.append(mother)
        else:
            me.relation = "Istri"
            husband = self._relative(desa, eth, "L", age + rng.randint(-2, 8), "Kepala Keluarga", away=0.25)
            family += [husband, me]
            mother = me
        if mother is not None:
            family += self._children(desa, eth, mother, skip=me if me.relation == "Anak" else None)
        head_age = _age(family[0].birth_date, REGISTRY_ON)
        if head_age < 55 and rng.random() < 0.15:
            family.append(
                self._relative(
                    desa,
                    eth,
                    "P" if rng.random() < 0.7 else "L",
                    min(head_age + rng.randint(22, 32), 92),
                    "Orang Tua" if rng.random() < 0.6 else "Mertua",
                )
            )
        return Household(no_kk=no_kk, desa_code=desa, address=address, people=family, desil=desil)

    def _children(self, desa: str, eth: str, mother: Resident, *, skip: Resident | None) -> list[Resident]:
        rng = self.rng
        mother_age = _age(mother.birth_date, REGISTRY_ON)
        if mother_age < 19:
            return []
        count = rng.choices((0, 1, 2, 3, 4), weights=(8, 25, 35, 22, 10))[0]
        if skip is not None:
            count = max(count - 1, 0)  # ``skip`` is one of them
        kids = []
        for _ in range(count):
            at = rng.randint(19, min(mother_age, 42))
            born = dt.date.fromordinal(_shift_years(mother.birth_date, at).toordinal() + rng.randint(0, 364))
            if born >= REGISTRY_ON - dt.timedelta(days=20):
                continue
            if _age(born, REGISTRY_ON) >= 25 and rng.random() < 0.6:
                continue  # married and on a card of their own
            sex = rng.choice("LP")
            kids.append(
                Resident(
                    nik=self.people.nik(desa, born, sex),
                    name=self.people.name(sex, ethnicity=eth),
                    sex=sex,
                    birth_date=born,
                    relation="Anak",
                    birthplace=self._birthplace(desa),
                )
            )
        return sorted(kids, key=lambda k: k.birth_date)

    def _relative(self, desa: str, eth: str, sex: str, age: int, relation: str, *, away: float = 0.1) -> Resident:
        born = self.people.birth_date(on=REGISTRY_ON, min_age=age, max_age=age)
        return Resident(
            nik=self.people.nik(desa, born, sex),
            name=self.people.name(sex, ethnicity=eth),
            sex=sex,
            birth_date=born,
            relation=relation,
            birthplace=self._birthplace(desa, away=away),
        )

    def _birthplace(self, desa: str, *, away: float = 0.1) -> str:
        nearby = _NEARBY.get(desa[:5], ())
        if nearby and self.rng.random() < away:
            return self.rng.choice(nearby)
        return self.birthplaces.get(desa[:5], "")

    def _desil(self, weights: dict[int, int]) -> int:
        return self.rng.choices(list(weights), weights=list(weights.values()))[0]

    def _one_digit_off(self, nik: str, taken: set[str]) -> str:
        """``nik`` with one serial digit changed: still a well-formed NIK, but another number."""
        while True:
            i = self.rng.randint(12, 15)
            other = nik[:i] + self.rng.choice([d for d in "0123456789" if d != nik[i]]) + nik[i + 1 :]
            if other[12:] != "0000" and other not in taken:
                return other

    def _history(self, households: list[Household]) -> None:
        """The older delivery: most households with the same desil, some up or down one to three
        deciles, a few not registered yet."""
        rng = self.rng
        for h in households:
            if h.in_new and rng.random() < 0.05:
                continue  # registered after May 2024
            if rng.random() < 0.7:
                h.desil_old = h.desil
                continue
            step = rng.choices((1, 2, 3), weights=(6, 3, 1))[0] * rng.choice((-1, 1))
            old = h.desil + step if 1 <= h.desil + step <= 10 else h.desil - step
            h.desil_old = min(max(old, 1), 10)


def _age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


__all__ = [
    "ETHNICITIES", "OLD_REGISTRY_ON", "REGISTRY_ON", "DemoPeople", "DemoRegistry", "Enrolled", "Household", "Person",
    "Resident", "ethnicity_of", "nik_build", "no_kk_build", "old_spelling", "registry_build", "registry_spelling",
]  # fmt: skip
