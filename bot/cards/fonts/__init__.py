"""Fonts for the picture cards (data only; see OFL.txt and tools/subset_fonts.py)."""
