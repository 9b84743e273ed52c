"""Name and place tables for bench/independent7/gen.py.

Every pool is ordered from most to least common (our own judgement); gen.py gives the entries Zipf weights
in that order. Cultures: ``jawa`` (Javanese), ``madura`` (Madurese), ``arab`` (Arab-descended families of
Surabaya's Ampel quarter), ``tionghoa`` (Chinese-Indonesian), ``kristen`` (Christian Javanese and a few
migrants from Eastern Indonesia and North Sumatra). Eras by year of birth: ``old`` < 1960, ``mid`` 1960–1984,
``young`` 1985–2004, ``kid`` >= 2005.

Pools are plain strings: entries separated by ``|`` when any entry has a space, else by whitespace.

The token ``Muhammad``, ``Ahmad``, ``Abdul`` and ``Siti`` in these pools stand for their whole families of
spellings; gen.py picks the spelling written on the KTP (Moch., Moh., M., Achmad, Ach., Abd., St. …).
"""

# --- Javanese -----------------------------------------------------------------------------------------------
JAWA_OLD_M = """
Paiman Sadimin Kasmin Slamet Suparno Sukardi Paijo Ngadimin Sumarno Sukiman Karto Marto Tukimin Parjo Sarmo
Kasiman Warsito Jumadi Sukarno Mulyono Supardi Suyitno Wagiman Saimin Darmo Tarmuji Sumadi Kasdi Sarijo Tumiran
Legiman Ngadiran Kadiran Rakimin Mujiono Sumarji Wakidi Jarwo Kasmani Ponirin Ngadino Parmin Suwito Tasman
Sutrisno Sunarto Darmaji Kasno Mardi Paidi Samijo Ngatiman Rusdi Kamidi Sarno Sukirman Jaiman Mukiran Tarmin
Sardi Wiryo Kasiran Pairin Suradi Katimin Sumo Karmin Sakiran Rebo Kemis Senen"""
JAWA_OLD_F = """
Painem Tukiyem Kasiyem Sumirah Sarmi Poniyem Tumini Ngatini Suminah Sukarti Kasinah Jumini Paitun Sainem Wakiyem
Ginem Ngatmi Katiyem Sarinah Rukini Warsini Sumiyati Kamisah Tuginem Parinem Karsinah Kasmini Sriyatun Tumirah
Musrini Markamah Juminten Lasmi Sumi Mujiati Ngatiyem Samini Legiyem Partiyem Sukinah Mesinah Tarmi Sutinah
Yatmi Suyatmi Sainah Kartinah Jaminah Rasmi Karsini Katinem Suwarti Wagini Ponijah Sarminah Kaminah Darmi
Tukinah Sumilah Paini"""
JAWA_OLD_TAIL = "Wiryo Sastro Karto Atmo Kromo Diharjo Pawiro Dikromo Wiyono Taruno Setro Rejo Redjo Dimejo"
JAWA_MID_M = """
Slamet Sutrisno Suyanto Sugeng Supriyadi Suparman Sumarno Sunarto Sujono Wahyudi Sukirno Purwanto Subagyo
Sugiarto Teguh Warsito Kusnadi Gunawan Mulyadi Suwarno Hariyanto Suroso Sutikno Pujianto Jumadi Suharto
Kasiyanto Sunardi Suprapto Mujiono Sukadi Mariyono Darmanto Suwandi Sugianto Haryono Wiyono Triyono Sartono
Suyono Sumadi Sutejo Nurhadi Marjuki Kasmanto Parno Gimin Katno Rohadi Sudarto Sanusi Nursalim Suwaji"""
JAWA_MID_M_FIRST = "Agus Eko Joko Budi Bambang Heru Didik Dwi Tri Edi Imam Rudi Sri Hadi Yanto Muji Wiji Anang"
JAWA_MID_M_SECOND = """
Santoso Susilo Prasetyo Setiawan Wibowo Purnomo Hidayat Sutrisno Riyadi Wahyudi Hartono Kurniawan Suprapto
Susanto Sulistyo Cahyono Pranoto Utomo Widodo Sugiarto Supriyanto Wahono Prayitno Raharjo Siswanto Mulyono
Santosa Hariadi Purwanto Nugroho"""
JAWA_MID_F = """
Suwarni Sumiati Sulastri Yuliati Sriatun Marsini Suprapti Sunarsih Sutini Ernawati Kartini Sumarni Rukmini
Sumarmi Kasmiatun Mariyati Juwariyah Mukminah Sukarmi Partini Astutik Suparmi Sumiyatun Wartini Sriyani Suharti
Lilik Eni Yayuk Nanik Anik Ninik Tutik Ismiatun Suyati Katmini Sarmini Wiwik Sulami Nurhayati Setyowati Wahyuni
Murtini Jumiati Rumini Sujiati Purwati Musriah"""
JAWA_MID_F_FIRST = "Sri Siti Dwi Tri Endang Nur Puji Eka Umi Ninik"
JAWA_MID_F_SECOND = """
Wahyuni Rahayu Lestari Aminah Mulyani Handayani Astuti Susilowati Utami Fatimah Wahyuningsih Sulistyowati
Purwanti Ningsih Rahmawati Hartatik Suryani Rohmah Maryati Sundari Indarti Winarsih Sumarsih Hidayati Astutik
Nurhayati Khotijah Muslimah Kusnul Mukaromah"""
JAWA_YOUNG_M = """
Rizal Andik Aris Fajar Yusuf Arif Anang Angga Bayu Yoga Wahyu Adi Rendi Ilham Dedi Hendra Andi Dani Feri Heri
Rudi Rohman Imron Fauzi Syaiful Saiful Nanang Mamat Taufik Hasan Ridwan Miftahul Lukman Zainal Irfan Ferdi Yudi
Agung Romadhon Sholikin"""
JAWA_YOUNG_M_FIRST = "Muhammad Ahmad Dwi Eko Tri Agus Nur Abdul Andi Rizki Dedi"
JAWA_YOUNG_M_SECOND = """
Fauzi Kurniawan Setiawan Prasetyo Hidayat Saputra Arifin Santoso Wahyudi Cahyono Rohman Huda Anwar Fadholi
Iskandar Hariyanto Ramadhan Hakim Mustofa Sholeh Kholik Mubarok Efendi Nugroho Firmansyah"""
JAWA_YOUNG_F = """
Wahyuni Fitriani Novitasari Yuliana Lestari Susanti Rahmawati Mariana Indah Wulan Rika Vivin Novi Ika Lilis Mega
Rini Diah Yuni Lina Evi Ana Dewi Anik Ernawati Puspita Nurul Umi Nining"""
JAWA_YOUNG_F_FIRST = "Siti Dewi Nur Sri Dwi Eka Ika Dian Rina Lailatul Nurul Anis Ani Yuli Uswatun Fitri"
JAWA_YOUNG_F_SECOND = """
Safitri Hidayati Novitasari Fitriyah Lestari Rahayu Wulandari Astutik Mutmainah Hasanah Khoiriyah Susanti Fuadah
Puspitasari Anggraini Kurniawati Handayani Fatmawati Ningsih Maulidah Rohmah Muawanah Agustina Sholikhah
Zulaikha"""
KID_M_FIRST = "Muhammad Ahmad Aditya Farel Dimas Rafi Alfin Bagas Fikri Daffa Arkan Zidan Rehan Galang Rizky Dafa Raka"
KID_M_SECOND = """
Rizky Ramadhan Pratama Putra Saputra Alfarizi Maulana Firmansyah Akbar Hidayatullah Fadhil Alfian Ardiansyah
Zaki Rafa Abdillah Nugraha Wijaya Al Fatih"""
KID_F_FIRST = "Nabila Keysha Aisyah Zaskia Alya Salsabila Nayla Adinda Cinta Syifa Khansa Putri Naura Azkia Kayla"
KID_F_SECOND = """
Azzahra Aulia Putri Ramadhani Aurelia Nur Safitri Anindya Khairunnisa Zahira Febriani Maharani Oktaviani
Salsabila Humaira Fitriani"""

# --- Islamic names shared by Javanese and Madurese Muslims ---------------------------------------------------
ISLAM_M = """
Abdul Rohman|Ahmad Fauzi|Abdul Karim|Ali|Hasan|Yusuf|Ismail|Sholeh|Imron|Kholil|Zainal Arifin|Samsul Arifin
|Nur Kholis|Mashuri|Mustofa|Masykur|Sodikin|Rohmat|Abdul Ghofur|Abdul Aziz|Husein|Ibrahim|Imam Syafi'i|Jalil
|Lukman|Hamid|Mahmud|Ma'ruf|Mukhlis|Munir|Rifa'i|Ridwan|Sulaiman|Syamsul Huda|Thohir|Ubaidillah|Wahid|Yasin
|Zainuddin|Zubaidi|Muhammad Sholeh|Muhammad Yasin|Muhammad Ali|Ahmad Syafi'i|Abdullah"""
ISLAM_F = """
Aminah|Fatimah|Khotijah|Maimunah|Aisyah|Maryam|Halimah|Zainab|Rohmah|Hasanah|Mukaromah|Munawaroh|Khoiriyah
|Masruroh|Mutmainah|Rofi'ah|Nafisah|Salamah|Sholihah|Umi Kulsum|Ummu Hani'|Zulaikha|Qomariyah
|Lailatul Badriyah|Kusnul Khotimah|Nur Hayati|Nur Aini|Nurul Hidayah|Siti Aminah|Siti Fatimah|Siti Khotijah
|Siti Maimunah|Siti Rohmah|Siti Aisyah|Siti Maryam|Siti Muawanah|Siti Zulaikha"""

# --- Madurese -----------------------------------------------------------------------------------------------
MADURA_OLD_M = """
Sahri Marsuki Mattali Hosnan Busiri Sahur Rasid Jumali Sadin Asmawi Hamzah Satrawi Marsidin Mu'min Sunhaji Tohir
Misdin Suhri Hadi Holil Bukhori Samsuri Marzuki Rawi Sahlan Matrawi Sukri Bahri Salam Juhari Ramli Sanimo
Mattasan Sudin Muri Buhari Tamar Ruslan Sarkawi Asnawi Matsari Subai Sahid Rusdi Mahfud Sa'ad Hadori Marsaid
Sunarto Satuki"""
MADURA_MAT = "Juri Saleh Rasid Sahri Hasan Ali Rawi Tali Sari Ruji Holil Toyyib"
MADURA_OLD_F = """
Misnah Maryam Halimah Rohmah Sutiyah Busani Hosniyah Sumaiyah Marwiyah Fatimah Hatijah Holifah Salamah Rofi'ah
Mu'awanah Asiyah Tijah Sunaiyah Jumaiyah Satima Masruhah Suhartin Saniyah Ruqayyah Sariyah Murtiyah Markoyah
Sahwiyah Mistiya Muhsinah Hasinah Hamsiyah Sunarti Saudah Salbiyah Sumaniya Asmani Misyati Sukarti Nasiyah
Marhamah"""
MADURA_MID_M = """
Hosnan|Abdul Rahem|Ahmad|Muhammad Sholeh|Samsul Arifin|Suhairi|Abdullah|Hairul|Muhammad Ali|Syaiful
|Muhammad Yasin|Matrawi|Ismail|Nur Hasan|Rofiqi|Fathorrahman|Hasan Basri|Sukandar|Muhammad Toyyib|Mashuri
|Subairi|Musleh|Ahmad Fauzi|Fathol|Sukri|Holili|Ahmad Junaidi|Muhammad Sahri|Musahwan|Abdul Wahid
|Muhammad Ramli|Abdul Kadir|Ahmad Baidowi|Muhammad Hasan|Nurul Huda|Sahrawi|Mat Jusuf|Rahmat|Hafid|Sahrul
|Abdul Mu'in|Muhammad Kholil|Syamsul|Fathurrosi|Badrus Sholeh"""
MADURA_MID_F = """
Siti Aisyah|Nur Hasanah|Hasanah|Sumarlik|Khotijah|Rahmawati|Hamidah|Mariyam|Siti Maimunah|Suhartatik|Aminatun
|Lailatul Qomariyah|Munira|Samsiyah|Faridah|Hoirun Nisa'|Nurul Hidayati|Ummu Hani'|Siti Rahmah|Siti Hotijah
|Sumiyati|Mardiyah|Rukayyah|Masturah|Fatimatus Zahroh|Sulihah|Asma|Rusmiyati|Saniyah|Rohimah|Holilah|Nur Laila
|Jamilah|Sahriyah|Mutmainnah|Hosnawiyah"""
MADURA_YOUNG_M = """
Muhammad Rofiki|Ahmad Fauzan|Abdul Rasyid|Muhammad Farid|Fathorrozi|Zainul Arifin|Khoirul Anam|Ahmad Rifa'i
|Muhammad Syafi'i|Hafidz|Iqbal|Muhammad Faisol|Abdul Wafi|Muhammad Ridwan|Nurul Hadi|Jakfar|Sahrul|Ahmad Zaini
|Muhammad Hosen|Fauzi|Rofiqi|Muhammad Imam|Syaiful Bahri|Ahmad Sufyan|Abdur Rahman|Muhammad Rizal
|Muhammad Hamdan|Ainul Yaqin|Hasbullah"""
MADURA_YOUNG_F = """
Nurul Qomariyah|Fitriyah|Siti Romlah|Hasanatul Fitriyah|Siti Nur Aini|Lailatul Badriyah|Ainur Rahmah|Holisotun
|Ummi Hanik|Fatimatus Zahro|Nurul Lailiyah|Siti Nurhasanah|Rofiqoh|Nur Azizah|Siti Maisaroh|Halimatus Sa'diyah
|Ika Yuliana|Nurul Hikmah|Musyarrofah|Siti Holifah|Mas'udah|Badriyah|Sofiyah|Khusnul Khotimah|Zainab"""
MADURA_KID_M = """
Muhammad Alfarizi|Ahmad Zidan|Muhammad Rizqi|Faiz|Azka|Rafa|Zaki|Arsyad|Muhammad Hafis|Ahmad Fahri
|Abdullah Fakih|Muhammad Aqil|Ahmad Rafi'i|Muhammad Nabil|Haikal"""
MADURA_KID_F = """
Nayla|Azizah|Zahrotul Jannah|Salwa|Aisyah|Naila Zahira|Fatimatuz Zahro|Nabila|Alya Zahra|Siti Khumairoh
|Nurul Fadilah|Aqila|Laila Hanifah|Syarifah"""

# --- Arab-descended (Surabaya, Ampel) ------------------------------------------------------------------------
ARAB_M = "Ali Hasan Husein Umar Abdullah Muhammad Salim Ahmad Said Alwi Hamid Faisal Zein Mustafa Abdul Kadir Hadi"
ARAB_F = "Fatimah Aisyah Khadijah Syarifah Nur Salma Maryam Zahra Lulu Rugayah Sechah Aminah Nadia Fauziah"
ARAB_FAM = """
Assegaf|Alatas|Alaydrus|Al Habsyi|Baswedan|Bahasuan|Basalamah|Baraja|Bafagih|Al Katiri|Martak|Bawazier|Jawas
|Alhamid|Bin Thalib|Assagaf|Bamasaq"""

# --- Chinese-Indonesian --------------------------------------------------------------------------------------
TIONGHOA_OLD_M = "Tan Swie Liong|Liem Bun Hok|Oei Hok San|The Kiem Tjoan|Kwee Tjing Hwa|Go Tjong Gie|Lie Kian Hoo"
TIONGHOA_OLD_F = "Liem Giok Nio|The Siok Lan|Tan Lie Hwa|Oei Swie Tjin|Kwik Mei Lan|Lie Sioe Giok|Go Hwie Nio"
TIONGHOA_M = "Hendra Budi Sutanto Gunawan Teddy Yohanes Hari Johan Andreas Lukas Tjahjadi Rudy Wawan Ferry Susanto"
TIONGHOA_F = "Linda Lanny Susan Lily Meliana Yuliana Fransiska Megawati Sulistiani Veronika Mariani Erna"
TIONGHOA_SUR = "Wijaya Halim Gunawan Kusuma Santoso Tanujaya Hartono Salim Setiawan Tanoto Widjaja Limanto Sugiharto"

# --- Christian (Javanese Catholics/Protestants, and migrants) ------------------------------------------------
KRISTEN_BAPTIS_M = "Yohanes Petrus Paulus Stefanus Agustinus Markus Yosef Ignatius Antonius Fransiskus Yakobus"
KRISTEN_BAPTIS_F = "Maria Theresia Yuliana Agnes Magdalena Veronika Katarina Elisabeth Christina Anastasia Lusia"
KRISTEN_MIGRAN_M = "Jhonson Simanjuntak|Yance Manuputty|Robert Sihombing|Frans Lewerissa|Marthen Ndolu"
KRISTEN_MIGRAN_F = "Rosmawati Siregar|Yosephina Manuhutu|Rosalina Nainggolan|Ester Lewerissa|Debora Tefa"

# --- Places --------------------------------------------------------------------------------------------------
DUSUN_JAWA = """
Krajan|Krajan Lor|Krajan Kidul|Ngasem|Sumber|Sumberejo|Kedungsari|Ngemplak|Tegalsari|Wates|Jati|Jatisari
|Karanganyar|Gondang|Mojo|Sidomulyo|Ngrejo|Kauman|Banaran|Nglebak|Glagah|Watugede|Pucung|Ngelo|Dukuh|Gunung
|Tambak|Kalen|Sumbersari|Bendo|Ngablak|Pule|Ngampel|Klampok|Kulon|Wetan|Plosorejo|Tanggungan|Ngrowo|Sambirejo
|Ngepeh|Watukarung|Tlogo|Gebang"""
DUSUN_MADURA = """
Krajan|Lembung|Tengah|Barat|Timur|Laok|Dajah|Temor|Bara'|Tanjung|Morleke|Jeruk|Somor|Leke|Polay|Rabah|Gunong
|Bulu|Pakong|Tengginah|Bataan|Panggung|Congkop|Baratan|Duko|Pancor|Nangger|Tobalang|Sumber Batu|Bilaporah|Gili
|Lebak|Kajuanak"""
SURABAYA_STREET_SUFFIX = "Lor|Wetan|Kidul|Baru|Tengah|Timur|Barat|Indah|Utara|Dalam"
