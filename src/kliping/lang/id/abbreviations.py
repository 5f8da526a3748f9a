"""Indonesian news abbreviations of places and organisations, with their expansions and entity types.

Data only. ``kliping.extract.entities.canonical_form`` maps an abbreviation to its expansion so the
linker can merge ``Korut`` with ``Korea Utara``; the extractor tags them case-sensitively (``BI`` is
Bank Indonesia, ``bi`` is not a word we tag).
"""

from __future__ import annotations

# Function words an abbreviation leaves out of its initials (``BPPK``, Badan Pendidikan dan
# Pelatihan Keuangan). Organisations' acronyms (``link.aliases``) also skip English ones; counted
# nouns' abbreviations (``synth.figures``) also skip ``serta``/``pada`` of spelled-out terms.
INITIALS_SKIP = frozenset({"dan", "di", "ke", "dari", "untuk", "yang", "atau"})
ACRONYM_SKIP = INITIALS_SKIP | {"&", "of", "the", "and", "for"}
ABBREVIATION_SKIP = INITIALS_SKIP | {"serta", "pada"}

# abbreviation -> (expansion, entity type)
ABBREVIATIONS: dict[str, tuple[str, str]] = {
    # places
    "Korut": ("Korea Utara", "GPE"),
    "Korsel": ("Korea Selatan", "GPE"),
    "AS": ("Amerika Serikat", "GPE"),
    "USA": ("Amerika Serikat", "GPE"),
    "RI": ("Indonesia", "GPE"),
    "NKRI": ("Indonesia", "GPE"),
    "RRT": ("Tiongkok", "GPE"),
    "RRC": ("Tiongkok", "GPE"),
    "UEA": ("Uni Emirat Arab", "GPE"),
    "Jabar": ("Jawa Barat", "GPE"),
    "Jateng": ("Jawa Tengah", "GPE"),
    "Jatim": ("Jawa Timur", "GPE"),
    "Sumut": ("Sumatera Utara", "GPE"),
    "Sumbar": ("Sumatera Barat", "GPE"),
    "Sumsel": ("Sumatera Selatan", "GPE"),
    "Kaltim": ("Kalimantan Timur", "GPE"),
    "Kalbar": ("Kalimantan Barat", "GPE"),
    "Kalsel": ("Kalimantan Selatan", "GPE"),
    "Kalteng": ("Kalimantan Tengah", "GPE"),
    "Kaltara": ("Kalimantan Utara", "GPE"),
    "Sulsel": ("Sulawesi Selatan", "GPE"),
    "Sulut": ("Sulawesi Utara", "GPE"),
    "Sulteng": ("Sulawesi Tengah", "GPE"),
    "Sultra": ("Sulawesi Tenggara", "GPE"),
    "Sulbar": ("Sulawesi Barat", "GPE"),
    "NTB": ("Nusa Tenggara Barat", "GPE"),
    "NTT": ("Nusa Tenggara Timur", "GPE"),
    "DIY": ("Daerah Istimewa Yogyakarta", "GPE"),
    "DKI": ("Daerah Khusus Ibukota Jakarta", "GPE"),
    "Jabodetabek": ("Jakarta, Bogor, Depok, Tangerang, Bekasi", "LOC"),
    "Jaksel": ("Jakarta Selatan", "GPE"),
    "Jakpus": ("Jakarta Pusat", "GPE"),
    "Jaktim": ("Jakarta Timur", "GPE"),
    "Jakbar": ("Jakarta Barat", "GPE"),
    "Jakut": ("Jakarta Utara", "GPE"),
    # international organisations
    "PBB": ("Perserikatan Bangsa-Bangsa", "ORG"),
    "DK PBB": ("Dewan Keamanan Perserikatan Bangsa-Bangsa", "ORG"),
    "UE": ("Uni Eropa", "ORG"),
    "NATO": ("Pakta Pertahanan Atlantik Utara", "ORG"),
    "ASEAN": ("Perhimpunan Bangsa-Bangsa Asia Tenggara", "ORG"),
    "OPEC": ("Organisasi Negara-Negara Pengekspor Minyak", "ORG"),
    "IMF": ("Dana Moneter Internasional", "ORG"),
    "WHO": ("Organisasi Kesehatan Dunia", "ORG"),
    "WTO": ("Organisasi Perdagangan Dunia", "ORG"),
    "IAEA": ("Badan Energi Atom Internasional", "ORG"),
    "ICC": ("Mahkamah Pidana Internasional", "ORG"),
    "UNICEF": ("Dana Anak-Anak PBB", "ORG"),
    "UNESCO": ("Organisasi Pendidikan, Keilmuan, dan Kebudayaan PBB", "ORG"),
    "EIA": ("Badan Informasi Energi AS", "ORG"),
    "IEA": ("Badan Energi Internasional", "ORG"),
    "ADB": ("Bank Pembangunan Asia", "ORG"),
    "G20": ("Kelompok Dua Puluh", "ORG"),
    "G7": ("Kelompok Tujuh", "ORG"),
    "BRICS": ("BRICS", "ORG"),
    "APEC": ("Kerja Sama Ekonomi Asia-Pasifik", "ORG"),
    "FIFA": ("FIFA", "ORG"),
    "CIA": ("Badan Intelijen Pusat Amerika Serikat", "ORG"),
    "FBI": ("Biro Investigasi Federal", "ORG"),
    "KCNA": ("Kantor Berita Pusat Korea", "ORG"),
    # Indonesian state institutions
    "TNI": ("Tentara Nasional Indonesia", "ORG"),
    "TNI AD": ("TNI Angkatan Darat", "ORG"),
    "TNI AL": ("TNI Angkatan Laut", "ORG"),
    "TNI AU": ("TNI Angkatan Udara", "ORG"),
    "Polri": ("Kepolisian Negara Republik Indonesia", "ORG"),
    "Polda": ("Kepolisian Daerah", "ORG"),
    "Polres": ("Kepolisian Resor", "ORG"),
    "Polsek": ("Kepolisian Sektor", "ORG"),
    "Bareskrim": ("Badan Reserse Kriminal Polri", "ORG"),
    "Densus 88": ("Detasemen Khusus 88", "ORG"),
    "DPR": ("Dewan Perwakilan Rakyat", "ORG"),
    "DPR RI": ("Dewan Perwakilan Rakyat", "ORG"),
    "DPRD": ("Dewan Perwakilan Rakyat Daerah", "ORG"),
    "DPD": ("Dewan Perwakilan Daerah", "ORG"),
    "MPR": ("Majelis Permusyawaratan Rakyat", "ORG"),
    "MK": ("Mahkamah Konstitusi", "ORG"),
    "MA": ("Mahkamah Agung", "ORG"),
    "KY": ("Komisi Yudisial", "ORG"),
    "KPK": ("Komisi Pemberantasan Korupsi", "ORG"),
    "KPU": ("Komisi Pemilihan Umum", "ORG"),
    "Bawaslu": ("Badan Pengawas Pemilihan Umum", "ORG"),
    "Baznas": ("Badan Amil Zakat Nasional", "ORG"),
    "BPK": ("Badan Pemeriksa Keuangan", "ORG"),
    "BPKP": ("Badan Pengawasan Keuangan dan Pembangunan", "ORG"),
    "BI": ("Bank Indonesia", "ORG"),
    "OJK": ("Otoritas Jasa Keuangan", "ORG"),
    "LPS": ("Lembaga Penjamin Simpanan", "ORG"),
    "BPS": ("Badan Pusat Statistik", "ORG"),
    "BMKG": ("Badan Meteorologi, Klimatologi, dan Geofisika", "ORG"),
    "BNPB": ("Badan Nasional Penanggulangan Bencana", "ORG"),
    "BPBD": ("Badan Penanggulangan Bencana Daerah", "ORG"),
    "Basarnas": ("Badan Nasional Pencarian dan Pertolongan", "ORG"),
    "BNN": ("Badan Narkotika Nasional", "ORG"),
    "BNPT": ("Badan Nasional Penanggulangan Terorisme", "ORG"),
    "BIN": ("Badan Intelijen Negara", "ORG"),
    "BPOM": ("Badan Pengawas Obat dan Makanan", "ORG"),
    "Bapepam-LK": ("Badan Pengawas Pasar Modal dan Lembaga Keuangan", "ORG"),
    "BRIN": ("Badan Riset dan Inovasi Nasional", "ORG"),
    "Bappenas": ("Badan Perencanaan Pembangunan Nasional", "ORG"),
    "Bulog": ("Perum Bulog", "ORG"),
    "DJP": ("Direktorat Jenderal Pajak", "ORG"),
    "Kemenkeu": ("Kementerian Keuangan", "ORG"),
    "Kemlu": ("Kementerian Luar Negeri", "ORG"),
    "Kemenlu": ("Kementerian Luar Negeri", "ORG"),
    "Kemhan": ("Kementerian Pertahanan", "ORG"),
    "Kemenhan": ("Kementerian Pertahanan", "ORG"),
    "Kemendagri": ("Kementerian Dalam Negeri", "ORG"),
    "Kemenkes": ("Kementerian Kesehatan", "ORG"),
    "Kemendag": ("Kementerian Perdagangan", "ORG"),
    "Kemenperin": ("Kementerian Perindustrian", "ORG"),
    "Kementan": ("Kementerian Pertanian", "ORG"),
    "Kemenag": ("Kementerian Agama", "ORG"),
    "Kemendikbud": ("Kementerian Pendidikan dan Kebudayaan", "ORG"),
    "Kemenkumham": ("Kementerian Hukum dan HAM", "ORG"),
    "Kemenhub": ("Kementerian Perhubungan", "ORG"),
    "Kemnaker": ("Kementerian Ketenagakerjaan", "ORG"),
    "Kominfo": ("Kementerian Komunikasi dan Informatika", "ORG"),
    "Komdigi": ("Kementerian Komunikasi dan Digital", "ORG"),
    "Kemensos": ("Kementerian Sosial", "ORG"),
    "Kemenpora": ("Kementerian Pemuda dan Olahraga", "ORG"),
    "KLHK": ("Kementerian Lingkungan Hidup dan Kehutanan", "ORG"),
    "ESDM": ("Kementerian Energi dan Sumber Daya Mineral", "ORG"),
    "Kementerian ESDM": ("Kementerian Energi dan Sumber Daya Mineral", "ORG"),
    "Kementerian BUMN": ("Kementerian Badan Usaha Milik Negara", "ORG"),
    "Setneg": ("Kementerian Sekretariat Negara", "ORG"),
    "Kemensetneg": ("Kementerian Sekretariat Negara", "ORG"),
    "Pemprov": ("Pemerintah Provinsi", "ORG"),
    "Pemkot": ("Pemerintah Kota", "ORG"),
    "Pemkab": ("Pemerintah Kabupaten", "ORG"),
    # state companies
    "BUMN": ("Badan Usaha Milik Negara", "ORG"),
    "Pertamina": ("PT Pertamina (Persero)", "ORG"),
    "PLN": ("PT Perusahaan Listrik Negara (Persero)", "ORG"),
    "KAI": ("PT Kereta Api Indonesia (Persero)", "ORG"),
    "Garuda": ("PT Garuda Indonesia (Persero) Tbk", "ORG"),
    "BRI": ("Bank Rakyat Indonesia", "ORG"),
    "BNI": ("Bank Negara Indonesia", "ORG"),
    "BTN": ("Bank Tabungan Negara", "ORG"),
    "BCA": ("Bank Central Asia", "ORG"),
    "BEI": ("Bursa Efek Indonesia", "ORG"),
    "Danantara": ("Badan Pengelola Investasi Daya Anagata Nusantara", "ORG"),
    "Telkom": ("PT Telkom Indonesia (Persero) Tbk", "ORG"),
    # parties and mass organisations
    "PDIP": ("Partai Demokrasi Indonesia Perjuangan", "ORG"),
    "PDI-P": ("Partai Demokrasi Indonesia Perjuangan", "ORG"),
    "PKB": ("Partai Kebangkitan Bangsa", "ORG"),
    "PKS": ("Partai Keadilan Sejahtera", "ORG"),
    "PAN": ("Partai Amanat Nasional", "ORG"),
    "PPP": ("Partai Persatuan Pembangunan", "ORG"),
    "PSI": ("Partai Solidaritas Indonesia", "ORG"),
    "Gerindra": ("Partai Gerakan Indonesia Raya", "ORG"),
    "Golkar": ("Partai Golongan Karya", "ORG"),
    "NasDem": ("Partai NasDem", "ORG"),
    "Nasdem": ("Partai NasDem", "ORG"),
    "Demokrat": ("Partai Demokrat", "ORG"),
    "NU": ("Nahdlatul Ulama", "ORG"),
    "PBNU": ("Pengurus Besar Nahdlatul Ulama", "ORG"),
    "MUI": ("Majelis Ulama Indonesia", "ORG"),
    "YLBHI": ("Yayasan Lembaga Bantuan Hukum Indonesia", "ORG"),
    "Komnas HAM": ("Komisi Nasional Hak Asasi Manusia", "ORG"),
    "ICW": ("Indonesia Corruption Watch", "ORG"),
    "Kadin": ("Kamar Dagang dan Industri Indonesia", "ORG"),
    "Apindo": ("Asosiasi Pengusaha Indonesia", "ORG"),
    # events
    "Pilpres": ("Pemilihan Presiden", "EVENT"),
    "Pileg": ("Pemilihan Legislatif", "EVENT"),
    "Pilkada": ("Pemilihan Kepala Daerah", "EVENT"),
    "Pemilu": ("Pemilihan Umum", "EVENT"),
}

# Short forms of ABBREVIATIONS that news also writes for what is no body: a tax (``PKB`` pajak kendaraan
# bermotor, ``PBB`` pajak bumi dan bangunan), a contract (``PKS`` perjanjian kerja sama), a financing
# scheme (``PPP`` public-private partnership). short form -> (the other reading's long form, words of
# its field, words of the body's field): ``extract.entities.readings`` takes the table's body only when
# the article does not read the short form the other way (it writes the other long form, or only the
# other field's words stand around it). Words lower case, one word each.
_TAX_WORDS = frozenset({
    "pajak", "kendaraan", "bermotor", "samsat", "bapenda", "bbnkb", "swdkllj", "pemutihan", "tunggakan",
    "denda", "bumi", "bangunan", "njop", "tagihan", "retribusi", "pbb-p2",
})
_PARTY_WORDS = frozenset({
    "partai", "fraksi", "politikus", "politisi", "kader", "ketum", "sekjen", "dpp", "dpw", "dpc", "caleg",
    "koalisi", "muktamar", "kongres", "pemilu", "pilkada", "pilpres", "legislator", "elektabilitas",
})
_UNITED_NATIONS_WORDS = frozenset({
    "sidang", "majelis", "resolusi", "sekjen", "markas", "perdamaian", "pasukan", "misi", "forum", "pidato",
    "konferensi",
})
_CONTRACT_WORDS = frozenset({"perjanjian", "penandatanganan", "menandatangani", "ditandatangani", "kesepakatan", "nota"})
_FINANCING_WORDS = frozenset({"skema", "pembiayaan", "investasi", "investor", "swasta", "kpbu", "partnership", "proyek"})
OTHER_READINGS: dict[str, tuple[str, frozenset[str], frozenset[str]]] = {
    "PKB": ("Pajak Kendaraan Bermotor", _TAX_WORDS, _PARTY_WORDS),
    "PBB": ("Pajak Bumi dan Bangunan", _TAX_WORDS, _UNITED_NATIONS_WORDS),
    "PKS": ("Perjanjian Kerja Sama", _CONTRACT_WORDS, _PARTY_WORDS),
    "PPP": ("Public-Private Partnership", _FINANCING_WORDS, _PARTY_WORDS),
}

# Other full names of the organisations above (the English name, the Indonesian one with the country
# short): ``canonical_form`` reads them as the abbreviation's expansion, after both sides lose case,
# function words and the doubling of a plural (``Negara-Negara`` = ``Negara``), so ``OPEC``,
# ``Organisasi Negara Pengekspor Minyak`` and ``Organization of the Petroleum Exporting Countries``
# are one entity.
ORG_OTHER_NAMES: dict[str, str] = {
    "Organization of the Petroleum Exporting Countries": "OPEC",
    "Energy Information Administration": "EIA",
    "US Energy Information Administration": "EIA",
    "Badan Informasi Energi Amerika Serikat": "EIA",
    "Administrasi Informasi Energi AS": "EIA",
    "International Energy Agency": "IEA",
    "Asian Development Bank": "ADB",
    "International Monetary Fund": "IMF",
    "World Health Organization": "WHO",
    "World Trade Organization": "WTO",
    "International Atomic Energy Agency": "IAEA",
    "International Criminal Court": "ICC",
    "United Nations": "PBB",
    "Perserikatan Bangsa Bangsa": "PBB",
    "European Union": "UE",
}

# The first word of an organisation's name written short (``Ditjen Pajak`` = ``Direktorat Jenderal
# Pajak``, ``Pemprov Banten`` = ``Pemerintah Provinsi Banten``): ``canonical_form`` writes it out
# before comparing names.
ORG_HEAD_ABBREVIATIONS: dict[str, str] = {
    "Ditjen": "Direktorat Jenderal",
    "Kanwil": "Kantor Wilayah",
    "Pemprov": "Pemerintah Provinsi",
    "Pemkab": "Pemerintah Kabupaten",
    "Pemkot": "Pemerintah Kota",
}
# Of those, a regional government's: the linker joins the two forms only once events are known.
REGIONAL_GOVERNMENT_HEADS = frozenset({"Pemprov", "Pemkab", "Pemkot"})

# A company's legal form around its name (``PT``, ``(Persero)``, ``Tbk``): ``PT PLN (Persero)`` is the
# ``PLN`` of ABBREVIATIONS.
# The link between two legal citations (``Pasal 55 KUHP jo. Pasal 64``, juncto) a tagger glues to the
# name of the law before it (``KUHP Jo``): no part of the law's name. Lower case.
CITATION_LINKS = frozenset({"jo", "jo.", "juncto"})
LEGAL_FORM_BEFORE = frozenset({"PT", "PT.", "CV", "Perum", "Perumda"})
LEGAL_FORM_AFTER = frozenset({"(Persero)", "Tbk", "Tbk.", "(Persero)Tbk", "Persero"})

# Technologies written as an acronym or spelled out (``alat RFID``, ``kamera CCTV``): a product
# (the dossier's thing type), not the organisation an unknown acronym is taken for. Kept out of
# ABBREVIATIONS, which the NER models read as features. acronym -> its English expansion; both are
# retyped (``Radio Frequency Identification (RFID)``). Case-sensitive.
TECHNOLOGIES: dict[str, str] = {
    "RFID": "Radio Frequency Identification", "NFC": "Near Field Communication",
    "GPS": "Global Positioning System", "CCTV": "Closed Circuit Television", "IoT": "Internet of Things",
    "LTE": "Long Term Evolution", "OCR": "Optical Character Recognition", "LiDAR": "Light Detection and Ranging",
    "Lidar": "Light Detection and Ranging", "ANPR": "Automatic Number Plate Recognition",
    "MLFF": "Multi Lane Free Flow", "QRIS": "Quick Response Code Indonesian Standard",
}
