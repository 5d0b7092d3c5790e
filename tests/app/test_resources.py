"""The data files: help by country (each entry sourced) and the one child-facing text catalogue."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from device_app.resources import countries, device_country, help_for, normalise_country, texts

REQUIRED = ("GB", "US", "AU", "CA", "IE", "INT")
CHILD_KEYS = ("onboarding.", "alert.", "help.", "share.", "done.", "tactic.", "privacy", "status.")
GROWN_UP_WORDS = ("flatter", "moderator", "enrol", "server", "outbox", "token", "sync")


def raw_help() -> dict:
    return json.loads(resources.files("device_app.resources").joinpath("help_resources.json").read_text())


@pytest.mark.parametrize("country", REQUIRED)
def test_each_required_country_has_a_helpline_a_report_route_and_a_take_down_service(country):
    kinds = {r.kind for r in help_for(country).resources}
    assert kinds == {"talk", "report", "take_down"}


def test_every_help_entry_names_an_https_source_and_address():
    for code, entry in raw_help()["countries"].items():
        for item in entry["resources"]:
            assert item["source"].startswith("https://") and item["url"].startswith("https://"), (code, item)
            assert item["what"] and len(item["what"]) < 200, (code, item["name"])


@pytest.mark.parametrize(("given", "code"), [("en_GB.UTF-8", "GB"), ("UK", "GB"), ("en-us", "US"), ("fr_CA", "CA"),
                                             ("C.UTF-8", None), ("POSIX", None), ("", None), ("\u202eGB", None)])  # fmt: skip
def test_locales_and_country_names_become_country_codes(given, code):
    assert normalise_country(given) == code


def test_an_unlisted_or_unknown_country_gets_the_international_help():
    assert help_for("BR").country == help_for(None).country == "INT"


def test_the_parent_can_choose_among_every_listed_country():
    assert {code for code, _ in countries()} == set(raw_help()["countries"])


def test_guardline_country_overrides_the_locale(monkeypatch):
    monkeypatch.setenv("GUARDLINE_COUNTRY", "au")
    assert device_country() == "AU"


def test_every_child_facing_text_avoids_grown_up_words():
    catalogue = texts()
    for key, value in catalogue.entries.items():
        if key.startswith(CHILD_KEYS) and ".grown_up." not in key:
            joined = " ".join(value) if isinstance(value, list) else value
            assert not any(w in joined.lower() for w in GROWN_UP_WORDS), key


def test_every_placeholder_in_the_catalogue_is_filled_by_a_known_name():
    allowed = {"contact", "platform", "count", "number", "server", "when"}
    for key, value in texts().entries.items():
        for text in value if isinstance(value, list) else [value]:
            assert set(re.findall(r"\{(\w+)\}", text)) <= allowed, key


def test_a_missing_translation_falls_back_to_english():
    assert texts("xx").language == "en" and texts("xx")("alert.button.ok") == "I'm OK"
