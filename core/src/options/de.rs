//! Reading options from JSON without ever quoting them back.
//!
//! Options hold secrets: allow-list entries are often real credentials, and
//! `pseudonym_key` is a key. serde's own errors quote the offending input
//! (`invalid type: string "ghp_…", expected a sequence`), so an options file
//! with one value in the wrong place would print that value to a terminal,
//! a log or an exception tracker.
//!
//! [`from_json`] therefore parses the text into a [`serde_json::Value`] and
//! deserializes the target from that tree through [`ValueDeserializer`],
//! whose error type, [`OptionError`], keeps only what the code supplies:
//!
//! 1. the path to the field: struct field names the target declares,
//!    sequence indices, and map entries by position (`[key #2]`), because
//!    map keys and unknown field names are input too;
//! 2. what was expected (`a string`, `one of auto, portable, hyperscan`);
//! 3. the JSON type that was found (`a number`).
//!
//! Values and `custom` messages (which may quote a value, as `FromStr`
//! errors do) are dropped. JSON syntax errors are reported by line and
//! column only.

use std::fmt;

use serde::de::value::StrDeserializer;
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Expected, IntoDeserializer, MapAccess, SeqAccess,
    Unexpected, Visitor,
};
use serde_json::Value;

use crate::error::{Error, Result};

/// Deserializes `T` from JSON `text`; errors name `what` (`options`), the
/// path and the expected type, never a value.
pub(crate) fn from_json<T: DeserializeOwned>(what: &str, text: &str) -> Result<T> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        Error::config(format!(
            "{what} are not valid JSON (line {}, column {})",
            e.line(),
            e.column()
        ))
    })?;
    from_value(what, &value)
}

/// Deserializes `T` from an already parsed `value`, with errors as in [`from_json`].
pub(crate) fn from_value<T: DeserializeOwned>(what: &str, value: &Value) -> Result<T> {
    let root = Path::Root;
    T::deserialize(ValueDeserializer::new(value, &root))
        .map_err(|e| Error::config(e.located(&root, value).message(what)))
}

/// One step from the document root to a value.
#[derive(Clone, Copy)]
enum Segment {
    /// A field the target type declares (a `'static` name from its code).
    Field(&'static str),
    /// An element of a sequence, 0-based.
    Index(usize),
    /// An entry of a map or an unknown field, 0-based; its key is input.
    Entry(usize),
}

/// A path as a linked list on the stack, built as the walk descends.
enum Path<'p> {
    Root,
    Child(&'p Path<'p>, Segment),
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Path::Child(parent, segment) = self else {
            return Ok(());
        };
        parent.fmt(f)?;
        match segment {
            Segment::Field(name) if matches!(parent, Path::Root) => f.write_str(name),
            Segment::Field(name) => write!(f, ".{name}"),
            Segment::Index(i) => write!(f, "[{i}]"),
            Segment::Entry(i) => write!(f, "[key #{}]", i + 1),
        }
    }
}

/// What went wrong, in terms the code chose: never the input's text.
#[derive(Debug)]
enum Problem {
    Type(String),
    Value(String),
    Length(String),
    UnknownVariant(&'static [&'static str]),
    UnknownField(&'static [&'static str]),
    MissingField(&'static str),
    DuplicateField(&'static str),
    /// A message written by a `Deserialize` impl; it may quote the value.
    Custom,
}

/// A deserialization error holding no input: see the module docs.
#[derive(Debug)]
pub(crate) struct OptionError {
    problem: Problem,
    /// Set by the innermost value that saw the error.
    path: Option<String>,
    /// The JSON type found there (`a string`).
    found: Option<&'static str>,
}

impl OptionError {
    fn new(problem: Problem) -> OptionError {
        OptionError {
            problem,
            path: None,
            found: None,
        }
    }

    /// Records where the error happened, unless a deeper value already did.
    fn located(mut self, path: &Path<'_>, value: &Value) -> OptionError {
        if self.path.is_none() {
            self.path = Some(path.to_string());
            self.found = Some(json_type(value));
        }
        self
    }

    /// Records where an error in a map key happened.
    fn at_key(mut self, path: &Path<'_>) -> OptionError {
        if self.path.is_none() {
            self.path = Some(path.to_string());
        }
        self
    }

    /// The message for people: `options at `allow`: expected a sequence, found a string`.
    fn message(&self, what: &str) -> String {
        match self.path.as_deref() {
            None | Some("") => format!("{what}: {self}"),
            Some(path) => format!("{what} at `{path}`: {self}"),
        }
    }
}

impl fmt::Display for OptionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.problem {
            Problem::Type(expected) => match self.found {
                Some(found) => write!(f, "expected {expected}, found {found}"),
                None => write!(f, "expected {expected}"),
            },
            Problem::Value(expected) => write!(f, "value not accepted, expected {expected}"),
            Problem::Length(expected) => write!(f, "wrong number of items, expected {expected}"),
            Problem::UnknownVariant(names) => {
                write!(f, "unknown value, expected one of {}", quoted(names))
            }
            Problem::UnknownField(names) => {
                write!(f, "unknown field, expected one of {}", quoted(names))
            }
            Problem::MissingField(name) => write!(f, "missing field `{name}`"),
            Problem::DuplicateField(name) => write!(f, "field `{name}` given twice"),
            Problem::Custom => f.write_str("value not accepted"),
        }
    }
}

impl std::error::Error for OptionError {}

impl de::Error for OptionError {
    fn custom<T: fmt::Display>(_message: T) -> OptionError {
        OptionError::new(Problem::Custom)
    }

    fn invalid_type(_found: Unexpected<'_>, expected: &dyn Expected) -> OptionError {
        OptionError::new(Problem::Type(expected.to_string()))
    }

    fn invalid_value(_found: Unexpected<'_>, expected: &dyn Expected) -> OptionError {
        OptionError::new(Problem::Value(expected.to_string()))
    }

    fn invalid_length(_len: usize, expected: &dyn Expected) -> OptionError {
        OptionError::new(Problem::Length(expected.to_string()))
    }

    fn unknown_variant(_variant: &str, expected: &'static [&'static str]) -> OptionError {
        OptionError::new(Problem::UnknownVariant(expected))
    }

    fn unknown_field(_field: &str, expected: &'static [&'static str]) -> OptionError {
        OptionError::new(Problem::UnknownField(expected))
    }

    fn missing_field(field: &'static str) -> OptionError {
        OptionError::new(Problem::MissingField(field))
    }

    fn duplicate_field(field: &'static str) -> OptionError {
        OptionError::new(Problem::DuplicateField(field))
    }
}

fn quoted(names: &[&str]) -> String {
    if names.is_empty() {
        return "nothing".to_string();
    }
    let names: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    names.join(", ")
}

fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A serde `Deserializer` over a borrowed JSON tree, with [`OptionError`]s.
struct ValueDeserializer<'a, 'p> {
    value: &'a Value,
    path: &'p Path<'p>,
}

impl<'a, 'p> ValueDeserializer<'a, 'p> {
    fn new(value: &'a Value, path: &'p Path<'p>) -> Self {
        ValueDeserializer { value, path }
    }

    fn visit_number<'de, V: Visitor<'de>>(
        n: &serde_json::Number,
        visitor: V,
    ) -> Result<V::Value, OptionError> {
        if let Some(u) = n.as_u64() {
            visitor.visit_u64(u)
        } else if let Some(i) = n.as_i64() {
            visitor.visit_i64(i)
        } else {
            visitor.visit_f64(n.as_f64().unwrap_or(f64::NAN))
        }
    }

    fn map(&self, fields: Option<&'static [&'static str]>) -> Option<MapDeserializer<'a, 'p>> {
        match self.value {
            Value::Object(map) => Some(MapDeserializer {
                entries: map.iter(),
                pending: None,
                index: 0,
                fields,
                path: self.path,
            }),
            _ => None,
        }
    }
}

impl<'de> de::Deserializer<'de> for ValueDeserializer<'_, '_> {
    type Error = OptionError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, OptionError> {
        match self.value {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Number(n) => Self::visit_number(n, visitor),
            Value::String(s) => visitor.visit_str(s),
            Value::Array(items) => visitor.visit_seq(SeqDeserializer {
                items: items.iter().enumerate(),
                path: self.path,
            }),
            Value::Object(_) => visitor.visit_map(self.map(None).expect("an object")),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, OptionError> {
        match self.value {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, OptionError> {
        // Options only use unit variants, written as strings.
        match self.value {
            Value::String(s) => {
                let variant: StrDeserializer<'_, OptionError> = s.as_str().into_deserializer();
                visitor.visit_enum(variant)
            }
            _ => self.deserialize_any(visitor),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, OptionError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, OptionError> {
        match self.map(Some(fields)) {
            Some(map) => visitor.visit_map(map),
            None => self.deserialize_any(visitor),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map identifier
        ignored_any
    }
}

struct SeqDeserializer<'a, 'p> {
    items: std::iter::Enumerate<std::slice::Iter<'a, Value>>,
    path: &'p Path<'p>,
}

impl<'de> SeqAccess<'de> for SeqDeserializer<'_, '_> {
    type Error = OptionError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, OptionError> {
        let Some((i, value)) = self.items.next() else {
            return Ok(None);
        };
        let path = Path::Child(self.path, Segment::Index(i));
        seed.deserialize(ValueDeserializer::new(value, &path))
            .map(Some)
            .map_err(|e| e.located(&path, value))
    }
}

/// Entries of an object; for a struct, `fields` names the keys that may be shown.
struct MapDeserializer<'a, 'p> {
    entries: serde_json::map::Iter<'a>,
    pending: Option<(Segment, &'a Value)>,
    index: usize,
    fields: Option<&'static [&'static str]>,
    path: &'p Path<'p>,
}

impl MapDeserializer<'_, '_> {
    /// How `key` appears in paths: by name if the struct declares it, else by position.
    fn segment(&self, key: &str) -> Segment {
        let declared = self
            .fields
            .and_then(|f| f.iter().copied().find(|&name| name == key));
        match declared {
            Some(name) => Segment::Field(name),
            None => Segment::Entry(self.index),
        }
    }
}

impl<'de> MapAccess<'de> for MapDeserializer<'_, '_> {
    type Error = OptionError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, OptionError> {
        let Some((key, value)) = self.entries.next() else {
            return Ok(None);
        };
        let segment = self.segment(key);
        self.pending = Some((segment, value));
        self.index += 1;
        let at = Path::Child(self.path, Segment::Entry(self.index - 1));
        let key: StrDeserializer<'_, OptionError> = key.as_str().into_deserializer();
        seed.deserialize(key).map(Some).map_err(|e| e.at_key(&at))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, OptionError> {
        let (segment, value) = self
            .pending
            .take()
            .expect("serde asks for a key before its value");
        let path = Path::Child(self.path, segment);
        seed.deserialize(ValueDeserializer::new(value, &path))
            .map_err(|e| e.located(&path, value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ScannerOptions;

    const TOKEN: &str = "ghp_0123456789abcdefghijklmnopqrstuvwxyZ";

    fn error(json: &str) -> String {
        let e = from_json::<ScannerOptions>("options", json).unwrap_err();
        assert_eq!(e.code(), "config");
        e.to_string()
    }

    #[test]
    fn errors_name_the_path_and_type_but_never_the_value() {
        let cases = [
            (
                format!(r#"{{"allow": "{TOKEN}"}}"#),
                "options at `allow`: expected a sequence, found a string",
            ),
            (
                format!(r#"{{"allow": ["ok", {{"v": "{TOKEN}"}}]}}"#),
                "options at `allow[1]`: expected a string, found an object",
            ),
            (
                r#"{"pseudonym_key": 8675309123456789}"#.to_string(),
                "options at `pseudonym_key`: expected a string, found a number",
            ),
            (
                format!(r#"{{"backend": "{TOKEN}"}}"#),
                "options at `backend`: unknown value, expected one of `auto`, `portable`, `hyperscan`",
            ),
            (
                format!(r#"{{"policy": {{"secret": "{TOKEN}"}}}}"#),
                "options at `policy.secret`: value not accepted, expected an operator (label, mask[:C]",
            ),
            (
                format!(r#"{{"policy": {{"entities": {{"A": "label", "{TOKEN}": 7}}}}}}"#),
                "options at `policy.entities[key #2]`: expected an operator (label, mask[:C], partial_mask:N[:C], pseudonym or remove), found a number",
            ),
            (
                format!(r#"{{"{TOKEN}": true}}"#),
                "options at `[key #1]`: unknown field, expected one of `builtin_rules`",
            ),
            (
                format!(r#"{{"evidence": {{"service": ["{TOKEN}"]}}}}"#),
                "options at `evidence.service`: expected a string, found an array",
            ),
            (
                format!(r#"{{"min_confidence": "{TOKEN}"}}"#),
                "options at `min_confidence`: expected f32, found a string",
            ),
            (
                format!(r#"{{"allow": ["{TOKEN}""#),
                "options are not valid JSON (line 1, column",
            ),
            (
                format!(r#""{TOKEN}""#),
                "options: expected struct ScannerOptions, found a string",
            ),
        ];
        for (json, expected) in cases {
            let message = error(&json);
            assert!(message.contains(expected), "{message}");
            assert!(
                !message.contains("ghp_") && !message.contains("8675309"),
                "{message}"
            );
        }
    }

    #[test]
    fn valid_options_read_as_with_serde_json() {
        let json = r#"{"allow": ["a"], "policy": {"pii": "mask:#", "entities": {"CREDIT_CARD": "partial_mask:4"}},
                       "min_confidence": 0.7, "max_input_bytes": 1024, "backend": "portable",
                       "pseudonym_key": "k", "deobfuscate": {"escapes": true},
                       "classifier": {"thresholds": {"PERSON": 0.9}}, "evidence": null}"#;
        let ours: ScannerOptions = from_json("options", json).unwrap();
        let serde: ScannerOptions = serde_json::from_str(json).unwrap();
        assert_eq!(ours, serde);
        assert_eq!(ours.max_input_bytes, 1024);
    }
}
