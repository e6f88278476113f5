//! `Pipeline`: typed methods queued and sent in one write, per-command
//! results, MULTI/EXEC with EXECABORT and WATCH conflicts, scripts loaded
//! ahead, on every runtime.

mod support;

use resp_client::{
    Cmd, Commands, ErrorKind, Frame, Pipeline, PipelineCommands, Script, ServerError,
};
use resp_tests::RedisServer;

use support::runtime_suite;

runtime_suite! {
    /// Chained typed methods, replies as a typed tuple.
    async fn chained_methods_and_a_typed_tuple() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let mut pipe = Pipeline::new();
        pipe.set("a", 1).incr("a").get("a").rpush("l", ["x", "y"]).lrange("l", 0, -1);
        assert_eq!(pipe.len(), 5);
        let ((), count, text, pushed, list): ((), i64, String, i64, Vec<String>) =
            pipe.query(&client).await.unwrap();
        assert_eq!((count, text.as_str(), pushed), (2, "2", 2));
        assert_eq!(list, ["x", "y"]);
        // The same pipeline runs again: it is not consumed (SET resets a;
        // RPUSH appends two more).
        let again: Vec<Frame> = pipe.query(&client).await.unwrap();
        assert_eq!((&again[1], &again[3]), (&Frame::Integer(2), &Frame::Integer(4)));
        assert!(Pipeline::new().query_each(&client).await.unwrap().is_empty());
    }

    /// A failing command in the middle: the others' replies are kept.
    async fn a_failing_command_loses_nothing_else() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let mut pipe = Pipeline::new();
        pipe.set("text", "abc").incr("text").set("after", "yes").get("after");
        let replies = pipe.query_each(&client).await.unwrap();
        assert_eq!(replies.len(), 4);
        assert_eq!(replies[0], Ok(Frame::simple("OK")));
        let error: &ServerError = replies[1].as_ref().unwrap_err();
        assert_eq!(error.code(), b"ERR");
        assert_eq!(replies[2], Ok(Frame::simple("OK")));
        assert_eq!(replies[3].as_ref().unwrap(), &Frame::bulk("yes"));
        // Converted together, the error names the command.
        let error = pipe.query::<Vec<Frame>>(&client).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Server, "{error}");
        assert!(error.to_string().contains("command 2 (INCR)"), "{error}");
    }

    /// The redis-py README's transaction: every command's reply, in a
    /// MULTI/EXEC that nothing else can interleave with.
    async fn atomic_pipeline() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let mut pipe = Pipeline::new();
        pipe.atomic().set("foo", "bar").get("foo").sadd("s", "m").sismember("s", "m");
        let ((), foo, added, member): ((), String, i64, bool) = pipe.query(&client).await.unwrap();
        assert_eq!((foo.as_str(), added, member), ("bar", 1, true));
        // A runtime error inside EXEC is that command's own result.
        let mut pipe = Pipeline::new();
        pipe.atomic().incr("foo").set("after", 1);
        let replies = pipe.query_each(&client).await.unwrap();
        assert!(replies[0].is_err(), "{replies:?}");
        assert_eq!(replies[1], Ok(Frame::simple("OK")));
        let after: Option<i64> = client.get("after").await.unwrap();
        assert_eq!(after, Some(1), "the transaction ran past the failed INCR");
    }

    /// A command refused while queued aborts the transaction (EXECABORT),
    /// reported with the command that caused it; nothing ran.
    async fn execabort_names_the_refused_command() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let mut pipe = Pipeline::new();
        pipe.atomic()
            .set("k", "v")
            .queue(Cmd::new("SET").arg("only-a-key"))
            .incr("n");
        let error = pipe.query_each(&client).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Server, "{error}");
        assert!(error.to_string().contains("command 2 (SET)"), "{error}");
        let k: Option<String> = client.get("k").await.unwrap();
        assert_eq!(k, None, "nothing of the transaction ran");
        // The shared connection is out of MULTI and goes on.
        client.set("k", "after").await.unwrap();
    }

    /// WATCH on a connection of one's own, a change from elsewhere, then an
    /// atomic pipeline: a typed WatchConflict, and nothing ran.
    async fn watch_conflict_is_typed() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let mut conn = client.dedicated().await.unwrap();
        client.set("balance", 10).await.unwrap();
        conn.query::<()>(&Cmd::new("WATCH").arg("balance")).await.unwrap();
        client.set("balance", 20).await.unwrap();
        let mut pipe = Pipeline::new();
        pipe.atomic().incrby("balance", 5).set("audit", "done");
        let error = pipe.query_each(&mut conn).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::WatchConflict, "{error}");
        let audit: Option<String> = client.get("audit").await.unwrap();
        assert_eq!(audit, None);
        // Without a conflict the same pipeline runs.
        conn.query::<()>(&Cmd::new("WATCH").arg("balance")).await.unwrap();
        let (balance, ()): (i64, ()) = pipe.query(&mut conn).await.unwrap();
        assert_eq!(balance, 25);
    }

    /// Scripts queued on a pipeline are loaded ahead of it, even after
    /// SCRIPT FLUSH, and inside a transaction.
    async fn scripts_in_a_pipeline_survive_a_flush() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let multiply = Script::new("return tonumber(redis.call('GET', KEYS[1])) * tonumber(ARGV[1])");
        client.set("n", 7).await.unwrap();
        client.script_flush().await.unwrap();
        for atomic in [false, true] {
            let mut pipe = Pipeline::new();
            if atomic {
                pipe.atomic();
            }
            pipe.incr("n").invoke_script(&multiply, "n", 2).invoke_script(&multiply, "n", 3);
            let (n, twice, thrice): (i64, i64, i64) = pipe.query(&client).await.unwrap();
            assert_eq!((twice, thrice), (n * 2, n * 3), "atomic: {atomic}");
            client.script_flush().await.unwrap();
        }
        // A script that does not compile fails the pipeline before it runs.
        let broken = Script::new("not lua at all");
        let mut pipe = Pipeline::new();
        pipe.incr("n").invoke_script(&broken, (), ());
        let error = pipe.query_each(&client).await.unwrap_err();
        assert!(error.to_string().contains(broken.hash()), "{error}");
    }

    /// A pipeline of 100 commands on a dedicated connection, in its own
    /// database.
    async fn hundred_commands_on_a_dedicated_connection() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let mut conn = client.dedicated().await.unwrap();
        conn.select(2).await.unwrap();
        let mut pipe = Pipeline::new();
        for i in 0..100 {
            pipe.set(format!("key:{i}"), i);
        }
        let replies: Vec<()> = pipe.query(&mut conn).await.unwrap();
        assert_eq!(replies.len(), 100);
        let mut reads = Pipeline::new();
        for i in (0..100).rev() {
            reads.get(format!("key:{i}"));
        }
        let values: Vec<i64> = reads.query(&mut conn).await.unwrap();
        assert_eq!(values, (0..100).rev().collect::<Vec<i64>>());
        assert_eq!(client.dbsize().await.unwrap(), 0, "database 0 untouched");
    }
}
