"""Property-based fuzzing of the real server from its own OpenAPI description: no client input gives a 5xx.

Bounded: a fixed number of generated requests per operation (well under a minute in all).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import (  # noqa: E402
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

sys.path.insert(0, str(Path(__file__).parent / "browser"))
from marrowbot_servers import get_server  # noqa: E402

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture(scope="module")
def api_schema():  # noqa: ANN201 - a schemathesis schema
    return schemathesis.openapi.from_url(get_server("main").url + "/openapi.json")


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_the_api_never_fails_on_what_a_client_sends(case) -> None:  # noqa: ANN001
    case.call_and_validate(checks=CHECKS, timeout=30)
