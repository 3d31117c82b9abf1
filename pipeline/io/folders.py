"""Output folders checked before any work is done, so a folder that cannot be written is reported at
once, not after minutes of processing or training. The check creates nothing that stays behind."""

from __future__ import annotations

import os
import tempfile
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
