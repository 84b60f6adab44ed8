"""The program summary for senior management: cover, contents, figures, charts, pairs, highlights, ideas."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
)

from shadowdesk.reports.bidi import isolate
from shadowdesk.reports.cells import cell
from shadowdesk.reports.charts import bar_chart
from shadowdesk.reports.data import IdeaRow, KeyFigures, Letterhead, ProgramReportData, SideProgress
from shadowdesk.reports.layout import (
    Heading,
    ReportDocument,
    data_table,
    date_text,
    hours_text,
    number_text,
    percent_text,
    write_report,
)
from shadowdesk.reports.options import ReportOptions
from shadowdesk.reports.skills_section import skills_section
from shadowdesk.reports.styles import RULE, Styles, label, para
from shadowdesk.rules.metrics import PerceptionShift
from shadowdesk.rules.progress import PairProgressStatus, ProgramProgress

log = logging.getLogger(__name__)

KIND_NAMES = {"project_shadow": "Project shadow", "customer_visit": "Customer visit"}
STATUS_NAMES = {
    "proposed": "Proposed",
    "under_review": "Under review",
    "adopted": "Adopted",
    "declined": "Declined",
    "confirmed": "Confirmed",
    "ended": "Ended",
    "draft": "Draft",
    "active": "Active",
    "closed": "Closed",
}
PROGRESS_NAMES = {
    PairProgressStatus.DONE: "Target met",
    PairProgressStatus.ON_TRACK: "On track",
    PairProgressStatus.BEHIND: "Behind",
    PairProgressStatus.NOT_STARTED: "Not started",
}
PAIRS_CHARTED_ONE_BY_ONE = 40  # more pairs than this are charted by their progress
PAIRS_PADDING = 2.5  # eleven columns: less padding than other tables
TOP_IDEAS = 3  # on the summary page


def build_program_report(
    data: ProgramReportData,
    path: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    options: ReportOptions = ReportOptions(),
) -> None:
    title = f"{isolate(data.program.name)}: program report"
    write_report(
        path, title, data.program.name, True, lambda doc: program_story(doc, data), progress, cancelled, options,
        subject=f"Cross-training program report, {date_text(data.program.start_date)} – "
                f"{date_text(data.program.end_date)}",
        keywords=("ShadowDesk", "program report", data.program.name, data.program.side_a, data.program.side_b),
    )


def program_story(doc: ReportDocument, data: ProgramReportData) -> list[Flowable]:
    s = doc.styles
    story: list[Flowable] = []
    story += cover(
        s,
        data.letterhead,
        data.program.name,
        "Cross-training program report",
        f"{date_text(data.program.start_date)} – {date_text(data.program.end_date)}",
        data.program.description,
        doc.width,
    )
    story += [NextPageTemplate("body"), PageBreak()]
    story += summary(s, data, doc.width)
    story += key_figures(s, data, doc.width)
    story += charts(s, data, doc.width)
    story += pairs_table(s, data, doc.width)
    story += skills_section(s, data.skills, doc.width)
    story += highlights(s, data)
    story += ideas(s, data, doc.width)
    return story


def cover(
    s: Styles, letterhead: Letterhead, heading: str, kind: str, period: str, description: str, width: float
) -> list[Flowable]:
    parts: list[Flowable] = [NextPageTemplate("cover")]
    if letterhead.logo_path:
        try:
            logo = Image(letterhead.logo_path)
            ratio = min(60 * mm / logo.imageWidth, 25 * mm / logo.imageHeight)
            logo.drawWidth, logo.drawHeight = logo.imageWidth * ratio, logo.imageHeight * ratio
            logo.hAlign = "LEFT"
            parts += [logo, Spacer(1, 8 * mm)]
        except Exception as exc:  # an unreadable image must not cost the user the whole report
            log.warning("Company logo %s cannot be drawn: %s", letterhead.logo_path, exc)
    if letterhead.company_name:
        parts.append(para(letterhead.company_name, s.subtitle))
    parts += [Spacer(1, 45 * mm), label(kind, s.subtitle), para(heading, s.title), para(period, s.subtitle)]
    if description:
        parts += [Spacer(1, 6 * mm), para(description, s.body)]
    parts += [Spacer(1, 30 * mm), label(f"Generated on {letterhead.generated_at:%d %B %Y, %H:%M}", s.small)]
    return parts


FIGURE_GRID = [
    ("BOX", (0, 0), (-1, -1), 0.5, RULE),
    ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 8),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
]


def _figure_cell(s: Styles, value: str, caption: str) -> list[Flowable]:
    return [label(value, s.figure), para(caption, s.figure_label)]


def _perception_text(shift: PerceptionShift) -> str:
    if shift.shift is None:
        return "no start and end survey yet"
    return f"{shift.start:.1f} → {shift.end:.1f} ({shift.shift:+.1f}), {shift.people} people"


def amount_text(value: float) -> str:
    """1 decimal, without a trailing ".0": "2.5", "3", "1,250"."""
    text = f"{value:,.1f}"
    return text[:-2] if text.endswith(".0") else text


def against_target(done: float, target: float) -> str:
    """ "2 / 4": what was done, then the target ("–" when none was set)."""
    return f"{amount_text(done)} / {amount_text(target) if target > 0 else '–'}"


def _progress_counts(progress: ProgramProgress) -> str:
    return ", ".join(
        f"{progress.by_status.get(status, 0)} {name.lower()}" for status, name in PROGRESS_NAMES.items()
    )


def _side_hours(side: SideProgress, target: float) -> str:
    mean = "–" if side.mean_hours is None else amount_text(side.mean_hours)
    reached = f"; {side.at_hours_target} of {side.participants} reached it" if target > 0 else ""
    return f"{mean} h on average against {amount_text(target)} h{reached}"


def _top_ideas(ideas: tuple[IdeaRow, ...]) -> list[IdeaRow]:
    """Adopted ideas first, then those under review, then the rest, each in the order proposed."""
    rank = {"adopted": 0, "under_review": 1, "proposed": 2}
    return sorted(ideas, key=lambda i: rank.get(i.status, 3))[:TOP_IDEAS]


def summary(s: Styles, data: ProgramReportData, width: float) -> list[Flowable]:
    """One page for a reader with one minute: the targets and how the program stands against them."""
    f: KeyFigures = data.figures
    side_a, side_b = data.program.side_a, data.program.side_b
    on_course = f.progress.by_status.get(PairProgressStatus.DONE, 0) + f.progress.by_status.get(
        PairProgressStatus.ON_TRACK, 0)
    sessions_target = f.targets.sessions_per_pair * f.pairs
    cards = [
        _figure_cell(s, f"{on_course} of {f.pairs}", "pairs on track or at their target"),
        _figure_cell(s, against_target(f.sessions.completed, sessions_target), "sessions done / target"),
        _figure_cell(s, str(f.progress.stalled), "stalled pairs (no session lately, none planned)"),
        _figure_cell(s, f"{f.ideas_adopted} / {f.ideas_proposed}", "ideas adopted / proposed"),
    ]
    grid = Table([cards], colWidths=[width / 4] * 4)
    grid.setStyle(FIGURE_GRID)
    rows = [
        ("Targets", f"{f.targets.sessions_per_pair} sessions per pair, "
                    f"{amount_text(f.targets.hours_per_participant)} hours per participant"),
        ("Pairs", _progress_counts(f.progress)),
        (f"Hours per {side_a} participant", _side_hours(f.side_a_progress, f.targets.hours_per_participant)),
        (f"Hours per {side_b} participant", _side_hours(f.side_b_progress, f.targets.hours_per_participant)),
        ("Balance between the sides", f"{f.participants_a} {side_a} and {f.participants_b} {side_b} "
                                      f"participants; {amount_text(f.hours_side_a)} and "
                                      f"{amount_text(f.hours_side_b)} hours"),
        (f"Understanding of the other side, {side_a}", _perception_text(f.perception_a)),
        (f"Understanding of the other side, {side_b}", _perception_text(f.perception_b)),
        ("Reflections submitted / due", f"{f.reflections_submitted} / {f.reflections_due}"),
    ]
    widths = [width * 0.34, width * 0.66]
    table = [[label("Figure", s.header), label("Against the targets", s.header)]]
    table += [[cell(name, s.cell, widths[0]), cell(value, s.cell, widths[1])] for name, value in rows]
    story: list[Flowable] = [Heading("Summary", s.h1), grid, Spacer(1, 6 * mm),
                             data_table(table, widths, wrapped=(0, 1))]
    top = _top_ideas(data.ideas)
    if top:
        story += [Spacer(1, 6 * mm), Heading("Top ideas", s.h2, level=1)]
        story += [para(f"{isolate(i.title)} ({STATUS_NAMES.get(i.status, i.status).lower()}, "
                       f"{isolate(i.proposer)})", s.body) for i in top]
    return story + [PageBreak()]


def key_figures(s: Styles, data: ProgramReportData, width: float) -> list[Flowable]:
    f: KeyFigures = data.figures
    side_a, side_b = data.program.side_a, data.program.side_b
    ratio = "–" if f.side_ratio is None else f"{f.side_ratio:.2f} : 1"
    cards = [
        _figure_cell(s, f"{f.participants_a} / {f.participants_b}", f"participants: {side_a} / {side_b}"),
        _figure_cell(s, ratio, f"{side_a} per {side_b} participant"),
        _figure_cell(s, str(f.pairs), "pairs"),
        _figure_cell(s, percent_text(f.progress.share(PairProgressStatus.DONE)), "of pairs met their sessions target"),
        _figure_cell(
            s, hours_text(f.hours_project_shadow + f.hours_customer_visit), "hours in completed sessions"
        ),
        _figure_cell(s, f"{f.reflections_submitted} / {f.reflections_due}", "reflections submitted / due"),
        _figure_cell(s, number_text(f.average_usefulness, 1), "average usefulness (1–5)"),
        _figure_cell(s, f"{f.ideas_adopted} / {f.ideas_proposed}", "ideas adopted / proposed"),
    ]
    grid = Table([cards[:4], cards[4:]], colWidths=[width / 4] * 4)
    grid.setStyle(FIGURE_GRID)
    n = f.sessions
    figures = [
        ("Sessions planned (still to come)", str(n.planned)),
        ("Sessions completed", str(n.completed)),
        ("Sessions cancelled", str(n.cancelled)),
        ("Sessions with a no-show", str(n.no_show)),
        ("Sessions completed against the target (pairs × sessions per pair)",
         against_target(n.completed, f.targets.sessions_per_pair * f.pairs)),
        ("Hours in project shadows (sales joins project work)", hours_text(f.hours_project_shadow)),
        ("Hours in customer visits (project management joins sales)", hours_text(f.hours_customer_visit)),
        (f"Hours spent by {side_a} participants", hours_text(f.hours_side_a)),
        (f"Hours spent by {side_b} participants", hours_text(f.hours_side_b)),
        ("Reflections submitted", str(f.reflections_submitted)),
        ("Reflections due (one per participant of each completed session)", str(f.reflections_due)),
        ("Average usefulness of sessions (1–5, notes shared with the program)", number_text(f.average_usefulness)),
        ("Ideas proposed", str(f.ideas_proposed)),
        ("Ideas adopted", str(f.ideas_adopted)),
        (f"Understanding of the other side, {side_a} (1–5, start → end)", _perception_text(f.perception_a)),
        (f"Understanding of the other side, {side_b} (1–5, start → end)", _perception_text(f.perception_b)),
    ]
    widths = [width * 0.62, width * 0.38]
    rows = [[label("Figure", s.header), label("Value", s.header)]]
    rows += [[cell(name, s.cell, widths[0]), cell(value, s.cell, widths[1])] for name, value in figures]
    return [
        Heading("Key figures", s.h1),
        grid,
        Spacer(1, 6 * mm),
        data_table(rows, widths, numeric=(1,), wrapped=(0,)),
        PageBreak(),
    ]


def _month_name(month: str) -> str:
    return f"{date.fromisoformat(month + '-01'):%b %Y}"


def charts(s: Styles, data: ProgramReportData, width: float) -> list[Flowable]:
    story: list[Flowable] = [Heading("Charts", s.h1)]
    months = data.months
    story += [
        Heading("Sessions per month, by kind", s.h2, level=1, in_contents=False),
        bar_chart(
            width,
            62 * mm,
            [_month_name(m.month) for m in months],
            [[m.project_shadow for m in months], [m.customer_visit for m in months]],
            names=("Project shadows", "Customer visits"),
            value_axis_title="sessions",
        ),
        label("Completed and planned sessions; cancelled ones are left out.", s.small),
    ]
    pairs = data.pairs
    target = data.figures.targets.sessions_per_pair
    if len(pairs) <= PAIRS_CHARTED_ONE_BY_ONE and target > 0:
        completion = bar_chart(
            width,
            58 * mm,
            [str(p.number) for p in pairs],
            [[min(round(p.progress.sessions_done / target * 100), 100) for p in pairs]],
            value_axis_title="% of target",
            value_max=100,
        )
        note = f"Completed sessions of each pair against the target of {target}; pair numbers as in the Pairs table."
    else:
        completion = bar_chart(
            width,
            58 * mm,
            list(PROGRESS_NAMES.values()),
            [[data.figures.progress.by_status.get(status, 0) for status in PROGRESS_NAMES]],
            value_axis_title="pairs",
        )
        note = f"The {len(pairs)} pairs by their completed sessions against the target."
    story += [
        CondPageBreak(75 * mm),
        Heading("Sessions against target per pair", s.h2, level=1, in_contents=False),
        completion,
        label(note, s.small),
    ]
    f = data.figures
    story += [
        CondPageBreak(75 * mm),
        Heading("Hours per side", s.h2, level=1, in_contents=False),
        bar_chart(
            width * 0.6,
            55 * mm,
            [data.program.side_a, data.program.side_b],
            [[round(f.hours_side_a, 1), round(f.hours_side_b, 1)]],
            value_axis_title="hours",
        ),
        label("Hours each side's participants spent in completed sessions.", s.small),
        PageBreak(),
    ]
    return story


def pairs_table(s: Styles, data: ProgramReportData, width: float) -> list[Flowable]:
    headers = ("Sessions", "Hours", "Planned", "Cancelled", "No-show", "Notes", "Progress")
    rows: list[list] = [
        [label("#", s.header), para(data.program.side_a, s.header), para(data.program.side_b, s.header)]
        + [label(h, s.header_number) for h in headers]
    ]
    unit = width / 100
    widths = [unit * w for w in (4, 17, 17, 9, 9, 8, 9.5, 8.5, 6.5, 11.5)]
    for p in data.pairs:
        c, progress = p.sessions, p.progress
        flag = "Stalled" if progress.stalled else PROGRESS_NAMES[progress.status]
        rows.append(
            [
                str(p.number),
                cell(p.person_a, s.cell, widths[1], 2 * PAIRS_PADDING),
                cell(p.person_b, s.cell, widths[2], 2 * PAIRS_PADDING),
                against_target(progress.sessions_done, progress.sessions_target),
                against_target(progress.hours_done, progress.hours_target),
                str(c.planned),
                str(c.cancelled),
                str(c.no_show),
                str(p.reflections_submitted),
                flag,
            ]
        )
    story: list[Flowable] = [
        Heading("Pairs", s.h1),
        label(
            "Completed sessions and their hours against the program's targets, sessions still planned, "
            "cancelled or missed, submitted reflections (notes), and where each pair stands.",
            s.small,
        ),
    ]
    if data.pairs:
        story.append(data_table(rows, widths, numeric=tuple(range(3, 10)), wrapped=(1, 2), padding=PAIRS_PADDING))
    else:
        story.append(label("No pairs have been made in this program yet.", s.body))
    return story + [PageBreak()]


def highlights(s: Styles, data: ProgramReportData) -> list[Flowable]:
    story: list[Flowable] = [
        Heading("Highlights", s.h1),
        label("What participants wrote in reflections they shared with the whole program.", s.small),
    ]
    if not data.highlights:
        story.append(label("No reflections have been shared with the program yet.", s.body))
    for h in data.highlights:
        rating = "" if h.rating is None else f", usefulness {h.rating}/5"
        story.append(
            KeepTogether(
                [
                    para(h.excerpt, s.quote),
                    para(
                        f"— {isolate(h.author)}, {KIND_NAMES.get(h.session_kind, h.session_kind).lower()}, "
                        f"session of {date_text(h.session_date)}{rating}",
                        s.small,
                    ),
                ]
            )
        )
    return story


def ideas(s: Styles, data: ProgramReportData, width: float) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(60 * mm), Heading("Ideas", s.h1)]
    if not data.ideas:
        return story + [label("No ideas have been proposed in this program yet.", s.body)]
    rows: list[list] = [[label(h, s.header) for h in ("Idea", "Proposed by", "Owner", "Status", "Decision")]]
    for i in data.ideas:
        rows.append(
            [
                para(i.title, s.cell),
                para(i.proposer, s.cell),
                para(i.owner or "–", s.cell),
                STATUS_NAMES.get(i.status, i.status),
                para(i.decision_note, s.cell),
            ]
        )
    return story + [data_table(rows, [width * w for w in (0.3, 0.16, 0.16, 0.12, 0.26)])]
