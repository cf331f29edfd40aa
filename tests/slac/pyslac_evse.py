"""SwitchEV's pyslac (PyPI) as the EVSE of a charge point, run by tests/slac/test_interop.py in a venv of its own.

    python pyslac_evse.py IFACE EVSE_ID

Keys its modem (pyslac then waits its fixed SLAC_SETTLE_TIME, 10 s), prints LISTENING, takes the
pilot as in state B and prints MATCHED <ev mac> <nmk> <nid> once pyslac reports the match.
"""
import asyncio
import sys

from pyslac.enums import STATE_MATCHED
from pyslac.environment import Config
from pyslac.session import SlacEvseSession, SlacSessionController


async def main(iface: str, evse_id: str) -> None:
    config = Config(slac_init_timeout=50.0, slac_atten_results_timeout=None, log_level="INFO")
    session = SlacEvseSession(evse_id, iface, config)
    await session.evse_set_key()
    print("LISTENING", session.nmk.hex(), flush=True)
    await SlacSessionController().process_cp_state(session, "B")
    while session.state != STATE_MATCHED:
        await asyncio.sleep(0.02)
    print("MATCHED", session.pev_mac.hex(":"), session.nmk.hex(), session.nid.hex(), flush=True)
    await asyncio.sleep(3600)  # keeps the session; the test ends the process


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
