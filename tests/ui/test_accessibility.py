"""Keyboard alone, a visible focus, names for screen readers, and text that grows with the system font.

The clipping check is what the screenshots at 1.5× showed by eye: a button or a
one-line label narrower than its text is cut off. It runs the real setup page at
the designed size and at a 1.5× system font, in English and in German.
"""
from __future__ import annotations


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QLabel, QLineEdit,
                               QListWidget, QPlainTextEdit, QSlider, QWidget)

from coach.ui import i18n, theme

INPUTS = (QAbstractSpinBox, QComboBox, QLineEdit, QListWidget, QSlider, QPlainTextEdit)


@pytest.fixture
def system_font(qapp):
    """Set the application font to a multiple of the theme's reference size; restored afterwards."""
    original = qapp.font()

    def set_scale(scale: float) -> None:
        font = qapp.font()
        font.setPointSizeF(theme.REFERENCE_POINT_SIZE * scale)
        qapp.setFont(font)
    yield set_scale
    qapp.setFont(original)


def cut_off(page: QWidget) -> list[str]:
    """Visible buttons and one-line labels narrower than their text (what a screenshot shows as clipped)."""
    cut = []
    for w in page.findChildren(QWidget):
        if not w.isVisibleTo(page) or w.width() <= 0:
            continue
        if isinstance(w, QAbstractButton) and w.text():
            need = w.fontMetrics().horizontalAdvance(w.text().split("\n")[0])
            if w.width() < need:
                cut.append(f"button {w.text()!r}: {w.width()} px < {need} px")
        elif isinstance(w, QLabel) and w.text() and not w.wordWrap() and "\n" not in w.text():
            need = w.fontMetrics().horizontalAdvance(w.text())
            if w.width() < need:
                cut.append(f"label {w.text()!r}: {w.width()} px < {need} px")
    return cut


def test_the_focus_is_drawn_in_its_own_colour_on_every_kind_of_control():
    for control in ("QPushButton:focus", "QComboBox:focus", "QSpinBox:focus", "QListWidget:focus", "QSlider:focus"):
        rule = theme.STYLE.split(control, 1)
        assert len(rule) == 2 and theme.FOCUS in rule[1].split("}", 1)[0], f"{control} has no visible focus"
    assert theme.FOCUS not in (theme.ACCENT, theme.GOOD, theme.BAD, theme.SETUP)  # unlike hover and meanings


def test_the_setup_page_is_reached_from_the_keyboard_in_reading_order(qtbot, make_window):
    w = make_window(cameras=[0])
    s = w.setup
    s.exercise_list.setFocus()
    order = [QApplication.focusWidget()]
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order[0] is s.exercise_list
    assert order[1] in (s.target, s.target.findChild(QLineEdit))
    assert order[2:] == [s.source_combo, s.open_video_button, s.start_button]


def test_every_input_of_the_windows_has_a_name_for_screen_readers(make_window):
    w = make_window(cameras=[0])
    windows = [w, w.open_review()]
    programmes = w.open_programmes()
    if programmes is not None:
        windows.append(programmes)
    unnamed = []
    for window in windows:
        for control in window.findChildren(QWidget):
            if isinstance(control, INPUTS) and not isinstance(control.parent(), INPUTS):
                buddy = any(isinstance(lbl, QLabel) and lbl.buddy() is control for lbl in window.findChildren(QLabel))
                if not control.accessibleName() and not buddy and control.objectName() != "qt_spinbox_lineedit":
                    unnamed.append(f"{type(window).__name__}: {type(control).__name__} {control.objectName()!r}")
    assert not unnamed, "\n".join(unnamed)


def test_the_pain_scale_buttons_say_what_they_record(make_window):
    from coach.ui.pain_dialog import PainDialog

    dialog = PainDialog(make_window())
    names = [b.accessibleName() for b in dialog.findChildren(QAbstractButton) if b.text().isdigit()]
    assert names[0] == "Pain 0 of 10" and names[-1] == "Pain 10 of 10" and len(names) == 11


def test_the_main_actions_have_keys(make_window):
    w = make_window()
    keys = {s.key().toString() for s in w._shortcuts}
    assert {"Space", "Esc", "E", "H", "M", "V"} <= keys
    assert w.review_action.shortcut().toString() == "Ctrl+O" and w.programme_action.shortcut().toString() == "Ctrl+P"


def test_text_grows_with_the_system_font_but_room_sized_text_stays(system_font):
    assert theme.text_scale() == 1.0 and theme.font(theme.MEDIUM).pixelSize() == theme.MEDIUM
    system_font(1.5)
    assert theme.text_scale() == pytest.approx(1.5)
    assert theme.font(theme.MEDIUM).pixelSize() == round(theme.MEDIUM * 1.5)
    assert theme.font(theme.HUGE).pixelSize() == theme.HUGE  # the count is already made for across the room
    css = theme.scaled(f"QPushButton {{ font-size: {theme.SMALL}px; min-height: 44px; }}")
    assert f"font-size: {round(theme.SMALL * 1.5)}px" in css and "min-height: 66px" in css


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("scale, size", [(1.0, (1280, 800)), (1.5, (1920, 1080))])
def test_the_setup_and_live_pages_cut_no_text(request, make_window, system_font, language, scale, size):
    if language == "de":
        request.getfixturevalue("german")
    system_font(scale)
    w = make_window(cameras=[0])
    w.resize(*size)
    w.setup.select_exercise("glute_bridge")
    QApplication.processEvents()
    assert not cut_off(w.setup), cut_off(w.setup)
    info = w.infos["bird_dog"]
    w.live.configure(info.title, info.mode, 6, True)
    w.pages.setCurrentWidget(w.live)
    QApplication.processEvents()
    assert not cut_off(w.live), cut_off(w.live)
    from coach.ui.cue_banner import BannerKind

    for kind in BannerKind:  # every tag, beside the longest cue of the rule files
        longest = ("I can see you moving but can't count the reaches — reach your arm and leg out level with your "
                   "back, or put the laptop at your side")
        w.live.banner.show_message(kind, i18n.cue(longest))
        QApplication.processEvents()
        assert not cut_off(w.live.banner), cut_off(w.live.banner)


def test_the_cut_off_check_sees_a_cut_button(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    page = QWidget()
    lay = QVBoxLayout(page)
    cut, whole = QPushButton("A button with a long label that cannot fit"), QPushButton("OK")
    cut.setFixedWidth(60)
    lay.addWidget(cut)
    lay.addWidget(whole)
    qtbot.addWidget(page)
    page.show()
    assert cut_off(page) == [f"button {cut.text()!r}: 60 px < {cut.fontMetrics().horizontalAdvance(cut.text())} px"]
