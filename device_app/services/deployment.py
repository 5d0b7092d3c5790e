"""Parent-led set-up: the server and enrolment come from whoever deploys Guardline, never from the child.

Three ways, strongest first:
1. the app's start-up settings (`GUARDLINE_SERVER`, `GUARDLINE_ENROLLMENT_CODE`; `make run` uses these);
2. `assets/deployment.json`, shipped by a school or family-safety provider in its build of the app
   (or another file named by `GUARDLINE_DEPLOYMENT`);
3. a set-up link the deployment hands out (often as a QR code), entered behind the parent PIN:
   `guardline://setup?server=https%3A%2F%2Fguardline.example&code=ABC123&country=GB`.
A blank field never overwrites a value from a stronger source.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

from ..core.bundle import ASSETS_DIR

DEPLOYMENT_FILE = ASSETS_DIR / "deployment.json"
SETUP_SCHEME = "guardline"
MAX_FILE_BYTES = 64 * 1024


class DeploymentError(ValueError):
    """A deployment file or set-up link that cannot be used; the message says why, in plain words."""


@dataclass(frozen=True)
class Deployment:
    server_url: str | None = None
    enrollment_code: str | None = None
    country: str | None = None  # ISO 3166 alpha-2, e.g. "GB"

    def merged_over(self, weaker: Deployment) -> Deployment:
        """This deployment's non-blank fields over `weaker`'s."""
        return replace(
            weaker,
            **{k: v for k, v in vars(self).items() if v},
        )


def _field(raw: object, name: str, where: str, limit: int = 2000) -> str | None:
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise DeploymentError(f"{where}: {name} must be text")
    text = raw.strip()
    if len(text) > limit or any(
        ord(c) < 32 or 0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 for c in text
    ):
        raise DeploymentError(f"{where}: {name} is too long or holds control characters")
    return text or None


def _build(values: dict[str, object], where: str) -> Deployment:
    server = _field(values.get("server_url"), "server_url", where)
    if server and (not server.startswith(("http://", "https://")) or any(c.isspace() for c in server)):
        raise DeploymentError(f"{where}: server_url must start with http:// or https:// and have no spaces")
    code = _field(values.get("enrollment_code"), "enrollment_code", where, limit=200)
    country = _field(values.get("country"), "country", where, limit=40)
    if country and not (len(country) == 2 and country.isascii() and country.isalpha()):
        raise DeploymentError(f"{where}: country must be a two-letter code such as GB or US")
    return Deployment(server.rstrip("/") if server else None, code, country.upper() if country else None)


def load_deployment(path: str | Path | None = None) -> Deployment:
    """The deployment file's settings; no file gives an empty Deployment, a broken one a DeploymentError."""
    path = Path(path or os.environ.get("GUARDLINE_DEPLOYMENT") or DEPLOYMENT_FILE)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Deployment()
    if len(data) > MAX_FILE_BYTES:
        raise DeploymentError(f"{path.name}: larger than {MAX_FILE_BYTES // 1024} KB")
    if not data.strip():
        raise DeploymentError(f"{path.name}: the file is empty")
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise DeploymentError(f"{path.name}: not valid JSON ({exc})") from exc
    if not isinstance(raw, dict):
        raise DeploymentError(f"{path.name}: expected a JSON object")
    return _build(raw, path.name)


def from_environment(environ: dict[str, str] | None = None) -> Deployment:
    env = os.environ if environ is None else environ
    return _build(
        {"server_url": env.get("GUARDLINE_SERVER"), "enrollment_code": env.get("GUARDLINE_ENROLLMENT_CODE")},
        "environment",
    )


def parse_setup_link(text: str) -> Deployment:
    """A set-up link (or a bare server address) as a Deployment; DeploymentError when it is neither."""
    text = (text or "").strip()
    if not text:
        raise DeploymentError("the set-up code is empty")
    if text.startswith(("http://", "https://")):
        return _build({"server_url": text}, "set-up code")
    parts = urlsplit(text)
    if parts.scheme != SETUP_SCHEME or parts.netloc != "setup":
        raise DeploymentError("that is not a Guardline set-up code (it starts with guardline://setup?)")
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    deployment = _build(
        {
            "server_url": query.get("server"),
            "enrollment_code": query.get("code"),
            "country": query.get("country"),
        },
        "set-up code",
    )
    if not deployment.server_url:
        raise DeploymentError("the set-up code names no server")
    return deployment


def setup_link(deployment: Deployment) -> str:
    """The link a deployment hands out; `parse_setup_link` reads it back."""
    query = {
        "server": deployment.server_url,
        "code": deployment.enrollment_code,
        "country": deployment.country,
    }
    return f"{SETUP_SCHEME}://setup?" + urlencode({k: v for k, v in query.items() if v})


def setup_qr_png(deployment: Deployment, path: str | Path, scale: int = 6) -> Path:
    """The set-up link as a QR code image, for a deployment to print or show."""
    import segno

    segno.make(setup_link(deployment), error="m").save(str(path), scale=scale)
    return Path(path)


def main(argv: list[str] | None = None) -> int:
    """`python -m device_app.services.deployment --server URL [--code C] [--country GB] [--qr FILE.png]`:
    print the set-up link a deployment hands to parents, and optionally its QR code."""
    import argparse
    import sys

    parser = argparse.ArgumentParser(
        prog="python -m device_app.services.deployment", description=main.__doc__
    )
    parser.add_argument("--server", required=True, help="the sync server's address, https://...")
    parser.add_argument("--code", default=None, help="the enrolment code, if the server asks for one")
    parser.add_argument("--country", default=None, help="two-letter country whose help children see")
    parser.add_argument("--qr", default=None, help="also write the link as a QR code PNG here")
    args = parser.parse_args(argv)
    try:
        deployment = _build(
            {"server_url": args.server, "enrollment_code": args.code, "country": args.country}, "arguments"
        )
    except DeploymentError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(setup_link(deployment))
    if args.qr:
        print(f"QR code written to {setup_qr_png(deployment, args.qr)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
