"""Check kinds: each is one module with a `check` function and its user documentation as docstring."""

from __future__ import annotations

from types import ModuleType

from claimcheck.checks import (
    date,
    name,
    name_spelling,
    quantity,
    quote,
    quote_speaker,
    quote_wording,
    unit_conversion,
)

CHECKS: dict[str, ModuleType] = {"quantity": quantity, "date": date, "quote": quote, "name": name}
BUILTINS: dict[str, ModuleType] = {
    "name-spelling": name_spelling,
    "quote-speaker": quote_speaker,
    "quote-wording": quote_wording,
    "unit-conversion": unit_conversion,
}

__all__ = ["BUILTINS", "CHECKS"]
