//! TLS over any stream, with rustls (ring), done once for every runtime.

use std::fmt;
use std::path::Path;
use std::sync::Arc;

use futures_rustls::TlsConnector;
use futures_rustls::rustls::client::danger::{
    HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier,
};
use futures_rustls::rustls::crypto::{CryptoProvider, ring};
use futures_rustls::rustls::{self, DigitallySignedStruct, RootCertStore, SignatureScheme};
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};

use crate::error::{Error, ErrorKind};

/// How to set up TLS: which certificate authorities to trust, an optional
/// client certificate, and (for tests only) whether to verify at all.
///
/// By default the server's certificate must chain to one of the Mozilla
/// root certificates and name the host connected to.
///
/// ```no_run
/// use resp_client::{ClientConfig, TlsConfig};
///
/// let tls = TlsConfig::new()
///     .with_ca_pem_file("certs/ca.pem")?
///     .with_client_cert_pem_files("certs/client.pem", "certs/client.key")?;
/// let config = ClientConfig::from_url("rediss://redis.internal:6380")?.with_tls(tls);
/// # Ok::<(), resp_client::Error>(())
/// ```
#[derive(Clone)]
pub struct TlsConfig {
    roots: Option<Vec<CertificateDer<'static>>>,
    client: Option<(Vec<CertificateDer<'static>>, Arc<PrivateKeyDer<'static>>)>,
    verify: bool,
    server_name: Option<String>,
}

impl TlsConfig {
    /// Verify against the Mozilla root certificates; no client certificate.
    pub fn new() -> Self {
        Self {
            roots: None,
            client: None,
            verify: true,
            server_name: None,
        }
    }

    /// Trusts the certificate authorities in `pem` (instead of the Mozilla
    /// roots).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Tls`] when `pem` holds no certificate or a malformed one.
    pub fn with_ca_pem(mut self, pem: &[u8]) -> Result<Self, Error> {
        let certs = certs_from_pem(pem, "CA")?;
        self.roots.get_or_insert_with(Vec::new).extend(certs);
        Ok(self)
    }

    /// [`TlsConfig::with_ca_pem`] with the contents of a file.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Tls`] when the file cannot be read or parsed.
    pub fn with_ca_pem_file(self, path: impl AsRef<Path>) -> Result<Self, Error> {
        let pem = read(path.as_ref())?;
        self.with_ca_pem(&pem)
    }

    /// Presents a client certificate chain and its private key (mutual TLS).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Tls`] when either does not parse.
    pub fn with_client_cert_pem(mut self, cert_chain: &[u8], key: &[u8]) -> Result<Self, Error> {
        let certs = certs_from_pem(cert_chain, "client")?;
        let key = PrivateKeyDer::from_pem_slice(key).map_err(|e| {
            Error::with_source(ErrorKind::Tls, "reading the client key", PemError(e))
        })?;
        self.client = Some((certs, Arc::new(key)));
        Ok(self)
    }

    /// [`TlsConfig::with_client_cert_pem`] with the contents of files.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Tls`] when a file cannot be read or parsed.
    pub fn with_client_cert_pem_files(
        self,
        cert_chain: impl AsRef<Path>,
        key: impl AsRef<Path>,
    ) -> Result<Self, Error> {
        let chain = read(cert_chain.as_ref())?;
        let key = read(key.as_ref())?;
        self.with_client_cert_pem(&chain, &key)
    }

    /// Checks the certificate against `name` instead of the host connected
    /// to (for a server reached through an IP address or a tunnel).
    #[must_use]
    pub fn with_server_name(mut self, name: &str) -> Self {
        self.server_name = Some(name.to_owned());
        self
    }

    /// **Turns certificate verification off**: any server, or anyone in
    /// between, is accepted. For tests against throwaway servers only; the
    /// connection is encrypted but not authenticated.
    #[must_use]
    pub fn dangerously_accept_any_certificate(mut self) -> Self {
        self.verify = false;
        self
    }

    /// Whether certificates are verified.
    pub fn verifies(&self) -> bool {
        self.verify
    }

    /// The connector for `host`, and the name to check.
    pub(crate) fn connector(
        &self,
        host: &str,
    ) -> Result<(TlsConnector, ServerName<'static>), Error> {
        let provider = Arc::new(ring::default_provider());
        let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()
            .map_err(|e| Error::with_source(ErrorKind::Tls, "TLS versions", e))?;
        let builder = if self.verify {
            let mut roots = RootCertStore::empty();
            match &self.roots {
                Some(certs) => {
                    for cert in certs {
                        roots.add(cert.clone()).map_err(|e| {
                            Error::with_source(ErrorKind::Tls, "adding a CA certificate", e)
                        })?;
                    }
                }
                None => roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned()),
            }
            builder.with_root_certificates(roots)
        } else {
            builder
                .dangerous()
                .with_custom_certificate_verifier(Arc::new(AcceptAny(provider)))
        };
        let config = match &self.client {
            Some((certs, key)) => builder
                .with_client_auth_cert(certs.clone(), key.clone_key())
                .map_err(|e| Error::with_source(ErrorKind::Tls, "the client certificate", e))?,
            None => builder.with_no_client_auth(),
        };
        let name = self.server_name.as_deref().unwrap_or(host);
        let name = ServerName::try_from(name.to_owned()).map_err(|e| {
            Error::with_source(
                ErrorKind::Tls,
                format!("{name:?} is not a valid TLS server name"),
                e,
            )
        })?;
        Ok((TlsConnector::from(Arc::new(config)), name))
    }
}

impl Default for TlsConfig {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for TlsConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TlsConfig")
            .field("custom_roots", &self.roots.as_ref().map(Vec::len))
            .field("client_cert", &self.client.is_some())
            .field("verify", &self.verify)
            .field("server_name", &self.server_name)
            .finish()
    }
}

fn read(path: &Path) -> Result<Vec<u8>, Error> {
    std::fs::read(path)
        .map_err(|e| Error::with_source(ErrorKind::Tls, format!("reading {}", path.display()), e))
}

fn certs_from_pem(pem: &[u8], what: &str) -> Result<Vec<CertificateDer<'static>>, Error> {
    let certs = CertificateDer::pem_slice_iter(pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| {
            Error::with_source(
                ErrorKind::Tls,
                format!("reading the {what} certificates"),
                PemError(e),
            )
        })?;
    if certs.is_empty() {
        return Err(Error::new(
            ErrorKind::Tls,
            format!("no {what} certificate in the PEM data"),
        ));
    }
    Ok(certs)
}

/// A PEM parsing error, as a `std::error::Error`.
#[derive(Debug)]
struct PemError(rustls_pki_types::pem::Error);

impl fmt::Display for PemError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.0)
    }
}

impl std::error::Error for PemError {}

/// The verifier of [`TlsConfig::dangerously_accept_any_certificate`]:
/// signatures are still checked, the certificate is not.
#[derive(Debug)]
struct AcceptAny(Arc<CryptoProvider>);

impl ServerCertVerifier for AcceptAny {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}
