"""Boilerplate of Indonesian news pages: patterns for lines that are page furniture, not story.

Data only; ``kliping.ingest.boilerplate`` applies them line by line and records every removal with
the reason given here, so the cleaning can be audited. A pattern in ``LINE_PATTERNS`` must match the
*whole* stripped line (they are used with ``fullmatch``); being strict is what keeps a sentence that
merely contains the word "foto" or "video" in the story.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# (reason, pattern): a line fully matching the pattern is removed with that reason.
LINE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "Baca Juga: ...", "BACA JUGA ...", "Baca juga - ...", related-article links.
    ("baca_juga", re.compile(r"(?:baca(?:\s+juga|\s+selengkapnya)?|artikel\s+terkait|berita\s+terkait"
                             r"|lihat\s+juga|read\s+also)\s*[:\-–—>»]\s*.{0,250}", _I)),
    ("baca_juga", re.compile(r"baca\s+juga\b.{0,250}", _I)),
    # Bylines: "Reporter: A | Editor: B", "Penulis: A", "Editor: B", "Pewarta: C".
    ("byline", re.compile(r"(?:reporter|editor|penulis|pewarta|redaktur|penyunting|kontributor|"
                          r"wartawan|laporan\s+wartawan|writer|author)\s*:\s*[^.!?]{1,150}"
                          r"(?:\s*[|/,]\s*(?:reporter|editor|penulis|pewarta|redaktur|penyunting|"
                          r"fotografer|foto)\s*:\s*[^.!?|]{1,80})*", _I)),
    # Trailing reporter initials: "(rrd/rir)", "(ant/hri)", "(*)".
    ("byline", re.compile(r"\((?:[a-z]{2,5}(?:/[a-z]{2,5}){0,3}|\*)\)", _I)),
    # Photo captions: "Foto: ...", "(Foto: dok. X)", "Sumber foto: ...", "Ilustrasi: ...".
    ("caption", re.compile(r"\(?\s*(?:foto|sumber\s+foto|sumber\s+gambar|kredit\s+foto|photo|gambar|"
                           r"ilustrasi(?:\s+foto)?|dok(?:umentasi)?\.?)\s*:\s*.{1,200}", _I)),
    ("caption", re.compile(r"\(\s*(?:foto|dok\.?|dokumentasi|ilustrasi|istimewa|tangkapan\s+layar)"
                           r"\b[^()]{0,150}\)", _I)),
    ("caption", re.compile(r"sumber\s+foto\b.{0,200}", _I)),
    # Continue-reading and advertising markers.
    ("scroll_prompt", re.compile(r"scroll\s+(?:to|untuk)\s+(?:continue|resume|lanjut)\w*"
                                 r"(?:\s+(?:with\s+)?(?:content|membaca|baca))?", _I)),
    ("advertisement", re.compile(r"advertisement|iklan|sponsored|pariwara|ads|"
                                 r"konten\s+(?:ini\s+)?(?:disponsori|bersponsor).{0,80}", _I)),
    # Prompts to follow, share, listen, watch or open another channel.
    ("promo", re.compile(r"simak\s+(?:berita|update|artikel|informasi)\s+(?:menarik\s+)?lainnya\b.{0,150}", _I)),
    ("promo", re.compile(r"(?:ikuti|follow|dapatkan|gabung\w*)\b.{0,100}\b(?:google\s+news|whatsapp|"
                         r"telegram|instagram|tiktok|youtube|twitter|facebook|channel|saluran)\b.{0,100}", _I)),
    ("promo", re.compile(r"dengarkan\s+(?:berita|artikel)\s+ini\b.{0,80}", _I)),
    ("promo", re.compile(r"(?:simak|lihat|tonton|saksikan)\s+(?:juga\s+|pula\s+)?(?:video|live)\b.{0,200}", _I)),
    ("promo", re.compile(r"saksikan\s+live\s*detik\s*\w*\s*:?", _I)),
    # "Tonton juga "<a video's title>" di sini:", a video promo that names no "video".
    ("promo", re.compile(r"tonton\s+(?:juga|pula)\s*:?\s*(?:video\b|[\"“']).{0,200}", _I)),
    # "Baca selengkapnya di halaman berikutnya...": a page break of a multi-page article.
    ("promo", re.compile(r"(?:baca|simak|lanjut(?:kan)?(?:\s+membaca)?)(?:\s+(?:selengkapnya|juga|lagi))?\s+"
                         r"(?:di|ke|pada)\s+halaman\s+(?:berikut(?:nya)?|selanjutnya|\d{1,2})\s*[.!:…]*", _I)),
    # "Simak selengkapnya di halaman selanjutnya.", "Yuk simak selengkapnya!": a pointer, no content
    # (not "Simak selengkapnya aturan baru itu sebelum mendaftar, ...": a sentence of the story).
    ("promo", re.compile(r"(?:yuk\s+)?(?:simak|saksikan|tonton)\s+selengkapnya(?:\s+(?:di|dalam|pada|berikut)\b.{0,80})?"
                         r"\s*[.!:]?", _I)),
    # "Baca beritanya dalam bahasa Inggris": a link to the translation (the page glues the words).
    ("promo", re.compile(r"baca\s+(?:berita|artikel)(?:nya)?\s+(?:ini\s+)?dalam\s*bahasa\s+\w+\s*[.:]?", _I)),
    # A broadcast of the outlet's own that will discuss the story ("... akan dikupas tuntas dalam
    # program detikPagi edisi Rabu"): the outlet's name is required, "dibahas dalam program
    # legislasi nasional" is story.
    ("promo", re.compile(r".{0,200}\b(?:dikupas|dibahas|diulas)\b.{0,20}?\b(?:dalam|di|pada)\s*(?:program|acara|"
                         r"tayangan|siaran)\s*(?:detik\w+|kompas\s*tv|cnn\s*indonesia|metro\s*tv|tvone)\b.{0,120}",
                         _I)),
    # An outlet's sponsored series ("detikcom bersama Kejaksaan Agung menghadirkan program khusus ..."):
    # again only with the outlet's own name in front.
    ("sponsored", re.compile(r"(?:detik(?:com)?|kompas(?:\.com)?|kumparan|liputan6(?:\.com)?|tempo(?:\.co)?)\s+"
                             r"bersama\s+.{1,80}?\s+(?:menghadirkan|mempersembahkan|menyajikan)\s+"
                             r"(?:program|rubrik|seri|serial)\b.{0,400}", _I)),
    # A columnist's box at the foot of an opinion piece: the name glued to the role that opens the
    # bio (with a space, "Budi Santoso. Ketua RT itu ..." can be a line of the story) ("Ratna Dewi.Dosen Ilmu Politik Universitas ...").
    ("byline", re.compile(r"(?:[A-Z][\w'’-]*\.?\s+){0,4}[A-Z][\w'’-]+\.(?:Direktur|Mahasiswa|Dosen|"
                          r"Peneliti|Pengamat|Analis|Ketua|Guru\s+Besar|Alumni|Pemerhati|Pendiri|Founder|"
                          r"Praktisi|Penulis\s+adalah|Staf\s+Pengajar|Pengajar)\b.{0,250}")),
    ("promo", re.compile(r"[\"“]detik\s?\w+,[^\"”]{1,60}![\"”]", _I)),
    ("promo", re.compile(r"(?:bagikan|share)(?:\s+(?:artikel|berita)\s+ini)?(?:\s*:.{0,80})?", _I)),
    ("promo", re.compile(r"(?:download|unduh)\s+aplikasi\b.{0,150}", _I)),
    ("promo", re.compile(r"klik\s+(?:di\s+)?(?:sini|link\s+berikut)\b.{0,150}", _I)),
    # Who wrote it, at the foot of the page: "Artikel ini ditulis oleh A, peserta magang di B."; and
    # the syndication notice "Artikel ini telah tayang di X dengan judul ...".
    ("byline", re.compile(r"(?:artikel|tulisan|berita)\s+ini\s+(?:ditulis|disusun|dibuat)\s+oleh\b.{1,150}", _I)),
    ("syndication", re.compile(r"(?:artikel|berita)\s+ini\s+(?:telah\s+|sudah\s+)?(?:tayang|terbit|dimuat|"
                               r"diterbitkan)\s+(?:di|pada|dalam)\b.{1,300}", _I)),
    # A rule of dashes, stars or underscores between the story and the page's tail.
    ("separator", re.compile(r"(?:[-–—_=*•~]\s*){3,}")),
    # The writer's sign-off to the reader: "Semoga membantu ya, detikers!"; a wish in a quote or with
    # its own subject ("Semoga bermanfaat bagi warga," kata ...) is story.
    ("sign_off", re.compile(r"semoga\s+(?:membantu|bermanfaat)(?:\s+\w+){0,2}\s*[!.]?"
                            r"|semoga\s+(?:membantu|bermanfaat)\b[^\"“”]{0,120}\b(?:detikers|sobat\s+\w+|"
                            r"pembaca|kamu|teman-teman|guys)\s*[!.]?", _I)),
    # A bare link, or a channel name and its link ("Instagram: https://...").
    ("link", re.compile(r"(?:[\w .&-]{1,30}\s*:\s*)?(?:https?://|www\.)\S{3,300}")),
    # A programme's promo: "Saksikan pembahasan lengkapnya hanya di program X ...", its schedule
    # ("Nikmati ... secara langsung (live streaming) pada Senin-Jumat ...") and its live chat.
    ("promo", re.compile(r"(?:saksikan|simak|tonton)\s+(?:pembahasan|ulasan|wawancara|diskusi|liputan|"
                         r"informasi)\s+(?:lengkap(?:nya)?\s+)?(?:hanya\s+)?(?:di|dalam|pada)\s+"
                         r"(?:program|acara|tayangan|siaran)\b.{0,150}", _I)),
    ("promo", re.compile(r"nikmati\b.{0,120}\b(?:live\s+streaming|siaran\s+langsung)\b.{0,200}", _I)),
    ("promo", re.compile(r".{0,150}\bkolom\s+live\s+chat\b.{0,40}", _I)),
    ("promo", re.compile(r"editor'?s\s+picks?|pilihan\s+editor|berita\s+terkini(?:\s+lainnya)?|"
                         r"terpopuler|rekomendasi\s+untuk\s+anda|topik\s*:?", _I)),
)

# A photo credit that ends a caption line: "(Pixabay.com/WikiImages)", "ANTARA FOTO/Fulan/aww",
# "REUTERS/Evelyn Hockstein", "(AP Photo/Ahn Young-joon)", "(Foto: Handout/Reuters)".
CREDIT_AT_END = re.compile(
    r"(?:\(\s*(?:[\w.\- ]*\.(?:com|id|net|org)|dok\.?|istimewa|shutterstock|unsplash|pexels|pixabay|"
    r"freepik|getty\s+images|x|instagram|twitter|idn\s+times|antara\s+foto)\b[^()]{0,80}\)"
    r"|ANTARA\s+FOTO/[^.!?]{1,80}"
    r"|(?:\b[\w.\- ]{1,40}/)?(?:REUTERS|Reuters|AFP|AP(?:\s+Photo)?|EPA|ANTARA)/[^.!?/]{1,60}(?:/[\w]{1,10})?"
    r"|\([^()]{0,60}/(?:REUTERS|Reuters|AFP|AP|EPA|ANTARA)\))\.?\s*$"
)

# Lines that open the author box / page tail at the end of a page: everything from the first such
# line in the last ``TAIL_WINDOW`` lines to the end is removed as ``author_box``.
TAIL_MARKERS = re.compile(
    r".{0,80}\bVerified\s+Writer\b.{0,80}|.{0,60}\bCommunity\s+Writer\b.{0,60}"
    r"|IDN\s+Times\s+Community\s+adalah\b.*|Berita\s+Terkini\s+Lainnya|Editor'?s\s+Picks?"
    r"|Topik\s*:?|Tag(?:s)?\s*:.{0,200}|Artikel\s+Terkait|Baca\s+Artikel\s+Lainnya",
    _I,
)
TAIL_WINDOW = 12

# A numbered subheading of a listicle page ("1. Korut mungkin memasok peluru artileri"): short,
# without final punctuation. Used with ``fullmatch`` on the stripped line.
NUMBERED_SUBHEADING = re.compile(r"(\d{1,2})[.)]\s+(\S.{2,110}?)")
SUBHEADING_MAX_WORDS = 16
# Final characters that mark a line as a sentence, not a heading.
SENTENCE_END = ".!?;:\"”’)'"

# An unnumbered crosshead between two paragraphs of plain text ("Pemeriksaan Identitas Warga",
# "Polisi dan warga membantah"): a short line without final punctuation after a paragraph that ends
# a sentence and before a paragraph of prose. Title case allows the longer ones; a line in sentence
# case must be shorter, so that a sentence which only lost its full stop stays.
CROSSHEAD_MAX_WORDS = SUBHEADING_MAX_WORDS
CROSSHEAD_SENTENCE_CASE_MAX_WORDS = 8
# Characters a crosshead does not hold: formulas, brackets, paths, clauses in a list, quotations.
CROSSHEAD_BAD_CHARS = frozenset("=()[]/;:,\"“”|•●*")
# First words of a line that announces what follows ("Berikut bunyi pasal ...", "Simak daftar
# lengkapnya"): the writer's own lead-in sentence, kept even when it lacks its colon.
CROSSHEAD_LEAD_INS = frozenset({"berikut", "berikutnya", "simak", "yuk", "mari"})

# The end of a page that promotes the outlet's programmes or other reports, addressed to the reader
# ("Ikuti pembahasannya di program Ulasan Pekan Ini.", "Siapa sosok di balik ...? Ikuti laporan langsung
# jurnalis ... selengkapnya.", a detikSore or Sunsetalk blurb, "Melihat Kembali detikSore on
# Location ...:"). A sentence matching ``PROMO_TAIL_ANCHOR`` (``search`` on one sentence) in the
# last ``PROMO_TAIL_WINDOW`` kept lines starts the promo: it, the teaser question right before it
# and every line after it are removed, when at most ``PROMO_TAIL_AFTER`` lines follow.
# The invitation names what to follow (a discussion, a report) and points away from the page;
# "Ikuti aturan ..." or "Ikuti ulasan berikut:" (the article's own list) are no promo.
PROMO_TAIL_ANCHOR = re.compile(
    r"^(?:(?:yuk|mari)\s+)?ikuti\s+(?:terus\s+|juga\s+)?(?:diskusi|laporan|ulasan|pembahasan|perbincangan|"
    r"wawancara|liputan|siaran|perkembangan|obrolan|bincang|dialog|program)\w*\b(?![^.!?]*\bberikut\b)"
    r"(?![^.!?]*:\s*$)"
    # The outlet's own programmes named in a sentence: their blurbs and "Melihat Kembali ...:".
    r"|\b(?:detik\s?(?:sore|pagi|siang|malam)|sunsetalk)\b",
    _I,
)
# A question sentence right before the invitation is its teaser ("Siapa sosok di balik ...?").
PROMO_TEASER = re.compile(r"[^\"“”]{5,250}\?")
PROMO_TAIL_WINDOW = 8
PROMO_TAIL_AFTER = 6

