// Quotes finds quotations in English news text and says who said them.
//
// Usage:
//
//	quotes [-json | -jsonl] [file ...]
//
// Each file is one document. Without files, or for the name "-", quotes
// reads standard input. By default it prints one line per quotation:
//
//	He → Mark Esper  said  direct  120-144  "We will not revive it."
//
// The columns are the speaker, the cue, the kind (direct, mixed or
// indirect), the byte offsets of the quotation in the document and its text,
// with line breaks turned into spaces. An arrow shows the named entity that
// a mention such as a pronoun resolves to; [anonymous] marks an unnamed
// source, and [inherited] a quotation that takes its speaker and cue from the
// one before it. Where the attribution interrupts a quotation the offsets
// list each part: 120-131,141-151. With several files, a header line
// "==> FILE <==" comes before each file's quotations.
//
// The flags are:
//
//	-json
//		Write one JSON object per document, one to a line:
//		{"file": NAME, "quotes": [QUOTE, ...]}, or
//		{"file": NAME, "error": REASON} for a file that cannot be read.
//	-jsonl
//		Read JSON Lines of {"id": ID, "text": TEXT}, each a document, and
//		write one line for each, in input order:
//		{"id": ID, "quotes": [QUOTE, ...]}, or
//		{"id": ID, "error": REASON} for a line that cannot be used.
//		ID may be any JSON value and is echoed as it came; other fields
//		are ignored, and so are blank lines. Documents are processed in
//		parallel on all CPUs.
//
// A QUOTE is one part of a quotation, so a quotation that the attribution
// interrupts ("The plan," he said, "is dead.") gives one QUOTE per part,
// each with the same cue and speaker:
//
//	{"start": 120, "end": 131, "text": "\"The plan,\"",
//	 "kind": "direct" | "mixed" | "indirect",
//	 "cue": {"start": 135, "end": 139, "text": "said", "lemma": "say"} | null,
//	 "speaker": {"start": 132, "end": 134, "text": "he", "kind": "pronoun"} | null,
//	 "entity": "Mark Esper" | null, "entity_id": 1, "anonymous": false,
//	 "confidence": 0.93, "inherited": false}
//
// Offsets count bytes from the start of the document (for -jsonl, of the
// decoded "text"). "cue" is null for a sign-off ("— Mayor Ana Ruiz"),
// "speaker" when no speaker was found, and "entity" when the speaker does not
// resolve to a named person or body; "entity_id" numbers the entities of a
// document from 1 in order of first mention.
//
// On a terminal, quotes shows its progress on standard error.
//
// Quotes reports each file or line it cannot use on standard error and goes
// on with the rest; it then exits with status 1. Bad usage exits with 2.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"text/tabwriter"
	"time"

	"github.com/quotekit/quote"
)

const usage = `usage: quotes [-json | -jsonl] [file ...]

Quotes finds quotations in English news text and says who said them.
Each file, or standard input when there is none, is one document.

By default it prints one line per quotation:
	SPEAKER  CUE  KIND  START-END  TEXT
"He → Mark Esper" shows whom a mention resolves to; [anonymous] marks an
unnamed source, [inherited] a quotation that takes the speaker and cue of
the one before it. Offsets are in bytes.

-json writes one line per document:
	{"file": NAME, "quotes": [QUOTE, ...]}
-jsonl reads lines of {"id": ID, "text": TEXT} and writes, in input order,
	{"id": ID, "quotes": [QUOTE, ...]}  or  {"id": ID, "error": REASON}
where a QUOTE, one per part of a quotation, is
	{"start", "end", "text", "kind",
	 "cue": {"start", "end", "text", "lemma"} | null,
	 "speaker": {"start", "end", "text", "kind"} | null,
	 "entity": NAME | null, "entity_id", "anonymous", "confidence",
	 "inherited"}

Flags:
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole command, with its surroundings passed in so that tests
// can drive it; it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("quotes", flag.ContinueOnError)
	flags.SetOutput(stderr)
	jsonOut := flags.Bool("json", false, "write one JSON object per document")
	jsonl := flags.Bool("jsonl", false, `read and write JSON Lines: {"id", "text"} in, {"id", "quotes"} out`)
	flags.Usage = func() {
		fmt.Fprint(stderr, usage)
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *jsonOut && *jsonl {
		fmt.Fprintln(stderr, "quotes: -json and -jsonl cannot be used together")
		flags.Usage()
		return 2
	}
	names := flags.Args()
	if len(names) == 0 {
		names = []string{"-"}
	}

	x := quote.New()
	m := &meter{w: stderr, live: isTerminal(stderr), start: time.Now()}
	p := newPipeline(runtime.GOMAXPROCS(0), m)
	var produce func()
	switch {
	case *jsonl:
		produce = func() {
			for _, name := range names {
				if err := readJSONL(p, x, name, stdin); err != nil {
					p.put(result{err: err.Error()})
				}
				if p.stopped() {
					return
				}
			}
		}
	default:
		several := len(names) > 1
		produce = func() {
			headed := false // whether a header has been written, so the next one needs a blank line before it
			for _, name := range names {
				text, err := readDoc(name, stdin, &m.bytes)
				var ok bool
				switch {
				case err != nil && *jsonOut:
					ok = p.put(fileFailure(name, err))
				case err != nil:
					ok = p.put(result{err: err.Error()})
				case *jsonOut:
					ok = p.submit(jsonTask(x, name, text))
				default:
					header := ""
					if several {
						header = "==> " + name + " <==\n"
						if headed {
							header = "\n" + header
						}
						headed = true
					}
					ok = p.submit(plainTask(x, name, header, text))
				}
				if !ok {
					return
				}
			}
		}
	}
	return p.drain(produce, stdout)
}

// isTerminal reports whether w is a terminal, where a progress line helps
// rather than litters a log.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// A result is the outcome of one task, written in input order.
type result struct {
	out []byte // for standard output
	err string // for standard error, without the "quotes: " prefix; non-empty makes the exit status 1
}

// A task is one document on its way through the pipeline. Its result channel
// has room for the result, so a worker never waits for the writer.
type task struct {
	do  func() result // nil when res is filled already
	res chan result
}

// A pipeline runs tasks on a pool of workers and writes their results in the
// order the tasks were submitted. The order channel holds the tasks between
// submission and writing; its capacity bounds the tasks in flight, and so the
// memory, to a few documents per worker, however long the input.
type pipeline struct {
	workers int
	work    chan *task
	order   chan *task
	stop    chan struct{} // closed when output fails, to stop reading
	m       *meter
}

func newPipeline(workers int, m *meter) *pipeline {
	return &pipeline{
		workers: workers,
		work:    make(chan *task),
		order:   make(chan *task, workers),
		stop:    make(chan struct{}),
		m:       m,
	}
}

// submit queues do to run on a worker. It reports false once output has
// failed, when the producer should stop.
func (p *pipeline) submit(do func() result) bool {
	t := &task{do: do, res: make(chan result, 1)}
	select {
	case p.order <- t:
	case <-p.stop:
		return false
	}
	select {
	case p.work <- t:
		return true
	case <-p.stop:
		return false
	}
}

// put queues a result that needs no work, such as a read error, in its
// place among the others.
func (p *pipeline) put(r result) bool {
	t := &task{res: make(chan result, 1)}
	t.res <- r
	select {
	case p.order <- t:
		return true
	case <-p.stop:
		return false
	}
}

// stopped reports whether output has failed.
func (p *pipeline) stopped() bool {
	select {
	case <-p.stop:
		return true
	default:
		return false
	}
}

// drain runs produce, which submits tasks, alongside the workers, writes the
// results to w in order and returns the exit status.
func (p *pipeline) drain(produce func(), w io.Writer) int {
	var wg sync.WaitGroup
	for range p.workers {
		wg.Go(func() {
			for t := range p.work {
				t.res <- t.do()
			}
		})
	}
	wg.Go(func() {
		defer close(p.order)
		defer close(p.work)
		produce()
	})
	stopMeter := p.m.run()

	bw := bufio.NewWriterSize(w, 64<<10)
	code := 0
	var werr error
	for t := range p.order {
		if werr != nil {
			// The task may never have reached a worker; only drain.
			continue
		}
		r := <-t.res
		p.m.docs.Add(1)
		if r.err != "" {
			p.m.report(r.err)
			code = 1
		}
		if _, err := bw.Write(r.out); err != nil {
			werr = err
			close(p.stop)
		}
	}
	if werr == nil {
		werr = bw.Flush()
	}
	wg.Wait()
	stopMeter()
	if werr != nil {
		p.m.report(werr.Error())
		code = 1
	}
	return code
}

// A meter counts progress and, on a terminal, keeps it on the last line of
// standard error, below any messages.
type meter struct {
	docs  atomic.Int64 // documents written
	bytes atomic.Int64 // bytes read

	mu    sync.Mutex
	w     io.Writer
	live  bool // whether to draw the progress line
	shown int  // width of the progress line on screen; 0 if none
	start time.Time
}

// run draws the progress line a few times a second until the returned
// function is called, which erases it.
func (m *meter) run() (stop func()) {
	if !m.live {
		return func() {}
	}
	tick := time.NewTicker(250 * time.Millisecond)
	done := make(chan struct{})
	exited := make(chan struct{})
	go func() {
		defer close(exited)
		for {
			select {
			case now := <-tick.C:
				m.draw(now)
			case <-done:
				return
			}
		}
	}()
	return func() {
		tick.Stop()
		close(done)
		<-exited // so that no draw comes after the erase
		m.mu.Lock()
		m.erase()
		m.mu.Unlock()
	}
}

// draw shows the progress as of now.
func (m *meter) draw(now time.Time) {
	m.mu.Lock()
	defer m.mu.Unlock()
	mb := float64(m.bytes.Load()) / 1e6
	rate := 0.0
	if secs := now.Sub(m.start).Seconds(); secs > 0 {
		rate = mb / secs
	}
	line := fmt.Sprintf("quotes: %d documents, %.1f MB read, %.1f MB/s", m.docs.Load(), mb, rate)
	// Pad over what is left of a longer earlier line.
	fmt.Fprintf(m.w, "\r%s%s", line, strings.Repeat(" ", max(m.shown-len(line), 0)))
	m.shown = max(m.shown, len(line))
}

// report writes a message, clearing the progress line first so that the
// message does not run into it; the next draw puts it back.
func (m *meter) report(msg string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.erase()
	fmt.Fprintf(m.w, "quotes: %s\n", msg)
}

// erase clears the progress line; m.mu must be held.
func (m *meter) erase() {
	if m.shown > 0 {
		fmt.Fprintf(m.w, "\r%s\r", strings.Repeat(" ", m.shown))
		m.shown = 0
	}
}

// A countingReader adds the bytes it reads to n, for the progress line.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c countingReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	c.n.Add(int64(n))
	return n, err
}

// readDoc reads the whole of the named file, or stdin for "-".
func readDoc(name string, stdin io.Reader, n *atomic.Int64) (string, error) {
	r := stdin
	var sb strings.Builder
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return "", err
		}
		defer f.Close()
		// Sized up front, the builder holds the document once, not twice
		// over as it grows.
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() < 1<<40 {
			sb.Grow(int(fi.Size()))
		}
		r = f
	}
	if _, err := io.Copy(&sb, countingReader{r, n}); err != nil {
		return "", err
	}
	return sb.String(), nil
}

// readJSONL submits a task for each non-blank line of the named file, or
// stdin for "-". It returns an error only when the input cannot be read; bad
// lines are the tasks' business.
func readJSONL(p *pipeline, x *quote.Extractor, name string, stdin io.Reader) error {
	r := stdin
	label := ""
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
		label = name + ": "
	}
	// ReadBytes, unlike a bufio.Scanner, has no limit on the length of a
	// line: a 100 MB document is a line like any other.
	br := bufio.NewReaderSize(countingReader{r, &p.m.bytes}, 64<<10)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if err != nil && err != io.EOF {
			return err
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\uFEFF")) // a byte order mark, from some Windows editors
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		if len(bytes.TrimSpace(line)) > 0 {
			if !p.submit(jsonlTask(x, fmt.Sprintf("%sline %d", label, n), line)) {
				return nil
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// jsonlTask returns the work for one line of -jsonl input; where says which
// line it is, for messages.
func jsonlTask(x *quote.Extractor, where string, line []byte) func() result {
	return func() result {
		id, text, reason := readRecord(line)
		line = nil // decoded; let it go before extraction
		if reason != "" {
			return lineFailure(where, id, reason)
		}
		qs, err := extract(x, text)
		if err != nil {
			return lineFailure(where, id, err.Error())
		}
		out, err := encodeDoc(id, jsonQuotes(qs))
		if err != nil {
			return lineFailure(where, id, err.Error())
		}
		return result{out: out}
	}
}

// lineFailure returns the result for a line that cannot be used: an error
// line in its place in the output, so the lines after it keep theirs.
func lineFailure(where string, id json.RawMessage, reason string) result {
	out, err := encode(jsonlError{ID: id, Error: reason})
	if err != nil {
		// Unreachable: readRecord took id only as valid JSON, so it encodes.
		out = []byte(`{"id":null,"error":"cannot encode the id"}` + "\n")
	}
	return result{out: out, err: where + ": " + reason}
}

// jsonTask returns the work for one document under -json.
func jsonTask(x *quote.Extractor, name, text string) func() result {
	return func() result {
		qs, err := extract(x, text)
		if err != nil {
			return fileFailure(name, fmt.Errorf("%s: %w", name, err))
		}
		return result{out: encodeFile(name, jsonQuotes(qs))}
	}
}

// fileFailure returns the result for a file that cannot be used under -json:
// an error object in its place in the output. err should name the file, as
// the errors of package os do.
func fileFailure(name string, err error) result {
	out, _ := encode(jsonFileError{File: name, Error: err.Error()}) // strings always encode
	return result{out: out, err: err.Error()}
}

// plainTask returns the work for one document in plain output.
func plainTask(x *quote.Extractor, name, header, text string) func() result {
	return func() result {
		var buf bytes.Buffer
		buf.WriteString(header)
		qs, err := extract(x, text)
		if err != nil {
			return result{out: buf.Bytes(), err: name + ": " + err.Error()}
		}
		writePlain(&buf, qs)
		return result{out: buf.Bytes()}
	}
}

// extract runs the extractor, turning a panic into an error so that one
// document that trips it does not end a long batch.
func extract(x *quote.Extractor, text string) (qs []quote.Quote, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("extractor panicked: %v", e)
		}
	}()
	return x.Extract(text), nil
}

// encode returns v as one line of JSON. Quotation text is news text, full of
// <, > and &, so they are left as they are rather than escaped for HTML.
func encode(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// A jsonlError is the output line for a -jsonl line that cannot be used;
// a nil ID, one that could not be read, encodes as null.
type jsonlError struct {
	ID    json.RawMessage `json:"id"`
	Error string          `json:"error"`
}

// A jsonFileError is the output line under -json for a file that cannot be
// used.
type jsonFileError struct {
	File  string `json:"file"`
	Error string `json:"error"`
}

// A jsonQuote is one part of a quotation in JSON output. The parts of one
// quotation repeat its cue, speaker and the rest.
type jsonQuote struct {
	Start      int          `json:"start"` // byte offsets of the part
	End        int          `json:"end"`
	Text       string       `json:"text"`
	Kind       string       `json:"kind"`
	Cue        *jsonCue     `json:"cue"`        // nil for a sign-off, which has no cue
	Speaker    *jsonSpeaker `json:"speaker"`    // nil when no speaker was found
	Entity     *string      `json:"entity"`     // the resolved name; nil when there is none
	EntityID   int          `json:"entity_id"`  // 0 for no speaker
	Anonymous  bool         `json:"anonymous"`  // whether the source is unnamed
	Confidence float64      `json:"confidence"` // in [0, 1]
	Inherited  bool         `json:"inherited"`  // whether cue and speaker come from the quotation before
}

// A jsonCue is a [quote.Cue] in JSON output.
type jsonCue struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Lemma string `json:"lemma"`
}

// A jsonSpeaker is the mention of a [quote.Speaker] in JSON output.
type jsonSpeaker struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  string `json:"kind"`
}

// jsonQuotes converts quotations to their JSON form, one entry per part. The
// result is never nil.
func jsonQuotes(qs []quote.Quote) []jsonQuote {
	out := make([]jsonQuote, 0, len(qs))
	for _, q := range qs {
		var cue *jsonCue
		if !q.Cue.Span.IsZero() || q.Cue.Text != "" {
			cue = &jsonCue{q.Cue.Span.Start, q.Cue.Span.End, q.Cue.Text, q.Cue.Lemma}
		}
		s := q.Speaker
		var speaker *jsonSpeaker
		if s.Text != "" {
			speaker = &jsonSpeaker{s.Span.Start, s.Span.End, s.Text, s.Kind.String()}
		}
		var entity *string
		if s.Name != "" {
			entity = &s.Name
		}
		parts := q.Parts
		if len(parts) == 0 {
			// Not expected of the extractor, but a quotation must not
			// vanish from the output for want of parts.
			parts = []quote.Part{{Span: q.Span, Text: q.Text}}
		}
		for _, part := range parts {
			out = append(out, jsonQuote{
				Start:      part.Span.Start,
				End:        part.Span.End,
				Text:       part.Text,
				Kind:       q.Kind.String(),
				Cue:        cue,
				Speaker:    speaker,
				Entity:     entity,
				EntityID:   s.Entity,
				Anonymous:  s.Anonymous,
				Confidence: q.Confidence,
				Inherited:  q.Inherited,
			})
		}
	}
	return out
}

// writePlain writes one line for each quotation, in aligned columns.
func writePlain(w io.Writer, qs []quote.Quote) {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	for _, q := range qs {
		cue := orDash(oneLine(q.Cue.Text))
		if q.Inherited {
			cue += " [inherited]"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n",
			speakerLabel(q.Speaker), cue, orDash(q.Kind.String()), offsets(q), oneLine(q.Text))
	}
	tw.Flush()
}

// speakerLabel shows a speaker mention, what it resolves to, and whether
// the source is anonymous: "He → Mark Esper", "a defense official [anonymous]".
func speakerLabel(s quote.Speaker) string {
	label := oneLine(s.Text)
	switch {
	case label == "" && s.Name != "":
		label = oneLine(s.Name)
	case label == "":
		label = "-"
	case s.Name != "" && s.Name != s.Text:
		label += " → " + oneLine(s.Name)
	}
	if s.Anonymous {
		label += " [anonymous]"
	}
	return label
}

// offsets shows the byte span of a quotation, or of each part where there
// are several, since the span between them is not the speaker's words.
func offsets(q quote.Quote) string {
	if len(q.Parts) < 2 {
		return fmt.Sprintf("%d-%d", q.Span.Start, q.Span.End)
	}
	spans := make([]string, len(q.Parts))
	for i, p := range q.Parts {
		spans[i] = fmt.Sprintf("%d-%d", p.Span.Start, p.Span.End)
	}
	return strings.Join(spans, ",")
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// lineBreaks turns what would break a line, or a tabwriter column, into a
// space.
var lineBreaks = strings.NewReplacer(
	"\r\n", " ", "\n", " ", "\r", " ", "\t", " ", "\v", " ", "\f", " ",
	"\u0085", " ", "\u2028", " ", "\u2029", " ",
)

// oneLine returns s fit for one line of plain output. Invalid UTF-8 is
// replaced too: a 0xFF byte would start a tabwriter escape and swallow the
// columns after it.
func oneLine(s string) string {
	return lineBreaks.Replace(strings.ToValidUTF8(s, "\uFFFD"))
}
