"""DIN SPEC 70121 on the SECC side: DC charging with ExternalPayment (EIM) over plain TCP.

states.py holds one pure state per message pair (what DIN cannot express is listed there);
responses.py the error answer of every DIN request.
"""
