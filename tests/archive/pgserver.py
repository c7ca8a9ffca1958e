"""A throwaway PostgreSQL cluster in a temporary folder, for tests and benchmarks.

``initdb`` into a fresh folder, the server on a free local port with its
unix socket in that folder, removed afterwards. PostgreSQL refuses to run as
root, so as root (CI) the server runs as the ``postgres`` account that
Debian's package creates. Local (socket) logins are trusted; TCP logins need
a password (scram), so tests also exercise passwords and ``.pgpass``.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

SUPERUSER = "postgres"
SUPERUSER_PASSWORD = "geheim-superuser-7"


class ServerUnavailable(RuntimeError):
    """No PostgreSQL server can be started here (the reason says why)."""


def find_bindir() -> Path | None:
    """Where ``initdb`` and ``pg_ctl`` live, or ``None``."""
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, timeout=10
            ).stdout.strip()
            if out:
                candidates.append(Path(out))
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(initdb).resolve().parent)
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


def _postgres_account() -> Any:
    import pwd  # POSIX only; reached only when running as root

    return pwd.getpwnam("postgres")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PgServer:
    def __init__(self, bindir: Path, *, durable: bool = False) -> None:
        """``durable``: fsync as a production server does (the crash tests);
        otherwise skip it, which makes creating a database per test cheap."""
        self.bindir = bindir
        self.durable = durable
        self.root = Path(tempfile.mkdtemp(prefix="cocreatie-pg-"))
        self.datadir = self.root / "data"
        self.socket_dir = self.root
        self.logfile = self.root / "server.log"
        self.port = 0
        self._as_postgres = os.geteuid() == 0 if hasattr(os, "geteuid") else False
        if self._as_postgres:
            try:
                account = _postgres_account()
            except KeyError:
                shutil.rmtree(self.root, ignore_errors=True)
                raise ServerUnavailable(
                    "running as root and there is no 'postgres' account to run the server"
                ) from None
            os.chown(self.root, account.pw_uid, account.pw_gid)

    # -- life cycle -----------------------------------------------------------

    def init(self) -> None:
        pwfile = self.root / "pw"
        pwfile.write_text(SUPERUSER_PASSWORD + "\n")
        if self._as_postgres:
            account = _postgres_account()
            os.chown(pwfile, account.pw_uid, account.pw_gid)
        self._run(
            "initdb",
            "-D",
            str(self.datadir),
            "-U",
            SUPERUSER,
            f"--pwfile={pwfile}",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        pwfile.unlink()

    def start(self) -> None:
        for _attempt in range(5):
            self.port = free_port()
            options = (
                f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1"
                f" -c fsync={'on' if self.durable else 'off'}"
                " -c max_connections=40 -c shared_buffers=32MB"
            )
            result = self._run(
                "pg_ctl",
                "-D",
                str(self.datadir),
                "-l",
                str(self.logfile),
                "-o",
                options,
                "-w",
                "-t",
                "60",
                "start",
                check=False,
            )
            if result.returncode == 0:
                return
        raise ServerUnavailable(f"the server did not start: {self.log_tail()}")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.datadir), "-m", "immediate", "-w", "stop", check=False)

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def postmaster_pid(self) -> int:
        return int((self.datadir / "postmaster.pid").read_text().splitlines()[0])

    def kill_hard(self) -> None:
        """SIGKILL the server itself: no shutdown, no goodbye to clients."""
        pid = self.postmaster_pid()
        os.kill(pid, signal.SIGKILL)
        for _ in range(200):
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.05)
        # The backends notice their postmaster is gone and exit; wait so
        # the next start finds the shared memory free.
        time.sleep(0.5)

    def log_tail(self, lines: int = 15) -> str:
        try:
            return "\n".join(self.logfile.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no server log)"

    # -- addresses ------------------------------------------------------------

    def url(self, user: str = SUPERUSER, password: str | None = None, db: str = "postgres") -> str:
        """A TCP address (password auth) for ``user``."""
        secret = f":{password}" if password else ""
        return f"postgresql://{user}{secret}@127.0.0.1:{self.port}/{db}"

    def admin_url(self, db: str = "postgres") -> str:
        return self.url(SUPERUSER, SUPERUSER_PASSWORD, db)

    def _run(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [str(self.bindir / tool), *args]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=self.root)
        if check and result.returncode != 0:
            raise ServerUnavailable(f"{tool} failed: {result.stderr.strip()[-500:]}")
        return result


def start_server(*, durable: bool = False) -> PgServer:
    """A fresh running cluster; raises ``ServerUnavailable`` with the reason."""
    bindir = find_bindir()
    if bindir is None:
        raise ServerUnavailable(
            "PostgreSQL is not installed (no initdb/pg_ctl via pg_config or in "
            "/usr/lib/postgresql/*/bin); CI installs Debian's 'postgresql' package"
        )
    server = PgServer(bindir, durable=durable)
    try:
        server.init()
        server.start()
    except BaseException:
        shutil.rmtree(server.root, ignore_errors=True)
        raise
    return server
