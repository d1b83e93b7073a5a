package main

// This file is a line-by-line port of the matching rules of the shared
// reference scorer (eval/score.py). Its figures must agree with score.py to
// the printed decimal, so every quirk of the Python is kept on purpose and
// marked where it is not obvious. Change nothing here without checking the
// agreement again (see the package doc for how).

import (
	"bytes"
	"cmp"
	"encoding/json"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A span is a half-open range of byte offsets. A nil *span means absent,
// like None in score.py; note that a present span may be {0, 0}.
type span struct{ Start, End int }

// threshold is one level of content match.
type threshold struct {
	Name string
	Min  float64
}

// thresholds are score.py's THRESHOLDS, in its order.
var thresholds = []threshold{{"exact", 1.0}, {"strict", 0.8}, {"loose", 0.3}}

// alnumPositions returns the sorted byte offsets of the letters and digits
// (Unicode categories L* and N*) inside spans, clamped to the text.
//
// Like score.py it walks bytes: an ASCII byte counts when it is [0-9A-Za-z];
// otherwise the lead byte alone fixes the rune's length, and a sequence that
// does not decode as UTF-8 is stepped over one byte at a time. (score.py uses
// Python's Unicode tables and this Go's; they differ only on characters added
// in recent Unicode versions.)
func alnumPositions(text []byte, spans []span) []int {
	var out []int
	for _, sp := range spans {
		s, e := max(0, sp.Start), min(len(text), sp.End)
		for i := s; i < e; {
			b := text[i]
			if b < utf8.RuneSelf {
				if '0' <= b && b <= '9' || 'A' <= b && b <= 'Z' || 'a' <= b && b <= 'z' {
					out = append(out, i)
				}
				i++
				continue
			}
			n := leadLength(b)
			r, size := utf8.DecodeRune(text[i:min(len(text), i+n)])
			if r == utf8.RuneError && size <= 1 {
				n = 1 // invalid UTF-8: Python's decode fails and steps one byte
			} else if unicode.IsLetter(r) || unicode.IsNumber(r) {
				out = append(out, i)
			}
			i += n
		}
	}
	// Spans may overlap or come out of order; score.py builds a set.
	slices.Sort(out)
	return slices.Compact(out)
}

// leadLength is score.py's guess of a rune's length from its first byte.
func leadLength(b byte) int {
	switch {
	case b >= 0xF0:
		return 4
	case b >= 0xE0:
		return 3
	case b >= 0xC0:
		return 2
	}
	return 1 // a stray continuation byte
}

// stripThat drops a leading complementizer "that" from sorted positions, so
// that "said that X" and "said X" give the same content. The word must be
// four consecutive letters not followed directly by another letter or digit.
func stripThat(text []byte, pos []int) []int {
	if len(pos) < 4 {
		return pos
	}
	first := pos[0]
	// Four consecutive positions are four ASCII letters or digits, so the
	// fold below is the ASCII-only bytes.lower() of score.py.
	if pos[3] != first+3 || !bytes.EqualFold(text[first:first+4], []byte("that")) {
		return pos
	}
	if len(pos) == 4 || pos[4] > first+4 {
		return pos[4:]
	}
	return pos
}

// intersect returns the size of the intersection of two sorted sets.
func intersect(a, b []int) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// overlap is |a∩b| / max(|a|, |b|), 0 when either is empty.
func overlap(a, b []int) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	return float64(intersect(a, b)) / float64(max(len(a), len(b)))
}

// A goldQuote is one gold attribution as score.py keeps it, plus what the
// error report displays.
type goldQuote struct {
	Pos       []int
	Kind      string
	Speech    bool // direct, mixed, or cued by a verb of saying or writing
	Speaker   *span
	Cue       *span
	Anonymous *bool  // nil where the gold does not say
	Entity    string // "" where the gold names no entity

	Spans       []span // content spans, for display
	SpeakerText string
	CueText     string
}

// A sysQuote is one system attribution: the system quotes that share a cue
// span, merged. Speaker is the first non-null speaker among them; kind,
// entity and anonymous come from the first.
type sysQuote struct {
	Pos       []int
	Kind      string
	Speaker   *span
	Cue       *span
	Anonymous bool
	Entity    string

	Spans       []span
	SpeakerText string
	CueText     string
	Lemma       string // the cue's lemma where the system gives one
}

// A doc is one gold document ready for matching.
type doc struct {
	RawID  json.RawMessage // the id as written in the gold
	ID     string          // the id for display
	Key    string          // the id as a lookup key (see idKey)
	Text   []byte
	Ignore []span
	Gold   []goldQuote
}

// offset is a JSON number read as score.py's int() reads it: a fraction is
// truncated toward zero.
type offset int

func (o *offset) UnmarshalJSON(b []byte) error {
	var f float64
	if err := json.Unmarshal(b, &f); err != nil {
		return err
	}
	*o = offset(int(f))
	return nil
}

// spanJSON is a {"start", "end", "text"} object.
type spanJSON struct {
	Start *offset `json:"start"`
	End   *offset `json:"end"`
	Text  string  `json:"text"`
}

// span converts s the way score.py's span_pair does: null or an empty
// object is absent. (An object without offsets makes score.py fail; here it
// is absent too.)
func (s *spanJSON) span() *span {
	if s == nil || s.Start == nil || s.End == nil {
		return nil
	}
	return &span{int(*s.Start), int(*s.End)}
}

func (s *spanJSON) text() string {
	if s == nil {
		return ""
	}
	return s.Text
}

type goldDocJSON struct {
	ID          json.RawMessage `json:"id"`
	Text        string          `json:"text"`
	IgnoreSpans []spanJSON      `json:"ignore_spans"`
	Quotes      []goldQuoteJSON `json:"quotes"`
}

type goldQuoteJSON struct {
	Start         offset          `json:"start"`
	End           offset          `json:"end"`
	ContentSpans  []spanJSON      `json:"content_spans"`
	Kind          string          `json:"kind"`
	Speaker       *spanJSON       `json:"speaker"`
	Cue           *spanJSON       `json:"cue"`
	SpeakerEntity *string         `json:"speaker_entity"`
	Anonymous     *bool           `json:"anonymous"`
	SpeechCue     json.RawMessage `json:"speech_cue_heuristic"`
}

// newDoc prepares a gold document as score.py's Doc does.
func newDoc(g *goldDocJSON) *doc {
	d := &doc{RawID: g.ID, ID: idString(g.ID), Key: idKey(g.ID), Text: []byte(g.Text)}
	for _, s := range g.IgnoreSpans {
		if sp := s.span(); sp != nil {
			d.Ignore = append(d.Ignore, *sp)
		}
	}
	for _, q := range g.Quotes {
		var spans []span
		for _, c := range q.ContentSpans {
			if sp := c.span(); sp != nil {
				spans = append(spans, *sp)
			}
		}
		if len(q.ContentSpans) == 0 { // `or [whole extent]`: an empty list too
			spans = []span{{int(q.Start), int(q.End)}}
		}
		pos := stripThat(d.Text, alnumPositions(d.Text, spans))
		if len(pos) == 0 {
			continue // nothing to match: score.py drops it
		}
		kind := cmp.Or(q.Kind, "indirect")
		gq := goldQuote{
			Pos:         pos,
			Kind:        kind,
			Speech:      kind == "direct" || kind == "mixed" || speechCue(q.SpeechCue),
			Speaker:     q.Speaker.span(),
			Cue:         q.Cue.span(),
			Anonymous:   q.Anonymous,
			Spans:       spans,
			SpeakerText: q.Speaker.text(),
			CueText:     q.Cue.text(),
		}
		if q.SpeakerEntity != nil {
			gq.Entity = *q.SpeakerEntity
		}
		d.Gold = append(d.Gold, gq)
	}
	return d
}

// speechCue reads speech_cue_heuristic as bool(q.get(..., True)): absent is
// true, null false, and other values by Python truthiness.
func speechCue(raw json.RawMessage) bool {
	if len(raw) == 0 {
		return true
	}
	var v any
	if json.Unmarshal(raw, &v) != nil {
		return true
	}
	switch v := v.(type) {
	case nil:
		return false
	case bool:
		return v
	case float64:
		return v != 0
	case string:
		return v != ""
	case []any:
		return len(v) > 0
	case map[string]any:
		return len(v) > 0
	}
	return true
}

// idKey makes a document id comparable the way Python dict keys compare: a
// string and a number never meet, and 1 and 1.0 are the same number.
func idKey(raw json.RawMessage) string {
	var v any
	if json.Unmarshal(raw, &v) != nil {
		return "?" + string(raw)
	}
	switch v := v.(type) {
	case string:
		return "s" + v
	case float64:
		b, _ := json.Marshal(v)
		return "n" + string(b)
	}
	b, _ := json.Marshal(v)
	return "o" + string(b)
}

// idString is the id for display.
func idString(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(raw)
}

// A sysRecord is one line item of a system file: one quote, or one part of
// a split quote. Lemma is not read by score.py; the error report uses it.
type sysRecord struct {
	Start     offset    `json:"start"`
	End       offset    `json:"end"`
	Kind      string    `json:"kind"`
	Speaker   *spanJSON `json:"speaker"`
	Cue       *spanJSON `json:"cue"`
	Entity    *string   `json:"entity"`
	Anonymous *bool     `json:"anonymous"`
	Lemma     string    `json:"lemma,omitempty"`
}

// system groups a document's system records into attributions as score.py's
// Doc.system does: records wholly inside an ignore span are dropped, records
// with the same cue span merge, and groups left with no letters are dropped.
func (d *doc) system(recs []sysRecord) []sysQuote {
	type group struct {
		q     sysQuote
		spans []span
	}
	var groups []*group
	byCue := map[span]*group{}
	for _, r := range recs {
		s, e := int(r.Start), int(r.End)
		if d.ignored(s, e) {
			continue
		}
		cue := r.Cue.span()
		var g *group
		if cue != nil {
			g = byCue[*cue]
		}
		if g == nil { // a quote without a cue is always a group of its own
			g = &group{q: sysQuote{
				Cue:       cue,
				Kind:      r.Kind,
				Anonymous: r.Anonymous != nil && *r.Anonymous,
				CueText:   r.Cue.text(),
				Lemma:     r.Lemma,
			}}
			if r.Entity != nil {
				g.q.Entity = *r.Entity
			}
			if cue != nil {
				byCue[*cue] = g
			}
			groups = append(groups, g)
		}
		g.spans = append(g.spans, span{s, e})
		if g.q.Speaker == nil {
			g.q.Speaker = r.Speaker.span()
			g.q.SpeakerText = r.Speaker.text()
		}
	}
	var out []sysQuote
	for _, g := range groups {
		g.q.Spans = g.spans
		g.q.Pos = stripThat(d.Text, alnumPositions(d.Text, g.spans))
		if len(g.q.Pos) > 0 {
			out = append(out, g.q)
		}
	}
	return out
}

// ignored reports whether [s, e) lies wholly inside an ignore span.
func (d *doc) ignored(s, e int) bool {
	for _, ig := range d.Ignore {
		if ig.Start <= s && e <= ig.End {
			return true
		}
	}
	return false
}

// A pair links gold[G] and pred[P] with their content overlap.
type pair struct {
	G, P    int
	Overlap float64
}

// reaches reports whether overlap o reaches a threshold, with score.py's
// allowance for rounding (so 4/5 counts as 0.8).
func reaches(o, threshold float64) bool {
	return o >= threshold-1e-9
}

// match pairs gold and system attributions one to one at threshold min: all
// pairs at or above it, best overlap first, ties by gold index then system
// index, each side used once.
func match(gold []goldQuote, pred []sysQuote, minOverlap float64) []pair {
	var cands []pair
	for i, g := range gold {
		for j, p := range pred {
			// Both sets are non-empty, so overlap is 0 exactly when they are
			// disjoint, which score.py skips.
			if o := overlap(g.Pos, p.Pos); o > 0 && reaches(o, minOverlap) {
				cands = append(cands, pair{i, j, o})
			}
		}
	}
	slices.SortFunc(cands, func(a, b pair) int {
		return cmp.Or(cmp.Compare(b.Overlap, a.Overlap), cmp.Compare(a.G, b.G), cmp.Compare(a.P, b.P))
	})
	usedG, usedP := map[int]bool{}, map[int]bool{}
	var out []pair
	for _, c := range cands {
		if usedG[c.G] || usedP[c.P] {
			continue
		}
		usedG[c.G], usedP[c.P] = true, true
		out = append(out, c)
	}
	return out
}

// spanLetters is the letters and digits of a span, or all its bytes where it
// has none (a cue such as ":"); empty for an absent span.
func spanLetters(text []byte, sp *span) []int {
	if sp == nil {
		return nil
	}
	if pos := alnumPositions(text, []span{*sp}); len(pos) > 0 {
		return pos
	}
	var all []int
	for i := sp.Start; i < sp.End; i++ { // unclamped, as range() in score.py
		all = append(all, i)
	}
	return all
}

// speakerOverlap: the speakers share a letter, or both are absent. A gold
// without a speaker needs a system without one.
func speakerOverlap(text []byte, g, p *span) bool {
	if g == nil {
		return p == nil
	}
	return spanOverlap(text, g, p)
}

func spanOverlap(text []byte, g, p *span) bool {
	return intersect(spanLetters(text, g), spanLetters(text, p)) > 0
}

func spanExact(text []byte, g, p *span) bool {
	a, b := spanLetters(text, g), spanLetters(text, p)
	return len(a) > 0 && slices.Equal(a, b)
}

// normName compares entity names with case, periods and spacing aside.
func normName(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(strings.ToLower(s), ".", "")), " ")
}

// A docMatch is one document's attributions and their matchings, one per
// threshold in the order of thresholds.
type docMatch struct {
	Doc   *doc
	Pred  []sysQuote
	Pairs [][]pair
}

func matchDoc(d *doc, recs []sysRecord) docMatch {
	m := docMatch{Doc: d, Pred: d.system(recs)}
	for _, th := range thresholds {
		m.Pairs = append(m.Pairs, match(d.Gold, m.Pred, th.Min))
	}
	return m
}

// Scores mirrors the JSON object score.py prints with --json.
type Scores struct {
	Documents  int             `json:"documents"`
	Gold       int             `json:"gold"`
	GoldSpeech int             `json:"gold_speech"`
	Predicted  int             `json:"predicted"`
	Exact      LevelScores     `json:"exact"`
	Strict     LevelScores     `json:"strict"`
	Loose      LevelScores     `json:"loose"`
	Speaker    SpanScores      `json:"speaker"`
	Cue        SpanScores      `json:"cue"`
	Entity     EntityScores    `json:"entity"`
	Anonymous  AnonymousScores `json:"anonymous"`
	Headline   HeadlineScores  `json:"headline"`
}

type EntityScores struct {
	Judged   int     `json:"judged"`
	Accuracy float64 `json:"accuracy"`
}

type AnonymousScores struct {
	Judged   int     `json:"judged"`
	Accuracy float64 `json:"accuracy"`
	F1       float64 `json:"f1"`
}

type HeadlineScores struct {
	QuoteF1       float64 `json:"quote_f1"`
	AttributionF1 float64 `json:"attribution_f1"`
}

type LevelScores struct {
	Precision      float64 `json:"precision"`
	RecallSpeech   float64 `json:"recall_speech"`
	F1Speech       float64 `json:"f1_speech"`
	RecallAll      float64 `json:"recall_all"`
	RecallDirect   float64 `json:"recall_direct"`
	RecallMixed    float64 `json:"recall_mixed"`
	RecallIndirect float64 `json:"recall_indirect"`
	AttributionF1  float64 `json:"attribution_f1"`
}

type SpanScores struct {
	Judged  int     `json:"judged"`
	Overlap float64 `json:"overlap"`
	Exact   float64 `json:"exact"`
}

// score counts as score.py's score() does. The counter keys are score.py's,
// so the two can be read side by side.
func score(docs []docMatch) *Scores {
	c := map[string]int{}
	b2i := func(b bool) int {
		if b {
			return 1
		}
		return 0
	}
	for _, m := range docs {
		d, gold, pred := m.Doc, m.Doc.Gold, m.Pred
		c["gold"] += len(gold)
		c["pred"] += len(pred)
		for _, g := range gold {
			c["gold_speech"] += b2i(g.Speech)
			c["gold_"+g.Kind] += b2i(g.Speech)
		}
		for t, th := range thresholds {
			name := th.Name
			c[name+"_tp"] += len(m.Pairs[t])
			for _, pr := range m.Pairs[t] {
				g, p := gold[pr.G], pred[pr.P]
				spkOK := b2i(speakerOverlap(d.Text, g.Speaker, p.Speaker))
				c[name+"_attr"] += spkOK
				if !g.Speech {
					continue
				}
				c[name+"_speech"]++
				c[name+"_"+g.Kind]++
				c[name+"_attr_speech"] += spkOK
				if name != "loose" {
					continue
				}
				if g.Speaker != nil {
					c["spk_n"]++
					c["spk_overlap"] += spkOK
					c["spk_exact"] += b2i(spanExact(d.Text, g.Speaker, p.Speaker))
				}
				if g.Entity != "" {
					c["ent_n"]++
					c["ent_ok"] += b2i(normName(p.Entity) == normName(g.Entity))
				}
				if g.Anonymous != nil {
					ga, pa := *g.Anonymous, p.Anonymous
					c["anon_n"]++
					c["anon_ok"] += b2i(ga == pa)
					c["anon_tp"] += b2i(ga && pa)
					c["anon_fp"] += b2i(pa && !ga)
					c["anon_fn"] += b2i(ga && !pa)
				}
				if g.Cue != nil {
					c["cue_n"]++
					c["cue_overlap"] += b2i(spanOverlap(d.Text, g.Cue, p.Cue))
					c["cue_exact"] += b2i(spanExact(d.Text, g.Cue, p.Cue))
				}
			}
		}
	}
	r := &Scores{Documents: len(docs), Gold: c["gold"], GoldSpeech: c["gold_speech"], Predicted: c["pred"]}
	levels := map[string]*LevelScores{"exact": &r.Exact, "strict": &r.Strict, "loose": &r.Loose}
	for _, th := range thresholds {
		name := th.Name
		p := ratio(c[name+"_tp"], c["pred"])
		rs := ratio(c[name+"_speech"], c["gold_speech"])
		pa := ratio(c[name+"_attr"], c["pred"])
		ra := ratio(c[name+"_attr_speech"], c["gold_speech"])
		*levels[name] = LevelScores{
			Precision:      p,
			RecallSpeech:   rs,
			F1Speech:       f1(p, rs),
			RecallAll:      ratio(c[name+"_tp"], c["gold"]),
			RecallDirect:   ratio(c[name+"_direct"], c["gold_direct"]),
			RecallMixed:    ratio(c[name+"_mixed"], c["gold_mixed"]),
			RecallIndirect: ratio(c[name+"_indirect"], c["gold_indirect"]),
			AttributionF1:  f1(pa, ra),
		}
	}
	r.Speaker = SpanScores{c["spk_n"], ratio(c["spk_overlap"], c["spk_n"]), ratio(c["spk_exact"], c["spk_n"])}
	r.Cue = SpanScores{c["cue_n"], ratio(c["cue_overlap"], c["cue_n"]), ratio(c["cue_exact"], c["cue_n"])}
	r.Entity.Judged, r.Entity.Accuracy = c["ent_n"], ratio(c["ent_ok"], c["ent_n"])
	r.Anonymous.Judged = c["anon_n"]
	r.Anonymous.Accuracy = ratio(c["anon_ok"], c["anon_n"])
	r.Anonymous.F1 = f1(ratio(c["anon_tp"], c["anon_tp"]+c["anon_fp"]), ratio(c["anon_tp"], c["anon_tp"]+c["anon_fn"]))
	r.Headline.QuoteF1 = r.Strict.F1Speech
	r.Headline.AttributionF1 = r.Strict.AttributionF1
	return r
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
