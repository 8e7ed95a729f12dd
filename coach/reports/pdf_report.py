"""The same report as the HTML one, as an A4 PDF for clinics that file PDFs (reportlab, no Qt).

Content comes from :mod:`coach.reports.content`, so the PDF and the HTML never
disagree. Text uses DejaVu Sans (shipped inside matplotlib) when it can be
found, because the built-in PDF fonts lack characters the report uses (°, –, ≥);
Helvetica is the fallback. The PDF is built in memory and written atomically.
"""
from __future__ import annotations

import io
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional, Sequence
from xml.sax.saxutils import escape

from coach import __version__
from coach.analysis.result import AnalysisResult
from coach.atomic import write_bytes_atomic
from coach.reports import wording as W
from coach.reports.content import ANALYSIS_DISCLAIMER, ReportContent, ShownTable, Table, build_content
from coach.reports.speaker import ENGLISH, Speaker

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable

# By their English names (a column keeps its width in every language).
WIDE_COLUMNS = ("Form", "Faults during this period", "What to tell the patient", "Advice", "Done", "Faults")
MID_COLUMNS = ("Fault", "Problem", "Moment", "Reason")


def _fonts() -> tuple[str, str]:
    """Register DejaVu Sans from matplotlib's data folder once; (regular, bold) font names to use."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "CoachSans" in pdfmetrics.getRegisteredFontNames():
        return "CoachSans", "CoachSans-Bold"
    try:
        import matplotlib

        folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
        pdfmetrics.registerFont(TTFont("CoachSans", str(folder / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("CoachSans-Bold", str(folder / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFontFamily("CoachSans", normal="CoachSans", bold="CoachSans-Bold")
        return "CoachSans", "CoachSans-Bold"
    except Exception:  # noqa: BLE001 - any font problem: fall back to the PDF standard font
        return "Helvetica", "Helvetica-Bold"


def _styles(regular: str, bold: str) -> dict[str, ParagraphStyle]:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("base", fontName=regular, fontSize=9.5, leading=12.5, textColor=colors.HexColor("#1a1a1a"))
    return {
        "base": base,
        "h1": ParagraphStyle("h1", parent=base, fontName=bold, fontSize=17, leading=21, spaceAfter=2),
        "sub": ParagraphStyle("sub", parent=base, textColor=colors.HexColor("#555555"), spaceAfter=6),
        "headline": ParagraphStyle("headline", parent=base, fontName=bold, fontSize=13, leading=17, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=11.5, leading=15, spaceBefore=10,
                             spaceAfter=4),
        "note": ParagraphStyle("note", parent=base, fontSize=8, leading=10.5, textColor=colors.HexColor("#444444"),
                               spaceAfter=3),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "head": ParagraphStyle("head", parent=base, fontName=bold, fontSize=8.5, leading=10.5),
        "warn": ParagraphStyle("warn", parent=base, backColor=colors.HexColor("#FFF4D6"),
                               borderColor=colors.HexColor("#E0A800"), borderWidth=0.5, borderPadding=4,
                               spaceBefore=4, spaceAfter=6),
        "none": ParagraphStyle("none", parent=base, textColor=colors.HexColor("#555555")),
    }


def _p(text: str, style: ParagraphStyle) -> Flowable:
    from reportlab.platypus import Paragraph

    return Paragraph(escape(str(text)), style)


def _fitting_size(text: str, font: str, room: float, width: Callable[[str, str, float], float],
                  largest: float = 7.5, smallest: float = 5.0) -> float:
    """The largest type size, in quarter points from ``largest`` down to ``smallest``, at which ``text`` fits."""
    size = largest
    while size > smallest and width(text, font, size) > room:
        size -= 0.25
    return size


def page_footer(font: str, disclaimer: str, footer_line: str, speaker: Speaker = ENGLISH
                ) -> Callable[[Any, Any], None]:
    """The foot of every page of every Coach PDF: the disclaimer, what the report is, and the page number.

    The same two lines as the HTML reports' footer (``templates/base.html.j2``).
    """
    from coach.phrase import Phrase

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    from reportlab.pdfbase.pdfmetrics import stringWidth

    # A translation may be longer than the English: each line's type shrinks to stay on the page, and
    # what the report is (a long video name) is cut short with "…" rather than run into the page number.
    room = A4[0] - 32 * mm
    size = _fitting_size(disclaimer, font, room, stringWidth)
    line = f"{footer_line} · Coach {__version__}"
    widest_page = speaker.text(Phrase.of(W.PAGE, page=888))
    line_room = room - stringWidth(widest_page, font, 7.5) - 4 * mm
    line_size = _fitting_size(line, font, line_room, stringWidth, smallest=6.0)
    while len(line) > 1 and stringWidth(line, font, line_size) > line_room:
        line = line[:-2].rstrip() + "…"

    def footer(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, size)
        canvas.setFillColor(colors.HexColor("#666666"))
        canvas.drawString(16 * mm, 10 * mm, disclaimer)
        canvas.setFont(font, line_size)
        canvas.drawString(16 * mm, 6.5 * mm, line)
        canvas.setFont(font, 7.5)
        canvas.drawRightString(A4[0] - 16 * mm, 6.5 * mm, speaker.text(Phrase.of(W.PAGE, page=document.page)))
        canvas.restoreState()

    return footer


def _column_widths(t: ShownTable, width: float, font: str, head_font: str, size: float) -> list[float]:
    """Short columns (times, numbers) as wide as their longest cell; the text columns share what is left.

    Without this a time like 0:01.5 wraps mid-number, which a reader can misread.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from reportlab.lib.units import mm

    pad = 14.0  # the table's 6 pt cell padding each side, plus rounding slack
    wide = [h in WIDE_COLUMNS or h in MID_COLUMNS for h in t.english]
    widths = []
    for i, h in enumerate(t.header):
        word = max(stringWidth(w, head_font, size) for w in h.split()) + pad
        head = max(word, min(stringWidth(h, head_font, size) + pad, 24 * mm))
        cells = max((stringWidth(row[i], font, size) + pad for row in t.rows), default=0.0)
        widths.append(max(head, min(cells, width / 4)))
    rest = width - sum(w for w, is_wide in zip(widths, wide) if not is_wide)
    weights = [3.0 if h in WIDE_COLUMNS else 1.6 for h in t.english]
    share = sum(wt for wt, is_wide in zip(weights, wide) if is_wide)
    if share and rest > 30 * share:
        widths = [rest * wt / share if is_wide else w for w, wt, is_wide in zip(widths, weights, wide)]
    else:  # no text column, or the short ones do not fit: scale everything to the frame
        total = sum(widths)
        widths = [w * width / total for w in widths]
    return widths


def _table(table: Table, width: float, st: dict[str, ParagraphStyle], empty: str,
           speaker: Speaker = ENGLISH) -> Flowable:
    from reportlab.lib import colors
    from reportlab.platypus import Table as RLTable
    from reportlab.platypus import TableStyle

    t = table.shown(speaker)
    if not t.rows:
        return _p(empty, st["none"])
    widths = _column_widths(t, width, st["cell"].fontName, st["head"].fontName, st["cell"].fontSize)
    data = [[_p(h, st["head"]) for h in t.header]] + [[_p(c, st["cell"]) for c in row] for row in t.rows]
    style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#BBBBBB")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    style += [("BACKGROUND", (0, i + 1), (-1, i + 1), colors.HexColor("#FBE3D6")) for i, bad in enumerate(t.bad) if bad]
    grid = RLTable(data, colWidths=widths, repeatRows=1)
    grid.setStyle(TableStyle(style))
    return grid


def render_pdf(result: AnalysisResult, rules_overrides: Optional[Sequence[str | os.PathLike[str]]] = None,
               content: Optional[ReportContent] = None, speaker: Speaker = ENGLISH) -> bytes:
    """The report as PDF bytes, in ``speaker``'s language."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image, KeepTogether, SimpleDocTemplate
    from reportlab.platypus import Table as RLTable

    from coach.reports.plot import angle_plot

    c = content or build_content(result, rules_overrides)
    say = speaker.text
    regular, bold = _fonts()
    st = _styles(regular, bold)
    video = say(c.video)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=14 * mm,
                            bottomMargin=18 * mm, title=f"{say(c.title)} — {video}", author=f"Coach {__version__}",
                            subject=say(W.ANALYSIS_SUBJECT), creator=f"Coach {__version__}")
    width = doc.width
    footer = page_footer(regular, say(ANALYSIS_DISCLAIMER), say(c.footer_line), speaker)

    story: list[Flowable] = [_p(say(c.title), st["h1"]), _p(say(c.made_line), st["sub"]),
                             _p(say(c.headline), st["headline"])]
    story += [_p(say(w), st["warn"]) for w in c.warnings]
    summary = RLTable([[_p(say(k), st["head"]), _p(say(v), st["cell"])] for k, v in c.summary],
                      colWidths=[46 * mm, width - 46 * mm], hAlign="LEFT")
    summary.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                      ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    story += [_p(say(W.SUMMARY), st["h2"]), summary]

    png = angle_plot(result, ref_lines=c.ref_lines, angle_label=c.angle_label, width_in=7.4, dpi=220,
                     speaker=speaker)
    iw, ih = ImageReader(io.BytesIO(png)).getSize()
    plot = Image(io.BytesIO(png), width=width, height=width * ih / iw)
    notes = [_p(say(c.plot_note), st["note"])] if c.plot_note else []
    story.append(KeepTogether([_p(say(W.over_time(say(c.angle_label).split(" (")[0])), st["h2"]), plot, *notes,
                               _p(say(c.rules_note), st["note"])]))

    empty = say(c.empty_table_text)
    # A heading is kept with its table, so it never sits alone at the foot of a page.
    story.append(KeepTogether([_p(say(c.table_title), st["h2"]), _table(c.table, width, st, empty, speaker)]))
    story.append(KeepTogether([_p(say(W.FAULTS), st["h2"]),
                               _table(c.faults, width, st, say(W.NO_FAULTS), speaker)]))
    story.append(KeepTogether([
        _p(say(W.SETUP_PROBLEMS), st["h2"]), _p(say(W.SETUP_NOTE), st["note"]),
        _table(c.setup, width, st, say(W.NONE_FOUND), speaker)]))
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


def write_pdf(result: AnalysisResult, path: str | os.PathLike[str],
              rules_overrides: Optional[Sequence[str | os.PathLike[str]]] = None, speaker: Speaker = ENGLISH) -> Path:
    """Render, then replace ``path`` atomically; raises CoachError if it cannot be written."""
    return write_bytes_atomic(path, render_pdf(result, rules_overrides, speaker=speaker))
