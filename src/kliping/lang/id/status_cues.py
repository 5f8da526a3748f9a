"""The steps of a criminal case a sentence reports about its people (data only; read by
``synth.summary.case_status``).

A case report moves its person through steps: sought (``buron``, ``masih terendus``), arrested
(``ditangkap``, ``terciduk``, ``diringkus``), detained (``ditahan``, ``penahanan``), named a
suspect (``ditetapkan sebagai tersangka``), charged (``didakwa``, ``dituntut``), sentenced
(``divonis``) and released (``dibebaskan``). Two reports of one case share its people, place and
police unit, so their sentences look alike whichever step they tell: ``X masih diburu polisi Y``
and ``X akhirnya ditangkap polisi Y`` are two facts of one case, and ``polisi menahan empat WNI
yang diduga ...`` says more than ``empat WNI diduga ...`` (an allegation is no step). Each entry is
a step's name and a regular expression (whole words, any case) of the forms that write it.
``synth.summary`` reads some forms on the noun they are about: a form about a thing
(``THING_NOUNS``: ``Harga BBM ditahan``, ``Barang bukti diamankan``, ``menangkap ikan``), ``menahan``
without a person object, ``divonis`` without penalty words, ``dituntut`` without a penalty,
``diburu`` without police or case words, ``dibebaskan dari biaya`` and a step in a ``yang pernah ...``
clause are no steps; a demand (``meminta ... dibebaskan``) reads like a negation.

Left out on purpose: ``mengamankan`` (mostly securing a place or a rally: ``mengamankan unjuk
rasa``), ``membebaskan`` (``membebaskan biaya``), ``dihukum`` and ``dipidana`` (the penalty clause
of a statute quoted: ``dipidana dengan pidana penjara``, no verdict), ``tersangka`` alone (the
person's label in every later sentence, not the act of naming one), ``buronan`` (the same label:
``Buronan KPK X disebut ...``; ``buron`` before a name or body too), ``kabur`` and ``melarikan
diri`` (an act of the suspect, not a status), ``diduga`` (a hedge on the offence, not a step).
"""

from __future__ import annotations

from kliping.lang.id import cues, numbers, titles
from kliping.lang.id.wordsets import words as _words

# The person a detention, an arrest or a release is about (``menahan empat WNI``, ``menahan
# tersangka``, ``pelaku ditahan``): the case roles the quote rules know (``titles.CASE_ROLE_NOUNS``:
# tersangka, terdakwa, tahanan, narapidana, napi, ...) and common nouns and pronouns of people.
PERSON_OBJECTS: frozenset[str] = titles.CASE_ROLE_NOUNS | _words("""
terduga warga wni wna orang pria wanita perempuan laki-laki pemuda remaja pekerja buruh karyawan
mahasiswa siswa pelajar anggota oknum pejabat kepala direktur sopir petugas pengemudi suami istri ayah
ibu anak dia mereka ia beliau seorang keduanya ketiganya pemilik pengedar bandar kurir residivis
polisi guru honorer pegawai pengusaha bupati wali gubernur
""")
# Things a ``ditahan``, ``diamankan``, ``menahan``, ``menangkap`` or ``diburu`` may be about instead
# of a person (``Harga BBM ditahan``, ``Gaji guru ditahan``, ``Barang bukti diamankan``, ``menahan
# suku bunga``, ``menahan 40 ton beras``, ``menangkap ikan``, ``tertangkap kamera``, ``Produk ini
# diburu konsumen``): when the noun such a verb is about is one of these, it is no step of a case.
THING_NOUNS: frozenset[str] = _words("""
harga gaji upah ijazah dana suku bunga rate bi-rate anggaran tunjangan bantuan insentif pencairan
pembayaran pajak uang barang bukti lokasi tkp area kawasan gedung rumah kantor jalan lahan tanah aset
pesawat kapal mobil motor truk kendaraan paspor dokumen sertifikat surat berkas dokumen laju inflasi
ton kg kilogram gram liter unit ekor butir batang paket karung
ikan kamera cctv sinyal peluang momen gambar layar radar satwa hewan burung produk tiket diri imbang
tendangan bola serangan sakit perih tangis napas emosi air beras bbm sabu narkoba ganja senjata
""")
# Words between a verb and its object that say nothing of what it is (``menahan sementara dua``,
# ``menahan para pelaku``).
OBJECT_FILLERS: frozenset[str] = _words("""
para sang si mantan eks kembali sementara sebanyak total sedikitnya setidaknya langsung resmi pun juga telah
""")
_NUMBER_WORDS = (frozenset(numbers.UNIT_WORDS) | frozenset(numbers.WHOLE_WORDS)
                 | _words("belasan puluhan ratusan ribuan"))
NUMBER_WORDS: frozenset[str] = _NUMBER_WORDS

# Steps whose forms are read on their object or subject (``synth.summary``): ``ditahan`` and
# ``diamankan`` on the noun before them, ``menahan``, ``penahanan``, ``menangkap``, ``penangkapan``,
# ``tertangkap``, ``ditangkap`` on the noun after them.
SUBJECT_READ = _words("ditahan diamankan diburu")
OBJECT_READ = _words("menahan penahanan menangkap penangkapan tertangkap ditangkap memburu perburuan")
# ``menahan`` is a detention only with a person object (the others count unless their noun is a thing).
PERSON_OBJECT_ONLY = _words("menahan")

# Words within four words after that make ``divonis`` / ``memvonis`` a verdict (``divonis 5 tahun
# penjara``, not ``divonis mengidap kanker``) and ``dituntut`` a prosecutor's demand (``dituntut 10
# tahun penjara``, ``dituntut membayar uang pengganti``, not ``dituntut lebih kreatif``). The noun
# ``vonis`` is a verdict anyway. VERDICT_HEADS and MANHUNT_HEADS are the forms these words are read after.
VERDICT_HEADS = _words("divonis memvonis")
MANHUNT_HEADS = _words("diburu memburu perburuan")
VERDICT_WORDS = _words("penjara hukuman tahun bulan bebas pidana mati seumur bersalah lepas hakim majelis")
DEMAND_WORDS = _words("hukuman pidana penjara mati seumur jaksa jpu membayar denda pengganti")
# Police and case words one of which, within four words, makes ``diburu`` / ``memburu`` /
# ``perburuan`` a manhunt (``diburu polisi``, ``memburu pelaku``), not ``diburu konsumen`` or
# ``perburuan satwa``.
MANHUNT_WORDS = titles.CASE_ROLE_NOUNS | _words("""
polisi polri aparat penyidik kpk kejaksaan kejagung kejari jaksa interpol resmob reskrim satreskrim
jatanras polda polres polsek polrestabes bareskrim densus dpo petugas terduga
""")
# ``dibebaskan dari`` one of these is an exemption (``dibebaskan dari biaya berobat``), not a release.
EXEMPT_FROM = _words("biaya pajak denda iuran tagihan kewajiban pungutan bea retribusi tunggakan cicilan utang")

# The steps in the order a case goes through them; a sentence's latest step is its news.
CASE_STEPS: tuple[tuple[str, str], ...] = (
    ("sought", r"buron(?!\s+(?-i:[A-Z]))|diburu|memburu|perburuan|terendus|diendus|mengendus|dilacak|dpo|daftar pencarian orang"),
    ("arrested", r"ditangkap|menangkap|penangkapan|tertangkap|diciduk|terciduk|menciduk|dibekuk|membekuk|"
                 r"diringkus|meringkus|dicokok|mencokok|tangkap tangan|diamankan"),
    ("detained", r"(?:ditahan|penahanan|dijebloskan|mendekam|dibui|menahan)(?!\s+imbang)"),
    ("suspect", r"(?:ditetapkan|menetapkan|penetapan)(?:\s+\S+){0,4}?\s+(?:sebagai\s+)?tersangka|"
                r"(?:menjadi|jadi)\s+tersangka|menersangkakan|ditersangkakan"),
    ("charged", r"didakwa|mendakwa|dakwaan|dituntut|tuntutan\s+(?:jaksa|jpu|pidana)"),
    ("sentenced", r"divonis|memvonis|vonis|dijatuhi\s+(?:hukuman|vonis|pidana)"),
    ("released", r"dibebaskan|bebas\s+(?:bersyarat|murni)|penangguhan\s+penahanan"),
)

# Words that, one or two words before a step, deny it (``tidak ditahan``, ``belum ditangkap``): a
# denied step is another status than the step. The quote rules' denial negators and their colloquial
# forms.
STEP_NEGATIONS: frozenset[str] = cues.DENIAL_NEGATORS | _words("enggak nggak gak ga tdk")
# Words that, within three words before a step, make it a demand or a hope, not the step (``meminta
# rekannya segera dibebaskan``, ``agar pelaku ditangkap``): read like a negation.
STEP_DEMANDS: frozenset[str] = _words("minta meminta agar supaya berharap menuntut mendesak desak harap")
