"""From scored candidates to one decision per list row: ``matched``, ``possible`` or ``not_found``.

Pure functions (no database). Splink gives each (row, registry person) pair a probability; these
rules turn that into something an office can act on, and explain it in Indonesian:

- A row links to at most one person. It is ``matched`` only when the best candidate is very likely,
  clearly ahead of the next one (a near-tie goes to review, never to a guess) and backed by an
  identifier — NIK (exact, one digit off, swapped digits, a KK typed as NIK, a family member's NIK),
  No. KK or birth date — or, for a row with no NIK and no KK, by name, village and birth year with
  nothing disagreeing. Name and village alone never match automatically: namesakes in one village
  are common.
- Two rows of one list that resolve to the same person are both sent to review
  (``duplikat dalam daftar``).
- A row whose own NIK describes someone else (nobody's NIK with another birth date, or the next
  serial with another name) is ``not_found``: a reviewer would only be shown a stranger.
- A woman written with her husband's name ("Ny. Ahmad") is looked for through the men of each
  candidate's household, and a parent called after a child ("Pak Dafa") through its children.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from apps.linkage.dates import DateLevel, compare_dates
from apps.linkage.features import ListRecord
from apps.linkage.names import DROPPED_NAME, ONE_LETTER, name_similarity
from apps.linkage.niks import NikLevel, compare_nik, excel_last0, kk_slip, nik_encoded, one_slip_apart
from apps.linkage.regions import RegionLevel, compare_regions

MATCHED, POSSIBLE, NOT_FOUND = "matched", "possible", "not_found"
STATUS_LABELS = {MATCHED: "cocok", POSSIBLE: "perlu diperiksa", NOT_FOUND: "tidak ditemukan"}
DUPLICATE_IN_LIST = "duplikat dalam daftar"

MATCH_PROBABILITY = 0.95
POSSIBLE_PROBABILITY = 0.5
# The runner-up must be this many bits (log2 Bayes factor) behind the best for an automatic match.
TIE_MARGIN = 6.0
REVIEW_CANDIDATES = 3

_STRONG_NIK = {NikLevel.EXACT, NikLevel.KK_AS_NIK, NikLevel.FAMILY_MEMBER}
# The right household but maybe not the right person: either the NIK or the name is someone else's
# in that family (a mother's name with her child's NIK), so the birth date has to settle it.
_HOUSEHOLD_NIK = {NikLevel.KK_AS_NIK, NikLevel.FAMILY_MEMBER}
# No NIK that tells the person: none, or one Excel rounded to its kecamatan ("3.51803E+15").
_NO_NIK = {NikLevel.MISSING, NikLevel.EXCEL_SCI}
_STRONG_DATE = {DateLevel.EXACT, DateLevel.DAY_MONTH_SWAPPED}
_HOUSEHOLD_DATE = {*_STRONG_DATE, DateLevel.YEAR_ONLY, DateLevel.YEAR_OFF_BY_ONE}
_TYPO_NIK = {NikLevel.ONE_DIGIT, NikLevel.TRANSPOSED, NikLevel.EXCEL_LAST0, NikLevel.DIGIT_COUNT, NikLevel.TRUNCATED}
# Levels that say "same birth date and kecamatan, another serial": the next person registered.
_SERIAL_NIK = {NikLevel.ONE_DIGIT, NikLevel.TRANSPOSED, NikLevel.PREFIX_ONLY}
# Below this name score (0–1, ``names.name_similarity``) a candidate is never matched automatically,
# whatever its NIK says: the wrong name on a right-looking NIK is the classic wrong-person link.
MIN_NAME_SCORE = 0.5
# A mistyped NIK needs more from the name ("nama mirip" or better, not "agak mirip").
TYPO_NIK_NAME_SCORE = 0.8


@dataclass
class Candidate:
    id_individu: str
    probability: float
    weight: float
    nik: str | None
    no_kk: str | None
    nama: str
    desil: int | None
    reasons: list[str] = field(default_factory=list)
    strong: bool = False
    weak_because: str = ""
    contradicted: str = ""
    spouse: bool = False
    # The row's NIK is this person's own, or only a member's of this person's household.
    own_nik: bool = False
    household_nik_only: bool = False
    # The name is too far from the row's for an automatic match, whatever else agrees.
    name_differs: bool = False
    # "Pak Dafa" found this parent through the child: the child's id (not the parent's rival).
    named_child: str = ""
    # What a reviewer compares besides the name (shown side by side with the list's row).
    sex: str | None = None
    birth_date: str = ""  # ISO
    desa: str = ""
    alamat: str = ""

    def as_dict(self) -> dict:
        return {
            "id_individu": self.id_individu, "probability": round(self.probability, 4), "nik": self.nik,
            "no_kk": self.no_kk, "nama": self.nama, "desil": self.desil, "reasons": self.reasons,
            "sex": self.sex, "birth_date": self.birth_date, "desa": self.desa, "alamat": self.alamat,
        }  # fmt: skip


@dataclass
class Decision:
    status: str
    probability: float | None = None
    person: Candidate | None = None
    reasons: list[str] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)  # for the review screen
    duplicate_in_list: bool = False


# Why a likely candidate still needs a person, in the words the review screen and the Excel show.
WHY_NAME = "nama terlalu berbeda — perlu dipastikan"
WHY_SEX = "jenis kelamin berbeda — perlu dipastikan"
WHY_HOUSEHOLD = "NIK/KK menunjuk keluarga yang benar, tgl lahir diperlukan untuk memastikan orangnya"
WHY_OTHER_MEMBER = "NIK dan tgl lahir di daftar milik anggota keluarga lain — perlu dipastikan"
WHY_NIK_OTHER = "NIK mirip milik orang lain — perlu dipastikan"
WHY_NAMESAKE = "bisa orang lain dengan nama dan tgl lahir sama — perlu dipastikan"
WHY_NAME_REGION = "hanya nama dan wilayah yang cocok — perlu dipastikan"
NAME_PLACE = "tanpa NIK/KK: nama, wilayah dan tahun lahir cocok"
# Why a namesake born the same day may be the one meant: a reviewer decides.
OTHER_CARDS = "NIK dan No. KK di daftar bukan milik orang ini"
OTHER_DUSUN = "NIK beda nomor urut dan dusun/jalan berbeda"
# Evidence that the row is someone else: the best candidate is then not worth a reviewer's time.
OTHER_NIK = "NIK di daftar milik orang lain: tgl lahir yang tersimpan di NIK tidak cocok"
OTHER_SERIAL = "NIK hanya beda nomor urut dan nama berbeda: kemungkinan orang lain yang lahir di hari yang sama"
OTHER_TYPO = "NIK beda 1 digit dan nama berbeda: kemungkinan NIK orang lain"
OTHER_KECAMATAN = (
    "NIK dan kode wilayah di daftar sama-sama menunjuk kecamatan lain: kemungkinan orang lain yang lahir di hari"
    " yang sama"
)


@dataclass(frozen=True)
class Explained:
    reasons: list[str]
    strong: bool
    why_weak: str = ""
    # The row's own NIK says it is another person (and nothing but name and region says otherwise).
    contradicted: str = ""
    # The row names this person after a member of the household: her husband ("Ny. Ahmad") or a child
    # ("Pak Dafa"); the name's weight is then the agreeing name's.
    spouse: bool = False
    nik_level: str = ""
    date_strong: bool = False
    name_ok: bool = True
    named_child: str = ""


def _date_of_niks_year(record: ListRecord) -> bool:
    """The row's birth date falls in the year its NIK encodes (two digits: the century is a guess)."""
    encoded = nik_encoded(record.nik)[1] if record.nik else None
    return bool(encoded and record.dob) and encoded.year % 100 == record.dob.year % 100


def _nik_of_other_sex(record: ListRecord) -> bool:
    """The row's sex (its column or its title) is not the one its NIK encodes."""
    encoded_sex = nik_encoded(record.nik)[2] if record.nik else None
    return bool(record.sex and encoded_sex) and encoded_sex != record.sex


def _nik_of_younger_generation(nik: str | None, dob: dt.date | None) -> bool:
    """The NIK encodes a birth at least 15 years after ``dob``: a child's or grandchild's, not the
    person's own or a spouse's (unknown counts as younger: the cautious answer)."""
    _, encoded, _ = nik_encoded(nik)
    if encoded is None or dob is None:
        return True
    return encoded.year - dob.year >= 15


def _year_says_nik_mistyped(record: ListRecord, dob: dt.date | None) -> bool:
    """The row's birth year is this person's and not the one in the row's own NIK: the NIK's year
    digits are the typo (Edi, 1961, typed with ...0306670001)."""
    _, encoded, _ = nik_encoded(record.nik)
    if record.dob is None or dob is None or encoded is None:
        return False
    return record.dob.year == dob.year and encoded.year % 100 != record.dob.year % 100


def _encoded_date_differs(nik: str | None, dob: dt.date | None) -> bool:
    """The birth date inside the row's NIK is not this person's (a 1 January placeholder only
    has to agree on the year)."""
    _, encoded, _ = nik_encoded(nik)
    if encoded is None or dob is None:
        return False
    if (dob.month, dob.day) == (1, 1):
        return encoded.year % 100 != dob.year % 100
    same = (encoded.day, encoded.month, encoded.year % 100) == (dob.day, dob.month, dob.year % 100)
    swapped = (encoded.day, encoded.month, encoded.year % 100) == (dob.month, dob.day, dob.year % 100)
    return not (same or swapped)


def explain(record: ListRecord, raw_name: str, pair: dict) -> Explained:
    """Short Indonesian reasons for one pair, whether an identifier backs it, and if not, why not."""
    reasons: list[str] = []
    nik = compare_nik(
        record.nik,
        pair["nik"],
        # An unheld NIK is nobody's: beside the row's own No. KK it is not "a family member's NIK"
        # (it is a mistyped KK or garbage), and the family card speaks for itself.
        a_kk=pair.get("list_kk_via_nik") or (record.no_kk if pair.get("list_nik_held") else None),
        b_kk=pair["no_kk"],
        a_raw=record.nik_raw,
        a_sci=(record.nik_sci_low, record.nik_sci_high) if record.nik_sci_low else None,
    )
    their_nik = pair["nik"] or ""
    nik_strong = nik.level in _STRONG_NIK
    if nik.level != NikLevel.MISSING:
        reasons.append("; ".join(nik.reasons))
    # The row's NIK agrees with the row's own birth date, and this person was born on another day:
    # NIK and date together describe someone else (a typo would not keep them consistent).
    own_date = record.nik_dob_ok and pair["dob"] is not None and record.dob != pair["dob"]
    if nik.level in _TYPO_NIK:
        # A serial one digit off may be the next person born that day in that kecamatan — unless
        # nobody in the snapshot holds the typed NIK.
        in_serial = bool(record.nik) and record.nik[:12] == their_nik[:12]
        typed_nik_unheld = not pair.get("list_nik_held")
        if own_date:
            reasons.append("NIK sesuai tgl lahir yang tertulis — kemungkinan NIK orang lain")
        nik_strong = (typed_nik_unheld or not in_serial) and not own_date
    # A slip in the NIK's kecamatan digits, but the row's own kode_wilayah names the kecamatan its NIK
    # says: the NIK is this row's person's, issued next door, and agrees with the candidate's birth
    # date and serial by chance (at a province's scale, common) — neither counts for the candidate.
    other_kecamatan = (
        nik.level in (NikLevel.ONE_DIGIT, NikLevel.TRANSPOSED)
        and record.nik_dob_ok
        and bool(record.kec)
        and record.nik[:6] != their_nik[:6]
        and record.nik[6:] == their_nik[6:]
        and record.kec.replace(".", "") == record.nik[:6]
    )
    if other_kecamatan:
        nik_strong = False
    name_score, name_reasons = name_similarity(raw_name, pair["nama"])
    husband = _husband_named(record, raw_name, pair) if name_score < TYPO_NIK_NAME_SCORE else None
    if husband:
        # "Ny. Ahmad" / "Bu Bisri" / "Istri Rahwi": the woman is named after her husband, who lives in
        # her household — for the decision her name agrees.
        name_score, name_reasons = husband
    child = _child_named(record, pair) if name_score < TYPO_NIK_NAME_SCORE and not husband else None
    if child:
        # "Pak Dafa" / "Mbok Syamsudin": the parent called after a child of the household.
        name_score, name_reasons = child.score, child.reasons
    reasons.extend(name_reasons)
    dob = compare_dates(record.dob, pair["dob"], a_year_only=record.dob_year_only)
    if dob.level != DateLevel.MISSING:
        reasons.extend(dob.reasons)
    if nik.level in _TYPO_NIK and (name_score < TYPO_NIK_NAME_SCORE or dob.level == DateLevel.DIFFERENT):
        # NIKs one digit apart are common among different people (the same birth date and serial in
        # a neighbouring kecamatan, the next serial in the same one), and a NIK that agrees on its
        # 12 first digits agrees on the birth date too: only a clearly matching name, and a birth date
        # that does not contradict, make a typo the likelier story.
        nik_strong = False
    nik_other = nik.level in _TYPO_NIK and not nik_strong
    sex_conflict = bool(record.sex and pair["sex"] and record.sex != pair["sex"])
    if sex_conflict:
        reasons.append("jenis kelamin beda")
    region = compare_regions(record.desa or record.kec or record.kab, pair["desa"])
    if region.level != RegionLevel.MISSING:
        reasons.append(region.reasons[0])
    same_alamat = bool(record.alamat_key) and record.alamat_key == pair.get("alamat_key")
    if same_alamat:
        reasons.append("dusun/jalan sama")
    kk_same = bool(record.no_kk) and record.no_kk == pair["no_kk"]
    nik_in_kk_column = bool(record.no_kk) and record.no_kk == pair["nik"]
    if nik_in_kk_column:
        # The columns swapped, or the NIK typed in both: as good as the NIK itself.
        reasons.append("NIK tertulis di kolom No. KK")
        nik_strong = nik_strong or nik.level in _NO_NIK | {NikLevel.DIFFERENT, NikLevel.KK_AS_NIK}
    elif record.no_kk and pair["no_kk"]:
        kk_typo = not kk_same and kk_slip(record.no_kk, pair["no_kk"])
        reasons.append("No. KK sama" if kk_same else "No. KK beda 1 digit" if kk_typo else "No. KK beda")
        # A mistyped family card is still that family's card when the name is one of its members' and
        # neither the NIK nor the birth date says otherwise.
        kk_same = kk_same or (
            kk_typo
            and name_score >= TYPO_NIK_NAME_SCORE
            and nik.level not in (NikLevel.DIFFERENT, NikLevel.PREFIX_ONLY)
            and dob.level not in (DateLevel.DIFFERENT, DateLevel.ONE_DIGIT)
        )
    # The row carries a full NIK and a full No. KK of its own and neither is this person's: the NIK shares
    # only the kecamatan and birth date (another serial) or nothing, and the card is another family's, not
    # a slip of this one's. That is what a namesake born the same day in the same kecamatan looks like,
    # one who is not in the registry; the agreeing name and date cannot tell the two apart.
    # The row's NIK and this person's agree on kecamatan and birth date; only the serial differs.
    serial_only = nik.level in _SERIAL_NIK and record.nik[:12] == their_nik[:12]
    other_cards = (
        bool(record.nik and record.no_kk and pair["no_kk"])
        and not kk_same
        and not nik_in_kk_column
        and not one_slip_apart(record.no_kk, pair["no_kk"])
        # Both columns swapped and kept as Excel numbers: each lost its last digit to a 0.
        and not (excel_last0(record.no_kk, pair["nik"]) or excel_last0(record.nik, pair["no_kk"]))
        and (nik.level == NikLevel.DIFFERENT or serial_only)
    )
    # Only the serial differs, nothing else on the row is this person's family card, and the row's dusun
    # or street is another: the same namesake born that day, living elsewhere in the desa.
    other_dusun = serial_only and not kk_same and bool(record.alamat_key and pair.get("alamat_key")) and not same_alamat
    if other_cards:
        reasons.append(OTHER_CARDS)
    elif other_dusun:
        reasons.append(OTHER_DUSUN)
    if other_cards or other_dusun:
        nik_strong = False
    # The row's NIK is a sibling's born the same day (another serial) and the name only resembles, not
    # by a typo or a dropped word (Najwa / Zahra Nuraini): a twin — the family card and the birth date
    # are the twin's too.
    twin = (
        serial_only
        and name_score < TYPO_NIK_NAME_SCORE
        and not any(reason in name_reasons for reason in (ONE_LETTER, *DROPPED_NAME))
    )
    # The row's own NIK and birth date agree with each other and both differ from this person's: another
    # member of the family card (a baby named after a grandfather), not a typo.
    # Another member's NIK and a birth date of that member's year ("Pak Taufiq" with his own NIK and
    # date is Taufiq's father, called after his son): NIK and date describe the other member.
    other_member = (
        nik.level == NikLevel.FAMILY_MEMBER and dob.level == DateLevel.DIFFERENT and _date_of_niks_year(record)
    )
    kk_person = kk_same and not twin and not (own_date and nik.level == NikLevel.DIFFERENT) and not other_member
    # Within one household a birth year (or a date one year off) already tells its members apart.
    household_only = nik.level in _HOUSEHOLD_NIK and dob.level not in _HOUSEHOLD_DATE and not nik_in_kk_column
    # The NIK of her child or grandchild on a row with her name: a child listed under the mother's name
    # (the NIK is the child's own) as often as the wrong line of the KK copied. Only her birth date
    # can say which; the family card cannot.
    # (Not when the row's sex is not the one its NIK encodes: then the row does not carry its own NIK
    # but a relative's, copied from another line of the card, and the name says who the row is.)
    child_nik = (
        nik.level == NikLevel.FAMILY_MEMBER
        and dob.level not in _STRONG_DATE
        and _nik_of_younger_generation(record.nik, pair["dob"])
        and not _nik_of_other_sex(record)
    )
    if household_only and dob.level == DateLevel.MISSING and name_score >= TYPO_NIK_NAME_SCORE:
        # No date to settle it, but the name is one member's and the NIK the family card's or another
        # adult member's: a clerk copied the wrong line of the KK.
        household_only = child_nik
    if household_only:
        nik_strong = False
    # Another sex is another person (a wife listed under her husband's name) unless the NIK itself agrees.
    sex_ok = not sex_conflict or nik.level == NikLevel.EXACT
    # A full date one year off on the same day and month is a typo of this person's date: a namesake
    # in the same place born exactly a year apart is far rarer than a mistyped year.
    # The row's birth date is the one its NIK encodes, and the NIK agrees with this person's on those
    # digits: the same date then follows from the near-same NIK and says nothing more — a stranger
    # born that day with a NIK one digit away agrees just as well. (Not when the row's desa is this
    # person's: then the NIK is the likelier slip.)
    date_in_nik = (
        nik.level in (NikLevel.ONE_DIGIT, NikLevel.TRANSPOSED, NikLevel.PREFIX_ONLY)
        and record.nik_dob_ok
        and record.nik[6:12] == their_nik[6:12]
        and region.level != RegionLevel.SAME_DESA
    )
    date_strong = (
        not own_date
        and not other_kecamatan
        and not (other_cards or other_dusun or twin)
        and not date_in_nik
        and (dob.level in _STRONG_DATE or (dob.level == DateLevel.YEAR_OFF_BY_ONE and not record.dob_year_only))
    )
    # A name typo in a short name scores low; NIK and birth date both exact still make it the person,
    # and one letter off (Hrru/Heru) is accepted beside the person's own NIK or birth date — not
    # beside a family card alone, where Rina and her sister Rini both live.
    # (Beside the person's own NIK and birth date a name may be badly typed — unless the row's kecamatan
    # is another: then the NIK itself may be the slip, landing on a stranger.)
    region_ok = not record.kec or region.level in (
        RegionLevel.SAME_DESA,
        RegionLevel.SAME_KECAMATAN,
        RegionLevel.MISSING,
    )
    name_ok = (
        name_score >= MIN_NAME_SCORE
        or (nik.level == NikLevel.EXACT and dob.level == DateLevel.EXACT and region_ok)
        or (ONE_LETTER in name_reasons and (nik.level == NikLevel.EXACT or date_strong))
    )
    # Name, place and the birth year agree (the row gives only the year), and nothing disagrees: the one
    # person of that name and age in the village, unless another candidate comes close (the tie rule).
    # Without the year, too many are a namesake who is not in the registry (on the 2M bench set, 7 of
    # 41 such rows with p >= 0.95; with the year 2 of 66).
    name_place_only = (
        nik.level in _NO_NIK
        and dob.level == DateLevel.YEAR_ONLY
        and not record.no_kk
        and not sex_conflict
        and (region.level == RegionLevel.SAME_DESA or (region.level == RegionLevel.SAME_KECAMATAN and same_alamat))
        and name_score >= TYPO_NIK_NAME_SCORE
    )
    if name_place_only:
        reasons.append(NAME_PLACE)
    identified = nik_strong or (kk_person and not child_nik) or date_strong or name_place_only
    strong = identified and name_ok and sex_ok
    contradicted = ""
    if not strong and not kk_same:
        if other_kecamatan:
            contradicted = OTHER_KECAMATAN
        elif nik.level == NikLevel.DIFFERENT and not date_strong and _encoded_date_differs(record.nik, pair["dob"]):
            contradicted = OTHER_NIK
        elif serial_only and name_score < MIN_NAME_SCORE:
            # The same birth date here is no extra evidence: it is part of the NIK's first 12 digits.
            contradicted = OTHER_SERIAL
        elif (
            nik.level in (NikLevel.ONE_DIGIT, NikLevel.TRANSPOSED)
            and name_score < MIN_NAME_SCORE
            and not husband
            and not date_strong
            and not _year_says_nik_mistyped(record, pair["dob"])
        ):
            # One digit off elsewhere (kecamatan or birth date), another name, and nothing on the row
            # says the NIK is the mistyped part: the NIK of someone registered in the next kecamatan,
            # or born a day or a year apart, with the same serial.
            contradicted = OTHER_TYPO
    if strong:
        why = ""
    elif not name_ok:
        why = WHY_NAME
    elif not sex_ok:
        why = WHY_SEX
    elif other_member:
        why = WHY_OTHER_MEMBER
    elif household_only:
        why = WHY_HOUSEHOLD
    elif other_cards or other_dusun:
        why = WHY_NAMESAKE
    elif nik_other:
        why = WHY_NIK_OTHER
    else:
        why = WHY_NAME_REGION
    return Explained(
        reasons, strong, why, contradicted, spouse=husband is not None or child is not None, nik_level=nik.level,
        date_strong=date_strong, name_ok=name_ok, named_child=child.id_individu if child else "",
    )  # fmt: skip


# Household roles (hubungan keluarga) of women who are not the wife of a man in the household.
_NOT_A_WIFE = ("anak", "cucu", "orang tua", "mertua", "famili", "lain")


def may_be_named_after_husband(record: ListRecord, pair: dict) -> bool:
    """The row may give this candidate her husband's name: it says Ny./Bu/Istri, or it says P and
    carries her own NIK or birth date. (Without those, a man's name on a row marked P is more often
    his own row with the sex mistyped.)"""
    if not record.may_name_husband:
        return False
    if record.spouse_title or (record.nik and record.nik == pair["nik"]):
        return True
    return bool(record.dob) and not record.dob_year_only and record.dob == pair["dob"]


def _husband_named(record: ListRecord, raw_name: str, pair: dict) -> tuple[float, list[str]] | None:
    """When the row reads "Ny./Bu/Ibu/Istri <name>" and this woman's household has a man of that
    name: (his name score, reasons)."""
    if pair.get("sex") == "L" or not may_be_named_after_husband(record, pair):
        return None
    own_nik = bool(record.nik) and record.nik == pair["nik"]
    role = pair.get("hubungan") or ""
    if any(word in role for word in _NOT_A_WIFE):
        return None  # a daughter or grandmother of the house is not "Ny. <the head>"
    best: tuple[float, str] | None = None
    for man in pair.get("household_men") or ():
        score, _ = name_similarity(raw_name, man)
        if score >= TYPO_NIK_NAME_SCORE and (best is None or score > best[0]):
            best = (score, man)
    if best is None:
        if record.spouse_title and own_nik:
            # "Bu Iqbal" with her own NIK, her husband away or not on her card: the title and the NIK
            # say it is her, the name is his.
            return TYPO_NIK_NAME_SCORE, ["Ny./Bu/Istri dengan NIK miliknya — nama suami?"]
        return None
    how = (
        "ditulis sebagai Ny./Bu/Istri"
        if record.spouse_title
        else "NIK dan jenis kelamin miliknya"
        if own_nik
        else "tgl lahir dan jenis kelamin miliknya"
    )
    return best[0], [f"nama suami ({best[1]}) — {how}"]


@dataclass(frozen=True)
class _ChildNamed:
    score: float
    reasons: list[str]
    id_individu: str


# A parent is at least this many years older than the child it is called after.
_PARENT_AGE_GAP = 15


def _child_named(record: ListRecord, pair: dict) -> _ChildNamed | None:
    """When the row reads "Pak/Bu/Mbok <name>" and this person's household has a child of that name
    (born at least 15 years after this person): the child's name score, as the parent's."""
    call = record.parent_call
    born = pair.get("dob")
    if call is None or born is None or (call.sex and pair.get("sex") and pair["sex"] != call.sex):
        return None
    best: tuple[float, str, str] | None = None
    for member in pair.get("household") or ():
        if member.dob is None or member.dob.year - born.year < _PARENT_AGE_GAP:
            continue
        if (record.nik and record.nik == member.nik) or (record.dob and abs(record.dob.year - member.dob.year) <= 1):
            # The row's NIK or birth date is the child's: "Bu Dewi Lestari" is then Dewi herself.
            continue
        score, reasons = name_similarity(call.child, member.nama)
        # A child is called by one of their names ("Pak Painem" for Painem Widayati's father).
        one_of_names = score >= MIN_NAME_SCORE and any(reason in reasons for reason in DROPPED_NAME)
        if (score >= TYPO_NIK_NAME_SCORE or one_of_names) and (best is None or score > best[0]):
            best = (max(score, TYPO_NIK_NAME_SCORE), member.nama, member.id_individu)
    if best is None:
        return None
    return _ChildNamed(best[0], [f"dipanggil dengan nama anak ({best[1]})"], best[2])


def _probability(weight: float) -> float:
    return 1.0 / (1.0 + 2.0 ** (-weight))


def decide_row(record: ListRecord, raw_name: str, pairs: list[dict], *, agreeing_name_weight: float = 0.0) -> Decision:
    """``agreeing_name_weight``: the model's weight for a name that agrees (but for spelling); it
    replaces the name's part of the score of a woman named after her husband."""
    if not pairs:
        return Decision(NOT_FOUND, reasons=["tidak ada kandidat di snapshot"])
    pairs = sorted(pairs, key=lambda p: (-p["match_weight"], p["id_individu"]))  # deterministic on ties
    candidates = []
    # A row named after a husband says little with its name: look further down for his wife.
    for pair in pairs[: REVIEW_CANDIDATES * (4 if record.spouse_title or record.parent_call else 1)]:
        explained = explain(record, raw_name, pair)
        weight, probability = pair["match_weight"], pair["match_probability"]
        if explained.spouse:
            weight = weight - (pair.get("mw_name") or 0.0) - (pair.get("mw_tf_adj_name") or 0.0)
            weight += agreeing_name_weight
            probability = _probability(weight)
        candidates.append(Candidate(
            id_individu=pair["id_individu"], probability=probability, weight=weight,
            nik=pair["nik"], no_kk=pair["no_kk"], nama=pair["nama"], desil=pair["desil"], reasons=explained.reasons,
            strong=explained.strong, weak_because=explained.why_weak, contradicted=explained.contradicted,
            spouse=explained.spouse,
            own_nik=explained.nik_level == NikLevel.EXACT,
            household_nik_only=explained.nik_level == NikLevel.FAMILY_MEMBER and not explained.date_strong,
            name_differs=not explained.name_ok,
            named_child=explained.named_child,
            sex=pair.get("sex"),
            birth_date=pair["dob"].isoformat() if pair.get("dob") else "", desa=pair.get("desa") or "",
            alamat=pair.get("alamat") or "",
        ))  # fmt: skip
    candidates.sort(key=lambda c: -c.weight)  # stable: a spouse-named woman may now come first
    if record.may_name_husband and any(c.spouse for c in candidates):
        # The man the row is named after is not a rival of his wife.
        candidates = [c for c in candidates if c.sex != "L"] or candidates
    # Nor is the child a parent is called after ("Pak Dafa" is not Dafa) — unless the row is as good a
    # match for the child ("Bu Dewi Lestari" may be Dewi herself): then a person decides.
    named_children = {c.named_child for c in candidates if c.named_child}
    candidates = [c for c in candidates if c.id_individu not in named_children or c.strong] or candidates
    candidates = candidates[:REVIEW_CANDIDATES]
    best = candidates[0]
    if best.probability < POSSIBLE_PROBABILITY:
        weak = "kandidat terbaik terlalu lemah: " + "; ".join(best.reasons)
        return Decision(NOT_FOUND, best.probability, reasons=[weak])
    if best.contradicted:
        # No probability: the model's score for the closest candidate is exactly what the row's NIK
        # overrules, and "tidak ditemukan 0,93" would read as a contradiction.
        return Decision(NOT_FOUND, None, reasons=[f"{best.contradicted} (kandidat terdekat: {best.nama})"])
    runner_up = candidates[1] if len(candidates) > 1 else None
    tie = (
        runner_up is not None
        and runner_up.probability >= POSSIBLE_PROBABILITY
        and (best.weight - runner_up.weight < TIE_MARGIN)
        # Father and son both named Agus: the row's NIK is the father's own and reaches the son only
        # through their family card — the NIK settles it, unless the son's birth date is the row's.
        and not (best.own_nik and runner_up.household_nik_only)
        # The row's NIK and name are this person's; another member of the family card agrees only on
        # the birth date (the date copied from the wrong line of the KK) and not on the name.
        and not (best.own_nik and best.strong and runner_up.name_differs)
    )
    if best.probability >= MATCH_PROBABILITY and best.strong and not tie:
        return Decision(MATCHED, best.probability, best, best.reasons, candidates)
    why = list(best.reasons)
    if tie:
        why.append(f"ada kandidat lain yang hampir sama ({runner_up.nama})")
    elif not best.strong:
        why.append(best.weak_because)
    else:
        why.append("kecocokan belum cukup yakin")
    return Decision(POSSIBLE, best.probability, best, why, candidates)


def enforce_one_to_one(decisions: dict[str, Decision]) -> None:
    """Rows of one list that resolve to the same registry person all go to review."""
    by_person: dict[str, list[str]] = defaultdict(list)
    for key, decision in decisions.items():
        if decision.status == MATCHED and decision.person:
            by_person[decision.person.id_individu].append(key)
    for keys in by_person.values():
        if len(keys) > 1:
            for key in keys:
                decision = decisions[key]
                decision.status = POSSIBLE
                decision.duplicate_in_list = True
                decision.reasons = [DUPLICATE_IN_LIST, *decision.reasons]
