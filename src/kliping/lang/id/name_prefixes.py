"""Words the tagger sometimes glues before a person's name that are not part of it, or takes for
a name on their own.

Data only; read by ``kliping.link.aliases`` (entity resolution), which drops such a word from a
person mention of three or more words when the rest is a full name the run names on its own
(``Seskab Teddy Indra Wijaya`` -> ``Teddy Indra Wijaya``, ``Menteri Imipas Agus Andrianto`` tagged
``Imipas Agus Andrianto``). The title lists of :mod:`kliping.lang.id.titles` count as well; this list
holds office and ministry short names written as one word that are not there. Lower case.
"""

from __future__ import annotations

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

# Interjections, colloquial function words and sentence adverbs that open a sentence capitalised
# (``Yuk, simak ...``, ``Alhasil, polisi ...``, ``Cuman tetap ...``, ``Entar, Pak, ...``): the tagger
# reads a capitalised word before a comma as a name. ``extract.entities`` drops a one-word person
# span of one of these at a sentence's start unless the article uses it inside a longer name
# (``Mari Elka Pangestu`` ... ``Mari, ...``). Lower case.
DISCOURSE_WORDS: frozenset[str] = _words("""
yuk yok ayo ayuk mari silakan silahkan coba
alhasil akhirnya untungnya sayangnya rupanya ternyata intinya pokoknya soalnya makanya
cuman cuma entar ntar nanti tapi tetapi kalau kalo pas mending emang memang
nah wah wow lho loh dong deh sih kok ya yah oh aduh astaga duh hmm eh
kemarin tadi barusan sekarang kini
""")

# Nouns before the name of a programme, a vision or a slogan (``program prioritas Asta Cita``,
# ``visi Indonesia Emas``): the name after them is no person. Not ``klub``: a club is an
# organisation the linker keeps (``klub Padel Sudirman``). Lower case.
PROGRAMME_NOUNS: frozenset[str] = _words("""
program programnya visi misi gerakan slogan jargon kampanye skema inisiatif agenda
""")
