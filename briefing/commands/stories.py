"""``briefing stories``: the stories of the corpus (or of FILE|DIR), largest first.

A story is the articles reporting one event or development, grouped at index
time from their text and metadata (``core.stories``). Text output: one line per
story (sources, articles, days, corroborated facts, title, id) and its articles;
``--json``: ``{"stories": [{"id", "title", "articles": [{"path", "title"}], ...}]}``.
"""

from __future__ import annotations

from ..core.plural import counted


def configure(parser) -> None:
    parser.add_argument("paths", nargs="*", metavar="FILE|DIR", help="articles (default: the corpus)")
    parser.add_argument("--json", action="store_true", help="JSON: every story with its articles")
    parser.add_argument("--all", action="store_true", help="list single-article stories too (text output)")


def run(args) -> int:
    from .context import folder_is_corpus
    from .output import emit_json, warn

    if not folder_is_corpus(args) and getattr(args, "paths", None):
        stories = _offline(args)
    else:
        from .context import open_library

        with open_library(args) as library:
            for message in list(library.warnings) + list(library.notices):
                warn(message)
            stories = [_story_json(library, s) for s in library.stories()]
    if not stories:
        from .context import no_articles

        return no_articles(args)
    if args.json:
        emit_json({"stories": stories})
        return 0
    _print(stories, show_all=args.all)
    return 0


def _story_json(library, story) -> dict:
    articles = []
    for aid in story.articles:
        article = library.summary(aid)
        articles.append(
            {
                "id": aid,
                "path": article.path,
                "title": article.title,
                "outlet": article.outlet,
                "date": article.date,
            }
        )
    return {
        "id": story.id,
        "title": story.title,
        "articles": articles,
        "first_date": story.first_date,
        "last_date": story.last_date,
        "sources": story.sources,
        "outlets": list(story.outlets),
        "corroborated": story.corroborated,
    }


def _offline(args) -> list[dict]:
    from ..core.facts import report
    from .context import input_paths, load_config
    from .output import warn

    analysed = report.analyse(input_paths(args), max_bytes=load_config().max_bytes, every_story=True)
    for message in analysed.warnings:
        warn(message)
    out = []
    for brief in analysed.stories:
        members = [analysed.articles[n] for n in brief.members]
        dates = sorted(a.date for a in members if a.date)
        corroborated = sum(1 for n in brief.members for f in analysed.facts[n] if f.corroborated_by)
        out.append(
            {
                "id": brief.id,
                "title": brief.title,
                "articles": [
                    {"path": a.path, "title": a.title, "outlet": a.outlet, "date": a.date} for a in members
                ],
                "first_date": dates[0] if dates else "",
                "last_date": dates[-1] if dates else "",
                "sources": brief.sources,
                "outlets": sorted({a.outlet for a in members if a.outlet}),
                "corroborated": corroborated,
            }
        )
    return out


def _print(stories: list[dict], show_all: bool) -> None:
    from .facts_text import emit

    shown = [s for s in stories if show_all or len(s["articles"]) > 1]
    single = len(stories) - len(shown)
    lines: list[list[tuple[str, str]]] = [
        [
            (
                f"{counted(len(stories), 'story', 'stories')}, "
                f"{counted(sum(len(s['articles']) for s in stories), 'article')}",
                "bold",
            )
        ]
    ]
    for story in shown:
        days = story["first_date"]
        if story["last_date"] and story["last_date"] != days:
            days = f"{days} to {story['last_date']}"
        facts = story["corroborated"]
        meta = [
            counted(story["sources"], "source"),
            counted(len(story["articles"]), "article"),
            *([days] if days else []),
            counted(facts, "corroborated fact"),
        ]
        lines.append([])
        lines.append([(story["title"] or "(untitled)", "bold"), (f"  [{story['id']}]", "dim")])
        lines.append([("  " + " · ".join(meta), "green")])
        for article in story["articles"]:
            where = ", ".join(x for x in (article.get("outlet", ""), article.get("date", "")) if x)
            if article.get("title"):
                lines.append([("    " + article["title"], "")])
            lines.append([("      " + article["path"], "dim"), (f"  {where}" if where else "", "dim")])
    if single:
        lines.append([])
        lines.append([(f"and {single} single-article stories (--all lists them)", "dim")])
    emit(lines)
