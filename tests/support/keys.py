"""The test firm's signing key: the passphrase of the ``firm_p12`` fixture (tests/conftest.py)."""

FIRM_PASSPHRASE = b"firm passphrase"
