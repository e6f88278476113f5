//! resp-core's `cluster::key_slot` against a live redis-server, on keys the
//! recorded vectors do not hold.

use resp_core::cluster::key_slot;
use resp_core::{Cmd, Frame};
use resp_tests::{RedisServer, braced_keys};

#[test]
fn key_slot_agrees_with_cluster_keyslot_on_fresh_keys() {
    let server = RedisServer::builder()
        .config("cluster-enabled", "yes")
        .start();
    let mut conn = server.connect();

    // 2,000 keys of 1 to 24 bytes, about one byte in five a brace.
    let keys = braced_keys(0x0dd_ba11_cafe_f00d, 2_000, 24);

    let cmds: Vec<Cmd> = keys
        .iter()
        .map(|key| Cmd::new("CLUSTER").arg("KEYSLOT").arg(key))
        .collect();
    conn.send_all(&cmds).expect("send");
    let replies = conn.read_frames(cmds.len()).expect("replies");
    let mut tagged = 0;
    for (key, reply) in keys.iter().zip(replies) {
        let expected = Frame::Integer(i64::from(key_slot(key).get()));
        assert_eq!(reply, expected, "key {:?}", key.escape_ascii().to_string());
        if resp_core::cluster::hash_tag(key) != key.as_slice() {
            tagged += 1;
        }
    }
    assert!(tagged > 100, "only {tagged} keys had a hash tag");
}
