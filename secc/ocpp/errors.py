"""The OCPP link's errors, apart from the link so that code catching them (the authorization path every
session runs) does not import the `ocpp` library on a charger that has no OCPP configured."""


class OCPPUnavailable(Exception):
    """No answer from the CSMS: not connected, the connection dropped, or the response timed out."""


class CSMSError(Exception):
    """The CSMS answered with a CALLERROR."""
