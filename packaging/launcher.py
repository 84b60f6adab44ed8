"""The bundle's entry point: what `shadowdesk` (the console script) runs, for PyInstaller to freeze."""

import multiprocessing

# First of all: a child process (services/child_process.py) starts as this program again, with
# --multiprocessing-fork, and runs its job here instead of opening a window.
multiprocessing.freeze_support()

from shadowdesk.cli import main  # noqa: E402

raise SystemExit(main())
