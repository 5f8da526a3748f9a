"""The quick start test before the quantity pattern (``_CANDIDATE_STARTS``) finds what the pattern alone finds."""

from __future__ import annotations

import random
import re

from kliping.extract import quantities as q

_SENTENCES = [
    "Harga cabai naik menjadi Rp 85.000 per kilogram, sementara bawang merah Rp45 ribu.",
    "Ekspor mencapai US$ 1,2 miliar atau sekitar 15 persen dari total, kata dia pagi tadi.",
    "Puluhan warga dan ratusan relawan membagikan dua ribu paket sembako di tiga kecamatan.",
    "Anggaran paling banyakRp 400.000.000 dialokasikan untuk 1.500 keluarga pada 2024-an.",
    "Suhu turun hingga 18 derajat Celsius; curah hujan 120 mm dalam sehari, naik 30%.",
    "Kurs €1 setara Rp17.500, sedangkan ¥100 sekitar Rp10.300 pada penutupan pasar.",
]


def _all(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict]]:
    out, pos = [], 0
    while (m := pattern.search(text, pos)) is not None:
        out.append((m.span(), m.groupdict()))
        pos = m.end()
    return out


def test_candidates_are_the_same_with_and_without_the_start_test() -> None:
    plain = re.compile(q._CANDIDATE_BODY)
    for text in _SENTENCES:
        assert _all(q._CANDIDATE, text) == _all(plain, text)
    rnd = random.Random(7)
    pieces = ["Rp", "Rp.", "US$", "S$", "1.500", "2,5", "12", "juta", "Miliar", "ribuan", "Puluhan", "dua",
              "belas", "persen", "%", "kg", "-an", "sepuluh", "dan", "per", "ſ", "\u212a", "١٢", "x", "KM"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) + rnd.choice(["", " ", " ", "-", "\u00a0", ",", "."])
                       for _ in range(rnd.randint(1, 10)))
        assert _all(q._CANDIDATE, text) == _all(plain, text), text
