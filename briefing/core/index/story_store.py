"""The stories of an index, kept up to date with the articles that changed.

Two side files, both tagged with the manifest's token:

- ``story_index.json``: the grouping state (every article's story signature and
  story, the corpus' term counts); read only when indexing;
- ``stories.json``: per story its id, title and member article ids, for the
  library (the summaries name each article's story too).

An update removes the changed and deleted articles from their stories and adds
the new and changed ones (``stories.grouping``); nothing else moves. A state
that does not belong to the previous manifest (an interrupted update, an older
index) is rebuilt from the stored analysis.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..stories.grouping import Grouper
from .store import IndexDir

STATE_FILE = "story_index.json"
FILE = "stories.json"


def regroup(
    ixdir: IndexDir,
    previous_token: str | None,
    files: dict[str, Any],
    summaries: dict[str, dict[str, Any]],
    new_signatures: dict[str, dict[str, Any]],
    read_signature: Callable[[str], dict[str, Any] | None],
) -> Grouper:
    """The grouping for the manifest entries ``files`` ({rel: [size, mtime, ctime, key, id]}).

    ``new_signatures`` holds the signature of every article analysed (or reused) in this
    update, by article id; ``read_signature(key)`` reads one from the stored analysis.
    """
    live = {entry[4]: rel for rel, entry in files.items()}
    state = ixdir.read_json(STATE_FILE, {}) if previous_token is not None else {}
    if not state or state.get("token") != previous_token:
        state = {}
    grouper = Grouper(state.get("state"))
    for aid in [a for a in grouper.articles if a not in live or a in new_signatures]:
        grouper.remove(aid)
    todo: dict[str, dict[str, Any]] = dict(new_signatures)
    for aid, rel in live.items():  # articles the state lacks (a state rebuilt from scratch)
        if aid not in grouper.articles and aid not in todo:
            found = read_signature(files[rel][3])
            todo[aid] = found if found is not None else {}
    order = sorted(todo, key=lambda a: (todo[a].get("day") or "", live.get(a, "")))
    grouper.add_all((aid, todo[aid]) for aid in order if aid in live)
    return grouper


def write(
    ixdir: IndexDir,
    token: str,
    grouper: Grouper,
    summaries: dict[str, dict[str, Any]],
    previous: dict[str, Any],
) -> None:
    """Write both side files and name every article's story in its summary (``summaries`` by id)."""
    titles = {s.get("id"): s.get("title", "") for s in previous.get("stories", []) if isinstance(s, dict)}
    out = []
    for sid, story in sorted(grouper.stories.items()):
        if sid in grouper.changed or sid not in titles:
            titles[sid] = _title(grouper, story.members, summaries)
        out.append({"id": sid, "title": titles[sid], "members": list(story.members)})
        for aid in story.members:
            summary = summaries.get(aid)
            if summary is not None:
                summary["story"] = sid
                summary["story_title"] = titles[sid]
    ixdir.write_json(STATE_FILE, {"token": token, "state": grouper.state()})
    ixdir.write_json(FILE, {"token": token, "stories": out})


def _title(grouper: Grouper, members: list[str], summaries: dict[str, dict[str, Any]]) -> str:
    from ..stories.titles import choose

    return choose(grouper, members, lambda m: (summaries.get(m) or {}).get("title", ""))
