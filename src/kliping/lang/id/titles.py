"""Indonesian titles, honorifics and roles written before (or in apposition after) a person's name.

Data only; the entity extractor (``kliping.extract.entities``) uses these lists to keep titles out of
person mentions (``Presiden Vladimir Putin`` -> ``Vladimir Putin`` with title ``Presiden``) and to
find names that follow a title. Everything is lower case; matching is case-insensitive because news
text writes both ``Presiden Joko Widodo`` and ``presiden Joko Widodo``.

This is the one place for title words: the quote rules build their lists from these
(``cues.SPEAKER_TITLES`` from TITLE_HEADS, RANKS and OFFICE_HEADS; ``cues.ROLE_NOUNS`` from
CASE_ROLE_NOUNS) and add only the words they alone need.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kliping.lang.id.wordsets import words as _words


def _lines(text: str) -> frozenset[str]:
    return frozenset(line.strip() for line in text.strip().splitlines())

# Words that open a title phrase before a name. A title phrase is a head, then any TITLE_WORDS
# (``menteri`` + ``luar negeri``), then optionally a place or organisation it is *of*
# (``Menteri Pertahanan Korea Selatan``), then the name.
TITLE_HEADS: frozenset[str] = _words("""
presiden wapres wakil menteri menko mendagri menlu menhan menkeu menkes mendikbud mensesneg menag
menkominfo menaker mentan mendag menperin menpora menparekraf menkumham menteri-menteri
perdana raja ratu pangeran putri putra sultan kaisar paus uskup imam syekh ayatollah
jenderal letjen mayjen brigjen laksamana laksdya laksda laksma marsekal marsdya marsda marsma
kolonel letkol mayor kapten letnan sersan kopral prajurit komisaris kompol akbp kombes irjen komjen
brigadir bripda briptu aiptu aipda ipda iptu akp
kapolri kapolda kapolres kapolsek wakapolri kasad kasal kasau panglima pangdam danrem dandim
komandan kepala kabag kadis kasatreskrim kasat kabid kabareskrim
direktur dirut dirjen deputi sekjen sekretaris sesmen
ketua wakil-ketua waketum ketum sekretaris-jenderal bendahara anggota
juru jubir gubernur wagub bupati wabup wali walkot wawali camat lurah kades
duta dubes konsul atase kanselir
hakim jaksa jaksa-agung advokat pengacara
tuan nyonya nona mr. mrs. ms. miss sir lord dame madame monsieur ny ny. tn tn. sdr sdr. sdri bpk bpk.
bapak pak ibu bu mbak mas bung kak
dr. dr prof. prof ir. drs. dra. hj. kh. kh habib ustaz ustadz kiai kyai romo pendeta jendral
pakar analis pengamat peneliti ilmuwan profesor dosen guru
ceo cfo coo presdir komut founder pendiri pemimpin pimpinan pemilik
pelatih kapten-tim manajer striker penyerang gelandang kiper bek
aktor aktris penyanyi musisi sutradara penulis wartawan jurnalis fotografer
mantan eks almarhum almarhumah mendiang
senator anggota-dpr legislator politikus politisi
""")

# Words that may continue a title phrase after its head (ministry portfolios, ranks, offices).
TITLE_WORDS: frozenset[str] = _words("""
presiden wakil menteri jenderal utama muda madya pertama kedua besar agung tinggi
luar dalam negeri pertahanan keamanan keuangan perdagangan perindustrian kesehatan pendidikan
kebudayaan agama hukum ham sosial pertanian kelautan perikanan energi sumber daya mineral esdm
bumn koordinator bidang politik ekonomi maritim investasi perhubungan pariwisata ekonomi kreatif
komunikasi informatika digital ketenagakerjaan tenaga kerja pemuda olahraga lingkungan hidup kehutanan
sekretaris negara kabinet perencanaan pembangunan nasional bappenas pupr pekerjaan umum perumahan rakyat
desa daerah tertinggal transmigrasi pemberdayaan perempuan perlindungan anak aparatur reformasi birokrasi
riset teknologi tinggi pangan perlindungan pekerja migran imigrasi pemasyarakatan
staf umum operasi intelijen khusus angkatan darat laut udara
pajak anggaran perbendaharaan bea cukai kekayaan perimbangan pengelolaan pembiayaan risiko
eksekutif operasional komersial teknik produksi pemasaran hubungan masyarakat humas
harian umum dewan pengurus pusat komisi fraksi majelis
senjata militer keamanan pertahanan politik ekonomi energi minyak hubungan internasional kebijakan
senior utama terpilih sementara nonaktif definitif
sita polhukam perekonomian kemaritiman marves pmk kesra ekuin niaga pidana perdata militer tata usaha
dan & -
bicara besar kota madya
pol pol. purn purn. (purn) tni polri
""")

# Exact title phrases (lower case) that are titles on their own, used as features and for tests of
# coverage. Multi-word ones matter where their words are also ordinary words (``juru bicara``).
TITLES: frozenset[str] = _lines("""
presiden
wakil presiden
perdana menteri
menteri
menteri pertahanan
menteri luar negeri
menteri dalam negeri
menteri keuangan
menteri perdagangan
menteri koordinator
menkeu
menlu
menhan
jenderal
brigadir jenderal
letnan jenderal
mayor jenderal
laksamana
laksamana muda
marsekal
kolonel
tuan
mr.
bapak
pak
ibu
bu
dr.
prof.
pakar senjata
juru bicara
direktur jenderal
direktur
gubernur
bupati
wali kota
walikota
kapolri
ketua
ketua umum
kepala
panglima
duta besar
sekretaris jenderal
kanselir
raja
ratu
pemimpin
""")

# Words that start an appositive role right after a name and a comma:
# ``Nam Sung-wook, mantan direktur lembaga riset itu, mengatakan``.
APPOSITIVE_HEADS: frozenset[str] = _words("""
mantan eks ketua wakil direktur dirut kepala menteri juru jubir pakar analis pengamat peneliti ilmuwan
profesor dosen guru besar anggota presiden perdana sekretaris komandan panglima gubernur bupati wali
duta dubes ceo pendiri pemimpin pimpinan pemilik pejabat petinggi staf penasihat asisten koordinator
kapolri kapolda kapolres pelatih manajer pengacara kuasa jaksa hakim warga ahli kandidat calon
seorang salah
""")

# Personal honorifics: always followed by a name, so even one capitalised word after them is a name
# (``Tuan Kim``). Other title heads need a two-word name or the model's agreement.
HONORIFICS: frozenset[str] = _words("""
tuan nyonya nona mr. mrs. ms. miss sir lord dame madame monsieur bapak pak ibu bu mbak mas kak
dr. prof. ir. drs. dra. hj. kh. habib ustaz ustadz kiai kyai romo pendeta ny ny. tn tn. sdr sdr. sdri bpk bpk.
""")

# Particles that may sit inside a person's name (``Abdullah bin Zayed``, ``Ursula von der Leyen``).
NAME_PARTICLES: frozenset[str] = _words("bin binti van von der de del al el ibn abu")

# ---- dossier-profile additions. Kept out of TITLE_HEADS/TITLE_WORDS on purpose: those two sets are
# features of the trained NER models (``ner_features.lexicon``), so growing them would change what the
# shipped models see without retraining. The entity rules use the unions (``entities._HEADS``); the
# quote rules read RANKS, OFFICE_HEADS and CASE_ROLE_NOUNS through ``cues``.

# Police and military ranks (TNI, Polri). A rank inside a capitalised run ends whatever office, unit
# or place precedes it: ``Polda Metro Jaya Brigjen Ade Ary`` -> the name starts after ``Brigjen``.
# Quote rules: part of ``cues.SPEAKER_TITLES``, stripped from a speaker's name.
RANKS: frozenset[str] = _words("""
jenderal letjen mayjen brigjen komjen irjen kombes akbp kompol akp iptu ipda aiptu aipda bripka
brigadir briptu bripda bharada bharatu bharaka abrip abripda
kolonel letkol mayor kapten lettu letda letnan serma serka serda sertu pelda peltu sersan
kopral kopda koptu kopka praka pratu prada
laksamana laksdya laksda laksma marsekal marsdya marsda marsma
""")

# Heads of regional government offices written as one word: ``Kadinsos`` (Kepala Dinas Sosial),
# ``Kadishub`` (Perhubungan), ``Kadinkes`` (Kesehatan), ``Kasatpol PP`` (the municipal police unit),
# ``Kalaksa BPBD``, ``Kasudin`` (a Jakarta sub-office). Unlike the police and prosecutor sections
# below, nothing but a place and a person's name follows them, so the entity rules let them open a
# person (``entities._TRIGGER_HEADS``: ``Kadinsos Kota Medan [Fulan Fulani]``); part of OFFICE_HEADS
# for every other use.
REGIONAL_OFFICE_HEADS: frozenset[str] = _words("""
kadishub kadinkes kadisdik kadinsos kadissos kadisos kadisnaker kadisnakertrans kadisdukcapil kadispar
kadisbudpar kadisparbud kadisperindag kadisdag kadiskominfo kadispora kadistan kadisbun kadishut
kadisperkim kadispenda kadiskes kadisbud kadisdikbud kadiskop kadiskopukm kadispupr kadislh kadispangan
kadisketapang kadisperta kadispertan kadisdamkar kadispmd kadisarpus kasatpol kasatpolpp kasudin
kalaksa kalakhar kakankemenag sekda sekdes sekdakab sekdaprov
""")
# The unit word written after one of these heads, part of the title (``Kasatpol PP Agus ...``: the
# ``PP``, Pamong Praja, is no first name). Only after its head: ``PP`` alone opens names (``PP
# Muhammadiyah``).
REGIONAL_OFFICE_UNITS: dict[str, str] = {"kasatpol": "pp"}

# Body heads that a field's short form in brackets leaves out: ``Dinas Pekerjaan Umum (PU) Sikka`` is
# written short ``Dinas PU Sikka``, ``Badan Kesatuan Bangsa dan Politik (Kesbangpol) Sumut`` is
# ``Badan Kesbangpol``, ``Pengadilan Tindak Pidana Korupsi (Tipikor) Medan`` is ``Pengadilan Tipikor``,
# so the bracket abbreviates the words after the head, and the area after it still belongs to the
# name. Lower case.
BRACKET_SKIPPED_HEADS: frozenset[str] = _words("dinas sudin badan pengadilan")

# A tax office's class, written between its short form and its area (``KPP Pratama Klaten``, ``Kantor
# Pelayanan Pajak (KPP) Madya Semarang``): part of the office's name, never a place's first word; the
# tagger cuts the office before it and reads ``Pratama X`` as a place. By the short form written
# before the class; case-sensitive.
OFFICE_CLASSES: dict[str, frozenset[str]] = {"KPP": frozenset({"Pratama", "Madya"})}

# Regional agencies written short and named after the regency or city they serve (``BPBD Garut``,
# ``DPRD Sleman``, ``Dinkes Kota Bogor``, the prosecutors' ``Kejari Lembata``): after an office head (``Kepala BPBD Garut [Fulan]``,
# ``Ketua DPRD Sleman [Fulan]``) the words after one are the area first, then the holder, as after
# ``Bupati``. Lower case; the entity rules read them only right after a title head.
REGIONAL_AGENCIES: frozenset[str] = _words("""
bpbd bappeda bapenda bappenda bpkad bpkd bkpsdm bkd dprd kpu kpud bawaslu rsud pdam perumda
disdik dinkes dishub dinsos dlh damkar disdukcapil dpmptsp dpupr pupr kesbangpol diskominfo
disnaker disparbud dispar disperindag dispora satpol kejari kejati
""")

# Office heads written as one abbreviated word (``Kapuspenkum Kejagung``, ``Kasatlantas``, ``Wamenkeu``):
# a title, never the start of a name. The one list of them, read by both rule sets:
# * entity rules (``entities._ORG_STOP``): a title before a person's name, and the end of an
#   organisation name before it;
# * quote rules (through ``cues.SPEAKER_TITLES``): stripped from a speaker's name, and a bare one
#   names nobody (``kata Kanit`` is the person the article introduced with that office; a glued one
#   such as ``Kasintel`` is ``Kasi Intel`` written out).
# Heads that are also TITLE_HEADS (``kapolres``, ``kasat``, ``kabid``) are there, not here.
OFFICE_HEADS: frozenset[str] = _words("""
kapolresta kapolrestabes wakapolda wakapolres wakapolresta wakapolrestabes kabaharkam kakorlantas
kadiv kadivhumas kabidhumas karo karopenmas kasubdit kasubdirektorat kasubbid wadir
dirreskrimum dirreskrimsus dirresnarkoba dirlantas kasatlantas kasatnarkoba kasatintelkam
kasatsabhara kasatbinmas wakasat kanit kanitreskrim kapospol kaops
kapuspenkum kasipenkum kajari kajati kasi kasie kasintel kasipidsus kasipidum kasidatun kasubsi
kapuspen kadispen kapendam kapenrem dansat danramil danlanal danyon danki danpuspom
kapus kapuskes kalapas karutan kakanwil kasubbag kasubag kaur
wamen wamenkes wamenlu wamenhan wamenkeu wamendagri wamenag wamenaker wamenpora wamenkumham
wamensesneg wamendikdasmen wamendiktisaintek wamenkomdigi wamen-bumn wamenpan-rb wamentan wamendag
""") | REGIONAL_OFFICE_HEADS

# Abbreviations of an acting office written before a title (``Pj Sekda``, ``Plt Bupati``): part of
# the title, never the start of a name (``entities``: stripped with the title from a person span).
ACTING_PREFIXES: frozenset[str] = _words("""
pj pjs plt plh pj. pjs. plt. plh.
""")

# Role nouns of news about crime and courts, and professions missing from TITLE_HEADS: a role before
# the name (``Terdakwa Nasiro`` -> person ``Nasiro``, title ``Terdakwa``), never part of it. Entity
# rules: they strip and title a name found otherwise (``entities._HEADS``). Quote rules: part of
# ``cues.ROLE_NOUNS`` (``kata saksi, Budi`` -> Budi; a bare ``kata saksi`` names nobody).
CASE_ROLE_NOUNS: frozenset[str] = _words("""
terdakwa tersangka terpidana terperiksa terlapor pelapor penggugat tergugat saksi korban pelaku
narapidana napi buronan tahanan pengasuh santri
ekonom
""")

# Common nouns glued to a name that are neither part of it nor a title (``Jasad Endang``).
BODY_NOUNS: frozenset[str] = _words("jasad jenazah mayat kerangka")

# Police and prosecutor sections, written after an office head or glued to it (``Kasat Reskrim`` /
# ``Kasatreskrim``, ``Kasi Intel`` / ``Kasintel``, ``Kabid Humas`` / ``Kabidhumas``): part of a
# title, never a name. Entity rules: they continue a title phrase (DOSSIER_TITLE_WORDS). Quote rules:
# stripped from a speaker's name (``cues.SPEAKER_TITLES``), and the tails a glued office is expanded
# with (``kata Kasat`` -> the person introduced as ``Kasatreskrim``).
OFFICE_UNITS: frozenset[str] = _words("""
reskrim intel intelkam pidsus pidum penkum datun lantas narkoba sabhara binmas humas propam
""")

# Ministries, sectors and agencies written as one short word between an office and a name
# (``Menteri Imipas Agus ...``, ``Kepala Humas SKK Migas Rudi ...``): the portfolio of the office or
# the end of the organisation before it, never a first name. Entity rules only (via
# DOSSIER_TITLE_WORDS): TITLE_WORDS are features of the shipped models. Not ``Koperasi``: it also
# opens organisation names (``Koperasi Desa ...``), which a title word after ``dan`` would cut.
UNIT_SHORT_NAMES: frozenset[str] = _words("""
imipas komdigi kemkomdigi kominfo banggar gakkum pupr pu esdm migas minerba ebtke ekraf
""")

# Ministry portfolios that are not TITLE_WORDS and have no pe-/ke-...-an shape (``Menteri Koperasi``,
# ``Menteri Agraria``, ``Menteri Haji``): right after ``Menteri``/``Wamen``/``Menko`` such a word is the
# office's field, never the first word of the holder's name (``Wakil Menteri Koperasi Dewi ...``).
# Dossier entity rules only (not model features: ``Koperasi`` and ``Haji`` also open other names).
MINISTRY_PORTFOLIOS: frozenset[str] = _words("koperasi agraria haji umrah")
# Office heads a ministry portfolio follows. Lower case.
MINISTER_HEADS: frozenset[str] = _words("menteri wamen menko")

# Head nouns of units and organisations (``Divisi Manajemen Proyek``, ``Satuan Siber``, ``Pemerintah
# Provinsi Papua``): capitalised after an office they name what the office heads, never a person, and a
# span opening with one is an organisation. Entity rules only (not model features); words that are
# TITLE_WORDS already (``bidang``, ``komisi``, ``dewan``) continue the title instead. Not ``Tim``
# (``Tim Cook``) nor ``Pusat`` (a place word).
UNIT_HEADS: frozenset[str] = _words("""
divisi satuan pemerintah bagian seksi subbagian subbidang subdit subdirektorat departemen biro
sekretariat inspektorat unit satgas yayasan perusahaan kantor balai korps kejaksaan pengadilan
kepolisian universitas fakultas institut akademi politeknik
""")

# Head words of government bodies whose name lists the fields they cover, set off by commas and a last
# ``dan`` (``Dinas Pertanian, Perikanan, dan Ketahanan Pangan``, ``Badan Meteorologi,
# Klimatologi, dan Geofisika``, ``Bagian Pengadaan Barang dan Jasa``): the name runs to the last field.
# Dossier entity rules only. Lower case.
FIELD_LIST_HEADS: frozenset[str] = _words("""
dinas badan bagian biro bidang seksi subbagian subbidang kementerian kemenko direktorat ditjen
deputi asisten pusat balai lembaga komisi tim unit satuan satgas
""")

# People of a school or another institution written right before its name (``siswa SMPN 1 X``, ``pihak
# SMAN 2 Y``, ``guru SD Negeri 3 Z``): the name is then the body whose people they are, not the
# building. Dossier entity rules only. Lower case.
INSTITUTION_PEOPLE_WORDS: frozenset[str] = _words("""
siswa siswi murid pelajar guru pihak alumni alumnus santri pengurus pengelola karyawan pegawai staf
""")

# Unit words of the police and regional government (``Satuan Reserse Kriminal``, ``Sekretariat DPRD``)
# and their one-word short forms (``Satreskrim``, ``Setwan``, ``Satpol PP``, ``Provos``): a name opening
# with one is an organisation's unit, never a place or a person. Dossier entity rules only. The
# short forms are the syllable acronyms of ``satuan`` (sat-), ``sekretariat`` (set-) and
# ``direktorat`` (dit-) units and the internal-affairs bodies, and the short forms of police, army,
# prosecutor and provincial-office units (``Polantas``, ``Puspenkum``, ``Cabdin``, ``Koramil``, ``Polsek``)
# and of the village police and army posts (``Bhabinkamtibmas``, ``Babinsa``), which the model reads
# after ``di``/``ke`` as a place or alone as a first name.
UNIT_BODY_HEADS: frozenset[str] = _words("""
satuan satgas sekretariat inspektorat subdit subdirektorat direktorat divisi biro seksi subbagian
subbidang korps koalisi aliansi paguyuban perkumpulan himpunan bagian kelompok
""")
# Health centres and clinics (``Puskesmas Kairatu``, ``Klinik Sehat``): like a hospital (``RS``, an
# organisation cue), the body that treats patients, runs a programme or is headed by someone, which the
# tagger reads after ``di`` as a place. Dossier entity rules, and the figures, for which it is still where
# patients are counted (``synth.figures.measures.places_outside_amounts``; both through
# :func:`health_centre_head`). Lower case.
HEALTH_CENTRE_HEADS: frozenset[str] = _words("puskesmas klinik")
# Javanese and Malay royal houses as institutions (``Kasultanan Ngayogyakarta Hadiningrat`` owning
# land, ``Kadipaten Pakualaman``): a body, never a place, also written alone (``tanah Kasultanan``).
# Dossier entity rules only. Lower case.
ROYAL_HOUSES: frozenset[str] = _words("kasultanan kesultanan kadipaten pakualaman")
# Royal titles and Javanese noble words opening a name the tagger types a body or a place
# (``Permaisuri Eugenie``, ``Gusti Raden Mas ...``): the name is a person's. Not ``sultan`` (``Sultan
# Ground``, land) nor ``putri``/``putra`` (given names too). Dossier entity rules only. Lower case.
ROYAL_TITLES: frozenset[str] = _words("permaisuri ratu raja pangeran kaisar maharani maharaja")
NOBLE_WORDS: frozenset[str] = _words("gusti raden kanjeng")
UNIT_ACRONYMS: frozenset[str] = _words("""
satreskrim satresnarkoba satlantas satintelkam satsamapta satsabhara satbinmas sattahti satbrimob
satpolairud satpol satpolpp satlinmas satgas setwan setda setdakab setdaprov setjen setkab setneg
setditjen ditreskrimum ditreskrimsus ditresnarkoba ditlantas ditintelkam ditsamapta ditpolairud
ditbinmas ditsiber subdit provos propam paminal wabprof
polantas puspenkum cabdin bhabinkamtibmas babinsa koramil kodim polsek polres polresta polrestabes resmob
kortas spkt sppg ditressiber ditreskrimsiber
""")

# Short forms of joint bodies and groups named after what they gather: the regional leadership
# forums (``Forkopimda``, district ``Forkopimcam``/``Forkompincam``, their older ``Muspida``/
# ``Muspika``), the state banks' group (``Himbara``), village cooperatives and enterprises
# (``Kopdes``, ``Bumdes``), farmers' groups (``Gapoktan``), and the regional offices' short forms
# (``Dinkes``, ``Diskominfo``: ``Dinas Kesehatan``, ``Dinas Komunikasi dan Informatika``). Read
# alone or before a place (``Forkopimcam Cisolok``) the model takes them for a first name; they open
# an organisation's name.
# Dossier entity rules only (with UNIT_ACRONYMS).
BODY_ACRONYMS: frozenset[str] = _words("""
forkopimda forkopimcam forkompimda forkompincam forkopimka forkopimdes muspida muspika
himbara kopdes kopkel kdmp kdkmp bumdes bumdesa gapoktan lbh ylbhi
diskominfo dinkes dinsos disdik dishub disnaker disperindag disdukcapil dispendukcapil dispar disparbud
disbudpar dispora disparpora diskopukm disperkim dispertan distan disketapang
""")

# Syllable acronyms of common nouns (``sembako``, basic staples; ``balita``, toddlers; ``pemilu``, the
# general election): capitalised in a list or a heading the model reads one as a first name, but alone
# it never names a person (a titled or speaking use, or a longer name holding it, still does).
COMMON_NOUN_ACRONYMS: frozenset[str] = _words("""
sembako narkoba ormas parpol balita batita lansia pemilu pilkada pilpres pileg bansos rusunawa rusunami
rusun puskesmas posyandu ponpes alutsista curanmor curas curat miras
""")
# Of those, the ones that name an institution or a building and open its name (``Puskesmas Kairatu``,
# ``Ponpes Al Khoziny``); the others name a kind of thing, and before a body's short name they are
# what the body gives or runs, no part of its name (``Bansos Kemensos``: the ministry's aid).
INSTITUTION_NOUN_ACRONYMS: frozenset[str] = _words("rusunawa rusunami rusun puskesmas posyandu ponpes")

# Words that continue a title phrase in the dossier rules (``Putra Mahkota Arab Saudi``: a role and a
# country, no name; ``Kapuspenkum`` written ``Kapus Penkum``; ``Kasatpol PP``, the head of the
# municipal police unit, keeps its ``PP``).
DOSSIER_TITLE_WORDS: frozenset[str] = _words("mahkota puspenkum") | OFFICE_UNITS | UNIT_SHORT_NAMES

# Corps written after a TNI rank (``Kolonel Inf Didi``, ``Letkol Czi``, ``Mayor Laut (P)``): part of
# the title, never of the name.
RANK_CORPS: frozenset[str] = _words("inf kav arm arh czi chk cpm cba cku ckm caj cpl chb cpn cbd mar marinir pnb psk kes tek")

# Balinese names open with a birth-order name, optionally after a gender or caste prefix
# (``I Putu``, ``Ni Luh Made``, ``Ida Bagus Gede``, ``Anak Agung Ngurah``). A capitalised word
# before them that is neither is no part of the name (``Cemagi Putu Hendra``: a village).
BALINESE_NAMES: frozenset[str] = _words("putu made nyoman ketut wayan komang gede kadek nengah")
BALINESE_PREFIXES: frozenset[str] = _words("i ni luh ida bagus ayu anak agung gusti cokorda tjokorda dewa desak ngurah")

# Nouns that name the field, unit or holding of an office (``Direktur Jenderal Strategi Ekonomi dan
# Fiskal``, ``Pemilik Saham Mayoritas``, ``Kepala Divisi Teknologi Informasi``): capitalised after a
# title they are no person's name. None is a PERSON token of the NERGrit, NERP or idner-news-2k
# splits. (pe-/ke-...-an nouns such as ``Kebijakan`` are caught by their shape in the extractor.)
FIELD_NOUNS: frozenset[str] = _words("""
strategi ekonomi fiskal moneter saham mayoritas minoritas anggaran pajak cukai hukum politik sosial
budaya teknologi informasi komunikasi operasional operasi umum riset produksi investasi bisnis
industri energi logistik infrastruktur properti aset risiko program data digital strategis
internasional regional hubungan modal ritel korporasi korporat humas transformasi inovasi niaga
usaha syariah kredit treasury audit komoditas obligasi ekuitas perbankan makro makroekonomi valas
""")

# Chinese family names in Hanyu Pinyin (the most common ones, written as news writes them: ``Xi``,
# ``Li``, ``Wang``). A family name followed by a given name of one or two pinyin syllables written
# as one word (``Xi Jinping``, ``Li Qiang``, ``Wang Yi``, ``Ma Huateng``) is a person: Chinese
# places are written as one word (``Wuhan``, ``Shenzhen``), so the two-word shape is a name; the
# tagger, trained on Indonesian names, reads some as places. (Gazetteer places such as ``Hong Kong``
# stay places.)
CHINESE_FAMILY_NAMES: frozenset[str] = _words("""
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie
song tang han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng wei su lu
ding ren shen yao jiang fan fang shi jin tan liao zou xiong bai meng qin qiu hou jia xue yan duan
lei long hao kong shao wan qian yin yi xi wen zhong dai mao gu bo qiao niu gong ni
""")
# One pinyin syllable: an optional initial and a final (tone marks are not written in news).
PINYIN_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                   r"(?:iang|iong|uang|ueng|iao|ian|ing|uai|uan|ang|eng|ong|ai|ei|ao|ou|an|en|er|ia|ie|iu|in"
                   r"|ua|uo|ui|un|ue|a|o|e|i|u)")

# Abbreviated offices written as one word, with the words they stand for (``Mentan`` is ``Menteri
# Pertanian``, ``Wapres`` is ``Wakil Presiden``). The alias rules (``link.aliases``) compare a lone
# short form's role with the full name's by these words, so ``Mentan Amran`` and ``Menteri
# Pertanian Andi Amran Sulaiman`` hold one office.
ROLE_ABBREVIATIONS: dict[str, str] = {
    "presdir": "presiden direktur", "wapres": "wakil presiden", "menko": "menteri koordinator",
    "mendagri": "menteri dalam negeri", "menlu": "menteri luar negeri", "menhan": "menteri pertahanan",
    "menkeu": "menteri keuangan", "menkes": "menteri kesehatan", "mensesneg": "menteri sekretaris negara",
    "menag": "menteri agama", "menaker": "menteri ketenagakerjaan", "mentan": "menteri pertanian",
    "mendag": "menteri perdagangan", "menperin": "menteri perindustrian", "menpora": "menteri pemuda olahraga",
    "menhub": "menteri perhubungan", "mensos": "menteri sosial", "menkum": "menteri hukum",
    "menkumham": "menteri hukum hak asasi manusia", "mendikbud": "menteri pendidikan kebudayaan",
    "mendikdasmen": "menteri pendidikan dasar menengah", "menkomdigi": "menteri komunikasi digital",
    "menkominfo": "menteri komunikasi informatika", "menparekraf": "menteri pariwisata ekonomi kreatif",
    "menpar": "menteri pariwisata", "menpupr": "menteri pekerjaan umum perumahan rakyat",
    "menlh": "menteri lingkungan hidup", "menbud": "menteri kebudayaan",
    "seskab": "sekretaris kabinet", "jubir": "juru bicara", "dirut": "direktur utama",
    "ketum": "ketua umum", "sekjen": "sekretaris jenderal",
    "kapolri": "kepala polri", "kapolda": "kepala polda", "kapolres": "kepala polres",
    "kajati": "kepala kejaksaan tinggi", "kajari": "kepala kejaksaan negeri", "kadis": "kepala dinas",
    "pj": "penjabat",
    # offices the title heads above hold (a place is no part of them: ``Gubsu`` is left to
    # ``abbreviations``)
    "wagub": "wakil gubernur", "wabup": "wakil bupati", "walkot": "wali kota", "wawali": "wakil wali kota",
    "dirjen": "direktur jenderal", "kapolsek": "kepala polsek",
    "wamen": "wakil menteri", "kasat": "kepala satuan", "kabid": "kepala bidang",
}
# A deputy's office (``Wamenkeu``, ``Wakapolri``, ``Waketum``: ``wa`` + a key above) is read as
# ``wakil`` + that office by ``link.aliases``, so only deputies whose base is no key are listed.
# Keys above that no title list holds yet (``Menhub X`` is tagged without its title), kept so the
# role comparison reads them once a title list does: the tagger's lists feed the NER model's
# features, so adding them there is a change to measure on its own (docs/ner.md).
ROLE_ABBREVIATIONS_WITHOUT_TITLE: frozenset[str] = frozenset(
    {"menbud", "mendikdasmen", "menhub", "menkomdigi", "menkum", "menlh", "menpar", "menpupr", "mensos"})

# Institutions and places named after people (``Universitas Gadjah Mada``, ``RSUP Dr. Sardjito``,
# ``Bandara Soekarno-Hatta``, ``Jalan Jenderal Sudirman``): after one of these words, a title and a
# person's name belong to the institution's name, and no person is meant. Keys are lower-case words
# (``rumah sakit`` is matched as two); the value is the dossier type of the whole name. Dossier
# rules only (``extract.entities``), not model features.
NAMED_AFTER_PEOPLE: dict[str, str] = {
    **dict.fromkeys(_words("""
universitas institut uin iain stain stikes politeknik akademi rs rsu rsud rsup rspad rsal rsau rsia
rsj rsab rskd rsk rsupn puskesmas ponpes pesantren yayasan
"""), "ORG"),
    "rumah sakit": "ORG",
    **dict.fromkeys(_words("""
bandara lanud masjid musala gereja stadion jalan jl jl. jln jln. pelabuhan terminal gedung museum
monumen
"""), "LOC"),
    "bandar udara": "LOC",
}
# Head words of a facility or landform that news also names by its name alone (``Kosmodrom
# Vostochny`` / ``Vostochny``, ``Gunung Merapi`` / ``Merapi``, a bridge or a compound: ``Jembatan X``,
# ``Kompleks X``): the linker joins the two forms where an article writes both or they share an event. Not ``pantai``, ``jalan``, ``kawasan``, ``pulau``:
# their name alone is mostly the village, district or region they are named after. Lower case.
FACILITY_HEADS: frozenset[str] = frozenset({
    *_words("kosmodrom bandara pelabuhan stasiun terminal pangkalan lanud gunung sungai danau selat jembatan kompleks"),
    "bandar udara", "pangkalan udara"})
# Head words of a street or lane (``Jalan Veteran``, ``Gang Mawar``): every town has its ``Jalan
# Veteran``, so a street written with its town (``Jalan Veteran Klaten``) is an address, not one
# place the bare street name stands for elsewhere; the linker keeps the two apart. Lower case.
STREET_HEADS: frozenset[str] = _words("jalan jl jl. jln jln. gang gg gg.")
# Head words of a local administrative area below a regency (``Kecamatan Cisolok``, ``Desa
# Bojongtipar``): an article that writes ``Kecamatan X`` and then ``X`` alone means the one area, so
# the linker joins the two forms there (or on a shared event). Unlike a facility's name, the bare
# name is the area's own (a district of the gazetteer is no reason to keep it apart). Lower case.
LOCAL_AREA_HEADS: frozenset[str] = _words("kecamatan kelurahan desa dusun kampung nagari gampong distrik")
# Words of an institution's kind that may stand between the cue and the person's name
# (``Rumah Sakit Umum Pusat Dr. Wahidin``, ``Bandara Internasional Sultan Hasanuddin``,
# ``Universitas Islam Negeri Syarif Hidayatullah``, ``Masjid Agung Sunan Ampel``).
INSTITUTION_KIND_WORDS: frozenset[str] = _words("""
umum pusat daerah nasional internasional islam negeri kristen katolik raya agung besar angkatan darat
laut udara tentara ibu anak jiwa kanker swasta muhammadiyah
""")
# Titles and honorifics that appear inside such names (``Dr.``, ``Prof.``, ``Jenderal``, ``Sultan``).
INSTITUTION_NAME_TITLES: frozenset[str] = _words("""
dr. dr prof. prof ir. ir drs. kh. kh k.h. h. hj. jenderal jend. jend letjen mayjen brigjen laksamana
marsekal kolonel kapten pangeran sultan sunan raden ratu nyi ki syekh syeikh habib kiai kyai
""")

# Title heads that are also common parts of names (``Widiyanti Putri Wardhana``).
NAMEISH_TITLE_HEADS: frozenset[str] = frozenset({"putri", "putra", "ratu", "raja", "mas", "bung", "kak", "imam",
                                                 "sultan"})
# Title heads that, written right before a name, are a given name (``Imam Santoso``, ``Imam
# Prasetyo``): a prayer leader's office is written with what he leads (``Imam Besar Masjid X``),
# not straight before his name (twelfth QA read: ``Imam Muslimin`` read as ``Muslimin``, title Imam).
GIVEN_NAME_TITLE_HEADS: frozenset[str] = frozenset({"imam"})
# Words after such a head that show it is the office after all (``Imam Besar``).
GIVEN_NAME_HEAD_OFFICE_NEXT: frozenset[str] = frozenset({"besar", "masjid", "agung"})
# Words spelt right that a misspelling test must not take for a typo of another head.
_TYPO_EXACT = TITLE_HEADS | RANKS | OFFICE_HEADS | CASE_ROLE_NOUNS
# Title heads whose misspellings (``Presiedn``) still mark a title: alphabetic, six letters or more,
# not also names. Rank abbreviations are left out (``Marsma`` is one swap from the name ``Marsam``).
_TYPO_HEADS = tuple(sorted(h for h in TITLE_HEADS | OFFICE_HEADS
                           if h.isalpha() and len(h) >= 6 and h not in NAMEISH_TITLE_HEADS and h not in RANKS))


def near(a: str, b: str, limit: int) -> bool:
    """``a`` becomes ``b`` with at most ``limit`` insertions, deletions or swaps of two neighbouring
    letters (restricted Damerau distance without substitutions: a substituted letter turns a title
    into a name too often, ``Menteri``/``Mentari``)."""
    if abs(len(a) - len(b)) > limit:
        return False
    n, m = len(a), len(b)
    big = limit + 1
    d = [[big] * (m + 1) for _ in range(n + 1)]
    for x in range(n + 1):
        d[x][0] = x
    for y in range(m + 1):
        d[0][y] = y
    for x in range(1, n + 1):
        for y in range(1, m + 1):
            v = min(d[x - 1][y] + 1, d[x][y - 1] + 1, d[x - 1][y - 1] if a[x - 1] == b[y - 1] else big)
            if x > 1 and y > 1 and a[x - 1] == b[y - 2] and a[x - 2] == b[y - 1]:
                v = min(v, d[x - 2][y - 2] + 1)
            d[x][y] = v
    return d[n][m] <= limit


@lru_cache(maxsize=4096)
def health_centre_head(low: str) -> bool:
    """``puskesmas``, ``klinik`` (:data:`HEALTH_CENTRE_HEADS`) or one of them misspelt by one letter
    (``puskesms``, same first letter), for the entity rules (a health centre is a body, its misspelt
    mention too, so the linker still joins the two) and the figures (it is still where a count of
    patients is). ``low`` is lower case."""
    return low in HEALTH_CENTRE_HEADS or (len(low) >= 6 and low.isalpha()
                                          and any(low[0] == h[0] and near(low, h, 1) for h in HEALTH_CENTRE_HEADS))


@lru_cache(maxsize=4096)
def title_typo(low: str) -> bool:
    """``presiedn``, ``mentri``, ``gubenur``: a misspelt title head of six letters or more (one swap,
    insertion or deletion, same first letter), for the tagger (a title before a name) and the alias
    linker (a title glued before a name). Two edits matched real words (``Polisi``, ``Politik`` from
    ``politisi``, ``Penelitian``) and names; heads that are also names (``Sultan``, ``Putri``) and rank
    abbreviations (``Marsma``/``Marsam``) are left out. ``low`` is lower case."""
    if len(low) < 5 or low in _TYPO_EXACT or not low.isalpha():
        return False
    return any(low[0] == h[0] and near(low, h, 1) for h in _TYPO_HEADS)

# Words news writes before a person's initials instead of the name (``Saudara AS``, ``pria berinisial
# BS``, ``tersangka BP``), for the tagger (``extract.entities``: the capitals are a person) and the
# linker (``link.aliases``: they are no country's or body's acronym). Address forms (strong: the
# capitals are initials even when they spell a known abbreviation, ``Saudara AS``), the ``inisial``
# formula (``inisal`` is its common misspelling) and the parties of a case (after ``tersangka`` a
# known abbreviation is the body, ``tersangka KPK``).
INITIALS_ADDRESS_WORDS: frozenset[str] = frozenset({"saudara", "saudari", "sdr", "sdri"})
INITIALS_FORMULA_WORDS: frozenset[str] = frozenset({"inisial", "berinisial", "inisal"})
CASE_PARTY_WORDS: frozenset[str] = frozenset({"tersangka", "terdakwa", "terpidana"})
# Copulas an article declares whom initials stand for with (``MS yang dimaksud adalah Fulanah
# Wijaya``, ``AB ialah ...``): the name after them is the initials' own, even after ``berinisial``.
INITIALS_DECLARED_WORDS: frozenset[str] = frozenset({"adalah", "ialah", "yakni", "yaitu"})

# Job-title words a tagger appends to a name (``Joseph Sulistijo Direktur``, ``... Warehouse
# Manager``, ``... General Affair``) and of which a whole span is no name (``Chief Executive
# Officer``): ``extract.entities.tidy._tidy_spans`` cuts them off the end of a person's span and drops a
# span made of them alone. Not a feature of the NER model. (No word here is also a common given or
# family name: ``Putri``, ``Raja`` of TITLE_HEADS are left out.)
JOB_TITLE_WORDS: frozenset[str] = _words("""
direktur dirut manajer komisaris sekretaris karyawan pegawai staf
manager director officer chief executive head supervisor staff general affair affairs warehouse
support lead senior vice deputy coordinator specialist analyst engineer consultant operations
operational marketing finance financial sales president assistant ceo cfo coo cto vp svp evp
""")
# Job titles spelt out, dropped as a span of their own (``Pelaksana Tugas``, the ``Plt`` before a name).
JOB_TITLE_PHRASES: frozenset[str] = _lines("""
pelaksana tugas
pelaksana harian
penanggung jawab
kuasa hukum
juru bicara
""")
# The words of JOB_TITLE_WORDS that name a post (not its rank or field: ``vice``, ``finance``): a run
# of job-title words holding one opens an English job title (``Vice President Corporate
# Communication``), one without is a name's words (``Finance Asia Awards``).
JOB_TITLE_HEADS: frozenset[str] = _words("""
president director manager officer head chief supervisor coordinator lead specialist analyst engineer
consultant assistant ceo cfo coo cto vp svp evp
""")
# An English job title opens with these words followed by ``of`` (``Head of Skin Aesthetic``).
JOB_TITLE_OF_HEADS: frozenset[str] = _words("head chief director vice president manager")
# Words for the dead written before a name (``almarhum Budi``): set off by a comma before another
# name (``istri almarhum, Rosmala``) they name the one who died, not the one named after them.
DECEASED_TITLES: frozenset[str] = _words("almarhum almarhumah mendiang alm alm.")
# Words after which a role phrase opens (``kata pengacara X, Y``, ``menurut kuasa hukum X, Y``): the
# role's head is then the phrase's first word. After a noun (``tukang cukur langganan Gubernur X,
# Y``, ``antara terdakwa X, Y, dengan Z``) the phrase opened earlier and its head is unknown. Speech
# verbs (``cues.SPEECH_FORMS``) and prefixed verbs (``dihadiri``, ``mendampingi``) open one too.
ROLE_PHRASE_OPENERS: frozenset[str] = _words("""
menurut oleh kepada bersama dari dengan untuk bagi yakni yaitu adalah ialah merupakan sebagai
seperti termasuk juga pun hadir tampak terlihat
""")

# Ministries written as one word (``Kemensos``, ``Kemenkes``, ``Kemendikdasmen``): an organisation, never
# a name, and a word that opens a body of its own after ``dan``.
ONE_WORD_MINISTRY = re.compile(r"^Kemen[a-z]{3,}$")
