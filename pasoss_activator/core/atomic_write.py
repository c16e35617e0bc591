"""Writing files: ``write_atomically``, the one primitive every file this program writes goes
through (settings, the offline copy, request and response files, reports), and on top of it
the write transaction for a file the user cannot afford to lose (DESIGN.md section 4):

1. copy the file to a backup beside it (``NAME.YYYYMMDD-HHMMSS.bak``, ``-2``, ``-3`` … on a
   clash; the ten newest kept);
2. write the new content to a temporary file in the same folder, flush and fsync;
3. atomically replace the original with it (and fsync the folder where that means something);
4. read the file back and compare.

On any failure before step 3 the original was never touched; a failed read-back restores the
backup. The temporary file never stays behind. Failures become typed errors with a plain
Bulgarian message and what to do.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError, ConfigLocked, ConfigReadOnly, ConfigWriteError
from .windows_sharing import SHARING_VIOLATION, held_by_another_program

KEEP_BACKUPS = 10
# A file the user carries or sends on (a request file, a report): readable by others, as a
# plainly saved file would be. The program's own files stay readable by their owner only.
SHARED_FILE_MODE = 0o644


@dataclass(frozen=True)
class WriteResult:
    path: Path
    backup_path: Path


def _fsync_file(handle: int) -> None:
    os.fsync(handle)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows has no directory handles to fsync; ReplaceFile is durable enough
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _replace(source: Path, target: Path) -> None:
    os.replace(source, target)


def explain_os_error(path: Path, err: OSError) -> ConfigError:
    """A typed, actionable error for an OSError met while writing ``path``."""
    winerror = getattr(err, "winerror", None)
    if winerror is None and isinstance(err, PermissionError) and held_by_another_program(path):
        winerror = 32  # open() lost the Windows code; the file is held, not forbidden
    if winerror in SHARING_VIOLATION or err.errno in (errno.EBUSY, errno.ETXTBSY):
        return ConfigLocked(path=str(path))
    if isinstance(err, PermissionError) or err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ConfigReadOnly(path=str(path))
    if err.errno == errno.ENOSPC:
        return ConfigWriteError(reason="disk_full", path=str(path))
    return ConfigWriteError(path=str(path), os_error=err.strerror or str(err))


def write_atomically(
    path: Path, content: bytes, *, temp_prefix: str | None = None, mode: int | None = None
) -> None:
    """Put ``content`` at ``path`` so that a reader, a crash or a full disk sees the old file
    or the new one, never half of either: a temporary file in the same folder (named
    ``temp_prefix`` + random + ``.tmp``, by default ``.NAME.`` …), written, flushed and
    fsynced, then renamed over ``path`` in one step, and the folder fsynced.

    The new file keeps the permissions of the one it replaces; a new one gets ``mode``, or
    stays readable by its owner only (a temporary file's mode). Raises OSError; the
    temporary file never stays behind."""
    fd, temp = tempfile.mkstemp(
        prefix=temp_prefix if temp_prefix is not None else f".{path.name}.",
        suffix=".tmp",
        dir=path.parent,
    )
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(content)
            out.flush()
            _fsync_file(out.fileno())
        with contextlib.suppress(OSError):
            keep = os.stat(path).st_mode & 0o7777 if path.exists() else mode
            if keep is not None:
                os.chmod(temp, keep)
        _replace(Path(temp), path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _fsync_dir(path.parent)


def backup_name(path: Path, now: dt.datetime, attempt: int) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    suffix = "" if attempt == 1 else f"-{attempt}"
    return path.with_name(f"{path.name}.{stamp}{suffix}.bak")


def _backup_order(path: Path) -> tuple[str, int]:
    match = re.search(r"\.(\d{8}-\d{6})(?:-(\d+))?\.bak$", path.name)
    if not match:
        return ("", 0)
    return (match.group(1), int(match.group(2) or 1))


def list_backups(path: Path) -> list[Path]:
    """Backups of ``path``, oldest first."""
    pattern = re.compile(re.escape(path.name) + r"\.\d{8}-\d{6}(?:-\d+)?\.bak$", re.IGNORECASE)
    found = [p for p in path.parent.iterdir() if pattern.match(p.name)]
    return sorted(found, key=_backup_order)


def _write_backup(path: Path, original: bytes, now: dt.datetime) -> Path:
    # Written under a temp name and then linked: a writer killed midway must not leave half
    # a file under a name that says it is a whole backup (the next write removes the temp).
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(original)
            out.flush()
            _fsync_file(out.fileno())
        with contextlib.suppress(OSError):  # a copy, readable by whoever could read the file
            os.chmod(temp, os.stat(path).st_mode & 0o7777)
        # Never reuse a pruned name: the newest backup of a second must sort last.
        stamp = now.strftime("%Y%m%d-%H%M%S")
        same_second = [n for s, n in map(_backup_order, list_backups(path)) if s == stamp]
        attempt = max(same_second, default=0) + 1
        while True:
            candidate = backup_name(path, now, attempt)
            try:
                _link_or_rename(Path(temp), candidate)
                return candidate
            except FileExistsError:
                attempt += 1
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)


def _link_or_rename(source: Path, target: Path) -> None:
    """Give ``source`` the name ``target`` too; FileExistsError when that name is taken."""
    try:
        os.link(source, target)  # atomic, and never replaces an existing backup
    except FileExistsError:
        raise
    except OSError:  # no hard links on this file system (FAT): Windows' rename refuses too
        if target.exists():
            raise FileExistsError(target) from None
        os.rename(source, target)


def _remove_stale_temp_files(path: Path) -> None:
    # A writer killed between mkstemp and replace leaves its temp file behind; only a writer
    # of this file makes names of these shapes, so whatever matches now is such a leftover.
    pattern = re.compile(
        r"^(\." + re.escape(path.name) + r"\.[a-z0-9_]{8}|" + re.escape(path.name)
        + r"\.restore)\.tmp$",
        re.IGNORECASE,
    )
    with contextlib.suppress(OSError):
        for leftover in path.parent.iterdir():
            if pattern.match(leftover.name):
                with contextlib.suppress(OSError):
                    leftover.unlink()


def _prune_backups(path: Path, keep: int) -> None:
    for old in list_backups(path)[:-keep]:
        with contextlib.suppress(OSError):
            old.unlink()


def replace_file(
    path: Path,
    expected_original: bytes,
    new_content: bytes,
    *,
    now: dt.datetime | None = None,
    keep_backups: int = KEEP_BACKUPS,
) -> WriteResult:
    """Replace ``path`` with ``new_content`` as one transaction; see the module docstring.

    ``expected_original`` is what the caller read and edited: if the file changed since,
    nothing is written (someone else — the program itself — wrote it meanwhile).
    """
    moment = now or dt.datetime.now()
    try:
        with open(path, "r+b") as handle:  # also proves we may write it, and it is not locked
            # One byte more than expected tells "changed" without reading a huge file whole.
            original = handle.read(len(expected_original) + 1)
    except OSError as err:
        raise explain_os_error(path, err) from err
    if original != expected_original:
        raise ConfigWriteError(reason="changed_meanwhile", path=str(path))

    backup: Path | None = None
    _remove_stale_temp_files(path)
    try:
        backup = _write_backup(path, original, moment)
        write_atomically(path, new_content)
    except OSError as err:
        if backup is not None:
            with contextlib.suppress(OSError):
                backup.unlink()  # the original is untouched: this copy would only confuse
        raise explain_os_error(path, err) from err

    _verify_or_restore(path, new_content, backup)
    _prune_backups(path, keep_backups)
    return WriteResult(path=path, backup_path=backup)


def _verify_or_restore(path: Path, new_content: bytes, backup: Path) -> None:
    try:
        written = path.read_bytes()
    except OSError as err:
        written = None
        how = {"field": "unreadable", "os_error": str(err)}
    else:
        how = {"field": "mismatch"}
    if written == new_content:
        return
    try:
        original = backup.read_bytes()
        restore = Path(str(path) + ".restore.tmp")
        restore.write_bytes(original)
        _replace(restore, path)
    except OSError:
        raise ConfigWriteError(
            reason="not_restored",
            **how,
            path=str(path),
            file_name=path.name,
            backup_path=str(backup),
        ) from None
    raise ConfigWriteError(
        reason="restored",
        **how,
        path=str(path),
        backup_path=str(backup),
    )
