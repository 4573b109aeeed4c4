"""Open local pages in the system's headless Chromium, offline, and record what they try.

The browser is Debian's `chromium-headless-shell`: the same Blink and V8 as `chromium` (one
source package, one version), without the desktop browser's windows and their WebUI renderer
processes. test_viz.py alone took 55 s of CPU in `chromium` and 21 s in the shell, the same 25
tests passing (measured under load 5-8); `KG_CHROMIUM` may name another Chromium executable.

Use `chromium()` as a context manager (or the `browser` fixture, session-scoped: import it
into a test module or a conftest) and `open_offline(browser, path)` to load a file with
every network request blocked. The returned `OfflinePage` lists the http(s) requests the
page attempted, the dialogs it opened (alert, confirm…) and its uncaught script errors, so
a test can assert that all three are empty.

A missing Chromium fails the test with a message saying how to install it: a browser test
that silently skips proves nothing.
"""
from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium-headless-shell")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium_path() -> str:
    """The Chromium executable, or a test failure explaining how to get one."""
    path = CHROMIUM if os.path.isabs(CHROMIUM) else shutil.which(CHROMIUM)
    if not path or not os.access(path, os.X_OK):
        pytest.fail(f"Chromium not found at {CHROMIUM!r}: install it (`apt-get install chromium-headless-shell`, "
                    "which `make` does) or point KG_CHROMIUM at a Chromium executable", pytrace=False)
    return path


@contextmanager
def chromium() -> Iterator:
    """A Playwright Browser running the system Chromium headless."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the playwright package is missing: pip install -e '.[test]'", pytrace=False)
    executable = chromium_path()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


def in_own_browser(work):
    """`work(browser)` in a Chromium of its own, on a thread of its own: Playwright's sync API
    allows one instance per thread, and test_viz.py keeps one open for the whole session."""
    outcome: dict = {}

    def run():
        try:
            with chromium() as browser:
                outcome["value"] = work(browser)
        except BaseException as error:  # noqa: BLE001 - handed back to the test's thread
            outcome["error"] = error

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(180)
    assert not thread.is_alive(), "the browser did not finish within 3 minutes"
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole test session."""
    with chromium() as b:
        yield b


@dataclass
class OfflinePage:
    """A page and what it attempted: requests outside the file, dialogs and script errors."""

    page: object
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def close(self) -> None:
        self.page.context.close()


def open_offline(browser, path: Path, *, width: int = 1400, height: int = 860, fragment: str = "",
                 wait_for: str | None = "window.kg && window.kg.ready", **context_options) -> OfflinePage:
    """Load `path` from a file:// URL in a fresh context where every other request is aborted.

    `fragment` is added to the URL after `#` (a page's state); `wait_for` is a JS expression
    to wait for once loaded (None: do not wait); other options go to the browser context
    (e.g. `is_mobile`, `has_touch`). Downloads (blob: URLs the page made) are allowed.
    """
    url = Path(path).resolve().as_uri()
    context = browser.new_context(viewport={"width": width, "height": height},
                                  service_workers="block", accept_downloads=True, **context_options)
    page = context.new_page()
    result = OfflinePage(page)

    def route(r):
        if r.request.url == url:
            r.continue_()
        else:
            r.abort()

    def on_request(request):
        if request.url != url and not request.url.startswith(("data:", "blob:")):
            result.requests.append(request.url)

    def on_dialog(dialog):
        result.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    context.route("**/*", route)
    page.on("request", on_request)
    page.on("dialog", on_dialog)
    page.on("pageerror", lambda error: result.errors.append(str(error)))
    page.on("console", lambda msg: msg.type == "error" and result.errors.append(msg.text))
    page.goto(url + (f"#{fragment}" if fragment else ""))
    if wait_for:
        page.wait_for_function(f"() => {wait_for}", timeout=60_000)  # a function: the CSP forbids eval
    return result
