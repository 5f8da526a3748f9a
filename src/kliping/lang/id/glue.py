"""Words glued together where a page's inline markup (italics, links) lost the space around them.

Data only; ``kliping.ingest.glue`` inserts the lost space. ``Dilansir daridetikFinance``,
``PantauandetikJatengdi lokasi``, ``KemudianGolden Visa``: the split is taken only where one side is
sure to be a word of its own, so real camel-case names (``NasDem``, ``TikTok``, ``iPhone``,
``KemenPPPA``, ``McDonald``) stay whole.
"""

from __future__ import annotations

from kliping.lang.id.wordsets import words

# The outlet whose name is glued most often: ``detikcom`` and its channels ``detikX``.
OUTLET_PREFIX = "detik"
# detikcom's channels (the part after ``detik``), so a word glued after one can be cut off
# (``detikJatengdi`` -> ``detikJateng di``); an unknown channel is never cut.
DETIK_CHANNELS: frozenset[str] = words("""
    News Finance Jateng Jatim Jabar Jogja Bali Sulsel Sumut Sumbagsel Kalimantan Bandung Jakarta
    Health Travel Hot Inet INET Oto Sport Edu Food Properti Hikmah Sore Pagi Pop Wolipop Foto Video
    X Sulteng Sultra Kalbar Riau Sumbar Banten Lampung Jambi Papua Maluku NTT NTB Jakut
""")

# Function words and reporting cues that a glued capitalised word may follow
# (``dariAntara``, ``KemudianGolden``, ``danGolden``, ``TakBenda``): short or capitalised words
# whose stem alone would not make the split safe.
LEFT_WORDS: frozenset[str] = words("""
    dan di ke dari pada dalam oleh untuk dengan bersama kepada tentang terhadap antara melalui
    atau serta yang bahwa ketika saat sejak hingga sampai sebagai seperti yakni yaitu adalah ialah
    merupakan tak tidak bukan juga pun lalu kemudian selanjutnya sementara namun tetapi tapi
    kata ujar menurut dilansir melansir dikutip mengutip merangkum pantauan laporan liputan
    jurnalis wartawan tim program aplikasi situs buku data milik bunyi berjudul bertajuk
""")

# Function words a page's markup glued after a place name (``March for Australiayang berlangsung``):
# the space before one is restored when the part before it is a country, city or region the
# gazetteer knows. Kept to words that start a clause or phrase after a name.
RIGHT_FUNCTION_WORDS: tuple[str, ...] = tuple(sorted(words("""
    yang dan di ke dari untuk pada dengan serta
"""), key=len, reverse=True))
