package quote

import (
	"cmp"
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
	// dropped is set when a later attribution took this one's parts.
	dropped bool
	// The entity the speaker resolves to.
	name      string
	entity    int
	anonymous bool
	// mention is the speaker with the appositives that describe it ("Ana
	// Ruiz, the mayor of Harbor City,"), or zero where it has none. The
	// speaker alone is what resolves to an entity.
	mention Span
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
	notes tokenNotes // of toks
	sents []sentence
	qrefs []qref
	used  []bool // per token of the paragraph: taken as a cue or speaker
	out   []attribution
	cands []attribution // reported speech of the sentence being read
	// spans is where the parts of attributions are cut from (see
	// [analyzer.part]).
	spans []Span
	// kept is the order of the attributions that [Extractor.extract]
	// returns, as indices in out.
	kept []int32
	// starts holds where the paragraph's cues and words start, for
	// [analyzer.trimMentions].
	starts []int
	// paraOut and sentOut are where the current paragraph's and
	// sentence's attributions start in out.
	paraOut, sentOut int
	// sentQuoted says that an attribution of the current sentence, since
	// sentOut, is of a quotation rather than of reported speech.
	sentQuoted bool
	// lastDirect is the index in out of the latest attribution that a
	// floating quotation may inherit, or -1; lastPara the paragraph it is in.
	// Most are of quotations; some are of reported speech (reportHandsOn).
	lastDirect int
	lastPara   int
	lastAtEnd  bool // the latest such attribution is in its paragraph's last sentence
	// carriedOn says that lastAtEnd holds only by a quotation that
	// carried the attribution on: the next paragraph's quotation takes it
	// only if it closes there, not an excerpt's paragraph that opens with
	// a mark and leaves it open.
	carriedOn bool
	// pending is a cue that ends the last paragraph with a colon, for a
	// quotation that opens the next one.
	pending *attribution
	// pendingFinal says that pending's cue is the last verb before the
	// colon: what follows may be a block quotation.
	pendingFinal bool
	// block is the attribution of the paragraph as a block quotation
	// (blockQuotation), reported if its own frames find nothing.
	block    attribution
	hasBlock bool
	// blockLast and blockLastPara are lastDirect and lastPara as the
	// paragraph of a block found them.
	blockLast, blockLastPara int
	// carry is the index in out of the attribution whose quotation runs
	// on into the next paragraph, or -1.
	carry int
	// lone is the last paragraph when it is one quotation that no cue of
	// its own attributes, for a sign-off on the next line to claim.
	lone loneQuote
	// titleCaseRead says that titleCase holds the answer for the
	// paragraph (see [analyzer.headlineCase]).
	titleCaseRead bool
	// titleCase reports whether the paragraph is a headline in title case,
	// where a capitalized "Says" is still a verb.
	titleCase bool
	para      int
	cur       sentence // the sentence being read
	si        int      // its index in sents
	names     entities
	// startOf and start are the sentence that sentenceStart was last
	// asked about, and its answer: rules ask it of the same sentence
	// many times in a row. The zero value is right for the empty
	// sentence at 0; a new paragraph's tokens clear it.
	startOf sentence
	start   int
}

// paragraph finds the attributions of the paragraph whose tokens and
// sentences the analyzer holds. Unless eager is set, a sentence with no
// word that can start a frame is not searched for reported speech, as
// [analyzer.indirect] would find none there, nor a paragraph with
// neither a colon nor a quotation mark for the frames of a colon.
func (a *analyzer) paragraph(eager bool) {
	a.qrefs = a.qrefs[:0]
	// A quotation closes at the first mark of depth 1 that closes after
	// its opening mark, unless another opens before it.
	opens, closes := a.notes.opens, a.notes.closes
	for k, o := range opens {
		for len(closes) > 0 && closes[0] < o {
			closes = closes[1:]
		}
		i, c := int(o), -1
		if len(closes) > 0 && (k+1 == len(opens) || closes[0] < opens[k+1]) {
			c = int(closes[0])
		}
		a.qrefs = append(a.qrefs, qref{open: i, close: c, used: a.nickname(i)})
	}
	if cap(a.used) < len(a.toks) {
		a.used = make([]bool, len(a.toks))
	}
	a.used = a.used[:len(a.toks)]
	clear(a.used)
	a.paraOut = len(a.out)

	a.titleCaseRead = false
	// The frames of a colon (colonFrames, colonCue) want a colon among
	// the paragraph's tokens, or a cue that ended the last paragraph with
	// one. Many paragraphs have neither a colon nor a quotation mark, as
	// notes.marked tells, and are not read for them unless eager is set.
	readColon := eager || a.notes.marked
	if len(a.sents) > 0 && (readColon || a.pending != nil) {
		a.cur = a.sents[0]
		a.colonFrames()
	}
	frames := a.notes.frames
	for i, s := range a.sents {
		a.si = i
		a.cur = s
		a.sentOut, a.sentQuoted = len(a.out), false
		a.names.scan(a, s)
		a.direct(s)
		for len(frames) > 0 && int(frames[0]) < s.lo {
			frames = frames[1:]
		}
		if eager || len(frames) > 0 && int(frames[0]) < s.hi {
			a.indirect(s, frames)
		}
	}
	if a.hasBlock {
		a.emitBlock()
	}
	if len(a.sents) > 0 && readColon {
		a.colonCue()
	}
	if a.para == 0 {
		a.headline()
	}
	a.trimMentions()
	if a.lastPara == a.para && a.lastDirect >= 0 && len(a.sents) > 0 {
		// The speaker's latest words may be a quotation that carries
		// theirs on: "“…,” Ruiz said. “The money is there.”"
		last := a.toks[a.sents[len(a.sents)-1].lo].Start
		at := &a.out[a.lastDirect]
		a.lastAtEnd, a.carriedOn = at.parts[len(at.parts)-1].End >= last, false
		if n := len(a.out) - 1; !a.lastAtEnd && n > a.lastDirect && a.out[n].inherited && a.out[n].cue == at.cue {
			at = &a.out[n]
			a.lastAtEnd = at.parts[len(at.parts)-1].End >= last
			a.carriedOn = a.lastAtEnd
		}
	}
	a.lone = a.loneQuote()
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

// A loneQuote is a paragraph that is one quotation and nothing else, which
// no cue attributes: at most it inherits the speaker of the quotation
// before it.
type loneQuote struct {
	content Span
	// out is the index in out of the attribution it inherited, or -1.
	out int
}

// loneQuote returns the paragraph as a loneQuote, or the zero loneQuote
// when it is not one.
func (a *analyzer) loneQuote() loneQuote {
	if len(a.qrefs) != 1 || a.qrefs[0].open != 0 {
		return loneQuote{}
	}
	q := a.qrefs[0]
	if q.close < 0 || q.close < len(a.toks)-2 || q.close == len(a.toks)-2 && !a.isPunct(q.close+1, '.') {
		return loneQuote{}
	}
	content := a.span(q.open, q.close+1)
	if !q.used {
		return loneQuote{content, -1}
	}
	if n := len(a.out); n > a.paraOut && a.out[n-1].inherited && a.out[n-1].parts[0] == content {
		return loneQuote{content, n - 1}
	}
	return loneQuote{}
}

// signOffLine attributes the quotation of the last paragraph when this
// one is a sign-off on a line of its own: "— Sen. Ana Ruiz." or "- Ruiz,
// speaking in Ames". A speaker the quotation inherited gives way to it.
// It is asked only after a lone quotation: prev is not zero.
func (a *analyzer) signOffLine(prev loneQuote) {
	at, ok := a.signOff(0)
	if !ok {
		return
	}
	if prev.out >= 0 {
		if prev.out != len(a.out)-1 || prev.out < a.lastDirect {
			return
		}
		a.out = a.out[:prev.out]
	}
	a.cur = a.sents[0] // where the speaker's context is read
	at.parts, at.kind, at.conf = a.part(prev.content), Direct, 0.8
	a.emit(at)
}

// headline attributes the quotations of a headline, the text's first
// paragraph, that no cue took: in "Mayor Speaks ‘Plainly To Flood
// Victims’" or "Union rips ‘sham’ deal", quoted words are the subject's,
// whatever the verb after it.
func (a *analyzer) headline() {
	if len(a.sents) != 1 || len(a.toks) > 30 || len(a.scan.paras) < 2 {
		return // a text of one paragraph has no headline
	}
	s := a.sents[0]
	lo := a.sentenceStart(s)
	hi := s.hi
	if lo >= hi {
		return // a dateline and nothing more: "A A A-!"
	}
	if a.headlineCase() {
		// Every word is capitalized: the verb is the first word that can
		// only be one.
		for hi = lo + 1; hi < s.hi && !a.headlineVerb(hi); hi++ {
		}
	}
	sp := a.rightPhrase(lo, hi)
	if !sp.ok() || sp.kind == Pronoun {
		return
	}
	v := sp.hi
	for v < s.hi && (a.adverb(v) || a.class(v) == auxiliary || a.isWord(v, "just") || a.isWord(v, "now")) {
		v++ // "Ruiz Just Announced", "Ruiz Is Now Calling"
	}
	if v >= s.hi || !a.headlineVerb(v) {
		return
	}
	for qi := a.firstQuote(v + 1); qi < len(a.qrefs); qi++ {
		q := &a.qrefs[qi]
		if a.hasPunct(v, q.open, ';') {
			break // a second headline
		}
		if q.used || q.close < 0 || a.titleQuote(*q) {
			continue
		}
		q.used = true
		at := attribution{parts: a.part(a.span(q.open, q.close+1)), kind: Direct, conf: 0.5}
		// A headline's verb may be no reporting verb: its lemma is the
		// word itself.
		verb, _ := a.cue(v)
		verb.lemma = lowerASCII(a.word(v))
		a.fill(&at, v, verb, sp)
		a.emit(at)
	}
}

// headlineVerb reports whether toks[j], after a headline's subject, is
// its verb: a reporting verb, or one of the verbs headlines put before
// someone's words. Other verbs ("visits the ‘safe’ shelters") are not
// taken: their quotation marks are as often the writer's.
func (a *analyzer) headlineVerb(j int) bool {
	t := a.toks[j]
	if t.kind != tWord || t.cap && !a.headlineCase() {
		return false
	}
	if v, ok := a.cue(j); ok && !v.nounForm() {
		return true
	}
	return a.wordIn(headlineVerbs, j)
}

// headlineVerbs are verbs that headlines put before someone's words.
var headlineVerbs = newFoldSet(map[string]bool{
	"speaks": true, "rips": true, "hits": true, "knocks": true, "defends": true, "dismisses": true,
	"rejects": true, "delivers": true, "issues": true, "unveils": true, "backs": true, "endorses": true,
})

// hasFrames reports whether the paragraph can hold a frame: it has a
// quotation mark, a colon, or a word that can cue reported speech. Most
// paragraphs of news have none of them.
func (a *analyzer) hasFrames() bool {
	return a.notes.marked || len(a.notes.frames) > 0
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
	a.lone = loneQuote{}
	// Of a paragraph with no frame only signOffLine, after a lone
	// quotation, asks whether it is a headline, and the answer is the
	// quotation's paragraph's, which has no word outside its marks: no
	// headline. That paragraph may not have asked, and its words are gone.
	a.titleCase, a.titleCaseRead = false, true
}

// headlineCase reports whether the paragraph is a headline in title case
// ([analyzer.isTitleCase]). The rules ask only about a capitalized word
// where a verb or the end of a clause could be, and most paragraphs never
// ask: their words are counted the first time it is asked.
func (a *analyzer) headlineCase() bool {
	if !a.titleCaseRead {
		a.titleCase, a.titleCaseRead = a.isTitleCase(), true
	}
	return a.titleCase
}

// isTitleCase reports whether most words of the paragraph are capitalized
// and it is short: a headline.
//
// Only the words outside quotations count. A quotation's opening mark
// and every token up to the next mark of its level, which closes it or
// opens the next, are inside one: the loop steps over them at once,
// as it would over each of them (see [analyzer.paragraph] for how qrefs
// pair the marks).
func (a *analyzer) isTitleCase() bool {
	words, caps := 0, 0
	toks := a.toks
	qi, next := 0, len(toks) // the next quotation, and where it opens
	if len(a.qrefs) > 0 {
		next = a.qrefs[0].open
	}
	for i := 0; i < len(toks); i++ {
		if i == next {
			q := a.qrefs[qi]
			qi++
			next = len(toks)
			if qi < len(a.qrefs) {
				next = a.qrefs[qi].open
			}
			if q.close >= 0 {
				i = q.close
			} else {
				i = next - 1 // open up to the next, or to the paragraph's end
			}
			continue
		}
		t := &toks[i]
		if t.kind != tWord || t.depth != 0 {
			continue
		}
		words++
		if words > 25 {
			return false // most paragraphs: no need to read on
		}
		if t.cap || t.lex.class != openClass {
			caps++
		} else if words-caps >= 3 {
			// Three lower-case words want 30 words around them, more
			// than a headline has: most paragraphs end here.
			return false
		}
	}
	return words >= 3 && caps*10 >= words*9
}

// firstQuote returns the index of the first quotation of the paragraph
// that opens at or after token lo.
func (a *analyzer) firstQuote(lo int) int {
	if n := len(a.qrefs); n == 0 || a.qrefs[n-1].open < lo {
		return n // most sentences: no quotation from here on
	}
	// A binary search, written out: it is asked at most sentences, and
	// slices.BinarySearchFunc calls its comparison at every step.
	k, hi := 0, len(a.qrefs)-1 // the last opens at or after lo
	for k < hi {
		m := int(uint(k+hi) >> 1)
		if a.qrefs[m].open < lo {
			k = m + 1
		} else {
			hi = m
		}
	}
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

// speakerContext returns the text of the current sentence near sp, where
// a report says its source is unnamed ("who spoke on condition of
// anonymity"). A window, not the whole sentence, keeps the cost bounded.
func (a *analyzer) speakerContext(sp Span) string {
	const reach = 200
	lo, hi := a.toks[a.cur.lo].Start, a.toks[a.cur.hi-1].End
	if !sp.IsZero() {
		lo, hi = max(lo, sp.Start-reach), min(hi, sp.End+reach)
		if hi < lo {
			// The speaker stands far before the sentence: a cue that
			// ended the last paragraph with a colon. Read around it.
			lo, hi = max(0, sp.Start-reach), min(len(a.text), sp.End+reach)
		}
	}
	for lo > 0 && !utf8.RuneStart(a.text[lo]) {
		lo--
	}
	for hi < len(a.text) && !utf8.RuneStart(a.text[hi]) {
		hi++
	}
	return a.text[lo:hi]
}

// fill sets the cue and speaker of at: the cue is toks[k], a form of v
// that the caller has read, with its particle when v takes one; its lemma
// is v's.
func (a *analyzer) fill(at *attribution, k int, v cueVerb, sp phrase) {
	at.cue = a.span(k, k+1)
	if v.flags&cueParticle != 0 {
		at.cue = a.span(k, k+2) // "points out": the particle is part of the cue
	}
	at.lemma = v.lemma
	at.speaker = a.span(sp.lo, sp.hi)
	at.skind = sp.kind
	a.used[k] = true
	at.antecedent = a.whoAntecedent(sp)
}

// whoAntecedent returns what speaker sp stands for when it is the
// relative pronoun "who" after a comma: the phrase before the comma.
func (a *analyzer) whoAntecedent(sp phrase) Span {
	if sp.kind != Pronoun || !a.isWord(sp.lo, "who") || !a.isPunct(sp.lo-1, ',') {
		return Span{}
	}
	p := a.leftPhrase(sp.lo-1, 0)
	if !p.ok() {
		return Span{}
	}
	// "Tom Hale, the commissioner, who": the name the appositive
	// describes; but not a place that opens the sentence: "In Ohio, the
	// governor, who".
	if q := a.leftPhrase(p.lo-1, 0); p.kind == Description && a.isPunct(p.lo-1, ',') && q.ok() && q.kind == Name && a.class(q.lo-1) != preposition {
		p = q
	}
	return a.span(p.lo, p.hi)
}

// emitReported records reported speech, as mixed when its content holds a
// quotation, and marks those quotations as taken.
//
// A clause that is a whole quoted sentence and then goes on ("repeatedly
// says, “Don't do it,” until shots ring out") is a direct quote of the
// quotation alone.
func (a *analyzer) emitReported(at attribution) {
	if n := len(at.parts); n > 0 && a.possessorReport(&at) {
		// "Hale's claim that the drug was a cure drew scorn": the noun's
		// clause ends where the sentence's own verb comes, when the noun
		// is the sentence's subject or in a phrase that opens it ("The
		// fallout from Hale's claim that … lasted weeks"); and a phrase
		// that opens the sentence ends at its comma: "After Hale's claim
		// that taxes would rise, markets fell."
		p := &at.parts[n-1]
		lo, hi := firstTokenAt(a.toks, p.Start), firstTokenAt(a.toks, p.End)
		k, start := a.tokenAt(at.speaker.Start), a.sentenceStart(a.cur)
		if k == start || a.class(k-1) == preposition && a.class(start) != pronoun && !a.hasFiniteVerb(start, k) {
			if e := a.nounClauseEnd(lo, hi); e < hi {
				p.End = a.toks[e-1].End
			}
		}
		if k > start && a.class(start) == preposition && a.subordinateEnd(start, k) == k {
			if e := a.subordinateEnd(lo, hi); e < hi {
				p.End = a.toks[e-1].End
			}
		}
	}
	for _, p := range at.parts {
		k := a.firstQuote(firstTokenAt(a.toks, p.Start)) // the first quotation from p on
		if len(at.parts) == 1 && k < len(a.qrefs) && a.toks[a.qrefs[k].open].Start == p.Start && a.qrefs[k].used && a.span(a.qrefs[k].open, a.qend(a.qrefs[k])) == p {
			return // the quotation alone, already attributed to a speaker of its own
		}
		if len(at.parts) == 1 && at.cue.Start < p.Start && k < len(a.qrefs) && a.toks[a.qrefs[k].open].Start == p.Start && a.sentenceQuote(a.qrefs[k]) {
			q := a.qrefs[k]
			at.parts = a.part(a.span(q.open, q.close+1))
			at.kind = Direct
			a.qrefs[k].used = true
			break
		}
		for ; k < len(a.qrefs) && a.toks[a.qrefs[k].open].Start < p.End; k++ {
			a.qrefs[k].used = true
			at.kind = Mixed
		}
	}
	if at.kind == Mixed {
		// "called the levy “a disgrace” on Monday": when it was said
		// is no part of it.
		p := &at.parts[len(at.parts)-1]
		if lo, hi := firstTokenAt(a.toks, p.Start), firstTokenAt(a.toks, p.End); lo < hi {
			if e := a.quotedTail(lo, hi); e < hi {
				p.End = a.toks[e-1].End
			}
		}
		// "She said her club would continue “to clean the beaches”": the
		// quoted words are part of her report, and a cue inside it
		// ("continue") that took them first attributes nothing. A report
		// is at most maxClauseTokens long and holds fewer cues than words,
		// so only as many attributions before it are read: a sentence of
		// a thousand reports would read them all at each one.
		for i := max(a.sentOut, len(a.out)-maxClauseTokens); i < len(a.out); i++ {
			if o := &a.out[i]; o.cue != at.cue && at.covers(o.cue) && !a.participleReport(*o) {
				o.dropped = true
			}
		}
	}
	a.emit(at)
}

// nounClauseEnd returns where the clause toks[lo:hi] that a noun of
// speech carries ends when the noun, after its possessor, opens the
// sentence as its subject: before the sentence's verb, a past tense right
// after a noun once the clause has a verb of its own ("that the drug was a
// cure | drew scorn", "that farmers could ride out a trade war | drew
// criticism"); or hi. A present in -s is told from a plural noun too
// seldom to end it, and a relative pronoun after the clause's verb opens a
// clause whose verb it is ("a cure that doctors rejected").
func (a *analyzer) nounClauseEnd(lo, hi int) int {
	verb := false
	for j := lo; j < hi; j++ {
		t := &a.toks[j]
		if t.kind != tWord || t.cap || t.depth != 0 {
			continue // and never inside a quotation
		}
		if a.isWord(j, "that") || a.isWord(j, "which") || a.isWord(j, "who") {
			if verb {
				return hi
			}
			continue
		}
		finite := a.pastTense(j)
		if !verb {
			verb = finite || a.verbAuxiliary(j)
			continue
		}
		if finite && j > lo && a.toks[j-1].kind == tWord && a.class(j-1) == openClass && !a.adverb(j-1) && !a.pastTense(j-1) && !(a.participleAdjunct(j+1) && a.laterVerb(j+2, hi)) {
			return j
		}
	}
	return hi
}

// laterVerb reports whether a verb of the sentence comes in toks[lo:hi]:
// a past tense or an auxiliary, outside quotations. A participle that
// takes a preposition ("weapons seized in the raid") is one only when
// such a verb comes after it ("… was false"); else it is the sentence's
// own verb ("came under scrutiny").
func (a *analyzer) laterVerb(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if t := &a.toks[j]; t.kind == tWord && t.depth == 0 && !t.cap && (a.pastTense(j) || t.lex.class == auxiliary && a.beForm(j)) {
			return true
		}
	}
	return false
}

// participleAdjunct reports whether toks[j] opens what a participle
// after a noun takes ("weapons seized in the raid", "documents obtained by
// reporters", "money earmarked for parks"), so that the past form before
// it is no sentence's verb.
func (a *analyzer) participleAdjunct(j int) bool {
	if a.class(j) == preposition {
		return !a.isWord(j, "off") && !a.isWord(j, "up") && !a.isWord(j, "out") && !a.isWord(j, "down")
	}
	return a.isWord(j, "last") || a.isWord(j, "this")
}

// namingVerb reports whether the cue lemma names what it reports only
// with quoted words: "called", "described as".
func namingVerb(lemma string) bool {
	v, ok := lookupCue(lemma)
	return ok && v.flags&cueQuoteOnly != 0
}

// tokenAt returns the index of the token of the paragraph that starts at
// byte pos, or -1.
func (a *analyzer) tokenAt(pos int) int {
	if k := firstTokenAt(a.toks, pos); k < len(a.toks) && a.toks[k].Start == pos {
		return k
	}
	return -1
}

// tokenEndingAt returns the index of the token of the paragraph that ends
// at byte pos, or -1. Like tokenAt it is asked of most attributions, and
// its search is written out as firstQuote's is.
func (a *analyzer) tokenEndingAt(pos int) int {
	lo, hi := 0, len(a.toks) // the first token that ends at or after pos
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if a.toks[m].End < pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(a.toks) || a.toks[lo].End != pos {
		return -1
	}
	return lo
}

// frontedObject returns the relative pronoun that stands for the start of
// what was said, before the speaker and the cue, or the zero Span: "which"
// in "the levee, which he described as “a marvel”" and "the tax, which
// she said would hurt farmers". Not "what": in "out of what he called
// “endless wars”" the quoted words are the name by themselves.
func (a *analyzer) frontedObject(at *attribution) Span {
	if at.speaker.IsZero() || at.cue.Start < at.speaker.End || at.parts[0].Start < at.cue.End || at.lemma == ":" {
		return Span{}
	}
	k := a.tokenAt(at.speaker.Start)
	if k <= 0 || a.toks[k-1].depth != 0 || a.class(k-2) == preposition {
		return Span{} // "a news conference at which he said …": the pronoun is the place's
	}
	if w := a.word(k - 1); w == "which" || w == "whom" || (w == "what" || w == "how") && !namingVerb(at.lemma) {
		return a.toks[k-1].Span
	}
	return Span{}
}

// sentenceQuote reports whether quotation q is closed, starts with a
// capital and ends in punctuation of its own: “What curfew?”, “We will
// rebuild,”. Such a quotation is speech in its own right, not words woven
// into the writer's sentence.
func (a *analyzer) sentenceQuote(q qref) bool {
	if q.close <= q.open+1 || a.quoteStartsLower(q.open) || a.toks[q.open+1].kind != tWord {
		return false
	}
	t := a.toks[q.close-1]
	return t.kind == tPunct && (t.r == ',' || t.r == '?' || t.r == '!' || t.r == '.')
}

// part returns a slice that holds sp alone, cut from a buffer that the
// analyzer keeps between extractions. Its capacity is one, so that
// appending to it copies it, as it would a new slice.
func (a *analyzer) part(sp Span) []Span {
	if len(a.spans) == cap(a.spans) {
		// The slices already cut still point into the full buffer.
		a.spans = make([]Span, 0, 2*cap(a.spans)+64)
	}
	a.spans = append(a.spans, sp)
	n := len(a.spans)
	return a.spans[n-1 : n : n]
}

// emit records an attribution, with an object fronted before it added and
// its speaker resolved to an entity, and remembers it for floating
// quotations. An attribution with no content is dropped.
func (a *analyzer) emit(at attribution) {
	if len(at.parts) == 0 || at.parts[0].Len() == 0 {
		return
	}
	if r := a.frontedObject(&at); !r.IsZero() {
		at.parts = append([]Span{r}, at.parts...)
	}
	if at.skind == Pronoun {
		// "he’s said the same": the speaker is the pronoun, not its
		// contracted auxiliary.
		if i := apostrophe(a.text[at.speaker.Start:at.speaker.End]); i > 0 {
			at.speaker.End = at.speaker.Start + i
		}
	}
	described := -1
	if n := a.nameAfterDescription(&at); n.ok() {
		// "said the mayor, Tom Hale.": the name resolves, and the
		// description is part of the mention.
		described = at.speaker.Start
		at.speaker, at.skind = a.span(n.lo, n.hi), Name
	}
	at.name, at.entity, at.anonymous = a.names.resolve(a, &at)
	if at.skind != Pronoun && !at.speaker.IsZero() {
		// A mention set by the reading ("according to a poll released
		// Thursday") holds unless appositives make one.
		if m := a.appositiveMention(&at, len(a.text)); !m.IsZero() {
			at.mention = m
		}
		d := described
		if d < 0 {
			d = a.describedBy(&at)
		}
		if d >= 0 {
			if at.mention.IsZero() {
				at.mention = at.speaker
			}
			at.mention.Start = d
		}
	}
	a.out = append(a.out, at)
	if at.kind != Indirect {
		a.sentQuoted = true
	}
	if at.kind != Indirect || a.reportHandsOn(&at) {
		a.lastDirect = len(a.out) - 1
		a.lastPara = a.para
	}
}

// appositiveMention returns the speaker of at with the appositives set
// off by commas after it, which describe the speaker with a determiner,
// give a role, a party or a possessor's role, an age, or say where the
// speaker is from: "Ana Ruiz, the mayor of Harbor City, said", "said Tom
// Hale, 61, of Dayton, Ohio.", "said Bo Lin, a nurse at Mercy Hospital, a
// clinic in Dayton.", "Dana Ortiz, Hale's campaign manager, said". An
// appositive holds no verb, relative pronoun or quotation mark, but for a
// relative clause that its noun takes ("a lawyer who filed the suit"),
// and ends at a comma, at the sentence's end, or where the cue or the
// content starts; before the cue the last must end in the comma that opens
// the cue. A relative clause ends before report, where another
// attribution's cue or words start ([analyzer.trimMentions]). It returns
// the zero Span where there is none.
func (a *analyzer) appositiveMention(at *attribution, report int) Span {
	if !a.commaMayFollow(at.speaker.End) {
		return Span{} // most speakers
	}
	c := a.tokenEndingAt(at.speaker.End) + 1 // the comma that opens it
	if c == 0 || c+2 >= len(a.toks) || !a.isPunct(c, ',') || a.toks[c].depth != 0 {
		return Span{}
	}
	// The appositives may not reach the cue, the content after it, or
	// the next sentence.
	stop := len(a.text)
	if i := a.sentenceOf(c); i < len(a.sents) && a.sents[i].hi < len(a.toks) {
		stop = a.toks[a.sents[i].hi].Start
	}
	if at.cue.Start >= at.speaker.End && at.cue.Start < stop {
		stop = at.cue.Start
	}
	for _, p := range at.parts {
		if p.Start >= at.speaker.End && p.Start < stop {
			stop = p.Start
		}
	}
	last := -1 // the last token of the appositives
	for n := 0; n < 4 && c+1 < len(a.toks) && a.toks[c+1].Start < stop; n++ {
		first := c + 1
		e := a.appositiveStretch(first, n > 0, stop, report)
		if e < 0 {
			break
		}
		last = e - 1
		if !a.isPunct(e, ',') || e+1 >= len(a.toks) || a.toks[e+1].Start >= stop {
			break
		}
		c = e
	}
	if last < 0 {
		return Span{}
	}
	if at.cue.Start >= at.speaker.End && at.cue.Start == stop {
		// Before the cue: "Ruiz, the mayor, said", but not "Ruiz, the
		// mayor who led the town, said" nor "Ruiz, the mayor said".
		e := last + 1
		if !a.isPunct(e, ',') {
			return Span{}
		}
		for e+1 < len(a.toks) && a.toks[e+1].Start < stop && a.adverb(e+1) {
			e++
		}
		if e+1 >= len(a.toks) || a.toks[e+1].Start != stop {
			return Span{}
		}
	}
	return Span{at.speaker.Start, a.toks[last].End}
}

// sentenceOf returns the index in sents of the sentence that holds
// toks[k], or len(sents) when none does.
func (a *analyzer) sentenceOf(k int) int {
	i, _ := slices.BinarySearchFunc(a.sents, k, func(s sentence, k int) int { return cmp.Compare(s.hi, k+1) })
	return i
}

// commaMayFollow reports whether a comma may follow the token that ends at
// end. Most speakers have no comma after them, as the first byte after
// them and their spaces tells with no token looked up: every byte in
// ASCII but a space starts or goes on a token, and a comma's token starts
// with it.
func (a *analyzer) commaMayFollow(end int) bool {
	e := end
	for e < len(a.text) && a.text[e] == ' ' {
		e++
	}
	if e < len(a.text) {
		if b := a.text[e]; b < utf8.RuneSelf && b != ',' && !isSpaceRune(rune(b)) {
			return false
		}
	}
	return true
}

// commaMayPrecede reports whether a comma may come before the token that
// starts at start, as the last byte before it and its spaces tells: that
// byte ends a token, and a comma's token ends with it.
func (a *analyzer) commaMayPrecede(start int) bool {
	s := start
	for s > 0 && a.text[s-1] == ' ' {
		s--
	}
	if s > 0 {
		if b := a.text[s-1]; b < utf8.RuneSelf && b != ',' && !isSpaceRune(rune(b)) {
			return false
		}
	}
	return true
}

// describedBy returns where the description starts that a named speaker
// of at is the appositive of, set off by commas: "The mayor, Tom Hale,
// said", "“We lost,” a spokeswoman for the council, Ana Ruiz, said"; or
// -1. The description opens its sentence or follows a mark or comma, so
// that it is no preposition's object ("In a statement, Hale said"); it
// names no time ("The next day, Hale said"); and a comma closes the name
// after it, so that "The report, Hale said, was flawed" is a
// parenthesis.
func (a *analyzer) describedBy(at *attribution) int {
	if at.skind != Name || !a.commaMayFollow(at.speaker.End) || !a.commaMayPrecede(at.speaker.Start) {
		return -1 // most names: no token is looked up
	}
	k := firstTokenAt(a.toks, at.speaker.Start)
	e := a.tokenEndingAt(at.speaker.End) + 1
	c := k - 1
	if k >= len(a.toks) || a.toks[k].Start != at.speaker.Start || e <= 0 || !a.isPunct(e, ',') || c < 1 || !a.isPunct(c, ',') || a.toks[c].depth != 0 {
		return -1
	}
	i := a.sentenceOf(c)
	if i == len(a.sents) || a.sents[i].lo >= c {
		return -1
	}
	lo := a.sents[i].lo
	q := a.leftPhrase(c, lo)
	if !q.ok() || q.hi != c || (q.kind != Description || a.toks[c-1].cap && !a.commonHead(c-1)) && !a.partyDescription(q) || a.hasVerb(q) || a.possessive(c-1) {
		return -1 // but "Another Democrat, Tom Hale, said" describes
	}
	if q.lo > lo && a.toks[q.lo-1].kind == tWord || a.timePhrase(q.lo) || a.timeNoun(c-1) || a.spanOfTime(c-1) {
		return -1
	}
	for j := q.lo; j < q.hi; j++ {
		if a.isWord(j, "whose") || a.isWord(j, "who") || a.isWord(j, "which") || a.isWord(j, "that") {
			return -1 // "a strategist whose firm, Larkin, made the ads": the name is the clause's
		}
	}
	return a.toks[q.lo].Start
}

// nameAfterDescription returns the name set off by a comma after the
// speaker of at, a description after its cue, that the name ends: "said
// the mayor, Tom Hale." and "said another voter, Ana Ruiz, a nurse."; or
// no phrase. Not a place ("said a nurse in Erie, Pa."), a time ("said the
// official, Monday.") or a list ("said the mayor, Tom Hale and Ana Ruiz").
func (a *analyzer) nameAfterDescription(at *attribution) phrase {
	if at.skind == Pronoun || at.cue.IsZero() || at.cue.Start > at.speaker.Start || at.lemma == "according to" {
		return phrase{} // "According to a memo, Ana Ruiz sent …" names whom the report is of
	}
	c := a.tokenEndingAt(at.speaker.End) + 1
	if c <= 0 || c+1 >= len(a.toks) || !a.isPunct(c, ',') || a.toks[c].depth != 0 || a.possessive(c-1) {
		return phrase{}
	}
	if (at.skind != Description || a.toks[c-1].cap && !a.commonHead(c-1)) && !a.partyDescription(phrase{firstTokenAt(a.toks, at.speaker.Start), c, at.skind}) {
		return phrase{} // but "said another Democrat, Tom Hale."
	}
	n := c + 1
	e := nameRun(a.toks, n) // the name's words as a name set off beside a description reads them
	if e < len(a.toks) && a.abbreviationDot(e) {
		e++ // "Tom Hale Jr."
	}
	for j := n; j < e; j++ {
		if a.class(j) == timeWord || a.wordIn(monthWords, j) || a.class(j) == determiner {
			return phrase{}
		}
	}
	if e == n || a.stateName(n, e) {
		return phrase{}
	}
	if e < len(a.toks) && !a.isPunct(e, ',') && !a.isPunct(e, '.') && !a.isPunct(e, '?') && !a.isPunct(e, '!') {
		return phrase{}
	}
	for _, p := range at.parts {
		if p.Start < a.toks[e-1].End && a.toks[n].Start < p.End {
			return phrase{} // the name is what is said
		}
	}
	return phrase{n, e, Name}
}

// trimMentions ends the appositives of the paragraph's speakers before a
// relative clause that holds another attribution's cue or words: in
// "said Rosa Vance, a judge who said the count was flawed." the judge's
// report is no part of the speaker's mention, which is "Rosa Vance, a
// judge". Emit takes the mentions before the reports of the sentence are
// found; the paragraph's cues and words are sorted once, so that each
// mention is looked up in them.
func (a *analyzer) trimMentions() {
	// Most paragraphs have no speaker with an appositive.
	i := a.paraOut
	for i < len(a.out) && a.out[i].mention.IsZero() {
		i++
	}
	if i == len(a.out) {
		return
	}
	starts := a.starts[:0]
	for i := a.paraOut; i < len(a.out); i++ {
		at := &a.out[i]
		if !at.cue.IsZero() {
			starts = append(starts, at.cue.Start)
		}
		for _, p := range at.parts {
			starts = append(starts, p.Start)
		}
	}
	a.starts = starts
	if len(starts) == 0 {
		return
	}
	slices.Sort(starts)
	for i := a.paraOut; i < len(a.out); i++ {
		at := &a.out[i]
		if at.mention.IsZero() {
			continue
		}
		j, _ := slices.BinarySearch(starts, at.speaker.End+1)
		if j == len(starts) || starts[j] >= at.mention.End {
			continue
		}
		start := at.mention.Start // "The mayor, Tom Hale," keeps its description
		if at.mention = a.appositiveMention(at, starts[j]); at.mention.End > starts[j] {
			at.mention = Span{}
		}
		if start < at.speaker.Start {
			if at.mention.IsZero() {
				at.mention = at.speaker
			}
			at.mention.Start = start
		}
	}
}

// appositiveStretch returns the index of the token that ends the
// appositive that starts at toks[first] (see
// [analyzer.appositiveMention]), or -1 where none starts there. after
// tells that an appositive came before it, which a place may go on ("of
// Dayton, Ohio"); stop is where it must end, and a relative clause ends
// before report.
func (a *analyzer) appositiveStretch(first int, after bool, stop, report int) int {
	switch {
	case a.numeral(first) && len(a.word(first)) <= 3 && !after:
		if e := first + 1; e >= len(a.toks) || a.isPunct(e, ',') || a.toks[e].Start >= stop || a.isPunct(e, '.') && a.toks[e].depth == 0 {
			return e // an age: "Bo Lin, 34, said", "said Bo Lin, 34."
		}
		return -1
	case a.isWord(first, "a") || a.isWord(first, "an") || a.isWord(first, "the"):
	case !a.toks[first].cap && a.roleWord(first):
		// A role: "executive director of the Harbor Trust".
	case a.isCapWord(first) && partyWord(a.word(first)) && (a.isWord(first+1, "of") || a.isPunct(first+1, ',')):
		// "Democrat of Ohio", "a Republican".
	case a.isCapWord(first) && a.possessive(first) && a.roleWord(first+1), a.isCapWord(first) && a.isCapWord(first+1) && a.possessive(first+1) && a.roleWord(first+2):
		// The role of a person or body: "Lee's campaign manager".
	case after && (a.isWord(first, "of") || a.isWord(first, "from")) && a.isCapWord(first+1) || after && a.isCapWord(first) && a.isCapWord(first-2) || !after && a.isCapWord(first) && a.stateAfterPlace(first):
		// Where the speaker is from, and its state: "of Dayton, Ohio,";
		// not "of Hale's plan".
		e := first
		if !a.toks[e].cap {
			e++
		}
		for e < len(a.toks) && e < first+4 && a.toks[e].Start < stop && a.isCapWord(e) && !a.possessive(e) {
			if a.class(e) == timeWord || a.wordIn(monthWords, e) || a.wordIn(monthAbbreviations, e) {
				return -1 // "the mayor of Dayton, Tuesday", "…, Jan. 5"
			}
			e++
		}
		if e-first > 1 && a.toks[first].cap {
			// A state's name is of one word or a known state's, else
			// the words are another's name: "the mayor of Dayton, Ana
			// Ruiz, the clerk, and …".
			if _, ok := stateAbbreviations[a.text[a.toks[first].Start:a.toks[e-1].End]]; !ok {
				return -1
			}
		}
		if a.isPunct(e, '.') && (a.toks[e-1].lex.abbr() || stateAbbreviation(a.word(e-1))) {
			e++ // "Va.", "Ind.", which may end the sentence too
			if e < len(a.toks) && a.toks[e].Start < stop && !a.isPunct(e, ',') {
				return e // "of Richmond, Va. on Monday"
			}
		}
		if e >= len(a.toks) || a.isPunct(e, ',') || a.toks[e].Start >= stop || a.isPunct(e, '.') {
			return e
		}
		return -1
	default:
		return -1
	}
	e := first + 1
	// rel is the "who" of a relative clause that the appositive's noun
	// takes, "a lawyer who filed the suit", or 0: the clause holds verbs,
	// but a report of its own ends the appositive before it ("a Ruiz
	// backer whose town backed her but who suggested that …").
	rel := 0
	for ; e < len(a.toks) && e < first+32; e++ {
		t := &a.toks[e]
		if t.Start >= stop || t.kind == tPunct && (t.r == ',' || t.r == '.' && !a.toks[e-1].lex.abbr() && !a.initial(e-1) || t.r == '?' || t.r == '!' || t.r == ';' || t.r == ':' || isDash(t.r) && (t.r != '-' || t.Start > a.toks[e-1].End)) {
			return e
		}
		who := a.isWord(e, "who") || a.isWord(e, "whose")
		if rel == 0 && who && a.toks[e-1].kind == tWord && !a.toks[e-1].cap && a.class(e-1) == openClass {
			rel = e
			continue
		}
		if rel > 0 && (a.cueAt(e) && !t.cap && a.isWord(e+1, "that") || t.Start >= report) {
			return rel
		}
		if t.kind != tWord && t.kind != tPunct || rel == 0 && (a.pastTense(e) || a.class(e) == auxiliary && !a.adverb(e) || a.isWord(e, "which") || a.isWord(e, "that") || a.cueAt(e) && !t.cap) {
			return -1
		}
	}
	if e == len(a.toks) {
		return e
	}
	return -1
}

// stateAfterPlace reports whether a state's name starts at toks[first],
// after a comma and a place that a preposition leads: "Ohio" after "of
// Dayton,", "Pa." after "in Erie,".
func (a *analyzer) stateAfterPlace(first int) bool {
	e := first + 1
	if a.isCapWord(e) && !a.stateName(first, e) {
		e++ // "South Carolina"
	}
	if a.isPunct(e, '.') && a.toks[e].Start == a.toks[e-1].End {
		e++ // "Pa" "."
	}
	return a.isPunct(first-1, ',') && a.stateName(first, e) && a.placeBefore(phrase{max(0, first-8), first - 1, Name}, first, e)
}

// stateAbbreviation reports whether w, before a period, is the
// abbreviation of a state: "Ind" of "Ind.", "La" of "La.".
func stateAbbreviation(w string) bool {
	return stateOfAbbreviation[w]
}

// stateOfAbbreviation holds the abbreviations of stateAbbreviations,
// without their last period.
var stateOfAbbreviation = func() map[string]bool {
	m := make(map[string]bool, len(stateAbbreviations))
	for _, ab := range stateAbbreviations {
		if w, ok := strings.CutSuffix(ab, "."); ok {
			m[w] = true
		}
	}
	return m
}()

// monthAbbreviations are the months as news shortens them: "Jan. 5".
var monthAbbreviations = newFoldSet(map[string]bool{
	"jan": true, "feb": true, "aug": true, "sept": true, "oct": true, "nov": true, "dec": true,
})

// roleWord reports whether toks[j] names or qualifies a person's role: a
// title, a word that ranks one, or a noun that heads a description:
// "chairman", "former", "spokeswoman", "aide".
func (a *analyzer) roleWord(j int) bool {
	if j >= len(a.toks) || a.toks[j].kind != tWord {
		return false
	}
	lx := &a.toks[j].lex
	return lx.title() || lx.role != 0 || lx.rank != 0 || a.commonHead(j) || roleNouns.holdsAt(a.text, a.toks[j].Start, a.toks[j].End)
}

// apostrophe returns the index of the first apostrophe in s, straight or
// curly, or -1: strings.IndexAny(s, "'’"), without decoding every rune.
func apostrophe(s string) int {
	i := strings.IndexByte(s, '\'')
	if j := strings.Index(s, "’"); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	return i
}

// reportHandsOn reports whether reported speech, just emitted, gives its
// speaker to a floating quotation after it, as a quotation does: "Hale
// says he will not run. “I am done.”" Only a person's report does: not a
// question ("when asked …"), a refusal ("declined to comment"), a source
// ("according to the agency") or a finding ("polls suggest"); not a
// report in a relative clause ("Hale, who critics say is cautious, …",
// "the policy that critics say hurts farmers"), nor one beside a
// quotation's own attribution ("“…,” said Ruiz, who said she would go."),
// after which the quotation's speaker goes on.
//
// A sentence that already quotes someone answers at once: nothing after
// that question changes the answer, and it is the cheapest to ask.
func (a *analyzer) reportHandsOn(at *attribution) bool {
	if at.speaker.IsZero() || at.lemma == "ask" || at.lemma == "according to" {
		return false
	}
	// "“…,” Hale said, going on to fault the plan. “…”": a report the
	// speaker goes on to make after a quotation has the quotations after
	// it.
	if a.sentQuoted && !a.goesOnTo(a.tokenAt(at.cue.Start)) {
		return false
	}
	if slices.Contains(toOnlyForms, at.lemma) { // lookupCue(at.lemma)'s flags hold cueToOnly
		return false
	}
	lo, hi := a.tokenAt(at.speaker.Start), a.tokenEndingAt(at.speaker.End)
	if lo < 0 || hi < 0 || a.isWord(lo, "who") || a.isWord(lo-1, "who") || a.isWord(lo-1, "which") || len(at.parts) > 1 && at.parts[0] == a.toks[lo-1].Span {
		return false // nor a report whose start, "that" or "which", stands before the speaker
	}
	if a.isWord(lo-1, "that") {
		if c := a.tokenAt(at.parts[0].Start); c >= 0 && a.toks[c].kind == tWord && !a.toks[c].cap && a.class(c) != pronoun && a.class(c) != determiner {
			return false // "the policy that critics say hurts farmers", but "the first time that Hale said he would quit"
		}
	}
	// The head of the speaker's phrase: the word before a preposition or
	// a participle, or the last. "Polls in Iowa suggest", "A study
	// published Tuesday suggests"; but "Study author Tom Hale said".
	head := hi
	for j := lo + 1; j <= hi; j++ {
		if a.class(j) == preposition || a.verbForm(j) {
			head = j - 1
			break
		}
	}
	if a.toks[head].lex.flags&inFindings != 0 || a.isWord(head, "models") && head > lo && a.class(head-1) != determiner {
		return false // "climate models predict", but "several models said"
	}
	return true
}

// toOnlyForms are the forms, in lower case, of the reporting verbs that
// report only with "to" after them ([cueToOnly]): "declined". They are
// few, and reading them is cheaper than a lookup in the lexicon.
var toOnlyForms = func() []string {
	var forms []string
	for f, v := range cueLexicon {
		if v.flags&cueToOnly != 0 {
			forms = append(forms, f)
		}
	}
	return forms
}()

// findings are what a report comes from when it states what was found,
// not said: "polls suggest", "the data show".
var findings = map[string]bool{
	"poll": true, "survey": true, "data": true, "study": true, "figure": true, "number": true,
	"statistic": true, "result": true, "estimate": true, "analysis": true,
}

// sentenceStart returns the first token of s that content can start at:
// past leading punctuation and a dateline such as "(Bloomberg) --" or
// "WASHINGTON (AP) —".
func (a *analyzer) sentenceStart(s sentence) int {
	if s == a.startOf {
		return a.start
	}
	lo := a.readStart(s)
	a.startOf, a.start = s, lo
	return lo
}

func (a *analyzer) readStart(s sentence) int {
	lo := s.lo
	// A parenthesis among the first eight tokens is looked for in their
	// text first: most sentences have none.
	first := a.toks[s.lo:min(s.hi, s.lo+9)] // the first eight tokens, and the one after them
	if len(first) > 1 && strings.IndexByte(a.text[first[0].Start:first[min(len(first), 8)-1].End], ')') < 0 {
		first = nil
	}
	for j := 0; j+1 < len(first) && j < 8; j++ {
		if first[j].r == ')' && first[j].kind == tPunct && first[j+1].kind == tPunct && isDash(first[j+1].r) {
			lo = s.lo + j + 1
			for lo < s.hi && a.toks[lo].kind == tPunct && isDash(a.toks[lo].r) {
				lo++
			}
			break
		}
	}
	if lo == s.lo {
		// WASHINGTON — , or NEW YORK (AP) —
		j := s.lo
		for j < s.hi && j < s.lo+4 && a.toks[j].kind == tWord && !lowerSecond(a.word(j)) && isUpperCase(a.word(j)) {
			j++
		}
		if j > s.lo && a.isPunct(j, ',') {
			// DECATUR, Ala. — and PORTLAND, Sept. 28 (HNS) —: a state
			// or a date before the dash, in capitals, dots and digits.
			e := j + 1
			for e < s.hi && e < j+10 && (a.isCapWord(e) || a.numeral(e) || a.isPunct(e, '.') || a.isPunct(e, ',') || a.isPunct(e, '(') || a.isPunct(e, ')')) {
				e++
			}
			if e > j+1 && e < s.hi && a.toks[e].kind == tPunct && isDash(a.toks[e].r) {
				j = e
			}
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

// lowerSecond reports whether the first or second byte of w is a
// lower-case ASCII letter, which rules out isUpperCase at once: most
// words, capitalized or not.
func lowerSecond(w string) bool {
	return w != "" && 'a' <= w[0] && w[0] <= 'z' || len(w) > 1 && 'a' <= w[1] && w[1] <= 'z'
}

func isDash(r rune) bool { return r == '-' || r == '—' || r == '–' || r == '―' }

// participleReport reports whether at's cue is a participle that opens a
// clause of its own after a comma or "while": in "students continued
// to ask for refunds, circling the campus - while chanting, “…”" the
// chant is a second report, not words of the first.
func (a *analyzer) participleReport(at attribution) bool {
	k := a.tokenAt(at.cue.Start)
	return k > 0 && strings.HasSuffix(a.word(k), "ing") && (a.isPunct(k-1, ',') || a.isWord(k-1, "while"))
}
