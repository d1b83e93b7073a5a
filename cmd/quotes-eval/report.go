package main

// The error report: every gold or system attribution that costs points is
// put in one class, so the developers can count, read and grep the errors
// that matter most.

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
)

// Indexes of docMatch.Pairs, in the order of thresholds.
const (
	exactLevel = iota
	strictLevel
	looseLevel
)

// classes are the error classes, in report order.
var classes = []string{
	"missed-direct",   // speech gold, no strict match (sub: boundary if a loose one exists, else missed)
	"missed-mixed",    // likewise
	"missed-indirect", // likewise
	"boundary",        // gold matched at loose but not at strict (sub: how the system's content differs)
	"false-positive",  // system attribution matching no gold at loose (sub: system kind)
	"speaker",         // strict pair whose speakers do not overlap (sub: which side is null)
	"cue",             // strict pair with a gold cue the system cue does not overlap
}

// An example is one error: a gold attribution, a system one, or a pair.
type example struct {
	Class string
	Sub   string
	M     *docMatch
	G, P  int // indexes into M.Doc.Gold and M.Pred; -1 for none
	// Overlap is the content overlap of G and P where both are given.
	Overlap float64
	Note    string // a remark for the example's header
}

func (e *example) gold() *goldQuote {
	if e.G < 0 {
		return nil
	}
	return &e.M.Doc.Gold[e.G]
}

func (e *example) sys() *sysQuote {
	if e.P < 0 {
		return nil
	}
	return &e.M.Pred[e.P]
}

// byGold and byPred index a matching by either side.
func byGold(pairs []pair) map[int]pair {
	m := make(map[int]pair, len(pairs))
	for _, p := range pairs {
		m[p.G] = p
	}
	return m
}

func byPred(pairs []pair) map[int]pair {
	m := make(map[int]pair, len(pairs))
	for _, p := range pairs {
		m[p.P] = p
	}
	return m
}

// classify lists the errors of one document, in document order of classes.
func classify(m *docMatch) []example {
	var out []example
	out = append(out, goldErrors(m)...)
	out = append(out, falsePositives(m)...)
	out = append(out, pairErrors(m)...)
	return out
}

// goldErrors finds the speech golds without a strict match and the golds
// that match only loosely.
func goldErrors(m *docMatch) []example {
	strict, loose := byGold(m.Pairs[strictLevel]), byGold(m.Pairs[looseLevel])
	var out []example
	for i, g := range m.Doc.Gold {
		if _, ok := strict[i]; ok {
			continue
		}
		lp, isLoose := loose[i]
		if g.Speech {
			e := example{Class: "missed-" + g.Kind, Sub: "missed", M: m, G: i, P: -1}
			if isLoose {
				e.Sub, e.P, e.Overlap = "boundary", lp.P, lp.Overlap
			} else {
				// Show the nearest system content, if any, to explain the miss.
				e.P, e.Overlap = nearest(g.Pos, m.Pred, func(p *sysQuote) []int { return p.Pos })
			}
			out = append(out, e)
		}
		if isLoose {
			p := m.Pred[lp.P]
			out = append(out, example{Class: "boundary", Sub: boundaryShape(g.Pos, p.Pos), M: m, G: i, P: lp.P, Overlap: lp.Overlap})
		}
	}
	return out
}

// boundaryShape says how system content differs from gold content that it
// overlaps: it runs longer, stops short, or is shifted.
func boundaryShape(g, p []int) string {
	n := intersect(g, p)
	switch {
	case n == len(g):
		return "sys-longer"
	case n == len(p):
		return "sys-shorter"
	}
	return "shifted"
}

// falsePositives finds the system attributions that match no gold at loose.
func falsePositives(m *docMatch) []example {
	loose := m.Pairs[looseLevel]
	byP, byG := byPred(loose), byGold(loose)
	var out []example
	for j, p := range m.Pred {
		if _, ok := byP[j]; ok {
			continue
		}
		i, o := nearest(p.Pos, m.Doc.Gold, func(g *goldQuote) []int { return g.Pos })
		e := example{Class: "false-positive", Sub: cmp.Or(p.Kind, "no-kind"), M: m, G: i, P: j, Overlap: o}
		// One to one matching: a second system quote on the same gold
		// counts against precision. Say so, as it is a different bug.
		if _, taken := byG[i]; taken && reaches(o, thresholds[looseLevel].Min) {
			e.Note = "duplicate: the gold is matched by another system quote"
		}
		out = append(out, e)
	}
	return out
}

// pairErrors finds strict pairs whose speaker or cue is wrong.
func pairErrors(m *docMatch) []example {
	text := m.Doc.Text
	var spk, cue []example
	for _, pr := range m.Pairs[strictLevel] {
		g, p := m.Doc.Gold[pr.G], m.Pred[pr.P]
		e := example{M: m, G: pr.G, P: pr.P, Overlap: pr.Overlap}
		if !speakerOverlap(text, g.Speaker, p.Speaker) {
			e.Class, e.Sub = "speaker", nullSub(g.Speaker, p.Speaker)
			spk = append(spk, e)
		}
		if g.Cue != nil && !spanOverlap(text, g.Cue, p.Cue) {
			e.Class, e.Sub = "cue", nullSub(g.Cue, p.Cue)
			cue = append(cue, e)
		}
	}
	return append(spk, cue...)
}

// nullSub names a disagreement between a gold and a system span.
func nullSub(g, p *span) string {
	switch {
	case g == nil:
		return "gold-null"
	case p == nil:
		return "sys-null"
	}
	return "disjoint"
}

// nearest returns the index of the item whose content, as posOf gives it,
// overlaps pos most, and that overlap; -1 when none does.
func nearest[T any](pos []int, items []T, posOf func(*T) []int) (int, float64) {
	best, bestO := -1, 0.0
	for i := range items {
		if o := overlap(pos, posOf(&items[i])); o > bestO {
			best, bestO = i, o
		}
	}
	return best, bestO
}

// printClassCounts prints one line per class with its sub-class counts.
func printClassCounts(w io.Writer, exs []example) {
	fmt.Fprintln(w, "\nerror classes (missed-*: speech gold without strict match; boundary: loose not strict;")
	fmt.Fprintln(w, "false-positive: no gold at loose; speaker, cue: on strict pairs)")
	for _, c := range classes {
		subs := map[string]int{}
		n := 0
		for _, e := range exs {
			if e.Class == c {
				subs[e.Sub]++
				n++
			}
		}
		fmt.Fprintln(w, strings.TrimRight(fmt.Sprintf("  %-16s %6d  %s", c, n, countList(subs)), " "))
	}
}

// countList formats counts as "a 3, b 1", largest first.
func countList(m map[string]int) string {
	keys := slices.SortedFunc(maps.Keys(m), func(a, b string) int {
		return cmp.Or(cmp.Compare(m[b], m[a]), cmp.Compare(a, b))
	})
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
	}
	return strings.Join(parts, ", ")
}

// cueWord is how a cue is listed in the tables: the system's lemma where it
// gives one, else the cue text in lower case; "(none)" without a cue.
func cueWord(text, lemma string) string {
	if lemma != "" {
		return lemma
	}
	if w := strings.Join(strings.Fields(strings.ToLower(text)), " "); w != "" {
		return w
	}
	return "(none)"
}

// A cueRow counts one cue word's errors against its total.
type cueRow struct {
	Word          string
	Errors, Total int
	Boundary      int // of Errors, those with a loose match (missed golds only)
}

// topRows sorts rows by errors, then total, then word, and keeps n.
func topRows(rows map[string]*cueRow, n int) []*cueRow {
	out := slices.SortedFunc(maps.Values(rows), func(a, b *cueRow) int {
		return cmp.Or(cmp.Compare(b.Errors, a.Errors), cmp.Compare(b.Total, a.Total), cmp.Compare(a.Word, b.Word))
	})
	var kept []*cueRow
	for _, r := range out {
		if r.Errors > 0 && (n <= 0 || len(kept) < n) {
			kept = append(kept, r)
		}
	}
	return kept
}

// printCueTables prints which gold cues the system misses most (lexicon
// entries to add) and which system cues yield most false positives (entries
// to drop or constrain).
func printCueTables(w io.Writer, ms []docMatch, exs []example, n int) {
	missed := map[string]*cueRow{}
	row := func(m map[string]*cueRow, word string) *cueRow {
		if m[word] == nil {
			m[word] = &cueRow{Word: word}
		}
		return m[word]
	}
	for _, m := range ms {
		for _, g := range m.Doc.Gold {
			if g.Speech {
				row(missed, cueWord(g.CueText, "")).Total++
			}
		}
	}
	fps := map[string]*cueRow{}
	for _, m := range ms {
		for _, p := range m.Pred {
			row(fps, cueWord(p.CueText, p.Lemma)).Total++
		}
	}
	for _, e := range exs {
		switch {
		case strings.HasPrefix(e.Class, "missed-"):
			r := row(missed, cueWord(e.gold().CueText, ""))
			r.Errors++
			if e.Sub == "boundary" {
				r.Boundary++
			}
		case e.Class == "false-positive":
			p := e.sys()
			row(fps, cueWord(p.CueText, p.Lemma)).Errors++
		}
	}
	fmt.Fprintf(w, "\nmissed speech gold by gold cue (top %d)\n", n)
	fmt.Fprintf(w, "  %-28s %6s %8s %6s %6s\n", "cue", "missed", "boundary", "gold", "miss%")
	for _, r := range topRows(missed, n) {
		fmt.Fprintf(w, "  %-28s %6d %8d %6d %6.1f\n", r.Word, r.Errors, r.Boundary, r.Total, 100*ratio(r.Errors, r.Total))
	}
	fmt.Fprintf(w, "\nfalse positives by system cue lemma (top %d)\n", n)
	fmt.Fprintf(w, "  %-28s %6s %6s %6s\n", "lemma", "fp", "system", "fp%")
	for _, r := range topRows(fps, n) {
		fmt.Fprintf(w, "  %-28s %6d %6d %6.1f\n", r.Word, r.Errors, r.Total, 100*ratio(r.Errors, r.Total))
	}
}

// selectClasses parses -show: "all", or a comma-separated list of classes
// or class prefixes ("missed" means all three missed-* classes).
func selectClasses(show string) ([]string, error) {
	if show == "all" {
		return classes, nil
	}
	var out []string
	for _, name := range strings.Split(show, ",") {
		name = strings.TrimSpace(name)
		found := false
		for _, c := range classes {
			if c == name || strings.HasPrefix(c, name+"-") {
				if !slices.Contains(out, c) {
					out = append(out, c)
				}
				found = true
			}
		}
		if !found {
			return nil, fmt.Errorf("unknown class %q; classes: all, %s", name, strings.Join(classes, ", "))
		}
	}
	return out, nil
}

// pick keeps at most n examples (all where n <= 0): the first n, or with a
// non-zero seed a reproducible random sample, shown in document order.
func pick(exs []example, n int, seed uint64) []example {
	if n <= 0 || len(exs) <= n {
		return exs
	}
	if seed == 0 {
		return exs[:n]
	}
	idx := rand.New(rand.NewPCG(seed, seed)).Perm(len(exs))[:n]
	slices.Sort(idx)
	out := make([]example, n)
	for k, i := range idx {
		out[k] = exs[i]
	}
	return out
}

// showOptions are the flags that select examples.
type showOptions struct {
	N    int
	Seed uint64
	Grep string
}

// printExamples prints the examples of one class.
func printExamples(w io.Writer, class string, exs []example, opt showOptions) {
	var sel []example
	for _, e := range exs {
		if e.Class == class && grepMatch(&e, opt.Grep) {
			sel = append(sel, e)
		}
	}
	shown := pick(sel, opt.N, opt.Seed)
	fmt.Fprintf(w, "\n=== %s: %d", class, len(sel))
	if opt.Grep != "" {
		fmt.Fprintf(w, " with %q", opt.Grep)
	}
	fmt.Fprintf(w, ", showing %d   (content [[ ]], speaker {{ }}, cue << >>, ¶ paragraph break)\n", len(shown))
	for k, e := range shown {
		printExample(w, k+1, &e)
	}
}

// grepMatch reports whether the example's context contains word, ignoring
// case; an empty word matches everything.
func grepMatch(e *example, word string) bool {
	if word == "" {
		return true
	}
	ctx := e.context()
	return bytes.Contains(bytes.ToLower(e.M.Doc.Text[ctx.Start:ctx.End]), bytes.ToLower([]byte(word)))
}

// context is the paragraph or paragraphs holding everything the example
// shows. Paragraphs rather than sentences: news paragraphs are a sentence or
// two, and paragraph breaks never fall inside an abbreviation.
func (e *example) context() span {
	var all []span
	if g := e.gold(); g != nil {
		all = append(all, g.Spans...)
		all = appendSpan(all, g.Speaker, g.Cue)
	}
	if p := e.sys(); p != nil {
		all = append(all, p.Spans...)
		all = appendSpan(all, p.Speaker, p.Cue)
	}
	return paragraphs(e.M.Doc.Text, all)
}

func appendSpan(all []span, sps ...*span) []span {
	for _, sp := range sps {
		if sp != nil {
			all = append(all, *sp)
		}
	}
	return all
}

// paragraphs widens the extent of spans to whole paragraphs of text.
func paragraphs(text []byte, spans []span) span {
	if len(spans) == 0 {
		return span{}
	}
	s, e := len(text), 0
	for _, sp := range spans {
		s, e = min(s, sp.Start), max(e, sp.End)
	}
	s, e = max(0, min(s, len(text))), max(0, min(e, len(text)))
	if e < s {
		e = s
	}
	s = bytes.LastIndexByte(text[:s], '\n') + 1
	if k := bytes.IndexByte(text[e:], '\n'); k >= 0 {
		e += k
	} else {
		e = len(text)
	}
	return span{s, e}
}

// printExample prints one example: where it is, then the context marked up
// once with the gold's spans and once with the system's.
func printExample(w io.Writer, k int, e *example) {
	g, p := e.gold(), e.sys()
	fmt.Fprintf(w, "\n[%d] %s (%s) doc %s", k, e.Class, e.Sub, e.M.Doc.ID)
	if g != nil && p != nil {
		fmt.Fprintf(w, "  overlap %.2f", e.Overlap)
	}
	if e.Note != "" {
		fmt.Fprintf(w, "  (%s)", e.Note)
	}
	fmt.Fprintln(w)
	ctx := e.context()
	text := e.M.Doc.Text
	if g != nil {
		speech := "speech"
		if !g.Speech {
			speech = "not speech"
		}
		fmt.Fprintf(w, "  gold %s %s, %s; speaker %s cue %s\n", spanList(g.Spans), g.Kind, speech,
			spanDesc(text, g.Speaker), spanDesc(text, g.Cue))
		fmt.Fprintf(w, "    %s\n", markup(text, ctx, g.Spans, g.Speaker, g.Cue))
	} else {
		fmt.Fprintln(w, "  gold (none overlapping)")
	}
	if p != nil {
		fmt.Fprintf(w, "  sys  %s %s; speaker %s cue %s", spanList(p.Spans), p.Kind,
			spanDesc(text, p.Speaker), spanDesc(text, p.Cue))
		if p.Lemma != "" {
			fmt.Fprintf(w, " (lemma %s)", p.Lemma)
		}
		fmt.Fprintf(w, "\n    %s\n", markup(text, ctx, p.Spans, p.Speaker, p.Cue))
	} else {
		fmt.Fprintln(w, "  sys  (none overlapping)")
	}
}

// spanList formats byte offsets as "120-180,200-240".
func spanList(spans []span) string {
	var parts []string
	for _, sp := range spans {
		parts = append(parts, fmt.Sprintf("%d-%d", sp.Start, sp.End))
	}
	return strings.Join(parts, ",")
}

// spanDesc formats an optional span as `"text"@120-125`, or "null".
func spanDesc(text []byte, sp *span) string {
	if sp == nil {
		return "null"
	}
	s, e := max(0, min(sp.Start, len(text))), max(0, min(sp.End, len(text)))
	return fmt.Sprintf("%q@%d-%d", text[s:max(s, e)], sp.Start, sp.End)
}

// A mark is a marker to insert before the byte at Off.
type mark struct {
	Off   int
	Close bool
	S     string
}

// markup returns text[ctx] with the content spans in [[ ]], the speaker in
// {{ }} and the cue in << >>, and paragraph breaks shown as ¶.
func markup(text []byte, ctx span, content []span, speaker, cue *span) string {
	var marks []mark
	add := func(sp span, open, close string) {
		s, e := max(ctx.Start, min(sp.Start, ctx.End)), max(ctx.Start, min(sp.End, ctx.End))
		marks = append(marks, mark{s, false, open}, mark{max(s, e), true, close})
	}
	for _, sp := range content {
		add(sp, "[[", "]]")
	}
	if speaker != nil {
		add(*speaker, "{{", "}}")
	}
	if cue != nil {
		add(*cue, "<<", ">>")
	}
	// At one offset, closing markers go before opening ones so that
	// adjacent spans read "]] {{" and not "{{ ]]".
	slices.SortStableFunc(marks, func(a, b mark) int {
		if c := cmp.Compare(a.Off, b.Off); c != 0 {
			return c
		}
		switch {
		case a.Close && !b.Close:
			return -1
		case !a.Close && b.Close:
			return 1
		}
		return 0
	})
	var b strings.Builder
	at := ctx.Start
	for _, m := range marks {
		b.Write(text[at:m.Off])
		b.WriteString(m.S)
		at = m.Off
	}
	b.Write(text[at:ctx.End])
	return paragraphMarks.Replace(b.String())
}

// paragraphMarks puts a whole context on one line.
var paragraphMarks = strings.NewReplacer("\n\n", " ¶ ", "\n", " ¶ ")
