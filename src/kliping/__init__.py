"""kliping: turn a pile of news articles about the same events into a trustworthy, cited dossier."""

__version__ = "0.1.0"
