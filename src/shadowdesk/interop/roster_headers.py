"""What a roster's columns and values mean: the header spellings of HR exports, columns of IDs told from
names, the status words of those exports, and the time zone an office's name suggests.

Headers are compared after lower-casing and dropping everything but letters and digits ("#" reads as
"number"), so "E-mail", "Email Address" and "WORK_EMAIL" all find their field. The spellings cover the
default exports of BambooHR, Personio, Workday, SuccessFactors and HiBob, in English and in German.
A header such as "Employee" is a name in one export and a personnel number in another, so a column whose
cells look like IDs ("1001", "E-00123") is never taken as a name, whatever its header says.
ShadowDesk's own export writes its headers in the user's language; each of them is read back in every
shipped language (translation.in_every_language), so a German export imports on a French desk.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache
from zoneinfo import available_timezones

from shadowdesk.translation import N_, in_every_language

# Field -> spellings, the most telling first: when two columns fit one field, the better spelling wins
# (Personio's "Department" over its "Team", BambooHR's "Status" over its "Employment Status").
HEADER_ALIASES = {
    "full_name": ("fullname", "name", "employeename", "displayname", "workername", "personname", "legalname",
                  "preferredfullname", "employee", "worker"),
    "first_name": ("firstname", "givenname", "first", "forename", "legalfirstname", "preferredfirstname",
                   "vorname", "prénom"),
    "last_name": ("lastname", "surname", "familyname", "last", "legallastname", "nachname", "nomdefamille"),
    "email": ("workemail", "email", "emailwork", "workemailaddress", "primaryworkemail", "emailaddress",
              "businessemail", "companyemail", "primaryemail", "mail", "emailprimarywork", "emailadresse"),
    "department": ("department", "dept", "departmentname", "supervisoryorganization", "team", "abteilung"),
    "job_title": ("jobtitle", "title", "businesstitle", "position", "positiontitle", "jobprofile", "role",
                  "designation", "stellenbezeichnung"),
    "location": ("location", "office", "worklocation", "officelocation", "site", "city", "standort", "büro"),
    "time_zone": ("timezone", "tz", "zone", "ianatimezone", "timezonename", "zeitzone"),
    "manager_email": ("manageremail", "manageremailaddress", "managerworkemail", "supervisoremail",
                      "linemanageremail", "reportstoemail", "manager", "supervisor", "reportsto", "reportingto",
                      "linemanager", "directmanager", "managername", "supervisorname", "vorgesetzter",
                      "vorgesetzte"),
    "active": ("active", "isactive", "status", "activestatus", "employeestatus", "workerstatus",
               "lifecyclestatus", "employmentstatus"),
}
# What the roster export writes (translated when written), and so what a round trip reads back.
EXPORT_HEADERS = (
    ("full_name", N_("Full Name")), ("email", N_("Email")), ("department", N_("Department")),
    ("job_title", N_("Job Title")), ("location", N_("Location")), ("time_zone", N_("Time Zone")),
    ("manager_email", N_("Manager Email")), ("active", N_("Active")),
)
NAME_FIELDS = ("full_name", "first_name", "last_name")
# How many rows guess_mapping() looks at to tell a column of IDs from a column of names.
SAMPLE_ROWS = 50
# Letters (any script) before digits and separators: "1001", "E1001", "EMP-00123", "4711/2".
_ID_VALUE = re.compile(r"[^\W\d_]{0,3}[\W_]*\d[\d\W_]*[^\W\d_]?")


@cache
def _lookup() -> dict[str, tuple[str, int]]:
    """Normalised header -> (field, rank): the aliases, then the export's headers in every shipped language,
    each as telling as the English header (never displacing an alias of another field)."""
    found = {alias: (name, rank) for name, aliases in HEADER_ALIASES.items() for rank, alias in enumerate(aliases)}
    for name, header in EXPORT_HEADERS:
        rank = found[normalise_header(header)][1]
        for spelling in in_every_language(header):
            found.setdefault(normalise_header(spelling), (name, rank))
    return found


def normalise_header(header: str) -> str:
    return "".join(ch for ch in header.lower().replace("#", "number") if ch.isalnum())


def looks_like_id(value: str) -> bool:
    """A personnel number or code rather than a name: digits and separators, with at most a few letters."""
    return _ID_VALUE.fullmatch("".join(value.split())) is not None


def id_example(rows: Iterable[Sequence[str]], index: int) -> str | None:
    """One of the ID-like values when most filled cells of column index (in rows) look like IDs, else None."""
    values = [cells[index].strip() for cells in rows if index < len(cells) and cells[index].strip()]
    ids = [value for value in values if looks_like_id(value)]
    return ids[0] if values and len(ids) * 2 > len(values) else None


def guess_mapping(headers: Iterable[str], rows: Sequence[Sequence[str]] = ()) -> dict[str, int]:
    """field -> column index for every field whose column is recognised: the best spelling wins, then the
    first column. rows: the first data rows, so a column of IDs is not taken for a name."""
    best: dict[str, tuple[int, int]] = {}
    sample = rows[:SAMPLE_ROWS]
    for index, header in enumerate(headers):
        found = _lookup().get(normalise_header(header))
        if found is None:
            continue
        name, rank = found
        if name in NAME_FIELDS and id_example(sample, index) is not None:
            continue
        if name not in best or rank < best[name][0]:
            best[name] = (rank, index)
    return {name: index for name, (_rank, index) in best.items()}


# --- status values ----------------------------------------------------------------------------------

# A status cell (case folded) -> active. People on leave, on notice or on a part-time contract are staff;
# the words are those of the five HR systems' exports (BambooHR, Personio, Workday, SuccessFactors, HiBob)
# and of plain spreadsheets. A value not here is a row error until the user says what it means.
STATUS_WORDS = {
    **dict.fromkeys(("yes", "y", "true", "1", "active", "x", "ja", "oui", "si", "aktiv", "actif", "employed",
                     "on leave", "leave", "onboarding", "full-time", "part-time", "full time", "part time",
                     "hired", "garden leave", "paid leave", "unpaid leave", "leave of absence", "on notice",
                     "notice period", "probation", "in probation", "parental leave", "sick leave",
                     "sabbatical", "temporary", "intern", "apprentice", "beurlaubt", "elternzeit",
                     "in elternzeit", "befristet", "unbefristet", "teilzeit", "vollzeit"), True),
    **dict.fromkeys(("no", "n", "false", "0", "inactive", "terminated", "left", "nein", "non", "inaktiv",
                     "inactif", "former", "offboarded", "ausgeschieden", "retired", "resigned", "deceased",
                     "dismissed", "discarded", "dormant", "separated", "withdrawn", "suspended", "gekündigt",
                     "archived", "alumni", "former employee", "ended", "expired"), False),
}


def status_key(value: str) -> str:
    """A status value as compared: case folded, single spaces ("On  Leave" is "on leave")."""
    return " ".join(value.casefold().split())


# --- time zones of offices --------------------------------------------------------------------------

# Office cities that are not the last part of an IANA zone name (those are found in the zone names).
CITY_ZONES = {
    "Europe/Berlin": ("munich", "munchen", "hamburg", "frankfurt", "cologne", "koln", "dusseldorf",
                      "stuttgart", "leipzig", "dresden", "hannover", "nuremberg", "nurnberg", "bonn", "germany",
                      "deutschland"),
    "Europe/Warsaw": ("krakow", "wroclaw", "gdansk", "poznan", "lodz", "katowice", "poland", "polska"),
    "Europe/Paris": ("lyon", "marseille", "toulouse", "nice", "lille", "nantes", "bordeaux", "france"),
    "Europe/London": ("manchester", "edinburgh", "birmingham", "glasgow", "leeds", "bristol", "cambridge",
                      "oxford", "uk", "unitedkingdom", "england", "scotland"),
    "Europe/Madrid": ("barcelona", "valencia", "seville", "sevilla", "bilbao", "malaga", "spain", "espana"),
    "Europe/Rome": ("milan", "milano", "turin", "torino", "naples", "napoli", "florence", "bologna", "italy"),
    "Europe/Zurich": ("geneva", "geneve", "basel", "bern", "lausanne", "switzerland", "schweiz"),
    "Europe/Vienna": ("wien", "graz", "linz", "salzburg", "austria", "osterreich"),
    "Europe/Amsterdam": ("rotterdam", "utrecht", "eindhoven", "thehague", "denhaag", "netherlands"),
    "Europe/Brussels": ("antwerp", "antwerpen", "ghent", "gent", "belgium"),
    "Europe/Stockholm": ("gothenburg", "goteborg", "malmo", "sweden"),
    "Europe/Lisbon": ("porto", "portugal"),
    "Europe/Dublin": ("cork", "galway", "ireland"),
    "Europe/Prague": ("brno", "czechia"),
    "Europe/Bucharest": ("cluj", "clujnapoca", "iasi", "timisoara", "romania"),
    "Europe/Kyiv": ("kyiv", "kiev", "lviv", "kharkiv", "ukraine"),
    "America/New_York": ("nyc", "newyorkcity", "boston", "washington", "washingtondc", "atlanta", "miami",
                         "philadelphia", "pittsburgh", "charlotte", "raleigh"),
    "America/Chicago": ("austin", "dallas", "houston", "minneapolis", "stlouis", "kansascity", "nashville"),
    "America/Denver": ("boulder", "saltlakecity"),
    "America/Los_Angeles": ("sanfrancisco", "seattle", "sandiego", "sanjose", "portland", "paloalto",
                            "mountainview", "siliconvalley", "bayarea"),
    "America/Toronto": ("montreal", "ottawa"),
    "Asia/Kolkata": ("bangalore", "bengaluru", "mumbai", "delhi", "newdelhi", "pune", "hyderabad", "chennai",
                     "india"),
    "Asia/Shanghai": ("beijing", "shenzhen", "guangzhou", "hangzhou", "china"),
    "Asia/Tokyo": ("osaka", "kyoto", "yokohama", "japan"),
    "Asia/Jerusalem": ("telaviv", "haifa", "israel"),
    "Asia/Dubai": ("abudhabi", "uae"),
    "Australia/Sydney": ("canberra",),
    "America/Sao_Paulo": ("riodejaneiro", "brazil", "brasil"),
}
# Zone names whose first part is a region; other zones ("US/Eastern", "Poland") are older aliases.
_REGIONS = ("Europe/", "America/", "Asia/", "Africa/", "Australia/", "Pacific/", "Atlantic/", "Indian/")
# Last parts of zone names that are words of an office's name rather than its city ("North Office" is not
# Australia/North, "Service Center" not America/North_Dakota/Center).
_NOT_PLACES = frozenset({"north", "south", "west", "east", "center", "central"})


def _folded(text: str) -> str:
    """Letters only, without accents, lower case: "Kraków" and "Krakow" are "krakow", "New_York" "newyork"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ł", "l").replace("ø", "o"))
    return "".join(ch for ch in decomposed if ch.isalpha() and ch.isascii())


@cache
def _zone_by_place() -> dict[str, str]:
    """Folded city (the last part of a zone name, or a city of CITY_ZONES) -> IANA zone name."""
    found: dict[str, str] = {}
    for zone in sorted(available_timezones()):
        if zone.startswith(_REGIONS) and (city := _folded(zone.rsplit("/", 1)[-1])) not in _NOT_PLACES:
            found.setdefault(city, zone)
    for zone, cities in CITY_ZONES.items():
        for city in cities:
            found[city] = zone
    return found


def guess_zone(location: str) -> str | None:
    """The IANA zone an office's name suggests ("Berlin HQ" -> Europe/Berlin, "Kraków" -> Europe/Warsaw), or
    None. The whole name is tried, then its parts ("Sales, Berlin"), then its words and word pairs."""
    places = _zone_by_place()
    parts = [location, *re.split(r"[,;/()|\-]", location)]
    for part in parts:
        words = part.split()
        candidates = [part] + [" ".join(words[i:i + 2]) for i in range(len(words) - 1)] + words
        for candidate in candidates:
            if (key := _folded(candidate)) and len(key) > 1 and key in places:
                return places[key]
    return None
