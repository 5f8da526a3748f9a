"""Command-line interface: ``kliping analyze`` and friends."""
