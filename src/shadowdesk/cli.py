"""Command line: the GUI by default, plus headless commands. `shadowdesk --help` lists them."""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from typing import NoReturn

from shadowdesk import __version__, translation
from shadowdesk.paths import DATA_DIR_ENV, DATABASE_URL_ENV, chosen_location, resolve_paths
from shadowdesk.translation import N_, _

# Each module adds its sub-command with add_parser(subparsers) and sets handler(args, context) -> int.
# Modules import their heavy dependencies inside the handler, so starting the GUI stays quick.
COMMAND_MODULES = ("shadowdesk.commands.demo", "shadowdesk.commands.people",
                   "shadowdesk.commands.calendar", "shadowdesk.commands.programs",
                   "shadowdesk.commands.pairs", "shadowdesk.commands.db",
                   "shadowdesk.commands.report", "shadowdesk.commands.export",
                   "shadowdesk.commands.notes", "shadowdesk.commands.customers", "shadowdesk.commands.projects",
                   "shadowdesk.commands.sessions", "shadowdesk.commands.server", "shadowdesk.commands.skills",
                   "shadowdesk.commands.whoami", "shadowdesk.commands.invites", "shadowdesk.commands.history")


# argparse's own words that our parsers can show, spelled as argparse spells them (it fills them with the %
# operator): listed here so that the catalogue holds them and tests/test_catalogue.py keeps them translated.
ARGPARSE_TEXTS = (
    N_("usage: "), N_("positional arguments"), N_("options"), N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"), N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"), N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"), N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"), N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("ignored explicit argument %r"), N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
)


def build_parser() -> argparse.ArgumentParser:
    _argparse_speaks_the_catalogue()
    parser = argparse.ArgumentParser(
        prog="shadowdesk",
        description=_("ShadowDesk runs cross-training and job-shadowing programs. Without a command it opens the "
                      "window."),
    )
    parser.add_argument("--version", action="version", version=f"ShadowDesk {__version__}",
                        help=_("show the version number and exit"))
    _add_location_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).add_parser(subparsers)
    return parser


def _argparse_speaks_the_catalogue() -> None:
    """argparse translates its words through the two names its module binds from gettext, `_` and `ngettext`,
    looked up at each call. gettext's global domain (textdomain, bindtextdomain) could lead those to our
    catalogue, but only in the language of the environment, which they read again at every call; naming our
    catalogue's functions instead makes argparse speak the language translation.use() chose, Preferences'
    included. Not done at import: the window's location-only parser would load the catalogue in the system's
    language before the window chooses its own."""
    argparse._ = translation._  # type: ignore[attr-defined]
    argparse.ngettext = translation.n_  # type: ignore[attr-defined]


def _add_location_options(parser: argparse.ArgumentParser, *, explained: bool = True) -> None:
    """explained=False: without the help, which the window-only parser never shows (translating it would load
    the catalogue before the window chooses its language)."""
    parser.add_argument(
        "--data-dir", metavar="DIR",
        help=_("keep the database, backups and logs under DIR (environment: {variable})").format(
            variable=DATA_DIR_ENV) if explained else None,
    )
    parser.add_argument(
        "--database-url", metavar="URL",
        help=_("use a PostgreSQL server, e.g. postgresql://user@host/db (environment: {variable})").format(
            variable=DATABASE_URL_ENV) if explained else None,
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
    by the full parser, which knows every command and reports every mistake the same way, in the language
    of the Preferences of the data folder the location options name (the window chooses its own)."""
    window_only = _LocationOnlyParser(prog="shadowdesk", add_help=False)
    _add_location_options(window_only, explained=False)
    try:
        args, rest = window_only.parse_known_args(argv)
    except _NotOnlyLocation:  # a location option itself is wrong: the full parser says so
        args, rest = argparse.Namespace(data_dir=None, database_url=None), argv
    if rest:
        translation.use(_preferences_language(args.data_dir, args.database_url))
        return build_parser().parse_args(argv)
    args.command = None
    return args


def _preferences_language(data_dir: str | None, url: str | None) -> str:
    """The language chosen in the Preferences of the data folder a command opens, as the window reads it;
    "" (the system's) when that folder cannot be one, which the command then reports."""
    from shadowdesk.errors import PlainWordsError
    from shadowdesk.settings import SettingsStore

    try:
        folder, _url = chosen_location(data_dir, url)  # else the one saved in Settings
        return str(SettingsStore(resolve_paths(folder).settings_file).get("language"))
    except (PlainWordsError, OSError):
        return ""


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
    args = parse_arguments(argv)  # a command's words are now in the Preferences language, as in the window
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
        reason = why_not_written(exc)
        message = (_("could not write {file}: {reason}. Nothing more was written.").format(
            file=exc.filename, reason=reason) if exc.filename else
            _("could not write: {reason}. Nothing more was written.").format(reason=reason))
        print("shadowdesk:", message, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("shadowdesk:", _("interrupted; nothing more was written."), file=sys.stderr)
        return 130
    finally:
        if context is not None:
            context.close()
