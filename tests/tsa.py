"""A real RFC 3161 time-stamping authority on loopback, with a key and self-signed certificate of its own.

``Authority`` signs tokens (``token_for``) and answers HTTP POSTs of a TimeStampReq with a TimeStampResp,
or, as ``mode`` says, with a refusal (``reject``), bytes that are no response at all (``garbage``) or
an HTTP error (``http_error``). Used by tests/core/test_timestamp.py and the tamper suite.
"""

from __future__ import annotations

import hashlib
import itertools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from asn1crypto import algos, cms, tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from copytrace.timestamp import TimeStampResp

SUBJECT = "CN=copytrace test TSA,O=copytrace tests"


class Authority:
    """A key, a self-signed time-stamping certificate, and the signing of tokens with them."""

    def __init__(self, kind: str = "rsa") -> None:
        self.kind = kind
        self.key: Any = (rsa.generate_private_key(public_exponent=65537, key_size=2048) if kind == "rsa"
                         else ec.generate_private_key(ec.SECP256R1()))
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "copytrace test TSA"),
                          x509.NameAttribute(NameOID.ORGANIZATION_NAME, "copytrace tests")])
        now = datetime.now(UTC)
        cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(self.key.public_key())
                .serial_number(x509.random_serial_number())
                .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
                .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
                .sign(self.key, hashes.SHA256()))
        self.certificate = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
        self.serials = itertools.count(1)
        self.mode = "ok"
        self.requests: list[tsp.TimeStampReq] = []

    def token_for(self, imprint: bytes, nonce: int | None = None, gen_time: datetime | None = None) -> cms.ContentInfo:
        """A time-stamp token over a SHA-256 message imprint, signed with this authority's key."""
        info: dict[str, Any] = {
            "version": "v1", "policy": "1.3.6.1.4.1.99999.1",
            "message_imprint": {"hash_algorithm": {"algorithm": "sha256"}, "hashed_message": imprint},
            "serial_number": next(self.serials),
            "gen_time": (gen_time or datetime.now(UTC)).replace(microsecond=0),
        }
        if nonce is not None:
            info["nonce"] = nonce
        tst = tsp.TSTInfo(info)
        attributes = cms.CMSAttributes([
            {"type": "content_type", "values": ["tst_info"]},
            {"type": "signing_time", "values": [cms.Time({"utc_time": datetime.now(UTC).replace(microsecond=0)})]},
            {"type": "message_digest", "values": [hashlib.sha256(tst.dump()).digest()]},
        ])
        to_sign = attributes.dump()  # the SET form the signature covers
        if self.kind == "rsa":
            signature = self.key.sign(to_sign, padding.PKCS1v15(), hashes.SHA256())
            algorithm = "sha256_rsa"
        else:
            signature = self.key.sign(to_sign, ec.ECDSA(hashes.SHA256()))
            algorithm = "sha256_ecdsa"
        signer = cms.SignerInfo({
            "version": "v1",
            "sid": cms.SignerIdentifier({"issuer_and_serial_number": cms.IssuerAndSerialNumber({
                "issuer": self.certificate.issuer, "serial_number": self.certificate.serial_number})}),
            "digest_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
            "signed_attrs": attributes,
            "signature_algorithm": algos.SignedDigestAlgorithm({"algorithm": algorithm}),
            "signature": signature,
        })
        return cms.ContentInfo({"content_type": "signed_data", "content": cms.SignedData({
            "version": "v3",
            "digest_algorithms": [algos.DigestAlgorithm({"algorithm": "sha256"})],
            "encap_content_info": {"content_type": "tst_info", "content": tst},
            "certificates": [self.certificate],
            "signer_infos": [signer],
        })})

    def answer(self, body: bytes) -> bytes:
        """The DER TimeStampResp to a DER TimeStampReq, as ``mode`` says."""
        if self.mode == "garbage":
            return b"<html>this is not a time-stamp response</html>"
        request = tsp.TimeStampReq.load(body)
        self.requests.append(request)
        if self.mode == "reject":
            return bytes(TimeStampResp({"status": {"status": "rejection", "status_string": ["policy not accepted"],
                                                   "fail_info": {"unaccepted_policy"}}}).dump())
        imprint = request["message_imprint"]["hashed_message"].native
        token = self.token_for(imprint, request["nonce"].native)
        return bytes(TimeStampResp({"status": {"status": "granted"}, "time_stamp_token": token}).dump())


@contextmanager
def serve(authority: Authority) -> Iterator[str]:
    """Run ``authority`` over HTTP on loopback for the block; yield its URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            if authority.mode == "http_error":
                self.send_error(503)
                return
            if self.headers.get("Content-Type") != "application/timestamp-query":
                self.send_error(415)
                return
            reply = authority.answer(body)
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/tsa"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
