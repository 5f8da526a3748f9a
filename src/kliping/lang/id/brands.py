"""Companies, brands and commodity benchmarks that news names with one bare word (data only).

Read by the dossier rules of ``kliping.extract.entities`` (``_brand_names``), never by the NER
models' features. The tagger types a bare capitalised word with no cue around it a person more often
than anything else, so ``Chevron memiliki tiga blok``, ``harga minyak Brent`` and ``perusahaan seperti
Huawei, Tencent, dan BYD`` gave persons. Two kinds of evidence make such a word a company or a
product instead, both read per document and only for a name with no sign of a person (a title, a
speech verb, an honorific, an age, the word of a longer person name):

- the noun written right before it (``minyak mentah Brent``, ``mobil Alphard``, ``emiten Sritex``,
  ``perusahaan multinasional seperti Apple, Tesla, dan Volkswagen``): ``COMPANY_NOUNS`` and
  ``PRODUCT_NOUNS``, with the modifiers and list words that may stand between;
- a short list of well-known names (``KNOWN_COMPANIES``, ``BENCHMARKS``) that are not also the
  given names or surnames people are called by alone.

All sets but the name lists are lower case.
"""

from __future__ import annotations

from kliping.lang.id.wordsets import words as _words

# Nouns that name the kind of company or the part of one that follows (``produsen X``, ``emiten X``)
# or something of a company (``manajemen X``, ``saham X``). News writes a person's belongings with
# ``milik``; a person after these nouns is rare, and the person evidence of the document decides.
COMPANY_NOUNS: frozenset[str] = _words("""
perusahaan korporasi perseroan emiten produsen pabrikan maskapai raksasa konglomerasi konglomerat
operator kontraktor distributor peritel pengembang startup manajemen direksi saham induk spbu
""")

# Nouns that name the kind of product that follows (``mobil Alphard``, ``minyak mentah Brent``,
# ``ponsel Xiaomi``, ``rudal Kinzhal``, ``tank Leopard``, ``jet tempur Rafale``). ``minyak`` and
# ``mentah`` name a crude grade, which may run over several words (``Brent North Sea``); the others
# take a one-word name only. Vehicles and weapons are products too: the tagger reads a bare model
# name (``menggunakan Maung``) as a person. Not ``bus``/``kapal``/``pesawat`` alone before an
# operator's name (``bus Transjakarta``, ``pesawat Garuda``): ``pesawat`` is here, since the carrier
# is tagged an organisation, not a person, and only person or unknown-place spans are retyped.
PRODUCT_NOUNS: frozenset[str] = _words("""
mobil kendaraan motor ponsel smartphone gawai laptop minyak mentah merek merk produk tipe varian seri jenis
jip sedan truk rudal misil roket tank panser pesawat jet helikopter drone senjata meriam howitzer
""")
COMMODITY_NOUNS: frozenset[str] = _words("minyak mentah")
# Two-word compounds that end in a word of PRODUCT_NOUNS but name no product: an English ``think
# tank`` (a policy institute) is written untranslated in Indonesian news (``lembaga think tank Korea``),
# and the name after it is the institute's country or the institute, not a tank model.
NOT_PRODUCT_COMPOUNDS: frozenset[tuple[str, str]] = frozenset({("think", "tank")})
# Nouns of a vehicle or device kind after which a maker's name and its model follow (``mobil BYD
# Seal``, ``pikap Esemka Bima``): a name of two words or more after one, opened by a maker, is the model.
MODEL_NOUNS: frozenset[str] = _words("""
mobil kendaraan motor ponsel smartphone gawai laptop jip sedan truk pikap minibus skuter hatchback
""")
# Words of a vehicle's or device's kind between its noun and its name (``mobil offroad FIN Komodo``,
# ``mobil listrik ...``, ``ponsel lipat ...``): the name after them is still the model. Lower case.
MODEL_NOUN_MODIFIERS: frozenset[str] = _words("""
offroad listrik sport mewah nasional klasik keluarga hybrid hibrida konsep balap lipat pintar murah
""")
# Words that end a company's own name after its maker word (``Toyota Motor``, ``Hyundai Indonesia``
# is also a place test): a name with one after the maker is the company, not a model; nor one with a
# building word (``Emirates Stadium``), a place named after its sponsor.
MAKER_COMPANY_WORDS: frozenset[str] = _words("""
motor motors group grup corp corporation company co inc ltd tbk holding holdings astra financial finance
capital energy energi mobility auto automobile automotive electronics sekuritas international
internasional global dealer
stadium arena tower center centre park hall plaza mall building square
""")
# The words of PRODUCT_NOUNS that name a kind of anything (``jenis``, ``tipe``), not of a product:
# after a comma they open no apposition that makes the name before them a product.
KIND_WORDS: frozenset[str] = _words("merek merk produk tipe varian seri jenis")

# Words that may stand between such a noun and the name: adjectives of kind and origin
# (``mobil mewah``, ``kendaraan dinas``, ``perusahaan multinasional``) and list openers (``seperti``).
# Verbs never do (``mobil menabrak Budi``).
NOUN_MODIFIERS: frozenset[str] = _words("""
mewah nasional listrik dinas multinasional swasta asing global besar ternama terkemuka raksasa
teknologi energi minyak migas otomotif elektronik investasi acuan patokan pelat merah
tempur balistik jelajah hipersonik siluman taktis angkut nirawak serbu
""")
# Words after a name that say a maker follows (``Maung buatan PT Pindad``, ``Maung produksi
# Pindad``, ``ponsel lipat keluaran Samsung``): the name before them is the maker's product when a
# capitalised name follows them.
MADE_BY: frozenset[str] = _words("buatan bikinan garapan besutan rakitan produksi keluaran")
LIST_OPENERS: frozenset[str] = _words("seperti yakni yaitu termasuk misalnya")
# Words inside a list of names (``Alphard, Lexus hingga Mercedes-Benz``).
LIST_JOINERS: frozenset[str] = _words("dan serta atau hingga maupun")

# Company cue words that open a company's full name: ``PT Sritex`` makes a bare ``Sritex`` of the same
# article the company. Case-sensitive.
COMPANY_PREFIXES: frozenset[str] = frozenset({"PT", "CV", "Perum", "Grup", "Group"})

# Well-known companies written as a bare name. Names that are also what people are called by alone
# (``Ford``, ``Bakrie``, ``Sampoerna``, ``Sony``) or common words (``Intel``, ``Amazon``) are left out.
# Makers news writes after their product's name (``Maung Pindad``) are here too: a name that ends
# with one is that maker's product. Case-sensitive.
KNOWN_COMPANIES: frozenset[str] = _words("""
Chevron ExxonMobil Exxon Aramco Shell TotalEnergies Petronas PetroChina Sinopec Rosneft Lukoil Equinor
ConocoPhillips Inpex Medco Adaro Freeport Inalum Vale Glencore Petrobras Pemex Halliburton
Toyota Honda Suzuki Daihatsu Yamaha Mitsubishi Nissan Volkswagen Wuling Chery Lexus Porsche Ferrari
Tencent Alibaba Xiaomi Oppo ByteDance TikTok Nvidia Netflix Gojek Tokopedia Shopee Bukalapak
Traveloka Telkomsel Indosat OpenAI Qualcomm Panasonic Foxconn Lenovo Spotify Uber Airbnb Starbucks
Unilever Danone Nestle Indofood Wilmar Citilink AirAsia Emirates Qantas Lufthansa
Citigroup JPMorgan Barclays Nomura BlackRock Mizuho
Pindad Boeing Airbus Embraer Dassault Hyundai BYD Huawei
""") | frozenset({
    "Saudi Aramco", "Morgan Stanley", "Goldman Sachs", "Lion Air", "Gudang Garam", "Rio Tinto",
    "Freeport-McMoRan", "Freeport McMoRan", "Medco Energi", "Bukit Asam", "Amman Mineral",
})

# Crude-oil benchmarks and grades news names bare (``Brent``, ``Urals``), and the Singapore fuel-price
# benchmark Indonesian fuel prices are set from (``MOPS``, Mean of Platts Singapore: ``jika MOPS naik
# menjadi 70 dollar AS per barel``). A span that starts with one is the grade (``Brent North Sea``).
# Case-sensitive.
BENCHMARKS: frozenset[str] = frozenset({"Brent", "Urals", "Tapis", "West Texas Intermediate", "WTI", "MOPS",
                                        "Mean of Platts Singapore"})

# Exchanges and trading venues news names bare (``di bursa Nymex``, ``di ICE Futures Europe``): the
# tagger reads a name after ``di`` as a place; these are organisations. Case-sensitive; a span that
# starts with one of two words or more is the venue too (``ICE Futures Europe exchange``).
EXCHANGES: frozenset[str] = frozenset({
    "Nymex", "NYMEX", "Comex", "COMEX", "CBOT", "LME", "SGX", "ICE Futures", "ICE Futures Europe",
    "ICE Futures US", "New York Mercantile Exchange", "London Metal Exchange", "Intercontinental Exchange",
    "Chicago Mercantile Exchange", "Dubai Mercantile Exchange", "Tokyo Commodity Exchange",
})

# App stores: the platforms an app is downloaded from (``unduh aplikasinya di Play Store``), products
# of their makers, not bodies (the tagger reads them as organisations). Case-sensitive, whole names.
APP_STORES: frozenset[str] = frozenset({
    "Play Store", "PlayStore", "Google Play", "Google Play Store", "App Store", "AppStore", "Apple App Store",
    "AppGallery", "Huawei AppGallery", "Galaxy Store",
})

# Social media and messaging platforms: written after a word of the medium (``akun Instagram``,
# ``grup WhatsApp``, ``tagar di TikTok``, ``melalui media sosial Facebook``) they are where something is
# posted or sent, products of their makers, not bodies (the tagger reads them as organisations, or a
# place after ``di``). ``X`` (Twitter's new name) only with its old name beside it or an ``akun``/
# ``platform``/``aplikasi`` before it. Case-sensitive, whole names.
SOCIAL_PLATFORMS: frozenset[str] = frozenset({
    "Instagram", "Facebook", "Twitter", "YouTube", "Youtube", "WhatsApp", "Whatsapp", "TikTok", "Telegram",
    "Threads", "LinkedIn", "Snapchat", "X", "Truth Social", "Weibo", "WeChat", "Reddit", "Bluesky",
    "Pinterest", "Discord", "Douyin",
})
# Words right before a platform (one word may stand between: ``akun media sosial Facebook``) that make
# it the medium; a list of platforms opened by one of LIST_OPENERS is one too (``seperti Instagram,
# Facebook, dan YouTube``). Lower case.
MEDIUM_WORDS: frozenset[str] = _words("""
akun grup kanal aplikasi pesan nomor platform sosial medsos di melalui lewat via tagar follow laman
unggahan fitur saluran channel situs
""")
PLATFORM_X_BEFORE: frozenset[str] = _words("akun platform aplikasi")
PLATFORM_X_OLD_NAME = "Twitter"

# Fuel products sold at Indonesian filling stations, by their brand names (``harga Pertamax``,
# ``Pertamina Dex``, ``Dexlite``): products, never the company (``Pertamina Dex`` was typed ORG) nor
# a person (``Dexlite``). Case-sensitive, whole names; ``Solar`` and ``Premium`` are ordinary words too
# and are left out.
FUELS: frozenset[str] = frozenset({
    "Pertamax", "Pertamax Turbo", "Pertamax Green", "Pertamax Plus", "Pertamax Racing", "Pertalite",
    "Pertamina Dex", "Dexlite", "Biosolar", "Bio Solar", "Shell Super", "Shell V-Power", "Shell V-Power Diesel",
    "BP Ultimate", "BP 92", "Revvo",
})

# Financial instruments and contracts written capitalised (``pasar Non-Deliverable Forward (NDF)``,
# ``Domestic NDF``): no entity of a story, whatever type the tagger gives them. A span whose last
# word is one of INSTRUMENT_TAILS is an instrument (``Domestic Non-Deliverable Forward``); the
# short forms are listed whole. Case-sensitive.
INSTRUMENT_TAILS: frozenset[str] = frozenset({"Forward", "Forwards", "Swap", "Swaps"})
INSTRUMENTS: frozenset[str] = frozenset({"NDF", "DNDF", "Domestic NDF", "CDS", "Credit Default Swap"})

# Works and publications news names with a bare capitalised word, often English (``jurnal ilmiah
# ..., Heritage,``): a name set off by commas after one of these nouns, with only lower-case words
# between, is the work's title (``entities._slogan_cue``), not a person.
WORK_NOUNS: frozenset[str] = _words("""
jurnal majalah buku novel film lagu album koran tabloid buletin dokumenter serial publikasi terbitan
""")
# Words that bring a person into that stretch (``jurnal yang disunting oleh, ...``): then the name
# after the comma may be the person.
WORK_PERSON_WORDS: frozenset[str] = _words("""
oleh bersama dengan kata ujar menurut penulis pengarang penyunting editor redaktur pemimpin peneliti
""")

# Words right before a well-known company that say a person of the company follows (``TikTok Shop by
# Tokopedia [Fulan]``, ``Perwakilan Tokopedia [Fulan]``, ``Kreator Shopee [Fulan]``): then the
# name after the company may be split off even where the model reads it as the company's
# continuation (``entities._company_then_name``). ``Pameran itu menampilkan Toyota Kijang Innova``
# has none: a product line.
COMPANY_PERSON_BEFORE: frozenset[str] = _words("""
by perwakilan wakil mitra kreator affiliate afiliasi duta ambassador karyawan pegawai staf pendiri
""")

# Software systems and apps of Indonesian public services that news names bare (``Coretax sudah
# siap``, ``situs SIPP PN ...``, ``aktivasi akun Coretax``): things a body runs, products, not the
# body (the tagger reads them as organisations, or a place after ``di``/``situs``). A name opening
# with one is the system too (``Coretax DJP``, ``SIPP PN Jakut``, a court's case-tracking site).
# Case-sensitive, by the name's first word.
SOFTWARE_SYSTEMS: frozenset[str] = frozenset({
    "Coretax", "CoreTax", "SIPP", "Sirekap", "SIREKAP", "Sipol", "SIPOL", "SIKS-NG", "PeduliLindungi",
    "SatuSehat", "SATUSEHAT", "MyPertamina", "JMO", "e-Katalog", "e-Filing", "e-Billing", "SIPD",
    "SIMBG", "Sapawarga", "Dapodik", "SIAKAD",
})
# Nouns right before a one-word name that make it software (``sistem Coretax``, ``aplikasi
# AllIndonesia``): ``sistem`` and ``aplikasi`` name a program the article's body runs. Lower case;
# ``situs``/``laman`` are not here: ``laman Healthline`` cites a publisher, an organisation.
SOFTWARE_NOUNS: frozenset[str] = _words("aplikasi sistem software")

# Journals. After ``jurnal``/``majalah`` (JOURNAL_NOUNS) the capitalised run is the journal's name,
# English joiners and a subtitle after ``:`` included (``jurnal American Heart Association
# Circulation: Heart Failure``); after a publishing verb and ``di``/``dalam`` (PUBLISHED_VERBS:
# ``dirilis di JAMA Network Open``) only a run holding a journal word (JOURNAL_WORDS) is one, not a
# place (``diterbitkan di Jakarta``). The tagger cuts such names at words it does not read as names
# (``Open``). Lower case for the cue words, case-sensitive for JOURNAL_WORDS.
JOURNAL_NOUNS: frozenset[str] = _words("jurnal majalah")
PUBLISHED_VERBS: frozenset[str] = _words("diterbitkan dipublikasikan dipublikasi dirilis terbit dimuat")
PUBLISHED_IN: frozenset[str] = _words("di dalam")
JOURNAL_WORDS: frozenset[str] = _words("""
Journal Review Reviews Letters Reports Proceedings Open Network Annals Bulletin Frontiers Circulation
Nature Science Lancet Medicine Magazine Quarterly Research Communications
""")

# Awards. A rank or medal written before an award's name (``Silver Winner Anugerah ...``, ``Gold Award
# Penghargaan ...``) is what was won, no word of the award: AWARD_RANKS then optional AWARD_RANK_TAILS
# are cut from a span's start when an award head (AWARD_HEADS) follows; a name opening with an award
# head is the award, an event like ``... Awards`` (``concepts.EVENT_TAILS``). Case-sensitive.
AWARD_RANKS: frozenset[str] = _words("Gold Silver Bronze Platinum Diamond Grand Best")
AWARD_RANK_TAILS: frozenset[str] = _words("Winner Winners Award Medal Prize Champion")
AWARD_HEADS: frozenset[str] = _words("Anugerah Penghargaan")
