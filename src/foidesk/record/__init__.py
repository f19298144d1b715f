"""The Response record at the centre of foidesk, its validation and its JSON form."""

from foidesk.record.io import dump_record, load_record, record_from_data, response_schema
from foidesk.record.model import (
    SCHEMA_VERSION,
    Answer,
    Citation,
    Claim,
    DatedItem,
    DateRole,
    Favours,
    Harm,
    Likelihood,
    Outcome,
    Passage,
    PublicInterestTest,
    Response,
    Section,
    Source,
    Span,
)
from foidesk.record.validate import Problem, Severity, ensure_valid, validate

__all__ = [
    "SCHEMA_VERSION",
    "Answer",
    "Citation",
    "Claim",
    "DateRole",
    "DatedItem",
    "Favours",
    "Harm",
    "Likelihood",
    "Outcome",
    "Passage",
    "Problem",
    "PublicInterestTest",
    "Response",
    "Section",
    "Severity",
    "Source",
    "Span",
    "dump_record",
    "ensure_valid",
    "load_record",
    "record_from_data",
    "response_schema",
    "validate",
]
