"""`citybot eval FILE`: intent accuracy on a labelled file, so whoever extends intents sees what broke."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="score intent recognition on a labelled YAML file")
    p.add_argument("file", help="YAML: a list of {q: MESSAGE, intent: NAME}")
    p.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    return 0
