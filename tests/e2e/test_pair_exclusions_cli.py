"""A coordinator forbids a pair on the command line, and the planner never proposes it."""

from __future__ import annotations

import os
import subprocess
import sys


def shadowdesk(data_dir, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "shadowdesk", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, env=env, timeout=120)


def test_an_excluded_pair_is_never_planned(tmp_path):
    assert shadowdesk(tmp_path, "demo").returncode == 0
    sales, pm = "zoe.dubois@linguabridge.example", "SOFIA.OLIVEIRA@linguabridge.example"
    made = shadowdesk(tmp_path, "pairs", "exclude", sales, pm, "--program", "Autumn Cross-Training",
                      "--reason", "Sisters-in-law")
    assert made.returncode == 0, made.stderr
    assert "Zoë Dubois and Sofia Oliveira will not be paired" in made.stdout

    listed = shadowdesk(tmp_path, "pairs", "exclusions", "--program", "Autumn Cross-Training")
    assert "Zoë Dubois\tSofia Oliveira\tthis program\tSisters-in-law" in listed.stdout

    plan = shadowdesk(tmp_path, "pairs", "plan", "Autumn Cross-Training", "--rounds", "11")
    assert plan.returncode == 0, plan.stderr
    proposed = [line for line in plan.stdout.splitlines() if line[:1].isdigit()]
    assert sum("Zoë Dubois" in line for line in proposed) >= 10, plan.stdout  # she meets everyone else
    assert not any("Zoë Dubois" in line and "Sofia Oliveira" in line for line in proposed)


def test_an_unknown_email_is_named(tmp_path):
    assert shadowdesk(tmp_path, "demo").returncode == 0
    result = shadowdesk(tmp_path, "pairs", "exclude", "nobody@x.example", "zoe.dubois@linguabridge.example")
    assert result.returncode == 2
    assert "nobody@x.example" in result.stderr and "Traceback" not in result.stderr


def test_an_exclusion_is_lifted_by_the_id_the_list_prints(tmp_path):
    assert shadowdesk(tmp_path, "demo").returncode == 0
    made = shadowdesk(tmp_path, "pairs", "exclude", "zoe.dubois@linguabridge.example",
                      "sofia.oliveira@linguabridge.example", "--reason", "Cousins")
    assert made.returncode == 0, made.stderr
    again = shadowdesk(tmp_path, "pairs", "exclude", "sofia.oliveira@linguabridge.example",
                       "zoe.dubois@linguabridge.example")
    assert again.returncode == 2
    assert "Sofia Oliveira and Zoë Dubois are already excluded in every program." in again.stderr

    listed = shadowdesk(tmp_path, "pairs", "exclusions").stdout.splitlines()
    assert listed[0] == "id\tperson\tperson\tscope\treason"
    exclusion_id, *rest = listed[1].split("\t")
    assert rest == ["Zoë Dubois", "Sofia Oliveira", "every program", "Cousins"]

    lifted = shadowdesk(tmp_path, "pairs", "unexclude", exclusion_id)
    assert lifted.returncode == 0, lifted.stderr
    assert "The exclusion of Zoë Dubois and Sofia Oliveira is lifted" in lifted.stdout
    assert shadowdesk(tmp_path, "pairs", "exclusions").stdout.splitlines()[1:] == []

    gone = shadowdesk(tmp_path, "pairs", "unexclude", exclusion_id)
    assert gone.returncode == 2
    assert f"There is no exclusion number {exclusion_id}" in gone.stderr and "Traceback" not in gone.stderr
