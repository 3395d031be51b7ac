"""`python -m bot`: the same as the `citybot` command."""

import sys

from bot.cli import main

sys.exit(main())
