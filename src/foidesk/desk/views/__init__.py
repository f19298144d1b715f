"""The desk's views, split by area: auth, cases, api, public."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

from foidesk.desk.permissions import has, has_any


def user_of(request: HttpRequest) -> AbstractBaseUser | AnonymousUser:
    """The request's user."""
    return request.user


def require(request: HttpRequest, permission: str) -> None:
    """Refuse (403) unless the user holds ``permission``.

    Raises:
        PermissionDenied: without it.
    """
    if not has(request.user, permission):
        raise PermissionDenied(permission)


def require_any(request: HttpRequest, permissions: tuple[str, ...]) -> None:
    """Refuse (403) unless the user holds one of ``permissions``.

    Raises:
        PermissionDenied: without any.
    """
    if not has_any(request.user, permissions):
        raise PermissionDenied("no role that may see cases")
