"""The article model: its units, the people and organisations it names, and how they are found again."""

from __future__ import annotations

from .people import PeopleScan
from .resolution import Resolution


class Article(PeopleScan, Resolution):
    """The article model: the state (``state.ArticleState``) with the scans
    for people (``people``) and organisations (``organisations``) and the
    resolution of attributions (``resolution``)."""
