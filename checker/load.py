"""Stage 1: find, read, decode and repair articles. The only module that reads files."""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePath

from checker.models import Article, CheckerError, DateSource

HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = (".txt", ".md", ".jsonl", *HTML_SUFFIXES)
STDIN = "-"
# Bigger than any real article; refuse rather than spend minutes on a mistaken input.
MAX_ARTICLE_BYTES = 64 * 1024 * 1024

# ` date 2024-05-06 LAGOS: ...`: the header may share its line with the text.
_DATE_HEADER = re.compile(r"\A\s*date[ \t]*[:=]?[ \t]*(\d{4}-\d{2}-\d{2})\b[ \t]*\n?", re.I)
# A dateline: a place in capitals, optionally a comma part and an agency, then ':' or a dash.
# The comma part may be a region or a filing date ("LONDON, March 10 (Reuters) -").
_DATELINE = re.compile(
    r"\A[ \t]*([A-Z][A-Z'.\-]{2,}(?:[ \t]+[A-Z][A-Z'.\-]+){0,3}"
    r"(?:,[ \t]*[A-Z][A-Za-z.\-]{1,20}(?:[ \t]+[A-Z][A-Za-z.\-]{1,20}){0,2}"
    r"(?:[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)?)?"
    r"(?:[ \t]*\([A-Za-z .&'-]{1,40}\))?)[ \t]*(?::|—|–|--| -)[ \t]+"
)
# A byline paragraph: "By Lena Fairweather, Meridian Wire", then a blank line.
_BYLINE = re.compile(r"[ \t]{0,20}By[ \t]+[A-Z][^\n]{1,100}\n[ \t]{0,20}\n")
# A headline: one line of at most this many characters, then a blank line.
_HEADLINE = re.compile(r"[ \t]{0,20}[^\n]{1,200}\n[ \t]{0,20}\n")  # bounded: linear under search


_LONE_A_CIRCUMFLEX = re.compile(r"(?<![^\W\d_])Â(?=[ \u00a0])")


@dataclass(frozen=True, slots=True)
class LoadResult:
    """The articles read, and warnings about files skipped or repaired."""

    articles: tuple[Article, ...]
    warnings: tuple[str, ...]


def load_articles(paths: Sequence[str], published: dt.date | None = None) -> LoadResult:
    """Read every article named by ``paths`` (files, folders, or ``-`` for stdin).

    Raises CheckerError for input the user must fix (a missing path, nothing readable at all);
    files that cannot be used are skipped with a warning.
    """
    if not paths:
        raise CheckerError("no input: name one or more article files or folders, or - for stdin")
    warnings: list[str] = []
    named: list[str] = []
    for raw in paths:
        if raw == STDIN:
            named.append(STDIN)
            continue
        path = Path(raw)
        if not path.exists():
            raise CheckerError(f"{raw}: no such file or directory")
        if path.is_dir():
            found = sorted(_scan_folder(path, warnings))
            if not found:
                raise CheckerError(
                    f"{raw}: no articles (*.txt, *.md, *.jsonl, *.html) in this folder"
                )
            named.extend(found)
        else:
            named.append(str(path))
    # The same file named twice (a folder and a file inside it) is one article.
    unique = list(dict.fromkeys(os.path.normpath(p) if p != STDIN else p for p in named))
    ids = source_ids(unique)
    articles: list[Article] = []
    for path_name, source_id in zip(unique, ids, strict=True):
        try:
            data = _read_bytes(path_name)
        except OSError as error:
            warnings.append(f"{path_name}: skipped, cannot read it ({error.strerror or error})")
            continue
        if len(data) > MAX_ARTICLE_BYTES:
            warnings.append(f"{path_name}: skipped, larger than {MAX_ARTICLE_BYTES >> 20} MB")
            continue
        if not data.strip():
            warnings.append(f"{path_name}: skipped, empty")
            continue
        if b"\x00" in data[:8192]:
            warnings.append(f"{path_name}: skipped, looks binary (NUL bytes)")
            continue
        text, note = decode(data)
        if note:
            warnings.append(f"{path_name}: {note}")
        lower = path_name.lower()
        if lower.endswith(".jsonl"):
            articles.extend(_records(source_id, path_name, text, published, warnings))
        elif lower.endswith(HTML_SUFFIXES):
            body = _html_text(text)
            if body is None:
                warnings.append(
                    f"{path_name}: skipped, reading HTML needs trafilatura "
                    "(pip install 'newscheck[html]')"
                )
            elif not body.strip():
                warnings.append(f"{path_name}: skipped, no article text in the HTML")
            else:
                articles.append(make_article(source_id, path_name, body, published))
        else:
            articles.append(make_article(source_id, path_name, text, published))
    if len({a.id for a in articles}) != len(articles):
        raise CheckerError("two articles have the same id; give JSON Lines records unique ids")
    if not articles:
        raise CheckerError("no readable articles: " + "; ".join(warnings))
    return LoadResult(tuple(articles), tuple(warnings))


def _records(
    source_id: str, path: str, text: str, published: dt.date | None, warnings: list[str]
) -> Iterable[Article]:
    """Articles from JSON Lines: one {"id", "published", "text"} object a line."""
    import json

    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            body = record["text"]
            if not isinstance(body, str):
                raise TypeError
        except (ValueError, KeyError, TypeError):
            warnings.append(
                f'{path}:{number}: skipped, not a {{"id", "published", "text"}}}} record'
            )
            continue
        day = published
        if record.get("published"):
            try:
                day = dt.date.fromisoformat(str(record["published"]))
            except ValueError:
                warnings.append(f"{path}:{number}: 'published' is not a YYYY-MM-DD date")
        name = str(record.get("id") or f"{source_id}#{number}")
        article = make_article(name, path, body, day)
        if day is not None and article.published_from is DateSource.OPTION:
            article = replace(article, published_from=DateSource.HEADER)
        yield article


def _html_text(html: str) -> str | None:
    """The article text of an HTML page, or None when trafilatura is not installed."""
    try:
        import trafilatura
    except ImportError:
        return None
    return trafilatura.extract(html, include_comments=False, include_tables=False) or ""


def _scan_folder(folder: Path, warnings: list[str]) -> Iterable[str]:
    # os.walk without following symlinks cannot loop; symlinked files are still read.
    for root, dirs, files in os.walk(folder, onerror=lambda e: warnings.append(str(e))):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.lower().endswith(ARTICLE_SUFFIXES) and not name.startswith("."):
                yield os.path.join(root, name)


def _read_bytes(path_name: str) -> bytes:
    if path_name == STDIN:
        return sys.stdin.buffer.read(MAX_ARTICLE_BYTES + 1)
    with open(path_name, "rb") as handle:
        return handle.read(MAX_ARTICLE_BYTES + 1)


def source_ids(paths: Sequence[str]) -> list[str]:
    """A file's name, or the shortest distinguishing tail of its path when names collide."""
    parts = [PurePath(p).parts if p != STDIN else ("stdin",) for p in paths]
    ids: list[str] = []
    for index, own in enumerate(parts):
        depth = 1
        while depth < len(own):
            tail = own[-depth:]
            clash = any(other[-depth:] == tail for j, other in enumerate(parts) if j != index)
            if not clash:
                break
            depth += 1
        ids.append("/".join(own[-depth:]))
    return ids


def decode(data: bytes) -> tuple[str, str | None]:
    """Bytes to clean text: UTF-8 (BOM allowed), else Windows-1252; then repair mojibake.

    Returns the text and a note for the user when something was guessed or repaired.
    """
    note = None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Windows-1252 is what most non-UTF-8 news text is; undefined bytes fall back to Latin-1.
        text = data.decode("cp1252", errors="replace")
        if "\ufffd" in text:
            text = data.decode("latin-1")
        note = "not valid UTF-8; read as Windows-1252"
    repaired = repair_mojibake(text)
    if repaired != text and note is None:
        note = "repaired mis-encoded characters (mojibake)"
    return repaired, note


# UTF-8 read as Windows-1252 or Latin-1 leaves a lead character (Â, Ã, â, Ð, ...) followed by
# a continuation character from U+0080-U+00BF or its Windows-1252 stand-ins.
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4\u0152\u0178][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020"
    "\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013"
    "\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]"
)


def repair_mojibake(text: str) -> str:
    """Fix encoding damage only; curly quotes must survive for quote extraction."""
    # A no-break space mis-decoded as "Â" + U+00A0 often loses its second half to a plain
    # space on the way; ftfy rightly won't guess there, but a lone "Â" before a space and
    # after a non-letter is never English text.
    text = _LONE_A_CIRCUMFLEX.sub("", text)
    if not _MOJIBAKE_HINT.search(text):
        # Nothing ftfy could fix; skipping it saves its import on every clean run.
        return text.replace("\u00a0", " ")
    import ftfy  # lazy: only text that shows signs of mojibake pays for it

    config = ftfy.TextFixerConfig(
        unescape_html=False,
        uncurl_quotes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        fix_line_breaks=True,
        normalization="NFC",
        explain=False,
    )
    return ftfy.fix_text(text, config).replace("\u00a0", " ")


def make_article(source_id: str, path: str, text: str, published: dt.date | None = None) -> Article:
    """Build an Article from decoded text: read the date header and skip the dateline."""
    body_start = 0
    date_found: dt.date | None = None
    header = _DATE_HEADER.match(text)
    if header:
        try:
            date_found = dt.date.fromisoformat(header.group(1))
            body_start = header.end()
        except ValueError:
            date_found = None
    dateline = None
    dateline_span = None
    line = _DATELINE.match(text[body_start:])
    if line:
        dateline = line.group(1).strip()
        body_start += line.end()
    else:
        # A wire story often opens with its headline; the dateline then starts the first
        # paragraph. The headline stays part of the text (it makes claims too).
        # (A byline may stand between them: "By Lena Fairweather, Meridian Wire".)
        headline = _HEADLINE.match(text, body_start)
        opens = headline.end() if headline else None
        byline = _BYLINE.match(text, opens) if opens is not None else None
        if byline:
            opens = byline.end()
        after = _DATELINE.match(text[opens:]) if opens is not None else None
        if opens is not None and after:
            dateline = after.group(1).strip()
            dateline_span = (opens, opens + after.end())
    if date_found is not None:
        chosen, origin = date_found, DateSource.HEADER
    elif published is not None:
        chosen, origin = published, DateSource.OPTION
    else:
        chosen, origin = None, DateSource.NONE
    return Article(
        id=source_id,
        path=path,
        text=text,
        body_start=body_start,
        published=chosen,
        published_from=origin,
        dateline=dateline,
        dateline_span=dateline_span,
    )
