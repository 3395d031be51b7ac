"""Compact specs of the probe set, one module per topic (see tests/eval/probe/build_probe.py)."""
