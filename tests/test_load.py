"""Loading: finding files, decoding, mojibake, the date header and the dateline."""

from __future__ import annotations

import datetime as dt

import pytest

from checker.load import decode, load_articles, make_article, source_ids
from checker.models import CheckerError, DateSource


def test_date_header_may_share_its_line_with_the_text():
    article = make_article("a", "a", " date 2025-09-02 LAGOS: Officials met on Monday.")
    assert article.published == dt.date(2025, 9, 2)
    assert article.published_from is DateSource.HEADER
    assert article.dateline == "LAGOS"
    assert article.text[article.body_start :].startswith("Officials met")


def test_option_date_applies_only_without_a_header():
    with_header = make_article("a", "a", "date 2024-01-05\nText.", dt.date(2020, 1, 1))
    without = make_article("b", "b", "Text.", dt.date(2020, 1, 1))
    assert with_header.published == dt.date(2024, 1, 5)
    assert (without.published, without.published_from) == (dt.date(2020, 1, 1), DateSource.OPTION)


def test_invalid_header_date_is_ignored():
    article = make_article("a", "a", "date 2024-13-45\nText.")
    assert article.published is None


@pytest.mark.parametrize(
    "text, dateline",
    [
        ("WASHINGTON (Reuters) - The senate voted.", "WASHINGTON (Reuters)"),
        ("PORT ELANA — The ferry sank.", "PORT ELANA"),
        ("The CEO said: profits rose.", None),
        ("NATO: allies agree to meet.", "NATO"),
    ],
)
def test_dateline(text, dateline):
    assert make_article("a", "a", text).dateline == dateline


def test_a_dated_dateline_after_a_headline_makes_no_claim():
    from tests.conftest import extract

    text = (
        "Nurses strike for a second day\n\nHALVERN, March 10 (Wirepress) - Nurses at three "
        "hospitals stayed out on Wednesday, the second day of a strike that began on Tuesday."
    )
    article = make_article("a", "a", text)
    assert article.dateline == "HALVERN, March 10 (Wirepress)"
    assert article.body_start == 0  # the headline is still read
    claims = extract(text, published="2027-03-10").claims
    assert "March 10" not in {c.text for c in claims}
    assert {"on Wednesday", "on Tuesday", "three hospitals"} <= {c.text for c in claims}


def test_a_dateline_after_a_headline_and_a_byline_makes_no_claim():
    from tests.conftest import extract

    text = (
        "Ferry runs aground off Skerra\n\nBy Ola Brenning, Northern Wire\n\n"
        "SKERRA, Oct 4 (Northern Wire) - A ferry carrying 212 passengers ran aground on "
        "Friday night, the coastguard said."
    )
    article = make_article("a", "a", text)
    assert article.dateline == "SKERRA, Oct 4 (Northern Wire)"
    claims = extract(text, published="2031-10-04").claims
    assert "Oct 4" not in {c.text for c in claims}
    assert {"on Friday night", "212 passengers"} <= {c.text for c in claims}


def test_mojibake_is_repaired_but_curly_quotes_stay():
    text, note = decode("Partnerships:Â The deal “holds”.".encode())
    assert text == "Partnerships: The deal “holds”."
    assert note is not None
    fixed, _ = decode("The planâ€™s “terms” stand.".encode())
    assert fixed == "The plan’s “terms” stand."


def test_invalid_utf8_falls_back_to_windows_1252():
    text, note = decode("café “x”".encode("cp1252"))
    assert text == "café “x”"
    assert note is not None and "Windows-1252" in note


def test_source_ids_are_file_names_unless_they_clash():
    assert source_ids(["x/a.txt", "y/b.txt"]) == ["a.txt", "b.txt"]
    assert source_ids(["x/a.txt", "y/a.txt", "z/b.txt"]) == ["x/a.txt", "y/a.txt", "b.txt"]


def test_folders_are_scanned_and_bad_files_skipped(tmp_path):
    (tmp_path / "one.txt").write_text("date 2024-05-01\nThe port reopened on Monday.")
    (tmp_path / "two.md").write_text("# Port\nIt reopened on Tuesday.")
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "notes.csv").write_text("ignored")
    result = load_articles([str(tmp_path)])
    assert [a.id for a in result.articles] == ["one.txt", "two.md"]
    assert any("empty" in w for w in result.warnings)
    assert any("binary" in w for w in result.warnings)


def test_missing_path_and_empty_folder_are_errors(tmp_path):
    with pytest.raises(CheckerError, match="no such file"):
        load_articles([str(tmp_path / "nope.txt")])
    with pytest.raises(CheckerError, match=r"no articles \(\*\.txt"):
        load_articles([str(tmp_path)])


def test_input_files_are_never_changed(tmp_path):
    path = tmp_path / "a.txt"
    original = "Partnerships:Â The deal.".encode()
    path.write_bytes(original)
    load_articles([str(path)])
    assert path.read_bytes() == original


def test_symlink_loop_and_unreadable_entries_are_skipped(tmp_path):
    (tmp_path / "good.txt").write_text("date 2024-05-01\nThe port reopened on Monday.")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop2.txt")
    (tmp_path / "loop2.txt").symlink_to(tmp_path / "loop.txt")
    result = load_articles([str(tmp_path)])
    assert [a.id for a in result.articles] == ["good.txt"]
    assert sum("cannot read" in w for w in result.warnings) == 2


def test_invalid_utf8_is_read_with_a_warning(tmp_path):
    (tmp_path / "a.txt").write_bytes("Caf\xe9 owners met on Monday.".encode("latin-1"))
    result = load_articles([str(tmp_path)])
    assert result.articles[0].text.startswith("Café")
    assert any("Windows-1252" in w for w in result.warnings)


def test_json_lines_records_are_articles(tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        '{"id": "wire-1", "published": "2024-05-01", "text": "The port reopened on Monday."}\n'
        "not json\n"
        '{"id": "wire-2", "text": "The port reopened on April 29, 2024."}\n'
    )
    result = load_articles([str(batch)])
    assert [a.id for a in result.articles] == ["wire-1", "wire-2"]
    assert result.articles[0].published == dt.date(2024, 5, 1)
    assert any("batch.jsonl:2" in w for w in result.warnings)


def test_html_without_trafilatura_is_skipped_with_advice(tmp_path, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_trafilatura(name, *args, **kwargs):
        if name == "trafilatura":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_trafilatura)
    (tmp_path / "page.html").write_text("<html><body><p>It sank on Monday.</p></body></html>")
    (tmp_path / "a.txt").write_text("It sank on Monday.")
    result = load_articles([str(tmp_path)])
    assert [a.id for a in result.articles] == ["a.txt"]
    assert any("trafilatura" in w for w in result.warnings)


def test_html_is_read_through_trafilatura_when_installed(tmp_path):
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        pytest.skip("the html extra is not installed")
    (tmp_path / "page.html").write_text(
        "<html><head><script>var s = 'on Monday $5bn';</script></head><body><nav>Home</nav>"
        "<article><p>The port reopened on Monday after a storm that caused $12 million in "
        "damage, officials said on the quay.</p></article></body></html>"
    )
    (article,) = load_articles([str(tmp_path)]).articles
    assert "$12 million" in article.text
    assert "$5bn" not in article.text and "<" not in article.text
