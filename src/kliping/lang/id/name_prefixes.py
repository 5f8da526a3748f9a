"""Words the tagger sometimes glues before a person's name that are not part of it.

Data only; read by ``kliping.link.aliases`` (entity resolution), which drops such a word from a
person mention of three or more words when the rest is a full name the run names on its own
(``Seskab Teddy Indra Wijaya`` -> ``Teddy Indra Wijaya``, ``Menteri Imipas Agus Andrianto`` tagged
``Imipas Agus Andrianto``). The title lists of :mod:`kliping.lang.id.titles` count as well; this list
holds office and ministry short names written as one word that are not there. Lower case.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


GLUED_ROLE_WORDS: frozenset[str] = _words("""
seskab sesneg wamensesneg kasespim kemenko
imipas komdigi kemkomdigi banggar gakkum pupr esdm
plt plh pj pjs
""")
