import multiprocessing

# First of all: in a frozen program, a child process (services/child_process.py) starts as this program
# again and runs its job here instead of opening a window. Elsewhere it does nothing.
multiprocessing.freeze_support()

from shadowdesk.cli import main  # noqa: E402

raise SystemExit(main())
