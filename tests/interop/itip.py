"""libical's iTIP restriction check (RFC 5546's tables of which properties each METHOD requires, allows and
forbids), run on a calendar file through Debian's libical-glib bindings (gir1.2-ical-3.0, python3-gi).

The bindings are system packages the venv cannot import, so the check runs in the system Python, in a
subprocess (packaging/install-system-deps.sh installs them).
"""

from __future__ import annotations

import subprocess

SYSTEM_PYTHON = "/usr/bin/python3"
CHECK = r"""
import sys
import gi
gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib as ical

calendar = ical.Component.new_from_string(sys.stdin.read())
if calendar is None:
    print("libical could not parse the file")
    sys.exit(0)
calendar.check_restrictions()

def errors(component):
    found = component.get_first_property(ical.PropertyKind.XLICERROR_PROPERTY)
    while found is not None:
        print(found.as_ical_string().replace("\r\n ", "").strip())
        found = component.get_next_property(ical.PropertyKind.XLICERROR_PROPERTY)
    inner = component.get_first_component(ical.ComponentKind.ANY_COMPONENT)
    while inner is not None:
        errors(inner)
        inner = component.get_next_component(ical.ComponentKind.ANY_COMPONENT)

errors(calendar)
"""


def itip_errors(data: bytes) -> list[str]:
    """libical's complaints about data (an .ics file), one per line; [] when it passes."""
    done = subprocess.run([SYSTEM_PYTHON, "-c", CHECK], input=data, capture_output=True, timeout=60, check=False)
    assert done.returncode == 0, "libical's Python bindings are missing: packaging/install-system-deps.sh " + \
        done.stderr.decode(errors="replace")
    return [line for line in done.stdout.decode("utf-8", errors="replace").splitlines() if line]
