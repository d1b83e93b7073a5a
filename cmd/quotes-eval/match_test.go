package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/quotekit/quote"
)

// at returns the span of the first occurrence of sub in text.
func at(t *testing.T, text, sub string) span {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in %q", sub, text)
	}
	return span{i, i + len(sub)}
}

// js is the JSON object of the span of sub, as the gold and system files
// write it.
func js(t *testing.T, text, sub string) map[string]any {
	t.Helper()
	sp := at(t, text, sub)
	return map[string]any{"start": sp.Start, "end": sp.End, "text": sub}
}

// decode reads v through JSON into a value of type T, the way the files are
// read.
func decode[T any](t *testing.T, v any) T {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out T
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// goldDoc builds a gold document from a JSON-shaped value.
func goldDoc(t *testing.T, v map[string]any) *doc {
	t.Helper()
	g := decode[goldDocJSON](t, v)
	return newDoc(&g)
}

func TestAlnumPositions(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		spans []span
		want  []int
	}{
		{"ascii letters and digits", "a-b 9!", []span{{0, 6}}, []int{0, 2, 4}},
		// é is 2 bytes, 東 3, 𝒜 (a mathematical letter) 4: each counts once,
		// at its first byte.
		{"multibyte letters", "é東𝒜x", []span{{0, 10}}, []int{0, 2, 5, 9}},
		{"non-ASCII digit counts, symbols and quotation marks do not", "٣€“”", []span{{0, 11}}, []int{0}},
		{"span clamped to the text", "ab", []span{{-5, 10}}, []int{0, 1}},
		{"span starting inside a rune skips its tail", "éa", []span{{1, 3}}, []int{2}},
		// The rune is decoded from the text, not the span: a span ending
		// inside é still counts it.
		{"span ending inside a rune", "é", []span{{0, 1}}, []int{0}},
		{"invalid UTF-8 steps one byte", "\xe2a\xffb", []span{{0, 4}}, []int{1, 3}},
		{"overlapping and unordered spans give a set", "abc", []span{{1, 3}, {0, 2}}, []int{0, 1, 2}},
		{"empty span", "abc", []span{{2, 2}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := alnumPositions([]byte(tt.text), tt.spans)
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("alnumPositions(%q, %v) (-want +got):\n%s", tt.text, tt.spans, diff)
			}
		})
	}
}

func TestStripThat(t *testing.T) {
	tests := []struct {
		text     string
		stripped bool
	}{
		{"that the plan is dead", true},
		{"That it ended", true},
		{"THAT 42", true},
		{"“that,” he said", true}, // the marks are not letters
		{"that", true},            // leaves nothing
		{"thats all", false},
		{"thatched roofs", false},
		{"thatÉ", false}, // a non-ASCII letter continues the word
		{"the that", false},
		{"tha", false}, // fewer than four letters
	}
	for _, tt := range tests {
		text := []byte(tt.text)
		pos := alnumPositions(text, []span{{0, len(text)}})
		want := pos
		if tt.stripped {
			want = pos[4:]
		}
		if diff := cmp.Diff(want, stripThat(text, pos), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("stripThat(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestSystemGrouping(t *testing.T) {
	const text = "Ann said: Alpha. Beta. Omega. Bob: Gamma. Cy: Delta. [advert] ..."
	d := goldDoc(t, map[string]any{
		"id": "g", "text": text, "quotes": []any{},
		"ignore_spans": []any{js(t, text, "[advert]")},
	})
	rec := func(content string, cue, speaker any, kind string) map[string]any {
		return map[string]any{"start": at(t, text, content).Start, "end": at(t, text, content).End,
			"kind": kind, "cue": cue, "speaker": speaker, "entity": kind + "-entity", "anonymous": kind == "direct"}
	}
	zero := map[string]any{"start": 0, "end": 0}
	recs := decode[[]sysRecord](t, []any{
		// Same cue: one attribution. The speaker is the first non-null one;
		// kind, entity and anonymous come from the first record.
		rec("Alpha", js(t, text, "said"), nil, "direct"),
		rec("Beta", js(t, text, "said"), js(t, text, "Ann"), "mixed"),
		rec("Omega", js(t, text, "said"), js(t, text, "Bob"), "mixed"),
		// No cue: each record stands alone, even on the same content.
		rec("Gamma", nil, js(t, text, "Bob"), "indirect"),
		rec("Gamma", map[string]any{}, nil, "indirect"), // {} is no cue
		// The cue {0, 0} is present and groups like any other.
		rec("Delta", zero, nil, "indirect"),
		rec("Cy", zero, nil, "direct"),
		// Wholly inside an ignore span: dropped. Partly inside: kept.
		rec("advert", nil, nil, "direct"),
		rec("advert] ...", nil, nil, "direct"),
		// No letters: dropped.
		rec("...", nil, nil, "direct"),
	})
	type view struct {
		Spans     []span
		Speaker   *span
		Cue       *span
		Kind      string
		Entity    string
		Anonymous bool
	}
	var got []view
	for _, q := range d.system(recs) {
		got = append(got, view{q.Spans, q.Speaker, q.Cue, q.Kind, q.Entity, q.Anonymous})
	}
	said, ann, bob := at(t, text, "said"), at(t, text, "Ann"), at(t, text, "Bob")
	want := []view{
		{[]span{at(t, text, "Alpha"), at(t, text, "Beta"), at(t, text, "Omega")}, &ann, &said, "direct", "direct-entity", true},
		{[]span{at(t, text, "Gamma")}, &bob, nil, "indirect", "indirect-entity", false},
		{[]span{at(t, text, "Gamma")}, nil, nil, "indirect", "indirect-entity", false},
		{[]span{at(t, text, "Delta"), at(t, text, "Cy")}, nil, &span{0, 0}, "indirect", "indirect-entity", false},
		{[]span{at(t, text, "advert] ...")}, nil, nil, "direct", "direct-entity", true},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("system groups (-want +got):\n%s", diff)
	}
}

func TestGoldFields(t *testing.T) {
	const text = "Ann said that it works. Polls show gains. “Yes,” Bo said, “really.”"
	d := goldDoc(t, map[string]any{"id": "g", "text": text, "quotes": []any{
		// Absent kind means indirect; absent speech_cue_heuristic means speech.
		map[string]any{"content_spans": []any{js(t, text, "that it works.")}, "speaker": js(t, text, "Ann"), "cue": js(t, text, "said")},
		// null speech_cue_heuristic is false, as bool(None) in score.py.
		map[string]any{"kind": "indirect", "content_spans": []any{js(t, text, "gains")}, "speech_cue_heuristic": nil, "speaker": map[string]any{}},
		// Direct is speech whatever the heuristic says; split content is one quote.
		map[string]any{"kind": "direct", "content_spans": []any{js(t, text, "“Yes,”"), js(t, text, "“really.”")},
			"speech_cue_heuristic": false, "speaker_entity": "Bo Li", "anonymous": false},
		// Empty content_spans fall back to start and end.
		map[string]any{"start": at(t, text, "Polls").Start, "end": at(t, text, "Polls").End, "content_spans": []any{}},
		// Content with no letters is dropped.
		map[string]any{"content_spans": []any{js(t, text, ". ")}},
	}})
	type view struct {
		Pos       int // number of positions
		Kind      string
		Speech    bool
		Speaker   bool
		Entity    string
		Anonymous *bool
	}
	var got []view
	for _, g := range d.Gold {
		got = append(got, view{len(g.Pos), g.Kind, g.Speech, g.Speaker != nil, g.Entity, g.Anonymous})
	}
	no := false
	want := []view{
		{len("itworks"), "indirect", true, true, "", nil},
		{len("gains"), "indirect", false, false, "", nil},
		{len("Yesreally"), "direct", true, false, "Bo Li", &no},
		{len("Polls"), "indirect", true, false, "", nil},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("gold quotes (-want +got):\n%s", diff)
	}
}

// seq returns the positions lo..hi.
func seq(lo, hi int) []int {
	var out []int
	for i := lo; i <= hi; i++ {
		out = append(out, i)
	}
	return out
}

func TestMatch(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred [][]int
		min        float64
		want       []pair
	}{
		{"best overlap first", [][]int{seq(1, 10), seq(1, 5)}, [][]int{seq(1, 5)}, 0.3,
			[]pair{{1, 0, 1}}},
		{"one to one: the second system quote finds the other gold",
			[][]int{seq(1, 10), seq(11, 20)}, [][]int{seq(1, 10), seq(1, 20)}, 0.3,
			[]pair{{0, 0, 1}, {1, 1, 0.5}}},
		{"one to one: a duplicate finds nothing", [][]int{seq(1, 10)}, [][]int{seq(1, 10), seq(1, 9)}, 0.3,
			[]pair{{0, 0, 1}}},
		{"ties go to the lower gold index", [][]int{seq(1, 2), seq(1, 2)}, [][]int{seq(1, 2)}, 0.3,
			[]pair{{0, 0, 1}}},
		{"ties go to the lower system index", [][]int{seq(1, 2)}, [][]int{seq(1, 2), seq(1, 2)}, 0.3,
			[]pair{{0, 0, 1}}},
		// Equal overlaps are taken in gold order, then system order.
		{"tied pairs in gold order", [][]int{seq(1, 2), seq(3, 4)}, [][]int{seq(3, 4), seq(1, 2)}, 0.3,
			[]pair{{0, 1, 1}, {1, 0, 1}}},
		{"greedy, not optimal", [][]int{seq(1, 10), seq(1, 9)}, [][]int{seq(1, 9), seq(1, 7)}, 0.8,
			[]pair{{1, 0, 1}}}, // g0-p1 would be 0.7, below strict
		{"4/5 reaches strict", [][]int{seq(1, 5)}, [][]int{seq(1, 4)}, 0.8, []pair{{0, 0, 0.8}}},
		{"below loose", [][]int{seq(1, 10)}, [][]int{seq(1, 2)}, 0.3, nil},
		{"disjoint never match", [][]int{seq(1, 2)}, [][]int{seq(3, 4)}, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var gold []goldQuote
			for _, p := range tt.gold {
				gold = append(gold, goldQuote{Pos: p})
			}
			var pred []sysQuote
			for _, p := range tt.pred {
				pred = append(pred, sysQuote{Pos: p})
			}
			if diff := cmp.Diff(tt.want, match(gold, pred, tt.min)); diff != "" {
				t.Errorf("match (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReaches(t *testing.T) {
	// score.py allows 1e-9 for rounding below a threshold, no more.
	for _, tt := range []struct {
		o, threshold float64
		want         bool
	}{{0.8, 0.8, true}, {0.8 - 1e-10, 0.8, true}, {0.8 - 1e-8, 0.8, false}, {0.3, 0.3, true}, {0.29, 0.3, false}} {
		if got := reaches(tt.o, tt.threshold); got != tt.want {
			t.Errorf("reaches(%v, %v) = %v, want %v", tt.o, tt.threshold, got, tt.want)
		}
	}
}

func TestSpeakerAndCueRules(t *testing.T) {
	text := []byte("Ann Lee said: yes")
	sp := func(s, e int) *span { return &span{s, e} }
	tests := []struct {
		name                   string
		gold, sys              *span
		speakerOK, overlap, eq bool
	}{
		{"both null: the speaker is right", nil, nil, true, false, false},
		{"gold null needs system null", nil, sp(0, 3), false, false, false},
		{"system null", sp(0, 3), nil, false, false, false},
		{"sharing a letter", sp(0, 7), sp(4, 12), true, true, false},
		{"same letters, different spaces", sp(0, 7), sp(0, 8), true, true, true},
		{"disjoint", sp(0, 3), sp(4, 7), false, false, false},
		{"a colon is compared by its bytes", sp(12, 13), sp(12, 13), true, true, true},
		{"no letters and no common bytes", sp(12, 13), sp(13, 14), false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := []bool{speakerOverlap(text, tt.gold, tt.sys), spanOverlap(text, tt.gold, tt.sys), spanExact(text, tt.gold, tt.sys)}
			if diff := cmp.Diff([]bool{tt.speakerOK, tt.overlap, tt.eq}, got); diff != "" {
				t.Errorf("[speakerOverlap spanOverlap spanExact] (-want +got):\n%s", diff)
			}
		})
	}
}

// smallMatch is a document with a direct quote found with its speaker, a
// non-speech attribution found without its speaker, an indirect quote
// missed, and one false positive.
func smallMatch(t *testing.T) docMatch {
	const text = "“We won,” Ann said. Polls show gains, Bo said. Cy said the vote was fair. Dee wrote rubbish here."
	d := goldDoc(t, map[string]any{"id": "s", "text": text, "quotes": []any{
		map[string]any{"kind": "direct", "content_spans": []any{js(t, text, "“We won,”")}, "speaker": js(t, text, "Ann"), "cue": js(t, text, "said")},
		map[string]any{"kind": "indirect", "content_spans": []any{js(t, text, "gains")}, "speech_cue_heuristic": false, "speaker": js(t, text, "Polls")},
		map[string]any{"kind": "indirect", "content_spans": []any{js(t, text, "the vote was fair")}, "speaker": js(t, text, "Cy"), "cue": js(t, text, "Cy said")},
	}})
	recs := decode[[]sysRecord](t, []any{
		map[string]any{"start": at(t, text, "We won").Start, "end": at(t, text, "We won").End, "kind": "direct", "speaker": js(t, text, "Ann"), "cue": js(t, text, "said")},
		map[string]any{"start": at(t, text, "gains").Start, "end": at(t, text, "gains").End, "kind": "indirect", "speaker": nil, "cue": nil},
		map[string]any{"start": at(t, text, "rubbish").Start, "end": at(t, text, "rubbish").End, "kind": "mixed", "speaker": js(t, text, "Dee"), "cue": js(t, text, "wrote")},
	})
	return matchDoc(d, recs)
}

func TestScore(t *testing.T) {
	s := score([]docMatch{smallMatch(t)})
	// 3 predictions, 2 match (one speech); 2 speech golds, 1 found; the
	// direct pair's speaker is right, the non-speech pair's is not.
	p, r := 2.0/3, 1.0/2
	level := LevelScores{
		Precision: p, RecallSpeech: r, F1Speech: 2 * p * r / (p + r), RecallAll: p,
		RecallDirect: 1, RecallMixed: 0, RecallIndirect: 0,
		AttributionF1: 2 * (1.0 / 3) * r / (1.0/3 + r),
	}
	want := &Scores{
		Documents: 1, Gold: 3, GoldSpeech: 2, Predicted: 3,
		Exact: level, Strict: level, Loose: level,
		Speaker:  SpanScores{Judged: 1, Overlap: 1, Exact: 1},
		Cue:      SpanScores{Judged: 1, Overlap: 1, Exact: 1},
		Headline: HeadlineScores{QuoteF1: level.F1Speech, AttributionF1: level.AttributionF1},
	}
	if diff := cmp.Diff(want, s, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("score (-want +got):\n%s", diff)
	}
}

func TestClassify(t *testing.T) {
	m := smallMatch(t)
	var got []string
	for _, e := range classify(&m) {
		got = append(got, e.Class+"/"+e.Sub)
	}
	want := []string{"missed-indirect/missed", "false-positive/mixed", "speaker/sys-null"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("classify (-want +got):\n%s", diff)
	}
}

func TestMarkup(t *testing.T) {
	const text = "First.\n\n“Go,” Ann said.\nLast."
	content, speaker, cue := at(t, text, "“Go,”"), at(t, text, "Ann"), at(t, text, "said")
	ctx := paragraphs([]byte(text), []span{content, speaker, cue})
	got := markup([]byte(text), ctx, []span{content}, &speaker, &cue)
	if want := "[[“Go,”]] {{Ann}} <<said>>."; got != want {
		t.Errorf("markup = %q, want %q", got, want)
	}
}

func TestRecords(t *testing.T) {
	split := quote.Quote{
		Span:    quote.Span{Start: 0, End: 30},
		Parts:   []quote.Part{{Span: quote.Span{Start: 0, End: 10}}, {Span: quote.Span{Start: 20, End: 30}}},
		Kind:    quote.Direct,
		Cue:     quote.Cue{Span: quote.Span{Start: 14, End: 18}, Lemma: "say"},
		Speaker: quote.Speaker{Span: quote.Span{Start: 11, End: 13}, Name: "Ann Lee"},
	}
	signOff := quote.Quote{
		Span:  quote.Span{Start: 40, End: 80},
		Parts: []quote.Part{{Span: quote.Span{Start: 40, End: 50}}, {Span: quote.Span{Start: 60, End: 80}}},
		Kind:  quote.Direct,
	}
	type view struct {
		Start, End    offset
		Cue, Speaker  bool
		Entity, Lemma string
	}
	var got []view
	for _, r := range records([]quote.Quote{split, signOff}) {
		v := view{Start: r.Start, End: r.End, Cue: r.Cue != nil, Speaker: r.Speaker != nil, Lemma: r.Lemma}
		if r.Entity != nil {
			v.Entity = *r.Entity
		}
		got = append(got, v)
	}
	want := []view{
		{0, 10, true, true, "Ann Lee", "say"},
		{20, 30, true, true, "Ann Lee", "say"},
		{40, 80, false, false, "", ""}, // no cue to merge parts by: written whole
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("records (-want +got):\n%s", diff)
	}
}

// goldAsSystem writes a gold document's quotes as system records: part by
// part under the gold cue, or whole where there is no cue to merge them by.
func goldAsSystem(g *goldDocJSON) []sysRecord {
	var out []sysRecord
	for _, q := range g.Quotes {
		base := sysRecord{Kind: q.Kind, Speaker: q.Speaker, Cue: q.Cue, Entity: q.SpeakerEntity, Anonymous: q.Anonymous}
		spans := q.ContentSpans
		if q.Cue.span() == nil || len(spans) == 0 {
			spans = []spanJSON{{Start: &q.Start, End: &q.End}}
		}
		for _, c := range spans {
			r := base
			r.Start, r.End = *c.Start, *c.End
			out = append(out, r)
		}
	}
	return out
}

// TestSeedGoldAsSystem scores each document of the shared seed annotation
// against itself: every figure must be 100.
func TestSeedGoldAsSystem(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "eval", "seed", "esper.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("no seed annotation: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var g goldDocJSON
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("line %d: %v", line, err)
		}
		d := newDoc(&g)
		s := score([]docMatch{matchDoc(d, goldAsSystem(&g))})
		kinds := map[string]bool{}
		for _, q := range d.Gold {
			kinds[q.Kind] = kinds[q.Kind] || q.Speech
		}
		figures := map[string]float64{"headline quote F1": s.Headline.QuoteF1, "headline attribution F1": s.Headline.AttributionF1}
		for name, l := range map[string]LevelScores{"exact": s.Exact, "strict": s.Strict, "loose": s.Loose} {
			figures[name+" P"], figures[name+" R"], figures[name+" R-all"] = l.Precision, l.RecallSpeech, l.RecallAll
			figures[name+" attrF1"] = l.AttributionF1
			for kind, r := range map[string]float64{"direct": l.RecallDirect, "mixed": l.RecallMixed, "indirect": l.RecallIndirect} {
				if kinds[kind] {
					figures[name+" R-"+kind] = r
				}
			}
		}
		if s.Speaker.Judged > 0 {
			figures["speaker overlap"], figures["speaker exact"] = s.Speaker.Overlap, s.Speaker.Exact
		}
		if s.Cue.Judged > 0 {
			figures["cue overlap"], figures["cue exact"] = s.Cue.Overlap, s.Cue.Exact
		}
		if s.Entity.Judged > 0 {
			figures["entity accuracy"] = s.Entity.Accuracy
		}
		if s.Anonymous.Judged > 0 {
			figures["anonymous accuracy"] = s.Anonymous.Accuracy
		}
		for name, v := range figures {
			if v != 1 {
				t.Errorf("line %d (%s): %s = %v, want 1", line, d.ID, name, v)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}
