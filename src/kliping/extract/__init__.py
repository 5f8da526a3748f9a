"""extract stage (see DEVELOPERS.md)."""
