"""Closed-class words many rules test one word at a time: the conjunctions of a list, copulas,
demonstratives, articles and prepositions (data only).

The entity, quote, claim and timeline rules wrote these sets inline where they tested them, each a
little different. One home per set, named for the words it holds; the lists of one use elsewhere in
``kliping.lang.id`` are built from them (``entity_words.PLACE_LIST_JOINERS`` is ``LIST_CONJUNCTIONS``
and a comma). Where two rules take different words on purpose they read different sets: ``&`` joins
the words of a name (``Johnson & Johnson``) but no two speakers of a clause, and ``maupun`` (``baik X
maupun Y``) joins two parties but opens no list item. Lower case.
"""

from __future__ import annotations

from kliping.lang.id.wordsets import words as _words

# --- conjunctions
# "And" between the items of a list (``X dan Y``, ``X serta Y``).
AND_WORDS = _words("dan serta")
# "And" as a name writes it: the word or the sign (``Fulan dan Rekan``, ``Johnson & Johnson``).
NAME_AND = _words("dan &")
# "And" in Indonesian or in an English name inside Indonesian text (``Komsomolsk-on-Amur dan Vladivostok``).
AND_EITHER_LANGUAGE = _words("dan and")
# The words of "and" and the sign (``X dan Y``, ``X serta Y``, ``X & Y``).
AND_WORDS_OR_SIGN = AND_WORDS | {"&"}
# The words that join two people or parties of one clause, with ``maupun`` of ``baik X maupun Y``.
BOTH_AND_WORDS = AND_WORDS | {"maupun"}
# ... and the sign too: every word or sign that coordinates two names.
COORDINATORS = BOTH_AND_WORDS | {"&"}
# "And" or "or" (``X dan Y``, ``X atau Y``).
AND_OR = _words("dan atau")
# The conjunctions before a list's last item (``A, B, dan C``, ``A, B, atau C``).
LIST_CONJUNCTIONS = AND_WORDS | {"atau"}

# --- copulas, demonstratives, articles
# "Is" between a name and what it is (``X adalah ...``, ``X merupakan ...``).
COPULAS = _words("adalah merupakan")
# ``ini``, ``itu``, ``tersebut`` after a noun (``hal tersebut``, ``pria itu``).
DEMONSTRATIVES = _words("ini itu tersebut")
# The indefinite articles (``sebuah lembaga``, ``suatu kajian``).
INDEFINITE_ARTICLES = _words("sebuah suatu")

# --- pronouns, purpose, distribution
# The first-person pronouns (``kami``, ``kita``, ``saya``, ``aku``).
FIRST_PERSON_PRONOUNS = _words("kita kami saya aku")
# Words of purpose before a verb (``untuk mencapai``, ``demi meraih``, ``guna menindaklanjuti``).
PURPOSE_WORDS = _words("untuk demi guna")
# Distributive words before a unit or an occasion (``per 100 gram``, ``setiap hari``, ``tiap kali``).
DISTRIBUTIVES = _words("per setiap tiap")

# --- prepositions
# At, to, from: the prepositions of a place (``di Bandung``, ``ke Surabaya``, ``dari Medan``).
PLACE_PREPOSITIONS = _words("di ke dari")
# From, to, towards: the prepositions of a movement's two ends (``dari Jakarta menuju Bogor``).
MOVE_PREPOSITIONS = _words("dari ke menuju")
# The prepositions a noun phrase opens with (``di``, ``kepada``, ``terhadap``, ``bagi``).
PREPOSITIONS = PLACE_PREPOSITIONS | _words("pada untuk oleh kepada terhadap bagi")
