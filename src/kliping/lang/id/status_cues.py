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

Left out on purpose: ``mengamankan`` (mostly securing a place or a rally: ``mengamankan unjuk
rasa``), ``membebaskan`` (``membebaskan biaya``), ``dihukum`` and ``dipidana`` (the penalty clause
of a statute quoted: ``dipidana dengan pidana penjara``, no verdict), ``tersangka`` alone (the
person's label in every later sentence, not the act of naming one), ``kabur`` and ``melarikan
diri`` (an act of the suspect, not a status), ``diduga`` (a hedge on the offence, not a step).
"""

from __future__ import annotations

from kliping.lang.id import numbers
from kliping.lang.id.wordsets import words as _words

# Objects that make ``menahan`` detaining someone (``menahan empat WNI``, ``menahan tiga pekerja``,
# ``menahan tersangka``, ``menahan Bupati X``), not holding back a thing (``menahan diri``, ``menahan
# perih``, ``menahan suku bunga``): within three words a person noun or pronoun, a counted number
# (digits or a number word), or a capitalised name. ``menahan imbang`` / ``ditahan imbang`` is a
# draw in sport.
PERSON_OBJECTS: frozenset[str] = _words("""
tersangka terduga pelaku terdakwa terpidana warga wni wna orang pria wanita perempuan laki-laki pemuda
remaja pekerja buruh karyawan mahasiswa siswa pelajar anggota oknum pejabat kepala direktur sopir
petugas pengemudi suami istri ayah ibu anak dia mereka ia beliau seorang
""")
_NUMBER_WORDS = (frozenset(numbers.UNIT_WORDS) | frozenset(numbers.WHOLE_WORDS)
                 | _words("belasan puluhan ratusan ribuan"))
_DETAINED = (
    r"menahan(?=\s+(?:\S+\s+){0,2}?(?:(?:" + "|".join(sorted(PERSON_OBJECTS | _NUMBER_WORDS))
    + r"|\d+)(?![\w-])|(?-i:[A-Z])))"
)

# The steps in the order a case goes through them; a sentence's latest step is its news.
CASE_STEPS: tuple[tuple[str, str], ...] = (
    ("sought", r"buron(?:an)?|diburu|memburu|perburuan|terendus|diendus|mengendus|dilacak|dpo|daftar pencarian orang"),
    ("arrested", r"ditangkap|menangkap|penangkapan|tertangkap|diciduk|terciduk|menciduk|dibekuk|membekuk|"
                 r"diringkus|meringkus|dicokok|mencokok|tangkap tangan|diamankan"),
    ("detained", r"(?:ditahan|penahanan|dijebloskan|mendekam|dibui|" + _DETAINED + r")(?!\s+imbang)"),
    ("suspect", r"(?:ditetapkan|menetapkan|penetapan)(?:\s+\S+){0,4}?\s+(?:sebagai\s+)?tersangka|"
                r"(?:menjadi|jadi)\s+tersangka|menersangkakan|ditersangkakan"),
    ("charged", r"didakwa|mendakwa|dakwaan|dituntut|tuntutan\s+(?:jaksa|jpu|pidana)"),
    ("sentenced", r"divonis|memvonis|vonis|dijatuhi\s+(?:hukuman|vonis|pidana)"),
    ("released", r"dibebaskan|bebas\s+(?:bersyarat|murni)|penangguhan\s+penahanan"),
)

# Words that, one or two words before a step, deny it (``tidak ditahan``, ``belum ditangkap``): a
# denied step is another status than the step.
STEP_NEGATIONS: frozenset[str] = frozenset({"tidak", "tak", "belum", "bukan", "enggak", "nggak", "gak"})
