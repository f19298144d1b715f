"""Roles as Django groups, and the permissions each one holds.

Officer drafts, reviewer approves, manager reports, admin does everything. Every view
names the permission it needs; :func:`role_permissions` is the table tests check.
"""

from __future__ import annotations

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser, Group, Permission, PermissionsMixin

DRAFT = "desk.draft_case"
APPROVE = "desk.approve_case"
REPORTS = "desk.view_reports"
AUDIT = "desk.view_auditentry"

ROLES: dict[str, tuple[str, ...]] = {
    "officer": (DRAFT,),
    "reviewer": (DRAFT, APPROVE),
    "manager": (REPORTS, AUDIT),
    "admin": (DRAFT, APPROVE, REPORTS, AUDIT),
}
"""Role (group name) -> permissions."""

CASE_READERS = (DRAFT, APPROVE, REPORTS)
"""Any of these lets a person open a case."""


def ensure_groups() -> None:
    """Create the role groups with their permissions (idempotent).

    The permissions themselves are made here too: the shared ``migrate`` runs the
    migrations without Django's ``post_migrate`` signal.
    """
    from django.apps import apps
    from django.contrib.auth.management import create_permissions

    for config in apps.get_app_configs():
        create_permissions(config, verbosity=0)
    for role, names in ROLES.items():
        group, _ = Group.objects.get_or_create(name=role)
        perms = [
            Permission.objects.get(content_type__app_label=app, codename=code)
            for app, code in (name.split(".", 1) for name in names)
        ]
        group.permissions.set(perms)


def has(user: AbstractBaseUser | AnonymousUser, permission: str) -> bool:
    """True when ``user`` is logged in and holds ``permission``."""
    if not user.is_authenticated or not isinstance(user, PermissionsMixin):
        return False
    return user.has_perm(permission)


def has_any(user: AbstractBaseUser | AnonymousUser, permissions: tuple[str, ...]) -> bool:
    """True when ``user`` holds one of ``permissions``."""
    return any(has(user, p) for p in permissions)
