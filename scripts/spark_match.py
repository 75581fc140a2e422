#!/usr/bin/env python
"""Match a database on Spark through spark-submit:

    spark-submit [--master URL] [--conf ...] scripts/spark_match.py DB [--work DIR]

The same job as ``datasette factcheck match DB --spark``, on the master and
configuration that spark-submit gives.
"""

import sys
from pathlib import Path

# Runs from a checkout without installing, too.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from datasette_factcheck.cli import match  # noqa: E402

if __name__ == "__main__":
    match(["--spark", *sys.argv[1:]], prog_name="scripts/spark_match.py")
