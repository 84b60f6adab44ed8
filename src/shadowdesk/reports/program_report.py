"""The program summary for senior management: cover, contents, figures, charts, pairs, highlights, ideas."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
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
    TableStyle,
)

from shadowdesk.domain import IdeaStatus, SessionKind, SessionStatus
from shadowdesk.labels import kind_plural
from shadowdesk.labels import label as label_of
from shadowdesk.reports.bidi import isolate
from shadowdesk.reports.cells import cell
from shadowdesk.reports.charts import bar_chart
from shadowdesk.reports.data import IdeaRow, KeyFigures, Letterhead, ProgramReportData, SideProgress
from shadowdesk.reports.formats import (
    NONE,
    amount_text,
    count_text,
    date_text,
    hours_text,
    month_text,
    number_text,
    percent_text,
    signed_text,
    time_text,
)
from shadowdesk.reports.layout import Heading, ReportDocument, data_table, fitted, widest_word, write_report
from shadowdesk.reports.options import ReportOptions
from shadowdesk.reports.skills_section import of, skills_section
from shadowdesk.reports.styles import RULE, Styles, label, para
from shadowdesk.rules.metrics import PerceptionShift
from shadowdesk.rules.progress import PairProgressStatus, ProgramProgress
from shadowdesk.translation import N_, _, n_

log = logging.getLogger(__name__)

PROGRESS_NAMES = {
    PairProgressStatus.DONE: N_("Target met"),
    PairProgressStatus.ON_TRACK: N_("On track"),
    PairProgressStatus.BEHIND: N_("Behind"),
    PairProgressStatus.NOT_STARTED: N_("Not started"),
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
    title = _("{program}: program report").format(program=isolate(data.program.name))
    write_report(
        path, title, data.program.name, True, lambda doc: program_story(doc, data), progress, cancelled, options,
        subject=_("Cross-training program report, {start} – {end}").format(
            start=date_text(data.program.start_date), end=date_text(data.program.end_date)),
        keywords=("ShadowDesk", _("program report"), data.program.name, data.program.side_a, data.program.side_b),
    )


def program_story(doc: ReportDocument, data: ProgramReportData) -> list[Flowable]:
    s = doc.styles
    story: list[Flowable] = []
    story += cover(
        s,
        data.letterhead,
        data.program.name,
        _("Cross-training program report"),
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
    parts += [Spacer(1, 30 * mm), label(generated_on(letterhead), s.small)]
    return parts


def generated_on(letterhead: Letterhead) -> str:
    """ "Generated on Dec 1, 2026 at 09:30": when, in the reader's zone."""
    when = letterhead.generated_at
    return _("Generated on {date} at {time}").format(date=date_text(when.date()), time=time_text(when))


FIGURE_GRID = TableStyle([
    ("BOX", (0, 0), (-1, -1), 0.5, RULE),
    ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 8),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
])


def _figure_cell(s: Styles, value: str, caption: str) -> list[Flowable]:
    return [label(value, s.figure), para(caption, s.figure_label)]


def _perception_text(shift: PerceptionShift) -> str:
    if shift.shift is None or shift.start is None or shift.end is None:
        return _("no start and end survey yet")
    return n_("{start} → {end} ({shift}), {count} person", "{start} → {end} ({shift}), {count} people",
              shift.people).format(start=number_text(shift.start, 1), end=number_text(shift.end, 1),
                                   shift=signed_text(shift.shift), count=count_text(shift.people))


def against_target(done: float, target: float) -> str:
    """ "2 / 4": what was done, then the target ("–" when none was set)."""
    return f"{amount_text(done)} / {amount_text(target) if target > 0 else NONE}"


def _progress_counts(progress: ProgramProgress) -> str:
    """ "Target met: 3, On track: 2, …": the label first, so no language has to bend its noun to a count."""
    return ", ".join(_("{status}: {count}").format(status=_(name), count=count_text(progress.by_status.get(status, 0)))
                     for status, name in PROGRESS_NAMES.items())


def _side_hours(side: SideProgress, target: float) -> str:
    mean = NONE if side.mean_hours is None else amount_text(side.mean_hours)
    if target > 0:
        return _("{mean} h on average against {target} h; {reached} of {participants} reached it").format(
            mean=mean, target=amount_text(target), reached=count_text(side.at_hours_target),
            participants=count_text(side.participants))
    return _("{mean} h on average against {target} h").format(mean=mean, target=amount_text(target))


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
        _figure_cell(s, of(on_course, f.pairs), _("pairs on track or at their target")),
        _figure_cell(s, against_target(f.sessions.completed, sessions_target), _("sessions done / target")),
        _figure_cell(s, count_text(f.progress.stalled), _("stalled pairs (no session lately, none planned)")),
        _figure_cell(s, _adopted_of_proposed(f), _("ideas adopted / proposed")),
    ]
    grid = Table([cards], colWidths=[width / 4] * 4)
    grid.setStyle(FIGURE_GRID)
    rows = [
        (_("Targets"), n_("{count} session per pair, {hours} hours per participant",
                          "{count} sessions per pair, {hours} hours per participant",
                          f.targets.sessions_per_pair).format(
            count=count_text(f.targets.sessions_per_pair), hours=amount_text(f.targets.hours_per_participant))),
        (_("Pairs"), _progress_counts(f.progress)),
        (_("Hours per {side} participant").format(side=side_a),
         _side_hours(f.side_a_progress, f.targets.hours_per_participant)),
        (_("Hours per {side} participant").format(side=side_b),
         _side_hours(f.side_b_progress, f.targets.hours_per_participant)),
        (_("Balance between the sides"),
         _("{count_a} {side_a} and {count_b} {side_b} participants; {hours_a} and {hours_b} hours").format(
             count_a=count_text(f.participants_a), side_a=side_a, count_b=count_text(f.participants_b),
             side_b=side_b, hours_a=amount_text(f.hours_side_a), hours_b=amount_text(f.hours_side_b))),
        (_("Understanding of the other side, {side}").format(side=side_a), _perception_text(f.perception_a)),
        (_("Understanding of the other side, {side}").format(side=side_b), _perception_text(f.perception_b)),
        (_("Reflections submitted / due"), _submitted_of_due(f)),
    ]
    widths = [width * 0.34, width * 0.66]
    table: list[list[str | Flowable]] = [[label(_("Figure"), s.header), label(_("Against the targets"), s.header)]]
    table += [[cell(name, s.cell, widths[0]), cell(value, s.cell, widths[1])] for name, value in rows]
    story: list[Flowable] = [Heading(_("Summary"), s.h1), grid, Spacer(1, 6 * mm),
                             data_table(table, widths, wrapped=(0, 1))]
    top = _top_ideas(data.ideas)
    if top:
        story += [Spacer(1, 6 * mm), Heading(_("Top ideas"), s.h2, level=1)]
        story += [para(_("{idea} ({status}, {proposer})").format(
            idea=isolate(i.title), status=label_of(IdeaStatus(i.status)), proposer=isolate(i.proposer)), s.body)
            for i in top]
    return story + [PageBreak()]


def _adopted_of_proposed(f: KeyFigures) -> str:
    return f"{count_text(f.ideas_adopted)} / {count_text(f.ideas_proposed)}"


def _submitted_of_due(f: KeyFigures) -> str:
    return f"{count_text(f.reflections_submitted)} / {count_text(f.reflections_due)}"


def key_figures(s: Styles, data: ProgramReportData, width: float) -> list[Flowable]:
    f: KeyFigures = data.figures
    side_a, side_b = data.program.side_a, data.program.side_b
    ratio = NONE if f.side_ratio is None else f"{number_text(f.side_ratio, 2)} : 1"
    cards = [
        _figure_cell(s, f"{count_text(f.participants_a)} / {count_text(f.participants_b)}",
                     _("participants: {side_a} / {side_b}").format(side_a=side_a, side_b=side_b)),
        _figure_cell(s, ratio, _("{side_a} per {side_b} participant").format(side_a=side_a, side_b=side_b)),
        _figure_cell(s, count_text(f.pairs), _("pairs")),
        _figure_cell(s, percent_text(f.progress.share(PairProgressStatus.DONE)),
                     _("of pairs met their sessions target")),
        _figure_cell(
            s, hours_text(f.hours_project_shadow + f.hours_customer_visit), _("hours in completed sessions")
        ),
        _figure_cell(s, _submitted_of_due(f), _("reflections submitted / due")),
        _figure_cell(s, number_text(f.average_usefulness, 1), _("average usefulness (1–5)")),
        _figure_cell(s, _adopted_of_proposed(f), _("ideas adopted / proposed")),
    ]
    grid = Table([cards[:4], cards[4:]], colWidths=[width / 4] * 4)
    grid.setStyle(FIGURE_GRID)
    n = f.sessions
    figures = [
        (_("Sessions planned (still to come)"), count_text(n.planned)),
        (_("Sessions completed"), count_text(n.completed)),
        (_("Sessions cancelled"), count_text(n.cancelled)),
        (_("Sessions with a no-show"), count_text(n.no_show)),
        (_("Sessions completed against the target (pairs × sessions per pair)"),
         against_target(n.completed, f.targets.sessions_per_pair * f.pairs)),
        (_("Hours in project shadows (sales joins project work)"), hours_text(f.hours_project_shadow)),
        (_("Hours in customer visits (project management joins sales)"), hours_text(f.hours_customer_visit)),
        (_("Hours spent by {side} participants").format(side=side_a), hours_text(f.hours_side_a)),
        (_("Hours spent by {side} participants").format(side=side_b), hours_text(f.hours_side_b)),
        (_("Reflections submitted"), count_text(f.reflections_submitted)),
        (_("Reflections due (one per participant of each completed session)"), count_text(f.reflections_due)),
        (_("Average usefulness of sessions (1–5, notes shared with the program)"),
         number_text(f.average_usefulness)),
        (_("Ideas proposed"), count_text(f.ideas_proposed)),
        (_("Ideas adopted"), count_text(f.ideas_adopted)),
        (_("Understanding of the other side, {side} (1–5, start → end)").format(side=side_a),
         _perception_text(f.perception_a)),
        (_("Understanding of the other side, {side} (1–5, start → end)").format(side=side_b),
         _perception_text(f.perception_b)),
    ]
    widths = [width * 0.62, width * 0.38]
    rows: list[list[str | Flowable]] = [[label(_("Figure"), s.header), label(_("Value"), s.header)]]
    rows += [[cell(name, s.cell, widths[0]), cell(value, s.cell, widths[1])] for name, value in figures]
    return [
        Heading(_("Key figures"), s.h1),
        grid,
        Spacer(1, 6 * mm),
        data_table(rows, widths, numeric=(1,), wrapped=(0,)),
        PageBreak(),
    ]


def charts(s: Styles, data: ProgramReportData, width: float) -> list[Flowable]:
    story: list[Flowable] = [Heading(_("Charts"), s.h1)]
    months = data.months
    story += [
        Heading(_("Sessions per month, by kind"), s.h2, level=1, in_contents=False),
        bar_chart(
            width,
            62 * mm,
            [month_text(date.fromisoformat(m.month + "-01")) for m in months],
            [[m.project_shadow for m in months], [m.customer_visit for m in months]],
            names=(kind_plural(SessionKind.PROJECT_SHADOW), kind_plural(SessionKind.CUSTOMER_VISIT)),
            value_axis_title=_("sessions"),
        ),
        label(_("Completed and planned sessions; cancelled ones are left out."), s.small),
    ]
    pairs = data.pairs
    target = data.figures.targets.sessions_per_pair
    if len(pairs) <= PAIRS_CHARTED_ONE_BY_ONE and target > 0:
        completion = bar_chart(
            width,
            58 * mm,
            [str(p.number) for p in pairs],
            [[min(round(p.progress.sessions_done / target * 100), 100) for p in pairs]],
            value_axis_title=_("% of target"),
            value_max=100,
        )
        note = _("Completed sessions of each pair against the target of {target}; pair numbers as in the Pairs "
                 "table.").format(target=count_text(target))
    else:
        completion = bar_chart(
            width,
            58 * mm,
            [_(name) for name in PROGRESS_NAMES.values()],
            [[data.figures.progress.by_status.get(status, 0) for status in PROGRESS_NAMES]],
            value_axis_title=_("pairs"),
        )
        note = n_("The {count} pair by its completed sessions against the target.",
                  "The {count} pairs by their completed sessions against the target.",
                  len(pairs)).format(count=count_text(len(pairs)))
    story += [
        CondPageBreak(75 * mm),
        Heading(_("Sessions against target per pair"), s.h2, level=1, in_contents=False),
        completion,
        label(note, s.small),
    ]
    f = data.figures
    story += [
        CondPageBreak(75 * mm),
        Heading(_("Hours per side"), s.h2, level=1, in_contents=False),
        bar_chart(
            width * 0.6,
            55 * mm,
            [data.program.side_a, data.program.side_b],
            [[round(f.hours_side_a, 1), round(f.hours_side_b, 1)]],
            value_axis_title=_("hours"),
        ),
        label(_("Hours each side's participants spent in completed sessions."), s.small),
        PageBreak(),
    ]
    return story


def pairs_table(s: Styles, data: ProgramReportData, width: float) -> list[Flowable]:
    headers = (_("Sessions"), _("Hours"), label_of(SessionStatus.PLANNED), label_of(SessionStatus.CANCELLED),
               label_of(SessionStatus.NO_SHOW), _("Notes"), _("Progress"))
    rows: list[Sequence[str | Flowable]] = [
        [label("#", s.header), para(data.program.side_a, s.header), para(data.program.side_b, s.header)]
        + [label(h, s.header_number) for h in headers]
    ]
    unit = width / 100
    stalled = _("Stalled")
    progress_names = {status: _(name) for status, name in PROGRESS_NAMES.items()}
    needs = {3 + index: widest_word([h], s.header_number, 2 * PAIRS_PADDING) for index, h in enumerate(headers)}
    needs[9] = max(needs[9], widest_word([stalled, *progress_names.values()], s.cell, 2 * PAIRS_PADDING))
    widths = fitted([unit * w for w in (4, 17, 17, 9, 9, 8, 9.5, 8.5, 6.5, 11.5)], needs, flexible=(1, 2))
    # Broken into lines once per name, not once per row: "Nicht begonnen" takes two lines in German.
    stalled_cell = cell(stalled, s.cell, widths[9], 2 * PAIRS_PADDING)
    progress_cells = {status: cell(name, s.cell, widths[9], 2 * PAIRS_PADDING)
                      for status, name in progress_names.items()}
    for p in data.pairs:
        c, progress = p.sessions, p.progress
        rows.append(
            [
                str(p.number),
                cell(p.person_a, s.cell, widths[1], 2 * PAIRS_PADDING),
                cell(p.person_b, s.cell, widths[2], 2 * PAIRS_PADDING),
                against_target(progress.sessions_done, progress.sessions_target),
                against_target(progress.hours_done, progress.hours_target),
                count_text(c.planned),
                count_text(c.cancelled),
                count_text(c.no_show),
                count_text(p.reflections_submitted),
                stalled_cell if progress.stalled else progress_cells[progress.status],
            ]
        )
    story: list[Flowable] = [
        Heading(_("Pairs"), s.h1),
        label(
            _("Completed sessions and their hours against the program's targets, sessions still planned, "
              "cancelled or missed, submitted reflections (notes), and where each pair stands."),
            s.small,
        ),
    ]
    if data.pairs:
        story.append(data_table(rows, widths, numeric=tuple(range(3, 10)), wrapped=(1, 2, 9), padding=PAIRS_PADDING))
    else:
        story.append(label(_("No pairs have been made in this program yet."), s.body))
    return story + [PageBreak()]


def highlights(s: Styles, data: ProgramReportData) -> list[Flowable]:
    story: list[Flowable] = [
        Heading(_("Highlights"), s.h1),
        label(_("What participants wrote in reflections they shared with the whole program."), s.small),
    ]
    if not data.highlights:
        story.append(label(_("No reflections have been shared with the program yet."), s.body))
    for h in data.highlights:
        values = {"author": isolate(h.author), "kind": label_of(SessionKind(h.session_kind)),
                  "date": date_text(h.session_date)}
        attribution = (_("— {author}, {kind} of {date}").format(**values) if h.rating is None else
                       _("— {author}, {kind} of {date}, usefulness {rating}/5").format(**values, rating=h.rating))
        story.append(KeepTogether([para(h.excerpt, s.quote), para(attribution, s.small)]))
    return story


def ideas(s: Styles, data: ProgramReportData, width: float) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(60 * mm), Heading(_("Ideas"), s.h1)]
    if not data.ideas:
        return story + [label(_("No ideas have been proposed in this program yet."), s.body)]
    headers = (_("Idea"), _("Proposed by"), _("Owner"), _("Status"), _("Decision"))
    rows: list[Sequence[str | Flowable]] = [[label(h, s.header) for h in headers]]
    statuses = [label_of(status) for status in IdeaStatus]
    needs = {1: widest_word([headers[1]], s.header), 2: widest_word([headers[2]], s.header),
             3: max(widest_word([headers[3]], s.header), widest_word(statuses, s.cell))}
    widths = fitted([width * w for w in (0.3, 0.16, 0.16, 0.12, 0.26)], needs, flexible=(0, 4))
    for i in data.ideas:
        rows.append(
            [
                para(i.title, s.cell),
                para(i.proposer, s.cell),
                para(i.owner or NONE, s.cell),
                para(label_of(IdeaStatus(i.status)), s.cell),
                para(i.decision_note, s.cell),
            ]
        )
    return story + [data_table(rows, widths)]
