"""RFC 3161 trusted timestamps of the audit chain's head: the request, the authority's answer, the offline check.

A time-stamping authority (TSA) signs a message imprint (here the chain head's SHA-256 hash, as its 32
bytes) together with the time it states; the signed token, kept beside the registry, shows that the
chain up to that entry existed by then. ``check`` needs nothing but the token: its message imprint
must be the head hash, the signed attributes' message digest must be the digest of the TSTInfo, and
the signature over those attributes must verify with the signer certificate embedded in the token.
Whether that certificate deserves trust is left to the reader: ``check`` names its subject.

Needs the ``timestamp`` extra (asn1crypto and cryptography), imported only when a token is asked for
or checked, so a registry without tokens verifies without it.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx
from asn1crypto import cms, core, tsp
from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, padding, rsa

from copytrace.errors import CopytraceError

# The imprint is the head hash itself, which is a SHA-256 digest of the newest entry.
IMPRINT_ALGORITHM = "sha256"
TIMEOUT_S = 30.0
QUERY_TYPE = "application/timestamp-query"
# What asn1crypto raises on bytes that do not hold the structure it was asked to read.
_MALFORMED = (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError)
_HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "sha1": hashes.SHA1, "sha224": hashes.SHA224, "sha256": hashes.SHA256, "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
}


class TimestampError(CopytraceError):
    """The time-stamping authority could not be asked, refused, or answered with no usable token."""


class BadToken(CopytraceError):
    """A stored token that does not prove what it is stored for; the message says why."""


class TimeStampResp(core.Sequence):  # type: ignore[misc]  # asn1crypto has no type hints
    """RFC 3161's answer; asn1crypto's own class makes the token mandatory, but a refusal carries none."""

    _fields = [  # noqa: RUF012 - asn1crypto's declaration form
        ("status", tsp.PKIStatusInfo),
        ("time_stamp_token", cms.ContentInfo, {"optional": True}),
    ]


@dataclass(frozen=True, slots=True)
class Checked:
    """What a token that verifies says: the time the TSA states (ISO, UTC) and who signed it."""

    gen_time: str
    signer: str
    serial: int


def request_for(head_hash: str, nonce: int) -> bytes:
    """The DER TimeStampReq for a chain head hash, asking for the signer certificate in the token."""
    return bytes(tsp.TimeStampReq({
        "version": "v1",
        "message_imprint": {"hash_algorithm": {"algorithm": IMPRINT_ALGORITHM},
                            "hashed_message": bytes.fromhex(head_hash)},
        "nonce": nonce,
        "cert_req": True,
    }).dump())


def ask(url: str, head_hash: str) -> tuple[bytes, Checked]:
    """Ask the TSA at ``url`` to stamp ``head_hash``; return the token (DER) and what it states, checked."""
    nonce = secrets.randbits(63)
    try:
        answer = httpx.post(url, content=request_for(head_hash, nonce), headers={"Content-Type": QUERY_TYPE},
                            timeout=TIMEOUT_S)
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise TimestampError(f"the time-stamping authority at {url} could not be reached ({exc}): check the URL "
                             "and the network") from None
    if answer.status_code != 200:
        raise TimestampError(f"the time-stamping authority at {url} answered HTTP {answer.status_code}: check the "
                             "URL (it takes an RFC 3161 request by HTTP POST)")
    return _token_of(url, answer.content, head_hash, nonce)


def _token_of(url: str, body: bytes, head_hash: str, nonce: int) -> tuple[bytes, Checked]:
    try:
        response = TimeStampResp.load(body)
        status = response["status"]
        granted = status["status"].native
        token = response["time_stamp_token"]
        absent = isinstance(token, core.Void)
        if granted in ("granted", "granted_with_mods") and absent:
            raise ValueError("no token")
        der = b"" if absent else bytes(token.dump())
    except _MALFORMED:
        raise TimestampError(f"the time-stamping authority at {url} did not answer with an RFC 3161 time-stamp "
                             "response: check the URL") from None
    if granted not in ("granted", "granted_with_mods"):
        said = "; ".join(status["status_string"].native or []) if status["status_string"].native else ""
        failure = ", ".join(sorted(status["fail_info"].native or [])) if status["fail_info"].native else ""
        details = "; ".join(p for p in (said, failure) if p)
        raise TimestampError(f"the time-stamping authority at {url} refused to stamp the chain head: status "
                             f"{granted}" + (f" ({details})" if details else ""))
    try:
        checked = check(der, head_hash)
        got_nonce = _tst_info(_signed_data(cms.ContentInfo.load(der)))["nonce"].native
    except BadToken as exc:
        raise TimestampError(f"the time-stamping authority at {url} answered with a token that does not "
                             f"verify: {exc}") from None
    if got_nonce != nonce:
        raise TimestampError(f"the time-stamping authority at {url} answered with a token for another request "
                             "(its nonce differs): try again")
    return der, checked


def _signed_data(info: cms.ContentInfo) -> cms.SignedData:
    if info["content_type"].native != "signed_data":
        raise BadToken(f"it is not CMS signed data (content type {info['content_type'].native})")
    signed: cms.SignedData = info["content"]
    return signed


def _tst_info(signed: cms.SignedData) -> tsp.TSTInfo:
    encap = signed["encap_content_info"]
    if encap["content_type"].native != "tst_info":
        raise BadToken(f"it does not hold a TSTInfo (content type {encap['content_type'].native})")
    tst: tsp.TSTInfo = encap["content"].parsed
    return tst


def check(der: bytes, head_hash: str) -> Checked:
    """Check a token offline against the head hash it is stored for; raise ``BadToken`` naming the reason."""
    try:
        return _check(der, head_hash)
    except _MALFORMED as exc:
        raise BadToken(f"the token is not a well-formed RFC 3161 token ({type(exc).__name__}: {exc})") from None


def _check(der: bytes, head_hash: str) -> Checked:
    info = cms.ContentInfo.load(der, strict=True)
    signed = _signed_data(info)
    tst = _tst_info(signed)
    imprint = tst["message_imprint"]
    algorithm = imprint["hash_algorithm"]["algorithm"].native
    if algorithm != IMPRINT_ALGORITHM:
        raise BadToken(f"its message imprint uses {algorithm}, not {IMPRINT_ALGORITHM}")
    if imprint["hashed_message"].native != bytes.fromhex(head_hash):
        raise BadToken(f"its message imprint is {imprint['hashed_message'].native.hex()}, not the stored head hash")
    signers = list(signed["signer_infos"])
    if len(signers) != 1:
        raise BadToken(f"it has {len(signers)} signers, not one")
    signer = signers[0]
    digest_name = signer["digest_algorithm"]["algorithm"].native
    if digest_name not in _HASHES:
        raise BadToken(f"its digest algorithm {digest_name} is not supported")
    attributes = signer["signed_attrs"]
    if attributes.native is None:
        raise BadToken("it has no signed attributes")
    found = {a["type"].native: a["values"] for a in attributes}
    if "message_digest" not in found or "content_type" not in found:
        raise BadToken("its signed attributes lack the message digest or the content type")
    if found["content_type"][0].native != "tst_info":
        raise BadToken("its signed content type is not TSTInfo")
    tst_bytes = bytes(signed["encap_content_info"]["content"])
    if found["message_digest"][0].native != hashlib.new(digest_name, tst_bytes).digest():
        raise BadToken("the message digest in its signed attributes is not the digest of its TSTInfo "
                       "(the time-stamp was altered)")
    certificate = _signer_certificate(signed, signer)
    # The signature covers the signed attributes as a SET (tag 0x31), not as the [0] they are stored with.
    signed_bytes = b"\x31" + bytes(attributes.dump())[1:]
    _verify_signature(certificate, signer, signed_bytes, digest_name)
    gen_time: datetime = tst["gen_time"].native
    return Checked(gen_time.astimezone(UTC).isoformat(timespec="microseconds"),
                   certificate.subject.rfc4514_string(), int(tst["serial_number"].native))


def _signer_certificate(signed: cms.SignedData, signer: cms.SignerInfo) -> x509.Certificate:
    sid = signer["sid"]
    for choice in signed["certificates"] or []:
        if choice.name != "certificate":
            continue
        cert = choice.chosen
        if sid.name == "issuer_and_serial_number":
            wanted = sid.chosen
            if cert.issuer == wanted["issuer"] and cert.serial_number == wanted["serial_number"].native:
                return x509.load_der_x509_certificate(bytes(cert.dump()))
        elif cert.key_identifier == sid.chosen.native:
            return x509.load_der_x509_certificate(bytes(cert.dump()))
    raise BadToken("the signer's certificate is not in the token")


def _verify_signature(certificate: x509.Certificate, signer: cms.SignerInfo, data: bytes, digest_name: str) -> None:
    signature = bytes(signer["signature"].native)
    algorithm = signer["signature_algorithm"]
    kind = algorithm.signature_algo
    digest = _HASHES[digest_name]()
    key: Any = certificate.public_key()
    try:
        if kind == "rsassa_pkcs1v15" and isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, data, padding.PKCS1v15(), digest)
        elif kind == "rsassa_pss" and isinstance(key, rsa.RSAPublicKey):
            params = algorithm["parameters"]
            pss_hash = _HASHES[params["hash_algorithm"]["algorithm"].native]()
            mgf_hash = _HASHES[params["mask_gen_algorithm"]["parameters"]["algorithm"].native]()
            key.verify(signature, data, padding.PSS(padding.MGF1(mgf_hash), params["salt_length"].native),
                       pss_hash)
        elif kind == "ecdsa" and isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, data, ec.ECDSA(digest))
        elif kind == "dsa" and isinstance(key, dsa.DSAPublicKey):
            key.verify(signature, data, digest)
        elif kind in ("ed25519", "ed448") and isinstance(key, ed25519.Ed25519PublicKey | ed448.Ed448PublicKey):
            key.verify(signature, data)
        else:
            raise BadToken(f"its signature algorithm {kind} does not fit the signer's {type(key).__name__} key")
    except InvalidSignature:
        raise BadToken("its signature does not verify with the signer's certificate "
                       f"({certificate.subject.rfc4514_string()})") from None
    except (UnsupportedAlgorithm, KeyError) as exc:
        raise BadToken(f"its signature cannot be checked here ({exc})") from None
