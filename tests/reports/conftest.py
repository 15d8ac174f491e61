"""Fixtures of the report tests: one fully reviewed visit per session (with a 12 MP photo)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from report_support import FIRM, PASSPHRASE, ReportProfile, make_report_profile


@pytest.fixture(scope="session")
def report_profile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReportProfile]:
    root = tmp_path_factory.mktemp("report-profile")
    rp = make_report_profile(root / "profile", root / "photos")
    yield rp
    rp.ws.close()


@pytest.fixture(scope="session")
def firm_key(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The firm's signing key (.p12, passphrase ``PASSPHRASE``), made as ``keys create`` makes it; .crt beside."""
    from cryptography.hazmat.primitives.asymmetric import rsa

    from mystery_shop.reports.keys import create_signing_key

    out = tmp_path_factory.mktemp("firm-key") / "firm.p12"
    create_signing_key(FIRM, out, PASSPHRASE, key=rsa.generate_private_key(public_exponent=65537, key_size=2048))
    return out
