"""Time and memory of ingesting one hostile file at growing sizes: quote
marks and figures, the shape that once took minutes at the 10 MB limit.

    python scripts/hostile_bench.py [--sizes 0.5,1,2] [--shapes numbers-one-line,...] [--root CHECKOUT]

Each run ingests one generated file into a fresh database through the real
command in a subprocess, and prints its size, wall time and peak memory, so
that a time growing faster than the size shows a super-linear step.
"""

from __future__ import annotations

import argparse
import itertools
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

HEAD = "Harbour council meets\n\nThe council met on Monday to vote on the budget.\n\n"


def _fill(unit: str, size: int, line: int = 0) -> str:
    """``unit`` (with ``{n}`` for a running number) repeated to ``size``
    bytes; a newline every ``line`` units when ``line`` is set."""
    parts = []
    total = len(HEAD.encode())
    for n in itertools.count(1):
        piece = unit.format(n=n)
        if line and n % line == 0:
            piece += "\n\n"
        total += len(piece.encode())
        if total > size:
            break
        parts.append(piece)
    return HEAD + "".join(parts)


SHAPES = {
    # straight quote marks around figures, all in one paragraph
    "numbers-one-line": lambda size: _fill('"{n}" ', size),
    # the same, a paragraph every 20 quotes
    "numbers-paragraphs": lambda size: _fill('"{n}" ', size, line=20),
    # curly quotes of a figure with a unit and an attribution
    "said-figures": lambda size: _fill("“We paid ${n} million,” she said. ", size, line=8),
    # bare quote marks and digits with no spaces
    "marks-digits": lambda size: _fill('"{n}"', size),
}


# The ingest command, then its peak memory (its own or a worker's) on stderr.
# This process's own peak is read from VmHWM: Linux carries the peak of the
# process that spawned it into ru_maxrss (the exec records the old memory
# map's), so a large test runner would be counted as the ingest's.
MEASURED = """
import re, resource, runpy, sys
sys.argv = sys.argv[1:]
try:
    runpy.run_path(sys.argv[0], run_name="__main__")
finally:
    usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    try:
        with open("/proc/self/status") as status:
            own = int(re.search(r"VmHWM:\\s+(\\d+)", status.read()).group(1))
    except (OSError, AttributeError):
        own = usage[0].ru_maxrss
    print(f"maxrss_kb={max(own, usage[1].ru_maxrss)}", file=sys.stderr)
    print(f"cpu_s={sum(u.ru_utime + u.ru_stime for u in usage):.1f}", file=sys.stderr)
"""


def run(shape: str, megabytes: float, root: Path = ROOT) -> tuple[float, float, int, str]:
    size = int(megabytes * 1024 * 1024)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        (folder / f"{shape}.txt").write_text(SHAPES[shape](size), encoding="utf-8")
        argv = [str(root / "scripts" / "ingest.py"), str(Path(tmp) / "f.db"), str(folder), "--jobs", "1"]
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", MEASURED, *argv], capture_output=True, text=True)
        wall = time.perf_counter() - start
        peak = max([int(line.split("=")[1]) for line in done.stderr.splitlines() if line.startswith("maxrss_kb=")] or [0])
        cpu = max([float(line.split("=")[1]) for line in done.stderr.splitlines() if line.startswith("cpu_s=")] or [0.0])
        lines = [line.strip() for line in done.stdout.splitlines() if line.strip()]
        summary = " | ".join(line for line in lines if line.startswith(("stored", "rejected", "articles", "quotes")))
        return wall, cpu, peak, summary or " | ".join(lines[:2])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.5,1,2", help="file sizes in MB, comma-separated")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose ingest is measured (default: this one)")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="shapes, comma-separated: " + ", ".join(SHAPES))
    args = parser.parse_args()
    # CPU seconds, unlike wall seconds, do not grow when others share the machine.
    print(f"{'shape':<20} {'MB':>5} {'wall s':>7} {'CPU s':>7} {'peak MB':>8}  summary")
    for shape in args.shapes.split(","):
        for mb in (float(s) for s in args.sizes.split(",")):
            wall, cpu, peak_kb, summary = run(shape, mb, args.root)
            print(f"{shape:<20} {mb:>5} {wall:>7.1f} {cpu:>7.1f} {peak_kb / 1024:>8.0f}  {summary[:100]}", flush=True)


if __name__ == "__main__":
    main()
