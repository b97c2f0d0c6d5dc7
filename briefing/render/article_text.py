"""The one rendering path for an article: source text plus spans -> styled Rich ``Text``.

Used by the reader's article pane and by ``briefing show``. Article text is
data: it is sanitised character for character (offsets stay valid) and styled
with spans, never parsed as markup.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from rich.text import Text

from ..core.model import Article, Mention
from ..core.sanitize import for_terminal, one_line
from . import palette
from .meta import with_link

_BLOCK_STYLE = {"title": palette.TITLE_STYLE, "dek": palette.DEK_STYLE, "heading": palette.HEADING_STYLE}


@dataclass
class RenderedArticle:
    """Styled text of an article and the map from source offsets to offsets in ``text``."""

    text: Text
    # parallel lists: block source start, block rendered start, block length
    src_starts: list[int] = field(default_factory=list)
    out_starts: list[int] = field(default_factory=list)
    lengths: list[int] = field(default_factory=list)

    def to_rendered(self, offset: int) -> int | None:
        """Where a source offset appears in ``text`` (None when it is not shown)."""
        i = bisect_right(self.src_starts, offset) - 1
        if i < 0:
            return None
        delta = offset - self.src_starts[i]
        if delta > self.lengths[i]:
            return None
        return self.out_starts[i] + delta

    def line_of(self, offset: int) -> int | None:
        """The (unwrapped) line number of a source offset in ``text``."""
        pos = self.to_rendered(offset)
        if pos is None:
            return None
        return self.text.plain.count("\n", 0, pos)


def meta_line(article: Article) -> str:
    parts = [p for p in (article.outlet, article.author, article.date) if p]
    parts.append(article.name)
    return one_line(" · ".join(parts))


def render_article(
    article: Article,
    mentions: Iterable[Mention] = (),
    matches: Iterable[tuple[int, int]] = (),
    selected: tuple[int, int] | None = None,
    hidden_types: frozenset[str] | set[str] = frozenset(),
    color: bool | str = True,
    show_meta: bool = True,
    current: tuple[int, int] | None = None,
) -> RenderedArticle:
    """Styled text of the whole article: title, meta line, dek, headings, paragraphs.

    ``mentions``, ``matches`` (search hits), ``current`` (the match n/N is on) and
    ``selected`` (a sentence) are source offsets; they are mapped onto the rendered
    text and styled with the palette of ``color`` (a mode of ``render.palette``, or
    True/False for colour/none). When the article has no title block, its derived
    title is shown first (unmapped).
    """
    colors = palette.palette(color)
    out = Text(no_wrap=False, end="")
    rendered = RenderedArticle(out)
    has_title = any(b.kind == "title" for b in article.blocks)
    if not has_title and article.title:
        out.append(one_line(article.title), style=palette.TITLE_STYLE)
        out.append("\n")
    for block in article.blocks:
        start = len(out)
        rendered.src_starts.append(block.start)
        rendered.out_starts.append(start)
        rendered.lengths.append(block.end - block.start)
        out.append(for_terminal(block.text), style=_BLOCK_STYLE.get(block.kind, ""))
        out.append("\n")
        if block.kind == "title" and show_meta:
            out.append_text(with_link(meta_line(article), article))
            out.append("\n")
        if block.kind != "title":
            out.append("\n")
    if not has_title and show_meta:
        # meta line goes right under the derived title
        first_newline = out.plain.find("\n")
        meta = with_link(meta_line(article), article)
        meta.append("\n")
        head = out[: first_newline + 1]
        tail = out[first_newline + 1 :]
        shift = len(meta) + 1
        combined = Text(end="")
        combined.append_text(head)
        combined.append_text(meta)
        combined.append("\n")
        combined.append_text(tail)
        rendered.text = out = combined
        rendered.out_starts = [s + shift for s in rendered.out_starts]
    _stylize(
        rendered,
        [(m.start, m.end, colors.entity(m.type)) for m in mentions if m.type not in hidden_types],
    )
    if selected is not None:
        _stylize(rendered, [(selected[0], selected[1], colors.selected)])
    _stylize(rendered, [(s, e, colors.match) for s, e in matches if (s, e) != current])
    if current is not None:
        _stylize(rendered, [(current[0], current[1], colors.current_match)])
    out.rstrip()
    return rendered


def _stylize(rendered: RenderedArticle, spans: list[tuple[int, int, str]]) -> None:
    for start, end, style in spans:
        a = rendered.to_rendered(start)
        b = rendered.to_rendered(end)
        if a is None or b is None or b <= a:
            continue
        rendered.text.stylize(style, a, b)
