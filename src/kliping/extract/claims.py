"""Claim-status cues: who alleges, denies, confirms or speculates what.

A dossier has to keep "X says Y happened" apart from "Y happened", so every cue from
``kliping.lang.id.cues.CLAIM_CUES`` (``menuduh``, ``membantah``, ``membenarkan``, ``diperkirakan``
...) becomes a :class:`~kliping.model.Claim` with

* ``text``: the claim itself, the clause after the cue (``membantah bahwa`` drops ``bahwa``); for
  passive allegation/speculation cues the subject is put back (``Korea Utara diduga mengirim
  pasukan`` -> ``Korea Utara mengirim pasukan``) because the clause after the cue has no subject;
  when the clause is only ``hal itu`` the whole sentence is kept;
* ``actor_name``: for active cues the subject before the cue (``Rusia dan Korea Utara membantah``;
  ``baik X maupun Y`` becomes ``X dan Y``); for passive cues the agent after it (``dibantah oleh X``);
  ``kami``/``ia`` inside a quote get the quote's speaker; otherwise ``None``, never a guess.

Negated or procedural uses (``tidak membantah``, ``saat dikonfirmasi``) are skipped.
"""

from __future__ import annotations

import re

from kliping.extract import quotes as _q
from kliping.lang.id import cues
from kliping.model import Claim, Document, Mention

_CUE_STATUS: dict[str, str] = {c: st for st, cs in cues.CLAIM_CUES.items() for c in cs}
_CUE_RE = re.compile(
    r"(?<![\w-])(?P<cue>" + "|".join(sorted((re.escape(c) for c in _CUE_STATUS), key=len, reverse=True))
    + r")(?![\w-])",
    re.I,
)
_LEAD = re.compile(r"^\s*(?:[,:]\s*)?(?:(?:bahwa|jika|kalau)\s+)?", re.I)
_AGENT = re.compile(r"^\s*(?:oleh\s+)?", re.I)
_CLAUSE_END = re.compile(r"[;“”\"»]|,\s*(?:kata|ujar|ucap|tutur|jelas|tegas|terang|imbuh|sebut|tambah)(?:nya)?\b"
                         r"|,\s*(?:menurut|sehingga|namun|tetapi|sedangkan)\b", re.I)


def extract_claims(doc: Document, mentions: list[Mention] | None = None) -> list[Claim]:
    """Claims of ``doc`` in reading order, one per cue occurrence. Pure: ``doc`` is not modified."""
    ctx = _q._context(doc, mentions)
    spans: list[tuple[int, int, str | None]] | None = None
    out: list[Claim] = []
    for si, sent in enumerate(doc.sentences):
        s = sent.text
        for m in _CUE_RE.finditer(s):
            cue = m.group("cue").lower()
            status = _CUE_STATUS[cue]
            before = s[: m.start()]
            prev_word = before.split()[-1].lower().strip(",.") if before.split() else ""
            if prev_word in cues.CLAIM_BLOCKERS:
                continue
            if cue == "kemungkinan" and prev_word in ("ada", "segala", "berbagai", "menutup"):
                pass  # ``ada kemungkinan`` is still speculation
            after = s[m.end():]
            content = _claim_text(after)
            actor: str | None = None
            passive = cue in cues.PASSIVE_CLAIM_CUES
            if passive:
                subj = _clause_before(before)
                agent = _agent(after, sent.start + m.end(), ctx)
                if agent is not None:
                    actor, content = agent
                if status in ("allegation", "speculation") and subj and not _is_empty(subj):
                    content = (subj + " " + content).strip() if content else subj
            elif cue in cues.ADVERB_CLAIM_CUES:
                subj = _clause_before(before)
                if subj and not _is_empty(subj) and content:
                    content = subj + " " + content  # ``harga kemungkinan naik`` -> ``harga naik``
            else:
                sp = _q._subject(before, sent.start, ctx, coord=True)
                actor = _actor(sp, ctx)
            if actor is None and (not passive or status == "speculation"):
                spans = spans if spans is not None else _q.quote_spans(doc, mentions)
                actor = _speaker_at(spans, sent.start + m.start(), before)
            if not content or _is_empty(content) or len(content.split()) < 2:
                content = _q._cut_content(s)
            out.append(Claim(status=status, cue=cue, text=content, sentence=si, actor_name=actor))
    return out


def _claim_text(after: str) -> str:
    """The clause after a cue: up to ``;``, ``, kata X`` or ``, namun``."""
    body = after[_LEAD.match(after).end():]  # type: ignore[union-attr]
    end = _CLAUSE_END.search(body)
    if end:
        body = body[: end.start()]
    return _q._cut_content(body)


def _clause_before(before: str) -> str:
    """The subject clause of a passive cue: the text since the last comma, minus connectors."""
    part = before.rsplit(",", 1)[-1]
    return _q._strip_connectors(part).strip()


def _is_empty(s: str) -> bool:
    low = s.lower().strip(" .,")
    return low in cues.EMPTY_CONTENT or any(low == f"{w} {d}" for w in ("hal", "tuduhan", "tudingan", "kabar",
                                                                      "informasi", "laporan")
                                             for d in cues.ROLE_DEMONSTRATIVES)


def _agent(after: str, base: int, ctx: _q._Ctx) -> tuple[str, str] | None:
    """``dibantah oleh X`` / ``dibantah X``: the agent and the remaining text."""
    m = _AGENT.match(after)
    rest = after[m.end():] if m else after  # type: ignore[union-attr]
    has_oleh = bool(m and m.group().strip())
    if not rest[:1].isupper() and not has_oleh:
        return None
    sp = _q._speaker_after(rest, base + (m.end() if m else 0), ctx, coord=True)  # type: ignore[union-attr]
    name = _actor(sp, ctx)
    if name is None:
        return None
    span, _ = _q._cap_run(rest, coord=True)
    return name, _claim_text(rest[span:])


def _actor(sp: _q._Speaker, ctx: _q._Ctx) -> str | None:
    if sp.kind == "phrase":
        name, _title = _q._resolve_phrase(ctx, sp, coord=True)
        return name
    if sp.kind == "pronoun":
        return _q._resolve_pronoun(ctx, sp.start)[0]
    if sp.kind == "role":
        return _q._find_role(ctx, sp.text, sp.start)
    return None


def _speaker_at(spans: list[tuple[int, int, str | None]], pos: int, before: str) -> str | None:
    """The speaker of the quote or reported statement that contains ``pos``.

    Only used when the cue has no subject of its own, or its subject is ``kami``/``kita``/``saya``.
    """
    words = before.split()
    if words and words[-1].lower().strip(",") not in ("kami", "kita", "saya", "aku", "pihaknya") and \
            any(w[:1].isupper() for w in words[-3:]):
        return None
    for a, b, name in spans:
        if a <= pos < b and name:
            return name
    return None
