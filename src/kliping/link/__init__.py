"""link stage (see DEVELOPERS.md)."""
