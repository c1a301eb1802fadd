"""Opens the progress database off the GUI thread: reaching a PostgreSQL server can take seconds (up to its
connect timeout when the server does not answer), and the window must stay responsive meanwhile.

The same pattern as the scoring worker: the work runs on a ThreadPoolExecutor thread, and the outcome comes
back to the GUI thread as a queued Qt signal.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
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
        """Start opening the database at `url` (None: the default SQLite file); `opened` or `failed` follows."""
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="database")
        executor.submit(open_database, url).add_done_callback(lambda future: self._finished(future, url))
        executor.shutdown(wait=False)  # its one thread ends with the job

    def close(self) -> None:
        """Close the database opened here; one still opening is closed as soon as it is open."""
        with self._lock:
            self._closed = True
            storage, self.storage = self.storage, None
        if storage is not None:
            storage.close()

    # -- called on the opening thread ------------------------------------------------------------------

    def _finished(self, future: Future[Storage], url: str | None) -> None:
        error = future.exception()
        if error is not None:
            if not self._closed:
                self.failed.emit(without_password(str(error), url))
            return
        storage = future.result()
        with self._lock:
            if self._closed:
                storage.close()
                return
            self.storage = storage
        self.opened.emit(storage)
