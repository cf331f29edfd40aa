"""Protocol-level crypto for Plug & Charge: XML signatures over EXI, contract key transport,
certificate chain validation with CRL/OCSP. Pure functions, no I/O."""
