"""PINs stored as salted scrypt hashes: `scrypt$N$r$p$salt$hash`, salt and hash in hex."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from simulator.domain import StorageError

_N, _R, _P = 2**14, 8, 1
_SALT_BYTES = 16
_HASH_BYTES = 32
MIN_PIN_LENGTH = 4


def hash_pin(pin: str) -> str:
    if len(pin) < MIN_PIN_LENGTH:
        raise StorageError(f"a PIN needs at least {MIN_PIN_LENGTH} characters")
    salt = secrets.token_bytes(_SALT_BYTES)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=_HASH_BYTES)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """Whether `pin` matches the `stored` hash (compared in constant time)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = bytes.fromhex(digest)
        actual = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                                dklen=len(expected))
    except ValueError:
        return False
    return hmac.compare_digest(actual, expected)
