"""store stage (see DEVELOPERS.md): SQLite cache of evidence by content hash and pipeline version."""

from kliping.store.sqlite import SCHEMA_VERSION, Store, StoreError, article_key, content_hash

__all__ = ["SCHEMA_VERSION", "Store", "StoreError", "article_key", "content_hash"]
