"""Opening and reading input files safely: regular files only, never more than a limit.

Shared by :mod:`iomkg._io.load` and :mod:`iomkg._io.warc`. A FIFO with no writer would
block ``open()`` forever, a device (``/dev/zero``) never ends, and a small ``.gz`` can
unpack to gigabytes: here a file is opened without blocking, refused unless it is a
regular file, and read in bounded pieces up to one byte past the limit.
"""

from __future__ import annotations

import errno
import gzip
import os
import stat
from typing import IO

__all__ = ["UnreadableError", "open_regular", "read_bounded"]


class UnreadableError(OSError):
    """A file refused before or while it is read; the message is the whole reason.

    >>> str(UnreadableError("not a regular file (a FIFO)"))
    'not a regular file (a FIFO)'
    """


_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"))


def open_regular(path: str | os.PathLike[str]) -> IO[bytes]:
    """Open a regular file for reading in binary; anything else raises :class:`UnreadableError`.

    The file is opened without blocking and its kind read from the open descriptor,
    so nothing can swap it between the check and the read. A dangling symbolic link
    and a loop of links are told apart from a missing file.

    >>> import tempfile
    >>> try:
    ...     open_regular(tempfile.gettempdir())
    ... except UnreadableError as exc:
    ...     print(exc)
    not a regular file (a folder)
    """
    nonblocking = getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, os.O_RDONLY | nonblocking | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UnreadableError("cannot read: a loop of symbolic links") from exc
        if isinstance(exc, FileNotFoundError) and os.path.islink(path):
            raise UnreadableError("cannot read: a dangling symbolic link") from exc
        if exc.errno == errno.EISDIR:
            raise UnreadableError("not a regular file (a folder)") from exc
        raise
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = next((name for test, name in _KINDS if test(mode)), "a device")
            raise UnreadableError(f"not a regular file ({kind})")
        if nonblocking:
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bounded(
    stream: IO[bytes] | gzip.GzipFile, max_size: int | None, *, unpacked: bool = False
) -> bytes:
    """All of ``stream``, read up to one byte past ``max_size`` and refused past it.

    >>> import io
    >>> read_bounded(io.BytesIO(b"Osh"), 3)
    b'Osh'
    >>> try:
    ...     read_bounded(io.BytesIO(b"Naryn"), 3)
    ... except UnreadableError as exc:
    ...     print(exc)
    over the size limit: more than 3 bytes (max_size)
    """
    if max_size is None:
        return stream.read()
    data = stream.read(max_size + 1)
    if len(data) > max_size:
        what = "unpacks to more than" if unpacked else "more than"
        raise UnreadableError(f"over the size limit: {what} {max_size} bytes (max_size)")
    return data
