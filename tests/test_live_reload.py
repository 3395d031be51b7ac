"""Data reloaded while a program runs (bot/live.py): the new data answers, bad new data leaves the old
engine answering and says where the problem is, and a conversation carries over — unless it names a
city or list the new data no longer has, when it is dropped instead of failing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from frozen_data import frozen_copy

from bot.engine import Engine
from bot.live import LiveEngine, load_if_changed
from index_core.paths import index_dir

OVERALL = Path("reports") / "set-2025" / "overall.csv"


@pytest.fixture
def data(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("CITYBOT_INDEX_DIR", str(tmp_path / "index"))
    monkeypatch.setenv("CITYBOT_NO_GAZETTEER", "1")
    return frozen_copy(tmp_path / "data")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert re.search(old, text)
    path.write_text(re.sub(old, new, text), encoding="utf-8")


def first(engine: Engine) -> str:
    return engine.answer("who is first?", {}).text.split(".")[0]


def test_the_next_answer_comes_from_the_changed_data(data):
    live = LiveEngine(data)
    assert "Boston" in first(live.current()[0])
    edit(data / OVERALL, "1,boston\n2,san-francisco\n", "1,san-francisco\n2,boston\n")
    engine, outcome = live.current()
    assert outcome.engine is engine and "San Francisco" in first(engine)
    assert live.current() == (engine, outcome.__class__())  # nothing new: the same engine, nothing said


def test_bad_new_data_keeps_the_old_engine_and_names_the_file_and_place(data):
    live = LiveEngine(data)
    before = live.engine
    edit(data / "cities.yaml", r"country: JP", "country: XX")
    engine, outcome = live.current()
    assert engine is before and "Boston" in first(engine)
    assert outcome.problem.startswith(f"{data / 'cities.yaml'}: cities.tokyo.country: unknown country 'XX'")
    assert "\n" not in outcome.problem
    assert live.current()[1].problem == ""  # said once, tried again when the files change again


def test_a_touched_file_is_no_reload_and_builds_nothing(data):
    live = LiveEngine(data)
    built = sorted(index_dir().iterdir())
    (data / "cities.yaml").touch()
    engine, outcome = live.current()
    assert engine is live.engine and outcome.unchanged
    assert sorted(index_dir().iterdir()) == built


def test_a_missing_data_folder_is_a_problem_not_a_crash(data, tmp_path):
    outcome = load_if_changed(tmp_path / "nowhere", "some-key")
    assert outcome.engine is None and "nowhere" in outcome.problem


def test_a_conversation_carries_over_a_reload(data):
    before = Engine.load(data)
    state: dict = {}
    before.answer("where does Shanghai rank?", state)
    edit(data / OVERALL, "1,boston\n2,san-francisco\n", "1,san-francisco\n2,boston\n")
    after = Engine.load(data)
    assert after.answer("and who comes after it?", state).text.startswith("Right after Shanghai")


def test_a_conversation_about_a_city_the_new_data_lacks_is_dropped(data):
    before = Engine.load(data)
    state: dict = {}
    before.answer("where does Shanghai rank?", state)
    for name in ("cities.yaml", "reports/set-2025/report.yaml", OVERALL):
        edit(data / name, r"\bshanghai\b", "hu")  # the city's id changes: the old one is gone
    after = Engine.load(data)
    reply = after.answer("and who comes after it?", state)  # no error: answered as in a new chat
    assert reply.text == after.answer("and who comes after it?", {}).text
    assert after.answer("where does Shanghai rank?", state).text.startswith("Shanghai ranks 8th")


def test_the_bot_builds_apart_and_says_bad_data_the_same_way(data):
    """The bot's reload builds a new index in another process: same answers, same one-line problems."""
    key = Engine.load(data).index.key
    edit(data / "cities.yaml", r"country: JP", "country: XX")
    outcome = load_if_changed(data, key, build_apart=True)
    assert outcome.engine is None
    assert outcome.problem.startswith(f"{data / 'cities.yaml'}: cities.tokyo.country: unknown country 'XX'")
    edit(data / "cities.yaml", r"country: XX", "country: JP")
    edit(data / OVERALL, "1,boston\n2,san-francisco\n", "1,san-francisco\n2,boston\n")
    outcome = load_if_changed(data, key, build_apart=True)
    assert outcome.engine is not None and "San Francisco" in first(outcome.engine)
