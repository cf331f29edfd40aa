"""docker/ cannot be built on a machine without a Docker engine, so its configs are checked here:
they load with the real config loaders and every /pki path they name is one `pki init` writes."""
import re
from pathlib import Path

from evcc.config import load_file as load_evcc_file
from pki.cli import main as pki_main
from secc.config import load_config as load_secc_config

DOCKER = Path(__file__).resolve().parent.parent / "docker"


def test_configs_load_and_require_tls() -> None:
    _, server, _ = load_secc_config(DOCKER / "config" / "secc.toml")
    assert not server.allow_plain_tcp and server.tls_cert and server.tls_key
    evcc_file = load_evcc_file(DOCKER / "config" / "evcc.toml")
    assert evcc_file.connection.interface == "eth0" and evcc_file.connection.tls_trust_roots


def test_every_pki_path_named_by_the_compose_set_up_is_made_by_pki_init(tmp_path: Path) -> None:
    compose = (DOCKER / "compose.yaml").read_text()
    init = re.search(r'command: \["pki", "init", "/pki", "--suite", "([\w-]+)"\]', compose)
    assert init, "compose runs pki init into the shared /pki volume"
    assert pki_main(["init", str(tmp_path), "--suite", init.group(1)]) == 0
    named = set()
    for config in (DOCKER / "config").glob("*.toml"):
        named |= set(re.findall(r'"/pki/([^"]+)"', config.read_text()))
    assert named, "the configs name certificate paths"
    missing = sorted(p for p in named if not (tmp_path / p).is_file())
    assert not missing, f"pki init does not write {missing}"


def test_plug_and_charge_material_of_the_compose_set_up_loads(tmp_path: Path) -> None:
    """With /pki pointing at a fresh `pki init`, the SECC's [pnc] and the EV's wallet build."""
    from evcc.cli import build_wallet
    from secc.cli import pnc_authorizer, ssl_context
    from secc.config import load_pnc_config

    pki = tmp_path / "pki"
    assert pki_main(["init", str(pki), "--suite", "iso20-ecdsa"]) == 0
    secc_toml, evcc_toml = tmp_path / "secc.toml", tmp_path / "evcc.toml"
    for source, target in ((DOCKER / "config" / "secc.toml", secc_toml), (DOCKER / "config" / "evcc.toml", evcc_toml)):
        target.write_text(source.read_text().replace('"/pki', f'"{pki}').replace('"/contracts"', f'"{tmp_path}/c"'))
    authorizer = pnc_authorizer(load_pnc_config(secc_toml))
    assert authorizer is not None and authorizer.installs_certificates
    assert ssl_context(load_secc_config(secc_toml)[1]) is not None
    evcc_file = load_evcc_file(evcc_toml)
    wallet = build_wallet(evcc_file.pnc)
    assert evcc_file.evcc.authorization.value == "PnC" and wallet is not None and wallet.provisioning is not None
    assert not wallet.has_contract()  # installed in the first session
