"""`citybot card "QUESTION" -o FILE.png`."""

from __future__ import annotations

from card_support import NO_MISSING_GLYPHS, png_size

from bot.cli import main

pytestmark = NO_MISSING_GLYPHS


def test_writes_a_png(tmp_path, capsys):
    out = tmp_path / "card.png"
    assert main(["card", "top 3 education", "-o", str(out)]) == 0
    assert png_size(out.read_bytes())[0] == 1080
    assert "list card" in capsys.readouterr().out


def test_chinese_question_and_language_option(tmp_path):
    out = tmp_path / "cmp.png"
    assert main(["card", "北京 東京", "-o", str(out)]) == 0
    assert png_size(out.read_bytes())[0] == 1080
    assert main(["card", "shanghai", "--lang", "zh-Hans", "-o", str(out)]) == 0


def test_bad_input_exits_2_with_one_line(tmp_path, capsys):
    assert main(["card", "qwxzq", "-o", str(tmp_path / "x.png")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "qwxzq" in err
    assert not (tmp_path / "x.png").exists()
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
