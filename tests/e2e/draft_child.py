"""Child process for test_draft_recovery: opens the reflection editor offscreen and types, or reports.

usage: draft_child.py DATABASE_URL DRAFTS_DIR SESSION_ID AUTHOR_ID type|report
"type" types two bursts (the first saved by autosave, the second only in the recovery copy), prints
READY and waits to be killed. "report" opens the editor again and prints what it shows as JSON.
"type" waits for what the editor does (the save, the recovery copy), not for a time: a slow machine only
makes it take longer.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from shadowdesk.gui.dialogs.reflection_editor import ReflectionEditor  # noqa: E402
from shadowdesk.gui.draft_recovery import DraftRecovery  # noqa: E402
from shadowdesk.services.reflections import ReflectionService  # noqa: E402
from shadowdesk.storage import open_database  # noqa: E402

FIRST, SECOND, ANSWER = "Saved by autosave. ", "Typed just before the kill: ", "an answer"
COMPOSED = (
    "Łódź 佐藤美咲."  # QTest types ASCII only; non-Latin text arrives committed, as from an input method
)


def wait_until(app: QApplication, condition, seconds: float = 60) -> None:
    """Runs the event loop until condition() holds; the deadline only keeps a broken editor from hanging."""
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise SystemExit(f"gave up waiting for {condition.__name__}")
        app.processEvents()
        time.sleep(0.01)


def main() -> int:
    url, drafts, session_id, author_id, mode = sys.argv[1:6]
    app = QApplication([])
    service = ReflectionService(open_database(url))
    editor = ReflectionEditor(service, int(session_id), int(author_id), Path(drafts))
    editor.show()
    if mode == "report":
        content = editor.content()
        print(
            json.dumps(
                {
                    "free_text": content.free_text,
                    "answers": content.answers,
                    "database": service.open_draft(int(session_id), int(author_id)).free_text,
                    "restored_banner": editor.ui.recoveryLabel.isVisible(),
                }
            ),
            flush=True,
        )
        return 0
    saves = []
    editor.saved.connect(lambda: saves.append(True))
    QTest.keyClicks(editor._answer_edits[0], ANSWER)
    QTest.keyClicks(editor.ui.freeTextEdit, FIRST)

    def autosaved() -> bool:
        return bool(saves)

    wait_until(app, autosaved)
    editor._autosave.setInterval(3_600_000)  # the second burst stays unsaved until the kill, however slow
    QTest.keyClicks(editor.ui.freeTextEdit, SECOND)
    editor.ui.freeTextEdit.insertPlainText(COMPOSED)
    recovery = DraftRecovery(Path(drafts), int(session_id), int(author_id))

    def second_burst_in_the_recovery_copy() -> bool:
        copy = recovery.read()
        return copy is not None and copy.content.free_text.endswith(COMPOSED)

    wait_until(app, second_burst_in_the_recovery_copy)
    print("READY", flush=True)

    def killed() -> bool:
        return False  # the parent's SIGKILL ends this wait

    wait_until(app, killed)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
