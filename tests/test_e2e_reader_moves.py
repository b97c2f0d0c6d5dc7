"""End to end in tmux: the reader's moves as a person makes them, read off the screen.

Two articles read, a key fact followed into a third, back twice; the source
list filtered; a pane zoomed; the corpus changed underneath and reloaded. Every
screen on the way must be readable (no text drawn invisibly); at 100x30 every
entity row keeps its counts.
"""

from __future__ import annotations

import os
import shlex
import shutil

import pytest

from briefing.core.corpus import bundled_seeds
from briefing.core.library import Library
from briefing.core.sanitize import one_line

from .conftest import briefing_cmd
from .screen_contrast import assert_readable
from .tmux import Tmux, have_tmux

pytestmark = pytest.mark.skipif(not have_tmux(), reason="tmux is not installed (.ci/run installs it)")


def flat(screen: str) -> str:
    return " ".join(screen.split())


def command(corpus, **env: str) -> str:
    settings = {"TERM": "xterm-256color", "COLORTERM": "truecolor", "BRIEFING_WATCH_SECONDS": "0.3", **env}
    xdg = {k: v for k, v in os.environ.items() if k.startswith("XDG_")}
    sets = " ".join(f"{k}={shlex.quote(v)}" for k, v in {**settings, **xdg}.items())
    unset = "-u NO_COLOR -u COLUMNS -u LINES -u COLORFGBG"  # Textual takes its size from COLUMNS/LINES
    return f"env {unset} {sets} {shlex.join(briefing_cmd() + ['--corpus', str(corpus)])}"


def left_column(screen: str) -> str:
    """The left column of panes (the source list and what is under it), as text."""
    lines = screen.splitlines()
    width = lines[3].index("╮") + 1
    return "\n".join(line[1 : width - 1] for line in lines[3:])  # inside the borders


def sources_pane(screen: str) -> str:
    """The source list (with the filter box above it), down to the list's bottom border."""
    lines = screen.splitlines()
    width = lines[3].index("╮") + 1
    out, seen_list = [], False
    for line in lines[3:]:
        out.append(line[1 : width - 1])
        seen_list = seen_list or "Sources (" in line
        if seen_list and line.startswith("╰"):
            break
    return "\n".join(out)


def article_title(screen: str) -> str:
    """The article pane's border title (the line under the search bar, right of the sources)."""
    line = screen.splitlines()[3]
    return line.split("╭─ ")[-1].rstrip("─╮ ").strip()


class Session:
    def __init__(self, tmux: Tmux, target: str) -> None:
        self.tmux, self.target = tmux, target

    def send(self, *keys: str) -> None:
        self.tmux.send(self.target, *keys)

    def type(self, text: str) -> None:
        self.tmux.tmux("send-keys", "-t", self.target, "-l", text)

    def wait(self, predicate, what: str) -> str:
        screen = self.tmux.wait_for(self.target, predicate, what=what)
        assert_readable(self.tmux.screen(self.target, escapes=True))
        return screen


def test_read_jump_back_filter_zoom_and_reload_in_tmux(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(bundled_seeds(), corpus)
    library = Library.open(corpus)
    summaries = library.summaries()
    titles = [one_line(s.title) for s in summaries]
    facts = library.briefing()
    ids = [s.id for s in summaries]
    index = next(i for i, b in enumerate(facts) if library.id_of(b.fact.path) not in ids[:2])
    third = titles[ids.index(library.id_of(facts[index].fact.path))]
    library.close()

    def shows_article(title: str):
        def shown(screen: str) -> bool:
            head = article_title(screen).rstrip("…")
            return len(head) >= 15 and title.startswith(head)

        return shown

    with Tmux(tmp_path / "tmux", width=120, height=40) as tmux:
        run = Session(tmux, tmux.start(command(corpus)))
        # the cross-source links come after the corpus is shown: until then the briefing lists
        # its facts in another order, so the fact chosen below by its place would be another
        # (under load the keys came first); "(+N)" on the article's facts says they are here
        first = run.wait(
            lambda s: "Sources (5)" in s and titles[0][:25] in s and "(+" in s, "the reader, linked"
        )
        sources = left_column(first)
        for title in titles:  # every seed's title, whole, on at most two lines
            assert flat(title) in flat(sources), title
        # read a second article, then follow a briefing-wide fact into a third
        run.send("1", "Down", "Enter")
        run.wait(shows_article(titles[1]), "the second article")
        run.send("B", "3", "Home", *["Down"] * index, "Enter")
        run.wait(shows_article(third), "the third article, at the fact")
        run.send("C-o")
        run.wait(shows_article(titles[1]), "back to the second article")
        run.send("C-o")
        run.wait(shows_article(titles[0]), "back to the first article")
        # filter the source list as you type
        word = next(w for w in titles[2].split() if len(w) > 6 and all(w not in t for t in titles[:2]))
        run.send("f")
        run.wait(lambda s: "Filter" in s, "the filter box")
        run.type(word.lower())
        filtered = run.wait(lambda s: "Sources (1 of 5)" in s, "the filtered list")
        pane = sources_pane(filtered)
        assert flat(titles[2]) in flat(pane) and flat(titles[0])[:25] not in flat(pane)
        run.send("Escape")
        run.wait(lambda s: "Sources (5)" in s, "the whole list again")
        # zoom the article pane to the whole window, and back
        run.send("2", "z")
        zoomed = run.wait(lambda s: "Sources (" not in s, "the zoomed article")
        assert (
            zoomed.splitlines()[3].startswith("╭─ " + titles[0][:20]) and len(zoomed.splitlines()[3]) >= 118
        )
        run.send("z")
        run.wait(lambda s: "Sources (5)" in s, "the panes again")
        # the corpus changes under the reader: a notice, r reloads, the article stays
        (corpus / "zzz_new.txt").write_text(
            "Zebracorn growers meet in Regina\n\nZebracorn growers met in Regina on Tuesday to talk trade.\n"
        )
        run.wait(lambda s: "r: reload" in s, "the change notice")
        run.send("r")
        reloaded = run.wait(lambda s: "Sources (6)" in s, "the reloaded list")
        assert shows_article(titles[0])(reloaded)
        assert "Zebracorn growers meet in Regina" in flat(left_column(reloaded))
        run.send("C-q")
        assert tmux.wait_exit(run.target) == 0


def test_100x30_entities_keep_their_counts_and_screens_stay_readable(tmp_path):
    library = Library.open(bundled_seeds())
    entities = library.entities(12)
    library.close()
    with Tmux(tmp_path / "tmux", width=100, height=30) as tmux:
        run = Session(tmux, tmux.start(command(bundled_seeds())))
        run.wait(lambda s: "Sources (5)" in s, "the reader")
        run.send("4")
        screen = run.wait(lambda s: "Entities (" in s, "the entity list")
        column = left_column(screen).splitlines()
        rows = column[next(i for i, r in enumerate(column) if "Entities (" in r) + 1 :]
        shown = 0
        for entity in entities:
            row = next((r for r in rows if f" {entity.canonical} " in r), None)
            if row is not None:
                assert f"{entity.type} · {entity.mentions} in {entity.articles}" in row, row
                shown += 1
        assert shown >= 8
        run.send("3")
        run.wait(lambda s: "Key facts" in s, "the key facts again")
        run.send("C-q")
        assert tmux.wait_exit(run.target) == 0
