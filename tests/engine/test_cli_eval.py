"""`citybot eval FILE [-v]`: accuracy per intent, the most-confused pairs, and clear errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.cli import main

EVAL_FILE = Path(__file__).resolve().parents[2] / "data" / "nlu" / "eval.yaml"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["eval", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_project_eval_file_scores_well(capsys):
    code, out, err = run(capsys, str(EVAL_FILE))
    assert code == 0 and not err
    m = re.search(r"(\d+) examples, (\d+) correct, accuracy ([\d.]+)%", out)
    assert m, out
    total, correct, pct = int(m.group(1)), int(m.group(2)), float(m.group(3))
    assert total >= 150
    assert pct >= 90.0, out
    assert correct <= total
    for intent in ("rank", "top", "position", "member", "compare", "country", "group", "profile", "meta_who",
                   "greeting", "help", "thanks", "out_of_scope", "nonsense"):
        assert re.search(rf"^{intent}\s+\d+\s+\d+\s+[\d.]+%$", out, re.MULTILINE), intent
    assert "most confused (expected → got):" in out


def test_misses_and_confusions_are_shown(tmp_path, capsys):
    path = tmp_path / "labels.yaml"
    path.write_text('- {q: "where does Shanghai rank", intent: rank}\n'
                    '- {q: "top 3", intent: compare}\n'
                    '- {q: "top 5", intent: compare}\n'
                    '- {q: "hi", intent: greeting}\n', encoding="utf-8")
    code, out, _ = run(capsys, str(path), "-v")
    assert code == 0
    assert "4 examples, 2 correct, accuracy 50.0%" in out
    assert re.search(r"^compare\s+2\s+0\s+0\.0%$", out, re.MULTILINE)
    assert "  compare → top: 2" in out
    assert "'top 3': expected compare, got top" in out


def test_without_verbose_misses_are_not_listed(tmp_path, capsys):
    path = tmp_path / "labels.yaml"
    path.write_text('examples:\n  - {q: "top 3", intent: compare}\n', encoding="utf-8")
    code, out, _ = run(capsys, str(path))
    assert code == 0
    assert "expected compare" not in out
    assert "compare → top: 1" in out


@pytest.mark.parametrize(("content", "problem"), [
    (None, "file not found"),
    ("- {q: [unclosed", "not valid YAML"),
    ("just a string", "expected a list"),
    ("[]", "expected a list"),
    ("- {q: top 3}", "example 1 is not"),
    ("- {q: top 3, intent: [rank]}", "example 1 is not"),
    ('- {q: "hi", intent: greeting}\n- {q: "top 3", intent: rnak}', "example 2 ('top 3') has unknown intent 'rnak'"),
])
def test_a_missing_or_malformed_file_exits_2_with_one_line(tmp_path, capsys, content, problem):
    path = tmp_path / "labels.yaml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, str(path))
    assert code == 2
    assert not out
    assert err.count("\n") == 1, err
    assert str(path) in err and problem in err
