"""``kliping eval aliases``: are the dossier's entity merges right, and which right merges are missed?

Runs the real pipeline (ingest, extract, link) on ``detik-dev`` and ``kompas-oil-dev`` and reads
the entities it produces. The gold (``devsets/aliases/``, names only, no article text) is:

* ``forms.tsv``: ``set``, ``form`` (a surface form as it appears in an entity's aliases),
  ``identity`` (who or what the form names in that set, in the annotator's words; ``?`` when the
  form names different things in different articles, e.g. a bare given name, so it is not scored)
  and ``article`` (empty, or one article id: the form's identity in that article only, e.g. a
  one-name parent ``Dian (37)`` where ``Dian`` is ``Dian Patria`` elsewhere).
* ``variants.tsv``: ``set``, the two spellings of a ``name_variant`` record, ``correct`` 1/0.

Scores, per set:

* **merge precision**: of the entities holding two or more labelled forms, how many hold forms
  of one identity only (entity level), and of the pairs of labelled forms an entity holds, how
  many are the same identity (pair level).
* **pair recall**: of the pairs of labelled forms of one identity, how many kliping merged (some
  entity holds both). Reported for all pairs and for the *hard* ones whose merge keys differ
  (not case, hyphen or spacing variants).
* **split**: of the identities with a labelled form in the run, how many are spread over two or
  more entities (pair recall counts a pair found when *some* entity holds both forms, so a person
  also left apart in other articles only shows here).
* **name_variant precision**: of the ``name_variant`` records, how many are right.

Forms present in the run but not labelled are counted; ``--todo`` lists the ones in scope (see the
README for the sampling) with the candidate pairs that put them there, for the next labelling.
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from kliping.eval import DEFAULT_NEWS, REPO_ROOT, format_table
from kliping.lang.id import gazetteer
from kliping.lang.id.abbreviations import ABBREVIATIONS
from kliping.lang.id.alias_words import REGION_KIND_WORDS
from kliping.lang.id.cues import STATE_WORDS

DESCRIPTION = "merge precision, pair recall and name_variant precision of entity resolution on the dev sets"

GOLD = REPO_ROOT / "devsets" / "aliases"
SETS = ("detik-dev", "kompas-oil-dev")
UNSCORED = "?"
# candidate generation (labelling scope): function words skipped when taking an acronym's letters
_ACRONYM_SKIP = frozenset({"dan", "di", "ke", "dari", "untuk", "yang", "of", "the", "and", "for", "&"})
# the types a place or a body may be tagged with: one name is often typed LOC in one article, GPE or
# ORG in another (``Makkah`` / ``Kota Makkah``), so the name classes below compare across them
_NAMED_PLACE_OR_BODY = frozenset({"GPE", "LOC", "ORG"})


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--gold", type=Path, default=GOLD, help="gold folder (default: devsets/aliases)")
    parser.add_argument("--news", type=Path, default=DEFAULT_NEWS, help="folder of the dev JSONL files")
    parser.add_argument("--todo", action="store_true", help="print in-scope forms without a label")
    parser.add_argument("--wrong", action="store_true", help="print wrong merges and missed pairs")


# --------------------------------------------------------------------------- gold


def _rows(path: Path) -> Iterable[dict[str, str]]:
    if not path.is_file():
        return []
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if line.strip() and not line.startswith("#")), delimiter="\t"))


def load_forms(path: Path) -> dict[tuple[str, str, str], str]:
    """``(set, form, article) -> identity``; ``article`` is empty for a label of the form in every
    article of the set, an article id for one article's use of it (``Dian (37)``, a parent in one
    story, where ``Dian`` is ``Dian Patria`` elsewhere). A key given twice is reported, the first kept."""
    out: dict[tuple[str, str, str], str] = {}
    for row in _rows(path):
        key = (row["set"], row["form"], (row.get("article") or "").strip())
        if key in out:
            print(f"kliping eval aliases: {path.name}: {' / '.join(k for k in key if k)} is labelled twice; "
                  "the first label is kept")
            continue
        out[key] = row["identity"].strip()
    return out


def load_variants(path: Path) -> dict[tuple[str, str, str], bool]:
    """``(set, spelling, spelling) -> correct`` with the two spellings sorted."""
    out: dict[tuple[str, str, str], bool] = {}
    for row in _rows(path):
        a, b = sorted((row["a"], row["b"]))
        out[(row["set"], a, b)] = row["correct"].strip() == "1"
    return out


# --------------------------------------------------------------------------- candidates


def _key(form: str) -> str:
    """The scorer's own fixed key (casefold, letters and digits only), so that what counts as a
    *hard* pair does not move when kliping's merge keys change."""
    return re.sub(r"[\W_]+", "", form.casefold())


def _words(form: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", form.casefold().strip(".,()")) if w]


def _acronym_of(short: str, long: str) -> bool:
    """``KPK`` / ``Komisi Pemberantasan Korupsi``: the short form is the long one's initials."""
    s = short.replace(".", "")
    if not (2 <= len(s) <= 8) or not s.isupper() or " " in s:
        return False
    words = [w for w in _words(long) if w not in _ACRONYM_SKIP]
    return len(words) >= 2 and "".join(w[0] for w in words) == s.casefold()


def _contains_words(a: list[str], b: list[str]) -> bool:
    """One word list is a leading or trailing run of the other (``Bogor`` / ``Kabupaten Bogor``)."""
    short, long = sorted((a, b), key=len)
    k = len(short)
    return 0 < k < len(long) and (long[:k] == short or long[-k:] == short)


def _one_word_inserted(a: list[str], b: list[str]) -> bool:
    """The longer word list is the shorter (two or more words) with one word added inside it
    (``Kementerian Haji Umrah`` / ``Kementerian Haji dan Umrah``)."""
    short, long = sorted((a, b), key=len)
    if len(short) < 2 or len(long) != len(short) + 1:
        return False
    return any(long[:i] + long[i + 1:] == short for i in range(1, len(long) - 1))


def _a_place(words: list[str]) -> bool:
    """Capitalised words naming a place of the place data, after any region-kind words (``Sikka``,
    ``Kota Bandar Lampung``, ``Prancis``) or a province's or country's short form (``NTT``, ``AS``)."""
    while words and words[0].casefold() in REGION_KIND_WORDS:
        words = words[1:]
    name = " ".join(words)
    short = ABBREVIATIONS.get(name)
    return bool(name) and (gazetteer.place_kind(name) is not None or bool(short and short[1] == "GPE"))


def _body_run_pair(ta: str, tb: str, a: str, b: str) -> bool:
    """Two bodies (ORG), the shorter name of two or more words a leading or trailing run of the
    longer's (``Kementerian Haji`` / ``Kementerian Haji dan Umrah``, ``Komisi I`` / ``Komisi I
    DPR``), unless the longer adds a place after it: that is the place's office (``Kejaksaan Negeri``
    / ``Kejaksaan Negeri Sikka``, ``Kementerian Kebudayaan Prancis``), another body by its name."""
    if ta != "ORG" or tb != "ORG":
        return False
    wa, wb = a.split(), b.split()
    short, long = sorted((wa, wb), key=len)
    k = len(short)
    if k < 2 or k >= len(long):
        return False
    lower_s, lower_l = [w.casefold() for w in short], [w.casefold() for w in long]
    if lower_l[:k] == lower_s:
        return not _a_place([w.strip("(),") for w in long[k:] if not w.startswith("(")])
    return lower_l[-k:] == lower_s


# The words :func:`_kind_word_pair` drops: they say which kind of region or state a name is, not which one.
_KIND_WORDS = REGION_KIND_WORDS | STATE_WORDS


def _kind_word_pair(ta: str, tb: str, a: list[str], b: list[str]) -> bool:
    """Two places or bodies of any types among :data:`_NAMED_PLACE_OR_BODY` whose names are the
    same once the words that say which kind of region or state they are (``REGION_KIND_WORDS``,
    ``cues.STATE_WORDS``) are dropped: ``Makkah`` / ``Kota Makkah`` (LOC / GPE), ``Arab Saudi`` /
    ``Kerajaan Arab Saudi``, ``Pemerintah Indonesia`` / ``Pemerintah Republik Indonesia``."""
    if ta not in _NAMED_PLACE_OR_BODY or tb not in _NAMED_PLACE_OR_BODY or a == b:
        return False
    ka, kb = [w for w in a if w not in _KIND_WORDS], [w for w in b if w not in _KIND_WORDS]
    return bool(ka) and ka == kb


def candidate_pairs(entities: Sequence) -> dict[tuple[str, str], str]:
    """Pairs of forms of *different* entities that might name one thing, with the reason.

    Scope: at least one of the two entities is named in two or more articles. Reasons: shared last
    token (people), the same tokens in another order, acronym of the other, merge keys within two
    edits (one when short), one place name a leading or trailing run of the other's words. Added in
    the thirty-sixth round (the first draw compared places within one type only and bodies by
    acronym and spelling only), for places and bodies of any types among GPE, LOC and ORG: the same
    name once region-kind and state words are dropped (``kind word``, :func:`_kind_word_pair`), a
    body's name a run of another's (``body run``, :func:`_body_run_pair`), one word inserted inside
    a name (``inserted word``, :func:`_one_word_inserted`), and merge keys within the edits above
    across those types.
    """
    from rapidfuzz.distance import Levenshtein

    multi = [e for e in entities if len(e.articles) >= 2]
    out: dict[tuple[str, str], str] = {}
    forms = [(e, a) for e in entities for a in dict.fromkeys(e.aliases)]
    by_last: dict[str, list] = defaultdict(list)
    for e, a in forms:
        w = _words(a)
        if w:
            by_last[w[-1]].append((e, a))
    multi_ids = {e.id for e in multi}

    def add(x, y, why: str) -> None:
        (ea, a), (eb, b) = x, y
        if ea.id == eb.id or a == b or (ea.id not in multi_ids and eb.id not in multi_ids):
            return
        if any(a in e.aliases and b in e.aliases for e in (ea, eb)):
            return
        pair = tuple(sorted((a, b)))
        out.setdefault(pair, why)  # type: ignore[arg-type]

    for group in by_last.values():
        if len(group) > 60:  # a common word (``Indonesia``, ``Jakarta``): too many to read
            continue
        for i in range(len(group)):
            for j in range(i + 1, len(group)):
                if group[i][0].type == group[j][0].type == "PERSON":
                    add(group[i], group[j], "last token")
    keyed = [(x, _key(x[1]), sorted(_words(x[1]))) for x in forms]
    multi_forms = [k for k in keyed if k[0][0].id in multi_ids]
    for x, kx, sx in multi_forms:
        for y, ky, sy in keyed:
            if x[0].id == y[0].id or not kx or not ky:
                continue
            if len(sx) > 1 and sx == sy:
                add(x, y, "token order")
            elif _acronym_of(x[1], y[1]) or _acronym_of(y[1], x[1]):
                add(x, y, "acronym")
            elif ((x[0].type == y[0].type or {x[0].type, y[0].type} <= _NAMED_PLACE_OR_BODY)
                  and min(len(kx), len(ky)) >= 6
                  and Levenshtein.distance(kx, ky) <= (2 if min(len(kx), len(ky)) >= 9 else 1)):
                add(x, y, "edit distance")
            elif (x[0].type == y[0].type and x[0].type in ("GPE", "LOC") and len(sx) != len(sy)
                  and _contains_words(_words(x[1]), _words(y[1]))):
                add(x, y, "contains")
            elif _kind_word_pair(x[0].type, y[0].type, wx := _words(x[1]), wy := _words(y[1])):
                add(x, y, "kind word")
            elif _body_run_pair(x[0].type, y[0].type, x[1], y[1]):
                add(x, y, "body run")
            elif {x[0].type, y[0].type} <= _NAMED_PLACE_OR_BODY and _one_word_inserted(wx, wy):
                add(x, y, "inserted word")
    return out


def in_scope(entities: Sequence) -> set[str]:
    """Forms to label: every form of an entity named in 2+ articles that holds 2+ forms."""
    return {a for e in entities if len(e.articles) >= 2 and len(set(e.aliases)) >= 2 for a in e.aliases}


# --------------------------------------------------------------------------- scoring


def entity_items(story) -> dict[str, set[tuple[str, str]]]:
    """Entity id -> the ``(surface form, article id)`` pairs of its mentions."""
    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for ev in story.articles:
        for m in ev.mentions:
            if m.entity:
                out[m.entity].add((" ".join(m.text.split()), ev.doc.id))
    return out


def score(name: str, entities: Sequence, variants: Sequence, forms: dict, gold_variants: dict,
          show_wrong: bool, items: dict[str, set[tuple[str, str]]] | None = None,
          unscored: list[tuple[str, str, str]] | None = None) -> dict[str, int]:
    """Counts for one set. ``items`` (entity id -> (form, article) pairs, :func:`entity_items`) lets
    article labels apply; without it every alias is read with its set-wide label. Uses of a form
    labelled ``?`` (a bare given name, no article label) inside an entity that holds a labelled form
    are merges merge precision cannot score: counted as ``unscored merged`` and, with ``unscored``,
    listed there as ``(entity id, form, article id)`` for the next labelling."""
    c: dict[str, int] = defaultdict(int)
    ident = {f: i for (s, f, a), i in forms.items() if s == name and not a}
    by_article = {(f, a): i for (s, f, a), i in forms.items() if s == name and a}
    merged_pairs: set[tuple[str, str]] = set()
    holders: dict[str, set[str]] = defaultdict(set)  # identity -> entities holding a form of it
    for e in entities:
        seen = set((items or {}).get(e.id, ()))
        seen |= {(a, "") for a in e.aliases if a not in {f for f, _ in seen}}  # e.g. the expanded name
        # each labelled form of the entity with the identities it has in the entity's articles
        of_form: dict[str, set[str]] = defaultdict(set)
        for form, art in seen:
            i = by_article.get((form, art), ident.get(form, UNSCORED))
            if i != UNSCORED:
                of_form[form].add(i)
        labelled = sorted(of_form)
        if labelled:
            for form, art in sorted(seen):
                if (form, art) not in by_article and ident.get(form) == UNSCORED:
                    c["unscored merged"] += 1
                    if unscored is not None:
                        unscored.append((e.id, form, art))
        for ids in of_form.values():
            for i in ids:
                holders[i].add(e.id)
        for x in range(len(labelled)):
            for y in range(x + 1, len(labelled)):
                a, b = labelled[x], labelled[y]
                if ident.get(a, UNSCORED) != UNSCORED and ident.get(b, UNSCORED) != UNSCORED:
                    merged_pairs.add((a, b))
                c["merged pairs"] += 1
                c["right merged pairs"] += len(of_form[a] | of_form[b]) == 1
        if len(labelled) >= 2:
            c["entities"] += 1
            ids = set().union(*of_form.values())
            if len(ids) == 1:
                c["pure entities"] += 1
            elif show_wrong:
                print(f"WRONG MERGE\t{name}\t{e.id}\t" + " | ".join(f"{a} {sorted(of_form[a])}" for a in labelled))
    c["identities"] = len(holders)
    c["split identities"] = sum(1 for es in holders.values() if len(es) > 1)
    if show_wrong:
        for i, es in sorted(holders.items()):
            if len(es) > 1:
                print(f"SPLIT\t{name}\t{i}\t{len(es)} entities")
    present = {a for e in entities for a in e.aliases}
    by_identity: dict[str, list[str]] = defaultdict(list)
    for f, i in ident.items():
        if i != UNSCORED and f in present:
            by_identity[i].append(f)
    for i, fs in by_identity.items():
        fs.sort()
        for x in range(len(fs)):
            for y in range(x + 1, len(fs)):
                a, b = fs[x], fs[y]
                hard = _key(a) != _key(b)
                hit = (a, b) in merged_pairs
                c["gold pairs"] += 1
                c["found pairs"] += hit
                c["hard gold pairs"] += hard
                c["hard found pairs"] += hit and hard
                if show_wrong and not hit:
                    print(f"MISSED\t{name}\t{a} / {b}\t[{i}]")
    for nv in variants:
        spell = sorted(nv.variants[:2])
        if len(spell) < 2:
            continue
        c["variants"] += 1
        label = gold_variants.get((name, spell[0], spell[1]))
        if label is None:
            c["unlabelled variants"] += 1
            if show_wrong:
                print(f"UNLABELLED VARIANT\t{name}\t{spell[0]}\t{spell[1]}")
        else:
            c["right variants"] += label
            if show_wrong and not label:
                print(f"WRONG VARIANT\t{name}\t{spell[0]} / {spell[1]}")
    scope = in_scope(entities)
    c["forms in scope"] = len(scope)
    c["unlabelled in scope"] = sum(1 for f in scope if f not in ident)
    return c


def link_dev_set(path: Path):
    """The link stage's ``Story`` for one JSONL set (ingest, clean, extract, link; no store)."""
    from kliping.extract import extract
    from kliping.ingest import clean, read_inputs
    from kliping.link import link
    from kliping.model import Problem

    evidence = [extract(clean(a)) for a in read_inputs([path]) if not isinstance(a, Problem)]
    return link(evidence)


HEADER = ["set", "entities 2+ forms", "pure", "merge precision", "pair precision", "gold pairs",
          "pair recall", "hard pairs", "hard recall", "split", "variants", "variant precision", "unlabelled",
          "unscored merged"]


def _row(name: str, c: dict[str, int]) -> list[object]:
    def div(a: str, b: str) -> float:
        return c[a] / c[b] if c[b] else 0.0

    labelled_variants = c["variants"] - c["unlabelled variants"]
    return [name, c["entities"], c["pure entities"], div("pure entities", "entities"),
            div("right merged pairs", "merged pairs"), c["gold pairs"], div("found pairs", "gold pairs"),
            c["hard gold pairs"], div("hard found pairs", "hard gold pairs"),
            f"{c['split identities']}/{c['identities']}",
            f"{c['right variants']}/{labelled_variants}" + (f" (+{c['unlabelled variants']}?)" if c["unlabelled variants"] else ""),
            c["right variants"] / labelled_variants if labelled_variants else 0.0,
            f"{c['unlabelled in scope']}/{c['forms in scope']}", c["unscored merged"]]


def run(args: argparse.Namespace) -> int:
    if not args.gold.is_dir():
        print(f"kliping eval aliases: no gold folder at {args.gold}; nothing to score")
        return 0
    forms = load_forms(args.gold / "forms.tsv")
    gold_variants = load_variants(args.gold / "variants.tsv")
    rows: list[list[object]] = []
    total: dict[str, int] = defaultdict(int)
    for name in SETS:
        path = args.news / f"{name}.jsonl"
        if not path.is_file():
            print(f"kliping eval aliases: {path} is absent (../shared absent?); skipping {name}")
            continue
        story = link_dev_set(path)
        unscored: list[tuple[str, str, str]] = []
        c = score(name, story.entities, story.name_variants, forms, gold_variants, args.wrong, entity_items(story),
                  unscored)
        if args.todo:
            names = {e.id: e.name for e in story.entities}
            for eid, form, art in unscored:
                print(f"UNSCORED MERGE\t{name}\t{form}\t{art}\t{eid} {names.get(eid, '')}")
            ident = {f for (s, f, _a) in forms if s == name}
            for f in sorted(in_scope(story.entities) - ident):
                print(f"TODO\t{name}\t{f}")
            for (a, b), why in sorted(candidate_pairs(story.entities).items()):
                if a not in ident or b not in ident:
                    print(f"CANDIDATE\t{name}\t{a}\t{b}\t{why}")
        rows.append(_row(name, c))
        for k, v in c.items():
            total[k] += v
    if not rows:
        return 0
    if len(rows) > 1:
        rows.append(_row("all", total))
    print(format_table(HEADER, rows))
    return 0
