"""The reader's key bindings as data: stable id, default keys, action, description, context.

This table is the single source of truth: the Textual app builds its
``Binding`` objects from it, ``briefing keys`` prints it, and keymap files are
validated against its ids. It imports nothing from Textual.

Contexts say where a binding is active: ``app`` and ``screen`` bindings work
everywhere; the others belong to one kind of focused widget. Two bindings
conflict when they share a key and can be active at the same time.
"""

from __future__ import annotations

from dataclasses import dataclass

GLOBAL_CONTEXTS = ("app", "screen")
LIST_CONTEXTS = ("sources", "facts", "entities", "results", "dialog")
WIDGET_CONTEXTS = LIST_CONTEXTS + ("article", "search")


@dataclass(frozen=True)
class BindingSpec:
    id: str
    keys: str  # default keys, Textual key names separated by commas
    action: str  # the Textual action run by the binding
    description: str  # one short line for help, footer and `briefing keys`
    contexts: tuple[str, ...]
    show: bool = False  # shown in the footer
    label: str = ""  # short footer label (defaults to the description)


_NAV = LIST_CONTEXTS + ("article",)

BINDINGS: tuple[BindingSpec, ...] = (
    BindingSpec("app.quit", "q", "quit", "Quit the reader", ("app",), True, "Quit"),
    BindingSpec("app.help", "question_mark,f1", "help", "Show the keys in effect", ("app",), True, "Help"),
    BindingSpec(
        "app.command-palette",
        "ctrl+p",
        "command_palette",
        "Open the command palette",
        ("app",),
        False,
        "Commands",
    ),
    BindingSpec(
        "focus.search",
        "slash",
        "focus_search",
        "Search the corpus (results as you type)",
        ("screen",),
        True,
        "Search",
    ),
    BindingSpec(
        "focus.sources", "1", "show_pane('sources')", "Go to the source list", ("screen",), False, "Sources"
    ),
    BindingSpec(
        "focus.article", "2", "show_pane('article')", "Go to the article text", ("screen",), False, "Article"
    ),
    BindingSpec("focus.facts", "3", "show_pane('facts')", "Go to the key facts", ("screen",), False, "Facts"),
    BindingSpec(
        "focus.entities",
        "4",
        "show_pane('entities')",
        "Go to the entity list",
        ("screen",),
        False,
        "Entities",
    ),
    BindingSpec(
        "facts.scope",
        "b",
        "toggle_scope",
        "Key facts: this article / whole briefing",
        ("screen",),
        True,
        "Article/briefing",
    ),
    BindingSpec(
        "facts.sources",
        "c",
        "fact_sources",
        "Sentences corroborating the selected fact",
        ("screen",),
        False,
        "Sources of fact",
    ),
    BindingSpec(
        "article.next-match",
        "n",
        "next_match",
        "Next search match in the article",
        ("screen",),
        False,
        "Next match",
    ),
    BindingSpec(
        "article.prev-match",
        "N",
        "prev_match",
        "Previous search match in the article",
        ("screen",),
        False,
        "Previous match",
    ),
    BindingSpec(
        "article.next-sentence",
        "right_parenthesis,right_square_bracket",
        "next_sentence",
        "Select the next sentence of the article",
        ("screen",),
        False,
        "Next sentence",
    ),
    BindingSpec(
        "article.prev-sentence",
        "left_parenthesis,left_square_bracket",
        "prev_sentence",
        "Select the previous sentence of the article",
        ("screen",),
        False,
        "Previous sentence",
    ),
    BindingSpec(
        "entities.toggle",
        "e",
        "toggle_entities",
        "Entity highlighting on/off",
        ("screen",),
        False,
        "Entities on/off",
    ),
    BindingSpec(
        "entities.types",
        "t",
        "entity_types",
        "Choose which entity types are highlighted",
        ("screen",),
        False,
        "Entity types",
    ),
    BindingSpec(
        "copy.fact",
        "y",
        "copy",
        "Copy the selected fact or sentence with its citation",
        ("screen",),
        True,
        "Copy",
    ),
    BindingSpec("nav.down", "down", "cursor_down", "Move down", _NAV),
    BindingSpec("nav.up", "up", "cursor_up", "Move up", _NAV),
    BindingSpec("nav.top", "home", "first", "Go to the top", _NAV),
    BindingSpec("nav.bottom", "end", "last", "Go to the bottom", _NAV),
    BindingSpec("nav.page-down", "pagedown", "page_down", "Page down", _NAV),
    BindingSpec("nav.page-up", "pageup", "page_up", "Page up", _NAV),
    BindingSpec("sources.open", "enter", "select", "Open the highlighted article", ("sources",)),
    BindingSpec("facts.jump", "enter", "select", "Jump to the highlighted fact's sentence", ("facts",)),
    BindingSpec(
        "entities.open", "enter", "select", "Show every mention of the highlighted entity", ("entities",)
    ),
    BindingSpec("search.open", "enter", "select", "Open the article at the matching sentence", ("results",)),
    BindingSpec("dialog.choose", "enter", "select", "Choose the highlighted line", ("dialog",)),
    BindingSpec("search.close", "escape", "close_search", "Leave the search bar", ("search", "results")),
    BindingSpec("dialog.close", "escape", "close", "Close the dialog", ("dialog",)),
)

BY_ID: dict[str, BindingSpec] = {spec.id: spec for spec in BINDINGS}


def spec(binding_id: str) -> BindingSpec:
    return BY_ID[binding_id]


def ids() -> frozenset[str]:
    return frozenset(BY_ID)


def default_keys() -> dict[str, str]:
    return {spec.id: spec.keys for spec in BINDINGS}


def share_focus(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Can bindings of these two context sets be active at the same moment?"""
    if set(a) & set(b):
        return True
    return bool(set(a) & set(GLOBAL_CONTEXTS)) or bool(set(b) & set(GLOBAL_CONTEXTS))
