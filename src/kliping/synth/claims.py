"""Claim findings: one side alleges or confirms something, another actor denies it.

A storyline often carries a dispute (``X menuduh Y …`` / ``Y membantah …``); an analyst needs the two
sentences side by side with who said what. :func:`claim_findings` pairs, across a storyline's
non-duplicate articles, every allegation or confirmation with every denial that

* has a **different, known actor** on each side (entity ids when the link stage filled them,
  otherwise the names as written, casefolded) — a claim with no actor is never paired, because the
  finding would have to guess who made it;
* is **about the same thing**: the two claim texts share at least ``MIN_SHARED`` content words and
  their overlap coefficient ``|A∩B| / min(|A|, |B|)`` reaches ``CLAIM_OVERLAP`` (0.4). The overlap
  coefficient rather than a TF-IDF cosine because a denial is usually much shorter than the
  allegation (``membantah mengirim pasukan``) and should still match it in full. A denial of
  ``hal tersebut`` / ``tuduhan itu`` is compared with its own sentence plus the one before it, which
  is what the demonstrative points back to, plus the article's last allegation before it (the
  accusation ``tuduhan itu`` names when a subheading sits in between).

The finding is ``Finding(kind="discrepancy", about="<actor A> vs <actor B>: <keywords>")`` whose items
are the verbatim sentences (allegation/confirmation first, then the denial). One finding per actor
pair and keyword set; a sentence appears once per finding.
"""

from __future__ import annotations

from collections.abc import Iterable

from kliping.model import Claim, Evidence, Finding, FindingItem

# At least this many content words shared by the two claim texts...
MIN_SHARED = 2
# ...and this overlap coefficient between their content-word sets.
CLAIM_OVERLAP = 0.4
# Keywords shown in ``about``.
MAX_KEYWORDS = 4

_SIDE_A = ("allegation", "confirmation")
_SIDE_B = ("denial",)


def _content(text: str) -> list[str]:
    """Content words of a claim text in reading order (first occurrence), function words dropped."""
    from kliping.synth.corpus import content_words, words

    keep = content_words(text)
    seen: list[str] = []
    for w in words(text):
        if w in keep and w not in seen and len(w) > 2:
            seen.append(w)
    return seen


_ANAPHORIC = ("hal itu", "hal tersebut", "hal ini", "tuduhan itu", "tuduhan tersebut", "tudingan itu",
              "tudingan tersebut", "informasi itu", "informasi tersebut", "kabar itu", "kabar tersebut",
              "laporan itu", "laporan tersebut", "klaim itu", "klaim tersebut")


def _claim_words(ev: Evidence, c: Claim) -> list[str]:
    """The claim's content words; a denial of ``hal tersebut`` also gets the sentence before it."""
    ws = _content(c.text)
    if c.status in _SIDE_B and c.sentence > 0 and any(p in c.text.casefold() for p in _ANAPHORIC):
        ws += [w for w in _content(ev.doc.sentences[c.sentence - 1].text) if w not in ws]
        # ``membantah tuduhan itu`` after a subheading: the accusation is the article's last one
        earlier = [a for a in ev.claims if a.status == "allegation" and a.sentence < c.sentence]
        if earlier:
            ws += [w for w in _content(earlier[-1].text) if w not in ws]
    return ws


def _actor_key(c: Claim) -> str | None:
    if c.actor:
        return c.actor
    if c.actor_name and c.actor_name.strip():
        return " ".join(c.actor_name.casefold().split())
    return None


def _same_actor(a: Claim, b: Claim) -> bool:
    if a.actor and b.actor:
        return a.actor == b.actor
    na = (a.actor_name or "").casefold().split()
    nb = (b.actor_name or "").casefold().split()
    if not na or not nb:
        return False
    short, long_ = (na, nb) if len(na) <= len(nb) else (nb, na)
    return long_[: len(short)] == short or long_[-len(short):] == short  # ``Milley`` / ``Mark Milley``


def _claims(articles: Iterable[Evidence], duplicate_of: dict[str, str]) -> list[tuple[Evidence, Claim]]:
    out = []
    for ev in articles:
        if ev.id in duplicate_of:
            continue  # a syndicated copy is not a second side
        for c in ev.claims:
            if 0 <= c.sentence < len(ev.doc.sentences) and _actor_key(c) is not None:
                out.append((ev, c))
    return out


def claim_findings(articles: list[Evidence], duplicate_of: dict[str, str]) -> list[Finding]:
    """``discrepancy`` findings pairing an allegation/confirmation with another actor's denial."""
    claims = _claims(articles, duplicate_of)
    words = {id(c): _claim_words(ev, c) for ev, c in claims}
    found: dict[tuple[str, str, frozenset[str]], Finding] = {}
    for ev_a, a in claims:
        if a.status not in _SIDE_A:
            continue
        wa = words[id(a)]
        for ev_b, b in claims:
            if b.status not in _SIDE_B or _same_actor(a, b):
                continue
            wb = set(words[id(b)])
            shared = [w for w in wa if w in wb]
            if len(shared) < MIN_SHARED or len(shared) / min(len(wa), len(wb)) < CLAIM_OVERLAP:
                continue
            key = (_actor_key(a), _actor_key(b), frozenset(shared))  # type: ignore[arg-type]
            finding = found.get(key)
            if finding is None:
                about = f"{a.actor_name or a.actor} vs {b.actor_name or b.actor}: {' '.join(shared[:MAX_KEYWORDS])}"
                finding = found[key] = Finding(kind="discrepancy", about=about, items=[])
            for ev, c in ((ev_a, a), (ev_b, b)):
                item = FindingItem(article=ev.id, sentence=c.sentence, text=ev.doc.sentences[c.sentence].text)
                if all((i.article, i.sentence) != (item.article, item.sentence) for i in finding.items):
                    finding.items.append(item)
    return list(found.values())
