"""A location's time zone: checked against the IANA database, and the clock a report reads."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from mystery_shop.domain.zones import known_zones, local_time, zone_label, zone_problem


def test_known_zones_pass_and_a_typo_names_the_close_one() -> None:
    assert zone_problem("Europe/Warsaw") is None and zone_problem(None) is None and zone_problem("") is None
    problem = zone_problem("Europe/Warsw")
    assert problem is not None and problem.startswith("No time zone 'Europe/Warsw'. Did you mean 'Europe/Warsaw'?")
    assert zone_problem("../../etc/passwd") is not None


def test_a_utc_time_reads_on_the_locations_clock_with_the_zone_named() -> None:
    winter = dt.datetime(2026, 1, 15, 9, 2)  # naive: UTC, as the store keeps it
    warsaw = local_time(winter, "Europe/Warsaw")
    assert warsaw is not None and (warsaw.hour, warsaw.minute) == (10, 2)
    assert zone_label(warsaw, "Europe/Warsaw") == "CET (Europe/Warsaw)"
    summer = local_time(dt.datetime(2026, 7, 15, 9, 2, tzinfo=dt.UTC), "Europe/Warsaw")
    assert summer is not None and summer.hour == 11 and zone_label(summer, "Europe/Warsaw") == "CEST (Europe/Warsaw)"
    santiago = local_time(winter, "America/Santiago")
    assert santiago is not None and santiago.hour == 6  # summer time there in January: UTC-3
    assert local_time(None, "Europe/Warsaw") is None


@given(st.sampled_from(sorted(known_zones())), st.datetimes(min_value=dt.datetime(2000, 1, 1)))
def test_the_same_instant_whatever_the_zone(name: str, t: dt.datetime) -> None:
    here = local_time(t, name)
    assert here is not None and here == t.replace(tzinfo=dt.UTC)


def test_a_server_address_typed_without_a_scheme_gets_the_one_meant() -> None:
    from mystery_shop.domain.server_address import with_scheme

    assert with_scheme("127.0.0.1:8760") == "http://127.0.0.1:8760"  # this computer: no certificate
    assert with_scheme("localhost:8760/") == "http://localhost:8760"
    assert with_scheme("192.168.1.20:8760") == "http://192.168.1.20:8760"  # the office network
    assert with_scheme("10.0.0.5") == "http://10.0.0.5"
    assert with_scheme("[::1]:8760") == "http://[::1]:8760"
    assert with_scheme("sync.example.com") == "https://sync.example.com"
    assert with_scheme("8.8.8.8") == "https://8.8.8.8"
    assert with_scheme("http://sync.example.com/") == "http://sync.example.com"  # as typed when it has one


def test_the_passphrase_rules() -> None:
    from mystery_shop.domain.passphrase import passphrase_problem

    assert "at least 12" in str(passphrase_problem("short", "short"))
    assert "firm's name" in str(
        passphrase_problem("Larkspur Research", "Larkspur Research", firm_name="larkspur research")
    )
    assert "too easy" in str(passphrase_problem("aaaaaaaaaaaaaa", "aaaaaaaaaaaaaa"))
    assert "differ" in str(passphrase_problem("a walk by the river", "a walk by the rivers"))
    assert passphrase_problem("a walk by the river", "a walk by the river") is None
