"""Legal cases named in headlines (data only; used by ``link.events.title_cases``).

Law-enforcement desks (KPK, the Attorney General, the police) report several cases a day, and in a
pile about one institution every report shares its vocabulary (``KPK``, ``korupsi``, ``tersangka``,
the spokesman). The headline names the case right after its cue word: ``Korupsi Pengolahan Karet``,
``Kasus Bansos 2020``, ``Suap Proyek Tol``. Two reports whose headlines name cases with no word in
common are two cases.
"""

from __future__ import annotations

import re

from kliping.lang.id.wordsets import words

# The cue, any further cue words (``Kasus Dugaan Korupsi``), and up to four words after them
# (matched on the lower-cased headline; punctuation ends the case).
CASE_AFTER_CUE = re.compile(
    r"\b(?:korupsi|kasus|suap|gratifikasi|pencucian\s+uang|pemerasan)\s+"
    r"(?:(?:dugaan|korupsi|suap|gratifikasi|tindak\s+pidana|pidana)\s+)*((?:[\w\-]+\s*){1,4})"
)
# A word of the case (hyphenated words whole: ``e-KTP``).
CASE_WORD = re.compile(r"[\w\-]+")
# Words after the cue that do not name the case: function words, the cue words again, the generic
# legal nouns and verbs a headline puts there (``Kasus Dugaan Korupsi``, ``Kasus yang Menjerat``).
NOT_CASE_WORDS = words("""
dugaan di ke dari yang dan terkait soal pada dalam dengan untuk atas oleh ini itu tersebut
korupsi kasus suap gratifikasi pencucian uang pemerasan tindak pidana tipikor perkara
rp t m miliar triliun juta ribu
tersangka saksi terdakwa ditahan diperiksa periksa usut ungkap sita tahan
baru lagi lain lainnya serupa sama
""")
# Case words kept per headline: the first ones name the case (``pengolahan karet``); later ones
# drift into the rest of the headline.
MAX_CASE_WORDS = 3
