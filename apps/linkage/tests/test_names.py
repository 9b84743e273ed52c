import pytest

from apps.linkage.names import (
    NICKNAME,
    ONE_LETTER,
    ParentCall,
    jaro_winkler,
    name_similarity,
    name_tokens,
    normalize_name,
    parent_call,
    phonetic_key,
    spouse_title,
    title_sex,
)


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("Soeharto", "suharto"),
        ("Djoko", "joko"),
        ("Joko", "joko"),  # modern j stays j
        ("Panji", "panji"),
        ("Tjahjono", "cahyono"),
        ("Soejono", "suyono"),
        ("Soerjo", "suryo"),
        ("Sjahrir", "syahrir"),
        ("H. Moch. Ali, S.Pd", "muhammad ali"),
        ("Hj. Siti Aminah", "siti aminah"),
        ("St. Aminah", "siti aminah"),
        ("Hj.St.Aminah", "siti aminah"),
        ("Achmad", "ahmad"),
        ("Akhmad", "ahmad"),
        ("Abd. Rahman", "abdul rahman"),
        ("Mochammad Chairul Anwar", "muhammad khairul anwar"),
        ("M.Ali", "muhammad ali"),
        ("Dr.Ir.H.Mochamad Chairul Anwar,SE.,MM", "muhammad khairul anwar"),
        ("Ir. H. Joko Widodo, S.T., M.T.", "joko widodo"),
        ("Drs. Ma Ling", "ma ling"),  # "Ma" is a name here, not M.A.
        ("Budi Santoso M.A.", "budi santoso"),
        ("Siti Nur'aini S.T", "siti nuraini"),
        ("  MUHAMMAD   rizki  PRATAMA ", "muhammad rizki pratama"),
        ("Haji Umar", "umar"),
        ("Umar Haji", "umar haji"),  # spelled-out titles only at the start
        ("NA70", "na70"),
        ("", ""),
        (None, ""),
        ("-", ""),
        ("Dra.", ""),
    ],
)
def test_normalize_name(raw, normal):
    assert normalize_name(raw) == normal


def test_name_tokens():
    assert name_tokens("Abd. Rahman, S.Ag") == ["abdul", "rahman"]
    assert name_tokens("NA70") == ["na70"]


def test_phonetic_key_folds_variants():
    assert phonetic_key("Rizki") == phonetic_key("rizky") == phonetic_key("riski") == "raska"
    assert phonetic_key("Fatimah") == phonetic_key("patima")
    assert phonetic_key("Syamsul") == phonetic_key("samsul")
    assert phonetic_key("Dhani") == phonetic_key("dani")
    assert phonetic_key("Harjono") == phonetic_key("haryono")
    assert phonetic_key("Soeharto") == phonetic_key("suharto") == "saharta"
    assert phonetic_key("NA70") == "na70"


def test_jaro_winkler():
    assert jaro_winkler("martha", "marhta") == pytest.approx(0.961, abs=0.001)
    assert jaro_winkler("dixon", "dicksonx") == pytest.approx(0.813, abs=0.001)
    assert jaro_winkler("abc", "") == 0.0
    assert jaro_winkler("abc", "xyz") == 0.0


@pytest.mark.parametrize(
    ("a", "b", "reasons"),
    [
        ("Soeharto", "Suharto", ["nama cocok (ejaan lama)"]),
        ("Djoko", "Joko", ["nama cocok (ejaan lama)"]),
        ("Tjahjono", "Cahyono", ["nama cocok (ejaan lama)"]),
        ("H. Moch. Ali, S.Pd", "Muhammad Ali", ["nama cocok", "singkatan/varian nama", "gelar diabaikan"]),
        ("Hj. Siti Aminah", "St. Aminah", ["nama cocok", "singkatan/varian nama", "gelar diabaikan"]),
        ("Achmad", "Ahmad", ["nama cocok", "singkatan/varian nama"]),
        ("Akhmad", "Achmad", ["nama cocok", "singkatan/varian nama"]),
        ("Abd. Rahman", "Abdul Rahman", ["nama cocok", "singkatan/varian nama"]),
        ("SITI  AMINAH", "Siti Aminah", ["nama cocok"]),
        ("NA70", "NA70", ["nama cocok"]),
    ],
)
def test_same_name_scores_one(a, b, reasons):
    assert name_similarity(a, b) == (1.0, reasons)
    assert name_similarity(b, a)[0] == 1.0


def test_word_order():
    assert name_similarity("Aminah Siti", "Siti Aminah") == (0.95, ["nama cocok", "urutan kata berbeda"])


def test_dropped_middle_name():
    assert name_similarity("Muhammad Rizki Pratama", "Muhammad Pratama") == (0.9, ["nama mirip", "nama tengah hilang"])


def test_dropped_last_name_scores_lower_than_middle():
    score, reasons = name_similarity("Muhammad Rizki Pratama", "Muhammad Rizki")
    assert score == 0.85
    assert reasons == ["nama mirip", "sebagian nama hilang"]


def test_dropped_common_first_name():
    score, reasons = name_similarity("Aminah", "Siti Aminah")
    assert 0.8 <= score < 0.9
    assert "nama depan umum hilang" in reasons


def test_phonetic_and_typo_variants():
    assert name_similarity("Rizki Pratama", "Rizky Pratama") == (0.975, ["nama mirip", "ejaan berbeda, bunyi sama"])
    assert name_similarity("Harjono", "Haryono") == (0.95, ["nama mirip", "ejaan berbeda, bunyi sama"])
    # Arabic h written kh or ch (pesantren spelling): Khasan/Chasan/Hasan, Kholil/Holil.
    assert name_similarity("Ilham Khasan", "Ilham Hasan") == (0.975, ["nama mirip", "ejaan berbeda, bunyi sama"])
    assert name_similarity("Cholil", "Holil") == (0.95, ["nama mirip", "ejaan berbeda, bunyi sama"])
    assert name_similarity("Khoirul", "Koirul") == (0.95, ["nama mirip", "ejaan berbeda, bunyi sama"])
    assert name_similarity("Ikhsan", "Iksan") == (0.95, ["nama mirip", "ejaan berbeda, bunyi sama"])
    score, reasons = name_similarity("Siti Aminah", "Siti Aminha")
    assert score > 0.95
    assert reasons == ["nama mirip", "kemungkinan salah ketik"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Siti Aminah", "Siti Khotijah"),  # only the common "Siti" agrees
        ("Muhammad", "Muhammad Ali"),  # "Muhammad" alone identifies no one
        ("Muhammad Ali", "Muhammad Yusuf"),
        ("Rina", "Rini"),  # short names one letter apart are different names
        ("Budi Santoso", "Agus Salim"),
        ("NA70", "Siti Aminah"),
    ],
)
def test_different_people_do_not_score_high(a, b):
    score, reasons = name_similarity(a, b)
    assert score < 0.5
    assert reasons[0] == "nama berbeda"


def test_empty_names():
    assert name_similarity("", "Siti") == (0.0, ["nama kosong"])
    assert name_similarity("Hj.", "Siti") == (0.0, ["nama kosong"])
    assert name_similarity(None, None) == (0.0, ["nama kosong"])


@pytest.mark.parametrize(
    ("raw", "sex"),
    [("Ny. Dani Santoso", "P"), ("Hj. Siti Aminah", "P"), ("H. Abdul Karim", "L"), ("Bpk. Slamet", "L"),
     ("Slamet", None), ("H. Hj. Ragu", None)],
)  # fmt: skip
def test_a_title_tells_the_sex(raw, sex):
    assert title_sex(raw) == sex


def test_h_after_a_name_is_an_initial_not_haji():
    # "Holisah H." is Holisah Hasanah with her surname cut to its initial, not a haji: no sex from it,
    # and the initial still stands for the name.
    assert title_sex("HOLISAH H.") is None
    assert name_tokens("HOLISAH H.") == ["holisah", "h"]
    assert name_similarity("HOLISAH H.", "HOLISAH HASANAH")[0] >= 0.8
    assert name_tokens("H. Ahmad") == ["ahmad"] and title_sex("H. Ahmad") == "L"


def test_m_at_the_end_of_a_name_is_an_initial_not_muhammad():
    assert name_tokens("Ahmad M.") == ["ahmad", "m"]
    assert name_similarity("Ahmad M.", "AHMAD MUNIR")[0] >= 0.8
    assert "nama disingkat (inisial)" in name_similarity("Siti M.", "SITI MAISAROH")[1]
    # Before or inside a name it is still Muhammad.
    assert name_tokens("M. Ali") == ["muhammad", "ali"]
    assert name_tokens("Eko M. Hartono") == ["eko", "muhammad", "hartono"]
    assert name_tokens("M.") == ["muhammad"]


@pytest.mark.parametrize(
    ("call", "full", "minimum"),
    [("Tofa", "MUSTOFA", 0.8), ("Fiqoh", "ROFIQOH", 0.8), ("Yuni", "ENDANG WAHYUNI", 0.5),
     ("Waroh", "NUR MUNAWAROH", 0.5)],
)  # fmt: skip
def test_a_call_name_is_the_end_of_the_full_name(call, full, minimum):
    score, reasons = name_similarity(call, full)
    assert score >= minimum and NICKNAME in reasons


def test_a_short_common_ending_is_not_a_call_name():
    # "Ani" ends Fitriani and a hundred other names: three letters say nothing.
    assert NICKNAME not in name_similarity("Ani", "Fitriani")[1]
    assert name_similarity("Tofa", "Mustofa")[0] > name_similarity("Tofa", "Mustaqim")[0]


@pytest.mark.parametrize(
    ("raw", "child", "sex"),
    [("Pak Taufiq", "taufiq", "L"), ("Mbok Syamsudin", "syamsudin", "P"), ("P. Dafa", "dafa", "L"),
     ("B. Faisal", "faisal", None), ("Bu Eko, S.Pd", "eko", "P")],
)  # fmt: skip
def test_a_parent_may_be_called_after_a_child(raw, child, sex):
    assert parent_call(raw) == ParentCall(child, sex)


def test_a_name_without_a_parents_title_is_not_a_parent_call():
    assert parent_call("Siti Aminah") is None
    assert parent_call("P Dafa") is None  # a bare initial, not "P."
    assert parent_call("Bu") is None
    assert name_tokens("Mbok Syamsudin") == ["syamsudin"] and title_sex("Mbok Syamsudin") == "P"


def test_a_note_in_brackets_or_an_alias_is_no_part_of_the_name():
    assert normalize_name("MUSTOFA (BENDAHARA)") == "mustofa"
    assert normalize_name("Mariana (Bu Fauzi)") == "mariana"
    assert normalize_name("Endang als. Dang") == "endang"
    assert normalize_name("Alias") == "alias"  # a name, not the word


def test_bp_and_buk_are_titles():
    assert name_tokens("BP. NUGROHO") == ["nugroho"] and title_sex("BP. NUGROHO") == "L"
    assert name_tokens("Buk Khoiriyah") == ["khoiriyah"] and title_sex("Buk Khoiriyah") == "P"
    assert parent_call("Bp. Dafa") == ParentCall("dafa", "L")


def test_bin_binti_and_the_fathers_name_are_left_out():
    assert normalize_name("Muhammad Ulil Albab bin Abdul Kholiq") == "muhammad ulil albab"
    assert normalize_name("Siti Romlah Binti Sahri") == "siti romlah"
    assert normalize_name("Bintang Pratama") == "bintang pratama"  # a name, not "binti"
    score, reasons = name_similarity("Muhammad Ulil Albab bin Abdul Kholiq", "MUHAMMAD ULIL ALBAB")
    assert score == 1.0 and "bin/binti diabaikan" in reasons


def test_an_initial_stands_for_a_name_with_that_letter():
    score, reasons = name_similarity("U. Aminah", "Umi Aminah")
    assert score >= 0.8 and "nama disingkat (inisial)" in reasons
    assert name_similarity("U. Aminah", "Siti Aminah")[0] < score


@pytest.mark.parametrize(
    ("a", "b", "minimum", "reason"),
    [
        ("Andisuryanto", "ANDI SURYANTO", 0.95, "spasi nama berbeda"),
        ("Siti Aminah", "Sitiaminah", 0.95, "spasi nama berbeda"),
        ("AYUPURNAMSAARI", "AYU PURNAMASARI", 0.85, "spasi nama berbeda"),  # and a typo
    ],
)
def test_spaces_lost_or_added(a, b, minimum, reason):
    score, reasons = name_similarity(a, b)
    assert score >= minimum
    assert reason in reasons


@pytest.mark.parametrize(
    ("raw", "tokens", "spouse"),
    [
        ("Ny. Ahmad Anshori", ["ahmad", "anshori"], True),
        ("BU SOEKOER", ["sukur"], True),
        ("Istri Rahwi", ["rahwi"], True),
        ("Ibu Sumiati", ["sumiati"], True),
        ("Pak Utomo", ["utomo"], False),
        ("Mbah Mujiyono", ["mujiyono"], False),
        ("Siti Aminah", ["siti", "aminah"], False),
    ],
)
def test_address_words_dropped_and_spouse_titles_noted(raw, tokens, spouse):
    assert name_tokens(raw) == tokens
    assert spouse_title(raw) is spouse


@pytest.mark.parametrize(("a", "b"), [("Hrru", "Heru"), ("Jko", "Joko"), ("Rina", "Rini"), ("Wini", "Wiji")])
def test_one_letter_off_in_a_short_name_is_noted_but_not_a_match_on_its_own(a, b):
    score, reasons = name_similarity(a, b)
    assert score < 0.5
    assert ONE_LETTER in reasons
