"""ingest stage (see DEVELOPERS.md)."""
