"""Cross-source links, computed per story and stored compactly (``links.json``).

Only articles of one story are linked, and only the stories whose articles
changed are linked again: a story's record carries a key (a hash of its
members' content keys) and is reused while the key matches. A record names
places by member index and offsets, never by path or sentence text::

    {"key": K, "m": [article id, ...],
     "c": {"MI": {"FI": [[mj, start, end], ...]}},          # fact FI of member MI: the same claim
     "d": {"MI": {"FI": [[mj, start, end, [[kind, detail], ...]], ...]}},  # a differing claim
     "b": [[mi, fi, score, [[mj, start, end], ...], [[kind, detail, [ma, s, e], [mb, s, e]], ...]], ...],
     "o": {"MI": [FI, ...]},                                 # member MI's facts as shown, best first
     "r": R}

``o`` lists each member's facts in the order its facts pane shows them (corroboration counted),
up to the most it may show, so a story's corroborated facts are counted among the shown ones.
``b`` is the story's briefing: merged facts (every candidate; readers keep the items a member
shows or another source states, ``ranking.in_briefing``), best first, each led by fact FI of member MI;
``r`` the number of independent sources among the members (copies of one text in several
outlets count once, as in the facts' counts).
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .store import IndexDir

FILE = "links.json"
FORMAT = 4  # 3: "o", the shown order of each member's facts; 4: "b" merges every candidate


def story_key(content_keys: list[str]) -> str:
    """What a story's links depend on: its members' content and the analysis code."""
    from .fingerprint import code_fingerprint

    return hashlib.sha1("|".join([code_fingerprint(), *content_keys]).encode()).hexdigest()[:16]


# (story id, its key, [(member id, content key, path), ...]): the linking of one story
LinkJob = tuple[str, str, list[tuple[str, str, str]]]
Records = Iterator[tuple[str, dict[str, Any]]]


def update(
    ixdir: IndexDir,
    root: Path,
    files: dict[str, Any],
    stories: dict[str, list[str]],
    previous: dict[str, Any],
    load: Callable[[str, str], tuple[Any, ...] | None],
    run: Callable[[list[LinkJob]], Records] | None = None,
) -> dict[str, Any]:
    """Link records for every story of 2+ articles (``stories``: id -> member ids); records of
    ``previous`` whose key still matches are kept as they are. ``load(key, path)`` gives an
    article's (article, facts) from its stored analysis; ``run(jobs)``, when given, builds the
    records of the stories to link (in worker processes: ``workers.Pool.link``), in any order."""
    by_id = {entry[4]: (rel, entry[3]) for rel, entry in files.items()}
    old = previous.get("stories", {}) if previous.get("format") == FORMAT else {}
    out: dict[str, dict[str, Any]] = {}
    jobs: list[LinkJob] = []
    for sid, members in sorted(stories.items()):
        members = sorted((m for m in members if m in by_id), key=lambda m: by_id[m][0])
        if len(members) < 2:
            continue
        key = story_key([by_id[m][1] for m in members])
        record = old.get(sid)
        if isinstance(record, dict) and record.get("key") == key and record.get("m") == members:
            out[sid] = record
            continue
        jobs.append((sid, key, [(m, by_id[m][1], str(root / by_id[m][0])) for m in members]))
    built = run(jobs) if run is not None else (build(job, load) for job in jobs)
    out.update(built)
    return {"format": FORMAT, "stories": dict(sorted(out.items()))}


def build(job: LinkJob, load: Callable[[str, str], tuple[Any, ...] | None]) -> tuple[str, dict[str, Any]]:
    """(story id, link record) of one story; ``load`` as for ``update``.

    Python's cycle collector is paused meanwhile: linking makes hundreds of thousands of
    small objects (term sets, records of sentences) that no cycle holds, and the collector
    scanned them, and the whole heap of a worker, again and again (a tenth of linking's CPU).
    What one story leaves is collected after it, as before."""
    sid, key, members = job
    was_on = gc.isenabled()
    gc.disable()
    try:
        loaded = []
        for m, content_key, path in members:
            found = load(content_key, path)
            if found is not None:
                loaded.append((m, *found))
        return sid, _record(key, loaded)
    finally:
        if was_on:
            gc.enable()


def _record(key: str, loaded: list[tuple[Any, ...]]) -> dict[str, Any]:
    from .. import analysis

    members = [m for m, _, _ in loaded]
    articles = [a for _, a, _ in loaded]
    facts = [f for _, _, f in loaded]
    found = analysis.link_story(articles, facts)
    member_of = {a.path: n for n, a in enumerate(articles)}
    fact_index = {
        (a.path, f.start): (n, fi)
        for n, (a, fs) in enumerate(zip(articles, facts, strict=True))
        for fi, f in enumerate(fs)
    }
    corroborated: dict[str, dict[str, list[Any]]] = {}
    for (ai, fi), places in found.corroborated.items():
        corroborated.setdefault(str(ai), {})[str(fi)] = [list(p) for p in places]
    differing: dict[str, dict[str, list[Any]]] = {}
    for (ai, fi), others in found.differing.items():
        differing.setdefault(str(ai), {})[str(fi)] = [
            [a, s, e, [list(d) for d in ds]] for a, s, e, ds in others
        ]
    briefing = []
    for item in found.briefing:
        lead = fact_index.get((item.fact.path, item.fact.start))
        if lead is None:
            continue
        sources = [[member_of[r.path], r.start, r.end] for r in item.sources if r.path in member_of]
        diffs = [
            [
                d.kind,
                d.detail,
                [member_of[d.a.path], d.a.start, d.a.end],
                [member_of[d.b.path], d.b.start, d.b.end],
            ]
            for d in item.differences
            if d.a.path in member_of and d.b.path in member_of
        ]
        briefing.append([lead[0], lead[1], item.score, sources, diffs])
    shown = _shown_order(articles, facts)
    return {
        "key": key,
        "m": members,
        "c": corroborated,
        "d": differing,
        "b": briefing,
        "o": shown,
        "r": found.reports,
    }


def _shown_order(articles: list[Any], facts: list[list[Any]]) -> dict[str, list[int]]:
    """Per member: its facts' indices in the order they are shown, up to the most it may show."""
    from ..facts import ranking
    from ..facts.extract import most_shown

    out = {}
    for n, (article, fs) in enumerate(zip(articles, facts, strict=True)):
        position = {id(f): fi for fi, f in enumerate(fs)}
        out[str(n)] = [position[id(f)] for f in ranking.chosen(fs, most_shown(article))]
    return out
