"""Drop from ``lang/id/data/english_words.txt.gz`` every word the Indonesian NER corpora tag as
(part of) a person's name.

web2 lists many loanwords that are common Indonesian given names and surnames (``effendi``,
``firman``, ``hakim``, ``maharani``, ``anis``), and ``extract/entities/works_and_slogans._english_slogans`` must never
read a real person as an English slogan. The person words are annotation-derived single words; no
sentence of the corpora is kept, and only the filtered English list is committed.

Usage (idempotent): python scripts/filter_english_words.py ../shared/data/ner
(reads every CoNLL ``*.txt`` under the folder: NERGrit, idner-news-2k, NERP; person tags
``B-``/``I-`` ``PER``, ``PERSON``, ``PPL``).
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

PERSON_TAGS = frozenset({"PER", "PERSON", "PPL"})
OUT = Path(__file__).resolve().parent.parent / "src/kliping/lang/id/data/english_words.txt.gz"
NOTE = "# Less every word tagged as a person in the NER corpora (scripts/filter_english_words.py): "


def person_words(root: Path) -> set[str]:
    """Lower-cased alphabetic words tagged as a person in any CoNLL file under ``root``."""
    out: set[str] = set()
    for path in sorted(root.rglob("*.txt")):
        if path.name.upper().startswith("LICENSE"):
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                cols = line.split()
                if len(cols) >= 2 and "-" in cols[-1] and cols[-1].split("-", 1)[1] in PERSON_TAGS \
                        and cols[0].isalpha():
                    out.add(cols[0].lower())
    return out


def main() -> None:
    names = person_words(Path(sys.argv[1]))
    with gzip.open(OUT, "rt", encoding="utf-8") as f:
        lines = [x.rstrip("\n") for x in f]
    head = [x for x in lines if x.startswith("#") and not x.startswith(NOTE)]
    words = [x for x in lines if x and not x.startswith("#")]
    kept = [w for w in words if w not in names]
    if len(kept) == len(words):
        print("nothing to drop", file=sys.stderr)
        return
    head.append(f"{NOTE}{len(words) - len(kept)} dropped ({', '.join(sorted(set(words) - set(kept))[:8])}, ...)")
    with gzip.GzipFile(OUT, "wb", mtime=0) as g:
        g.write(("\n".join(head + kept) + "\n").encode("utf-8"))
    print(f"{len(words)} -> {len(kept)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
