"""Stages: registered by name, each declaring what it needs and what it assigns.

A stage is a callable ``Document -> Document`` made by a factory; a stage that works better on many
documents at once (as spaCy's components do) also has ``pipe(docs) -> docs``. ``register`` records the
factory with its contract, so ``Pipeline`` can refuse a bad order when it is built (as Stanza's
processors do) instead of failing on the first article.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .records import Document

StageFn = Callable[[Document], Document]


@dataclass(frozen=True, slots=True)
class StageSpec:
    name: str
    factory: Callable[..., StageFn]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


REGISTRY: dict[str, StageSpec] = {}


def register(name: str, *, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = ()):
    """Register a stage factory under ``name``; use as a decorator on the factory."""

    def decorate(factory: Callable[..., StageFn]) -> Callable[..., StageFn]:
        REGISTRY[name] = StageSpec(name, factory, tuple(requires), tuple(assigns))
        return factory

    return decorate


class PipelineOrderError(ValueError):
    """A stage was placed before the stages that provide what it needs."""


def check_order(names: list[str]) -> list[StageSpec]:
    """Return the specs for ``names``, or raise if one is unknown or misplaced."""
    provided = {"text", "title"}
    specs = []
    for name in names:
        if name not in REGISTRY:
            raise PipelineOrderError(f"unknown stage {name!r}; known: {', '.join(sorted(REGISTRY))}")
        spec = REGISTRY[name]
        missing = [need for need in spec.requires if need not in provided]
        if missing:
            raise PipelineOrderError(
                f"stage {name!r} needs {', '.join(missing)}, which no earlier stage provides"
            )
        provided.update(spec.assigns)
        specs.append(spec)
    return specs
