"""Guided sessions in the real window with the shared bridge clip: recording as it happens, rests, pain, resume.

Sets play the video as fast as inference goes; rests run on a fake clock. The
store is read while the set is still running to prove each rep is on disk the
moment the analyzer reports it.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from coach.exercises import events as ev
from coach.live.set_tracks import SetTracks
from coach.pose.track import load_track
from coach.programme import Prescription, Programme, SetOutcome
from coach.live.guided_runner import Phase, ProgrammeRunner
from coach.store import COMPLETED, IN_PROGRESS, STOPPED_FOR_PAIN
from coach.ui.live_session import SetState

from .sessions import NO_FLAGS

SET_TIMEOUT_MS = 60_000


def _bridge_programme(store, sets: int = 2, rest_s: float = 30, reps: int = 2):
    return store.save_programme(Programme("Bridges", (Prescription("glute_bridge", sets=sets, reps=reps,
                                                                   rest_s=rest_s),)))


def test_a_guided_session_records_each_rep_as_it_happens_with_a_rest_between_sets(
        qtbot, make_window, store, screened, bridge_clip, clock, data_dir):
    prog = _bridge_programme(store)
    w = make_window(source=str(bridge_clip))
    g = w.start_session()
    assert g.pages.currentWidget() is g.pain_before and not w.tabs.isTabEnabled(1)
    g.pain_before.scale.choose(3)
    assert g.pages.currentWidget() is g.intro
    assert g.intro.title.text() == "Glute bridge" and "set 1 of 2" in g.intro.step.text()
    assert "Put the laptop on the floor" in g.intro.placement.text()
    g.intro.start_button.click()
    session, set_id = g.session, g.set.set_id
    seen = []

    def look(events):  # connected after the recorder, so it runs once the rep is saved
        for e in events:
            if e.kind == ev.REP_COMPLETED:
                seen.append((e.count, len(store.reps_of(set_id)), store.set_info(set_id).rep_count, session.state))

    session.eventsReceived.connect(look)
    assert g.pages.currentWidget() is g.live
    qtbot.waitUntil(lambda: g.runner.phase is Phase.REST, timeout=SET_TIMEOUT_MS)
    assert [s[:3] for s in seen] == [(1, 1, 1), (2, 2, 2)]
    assert seen[0][3] is SetState.RUNNING, "the first rep was saved while the set was still running"
    assert session.result.ended_by == "finished"  # the clip ends as the second rep is lowered

    # Rest: the countdown follows the clock; a pain check 2 above the start suggests stopping and holds the rest.
    assert g.pages.currentWidget() is g.rest and "set 2 of 2" in g.rest.next.text()
    qtbot.waitUntil(lambda: g.rest.seconds.text() == "30", timeout=2000)
    clock.advance(12)
    qtbot.waitUntil(lambda: g.rest.seconds.text() == "18", timeout=2000)
    g.rest.scale.choose(5)
    assert g.rest.advice_box.isVisible() and "up from 3/10" in g.rest.advice.text()
    clock.advance(20)  # the rest is over, but nothing starts while the advice is on screen
    qtbot.wait(400)
    assert g.runner.phase is Phase.REST
    g.rest.continue_button.click()
    qtbot.waitUntil(lambda: g.runner.phase is Phase.SET_ACTIVE, timeout=2000)  # set 2 starts by itself
    qtbot.waitUntil(lambda: g.runner.phase is Phase.PAIN_AFTER, timeout=SET_TIMEOUT_MS)
    g.pain_after.scale.choose(2)
    assert g.pages.currentWidget() is g.summary
    assert "2 of 2 sets, 4 reps" in g.summary.lines.text() and "3/10 before, 2/10 after" in g.summary.pain.text()
    g.summary.done_button.click()
    assert w.guided is None and w.tabs.isTabEnabled(2)

    info = store.sessions()[-1]
    assert (info.status, info.programme_id, info.pain_before, info.pain_after) == (COMPLETED, prog.id, 3, 2)
    sets = store.sets_of(info.id)
    assert [(s.set_index, s.rep_count, s.reps_recorded, s.ended_reason) for s in sets] == [
        (1, 2, 2, "finished"), (2, 2, 2, "finished")]
    assert [p.context for p in store.pain_ratings(info.id)] == ["before", "during", "after"]
    tracks = SetTracks(store)
    for s in sets:
        path = tracks.track_of(s.id)
        assert path is not None and path.parent == data_dir / "tracks"
        assert path.name == f"session_{info.id}_set_{s.set_index}.npz"
        assert len(load_track(path)) > 100  # every analysed frame of the ~6.7 s clip, not just rendered ones


def test_stop_it_hurts_mid_set_keeps_the_reps_records_the_rating_and_suggests_stopping(
        qtbot, make_window, store, screened, bridge_clip):
    _bridge_programme(store, sets=2, reps=5)
    store.save_programme(Programme("unused", (Prescription("plank", hold_s=20),)))
    w = make_window(source=str(bridge_clip))
    g = w.start_session()
    g.pain_before.scale.choose(2)
    g.intro.start_button.click()
    set_id = g.set.set_id
    qtbot.waitUntil(lambda: len(store.reps_of(set_id)) >= 1, timeout=SET_TIMEOUT_MS)
    g.hurt()
    assert g.pain_dialog is not None
    g.pain_dialog.choose(6)
    qtbot.waitUntil(lambda: g.runner.phase is Phase.PAIN_STOPPED, timeout=10_000)
    assert g.pages.currentWidget() is g.stopped
    assert g.stopped.advice_box.isVisible() and "up from 2/10" in g.stopped.advice.text()
    assert "stopping for today" in g.stopped.advice.text()
    s = store.set_info(set_id)
    assert s.stopped_for_pain and s.pain == 6 and s.ended_reason == "pain" and s.reps_recorded >= 1
    g.stopped.end_button.click()
    assert g.pages.currentWidget() is g.summary and "stopped because it hurt" in g.summary.status.text()
    info = store.session(s.session_id)
    assert (info.status, info.pain_after) == (STOPPED_FOR_PAIN, 6)


def test_a_set_ends_itself_when_the_target_is_reached(qtbot, make_window, store, screened, bridge_clip):
    _bridge_programme(store, sets=1, reps=1)
    w = make_window(source=str(bridge_clip))
    g = w.start_session()
    g.pain_before.scale.choose(1)
    g.intro.start_button.click()
    qtbot.waitUntil(lambda: g.runner.phase is Phase.PAIN_AFTER, timeout=SET_TIMEOUT_MS)
    assert g.session.result.ended_by == "target_reached"
    assert g.session.analyzer.t_s < 5.5, "ended at the first rep, not at the end of the 6.7 s clip"
    s = store.sets_of(store.sessions()[-1].id)[0]
    assert (s.rep_count, s.ended_reason) == (1, "finished")


def test_red_flag_answers_block_the_session_and_advise_a_clinician(qtbot, make_window, store):
    _bridge_programme(store)
    w = make_window()
    g = w.start_session()
    assert g.pages.currentWidget() is g.safety
    g.safety.continue_button.click()
    assert "answer every question" in g.safety.message.text() and g.pages.currentWidget() is g.safety
    for key, value in NO_FLAGS.items():
        g.safety.answer(key, value)
    g.safety.answer("saddle_numbness", True)
    g.safety.continue_button.click()
    assert g.pages.currentWidget() is g.not_advised
    advice = g.not_advised.advice.text()
    assert "talk to a doctor or physiotherapist" in advice and "will not start" in advice
    for word in ("cauda", "equina", "syndrome", "diagnos", "tumour", "cancer", "infection", "fracture"):
        assert word not in advice.lower()
    assert store.sessions() == [] and store.last_screening().passed is False
    g.not_advised.back_button.click()
    assert w.guided is None

    g = w.start_session()  # asked again (the last screening did not pass); all "no" lets the session start
    for key, value in NO_FLAGS.items():
        g.safety.answer(key, value)
    g.safety.continue_button.click()
    assert g.pages.currentWidget() is g.pain_before and store.last_screening().passed is True


def test_an_unfinished_session_is_offered_for_resume_and_continues_at_the_next_set(
        qtbot, make_window, store, screened):
    prog = _bridge_programme(store, sets=3)
    crashed = ProgrammeRunner(prog, store=store)  # a session the app never finished (killed mid-set 2)
    crashed.set_pain_before(4)
    crashed.start_set(0.0)
    crashed.set_finished(SetOutcome("glute_bridge", rep_count=2, good_reps=2, reps_judged=2), 10.0)
    crashed.skip_rest(12.0)
    assert crashed.phase is Phase.SET_ACTIVE and store.session(crashed.recorder.session_id).status == IN_PROGRESS

    w = make_window()
    g = w.start_session()
    assert g.pages.currentWidget() is g.resume_page and g.resume_page.resume_button.isVisible()
    assert "“Bridges”: 2 sets recorded" in g.resume_page.detail.text()
    g.resume_page.resume_button.click()
    assert g.runner.recorder.session_id == crashed.recorder.session_id
    assert g.pages.currentWidget() is g.intro and "set 2 of 3" in g.intro.step.text()  # the interrupted set again
    assert not g.intro.start_button.isEnabled() and "No camera" in g.intro.source.text()
    g.intro.end_button.click()
    g.pain_after.scale.choose(3)
    info = store.session(crashed.recorder.session_id)
    assert (info.status, info.pain_before, info.pain_after) == (COMPLETED, 4, 3)
    assert [s.ended_reason for s in store.sets_of(info.id)] == ["finished", "interrupted"]
    g.summary.done_button.click()
    assert store.open_sessions() == []


def test_closing_an_unfinished_session_starts_a_new_one(qtbot, make_window, store, screened):
    prog = _bridge_programme(store)
    old = ProgrammeRunner(prog, store=store)
    old.set_pain_before(1)
    w = make_window()
    g = w.start_session()
    g.resume_page.close_button.click()
    assert store.session(old.recorder.session_id).status == "abandoned"
    assert g.pages.currentWidget() is g.pain_before


def test_h_on_the_intro_stops_and_a_skipped_rating_still_offers_to_end(qtbot, make_window, store, screened):
    _bridge_programme(store)
    w = make_window()
    w.activateWindow()  # window shortcuts only fire in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)
    g = w.start_session()
    g.pain_before.scale.choose(2)
    QTimer.singleShot(0, lambda: g.pain_dialog.reject())
    qtbot.keyClick(w, Qt.Key.Key_H)  # "Stop — it hurts" from the keyboard, as on the live window
    qtbot.waitUntil(lambda: g.pages.currentWidget() is g.stopped, timeout=2000)
    assert g.stopped.rating.text() == "Pain rating skipped." and not g.stopped.advice_box.isVisible()
    g.stopped.end_button.click()
    assert g.pages.currentWidget() is g.pain_after
    QApplication.processEvents()


def test_closing_the_window_mid_set_keeps_the_session_open_for_resume(qtbot, make_window, store, screened,
                                                                       bridge_clip):
    _bridge_programme(store, sets=2, reps=5)
    w = make_window(source=str(bridge_clip))
    g = w.start_session()
    g.pain_before.scale.choose(2)
    g.intro.start_button.click()
    set_id = g.set.set_id
    qtbot.waitUntil(lambda: len(store.reps_of(set_id)) >= 1, timeout=SET_TIMEOUT_MS)
    w.close()  # threads joined, the set's reps kept, nothing new starts
    assert g.session.state is SetState.ENDED and not g.tick_timer.isActive()
    [open_one] = store.open_sessions()
    assert store.set_info(set_id).reps_recorded >= 1 and len(store.sets_of(open_one.id)) == 1
