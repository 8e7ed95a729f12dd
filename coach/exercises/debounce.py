"""Debounced conditions: the shared mechanism behind holds, faults and setup problems.

A raw per-frame condition (hips below the line, nobody in view) flickers at a
threshold. :class:`DebouncedFlag` turns it on only after it has held for
``enter_s`` and off after it has been false for ``exit_s``, and reports the
*backdated* times at which it really began and ended, so spans stay accurate
while the decision waits for certainty. Hysteresis on the value itself (enter
and exit thresholds apart) is done by the caller with :class:`Hysteresis`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from coach.exercises.rules import Rules


class Hysteresis:
    """A threshold with a band: turns on at ``on`` and off only after crossing ``off``.

    ``rising=True`` means "on when value >= on, off when value < off" (on > off);
    ``rising=False`` the mirror image for "value too low" conditions.
    """

    def __init__(self, on: float, off: float, rising: bool = True) -> None:
        if rising and not on > off or not rising and not on < off:
            raise ValueError(f"hysteresis band is inverted: on={on}, off={off}, rising={rising}")
        self.on, self.off, self.rising = on, off, rising
        self.state = False

    def update(self, value: Optional[float]) -> bool:
        if value is None or value != value:  # None or NaN: no evidence, keep state off
            self.state = False
            return False
        if self.rising:
            self.state = value >= self.on if not self.state else value >= self.off
        else:
            self.state = value <= self.on if not self.state else value <= self.off
        return self.state

    def reset(self) -> None:
        self.state = False


_CLOCK_SLACK_S = 1e-6


@dataclass(frozen=True)
class Transition:
    began: Optional[float] = None  # backdated start time, when the flag turned on
    ended: Optional[float] = None  # backdated end time, when the flag turned off


class DebouncedFlag:
    """A condition that must hold ``enter_s`` to turn on and fail ``exit_s`` to turn off (both backdated).

    ``enter_gap_s``: while turning on, the condition may lapse without the wait starting again if it
    holds again within this of the last frame it held — a frame or two of jitter across a threshold
    while somebody holds a position, not a push-up's bottom caught in one frame of a slow webcam.
    """

    def __init__(self, enter_s: float, exit_s: float, enter_gap_s: float = 0.0) -> None:
        self.enter_s = enter_s
        self.exit_s = exit_s
        self.enter_gap_s = enter_gap_s
        self.active = False
        self.since: Optional[float] = None  # start of the active span
        self._raw_since: Optional[float] = None  # when the raw condition last changed to disagree
        self._lapsed = False  # turning on: the condition lapsed since the last frame it held
        self._last_held_t: Optional[float] = None  # turning on: the last frame the condition held
        self._last_t: Optional[float] = None

    @property
    def entering(self) -> bool:
        """Off, but the condition holds (or lapsed only for a moment): on its way to turning on."""
        return not self.active and self._raw_since is not None

    def update(self, raw: bool, t_s: float) -> Transition:
        out = Transition()
        if raw != self.active:
            if self._lapsed and self._lapse_too_long(t_s):
                self._raw_since = None  # back after too long a lapse: the wait starts again
            self._lapsed = False
            if not self.active:
                self._last_held_t = t_s
            if self._raw_since is None:
                self._raw_since = t_s
            # Frame times are sums of float steps: six 1/30 s frames must make 0.2 s, not 0.19999999999999996.
            waited = t_s - self._raw_since + _CLOCK_SLACK_S
            if not self.active and waited >= self.enter_s:
                self.active, self.since = True, self._raw_since
                out = Transition(began=self._raw_since)
                self._raw_since = None
            elif self.active and waited >= self.exit_s:
                self.active = False
                out = Transition(ended=self._raw_since)
                self.since = None
                self._raw_since = None
        elif not self.active and self._raw_since is not None and self.enter_gap_s > 0.0:
            self._lapsed = True
            if self._lapse_too_long(t_s):
                self._raw_since, self._lapsed = None, False
        else:
            self._raw_since = None
        self._last_t = t_s
        return out

    def _lapse_too_long(self, t_s: float) -> bool:
        """From the last frame the condition held to ``t_s``: longer than ``enter_gap_s``.

        Measured between frames that held, so at 7 frames/s one lapsed frame (0.29 s between
        holding frames) is already too long for a 0.2 s gap, as it would be at 30 frames/s.
        """
        return self._last_held_t is None or t_s - self._last_held_t > self.enter_gap_s + _CLOCK_SLACK_S

    def close(self, t_s: float) -> Transition:
        """End of stream: an active span ends at the last disagreeing time, or now."""
        if not self.active:
            self._raw_since, self._lapsed = None, False
            return Transition()
        end = self._raw_since if self._raw_since is not None else t_s
        self.active, self.since, self._raw_since = False, None, None
        return Transition(ended=end)


class BorderlineVerdict:
    """"Below the limit is a fault", judged the same way for reps that are alike.

    Reps of 1.1–1.3 s against a 1.2 s limit would flip between "too fast" and
    "good" on noise alone, which a patient hears as the coach contradicting
    itself. A value inside ``margin`` (a fraction of the limit) of the limit gets
    the previous rep's verdict; only a clear difference changes it.
    """

    def __init__(self, limit: float, margin: float = 0.15) -> None:
        self.limit = limit
        self.margin = margin
        self._last: Optional[bool] = None

    def judge(self, value: float) -> bool:
        """True when ``value`` is below the limit (the fault applies)."""
        band = abs(self.limit) * self.margin
        if self._last is not None and abs(value - self.limit) <= band:
            return self._last
        self._last = value < self.limit
        return self._last


# Seen out of the start position at least this long, getting into it is setting up (see StartPosition).
AWAY_S = 2.0


class StartPosition:
    """An exercise's start position, debounced, and whether it has been held long enough to count from.

    Moves made while getting into position, adjusting the mat or talking are not reps: when the
    person gets into the position after being seen out of it for :data:`AWAY_S` or more
    (standing, sitting, another exercise), nothing starts counting until it has been held
    ``settle_s``. After less — the first moments of a recording or of a new shot, a far camera
    finding the position late, a flicker — it counts as held already, and so it does after time
    with nobody seen at all (the person walked out of the picture, or the camera was covered):
    what can be seen of them says nothing of setting up, and a clip that opens mid-set keeps
    its first rep.
    """

    def __init__(self, enter_s: float, exit_s: float, settle_s: float) -> None:
        self.flag = DebouncedFlag(enter_s, exit_s)
        self.settle_s = settle_s
        self._last_t: Optional[float] = None
        self._seen_out_s = 0.0  # time the person was seen out of the position since last in it
        self._came_back = True  # the current stretch in position began after under AWAY_S seen out of it

    def update(self, raw: bool, t_s: float, seen: bool = True) -> Transition:
        """``raw``: in the position this frame; ``seen``: the person was seen at all (judged, not guessed)."""
        if self._last_t is not None and seen and not raw and not self.flag.active:
            self._seen_out_s += t_s - self._last_t
        self._last_t = t_s
        tr = self.flag.update(raw, t_s)
        if tr.began is not None:
            self._came_back = self._seen_out_s < AWAY_S
            self._seen_out_s = 0.0
        if tr.ended is not None:
            self._seen_out_s = t_s - tr.ended
        return tr

    @classmethod
    def from_rules(cls, rules: "Rules") -> "StartPosition":
        """From the exercise's ``position.enter_s``, ``position.exit_s`` and ``position.settle_s``."""
        return cls(rules.num("position.enter_s"), rules.num("position.exit_s"), rules.num("position.settle_s"))

    @property
    def active(self) -> bool:
        return self.flag.active

    @property
    def held_before(self) -> bool:
        """In position after under :data:`AWAY_S` seen out of it: what the person is doing began in position."""
        return self.flag.active and self._came_back

    @property
    def fresh(self) -> bool:
        """Not (yet) in position, but not seen out of it for :data:`AWAY_S` either: no setting up seen."""
        return not self.flag.active and self._seen_out_s < AWAY_S

    def settled(self, t_s: float) -> bool:
        """In position, and held ``settle_s`` since getting into it (at once after a short absence)."""
        since = self.flag.since
        if not self.flag.active or since is None:
            return False
        return self._came_back or t_s - since >= self.settle_s
