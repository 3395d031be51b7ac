"""`citybot eval FILE`: intent accuracy on a labelled file, so whoever extends intents sees what broke.

The file is YAML: a list of `{q: MESSAGE, intent: NAME}`, or a mapping whose `examples` key holds
that list (the form data/nlu/eval.yaml uses). Each message is understood on its own, in a new chat.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

EXTRA_INTENTS = ("nonsense", "clarify")  # what the engine can answer besides the intents in intents.yaml


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    intent: str


@dataclass(frozen=True, slots=True)
class Result:
    example: Example
    got: str

    @property
    def ok(self) -> bool:
        return self.got == self.example.intent


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="score intent recognition on a labelled YAML file")
    p.add_argument("file", help="YAML: a list of {q: MESSAGE, intent: NAME} (or {examples: [...]})")
    p.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from bot.cli import UsageError
    from bot.engine import Engine

    engine = Engine.load(args.data)
    known = set(engine.model.intents) | set(EXTRA_INTENTS)
    try:
        examples = load_examples(Path(args.file), known)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    results = [Result(ex, engine.understand(ex.text, {}).intent) for ex in examples]
    report(results, args.file, sys.stdout, verbose=args.verbose)
    return 0


def load_examples(path: Path, known: set[str] | None = None) -> list[Example]:
    """The labelled examples of a file; ValueError (naming the file and the problem) if unusable."""
    import yaml

    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValueError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: cannot read it ({exc.__class__.__name__})") from None
    try:
        doc: Any = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise ValueError(f"{path}: not valid YAML{where}") from None
    if isinstance(doc, dict) and "examples" in doc:
        doc = doc["examples"]
    if not isinstance(doc, list) or not doc:
        raise ValueError(f"{path}: expected a list of {{q: MESSAGE, intent: NAME}} (or a mapping with `examples`)")
    out: list[Example] = []
    for n, item in enumerate(doc, start=1):
        if not isinstance(item, dict) or not isinstance(item.get("q"), str) or not isinstance(item.get("intent"), str):
            shown = repr(item)[:120]
            raise ValueError(f"{path}: example {n} is not {{q: MESSAGE, intent: NAME}} with text values: {shown}")
        if known is not None and item["intent"] not in known:
            raise ValueError(f"{path}: example {n} ({item['q']!r}) has unknown intent {item['intent']!r}; "
                             f"known: {', '.join(sorted(known))}")
        out.append(Example(item["q"], item["intent"]))
    return out


def report(results: list[Result], name: str, out: TextIO, *, verbose: bool = False, top: int = 10) -> None:
    total = len(results)
    correct = sum(r.ok for r in results)
    out.write(f"{name}: {total} examples, {correct} correct, accuracy {_pct(correct, total)}\n\n")
    by_intent: dict[str, list[Result]] = {}
    for r in results:
        by_intent.setdefault(r.example.intent, []).append(r)
    width = max([len("intent"), *(len(k) for k in by_intent)])
    out.write(f"{'intent':<{width}}  {'count':>5}  {'correct':>7}  {'%':>6}\n")
    for intent in sorted(by_intent, key=lambda k: (-len(by_intent[k]), k)):
        rs = by_intent[intent]
        ok = sum(r.ok for r in rs)
        out.write(f"{intent:<{width}}  {len(rs):>5}  {ok:>7}  {_pct(ok, len(rs)):>6}\n")
    confused = Counter((r.example.intent, r.got) for r in results if not r.ok)
    out.write("\nmost confused (expected → got):\n")
    if not confused:
        out.write("  none\n")
    for (expected, got), count in confused.most_common(top):
        out.write(f"  {expected} → {got}: {count}\n")
    if verbose:
        misses = [r for r in results if not r.ok]
        out.write(f"\nmisses ({len(misses)}):\n")
        for r in misses:
            out.write(f"  {r.example.text!r}: expected {r.example.intent}, got {r.got}\n")


def _pct(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:.1f}%" if whole else "n/a"
