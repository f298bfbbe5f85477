"""Compiled statement extraction (optional): the rule modules built as C extensions by mypyc.

The statement extractor is pure Python and stays the reference. ``make compile`` (``python -m
monitor.native build``) compiles the same source files with mypyc, which ships with mypy (a dev
dependency) and needs a C compiler; nothing is rewritten by hand, so the compiled modules give
the same statements (docs/benchmarks.md, "Compiled extraction") in about 0.6x the CPU time.

The build goes into its own folder, never beside the sources (default ``<venv>/monitor-native``,
or ``MONITOR_NATIVE_DIR``), with a manifest of the hashes of the sources it was built from.
:func:`activate`, called when ``monitor.statements`` is first imported, puts that folder first
on the package's search path only when every hash still matches: a source edited since the
build makes the whole build stale, the pure modules are used and a warning says which file
changed. ``MONITOR_NATIVE=off`` ignores a build (the tests do so: they monkeypatch modules).

    python -m monitor.native build     # compile (a few minutes; progress on stderr)
    python -m monitor.native status    # built? in use? stale?
    python -m monitor.native clean     # remove the build
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

PACKAGE = "monitor.statements"
# The modules compiled, in one group (they call each other's functions and classes directly).
# The rest of the package (settings, novelty, pool, parser) is cheap or I/O-bound and stays pure,
# and so does the officials registry: its frozen dataclasses travel to the extraction pool's
# worker processes by pickle, and a frozen dataclass compiled by mypyc cannot be unpickled
# ("cannot assign to field 'titles'": every worker died and the pool fell back to one process).
MODULES: tuple[str, ...] = (
    "monitor.statements.lexicon",
    "monitor.statements.names",
    "monitor.statements.givennames",
    "monitor.statements.quotes",
    "monitor.statements.attribution",
    "monitor.statements.resolution",
    "monitor.statements.extract",
)
GROUP = "monitor.statements.native"  # the shared library: monitor/statements/native__mypyc
MANIFEST = "manifest.json"
ENV_SWITCH = "MONITOR_NATIVE"  # "off": never use a build
ENV_DIR = "MONITOR_NATIVE_DIR"

_SETUP = """\
from setuptools import setup
from mypyc.build import mypycify

setup(name="monitor-native", ext_modules=mypycify({paths!r}, opt_level="3",
                                                   group_name={group!r}))
"""


@dataclass(frozen=True)
class State:
    """Whether a compiled build is in use, and why (or why not)."""

    active: bool
    reason: str
    folder: Path
    warn: bool = False  # a build exists but cannot be used (stale, foreign, broken): say so


def source_root() -> Path:
    """The folder holding the ``monitor`` package's sources."""
    return Path(__file__).resolve().parent.parent


def default_folder() -> Path:
    """Where builds go: ``MONITOR_NATIVE_DIR``, else ``monitor-native`` in the environment."""
    return Path(os.environ.get(ENV_DIR) or Path(sys.prefix) / "monitor-native")


def _module_file(root: Path, module: str) -> Path:
    return root.joinpath(*module.split(".")).with_suffix(".py")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tag() -> str:
    """The interpreter an extension was built for (a build is useless to another one)."""
    return str(sysconfig.get_config_var("EXT_SUFFIX"))


def build(folder: Path | None = None, modules: tuple[str, ...] = MODULES,
          root: Path | None = None) -> Path:
    """Compile ``modules`` (from ``root``'s sources) into ``folder`` with mypyc; return it.

    The sources are copied to a temporary tree first, so the working tree gets no build files
    and the manifest's hashes are those of exactly what was compiled. Raises RuntimeError with
    the compiler's output when the build fails.
    """
    folder = folder or default_folder()
    root = root or source_root()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="monitor-native-") as tmp:
        work = Path(tmp)
        shutil.copytree(root / "monitor", work / "monitor",
                        ignore=shutil.ignore_patterns("__pycache__", "*.so"))
        if (root / "pyproject.toml").is_file():  # mypy's settings (stub-less imports)
            shutil.copy2(root / "pyproject.toml", work / "pyproject.toml")
        paths = [str(_module_file(Path("."), m)) for m in modules]
        (work / "setup_native.py").write_text(_SETUP.format(paths=paths, group=GROUP),
                                              encoding="utf-8")
        print(f"compiling {len(modules)} modules with mypyc (a few minutes) ...",
              file=sys.stderr, flush=True)
        done = subprocess.run(
            [sys.executable, "setup_native.py", "build_ext", "--inplace"], cwd=work,
            capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"mypyc build failed (exit {done.returncode}):\n"
                               f"{done.stdout[-4000:]}\n{done.stderr[-4000:]}")
        package = work.joinpath(*PACKAGE.split("."))
        built = sorted(package.glob(f"*{_tag()}"))
        target = folder.joinpath(*PACKAGE.split("."))
        if folder.exists():
            shutil.rmtree(folder)
        target.mkdir(parents=True)
        for path in built:
            shutil.copy2(path, target / path.name)
        manifest = {
            "ext_suffix": _tag(),
            "python": sys.version.split()[0],
            "modules": {m: _digest(_module_file(work, m)) for m in modules},
            "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "seconds": round(time.monotonic() - started, 1),
        }
        (folder / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    print(f"built {len(built)} extension files into {target} in "
          f"{time.monotonic() - started:.0f} s", file=sys.stderr)
    return folder


def check(folder: Path | None = None, root: Path | None = None) -> State:
    """Is the build in ``folder`` usable with ``root``'s sources? (Does not activate it.)"""
    folder = folder or default_folder()
    root = root or source_root()
    if os.environ.get(ENV_SWITCH, "").lower() in {"off", "0", "no", "false"}:
        return State(False, f"{ENV_SWITCH}=off", folder)
    path = folder / MANIFEST
    if not path.is_file():
        return State(False, "not built (make compile)", folder)
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        modules: dict[str, str] = manifest["modules"]
        suffix = manifest["ext_suffix"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return State(False, f"unreadable manifest {path}: {exc}", folder, warn=True)
    if suffix != _tag():
        return State(False, f"built for another Python ({suffix}, this one {_tag()})", folder,
                     warn=True)
    for module, digest in modules.items():
        source = _module_file(root, module)
        if not source.is_file() or _digest(source) != digest:
            return State(False, f"stale: {source} changed since the build (make compile)",
                         folder, warn=True)
    target = folder.joinpath(*PACKAGE.split("."))
    missing = [m for m in modules if not (target / f"{m.rsplit('.', 1)[1]}{suffix}").is_file()]
    if missing:
        return State(False, f"incomplete build: no extension for {', '.join(missing)}", folder,
                     warn=True)
    return State(True, f"{len(modules)} modules compiled ({manifest.get('built', '?')})", folder)


STATE = State(False, "not checked", default_folder())


def activate(package_path: list[str]) -> State:
    """Put a usable build first on ``package_path`` (``monitor.statements.__path__``).

    Called once, before any submodule of the package is imported; a stale or foreign build is
    reported with a warning and left unused, never half used.
    """
    global STATE
    state = check()
    if state.active:
        package_path.insert(0, str(state.folder.joinpath(*PACKAGE.split("."))))
    elif state.warn:
        log.warning("compiled statement extraction not used: %s", state.reason)
    STATE = state
    return state


def in_use() -> bool:
    """True when the extractor's modules were loaded from a compiled build."""
    module = sys.modules.get("monitor.statements.extract")
    return bool(module is not None and str(getattr(module, "__file__", "")).endswith(_tag()))


def main(argv: list[str] | None = None) -> int:
    """``python -m monitor.native build|status|clean``."""
    parser = argparse.ArgumentParser(prog="python -m monitor.native",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=["build", "status", "clean"])
    parser.add_argument("--folder", type=Path, default=None,
                        help=f"where the build goes (default: ${ENV_DIR} or "
                             f"{default_folder()})")
    args = parser.parse_args(argv)
    folder = args.folder or default_folder()
    if args.action == "build":
        try:
            build(folder)
        except (RuntimeError, OSError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        state = check(folder)
        print(f"compiled statement extraction: {'ready' if state.active else state.reason}")
        return 0 if state.active else 1
    if args.action == "clean":
        if folder.exists():
            shutil.rmtree(folder)
            print(f"removed {folder}")
        else:
            print(f"nothing to remove at {folder}")
        return 0
    state = check(folder)
    print(f"compiled statement extraction: {'usable' if state.active else 'not used'}: "
          f"{state.reason} [{folder}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
