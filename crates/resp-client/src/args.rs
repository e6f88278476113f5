//! Rust values as command arguments: [`ToArgs`].

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use bytes::{Bytes, BytesMut};
use resp_core::Cmd;

/// A value that becomes zero, one or several command arguments.
///
/// Typed commands take `impl ToArgs` wherever Redis takes one value or
/// several, so that one method serves `DEL a` and `DEL a b c` alike:
///
/// | Type | Arguments |
/// |---|---|
/// | `str`, `String`, [`Bytes`], [`BytesMut`] | one: the bytes |
/// | `[u8]`, `Vec<u8>`, `[u8; N]` | one: the bytes (not one per byte) |
/// | `i8` ... `i128`, `u8` ... `u128`, `isize`, `usize` | one, in decimal |
/// | `f32`, `f64` | one: `inf`, `-inf`, or the shortest decimal that reads back the same (`1.0`, `2.5`, `1e300`) |
/// | `[T]`, `Vec<T>`, `[T; N]`, `HashSet<T>`, `BTreeSet<T>` | each element's, in order (a hash set's order is unspecified) |
/// | `Option<T>` | none for `None`; the value's for `Some` |
/// | tuples of 1 to 8 elements | each element's, in order |
/// | `HashMap<K, V>`, `BTreeMap<K, V>` | the key's then the value's, for each entry |
/// | `&T` | `T`'s |
///
/// There is no `bool`: Redis has none, and commands spell their flags out
/// (`NX`, `1`, `true`...) differently from one another.
///
/// # Examples
///
/// ```
/// use resp_client::{Cmd, ToArgs};
///
/// // How a typed command takes one key or many.
/// fn del(keys: impl ToArgs) -> Cmd {
///     let mut cmd = Cmd::new("DEL");
///     keys.write_args(&mut cmd);
///     cmd
/// }
///
/// let k1 = String::from("k1");
/// let k2 = String::from("k2");
/// assert_eq!(del("a").len(), 2);
/// assert_eq!(del(["a", "b"]).len(), 3);
/// assert_eq!(del(&vec![k1, k2]).len(), 3);
/// assert_eq!(del(b"raw key").len(), 2); // bytes are one argument
///
/// // Pairs, flattened: `MSET a 1 b 2`.
/// let mut cmd = Cmd::new("MSET");
/// let pairs = &[("a", 1), ("b", 2)];
/// assert_eq!(pairs.arg_count(), 4);
/// pairs.write_args(&mut cmd);
/// let args: Vec<&[u8]> = cmd.iter().collect();
/// assert_eq!(args, [&b"MSET"[..], b"a", b"1", b"b", b"2"]);
/// ```
///
/// Your own types write their arguments through the ones above:
///
/// ```
/// use resp_client::{Cmd, ToArgs};
///
/// struct Member {
///     score: f64,
///     name: String,
/// }
///
/// impl ToArgs for Member {
///     fn write_args(&self, cmd: &mut Cmd) {
///         (self.score, &self.name).write_args(cmd);
///     }
///
///     fn arg_count(&self) -> usize {
///         2
///     }
/// }
///
/// let mut cmd = Cmd::new("ZADD");
/// "board".write_args(&mut cmd);
/// let members = [Member { score: 1.5, name: "ada".into() }];
/// members.write_args(&mut cmd);
/// let args: Vec<&[u8]> = cmd.iter().collect();
/// assert_eq!(args, [&b"ZADD"[..], b"board", b"1.5", b"ada"]);
/// ```
pub trait ToArgs {
    /// Appends this value's arguments to `cmd`, in order.
    fn write_args(&self, cmd: &mut Cmd);

    /// The number of arguments [`ToArgs::write_args`] appends, for commands
    /// that state a count (`EVAL script numkeys key...`) or need at least
    /// one.
    fn arg_count(&self) -> usize;

    /// Appends the arguments of every element of `items`; `[T]` calls it,
    /// so that `u8` can make a byte slice one argument.
    #[doc(hidden)]
    fn write_slice(items: &[Self], cmd: &mut Cmd)
    where
        Self: Sized,
    {
        for item in items {
            item.write_args(cmd);
        }
    }

    /// The number of arguments [`ToArgs::write_slice`] appends.
    #[doc(hidden)]
    fn slice_arg_count(items: &[Self]) -> usize
    where
        Self: Sized,
    {
        items.iter().map(Self::arg_count).sum()
    }
}

impl<T: ToArgs + ?Sized> ToArgs for &T {
    fn write_args(&self, cmd: &mut Cmd) {
        (**self).write_args(cmd);
    }

    fn arg_count(&self) -> usize {
        (**self).arg_count()
    }
}

macro_rules! single {
    ($($ty:ty),*) => {$(
        impl ToArgs for $ty {
            fn write_args(&self, cmd: &mut Cmd) {
                cmd.push(self);
            }

            fn arg_count(&self) -> usize {
                1
            }
        }
    )*};
}

single!(
    str, String, Bytes, BytesMut, i8, i16, i32, i64, isize, u16, u32, u64, usize, f32, f64
);

// `u8` is one argument alone, and a slice of them is one argument too.
impl ToArgs for u8 {
    fn write_args(&self, cmd: &mut Cmd) {
        cmd.push(self);
    }

    fn arg_count(&self) -> usize {
        1
    }

    fn write_slice(items: &[Self], cmd: &mut Cmd) {
        cmd.push(items);
    }

    fn slice_arg_count(_: &[Self]) -> usize {
        1
    }
}

// `ToArg` stops at 64 bits; wider values fall back to text.
impl ToArgs for i128 {
    fn write_args(&self, cmd: &mut Cmd) {
        match i64::try_from(*self) {
            Ok(narrow) => cmd.push(narrow),
            Err(_) => cmd.push(self.to_string()),
        }
    }

    fn arg_count(&self) -> usize {
        1
    }
}

impl ToArgs for u128 {
    fn write_args(&self, cmd: &mut Cmd) {
        match u64::try_from(*self) {
            Ok(narrow) => cmd.push(narrow),
            Err(_) => cmd.push(self.to_string()),
        }
    }

    fn arg_count(&self) -> usize {
        1
    }
}

impl<T: ToArgs> ToArgs for [T] {
    fn write_args(&self, cmd: &mut Cmd) {
        T::write_slice(self, cmd);
    }

    fn arg_count(&self) -> usize {
        T::slice_arg_count(self)
    }
}

impl<T: ToArgs, const N: usize> ToArgs for [T; N] {
    fn write_args(&self, cmd: &mut Cmd) {
        T::write_slice(self, cmd);
    }

    fn arg_count(&self) -> usize {
        T::slice_arg_count(self)
    }
}

impl<T: ToArgs> ToArgs for Vec<T> {
    fn write_args(&self, cmd: &mut Cmd) {
        T::write_slice(self, cmd);
    }

    fn arg_count(&self) -> usize {
        T::slice_arg_count(self)
    }
}

impl<T: ToArgs> ToArgs for Option<T> {
    fn write_args(&self, cmd: &mut Cmd) {
        if let Some(value) = self {
            value.write_args(cmd);
        }
    }

    fn arg_count(&self) -> usize {
        self.as_ref().map_or(0, T::arg_count)
    }
}

impl<T: ToArgs, S> ToArgs for HashSet<T, S> {
    fn write_args(&self, cmd: &mut Cmd) {
        for item in self {
            item.write_args(cmd);
        }
    }

    fn arg_count(&self) -> usize {
        self.iter().map(T::arg_count).sum()
    }
}

impl<T: ToArgs> ToArgs for BTreeSet<T> {
    fn write_args(&self, cmd: &mut Cmd) {
        for item in self {
            item.write_args(cmd);
        }
    }

    fn arg_count(&self) -> usize {
        self.iter().map(T::arg_count).sum()
    }
}

impl<K: ToArgs, V: ToArgs, S> ToArgs for HashMap<K, V, S> {
    fn write_args(&self, cmd: &mut Cmd) {
        for (key, value) in self {
            key.write_args(cmd);
            value.write_args(cmd);
        }
    }

    fn arg_count(&self) -> usize {
        self.iter()
            .map(|(key, value)| key.arg_count() + value.arg_count())
            .sum()
    }
}

impl<K: ToArgs, V: ToArgs> ToArgs for BTreeMap<K, V> {
    fn write_args(&self, cmd: &mut Cmd) {
        for (key, value) in self {
            key.write_args(cmd);
            value.write_args(cmd);
        }
    }

    fn arg_count(&self) -> usize {
        self.iter()
            .map(|(key, value)| key.arg_count() + value.arg_count())
            .sum()
    }
}

/// No arguments: for the keys or arguments of a script that has none.
impl ToArgs for () {
    fn write_args(&self, _cmd: &mut Cmd) {}

    fn arg_count(&self) -> usize {
        0
    }
}

macro_rules! tuples {
    ($($($ty:ident $value:ident)+;)+) => {$(
        impl<$($ty: ToArgs),+> ToArgs for ($($ty,)+) {
            fn write_args(&self, cmd: &mut Cmd) {
                let ($($value,)+) = self;
                $($value.write_args(cmd);)+
            }

            fn arg_count(&self) -> usize {
                let ($($value,)+) = self;
                0 $(+ $value.arg_count())+
            }
        }
    )+};
}

tuples! {
    A a;
    A a B b;
    A a B b C c;
    A a B b C c D d;
    A a B b C c D d E e;
    A a B b C c D d E e F f;
    A a B b C c D d E e F f G g;
    A a B b C c D d E e F f G g H h;
}

#[cfg(test)]
// The borrows exercise the `&T` impl, and the call shapes users write.
#[allow(clippy::needless_borrows_for_generic_args)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// The arguments `value` writes, checked against its `arg_count`.
    #[track_caller]
    fn args(value: impl ToArgs) -> Vec<Vec<u8>> {
        let mut cmd = Cmd::new("CMD");
        value.write_args(&mut cmd);
        let written: Vec<Vec<u8>> = cmd.iter().skip(1).map(<[u8]>::to_vec).collect();
        assert_eq!(value.arg_count(), written.len(), "arg_count");
        written
    }

    /// `expected` as owned arguments.
    fn owned<const N: usize>(expected: [&[u8]; N]) -> Vec<Vec<u8>> {
        expected.iter().map(|arg| arg.to_vec()).collect()
    }

    #[test]
    fn strings_and_bytes_are_one_argument() {
        assert_eq!(args("key"), owned([b"key"]));
        assert_eq!(args(String::from("key")), owned([b"key"]));
        assert_eq!(args(&String::from("key")), owned([b"key"]));
        assert_eq!(args(""), owned([b""]));
        assert_eq!(args(Bytes::from_static(b"\x00\xff")), owned([b"\x00\xff"]));
        assert_eq!(args(BytesMut::from(&b"mut"[..])), owned([b"mut"]));
        assert_eq!(args(b"raw".to_vec()), owned([b"raw"]));
        assert_eq!(args(&b"raw"[..]), owned([b"raw"]));
        assert_eq!(args(b"raw"), owned([b"raw"]));
        assert_eq!(args(*b"raw"), owned([b"raw"]));
        assert_eq!(args(Vec::<u8>::new()), owned([b""]));
        assert_eq!(args(&&&"deep"), owned([b"deep"]));
    }

    #[test]
    fn numbers_are_one_argument() {
        assert_eq!(args(-1i8), owned([b"-1"]));
        assert_eq!(args(2i16), owned([b"2"]));
        assert_eq!(args(-3i32), owned([b"-3"]));
        assert_eq!(args(i64::MIN), owned([b"-9223372036854775808"]));
        assert_eq!(args(-5isize), owned([b"-5"]));
        assert_eq!(args(255u8), owned([b"255"]));
        assert_eq!(args(6u16), owned([b"6"]));
        assert_eq!(args(7u32), owned([b"7"]));
        assert_eq!(args(u64::MAX), owned([b"18446744073709551615"]));
        assert_eq!(args(9usize), owned([b"9"]));
        assert_eq!(args(-10i128), owned([b"-10"]));
        assert_eq!(
            args(i128::MIN),
            owned([b"-170141183460469231731687303715884105728"])
        );
        assert_eq!(args(11u128), owned([b"11"]));
        assert_eq!(
            args(u128::MAX),
            owned([b"340282366920938463463374607431768211455"])
        );
        assert_eq!(args(1.5f64), owned([b"1.5"]));
        assert_eq!(args(0.25f32), owned([b"0.25"]));
        assert_eq!(args(f64::INFINITY), owned([b"inf"]));
        assert_eq!(args(f64::NEG_INFINITY), owned([b"-inf"]));
    }

    #[test]
    fn sequences_are_one_argument_per_element() {
        assert_eq!(args(["a", "b"]), owned([b"a", b"b"]));
        assert_eq!(args(&["a", "b"][..]), owned([b"a", b"b"]));
        assert_eq!(
            args(vec![String::from("a"), String::from("b")]),
            owned([b"a", b"b"])
        );
        assert_eq!(args(&vec![1, 2, 3]), owned([b"1", b"2", b"3"]));
        assert_eq!(args(Vec::<String>::new()), Vec::<Vec<u8>>::new());
        assert_eq!(args([0u8; 0]), owned([b""]));
        // Byte strings inside a sequence stay whole.
        assert_eq!(
            args(vec![b"k1".to_vec(), b"k2".to_vec()]),
            owned([b"k1", b"k2"])
        );
        assert_eq!(args([&b"k1"[..], b"k2"]), owned([b"k1", b"k2"]));
        assert_eq!(
            args(vec![vec!["a"], vec![], vec!["b", "c"]]),
            owned([b"a", b"b", b"c"])
        );
    }

    #[test]
    fn options_are_nothing_or_the_value() {
        assert_eq!(args(None::<&str>), Vec::<Vec<u8>>::new());
        assert_eq!(args(Some("EX")), owned([b"EX"]));
        assert_eq!(args(Some(("EX", 60))), owned([b"EX", b"60"]));
        assert_eq!(args([Some("a"), None, Some("b")]), owned([b"a", b"b"]));
    }

    #[test]
    fn tuples_are_their_elements_in_order() {
        assert_eq!(args(("a",)), owned([b"a"]));
        assert_eq!(args(("a", 1)), owned([b"a", b"1"]));
        assert_eq!(
            args(("k", "v", "EX", 10)),
            owned([b"k", b"v", b"EX", b"10"])
        );
        assert_eq!(
            args((1, 2, 3, 4, 5, 6, 7, "8")),
            owned([b"1", b"2", b"3", b"4", b"5", b"6", b"7", b"8"])
        );
        assert_eq!(
            args(("key", ["f1", "f2"], None::<u8>, b"raw")),
            owned([b"key", b"f1", b"f2", b"raw"])
        );
        assert_eq!(args(&[("a", 1), ("b", 2)]), owned([b"a", b"1", b"b", b"2"]));
    }

    #[test]
    fn maps_and_sets_are_their_entries() {
        let map = BTreeMap::from([("b", 2.5), ("a", 1.0)]);
        assert_eq!(args(&map), owned([b"a", b"1.0", b"b", b"2.5"]));
        let map = HashMap::from([("field", "value")]);
        assert_eq!(args(&map), owned([b"field", b"value"]));
        let map: HashMap<String, Vec<u8>> =
            (0..10).map(|n| (n.to_string(), vec![b'v'; n])).collect();
        let written = args(&map);
        assert_eq!(written.len(), 20);
        for pair in written.chunks(2) {
            let n: usize = std::str::from_utf8(&pair[0])
                .expect("utf-8")
                .parse()
                .expect("key");
            assert_eq!(pair[1], vec![b'v'; n]);
        }
        assert_eq!(args(BTreeSet::from(["b", "a"])), owned([b"a", b"b"]));
        let mut set = args(HashSet::from(["b", "a"]));
        set.sort();
        assert_eq!(set, owned([b"a", b"b"]));
    }

    /// The call shapes typed commands promise, through one signature.
    #[test]
    fn one_signature_for_one_key_or_many() {
        fn del(keys: impl ToArgs) -> Cmd {
            let mut cmd = Cmd::new("DEL");
            keys.write_args(&mut cmd);
            cmd
        }
        fn mset(pairs: impl ToArgs) -> Cmd {
            let mut cmd = Cmd::new("MSET");
            pairs.write_args(&mut cmd);
            cmd
        }
        let (k1, k2) = (String::from("k1"), String::from("k2"));
        let expected = Cmd::new("DEL").arg("k1").arg("k2");
        assert_eq!(del("k1"), Cmd::new("DEL").arg("k1"));
        assert_eq!(del(["k1", "k2"]), expected);
        assert_eq!(del(&vec![k1.clone(), k2.clone()]), expected);
        assert_eq!(del([&k1, &k2]), expected);
        assert_eq!(del(&[k1.as_str(), k2.as_str()][..]), expected);
        assert_eq!(del(vec![b"k1".to_vec(), b"k2".to_vec()]), expected);
        assert_eq!(
            mset(&[("a", 1), ("b", 2)]),
            Cmd::new("MSET").arg("a").arg(1).arg("b").arg(2)
        );
        assert_eq!(
            mset(BTreeMap::from([("a", "x")])),
            Cmd::new("MSET").arg("a").arg("x")
        );
    }

    #[test]
    fn works_through_a_trait_object() {
        let values: [&dyn ToArgs; 3] = [&"a", &[1, 2], &None::<i64>];
        let mut cmd = Cmd::new("CMD");
        for value in values {
            value.write_args(&mut cmd);
        }
        assert_eq!(
            values.iter().map(|value| value.arg_count()).sum::<usize>(),
            3
        );
        assert_eq!(cmd, Cmd::new("CMD").arg("a").arg(1).arg(2));
    }

    proptest! {
        #[test]
        fn nested_values_count_what_they_write(
            keys in proptest::collection::vec(proptest::collection::vec(any::<u8>(), 0..8), 0..8),
            values in proptest::collection::vec(proptest::option::of(any::<i64>()), 0..8),
            pairs in proptest::collection::btree_map(".{0,4}", any::<u32>(), 0..8),
        ) {
            let value = (&keys, &values, &pairs, Some((&keys, 1.5)));
            let written = args(&value);
            let set = values.iter().flatten().count();
            prop_assert_eq!(written.len(), 2 * keys.len() + set + 2 * pairs.len() + 1);
            prop_assert_eq!(&written[..keys.len()], &keys[..]);
        }
    }
}
