"""The demos: our EVCC against our SECC on this machine (`v2g-demo`, `python3 -m v2g_demo`).

They use both sides and the PKI toolkit, so they live above evcc, secc and pki (which never import
each other's side):

    v2g_demo.sessions   the README's main job: DC BPT Dynamic and AC Scheduled sessions (--ocpp: with a CSMS)
    v2g_demo.grid       --drm SCRIPT: a DRM script played against live DC BPT and AC BPT sessions
    v2g_demo.plot       --plot PNG: power, limits and active DRMs per session (matplotlib, `plot` extra)
"""
