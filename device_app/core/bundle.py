"""Model bundles (SPEC §5): one zip holding `manifest.json` and `model.tflite`.

The bundle's bytes are what ML staff sign and what the server and devices hash, so the zip is written
deterministically (fixed timestamps, fixed order): rebuilding the same model gives the same sha256.
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from .featuriser import FeaturiserSettings, featuriser_fingerprint
from .signing import sha256_hex
from .vocabulary import SEVERE_TACTICS, TACTICS

BUNDLE_FORMAT = 1
MANIFEST_NAME = "manifest.json"
MODEL_NAME = "model.tflite"
MAX_BUNDLE_BYTES = 16 * 1024 * 1024
# Shipped files live in the package (`device_app/assets`, a link to the repository's `assets/` in a checkout),
# found through importlib.resources so an installed wheel finds them too.
ASSETS_DIR = Path(str(resources.files("device_app") / "assets"))
SHIPPED_BUNDLE = ASSETS_DIR / "model" / "guardline-bundle.zip"
PINNED_KEYS_DIR = ASSETS_DIR / "keys"


class BundleError(ValueError):
    """The bundle cannot be used: corrupt, incomplete, or built for a different featuriser."""


@dataclass(frozen=True)
class PolicySettings:
    """Conversation tracker and alert policy knobs; fitted at training time, shipped in the manifest.

    Fields added later have defaults that reproduce the older behaviour, so an older manifest still
    means what it meant: no instant alerts, every tactic named at its own threshold.
    """

    decay: float = 0.85
    noise_floor: float = 0.2
    alert_threshold: float = 0.7
    tag_threshold: float = 0.5
    tag_decay: float = 0.95
    escalation_tactics: tuple[str, ...] = tuple(t for t in TACTICS if t in SEVERE_TACTICS)
    escalation_threshold: float = 0.6
    min_tactics: int = 1  # distinct tactics clearly seen (evidence >= clear_threshold) before a first alert
    clear_threshold: float = 0.5
    tag_thresholds: dict[str, float] = field(default_factory=dict)
    # Severity (policy v2): one message that clearly shows a severe tactic alerts at once.
    instant_thresholds: dict[str, float] = field(default_factory=dict)  # tactic -> message score; absent: never
    instant_grooming: float = 0.5  # ... when the same message's grooming score is at least this
    severe_counts_double: bool = False  # a clearly seen severe tactic satisfies min_tactics on its own
    name_threshold: float = 0.0  # an alert names a tactic only with evidence >= max(this, its threshold)
    min_risky_messages: int = 1  # accumulated alerts need this many of the speaker's messages over the floor
    sustained_run: int = 0  # >0: this many consecutive messages of one speaker with grooming >= the next
    sustained_grooming: float = 0.95  # ... alert even before min_tactics distinct tactics are clear
    sustained_window: int = 0  # >0: the run counts confident moves among the speaker's last this-many messages
    # >0: earlier moves of a run need only this grooming score (the move that fires still needs
    # sustained_grooming): "a probing question, then a confident flattery" is a pattern before both are sure.
    sustained_lead: float = 0.0
    # <=1: one message in which two different tactic heads reach this score (flattery and an age question
    # in one line) alerts on its own; 1.01 (no score reaches it) keeps the path off.
    multi_tactic_threshold: float = 1.01
    # >0: tactic evidence fades by tag_decay per this many words of the speaker's, not per message, so a message
    # sent in halves or a word at a time fades it as the whole message would; 0 keeps the per-message fade.
    tag_decay_words: int = 0
    # A decision a contact's message fires is shown once their burst is over, and a burst's next piece decides
    # again on the fuller reading (tracker module doc); False shows it at once, as older bundles did.
    burst_hold: bool = False

    def threshold_for(self, tag: str) -> float:
        return self.tag_thresholds.get(tag, self.tag_threshold)

    def name_threshold_for(self, tag: str) -> float:
        return max(self.threshold_for(tag), self.name_threshold)

    def escalates(self, tag: str, evidence: float) -> bool:
        """A second alert needs a serious tactic seen clearly, not just over the naming threshold."""
        return tag in self.escalation_tactics and evidence >= max(self.escalation_threshold, self.threshold_for(tag))

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["escalation_tactics"] = list(self.escalation_tactics)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PolicySettings:
        kwargs = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        if "escalation_tactics" in kwargs:
            kwargs["escalation_tactics"] = tuple(kwargs["escalation_tactics"])
        return cls(**kwargs)


@dataclass(frozen=True)
class BundleManifest:
    version: str
    created_at: str
    labels: tuple[str, ...]
    featuriser: FeaturiserSettings
    fingerprint: str
    policy: PolicySettings
    model_sha256: str
    min_app_version: str = "1.0.0"
    format: int = BUNDLE_FORMAT
    metrics: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "version": self.version,
            "created_at": self.created_at,
            "labels": list(self.labels),
            "featuriser": {**self.featuriser.to_dict(), "fingerprint": self.fingerprint},
            "thresholds": self.policy.to_dict(),
            "model_sha256": self.model_sha256,
            "min_app_version": self.min_app_version,
            "metrics": self.metrics,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BundleManifest:
        try:
            feat = dict(data["featuriser"])
            fingerprint = str(feat.pop("fingerprint"))
            return cls(
                version=str(data["version"]),
                created_at=str(data["created_at"]),
                labels=tuple(data["labels"]),
                featuriser=FeaturiserSettings.from_dict(feat),
                fingerprint=fingerprint,
                policy=PolicySettings.from_dict(data["thresholds"]),
                model_sha256=str(data["model_sha256"]),
                min_app_version=str(data.get("min_app_version", "1.0.0")),
                format=int(data.get("format", BUNDLE_FORMAT)),
                metrics=dict(data.get("metrics", {})),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise BundleError(f"manifest is incomplete or malformed: {exc!r}") from exc


@dataclass(frozen=True)
class ModelBundle:
    manifest: BundleManifest
    model_bytes: bytes
    sha256: str  # of the whole bundle file

    @property
    def version(self) -> str:
        return self.manifest.version

    def check_fingerprint(self, expected: str | None = None) -> None:
        """Refuse a bundle whose featuriser differs from the one this device runs."""
        local = expected or featuriser_fingerprint(self.manifest.featuriser)
        if self.manifest.fingerprint != local:
            raise BundleError(
                f"featuriser fingerprint mismatch: bundle {self.manifest.fingerprint[:12]}…, "
                f"device {local[:12]}…"
            )


def pack_bundle(manifest: BundleManifest, model_bytes: bytes) -> bytes:
    """Deterministic zip bytes for a manifest + model."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in (
            (MANIFEST_NAME, json.dumps(manifest.to_dict(), indent=2, sort_keys=True).encode()),
            (MODEL_NAME, model_bytes),
        ):
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return buf.getvalue()


def parse_bundle(data: bytes) -> ModelBundle:
    """Open bundle bytes, checking structure and the model hash; fingerprint is checked by the caller."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleError(f"bundle is {len(data)} bytes; the limit is {MAX_BUNDLE_BYTES}")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            missing = {MANIFEST_NAME, MODEL_NAME} - names
            if missing:
                raise BundleError(f"bundle lacks {sorted(missing)}")
            manifest_raw = json.loads(zf.read(MANIFEST_NAME).decode("utf-8"))
            model_bytes = zf.read(MODEL_NAME)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError) as exc:
        raise BundleError(f"bundle is not a readable zip archive: {exc}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BundleError(f"manifest.json is not valid JSON: {exc}") from exc
    if not isinstance(manifest_raw, dict):
        raise BundleError("manifest.json must hold an object")
    manifest = BundleManifest.from_dict(manifest_raw)
    if sha256_hex(model_bytes) != manifest.model_sha256:
        raise BundleError("model.tflite does not match the sha256 in its manifest")
    return ModelBundle(manifest=manifest, model_bytes=model_bytes, sha256=sha256_hex(data))


def load_bundle(path: str | Path | None = None) -> ModelBundle:
    """Load a bundle file (the shipped one by default) and check its featuriser fingerprint."""
    target = Path(path) if path is not None else SHIPPED_BUNDLE
    try:
        data = target.read_bytes()
    except OSError as exc:
        raise BundleError(f"cannot read bundle {target}: {exc.strerror or exc}") from exc
    bundle = parse_bundle(data)
    bundle.check_fingerprint()
    return bundle
