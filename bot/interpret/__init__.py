"""The interpreter: a message in, the queries it asks out (interpreter.py says how)."""

from bot.interpret.base import Clause
from bot.interpret.interpreter import Interpreter, Understanding

__all__ = ["Clause", "Interpreter", "Understanding"]
