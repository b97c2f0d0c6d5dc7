"""The stories of an index, kept up to date with the articles that changed.

Two side files, both tagged with the manifest's token:

- ``story_state.sqlite``: the grouping state (every article's story signature and
  story, the corpus' term counts, the postings), read only when indexing and only
  the parts an update touches (``story_state``);
- ``stories.json``: per story its id, title and member article ids, for the
  library (the summaries name each article's story too).

An update removes the changed and deleted articles from their stories and adds
the new and changed ones (``stories.grouping``); nothing else moves. A state
that does not belong to the previous manifest (an interrupted update, an older
index, a corrupt or older-format file) is rebuilt from the stored analysis.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..stories.grouping import Grouper
from . import story_state
from .store import IndexDir

FILE = "stories.json"
RETIRED = ("story_index.json",)  # the grouping state of earlier versions (one JSON file)


def update(
    ixdir: IndexDir,
    previous_token: str | None,
    token: str,
    files: dict[str, Any],
    summaries: dict[str, dict[str, Any]],
    new_signatures: dict[str, dict[str, Any]],
    read_signature: Callable[[str], dict[str, Any] | None],
) -> Grouper:
    """Group the manifest entries ``files`` ({rel: [size, mtime, ctime, key, id]}), write both side
    files with ``token`` and name every article's story in its summary (``summaries`` by id).

    ``new_signatures`` holds the signature of every article analysed (or reused) in this
    update, by article id; ``read_signature(key)`` reads one from the stored analysis. The
    state of ``previous_token`` is updated in place; without one (or when it turns out
    unreadable) every article is grouped afresh.
    """
    previous = ixdir.read_json(FILE, {}) or {}
    stored = story_state.open_state(ixdir, previous_token) if previous_token is not None else None
    if stored is not None:
        try:
            grouper = _update(stored.grouper, files, new_signatures, read_signature)
            _write_listing(ixdir, token, grouper, summaries, previous)
            stored.save(token)
            return grouper
        except story_state.Unreadable:
            pass
        finally:
            stored.close()
    grouper = _update(Grouper(), files, new_signatures, read_signature)
    _write_listing(ixdir, token, grouper, summaries, previous)
    story_state.write_whole(ixdir, token, grouper)
    return grouper


def _update(
    grouper: Grouper,
    files: dict[str, Any],
    new_signatures: dict[str, dict[str, Any]],
    read_signature: Callable[[str], dict[str, Any] | None],
) -> Grouper:
    live = {entry[4]: rel for rel, entry in files.items()}
    placed = grouper.member_ids()
    for aid in sorted(a for a in placed if a not in live or a in new_signatures):
        grouper.remove(aid)
    todo: dict[str, dict[str, Any]] = dict(new_signatures)
    for aid, rel in live.items():  # articles the state lacks (a state rebuilt from scratch)
        if aid not in placed and aid not in todo:
            found = read_signature(files[rel][3])
            todo[aid] = found if found is not None else {}
    order = sorted(todo, key=lambda a: (todo[a].get("day") or "", live.get(a, "")))
    grouper.add_all((aid, todo[aid]) for aid in order if aid in live)
    return grouper


def _write_listing(
    ixdir: IndexDir,
    token: str,
    grouper: Grouper,
    summaries: dict[str, dict[str, Any]],
    previous: dict[str, Any],
) -> None:
    """Write ``stories.json`` and name every article's story in its summary."""
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
    ixdir.write_json(FILE, {"token": token, "stories": out})


def _title(grouper: Grouper, members: list[str], summaries: dict[str, dict[str, Any]]) -> str:
    from ..stories.titles import choose

    return choose(grouper, members, lambda m: (summaries.get(m) or {}).get("title", ""))
