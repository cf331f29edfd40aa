"""ISO 15118-2:2013 on the EV side: AC and DC, EIM and Plug & Charge (phases.py, one per response)."""
