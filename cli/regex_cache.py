"""Keeps compiled regular expressions between runs of the command, to start faster.

The extractors hold a few hundred patterns, some of them long word lists. Python compiles a
pattern in pure Python (parse, then code generation) and cannot save the result, so every run
of ``newscheck`` paid 50-100 ms for it, a fifth of a short run (bench/startup.py). This module
stores each pattern's compiled program (a list of integers for the C matcher) in the user's
cache directory and hands the stored program straight to the C matcher on the next run.

Safety, since this uses the ``re`` package's internals:

- an entry is stored only if the pattern rebuilt from it compares equal to the one ``re``
  compiled itself (``Pattern`` equality compares the compiled program), so a change in those
  internals makes entries fail that check and go unstored rather than wrong;
- the file is keyed to the exact Python build and the matcher's ``MAGIC``; anything else,
  an unreadable or corrupt file, or a missing internal, and the cache is simply not used;
- it is installed only by the console entry point (:func:`run`), never by importing the
  library, and it never raises: a cache that fails costs time, not a run.

``NEWSCHECK_NO_CACHE=1`` turns it off; ``NEWSCHECK_CACHE_DIR`` moves it (default
``$XDG_CACHE_HOME/newscheck`` or ``~/.cache/newscheck``). Deleting the directory is always safe.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

_FORMAT = 1
# Past this many entries a save keeps only the patterns the run used, so the file cannot
# grow without bound as patterns change from release to release.
_MAX_ENTRIES = 4000

Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def cache_dir() -> Path | None:
    """Where the cache lives, or None when it is turned off."""
    if os.environ.get("NEWSCHECK_NO_CACHE"):
        return None
    chosen = os.environ.get("NEWSCHECK_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.environ.get("LOCALAPPDATA")
    return Path(base) / "newscheck" if base else Path.home() / ".cache" / "newscheck"


def _build_key() -> tuple:
    import _sre

    return (_FORMAT, sys.implementation.name, sys.version, _sre.MAGIC, _sre.CODESIZE)


class RegexCache:
    """Compiled pattern programs read from one file, served to ``re`` while installed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: dict[tuple[str, int], Entry] = {}
        self.used: set[tuple[str, int]] = set()
        self.added = False
        self._original: Callable | None = None
        try:
            header, entries = marshal.loads(path.read_bytes())
            if header == _build_key() and isinstance(entries, dict):
                self.entries = entries
        except (OSError, ValueError, EOFError, TypeError):
            pass  # no cache yet, or one from another Python: start empty

    def install(self) -> None:
        """Serve text patterns from the cache until :meth:`uninstall`.

        This replaces ``re._compile``, the function behind ``re.compile`` and the module-level
        ``re.search``/``re.fullmatch``/... alike, so patterns the library writes inline are
        cached too. Compiled patterns are kept for the process, as ``re`` keeps its own.
        """
        import _sre
        from re import _compiler, _parser

        original = re._compile
        self._original = original
        served: dict[tuple[str, int], re.Pattern] = {}

        def compile_cached(pattern, flags):
            if type(pattern) is not str:
                return original(pattern, flags)
            key = (pattern, int(flags))
            compiled = served.get(key)
            if compiled is not None:
                return compiled
            if key[1] & re.DEBUG or len(served) >= _MAX_ENTRIES:
                return original(pattern, flags)
            entry = self.entries.get(key)
            if entry is not None:
                try:
                    compiled = _sre.compile(pattern, *entry)
                except Exception:  # a damaged entry: compile afresh below
                    del self.entries[key]
                else:
                    self.used.add(key)
                    served[key] = compiled
                    return compiled
            compiled = original(pattern, flags)
            served[key] = compiled
            try:
                parsed = _parser.parse(pattern, key[1])
                code = [int(c) for c in _compiler._code(parsed, key[1])]
                groupindex = dict(parsed.state.groupdict)
                indexgroup: list[str | None] = [None] * parsed.state.groups
                for name, index in groupindex.items():
                    indexgroup[index] = name
                entry = (
                    key[1] | int(parsed.state.flags),
                    code,
                    parsed.state.groups - 1,
                    groupindex,
                    tuple(indexgroup),
                )
                if _sre.compile(pattern, *entry) == compiled:
                    self.entries[key] = entry
                    self.used.add(key)
                    self.added = True
            except Exception:
                pass  # internals differ from what this expects: leave this pattern uncached
            return compiled

        re._compile = compile_cached

    def uninstall(self) -> None:
        if self._original is not None:
            re._compile = self._original
            self._original = None

    def save(self) -> None:
        """Write the file if this run compiled a pattern it lacked; atomic, errors ignored."""
        if not self.added:
            return
        entries = self.entries
        if len(entries) > _MAX_ENTRIES:
            entries = {key: entries[key] for key in self.used}
        try:
            import tempfile  # only when writing: it costs start-up time to import

            data = marshal.dumps((_build_key(), entries))
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as stream:
                    stream.write(data)
                os.replace(temporary, self.path)
            except BaseException:
                os.unlink(temporary)
                raise
        except (OSError, ValueError):
            pass  # a read-only home or a full disk: the next run compiles again


def open_cache() -> RegexCache | None:
    """The cache for this Python, installed; None when turned off or not supported here."""
    try:
        directory = cache_dir()
        if directory is None:
            return None
        import _sre
        from re import _compiler, _parser

        if not all(
            hasattr(module, name)
            for module, name in (
                (_sre, "compile"),
                (_compiler, "_code"),
                (_parser, "parse"),
                (re, "_compile"),
            )
        ):
            return None
        impl = sys.implementation
        version = ".".join(str(part) for part in sys.version_info[:3])
        cache = RegexCache(directory / f"regex-{impl.name}-{version}.marshal")
        cache.install()
        return cache
    except Exception:
        return None
