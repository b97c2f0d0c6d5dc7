"""Stories linked in the update's worker processes give the links the main process would make."""

from __future__ import annotations

import shutil

from briefing.core import paths
from briefing.core.index import link_store, relink, story_store
from briefing.core.index.store import IndexDir
from briefing.core.index.updater import PARALLEL_PARSE
from briefing.core.library import Library

from .perf.generate_corpus import generate

N = PARALLEL_PARSE + 40  # enough files for the worker pool, which then links too


def _links_in_main_process(ixdir: IndexDir, corpus) -> dict:
    manifest = ixdir.read_manifest()
    assert manifest is not None
    stories = {s["id"]: s["members"] for s in ixdir.read_json(story_store.FILE)["stories"]}
    return relink.link_all(ixdir, corpus, manifest["files"], stories, {})


def test_stories_linked_in_workers_match_linking_in_one_process(tmp_path):
    corpus = tmp_path / "news"
    generate(corpus, N)
    # two wire copies of one report in two outlets' folders: a story of 2+ articles to link
    first = sorted(p for p in corpus.rglob("*.txt"))[0]
    for outlet in ("copy-a", "copy-b"):
        (corpus / outlet).mkdir()
        shutil.copy(first, corpus / outlet / first.name)
    Library.open(corpus).close()
    ixdir = IndexDir(paths.private_index_dir(corpus))
    stored = ixdir.read_json(link_store.FILE)
    assert stored.pop("token")
    assert stored["stories"], "some story of 2+ articles was linked"
    assert any(record["c"] or record["b"] for record in stored["stories"].values())
    assert list(stored["stories"]) == sorted(stored["stories"]), "records in story order"
    assert stored == _links_in_main_process(ixdir, corpus)
