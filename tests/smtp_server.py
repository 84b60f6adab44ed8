"""A real SMTP server on loopback for the tests: aiosmtpd storing every message in a Maildir.

Started as its own process, as the GUIDE shows (`python -m aiosmtpd -n -l 127.0.0.1:PORT -c
aiosmtpd.handlers.Mailbox DIR`), on a free port; the fixture waits until it accepts connections and stops it
afterwards. received() reads the messages back with the standard mailbox and email modules.
"""

from __future__ import annotations

import email
import email.policy
import mailbox
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path


@dataclass
class SmtpServer:
    host: str
    port: int
    maildir: Path

    def received(self) -> list[EmailMessage]:
        """Every message the server took, oldest first."""
        box = mailbox.Maildir(self.maildir, factory=None, create=False)
        messages = [email.message_from_bytes(box.get_bytes(key), policy=email.policy.default) for key in box.keys()]
        return sorted(messages, key=lambda m: (email.utils.parsedate_to_datetime(m["Date"]), m["Message-ID"]))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(folder: Path) -> tuple[SmtpServer, subprocess.Popen]:
    maildir = folder / "Maildir"
    for part in ("cur", "new", "tmp"):
        (maildir / part).mkdir(parents=True, exist_ok=True)
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}",
                                "-c", "aiosmtpd.handlers.Mailbox", str(maildir)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30  # how long a loaded machine may take to start Python; not a verdict
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError(f"the test mail server did not start: {process.stderr.read()!r}") from None
            time.sleep(0.05)
    return SmtpServer("127.0.0.1", port, maildir), process


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    process.stderr.close()
