"""DIN SPEC 70121 on the EV side (DC, ExternalPayment): session.py holds the phases and their driver."""
