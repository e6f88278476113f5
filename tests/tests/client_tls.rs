//! The client over TLS against servers with certificates made at test time:
//! a trusted CA, a wrong name, an untrusted CA, and client certificates
//! (mutual TLS), on every runtime.

mod support;

use resp_client::{ClientConfig, Cmd, Error, ErrorKind, Frame, TlsConfig};
use resp_tests::{RedisServer, TlsAuthClients, TlsCerts};

use support::{client_info, info_field, query, runtime_suite};

/// TLS that trusts the server's CA.
fn trusting(certs: &TlsCerts) -> TlsConfig {
    TlsConfig::new().with_ca_pem(certs.ca_pem()).unwrap()
}

/// TLS that trusts the server's CA and presents the client certificate.
fn with_client_cert(certs: &TlsCerts) -> TlsConfig {
    trusting(certs)
        .with_client_cert_pem(certs.client_cert_pem(), certs.client_key_pem())
        .unwrap()
}

fn config(url: &str, tls: TlsConfig) -> ClientConfig {
    ClientConfig::from_url(url).unwrap().with_tls(tls)
}

/// Checks that `error` is a failed TLS handshake that says why, naming `why`.
///
/// A server's refusal of the client's certificate (or of its absence) is
/// one too: in TLS 1.3 the client finishes its side of the handshake before
/// the server has checked the certificate, so the refusal (an alert)
/// arrives when the client first reads, and must still read as TLS.
fn assert_tls_refused(error: &Error, why: &str) {
    assert_eq!(error.kind(), ErrorKind::Tls, "{error}");
    assert!(error.to_string().contains(why), "{error}");
}

runtime_suite! {
    /// `rediss://127.0.0.1` and `rediss://localhost` with the server's CA
    /// trusted (from PEM bytes and from its file): the names in the
    /// certificate match, and requests go through over TLS.
    async fn trusted_ca() {
        let server = RedisServer::builder().tls(TlsAuthClients::No).start();
        let certs = server.tls_certs().unwrap();
        let client = Client::connect_with(config(&server.url(), trusting(certs)))
            .await
            .unwrap();
        query(&client, &Cmd::new("SET").arg("k").arg("over tls")).await;
        assert_eq!(query(&client, &Cmd::new("GET").arg("k")).await, Frame::bulk("over tls"));
        assert!(client.config().tls().unwrap().verifies());

        let url = format!("rediss://localhost:{}/2?protocol=resp2", server.port());
        let tls = TlsConfig::new().with_ca_pem_file(certs.ca_path()).unwrap();
        let client = Client::connect_with(config(&url, tls)).await.unwrap();
        let info = client_info(&client).await;
        assert_eq!(info_field(&info, "db"), "2");
        assert_eq!(info_field(&info, "resp"), "2");
        assert_eq!(query(&client, &Cmd::new("GET").arg("k")).await, Frame::Null);
    }

    /// A certificate that does not name the host is refused, even from the
    /// trusted CA.
    async fn wrong_host_name_is_refused() {
        let server = RedisServer::builder().tls(TlsAuthClients::No).start();
        let certs = server.tls_certs().unwrap();
        let tls = trusting(certs).with_server_name("wrong.example");
        let error = Client::connect_with(config(&server.url(), tls)).await.unwrap_err();
        assert_tls_refused(&error, "wrong.example");

        // The right name, given explicitly, is accepted.
        let tls = trusting(certs).with_server_name("localhost");
        let client = Client::connect_with(config(&server.url(), tls)).await.unwrap();
        assert_eq!(query(&client, &Cmd::new("PING")).await, Frame::simple("PONG"));
    }

    /// A server whose CA is not trusted is refused: with another CA, and
    /// with the default roots of a plain `rediss://` URL.
    async fn untrusted_ca_is_refused() {
        let server = RedisServer::builder().tls(TlsAuthClients::No).start();
        let certs = server.tls_certs().unwrap();
        let tls = TlsConfig::new().with_ca_pem(certs.untrusted_ca_pem()).unwrap();
        let error = Client::connect_with(config(&server.url(), tls)).await.unwrap_err();
        assert_tls_refused(&error, "UnknownIssuer");

        let error = Client::connect(&server.url()).await.unwrap_err();
        assert_tls_refused(&error, "UnknownIssuer");

        // Turning verification off lets anything through: for tests only.
        let tls = TlsConfig::new().dangerously_accept_any_certificate();
        let client = Client::connect_with(config(&server.url(), tls)).await.unwrap();
        assert_eq!(query(&client, &Cmd::new("PING")).await, Frame::simple("PONG"));
    }

    /// A server that requires client certificates refuses a client without
    /// one, and one whose certificate comes from a CA it does not trust,
    /// and serves one with a certificate from its CA (also read from
    /// files).
    async fn mutual_tls() {
        let server = RedisServer::builder().tls(TlsAuthClients::Yes).start();
        let certs = server.tls_certs().unwrap();

        let error = Client::connect_with(config(&server.url(), trusting(certs)))
            .await
            .unwrap_err();
        assert_tls_refused(&error, "CertificateRequired");

        let stranger = trusting(certs)
            .with_client_cert_pem(
                certs.untrusted_client_cert_pem(),
                certs.untrusted_client_key_pem(),
            )
            .unwrap();
        let error = Client::connect_with(config(&server.url(), stranger)).await.unwrap_err();
        assert_tls_refused(&error, "alert");

        let client = Client::connect_with(config(&server.url(), with_client_cert(certs)))
            .await
            .unwrap();
        assert_eq!(query(&client, &Cmd::new("PING")).await, Frame::simple("PONG"));

        let tls = trusting(certs)
            .with_client_cert_pem_files(certs.client_cert_path(), certs.client_key_path())
            .unwrap();
        let client = Client::connect_with(config(&server.url(), tls)).await.unwrap();
        assert_eq!(query(&client, &Cmd::new("PING")).await, Frame::simple("PONG"));
    }

    /// `--tls-auth-clients optional`: no certificate is fine, a good one is
    /// fine, a bad one is refused.
    async fn optional_client_certificates() {
        let server = RedisServer::builder().tls(TlsAuthClients::Optional).start();
        let certs = server.tls_certs().unwrap();
        for tls in [trusting(certs), with_client_cert(certs)] {
            let client = Client::connect_with(config(&server.url(), tls)).await.unwrap();
            assert_eq!(query(&client, &Cmd::new("PING")).await, Frame::simple("PONG"));
        }
        let stranger = trusting(certs)
            .with_client_cert_pem(
                certs.untrusted_client_cert_pem(),
                certs.untrusted_client_key_pem(),
            )
            .unwrap();
        let error = Client::connect_with(config(&server.url(), stranger)).await.unwrap_err();
        assert_tls_refused(&error, "alert");
    }
}
