"""Indonesian news outlets: canonical names, web domains and the way each names itself in text.

Data only. ``OUTLETS`` maps a canonical, readable outlet name to its domains and to the *markers*
the outlet writes in datelines and self-references (``KONTAN.CO.ID - MOSKOW.``,
``JAKARTA, KOMPAS.com -``, ``kata X kepada detikcom``). The ingest stage uses it to normalise a
user-given ``source`` (``kontan.co.id`` -> ``Kontan``) and to infer the outlet of an article when
the input does not say. Markers are matched case-sensitively first and then case-insensitively,
so list the spellings outlets actually use.
"""

from __future__ import annotations

import re

# canonical name -> (domains, text markers)
OUTLETS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Kompas.com": (("kompas.com",), ("KOMPAS.com", "Kompas.com", "KOMPAS.COM")),
    "Kompas.id": (("kompas.id",), ("KOMPAS.id", "Kompas.id")),
    "Kompas TV": (("kompas.tv",), ("KOMPAS.TV", "Kompas.tv", "KompasTV")),
    "Kontan": (("kontan.co.id",), ("KONTAN.CO.ID", "Kontan.co.id", "Kontan")),
    "IDN Times": (("idntimes.com",), ("IDN Times", "IDNTimes")),
    "detikcom": (("detik.com",), ("detikcom", "detik.com", "Detikcom")),
    "Liputan6.com": (("liputan6.com",), ("Liputan6.com", "LIPUTAN6.COM")),
    "Tempo": (("tempo.co", "tempo.id"), ("TEMPO.CO", "Tempo.co", "TEMPO.CO.ID")),
    "CNN Indonesia": (("cnnindonesia.com",), ("CNN Indonesia", "CNNIndonesia.com")),
    "CNBC Indonesia": (("cnbcindonesia.com",), ("CNBC Indonesia", "CNBCIndonesia.com")),
    "Antara": (("antaranews.com",), ("ANTARA", "Antara", "ANTARANEWS.COM", "Antaranews.com")),
    "Tribunnews": (("tribunnews.com",), ("TRIBUNNEWS.COM", "Tribunnews.com")),
    "Okezone": (("okezone.com",), ("Okezone", "Okezone.com", "OKEZONE.COM")),
    "SINDOnews": (("sindonews.com",), ("SINDOnews", "SINDONEWS.COM", "Sindonews.com")),
    "Republika": (("republika.co.id", "republika.id"), ("REPUBLIKA.CO.ID", "Republika.co.id")),
    "Media Indonesia": (("mediaindonesia.com",), ("Media Indonesia", "MediaIndonesia.com")),
    "Bisnis.com": (("bisnis.com",), ("Bisnis.com", "BISNIS.COM")),
    "Katadata": (("katadata.co.id",), ("Katadata.co.id", "KATADATA.CO.ID")),
    "Suara.com": (("suara.com",), ("Suara.com", "SUARA.COM")),
    "Merdeka.com": (("merdeka.com",), ("Merdeka.com", "MERDEKA.COM")),
    "Jawa Pos": (("jawapos.com",), ("JawaPos.com", "JAWAPOS.COM")),
    "kumparan": (("kumparan.com",), ("kumparan", "kumparanNEWS")),
    "VIVA": (("viva.co.id",), ("VIVA.co.id", "VIVA")),
    "iNews": (("inews.id",), ("iNews.id", "iNewsID")),
    "Beritasatu": (("beritasatu.com",), ("Beritasatu.com", "BeritaSatu.com", "BERITASATU.COM")),
    "Tirto": (("tirto.id",), ("tirto.id", "Tirto.id")),
    "Gatra": (("gatra.com",), ("GATRA.com", "Gatra.com")),
    "Metro TV": (("metrotvnews.com",), ("Metrotvnews.com", "MetroTVNews.com")),
    "Suara Surabaya": (("suarasurabaya.net",), ("suarasurabaya.net", "SuaraSurabaya.net")),
    "BBC News Indonesia": (("bbc.com", "bbc.co.uk"), ("BBC News Indonesia", "BBC Indonesia")),
    "VOA Indonesia": (("voaindonesia.com",), ("VOA Indonesia", "VOA")),
    "The Jakarta Post": (("thejakartapost.com",), ("The Jakarta Post",)),
    "Jakarta Globe": (("jakartaglobe.id",), ("Jakarta Globe",)),
}

# Sub-brands an outlet uses to refer to itself inside its own articles (``dikutip detikFinance``,
# ``kepada detikJatim``). A match means the article is that outlet's own.
SELF_BRANDS: dict[str, re.Pattern[str]] = {
    "detikcom": re.compile(r"detik(?:com|News|Finance|Health|Inet|Sport|Oto|Travel|Food|Hot|Edu|"
                           r"Jatim|Jateng|Jabar|Bali|Sulsel|Sumut|Sumbagsel|Jogja|Kalimantan|Pagi|Sore|"
                           r"Properti|Pop|X)\b"),
    "Kompas.com": re.compile(r"\bKompas\.com\b", re.IGNORECASE),
    "IDN Times": re.compile(r"\bIDN Times\b"),
    "Liputan6.com": re.compile(r"\bLiputan6\.com\b", re.IGNORECASE),
    "CNN Indonesia": re.compile(r"\bCNNIndonesia\.com\b"),
    "Tempo": re.compile(r"\bTempo\.co\b", re.IGNORECASE),
    "Kontan": re.compile(r"\bKontan\.co\.id\b", re.IGNORECASE),
}

# Words that, written just before an outlet name, make it a self-reference of the reporting outlet
# (``kata dia kepada Kompas.com``, ``pantauan Tempo``) rather than a cited other outlet
# (``dikutip dari Antara``).
SELF_REFERENCE_CUES = (
    "kepada", "pada", "dihubungi", "ditemui", "diwawancarai", "dikonfirmasi", "pantauan",
    "catatan", "penelusuran", "wawancara dengan", "keterangan kepada", "saat dihubungi",
)


# Foreign news agencies and outlets whose reports Indonesian desks translate, as the copy names them
# (``..., demikian dilaporkan Reuters.``, ``..., lapor Associated Press.``, ``seperti dilansir BBC``):
# a sentence so attributed, naming no one else who says it, is the outlet's report
# (``extract.quotes``). Only names that are no common word or person's name.
WIRE_OUTLETS: tuple[str, ...] = (
    "Reuters", "AFP", "Agence France-Presse", "AP", "Associated Press", "The Associated Press",
    "Bloomberg", "BBC", "BBC News", "CNN", "Al Jazeera", "Xinhua", "Kyodo", "Kyodo News", "Yonhap",
    "TASS", "RIA Novosti", "Sputnik", "Anadolu", "Anadolu Agency", "DPA", "EFE", "ANSA", "Interfax",
    "NHK", "The New York Times", "New York Times", "The Washington Post", "Washington Post",
    "The Guardian", "Financial Times", "The Wall Street Journal", "Wall Street Journal", "CNBC",
    "Channel News Asia", "CNA", "South China Morning Post", "SCMP", "Nikkei", "Nikkei Asia",
    "The Straits Times", "Straits Times", "Bernama", "Deutsche Welle", "DW", "France 24", "Axios",
    "Politico", "Sky News", "ABC News", "NBC News", "CBS News", "Fox News", "The Telegraph",
    "The Independent", "Le Monde", "Der Spiegel", "Haaretz", "The Times of Israel", "Times of Israel",
    "The Jerusalem Post", "Jerusalem Post", "Arab News", "Al Arabiya", "Tasnim", "IRNA", "KCNA",
    "Global Times", "Times of India", "The Hindu", "Bangkok Post", "Korea Herald", "The Korea Herald",
    "Japan Times", "The Japan Times", "Voice of America", "Radio Free Asia", "Euronews", "The Economist",
    "Newsweek", "Forbes", "Fortune", "The Verge", "TechCrunch", "Variety",
)
# Words naming the kind of outlet before its name (``lapor kantor berita Xinhua``, ``demikian dilaporkan
# surat kabar Haaretz``, ``kantor berita resmi Iran IRNA``).
OUTLET_KIND_WORDS: tuple[str, ...] = (
    "kantor berita", "surat kabar", "harian", "media", "stasiun televisi", "televisi", "situs berita",
    "majalah", "koran", "jaringan televisi", "portal berita",
)
OUTLET_KIND_QUALIFIERS: tuple[str, ...] = ("resmi", "pemerintah", "negara", "milik negara", "swasta")

