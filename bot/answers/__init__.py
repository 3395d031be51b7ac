"""Composing replies: per-intent answers in the asker's language, never beyond the index's certainty."""
