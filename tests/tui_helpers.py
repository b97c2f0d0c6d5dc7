"""Helpers for the reader's Pilot tests: a library with facts, waiting for the reader to load."""
from __future__ import annotations

from briefing.core.corpus import bundled_seeds
from briefing.core.library import Library
from briefing.core.model import BriefingFact, Fact, SourceRef
from briefing.tui.app import BriefingApp


def library_with_facts() -> Library:
    """The seeds' library; while the fact extractor is a placeholder, facts stand in from sentences.

    Tests pick facts from the library at test time, so they hold whatever the real
    extractor returns once it lands.
    """
    library = Library.open(bundled_seeds())
    if not any(library.facts(s.id) for s in library.summaries()):
        briefing = []
        for summary in library.summaries():
            article = library.article(summary.id)
            body = article.body_sentences()
            facts = [Fact(s.text, s.text, s.start, s.end, "context", 1.0, article.path, s.index,
                          (s.start, s.end)) for s in body[2:5]]
            library._facts[summary.id] = facts
            briefing += [BriefingFact(f, [SourceRef(f.path, f.sentence, f.start, f.end)], [], 1.0)
                         for f in facts[:1]]
        library._briefing = briefing
    return library


async def wait_for(pilot, predicate, timeout: float = 10.0) -> None:
    """Let the app run until ``predicate()`` holds (bounded)."""
    waited = 0.0
    while not predicate():
        if waited > timeout:
            raise AssertionError("condition not reached in time")
        await pilot.pause(0.05)
        waited += 0.05


def make_app(keymap=None, library=None) -> BriefingApp:
    library = library if library is not None else library_with_facts()
    return BriefingApp(library.corpus, keymap, library=library)
