"""The console script's regex cache: what it serves equals what ``re`` compiles, and any
trouble with its file costs only time."""

from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cli import regex_cache
from cli.regex_cache import RegexCache, open_cache
from tests.conftest import ROOT


def _library_patterns() -> list[re.Pattern]:
    """Every module-level compiled pattern of the library, the bulk of what the cache holds."""
    found = {}
    for name in (
        "checker.load",
        "checker.split",
        "checker.align",
        "checker.compare",
        "checker.internal",
        "checker.extract.dates",
        "checker.extract.numbers",
        "checker.extract.quotes",
        "checker.extract.common",
    ):
        module = importlib.import_module(name)
        for value in vars(module).values():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found[value.pattern, value.flags] = value
    return list(found.values())


@pytest.fixture
def cache_path(tmp_path):
    return tmp_path / "cache" / "regex.marshal"


def _compile_through(cache: RegexCache, patterns) -> list[re.Pattern]:
    cache.install()
    try:
        # re.compile is looked up at call time, as the library's modules do.
        return [re.compile(p.pattern, p.flags & ~re.UNICODE) for p in patterns]
    finally:
        cache.uninstall()


def test_patterns_served_from_the_file_equal_what_re_compiles(cache_path):
    patterns = _library_patterns()
    assert len(patterns) > 50
    first = RegexCache(cache_path)
    _compile_through(first, patterns)
    assert first.added
    first.save()
    assert cache_path.exists()

    second = RegexCache(cache_path)
    assert len(second.entries) >= len(patterns)
    served = _compile_through(second, patterns)
    assert not second.added  # every one came from the file
    for original, cached in zip(patterns, served, strict=True):
        # Pattern equality compares the compiled program, flags and source.
        assert cached == original, original.pattern[:80]
        assert cached.groupindex == original.groupindex
        assert cached.groups == original.groups


def test_a_served_pattern_matches_like_the_original(cache_path):
    source = r"(?P<day>\d{1,2})\s(?P<month>[A-Z][a-z]+)(?:\s(?P<year>\d{4}))?"
    first = RegexCache(cache_path)
    _compile_through(first, [re.compile(source)])
    first.save()
    second = RegexCache(cache_path)
    (served,) = _compile_through(second, [re.compile(source)])
    assert (source, 0) in second.used
    text = "on 2 September 2025 and 3 Oct"
    assert [m.groupdict() for m in served.finditer(text)] == [
        m.groupdict() for m in re.finditer(source, text)
    ]


def test_patterns_written_inline_are_cached_too(cache_path):
    """re.search(text_pattern, ...) and friends compile through the same path."""
    source = r"\b(?:rose|fell)\s(?:by\s)?\d+(?:\.\d+)?%"
    for expect_from_file in (False, True):
        cache = RegexCache(cache_path)
        cache.install()
        try:
            assert re.search(source, "Sales rose by 4.5% in May").group() == "rose by 4.5%"
            assert re.fullmatch(source, "fell 3%")
        finally:
            cache.uninstall()
        assert ((source, 0) in cache.entries) and (cache.added is not expect_from_file)
        cache.save()


def test_uninstall_gives_re_its_compiler_back(cache_path):
    before = re._compile
    cache = RegexCache(cache_path)
    cache.install()
    assert re._compile is not before
    cache.uninstall()
    assert re._compile is before


@pytest.mark.parametrize(
    "content", [b"", b"not marshal at all", b"\x00" * 64], ids=["empty", "text", "zeros"]
)
def test_a_damaged_file_is_ignored(cache_path, content):
    cache_path.parent.mkdir(parents=True)
    cache_path.write_bytes(content)
    cache = RegexCache(cache_path)
    assert cache.entries == {}
    (compiled,) = _compile_through(cache, [re.compile(r"\bfigure\s\d+")])
    assert compiled.search("see figure 12")


def test_a_file_from_another_python_is_ignored(cache_path):
    import marshal

    cache_path.parent.mkdir(parents=True)
    entry = (32, [1, 2, 3], 0, {}, (None,))
    cache_path.write_bytes(marshal.dumps(((1, "cpython", "2.0", 0, 4), {("x", 0): entry})))
    assert RegexCache(cache_path).entries == {}


def test_a_damaged_entry_is_compiled_afresh(cache_path):
    import marshal

    cache_path.parent.mkdir(parents=True)
    bad = (32, [999, 999, 999], 0, {}, (None,))  # the C matcher rejects this program
    cache_path.write_bytes(marshal.dumps((regex_cache._build_key(), {("ab+c", 0): bad})))
    cache = RegexCache(cache_path)
    (compiled,) = _compile_through(cache, [re.compile("ab+c")])
    assert compiled.fullmatch("abbbc")
    assert compiled == re.compile("ab+c")


def test_an_unwritable_place_costs_nothing(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    cache = RegexCache(blocker / "sub" / "regex.marshal")
    _compile_through(cache, [re.compile(r"x{2,3}")])
    assert cache.added
    cache.save()  # must not raise
    assert blocker.read_text() == "not a directory"


def test_it_can_be_turned_off_and_moved(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSCHECK_NO_CACHE", "1")
    assert regex_cache.cache_dir() is None
    assert open_cache() is None
    monkeypatch.delenv("NEWSCHECK_NO_CACHE")
    monkeypatch.setenv("NEWSCHECK_CACHE_DIR", str(tmp_path))
    assert regex_cache.cache_dir() == tmp_path


def test_the_command_gives_the_same_output_with_a_cold_and_a_warm_cache(tmp_path):
    env = {**os.environ, "NEWSCHECK_CACHE_DIR": str(tmp_path)}
    env.pop("NEWSCHECK_NO_CACHE", None)
    entry = "from cli.entry import run; run()"
    command = [sys.executable, "-c", entry, "compare", "seeds/", "--format", "json"]
    outputs, stamps = [], []
    for _ in range(2):
        done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env)
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout)
        (written,) = Path(tmp_path).glob("regex-*.marshal")
        stamps.append(written.stat().st_mtime_ns)
    assert outputs[0] == outputs[1]
    assert stamps[0] == stamps[1]  # a warm run that needs nothing new writes nothing
    env["NEWSCHECK_NO_CACHE"] = "1"
    uncached = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env)
    assert uncached.stdout == outputs[0]
    assert not list(Path(tmp_path).glob("*.tmp"))
