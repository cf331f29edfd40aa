"""The SECC and vehicle chains load into iso15118.tls and complete a -20 TLS 1.3 mutual handshake."""
from __future__ import annotations

import ssl
from pathlib import Path

import pytest

from iso15118.tls import ClientAuth, TLSConfigurationError, evcc_client_context, negotiated_parameters, secc_server_context
from pki.profiles import Suite


def _handshake(server_ctx: ssl.SSLContext, client_ctx: ssl.SSLContext) -> tuple[ssl.SSLObject, ssl.SSLObject]:
    """In-memory handshake (no sockets): pump bytes between two SSLObjects until both are done."""
    s_in, s_out, c_in, c_out = ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO()
    server = server_ctx.wrap_bio(s_in, s_out, server_side=True)
    client = client_ctx.wrap_bio(c_in, c_out, server_side=False)
    done = {"server": False, "client": False}
    for _ in range(20):
        for name, obj in (("client", client), ("server", server)):
            if not done[name]:
                try:
                    obj.do_handshake()
                    done[name] = True
                except ssl.SSLWantReadError:
                    pass
        s_in.write(c_out.read())
        c_in.write(s_out.read())
        if all(done.values()):
            # TLS 1.3: the server learns of a rejected client certificate on first read
            client.write(b"ping")
            s_in.write(c_out.read())
            assert server.read(4) == b"ping"
            return server, client
    raise AssertionError("handshake did not finish")


@pytest.mark.parametrize("suite,algorithm", [(Suite.ISO20_ECDSA, "ecdsa_secp521r1_sha512"), (Suite.ISO20_ED448, "ed448")],
                         ids=["secp521r1", "ed448"])
def test_mutual_tls_with_generated_chains(pki_dirs: dict[Suite, Path], suite: Suite, algorithm: str) -> None:
    out = pki_dirs[suite]
    server_ctx = secc_server_context(out / "secc" / "chain.pem", out / "secc" / "leaf.key.pem",
                                     client_auth=ClientAuth.REQUIRED, ev_trust_roots=[out / "trust" / "oem-roots.pem"])
    client_ctx = evcc_client_context([out / "trust" / "v2g-roots.pem"], cert_chain=out / "oem" / "chain.pem",
                                     private_key=out / "oem" / "prov.key.pem")
    server, client = _handshake(server_ctx, client_ctx)
    assert negotiated_parameters(client).peer_signature_algorithm == algorithm
    assert negotiated_parameters(server).peer_signature_algorithm == algorithm
    assert client.version() == "TLSv1.3"


def test_wrong_trust_root_fails_handshake(pki_dirs: dict[Suite, Path]) -> None:
    out, other = pki_dirs[Suite.ISO20_ECDSA], pki_dirs[Suite.ISO20_ED448]
    server_ctx = secc_server_context(out / "secc" / "chain.pem", out / "secc" / "leaf.key.pem", client_auth=ClientAuth.NONE)
    client_ctx = evcc_client_context([other / "trust" / "v2g-roots.pem"])
    with pytest.raises(ssl.SSLCertVerificationError):
        _handshake(server_ctx, client_ctx)


def test_iso2_leaf_is_refused_for_20_tls(pki_dirs: dict[Suite, Path]) -> None:
    out = pki_dirs[Suite.ISO2]
    with pytest.raises(TLSConfigurationError):
        secc_server_context(out / "secc" / "chain.pem", out / "secc" / "leaf.key.pem", client_auth=ClientAuth.NONE)
