"""The public acceptance questions (../shared/acceptance), run through the `ask --jsonl` contract."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

CHECKER = Path(__file__).resolve().parents[2] / "shared" / "acceptance" / "check.py"


@pytest.mark.skipif(not CHECKER.exists(), reason="shared acceptance questions not beside the project")
def test_public_acceptance_questions_pass() -> None:
    cmd = f"{sys.executable} -m bot.cli ask --jsonl"
    proc = subprocess.run([sys.executable, str(CHECKER), "--cmd", cmd], capture_output=True, text=True,
                          timeout=300)
    m = re.search(r"acceptance: (\d+)/(\d+) passed", proc.stdout)
    assert m, proc.stdout + proc.stderr
    passed, total = int(m.group(1)), int(m.group(2))
    assert passed >= total - 1, proc.stdout
