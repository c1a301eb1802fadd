"""`simulator validate`, `list`, `gui` and the help, run as a user would, in a subprocess."""

from __future__ import annotations

from pathlib import Path

from tests.scenario.conftest import TINY


def test_help_lists_the_commands(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("--help")
    assert result.returncode == 0
    for command in ("play", "practice", "list", "validate", "test", "gui"):
        assert command in result.stdout


def test_validate_clean_file_exits_zero(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "tiny.yaml").write_text(TINY, encoding="utf-8")
    result = cli("validate", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""
    assert "1 file(s) checked: 0 error(s), 0 warning(s)" in result.stderr


def test_validate_reports_each_problem_and_fails(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "good.yaml"
    good.write_text(TINY, encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(TINY.replace("id: tiny", "id: bad").replace("goto: done\n      - goto", "goto: gone\n      - goto"),
                   encoding="utf-8")
    result = cli("validate", str(good), str(bad))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{bad}:28:15: error: 'goto: gone' names no node (nodes: hello, done)"]
    assert "2 file(s) checked: 1 error(s), 0 warning(s)" in result.stderr


def test_validate_missing_path_fails(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("validate", str(tmp_path / "nope.yaml"))
    assert result.returncode == 1
    assert f"{tmp_path / 'nope.yaml'}: error: no such file or folder" in result.stderr


def test_list_shows_loaded_scenarios_and_names_broken_files(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "tiny.yaml").write_text(TINY, encoding="utf-8")
    (tmp_path / "broken.yaml").write_text("id: [\n", encoding="utf-8")
    result = cli("list", str(tmp_path))
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ID", "TITLE", "LEVEL", "CHANNEL", "TIME", "TAGS"]
    assert lines[1].split()[:4] == ["tiny", "Tiny", "*", "live_chat"]
    assert "1 file(s) could not be loaded" in result.stderr and "broken.yaml" in result.stderr


def test_the_built_in_library_validates_cleanly(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("validate", "scenarios/")
    assert result.returncode == 0, result.stdout
    assert " 0 error(s)" in result.stderr


def test_gui_without_display_says_so_in_one_line(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("gui", env={"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""})
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "simulator play" in result.stderr
