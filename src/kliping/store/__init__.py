"""store stage (see DEVELOPERS.md)."""
