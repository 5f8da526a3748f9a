"""When two sentences say the same thing for a summary (:func:`redundant`).
"""

from __future__ import annotations

from kliping.synth.corpus import (
    word_overlap,
)

# Redundancy between chosen sentences (see module docstring).
REDUNDANT_COSINE = 0.5
REDUNDANT_OVERLAP = 0.6
# Redundancy between two sentences that give the same specific figure (``summary.specific``).
SAME_FIGURE_OVERLAP = 0.25


def redundant(cosine: float, words_a: set[str], words_b: set[str],
              figures_a: frozenset = frozenset(), figures_b: frozenset = frozenset()) -> bool:
    """Two sentences say the same thing for the summary: TF-IDF cosine or content-word overlap at its
    bar, or one specific figure of one kind (``figures``: :func:`specific` values with their unit
    and counted noun; ``125 siswa`` is not ``125 sekolah``) in both with a content-word
    overlap of ``SAME_FIGURE_OVERLAP`` (``36,7 juta ... menerima program MBG`` / ``MBG sudah menyasar
    36,7 juta penerima``: different words, one fact)."""
    overlap = word_overlap(words_a, words_b)
    return (cosine >= REDUNDANT_COSINE or overlap >= REDUNDANT_OVERLAP
            or bool(figures_a & figures_b and overlap >= SAME_FIGURE_OVERLAP))
