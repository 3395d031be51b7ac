"""The public acceptance questions (tests/acceptance/questions.yaml), graded by their checker through the
`citybot ask --jsonl` contract, as a script outside the project would run them: every one must pass."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ACCEPTANCE = Path(__file__).resolve().parent / "acceptance"
CHECKER = ACCEPTANCE / "check.py"
QUESTIONS = ACCEPTANCE / "questions.yaml"


def run_checker(*args: str) -> tuple[int, int, str]:
    cmd = f"{sys.executable} -m bot ask --jsonl"
    proc = subprocess.run([sys.executable, str(CHECKER), *args, "--cmd", cmd], capture_output=True, text=True,
                          timeout=300)
    m = re.search(r"acceptance: (\d+)/(\d+) passed", proc.stdout)
    assert m, proc.stdout + proc.stderr
    return int(m.group(1)), int(m.group(2)), proc.stdout


def test_every_public_acceptance_question_passes() -> None:
    passed, total, out = run_checker(str(QUESTIONS), "--min", "1.0")
    assert total == 63, out  # the public set as published
    assert passed == total, out


def test_the_checker_reports_a_failing_case(tmp_path: Path) -> None:
    """The checker can fail: a case no honest reply passes is counted as failed and shown."""
    cases = tmp_path / "wrong.yaml"
    cases.write_text("- q: where does Shanghai rank?\n  must: ['\\b1st\\b']\n", encoding="utf-8")
    passed, total, out = run_checker(str(cases))
    assert (passed, total) == (0, 1)
    assert "FAIL wrong.yaml#1" in out and "missing /\\b1st\\b/" in out
