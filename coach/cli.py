"""The ``coach`` command: the GUI by default, ``coach analyze`` for recordings, ``coach bench`` for speed.

Every failure a person can act on (missing file, not a video, unknown exercise,
malformed rule file) is one line on stderr and a non-zero exit, never a
traceback. Qt is imported only when the GUI is asked for, so the analysis
commands run on machines without a display.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from contextlib import contextmanager
from typing import Iterator, Optional, Sequence

from coach.analysis.result import AnalysisResult
from coach.analysis.session import AUTO  # --exercise auto (or none): recognise the exercises, split into sets
from coach.analysis.summary_text import print_summary
from coach.errors import CoachError
from coach.outputs import VIDEO_OUT_SUFFIXES, Output, check_output_folder, check_outputs
from coach.untrusted import printable

EXIT_BAD_INPUT = 2
EXIT_INCOMPLETE = 1      # done, but not all of it (a share import whose pose tracks could not all be saved)
EXIT_TERMINATED = 143  # 128 + SIGTERM
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as the shell reports a writer whose reader went away


REPORT_FORMATS = (".html", ".htm", ".pdf")


def _check_report_dir(path: str) -> Path:
    d = Path(path)
    if d.exists() and not d.is_dir():
        raise CoachError(f"--report-dir must be a folder ({d} is a file)")
    try:
        d.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CoachError(f"could not create folder {d}: {exc.strerror or exc}") from exc
    return d


def _batch_reports(inputs: list[Path], json_dir: str, report_dir: Path, since: float, rules: list[str]) -> None:
    """One ``<name>.html`` per input analysed in this run, read back from its JSON one at a time.

    Reading the JSONs back (rather than holding every result) keeps memory flat
    for a clinic's folder; the name and freshness checks skip inputs that failed
    this run, so a stale JSON from an earlier run never becomes a report.
    """
    import json

    from coach.analysis.batch import _json_path
    from coach.analysis.session import SessionAnalysis, result_from_dict
    from coach.reports import export_report
    from coach.reports.session_report import export_session_analysis_reports

    taken: set[str] = set()
    for video in inputs:
        jp = Path(_json_path(json_dir, video, taken) or "")
        try:
            if jp.stat().st_mtime < since:
                continue
            data = json.loads(jp.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if data.get("video") != str(video):
            continue
        result = result_from_dict(data)
        if isinstance(result, SessionAnalysis):
            export_session_analysis_reports(result, [report_dir / f"{jp.stem}.html"])
        else:
            export_report(result, report_dir / f"{jp.stem}.html", rules_overrides=rules or None)


def _quiet_opencv() -> None:
    """OpenCV prints its own "[ERROR] ... cap_ffmpeg_impl" lines for a file it cannot decode; Coach's
    one-line message says it better. A user who sets OPENCV_LOG_LEVEL keeps OpenCV's logging."""
    if "OPENCV_LOG_LEVEL" not in os.environ:
        import cv2

        # 0 = silent (cv::utils::logging::LOG_LEVEL_SILENT); OpenCV 5 keeps it under cv2.utils.logging only.
        set_level = getattr(cv2, "setLogLevel", None) or cv2.utils.logging.setLogLevel
        set_level(0)


# Every argument that names a file or folder, checked before anything runs.
PATH_ARGUMENTS = ("inputs", "json", "annotate", "rules", "global_rules", "save_pose", "report", "csv", "report_dir",
                  "summary", "track", "file", "out", "data_dir", "video", "source")


def _check_name_lengths(args: argparse.Namespace) -> None:
    """A name longer than the file system allows is one line naming the option, not an OSError traceback
    from whichever stage first touches it (Path.exists() raises for it)."""
    for key in PATH_ARGUMENTS:
        value = getattr(args, key, None)
        for text in (value if isinstance(value, list) else [value]):
            if not isinstance(text, str) or not text:
                continue
            for part in Path(text).parts:
                size = len(os.fsencode(part))
                if size > _name_max(text):
                    flag = {"inputs": "input", "track": "track", "file": "share file", "video": "video"}.get(
                        key, "--" + key.replace("global_", "").replace("_", "-"))
                    raise CoachError(f"{flag}: the name {printable(part[:40])}… is {size} bytes; the file system "
                                     f"allows {_name_max(text)}")


def _name_max(path: str) -> int:
    """The longest file name (bytes) where ``path`` would be; 255 on every common file system."""
    folder = Path(path).parent
    while True:
        try:
            if folder.is_dir():
                return int(os.pathconf(folder, "PC_NAME_MAX"))
        except (OSError, ValueError, AttributeError):
            break
        if folder == folder.parent:
            break
        folder = folder.parent
    return 255


def _rule_files(args: argparse.Namespace) -> list[str]:
    """``coach --rules A analyze … --rules B``: both apply, the global ones first (a later file wins)."""
    return [*getattr(args, "global_rules", []), *getattr(args, "rules", [])]


def _single_outputs(args: argparse.Namespace, video: Path) -> tuple[list[Output], list[Path], Optional[Path]]:
    """Every file one analysis will write, with what each must look like; also the reports and the CSV."""
    from coach.reports.export import check_report_path

    reports = [check_report_path(r, REPORT_FORMATS) for r in args.report]
    csv_path = check_report_path(args.csv, (".csv",)) if args.csv else None
    if args.report_dir:
        reports.append(_check_report_dir(args.report_dir) / f"{video.stem}.html")
    outputs = [Output("--report", r) for r in reports]
    if args.json:
        outputs.append(Output("--json", Path(args.json)))
    if args.save_pose:
        outputs.append(Output("--save-pose", Path(args.save_pose), (".npz",)))
    if args.annotate:
        outputs.append(Output("--annotate", Path(args.annotate), VIDEO_OUT_SUFFIXES))
    if csv_path is not None:
        outputs.append(Output("--csv", csv_path))
    if args.summary:
        outputs.append(Output("--summary", Path(args.summary), (".csv",)))
    return outputs, reports, csv_path


def _batch_outputs(args: argparse.Namespace, inputs: list[Path]) -> list[Output]:
    """The per-input JSON and report files a batch will write (their folders are made here)."""
    from coach.analysis.batch import _json_path

    outputs: list[Output] = []
    if args.summary:
        outputs.append(Output("--summary", Path(args.summary), (".csv",)))
    for flag, folder, suffix in (("--json", args.json, ".json"), ("--report-dir", args.report_dir, ".html"),
                                 ("--save-pose", args.save_pose, ".npz")):
        if not folder:
            continue
        d = Path(folder)
        check_output_folder(flag, d)
        try:
            d.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CoachError(f"could not create folder {d}: {exc.strerror or exc}") from exc
        taken: set[str] = set()
        for video in inputs:
            out = Path(_json_path(str(d), video, taken) or "").with_suffix(suffix)
            outputs.append(Output(flag, out))
    return outputs


def cmd_analyze(args: argparse.Namespace) -> int:
    from coach.analysis.batch import analyze_many, expand_inputs

    _quiet_opencv()

    rules = _rule_files(args)
    if args.scheduler is not None:
        from coach.analysis.cluster import check_address

        check_address(args.scheduler)  # before anything runs: "" must not quietly mean "here"
    inputs = expand_inputs(args.inputs)
    sources = [*inputs, *(Path(r) for r in rules)]
    if args.annotate and args.scheduler:
        raise CoachError("--annotate draws every frame in this process; it cannot run on --scheduler")
    if args.exercise == AUTO and len(inputs) == 1 and not Path(args.inputs[0]).is_dir():
        return _analyze_auto(args, inputs, rules, sources)
    if len(inputs) == 1 and not Path(args.inputs[0]).is_dir():
        from coach.analysis import analyze_file, write_json
        from coach.reports.export import export_report

        # Check every output, and the rule files, before a long analysis, not after it.
        outputs, reports, csv_path = _single_outputs(args, inputs[0])
        check_outputs(sources, outputs)
        _check_rules(args.exercise, rules)
        if args.scheduler and inputs[0].suffix.lower() == ".npz":
            print("coach: one pose track is re-scored in this process (no model to run); --scheduler is used "
                  "for videos and for several inputs", file=sys.stderr)
        result = analyze_file(inputs[0], args.exercise, rules=rules, save_pose=args.save_pose,
                              annotate=args.annotate, jobs=args.jobs, scheduler=args.scheduler)
        if args.json:
            write_json(result, args.json)
        for out in reports:
            export_report(result, out, rules_overrides=rules or None)
        if csv_path is not None:
            export_report(result, csv_path)
        if args.summary:
            from coach.analysis.batch_summary import summary_row, write_summary_csv

            write_summary_csv([summary_row(inputs[0], args.exercise, result)], args.summary)
        if args.store:
            _store_result(result)
        if not args.quiet:  # last: a reader that stops early (| head) costs no file
            print_summary(result)
        return 0
    if args.annotate:
        raise CoachError("--annotate takes one input video; give a folder to --json for batches")
    if args.report or args.csv:
        raise CoachError("--report and --csv take one input video; use --report-dir DIR for several")
    check_outputs(sources, _batch_outputs(args, inputs))
    _check_rules(args.exercise, rules)
    batch = dict(jobs=args.jobs, quiet=args.quiet, scheduler=args.scheduler, pose_dir=args.save_pose,
                 summary_csv=args.summary, report_dir=args.report_dir, redo=args.redo)
    if not args.report_dir:
        return analyze_many(inputs, args.exercise, rules=rules, json_dir=args.json, **batch)
    import tempfile
    import time

    report_dir = _check_report_dir(args.report_dir)
    since = time.time() - 1.0
    with tempfile.TemporaryDirectory(prefix="coach-json-") as scratch:
        json_dir = args.json or scratch
        code = analyze_many(inputs, args.exercise, rules=rules, json_dir=json_dir, **batch)
        _batch_reports(inputs, json_dir, report_dir, since, rules)
    return code


def _check_rules(exercise: str, rules: list[str]) -> None:
    """Every rule file read and checked before a long analysis (for auto: against the exercises it names)."""
    from coach.exercises.registry import create_analyzer, overrides_by_exercise

    if exercise == AUTO:
        overrides_by_exercise(rules)
    else:
        create_analyzer(exercise, rules)


def _analyze_auto(args: argparse.Namespace, inputs: list[Path], rules: list[str], sources: list[Path]) -> int:
    """``coach analyze RECORDING`` without ``--exercise``: find the sets of every exercise in it."""
    from coach.analysis.session import analyze_session_file, write_session_json
    from coach.analysis.summary_text import print_session_summary
    from coach.exercises.registry import overrides_by_exercise
    from coach.reports.session_report import export_session_analysis_reports

    if args.annotate:
        raise CoachError("--annotate draws one exercise's measures: give --exercise with it")
    outputs, reports, csv_path = _single_outputs(args, inputs[0])
    check_outputs(sources, outputs)
    overrides = overrides_by_exercise(rules)  # every rule file checked before the long part
    session = analyze_session_file(inputs[0], overrides, save_pose=args.save_pose, jobs=args.jobs,
                                   scheduler=args.scheduler)
    if args.json:
        write_session_json(session, args.json)
    export_session_analysis_reports(session, [*reports, *([csv_path] if csv_path is not None else [])])
    if args.store:
        from coach.store import Store, default_db_path
        from coach.store.importing import store_session_analysis

        with Store(default_db_path()) as store:
            print(f"stored as session {store_session_analysis(store, session)} in {default_db_path()}")
    if args.summary:
        from coach.analysis.batch_summary import session_rows, write_summary_csv

        write_summary_csv(session_rows(inputs[0], session), args.summary)
    if not args.quiet:
        print_session_summary(session)
    return 0


def _store_result(result: AnalysisResult) -> None:
    """Keep an analysed recording in the session store, as a physio's review of a home session."""
    from coach.store import Store, default_db_path
    from coach.store.importing import store_analysis_result

    with Store(default_db_path()) as store:
        session_id = store_analysis_result(store, result)
    print(f"stored as session {session_id} in {default_db_path()}")


def cmd_export_track(args: argparse.Namespace) -> int:
    from coach.pose.track import load_track
    from coach.pose.track_csv import write_track_csv

    check_outputs([Path(args.track)], [Output("--csv", Path(args.csv))])
    out = write_track_csv(load_track(args.track), args.csv)
    print(f"wrote {out}")
    return 0


def _existing_store(action: str, read_only: bool = False):
    """The store in --data-dir (or the default folder); a missing one is an error, not a new empty store.

    An empty file (0 bytes) or a folder in its place is said to be what it is, and left as it is;
    ``read_only`` opens it only for reading (``coach sessions`` lists a store it may not write)."""
    from coach.store import Store, default_db_path

    path = default_db_path()
    if path.is_dir():
        raise CoachError(f"{path} is a folder, not a Coach data file; give the folder that holds coach.sqlite3 "
                         f"with --data-dir to {action}")
    if not path.is_file():
        raise CoachError(f"no Coach data in {path.parent} ({path.name} is missing); give the folder with --data-dir "
                         f"to {action}")
    if path.stat().st_size == 0:
        raise CoachError(f"{path} is empty (0 bytes): not a Coach data file; it was left as it is")
    if read_only and not os.access(path, os.W_OK):
        return Store(path, read_only=True)
    return Store(path)


def cmd_share(args: argparse.Namespace) -> int:
    """``coach share export|import``: a patient's sessions as one file, and back into a physio's store."""
    from datetime import date

    from coach.live.set_tracks import SetTracks
    from coach.store import Store, default_db_path
    from coach.store.share import export_share, human_size, import_share

    if args.share_command == "export":
        try:
            since = date.fromisoformat(args.since) if args.since else None
        except ValueError:
            raise CoachError(f"--since must be a date like 2024-05-06, got {args.since!r}") from None
        with _existing_store("export") as store:
            patient_id = None
            if args.patient:
                match = [p for p in store.patients() if p.name.casefold() == args.patient.strip().casefold()]
                if not match:
                    raise CoachError(f"no patient called {args.patient!r} in {store.path}")
                patient_id = match[0].id
            result = export_share(store, args.out, patient_id, since, SetTracks(store), args.name)
        for line in result.lines[:-1]:
            print(printable(line))
        print(f"wrote {result.path} ({human_size(result.size)})")
        return 0
    from coach.store.share.checks import read_package

    package = read_package(args.file)  # a refused file creates no data folder and no empty store
    with Store(default_db_path()) as store:
        report = import_share(store, package, args.patient, SetTracks(store))
    print(printable(report.line()))
    return EXIT_INCOMPLETE if report.tracks_failed else 0


def cmd_sessions(args: argparse.Namespace) -> int:
    import json

    from coach.store.share import format_table, session_rows

    with _existing_store("list", read_only=True) as store:
        rows = session_rows(store)
    if args.json:
        print(json.dumps([r.to_json() for r in rows], indent=1))
    else:
        print(format_table(rows) if rows else "no sessions")
    return 0


def _add_share_commands(sub: argparse._SubParsersAction) -> list[argparse.ArgumentParser]:
    data_help = "the Coach data folder (default: COACH_DATA_DIR or the platform's user data folder)"
    sh = sub.add_parser("share", help="share sessions with a physio as one file (no cloud), or import one")
    verbs = sh.add_subparsers(dest="share_command", required=True)
    ex = verbs.add_parser("export", help="write the sessions not shared yet (or since a date) to a .coachshare file")
    ex.add_argument("--out", required=True, help="the file to write (.coachshare is added if missing)")
    ex.add_argument("--since", metavar="DATE", help="share every finished session from this date (YYYY-MM-DD); "
                                                    "default: the ones not shared yet")
    ex.add_argument("--patient", help="whose sessions (default: the home user's)")
    ex.add_argument("--name", help="the patient's name as the physio knows it (default: the stored name)")
    im = verbs.add_parser("import", help="add a patient's .coachshare file to this data folder's history")
    im.add_argument("file", help="a .coachshare file")
    im.add_argument("--patient", help="the patient to add the sessions to (made if new; default: the file's name)")
    ls = sub.add_parser("sessions", help="list the sessions in the data folder")
    ls.add_argument("--json", action="store_true", help="one JSON object per session")
    for sp in (ex, im, ls):  # SUPPRESS: `coach --data-dir D share …` and `coach share … --data-dir D` both work
        sp.add_argument("--data-dir", default=argparse.SUPPRESS, help=data_help)
    return [sh, ex, im, ls]


def build_parser() -> argparse.ArgumentParser:
    from coach.exercises.registry import exercise_names

    names = exercise_names()
    p = argparse.ArgumentParser(prog="coach", description="Exercise-form coach for back-pain programmes.")
    p.add_argument("--source", help="camera index or video file to open straight into a set (GUI)")
    p.add_argument("--exercise", choices=[*names, AUTO],
                   help="exercise for --source (GUI); auto: Coach recognises it")
    p.add_argument("--rules", dest="global_rules", action="append", default=[],
                   help="per-patient rule override file (repeatable; also applies to analyze)")
    p.add_argument("--data-dir", help="folder for the session store (default: the platform's user data folder; "
                                      "also COACH_DATA_DIR)")
    verbose_help = "show the libraries' own log messages (MediaPipe, TFLite, FFmpeg) on stderr"
    p.add_argument("--verbose", action="store_true", help=verbose_help)
    sub = p.add_subparsers(dest="command")
    a = sub.add_parser("analyze", help="analyse recorded videos or pose tracks")
    a.add_argument("inputs", nargs="+", help="video files, .npz pose tracks, or folders of them")
    a.add_argument("--exercise", choices=[*names, AUTO], default=AUTO,
                   help="the exercise in the recordings; without it (or 'auto') Coach recognises the exercises in "
                        "a whole-session recording and splits it into sets")
    a.add_argument("--json", help="write coach.analysis/1 JSON here (a folder when there are several inputs)")
    a.add_argument("--annotate", help="write the video with skeleton, angle, count and cue drawn on it")
    a.add_argument("--rules", action="append", default=[], help="per-patient rule override file (repeatable)")
    a.add_argument("--save-pose", help="write the pose track (.npz, coach.posetrack/1: the skeleton, never the "
                                       "video) while analysing; a folder of <name>.npz when there are several inputs")
    a.add_argument("--report", action="append", default=[], metavar="OUT.html|OUT.pdf",
                   help="write a report for filing: summary, rep table, angle plot, faults (repeatable: "
                        "give both an .html and a .pdf)")
    a.add_argument("--csv", metavar="OUT.csv", help="write one row per rep (per hold period for plank)")
    a.add_argument("--report-dir", metavar="DIR", help="write <video name>.html per input into this folder")
    a.add_argument("--jobs", type=int, default=1,
                   help="worker processes of a local Dask cluster: one input per task, or chunks of one long "
                        "video (default 1: no cluster)")
    a.add_argument("--scheduler", metavar="ADDRESS",
                   help="run on an existing Dask cluster (tcp://host:8786) instead of a local one; its workers "
                        "need the coach core package and must reach the input paths")
    a.add_argument("--summary", metavar="OUT.csv",
                   help="one table for all inputs (reps, good-form share, hold, faults per kind, judged s, error), "
                        "written once at the end")
    a.add_argument("--redo", action="store_true",
                   help="analyse again inputs whose --json result was made from the same content and rules "
                        "(skipped by default)")
    a.add_argument("--quiet", action="store_true", help="no summary on stdout")
    a.add_argument("--store", action="store_true", help="also keep the result as a session in the session store")
    t = sub.add_parser("export-track", help="export a pose track (.npz) as CSV, one row per frame")
    t.add_argument("track", help="a coach.posetrack/1 .npz file")
    t.add_argument("--csv", required=True, help="output CSV file")
    b = sub.add_parser("bench", help="measure speed and memory")
    b.add_argument("video", nargs="?", help="clip to measure with (default: a synthetic one); with --batch, a folder "
                                            "of recordings")
    b.add_argument("--batch", action="store_true",
                   help="measure batch review instead: a folder in one process vs a 2-worker local Dask cluster, "
                        "and re-scoring its pose tracks")
    b.add_argument("--json", help="write the figures here")
    b.add_argument("--minutes", type=float, default=0.0, help="also run a long looped session this many minutes")
    share_parsers = _add_share_commands(sub)
    for sp in (a, t, b, *share_parsers):  # SUPPRESS: a subcommand's default must not overwrite the global flag
        sp.add_argument("--verbose", action="store_true", default=argparse.SUPPRESS, help=verbose_help)
    return p


def _run(args: argparse.Namespace) -> int:
    """One subcommand (the GUI is started by :func:`main` itself)."""
    if args.command == "share":
        return cmd_share(args)
    if args.command == "sessions":
        return cmd_sessions(args)
    if args.command == "export-track":
        return cmd_export_track(args)
    if args.command == "analyze":
        return cmd_analyze(args)
    from coach.bench import run_batch_bench, run_bench  # "bench": argparse allows no other command

    return run_batch_bench(args) if args.batch else run_bench(args)


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--verbose" not in argv:
        from coach.quiet import quiet_libraries

        quiet_libraries()  # before OpenCV and MediaPipe load: their settings are read then
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        _check_name_lengths(args)
        if args.global_rules and args.command in ("share", "sessions", "export-track"):
            raise CoachError(f"--rules applies to analyze and the app; {args.command} does not use rule files")
        if args.data_dir:
            os.environ["COACH_DATA_DIR"] = args.data_dir
        if args.command is not None:
            with _sigterm_as_interrupt():
                return _run(args)
        from coach.ui.app import run_app

        return run_app(source=args.source, exercise=args.exercise, rules=args.global_rules)
    except CoachError as exc:
        print(f"coach: {printable(str(exc))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Terminated:
        print("coach: terminated", file=sys.stderr)
        return EXIT_TERMINATED
    except KeyboardInterrupt:
        print("coach: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return _reader_gone()
    except OSError as exc:  # a file problem no stage named itself (a full disk, a name the system refuses)
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"coach: {printable(where + (exc.strerror or str(exc)))}", file=sys.stderr)
        return EXIT_BAD_INPUT


class Terminated(KeyboardInterrupt):
    """SIGTERM (``kill``, a logout, a service stopping): handled like Ctrl-C, so every half-written output
    (an ``--annotate`` video's ``.partial``) is removed on the way out and local Dask workers are stopped."""


@contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """While a command runs, SIGTERM raises :class:`Terminated`; the previous handler is put back after."""
    import signal

    def terminated(signum: int, frame: object) -> None:
        raise Terminated()

    try:
        previous = signal.signal(signal.SIGTERM, terminated)
    except ValueError:  # not the main thread (main() called from a worker thread): leave it as it is
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _reader_gone() -> int:
    """``coach sessions | head -1``: the reader closed the pipe. Nothing more is printed (Python's own flush at
    exit would fail again), and the exit status is the shell's for a pipe closed under a writer."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return EXIT_BROKEN_PIPE


if __name__ == "__main__":
    sys.exit(main())
