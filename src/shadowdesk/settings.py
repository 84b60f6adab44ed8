"""User settings, declared once with type, default and label; stored as JSON in the config folder.

No Qt here: the CLI reads the same settings as the GUI (company name for reports, backup retention).
Window geometry is not a setting: it lives in QSettings (gui/application.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shadowdesk.fileio import atomic_write


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    label: str


SETTINGS: tuple[Setting, ...] = (
    Setting("company_name", str, "", "Company name on reports"),
    Setting("company_logo", str, "", "Company logo on reports (PNG or JPEG file)"),
    Setting("backup_keep_daily", int, 7, "Daily backups to keep"),
    Setting("backup_keep_weekly", int, 4, "Weekly backups to keep"),
    Setting("reflection_reminder_days", int, 2, "Days after a session before its reflection is due"),
    Setting("stalled_after_days", int, 21, "Days without a session before a pair counts as stalled"),
    Setting("host_weekly_capacity", int, 3, "Sessions a host may hold per week before a warning"),
    Setting("max_time_zone_gap_hours", int, 6, "Time zone gap between host and guest that gets a warning"),
    Setting("language", str, "", "Language (empty: the system's)"),
    Setting("paper_size", str, "auto", "Paper size of PDF reports: auto (from the region), a4 or letter"),
    # The outgoing mail server for invites and reminders; its password is in the OS keyring, never here.
    Setting("mail_host", str, "", "Outgoing mail server (SMTP)"),
    Setting("mail_port", int, 587, "Mail server port"),
    Setting("mail_security", str, "starttls", "Mail server encryption"),
    Setting("mail_user", str, "", "Mail server user name"),
    Setting("mail_from", str, "", "Sender address of invites and reminders"),
    Setting("reminder_every_days", int, 7, "Days between two reminders to the same person"),
)
_BY_KEY = {setting.key: setting for setting in SETTINGS}


class SettingsStore:
    def __init__(self, file: Path | None) -> None:
        """file None: the defaults, read-only (for work that runs without a user's settings, like the demo)."""
        self._file = file

    def _load(self) -> dict[str, Any]:
        if self._file is None:
            return {}
        try:
            data = json.loads(self._file.read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            return {}  # a missing or damaged file means defaults; it is rewritten on the next save
        return data if isinstance(data, dict) else {}

    def get(self, key: str) -> Any:
        setting = _BY_KEY[key]
        value = self._load().get(key, setting.default)
        try:
            return setting.type(value)
        except (TypeError, ValueError):
            return setting.default

    def set(self, key: str, value: Any) -> None:
        setting = _BY_KEY[key]
        if self._file is None:
            raise ValueError("These are the default settings; they cannot be changed.")
        data = self._load()
        data[key] = setting.type(value)
        self._file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write(self._file, json.dumps(data, indent=2, ensure_ascii=False), protected_ok=True)

    def all(self) -> dict[str, Any]:
        return {setting.key: self.get(setting.key) for setting in SETTINGS}
