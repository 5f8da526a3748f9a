"""Text stage: sentences with character offsets, and tokens."""

from kliping.text.sentences import split_sentences

__all__ = ["split_sentences"]
