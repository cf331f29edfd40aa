"""Generated from exi_schemas/ by `python -m iso15118.exi.generator`; do not edit.

Namespace http://www.w3.org/2000/09/xmldsig#.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import ClassVar

from ._meta import meta
from ._any import (  # noqa: F401
    AnyElement,
)

NAMESPACE = 'http://www.w3.org/2000/09/xmldsig#'


@dataclass(kw_only=True)
class CanonicalizationMethodType:
    XSD_TYPE: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethodType'
    Algorithm: str = field(metadata=meta('attribute', 'Algorithm', '{http://www.w3.org/2001/XMLSchema}anyURI', 'anyURI', 1, 1, None, {}))
    content: list[str | AnyElement | object] = field(default_factory=list, metadata=meta('content', '', '', None, 0, None, None, {}))


@dataclass(kw_only=True)
class DSAKeyValueType:
    XSD_TYPE: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}DSAKeyValueType'
    P: bytes | None = field(default=None, metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}P', '{http://www.w3.org/2000/09/xmldsig#}CryptoBinary', 'base64Binary', 0, 1, None, {}))
    Q: bytes | None = field(default=None, metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}Q', '{http://www.w3.org/2000/09/xmldsig#}CryptoBinary', 'base64Binary', 0, 1, None, {}))
    G: bytes | None = field(default=None, metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}G', '{http://www.w3.org/2000/09/xmldsig#}CryptoBinary', 'base64Binary', 0, 1, None, {}))
    Y: bytes = field(metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}Y', '{http://www.w3.org/2000/09/xmldsig#}CryptoBinary', 'base64Binary', 1, 1, None, {}))
    J: bytes | None = field(default=None, metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}J', '{http://www.w3.org/2000/09/xmldsig#}CryptoBinary', 'base64Binary', 0, 1, None, {}))
    Seed: bytes | None = field(default=None, metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}Seed', '{http://www.w3.org/2000/09/xmldsig#}CryptoBinary', 'base64Binary', 0, 1, None, {}))
    PgenCounter: bytes | None = field(default=None, metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}PgenCounter', '{http://www.w3.org/2000/09/xmldsig#}CryptoBinary', 'base64Binary', 0, 1, None, {}))


@dataclass(kw_only=True)
class DigestMethodType:
    XSD_TYPE: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}DigestMethodType'
    Algorithm: str = field(metadata=meta('attribute', 'Algorithm', '{http://www.w3.org/2001/XMLSchema}anyURI', 'anyURI', 1, 1, None, {}))
    content: list[str | AnyElement | object] = field(default_factory=list, metadata=meta('content', '', '', None, 0, None, None, {}))


@dataclass(kw_only=True)
class KeyInfoType:
    XSD_TYPE: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}KeyInfoType'
    Id: str | None = field(default=None, metadata=meta('attribute', 'Id', '{http://www.w3.org/2001/XMLSchema}ID', 'ID', 0, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    KeyName: list[str] = field(default_factory=list, metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}KeyName', '{http://www.w3.org/2001/XMLSchema}string', 'string', 0, None, 1, {}))
    KeyValue: list[KeyValueType] = field(default_factory=list, metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}KeyValue', '{http://www.w3.org/2000/09/xmldsig#}KeyValueType', None, 0, None, 1, {}))
    RetrievalMethod: list[RetrievalMethodType] = field(default_factory=list, metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}RetrievalMethod', '{http://www.w3.org/2000/09/xmldsig#}RetrievalMethodType', None, 0, None, 1, {}))
    X509Data: list[X509DataType] = field(default_factory=list, metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}X509Data', '{http://www.w3.org/2000/09/xmldsig#}X509DataType', None, 0, None, 1, {}))
    PGPData: list[PGPDataType] = field(default_factory=list, metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}PGPData', '{http://www.w3.org/2000/09/xmldsig#}PGPDataType', None, 0, None, 1, {}))
    SPKIData: list[SPKIDataType] = field(default_factory=list, metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}SPKIData', '{http://www.w3.org/2000/09/xmldsig#}SPKIDataType', None, 0, None, 1, {}))
    MgmtData: list[str] = field(default_factory=list, metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}MgmtData', '{http://www.w3.org/2001/XMLSchema}string', 'string', 0, None, 1, {}))
    content: list[str | AnyElement | object] = field(default_factory=list, metadata=meta('content', '', '', None, 0, None, None, {}))


@dataclass(kw_only=True)
class KeyValueType:
    XSD_TYPE: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}KeyValueType'
    DSAKeyValue: DSAKeyValueType | None = field(default=None, metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}DSAKeyValue', '{http://www.w3.org/2000/09/xmldsig#}DSAKeyValueType', None, 0, 1, 1, {}))
    RSAKeyValue: RSAKeyValueType | None = field(default=None, metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}RSAKeyValue', '{http://www.w3.org/2000/09/xmldsig#}RSAKeyValueType', None, 0, 1, 1, {}))
    content: list[str | AnyElement | object] = field(default_factory=list, metadata=meta('content', '', '', None, 0, None, None, {}))


@dataclass(kw_only=True)
class ManifestType:
    XSD_TYPE: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}ManifestType'
    Id: str | None = field(default=None, metadata=meta('attribute', 'Id', '{http://www.w3.org/2001/XMLSchema}ID', 'ID', 0, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    Reference: list[ReferenceType] = field(metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}Reference', '{http://www.w3.org/2000/09/xmldsig#}ReferenceType', None, 1, None, None, {}))


@dataclass(kw_only=True)
class ObjectType:
    XSD_TYPE: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}ObjectType'
    Encoding: str | None = field(default=None, metadata=meta('attribute', 'Encoding', '{http://www.w3.org/2001/XMLSchema}anyURI', 'anyURI', 0, 1, None, {}))
    Id: str | None = field(default=None, metadata=meta('attribute', 'Id', '{http://www.w3.org/2001/XMLSchema}ID', 'ID', 0, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    MimeType: str | None = field(default=None, metadata=meta('attribute', 'MimeType', '{http://www.w3.org/2001/XMLSchema}string', 'string', 0, 1, None, {}))
    content: list[str | AnyElement | object] = field(default_factory=list, metadata=meta('content', '', '', None, 0, None, None, {}))


@dataclass(kw_only=True)
class PGPDataType:
    XSD_TYPE: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}PGPDataType'
    PGPKeyID: bytes | None = field(default=None, metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}PGPKeyID', '{http://www.w3.org/2001/XMLSchema}base64Binary', 'base64Binary', 0, 1, 1, {}))
    PGPKeyPacket: bytes | None = field(default=None, metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}PGPKeyPacket', '{http://www.w3.org/2001/XMLSchema}base64Binary', 'base64Binary', 0, 1, 1, {}))
    content: list[str | AnyElement | object] = field(default_factory=list, metadata=meta('content', '', '', None, 0, None, None, {}))


@dataclass(kw_only=True)
class RSAKeyValueType:
    XSD_TYPE: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}RSAKeyValueType'
    Modulus: bytes = field(metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}Modulus', '{http://www.w3.org/2000/09/xmldsig#}CryptoBinary', 'base64Binary', 1, 1, None, {}))
    Exponent: bytes = field(metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}Exponent', '{http://www.w3.org/2000/09/xmldsig#}CryptoBinary', 'base64Binary', 1, 1, None, {}))


@dataclass(kw_only=True)
class ReferenceType:
    XSD_TYPE: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}ReferenceType'
    Id: str | None = field(default=None, metadata=meta('attribute', 'Id', '{http://www.w3.org/2001/XMLSchema}ID', 'ID', 0, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    Type: str | None = field(default=None, metadata=meta('attribute', 'Type', '{http://www.w3.org/2001/XMLSchema}anyURI', 'anyURI', 0, 1, None, {}))
    URI: str | None = field(default=None, metadata=meta('attribute', 'URI', '{http://www.w3.org/2001/XMLSchema}anyURI', 'anyURI', 0, 1, None, {}))
    Transforms: TransformsType | None = field(default=None, metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}Transforms', '{http://www.w3.org/2000/09/xmldsig#}TransformsType', None, 0, 1, None, {}))
    DigestMethod: DigestMethodType = field(metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}DigestMethod', '{http://www.w3.org/2000/09/xmldsig#}DigestMethodType', None, 1, 1, None, {}))
    DigestValue: bytes = field(metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}DigestValue', '{http://www.w3.org/2000/09/xmldsig#}DigestValueType', 'base64Binary', 1, 1, None, {}))


@dataclass(kw_only=True)
class RetrievalMethodType:
    XSD_TYPE: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}RetrievalMethodType'
    Type: str | None = field(default=None, metadata=meta('attribute', 'Type', '{http://www.w3.org/2001/XMLSchema}anyURI', 'anyURI', 0, 1, None, {}))
    URI: str | None = field(default=None, metadata=meta('attribute', 'URI', '{http://www.w3.org/2001/XMLSchema}anyURI', 'anyURI', 0, 1, None, {}))
    Transforms: TransformsType | None = field(default=None, metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}Transforms', '{http://www.w3.org/2000/09/xmldsig#}TransformsType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class SPKIDataType:
    XSD_TYPE: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}SPKIDataType'
    SPKISexp: list[bytes] = field(metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}SPKISexp', '{http://www.w3.org/2001/XMLSchema}base64Binary', 'base64Binary', 1, None, None, {}))
    content: list[str | AnyElement | object] = field(default_factory=list, metadata=meta('content', '', '', None, 0, None, None, {}))


@dataclass(kw_only=True)
class SignatureMethodType:
    XSD_TYPE: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}SignatureMethodType'
    Algorithm: str = field(metadata=meta('attribute', 'Algorithm', '{http://www.w3.org/2001/XMLSchema}anyURI', 'anyURI', 1, 1, None, {}))
    HMACOutputLength: int | None = field(default=None, metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}HMACOutputLength', '{http://www.w3.org/2000/09/xmldsig#}HMACOutputLengthType', 'integer', 0, 1, None, {}))
    content: list[str | AnyElement | object] = field(default_factory=list, metadata=meta('content', '', '', None, 0, None, None, {}))


@dataclass(kw_only=True)
class SignaturePropertiesType:
    XSD_TYPE: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}SignaturePropertiesType'
    Id: str | None = field(default=None, metadata=meta('attribute', 'Id', '{http://www.w3.org/2001/XMLSchema}ID', 'ID', 0, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    SignatureProperty: list[SignaturePropertyType] = field(metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}SignatureProperty', '{http://www.w3.org/2000/09/xmldsig#}SignaturePropertyType', None, 1, None, None, {}))


@dataclass(kw_only=True)
class SignaturePropertyType:
    XSD_TYPE: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}SignaturePropertyType'
    Id: str | None = field(default=None, metadata=meta('attribute', 'Id', '{http://www.w3.org/2001/XMLSchema}ID', 'ID', 0, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    Target: str = field(metadata=meta('attribute', 'Target', '{http://www.w3.org/2001/XMLSchema}anyURI', 'anyURI', 1, 1, None, {}))
    content: list[str | AnyElement | object] = field(default_factory=list, metadata=meta('content', '', '', None, 0, None, None, {}))


@dataclass(kw_only=True)
class SignatureType:
    XSD_TYPE: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}SignatureType'
    Id: str | None = field(default=None, metadata=meta('attribute', 'Id', '{http://www.w3.org/2001/XMLSchema}ID', 'ID', 0, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    SignedInfo: SignedInfoType = field(metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}SignedInfo', '{http://www.w3.org/2000/09/xmldsig#}SignedInfoType', None, 1, 1, None, {}))
    SignatureValue: SignatureValueType = field(metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}SignatureValue', '{http://www.w3.org/2000/09/xmldsig#}SignatureValueType', None, 1, 1, None, {}))
    KeyInfo: KeyInfoType | None = field(default=None, metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}KeyInfo', '{http://www.w3.org/2000/09/xmldsig#}KeyInfoType', None, 0, 1, None, {}))
    Object: list[ObjectType] = field(default_factory=list, metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}Object', '{http://www.w3.org/2000/09/xmldsig#}ObjectType', None, 0, None, None, {}))


@dataclass(kw_only=True)
class SignatureValueType:
    XSD_TYPE: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}SignatureValueType'
    Id: str | None = field(default=None, metadata=meta('attribute', 'Id', '{http://www.w3.org/2001/XMLSchema}ID', 'ID', 0, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    value: bytes = field(metadata=meta('value', '', '{http://www.w3.org/2001/XMLSchema}base64Binary', 'base64Binary', 1, 1, None, {}))


@dataclass(kw_only=True)
class SignedInfoType:
    XSD_TYPE: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}SignedInfoType'
    Id: str | None = field(default=None, metadata=meta('attribute', 'Id', '{http://www.w3.org/2001/XMLSchema}ID', 'ID', 0, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    CanonicalizationMethod: CanonicalizationMethodType = field(metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethod', '{http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethodType', None, 1, 1, None, {}))
    SignatureMethod: SignatureMethodType = field(metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}SignatureMethod', '{http://www.w3.org/2000/09/xmldsig#}SignatureMethodType', None, 1, 1, None, {}))
    Reference: list[ReferenceType] = field(metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}Reference', '{http://www.w3.org/2000/09/xmldsig#}ReferenceType', None, 1, None, None, {}))


@dataclass(kw_only=True)
class TransformType:
    XSD_TYPE: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}TransformType'
    Algorithm: str = field(metadata=meta('attribute', 'Algorithm', '{http://www.w3.org/2001/XMLSchema}anyURI', 'anyURI', 1, 1, None, {}))
    XPath: list[str] = field(default_factory=list, metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}XPath', '{http://www.w3.org/2001/XMLSchema}string', 'string', 0, None, 1, {}))
    content: list[str | AnyElement | object] = field(default_factory=list, metadata=meta('content', '', '', None, 0, None, None, {}))


@dataclass(kw_only=True)
class TransformsType:
    XSD_TYPE: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}TransformsType'
    Transform: list[TransformType] = field(metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}Transform', '{http://www.w3.org/2000/09/xmldsig#}TransformType', None, 1, None, None, {}))


@dataclass(kw_only=True)
class X509DataType:
    XSD_TYPE: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}X509DataType'
    X509IssuerSerial: list[X509IssuerSerialType] = field(default_factory=list, metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}X509IssuerSerial', '{http://www.w3.org/2000/09/xmldsig#}X509IssuerSerialType', None, 0, None, 1, {}))
    X509SKI: list[bytes] = field(default_factory=list, metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}X509SKI', '{http://www.w3.org/2001/XMLSchema}base64Binary', 'base64Binary', 0, None, 1, {}))
    X509SubjectName: list[str] = field(default_factory=list, metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}X509SubjectName', '{http://www.w3.org/2001/XMLSchema}string', 'string', 0, None, 1, {}))
    X509Certificate: list[bytes] = field(default_factory=list, metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}X509Certificate', '{http://www.w3.org/2001/XMLSchema}base64Binary', 'base64Binary', 0, None, 1, {}))
    X509CRL: list[bytes] = field(default_factory=list, metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}X509CRL', '{http://www.w3.org/2001/XMLSchema}base64Binary', 'base64Binary', 0, None, 1, {}))
    content: list[str | AnyElement | object] = field(default_factory=list, metadata=meta('content', '', '', None, 0, None, None, {}))


@dataclass(kw_only=True)
class X509IssuerSerialType:
    XSD_TYPE: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}X509IssuerSerialType'
    X509IssuerName: str = field(metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}X509IssuerName', '{http://www.w3.org/2001/XMLSchema}string', 'string', 1, 1, None, {}))
    X509SerialNumber: int = field(metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}X509SerialNumber', '{http://www.w3.org/2001/XMLSchema}integer', 'integer', 1, 1, None, {}))


class CanonicalizationMethod(CanonicalizationMethodType):
    """The CanonicalizationMethod element (CanonicalizationMethodType)."""
    XSD_ELEMENT: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethod'


class DSAKeyValue(DSAKeyValueType):
    """The DSAKeyValue element (DSAKeyValueType)."""
    XSD_ELEMENT: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}DSAKeyValue'


class DigestMethod(DigestMethodType):
    """The DigestMethod element (DigestMethodType)."""
    XSD_ELEMENT: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}DigestMethod'


@dataclass(kw_only=True)
class DigestValue:
    XSD_ELEMENT: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}DigestValue'
    XSD_TYPE: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}DigestValueType'
    value: bytes = field(metadata=meta('value', '', '{http://www.w3.org/2000/09/xmldsig#}DigestValueType', 'base64Binary', 1, 1, None, {}))


class KeyInfo(KeyInfoType):
    """The KeyInfo element (KeyInfoType)."""
    XSD_ELEMENT: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}KeyInfo'


@dataclass(kw_only=True)
class KeyName:
    XSD_ELEMENT: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}KeyName'
    XSD_TYPE: ClassVar[str] = '{http://www.w3.org/2001/XMLSchema}string'
    value: str = field(metadata=meta('value', '', '{http://www.w3.org/2001/XMLSchema}string', 'string', 1, 1, None, {}))


class KeyValue(KeyValueType):
    """The KeyValue element (KeyValueType)."""
    XSD_ELEMENT: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}KeyValue'


class Manifest(ManifestType):
    """The Manifest element (ManifestType)."""
    XSD_ELEMENT: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}Manifest'


@dataclass(kw_only=True)
class MgmtData:
    XSD_ELEMENT: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}MgmtData'
    XSD_TYPE: ClassVar[str] = '{http://www.w3.org/2001/XMLSchema}string'
    value: str = field(metadata=meta('value', '', '{http://www.w3.org/2001/XMLSchema}string', 'string', 1, 1, None, {}))


class Object(ObjectType):
    """The Object element (ObjectType)."""
    XSD_ELEMENT: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}Object'


class PGPData(PGPDataType):
    """The PGPData element (PGPDataType)."""
    XSD_ELEMENT: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}PGPData'


class RSAKeyValue(RSAKeyValueType):
    """The RSAKeyValue element (RSAKeyValueType)."""
    XSD_ELEMENT: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}RSAKeyValue'


class Reference(ReferenceType):
    """The Reference element (ReferenceType)."""
    XSD_ELEMENT: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}Reference'


class RetrievalMethod(RetrievalMethodType):
    """The RetrievalMethod element (RetrievalMethodType)."""
    XSD_ELEMENT: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}RetrievalMethod'


class SPKIData(SPKIDataType):
    """The SPKIData element (SPKIDataType)."""
    XSD_ELEMENT: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}SPKIData'


class Signature(SignatureType):
    """The Signature element (SignatureType)."""
    XSD_ELEMENT: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}Signature'


class SignatureMethod(SignatureMethodType):
    """The SignatureMethod element (SignatureMethodType)."""
    XSD_ELEMENT: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}SignatureMethod'


class SignatureProperties(SignaturePropertiesType):
    """The SignatureProperties element (SignaturePropertiesType)."""
    XSD_ELEMENT: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}SignatureProperties'


class SignatureProperty(SignaturePropertyType):
    """The SignatureProperty element (SignaturePropertyType)."""
    XSD_ELEMENT: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}SignatureProperty'


class SignatureValue(SignatureValueType):
    """The SignatureValue element (SignatureValueType)."""
    XSD_ELEMENT: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}SignatureValue'


class SignedInfo(SignedInfoType):
    """The SignedInfo element (SignedInfoType)."""
    XSD_ELEMENT: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}SignedInfo'


class Transform(TransformType):
    """The Transform element (TransformType)."""
    XSD_ELEMENT: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}Transform'


class Transforms(TransformsType):
    """The Transforms element (TransformsType)."""
    XSD_ELEMENT: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}Transforms'


class X509Data(X509DataType):
    """The X509Data element (X509DataType)."""
    XSD_ELEMENT: ClassVar[str] = '{http://www.w3.org/2000/09/xmldsig#}X509Data'
