//! Writes resp-client's typed commands, `crates/resp-client/src/commands/generated.rs`,
//! and their list, `docs/commands.md`, from what redis-server's
//! `COMMAND DOCS` says of every command and subcommand:
//!
//! ```sh
//! cargo run -p resp-tests --example gen_commands
//! ```
//!
//! It starts a throwaway `redis-server` from `PATH`; its version goes into
//! both files' headers. Everything is sorted and the Rust file is passed
//! through `rustfmt`, so a re-run against the same server writes the same
//! files and `git diff` shows what a new server changes. A command with no
//! reply type in [`replies::REPLIES`], or an argument shape this generator
//! does not know, stops it with an error rather than being left out.
//!
//! How arguments become Rust:
//!
//! - a key, string or pattern is `impl ToArg`; an integer `i64`, a double
//!   `f64`, a unix time `u64`; one that repeats is `impl ToArgs`;
//! - an optional argument is a field of the command's options struct
//!   (`ZaddOptions`), set by a builder method: a flag (`pure-token`) by a
//!   method without arguments, each alternative of a `oneof` by a method of
//!   its own, a `block` by one method taking its parts;
//! - a required `oneof` is a generated enum; a required `block` gives its
//!   parts as parameters;
//! - `numkeys` is counted from the keys that follow it, never passed.

mod replies;

use std::collections::{BTreeMap, BTreeSet};
use std::error::Error;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use resp_tests::{ArgDocs, CommandDocs, CommandInfo, RedisServer};

/// The files written, relative to this crate.
const RUST_OUT: &str = "../crates/resp-client/src/commands/generated.rs";
const DOCS_OUT: &str = "../docs/commands.md";

/// Commands and subcommands that get no method, with the reason. The
/// coverage suite (`tests/tests/command_coverage.rs`) reads the same list
/// from the generated `EXCLUDED` table.
const EXCLUDED: &[(&str, &str)] = &[
    (
        "auth",
        "the handshake authenticates, from the URL or the builder; re-authenticating a shared connection would change every caller's user",
    ),
    (
        "client|reply",
        "OFF and SKIP leave the callers sharing the connection without replies",
    ),
    (
        "client|tracking",
        "client-side caching needs a connection that consumes invalidations; it will have its own type",
    ),
    (
        "discard",
        "transactions need a dedicated connection; they will have their own type",
    ),
    (
        "exec",
        "transactions need a dedicated connection; they will have their own type",
    ),
    (
        "hello",
        "the handshake chooses the protocol; switching it under a shared connection breaks reply parsing for everyone",
    ),
    (
        "monitor",
        "takes the connection over; it will have its own type",
    ),
    (
        "multi",
        "transactions need a dedicated connection; they will have their own type",
    ),
    (
        "psubscribe",
        "takes the connection over; pubsub will have its own type",
    ),
    ("psync", "replication internals"),
    ("punsubscribe", "pubsub will have its own type"),
    (
        "quit",
        "closes the connection shared with other callers; drop the client instead",
    ),
    ("replconf", "replication internals"),
    (
        "reset",
        "resets the shared connection's state (database, user, protocol) under other callers",
    ),
    (
        "select",
        "a shared multiplexed client must not change database under other users; the database comes from the URL or the builder",
    ),
    (
        "ssubscribe",
        "takes the connection over; pubsub will have its own type",
    ),
    (
        "subscribe",
        "takes the connection over; pubsub will have its own type",
    ),
    ("sunsubscribe", "pubsub will have its own type"),
    ("sync", "replication internals"),
    ("unsubscribe", "pubsub will have its own type"),
    (
        "unwatch",
        "transactions need a dedicated connection; they will have their own type",
    ),
    (
        "watch",
        "transactions need a dedicated connection; they will have their own type",
    ),
];

/// Method names that are not the command's: Rust keywords.
const RENAMES: &[(&str, &str)] = &[("move", "move_key"), ("type", "key_type")];

/// Hand-written options types (in `commands/mod.rs`, `ScanOptions` in
/// `scan.rs`, shared with the scan streams) used in place of the
/// generated ones; they take over every optional argument of the command,
/// which must all come after the required ones.
const OPTION_OVERRIDES: &[(&str, &str)] = &[("scan", "ScanOptions"), ("set", "SetOptions")];

/// Methods written by hand in the trait, beside the generated ones.
const HAND_WRITTEN: &[(&str, &str)] = &[("zrange", "zrange_with_scores")];

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use",
    "where", "while", "abstract", "become", "box", "do", "final", "macro", "override", "priv",
    "typeof", "unsized", "virtual", "yield", "try", "gen",
];

fn main() -> Result<(), Box<dyn Error>> {
    let server = RedisServer::start();
    let mut conn = server.connect();
    let docs = CommandDocs::all(&mut conn)?;
    // A container whose arity allows no subcommand (`COMMAND`) is a command
    // of its own too.
    let infos = CommandInfo::all(&mut conn)?;
    let callable_containers: BTreeSet<String> = infos
        .iter()
        .filter(|info| !info.subcommands.is_empty() && info.arity == -1)
        .map(|info| info.name.clone())
        .collect();
    // Commands that may block the connection they run on.
    let blocking: BTreeSet<String> = infos
        .iter()
        .flat_map(CommandInfo::with_subcommands)
        .filter(|info| info.flags.iter().any(|flag| flag == "blocking"))
        .map(|info| info.name.clone())
        .collect();
    let version = server.version();
    let replies = replies::table()?;

    let mut generator = Generator {
        blocking,
        ..Generator::default()
    };
    let mut rows = Vec::new();
    let mut used_replies = BTreeSet::new();
    for command in &docs {
        for docs in command.with_subcommands() {
            if !docs.subcommands.is_empty() && !callable_containers.contains(&docs.name) {
                rows.push(Row::container(docs));
                continue;
            }
            if let Some((_, reason)) = EXCLUDED.iter().find(|(name, _)| *name == docs.name) {
                rows.push(Row::excluded(docs, reason));
                continue;
            }
            let reply = replies
                .get(docs.name.as_str())
                .ok_or_else(|| format!("{}: no reply type in replies.rs", docs.name))?;
            used_replies.insert(docs.name.clone());
            let methods = generator
                .command(docs, reply)
                .map_err(|err| format!("{}: {err}", docs.name))?;
            rows.push(Row::method(docs, methods));
        }
    }
    for name in replies.keys() {
        if !used_replies.contains(*name) {
            return Err(format!("replies.rs types {name}, which the server does not have").into());
        }
    }
    for (name, _) in EXCLUDED {
        if !rows.iter().any(|row| row.name == *name) {
            return Err(format!("{name} is excluded but the server does not have it").into());
        }
    }

    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let rust = generator.finish(&version.to_string(), &rows)?;
    write_rust(&root.join(RUST_OUT), &rust)?;
    std::fs::write(root.join(DOCS_OUT), markdown(&version.to_string(), &rows))?;
    println!(
        "wrote {} methods for redis-server {version} to {} and {}",
        rows.iter().map(|row| row.methods.len()).sum::<usize>(),
        RUST_OUT,
        DOCS_OUT
    );
    Ok(())
}

/// One line of `docs/commands.md` and of the `METHODS`/`EXCLUDED` tables.
struct Row {
    name: String,
    display: String,
    group: String,
    since: String,
    methods: Vec<String>,
    excluded: Option<String>,
    container: bool,
}

impl Row {
    fn base(docs: &CommandDocs) -> Self {
        Self {
            name: docs.name.clone(),
            display: docs.display_name(),
            group: docs.group.clone(),
            since: docs.since.clone(),
            methods: Vec::new(),
            excluded: None,
            container: false,
        }
    }

    fn container(docs: &CommandDocs) -> Self {
        Self {
            container: true,
            ..Self::base(docs)
        }
    }

    fn excluded(docs: &CommandDocs, reason: &str) -> Self {
        Self {
            excluded: Some(reason.to_owned()),
            ..Self::base(docs)
        }
    }

    fn method(docs: &CommandDocs, methods: Vec<String>) -> Self {
        Self {
            methods,
            ..Self::base(docs)
        }
    }
}

/// The reply types of one command: without options, and with.
#[derive(Clone, Debug)]
struct Reply {
    plain: String,
    with: String,
}

/// How one argument's value is held once given: its Rust type, and the
/// code that pushes it onto `cmd`.
struct Owned {
    /// `None` for a flag, which holds no value.
    ty: Option<String>,
    /// Writes the value at `$v` (a reference) onto `cmd`.
    write: String,
}

#[derive(Default)]
struct Generator {
    /// The commands `COMMAND INFO` flags as blocking.
    blocking: BTreeSet<String>,
    /// Generated types (enums, options structs), by name.
    types: BTreeMap<String, String>,
    /// Trait methods, in command order.
    methods: String,
    /// The same methods for [`PipelineCommands`]: each queues its command
    /// and returns the pipeline, with no reply type to name.
    pipeline: String,
}

/// A method's parameters and body, built argument by argument.
#[derive(Default)]
struct Method {
    params: Vec<String>,
    names: BTreeSet<String>,
    /// The parameter names, in order, to forward from the plain method.
    forward: Vec<String>,
    body: String,
}

impl Method {
    fn param(&mut self, name: &str, ty: &str) -> String {
        let mut name = snake(name);
        // Keywords, and the names the method bodies use.
        if KEYWORDS.contains(&name.as_str())
            || ["cmd", "command", "options", "item", "v"].contains(&name.as_str())
        {
            name = format!("{name}_arg");
        }
        let mut unique = name.clone();
        let mut n = 2;
        while !self.names.insert(unique.clone()) {
            unique = format!("{name}{n}");
            n += 1;
        }
        self.params.push(format!("{unique}: {ty}"));
        self.forward.push(unique.clone());
        unique
    }
}

impl Generator {
    /// The method (and its `_with` twin) of one command; returns their names.
    fn command(&mut self, docs: &CommandDocs, reply: &Reply) -> Result<Vec<String>, String> {
        let name = RENAMES
            .iter()
            .find(|(command, _)| *command == docs.name)
            .map_or_else(|| snake(&docs.name), |(_, method)| (*method).to_owned());
        let camel = camel(&name);
        let mut method = Method::default();
        let (container, sub) = match docs.name.split_once('|') {
            Some((container, sub)) => (container.to_uppercase(), Some(sub.to_uppercase())),
            None => (docs.name.to_uppercase(), None),
        };
        writeln!(
            method.body,
            "let mut command = Cmd::new({container:?});\nlet cmd = &mut command;"
        )
        .unwrap();
        if let Some(sub) = sub {
            writeln!(method.body, "cmd.push({sub:?});").unwrap();
        }

        let override_ty = OPTION_OVERRIDES
            .iter()
            .find(|(command, _)| *command == docs.name)
            .map(|(_, ty)| (*ty).to_owned());
        let mut options = Options::new(format!("{camel}Options"));
        let mut overridden = false;
        let args = &docs.arguments;
        let mut index = 0;
        while index < args.len() {
            let arg = &args[index];
            // `numkeys key [key ...]`: counted from the keys.
            if arg.name == "numkeys" && arg.kind == "integer" && !arg.optional {
                let keys = args
                    .get(index + 1)
                    .filter(|next| next.kind == "key" && next.multiple)
                    .ok_or("numkeys not followed by keys")?;
                let param = method.param(&plural(&keys.name), "impl ToArgs");
                writeln!(
                    method.body,
                    "cmd.push({param}.arg_count());\n{param}.write_args(cmd);"
                )
                .unwrap();
                // Arguments after the keys that repeat are passed as a
                // list, possibly empty (`EVAL script numkeys key... arg...`).
                index += 2;
                continue;
            }
            let optional = arg.optional && !is_plain_list(arg);
            if optional {
                if let Some(ty) = &override_ty {
                    if !overridden {
                        overridden = true;
                        writeln!(method.body, "options.write(cmd);").unwrap();
                        options.override_ty = Some(ty.clone());
                    }
                    if args[index..].iter().any(|later| !later.optional) {
                        return Err("an options override needs the optional arguments last".into());
                    }
                } else {
                    let field = options.field(self, &camel, arg)?;
                    method.body.push_str(&field);
                }
            } else {
                self.required(&mut method, &camel, arg)?;
            }
            index += 1;
        }

        if !method
            .body
            .replace("let cmd = &mut command;", "")
            .contains("cmd")
        {
            method.body = method
                .body
                .replace("let mut command", "let command")
                .replace("let cmd = &mut command;\n", "");
        }
        let docs_text = doc_comment(docs, self.blocking.contains(&docs.name));
        let mut names = vec![name.clone()];
        if options.is_empty() {
            let (generics, ret) = generics(&reply.plain);
            if reply.plain != reply.with {
                return Err("two reply types for a command without options".into());
            }
            write!(
                self.methods,
                "{docs_text}fn {name}{generics}(self, {params}) -> Self::Output<{ret}> {{\n{body}self.run(command)\n}}\n\n",
                params = method.params.join(", "),
                body = method.body,
            )
            .unwrap();
            write!(
                self.pipeline,
                "/// Queues `{display}`; see [`Commands::{name}`](crate::Commands::{name}).\n\
                 fn {name}(&mut self, {params}) -> &mut Self {{\n{body}self.queue(command)\n}}\n\n",
                display = docs.display_name(),
                params = method.params.join(", "),
                body = method.body,
            )
            .unwrap();
        } else {
            let options_ty = options.ty_name();
            let with = format!("{name}_with");
            names.push(with.clone());
            let (with_generics, with_ret) = generics(&reply.with);
            let (plain_generics, plain_ret) = generics(&reply.plain);
            let turbofish = if reply.plain == reply.with {
                if with_generics.is_empty() {
                    String::new()
                } else {
                    "::<T>".to_owned()
                }
            } else if reply.with == "T" {
                format!("::<{}>", reply.plain)
            } else {
                return Err("with different reply types, the `_with` one must be `T`".into());
            };
            let mut forward = method.forward.clone();
            forward.push(format!("{options_ty}::default()"));
            write!(
                self.methods,
                "{docs_text}///\n/// Without options; [`Commands::{with}`] takes them.\n\
                 fn {name}{plain_generics}(self, {params}) -> Self::Output<{plain_ret}> {{\n\
                 self.{with}{turbofish}({forward})\n}}\n\n",
                params = method.params.join(", "),
                forward = forward.join(", "),
            )
            .unwrap();
            let mut params = method.params.clone();
            params.push(format!("options: {options_ty}"));
            write!(
                self.methods,
                "/// `{display}` with options: [`{options_ty}`]. See [`Commands::{name}`].\n\
                 fn {with}{with_generics}(self, {params}) -> Self::Output<{with_ret}> {{\n{body}self.run(command)\n}}\n\n",
                display = docs.display_name(),
                params = params.join(", "),
                body = method.body,
            )
            .unwrap();
            write!(
                self.pipeline,
                "/// Queues `{display}`; see [`Commands::{name}`](crate::Commands::{name}).\n\
                 fn {name}(&mut self, {plain_params}) -> &mut Self {{\n\
                 self.{with}({forward})\n}}\n\n\
                 /// Queues `{display}` with options; see [`Commands::{with}`](crate::Commands::{with}).\n\
                 fn {with}(&mut self, {params}) -> &mut Self {{\n{body}self.queue(command)\n}}\n\n",
                display = docs.display_name(),
                plain_params = method.params.join(", "),
                forward = forward.join(", "),
                params = params.join(", "),
                body = method.body,
            )
            .unwrap();
            if let Some(code) = options.finish(docs)? {
                self.types.insert(options_ty, code);
            }
        }
        if let Some((_, extra)) = HAND_WRITTEN
            .iter()
            .find(|(command, _)| *command == docs.name)
        {
            names.push((*extra).to_owned());
        }
        Ok(names)
    }

    /// A required argument: parameters, and the code that pushes them.
    fn required(&mut self, method: &mut Method, prefix: &str, arg: &ArgDocs) -> Result<(), String> {
        let token = arg.token.as_deref().filter(|_| arg.kind != "pure-token");
        if arg.kind == "pure-token" {
            let token = arg.token.as_deref().ok_or("a pure-token without a token")?;
            writeln!(method.body, "cmd.push({token:?});").unwrap();
            return Ok(());
        }
        if arg.multiple || is_plain_list(arg) {
            if let Some(simple) = simple_kind(arg) {
                let _ = simple;
                if arg.multiple_token {
                    let token = token.ok_or("multiple_token without a token")?;
                    let param = method.param(&arg.name, "impl IntoIterator<Item = impl ToArg>");
                    writeln!(
                        method.body,
                        "for item in {param} {{ cmd.push({token:?}); cmd.push(item); }}"
                    )
                    .unwrap();
                } else {
                    if let Some(token) = token {
                        writeln!(method.body, "cmd.push({token:?});").unwrap();
                    }
                    let param = method.param(&plural(&arg.name), "impl ToArgs");
                    writeln!(method.body, "{param}.write_args(cmd);").unwrap();
                }
                return Ok(());
            }
            if arg.kind == "block" && is_flat_block(arg) && !arg.multiple_token {
                if let Some(token) = token {
                    writeln!(method.body, "cmd.push({token:?});").unwrap();
                }
                let param = method.param(&plural(&arg.name), "impl ToArgs");
                writeln!(method.body, "{param}.write_args(cmd);").unwrap();
                return Ok(());
            }
            let item = self.owned(
                prefix,
                &ArgDocs {
                    multiple: false,
                    optional: false,
                    token: None,
                    ..arg.clone()
                },
            )?;
            let ty = item.ty.ok_or("a repeated flag")?;
            let param = method.param(
                &plural(&arg.name),
                &format!("impl IntoIterator<Item = {ty}>"),
            );
            let each_token = match token {
                Some(token) if arg.multiple_token => format!("cmd.push({token:?});"),
                Some(token) => {
                    writeln!(method.body, "cmd.push({token:?});").unwrap();
                    String::new()
                }
                None => String::new(),
            };
            writeln!(
                method.body,
                "for item in {param} {{ {each_token} {{ let v = &item; {} }} }}",
                item.write
            )
            .unwrap();
            return Ok(());
        }
        if let Some(token) = token {
            writeln!(method.body, "cmd.push({token:?});").unwrap();
        }
        match arg.kind.as_str() {
            "key" | "string" | "pattern" => {
                let param = method.param(&arg.name, "impl ToArg");
                writeln!(method.body, "cmd.push({param});").unwrap();
            }
            "integer" | "double" | "unix-time" => {
                let param = method.param(&arg.name, number_type(arg));
                writeln!(method.body, "cmd.push({param});").unwrap();
            }
            "block" => {
                for part in &arg.arguments {
                    if part.optional {
                        let owned = self.owned(
                            prefix,
                            &ArgDocs {
                                optional: false,
                                ..part.clone()
                            },
                        )?;
                        match owned.ty {
                            None => {
                                let param = method.param(&part.name, "bool");
                                writeln!(
                                    method.body,
                                    "if {param} {{ let v = &(); let _ = v; {} }}",
                                    owned.write
                                )
                                .unwrap();
                            }
                            Some(ty) => {
                                let param = method.param(&part.name, &format!("Option<{ty}>"));
                                writeln!(
                                    method.body,
                                    "if let Some(v) = &{param} {{ {} }}",
                                    owned.write
                                )
                                .unwrap();
                            }
                        }
                    } else {
                        self.required(method, prefix, part)?;
                    }
                }
            }
            "oneof" => {
                let owned = self.owned(
                    prefix,
                    &ArgDocs {
                        token: None,
                        ..arg.clone()
                    },
                )?;
                let ty = owned.ty.ok_or("a oneof without a type")?;
                let param = method.param(&arg.name, &ty);
                writeln!(method.body, "{{ let v = &{param}; {} }}", owned.write).unwrap();
            }
            other => return Err(format!("unknown argument type {other:?}")),
        }
        Ok(())
    }

    /// How a present value of `arg` is held (token included).
    fn owned(&mut self, prefix: &str, arg: &ArgDocs) -> Result<Owned, String> {
        let token = arg.token.as_deref().filter(|_| arg.kind != "pure-token");
        let push_token = token.map_or_else(String::new, |token| format!("cmd.push({token:?});"));
        if arg.multiple {
            let single = self.owned(
                prefix,
                &ArgDocs {
                    multiple: false,
                    token: None,
                    ..arg.clone()
                },
            )?;
            let ty = single.ty.ok_or("a repeated flag")?;
            let (before, each) = if arg.multiple_token {
                (String::new(), push_token)
            } else {
                (push_token, String::new())
            };
            return Ok(Owned {
                ty: Some(format!("Vec<{ty}>")),
                write: format!("{before} for v in v {{ {each} {} }}", single.write),
            });
        }
        let (ty, write) = match arg.kind.as_str() {
            "pure-token" => {
                let token = arg.token.as_deref().ok_or("a pure-token without a token")?;
                (None, format!("cmd.push({token:?});"))
            }
            "key" | "string" | "pattern" => (
                Some("OwnedArg".to_owned()),
                format!("{push_token} cmd.push(v);"),
            ),
            "integer" | "double" | "unix-time" => (
                Some(number_type(arg).to_owned()),
                format!("{push_token} cmd.push(*v);"),
            ),
            "block" => {
                let mut types = Vec::new();
                let mut writes = Vec::new();
                for part in &arg.arguments {
                    let owned = self.owned(
                        prefix,
                        &ArgDocs {
                            optional: false,
                            ..part.clone()
                        },
                    )?;
                    match (owned.ty, part.optional) {
                        (None, false) => writes.push(owned.write),
                        (None, true) => {
                            let i = types.len();
                            types.push("bool".to_owned());
                            writes.push(format!("if v.{i} {{ {} }}", owned.write));
                        }
                        (Some(ty), false) => {
                            let i = types.len();
                            types.push(ty);
                            writes.push(format!("{{ let v = &v.{i}; {} }}", owned.write));
                        }
                        (Some(ty), true) => {
                            let i = types.len();
                            types.push(format!("Option<{ty}>"));
                            writes.push(format!("if let Some(v) = &v.{i} {{ {} }}", owned.write));
                        }
                    }
                }
                if types.is_empty() {
                    (None, format!("{push_token} {}", writes.join(" ")))
                } else {
                    (
                        Some(format!("({},)", types.join(", "))),
                        format!("{push_token} {}", writes.join(" ")),
                    )
                }
            }
            "oneof" => {
                let name = self.enumeration(prefix, arg)?;
                (Some(name), format!("{push_token} v.write(cmd);"))
            }
            other => return Err(format!("unknown argument type {other:?}")),
        };
        Ok(Owned { ty, write })
    }

    /// A generated enum for a `oneof`; returns its name.
    fn enumeration(&mut self, prefix: &str, arg: &ArgDocs) -> Result<String, String> {
        let mut base = format!("{prefix}{}", camel(&arg.name));
        if base == format!("{prefix}Options") {
            base.push_str("Choice");
        }
        let mut name = base.clone();
        let mut n = 2;
        while self.types.contains_key(&name) {
            name = format!("{base}{n}");
            n += 1;
        }
        self.types.insert(name.clone(), String::new());
        let mut variants = String::new();
        let mut arms = String::new();
        let mut seen = BTreeSet::new();
        let mut unit_only = true;
        for alternative in &arg.arguments {
            let mut variant = variant_name(alternative);
            while !seen.insert(variant.clone()) {
                variant.push('_');
            }
            let owned = self.owned(
                prefix,
                &ArgDocs {
                    optional: false,
                    ..alternative.clone()
                },
            )?;
            let doc = match &alternative.token {
                Some(token) if !token.is_empty() => format!("/// `{token}`"),
                _ => format!("/// `{}`", alternative.name),
            };
            match owned.ty {
                None => {
                    writeln!(variants, "{doc}\n{variant},").unwrap();
                    writeln!(arms, "Self::{variant} => {{ {} }}", owned.write).unwrap();
                }
                Some(ty) => {
                    unit_only = false;
                    writeln!(variants, "{doc}\n{variant}({ty}),").unwrap();
                    writeln!(arms, "Self::{variant}(v) => {{ {} }}", owned.write).unwrap();
                }
            }
        }
        let derives = if unit_only {
            "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]"
        } else {
            "#[derive(Clone, Debug, PartialEq)]"
        };
        let code = format!(
            "/// One of the alternatives of `{arg_name}`.\n{derives}\npub enum {name} {{\n{variants}}}\n\n\
             impl {name} {{\n    #[allow(unused_variables)]\n    pub(crate) fn write(&self, cmd: &mut Cmd) {{\n match self {{\n{arms}}}\n}}\n}}\n",
            arg_name = arg.name,
        );
        self.types.insert(name.clone(), code);
        Ok(name)
    }

    fn finish(&self, version: &str, rows: &[Row]) -> Result<String, Box<dyn Error>> {
        let mut out = String::new();
        writeln!(
            out,
            "//! Every command and subcommand of redis-server {version}, as [`Commands`]\n\
             //! methods, with their options structs and enums.\n\
             //!\n\
             //! GENERATED: do not edit. Regenerate with\n\
             //! `cargo run -p resp-tests --example gen_commands`, which asks a\n\
             //! throwaway redis-server from `PATH`; `docs/commands.md` is written\n\
             //! with it.\n\
             #![allow(clippy::too_many_arguments, clippy::type_complexity)]\n\
             \n\
             use resp_core::Cmd;\n\
             \n\
             #[allow(unused_imports)]\n\
             use super::{{Commands, OwnedArg}};\n\
             \n\
             /// The version of the redis-server the methods were generated from.\n\
             pub const SERVER_VERSION: &str = \"{version}\";\n\
             \n\
             /// Every command and subcommand (`container|sub`) with a method, and\n\
             /// the method, sorted by command.\n\
             pub const METHODS: &[(&str, &str)] = &["
        )?;
        for row in rows {
            for method in &row.methods {
                writeln!(out, "({:?}, {method:?}),", row.name)?;
            }
        }
        writeln!(
            out,
            "];\n\n/// The commands and subcommands left out on purpose, and why.\n\
             pub const EXCLUDED: &[(&str, &str)] = &["
        )?;
        for row in rows {
            if let Some(reason) = &row.excluded {
                writeln!(out, "({:?}, {reason:?}),", row.name)?;
            }
        }
        out.push_str("];\n\n");
        for code in self.types.values() {
            out.push_str(code);
            out.push('\n');
        }
        // The methods go into the trait through a macro; they are formatted
        // as a trait first, since rustfmt leaves macro bodies alone.
        let methods = format_trait_body(&self.methods)?;
        out.push_str(
            "/// The generated methods of [`Commands`], expanded inside the trait.\n\
             macro_rules! command_methods {\n() => {\n",
        );
        out.push_str(&methods);
        out.push_str("};\n}\npub(crate) use command_methods;\n\n");
        let pipeline = format_trait_body(&self.pipeline)?;
        out.push_str(
            "/// The generated methods of [`PipelineCommands`](super::PipelineCommands),\n\
             /// expanded inside the trait.\n\
             macro_rules! pipeline_methods {\n() => {\n",
        );
        out.push_str(&pipeline);
        out.push_str("};\n}\npub(crate) use pipeline_methods;\n");
        Ok(out)
    }
}

/// The optional arguments of one command.
struct Options {
    name: String,
    override_ty: Option<String>,
    fields: Vec<String>,
    setters: Vec<String>,
    field_names: BTreeSet<String>,
    setter_names: BTreeSet<String>,
}

impl Options {
    fn new(name: String) -> Self {
        Self {
            name,
            override_ty: None,
            fields: Vec::new(),
            setters: Vec::new(),
            field_names: BTreeSet::new(),
            setter_names: BTreeSet::new(),
        }
    }

    fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.override_ty.is_none()
    }

    fn ty_name(&self) -> String {
        self.override_ty
            .clone()
            .unwrap_or_else(|| self.name.clone())
    }

    fn unique(set: &mut BTreeSet<String>, name: &str) -> String {
        let mut name = snake(name);
        // Keywords: the few that are tokens get a word, others a suffix.
        if let Some((_, word)) = [
            ("async", "asynchronous"),
            ("match", "pattern"),
            ("type", "kind"),
        ]
        .iter()
        .find(|(keyword, _)| *keyword == name)
        {
            name = (*word).to_owned();
        } else if KEYWORDS.contains(&name.as_str()) {
            name.push_str("_arg");
        }
        let mut unique = name.clone();
        let mut n = 2;
        while !set.insert(unique.clone()) {
            unique = format!("{name}{n}");
            n += 1;
        }
        unique
    }

    /// Adds a field for the optional `arg`; returns the code that writes it.
    fn field(
        &mut self,
        generator: &mut Generator,
        prefix: &str,
        arg: &ArgDocs,
    ) -> Result<String, String> {
        let field = Self::unique(&mut self.field_names, &arg.name);
        let owned = generator.owned(
            prefix,
            &ArgDocs {
                optional: false,
                ..arg.clone()
            },
        )?;
        let doc = arg_doc(arg);
        match owned.ty {
            None => {
                self.fields.push(format!("{field}: bool,"));
                let setter = Self::unique(&mut self.setter_names, &setter_name(arg));
                self.setters.push(format!(
                    "{doc}\npub fn {setter}(mut self) -> Self {{ self.{field} = true; self }}"
                ));
                Ok(format!("if options.{field} {{ {} }}\n", owned.write))
            }
            Some(ty) => {
                self.fields.push(format!("{field}: Option<{ty}>,"));
                if arg.kind == "oneof" && !arg.multiple {
                    // A method per alternative.
                    for alternative in &arg.arguments {
                        let variant = variant_name(alternative);
                        let alt = generator.owned(
                            prefix,
                            &ArgDocs {
                                optional: false,
                                ..alternative.clone()
                            },
                        )?;
                        let setter =
                            Self::unique(&mut self.setter_names, &setter_name(alternative));
                        let doc = arg_doc(alternative);
                        let code = match alt.ty {
                            None => format!(
                                "{doc}\npub fn {setter}(mut self) -> Self {{ self.{field} = Some({ty}::{variant}); self }}"
                            ),
                            Some(alt_ty) => {
                                let (params, value) = setter_params(&alt_ty);
                                format!(
                                    "{doc}\npub fn {setter}(mut self, {params}) -> Self {{ self.{field} = Some({ty}::{variant}({value})); self }}"
                                )
                            }
                        };
                        self.setters.push(code);
                    }
                } else {
                    let setter = Self::unique(&mut self.setter_names, &setter_name(arg));
                    let (params, value) = setter_params(&ty);
                    self.setters.push(format!(
                        "{doc}\npub fn {setter}(mut self, {params}) -> Self {{ self.{field} = Some({value}); self }}"
                    ));
                }
                Ok(format!(
                    "if let Some(v) = &options.{field} {{ {} }}\n",
                    owned.write
                ))
            }
        }
    }

    fn finish(&self, docs: &CommandDocs) -> Result<Option<String>, String> {
        if self.override_ty.is_some() {
            return Ok(None);
        }
        Ok(Some(format!(
            "/// The optional arguments of `{display}`; each builder method sets one.\n\
             #[derive(Clone, Debug, Default, PartialEq)]\n#[must_use]\npub struct {name} {{\n{fields}\n}}\n\n\
             impl {name} {{\n/// No options: the server's defaults.\npub fn new() -> Self {{ Self::default() }}\n\n{setters}\n}}\n",
            display = docs.display_name(),
            name = self.name,
            fields = self
                .fields
                .iter()
                .map(|f| format!("    pub(super) {f}"))
                .collect::<Vec<_>>()
                .join("\n"),
            setters = self.setters.join("\n\n"),
        )))
    }
}

/// A builder method's name: the argument's token (`LIMIT` is `limit`,
/// `EX` is `ex`), else its name.
fn setter_name(arg: &ArgDocs) -> String {
    match arg.token.as_deref() {
        Some(token) if !snake(token).is_empty() => token.to_owned(),
        _ => arg.name.clone(),
    }
}

/// An enum variant's name: the alternative's token (`FROMMEMBER` is
/// `Frommember`), else its name.
fn variant_name(arg: &ArgDocs) -> String {
    camel(&setter_name(arg))
}

/// A setter's parameters for a value of type `ty`, and the expression that
/// builds the value from them.
fn setter_params(ty: &str) -> (String, String) {
    fn one(ty: &str, name: &str) -> (String, String) {
        match ty {
            "OwnedArg" => (
                format!("{name}: impl resp_core::ToArg"),
                format!("OwnedArg::new({name})"),
            ),
            "Vec<OwnedArg>" => (
                format!("{name}: impl IntoIterator<Item = impl resp_core::ToArg>"),
                format!("{name}.into_iter().map(OwnedArg::new).collect()"),
            ),
            "Option<OwnedArg>" => (
                format!("{name}: Option<impl resp_core::ToArg>"),
                format!("{name}.map(OwnedArg::new)"),
            ),
            other => (format!("{name}: {other}"), name.to_owned()),
        }
    }
    if let Some(inner) = ty.strip_prefix('(').and_then(|t| t.strip_suffix(",)")) {
        let parts = split_top(inner);
        let mut params = Vec::new();
        let mut values = Vec::new();
        for (i, part) in parts.iter().enumerate() {
            let (param, value) = one(part, &format!("v{i}"));
            params.push(param);
            values.push(value);
        }
        (params.join(", "), format!("({},)", values.join(", ")))
    } else {
        one(ty, "value")
    }
}

/// Splits `A, B<C, D>, E` at its top-level commas.
fn split_top(text: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut depth = 0;
    let mut current = String::new();
    for c in text.chars() {
        match c {
            '<' | '(' => depth += 1,
            '>' | ')' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(current.trim().to_owned());
                current.clear();
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    if !current.trim().is_empty() {
        parts.push(current.trim().to_owned());
    }
    parts
}

fn arg_doc(arg: &ArgDocs) -> String {
    match &arg.token {
        Some(token) if arg.kind == "pure-token" => format!("/// `{token}`."),
        Some(token) => format!("/// `{token} {}`.", arg.name),
        None => format!("/// `{}`.", arg.name),
    }
}

/// An optional argument that repeats, with no token: a list, possibly
/// empty, given as a parameter (`INFO [section ...]`, `PFADD key [element ...]`).
fn is_plain_list(arg: &ArgDocs) -> bool {
    arg.optional && arg.multiple && arg.token.is_none() && simple_kind(arg).is_some()
}

fn simple_kind(arg: &ArgDocs) -> Option<&str> {
    matches!(
        arg.kind.as_str(),
        "key" | "string" | "pattern" | "integer" | "double" | "unix-time"
    )
    .then_some(arg.kind.as_str())
}

/// A block of plain values without tokens or options (`score member`):
/// given as `impl ToArgs` (tuples, pairs, maps).
fn is_flat_block(arg: &ArgDocs) -> bool {
    arg.arguments.iter().all(|part| {
        simple_kind(part).is_some() && part.token.is_none() && !part.optional && !part.multiple
    })
}

fn number_type(arg: &ArgDocs) -> &'static str {
    match arg.kind.as_str() {
        "double" => "f64",
        "unix-time" => "u64",
        _ => "i64",
    }
}

/// `<T: ...>` when the type names `T`, and the type.
fn generics(ty: &str) -> (String, String) {
    let names_t = ty
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .any(|word| word == "T");
    if names_t {
        ("<T: FromValue + Send + 'static>".to_owned(), ty.to_owned())
    } else {
        (String::new(), ty.to_owned())
    }
}

fn doc_comment(docs: &CommandDocs, blocking: bool) -> String {
    let mut out = String::new();
    let summary = docs.summary.trim_end_matches('.');
    writeln!(out, "/// {summary}: `{}`.", usage(docs)).unwrap();
    out.push_str("///\n");
    if !docs.complexity.is_empty() {
        writeln!(
            out,
            "/// Complexity: {}",
            docs.complexity.replace('\n', " ")
        )
        .unwrap();
        out.push_str("///\n");
    }
    writeln!(
        out,
        "/// Since Redis {}, group `{}`.",
        docs.since, docs.group
    )
    .unwrap();
    if blocking {
        out.push_str(
            "///\n/// It may block its connection until it returns. On a \
             [`Client`](crate::Client) it runs, when it blocks \
             ([`Cmd::is_blocking`](crate::Cmd::is_blocking)), on a connection leased from \
             the client's [`Pool`](crate::Pool), so that requests on the shared connection \
             do not wait behind it.\n",
        );
    }
    let keys: Vec<String> = key_names(&docs.arguments);
    out.push_str("///\n");
    if keys.is_empty() {
        out.push_str("/// No key arguments: in a cluster, any node can serve it.\n");
    } else {
        writeln!(
            out,
            "/// Keys (in a cluster, routed by their hash slot): {}.",
            keys.iter()
                .map(|k| format!("`{k}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )
        .unwrap();
    }
    if docs.doc_flags.iter().any(|flag| flag == "deprecated") {
        out.push_str("///\n");
        match &docs.replaced_by {
            Some(by) => writeln!(
                out,
                "/// Deprecated: replaced by {}.",
                by.replace('\n', " ")
            )
            .unwrap(),
            None => out.push_str("/// Deprecated.\n"),
        }
    }
    out
}

fn key_names(args: &[ArgDocs]) -> Vec<String> {
    let mut names = Vec::new();
    for arg in args {
        if arg.kind == "key" {
            names.push(arg.name.clone());
        }
        names.extend(key_names(&arg.arguments));
    }
    names.dedup();
    names
}

/// `ZADD key [NX|XX] ... score member [score member ...]`, roughly.
fn usage(docs: &CommandDocs) -> String {
    let mut out = docs.display_name();
    for arg in &docs.arguments {
        out.push(' ');
        out.push_str(&arg_usage(arg));
    }
    out
}

fn arg_usage(arg: &ArgDocs) -> String {
    let inner = match arg.kind.as_str() {
        "pure-token" => arg.token.clone().unwrap_or_default(),
        "oneof" => arg
            .arguments
            .iter()
            .map(arg_usage)
            .collect::<Vec<_>>()
            .join("|"),
        "block" => arg
            .arguments
            .iter()
            .map(arg_usage)
            .collect::<Vec<_>>()
            .join(" "),
        _ => arg.name.clone(),
    };
    let inner = match &arg.token {
        Some(token) if arg.kind != "pure-token" => format!("{token} {inner}"),
        _ => inner,
    };
    let inner = if arg.multiple {
        format!("{inner} ...")
    } else {
        inner
    };
    if arg.optional {
        format!("[{inner}]")
    } else if arg.kind == "oneof" {
        format!("<{inner}>")
    } else {
        inner
    }
}

fn snake(name: &str) -> String {
    let mut out: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    while out.contains("__") {
        out = out.replace("__", "_");
    }
    let out = out.trim_matches('_').to_owned();
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        format!("n{out}")
    } else {
        out
    }
}

fn camel(name: &str) -> String {
    snake(name)
        .split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

/// English plural for a parameter that takes a list.
fn plural(name: &str) -> String {
    let name = snake(name);
    if name.ends_with('s') {
        name
    } else {
        format!("{name}s")
    }
}

/// Formats trait items with rustfmt by wrapping them in a trait.
fn format_trait_body(methods: &str) -> Result<String, Box<dyn Error>> {
    let dir = resp_tests::TempDir::new("gen-commands")?;
    let path = dir.path().join("methods.rs");
    std::fs::write(&path, format!("trait Commands {{\n{methods}}}\n"))?;
    rustfmt(&path)?;
    let text = std::fs::read_to_string(&path)?;
    let body = text
        .trim_end()
        .strip_prefix("trait Commands {")
        .and_then(|t| t.strip_suffix('}'))
        .ok_or("rustfmt changed the wrapper")?;
    Ok(body.trim_matches('\n').to_owned() + "\n")
}

fn rustfmt(path: &Path) -> Result<(), Box<dyn Error>> {
    let status = Command::new("rustfmt")
        .args(["--edition", "2024"])
        .arg(path)
        .status()?;
    if !status.success() {
        return Err(format!("rustfmt failed on {}: {status}", path.display()).into());
    }
    Ok(())
}

fn write_rust(path: &Path, text: &str) -> Result<(), Box<dyn Error>> {
    std::fs::write(path, text)?;
    rustfmt(path)
}

fn markdown(version: &str, rows: &[Row]) -> String {
    let mut out = format!(
        "# Commands\n\n\
         Every command and subcommand of redis-server {version}, and the method of\n\
         [`Commands`](../crates/resp-client/src/commands/mod.rs) that sends it.\n\n\
         GENERATED: do not edit. Regenerate (and see what changed) with\n\n\
         ```sh\n\
         cargo run -p resp-tests --example gen_commands && git diff\n\
         ```\n\n\
         which starts a throwaway redis-server from `PATH` and rewrites this file\n\
         and `crates/resp-client/src/commands/generated.rs`. A method named\n\
         `name_with` is the same command with its optional arguments, given as an\n\
         options struct. Containers (`CLIENT`, `CONFIG`...) cannot be called alone:\n\
         their subcommands are. Commands without a method can still be sent with\n\
         `client.cmd(\"NAME\")`, except those the shared client refuses.\n\n\
         ## Left out on purpose\n\n\
         | Command | Why |\n|---|---|\n"
    );
    for row in rows.iter().filter(|row| row.excluded.is_some()) {
        writeln!(
            out,
            "| `{}` | {} |",
            row.display,
            row.excluded.as_deref().unwrap_or_default()
        )
        .unwrap();
    }
    out.push_str("\n## Every command\n\n| Command | Group | Since | Method |\n|---|---|---|---|\n");
    for row in rows {
        let method = if row.container {
            "(container: see its subcommands)".to_owned()
        } else if row.excluded.is_some() {
            "(left out, see above)".to_owned()
        } else {
            row.methods
                .iter()
                .map(|m| format!("`{m}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        writeln!(
            out,
            "| `{}` | {} | {} | {method} |",
            row.display, row.group, row.since
        )
        .unwrap();
    }
    out
}
