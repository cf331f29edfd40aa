"""docker/ cannot be built on a machine without a Docker engine, so its configs are checked here:
they load with the real config loaders and every /pki path they name is one `pki init` writes."""
import re
from pathlib import Path

from evcc.config import load_config as load_evcc_config
from pki.cli import main as pki_main
from secc.config import load_config as load_secc_config

DOCKER = Path(__file__).resolve().parent.parent / "docker"


def test_configs_load_and_require_tls() -> None:
    _, server, _ = load_secc_config(DOCKER / "config" / "secc.toml")
    assert not server.allow_plain_tcp and server.tls_cert and server.tls_key
    evcc_config, raw = load_evcc_config(DOCKER / "config" / "evcc.toml")
    assert raw["connection"]["interface"] == "eth0"


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
