"""Matching: relate quotes and claims across articles (pairs, candidate keys, the stage that runs over pending items)."""
