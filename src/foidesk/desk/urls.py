"""The desk's URLs (the names the browser tests rely on are in docs/desk.md)."""

from __future__ import annotations

from django.urls import path
from django.views.static import serve

from foidesk.desk.views import api, auth, cases, documents, public, reports

STATIC_ROOT = __file__.rsplit("/", 1)[0] + "/static"

urlpatterns = [
    path("login/", auth.login_view, name="login"),
    path("logout/", auth.logout_view, name="logout"),
    path("", cases.case_list, name="case_list"),
    path("cases/new/", cases.case_new, name="case_new"),
    path("cases/<int:pk>/", cases.case_detail, name="case_detail"),
    path("cases/<int:pk>/edit/", cases.case_edit, name="case_edit"),
    path("cases/<int:pk>/transition/", cases.case_transition, name="case_transition"),
    path("cases/<int:pk>/publish/", cases.case_publish, name="case_publish"),
    path("cases/<int:pk>/events/", cases.case_event, name="case_event"),
    path("cases/<int:pk>/notice.<str:fmt>", documents.notice, name="case_notice"),
    path("library/upload/", documents.upload, name="upload"),
    path("api/check/", api.check_draft, name="api_check"),
    path("api/exemptions/", api.exemptions, name="api_exemptions"),
    path("disclosure-log/", public.disclosure_log, name="disclosure_log"),
    path("disclosure-log.csv", public.disclosure_log_csv, name="disclosure_log_csv"),
    path("stats/", reports.dashboard, name="stats"),
    path("audit/", public.audit_trail, name="audit"),
    path("static/<path:path>", serve, {"document_root": STATIC_ROOT}, name="static"),
]
