"""Browser tests of the desk: a real ``foidesk serve`` driven by Playwright in Chromium."""
