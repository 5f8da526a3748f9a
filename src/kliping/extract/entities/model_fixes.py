"""Corrections of the CRF's spans within one sentence (``_ModelFixes.fix_model``).

Separate because it is the one step that edits what the model found before any rule adds
spans: lower-case openers, titles, ranks, places and offices glued to a name are cut off.
"""

from __future__ import annotations

from kliping.extract.entities.sentence_words import _SentenceWords
from kliping.extract.entities.span import Span, _cap
from kliping.extract.entities.vocabulary import (
    _ADMIN_NOUN,
    _CONNECT,
    _CUE_LABELS,
    _HEADS,
    _ORG_LABELS,
    _ORG_STOP,
    _PLACE_NOUNS,
    _SPEECH_AFTER,
    _TWORDS,
    _VERB_START,
)
from kliping.extract.ner_features import STRONG_GPE
from kliping.lang.id import calendar
from kliping.lang.id.cues import SPEAKER_SIDE_WORDS
from kliping.lang.id.entity_words import ORG_TITLE_TAILS, OUTLET_VERBS, PLACE_ONLY_PREPOSITIONS
from kliping.lang.id.function_words import AND_EITHER_LANGUAGE
from kliping.lang.id.titles import (
    ACTING_PREFIXES,
    BALINESE_NAMES,
    BALINESE_PREFIXES,
    BODY_NOUNS,
    HONORIFICS,
    NAME_PARTICLES,
    RANKS,
    UNIT_HEADS,
    UNIT_SHORT_NAMES,
    title_typo,
)

# Reporting verbs that open a sentence before the source they cite (``Melansir Time, ...``); the
# model sometimes glues them to the name. A source after the first group is an outlet.
_REPORT_VERBS = OUTLET_VERBS | calendar.CITING_VERBS | frozenset(
    {"menukil", "dinukil", "menurut", "merujuk"})


class _ModelFixes(_SentenceWords):
    """The model's spans of a sentence, corrected."""

    def trim_before_name(self, s: Span) -> None:
        """Cut office, unit or place words glued before the name out of a person span.

        ``Polda Metro Jaya Brigjen Ade Ary``: a police or military rank inside the span ends what
        precedes it, the name starts after the last rank (``titles`` then makes the office words and
        the rank the title). ``Cemagi Putu Hendra``: a Balinese name opens with its birth-order name
        (after ``I``/``Ni``/caste words), so capitalised words before those are no part of it.
        """
        for k in range(s.j - 2, s.i, -1):
            if self.low[k] in RANKS and _cap(self.w[k]):
                s.i = k + 1
                return
        for k in range(s.i + 1, s.j - 1):
            if self.low[k] in BALINESE_NAMES and _cap(self.w[k]):
                p = k
                while p > s.i and self.low[p - 1] in BALINESE_PREFIXES and _cap(self.w[p - 1]):
                    p -= 1
                if p > s.i and not any(self.low[x] in BALINESE_NAMES or self.low[x] in BALINESE_PREFIXES
                                       for x in range(s.i, p)):
                    s.i = p
                return

    def fix_model(self, spans: list[Span]) -> list[Span]:
        out: list[Span] = []
        for s in spans:
            if not self.caseless:
                # a lower-case word never starts a name in cased text ("khawatir Pyongyang"); the
                # corpora count a place noun as part of a place ("kota Pati"), the dossier does not
                while s.i < s.j and self.w[s.i][:1].islower() and not any(c.isupper() for c in self.w[s.i]):
                    s.i += 1
                if any(self.w[k][:1].islower() and self.low[k] not in NAME_PARTICLES and self.low[k] not in _CONNECT
                       for k in range(s.i, s.j)):
                    continue  # "Jepang cemas Pyongyang": a verb inside is no name
            if s.type in ("ORG", "PLACE") and not self.caseless and s.i > 0 and s.i < s.j \
                    and self.low[s.i] in _TWORDS and (self.low[s.i - 1] in _HEADS or self.low[s.i - 1] in _TWORDS):
                # "Menteri [Luar Negeri Rusia]" tagged ORG: the portfolio of a role, not a name
                while s.i < s.j and self.low[s.i] in _TWORDS and not self.cabinet(s.i):
                    s.i += 1
            if not self.caseless and s.j - s.i > 1 and (self.low[s.i] in SPEAKER_SIDE_WORDS or (
                    s.type == "ORG" and self.low[s.i] in ORG_TITLE_TAILS and s.i > 0 and self.title_head(s.i - 1))):
                s.i += 1  # "dari Pihak [Wijaya Karya]", "Kepala Pelaksana [Badan ...]": no part of the name
            if s.j - s.i == 1 and self.label[s.i] in _CUE_LABELS:
                continue  # "Kosmodrom," alone: a capitalised common noun
            if s.j - s.i == 1 and s.type != "PLACE" and not self.caseless and not self.label[s.i] and (
                    (s.i > 0 and self.low[s.i - 1] in _PLACE_NOUNS)
                    or (s.j + 1 < self.n and self.w[s.j] == "," and self.low[s.j + 1] in _PLACE_NOUNS)):
                s.type = "PLACE"  # "stasiun perbatasan Khasan", "pelabuhan Rajin"
            if s.j - s.i == 1 and s.type == "PERSON" and not self.caseless and not self.label[s.i] \
                    and s.i > 0 and self.low[s.i - 1] in PLACE_ONLY_PREPOSITIONS:
                s.type = "PLACE"  # "menuju Volgorechensk": one unknown word after these is a place
            # trim month/day/caption words and punctuation at the edges
            while s.i < s.j and (self.nonname(s.i) or not self.w[s.i][:1].isalnum()):
                s.i += 1
            while s.j > s.i and (self.nonname(s.j - 1) or not self.w[s.j - 1][:1].isalnum()):
                s.j -= 1
            if s.i >= s.j:
                continue
            c = next((x for x in range(s.i + 1, s.j - 1) if self.w[x] == ","), None)
            if c is not None and not self.caseless:
                # "di Kementerian Keuangan, Purbaya menyampaikan" tagged as one organisation: a comma
                # ends a name (every model span over a comma in the dev news is two names or a list);
                # the words after it are a person when a verb follows them (the clause's subject) or
                # the model gives them 0.3+ person probability
                out.append(Span(s.i, c, s.type))
                s.i = c + 1
                verb = s.j < self.n and (_VERB_START.match(self.low[s.j]) or self.low[s.j] in _SPEECH_AFTER)
                if s.type != "PERSON" and not any(self.label[x] for x in range(s.i, s.j)) \
                        and (verb or self.person_prob(s.i, s.j) >= 0.3):
                    s.type = "PERSON"
            if s.type == "ORG" and not self.caseless and s.j - s.i >= 3:
                # "Komsomolsk-on-Amur dan Vladivostok" tagged as one organisation: two places in a
                # list, when the words after "dan" are exactly a gazetteer place and no organisation
                # cue or organisation name is in the span ("Kementerian Energi dan ..." keeps its ORG)
                k = next((x for x in range(s.i + 1, s.j - 1) if self.low[x] in AND_EITHER_LANGUAGE), None)
                if k is not None and self.gaz_at.get(k + 1) in {(s.j, lab) for lab in STRONG_GPE} \
                        and not any(self.label[x] in ("ORGC", *_ORG_LABELS) for x in range(s.i, k)):
                    out.append(Span(s.i, k, "PLACE"))
                    s.i, s.type = k + 1, "PLACE"
            if s.type in ("ORG", "PLACE") and not self.caseless and s.j - s.i >= 4 \
                    and self.label[s.i] in ("ORGC", *_ORG_LABELS) and self.rank_inside(s) is None:
                # "Bank Dunia Hendra Gunawan" tagged as one organisation: the two or more last words,
                # when unlabelled capitalised words the model itself gives 0.3+ person probability,
                # are a person after the organisation's name (two words at least)
                for a in range(s.i + 2, s.j - 1):
                    if self.name_run(a) >= s.j and not any(self.label[x] for x in range(a, s.j)) \
                            and not any(_ADMIN_NOUN.match(self.low[x]) for x in range(a, s.j)) \
                            and self.person_prob(a, s.j) >= 0.3:
                        out.append(Span(s.i, a, s.type))
                        s.i, s.type = a, "PERSON"
                        break
            if s.type in ("ORG", "PLACE") and not self.caseless and s.j - s.i >= 3:
                # "Banjar Kelod Nyoman Sukra Wijaya" tagged as one place: a Balinese birth-order name
                # (after I/Ni/caste words) opens a person when the model gives the words from it to
                # the end 0.3+ person probability
                for b in range(s.i + 1, s.j - 1):
                    if self.low[b] in BALINESE_NAMES and _cap(self.w[b]):
                        p = b
                        while p > s.i + 1 and self.low[p - 1] in BALINESE_PREFIXES and _cap(self.w[p - 1]):
                            p -= 1
                        if self.name_run(p) >= s.j and not any(self.label[x] for x in range(p, s.j)) \
                                and self.person_prob(p, s.j) >= 0.3:
                            out.append(Span(s.i, p, s.type))
                            s.i, s.type = p, "PERSON"
                        break
            if s.type in ("ORG", "PLACE") and not self.caseless:
                self.place_then_name(s, out)
                while s.j - s.i > 1 and self.low[s.j - 1] in RANKS:
                    s.j -= 1  # "Polres Bogor AKP": the rank opens the (next) name
                k = self.rank_inside(s)
                if k is not None:
                    # "Polda Metro Jaya Kombes Rangga Wiratama" tagged as one place: a unit, a rank,
                    # a name; the unit keeps the model's type, the words after the rank are the person.
                    # Title words the model glued before the unit are no part of it ("Kabid Humas").
                    a = s.i
                    while a < k and (self.title_head(a) or self.low[a] in _TWORDS):
                        a += 1
                    if k > a:
                        out.append(Span(a, k, s.type))
                    s.i, s.type = k + 1, "PERSON"
            if s.type == "PERSON" and not self.caseless and any(_ADMIN_NOUN.match(self.low[x]) for x in range(s.i, s.j)):
                # "Biro Perasuransian ...": no person name has a pe-/ke-...-an word; a unit (ORG), or a
                # place after a place noun ("Kecamatan ..."); two or more names after the last such word
                # are the person heading it ("Klinik Sehat Kebagusan Rina Marlina")
                a = max(x for x in range(s.i, s.j) if _ADMIN_NOUN.match(self.low[x]))
                typ = "PLACE" if self.low[s.i] in _PLACE_NOUNS else "ORG"
                if s.j - a > 2 and all(_cap(self.w[x]) and not self.w[x].isupper() and not self.label[x]
                                       for x in range(a + 1, s.j)):
                    if a > s.i:  # (one such word alone, "... dan [Digitalisasi]", is no unit's name)
                        out.append(Span(s.i, a + 1, typ))
                    s.i = a + 1
                else:
                    s.type = typ
            if not self.caseless and s.type in ("PERSON", "ORG", "PLACE"):
                self.reporting_verb(s)
                if s.i >= s.j:
                    continue
            if s.type == "PERSON" and not self.caseless and self.team_after_office(s.i):
                # "Ketua [Tim Pengarah]", "Ketua [Tim Pemenangan Andi Wijaya]": the team is an organisation,
                # a name after its last derived noun the person heading it
                e = self.team_end(s.i, s.j)
                if e >= s.j:
                    s.type = "ORG"
                else:
                    out.append(Span(s.i, e, "ORG"))
                    s.i = e
            if s.type == "PERSON" and not self.caseless and s.i > 0 and self.cabinet(s.i - 1):
                s.i -= 1
            if s.type == "PERSON" and not self.caseless and self.cabinet(s.i):
                s.type = "ORG"  # "anggota [Kabinet Merah Putih]": the cabinet's name, no person
            if s.type == "PERSON" and not self.caseless and (self.label[s.i] == "ORGC" or self.low[s.i] in UNIT_HEADS):
                s.type = "ORG"  # "DPC Gerindra Jakarta Timur", "Ponpes Langitan": a cue word opens an organisation
            elif s.type == "PERSON" and not self.caseless and s.i > 0 and (s.i - 1) in self.dorg \
                    and _cap(self.w[s.i - 1]):
                # "Ponpes [Nurul Huda]": a name right after one of these cues names the organisation
                # (general cues such as "Sekolah" also end titles: "Kepala Sekolah Sri Wahyuni")
                while s.i > 0 and (s.i - 1) in self.dorg and _cap(self.w[s.i - 1]):
                    s.i -= 1
                s.type = "ORG"
            if s.type == "PERSON":
                # titles are not part of the name, nor a noun such as "Jasad" (body) glued to it
                while s.j - s.i > 1 and (self.title_head(s.i) or self.low[s.i] in _TWORDS
                                         or self.low[s.i] in BODY_NOUNS or self.corps(s.i)
                                         or (self.low[s.i] in ACTING_PREFIXES and self.title_head(s.i + 1))) \
                        and not self.korean_name(s.i) and not self.given_name_head(s.i, s.j):
                    s.i += 1
                if s.j - s.i > 1 and not self.caseless and _cap(self.w[s.i]) and not self.label[s.i] \
                        and title_typo(self.low[s.i]):
                    s.title = (s.i, s.i + 1)  # "Presiedn Vladimir Putin": a misspelt title
                    s.i += 1
                if not self.caseless:
                    self.trim_before_name(s)
                    if s.j - s.i >= 3 and len(self.w[s.i]) >= 3 and self.w[s.i].isalpha() and self.w[s.i].isupper() \
                            and all(self.w[x][:1].isupper() and not self.w[x].isupper() for x in range(s.i + 1, s.j)):
                        # "ADB Shang Jin Wei": an acronym before a name in cased text is its organisation,
                        # with a sector word written after it ("SKK Migas Rudi Santoso")
                        e = s.i + 1
                        while s.j - e > 2 and self.low[e] in UNIT_SHORT_NAMES:
                            e += 1
                        out.append(Span(s.i, e, "ORG"))
                        s.i = e
                # "Korea Selatan Shin Won-sik": a place at the start is not part of the name
                m = self.strong_at(s.i)
                if m and m[0] < s.j:
                    out.append(Span(s.i, m[0], "ORG" if m[1] in _ORG_LABELS else "GPE", source="gaz"))
                    s.i = m[0]
                if not self.caseless and any(
                        self.w[k][:1].islower() and self.low[k] not in NAME_PARTICLES and self.low[k] not in _CONNECT
                        for k in range(s.i, s.j)):
                    continue  # "[AS] khawatir Pyongyang": a verb inside is no name
                # "Lawatan Tuan Kim": a capitalised word before an honorific is not part of the name
                for k in range(s.j - 2, s.i, -1):
                    if self.low[k] in HONORIFICS and self.title_head(k):
                        s.i = k + 1
                        break
                if self.low[s.i] in _HEADS and s.j - s.i == 1:
                    continue
            elif not self.caseless and self.low[s.i] in _ORG_STOP and s.type in ("ORG", "PLACE"):
                # "Menteri Pertahanan Korea Selatan" tagged ORG: a role, not an organisation; but
                # "Wamenkes Dodi Kurniawan" tagged ORG is an office and a name when the words after
                # the title are unlabelled capitalised words that the model itself reads as a person
                a = s.i
                while a < s.j and (self.title_head(a) or self.low[a] in _TWORDS):
                    a += 1
                if s.j - a >= 2 and self.name_run(a) >= s.j and not any(self.label[x] for x in range(a, s.j)) \
                        and self.person_prob(a, s.j) >= 0.3:
                    out.append(Span(a, s.j, "PERSON"))
                continue
            inside = [g for g in self.gaz if s.i <= g[0] and g[1] <= s.j and g[2] in (*STRONG_GPE, "GLOC")]
            if len(inside) >= 2 and sum(b - a for a, b, _ in inside) == s.j - s.i:
                continue  # "Pasifik Rusia": two known places side by side, not one name
            out.append(s)
        return out

    def place_then_name(self, s: Span, out: list[Span]) -> None:
        """Split a place/organisation span that runs from a place into the next name.

        ``Korea Selatan Lembaga`` (``... direktur Korea Selatan Lembaga think tank``): a cue word
        opens a name, so one closing a span after a known place is cut off. ``Tentara Rakyat Korea Ri
        Pyong Chol``: a Korean name (family name and two syllables) inside the span, and ``Amerika
        Serikat Joe Biden``: two or more unlabelled capitalised words after a known place that the
        model itself reads as a person (0.5+), are a person after the place.
        """
        m = self.strong_at(s.i)
        if m and m[0] < s.j and m[1] in STRONG_GPE and all(self.label[x] in _CUE_LABELS for x in range(m[0], s.j)):
            s.j = m[0]
            return
        k = next((x for x in range(s.i + 1, s.j - 1) if self.korean_name(x)), None)
        end = None if k is None else k + (2 if "-" in self.w[k + 1] else 3)
        if k is not None and end is not None and (end == s.j or (
                end > s.j and not any(self.label[x] for x in range(s.j, end)))):
            # the name may run past the model's span (``Korea Utara Kim Jong`` + ``Un``): a Korean name
            # is its family name and two syllables (``korean_name``), so the person takes all three
            out.append(Span(s.i, k, s.type))
            s.i, s.j, s.type = k, end, "PERSON"
            return
        if m and m[1] in STRONG_GPE and s.j - m[0] >= 2 and self.name_run(m[0]) >= s.j \
                and not any(self.label[x] for x in range(m[0], s.j)) and self.person_prob(m[0], s.j) >= 0.5:
            out.append(Span(s.i, m[0], s.type))
            s.i, s.type = m[0], "PERSON"

    def reporting_verb(self, s: Span) -> None:
        """``Melansir Time``, ``Dilansir Deutsche Welle``: a sentence-opening reporting verb is no part
        of the name after it, and what is ``dilansir`` (published) is an outlet: a person span right
        after ``melansir``/``dilansir`` (``dari``) is an ORG, as is a place span that is no gazetteer place.
        ``Mengutip``/``Menurut`` also take people."""
        if s.j - s.i >= 2 and self.low[s.i] in _REPORT_VERBS:
            s.i += 1
        k = s.i - 1
        if k > 0 and self.low[k] == "dari":
            k -= 1
        if k >= 0 and self.low[k] in OUTLET_VERBS and (s.type == "PERSON" or (
                s.type == "PLACE" and not any(self.label[x] for x in range(s.i, s.j)))):
            s.type, s.source = "ORG", "rule"  # a rule's vote: the article's other mentions follow
