#!/usr/bin/env python3
"""Grade the bot's replies against a YAML file of questions.

Usage (from the project's root, with the project installed):
    python tests/acceptance/check.py [CASES.yaml ...] [--cmd "citybot ask --jsonl"] [--min 0.95] [-v]

Without CASES it grades questions.yaml beside this file. `citybot eval CASES.yaml` grades the same
files in-process, with pass rates per tag.

Each case in a CASES file:
    - q: "where does Shanghai rank?"       # the message, as a user would type it
      chat: c1                            # optional: cases with the same chat share context, in file order
      must: ['Shanghai', '\\b8(th)?\\b']   # every regex must match the reply (case-insensitive)
      must_not: ['\\b7th\\b']              # no regex may match the reply
      order: ['Boston', 'London']          # optional: these must appear in the reply in this order

All requests go to one process through the `ask --jsonl` contract (docs/CONTRACT.md).
The last line printed is the score.
"""
from __future__ import annotations

import argparse
import json
import re
import shlex
import subprocess
import sys
import time
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent


def load_cases(paths: list[Path]) -> list[dict]:
    cases: list[dict] = []
    for path in paths:
        for i, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")) or []):
            case = dict(case)
            case["_where"] = f"{path.name}#{i + 1}"
            case.setdefault("chat", f"{path.stem}-{i}")
            cases.append(case)
    return cases


def grade(reply: str, case: dict) -> list[str]:
    problems = []
    for pat in case.get("must", []) or []:
        if not re.search(pat, reply, re.I | re.M):
            problems.append(f"missing /{pat}/")
    for pat in case.get("must_not", []) or []:
        if re.search(pat, reply, re.I | re.M):
            problems.append(f"forbidden /{pat}/")
    order = case.get("order") or []
    if order:
        pos = -1
        for word in order:
            m = re.compile(re.escape(word), re.I).search(reply, pos + 1)
            if not m:
                problems.append(f"order: {word!r} not after position {pos}")
                break
            pos = m.start()
    return problems


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", type=Path, default=[HERE / "questions.yaml"])
    ap.add_argument("--cmd", default="citybot ask --jsonl")
    ap.add_argument("--min", type=float, default=0.0, help="fail (exit 1) below this pass rate")
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every reply")
    args = ap.parse_args()

    cases = load_cases(args.files)
    stdin = "".join(json.dumps({"chat": str(c["chat"]), "text": c["q"]}, ensure_ascii=False) + "\n" for c in cases)
    started = time.perf_counter()
    try:
        proc = subprocess.run(shlex.split(args.cmd), input=stdin, capture_output=True, text=True,
                              encoding="utf-8", timeout=args.timeout)
    except (OSError, subprocess.TimeoutExpired) as exc:
        print(f"acceptance: could not run {args.cmd!r}: {exc}")
        print(f"acceptance: 0/{len(cases)} passed (0.0%)")
        return 1
    elapsed = time.perf_counter() - started
    lines = [ln for ln in proc.stdout.splitlines() if ln.strip()]
    if proc.returncode != 0 or len(lines) != len(cases):
        print(f"acceptance: {args.cmd!r} exited {proc.returncode} with {len(lines)} lines for {len(cases)} requests")
        print(proc.stderr[-2000:])
    passed = 0
    for i, case in enumerate(cases):
        try:
            reply = json.loads(lines[i])["reply"]
        except (IndexError, ValueError, KeyError, TypeError):
            reply = ""
        problems = grade(reply, case) if reply else ["no reply"]
        if not problems:
            passed += 1
        if problems or args.verbose:
            mark = "ok  " if not problems else "FAIL"
            print(f"{mark} {case['_where']} [{case['chat']}] {case['q']!r}")
            print("     " + reply.replace("\n", "\n     "))
            for p in problems:
                print(f"     -> {p}")
    rate = passed / len(cases) if cases else 0.0
    print(f"acceptance: {len(cases)} requests in {elapsed:.2f} s, one process")
    print(f"acceptance: {passed}/{len(cases)} passed ({rate:.1%})")
    return 0 if rate >= args.min else 1


if __name__ == "__main__":
    sys.exit(main())
