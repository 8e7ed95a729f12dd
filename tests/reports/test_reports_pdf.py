"""The PDF report: text a reader (pypdf) can extract shows the counts, rep rows and faults; the plot is an image."""
from __future__ import annotations

from .report_parsing import pdf_text

from coach.reports.pdf_report import write_pdf


def test_counts_rows_faults_and_image(tmp_path, any_result):
    text, pages, images = pdf_text(write_pdf(any_result, tmp_path / "r.pdf"))
    assert pages >= 1 and images >= 1
    if any_result.hold is None:
        reps = any_result.reps
        good = sum(r.good_form for r in reps)
        assert f"{len(reps)} rep{'s' if len(reps) != 1 else ''}, {good} with good form" in text
    else:
        assert "Plank held 27.0 s, good form 24.5 s (91%)" in text
    for f in any_result.faults:
        assert f.message in text


def test_bridge_table_rows(tmp_path, bridge_result):
    text, _, _ = pdf_text(write_pdf(bridge_result, tmp_path / "r.pdf"))
    for start in ("0:01.5", "0:05.0", "0:08.0"):  # each rep's start time is a row
        assert start in text
    assert "Incomplete hip extension" in text and "Too fast" in text
    assert "Body not fully in frame" in text  # the set-up warning
    assert '<b>Jo & "Ann"<i>.mp4' in text  # escaped for reportlab's markup, shown verbatim


def test_plank_hold_periods(tmp_path, plank_result):
    text, _, _ = pdf_text(write_pdf(plank_result, tmp_path / "r.pdf"))
    assert "Time in the plank" in text and "0:05.0" in text and "0:37.0" in text
    assert "Hips sagging" in text


def test_a_long_footer_line_shrinks_then_is_cut_short_and_never_runs_into_the_page_number():
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from coach.reports.pdf_report import _fonts, page_footer

    class Canvas:
        def __init__(self) -> None:
            self.font, self.drawn = ("", 0.0), []

        def setFont(self, name, size):  # noqa: N802 (reportlab's names)
            self.font = (name, size)

        def drawString(self, x, y, text):  # noqa: N802
            self.drawn.append(("left", x, y, text, *self.font))

        def drawRightString(self, x, y, text):  # noqa: N802
            self.drawn.append(("right", x, y, text, *self.font))

        def saveState(self): ...  # noqa: E704,N802
        def restoreState(self): ...  # noqa: E704,N802
        def setFillColor(self, colour): ...  # noqa: E704,N802

    class Document:
        page = 12

    font = _fonts()[0]
    name = "a_very_long_recording_name_from_a_phone_" * 4 + ".mp4"
    for line in ("Plank · short.mp4 · report made 2026-11-30 20:31", f"Plank · {name} · report made 2026-11-30 20:31"):
        canvas = Canvas()
        page_footer(font, "Angles are estimates.", line)(canvas, Document())
        (_, x, y, text, f, size), = [d for d in canvas.drawn if d[0] == "left" and d[2] < 8 * mm]
        (_, right, _, page, pf, psize), = [d for d in canvas.drawn if d[0] == "right"]
        assert page == "page 12"
        assert x + stringWidth(text, f, size) < right - stringWidth(page, pf, psize), text
        if "short" in line:
            assert text == line + f" · Coach {__import__('coach').__version__}" and size == 7.5
        else:
            assert text.endswith("…") and text.startswith("Plank · a_very_long") and size >= 6.0
