"""Forms: logging a request, drafting the decision, adding a clock event."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from django import forms

from foidesk.desk.models import Case, CaseEvent, Channel
from foidesk.record.model import Outcome

if TYPE_CHECKING:
    _CaseForm = forms.ModelForm[Case]
    _EventForm = forms.ModelForm[CaseEvent]
else:  # Django's ModelForm is generic only in the type stubs
    _CaseForm = forms.ModelForm
    _EventForm = forms.ModelForm

OUTCOMES = [(o.value, o.value.replace("_", " ").capitalize()) for o in Outcome]


class LoginForm(forms.Form):
    """Username and password."""

    username = forms.CharField(label="Username", max_length=150)
    password = forms.CharField(label="Password", widget=forms.PasswordInput)


class RequestForm(_CaseForm):
    """Log a request (FOIA s8: name, address for correspondence, description)."""

    channel = forms.ChoiceField(label="Channel", choices=Channel.choices)

    class Meta:
        model = Case
        fields: ClassVar[list[str]] = [
            "requester_name",
            "requester_contact",
            "received",
            "channel",
            "request_text",
        ]
        labels: ClassVar[dict[str, str]] = {
            "requester_name": "Requester name",
            "requester_contact": "Requester contact",
            "received": "Date received",
            "request_text": "Request text",
        }
        widgets: ClassVar[dict[str, Any]] = {"received": forms.DateInput(attrs={"type": "date"})}


class DecisionForm(forms.Form):
    """The draft decision, with the version it was loaded at (optimistic locking)."""

    outcome = forms.ChoiceField(label="Outcome", choices=OUTCOMES)
    citations = forms.CharField(
        label="Exemptions relied on",
        required=False,
        max_length=300,
        help_text="Sections, comma separated, for example 31(1)(a), 40(2)",
    )
    ncnd = forms.BooleanField(label="Neither confirm nor deny", required=False)
    harm = forms.CharField(label="Harm", required=False, widget=forms.Textarea)
    factors_for = forms.CharField(
        label="Factors favouring disclosure", required=False, widget=forms.Textarea
    )
    factors_against = forms.CharField(
        label="Factors favouring non-disclosure", required=False, widget=forms.Textarea
    )
    balance = forms.CharField(label="Balance", required=False, widget=forms.Textarea)
    version = forms.IntegerField(widget=forms.HiddenInput)


class EventForm(_EventForm):
    """A clock event: clarification, fees, public interest extension."""

    class Meta:
        model = CaseEvent
        fields: ClassVar[list[str]] = ["kind", "date"]
        labels: ClassVar[dict[str, str]] = {"kind": "Event", "date": "Event date"}
        widgets: ClassVar[dict[str, Any]] = {"date": forms.DateInput(attrs={"type": "date"})}
