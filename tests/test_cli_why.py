"""`citybot ask --why`: after the answer, the very sentences of the article it rests on."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass

import pytest

from bot.cli_why import explain
from bot.engine import Engine
from bot.reply import Button

CLI = [sys.executable, "-m", "bot"]
PARAGRAPH_4 = ("¶4 The top 10 innovation cities are Boston, San Francisco, Beijing, London, New York, Los Angeles, "
               "Seattle, Shanghai, Hong Kong and Tokyo.")


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load()


@dataclass(frozen=True)
class Cited:
    """A reply as the engine gives it once it names its sources (Reply.sources)."""

    text: str
    lang: str
    sources: tuple[str, ...]
    buttons: tuple = ()


def test_cited_paragraphs_are_printed_with_the_article_title(engine):
    why = explain(engine, Cited("Shanghai ranks 8th overall.", "en", ("xinhua ¶4",)))
    lines = why.split("\n")
    assert lines[0] == "Why: what this answer rests on"
    assert ('Xinhua, 25 January 2025: “Beijing, Shanghai, Hong Kong rank among top 10 innovation cities '
            'globally: report”') in lines
    assert PARAGRAPH_4 in lines
    assert not any(line.startswith(("¶5", "¶1 ")) for line in lines)


def test_in_chinese_the_translation_comes_with_the_original(engine):
    why = explain(engine, Cited("上海位列第8。", "zh-Hant", ("xinhua ¶4, ¶7",)))
    assert "¶4 全球十大創新城市為波士頓、舊金山、北京、倫敦、紐約、洛杉磯、西雅圖、上海、香港和東京。" in why
    assert "原文（英文）：The top 10 innovation cities are Boston" in why
    assert "¶7 在人才發展方面" in why and "¶5" not in why


def test_a_source_without_text_gives_its_citation_only(engine):
    why = explain(engine, Cited("…", "en", ("stdaily",)))
    assert "Science and Technology Daily, 25 January 2025" in why
    assert "citation only" in why and "¶" not in why


def test_without_sources_a_sourced_reply_falls_back_to_the_whole_article(engine):
    """An engine that does not name its sources yet: a reply with a Source button rests on the report's source."""
    reply = Cited("Shanghai ranks 8th overall.", "en", (), (Button("Source", "src"),))
    why = explain(engine, reply)
    assert "whole source" in why and PARAGRAPH_4 in why and "¶8 " in why


def test_a_reply_that_states_no_fact_rests_on_nothing(engine):
    why = explain(engine, Cited("Hello!", "en", (), (Button("top 3", "q:top 3"),)))
    assert why == "Why: this reply states no fact of the report, so it rests on no source."


def test_the_command_prints_the_answer_then_the_why():
    proc = subprocess.run([*CLI, "ask", "--why", "where does Tokyo rank?"], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    answer, _, why = proc.stdout.partition("\n\nWhy: ")
    assert "Tokyo ranks 10th" in answer and "Why" not in answer
    assert PARAGRAPH_4 in why


def test_a_data_copy_older_than_the_why_words_still_explains(tmp_path, monkeypatch):
    # an operator's copy of data/ made before wording/cli.yaml existed: the project's phrases fill the gap
    import shutil

    from index_core.paths import PROJECT_DATA

    data = tmp_path / "data"
    shutil.copytree(PROJECT_DATA, data)
    (data / "wording" / "cli.yaml").unlink()
    monkeypatch.setenv("CITYBOT_INDEX_DIR", str(tmp_path / "index"))
    proc = subprocess.run([*CLI, "--data", str(data), "ask", "--why", "where does Tokyo rank?"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "Why: what this answer rests on" in proc.stdout and PARAGRAPH_4 in proc.stdout
