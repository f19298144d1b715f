"""Log in (with lockout after repeated failures) and log out."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import authenticate, login, logout
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from foidesk.desk import audit
from foidesk.desk.forms import LoginForm
from foidesk.desk.models import LoginFailure

MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=15)


def locked(username: str) -> bool:
    """True when ``username`` failed to log in 5 times in the last 15 minutes."""
    since = timezone.now() - LOCKOUT
    return LoginFailure.objects.filter(username=username, at__gte=since).count() >= MAX_FAILURES


@require_http_methods(["GET", "HEAD", "POST"])
def login_view(request: HttpRequest) -> HttpResponse:
    """The sign-in page; a locked account is refused even with the right password."""
    form = LoginForm(request.POST or None)
    error = ""
    if request.method == "POST" and form.is_valid():
        username = form.cleaned_data["username"]
        if locked(username):
            error = (
                "This account is locked after repeated failed sign-ins. Try again in 15 minutes."
            )
            audit.record(username, "login_locked")
        else:
            user = authenticate(request, username=username, password=form.cleaned_data["password"])
            if user is not None:
                LoginFailure.objects.filter(username=username).delete()
                login(request, user)
                audit.record(username, "login")
                return HttpResponseRedirect("/")
            LoginFailure.objects.create(username=username)
            audit.record(username, "login_failed")
            error = "The username or password is not right."
    elif request.method == "POST":
        error = "Enter your username and password."
    status = 200 if not error else 400
    return render(request, "desk/login.html", {"form": form, "error": error}, status=status)


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    """Sign out."""
    logout(request)
    return HttpResponseRedirect("/login/")
