"""Word lists of entity resolution: what a merge key drops, which roles say nothing about who holds
them, which bodies only Indonesia has, and the words that open a nickname or mark a private person.

Data only; read by ``kliping.link.aliases`` (the package re-exports the honorific sets). Lower case.
Several lists here look like ones in :mod:`kliping.lang.id.titles` or :mod:`kliping.lang.id.cues`
and are kept apart on purpose: they hold other words (``HONORIFICS`` here is what a merge key drops,
``titles.HONORIFICS`` what opens a person's name; ``KINSHIP_WORDS`` holds ``ibu``, which
``cues.KIN_NOUNS`` leaves out), and merging them would change what the rules join.
"""

from __future__ import annotations

from kliping.lang.id.entity_words import PARLIAMENT_WORDS as _PARLIAMENT_WORDS
from kliping.lang.id.wordsets import words as _words

# Honorifics written before a name; they are not part of the name nor a useful description
# (``link.aliases.keys.strip_honorifics``).
HONORIFICS: frozenset[str] = _words("""
mr mrs ms miss dr prof tuan nyonya nona bapak ibu sdr sdri saudara saudari hj kh sir
""")
# Honorifics that are also names (``Pak Thae Song`` is a Korean family name, ``Mas`` a Javanese
# given name): stripped only when a single name token remains (``Pak Kim`` -> ``Kim``).
WEAK_HONORIFICS: frozenset[str] = _words("pak bu mas mbak bung h")
# Legal-form words around company names: ``PT Pertamina (Persero)`` is ``Pertamina``.
CORPORATE_AFFIXES: frozenset[str] = _words("pt tbk persero cv inc ltd corp co")
# A body's word written as the agent noun or as the process noun of one verb (``Penyelenggara`` /
# ``Penyelenggaraan``, ``Pengawas`` / ``Pengawasan``, ``Pemilih`` / ``Pemilihan``): the prefix the
# agent noun opens with and the suffix the process noun adds (``link.aliases.spelling``).
AGENT_NOUN_PREFIX = "pe"
PROCESS_NOUN_SUFFIX = "an"

# Bodies only Indonesia has (first word(s), casefolded): ``Kejaksaan Agung RI`` is ``Kejaksaan
# Agung``; ``Kedutaan Besar RI`` is not a bare ``Kedutaan Besar`` (often another country's).
INDONESIAN_BODIES: tuple[tuple[str, ...], ...] = (
    ("kejaksaan", "agung"), ("dpr",), ("mpr",), ("dpd",), ("komisi",), ("polri",), ("tni",), ("kpk",),
    ("bpk",), ("mahkamah", "agung"), ("mahkamah", "konstitusi"), ("kpu",), ("bawaslu",), ("ojk",),
    ("bank", "indonesia"), ("badan", "legislasi"), ("baleg",), ("banggar",), ("setneg",), ("kemenkeu",),
    ("dewan", "perwakilan"), ("majelis", "permusyawaratan"), ("kepolisian", "negara"), ("kpai",),
    ("komnas",), ("bnpb",), ("basarnas",), ("bnn",), ("bin",), ("bpom",), ("ppatk",), ("lpsk",),
    ("kejagung",), ("kementerian",), ("kemensos",), ("kemenkes",), ("kemendikbud",), ("kemenag",),
    ("korps", "adhyaksa"), ("polda",), ("polres",), ("kodam",), ("badan", "gizi"), ("bgn",),
)

# Words of a title that say nothing about who holds it (``Presiden RI``, ``Presiden Republik
# Indonesia`` and ``Presiden Indonesia`` are the office ``Presiden`` names in Indonesian news).
ROLE_STOP_WORDS: frozenset[str] = _words("dan di dari ke yang ri republik indonesia the of")
# Words of many offices' names, no office on their own: ``Kajari`` (kejaksaan *negeri*) is no
# ``Menteri Dalam Negeri``, ``Gubernur Sumatera Utara`` no ``Wali Kota Jakarta Utara``.
_OFFICE_NAME_WORDS: frozenset[str] = _words("negeri negara dalam luar tinggi utara selatan barat timur tengah")
# Generic heads of a role: ``Ketua RT setempat`` and ``Ketua KPK`` share ``ketua`` but no office;
# they are dropped before roles are compared, so only the organisation or place part counts.
GENERIC_ROLE_WORDS: frozenset[str] = _words("""
ketua wakil kepala direktur utama menteri anggota warga sekretaris
kabid kasi kasubag plt plh mantan eks staf staff pejabat pegawai
koordinator pimpinan pemimpin juru bicara jubir kuasa hukum pengacara
general manager manajer komisaris bendahara pengurus pendiri dewan
setempat senior umum jenderal sekjen presiden gubernur bupati wali kota
camat lurah kades desa relawan petugas tersangka saksi korban
terdakwa pelaku ibu bapak rumah tangga pelajar siswa mahasiswa
""") | _OFFICE_NAME_WORDS

# Two-letter words that are name particles (``Al``, ``El``) or a misread ``AI``, not names: ``Li``,
# ``Xi``, ``Wu`` are family names and join their person like any other short form.
TWO_LETTER_PARTICLES: frozenset[str] = _words("al el ar ad as an at az ai")

# Words a nickname opens with. Public figures' honorifics (``Gus Ipul``, ``Cak Imin``, ``Kang Emil``,
# ``Buya Hamka``): news calls the figure so in other stories too. Everyday forms of address (``Bang
# Roni``, ``Mbah Darmo``, ``Teh Nia``): many people are called so, so the nickname is that person's
# in its own article only. ``pak``, ``bu``, ``mas``, ``bung``, ``habib``, ``kiai``, ``ustaz`` are no
# nickname openers: a title or an honorific the name is stripped of (tested disjoint).
PUBLIC_NICKNAME_HONORIFICS: frozenset[str] = _words("gus cak kang abah buya daeng ning")
ADDRESS_NICKNAME_HONORIFICS: frozenset[str] = _words("bang om teh aa uda uni mbah neng ustad")
NICKNAME_HONORIFICS: frozenset[str] = PUBLIC_NICKNAME_HONORIFICS | ADDRESS_NICKNAME_HONORIFICS
# Regional offices written as one word that no title list holds (``Budi Santoso (Sekda)``): no
# nickname. Not ``titles.REGIONAL_OFFICE_HEADS``, which opens a person's name and holds other words.
REGIONAL_OFFICE_WORDS: frozenset[str] = _words("sekda sekdaprov sekkab sekkot sekwan sekdes sekcam kadus perbekel")
# Kinship words: ``Andi Wijaya (Istri)`` says who the person is to someone, not what they are called.
KINSHIP_WORDS: frozenset[str] = _words("""
istri suami ayah ibu anak adik kakak kakek nenek paman bibi cucu menantu mertua keponakan sepupu ipar
""")

# Everyday roles news gives a private person in apposition after a one-word name (``Dian, petani di
# ...``, ``Dian, seorang sopir``), where public figures get their office. Not the roles of a case
# (``tersangka``, ``pelaku``, ``korban``) nor ``pemilik``: news writes them after ministers and
# tycoons too. Multi-word entries match any run of white space.
PRIVATE_ROLE_WORDS: frozenset[str] = frozenset({
    "warga", "petani", "pedagang", "sopir", "buruh", "nelayan", "karyawan", "pengemudi", "ibu rumah tangga",
    "siswa", "siswi", "mahasiswa", "mahasiswi", "pelajar", "tetangga", "kerabat",
})

# Head words of a ministry's units (``Direktorat Jenderal Pajak``, ``Badan Kebijakan Fiskal``, ``Biro
# Hukum``): written with the ministry after them (``Ditjen Imigrasi Kementerian Imigrasi dan
# Pemasyarakatan``) the name is the unit's, and an article writing the unit bare too means that unit.
MINISTRY_UNIT_HEADS: frozenset[str] = _words("""
direktorat ditjen badan biro pusat sekretariat setjen inspektorat itjen deputi balai lembaga
""")

# The head of a regional government (its title written out: ``Walkot`` is ``wali kota``), an office
# local news calls by the holder's one name in stories set in the region (``Pramono`` of ``Gubernur
# DKI Jakarta Pramono Anung``); a deputy (``wakil``) is not the head.
REGIONAL_HEAD_OFFICES: tuple[tuple[str, ...], ...] = (("gubernur",), ("bupati",), ("wali", "kota"), ("walikota",))
# Words of a region's name that say which kind of region it is, not which one (``DKI Jakarta``,
# ``Provinsi Jawa Barat``, ``Kabupaten Bogor``): dropped to compare a region named two ways.
REGION_KIND_WORDS: frozenset[str] = _words("dki diy daerah khusus istimewa ibu ibukota provinsi prov kota kabupaten kab administrasi")
# A parliament's units written bare once the article has named them with their parliament
# (``Komisi III`` after ``Komisi III DPR``; ``link.aliases.bodies._join_parliament_units``), and the
# parliaments (``entity_words.PARLIAMENT_WORDS`` but its unit ``komisi``). Lower case.
PARLIAMENT_UNIT_HEADS: frozenset[str] = _words("komisi pansus panja")
PARLIAMENTS: frozenset[str] = _PARLIAMENT_WORDS - PARLIAMENT_UNIT_HEADS
# Head words written before a region's name that say only which kind of region it is: a foreign
# city's (``Kota Makkah``, ``Kota New York``) and an Indonesian province's (``Provinsi Nusa Tenggara
# Barat``); the name without them is the same place (``link.aliases.places.kind_word_bare``). Lower case.
CITY_HEADS: frozenset[str] = _words("kota")
PROVINCE_HEADS: frozenset[str] = _words("provinsi")
# Words between ``kota`` and a list opener that keep the list one of cities (``kota besar seperti
# Medan, Padang, dan Jambi``, ``kota-kota lain seperti ...``; ``link.aliases.places.region_cues``).
CITY_LIST_WORDS: frozenset[str] = _words("besar kecil lain lainnya utama penyangga metropolitan")
# The heads of a district's name (``Kecamatan Tembalang``; ``Distrik`` in Papua): a district of a
# city or regency sharing a bare name says which of the two an article means
# (``link.aliases.places._districts_placed``). Lower case.
DISTRICT_HEADS: frozenset[str] = _words("kecamatan distrik")
# Head words of a sea, strait, mountain or island's name (``Laut Mediterania``, ``Selat Malaka``):
# written with one letter wrong (``Lau Mediterania``) the tagger may type the place a person, and
# the article's own spelling of the place tells it back (``link.aliases.spans._places_misspelt_as_people``).
# Lower case.
GEOGRAPHIC_HEADS: frozenset[str] = _words("""
laut selat teluk samudra samudera gunung pegunungan pulau kepulauan danau sungai tanjung semenanjung lembah
""")
# Heads of a complex of buildings (``Kompleks Istana Kepresidenan``, ``Kawasan Parlemen``) and the
# kinds of building a complex is named after: written with the kind alone (``Kompleks Istana``,
# ``Kompleks Parlemen``), the name is cut at the kind and means the one complex of that kind its
# story is about (``link.aliases.places._join_cut_complexes``). Lower case.
COMPLEX_HEADS: frozenset[str] = _words("kompleks komplek kawasan")
COMPLEX_BUILDING_KINDS: frozenset[str] = _words("""
istana parlemen masjid gereja pura klenteng vihara keraton kraton kedaton candi stadion gelora kampus
perkantoran pergudangan pemakaman makam
""")

# Words that name the kind or level of a body with a branch in every town, never which one it is
# (``Pengadilan Tipikor``, ``Kejaksaan Negeri``, ``Polres Metro``, ``KPP Pratama``, ``Kantor
# Imigrasi``): an organisation written with its town whose bare name has only these after its head
# is that town's branch, not the one body a bare use elsewhere names
# (``link.aliases.places.town_tail``). Lower case.
BRANCH_KIND_WORDS: frozenset[str] = _words("""
negeri tinggi agung agama militer niaga tipikor hubungan industrial tata usaha negara metro resor
sektor kota kabupaten provinsi daerah wilayah cabang pratama madya kelas imigrasi pajak bea cukai
perwakilan pembantu distrik regional dki diy
""")
# Heads of a party's or association's branch (``DPC Gerindra Jakarta Timur``, ``PWNU Jawa
# Timur``, ``Cabang ...``): the name after one is the parent body, written with each town's branch.
BRANCH_HEADS: frozenset[str] = _words("dpc dpd dpw pc pw pwnu pcnu pimpinan cabang kanwil kancab kantor unit")
# Heads of an institution that has one seat and its own name (``Universitas Borobudur``, ``Ponpes
# Al-Khoziny``, ``Rumah Sakit Islam Sultan Agung``): written with its town, the town is where it
# stands, not which branch (``link.aliases.places.town_tail``). Not a government office or a
# company (``Badan``, ``Dinas``, ``PT``, ``Bank``): their names are common words
# (``Badan Penanggulangan Bencana Daerah``) or have branches. Lower case; two-word heads as written.
OWN_SEAT_ORG_HEADS: frozenset[str] = frozenset({
    *_words("""
universitas institut politeknik akademi stikes stie stmik stai iain uin ponpes pesantren yayasan
rs rsu rsi rsia rsud rsup
"""), "pondok pesantren", "rumah sakit", "sekolah tinggi"})
# Short names of regional bodies that news writes alone once the article has named the one of its
# area (``Polda`` after ``Polda Sumut``, ``Pemprov`` after ``Pemprov Banten``): the bare use is that
# body (``link.aliases.short_forms._bare_regional_bodies``). Not ``KPU`` or ``Bawaslu``, whose bare
# use is as often the national commission.
REGIONAL_BODY_SHORT_NAMES: frozenset[str] = _words("""
pemprov pemkab pemkot pemda polda polres polresta polrestabes polsek kejati kejari bpbd dprd
""")
# Words that make a body's name a national one (``Badan Pertanahan Nasional``, ``Kejaksaan Agung
# RI``): written alone it is the national body, not the regional office the article also names
# (``... Nasional Kota Bandar Lampung``; ``link.aliases.short_forms._offices_without_area``).
NATIONAL_NAME_WORDS: frozenset[str] = _words("nasional pusat agung ri indonesia republik")
# The last word of a national body's name that news and its speakers drop once the story has named
# the body (``Badan Gizi`` for ``Badan Gizi Nasional``; ``link.aliases.bodies._join_names_cut_before_and``):
# of NATIONAL_NAME_WORDS, only the one that names no other body when dropped (``Kejaksaan`` is not
# ``Kejaksaan Agung``).
NATIONAL_TAIL_WORDS: frozenset[str] = _words("nasional")
