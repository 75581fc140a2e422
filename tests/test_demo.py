"""`make demo` as a newcomer runs it: the last line it prints is the sign-in
URL, nothing above it is a warning, and the URL signs you in."""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import threading
import time
import urllib.request
from pathlib import Path

import pytest

try:
    from .servers import free_port
except ImportError:
    from servers import free_port

ROOT = Path(__file__).resolve().parent.parent
URL = re.compile(r"^http://127\.0\.0\.1:\d+/-/auth-token\?token=\w+$")


@pytest.mark.slow
@pytest.mark.serial  # make demo reinstalls the package: no other test may start it meanwhile
def test_make_demo_prints_the_sign_in_url_last(tmp_path):
    port = free_port()
    proc = subprocess.Popen(
        ["make", "--no-print-directory", "demo", f"DB={tmp_path / 'demo.db'}", f"PORT={port}"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # make, datasette and grep: stopped together below
    )
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line.rstrip("\n")) for line in proc.stdout], daemon=True).start()
    printed: list[str] = []
    try:
        deadline = time.time() + 600
        while time.time() < deadline and not (printed and URL.match(printed[-1])):
            try:
                printed.append(lines.get(timeout=1))
            except queue.Empty:
                assert proc.poll() is None, "make demo stopped:\n" + "\n".join(printed)
        assert printed and URL.match(printed[-1]), "no sign-in URL:\n" + "\n".join(printed)
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        # The server has started and answered a request: still nothing after the URL.
        time.sleep(1)
        after = []
        while not lines.empty():
            after.append(lines.get())
        assert after == [], after
        warnings = [line for line in printed if re.search(r"warn|deprecat|error", line, re.I)]
        assert warnings == [], warnings
        # The URL works: it signs in as root.
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
        opener.open(printed[-1], timeout=10).close()
        actor = opener.open(base + "/-/actor.json", timeout=10).read().decode()
        assert '"id": "root"' in actor
    finally:
        os.killpg(os.getpgid(proc.pid), signal.SIGTERM)
        proc.wait(timeout=20)
