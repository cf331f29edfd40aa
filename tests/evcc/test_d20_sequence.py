"""The -20 EV sequence table (evcc/d20/phases.py SEQUENCE): every request awaits its own response."""
from __future__ import annotations

from evcc.d20.phases import SEQUENCE


def test_each_request_is_awaited_by_the_phase_of_its_own_response() -> None:
    for request, phase in SEQUENCE.items():
        assert request.__name__.endswith("Req")
        assert phase.response.__name__ == request.__name__[:-3] + "Res", (request, phase)
        assert phase.response.__module__ == request.__module__  # same namespace: AC, DC or common


def test_one_phase_per_response_class() -> None:
    responses = [phase.response for phase in SEQUENCE.values()]
    assert len(responses) == len(set(responses))
