"""Checks of option values made before a run starts, so a bad value costs one line and exit 2,
never a traceback or a wait halfway through a batch."""

from __future__ import annotations

import socket
import tempfile
from pathlib import Path

import click
import regex

CONNECT_TIMEOUT = 5.0
"""Seconds to wait for a Dask scheduler to accept a connection before giving up (Dask's own
client waits 30 s and then fails with a traceback)."""

SCHEDULER_SCHEMES = ("tcp", "tls", "ws", "wss", "ucx")
_ADDRESS = regex.compile(r"(?:(?P<scheme>[a-z]+)://)?(?P<host>\[[0-9A-Fa-f:.]+\]|[^\s:/\[\]@]+):(?P<port>\d{1,5})/?")


class OptionError(click.ClickException):
    """A bad option value: ``Error: ...`` on one line, exit status 2 like any usage error."""

    exit_code = 2


def check_output(output: str, *, folder_allowed: bool, option: str = "-o") -> None:
    """Fail now if ``output`` (the value of ``option``) cannot be written: a path under a file, a
    folder without write permission, a read-only file system, or a folder where a file is needed."""
    path = Path(output)
    if path.is_dir() and not folder_allowed:
        raise OptionError(f"{option} {output} is a folder; this output is one file")
    existing = next((p for p in (path, *path.parents) if p.exists()), Path("."))
    try:
        if existing == path and not path.is_dir():
            with path.open("ab"):  # appending nothing: the file is left as it is
                pass
        elif not existing.is_dir():
            raise OptionError(f"{option} {output}: {existing} is a file, not a folder")
        else:
            with tempfile.TemporaryFile(dir=existing):
                pass
    except OSError as problem:
        raise OptionError(f"{option} {output} cannot be written: {problem.strerror or problem}") from None


def check_scheduler(address: str, timeout: float = CONNECT_TIMEOUT) -> None:
    """Fail now on a malformed scheduler address, or one where nothing accepts a connection."""
    match = _ADDRESS.fullmatch(address.strip())
    scheme = match and (match["scheme"] or "tcp")
    if match is None or scheme not in SCHEDULER_SCHEMES or not 0 < int(match["port"]) < 65536:
        raise OptionError(
            f"--scheduler {address!r} is not a scheduler address; expected [PROTOCOL://]HOST:PORT with "
            f"PROTOCOL one of {', '.join(SCHEDULER_SCHEMES)}, e.g. tcp://10.0.0.5:8786"
        )
    host = match["host"].strip("[]")
    try:
        with socket.create_connection((host, int(match["port"])), timeout=timeout):
            pass
    except OSError as problem:
        reason = problem.strerror or str(problem) or type(problem).__name__
        raise OptionError(f"--scheduler {address}: no scheduler answers there ({reason})") from None
