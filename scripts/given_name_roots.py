"""Write ``lang/id/data/given_name_roots.txt``: Indonesian dictionary roots (Sastrawi's root list)
that the Indonesian NER corpora mostly tag as (part of) a person's name (``bambang``, ``budi``,
``agus``, ``sri``, ``untung``).

``extract/entities/lone_words._lone_common_people`` drops a lone one-word "person" that is a dictionary root
(``Stimulan``, ``Sosialis``) and must keep the many given names that are also roots. The list is
annotation-derived single words; no sentence of the corpora is kept.

Usage (idempotent): PYTHONPATH=src python scripts/given_name_roots.py ../shared/data/ner
(reads every CoNLL ``train*.txt`` under the folder: NERGrit (Apache-2.0), idner-news-2k (MIT),
NERP (Apache-2.0); person tags ``B-``/``I-`` ``PER``, ``PERSON``, ``PPL``). A word is kept when at
least ``MIN_SHARE`` of its occurrences are tagged as a person.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

PERSON_TAGS = frozenset({"PER", "PERSON", "PPL"})
MIN_SHARE = 0.3  # "untung" (profit) is mostly lower-case text, but the corpora's one use is a name
OUT = Path(__file__).resolve().parent.parent / "src/kliping/lang/id/data/given_name_roots.txt"
HEADER = (
    "# Indonesian dictionary roots (Sastrawi) that NER training sets tag as a person in at least 30% of their uses:\n"
    "# NERGrit (grit-id, Apache-2.0), NERP (Apache-2.0), idner-news-2k (khairunnisaor, MIT). Annotation-derived words only.\n"
    "# Built with: PYTHONPATH=src python scripts/given_name_roots.py ../shared/data/ner\n"
)


def person_counts(root: Path) -> tuple[Counter, Counter]:
    """(person-tagged, all) counts of lower-cased alphabetic words in the CoNLL training files under ``root``."""
    person: Counter = Counter()
    every: Counter = Counter()
    for path in sorted(root.rglob("train*.txt")):
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                cols = line.split()
                if len(cols) < 2 or not cols[0].isalpha():
                    continue
                w = cols[0].lower()
                every[w] += 1
                if "-" in cols[-1] and cols[-1].split("-", 1)[1] in PERSON_TAGS:
                    person[w] += 1
    return person, every


def main() -> None:
    from kliping.ingest.glue import _stemmer

    roots = _stemmer()[1]
    person, every = person_counts(Path(sys.argv[1]))
    kept = sorted(w for w in person if w in roots and person[w] >= MIN_SHARE * every[w])
    OUT.write_text(HEADER + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} given-name roots -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
