"""Real servers for the tests that need a port: ``datasette --root`` on a
database, and waiting for an address to answer. (No tests here.)"""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIGN_IN = re.compile(r"(http://127\.0\.0\.1:\d+/-/auth-token\?token=\S+)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, deadline: float) -> None:
    """Returns once ``url`` answers, with any status; fails at ``deadline``."""
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=1).close()
            return
        except urllib.error.HTTPError:
            return  # answering, if only with 401
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer")


def drain(proc: subprocess.Popen) -> None:
    for _line in proc.stdout or ():
        pass


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@contextmanager
def datasette_root(db: Path, metadata: Path = ROOT / "metadata.yml") -> Iterator[tuple[str, str]]:
    """``datasette DB -m metadata.yml --root`` on a free port, as a newsroom
    runs it; yields (base URL, the one-time sign-in URL it printed)."""
    port = free_port()
    proc = subprocess.Popen(
        [str(Path(sys.executable).with_name("datasette")), str(db), "-m", str(metadata), "--root",
         "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        login = None
        deadline = time.time() + 30
        output = []
        while time.time() < deadline and login is None:
            line = proc.stdout.readline() if proc.stdout else ""
            if not line:
                if proc.poll() is not None:
                    break
                continue
            output.append(line)
            found = SIGN_IN.search(line)
            if found:
                login = found.group(1)
        assert login, "datasette --root printed no sign-in URL:\n" + "".join(output)
        # Uvicorn logs every request: keep reading, or a full pipe stalls the server.
        threading.Thread(target=drain, args=(proc,), daemon=True).start()
        base = f"http://127.0.0.1:{port}"
        wait_for(base + "/-/versions.json", deadline)
        yield base, login
    finally:
        stop(proc)
