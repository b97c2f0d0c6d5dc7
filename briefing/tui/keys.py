"""Textual ``Binding`` objects built from the core binding table (one source of truth)."""

from __future__ import annotations

from textual.binding import Binding, BindingType

from ..core import bindings as table


def bindings_for(
    context: str, only: tuple[str, ...] = (), skip: tuple[str, ...] = (), priority: bool = False
) -> list[BindingType]:
    """Bindings of one context, each with its stable id so keymaps can remap it (typed as
    Textual's ``BINDINGS`` are, so a class can assign the list); ``priority`` bindings run
    before the focused widget's."""
    out: list[BindingType] = []
    for spec in table.BINDINGS:
        if context not in spec.contexts or (only and spec.id not in only) or spec.id in skip:
            continue
        out.append(
            Binding(
                spec.keys,
                spec.action,
                spec.label or spec.description,
                show=spec.show,
                id=spec.id,
                tooltip=spec.description,
                priority=priority,
            )
        )
    return out
