"""The bundle's entry point: what `shadowdesk` (the console script) runs, for PyInstaller to freeze."""

from shadowdesk.cli import main

raise SystemExit(main())
