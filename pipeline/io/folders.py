"""Output folders: checked before any work is done, so a folder that cannot be written is reported at
once, not after minutes of processing or training (the check creates nothing that stays behind); and
written so that an interruption never leaves a file or a model half old, half new."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path


def check_writable(folder: Path) -> None:
    """ValueError naming ``folder`` unless files can be written into it (or it can be created)."""
    folder = Path(folder)
    if not str(folder).strip():
        raise ValueError("an empty folder name (it would mean the current folder; write '.' for that)")
    if folder.exists():
        if not folder.is_dir():
            raise ValueError(f"{folder} is a file, not a folder")
        try:
            with tempfile.TemporaryFile(dir=folder):
                pass
        except OSError as error:
            raise ValueError(f"cannot write into {folder}: {error.strerror or error}") from None
        return
    ancestor = folder.absolute().parent
    while not ancestor.exists():
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        raise ValueError(f"cannot create {folder}: {ancestor} is a file, not a folder")
    try:
        os.rmdir(tempfile.mkdtemp(dir=ancestor))
    except OSError as error:
        raise ValueError(f"cannot create {folder}: {ancestor}: {error.strerror or error}") from None


def check_replaceable(folder: Path, marker: str) -> None:
    """ValueError unless ``folder`` is new, empty, or holds ``marker`` (a file only what is written there
    holds): a folder with anything else in it is not replaced whole by ``write_folder``."""
    folder = Path(folder)
    if folder.is_dir() and any(folder.iterdir()) and not (folder / marker).exists():
        raise ValueError(f"{folder} holds files that are not {marker}'s kind; give a new or empty folder")


def write_folder(target: Path, fill: Callable[[Path], None], marker: str) -> None:
    """Fill a new folder beside ``target`` (``fill`` writes into it), then swap it into place, so an
    interruption leaves the folder that was there before whole, never a mix of old and new files."""
    target = Path(target)
    check_replaceable(target, marker)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".new", dir=target.parent))
    try:
        os.chmod(staging, 0o777 & ~_umask())  # mkdtemp makes it private; the folder is for everyone the umask allows
        fill(staging)
        if target.exists():
            retired = staging.with_suffix(".old")
            os.replace(target, retired)
            os.replace(staging, target)
            shutil.rmtree(retired, ignore_errors=True)
        else:
            os.replace(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def write_text(path: Path, text: str) -> None:
    """Write a whole text file through a temporary name beside it: an interruption leaves the old file."""
    handle, temporary = tempfile.mkstemp(prefix=f".{Path(path).name}.", suffix=".tmp", dir=Path(path).parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
