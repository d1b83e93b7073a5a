package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// unmarshalRecord reads line as encoding/json does, the answer readRecord
// must give.
func unmarshalRecord(line []byte) (id json.RawMessage, text *string, err error) {
	var rec struct {
		ID   json.RawMessage `json:"id"`
		Text *string         `json:"text"`
	}
	err = json.Unmarshal(line, &rec)
	return rec.ID, rec.Text, err
}

// checkRecord fails t when quickRecord reads line other than encoding/json
// does, or when readRecord does.
func checkRecord(t *testing.T, line string) {
	t.Helper()
	wantID, wantText, err := unmarshalRecord([]byte(line))
	id, text, ok := quickRecord([]byte(line))
	if ok {
		switch {
		case err != nil:
			t.Errorf("quickRecord(%q) read a line that encoding/json refuses: %v", line, err)
		case wantText == nil:
			t.Errorf("quickRecord(%q) found a text that encoding/json does not", line)
		case string(id) != string(wantID) || text != *wantText:
			t.Errorf("quickRecord(%q) = %q, %q; encoding/json reads %q, %q", line, id, text, wantID, *wantText)
		}
	}
	id, text, reason := readRecord([]byte(line))
	if err == nil && wantText != nil {
		if reason != "" || string(id) != string(wantID) || text != *wantText {
			t.Errorf("readRecord(%q) = %q, %q, %q; want %q, %q, no reason", line, id, text, reason, wantID, *wantText)
		}
	} else if reason == "" {
		t.Errorf("readRecord(%q) gave no reason; encoding/json: %v, text %v", line, err, wantText)
	}
}

func TestReadRecord(t *testing.T) {
	for _, line := range []string{
		// Read in one pass.
		`{"id": 1, "text": "Hale said so."}`,
		` {"text":"a","id":"x"} `,
		`{"id": {"a": [1, -2.5e+3, true, false, null, {}, []]}, "title": "T", "text": "b"}`,
		`{"text": "line one\nline two \"quoted\" \\ \/ \b\f\r\t"}`,
		`{"text": "caf\u00e9 \u201cHi\u201d"}`,
		`{"text": "a pair \ud83d\ude00, a lone \ud83d, a low alone \ude00 x"}`,
		`{"text": "a high then an escape \ud83d\n"}`,
		`{"text": "two highs \ud83d\ud83d\ude00"}`,
		"{\"text\": \"invalid \xff\xfe UTF-8 \xe2\x80\"}",
		"{\"id\": \"\xff\", \"text\": \"\xc3\xa9\\u00e9\"}",
		`{"text": "first", "text": "second"}`,
		`{"id": 1, "id": [2], "text": ""}`,
		`{"quotes": [{"start": 0, "end": 4, "speaker": null}], "text": "x"}`,
		`{"n": 0, "m": -0.0, "k": 1E9, "j": 12e-3, "text": "x"}`,
		// Left to encoding/json, which reads them or says why not.
		`{"ID": 7, "Text": "upper case names match too"}`,
		`{"i\u0064": 7, "text": "an escaped name"}`,
		`{"text": null}`,
		`{"text": 5}`,
		`{"id": 5}`,
		`[1, 2]`,
		`null`,
		`"text"`,
		`{"text": "x"} {}`,
		`{"text": "x",}`,
		`{"text": "x" "id": 1}`,
		`{"text": "unterminated}`,
		`{"text": "bad \x escape"}`,
		`{"text": "bad \u12 escape"}`,
		"{\"text\": \"a control\tcharacter\"}",
		`{"n": 01, "text": "x"}`,
		`{"n": 1., "text": "x"}`,
		`{"n": -, "text": "x"}`,
		`{"n": 1e, "text": "x"}`,
		`{"n": .5, "text": "x"}`,
		`{"n": tru, "text": "x"}`,
		`{"n": [1 2], "text": "x"}`,
		`{"n": {"a" 1}, "text": "x"}`,
		`{"n": {1: 1}, "text": "x"}`,
		`{"text": "x"`,
		`{`,
		``,
		strings.Repeat(`{"a":`, 100) + `1` + strings.Repeat(`}`, 100),
		`{"deep": ` + strings.Repeat(`[`, 200) + strings.Repeat(`]`, 200) + `, "text": "x"}`,
	} {
		checkRecord(t, line)
	}
}

// TestQuickRecordTakes checks that the records corpora hold are read in one
// pass, not left to encoding/json.
func TestQuickRecordTakes(t *testing.T) {
	line := `{"id": "doc-1", "title": "Levee holds", "date": "2026-03-02", "text": "“It held,” Ruiz said.\n\nShe thanked the crews.", ` +
		`"quotes": [{"start": 0, "end": 12, "kind": "direct", "speaker": {"start": 14, "end": 18, "text": "Ruiz"}, "cue": null, "score": 0.5}]}`
	id, text, ok := quickRecord([]byte(line))
	if !ok {
		t.Fatalf("quickRecord(%q) left the line to encoding/json", line)
	}
	got := []string{string(id), text}
	want := []string{`"doc-1"`, "“It held,” Ruiz said.\n\nShe thanked the crews."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quickRecord: (-want +got)\n%s", diff)
	}
}

func FuzzReadRecord(f *testing.F) {
	f.Add(`{"id": 1, "text": "Hale said so."}`)
	f.Add(`{"id": {"a": [1, -2.5e+3, true, null]}, "text": "a\nb \u201c\ud83d\ude00"}`)
	f.Add(`{"text": "\ud83d\ud83d\ude00 \ude00", "Text": 1}`)
	f.Fuzz(func(t *testing.T, line string) {
		checkRecord(t, line)
	})
}

// BenchmarkReadRecord reads a record shaped like those of annotated
// corpora: an article's text among other members, the largest a list of
// annotations.
func BenchmarkReadRecord(b *testing.B) {
	text, err := os.ReadFile(filepath.Join("..", "..", "testdata", "council.txt"))
	if err != nil {
		b.Fatal(err)
	}
	var notes []map[string]any
	for i := range 40 {
		notes = append(notes, map[string]any{
			"start": i * 10, "end": i*10 + 8, "kind": "indirect", "text": "the mayor said the levee \"held\"",
			"speaker": map[string]any{"start": i, "end": i + 4, "text": "Ruiz"}, "cue": nil, "anonymous": false,
		})
	}
	line, err := json.Marshal(map[string]any{"id": "doc-1", "title": "Council votes", "text": string(text), "quotes": notes})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(line)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, reason := readRecord(line); reason != "" {
			b.Fatal(reason)
		}
	}
}
