"""`citybot eval` on files of cases in the acceptance format: graded in-process as the checker grades
them through `ask --jsonl`, failures shown as the checker shows them, pass rates per category, tag and file."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main

ACCEPTANCE = Path(__file__).resolve().parent / "acceptance"
QUESTIONS = ACCEPTANCE / "questions.yaml"

CASES = """\
- q: where does Shanghai rank?
  chat: s
  must: ['Shanghai', '\\b8th\\b']
  tags: [rank]
- q: and in education?
  chat: s
  must: ['education']
  must_not: ['8th in education']
  tags: [rank, follow-up]
- q: where does Shanghai rank?
  must: ['\\b1st\\b']
  tags: [rank, wrong-on-purpose]
- q: top 3
  order: ['Beijing', 'Boston']
  tags: [top]
- q: 上海排第几
  must: ['上海', '8']
  tags: [zh]
"""


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["eval", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def score(out: str) -> tuple[int, int]:
    m = re.search(r"^eval: (\d+)/(\d+) passed \([\d.]+%\)$", out.strip().splitlines()[-1])
    assert m, out
    return int(m.group(1)), int(m.group(2))


def test_the_public_questions_all_pass_in_process(capsys):
    code, out, err = run(capsys, str(QUESTIONS), "--min", "1")
    assert (code, err) == (0, "")
    assert score(out) == (63, 63)
    assert "FAIL" not in out


def test_failures_are_shown_like_the_checker_and_rates_given_per_tag(tmp_path, capsys):
    cases = tmp_path / "mine.yaml"
    cases.write_text(CASES, encoding="utf-8")
    code, out, _ = run(capsys, str(cases))
    assert code == 0 and score(out) == (3, 5)
    assert "FAIL mine.yaml#3 [mine-2] 'where does Shanghai rank?'" in out
    assert "     -> missing /\\b1st\\b/" in out
    assert "FAIL mine.yaml#4 [mine-3] 'top 3'" in out and "-> order: 'Boston' not after position" in out
    assert "ok  " not in out
    rows = dict(re.findall(r"^(\S+)\s+(\d+/\d+)\s+[\d.]+%$", out, re.M))
    assert rows == {"rank": "2/3", "follow-up": "1/1", "wrong-on-purpose": "0/1", "top": "0/1", "zh": "1/1"}
    code, verbose, _ = run(capsys, str(cases), "-v")
    assert verbose.count("ok   mine.yaml#") == 3 and verbose.count("FAIL mine.yaml#") == 2


def test_a_held_out_set_is_measured_without_showing_a_failure(tmp_path, capsys):
    cases = tmp_path / "held_out.yaml"
    cases.write_text(CASES, encoding="utf-8")
    code, out, _ = run(capsys, str(cases), "--summary")
    assert code == 0 and score(out) == (3, 5)
    assert "FAIL" not in out and "where does Shanghai" not in out and "->" not in out
    rows = dict(re.findall(r"^(\S+)\s+(\d+/\d+)\s+[\d.]+%$", out, re.M))
    assert rows["rank"] == "2/3" and rows["wrong-on-purpose"] == "0/1"
    with pytest.raises(SystemExit):
        run(capsys, str(cases), "--summary", "-v")


def test_eval_agrees_with_the_checker_case_by_case(tmp_path, capsys):
    cases = tmp_path / "mine.yaml"
    cases.write_text(CASES, encoding="utf-8")
    _code, ours, _ = run(capsys, str(cases), str(QUESTIONS), "-v")
    proc = subprocess.run([sys.executable, str(ACCEPTANCE / "check.py"), str(cases), str(QUESTIONS), "-v",
                           "--cmd", f"{sys.executable} -m bot ask --jsonl"], capture_output=True, text=True,
                          timeout=300)
    theirs = proc.stdout

    def verdicts(text: str) -> list[str]:
        return re.findall(r"^(ok  |FAIL) (\S+#\d+)", text, re.M)

    assert verdicts(ours) == verdicts(theirs) and len(verdicts(ours)) == 68
    assert re.findall(r"-> .*", ours) == re.findall(r"-> .*", theirs)


def test_min_rate_sets_the_exit_status(tmp_path, capsys):
    cases = tmp_path / "mine.yaml"
    cases.write_text(CASES, encoding="utf-8")
    assert run(capsys, str(cases), "--min", "0.6")[0] == 0
    assert run(capsys, str(cases), "--min", "0.61")[0] == 1
    assert run(capsys, str(cases), "--min", "61%")[0] == 1


def test_a_folder_stands_for_its_yaml_files(tmp_path, capsys):
    folder = tmp_path / "eval"
    (folder / "more").mkdir(parents=True)
    (folder / "a.yaml").write_text(CASES, encoding="utf-8")
    (folder / "more" / "b.yaml").write_text("- q: top 3\n  order: [Boston, Beijing]\n  tags: [top]\n",
                                            encoding="utf-8")
    (folder / "notes.txt").write_text("not a case file", encoding="utf-8")
    code, out, _ = run(capsys, str(folder))
    assert code == 0 and score(out) == (4, 6)
    assert re.search(r"^top\s+1/2\s+50\.0%$", out, re.M)


@pytest.mark.parametrize(("content", "problem"), [
    ("- q: top 3\n  must: ['(unclosed']\n", "case 1 ('top 3'): `must` has an invalid regex /(unclosed/"),
    ("- q: top 3\n  must: [Boston]\n- q: top 5\n  tags: [x]\n", "case 2 ('top 5') checks nothing"),
    ("- q: top 3\n  must: [Boston]\n  muts: [x]\n", "unknown field 'muts'"),
    ("- q: top 3\n  must: [Boston]\n- [not, a, case]\n", "case 2 is not a mapping with a text `q`"),
])
def test_a_bad_case_file_exits_2_with_one_line(tmp_path, capsys, content, problem):
    path = tmp_path / "cases.yaml"
    path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, str(path))
    assert code == 2 and not out
    assert err.count("\n") == 1 and str(path) in err and problem in err, err


def test_an_empty_folder_is_one_line(tmp_path, capsys):
    code, _out, err = run(capsys, str(tmp_path))
    assert code == 2 and "no .yaml files" in err and err.count("\n") == 1
