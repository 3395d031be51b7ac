"""What people who deploy bots expect beside the code: a licence, a Dockerfile and a compose file that run
`citybot run` with the state on a volume, a systemd unit, each documented in the README. Docker has no
engine here, so the Dockerfile is parsed, not built; the unit is checked by systemd-analyze when present."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
STATE = "/var/lib/citybot"
DOCKER_INSTRUCTIONS = {"FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME",
                       "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL"}


def dockerfile(path: Path) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of each instruction: comments dropped, continuation lines joined."""
    out: list[tuple[str, str]] = []
    pending = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if pending and line.startswith("#"):
            continue
        pending += (" " if pending else "") + line.removesuffix("\\").strip()
        if line.endswith("\\"):
            continue
        word, _, args = pending.partition(" ")
        out.append((word.upper(), args.strip()))
        pending = ""
    assert not pending, f"{path}: a continuation line never ends"
    return out


def exec_form(args: str) -> list[str]:
    value = json.loads(args)
    assert isinstance(value, list) and all(isinstance(v, str) for v in value), args
    return value


def test_the_licence_is_mit_as_the_package_says():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "Copyright (c)" in text and "the citybot authors" in text
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT" and project["license-files"] == ["LICENSE"]


def test_the_dockerfile_runs_citybot_run_with_the_state_on_a_volume():
    steps = dockerfile(ROOT / "Dockerfile")
    assert {word for word, _ in steps} <= DOCKER_INSTRUCTIONS, steps
    stages = [i for i, (word, _) in enumerate(steps) if word == "FROM"]
    assert len(stages) == 2
    build, final = steps[stages[0]:stages[1]], steps[stages[1]:]
    assert any(word == "RUN" and "pip wheel" in args for word, args in build)  # the wheel carries data and index
    assert any(word == "COPY" and args.startswith("--from=") for word, args in final)
    final_args = {word: args for word, args in final}
    assert exec_form(final_args["ENTRYPOINT"]) + exec_form(final_args["CMD"]) == ["citybot", "run"]
    assert STATE in exec_form(final_args["VOLUME"])
    env = dict(shlex.split(part)[0].split("=", 1) for part in re.split(r"\s+(?=\w+=)", final_args["ENV"]))
    assert env["CITYBOT_STATE_DIR"] == STATE
    assert final_args["USER"] not in ("root", "0")
    assert final_args["STOPSIGNAL"] == "SIGTERM"
    assert "pandas" not in " ".join(args for _, args in final)  # answering needs no build tools
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert {".git", ".venv"} <= set(ignored)


def test_compose_runs_the_image_with_the_state_on_a_named_volume():
    doc = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
    service = doc["services"]["citybot"]
    assert service["build"] == "."
    assert service.get("command", ["run"]) == ["run"]  # after the image's ENTRYPOINT ["citybot"]
    volumes = [v.split(":") for v in service["volumes"]]
    assert [name for name, target in volumes if target == STATE] == ["citybot-state"]
    assert "citybot-state" in doc["volumes"]
    token = service["environment"]["TELEGRAM_BOT_TOKEN"]
    assert token.startswith("${TELEGRAM_BOT_TOKEN") and ":?" in token  # from the environment, required
    assert service["restart"] == "unless-stopped"


def unit(path: Path) -> dict[str, list[tuple[str, str]]]:
    sections: dict[str, list[tuple[str, str]]] = {}
    current = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), [])
            continue
        key, sep, value = line.partition("=")
        assert sep and current is not None, f"{path}: not key=value: {raw!r}"
        current.append((key.strip(), value.strip()))
    return sections


def test_the_systemd_unit_runs_citybot_run_with_its_state_directory():
    sections = unit(ROOT / "deploy" / "citybot.service")
    service = dict(sections["Service"])
    command = shlex.split(service["ExecStart"])
    assert Path(command[0]).name == "citybot" and command[1:] == ["run"]
    environment = dict(v.split("=", 1) for k, v in sections["Service"] if k == "Environment")
    assert environment["CITYBOT_STATE_DIR"] == "%S/citybot" and service["StateDirectory"] == "citybot"  # %S: /var/lib
    assert service["KillSignal"] == "SIGTERM" and service["Restart"] == "on-failure"
    assert service["ExecReload"] == "/bin/kill -HUP $MAINPID"  # systemctl reload: the data is loaded again
    assert service["RestartPreventExitStatus"] == "2"  # bad token, flags or data: a restart cannot help
    assert "TELEGRAM_BOT_TOKEN" not in (ROOT / "deploy" / "citybot.service").read_text().split("EnvironmentFile")[1]
    assert dict(sections["Install"])["WantedBy"] == "multi-user.target"


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_systemd_accepts_the_unit(tmp_path):
    citybot = Path(sys.executable).with_name("citybot")
    text = (ROOT / "deploy" / "citybot.service").read_text(encoding="utf-8")
    text = text.replace("/opt/citybot/bin/citybot", str(citybot)).replace("EnvironmentFile=/", "EnvironmentFile=-/")
    copy = tmp_path / "citybot.service"
    copy.write_text(text, encoding="utf-8")
    proc = subprocess.run(["systemd-analyze", "verify", str(copy)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and not proc.stderr.strip(), proc.stderr


def test_the_readme_documents_each_way_to_run_it():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for needle in ("docker build -t citybot .", "docker compose up -d", "compose.yaml", "deploy/citybot.service",
                   "/var/lib/citybot", "citybot --version", "python -m bot", "[LICENSE](LICENSE)",
                   "docs/KNOWLEDGE.md", "docs/CONTRACT.md", '"citybot[build]"'):
        assert needle in readme, needle


def test_the_readme_set_up_is_two_commands_and_ci_runs_its_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = readme.split("## Set up", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [line for line in setup.splitlines() if line.strip() and not line.startswith("#")]
    assert len(commands) == 2 and 'citybot ask "where does Shanghai rank?"' in commands[0]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").replace(" -q", "")
    assert all(step.strip() in ci for step in commands[1].split("&&")), commands[1]
