"""The reader's key bindings as data: stable id, default keys, action, description, context.

This table is the single source of truth: the Textual app builds its
``Binding`` objects from it, ``briefing keys`` prints it, and keymap files are
validated against its ids. It imports nothing from Textual.

Contexts say where a binding is active: ``app`` bindings work everywhere,
``screen`` bindings everywhere on the reader's screen (not in its dialogs);
the others belong to one kind of focused widget. Two bindings conflict when
they share a key and can be active at the same time.
"""

from __future__ import annotations

from dataclasses import dataclass

GLOBAL_CONTEXTS = ("app", "screen")
LIST_CONTEXTS = ("sources", "facts", "entities", "results", "dialog")
WIDGET_CONTEXTS = LIST_CONTEXTS + ("article", "search", "filter", "types")
MODAL_CONTEXTS = ("dialog", "types")  # bindings of the reader's dialogs (modal screens)


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
_PANES = ("sources", "article", "facts", "entities")
_S = ("screen",)


def _b(
    binding_id: str,
    keys: str,
    action: str,
    description: str,
    contexts: tuple[str, ...] = _S,
    show: bool = False,
    label: str = "",
) -> BindingSpec:
    return BindingSpec(binding_id, keys, action, description, contexts, show, label)


BINDINGS: tuple[BindingSpec, ...] = (
    _b("app.quit", "ctrl+q", "quit", "Quit the reader, from anywhere", ("app",), True, "Quit"),
    _b(
        "app.close",
        "q",
        "back_or_quit",
        "Back one level (pane, zoom, filter); quits at the top",
        _S,
        True,
        "Back",
    ),
    _b("app.help", "question_mark,f1", "help", "Show the keys in effect", ("app",), True, "Help"),
    _b(
        "app.command-palette",
        "ctrl+p",
        "command_palette",
        "Command palette: actions, articles by title or outlet, entities",
        ("app",),
        False,
        "Commands",
    ),
    _b("pane.back", "escape", "screen.back", "Back one level (pane, zoom, filter); never quits", _PANES),
    _b(
        "focus.search", "slash", "focus_search", "Search the corpus (results as you type)", _S, True, "Search"
    ),
    _b("focus.sources", "1", "show_pane('sources')", "Go to the source list", _S, False, "Sources"),
    _b("focus.article", "2", "show_pane('article')", "Go to the article text", _S, False, "Article"),
    _b("focus.facts", "3", "show_pane('facts')", "Go to the key facts", _S, False, "Facts"),
    _b("focus.entities", "4", "show_pane('entities')", "Go to the entity list", _S, False, "Entities"),
    _b(
        "facts.scope",
        "B",
        "toggle_scope",
        "Key facts: this article / whole briefing",
        _S,
        False,  # the facts pane's border says it
        "Article/briefing",
    ),
    _b(
        "facts.sources",
        "c",
        "fact_sources",
        "Sentences corroborating the selected fact",
        _S,
        False,
        "Sources of fact",
    ),
    _b("article.next-match", "n", "next_match", "Next search match in the article", _S, False, "Next match"),
    _b(
        "article.prev-match",
        "N",
        "prev_match",
        "Previous search match in the article",
        _S,
        False,
        "Previous match",
    ),
    _b(
        "article.next-sentence",
        "right_parenthesis,right_square_bracket",
        "next_sentence",
        "Select the next sentence of the article",
        _S,
        False,
        "Next sentence",
    ),
    _b(
        "article.prev-sentence",
        "left_parenthesis,left_square_bracket",
        "prev_sentence",
        "Select the previous sentence of the article",
        _S,
        False,
        "Previous sentence",
    ),
    _b("entities.toggle", "e", "toggle_entities", "Entity highlighting on/off", _S, False, "Entities on/off"),
    _b(
        "entities.types",
        "t",
        "entity_types",
        "Choose which entity types are highlighted",
        _S,
        False,
        "Entity types",
    ),
    _b("copy.fact", "y", "copy", "Copy the selected fact or sentence with its citation", _S, True, "Copy"),
    _b(
        "links.open",
        "o",
        "open_link",
        "Open the article's web address in a browser (or copy it)",
        _S,
        False,
        "Open link",
    ),
    _b(
        "reading.next-unread",
        "u",
        "next_unread",
        "Next unread article, in the source list's order",
        _S,
        False,
        "Next unread",
    ),
    _b(
        "reading.prev-unread",
        "U",
        "prev_unread",
        "Previous unread article, in the source list's order",
        _S,
        False,
        "Previous unread",
    ),
    _b(
        "reading.next-unread-story",
        "greater_than_sign",
        "next_unread_story",
        "Next unread article of the current story",
        _S,
        False,
        "Next unread in story",
    ),
    _b(
        "reading.prev-unread-story",
        "less_than_sign",
        "prev_unread_story",
        "Previous unread article of the current story",
        _S,
        False,
        "Previous unread in story",
    ),
    _b(
        "reading.toggle",
        "m",
        "toggle_read",
        "Mark the article read / unread (in the source list: the highlighted one)",
        _S,
        False,
        "Read/unread",
    ),
    _b(
        "reading.mark-all",
        "M",
        "mark_all_read",
        "Mark every listed article read (asks first)",
        _S,
        False,
        "Mark all read",
    ),
    _b(
        "history.back",
        "ctrl+o,alt+left",
        "history_back",
        "Back to where you were before the last jump",
        _S,
        False,
        "Back in history",
    ),
    _b(
        "history.forward",
        "alt+right",
        "history_forward",
        "Forward again after going back",
        _S,
        False,
        "Forward in history",
    ),
    _b(
        "sources.filter",
        "f",
        "filter_sources",
        "Filter the source list as you type (title, outlet, entity)",
        _S,
        False,
        "Filter",
    ),
    _b(
        "layout.zoom",
        "z",
        "zoom",
        "Zoom the focused pane to the whole window; again to go back",
        _S,
        False,
        "Zoom",
    ),
    _b(
        "layout.wider",
        "plus,equals_sign",
        "resize_side(4)",
        "Widen the side pane you are in (remembered)",
        _S,
        False,
        "Wider",
    ),
    _b(
        "layout.narrower",
        "minus",
        "resize_side(-4)",
        "Narrow the side pane you are in (remembered)",
        _S,
        False,
        "Narrower",
    ),
    _b(
        "corpus.reload",
        "r",
        "reload",
        "Reload after the index changed, keeping your place",
        _S,
        False,
        "Reload",
    ),
    _b("nav.down", "down", "cursor_down", "Move down", _NAV),
    _b("nav.up", "up", "cursor_up", "Move up", _NAV),
    _b("nav.top", "home,g", "first", "Go to the top", _NAV),
    _b("nav.bottom", "end,G", "last", "Go to the bottom", _NAV),
    _b("nav.page-down", "pagedown", "page_down", "Page down", _NAV),
    _b("nav.page-up", "pageup", "page_up", "Page up", _NAV),
    _b("page.forward", "space", "page_down", "Page down, less-style (in the panes)", _PANES),
    _b("page.back", "b", "page_up", "Page up, less-style (in the panes)", _PANES),
    _b("sources.open", "enter", "select", "Open the highlighted article", ("sources",)),
    _b("sources.sort", "s", "sort", "Sort the source list: date, outlet, title, story, file", ("sources",)),
    _b("sources.reverse", "S", "reverse", "Reverse the source list's order", ("sources",)),
    _b("filter.done", "enter,down", "done", "Keep the filter and go to the list", ("filter",)),
    _b("filter.clear", "escape", "clear", "Clear the filter and go to the list", ("filter",)),
    _b("facts.jump", "enter", "select", "Jump to the highlighted fact's sentence", ("facts",)),
    _b("entities.open", "enter", "select", "Show every mention of the highlighted entity", ("entities",)),
    _b("search.open", "enter", "select", "Open the article at the matching sentence", ("results",)),
    _b("search.older", "up", "older", "Recall an older search (in the search bar)", ("search",)),
    _b(
        "search.newer",
        "down",
        "newer",
        "A newer search; at the newest, into the results",
        ("search",),
        True,
        "Results",
    ),
    _b("search.close", "escape", "close_search", "Leave the search bar", ("search", "results")),
    _b("dialog.choose", "enter", "select", "Choose the highlighted line", ("dialog",)),
    _b("dialog.yes", "y", "yes", "Answer yes to a question", ("dialog",)),
    _b("dialog.no", "n", "no", "Answer no to a question", ("dialog",)),
    _b("dialog.close", "escape,q", "close", "Close the dialog (back one level)", ("dialog",)),
    _b("dialog.toggle", "space", "toggle_type", "Turn the highlighted entity type on/off", ("types",)),
    _b("dialog.apply", "enter", "apply", "Apply the entity types chosen", ("types",)),
)

# the help screen's and `briefing keys`' sections, by the first part of the id
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Reader", ("app", "pane", "focus", "layout", "corpus")),
    ("Moving", ("nav", "page", "history")),
    ("Source list", ("sources", "filter", "reading")),
    ("Article", ("article", "entities", "links", "copy")),
    ("Key facts", ("facts",)),
    ("Search", ("search",)),
    ("Dialogs", ("dialog",)),
)

BY_ID: dict[str, BindingSpec] = {spec.id: spec for spec in BINDINGS}


def spec(binding_id: str) -> BindingSpec:
    return BY_ID[binding_id]


def ids() -> frozenset[str]:
    return frozenset(BY_ID)


def default_keys() -> dict[str, str]:
    return {spec.id: spec.keys for spec in BINDINGS}


def share_focus(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Can bindings of these two context sets be active at the same moment?

    ``app`` bindings are active everywhere; ``screen`` bindings everywhere on the reader's
    screen, but not in its dialogs (modal screens, context ``dialog``)."""
    if set(a) & set(b) or "app" in a or "app" in b:
        return True
    return ("screen" in a and _on_screen(b)) or ("screen" in b and _on_screen(a))


def _on_screen(contexts: tuple[str, ...]) -> bool:
    return any(c not in MODAL_CONTEXTS for c in contexts)


def section_of(binding_id: str) -> str:
    """The help section a binding is listed under."""
    prefix = binding_id.split(".", 1)[0]
    return next((title for title, prefixes in SECTIONS if prefix in prefixes), "Other")


def grouped() -> list[tuple[str, list[BindingSpec]]]:
    """The table by section, in the order of ``SECTIONS`` (for help and `briefing keys`)."""
    out: dict[str, list[BindingSpec]] = {title: [] for title, _ in SECTIONS}
    for item in BINDINGS:
        out.setdefault(section_of(item.id), []).append(item)
    return [(title, items) for title, items in out.items() if items]
