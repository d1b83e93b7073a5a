package quote

import (
	"iter"
	"slices"
	"sync"
)

// A Span is a half-open range [Start, End) of UTF-8 byte offsets into the
// text given to the extractor. Both ends lie on rune starts (or at the end of
// the text). The zero Span means absent.
type Span struct {
	Start int // byte offset of the first byte
	End   int // byte offset just past the last byte
}

// Len returns the length of s in bytes.
func (s Span) Len() int { return s.End - s.Start }

// IsZero reports whether s is the zero Span, which means absent.
func (s Span) IsZero() bool { return s == Span{} }

// Kind says how a quotation carries the speaker's words.
type Kind uint8

const (
	_        Kind = iota
	Direct        // the words are all inside quotation marks
	Mixed         // reported speech that carries quote-marked words
	Indirect      // reported speech with no quotation marks
)

var kindNames = [...]string{"", "direct", "mixed", "indirect"}

// String returns the kind's lower-case name: "direct", "mixed" or
// "indirect", and "" for the zero Kind.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return ""
}

// MentionKind says what sort of phrase names a speaker.
type MentionKind uint8

const (
	_           MentionKind = iota
	Name                    // a proper name, with its titles: "Defense Secretary Mark Esper"
	Pronoun                 // "he", "she", "they", "I", "we"
	Description             // a common noun phrase: "the company", "a U.S. defense official"
)

var mentionKindNames = [...]string{"", "name", "pronoun", "description"}

// String returns the kind's lower-case name: "name", "pronoun" or
// "description", and "" for the zero MentionKind.
func (k MentionKind) String() string {
	if int(k) < len(mentionKindNames) {
		return mentionKindNames[k]
	}
	return ""
}

// A Part is one stretch of a quotation's content with the text it covers.
type Part struct {
	Span Span
	Text string
}

// A Cue is the word or phrase that introduces speech: "said", "told",
// "according to", a colon, or the dash of a sign-off. A verb's cue is its
// verb group, with the auxiliaries, negation and adverbs before it and
// the preposition it takes after it: "has said", "did not respond to",
// "went on to say", "called for", "put it".
type Cue struct {
	Span  Span
	Text  string // the text of Span
	Lemma string // the dictionary form of the verb: "said" → "say"; the phrase itself for a non-verb cue
}

// A Speaker is the mention of who spoke, and the entity it resolves to.
type Speaker struct {
	Span Span
	Text string      // the text of Span: "Esper", "He", "A U.S. defense official"
	Kind MentionKind // name, pronoun or description

	// Name is the fullest name, without titles, of the person or body the
	// mention refers to ("He" → "Mark Esper"), or "" where it does not
	// resolve to a named entity (an anonymous source, an unresolved pronoun).
	Name string
	// Entity is a document-local identifier of the entity: mentions of the
	// same person or body share it. Identifiers count up from 1 in order of
	// first mention; 0 means no speaker.
	Entity int
	// Anonymous reports whether the source is unnamed: people described only
	// by role or affiliation, or said to speak on condition of anonymity.
	Anonymous bool
}

// A Quote is one attributed quotation: what was said, who said it, and the
// cue that links the two.
type Quote struct {
	// Span covers the content from the start of its first part to the end
	// of its last; Text is its text. For direct quotes the content includes
	// the quotation marks.
	Span Span
	Text string
	// Parts holds the content's stretches in order: one, or more where the
	// attribution interrupts the quotation ("The plan," he said, "is dead.")
	// or the quotation runs on over paragraphs.
	Parts []Part
	Kind  Kind
	// Cue is the dash of a sign-off ("— Mayor Ana Ruiz"), and the zero
	// Cue for reported speech with no cue word of its own.
	Cue     Cue
	Speaker Speaker
	// Confidence is the extractor's belief, in [0, 1], that the attribution
	// is right: the share of attributions found the same way (a quotation
	// with its cue after it, a reported clause after its cue, …) that were
	// right on the annotated news the rules were studied on.
	Confidence float64
	// Inherited reports whether the quotation has no cue of its own and
	// takes its speaker and cue from an attributed quotation just before it.
	Inherited bool
}

// An Extractor finds quotations in text and attributes them.
// An Extractor is immutable and safe for concurrent use by multiple
// goroutines.
type Extractor struct {
	cfg config
}

type config struct {
	indirect      bool
	minConfidence float64
	// eager makes every paragraph go through the whole analysis, even one
	// with no frame: the tests check that skipping changes nothing.
	eager bool
}

// An Option configures an [Extractor].
type Option func(*config)

// IndirectSpeech sets whether the extractor reports reported speech without
// quotation marks (kinds [Indirect] and [Mixed]). It is on by default.
func IndirectSpeech(enable bool) Option {
	return func(c *config) { c.indirect = enable }
}

// MinConfidence sets the confidence below which quotations are dropped.
// The default, 0, keeps every quotation the extractor attributes.
func MinConfidence(c float64) Option {
	return func(cfg *config) { cfg.minConfidence = c }
}

// New returns an Extractor configured by opts.
func New(opts ...Option) *Extractor {
	x := &Extractor{cfg: config{indirect: true}}
	for _, o := range opts {
		o(&x.cfg)
	}
	return x
}

var defaultExtractor = New()

// Extract finds the quotations in text with the default options and returns
// them in order of their first byte.
func Extract(text string) []Quote {
	return defaultExtractor.Extract(text)
}

// Extract finds the quotations in text and returns them in order of their
// first byte. It never fails: odd text (invalid UTF-8, unbalanced quotation
// marks, empty input) yields what can be found in it.
func (x *Extractor) Extract(text string) []Quote {
	return x.extract(text)
}

// Quotes returns an iterator over the quotations in text, in order of their
// first byte. The iterator may be ranged over more than once.
func (x *Extractor) Quotes(text string) iter.Seq[Quote] {
	return func(yield func(Quote) bool) {
		for _, q := range x.extract(text) {
			if !yield(q) {
				return
			}
		}
	}
}

// analyzers holds analyzers between extractions. An analyzer's buffers
// (tokens, sentences, marks, entities) grow to fit the longest text it has
// read, so that an extraction allocates little beyond the quotes it returns.
var analyzers = sync.Pool{New: func() any { return new(analyzer) }}

// extract returns the quotations of text in order of their first byte, or
// nil when there are none.
func (x *Extractor) extract(text string) []Quote {
	a := analyzers.Get().(*analyzer)
	defer analyzers.Put(a)
	a.reset(text)
	defer a.release()

	scanQuotations(text, &a.scan)
	marks := a.scan.marks
	mi := 0
	for _, p := range a.scan.paras {
		depth := 0 // a quotation continued from the last paragraph opens again
		a.notes.reset()
		a.toks = tokenize(a.toks[:0], &a.notes, text, p.Start, p.End, marks, &mi, &depth)
		a.sents = splitSentences(a.sents[:0], text, a.toks, a.notes.ends)
		a.startOf, a.start = sentence{}, 0
		prev := a.lone
		if x.cfg.eager || a.hasFrames() || a.pending != nil {
			a.paragraph(x.cfg.eager)
		} else {
			a.namesOnly()
		}
		if !prev.content.IsZero() { // most paragraphs follow no lone quotation, and sign off none
			a.signOffLine(prev)
		}
		a.para++
	}
	// kept holds the indices in out of the attributions the options keep,
	// in order of their first byte: most often they are found in that
	// order already, and a stable sort of the indices, not of the quotes,
	// leaves them as they are.
	kept, parts := a.kept[:0], 0
	for i := range a.out {
		if at := &a.out[i]; x.keep(at) {
			kept = append(kept, int32(i))
			parts += len(at.parts)
		}
	}
	a.kept = kept
	if len(kept) == 0 {
		return nil
	}
	byStart := func(i, j int32) int { return a.out[i].parts[0].Start - a.out[j].parts[0].Start }
	if !slices.IsSortedFunc(kept, byStart) {
		slices.SortStableFunc(kept, byStart)
	}
	// One array holds the parts of every quote; each quote's slice is
	// capped so that appending to it cannot reach its neighbour's.
	out := make([]Quote, len(kept))
	arena := make([]Part, parts)
	for k, i := range kept {
		at := &a.out[i]
		at.quote(&out[k], text, arena[:len(at.parts):len(at.parts)])
		arena = arena[len(at.parts):]
	}
	return out
}

// keep reports whether the options keep attribution at.
func (x *Extractor) keep(at *attribution) bool {
	return !at.dropped && (x.cfg.indirect || at.kind == Direct) && at.conf >= x.cfg.minConfidence
}

// reset readies a for an extraction from text, keeping its buffers.
func (a *analyzer) reset(text string) {
	*a = analyzer{
		text:       text,
		scan:       quoteScan{marks: a.scan.marks[:0], stack: a.scan.stack[:0], paras: a.scan.paras[:0]},
		toks:       a.toks[:0],
		notes:      a.notes,
		sents:      a.sents[:0],
		qrefs:      a.qrefs[:0],
		used:       a.used[:0],
		out:        a.out[:0],
		cands:      a.cands[:0],
		spans:      a.spans[:0],
		kept:       a.kept[:0],
		starts:     a.starts[:0],
		lastDirect: -1,
		carry:      -1,
		names:      a.names.reuse(text),
	}
}

// release drops what a holds of the text it read, so that a pooled
// analyzer keeps no text alive.
func (a *analyzer) release() {
	a.text = ""
	clear(a.out)
	clear(a.cands)
	a.names.release()
}

// quote makes q, which is zero, the public Quote of an attribution.
// Its Parts are put in parts, which has room for them.
func (at *attribution) quote(q *Quote, text string, parts []Part) {
	q.Span = Span{at.parts[0].Start, at.parts[len(at.parts)-1].End}
	q.Text = text[q.Span.Start:q.Span.End]
	q.Parts = parts
	for i, p := range at.parts {
		q.Parts[i] = Part{p, text[p.Start:p.End]}
	}
	q.Kind, q.Confidence, q.Inherited = at.kind, at.conf, at.inherited
	sp := at.speaker
	if !at.mention.IsZero() {
		sp = at.mention
	}
	if !at.cue.IsZero() {
		cue := at.cue
		// The cue grows into no speaker before it: "“…,” the weekly
		// reported." keeps "reported", though "weekly" may be an adverb.
		// A particle after the verb is passed over by the readings that
		// take a speaker after it, and the invariants of the tests hold
		// the two apart. Most cues stand right after their speaker, with
		// nothing but spaces between ("Hale said"): there the verb group
		// could only grow into the speaker, and is not read at all.
		adjacent := !sp.IsZero() && sp.End <= at.cue.Start
		for i := sp.End; adjacent && i < at.cue.Start; i++ {
			adjacent = text[i] == ' '
		}
		if !adjacent {
			cue.Start = verbGroupStart(text, cue, at.lemma)
			if !sp.IsZero() && cue.Start < sp.End && sp.End <= at.cue.Start {
				for cue.Start = sp.End; text[cue.Start] == ' '; cue.Start++ {
				}
			}
		}
		cue.End = cueTailEnd(text, cue, at.lemma)
		if p := &q.Parts[0]; p.Span.Start < cue.End && p.Span.Start >= at.cue.End {
			// "asked about the levy": the preposition is the cue's, not
			// the content's.
			s := cue.End
			for s < p.Span.End && text[s] == ' ' {
				s++
			}
			if s < p.Span.End {
				p.Span.Start, p.Text = s, text[s:p.Span.End]
				q.Span.Start, q.Text = s, text[s:q.Span.End]
			}
		}
		q.Cue = Cue{cue, text[cue.Start:cue.End], at.lemma}
	}
	if !at.speaker.IsZero() {
		q.Speaker = Speaker{
			Span: sp, Text: text[sp.Start:sp.End], Kind: at.skind,
			Name: at.name, Entity: at.entity, Anonymous: at.anonymous,
		}
	}
}
