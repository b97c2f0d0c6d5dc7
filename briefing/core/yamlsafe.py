"""Loading small YAML files from untrusted places: safe_load only, size-limited, no aliases.

Config, keymap and entity files and Markdown front matter all come through here,
so a broken or hostile file is reported as one line naming the file (and the
key, for wrong types), never as a traceback.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import yaml

MAX_YAML_BYTES = 256 * 1024


class YamlError(ValueError):
    """A YAML file that cannot be used; ``str()`` is the one-line message."""


@lru_cache(maxsize=1)
def _no_alias_loader() -> type[yaml.SafeLoader]:
    """SafeLoader that refuses anchors/aliases (the "billion laughs" alias bomb).

    Built on first use: PyYAML is imported only when some YAML is actually read.
    """
    import yaml

    class _NoAliasLoader(yaml.SafeLoader):
        def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()  # type: ignore[no-untyped-call] # unannotated in types-PyYAML
                raise yaml.constructor.ConstructorError(
                    None, None, "aliases are not allowed", event.start_mark
                )
            return super().compose_node(parent, index)

    return _NoAliasLoader


def loads(text: str, source: str = "<string>", max_bytes: int = MAX_YAML_BYTES) -> Any:
    """Parse YAML text; raise YamlError with a one-line message naming ``source``."""
    if len(text.encode("utf-8", "replace")) > max_bytes:
        raise YamlError(f"{source}: file is larger than {max_bytes // 1024} KB; shorten it")
    import yaml

    try:
        return yaml.load(text, Loader=_no_alias_loader())  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        where = f": line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise YamlError(f"{source}{where}: invalid YAML ({problem}); fix the file or remove it") from None
    except RecursionError:
        raise YamlError(f"{source}: YAML nested too deeply; fix the file or remove it") from None


def load_file(path: str | Path, max_bytes: int = MAX_YAML_BYTES) -> Any:
    """Read and parse a YAML file; raise YamlError naming the file on any problem."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise YamlError(f"{path}: file is larger than {max_bytes // 1024} KB; shorten it")
        text = path.read_text(encoding="utf-8")
    except YamlError:
        raise
    except UnicodeDecodeError:
        raise YamlError(f"{path}: not UTF-8 text; save it as UTF-8") from None
    except OSError as exc:
        raise YamlError(
            f"{path}: cannot read ({exc.strerror or exc}); check the path and permissions"
        ) from None
    return loads(text, str(path), max_bytes)


def expect_mapping(data: object, source: str, key: str = "") -> dict[Any, Any]:
    """Return ``data`` if it is a mapping (None counts as empty), else raise YamlError."""
    if data is None:
        return {}
    if not isinstance(data, dict):
        where = f" key '{key}'" if key else ""
        raise YamlError(f"{source}:{where} expected a mapping, got {type(data).__name__}")
    return data
