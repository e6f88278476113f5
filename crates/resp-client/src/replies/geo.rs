//! `GEOPOS` and `GEOSEARCH`: [`GeoPosition`], [`GeoSearchResult`].

use bytes::Bytes;
use resp_core::Frame;

use super::{elements, in_field, leading, plain};
use crate::error::{Error, ErrorKind, Result};
use crate::value::FromValue;

/// A point on the map, as `GEOPOS` and `GEOSEARCH ... WITHCOORD` give it:
/// `[longitude, latitude]`, as bulk strings (RESP2) or doubles (RESP3).
///
/// `GEOPOS` answers with one per member, null for a missing member: its
/// reply is a `Vec<Option<GeoPosition>>`.
///
/// ```
/// use resp_client::{FromValue, Frame, GeoPosition};
///
/// let reply = Frame::Array(vec![
///     Frame::Array(vec![Frame::bulk("13.361389338970184"), Frame::bulk("38.115556395496299")]),
///     Frame::Null,
/// ]);
/// let positions = Vec::<Option<GeoPosition>>::from_value(reply)?;
/// assert!((positions[0].unwrap().longitude - 13.361389).abs() < 1e-6);
/// assert_eq!(positions[1], None);
/// # Ok::<(), resp_client::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GeoPosition {
    /// Degrees east, -180 to 180.
    pub longitude: f64,
    /// Degrees north, about -85.05 to 85.05.
    pub latitude: f64,
}

/// An array of two numbers.
impl FromValue for GeoPosition {
    fn from_value(frame: Frame) -> Result<Self> {
        let ([longitude, latitude], _) =
            leading::<2>(frame, "a position of [longitude, latitude]", false)?;
        Ok(Self {
            longitude: f64::from_value(longitude)
                .map_err(|error| in_field(error, "position", "longitude"))?,
            latitude: f64::from_value(latitude)
                .map_err(|error| in_field(error, "position", "latitude"))?,
        })
    }
}

/// One member found by `GEOSEARCH` (or `GEORADIUS`), with what the
/// `WITHDIST`, `WITHHASH` and `WITHCOORD` options asked for; the reply is
/// a `Vec<GeoSearchResult>`.
///
/// Without options the server sends just the member, a string; with any,
/// an array `[member, distance?, hash?, [longitude, latitude]?]` holding
/// those asked for, in that order. Each is told apart by its type: the
/// distance is a number as a string (RESP2) or a double (RESP3), the hash
/// an integer and the position an array. The member converts to `M`
/// ([`Bytes`] unless asked otherwise).
///
/// ```
/// use resp_client::{FromValue, Frame, GeoSearchResult};
///
/// // GEOSEARCH Sicily FROMLONLAT 15 37 BYRADIUS 200 km ASC WITHDIST WITHCOORD, in RESP3
/// let reply = Frame::Array(vec![Frame::Array(vec![
///     Frame::bulk("Catania"),
///     Frame::Double(56.4413),
///     Frame::Array(vec![Frame::Double(15.087267), Frame::Double(37.502668)]),
/// ])]);
/// let found = Vec::<GeoSearchResult<String>>::from_value(reply)?;
/// assert_eq!(found[0].member, "Catania");
/// assert_eq!(found[0].distance, Some(56.4413));
/// assert_eq!(found[0].hash, None);
/// assert!(found[0].position.is_some());
/// # Ok::<(), resp_client::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct GeoSearchResult<M = Bytes> {
    /// The member.
    pub member: M,
    /// Its distance from the centre, in the unit of the query (`WITHDIST`).
    pub distance: Option<f64>,
    /// Its geohash as a 52-bit integer (`WITHHASH`).
    pub hash: Option<u64>,
    /// Its position (`WITHCOORD`).
    pub position: Option<GeoPosition>,
}

/// A string (the member alone) or an array of the member and what was
/// asked for.
impl<M: FromValue> FromValue for GeoSearchResult<M> {
    fn from_value(frame: Frame) -> Result<Self> {
        let frame = plain(frame)?;
        let items = match frame {
            Frame::Array(_) => elements(frame, "a GEOSEARCH result")?,
            member => {
                return Ok(Self {
                    member: M::from_value(member)?,
                    distance: None,
                    hash: None,
                    position: None,
                });
            }
        };
        let mut items = items.into_iter();
        let member = items.next().ok_or_else(|| {
            Error::new(
                ErrorKind::Conversion,
                "expected a GEOSEARCH result of a member and its details, got an empty array",
            )
        })?;
        let mut result = Self {
            member: M::from_value(member)
                .map_err(|error| in_field(error, "GEOSEARCH result", "member"))?,
            distance: None,
            hash: None,
            position: None,
        };
        for item in items {
            match item.value() {
                Frame::Integer(_) => {
                    result.hash = Some(
                        u64::from_value(item)
                            .map_err(|error| in_field(error, "GEOSEARCH result", "hash"))?,
                    );
                }
                Frame::Array(_) => result.position = Some(GeoPosition::from_value(item)?),
                _ => {
                    result.distance = Some(
                        f64::from_value(item)
                            .map_err(|error| in_field(error, "GEOSEARCH result", "distance"))?,
                    );
                }
            }
        }
        Ok(result)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bulk(text: &str) -> Frame {
        Frame::bulk(text.to_owned())
    }

    #[test]
    fn positions_in_both_protocols() {
        let resp2 = Frame::Array(vec![bulk("13.5"), bulk("38.25")]);
        let resp3 = Frame::Array(vec![Frame::Double(13.5), Frame::Double(38.25)]);
        let expected = GeoPosition {
            longitude: 13.5,
            latitude: 38.25,
        };
        assert_eq!(GeoPosition::from_value(resp2).unwrap(), expected);
        assert_eq!(GeoPosition::from_value(resp3).unwrap(), expected);
        assert_eq!(
            Option::<GeoPosition>::from_value(Frame::Null).unwrap(),
            None
        );
        assert_eq!(
            GeoPosition::from_value(Frame::Array(vec![bulk("1")]))
                .unwrap_err()
                .to_string(),
            "expected a position of [longitude, latitude], got an array of 1"
        );
        assert_eq!(
            GeoPosition::from_value(Frame::Array(vec![bulk("x"), bulk("1")]))
                .unwrap_err()
                .to_string(),
            "position field longitude: expected an f64, got a bulk string that is not a number"
        );
    }

    #[test]
    fn search_results_of_every_shape() {
        let plain = GeoSearchResult::<String>::from_value(bulk("Palermo")).unwrap();
        assert_eq!(
            (
                plain.member.as_str(),
                plain.distance,
                plain.hash,
                plain.position
            ),
            ("Palermo", None, None, None)
        );
        // WITHDIST WITHHASH WITHCOORD in RESP2.
        let all = Frame::Array(vec![
            bulk("Palermo"),
            bulk("190.4424"),
            Frame::Integer(3479099956230698),
            Frame::Array(vec![bulk("13.36"), bulk("38.11")]),
        ]);
        let all = GeoSearchResult::<Bytes>::from_value(all).unwrap();
        assert_eq!(all.member, "Palermo");
        assert_eq!(all.distance, Some(190.4424));
        assert_eq!(all.hash, Some(3479099956230698));
        assert_eq!(
            all.position,
            Some(GeoPosition {
                longitude: 13.36,
                latitude: 38.11
            })
        );
        // WITHHASH alone, in RESP3.
        let hash = Frame::Array(vec![bulk("x"), Frame::Integer(7)]);
        let hash = GeoSearchResult::<String>::from_value(hash).unwrap();
        assert_eq!((hash.distance, hash.hash), (None, Some(7)));
        assert_eq!(
            GeoSearchResult::<String>::from_value(Frame::Array(vec![]))
                .unwrap_err()
                .to_string(),
            "expected a GEOSEARCH result of a member and its details, got an empty array"
        );
        assert_eq!(
            GeoSearchResult::<String>::from_value(Frame::Null)
                .unwrap_err()
                .to_string(),
            "expected a string, got null"
        );
    }
}
