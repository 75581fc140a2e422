#!/usr/bin/env python
"""Publish a factcheck database as a static website: scripts/build_site.py DB OUTDIR

The same command as ``datasette factcheck build-site DB OUTDIR``; see
``--help`` for the options (--metadata, --site-url, --base-url-check).
"""

import sys
from pathlib import Path

# Runs from a checkout without installing, too.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from datasette_factcheck.cli import build_site  # noqa: E402

if __name__ == "__main__":
    build_site(prog_name="scripts/build_site.py")
