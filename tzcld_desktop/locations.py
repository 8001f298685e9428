"""The data folder's place and the application's names, importable without the database layer."""

from __future__ import annotations

import os
from pathlib import Path

# The application's name and publisher, for the data folder's place and Qt's settings.
APP_NAME = "TZCLD Desktop"
APP_AUTHOR = "TZCLD"
DATA_DIR_ENV = "TZCLD_DATA_DIR"


def default_data_dir() -> Path:
    """Return the data folder: ``TZCLD_DATA_DIR`` if set, else the platform's user data folder."""
    configured = os.environ.get(DATA_DIR_ENV)
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR))
