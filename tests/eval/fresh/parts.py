"""The fresh set's three parts. A and B are the files written first (fr_<topic>.yaml): a case is in A when md5 of
its chat id (for conversations, "fr-…") or of its question, read as a number, is 0-3 modulo 10, so a
conversation stays in one part; the rest is B. C is the files written afterwards (fr_c_<topic>.yaml), split
the same way: C1 (0-2 modulo 10, about 30 %) and C2. A's failures were read to tune the bot, then B's, then
C1's (its blind rate was measured first: 88.7 % for the whole of C); C2 stays blind. D is the files written
blind on 2026-12-04 (fr_d_<topic>.yaml), split like C: D1 (0-2 modulo 10) may be read later, D2 stays blind. E is the
files written blind on 2026-12-06 after D1 had been read (fr_e_<topic>.yaml), split the same way: E1 and E2 (blind).

    python tests/eval/fresh/parts.py        # the pass rate of each part, by category

It prints rates only: C2's, D2's and E2's failures are never to be read.
"""

from __future__ import annotations

import hashlib
import io
import sys
from pathlib import Path

from bot.acceptance import Case, cases_of
from bot.cli_answer import load_engine
from bot.cli_eval import eval_words, expand, grade_cases, read_doc, report_cases

HERE = Path(__file__).resolve().parent


def part(case: Case) -> str:
    key = case.chat if case.chat.startswith("fr-") else case.q
    bucket = int(hashlib.md5(key.encode("utf-8")).hexdigest(), 16) % 10
    name = Path(case.where.split("#")[0]).name
    if name.startswith("fr_e_"):
        return "E1" if bucket < 3 else "E2"
    if name.startswith("fr_d_"):
        return "D1" if bucket < 3 else "D2"
    if name.startswith("fr_c_"):
        return "C1" if bucket < 3 else "C2"
    return "A" if bucket < 4 else "B"


def main() -> int:
    cases = [c for p in expand([str(HERE)]) for c in cases_of(read_doc(p), p)]
    engine = load_engine(None)
    for name in ("A", "B", "C1", "C2", "D1", "D2", "E1", "E2"):
        some = [c for c in cases if part(c) == name]
        if not some:
            sys.stdout.write(f"== part {name}: no cases\n")
            continue
        out = io.StringIO()
        report_cases(grade_cases(engine, some), out, summary=True,
                     words=eval_words(engine))
        sys.stdout.write(f"== part {name}\n{out.getvalue()}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
