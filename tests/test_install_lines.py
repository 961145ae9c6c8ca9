"""Every install line the project prints or documents installs this project, not PyPI's "cleaner"."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from click.testing import CliRunner

from cleaner.run.cli import DISTRIBUTION, main

ROOT = Path(__file__).resolve().parent.parent
PIP_INSTALL = re.compile(r"pip install ([^`\n)]*)")


def requirements(text: str) -> list[str]:
    """The package arguments of every ``pip install`` in ``text`` (options left out)."""
    found = []
    for arguments in PIP_INSTALL.findall(text):
        command = arguments.split("&&")[0]
        found += [word.strip("'\"") for word in command.split() if not word.startswith("-")]
    return found


def installs_someone_else(requirement: str) -> bool:
    name = re.split(r"[\[<>=~ ]", requirement, maxsplit=1)[0].lower().replace("_", "-")
    return name == "cleaner"


def test_the_distribution_name_is_not_pypis_cleaner() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == DISTRIBUTION != "cleaner"


def test_no_install_line_installs_pypis_cleaner() -> None:
    texts = [(ROOT / "README.md").read_text(encoding="utf-8")]
    for args in (["clean", "--help"], ["learn", "--help"], ["--help"]):
        texts.append(CliRunner().invoke(main, args).output)
    for path in (ROOT / "cleaner").rglob("*.py"):
        texts.append(path.read_text(encoding="utf-8"))
    found = [requirement for text in texts for requirement in requirements(text)]
    assert any(requirement.startswith(".[dask]") for requirement in found)
    assert [requirement for requirement in found if installs_someone_else(requirement)] == []
