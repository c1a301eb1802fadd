"""Opens the progress database off the GUI thread: reaching a PostgreSQL server can take seconds (up to its
connect timeout when the server does not answer), and the window must stay responsive meanwhile.

The work runs on a thread of its own, and the outcome comes back to the GUI thread as a queued Qt signal.
"""

from __future__ import annotations

import threading
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, Signal

from simulator.storage import Storage, default_database_path, open_database
from simulator.storage.database import redact


def database_description(url: str | None) -> str:
    """How to name the database at `url` for the trainee: the file, or the URL without its password."""
    return str(default_database_path()) if url is None else redact(url)


def without_password(message: str, url: str | None) -> str:
    """`message` with the password of `url` masked, should the database driver have quoted it."""
    password = urlsplit(url).password if url else None
    return message.replace(password, "***") if password else message


class DatabaseOpener(QObject):
    """Opens one database in the background, then owns it: `close()` closes it (or it is closed on arrival)."""

    opened = Signal(object)  # the Storage
    failed = Signal(str)  # why it could not be opened, without any password

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.storage: Storage | None = None
        self._lock = threading.Lock()  # `close()` on the GUI thread may meet the open finishing on its thread
        self._closed = False

    def open(self, url: str | None) -> None:
        """Start opening the database at `url` (None: the default SQLite file); `opened` or `failed` follows,
        always from the opening thread, so it reaches the window through its event loop."""
        threading.Thread(target=self._open, args=(url,), name="database", daemon=True).start()

    def close(self) -> None:
        """Close the database opened here; one still opening is closed as soon as it is open."""
        with self._lock:
            self._closed = True
            storage, self.storage = self.storage, None
        if storage is not None:
            storage.close()

    # -- on the opening thread -------------------------------------------------------------------------

    def _open(self, url: str | None) -> None:
        try:
            storage = open_database(url)
        except Exception as error:  # whatever stops it, the window must say so rather than wait forever
            if not self._closed:
                self.failed.emit(without_password(str(error), url))
            return
        with self._lock:
            if self._closed:
                storage.close()
                return
            self.storage = storage
        self.opened.emit(storage)
