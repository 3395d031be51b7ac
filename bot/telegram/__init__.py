"""The Telegram front end of citybot.

Importing this package must stay cheap and must not import python-telegram-bot: the
``citybot ask`` command shares the process with :mod:`bot.telegram.cli_run`. Only
:mod:`bot.telegram.app` and the modules it uses import :mod:`telegram`.
"""
