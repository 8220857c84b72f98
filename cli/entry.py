"""The ``newscheck`` console script: the regex cache first, then the command.

The cache must be in place before the library is imported, because its modules compile
their patterns at import time; that is why this is a module of its own rather than
``cli.main``, which imports the library at the top.
"""

from __future__ import annotations


def run() -> None:
    from cli.regex_cache import open_cache

    cache = open_cache()
    try:
        from cli.main import run as run_command

        run_command()  # always ends in SystemExit with the command's exit code
    finally:
        if cache is not None:
            cache.uninstall()
            cache.save()
