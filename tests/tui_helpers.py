"""Helpers for the reader's Pilot tests: a library with facts, waiting for the reader to load."""

from __future__ import annotations

from dataclasses import replace

from briefing.core.corpus import bundled_seeds
from briefing.core.library import Library
from briefing.core.model import BriefingFact, Fact, SourceRef
from briefing.tui.app import BriefingApp


class StandInFacts:
    """A real Library whose facts (and, if ``stable``, entity mentions) are stand-ins.

    Used while the fact extractor is a placeholder, and for layout snapshots that
    must not change when the extractors improve. Everything else is the real Library.
    """

    def __init__(self, library: Library, stable: bool) -> None:
        self._library = library
        self._stable = stable
        self._facts: dict[str, list[Fact]] = {}
        self._briefing: list[BriefingFact] = []
        for summary in library.summaries():
            article = library.article(summary.id)
            body = article.body_sentences()
            facts = [
                Fact(s.text, s.text, s.start, s.end, "context", 1.0, article.path, s.index, (s.start, s.end))
                for s in body[2:5]
            ]
            self._facts[summary.id] = facts
            self._briefing += [
                BriefingFact(f, [SourceRef(f.path, f.sentence, f.start, f.end)], [], 1.0) for f in facts[:1]
            ]

    def __getattr__(self, name):
        return getattr(self._library, name)

    def facts(self, aid: str) -> list[Fact]:
        return self._facts[aid]

    def briefing(self, story: str | None = None) -> list[BriefingFact]:
        return self._briefing

    def mentions(self, aid: str):
        return [] if self._stable else self._library.mentions(aid)

    def entities(self, limit=None):
        return [] if self._stable else self._library.entities(limit)

    def entity_count(self):
        return 0 if self._stable else self._library.entity_count()

    def entity_types(self):
        return set() if self._stable else self._library.entity_types()

    def summaries(self):
        return [
            replace(s, facts=len(self._facts[s.id]), entities=0 if self._stable else s.entities)
            for s in self._library.summaries()
        ]


def library_with_facts(stable: bool = False):
    """The seeds' library; facts come from the real extractor when it finds any.

    Tests pick facts from the library at test time, so they hold whatever the real
    extractor returns once it lands. ``stable`` always uses the stand-ins and drops
    entity mentions, so layout snapshots change only when the layout does.
    """
    library = Library.open(bundled_seeds())
    if stable or not any(library.facts(s.id) for s in library.summaries()):
        return StandInFacts(library, stable)
    return library


async def wait_for(pilot, predicate, timeout: float = 10.0) -> None:
    """Let the app run until ``predicate()`` holds (bounded)."""
    waited = 0.0
    while not predicate():
        if waited > timeout:
            raise AssertionError("condition not reached in time")
        await pilot.pause(0.05)
        waited += 0.05


def make_app(keymap=None, library=None, stable: bool = False) -> BriefingApp:
    library = library if library is not None else library_with_facts(stable)
    return BriefingApp(library.corpus, keymap, library=library)
