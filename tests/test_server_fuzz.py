"""Property-based fuzzing of the real server from its own OpenAPI description: no client input gives a 5xx.

Schemathesis generates the requests from the served ``/openapi.json``; hypothesis drives them. The test does not
use schemathesis' pytest plugin (its lazy fixture schemas break with each pytest major), only its stable core:
load a schema, take each operation's strategy, call and validate. Bounded: a fixed number of generated requests
per operation (well under a minute in all).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis.checks import (  # noqa: E402
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

sys.path.insert(0, str(Path(__file__).parent / "browser"))
from marrowbot_servers import get_server  # noqa: E402

pytestmark = pytest.mark.hostile

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


def test_the_api_never_fails_on_what_a_client_sends() -> None:
    schema = schemathesis.openapi.from_url(get_server("main").url + "/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/api/ask", "/api/topics", "/api/sources", "/healthz"}
    for op in operations:

        @given(case=op.as_strategy())
        @settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
                  database=None)
        def fuzz(case) -> None:  # noqa: ANN001
            case.call_and_validate(checks=CHECKS, timeout=30)

        fuzz()
