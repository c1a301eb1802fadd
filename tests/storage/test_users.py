"""Users, roles, teams and PINs."""

from __future__ import annotations

import re

import pytest

from simulator.domain import StorageError
from simulator.storage import Role, Storage
from simulator.storage.models import UserRow


def test_users_have_a_role_and_a_team(db: Storage) -> None:
    ana = db.users.create("  Ana   Lima ", Role.TRAINEE, team="Billing")
    sam = db.users.create("Sam", Role.SUPERVISOR)
    assert (ana.name, ana.role, ana.team, ana.has_pin) == ("Ana Lima", Role.TRAINEE, "Billing", False)
    assert db.users.find("Ana Lima") == ana
    assert db.users.get(sam.id) == sam
    assert db.users.list_users(role=Role.TRAINEE) == [ana]
    assert db.users.list_users(team="Billing") == [ana]
    assert [user.name for user in db.users.list_users()] == ["Ana Lima", "Sam"]


def test_names_are_unique(db: Storage) -> None:
    db.users.create("Ana")
    with pytest.raises(StorageError, match="already exists"):
        db.users.create("Ana")


def test_get_or_create_returns_the_existing_user(db: Storage) -> None:
    first = db.users.get_or_create("Ana", team="Billing")
    again = db.users.get_or_create("Ana", team="Other")
    assert again == first
    assert len(db.users.list_users()) == 1


def test_a_pin_is_stored_as_a_salted_scrypt_hash(db: Storage) -> None:
    ana = db.users.create("Ana", pin="4321")
    bob = db.users.create("Bob", pin="4321")
    assert ana.has_pin
    assert db.users.verify_pin(ana.id, "4321")
    assert not db.users.verify_pin(ana.id, "1234")
    stored = [row.pin_hash or "" for row in UserRow.select().order_by(UserRow.name)]
    # Only the scheme, its parameters, a 16-byte salt and a 32-byte hash, in hex: never the PIN itself. (A PIN
    # may well appear inside random hex by chance, so the test checks the shape rather than the substring.)
    assert all(re.fullmatch(r"scrypt\$\d+\$\d+\$\d+\$[0-9a-f]{32}\$[0-9a-f]{64}", value) for value in stored)
    assert stored[0] != stored[1]  # salted
    assert db.users.verify_pin(bob.id, "4321")


def test_pins_can_be_changed_and_removed(db: Storage) -> None:
    ana = db.users.create("Ana")
    assert not db.users.verify_pin(ana.id, "0000")
    db.users.set_pin(ana.id, "2468")
    assert db.users.verify_pin(ana.id, "2468")
    db.users.set_pin(ana.id, None)
    assert not db.users.get(ana.id).has_pin
    with pytest.raises(StorageError, match="at least 4"):
        db.users.set_pin(ana.id, "12")


def test_unknown_users_and_empty_names_are_errors(db: Storage) -> None:
    assert db.users.find("Nobody") is None
    with pytest.raises(StorageError, match="no user number 999"):
        db.users.get(999)
    with pytest.raises(StorageError, match="needs a name"):
        db.users.create("   ")
