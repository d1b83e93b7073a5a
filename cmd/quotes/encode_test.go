package main

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/quotekit/quote"
)

// marshal returns v as encoding/json writes it for the command: HTML
// escaping off, and a line end after it.
func marshal(t *testing.T, v any) string {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// oddStrings are texts whose escaping encoding/json decides in each of its
// ways.
var oddStrings = []string{
	"", "plain", `"quoted" \ back/slash`, "tab\tline\nreturn\rfeed\fbell\bnul\x00unit\x1fdel\x7f",
	"<html> & more", "line\u2028and paragraph\u2029separators", "invalid \xff\xfe and cut \xe2\x80",
	"“curly” café 😀", "\ufffd written",
}

func TestAppendQuotes(t *testing.T) {
	name := "Ana Ruiz"
	var qs []jsonQuote
	for i, s := range oddStrings {
		qs = append(qs, jsonQuote{
			Start: i, End: i * 1000, Text: s, Kind: "direct",
			Cue:     &jsonCue{Start: 1, End: 2, Text: s, Lemma: "say"},
			Speaker: &jsonSpeaker{Start: 3, End: 4, Text: s, Kind: "name"},
			Entity:  &name, EntityID: i, Anonymous: i%2 == 0, Inherited: i%3 == 0,
			Confidence: []float64{0, 1, 0.5, 0.93, 1e-7, 1.5e-7, 1e21, 123456789.125, math.Copysign(0, -1)}[i%9],
		})
	}
	qs = append(qs, jsonQuote{Text: "no cue, speaker or entity", Kind: "indirect"})
	for _, tt := range []struct {
		name string
		qs   []jsonQuote
	}{{"none", nil}, {"empty", []jsonQuote{}}, {"odd", qs}, {"hand-built", jsonQuotes(handBuilt)}} {
		t.Run(tt.name, func(t *testing.T) {
			id := json.RawMessage(`{"doc": [1, 2], "n": "x"}`)
			type doc struct {
				ID     json.RawMessage `json:"id"`
				Quotes []jsonQuote     `json:"quotes"`
			}
			got, err := encodeDoc(id, tt.qs)
			if err != nil {
				t.Fatal(err)
			}
			// encoding/json writes a nil slice as null; the command never
			// has one, and writes [] for it.
			want := marshal(t, doc{id, append([]jsonQuote{}, tt.qs...)})
			if diff := cmp.Diff(want, string(got)); diff != "" {
				t.Errorf("encodeDoc (-encoding/json +got):\n%s", diff)
			}
			type file struct {
				File   string      `json:"file"`
				Quotes []jsonQuote `json:"quotes"`
			}
			want = marshal(t, file{"dir/a \"b\".txt", append([]jsonQuote{}, tt.qs...)})
			if diff := cmp.Diff(want, string(encodeFile("dir/a \"b\".txt", tt.qs))); diff != "" {
				t.Errorf("encodeFile (-encoding/json +got):\n%s", diff)
			}
		})
	}
	if _, err := encodeDoc(json.RawMessage(`{`), nil); err == nil {
		t.Error("encodeDoc took an id that is not JSON")
	}
	if got := string(must(encodeDoc(nil, nil))); got != `{"id":null,"quotes":[]}`+"\n" {
		t.Errorf("encodeDoc(nil, nil) = %q", got)
	}
}

func FuzzAppendString(f *testing.F) {
	for i, s := range oddStrings {
		f.Add(s, float64(i)/7)
	}
	f.Fuzz(func(t *testing.T, s string, x float64) {
		if math.IsInf(x, 0) || math.IsNaN(x) {
			return
		}
		want := marshal(t, []any{s, x})
		got := string(appendFloat(append(appendString([]byte("["), s), ','), x)) + "]\n"
		if got != want {
			t.Errorf("appendString(%q), appendFloat(%v) = %s; encoding/json writes %s", s, x, got, want)
		}
	})
}

// BenchmarkEncodeDoc writes the quotations of an article.
func BenchmarkEncodeDoc(b *testing.B) {
	text, err := os.ReadFile(filepath.Join("..", "..", "testdata", "council.txt"))
	if err != nil {
		b.Fatal(err)
	}
	qs := jsonQuotes(quote.Extract(string(text)))
	out, err := encodeDoc(json.RawMessage(`"doc-1"`), qs)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(out)))
	b.ReportAllocs()
	for b.Loop() {
		encodeDoc(json.RawMessage(`"doc-1"`), qs)
	}
}
