"""The optional compiled build of the statement modules (monitor.native): a real mypyc build of
one small module, loaded in a fresh interpreter, gives what the pure module gives; a stale,
foreign or switched-off build is never used."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from monitor import native

MODULE = "monitor.statements.givennames"  # small, and on the extractor's hot path
PROBE = ("import json, monitor.native as n, monitor.statements.givennames as g; "
         "print(json.dumps([g.__file__, n.STATE.active, n.STATE.reason, "
         "[g.first_name_gender(w) for w in ('Maria Zakharova', 'Dmitry Peskov', 'Xq Yz')]]))")


def _probe(folder: Path, switch: str) -> list[object]:
    env = {**os.environ, native.ENV_DIR: str(folder), native.ENV_SWITCH: switch}
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True,
                          text=True, check=True, cwd=native.source_root())
    result: list[object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("gcc") is None and shutil.which("cc") is None:
        pytest.fail("no C compiler: the compiled build cannot be tested (install gcc)")
    folder = tmp_path_factory.mktemp("native")
    return native.build(folder, modules=(MODULE,))


@pytest.mark.slow
def test_a_build_is_loaded_and_answers_as_the_pure_module(built: Path) -> None:
    compiled = _probe(built, "on")
    pure = _probe(built, "off")
    assert str(compiled[0]).endswith(native._tag()) and str(compiled[0]).startswith(str(built))
    assert compiled[1] is True
    assert str(pure[0]).endswith(".py") and pure[1] is False
    assert compiled[3] == pure[3] == ["f", "m", ""]


@pytest.mark.slow
def test_an_edited_source_makes_the_build_stale(built: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(native.ENV_SWITCH, "on")  # (the suite runs with it off)
    root = tmp_path / "src"
    shutil.copytree(native.source_root() / "monitor", root / "monitor",
                    ignore=shutil.ignore_patterns("__pycache__"))
    assert native.check(built, root).active
    source = root / "monitor" / "statements" / "givennames.py"
    source.write_text(source.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    state = native.check(built, root)
    assert not state.active
    assert state.reason.startswith("stale") and "givennames.py" in state.reason


@pytest.mark.slow
def test_a_build_for_another_python_is_not_used(built: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(native.ENV_SWITCH, "on")
    folder = tmp_path / "copy"
    shutil.copytree(built, folder)
    manifest = json.loads((folder / native.MANIFEST).read_text(encoding="utf-8"))
    manifest["ext_suffix"] = ".cpython-39-x86_64-linux-gnu.so"
    (folder / native.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    state = native.check(folder)
    assert not state.active and "another Python" in state.reason


def test_no_build_and_the_switch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(native.ENV_SWITCH, "on")
    state = native.check(tmp_path / "none")
    assert not state.active and state.reason.startswith("not built")
    (tmp_path / native.MANIFEST).write_text("{not json", encoding="utf-8")
    assert "unreadable manifest" in native.check(tmp_path).reason
    monkeypatch.setenv(native.ENV_SWITCH, "off")
    assert native.check(tmp_path).reason == "MONITOR_NATIVE=off"


def test_activate_leaves_the_search_path_alone_without_a_usable_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(native.ENV_SWITCH, "on")
    monkeypatch.setenv(native.ENV_DIR, str(tmp_path))
    path = ["/somewhere"]
    state = native.activate(path)
    assert path == ["/somewhere"] and not state.active
