"""Typed device settings: saved at once, survive a restart, never broken by a bad or old file."""

from __future__ import annotations

import json

import pytest

from device_app.core.outbox import Outbox
from device_app.services.state import DeviceSettings, DeviceState


def test_a_change_survives_a_restart(tmp_path):
    DeviceState(tmp_path).update(server_url="https://g.example", parent_failures=2)
    again = DeviceState(tmp_path).settings
    assert again.server_url == "https://g.example" and again.parent_failures == 2


def test_none_resets_a_setting_to_its_default(tmp_path):
    state = DeviceState(tmp_path)
    state.update(device_token="t0k3n", onboarded=True)
    state.update(device_token=None, onboarded=None)
    assert state.settings.device_token is None and state.settings.onboarded is False


def test_an_unknown_setting_is_a_clear_error(tmp_path):
    with pytest.raises(TypeError, match="no device setting"):
        DeviceState(tmp_path).update(**{"server.url": "x"})


@pytest.mark.parametrize(
    ("name", "value"), [("parent_failures", "3"), ("onboarded", 1), ("parent_locked_until", float("nan"))]
)
def test_a_value_of_the_wrong_type_is_refused_and_nothing_changes(tmp_path, name, value):
    state = DeviceState(tmp_path)
    with pytest.raises(TypeError, match="wrong type"):
        state.update(**{name: value})
    assert state.settings == DeviceSettings() and DeviceState(tmp_path).settings == DeviceSettings()


def test_an_unreadable_file_is_kept_aside_and_the_app_starts_fresh(tmp_path):
    (tmp_path / DeviceState.FILE_NAME).write_bytes(b'{"server_url": "https://g.exa')
    state = DeviceState(tmp_path)
    assert state.settings == DeviceSettings()
    assert [p.name for p in tmp_path.glob("device_state.json.unreadable-*")]


def test_fields_of_the_wrong_type_in_the_file_fall_back_to_defaults(tmp_path):
    raw = {"server_url": 42, "parent_failures": True, "age_band": "13-15", "future_field": [1, 2]}
    (tmp_path / DeviceState.FILE_NAME).write_text(json.dumps(raw))
    settings = DeviceState(tmp_path).settings
    assert settings.server_url is None and settings.parent_failures == 0 and settings.age_band == "13-15"


def test_an_older_apps_settings_move_out_of_the_outbox_once(tmp_path):
    outbox = Outbox(tmp_path / "guardline.sqlite3")
    outbox.set_state(**{"server.url": "https://old.example", "device.token": "t", "app.onboarded": True})
    settings = DeviceState(tmp_path, legacy=outbox).settings
    assert (settings.server_url, settings.device_token, settings.onboarded) == (
        "https://old.example",
        "t",
        True,
    )
    assert outbox.get_state("device.token") is None
    outbox.close()


def test_long_and_control_character_values_round_trip_unchanged(tmp_path):
    weird = "\u202e" + "x" * 10_000 + "\x00"
    DeviceState(tmp_path).update(enrollment_code=weird)
    assert DeviceState(tmp_path).settings.enrollment_code == weird
