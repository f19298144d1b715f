"""Benchmark: the desk's case list with 10,000 cases under load on loopback.

``foidesk serve`` runs as a subprocess on 127.0.0.1 with its own temporary SQLite
database (demo data, then 10,000 more cases created in bulk through the desk's models);
a signed-in officer's session cookie is taken through the login form; then ``wrk``
(Debian package ``wrk``) loads the case list for a fixed time with a fixed number of
connections. The bulk cases are spread over the last three years, most of them sent, as in
a real register (cases decades old would make the clock work far harder than it does).
Without ``wrk`` a bounded Python load generator (threads, a fixed number of requests, a
time cap) is used instead. Reported: pages served per second and the 95th
percentile latency, plus the latency of one page on its own.
"""

from __future__ import annotations

import http.client
import http.cookiejar
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.desk_e2e import contract
from tests.desk_e2e.tooling import DeskServer, desk_available

from bench.runner import Figure

CASES = 10_000
CASE_LIST = contract.CASE_LIST_URL
CONNECTIONS = 8
SECONDS = 20
PY_REQUESTS = 400
_WRK_LUA = """
done = function(summary, latency, requests)
  io.write(string.format("P95_US %d\\n", latency:percentile(95)))
  io.write(string.format("NON2XX %d\\n", summary.errors.status))
end
"""
_BULK = """
import datetime as dt, os, sys
import django
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "foidesk.desk.settings")
django.setup()
from django.db.models import Max
from foidesk.desk.models import Case
count, today = int(sys.argv[1]), dt.date.today()
days = [today - dt.timedelta(days=i * 1095 // count) for i in range(count)]
top = {y: Case.objects.filter(year=y).aggregate(m=Max("sequence"))["m"] or 0 for y in
       {d.year for d in days}}
cases = []
for i, day in enumerate(days):
    top[day.year] += 1
    seq, age = top[day.year], (today - day).days
    status = "sent" if age > 30 and i % 50 else ["draft", "submitted", "approved"][i % 3]
    cases.append(Case(
        reference=f"{seq}B/{day.year % 100:02d}", year=day.year, sequence=seq,
        requester_name=f"Requester {i}", requester_contact=f"r{i}@example.org",
        received=day, request_text=f"Please provide the records numbered {i}.",
        status=status, outcome="disclosed" if status == "sent" else "other",
        sent=day + dt.timedelta(days=15) if status == "sent" else None,
    ))
Case.objects.bulk_create(cases, batch_size=1000)
print(Case.objects.count())
"""


def _make_cases(server: DeskServer, count: int) -> None:
    subprocess.run(
        [sys.executable, "-c", _BULK, str(count)],
        env=server.env(),
        cwd=server.workdir,
        check=True,
        capture_output=True,
        timeout=600,
    )


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def _session_cookie(server: DeskServer) -> str:
    """Sign in as the demo officer through the login form; return the Cookie header."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), _NoRedirect)
    login = server.url + contract.LOGIN_URL
    with opener.open(login, timeout=10) as reply:
        page = reply.read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    if token is None:
        raise RuntimeError(f"no CSRF token on {login}")
    username, password = contract.DEMO_LOGINS["officer"]
    form = {"csrfmiddlewaretoken": token[1], "username": username, "password": password}
    request = urllib.request.Request(
        login, data=urllib.parse.urlencode(form).encode(), headers={"Referer": login}
    )
    try:
        opener.open(request, timeout=10).close()
    except urllib.error.HTTPError as exc:  # the redirect after signing in
        if exc.code != 302:
            raise RuntimeError(f"signing in as {username} answered {exc.code}") from None
    cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
    if "sessionid=" not in cookie:
        raise RuntimeError(f"signing in as {username} set no session cookie")
    return cookie


def _one_page_ms(server: DeskServer, cookie: str, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        start = time.perf_counter()
        conn.request("GET", CASE_LIST, headers={"Cookie": cookie})
        reply = conn.getresponse()
        reply.read()
        times.append((time.perf_counter() - start) * 1000)
        conn.close()
        if reply.status != 200:
            raise RuntimeError(f"{CASE_LIST} answered {reply.status}")
    return statistics.median(times)


def _wrk(server: DeskServer, cookie: str, workdir: Path) -> tuple[float, float, int]:
    lua = workdir / "p95.lua"
    lua.write_text(_WRK_LUA)
    command = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--timeout", "30s"]
    command += ["-H", f"Cookie: {cookie}", "-s", str(lua), server.url + CASE_LIST]
    out = subprocess.run(
        command, capture_output=True, text=True, check=True, timeout=SECONDS + 60
    ).stdout
    rate = re.search(r"(\d+) requests in ([\d.]+)s", out)
    p95 = re.search(r"P95_US (\d+)", out)
    bad = re.search(r"NON2XX (\d+)", out)
    if rate is None or p95 is None or bad is None:
        raise RuntimeError(f"cannot read wrk's output:\n{out}")
    if int(bad[1]):
        raise RuntimeError(f"{bad[1]} requests did not get a 2xx/3xx answer")
    return int(rate[1]) / float(rate[2]), int(p95[1]) / 1000, int(rate[1])


def _python_load(server: DeskServer, cookie: str) -> tuple[float, float, int]:
    """At most PY_REQUESTS requests over CONNECTIONS threads, stopping after SECONDS."""
    stop = time.monotonic() + SECONDS

    def worker(count: int) -> list[float]:
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        times = []
        for _ in range(count):
            if time.monotonic() > stop:
                break
            start = time.perf_counter()
            conn.request("GET", CASE_LIST, headers={"Cookie": cookie})
            reply = conn.getresponse()
            reply.read()
            if reply.status != 200:
                raise RuntimeError(f"{CASE_LIST} answered {reply.status}")
            times.append((time.perf_counter() - start) * 1000)
        conn.close()
        return times

    began = time.perf_counter()
    with ThreadPoolExecutor(CONNECTIONS) as pool:
        runs = list(pool.map(worker, [PY_REQUESTS // CONNECTIONS] * CONNECTIONS))
    elapsed = time.perf_counter() - began
    times = sorted(t for run in runs for t in run)
    return len(times) / elapsed, statistics.quantiles(times, n=20)[-1], len(times)


def run() -> list[Figure]:
    """Pages per second and p95 latency for the case list with 10,000 cases."""
    reason = desk_available()
    if reason is not None:
        raise RuntimeError(reason)
    with tempfile.TemporaryDirectory(prefix="foidesk-bench-desk-") as folder:
        server = DeskServer(Path(folder))
        server.start()
        try:
            _make_cases(server, CASES)
            cookie = _session_cookie(server)
            single = _one_page_ms(server, cookie)
            tool = "wrk" if shutil.which("wrk") else "python"
            if tool == "wrk":
                rate, p95, count = _wrk(server, cookie, Path(folder))
            else:
                rate, p95, count = _python_load(server, cookie)
        finally:
            server.stop()
    where = f"{CASES:,} cases, {CONNECTIONS} connections, {tool}"
    return [
        Figure("desk", f"case list, one request ({CASES:,} cases)", single, "ms"),
        Figure("desk", f"case list pages served ({where})", rate, "pages/s"),
        Figure("desk", f"case list p95 latency ({where})", p95, "ms"),
        Figure("desk", f"case list pages in the {SECONDS} s run", count, "pages"),
    ]


if __name__ == "__main__":
    for figure in run():
        print(f"{figure.name:60} {figure.value:9.1f} {figure.unit}")
