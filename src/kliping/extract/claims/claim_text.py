"""The text a claim cue claims: the clause after the cue, the passive cue's subject put back, the noun a
relative ``yang`` stands for, the allegation a denial of ``tuduhan itu`` answers.
"""

from __future__ import annotations

import re

from kliping.extract.claims.words import _ME_NOUNS, _VERB_PREFIX, _amount_word, _is_empty, _is_verb
from kliping.extract.quotes.clauses import cut_content, strip_connectors
from kliping.lang.id import cues
from kliping.lang.id import numbers as _nw
from kliping.lang.id.function_words import DEMONSTRATIVES, PREPOSITIONS
from kliping.model import Claim
from kliping.text.patterns import alternation

_LEAD = re.compile(r"^\s*(?:[,:]\s*)?(?:(?:bahwa|jika|kalau)\s+)?", re.I)


_CLAUSE_END = re.compile(r"[;“”\"»]|,\s*(?:kata|ujar|ucap|tutur|jelas|tegas|terang|imbuh|sebut|tambah)(?:nya)?\b"
                         r"|,\s*(?:menurut|sehingga|namun|tetapi|sedangkan)\b", re.I)


# An active verb (``mengamankan``, ``menangkap``) in a clause.
_ACTIVE_VERB = re.compile(r"(?<![\w-])(?:me|mem|men|meng|meny)[a-z]{3,}(?![\w-])")


def _described_noun(before: str, after: str) -> str | None:
    """The noun phrase an attributive ``diduga`` hedges, when the clause has an active verb of its
    own before it (``mengamankan dua orang diduga pelaku pembuang bayi``): the verb's object and the
    noun after the cue (``dua orang pelaku pembuang bayi``), up to the next punctuation; else None."""
    verbs = list(_ACTIVE_VERB.finditer(before))
    if not verbs:
        return None
    obj = before[verbs[-1].end():].strip(" ,")
    noun = re.split(r"[,.;:!?\"“”(]", after, maxsplit=1)[0].strip()
    if not obj or not noun or len(obj.split()) > 5:
        return None
    return f"{obj} {noun}"


def _tidy_brackets(text: str) -> str:
    """A claim text with the cue cut out of a bracket (``yang (diduga keracunan)``): no space left
    inside the bracket, no empty bracket."""
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"\s+\)", ")", text)
    return re.sub(r"\s*\(\)", "", text)


# A clause after a cue that opens with a coordinator: the cue was one of two predicates and has no
# object of its own (its text would be a broken fragment, ``dan dinilai mencurigakan``).
_COORDINATED = re.compile(r"^(?:dan|serta|atau|lalu|kemudian|tetapi|namun)(?![\w-])", re.I)


_ESTIMATE_WORDS = frozenset(w for e in cues.ESTIMATE_AFTER for w in e.split())


def _bare_amount(content: str) -> bool:
    """``di atas 50 dollar AS``, ``Rp 2 triliun``: an amount with nothing it is the amount of (the
    noun it measures is in a pointing-back subject, or nowhere), which alone says nothing."""
    words = [w.strip(",.;:").lower() for w in content.split()]
    while words and words[0] in _ESTIMATE_WORDS:
        words.pop(0)
    if not words or not _amount_word(words[0]) or len(words) > 6:
        return False
    # the measure after the number (``dollar``, ``per barel``), but no verb: ``empat WNI melakukan
    # kekerasan`` is a clause about an amount of people
    rest = [w for w in content.split()[len(content.split()) - len(words):]
            if w[:1].islower() and not _amount_word(w.lower().strip(",.;:")) and w != "per"]
    return len(rest) <= 2 and not any(_is_verb(w.lower().strip(",.;:")) for w in rest)


# An agent, a date or a channel with no proposition: ``Kombes Rizki, Minggu (19/10/2025)``, ``pihak
# Kemenag``, ``melalui penasihat hukumnya, X``.
_ATTRIBUTION_LEAD = re.compile(r"^\s*(?:oleh\s+)?(?:pihak|melalui|lewat|via)(?![\w-])", re.I)
_DATE_PART = re.compile(r"\((?:\d{1,2}/\d{1,2}(?:/\d{2,4})?)\)|\d+", re.I)


def _attribution_only(content: str) -> bool:
    """The text after a cue names only who said it and when (no lower-case word but a title)."""
    if not content.strip():
        return False
    if _ATTRIBUTION_LEAD.match(content):
        return True
    rest = _DATE_PART.sub(" ", content)
    words = [w.strip(",.;:()") for w in rest.split()]
    return bool(words) and all(not w or w[:1].isupper() for w in words)


def _with_subject(subj: str, cue: str, content: str) -> str:
    """The subject of a passive allegation or speculation cue put back before its clause (``Korea
    Utara diduga mengirim`` -> ``Korea Utara mengirim``), keeping what the hedge scopes over: a
    ``yang`` clause gives the noun before ``yang`` as its subject (``Polisi menangkap pelaku yang
    diduga membuang bayi`` -> ``pelaku membuang bayi``, not the arrest asserted with the act), and a
    stance before the cue keeps the cue (``Dia sedih dituduh mencuri`` stays so: the accusation is
    the news, ``Dia sedih mencuri`` would say the opposite)."""
    if not content:
        return subj
    words = subj.split()
    if words and words[-1].lower() in cues.STANCE_BEFORE_PASSIVE:
        return f"{subj} {cue} {content}"
    if words and words[-1].lower() == "yang":
        head = _noun_before_yang(words[:-1])
        return f"{head} {content}" if head else content
    return f"{subj} {content}"


# Words that end the noun phrase before ``yang`` when walking back from it: conjunctions and
# verbs (a ``me-``/``ber-``/``ter-``/``di-`` word of six letters or more that is no common noun).
# Prepositions do not: ``luka terbuka di bawah pelipis yang diduga ...`` keeps the place.
_NP_STOP = frozenset(("dan", "atau", "serta", "hingga", "sampai", "dengan", "karena", "sebagai", "adalah",
                      "ialah", "yaitu", "yakni", "bahwa", "agar", "supaya", "yang", "ada", "ini", "itu"))


_SUBJECT_ADVERBS = frozenset(("juga", "pun", "sudah", "telah", "bahkan", "memang", "sendiri", "pernah", "sempat"))


def _without_adverbs(subj: str) -> str:
    """``subj`` without adverbs at its end (``yang juga`` -> ``yang``)."""
    words = subj.split()
    while words and words[-1].lower() in _SUBJECT_ADVERBS:
        words.pop()
    return " ".join(words)


def _admitted_head(before: str, subj: str) -> str:
    """What a relative ``yang diakui`` admits: the noun phrase right before ``yang`` (``keterlambatan
    yang diakui``), or, after a comma, the clause before that comma (``Keterlambatan itu, yang diakui
    …``, ``Dana belum cair, yang diakui …``); ``""`` when it only points back (``Hal itu, yang …``)."""
    words = _without_adverbs(subj).split()[:-1]
    head = _noun_before_yang(words) if words else _clause_before(before.rsplit(",", 1)[0]) if "," in before else ""
    return "" if not head or _is_empty(head) else head


def _noun_before_yang(words: list[str]) -> str:
    """The noun phrase right before ``yang`` (up to six words, a place phrase in it kept), or ``""``
    when a verb or a conjunction stands right before it."""
    words = _without_age(words)
    out: list[str] = []
    for w in reversed(words[-6:]):
        low = w.lower().strip(",.")
        if low in _NP_STOP or (w[:1].islower() and _VERB_PREFIX.match(low) and low not in _ME_NOUNS):
            break
        out.insert(0, w)
    while out and out[0].lower() in PREPOSITIONS:
        out.pop(0)  # a phrase cut at its preposition: the noun it was about is not there
    if out and not any(w[:1].isalpha() and w.lower() not in cues.AGE_UNITS for w in out):
        return ""  # only a number or a measure (``30 tahun``): no noun to be the subject
    return " ".join(out)




def _without_age(words: list[str]) -> list[str]:
    """``words`` without an age at their end (``berusia 30 tahun``, ``berumur sekitar 40 tahun``,
    ``(30)``), so the noun it describes (``pria``) is the one before ``yang``."""
    end = len(words)
    if end and re.fullmatch(r"\(\d{1,3}\),?", words[-1]):
        return words[:-1]
    if end and words[-1].lower().strip(",.") in cues.AGE_UNITS:
        end -= 1
    i = end
    while i and (words[i - 1][:1].isdigit() or words[i - 1].lower() in _nw.UNIT_WORDS
                 or words[i - 1].lower() in cues.AGE_NUMBER_WORDS):
        i -= 1
    if i < end and i and words[i - 1].lower() in cues.AGE_WORDS:
        return words[: i - 1]
    return words


# An outlet's dateline opening a sentence (``SUARADUNIA.CO.ID, SEOUL -- Korea Utara …``,
# ``JAKARTA, KOMPAS.com – …``): capitalised words, commas and a dash of one or two strokes.
_DATELINE = re.compile(r"^\s*[A-Z][\w.]*(?:,?\s+[A-Z][\w.]*){0,3}\s+(?:--|[–—-])\s+(?=\S)")


def _without_dateline(s: str) -> str:
    """A sentence used whole as a claim's text, with an outlet dateline before it cut off."""
    m = _DATELINE.match(s)
    return s[m.end():] if m else s


# ``membenarkan ketika dikonfirmasi (wartawan), akan membuka …``: how the reporter reached the speaker.
_CONTACT_CLAUSE = re.compile(
    r"^\s*,?\s*(?:" + "|".join(sorted(cues.CONTACT_WHEN)) + r")\s+(?:" + "|".join(sorted(cues.CONTACT_PASSIVES))
    + r")(?:\s+(?:oleh\s+)?(?:wartawan|jurnalis|awak\s+media|media|detik\w*|[\w-]+\.com|[A-Z][\w.-]*))?"
    r"(?![\w-])\s*,?\s*(?:bahwa\s+)?")


def _claim_text(after: str) -> str:
    """The clause after a cue: up to ``;``, ``, kata X``, ``, namun`` or a hedge adverb opening a new
    clause after three words or more (``pemilu itu sangat brutal sepertinya ke depan …``). A clause
    saying how the reporter reached the speaker (``ketika dikonfirmasi``) opening it is not claimed."""
    contact = _CONTACT_CLAUSE.match(after)
    if contact:
        after = after[contact.end():]
    body = after[_LEAD.match(after).end():]  # type: ignore[union-attr]
    end = _CLAUSE_END.search(body)
    if end:
        body = body[: end.start()]
    for h in _HEDGE.finditer(body):
        if len(body[: h.start()].split()) >= 3:
            body = body[: h.start()]
            break
    return cut_content(body)


_HEDGE = re.compile(r"(?<=\S)\s+(?:" + "|".join(sorted(cues.CLAUSE_HEDGES)) + r")(?![\w-])", re.I)
# ``tuduhan itu``, ``hal tersebut``, ``tudingan Budi tersebut``: an object pointing back to a claim.
_ANAPHORIC_OBJECT = re.compile(
    r"^(?:" + "|".join(sorted(cues.ANAPHORIC_CLAIM_NOUNS)) + r")(?:\s+[\w-]+){0,2}?\s+(?:itu|ini|tersebut)$", re.I)


def _refers_back(obj: str) -> bool:
    """Whether a denial's or admission's object only points back (``tuduhan itu``) or is missing."""
    low = obj.lower().strip(" .,")
    return not low or low in cues.EMPTY_CONTENT or bool(_ANAPHORIC_OBJECT.match(low))


def _antecedent_text(obj: str, earlier: list[Claim], si: int,
                     said: tuple[int, str] | None = None) -> tuple[str, int] | None:
    """The text of a denial or admission whose object points back: the object with the nearest
    earlier allegation of the article it answers (``tuduhan itu: Korea Utara mengirim …``), or with
    the statement ``said`` (sentence, text) by someone else in the sentence before when that is
    later; with the sentence that text was taken from. None when there is neither (``si`` is the denial's
    sentence): the sentence itself, which says ``membantah tuduhan itu``, stays the text, and synth/claims
    reads its demonstrative."""
    obj = cut_content(obj)
    ante = next((c for c in reversed(earlier) if c.status == "allegation"), None)
    if said and si - said[0] > 1:
        said = None  # ``Sebelumnya diberitakan, …`` narrated in between: not what is answered
    if said and (ante is None or said[0] > ante.sentence):
        text, at = cut_content(said[1]), said[0]
    elif ante is not None:
        text, at = ante.text, ante.matter_sentence if ante.matter_sentence is not None else ante.sentence
    else:
        return None
    return (f"{obj}: {text}" if obj else text), at


# A noun phrase that only points back: one to three words and a demonstrative (``hal itu``, ``Pengumuman tersangka
# itu``, ``Kerja sama ini``).
_POINTER_PHRASE = re.compile(r"^[\w-]+(?:\s+[\w-]+){0,2}\s+(?:" + alternation(DEMONSTRATIVES) + r")$", re.I)


def _pointer_subject(subj: str) -> str | None:
    """The subject of a passive cue (``subj``, the clause before it) when it only points back to a matter told
    before (``Pengumuman tersangka itu dikonfirmasi oleh X``, ``hal itu sudah diakui ...``), its adverbs dropped;
    else None."""
    subj = _without_adverbs(subj.strip(" ,"))
    return subj if _POINTER_PHRASE.match(subj) else None


def _previous_matter(pointer: str, prev: str, said: str | None) -> str | None:
    """What a pointing-back subject of a passive denial or confirmation stands for: the statement ``said`` in the
    sentence before (``Rosan bilang investor melihat ...`` -> ``investor melihat ...``), else that sentence
    (``Penyidik ... menetapkan Lisa sebagai tersangka``), shown after the pointer (``Pengumuman tersangka itu:
    ...``). None when there is no sentence before."""
    text = cut_content(said) if said else cut_content(strip_connectors(_without_dateline(prev)))
    if len(text.split()) < 3:
        return None
    return f"{pointer}: {text}"


# ``KOMPAS.com – Pemasangan …``: an outlet's name and a dash glued to the first sentence.
_OUTLET_DASH = re.compile(r"^\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s+(?:--|[–—-])\s+")


def _clause_before(before: str) -> str:
    """The subject clause of a passive cue: the text since the last comma, minus connectors and a
    dateline's outlet (``JAKARTA, KOMPAS.com – Harga …`` -> ``Harga …``)."""
    part = before.rsplit(",", 1)[-1]
    part = part[_OUTLET_DASH.match(part).end():] if _OUTLET_DASH.match(part) else part
    # a quote mark opening the clause (``"Kemungkinan bisa saja …``) is no subject
    return strip_connectors(part.strip().lstrip("\"“”„«»")).strip()
