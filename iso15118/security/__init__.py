"""Protocol-level crypto for Plug & Charge: XML signatures over EXI, contract key transport,
certificate chain validation with CRL/OCSP. Pure functions, no I/O.

    certificates   validate_chain, RevocationData, ISO15118_20 / ISO15118_2 policies
    xmldsig        sign_message / verify_message (AuthorizationReq, CertificateInstallationReq/Res,
                   MeteringConfirmationReq), sign_bytes / verify_bytes
    key_transport  encrypt_contract_key / decrypt_contract_key (ECDH secp521r1 or X448 + AES-GCM)
    pnc            authorize_pnc / authorization_outcome (SECC), verify_certificate_installation_req,
                   signed_installation_data (CPS), open_certificate_installation_res (EVCC)
    errors         SecurityError hierarchy with .reason; response_code(error, message)
    iso2           ISO 15118-2: sign/verify over -2 EXI fragments, P-256 key transport (concat KDF +
                   AES-128-CBC), PnC decisions with -2 response codes (see its docstring for the API)
"""
