"""The French translation is complete, keeps every {placeholder}, and the shipped .qm is compiled from the .ts."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from simulator.gui.assets import TRANSLATIONS

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent
SOURCES = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "simulator" / "gui").glob("*.py"))
PLACEHOLDER = re.compile(r"\{\w+\}")


def messages(ts_file: Path) -> list[tuple[str, str | None, str | None]]:
    """(source, translation, type) of every message."""
    root = ElementTree.parse(ts_file).getroot()
    return [(message.findtext("source") or "", message.findtext("translation"),
             message.find("translation").get("type"))  # type: ignore[union-attr]
            for message in root.iter("message")]


def test_every_interface_string_has_a_french_translation(tmp_path: Path) -> None:
    updated = tmp_path / "simulator_fr.ts"
    shutil.copy(TRANSLATIONS / "simulator_fr.ts", updated)
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *SOURCES, "-ts", str(updated), "-no-obsolete"],
                   cwd=ROOT, check=True, capture_output=True, timeout=120)
    missing = [source for source, translation, kind in messages(updated) if kind or not translation]
    assert not missing, f"untranslated (run pyside6-lupdate, then translate): {missing}"


def test_translations_keep_the_placeholders() -> None:
    for source, translation, _kind in messages(TRANSLATIONS / "simulator_fr.ts"):
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation or "")), source


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    compiled = tmp_path / "simulator_fr.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(TRANSLATIONS / "simulator_fr.ts"), "-qm", str(compiled)],
                   check=True, capture_output=True, timeout=120)
    assert compiled.read_bytes() == (TRANSLATIONS / "simulator_fr.qm").read_bytes()
