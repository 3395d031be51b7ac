"""`citybot card "QUESTION" -o FILE.png`: the card of the engine's answer to the question."""

from __future__ import annotations

import io

import pytest
from card_support import EDITIONS, NO_MISSING_GLYPHS, png_size
from PIL import Image

from bot.cli import main

pytestmark = NO_MISSING_GLYPHS


def test_writes_a_palette_png(tmp_path, capsys):
    out = tmp_path / "card.png"
    assert main(["card", "top 3 education", "-o", str(out)]) == 0
    assert png_size(out.read_bytes())[0] == 1080
    assert Image.open(io.BytesIO(out.read_bytes())).mode == "P"
    assert "list card" in capsys.readouterr().out


@pytest.mark.parametrize(("question", "kind"), [
    ("tell me about Shenzhen", "city card"),  # once: unknown city or list "tell"
    ("上海排第几", "city card"),
    ("北京 東京", "compare card"),
    ("compare beijing, tokyo, london and san francisco", "compare card"),
    ("which Chinese cities are in the top 10?", "list card"),
])
def test_the_card_of_any_answer_with_a_list_or_a_city(tmp_path, capsys, question, kind):
    out = tmp_path / "card.png"
    assert main(["card", question, "-o", str(out)]) == 0, capsys.readouterr().err
    assert png_size(out.read_bytes())[0] == 1080
    assert kind in capsys.readouterr().out


def test_language_option(tmp_path):
    out = tmp_path / "city.png"
    assert main(["card", "shanghai", "--lang", "zh-Hant", "-o", str(out)]) == 0
    assert png_size(out.read_bytes())[0] == 1080


def test_a_year_draws_that_edition(tmp_path, capsys):
    old, new = tmp_path / "2025.png", tmp_path / "2026.png"
    assert main(["--data", str(EDITIONS), "card", "top 3 in 2025", "-o", str(old)]) == 0
    assert main(["--data", str(EDITIONS), "card", "top 3", "-o", str(new)]) == 0
    assert old.read_bytes() != new.read_bytes()


@pytest.mark.parametrize("question", ["qwxzq", "hello", "who compiled the report?"])
def test_a_question_without_a_card_is_one_line_and_exit_2(tmp_path, capsys, question):
    assert main(["card", question, "-o", str(tmp_path / "x.png")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("citybot: card: no picture for") and question in err
    assert not (tmp_path / "x.png").exists()


def test_an_unwritable_file_is_one_line_and_exit_2(tmp_path, capsys):
    assert main(["card", "shanghai", "-o", str(tmp_path / "missing" / "x.png")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot write" in err


def test_as_a_module_too(tmp_path):
    """`python -m bot.cli card …`: bad input is still one line and exit 2, never a traceback."""
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "bot.cli", "card", "qwxzq", "-o", str(tmp_path / "x.png")],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
