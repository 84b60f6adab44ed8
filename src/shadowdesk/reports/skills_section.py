"""The Skills section of the program report: per skill, how many of the side that learns it reach level 2
(does it with help) and level 3 (does it alone) before and after, in a table and a chart; then the biggest
gains and the remaining gaps, each with its figures. Counts only: a report never names whose levels they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from shadowdesk.reports.cells import cell
from shadowdesk.reports.charts import bar_chart
from shadowdesk.reports.data import SkillCoverage
from shadowdesk.reports.formats import count_text, percent_text, signed_text
from shadowdesk.reports.layout import Heading, data_table, fitted, widest_word
from shadowdesk.reports.styles import Styles, label, para
from shadowdesk.translation import _, n_

LISTED = 5  # gains and gaps named below the table
PADDING = 2.5  # nine columns: less padding than other tables


def of(count: int, total: int) -> str:
    """ "1 of 3"."""
    return _("{count} of {total}").format(count=count_text(count), total=count_text(total))


def share(count: int, total: int) -> float | None:
    return count / total if total else None


def skills_section(s: Styles, skills: tuple[SkillCoverage, ...], width: float) -> list[Flowable]:
    """Nothing when the program has no skills catalogue."""
    if not skills:
        return []
    story: list[Flowable] = [
        Heading(_("Skills"), s.h1),
        label(_("Levels: 0 none, 1 knows what it is, 2 does it with help, 3 does it alone, 4 teaches it; 2+ is "
                "level 2 or more. Before and after are the learners' own ratings at the start and at the end of the "
                "program, counted over everyone enrolled on the side that learns the skill. Rated by others counts "
                "levels a session's host observed or a coordinator recorded; teachers are people of the other side "
                "rated by others at 3 or 4."), s.small),
        _table(s, skills, width),
        CondPageBreak(75 * mm),
        Heading(_("At level 2 or more, before and after"), s.h2, level=1, in_contents=False),
        bar_chart(width, 62 * mm, [str(n) for n in range(1, len(skills) + 1)],
                  [[round((share(c.before_2, c.learners) or 0) * 100) for c in skills],
                   [round((share(c.after_2, c.learners) or 0) * 100) for c in skills]],
                  names=(_("At the start"), _("At the end")), value_axis_title=_("% of learners"), value_max=100),
        label(_("Share of each skill's learners at level 2 or more; skill numbers as in the table."), s.small),
    ]
    story += _gains(s, skills) + _gaps(s, skills)
    return story + [PageBreak()]


def _table(s: Styles, skills: tuple[SkillCoverage, ...], width: float) -> Flowable:
    headers = (_("2+ before"), _("2+ after"), _("3+ before"), _("3+ after"), _("3+ rated by others"), _("Teachers"),
               _("Below target"))
    unit = width / 100
    needs = {3 + index: widest_word([h], s.header_number, 2 * PADDING) for index, h in enumerate(headers)}
    widths = fitted([unit * w for w in (3.5, 19, 14.5, *([9] * 7))], needs, flexible=(1, 2))
    rows: list[Sequence[str | Flowable]] = [
        [label("#", s.header), label(_("Skill"), s.header), label(_("Learned by"), s.header)]
        + [label(h, s.header_number) for h in headers]]
    for number, c in enumerate(skills, start=1):
        rows.append([str(number), cell(c.name, s.cell, widths[1], 2 * PADDING),
                     cell(c.learning_department, s.cell, widths[2], 2 * PADDING),
                     of(c.before_2, c.learners), of(c.after_2, c.learners), of(c.before_3, c.learners),
                     of(c.after_3, c.learners), of(c.confirmed_3, c.learners), count_text(c.teachers),
                     of(c.below_target, c.learners)])
    return data_table(rows, widths, numeric=tuple(range(3, 10)), wrapped=(1, 2), padding=PADDING)


def _gains(s: Styles, skills: tuple[SkillCoverage, ...]) -> list[Flowable]:
    gained = sorted((c for c in skills if c.after_2 > c.before_2 or (c.mean_gain or 0) > 0),
                    key=lambda c: (c.after_2 - c.before_2, c.mean_gain or 0), reverse=True)[:LISTED]
    story: list[Flowable] = [Spacer(1, 4 * mm), Heading(_("Biggest gains"), s.h2, level=1)]
    if not gained:
        return story + [label(_("No skill has gained yet: the end-of-program ratings are still to come."), s.body)]
    for c in gained:
        values = {"skill": c.name, "before": of(c.before_2, c.learners), "after": of(c.after_2, c.learners),
                  "before_share": percent_text(share(c.before_2, c.learners)),
                  "after_share": percent_text(share(c.after_2, c.learners))}
        if c.mean_gain is None:
            text = _("{skill}: {before} at level 2 or more before, {after} after ({before_share} → {after_share}).")
        else:
            text = _("{skill}: {before} at level 2 or more before, {after} after ({before_share} → {after_share}); "
                     "on average {gain} levels by their own rating.")
            values["gain"] = signed_text(c.mean_gain)
        story.append(para(text.format(**values), s.body))
    return story


def _gaps(s: Styles, skills: tuple[SkillCoverage, ...]) -> list[Flowable]:
    open_gaps = sorted((c for c in skills if c.below_target), key=lambda c: (-c.below_target, -c.learners))[:LISTED]
    story: list[Flowable] = [Spacer(1, 4 * mm), Heading(_("Remaining gaps"), s.h2, level=1)]
    if not open_gaps:
        return story + [label(_("Every learner has reached the target level of every skill."), s.body)]
    for c in open_gaps:
        values = {"skill": c.name, "below": of(c.below_target, c.learners), "level": c.target_level}
        if c.teachers:
            text = n_("{skill}: {below} below the target level {level}; {count} person on the other side can "
                      "teach it.",
                      "{skill}: {below} below the target level {level}; {count} people on the other side can "
                      "teach it.", c.teachers).format(**values, count=count_text(c.teachers))
        else:
            text = _("{skill}: {below} below the target level {level}; nobody on the other side is confirmed to "
                     "teach it.").format(**values)
        story.append(para(text, s.body))
    return story
