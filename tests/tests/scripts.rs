//! `Script`: EVALSHA first, and a transparent load when the server answers
//! NOSCRIPT, on every runtime.

mod support;

use resp_client::{Cmd, ErrorKind, Script};
use resp_tests::RedisServer;

use support::runtime_suite;

const MULTIPLY: &str = "return tonumber(redis.call('GET', KEYS[1])) * tonumber(ARGV[1])";

runtime_suite! {
    /// The digest computed locally is the one the server gives the script.
    async fn local_digest_matches_the_servers() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let script = Script::new(MULTIPLY);
        let loaded: String = client.query(&script.load_cmd()).await.unwrap();
        assert_eq!(loaded, script.hash());
        assert!(script.exists(&client).await.unwrap());
    }

    /// After SCRIPT FLUSH the first run takes the NOSCRIPT path (counted)
    /// and still returns the script's result; the next does not.
    async fn noscript_loads_and_retries_once() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let script = Script::new(MULTIPLY);
        client.query::<()>(&Cmd::new("SET").arg("n").arg(7)).await.unwrap();
        client.query::<()>(&Cmd::new("SCRIPT").arg("FLUSH")).await.unwrap();
        assert!(!script.exists(&client).await.unwrap());

        let product: i64 = script.invoke(&client, "n", 6).await.unwrap();
        assert_eq!(product, 42);
        assert_eq!(script.loads(), 1);
        assert!(script.exists(&client).await.unwrap());

        let again: i64 = script.invoke(&client, "n", 2).await.unwrap();
        assert_eq!(again, 14);
        assert_eq!(script.loads(), 1, "loaded once, run twice");

        // Flushed again: loaded again, on a connection of its own too.
        client.query::<()>(&Cmd::new("SCRIPT").arg("FLUSH")).await.unwrap();
        let mut conn = client.dedicated().await.unwrap();
        let on_conn: i64 = script.invoke_on(&mut conn, "n", 3).await.unwrap();
        assert_eq!(on_conn, 21);
        assert_eq!(script.loads(), 2);
    }

    /// A script's own error comes back as the server's error, and is not
    /// mistaken for a missing script.
    async fn script_errors_are_returned_not_retried() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let failing = Script::new("return redis.error_reply('BUSTED on purpose')");
        let error = failing.invoke::<_, i64>(&client, (), ()).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Server, "{error}");
        assert_eq!(error.code(), Some("BUSTED"), "{error}");
        assert_eq!(failing.loads(), 1, "loaded once, when the server lacked it");

        let broken = Script::new("this is not lua");
        let error = broken.invoke::<_, i64>(&client, (), ()).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Server, "{error}");
        assert_eq!(broken.loads(), 0, "never loaded: the server refused it");
    }

    /// EVALSHA_RO runs a reading script and refuses a writing one.
    async fn read_only_invocation() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        client.query::<()>(&Cmd::new("SET").arg("n").arg(5)).await.unwrap();
        let read = Script::new(MULTIPLY);
        let product: i64 = read.invoke_read_only(&client, "n", 4).await.unwrap();
        assert_eq!(product, 20);
        let write = Script::new("return redis.call('SET', KEYS[1], ARGV[1])");
        let error = write
            .invoke_read_only::<_, ()>(&client, "n", 1)
            .await
            .unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Server, "{error}");
        let n: i64 = client.query(&Cmd::new("GET").arg("n")).await.unwrap();
        assert_eq!(n, 5, "the write did not happen");
    }

    /// Keys and arguments of several shapes, and none.
    async fn keys_and_arguments() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let echo = Script::new("return {#KEYS, #ARGV, KEYS[2] or '', ARGV[3] or ''}");
        let shape: (i64, i64, String, String) =
            echo.invoke(&client, ["a", "b"], (1, 2.5, "three")).await.unwrap();
        assert_eq!(shape, (2, 3, "b".to_owned(), "three".to_owned()));
        let empty: (i64, i64, String, String) = echo.invoke(&client, (), ()).await.unwrap();
        assert_eq!(empty, (0, 0, String::new(), String::new()));
    }
}
