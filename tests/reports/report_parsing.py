"""Read exported reports back the way a person's tools would: an HTML parser, pypdf, csv.DictReader."""
from __future__ import annotations

import csv
from html.parser import HTMLParser
from pathlib import Path


class ReportHTML(HTMLParser):
    """Collects the text, the images, and the body rows of each table under its container's id."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.images: list[dict] = []
        self.rows: dict[str, list[list[str]]] = {}
        self.title = ""
        self._section = ""
        self._in_tbody = False
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div" and a.get("id"):
            self._section = a["id"]
        elif tag == "table" and a.get("id"):
            self._section = a["id"]
        elif tag == "tbody":
            self._in_tbody = True
        elif tag == "tr" and self._in_tbody:
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
        elif tag == "img":
            self.images.append(a)
        elif tag == "title":
            self._in_title = True

    def handle_endtag(self, tag):
        if tag == "tbody":
            self._in_tbody = False
        elif tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.rows.setdefault(self._section, []).append(self._row)
            self._row = None
        elif tag == "title":
            self._in_title = False

    def handle_data(self, data):
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)
        if self._in_title:
            self.title += data

    @property
    def all_text(self) -> str:
        return " ".join(" ".join(self.text).split())


def parse_html(path: Path) -> ReportHTML:
    p = ReportHTML()
    p.feed(path.read_text(encoding="utf-8"))
    p.close()
    return p


def pdf_text(path: Path) -> tuple[str, int, int]:
    """(all text with whitespace collapsed, page count, images on the pages)."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    images = sum(len(page.images) for page in reader.pages)
    return " ".join(text.split()), len(reader.pages), images


def read_csv(path: Path) -> tuple[list[str], list[dict]]:
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
        return list(reader.fieldnames or []), rows
