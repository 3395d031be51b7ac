"""The fresh set's two parts: A (about 40 %), whose failures were read once to tune the bot, and B (about 60 %),
which stays blind. A case is in A when md5 of its chat id (for conversations, "fr-…") or of its question, read
as a number, is 0-3 modulo 10, so a conversation stays in one part.

    python tests/eval/fresh/parts.py        # the pass rate of each part, by category

It prints rates only: B's failures are never to be read.
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
    return "A" if int(hashlib.md5(key.encode("utf-8")).hexdigest(), 16) % 10 < 4 else "B"


def main() -> int:
    cases = [c for p in expand([str(HERE)]) for c in cases_of(read_doc(p), p)]
    engine = load_engine(None)
    for name in "AB":
        out = io.StringIO()
        report_cases(grade_cases(engine, [c for c in cases if part(c) == name]), out, summary=True,
                     words=eval_words(engine))
        sys.stdout.write(f"== part {name}\n{out.getvalue()}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
