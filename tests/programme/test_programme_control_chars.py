"""Issue 14, item 7: a patient's stored limits survive any text, and a row that cannot be read fails
loudly instead of quietly reverting to the defaults."""
from __future__ import annotations

from pathlib import Path

import pytest

from coach.programme import Prescription, Programme
from coach.programme.fileio import load_programme_file, save_programme_file
from coach.store.errors import StoreError

DEL = "\x7f"


def with_control_chars() -> Programme:
    cue = f"Lift{DEL} your hips\tslowly\x01"
    return Programme(f"Stage{DEL} 1", (
        Prescription("plank", sets=1, hold_s=20, note=f"note{DEL}",
                     rule_overrides={"cues": {"hips_sagging": cue}, "form": {"sag_enter": -0.2}}),
    ), notes=f"notes{DEL}")


def test_text_with_del_saves_reads_back_and_re_imports(store, tmp_path: Path) -> None:
    saved = store.save_programme(with_control_chars())
    back = store.programme(saved.id)
    assert back.prescriptions[0].rule_overrides == with_control_chars().prescriptions[0].rule_overrides
    out = tmp_path / "stage1.toml"
    store.export_programme_file(saved.id, out)
    again = load_programme_file(out)
    assert again.name == f"Stage{DEL} 1" and again.notes == f"notes{DEL}"
    assert again.prescriptions[0].rule_overrides["cues"]["hips_sagging"] == f"Lift{DEL} your hips\tslowly\x01"
    assert store.import_programme_file(out).prescriptions[0].note == f"note{DEL}"


def test_file_round_trip_keeps_control_characters(tmp_path: Path) -> None:
    p = save_programme_file(with_control_chars(), tmp_path / "p.toml")
    want = with_control_chars().prescriptions[0].rule_overrides
    assert load_programme_file(p).prescriptions[0].rule_overrides == want


def test_unreadable_stored_overrides_are_an_error_not_the_defaults(store) -> None:
    saved = store.save_programme(with_control_chars())
    with store.write("test: damage a row") as db:
        db.execute("UPDATE prescriptions SET rule_overrides = ?", ('[form\nsag_enter = ',))
    with pytest.raises(StoreError, match="stored rule overrides cannot be read"):
        store.programme(saved.id)


def test_programme_file_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    p = save_programme_file(with_control_chars(), tmp_path / "p.toml")
    p.write_bytes(b"\xef\xbb\xbf" + p.read_bytes())
    assert load_programme_file(p).name == f"Stage{DEL} 1"
