"""`pip install .` gives a working install: `scan`, the app's screens, the server and its pages.

A copy of the source tree is installed (no dependencies, no index: offline) into a fresh venv that
borrows .venv's third-party packages through a .pth line. That line does not run .venv's own .pth
files, so the editable install of this repository stays out of the way: every `device_app`,
`sync_server` and `model_training` import below comes from the installed wheel, run from a folder
outside the repository.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.slow
SKIP = {".venv", ".git", "build", "instance", "dist", ".pytest_kivy_home", ".screenshots_tmp", "__pycache__",
        ".mypy_cache", ".ruff_cache", ".pytest_cache", "node_modules"}


def _ignore(folder: str, names: list[str]) -> set[str]:
    return {n for n in names if n in SKIP or n.startswith(".venv-") or n.endswith((".egg-info", ".pyc"))}


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The venv's python, with guardline installed from a wheel built off a copy of this tree."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "src"
    shutil.copytree(REPO_ROOT, source, ignore=_ignore, symlinks=True)
    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = Path(subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    (site / "borrowed.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    proc = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--no-build-isolation",
                           "--no-compile", "--quiet", "--target", str(site), str(source)],
                          capture_output=True, text=True, timeout=300, cwd=work)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return python


def run(python: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GUARDLINE_", "PYTHON", "FLASK_"))}
    env.update(TF_CPP_MIN_LOG_LEVEL="2", KIVY_NO_ARGS="1", KIVY_HOME=str(cwd / "kivy"), KIVY_NO_CONSOLELOG="1")
    return subprocess.run([str(python), *args], capture_output=True, text=True, timeout=180, cwd=cwd, env=env)


def test_the_packages_come_from_the_installed_wheel(installed: Path, tmp_path: Path) -> None:
    proc = run(installed, "-c", "import device_app, sync_server, model_training; "
               "print(device_app.__file__, sync_server.__file__, model_training.__file__)", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert str(REPO_ROOT) not in proc.stdout and proc.stdout.count(str(installed.parent.parent)) == 3


def test_scan_runs_with_the_bundle_shipped_in_the_wheel(installed: Path, tmp_path: Path) -> None:
    sample = REPO_ROOT / "tests" / "fixtures" / "tiny_conversations.jsonl"
    proc = run(installed, "-m", "device_app", "scan", str(sample), cwd=tmp_path)
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert proc.returncode == 0 and len(lines) == len(sample.read_text().splitlines()), proc.stderr[-2000:]


def test_the_app_imports_and_finds_every_screen_layout(installed: Path, tmp_path: Path) -> None:
    code = ("import importlib.resources as r, device_app.app.guardline_app as g; "
            "names = sorted(p.name for p in r.files('device_app.app.screens').iterdir() if p.name.endswith('.kv')); "
            "print(len(names), r.files('device_app.resources').joinpath('texts_en.json').is_file())")
    proc = run(installed, "-c", code, cwd=tmp_path)
    expected = len(list((REPO_ROOT / "device_app" / "app" / "screens").glob("*.kv")))
    assert proc.returncode == 0 and proc.stdout.split()[-2:] == [str(expected), "True"], proc.stderr[-2000:]


def test_the_server_answers_health_and_renders_its_login_page(installed: Path, tmp_path: Path) -> None:
    code = ("from sync_server import create_app, TestConfig; app = create_app(TestConfig); c = app.test_client(); "
            "print(c.get('/api/v1/health').status_code, c.get('/moderator/login').status_code)")
    proc = run(installed, "-c", code, cwd=tmp_path)
    assert proc.returncode == 0 and proc.stdout.split()[-2:] == ["200", "200"], proc.stderr[-2000:]


def test_the_migrations_ship_and_build_a_database(installed: Path, tmp_path: Path) -> None:
    env_db = f"sqlite:///{tmp_path / 'wheel.sqlite3'}"
    code = (f"import os; os.environ['DATABASE_URL'] = {env_db!r}; os.environ['SECRET_KEY'] = 'x'\n"
            "from flask_migrate import upgrade\nfrom sync_server import create_app\n"
            "app = create_app()\nwith app.app_context(): upgrade()\nprint('migrated')")
    proc = run(installed, "-c", code, cwd=tmp_path)
    assert proc.returncode == 0 and "migrated" in proc.stdout, proc.stderr[-2000:]
