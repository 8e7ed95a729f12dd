"""The live set: video with skeleton, the big counter, the cue banner and the set's controls.

Controls are few, large and labelled with their keys, because the person is
on the floor and may press a key from the keyboard rather than aim a mouse;
"Stop — it hurts" is red, separate from the other buttons and always
visible. The buttons never take keyboard focus so Space always means
pause/resume rather than "press the focused button".
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coach.live.inference import LiveResult
from coach.ui import theme
from coach.ui.counter_panel import CounterPanel
from coach.ui.cue_banner import BannerKind, CueBanner
from coach.ui.video_view import VideoView
from coach.ui.i18n import translate


SIDE_WIDTH = 420


RECOGNISED_NOTICE_S = 4.0  # "Glute bridge — counting" stays this long before the exercise's own cues


def side_width(stop_text: str) -> int:
    """The counter column and the Stop button: SIDE_WIDTH, or what the Stop text's longest line needs.

    A translation may break the text over two lines (German does), so larger system text still fits
    a 1280-pixel window.
    """
    metrics = QFontMetrics(theme.font(theme.LARGE, bold=True))
    needed = max(metrics.horizontalAdvance(line) for line in stop_text.splitlines() or [""]) + 2 * (22 + 3) + 8
    return max(SIDE_WIDTH, needed)


def _button(text: str, name: str = "") -> QPushButton:
    b = QPushButton(text)
    b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if name:
        b.setObjectName(name)
    return b


class LivePanel(QWidget):
    pauseClicked = Signal()
    endClicked = Signal()
    hurtClicked = Signal()
    muteToggled = Signal(bool)
    reconnectClicked = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.mode = "reps"
        self._notice = False
        self._notice_token = 0  # a timed notice clears itself only if no other came after it
        self._sound_word = "Voice"
        root = QVBoxLayout(self)
        root.setContentsMargins(16, 16, 16, 12)
        root.setSpacing(12)
        top = QHBoxLayout()
        top.setSpacing(16)
        self.video = VideoView()
        top.addWidget(self.video, 1)

        side = QFrame()
        side.setObjectName("card")
        side.setFixedWidth(side_width(translate("LivePanel", "Stop — it hurts  (H)")))
        col = QVBoxLayout(side)
        col.setContentsMargins(12, 12, 12, 12)
        self.title = QLabel("")
        self.title.setFont(theme.font(theme.LARGE, bold=True))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        col.addWidget(self.title)
        self.counter = CounterPanel()
        col.addWidget(self.counter, 1)
        top.addWidget(side)
        root.addLayout(top, 1)

        # Controls in one row under the picture: the counter keeps the whole column to itself.
        controls = QHBoxLayout()
        controls.setSpacing(12)
        # Key hints on a second line keep the row within a 1024-pixel-wide window.
        self.pause_button = _button(translate("LivePanel", "Pause\n(Space)"), "compact")
        self.pause_button.clicked.connect(self.pauseClicked)
        self.end_button = _button(translate("LivePanel", "End set\n(E)"), "compact")
        self.end_button.clicked.connect(self.endClicked)
        self.mute_button = _button(translate("LivePanel", "Voice on\n(M)"), "compact")
        self.mute_button.setCheckable(True)
        self.mute_button.toggled.connect(self._on_mute)
        for b in (self.pause_button, self.end_button, self.mute_button):
            controls.addWidget(b)
        controls.addStretch(1)
        self.hurt_button = _button(translate("LivePanel", "Stop — it hurts  (H)"), "stop")
        self.hurt_button.setFixedWidth(side_width(self.hurt_button.text()))
        self.hurt_button.setMinimumHeight(76)
        self.hurt_button.clicked.connect(self.hurtClicked)
        controls.addWidget(self.hurt_button)
        root.addLayout(controls)

        self.lost = QFrame()
        self.lost.setObjectName("emptyState")
        lost = QHBoxLayout(self.lost)
        lost.setContentsMargins(20, 12, 20, 12)
        self.lost_label = QLabel("")
        self.lost_label.setFont(theme.font(theme.MEDIUM, bold=True))
        self.lost_label.setWordWrap(True)
        lost.addWidget(self.lost_label, 1)
        self.reconnect_button = _button(translate("LivePanel", "Reconnect"), "primary")
        self.reconnect_button.clicked.connect(self.reconnectClicked)
        lost_end = _button(translate("LivePanel", "End set"))
        lost_end.clicked.connect(self.endClicked)
        lost.addWidget(self.reconnect_button)
        lost.addWidget(lost_end)
        self.lost.hide()
        root.addWidget(self.lost)

        self.banner = CueBanner()
        root.addWidget(self.banner)

    def configure(self, title: str, mode: str, target: float, per_side: bool) -> None:
        self.mode = mode
        self._notice = False
        self.title.setText(title)
        self.counter.configure(mode, target, per_side)
        self.video.clear()
        self.banner.show_message(BannerKind.WAITING, translate("LivePanel", "Get ready"))
        self.lost.hide()
        self.set_paused(False)
        self.set_controls_enabled(True)

    def show_result(self, result: LiveResult) -> None:  # (not render(): that is QWidget's)
        self.video.show_frame(result.frame.image, result.pose, result.state)
        self.counter.show_state(result.state)
        if not self._notice:
            self.banner.show_state(result.state, self.mode)

    def show_notice(self, text: str, seconds: Optional[float] = None) -> None:
        """A message from the window (camera lost, set stopped) that the analyzer's cues must not replace;
        with ``seconds``, only for that long."""
        self._notice = True
        self._notice_token += 1
        self.banner.show_message(BannerKind.NOTICE, text)
        if seconds is not None:
            token = self._notice_token
            QTimer.singleShot(int(seconds * 1000), lambda: self._end_notice(token))

    def _end_notice(self, token: int) -> None:
        if token == self._notice_token:
            self._notice = False

    def show_recognised(self, title: str, mode: str, target: float, per_side: bool, said: str) -> None:
        """Automatic: the exercise is known from now on; the counter becomes its counter, ``said`` is shown a while."""
        self.mode = mode
        self.title.setText(title)
        self.counter.configure(mode, target, per_side)
        self.show_notice(said, RECOGNISED_NOTICE_S)

    def set_paused(self, paused: bool) -> None:
        self.pause_button.setText(translate("LivePanel", "Resume\n(Space)") if paused else translate("LivePanel",
                "Pause\n(Space)"))
        self.video.set_overlay(translate("LivePanel", "Paused") if paused else "", translate("LivePanel",
                "Press Space to go on") if paused else "")

    def set_controls_enabled(self, enabled: bool) -> None:
        for b in (self.pause_button, self.end_button, self.hurt_button):
            b.setEnabled(enabled)

    def show_lost(self, message: str, kept: str, never_started: bool = False) -> None:
        """``never_started``: no picture ever came (a busy camera) — nothing to keep, different advice."""
        if never_started:
            self.lost_label.setText(translate("LivePanel",
                    "{message}\nClose the other program, then Reconnect — or end the set.").format(message=message))
            self.show_notice(translate("LivePanel", "No picture from the camera"))
        else:
            self.lost_label.setText(translate("LivePanel",
                    "{message}\n{kept} Check the cable, then Reconnect — or end the set.").format(
                        message=message, kept=kept))
            self.show_notice(translate("LivePanel", "Camera lost — your set is kept"))
        self.lost.show()
        self.pause_button.setEnabled(False)

    def hide_lost(self) -> None:
        self.lost.hide()
        self._notice = False
        self.pause_button.setEnabled(True)

    def set_sound_word(self, word: str) -> None:
        """"Voice" when speech works, "Sound" when only the chime is left."""
        self._sound_word = word
        self._on_mute(self.mute_button.isChecked(), emit=False)

    def _on_mute(self, muted: bool, emit: bool = True) -> None:
        text = translate("LivePanel", "{sound} off\n(M)") if muted else translate("LivePanel", "{sound} on\n(M)")
        self.mute_button.setText(text.format(sound=self._sound_word))
        if emit:
            self.muteToggled.emit(muted)
