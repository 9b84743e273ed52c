#!/usr/bin/env python3
"""Independent evaluation set for person matching: registry + facilitator list + ground truth.

Written from general knowledge of East Java names and Indonesian civil registration only, without
reading the matcher or the project's other generators.  Pure stdlib; deterministic for a seed.

    python bench/independent/gen.py [--out-dir bench/data/independent] [--registry-rows 100000]
                                    [--list-rows 3000] [--seed 7]

Writes registry.csv, list.csv, truth.csv and summary.json (label counts) into --out-dir.
See README.md next to this file for the error model.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import datetime as dt
import gzip
import importlib.resources
import json
import os
import random
import re
import sys
import time
from collections import Counter, defaultdict

REF = dt.date(2025, 11, 1)  # snapshot date: ages are computed against it
EXCEL_EPOCH = dt.date(1899, 12, 30)

# --------------------------------------------------------------------------------------------
# Name vocabulary.  Pools are ranked: earlier entries are more common (Zipf-like weights), so
# frequent names recur inside a village the way "Siti Aminah" or "Slamet" do.  "_" joins words of
# one entry.  Placeholders Muhammad / Ahmad / Abdul / Siti are realised per person (MOCH., MOH., ...).
# --------------------------------------------------------------------------------------------


class Pool:
    __slots__ = ("items", "cum")

    def __init__(self, text: str, expo: float = 0.45):
        self.items = [w.replace("_", " ") for w in text.split()]
        acc, cum = 0.0, []
        for i in range(len(self.items)):
            acc += 1.0 / (i + 1) ** expo
            cum.append(acc)
        self.cum = cum

    def pick(self, rng: random.Random) -> str:
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.cum[-1])]


P = Pool
# --- Javanese ---
JM_OLD = P(
    "Slamet Sumadi Paimin Sarimin Poniman Wagiman Kasiman Tukiman Ngadimin Paidi Suparno Sukiman "
    "Sumarno Sugiono Suyitno Karjo Kasmun Marijan Sarijo Tarmuji Legiman Wakidi Jumadi Mujiono "
    "Sudiro Samiran Tumijan Kusnan Subari Sunarto Sukardi Mulyono Sudarsono Yatmo Kasno Misdi "
    "Mukiran Ngatimin Suroso Suyatno Supardi Sumardi Suwito Prapto Sujono Sudarmo Sutrisno "
    "Suwarno Joko Cipto Kartono Parto Rebo Kliwon Darmo Harjo Karsono Senen Jayus Paijo Kemis "
    "Sarno Wiryo Sastro Kromo"
)
JM_OLD2 = P(
    "Riyadi Sutrisno Wiyono Hadi Santoso Wiryono Sudarmo Sumarto Hartono Suwignyo Prawiro "
    "Atmojo Pranoto Siswoyo Sucipto Raharjo"
)
JM_PRE = P("Karto Sastro Harjo Wiryo Darmo Kromo Atmo Joyo Mangun Reso Dipo Cipto Marto Parto")
JM_SUF = P("diharjo wiyono sentono wiryo dimejo sudarmo pawiro suwito rejo sumarto semito dikromo", expo=0.5)
JM_MID = P(
    "Bambang Sugeng Teguh Heru Slamet Sutrisno Suyanto Purwanto Hariyanto Supriyadi Sunaryo "
    "Sugianto Widodo Priyono Rudi Edi Kuswanto Subagyo Haryono Gatot Sigit Didik Totok Wawan "
    "Sukirno Suwandi Mulyadi Imam Agus Budi Eko Hadi Joko Wahyu Dedi Yudi Anang Kasiono "
    "Mujianto Suprapto Budiono Sulistyo Nurhadi Ponidi Sukadi"
)
JM_MID1 = P(
    "Agus Budi Eko Dwi Tri Joko Heru Wahyu Hadi Bambang Didik Edi Catur Rudi Arif Bayu Hari Puji Andi Dedy Hendro"
)
JM_MID2 = P(
    "Santoso Prasetyo Setiawan Susilo Widodo Nugroho Purnomo Wibowo Hartono Suryanto Kurniawan "
    "Riyanto Sulistyo Handoko Mulyono Saputro Utomo Cahyono Pranoto Siswanto Irawan Hermawan "
    "Wahyudi Hidayat Firmansyah Budiman Gunawan Sugiarto Susanto"
)
JM_Y1 = P(
    "Adi Dimas Rizky Bayu Aditya Fajar Galih Yoga Andika Dani Rendy Farhan Arya Ilham Bagas Dafa "
    "Rafi Alvin Reza Angga Dwi Eko Tri Wahyu Agung Febri Dicky Ferdi"
)
JM_Y2 = P(
    "Pratama Saputra Setiawan Prasetyo Ramadhan Kurniawan Nugraha Firmansyah Wicaksono Hidayat "
    "Putra Maulana Aditya Santoso Wijaya Permana Syahputra Hermawan Prakoso Ardiansyah"
)
JM_K1 = P(
    "Arkan Rafa Alif Azka Naufal Raffa Kenzie Athar Zidan Fathan Devano Gibran Abimanyu Rizky "
    "Arsya Elvano Dzaky Raka Bima Satria"
)
JM_K2 = P(
    "Al_Fatih Pratama Ramadhan Alfarizi Putra Wijaya Arsyad Maulana Akbar Saputra Atharrazka "
    "Alfarezel Dirgantara Prasetya"
)
JF_OLD = P(
    "Sumiati Painem Tukinem Sarinah Ngatini Sulastri Suparmi Tumini Kasinah Paijem Sukinah "
    "Poniyem Sumirah Ngatemi Wagini Tarmi Legiyem Saminah Sutini Partini Suyati Warsini Karsini "
    "Kartini Sumarni Suwarni Jumini Katemi Mukinah Sriyati Tumirah Kasmini Sainem Ginem Marsini "
    "Sukarti Tuminah Sumiyati Juminten Kamiyem Sarmi Yatini Suminah Wartini Rasmi Sumini "
    "Suyatmi Tukiyem Miskiyah"
)
JF_MID1 = P(
    "Sri Tri Dwi Endang Puji Eny Rina Ninik Lilik Yuni Nanik Tutik Wiwik Dyah Retno Sih Umi "
    "Yayuk Anik Susi Erna Heni Ika Eka"
)
JF_MID2 = P(
    "Wahyuni Rahayu Lestari Utami Astuti Hartini Mulyani Suryani Handayani Wulandari Setyowati "
    "Purwaningsih Ningsih Susanti Rahmawati Kurniasih Sulistyowati Winarti Sundari Nurhayati "
    "Indrawati Kusumawati Yuliati Sugiarti Pujiati Widayati Haryati Suprihatin Ernawati "
    "Sulistiani"
)
JF_MID = P(
    "Sulastri Sumarni Suprapti Ernawati Kusmiati Yuliati Suwarti Sugiarti Pujiati Tumini Sutini "
    "Endang Ninik Wiwik Suharti Sumiyati Ngatiyem Rukmini Winarsih Suciati Jumiati Rusmini "
    "Sunarsih Sulasmi Musripah Siswati Parmi Suwanti"
)
JF_Y1 = P(
    "Putri Dewi Ayu Nabila Anisa Intan Fitri Indah Dinda Aulia Nadia Rara Della Novita Eka Wulan "
    "Mega Citra Ratna Yuni Dian Lia Vina Tika Desi Rina Sinta Dwi Tri Nur"
)
JF_Y2 = P(
    "Lestari Rahmawati Wulandari Safitri Anggraini Permatasari Puspitasari Pratiwi Cahyani "
    "Kusuma Maharani Ramadhani Oktaviani Febriani Kartika Novitasari Setyaningsih Rahayu "
    "Handayani Agustina Kurniawati Wahyuningsih Purnamasari"
)
JF_K1 = P(
    "Aisyah Alya Keisha Nayla Zahra Naura Azzahra Kirana Adiba Syifa Khanza Almira Arsyila "
    "Nadhira Queensha Aqila Shakila Anindya Cahaya Kayla"
)
JF_K2 = P(
    "Putri Azzahra Ramadhani Az_Zahra Nur_Fadilah Salsabila Khairunnisa Aulia Maharani Anindita "
    "Kirania Zahira Humaira Anggraini"
)
# --- Madurese ---
MM_OLD = P(
    "Matrawi Sahwi Bukari Subaidi Misnadin Sanuri Marsuki Busiri Rasid Asmuni Marzuki Holil "
    "Hosnan Mahrus Sukri Jumali Sahari Salamet Ma'ruf Munawi Rahwi Juhari Mistar Nasir Saleh "
    "Sapi'i Hasyim Samsuri Mahmud Durahman Durasim Marwi Sahlan Mukri Tohari Busri Jufri Sa'dun "
    "Hamzah Su'ud Mattali Bunadi Sanimo Rawi Sahid Hasan Usman Mistari Sumo"
)
MM_PFX = P("Muhammad Mat Abdul")
MM_OLD2 = P("Sahri Holil Rasid Saleh Hasan Tohir Jalil Kusen Rahem Sukur")
MM_MID1 = P("Muhammad Ahmad Abdul Mat Nur")
MM_MID2 = P(
    "Hasan Sahri Holil Sholeh Jufri Kholik Rasyid Rahem Faruk Syaiful Hairul Mahfud Rofi'i "
    "Sahlan Zaini Hosen Saleh Nawawi Ridwan Fauzi Hafid Rosi Hadi Syafi'i Kurdi Salam Munir "
    "Zubairi Tohir Sujai"
)
MM_MID = P(
    "Sahrul Suhairi Matsuri Bahrawi Mashuri Hairi Mistari Subaidi Fathorrahman Fathorrozi "
    "Holilurrahman Hafidzi Mursidi Syamsul Hosnan Sunadi Marsuki Samsuri Taufik Hairul Misrawi "
    "Bahri Jamaluddin Zainuddin Sulaiman Badrus Muhlis Mahfud"
)
MM_Y1 = P("Muhammad Ahmad Abdul")
MM_Y2 = P(
    "Fauzan Iqbal Rizki Syafi'i Hafid Fadil Zainul_Arifin Wildan Ainul_Yaqin Faruq Hasbullah "
    "Rofiqi Hasan Faisol Zainuri Basri Hafidz Sholehuddin Khoirul_Umam"
)
MM_Y = P(
    "Ilham Rizal Wildan Fadli Saiful Fathorrosi Holilullah Suhaimi Rofiqi Ainur_Rofiq Nur_Hasan "
    "Faisol Fauzi Lutfi Badrus Sholeh Hairul_Anam Fathorrahman Mahrus Hasanuddin"
)
MM_K2 = P("Al_Fatih Fauzan Rafa Zidan Alfarizi Ibrahim Arsyad Azka Hafidz Hamzah Zaki Rifqi")
MF_OLD = P(
    "Halimah Hosniyah Masruroh Misnati Rohmah Munawaroh Hotijah Sumaiyah Juma'ati Sakdiyah "
    "Hamidah Mistiyah Marsiyah Sa'adah Sulaiha Marwiyah Satiyah Sittiyah Maimunah Maryam Asiyah "
    "Hatijah Saniyah Marhamah Patimah Rumlah Mistani Mu'minah Marlia Sahriyah Hosnawiyah "
    "Suhriyah Ruqayyah Jumaiyah Salmah"
)
MF_MID1 = P("Siti Nur Umi")
MF_MID2 = P(
    "Aisyah Maryam Hosniyah Hasanah Romlah Kulsum Hotimah Fatimah Holifah Rahmah Zainab "
    "Halimah Sa'diyah Khotijah Rofiqoh Maimunah Hamidah"
)
MF_MID = P(
    "Holifah Hosnawiyah Faridah Rofiqoh Mutmainnah Sulaihah Hafsah Mahmudah Hamidah Zubaidah "
    "Su'aidah Mas'udah Rusmiyati Nurhayati Suhartini Mardiyah Jamilah Fauziyah Hasanah Qomariyah "
    "Rosidah Sofiyah Lailatul_Qodriyah Nurul_Hasanah Ummi_Kulsum Hafifah Romlah "
    "Zahrotul_Jannah"
)
MF_Y = P(
    "Nurul_Hidayah Lailatul_Fitriyah Ainun_Jariyah Siti_Nur_Halizah Hoirun_Nisa' "
    "Faizatul_Hasanah Ummi_Hani' Nur_Laili Wardatul_Jannah Fatimatus_Zahro Lutfiyah Mufidah "
    "Nurul_Qomariyah Siti_Fatimah Rofiatul_Adawiyah Ainul_Mardiyah Nur_Aini Dewi_Sholihah "
    "Lailatul_Badriyah Ainur_Rohmah Khoirun_Nisa Nur_Afifah Siti_Aisyah Anisatul_Fitriyah "
    "Holisatun"
)
MF_K = P(
    "Aisyah Nayla_Azzahra Zahra Syifa Humairoh Khanza Nailah Azizah Alya_Nur_Fadilah Nurul_Aini "
    "Zahrotul_Aini Aqila Naila Fatimah_Azzahra Salsabila Hilyatul_Aulia Aisyah_Humaira"
)
# --- Arabic-derived (santri) names, all of East Java ---
AM_OLD = P(
    "Kasan Kusen Abdul_Kadir Muhammad_Toha Muhammad_Rosyid Ahmad_Dahlan Choiri Zaenuri Mochtar "
    "Jamaludin Syamsuri Zubair Muhammad_Sholeh Jasuli Sulaiman Dahlan Bisri Mahfudz Sukron "
    "Abdul_Manan Abdul_Rochim Muhammad_Ilyas Ahmad_Sanusi Imam_Nawawi Kholil Asy'ari "
    "Abdul_Jalil Fadlan Ridwan Syafi'i Mukhlas Rohmat Thohir Ngabdullah Marzuki Abdul_Rozak "
    "Muhammad_Yasin Ahmad_Zaini"
)
AM_PFX = P("Muhammad Ahmad")
AM_MID2 = P(
    "Choirul_Anam Nur_Hasan Khoirul_Huda Mas'ud Syaifullah Fathurrohman Imam_Syafi'i "
    "Zainal_Arifin Nurul_Huda Lukman_Hakim Ali_Mashar Abdullah Rofiq Zainuddin Masrukhin "
    "Mustofa Sholikhin Ridwan Arifin Fauzi Syamsul_Hadi Ma'ruf Munir Nasrullah Basori Kholil "
    "Rahmat_Hidayat Nur_Kholis Nur_Salim Mahfud Yusuf Ilyas Solichin Zainul_Abidin Hasyim "
    "Anshori Faizin Taufiq Chusaini"
)
AM_MID = P(
    "Abdul_Ghofur Abdul_Rozak Abdul_Rohman Abdul_Wahid Abdul_Kholiq Nur_Hasan Choirul_Anam "
    "Khoirul_Huda Syaifullah Fathurrohman Imam_Syafi'i Zainal_Arifin Nurul_Huda Lukman_Hakim "
    "Masrukhin Mustofa Sholikhin Ridwan Arifin Fauzi Syamsul_Hadi Ma'ruf Munir Nasrullah Rohmat "
    "Kholilurrohman Miftahul_Huda Samsul_Arifin Nur_Kholis Imam_Bukhori Abdul_Aziz Muchlisin "
    "Mukhlis Ainur_Rofiq Hasan_Basri Nur_Ali Ali_Imron Umar_Faruq Asrori Anwar Sholeh"
)
AM_Y2 = P(
    "Rizki Faiz Iqbal Rifqi Fahmi Ainur_Rofiq Nur_Rohman Alfan Hanif Naufal Syahrul Fadhil "
    "Miftahul_Ulum Ulil_Albab Farid Hisyam Zaki Haikal Fikri Irfan Wildan Khoirul_Umam"
)
AM_Y = P(
    "Fahmi Irfan Syahrul_Ramadhan Miftahul_Ulum Ulil_Albab Hisyam Khoirul_Umam Fikri_Haikal "
    "Zainul_Muttaqin Nur_Hidayat Abdul_Malik Lutfi_Hakim Rizal_Fahmi Alfian_Nur Imam_Maulana "
    "Fauzan_Azima Ahmad_Fauzi"
)
AM_K2 = P(
    "Al_Fatih Fathan Zayyan Azka Arkan Rafif Hafidz Ibrahim Yusuf Hamzah Umar Zidan Alfarizqi Abqori Raffasya Shaka"
)
AF_OLD = P(
    "Siti_Aminah Siti_Fatimah Siti_Khotijah Siti_Romlah Siti_Maryam Khotimah Chalimah Rukayah "
    "Zaenab Munawaroh Maisaroh Juwariyah Sofiyah Mariyam Aminah Fatimah Muslimah Siti_Zubaidah "
    "Asiyah Umi_Kulsum Musyarofah Sholikhah Rohmah Maimunah Siti_Zulaikha Mukaromah Kholifah "
    "Siti_Aisyah Jariyah Muzayanah Zulaikha Romlah Sa'adah"
)
AF_MID1 = P("Siti Nur Umi")
AF_MID2 = P(
    "Aminah Fatimah Romlah Khoiriyah Maesaroh Muslimah Mariyam Kholifah Zubaidah Asiyah "
    "Nurhayati Mutmainah Rohmah Hidayah Chotimah Aini Laila Khasanah Rofiah Muawanah Zulaikha "
    "Kholisoh Fauziyah Jamilah"
)
AF_MID = P(
    "Chusnul_Chotimah Khusnul_Khotimah Nur_Aini Umi_Kulsum Khotimah Mutmainah "
    "Lailatul_Fitriyah Nurul_Hidayah Rofiah Zulaikha Musyarofah Anik_Mahmudah Nur_Kholifah "
    "Sholikhah Rohmatul_Ummah Ummu_Hanik Muslikhah Nur_Laila Siti_Nurhayati Nurul_Khasanah "
    "Lailatul_Mukaromah Mahmudah Nurul_Aini Nur_Hidayati Fatimatuz_Zahro Lilik_Masruroh "
    "Anik_Muawanah"
)
AF_Y = P(
    "Nur_Azizah Nurul_Izzah Lailatul_Maghfiroh Anisatul_Mufarrohah Fitrotul_Laili "
    "Siti_Nur_Azizah Dewi_Masitoh Nur_Hasanah Ulfa_Khoirunnisa Khoirun_Nisa' Fatimatus_Zahro "
    "Nailatul_Izzah Amalia_Rahmah Alfi_Nur_Laili Lailatul_Qodriyah Ummu_Salamah Zakiyatul_Fitri "
    "Hanik_Rosyidah Nurul_Fadilah Siti_Munawaroh Wardatul_Jannah Mazidatul_Husna"
)
AF_K = P(
    "Aisyah Fatimah_Azzahra Khadijah Hafsah Humaira Azzahra Syakila Naila_Salsabila "
    "Zahratul_Jannah Nayla_Fitri Hilya Qonita Khanza_Aulia Aqila_Azzahra Nafisa Zalfa "
    "Annisa_Rahma Rahma_Aulia Nabila_Zahra Syifa_Aulia"
)
# compound Arabic-derived names are built from two parts (Lailatul + Maghfiroh, Miftahul + Ulum)
AFY1 = P(
    "Nur Nurul Lailatul Siti Anisatul Fitrotul Ulfa Khoirun Fatimatus Nailatul Amalia Zakiyatul "
    "Hanik Wardatul Mazidatul Dewi Ainun Faizatul Rofiatul Ainur Lutfiatul Ummi Rif'atul Zuhrotul "
    "Mamluatul Durrotun Izzatul Nikmatul Robiatul"
)
AFY2 = P(
    "Azizah Izzah Maghfiroh Mufarrohah Laili Hasanah Khoirunnisa Nisa' Zahro Rahmah Qodriyah Salamah "
    "Fitri Rosyidah Fadilah Munawaroh Jannah Husna Hidayah Fitriyah Jariyah Hani' Qomariyah Adawiyah "
    "Mardiyah Sholihah Badriyah Rohmah Afifah Aisyah Masitoh Ulya Mubarokah Karimah Khasanah "
    "Nafisah Mukarromah"
)
AMY1 = P(
    "Ainur Miftahul Ulil Khoirul Zainul Nur Syaiful Fathul Bahrul Imam Rizal Lutfi Alfian Ahmad "
    "Nurul Mohammad Abdul Fahrur Misbahul Syamsul Ubaidillah Faiqul Ridwan"
)
AMY2 = P(
    "Rofiq Ulum Albab Umam Muttaqin Hidayat Huda Anam Arifin Hakim Maulana Fahmi Fauzi Mubarok Ihsan "
    "Rohman Alim Amin Munir Falah Rozi Kholiq Rizqi Wafa Habibi Mustofa Ghofur"
)

# --- Christian (Javanese Catholic / Protestant: Malang, Kediri, Jombang, Surabaya) ---
KM_B = P(
    "Yohanes Petrus Paulus Yakobus Agustinus Antonius Fransiskus Stefanus Yosef Markus Daniel "
    "Samuel Yulius Andreas Matius Timotius Yosua Gabriel Mikael Benediktus Ignatius Robertus"
)
KF_B = P(
    "Maria Theresia Fransiska Elisabeth Kristina Yohana Magdalena Veronika Agnes Debora Marta Rut "
    "Natalia Yuliana Monika Katarina Lidia Ester Sarah Priska Cecilia"
)
KM_K2 = P("Pratama Putra Wijaya Saputra Kristian Immanuel Bintang Abimanyu Nathanael")
KF_K2 = P("Natalia Grace Angelica Christina Agatha Clara Gracia Felicia Anugrah")
# --- Chinese-Indonesian: (old clan name, Indonesianised family name) per family ---
CN_FAM = [
    ("Tan", "Tanoto"),
    ("Tan", "Tanujaya"),
    ("Lie", "Liman"),
    ("Lie", "Lianto"),
    ("Oei", "Wijaya"),
    ("Oei", "Wibisono"),
    ("Liem", "Halim"),
    ("Liem", "Salim"),
    ("Kwee", "Kusuma"),
    ("Kwee", "Gunawan"),
    ("Go", "Gozali"),
    ("Go", "Gunawan"),
    ("Ong", "Onggo"),
    ("Ong", "Wongso"),
    ("The", "Tedja"),
    ("Tjoa", "Chandra"),
    ("Sie", "Sugiharto"),
    ("Ang", "Angkasa"),
    ("Khoe", "Kurniawan"),
    ("Njoo", "Nugraha"),
    ("Tjan", "Tjandra"),
    ("Oey", "Setiawan"),
    ("Kho", "Santoso"),
    ("Liauw", "Lukito"),
]
CM_OLD = P(
    "Hok_Liong Swie_King Kiem_Hoa Tjing_Hwa Soen_Hok Djien_Liang Ing_Tjoe Kok_Liang Boen_Tjong "
    "Tiong_Hwie Siang_Ho Tek_Bie Kian_Hong Ping_An",
    expo=0.4,
)
CF_OLD = P("Giok_Lan Siok_Hwa Bie_Lan Kim_Nio Lian_Nio Swan_Nio Hwie_Lan Kiem_Lien Giok_Nio Siu_Lan Mei_Hwa", expo=0.4)
CM_MID = P(
    "Hendra Susanto Budi Yohanes Hartono Rudy Tommy Handoko Sugiarto Herman Wahyudi Ferry "
    "Teddy Hendrik Johan Benny Wilson Anton Eddy",
    expo=0.5,
)
CF_MID = P(
    "Linda Lanny Yuliana Lily Melly Susi Meilani Lenny Fransisca Debby Liana Mira Winda Yenny "
    "Herlina Ratna Sandra Shinta Diana Vivi Kristin",
    expo=0.5,
)
CM_Y = P(
    "Kevin Steven Jonathan Michael Vincent William Felix Hendry Andrew Ricky Ivan Jason Calvin "
    "Evan Nicholas Ryan Kenzo Nathan Darren",
    expo=0.5,
)
CF_Y = P(
    "Michelle Jessica Stephanie Felicia Angelina Cindy Natasha Clarissa Jennifer Grace Vania "
    "Olivia Sherly Priscilla Cynthia Monica Chloe Audrey Valencia Evelyn",
    expo=0.5,
)

# (group, sex, era) -> [(weight, (pools...))]; era: old < 1965 <= mid < 1993 <= young < 2010 <= kid
SPEC = {
    ("jawa", "L", "old"): [(0.62, (JM_OLD,)), (0.22, (JM_OLD, JM_OLD2)), (0.16, "compound")],
    ("jawa", "L", "mid"): [(0.45, (JM_MID,)), (0.55, (JM_MID1, JM_MID2))],
    ("jawa", "L", "young"): [(0.8, (JM_Y1, JM_Y2)), (0.2, (JM_Y1,))],
    ("jawa", "L", "kid"): [(0.75, (JM_K1, JM_K2)), (0.25, (JM_K1, JM_K1, JM_K2))],
    ("jawa", "P", "old"): [(0.85, (JF_OLD,)), (0.15, (P("Sri Siti"), JF_OLD))],
    ("jawa", "P", "mid"): [(0.45, (JF_MID,)), (0.55, (JF_MID1, JF_MID2))],
    ("jawa", "P", "young"): [(0.8, (JF_Y1, JF_Y2)), (0.2, (JF_Y1,))],
    ("jawa", "P", "kid"): [(0.75, (JF_K1, JF_K2)), (0.25, (JF_K1, JF_K1, JF_K2))],
    ("madura", "L", "old"): [(0.72, (MM_OLD,)), (0.28, (MM_PFX, MM_OLD2))],
    ("madura", "L", "mid"): [(0.55, (MM_MID1, MM_MID2)), (0.45, (MM_MID,))],
    ("madura", "L", "young"): [(0.45, (MM_Y1, MM_Y2)), (0.3, (MM_Y,)), (0.25, (AMY1, AMY2))],
    ("madura", "L", "kid"): [(0.6, (MM_Y1, MM_K2)), (0.15, (MM_K2,)), (0.25, (AMY1, AMY2))],
    ("madura", "P", "old"): [(0.7, (MF_OLD,)), (0.3, (P("Siti"), MF_OLD))],
    ("madura", "P", "mid"): [(0.45, (MF_MID1, MF_MID2)), (0.55, (MF_MID,))],
    ("madura", "P", "young"): [(0.4, (MF_Y,)), (0.15, (MF_MID1, MF_MID2)), (0.45, (AFY1, AFY2))],
    ("madura", "P", "kid"): [(0.35, (MF_K,)), (0.35, (MF_K, JF_K2)), (0.3, (AFY1, AFY2))],
    ("arab", "L", "old"): [(1.0, (AM_OLD,))],
    ("arab", "L", "mid"): [(0.45, (AM_PFX, AM_MID2)), (0.55, (AM_MID,))],
    ("arab", "L", "young"): [(0.35, (AM_PFX, AM_Y2)), (0.15, (AM_Y,)), (0.15, (AM_Y2, JM_Y2)), (0.35, (AMY1, AMY2))],
    ("arab", "L", "kid"): [(0.5, (AM_PFX, AM_K2)), (0.2, (AM_K2,)), (0.3, (AMY1, AMY2))],
    ("arab", "P", "old"): [(1.0, (AF_OLD,))],
    ("arab", "P", "mid"): [(0.45, (AF_MID1, AF_MID2)), (0.35, (AF_MID,)), (0.2, (AFY1, AFY2))],
    ("arab", "P", "young"): [(0.3, (AF_Y,)), (0.15, (AF_MID1, JF_Y2)), (0.55, (AFY1, AFY2))],
    ("arab", "P", "kid"): [(0.35, (AF_K,)), (0.35, (AF_K, JF_K2)), (0.3, (AFY1, AFY2))],
    ("kristen", "L", "old"): [(0.8, (KM_B, JM_OLD)), (0.2, (JM_OLD,))],
    ("kristen", "L", "mid"): [(0.8, (KM_B, JM_MID)), (0.2, (JM_MID1, JM_MID2))],
    ("kristen", "L", "young"): [(0.8, (KM_B, JM_Y2)), (0.2, (JM_Y1, JM_Y2))],
    ("kristen", "L", "kid"): [(1.0, (KM_B, KM_K2))],
    ("kristen", "P", "old"): [(0.8, (KF_B, JF_OLD)), (0.2, (JF_OLD,))],
    ("kristen", "P", "mid"): [(0.8, (KF_B, JF_MID)), (0.2, (JF_MID1, JF_MID2))],
    ("kristen", "P", "young"): [(0.8, (KF_B, JF_Y2)), (0.2, (JF_Y1, JF_Y2))],
    ("kristen", "P", "kid"): [(1.0, (KF_B, KF_K2))],
}

# Muhammad / Ahmad / Abdul / Siti as written on a KTP, and as a clerk may retype them.
MUH_FORMS_REG = {
    "madura": [
        ("MOH.", 30),
        ("MOH", 6),
        ("MUHAMMAD", 14),
        ("MOHAMMAD", 10),
        ("MOCH.", 6),
        ("M.", 10),
        ("MUHAMAD", 6),
        ("MOHAMAD", 8),
        ("MOCHAMMAD", 5),
        ("MOHAMMAD", 5),
    ],
    "other": [
        ("MUHAMMAD", 22),
        ("MOCHAMAD", 12),
        ("MOCHAMMAD", 12),
        ("MOCH.", 15),
        ("MOH.", 8),
        ("MUHAMAD", 8),
        ("MOHAMMAD", 7),
        ("M.", 10),
        ("MOCH", 3),
        ("MUCH.", 3),
    ],
}
MUH_ALL = [
    "MUHAMMAD",
    "MUHAMAD",
    "MOHAMMAD",
    "MOHAMAD",
    "MOCHAMMAD",
    "MOCHAMAD",
    "MOCH.",
    "MOCH",
    "MOH.",
    "MOH",
    "M.",
    "MUCH.",
    "MUKHAMMAD",
    "MHD.",
    "MUHAMMAD",
]
AHMAD_REG = {
    "madura": [("AHMAD", 35), ("ACHMAD", 25), ("ACH.", 30), ("AKHMAD", 10)],
    "other": [("AHMAD", 45), ("ACHMAD", 35), ("AKHMAD", 8), ("ACH.", 12)],
}
AHMAD_ALL = ["AHMAD", "ACHMAD", "AKHMAD", "ACH.", "AHMAT", "ACHMAT"]
ABDUL_ALL = ["ABDUL", "ABD.", "ABD", "ABDOEL"]
SITI_ALL = ["SITI", "SITTI", "ST.", "SITTIE"]
MUH_SET = {x.rstrip(".") for x in MUH_ALL}
AHMAD_SET = {x.rstrip(".") for x in AHMAD_ALL}
ABDUL_SET = {x.rstrip(".") for x in ABDUL_ALL}
SITI_SET = {x.rstrip(".") for x in SITI_ALL}

DUSUN_JAWA = P(
    "Krajan Krajan_Lor Krajan_Kidul Kidul Lor Wetan Kulon Tengah Ngemplak Ngasem Bendo "
    "Sumberejo Karangrejo Sidomulyo Sukorejo Tegalrejo Kedungrejo Jatirejo Gondang Ngrandu "
    "Banaran Doko Petung Mlaten Sambirejo Sumbersari Tanjungsari Wonorejo Karanganyar "
    "Kebonsari Tambakrejo Ringinanom Ngadirejo Pandansari Sumberagung Klagen Sono Dukuh "
    "Pucung",
    expo=0.6,
)
DUSUN_MADURA = P(
    "Laok Daja Temor Bara' Tengah Krajan Tengginah Lembung Bunut Nangger Somber Paseser "
    "Gunung Lebak Pakong Tambak Duko Morleke Karang_Anyar Dhalem Barat Timur Utara Selatan "
    "Tanjung Pangpajung Berkongan",
    expo=0.6,
)
STREETS = P(
    "Kenanga Melati Mawar Anggrek Cempaka Flamboyan Teratai Dahlia Kamboja Sawo Mangga Nangka "
    "Jambu Durian Kelapa Pahlawan Diponegoro Sudirman Gajah_Mada Hayam_Wuruk Ahmad_Yani Kartini "
    "Veteran Merdeka Kauman Pesantren Masjid Raya Rajawali Kutilang Cendrawasih Merpati Garuda "
    "Semeru Bromo Arjuno Kawi Welirang Brantas",
    expo=0.3,
)
BIG_CITIES = [
    "SURABAYA",
    "MALANG",
    "JAKARTA",
    "SIDOARJO",
    "JEMBER",
    "KEDIRI",
    "BANYUWANGI",
    "BANDUNG",
    "SEMARANG",
    "DENPASAR",
]

# Cultural zones of East Java: which kabupaten, and the mix of naming traditions.
ZONES = [
    (
        "madura",
        0.22,
        ["35.26", "35.27", "35.28", "35.29"],
        {"madura": 62, "arab": 36, "jawa": 1.5, "cina": 0.3, "kristen": 0.2},
    ),
    (
        "tapalkuda",
        0.30,
        ["35.08", "35.09", "35.10", "35.11", "35.12", "35.13", "35.14"],
        {"madura": 34, "arab": 32, "jawa": 30, "cina": 1, "kristen": 1},
    ),
    (
        "mataraman",
        0.26,
        ["35.01", "35.02", "35.03", "35.04", "35.05", "35.06", "35.18", "35.19", "35.20", "35.21"],
        {"jawa": 58, "arab": 32, "kristen": 4, "cina": 1, "madura": 2},
    ),
    (
        "arek",
        0.22,
        ["35.07", "35.15", "35.16", "35.17", "35.22", "35.23", "35.24", "35.25", "35.73", "35.78"],
        {"jawa": 48, "arab": 34, "kristen": 6, "cina": 2, "madura": 5},
    ),
]

REL_HEAD, REL_WIFE, REL_CHILD = "Kepala Keluarga", "Istri", "Anak"
REL_INLAW, REL_GRAND, REL_PARENT, REL_PARENT_IL, REL_OTHER = ("Menantu", "Cucu", "Orang Tua", "Mertua", "Famili Lain")


class Choice:
    """A fixed weighted choice, precomputed (the hot paths draw it ~10^5 times)."""

    __slots__ = ("items", "cum")

    def __init__(self, pairs):
        self.items = [a for a, _ in pairs]
        acc, self.cum = 0.0, []
        for _, w in pairs:
            acc += w
            self.cum.append(acc)

    def __call__(self, rng: random.Random):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.cum[-1])]


_WC: dict = {}


def wchoice(rng, pairs):
    """Weighted choice from [(item, weight)]; tables are cached by their content."""
    key = tuple(pairs)
    c = _WC.get(key)
    if c is None:
        c = _WC[key] = Choice(pairs)
    return c(rng)


def era_of(year: int) -> str:
    return "old" if year < 1965 else "mid" if year < 1993 else "young" if year < 2010 else "kid"


def age_on(dob: dt.date, ref: dt.date = REF) -> int:
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def rand_dob(rng, age_years: int) -> dt.date:
    """A birth date giving exactly this age on REF."""
    hi = dt.date(REF.year - age_years, REF.month, REF.day)
    lo = dt.date(REF.year - age_years - 1, REF.month, REF.day) + dt.timedelta(days=1)
    return lo + dt.timedelta(days=rng.randrange((hi - lo).days + 1))


def undot(code: str) -> str:
    return code.replace(".", "")


# --------------------------------------------------------------------------------------------
# Old spelling (Ejaan Van Ophuijsen / Soewandi) as kept on the papers of people born before ~1970.
# --------------------------------------------------------------------------------------------


def oldify(s: str, rules: set) -> str:
    out, i, n = [], 0, len(s)
    while i < n:
        two = s[i : i + 2]
        if two in ("CH", "NG"):
            out.append(two)
            i += 2
            continue
        if two == "KH" and "ch" in rules:
            out.append("CH")
            i += 2
            continue
        if two == "SY" and "sj" in rules:
            out.append("SJ")
            i += 2
            continue
        if two == "NY" and "j" in rules:
            out.append("NJ")
            i += 2
            continue
        c = s[i]
        if c == "U" and "oe" in rules:
            out.append("OE")
        elif c == "J" and "dj" in rules:
            out.append("DJ")
        elif c == "Y" and "j" in rules:
            out.append("J")
        elif c == "C" and "tj" in rules:
            out.append("TJ")
        else:
            out.append(c)
        i += 1
    return "".join(out)


# --------------------------------------------------------------------------------------------
# Model objects
# --------------------------------------------------------------------------------------------


class Person:
    __slots__ = (
        "pid",
        "hh",
        "nik",
        "base",
        "reg",
        "sex",
        "dob",
        "tempat",
        "rel",
        "group",
        "father",
        "mother",
        "husband",
        "forms",
        "oldrules",
        "title",
        "zone",
        "in_registry",
    )

    def __init__(self):
        self.mother = None
        self.husband = None
        self.father = None
        self.title = ""
        self.in_registry = True


class Household:
    __slots__ = ("hid", "kk", "kk_date", "desa", "dusun", "rt", "rw", "alamat", "desil", "members", "group", "cn_fam")


class Desa:
    __slots__ = (
        "code",
        "name",
        "kec",
        "kab",
        "kabname",
        "zone",
        "eth",
        "urban",
        "dusun",
        "streets",
        "rwmap",
        "persons",
        "households",
        "covered",
        "reg_style",
    )


# --------------------------------------------------------------------------------------------
# Generator
# --------------------------------------------------------------------------------------------


class Gen:
    def __init__(self, seed: int, registry_rows: int, list_rows: int):
        self.rng = random.Random(seed)  # noqa: S311 - reproducible test data, not security
        self.registry_rows = registry_rows
        self.list_rows = list_rows
        self.used_nik: set[str] = set()
        self.used_kk: set[str] = set()
        self.used_pid: set[str] = set()
        self.used_hid: set[str] = set()
        self._load_regions()

    # ---------------- regions ----------------
    def _load_regions(self):
        data = importlib.resources.files("lokal").joinpath("data")
        desa = json.loads(gzip.decompress(data.joinpath("desa.json.gz").read_bytes()))
        wil = json.loads(gzip.decompress(data.joinpath("wilayah.json.gz").read_bytes()))
        self.kabname = {}
        self.kec_all: dict[str, list[str]] = defaultdict(list)  # kab -> kecamatan codes
        self.desa_by_kec: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for k, v in wil.items():
            if k.startswith("35.") and len(k) == 5:
                self.kabname[k] = re.sub(r"^(Kabupaten|Kota)\s+", "", v).upper()
        for code, name in desa.items():
            if code.startswith("35."):
                kec = code[:8]
                self.desa_by_kec[kec].append((code, name))
        for kec in sorted(self.desa_by_kec):
            self.kec_all[kec[:5]].append(kec)
            self.desa_by_kec[kec].sort()
        self.all_kec = sorted(self.desa_by_kec)

    def _choose_coverage(self):
        rng = self.rng
        n_desa = max(4, round(self.registry_rows / 1500))
        self.desas: list[Desa] = []
        self.desa_by_code: dict[str, Desa] = {}
        self.uncovered_by_kec: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for zname, share, kabs, eth in ZONES:
            quota = max(1, round(n_desa * share))
            kab = rng.choice(kabs)
            kecs = list(self.kec_all[kab])
            rng.shuffle(kecs)
            taken = 0
            for kec in kecs:
                if taken >= quota:
                    break
                dlist = self.desa_by_kec[kec]
                k = max(1, min(len(dlist), round(len(dlist) * rng.uniform(0.55, 0.8)), quota - taken))
                chosen = set(c for c, _ in rng.sample(dlist, k))
                for code, name in dlist:
                    if code in chosen:
                        self.desas.append(self._make_desa(code, name, kec, kab, zname, eth))
                        taken += 1
                    else:
                        self.uncovered_by_kec[kec].append((code, name))
        for d in self.desas:
            self.desa_by_code[d.code] = d

    def _make_desa(self, code, name, kec, kab, zname, eth) -> Desa:
        rng = self.rng
        d = Desa()
        d.code, d.name, d.kec, d.kab, d.zone = code, name, kec, kab, zname
        d.kabname = self.kabname[kab]
        d.eth = dict(eth)
        d.urban = code[9] == "1" or kab >= "35.71"
        if d.urban:  # towns: more Chinese-Indonesian and Christian households
            d.eth["cina"] = d.eth.get("cina", 0) * 1.5 + 1
            d.eth["kristen"] = d.eth.get("kristen", 0) * 1.5 + 1
        d.covered = True
        pool = DUSUN_MADURA if zname == "madura" else DUSUN_JAWA
        if zname == "tapalkuda" and rng.random() < 0.5:
            pool = DUSUN_MADURA
        names, want = [], rng.randint(3, 7)
        while len(names) < want:
            x = pool.pick(rng)
            if x not in names:
                names.append(x)
        d.dusun = names
        d.streets = sorted({STREETS.pick(rng) for _ in range(rng.randint(6, 12))})
        # RW numbers per dusun (1-2 each, sequential), RT numbers per RW (2-6, sequential per desa)
        rwmap, rw, rt = {}, 0, 0
        for nm in names:
            lst = []
            for _ in range(rng.choice((1, 1, 2))):
                rw += 1
                rts = []
                for _ in range(rng.randint(2, 6)):
                    rt += 1
                    rts.append(rt)
                lst.append((rw, rts))
            rwmap[nm] = lst
        d.rwmap = rwmap
        d.reg_style = wchoice(
            rng, [("DUSUN {}", 45), ("DSN. {}", 20), ("DSN {}", 10), ("{}", 15), ("DUSUN {} DESA " + name.upper(), 10)]
        )
        d.persons, d.households = [], []
        return d

    # ---------------- identifiers ----------------
    def new_pid(self) -> str:
        while True:
            x = str(self.rng.randrange(100_000_000, 999_999_999))
            if x not in self.used_pid:
                self.used_pid.add(x)
                return x

    def new_hid(self) -> str:
        while True:
            x = str(self.rng.randrange(10_000_000, 99_999_999))
            if x not in self.used_hid:
                self.used_hid.add(x)
                return x

    def make_nik(self, kec6: str, dob: dt.date, sex: str, avoid_serials=()) -> str:
        rng = self.rng
        day = dob.day + (40 if sex == "P" else 0)
        mid = f"{kec6}{day:02d}{dob.month:02d}{dob.year % 100:02d}"
        for _ in range(200):
            r = rng.random()
            serial = rng.randint(1, 9) if r < 0.65 else rng.randint(10, 99) if r < 0.93 else rng.randint(100, 999)
            nik = f"{mid}{serial:04d}"
            if nik not in self.used_nik and serial not in avoid_serials:
                self.used_nik.add(nik)
                return nik
        for serial in range(1000, 10000):
            nik = f"{mid}{serial:04d}"
            if nik not in self.used_nik:
                self.used_nik.add(nik)
                return nik
        raise RuntimeError("NIK space exhausted")

    def make_kk(self, kec6: str, earliest: dt.date, latest: dt.date = dt.date(2025, 9, 30)) -> tuple[str, dt.date]:
        rng = self.rng
        lo = max(earliest, dt.date(2006, 1, 2))
        if lo > latest:
            lo = latest
        for _ in range(200):
            d = lo + dt.timedelta(days=rng.randrange((latest - lo).days + 1))
            serial = rng.randint(1, 400) if rng.random() < 0.8 else rng.randint(401, 9999)
            kk = f"{kec6}{d.day:02d}{d.month:02d}{d.year % 100:02d}{serial:04d}"
            if kk not in self.used_kk:
                self.used_kk.add(kk)
                return kk, d
        raise RuntimeError("KK space exhausted")

    def other_kec(self, d: Desa, same_kab: bool) -> str:
        rng = self.rng
        if same_kab:
            ks = [k for k in self.kec_all[d.kab] if k != d.kec]
            if ks:
                return rng.choice(ks)
        return rng.choice(self.all_kec)

    # ---------------- names ----------------
    def base_name(self, group: str, sex: str, year: int, cn_fam=None) -> str:
        rng = self.rng
        era = era_of(year)
        if group == "cina":
            old_sur, new_sur = cn_fam
            if era == "old" and rng.random() < 0.55:
                return f"{old_sur} {(CM_OLD if sex == 'L' else CF_OLD).pick(rng)}"
            pool = {("L", "old"): CM_MID, ("L", "mid"): CM_MID, ("P", "old"): CF_MID, ("P", "mid"): CF_MID}
            given = pool.get((sex, era)) or (CM_Y if sex == "L" else CF_Y)
            return given.pick(rng) + (f" {new_sur}" if rng.random() < 0.75 else "")
        spec = SPEC[(group, sex, era)]
        pattern = wchoice(rng, [(p, w) for w, p in spec])
        if pattern == "compound":
            return JM_PRE.pick(rng) + JM_SUF.pick(rng)
        toks = []
        for pool in pattern:
            x = pool.pick(rng)
            for _ in range(4):  # no "Fatimah Azzahra Az Zahra", no "Ahmad Ahmad"
                if not toks or x.replace(" ", "").upper() not in "".join(toks).replace(" ", "").upper():
                    break
                x = pool.pick(rng)
            toks.append(x)
        name = " ".join(toks)
        # never "Ahmad Ahmad Fauzi": drop an immediate duplicate word
        words = name.split()
        ded = [w for i, w in enumerate(words) if i == 0 or w != words[i - 1]]
        return " ".join(ded)

    def realize(self, p: Person, modern: bool = False) -> str:
        """The name as written on the person's KTP / KK (upper case)."""
        toks = p.base.upper().split()
        out = []
        for i, t in enumerate(toks):
            last = i == len(toks) - 1
            if t == "MUHAMMAD" and not last:
                out.append(p.forms["muh"])
            elif t == "AHMAD" and not last:
                out.append(p.forms["ahmad"])
            elif t == "ABDUL" and not last:
                out.append(p.forms["abdul"])
            elif t == "SITI" and not last:
                out.append(p.forms["siti"])
            else:
                out.append(t if modern or not p.oldrules else oldify(t, p.oldrules))
        s = " ".join(out)
        if p.title and not modern:
            s = f"{p.title} {s}"
        return s

    def init_person(
        self, hh: Household, d: Desa, sex: str, dob: dt.date, rel: str, group: str, nik_kec: str | None = None
    ) -> Person:
        rng = self.rng
        p = Person()
        p.pid = self.new_pid()
        p.hh, p.sex, p.dob, p.rel, p.group, p.zone = hh, sex, dob, rel, group, d.zone
        p.base = self.base_name(group, sex, dob.year, hh.cn_fam if group == "cina" else None)
        z = "madura" if d.zone == "madura" else "other"
        p.forms = {
            "muh": wchoice(rng, MUH_FORMS_REG[z]),
            "ahmad": wchoice(rng, AHMAD_REG[z]),
            "abdul": wchoice(rng, [("ABDUL", 70), ("ABD.", 25), ("ABD", 5)]),
            "siti": wchoice(
                rng, [("SITI", 55 if z == "madura" else 93), ("SITTI", 42 if z == "madura" else 4), ("ST.", 3)]
            ),
        }
        p.oldrules = set()
        if group in ("jawa", "arab", "kristen", "madura"):
            y = dob.year
            prob = 0.75 if y < 1950 else 0.6 if y < 1960 else 0.4 if y < 1966 else 0.15 if y < 1972 else 0
            if group == "madura":
                prob *= 0.5
            if rng.random() < prob:
                for rule, q in (("oe", 0.95), ("dj", 0.8), ("j", 0.7), ("tj", 0.9), ("sj", 0.7), ("ch", 0.6)):
                    if rng.random() < q:
                        p.oldrules.add(rule)
        if group in ("arab", "madura", "jawa") and age_on(dob) > 50 and rng.random() < 0.03:
            p.title = "H." if sex == "L" else "HJ."
        p.reg = self.realize(p)
        # NIK: kecamatan of first registration (mostly where they live now)
        kec6 = undot(nik_kec or d.kec)
        nikdate = dob
        if rng.random() < 0.02:  # NIK date differs a little from the recorded birth date
            nikdate = dob + dt.timedelta(days=rng.choice((-1, 1)) * rng.randint(1, 60))
            if nikdate >= REF:
                nikdate = dob
        p.nik = self.make_nik(kec6, nikdate, sex)
        # birth place
        r = rng.random()
        kabname = self.kabname.get(f"{kec6[:2]}.{kec6[2:4]}", d.kabname)
        if r < 0.80:
            p.tempat = kabname
        elif r < 0.87:
            p.tempat = d.name.upper()
        elif r < 0.95:
            p.tempat = self.kabname[rng.choice(sorted(self.kabname))]
        else:
            p.tempat = rng.choice(BIG_CITIES)
        return p

    # ---------------- households ----------------
    def _dob_default(self, dob: dt.date) -> dt.date:
        """Older people often carry a default birth date (the real one was never recorded)."""
        if dob.year < 1960 and self.rng.random() < 0.18:
            m, dd = wchoice(self.rng, [((7, 1), 40), ((12, 31), 35), ((1, 1), 25)])
            return dt.date(dob.year, m, dd)
        return dob

    def _adult_dob(self, lo: int, hi: int) -> dt.date:
        return self._dob_default(rand_dob(self.rng, self.rng.randint(lo, hi)))

    def make_household(self, d: Desa) -> Household:
        rng = self.rng
        hh = Household()
        hh.hid = self.new_hid()
        hh.desa = d
        hh.members = []
        group = wchoice(rng, sorted(d.eth.items()))
        hh.group = group
        hh.cn_fam = rng.choice(CN_FAM) if group == "cina" else None
        if d.urban:
            st = rng.choice(d.streets)
            hh.dusun = st
            gang = ""
            if rng.random() < 0.35:
                gang = f" GG. {rng.choice(['I', 'II', 'III', 'IV', 'V', '1', '2', '3', '4'])}"
            hh.alamat = f"JL. {st.upper()}{gang} NO. {rng.randint(1, 120)}"
        else:
            hh.dusun = rng.choice(d.dusun)
            hh.alamat = d.reg_style.format(hh.dusun.upper())
        rw, rts = rng.choice(d.rwmap[rng.choice(d.dusun)] if d.urban else d.rwmap[hh.dusun])
        hh.rw, hh.rt = rw, rng.choice(rts)
        desil_w = (17, 16, 14, 13, 11, 9, 8, 6, 4, 2)
        hh.desil = wchoice(rng, [(i, w) for i, w in zip(range(1, 11), desil_w, strict=True)])

        def member_group(parent_group):
            if parent_group in ("cina", "kristen"):
                return parent_group
            if rng.random() < 0.7:
                return parent_group
            return wchoice(rng, [(g, w) for g, w in sorted(d.eth.items()) if g not in ("cina", "kristen")])

        def add(sex, dob, rel, grp, nik_kec=None):
            p = self.init_person(hh, d, sex, dob, rel, grp, nik_kec)
            hh.members.append(p)
            return p

        def inmarried_kec():
            r = rng.random()
            if r < 0.78:
                return None
            return self.other_kec(d, same_kab=r < 0.93)

        def children(mother, father_p, father_name, n, max_age=None):
            kids = []
            if mother is None:
                return kids
                # no mother recorded: children of a widower handled by caller
            mage = age_on(mother.dob)
            hi_mab = min(44, mage)
            lo_mab = 18 if max_age is None else max(18, mage - max_age)
            if hi_mab < lo_mab:
                return kids
            # mother's age at each birth, siblings at least ~1.5 years apart
            mab = rng.uniform(lo_mab, min(hi_mab, lo_mab + 10))
            for _ in range(n):
                if mab > hi_mab + 0.99:
                    break
                cdob = mother.dob + dt.timedelta(days=int(mab * 365.25) + rng.randint(0, 200))
                if cdob >= REF:
                    break
                sex = rng.choice("LP")
                c = add(sex, cdob, REL_CHILD, member_group(hh.group))
                c.mother = mother
                c.father = father_p.reg if father_p else father_name
                kids.append(c)
                mab += rng.uniform(1.5, 6)
            return kids

        def invented_father(grp, year):
            fake = Person()
            fake.base = self.base_name(grp if grp != "kristen" else "jawa", "L", year, hh.cn_fam)
            return fake.base.upper()

        kind = wchoice(
            rng,
            [
                ("nuclear", 50),
                ("nuclear_elder", 7),
                ("extended", 6),
                ("elder_couple", 9),
                ("widow", 14),
                ("widow_alone", 6),
                ("widower", 3),
                ("single", 2),
                ("husband_away", 3),
            ],
        )

        def nkids():
            return wchoice(rng, [(0, 8), (1, 25), (2, 33), (3, 20), (4, 9), (5, 5)])

        if kind in ("nuclear", "nuclear_elder", "elder_couple", "extended"):
            lo, hi = {"nuclear": (23, 68), "nuclear_elder": (28, 58), "elder_couple": (60, 88), "extended": (50, 78)}[
                kind
            ]
            head = add("L", self._adult_dob(lo, hi), REL_HEAD, hh.group)
            hage = age_on(head.dob)
            wage = max(18, hage - wchoice(rng, [(-2, 5), (0, 15), (2, 25), (4, 25), (7, 20), (12, 10)]))
            wife = add("P", self._adult_dob(wage, wage), REL_WIFE, member_group(hh.group), inmarried_kec())
            wife.husband = head.reg
            head.father = invented_father(head.group, head.dob.year - 28)
            wife.father = invented_father(wife.group, wife.dob.year - 28)
            if kind == "nuclear":
                children(wife, head, None, nkids(), max_age=30)
            elif kind == "nuclear_elder":
                children(wife, head, None, nkids(), max_age=25)
                base_p = head if rng.random() < 0.6 else wife
                page = min(95, age_on(base_p.dob) + rng.randint(22, 36))
                rel = REL_PARENT if base_p is head else REL_PARENT_IL
                par = add(
                    "P" if rng.random() < 0.8 else "L",
                    self._adult_dob(page, page),
                    rel,
                    base_p.group,
                    self.other_kec(d, True) if rng.random() < 0.15 else None,
                )
                par.father = invented_father(par.group, par.dob.year - 28)
                if par.sex == "P":
                    par.husband = invented_father(par.group, par.dob.year - 3)
            elif kind == "elder_couple":
                if rng.random() < 0.3:
                    add(
                        rng.choice("LP"), rand_dob(rng, rng.randint(3, 17)), REL_GRAND, member_group(hh.group)
                    ).father = invented_father(hh.group, 1990)
            else:  # extended: married child + spouse + grandchildren, maybe unmarried children
                kids = children(wife, head, None, 1 + rng.randint(0, 2), max_age=None)
                married = [k for k in kids if age_on(k.dob) >= 20]
                if married:
                    mc = married[0]
                    sp_sex = "P" if mc.sex == "L" else "L"
                    sp_age = age_on(mc.dob) + rng.randint(-4, 4)
                    sp = add(sp_sex, rand_dob(rng, max(18, sp_age)), REL_INLAW, member_group(hh.group), inmarried_kec())
                    sp.father = invented_father(sp.group, sp.dob.year - 28)
                    mother, father = (mc, sp) if mc.sex == "P" else (sp, mc)
                    mother.husband = father.reg
                    for c in children(mother, father, None, rng.randint(1, 3), max_age=15):
                        c.rel = REL_GRAND
        elif kind in ("widow", "widow_alone", "husband_away"):
            lo, hi = {"widow": (32, 85), "widow_alone": (60, 92), "husband_away": (22, 48)}[kind]
            head = add("P", self._adult_dob(lo, hi), REL_HEAD, hh.group)
            head.father = invented_father(head.group, head.dob.year - 28)
            head.husband = invented_father(head.group, head.dob.year - 4)
            if kind != "widow_alone":
                kids = children(
                    head,
                    None,
                    head.husband,
                    nkids() if kind == "husband_away" else wchoice(rng, [(0, 15), (1, 35), (2, 30), (3, 20)]),
                    max_age=35,
                )
                for k in kids:
                    k.father = head.husband
                if kind == "widow" and age_on(head.dob) > 55 and rng.random() < 0.3:
                    g = add(rng.choice("LP"), rand_dob(rng, rng.randint(2, 16)), REL_GRAND, member_group(hh.group))
                    g.father = invented_father(hh.group, 1990)
        elif kind == "widower":
            head = add("L", self._adult_dob(55, 88), REL_HEAD, hh.group)
            head.father = invented_father(head.group, head.dob.year - 28)
            if rng.random() < 0.4:
                c = add(rng.choice("LP"), rand_dob(rng, rng.randint(18, 40)), REL_CHILD, hh.group)
                c.father = head.reg
        else:  # single adult
            head = add(rng.choice("LP"), self._adult_dob(25, 60), REL_HEAD, hh.group)
            head.father = invented_father(head.group, head.dob.year - 28)
        if rng.random() < 0.03:
            o = add(
                rng.choice("LP"),
                rand_dob(rng, rng.randint(5, 70)),
                REL_OTHER,
                member_group(hh.group),
                self.other_kec(d, True) if rng.random() < 0.3 else None,
            )
            o.father = invented_father(o.group, o.dob.year - 28)
        youngest = max(m.dob for m in hh.members)
        hh.kk, hh.kk_date = self.make_kk(undot(d.kec), youngest)
        return hh

    def build_registry(self):
        rng = self.rng
        self._choose_coverage()
        weights = [rng.uniform(0.5, 1.5) for _ in self.desas]
        tot = sum(weights)
        targets = [int(self.registry_rows * w / tot) for w in weights]
        for i in range(self.registry_rows - sum(targets)):
            targets[i % len(targets)] += 1
        self.persons: list[Person] = []
        for d, target in zip(self.desas, targets, strict=True):
            count = 0
            while count < target:
                hh = self.make_household(d)
                room = target - count
                if len(hh.members) > room:
                    for m in hh.members[room:]:
                        self.used_nik.discard(m.nik)
                    hh.members = hh.members[:room]
                d.households.append(hh)
                d.persons.extend(hh.members)
                count += len(hh.members)
            self.persons.extend(d.persons)

    def write_registry(self, path):
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(
                [
                    "id_individu",
                    "id_keluarga",
                    "nik",
                    "no_kk",
                    "nama",
                    "jenis_kelamin",
                    "tempat_lahir",
                    "tanggal_lahir",
                    "hubungan_keluarga",
                    "alamat",
                    "rt",
                    "rw",
                    "kode_wilayah",
                    "desil",
                ]
            )
            for d in self.desas:
                code = undot(d.code)
                for hh in d.households:
                    for p in hh.members:
                        w.writerow(
                            [
                                p.pid,
                                hh.hid,
                                p.nik,
                                hh.kk,
                                p.reg,
                                p.sex,
                                p.tempat,
                                p.dob.isoformat(),
                                p.rel,
                                hh.alamat,
                                f"{hh.rt:03d}",
                                f"{hh.rw:03d}",
                                code,
                                hh.desil,
                            ]
                        )


# --------------------------------------------------------------------------------------------
# Error model: what happens when a facilitator retypes the list
# --------------------------------------------------------------------------------------------

KEYB = {}
_rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
for r, row in enumerate(_rows):
    for i, ch in enumerate(row):
        nb = []
        if i > 0:
            nb.append(row[i - 1])
        if i < len(row) - 1:
            nb.append(row[i + 1])
        for rr in (r - 1, r + 1):
            if 0 <= rr < 3:
                for j in (i - 1, i, i + 1):
                    if 0 <= j < len(_rows[rr]):
                        nb.append(_rows[rr][j])
        KEYB[ch.upper()] = [x.upper() for x in nb]
OCR = {
    "M": ["RN", "NN"],
    "RN": ["M"],
    "L": ["I", "1"],
    "I": ["L", "1"],
    "O": ["0", "D"],
    "E": ["C", "F"],
    "H": ["B", "N"],
    "U": ["V", "II"],
    "N": ["H", "R"],
    "CL": ["D"],
    "D": ["CL", "O"],
    "S": ["5"],
    "G": ["6", "C"],
    "B": ["8", "H"],
    "A": ["O"],
    "Y": ["V"],
    "T": ["I"],
}
DIGIT_NB = {
    "0": "19",
    "1": "0247",
    "2": "13580",
    "3": "269",
    "4": "1579",
    "5": "24689",
    "6": "3598",
    "7": "148",
    "8": "57906",
    "9": "86",
}
DIGIT_HAND = {"1": "7", "7": "1", "4": "9", "9": "4", "0": "6", "6": "05", "5": "6", "3": "8", "8": "3"}

PHON = [
    (r"KH", "H"),
    (r"KH", "CH"),
    (r"CH", "KH"),
    (r"(?<!S)CH", "H"),
    (r"SY", "S"),
    (r"DZ", "Z"),
    (r"DH", "D"),
    (r"TH", "T"),
    (r"TS", "S"),
    (r"F", "P"),
    (r"Q", "K"),
    (r"IY", "I"),
    (r"I(?=[AOU])", "IY"),
    (r"UW", "U"),
    (r"U(?=[AEI])", "UW"),
    (r"AH\b", "A"),
    (r"(?<=[^AEIOU ])A\b", "AH"),
    (r"AI", "AE"),
    (r"AE", "AI"),
    (r"OH(?=[MN])", "AH"),
    (r"AH(?=[MN])", "OH"),
    (r"([BDFGKLMNPRSTZ])\1", r"\1"),
    (r"(?<=[AIUEO])([LMF])(?=[AIUEO])", r"\1\1"),
    (r"Z", "J"),
    (r"SH", "S"),
    (r"X", "KS"),
    (r"MAD\b", "MAT"),
    (r"IE", "I"),
    (r"Y(?=[AOU])", "I"),
    (r"(?<=[AEIOU])D\b", "T"),
    (r"V", "F"),
]
PHON_RE = [(re.compile(a), b) for a, b in PHON]
SPLIT_PREFIXES = [
    "NUR",
    "ABDUR",
    "ABDUL",
    "ABDUS",
    "FATHOR",
    "KARTO",
    "SASTRO",
    "HARJO",
    "DARMO",
    "WIRYO",
    "ATMO",
    "JOYO",
    "MANGUN",
    "SRI",
    "NURUL",
    "SYAIFUL",
    "SAIFUL",
    "ZAINAL",
    "FATHUR",
    "SITI",
    "KHOIRUL",
    "CHOIRUL",
    "AINUR",
    "MIFTAHUL",
]
MISSING_MARKERS = [("", 80), ("-", 15), ("0", 3), ("BELUM ADA", 2)]


class Style:
    """One facilitator's sheet: consistent habits within a village block."""

    def __init__(self, rng):
        self.quality, self.mult = wchoice(rng, [(("careful", 0.5), 35), (("average", 1.0), 45), (("sloppy", 2.0), 20)])
        self.case = wchoice(rng, [("upper", 40), ("title", 40), ("lower", 5), ("mixed", 15)])
        self.datefmt = wchoice(rng, [("ymd", 30), ("dmy-", 35), ("dmy/", 35)])
        self.sexfmt = wchoice(rng, [("LP", 70), ("long", 20), ("LKPR", 10)])
        self.wil = wchoice(
            rng,
            [
                ("desa", 35),
                ("desa.", 20),
                ("kec", 10),
                ("kec.", 5),
                ("kab", 8),
                ("kab.", 4),
                ("blank", 8),
                ("mixed", 10),
            ],
        )
        self.nik_fill = wchoice(rng, [(0.97, 60), (0.85, 30), (0.55, 10)])
        self.kk_fill = wchoice(rng, [(0.9, 45), (0.55, 30), (0.03, 25)])
        self.sex_fill = wchoice(rng, [(0.98, 85), (0.0, 10), (0.7, 5)])
        self.dob_fill = wchoice(rng, [(0.97, 80), (0.0, 6), (0.75, 14)])
        self.alamat = wchoice(
            rng, [("dusun_rtrw", 35), ("dusun", 20), ("rtrw", 10), ("desa", 5), ("blank", 20), ("registry", 10)]
        )
        self.apostrophe = rng.random() < 0.15  # NIK typed as '3513... to keep Excel off it
        self.numeric_col = wchoice(rng, [(None, 94), ("sci", 2), ("sci,", 2), ("last0", 2)])
        self.date_excel = rng.random() < 0.03  # whole date column became Excel serials
        self.missing = wchoice(rng, MISSING_MARKERS)


class ListMaker:
    def __init__(self, g: Gen):
        self.g = g
        self.rng = g.rng

    # ---------------- small string ops ----------------
    def p(self, base: float) -> bool:
        return self.rng.random() < min(0.9, base * self.style.mult)

    def typo(self, s: str) -> tuple[str, str | None]:
        rng = self.rng
        idx = [i for i, c in enumerate(s) if c.isalpha()]
        if len(idx) < 3:
            return s, None
        kind = wchoice(rng, [("keyboard", 30), ("ocr", 15), ("drop", 22), ("insert", 15), ("transpose", 18)])
        i = rng.choice(idx[1:]) if rng.random() < 0.85 else idx[0]
        if kind == "keyboard":
            nb = KEYB.get(s[i])
            if not nb:
                return s, None
            return s[:i] + rng.choice(nb) + s[i + 1 :], "name_typo_keyboard"
        if kind == "ocr":
            opts = [(k, v) for k, v in OCR.items() if s.startswith(k, i)]
            if not opts:
                return s, None
            k, v = rng.choice(opts)
            return s[:i] + rng.choice(v) + s[i + len(k) :], "name_typo_ocr"
        if kind == "drop":
            return s[:i] + s[i + 1 :], "name_typo_drop"
        if kind == "insert":
            c = s[i] if rng.random() < 0.5 else rng.choice(KEYB.get(s[i], [s[i]]))
            return s[:i] + c + s[i:], "name_typo_insert"
        j = i + 1
        if j >= len(s) or not s[j].isalpha() or s[j] == s[i]:
            return s, None
        return s[:i] + s[j] + s[i] + s[j + 1 :], "name_typo_transpose"

    def phonetic(self, s: str) -> str | None:
        rng = self.rng
        cands = []
        for rx, rep in PHON_RE:
            for m in rx.finditer(s):
                cands.append((m, rx, rep))
        if not cands:
            return None
        m, rx, rep = rng.choice(cands)
        new = s[: m.start()] + m.expand(rep) + s[m.end() :]
        return new if new != s and len(new.replace(" ", "")) >= 3 else None

    def case(self, s: str) -> str:
        c = self.style.case
        if c == "mixed":
            c = self.rng.choice(["upper", "title", "title"])
        if c == "upper":
            return s.upper()
        if c == "lower":
            return s.lower()
        return " ".join(t[:1].upper() + t[1:].lower() for t in s.split(" "))

    # ---------------- names ----------------
    def list_name(self, p: Person, labels: list) -> str:
        rng, g = self.rng, self.g
        # 1. identity mix-ups: the row carries somebody else's name
        if p.husband and (p.rel == REL_WIFE or p.sex == "P") and self.p(0.04):
            hus = p.husband
            first = next(
                (t for t in hus.split() if not t.endswith(".") and t.rstrip(".") not in MUH_SET), hus.split()[-1]
            )
            form = wchoice(rng, [("NY. {}", 30), ("BU {}", 20), ("{}", 35), ("ISTRI {}", 10), ("IBU {}", 5)])
            labels.append("name_husband")
            return self.finish(form.format(first if form.startswith("BU") else hus), labels)
        if p.mother is not None and age_on(p.dob) < 18 and p.mother.in_registry and self.p(0.10):
            labels.append("name_mother")
            s = p.mother.reg
            if rng.random() < 0.3:
                s, lab = self.typo(s)
                if lab:
                    labels.append(lab)
            return self.finish(s, labels)
        # 2. spelling era: a clerk who knows the person writes today's spelling
        s = p.reg
        if p.title and s.startswith(p.title + " ") and self.p(0.5):
            s = s[len(p.title) + 1 :]
            labels.append("name_title")
        if p.oldrules and rng.random() < 0.5:
            if rng.random() < 0.6:
                new = g.realize(p, modern=True)
                if p.title and "name_title" not in labels:
                    new = f"{p.title} {new}"
            else:
                new = s.replace("OE", "U")
            if new != s:
                s = new
                labels.append("name_spelling_era")
        toks = s.split()
        # 3. abbreviations of Muhammad / Ahmad / Abdul / Siti
        for i, t in enumerate(toks):
            key = t.rstrip(".")
            if i == len(toks) - 1:
                break
            if key in MUH_SET and rng.random() < min(0.9, 0.35 * self.style.mult):
                alt = rng.choice([x for x in MUH_ALL if x != t])
                toks[i] = alt
                labels.append("name_muhammad_variant")
            elif (key in AHMAD_SET or key in ABDUL_SET or key in SITI_SET) and self.p(0.12):
                fam = AHMAD_ALL if key in AHMAD_SET else ABDUL_ALL if key in ABDUL_SET else SITI_ALL
                toks[i] = rng.choice([x for x in fam if x != t])
                labels.append("name_abbrev")
        # 4. structure
        if len(toks) >= 2 and self.p(0.04):
            cands = [i for i, t in enumerate(toks) if len(t) > 2 and not t.endswith(".")]
            if len(cands) >= 2 or (cands and cands[0] != len(toks) - 1):
                nonlast = [i for i in cands if i != len(toks) - 1]
                if nonlast and rng.random() < 0.8:
                    i = nonlast[0] if rng.random() < 0.7 else rng.choice(nonlast)
                else:
                    i = cands[-1]
                toks[i] = toks[i][0] + "."
                labels.append("name_initial")
        if len(toks) >= 2 and self.p(0.035):
            i = rng.randrange(len(toks))
            rest = toks[:i] + toks[i + 1 :]
            if any(len(t.rstrip(".")) > 2 for t in rest):
                toks = rest
                labels.append("name_token_drop")
        if self.p(0.012):
            added = self.token_add(p, toks)
            if added:
                toks = added
                labels.append("name_token_add")
        if p.group in ("jawa", "madura", "arab") and p.father and self.p(0.025):
            ft = p.father.split()
            fpart = ft if rng.random() < 0.6 else [next((t for t in ft if not t.endswith(".")), ft[-1])]
            word = ("BIN" if p.sex == "L" else "BINTI") if rng.random() < 0.8 else ("B." if p.sex == "L" else "BT.")
            toks = toks + [word] + fpart
            labels.append("name_bin_binti")
        if self.p(0.02):
            a = age_on(p.dob)
            opts = []
            if a >= 18:
                opts += [("BPK.", 3), ("PAK", 2)] if p.sex == "L" else [("IBU", 3), ("BU", 2), ("NY.", 2)]
            if a >= 45 and p.group in ("jawa", "madura", "arab"):
                opts += [("H.", 2)] if p.sex == "L" else [("HJ.", 2)]
            if a >= 60:
                opts += [("MBAH", 3)]
            if opts and not p.title:
                toks = [wchoice(rng, opts)] + toks
                labels.append("name_title")
        if self.p(0.022):
            sp = self.space(toks)
            if sp:
                toks = sp
                labels.append("name_space")
        s = " ".join(toks)
        # 5. apostrophes (Ma'ruf, Sa'diyah) are lost or mangled half the time
        if "'" in s and rng.random() < 0.5:
            s = s.replace("'", wchoice(rng, [("", 60), ("`", 25), ("\u2019", 15)]))
            labels.append("name_apostrophe")
        # 6. spelling by ear
        if self.p(0.065):
            new = self.phonetic(s)
            if new:
                s = new
                labels.append("name_phonetic")
        # 7. typing slips
        if self.p(0.08):
            s, lab = self.typo(s)
            if lab:
                labels.append(lab)
            if self.p(0.15):
                s, lab = self.typo(s)
                if lab:
                    labels.append(lab)
        if self.p(0.006) and len(s) > 8:
            s = s[: len(s) - rng.randint(2, 4)].rstrip()
            labels.append("name_truncated")
        return self.finish(s, labels)

    def token_add(self, p: Person, toks):
        rng = self.rng
        keys = {t.rstrip(".") for t in toks}
        if p.sex == "P" and p.group in ("arab", "madura") and not keys & SITI_SET:
            return ["SITI"] + toks
        if p.sex == "L" and p.group in ("arab", "madura") and not keys & (MUH_SET | AHMAD_SET):
            return [rng.choice(["MOH.", "M.", "MUHAMMAD", "ACHMAD"])] + toks
        if p.father:
            f = next((t for t in p.father.split() if not t.endswith(".")), None)
            if f and f not in toks:
                return toks + [f]
        return None

    def space(self, toks):
        rng = self.rng
        for i, t in enumerate(toks):
            for pre in SPLIT_PREFIXES:
                if t.startswith(pre) and len(t) >= len(pre) + 3 and rng.random() < 0.7:
                    return toks[:i] + [pre, t[len(pre) :]] + toks[i + 1 :]
        cands = [i for i in range(len(toks) - 1) if not toks[i].endswith(".") and not toks[i + 1].endswith(".")]
        if not cands:
            return None
        i = rng.choice(cands)
        return toks[:i] + [toks[i] + toks[i + 1]] + toks[i + 2 :]

    def finish(self, s: str, labels: list) -> str:
        rng = self.rng
        s = self.case(s)
        if self.p(0.02):
            kind = rng.choice(["dblspace", "trail", "comma", "nbsp", "lead", "dot"])
            if kind == "dblspace" and " " in s:
                i = rng.choice([i for i, c in enumerate(s) if c == " "])
                s = s[:i] + "  " + s[i + 1 :]
            elif kind == "trail":
                s = s + rng.choice([" ", ".", " .", ","])
            elif kind == "comma" and " " in s:
                s = s.replace(" ", ", ", 1)
            elif kind == "nbsp" and " " in s:
                s = s.replace(" ", "\u00a0", 1)
            elif kind == "lead":
                s = " " + s
            else:
                s = s.replace(" ", ". ", 1) if " " in s else s + "."
            labels.append("name_punct")
        return s

    # ---------------- numbers ----------------
    def excel_number(self, digits: str, mode: str) -> str:
        if mode == "last0":
            return digits[:15] + "0"
        mant = f"{int(digits) / 10 ** (len(digits) - 1):.5f}".rstrip("0").rstrip(".")
        s = f"{mant}E+{len(digits) - 1}"
        return s.replace(".", ",") if mode == "sci," else s

    def digit_error(self, s: str) -> tuple[str, str]:
        rng = self.rng
        kind = wchoice(rng, [("typo", 40), ("transpose", 20), ("drop", 18), ("extra", 10), ("truncated", 12)])
        if kind == "typo":
            i = rng.randrange(len(s))
            table = DIGIT_HAND if rng.random() < 0.3 and s[i] in DIGIT_HAND else DIGIT_NB
            return s[:i] + rng.choice(table[s[i]]) + s[i + 1 :], "typo"
        if kind == "transpose":
            cands = [i for i in range(len(s) - 1) if s[i] != s[i + 1]]
            i = rng.choice(cands)
            return s[:i] + s[i + 1] + s[i] + s[i + 2 :], "transpose"
        if kind == "drop":
            i = rng.randrange(len(s))
            return s[:i] + s[i + 1 :], "drop"
        if kind == "extra":
            i = rng.randrange(len(s))
            return s[:i] + s[i] + s[i:], "extra"
        if rng.random() < 0.6:
            return s[rng.randint(2, 4) :], "truncated"
        return s[: -rng.randint(2, 4)], "truncated"

    def list_nik(self, p: Person, labels: list, kk: str) -> str:
        rng, st = self.rng, self.style
        if rng.random() > st.nik_fill or self.p(0.03):
            labels.append("nik_blank")
            return st.missing
        nik = p.nik
        swapped = False
        if self.p(0.012):
            nik = kk
            labels.append("nik_is_kk")
            swapped = True
        elif len(p.hh.members) > 1 and self.p(0.01):
            others = [m for m in p.hh.members if m is not p and m.in_registry]
            if others:
                nik = rng.choice(others).nik
                labels.append("nik_other_member")
                swapped = True
        if not swapped and self.p(0.008):
            nik = self.old_nik(p)
            labels.append("nik_old")
        if self.p(0.06):
            nik, kind = self.digit_error(nik)
            labels.append("nik_" + kind)
        mode = st.numeric_col or (
            "sci" if self.p(0.015) else "sci," if self.p(0.008) else "last0" if self.p(0.015) else None
        )
        if mode and len(nik) >= 15 and nik.isdigit():
            out = self.excel_number(nik, mode)
            if out != nik:
                labels.append("nik_excel_" + ("last0" if mode == "last0" else "sci"))
                return out
        if st.apostrophe:
            labels.append("nik_apostrophe")
            return "'" + nik
        if self.p(0.02):
            labels.append("nik_format")
            kind = rng.choice(["spaces", "dots", "trail", "lead"])
            if kind == "spaces":
                return " ".join(nik[i : i + 4] for i in range(0, len(nik), 4))
            if kind == "dots":
                return ".".join(nik[i : i + 4] for i in range(0, len(nik), 4))
            return (nik + " ") if kind == "trail" else (" " + nik)
        return nik

    def old_nik(self, p: Person) -> str:
        """A previous NIK (moved and re-registered, or a double NIK later cleaned up)."""
        g = self.g
        dob_part = p.nik[6:12]
        if self.rng.random() < 0.6:
            kec6 = undot(g.other_kec(p.hh.desa, same_kab=self.rng.random() < 0.7))
        else:
            kec6 = p.nik[:6]
        mid = kec6 + dob_part
        while True:
            nik = f"{mid}{self.rng.randint(1, 60):04d}"
            if nik not in g.used_nik:
                g.used_nik.add(nik)
                return nik

    def list_kk(self, p: Person, labels: list) -> str:
        rng, st, g = self.rng, self.style, self.g
        if rng.random() > st.kk_fill:
            labels.append("kk_blank")
            return st.missing
        kk = p.hh.kk
        if self.p(0.015):
            kk = p.nik
            labels.append("kk_is_nik")
        elif self.p(0.025):
            # the family card before the last reissue (new baby, marriage, moving)
            lo = p.hh.kk_date - dt.timedelta(days=rng.randint(200, 3000))
            kk, _ = g.make_kk(kk[:6], max(lo, dt.date(2006, 1, 2)), max(lo, dt.date(2006, 1, 2)))
            labels.append("kk_old")
        if self.p(0.03):
            kk, kind = self.digit_error(kk)
            labels.append("kk_" + kind)
        mode = st.numeric_col or ("sci" if self.p(0.015) else "last0" if self.p(0.01) else None)
        if mode and len(kk) >= 15 and kk.isdigit():
            out = self.excel_number(kk, mode)
            if out != kk:
                labels.append("kk_excel_" + ("last0" if mode == "last0" else "sci"))
                return out
        if st.apostrophe:
            return "'" + kk
        return kk

    # ---------------- other fields ----------------
    def fmt_date(self, y: int, m: int, d: int, fmt: str) -> str:
        if fmt == "ymd":
            return f"{y:04d}-{m:02d}-{d:02d}"
        sep = "-" if fmt == "dmy-" else "/"
        return f"{d:02d}{sep}{m:02d}{sep}{y:04d}"

    def list_dob(self, p: Person, labels: list) -> str:
        rng, st = self.rng, self.style
        if rng.random() > st.dob_fill or self.p(0.03):
            labels.append("dob_blank")
            return "" if st.missing in ("0", "BELUM ADA") else st.missing
        dob = p.dob
        fmt = st.datefmt if rng.random() > 0.08 else rng.choice(["ymd", "dmy-", "dmy/"])
        y, m, d = dob.year, dob.month, dob.day
        old = dob.year < 1960
        if self.p(0.012):
            labels.append("dob_is_place")
            return self.case(p.tempat)
        if self.p(0.012):
            labels.append("dob_ttl")
            return f"{self.case(p.tempat)}, {self.fmt_date(y, m, d, fmt)}"
        if self.p(0.10 if old else 0.02):
            labels.append("dob_year_only")
            return str(y)
        if p.sex == "P" and self.p(0.008):
            labels.append("dob_nik_plus40")  # date read off the NIK without taking 40 off the day
            return self.fmt_date(y, m, d + 40, fmt)
        changed = False
        if self.p(0.015):
            y += rng.choice((-2, -1, 1, 2))
            labels.append("dob_year_off")
            changed = True
        if self.p(0.025):
            kind = rng.choice(["year_swap", "year_digit", "day", "month"])
            ny, nm, nd = y, m, d
            if kind == "year_swap" and str(y)[2] != str(y)[3]:
                ny = int(str(y)[:2] + str(y)[3] + str(y)[2])
            elif kind == "year_digit":
                ny = y + rng.choice((-1, 1))
            elif kind == "day":
                nd = d + rng.choice((-3, -2, -1, 1, 2, 3, 10, -10))
            else:
                nm = m + rng.choice((-1, 1))
            try:
                dt.date(ny, nm, nd)
                if (ny, nm, nd) != (y, m, d) and ny < REF.year:
                    y, m, d = ny, nm, nd
                    labels.append("dob_typo")
                    changed = True
            except ValueError:
                pass
        if not changed and self.p(0.008) and (m, d) not in ((1, 1), (7, 1), (12, 31)):
            m, d = rng.choice([(1, 1), (7, 1), (12, 31)])
            labels.append("dob_default")
        if st.date_excel or self.p(0.006):
            labels.append("dob_excel_serial")
            try:
                return str((dt.date(y, m, d) - EXCEL_EPOCH).days)
            except ValueError:
                pass
        if d <= 12 and d != m and self.p(0.015):
            labels.append("dob_swap_dm")
            m, d = d, m
        if self.p(0.008):
            labels.append("dob_2digit_year")
            sep = "/" if fmt != "dmy-" else "-"
            return f"{d:02d}{sep}{m:02d}{sep}{y % 100:02d}"
        return self.fmt_date(y, m, d, fmt)

    def list_sex(self, p: Person, labels: list) -> str:
        rng, st = self.rng, self.style
        if rng.random() > st.sex_fill:
            labels.append("sex_blank")
            return ""
        sex = p.sex
        if self.p(0.015):
            sex = "L" if sex == "P" else "P"
            labels.append("sex_wrong")
        if st.sexfmt == "long":
            return self.case("LAKI-LAKI" if sex == "L" else "PEREMPUAN")
        if st.sexfmt == "LKPR":
            return "LK" if sex == "L" else "PR"
        return sex if st.case != "lower" else sex.lower()

    def wilayah(self, code: str, level: str, labels: list) -> str:
        rng = self.rng
        if level == "blank":
            return ""
        if level.startswith("desa") and self.p(0.005):
            i = rng.randrange(10, 13)
            code = code[:i] + rng.choice([c for c in "0123456789" if c != code[i]]) + code[i + 1 :]
            labels.append("wilayah_code_typo")
        cut = {"desa": 13, "kec": 8, "kab": 5}[level.rstrip(".")]
        c = code[:cut]
        return c if level.endswith(".") else undot(c)

    def list_alamat(self, hh: Household, desa_name: str, dusun: str, rt: int, rw: int, labels: list) -> str:
        rng, st = self.rng, self.style
        style = st.alamat
        if style == "blank" or rng.random() < 0.05:
            return ""
        if style == "registry":
            return self.case(hh.alamat)
        if self.p(0.03):
            rt = max(1, rt + rng.choice((-2, -1, 1, 2)))
            labels.append("alamat_rt_diff")
        rts = rng.choice([f"{rt:02d}", f"{rt}", f"{rt:03d}"])
        rws = rng.choice([f"{rw:02d}", f"{rw}", f"{rw:03d}"])
        urban = hh.desa.urban
        place = f"Jl. {dusun}" if urban else rng.choice([f"Dsn. {dusun}", f"Dusun {dusun}", dusun])
        if style == "dusun_rtrw":
            s = rng.choice(
                [
                    f"{place} RT {rts} RW {rws}",
                    f"{place} RT.{rts}/RW.{rws}",
                    f"{place} {rts}/{rws}",
                    f"RT {rts} RW {rws} {place}",
                ]
            )
        elif style == "dusun":
            s = place
        elif style == "rtrw":
            s = rng.choice([f"RT {rts} RW {rws}", f"{rts}/{rws}", f"RT.{rts} RW.{rws}"])
        else:
            s = f"{place} Desa {desa_name}"
        return self.case(s)

    # ---------------- one row ----------------
    def row(self, p: Person, extra_labels: list, moved_to: tuple | None = None) -> tuple[dict, list]:
        rng, st, g = self.rng, self.style, self.g
        labels = list(extra_labels)
        hh = p.hh
        d = hh.desa
        nama = self.list_name(p, labels)
        kk = self.list_kk(p, labels)
        nik = self.list_nik(p, labels, hh.kk)
        sex = self.list_sex(p, labels)
        dob = self.list_dob(p, labels)
        level = st.wil if st.wil != "mixed" else rng.choice(["desa", "desa.", "kec", "kab", "desa"])
        code, dname, dusun, rt, rw = d.code, d.name, hh.dusun, hh.rt, hh.rw
        if moved_to is not None:
            code, dname, dusun = moved_to
            rt, rw = rng.randint(1, 12), rng.randint(1, 5)
        elif p.in_registry and level.startswith("desa") and self.p(0.02):
            # member now lives (or is listed) in a neighbouring desa of the same kecamatan
            nbrs = [(c, n) for c, n in g.desa_by_kec[d.kec] if c != d.code]
            if nbrs:
                code, dname = rng.choice(nbrs)
                nb = g.desa_by_code.get(code)
                if nb is not None and not nb.urban:
                    dusun = rng.choice(nb.dusun)
                labels.append("wilayah_other_desa")
        wil = self.wilayah(code, level, labels)
        alamat = self.list_alamat(hh, dname, dusun, rt, rw, labels)
        return {
            "nama": nama,
            "nik": nik,
            "no_kk": kk,
            "jenis_kelamin": sex,
            "tanggal_lahir": dob,
            "alamat": alamat,
            "kode_wilayah": wil,
        }, labels


# --------------------------------------------------------------------------------------------
# The list: members of a program, typed village by village
# --------------------------------------------------------------------------------------------


class ListBuilder:
    def __init__(self, g: Gen):
        self.g = g
        self.rng = g.rng
        self.lm = ListMaker(g)
        self.chosen: set[str] = set()

    def pick_member(self, d: Desa) -> Person | None:
        rng = self.rng
        cat = wchoice(rng, [("woman", 45), ("head_m", 25), ("elder", 12), ("child", 13), ("any", 5)])
        for _ in range(60):
            p = rng.choice(d.persons)
            if p.pid in self.chosen:
                continue
            a = age_on(p.dob)
            ok = {
                "woman": p.sex == "P" and 18 <= a <= 65 and p.rel in (REL_WIFE, REL_HEAD, REL_INLAW),
                "head_m": p.sex == "L" and p.rel == REL_HEAD and a < 70,
                "elder": a >= 60,
                "child": 6 <= a <= 18 and p.rel in (REL_CHILD, REL_GRAND),
                "any": True,
            }[cat]
            if ok:
                # one member per household mostly; sometimes husband and wife both
                if any(m.pid in self.chosen for m in p.hh.members if m is not p) and rng.random() > 0.08:
                    continue
                self.chosen.add(p.pid)
                return p
        return None

    # --- people who are NOT in the registry ---
    def absent_person(self, d: Desa) -> tuple[Person, str, tuple | None]:
        g, rng = self.g, self.rng
        kind = wchoice(
            rng,
            [
                ("absent_common_name", 30),
                ("absent_namesake", 20),
                ("absent_near_name", 12),
                ("absent_same_birthdate", 10),
                ("absent_new_household_member", 15),
                ("absent_other_desa", 8),
                ("absent_migrant", 5),
            ],
        )
        moved_to = None
        if kind == "absent_new_household_member":
            hh = rng.choice(d.households)
            wives = [
                m
                for m in hh.members
                if m.sex == "P" and m.rel in (REL_WIFE, REL_HEAD, REL_INLAW) and 18 <= age_on(m.dob) <= 44
            ]
            ref = hh.members[0]
            if wives and rng.random() < 0.7:  # a baby born after the registry was surveyed
                mom = rng.choice(wives)
                p = self.ghost(hh, d, rng.choice("LP"), rand_dob(rng, rng.randint(0, 1)), REL_CHILD, mom.group)
                p.mother = mom
                p.father = mom.husband
            else:  # a new wife / daughter-in-law who moved in
                sex = "P" if ref.sex == "L" else "L"
                a = max(18, age_on(ref.dob) + rng.randint(-10, 5))
                p = self.ghost(
                    hh,
                    d,
                    sex,
                    rand_dob(rng, a),
                    REL_WIFE if sex == "P" else REL_INLAW,
                    ref.group,
                    nik_kec=g.other_kec(d, rng.random() < 0.6),
                )
                if sex == "P" and ref.sex == "L":
                    p.husband = ref.reg
            return p, kind, None
        hh = self.ghost_household(d)
        if kind == "absent_namesake":
            src = self.common_person(d)
            a = age_on(src.dob)
            if rng.random() < 0.7:
                a = max(18, a + rng.choice((-1, 1)) * rng.randint(2, 15))
            dob = rand_dob(rng, a)
            if dob == src.dob:
                dob += dt.timedelta(days=17)
            p = self.ghost(hh, d, src.sex, dob, REL_HEAD, src.group, name=src)
        elif kind == "absent_near_name":
            src = self.common_person(d)
            base = self.near_name(src)
            dob = rand_dob(rng, max(18, age_on(src.dob) + rng.randint(-12, 12)))
            p = self.ghost(hh, d, src.sex, dob, REL_HEAD, src.group, name=base)
        elif kind == "absent_same_birthdate":
            src = rng.choice([x for x in d.persons if x.nik[:6] == undot(d.kec)] or d.persons)
            grp = src.group
            p = self.ghost(hh, d, src.sex, src.dob, REL_HEAD, grp, nik_kec=None, nik_like=src)
        elif kind == "absent_other_desa":
            unc = g.uncovered_by_kec.get(d.kec)
            p = self.ghost(
                hh,
                d,
                rng.choice("LP"),
                rand_dob(rng, rng.randint(20, 75)),
                REL_HEAD,
                wchoice(rng, sorted(d.eth.items())),
                common=True,
            )
            if unc:
                code, name = rng.choice(unc)
                dus = (DUSUN_MADURA if d.zone == "madura" else DUSUN_JAWA).pick(rng)
                moved_to = (code, name, dus)
            else:
                kind = "absent_common_name"
        else:  # common name in this desa, or an incomer from elsewhere in Jatim
            p = self.ghost(
                hh,
                d,
                rng.choice("LP") if rng.random() < 0.3 else "P",
                rand_dob(rng, rng.randint(19, 75)),
                REL_HEAD,
                wchoice(rng, sorted(d.eth.items())),
                common=True,
                nik_kec=g.other_kec(d, False) if kind == "absent_migrant" else None,
            )
        return p, kind, moved_to

    def ghost_household(self, d: Desa) -> Household:
        g, rng = self.g, self.rng
        hh = Household()
        hh.hid = None
        hh.desa = d
        hh.members = []
        hh.group = None
        hh.cn_fam = rng.choice(CN_FAM)
        hh.dusun = rng.choice(d.streets if d.urban else d.dusun)
        hh.alamat = (
            f"JL. {hh.dusun.upper()} NO. {rng.randint(1, 99)}" if d.urban else d.reg_style.format(hh.dusun.upper())
        )
        rw, rts = rng.choice(d.rwmap[rng.choice(d.dusun)])
        hh.rw, hh.rt = rw, rng.choice(rts)
        hh.kk, hh.kk_date = g.make_kk(undot(d.kec), dt.date(2010, 1, 1))
        return hh

    def ghost(self, hh, d, sex, dob, rel, group, nik_kec=None, name=None, common=False, nik_like=None) -> Person:
        """A person who exists (has a NIK) but is not in the registry snapshot."""
        g, rng = self.g, self.rng
        p = g.init_person(hh, d, sex, dob, rel, group, nik_kec)
        p.in_registry = False
        if nik_like is not None:  # same kecamatan + birth date in the NIK, only the serial differs
            g.used_nik.discard(p.nik)
            prefix = nik_like.nik[:12]
            serial = int(nik_like.nik[12:])
            for delta in (1, -1, 2, -2, 3, 10, 11, 20):
                s = serial + delta
                if 1 <= s <= 9999:
                    cand = f"{prefix}{s:04d}"
                    if cand not in g.used_nik:
                        p.nik = cand
                        g.used_nik.add(cand)
                        break
            else:
                g.used_nik.add(p.nik)
        if isinstance(name, Person):  # a namesake: the very same written name
            p.base, p.reg, p.forms, p.oldrules, p.title = name.base, name.reg, name.forms, name.oldrules, name.title
        elif name is not None:  # a similar name, written with this person's own habits
            p.base = name
            p.reg = g.realize(p)
        elif common:
            # half the time reuse a name that already occurs at least twice in this village
            freq = self.name_freq(d)
            cands = [n for n, c in freq.items() if c >= 2]
            same_sex = [n for n in cands if self.name_sex[d.code][n] == sex]
            if same_sex and rng.random() < 0.5:
                reg = rng.choice(sorted(same_sex))
                src = self.by_name[d.code][reg]
                p.base, p.reg, p.forms, p.oldrules, p.title = src.base, src.reg, src.forms, src.oldrules, src.title
        if hh.members is not None:
            hh.members.append(p)
        p.father = (
            p.father or self.g.base_name(group if group != "kristen" else "jawa", "L", dob.year - 28, hh.cn_fam).upper()
        )
        return p

    def name_freq(self, d: Desa) -> Counter:
        if d.code not in self._freq:
            c = Counter()
            sexes, by = {}, {}
            for p in d.persons:
                c[p.reg] += 1
                sexes[p.reg] = p.sex
                by.setdefault(p.reg, p)
            self._freq[d.code] = c
            self.name_sex[d.code] = sexes
            self.by_name[d.code] = by
        return self._freq[d.code]

    def common_person(self, d: Desa) -> Person:
        freq = self.name_freq(d)
        adults = [p for p in d.persons if age_on(p.dob) >= 18]
        weights = [freq[p.reg] for p in adults]
        return self.rng.choices(adults, weights=weights)[0]

    def near_name(self, src: Person) -> str:
        """A different but similar real name: one word swapped for another from the same pool."""
        rng, g = self.rng, self.g
        toks = src.base.split()
        for _ in range(20):
            other = g.base_name(src.group, src.sex, src.dob.year, src.hh.cn_fam).split()
            if len(toks) >= 2 and rng.random() < 0.6:
                i = rng.randrange(len(toks))
                cand = toks[:i] + [rng.choice(other)] + toks[i + 1 :]
            elif rng.random() < 0.5:
                cand = toks + [other[-1]]
            else:
                cand = other[:1] + toks[-1:]
            if cand != toks and " ".join(cand) != src.base:
                return " ".join(cand)
        return src.base + " " + rng.choice(["ROHMAN", "HASAN", "WATI", "NINGSIH"])

    def build(self):
        g, rng = self.g, self.rng
        self._freq, self.name_sex, self.by_name = {}, {}, {}
        N = self.g.list_rows
        n_abs = round(0.15 * N)
        n_dup = round(0.01 * N)
        kinds = ["abs"] * n_abs + ["dup"] * n_dup + ["pres"] * (N - n_abs - n_dup)
        rng.shuffle(kinds)
        n_blocks = max(1, min(len(g.desas), round(N / 90)))
        block_desa = rng.sample(g.desas, n_blocks)
        w = [rng.uniform(0.5, 1.5) for _ in block_desa]
        tot = sum(w)
        sizes = [max(1, int(N * x / tot)) for x in w]
        while sum(sizes) > N:
            sizes[sizes.index(max(sizes))] -= 1
        i = 0
        while sum(sizes) < N:
            sizes[i % n_blocks] += 1
            i += 1
        rows = []  # (row dict, id_individu, labels)
        pos = 0
        for d, size in zip(block_desa, sizes, strict=True):
            self.lm.style = Style(rng)
            block_kinds = kinds[pos : pos + size]
            pos += size
            block, present = [], []
            for k in block_kinds:
                if k == "pres":
                    p = self.pick_member(d)
                    if p is None:
                        k = "abs"
                    else:
                        r, labels = self.lm.row(p, [])
                        present.append(p)
                        block.append((r, p.pid, labels))
                        continue
                if k == "abs":
                    p, kind, moved = self.absent_person(d)
                    r, labels = self.lm.row(p, [kind], moved_to=moved)
                    block.append((r, "", labels))
            for k in block_kinds:
                if k == "dup":
                    if present:
                        p = rng.choice(present)
                    else:
                        p = self.pick_member(d)
                        if p is None:
                            p = rng.choice(d.persons)
                    r, labels = self.lm.row(p, ["dup_in_list"])
                    block.append((r, p.pid, labels))
            rng.shuffle(block)
            rows.extend(block)
        return rows


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out-dir", default="bench/data/independent")
    ap.add_argument("--registry-rows", type=int, default=100_000)
    ap.add_argument("--list-rows", type=int, default=3_000)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    os.makedirs(a.out_dir, exist_ok=True)
    g = Gen(a.seed, a.registry_rows, a.list_rows)
    g.build_registry()
    g.write_registry(os.path.join(a.out_dir, "registry.csv"))
    rows = ListBuilder(g).build()
    counts = Counter()
    with (
        open(os.path.join(a.out_dir, "list.csv"), "w", newline="", encoding="utf-8") as fl,
        open(os.path.join(a.out_dir, "truth.csv"), "w", newline="", encoding="utf-8") as ft,
    ):
        wl = csv.writer(fl, lineterminator="\n")
        wt = csv.writer(ft, lineterminator="\n")
        wl.writerow(["no", "nama", "nik", "no_kk", "jenis_kelamin", "tanggal_lahir", "alamat", "kode_wilayah"])
        wt.writerow(["no", "id_individu", "errors"])
        for i, (r, pid, labels) in enumerate(rows, 1):
            wl.writerow(
                [
                    str(i),
                    r["nama"],
                    r["nik"],
                    r["no_kk"],
                    r["jenis_kelamin"],
                    r["tanggal_lahir"],
                    r["alamat"],
                    r["kode_wilayah"],
                ]
            )
            labels = list(dict.fromkeys(labels))
            wt.writerow([str(i), pid, ";".join(labels) if labels else "clean"])
            counts.update(labels if labels else ["clean"])
    present = sum(1 for _, pid, _ in rows if pid)
    summary = {
        "seed": a.seed,
        "registry_rows": len(g.persons),
        "registry_households": sum(len(d.households) for d in g.desas),
        "desa": len(g.desas),
        "kabupaten": sorted({d.kab for d in g.desas}),
        "list_rows": len(rows),
        "list_present": present,
        "list_absent": len(rows) - present,
        "labels": dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
        "seconds": round(time.perf_counter() - t0, 2),
    }
    with open(os.path.join(a.out_dir, "summary.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=1)
    print(json.dumps(summary, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
