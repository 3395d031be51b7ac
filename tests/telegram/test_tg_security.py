"""Security: data files are never executed, operator commands check the user id, the token
never reaches a reply, state files are private."""

from __future__ import annotations

import argparse
import ast
import os
import stat
from pathlib import Path

import pytest
from fake_bot_api import BOT_USERNAME, FakeBotApi
from tg_support import TOKEN

from bot.telegram.config import parse_admins

ROOT = Path(__file__).resolve().parents[2]
ADMIN, STRANGER = 5150, 5151
GROUP = -100515


# --- data files are data ---------------------------------------------------------------------

def _calls(tree: ast.AST) -> list[tuple[str, ast.Call]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                name = f"{func.value.id}.{func.attr}"
            else:
                name = func.id if isinstance(func, ast.Name) else ""
            found.append((name, node))
    return found


def test_no_source_file_executes_data() -> None:
    """Every YAML read is a safe load, nothing is eval'd or exec'd, nothing unpickled by hand."""
    offenders = []
    for path in sorted([*(ROOT / "bot").rglob("*.py"), *(ROOT / "index_core").rglob("*.py")]):
        for name, call in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{path.relative_to(ROOT)}:{call.lineno}"
            if name in ("eval", "exec", "pickle.load", "pickle.loads", "marshal.loads", "yaml.unsafe_load",
                        "yaml.full_load", "yaml.load_all", "os.system"):
                offenders.append(f"{where} {name}")
            elif name == "yaml.load":
                loader = next((k.value for k in call.keywords if k.arg == "Loader"), None)
                if not (isinstance(loader, ast.Name) and loader.id == "_Loader"):
                    offenders.append(f"{where} yaml.load without the safe loader")
    assert offenders == []


def test_the_data_loader_refuses_python_tags(tmp_path: Path) -> None:
    import yaml

    from index_core.load import _Loader, read_yaml

    assert issubclass(_Loader, yaml.SafeLoader) or _Loader.__mro__[1].__name__ == "CSafeLoader"
    marker = tmp_path / "pwned"
    evil = tmp_path / "evil.yaml"
    evil.write_text(f'x: !!python/object/apply:os.system ["touch {marker}"]\n', encoding="utf-8")
    with pytest.raises(Exception):  # noqa: B017 - whichever error: it must not run
        read_yaml(evil)
    assert not marker.exists()


# --- operator commands -------------------------------------------------------------------------

def test_admin_ids_are_parsed_strictly() -> None:
    assert parse_admins("") == frozenset()
    assert parse_admins("5150, 42 7") == {5150, 42, 7}
    for bad in ("alice", "5150;42", "@admin"):
        with pytest.raises(ValueError):
            parse_admins(bad)


def test_admins_come_from_the_environment_and_the_flag(monkeypatch, capsys, tmp_path) -> None:
    from bot.telegram.cli_run import add_run_parser, settings_from_args

    parser = argparse.ArgumentParser(prog="citybot")
    add_run_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["run", "--admin", "7", "--persistence", str(tmp_path / "s")])
    args.data = None
    monkeypatch.setenv("CITYBOT_ADMINS", "5150,42")
    assert settings_from_args(args, "t").admins == {5150, 42, 7}
    monkeypatch.setenv("CITYBOT_ADMINS", "root")
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    assert args.func(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "CITYBOT_ADMINS" in err


async def test_stats_answers_the_operator_only_in_private(api: FakeBotApi, start_bot, engine) -> None:
    await start_bot(admins=frozenset({ADMIN}))
    api.push_message("/stats", chat_id=ADMIN)
    api.push_message("/stats", chat_id=STRANGER)
    api.push_message(f"/stats@{BOT_USERNAME}", chat_id=GROUP, chat_type="supergroup",
                     user=api.user(user_id=ADMIN))
    calls = await api.wait_for("sendMessage", 3)
    by_chat = {c.params["chat_id"]: c.params["text"] for c in calls}
    assert by_chat[ADMIN].startswith("<b>citybot status</b>") and "uptime" in by_chat[ADMIN]
    assert by_chat[STRANGER] == "<b>answer</b> to: /stats"  # anyone else: an ordinary question
    assert by_chat[GROUP] == "<b>answer</b> to: /stats"  # the operator in a group: no status
    assert engine.texts == ["/stats", "/stats"]
    assert TOKEN not in by_chat[ADMIN]


# --- the token, state files ----------------------------------------------------------------------

async def test_an_error_mentioning_the_token_never_reaches_the_chat(api: FakeBotApi, start_bot, engine,
                                                                   monkeypatch) -> None:
    def leaky(text, state=None, *, now=None):
        raise RuntimeError(f"cannot reach https://api.telegram.org/bot{TOKEN}/sendMessage")

    monkeypatch.setattr(engine, "answer", leaky)
    await start_bot()
    api.push_message("hello", chat_id=5152)
    [call] = await api.wait_for("sendMessage")
    assert "Sorry" in call.params["text"] and TOKEN not in call.params["text"]


async def test_state_and_journal_files_are_private(api: FakeBotApi, make_settings, engine) -> None:
    from bot.telegram.app import build_application, serving

    settings = make_settings()
    async with serving(build_application(settings, engine)):
        api.push_message("hello", chat_id=5153)
        await api.wait_for("sendMessage")
    for path in (settings.persistence_path, settings.journal_path):
        assert path is not None and path.exists()
        assert stat.S_IMODE(os.stat(path).st_mode) & 0o077 == 0, path


async def test_an_unreadable_state_file_is_moved_aside_not_fatal(api: FakeBotApi, make_settings, engine) -> None:
    from bot.telegram.app import build_application, serving

    settings = make_settings()
    settings.persistence_path.write_bytes(b"\x80\x05garbage, cut short by a crash")
    async with serving(build_application(settings, engine)):
        api.push_message("hello", chat_id=5154)
        await api.wait_for("sendMessage")
    assert list(settings.persistence_path.parent.glob("state.json.unreadable-*"))
