"""Make a real SQLite database refuse to save the end of a session, as a full disk would, and accept it again."""

from __future__ import annotations

from simulator.storage import Storage

REFUSAL = "database or disk is full"


def refuse_session_ends(storage: Storage, refuse: bool) -> None:
    """While `refuse` holds, SQLite aborts any change that completes a session; everything else is saved."""
    if refuse:
        storage.connection.database.execute_sql(
            "CREATE TRIGGER refuse_session_end BEFORE UPDATE OF status ON practice_session "
            f"WHEN NEW.status = 'completed' BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END")
    else:
        storage.connection.database.execute_sql("DROP TRIGGER refuse_session_end")
