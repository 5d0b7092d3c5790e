"""Over-the-air model updates (SPEC §5): a new bundle runs only after every check has passed.

Order of checks, cheapest first, each with its own refusal reason:

    manifest (ETag)  -> version strictly higher than the running one (no downgrade, no replay)
    -> size cap, app version -> download -> size (truncated?) -> sha256 (tampered?)
    -> Ed25519 signature against keys pinned in the app (unsigned? wrong key?) -> zip + manifest
    (corrupt?) -> featuriser fingerprint -> manifest version -> model loads -> probe messages
    -> atomic install (temp file, fsync, os.replace; previous bundle kept) -> reload from disk
    (else roll back) -> swap into the running monitor

Scanning never stops: the running detector is only replaced at the very end, between two messages.

Exceptions::

    UpdateRefused (Exception)   .reason is a short code (see REASONS); the message says why in words
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from .bundle import MAX_BUNDLE_BYTES, PINNED_KEYS_DIR, SHIPPED_BUNDLE, BundleError, ModelBundle, parse_bundle
from .conversations import Message
from .pipeline import Detector
from .signing import SignatureError, load_pinned_keys, pinned_key_sources, sha256_hex, verify_bytes
from .sync_client import ModelManifest, ProtocolError, SyncError
from .versions import VersionError, is_upgrade

REASONS = (
    "bad_version",
    "downgrade",
    "too_large",
    "app_too_old",
    "truncated",
    "size_mismatch",
    "sha256_mismatch",
    "unsigned",
    "bad_signature",
    "no_trusted_keys",
    "corrupt",
    "fingerprint_mismatch",
    "version_mismatch",
    "does_not_load",
    "failed_sanity",
    "install_failed",
)

# Refusals that are facts about the published bytes + signature (their sha256 matched the manifest), so
# downloading them again can only fail again. Transfer problems (truncated, sha256 or size mismatch: a bad
# network or a man in the middle), manifest-only checks and local disk trouble are retried next time.
REMEMBERED = frozenset(
    {"bad_version", "downgrade", "unsigned", "bad_signature", "corrupt", "fingerprint_mismatch",
     "version_mismatch", "does_not_load", "failed_sanity"}
)  # fmt: skip

# Built-in probes: a model that cannot tell these apart must never replace one that can.
PROBE_GROOMING: tuple[Message, ...] = (
    Message("contact", "you're so mature for your age, way more than other kids"),
    Message("contact", "how old are you? are your parents home right now?"),
    Message("contact", "don't tell anyone about us ok, it's our little secret"),
    Message("contact", "add me on snap so we can talk private, and send me a pic of you"),
)
PROBE_BENIGN: tuple[Message, ...] = (
    Message("contact", "gg that was a close game"),
    Message("contact", "did you finish the maths homework?"),
    Message("contact", "see you at football practice tomorrow"),
    Message("contact", "haha that video was so funny"),
)


class UpdateRefused(Exception):
    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class UpdateResult:
    status: str  # up_to_date | installed | refused | unavailable
    version: str
    reason: str | None = None
    message: str = ""


class ManifestSource(Protocol):
    def current_model(self, etag: str | None = None) -> ModelManifest | None: ...
    def download(self, url: str, max_bytes: int) -> bytes: ...


class StateStore(Protocol):
    def get_state(self, key: str, default: Any = None) -> Any: ...
    def set_state(self, **values: Any) -> None: ...


def _identity(manifest: ModelManifest) -> str:
    """What a refusal is remembered by: the bytes and the signature offered for them."""
    return f"{manifest.sha256}:{manifest.signature or ''}"


def _version_tuple(text: str) -> tuple[int, ...]:
    parts = []
    for piece in text.split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # some filesystems (and Windows) cannot open a directory; the rename still happened
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def sanity_check(detector: Detector) -> None:
    """The model must give finite scores and rank the grooming probe above the benign one."""

    def peak(messages: tuple[Message, ...]) -> float:
        state = detector.new_conversation("probe")
        best = 0.0
        for message in messages:
            step = detector.observe(state, message)
            if step.scores is None:  # probes are all contact messages; kept for type narrowing
                continue
            values = [step.scores.grooming, step.risk, *step.scores.tactics.values()]
            if not all(math.isfinite(v) for v in values):
                raise UpdateRefused("failed_sanity", "the new model produces non-finite scores")
            best = max(best, step.scores.grooming)
        return best

    grooming, benign = peak(PROBE_GROOMING), peak(PROBE_BENIGN)
    if not grooming > benign:
        raise UpdateRefused(
            "failed_sanity",
            f"the new model scores a clear grooming probe ({grooming:.3f}) no higher than a benign one ({benign:.3f})",
        )


class ModelStore:
    """`current.zip` is what runs; `previous.zip` the last good one; absent both, the shipped bundle."""

    def __init__(self, directory: str | Path, shipped: str | Path = SHIPPED_BUNDLE) -> None:
        self.dir = Path(directory)
        self.shipped = Path(shipped)

    @property
    def current(self) -> Path:
        return self.dir / "current.zip"

    @property
    def previous(self) -> Path:
        return self.dir / "previous.zip"

    def install(self, data: bytes) -> None:
        """Atomically make `data` current: at every instant `current.zip` is a whole bundle or absent."""
        self.dir.mkdir(parents=True, exist_ok=True)
        incoming = self.dir / "incoming.zip.tmp"
        _write_synced(incoming, data)
        if self.current.exists():
            keep = self.dir / "previous.zip.tmp"
            _write_synced(keep, self.current.read_bytes())
            os.replace(keep, self.previous)
        elif self.previous.exists():  # running the shipped bundle: that is the one to fall back to
            self.previous.unlink()
        os.replace(incoming, self.current)
        _fsync_dir(self.dir)

    def rollback(self) -> None:
        """Back to the last good bundle (or the shipped one)."""
        if self.previous.exists():
            os.replace(self.previous, self.current)
        elif self.current.exists():
            self.current.unlink()
        _fsync_dir(self.dir)

    def load_detector(self, factory: Callable[[Path], Detector] = Detector.from_path) -> tuple[Detector, str]:
        """The best bundle that loads: current, else previous (rolled back), else shipped.

        An app update may ship a bundle newer than the one downloaded earlier: then the shipped one runs
        (the downloaded one is never preferred over a higher version).
        """
        for _ in range(2):
            if not self.current.exists():
                break
            try:
                installed = factory(self.current)
            except Exception:
                self.rollback()
                continue
            shipped = factory(self.shipped)
            if _newer(shipped.model_version, installed.model_version):
                return shipped, "shipped"
            return installed, "installed"
        return factory(self.shipped), "shipped"


def _newer(candidate: str, than: str) -> bool:
    try:
        return is_upgrade(candidate, than)
    except VersionError:
        return False


class Updater:
    """Checks the server for a newer bundle and swaps it in only when every check passed."""

    def __init__(
        self,
        client: ManifestSource,
        store: ModelStore,
        state: StateStore,
        swap: Callable[[Detector], None],
        current_version: Callable[[], str],
        *,
        keys_dir: str | Path | Sequence[str | Path] = PINNED_KEYS_DIR,
        app_version: str = "1.0.0",
        environ: Mapping[str, str] | None = None,
        bundle_loader: Callable[[ModelBundle], Detector] = Detector,
        path_loader: Callable[[Path], Detector] = Detector.from_path,
    ) -> None:
        self.client = client
        self.store = store
        self.state = state
        self.swap = swap
        self.current_version = current_version
        dirs = [keys_dir] if isinstance(keys_dir, str | Path) else list(keys_dir)
        self.key_sources = pinned_key_sources(dirs, os.environ if environ is None else environ)
        self.app_version = app_version
        self.bundle_loader = bundle_loader
        self.path_loader = path_loader

    def check(self) -> UpdateResult:
        """One update round; never raises for a bad bundle or a dead server: see the result."""
        running = self.current_version()
        try:
            manifest = self.client.current_model(self.state.get_state("model.etag"))
        except SyncError as exc:
            return UpdateResult("unavailable", running, message=str(exc))
        if manifest is None or manifest.version == running:
            if manifest is not None:
                self.state.set_state(**{"model.etag": manifest.etag})
            return UpdateResult("up_to_date", running)
        if _identity(manifest) == self.state.get_state("model.refused_sha256"):
            reason = self.state.get_state("model.refused_reason", "refused")
            return UpdateResult("refused", running, reason, "this bundle was already refused")
        try:
            self._check_order(manifest.version, running)
            data, detector = self._verify(manifest)
            self._install(data, detector)
        except UpdateRefused as exc:
            if exc.reason in REMEMBERED:  # the published bytes themselves are bad: don't fetch them again
                self.state.set_state(
                    **{"model.refused_sha256": _identity(manifest), "model.refused_reason": exc.reason}
                )
            return UpdateResult("refused", running, exc.reason, str(exc))
        except SyncError as exc:
            return UpdateResult("unavailable", running, message=str(exc))
        self.state.set_state(
            **{
                "model.etag": manifest.etag,
                "model.version": manifest.version,
                "model.refused_sha256": None,
                "model.refused_reason": None,
            }
        )
        return UpdateResult("installed", manifest.version, message=f"now running model {manifest.version}")

    @staticmethod
    def _check_order(offered: str, running: str) -> None:
        """Refuse, before any download, a version that is not strictly higher than the running one."""
        try:
            upgrade = is_upgrade(offered, running)
        except VersionError as exc:
            raise UpdateRefused("bad_version", str(exc)) from exc
        if not upgrade:
            raise UpdateRefused(
                "downgrade",
                f"model {offered} is not newer than the running {running}; an older bundle is never installed",
            )

    def _verify(self, manifest: ModelManifest) -> tuple[bytes, Detector]:
        if manifest.size > MAX_BUNDLE_BYTES:
            raise UpdateRefused(
                "too_large", f"bundle of {manifest.size} bytes is over the {MAX_BUNDLE_BYTES} limit"
            )
        if _version_tuple(manifest.min_app_version) > _version_tuple(self.app_version):
            raise UpdateRefused(
                "app_too_old",
                f"model {manifest.version} needs app {manifest.min_app_version}; this is {self.app_version}",
            )
        try:
            data = self.client.download(manifest.download_url, max_bytes=manifest.size)
        except ProtocolError as exc:
            raise UpdateRefused(
                "size_mismatch", f"download is larger than the announced {manifest.size} bytes"
            ) from exc
        if len(data) < manifest.size:
            raise UpdateRefused("truncated", f"download stopped at {len(data)} of {manifest.size} bytes")
        if sha256_hex(data) != manifest.sha256:
            raise UpdateRefused(
                "sha256_mismatch", "bundle bytes do not match the manifest's sha256 (tampered?)"
            )
        return data, self._verify_bytes(data, manifest)

    def _verify_bytes(self, data: bytes, manifest: ModelManifest) -> Detector:
        try:
            keys = load_pinned_keys(self.key_sources)
        except SignatureError as exc:
            raise UpdateRefused("no_trusted_keys", f"a pinned key is unusable: {exc}") from exc
        if not keys:
            where = ", ".join(str(p) for p in self.key_sources) or "nowhere"
            raise UpdateRefused("no_trusted_keys", f"no pinned public keys in {where}")
        try:
            verify_bytes(data, manifest.signature, keys)
        except SignatureError as exc:
            reason = "unsigned" if not manifest.signature else "bad_signature"
            raise UpdateRefused(reason, f"signature check failed: {exc}") from exc
        try:
            bundle = parse_bundle(data)
        except BundleError as exc:
            raise UpdateRefused("corrupt", f"bundle is corrupt: {exc}") from exc
        try:
            bundle.check_fingerprint()
        except BundleError as exc:
            raise UpdateRefused("fingerprint_mismatch", str(exc)) from exc
        if bundle.version != manifest.version:
            raise UpdateRefused(
                "version_mismatch", f"bundle says version {bundle.version}, manifest says {manifest.version}"
            )
        try:
            detector = self.bundle_loader(bundle)
        except Exception as exc:
            raise UpdateRefused("does_not_load", f"the new model does not load: {exc}") from exc
        sanity_check(detector)
        return detector

    def _install(self, data: bytes, detector: Detector) -> None:
        data_sha = detector.bundle.sha256
        try:
            self.store.install(data)
        except OSError as exc:
            raise UpdateRefused("install_failed", f"could not write the new bundle: {exc}") from exc
        try:
            reloaded = self.path_loader(self.store.current)
            if reloaded.bundle.sha256 != data_sha:
                raise BundleError("the bundle on disk differs from the verified download")
        except Exception as exc:
            self.store.rollback()
            raise UpdateRefused(
                "install_failed", f"installed bundle failed to load; rolled back: {exc}"
            ) from exc
        self.swap(reloaded)
