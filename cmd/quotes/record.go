package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Reading a -jsonl record: its "id" and "text" members.
//
// encoding/json reads a line in three passes (it checks the syntax of the
// whole line, then decodes, and skips each member it has no field for),
// through a state machine that makes a call for each byte. Corpora keep
// much besides the text on each line, annotations often the largest part,
// and decoding them that way took longer than extracting the quotations.
// readRecord reads the commonest records in one pass, and leaves the rest to
// encoding/json: what it returns is what json.Unmarshal gives, which the
// tests check on odd records and a fuzz target on any.

// readRecord returns the "id" member of a -jsonl line as it came, and its
// "text" string, or the reason the line cannot be used.
func readRecord(line []byte) (id json.RawMessage, text string, reason string) {
	if id, text, ok := quickRecord(line); ok {
		return id, text, ""
	}
	var rec struct {
		ID   json.RawMessage `json:"id"`
		Text *string         `json:"text"`
	}
	err := json.Unmarshal(line, &rec)
	// Unmarshal checks the syntax of the whole line before it decodes
	// anything, so after a type error rec.ID is still good to echo.
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &te) && te.Field == "text":
		return rec.ID, "", `"text" is not a string`
	case errors.As(err, &te):
		return rec.ID, "", "not a JSON object"
	case err != nil:
		return rec.ID, "", "invalid JSON: " + err.Error()
	case rec.Text == nil:
		return rec.ID, "", `no "text" string`
	}
	return rec.ID, *rec.Text, ""
}

// quickRecord reads line as json.Unmarshal would into a record of "id" and
// "text", when line is a valid JSON object with a "text" string, and no
// member name that needs more than a byte comparison to match: no escapes,
// and no other spelling of "id" or "text" ("ID", "Text"), which Unmarshal
// would match as well. For any other line it returns ok false, and
// [readRecord] asks encoding/json.
func quickRecord(line []byte) (id json.RawMessage, text string, ok bool) {
	r := recordReader{b: line}
	r.space()
	if !r.byte('{') {
		return nil, "", false
	}
	hasText := false
	r.space()
	if !r.byte('}') {
		for {
			r.space()
			name, ok := r.name()
			if !ok {
				return nil, "", false
			}
			r.space()
			if !r.byte(':') {
				return nil, "", false
			}
			r.space()
			start := r.i
			switch {
			case name == "id":
				if !r.value(0) {
					return nil, "", false
				}
				id = append(json.RawMessage(nil), line[start:r.i]...)
			case name == "text":
				if text, ok = r.str(); !ok {
					return nil, "", false // null, or not a string: Unmarshal says which
				}
				hasText = true
			case foldsTo(name, "id") || foldsTo(name, "text"):
				return nil, "", false
			default:
				if !r.value(0) {
					return nil, "", false
				}
			}
			r.space()
			if r.byte('}') {
				break
			}
			if !r.byte(',') {
				return nil, "", false
			}
		}
	}
	r.space()
	return id, text, hasText && r.i == len(line)
}

// foldsTo reports whether name, of ASCII bytes, is lower in upper or mixed
// case.
func foldsTo(name, lower string) bool {
	if len(name) != len(lower) {
		return false
	}
	for i := range len(name) {
		if name[i]|0x20 != lower[i] {
			return false
		}
	}
	return true
}

// maxDepth bounds the nesting of the values quickRecord steps over; a
// line that nests deeper goes to encoding/json, which has its own bound.
const maxDepth = 64

// A recordReader reads the JSON of one line from b[i:].
type recordReader struct {
	b []byte
	i int
}

// space passes white space.
func (r *recordReader) space() {
	for r.i < len(r.b) {
		switch r.b[r.i] {
		case ' ', '\t', '\n', '\r':
			r.i++
		default:
			return
		}
	}
}

// byte passes c if it comes next, and reports whether it did.
func (r *recordReader) byte(c byte) bool {
	if r.i < len(r.b) && r.b[r.i] == c {
		r.i++
		return true
	}
	return false
}

// name reads a member's name: a string of printable ASCII with no escape.
func (r *recordReader) name() (string, bool) {
	if !r.byte('"') {
		return "", false
	}
	start := r.i
	for r.i < len(r.b) {
		c := r.b[r.i]
		if c == '"' {
			r.i++
			return string(r.b[start : r.i-1]), true
		}
		if c < ' ' || c == '\\' || c >= utf8.RuneSelf {
			return "", false
		}
		r.i++
	}
	return "", false
}

// value passes one JSON value, and reports whether it is valid; depth is
// how deep in arrays and objects it lies.
func (r *recordReader) value(depth int) bool {
	if r.i >= len(r.b) {
		return false
	}
	switch c := r.b[r.i]; {
	case c == '"':
		return r.skipString()
	case c == '{' || c == '[':
		if depth == maxDepth {
			return false
		}
		r.i++
		end := byte('}')
		if c == '[' {
			end = ']'
		}
		r.space()
		if r.byte(end) {
			return true
		}
		for {
			r.space()
			if c == '{' {
				if !r.skipString() {
					return false
				}
				r.space()
				if !r.byte(':') {
					return false
				}
				r.space()
			}
			if !r.value(depth + 1) {
				return false
			}
			r.space()
			if r.byte(end) {
				return true
			}
			if !r.byte(',') {
				return false
			}
		}
	case c == '-' || '0' <= c && c <= '9':
		return r.number()
	case c == 't':
		return r.word("true")
	case c == 'f':
		return r.word("false")
	case c == 'n':
		return r.word("null")
	}
	return false
}

// word passes the literal w.
func (r *recordReader) word(w string) bool {
	if len(r.b)-r.i >= len(w) && string(r.b[r.i:r.i+len(w)]) == w {
		r.i += len(w)
		return true
	}
	return false
}

// number passes a number as JSON writes it: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (r *recordReader) number() bool {
	r.byte('-')
	switch {
	case r.byte('0'):
	case r.digits() == 0:
		return false
	}
	if r.byte('.') && r.digits() == 0 {
		return false
	}
	if r.byte('e') || r.byte('E') {
		if !r.byte('+') {
			r.byte('-')
		}
		if r.digits() == 0 {
			return false
		}
	}
	return true
}

// digits passes a run of digits and returns its length.
func (r *recordReader) digits() int {
	start := r.i
	for r.i < len(r.b) && '0' <= r.b[r.i] && r.b[r.i] <= '9' {
		r.i++
	}
	return r.i - start
}

// skipString passes a string, checking its escapes.
func (r *recordReader) skipString() bool {
	if !r.byte('"') {
		return false
	}
	b, i := r.b, r.i
	for {
		// Eight bytes at a time past those that need no look, most of a
		// long string; then byte by byte up to the one that does.
		for i+8 <= len(b) && plain8(binary.LittleEndian.Uint64(b[i:])) {
			i += 8
		}
		for i < len(b) && !stringStop[b[i]] {
			i++
		}
		switch {
		case i == len(b):
			return false
		case b[i] == '"':
			r.i = i + 1
			return true
		case b[i] == '\\':
			if r.i = i; !r.escape() {
				return false
			}
			i = r.i
		default:
			return false // a control character
		}
	}
}

// stringStop holds the bytes that end a run of plain bytes in a string:
// the quotation mark, the backslash and the control characters.
var stringStop = func() (t [256]bool) {
	for c := range ' ' {
		t[c] = true
	}
	t['"'], t['\\'] = true, true
	return t
}()

// plain8 reports whether none of the eight bytes of x is a quotation
// mark, a backslash or a control character. A byte is one of them when
// it is zero after an exclusive or with the mark's or the backslash's byte,
// or less than a space: subtracting 0x01 or 0x20 from each byte borrows
// into its high bit just then (a byte with the high bit already set is
// none of them, and masked off).
func plain8(x uint64) bool {
	q, b := x^'"'*oneBits, x^'\\'*oneBits
	special := (q-oneBits)&^q | (b-oneBits)&^b | (x - ' '*oneBits)
	return special&^x&highBits == 0
}

// oneBits and highBits have the lowest and the highest bit of each of
// eight bytes set.
const (
	oneBits  = 0x0101010101010101
	highBits = 0x8080808080808080
)

// escape passes a valid escape at r.i, a backslash, and reports whether it
// found one.
func (r *recordReader) escape() bool {
	if r.i+1 >= len(r.b) {
		return false
	}
	switch r.b[r.i+1] {
	case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		r.i += 2
		return true
	case 'u':
		if hex4(r.b[r.i+2:]) < 0 {
			return false
		}
		r.i += 6
		return true
	}
	return false
}

// hex4 returns the value of the four hexadecimal digits b starts with, or
// -1 when it does not start with four.
func hex4(b []byte) rune {
	if len(b) < 4 {
		return -1
	}
	var v rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return -1
		}
		v = v<<4 | rune(c)
	}
	return v
}

// str reads a string value as encoding/json decodes it: escapes are
// replaced by what they stand for, a lone UTF-16 surrogate and each byte of
// invalid UTF-8 by U+FFFD.
func (r *recordReader) str() (string, bool) {
	start := r.i
	if !r.skipString() {
		return "", false
	}
	raw := r.b[start+1 : r.i-1]
	if bytes.IndexByte(raw, '\\') < 0 && utf8.Valid(raw) {
		return string(raw), true
	}
	var out strings.Builder
	out.Grow(len(raw))
	for len(raw) > 0 {
		// The bytes up to the next escape are copied as they are, at once
		// where they are valid UTF-8.
		k := bytes.IndexByte(raw, '\\')
		if k < 0 {
			k = len(raw)
		}
		writeValid(&out, raw[:k])
		if raw = raw[k:]; len(raw) == 0 {
			break
		}
		switch e := raw[1]; e {
		case 'b':
			out.WriteByte('\b')
		case 'f':
			out.WriteByte('\f')
		case 'n':
			out.WriteByte('\n')
		case 'r':
			out.WriteByte('\r')
		case 't':
			out.WriteByte('\t')
		case 'u':
			rr := hex4(raw[2:])
			raw = raw[6:]
			if utf16.IsSurrogate(rr) {
				// The first of a pair takes the second, an escape
				// too; a surrogate alone is U+FFFD.
				pair := utf8.RuneError
				if len(raw) >= 6 && raw[0] == '\\' && raw[1] == 'u' {
					pair = utf16.DecodeRune(rr, hex4(raw[2:]))
				}
				if pair != utf8.RuneError {
					raw = raw[6:]
				}
				rr = pair
			}
			out.WriteRune(rr)
			continue
		default: // " \ /
			out.WriteByte(e)
		}
		raw = raw[2:]
	}
	return out.String(), true
}

// writeValid writes b to out with U+FFFD for each byte that is not part
// of valid UTF-8.
func writeValid(out *strings.Builder, b []byte) {
	if utf8.Valid(b) {
		out.Write(b)
		return
	}
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			out.WriteRune(r)
		} else {
			out.Write(b[:size])
		}
		b = b[size:]
	}
}
