"""The page checks themselves catch what they are for (on small pages, no desk needed)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from tests.desk_e2e.checks import axe_violations, first_stop_box, is_skip_link, tab_order

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

HEAD = "<!DOCTYPE html><html lang='en'><head><title>t</title>{style}</head><body>"
HIDE = "<style>.s{{position:absolute;left:-9999px}}{focus}</style>"
SKIP = "<a class='s' href='#main'>Skip to main content</a>"
MAIN = (
    "<main id='main'><h1>T</h1><label for='a'>A</label><input id='a'>"
    "<fieldset><legend>R</legend><input type='radio' name='r' id='r1'><label for='r1'>1</label>"
    "<input type='radio' name='r' id='r2'><label for='r2'>2</label></fieldset>"
    "<button>Go</button>{extra}</main></body></html>"
)
GOOD = HEAD.format(style=HIDE.format(focus=".s:focus{left:0}")) + SKIP + MAIN.format(extra="")


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context()
    yield context.new_page()
    context.close()


@pytest.mark.parametrize(
    ("html", "rules"),
    [
        (GOOD, set()),
        (GOOD.replace("<label for='a'>A</label>", ""), {"label"}),
        (GOOD.replace(" lang='en'", ""), {"html-has-lang"}),
        (GOOD.replace("<button>Go</button>", "<button></button>"), {"button-name"}),
    ],
    ids=["clean", "unlabelled-field", "no-lang", "nameless-button"],
)
def test_axe_reports_the_rules_broken(page: Page, html: str, rules: set[str]) -> None:
    page.set_content(html)
    assert {v["id"] for v in axe_violations(page)} == rules


@pytest.mark.parametrize(
    ("html", "skip_first", "all_reached", "skip_shown"),
    [
        (GOOD, True, True, True),
        (GOOD.replace(SKIP, ""), False, True, False),
        (
            GOOD.replace("<button>Go</button>", "<button tabindex='-1'>Go</button>"),
            True,
            False,
            True,
        ),
        (GOOD.replace(".s:focus{left:0}", ""), True, True, False),
    ],
    ids=["good", "no-skip-link", "button-out-of-tab-order", "skip-link-never-shown"],
)
def test_tabbing_finds_what_the_keyboard_misses(
    page: Page, html: str, skip_first: bool, all_reached: bool, skip_shown: bool
) -> None:
    page.set_content(html)
    keys, visited = tab_order(page)
    box = first_stop_box(page)
    assert is_skip_link(visited[0]) is skip_first
    assert (set(keys) <= {stop["key"] for stop in visited}) is all_reached
    assert (box["x"] >= 0 and is_skip_link(visited[0])) is skip_shown
