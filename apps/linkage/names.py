"""Indonesian personal names: normalisation, phonetic keys and a token-level similarity.

``normalize_name`` gives a canonical spelling that is safe to show and to compare exactly: case,
spacing and punctuation; titles and degrees dropped; Muhammad/Abdul/Siti/Ahmad variants folded;
old (pre-1972 Ejaan Soewandi) spelling converted. ``phonetic_key`` folds further (dh/d, kh/h, f/p,
doubled letters, vowels) and is meant for blocking and for "sounds the same" comparisons only.

Old spelling rule: ``oe``→``u``, ``dj``→``j``, ``tj``→``c``, ``sj``→``sy`` and ``ch``→``kh`` apply
everywhere (modern spelling never writes them, except ``ch`` in a few names such as Chandra, which
then becomes "khandra" on both sides alike). A bare ``j`` is the old spelling of ``y`` only when the
same token also carries one of the markers ``oe``/``dj``/``tj``/``sj`` (Soejono→suyono,
Tjahjono→cahyono, Soerjo→suryo); in any other token ``j`` stays ``j`` (Joko, Panji) because modern
names use it. Unmarked old spellings (Harjono for Haryono) are only caught by ``phonetic_key``,
which reads ``j`` after ``r``/``h`` as ``y``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import OSA, JaroWinkler

# Honorifics and religious/academic titles written before (or occasionally after) a name.
_TITLES = {
    "hj", "hjh", "drs", "dra", "ir", "dr", "drg", "prof", "kh", "ust", "ustad", "ustadz",
    "ustadzah", "ustazah", "tgh", "kyai", "kiai", "nyai", "bpk", "sdr", "sdri", "almarhum",
    "alm", "almh", "almarhumah", "rd", "tn", "ny", "nn",
}  # fmt: skip
# Titles that are also given names: dropped only at the very start of a name.
_LEADING_TITLES = {
    # "H." is Haji before a name; after it ("Holisah H.") it is the initial of a dropped surname.
    "h", "haji", "hajjah", "hajah", "bapak", "ibu", "mas", "mbak", "kak", "raden", "bu", "pak", "mbah", "nyonya",
    "tuan", "istri", "mbok", "embok", "mak", "emak", "bp", "buk",
}  # fmt: skip
# Written before a child's name to call a parent after that child ("Pak Dafa", "Mbok Syamsudin",
# "B. Faisal"): teknonymy, common in Javanese and Madurese villages. The parent's sex, where the word
# says it ("B." is Bapak or Bu).
_PARENT_TITLES = {
    "pak": "L", "bapak": "L", "bpk": "L", "bp": "L", "p": "L",
    "bu": "P", "buk": "P", "ibu": "P", "mbok": "P", "embok": "P", "mak": "P", "emak": "P", "b": None,
}  # fmt: skip
# Written before a woman's name — or before her husband's: "Ny. Ahmad", "Bu Bisri", "Istri Rahwi" is
# how many village lists and older records name a wife.
_SPOUSE_TITLES = {"ny", "nyonya", "bu", "buk", "ibu", "istri"}
# Degrees that are never a name part, wherever they appear.
_DEGREES = {
    "spd", "spdi", "spdsd", "sag", "amd", "amdkeb", "amdkep", "amk", "ama", "amapd", "se", "sei", "sh",
    "shi", "skom", "mpd", "mpdi", "ssos", "ssosi", "sip", "skm", "skep", "ners", "ssi", "sth", "sthi",
    "sked", "sst", "sfarm", "apt", "spt", "sp", "sak", "sikom", "sis", "sgz", "stp", "ssn",
    "sds", "shum", "ssy", "mm", "msi", "mh", "mag", "mkes", "mkom", "mhum", "phd", "mba",
    "bsc", "msc", "spog", "spa", "sppd", "mt", "ma", "st", "ba", "bc", "bchk", "lc", "sos",
}  # fmt: skip
# Degree abbreviations that are also name parts (St. = Siti, Ma, Ba): a degree only when written
# with an inner dot ("S.T", "M.A") or after a comma.
_AMBIGUOUS_DEGREES = {"st", "ma", "mt", "ba", "sp", "sos", "sis", "lc"}

_ALIASES = {
    **dict.fromkeys(
        [
            "m", "md", "mhd", "muh", "moh", "moch", "mochd", "mohd", "muhd", "muhamad", "muhammad",
            "muhamat", "muhammat", "mohamad", "mohammad", "mohamed", "mohammed", "muhammed", "mochamad",
            "mochammad", "mokhamad", "mokhammad", "muchamad", "muchammad", "mukhamad", "mukhammad",
            "mohamat", "mochamat", "mukhamat", "mokhamat", "muhamadh",
        ],
        "muhammad",
    ),
    **dict.fromkeys(["abd", "abdul", "abdoel", "abdol"], "abdul"),
    **dict.fromkeys(["st", "sti", "siti", "sitti"], "siti"),
    # "Ach." is how Madurese lists shorten Achmad.
    **dict.fromkeys(
        ["ahmad", "achmad", "akhmad", "akmad", "ahmat", "achmat", "akhmat", "ahmed", "achmed", "ach"], "ahmad"
    ),
}  # fmt: skip

# Very frequent first elements: matching on them alone says little about identity.
COMMON_TOKENS = frozenset(
    {"muhammad", "abdul", "siti", "ahmad", "nur", "sri", "dewi", "putu", "made", "nyoman", "ketut"}
)

_OLD_MARKERS = ("oe", "dj", "tj", "sj")
_APOSTROPHES = re.compile(r"['`\u2018\u2019\u02bc]")
_SEGMENT_SPLIT = re.compile(r"[\s,;/]+")
_TOKEN_SPLIT = re.compile(r"[^0-9a-z]+")
_BARE_J = re.compile(r"(?<![dt])j")


@dataclass
class _Token:
    text: str  # normalised
    cleaned: str  # lower-case, no punctuation, before spelling changes
    old_spelling: bool = False
    alias: bool = False


_PATRONYMIC = {"bin", "binti", "bte", "bt"}
# "Endang als. Dang": what follows is another name for the same person.
_ALIAS = {"als", "alias"}
_BRACKETED = re.compile(r"\([^)]*\)?")


@dataclass
class _Parsed:
    tokens: list[_Token] = field(default_factory=list)
    patronymic: bool = False
    titles: list[str] = field(default_factory=list)

    @property
    def spouse_title(self) -> bool:
        return bool(self.titles) and self.titles[0] in _SPOUSE_TITLES


def _ascii_lower(raw: object) -> str:
    text = "" if raw is None else str(raw)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _APOSTROPHES.sub("", text.lower())


def _modern_spelling(token: str) -> tuple[str, bool]:
    original = token
    if any(marker in token for marker in _OLD_MARKERS):
        token = _BARE_J.sub("y", token)
    token = token.replace("oe", "u").replace("dj", "j").replace("tj", "c").replace("sj", "sy")
    token = token.replace("ch", "kh")
    return token, token != original


def _normal_token(cleaned: str) -> _Token:
    if cleaned in _ALIASES:
        return _Token(_ALIASES[cleaned], cleaned, alias=_ALIASES[cleaned] != cleaned)
    modern, old = _modern_spelling(cleaned)
    if modern in _ALIASES:
        return _Token(_ALIASES[modern], cleaned, old_spelling=old, alias=_ALIASES[modern] != modern)
    return _Token(modern, cleaned, old_spelling=old)


def _parse(raw: object) -> _Parsed:
    # Registry names repeat a lot (and each list row is compared with several candidates): parse once.
    return _parse_text("" if raw is None else str(raw))


@lru_cache(maxsize=200_000)
def _parse_text(raw: str) -> _Parsed:
    """Cached: callers must not modify the result."""
    # A note in brackets is no part of the name: "Mustofa (Bendahara)", "Latul (janda)".
    text = _BRACKETED.sub(" ", _ascii_lower(raw))
    parsed = _Parsed()
    # Text after the first comma is where degrees live ("Ali, S.Pd, M.Pd").
    head, _, tail = text.partition(",")
    pieces: list[tuple[str, bool]] = [(p, False) for p in _SEGMENT_SPLIT.split(head) if p]
    pieces += [(p, True) for p in _SEGMENT_SPLIT.split(tail) if p]
    at_start = True
    for piece, after_comma in pieces:
        key = _TOKEN_SPLIT.sub("", piece)
        if not key:
            continue
        if key in _ALIAS and not at_start:
            break
        if key in _PATRONYMIC and not at_start and not after_comma:
            # "Ahmad bin Sulaiman": what follows bin/binti is the father's name, which one list
            # writes and the next leaves out.
            parsed.patronymic = True
            break
        inner_dot = "." in piece.strip(".")
        is_degree = key in _DEGREES and (key not in _AMBIGUOUS_DEGREES or inner_dot or after_comma)
        if is_degree or key in _TITLES or (at_start and key in _LEADING_TITLES):
            parsed.titles.append(key)
            continue
        for part in _TOKEN_SPLIT.split(piece):
            if not part:
                continue
            if part in _TITLES or (at_start and part in _LEADING_TITLES):
                parsed.titles.append(part)  # "Dr.Ir.H.Mochamad" typed without spaces
                continue
            parsed.tokens.append(_normal_token(part))
            at_start = False
    if len(parsed.tokens) > 1 and parsed.tokens[-1].cleaned == "m":
        # "M." before a name (or inside one) is Muhammad; at the end ("Ahmad M.") it is the last name
        # cut to its initial.
        parsed.tokens[-1] = _Token("m", "m")
    return parsed


def name_tokens(raw: object) -> list[str]:
    return [token.text for token in _parse(raw).tokens]


# Titles that say the person's sex. "Ny. Dani Santoso" is Mrs (wife of) Dani Santoso, not Dani himself.
_TITLE_SEX = {
    **dict.fromkeys(["ny", "nyonya", "ibu", "bu", "buk", "hj", "hjh", "hajjah", "hajah", "nn", "sdri", "almh",
                     "almarhumah", "nyai", "ustadzah", "ustazah", "dra", "mbak", "istri", "mbok", "embok", "mak",
                     "emak"], "P"),
    **dict.fromkeys(["tn", "tuan", "bpk", "bp", "bapak", "pak", "sdr", "h", "haji", "kh", "kyai", "kiai", "ust",
                     "ustad", "ustadz", "drs", "mas", "alm", "almarhum"], "L"),
}  # fmt: skip


def title_sex(raw: object) -> str | None:
    """ "L"/"P" when the name's titles say it (and agree), else None."""
    sexes = {_TITLE_SEX[t] for t in _parse(raw).titles if t in _TITLE_SEX}
    return sexes.pop() if len(sexes) == 1 else None


def spouse_title(raw: object) -> bool:
    """The name starts with Ny./Bu/Ibu/Istri: what follows may be her husband's name."""
    return _parse(raw).spouse_title


@dataclass(frozen=True)
class ParentCall:
    child: str  # the name after the title, as written
    sex: str | None  # the parent's, where the title says it


def parent_call(raw: object) -> ParentCall | None:
    """ "Pak Dafa" / "Mbok Syamsudin" / "B. Faisal": the name may be a child's, the row the parent's."""
    head, _, _ = _ascii_lower(raw).partition(",")
    pieces = [p for p in _SEGMENT_SPLIT.split(head) if _TOKEN_SPLIT.sub("", p)]
    if len(pieces) < 2:
        return None
    first = _TOKEN_SPLIT.sub("", pieces[0])
    if first not in _PARENT_TITLES or (len(first) == 1 and not pieces[0].endswith(".")):
        return None  # a bare "P"/"B" without its dot is more likely a name's initial
    return ParentCall(" ".join(pieces[1:]), _PARENT_TITLES[first])


def normalize_name(raw: object) -> str:
    return " ".join(name_tokens(raw))


_PHONETIC_RULES = (
    # Arabic h is written h, kh or ch (Hasan/Khasan/Chasan, Holil/Kholil): kh folds to h in the key.
    # kh for k (Khoirul/Koirul, Ikhsan/Iksan) is checked on the side, in ``_same_sound``.
    ("kh", "h"),
    ("dh", "d"),
    ("th", "t"),
    ("ph", "p"),
    ("sy", "s"),
    ("sh", "s"),
    ("q", "k"),
    ("x", "ks"),
    ("f", "p"),
    ("v", "p"),
    ("z", "s"),
    ("rj", "ry"),
    ("hj", "hy"),
)
_DOUBLED = re.compile(r"(.)\1+")
_VOWEL_RUN = re.compile(r"[aiueo]+")


@lru_cache(maxsize=200_000)
def sound_key(token: str) -> str:
    key = _modern_spelling(_TOKEN_SPLIT.sub("", _ascii_lower(token)))[0]
    for old, new in _PHONETIC_RULES:
        key = key.replace(old, new)
    if key.endswith("y"):
        key = key[:-1] + "i"
    if len(key) > 2 and key.endswith("h") and key[-2] in "aiueo":
        key = key[:-1]  # Aminah / Amina, Fatimah / Fatima
    return _DOUBLED.sub(r"\1", key)


def _same_sound(a: str, b: str) -> bool:
    if sound_key(a) == sound_key(b):
        return True
    return "kh" in a + b and sound_key(a.replace("kh", "k")) == sound_key(b.replace("kh", "k"))


def phonetic_key(token: str) -> str:
    """Blocking key: rough sound of one token. Vowels fold to ``a``, so it over-merges on purpose
    (Rina and Rini share a key); never treat equal keys as equal names."""
    return _VOWEL_RUN.sub("a", sound_key(token))


def jaro_winkler(a: str, b: str) -> float:
    """Jaro-Winkler similarity (prefix weight 0.1, up to 4 letters), as DuckDB's
    ``jaro_winkler_similarity`` in the model."""
    return JaroWinkler.similarity(a, b)


# Below this Jaro-Winkler score two tokens count as different names, not as a typo. Short names
# differ by one letter from other real names (Rina/Rini), so they need a closer match.
TYPO_THRESHOLD = 0.85
SHORT_TYPO_THRESHOLD = 0.9
SPACELESS_TYPO_THRESHOLD = 0.92
SHORT_EDIT_SCORE = 0.45
ONE_LETTER = "beda satu huruf"
NICKNAME = "nama panggilan"
# A Javanese/Madurese call name is the end of the full name (Tofa for Mustofa, Yuni for Wahyuni,
# Waroh for Munawaroh); shorter than this it is only a common ending (-ni, -ah).
NICKNAME_MIN_LETTERS = 4
# One name's words all found in the other: a dropped name ("Hari" / "Hari Santoso"), by how it was dropped.
MIDDLE_DROPPED, PART_DROPPED, COMMON_FIRST_DROPPED, ONE_WORD_FOUND = (
    "nama tengah hilang",
    "sebagian nama hilang",
    "nama depan umum hilang",
    "hanya sebagian nama yang cocok",
)
DROPPED_NAME = (MIDDLE_DROPPED, PART_DROPPED, COMMON_FIRST_DROPPED, ONE_WORD_FOUND)


def _token_score(a: str, b: str) -> tuple[float, str]:
    if a == b:
        return 1.0, "same"
    if (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
        return 0.8, "initial"  # "U. Aminah" for Umi Aminah
    if _same_sound(a, b):
        return 0.95, "phonetic"
    score = jaro_winkler(a, b)
    threshold = SHORT_TYPO_THRESHOLD if min(len(a), len(b)) <= 4 else TYPO_THRESHOLD
    if score >= threshold:
        return score, "typo"
    short, long_ = sorted((a, b), key=len)
    if len(short) >= NICKNAME_MIN_LETTERS and len(long_) >= len(short) + 2 and long_.endswith(short):
        return 0.8, "nickname"
    if min(len(a), len(b)) >= 3 and OSA.distance(a, b) == 1:
        # One letter wrong, missing or swapped in a short name (Hrru/Heru, Jko/Joko): Jaro-Winkler
        # punishes short words hard. But Rina/Rini are two real names: on its own this stays below
        # "agak mirip" (the decision accepts it only beside the person's own NIK or birth date).
        return SHORT_EDIT_SCORE, "one_letter"
    return 0.0, "none"


def _weight(token: str) -> float:
    return 0.3 if token in COMMON_TOKENS else 1.0


def name_similarity(a: object, b: object) -> tuple[float, list[str]]:
    """Score two names 0–1 with short Indonesian reasons.

    Tokens are paired greedily by best score, so word order does not matter; common tokens
    (Muhammad, Siti, …) weigh less so that sharing only "Muhammad" does not look like a match.
    """
    pa, pb = _parse(a), _parse(b)
    ta, tb = pa.tokens, pb.tokens
    if not ta or not tb:
        return 0.0, ["nama kosong"]

    candidates = sorted(
        ((*_token_score(x.text, y.text), i, j) for i, x in enumerate(ta) for j, y in enumerate(tb)),
        key=lambda c: (-c[0], abs(c[2] - c[3])),
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs: list[tuple[float, str, int, int]] = []
    for score, kind, i, j in candidates:
        if score > 0 and i not in used_a and j not in used_b:
            pairs.append((score, kind, i, j))
            used_a.add(i)
            used_b.add(j)

    matched_weight = sum(score * _weight(ta[i].text) for score, _, i, _ in pairs)
    weight_a = sum(_weight(t.text) for t in ta)
    weight_b = sum(_weight(t.text) for t in tb)
    dice = 2 * matched_weight / (weight_a + weight_b)

    reasons: list[str] = []
    if all(kind == "same" for _, kind, _, _ in pairs) and len(pairs) == len(ta) == len(tb):
        old = any(ta[i].cleaned != tb[j].cleaned and (ta[i].old_spelling or tb[j].old_spelling) for _, _, i, j in pairs)
        variant = any(ta[i].cleaned != tb[j].cleaned and (ta[i].alias or tb[j].alias) for _, _, i, j in pairs)
        reasons.append("nama cocok (ejaan lama)" if old else "nama cocok")
        if variant:
            reasons.append("singkatan/varian nama")
    kinds = {kind for _, kind, _, _ in pairs}
    if "phonetic" in kinds:
        reasons.append("ejaan berbeda, bunyi sama")
    if "typo" in kinds:
        reasons.append("kemungkinan salah ketik")
    if "one_letter" in kinds:
        reasons.append(ONE_LETTER)
    if "initial" in kinds:
        reasons.append("nama disingkat (inisial)")
    if "nickname" in kinds:
        reasons.append(NICKNAME)
    if pa.patronymic or pb.patronymic:
        reasons.append("bin/binti diabaikan")
    if pa.titles or pb.titles:
        reasons.append("gelar diabaikan")

    score = dice
    order = [j for _, _, _, j in sorted(pairs, key=lambda p: p[2])]
    if order != sorted(order):
        reasons.append("urutan kata berbeda")
        score *= 0.95

    # One side's tokens all found in the other: a dropped name, not a different person.
    short, long_, short_idx = (ta, tb, 2) if len(ta) <= len(tb) else (tb, ta, 3)
    long_idx = 3 if short_idx == 2 else 2
    if len(short) < len(long_) and len(pairs) == len(short):
        containment = sum(p[0] for p in pairs) / len(short)
        matched_long = {p[long_idx] for p in pairs}
        dropped = [k for k in range(len(long_)) if k not in matched_long]
        distinctive = any(_weight(short[p[short_idx]].text) == 1.0 for p in pairs)
        if all(0 < k < len(long_) - 1 for k in dropped) and len(short) >= 2:
            factor, reason = 0.9, MIDDLE_DROPPED
        elif len(short) >= 2 and distinctive:
            factor, reason = 0.85, PART_DROPPED
        elif distinctive and all(long_[k].text in COMMON_TOKENS for k in dropped):
            factor, reason = 0.8, COMMON_FIRST_DROPPED
        elif distinctive:
            factor, reason = 0.7, ONE_WORD_FOUND
        else:
            factor, reason = 0.0, ""
        if factor:
            score = max(score, containment * factor)
            reasons.append(reason)

    # Spaces lost or added ("Rinahandayani", "Abdul Rahman" / "Abdurrahman" aside): compare the
    # names as one string when the word counts differ.
    if len(ta) != len(tb):
        joined_a, joined_b = "".join(t.text for t in ta), "".join(t.text for t in tb)
        if sound_key(joined_a) == sound_key(joined_b) and score < 0.95:
            score = 0.95
            reasons.append("spasi nama berbeda")
        elif (
            abs(len(joined_a) - len(joined_b)) <= 2
            and (joined := jaro_winkler(joined_a, joined_b)) >= SPACELESS_TYPO_THRESHOLD
            and joined * 0.9 > score
        ):
            score = joined * 0.9
            reasons.extend(r for r in ("spasi nama berbeda", "kemungkinan salah ketik") if r not in reasons)

    score = round(min(score, 1.0), 3)
    if not reasons or not reasons[0].startswith("nama cocok"):
        reasons.insert(0, "nama mirip" if score >= 0.8 else "nama agak mirip" if score >= 0.5 else "nama berbeda")
    return score, reasons
