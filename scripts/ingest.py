#!/usr/bin/env python
"""Load article files into a factcheck database: scripts/ingest.py DB PATH...

The same command as ``datasette factcheck ingest DB PATH...``.
"""

import sys
from pathlib import Path

# Runs from a checkout without installing, too.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from datasette_factcheck.cli import ingest  # noqa: E402

if __name__ == "__main__":
    ingest(prog_name="scripts/ingest.py")
