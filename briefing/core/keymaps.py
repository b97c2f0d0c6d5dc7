"""Keymap files: find presets, load YAML, validate against the binding table, merge overrides.

A keymap file has ``name``, an optional ``extends`` (a preset name or a path)
and ``bindings``: a mapping of binding id -> ``"key1,key2"`` (Textual key
names; a single character such as ``?`` is accepted too). Selection order:
``--keymap NAME|PATH``, else ``keymap:`` in config.yaml, else ``default``;
then ``$XDG_CONFIG_HOME/briefing/keymap.yaml`` merges on top. Every problem
is a ConfigError with one line naming the file and the entry. The override file may
say ``extends`` too: it picks the base when neither ``--keymap`` nor config.yaml does.
"""

from __future__ import annotations

import difflib
import sys
import sysconfig
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypedDict, cast

from . import bindings as binding_table
from . import paths, yamlsafe
from .errors import ConfigError

PRESETS = ("default", "vim", "emacs")
MODIFIERS = ("ctrl", "alt", "shift", "super", "meta", "hyper")
NAMED_KEYS = frozenset(
    [
        "up",
        "down",
        "left",
        "right",
        "home",
        "end",
        "pageup",
        "pagedown",
        "enter",
        "escape",
        "tab",
        "space",
        "backspace",
        "delete",
        "insert",
        "backtab",
    ]
    + [f"f{n}" for n in range(1, 25)]
)
_NAME_REPLACEMENTS = {
    "solidus": "slash",
    "reverse_solidus": "backslash",
    "commercial_at": "at",
    "hyphen_minus": "minus",
    "plus_sign": "plus",
    "low_line": "underscore",
}
_MAX_EXTENDS = 8
_TOP_KEYS = ("name", "extends", "bindings")


class KeymapFile(TypedDict, total=False):
    """A keymap YAML file as ``_read`` accepts it (the bindings are checked by ``_parse_bindings``)."""

    name: str
    extends: str
    bindings: dict[Any, Any] | None  # binding id -> "keys,like,this" or a list of keys


def _char_key(char: str) -> str:
    """Textual's key name for one printable character ("?" -> "question_mark")."""
    if char.isalnum():
        return char
    name = unicodedata.name(char, char).lower().replace("-", "_").replace(" ", "_")
    return _NAME_REPLACEMENTS.get(name, name)


_CHAR_KEY_NAMES = frozenset(_char_key(chr(c)) for c in range(33, 127) if not chr(c).isalnum())


def normalize_key(key: str) -> str | None:
    """The canonical Textual key name, or None when ``key`` is not a key."""
    key = key.strip()
    if not key:
        return None
    if len(key) == 1:
        return _char_key(key) if key.isprintable() and not key.isspace() else None
    *mods, base = key.split("+") if not key.endswith("++") else key[:-2].split("+") + ["+"]
    if any(m not in MODIFIERS for m in mods) or len(set(mods)) != len(mods):
        return None
    if len(base) == 1:
        if not base.isprintable() or base.isspace():
            return None
        base = _char_key(base)
    elif base not in NAMED_KEYS and base not in _CHAR_KEY_NAMES:
        return None
    return "+".join(mods + [base])


def display_key(key: str) -> str:
    """A short form for people: question_mark -> ?, ctrl+p -> ^p."""
    mods, _, base = key.rpartition("+")
    for char_code in range(33, 127):
        char = chr(char_code)
        if not char.isalnum() and _char_key(char) == base:
            base = char
            break
    if mods == "ctrl":
        return "^" + base
    return f"{mods}+{base}" if mods else base


@dataclass
class Keymap:
    """The resolved keymap: every binding id -> its keys, and where each came from."""

    name: str
    bindings: dict[str, str]
    origin: dict[str, str] = field(default_factory=dict)  # id -> file that set it ("" = built in)
    files: list[str] = field(default_factory=list)

    def keys(self, binding_id: str) -> list[str]:
        return [k for k in self.bindings.get(binding_id, "").split(",") if k]

    def shown(self, binding_id: str, sep: str = ", ", most: int | None = None) -> str:
        """The binding's keys as people read them ("^q", "?"), the first ``most``, joined by
        ``sep``; "" when it has none (help, hints, the palette and dialogs write keys so)."""
        return sep.join(display_key(k) for k in self.keys(binding_id)[:most])

    def textual_keymap(self) -> dict[str, str]:
        """What ``App.set_keymap`` takes (every id, so presets fully replace defaults)."""
        return dict(self.bindings)


def keymap_dirs() -> list[Path]:
    """Where presets live: the checkout's keymaps/, then <prefix>/share/briefing/keymaps."""
    out = [Path(__file__).resolve().parents[2] / "keymaps"]
    for base in (sysconfig.get_path("data"), sys.prefix, getattr(sys, "base_prefix", sys.prefix)):
        if base:
            out.append(Path(base) / "share" / "briefing" / "keymaps")
    out.append(Path.home() / ".local" / "share" / "briefing" / "keymaps")
    return out


def preset_path(name: str) -> Path:
    for folder in keymap_dirs():
        candidate = folder / f"{name}.yaml"
        if candidate.is_file():
            return candidate
    raise ConfigError(
        f"keymap preset '{name}' is missing from this installation; reinstall briefing or pass --keymap PATH"
    )


def _preset_exists(name: str) -> bool:
    return any((folder / f"{name}.yaml").is_file() for folder in keymap_dirs())


def _locate(selection: str, relative_to: Path | None = None) -> Path:
    if selection in PRESETS:
        return preset_path(selection)
    looks_like_path = "/" in selection or selection.endswith((".yaml", ".yml"))
    path = Path(selection).expanduser()
    if relative_to is not None and not path.is_absolute():
        path = relative_to / path
    if looks_like_path or path.exists():
        if not path.is_file():
            raise ConfigError(
                f"keymap file {path} does not exist; pass an existing file or one of {', '.join(PRESETS)}"
            )
        return path
    close = difflib.get_close_matches(selection, PRESETS, n=1)
    hint = f"did you mean '{close[0]}'? " if close else ""
    raise ConfigError(f"unknown keymap '{selection}'; {hint}choose {', '.join(PRESETS)} or a YAML file path")


def shape_hint() -> str:
    """What a keymap file must look like, and where the presets are (the fix of a bad file)."""
    presets = next((str(d) for d in keymap_dirs() if (d / "default.yaml").is_file()), "")
    where = f" (in {presets})" if presets else ""
    return (
        "a keymap is a YAML mapping such as 'bindings: {layout.zoom: Z}' with optional 'name:' "
        f"and 'extends:'; or pass a preset: {', '.join(PRESETS)}{where}"
    )


def _read(path: Path) -> KeymapFile:
    try:
        loaded = yamlsafe.load_file(path)
    except yamlsafe.YamlError as exc:
        raise ConfigError(str(exc)) from None
    try:
        data = yamlsafe.expect_mapping(loaded, str(path))
    except yamlsafe.YamlError as exc:  # not a keymap at all (/etc/passwd): say what one is
        raise ConfigError(f"{exc}; {shape_hint()}") from None
    for key in data:
        if key not in _TOP_KEYS:
            raise ConfigError(f"{path}: unknown key '{key}'; a keymap has {', '.join(_TOP_KEYS)}")
    for key in ("name", "extends"):
        if key in data and not isinstance(data[key], str):
            raise ConfigError(f"{path}: key '{key}' must be a string, got {type(data[key]).__name__}")
    if "bindings" in data and data["bindings"] is not None and not isinstance(data["bindings"], dict):
        raise ConfigError(f"{path}: key 'bindings' must be a mapping of binding id to keys")
    return cast(KeymapFile, data)  # every key and its type checked above


def _parse_bindings(path: Path, raw: dict[Any, Any], valid_ids: frozenset[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for binding_id, value in (raw or {}).items():
        entry = f"{path}: bindings.{binding_id}"
        if not isinstance(binding_id, str) or binding_id not in valid_ids:
            close = difflib.get_close_matches(str(binding_id), sorted(valid_ids), n=1, cutoff=0.5)
            hint = f"did you mean '{close[0]}'?" if close else "run 'briefing keys' for the ids"
            raise ConfigError(f"{path}: bindings: unknown binding id '{binding_id}'; {hint}")
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            items = value
        elif isinstance(value, str):
            items = value.split(",") if value.strip() else []
        elif value is None:
            items = []
        else:
            raise ConfigError(f'{entry}: keys must be a string like "j,down", got {type(value).__name__}')
        keys = []
        for item in items:
            key = normalize_key(item)
            if key is None:
                raise ConfigError(
                    f"{entry}: '{item.strip()}' is not a key name; use Textual key names "
                    "such as j, ctrl+d, pagedown, question_mark"
                )
            if key not in keys:
                keys.append(key)
        out[binding_id] = ",".join(keys)
    return out


def _load_chain(
    path: Path, valid_ids: frozenset[str], depth: int = 0, seen: tuple[Path, ...] = ()
) -> tuple[str, list[tuple[Path, dict[str, str]]]]:
    if path.resolve() in seen or depth > _MAX_EXTENDS:
        raise ConfigError(f"{path}: key 'extends' makes a loop; extend a preset or another file")
    data = _read(path)
    layers: list[tuple[Path, dict[str, str]]] = []
    if data.get("extends"):
        try:
            base = _locate(data["extends"], path.parent)
        except ConfigError as exc:
            raise ConfigError(f"{path}: extends: {exc}") from None
        _, layers = _load_chain(base, valid_ids, depth + 1, seen + (path.resolve(),))
    layers.append((path, _parse_bindings(path, data.get("bindings") or {}, valid_ids)))
    return str(data.get("name") or path.stem), layers


def user_override_path() -> Path:
    return paths.config_file("keymap.yaml")


def resolve(
    selection: str | None = None,
    config_value: str | None = None,
    valid_ids: frozenset[str] | None = None,
    override: Path | None = None,
) -> Keymap:
    """The keymap in effect: defaults <- selected file (and what it extends) <- user overrides."""
    valid_ids = valid_ids if valid_ids is not None else binding_table.ids()
    override = override if override is not None else user_override_path()
    data = _read(override) if override.is_file() else None
    # the override file's own "extends" picks the base unless --keymap or config.yaml did
    extends = data.get("extends") if data else None
    override_base = extends if extends and not (selection or config_value) else None
    chosen = selection or config_value or extends or "default"
    layers: list[tuple[Path, dict[str, str]]]
    if chosen == "default" and not _preset_exists("default"):
        name, layers = "default", []  # the built-in defaults ARE the default keymap
    elif data is not None and override_base is not None:
        try:
            base = _locate(override_base, override.parent)
        except ConfigError as exc:
            raise ConfigError(f"{override}: extends: {exc}") from None
        name, layers = _load_chain(base, valid_ids, 1, (override.resolve(),))
        name = str(data.get("name") or name)
    else:
        name, layers = _load_chain(_locate(chosen), valid_ids)
    if data is not None:
        layers.append((override, _parse_bindings(override, data.get("bindings") or {}, valid_ids)))
    keymap = Keymap(
        name,
        {i: k for i, k in binding_table.default_keys().items() if i in valid_ids},
        {i: "" for i in valid_ids},
    )
    for path, layer in layers:
        keymap.files.append(str(path))
        for binding_id, keys in layer.items():
            keymap.bindings[binding_id] = keys
            keymap.origin[binding_id] = str(path)
    check(keymap)
    return keymap


def check(keymap: Keymap) -> None:
    """Refuse a keymap without a quit key or with two actions on one key in one context."""
    if "app.quit" in keymap.bindings and not keymap.keys("app.quit"):
        where = keymap.origin.get("app.quit") or "keymap"
        raise ConfigError(f"{where}: bindings.app.quit: a quit key must remain; give it at least one key")
    seen: dict[str, list[str]] = {}
    for binding_id in keymap.bindings:
        for key in keymap.keys(binding_id):
            for other in seen.get(key, []):
                a, b = binding_table.BY_ID.get(other), binding_table.BY_ID.get(binding_id)
                if a and b and binding_table.share_focus(a.contexts, b.contexts):
                    culprit = binding_id if keymap.origin.get(binding_id) else other
                    partner = other if culprit == binding_id else binding_id
                    where = keymap.origin.get(culprit) or keymap.origin.get(partner) or "keymap"
                    raise ConfigError(
                        f"{where}: bindings.{culprit}: key '{key}' is also bound to "
                        f"'{partner}' in the same context; pick another key"
                    )
            seen.setdefault(key, []).append(binding_id)
