"""render stage (see DEVELOPERS.md)."""
