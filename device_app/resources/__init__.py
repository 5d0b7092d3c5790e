"""Data files the app reads: the child-facing text catalogue and help resources by country.

Both are found through `importlib.resources`, so they work from a source checkout and an installed
wheel alike. `texts()` returns the catalogue for a language (English until a translation exists);
`help_for()` picks the helplines, reporting and take-down services for a country, with an
international fallback for any country the file does not list.
"""

from __future__ import annotations

import json
import locale
import os
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

FALLBACK_COUNTRY = "INT"
COUNTRY_ALIASES = {"UK": "GB"}  # what people write -> ISO 3166 alpha-2
KINDS = ("talk", "take_down", "report")


def _load(name: str) -> Any:
    return json.loads(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))


class Texts:
    """The catalogue: `t("alert.where", contact=..., platform=...)`; a missing key is a KeyError."""

    def __init__(self, entries: dict[str, Any], language: str) -> None:
        self.entries = entries
        self.language = language

    def __call__(self, key: str, **values: Any) -> str:
        text = self.entries[key]
        if not isinstance(text, str):
            raise TypeError(f"text {key!r} is a list; use lines()")
        return text.format(**values) if values else text

    def lines(self, key: str) -> tuple[str, ...]:
        value = self.entries[key]
        return tuple(value) if isinstance(value, list) else (value,)


@cache
def texts(language: str = "en") -> Texts:
    """The catalogue for `language` (texts_<language>.json), English when there is no translation."""
    for lang in (language, "en"):
        try:
            data = _load(f"texts_{lang}.json")
        except FileNotFoundError:
            continue
        return Texts(data["texts"], data.get("language", lang))
    raise FileNotFoundError("texts_en.json is missing from device_app/resources")


@dataclass(frozen=True)
class HelpResource:
    kind: str  # talk | take_down | report
    name: str
    what: str  # one child-facing sentence
    url: str
    contact: str
    source: str  # where the details were checked


@dataclass(frozen=True)
class CountryHelp:
    country: str  # the key used: an ISO code, or INT
    name: str
    emergency: str
    resources: tuple[HelpResource, ...]

    def ordered(self, sextortion: bool) -> tuple[HelpResource, ...]:
        """Talk first; for sextortion, take-down first, then reporting, then talking."""
        order = ("take_down", "report", "talk") if sextortion else ("talk", "report", "take_down")
        return tuple(sorted(self.resources, key=lambda r: order.index(r.kind) if r.kind in order else 9))


@cache
def _help_table() -> dict[str, CountryHelp]:
    table = {}
    for code, entry in _load("help_resources.json")["countries"].items():
        table[code] = CountryHelp(
            country=code,
            name=entry["name"],
            emergency=entry["emergency"],
            resources=tuple(HelpResource(**r) for r in entry["resources"]),
        )
    return table


def normalise_country(code: str | None) -> str | None:
    """'gb', 'UK', 'en_GB.UTF-8' -> 'GB'; None for anything that names no country."""
    if not code:
        return None
    text = code.strip().split(".")[0].split("@")[0]
    if "_" in text or "-" in text:
        text = text.replace("-", "_").split("_")[-1]
    text = text.upper()
    text = COUNTRY_ALIASES.get(text, text)
    return text if len(text) == 2 and text.isascii() and text.isalpha() else None


def help_for(country: str | None) -> CountryHelp:
    """Help for this country; the international list for one the file does not hold."""
    table = _help_table()
    return table.get(normalise_country(country) or "", table[FALLBACK_COUNTRY])


def countries() -> list[tuple[str, str]]:
    """(code, name) of every country with its own help, then the fallback."""
    table = _help_table()
    listed = sorted((c, h.name) for c, h in table.items() if c != FALLBACK_COUNTRY)
    return [*listed, (FALLBACK_COUNTRY, table[FALLBACK_COUNTRY].name)]


def device_country() -> str | None:
    """The country of the device's locale: Android's Locale, else LC_ALL / LC_MESSAGES / LANG."""
    override = normalise_country(os.environ.get("GUARDLINE_COUNTRY"))
    if override:
        return override
    try:  # on a phone, the system locale; pyjnius exists only there
        from jnius import autoclass

        return normalise_country(str(autoclass("java.util.Locale").getDefault().getCountry()))
    except Exception:  # noqa: BLE001 - not on Android
        pass
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        found = normalise_country(os.environ.get(name))
        if found:
            return found
    return normalise_country(locale.getlocale()[0])
