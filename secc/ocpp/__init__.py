"""OCPP 2.0.1 / 2.1 charging-station link for the SECC (see link.py, station.py) and a CSMS simulator."""
