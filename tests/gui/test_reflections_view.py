"""The Reflections section reads everything in workers: it opens on "Loading…", shows what the filters
chose once it is read, and a read that a newer choice (a filter, a sort) overtook never lands on top of
the newer one's rows."""

from __future__ import annotations

from PySide6.QtCore import Qt

from shadowdesk.gui.models.note_tables import DueModel
from shadowdesk.gui.views.reflections import ReflectionsView
from shadowdesk.services.note_listing import Page
from tests.gui.conftest import DEMO_NOW


def open_view(qtbot, services, pool, show: bool = True, page_size: int | None = None) -> ReflectionsView:
    """show=False: no table asks for more rows to fill itself (hidden, and no row high); the test scrolls
    (fetchMore). page_size: the due table's, set before the first read is asked for (a read keeps the size
    it was asked with)."""
    view = ReflectionsView(services, lambda: DEMO_NOW, pool=pool)
    qtbot.addWidget(view)
    if not show:
        for table in (view.due_table, view.notes_table):
            table.setFixedHeight(0)
    if page_size is not None:
        view.due_model.page_size = page_size
    view.setVisible(show)
    view.refresh()
    return view


def release_until_loaded(qtbot, held_pool, view: ReflectionsView) -> None:
    """Lets every read run, and those they start in turn (the programs bring the pages, the sessions the
    debrief), until the view has shown them all."""
    qtbot.waitUntil(lambda: held_pool.release() or view.is_loaded())


def due_page(services, view: ReflectionsView, order: str, size: int) -> list[tuple[int, int]]:
    """What the service lists for the view's filters now: (session, person) of the first page."""
    days = services.settings.get("reflection_reminder_days")
    return [(d.session.id, d.person_id)
            for d in services.reflections.due(DEMO_NOW, None, days, view.listing(), Page(0, size, order))]


def shown(view: ReflectionsView) -> list[tuple[int, int]]:
    return [(d.session.id, d.person_id) for d in view.due_model.rows()]


def test_the_section_opens_on_loading_and_shows_its_rows_once_they_are_read(qtbot, demo_services, held_pool):
    view = open_view(qtbot, demo_services, held_pool)
    assert view.loading_label.isVisible() and view.loading_label.text() == "Loading…"
    assert view.due_model.rowCount() == view.notes_model.rowCount() == view.program_combo.count() == 0
    assert view.tabs.tabText(0) == "D&ue (…)"
    release_until_loaded(qtbot, held_pool, view)
    assert not view.loading_label.isVisible()
    assert view.program_combo.currentData() is not None  # the latest active program
    assert shown(view) == due_page(demo_services, view, "", view.due_model.page_size) != []
    assert view.tabs.tabText(0) == f"D&ue ({view.due_model.rowCount()})"
    assert view.debrief.title.text() not in ("Loading…", "")


def test_a_sort_asked_while_a_filter_is_read_is_not_overwritten_by_the_older_read(qtbot, demo_services,
                                                                                  held_pool):
    view = open_view(qtbot, demo_services, held_pool)
    release_until_loaded(qtbot, held_pool, view)
    view.program_combo.setCurrentIndex(0)  # All programs: its pages wait in the pool
    view.due_table.sortByColumn(view.due_model.COL_DATE, Qt.SortOrder.AscendingOrder)  # before they come
    release_until_loaded(qtbot, held_pool, view)
    oldest_first = due_page(demo_services, view, "date", view.due_model.page_size)
    assert oldest_first != due_page(demo_services, view, "", view.due_model.page_size)  # the sort shows
    assert shown(view) == oldest_first


def test_a_page_still_read_when_the_filter_changes_is_never_added_to_the_new_rows(qtbot, demo_services,
                                                                                  held_pool):
    # A few rows a page, so the demo company's due notes fill several.
    view = open_view(qtbot, demo_services, held_pool, show=False, page_size=2)
    release_until_loaded(qtbot, held_pool, view)
    view.due_model.fetchMore()  # scrolled to the end: the next page waits in the pool
    assert view.due_model.rowCount() == 2 and not view.is_loaded()
    view.program_combo.setCurrentIndex(0)  # All programs, asked before that page came
    release_until_loaded(qtbot, held_pool, view)
    assert shown(view) == due_page(demo_services, view, "", 2)


def test_a_table_read_in_the_background_passes_the_model_tester_before_and_after(qtmodeltester, qtbot,
                                                                                demo_services, synchronous_tasks):
    days = demo_services.settings.get("reflection_reminder_days")
    due = demo_services.reflections.due(DEMO_NOW, None, days)
    model = DueModel(synchronous_tasks)
    model.page_size = 2
    model.load(lambda offset, limit, _order: due[offset:offset + limit])
    qtmodeltester.check(model)  # empty while its first page is read
    qtbot.waitUntil(lambda: model.rowCount() >= 2 and not model.is_reading())  # the tester asks for more
    qtmodeltester.check(model)
    assert model.rows() == due[:model.rowCount()]
    assert model.index(0, model.COL_PERSON).data() == due[0].person_name


def test_the_reads_of_a_shown_section_run_one_after_the_other_off_the_gui_thread(qtbot, demo_services, monkeypatch):
    """On two cores, reads side by side only took turns at the interpreter's lock, and the window waited
    for its own turn behind each: Reflections' reads (the programs, two pages, the counts, the sessions)
    and Programs' (people, pairs, progress) go one at a time, in a worker."""
    import threading
    import time

    from shadowdesk.gui.views.programs import ProgramsView

    spans: list[tuple[str, float, float, bool]] = []

    def timed(owner, name: str) -> None:
        real = getattr(owner, name)

        def read(*args, **kwargs):
            start = time.perf_counter()
            time.sleep(0.02)  # long enough for another worker, if there were one, to start meanwhile
            try:
                return real(*args, **kwargs)
            finally:
                spans.append((name, start, time.perf_counter(),
                              threading.current_thread() is threading.main_thread()))
        monkeypatch.setattr(owner, name, read)

    for name in ("due", "readable", "count_due", "count_readable", "sessions_of"):
        timed(demo_services.reflections, name)
    for name in ("enrolled", "balance"):
        timed(demo_services.programs, name)
    timed(demo_services.pairing, "list_pairs")
    timed(demo_services.reports, "pair_progress")
    reflections = ReflectionsView(demo_services, lambda: DEMO_NOW)
    qtbot.addWidget(reflections)
    reflections.show()
    reflections.refresh()
    qtbot.waitUntil(reflections.is_loaded, timeout=20_000)
    programs = ProgramsView(demo_services)
    qtbot.addWidget(programs)
    programs.show()
    programs.refresh()
    qtbot.waitUntil(programs.is_loaded, timeout=20_000)
    assert {name for name, *_ in spans} >= {"due", "readable", "count_due", "pair_progress", "list_pairs"}
    assert not any(on_gui_thread for *_, on_gui_thread in spans)
    spans.sort(key=lambda span: span[1])
    overlapping, last_end = [], 0.0
    for name, start, end, _ in spans:
        if start < last_end:
            overlapping.append(name)
        last_end = max(last_end, end)
    assert overlapping == []


def test_a_newer_filter_stops_the_older_counts_between_their_two_statements(qtbot, demo_services, monkeypatch):
    """The reads go one after the other, so an older filter's counts that ran to their end would keep the
    newer filter's pages waiting."""
    import threading

    reflections = demo_services.reflections
    view = ReflectionsView(demo_services, lambda: DEMO_NOW)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    qtbot.waitUntil(view.is_loaded, timeout=20_000)
    counting, newer_chosen, readable_counted = threading.Event(), threading.Event(), []
    count_due, count_readable = reflections.count_due, reflections.count_readable

    def count_due_while_the_user_types(*args, **kwargs):
        if not counting.is_set():
            counting.set()
            newer_chosen.wait(10)
        return count_due(*args, **kwargs)

    def count_readable_noted(viewer, listing, office):
        readable_counted.append(listing.name)
        return count_readable(viewer, listing, office)

    monkeypatch.setattr(reflections, "count_due", count_due_while_the_user_types)
    monkeypatch.setattr(reflections, "count_readable", count_readable_noted)
    view.apply_filters()
    assert counting.wait(10)
    view.name_edit.setText("Anna")
    view.apply_filters()
    newer_chosen.set()
    qtbot.waitUntil(view.is_loaded, timeout=20_000)
    assert readable_counted == ["Anna"]
