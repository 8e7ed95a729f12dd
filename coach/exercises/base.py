"""ExerciseAnalyzer: the shared life-cycle of every exercise, fed one PoseFrame at a time.

The same object serves a live camera and a recorded file, so nothing here
looks ahead in time: decisions wait (debounce) and then backdate. Per frame:
smooth → measure (:class:`Body`) → setup checks → if the key landmarks are
trustworthy, the exercise's own ``_judge``; otherwise nothing is counted or
judged that frame and the person is told why. Subclasses implement
``_judge(body, t_s)`` and ``_finish(t_s)`` and read every threshold from their
rule file at construction, so a bad rule file fails before analysis starts.
"""
from __future__ import annotations

from collections import deque
from typing import ClassVar, Optional

from coach.exercises import events as ev
from coach.exercises.body import Body
from coach.exercises.debounce import DebouncedFlag
from coach.exercises.events import (AnalyzerState, Event, ExerciseSummary, FaultSpan, HoldSummary, RepRecord,
                                    SetupSpan)
from coach.exercises.posture import Posture, PostureReading, read_posture
from coach.exercises.rules import Rules
from coach.exercises.spec import ExerciseSpec, Mode
from coach.pose.gap_hold import ShortGapHold
from coach.pose.landmarks import PoseFrame, side_landmark
from coach.pose.smoothing import LandmarkSmoother

SETUP_KINDS = ("no_person", "not_in_frame", "low_visibility", "not_side_on", "another_person", "not_in_position",
               "not_counted")
BLOCKING_SETUP = ("no_person", "not_in_frame", "low_visibility")
MAX_JUDGED_STEP_S = 0.5  # a longer gap between frames is not counted as judged time
HOLD_GAP_S = 0.25  # nobody found for up to this long: the last pose seen is held (coach.pose.gap_hold)
# A set-up problem said once (the spec's notice_only_setup, e.g. somebody else in view) is shown this
# briefly: a physio standing by for a whole session must not hide the form cues or be announced every few seconds.
NOTICE_SHOW_S = 5.0
# A person in view, clearly seen, who is not in the exercise's start position for this long is told so
# (and why nothing is counted) instead of being met with silence.
NOT_IN_POSITION_AFTER_S = 3.0
# In position and moving (the key angle swinging by MOVING_RANGE_DEG or more) for this long without a rep:
# say that the movement is seen but not counted, and what to change, rather than count 0 in silence.
NOT_COUNTED_AFTER_S = 12.0
MOVING_RANGE_DEG = 15.0
# The posture named in "not in the start position" is the one seen most over this last stretch.
POSTURE_WINDOW_S = 2.0


class ExerciseAnalyzer:
    # What the exercise is, declared in its module (see coach.exercises.spec), which owns every
    # per-exercise fact (key parts, fault parts, side-on view, outline); name, title, mode and key
    # angle are copied from it for the many readers of an analyzer class.
    spec: ClassVar["ExerciseSpec"]
    name: ClassVar[str] = ""
    title: ClassVar[str] = ""
    mode: ClassVar[Mode] = Mode.REPS
    key_angle_name: ClassVar[str] = ""
    CUE_SHOW_S: ClassVar[float] = 3.0

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        spec = cls.__dict__.get("spec")
        if spec is not None:
            cls.name, cls.title, cls.mode, cls.key_angle_name = spec.name, spec.title, spec.mode, spec.key_angle_name

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        r = rules
        self._smoother = LandmarkSmoother(
            min_cutoff_hz=r.num("smoothing.min_cutoff_hz"),
            beta=r.num("smoothing.beta"),
            max_gap_s=r.num("smoothing.max_gap_s"),
        )
        self._gap_hold = ShortGapHold(HOLD_GAP_S)
        self.min_visibility = r.num("setup.min_visibility")
        self.max_side_on_ratio = r.num("setup.max_side_on_ratio")
        setup_enter = r.num("setup.report_after_s")
        self._setup_flags = {k: DebouncedFlag(setup_enter, 0.3) for k in SETUP_KINDS}
        self._setup_flags["not_in_position"] = DebouncedFlag(max(setup_enter, NOT_IN_POSITION_AFTER_S), 0.5)
        self._setup_flags["not_counted"] = DebouncedFlag(0.0, 0.5)
        self._moving_window: deque[tuple[float, float]] = deque()
        self._setup_raw: set[str] = set()
        self.setup_spans: list[tuple[str, float, float]] = []
        self._setup_messages = {k: r.text(f"cues.{k}") for k in SETUP_KINDS}
        self._fault_flags: dict[str, DebouncedFlag] = {}
        self._fault_starts: dict[str, float] = {}
        self.fault_spans: list[FaultSpan] = []
        self.reps: list[RepRecord] = []
        self.rep_count = 0
        self.reps_by_side: dict[str, int] = {}
        self.t_s: Optional[float] = None
        self.t_first: Optional[float] = None
        self.frames = 0
        self.frames_with_pose = 0
        self._last_cue: Optional[tuple[float, str]] = None
        self._rep_fault_joints: tuple[float, tuple[int, ...]] = (float("-inf"), ())
        self.key_angle_deg: Optional[float] = None
        self.bad_joints: tuple[int, ...] = ()
        self.in_position = False
        self.phase = ""
        self.judged_s = 0.0
        self._prev_t: Optional[float] = None
        self._essential_cut_off = False
        self.posture = read_posture(None)
        self._postures: deque[tuple[float, Posture]] = deque()
        # The postures that rule this exercise out are those its spec declares a cue for (cues.seen_<posture>).
        self._posture_cues: dict[Posture, str] = {p: r.text(f"cues.seen_{p.value}") for p in Posture
                              if p is not Posture.UNKNOWN and self.spec.rule(f"cues.seen_{p.value}") is not None}

    # ----- the per-frame pipeline -------------------------------------------------------------
    def update(self, frame: PoseFrame) -> list[Event]:
        if self.t_s is not None and frame.t_s <= self.t_s:
            raise ValueError(f"PoseFrame timestamps must strictly increase ({frame.t_s} after {self.t_s})")
        self.t_s = frame.t_s
        if self.t_first is None:
            self.t_first = frame.t_s
        self.frames += 1
        events: list[Event] = []
        for judged, held in self._gap_hold.push(frame):  # a short gap waits until it is known how it ends
            events += self._judge_frame(judged, held)
        return events

    def _judge_frame(self, frame: PoseFrame, held: bool) -> list[Event]:
        """One frame through set-up checks, the exercise's judgement and the notices.

        ``held``: nobody was found this frame and it carries the last pose seen (:mod:`coach.pose.gap_hold`).
        """
        smoothed = self._smoother(frame)
        body = Body(smoothed) if smoothed.has_person else None
        if body is not None and not held:
            self.frames_with_pose += 1
        self._note_posture(body, frame.t_s)
        prev_t = self._prev_t
        self._prev_t = frame.t_s
        events = self._update_setup(body, frame.t_s, frame.others_in_view, missed=held)
        trusted = body is not None and not self._blocks(body, self._setup_raw)
        if not trusted:
            self.key_angle_deg = None
            self.bad_joints = ()
        events += self._judge(body if trusted else None, frame.t_s)
        if trusted and self._judging() and prev_t is not None:
            self.judged_s += min(frame.t_s - prev_t, MAX_JUDGED_STEP_S)
        events += self._update_position_notice(trusted, frame.t_s)
        events += self._update_not_counted(trusted, frame.t_s, events)
        self._note_cues(events)
        return events

    def finish(self) -> list[Event]:
        """End of stream: close open spans and the rep in progress."""
        if self.t_s is None:
            return []
        t = self.t_s
        events: list[Event] = []
        for judged, held in self._gap_hold.flush():
            events += self._judge_frame(judged, held)
        events += self._finish(t)
        for kind, flag in self._fault_flags.items():
            tr = flag.close(t)
            if tr.ended is not None:
                events += self._end_fault(kind, tr.ended)
        for kind, flag in self._setup_flags.items():
            start = flag.since
            tr = flag.close(t)
            if tr.ended is not None and start is not None:
                self.setup_spans.append((kind, start, tr.ended))
                events.append(Event(ev.SETUP_ENDED, tr.ended, name=kind))
        return events

    def _note_posture(self, body: Optional[Body], t_s: float) -> None:
        """Read this frame's posture (gravity's view of the body) and remember the last few seconds of it."""
        self.posture = read_posture(body.frame3d if body is not None else None)
        self._postures.append((t_s, self.posture.posture))
        while self._postures and self._postures[0][0] < t_s - POSTURE_WINDOW_S:
            self._postures.popleft()

    def wrong_posture(self, reading: Optional[PostureReading] = None) -> bool:
        """Whether the posture rules this exercise out: it declares a cue for it (``cues.seen_<posture>``).

        A body on its back is never a bird-dog; one on all fours never a bridge. Only clear
        postures count against a frame: an ``unknown`` reading (in between, or a view that
        cannot tell) leaves the exercise's own checks to decide.
        """
        return (reading or self.posture).posture in self._posture_cues

    def _position_message(self) -> str:
        """What "not in the start position" says: what Coach sees, when a posture rules the exercise out."""
        counts: dict[Posture, int] = {}
        for _, posture in self._postures:
            counts[posture] = counts.get(posture, 0) + 1
        seen = max(counts, key=lambda p: counts[p]) if counts else Posture.UNKNOWN
        return self._posture_cues.get(seen) or self.rules.text("cues.not_in_position")

    def _update_position_notice(self, trusted: bool, t_s: float) -> list[Event]:
        """Say "not in the start position" when somebody clearly seen is not doing this exercise.

        Without it a person exercising in a way Coach cannot recognise (another exercise, a view
        it cannot read) is met with silence and a count of 0 — the worst outcome at home. Where
        gravity shows why (lying on the back for a bird-dog), the message says what Coach sees.
        """
        raw = trusted and not self.in_position
        if raw:
            self._setup_raw = self._setup_raw | {"not_in_position"}
            if not self._setup_flags["not_in_position"].active:
                self._setup_messages["not_in_position"] = self._position_message()
        return self._update_setup_flag("not_in_position", raw, t_s)

    def _update_not_counted(self, trusted: bool, t_s: float, events: list[Event]) -> list[Event]:
        """Say so when somebody in position keeps moving and no rep comes of it."""
        if self.mode is not Mode.REPS:
            return []
        if any(e.kind in (ev.REP_STARTED, ev.REP_COUNTED) for e in events) or not (trusted and self.in_position):
            self._moving_window.clear()
            moving_unseen = False
        else:
            deg = self.key_angle_deg
            if deg is not None and deg == deg:
                self._moving_window.append((t_s, deg))
            while self._moving_window and self._moving_window[0][0] < t_s - NOT_COUNTED_AFTER_S:
                self._moving_window.popleft()
            span = self._moving_window[-1][0] - self._moving_window[0][0] if self._moving_window else 0.0
            values = [d for _, d in self._moving_window]
            moving_unseen = (span >= NOT_COUNTED_AFTER_S * 0.95 and max(values) - min(values) >= MOVING_RANGE_DEG)
        return self._update_setup_flag("not_counted", moving_unseen, t_s)

    # ----- for subclasses ---------------------------------------------------------------------
    def _blocks(self, body: Optional[Body], problems: set[str]) -> bool:
        """Whether these set-up problems stop judging this frame (the landmarks would be guesses).

        A key part out of the picture is said ("not_in_frame") but blocks only when it is one of the
        parts that must be seen (``visibility_parts``): with a phone close to the mat a reaching hand
        or the feet leave the picture, and the movement is still counted from what is visible.
        """
        if body is None:
            return True
        blocking = problems & set(BLOCKING_SETUP)
        if "not_in_frame" in blocking and not self._essential_cut_off:
            blocking.discard("not_in_frame")
        return bool(blocking)

    def _judging(self) -> bool:
        """Whether this frame was judged (counts toward ``judged_s``): in position, by default."""
        return self.in_position

    def _judge(self, body: Optional[Body], t_s: float) -> list[Event]:
        raise NotImplementedError

    def _finish(self, t_s: float) -> list[Event]:
        return []

    def _setup_problems(self, body: Body) -> set[str]:
        problems = set()
        near = body.near
        spec = self.spec
        essential = spec.visibility_parts or spec.key_parts
        if body.min_visibility(near, essential) < self.min_visibility:
            problems.add("low_visibility")
        # Only the near side counts: the far side's landmarks are guessed anyway.
        if body.out_of_frame(spec.key_parts, sides=(body.near,)):
            problems.add("not_in_frame")
        self._essential_cut_off = body.out_of_frame(essential, sides=(body.near,))
        if spec.side_on_required and body.side_on_ratio() > self.max_side_on_ratio:
            problems.add("not_side_on")
        return problems

    def _update_setup(self, body: Optional[Body], t_s: float, others_in_view: int = 0,
                      missed: bool = False) -> list[Event]:
        """``missed``: nobody was found this frame and ``body`` is the last pose, held across a short gap.

        A held pose is judged, but "nobody in view" starts counting from the first frame missed:
        if the person has really gone, the span says when.
        """
        raw = {"no_person"} if body is None else self._setup_problems(body)
        if others_in_view > 0 and body is not None:
            raw.add("another_person")
        self._setup_raw = raw
        said = raw | {"no_person"} if missed else raw
        events: list[Event] = []
        for kind in self._setup_flags:
            if kind in ("not_in_position", "not_counted"):
                continue  # decided after judging (see _update_position_notice, _update_not_counted)
            events += self._update_setup_flag(kind, kind in said, t_s)
        return events

    def _update_setup_flag(self, kind: str, raw: bool, t_s: float) -> list[Event]:
        """Debounce one set-up problem; say when it begins and record its span when it ends."""
        flag = self._setup_flags[kind]
        start = flag.since
        tr = flag.update(raw, t_s)
        events: list[Event] = []
        if tr.began is not None:
            events.append(Event(ev.SETUP_BEGAN, tr.began, name=kind, message=self._setup_messages[kind]))
        if tr.ended is not None and start is not None:
            self.setup_spans.append((kind, start, tr.ended))
            events.append(Event(ev.SETUP_ENDED, tr.ended, name=kind))
        return events

    def _fault_flag(self, kind: str) -> DebouncedFlag:
        if kind not in self._fault_flags:
            self._fault_flags[kind] = DebouncedFlag(self.rules.num("faults.min_duration_s"),
                                                    self.rules.num("faults.clear_after_s"))
        return self._fault_flags[kind]

    def _track_fault(self, kind: str, raw: bool, t_s: float) -> list[Event]:
        """A continuous fault (plank sag): debounced, its span recorded when it ends."""
        flag = self._fault_flag(kind)
        tr = flag.update(raw, t_s)
        if tr.began is not None:
            self._fault_starts[kind] = tr.began
            return [Event(ev.FAULT_BEGAN, tr.began, name=kind, message=self.cue(kind))]
        if tr.ended is not None:
            return self._end_fault(kind, tr.ended)
        return []

    def _end_fault(self, kind: str, t_end: float) -> list[Event]:
        start = self._fault_starts.pop(kind, t_end)
        self.fault_spans.append(FaultSpan(kind, start, t_end, self.cue(kind)))
        return [Event(ev.FAULT_ENDED, t_end, name=kind)]

    def active_faults(self) -> tuple[str, ...]:
        return tuple(k for k, f in self._fault_flags.items() if f.active)

    def cue(self, kind: str) -> str:
        return self.rules.text(f"cues.{kind}")

    def _complete_rep(self, side: Optional[str], t_start: float, t_end: float, faults: list[str],
                      metrics: dict[str, float]) -> list[Event]:
        """Record a finished rep (already counted); its faults become spans over the rep's window."""
        index = len(self.reps) + 1
        rep = RepRecord(index=index, side=side, t_start=round(t_start, 3), t_end=round(t_end, 3),
                        good_form=not faults, faults=tuple(faults),
                        metrics={k: round(float(v), 2) for k, v in metrics.items() if v == v})
        self.reps.append(rep)
        joints = {side_landmark(s, part) for kind in faults for part in self.spec.fault_parts.get(kind, ())
                  for s in (("left", "right") if side is None else (side, "right" if side == "left" else "left"))}
        if joints:
            self._rep_fault_joints = (t_end, tuple(sorted(joints)))
        events = [Event(ev.REP_COMPLETED, t_end, side=side, count=self.rep_count, rep=rep)]
        for kind in faults:
            msg = self.cue(kind)
            self.fault_spans.append(FaultSpan(kind, t_start, t_end, msg))
            events.append(Event(ev.FAULT_BEGAN, t_end, name=kind, message=msg))
            events.append(Event(ev.FAULT_ENDED, t_end, name=kind))
        return events

    def _count_rep(self, t_s: float, side: Optional[str] = None) -> Event:
        self.rep_count += 1
        if side:
            self.reps_by_side[side] = self.reps_by_side.get(side, 0) + 1
        return Event(ev.REP_COUNTED, t_s, side=side, count=self.rep_count)

    # ----- display state ----------------------------------------------------------------------
    def _note_cues(self, events: list[Event]) -> None:
        for e in events:
            if e.kind == ev.FAULT_BEGAN and e.message:
                self._last_cue = (e.t_s, e.message)

    def state(self) -> AnalyzerState:
        t = self.t_s if self.t_s is not None else 0.0
        cue = None
        if self._last_cue and t - self._last_cue[0] <= 3.0:
            cue = self._last_cue[1]
        active = self.active_faults()
        if active:
            cue = self.cue(active[0])
        setup = next((k for k in SETUP_KINDS if self._setup_flags[k].active and self._shows_setup(k, t, cue)), None)
        bad_joints = self.bad_joints
        shown_since, joints = self._rep_fault_joints
        if t - shown_since <= self.CUE_SHOW_S:
            bad_joints = tuple(sorted(set(bad_joints) | set(joints)))
        hold = self.hold_seconds() if self.mode is Mode.HOLD else None
        good = self.good_form_seconds() if self.mode is Mode.HOLD else None
        return AnalyzerState(
            t_s=t, exercise=self.name, rep_count=self.rep_count, reps_by_side=dict(self.reps_by_side),
            hold_s=hold, good_form_s=good, in_position=self.in_position, phase=self.phase,
            active_faults=active, cue=cue, setup_problem=setup,
            setup_message=self._setup_messages[setup] if setup else None,
            key_angle_name=self.key_angle_name, key_angle_deg=self.key_angle_deg,
            bad_joints=bad_joints, watched_joints=self.watched_joints(),
        )

    def _shows_setup(self, kind: str, t_s: float, cue: Optional[str]) -> bool:
        if kind not in self.spec.notice_only_setup:
            return True
        since = self._setup_flags[kind].since
        return cue is None and since is not None and t_s - since <= NOTICE_SHOW_S

    def watched_joints(self) -> tuple[int, ...]:
        return ()

    # ----- the analyzer's own summary ---------------------------------------------------------
    def summary(self) -> ExerciseSummary:
        """What this analyzer has judged so far, typed (call :meth:`finish` first to close open spans)."""
        faults = sorted((FaultSpan(f.kind, round(f.t_start, 3), round(f.t_end, 3), f.message)
                         for f in self.fault_spans), key=lambda f: (f.t_start, f.kind))
        setup = sorted((SetupSpan(k, round(a, 3), round(b, 3)) for k, a, b in self.setup_spans),
                       key=lambda s: (s.t_start, s.kind))
        return ExerciseSummary(
            exercise=self.name, frames=self.frames, frames_with_pose=self.frames_with_pose,
            rep_count=self.rep_count, reps=tuple(self.reps), reps_by_side=dict(self.reps_by_side),
            hold=self.hold_summary(), faults=tuple(faults), setup_warnings=tuple(setup), judged_s=self.judged_s)

    def hold_summary(self) -> Optional[HoldSummary]:
        """A hold exercise's times (None for one counted in reps); a hold analyzer gives its spans."""
        if self.mode is not Mode.HOLD:
            return None
        return HoldSummary(round(self.hold_seconds(), 2), round(self.good_form_seconds(), 2))

    def hold_seconds(self) -> float:
        return 0.0

    def good_form_seconds(self) -> float:
        return 0.0
