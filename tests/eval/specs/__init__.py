"""Compact specs of the evaluation set, one module per topic (see tests/eval/build.py)."""
