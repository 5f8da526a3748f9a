"""Words the tagger sometimes glues before a person's name that are not part of it.

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
