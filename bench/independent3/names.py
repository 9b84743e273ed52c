"""Name pools for the independent3 generator (East Java population, written from general knowledge).

Every pool is an ordered, comma-separated list, most popular first; picks use a Zipf-like weight
1/(rank+1)**s so the head of every list recurs often (namesakes inside one village).
Each (culture, era, sex) spec is: whole names (complete names, picked as they are) or a composition
first + second (+ optional third).
"""

from __future__ import annotations


class Pool:
    __slots__ = ("items", "cum")

    def __init__(self, text: str, s: float = 0.8):
        self.items = [t.strip() for t in text.split(",") if t.strip()]
        cum, tot = [], 0.0
        for i in range(len(self.items)):
            tot += 1.0 / (i + 1) ** s
            cum.append(tot)
        self.cum = cum

    def pick(self, rng) -> str:
        return rng.choices(self.items, cum_weights=self.cum)[0]

    def __bool__(self) -> bool:
        return bool(self.items)


class Synth:
    """Productive single names (stem + gendered ending), giving the long tail of rare names."""

    __slots__ = ("stems", "ends")

    def __init__(self, stems: str, ends: str):
        self.stems = [t.strip() for t in stems.split(",") if t.strip()]
        self.ends = [t.strip() for t in ends.split(",") if t.strip()]

    def make(self, rng) -> str:
        stem, end = rng.choice(self.stems), rng.choice(self.ends)
        if stem[-1] == end[0]:
            end = end[1:]
        return stem + end


class Spec:
    __slots__ = ("p_whole", "whole", "first", "second", "p_third", "third", "synth", "p_synth")

    def __init__(self, p_whole, whole="", first="", second="", p_third=0.0, third="", s=0.45, synth=None, p_synth=0.0):
        self.p_whole = p_whole
        self.whole = Pool(whole, s)
        self.first = Pool(first, s)
        self.second = Pool(second, s)
        self.p_third = p_third
        self.third = Pool(third, s)
        self.synth = synth
        self.p_synth = p_synth

    def make(self, rng) -> str:
        if self.synth is not None and rng.random() < self.p_synth:
            return self.synth.make(rng)
        if not self.first or (self.whole and rng.random() < self.p_whole):
            return self.whole.pick(rng)
        for _ in range(6):
            toks = [self.first.pick(rng), self.second.pick(rng)]
            if self.third and rng.random() < self.p_third:
                toks.append(self.third.pick(rng))
            words = " ".join(toks).split()
            if len(words) == len(dict.fromkeys(words)):
                return " ".join(toks)
        return self.whole.pick(rng) if self.whole else toks[0]


ERAS = ("e1", "e2", "e3", "e4", "e5", "e6")


def era_of(year: int) -> str:
    if year < 1950:
        return "e1"
    if year < 1970:
        return "e2"
    if year < 1990:
        return "e3"
    if year < 2005:
        return "e4"
    if year < 2015:
        return "e5"
    return "e6"


# ----------------------------------------------------------------------------------------------
# Javanese (Mataraman / Arek): single names for the old, Su-/-no/-ni names, -ik endings (East Java),
# birth-order names, then Indonesian/Sanskrit compounds and finally 2015+ "modern" names.
J_E4_M_FIRST = (
    "DIMAS, ADITYA, RIZKY, FAJAR, BAGUS, ANDIKA, YOGA, ANGGA, RENDI, DANI, BAYU, ARDIAN, ILHAM, FIRMAN, DENI,"
    " ANDRE, REZA, GILANG, WAHYU, ADI, DEDY, HENDRA, NOVAN, ERIK, RIKI, ARIF, YUSUF, DWI, TRI, EKO"
)
J_E4_M_SECOND = (
    "PRATAMA, SAPUTRA, SETIAWAN, PRASETYO, NUGROHO, RAMADHAN, KURNIAWAN, FIRMANSYAH, WIJAYA, HIDAYAT, PUTRA,"
    " ARDIANSYAH, WAHYUDI, SANTOSO, FEBRIANTO, SURYA, ADITYA, PRAYOGA, SAPUTRO, HERMAWAN"
)
J_E4_F_FIRST = (
    "PUTRI, DINDA, AYU, NOVITA, ANISA, FITRI, INDAH, DEWI, CITRA, INTAN, ELOK, RIZKA, DIAN, NOVI, YULIA, RATNA,"
    " DESI, LINDA, MEGA, WULAN, NADIA, RENI, EVI, ANGGI, DWI, TRI, EKA, SRI, NUR, ERIKA"
)
J_E4_F_SECOND = (
    "LESTARI, PERMATASARI, RAHMAWATI, WULANDARI, SARI, NOVITASARI, PUSPITASARI, AYU, KURNIAWATI, ANGGRAINI,"
    " OKTAVIANI, SAFITRI, PRATIWI, MAHARANI, WAHYUNI, FITRIANI, NURJANAH, SUSANTI, PUTRI, AGUSTINA"
)

_J_STEMS = (
    "SUK, SUP, SUM, SUW, SUT, SUN, SUR, SUY, SUJ, SUD, SUG, SUB, PAR, KAS, KAR, NGAD, NGAT, TUK, WAG, SAR, SAM,"
    " PAIM, PON, MUJ, JUM, DAR, TAR, MIS, WAR, SAD, RUK, KAT, MAR, WIN, SAL, RAK, TUG, TAM, KASM, PARM, SUKAR,"
    " SUPAR, SUMAR, SUTAR, SUWAR, SUDAR, SUHAR, SUNAR, LEG, GIN, RAS, DAS, JAM, KARS, MARS, TURS"
)
J_SYN_OLD_L = Synth(_J_STEMS, "IMAN, IMIN, INO, IYO, IJO, IRAN, IDI, ADI, ARDI, ARNO, ANTO, ONO, URI, AJI, IKUN")
J_SYN_OLD_P = Synth(
    _J_STEMS, "INEM, IYEM, INI, IATI, IYATI, ARTI, ARSIH, INAH, IYAH, ITUN, ATUN, ARNI, ARMI, IRAH, ISIH"
)
J_SYN_MID_L = Synth(
    _J_STEMS + ", HAR, PUJ, HER, BAMB, YUD, WAHY, TEG, EDY, AND, DID, KUSN, HEND, PRIY, NUR, MULY, SIS, PURW",
    "IANTO, IYANTO, ANTO, IONO, ONO, ADI, ARDI, IKIN, ANDI, IARTO, AWAN, IAJI, IYADI",
)
J_SYN_MID_P = Synth(
    _J_STEMS + ", SUS, END, LIL, NIN, NAN, TUT, WIW, RAH, PUJ, HAND, ERN, YUL, HART, SULIST, MULY, PURW, SETY",
    "ANTI, IATI, IYATI, ARTI, ATIK, UTIK, ANINGSIH, AWATI, ARSIH, IYANI, ANI, INI, ARNI",
)

JAWA = {
    "e1": {
        "L": Spec(
            1.0,
            "PAIMIN, SUKIMAN, KATIMIN, SARIJO, TUKIMIN, NGADIMAN, KASMIN, PAIMAN, SAMIN, DARMO, KARTO, SAKIMAN,"
            " JUMADI, SARDI, SAINO, KROMO, WAGIMAN, KASNO, PARNO, TARMIJI, SURIP, MARSUDI, SUYUD, SUDARMO, KASIMAN,"
            " NGATIMIN, SAMIJO, DIMAN, RAKIMIN, TUGIMAN, KARDI, SARMIN, PAIDI, SUPENO, SUKIRMAN, KASTURI, SOMO,"
            " REJO, MARTO, SAMINO, SUKARDI, TRIMO, KARTOREJO, MARTOREJO, DARMOREJO, SASTRODIHARJO",
            synth=J_SYN_OLD_L,
            p_synth=0.5,
        ),
        "P": Spec(
            1.0,
            "PAINEM, TUKINEM, SAINEM, KASIYEM, NGATIYEM, TUMINI, SARMI, SUMIRAH, SAMINAH, KASMIRAH, PONIYEM, SUKINI,"
            " JUMINTEN, WAGIYEM, LEGIYEM, PAITUN, SUPINAH, KATMI, MISNI, PARINEM, SARIYEM, TARMINAH, SUMINAH,"
            " PAINI, KATINEM, SUKIYEM, DASIYEM, MUNAH, TUKIYEM, SRIYATUN, KASMI, WARSINI, SURATMI, SUMARMI, KARSIH,"
            " TASMI, JAMINAH, TUMIYEM, SAIYEM, GINEM",
            synth=J_SYN_OLD_P,
            p_synth=0.5,
        ),
    },
    "e2": {
        "L": Spec(
            0.85,
            "SUTRISNO, SLAMET, SUPARMAN, SUGENG, SUKARJI, SUPRIYADI, SUMARNO, SUYANTO, SUWARNO, MULYONO, PURWANTO,"
            " SUNARTO, KUSNADI, BAMBANG, JOKO, SUGIONO, SUKIRNO, SUJARWO, SUWITO, SUTARJI, SUPARDI, SUKADI, WAGINO,"
            " TUKIRAN, SUROSO, MISDI, KASIANTO, SUMADI, SUPRIHADI, SUKIDI, SUMARJI, KATENO, SUDIRMAN, SUPANGAT,"
            " SUPARNO, SUMITRO, SUHARTO, TEGUH, WIDODO, SISWANTO, SUKAMTO, HARYONO, SUDARSONO, SUBAGYO, PONIMAN,"
            " MUJIONO, SUJONO, SUHARJO, SLAMET RIYADI, JOKO SUSILO, BAMBANG SUTEJO, SUGENG RIYADI",
            "BAMBANG, JOKO, SLAMET, SUGENG, HADI, BUDI, AGUS, HERU, EDI, DIDIK",
            "SANTOSO, SUSILO, RIYADI, PURNOMO, SUTEJO, SUPRIYADI, WIBOWO, HARTONO, PRAYITNO, WALUYO",
            synth=J_SYN_OLD_L,
            p_synth=0.4,
        ),
        "P": Spec(
            0.85,
            "SRI WAHYUNI, SUMIATI, SUWARNI, SULASTRI, SUKARTI, SUMARNI, SUPRAPTI, WINARTI, SUTINI, KASIATI, NGATINI,"
            " MUJIATI, SUKAMI, SRI RAHAYU, SUMIYATI, SRI UTAMI, TUMIRAH, PARTINI, SUMINI, KARTINI, SUPIATI, MARIATI,"
            " SRI MULYANI, SUNARSIH, SUWARTI, SUKARNI, SUPARMI, SURATI, SUKESI, SUYATMI, SULIS, ENDANG, SRI HARTATIK,"
            " SUWARSIH, KASTINAH, SUKINAH, SAMIATUN, SUMARSIH, SRI SUMARNI, SUWATI, WARSITI",
            "SRI, ENDANG, TRI, PUJI, SRI",
            "WAHYUNI, RAHAYU, UTAMI, MULYANI, SUMARNI, HARTATIK, ASTUTIK, LESTARI, WIDAYATI, SUPRAPTI",
            synth=J_SYN_OLD_P,
            p_synth=0.4,
        ),
    },
    "e3": {
        "L": Spec(
            0.55,
            "HARIYANTO, SUGIANTO, SUPRIANTO, PUJIANTO, WAHYUDI, AGUS SETIAWAN, BUDI SANTOSO, EKO PRASETYO,"
            " DWI CAHYONO, HERU SUSANTO, ANDIK WAHYUDI, DIDIK, TEGUH SANTOSO, SUKO, YUDI HARTONO, KUSNO, ARIS,"
            " SUWANDI, SUPRAPTO, ROHMAD, JUMAIN, SAMSUL, MUJIANTO, SUWAJI, SUDARMAJI, HENDRIK, TOTOK, BASUKI, PRIYO",
            "AGUS, BUDI, EKO, DWI, HERU, ANDIK, DIDIK, TEGUH, WAHYU, YUDI, ARIF, DEDI, HARI, SUGENG, JOKO, BAMBANG,"
            " ARI, ANANG, DONI, FERY",
            "SETIAWAN, SANTOSO, PRASETYO, CAHYONO, SUSANTO, WAHYUDI, HIDAYAT, HARTONO, PURNOMO, KURNIAWAN, NUGROHO,"
            " SAPUTRO, WIBOWO, SUSILO, PRIYANTO, SUGIARTO, SUHARIYANTO, PRIHANTORO, SULISTYO, IRAWAN",
            synth=J_SYN_MID_L,
            p_synth=0.35,
        ),
        "P": Spec(
            0.5,
            "SRI WAHYUNI, DWI LESTARI, YULI ASTUTIK, ENDANG, NINIK, NANIK, LILIK, TUTIK, ANIK, ERNA, YAYUK, LULUK,"
            " UMI, SUSANTI, ERNAWATI, SRI WAHYUNINGSIH, WIWIK, ATIK, HARTATIK, SUPRIHATIN, PUJI ASTUTIK,"
            " SULISTYOWATI, KASIATI, SITI ROMLAH, MUNTAMAH",
            "SRI, DWI, YULI, ENDANG, NINIK, LILIK, TUTIK, ANIK, RINA, DEWI, ENI, ERNA, WIWIK, TRI, NUR, UMI, ENDAH,"
            " RATNA, YENI, LIS",
            "LESTARI, ASTUTIK, WAHYUNI, SUSANTI, SURYANI, RAHAYU, WAHYUNINGSIH, HANDAYANI, PURWANINGSIH, KUSUMAWATI,"
            " SETYOWATI, ANDRIANI, MULYANI, SUSILOWATI, WIDYASTUTI, NINGSIH, PUJIATI, FATMAWATI, YULIANI, ISTIQOMAH",
            synth=J_SYN_MID_P,
            p_synth=0.35,
        ),
    },
    "e4": {
        "L": Spec(
            0.1,
            "DIMAS ADITYA PRATAMA, BAGUS, ANGGA, RIZKY, YOGA PRATAMA, FAJAR",
            J_E4_M_FIRST,
            J_E4_M_SECOND,
            0.25,
            "PRATAMA, SAPUTRA, NUGROHO, RAMADHAN, WIBOWO, PUTRA",
        ),
        "P": Spec(
            0.1,
            "PUTRI AYU LESTARI, DEWI, INDAH, NOVITA",
            J_E4_F_FIRST,
            J_E4_F_SECOND,
            0.25,
            "LESTARI, SAFITRI, PRATIWI, NINGSIH, WULANDARI, RAHAYU",
        ),
    },
    "e5": {
        "L": Spec(
            0.05,
            "MUHAMMAD RIZKI, DIMAS, BAGAS",
            "MUHAMMAD, DAFFA, RAFI, ALDI, FERDI, FAREL, ADIT, RANGGA, GALANG, ARYA, BIMA, DIKA, KEVIN, DIMAS, RIZKY,"
            " BAGAS, FAJAR, AHMAD, REVAN, DAVA",
            "ALFARIZI, ARDIANSYAH, MAULANA, PRADANA, PRATAMA, SAPUTRA, RAMADHAN, FIRMANSYAH, PUTRA, ADITYA,"
            " SYAHPUTRA, NUGRAHA, RIZKI, AKBAR, FAHREZI",
            0.4,
            "PRATAMA, SAPUTRA, NUGROHO, RAMADHAN, PUTRA, ALFARIZI",
        ),
        "P": Spec(
            0.05,
            "NAYLA, KEYSHA, AURELIA",
            "NAYLA, KEYSHA, AURELIA, SALSABILA, AZZAHRA, NABILA, CINTA, ZAHRA, DWI, PUTRI, AULIA, SASKIA, VIRA,"
            " KIRANA, ANINDYA, NADIA, ALYA, AMELIA, DEA, NAYSILA",
            "PUTRI, RAMADHANI, AZZAHRA, NURAINI, SALSABILA, FEBRIANTI, AGUSTIN, AULIA, KHOIRUNNISA, ANGGRAINI,"
            " NOVITASARI, MAHARANI, PERMATASARI, AYU, LESTARI",
            0.4,
            "PUTRI, LESTARI, RAMADHANI, AZZAHRA, SAFITRI",
        ),
    },
    "e6": {
        "L": Spec(
            0.05,
            "ARKA, RAFFA, KENZO",
            "ARKA, RAFFA, KENZO, AL FATIH, ARSHAKA, ABIYAN, ZIDAN, ALVARO, GIBRAN, ELVAN, SHAKA, RAFARDHAN,"
            " DANENDRA, ATHAR, KEANU, MUHAMMAD, ARKANA, BIRU, SAGARA, ARJUNA",
            "ALFARIZI, ALFATIH, ARDIANSYAH, PRATAMA, SAPUTRA, RAMADHAN, AL GHIFARI, ARKANA, AHZA, ABQARY,"
            " DIRGANTARA, ALVARENDRA, MAHESWARA, ATHARRAZKA, BAGASKARA",
            0.55,
            "PRATAMA, ALFARIZI, RAMADHAN, AL FATIH, PUTRA, SAPUTRA",
        ),
        "P": Spec(
            0.05,
            "ARSYILA, KHANZA, ALESHA",
            "ARSYILA, KHANZA, ALESHA, QUEENSHA, ADZKIA, AQILA, SYAKILA, NADHIRA, HUMAIRA, KALEA, ALMAHYRA, SHAKILA,"
            " ZAHIRA, KIANDRA, ARUNIKA, NAURA, ALIFA, AZALEA, CALLISTA, ELVINA",
            "AZZAHRA, PUTRI, ALMAHYRA, HUMAIRA, NAFISA, RAMADHANI, KIRANIA, ZAHRA, SHANUM, ADZKIYA, ALMEERA,"
            " MIKAYLA, ANINDITA, KHAIRUNNISA, ZHAFIRA",
            0.55,
            "PUTRI, AZZAHRA, RAMADHANI, ALMAHYRA, HUMAIRA",
        ),
    },
}

# Santri / Arabic-derived names (NU pesantren milieu), in Javanese spelling conventions.
_S_MID_L = Spec(
    0.55,
    "AHMAD FAUZI, ABDUL ROHMAN, MUHAMMAD YUSUF, MOCH. SHOLEH, KHOIRUL ANAM, AINUR ROFIQ, NUR KHOLIS,"
    " IMAM SYAFI'I, ABDUL GHOFUR, MOHAMMAD RIDWAN, ABDUL AZIZ, MUHAMMAD ALI, AHMAD SYAIFUDIN, ZAINAL ARIFIN,"
    " MUSTOFA, SYAMSUL ARIFIN, ABDULLAH, MASHUDI, SOLIKIN, ROHMAT, NURHADI, ABDUL KHOLIQ, M. KHOIRUDIN, MAHFUD,"
    " FATHUR ROHMAN, HASAN BASRI, LUKMAN HAKIM, ASROFI, MUHAMMAD NUR HUDA, ABDUL MANAN, MUHAMMAD ARIFIN, MUJIB,"
    " NUR SALIM, ABDUL HAMID, MOH. TOHIR, SYAIFUL ANAM, ALI MAS'UD, ACHMAD MUNIR",
    "MUHAMMAD, AHMAD, ABDUL, NUR, IMAM, MOH., KHOIRUL, AINUL, SYAIFUL, MOCHAMAD",
    "FAUZI, ROHMAN, SHOLEH, ANAM, ROFIQ, KHOLIS, HUDA, ARIFIN, YUSUF, SYAFI'I, GHOFUR, RIDWAN, AZIZ, HAKIM, MUNIR,"
    " HADI, MUSTOFA, IKHSAN, SODIQ, FATONI",
)
_S_MID_P = Spec(
    0.55,
    "SITI AMINAH, SITI FATIMAH, NUR HASANAH, SITI KHOTIJAH, UMI KULSUM, NURUL HIDAYAH, SITI MAESAROH,"
    " SITI MUNAWAROH, SITI NURJANAH, KHUSNUL KHOTIMAH, SITI ZULAIKHA, MUFIDAH, SITI ROMLAH, SITI MASITOH,"
    " MUSLIMAH, ZULAIKAH, SITI MUTMAINAH, NUR AINI, SITI SHOLIHAH, NURUL QOMARIYAH, SITI ROHMAH, SITI CHOLIFAH,"
    " ROBI'ATUL ADAWIYAH, LAILATUL FITRIYAH, AINUN JARIYAH, SITI SULIKAH, SITI NUR KHOLIFAH, MASRUROH,"
    " SITI MUAWANAH",
    "SITI, NUR, NURUL, UMI, LAILATUL, AINUN, SITI NUR, KHUSNUL",
    "AMINAH, FATIMAH, HASANAH, KHOTIJAH, HIDAYAH, MAESAROH, JANNAH, KHOIRIYAH, ROHMAH, AISYAH, ZAINAB, SHOLIHAH,"
    " MUNAWAROH, FITRIYAH, ISTIQOMAH, MAFTUHAH, MUSLIMAH, AZIZAH, HALIMAH, LATIFAH",
)
_S_YOUNG_L = Spec(
    0.1,
    "MUHAMMAD RIZKI, MUHAMMAD ALFATIH, AHMAD ZIDAN",
    "MUHAMMAD, AHMAD, MOCH., M., MUHAMAD, ABDULLAH, MOHAMMAD",
    "RIZKI, ALFATIH, ZIDAN, HAFIDZ, FARHAN, AZKA, NAUFAL, ARKAN, FAQIH, ZAIDAN, RAFFI, ALVIN, FATHAN, AQIL,"
    " SYAUQI, DZAKI, HAIKAL, ABID, GHIFARI, IBRAHIM",
    0.5,
    "ALFARIZI, AL FATIH, RAMADHAN, MAULANA, AL GHIFARI, ARRASYID, ZAKY, ALHAFIDZ",
)
_S_YOUNG_P = Spec(
    0.1,
    "AISYAH, NAJWA, ZAHRA",
    "AISYAH, ZAHRA, NAJWA, NAILA, SALSABILA, KHOIRUNNISA, AZZAHRA, FATIMAH, HILYA, NAFISA, NUR, SITI, KHANZA,"
    " ADIBA, ALFIA",
    "AZZAHRA, NURAINI, KHOIRUNNISA, HUMAIRA, ZAHIROH, NAFISA, ALMAHYRA, QONITA, SALSABILA, FAUZIYAH, MAULIDA,"
    " AULIA, RAMADHANI, NAJWA, SHOLIHAH",
    0.45,
    "AZZAHRA, RAMADHANI, NURAINI, HUMAIRA, AULIA",
)
SANTRI = {
    "e1": {
        "L": Spec(
            1.0,
            "KASAN, DULKAMID, SAMSUDIN, MUKHLIS, NASIKIN, MASRUKIN, ABDUL GHONI, MUHAMMAD ROFI'I, MUSTAJAB, KHOLIL,"
            " ZAINURI, MAHFUDZ, ISMAIL, MAKSUM, ASY'ARI, DAHLAN, MUSLIM, BISRI, ROMLI, HASYIM",
        ),
        "P": Spec(
            1.0,
            "SITI AMINAH, SITI FATIMAH, JUWARIYAH, MUSRIFAH, KHOTIJAH, ASIYAH, MASKANAH, ROHMAH, SITI MARIYAM,"
            " SITI ZAINAB, MUSLIMAH, SITI KHOIRIYAH, ZULAIKAH, SITI ROMLAH, RUKAYAH, MUNAWAROH, SITI MUNAWAROH,"
            " SITI SULAIKAH, UMI KULSUM",
        ),
    },
    "e2": {"L": _S_MID_L, "P": _S_MID_P},
    "e3": {"L": _S_MID_L, "P": _S_MID_P},
    "e4": {
        "L": Spec(
            0.35,
            "MUHAMMAD RIZKI, AHMAD FAUZI, MUHAMMAD ILHAM, MUHAMMAD FAJAR, MUHAMMAD IQBAL, AHMAD DANI, MUHAMMAD FAIZ,"
            " MUHAMMAD ZAKY, MOCH. RIZAL, MUHAMMAD ARIF, NUR HIDAYAT, ABDUL AZIZ, M. FAHMI, MUHAMMAD SYAFIQ,"
            " MOH. ALI MUSTOFA",
            "MUHAMMAD, MOCHAMMAD, AHMAD, MOH., M., ABDUL, NUR, KHOIRUL, FAHMI, ARIF, ILHAM, RIZAL, SYAIFUL, MUHAMAD",
            "RIZKI, ILHAM, FAJAR, IQBAL, FAIZ, ZAKY, ARIFIN, HIDAYAT, FAUZI, ROZAQ, SYAFIQ, HAFIDZ, NAUFAL, ALFIAN,"
            " FIRDAUS, MAULANA, RIDHO, SHOLIHIN, ANSHORI, AMINUDIN",
            0.3,
            "RAMADHAN, MAULANA, HIDAYATULLAH, FIRDAUS, ALFARIZI, AL FATIH, ARDIANSYAH",
        ),
        "P": Spec(
            0.35,
            "NUR AINI, SITI NUR HALIMAH, LAILATUL FITRIYAH, NURUL HIDAYAH, SITI FATIMAH, SITI AMINAH, KHOIRUN NISA',"
            " FATIMATUZ ZAHRO, DEWI MASITOH, NUR LAILI, SITI KHOLIFAH, NAILIL MUNA",
            "SITI, NUR, NURUL, LAILATUL, AINUN, FATIMATUZ, SITI NUR, ALFI, ULFA, NAILA, KHOIRUN, ZAKIYATUL",
            "AINI, HIDAYAH, FITRIYAH, ZAHRO, MAGHFIROH, KHOIRIYAH, JANNAH, ISTIQOMAH, NISA, AZIZAH, MUNAWAROH,"
            " FADILAH, ROHMAH, MAULIDIYAH, SA'ADAH, ROFI'AH, MUFIDAH, QOMARIYAH, BADRIYAH, HASANAH",
        ),
    },
    "e5": {"L": _S_YOUNG_L, "P": _S_YOUNG_P},
    "e6": {"L": _S_YOUNG_L, "P": _S_YOUNG_P},
}

# Madurese (Sumenep, and the Pendalungan half of Jember): MOH./ACH./ABD. abbreviations are part of the
# name as printed on the KTP, SITTI with double t, single names for the old.
_M_STEMS = (
    "SAH, MAT, BUS, HOS, SUH, MIS, JUH, MAR, RAS, SAM, SAN, HAS, BUN, MUS, SAMS, NAW, ASM, MATR, SUK, JUM, HAR,"
    " BAH, SAHR, MUHL, MISR, RAHW, SUR, JUN, HOL, MAHR, TOYY, SUD, BAD, MUD, SAT, RUSL, SYAMS, NAF, SUP, HOSN"
)
M_SYN_L = Synth(_M_STEMS, "AWI, IRI, NAN, ARI, RAWI, URI, ADI, IDI, ALI, AN, IN, UDI, AMI, ALI, OLI, ARTO")
M_SYN_P = Synth(_M_STEMS, "IYAH, ATI, INI, ATUN, ANI, IWIYAH, IYATI, INAH, AH, IMAH, ATIN, IYANI, ITAH, ARIYAH")

_M_MID_L = Spec(
    0.6,
    "MOH. HOLIL, ABD. RAHEM, SULAIMAN, MOH. SAHRI, HASAN BASRI, ACH. FAUZI, SHOLEHUDDIN, MOH. HOSEN, ABD. RAHMAN,"
    " MOH. JAKFAR, SUBAIRI, MOH. TOHA, ACH. BAIDAWI, SYAMSUL ARIFIN, ABD. HAMID, MOH. SUHRI, MOH. ROFI'I,"
    " FATHORRAHMAN, ACH. SUHAIDI, ABD. WAHID, MUSLEH, SUDARSO, SUHARTO, MOH. RASYID, ABD. MAJID,"
    " HOLILURRAHMAN, SUPANDI, BADRUS SOLEH, MOH. HASAN, SAHWI, SUDIYANTO, MOH. KAMAL",
    "MOH., ACH., ABD., MUHAMMAD, AHMAD, MOHAMMAD",
    "HOLIL, SAHRI, FAUZI, HOSEN, TOHA, RASYID, HASAN, KAMAL, ARIFIN, JAKFAR, SUHRI, BAIDAWI, ROSYID, SALEH, MUNIR",
    synth=M_SYN_L,
    p_synth=0.25,
)
_M_MID_P = Spec(
    0.6,
    "SITTI MAIMUNAH, HOSNANIYAH, NURUL HASANAH, UMMI KULSUM, SITTI ROMLAH, JUWAIRIYAH, HAFSAH, ROSIDAH,"
    " SITTI HOTIJAH, MAISAROH, SITTI AMINAH, HOLISAH, SITTI FATIMAH, SUHARTINI, NURHAYATI, MUNAWAROH, SAFIYAH,"
    " HALIMAH, MASRUROH, SUMIATI, SITTI ZAINAB, HOSNAWATI, NURHASANAH, SITTI SUNDARI, RUSMIATI, JUMA'IYAH,"
    " SAMSIYAH, SITTI SAUDAH, HAMIDAH, SUPRIATIN",
    "SITTI, NUR, UMMI, NURUL, SITI",
    "MAIMUNAH, HASANAH, KULSUM, ROMLAH, HOTIJAH, AMINAH, FATIMAH, ZAINAB, SAUDAH, AISYAH, HALIMAH, HOLISAH",
    synth=M_SYN_P,
    p_synth=0.25,
)
_M_YOUNG_L = Spec(
    0.5,
    "MOH. RIZKI, MUHAMMAD FAHRI, MOH. FAIZ, ACH. ZIDAN, MUHAMMAD AL FATIH, MOH. HAFIDZ, ABD. ROZAQ, AHMAD NAUFAL,"
    " MOH. FARIS, MOH. ALFIAN, ACH. FIRDAUS, MOH. AQIL, MOH. SYAFI'I, MOH. NIZAR, ACH. DANIAL",
    "MOH., ACH., MUHAMMAD, AHMAD, ABD., MOHAMMAD",
    "RIZKI, FAHRI, FAIZ, ZIDAN, HAFIDZ, ROZAQ, NAUFAL, FARIS, ALFIAN, FIRDAUS, AQIL, NIZAR, DANIAL, ZAKI, ABRAR,"
    " ALVINO, KHOIRUL, ZULFAN, RIDWAN, FAHMI",
    0.2,
    "ALFARIZI, AL FATIH, MAULANA, RAMADHAN, ARDIANSYAH",
)
_M_YOUNG_P = Spec(
    0.45,
    "NAYLA, AISYAH, NAJWA, ZAHRA, SALSABILA, KHUMAIROH, HILYAH, NUR AZIZAH, ALFI, FIKRIYAH, NAILATUL MUNA,"
    " SITTI NURUL AINI, AZZAHRA, MAULIDIA, KHOIRUN NISA",
    "NAYLA, AISYAH, NAJWA, ZAHRA, NUR, SITTI, NURUL, ALFI, HILYATUL, FAIZATUL",
    "AZIZAH, FITRIYAH, AZZAHRA, MAULIDIYAH, HUMAIRO, AINI, HASANAH, JANNAH, NISA, ZAHIROH",
)
MADURA = {
    "e1": {
        "L": Spec(
            1.0,
            "SAMSURI, MARSUKI, SAHWI, BUSIRI, ASMAWI, MATSARI, SANHAJI, BUHARI, RASIDI, HOSNAN, SAHRAWI, MAT TOYYIB,"
            " SUHRAWI, JUMALI, SUKRI, MISNADI, MARZUKI, JUHARI, MARSAHID, HOLIL, SUHAIMI, ASNAWI, SAMHUDI, MATRAWI,"
            " SUNAWI, BUNALI, NAWAWI, MOH. SALEH, SAHLAN, ABD. SOMAD",
            synth=M_SYN_L,
            p_synth=0.5,
        ),
        "P": Spec(
            1.0,
            "MISRATI, RAHWINI, ATMINAH, RAMLAH, SITTI AISYAH, SANIYAH, HATIJAH, MARIYAM, SUNIYAH, SATIMAH,"
            " JUHAIRIYAH, HOSNIYAH, MARHAMAH, RUKAYYAH, SUMAYYAH, MISNARI, RASMINAH, SUPIYA, MAYSAROH, SAMIYAH,"
            " SUHAIMAH, ASMANI, MUSLIHAH, SITTI MARYAM, NAFSIYAH, SAMIRAH, HALIMAH, SITTI ROMLAH, SUPIYANI",
            synth=M_SYN_P,
            p_synth=0.5,
        ),
    },
    "e2": {"L": _M_MID_L, "P": _M_MID_P},
    "e3": {"L": _M_MID_L, "P": _M_MID_P},
    "e4": {
        "L": Spec(
            0.5,
            "MOH. RIZAL, ACH. SYAIFUL, FATHOR RAHMAN, MOH. FARHAN, ABD. WAFI, MOH. FAIZIN, ACH. ROFIQI, MOH. NAWAWI,"
            " ZAINUL ARIFIN, MOH. SAIFUL BAHRI, ACH. MUZAKKI, MOH. ILYAS, HOIRUL ANAM, MOH. HOLILURRAHMAN,"
            " ABD. GHAFUR, MOH. SHOLEH, ACH. FAIQ, MOH. HAIRUL UMAM, MOH. SYAHRUL, ACH. RIFA'I",
            "MOH., ACH., ABD., MUHAMMAD, AHMAD, MOHAMMAD, HOIRUL, FATHOR, ZAINUL, SAIFUL",
            "RIZAL, SYAIFUL, FARHAN, WAFI, FAIZIN, ROFIQI, NAWAWI, ILYAS, ANAM, UMAM, ROSI, HOLIDI, FAUZAN, BAHRI,"
            " HASIN, RAHMAN, HAFIDI, SUBHAN, ZAINI, HAMDI",
        ),
        "P": Spec(
            0.5,
            "NURUL AINI, LAILATUL QOMARIYAH, FITRIYAH, SITTI NUR HOLISAH, ZAINAB, NUR LAILA, UMMI HANIK, RUSYDIYAH,"
            " HUSNUL KHOTIMAH, NURUL FADILAH, AISYAH, ROFIQOH, SITTI NURHAYATI, HOLIFATUS SA'DIYAH, NUR HALIMAH,"
            " SYAFIYAH, ULFATUL HASANAH, HAMIMAH, SITTI KHOIRIYAH, NAILATUL FITRIYAH",
            "NURUL, LAILATUL, SITTI, NUR, UMMI, HUSNUL, HOLIFATUS, ULFATUL, ROFIQOTUL, SITI",
            "AINI, QOMARIYAH, FITRIYAH, HOLISAH, HASANAH, LAILA, FADILAH, KHOTIMAH, SA'DIYAH, HANIK, JANNAH,"
            " ISLAMIYAH, WAHIDAH, MAGHFIROH, MUKARROMAH",
        ),
    },
    "e5": {"L": _M_YOUNG_L, "P": _M_YOUNG_P},
    "e6": {"L": _M_YOUNG_L, "P": _M_YOUNG_P},
}

# Christian (Catholic baptismal + Javanese name, Protestant biblical names), mostly Malang and Nganjuk.
_K_OLD_L = Spec(
    0.05,
    "YOHANES, SLAMET, BAMBANG",
    "YOHANES, YOSEF, PETRUS, PAULUS, AGUSTINUS, FRANSISKUS, ANTONIUS, STEFANUS, MARKUS, YAKOBUS, DANIEL, SAMUEL,"
    " MATIUS, ANDREAS, SIMON, IGNATIUS, ALOYSIUS, LUKAS, YULIUS, MIKAEL",
    "SUGIARTO, HARIYANTO, SUPRIYANTO, WIBOWO, SETIAWAN, KRISTIANTO, NUGROHO, PRASETYO, SUSILO, SUPARNO, SUDARMADI,"
    " WIDODO, SANTOSO, PURNOMO, HARSONO, SUMARNO, PRIYONO, HADI, SUTRISNO, WIDJAJA",
)
_K_OLD_P = Spec(
    0.05,
    "MARIA, THERESIA",
    "MARIA, THERESIA, FRANSISKA, AGUSTINA, YULIANA, KRISTINA, NATALIA, ELISABETH, DEBORA, RUTH, MAGDALENA,"
    " VERONIKA, SUSANA, YOHANA, CHRISTINE, LIDIA, MARTHA, SEVERINA, CAECILIA, MONIKA",
    "SRI RAHAYU, SULISTYOWATI, ENDANG, DWI ASTUTI, SETYANINGSIH, KRISTIANI, WULANDARI, LESTARI, SUMARNI, SUPRAPTI,"
    " WAHYUNINGSIH, SUSANTI, HANDAYANI, PURWANTI, SRI WAHYUNI, TRI MULYANI, NINGSIH, WIDAYATI, KUSUMAWATI,"
    " RATNASARI",
)
_K_YOUNG_L = Spec(
    0.0,
    "",
    "KEVIN, YOSUA, GABRIEL, MICHAEL, NATHAN, JONATHAN, CHRISTIAN, RAFAEL, DANIEL, SAMUEL, YOHANES, ELIA,"
    " TIMOTIUS, KRISTIAN, ALEXANDER, VINCENTIUS, FELIX, YEHEZKIEL, MATTHEW, DAVID",
    "ADI NUGROHO, PRATAMA, SAPUTRA, KRISTIANTO, SETIAWAN, WIBOWO, PRASETYO, PUTRA, KURNIAWAN, HERMAWAN,"
    " CHRISTIANTO, NUGRAHA, WIJAYA, ADITYA, SANTOSO",
    0.2,
    "PRATAMA, SAPUTRA, PUTRA",
)
_K_YOUNG_P = Spec(
    0.0,
    "",
    "ANGELA, GRACIA, JESSICA, STEFANI, MICHELLE, NATALIA, MARIA, KRISTIN, CLARA, CHRISTINA, REGINA, YOSEFIN,"
    " VALENTINA, BERNADETTA, GLORIA, PRISKILA, EUNIKE, IRENE, FELISITAS, DEVINA",
    "PUTRI, NATALIA, KRISTIANI, DWI ASTUTI, WULANDARI, ANGGRAINI, PERMATASARI, CHRISTINE, SEPTIANI, PRATIWI,"
    " SETYANINGRUM, MAHARANI, LESTARI, NOVITA, AYU",
    0.2,
    "PUTRI, LESTARI, ANGGRAINI",
)
KRISTEN = {
    "e1": {"L": _K_OLD_L, "P": _K_OLD_P},
    "e2": {"L": _K_OLD_L, "P": _K_OLD_P},
    "e3": {"L": _K_OLD_L, "P": _K_OLD_P},
    "e4": {"L": _K_YOUNG_L, "P": _K_YOUNG_P},
    "e5": {"L": _K_YOUNG_L, "P": _K_YOUNG_P},
    "e6": {"L": _K_YOUNG_L, "P": _K_YOUNG_P},
}

CULTURES = {"jawa": JAWA, "santri": SANTRI, "madura": MADURA, "kristen": KRISTEN}

# Chinese-Indonesian: Hokkien three-part names (old spelling) for those born before the 1966 name-change
# policy took hold; afterwards Indonesianised given name + family-derived surname.
TIONGHOA_FAMILIES = [
    ("TAN", "TANOTO"),
    ("TAN", "TANUWIJAYA"),
    ("LIE", "LIMANTO"),
    ("OEI", "WIJAYA"),
    ("LIEM", "SALIM"),
    ("LIEM", "HALIM"),
    ("GO", "GUNAWAN"),
    ("KWEE", "KUSUMA"),
    ("THE", "TEDJA"),
    ("ONG", "ONGKO"),
    ("TJIA", "SETIAWAN"),
    ("HAN", "HANDOKO"),
    ("KHO", "KOESNADI"),
    ("LIAUW", "SANTOSO"),
]
T_SYL_1 = Pool("GIOK, SWIE, KIEM, TJWAN, BING, SIOK, KIM, HONG, SIAN, TIONG, KOK, BOEN, SOEN, KHING, JAN, TJOE, LIAN")
T_SYL_2_L = Pool("HOK, LIANG, GIE, TJOEN, LIONG, BOEN, HWIE, SING, KIAT, DJIN, HAN, TJAY, SIONG")
T_SYL_2_P = Pool("NIO, LAN, HWA, MEI, ING, NIO, KIOK, HONG, LIAN, SIOK, HOA")
T_GIVEN_L_MID = Pool("HENDRA, BUDI, HANDOKO, SURYADI, WILLY, ROBERT, HERMAN, GUNAWAN, ANTON, ERWIN, BENNY, DJONI")
T_GIVEN_P_MID = Pool("LILIANA, SUSANTI, LINDA, YENNY, LANNY, FENNY, MELIANA, LIANA, SUSI, WATI, IRENE, MEILANI")
T_GIVEN_L_YOUNG = Pool("KEVIN, VINCENT, STEVEN, CALVIN, JOVAN, WILLIAM, DARREN, FELIX, JASON, NATHANIEL, GIOVANNI")
T_GIVEN_P_YOUNG = Pool("FELICIA, JESSICA, MICHELLE, CELINE, CLARISSA, VANESSA, CHELSEA, NATASHA, GRACE, AUDREY")


def tionghoa_name(rng, sex: str, year: int, family: tuple[str, str]) -> str:
    old, new = family
    if year < 1962:
        second = (T_SYL_2_L if sex == "L" else T_SYL_2_P).pick(rng)
        return f"{old} {T_SYL_1.pick(rng)} {second}"
    if year < 1990:
        given = (T_GIVEN_L_MID if sex == "L" else T_GIVEN_P_MID).pick(rng)
        return given if rng.random() < 0.2 else f"{given} {new}"
    given = (T_GIVEN_L_YOUNG if sex == "L" else T_GIVEN_P_YOUNG).pick(rng)
    return f"{given} {new}"


BIRTH_ORDER = {1: ("EKO", "EKA"), 2: ("DWI", "DWI"), 3: ("TRI", "TRI"), 4: ("CATUR", "CATUR"), 5: ("PANCA", "PANCA")}
MONTH_NAMES = {
    1: ("JANUAR", "JANUARTI"),
    2: ("FEBRIANTO", "FEBRIANI"),
    4: ("APRIANTO", "APRILIA"),
    7: ("YULIANTO", "YULIANI"),
    8: ("AGUS", "AGUSTINA"),
    10: ("OKTAVIAN", "OKTAVIA"),
    11: ("NOVAN", "NOVITA"),
    12: ("DESEMBRIANTO", "DESI"),
}


def person_name(rng, culture, sex, dob, order=0, father=None, family=None) -> str:
    """A registry-form (upper-case) name for a person of the given naming culture."""
    year = dob.year
    if culture == "tionghoa":
        return tionghoa_name(rng, sex, year, family or TIONGHOA_FAMILIES[0])
    era = era_of(year)
    spec = CULTURES[culture][era][sex]
    name = spec.make(rng)
    if culture == "jawa" and era in ("e2", "e3", "e4") and order in BIRTH_ORDER and rng.random() < 0.12:
        pre = BIRTH_ORDER[order][0 if sex == "L" else 1]
        second = (JAWA["e3"][sex].second if era != "e4" else JAWA["e4"][sex].second).pick(rng)
        name = f"{pre} {second}"
    elif (
        culture in ("jawa", "kristen") and era in ("e3", "e4", "e5") and dob.month in MONTH_NAMES and rng.random() < 0.1
    ):
        pre = MONTH_NAMES[dob.month][0 if sex == "L" else 1]
        second = JAWA["e4"][sex].second.pick(rng)
        name = pre if rng.random() < 0.3 else f"{pre} {second}"
    if father and culture in ("jawa", "santri") and era in ("e4", "e5", "e6") and rng.random() < 0.07:
        ftok = father.split()[-1]
        if "." not in ftok and ftok not in name.split() and len(name.split()) < 3:
            name = f"{name} {ftok}"
    return name
