//! The commands the workloads send, in each client's own idiom, each reply
//! taken as that client's raw value type (no conversion to Rust types).
//!
//! A client is cloned once per task; every error is a panic, which
//! `main` reports as that client's failure.

use std::future::Future;

use bytes::Bytes;
use fred::interfaces::{KeysInterface, ListInterface};
use resp_client::{Client, Cmd, Commands, Frame, Pipeline, PipelineCommands, Pool, Runtime};

/// What the workloads need of a client.
pub(crate) trait BenchClient: Clone + Send + Sync + 'static {
    /// `SET key value`.
    fn set(&mut self, key: &str, value: &Bytes) -> impl Future<Output = ()> + Send;
    /// `GET key`: the length of the value, 0 for none.
    fn get(&mut self, key: &str) -> impl Future<Output = usize> + Send;
    /// `SET key value` for each key, in one pipeline: how many replies.
    fn set_batch(&mut self, keys: &[String], value: &Bytes) -> impl Future<Output = usize> + Send;
    /// `LRANGE key 0 999`: how many elements.
    fn lrange(&mut self, key: &str) -> impl Future<Output = usize> + Send;
}

/// resp, on any runtime: the `Commands` trait's `run` (what every typed
/// method calls), with replies as frames, and `query_batch`.
impl<R: Runtime> BenchClient for Client<R> {
    async fn set(&mut self, key: &str, value: &Bytes) {
        let reply: Frame = Commands::run(&*self, Cmd::new("SET").arg(key).arg(value))
            .await
            .expect("SET");
        assert!(
            matches!(reply, Frame::SimpleString(_)),
            "SET gave {reply:?}"
        );
    }

    async fn get(&mut self, key: &str) -> usize {
        match Commands::run::<Frame>(&*self, Cmd::new("GET").arg(key))
            .await
            .expect("GET")
        {
            Frame::BulkString(value) => value.len(),
            Frame::Null => 0,
            other => panic!("GET gave {other:?}"),
        }
    }

    async fn set_batch(&mut self, keys: &[String], value: &Bytes) -> usize {
        let mut pipe = Pipeline::new();
        for key in keys {
            pipe.set(key, value);
        }
        let replies = pipe.query_each(&*self).await.expect("a pipeline of SETs");
        for reply in &replies {
            assert!(reply.is_ok(), "SET gave {reply:?}");
        }
        replies.len()
    }

    async fn lrange(&mut self, key: &str) -> usize {
        let cmd = Cmd::new("LRANGE").arg(key).arg(0).arg(999);
        match Commands::run::<Frame>(&*self, cmd).await.expect("LRANGE") {
            Frame::Array(elements) => elements.len(),
            other => panic!("LRANGE gave {other:?}"),
        }
    }
}

/// A resp `Pool`: every request leases a connection, runs on it through
/// the `Commands` trait, and gives it back.
impl<R: Runtime> BenchClient for Pool<R> {
    async fn set(&mut self, key: &str, value: &Bytes) {
        let mut conn = Self::get(self).await.expect("a pooled connection");
        let reply: Frame = Commands::run(&mut *conn, Cmd::new("SET").arg(key).arg(value))
            .await
            .expect("SET");
        assert!(
            matches!(reply, Frame::SimpleString(_)),
            "SET gave {reply:?}"
        );
    }

    async fn get(&mut self, key: &str) -> usize {
        let mut conn = Self::get(self).await.expect("a pooled connection");
        match Commands::run::<Frame>(&mut *conn, Cmd::new("GET").arg(key))
            .await
            .expect("GET")
        {
            Frame::BulkString(value) => value.len(),
            Frame::Null => 0,
            other => panic!("GET gave {other:?}"),
        }
    }

    async fn set_batch(&mut self, keys: &[String], value: &Bytes) -> usize {
        let mut conn = Self::get(self).await.expect("a pooled connection");
        let mut pipe = Pipeline::new();
        for key in keys {
            pipe.set(key, value);
        }
        let replies = pipe
            .query_each(&mut *conn)
            .await
            .expect("a pipeline of SETs");
        replies.len()
    }

    async fn lrange(&mut self, key: &str) -> usize {
        let mut conn = Self::get(self).await.expect("a pooled connection");
        let cmd = Cmd::new("LRANGE").arg(key).arg(0).arg(999);
        match Commands::run::<Frame>(&mut *conn, cmd)
            .await
            .expect("LRANGE")
        {
            Frame::Array(elements) => elements.len(),
            other => panic!("LRANGE gave {other:?}"),
        }
    }
}

/// redis-rs: one `MultiplexedConnection` (cloned per task), replies as
/// `redis::Value`, pipelines with `redis::pipe()`.
impl BenchClient for redis::aio::MultiplexedConnection {
    async fn set(&mut self, key: &str, value: &Bytes) {
        redis::cmd("SET")
            .arg(key)
            .arg(&value[..])
            .query_async::<()>(self)
            .await
            .expect("SET");
    }

    async fn get(&mut self, key: &str) -> usize {
        let reply = redis::cmd("GET")
            .arg(key)
            .query_async::<redis::Value>(self)
            .await
            .expect("GET");
        match reply {
            redis::Value::BulkString(value) => value.len(),
            redis::Value::Nil => 0,
            other => panic!("GET gave {other:?}"),
        }
    }

    async fn set_batch(&mut self, keys: &[String], value: &Bytes) -> usize {
        let mut pipe = redis::pipe();
        for key in keys {
            pipe.cmd("SET").arg(key).arg(&value[..]);
        }
        let replies = pipe
            .query_async::<Vec<redis::Value>>(self)
            .await
            .expect("a pipeline of SETs");
        replies.len()
    }

    async fn lrange(&mut self, key: &str) -> usize {
        let reply = redis::cmd("LRANGE")
            .arg(key)
            .arg(0)
            .arg(999)
            .query_async::<redis::Value>(self)
            .await
            .expect("LRANGE");
        match reply {
            redis::Value::Array(elements) => elements.len(),
            other => panic!("LRANGE gave {other:?}"),
        }
    }
}

/// fred: one `Client` (its automatic pipelining on, as by default), replies
/// as `fred::types::Value`, pipelines with `Client::pipeline`.
impl BenchClient for fred::clients::Client {
    async fn set(&mut self, key: &str, value: &Bytes) {
        let () = KeysInterface::set::<(), _, _>(self, key, value.clone(), None, None, false)
            .await
            .expect("SET");
    }

    async fn get(&mut self, key: &str) -> usize {
        match KeysInterface::get::<fred::types::Value, _>(self, key)
            .await
            .expect("GET")
        {
            fred::types::Value::Bytes(value) => value.len(),
            fred::types::Value::String(value) => value.len(),
            fred::types::Value::Null => 0,
            other => panic!("GET gave {other:?}"),
        }
    }

    async fn set_batch(&mut self, keys: &[String], value: &Bytes) -> usize {
        let pipeline = self.pipeline();
        for key in keys {
            let () = pipeline
                .set::<(), _, _>(key.as_str(), value.clone(), None, None, false)
                .await
                .expect("queueing a SET");
        }
        let replies: Vec<fred::types::Value> = pipeline.all().await.expect("a pipeline of SETs");
        replies.len()
    }

    async fn lrange(&mut self, key: &str) -> usize {
        match ListInterface::lrange::<fred::types::Value, _>(self, key, 0, 999)
            .await
            .expect("LRANGE")
        {
            fred::types::Value::Array(elements) => elements.len(),
            other => panic!("LRANGE gave {other:?}"),
        }
    }
}
