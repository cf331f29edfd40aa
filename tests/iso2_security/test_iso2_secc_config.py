"""secc configuration for -2 security: [server] iso2_tls_cert/iso2_tls_key (alone: a TLS 1.2 -2 listener; with
tls_cert: one listener for TLS 1.3 and 1.2), tcp_listener, and [pnc] iso2_local_cps."""
from __future__ import annotations

import ssl
from pathlib import Path

import pytest

from secc.cli import pnc_authorizer, ssl_context, transport_text
from secc.config import ConfigError, load_config, load_pnc_config


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "secc.toml"
    path.write_text(text)
    return path


def test_both_families_on_one_listener(tmp_path: Path, pki2_dir: Path, pki20_dir: Path) -> None:
    path = _write(tmp_path, f"""
[server]
tls_cert = "{pki20_dir}/secc/chain.pem"
tls_key = "{pki20_dir}/secc/leaf.key.pem"
iso2_tls_cert = "{pki2_dir}/secc/chain.pem"
iso2_tls_key = "{pki2_dir}/secc/leaf.key.pem"
tcp_listener = true
[pnc]
mo_roots = ["{pki2_dir}/trust/mo-roots.pem", "{pki20_dir}/trust/mo-roots.pem"]
iso2_local_cps = "{pki2_dir}"
""")
    _, server, _ = load_config(path)
    assert server.tcp_listener
    context = ssl_context(server)
    assert (context.minimum_version, context.maximum_version) == (ssl.TLSVersion.TLSv1_2, ssl.TLSVersion.TLSv1_3)
    assert transport_text(context) == "TLS 1.3 and 1.2"
    authorizer = pnc_authorizer(load_pnc_config(path))
    assert authorizer is not None and authorizer.iso2_installation is not None and authorizer.installation is None


def test_minus_2_only_and_errors(tmp_path: Path, pki2_dir: Path) -> None:
    path = _write(tmp_path, f"""
[server]
iso2_tls_cert = "{pki2_dir}/secc/chain.pem"
iso2_tls_key = "{pki2_dir}/secc/leaf.key.pem"
""")
    _, server, _ = load_config(path)
    context = ssl_context(server)
    assert transport_text(context) == "TLS 1.2" and transport_text(None) == "PLAIN TCP - lab only"
    assert transport_text(None, plain_tcp_in_field=True) == "plain TCP"
    with pytest.raises(ConfigError, match="iso2_tls_cert and iso2_tls_key"):
        load_config(_write(tmp_path, f'[server]\niso2_tls_cert = "{pki2_dir}/secc/chain.pem"\n'))


def test_sales_tariff_signer_from_pnc_config(tmp_path: Path, pki2_dir: Path) -> None:
    """[pnc] iso2_tariff_key/chain: the MO Sub-CA 2 key of a `pki init --suite iso2` tree signs -2 SalesTariffs."""
    from cryptography.hazmat.primitives.serialization import Encoding

    from secc.cli import pnc_authorizer
    from secc.config import load_pnc_config

    sub2 = next((pki2_dir / "mo").glob("subca2*key*"))
    cert = next(p for p in (pki2_dir / "mo").glob("subca2*.pem") if "key" not in p.name)
    path = _write(tmp_path, f"""
[pnc]
mo_roots = ["{pki2_dir}/trust/mo-roots.pem"]
iso2_tariff_key = "{sub2}"
iso2_tariff_chain = "{cert}"
""")
    authorizer = pnc_authorizer(load_pnc_config(path))
    assert authorizer is not None and authorizer.sales_tariff_signer is not None
    assert authorizer.sales_tariff_signer.chain[0].public_bytes(Encoding.PEM) in cert.read_bytes()
    with pytest.raises(ConfigError, match="go together"):
        load_pnc_config(_write(tmp_path, f'[pnc]\nmo_roots = ["{pki2_dir}/trust/mo-roots.pem"]\niso2_tariff_key = "{sub2}"\n'))
    with pytest.raises(ConfigError, match="not the key's"):  # a chain that is not the key's
        pnc_authorizer(load_pnc_config(_write(tmp_path, f"""
[pnc]
mo_roots = ["{pki2_dir}/trust/mo-roots.pem"]
iso2_tariff_key = "{sub2}"
iso2_tariff_chain = "{pki2_dir}/trust/mo-roots.pem"
""")))
