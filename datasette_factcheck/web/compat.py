"""Hooks of Datasette 0.65 that Datasette 1.0 replaces (canned queries come
from configuration there, permissions from ``permission_resources_sql``).
Everything that touches them is here, so porting is one change."""

from __future__ import annotations

from datasette import hookimpl
from datasette.utils import actor_matches_allow

from .. import config
from ..db import queries

REVIEW_PERMISSION = "factcheck-review"


@hookimpl
def canned_queries(datasette, database):
    return queries.canned_queries_for(datasette, database)


@hookimpl
def permission_allowed(datasette, actor, action):
    if action != REVIEW_PERMISSION:
        return None
    # Root (``datasette --root``) may always review; everyone else needs to
    # match the ``review_allow`` block of the plugin's configuration.
    if actor and actor.get("id") == "root":
        return True
    allow = config.get_config(datasette).review_allow
    if allow is None:
        return False
    return actor_matches_allow(actor, allow)
