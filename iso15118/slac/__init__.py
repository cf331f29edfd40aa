"""SLAC (ISO 15118-3) over HomePlug Green PHY: EV and EVSE matching, modem control, powerline simulator."""
