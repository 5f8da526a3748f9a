"""When a word of movement is no move of a figure (data only; used by ``synth.corpus.moves``).

``turun`` and ``naik`` are also verbs of going down and up, and of many idioms: ``turun ke jalan``
(to demonstrate), ``turun tangan`` (to step in), ``naik banding`` (to appeal), ``naik pesawat``. A
negated move (``tidak turun``) says the opposite of a move. All words lower case.
"""

from __future__ import annotations

from kliping.lang.id.wordsets import words as _words

# A word right after ``naik``/``turun`` (and their kin) that makes the pair an idiom, not a move.
# Not ``ke`` or ``dari`` alone: ``naik ke level Rp 16.300``, ``turun dari 70 dollar`` are moves.
IDIOM_NEXT = _words("""
tangan langsung gunung banding pangkat jabatan kelas haji panggung takhta tahta ranjang
pesawat kapal kereta motor mobil bus angkot ojek perahu sepeda lift eskalator tangga hujan salju
""")
# After ``ke``/``dari`` (IDIOM_PREPOSITIONS), a place or a vehicle makes it an idiom (``turun ke jalan``,
# ``turun dari mobil``, ``naik ke panggung``).
IDIOM_PREPOSITIONS = _words("ke dari")
IDIOM_AFTER_PREPOSITION = _words("""
jalan jalanan lapangan lokasi panggung atas bawah darat laut pesawat kapal kereta mobil motor bus
kursi jabatan takhta tahta ring mimbar podium
""")
# Words before a move that negate it.
NEGATORS = _words("tidak tak belum bukan jangan tanpa")
# A move against another thing (``dolar AS melemah terhadap rupiah``) is the other's opposite move
# (``rupiah menguat terhadap dolar``): ``synth.corpus.moves`` tells both from the one that sorts
# first. The word before the other thing, and the currencies whose pairs are told so.
RELATIVE_TO = _words("terhadap")
CURRENCY_WORDS = _words("""
rupiah dolar dollar yen euro yuan renminbi ringgit won baht peso pound poundsterling franc rupee
dirham riyal rubel lira dong
""")
# Spellings of one currency.
CURRENCY_SPELLINGS = {"dollar": "dolar", "poundsterling": "pound", "renminbi": "yuan"}
