"""Capitalised terms of Indonesian news that name no entity: a concept, a programme, a kind of thing.

The tagger reads an all-capitals short form (``KDRT``, ``IHSG``) or a capitalised programme name
(``Germas``, ``Asta Cita``) as an organisation, a place or a person; the dossier's entity list then
shows a "body" named after domestic violence. A mention whose whole text is a term of ``TERMS`` is
dropped; one that is a programme's name (``PROGRAMME_NAMES``) is kept as a programme
(``kliping.model.PROGRAMME``), no entity of the dossier but a key the linker reads: the reports about
one programme share it, and the storyline linker joins them by it (dropped, detik-dev storylines fell
from 0.888 to 0.875). Dossier rules only, not features of
the trained models. Written as spelt in the news, case-sensitive, and only a mention's whole text:
``Satgas MBG`` stays the task force. ``EVENT_TAILS`` makes a name typed an organisation an event,
``FACILITY_TAILS`` one typed a person a place.
"""

from __future__ import annotations

from kliping.lang.id.wordsets import words as _words

# Crimes, legal and budget terms written as short forms: kinds of acts, revenue and documents.
LEGAL_AND_BUDGET_TERMS: frozenset[str] = _words("""
KDRT TPPU TPPO OTT LHKPN RPJMN RPJMD RAPBN RAPBD APBDes DIPA TKD DAU DAK DBH SiLPA SILPA HET HPP
""")

# A region's revenue kinds and the taxes and levies news writes as short forms (``PAD`` pendapatan asli
# daerah, ``BBNKB`` bea balik nama kendaraan bermotor, ``SWDKLLJ`` the road-accident levy, ``CHT`` cukai
# hasil tembakau): money a body collects, never the body. ``PKB`` and ``PBB`` are taxes too but also a
# party's and the United Nations' short forms: ``abbreviations.OTHER_READINGS`` reads them by their article.
# ``PNBP`` is left to the programme rules, which type it a programme, a key of the event linker
# (docs/ner.md, "Thirty-seventh round").
REVENUE_AND_TAX_TERMS: frozenset[str] = _words("""
PAD BBNKB SWDKLLJ BPHTB PBJT PPN PPnBM PPh CHT
""")

# Diseases written as short forms (``pemberantasan TBC``, ``kasus DBD``, ``penderita ISPA``): an illness,
# never a body or a place.
DISEASE_TERMS: frozenset[str] = _words("""
TBC DBD ISPA HIV AIDS PTM
""")

# Common nouns written as short forms or shouted in capitals (``SDM`` sumber daya manusia, ``isu SARA``,
# ``prinsip ESG``, ``quality control (QC)``, ``ruang IGD``, ``itu HOAX``): a kind of thing or a verdict,
# never who.
COMMON_NOUN_TERMS: frozenset[str] = _words("""
SDM SARA ESG QC IGD HOAX HOAKS
""")

# The honorific formula written after a holy name (``Allah SWT``, ``Nabi Muhammad SAW``): no body when
# the tagger takes it alone.
RELIGIOUS_EPITHETS: frozenset[str] = _words("""
SWT SAW
""")

# Kinds of energy, goods, tests and technology: what a thing is, never who.
KIND_TERMS: frozenset[str] = _words("""
EBT NDC CPO LNG CNG PLTU PLTS PLTA PLTN PLTP IHSG EKG HEPA IoT PPKS ODGJ AI NPK
""")

# Company legal forms, written alone in brackets after a name (``PT Waskita Karya (Persero) Tbk``):
# part of the company's name, never a body of their own.
LEGAL_FORMS: frozenset[str] = _words("""
Persero Tbk Ltd Inc LLC GmbH Bhd Plc PLC
""")

# National programmes and slogans by their names and short forms (``program MBG``, ``gerakan
# Germas``, ``peserta JKN``, ``seleksi PPDB``, the KPK's ``Korsup`` koordinasi dan supervisi): never a
# person or a place.
PROGRAMME_NAMES: frozenset[str] = frozenset({
    "MBG", "Germas", "GERMAS", "Asta Cita", "Nawacita", "Nawa Cita", "PKH", "BPNT", "BSU", "KIP", "KIS",
    "PBI", "UHC", "SDM Unggul", "Sekolah Rakyat", "Sekolah Garuda", "Sekolah Unggul Garuda",
    "JKN", "PPDB", "SPMB", "Prolanis", "PROLANIS", "Korsup",
    "Makan Bergizi Gratis", "Cek Kesehatan Gratis",
})

# Words a regional or national programme adds after a place's name, as a wish for it (``Karawang
# Sehat``, ``Indonesia Pintar``, ``Indonesia Emas``, ``Jabar Juara``): the place and one of them, with no
# head word, name the programme (``extract.entities.programmes``). Not ``Maju`` nor ``Sejahtera``: they
# close bodies' names too (``Koalisi Indonesia Maju``, ``Partai Keadilan Sejahtera``) when the tagger
# leaves the head out. Case-sensitive.
SLOGAN_TAILS: frozenset[str] = _words("""
Sehat Cerdas Pintar Emas Juara Bersinar
""")

# A team named only by what it does (``Tim Pengarah``, ``Tim Kepelatihan``, ``Tim Kerja Teknis``): a
# capitalised head of TEAM_HEADS followed by words of TEAM_ROLE_WORDS alone names a group of some body,
# not the body; the tagger types it an organisation. A team with an owner or a name after it
# (``Tim Kepelatihan Tim Nasional Indonesia``, ``Tim Penyidik Kejati DIY``) stays. ``nasional`` is no
# role word: ``Tim Nasional`` is the national side; nor are a campaign's (``Tim Pemenangan``,
# ``Tim Sukses``), a candidate's organisation news reports as a body (docs/ner.md, eighth QA read).
# Role words casefolded.
TEAM_HEADS: frozenset[str] = frozenset({"Tim"})
TEAM_ROLE_WORDS: frozenset[str] = _words("""
pengarah pelaksana penyidik penyelidik kepelatihan pelatih kerja teknis khusus gabungan ahli medis
penilai pengawas perumus penyusun advokasi evaluasi verifikasi kajian peneliti
""")

# School levels written out capitalised without a school's number or name (``di Sekolah Dasar dekat
# rumahnya``, ``lulusan Sekolah Menengah Kejuruan``): a kind of school, no body.
SCHOOL_LEVELS: frozenset[str] = frozenset({
    "Sekolah Dasar", "Sekolah Dasar Negeri", "Sekolah Menengah Pertama", "Sekolah Menengah Pertama Negeri",
    "Sekolah Menengah Atas", "Sekolah Menengah Atas Negeri", "Sekolah Menengah Kejuruan",
    "Sekolah Menengah Kejuruan Negeri", "Sekolah Luar Biasa", "Taman Kanak-kanak", "Taman Kanak-Kanak",
    "Madrasah Ibtidaiyah", "Madrasah Tsanawiyah", "Madrasah Aliyah",
})

TERMS: frozenset[str] = LEGAL_AND_BUDGET_TERMS | REVENUE_AND_TAX_TERMS | DISEASE_TERMS | COMMON_NOUN_TERMS \
    | RELIGIOUS_EPITHETS | KIND_TERMS | LEGAL_FORMS | SCHOOL_LEVELS

# English words that close an event's name (``Forum Nusantara Digital Summit``, ``Finance Asia
# Awards``): a name the tagger types an organisation that ends so is the event (a summit, an award,
# a championship), not a body. Case-sensitive, as spelt in names.
EVENT_TAILS: frozenset[str] = _words("""
Summit Awards Award Championship Championships Conference Expo Festival Fair Games Week
""")
# English words that close a race's name (``Ngawi Run 2025``, ``Bali Marathon``): a name the tagger
# types a place or a body (the town opens it) that ends so is the race, an event. Case-sensitive.
RACE_TAILS: frozenset[str] = _words("""
Run Marathon Race
""")

# English words that close a building's or a place's name (``Rowneybury House``, ``Kensington
# Palace``): a name the tagger reads as a person that ends so is the place. Not ``Hall`` nor
# ``Park`` (family names: ``Stuart Hall``, ``Jun Park``). Case-sensitive.
FACILITY_TAILS: frozenset[str] = _words("""
House Palace Tower Towers Square Plaza Mall Stadium Arena Building Mansion Manor Castle Cathedral
""")


# Head nouns that open the spelt-out name of a thing an all-capitals short form abbreviates, never a
# body (``Sertifikat Laik Higiene dan Sanitasi (SLHS)``, ``Data Tunggal Sosial Ekonomi Nasional
# (DTSEN)``, ``Sistem Manajemen Anti Penyuapan (SMAP)``, ``Survei Pendahuluan dan Eksplorasi``):
# a certificate, a data set, a system, a survey, a plan, a card, a permit, a report, a dictionary,
# or a kind of worker (``Pekerja Migran Indonesia (PMI)``, ``Juru Sita Pajak Negara (JSPN)``).
# ``extract.entities.term_glosses`` reads them only as the first word of the capitalised run before
# the bracket: ``Badan Layanan ...``, ``Serikat Pekerja ...``, ``Badan Tenaga Atom ...`` open with a
# body's word. Not ``Dana`` (``Dana Moneter Internasional (IMF)`` is a body), ``Gerakan`` (``Gerakan
# Pemuda (GP) Ansor``), ``Program`` (``program``'s names are ``PROGRAMME_NAMES`` and
# ``entities.programmes``). Case-sensitive, as capitalised in a name.
TERM_NAME_HEADS: frozenset[str] = _words("""
Sertifikat Sertifikasi Data Sistem Survei Kamus Kartu Surat Laporan Nomor Rencana Indeks Izin Standar
Dokumen Perjanjian Pekerja Juru Tenaga
""")
