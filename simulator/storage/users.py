"""Trainees, trainers and supervisors; optional PINs."""

from __future__ import annotations

from simulator.domain import StorageError
from simulator.storage import pins
from simulator.storage.connection import Connection, reads, writes
from simulator.storage.models import UserRow
from simulator.storage.records import Role, User
from simulator.storage.times import from_stored


def to_user(row: UserRow) -> User:
    return User(row.id, row.name, Role(row.role), row.team, row.pin_hash is not None, from_stored(row.created_at))


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise StorageError("a user needs a name")
    return cleaned


class Users:
    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    @writes
    def create(self, name: str, role: Role = Role.TRAINEE, team: str | None = None,
               pin: str | None = None) -> User:
        name = _clean_name(name)
        if UserRow.select().where(UserRow.name == name).exists():
            raise StorageError(f"a user named {name!r} already exists")
        row = UserRow.create(name=name, role=Role(role).value, team=team or None,
                             pin_hash=None if pin is None else pins.hash_pin(pin),
                             created_at=self.connection.now())
        return to_user(row)

    @writes
    def get_or_create(self, name: str, role: Role = Role.TRAINEE, team: str | None = None) -> User:
        """The user called `name`, created with `role` and `team` if there is none (`play --trainee NAME`)."""
        name = _clean_name(name)
        (UserRow.insert(name=name, role=Role(role).value, team=team or None, created_at=self.connection.now())
         .on_conflict_ignore().execute())
        return to_user(UserRow.get(UserRow.name == name))

    @reads
    def find(self, name: str) -> User | None:
        row = UserRow.get_or_none(UserRow.name == " ".join(name.split()))
        return None if row is None else to_user(row)

    @reads
    def get(self, user_id: int) -> User:
        return to_user(_row(user_id))

    @reads
    def list_users(self, role: Role | None = None, team: str | None = None) -> list[User]:
        query = UserRow.select().order_by(UserRow.name)
        if role is not None:
            query = query.where(UserRow.role == Role(role).value)
        if team is not None:
            query = query.where(UserRow.team == team)
        return [to_user(row) for row in query]

    @writes
    def set_pin(self, user_id: int, pin: str | None) -> None:
        """Set, change or (with None) remove a user's PIN."""
        row = _row(user_id)
        row.pin_hash = None if pin is None else pins.hash_pin(pin)
        row.save()

    @reads
    def verify_pin(self, user_id: int, pin: str) -> bool:
        """Whether `pin` is the user's PIN; False for a user without one (check `User.has_pin` first)."""
        stored = _row(user_id).pin_hash
        return stored is not None and pins.verify_pin(pin, stored)


def _row(user_id: int) -> UserRow:
    row = UserRow.get_or_none(UserRow.id == user_id)
    if row is None:
        raise StorageError(f"there is no user number {user_id}")
    return row
