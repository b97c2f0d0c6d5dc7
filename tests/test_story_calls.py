"""The story calls of Library on a real index: every article in exactly one story, the
summary naming it, and a story's briefing holding only that story's facts."""

from __future__ import annotations

import shutil

from briefing.core.library import Library

from .conftest import SEEDS


def test_every_article_is_in_exactly_one_story(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    with Library.open(corpus) as lib:
        stories = lib.stories()
        members = [aid for story in stories for aid in story.articles]
        assert sorted(members) == sorted(s.id for s in lib.summaries())
        for summary in lib.summaries():
            story = lib.story_of(summary.id)
            assert story is not None and summary.id in story.articles
            assert story.title
        assert lib.story_of("no-such-article") is None


def test_a_story_briefing_cites_only_its_articles(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    with Library.open(corpus) as lib:
        for story in lib.stories():
            paths = {lib.path_of(aid) for aid in story.articles}
            for item in lib.briefing(story=story.id):
                assert item.fact.path in paths
        assert lib.briefing(story="s-unknown") == []
