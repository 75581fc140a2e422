"""One ingest at a time per database.

Two ingests writing one database at once contend for SQLite's write lock,
and matching reads a set of pending items that the other run changes
under it. ``ingest_lock`` serialises them with an advisory lock on a file
beside the database (``NAME.db-ingest.lock``): a second run waits a bounded
time, then stops with a message saying what it waits for. The lock goes
with the process holding it, so a killed run never leaves it behind.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager

POLL_SECONDS = 0.2


class Busy(Exception):
    """Another ingest holds the database; the message says which and what to do."""


def lock_path(db_path: str) -> str:
    return f"{db_path}-ingest.lock"


@contextmanager
def ingest_lock(db_path: str, wait: float = 30.0) -> Iterator[None]:
    """Hold the database's ingest lock, waiting at most ``wait`` seconds
    for another run to finish; raises ``Busy`` after that."""
    path = lock_path(db_path)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        deadline = time.monotonic() + max(0.0, wait)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "unknown"
                    raise Busy(
                        f"another ingest is running on {db_path} (process {holder}); "
                        f"waited {wait:g} s: try again when it has finished, or pass --wait"
                    ) from None
                time.sleep(POLL_SECONDS)
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode("ascii"), 0)
        yield
    finally:
        os.close(fd)  # releases the lock
