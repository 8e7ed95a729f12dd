"""How well a set went, computed one way for every screen, report, file and progression rule.

A set of a rep exercise is judged rep by rep (good reps / reps judged); a hold
is judged second by second (good-form seconds / seconds held). The two are
different units, so they are never added into one ratio: several sets of one
exercise pool their reps, or their seconds, and a session with both reports
each share on its own (:func:`split_shares`).

Anything with the four counts (:class:`FormCounts`: a stored set, a set's
outcome, an analysis result, a shared set, a history point) is read the same
way.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional, Protocol


class FormCounts(Protocol):
    """The counts a good-form share is computed from; ``hold_s`` is None for a rep exercise."""

    @property
    def good_reps(self) -> int: ...

    @property
    def reps_judged(self) -> int: ...

    @property
    def hold_s(self) -> Optional[float]: ...

    @property
    def good_form_s(self) -> Optional[float]: ...


def rep_share(good_reps: int, reps_judged: int) -> Optional[float]:
    """Good reps / reps judged; None when no rep was judged."""
    return good_reps / reps_judged if reps_judged else None


def hold_share(good_form_s: Optional[float], hold_s: Optional[float]) -> Optional[float]:
    """Good-form seconds / seconds held, at most 1; None when nothing was held."""
    return min(1.0, (good_form_s or 0.0) / hold_s) if hold_s else None


def good_form_share(counts: FormCounts) -> Optional[float]:
    """One set's (or one pooled tally's) share: by seconds for a hold, by reps otherwise."""
    if counts.hold_s is not None:
        return hold_share(counts.good_form_s, counts.hold_s)
    return rep_share(counts.good_reps, counts.reps_judged)


@dataclass(frozen=True)
class FormTally:
    """Several sets' counts added up, reps with reps and seconds with seconds."""

    good_reps: int = 0
    reps_judged: int = 0
    hold_s: Optional[float] = None
    good_form_s: Optional[float] = None

    @classmethod
    def of(cls, parts: Iterable[FormCounts]) -> "FormTally":
        good_reps = reps_judged = 0
        hold_s: Optional[float] = None
        good_s: Optional[float] = None
        for p in parts:
            good_reps += p.good_reps
            reps_judged += p.reps_judged
            if p.hold_s is not None:
                hold_s = (hold_s or 0.0) + p.hold_s
                good_s = (good_s or 0.0) + (p.good_form_s or 0.0)
        return cls(good_reps, reps_judged, hold_s, good_s)

    @property
    def rep_share(self) -> Optional[float]:
        return rep_share(self.good_reps, self.reps_judged)

    @property
    def hold_share(self) -> Optional[float]:
        return hold_share(self.good_form_s, self.hold_s)

    @property
    def share(self) -> Optional[float]:
        """Sets of one exercise: by seconds if they were holds, by reps otherwise."""
        return good_form_share(self)


def pooled_share(parts: Iterable[FormCounts]) -> Optional[float]:
    """The good-form share over several sets of one exercise."""
    return FormTally.of(parts).share


def split_shares(reps: Iterable[FormCounts], holds: Iterable[FormCounts]) -> tuple[Optional[float], Optional[float]]:
    """(share of good reps over the rep sets, share of good-form seconds over the holds), each None when empty."""
    return FormTally.of(reps).rep_share, FormTally.of(holds).hold_share
