"""What the Markdown and HTML reports share: lookups, labels and number formatting.

Both reports show the same facts; keeping the wording and the selection (which quotes and entities
belong to a storyline) here means the two never disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kliping.model import Dossier, Entity, Evidence, Quote, Storyline

FINDING_LABELS = {
    "agreement": "Kesesuaian",
    "discrepancy": "Perbedaan",
    "update": "Pembaruan",
    "name_variant": "Variasi nama",
}
FINDING_HELP = {
    "agreement": "beberapa sumber menyebut hal yang sama",
    "discrepancy": "sumber menyebut angka atau fakta yang berbeda",
    "update": "angka atau fakta berubah dari waktu ke waktu",
    "name_variant": "ejaan nama yang berbeda untuk entitas yang sama",
}
MODIFIER_WORDS = {
    "exact": "",
    "about": "sekitar",
    "more_than": "lebih dari",
    "less_than": "kurang dari",
    "at_least": "sedikitnya",
    "up_to": "hingga",
    "nearly": "hampir",
    "range": "",
    "plural_tens": "puluhan",
    "plural_hundreds": "ratusan",
    "plural_thousands": "ribuan",
    "plural_millions": "jutaan",
}
ENTITY_TYPE_LABELS = {
    "PERSON": "orang",
    "ORG": "organisasi",
    "GPE": "wilayah",
    "LOC": "lokasi",
    "PRODUCT": "produk",
    "EVENT": "peristiwa",
}


def format_number(x: float | None) -> str:
    """Indonesian digits: ``12500000.5`` -> ``12.500.000,5`` (dot thousands, comma decimals)."""
    if x is None:
        return ""
    if float(x).is_integer():
        s = f"{int(x):,}"
        return s.replace(",", ".")
    whole, _, frac = f"{x:,.4f}".rstrip("0").partition(".")
    return whole.replace(",", ".") + ("," + frac if frac else "")


def format_value(value: float, value_max: float | None, modifier: str, unit: str | None) -> str:
    """A reported value as a reader would say it: ``sekitar 1.200 ha``, ``3–4 hari``, ``ratusan``."""
    if modifier.startswith("plural_"):
        text = MODIFIER_WORDS.get(modifier, modifier)
    else:
        num = format_number(value)
        if value_max is not None and value_max != value:
            num = f"{num}–{format_number(value_max)}"
        word = MODIFIER_WORDS.get(modifier, modifier)
        text = f"{word} {num}".strip()
    return f"{text} {unit}" if unit else text


def safe_id(raw: str) -> str:
    """``raw`` reduced to characters safe in an HTML id and a URL fragment."""
    s = re.sub(r"[^A-Za-z0-9_-]", "_", raw)
    return s or "_"


@dataclass
class Index:
    """Lookups over one dossier, built once per render."""

    dossier: Dossier
    articles: dict[str, Evidence] = field(init=False)
    entities: dict[str, Entity] = field(init=False)
    anchors: dict[str, str] = field(init=False)

    def __post_init__(self) -> None:
        self.articles = {ev.doc.id: ev for ev in self.dossier.articles}
        self.entities = {e.id: e for e in self.dossier.entities}
        # Sanitised ids can collide (``a.1`` and ``a_1``): number the later ones.
        self.anchors = {}
        used: set[str] = set()
        for aid in self.articles:
            base = cand = safe_id(aid)
            n = 2
            while cand in used:
                cand = f"{base}-{n}"
                n += 1
            used.add(cand)
            self.anchors[aid] = cand

    def anchor(self, article: str, sentence: int | None = None) -> str | None:
        """The fragment id of an article (``a-<id>``) or one of its sentences (``a-<id>-s<n>``)."""
        a = self.anchors.get(article)
        if a is None:
            return None
        return f"a-{a}" if sentence is None else f"a-{a}-s{sentence}"

    def sentence(self, article: str, k: int) -> str | None:
        ev = self.articles.get(article)
        if ev is None or not 0 <= k < len(ev.doc.sentences):
            return None
        return ev.doc.sentences[k].text

    def storyline_articles(self, sl: Storyline) -> list[str]:
        """Article ids of the storyline's stories, in story order, each once."""
        stories = {s.id: s for s in self.dossier.stories}
        out: list[str] = []
        for sid in sl.stories:
            for aid in stories[sid].articles if sid in stories else []:
                if aid not in out:
                    out.append(aid)
        return out

    def storyline_entities(self, sl: Storyline) -> list[Entity]:
        """Entities that appear in any article of the storyline, in dossier order."""
        arts = set(self.storyline_articles(sl))
        return [e for e in self.dossier.entities if arts.intersection(e.articles)]

    def speaker(self, entity_id: str | None, name: str | None) -> str:
        """Display name: the resolved entity's name, else the name as written, else a dash."""
        if entity_id and entity_id in self.entities:
            return self.entities[entity_id].name
        return name or "—"

    def storyline_quotes(self, sl: Storyline) -> list[tuple[Quote, str, list[tuple[str, int]]]]:
        """``(quote, speaker, [(article, sentence)])``: one row per distinct speaker and wording.

        Near-duplicate articles repeat quotes word for word; a reader wants each statement once
        with every article that carries it.
        """
        rows: dict[tuple[str, str], tuple[Quote, str, list[tuple[str, int]]]] = {}
        for aid in self.storyline_articles(sl):
            ev = self.articles.get(aid)
            if ev is None:
                continue
            for q in ev.quotes:
                who = self.speaker(q.speaker, q.speaker_name)
                key = (who.casefold(), " ".join(q.text.split()).casefold())
                if key in rows:
                    if all(a != aid for a, _ in rows[key][2]):
                        rows[key][2].append((aid, q.sentence))
                else:
                    rows[key] = (q, who, [(aid, q.sentence)])
        return list(rows.values())
