"""Bearer secrets: 32 random bytes, stored as sha256.

A slow password hash (scrypt, bcrypt) exists to stretch low-entropy human passwords. These tokens carry
256 bits of entropy, so brute force is hopeless whatever the hash, and a fast hash lets every request be
authenticated with one indexed lookup (`WHERE token_hash = ?`) instead of ~50 ms of key stretching.
The prefix tells a leaked token's kind at a glance (and to secret scanners).
"""

from __future__ import annotations

import hashlib
import secrets

DEVICE_PREFIX = "gld_"
STAFF_PREFIX = "gls_"


def new_token(prefix: str) -> tuple[str, str]:
    """A fresh token and its hash; only the hash may be stored."""
    token = prefix + secrets.token_urlsafe(32)
    return token, hash_token(token)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
