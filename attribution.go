package quote

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Attribution: linking quotations and reported clauses to a cue and a
// speaker, sentence by sentence.

// An attribution is a quotation found in one paragraph, before its speaker
// is resolved to an entity.
type attribution struct {
	parts      []Span
	kind       Kind
	cue        Span
	lemma      string
	speaker    Span
	skind      MentionKind
	antecedent Span // what "who" refers to, or the head of an appositive
	conf       float64
	inherited  bool
	// The entity the speaker resolves to.
	name      string
	entity    int
	anonymous bool
}

// A qref is a top-level quotation's stretch within the current paragraph.
type qref struct {
	open, close int // token indices of the marks; close is -1 when it runs to the paragraph's end
	used        bool
}

// analyzer holds the state of one extraction. It is not shared while in
// use; between extractions it waits in a pool, so that its buffers serve
// the next one (see [Extractor.extract]).
type analyzer struct {
	text  string
	scan  quoteScan
	toks  []token
	sents []sentence
	qrefs []qref
	used  []bool // per token of the paragraph: taken as a cue or speaker
	out   []attribution
	cands []attribution // reported speech of the sentence being read
	// paraOut and sentOut are where the current paragraph's and
	// sentence's attributions start in out.
	paraOut, sentOut int
	// lastDirect is the index in out of the latest attribution that a
	// floating quotation may inherit, or -1; lastPara the paragraph it is in.
	lastDirect int
	lastPara   int
	lastAtEnd  bool // the latest such attribution is in its paragraph's last sentence
	// pending is a cue that ends the last paragraph with a colon, for a
	// quotation that opens the next one.
	pending *attribution
	// carry is the index in out of the attribution whose quotation runs
	// on into the next paragraph, or -1.
	carry int
	// titleCase reports whether the paragraph is a headline in title case,
	// where a capitalized "Says" is still a verb.
	titleCase bool
	para      int
	cur       sentence // the sentence being read
	si        int      // its index in sents
	names     entities
}

// paragraph finds the attributions of the paragraph whose tokens and
// sentences the analyzer holds.
func (a *analyzer) paragraph() {
	a.qrefs = a.qrefs[:0]
	for i, t := range a.toks {
		if t.kind == tOpen && t.depth == 1 {
			c := -1
			for j := i + 1; j < len(a.toks); j++ {
				if a.toks[j].kind == tClose && a.toks[j].depth == 1 {
					c = j
					break
				}
				if a.toks[j].kind == tOpen && a.toks[j].depth == 1 {
					break
				}
			}
			a.qrefs = append(a.qrefs, qref{open: i, close: c, used: a.nickname(i)})
		}
	}
	if cap(a.used) < len(a.toks) {
		a.used = make([]bool, len(a.toks))
	}
	a.used = a.used[:len(a.toks)]
	clear(a.used)
	a.paraOut = len(a.out)

	a.titleCase = a.isTitleCase()
	if len(a.sents) > 0 {
		a.cur = a.sents[0]
		a.colonFrames()
	}
	for i, s := range a.sents {
		a.si = i
		a.cur = s
		a.sentOut = len(a.out)
		a.names.scan(a, s)
		a.direct(s)
		a.indirect(s)
	}
	if len(a.sents) > 0 {
		a.colonCue()
	}
	if a.lastPara == a.para && a.lastDirect >= 0 && len(a.sents) > 0 {
		last := a.out[a.lastDirect].parts
		a.lastAtEnd = last[len(last)-1].End >= a.toks[a.sents[len(a.sents)-1].lo].Start
	}
	// A quotation left open at the paragraph's end goes on in the next
	// one: remember the attribution it belongs to.
	a.carry = -1
	if n := len(a.qrefs); n > 0 && a.qrefs[n-1].close < 0 && len(a.out) > a.paraOut {
		last := &a.out[len(a.out)-1]
		if last.parts[len(last.parts)-1].End == a.toks[len(a.toks)-1].End {
			a.carry = len(a.out) - 1
		}
	}
}

// hasFrames reports whether the paragraph can hold a frame: it has a
// quotation mark, a colon, or a word that can cue reported speech. Most
// paragraphs of news have none of them.
func (a *analyzer) hasFrames() bool {
	for _, t := range a.toks {
		switch t.kind {
		case tWord:
			if t.lex.frame() {
				return true
			}
		case tOpen, tClose:
			return true
		case tPunct:
			if t.r == ':' {
				return true
			}
		}
	}
	return false
}

// namesOnly does for a paragraph with no frame what [analyzer.paragraph]
// would: it records the names of its sentences, and leaves the state that
// the next paragraph reads as paragraph leaves it when it finds nothing.
func (a *analyzer) namesOnly() {
	a.paraOut = len(a.out)
	if len(a.sents) > 0 {
		a.pending = nil // colonFrames drops a cue the paragraph does not take
	}
	for _, s := range a.sents {
		a.names.scan(a, s)
	}
	a.carry = -1
}

// colonFrames handles the paragraphs that a colon attributes: a quotation
// after a paragraph that ends "He said:", a transcript's "NAME: words" and
// a headline's "Name: ‘words’".
func (a *analyzer) colonFrames() {
	pending := a.pending
	a.pending = nil
	if pending != nil && len(a.qrefs) > 0 && a.qrefs[0].open == 0 {
		q := &a.qrefs[0]
		at := *pending
		at.parts = []Span{a.span(q.open, a.qend(*q))}
		at.kind = Direct
		at.conf = 0.8
		q.used = true
		a.emit(at)
		return
	}
	// NAME: text
	i := 0
	if i < len(a.toks) && a.toks[i].kind == tOpen {
		i++
	}
	j := i
	for j < len(a.toks) && j < i+6 && (a.isCapWord(j) || a.isPunct(j, '.') && j > i) {
		j++
	}
	if j == i || !a.isPunct(j, ':') || len(a.toks)-j < 4 || a.toks[j].depth > 1 || j-i > 4 {
		return
	}
	switch lowerASCII(a.word(i)) {
	case "correction", "clarification", "update", "updated", "editor", "note", "photo", "video",
		"watch", "read", "related", "source", "sources", "warning", "disclaimer", "advertisement",
		"breaking", "revealed", "contributing", "paid", "exclusive", "boom", "look", "listen", "twitter":
		return // notices, not speakers
	}
	// In the body of an article a colon after a name is a transcript
	// (HOLT:, Q:) or introduces a quotation; elsewhere it is a subheading.
	transcript := strings.ToUpper(a.text[a.toks[i].Start:a.toks[j-1].End]) == a.text[a.toks[i].Start:a.toks[j-1].End]
	if a.para > 0 && !transcript && a.toks[j+1].kind != tOpen {
		return
	}
	for k := i; k < j; k++ {
		if _, cue := a.cue(k); cue && k > i {
			return // "Trump Says: …" is a cue of its own
		}
		if a.toks[k].kind == tWord && a.class(k) != openClass && !(j-i == 1 && len(a.word(k)) == 1) {
			return // "Stealth Over Health:", "The Latest:" name no speaker; "Q:" and "A:" do
		}
	}
	lo := j + 1
	hi := a.trimEnd(lo, len(a.toks))
	if a.toks[lo].kind == tOpen {
		hi = len(a.toks)
	}
	kind := Name
	at := attribution{
		parts: []Span{a.span(lo, hi)}, kind: Direct, cue: a.toks[j].Span, lemma: ":",
		speaker: a.span(i, j), skind: kind, conf: 0.6,
	}
	for k := range a.qrefs {
		if a.qrefs[k].open < hi {
			a.qrefs[k].used = true
		}
	}
	for k := i; k <= j; k++ {
		a.used[k] = true
	}
	a.emit(at)
}

// colonCue records a cue that ends the paragraph with a colon ("The Times
// reports:"), for a quotation that opens the next paragraph.
func (a *analyzer) colonCue() {
	n := len(a.toks)
	if n < 2 || !a.isPunct(n-1, ':') || a.toks[n-1].depth != 0 {
		return
	}
	s := a.sents[len(a.sents)-1]
	for k := n - 2; k >= s.lo && k >= n-10; k-- {
		if a.toks[k].kind != tWord || a.used[k] {
			continue
		}
		v, ok := a.cue(k)
		if !ok || a.passive(k) {
			continue
		}
		sp := a.subject(k, s.lo)
		if !sp.ok() {
			continue
		}
		at := attribution{cue: a.toks[k].Span, lemma: v.lemma, speaker: a.span(sp.lo, sp.hi), skind: sp.kind}
		a.pending = &at
		return
	}
	// "17-year-old Jared Potts echoed:", "The email goes on to say:":
	// whatever the verb, the colon hands the next quotation to the
	// sentence's subject.
	if sp := a.firstSubject(s, n-1); sp.ok() && a.personLike(sp) {
		at := attribution{cue: a.toks[n-1].Span, lemma: ":", speaker: a.span(sp.lo, sp.hi), skind: sp.kind}
		a.pending = &at
	}
}

// nounLikeVerb reports whether the bare or -s form of a noun-like cue at
// toks[k] is a verb after its subject sp: "Trump claims", "critics
// charge", "they note"; not "battleground states" or "a private email".
func (a *analyzer) nounLikeVerb(k int, sp phrase) bool {
	if c, _ := lookupCue(a.word(k)); !sp.ok() || sp.hi != k || c.lemma == "state" || a.possessive(sp.hi-1) {
		return false
	}
	switch sp.kind {
	case Pronoun:
		return !a.isWord(sp.lo, "it") || strings.HasSuffix(a.word(k), "s")
	case Name:
		return strings.HasSuffix(a.word(k), "s") && sp.hi-sp.lo <= 4
	}
	head := a.word(sp.hi - 1)
	return !strings.HasSuffix(a.word(k), "s") && len(head) > 3 && strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss")
}

// cueAt reports whether toks[j] is a reporting verb.
func (a *analyzer) cueAt(j int) bool {
	_, ok := a.cue(j)
	return ok
}

// personLike reports whether phrase p can name someone who speaks: a
// name, a pronoun other than "it", or a definite description.
func (a *analyzer) personLike(p phrase) bool {
	switch p.kind {
	case Name:
		return true
	case Pronoun:
		return !a.isWord(p.lo, "it") && !a.isWord(p.lo, "which")
	}
	return a.isWord(p.lo, "the") || a.class(p.lo) == determiner && a.commonHead(p.hi-1)
}

// isTitleCase reports whether most words of the paragraph are capitalized
// and it is short: a headline.
func (a *analyzer) isTitleCase() bool {
	words, caps := 0, 0
	for i, t := range a.toks {
		if t.kind != tWord || t.depth != 0 {
			continue
		}
		words++
		if words > 25 {
			return false // most paragraphs: no need to read on
		}
		if t.cap || a.class(i) != openClass {
			caps++
		}
	}
	return words >= 3 && caps*10 >= words*9
}

// firstQuote returns the index of the first quotation of the paragraph
// that opens at or after token lo.
func (a *analyzer) firstQuote(lo int) int {
	k, _ := slices.BinarySearchFunc(a.qrefs, lo, func(q qref, lo int) int { return q.open - lo })
	return k
}

// qend returns the token index just past quotation q in the paragraph.
func (a *analyzer) qend(q qref) int {
	if q.close < 0 {
		return len(a.toks)
	}
	return q.close + 1
}

// contentSpan returns the byte span of tokens [lo, hi).
func (a *analyzer) span(lo, hi int) Span {
	if hi <= lo {
		return Span{}
	}
	return Span{a.toks[lo].Start, a.toks[hi-1].End}
}

// direct attributes the quotations that start in sentence s.
func (a *analyzer) direct(s sentence) {
	for qi := a.firstQuote(s.lo); qi < len(a.qrefs) && a.qrefs[qi].open < s.hi; qi++ {
		q := &a.qrefs[qi]
		if q.used {
			continue
		}
		if a.titleQuote(*q) {
			q.used = true // CBS's “Face the Nation”, his book “Make Your Kid a Millionaire”
			continue
		}
		end := a.qend(*q)
		// The quotation's content stays as the marks delimit it.
		content := a.span(q.open, end)

		// After it: “…,” Esper said. / “…,” said Paul Okafor.
		trailerEnd := s.hi
		if end == s.hi && a.si+1 < len(a.sents) && a.askedOrExclaimed(*q) {
			// “Does anybody know?” Graham asked. The question mark ended
			// the sentence too early.
			trailerEnd = a.sents[a.si+1].hi
		}
		if end < trailerEnd || end == len(a.toks) && q.close >= 0 {
			if at, ok := a.trailer(end, trailerEnd); ok && (trailerEnd == s.hi || a.endsAfter(at.cueEnd, trailerEnd)) {
				at.parts = []Span{content}
				at.kind = Direct
				// Words before the quotation belong to the report:
				// Clinton "is the only candidate …," Newton said.
				if lo := a.sentenceStart(s); lo < q.open && lo >= s.lo && !a.hasCue(lo, q.open) && (qi == 0 || a.qrefs[qi-1].close < lo) {
					at.parts = []Span{a.span(lo, end)}
					at.kind = Mixed
				}
				at.conf = 0.9
				q.used = true
				// A split quotation: “The plan,” Whitfield said, “is dead.”
				if nq := a.splitContinuation(qi, at.cueEnd, s); nq >= 0 {
					n := &a.qrefs[nq]
					n.used = true
					at.parts = append(at.parts, a.span(n.open, a.qend(*n)))
				}
				a.emit(at.attribution)
				continue
			}
		}
		// Before it: Rita Alvarez, a nurse, said: “…” / As Fischer put it, “…”
		if at, mixedFrom, ok := a.leader(q.open, s); ok {
			q.used = true
			if mixedFrom >= 0 {
				// Reported speech that carries the quotation: the content
				// is the whole clause to the sentence's end.
				hi := a.clauseEnd(mixedFrom, s.hi)
				if hi < end {
					hi = end
				}
				at.parts = []Span{a.span(mixedFrom, hi)}
				at.kind = Mixed
				for k := a.firstQuote(mixedFrom); k < len(a.qrefs) && a.qrefs[k].open < hi; k++ {
					a.qrefs[k].used = true
				}
			} else {
				at.parts = []Span{content}
				at.kind = Direct
			}
			at.conf = 0.75
			a.emit(at.attribution)
			continue
		}
		// On its own: a sign-off, or a quotation that carries on from an
		// attributed one.
		if at, ok := a.signOff(end); ok {
			at.parts = []Span{content}
			at.kind = Direct
			at.conf = 0.8
			q.used = true
			a.emit(at)
			continue
		}
		if q.open == 0 && a.carry >= 0 {
			// The quotation continued from the last paragraph is one
			// more part of the same quote.
			q.used = true
			a.out[a.carry].parts = append(a.out[a.carry].parts, content)
			a.lastDirect, a.lastPara = a.carry, a.para
			continue
		}
		if q.open == s.lo || q.open == s.lo+1 && a.toks[s.lo].kind == tPunct {
			// A quotation on its own carries on the speaker's words: in the
			// same paragraph, or in the next when the last one closed its
			// paragraph. Single marks here are headings ('Chief trade
			// prosecutor.'), not speech.
			near := a.para == a.lastPara || a.para == a.lastPara+1 && a.lastAtEnd
			if r, _ := markAt(a.text, a.toks[q.open].Start); a.lastDirect >= 0 && near && classOf(r) == doubleMark && (end >= s.hi-1 || q.close < 0) {
				prev := a.out[a.lastDirect]
				at := attribution{
					parts: []Span{content}, kind: Direct, cue: prev.cue, lemma: prev.lemma,
					speaker: prev.speaker, skind: prev.skind, antecedent: prev.antecedent,
					name: prev.name, entity: prev.entity, anonymous: prev.anonymous,
					conf: 0.6, inherited: true,
				}
				q.used = true
				a.out = append(a.out, at)
				a.lastPara = a.para
			}
		}
	}
}

// titleQuote reports whether quotation q names a work or a show rather
// than quoting anyone: it follows a possessive or a noun such as "book"
// or "titled", and is short.
func (a *analyzer) titleQuote(q qref) bool {
	if q.close < 0 || q.close-q.open > 12 {
		return false
	}
	p := q.open - 1
	if a.isPunct(p, ',') {
		p--
	}
	if a.possessive(p) && p == q.open-1 {
		return true
	}
	switch lowerASCII(a.word(max(p, 0))) {
	case "book", "film", "movie", "show", "song", "album", "article", "column", "essay", "titled",
		"entitled", "headlined", "program", "series", "play", "novel", "memoir", "documentary", "podcast", "newsletter":
		return p >= 0 && a.toks[p].kind == tWord
	}
	return false
}

// plainAdjuncts reports whether toks[lo:hi] are words with no clause of
// their own: no auxiliary, no subject pronoun, no cue, no "that".
func (a *analyzer) plainAdjuncts(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if a.toks[j].kind == tOpen || a.toks[j].kind == tClose || a.isWord(j, "that") || a.class(j) == auxiliary || a.class(j) == pronoun {
			return false
		}
		if _, ok := a.cue(j); ok {
			return false
		}
	}
	return true
}

// askedOrExclaimed reports whether quotation q ends with a question or
// exclamation mark inside its closing mark.
func (a *analyzer) askedOrExclaimed(q qref) bool {
	return q.close > 0 && (a.isPunct(q.close-1, '?') || a.isPunct(q.close-1, '!'))
}

// endsAfter reports whether nothing but adjuncts and closing punctuation
// follows toks[j] before hi: the attribution is the whole sentence.
func (a *analyzer) endsAfter(j, hi int) bool {
	j = a.skipAdjuncts(j, hi, cueVerb{})
	if a.trimEnd(j, hi) <= j || a.isPunct(j-1, ',') || a.isPunct(j, ',') {
		return true
	}
	// "… Trump said to a crowd of about 500.": adjuncts the list does not
	// know, with no clause of their own.
	for ; j < hi; j++ {
		if a.toks[j].kind == tOpen || a.isWord(j, "that") || a.class(j) == auxiliary || a.class(j) == pronoun && !a.isWord(j, "it") {
			return false
		}
		if _, ok := a.cue(j); ok {
			return false
		}
	}
	return true
}

// A found attribution, with where its cue clause ends.
type found struct {
	attribution
	cueEnd int // token index just past the cue clause
}

// trailer parses an attribution that follows a quotation, starting at
// toks[p]: "Esper said", "said Paul Okafor, the county engineer",
// "according to X". hi bounds the sentence.
func (a *analyzer) trailer(p, hi int) (found, bool) {
	if p < hi && a.toks[p].kind == tPunct && (a.toks[p].r == ',' || isDash(a.toks[p].r)) {
		p++
	}
	if p >= hi || a.toks[p].kind != tWord {
		return found{}, false
	}
	if a.isWord(p, "according") && a.isWord(p+1, "to") {
		sp := a.rightPhrase(p+2, hi)
		if !sp.ok() {
			return found{}, false
		}
		return a.makeFound(p, p+2, "according to", sp, sp.hi), true
	}
	if v, ok := a.cue(p); ok && v.lemma != "put" {
		// Inverted: said Paul Okafor. Or a bare "said Tuesday" is no match.
		sp := a.rightPhrase(p+1, hi)
		if !sp.ok() {
			return found{}, false
		}
		return a.makeFound(p, p+1, v.lemma, sp, sp.hi), true
	}
	// The first cue within reach, and the speaker before it: "Okafor
	// said", "Trump lawyer Marc Kasowitz said", "Okafor, the county
	// engineer, said".
	for k := p + 1; k < hi && k < p+24; k++ {
		t := a.toks[k]
		if t.kind == tOpen || t.kind == tPunct && (t.r == '.' && !a.abbreviationDot(k) || t.r == '?' || t.r == '!' || t.r == ';') {
			break
		}
		if t.kind != tWord || a.used[k] {
			continue
		}
		v, ok := a.cue(k)
		if !ok || t.cap && !a.titleCase || v.lemma == "put" && !a.isWord(k+1, "it") || a.passive(k) {
			continue
		}
		sp := a.subject(k, p)
		if !sp.ok() && a.isWord(p, "it") && k <= p+2 {
			sp = phrase{p, p + 1, Pronoun} // “…,” it wrote.
		}
		if !sp.ok() || sp.lo != p {
			return found{}, false
		}
		return a.makeFound(k, k+1, v.lemma, sp, k+1), true
	}
	return a.unknownTrailer(p, hi)
}

// unknownTrailer parses "“…,” an angry Hollande retaliated." with a verb
// the lexicon lacks: a speaker, then a past-tense verb that ends the
// sentence or a comma. Only a quotation whose last mark invites an
// attribution (a comma, question or exclamation mark before the closing
// mark) comes here, so the verb is taken for the cue.
func (a *analyzer) unknownTrailer(p, hi int) (found, bool) {
	if !a.isPunct(p-1, ',') && a.toks[p-1].kind == tClose && !a.isPunct(p-2, ',') && !a.isPunct(p-2, '?') && !a.isPunct(p-2, '!') {
		return found{}, false
	}
	sp := a.rightPhrase(p, hi)
	if !sp.ok() || sp.kind == Description && a.class(sp.lo) != determiner {
		return found{}, false
	}
	k := sp.hi
	for k < hi && a.adverb(k) {
		k++
	}
	if k >= hi || a.toks[k].kind != tWord || a.toks[k].cap || a.class(k) != openClass || !strings.HasSuffix(a.word(k), "ed") {
		return found{}, false
	}
	if n := a.skipAdjuncts(k+1, hi, cueVerb{}); n < hi && !a.isPunct(n, ',') && !a.isPunct(n, '.') && !a.isPunct(n, '!') && !a.isPunct(n, '?') && !a.isPunct(n-1, ',') && !a.isWord(n, "and") {
		return found{}, false
	}
	return a.makeFound(k, k+1, lowerASCII(a.word(k)), sp, k+1), true
}

func (a *analyzer) makeFound(cueLo, cueHi int, lemma string, sp phrase, end int) found {
	f := found{cueEnd: end}
	f.cue = a.span(cueLo, cueHi)
	f.lemma = lemma
	f.speaker = a.span(sp.lo, sp.hi)
	f.skind = sp.kind
	for j := cueLo; j < cueHi; j++ {
		a.used[j] = true
	}
	for j := sp.lo; j < sp.hi; j++ {
		a.used[j] = true
	}
	return f
}

// splitContinuation returns the quotation after qi that continues it past
// an interrupting attribution ending at toks[from], or -1.
func (a *analyzer) splitContinuation(qi, from int, s sentence) int {
	if qi+1 >= len(a.qrefs) {
		return -1
	}
	n := a.qrefs[qi+1]
	if n.open < from || n.open >= s.hi+2 {
		return -1
	}
	// Only punctuation and adjuncts in between: “…,” Trump said during a
	// rally in Kenansville, N.C., “but …”. Across a sentence end the next
	// quotation is a floating one, or has an attribution of its own.
	if !a.isPunct(n.open-1, ',') && !a.isPunct(n.open-1, ':') {
		return -1
	}
	words := 0
	for j := from; j < n.open; j++ {
		if a.toks[j].kind == tWord {
			words++
		}
	}
	if words > 4 && a.skipAdjuncts(from, n.open, cueVerb{}) < n.open-1 {
		return -1
	}
	return qi + 1
}

// leader parses an attribution before a quotation opening at toks[open]:
// "Alvarez said: “…”", "As Fischer put it, “…”", "He said “progress…”".
// When the quotation is part of a reported clause, mixedFrom is the token
// where the clause starts; otherwise it is -1.
func (a *analyzer) leader(open int, s sentence) (found, int, bool) {
	lo := s.lo
	if open == s.lo || a.possessive(open-1) {
		return found{}, -1, false // MSNBC’s “Morning Joe” is a title
	}
	// Search back for the cue, no further than a few words.
	for k := open - 1; k >= lo && k >= open-12; k-- {
		t := a.toks[k]
		if t.kind == tOpen || t.kind == tClose {
			break
		}
		if t.kind != tWord || a.used[k] {
			continue
		}
		v, ok := a.cue(k)
		if !ok || t.cap && k != s.lo && !a.titleCase {
			continue
		}
		if v.lemma == "put" && !a.isWord(k+1, "it") {
			continue
		}
		if a.passive(k) {
			continue
		}
		sp := a.subject(k, lo)
		if w := a.word(k); strings.HasSuffix(w, "ing") && (a.isPunct(k-1, ',') || a.isWord(k-1, "and")) {
			sp = a.firstSubject(s, k) // "Cruz took the stage, saying his use of “Palestine” …"
		}
		if v.flags&cueQuoteOnly != 0 && sp.ok() && sp.hi == k && (a.isWord(sp.lo, "a") || a.isWord(sp.lo, "an")) && strings.HasSuffix(a.word(k), "ed") && k+1 == open {
			continue // "a book called “Women Who Work”" names a thing
		}
		cueEnd := k + 1
		if v.lemma == "put" {
			cueEnd = k + 2 // as Fischer put it
		}
		if !sp.ok() {
			// Inverted: said Paul Okafor: “…”
			sp = a.rightPhrase(k+1, open)
			if !sp.ok() || !a.isPunct(sp.hi, ',') && !a.isPunct(sp.hi, ':') {
				continue
			}
			cueEnd = sp.hi
		}
		f := a.makeFound(k, k+1, v.lemma, sp, cueEnd)
		// Between the cue and the mark: a colon or comma means the
		// quotation is the speech itself; words mean a reported clause.
		j := a.skipAdjuncts(cueEnd, open, v)
		if j < open-1 && (a.isPunct(open-1, ',') || a.isPunct(open-1, ':')) && a.plainAdjuncts(j, open-1) {
			j = open - 1 // "said in an op-ed piece before a 2014 hearing, “…”"
		}
		switch {
		case j == open-1 && (a.isPunct(j, ':') || a.isPunct(j, ',')) || j == open:
			if j == open && v.flags&cueQuoteOnly != 0 && !a.isPunct(open-1, ',') && !a.isPunct(open-1, ':') {
				return f, open, true
			}
			if j == open && a.quoteStartsLower(open) {
				return f, open, true
			}
			return f, -1, true
		case a.isWord(j, "that") || a.isWord(j, "whether") || a.isWord(j, "if"):
			from := j
			if a.isWord(j, "that") {
				from = j + 1
			}
			return f, from, true
		default:
			if v.flags&(cueQuoteOnly|cueNoClause) != 0 {
				if open-j <= 3 || v.flags&cueQuoteOnly != 0 && open-j <= 8 && !a.isWord(j, "for") && !a.isWord(j, "on") && !a.isWord(j, "off") {
					// "called half of his supporters “deplorables”": the
					// object is part of what was said.
					return f, j, true
				}
				a.unuse(k, sp)
				continue
			}
			if !a.clauseStart(j, open+1, v) {
				a.unuse(k, sp)
				continue
			}
			return f, j, true
		}
	}
	// "Trump leaned in and boomed: “Let’s defeat her.”", "She then
	// addressed the supporters again: “…”": whatever the verb, a colon
	// hands a quotation that is a sentence to the sentence's subject.
	if a.isPunct(open-1, ':') && open-1 > lo && !a.quoteStartsLower(open) {
		k := open - 2
		if a.toks[k].kind == tWord && !a.toks[k].cap && strings.HasSuffix(a.word(k), "ed") && a.class(k) == openClass {
			sp := a.subject(k, lo)
			if !sp.ok() && a.coordinated(k, lo) {
				sp = a.firstSubject(s, k)
			}
			if sp.ok() && sp.kind != Description {
				return a.makeFound(k, k+1, lowerASCII(a.word(k)), sp, k+1), -1, true
			}
		}
		if sp := a.firstSubject(s, open-1); sp.ok() && a.personLike(sp) {
			return a.makeFound(open-1, open, ":", sp, open), -1, true
		}
	}
	return found{}, -1, false
}

// speakerContext returns the text of the current sentence near sp, where
// a report says its source is unnamed ("who spoke on condition of
// anonymity"). A window, not the whole sentence, keeps the cost bounded.
func (a *analyzer) speakerContext(sp Span) string {
	const reach = 200
	lo, hi := a.toks[a.cur.lo].Start, a.toks[a.cur.hi-1].End
	if !sp.IsZero() {
		lo, hi = max(lo, sp.Start-reach), min(hi, sp.End+reach)
	}
	for lo > 0 && !utf8.RuneStart(a.text[lo]) {
		lo--
	}
	for hi < len(a.text) && !utf8.RuneStart(a.text[hi]) {
		hi++
	}
	return a.text[lo:hi]
}

// nickname reports whether toks[j] opens a nickname inside a name:
// Robert “Red” Castellano.
func (a *analyzer) nickname(j int) bool {
	return j > 0 && j+3 < len(a.toks) && a.toks[j].kind == tOpen && a.isCapWord(j-1) &&
		a.isCapWord(j+1) && a.toks[j+2].kind == tClose && a.isCapWord(j+3)
}

// abbreviationDot reports whether the period toks[k] ends an
// abbreviation such as "Mr." or "Sen.".
func (a *analyzer) abbreviationDot(k int) bool {
	p := k - 1
	if p < 0 || a.toks[p].kind != tWord || a.toks[p].End != a.toks[k].Start {
		return false
	}
	w := a.word(p)
	if i := strings.LastIndexByte(w, '-'); i >= 0 && len(w)-i <= 5 {
		w = w[i+1:] // R-Ky., D-Wis.
	}
	return abbreviations[lowerASCII(w)] || len(w) <= 4 && a.toks[p].cap && strings.ToUpper(w[:1]) == w[:1] && (len(w) == 1 || a.isPunct(k+1, ')') || a.isPunct(k+1, ','))
}

// hasCue reports whether toks[lo:hi] holds a reporting verb.
func (a *analyzer) hasCue(lo, hi int) bool {
	if hi-lo > maxClauseTokens {
		return true // too far from the sentence start to be one report
	}
	for j := lo; j < hi; j++ {
		if a.toks[j].kind == tWord {
			if _, ok := a.cue(j); ok {
				return true
			}
		}
	}
	return false
}

// unuse releases tokens taken by a cue and speaker that did not work out.
func (a *analyzer) unuse(cue int, sp phrase) {
	a.used[cue] = false
	for j := sp.lo; j < sp.hi; j++ {
		a.used[j] = false
	}
}

// quoteStartsLower reports whether the quotation opening at toks[open]
// starts with a lower-case word: a fragment woven into the sentence.
func (a *analyzer) quoteStartsLower(open int) bool {
	return open+1 < len(a.toks) && a.toks[open+1].kind == tWord && !a.toks[open+1].cap
}

// passive reports whether the cue at toks[k] is a passive or infinitive
// ("was told", "declined to say"), whose subject is not the speaker.
func (a *analyzer) passive(k int) bool {
	if k == 0 {
		return false
	}
	if a.isWord(k-1, "to") {
		return true
	}
	j := k - 1
	for j > 0 && a.class(j) == auxiliary && !a.isWord(j, "was") && !a.isWord(j, "were") && !a.isWord(j, "been") && !a.isWord(j, "is") && !a.isWord(j, "are") && !a.isWord(j, "be") {
		j--
	}
	for _, w := range [...]string{"was", "were", "been", "being", "is", "are", "be"} {
		if a.isWord(j, w) {
			word := a.word(k)
			return len(word) > 2 && (word[len(word)-2:] == "ed" || equalFoldASCII(word, "told") || equalFoldASCII(word, "said"))
		}
	}
	return false
}

// subject returns the speaker before the cue at toks[k]: the noun phrase,
// past auxiliaries, appositives and relative clauses.
func (a *analyzer) subject(k, lo int) phrase {
	j := k
	for j > lo {
		w := j - 1
		if !a.toks[w].cap && (a.class(w) == auxiliary || a.adverb(w) || a.isWord(w, "now") || a.isWord(w, "once") || a.isWord(w, "further")) {
			j--
			continue
		}
		// "Wells Fargo just this month announced", "Trump on Tuesday said"
		if a.class(w) == timeWord && (a.isWord(w-1, "this") || a.isWord(w-1, "last") || a.isWord(w-1, "on") || a.isWord(w-1, "early") || a.isWord(w-1, "late")) && w-1 > lo {
			j = w - 1
			continue
		}
		if a.class(w) == timeWord && (a.isWord(w-1, "past") || a.isWord(w-1, "next")) && (a.isWord(w-2, "this") || a.isWord(w-2, "the")) && w-2 > lo {
			j = w - 2 // this past week
			continue
		}
		break
	}
	if j > lo && (a.isPunct(j-1, ',') || a.toks[j-1].kind == tPunct && isDash(a.toks[j-1].r)) {
		return a.insertedSubject(j-1, lo)
	}
	// "An aide who was not authorized to speak said": the phrase before
	// the relative pronoun.
	for w := j - 2; w > lo && w >= j-12; w-- {
		if a.toks[w].kind != tWord {
			break
		}
		if a.isWord(w, "who") && a.toks[w-1].kind == tWord {
			if p := a.leftPhrase(w, lo); p.ok() && p.kind != Pronoun {
				return p
			}
			// "… and who didn't want to be named said": the words before
			// the cue belong to the relative clause, not to a speaker.
			return phrase{}
		}
	}
	p := a.leftPhrase(j, lo)
	if !p.ok() {
		return p
	}
	// "It said" is a company speaking; "it" further off is seldom anyone.
	if p.kind == Pronoun && a.isWord(p.lo, "it") && p.hi != k || a.possessive(p.hi-1) {
		return phrase{}
	}
	return p
}

// insertedSubject returns the speaker before a clause or appositive set off
// by commas and ending at the comma toks[end]: "The official, who briefed
// reporters, said", "Loretta Simms, 64, whose house flooded, said",
// "Another fan, Joy Adebayo, said". It walks back over the commas to the
// phrase that starts the sentence, or that a name follows.
func (a *analyzer) insertedSubject(end, lo int) phrase {
	// "Murphy, though, said": a one-word aside between commas.
	if a.isPunct(end, ',') && end-2 > lo && a.isPunct(end-2, ',') && (a.class(end-1) == conjunction || a.class(end-1) == auxiliary || a.adverb(end-1) || a.isWord(end-1, "however") || a.isWord(end-1, "meanwhile") || a.isWord(end-1, "instead")) {
		if p := a.leftPhrase(end-2, lo); p.ok() {
			return p
		}
	}
	dash := a.toks[end].kind == tPunct && isDash(a.toks[end].r)
	start := end
	for dash && start-1 > lo && a.toks[start-1].kind == tPunct && isDash(a.toks[start-1].r) {
		start-- // "--" is two tokens
	}
	var nearest phrase
	for c := start - 1; c > lo && c >= end-40; c-- {
		t := a.toks[c]
		if t.kind == tOpen || t.kind == tClose || t.kind == tPunct && (t.r == ';' || t.r == ':') {
			break
		}
		// "The justice -- who has been in a scuffle -- said": a dash
		// opens what another dash closes.
		if dash && t.kind == tPunct && isDash(t.r) {
			for c > lo && a.toks[c-1].kind == tPunct && isDash(a.toks[c-1].r) {
				c-- // "--" is two tokens
			}
			if p := a.leftPhrase(c, lo); p.ok() {
				return p
			}
			break
		}
		if !a.isPunct(c, ',') {
			continue
		}
		n := c + 1 // what the inserted part starts with
		if !(a.class(n) == pronoun || a.class(n) == preposition || a.class(n) == auxiliary || a.isWord(n, "whose") || a.class(n) == determiner || a.toks[n].kind == tWord && (a.toks[n].cap || a.class(n) == openClass)) {
			break
		}
		p := a.leftPhrase(c, lo)
		if !p.ok() {
			continue
		}
		// "Another fan, Joy Adebayo, said": the name in the appositive.
		if p.kind == Description && n < end && a.allCaps(n, end) {
			return phrase{n, end, Name}
		}
		if !nearest.ok() && (p.kind != Description || a.class(p.lo) == determiner || a.commonHead(p.hi-1)) {
			nearest = p
		}
		// The phrase that starts the sentence, or follows a conjunction,
		// is the subject; one after a comma or preposition is part of an
		// inserted phrase ("who lost her daughter in Aurora, Colorado,").
		if p.lo == lo || a.class(p.lo-1) == conjunction || a.toks[p.lo-1].kind != tWord {
			return p
		}
	}
	return nearest
}

// allCaps reports whether toks[lo:hi] are a short run of capitalized words:
// a name.
func (a *analyzer) allCaps(lo, hi int) bool {
	if hi-lo > 5 {
		return false
	}
	for j := lo; j < hi; j++ {
		if !a.isCapWord(j) && !a.abbreviationDot(j) {
			return false
		}
	}
	return true
}

// skipAdjuncts returns the first token from i (before hi) that is not part
// of what may follow a cue before its content: the listener of "told",
// times, "in a statement", "on Twitter", commas.
func (a *analyzer) skipAdjuncts(i, hi int, v cueVerb) int {
	if v.flags&cueObject != 0 && i < hi {
		if a.class(i) == objectPronoun {
			i++
		} else if p := a.rightPhrase(i, hi); p.ok() {
			i = p.hi
		}
	} else if i < hi && a.class(i) == objectPronoun {
		i++
	} else if p := a.rightPhrase(i, hi); v.flags&cueInfinitive != 0 && p.ok() && (a.isWord(p.hi, "to") || a.isWord(p.hi, "not") && a.isWord(p.hi+1, "to") || a.isWord(p.hi, "whether") || a.isWord(p.hi, "if") || a.whWord(p.hi)) {
		i = p.hi // urged Congress to act, asked the crowd to welcome him
	} else if i < hi && (a.isWord(i, "reporters") || a.isWord(i, "journalists")) {
		i++
	}
	for guard := 0; i < hi && guard < 6; guard++ {
		switch {
		case a.class(i) == timeWord || a.isCapWord(i) && a.class(i) == timeWord:
			i++
		case a.isWord(i, "on") || a.isWord(i, "in") || a.isWord(i, "at") || a.isWord(i, "during") || a.isWord(i, "late") || a.isWord(i, "early") || a.isWord(i, "last") || a.isWord(i, "this"):
			// A short prepositional adjunct: in a statement, on Tuesday,
			// at a news conference, in an interview with CNN.
			j := i + 1
			for j < hi && j < i+7 && a.toks[j].kind == tWord && a.class(j) != conjunction && a.class(j) != pronoun && a.class(j) != auxiliary && !a.isWord(j, "that") {
				if _, cue := a.cue(j); cue && j > i+1 && a.class(j-1) != determiner && a.class(j-1) != openClass {
					break // a verb, not "a conference call"
				}
				j++
			}
			if !a.adjunctHead(i, j) {
				return i
			}
			i = j
		case a.isWord(i, "of") && i+1 < hi:
			// "says of Clinton, “…”", "told his audience of Monday,"
			j := i + 1
			for j < hi && j < i+7 && a.toks[j].kind == tWord {
				j++
			}
			if j >= hi || !a.isPunct(j, ',') && a.toks[j].kind != tOpen {
				return i
			}
			i = j
		case a.isPunct(i, ','):
			i++
		default:
			return i
		}
	}
	return i
}

// adjunctHead reports whether toks[lo:hi], a prepositional phrase after a
// cue, is one of the adjuncts reporters put there.
func (a *analyzer) adjunctHead(lo, hi int) bool {
	for j := lo + 1; j < hi; j++ {
		w := lowerASCII(a.word(j))
		switch w {
		case "statement", "interview", "conference", "briefing", "speech", "email", "e-mail", "letter",
			"twitter", "facebook", "post", "tweet", "call", "hearing", "rally", "debate", "address",
			"appearance", "op-ed", "radio", "television", "show", "podcast", "meeting", "event", "video",
			"remarks", "note", "memo", "filing", "release", "message", "program", "week", "month", "year",
			"website", "site", "blog", "page", "account", "channel", "broadcast", "column", "editorial",
			"newsletter", "report", "book", "documentary", "ad", "advertisement", "commercial", "episode",
			"morning", "afternoon", "evening", "night", "weekend", "time", "day", "session":
			return true
		}
		if a.class(j) == timeWord || a.isCapWord(j) {
			return true
		}
	}
	return false
}

// clauseEnd returns where a reported clause that starts at toks[lo] ends:
// at the sentence's end, before its final punctuation, or where the
// writer takes over again: a second report (", adding", "and warned"), a
// clause with a subject of its own (", but he"), a comment (", a figure
// that …", ", which he said …").
func (a *analyzer) clauseEnd(lo, hi int) int {
	hi = min(hi, lo+maxClauseTokens)
	for j := lo + 1; j < hi; j++ {
		// “…loop-hole,” she said: a quotation's own attribution ends the
		// report that carries it.
		if a.toks[j].kind == tClose && a.toks[j].depth == 1 && j+2 < hi && (a.class(j+1) == pronoun || a.isCapWord(j+1)) {
			if v, ok := a.cue(j + 2); ok && !v.plain {
				return j + 1
			}
		}
		// A comma may stand inside a closing mark: “… this cycle,” while …
		comma, end := a.isPunct(j, ',') && a.toks[j].depth == 0, j
		if a.toks[j].kind == tClose && a.toks[j].depth == 1 && a.isPunct(j-1, ',') {
			comma, end = true, j+1
		}
		if comma && j+1 < hi && a.writerResumes(j+1, hi) {
			return end
		}
		if a.toks[j].depth != 0 {
			continue
		}
		// "said A and warned B": the second verb is a report of its own.
		if a.isWord(j, "and") || a.isWord(j, "but") {
			e := j
			if a.isPunct(j-1, ',') {
				e = j - 1
			}
			for w := j + 1; w < hi && w < j+7 && a.toks[w].kind == tWord; w++ {
				if v, ok := a.cue(w); ok && !a.toks[w].cap && !(v.plain && v.flags&cueNounLike != 0) && !a.passive(w) {
					return e
				}
				if judgingVerbs[lowerASCII(a.word(w))] {
					return e // "said he makes $41,000 and questioned how …"
				}
				if a.class(w) == conjunction || a.class(w) == preposition || a.modal(w) {
					break // "and would announce" goes on with the report
				}
			}
		}
		if a.isPunct(j, ';') || a.toks[j].kind == tPunct && isDash(a.toks[j].r) && a.isPunct(j+1, a.toks[j].r) {
			return j
		}
		// A new clause with its own subject: ", and he urged", " but she
		// has also".
		if (a.isWord(j, "and") || a.isWord(j, "but")) && a.isPunct(j-1, ',') && a.class(j+1) == pronoun && !a.isWord(j+1, "who") && !a.isWord(j+1, "which") {
			return j - 1
		}
		if a.isWord(j, "but") && a.class(j+1) == pronoun && !a.isWord(j+1, "it") {
			return j
		}
		// A headline's second clause: "Clinton Says No To Fox News As
		// Sanders Turns Up The Heat".
		if a.titleCase && a.toks[j].cap && (a.isWord(j, "as") || a.isWord(j, "while") || a.isWord(j, "amid") || a.isWord(j, "after") || a.isWord(j, "despite")) {
			return j
		}
	}
	return a.trimEnd(lo, hi)
}

// judgingVerbs are past tenses that, after "and", start a second deed of
// the speaker's rather than more of the report: "said A and criticized
// him for B".
var judgingVerbs = map[string]bool{
	"criticized": true, "criticised": true, "questioned": true, "accused": true, "praised": true,
	"blamed": true, "thanked": true, "dismissed": true, "rejected": true, "defended": true,
	"attacked": true, "mocked": true, "blasted": true, "slammed": true, "challenged": true,
	"counter-accused": true, "condemned": true, "denounced": true, "pledged": true, "vowed": true,
}

// writerResumes reports whether, after a comma, toks[j] starts words of
// the writer's rather than more of the report.
func (a *analyzer) writerResumes(j, hi int) bool {
	switch lowerASCII(a.word(j)) {
	case "adding", "saying", "noting", "arguing", "explaining", "according":
		return true // a second report
	case "while", "although", "though", "whereas":
		return true
	case "but":
		// ", but he…" starts a clause of the writer's; ", but only for a
		// year" goes on with the report.
		return a.class(j+1) == pronoun || a.class(j+1) == determiner || a.isCapWord(j+1)
	case "a", "an":
		// ", a figure that economists questioned": the writer's comment.
		for w := j + 1; w < hi && w < j+5; w++ {
			if a.isWord(w, "that") || a.isWord(w, "which") || a.isWord(w, "who") {
				return true
			}
		}
	}
	// ", which he said were …", ", the footage showed": a comment with a
	// report of its own.
	for w := j; w < hi && w < j+5 && a.toks[w].kind == tWord; w++ {
		if v, ok := lookupCue(a.word(w)); ok && !a.toks[w].cap && !v.plain && a.class(w-1) != determiner && !strings.HasSuffix(a.word(w), "ing") {
			if a.class(w-1) == pronoun || a.isCapWord(w-1) || a.class(w-1) == openClass && w-1 > j {
				return true
			}
		}
	}
	return false
}

// trimTime returns hi less a time adjunct that ends a reported clause:
// "blasted Clinton as a “disgrace” Wednesday on the Laura Ingraham Show".
// The adjunct says when the report was made, not what was reported.
func (a *analyzer) trimTime(lo, hi int) int {
	for t := hi - 1; t > lo+1 && t >= hi-8; t-- {
		if !a.isCapWord(t) || a.class(t) != timeWord || a.isWord(t, "last") || a.isWord(t, "this") {
			continue
		}
		if a.class(t-1) == preposition && !a.isWord(t-1, "on") {
			return hi // "back by Friday" is what was said
		}
		// Only a short place or show may follow: "on CNN", "in Ohio".
		for w := t + 1; w < hi; w++ {
			if a.class(w) == auxiliary || a.class(w) == pronoun || a.toks[w].kind == tOpen {
				return hi
			}
		}
		if a.isWord(t-1, "on") || a.isWord(t-1, "last") || a.isWord(t-1, "early") || a.isWord(t-1, "late") {
			t--
		}
		return a.trimEnd(lo, t)
	}
	return hi
}

// trimEnd returns hi less the punctuation that ends toks[lo:hi] outside
// quotation marks.
func (a *analyzer) trimEnd(lo, hi int) int {
	for hi > lo {
		t := a.toks[hi-1]
		if t.kind == tPunct && t.depth == 0 && (t.r == '.' || t.r == ',' || t.r == ':' || t.r == ';' || isDash(t.r)) {
			hi--
			continue
		}
		break
	}
	return hi
}

// signOff parses a sign-off after a quotation: “We will rebuild.” — Mayor
// Ana Ruiz.
func (a *analyzer) signOff(end int) (attribution, bool) {
	if end >= len(a.toks) {
		return attribution{}, false
	}
	t := a.toks[end]
	if t.kind != tPunct || !isDash(t.r) {
		return attribution{}, false
	}
	sp := a.rightPhrase(end+1, len(a.toks))
	if !sp.ok() || sp.kind != Name {
		return attribution{}, false
	}
	// The sign-off ends its line, or the next quotation follows it.
	if sp.hi < len(a.toks) {
		n := a.toks[sp.hi]
		between := a.text[a.toks[sp.hi-1].End:n.Start]
		if n.kind != tOpen && !a.isPunct(sp.hi, '.') && !a.isPunct(sp.hi, ',') && !strings.Contains(between, "\n") {
			return attribution{}, false
		}
	}
	return attribution{speaker: a.span(sp.lo, sp.hi), skind: sp.kind}, true
}

// indirect finds reported speech in sentence s: clauses governed by a cue
// that no quotation has taken.
func (a *analyzer) indirect(s sentence) {
	a.cands = a.cands[:0]
	for k := s.lo; k < s.hi; k++ {
		t := a.toks[k]
		if t.kind != tWord || t.depth != 0 || a.used[k] {
			continue
		}
		if !t.lex.frame() && !(k+1 < len(a.toks) && a.toks[k+1].lex.cueNoun()) {
			continue // no frame starts at a word that is no cue, before no cue noun
		}
		if a.isWord(k, "according") && a.isWord(k+1, "to") {
			a.accordingTo(k, s)
			continue
		}
		if a.possessive(k) && k+2 < s.hi && a.toks[k+1].lex.cueNoun() && a.isWord(k+2, "that") {
			a.nounReport(k, s)
			continue
		}
		if t.cap && k != s.lo && !a.titleCase {
			continue // a capitalized word inside a sentence is a name: Islamic State
		}
		v, ok := a.cue(k)
		if ok && v.lemma == "ask" && (a.passive(k) || a.isWord(k-1, "when") || k == a.sentenceStart(s)) {
			a.askedFrame(k, s)
			continue
		}
		if !ok || a.passive(k) || a.isWord(k+1, "off") {
			continue // "called off the talks", "wrote off the loan"
		}
		if k > s.lo && strings.HasSuffix(a.word(k), "ed") && (a.class(k-1) == determiner || a.possessive(k-1) || a.toks[k-1].kind == tWord && isDigit(firstRune(a.word(k-1)))) {
			continue // an adjective: "270 pledged delegates", "his stated goal"
		}
		if v.flags&cueParticle != 0 {
			if !a.isWord(k+1, "out") {
				continue
			}
			a.used[k+1] = true
		}
		if v.flags&cueQuoteOnly != 0 {
			// "called for a repeal", "called on Congress to act" and
			// ", calling them rapists" report speech; "called off the
			// talks" does not.
			calling := a.isWord(k, "calling") && (a.isPunct(k-1, ',') || a.isWord(k-1, "and"))
			if v.lemma != "call" || !a.isWord(k+1, "for") && !a.isWord(k+1, "on") && !calling {
				continue
			}
		}
		a.reported(k, v, s)
	}
	// Reporters nest speech ("X said Y told him Z"), but the attribution is
	// the outer one: drop a candidate whose cue lies in other content.
	// Content is at most maxClauseTokens long, so only near neighbours
	// can hold a cue: looking at a few keeps long sentences linear.
	const near = 16
	for i, c := range a.cands {
		nested := false
		for j := max(0, i-near); j < min(len(a.cands), i+near); j++ {
			o := a.cands[j]
			// Each inside the other: the earlier cue governs the sentence.
			if i != j && o.covers(c.cue) && !(c.covers(o.cue) && c.cue.Start < o.cue.Start) {
				nested = true
			}
		}
		for _, o := range a.out[max(a.paraOut, len(a.out)-near):] {
			if o.covers(c.cue) {
				nested = true
			}
		}
		if !nested {
			a.emitReported(c)
		}
	}
}

// covers reports whether sp lies within one of at's parts.
func (at attribution) covers(sp Span) bool {
	for _, p := range at.parts {
		if p.Start <= sp.Start && sp.End <= p.End {
			return true
		}
	}
	return false
}

// reported tries the frames of reported speech around the cue at toks[k].
func (a *analyzer) reported(k int, v cueVerb, s sentence) {
	word := a.word(k)
	participle := len(word) > 3 && word[len(word)-3:] == "ing" && a.class(k-1) != auxiliary
	var sp phrase
	if participle {
		// ", adding that …": the speaker is the sentence's subject.
		if !a.isPunct(k-1, ',') && !a.isWord(k-1, "and") && !a.isWord(k-1, "by") && !a.isWord(k-1, "after") && !a.isWord(k-1, "while") && !a.isWord(k-1, "before") {
			return
		}
		sp = a.firstSubject(s, k)
	} else {
		sp = a.subject(k, s.lo)
		if sp.ok() && (a.isWord(sp.lo-1, "what") || a.isWord(sp.lo-1, "how")) {
			return // "what Trump says his plan would do" is no report of its own
		}
		if !sp.ok() && a.coordinated(k, s.lo) {
			// "Scott beamed and asked …": the subject of the first verb.
			sp = a.firstSubject(s, k)
		}
	}
	inverted := false
	if !sp.ok() && a.isPunct(k-1, ',') {
		sp = a.rightPhrase(k+1, s.hi)
		inverted = true
	}
	if !sp.ok() {
		return
	}
	if v.plain && v.flags&cueNounLike != 0 && a.nounLikeVerb(k, sp) {
		v.plain = false // "Legal observers note the White House would …"
	}
	after := k + 1
	if inverted {
		after = sp.hi
	}
	if (v.lemma == "call" && (a.isWord(k+1, "for") || a.isWord(k+1, "on")) || v.flags&cueParticle != 0) && !inverted {
		after++ // called for, called on, pointed out
	}
	if v.lemma == "call" && !a.isWord(k+1, "for") && !a.isWord(k+1, "on") {
		// ", calling them rapists": the object and what it was called.
		if end := a.clauseEnd(k+1, s.hi); end-(k+1) >= 2 && !inverted {
			at := attribution{parts: []Span{a.span(k+1, end)}, kind: Indirect, conf: 0.6}
			a.fill(&at, k, v.lemma, sp)
			a.cands = append(a.cands, at)
		}
		return
	}
	nounContent := false
	if !inverted && !v.plain && (a.isWord(after, "against") || a.isWord(after, "about")) && v.lemma != "say" {
		after++ // warned against hackers, asked about the plan
		nounContent = true
	}
	j := a.skipAdjuncts(after, s.hi, v)
	// "urged conservatives to obey the decision": the one urged is part
	// of what was said, unlike the listener of "told reporters that".
	objectTo := false
	if v.flags&cueInfinitive != 0 && (a.isWord(j, "to") || a.isWord(j, "not") && a.isWord(j+1, "to")) && j > after && !inverted {
		if o := a.rightPhrase(after, j); o.ok() && o.hi == j || a.class(after) == objectPronoun && after+1 == j {
			j, objectTo = after, !v.plain
		}
	}
	// "The strike, union officials said, will continue": set off by commas,
	// and what follows has no subject of its own.
	interrupted := !inverted && a.isPunct(sp.lo-1, ',') && a.isPunct(j-1, ',') && j-1 > k && j < s.hi &&
		a.toks[j].kind == tWord && !a.isWord(j, "that") && !a.reportParticiple(j) && a.class(j) != conjunction && a.class(j) != preposition
	// "…, lawmakers said Friday, as they bristled": after a comma the
	// report comes before the cue, unless "that" or a quotation follows.
	commaAfter := j < s.hi && a.isPunct(j-1, ',') && j-1 > k && !a.isWord(j, "that") && a.toks[j].kind != tOpen
	if commaAfter && !inverted && sp.lo <= a.sentenceStart(s) && !participle {
		// "Rubio says, win or lose, he's staying": nothing stands before
		// the speaker, so the report follows the comma.
		commaAfter = false
	}
	if !commaAfter && !inverted && !a.isWord(j, "that") && j < s.hi {
		// "said Thursday during a town hall in Buffalo, New York, that
		// states can …": the complementizer a little further on.
		if t := a.thatAhead(j, s.hi, v.flags&cueObject != 0); t > 0 {
			j = t
		}
	}
	end := a.clauseEnd(j, s.hi)
	that := a.isWord(j, "that")
	if that {
		j++
	}
	for j < end && a.toks[j].kind == tPunct && a.toks[j].r != '(' {
		j++
	}
	if a.isWord(sp.lo, "who") || a.isWord(sp.lo, "which") || a.subordinate(sp.lo, s.lo) || a.isWord(sp.lo-1, "which") || a.isWord(sp.lo-1, "whom") {
		// "Ted Cruz, who said he would …, arrived": the relative or
		// subordinate clause ends at its comma.
		for c := j + 1; c < end; c++ {
			if a.isPunct(c, ',') && a.toks[c].depth == 0 {
				end = c
				break
			}
		}
	}
	end = a.trimTime(j, end)
	if a.isWord(sp.lo-1, "as") && !inverted && (commaAfter || a.trimEnd(j, s.hi) <= j) {
		// "As The Hill reported, Trump was accused …" and "…, as the
		// Times reported on Saturday.": the report is the main clause.
		lo := a.sentenceStart(s)
		var part Span
		if sp.lo-1 <= lo {
			if e := a.clauseEnd(j, s.hi); e-j >= 3 && commaAfter {
				part = a.span(j, e)
			}
		} else if e := a.trimEnd(lo, sp.lo-1); e-lo >= 3 {
			part = a.span(lo, e)
		}
		if !part.IsZero() {
			at := attribution{parts: []Span{part}, kind: Indirect, conf: 0.45}
			a.fill(&at, k, v.lemma, sp)
			a.cands = append(a.cands, at)
		}
		return
	}
	if !interrupted && !commaAfter && end-j >= 2 && !inverted && v.flags&cueNoClause == 0 && (objectTo || that && (!(v.plain && v.flags&cueNounLike != 0) || a.class(j) == pronoun || a.class(j) == determiner || a.isCapWord(j)) || v.flags&cueThat == 0 && (nounContent || a.clauseStart(j, end, v) || v.lemma == "call")) {
		at := attribution{parts: []Span{a.span(j, end)}, kind: Indirect, conf: 0.7}
		a.fill(&at, k, v.lemma, sp)
		a.cands = append(a.cands, at)
		return
	}
	if a.isPunct(j, ':') || a.isPunct(j-1, ':') {
		return // "In a 1963 speech, he declared:" introduces what follows
	}
	// Nothing reported after the cue: the content comes before it.
	// "CONTENT, SPEAKER said." or interrupted "A, SPEAKER said, B."
	first := sp.lo
	if inverted {
		first = k
	}
	// Reach back over an inserted clause to the comma before the speaker.
	if !a.isPunct(first-1, ',') && !a.isPunct(first-1, '—') {
		return
	}
	if (v.flags&cueNoClause != 0 || v.plain && v.flags&cueNounLike != 0) && sp.kind == Description {
		return // "…, attacks would continue.", "…, 18 states, …" are no reports
	}
	if inverted && sp.kind == Description && a.class(sp.lo) != determiner && !a.commonHead(sp.hi-1) {
		return // "…, posted one-sided news" names no speaker
	}
	lo := a.sentenceStart(s)
	before := a.trimEnd(lo, first-1)
	if before-lo < 3 && !(interrupted && before > lo) {
		return
	}
	at := attribution{parts: []Span{a.span(lo, before)}, kind: Indirect, conf: 0.75}
	// Interrupted: the clause goes on after the attribution. After an
	// inverted cue the rest of the sentence describes the speaker.
	rest := a.skipAdjuncts(after, s.hi, v)
	switch {
	case inverted:
	case interrupted:
		e := a.clauseEnd(rest, s.hi)
		if e-rest >= 1 {
			at.parts = append(at.parts, a.span(rest, e))
		}
	case rest < s.hi-1 && !a.isPunct(rest, '.') && !a.isPunct(rest, ',') && !(a.isPunct(rest-1, ',') && strings.HasSuffix(a.word(rest), "ing")):
		return
	}
	a.fill(&at, k, v.lemma, sp)
	a.cands = append(a.cands, at)
}

// askedFrame handles a question put to someone: "When asked whether he
// would run, Smith said …", "Asked about the plan, …", "was asked by
// host John Dickerson whether …". The asker is the phrase after "by", or
// nobody; what was asked runs to the clause's comma.
func (a *analyzer) askedFrame(k int, s sentence) {
	var sp phrase
	j := k + 1
	if a.isWord(j, "by") {
		sp = a.rightPhrase(j+1, s.hi)
		if !sp.ok() {
			return
		}
		j = sp.hi
	}
	j = a.skipAdjuncts(j, s.hi, cueVerb{})
	if j >= s.hi || !(a.isWord(j, "about") || a.isWord(j, "whether") || a.isWord(j, "if") || a.whWord(j) || a.toks[j].kind == tOpen) {
		return
	}
	end := a.clauseEnd(j, s.hi)
	if a.toks[j].kind != tOpen {
		for c := j + 1; c < end; c++ {
			if a.isPunct(c, ',') && a.toks[c].depth == 0 {
				end = c
				break
			}
		}
	}
	if end-j < 2 {
		return
	}
	at := attribution{parts: []Span{a.span(j, end)}, kind: Indirect, conf: 0.6}
	at.cue = a.toks[k].Span
	at.lemma = "ask"
	if sp.ok() {
		at.speaker = a.span(sp.lo, sp.hi)
		at.skind = sp.kind
	}
	a.used[k] = true
	a.cands = append(a.cands, at)
}

// nounReport handles a report carried by a noun after a possessive:
// "Trump’s claim that there have been thousands of shootings".
func (a *analyzer) nounReport(k int, s sentence) {
	sp := a.leftPhrase(k+1, s.lo)
	if !sp.ok() {
		return
	}
	sp.kind = Description
	if a.toks[k].cap {
		sp.kind = Name
	}
	lo := k + 3
	end := a.clauseEnd(lo, s.hi)
	if end-lo < 2 {
		return
	}
	at := attribution{parts: []Span{a.span(lo, end)}, kind: Indirect, conf: 0.6}
	at.cue = a.toks[k+1].Span
	at.lemma = lowerASCII(a.word(k + 1))
	at.speaker = a.span(sp.lo, sp.hi)
	at.skind = sp.kind
	a.used[k+1] = true
	a.cands = append(a.cands, at)
}

// accordingTo handles "According to X, CONTENT." and "CONTENT, according
// to X."
func (a *analyzer) accordingTo(k int, s sentence) {
	sp := a.rightPhrase(k+2, s.hi)
	if !sp.ok() || sp.hi-sp.lo < 2 && a.class(sp.lo) == determiner {
		// "according to the “Medicare for all” document he released": a
		// source the phrase rules cannot bound runs to the next comma.
		e := k + 2
		for e < s.hi && e < k+16 && !a.isPunct(e, ',') && !a.isPunct(e, '.') && !a.isPunct(e, ':') {
			e++
		}
		if e == k+2 {
			return
		}
		sp = phrase{k + 2, e, Description}
	}
	lo := a.sentenceStart(s)
	for lo < k && (a.isPunct(lo, ',') || a.isWord(lo, "but") || a.isWord(lo, "and") || a.isWord(lo, "yet") || a.isWord(lo, "so")) {
		lo++ // "But, according to the poll, …"
	}
	var at attribution
	if k == lo {
		j := sp.hi
		for j < s.hi && !a.isPunct(j, ',') && j < sp.hi+8 {
			j++
		}
		if !a.isPunct(j, ',') {
			return
		}
		end := a.clauseEnd(j+1, s.hi)
		if end-j < 3 {
			return
		}
		at.parts = []Span{a.span(j+1, end)}
	} else {
		before := k
		if a.isPunct(k-1, ',') || a.toks[k-1].kind == tPunct && isDash(a.toks[k-1].r) {
			before = k - 1
		} else if a.toks[k-1].kind != tWord && a.toks[k-1].kind != tClose {
			return
		}
		lo := a.sentenceStart(s)
		if before-lo < 3 {
			return
		}
		at.parts = []Span{a.span(lo, a.trimEnd(lo, before))}
		// "One of the decisions, according to a person close to the
		// process, is to …": the clause goes on after the source, past
		// any appositive of it.
		for j := sp.hi; j < s.hi && j < sp.hi+20; j++ {
			if _, cue := a.cue(j); cue && !a.toks[j].cap {
				break
			}
			if a.isPunct(j, ',') && (a.startsPredicate(j+1) || a.isWord(j+1, "because")) {
				if e := a.clauseEnd(j+1, s.hi); e-(j+1) >= 2 {
					at.parts = append(at.parts, a.span(j+1, e))
				}
				break
			}
		}
	}
	at.kind = Indirect
	at.conf = 0.7
	at.cue = a.span(k, k+2)
	at.lemma = "according to"
	at.speaker = a.span(sp.lo, sp.hi)
	at.skind = sp.kind
	a.used[k], a.used[k+1] = true, true
	a.cands = append(a.cands, at)
}

// firstSubject returns the subject of the sentence's main attribution,
// for a participle cue later in it: the speaker of the last attribution
// in this sentence, or the phrase that starts it.
func (a *analyzer) firstSubject(s sentence, k int) phrase {
	// The speaker of an attribution already found in the sentence, such
	// as a quotation's: “…,” Rendell recalled, suggesting …
	found := append(a.out[a.sentOut:len(a.out):len(a.out)], a.cands...)
	for i := len(found) - 1; i >= 0; i-- {
		at := found[i]
		if at.speaker.IsZero() || at.cue.Start >= a.toks[k].Start {
			continue
		}
		if p := a.phraseAt(at.speaker, s); p.ok() {
			p.kind = at.skind
			return p
		}
	}
	for j := max(s.lo, k-maxClauseTokens); j < k; j++ {
		if a.used[j] {
			continue
		}
		if v, ok := a.cue(j); ok && a.toks[j].kind == tWord && v.flags&cueQuoteOnly == 0 {
			if p := a.subject(j, s.lo); p.ok() {
				return p
			}
		}
	}
	lo := a.sentenceStart(s)
	for lo < k && (a.isWord(lo, "but") || a.isWord(lo, "and") || a.isWord(lo, "yet") || a.isWord(lo, "so") || a.isWord(lo, "then") || a.isWord(lo, "later")) {
		lo++ // "But the court overruled and said …"
	}
	if lo >= k {
		return phrase{}
	}
	// "Here in Columbia, Sanders stepped up …", "In 2016, Mrs. Schlafly
	// endorsed …": the subject follows an opening phrase and its comma.
	if c := a.class(lo); c == preposition || c == conjunction || c == auxiliary || a.toks[lo].kind == tWord && (a.isWord(lo, "here") || a.isWord(lo, "minutes") || a.isWord(lo, "inside") || a.isWord(lo, "outside") || a.adverb(lo)) {
		for j := lo + 1; j < k && j < lo+14; j++ {
			if a.isPunct(j, ',') {
				lo = j + 1
				break
			}
		}
		// "At a rally in Portsmouth, N.H., on Tuesday, Sanders …": more
		// of the opening phrase, a place or a time set off by commas.
		for n := 0; n < 3; n++ {
			e := lo
			for e < k && e < lo+4 && !a.isPunct(e, ',') && (a.isCapWord(e) || a.abbreviationDot(e) || a.class(e) == timeWord || a.isWord(e, "on") || a.toks[e].kind == tWord && isDigit(firstRune(a.word(e)))) {
				e++
			}
			if e == lo || e >= k || !a.isPunct(e, ',') || e+1 < k && a.cueAt(e+1) {
				break
			}
			lo = e + 1
		}
	}
	if p := a.rightPhrase(lo, k); p.ok() && (p.kind != Description || a.class(p.lo) == determiner) && !a.isWord(p.lo, "it") {
		return p
	}
	return phrase{}
}

// phraseAt returns the tokens of sentence s that span sp exactly.
func (a *analyzer) phraseAt(sp Span, s sentence) phrase {
	lo := -1
	for j := s.lo; j < s.hi; j++ {
		if a.toks[j].Start == sp.Start {
			lo = j
		}
		if lo >= 0 && a.toks[j].End == sp.End {
			return phrase{lo: lo, hi: j + 1}
		}
	}
	return phrase{}
}

// reportParticiple reports whether toks[j] is a participle that reports
// speech of its own: ", adding", ", saying".
func (a *analyzer) reportParticiple(j int) bool {
	v, ok := a.cue(j)
	return ok && !v.plain
}

// subordinate reports whether the phrase at toks[p] is the subject of a
// subordinate clause that opens the sentence: "Although Trump has
// admitted …, he", "Back when he wrote …, McKinley said".
func (a *analyzer) subordinate(p, lo int) bool {
	for j := p - 1; j >= lo && j >= p-3; j-- {
		switch lowerASCII(a.word(j)) {
		case "although", "though", "while", "because", "when", "if", "since", "after", "before", "as", "once", "unless", "whereas":
			return true
		}
	}
	return false
}

// thatAhead returns the position of a "that" a few words after toks[j]
// that opens the reported clause past adjuncts the lexicon of adjuncts
// does not know, or 0. The words before it must hold no verb and no
// pronoun: a clause would have started already.
func (a *analyzer) thatAhead(j, hi int, object bool) int {
	for t := j; t < hi && t < j+14; t++ {
		tk := a.toks[t]
		if tk.kind == tOpen || tk.kind == tPunct && tk.r != ',' && tk.r != '.' || tk.kind == tPunct && tk.r == '.' && !a.abbreviationDot(t) {
			return 0
		}
		if tk.kind != tWord {
			continue
		}
		if a.isWord(t, "that") {
			// After "told" the words before "that" are its listener: "told
			// a TV interviewer that".
			if t > j && (object || a.isPunct(t-1, ',') || a.isCapWord(t-1) || a.adjunctHead(j-1, t)) {
				return t
			}
			return 0
		}
		if c := a.class(t); c == auxiliary || c == pronoun || c == conjunction {
			return 0
		}
		if _, ok := lookupCue(a.word(t)); ok && !a.toks[t].cap {
			return 0
		}
	}
	return 0
}

// whWord reports whether toks[j] opens an indirect question: "asked
// Sanders how he was feeling".
func (a *analyzer) whWord(j int) bool {
	switch lowerASCII(a.word(j)) {
	case "how", "why", "what", "when", "where", "who", "which":
		return true
	}
	return false
}

// modal reports whether toks[j] is a modal verb or "to".
func (a *analyzer) modal(j int) bool {
	switch lowerASCII(a.word(j)) {
	case "will", "would", "could", "should", "may", "might", "must", "can", "to", "shall":
		return true
	}
	return false
}

// adverb reports whether toks[j] is a lower-case adverb in -ly: "flatly",
// "repeatedly", "cynically".
func (a *analyzer) adverb(j int) bool {
	if j < 0 || a.toks[j].kind != tWord || a.toks[j].cap {
		return false
	}
	w := a.word(j)
	return len(w) > 4 && strings.HasSuffix(w, "ly") && a.class(j) == openClass
}

// coordinated reports whether the cue at toks[k] is the second verb of a
// coordination ("beamed and asked", "agreed, but also contended").
func (a *analyzer) coordinated(k, lo int) bool {
	j := k - 1
	for j > lo && a.class(j) == auxiliary {
		j--
	}
	return j > lo && (a.isWord(j, "and") || a.isWord(j, "but"))
}

// clauseStart reports whether toks[lo:hi], after the cue v, reads as a
// reported clause rather than an object ("said goodbye", "told the
// story"): it opens with a complementizer or a subject pronoun, or has a
// finite verb soon; "to" opens one only after verbs such as "vowed".
func (a *analyzer) clauseStart(lo, hi int, v cueVerb) bool {
	if lo >= hi {
		return false
	}
	if a.toks[lo].kind == tOpen {
		return !a.possessive(lo - 1) // not a title: on MSNBC’s “Morning Joe”
	}
	if a.toks[lo].kind != tWord {
		return false
	}
	if a.class(lo) == pronoun && !a.isWord(lo, "who") && !a.isWord(lo, "which") && !a.isWord(lo, "it") {
		return true // he, they, he’s
	}
	w := lowerASCII(a.word(lo))
	switch w {
	case "that":
		// "Rust Belt states that have suffered": after a noun-like form
		// "that" opens a relative clause unless a subject follows it.
		if v.plain && v.flags&cueNounLike != 0 {
			return a.class(lo+1) == pronoun || a.class(lo+1) == determiner || a.isCapWord(lo+1)
		}
		return true
	case "whether", "if", "how", "why", "what", "when", "where", "who", "there":
		return true
	case "he", "she", "they", "we", "i", "you":
		return true
	case "to":
		return v.flags&cueInfinitive != 0 && !v.plain
	case "goodbye", "hello", "so", "yes", "thanks", "for", "about", "of", "by", "with", "from", "in", "on", "at":
		return false
	case "not":
		if a.isWord(lo+1, "to") {
			// "warned him not to" reports; "asked not to be named" asks
			// for anonymity and reports nothing.
			if a.isWord(lo+2, "be") && (a.isWord(lo+3, "named") || a.isWord(lo+3, "identified") || a.isWord(lo+3, "quoted")) {
				return false
			}
			return v.flags&cueInfinitive != 0 && !v.plain
		}
		return a.hasFiniteVerb(lo+1, min(hi, lo+6))
	case "nothing", "something", "anything", "no", "more", "much", "little":
		// "no date had been set" is a clause; "said little" is not.
		return a.hasFiniteVerb(lo+1, min(hi, lo+6))
	}
	if v.plain && v.flags&cueNounLike != 0 {
		return false // "his comments came", "battleground states could"
	}
	if c := a.class(lo); c == preposition || c == conjunction {
		// "said on Wednesday after a briefing" is no report, but "says
		// despite being an alumna, she will root for Iowa" is: a clause
		// with a subject follows the opening phrase's comma.
		for j := lo + 1; j < hi && j < lo+10; j++ {
			if a.isPunct(j, ',') {
				return j+1 < hi && (a.class(j+1) == pronoun && !a.isWord(j+1, "which") && !a.isWord(j+1, "who") || a.class(j+1) == determiner) && a.hasFiniteVerb(j+2, min(hi, j+10))
			}
		}
		return false
	}
	if a.hasFiniteVerb(lo+1, min(hi, lo+12)) {
		return true
	}
	// What some verbs report may be a noun phrase: "acknowledged their
	// uphill battle", "announced the pick", "denied the claims".
	return v.flags&cueNounObject != 0 && !v.plain && (a.class(lo) == determiner || a.possessive(lo) || a.isCapWord(lo))
}

// startsPredicate reports whether toks[j] opens a predicate with no
// subject before it: an auxiliary, or a verb ending in -s or -ed.
func (a *analyzer) startsPredicate(j int) bool {
	if j >= len(a.toks) || a.toks[j].kind != tWord || a.toks[j].cap {
		return false
	}
	switch a.class(j) {
	case auxiliary:
		return true
	case openClass:
		w := a.word(j)
		return len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"))
	}
	return false
}

// hasFiniteVerb reports whether toks[lo:hi] has a word that is likely a
// finite verb: an auxiliary or modal, or a word ending in -ed or -s after
// a noun.
func (a *analyzer) hasFiniteVerb(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if a.class(j) == auxiliary {
			return true
		}
		w := a.word(j)
		if a.toks[j].kind == tWord && len(w) > 3 && (w[len(w)-2:] == "ed" || w[len(w)-1] == 's' && w[len(w)-2] != 's' && !a.possessive(j)) {
			return true
		}
	}
	return false
}

// fill sets the cue and speaker of at.
func (a *analyzer) fill(at *attribution, k int, lemma string, sp phrase) {
	at.cue = a.span(k, k+1)
	at.lemma = lemma
	at.speaker = a.span(sp.lo, sp.hi)
	at.skind = sp.kind
	a.used[k] = true
	if sp.kind == Pronoun && a.isWord(sp.lo, "who") {
		// The relative pronoun stands for the phrase before its comma.
		if a.isPunct(sp.lo-1, ',') {
			if p := a.leftPhrase(sp.lo-1, 0); p.ok() {
				at.antecedent = a.span(p.lo, p.hi)
			}
		}
	}
}

// emitReported records reported speech, as mixed when its content holds a
// quotation, and marks those quotations as taken.
func (a *analyzer) emitReported(at attribution) {
	for _, p := range at.parts {
		k, _ := slices.BinarySearchFunc(a.qrefs, p.Start, func(q qref, pos int) int { return a.toks[q.open].Start - pos })
		for ; k < len(a.qrefs) && a.toks[a.qrefs[k].open].Start < p.End; k++ {
			a.qrefs[k].used = true
			at.kind = Mixed
		}
	}
	a.emit(at)
}

// emit records an attribution, with its speaker resolved, and remembers it
// for floating quotations.
func (a *analyzer) emit(at attribution) {
	if len(at.parts) == 0 || at.parts[0].Len() == 0 {
		return
	}
	at.name, at.entity, at.anonymous = a.names.resolve(a.text, at, a.speakerContext(at.speaker))
	a.out = append(a.out, at)
	if at.kind == Direct || at.kind == Mixed {
		a.lastDirect = len(a.out) - 1
		a.lastPara = a.para
	}
}

// sentenceStart returns the first token of s that content can start at:
// past leading punctuation and a dateline such as "(Bloomberg) --" or
// "WASHINGTON (AP) —".
func (a *analyzer) sentenceStart(s sentence) int {
	lo := s.lo
	for j := s.lo; j < s.hi && j < s.lo+8; j++ {
		if a.isPunct(j, ')') && j+1 < s.hi && a.toks[j+1].kind == tPunct && isDash(a.toks[j+1].r) {
			lo = j + 1
			for lo < s.hi && a.toks[lo].kind == tPunct && isDash(a.toks[lo].r) {
				lo++
			}
			break
		}
	}
	if lo == s.lo {
		// WASHINGTON — , or NEW YORK (AP) —
		j := s.lo
		for j < s.hi && j < s.lo+4 && a.toks[j].kind == tWord && strings.ToUpper(a.word(j)) == a.word(j) {
			j++
		}
		if j > s.lo && j < s.hi && a.toks[j].kind == tPunct && isDash(a.toks[j].r) {
			lo = j + 1
		}
	}
	for lo < s.hi && a.toks[lo].kind == tPunct {
		lo++
	}
	return lo
}

func isDash(r rune) bool { return r == '-' || r == '—' || r == '–' || r == '―' }
