"""The names of public authorities that :mod:`foidesk.read.analyse.authority` looks for.

Police forces are named by place ("West Midlands" Police); a few bodies by a pattern
the regex in ``authority`` spells; and the national bodies in :data:`NATIONAL` by
every way a response writes them (the full name, its capitals, the short name), each
with the one name foidesk records. The national names are found by a dictionary
lookup at the places the anchor index finds them, not by a long regular expression.
"""

from __future__ import annotations

FORCES = (
    "Avon and Somerset",
    "Bedfordshire",
    "Cambridgeshire",
    "Cheshire",
    "City of London",
    "Cleveland",
    "Cumbria",
    "Derbyshire",
    "Devon and Cornwall",
    "Devon & Cornwall",
    "Dorset",
    "Durham",
    "Dyfed-Powys",
    "Essex",
    "Gloucestershire",
    "Greater Manchester",
    "Gwent",
    "Hampshire",
    "Hampshire and Isle of Wight",
    "Hertfordshire",
    "Humberside",
    "Kent",
    "Lancashire",
    "Leicestershire",
    "Lincolnshire",
    "Merseyside",
    "Metropolitan",
    "Norfolk",
    "North Wales",
    "North Yorkshire",
    "Northamptonshire",
    "Northumbria",
    "Nottinghamshire",
    "South Wales",
    "South Yorkshire",
    "Staffordshire",
    "Suffolk",
    "Surrey",
    "Sussex",
    "Thames Valley",
    "Warwickshire",
    "West Mercia",
    "West Midlands",
    "West Yorkshire",
    "Wiltshire",
    "British Transport",
    "Ministry of Defence",
)
"""Territorial and special police forces of England and Wales (and the BTP, MDP)."""

BODIES = (
    "Police Scotland",
    "Police Service of Northern Ireland",
    "National Police Chiefs' Council",
    "National Police Chiefs Council",
    "National Crime Agency",
    "Civil Nuclear Constabulary",
    "Home Office",
    "Cabinet Office",
    "HM Treasury",
    "HM Revenue and Customs",
    "HM Revenue & Customs",
    "Scottish Government",
    "Welsh Government",
    "Northern Ireland Office",
    "Environment Agency",
    "Transport for London",
    "Scottish Environment Protection Agency",
    "Natural England",
    "Information Commissioner's Office",
    "Information Commissioner’s Office",
    "Scottish Information Commissioner",
    "College of Policing",
)
"""Bodies named exactly (by a regular expression, as they always were)."""

THIRD_PARTIES = frozenset(
    {
        "Information Commissioner's Office",
        "Scottish Information Commissioner",
        "College of Policing",
    }
)
"""Bodies that responses name as third parties: they count only from the letterhead or
as the subject of the decision."""

NATIONAL: dict[str, tuple[str, ...]] = {
    "Foreign, Commonwealth & Development Office": (
        "Foreign, Commonwealth & Development Office",
        "Foreign, Commonwealth and Development Office",
        "Foreign Commonwealth and Development Office",
        "Foreign Commonwealth & Development Office",
        "FCDO",
    ),
    "Ofcom": ("Ofcom", "OFCOM"),
    "Ofsted": ("Ofsted", "OFSTED"),
    "Ofgem": ("Ofgem",),
    "Ofwat": ("Ofwat",),
    "Ofqual": ("Ofqual",),
    "BBC": ("BBC", "British Broadcasting Corporation"),
    "Network Rail": ("Network Rail",),
    "Health and Safety Executive": ("Health and Safety Executive", "HSE"),
    "NHS England": ("NHS England",),
    "Scottish Prison Service": ("Scottish Prison Service",),
    "Northern Ireland Prison Service": ("Northern Ireland Prison Service",),
    "HM Prison and Probation Service": ("HM Prison and Probation Service", "HMPPS"),
    "HM Revenue and Customs": ("HMRC",),
    "Department for Work and Pensions": ("DWP",),
    "Department for Education": ("DfE",),
    "Department of Health and Social Care": ("DHSC",),
    "Department for Transport": ("DfT",),
    "Department for Environment, Food and Rural Affairs": ("Defra", "DEFRA"),
    "Department for Culture, Media and Sport": ("DCMS",),
    "Ministry of Housing, Communities and Local Government": ("MHCLG",),
    "Ministry of Justice": ("MoJ",),
    "Ministry of Defence": ("MoD",),
    "National Crime Agency": ("NCA",),
    "Transport for London": ("TfL",),
    "Driver and Vehicle Licensing Agency": ("Driver and Vehicle Licensing Agency", "DVLA"),
    "Driver and Vehicle Standards Agency": ("Driver and Vehicle Standards Agency", "DVSA"),
    "Care Quality Commission": ("Care Quality Commission", "CQC"),
    "Crown Prosecution Service": ("Crown Prosecution Service", "CPS"),
    "Serious Fraud Office": ("Serious Fraud Office",),
    "Financial Conduct Authority": ("Financial Conduct Authority",),
    "Competition and Markets Authority": ("Competition and Markets Authority",),
    "Food Standards Agency": ("Food Standards Agency",),
    "UK Health Security Agency": ("UK Health Security Agency", "UKHSA"),
    "Medicines and Healthcare products Regulatory Agency": (
        "Medicines and Healthcare products Regulatory Agency",
        "MHRA",
    ),
    "HM Courts & Tribunals Service": (
        "HM Courts & Tribunals Service",
        "HM Courts and Tribunals Service",
        "HMCTS",
    ),
    "HM Land Registry": ("HM Land Registry",),
    "Companies House": ("Companies House",),
    "Charity Commission": ("Charity Commission",),
    "Electoral Commission": ("Electoral Commission",),
    "Met Office": ("Met Office",),
    "Historic England": ("Historic England",),
    "National Highways": ("National Highways",),
    "Forestry Commission": ("Forestry Commission",),
    "Maritime and Coastguard Agency": ("Maritime and Coastguard Agency",),
    "Natural Resources Wales": ("Natural Resources Wales",),
    "London Fire Brigade": ("London Fire Brigade",),
    "Scottish Ambulance Service": ("Scottish Ambulance Service",),
    "Public Health Scotland": ("Public Health Scotland",),
    "Healthcare Improvement Scotland": ("Healthcare Improvement Scotland",),
    "Transport Scotland": ("Transport Scotland",),
    "Crown Office and Procurator Fiscal Service": (
        "Crown Office and Procurator Fiscal Service",
        "COPFS",
    ),
    "NHS 24": ("NHS 24",),
    "NHS Education for Scotland": ("NHS Education for Scotland",),
    "NHS National Services Scotland": ("NHS National Services Scotland",),
    "NHS Greater Glasgow and Clyde": ("NHS Greater Glasgow and Clyde", "NHSGGC"),
    "NHS Ayrshire and Arran": ("NHS Ayrshire and Arran", "NHS Ayrshire & Arran"),
    "NHS Borders": ("NHS Borders",),
    "NHS Dumfries and Galloway": ("NHS Dumfries and Galloway", "NHS Dumfries & Galloway"),
    "NHS Fife": ("NHS Fife",),
    "NHS Forth Valley": ("NHS Forth Valley",),
    "NHS Grampian": ("NHS Grampian",),
    "NHS Highland": ("NHS Highland",),
    "NHS Lanarkshire": ("NHS Lanarkshire",),
    "NHS Lothian": ("NHS Lothian",),
    "NHS Orkney": ("NHS Orkney",),
    "NHS Shetland": ("NHS Shetland",),
    "NHS Tayside": ("NHS Tayside",),
    "NHS Western Isles": ("NHS Western Isles",),
}
"""National bodies (and Scotland's health boards) by the name foidesk records, each with
every way it is written. Full names are also found in capitals ("OFSTED")."""


def _written_forms() -> dict[str, str]:
    """Each way of writing a body in :data:`NATIONAL` (capitals too), with its name."""
    forms: dict[str, str] = {}
    for name, written in NATIONAL.items():
        for form in written:
            forms.setdefault(form, name)
            if " " in form:
                forms.setdefault(form.upper(), name)
    return forms


WRITTEN = _written_forms()
"""The name to record by each way of writing a national body."""

ANCHORS = tuple(sorted({form.lower() for form in WRITTEN}))
"""The lower-cased written forms: the anchor index finds where each stands."""
