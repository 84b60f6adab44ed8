"""Command line: the GUI by default, plus headless commands. `shadowdesk --help` lists them."""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from typing import NoReturn

from shadowdesk import __version__
from shadowdesk.paths import DATA_DIR_ENV, DATABASE_URL_ENV, chosen_location, resolve_paths

# Each module adds its sub-command with add_parser(subparsers) and sets handler(args, context) -> int.
# Modules import their heavy dependencies inside the handler, so starting the GUI stays quick.
COMMAND_MODULES = ("shadowdesk.commands.demo", "shadowdesk.commands.people",
                   "shadowdesk.commands.calendar", "shadowdesk.commands.programs",
                   "shadowdesk.commands.pairs", "shadowdesk.commands.db",
                   "shadowdesk.commands.report", "shadowdesk.commands.export",
                   "shadowdesk.commands.notes", "shadowdesk.commands.customers", "shadowdesk.commands.projects",
                   "shadowdesk.commands.sessions", "shadowdesk.commands.server", "shadowdesk.commands.skills",
                   "shadowdesk.commands.whoami", "shadowdesk.commands.invites", "shadowdesk.commands.history")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="shadowdesk",
        description="ShadowDesk runs cross-training and job-shadowing programs. Without a command it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"ShadowDesk {__version__}")
    _add_location_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).add_parser(subparsers)
    return parser


def _add_location_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir", metavar="DIR",
        help=f"keep the database, backups and logs under DIR (environment: {DATA_DIR_ENV})",
    )
    parser.add_argument(
        "--database-url", metavar="URL",
        help=f"use a PostgreSQL server, e.g. postgresql://user@host/db (environment: {DATABASE_URL_ENV})",
    )


class _NotOnlyLocation(Exception):
    pass


class _LocationOnlyParser(argparse.ArgumentParser):
    """Gives up (instead of printing usage and exiting) on anything that is not a location option."""

    def error(self, message: str) -> NoReturn:
        raise _NotOnlyLocation


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    """A command line of location options alone opens the window: it is read without the commands' modules,
    so starting the GUI (benchmarked) imports none of them. Any other line, a wrong one included, is read
    by the full parser, which knows every command and reports every mistake the same way."""
    window_only = _LocationOnlyParser(prog="shadowdesk", add_help=False)
    _add_location_options(window_only)
    try:
        args, rest = window_only.parse_known_args(argv)
    except _NotOnlyLocation:
        rest = argv
    if rest:
        return build_parser().parse_args(argv)
    args.command = None
    return args


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # Starting up makes tens of thousands of objects that live as long as the program (classes, mappers,
    # Qt wrappers), and the cyclic garbage collector would scan them again and again while they are made:
    # 40 % of the time of mapping the model. It is paused until the GUI's event loop runs
    # (gui.application.run turns it back on) or until a command begins.
    gc.disable()
    try:
        return _dispatch(argv)
    finally:
        gc.enable()


def _dispatch(argv: list[str]) -> int:
    """Run one command. Every way it can fail that is not a bug ends here as a line in plain words and
    exit code 2: the errors written for users (PlainWordsError), and what the system refused (a full
    disk, a read-only folder: OSError). A reader that stopped reading (`| head`) ends the command quietly."""
    args = parse_arguments(argv)
    from shadowdesk.app import AppContext, run_gui
    from shadowdesk.errors import PlainWordsError
    from shadowdesk.fileio import why_not_written

    context = None
    try:
        data_dir, url = chosen_location(args.data_dir, args.database_url)  # else the one saved in Settings
        context = AppContext(resolve_paths(data_dir), url)
        if args.command is None:
            return run_gui(context, [sys.argv[0], *argv])
        gc.enable()
        from shadowdesk import translation
        from shadowdesk.settings import SettingsStore

        translation.use(SettingsStore(context.paths.settings_file).get("language"))  # as in the window
        code: int = args.handler(args, context)  # each command's handler returns the exit code
        return code
    except PlainWordsError as exc:
        print(f"shadowdesk: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # Python would report the pipe again while flushing at exit: send what is left to nowhere.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # 128 + SIGPIPE: what a shell reports for a tool stopped by its reader
    except OSError as exc:
        where = f" {exc.filename}" if exc.filename else ""
        print(f"shadowdesk: could not write{where}: {why_not_written(exc)}. Nothing more was written.",
              file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("shadowdesk: interrupted; nothing more was written.", file=sys.stderr)
        return 130
    finally:
        if context is not None:
            context.close()
