package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"math"
	"strconv"
	"unicode/utf8"
)

// Writing a document's quotations as JSON.
//
// encoding/json writes a struct by reflection, a call for each field;
// for -jsonl over a corpus that was a tenth of the command's time. The
// quotations are written here field by field, byte for byte as
// encoding/json writes them with HTML escaping off, which the tests check.

// encodeDoc returns the output line of -jsonl for a document with the
// given id and quotations.
func encodeDoc(id json.RawMessage, qs []jsonQuote) ([]byte, error) {
	var b bytes.Buffer
	b.Grow(docSize(qs))
	b.WriteString(`{"id":`)
	if id == nil {
		b.WriteString("null")
	} else if err := json.Compact(&b, id); err != nil {
		return nil, err
	}
	return appendDocQuotes(b.Bytes(), qs), nil
}

// encodeFile returns the output line of -json for the named file's
// quotations.
func encodeFile(name string, qs []jsonQuote) []byte {
	b := appendString(append(make([]byte, 0, docSize(qs)), `{"file":`...), name)
	return appendDocQuotes(b, qs)
}

// docSize returns about how many bytes the line of a document with
// quotations qs takes: their texts, and what the rest of a quotation takes
// at most, or nearly, in its numbers and names.
func docSize(qs []jsonQuote) int {
	n := 64
	for _, q := range qs {
		n += 256 + len(q.Text)
		if q.Cue != nil {
			n += len(q.Cue.Text)
		}
		if q.Speaker != nil {
			n += len(q.Speaker.Text)
		}
		if q.Entity != nil {
			n += len(*q.Entity)
		}
	}
	return n
}

// appendDocQuotes appends the quotations member of a document's line, and
// ends the line.
func appendDocQuotes(b []byte, qs []jsonQuote) []byte {
	b = append(b, `,"quotes":`...)
	b = appendQuotes(b, qs)
	return append(b, "}\n"...)
}

// appendQuotes appends the JSON array of qs to b.
func appendQuotes(b []byte, qs []jsonQuote) []byte {
	b = append(b, '[')
	for i := range qs {
		if i > 0 {
			b = append(b, ',')
		}
		b = qs[i].appendJSON(b)
	}
	return append(b, ']')
}

// appendJSON appends the JSON object of q to b.
func (q *jsonQuote) appendJSON(b []byte) []byte {
	b = append(b, `{"start":`...)
	b = strconv.AppendInt(b, int64(q.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(q.End), 10)
	b = append(b, `,"text":`...)
	b = appendString(b, q.Text)
	b = append(b, `,"kind":`...)
	b = appendString(b, q.Kind)
	b = append(b, `,"cue":`...)
	if c := q.Cue; c == nil {
		b = append(b, "null"...)
	} else {
		b = appendMention(b, c.Start, c.End, c.Text, `,"lemma":`, c.Lemma)
	}
	b = append(b, `,"speaker":`...)
	if s := q.Speaker; s == nil {
		b = append(b, "null"...)
	} else {
		b = appendMention(b, s.Start, s.End, s.Text, `,"kind":`, s.Kind)
	}
	b = append(b, `,"entity":`...)
	if q.Entity == nil {
		b = append(b, "null"...)
	} else {
		b = appendString(b, *q.Entity)
	}
	b = append(b, `,"entity_id":`...)
	b = strconv.AppendInt(b, int64(q.EntityID), 10)
	b = append(b, `,"anonymous":`...)
	b = strconv.AppendBool(b, q.Anonymous)
	b = append(b, `,"confidence":`...)
	b = appendFloat(b, q.Confidence)
	b = append(b, `,"inherited":`...)
	b = strconv.AppendBool(b, q.Inherited)
	return append(b, '}')
}

// appendMention appends the JSON object of a cue or a speaker: its span,
// its text, and the member that follows them, whose name and colon come
// after a comma in key.
func appendMention(b []byte, start, end int, text, key, value string) []byte {
	b = append(b, `{"start":`...)
	b = strconv.AppendInt(b, int64(start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(end), 10)
	b = append(b, `,"text":`...)
	b = appendString(b, text)
	b = append(b, key...)
	b = appendString(b, value)
	return append(b, '}')
}

// appendFloat appends f as encoding/json writes a float64: in plain
// decimals, or with an exponent when it is very small or very large. f is
// finite: a confidence lies in [0, 1].
func appendFloat(b []byte, f float64) []byte {
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// 1e-07 is written 1e-7.
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// appendString appends s as a JSON string, escaped as encoding/json
// escapes it with HTML escaping off: a quotation mark, a backslash and the
// control characters; U+2028 and U+2029, which JavaScript reads as line
// ends; and U+FFFD for each byte that is not valid UTF-8.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		// Eight bytes at a time past plain ASCII, most of a text.
		for i+8 <= len(s) {
			if x := binary.LittleEndian.Uint64([]byte(s[i : i+8])); x&highBits != 0 || !plain8(x) {
				break
			}
			i += 8
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= ' ' && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
