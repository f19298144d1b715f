"""The writer: refusal notices, public interest tests and requesters' letters.

From a Response record (JSON, or friendly YAML an officer writes by hand) the writer
renders a notice in the authority's house style as Markdown, HTML, DOCX or PDF; from
a response received it writes the requester's internal review request. See
``docs/writing.md``.

Example:
    >>> from foidesk.record import Response, Outcome
    >>> notice = render_notice(Response(reference="1/24", outcome=Outcome.DISCLOSED), "md")
    >>> b"Freedom of Information request 1/24" in notice
    True
"""

from foidesk.write.config import HouseStyle, load_style
from foidesk.write.context import Notice, build_notice
from foidesk.write.draft import Draft
from foidesk.write.load import load_draft
from foidesk.write.notice import render_notice, write_notice
from foidesk.write.output import FORMATS, format_for, write_atomic
from foidesk.write.review_request import (
    Letter,
    build_letter,
    render_letter,
    review_due,
    review_request_for,
)
from foidesk.write.yaml_input import draft_from_yaml, load_yaml

__all__ = [
    "FORMATS",
    "Draft",
    "HouseStyle",
    "Letter",
    "Notice",
    "build_letter",
    "build_notice",
    "draft_from_yaml",
    "format_for",
    "load_draft",
    "load_style",
    "load_yaml",
    "render_letter",
    "render_notice",
    "review_due",
    "review_request_for",
    "write_atomic",
    "write_notice",
]
