"""Fonts for the picture cards (data only; see OFL.txt and bot/cards/subset_fonts.py)."""
