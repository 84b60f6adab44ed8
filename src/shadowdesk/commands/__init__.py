"""The CLI's sub-commands, one module each (see shadowdesk.cli.COMMAND_MODULES)."""

from __future__ import annotations

import argparse
from datetime import date

from shadowdesk.translation import _


def iso_date(text: str) -> date:
    """A date as the commands take it, YYYY-MM-DD; anything else is refused in plain words (argparse shows the
    message after the option's name), where date.fromisoformat's name would read "invalid fromisoformat value"."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("“{value}” is not a date; write it as YYYY-MM-DD, e.g. 2026-09-01.").format(value=text)) from None
