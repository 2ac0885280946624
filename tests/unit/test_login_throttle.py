"""Wrong passwords slow the login down, and are written to the audit log at the next login.

The clock is replaced (``desktop.services.login.datetime``) so the growing
delays are checked without waiting for them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.services import audit
from desktop.services.login import LoginThrottle, delay_after
from desktop.services.places import Places
from desktop.services.session import TooManyAttempts
from desktop.vault import UnknownUser, WrongPassword, read_header
from tests.ledger_fixtures import CLERK, MANAGER, MANAGER_PASSWORD, Login, digest

START = datetime(2026, 4, 1, 9, 0, 0, tzinfo=UTC)


class Clock:
    """A stand-in for ``datetime`` in the login module: ``now()`` is whatever the test says."""

    def __init__(self) -> None:
        self.current = START

    def advance(self, seconds: float) -> None:
        self.current += timedelta(seconds=seconds)

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        clock = self

        class FakeDatetime(datetime):
            @classmethod
            def now(cls, tz: object = None) -> datetime:  # type: ignore[override]
                return clock.current

        monkeypatch.setattr("desktop.services.login.datetime", FakeDatetime)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = Clock()
    clock.install(monkeypatch)
    return clock


def test_the_delay_grows_then_stops_at_thirty_seconds() -> None:
    assert [delay_after(failures) for failures in range(10)] == [0, 0, 0, 1, 2, 4, 8, 16, 30, 30]
    assert delay_after(100) == 30


def test_three_wrong_passwords_then_the_right_one_are_recorded(
    clock: Clock, login: Login, ledger_file: Path
) -> None:
    for _ in range(3):
        with pytest.raises(WrongPassword):
            login(MANAGER, "guess-guess")
    before = digest(ledger_file)
    with pytest.raises(TooManyAttempts) as waiting:
        login()  # even the right password waits
    assert waiting.value.seconds == 1
    assert "Wait 1 seconds" in str(waiting.value)
    assert digest(ledger_file) == before  # nothing was decrypted or written

    clock.advance(1)
    manager = login()
    assert manager.actor is not None
    (failures, logged_in) = reversed(audit.list_events(manager, manager.actor, limit=2))
    assert (failures.action, failures.username) == ("login.failures", MANAGER)
    assert failures.summary.startswith("wrong passwords before this login: 3,")
    assert START.isoformat(timespec="seconds") in failures.summary
    assert logged_in.action == "login"
    manager.close()

    # The count was cleared by the successful login: the next login records nothing more.
    manager = login()
    assert manager.actor is not None
    assert [e.action for e in audit.list_events(manager, manager.actor, limit=2)] == [
        "login",
        "login",
    ]


def test_each_failure_makes_the_next_wait_longer(
    clock: Clock, login: Login, ledger_file: Path, places: Places
) -> None:
    file_id = read_header(ledger_file).file_id
    throttle = LoginThrottle(places.login_failures)
    waits = []
    for failures in range(1, 11):
        with pytest.raises(WrongPassword):
            login(MANAGER, "guess-guess")
        wait = throttle.wait_seconds(file_id, MANAGER)
        waits.append(wait)
        if wait:
            with pytest.raises(TooManyAttempts) as waiting:
                login()
            assert waiting.value.seconds == wait
            clock.advance(wait - 0.5)
            with pytest.raises(TooManyAttempts) as almost:
                login()
            assert almost.value.seconds == 1
            clock.advance(0.5)
        assert throttle.failures(file_id, MANAGER).count == failures
    assert waits == [0, 0, 1, 2, 4, 8, 16, 30, 30, 30]

    manager = login()
    assert manager.actor is not None
    (recorded,) = audit.list_events(manager, manager.actor, action="login.failures")
    assert recorded.summary.startswith("wrong passwords before this login: 10,")
    assert throttle.failures(file_id, MANAGER).count == 0


def test_failures_count_per_user_and_per_ledger(
    clock: Clock, login: Login, ledger_file: Path, places: Places
) -> None:
    for _ in range(3):
        with pytest.raises(WrongPassword):
            login(MANAGER, "guess-guess")
    with pytest.raises(TooManyAttempts):
        login("MANAGER", MANAGER_PASSWORD)  # the same person, however the name is typed
    login(CLERK).close()  # another user is not slowed down

    throttle = LoginThrottle(places.login_failures)
    assert throttle.failures(read_header(ledger_file).file_id, "Manager").count == 3
    assert throttle.failures("another-ledger", MANAGER).count == 0
    assert throttle.wait_seconds("another-ledger", MANAGER) == 0


def test_guessing_user_names_is_slowed_down_too(clock: Clock, login: Login) -> None:
    for _ in range(3):
        with pytest.raises(UnknownUser):
            login("nobody", "some-password")
    with pytest.raises(TooManyAttempts):
        login("nobody", "some-password")


def test_a_damaged_failures_file_does_not_block_logins(login: Login, places: Places) -> None:
    places.data_dir.mkdir(parents=True, exist_ok=True)
    for content in (b"\x00\xff not json", b"[1, 2, 3]", b'{"x": 5}'):
        places.login_failures.write_bytes(content)
        login().close()
    with pytest.raises(WrongPassword):
        login(MANAGER, "guess-guess")
    assert (
        LoginThrottle(places.login_failures)
        .failures(read_header(places.data_dir.parent / "office.pldb").file_id, MANAGER)
        .count
        == 1
    )
