"""Decoder/encoder symmetry against the reference (EXIficient via /work/shared/tools/exi-oracle).

Policy (README, codec section): the decoder reads whatever the reference reads (length facets are not
checked on decode, only the bits left bound a length); the encoder enforces the facets; strings go through
both exactly, whitespace inside xs:ID / xs:anyURI included, as EXIficient's encoder writes them. The
vectors below are the reference's bytes: `exi-oracle encode` (JSON) for the anyURI element and the short
lengths, `exi-oracle encode-xml` with character references (&#9; &#13; &#10;) for the attributes, because
the reference's JSON bridge rewrites attribute whitespace before its EXI encoder sees it.
"""
from __future__ import annotations

import pytest

from iso15118 import exi
from iso15118.exi import EXIEncodeError
from iso15118.messages import APP_PROTOCOL, COMMON_MESSAGES, XMLDSIG
from iso15118.messages import app_protocol as ap
from iso15118.messages import common_messages as cm
from iso15118.messages import xmldsig as ds
from iso15118.messages.common_types import MessageHeaderType

# supportedAppProtocolReq, one AppProtocol (major 1, minor 0, SchemaID 1, Priority 1), ProtocolNamespace as given
PROTOCOL_NAMESPACE = [
    ("urn:a\tb", "80004bab9371d3084b10010000040040"),
    ("urn:a\rb", "80004bab9371d3086b10010000040040"),
    ("urn:a\nb", "80004bab9371d3085310010000040040"),
    (" urn:a  b ", "80006103ab9371d30901031100010000040040"),
    ("urn:a\t\tb\r\n", "800063ab9371d308484b106850010000040040"),
    ("\turn", "8000304bab9370010000040040"),
]


@pytest.mark.parametrize("namespace,ref", PROTOCOL_NAMESPACE)
def test_any_uri_element_keeps_tab_cr_lf_and_spaces_byte_for_byte(namespace: str, ref: str) -> None:
    msg = ap.supportedAppProtocolReq(AppProtocol=[ap.AppProtocolType(
        ProtocolNamespace=namespace, VersionNumberMajor=1, VersionNumberMinor=0, SchemaID=1, Priority=1)])
    assert exi.encode(msg).hex() == ref
    back = exi.decode(bytes.fromhex(ref), APP_PROTOCOL)
    assert back.AppProtocol[0].ProtocolNamespace == namespace
    assert exi.encode(back).hex() == ref


# SignedInfo documents: (SignedInfo/@Id xs:ID, Reference/@URI xs:anyURI, CanonicalizationMethod/@Algorithm xs:anyURI)
SIGNED_INFO = [
    (None, '#AUTH\t1', 'http://www.w3.org/TR/canonical-exi/',
     "80a225687474703a2f2f7777772e77332e6f72672f54522f63616e6f6e6963616c2d6578692f435687474703a2f2f777"
     "7772e77332e6f72672f323030312f30342f786d6c647369672d6d6f72652365636473612d73686132353644124682aaa"
     "890126204ad0e8e8e0745e5eeeeeee5cee665cdee4ce5ea8a45ec6c2dcdedcd2c6c2d85acaf0d25e90a5a1d1d1c0e8bc"
     "bddddddcb9dcccb9bdc99cbcc8c0c0c4bcc0d0bde1b5b195b98c8dcda184c8d4d90811d081098c1ab1e354df5ce88119"
     "7f1d09ee2555ef40c1a2ccfe7176d1263abb84"),
    (None, ' #AUTH\r\n1 ', 'http://x/\ty',
     "80a20d687474703a2f2f782f0979435687474703a2f2f7777772e77332e6f72672f323030312f30342f786d6c6473696"
     "72d6d6f72652365636473612d7368613235364418404682aaa8901a14624004ad0e8e8e0745e5eeeeeee5cee665cdee4"
     "ce5ea8a45ec6c2dcdedcd2c6c2d85acaf0d25e90a5a1d1d1c0e8bcbddddddcb9dcccb9bdc99cbcc8c0c0c4bcc0d0bde1"
     "b5b195b98c8dcda184c8d4d90811d081098c1ab1e354df5ce881197f1d09ee2555ef40c1a2ccfe7176d1263abb84"),
    ('S\t1', '#AUTH-1', 'http://www.w3.org/TR/canonical-exi/',
     "80a00aa6126212b43a3a381d1797bbbbbb973b999737b93397aa2917b1b0b737b734b1b0b616b2bc3497a1ab43a3a381"
     "d1797bbbbbb973b999737b933979918181897981a17bc36b63239b4b396b6b7b93291b2b1b239b096b9b430991a9b220"
     "923415554482d31025687474703a2f2f7777772e77332e6f72672f54522f63616e6f6e6963616c2d6578692f4852d0e8"
     "e8e0745e5eeeeeee5cee665cdee4ce5e646060625e60685ef0dad8cadcc646e6d0c2646a6c8408e84084c60d58f1aa6f"
     "ae74408cbf8e84f712aaf7a060d1667f38bb68931d5dc2"),
    (' S \r\n 1 ', '#AUTH-1', 'http://www.w3.org/TR/canonical-exi/',
     "80a01440a6401a1440624012b43a3a381d1797bbbbbb973b999737b93397aa2917b1b0b737b734b1b0b616b2bc3497a1"
     "ab43a3a381d1797bbbbbb973b999737b933979918181897981a17bc36b63239b4b396b6b7b93291b2b1b239b096b9b43"
     "0991a9b220923415554482d31025687474703a2f2f7777772e77332e6f72672f54522f63616e6f6e6963616c2d657869"
     "2f4852d0e8e8e0745e5eeeeeee5cee665cdee4ce5e646060625e60685ef0dad8cadcc646e6d0c2646a6c8408e84084c6"
     "0d58f1aa6fae74408cbf8e84f712aaf7a060d1667f38bb68931d5dc2"),
]


def _signed_info(id_: str | None, uri: str, c14n: str) -> ds.SignedInfo:
    return ds.SignedInfo(
        Id=id_, CanonicalizationMethod=ds.CanonicalizationMethodType(Algorithm=c14n),
        SignatureMethod=ds.SignatureMethodType(Algorithm="http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"),
        Reference=[ds.ReferenceType(
            URI=uri, Transforms=ds.TransformsType(Transform=[
                ds.TransformType(Algorithm="http://www.w3.org/TR/canonical-exi/")]),
            DigestMethod=ds.DigestMethodType(Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"),
            DigestValue=bytes.fromhex("474204263" "06ac78d537d73a20465fc7427b89557bd03068b33f9c5db4498eaee"))])


@pytest.mark.parametrize("id_,uri,c14n,ref", SIGNED_INFO)
def test_id_and_any_uri_attributes_keep_whitespace_as_the_reference_does(
        id_: str | None, uri: str, c14n: str, ref: str) -> None:
    assert exi.encode(_signed_info(id_, uri, c14n)).hex() == ref
    back = exi.decode(bytes.fromhex(ref), XMLDSIG)
    assert (back.Id, back.Reference[0].URI, back.CanonicalizationMethod.Algorithm) == (id_, uri, c14n)


def test_signed_element_with_whitespace_in_its_id_re_encodes_to_the_signed_bytes() -> None:
    """What a verifier does: decode the signed element, encode it as a fragment again, digest it. A changed
    character would break the signature."""
    signed = cm.SignedMeteringData(
        Id="SMD\t1\r\n", SessionID=bytes(8), MeterInfo=cm.MeterInfoType(MeterID="M 1\t", ChargedEnergyReadingWh=1),
        Dynamic_SMDTControlMode=cm.Dynamic_SMDTControlModeType())
    data = exi.encode_fragment(signed)
    assert exi.encode_fragment(exi.decode_fragment(data, COMMON_MESSAGES)) == data
    assert exi.decode_fragment(data, COMMON_MESSAGES).Id == "SMD\t1\r\n"


# The reference reads lengths outside the facets; so do we. SessionSetupReq (TimeStamp 1700000000,
# EVCCID WMIV1234567890ABCDEX) and AuthorizationSetupRes (PnC, GenChallenge 01 02 ...) from `exi-oracle encode`.
SHORT_AND_LONG = [
    ("808c82038b3ea81882cae9a92ac626466686a6c6e707260828486888ab00", "Header.SessionID", b""),
    ("808c0080080e2cfaa0620b2ba6a4ab1899199a1a9b1b9c1c9820a121a222ac00", "Header.SessionID", bytes(1)),
    ("808c0205058606880e2cfaa0620b2ba6a4ab1899199a1a9b1b9c1c9820a121a222ac00", "Header.SessionID",
     bytes.fromhex("0a0b0c0d")),
    ("808c04800000000000000000080e2cfaa0620b2ba6a4ab1899199a1a9b1b9c1c9820a121a222ac00", "Header.SessionID",
     bytes(9)),
    ("800c041ea65fc99ba76c4d8c4bfe1b606200242840", "PnC_ASResAuthorizationMode.GenChallenge", b""),
    ("800c041ea65fc99ba76c4d8c4bfe1b60620024206008101820283038404850586100",
     "PnC_ASResAuthorizationMode.GenChallenge", bytes(range(1, 13))),
    ("800c041ea65fc99ba76c4d8c4bfe1b606200242088081018202830384048505860687078808900",
     "PnC_ASResAuthorizationMode.GenChallenge", bytes(range(1, 18))),
]


@pytest.mark.parametrize("ref,field,value", SHORT_AND_LONG)
def test_decoder_reads_lengths_outside_the_facets_and_the_encoder_refuses_them(
        ref: str, field: str, value: bytes) -> None:
    msg = exi.decode(bytes.fromhex(ref), COMMON_MESSAGES)
    obj = msg
    for part in field.split("."):
        obj = getattr(obj, part)
    assert obj == value
    with pytest.raises(EXIEncodeError) as err:
        exi.encode(msg)
    assert err.value.path[-1] == field.split(".")[-1]


def test_encoder_refuses_wrong_length_encrypted_private_keys() -> None:
    for size in (93, 95):
        data = cm.SignedInstallationData(
            Id="id1", ContractCertificateChain=cm.ContractCertificateChainType(
                Certificate=b"c", SubCertificates=cm.SubCertificatesType(Certificate=[b"s"])),
            ECDHCurve=next(iter(cm.ecdhCurveType)), DHPublicKey=bytes(133), SECP521_EncryptedPrivateKey=bytes(size))
        with pytest.raises(EXIEncodeError) as err:
            exi.encode_fragment(data)
        assert err.value.path[-1] == "SECP521_EncryptedPrivateKey"


def test_session_id_in_header_is_strict_on_encode() -> None:
    with pytest.raises(EXIEncodeError):
        exi.encode(cm.SessionSetupReq(Header=MessageHeaderType(SessionID=bytes(4), TimeStamp=1), EVCCID="A"))


def _xml_text(s: str) -> str:
    """An attribute value as XML, whitespace as character references (a parser would normalize it)."""
    return "".join(f"&#{ord(c)};" if c in "\t\r\n" else c for c in s.replace("&", "&amp;").replace('"', "&quot;"))


@pytest.mark.oracle
def test_whitespace_vectors_match_the_live_reference() -> None:
    """Re-derives the SignedInfo vectors above with EXIficient itself (XML mode)."""
    import shutil
    import subprocess
    from pathlib import Path

    oracle = Path("/work/shared/tools/exi-oracle")
    if shutil.which("java") is None or not oracle.exists():
        pytest.skip("needs Java and /work/shared/tools/exi-oracle (the reference codec)")
    docs = []
    for id_, uri, c14n, _ in SIGNED_INFO:
        attr = f' Id="{_xml_text(id_)}"' if id_ is not None else ""
        docs.append(
            f'<SignedInfo xmlns="http://www.w3.org/2000/09/xmldsig#"{attr}>'
            f'<CanonicalizationMethod Algorithm="{_xml_text(c14n)}"/>'
            '<SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"/>'
            f'<Reference URI="{_xml_text(uri)}"><Transforms><Transform Algorithm="http://www.w3.org/TR/canonical-exi/"/>'
            '</Transforms><DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>'
            '<DigestValue>R0IEJjBqx41TfXOiBGX8dCe4lVe9AwaLM/nF20SY6u4=</DigestValue></Reference></SignedInfo>')
    run = subprocess.run([str(oracle), "encode-xml", XMLDSIG], input="\n".join(docs) + "\n", capture_output=True,
                         text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-300:]
    assert run.stdout.split() == [ref for *_, ref in SIGNED_INFO]
