//! The server the clients talk to, and pinning processes to cores.

use std::process::Command;

use resp_tests::RedisServer;

use crate::options::Options;

/// The server: a throwaway `redis-server`, killed when this is dropped, or
/// the one at `--url`.
pub(crate) struct Target {
    /// Held to keep the server alive.
    server: Option<RedisServer>,
    url: String,
    pinned: Option<usize>,
}

impl Target {
    pub(crate) fn new(options: &Options) -> Result<Self, String> {
        if let Some(url) = &options.url {
            return Ok(Self {
                server: None,
                url: url.clone(),
                pinned: None,
            });
        }
        // resp-tests' harness: a free loopback port, `--save ''`,
        // `--appendonly no`, a fresh directory, killed on drop.
        let server = RedisServer::builder()
            .try_start()
            .map_err(|error| error.to_string())?;
        let mut pinned = None;
        if let Some(core) = options.server_core {
            match pin(server.pid(), core) {
                Ok(()) => pinned = Some(core),
                Err(error) => println!("redis-server not pinned: {error}"),
            }
        }
        Ok(Self {
            url: format!("redis://{}", server.addr()),
            server: Some(server),
            pinned,
        })
    }

    pub(crate) fn url(&self) -> &str {
        &self.url
    }

    pub(crate) fn describe(&self) -> String {
        match &self.server {
            Some(server) => format!(
                "redis-server {} (pid {}) at {}{}",
                server.version(),
                server.pid(),
                self.url,
                match self.pinned {
                    Some(core) => format!(", pinned to core {core}"),
                    None => String::new(),
                }
            ),
            None => format!("the server at {}", self.url),
        }
    }
}

/// Pins every thread of process `pid` to `core` with `taskset`; threads it
/// starts later inherit the pinning.
pub(crate) fn pin(pid: u32, core: usize) -> Result<(), String> {
    let output = Command::new("taskset")
        .args(["-a", "-p", "-c", &core.to_string(), &pid.to_string()])
        .output()
        .map_err(|error| format!("cannot run taskset: {error}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "taskset failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ))
    }
}
