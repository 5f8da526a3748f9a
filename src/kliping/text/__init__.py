"""Text stage: sentences with character offsets, and tokens."""

from kliping.text.sentences import split_sentences
from kliping.text.tokens import tokenize

__all__ = ["split_sentences", "tokenize"]
