"""Words the tagger sometimes glues before a person's name that are not part of it, or takes for
a name on their own.

Data only; read by ``kliping.link.aliases`` (entity resolution), which drops such a word from a
person mention of three or more words when the rest is a full name the run names on its own
(``Seskab Teddy Indra Wijaya`` -> ``Teddy Indra Wijaya``, ``Menteri Imipas Agus Andrianto`` tagged
``Imipas Agus Andrianto``). The title lists of :mod:`kliping.lang.id.titles` count as well; this list
holds office and ministry short names written as one word that are not there. Lower case.
"""

from __future__ import annotations

import re

from kliping.lang.id.wordsets import words as _words

GLUED_ROLE_WORDS: frozenset[str] = _words("""
seskab sesneg wamensesneg kasespim kemenko
imipas komdigi kemkomdigi banggar gakkum pupr esdm
plt plh pj pjs
""")

# Words that open a full name but are seldom what news calls the person by: the Bugis-Makassar
# noble ``Andi``, the Acehnese ``Teuku``/``Tengku``, the Javanese ``Raden`` and the Muslim
# ``Muhammad`` with its spellings and short forms (``Andi Amran Sulaiman`` is ``Amran``,
# ``Muhammad Rizky Pratama`` is ``Rizky``). ``link.aliases`` lets a short form match the words after
# one of them as it matches the first words of a name. Lower case.
NAME_OPENERS: frozenset[str] = _words("""
andi teuku tengku raden
muhammad mohammad muhamad mohamad mochammad mochamad muhammed mohammed moch moh muh mohd
""")

# Two-word noble prefixes of Buton and Muna names (``La Ode``, ``Wa Ode``): part of the full name,
# which the tagger may leave out after an office (``Direktur Jenderal Bina Desa La Ode Ahmad ...``).
# Lower case, space-joined.
NOBLE_PREFIXES: frozenset[str] = frozenset({"la ode", "wa ode"})

# Interjections, colloquial function words and sentence adverbs that open a sentence capitalised
# (``Yuk, simak ...``, ``Alhasil, polisi ...``, ``Cuman tetap ...``, ``Entar, Pak, ...``): the tagger
# reads a capitalised word before a comma as a name. ``extract.entities`` drops a one-word person
# span of one of these at a sentence's start unless the article uses it inside a longer name
# (``Mari Elka Pangestu`` ... ``Mari, ...``). Lower case.
# Invitations to the reader (``Yuk, simak ...``, ``Mari kita ...``): also what lets ``simak`` bid the reader read on
# (``discourse.READ_ON_LEAD_INS``).
INVITATIONS: frozenset[str] = _words("yuk yok ayo ayuk mari silakan silahkan")
DISCOURSE_WORDS: frozenset[str] = INVITATIONS | _words("""
coba
alhasil akhirnya untungnya sayangnya rupanya ternyata intinya pokoknya soalnya makanya
cuman cuma entar ntar nanti tapi tetapi kalau kalo pas mending emang memang
nah wah wow lho loh dong deh sih kok ya yah oh aduh astaga duh hmm eh
kemarin tadi barusan sekarang kini
""")

# Conjunctions, prepositions and sentence adverbs that open a clause capitalised at a sentence's start
# (``Kendati Jepang ...``, ``Meski Anies ...``, ``Sepengetahuan Bambang, ...``, ``Akibatnya Bank
# Indonesia ...``): never the first word of a name. ``extract.entities`` cuts one from the start of
# any span and drops a span that is one alone. Not ``menurut`` (a reporting verb with its own rule)
# nor words that open names (``mari``, ``demi``, ``bunda``). Lower case.
CLAUSE_OPENERS: frozenset[str] = _words("""
kendati meski meskipun walau walaupun biarpun sekalipun sepengetahuan sepemahaman setahu saat sementara
karena sebab lantaran jika bila apabila andai andaikan seandainya ketika sewaktu tatkala setelah
sesudah sebelum sejak selama hingga seusai usai agar supaya sehingga sedangkan padahal namun tetapi bahkan
apalagi terlebih terhadap tentang soal terkait mengenai seperti yakni yaitu tanpa bagi
alhasil akhirnya untungnya sayangnya rupanya ternyata intinya pokoknya soalnya makanya akibatnya
prinsipnya sebenarnya sesungguhnya faktanya memang justru
""")

# Ordinals that number the items of a list written out (``..., Kementerian Koperasi, dan kelima
# Kementerian Pemuda dan Olahraga``): no word of the name after them. Lower case.
LIST_ORDINALS: frozenset[str] = _words("""
pertama kedua ketiga keempat kelima keenam ketujuh kedelapan kesembilan kesepuluh terakhir
""")

# Nouns before the name of a programme, a vision or a slogan (``program prioritas Asta Cita``,
# ``visi Indonesia Emas``), a scheme or an idea (``modus Wangiri``, ``konsep Tri Hita Karana``), a
# system or a method (``sistem Nine Box``), a phrase or a motto (``frasa 'Memayu Hayuning Bawana'``): the
# name after them is no person. Not ``ungkapan`` nor ``filosofi`` (``ungkapan Presiden X``, ``filosofi
# Ki Hajar Dewantara``: the person's own). Not ``klub``: a club is an organisation the linker keeps (``klub
# Padel Sudirman``); not ``istilah``: ``istilah penyair [a poet]`` names the poet. Lower case.
PROGRAMME_NOUNS: frozenset[str] = _words("""
program programnya visi misi gerakan slogan jargon kampanye skema inisiatif agenda
modus konsep fenomena prinsip sistem metode frasa semboyan
""")

# The programme nouns (``PROGRAMME_NOUNS``) before a scheme's own name, never its owner's, when the name
# is a body's or a place's span (``program [BLTS]``, ``skema [Public-Private Partnership]``): not ``visi``,
# ``misi``, ``agenda``, ``prinsip`` and the like, which news writes before the body that holds them
# (``misi NASA``, ``visi Kementerian X``). A body's known name after ``program`` stays a body
# (``extract.entities.programmes``). ``istilah`` and ``wacana`` (a term, a plan floated: ``istilah
# 'BPJS Hewan'``) name a term after them, never its owner, when the name is no person's; not ``paket``
# (``paket JNE``: a courier's parcel). Lower case.
SCHEME_NOUNS: frozenset[str] = _words("""
program programnya gerakan slogan jargon kampanye skema inisiatif istilah wacana
""")
# Words between a scheme noun and a list opener that make the list one of bodies, not of schemes
# (``program ini dijalankan oleh satu badan seperti ...``, ``program itu melibatkan lembaga
# seperti ...``): the list names who runs the programme. Lower case.
SCHEME_LIST_OWNER_WORDS: frozenset[str] = _words("""
oleh badan lembaga instansi institusi pihak mitra bersama dengan kementerian dinas perusahaan
""")

# Professions written capitalised right before a name (``Apoteker Rina Wulandari``, ``Dokter
# Tirta``): the person's role, never a word of the name. Not in ``titles.TITLE_HEADS`` (a model
# feature) nor the quote cue lists; ``extract.entities`` moves one from the start of a person span
# into its title. Not ``ahli`` (``Ahli Gizi ...``: the field follows) nor ``chef`` (a nickname).
# Lower case.
PROFESSION_NOUNS: frozenset[str] = _words("""
apoteker dokter perawat bidan psikolog psikiater terapis fisioterapis nutrisionis dietisien
farmasis notaris akuntan arsitek insinyur konsultan desainer teknisi
""")

# Academic and religious titles written inside a capitalised run before a name (``... Drs H Budi
# Santoso``, ``... Dr Ir Siti ...``): the name starts after the last of them. Lower case, no full stop.
ACADEMIC_TITLES: frozenset[str] = _words("dr drs dra drg prof ir")
HAJI_TITLES: frozenset[str] = _words("h hj kh")

# Degrees written with two capitals or more after a name (``Seema Shah MPH RD``, ``dr Rina SpPD``: the
# medical specialist ``Sp`` forms, ``S.IP``, ``A.Md``); the Indonesian ``S``/``M`` + field forms (``SSi``,
# ``MKes``) are matched by shape in ``extract.entities`` and ``extract.quotes``. Lower case, no dots.
DEGREES: frozenset[str] = _words("""
mph ms msc ma mba md phd dea rd sh mh mm se st skm mt map mkn mpd spd
sip sikom shi llm amd spa sppd spog spkj spn spb spjp spm sps sptht
""")

# The Indonesian ``S``/``M`` + field form (``SSi``, ``MPsi``, ``SKom``), read by shape.
DEGREE_SHAPE = re.compile(r"^[SM][A-Z][a-z]{1,3}$")


def is_degree_word(word: str) -> bool:
    """Whether ``word`` (dots removed) is written as a degree after a name: ``MPsi`` by shape,
    ``SH``/``PhD``/``SpPD`` listed in :data:`DEGREES` with at least two capitals, so the words ``Ma``
    or ``Se`` are none."""
    return bool(DEGREE_SHAPE.match(word)) or (sum(c.isupper() for c in word) >= 2 and word.lower() in DEGREES)

