"""Where ShadowDesk keeps its files: one frozen AppPaths, from platformdirs or from --data-dir."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

import platformdirs

from shadowdesk.errors import PlainWordsError
from shadowdesk.fileio import _, atomic_write, why_not_written  # _: the catalogue's, imported when used

APP_NAME = "ShadowDesk"
DATA_DIR_ENV = "SHADOWDESK_DATA_DIR"
DATABASE_URL_ENV = "SHADOWDESK_DATABASE_URL"
DATABASE_FILE = "shadowdesk.sqlite3"
# The demo company lives in a data folder of its own inside the user's, marked so its window says "Demo":
# a user who tries it and then imports their roster never mixes the two.
DEMO_FOLDER = "demo"
DEMO_MARK = ".shadowdesk-demo"


@dataclass(frozen=True)
class AppPaths:
    data: Path
    config: Path
    logs: Path
    backups: Path
    exports: Path

    @property
    def database_file(self) -> Path:
        return self.data / DATABASE_FILE

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def log_file(self) -> Path:
        return self.logs / "shadowdesk.log"

    def sqlite_url(self) -> str:
        return f"sqlite:///{self.database_file}"

    @property
    def demo_folder(self) -> Path:
        """Where the demo company of this data folder goes (this folder itself when it is the demo's)."""
        return self.data if self.is_demo else self.data / DEMO_FOLDER

    @property
    def is_demo(self) -> bool:
        return (self.data / DEMO_MARK).is_file()

    def mark_as_demo(self) -> None:
        (self.data / DEMO_MARK).touch(mode=0o600)

    def create(self) -> None:
        """Make the folders, readable by their owner only: they hold people's notes.

        In a data folder that exists but cannot be written, the missing ones are left out: the database
        there can still be read (see storage.open_database), and what writes says why it cannot."""
        if self.data.exists() and not self.data.is_dir():
            raise PathError(_("The data folder {folder} is a file, not a folder; give a folder "
                              "(--data-dir), or move the file away.").format(folder=self.data))
        for folder in (self.data, self.config, self.logs, self.backups, self.exports):
            try:
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            except OSError as exc:
                if not self.data.is_dir():
                    raise PathError(_("Cannot create the data folder {folder}: {reason}.").format(
                        folder=self.data, reason=why_not_written(exc))) from exc


class PathError(PlainWordsError):
    """A data folder that cannot be one (a file, an empty name, a place that cannot be created)."""


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """--data-dir (or SHADOWDESK_DATA_DIR) puts everything under one folder; otherwise the platform's places.

    An empty --data-dir is refused rather than read as "not given": that would open the user's real
    database when a script's variable was empty. (An empty environment variable counts as unset.)"""
    if data_dir is not None and not str(data_dir).strip():
        raise PathError(_("--data-dir was given an empty folder name; give a folder, or leave --data-dir out."))
    chosen = data_dir or os.environ.get(DATA_DIR_ENV)
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(
            data=root, config=root / "config", logs=root / "logs", backups=root / "backups",
            exports=root / "exports",
        )
    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    data = Path(dirs.user_data_dir)
    return AppPaths(
        data=data,
        config=Path(dirs.user_config_dir),
        logs=Path(dirs.user_log_dir),
        backups=data / "backups",
        exports=Path(dirs.user_documents_dir) / APP_NAME,
    )


def database_url(paths: AppPaths, url: str | None = None) -> str:
    """--database-url (or SHADOWDESK_DATABASE_URL) for a PostgreSQL server; else the embedded SQLite file."""
    if url is not None and not url.strip():
        raise PathError(_("--database-url was given an empty address; give one, or leave --database-url out."))
    return url or os.environ.get(DATABASE_URL_ENV) or paths.sqlite_url()


@dataclass(frozen=True)
class SavedLocation:
    """The database chosen in the settings dialog: a data folder or a server URL (at most one is set)."""

    data_dir: str = ""
    url: str = ""


def location_file() -> Path:
    """In the platform's config folder, never under a data folder: it says which data folder to use."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "location.json"


def saved_location() -> SavedLocation:
    try:
        data = json.loads(location_file().read_text(encoding="utf-8"))
        return SavedLocation(str(data.get("data_dir") or ""), str(data.get("url") or ""))
    except (OSError, ValueError, AttributeError):
        return SavedLocation()  # none saved, or a damaged file: the platform's places


def save_location(location: SavedLocation) -> None:
    """Written without the server's password, whatever the URL held: that belongs in the keyring
    (services.server_login), never in a file. Protected from exports (app.protect_outputs), so written as
    the app's own file."""
    file = location_file()
    file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    url, _password = split_password(location.url)
    atomic_write(file, json.dumps({"data_dir": location.data_dir, "url": url}), protected_ok=True)


def split_password(url: str) -> tuple[str, str]:
    """(url without its password, the password or ""): both the user:password@ form and ?password=.

    A URL that cannot be read as one is given back as it is: opening it says what is wrong with it."""
    try:
        parts = urlsplit(url)
        password = parts.password or ""
    except ValueError:
        return url, ""
    netloc = parts.netloc
    if parts.password is not None:
        userinfo, _, hostport = netloc.rpartition("@")
        netloc = f"{userinfo.partition(':')[0]}@{hostport}"
    query = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(key, value) for key, value in query if key != "password"]
    if password:
        password = unquote(password)
    else:
        password = next((value for key, value in query if key == "password"), "")
    if netloc == parts.netloc and len(kept) == len(query):
        return url, ""
    return urlunsplit(parts._replace(netloc=netloc, query=urlencode(kept))), password


def chosen_location(data_dir: str | None, url: str | None) -> tuple[str | None, str | None]:
    """What the command line or the environment gives wins; else what was saved in the settings."""
    given = data_dir is not None or url is not None  # even empty: resolve_paths and database_url refuse it
    if given or os.environ.get(DATA_DIR_ENV) or os.environ.get(DATABASE_URL_ENV):
        return data_dir, url
    saved = saved_location()
    return saved.data_dir or None, saved.url or None


def resource_path(relative: str) -> Path:
    """A file shipped in resources/ (icons, fonts): found the same way in a wheel and in a checkout."""
    from importlib.resources import files

    return Path(str(files("shadowdesk.resources").joinpath(relative)))
