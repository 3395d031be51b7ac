"""Where things live: the data an installed package carries, the index built with it, the cache, and
the state that must survive (never in the cache, which users delete freely)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from index_core import paths, store

ROOT = Path(__file__).resolve().parents[2]


def test_a_checkout_reads_its_top_level_data_folder():
    assert paths.CHECKOUT_DATA == ROOT / "data"
    assert (paths.PACKAGED_DATA if paths.PACKAGED_DATA.is_dir() else paths.CHECKOUT_DATA) == paths.PROJECT_DATA
    assert paths.data_dir() == paths.PROJECT_DATA.resolve()


@pytest.mark.parametrize(("env", "expected"), [
    ({}, "{home}/.local/state/citybot"),
    ({"XDG_STATE_HOME": "/srv/state"}, "/srv/state/citybot"),
    ({"XDG_STATE_HOME": "/srv/state", "CITYBOT_STATE_DIR": "/var/lib/citybot"}, "/var/lib/citybot"),
    ({"CITYBOT_STATE_DIR": "  "}, "{home}/.local/state/citybot"),
])
def test_state_lives_in_the_state_folder_not_the_cache(monkeypatch, tmp_path, env, expected):
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in ("XDG_STATE_HOME", "CITYBOT_STATE_DIR", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert paths.state_dir() == Path(expected.format(home=tmp_path))
    assert not paths.state_dir().exists()  # asking does not create it


def test_the_telegram_state_file_defaults_to_the_state_folder(monkeypatch, tmp_path):
    from bot.telegram.config import default_state_path

    monkeypatch.delenv("CITYBOT_STATE", raising=False)
    monkeypatch.setenv("CITYBOT_STATE_DIR", str(tmp_path / "state"))
    assert default_state_path() == tmp_path / "state" / "telegram-state.json"
    (tmp_path / "state").mkdir()
    (tmp_path / "state" / "telegram-state.pickle").write_bytes(b"")  # an earlier version's file, and no JSON yet
    assert default_state_path() == tmp_path / "state" / "telegram-state.pickle"
    monkeypatch.setenv("CITYBOT_STATE", str(tmp_path / "elsewhere.pickle"))
    assert default_state_path() == tmp_path / "elsewhere.pickle"


def test_the_watch_sees_any_data_file_edited_added_replaced_or_removed(data_copy):
    watch = paths.DataWatch(data_copy)
    assert not watch.changed()
    cities = data_copy / "cities.yaml"
    cities.write_text(cities.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert watch.changed() and not watch.changed()  # said once
    (data_copy / "language" / "new.yaml").write_text("a: b\n", encoding="utf-8")
    assert watch.changed()
    report = data_copy / "reports" / "set-2025" / "report.yaml"
    saved = report.with_name("report.yaml.swp")
    saved.write_bytes(report.read_bytes())
    saved.replace(report)  # as an editor saves: a new file put in place of the old
    assert watch.changed()
    (data_copy / "language" / "new.yaml").unlink()
    assert watch.changed()
    assert not watch.changed()


def test_a_look_at_the_data_costs_well_under_a_millisecond(data_copy):
    watch = paths.DataWatch(data_copy)
    looks = 500
    start = time.perf_counter()
    for _ in range(looks):
        watch.changed()
    assert (time.perf_counter() - start) / looks < 0.0005


def test_a_prebuilt_index_is_used_without_building(fixture_copy, isolated, tmp_path, monkeypatch):
    """As in an installed wheel: the index shipped beside the package answers; nothing is built or cached."""
    path, doc = store.build_index(fixture_copy, gazetteer=False)
    prebuilt = tmp_path / "prebuilt"
    prebuilt.mkdir()
    doc["marker"] = "shipped"
    (prebuilt / path.name).write_text(json.dumps(doc), encoding="utf-8")
    path.unlink()
    monkeypatch.setattr(store, "PREBUILT_DIR", prebuilt)
    monkeypatch.setattr(store, "build_document", lambda *a, **k: pytest.fail("built although prebuilt"))
    index = store.load_index(fixture_copy, gazetteer=False)
    assert index.default.id == "demo-2026" and index.data_dir == str(fixture_copy)
    assert not list(isolated.glob("*.json"))


def test_a_stale_prebuilt_index_is_not_served(fixture_copy, isolated, tmp_path, monkeypatch):
    path, doc = store.build_index(fixture_copy, gazetteer=False)
    prebuilt = tmp_path / "prebuilt"
    prebuilt.mkdir()
    (prebuilt / path.name).write_text(json.dumps({**doc, "key": "something-else"}), encoding="utf-8")
    path.unlink()
    monkeypatch.setattr(store, "PREBUILT_DIR", prebuilt)
    store.load_index(fixture_copy, gazetteer=False)
    assert [p.name for p in isolated.glob("*.json")] == [path.name]  # rebuilt into the cache


def test_building_without_the_build_tools_is_one_clear_line(fixture_copy, isolated):
    code = ("import sys; sys.modules['pandas'] = None\n"
            "from bot.cli import main\nsys.exit(main(['--data', sys.argv[1], 'ask', 'top 3']))")
    proc = subprocess.run([sys.executable, "-c", code, str(fixture_copy)], capture_output=True, text=True,
                          cwd=ROOT, timeout=60, env={**__import__("os").environ, "CITYBOT_INDEX_DIR": str(isolated)})
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.strip() == ("citybot: building the index needs pandas, which is not installed "
                                   "(pip install 'citybot[build]' installs what building needs)")
