"""ML-staff key handling: `keygen` makes the pair, `publish` signs with the private half.

The private key lives only on the ML engineer's machine (file mode 0600); the public key goes to the
server's STAFF_PUBLIC_KEYS and into the app's pinned keys (`assets/keys/*.pub`).
"""

from __future__ import annotations

import os
from pathlib import Path

from device_app.core.signing import generate_keypair, read_key_file


def write_keypair(private_path: str | Path, public_path: str | Path | None = None, force: bool = False) -> Path:
    private = Path(private_path)
    public = Path(public_path) if public_path else private.with_suffix(".pub")
    if private.exists() and not force:
        raise FileExistsError(f"{private} exists; refusing to overwrite a signing key (use --force)")
    private.parent.mkdir(parents=True, exist_ok=True)
    public.parent.mkdir(parents=True, exist_ok=True)
    pair = generate_keypair()
    fd = os.open(private, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write("# Guardline ML-staff Ed25519 private key. Never copy it to a server.\n" + pair.private_b64 + "\n")
    public.write_text("# Guardline ML-staff Ed25519 public key\n" + pair.public_b64 + "\n", encoding="utf-8")
    return public


def read_private_key(path: str | Path) -> str:
    mode = Path(path).stat().st_mode & 0o077
    if mode:
        raise PermissionError(f"{path} is readable by others (mode {oct(mode)}); chmod 600 it first")
    return read_key_file(path)
