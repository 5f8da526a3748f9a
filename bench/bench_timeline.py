"""Benchmark the timeline's same-date grouping (``synth.timeline.grouping.group_sentences``) at N and 2N sentences.

One storyline of one news day: ``N`` quoted sentences, all dated the same day, three per article, in
articles about ``N / 30`` matters (a bigger day has more matters: each matter has its own speaker,
place and subject, told by about ten articles with different quotes and counts). The sentences are
generated here (no shared text) and run through the real extractors (times, mentions, quotes,
quantities), so the grouping sees what it sees in a dossier. Run::

    python bench/bench_timeline.py              # N = 600 and 1,200
    python bench/bench_timeline.py --n 1200     # N = 1,200 and 2,400
    python bench/bench_timeline.py --alike      # every sentence alike (one frame, five speakers)
    python bench/bench_timeline.py --own-places # each matter in a regency of its own (invented names)

Goal: the time at 2N at most 2.2 times the time at N (the grouping tests a sentence only against
groups that can match it, not every earlier group of its date). ``--alike`` is the worst case the
index cannot help: every sentence is above the similarity bar of every other and every pair of
articles contradicts in its counts, so each sentence still tests every group (quadratic).
``--own-places`` gives each matter a regency of its own (invented names, ``Kasangan``), so no place is
shared by two matters: a bigger day then brings new places, as a busy day's new cases do, while the
default's 25 places are each shared by more matters at 2N (every pair of their sentences a pair the
entity path reads). A real busy date lies between the two: its new cases bring new places, while a
capital or an institution (``DPRD``, named bare in both runs) is named by many of them.
Time is this process's CPU time (``time.process_time``), best of ``--rounds`` runs: wall time on a
shared machine varies by 30% and more with the other processes.
"""

from __future__ import annotations

import argparse
import random
import time

_FIRST = ["Hendra", "Budi", "Rina", "Agus", "Dewi", "Yusuf", "Sari", "Teguh", "Wulan", "Fajar",
          "Indah", "Rahmat", "Lestari", "Bayu", "Putri", "Joko", "Maya", "Andi", "Nurul", "Dimas"]
_LAST = ["Saputra", "Santoso", "Wibowo", "Halim", "Nasution", "Siregar", "Pratama", "Kusuma",
         "Hidayat", "Purnomo", "Lubis", "Harahap", "Gunawan", "Setiawan", "Rahayu", "Sitompul"]
_PLACES = ["Sleman", "Bantul", "Klaten", "Garut", "Cianjur", "Kudus", "Jepara", "Blitar", "Jember",
           "Banyuwangi", "Lumajang", "Tuban", "Gresik", "Sampang", "Pamekasan", "Sumenep", "Ngawi",
           "Magetan", "Pacitan", "Wonogiri", "Boyolali", "Sragen", "Rembang", "Blora", "Pati"]
_SUBJECTS = ["jembatan gantung", "saluran irigasi", "pasar induk", "gedung sekolah", "bendungan kecil",
             "jalan desa", "puskesmas pembantu", "terminal bus", "rumah susun", "dermaga ikan",
             "gudang beras", "lampu jalan", "pipa air bersih", "tanggul sungai", "balai desa"]
_OFFICES = ["Kepala Dinas", "Kapolres", "Bupati", "Kepala Kejaksaan Negeri", "Ketua DPRD", "Camat"]
# Each matter is told in its own words: its templates fill their slots from word pools of co-prime
# sizes, so two matters rarely share more than the quoting frame (as two unrelated cases of one day).
# Offices carry their place (``Kapolres Sleman``); places recur every 25 matters, so at 40 matters
# some places are shared by two matters, as a busy day's cases share a regency.
_ACTS = ["memeriksa", "memanggil", "menahan", "mengamankan", "menyita barang milik", "meminta keterangan",
         "menetapkan status"]
_WHO = ["saksi", "pejabat dinas", "kontraktor", "bendahara", "pegawai kecamatan", "rekanan proyek",
        "pengawas lapangan", "kepala desa", "staf keuangan", "pemilik toko", "sopir truk"]
_LOSSES = ["Kerugian negara dari", "Kebocoran anggaran", "Selisih anggaran", "Temuan auditor pada",
           "Dana yang raib dari"]
_HARMS = ["terdampak", "mengungsi karena", "kehilangan mata pencarian akibat", "dirugikan oleh",
          "mengadu soal", "menolak"]
_AFTER = ["dan berkasnya segera kami limpahkan", "dan masih kami dalami", "sesuai hasil audit terakhir",
          "menurut hitungan sementara", "dan pelakunya sudah kami kenali", "dan akan dilaporkan ke kejaksaan",
          "walau angkanya masih bisa berubah", "dan uangnya sebagian sudah dikembalikan",
          "kata auditor yang kami minta", "sesuai laporan inspektorat", "dan kami minta dikembalikan",
          "dari pemeriksaan dokumen", "berdasarkan nota pembelian"]
_TEMPLATES = [
    '"Kami sudah {act} {n} {who} dalam perkara {subject} di {place}," kata {office} {name} '
    'kepada wartawan, Senin (20/10/2025).',
    '"{loss} proyek {subject} itu mencapai Rp {n} juta {after}," ujar {name} di {place}, Senin (20/10/2025).',
    '"Warga {place} yang {harm} {subject} tercatat {n} keluarga," tutur {office} {name}, Senin (20/10/2025).',
]
# Every sentence alike (``--alike``): one frame, five speakers, random words and counts.
_ALIKE_WORDS = ["banjir", "jalan", "pelabuhan", "dana", "hibah", "kontraktor", "penyidik", "saksi", "bupati",
                "gubernur", "warga", "pasar", "harga", "beras", "cabai", "minyak", "kapal", "nelayan", "sekolah",
                "guru"]


# Syllables of the invented regencies of ``--own-places``.
_SYLLABLES = ["ka", "la", "ma", "na", "ra", "sa", "ta", "wa", "bo", "du", "ji", "pu", "ge", "ho", "yu", "ri"]


def _own_place(m: int) -> str:
    """The invented regency of matter ``m`` (``m`` < 256): its two first syllables differ for every matter."""
    a, b = m % 16, m // 16
    return (_SYLLABLES[a] + _SYLLABLES[(a + b + 5) % 16] + "ngan").capitalize()


def _matter_articles(n_sentences: int, rng: random.Random, own_places: bool = False) -> list[str]:
    """Article texts: three quoted sentences each about one of ``n_sentences / 30`` matters."""
    n_articles = n_sentences // 3
    matters = []
    for m in range(max(1, n_sentences // 30)):
        name = f"{_FIRST[m % len(_FIRST)]} {_LAST[(m // len(_FIRST)) % len(_LAST)]}"
        place = _own_place(m) if own_places else _PLACES[m % len(_PLACES)]
        matters.append({"name": name, "place": place, "subject": _SUBJECTS[(m * 7) % len(_SUBJECTS)],
                        "office": f"{_OFFICES[m % len(_OFFICES)]} {place}",
                        "act": _ACTS[m % len(_ACTS)], "who": _WHO[m % len(_WHO)], "loss": _LOSSES[m % len(_LOSSES)],
                        "harm": _HARMS[m % len(_HARMS)], "after": _AFTER[m % len(_AFTER)]})
    texts = []
    for i in range(n_articles):
        matter = matters[i % len(matters)]
        texts.append(" ".join(t.format(n=rng.randint(10, 999), **matter) for t in _TEMPLATES))
    return texts


def _alike_articles(n_sentences: int, rng: random.Random) -> list[str]:
    names = [f"{_FIRST[k]} {_LAST[k]}" for k in range(5)]
    texts = []
    for _i in range(n_sentences // 3):
        texts.append(" ".join(
            f'"Kami memeriksa {" ".join(rng.sample(_ALIKE_WORDS, 6))} sebanyak {rng.randint(10, 999)} orang," '
            f'kata {rng.choice(names)} di Jakarta, Senin (20/10/2025).' for _j in range(3)))
    return texts


def _same_day_items(texts: list[str]):
    """The corpus of one storyline holding the articles, and its same-date sentences (the biggest date)."""
    from kliping.model import Article, Event, Story, StorylineGroup
    from kliping.pipeline import process_articles
    from kliping.synth.corpus import build_corpus
    from kliping.synth.timeline import dated_sentences

    arts = [Article(id=f"b{i}", input=f"bench:{i}", text=t, title=f"Berita {i}", published="2025-10-20")
            for i, t in enumerate(texts)]
    evidence, _skipped, _cached = process_articles(arts, store=None, executor=None)
    story = Story(articles=evidence, duplicate_of={}, entities=[], events=[Event("e1", [e.id for e in evidence])],
                  storylines=[StorylineGroup("s1", ["e1"])])
    corpus = build_corpus(story)
    dated = dated_sentences(corpus, list(range(len(corpus.articles))))
    return corpus, max(dated.values(), key=len)


def _best_group_time(corpus, items, rounds: int) -> tuple[float, int]:
    from kliping.synth.timeline.grouping import group_sentences
    from kliping.synth.timeline.sentences import Sentences

    best, groups = float("inf"), 0
    for _ in range(rounds):
        cache = Sentences(corpus)  # fresh caches: each round reads the articles again
        t = time.process_time()
        groups = len(group_sentences(corpus, items, cache))
        best = min(best, time.process_time() - t)
    return best, groups


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=600, help="sentences of the smaller run (default 600)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--alike", action="store_true", help="every sentence alike (the worst case)")
    parser.add_argument("--own-places", action="store_true", help="each matter in a regency of its own")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    def make(n: int, rng: random.Random) -> list[str]:
        return _alike_articles(n, rng) if args.alike else _matter_articles(n, rng, args.own_places)

    times = []
    for n in (args.n, 2 * args.n):
        corpus, items = _same_day_items(make(n, random.Random(args.seed)))
        seconds, groups = _best_group_time(corpus, items, args.rounds)
        times.append(seconds)
        print(f"N = {n:5d}: {len(items)} same-day sentences, {groups} groups, grouping {seconds:.3f} s CPU")
    print(f"ratio 2N / N: {times[1] / times[0]:.2f}   (goal <= 2.2)")


if __name__ == "__main__":
    main()
