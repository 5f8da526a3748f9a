"""synth stage (see DEVELOPERS.md)."""
