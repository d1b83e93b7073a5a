// Command quotes-eval scores the quote extractor against gold annotations
// and shows its errors.
//
// Usage:
//
//	go run ./cmd/quotes-eval [flags] GOLD.jsonl
//
// It runs quote.Extract on every gold document (in parallel), scores the
// result with the rules of the shared reference scorer score.py, whose
// summary it prints in the same format, and then counts the errors by class:
//
//	missed-direct, missed-mixed, missed-indirect
//	                 speech gold with no strict match: "boundary" where a loose
//	                 match exists, "missed" where none does
//	boundary         gold matched at loose but not at strict
//	false-positive   system attribution matching no gold at loose, by kind
//	speaker          strict pair whose speaker does not overlap the gold's
//	                 (gold-null: the gold has none and the system has one)
//	cue              strict pair whose cue does not overlap the gold's
//
// followed by tables of the gold cues most often missed and the system cue
// lemmas most often behind false positives.
//
// Flags:
//
//	-show CLASS   print examples of CLASS (a comma-separated list, a prefix
//	              such as "missed", or "all"), with their paragraph marked up:
//	              content [[ ]], speaker {{ }}, cue << >>
//	-n N          examples per class (default 10; 0 for all)
//	-seed N       a reproducible random sample instead of the first N
//	-grep WORD    only examples whose context contains WORD (any case)
//	-top N        rows in the cue tables (default 30)
//	-sys FILE     score a system JSONL file instead of running the extractor
//	-write FILE   write the system JSONL that was scored (to check with score.py)
//	-json         print only the scores, as score.py --json does
//	-min-confidence F, -indirect=false
//	              extractor options (quote.MinConfidence, quote.IndirectSpeech)
//
// To check that this scorer still agrees with score.py:
//
//	go run ./cmd/quotes-eval -write sys.jsonl GOLD.jsonl
//	python3 score.py GOLD.jsonl sys.jsonl
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
	"runtime/debug"
	"sync"

	"github.com/quotekit/quote"
)

func main() {
	var (
		sysPath  = flag.String("sys", "", "score this system JSONL `file` instead of running the extractor")
		writeTo  = flag.String("write", "", "write the scored system JSONL to `file`")
		jsonOut  = flag.Bool("json", false, "print only the scores as JSON, like score.py --json")
		show     = flag.String("show", "", "print examples of these error `classes` (comma-separated, prefix, or all)")
		n        = flag.Int("n", 10, "examples per class; 0 for all")
		seed     = flag.Uint64("seed", 0, "if non-zero, show a random sample drawn with this seed")
		grep     = flag.String("grep", "", "show only examples whose context contains `word` (any case)")
		top      = flag.Int("top", 30, "rows in the cue tables")
		minConf  = flag.Float64("min-confidence", 0, "extractor option quote.MinConfidence")
		indirect = flag.Bool("indirect", true, "extractor option quote.IndirectSpeech")
	)
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: quotes-eval [flags] GOLD.jsonl")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	var shown []string
	if *show != "" {
		var err error
		if shown, err = selectClasses(*show); err != nil {
			fail(err)
		}
	}

	docs, err := readGold(flag.Arg(0))
	if err != nil {
		fail(err)
	}
	var recs [][]sysRecord
	failed := 0
	if *sysPath != "" {
		recs, err = readSystem(*sysPath, docs)
		if err != nil {
			fail(err)
		}
	} else {
		x := quote.New(quote.MinConfidence(*minConf), quote.IndirectSpeech(*indirect))
		recs, failed = extractAll(x, docs)
	}
	if *writeTo != "" {
		if err := writeSystem(*writeTo, docs, recs); err != nil {
			fail(err)
		}
	}

	ms := make([]docMatch, len(docs))
	for i, d := range docs {
		ms[i] = matchDoc(d, recs[i])
	}
	scores := score(ms)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	if *jsonOut {
		enc := json.NewEncoder(w)
		enc.SetIndent("", " ")
		enc.Encode(scores)
	} else {
		printScores(w, scores)
		var exs []example
		for i := range ms {
			exs = append(exs, classify(&ms[i])...)
		}
		printClassCounts(w, exs)
		printCueTables(w, ms, exs, *top)
		for _, c := range shown {
			printExamples(w, c, exs, showOptions{N: *n, Seed: *seed, Grep: *grep})
		}
	}
	if failed > 0 {
		w.Flush()
		fail(fmt.Errorf("the extractor panicked on %d documents (scored as finding nothing)", failed))
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "quotes-eval:", err)
	os.Exit(1)
}

// readLines calls f on each non-blank line of the file.
func readLines(path string, f func(line []byte) error) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	r := bufio.NewReader(file)
	for lineNo := 1; ; lineNo++ {
		line, err := r.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			if err := f(line); err != nil {
				return fmt.Errorf("%s:%d: %v", path, lineNo, err)
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// readGold reads the gold documents in file order.
func readGold(path string) ([]*doc, error) {
	var docs []*doc
	err := readLines(path, func(line []byte) error {
		var g goldDocJSON
		if err := json.Unmarshal(line, &g); err != nil {
			return err
		}
		docs = append(docs, newDoc(&g))
		return nil
	})
	return docs, err
}

// sysDocJSON is one line of a system file.
type sysDocJSON struct {
	ID     json.RawMessage `json:"id"`
	Quotes []sysRecord     `json:"quotes"`
}

// readSystem reads a system file and returns each gold document's records.
// As in score.py, a later line for the same id wins, and a document missing
// from the file has no quotes.
func readSystem(path string, docs []*doc) ([][]sysRecord, error) {
	byID := map[string][]sysRecord{}
	err := readLines(path, func(line []byte) error {
		var s sysDocJSON
		if err := json.Unmarshal(line, &s); err != nil {
			return err
		}
		byID[idKey(s.ID)] = s.Quotes
		return nil
	})
	out := make([][]sysRecord, len(docs))
	for i, d := range docs {
		out[i] = byID[d.Key]
	}
	return out, err
}

// writeSystem writes records in the system file shape, one line per document.
func writeSystem(path string, docs []*doc, recs [][]sysRecord) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for i, d := range docs {
		quotes := recs[i]
		if quotes == nil {
			quotes = []sysRecord{}
		}
		if err := enc.Encode(sysDocJSON{ID: d.RawID, Quotes: quotes}); err != nil {
			f.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// extractAll runs the extractor on every document over GOMAXPROCS workers and
// returns the records in document order, with the number of documents on
// which it panicked.
func extractAll(x *quote.Extractor, docs []*doc) ([][]sysRecord, int) {
	out := make([][]sysRecord, len(docs))
	failed := make([]bool, len(docs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				qs, ok := extractSafe(x, docs[i])
				out[i], failed[i] = records(qs), !ok
			}
		})
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	nFailed := 0
	for _, f := range failed {
		if f {
			nFailed++
		}
	}
	return out, nFailed
}

// extractSafe runs the extractor on one document. The extractor is under
// development, so a panic is reported with the document's id and the run
// goes on, rather than losing the whole evaluation.
func extractSafe(x *quote.Extractor, d *doc) (qs []quote.Quote, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(os.Stderr, "quotes-eval: panic on document %s: %v\n%s\n", d.ID, r, debug.Stack())
			qs, ok = nil, false
		}
	}()
	return x.Extract(string(d.Text)), true
}

// records converts quotes to system records. A quote with a cue is written
// part by part, so the words of an interrupting attribution ("The plan," he
// said, "is dead.") are not counted as content; score.py merges the parts
// again by their shared cue. A quote without a cue (a sign-off) would not be
// merged, so it is written whole.
func records(qs []quote.Quote) []sysRecord {
	var out []sysRecord
	for _, q := range qs {
		base := sysRecord{
			Kind:      q.Kind.String(),
			Speaker:   optSpan(q.Speaker.Span, q.Speaker.Text),
			Cue:       optSpan(q.Cue.Span, q.Cue.Text),
			Anonymous: &q.Speaker.Anonymous,
			Lemma:     q.Cue.Lemma,
		}
		if q.Speaker.Name != "" {
			base.Entity = &q.Speaker.Name
		}
		parts := []quote.Span{q.Span}
		if !q.Cue.Span.IsZero() && len(q.Parts) > 0 {
			parts = parts[:0]
			for _, p := range q.Parts {
				parts = append(parts, p.Span)
			}
		}
		for _, sp := range parts {
			r := base
			r.Start, r.End = offset(sp.Start), offset(sp.End)
			out = append(out, r)
		}
	}
	return out
}

// optSpan converts a span of the quote package; the zero Span is absent.
func optSpan(sp quote.Span, text string) *spanJSON {
	if sp.IsZero() {
		return nil
	}
	s, e := offset(sp.Start), offset(sp.End)
	return &spanJSON{Start: &s, End: &e, Text: text}
}

// printScores prints the summary exactly as score.py's show() does.
func printScores(w io.Writer, r *Scores) {
	pct := func(x float64) string { return fmt.Sprintf("%5.1f", 100*x) }
	fmt.Fprintf(w, "documents %d   gold %d (speech %d)   predicted %d\n", r.Documents, r.Gold, r.GoldSpeech, r.Predicted)
	fmt.Fprintf(w, "%-7s %6s %6s %6s  %6s %6s %6s %6s  %6s\n", "match", "P", "R", "F1", "R-all", "R-dir", "R-mix", "R-ind", "attrF1")
	levels := []*LevelScores{&r.Exact, &r.Strict, &r.Loose}
	for t, th := range thresholds {
		m := levels[t]
		fmt.Fprintf(w, "%-7s %6s %6s %6s  %6s %6s %6s %6s  %6s\n", th.Name, pct(m.Precision), pct(m.RecallSpeech), pct(m.F1Speech),
			pct(m.RecallAll), pct(m.RecallDirect), pct(m.RecallMixed), pct(m.RecallIndirect), pct(m.AttributionF1))
	}
	fmt.Fprintf(w, "speaker (loose pairs, %d judged): overlap %s  exact %s\n", r.Speaker.Judged, pct(r.Speaker.Overlap), pct(r.Speaker.Exact))
	fmt.Fprintf(w, "cue     (loose pairs, %d judged): overlap %s  exact %s\n", r.Cue.Judged, pct(r.Cue.Overlap), pct(r.Cue.Exact))
	if r.Entity.Judged > 0 {
		fmt.Fprintf(w, "entity  (loose pairs, %d judged): accuracy %s\n", r.Entity.Judged, pct(r.Entity.Accuracy))
	}
	if r.Anonymous.Judged > 0 {
		fmt.Fprintf(w, "anonymous (loose pairs, %d judged): accuracy %s  F1 of 'anonymous' %s\n", r.Anonymous.Judged, pct(r.Anonymous.Accuracy), pct(r.Anonymous.F1))
	}
	fmt.Fprintf(w, "headline: quote F1 (strict, speech) %s   attribution F1 (strict) %s\n", pct(r.Headline.QuoteF1), pct(r.Headline.AttributionF1))
}
