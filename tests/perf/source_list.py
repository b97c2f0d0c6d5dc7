"""How fast the reader's source list filters and sorts on a large corpus (run by hand).

    python tests/perf/source_list.py CORPUS [--repeat 5]

Opens (indexing if needed) CORPUS, then times, median of ``--repeat`` runs:
building the sort/filter keys, each sort key, the filter for a title word, an
outlet, an entity prefix and a word found nowhere (every article compared), the
index lookup of an entity prefix; and, in the reader (headless, 140x45), the
time from the last key of a filter or an ``s`` to the list showing the result
(the filter waits ``FILTER_DELAY`` after the last key by design: it is included).
Use a corpus from ``tests/perf/generate_corpus.py``; keep it under /work/cache.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections import Counter
from pathlib import Path


def _median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def measure_core(corpus: Path, repeat: int) -> tuple[dict[str, float], dict[str, str]]:
    from briefing.core.library import Library
    from briefing.core.source_order import SORT_KEYS, SourceOrder

    start = time.perf_counter()
    library = Library.open(corpus, link=False)
    opened = time.perf_counter() - start
    items = library.summaries()
    outlet = Counter(s.outlet for s in items if s.outlet).most_common(1)[0][0]
    word = Counter(w.lower() for s in items for w in s.title.split() if len(w) > 6).most_common(20)[-1][0]
    entity = library.entities(30)[-1].canonical.split()[0][:4].lower()
    out: dict[str, float] = {"open the library (ms)": opened * 1000, "articles": float(len(items))}
    out["build the keys (ms)"] = _median_ms(lambda: SourceOrder(items), repeat)
    order = SourceOrder(items)
    for key in SORT_KEYS:
        out[f"sort by {key} (ms)"] = _median_ms(lambda key=key: order.sorted(items, key), repeat)
    lookup = library.ids_naming_prefix
    for label, text in (
        ("title word", word),
        ("outlet", outlet),
        ("entity prefix", entity),
        ("nothing", "zqxjv"),
    ):
        out[f"filter: {label} (ms)"] = _median_ms(lambda text=text: order.filtered(text, lookup), repeat)
        out[f"filter: {label} (articles)"] = float(len(order.filtered(text, lookup)))
    out["index lookup of an entity prefix (ms)"] = _median_ms(lambda: lookup(entity), repeat)
    library.close()
    return out, {"title word": word, "outlet": outlet, "entity prefix": entity}


def measure_reader(corpus: Path, word: str, expected: int, repeat: int) -> dict[str, float]:
    from briefing.core.library import Library
    from briefing.tui.app import BriefingApp
    from briefing.tui.widgets.source_filter import SourceFilter
    from briefing.tui.widgets.source_list import SourceList

    out: dict[str, list[float]] = {
        "filter typed -> list shown (ms)": [],
        "s pressed -> list sorted (ms)": [],
        "a key bound to nothing (ms, baseline)": [],
    }

    async def until(pilot, predicate) -> float:
        start = time.perf_counter()
        while not predicate():
            await pilot.pause(0.005)
            if time.perf_counter() - start > 30:
                raise RuntimeError("the reader did not answer in 30 s")
        return (time.perf_counter() - start) * 1000

    async def go() -> None:
        app = BriefingApp(corpus, library=Library.open(corpus, link=False))
        async with app.run_test(size=(140, 45)) as pilot:
            screen = app.screen
            await until(pilot, lambda: screen.article is not None)
            sources = screen.query_one(SourceList)
            total = len(sources.all_items)
            box = screen.query_one(SourceFilter)
            await pilot.press("f")
            for _ in range(repeat):
                box.value = word  # as if typed: the list follows FILTER_DELAY after the last key
                out["filter typed -> list shown (ms)"].append(
                    await until(pilot, lambda: len(sources.items) == expected)
                )
                box.value = ""
                await until(pilot, lambda: len(sources.items) == total)
            await pilot.press("enter")
            for _ in range(repeat):
                app.state.set_pref("sources.sort", "file")  # the next s sorts newest first
                start = time.perf_counter()
                await pilot.press("s")
                await until(pilot, lambda: "newest first" in sources.description)
                out["s pressed -> list sorted (ms)"].append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                await pilot.press("x")
                out["a key bound to nothing (ms, baseline)"].append((time.perf_counter() - start) * 1000)
            app.state.set_pref("sources.sort", "file")

    asyncio.run(go())
    return {k: statistics.median(v) for k, v in out.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-reader", action="store_true", help="only the core figures")
    args = parser.parse_args(argv)
    core, words = measure_core(args.corpus, args.repeat)
    for name, value in core.items():
        print(f"{name:45} {value:10.1f}")
    print("queries:", ", ".join(f"{k} {v!r}" for k, v in words.items()))
    if not args.no_reader:
        expected = int(core["filter: title word (articles)"])
        for name, value in measure_reader(args.corpus, words["title word"], expected, args.repeat).items():
            print(f"{name:45} {value:10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
