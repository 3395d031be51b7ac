"""Start-up: the command menus and descriptions come from the wording data, are set only where
Telegram does not have them already, and say the report's year as its data gives it."""

from __future__ import annotations

from fake_bot_api import FakeBotApi, methods_called
from tg_support import FakeEngine

from bot.telegram.app import build_application, serving
from bot.telegram.menus import load_menus
from bot.telegram.words import report_year

SETTERS = ("setMyCommands", "setMyDescription", "setMyShortDescription")


async def test_a_restart_sets_no_menu_telegram_already_has(api: FakeBotApi, make_settings) -> None:
    settings = make_settings()
    async with serving(build_application(settings, FakeEngine())):
        pass  # the stop waits for the menus, set beside the first polls
    first = [m for m in methods_called(api.calls) if m in SETTERS]
    assert len(first) == 8  # 2 scopes x 2 languages, 2 descriptions x 2 languages
    before = len(api.calls)
    async with serving(build_application(settings, FakeEngine())):
        pass
    again = [m for m in methods_called(api.calls[before:]) if m in SETTERS]
    assert again == []


async def test_a_changed_description_is_set_again_and_only_it(api: FakeBotApi, make_settings) -> None:
    settings = make_settings()
    async with serving(build_application(settings, FakeEngine())):
        pass
    api.descriptions[("short_description", "zh")] = "someone changed it"
    before = len(api.calls)
    async with serving(build_application(settings, FakeEngine())):
        pass
    again = [c for c in api.calls[before:] if c.method in SETTERS]
    assert [(c.method, c.params.get("language_code")) for c in again] == [("setMyShortDescription", "zh")]
    assert api.descriptions[("short_description", "zh")] == load_menus().descriptions["zh"][1]


def test_descriptions_name_the_year_of_the_report_data() -> None:
    year = report_year()
    assert year.isdigit() and len(year) == 4
    for long, short in load_menus().descriptions.values():
        assert year in long and year in short
