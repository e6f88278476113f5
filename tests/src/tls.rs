//! Certificates made at test time for TLS servers, and a blocking TLS
//! client to reach them.

use std::fmt;
use std::fs;
use std::io;
use std::net::{IpAddr, Ipv4Addr, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
    KeyUsagePurpose,
};
use rustls::{ClientConnection, RootCertStore, StreamOwned};
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer, ServerName};

/// A blocking TLS stream over TCP, as [`RedisServer::tls_stream`] opens.
///
/// [`RedisServer::tls_stream`]: crate::RedisServer::tls_stream
pub type TlsStream = StreamOwned<ClientConnection, TcpStream>;

/// Whether a TLS server asks clients for a certificate
/// (`--tls-auth-clients`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TlsAuthClients {
    /// No client certificate is asked for.
    No,
    /// A client may present a certificate; if it does, it must be valid.
    Optional,
    /// Every client must present a valid certificate (mutual TLS).
    Yes,
}

impl TlsAuthClients {
    /// The value of `--tls-auth-clients`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::No => "no",
            Self::Optional => "optional",
            Self::Yes => "yes",
        }
    }
}

/// The names the server's certificate holds (subject alternative names).
pub const SERVER_NAMES: [&str; 3] = ["127.0.0.1", "localhost", "::1"];

/// Why certificates could not be made or written.
#[derive(Debug)]
pub struct CertError(String);

impl fmt::Display for CertError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CertError {}

impl From<rcgen::Error> for CertError {
    fn from(err: rcgen::Error) -> Self {
        Self(format!("generating a certificate: {err}"))
    }
}

impl From<io::Error> for CertError {
    fn from(err: io::Error) -> Self {
        Self(format!("writing a certificate: {err}"))
    }
}

/// A certificate and its private key, in PEM.
#[derive(Clone)]
struct Pair {
    cert: String,
    key: String,
}

/// A fresh set of certificates for one TLS server, written as PEM files
/// into a directory:
///
/// - a certificate authority (`ca.crt`), which the server trusts for client
///   certificates and a client should trust for the server's;
/// - the server's certificate (`server.crt`, `server.key`) for
///   [`SERVER_NAMES`], signed by the CA;
/// - a client certificate (`client.crt`, `client.key`), signed by the CA;
/// - an *untrusted* CA (`untrusted-ca.crt`) that signed nothing the server
///   uses, and a client certificate it signed (`untrusted-client.crt`,
///   `untrusted-client.key`): what a stranger would present.
///
/// Keys are ECDSA P-256, made anew for every server.
#[derive(Clone)]
pub struct TlsCerts {
    dir: PathBuf,
    ca: Pair,
    server: Pair,
    client: Pair,
    untrusted_ca: Pair,
    untrusted_client: Pair,
}

impl TlsCerts {
    /// Makes the certificates and writes them into `dir`.
    ///
    /// # Errors
    ///
    /// If a certificate cannot be made or a file cannot be written.
    pub fn generate(dir: &Path) -> Result<Self, CertError> {
        let (ca, ca_issuer) = authority("resp-tests CA")?;
        let server = leaf(
            "resp-tests server",
            &SERVER_NAMES,
            ExtendedKeyUsagePurpose::ServerAuth,
            &ca_issuer,
        )?;
        let client = leaf(
            "resp-tests client",
            &[],
            ExtendedKeyUsagePurpose::ClientAuth,
            &ca_issuer,
        )?;
        let (untrusted_ca, untrusted_issuer) = authority("resp-tests untrusted CA")?;
        let untrusted_client = leaf(
            "resp-tests stranger",
            &[],
            ExtendedKeyUsagePurpose::ClientAuth,
            &untrusted_issuer,
        )?;
        let certs = Self {
            dir: dir.to_path_buf(),
            ca,
            server,
            client,
            untrusted_ca,
            untrusted_client,
        };
        fs::write(certs.ca_path(), &certs.ca.cert)?;
        fs::write(certs.server_cert_path(), &certs.server.cert)?;
        fs::write(certs.server_key_path(), &certs.server.key)?;
        fs::write(certs.client_cert_path(), &certs.client.cert)?;
        fs::write(certs.client_key_path(), &certs.client.key)?;
        fs::write(dir.join("untrusted-ca.crt"), &certs.untrusted_ca.cert)?;
        fs::write(
            dir.join("untrusted-client.crt"),
            &certs.untrusted_client.cert,
        )?;
        fs::write(
            dir.join("untrusted-client.key"),
            &certs.untrusted_client.key,
        )?;
        Ok(certs)
    }

    /// The CA certificate, PEM.
    pub fn ca_pem(&self) -> &[u8] {
        self.ca.cert.as_bytes()
    }

    /// The CA certificate's file.
    pub fn ca_path(&self) -> PathBuf {
        self.dir.join("ca.crt")
    }

    /// The server's certificate, PEM.
    pub fn server_cert_pem(&self) -> &[u8] {
        self.server.cert.as_bytes()
    }

    /// The server's certificate's file.
    pub fn server_cert_path(&self) -> PathBuf {
        self.dir.join("server.crt")
    }

    /// The server's private key's file.
    pub fn server_key_path(&self) -> PathBuf {
        self.dir.join("server.key")
    }

    /// The client certificate, PEM, signed by the CA.
    pub fn client_cert_pem(&self) -> &[u8] {
        self.client.cert.as_bytes()
    }

    /// The client certificate's private key, PEM.
    pub fn client_key_pem(&self) -> &[u8] {
        self.client.key.as_bytes()
    }

    /// The client certificate's file.
    pub fn client_cert_path(&self) -> PathBuf {
        self.dir.join("client.crt")
    }

    /// The client certificate's private key's file.
    pub fn client_key_path(&self) -> PathBuf {
        self.dir.join("client.key")
    }

    /// A CA that signed nothing the server uses, PEM: trusting it alone
    /// must not let a client accept the server.
    pub fn untrusted_ca_pem(&self) -> &[u8] {
        self.untrusted_ca.cert.as_bytes()
    }

    /// A client certificate signed by the untrusted CA, PEM: a server
    /// that checks client certificates must refuse it.
    pub fn untrusted_client_cert_pem(&self) -> &[u8] {
        self.untrusted_client.cert.as_bytes()
    }

    /// The private key of [`untrusted_client_cert_pem`](Self::untrusted_client_cert_pem).
    pub fn untrusted_client_key_pem(&self) -> &[u8] {
        self.untrusted_client.key.as_bytes()
    }

    /// A rustls client configuration that trusts the CA and presents the
    /// client certificate.
    ///
    /// # Panics
    ///
    /// If the certificates made above do not load, which is a bug here.
    pub fn client_config(&self) -> Arc<rustls::ClientConfig> {
        let mut roots = RootCertStore::empty();
        for cert in CertificateDer::pem_slice_iter(self.ca_pem()) {
            roots.add(cert.expect("CA PEM")).expect("CA certificate");
        }
        let chain = CertificateDer::pem_slice_iter(self.client_cert_pem())
            .collect::<Result<Vec<_>, _>>()
            .expect("client certificate PEM");
        let key = PrivateKeyDer::from_pem_slice(self.client_key_pem()).expect("client key PEM");
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .expect("TLS versions")
            .with_root_certificates(roots)
            .with_client_auth_cert(chain, key)
            .expect("client certificate");
        Arc::new(config)
    }

    /// Wraps `tcp` in TLS to a server named `127.0.0.1`, with
    /// [`client_config`](Self::client_config). The handshake happens on
    /// the first read or write.
    ///
    /// # Panics
    ///
    /// As [`client_config`](Self::client_config).
    pub fn wrap(&self, tcp: TcpStream) -> TlsStream {
        let name = ServerName::from(IpAddr::from(Ipv4Addr::LOCALHOST));
        let conn = ClientConnection::new(self.client_config(), name).expect("TLS client");
        StreamOwned::new(conn, tcp)
    }
}

impl fmt::Debug for TlsCerts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TlsCerts")
            .field("dir", &self.dir)
            .finish_non_exhaustive()
    }
}

/// A self-signed certificate authority.
fn authority(name: &str) -> Result<(Pair, Issuer<'static, KeyPair>), CertError> {
    let mut params = CertificateParams::new(Vec::new())?;
    params.distinguished_name.push(DnType::CommonName, name);
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    let key = KeyPair::generate()?;
    let cert = params.self_signed(&key)?;
    let pair = Pair {
        cert: cert.pem(),
        key: key.serialize_pem(),
    };
    Ok((pair, Issuer::new(params, key)))
}

/// A certificate for `names`, for `usage`, signed by `issuer`.
fn leaf(
    common_name: &str,
    names: &[&str],
    usage: ExtendedKeyUsagePurpose,
    issuer: &Issuer<'static, KeyPair>,
) -> Result<Pair, CertError> {
    let names: Vec<String> = names.iter().map(|name| (*name).to_owned()).collect();
    let mut params = CertificateParams::new(names)?;
    params
        .distinguished_name
        .push(DnType::CommonName, common_name);
    params.key_usages = vec![
        KeyUsagePurpose::DigitalSignature,
        KeyUsagePurpose::KeyEncipherment,
    ];
    params.extended_key_usages = vec![usage];
    params.use_authority_key_identifier_extension = true;
    let key = KeyPair::generate()?;
    let cert = params.signed_by(&key, issuer)?;
    Ok(Pair {
        cert: cert.pem(),
        key: key.serialize_pem(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::temp_dir::TempDir;

    #[test]
    fn writes_every_file_as_pem() {
        let dir = TempDir::new("resp-tests-certs").unwrap();
        let certs = TlsCerts::generate(dir.path()).unwrap();
        for path in [
            certs.ca_path(),
            certs.server_cert_path(),
            certs.client_cert_path(),
        ] {
            let text = fs::read_to_string(&path).unwrap();
            assert!(text.starts_with("-----BEGIN CERTIFICATE-----"), "{path:?}");
        }
        for path in [certs.server_key_path(), certs.client_key_path()] {
            let text = fs::read_to_string(&path).unwrap();
            assert!(text.starts_with("-----BEGIN PRIVATE KEY-----"), "{path:?}");
        }
        assert_eq!(fs::read(certs.ca_path()).unwrap(), certs.ca_pem());
        assert_ne!(certs.ca_pem(), certs.untrusted_ca_pem());
        // The configuration builds: the pieces fit together.
        let _ = certs.client_config();
    }
}
