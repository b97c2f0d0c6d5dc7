"""The ``briefing`` command line: the reader (no subcommand) and one-shot commands.

Each subcommand lives in ``briefing/commands/<name>.py`` with ``configure(parser)``
and ``run(args) -> int``. Nothing heavy is imported here: a one-shot command
never imports Textual, and imports Rich only when it draws for a terminal.
Errors a user can cause print one line and exit 2; no traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from . import __version__

COMMANDS = {
    "show": "print cleaned articles (title, headings, paragraphs, entities)",
    "search": "search the corpus with Whoosh query syntax (exit 0 hits, 1 none, 2 error)",
    "index": "build or update the search index of a corpus",
    "entities": "list named entities (table, or one JSON item per mention)",
    "facts": "list key facts per article, or merged across sources with --briefing",
    "stories": "list the stories of the corpus: articles reporting the same event",
    "export": "write a Markdown briefing with cited key facts",
    "keys": "print the active key bindings (id, keys, description)",
    "locate": "print every path briefing uses for you and this corpus",
    "read": "open the reader (the default when no command is given)",
}


class _Parser(argparse.ArgumentParser):
    """argparse whose error is one terminal-safe line naming the command and where its options
    are listed (it may echo an argument back verbatim), exit status 2."""

    command: str | None = None  # set on the top parser: the subcommand argv names, if any

    def error(self, message: str):
        from .core.sanitize import one_line

        prog = self.prog
        if self.command and prog == "briefing":  # unknown options reach the top parser
            prog = f"briefing {self.command}"
        self.exit(2, f"{prog}: {one_line(message)}; see '{prog} --help'\n")

    _intermixing = False

    def parse_known_args(self, args=None, namespace=None):
        """A subcommand's words and options in any order, as a person types them: ``briefing
        search oil --json ~/news`` and ``briefing show a.txt --json b.txt`` (plain argparse
        took no word after an option: 'unrecognized arguments: ~/news'). After ``--`` (a query
        starting with '-') argparse's own order is kept: its intermixed parsing loses the words."""
        has_commands = any(isinstance(a, argparse._SubParsersAction) for a in self._actions)
        if self._intermixing or has_commands or "--" in (args or []):
            return super().parse_known_args(args, namespace)
        self._intermixing = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._intermixing = False


def first_word(argv: list[str]) -> tuple[int, str] | None:
    """The first word of ``argv`` that is not an option or an option's value, with its place;
    None when there is none (or it comes after ``--``)."""
    skip = False
    for i, word in enumerate(argv):
        if skip:
            skip = False
        elif word in ("--corpus", "--keymap"):
            skip = True
        elif word == "--":
            return None
        elif not word.startswith("-"):
            return i, word
    return None


def command_in(argv: list[str]) -> str | None:
    """The subcommand named in ``argv`` (the first word that is not an option or an option's
    value), or None."""
    found = first_word(argv)
    return found[1] if found and found[1] in COMMANDS else None


def folder_as_corpus(argv: list[str]) -> list[str]:
    """``briefing PATH`` opens the reader on PATH: a first word that names no command but an
    existing file or folder becomes ``--corpus PATH`` (unless --corpus is given too)."""
    found = first_word(argv)
    if found is None or "--corpus" in argv or any(w.startswith("--corpus=") for w in argv):
        return argv
    i, word = found
    if word in COMMANDS or not os.path.exists(word):
        return argv
    return [*argv[:i], "--corpus", word, *argv[i + 1 :]]


def build_parser(only: str | None = None) -> _Parser:
    """The parser; with ``only``, the other subcommands are listed but their modules are not
    imported nor their options added (a one-shot command starts faster)."""
    corpus_help = "corpus folder or file (default: $BRIEFING_CORPUS, config.yaml, bundled seeds)"
    # subcommands repeat --corpus; SUPPRESS keeps a value given before the command
    common = _Parser(add_help=False)
    common.add_argument("--corpus", metavar="PATH", default=argparse.SUPPRESS, help=corpus_help)
    parser = _Parser(
        prog="briefing",
        description="A keyboard-driven terminal reader for news briefings. "
        "With no command, opens the reader on the corpus.",
        epilog="Run 'briefing COMMAND --help' for a command's options.",
    )
    parser.add_argument("--corpus", metavar="PATH", default=None, help=corpus_help)
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    parser.add_argument(
        "--keymap", metavar="NAME|PATH", help="keymap preset (default, vim, emacs) or YAML file"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for name, help_text in COMMANDS.items():
        cmd = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        if only is None or name == only:
            importlib.import_module(f"briefing.commands.{name}").configure(cmd)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = folder_as_corpus(sys.argv[1:] if argv is None else argv)
    found = first_word(argv)
    if found is not None and found[1] not in COMMANDS and os.sep in found[1]:
        _error(f"{found[1]}: no such file or folder, and no command; check the path")
        return 2
    parser = build_parser(only=command_in(argv))
    parser.command = command_in(argv)
    args = parser.parse_args(argv)
    name = args.command or "read"
    from .core.errors import UserError

    try:
        module = importlib.import_module(f"briefing.commands.{name}")
        code = int(module.run(args) or 0)
        sys.stdout.flush()  # a closed pipe shows here, not as a warning at exit
        return code
    except UserError as exc:
        _error(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader of our output went away (`| head -1`): not an error, and quiet
        _silence_stdout()
        return 0


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _error(message: str) -> None:
    from .core.sanitize import one_line

    print(f"briefing: {one_line(message)}", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
