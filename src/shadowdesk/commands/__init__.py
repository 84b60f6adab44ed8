"""The CLI's sub-commands, one module each (see shadowdesk.cli.COMMAND_MODULES)."""
