"""Name and place tables for bench/independent6/gen.py.

Every table is a tuple ordered from the most to the least common entry; gen.py draws from it with
Zipf weights (rank ** -s), so the first entries recur often enough that a village has namesakes.
The tables are my own compilation from general knowledge of East Javanese, Madurese and Osing naming
(not from any statistics): treat the ordering as plausible, not measured.

Eras by birth year: "tua" < 1960, "madya" 1960–1984, "muda" 1985–1999, "baru" >= 2000.
"""

from __future__ import annotations

# fmt: off

# --- Javanese (Mataraman: Tulungagung, Kota Malang, Javanese parts of Banyuwangi/Situbondo) ---------------
JAWA_L = {
    "tua": (
        "Slamet", "Kasiman", "Sumadi", "Paiman", "Tukiman", "Sukardi", "Suparno", "Sarju", "Paimin", "Ngadiman",
        "Jumadi", "Sarmin", "Tukijo", "Suroto", "Sukirno", "Kasmuri", "Parmin", "Katiran", "Sadiman", "Wagiman",
        "Legiman", "Samiran", "Suwito", "Darsono", "Tarmuji", "Mulyadi", "Ngatman", "Ponimin", "Kamto", "Misdi",
        "Tumijan", "Supardi", "Sukadi", "Sudarmo", "Pairan", "Suyono", "Jaiman", "Rebo", "Kasdi", "Sarno",
        "Marto", "Karto", "Wasis", "Legi", "Ngadimin", "Sumarno", "Suharto", "Sudarsono", "Juwadi", "Kartolo",
    ),
    "madya": (
        "Slamet", "Sugeng", "Agus", "Joko", "Budi", "Suparman", "Sutrisno", "Bambang", "Wahyudi", "Heru",
        "Teguh", "Sunarto", "Supriyadi", "Eko", "Mujiono", "Edi", "Puji", "Hariyanto", "Gunawan", "Suwarno",
        "Imam", "Purwanto", "Sugianto", "Sutikno", "Mulyono", "Untung", "Subandi", "Ribut", "Darmaji",
        "Sukarji", "Gatot", "Kuswanto", "Nurhadi", "Triyono", "Yatno", "Kusnadi", "Siswanto", "Wiji", "Ponijan",
        "Sumadi", "Sukardi", "Muhadi", "Yudi", "Suyitno", "Tamsir", "Jumari", "Rohmat", "Sukaji", "Sarkowi",
        "Nur",
    ),
    "muda": (
        "Agus", "Eko", "Dwi", "Andi", "Rudi", "Arif", "Deni", "Wahyu", "Yoga", "Fendi", "Rizal", "Hendra",
        "Dedi", "Bagus", "Fajar", "Anang", "Didik", "Dimas", "Dian", "Feri", "Anton", "Adi", "Indra", "Danang",
        "Yudha", "Aris", "Tri", "Muhammad", "Ahmad", "Rendi", "Heri", "Nanang", "Sigit", "Toni", "Khoirul",
    ),
    "baru": (
        "Muhammad", "Rizky", "Dimas", "Aditya", "Bagus", "Fajar", "Ahmad", "Rendi", "Ilham", "Yoga", "Andika",
        "Galih", "Bayu", "Angga", "Farel", "Raka", "Alif", "Zidan", "Reza", "Naufal", "Daffa", "Arya", "Satria",
        "Rafi", "Haikal", "Rizki", "Kevin", "Rangga", "Dafa", "Fikri",
    ),
}
JAWA_L_BELAKANG = {
    "tua": ("Wiryo", "Hadi", "Sastro", "Harjo", "Dimejo", "Pawiro", "Kromo", "Sumarto", "Prawiro", "Atmojo"),
    "madya": (
        "Santoso", "Widodo", "Hartono", "Susanto", "Prasetyo", "Purnomo", "Wibowo", "Setiawan", "Hidayat",
        "Riyadi", "Utomo", "Nugroho", "Raharjo", "Saputro", "Wahyono", "Sulistyo", "Priyono", "Subagyo",
        "Pamungkas", "Hermawan", "Suprapto", "Basuki", "Sugiarto", "Rahmanto",
    ),
    "muda": (
        "Setiawan", "Prasetyo", "Santoso", "Saputro", "Nugroho", "Kurniawan", "Hidayat", "Wijaya", "Susanto",
        "Pratama", "Wicaksono", "Firmansyah", "Hermawan", "Purnomo", "Ardiansyah", "Saputra", "Cahyono",
    ),
    "baru": (
        "Pratama", "Saputra", "Ramadhan", "Firmansyah", "Maulana", "Setiawan", "Kurniawan", "Nugroho",
        "Prasetyo", "Wijaya", "Syahputra", "Alfarizi", "Ardiansyah", "Febrianto", "Septian", "Hidayat",
    ),
}
JAWA_P = {
    "tua": (
        "Sumirah", "Painem", "Kasiyem", "Sainem", "Tukinah", "Juminten", "Wagiyem", "Sukarti", "Ngatini",
        "Tumini", "Poniyem", "Sutini", "Suminah", "Murtini", "Kateni", "Lasmi", "Sarinah", "Legiyem", "Tuginem",
        "Kasmirah", "Sarmi", "Tumirah", "Katmi", "Partinah", "Misinah", "Rukiyah", "Wakiyem", "Paijem",
        "Marsinah", "Karsini", "Ginem", "Jumirah", "Sukini", "Sumiyati", "Parinem", "Mesinem",
    ),
    "madya": (
        "Sri", "Siti", "Sumarni", "Sulastri", "Suminah", "Endang", "Sumiati", "Ngatini", "Wartini", "Partini",
        "Rukmini", "Sukini", "Sriyatun", "Tutik", "Umi", "Sunarti", "Suyati", "Sutini", "Lilik", "Yayuk",
        "Supini", "Katini", "Suwarni", "Tri", "Dwi", "Mujiati", "Suprapti", "Winarti", "Kasmini", "Sumini",
        "Ninik", "Mulyani", "Rini", "Musripah", "Sulami", "Jumiati", "Nur", "Karsini", "Wiji", "Murtini",
    ),
    "muda": (
        "Siti", "Dewi", "Eka", "Dwi", "Tri", "Yuli", "Rina", "Nur", "Novi", "Ika", "Erna", "Desi", "Fitri",
        "Ana", "Indah", "Wulan", "Eni", "Nanik", "Puji", "Umi", "Ayu", "Retno", "Lilis", "Heni", "Yuyun",
        "Nita", "Lina", "Sri", "Anik", "Endah",
    ),
    "baru": (
        "Putri", "Siti", "Ayu", "Dewi", "Nur", "Nadia", "Alya", "Anisa", "Dinda", "Nabila", "Intan", "Aulia",
        "Citra", "Dwi", "Tri", "Novita", "Fitri", "Salsabila", "Zahra", "Aisyah", "Nayla", "Keisya", "Cahya",
        "Laila", "Amelia", "Indah", "Wulan", "Vina",
    ),
}
JAWA_P_BELAKANG = {
    "tua": ("Rahayu", "Lestari", "Ningsih", "Astuti", "Wahyuni", "Suryani", "Hartini", "Mulyani"),
    "madya": (
        "Wahyuni", "Rahayu", "Lestari", "Handayani", "Astuti", "Ningsih", "Wulandari", "Purwanti", "Suryani",
        "Susilowati", "Widayati", "Setyowati", "Rahmawati", "Kusumawati", "Mulyani", "Hartini", "Indrawati",
        "Sulistyowati", "Yuliati", "Utami", "Wijayanti", "Aminah", "Khasanah", "Fatimah",
    ),
    "muda": (
        "Rahmawati", "Wulandari", "Lestari", "Handayani", "Susanti", "Yuliana", "Rahayu", "Kurniawati",
        "Puspitasari", "Agustina", "Fitriani", "Setyaningsih", "Anggraini", "Nurhayati", "Safitri", "Oktaviani",
        "Novitasari", "Maulida",
    ),
    "baru": (
        "Rahmawati", "Lestari", "Amelia", "Safitri", "Maharani", "Oktaviani", "Kartika", "Wulandari",
        "Puspitasari", "Anggraini", "Azzahra", "Ramadhani", "Febriani", "Permatasari", "Fitriani",
        "Khoirunnisa", "Nuraini", "Putri",
    ),
}

# --- Madurese (Sampang, most of Situbondo, Wongsorejo and Muncar in Banyuwangi, pockets in Malang) ---------
# Older Madurese often carry one name; many men's names are Arabic names in Madurese shape (Holil < Khalil,
# Hosen < Husain, Matsari), and Moh./Abd./Fathor open two-word names.
MADURA_L = {
    "tua": (
        "Sahwi", "Marsuki", "Matsari", "Asmuni", "Juhari", "Bukasan", "Sunawi", "Suhri", "Busiri", "Sanawi",
        "Jumali", "Sahid", "Bahrawi", "Satrawi", "Sahnan", "Sukri", "Mistari", "Sanip", "Mukri", "Salim",
        "Misnadi", "Marjuki", "Hasan", "Hosen", "Holil", "Sahri", "Buhari", "Mattasan", "Niwar", "Sarkawi",
        "Moh.", "Abd.",
    ),
    "madya": (
        "Moh.", "Abd.", "Hasan", "Fathor", "Mat", "Holil", "Marsuki", "Busiri", "Suhri", "Badrus", "Juhari",
        "Rasid", "Samsul", "Hairul", "Syaiful", "Jumali", "Sahid", "Asmuni", "Marzuki", "Zainal", "Ma'ruf",
        "Mas'ud", "Hosnan", "Hafid", "Sukri", "Rofik", "Mahfud", "Subairi", "Sanusi", "Ahmad", "Moch.",
        "Muhammad", "Sahrul", "Matsari", "Sanawi", "Abdul",
    ),
    "muda": (
        "Moh.", "Muhammad", "Ahmad", "Abd.", "Hairul", "Syaiful", "Rizal", "Faisal", "Samsul", "Zainul",
        "Badrul", "Nurul", "Fathor", "Imam", "Hasan", "Rofiqi", "Ilham", "Firman", "Abdul", "Moch.", "Fikri",
    ),
    "baru": (
        "Muhammad", "Moh.", "Ahmad", "Abdul", "Rizal", "Faisal", "Fikri", "Ilham", "Firman", "Zainul",
        "Hasan", "Syaiful", "Rofiqi", "Badrul", "Fathur", "Alfin", "Nabil", "Zidan", "Fadil",
    ),
}
MADURA_L_BELAKANG = (
    "Hasan", "Rahman", "Sholeh", "Fauzi", "Arifin", "Hosen", "Ridwan", "Ansori", "Sahri", "Zainuri", "Bahri",
    "Munir", "Hadi", "Rofiq", "Yasin", "Kurdi", "Syafi'i", "Su'ud", "Rofi'i", "Jailani", "Hamdi", "Fadil",
    "Qomar", "Mahmud", "Holik", "Rozi", "Wahid", "Hidayat", "Maulana", "Ali",
)
MADURA_P = {
    "tua": (
        "Maisaroh", "Buati", "Hosna", "Saniyah", "Misnati", "Marwiyah", "Asmani", "Saudah", "Halimah",
        "Sahriyah", "Mistiyah", "Satina", "Suhriyah", "Tijah", "Rasmani", "Sanima", "Muna", "Hanisah",
        "Sunarmi", "Marsiti", "Atika", "Rumlah", "Sumlati", "Siti",
    ),
    "madya": (
        "Siti", "Nur", "Maimunah", "Hosniyah", "Rohmah", "Sumiati", "Holifah", "Musyarofah", "Saniyah",
        "Asmani", "Marwiyah", "Hamidah", "Hatijah", "Juwairiyah", "Salamah", "Rukayyah", "Misnati", "Sunaryah",
        "Fatimah", "Mistiyah", "Saudah", "Halimah", "Rofi'ah", "Ni'mah", "Masru'ah", "Mutmainnah", "Sulaiha",
        "Hosnawiyah", "Suhaimah", "Zaitun",
    ),
    "muda": (
        "Siti", "Nur", "Fitriyah", "Lailatul", "Nurul", "Ummi", "Rofiqoh", "Khoirun", "Aini", "Zahrotul",
        "Holisoh", "Sofiyah", "Faridatul", "Qurrotul", "Fatimatuz", "Musyarofah", "Rohmah", "Hosniyah",
    ),
    "baru": (
        "Siti", "Nur", "Nurul", "Nadia", "Nabila", "Anisa", "Rizka", "Zahrotul", "Lailatul", "Aisyah",
        "Fatimatuz", "Dewi", "Wardatul", "Qurrotul", "Alfiyah", "Intan",
    ),
}
MADURA_P_BELAKANG = (
    "Fatimah", "Aminah", "Hasanah", "Zahro", "Rohmah", "Maryam", "Khotimah", "Sholihah", "Hidayati", "Aisyah",
    "Jamilah", "Nafisah", "Ru'yah", "Hamidah", "Zulaikha", "Mahmudah", "Sa'adah", "Maimunah", "Qomariyah",
    "Jannah", "Fadilah", "Mufidah", "Azizah", "Hidayah", "Wardah", "Munawaroh", "Zahra",
)

# --- Osing (Glagah, Licin, Kabat, Songgon in Banyuwangi) ------------------------------------------------
# Osing given names are close to Javanese ones; these extras are names I associate with Banyuwangi
# villages and are mixed into the Javanese tables for Osing families (no statistics behind them).
OSING_L = ("Sanusi", "Sahuni", "Misradi", "Samsuri", "Sunardi", "Sugiyo", "Sahlan", "Misnadi", "Tarmidi", "Sukib")
OSING_P = ("Temu", "Misti", "Sutinah", "Sahuni", "Asiyah", "Sunarsih", "Mariyam", "Supiyah", "Sumiatun", "Dasiyah")

# --- Arabic-derived names used across all groups by santri families -------------------------------------
ARAB_L = (
    "Ahmad", "Muhammad", "Abdul Ghofur", "Abdullah", "Imam", "Ali", "Umar", "Yusuf", "Ibrahim", "Ismail",
    "Sholeh", "Khoirul Anam", "Mustofa", "Zainuddin", "Syamsul Arifin", "Nur Kholis", "Ali Imron", "Mahmud",
    "Anwar", "Masyhuri", "Syaifuddin", "Hasyim", "Fathurrohman", "Abdurrahman", "Usman", "Ishaq", "Abdul Rozak",
    "Mujib", "Abdul Wahid", "Ahmad Fauzi",
)
ARAB_P = (
    "Siti Aminah", "Fatimah", "Siti Fatimah", "Aisyah", "Khodijah", "Zulaikha", "Nur Hayati", "Siti Maryam",
    "Umi Kulsum", "Siti Mukaromah", "Mustaghfiroh", "Faridah", "Khoiriyah", "Siti Nurjanah", "Zainab", "Rohmah",
    "Lailatul Badriyah", "Siti Musyarofah", "Nurul Hidayah", "Halimatus Sa'diyah", "Nur Aini", "Siti Khotijah",
    "Umi Salamah", "Siti Rohmah", "Anis Fuadah",
)

# Hadhrami family names (Arab-descent kampung in Kota Malang and Situbondo town).
ARAB_MARGA = ("Assegaf", "Alaydrus", "Alhabsyi", "Baswedan", "Bawazier", "Alatas", "Bahmid", "Basalamah", "Aljufri")
ARAB_MARGA_L = ("Ali", "Hasan", "Husein", "Muhammad", "Abdullah", "Umar", "Salim", "Abubakar", "Ahmad", "Faisal")
ARAB_MARGA_P = ("Fatimah", "Aisyah", "Nur", "Zahra", "Khadijah", "Salma", "Maryam", "Sidah", "Muznah")

# --- Chinese-Indonesian (a small share in Kota Malang) --------------------------------------------------
# Born before 1967: a Hokkien name in the Dutch-era spelling; later: an Indonesian given name with a family
# name that keeps the original syllable (Liem -> Halim, Tan -> Tanoto ...).
TIONGHOA_MARGA = ("Tan", "Liem", "Go", "Oei", "Lie", "Kwee", "Tjoa", "The", "Ong", "Gouw")
TIONGHOA_SUKU = ("Swie", "Kiem", "Hwa", "Lan", "Nio", "Hong", "Tjoen", "Ing", "Bing", "Djien", "Gwat", "Sian", "Hok")
TIONGHOA_BARU_L = ("Hendra", "Budi", "Yohanes", "Rudy", "Hendrik", "Wiliam", "Agus", "Tommy", "Johan", "Andreas")
TIONGHOA_BARU_P = ("Lily", "Yuliana", "Linda", "Susan", "Meliana", "Lanny", "Veronika", "Fransiska", "Maria", "Ivana")
TIONGHOA_BELAKANG = ("Halim", "Tanoto", "Gunawan", "Wijaya", "Setiadi", "Kurniawan", "Salim", "Santoso", "Tanjung")

# --- Name forms that vary between documents --------------------------------------------------------------
# Equivalent forms of one name element: the registry holds one, a typed list may hold any other.
# A form ending in "." is an abbreviation (label nama_singkatan); a spelled-out change is nama_varian_ejaan.
FORMS = (
    ("Muhammad", "Mochammad", "Mohammad", "Moch.", "Moh.", "M.", "Muhamad", "Mochamad", "Mohamad", "Muh."),
    ("Abdul", "Abd."),
    ("Ahmad", "Achmad", "Akhmad", "Ach.", "A."),
    ("Siti", "St.", "Sitti"),
    ("Nur", "Nor"),
    ("Fathor", "Fathur", "Fatur"),
)
# How often a typed list holds another form than the registry (per group above), and how likely each form
# is then chosen. Muhammad is written a different way in nearly every document; Siti much less often.
FORM_SWITCH = (0.45, 0.35, 0.3, 0.1, 0.03, 0.3)
FORM_LIST_WEIGHTS = (
    (20, 10, 10, 15, 15, 20, 3, 3, 2, 5),
    (1, 1),
    (10, 6, 2, 2, 3),
    (1, 8, 2),
    (1, 1),
    (3, 3, 1),
)

# Spellings of one name seen side by side in Indonesian documents (any may be in the registry, any typed).
VARIANTS = (
    ("Holifah", "Kholifah", "Cholifah"), ("Hotimah", "Khotimah", "Chotimah"), ("Hatijah", "Khotijah", "Khatijah"),
    ("Holil", "Kholil", "Cholil"), ("Holik", "Kholik", "Cholik"), ("Hairul", "Khairul", "Khoirul", "Choirul"),
    ("Hosen", "Husen", "Husein"), ("Rohmat", "Rahmat", "Rachmat"), ("Rahman", "Rohman", "Rachman"),
    ("Sholeh", "Soleh", "Saleh"), ("Syaiful", "Saiful", "Syaifull"), ("Zainal", "Zaenal", "Jainal"),
    ("Zainul", "Zaenul"), ("Yusuf", "Yusup"), ("Fatimah", "Fatima", "Patimah"), ("Aisyah", "Aisah", "Aisya"),
    ("Syafi'i", "Syafii", "Safi'i", "Sapi'i"), ("Ma'ruf", "Maruf", "Makruf"), ("Mas'ud", "Masud"),
    ("Rofi'ah", "Rofiah", "Ropi'ah"), ("Ni'mah", "Nikmah", "Ni'ma"), ("Hariyanto", "Haryanto"),
    ("Supriyadi", "Supriadi"), ("Riyadi", "Riadi"), ("Sumiati", "Sumiyati"), ("Mujiono", "Mujiyono"),
    ("Musyarofah", "Musarofah", "Musyarrofah"), ("Mutmainnah", "Mutmainah"), ("Juwairiyah", "Juwairiah"),
    ("Hosniyah", "Husniyah", "Hosnia"), ("Qomar", "Komar"), ("Rofiq", "Rofik"), ("Mustofa", "Mustafa"),
    ("Fauzi", "Fauzy"), ("Ansori", "Anshori"), ("Jailani", "Jaelani"), ("Mahfud", "Mahfudz"), ("Hafid", "Hafidz"),
    ("Setiawan", "Setyawan"), ("Setyowati", "Setiowati"), ("Khasanah", "Hasanah", "Chasanah"),
    ("Tutik", "Tuti"), ("Umi", "Ummi"), ("Suyati", "Suyatik"), ("Mulyani", "Muliani"), ("Rohmah", "Rahmah"),
    ("Sahri", "Sahry"), ("Marsuki", "Marsukie", "Marzuki"), ("Hidayati", "Hidayatie"), ("Sulaiha", "Sulaikha"),
    ("Juhari", "Djuhari"), ("Sholihah", "Solihah", "Sholikhah"), ("Zahro", "Zahroh", "Zahra"),
    ("Khodijah", "Hodijah", "Chodijah"), ("Mustaghfiroh", "Mustagfiroh"),
    ("Maimunah", "Maemunah"), ("Rukayyah", "Rukayah", "Rukoyah"), ("Hamidah", "Khamidah"),
    ("Prasetyo", "Prasetya"), ("Santoso", "Santosa"), ("Purnomo", "Purnama"),
    ("Wahyudi", "Wahyudhi"), ("Sugianto", "Sugiyanto"), ("Subairi", "Zubairi"),
    ("Nurhadi", "Nurhadie"), ("Sa'adah", "Saadah", "Sangadah"), ("Ru'yah", "Ruyah"), ("Su'ud", "Suud"),
    ("Rofi'i", "Rofii", "Ropi'i"), ("Wardah", "Wardha"), ("Zulaikha", "Zulaika", "Julaikha"),
)

# Registry weights of the forms above per ethnicity (same order as FORMS' first entry).
MUHAMMAD_WEIGHTS = {
    "jawa": (30, 16, 10, 15, 5, 10, 8, 7, 4, 2),
    "madura": (20, 8, 10, 10, 35, 10, 3, 2, 2, 6),
}

# Hajj and academic titles, as typed.
HAJI_L = ("H.", "H", "Haji", "H.")
HAJI_P = ("Hj.", "Hj", "Hajjah", "Hj.")
GELAR_DEPAN_L = ("Drs.", "Ust.", "KH.", "Ir.")
GELAR_DEPAN_P = ("Dra.", "Ustadzah", "Ny.")
GELAR_BELAKANG = (", S.Pd", " S.Pd", ", S.Pd.I", ", S.E.", ", S.Ag", ", A.Md", " SH", ", S.Sos", ", S.Kep")

# --- Places ----------------------------------------------------------------------------------------------
DUSUN_JAWA = (
    "Krajan", "Kidul", "Lor", "Wetan", "Kulon", "Ngasem", "Sumberejo", "Karanganyar", "Tegalrejo", "Jati",
    "Ngrejo", "Sukorejo", "Gondang", "Ngemplak", "Mulyorejo", "Sidomulyo", "Kalitengah", "Tambakrejo", "Bendo",
    "Dukuh", "Kebonsari", "Tanjungsari", "Sumbersari", "Ngrandu", "Kedungsari", "Pucung", "Jambu", "Gedangan",
    "Kepuh", "Mbangunrejo", "Plosorejo", "Ngadirejo",
)
DUSUN_MADURA = (
    "Krajan", "Dajah", "Laok", "Temor", "Bara'", "Tengah", "Sumber", "Tanjung", "Nangger", "Bringin", "Pandan",
    "Gunung", "Kolla", "Lebak", "Bunot", "Rabasan", "Tambak", "Pakotan", "Somor", "Bates", "Lao' Songai",
    "Dajah Sabe", "Batu Bintang", "Nyior",
)
DUSUN_OSING = (
    "Krajan", "Kampunganyar", "Sukosari", "Delik", "Rembang", "Kopen", "Wetan", "Kulon", "Tengah", "Sumberwangi",
    "Gombolirang", "Lerek", "Kebonsari", "Jambesari",
)
JALAN_MALANG = (
    "Muharto", "Kolonel Sugiono", "Ki Ageng Gribig", "Mayjend Sungkono", "Satsui Tubun", "Janti", "Klayatan",
    "Gadang", "Bandulan", "Kebonsari", "Mergan Lori", "Sukun", "Kemantren", "Arjowinangun", "Tlogowaru",
    "Bumiayu", "Cemorokandang", "Lesanpuro", "Madyopuro", "Wonokoyo", "Kotalama", "Jodipan", "Bandungrejosari",
    "Ciptomulyo", "Tanjungrejo", "Pisang Candi", "Karangbesuki",
)
ROMAWI = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")

# Indonesian month names, full and as Excel in an Indonesian locale abbreviates them.
BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
    "November", "Desember",
)
BULAN_PENDEK = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")

# Keyboard neighbours (QWERTY) for typos.
KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
# fmt: on
