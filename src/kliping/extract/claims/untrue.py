"""``kabar itu tidak benar``: what is called untrue and who says so, without the speaker's own frame
(``ini saya tegaskan``).
"""

from __future__ import annotations

import re

from kliping.extract.claims.actor_names import _actor
from kliping.extract.claims.subjects import _SPEECH_IN_CLAUSE
from kliping.extract.quotes.clauses import cut_content, strip_connectors
from kliping.extract.quotes.records import Ctx
from kliping.extract.quotes.subjects import subject
from kliping.lang.id import cues
from kliping.lang.id.function_words import AND_OR
from kliping.model import Document, Mention


def _untrue(s: str, before: str, after: str, pos: int, ctx: Ctx, mentions: list[Mention] | None,
            doc: Document) -> tuple[str, str | None] | None:
    """``kabar itu tidak benar``: (what is called untrue, who says so) or ``None`` when it is not a verdict."""
    words = before.split()
    prev = words[-1].lower().strip(",.\"“”(") if words else ""
    if prev in cues.UNTRUE_BLOCKERS or prev in AND_OR:
        return None
    if after.strip()[:1].isalpha() and not re.match(r"^\s*(?:alias|dan merupakan|sama sekali)\b", after, re.I):
        return None  # ``tidak benar-benar``, ``tidak benar secara hukum``: not a verdict
    verbs = list(_SPEECH_IN_CLAUSE.finditer(before))
    clause = before[verbs[-1].end():] if verbs else before
    text = ""
    chunks = [c for c in reversed(re.split(r"[,;:]|\b(?:bahwa)\b", clause)) if c.strip(" \"“”„«»")]
    framed_any = False
    for k, chunk in enumerate(chunks):
        # ``Itu gosip, jadi ini kami luruskan tidak benar``: the speaker's own frame (``saya
        # tegaskan``) is not what is called untrue, and a frame left with only ``ini`` hands over
        # to the chunk before it (empty chunks, as after the comma of ``…, saya tegaskan, tidak
        # benar``, are skipped first)
        chunk = re.sub(r"(?:dipastikan|dinyatakan|adalah|juga|sudah|jelas|tegas|pasti)\s*$", "", chunk.strip(),
                       flags=re.I).strip()
        # ``Laporan itu diverifikasi dan dinyatakan tidak benar``: the coordinator left at the end
        chunk = re.sub(r"\s+(?:dan|serta|atau)\s*$", "", chunk, flags=re.I)
        framed = bool(_SELF_FRAME.search(chunk))
        framed_any = framed_any or framed
        chunk = strip_connectors(_SELF_FRAME.sub("", chunk)).strip().strip("\"“”„«»").strip()
        if k == 0 and not framed:
            text = cut_content(chunk)  # the clause right before the cue, as it always was
            break
        if chunk and not _frame_leftover(chunk):
            text = cut_content(chunk)
            break
    if not text and not framed_any:
        text = cut_content(s)
    # a frame that leaves nothing (``Ini saya sampaikan tidak benar``) gives no text: the whole
    # sentence would carry the frame and the attribution
    actor = None
    if verbs:
        v = verbs[-1]
        sentence_start = pos - len(before)
        actor = _actor(subject(before[: v.start()], sentence_start, ctx, coord=True), ctx)
    return text, actor


# The speaker's frame before ``tidak benar``: ``(makanya) ini saya tegaskan``, ``kami sampaikan``.
_SELF_FRAME = re.compile(
    r"(?:(?:ini|itu|hal\s+ini)\s+)?(?:saya|kami|kita|aku)\s+(?:(?:perlu|ingin|mau|hendak|harus)\s+)?"
    r"(?:tegaskan|katakan|sampaikan|nyatakan|pastikan|jelaskan|bilang|sebut(?:kan)?|ulangi|luruskan)\s*$",
    re.I,
)
# What is left of a frame (``makanya ini``): demonstratives and connectors, no content.
_FRAME_LEFTOVERS = frozenset(("itu", "ini", "tersebut", "makanya", "maka", "jadi", "sekali", "lagi"))


def _frame_leftover(s: str) -> bool:
    words = [w.strip(",.\"“”").lower() for w in s.split()]
    return bool(words) and all(w in _FRAME_LEFTOVERS for w in words)
