"""A data file that would cost hours (a YAML alias bomb) or never finish (an alias inside itself) is
refused at once, with the usual one line naming the file."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from index_core.errors import DataError
from index_core.load import MAX_YAML_VALUES, load_data, read_yaml

ROOT = Path(__file__).resolve().parents[2]
BOMB = "".join(
    [f"a: &a {['lol'] * 9}\n".replace("'", '"')]
    + [f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi", strict=True)])


def _lexicon_with(data: Path, extra: str) -> Path:
    path = data / "language" / "lexicon.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n" + extra, encoding="utf-8")
    return path


def test_an_alias_bomb_is_refused_fast(data_copy):
    path = _lexicon_with(data_copy, "bomb:\n" + "".join("  " + line + "\n" for line in BOMB.splitlines()))
    assert len(BOMB) < 500  # 9**9, about 390 million values once expanded
    started = time.perf_counter()
    with pytest.raises(DataError) as raised:
        load_data(data_copy)
    assert time.perf_counter() - started < 2.0
    err = raised.value
    assert err.file == str(path) and "aliases" in err.what and f"{MAX_YAML_VALUES:,}" in err.what
    assert "\n" not in str(err)


@pytest.mark.parametrize("recursive", ["loop: &x [*x]\n", "loop: &x {again: *x}\n", "loop: &x [1, [2, *x]]\n"])
def test_a_recursive_alias_is_refused(data_copy, recursive):
    path = _lexicon_with(data_copy, recursive)
    with pytest.raises(DataError) as raised:
        load_data(data_copy)
    assert raised.value.file == str(path) and "recursive alias" in raised.value.what
    assert raised.value.where.startswith("line ")


def test_ordinary_aliases_still_work(tmp_path):
    path = tmp_path / "ok.yaml"
    path.write_text("base: &base {en: London}\ncopy: *base\nmore: [*base, *base]\n", encoding="utf-8")
    assert read_yaml(path) == {"base": {"en": "London"}, "copy": {"en": "London"},
                               "more": [{"en": "London"}, {"en": "London"}]}


def test_the_command_line_says_it_in_one_line(data_copy, isolated):
    _lexicon_with(data_copy, "bomb:\n" + "".join("  " + line + "\n" for line in BOMB.splitlines()))
    proc = subprocess.run([sys.executable, "-m", "bot", "--data", str(data_copy), "build-index", "--no-gazetteer"],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 2 and proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"citybot: bad data: {data_copy / 'language' / 'lexicon.yaml'}: ")
