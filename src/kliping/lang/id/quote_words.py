"""Word lists of the quote extractor: the words its clause, subject, name and speaker rules test
one at a time (auxiliaries, adjunct openers, pronouns, person and party nouns, time nouns).

Data only; read by ``kliping.extract.quotes``. Lower case. Several lists here look like ones in
:mod:`kliping.lang.id.cues`, :mod:`kliping.lang.id.calendar` or :mod:`kliping.lang.id.discourse`
and are kept apart on purpose because they hold other words: ``THIRD_PERSON_PRONOUNS`` leaves out
the ``-nya`` of ``cues.PERSON_PRONOUNS``, ``PARTY_ROLES`` holds ``terduga``, which
``cues.CASE_PARTY_ROLES`` leaves out, ``REGULATION_NUMBER_WORDS`` holds ``nr``, which
``calendar.DOC_NUMBER_WORDS`` leaves out; merging them would change what the rules take.
"""

from __future__ import annotations

from kliping.lang.id import calendar, function_words
from kliping.lang.id.wordsets import words as _words

# --- clauses ---------------------------------------------------------------------------------
# Adjuncts that may follow a bare object (``menjelaskan temuan itu kepada wartawan``).
OBJECT_ADJUNCTS: frozenset[str] = _words("kepada saat ketika usai seusai setelah")
# Adverbs of the speaking right after a speech verb, never the start of what was said (``menyebutkan lebih dulu
# …``, ``menegaskan sekali lagi, …``): the content starts after them.
SPEAKING_ADVERBS: frozenset[str] = frozenset((
    "lebih dulu", "lebih dahulu", "terlebih dulu", "terlebih dahulu", "sekali lagi",
))
# Adverbs that may be the speaking's (``menekankan kembali, …``) or open the content's own phrase (the gold sets keep
# ``mengingatkan kembali pesan X bahwa …`` whole): the speaking's only when a comma closes them.
SPEAKING_ADVERBS_BEFORE_COMMA: frozenset[str] = _words("kembali lagi pula")
# Adverbs that may stand between a modal or purpose word and the speech verb it governs (``agar kembali menegaskan
# ...``, ``harus terus menyampaikan ...``, ``perlu juga menjelaskan``): the verb is still the modal's, no statement.
ADVERBS_AFTER_MODAL: frozenset[str] = _words("kembali lagi pula juga pun terus selalu senantiasa")
# Words opening a directive after the one addressed (``mengingatkan kepada para kepala desa untuk tidak ...``,
# ``... kepada warga agar ...``): what was said starts there (``extract.quotes.reported``).
DIRECTIVE_OPENERS: frozenset[str] = _words("untuk agar supaya")
# --- an unnamed speaker's description (``extract.quotes.descriptions``) ---------------------------
# Words after the cue where the description of who speaks ends: how the reporter read the words (``dikutip``,
# ``yang dilihat``, ``seperti dilansir``), when, to whom, where and through what they were said (``melalui``,
# ``di atas``).
DESCRIPTION_END_WORDS: frozenset[str] = frozenset((
    "yang", "dikutip", "seperti", "sebagaimana", "dilansir", "saat", "ketika", "pada", "kepada", "melalui",
    "lewat", "setiba", "di atas", "di depan", "di hadapan",
))
# Adverbs closing a subject before its verb (``Pihak sekolah juga menyatakan``): not the speaker's words.
SUBJECT_TRAILING_ADVERBS: frozenset[str] = _words("juga pun pula sendiri kemudian lalu sebelumnya")
# Words before a subject that are the clause's, besides the subordinators: the writer's ``Diketahui``,
# ``Oleh karenanya``.
DESCRIPTION_OPENING_WORDS: frozenset[str] = _words("diketahui oleh karenanya")
# Words after a subject that are the predicate's, besides the auxiliaries and subject modifiers
# (``Para ilmuwan telah lama``, ``bahkan``, ``lebih``).
DESCRIPTION_CLOSING_WORDS: frozenset[str] = _words("bahkan lama lebih memang pun juga")
# Nouns of a crowd that name a group with no quantifier before them (``Dalam orasinya, massa menilai …``), for the
# antecedent of ``Mereka`` (``extract.quotes.descriptions.group_antecedent``).
CROWD_NOUNS: frozenset[str] = _words("massa warga demonstran tim")
# Words joining a report or study to the body that made it (``Kajian dari Harvard Medical School menyebutkan``, ``Riset
# oleh tim kampus itu``): the report speaks, described, no name (``extract.quotes.speaker_phrases``).
REPORT_ISSUER_LINKS: frozenset[str] = _words("dari oleh milik")
# Adverbs of manner that close a subject before its predicate (``NASA secara resmi tidak melanjutkan``).
MANNER_OPENERS: frozenset[str] = _words("secara")
# Words that make a phrase a clause: auxiliaries and negation (``warga sudah lama mengeluh``).
AUX_WORDS: frozenset[str] = _words("""
sudah telah akan sedang masih belum tidak tak bisa dapat
harus mulai pernah sempat kerap sering terus kini perlu
""")
# Nouns of a prefixed verb's shape (``me-``, ``ber-``, ``ter-``, ``di-``) that open appositions
# (``menteri``, ``direktur``, ``tersangka``): not verbs.
NOT_VERBS: frozenset[str] = _words("""
menteri mereka media metro medis mekanisme merek dinas direktur
direksi dirut dirjen divisi distrik diaspora dialog digital
terdakwa tersangka terpidana terlapor berita berkas
""")
# Words that open a predicate of two words (``tidak wajar``, ``sangat mahal``, ``sudah usang``).
SHORT_PREDICATE_OPENERS: frozenset[str] = _words("""
tidak tak belum bukan sudah telah akan masih
sangat amat terlalu cukup kurang makin semakin lebih
""")

# --- patterns --------------------------------------------------------------------------------
# Words that open a time, place or addressee adjunct after a speech verb (``kepada wartawan``,
# ``di Jakarta``, ``usai rapat``): not the start of the reported content.
ADJUNCT_STARTS: frozenset[str] = _words("kepada di saat ketika dalam pada usai seusai setelah")
# Third-person pronouns standing for a person as a whole word (the clitic ``-nya`` is read apart).
THIRD_PERSON_PRONOUNS: frozenset[str] = _words("ia dia beliau")
# Words two copies of one quote may not differ by and still be one statement (``render.common``'s near wording):
# a negation or a number changes what is said (``Dua di antaranya harus diganti`` is not ``Tiga ...``; ``sudah`` is
# not ``belum``); a verb's affix, a spelling, a name for a pronoun do not.
MEANING_WORDS: frozenset[str] = (_words("tidak tak bukan belum jangan tanpa enggak nggak gak ga tdk sudah telah")
                                 | frozenset(calendar.NUMBER_WORDS) | frozenset(calendar.NUMBER_MULTIPLIERS)
                                 | _words("ribu juta miliar triliun setengah separuh"))

# --- subjects and pronouns -------------------------------------------------------------------
# Roles of the parties of a case, as the narration names them before the person (``tersangka Budi``).
PARTY_ROLES: frozenset[str] = _words("tersangka terdakwa pelaku terlapor terpidana terduga")
# Adverbs that may stand between a fronted phrase and the subject: ``Dengan tugas itu, bahkan Galih …``.
PRE_SUBJECT_ADVERBS: frozenset[str] = _words("""
bahkan lalu kemudian akhirnya namun tetapi tapi sementara
sedangkan adapun pun juga kini kali ini
""")

# A few common Muslim and Javanese first names many people share (``Siti``, ``Sri``): a quote that
# names one does not name every person called so.
COMMON_FIRST_NAMES: frozenset[str] = _words("ahmad achmad abdul siti nur sri")

# Prepositions that open an adjunct chunk before the subject besides ADJUNCT_STARTS (``Untuk itu Menteri X
# mengatakan``, ``Sebelum rapat, Kepala Dinas X menjelaskan``).
ADJUNCT_PREPOSITIONS: frozenset[str] = _words("sebelum sesudah dari bagi untuk")
# Conjunctions of time (``ketika``, ``saat``, ``sementara``): ``Saat warga bertanya, ...``.
WHEN_CONJUNCTIONS: frozenset[str] = _words("ketika saat sementara")
# Conjunctions opening a clause of its own inside a subject's chunk (``Harga turun karena pasar memperkirakan
# ...``, ``Saham naik setelah investor menilai ...``, ``Rupiah menguat seiring pelaku pasar menilai ...``): the speech
# verb after them is that clause's, and so is its subject (``extract.quotes.subjects.own_clause_start``; ``hingga
# kini``, ``sementara itu``: an adverb or pointer after the conjunction keeps it the main clause's).
CLAUSE_CONJUNCTIONS: frozenset[str] = _words("""
karena sebab lantaran sehingga hingga akibat padahal meski meskipun walau walaupun sementara seiring
setelah sesudah usai seusai sebelum ketika saat tatkala sejak
""")
# Words after such a conjunction that make it an adverb of the main clause (``karena itu``, ``setelah ini``,
# ``meski demikian``): no clause of its own opens there.
CLAUSE_CONJUNCTION_POINTERS: frozenset[str] = function_words.DEMONSTRATIVES | _words("demikian")
# Words besides auxiliaries, subject modifiers and third-person pronouns that may stand between a subject and a
# clause conjunction without being a predicate of their own (``polisi juga saat ditanya``, ``dirinya ketika``).
SUBJECT_FILLERS: frozenset[str] = _words("juga dirinya")

# --- resolution ------------------------------------------------------------------------------
# Verbs of asking: with no reported content (``X meminta Y memijat punggungnya``) an action.
REQUEST_VERBS: frozenset[str] = _words("meminta mendesak mengimbau menanyakan bertanya")

# --- names -----------------------------------------------------------------------------------
# Nouns for a person that open a description of the one speaking (``Perwira menengah itu``,
# ``Ulama asal X ini``), besides the title, role, agent and epithet nouns of ``cues``.
PERSON_HEADS: frozenset[str] = _words("""
perwira ulama kiai kyai pakar pengamat akademisi ahli dosen guru peneliti
ekonom dokter advokat aktivis legislator senator jurnalis wartawan atlet seniman
budayawan sastrawan pejabat jenderal mahasiswa mahasiswi warga ibu bapak nenek
kakek remaja bocah pemuda pemudi sejarawan ilmuwan psikolog sosiolog analis
diplomat birokrat teknokrat pebisnis komedian influencer selebgram youtuber
doktor waka
""")
# Words that mark a group before a noun (``para pengamat``, ``kalangan DPR``): no kind of person.
GROUP_MARKERS: frozenset[str] = _words("para kaum kalangan banyak berbagai kedua ketiga segenap sekelompok")
# ``No.``/``Nomor`` closing a capitalised run: the number of a regulation, letter or ruling follows.
REGULATION_NUMBER_WORDS: frozenset[str] = _words("no nomor nomer nr")

# --- speaker phrases -------------------------------------------------------------------------
# ``Beberapa waktu lalu Budi mengatakan``: a quantified time, an adjunct before the subject.
GROUP_TIME_NOUNS: frozenset[str] = _words("""
waktu hari pekan minggu bulan tahun jam menit detik saat
kali dekade abad malam pagi siang sore
""")
# Time words a demonstrative may close besides ``GROUP_TIME_NOUNS``, in a time adverbial ending a subject
# (``Pyongyang kala itu menyebut``): the demonstrative is the time's, not the subject's.
POINTED_TIME_WORDS: frozenset[str] = _words("kala ketika masa sekarang")

# --- reported speech -------------------------------------------------------------------------
# A word right before a speech verb that makes it no report of speech (``yang mengatakan``, ``untuk
# menyampaikan``, ``akan menjelaskan``, ``bisa mengatakan``, ``dalam menyampaikan``).
NO_REPORT_BEFORE: frozenset[str] = _words("yang untuk akan dapat bisa ingin mau dalam")
# Passives of hearsay that may stand between ``yang`` and a speech verb (``video ... yang disebut menyatakan ...``,
# ``yang dikabarkan mengatakan``): the verb is still the relative clause's, no statement.
HEARSAY_PASSIVES: frozenset[str] = _words("disebut dikabarkan diklaim dikatakan diduga konon")
# Verbs of showing whose object is seen speaking (``Video ... memperlihatkan Menteri X menyebut ...``): the speech
# is what a picture or recording shows, not a statement the article reports anyone making.
DEPICTING_VERBS: frozenset[str] = _words("memperlihatkan menampilkan mempertontonkan memperdengarkan")

# --- direct quotes ---------------------------------------------------------------------------
# Short function words left lower-case inside titles (``Living Alone in the City``, ``Jalan ke
# Timur``); English and Indonesian both, as news quotes titles in either.
TITLE_MINOR_WORDS: frozenset[str] = _words("""
in the of and for on to a an at by with
di ke dan dari yang untuk dengan atau
""")

# Nouns for an organisation or a body of members written with a demonstrative as a clause's whole
# subject (``Kartel itu menyatakan``, ``Konsorsium tersebut membantah``): the organisation named
# before speaks. Not in ``cues.ORG_HEADS``: they open no organisation's name, so the organisation
# cannot be found by its head word.
ORG_ANAPHOR_NOUNS: frozenset[str] = _words("""
kartel kelompok grup aliansi konsorsium korporasi perseroan emiten produsen klub
""")

# Organisation heads that alone name no one organisation (``Pemerintah menegaskan``, ``Polda
# menyebut``, ``Koalisi juga menilai``): written bare as a speaker they stand for the organisation the
# article named with that head (``Pemerintah Kabupaten Bone``, ``Polda Sumut``), or for nobody. Not the
# heads that are one body's own name (``Polri``, ``Kemenkeu``, ``KPK``), nor ``majelis`` (the judges of
# a trial), ``dewan``, ``tim``, ``pusat``, ``kantor``: alone they mean a group or the centre, not an
# organisation named before.
GENERIC_ORG_HEADS: frozenset[str] = _words("""
pemerintah pemprov pemkab pemkot pemda polda polres polresta polrestabes polsek
dinas dinkes disdik dishub dinsos bpbd kejati kejari kementerian lembaga partai
universitas pengadilan koalisi yayasan asosiasi perusahaan organisasi kedutaan kedubes
""")
# Heads under which a government is named (``Pemerintah Kabupaten X``, ``Pemkab X``, ``Pemprov X``):
# a bare ``Pemerintah`` stands for any of them.
GOVERNMENT_HEADS: frozenset[str] = _words("pemerintah pemprov pemkab pemkot pemda")

# Offices with one holder a country's news writes bare (``Presiden mengatakan …``): with no holder
# introduced before, the one person the article titles so, or the untitled person the narrative was
# about just before (``Trump telah … . Ia juga … . Presiden mengatakan …``).
HEAD_OF_STATE_TITLES: frozenset[str] = frozenset(("presiden", "perdana menteri", "kanselir"))
