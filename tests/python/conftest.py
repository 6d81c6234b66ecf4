import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (ROOT / "examples" / "afp_libya_arms_embargo.txt").read_text(encoding="utf-8")
