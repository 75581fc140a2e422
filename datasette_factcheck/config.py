"""Plugin configuration: one helper over ``datasette.plugin_config``.

Every setting has a documented default (README, "Configuration"); ``validate``
runs at startup so a typo fails loudly instead of silently doing nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

PLUGIN = "datasette-factcheck"

DEFAULT_STATUSES = ["unchecked", "in_review", "done"]
DEFAULT_QUOTE_VERDICTS = ["accurate", "altered", "spliced", "misattributed", "unsupported"]
DEFAULT_CLAIM_VERDICTS = ["true", "mostly true", "misleading", "false", "unverifiable"]


@dataclass
class Config:
    statuses: list[str] = field(default_factory=lambda: list(DEFAULT_STATUSES))
    quote_verdicts: list[str] = field(default_factory=lambda: list(DEFAULT_QUOTE_VERDICTS))
    claim_verdicts: list[str] = field(default_factory=lambda: list(DEFAULT_CLAIM_VERDICTS))
    organisation: str = "Fact-check desk"
    organisation_url: str | None = None
    # A Datasette allow block: who holds the factcheck-review permission
    # (root always does). None: nobody but root.
    review_allow: Any = None


KNOWN_KEYS = {"statuses", "quote_verdicts", "claim_verdicts", "organisation", "organisation_url", "review_allow"}


def parse(raw: dict[str, Any] | None) -> Config:
    """Build a Config from the plugin's settings; ValueError names the problem."""
    raw = raw or {}
    if not isinstance(raw, dict):
        raise ValueError(f"{PLUGIN}: plugin configuration must be a mapping")
    unknown = set(raw) - KNOWN_KEYS
    if unknown:
        raise ValueError(f"{PLUGIN}: unknown setting(s): {', '.join(sorted(unknown))}")
    config = Config()
    for key in ("statuses", "quote_verdicts", "claim_verdicts"):
        if key in raw:
            value = raw[key]
            if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
                raise ValueError(f"{PLUGIN}: {key} must be a non-empty list of strings")
            if len(set(value)) != len(value):
                raise ValueError(f"{PLUGIN}: {key} has duplicates")
            setattr(config, key, list(value))
    for key in ("organisation", "organisation_url"):
        if key in raw:
            if not isinstance(raw[key], str):
                raise ValueError(f"{PLUGIN}: {key} must be a string")
            setattr(config, key, raw[key])
    if "review_allow" in raw:
        allow = raw["review_allow"]
        if not isinstance(allow, (dict, bool)) and allow is not None:
            raise ValueError(f"{PLUGIN}: review_allow must be an allow block (a mapping), true or false")
        config.review_allow = allow
    return config


def get_config(datasette) -> Config:
    return parse(datasette.plugin_config(PLUGIN) or {})
