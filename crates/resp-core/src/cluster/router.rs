//! The cluster router: where a command goes, and what to do when a node
//! answers that it went to the wrong place.
//!
//! Every decision here is pure: the router reads its [`SlotMap`] and the
//! command, and says which node to send to, how to split the command, how to
//! merge the replies, and, when a node answers `MOVED`, `ASK`, `TRYAGAIN` or
//! `CLUSTERDOWN`, whether to resend, where, and after how long a wait. It
//! never opens a connection, never reads a clock and never draws a random
//! number: the caller does those, and tells the router what happened.

use alloc::collections::BTreeMap;
use alloc::string::ToString;
use alloc::vec::Vec;
use core::time::Duration;

use bytes::Bytes;

use crate::cluster::{
    BeginSearch, CommandFlags, CommandSpec, FindKeys, Health, KeySpecFlags, KeysError, Node,
    NodeAddr, Redirect, RedirectKind, RequestPolicy, ResponsePolicy, Slot, SlotMap, SlotRange,
    key_slot,
};
use crate::cmd::Cmd;
use crate::frame::Frame;
use crate::server_error::{ErrorKind, ServerError};

/// Decides where each command of a Redis Cluster goes.
///
/// The router holds the [`SlotMap`] and a [`RouterConfig`]. For each command,
/// [`Router::route`] gives a [`Route`]: one node, a split into per-slot
/// parts, or a fan-out to every shard or node. Each send is tracked by an
/// [`Attempt`]; when its reply is an error, [`Router::handle_error`] says
/// what to do next ([`Action`]). When the map is found stale,
/// [`Router::needs_refresh`] says so, and [`Router::update`] installs the
/// new one.
///
/// # The loop
///
/// Route the command, send it, and on an error reply ask the router what
/// next, until there is a reply. Here the cluster is a closure, and the slot
/// of `foo` has just moved from 7001 to 7002:
///
/// ```
/// use resp_core::cluster::{Action, Refresh, Route, Router, RouterConfig, SlotMap};
/// use resp_core::{Cmd, Frame, ServerError};
/// # use resp_core::cluster::{Node, NodeAddr, Slot, SlotRange};
/// # let range = |start, end, port| SlotRange {
/// #     start: Slot::new(start).unwrap(), end: Slot::new(end).unwrap(),
/// #     primary: Node::new(NodeAddr { host: Some("10.0.0.1".into()), port }), replicas: vec![] };
///
/// // Two primaries, each serving half of the slots.
/// let map = SlotMap::new(vec![range(0, 8191, 7000), range(8192, 16383, 7001)])?;
/// let mut router = Router::new(map, RouterConfig::default());
///
/// // The cluster: one request on a connection to `port`.
/// let send = |port: u16, asking: bool, cmd: &Cmd| -> Result<Frame, ServerError> {
///     match port {
///         7002 => Ok(Frame::bulk("bar")),
///         _ => Err(ServerError::new("MOVED 12182 10.0.0.1:7002")),
///     }
/// };
///
/// let cmd = Cmd::new("GET").arg("foo");
/// let Route::Single(mut attempt) = router.route(&cmd)? else {
///     unreachable!("one key: one node");
/// };
/// let reply = loop {
///     let port = attempt.target().addr.port;
///     match send(port, attempt.is_asking(), &cmd) {
///         Ok(frame) => break Ok(frame),
///         Err(error) => match router.handle_error(&mut attempt, error)? {
///             Action::Resend => {}
///             Action::Wait(delay) => {
///                 // Sleep `delay` on the runtime's timer, then:
///                 router.retry(&mut attempt)?;
///             }
///             Action::Reply(error) => break Err(error),
///             _ => unreachable!("no other action yet"),
///         },
///     }
/// };
/// assert_eq!(reply, Ok(Frame::bulk("bar")));
/// assert_eq!(attempt.redirects(), 1);
///
/// // The map was patched, and the next GET goes straight to 7002; but
/// // other slots may have moved too, so fetch a new map when convenient.
/// assert_eq!(router.needs_refresh(), Some(Refresh::Opportunistic));
/// let Route::Single(next) = router.route(&cmd)? else { unreachable!() };
/// assert_eq!(next.target().addr.port, 7002);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct Router {
    map: SlotMap,
    config: RouterConfig,
    refresh: Option<Refresh>,
    /// Where the round-robin over replicas is.
    cursor: usize,
}

/// How a [`Router`] behaves.
///
/// ```
/// use resp_core::cluster::{ReadFrom, RouterConfig};
///
/// let mut config = RouterConfig::default();
/// config.read_from = ReadFrom::Replica;
/// assert_eq!(config.max_redirects, 16);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RouterConfig {
    /// Which nodes serve read-only commands.
    pub read_from: ReadFrom,
    /// How many times one command may be resent, after a redirect or a
    /// retry, before [`RouteError::TooManyRedirects`]; 16 by default.
    pub max_redirects: u32,
    /// The waits before a retry.
    pub backoff: Backoff,
}

/// Which nodes serve read-only commands (commands with the `readonly` flag).
/// Commands that write always go to the primary.
///
/// A connection to a replica must have sent `READONLY` first, or the replica
/// answers `MOVED` to its primary; [`Target::role`] says which connections
/// need it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReadFrom {
    /// Every command goes to the primary: reads see every write.
    #[default]
    Primary,
    /// Reads go to the slot's replicas in turn, skipping replicas whose
    /// health is `failed` or `loading`; to the primary when none is left.
    /// Reads may lag behind writes.
    Replica,
    /// Reads go in turn to the primary and each of its usable replicas.
    PrimaryAndReplicas,
}

/// Exponential backoff with a cap: the wait before retry `n` (counted from
/// 0) is `base * 2^n`, at most `max`. No randomness: [`Backoff::jitter`]
/// spreads a wait with a random number the caller draws.
///
/// ```
/// use core::time::Duration;
/// use resp_core::cluster::Backoff;
///
/// let backoff = Backoff::new(Duration::from_millis(10), Duration::from_millis(500));
/// assert_eq!(backoff.delay(0), Duration::from_millis(10));
/// assert_eq!(backoff.delay(3), Duration::from_millis(80));
/// assert_eq!(backoff.delay(9), Duration::from_millis(500));
/// assert_eq!(backoff.delay(u32::MAX), Duration::from_millis(500));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Backoff {
    /// The first wait.
    pub base: Duration,
    /// The longest wait.
    pub max: Duration,
}

/// How soon the slot map should be fetched again.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Refresh {
    /// The map was patched and still routes correctly, but other slots may
    /// have moved too (after `MOVED`, or a replica found `LOADING`): refresh
    /// when convenient, at a rate of the caller's choosing.
    Opportunistic,
    /// The map cannot route some commands (a slot in a gap, `CLUSTERDOWN`, a
    /// failover under way): refresh before the next retry.
    Urgent,
}

/// Where to send one command: a node's address, and whether it is a replica.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Target {
    /// The node's address. A `None` host means: the host of the connection
    /// that described the node.
    pub addr: NodeAddr,
    /// Whether the node is a primary or a replica.
    pub role: Role,
}

/// A node's role in its shard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    /// The primary, which serves reads and writes.
    Primary,
    /// A replica, which serves reads on a connection that sent `READONLY`.
    Replica,
}

/// What [`Router::route`] decided for a command.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum Route {
    /// Send the command as it is to [`Attempt::target`].
    Single(Attempt),
    /// A multi-key command whose keys hash to different slots: send each
    /// part to its node, then merge the replies.
    Split(Split),
    /// A command for every shard or every node: send it as it is to each,
    /// then merge the replies.
    FanOut(FanOut),
}

/// A multi-key command cut into one command per slot.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Split {
    /// The parts, each holding the keys of one slot in their original order.
    pub parts: Vec<Part>,
    /// How to merge the parts' replies into the reply of the whole command.
    pub merge: Merge,
}

/// One part of a [`Split`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Part {
    /// The command to send: the original name with this slot's keys (and
    /// their values, for `MSET`).
    pub cmd: Cmd,
    /// Where to send it, and its state across redirects.
    pub attempt: Attempt,
}

/// A command sent as it is to several nodes.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct FanOut {
    /// One attempt per node, each pinned to its node.
    pub attempts: Vec<Attempt>,
    /// How to merge the nodes' replies.
    pub merge: Merge,
}

/// One command's journey through the cluster: where it goes now, and how
/// many redirects and retries it has had.
///
/// Made by the router ([`Router::route`], [`Router::route_slot`],
/// [`Router::route_any`]) and updated by [`Router::handle_error`] and
/// [`Router::retry`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attempt {
    target: Target,
    aim: Aim,
    read_only: bool,
    asking: bool,
    redirects: u32,
    retries: u32,
}

/// What decides an attempt's node when it is routed again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Aim {
    /// The owner of this slot.
    Slot(Slot),
    /// Any node: the command has no key.
    Any,
    /// This node and no other: one node of a fan-out.
    Pinned,
}

/// What to do after an error reply, from [`Router::handle_error`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Action {
    /// Send the command again now, to [`Attempt::target`], preceded by
    /// `ASKING` on the same connection when [`Attempt::is_asking`].
    Resend,
    /// Wait this long, then call [`Router::retry`] and send the command to
    /// [`Attempt::target`].
    Wait(Duration),
    /// The error is the command's reply: give it to the caller.
    Reply(ServerError),
}

/// How to merge the replies of a [`Split`] or a [`FanOut`] into one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merge {
    parts: usize,
    how: How,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum How {
    /// `MGET`: each part answers an array of values, one per key; the `i`th
    /// value of part `p` goes to position `positions[p][i]`.
    KeyOrder {
        positions: Vec<Vec<usize>>,
        len: usize,
    },
    /// A response policy.
    Aggregate(Aggregate),
    /// No generic merge: a map from each node's address to its reply.
    PerNode(Vec<NodeAddr>),
}

/// The response policies of the command table, as merges.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Aggregate {
    /// `default` for keyless commands: the arrays, concatenated.
    Concat,
    /// `one_succeeded`: the first reply that is not an error.
    OneSucceeded,
    /// `all_succeeded`: the first reply, if none is an error.
    AllSucceeded,
    /// `agg_logical_and`: integers 0/1, or arrays of them, AND-ed.
    And,
    /// `agg_logical_or`: integers 0/1, or arrays of them, OR-ed.
    Or,
    /// `agg_min`.
    Min,
    /// `agg_max`.
    Max,
    /// `agg_sum`.
    Sum,
}

/// Why the router cannot send a command.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RouteError {
    /// No range of the slot map holds the slot; the map needs a refresh.
    #[error("slot {slot} is not served by any node of the slot map")]
    Uncovered {
        /// The slot.
        slot: Slot,
    },
    /// The slot map has no node at all; it needs a refresh.
    #[error("the slot map has no nodes")]
    NoNodes,
    /// The command's keys hash to different slots, and it cannot be split:
    /// Redis would refuse it with `CROSSSLOT`. Use hash tags (`{user:1}:a`,
    /// `{user:1}:b`) to keep keys that go together in one slot.
    #[error("keys in request don't hash to the same slot ({first} and {other})")]
    CrossSlot {
        /// The first key's slot.
        first: Slot,
        /// The slot of a key that is not in it.
        other: Slot,
    },
    /// The command's keys cannot be found: it is not a valid use of the
    /// command (wrong number of arguments, a bad number of keys), and the
    /// server would refuse it.
    #[error(transparent)]
    Keys(#[from] KeysError),
    /// The command was redirected or retried [`RouterConfig::max_redirects`]
    /// times and still failed.
    #[error("too many redirects ({redirects}), the last error: {last}")]
    TooManyRedirects {
        /// How many times it was resent.
        redirects: u32,
        /// The error of the last send.
        last: ServerError,
    },
}

/// Why replies cannot be merged.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MergeError {
    /// There is not one reply per part.
    #[error("expected {expected} replies, one per part, got {got}")]
    PartCount {
        /// How many parts there are.
        expected: usize,
        /// How many replies were given.
        got: usize,
    },
    /// A reply does not have the shape the command's reply has.
    #[error("reply {part} is not {expected}")]
    Shape {
        /// The part (index into the parts or attempts) that replied it.
        part: usize,
        /// What it should have been.
        expected: &'static str,
    },
    /// The sum of the replies does not fit in 64 bits.
    #[error("the sum of the replies overflows")]
    Overflow,
}

impl Router {
    /// A router over `map`.
    pub fn new(map: SlotMap, config: RouterConfig) -> Self {
        Self {
            map,
            config,
            refresh: None,
            cursor: 0,
        }
    }

    /// The slot map, with the patches redirects made to it.
    pub fn map(&self) -> &SlotMap {
        &self.map
    }

    /// The configuration.
    pub fn config(&self) -> &RouterConfig {
        &self.config
    }

    /// Whether the slot map should be fetched again, and how soon; `None`
    /// when it is believed current.
    ///
    /// Set by `MOVED` ([`Refresh::Opportunistic`]), by a slot in a gap, an
    /// empty map, `CLUSTERDOWN`, `MASTERDOWN` and `READONLY`
    /// ([`Refresh::Urgent`]), and by [`Router::request_refresh`]; cleared by
    /// [`Router::update`].
    pub fn needs_refresh(&self) -> Option<Refresh> {
        self.refresh
    }

    /// Marks the map stale, for reasons the router cannot see (a connection
    /// to a node failed, say). The more urgent of this and any earlier
    /// request stands.
    pub fn request_refresh(&mut self, refresh: Refresh) {
        self.refresh = self.refresh.max(Some(refresh));
    }

    /// Installs a freshly fetched slot map, and clears
    /// [`Router::needs_refresh`].
    pub fn update(&mut self, map: SlotMap) {
        self.map = map;
        self.refresh = None;
    }

    /// Where to send a command whose keys are all in `slot`: the slot's
    /// primary, or for a `read_only` command a node [`ReadFrom`] picks.
    ///
    /// # Errors
    ///
    /// [`RouteError::Uncovered`] when the slot is in a gap of the map, which
    /// also asks for an urgent refresh.
    pub fn route_slot(&mut self, slot: Slot, read_only: bool) -> Result<Attempt, RouteError> {
        let target = self.slot_target(slot, read_only)?;
        Ok(Attempt::new(target, Aim::Slot(slot), read_only))
    }

    /// Where to send a command that has no key: the primary of the first
    /// range of the map (the one serving the lowest slots), always the same
    /// node until the map changes.
    ///
    /// # Errors
    ///
    /// [`RouteError::NoNodes`] when the map is empty, which also asks for an
    /// urgent refresh.
    pub fn route_any(&mut self) -> Result<Attempt, RouteError> {
        let target = self.any_target()?;
        Ok(Attempt::new(target, Aim::Any, false))
    }

    /// Every primary of the map, each once, in slot order.
    pub fn primaries(&self) -> Vec<Target> {
        self.fan_targets(false)
    }

    /// Every node of the map, each once: the primaries in slot order, then
    /// the replicas, leaving out replicas whose health is `failed`.
    pub fn nodes(&self) -> Vec<Target> {
        self.fan_targets(true)
    }

    /// What to do after the node [`Attempt::target`] answered `error`.
    ///
    /// - `MOVED`: the slot now belongs to the named node. The map is patched
    ///   (a node it did not know is added), an opportunistic refresh is
    ///   asked for, and the command is resent at once to that node.
    /// - `ASK`: the slot is migrating. The command is resent at once to the
    ///   named node, preceded by `ASKING`, for this one send; the map is not
    ///   touched.
    /// - `TRYAGAIN`: a multi-key command met a migrating slot. Wait, then
    ///   route again.
    /// - `CLUSTERDOWN`, `MASTERDOWN`, `READONLY`: the topology is changing.
    ///   An urgent refresh is asked for; wait, then route again (after
    ///   `MASTERDOWN`, to the primary).
    /// - `LOADING`: the node is loading its data. Wait, then route again;
    ///   a read that a replica refused goes to the primary.
    /// - Anything else is the command's reply: [`Action::Reply`].
    ///
    /// Waits grow with [`RouterConfig::backoff`]. A node of a fan-out is
    /// never redirected: `MOVED` and `ASK` from it are replies.
    ///
    /// # Errors
    ///
    /// [`RouteError::TooManyRedirects`] when the command has already been
    /// resent [`RouterConfig::max_redirects`] times.
    pub fn handle_error(
        &mut self,
        attempt: &mut Attempt,
        error: ServerError,
    ) -> Result<Action, RouteError> {
        let pinned = attempt.aim == Aim::Pinned;
        let refresh = match error.kind() {
            ErrorKind::Moved | ErrorKind::Ask if !pinned => {
                let Some(redirect) = error.redirect() else {
                    attempt.asking = false;
                    return Ok(Action::Reply(error));
                };
                return self.redirect(attempt, redirect, error);
            }
            ErrorKind::TryAgain => None,
            ErrorKind::ClusterDown => Some(Refresh::Urgent),
            ErrorKind::MasterDown => {
                attempt.read_only = false;
                Some(Refresh::Urgent)
            }
            ErrorKind::ReadOnly if !pinned => Some(Refresh::Urgent),
            ErrorKind::Loading => {
                if attempt.target.role == Role::Replica {
                    attempt.read_only = false;
                }
                Some(Refresh::Opportunistic)
            }
            _ => {
                attempt.asking = false;
                return Ok(Action::Reply(error));
            }
        };
        attempt.asking = false;
        if let Some(refresh) = refresh {
            self.request_refresh(refresh);
        }
        attempt.count(&self.config, error)?;
        let delay = self.config.backoff.delay(attempt.retries);
        attempt.retries = attempt.retries.saturating_add(1);
        Ok(Action::Wait(delay))
    }

    /// What to do after the node [`Attempt::target`] redirected the command:
    /// [`Router::handle_error`] for a redirect already parsed, as
    /// [`Output::Redirected`](crate::Output::Redirected) gives it.
    ///
    /// # Errors
    ///
    /// [`RouteError::TooManyRedirects`] when the command has already been
    /// resent [`RouterConfig::max_redirects`] times.
    pub fn handle_redirect(
        &mut self,
        attempt: &mut Attempt,
        redirect: Redirect,
    ) -> Result<Action, RouteError> {
        let error = ServerError::new(Bytes::from(redirect.to_string()));
        if attempt.aim == Aim::Pinned {
            attempt.asking = false;
            return Ok(Action::Reply(error));
        }
        self.redirect(attempt, redirect, error)
    }

    /// Follows `MOVED` or `ASK`; `error` is the error it came as.
    fn redirect(
        &mut self,
        attempt: &mut Attempt,
        redirect: Redirect,
        error: ServerError,
    ) -> Result<Action, RouteError> {
        let mut addr = redirect.node;
        if addr.host.is_none() {
            addr.host.clone_from(&attempt.target.addr.host);
        }
        if redirect.kind == RedirectKind::Moved {
            self.moved(redirect.slot, &addr);
            self.request_refresh(Refresh::Opportunistic);
        }
        attempt.asking = redirect.kind == RedirectKind::Ask;
        attempt.aim = Aim::Slot(redirect.slot);
        attempt.target = Target {
            addr,
            role: Role::Primary,
        };
        attempt.count(&self.config, error)?;
        Ok(Action::Resend)
    }

    /// Routes `attempt` again, with the map as it is now, after the wait of
    /// an [`Action::Wait`]; then send to [`Attempt::target`].
    ///
    /// # Errors
    ///
    /// [`RouteError::Uncovered`] or [`RouteError::NoNodes`] when the map
    /// cannot route it any more.
    pub fn retry(&mut self, attempt: &mut Attempt) -> Result<(), RouteError> {
        attempt.asking = false;
        attempt.target = match attempt.aim {
            Aim::Slot(slot) => self.slot_target(slot, attempt.read_only)?,
            Aim::Any => self.any_target()?,
            Aim::Pinned => return Ok(()),
        };
        Ok(())
    }

    /// Where to send `cmd`, from its entry in the command table
    /// ([`CommandSpec`]): its keys, whether it only reads, and its request
    /// and response policies.
    ///
    /// - Keys all in one slot: [`Route::Single`], to that slot's primary (a
    ///   read may go to a replica, as [`ReadFrom`] says).
    /// - No keys: [`Route::Single`] to any node ([`Router::route_any`]).
    ///   `SPUBLISH`'s shard channel, which the table does not count as a
    ///   key, is routed by its slot all the same. So is a command the table
    ///   does not know (a module's): to any node, after which `MOVED` routes
    ///   it.
    /// - Keys in several slots: [`Route::Split`] for `MGET`, `MSET`, `DEL`,
    ///   `UNLINK`, `EXISTS` and `TOUCH`, one part per slot; any other
    ///   command is refused with [`RouteError::CrossSlot`] before it is
    ///   sent, as Redis would refuse it with `CROSSSLOT`. That includes
    ///   `MSETNX`, whose all-or-nothing promise no split can keep.
    /// - Request policy `all_shards` or `all_nodes` (`DBSIZE`, `KEYS`,
    ///   `FLUSHALL`, `SCRIPT LOAD`, `CONFIG SET`...): [`Route::FanOut`] to
    ///   every primary, or every node.
    ///
    /// ```
    /// use resp_core::cluster::{Route, RouteError, Router, RouterConfig, SlotMap};
    /// use resp_core::Cmd;
    /// # use resp_core::cluster::{Node, NodeAddr, Slot, SlotRange};
    /// # let range = |start, end, port| SlotRange {
    /// #     start: Slot::new(start).unwrap(), end: Slot::new(end).unwrap(),
    /// #     primary: Node::new(NodeAddr { host: Some("10.0.0.1".into()), port }), replicas: vec![] };
    /// # let map = SlotMap::new(vec![range(0, 8191, 7000), range(8192, 16383, 7001)]).unwrap();
    ///
    /// let mut router = Router::new(map, RouterConfig::default());
    /// let Route::Single(attempt) = router.route(&Cmd::new("GET").arg("foo"))? else {
    ///     panic!("one key, one node");
    /// };
    /// assert_eq!((attempt.slot().map(|s| s.get()), attempt.target().addr.port), (Some(12182), 7001));
    ///
    /// assert!(matches!(router.route(&Cmd::new("DBSIZE"))?, Route::FanOut(f) if f.attempts.len() == 2));
    /// assert!(matches!(
    ///     router.route(&Cmd::new("SINTERSTORE").arg("dst").arg("a").arg("b")),
    ///     Err(RouteError::CrossSlot { .. })
    /// ));
    /// // Hash tags keep keys together.
    /// assert!(matches!(
    ///     router.route(&Cmd::new("SINTERSTORE").arg("{u}dst").arg("{u}a").arg("{u}b"))?,
    ///     Route::Single(_)
    /// ));
    /// # Ok::<(), RouteError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`RouteError::CrossSlot`] as above; [`RouteError::Keys`] when the
    /// arguments are not a valid use of a known command;
    /// [`RouteError::Uncovered`] and [`RouteError::NoNodes`] when the map
    /// cannot route the command, which also asks for an urgent refresh.
    pub fn route(&mut self, cmd: &Cmd) -> Result<Route, RouteError> {
        let args: Vec<&[u8]> = cmd.iter().collect();
        let Some(spec) = CommandSpec::lookup(&args) else {
            return self.route_any().map(Route::Single);
        };
        let mut keys = spec.key_indices(&args)?;
        if keys.is_empty() {
            keys = shard_channels(spec, args.len());
        }
        let shape = Shape {
            name: spec.name,
            read_only: spec.flags.contains(CommandFlags::READONLY),
            keys: &keys,
            request: spec.request_policy,
            response: spec.response_policy,
        };
        self.route_with(&args, &shape)
    }

    /// Routes a command whose layout `shape` describes.
    fn route_with(&mut self, args: &[&[u8]], shape: &Shape<'_>) -> Result<Route, RouteError> {
        match shape.request {
            RequestPolicy::AllShards => return self.fan_out(false, shape.response),
            RequestPolicy::AllNodes => return self.fan_out(true, shape.response),
            _ => {}
        }
        let slots: Vec<Slot> = shape
            .keys
            .iter()
            .filter_map(|&index| args.get(index))
            .map(|key| key_slot(key))
            .collect();
        let Some(&first) = slots.first() else {
            return self.route_any().map(Route::Single);
        };
        let Some(&other) = slots.iter().find(|&&slot| slot != first) else {
            return self.route_slot(first, shape.read_only).map(Route::Single);
        };
        let cross = RouteError::CrossSlot { first, other };
        if !SPLITTABLE.contains(&shape.name) || shape.request != RequestPolicy::MultiShard {
            return Err(cross);
        }
        let aggregate = match shape.response {
            ResponsePolicy::Default => None,
            policy => match Aggregate::of(policy) {
                Some(aggregate) => Some(aggregate),
                None => return Err(cross),
            },
        };
        let Some(layout) = Layout::of(shape.keys, args.len()) else {
            return Err(cross);
        };
        self.split(
            args,
            shape.keys,
            &slots,
            &layout,
            shape.read_only,
            aggregate,
        )
    }

    /// Cuts a multi-key command into one part per slot.
    fn split(
        &mut self,
        args: &[&[u8]],
        keys: &[usize],
        slots: &[Slot],
        layout: &Layout,
        read_only: bool,
        aggregate: Option<Aggregate>,
    ) -> Result<Route, RouteError> {
        // Key ordinals per slot, parts in the order their first key appears.
        let mut part_of: BTreeMap<Slot, usize> = BTreeMap::new();
        let mut groups: Vec<(Slot, Vec<usize>)> = Vec::new();
        for (ordinal, &slot) in slots.iter().enumerate() {
            let part = *part_of.entry(slot).or_insert_with(|| {
                groups.push((slot, Vec::new()));
                groups.len() - 1
            });
            groups[part].1.push(ordinal);
        }
        let mut parts = Vec::with_capacity(groups.len());
        for (slot, ordinals) in &groups {
            let mut cmd = Cmd::new(args[0]);
            for arg in &args[1..layout.first] {
                cmd.push(*arg);
            }
            for &ordinal in ordinals {
                let at = keys[ordinal];
                for arg in &args[at..at + layout.step] {
                    cmd.push(*arg);
                }
            }
            let attempt = self.route_slot(*slot, read_only)?;
            parts.push(Part { cmd, attempt });
        }
        let how = match aggregate {
            Some(aggregate) => How::Aggregate(aggregate),
            None => How::KeyOrder {
                positions: groups.into_iter().map(|(_, ordinals)| ordinals).collect(),
                len: slots.len(),
            },
        };
        Ok(Route::Split(Split {
            merge: Merge {
                parts: parts.len(),
                how,
            },
            parts,
        }))
    }

    /// Sends a command to every primary, or every node.
    fn fan_out(&mut self, all_nodes: bool, response: ResponsePolicy) -> Result<Route, RouteError> {
        let targets = self.fan_targets(all_nodes);
        if targets.is_empty() {
            self.request_refresh(Refresh::Urgent);
            return Err(RouteError::NoNodes);
        }
        let how = match Aggregate::of(response) {
            Some(aggregate) => How::Aggregate(aggregate),
            None => How::PerNode(targets.iter().map(|t| t.addr.clone()).collect()),
        };
        let attempts: Vec<Attempt> = targets
            .into_iter()
            .map(|target| Attempt::new(target, Aim::Pinned, false))
            .collect();
        Ok(Route::FanOut(FanOut {
            merge: Merge {
                parts: attempts.len(),
                how,
            },
            attempts,
        }))
    }

    fn fan_targets(&self, all_nodes: bool) -> Vec<Target> {
        let mut targets: Vec<Target> = Vec::new();
        let mut add = |node: &Node, role: Role| {
            if !targets.iter().any(|target| target.addr == node.addr) {
                targets.push(Target {
                    addr: node.addr.clone(),
                    role,
                });
            }
        };
        for range in self.map.ranges() {
            add(&range.primary, Role::Primary);
        }
        if all_nodes {
            for range in self.map.ranges() {
                for replica in &range.replicas {
                    if replica.health != Some(Health::Failed) {
                        add(replica, Role::Replica);
                    }
                }
            }
        }
        targets
    }

    fn slot_target(&mut self, slot: Slot, read_only: bool) -> Result<Target, RouteError> {
        let Some(range) = self.map.range_of(slot) else {
            self.request_refresh(Refresh::Urgent);
            return Err(RouteError::Uncovered { slot });
        };
        let read_from = if read_only {
            self.config.read_from
        } else {
            ReadFrom::Primary
        };
        Ok(choose(range, read_from, &mut self.cursor))
    }

    fn any_target(&mut self) -> Result<Target, RouteError> {
        let Some(range) = self.map.ranges().first() else {
            self.request_refresh(Refresh::Urgent);
            return Err(RouteError::NoNodes);
        };
        Ok(Target {
            addr: range.primary.addr.clone(),
            role: Role::Primary,
        })
    }

    /// Patches the map after `MOVED <slot> <addr>`.
    fn moved(&mut self, slot: Slot, addr: &NodeAddr) {
        let ranges = self.map.ranges();
        // The slot joins the shard the node is primary of, with its replicas;
        // a node known only as a replica, or not at all, serves it alone
        // until the next refresh.
        let (primary, replicas) =
            if let Some(range) = ranges.iter().find(|range| range.primary.addr == *addr) {
                (range.primary.clone(), range.replicas.clone())
            } else if let Some(node) = ranges
                .iter()
                .flat_map(|range| &range.replicas)
                .find(|node| node.addr == *addr)
            {
                (node.clone(), Vec::new())
            } else {
                (Node::new(addr.clone()), Vec::new())
            };
        self.map.assign(slot, primary, replicas);
    }
}

/// Picks the node of `range` that serves a command under `read_from`,
/// taking turns with `cursor`.
fn choose(range: &SlotRange, read_from: ReadFrom, cursor: &mut usize) -> Target {
    let usable = |node: &&Node| !matches!(node.health, Some(Health::Failed | Health::Loading));
    let replicas = range.replicas.iter().filter(usable).count();
    // The number of candidates, and whether the primary is the first.
    let (candidates, primary_first) = match read_from {
        ReadFrom::Primary => (0, true),
        ReadFrom::Replica => (replicas, false),
        ReadFrom::PrimaryAndReplicas => (replicas + 1, true),
    };
    let mut replica = None;
    if candidates > 0 {
        let turn = *cursor % candidates;
        *cursor = cursor.wrapping_add(1);
        let index = if primary_first {
            turn.checked_sub(1)
        } else {
            Some(turn)
        };
        replica = index.and_then(|index| range.replicas.iter().filter(usable).nth(index));
    }
    match replica {
        Some(replica) => Target {
            addr: replica.addr.clone(),
            role: Role::Replica,
        },
        None => Target {
            addr: range.primary.addr.clone(),
            role: Role::Primary,
        },
    }
}

impl Default for RouterConfig {
    fn default() -> Self {
        Self {
            read_from: ReadFrom::Primary,
            max_redirects: 16,
            backoff: Backoff::default(),
        }
    }
}

impl Backoff {
    /// Backoff from `base`, doubling, up to `max`.
    pub const fn new(base: Duration, max: Duration) -> Self {
        Self { base, max }
    }

    /// The wait before retry `retry`, counted from 0: `base * 2^retry`, at
    /// most `max`.
    pub fn delay(&self, retry: u32) -> Duration {
        let factor = 1u32.checked_shl(retry).unwrap_or(u32::MAX);
        self.base.saturating_mul(factor).min(self.max)
    }

    /// `delay` spread by a random number the caller draws (uniform over
    /// `u32`): between half of `delay` and all of it, so that clients that
    /// failed together do not retry together.
    ///
    /// ```
    /// use core::time::Duration;
    /// use resp_core::cluster::Backoff;
    ///
    /// let delay = Duration::from_millis(100);
    /// assert_eq!(Backoff::jitter(delay, 0), Duration::from_millis(50));
    /// assert!(Backoff::jitter(delay, u32::MAX) <= delay);
    /// ```
    pub fn jitter(delay: Duration, random: u32) -> Duration {
        let nanos = delay.as_nanos();
        let half = nanos / 2;
        let spread = ((nanos - half) * u128::from(random)) >> 32;
        let total = half + spread;
        let secs = u64::try_from(total / 1_000_000_000).unwrap_or(u64::MAX);
        // Below a billion, so it fits.
        let subsec = (total % 1_000_000_000) as u32;
        Duration::new(secs, subsec)
    }
}

impl Default for Backoff {
    /// 10 ms, doubling, up to 1 s: sixteen retries wait about 12 s in all,
    /// longer than a failover takes with Redis' default `cluster-node-timeout`.
    fn default() -> Self {
        Self::new(Duration::from_millis(10), Duration::from_secs(1))
    }
}

impl Attempt {
    fn new(target: Target, aim: Aim, read_only: bool) -> Self {
        Self {
            target,
            aim,
            read_only,
            asking: false,
            redirects: 0,
            retries: 0,
        }
    }

    /// Where to send the command now.
    pub fn target(&self) -> &Target {
        &self.target
    }

    /// Whether to send `ASKING` just before the command, on the same
    /// connection (after an `ASK` redirect; for this one send).
    pub fn is_asking(&self) -> bool {
        self.asking
    }

    /// The slot the command's keys are in; `None` for a keyless command, or
    /// a node of a fan-out.
    pub fn slot(&self) -> Option<Slot> {
        match self.aim {
            Aim::Slot(slot) => Some(slot),
            Aim::Any | Aim::Pinned => None,
        }
    }

    /// How many times the command has been resent, after a redirect or a
    /// retry.
    pub fn redirects(&self) -> u32 {
        self.redirects
    }

    /// Counts one more resend, or gives up with `error`.
    fn count(&mut self, config: &RouterConfig, error: ServerError) -> Result<(), RouteError> {
        if self.redirects >= config.max_redirects {
            return Err(RouteError::TooManyRedirects {
                redirects: self.redirects,
                last: error,
            });
        }
        self.redirects += 1;
        Ok(())
    }
}

impl Merge {
    /// How many replies [`Merge::merge`] expects: one per part or node.
    pub fn parts(&self) -> usize {
        self.parts
    }

    /// Merges one reply per part (or node of a fan-out), in their order,
    /// into the reply the whole command would have had from one node.
    ///
    /// If a reply is a server error, the merged reply is the first error
    /// (for `one_succeeded`, only when every reply is one). Otherwise:
    ///
    /// - split `MGET`: the values, back in the order of the keys;
    /// - split `DEL`, `UNLINK`, `EXISTS`, `TOUCH`, and `agg_sum`: the sum;
    /// - split `MSET`, and `all_succeeded`: the first reply;
    /// - `agg_min`, `agg_max`, `agg_logical_and`, `agg_logical_or`: the
    ///   minimum, maximum, AND or OR of integers, or element by element of
    ///   arrays of integers (`SCRIPT EXISTS`);
    /// - `one_succeeded`: the first reply that is not an error;
    /// - keyless fan-out without a policy (`KEYS`): the arrays, concatenated;
    /// - the `special` policy (`INFO`): a map from each node's address to
    ///   its reply, an error reply as a [`Frame::BulkError`].
    ///
    /// ```
    /// use resp_core::cluster::{Route, Router, RouterConfig, SlotMap};
    /// use resp_core::{Cmd, Frame, ServerError};
    /// # use resp_core::cluster::{Node, NodeAddr, Slot, SlotRange};
    /// # let range = |start, end, port| SlotRange {
    /// #     start: Slot::new(start).unwrap(), end: Slot::new(end).unwrap(),
    /// #     primary: Node::new(NodeAddr { host: Some("10.0.0.1".into()), port }), replicas: vec![] };
    /// # let map = SlotMap::new(vec![range(0, 8191, 7000), range(8192, 16383, 7001)]).unwrap();
    ///
    /// let mut router = Router::new(map, RouterConfig::default());
    /// // `foo` is in slot 12182, `bar` in 5061.
    /// let Route::Split(split) = router.route(&Cmd::new("MGET").arg("foo").arg("bar"))? else {
    ///     panic!("two slots, two parts");
    /// };
    /// assert_eq!(split.parts.len(), 2);
    /// let replies = vec![
    ///     Ok(Frame::Array(vec![Frame::bulk("F")])),
    ///     Ok(Frame::Array(vec![Frame::Null])),
    /// ];
    /// let merged = split.merge.merge(replies)?;
    /// assert_eq!(merged, Ok(Frame::Array(vec![Frame::bulk("F"), Frame::Null])));
    ///
    /// let refused = vec![Ok(Frame::Array(vec![Frame::Null])), Err(ServerError::new("LOADING"))];
    /// assert_eq!(split.merge.merge(refused)?, Err(ServerError::new("LOADING")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`MergeError`] when there is not one reply per part, or a reply does
    /// not have the shape of the command's reply.
    pub fn merge(
        &self,
        replies: Vec<Result<Frame, ServerError>>,
    ) -> Result<Result<Frame, ServerError>, MergeError> {
        if replies.len() != self.parts {
            return Err(MergeError::PartCount {
                expected: self.parts,
                got: replies.len(),
            });
        }
        let replies: Vec<Result<Frame, ServerError>> = replies
            .into_iter()
            .map(|reply| {
                let frame = reply?.into_value();
                ServerError::from_frame(&frame).map_or(Ok(frame), Err)
            })
            .collect();
        match &self.how {
            How::PerNode(addrs) => Ok(Ok(Frame::Map(
                addrs
                    .iter()
                    .zip(replies)
                    .map(|(addr, reply)| {
                        let reply = reply.unwrap_or_else(|error| {
                            Frame::BulkError(Bytes::copy_from_slice(error.text()))
                        });
                        (Frame::bulk(Bytes::from(addr.to_string())), reply)
                    })
                    .collect(),
            ))),
            How::Aggregate(Aggregate::OneSucceeded) => {
                let index = replies.iter().position(Result::is_ok).unwrap_or(0);
                Ok(replies.into_iter().nth(index).unwrap_or(Ok(Frame::Null)))
            }
            How::KeyOrder { positions, len } => match replies.into_iter().collect() {
                Ok(replies) => key_order(replies, positions, *len).map(Ok),
                Err(error) => Ok(Err(error)),
            },
            How::Aggregate(aggregate) => match replies.into_iter().collect() {
                Ok(replies) => aggregate.apply(replies).map(Ok),
                Err(error) => Ok(Err(error)),
            },
        }
    }
}

/// Puts split `MGET` values back in the order of the keys.
fn key_order(
    replies: Vec<Frame>,
    positions: &[Vec<usize>],
    len: usize,
) -> Result<Frame, MergeError> {
    let mut values = alloc::vec![Frame::Null; len];
    for (part, (reply, positions)) in replies.into_iter().zip(positions).enumerate() {
        let shape = MergeError::Shape {
            part,
            expected: "an array of one value per key",
        };
        let Frame::Array(items) = reply else {
            return Err(shape);
        };
        if items.len() != positions.len() {
            return Err(shape);
        }
        for (item, &position) in items.into_iter().zip(positions) {
            // Positions come from the split, so they are below `len`.
            if let Some(value) = values.get_mut(position) {
                *value = item;
            }
        }
    }
    Ok(Frame::Array(values))
}

impl Aggregate {
    /// The merge a response policy asks for; `None` for `special`, and for
    /// policies this version does not know.
    fn of(policy: ResponsePolicy) -> Option<Self> {
        Some(match policy {
            ResponsePolicy::Default => Self::Concat,
            ResponsePolicy::OneSucceeded => Self::OneSucceeded,
            ResponsePolicy::AllSucceeded => Self::AllSucceeded,
            ResponsePolicy::AggLogicalAnd => Self::And,
            ResponsePolicy::AggLogicalOr => Self::Or,
            ResponsePolicy::AggMin => Self::Min,
            ResponsePolicy::AggMax => Self::Max,
            ResponsePolicy::AggSum => Self::Sum,
            _ => return None,
        })
    }

    /// Applies the policy to replies none of which is an error.
    fn apply(self, replies: Vec<Frame>) -> Result<Frame, MergeError> {
        match self {
            Self::OneSucceeded | Self::AllSucceeded => {
                Ok(replies.into_iter().next().unwrap_or(Frame::Null))
            }
            Self::Concat => concat(replies),
            Self::And | Self::Or | Self::Min | Self::Max | Self::Sum => {
                let mut replies = replies.into_iter().enumerate();
                let Some((_, mut merged)) = replies.next() else {
                    return Ok(Frame::Null);
                };
                check_numeric(&merged, 0)?;
                for (part, reply) in replies {
                    merged = self.combine(merged, reply, part)?;
                }
                Ok(merged)
            }
        }
    }

    /// Combines two numeric replies (integers, booleans, or arrays of them,
    /// element by element).
    fn combine(self, left: Frame, right: Frame, part: usize) -> Result<Frame, MergeError> {
        let shape = MergeError::Shape {
            part,
            expected: "an integer, or an array of integers, like the others",
        };
        match (left, right) {
            (Frame::Integer(a), Frame::Integer(b)) => Ok(Frame::Integer(match self {
                Self::Sum => a.checked_add(b).ok_or(MergeError::Overflow)?,
                Self::Min => a.min(b),
                Self::Max => a.max(b),
                Self::And => i64::from(a != 0 && b != 0),
                Self::Or => i64::from(a != 0 || b != 0),
                Self::Concat | Self::OneSucceeded | Self::AllSucceeded => a,
            })),
            (Frame::Boolean(a), Frame::Boolean(b)) if matches!(self, Self::And | Self::Or) => {
                Ok(Frame::Boolean(if self == Self::And {
                    a && b
                } else {
                    a || b
                }))
            }
            (Frame::Array(a), Frame::Array(b)) if a.len() == b.len() => a
                .into_iter()
                .zip(b)
                .map(|(a, b)| {
                    if matches!(a, Frame::Array(_)) || matches!(b, Frame::Array(_)) {
                        return Err(shape.clone());
                    }
                    self.combine(a, b, part)
                })
                .collect::<Result<_, _>>()
                .map(Frame::Array),
            _ => Err(shape),
        }
    }
}

/// Checks that a reply can start a numeric merge.
fn check_numeric(reply: &Frame, part: usize) -> Result<(), MergeError> {
    let scalar = |frame: &Frame| matches!(frame, Frame::Integer(_) | Frame::Boolean(_));
    match reply {
        frame if scalar(frame) => Ok(()),
        Frame::Array(items) if items.iter().all(scalar) => Ok(()),
        _ => Err(MergeError::Shape {
            part,
            expected: "an integer, or an array of integers, like the others",
        }),
    }
}

/// The `default` merge of a keyless fan-out: arrays (or sets, or maps)
/// concatenated (`KEYS`); replies that are not aggregates collected into
/// one array (`RANDOMKEY`, one key from each shard).
fn concat(replies: Vec<Frame>) -> Result<Frame, MergeError> {
    let aggregate =
        |frame: &Frame| matches!(frame, Frame::Array(_) | Frame::Set(_) | Frame::Map(_));
    if !replies.iter().any(aggregate) {
        return Ok(Frame::Array(replies));
    }
    let mut replies = replies.into_iter().enumerate();
    let Some((_, mut merged)) = replies.next() else {
        return Ok(Frame::Array(Vec::new()));
    };
    let mismatch = |part| MergeError::Shape {
        part,
        expected: "an array, like the others",
    };
    if !aggregate(&merged) {
        return Err(mismatch(0));
    }
    for (part, reply) in replies {
        match (&mut merged, reply) {
            (Frame::Array(all), Frame::Array(more)) | (Frame::Set(all), Frame::Set(more)) => {
                all.extend(more);
            }
            (Frame::Map(all), Frame::Map(more)) => all.extend(more),
            _ => return Err(mismatch(part)),
        }
    }
    Ok(merged)
}

/// Where the keys of a splittable command sit: after `first - 1` leading
/// arguments, each key followed by `step - 1` arguments of its own (values),
/// up to the end.
struct Layout {
    first: usize,
    step: usize,
}

impl Layout {
    fn of(keys: &[usize], argc: usize) -> Option<Self> {
        let (&first, &last) = (keys.first()?, keys.last()?);
        let step = match keys.get(1) {
            Some(&second) => second.checked_sub(first)?,
            None => argc.checked_sub(first)?,
        };
        let regular = keys
            .windows(2)
            .all(|pair| pair[1].checked_sub(pair[0]) == Some(step));
        (first >= 1 && step >= 1 && regular && last.checked_add(step) == Some(argc))
            .then_some(Self { first, step })
    }
}

/// The commands [`Router::route`] splits per slot (request policy
/// `multi_shard`): those for which running each slot's keys apart and
/// merging gives what the whole command gives on one node, atomicity aside.
/// `MSETNX` is `multi_shard` in the table too, but sets all its keys or
/// none, which parts on separate nodes cannot promise.
const SPLITTABLE: [&str; 6] = ["del", "exists", "mget", "mset", "touch", "unlink"];

/// The argument indices of names that are not keys but are hashed to a slot
/// like keys: the shard channels of `SPUBLISH`, `SSUBSCRIBE` and
/// `SUNSUBSCRIBE` (key specs flagged `not_key`).
fn shard_channels(spec: &CommandSpec, argc: usize) -> Vec<usize> {
    let mut names = Vec::new();
    for key_spec in spec.key_specs {
        let (
            true,
            BeginSearch::Index(first),
            FindKeys::Range {
                last_key,
                step,
                limit: 0,
            },
        ) = (
            key_spec.flags.contains(KeySpecFlags::NOT_KEY),
            key_spec.begin_search,
            key_spec.find_keys,
        )
        else {
            continue;
        };
        let (Ok(first), Ok(step)) = (usize::try_from(first), usize::try_from(step)) else {
            continue;
        };
        let last = if last_key >= 0 {
            usize::try_from(last_key)
                .ok()
                .and_then(|last| first.checked_add(last))
        } else {
            usize::try_from(last_key.unsigned_abs())
                .ok()
                .and_then(|back| argc.checked_sub(back))
        };
        if let Some(last) = last.filter(|&last| last >= first && last < argc && step > 0) {
            names.extend((first..=last).step_by(step));
        }
    }
    names
}

/// What the router needs to know of a command.
struct Shape<'a> {
    /// Its name in the command table.
    name: &'a str,
    /// Whether it only reads.
    read_only: bool,
    /// The argument indices of its keys; 0 is the name.
    keys: &'a [usize],
    request: RequestPolicy,
    response: ResponsePolicy,
}

#[cfg(test)]
mod tests {
    use alloc::string::String;
    use alloc::vec;

    use bytes::BytesMut;
    use proptest::prelude::*;

    use super::*;
    use crate::cluster::SlotMapError;
    use crate::decode::Decoder;

    impl Merge {
        /// [`Merge::merge`] over frames, an error reply as an error frame.
        fn merge_frames(&self, replies: Vec<Frame>) -> Result<Frame, MergeError> {
            let merged = self.merge(replies.into_iter().map(Ok).collect())?;
            Ok(merged
                .unwrap_or_else(|error| Frame::SimpleError(Bytes::copy_from_slice(error.text()))))
        }
    }

    fn slot(n: u16) -> Slot {
        Slot::new(n).expect("a slot")
    }

    fn addr(port: u16) -> NodeAddr {
        NodeAddr {
            host: Some(String::from("10.0.0.1")),
            port,
        }
    }

    fn node(port: u16) -> Node {
        Node::new(addr(port))
    }

    fn replica(port: u16, health: Option<Health>) -> Node {
        Node {
            health,
            ..node(port)
        }
    }

    fn range(start: u16, end: u16, primary: u16, replicas: Vec<Node>) -> SlotRange {
        SlotRange {
            start: slot(start),
            end: slot(end),
            primary: node(primary),
            replicas,
        }
    }

    /// Three shards: 7000 (one replica), 7001 (two), 7002 (none).
    fn three() -> SlotMap {
        SlotMap::new(vec![
            range(0, 5460, 7000, vec![replica(7003, None)]),
            range(
                5461,
                10922,
                7001,
                vec![
                    replica(7004, Some(Health::Online)),
                    replica(7005, Some(Health::Online)),
                ],
            ),
            range(10923, 16383, 7002, vec![]),
        ])
        .expect("valid")
    }

    fn router(read_from: ReadFrom) -> Router {
        let config = RouterConfig {
            read_from,
            ..RouterConfig::default()
        };
        Router::new(three(), config)
    }

    fn port_of(slot: Slot, map: &SlotMap) -> Option<u16> {
        map.range_of(slot).map(|range| range.primary.addr.port)
    }

    /// A key of `slot`, from a hash tag that hashes there.
    fn key_in(slot: u16, suffix: &str) -> String {
        let tag = (0u32..)
            .map(|i| alloc::format!("t{i}"))
            .find(|tag| key_slot(tag.as_bytes()).get() == slot)
            .expect("some tag hashes to every slot");
        alloc::format!("{{{tag}}}{suffix}")
    }

    fn route(router: &mut Router, cmd: &Cmd) -> Result<Route, RouteError> {
        router.route(cmd)
    }

    fn single(route: Result<Route, RouteError>) -> Attempt {
        match route {
            Ok(Route::Single(attempt)) => attempt,
            other => panic!("not one node: {other:?}"),
        }
    }

    fn split(route: Result<Route, RouteError>) -> Split {
        match route {
            Ok(Route::Split(split)) => split,
            other => panic!("not a split: {other:?}"),
        }
    }

    fn fan_out(route: Result<Route, RouteError>) -> FanOut {
        match route {
            Ok(Route::FanOut(fan_out)) => fan_out,
            other => panic!("not a fan-out: {other:?}"),
        }
    }

    fn words(cmd: &Cmd) -> Vec<String> {
        cmd.iter()
            .map(|arg| String::from_utf8_lossy(arg).into_owned())
            .collect()
    }

    fn ports(targets: &[Target]) -> Vec<(u16, Role)> {
        targets.iter().map(|t| (t.addr.port, t.role)).collect()
    }

    fn captured(name: &str) -> SlotMap {
        let bytes: &[u8] = match name {
            "shards-resp2" => include_bytes!("../../tests/data/cluster/shards-resp2.resp"),
            "shards-resp3" => include_bytes!("../../tests/data/cluster/shards-resp3.resp"),
            "slots-gap-resp3" => include_bytes!("../../tests/data/cluster/slots-gap-resp3.resp"),
            _ => panic!("no capture {name}"),
        };
        let frame = Decoder::new()
            .decode(&mut BytesMut::from(bytes))
            .expect("valid")
            .expect("whole");
        if name.starts_with("shards") {
            SlotMap::from_cluster_shards(&frame)
        } else {
            SlotMap::from_cluster_slots(&frame)
        }
        .expect("a slot map")
    }

    #[test]
    fn a_keyed_command_goes_to_its_slots_primary() {
        let mut router = router(ReadFrom::Primary);
        // foo: 12182, bar: 5061, {foo}x: 12182.
        for (cmd, port) in [
            (Cmd::new("GET").arg("foo"), 7002),
            (Cmd::new("SET").arg("bar").arg(1), 7000),
            (Cmd::new("MGET").arg("foo").arg("{foo}x"), 7002),
        ] {
            let attempt = single(route(&mut router, &cmd));
            assert_eq!(
                (attempt.target().addr.port, attempt.target().role),
                (port, Role::Primary),
                "{cmd:?}"
            );
            assert_eq!(attempt.slot(), Some(key_slot(cmd.iter().nth(1).unwrap())));
            assert!(!attempt.is_asking());
        }
        assert_eq!(router.needs_refresh(), None);
    }

    #[test]
    fn a_keyless_command_goes_to_the_first_primary() {
        let mut router = router(ReadFrom::Replica);
        for _ in 0..3 {
            for cmd in [
                Cmd::new("ECHO").arg("x"),
                Cmd::new("SCAN").arg(0),
                Cmd::new("PUBLISH").arg("news").arg("hi"),
                Cmd::new("CLUSTER").arg("INFO"),
                Cmd::new("EVAL").arg("return 1").arg(0),
            ] {
                let attempt = single(route(&mut router, &cmd));
                assert_eq!(
                    (attempt.target().addr.port, attempt.target().role),
                    (7000, Role::Primary)
                );
                assert_eq!(attempt.slot(), None);
            }
        }
        let mut empty = Router::new(SlotMap::default(), RouterConfig::default());
        assert_eq!(
            route(&mut empty, &Cmd::new("ECHO").arg("x")).map(|_| ()),
            Err(RouteError::NoNodes)
        );
        assert_eq!(empty.needs_refresh(), Some(Refresh::Urgent));
        assert_eq!(
            route(&mut empty, &Cmd::new("DBSIZE")).map(|_| ()),
            Err(RouteError::NoNodes)
        );
    }

    #[test]
    fn names_the_table_knows_but_does_not_count_as_keys_are_routed() {
        let mut router = router(ReadFrom::Replica);
        // SPUBLISH's shard channel hashes like a key.
        let attempt = single(route(
            &mut router,
            &Cmd::new("SPUBLISH").arg("foo").arg("hi"),
        ));
        assert_eq!(
            (attempt.slot(), attempt.target().addr.port),
            (Some(slot(12182)), 7002)
        );
        let channels = Cmd::new("SSUBSCRIBE").arg("{c}1").arg("{c}2");
        assert_eq!(
            single(route(&mut router, &channels)).slot(),
            Some(key_slot(b"c"))
        );
        let spread = Cmd::new("SSUBSCRIBE").arg("foo").arg("bar");
        assert!(matches!(
            route(&mut router, &spread),
            Err(RouteError::CrossSlot { .. })
        ));
        // A module's command goes to any node, and MOVED routes it.
        let module = single(route(&mut router, &Cmd::new("JSON.GET").arg("foo")));
        assert_eq!((module.slot(), module.target().addr.port), (None, 7000));
        // A known command used wrongly is refused before it is sent.
        assert_eq!(
            route(&mut router, &Cmd::new("GET")).map(|_| ()),
            Err(RouteError::Keys(KeysError::WrongArity {
                command: "get",
                args: 1
            }))
        );
        let bad = route(&mut router, &Cmd::new("EVAL").arg("s").arg("x"));
        assert!(matches!(
            bad,
            Err(RouteError::Keys(KeysError::BadNumKeys { .. }))
        ));
        assert_eq!(router.needs_refresh(), None);
        // Where the table's flags say read-only, replicas may serve.
        let ro = single(route(
            &mut router,
            &Cmd::new("EVAL_RO").arg("s").arg(1).arg(key_in(6000, "")),
        ));
        assert_eq!(ro.target().role, Role::Replica);
        let rw = single(route(
            &mut router,
            &Cmd::new("EVAL").arg("s").arg(1).arg(key_in(6000, "")),
        ));
        assert_eq!(rw.target().role, Role::Primary);
    }

    #[test]
    fn a_slot_in_a_gap_is_an_error_that_asks_for_a_refresh() {
        let map = captured("slots-gap-resp3");
        let mut router = Router::new(map.clone(), RouterConfig::default());
        let key = key_in(150, "");
        let err = route(&mut router, &Cmd::new("GET").arg(&key)).map(|_| ());
        assert_eq!(err, Err(RouteError::Uncovered { slot: slot(150) }));
        assert_eq!(
            err.unwrap_err().to_string(),
            "slot 150 is not served by any node of the slot map"
        );
        assert_eq!(router.needs_refresh(), Some(Refresh::Urgent));
        // A split with one part in the gap fails whole.
        let mget = Cmd::new("MGET").arg("foo").arg(&key);
        assert!(matches!(
            route(&mut router, &mget),
            Err(RouteError::Uncovered { .. })
        ));
        router.update(captured("shards-resp3"));
        assert_eq!(router.needs_refresh(), None);
        assert_eq!(
            single(route(&mut router, &Cmd::new("GET").arg(&key)))
                .target()
                .addr
                .port,
            7100
        );
    }

    #[test]
    fn replicas_serve_reads_in_turn_and_never_writes() {
        let mut router = router(ReadFrom::Replica);
        let key = key_in(6000, "");
        let read = Cmd::new("GET").arg(&key);
        let turns: Vec<(u16, Role)> = (0..4)
            .map(|_| {
                let attempt = single(route(&mut router, &read));
                (attempt.target().addr.port, attempt.target().role)
            })
            .collect();
        assert_eq!(
            turns,
            [
                (7004, Role::Replica),
                (7005, Role::Replica),
                (7004, Role::Replica),
                (7005, Role::Replica)
            ]
        );
        let write = Cmd::new("SET").arg(&key).arg("v");
        assert_eq!(
            single(route(&mut router, &write)).target().role,
            Role::Primary
        );
        // No replica in the range: the primary.
        let lonely = Cmd::new("GET").arg("foo");
        assert_eq!(single(route(&mut router, &lonely)).target().addr.port, 7002);
        // A replica whose health is unknown (CLUSTER SLOTS) is used.
        let first = Cmd::new("GET").arg(key_in(10, ""));
        assert_eq!(single(route(&mut router, &first)).target().addr.port, 7003);
    }

    #[test]
    fn failed_and_loading_replicas_are_skipped() {
        let map = SlotMap::new(vec![range(
            0,
            16383,
            7000,
            vec![
                replica(7001, Some(Health::Failed)),
                replica(7002, Some(Health::Loading)),
                replica(7003, Some(Health::Online)),
                replica(7004, Some(Health::Other)),
            ],
        )])
        .expect("valid");
        let config = RouterConfig {
            read_from: ReadFrom::PrimaryAndReplicas,
            ..RouterConfig::default()
        };
        let mut router = Router::new(map, config);
        let read = Cmd::new("GET").arg("k");
        let turns: Vec<u16> = (0..6)
            .map(|_| single(route(&mut router, &read)).target().addr.port)
            .collect();
        assert_eq!(turns, [7000, 7003, 7004, 7000, 7003, 7004]);
        // CONFIG SET goes to every node but the failed one.
        assert_eq!(
            ports(&router.nodes()),
            [
                (7000, Role::Primary),
                (7002, Role::Replica),
                (7003, Role::Replica),
                (7004, Role::Replica)
            ]
        );
    }

    #[test]
    fn captured_health_decides_replica_reads() {
        // In `shards-resp2` replicas 7103 and 7105 were loading: reads of
        // their shards fall back to the primaries.
        let config = RouterConfig {
            read_from: ReadFrom::Replica,
            ..RouterConfig::default()
        };
        let mut router = Router::new(captured("shards-resp2"), config);
        let targets: Vec<u16> = [100, 6000, 12000]
            .iter()
            .map(|&n| {
                single(route(&mut router, &Cmd::new("GET").arg(key_in(n, ""))))
                    .target()
                    .addr
                    .port
            })
            .collect();
        assert_eq!(targets, [7104, 7101, 7102]);
        router.update(captured("shards-resp3"));
        assert_eq!(
            single(route(&mut router, &Cmd::new("GET").arg(key_in(12000, ""))))
                .target()
                .addr
                .port,
            7103
        );
    }

    #[test]
    fn mget_is_split_per_slot_and_merged_in_key_order() {
        let mut router = router(ReadFrom::Primary);
        // Slots 10 and 20 share node 7000, yet Redis refuses them together.
        let (a, b, c, d) = (
            key_in(10, "a"),
            key_in(20, "b"),
            key_in(10, "c"),
            key_in(12000, "d"),
        );
        let cmd = Cmd::new("MGET").arg(&a).arg(&b).arg(&c).arg(&d).arg(&b);
        let split = split(route(&mut router, &cmd));
        let parts: Vec<(Vec<String>, u16, Option<Slot>)> = split
            .parts
            .iter()
            .map(|part| {
                (
                    words(&part.cmd),
                    part.attempt.target().addr.port,
                    part.attempt.slot(),
                )
            })
            .collect();
        assert_eq!(
            parts,
            [
                (
                    vec!["MGET".into(), a.clone(), c.clone()],
                    7000,
                    Some(slot(10))
                ),
                (
                    vec!["MGET".into(), b.clone(), b.clone()],
                    7000,
                    Some(slot(20))
                ),
                (vec!["MGET".into(), d.clone()], 7002, Some(slot(12000))),
            ]
        );
        assert_eq!(split.merge.parts(), 3);
        let replies = vec![
            Frame::Array(vec![Frame::bulk("A"), Frame::Null]),
            Frame::Array(vec![Frame::bulk("B"), Frame::bulk("B")]),
            Frame::Attributed {
                attributes: vec![],
                frame: alloc::boxed::Box::new(Frame::Array(vec![Frame::bulk("D")])),
            },
        ];
        assert_eq!(
            split.merge.merge_frames(replies),
            Ok(Frame::Array(vec![
                Frame::bulk("A"),
                Frame::bulk("B"),
                Frame::Null,
                Frame::bulk("D"),
                Frame::bulk("B"),
            ]))
        );
        // Wrong shapes and counts are typed errors.
        let two = vec![Frame::Array(vec![]), Frame::Array(vec![])];
        assert_eq!(
            split.merge.merge_frames(two),
            Err(MergeError::PartCount {
                expected: 3,
                got: 2
            })
        );
        let short = vec![
            Frame::Array(vec![Frame::Null, Frame::Null]),
            Frame::Array(vec![Frame::Null]),
            Frame::Array(vec![Frame::Null]),
        ];
        assert!(matches!(
            split.merge.merge_frames(short),
            Err(MergeError::Shape { part: 1, .. })
        ));
        let not_array = vec![Frame::Null, Frame::Integer(1), Frame::Null];
        assert!(matches!(
            split.merge.merge_frames(not_array),
            Err(MergeError::Shape { part: 0, .. })
        ));
        // An error from a part is the reply.
        let failed = vec![
            Frame::Array(vec![Frame::Null, Frame::Null]),
            Frame::SimpleError("LOADING wait".into()),
            Frame::SimpleError("ERR other".into()),
        ];
        assert_eq!(
            split.merge.merge_frames(failed),
            Ok(Frame::SimpleError("LOADING wait".into()))
        );
    }

    #[test]
    fn mset_is_split_with_its_pairs_and_succeeds_if_all_parts_do() {
        let mut router = router(ReadFrom::Replica);
        let (a, b, c) = (key_in(1, "a"), key_in(9000, "b"), key_in(1, "c"));
        let cmd = Cmd::new("MSET")
            .arg(&a)
            .arg(1)
            .arg(&b)
            .arg(2)
            .arg(&c)
            .arg(3);
        let split = split(route(&mut router, &cmd));
        let parts: Vec<(Vec<String>, u16, Role)> = split
            .parts
            .iter()
            .map(|part| {
                let target = part.attempt.target();
                (words(&part.cmd), target.addr.port, target.role)
            })
            .collect();
        assert_eq!(
            parts,
            [
                (
                    vec!["MSET".into(), a, "1".into(), c, "3".into()],
                    7000,
                    Role::Primary
                ),
                (vec!["MSET".into(), b, "2".into()], 7001, Role::Primary),
            ]
        );
        let ok = || Frame::simple("OK");
        assert_eq!(split.merge.merge_frames(vec![ok(), ok()]), Ok(ok()));
        let refused = Frame::SimpleError("OOM command not allowed".into());
        assert_eq!(
            split.merge.merge_frames(vec![ok(), refused.clone()]),
            Ok(refused)
        );
        // A malformed MSET is refused before it is sent.
        let odd = Cmd::new("MSET").arg("foo").arg(1).arg("bar");
        assert!(route(&mut router, &odd).is_err());
    }

    #[test]
    fn counting_commands_are_split_and_summed() {
        let mut router = router(ReadFrom::Replica);
        for name in ["DEL", "UNLINK", "EXISTS", "TOUCH"] {
            let cmd = Cmd::new(name).arg("foo").arg("bar").arg("{bar}2");
            let split = split(route(&mut router, &cmd));
            let counts: Vec<usize> = split.parts.iter().map(|p| p.cmd.len() - 1).collect();
            assert_eq!(counts, [1, 2], "{name}");
            // Reads may go to replicas; DEL and UNLINK may not.
            let on_replica = split.parts[1].attempt.target().role == Role::Replica;
            assert_eq!(on_replica, matches!(name, "EXISTS" | "TOUCH"), "{name}");
            assert_eq!(
                split
                    .merge
                    .merge_frames(vec![Frame::Integer(1), Frame::Integer(2)]),
                Ok(Frame::Integer(3))
            );
            assert_eq!(
                split
                    .merge
                    .merge_frames(vec![Frame::Integer(i64::MAX), Frame::Integer(1)]),
                Err(MergeError::Overflow)
            );
            assert!(matches!(
                split
                    .merge
                    .merge_frames(vec![Frame::Integer(1), Frame::bulk("2")]),
                Err(MergeError::Shape { part: 1, .. })
            ));
        }
    }

    #[test]
    fn commands_that_cannot_be_split_fail_cross_slot_before_sending() {
        let mut router = router(ReadFrom::Primary);
        for cmd in [
            Cmd::new("SUNIONSTORE").arg("dst").arg("foo").arg("bar"),
            Cmd::new("MSETNX").arg("foo").arg(1).arg("bar").arg(2),
        ] {
            let err = route(&mut router, &cmd).map(|_| ()).unwrap_err();
            assert!(matches!(err, RouteError::CrossSlot { .. }), "{cmd:?}");
            assert!(
                err.to_string()
                    .starts_with("keys in request don't hash to the same slot")
            );
        }
        let tagged = Cmd::new("SUNIONSTORE")
            .arg("{u}dst")
            .arg("{u}a")
            .arg("{u}b");
        assert_eq!(
            single(route(&mut router, &tagged)).slot(),
            Some(key_slot(b"u"))
        );
        assert_eq!(router.needs_refresh(), None);
    }

    #[test]
    fn fan_outs_name_every_primary_or_node_once() {
        let mut map = three();
        // A primary serving two ranges is listed once.
        map.assign(slot(16383), node(7000), vec![replica(7003, None)]);
        let mut router = Router::new(map, RouterConfig::default());
        assert_eq!(
            ports(&router.primaries()),
            [
                (7000, Role::Primary),
                (7001, Role::Primary),
                (7002, Role::Primary)
            ]
        );
        let keys = fan_out(route(&mut router, &Cmd::new("KEYS").arg("*")));
        let targets: Vec<Target> = keys.attempts.iter().map(|a| a.target().clone()).collect();
        assert_eq!(targets, router.primaries());
        assert!(keys.attempts.iter().all(|a| a.slot().is_none()));
        let config = fan_out(route(
            &mut router,
            &Cmd::new("CONFIG").arg("SET").arg("x").arg("y"),
        ));
        let targets: Vec<Target> = config.attempts.iter().map(|a| a.target().clone()).collect();
        assert_eq!(targets, router.nodes());
        assert_eq!(
            ports(&targets),
            [
                (7000, Role::Primary),
                (7001, Role::Primary),
                (7002, Role::Primary),
                (7003, Role::Replica),
                (7004, Role::Replica),
                (7005, Role::Replica)
            ]
        );
    }

    fn merge_of(aggregate: Aggregate, parts: usize) -> Merge {
        Merge {
            parts,
            how: How::Aggregate(aggregate),
        }
    }

    fn ints(values: &[i64]) -> Frame {
        Frame::Array(values.iter().map(|&v| Frame::Integer(v)).collect())
    }

    #[test]
    fn fan_out_replies_merge_by_response_policy() {
        let int = Frame::Integer;
        let err = |text: &'static str| Frame::SimpleError(text.into());
        let cases: Vec<(Aggregate, Vec<Frame>, Result<Frame, MergeError>)> = vec![
            (Aggregate::Sum, vec![int(3), int(0), int(4)], Ok(int(7))),
            (Aggregate::Min, vec![int(3), int(1), int(4)], Ok(int(1))),
            (Aggregate::Max, vec![int(3), int(1), int(4)], Ok(int(4))),
            (Aggregate::And, vec![int(1), int(1), int(0)], Ok(int(0))),
            (Aggregate::And, vec![int(1), int(1), int(1)], Ok(int(1))),
            (Aggregate::Or, vec![int(0), int(0), int(1)], Ok(int(1))),
            (
                Aggregate::Or,
                vec![
                    Frame::Boolean(false),
                    Frame::Boolean(true),
                    Frame::Boolean(false),
                ],
                Ok(Frame::Boolean(true)),
            ),
            // SCRIPT EXISTS: element by element.
            (
                Aggregate::And,
                vec![ints(&[1, 0, 1]), ints(&[1, 1, 0]), ints(&[1, 1, 1])],
                Ok(ints(&[1, 0, 0])),
            ),
            (
                Aggregate::Sum,
                vec![ints(&[1, 2]), ints(&[1, 2]), ints(&[1, 2])],
                Ok(ints(&[3, 6])),
            ),
            (
                Aggregate::Concat,
                vec![
                    Frame::Array(vec![Frame::bulk("a")]),
                    Frame::Array(vec![]),
                    Frame::Array(vec![Frame::bulk("b"), Frame::bulk("c")]),
                ],
                Ok(Frame::Array(vec![
                    Frame::bulk("a"),
                    Frame::bulk("b"),
                    Frame::bulk("c"),
                ])),
            ),
            (
                Aggregate::AllSucceeded,
                vec![
                    Frame::simple("OK"),
                    Frame::simple("OK"),
                    Frame::simple("OK"),
                ],
                Ok(Frame::simple("OK")),
            ),
            (
                Aggregate::AllSucceeded,
                vec![Frame::simple("OK"), err("ERR no"), err("ERR also")],
                Ok(err("ERR no")),
            ),
            (
                Aggregate::OneSucceeded,
                vec![err("NOTBUSY a"), Frame::simple("OK"), err("NOTBUSY c")],
                Ok(Frame::simple("OK")),
            ),
            (
                Aggregate::OneSucceeded,
                vec![err("NOTBUSY a"), err("NOTBUSY b"), err("NOTBUSY c")],
                Ok(err("NOTBUSY a")),
            ),
            (
                Aggregate::Sum,
                vec![int(1), err("LOADING x"), int(2)],
                Ok(err("LOADING x")),
            ),
            (
                Aggregate::Sum,
                vec![ints(&[1, 2]), ints(&[1]), ints(&[1, 2])],
                Err(MergeError::Shape {
                    part: 1,
                    expected: "an integer, or an array of integers, like the others",
                }),
            ),
            (
                Aggregate::Min,
                vec![Frame::bulk("1"), int(1), int(1)],
                Err(MergeError::Shape {
                    part: 0,
                    expected: "an integer, or an array of integers, like the others",
                }),
            ),
            (
                Aggregate::Sum,
                vec![
                    Frame::Array(vec![ints(&[1])]),
                    Frame::Array(vec![ints(&[1])]),
                    int(0),
                ],
                Err(MergeError::Shape {
                    part: 0,
                    expected: "an integer, or an array of integers, like the others",
                }),
            ),
            (
                Aggregate::Concat,
                vec![Frame::Array(vec![]), Frame::bulk("x"), Frame::Array(vec![])],
                Err(MergeError::Shape {
                    part: 1,
                    expected: "an array, like the others",
                }),
            ),
            // RANDOMKEY: one key from each shard, or null from an empty one.
            (
                Aggregate::Concat,
                vec![Frame::bulk("a"), Frame::Null, Frame::bulk("c")],
                Ok(Frame::Array(vec![
                    Frame::bulk("a"),
                    Frame::Null,
                    Frame::bulk("c"),
                ])),
            ),
            (
                Aggregate::Concat,
                vec![Frame::Null, Frame::Array(vec![]), Frame::Array(vec![])],
                Err(MergeError::Shape {
                    part: 0,
                    expected: "an array, like the others",
                }),
            ),
            (
                Aggregate::Concat,
                vec![
                    Frame::Set(vec![Frame::bulk("a")]),
                    Frame::Set(vec![]),
                    Frame::Set(vec![Frame::bulk("b")]),
                ],
                Ok(Frame::Set(vec![Frame::bulk("a"), Frame::bulk("b")])),
            ),
        ];
        for (aggregate, replies, expected) in cases {
            let shown = alloc::format!("{aggregate:?} {replies:?}");
            assert_eq!(
                merge_of(aggregate, 3).merge_frames(replies),
                expected,
                "{shown}"
            );
        }
        assert_eq!(
            merge_of(Aggregate::Concat, 1).merge_frames(vec![Frame::Integer(1)]),
            Ok(Frame::Array(vec![Frame::Integer(1)]))
        );
    }

    #[test]
    fn fan_outs_follow_the_tables_policies() {
        let mut router = router(ReadFrom::Replica);
        let cases: Vec<(Cmd, usize, Vec<Frame>, Frame)> = vec![
            (
                Cmd::new("PING"),
                3,
                vec![Frame::simple("PONG"); 3],
                Frame::simple("PONG"),
            ),
            (
                Cmd::new("RANDOMKEY"),
                3,
                vec![Frame::bulk("a"), Frame::Null, Frame::bulk("c")],
                Frame::Array(vec![Frame::bulk("a"), Frame::Null, Frame::bulk("c")]),
            ),
            (
                Cmd::new("SCRIPT").arg("EXISTS").arg("a").arg("b"),
                3,
                vec![ints(&[1, 1]), ints(&[1, 0]), ints(&[1, 1])],
                ints(&[1, 0]),
            ),
            (
                Cmd::new("SCRIPT").arg("LOAD").arg("return 1"),
                6,
                vec![Frame::bulk("sha"); 6],
                Frame::bulk("sha"),
            ),
            (
                Cmd::new("WAIT").arg(1).arg(0),
                3,
                vec![Frame::Integer(1), Frame::Integer(0), Frame::Integer(1)],
                Frame::Integer(0),
            ),
            (
                Cmd::new("SLOWLOG").arg("LEN"),
                6,
                vec![Frame::Integer(2); 6],
                Frame::Integer(12),
            ),
            (
                Cmd::new("FLUSHALL"),
                3,
                vec![Frame::simple("OK"); 3],
                Frame::simple("OK"),
            ),
        ];
        for (cmd, nodes, replies, merged) in cases {
            let fan = fan_out(route(&mut router, &cmd));
            assert_eq!(fan.attempts.len(), nodes, "{cmd:?}");
            assert_eq!(fan.merge.merge_frames(replies), Ok(merged), "{cmd:?}");
        }
        let kill = fan_out(route(&mut router, &Cmd::new("FUNCTION").arg("KILL")));
        let replies = vec![
            Err(ServerError::new(
                "NOTBUSY No scripts in execution right now.",
            )),
            Ok(Frame::simple("OK")),
            Err(ServerError::new(
                "NOTBUSY No scripts in execution right now.",
            )),
        ];
        assert_eq!(kill.merge.merge(replies), Ok(Ok(Frame::simple("OK"))));
    }

    #[test]
    fn special_fan_outs_give_each_nodes_reply() {
        let mut router = router(ReadFrom::Primary);
        let info = fan_out(route(&mut router, &Cmd::new("INFO")));
        let replies = vec![
            Frame::bulk("a"),
            Frame::SimpleError("LOADING x".into()),
            Frame::bulk("c"),
        ];
        let text = |addr: &str| Frame::bulk(Bytes::from(String::from(addr)));
        assert_eq!(
            info.merge.merge_frames(replies),
            Ok(Frame::Map(vec![
                (text("10.0.0.1:7000"), Frame::bulk("a")),
                (text("10.0.0.1:7001"), Frame::BulkError("LOADING x".into())),
                (text("10.0.0.1:7002"), Frame::bulk("c")),
            ]))
        );
        let replies = vec![
            Ok(Frame::bulk("a")),
            Err(ServerError::new("ERR x")),
            Ok(Frame::simple("c")),
        ];
        assert!(matches!(
            info.merge.merge(replies),
            Ok(Ok(Frame::Map(pairs))) if pairs[1].1 == Frame::BulkError("ERR x".into())
        ));
        let dbsize = fan_out(route(&mut router, &Cmd::new("DBSIZE")));
        let replies = vec![
            Ok(Frame::Integer(1)),
            Err(ServerError::new("LOADING a")),
            Err(ServerError::new("ERR b")),
        ];
        assert_eq!(
            dbsize.merge.merge(replies),
            Ok(Err(ServerError::new("LOADING a")))
        );
        assert_eq!(
            dbsize.merge.merge_frames(vec![
                Frame::Integer(1),
                Frame::Integer(2),
                Frame::Integer(3)
            ]),
            Ok(Frame::Integer(6))
        );
    }

    #[test]
    fn moved_patches_the_map_and_resends_to_the_new_owner() {
        let mut router = router(ReadFrom::Primary);
        let mut attempt = single(route(&mut router, &Cmd::new("GET").arg("foo")));
        assert_eq!(attempt.target().addr.port, 7002);
        // To a node the map knows as a primary: the slot joins its shard.
        let action =
            router.handle_error(&mut attempt, ServerError::new("MOVED 12182 10.0.0.1:7001"));
        assert_eq!(action, Ok(Action::Resend));
        assert_eq!(
            (
                attempt.target().addr.port,
                attempt.target().role,
                attempt.redirects()
            ),
            (7001, Role::Primary, 1)
        );
        assert!(!attempt.is_asking());
        assert_eq!(router.needs_refresh(), Some(Refresh::Opportunistic));
        let moved = router.map().range_of(slot(12182)).expect("served");
        assert_eq!((moved.start, moved.end), (slot(12182), slot(12182)));
        assert_eq!(moved.replicas.len(), 2);
        assert_eq!(port_of(slot(12181), router.map()), Some(7002));
        assert_eq!(port_of(slot(12183), router.map()), Some(7002));
        // The next command for the slot goes there directly.
        assert_eq!(
            single(route(&mut router, &Cmd::new("GET").arg("foo")))
                .target()
                .addr
                .port,
            7001
        );
        // To a node it does not know, with its host left out: the host of
        // the node that answered.
        let action = router.handle_error(&mut attempt, ServerError::new("MOVED 12182 :7009"));
        assert_eq!(action, Ok(Action::Resend));
        assert_eq!(attempt.target().addr, addr(7009));
        let moved = router.map().range_of(slot(12182)).expect("served");
        assert_eq!((&moved.primary, moved.replicas.len()), (&node(7009), 0));
        // A MOVED into a gap fills it.
        let mut gap = Router::new(captured("slots-gap-resp3"), RouterConfig::default());
        let mut attempt = gap.route_slot(slot(99), false).expect("served");
        gap.handle_error(&mut attempt, ServerError::new("MOVED 150 127.0.0.1:7101"))
            .expect("resend");
        assert_eq!(port_of(slot(150), gap.map()), Some(7101));
        assert_eq!(gap.map().gaps().len(), 2);
        // A MOVED that does not parse is the reply.
        let bad = ServerError::new("MOVED nowhere");
        assert_eq!(
            router.handle_error(&mut attempt, bad.clone()),
            Ok(Action::Reply(bad))
        );
    }

    #[test]
    fn ask_sends_asking_once_and_leaves_the_map_alone() {
        let mut router = router(ReadFrom::Primary);
        let before = router.map().clone();
        let mut attempt = single(route(&mut router, &Cmd::new("GET").arg("foo")));
        let action = router.handle_error(&mut attempt, ServerError::new("ASK 12182 10.0.0.1:7000"));
        assert_eq!(action, Ok(Action::Resend));
        assert!(attempt.is_asking());
        assert_eq!(attempt.target().addr.port, 7000);
        assert_eq!(router.map(), &before);
        assert_eq!(router.needs_refresh(), None);
        // The importing node is migrating several keys: wait and route again,
        // from the map, without ASKING.
        let action = router.handle_error(
            &mut attempt,
            ServerError::new("TRYAGAIN Multiple keys request during rehashing of slot"),
        );
        assert!(matches!(action, Ok(Action::Wait(_))));
        assert!(!attempt.is_asking());
        router.retry(&mut attempt).expect("routed");
        assert_eq!(attempt.target().addr.port, 7002);
        assert_eq!(attempt.redirects(), 2);
    }

    #[test]
    fn a_parsed_redirect_is_followed_like_the_error() {
        let mut router = router(ReadFrom::Primary);
        let mut attempt = router.route_slot(slot(12182), false).expect("served");
        let parse = |text: &str| Redirect::parse(text.as_bytes()).expect("a redirect");
        assert_eq!(
            router.handle_redirect(&mut attempt, parse("ASK 12182 :7009")),
            Ok(Action::Resend)
        );
        assert!(attempt.is_asking());
        assert_eq!(attempt.target().addr, addr(7009));
        assert_eq!(router.needs_refresh(), None);
        assert_eq!(
            router.handle_redirect(&mut attempt, parse("MOVED 12182 10.0.0.1:7001")),
            Ok(Action::Resend)
        );
        assert!(!attempt.is_asking());
        assert_eq!(port_of(slot(12182), router.map()), Some(7001));
        let config = RouterConfig {
            max_redirects: 0,
            ..RouterConfig::default()
        };
        let mut strict = Router::new(three(), config);
        let mut attempt = strict.route_slot(slot(1), false).expect("served");
        assert_eq!(
            strict.handle_redirect(&mut attempt, parse("MOVED 1 :7009")),
            Err(RouteError::TooManyRedirects {
                redirects: 0,
                last: ServerError::new("MOVED 1 ?:7009")
            })
        );
        // The slot map learnt it all the same.
        assert_eq!(port_of(slot(1), strict.map()), Some(7009));
        let mut fan = fan_out(route(&mut router, &Cmd::new("DBSIZE")));
        assert_eq!(
            router.handle_redirect(&mut fan.attempts[0], parse("ASK 1 a:1")),
            Ok(Action::Reply(ServerError::new("ASK 1 a:1")))
        );
    }

    #[test]
    fn tryagain_and_clusterdown_wait_longer_each_time_up_to_the_cap() {
        let config = RouterConfig {
            backoff: Backoff::new(Duration::from_millis(10), Duration::from_millis(100)),
            max_redirects: 100,
            ..RouterConfig::default()
        };
        let mut router = Router::new(three(), config);
        let mut attempt = single(route(&mut router, &Cmd::new("SET").arg("foo").arg(1)));
        let mut waits = Vec::new();
        for text in [
            "TRYAGAIN x",
            "TRYAGAIN x",
            "CLUSTERDOWN The cluster is down",
        ]
        .iter()
        .cycle()
        .take(7)
        {
            match router.handle_error(&mut attempt, ServerError::new(*text)) {
                Ok(Action::Wait(delay)) => waits.push(delay.as_millis()),
                other => panic!("{other:?}"),
            }
            router.retry(&mut attempt).expect("routed");
        }
        assert_eq!(waits, [10, 20, 40, 80, 100, 100, 100]);
        assert_eq!(router.needs_refresh(), Some(Refresh::Urgent));
        // After the refresh, the retry goes where the new map says.
        router.update(SlotMap::new(vec![range(0, 16383, 7100, vec![])]).expect("valid"));
        router.retry(&mut attempt).expect("routed");
        assert_eq!(attempt.target().addr.port, 7100);
        // And to a gap, it cannot.
        router.update(SlotMap::new(vec![range(0, 10, 7100, vec![])]).expect("valid"));
        assert_eq!(
            router.retry(&mut attempt),
            Err(RouteError::Uncovered { slot: slot(12182) })
        );
        assert_eq!(router.needs_refresh(), Some(Refresh::Urgent));
    }

    #[test]
    fn a_replica_that_cannot_serve_sends_the_read_to_its_primary() {
        for (text, refresh) in [
            (
                "LOADING Redis is loading the dataset in memory",
                Refresh::Opportunistic,
            ),
            ("MASTERDOWN Link with MASTER is down", Refresh::Urgent),
        ] {
            let mut router = router(ReadFrom::Replica);
            let mut attempt = router.route_slot(slot(6000), true).expect("served");
            assert_eq!(attempt.target().role, Role::Replica);
            let action = router.handle_error(&mut attempt, ServerError::new(text));
            assert_eq!(action, Ok(Action::Wait(Duration::from_millis(10))));
            assert_eq!(router.needs_refresh(), Some(refresh));
            router.retry(&mut attempt).expect("routed");
            assert_eq!(
                (attempt.target().addr.port, attempt.target().role),
                (7001, Role::Primary)
            );
        }
        // A write refused as READONLY: the primary is not one any more.
        let mut router = router(ReadFrom::Primary);
        let mut attempt = router.route_slot(slot(0), false).expect("served");
        let action =
            router.handle_error(&mut attempt, ServerError::new("READONLY You can't write"));
        assert!(matches!(action, Ok(Action::Wait(_))));
        assert_eq!(router.needs_refresh(), Some(Refresh::Urgent));
    }

    #[test]
    fn other_errors_are_the_reply() {
        let mut router = router(ReadFrom::Primary);
        let mut attempt = router.route_slot(slot(0), false).expect("served");
        let before = attempt.clone();
        for text in ["WRONGTYPE no", "ERR unknown", "NOSCRIPT x", "BUSY y", ""] {
            let error = ServerError::new(text);
            assert_eq!(
                router.handle_error(&mut attempt, error.clone()),
                Ok(Action::Reply(error))
            );
        }
        assert_eq!(attempt, before);
        assert_eq!(router.needs_refresh(), None);
    }

    #[test]
    fn redirects_are_bounded() {
        let mut router = router(ReadFrom::Primary);
        let mut attempt = router.route_slot(slot(12182), false).expect("served");
        for i in 0..16u16 {
            let error = ServerError::new(alloc::format!("MOVED 12182 10.0.0.1:{}", 8000 + i));
            assert_eq!(router.handle_error(&mut attempt, error), Ok(Action::Resend));
        }
        let last = ServerError::new("ASK 12182 10.0.0.1:9000");
        let err = router.handle_error(&mut attempt, last.clone());
        assert_eq!(
            err,
            Err(RouteError::TooManyRedirects {
                redirects: 16,
                last
            })
        );
        assert_eq!(
            err.unwrap_err().to_string(),
            "too many redirects (16), the last error: ASK 12182 10.0.0.1:9000"
        );
        // Retries count too.
        let config = RouterConfig {
            max_redirects: 1,
            ..RouterConfig::default()
        };
        let mut router = Router::new(three(), config);
        let mut attempt = router.route_slot(slot(0), false).expect("served");
        assert!(
            router
                .handle_error(&mut attempt, ServerError::new("TRYAGAIN"))
                .is_ok()
        );
        assert!(matches!(
            router.handle_error(&mut attempt, ServerError::new("TRYAGAIN")),
            Err(RouteError::TooManyRedirects { redirects: 1, .. })
        ));
    }

    #[test]
    fn a_fan_out_node_is_retried_but_never_redirected() {
        let mut router = router(ReadFrom::Primary);
        let mut fan = fan_out(route(&mut router, &Cmd::new("DBSIZE")));
        let attempt = &mut fan.attempts[1];
        let moved = ServerError::new("MOVED 1 10.0.0.1:7009");
        assert_eq!(
            router.handle_error(attempt, moved.clone()),
            Ok(Action::Reply(moved))
        );
        let readonly = ServerError::new("READONLY x");
        assert_eq!(
            router.handle_error(attempt, readonly.clone()),
            Ok(Action::Reply(readonly))
        );
        assert!(matches!(
            router.handle_error(attempt, ServerError::new("LOADING x")),
            Ok(Action::Wait(_))
        ));
        router.update(SlotMap::default());
        assert_eq!(router.retry(attempt), Ok(()));
        assert_eq!(attempt.target().addr.port, 7001);
    }

    #[test]
    fn a_keyless_command_follows_a_redirect_by_its_slot() {
        let mut router = router(ReadFrom::Primary);
        let mut attempt = router.route_any().expect("a node");
        router
            .handle_error(&mut attempt, ServerError::new("MOVED 7000 10.0.0.1:7001"))
            .expect("resend");
        assert_eq!(attempt.slot(), Some(slot(7000)));
        assert!(matches!(
            router.handle_error(&mut attempt, ServerError::new("CLUSTERDOWN x")),
            Ok(Action::Wait(_))
        ));
        router.retry(&mut attempt).expect("routed");
        assert_eq!(attempt.target().addr.port, 7001);
        let mut any = router.route_any().expect("a node");
        assert!(
            router
                .handle_error(&mut any, ServerError::new("TRYAGAIN"))
                .is_ok()
        );
        router.update(SlotMap::default());
        assert_eq!(router.retry(&mut any), Err(RouteError::NoNodes));
    }

    #[test]
    fn refresh_requests_keep_the_most_urgent() {
        let mut router = router(ReadFrom::Primary);
        router.request_refresh(Refresh::Urgent);
        router.request_refresh(Refresh::Opportunistic);
        assert_eq!(router.needs_refresh(), Some(Refresh::Urgent));
        router.update(three());
        assert_eq!(router.needs_refresh(), None);
        router.request_refresh(Refresh::Opportunistic);
        assert_eq!(router.needs_refresh(), Some(Refresh::Opportunistic));
    }

    #[test]
    fn backoff_and_jitter_stay_in_bounds() {
        let backoff = Backoff::default();
        assert_eq!(backoff.delay(0), Duration::from_millis(10));
        assert_eq!(backoff.delay(6), Duration::from_millis(640));
        assert_eq!(backoff.delay(7), Duration::from_secs(1));
        assert_eq!(backoff.delay(40), Duration::from_secs(1));
        let huge = Backoff::new(Duration::MAX, Duration::MAX);
        assert_eq!(huge.delay(3), Duration::MAX);
        for random in [0, 1, u32::MAX / 2, u32::MAX] {
            for delay in [
                Duration::ZERO,
                Duration::from_nanos(1),
                Duration::from_millis(7),
                Duration::MAX,
            ] {
                let jittered = Backoff::jitter(delay, random);
                assert!(
                    jittered <= delay && jittered >= delay / 2,
                    "{delay:?} {random}"
                );
            }
        }
        assert_eq!(
            Backoff::jitter(Duration::from_millis(100), u32::MAX / 2),
            Duration::from_nanos(74_999_999)
        );
    }

    #[test]
    fn errors_and_overlaps_print() {
        let err = RouteError::CrossSlot {
            first: slot(1),
            other: slot(2),
        };
        assert_eq!(
            err.to_string(),
            "keys in request don't hash to the same slot (1 and 2)"
        );
        assert_eq!(
            MergeError::PartCount {
                expected: 2,
                got: 1
            }
            .to_string(),
            "expected 2 replies, one per part, got 1"
        );
        let _: SlotMapError = SlotMapError::Overlap(1);
    }

    /// A single node holding strings, answering the commands the router
    /// splits as Redis would.
    fn execute(store: &mut BTreeMap<Vec<u8>, Vec<u8>>, cmd: &Cmd) -> Frame {
        let args: Vec<&[u8]> = cmd.iter().collect();
        let keys = &args[1..];
        let count = |n: usize| Frame::Integer(i64::try_from(n).expect("small"));
        match args[0] {
            b"MGET" => Frame::Array(
                keys.iter()
                    .map(|key| {
                        store
                            .get(*key)
                            .map_or(Frame::Null, |v| Frame::bulk(v.clone()))
                    })
                    .collect(),
            ),
            b"MSET" => {
                for pair in keys.chunks_exact(2) {
                    store.insert(pair[0].to_vec(), pair[1].to_vec());
                }
                Frame::simple("OK")
            }
            b"DEL" | b"UNLINK" => count(
                keys.iter()
                    .filter(|key| store.remove(**key).is_some())
                    .count(),
            ),
            b"EXISTS" | b"TOUCH" => {
                count(keys.iter().filter(|key| store.contains_key(**key)).count())
            }
            other => panic!("{other:?}"),
        }
    }

    fn key_strategy() -> impl Strategy<Value = Vec<u8>> {
        prop_oneof![
            (0u8..12).prop_map(|n| alloc::format!("k{n}").into_bytes()),
            (0u8..3, 0u8..3).prop_map(|(t, n)| alloc::format!("{{t{t}}}{n}").into_bytes()),
        ]
    }

    proptest! {
        #[test]
        fn split_then_merge_answers_as_one_node_would(
            name in prop::sample::select(vec!["MGET", "MSET", "DEL", "UNLINK", "EXISTS", "TOUCH"]),
            keys in prop::collection::vec(key_strategy(), 1..12),
            stored in prop::collection::vec(key_strategy(), 0..8),
            read_from in prop::sample::select(vec![ReadFrom::Primary, ReadFrom::Replica, ReadFrom::PrimaryAndReplicas]),
        ) {
            let mut store: BTreeMap<Vec<u8>, Vec<u8>> = stored
                .into_iter()
                .map(|key| { let value = [b"v:", &key[..]].concat(); (key, value) })
                .collect();
            let mut cmd = Cmd::new(name);
            for (i, key) in keys.iter().enumerate() {
                cmd.push(key);
                if name == "MSET" {
                    cmd.push(i);
                }
            }
            let mut one_node = store.clone();
            let expected = execute(&mut one_node, &cmd);
            let mut router = router(read_from);
            let merged = match route(&mut router, &cmd) {
                Ok(Route::Single(attempt)) => {
                    let slots: Vec<Slot> = keys.iter().map(|k| key_slot(k)).collect();
                    prop_assert!(slots.iter().all(|s| Some(*s) == attempt.slot()));
                    execute(&mut store, &cmd)
                }
                Ok(Route::Split(split)) => {
                    let mut replies = Vec::new();
                    let mut seen = Vec::new();
                    for part in &split.parts {
                        let slot = part.attempt.slot().expect("a slot");
                        prop_assert!(!seen.contains(&slot));
                        seen.push(slot);
                        let args: Vec<&[u8]> = part.cmd.iter().collect();
                        let step = if name == "MSET" { 2 } else { 1 };
                        prop_assert!(args[1..].iter().step_by(step).all(|key| key_slot(key) == slot));
                        let range = router.map().range_of(slot).expect("served");
                        let target = part.attempt.target();
                        prop_assert!(
                            target.addr == range.primary.addr
                                || range.replicas.iter().any(|r| r.addr == target.addr)
                        );
                        if matches!(name, "MSET" | "DEL" | "UNLINK") {
                            prop_assert_eq!(target.role, Role::Primary);
                        }
                        replies.push(execute(&mut store, &part.cmd));
                    }
                    prop_assert!(seen.len() > 1);
                    split.merge.merge_frames(replies).expect("merges")
                }
                other => panic!("{other:?}"),
            };
            prop_assert_eq!(merged, expected);
            prop_assert_eq!(store, one_node);
        }

        #[test]
        fn any_command_line_routes_or_fails_without_panic(
            name in prop::sample::select(vec![
                "GET", "MGET", "MSET", "MSETNX", "DEL", "EXISTS", "EVAL", "XREAD", "SORT",
                "SPUBLISH", "SSUBSCRIBE", "MIGRATE", "ZUNIONSTORE", "GEORADIUS", "OBJECT",
                "CLUSTER", "SCRIPT", "KEYS", "INFO", "MODULE.CMD", "",
            ]),
            args in prop::collection::vec(
                prop_oneof![
                    key_strategy(),
                    prop::sample::select(vec!["0", "1", "2", "3", "-1", "STREAMS", "STORE", "KEYS", "ENCODING"])
                        .prop_map(|word| word.as_bytes().to_vec()),
                    prop::collection::vec(any::<u8>(), 0..6),
                ],
                0..9,
            ),
            gap in any::<bool>(),
        ) {
            let mut router = if gap {
                Router::new(captured("slots-gap-resp3"), RouterConfig::default())
            } else {
                router(ReadFrom::PrimaryAndReplicas)
            };
            let cmd = Cmd::new(name).args(&args);
            match route(&mut router, &cmd) {
                Ok(Route::Single(attempt)) => {
                    if let Some(slot) = attempt.slot() {
                        prop_assert!(router.map().range_of(slot).is_some());
                    }
                }
                Ok(Route::Split(split)) => {
                    prop_assert!(split.parts.len() > 1);
                    prop_assert_eq!(split.merge.parts(), split.parts.len());
                    let sent: usize = split.parts.iter().map(|part| part.cmd.len() - 1).sum();
                    prop_assert_eq!(sent, cmd.len() - 1);
                }
                Ok(Route::FanOut(fan)) => prop_assert_eq!(fan.merge.parts(), fan.attempts.len()),
                Err(RouteError::Uncovered { .. }) => prop_assert!(gap),
                Err(RouteError::CrossSlot { first, other }) => prop_assert_ne!(first, other),
                Err(RouteError::Keys(_)) => {}
                Err(other) => panic!("{other:?}"),
            }
        }

        #[test]
        fn any_error_leaves_a_valid_map_and_no_panic(
            errors in prop::collection::vec(
                prop_oneof![
                    (0u16..16384, 7000u16..7010, any::<bool>()).prop_map(|(slot, port, moved)| {
                        alloc::format!("{} {slot} 10.0.0.1:{port}", if moved { "MOVED" } else { "ASK" })
                    }),
                    prop::sample::select(vec![
                        "TRYAGAIN x", "CLUSTERDOWN x", "LOADING x", "MASTERDOWN x",
                        "READONLY x", "ERR x", "MOVED", "MOVED 1 :1", "ASK 99999 a:1",
                    ]).prop_map(String::from),
                    ".*",
                ],
                1..40,
            ),
            start in 0u16..16384,
            read_only in any::<bool>(),
            fan in any::<bool>(),
        ) {
            let mut router = router(ReadFrom::PrimaryAndReplicas);
            let mut attempt = if fan {
                fan_out(route(&mut router, &Cmd::new("DBSIZE"))).attempts.remove(0)
            } else {
                router.route_slot(slot(start), read_only).expect("served")
            };
            for text in errors {
                match router.handle_error(&mut attempt, ServerError::new(text)) {
                    Ok(Action::Wait(delay)) => {
                        prop_assert!(delay <= router.config().backoff.max);
                        let _ = router.retry(&mut attempt);
                    }
                    Ok(Action::Resend | Action::Reply(_)) => {}
                    Err(RouteError::TooManyRedirects { redirects, .. }) => {
                        prop_assert_eq!(redirects, 16);
                        break;
                    }
                    Err(other) => panic!("{other:?}"),
                }
                prop_assert!(attempt.redirects() <= 16);
                let map = router.map();
                prop_assert!(map.ranges().windows(2).all(|w| w[0].end < w[1].start));
                prop_assert!(map.ranges().iter().all(|r| r.start <= r.end));
                let rebuilt = SlotMap::new(map.ranges().to_vec());
                prop_assert_eq!(rebuilt.as_ref(), Ok(map));
                prop_assert!(map.is_complete());
            }
        }
    }
}
