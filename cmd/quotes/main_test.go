package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/quotekit/quote"
)

// The extractor is written alongside this command and may find anything or
// nothing, so these tests check what the command does with whatever it finds:
// order, ids, errors, shapes. Where they look at quotations, they compare
// with quote.Extract's own answer.

// runQuotes runs the command and returns its exit status, standard output
// and standard error.
func runQuotes(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// An outLine is a readable projection of a -jsonl output line that does not
// depend on what the extractor finds.
type outLine struct {
	ID     string // as written
	Quotes bool   // whether "quotes" is an array
	Error  string
}

func parseJSONL(t *testing.T, out string) []outLine {
	t.Helper()
	var lines []outLine
	for line := range strings.Lines(out) {
		var v struct {
			ID     json.RawMessage `json:"id"`
			Quotes json.RawMessage `json:"quotes"`
			Error  string          `json:"error"`
		}
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatalf("output line %q: %v", line, err)
		}
		lines = append(lines, outLine{
			ID:     string(v.ID),
			Quotes: bytes.HasPrefix(v.Quotes, []byte("[")),
			Error:  normalize(v.Error),
		})
	}
	return lines
}

// jsonSyntax matches the reason encoding/json gives for bad syntax, whose
// wording is the standard library's business.
var jsonSyntax = regexp.MustCompile(`(invalid JSON): .*`)

func normalize(s string) string { return jsonSyntax.ReplaceAllString(s, "$1") }

func TestJSONL(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		want       []outLine
		wantStderr string
		wantCode   int
	}{{
		name: "ids of every kind echoed",
		in: `{"id":1,"text":"a"}
{"id":"doc-2","text":"b","lang":"en"}
{"id":2.50,"text":"c"}
{"id":{"feed":"ap","n":[1,2]},"text":"d"}
{"text":"no id"}
{"id":null,"text":"e"}
{"id":"<&>","text":"f"}
`,
		want: []outLine{
			{ID: "1", Quotes: true},
			{ID: `"doc-2"`, Quotes: true},
			{ID: "2.50", Quotes: true},
			{ID: `{"feed":"ap","n":[1,2]}`, Quotes: true},
			{ID: "null", Quotes: true},
			{ID: "null", Quotes: true},
			{ID: `"<&>"`, Quotes: true},
		},
	}, {
		name: "blank lines skipped but counted",
		in:   "\n{\"id\":1,\"text\":\"a\"}\n   \n\t\n{\"id\":2,\"text\":3}\n\n",
		want: []outLine{
			{ID: "1", Quotes: true},
			{ID: "2", Error: `"text" is not a string`},
		},
		wantStderr: "quotes: line 5: \"text\" is not a string\n",
		wantCode:   1,
	}, {
		name: "malformed lines reported in place",
		in: `{"id":"a","text":"ok"}
{"id":"b","text":
{"id":"c"}
{"id":"d","text":5}
{"id":"e","text":null}
{"id":"f","text":["x"]}
[1,2]
"just a string"
not json

{"id":"g","text":"still processed"}
`,
		want: []outLine{
			{ID: `"a"`, Quotes: true},
			{ID: "null", Error: "invalid JSON"},
			{ID: `"c"`, Error: `no "text" string`},
			{ID: `"d"`, Error: `"text" is not a string`},
			{ID: `"e"`, Error: `no "text" string`},
			{ID: `"f"`, Error: `"text" is not a string`},
			{ID: "null", Error: "not a JSON object"},
			{ID: "null", Error: "not a JSON object"},
			{ID: "null", Error: "invalid JSON"},
			{ID: `"g"`, Quotes: true},
		},
		wantStderr: `quotes: line 2: invalid JSON
quotes: line 3: no "text" string
quotes: line 4: "text" is not a string
quotes: line 5: no "text" string
quotes: line 6: "text" is not a string
quotes: line 7: not a JSON object
quotes: line 8: not a JSON object
quotes: line 9: invalid JSON
`,
		wantCode: 1,
	}, {
		name: "CRLF line endings",
		in:   "{\"id\":1,\"text\":\"a\"}\r\n\r\n{\"id\":2,\"text\":\"b\"}\r\nbad\r\n",
		want: []outLine{
			{ID: "1", Quotes: true},
			{ID: "2", Quotes: true},
			{ID: "null", Error: "invalid JSON"},
		},
		wantStderr: "quotes: line 4: invalid JSON\n",
		wantCode:   1,
	}, {
		name: "last line without newline",
		in:   `{"id":1,"text":"a"}` + "\n" + `{"id":2,"text":"b"}`,
		want: []outLine{{ID: "1", Quotes: true}, {ID: "2", Quotes: true}},
	}, {
		name: "byte order mark",
		in:   "\uFEFF{\"id\":1,\"text\":\"a\"}\n",
		want: []outLine{{ID: "1", Quotes: true}},
	}, {
		name: "empty input",
		in:   "",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runQuotes(t, tt.in, "-jsonl")
			if code != tt.wantCode {
				t.Errorf("exit status %d, want %d", code, tt.wantCode)
			}
			if diff := cmp.Diff(tt.want, parseJSONL(t, stdout)); diff != "" {
				t.Errorf("output mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantStderr, normalize(stderr)); diff != "" {
				t.Errorf("stderr mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestJSONLNoQuotes(t *testing.T) {
	// Empty text has no quotations, whatever the extractor.
	in := `{"id":7,"text":""}` + "\n" + `{"id":"x","text":"   "}` + "\n"
	want := `{"id":7,"quotes":[]}` + "\n" + `{"id":"x","quotes":[]}` + "\n"
	code, stdout, stderr := runQuotes(t, in, "-jsonl")
	if code != 0 || stderr != "" {
		t.Errorf("exit status %d, stderr %q; want 0 and none", code, stderr)
	}
	if diff := cmp.Diff(want, stdout); diff != "" {
		t.Errorf("output mismatch (-want +got):\n%s", diff)
	}
}

func TestJSONLOrder(t *testing.T) {
	// Documents of very different sizes finish out of order on the workers;
	// the output must not.
	const n = 500
	var in strings.Builder
	var want []outLine
	for i := range n {
		id := fmt.Sprint(i)
		if i%2 == 1 {
			id = fmt.Sprintf(`"s%d"`, i)
		}
		text := fmt.Sprintf(`Document %d. "It works," she said.`, i)
		if i%7 == 0 {
			text = strings.Repeat(text+" ", 300)
		}
		line, err := json.Marshal(map[string]any{"id": json.RawMessage(id), "text": text})
		if err != nil {
			t.Fatal(err)
		}
		in.Write(line)
		in.WriteString("\n")
		want = append(want, outLine{ID: id, Quotes: true})
	}
	code, stdout, stderr := runQuotes(t, in.String(), "-jsonl")
	if code != 0 || stderr != "" {
		t.Errorf("exit status %d, stderr %q; want 0 and none", code, stderr)
	}
	if diff := cmp.Diff(want, parseJSONL(t, stdout)); diff != "" {
		t.Errorf("output mismatch (-want +got):\n%s", diff)
	}
}

func TestJSONLLongLine(t *testing.T) {
	// The line is well past bufio.Scanner's 64 KiB and the reader's own
	// buffer. Most of it is a field the command ignores, so the test is of
	// reading, not of how fast the extractor gets through megabytes; the
	// text alone is still past 64 KiB.
	text := strings.Repeat("The minister spoke to the council on Tuesday. ", 100<<10/46)
	pad := strings.Repeat("x", 2<<20)
	long := `{"id":"long","pad":"` + pad + `","text":"` + text + `"}`
	in := `{"id":"short","text":"a"}` + "\n" + long + "\n" + `{"id":"after","text":"b"}` + "\n"
	code, stdout, stderr := runQuotes(t, in, "-jsonl")
	if code != 0 || stderr != "" {
		t.Errorf("exit status %d, stderr %q; want 0 and none", code, stderr)
	}
	want := []outLine{
		{ID: `"short"`, Quotes: true},
		{ID: `"long"`, Quotes: true},
		{ID: `"after"`, Quotes: true},
	}
	if diff := cmp.Diff(want, parseJSONL(t, stdout)); diff != "" {
		t.Errorf("output mismatch (-want +got):\n%s", diff)
	}
}

// texts are news-like documents for the tests that compare with the
// extractor's own answer.
var texts = []string{
	`"The plan is dead," Defense Secretary Mark Esper told reporters on Tuesday. "We will not revive it." He said the decision was final.`,
	"A U.S. defense official, who spoke on condition of anonymity, said the talks had stalled.\r\n\r\n\"We are not there yet,\" the official said.",
	"“Everything is on the table,” she said. According to the company, sales rose 4% <in Q3> & more.",
	"",
}

func TestJSONLMatchesExtract(t *testing.T) {
	var in strings.Builder
	for i, text := range texts {
		line, err := json.Marshal(map[string]any{"id": i, "text": text})
		if err != nil {
			t.Fatal(err)
		}
		in.Write(line)
		in.WriteString("\n")
	}
	code, stdout, stderr := runQuotes(t, in.String(), "-jsonl")
	if code != 0 || stderr != "" {
		t.Errorf("exit status %d, stderr %q; want 0 and none", code, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if len(lines) != len(texts) {
		t.Fatalf("got %d output lines, want %d:\n%s", len(lines), len(texts), stdout)
	}
	for i, text := range texts {
		var got struct {
			ID     int         `json:"id"`
			Quotes []jsonQuote `json:"quotes"`
		}
		if err := json.Unmarshal([]byte(lines[i]), &got); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if got.ID != i {
			t.Errorf("line %d: id %d, want %d", i+1, got.ID, i)
		}
		if diff := cmp.Diff(jsonQuotes(quote.Extract(text)), got.Quotes); diff != "" {
			t.Errorf("line %d: quotes mismatch (-want +got):\n%s", i+1, diff)
		}
	}
}

// writeFiles writes each text to a file of its own in a temporary directory
// and returns the names.
func writeFiles(t *testing.T, texts ...string) []string {
	t.Helper()
	dir := t.TempDir()
	var names []string
	for i, text := range texts {
		name := filepath.Join(dir, fmt.Sprintf("doc%d.txt", i))
		if err := os.WriteFile(name, []byte(text), 0o666); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	return names
}

func TestJSONLFiles(t *testing.T) {
	names := writeFiles(t,
		`{"id":1,"text":"a"}`+"\n"+`bad`+"\n",
		`{"id":2,"text":"b"}`+"\n",
	)
	missing := filepath.Join(filepath.Dir(names[0]), "missing.jsonl")
	code, stdout, stderr := runQuotes(t, "", "-jsonl", names[0], missing, names[1])
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	want := []outLine{
		{ID: "1", Quotes: true},
		{ID: "null", Error: "invalid JSON"},
		{ID: "2", Quotes: true},
	}
	if diff := cmp.Diff(want, parseJSONL(t, stdout)); diff != "" {
		t.Errorf("output mismatch (-want +got):\n%s", diff)
	}
	wantStderr := []string{
		"quotes: " + names[0] + ": line 2: invalid JSON",
		"quotes: open " + missing + ": " + errNotExist(t),
	}
	if diff := cmp.Diff(wantStderr, strings.Split(strings.TrimSuffix(normalize(stderr), "\n"), "\n")); diff != "" {
		t.Errorf("stderr mismatch (-want +got):\n%s", diff)
	}
}

// errNotExist returns the system's wording for a missing file.
func errNotExist(t *testing.T) string {
	t.Helper()
	_, err := os.Open(filepath.Join(t.TempDir(), "none"))
	var pe *os.PathError
	if !errors.As(err, &pe) {
		t.Fatalf("opening a missing file: %v", err)
	}
	return pe.Err.Error()
}

func TestJSON(t *testing.T) {
	names := writeFiles(t, texts...)
	missing := filepath.Join(filepath.Dir(names[0]), "missing.txt")
	args := append([]string{"-json", names[0], missing}, names[1:]...)
	code, stdout, stderr := runQuotes(t, "", args...)
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	wantStderr := "quotes: open " + missing + ": " + errNotExist(t) + "\n"
	if diff := cmp.Diff(wantStderr, stderr); diff != "" {
		t.Errorf("stderr mismatch (-want +got):\n%s", diff)
	}

	type doc struct {
		File   string
		Quotes []jsonQuote
		Error  string
	}
	var want []doc
	for i, text := range texts {
		if i == 1 {
			want = append(want, doc{File: missing, Error: "open " + missing + ": " + errNotExist(t)})
		}
		want = append(want, doc{File: names[i], Quotes: jsonQuotes(quote.Extract(text))})
	}
	var got []doc
	for line := range strings.Lines(stdout) {
		var d doc
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("output line %q: %v", line, err)
		}
		got = append(got, d)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("output mismatch (-want +got):\n%s", diff)
	}

	// The last text is empty, so its line shows the exact shape.
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	wantLast := `{"file":` + string(must(json.Marshal(names[len(names)-1]))) + `,"quotes":[]}`
	if diff := cmp.Diff(wantLast, lines[len(lines)-1]); diff != "" {
		t.Errorf("empty document mismatch (-want +got):\n%s", diff)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// plain returns what writePlain writes for the quotations in text.
func plain(text string) string {
	var buf bytes.Buffer
	writePlain(&buf, quote.Extract(text))
	return buf.String()
}

func TestPlain(t *testing.T) {
	names := writeFiles(t, texts...)
	missing := filepath.Join(filepath.Dir(names[0]), "missing.txt")
	tests := []struct {
		name       string
		args       []string
		stdin      string
		want       string
		wantStderr string
		wantCode   int
	}{{
		name: "one file, no header",
		args: names[:1],
		want: plain(texts[0]),
	}, {
		name:  "stdin",
		stdin: texts[1],
		want:  plain(texts[1]),
	}, {
		name:  "stdin as -",
		args:  []string{"-"},
		stdin: texts[2],
		want:  plain(texts[2]),
	}, {
		name: "several files with headers",
		args: names[:3],
		want: "==> " + names[0] + " <==\n" + plain(texts[0]) +
			"\n==> " + names[1] + " <==\n" + plain(texts[1]) +
			"\n==> " + names[2] + " <==\n" + plain(texts[2]),
	}, {
		name: "missing file",
		args: []string{missing, names[0], missing, names[3]},
		want: "==> " + names[0] + " <==\n" + plain(texts[0]) +
			"\n==> " + names[3] + " <==\n",
		wantStderr: strings.Repeat("quotes: open "+missing+": "+errNotExist(t)+"\n", 2),
		wantCode:   1,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runQuotes(t, tt.stdin, tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit status %d, want %d", code, tt.wantCode)
			}
			if diff := cmp.Diff(tt.want, stdout); diff != "" {
				t.Errorf("output mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantStderr, stderr); diff != "" {
				t.Errorf("stderr mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// handBuilt are quotations of every shape, made without the extractor, from
//
//	"The plan," he said, "is dead." — Mayor Ana Ruiz. Officials said it was over.
//	"It's over."
var handBuilt = []quote.Quote{{
	Span: quote.Span{Start: 0, End: 31},
	Text: `"The plan," he said, "is dead."`,
	Parts: []quote.Part{
		{Span: quote.Span{Start: 0, End: 11}, Text: `"The plan,"`},
		{Span: quote.Span{Start: 21, End: 31}, Text: `"is dead."`},
	},
	Kind: quote.Direct,
	Cue:  quote.Cue{Span: quote.Span{Start: 15, End: 19}, Text: "said", Lemma: "say"},
	Speaker: quote.Speaker{
		Span: quote.Span{Start: 12, End: 14}, Text: "he", Kind: quote.Pronoun,
		Name: "Mark Esper", Entity: 1,
	},
	Confidence: 0.9,
}, {
	Span:  quote.Span{Start: 32, End: 38},
	Text:  "Signed\noff",
	Parts: []quote.Part{{Span: quote.Span{Start: 32, End: 38}, Text: "Signed\noff"}},
	Kind:  quote.Direct,
	Speaker: quote.Speaker{
		Span: quote.Span{Start: 41, End: 55}, Text: "Mayor Ana Ruiz", Kind: quote.Name,
		Name: "Ana Ruiz", Entity: 2,
	},
	Confidence: 0.5,
}, {
	Span:  quote.Span{Start: 57, End: 80},
	Text:  "it was over",
	Parts: []quote.Part{{Span: quote.Span{Start: 57, End: 80}, Text: "it was over"}},
	Kind:  quote.Indirect,
	Cue:   quote.Cue{Span: quote.Span{Start: 67, End: 71}, Text: "said", Lemma: "say"},
	Speaker: quote.Speaker{
		Span: quote.Span{Start: 57, End: 66}, Text: "Officials", Kind: quote.Description,
		Entity: 3, Anonymous: true,
	},
	Confidence: 0.75,
}, {
	Span:       quote.Span{Start: 82, End: 94},
	Text:       `"It's over."`,
	Kind:       quote.Mixed,
	Cue:        quote.Cue{Span: quote.Span{Start: 67, End: 71}, Text: "said", Lemma: "say"},
	Confidence: 0.25,
	Inherited:  true,
}}

func TestJSONQuotes(t *testing.T) {
	said := &jsonCue{Start: 15, End: 19, Text: "said", Lemma: "say"}
	he := &jsonSpeaker{Start: 12, End: 14, Text: "he", Kind: "pronoun"}
	esper := "Mark Esper"
	ruiz := "Ana Ruiz"
	tests := []struct {
		name string
		in   []quote.Quote
		want []jsonQuote
	}{{
		name: "nil",
		in:   nil,
		want: []jsonQuote{},
	}, {
		name: "two parts share the cue",
		in:   handBuilt[:1],
		want: []jsonQuote{
			{Start: 0, End: 11, Text: `"The plan,"`, Kind: "direct", Cue: said, Speaker: he, Entity: &esper, EntityID: 1, Confidence: 0.9},
			{Start: 21, End: 31, Text: `"is dead."`, Kind: "direct", Cue: said, Speaker: he, Entity: &esper, EntityID: 1, Confidence: 0.9},
		},
	}, {
		name: "sign-off has no cue",
		in:   handBuilt[1:2],
		want: []jsonQuote{{
			Start: 32, End: 38, Text: "Signed\noff", Kind: "direct",
			Speaker: &jsonSpeaker{Start: 41, End: 55, Text: "Mayor Ana Ruiz", Kind: "name"},
			Entity:  &ruiz, EntityID: 2, Confidence: 0.5,
		}},
	}, {
		name: "anonymous source has no entity",
		in:   handBuilt[2:3],
		want: []jsonQuote{{
			Start: 57, End: 80, Text: "it was over", Kind: "indirect",
			Cue:      &jsonCue{Start: 67, End: 71, Text: "said", Lemma: "say"},
			Speaker:  &jsonSpeaker{Start: 57, End: 66, Text: "Officials", Kind: "description"},
			EntityID: 3, Anonymous: true, Confidence: 0.75,
		}},
	}, {
		name: "no speaker and no parts",
		in:   handBuilt[3:],
		want: []jsonQuote{{
			Start: 82, End: 94, Text: `"It's over."`, Kind: "mixed",
			Cue:        &jsonCue{Start: 67, End: 71, Text: "said", Lemma: "say"},
			Confidence: 0.25, Inherited: true,
		}},
	}, {
		name: "cue with a span but no text",
		in:   []quote.Quote{{Span: quote.Span{Start: 1, End: 2}, Text: "x", Cue: quote.Cue{Span: quote.Span{Start: 3, End: 4}}}},
		want: []jsonQuote{{Start: 1, End: 2, Text: "x", Cue: &jsonCue{Start: 3, End: 4}}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, jsonQuotes(tt.in)); diff != "" {
				t.Errorf("jsonQuotes mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestJSONQuotesEncoding(t *testing.T) {
	// The field names, nulls and number forms are what users parse.
	want := `{"id":"a","quotes":[` +
		`{"start":0,"end":11,"text":"\"The plan,\"","kind":"direct","cue":{"start":15,"end":19,"text":"said","lemma":"say"},"speaker":{"start":12,"end":14,"text":"he","kind":"pronoun"},"entity":"Mark Esper","entity_id":1,"anonymous":false,"confidence":0.9,"inherited":false},` +
		`{"start":21,"end":31,"text":"\"is dead.\"","kind":"direct","cue":{"start":15,"end":19,"text":"said","lemma":"say"},"speaker":{"start":12,"end":14,"text":"he","kind":"pronoun"},"entity":"Mark Esper","entity_id":1,"anonymous":false,"confidence":0.9,"inherited":false},` +
		`{"start":32,"end":38,"text":"Signed\noff","kind":"direct","cue":null,"speaker":{"start":41,"end":55,"text":"Mayor Ana Ruiz","kind":"name"},"entity":"Ana Ruiz","entity_id":2,"anonymous":false,"confidence":0.5,"inherited":false},` +
		`{"start":57,"end":80,"text":"it was over","kind":"indirect","cue":{"start":67,"end":71,"text":"said","lemma":"say"},"speaker":{"start":57,"end":66,"text":"Officials","kind":"description"},"entity":null,"entity_id":3,"anonymous":true,"confidence":0.75,"inherited":false},` +
		`{"start":82,"end":94,"text":"\"It's over.\"","kind":"mixed","cue":{"start":67,"end":71,"text":"said","lemma":"say"},"speaker":null,"entity":null,"entity_id":0,"anonymous":false,"confidence":0.25,"inherited":true}` +
		"]}\n"
	got, err := encodeDoc(json.RawMessage(`"a"`), jsonQuotes(handBuilt))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("encoding mismatch (-want +got):\n%s", diff)
	}
}

func TestWritePlain(t *testing.T) {
	tests := []struct {
		name string
		in   []quote.Quote
		want string
	}{{
		name: "none",
		in:   nil,
		want: "",
	}, {
		name: "every shape",
		in:   handBuilt,
		want: `he → Mark Esper            said              direct    0-11,21-31  "The plan," he said, "is dead."
Mayor Ana Ruiz → Ana Ruiz  -                 direct    32-38       Signed off
Officials [anonymous]      said              indirect  57-80       it was over
-                          said [inherited]  mixed     82-94       "It's over."
`,
	}, {
		name: "odd text kept to one line",
		in: []quote.Quote{{
			Span: quote.Span{Start: 0, End: 9}, Text: "a\tb\r\nc\xffd\u2028e",
			Speaker: quote.Speaker{Text: "the\nminister", Name: "Jo Bloggs", Anonymous: true},
		}},
		want: "the minister → Jo Bloggs [anonymous]  -  -  0-9  a b c\uFFFDd e\n",
	}, {
		name: "name without a mention",
		in:   []quote.Quote{{Speaker: quote.Speaker{Name: "Jo Bloggs"}, Cue: quote.Cue{Text: "said"}, Kind: quote.Direct}},
		want: "Jo Bloggs  said  direct  0-0  \n",
	}, {
		name: "mention that is the name",
		in:   []quote.Quote{{Speaker: quote.Speaker{Text: "Jo Bloggs", Name: "Jo Bloggs"}, Kind: quote.Direct}},
		want: "Jo Bloggs  -  direct  0-0  \n",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			writePlain(&buf, tt.in)
			if diff := cmp.Diff(tt.want, buf.String()); diff != "" {
				t.Errorf("writePlain mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStderr string // a line the usage must contain
	}{
		{"help", []string{"-h"}, 0, "usage: quotes [-json | -jsonl] [file ...]"},
		{"both formats", []string{"-json", "-jsonl"}, 2, "quotes: -json and -jsonl cannot be used together"},
		{"unknown flag", []string{"-xml"}, 2, "flag provided but not defined: -xml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runQuotes(t, "", tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit status %d, want %d", code, tt.wantCode)
			}
			if stdout != "" {
				t.Errorf("stdout = %q, want none", stdout)
			}
			if !strings.Contains(stderr, tt.wantStderr+"\n") {
				t.Errorf("stderr lacks %q:\n%s", tt.wantStderr, stderr)
			}
			if !strings.Contains(stderr, "-jsonl") {
				t.Errorf("stderr lacks the usage:\n%s", stderr)
			}
		})
	}
}

// failingWriter fails every write, like a full disk.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteError(t *testing.T) {
	// More output than the write buffer holds, so that the failure comes
	// mid-stream and reading must stop rather than hang.
	var in strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&in, `{"id":"%d-%s","text":"a"}`+"\n", i, strings.Repeat("x", 100))
	}
	var stderr bytes.Buffer
	done := make(chan int)
	go func() { done <- run([]string{"-jsonl"}, strings.NewReader(in.String()), failingWriter{}, &stderr) }()
	select {
	case code := <-done:
		if code != 1 {
			t.Errorf("exit status %d, want 1", code)
		}
		if diff := cmp.Diff("quotes: disk full\n", stderr.String()); diff != "" {
			t.Errorf("stderr mismatch (-want +got):\n%s", diff)
		}
	case <-time.After(time.Minute):
		t.Fatal("run did not return after a write error")
	}
}

func TestMeter(t *testing.T) {
	var buf bytes.Buffer
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	m := &meter{w: &buf, live: true, start: start}
	m.docs.Store(1234)
	m.bytes.Store(3_000_000)
	m.draw(start.Add(2 * time.Second))
	m.docs.Store(1235)
	m.draw(start.Add(3 * time.Second))
	m.report("line 9: bad")
	m.erase()
	line1 := "quotes: 1234 documents, 3.0 MB read, 1.5 MB/s"
	line2 := "quotes: 1235 documents, 3.0 MB read, 1.0 MB/s"
	blank := strings.Repeat(" ", len(line1))
	want := "\r" + line1 + "\r" + line2 + "\r" + blank + "\r" + "quotes: line 9: bad\n"
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("meter output mismatch (-want +got):\n%q", diff)
	}
}
