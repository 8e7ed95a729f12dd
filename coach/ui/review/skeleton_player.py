"""Play a recording back: the video with its skeleton, or the skeleton alone, at real speed or slower.

Playback follows the wall clock (a QTimer only asks "which frame is due
now?"), so it stays in real time even when decoding a frame takes longer than
a frame lasts: frames are skipped, time never stretches. Every other part of
the review (timeline, table, plot) seeks through :meth:`SkeletonPlayer.seek`
and follows :attr:`positionChanged`, so there is one current time.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from coach.review.recording import Recording, fmt_time
from coach.ui.review import review_style as style
from coach.ui.review.player_canvas import Caption, PlayerCanvas
from coach.review.video_frames import VideoFrames
from coach.ui.i18n import exercise_text, exercise_in_sentence, fault_name, number, translate

TICK_MS = 15
SPEEDS = (("¼×", 0.25), ("½×", 0.5), ("1×", 1.0), ("2×", 2.0))


class SkeletonPlayer(QWidget):
    positionChanged = Signal(float)   # seconds from the recording's start (the shown frame's time)
    playingChanged = Signal(bool)

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.recording: Optional[Recording] = None
        self.frames: Optional[VideoFrames] = None
        self.index = 0
        self.speed = 1.0
        self.frames_shown = 0
        self._play_from = 0.0
        self._clock = QElapsedTimer()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)

        self.canvas = PlayerCanvas()
        self.play_button = QPushButton(translate("SkeletonPlayer", "▶ Play"))
        self.play_button.setToolTip(translate("SkeletonPlayer", "Play or pause (Space)"))
        self.play_button.setMinimumWidth(104)
        self.back_button = QPushButton("◀")
        self.back_button.setToolTip(translate("SkeletonPlayer", "One frame back (Left arrow)"))
        self.next_button = QPushButton("▶|")
        self.next_button.setToolTip(translate("SkeletonPlayer", "One frame on (Right arrow)"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName(translate("SkeletonPlayer", "Position in the recording"))
        self.slider.setToolTip(translate("SkeletonPlayer", "Drag to move through the recording"))
        self.time_label = QLabel("0:00.0 / 0:00.0")
        self.time_label.setMinimumWidth(140)
        self.speed_box = QComboBox()
        self.speed_box.setAccessibleName(translate("SkeletonPlayer", "Playback speed"))
        for text, value in SPEEDS:
            self.speed_box.addItem(text, value)
        self.speed_box.setCurrentIndex(2)
        self.speed_box.setToolTip(translate("SkeletonPlayer",
                "Playback speed: slow motion shows the movement's quality"))

        controls = QHBoxLayout()
        controls.setContentsMargins(0, 4, 0, 0)
        for w in (self.play_button, self.back_button, self.next_button):
            controls.addWidget(w)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.time_label)
        controls.addWidget(self.speed_box)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(2)
        root.addWidget(self.canvas, 1)
        root.addLayout(controls)

        self.play_button.clicked.connect(self.toggle)
        self.back_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.slider.valueChanged.connect(self._on_slider)
        self.speed_box.currentIndexChanged.connect(self._on_speed)
        self._set_enabled(False)

    # ----- what to play -----------------------------------------------------------------------
    def load(self, recording: Optional[Recording], frames: Optional[VideoFrames]) -> None:
        """A new recording (or None): starts paused at its first frame."""
        self.pause()
        self.recording, self.frames = recording, frames
        self._set_enabled(recording is not None and recording.frame_count > 0)
        if recording is None or recording.frame_count == 0:
            self.canvas.clear(translate("SkeletonPlayer", "Open a video or a pose track to review it"))
            return
        self.slider.blockSignals(True)
        self.slider.setRange(0, recording.frame_count - 1)
        self.slider.setPageStep(max(1, int(recording.fps)))
        self.slider.blockSignals(False)
        self.seek_frame(0)

    def set_result(self, recording: Recording) -> None:
        """Same frames, new analysis (re-scored): keep the place, redraw the colours and captions."""
        self.recording = recording
        self.seek_frame(self.index)

    @property
    def position_s(self) -> float:
        return self.recording.frame_time(self.index) if self.recording else 0.0

    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    # ----- moving -----------------------------------------------------------------------------
    def seek(self, t_s: float) -> None:
        if self.recording is None:
            return
        self.seek_frame(self.recording.frame_index(t_s))
        if self.playing:
            self._restart_clock()

    def seek_frame(self, i: int) -> None:
        rec = self.recording
        if rec is None or rec.frame_count == 0:
            return
        self.index = min(max(int(i), 0), rec.frame_count - 1)
        self._show()
        self.slider.blockSignals(True)
        self.slider.setValue(self.index)
        self.slider.blockSignals(False)
        self.positionChanged.emit(self.position_s)

    def step(self, n: int) -> None:
        self.pause()
        self.seek_frame(self.index + n)

    def play(self) -> None:
        rec = self.recording
        if rec is None or rec.frame_count < 2 or self.playing:
            return
        if self.index >= rec.frame_count - 1:
            self.seek_frame(0)  # play again from the start
        self._restart_clock()
        self.timer.start()
        self.play_button.setText(translate("SkeletonPlayer", "❚❚ Pause"))
        self.playingChanged.emit(True)

    def pause(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.play_button.setText(translate("SkeletonPlayer", "▶ Play"))
            self.playingChanged.emit(False)

    def toggle(self) -> None:
        self.pause() if self.playing else self.play()

    def stop(self) -> None:
        """Closing: no timer may fire into a half-destroyed window."""
        self.pause()
        self.timer.stop()

    # ----- internals --------------------------------------------------------------------------
    def _restart_clock(self) -> None:
        self._play_from = self.position_s
        self._clock.start()

    @Slot()
    def _tick(self) -> None:
        rec = self.recording
        if rec is None:
            self.pause()
            return
        t = self._play_from + self._clock.elapsed() / 1000.0 * self.speed
        i = rec.frame_index(t)
        if i != self.index:
            self.seek_frame(i)
        if i >= rec.frame_count - 1:
            self.pause()

    @Slot(int)
    def _on_slider(self, value: int) -> None:
        self.seek_frame(value)
        if self.playing:
            self._restart_clock()

    @Slot(int)
    def _on_speed(self, _i: int) -> None:
        self.speed = float(self.speed_box.currentData() or 1.0)
        if self.playing:
            self._restart_clock()

    def _set_enabled(self, on: bool) -> None:
        for w in (self.play_button, self.back_button, self.next_button, self.slider, self.speed_box):
            w.setEnabled(on)

    def _show(self) -> None:
        rec = self.recording
        assert rec is not None
        t = rec.frame_time(self.index)
        image = self.frames.frame(self.index) if self.frames is not None else None
        landmarks = rec.landmarks(self.index)
        tone, caption = describe_moment(rec, t)
        note = "" if landmarks is not None else translate("SkeletonPlayer", "Nobody seen in this frame")
        if image is None and self.frames is not None:
            note = translate("SkeletonPlayer", "This frame could not be decoded")
        size = (int(rec.track.frame_size[0]), int(rec.track.frame_size[1]))
        self.canvas.show_frame(image, landmarks, size, tone, caption, fmt_time(t), note)
        self.time_label.setText(f"{fmt_time(t)} / {fmt_time(rec.duration_s)}")
        self.frames_shown += 1


def describe_moment(rec: Recording, t: float) -> tuple[str, Caption]:
    """The skeleton's colour and the corner caption at ``t``: what the analysis said about this moment."""
    caption: Caption = []
    faults = rec.faults_at(t)
    tone = "fault" if faults else "neutral"
    if rec.is_hold:
        if rec.holding_at(t):
            caption.append((translate("skeleton_player", "Holding the {exercise}").format(
                exercise=exercise_in_sentence(rec.spec.title)), style.GOOD))
            tone = tone if faults else "good"
        else:
            caption.append((translate("skeleton_player", "Not in the {exercise}").format(
                exercise=exercise_in_sentence(rec.spec.title)), style.MUTED))
    else:
        rep = rec.rep_at(t)
        if rep is not None:
            side = f" ({translate('SessionDetailView', rep.side)})" if rep.side else ""
            head = translate("skeleton_player", "Rep {index} of {count}").format(index=rep.index,
                                                                                 count=len(rec.reps)) + side
            if rep.good_form:
                caption.append((head + translate("skeleton_player", " · good form"), style.GOOD))
                tone = tone if faults else "good"
            else:
                names = ", ".join(fault_name(k, rec.exercise) for k in rep.faults)
                caption.append((f"{head} · {names or translate('skeleton_player', 'fault')}", style.FAULT))
                tone = "fault"
        else:
            caption.append((translate("skeleton_player", "Between reps"), style.MUTED))
    for f in faults:
        caption.append((translate("skeleton_player", "Fault: {name}").format(name=fault_name(f.kind, rec.exercise)),
                        style.FAULT))
    for s in rec.setup_at(t):
        caption.append((translate("skeleton_player", "Set-up: {name}").format(name=fault_name(s.kind)), style.SETUP))
    deg = rec.angle_at(t)
    label = exercise_text(rec.spec.angle_label).split(",")[0].replace(" (°)", "")
    caption.append((f"{label}: {number(deg)}°" if deg is not None
                    else translate("skeleton_player", "{label}: not measured").format(label=label),
                    style.NEUTRAL if deg is not None else style.MUTED))
    return tone, caption

