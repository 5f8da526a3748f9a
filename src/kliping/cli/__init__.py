"""cli stage (see DEVELOPERS.md)."""
