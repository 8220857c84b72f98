"""Keeps compiled regular expressions between runs of the command, to start faster.

The extractors hold a few hundred patterns, some of them long word lists. Python compiles a
pattern in pure Python (parse, then code generation) and cannot save the result, so every run
of ``newscheck`` paid 50-100 ms for it, a fifth of a short run (bench/startup.py). This module
stores each pattern's compiled program (a list of integers for the C matcher) in the user's
cache directory and hands the stored program straight to the C matcher on the next run.

Safety, since this uses the ``re`` package's internals:

- an entry is exactly what ``re``'s own compiler handed the C matcher for that pattern, kept
  as it was passed (a stand-in for the ``_sre`` module inside ``re._compiler`` records it),
  so nothing of ``re``'s logic is copied here for a later Python to make wrong;
- the file is keyed to the exact Python build and the matcher's ``MAGIC``; anything else,
  an unreadable or corrupt file, or a missing internal, and the cache is simply not used;
- it is installed only by the console entry point (``cli.entry.run``), never by importing the
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
        self._compiler = None
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
        A pattern not in the file is compiled by ``re`` itself, and what its compiler hands
        the C matcher is kept for the file: no second compilation, and no copy of ``re``'s
        logic that a later Python could make wrong.
        """
        import _sre
        from re import _compiler

        original = re._compile
        recorder = _Recorder(_sre)
        self._original = original
        self._compiler = _compiler
        _compiler._sre = recorder
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
            recorder.calls.clear()
            # re's own compiler, past re's in-process cache, so that it calls the matcher.
            compiled = _compiler.compile(pattern, key[1])
            served[key] = compiled
            if len(recorder.calls) == 1 and recorder.calls[0][0] == pattern:
                entry = _entry(recorder.calls[0][1:])
                if entry is not None:
                    self.entries[key] = entry
                    self.used.add(key)
                    self.added = True
            return compiled

        re._compile = compile_cached

    def uninstall(self) -> None:
        if self._original is not None:
            re._compile = self._original
            self._original = None
        if self._compiler is not None:
            import _sre

            self._compiler._sre = _sre
            self._compiler = None

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


class _Recorder:
    """Stands in for the ``_sre`` module inside ``re._compiler``: everything passes through,
    and the arguments of each ``compile`` call (the program ``re`` built) are kept."""

    def __init__(self, real) -> None:
        self._real = real
        self.calls: list[tuple] = []

    def __getattr__(self, name: str):
        return getattr(self._real, name)

    def compile(self, *args):
        self.calls.append(args)
        return self._real.compile(*args)


def _entry(arguments: tuple) -> Entry | None:
    """The arguments after the pattern, in the plain types the file can hold."""
    try:
        flags, code, groups, groupindex, indexgroup = arguments
        return (
            int(flags),
            [int(c) for c in code],
            int(groups),
            {str(k): int(v) for k, v in dict(groupindex).items()},
            tuple(indexgroup),
        )
    except (TypeError, ValueError):
        return None  # another Python's matcher takes other arguments: leave it uncached


def open_cache() -> RegexCache | None:
    """The cache for this Python, installed; None when turned off or not supported here."""
    try:
        directory = cache_dir()
        if directory is None:
            return None
        import _sre
        from re import _compiler

        if not (
            hasattr(_compiler, "_sre") and hasattr(_sre, "compile") and hasattr(re, "_compile")
        ):
            return None
        impl = sys.implementation
        version = ".".join(str(part) for part in sys.version_info[:3])
        cache = RegexCache(directory / f"regex-{impl.name}-{version}.marshal")
        cache.install()
        return cache
    except Exception:
        return None
