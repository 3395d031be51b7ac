"""`citybot eval FILE|FOLDER ...`: grade the bot on files of questions, so whoever changes it sees what broke.

Cases are in the acceptance format (bot/acceptance.py: `q`, `chat`, `must`, `must_not`, `order`,
`tags`): each is answered in-process exactly as `citybot ask --jsonl` answers it (cases with the
same `chat` are one conversation, in file order) and graded as tests/acceptance/check.py grades it;
failures are printed like the checker prints them (`-v`: every case), then the pass rate per
category (a case's first tag), per other tag (zh, zh_hant, adversarial, …), per file and overall.
`--summary` prints the rates only, never a failure: a held-out set is measured without anyone reading
its failures. `--min RATE` makes a lower overall rate exit with status 1. The headings are phrases of
data/wording/cli.yaml.

A folder stands for every .yaml file under it (e.g. `citybot eval tests/eval`).
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from bot.acceptance import Case, cases_of, grade, is_case_file
from bot.errors import UsageError


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="grade the bot on YAML files of cases",
                       description=__doc__.split("\n\n")[0].split(": ", 1)[1])
    p.add_argument("files", nargs="+", metavar="FILE", help="YAML files, or folders of them")
    shown = p.add_mutually_exclusive_group()
    shown.add_argument("-v", "--verbose", action="store_true", help="print every case")
    shown.add_argument("--summary", action="store_true",
                       help="print the pass rates only, no failure (to measure a held-out set)")
    p.add_argument("--min", type=_rate, default=0.0, metavar="RATE",
                   help="exit with status 1 when the pass rate is below RATE (0 to 1)")
    p.set_defaults(func=run)


def _rate(text: str) -> float:
    try:
        value = float(text.rstrip("%")) / (100 if text.endswith("%") else 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a rate between 0 and 1, found {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a rate between 0 and 1, found {text!r}")
    return value


def run(args: argparse.Namespace) -> int:
    from bot.cli_answer import load_engine

    try:
        docs = [(path, read_doc(path)) for path in expand(args.files)]
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    engine = load_engine(args.data)
    try:
        for path, doc in docs:
            if not is_case_file(doc):
                raise ValueError(f"{path}: expected a list of cases ({{q: MESSAGE, must: [...], ...}})")
        cases = [case for path, doc in docs for case in cases_of(doc, path)]
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    started = time.perf_counter()
    graded = grade_cases(engine, cases)
    rate = report_cases(graded, sys.stdout, verbose=args.verbose, summary=args.summary,
                        seconds=time.perf_counter() - started, words=eval_words(engine))
    return 0 if rate >= args.min else 1


def eval_words(engine: Any) -> dict[str, str]:
    """The English headings and summary lines of data/wording/cli.yaml (`eval_*`)."""
    from bot.wording.phrases import Wording

    wording = Wording(engine.index.wording)
    return {key.removeprefix("eval_"): wording.text(key, "en") for key in EVAL_WORDS}


EVAL_WORDS = ("eval_category", "eval_also_tagged", "eval_file", "eval_passed", "eval_untagged", "eval_cases",
              "eval_result")


def _rate_of(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


# --- files -----------------------------------------------------------------------------------------

def expand(names: list[str]) -> list[Path]:
    """The files named, a folder standing for the .yaml/.yml files under it (sorted)."""
    paths: list[Path] = []
    for name in names:
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
            if not found:
                raise ValueError(f"{path}: no .yaml files in this folder")
            paths.extend(found)
        else:
            paths.append(path)
    return paths


def read_doc(path: Path) -> Any:
    """A YAML file's document; ValueError (naming the file and the problem) if it cannot be read."""
    import yaml

    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValueError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: cannot read it ({exc.__class__.__name__})") from None
    try:
        return yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise ValueError(f"{path}: not valid YAML{where}") from None


# --- cases (the acceptance format) -------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Graded:
    case: Case
    reply: str
    problems: tuple[str, ...]


def grade_cases(engine: Any, cases: list[Case]) -> list[Graded]:
    """Answer every case as `ask --jsonl` would (one stream, contexts per chat) and grade each reply."""
    import json

    from bot.cli_answer import parse_request, respond

    states: dict[str, dict[str, Any]] = {}
    graded = []
    for n, case in enumerate(cases, start=1):
        line = json.dumps({"chat": case.chat, "text": case.q}, ensure_ascii=False).encode("utf-8", "replace")
        record = respond(engine, states, parse_request(line, n), n)
        reply = record.get("reply") or ""
        graded.append(Graded(case, reply, tuple(grade(reply, case))))
    return graded


def report_cases(graded: list[Graded], out: TextIO, *, verbose: bool = False, summary: bool = False,
                 words: dict[str, str], seconds: float = 0.0) -> float:
    """Print failures (every case with `verbose`, none with `summary`) as the checker does, then pass
    rates per tag, per file and overall (the last line); returns the overall rate."""
    for g in graded:
        if not summary and (g.problems or verbose):
            mark = "FAIL" if g.problems else "ok  "
            out.write(f"{mark} {g.case.where} [{g.case.chat}] {g.case.q!r}\n")
            out.write("     " + g.reply.replace("\n", "\n     ") + "\n")
            for problem in g.problems:
                out.write(f"     -> {problem}\n")
    by_category: dict[str, list[Graded]] = {}
    by_tag: dict[str, list[Graded]] = {}
    by_file: dict[str, list[Graded]] = {}
    for g in graded:
        first, *others = g.case.tags or (words["untagged"],)
        by_category.setdefault(first, []).append(g)
        for tag in others:
            by_tag.setdefault(tag, []).append(g)
        by_file.setdefault(g.case.where.rsplit("#", 1)[0], []).append(g)
    if any(g.case.tags for g in graded):
        _table(out, words["category"], words["passed"], by_category)
    if by_tag:
        _table(out, words["also_tagged"], words["passed"], by_tag)
    if len(by_file) > 1 or not any(g.case.tags for g in graded):
        _table(out, words["file"], words["passed"], by_file)
    passed, n = sum(not g.problems for g in graded), len(graded)
    out.write(words["cases"].format(n=n, seconds=f"{seconds:.2f}") + "\n")
    out.write(words["result"].format(passed=passed, n=n, rate=f"{_rate_of(passed, n):.1%}") + "\n")
    return _rate_of(passed, n)


def _table(out: TextIO, title: str, passed: str, groups: dict[str, list[Graded]]) -> None:
    width = max(len(title), *(len(k) for k in groups))
    out.write(f"{title:<{width}}  {passed:>9}  {'%':>6}\n")
    for key in sorted(groups, key=lambda k: (_rate_of(sum(not g.problems for g in groups[k]), len(groups[k])), k)):
        rows = groups[key]
        ok = sum(not g.problems for g in rows)
        out.write(f"{key:<{width}}  {f'{ok}/{len(rows)}':>9}  {_pct(ok, len(rows)):>6}\n")
    out.write("\n")


def _pct(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:.1f}%" if whole else "n/a"
