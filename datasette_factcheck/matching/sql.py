"""The SQL functions the plugin registers on every connection: normalised
text, similarity and word diff, so canned queries can compare quotes."""

from typing import Optional

from .compare import diff_text
from .words import normalize, similarity


def sql_normalize(text: object) -> Optional[str]:
    if text is None:
        return None
    try:
        return normalize(str(text))
    except Exception:
        return None


def sql_similarity(a: object, b: object) -> Optional[float]:
    if a is None or b is None:
        return None
    try:
        return round(similarity(str(a), str(b)), 4)
    except Exception:
        return None


def sql_diff(a: object, b: object) -> Optional[str]:
    if a is None or b is None:
        return None
    try:
        return diff_text(str(a), str(b))
    except Exception:
        return None
