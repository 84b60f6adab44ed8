"""The bar charts' value axis: round steps that always reach the tallest bar."""

from __future__ import annotations

import pytest

from shadowdesk.reports.charts import value_ticks


@pytest.mark.parametrize(
    ("top", "ticks"),
    [
        (0, [0, 1]),  # nothing to show yet: an axis of 0 to 1, not a division by zero
        (3, [0, 1, 2, 3]),  # counts step by whole numbers
        (8, [0, 2, 4, 6, 8]),
        (100, [0, 20, 40, 60, 80, 100]),  # percentages
        (481, [0, 100, 200, 300, 400, 500]),
        (20_070.0, [0, 5000, 10_000, 15_000, 20_000, 25_000]),
    ],
)
def test_the_value_axis_steps_roundly_up_to_the_tallest_bar(top, ticks):
    assert value_ticks(top) == ticks
