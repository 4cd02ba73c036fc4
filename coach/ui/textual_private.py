"""Every use of Textual's private API in coach, in one place, each with the reason it is needed.

coach uses only Textual's public API, except for three things Textual (8.x) offers no public way
to do. Each is asked for upstream; when Textual gives a public way, the use goes:

- Being told of every error nothing caught (in a handler, a worker, a timer, a render) instead of
  Textual printing its traceback, with local variables, on the patient's terminal: `App` has no
  public hook, only the private `_handle_exception`. Asked for in
  https://github.com/Textualize/textual/issues/2818 ("Hook to exception handling") and
  https://github.com/Textualize/textual/issues/5931 ("Capture traceback in log file", open).
  Overriding it also means keeping the error where `run_test` re-raises it (`_exception`,
  `_exception_event`), so that a bug still fails its test.
- Recovering from an error in the app's own message handlers (the kiosk goes back to its attract
  screen): Textual stops a message loop at its first error, and non-event messages reach the app's
  handlers through no public method; only the private `_dispatch_message` sees them all (the
  same issue #2818: "the application hangs right after throwing an exception").
- Forgetting what the last kiosk visitor's screens drew: `StylesCache.get_inner_outer` is an
  `lru_cache` on a method, so it keeps up to 1,024 gone widgets' style caches (and the lines they
  drew) alive; only `cache_clear` on that private module's class lets them go. Reported in
  https://github.com/Textualize/textual/issues/6665 (open).

tests/ui/test_textual_private_api.py fails loudly when a Textual upgrade reshapes any of these,
and checks that no other module in coach uses a private Textual name.
"""

from __future__ import annotations

from typing import ClassVar

from textual._styles_cache import StylesCache
from textual.app import App
from textual.message import Message


class ErrorHookApp(App[int]):
    """An app told of every error nothing caught, through `on_unexpected_error`."""

    # `run_test` re-raises the first unexpected error when a test ends, so that a bug fails its
    # test loudly; an app that recovers from errors (the kiosk) says False.
    ERRORS_FAIL_TESTS: ClassVar[bool] = True

    def on_unexpected_error(self, error: Exception) -> None:
        """A bug nothing caught; Textual's own answer prints its traceback and ends the app."""
        super()._handle_exception(error)

    def _handle_exception(self, error: Exception) -> None:
        # Textual calls this with every error nothing caught (issue #2818).
        if self.ERRORS_FAIL_TESTS and self._exception is None:
            self._exception = error
            self._exception_event.set()
        self.on_unexpected_error(error)


class RecoveringApp(ErrorHookApp):
    """An app that goes on after an unexpected error, even one in its own message handlers."""

    ERRORS_FAIL_TESTS = False

    async def _dispatch_message(self, message: Message) -> None:
        # A key bound to a screen's action runs that action in the app's own message loop, and
        # a screen's message reaches the app's handler there too; Textual stops a loop at its
        # first error (issue #2818), so the app's messages are guarded here, one by one.
        try:
            await super()._dispatch_message(message)
        except Exception as error:
            self.on_unexpected_error(error)


def forget_style_cache() -> None:
    """Drop Textual's cache of style pairs, and with it the gone widgets' render caches it keeps
    alive (issue #6665)."""
    cached = getattr(StylesCache.get_inner_outer, "cache_clear", None)
    if cached is not None:  # never fail a kiosk over it: the test says when it has gone
        cached()
