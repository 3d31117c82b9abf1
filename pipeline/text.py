"""Azerbaijani letter case: ``str.lower`` maps ``I`` to ``i``, but Azerbaijani ``I`` is ``ı``."""

from functools import lru_cache

_LOWER = str.maketrans({"I": "ı", "İ": "i"})
_UPPER = str.maketrans({"i": "İ", "ı": "I"})


@lru_cache(maxsize=131072)
def az_lower(text: str) -> str:
    return text.translate(_LOWER).lower()


def az_upper(text: str) -> str:
    return text.translate(_UPPER).upper()

