"""Validation of ``kliping.dossier/1`` data: JSON Schema plus the references a schema cannot check.

The schema (``dossier.schema.json``, draft 2020-12) fixes shapes, types and enums. The checks
here hold the dossier to its promise that every number, name and date traces to a sentence: every
sentence index exists, every offset span really spells the quoted text, every cited article and
entity exists.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

MAX_MESSAGES = 20


@functools.lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    """The packaged JSON Schema of the contract."""
    text = resources.files("kliping.render").joinpath("dossier.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


@functools.lru_cache(maxsize=1)
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _where(path: Any) -> str:
    return "/" + "/".join(str(p) for p in path) if path else "/"


def schema_errors(obj: Any) -> list[str]:
    """Messages for every JSON Schema violation, in document order."""
    errors = sorted(_validator().iter_errors(obj), key=lambda e: [str(p) for p in e.absolute_path])
    return [f"{_where(e.absolute_path)}: {e.message}" for e in errors]


def reference_errors(obj: dict[str, Any]) -> list[str]:
    """Messages for broken references in schema-valid data (see module docstring)."""
    msgs: list[str] = []
    articles = obj.get("articles", [])
    n_sents: dict[str, int] = {}
    for i, a in enumerate(articles):
        if a["id"] in n_sents:
            msgs.append(f"/articles/{i}: duplicate article id {a['id']!r}")
        n_sents[a["id"]] = len(a["sentences"])
    entity_ids: set[str] = set()
    for i, e in enumerate(obj.get("entities", [])):
        if e["id"] in entity_ids:
            msgs.append(f"/entities/{i}: duplicate entity id {e['id']!r}")
        entity_ids.add(e["id"])
    story_ids: set[str] = set()
    for i, s in enumerate(obj.get("stories", [])):
        if s["id"] in story_ids:
            msgs.append(f"/stories/{i}: duplicate story id {s['id']!r}")
        story_ids.add(s["id"])

    def article_ref(where: str, aid: str) -> bool:
        if aid not in n_sents:
            msgs.append(f"{where}: unknown article {aid!r}")
            return False
        return True

    def cite(where: str, aid: str, sentence: int) -> None:
        if article_ref(where, aid) and not 0 <= sentence < n_sents[aid]:
            msgs.append(f"{where}: sentence {sentence} out of range for article {aid!r} ({n_sents[aid]} sentences)")

    def entity_ref(where: str, eid: str | None) -> None:
        if eid is not None and eid not in entity_ids:
            msgs.append(f"{where}: unknown entity {eid!r}")

    for i, a in enumerate(articles):
        base = f"/articles/{i}"
        sents = a["sentences"]
        if a["duplicate_of"] is not None:
            article_ref(f"{base}/duplicate_of", a["duplicate_of"])
            if a["duplicate_of"] == a["id"]:
                msgs.append(f"{base}/duplicate_of: article is marked a duplicate of itself")

        def in_range(where: str, k: int, n: int = len(sents)) -> bool:
            if not 0 <= k < n:
                msgs.append(f"{where}: sentence {k} out of range ({n} sentences)")
                return False
            return True

        for kind in ("mentions", "quantities", "times"):
            for j, x in enumerate(a[kind]):
                where = f"{base}/{kind}/{j}"
                if not in_range(where, x["sentence"]):
                    continue
                s = sents[x["sentence"]]
                if not 0 <= x["start"] <= x["end"] <= len(s):
                    msgs.append(f"{where}: span {x['start']}:{x['end']} outside sentence of length {len(s)}")
                elif s[x["start"]:x["end"]] != x["text"]:
                    msgs.append(f"{where}: sentence text at {x['start']}:{x['end']} is "
                                f"{s[x['start']:x['end']]!r}, not {x['text']!r}")
        for j, m in enumerate(a["mentions"]):
            entity_ref(f"{base}/mentions/{j}/entity", m["entity"])
        for j, q in enumerate(a["quantities"]):
            entity_ref(f"{base}/quantities/{j}/speaker", q["speaker"])
        for j, q in enumerate(a["quotes"]):
            where = f"{base}/quotes/{j}"
            in_range(where, q["sentence"])
            end = q["end_sentence"]
            if end is not None and in_range(f"{where}/end_sentence", end) and end < q["sentence"]:
                msgs.append(f"{where}: end_sentence {q['end_sentence']} before sentence {q['sentence']}")
            entity_ref(f"{where}/speaker", q["speaker"])
        for j, c in enumerate(a["claims"]):
            in_range(f"{base}/claims/{j}", c["sentence"])
            entity_ref(f"{base}/claims/{j}/actor", c["actor"])

    for i, e in enumerate(obj.get("entities", [])):
        for aid in e["articles"]:
            article_ref(f"/entities/{i}/articles", aid)
    for i, s in enumerate(obj.get("stories", [])):
        for aid in s["articles"]:
            article_ref(f"/stories/{i}/articles", aid)
        for j, ss in enumerate(s["summary"]):
            for k, c in enumerate(ss["citations"]):
                cite(f"/stories/{i}/summary/{j}/citations/{k}", c["article"], c["sentence"])
    storyline_ids: set[str] = set()
    for i, sl in enumerate(obj.get("storylines", [])):
        base = f"/storylines/{i}"
        if sl["id"] in storyline_ids:
            msgs.append(f"{base}: duplicate storyline id {sl['id']!r}")
        storyline_ids.add(sl["id"])
        for sid in sl["stories"]:
            if sid not in story_ids:
                msgs.append(f"{base}/stories: unknown story {sid!r}")
        for part in ("summary", "timeline"):
            for j, ss in enumerate(sl[part]):
                for k, c in enumerate(ss["citations"]):
                    cite(f"{base}/{part}/{j}/citations/{k}", c["article"], c["sentence"])
        for j, f in enumerate(sl["figures"]):
            for k, v in enumerate(f["values"]):
                cite(f"{base}/figures/{j}/values/{k}", v["article"], v["sentence"])
        for j, f in enumerate(sl["findings"]):
            for k, it in enumerate(f["items"]):
                cite(f"{base}/findings/{j}/items/{k}", it["article"], it["sentence"])
    return msgs


def errors(obj: Any) -> list[str]:
    """All problems with ``obj``: schema violations first; references only once the shape is right."""
    msgs = schema_errors(obj)
    if msgs:
        return msgs
    return reference_errors(obj)


class DossierInvalid(ValueError):
    """A dossier that breaks the contract. ``messages`` holds the first 20 problems, ``total`` all."""

    def __init__(self, messages: list[str], total: int) -> None:
        self.messages = messages
        self.total = total
        more = f"\n  ... and {total - len(messages)} more" if total > len(messages) else ""
        super().__init__(f"invalid kliping.dossier/1 ({total} problems):\n  " + "\n  ".join(messages) + more)


def validate(obj: Any) -> None:
    """Raise :class:`DossierInvalid` (a ``ValueError``) listing up to 20 problems if ``obj`` is invalid."""
    msgs = errors(obj)
    if msgs:
        raise DossierInvalid(msgs[:MAX_MESSAGES], len(msgs))
