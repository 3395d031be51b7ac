"""The bot on the project's own evaluation set (tests/eval/dev) and on the larger outside set
(tests/acceptance/more.yaml), graded in-process exactly as `citybot eval` grades them. The held-out
paraphrases (tests/eval/holdout) are measured with `citybot eval`, never asserted here: a test on
them would invite tuning on them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bot.acceptance import cases_of
from bot.cli_eval import eval_words, expand, grade_cases, read_doc, report_cases
from bot.engine import Engine

HERE = Path(__file__).resolve().parent
DEV = HERE / "dev"
MORE = HERE.parent / "acceptance" / "more.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load()


def _rate(engine: Engine, *paths: Path) -> tuple[float, str]:
    cases = [case for path in expand([str(p) for p in paths]) for case in cases_of(read_doc(path), path)]
    out = io.StringIO()
    rate = report_cases(grade_cases(engine, cases), out, words=eval_words(engine))
    return rate, out.getvalue()


def test_the_development_set_passes_at_99_percent(engine: Engine) -> None:
    rate, report = _rate(engine, DEV)
    assert rate >= 0.99, report


def test_the_outside_question_set_passes_at_99_percent(engine: Engine) -> None:
    rate, report = _rate(engine, MORE)
    assert rate >= 0.99, report
