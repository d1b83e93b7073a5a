package quote

import "strings"

// Quotation frames: a quotation and the attribution after it (“…,” Esper
// said), before it (Alvarez said: “…”), around it (“The plan,” she said,
// “is dead.”), after a colon, in a sign-off, or none (a floating
// quotation that carries on the last speaker's words).

// colonFrames handles the paragraphs that a colon attributes: a quotation
// after a paragraph that ends "He said:", a transcript's "NAME: words" and
// a headline's "Name: ‘words’".
func (a *analyzer) colonFrames() {
	pending := a.pending
	a.pending = nil
	if pending != nil && len(a.qrefs) > 0 && a.qrefs[0].open == 0 && !a.transcriptLine() {
		q := &a.qrefs[0]
		// "… is recorded in detail: ¶ “Here he comes,” she said.": an
		// attribution of the quotation's own comes first.
		if end := a.qend(*q); end < a.cur.hi {
			if f, ok := a.trailer(end, a.cur.hi); ok {
				a.unuseFound(f)
				return
			}
		}
		at := *pending
		at.parts = a.part(a.span(q.open, a.qend(*q)))
		at.kind = Direct
		at.conf = 0.8
		q.used = true
		a.emit(at)
		return
	}
	if pending != nil && a.blockQuotation(pending) {
		return
	}
	// NAME: text
	i := 0
	if i < len(a.toks) && a.toks[i].kind == tOpen {
		i++
	}
	j := i
	for j < len(a.toks) && j < i+6 && (a.isCapWord(j) || a.isPunct(j, '.') && j > i) && !a.isWord(j, "to") && !a.isWord(j, "at") {
		j++
	}
	nameHi, spHi := j, j // where the name and the speaker end
	if a.para == 0 {
		j, spHi = a.headlineColon(i, j)
	}
	if j == i || !a.isPunct(j, ':') || len(a.toks)-j < 4 || a.toks[j].depth > 1 || nameHi-i > 4 {
		return
	}
	if a.wordIn(notices, i) {
		return // notices, not speakers
	}
	// In the body of an article a colon after a name is a transcript
	// (HOLT:, or a person named before: "Hale: Well, the pier is
	// safe.") or introduces a quotation; elsewhere it is a subheading.
	transcript := isUpperCase(a.text[a.toks[i].Start:a.toks[spHi-1].End])
	if a.para > 0 && !transcript && a.toks[j+1].kind != tOpen && !a.speakerLine(i, spHi, j) {
		return
	}
	for k := i; k < spHi; k++ {
		if v, cue := a.cue(k); cue && k > i && !(v.nounForm() && !strings.HasSuffix(a.word(k), "s")) || k == i && a.invertedCue(k) {
			return // "Hale Says: …" and "Said Ortiz: …" are cues of their own, not "Harbor Post: …"
		}
		if a.toks[k].kind == tWord && a.class(k) != openClass || j-i == 1 && len(a.word(k)) == 1 {
			return // "Stealth Over Health:", "The Latest:" name no speaker, nor do "Q:" and "A:"
		}
	}
	lo := j + 1
	hi := a.trimEnd(lo, len(a.toks))
	if a.toks[lo].kind == tOpen {
		// "Ruiz: “The pier stays.” Hale: “It goes.”": a quotation that
		// ends its sentence is what the name says, and another name may
		// follow it; but in "Ruiz: ‘No Way’ Will the Pier Close" the
		// headline goes on.
		hi = len(a.toks)
		if qi := a.firstQuote(lo); qi < len(a.qrefs) && a.qrefs[qi].open == lo && a.qrefs[qi].close >= 0 {
			if e := a.qend(a.qrefs[qi]); a.sentenceAt(e) {
				hi = e
			}
		}
	}
	kind := Name
	if !a.toks[spHi-1].cap {
		kind = Description // "Ruiz camp", "Harbor Post editorial"
	}
	at := attribution{
		parts: a.part(a.span(lo, hi)), kind: Direct, cue: a.toks[j].Span, lemma: ":",
		speaker: a.span(i, spHi), skind: kind, conf: 0.6,
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

// speakerLine reports whether the name at toks[i:j], before the colon
// at toks[c] that opens the paragraph, is a person the text named before
// and what follows is a clause: a transcript's line in the body of an
// article ("Hale: Well, the pier is safe."). A list's item ("Hale: Win
// the county.", "Ruiz: 1,204.") has no verb of its own.
func (a *analyzer) speakerLine(i, j, c int) bool {
	n := len(a.toks)
	if a.toks[j-1].kind != tWord || !a.finiteVerbIn(c+1, n) {
		return false
	}
	if i > 0 && a.qrefs[0].close >= 0 && a.qrefs[0].close < n-2 {
		return false // "“Hale: the pier is safe,” Ruiz wrote": a quotation of its own
	}
	for k := c + 1; k < n; k++ {
		if a.toks[k].kind == tWord && a.word(k) == a.word(j-1) {
			return false // "Hale: Pier repairs ¶ Last year Mayor Hale proposed …": the writer's section on Hale
		}
	}
	last := trimPossessive(a.word(j - 1))
	return a.names.latestPerson(last, a.word(i), j-i == 1) >= 0
}

// headlineColon returns the colon of a headline whose source the name at
// toks[i:j] opens, and where the source ends; or j and j. The source is
// the name when it speaks to an audience or at an event ("Ruiz to Dock
// Workers: …", "Hale at Harbor Summit: …"), and the whole phrase when the
// name has a word for a side or for something said after it ("Ruiz camp:
// …", "Harbor Post editorial: …").
func (a *analyzer) headlineColon(i, j int) (colon, end int) {
	if j == i {
		return j, j
	}
	if a.isWord(j, "to") || a.isWord(j, "at") {
		k := j + 1
		for k < len(a.toks) && k < j+9 && (a.isCapWord(k) || a.isPunct(k, '.') && k > j+1) {
			k++
		}
		if k > j+1 && a.isPunct(k, ':') {
			return k, j
		}
		return j, j
	}
	if a.isPunct(j+1, ':') && a.toks[j].kind == tWord && !a.toks[j].cap && (a.wordIn(sideNouns, j) || wordsNouns[lowerASCII(a.word(j))]) {
		return j + 1, j + 1
	}
	return j, j
}

// sideNouns are the words after a name for the people on its side:
// "Ruiz camp", "Hale aides".
var sideNouns = newFoldSet(map[string]bool{
	"camp": true, "campaign": true, "aides": true, "allies": true, "spokesman": true,
	"spokeswoman": true, "lawyers": true, "supporters": true, "team": true,
})

// sentenceAt reports whether a sentence of the paragraph starts at
// toks[k].
func (a *analyzer) sentenceAt(k int) bool {
	for _, s := range a.sents {
		if s.lo == k {
			return true
		}
	}
	return false
}

// blockQuotation keeps for the paragraph the attribution of a block
// quotation whose marks the page left out: the whole paragraph, when
// pending is a cue of saying that ended the last paragraph with a colon
// ("At a rally in May, she said:"). It reports whether it did. The
// paragraph's own frames are read first: a report of a third person
// among them says the paragraph is the writer's ("Hale, the mayor,
// disagreed and said …"), while the speaker's own "we asked the state"
// is part of the block (see [analyzer.emitBlock]). A paragraph of markup,
// a list's item, a transcript's line, a notice, a few words, one with an
// unpaired quotation mark, one that goes on about the speaker by name
// ("Ruiz, 54, has served …") and a credit line are not taken, nor is
// what a colon introduces after any other verb, or after a cue with a
// clause of its own behind it ("has to do the following:", "After Ruiz
// warned of cuts, the council faced a choice:").
func (a *analyzer) blockQuotation(pending *attribution) bool {
	n := len(a.toks)
	if !a.pendingFinal || pending.lemma == ":" || n < 6 || a.toks[0].kind != tWord || !a.toks[0].cap || a.headlineCase() || a.transcriptLine() {
		return false
	}
	if a.isPunct(1, ':') && a.wordIn(notices, 0) || !pairedMarks(a.text[a.toks[0].Start:a.toks[n-1].End]) {
		return false
	}
	if pending.skind == Name && (a.isPunct(1, ',') || a.pastTense(1) || a.class(1) == auxiliary) {
		if sp := a.text[pending.speaker.Start:pending.speaker.End]; strings.HasSuffix(sp, a.word(0)) && (len(sp) == len(a.word(0)) || sp[len(sp)-len(a.word(0))-1] == ' ') {
			return false // the speaker named in the third person
		}
	}
	for k := range n {
		if a.isWord(k, "contributed") && (a.isWord(k+1, "reporting") || a.isWord(k+1, "to") && a.isWord(k+2, "this")) {
			return false // "The Associated Press contributed to this report."
		}
	}
	// Its speaker is resolved only once the block is kept, after the
	// paragraph's own frames ([analyzer.emitBlock]).
	at := *pending
	at.parts = a.part(a.span(0, a.trimEnd(0, n)))
	at.kind = Indirect
	at.conf = 0.6
	if len(at.parts) > 0 && at.parts[0].Len() > 0 {
		a.block, a.hasBlock = at, true
		a.blockLast, a.blockLastPara = a.lastDirect, a.lastPara
	}
	return true
}

// pairedMarks reports whether the curly quotation marks of s pair up and
// its straight ones are even: a paragraph that ends a quotation opened
// before it ("…,” she added.") is no block.
func pairedMarks(s string) bool {
	return strings.Count(s, "“") == strings.Count(s, "”") && strings.Count(s, `"`)%2 == 0
}

// emitBlock reports the paragraph's block quotation, which
// [analyzer.blockQuotation] kept, unless the paragraph's own frames found
// a report of a third person. Its reports of the speaker's own side ("we
// asked", "I have called on", "according to our engineers") are inside
// the block, and give way to it. It is asked only when there is one:
// hasBlock is set.
func (a *analyzer) emitBlock() {
	a.hasBlock = false
	for _, at := range a.out[a.paraOut:] {
		if !a.ownSide(at.speaker) {
			return
		}
	}
	if len(a.out) > a.paraOut {
		a.out = a.out[:a.paraOut]
		a.lastDirect, a.lastPara = a.blockLast, a.blockLastPara
	}
	a.emit(a.block)
}

// whatBefore reports whether "what", "who", "whom", "which" or a "that"
// after a noun stands a few words before the verb at toks[k], its object
// fronted: "what one critic dubbed “…”", "Ortiz, who he dubbed “…”",
// "the budget that critics labeled “…”", "which he has for months
// repeatedly dubbed “…”".
func (a *analyzer) whatBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if a.isWord(j, "what") || a.isWord(j, "who") || a.isWord(j, "whom") || a.isWord(j, "which") {
			return j < k-1 // "a man who dubbed …" has its subject there
		}
		if a.isWord(j, "that") {
			// "the budget that critics labeled", not "said that files
			// later deemed"
			return j < k-1 && j > 0 && a.toks[j-1].kind == tWord && !a.toks[j-1].cap && a.class(j-1) == openClass && a.toks[j-1].lex.cue == 0 && !a.pastTense(j-1)
		}
		if a.toks[j].kind != tWord {
			return false
		}
	}
	return false
}

// namerBefore reports whether the naming verb at toks[k] has a subject of
// its own right before it, past adverbs: a pronoun ("the inquiry he
// dubbed “…”", "a measure he once dubbed"), a name after the sentence's
// first word ("The reports Ana Ruiz labeled “…”"), an auxiliary ("has
// dubbed"), or a phrase with an article right after a noun ("the inquiry
// the panel dubbed"). "files later deemed “secret”" and "A man dubbed
// “the fixer”" have none.
func (a *analyzer) namerBefore(k, lo int) bool {
	j := a.namerEnd(k, lo)
	if j < lo || a.toks[j].kind != tWord {
		return false
	}
	if a.class(j) == pronoun && !a.isWord(j, "it") {
		return true
	}
	if a.isWord(j, "has") || a.isWord(j, "have") || a.isWord(j, "had") {
		return true
	}
	if a.toks[j].cap && a.class(j) == openClass && j > lo && !a.toks[j].lex.starter() {
		// A name, but not the object of a preposition: "Emails from Hale
		// labeled “urgent”", "an area the size of Texas dubbed".
		n := j
		for n > lo && a.isCapWord(n-1) {
			n--
		}
		return a.class(n-1) != preposition || a.secondPhrase(n-1, lo)
	}
	for d := j - 1; d > lo && d >= j-2; d-- {
		if a.timeDeterminer(d) {
			return false // "A plan this week dubbed “…”"
		}
		if a.class(d) == determiner {
			b := d - 1
			return a.toks[b].kind == tWord && !a.toks[b].cap && a.class(b) == openClass && a.toks[b].lex.cue == 0 && !a.pastTense(b) && !a.verbForm(b)
		}
		if a.toks[d].kind != tWord {
			return false
		}
	}
	return false
}

// titleOfThing reports whether quotation q, in title case after the
// object of "deem" or "brand" at toks[j], is a name of the thing: "deemed
// the novel “Salt and Ember” unfit", "branded its lager “Harbor Gold”".
// After a person so branded it is a nickname, and quoted: "branded his
// rival “Sleepy Sam”".
func (a *analyzer) titleOfThing(j int, q qref) bool {
	if a.objectPronoun(j) || a.isCapWord(j) || a.isWord(j, "his") || a.isWord(j, "her") || a.isWord(j, "their") {
		return false // "his rival", "her opponent": a person
	}
	p := a.rightPhrase(j, q.open)
	if p.ok() && (p.kind == Name || a.commonHead(p.hi-1) || a.toks[p.hi-1].lex.title() || a.toks[p.hi-1].lex.role != 0) {
		return false
	}
	// A thing's name: a product's, or one with what the thing is deemed
	// after it ("“Salt and Ember” unfit", "“Salt and Ember” too violent").
	// "branded the law “The Death Tax”" is a judgment, quoted.
	if p.ok() && productNouns[singular(lowerASCII(a.word(p.hi-1)))] {
		return true // "its new service “Pay Now”"
	}
	n := a.qend(q)
	return n < len(a.toks) && a.toks[n].kind == tWord && !a.toks[n].cap && (a.class(n) == openClass || a.class(n) == determiner || a.isWord(n, "too") || a.isWord(n, "so") || a.isWord(n, "not") || a.isWord(n, "more")) && !a.isWord(n, "at") && !a.isWord(n, "in") && !a.isWord(n, "and")
}

// productNouns are things a maker brands with a name: "branded its lager
// “Harbor Gold”".
var productNouns = map[string]bool{
	"lager": true, "beer": true, "soda": true, "drink": true, "phone": true, "car": true,
	"model": true, "product": true, "line": true, "cereal": true, "app": true, "game": true,
	"brand": true, "wine": true, "snack": true, "device": true, "truck": true, "perfume": true,
	"service": true, "feature": true, "account": true, "platform": true, "album": true,
}

// objectAfter reports whether a noun phrase follows quotation q, the
// object of a naming verb put after what it is named: "has dubbed “a
// witch hunt” the inquiry into his taxes".
func (a *analyzer) objectAfter(q qref) bool {
	n := a.qend(q)
	return n < len(a.toks) && !a.toks[n].cap && (a.class(n) == determiner || a.possessivePronoun(n)) && !a.spanOfTime(n+1) && !a.isWord(n+1, "previous")
}

// namerEnd returns the last word before the naming verb at toks[k], past
// adverbs of time and manner: where its subject ends ("he once dubbed").
func (a *analyzer) namerEnd(k, lo int) int {
	j := k - 1
	for j > lo && j >= k-3 && (a.adverb(j) || a.isWord(j, "once") || a.isWord(j, "later") || a.isWord(j, "also") || a.isWord(j, "first") || a.isWord(j, "just")) {
		j--
	}
	return j
}

// frontedNamed reports whether what the naming verb at toks[k] names went
// before it: "what Hale dubbed", "the inquiry he dubbed"; not "Hale has
// dubbed “…” the inquiry".
func (a *analyzer) frontedNamed(k, lo int) bool {
	if a.whatBefore(k) {
		return true
	}
	if !a.namerBefore(k, lo) || a.isWord(k-1, "has") || a.isWord(k-1, "have") || a.isWord(k-1, "had") {
		return false
	}
	// The namer's subject follows a noun or a relative word: "the
	// inquiry he dubbed", "the reports Sam Lee labeled"; not "He dubbed
	// “…” the inquiry", nor "Hale, who dubbed …".
	b := a.namerEnd(k, lo)
	if a.class(b) != pronoun {
		for b > lo && (a.isCapWord(b-1) || a.class(b-1) == determiner || a.toks[b-1].kind == tWord && !a.toks[b-1].cap && a.class(b-1) == openClass && a.class(b) != determiner && !a.toks[b].cap) {
			b--
			if a.class(b) == determiner {
				break
			}
		}
	}
	n := b - 1
	return n >= lo && a.toks[n].kind == tWord && (!a.toks[n].cap && a.class(n) == openClass || a.isWord(n, "that") || a.isWord(n, "which") || a.isWord(n, "whom"))
}

// secondPhrase reports whether the phrase that the preposition at
// toks[p] belongs to follows another noun phrase, and so is the subject
// of a relative clause with no "that": "The measure the mayor of Boston
// dubbed", "The bill Democrats in Congress labeled"; not "Emails from
// Hale labeled", where the preposition's phrase is the sentence's.
func (a *analyzer) secondPhrase(p, lo int) bool {
	for m := p - 1; m > lo && m >= p-6 && a.toks[m].kind == tWord; m-- {
		if (a.class(m) == determiner || a.toks[m].cap) && !a.toks[m-1].cap && a.toks[m-1].kind == tWord && a.class(m-1) == openClass {
			// The phrase names people: "the mayor of Boston", "Democrats
			// in Congress"; not "the size of Chicago", "an album about
			// London".
			h := p - 1
			return a.toks[m].cap && a.class(m) == openClass || a.toks[h].cap || a.commonHead(h) || a.toks[h].lex.title() || a.toks[h].lex.role != 0
		}
	}
	return false
}

// byAfter reports whether "by" follows the quotation opening at
// toks[open]: the naming is passive, and its agent follows ("the Port of
// Dayton dubbed “the gateway” by traders").
func (a *analyzer) byAfter(open int) bool {
	qi := a.firstQuote(open)
	return qi < len(a.qrefs) && a.qrefs[qi].open == open && a.isWord(a.qend(a.qrefs[qi]), "by")
}

// objectBefore reports whether toks[j:open] are an object pronoun or a
// short phrase, and no more, before the quotation at toks[open]: what
// "declared it “a victory”" and "declaring the vote “a win”" name.
func (a *analyzer) objectBefore(j, open int) bool {
	if a.objectPronoun(j) || a.isWord(j, "it") {
		return j+1 == open
	}
	p := a.rightPhrase(j, open)
	return p.ok() && p.hi == open && p.hi-p.lo <= 4 && p.kind == Description && a.class(p.lo) == determiner
}

// ownSide reports whether the speaker sp is the first person: "I", "we",
// "our engineers", "my staff".
func (a *analyzer) ownSide(sp Span) bool {
	w := a.text[sp.Start:sp.End]
	if i := strings.IndexByte(w, ' '); i > 0 {
		w = w[:i]
	}
	for _, p := range [...]string{"i", "we", "our", "my", "us"} {
		if equalFoldASCII(w, p) {
			return true
		}
	}
	return false
}

// transcriptLine reports whether the paragraph opens with a transcript's
// speaker in capitals and a colon, inside a quotation mark or not:
// "“WALLACE: Let us start …". The name, not a cue before the paragraph,
// says who speaks.
func (a *analyzer) transcriptLine() bool {
	i := 0
	if i < len(a.toks) && a.toks[i].kind == tOpen {
		i++
	}
	j := i
	for j < len(a.toks) && j < i+4 && a.isCapWord(j) {
		j++
	}
	return j > i && a.isPunct(j, ':') && isUpperCase(a.text[a.toks[i].Start:a.toks[j-1].End]) && len(a.word(i)) > 1 && !a.wordIn(notices, i)
}

// notices are the labels and exclamations before a colon that name no
// speaker: "UPDATE:", "BREAKING:", "Related:", "BYLINE:", "Q&A:", "Wow:",
// "EMAIL:".
var notices = newFoldSet(map[string]bool{
	"correction": true, "clarification": true, "update": true, "updated": true, "editor": true,
	"note": true, "photo": true, "video": true, "watch": true, "read": true, "related": true,
	"source": true, "sources": true, "warning": true, "disclaimer": true, "advertisement": true,
	"breaking": true, "revealed": true, "contributing": true, "paid": true, "exclusive": true,
	"boom": true, "look": true, "listen": true, "twitter": true, "notice": true, "alert": true,
	"byline": true, "busted": true, "bombshell": true, "wow": true, "whoa": true, "yikes": true,
	"ouch": true, "oops": true, "shocking": true, "audio": true, "photos": true, "opinion": true,
	"analysis": true, "commentary": true, "editorial": true, "transcript": true, "q&a": true,
	"faq": true, "explainer": true, "recap": true, "timeline": true, "quiz": true, "factbox": true,
	"email": true, "e-mail": true, "contact": true, "phone": true, "website": true, "follow": true,
})

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
		if !ok || a.passive(k) || a.toks[k].cap && k != s.lo && !a.headlineCase() {
			continue // "wrote at the Daily Post:": a capitalized word is a name's
		}
		sp := a.subject(k, s.lo)
		if maker, own := a.nounCueMaker(sp, k, v, s.lo); own && maker.ok() {
			sp = maker // "Ruiz made the following comment:", as leader reads it
		}
		if !sp.ok() && k == s.lo && a.invertedCue(k) {
			if p := a.rightPhrase(k+1, n-1); p.ok() && p.hi == n-1 {
				sp = p // "Added Ruiz:", the verb before its speaker
			}
		}
		if !sp.ok() {
			continue
		}
		at := attribution{cue: a.toks[k].Span, lemma: v.lemma, speaker: a.span(sp.lo, sp.hi), skind: sp.kind}
		a.pending = &at
		a.pendingFinal = !a.hasVerbAuxiliary(k+1, n-1) && !a.newClause(k+1, n-1)
		return
	}
	// "16-year-old Lena Voss echoed:", "The memo goes on to add:":
	// whatever the verb, the colon hands the next quotation to the
	// sentence's subject.
	if sp := a.firstSubject(s, n-1); sp.ok() && a.personLike(sp) {
		at := attribution{cue: a.toks[n-1].Span, lemma: ":", speaker: a.span(sp.lo, sp.hi), skind: sp.kind}
		a.pending = &at
	}
}

// direct attributes the quotations that start in sentence s.
func (a *analyzer) direct(s sentence) {
	for qi := a.firstQuote(s.lo); qi < len(a.qrefs) && a.qrefs[qi].open < s.hi; qi++ {
		q := &a.qrefs[qi]
		if q.used {
			continue
		}
		if a.titleQuote(*q) || a.isWord(q.open-1, "so-called") {
			// the Post's “Harbor Hour”, his book “Grow Your Own Garden”, the so-called “peace dividend”.
			q.used = true
			continue
		}
		end := a.qend(*q)
		// The quotation's content stays as the marks delimit it.
		content := a.span(q.open, end)
		if q.close >= 0 && a.cueNear(s.lo, min(q.open, s.lo+8)) {
			// "Bemoaning the “phony system,” Hale accused …": the
			// participle's report, not the clause after it. Most
			// quotations have no cue among the sentence's first words,
			// and leadingParticiple is not asked.
			if at, ok := a.leadingParticiple(qi, s); ok {
				q.used = true
				a.emit(at)
				continue
			}
		}

		// After it: “…,” Esper said. / “…,” said Paul Okafor.
		trailerEnd := s.hi
		var at found
		ok, parsed := false, false
		if end == s.hi && a.si+1 < len(a.sents) && !a.hasCue(a.leadFrom(q.open, s), q.open) {
			// “Does anybody know?” Graham asked. The question mark ended
			// the sentence too early; and "“…” Hale said." is an
			// attribution that is a sentence of its own. But a cue before
			// the quotation has it: "…, chanting “We win!” The crowd
			// cheered."
			next := a.sents[a.si+1].hi
			at, ok = a.trailer(end, next)
			if a.askedOrExclaimed(*q) || ok && a.attributionOnly(at, next) {
				trailerEnd, parsed = next, true
			} else if ok {
				a.unuseFound(at)
				ok = false
			}
		}
		if end < trailerEnd || end == len(a.toks) && q.close >= 0 {
			if !parsed {
				at, ok = a.trailer(end, trailerEnd)
			}
			if ok && (a.objectQuote(*q, at.cueEnd) || (a.ownLeader(*q, s) || a.fragmentAfterPreposition(*q)) && a.splitContinuation(qi, at.cueEnd, s) >= 0) {
				// "shouted, “Ortiz,” Hale joked, “Amen!”": the first
				// quotation has a cue of its own, and Hale said the
				// second; so has "would fare better at “smaller harbors,”
				// Hale said: “…”", inside another's report.
				a.unuseFound(at)
				ok = false
			}
			if ok && trailerEnd == s.hi && (at.cue.Start < at.speaker.Start || !a.titleAfterPreposition(*q)) || ok && a.endsAfter(at.cueEnd, trailerEnd) {
				// But "In an appearance on “Morning Show,” Ruiz asked Hale
				// how …": a title after a preposition, and Ruiz's cue
				// has a report of its own.
				r := at.attribution()
				r.parts = a.part(content)
				r.kind = Direct
				// Words before the quotation belong to the report:
				// Ruiz "is the only candidate …," Hale said.
				if lo := a.sentenceStart(s); lo < q.open && lo >= s.lo && a.reportBefore(lo, q.open) && (qi == 0 || a.qrefs[qi-1].close < lo) && !a.linkingWord(lo, q.open) {
					r.parts = a.part(a.span(lo, end))
					r.kind = Mixed
				}
				r.conf = 0.9
				q.used = true
				// A split quotation: “The plan,” Whitfield said, “is dead.”
				if nq := a.splitContinuation(qi, at.cueEnd, s); nq >= 0 {
					n := &a.qrefs[nq]
					n.used = true
					r.parts = append(r.parts, a.span(n.open, a.qend(*n)))
				} else if c := a.conjoinedContinuation(qi, at.cueEnd, s); c >= 0 {
					// “I like Hale,” he said, but “when it comes to …”
					n := &a.qrefs[qi+1]
					n.used = true
					r.parts = append(r.parts, a.span(c, a.qend(*n)))
					r.kind = Mixed
				}
				a.emit(r)
				if c, n := a.carry, len(a.out)-1; qi == 0 && q.open == 0 && c >= 0 && n > c && a.out[c].inherited && len(a.out[c].parts) == 1 && a.out[n].entity != a.out[c].entity && a.out[n].skind == Name && a.out[n].name != "" {
					// "“It's a dog whistle,” Moore said. “If indeed …" with
					// no closing mark ¶ "“I have been …,” added Clyburn":
					// the quotation left open goes on here, where another
					// speaker is named by name.
					a.out[n].parts = append([]Span{a.out[c].parts[0]}, a.out[n].parts...)
					a.out[c].dropped = true
				}
				continue
			}
			if ok {
				a.unuseFound(at) // the cue is free for a report of its own
			}
		}
		// Before it: Rita Alvarez, a nurse, said: “…” / As Fischer put it, “…”
		if at, mixedFrom, ok := a.leader(q.open, s); ok {
			q.used = true
			r := at.attribution()
			if mixedFrom == q.open && q.close >= 0 && (a.sentenceQuote(*q) || a.wordsOfThing(at.lemma)) {
				// chanted “What curfew?” and kept going; a sign that read
				// “Bakers 4 Ruiz” — and waved it: the words are all
				// in the marks.
				mixedFrom = -1
			}
			if mixedFrom >= 0 {
				// Reported speech that carries the quotation: the content
				// is the whole clause to the sentence's end.
				hi := a.clauseEnd(mixedFrom, s.hi)
				if hi < end {
					hi = end
				}
				// "called the levy “unfair,” and his
				// council …", "which Hale called “a disaster,” failed" or "who
				// declared the vote “a sham,” lost": what
				// something was called ends with its quotation when the
				// writer goes on.
				v, ok := a.cue(at.cueEnd - 1)
				if ok && (v.flags&cueQuoteOnly != 0 || v.lemma == "declare" && a.objectBefore(at.cueEnd, q.open)) && q.close >= 0 && a.isPunct(q.close-1, ',') && a.writerGoesOn(end) {
					hi = end
				}
				if ok && v.flags&cueQuoteOnly != 0 && q.close >= 0 && hi > end+1 && a.isWord(end, "and") && (a.pastTense(end+1) && a.deedGoesOn(end+2) || a.presentVerb(end+1, s.lo)) {
					hi = end // "called the plan “a fraud” and walked out": the subject's next deed
				}
				if q.close >= 0 && a.possessorReport(&r) && a.writerGoesOn(end) {
					hi = end // "Her claim that the drug was “a cure” drew scorn": the noun's clause
				}
				if at.quoteEnds {
					hi = a.castEnd(qi, s.hi)
				}
				if q.close >= 0 && a.isPunct(q.close-1, ',') && hi > end && !a.isWord(end, "and") && !a.isWord(end, "or") {
					// "While Hale calls the plan “a sham,” Ruiz backs it": a
					// report in a clause that opens the sentence ends with
					// the quotation's comma, where the main clause starts;
					// and so does one in a relative clause: "Hale, who said
					// the vote was “a farce,” won the seat".
					if sk := a.tokenAt(at.speaker.Start); sk >= 0 && (a.subordinate(sk, s.lo) || a.isWord(sk, "who") || a.isWord(sk, "which")) {
						hi = end
					}
				}
				if hi > end {
					hi = a.quotedTail(mixedFrom, hi) // "called the levy “a disgrace” on Monday"
				}
				r.parts = a.part(a.span(mixedFrom, hi))
				r.kind = Mixed
				if lead := a.interruptedLead(r, mixedFrom, s); !lead.IsZero() {
					r.parts = append(a.part(lead), r.parts[0])
				}
				for k := a.firstQuote(mixedFrom); k < len(a.qrefs) && a.qrefs[k].open < hi; k++ {
					a.qrefs[k].used = true
				}
			} else {
				r.parts = a.part(content)
				r.kind = Direct
				if a.wordsOfThing(at.lemma) {
					// chanting “We are here” and “Disarm hate”: one chant
					// after another.
					for n := qi + 1; n < len(a.qrefs) && a.qrefs[n-1].close >= 0; n++ {
						nq, prev := &a.qrefs[n], a.qrefs[n-1]
						gap := nq.open - prev.close
						if nq.open >= s.hi || gap != 1 && !(gap == 2 && (a.isWord(nq.open-1, "and") || a.isWord(nq.open-1, "or") || a.isPunct(nq.open-1, ','))) {
							break
						}
						// Side by side, not “Closed.” “We are out of
						// business,” the owner said: a sentence ended, or
						// the next has a speaker of its own.
						after := a.qend(*nq)
						if a.isPunct(after, ',') {
							after++
						}
						if gap == 1 && (a.isPunct(prev.close-1, '.') || a.isPunct(prev.close-1, '!') || a.isPunct(prev.close-1, '?')) {
							break
						}
						// A quotation with a speaker of its own ends the
						// chant: “…,” she said; “…,” said one marcher. But
						// a crowd's attribution reports the whole chant:
						// "“Hands off” and “Not ours,” the organizers said".
						if a.attributionAt(a.qend(*nq), s.hi) && (gap == 1 || !a.crowdSays(after) || a.firstPerson(nq.open, a.qend(*nq))) {
							break
						}
						nq.used = true
						r.parts = a.part(a.span(q.open, a.qend(*nq)))
					}
				}
			}
			r.conf = 0.75
			a.emit(r)
			continue
		}
		// In someone's view: "because to her, “…”", "To Ruiz, the pier
		// is “the heart of the town.”"
		if f, from, ok := a.perspective(q.open, s); ok {
			q.used = true
			r := f.attribution()
			r.parts, r.kind = a.part(content), Direct
			if hi := a.clauseEnd(from, s.hi); from < q.open || end < hi {
				if q.close >= 0 && a.isPunct(q.close-1, ',') && a.writerGoesOn(end) {
					hi = end // "to them, the vote was “a sham,” and they left"
				}
				r.parts, r.kind = a.part(a.span(from, max(end, hi))), Mixed
			}
			r.conf = 0.6
			a.emit(r)
			continue
		}
		// On its own: a sign-off, or a quotation that carries on from an
		// attributed one.
		if a.dashAt(end) { // most quotations: no sign-off, and signOff is not asked
			if at, ok := a.signOff(end); ok {
				at.parts = a.part(content)
				// "“We fish early. … ‘Some are so tired.” And that is all she
				// wants “the end of the season’.” ― Ana Ruiz": marks broken
				// inside one comment; the sign-off takes the line from its
				// first mark, when nothing since has a speaker and the marks
				// in between do not pair up.
				lo := qi
				for lo > 0 && !a.qrefs[lo-1].used {
					lo--
				}
				for r := lo; r < qi; r++ {
					if o := a.qrefs[r].open; (o == 0 || strings.Contains(a.text[a.toks[o-1].End:a.toks[o].Start], "\n")) && a.unbalanced(o, end) {
						for i := r; i < qi; i++ {
							a.qrefs[i].used = true
						}
						at.parts = a.part(a.span(o, end))
						break
					}
				}
				at.kind = Direct
				at.conf = 0.8
				q.used = true
				a.emit(at)
				continue
			}
		}
		if q.open == 0 && a.carry >= 0 {
			// The quotation continued from the last paragraph is one
			// more part of the same quote.
			q.used = true
			a.out[a.carry].parts = append(a.out[a.carry].parts, content)
			a.lastDirect, a.lastPara = a.carry, a.para
			continue
		}
		if (q.open == s.lo || q.open == s.lo+1 && a.toks[s.lo].kind == tPunct) && a.si > 0 && (end >= s.hi-1 || q.close < 0) {
			// "Ruiz said in a statement. “The levee held.”": a sentence
			// that is an attribution and nothing more gives its speaker to
			// the quotation after it.
			if prev := a.sents[a.si-1]; a.firstQuote(prev.lo) == qi {
				if f, ok := a.knownTrailer(prev.lo, prev.hi); ok && a.attributionOnly(f, prev.hi) {
					r := f.attribution()
					r.parts = a.part(content)
					r.kind = Direct
					r.conf = 0.7
					q.used = true
					a.emit(r)
					continue
				} else if ok {
					a.unuseFound(f)
				}
			}
		}
		if q.open == s.lo || q.open == s.lo+1 && a.toks[s.lo].kind == tPunct {
			// A quotation on its own carries on the speaker's words: in the
			// same paragraph, or when it opens the next and the last one
			// closed its paragraph. Single marks here are headings ('Chief
			// trade prosecutor.'), not speech.
			near := a.para == a.lastPara || a.para == a.lastPara+1 && a.lastAtEnd && a.si == 0 && (q.close >= 0 || !a.carriedOn)
			// A quotation that opens a sentence without filling it carries
			// on too, when the rest has no cue of its own and the
			// quotation is no subject ("“Gold class” is the top
			// ticket"): "“We can win,” Hale said. “They know it” and say so
			// at every stop." The writer's words that run on from it
			// belong to the report; after a comma in the marks (“…,”
			// which …) they are the writer's own.
			whole := end >= s.hi-1 || q.close < 0
			if r, _ := markAt(a.text, a.toks[q.open].Start); a.lastDirect >= 0 && near && classOf(r) == doubleMark && (whole || !a.hasCue(end, s.hi) && !a.verbNext(end) && !a.cueAt(end) && a.runsOnFromQuote(*q, end)) {
				prev := a.out[a.lastDirect]
				kind := Direct
				if !whole && a.toks[end].kind == tWord && !a.isPunct(q.close-1, ',') {
					content, kind = a.span(q.open, max(end, a.clauseEnd(q.open, s.hi))), Mixed
				}
				at := attribution{
					parts: a.part(content), kind: kind, cue: prev.cue, lemma: prev.lemma,
					speaker: prev.speaker, skind: prev.skind, antecedent: prev.antecedent,
					name: prev.name, entity: prev.entity, anonymous: prev.anonymous,
					conf: 0.6, inherited: true,
				}
				q.used = true
				a.out = append(a.out, at)
				a.sentQuoted = true
				a.lastPara = a.para
			}
		}
	}
}

// adjectiveAfterVerb reports whether the participle at toks[k], before a
// quotation, is an adjective of the quoted noun, as it is right after a
// verb in the past or in -ing, or an adverb after one: "The council
// offered detailed “answers”", "preparing highly detailed “maps”". A
// verb that ends a relative clause is the subject's: "Those who gathered
// chanted “Save the pier”".
func (a *analyzer) adjectiveAfterVerb(k int) bool {
	if w := a.word(k); !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") {
		return false
	}
	j := k - 1
	if a.adverb(j) {
		j--
	}
	if !a.pastTense(j) && !a.ingParticiple(j) {
		return false
	}
	return !a.isWord(j-1, "who") && !a.isWord(j-1, "that") && !a.isWord(j-1, "which")
}

// perspective finds "to" and the person in whose view the clause after
// them stands, set off by a comma, in the few words before the quotation
// that opens at toks[open]: "because to her, “…”", "To Ruiz, the pier is
// “…”". It returns the cue and speaker, and where the clause starts. The
// phrase opens the sentence or follows a word that joins clauses.
func (a *analyzer) perspective(open int, s sentence) (found, int, bool) {
	for c := open - 1; c > s.lo && c >= open-24; c-- {
		t := &a.toks[c]
		if t.kind == tOpen || t.kind == tClose || t.kind == tPunct && t.r != ',' {
			break
		}
		if t.kind != tPunct {
			continue
		}
		// The comma: before it one object pronoun, or up to three
		// capitalized words, and "to".
		j := c - 1
		kind := Pronoun
		if !a.objectPronoun(j) { // not "it", which is no object pronoun
			kind = Name
			for j >= s.lo && c-j <= 3 && a.isCapWord(j) && !a.isWord(j, "to") {
				j--
			}
			if j == c-1 {
				break
			}
		} else {
			j--
		}
		if !a.isWord(j, "to") || a.used[j] {
			break
		}
		// After a comma alone, "to" and a name are most often where
		// something went, and the quotation after them names it: "the
		// prize went, as always, to Bo Lin, “the best of us.”" So after
		// "and" with no comma before it, which joins the place to
		// another: "went to Boston and to Salem, “the harbor town.”"
		if j > a.sentenceStart(s) && !(a.isWord(j-1, "because") || a.isWord(j-1, "but") || a.isWord(j-1, "and") && (j-1 == a.sentenceStart(s) || a.isPunct(j-2, ',')) || a.isWord(j-1, "yet")) {
			break
		}
		return a.makeFound(j, j+1, "to", phrase{j + 1, c, kind}, c+1), c + 1, true
	}
	return found{}, -1, false
}

// deedGoesOn reports whether toks[j], after "and" and a past tense, shows
// the past tense to be a deed of its own, with an object or a particle:
// "and left the hall", "and walked out"; not an adjective or participle
// that says more of what was named: "“reckless” and misguided", "and
// rooted in fear".
func (a *analyzer) deedGoesOn(j int) bool {
	switch a.class(j) {
	case determiner, pronoun:
		return true
	}
	return a.isCapWord(j) || a.isWord(j, "out") || a.isWord(j, "off") || a.isWord(j, "away") || a.isWord(j, "up") || a.isWord(j, "down") || a.isWord(j, "back") || a.isWord(j, "home")
}

// wordsOfThing reports whether a cue of this lemma gives words that are
// quoted whole, a sign's or a chant's, so that a quotation right after
// it is all that was said: "a sign reading “No war”", "chanting “USA”".
func (a *analyzer) wordsOfThing(lemma string) bool {
	return lemma == "read" || lemma == "chant" || lemma == "sing"
}

// cryNoun reports whether toks[k], a form of the cue lemma, is the noun
// of a crowd's cry: "chant", "chants", "shouts", "cries".
func (a *analyzer) cryNoun(k int, lemma string) bool {
	switch lemma {
	case "chant", "shout", "cry", "yell", "scream":
		w := a.word(k)
		return equalFoldASCII(w, lemma) || len(w) == len(lemma)+1 && (w[len(w)-1]|0x20) == 's' && equalFoldASCII(w[:len(lemma)], lemma) || lemma == "cry" && equalFoldASCII(w, "cries")
	}
	return false
}

// crier returns who raised the cry whose noun is toks[k]: the possessive
// before it ("their chants of", "the crowd's chants of"), or the subject of
// the verb that the noun is the object of ("the crowd broke into chants
// of", "activists joined in a loud chant of"). The cry is no one's in
// particular when its verb is passive, when none governs it ("was greeted
// with chants of") or when it is heard rather than raised ("walked in to
// chants of"). It returns false when the cry is the object of a reporting
// verb, which reports more than the cry: "Ruiz described the cries of
// “Help!” as “…”".
func (a *analyzer) crier(k, lo int) (phrase, bool) {
	j := k - 1
	for j >= lo && a.toks[j].kind == tWord && !a.toks[j].cap && (a.class(j) == openClass && !a.verbForm(j) && !a.possessive(j) || a.adverb(j)) {
		j-- // "loud", "thunderous", "spontaneous"
	}
	if a.possessivePronoun(j) {
		return phrase{j, j + 1, Pronoun}, true
	}
	if a.possessive(j) {
		return a.leftPhrase(j+1, lo), true // "the crowd's", "his daughter's"
	}
	if a.isWord(j, "a") || a.isWord(j, "the") {
		j--
	}
	if a.cueAt(j) {
		return phrase{}, false
	}
	if j-1 < lo || a.class(j) != preposition || a.isWord(j, "to") || a.toks[j-1].kind != tWord || a.toks[j-1].cap || a.class(j-1) != openClass || a.passive(j-1) || a.beForm(j-2) {
		return phrase{}, true
	}
	if sp := a.subject(j-1, lo); sp.ok() && sp.hi == j-1 {
		return sp, true
	}
	return phrase{}, true
}

// crowdSays reports whether an attribution by a crowd starts at toks[j]:
// a plural common noun, with "the" or no article, and its cue right after
// it: "the organizers said", "witnesses recalled"; not "one woman said"
// or "his daughter said".
func (a *analyzer) crowdSays(j int) bool {
	if a.isWord(j, "the") {
		j++
	}
	if j >= len(a.toks) || a.toks[j].kind != tWord || a.toks[j].cap || a.class(j) != openClass {
		return false
	}
	w := a.word(j)
	plural := pluralForm(w) || a.commonHead(j)
	return plural && a.cueAt(j+1)
}

// firstPerson reports whether toks[lo:hi] hold "I", "my" or "me": one
// person's words, not a crowd's.
func (a *analyzer) firstPerson(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if a.word(j) == "I" || a.isWord(j, "my") || a.isWord(j, "me") {
			return true
		}
	}
	return false
}

// objectQuote reports whether quotation q is the object of a verb that
// quotes, and the cue after it, ending at toks[cueEnd-1], quotes the
// next quotation: in "calling him “a loser,” the crowd chanted “Go
// home!”" the chant is what the crowd said, and the first quotation
// belongs to "calling".
func (a *analyzer) objectQuote(q qref, cueEnd int) bool {
	v, ok := a.cue(cueEnd - 1)
	return ok && v.flags&cueQuoteOnly != 0 && cueEnd < len(a.toks) && a.toks[cueEnd].kind == tOpen && a.quoteCueNear(q.open)
}

// quoteCueNear reports whether a verb that reports only beside quoted
// words stands a few words before toks[j]: "what he calls the
// administration's “strongly worded letter” approach".
func (a *analyzer) quoteCueNear(j int) bool {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		if v, ok := a.cue(k); ok && v.flags&cueQuoteOnly != 0 {
			return true
		}
	}
	return false
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
		return !a.quoteCueNear(p)
	}
	if p < 0 || a.toks[p].kind != tWord {
		return false // a mark or punctuation before it: no noun
	}
	switch {
	case a.wordIn(workNouns, p):
		// "his book “Women Who Work”", but "called the show “a joke”",
		// and "Before the program, “states were …”" quotes someone.
		return !a.quoteCueNear(p) && !a.quoteStartsLower(q.open)
	case a.wordIn(titlingWords, p):
		return true
	}
	return false
}

// workNouns name works whose title a quotation after them gives: "his
// book “Women Who Work”".
var workNouns = newFoldSet(map[string]bool{
	"book": true, "film": true, "movie": true, "show": true, "song": true, "album": true, "article": true,
	"column": true, "essay": true, "program": true, "series": true, "play": true, "novel": true,
	"memoir": true, "documentary": true, "podcast": true, "newsletter": true,
})

// titlingWords give the title after them: "a memo titled “Next Steps”".
var titlingWords = newFoldSet(map[string]bool{"titled": true, "entitled": true, "headlined": true})

// plainAdjuncts reports whether toks[lo:hi] are words with no clause of
// their own: no auxiliary, no subject pronoun, no cue, no "that".
func (a *analyzer) plainAdjuncts(lo, hi int) bool {
	if a.conditionClause(lo, hi) {
		return false // "says if the bill passes, “…”": a clause the report opens with
	}
	for j := lo; j < hi; j++ {
		if a.toks[j].kind == tOpen || a.toks[j].kind == tClose || a.isWord(j, "that") || a.verbAuxiliary(j) || a.class(j) == pronoun {
			return false
		}
		if _, ok := a.cue(j); ok && a.class(j-1) != determiner {
			return false // but "with a laugh" is a noun
		}
		if a.pastTense(j) && j > lo && a.class(j-1) == openClass && !a.toks[j-1].cap {
			return false // "a voice rose from the back" is a clause
		}
	}
	return true
}

// conditionClause reports whether toks[lo:hi] are a clause of condition
// or concession with a subject and a verb of its own: "if the bill
// passes", "although she was ill", "no matter what the court rules"; not
// "if elected" or "whatever the outcome", which are adjuncts.
func (a *analyzer) conditionClause(lo, hi int) bool {
	switch lowerASCII(a.word(lo)) {
	case "if", "unless", "although", "when", "whenever":
		n := lo + 1
		if n+1 >= hi {
			return false // "if elected", "if necessary"
		}
		if a.subjectStart(n) {
			return a.hasFiniteVerb(n+1, hi)
		}
		// "if prices rise": a plural subject and its verb
		w := a.word(n)
		return a.class(n) == openClass && !a.toks[n].cap && pluralForm(w) && a.toks[n+1].kind == tWord && a.class(n+1) == openClass
	case "no":
		return a.isWord(lo+1, "matter") && a.hasFiniteVerb(lo+3, hi)
	}
	return false
}

// askedOrExclaimed reports whether quotation q ends with a question or
// exclamation mark inside its closing mark.
func (a *analyzer) askedOrExclaimed(q qref) bool {
	if q.close <= 0 {
		return false
	}
	k := q.close - 1
	for k > q.open && a.toks[k].kind == tClose {
		k-- // “… ‘What can I do?’”: the inner quotation's mark
	}
	return a.isPunct(k, '?') || a.isPunct(k, '!')
}

// attributionOnly reports whether the attribution f, found at the start
// of the sentence that ends at toks[hi-1], is all of that sentence: "Hale
// said on Monday." It has no content of its own, so it attributes the
// quotation before it, even one that ends in a period, or after it. A
// sentence that ends in a colon ("She went on to say:") introduces what
// follows instead.
func (a *analyzer) attributionOnly(f found, hi int) bool {
	if a.isPunct(hi-1, ':') {
		return false
	}
	j := a.skipAdjuncts(f.cueEnd, hi, cueVerb{})
	return a.trimEnd(j, hi) <= j
}

// endsAfter reports whether nothing but adjuncts and closing punctuation
// follows toks[j] before hi: the attribution is the whole sentence.
func (a *analyzer) endsAfter(j, hi int) bool {
	j = a.skipAdjuncts(j, hi, cueVerb{})
	if a.trimEnd(j, hi) <= j || a.isPunct(j-1, ',') || a.isPunct(j, ',') {
		return true
	}
	// "… Lee said as she began the count.": a clause of time, which says
	// when, not what.
	if a.isWord(j, "as") || a.isWord(j, "when") || a.isWord(j, "while") || a.isWord(j, "before") || a.isWord(j, "after") {
		return true
	}
	// "… Hale said to a room of about 80.": adjuncts the list does not
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

// A found attribution: the cue and speaker of a frame, with where its cue
// clause ends. The parsers of frames return it by value, most often
// empty: it holds no more than they find, and becomes an attribution,
// with parts, only when it is taken.
type found struct {
	cue     Span
	lemma   string
	speaker Span
	skind   MentionKind
	// antecedent is what a speaker "who" stands for: "Tom Hale, who".
	antecedent Span
	// quoteEnds: what the cue reports ends with the quotation, as in
	// "dismissed the plan as “absurd,” and left".
	quoteEnds bool
	cueEnd    int // token index just past the cue clause
}

// attribution returns the attribution of f's cue and speaker, with no
// parts yet.
func (f *found) attribution() attribution {
	return attribution{cue: f.cue, lemma: f.lemma, speaker: f.speaker, skind: f.skind, antecedent: f.antecedent}
}

// trailer parses an attribution that follows a quotation, starting at
// toks[p]: "Esper said", "said Paul Okafor, the county engineer",
// "according to X". hi bounds the sentence.
func (a *analyzer) trailer(p, hi int) (found, bool) {
	if p < hi && a.toks[p].kind == tPunct && (a.toks[p].r == ',' || isDash(a.toks[p].r)) {
		p++
	}
	if f, ok := a.knownTrailer(p, hi); ok {
		return f, true
	}
	return a.unknownTrailer(p, hi)
}

// knownTrailer is [analyzer.trailer] with a verb of the lexicon only, at
// toks[p] itself.
func (a *analyzer) knownTrailer(p, hi int) (found, bool) {
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
	if v, ok := a.cue(p); ok && v.lemma != "put" && !a.quoteInAside(p) {
		// Inverted: said Paul Okafor. Or a bare "said Tuesday" is no match,
		// and neither is a participle: in "promising the members will
		// return" the members are no speaker.
		first := a.pastParticle(p+1, v) // "shot back Tom Hale": the particle is the cue's
		sp := a.rightPhrase(first, hi)
		if !sp.ok() || strings.HasSuffix(a.word(p), "ing") {
			return found{}, false
		}
		// But "state Del. Ana Ruiz shouted" has its verb after the name,
		// and in "“…,” said he doesn't" and "said the candidate could
		// win" the phrase starts a clause.
		if a.clauseSubject(sp) {
			return found{}, false
		}
		if v.plain && a.quoteRunsOn(p) && (!a.quoteOpensSentence(p) || sp.kind == Description && a.class(sp.lo) != determiner && sp.hi < hi && a.toks[sp.hi].kind == tWord) {
			return found{}, false // "to head off “more extreme” protest suggestions", "“Made in USA” labels claim"
		}
		if _, ok := a.cue(sp.hi); !ok || !v.nounForm() {
			return a.makeFound(p, first, v.lemma, sp, sp.hi), true
		}
	}
	// The first cue within reach, and the speaker before it: "Okafor
	// said", "Ruiz lawyer Dan Reyes said", "Okafor, the county
	// engineer, said". Only a frame word can be the cue: the search
	// reads no further than the last in reach, and not at all when there
	// is none.
	end := min(hi, p+36)
	if f := a.frameFrom(end) - 1; f < 0 || int(a.notes.frames[f]) <= p {
		return found{}, false
	} else {
		end = int(a.notes.frames[f]) + 1
	}
	for k := p + 1; k < end; k++ {
		t := &a.toks[k]
		if t.kind == tOpen && a.nickname(k) {
			k += 2 // Rosa “Ro” Vance said
			continue
		}
		if c := a.shortQuoteEnd(k); c > k {
			k = c // "delegate Bill East, wearing “Ortega” pins, said"
			continue
		}
		if t.kind == tOpen || t.kind == tPunct && (t.r == '.' && !a.abbreviationDot(k) && !a.innerDot(k) || t.r == '?' || t.r == '!' || t.r == ';') {
			break
		}
		if t.kind != tWord || t.lex.cue == 0 || a.used[k] {
			continue // a word with no reporting verb's lexeme is no cue
		}
		v, ok := a.cue(k)
		if ok && k-2 > p && a.quotedAs(k-1) {
			// "“…,” Hale was quoted as saying": the one quoted speaks.
			if sp := a.subject(k-2, p); sp.ok() && sp.lo == p {
				return a.makeFound(k, k+1, v.lemma, sp, k+1), true
			}
			return found{}, false
		}
		if !ok || t.cap && !a.headlineCase() || v.lemma == "put" && !a.isWord(k+1, "it") || a.passive(k) || a.inRelative(k, p) || v.plain && a.quoteRunsOn(p) && !a.quoteOpensSentence(p) || a.bareParticiple(k) {
			continue // "describing as “reckless” a Hale tweet attacking …"
		}
		if v.flags&cueQuoteOnly != 0 && k+1 < hi && a.toks[k+1].kind == tWord && a.quoteInPhrase(p) {
			return found{}, false // "In “Lincoln,” Hale praised the cast": a title, and the verb's object follows
		}
		sp := a.subject(k, p)
		if !sp.ok() && a.isWord(p, "it") && k <= p+2 {
			sp = phrase{p, p + 1, Pronoun} // “…,” it wrote.
		}
		if !sp.ok() && k == p+1 && a.toks[p].cap && (a.class(p) == preposition || a.modal(p)) {
			sp = phrase{p, p + 1, Name} // “…,” Will wrote. / From said.: no preposition or modal stands alone before its verb; a surname does
		}
		whole := false
		if (!sp.ok() || sp.lo != p && !a.appositiveName(sp, p, k)) && a.commaQuoteOpens(p) {
			// "“…,” the two write.", "“…,” Acme for $15 organizer Tom
			// Hale told Harbor News": a quotation that opens the sentence
			// with a comma in its marks, then a phrase and the verb. A
			// name after a comma is the speaker still: "“…,” the dawn of
			// a new era, Hale says".
			if w := a.wholeSpeaker(p, k, hi); w.ok() && !v.nounForm() && (a.class(k-1) != determiner || a.countWord(k-1)) {
				whole = true
				if !sp.ok() || sp.kind != Name || !a.isPunct(sp.lo-1, ',') {
					sp = w
				}
			}
		}
		if !sp.ok() && v.nounForm() {
			continue // "his niece, state Del. Ana Ruiz, said": a noun
		}
		if v.plain && a.quoteRunsOn(p) && sp.lo == p && sp.kind == Description && a.class(sp.lo) != determiner && k+1 < hi && a.toks[k+1].kind == tWord {
			continue // "“Stand your ground” laws say a person …": the quoted words name the laws
		}
		if !sp.ok() {
			return found{}, false
		}
		if sp.lo != p && !whole && !a.appositiveName(sp, p, k) {
			return found{}, false
		}
		hi := k + 1
		if v.flags&cueParticle != 0 {
			hi++ // shot back
		}
		return a.makeFound(k, hi, v.lemma, sp, hi), true
	}
	return found{}, false
}

// quoteInAside reports whether the quotation that closes before toks[p]
// ends an aside set off by a comma after a name: a relative clause or an
// appositive, "Tom Hale, who’s starred in “Harbor Lights,” posted …", "Ana
// Ruiz, the editor of “Morning Port,” reminded …". The name before the
// aside is the subject of the verb after it, which has no speaker of its
// own after it. The search reads back a few words only.
func (a *analyzer) quoteInAside(p int) bool {
	o, ok := a.quoteBefore(p)
	if !ok {
		return false
	}
	lo := max(a.sentenceStart(a.cur), o-24)
	for j := o - 1; j > lo; j-- {
		if a.toks[j].kind == tPunct {
			if !a.isPunct(j, ',') {
				return false
			}
			if !a.isCapWord(j - 1) {
				return false
			}
			w := a.word(j + 1)
			return a.isWord(j+1, "who") || a.isWord(j+1, "whose") || len(w) > 4 && strings.HasPrefix(w, "who") && (w[3] == '\'' || strings.HasPrefix(w[3:], "’")) || a.isWord(j+1, "the") || a.isWord(j+1, "a") || a.isWord(j+1, "an")
		}
	}
	return false
}

// appositiveName reports whether sp, the subject of the cue at toks[k],
// is a name set off by commas after a description that starts at toks[p]:
// "Her niece, Del. Ana Ruiz, said", the name in an appositive to the
// phrase that follows the quotation.
func (a *analyzer) appositiveName(sp phrase, p, k int) bool {
	d := a.leftPhrase(sp.lo-1, p)
	return sp.kind == Name && a.isPunct(sp.lo-1, ',') && a.isPunct(k-1, ',') && d.ok() && d.lo == p && d.kind == Description
}

// commaQuoteOpens reports whether a quotation that opens the sentence and
// ends with a comma inside its marks closes just before toks[p]: “…,” and
// then its attribution.
func (a *analyzer) commaQuoteOpens(p int) bool {
	return p >= 2 && a.toks[p-1].kind == tClose && a.isPunct(p-2, ',') && a.quoteOpensSentence(p)
}

// wholeSpeaker returns toks[p:k] as the speaker of the cue at toks[k] when
// the words are a noun phrase, however long, that the cue ends: no clause
// of its own (an auxiliary, "that", a personal pronoun), no mark and no
// sentence's end, and nothing but adjuncts or the sentence's end after
// the cue. "the two", "CBS anchor Dana Ortiz", "experts Tom Hale and Dana
// Ortiz of the Institute for Science", "a message on the website".
func (a *analyzer) wholeSpeaker(p, k, hi int) phrase {
	if k-p < 2 || k-p > 20 || a.toks[p].kind != tWord || strings.HasSuffix(a.word(k), "ing") {
		return phrase{}
	}
	switch a.class(p) {
	case determiner, openClass:
	default:
		return phrase{}
	}
	if a.toks[k-1].kind != tWord || a.isWord(k-1, "and") {
		return phrase{}
	}
	// A comma sets off an aside: after a name, the name speaks ("Dana
	// Ortiz, the pollster who founded the site"); after anything else it
	// is the writer's ("“Unacceptable,” the word used by the mayor,
	// appeared …").
	for c := p + 1; c < k; c++ {
		if a.isPunct(c, ',') {
			if n := a.leftPhrase(c, p); n.lo == p && n.kind == Name && a.toks[p].cap && a.endsAfter(k+1, hi) {
				return n
			}
			return phrase{}
		}
	}
	for j := p; j < k; j++ {
		t := &a.toks[j]
		switch t.kind {
		case tWord:
			if !t.cap && a.pastTense(j) {
				return phrase{} // a clause of its own: "the storm dumped two feet of rain"
			}
			switch a.class(j) {
			case auxiliary, objectPronoun:
				return phrase{}
			case timeWord:
				if !t.cap || j == p {
					return phrase{} // but "CBS This Morning anchor Dana Ortiz"
				}
			case pronoun:
				if !a.isWord(j, "who") {
					return phrase{}
				}
			case conjunction:
				if !a.isWord(j, "and") {
					return phrase{}
				}
			}
		case tPunct:
			if t.r != ',' && t.r != '$' && t.r != '-' && t.r != '&' && t.r != '(' && t.r != ')' && !(t.r == '.' && (a.abbreviationDot(j) || a.innerDot(j))) {
				return phrase{}
			}
		default:
			return phrase{}
		}
	}
	// Nothing but adjuncts after the verb: not "tells the story of …" or
	// "portrays him as …". A verb that takes a listener may name one
	// first: "told Harbor News 9 in Ohio".
	after := k + 1
	if v, ok := a.cue(k); ok && v.flags&cueObject != 0 && a.isCapWord(after) {
		if l := a.rightPhrase(after, hi); l.ok() && l.kind == Name {
			after = l.hi
			if a.numeral(after) {
				after++ // a station's number: "told Fox 9"
			}
		}
	}
	if j := a.skipAdjuncts(after, hi, cueVerb{}); a.trimEnd(j, hi) > j && !a.isPunct(j, ',') && a.class(j) != preposition {
		return phrase{} // but "said through tears"
	}
	kind := Description
	if a.toks[k-1].cap {
		kind = Name
	}
	return phrase{p, k, kind}
}

// pluralPossessive reports whether toks[d] is the apostrophe of a plural
// possessive, written apart from its word: "Forbes’ words", "the
// voters' choice".
func (a *analyzer) pluralPossessive(d int) bool {
	if d < 1 || a.toks[d].kind != tPunct || a.toks[d].r != '’' && a.toks[d].r != '\'' {
		return false
	}
	w := a.toks[d-1]
	return w.kind == tWord && w.End == a.toks[d].Start && strings.HasSuffix(a.word(d-1), "s")
}

// innerDot reports whether the period at toks[j] stands inside a word, as
// in a web address: "fivethirtyeight.com".
func (a *analyzer) innerDot(j int) bool {
	return j > 0 && j+1 < len(a.toks) && a.toks[j-1].kind == tWord && a.toks[j+1].kind == tWord && a.toks[j-1].End == a.toks[j].Start && a.toks[j+1].Start == a.toks[j].End && !a.toks[j+1].cap
}

// bareParticiple reports whether toks[k] is a form in -ing with no
// auxiliary before it, nor a verb such as "began", which has no subject of
// its own: "a Hale tweet attacking …", but "the crowd began chanting".
func (a *analyzer) bareParticiple(k int) bool {
	return strings.HasSuffix(a.word(k), "ing") && a.class(k-1) != auxiliary && !(k > 0 && a.wordIn(aspectVerbs, k-1))
}

// aspectVerbs take a form in -ing for what their subject did: "began
// chanting", "kept shouting".
var aspectVerbs = newFoldSet(map[string]bool{
	"began": true, "begin": true, "begins": true, "started": true, "start": true, "starts": true,
	"kept": true, "keep": true, "keeps": true, "continued": true, "continue": true, "continues": true,
})

// quoteRunsOn reports whether the quotation that closes just before
// toks[p] goes on into the sentence, as quoted words that no punctuation
// closes do; a bare or -s verb form after them is a noun: "to head off
// “more extreme” protest suggestions", "describing as “reckless” a Hale
// tweet", "“Stand your ground” laws say".
func (a *analyzer) quoteRunsOn(p int) bool {
	return p >= 2 && a.toks[p-1].kind == tClose && a.toks[p-2].kind != tPunct
}

// openAfterPunct reports whether the quotation that closes at toks[c]
// opens after punctuation rather than after a word: "MADISON, Wis. —
// “…!”" is speech, but "The musical “Oklahoma!”" a title.
func (a *analyzer) openAfterPunct(c int) bool {
	qi := a.firstQuote(c) - 1
	return qi >= 0 && a.qrefs[qi].close == c && a.qrefs[qi].open > 0 && a.toks[a.qrefs[qi].open-1].kind == tPunct
}

// quoteOpensSentence reports whether the quotation that closes just before
// toks[p], or before a comma there, opens the sentence being read: "“It
// was the worst night of my life” says Ruiz".
func (a *analyzer) quoteOpensSentence(p int) bool {
	o, ok := a.quoteBefore(p)
	return ok && o <= a.sentenceStart(a.cur)
}

// quoteBefore returns where the quotation that closes just before toks[p],
// or before a comma there, opens, and whether one does.
func (a *analyzer) quoteBefore(p int) (int, bool) {
	c := p - 1
	if a.isPunct(c, ',') {
		c--
	}
	// The quotation that closes there is the last to open before it.
	if qi := a.firstQuote(c) - 1; qi >= 0 && a.qrefs[qi].close == c {
		return a.qrefs[qi].open, true
	}
	return 0, false
}

// linkingWord reports whether toks[lo:open] is no more than a word that
// links the sentence to the last, and its comma: "But", "Still,".
func (a *analyzer) linkingWord(lo, open int) bool {
	if open-lo == 2 && a.isPunct(lo+1, ',') {
		open--
	}
	return open-lo == 1 && (a.class(lo) == conjunction || a.adverb(lo) || a.sentenceAdverb(lo))
}

// quoteOpensClause reports whether the quotation that closes just before
// toks[p], or before a comma there, opens the sentence, or follows no more
// than a word that links it to the last one: "But “…,” the coach grinned",
// "Then, “…,” she sobbed".
func (a *analyzer) quoteOpensClause(p int) bool {
	o, ok := a.quoteBefore(p)
	return ok && a.opensClause(o)
}

// opensClause reports whether a quotation that opens at toks[o] opens the
// sentence, or follows no more than a word that links it to the last.
func (a *analyzer) opensClause(o int) bool {
	lo := a.sentenceStart(a.cur)
	return o <= lo || a.linkingWord(lo, o)
}

// unknownTrailer parses "“…,” an angry Hollande retaliated." with a verb
// the lexicon lacks: a speaker, then a past-tense verb that ends the
// sentence or a comma; or, inverted, the verb and then a name. Only a
// quotation whose last mark invites an attribution (a comma, question or
// exclamation mark before the closing mark) comes here, so the verb is
// taken for the cue.
func (a *analyzer) unknownTrailer(p, hi int) (found, bool) {
	if p == 0 || !a.isPunct(p-1, ',') && a.toks[p-1].kind == tClose && !a.isPunct(p-2, ',') && !a.isPunct(p-2, '?') && !a.isPunct(p-2, '!') {
		return found{}, false
	}
	if p+1 < hi && a.toks[p].kind == tWord && !a.toks[p].cap && a.class(p) == openClass && strings.HasSuffix(a.word(p), "ed") && (a.quoteOpensSentence(p) || !a.isPunct(p-2, ',') && a.openAfterPunct(p-1)) {
		// Inverted, after a quotation that opens the sentence or ends in
		// "!" or "?": "“This is fantastic!” beamed Don Hartley of Madison."
		// Not "Her poem, “Hope,” inspired Ana Ruiz".
		if sp := a.rightPhrase(p+1, hi); sp.ok() && sp.kind == Name && (sp.hi >= hi || a.toks[sp.hi].kind == tPunct) {
			return a.makeFound(p, p+1, lowerASCII(a.word(p)), sp, sp.hi), true
		}
	}
	sp := a.rightPhrase(p, hi)
	if !sp.ok() || sp.kind == Description && a.class(sp.lo) != determiner {
		return found{}, false
	}
	k := sp.hi
	for k < hi && a.adverb(k) {
		k++
	}
	// "“…,” Hale went on." carries on the words as "continued" does; the
	// particle ends the verb ("went on to win" goes on elsewhere).
	e := k + 1
	if a.goOn(k) {
		e = k + 2
	}
	if k >= hi || a.toks[k].kind != tWord || a.toks[k].cap || e == k+1 && (a.class(k) != openClass || !strings.HasSuffix(a.word(k), "ed")) || !a.quoteOpensClause(p) {
		return found{}, false // nor "Leaving the “Blue Room,” Hale waved"
	}
	if n := a.skipAdjuncts(e, hi, cueVerb{}); n < hi && !a.isPunct(n, ',') && !a.isPunct(n, '.') && !a.isPunct(n, '!') && !a.isPunct(n, '?') && !a.isPunct(n-1, ',') && !a.isWord(n, "and") {
		return found{}, false
	}
	lemma := lowerASCII(a.word(k))
	if e == k+2 {
		lemma = "go on"
	}
	return a.makeFound(k, e, lemma, sp, e), true
}

// goOn reports whether toks[k] is "went on" or "goes on" with a comma or
// the sentence's end after the particle: speech that carries on.
func (a *analyzer) goOn(k int) bool {
	return (a.isWord(k, "went") || a.isWord(k, "goes")) && a.isWord(k+1, "on") && k+2 < len(a.toks) && (a.isPunct(k+2, ',') || a.isPunct(k+2, '.'))
}

func (a *analyzer) makeFound(cueLo, cueHi int, lemma string, sp phrase, end int) found {
	f := found{cueEnd: end}
	f.cue = a.span(cueLo, cueHi)
	f.lemma = lemma
	f.speaker = a.span(sp.lo, sp.hi)
	f.skind = sp.kind
	f.antecedent = a.whoAntecedent(sp)
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
	// Only punctuation and adjuncts in between: “…,” Hale said during a
	// rally in Millbrook, Ore., “but …”. Across a sentence end the next
	// quotation is a floating one, or has an attribution of its own.
	if !a.isPunct(n.open-1, ',') && !a.isPunct(n.open-1, ':') {
		return -1
	}
	words, cues, relative := 0, 0, false
	for j := from; j < n.open; j++ {
		if a.toks[j].kind == tWord {
			words++
			if _, ok := a.cue(j); ok {
				cues++
				if strings.HasSuffix(a.word(j), "ing") && a.onlyAdverbs(j+1, n.open) {
					return -1 // "“…,” Hale said, adding later, “…”": a cue of its own
				}
				if j > from && a.pastTense(j) && !a.used[j] {
					if sp := a.subject(j, from); sp.ok() && sp.lo > from {
						return -1 // "“…,” Hale said as the crowd yelled: “…”": another speaker's words
					}
				}
			}
			relative = relative || a.isWord(j, "who") || a.isWord(j, "whose")
		}
	}
	// "Ortiz said, referring to the 2 percent rule, “you give …”":
	// adjuncts and asides with no clause of their own. A relative clause
	// tells of the speaker or of those the words are about, and the
	// sentence the quotation left open goes on after it: "“The risk,”
	// said Tom Hale, an economist who runs the Harbor Forecast, “is …”",
	// "“…,” she said of voters whose rights were restored, “but …”".
	if words > 4 && a.skipAdjuncts(from, n.open, cueVerb{}) < n.open-1 && !(words <= 14 && a.plainAdjuncts(from, n.open-1)) && !(relative && cues == 0 && words <= 16) {
		return -1
	}
	return qi + 1
}

// interruptionAt reports whether an attribution set off by commas starts
// at toks[j]: ", he added,". The bare or -s form before it is a noun of
// the clause it interrupts: "Repair estimates, he added, were …".
func (a *analyzer) interruptionAt(j int) bool {
	return a.isPunct(j, ',') && (a.class(j+1) == pronoun || a.isCapWord(j+1)) && a.cueAt(j+2) && a.isPunct(j+3, ',')
}

// attributionAt reports whether an attribution of a quotation starts at
// toks[e], past a comma: "his deputy added", "officials said", "said
// Ruiz"; not a participle of the same speaker's (", adding that …").
func (a *analyzer) attributionAt(e, hi int) bool {
	if a.isPunct(e, ',') {
		e++
	}
	if e >= hi || a.toks[e].kind != tWord {
		return false
	}
	if a.cueAt(e) {
		return !strings.HasSuffix(a.word(e), "ing")
	}
	for k := e + 1; k <= e+2 && k < hi; k++ {
		if a.cueAt(k) && !strings.HasSuffix(a.word(k), "ing") {
			return true // "his deputy added", "officials said", "aides insisted"
		}
	}
	return false
}

// onlyAdverbs reports whether toks[lo:hi] hold nothing but punctuation
// and adverbs: ", later," in "adding later, “…”".
func (a *analyzer) onlyAdverbs(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if a.toks[j].kind == tWord && !a.adverb(j) && a.class(j) != auxiliary && a.class(j) != timeWord {
			return false
		}
	}
	return true
}

// conjoinedContinuation returns where the words that go on with
// quotation qi start, after its attribution ends at toks[from], when "and"
// or "but" and at most two more words, pronouns or adverbs, lead to the
// next quotation: "“I like Hale,” he said, but “when it comes to …”",
// "“…,” Ruiz said, and still “…”", "but he “will be back”". It returns -1
// when there are none.
func (a *analyzer) conjoinedContinuation(qi, from int, s sentence) int {
	if qi+1 >= len(a.qrefs) || !a.isPunct(from, ',') || !a.isWord(from+1, "and") && !a.isWord(from+1, "but") {
		return -1
	}
	n := a.qrefs[qi+1]
	if n.open >= s.hi || n.open > from+4 {
		return -1
	}
	for j := from + 2; j < n.open; j++ {
		if a.toks[j].kind != tWord || a.toks[j].cap || a.cueAt(j) || a.class(j) != pronoun && a.class(j) != auxiliary && !a.adverb(j) && !a.isWord(j, "only") && !a.isWord(j, "not") {
			return -1 // "…, and supporters chanted “…”", "…, but her rival “…”": another's words
		}
	}
	if a.attributionAt(a.qend(n), s.hi) {
		return -1 // "…, but only “after the inspectors leave,” his deputy added": an attribution of its own
	}
	return from + 1
}

// leader parses an attribution before a quotation opening at toks[open]:
// "Alvarez said: “…”", "As Fischer put it, “…”", "He said “progress…”".
// When the quotation is part of a reported clause, mixedFrom is the token
// where the clause starts; otherwise it is -1.
func (a *analyzer) leader(open int, s sentence) (found, int, bool) {
	lo := s.lo
	if open == s.lo || a.possessive(open-1) && !a.quoteCueNear(open-1) {
		return found{}, -1, false // MSNBC’s “Morning Joe” is a title
	}
	// "Said one voter, who declined to give her name, “…”": a verb before
	// its speaker opens the sentence, and what stands between the
	// speaker's comma and the quotation is about the speaker.
	if k := a.sentenceStart(s); k+1 < open && a.isPunct(open-1, ',') && a.invertedCue(k) && !a.used[k] {
		if sp := a.rightPhrase(k+1, open); sp.ok() && a.isPunct(sp.hi, ',') && (a.isWord(sp.hi+1, "who") || a.isWord(sp.hi+1, "whose")) {
			v, _ := a.cue(k)
			return a.makeFound(k, k+1, v.lemma, sp, open-1), -1, true
		}
	}
	// Search back for the cue, no further than a few words, nor past the
	// first frame word among them: only a frame word can be the cue.
	stop := max(lo, open-16)
	if f := a.frameFrom(stop); f < len(a.notes.frames) && int(a.notes.frames[f]) < open {
		stop = int(a.notes.frames[f])
	} else {
		stop = open // none: nothing to read
	}
	for k := open - 1; k >= stop; k-- {
		t := &a.toks[k]
		if t.kind == tOpen || t.kind == tClose {
			break
		}
		if t.kind != tWord || t.lex.cue == 0 || a.used[k] {
			continue // a word with no reporting verb's lexeme is no cue
		}
		v, ok := a.cue(k)
		if !ok || t.cap && k != s.lo && !a.headlineCase() || k < open-12 && !a.farNamingCue(k, v, open) {
			continue
		}
		if k+2 == open && a.isWord(k+1, "of") && a.cryNoun(k, v.lemma) {
			// "their chants of “Hale! Hale!”", "was met with cries of
			// “Go home”": the cry is all that was said; but "Ruiz
			// described the cries of “Help!” as …" reports more.
			if sp, ok := a.crier(k, lo); ok {
				return a.makeFound(k, k+2, v.lemma, sp, open), -1, true
			}
		}
		if v.lemma == "put" && !a.isWord(k+1, "it") || v.plain && (a.takenNoun(k) || a.interruptionAt(k+1)) {
			continue // "put" alone, "shares blame for", "Repair estimates, he added, were “…”"
		}
		if k+1 == open && v.flags&cueNaming != 0 && v.lemma != "call" && v.lemma != "declare" && strings.HasSuffix(a.word(k), "ed") && (!a.whatBefore(k) && !a.namerBefore(k, lo) || a.byAfter(open)) {
			continue // "files later deemed “secret”": a thing so named, no one naming it; but "what Hale dubbed “…”", "the inquiry he dubbed “…”"
		}
		if v.lemma == "quote" && (a.quoteAside(k-1) > k || a.quoteAside(k-2) > k) {
			continue // "Hale said, and I quote, “…”": the writer's aside
		}
		if a.passive(k) || k > lo && (a.attributive(k) || a.modifiedNoun(k, &v)) {
			continue // "was told", "in a written statement", "a far cry from “…”"
		}
		if k+1 == open && k-1 > lo && a.adjectiveAfterVerb(k) {
			continue // "offered detailed “answers”", "released written “replies”"
		}
		sp := a.subject(k, lo)
		if !sp.ok() && (a.coordinated(k, lo) || a.listedDeed(k, s)) {
			// "I laughed and said, “…”", "took the stage and called the
			// plan “a fraud”": the subject of the verb before "and", or
			// else of the sentence.
			if v := a.verbBeforeAnd(k, lo); v < 0 {
				sp = phrase{}
			} else {
				sp = a.subject(v, lo)
			}
			if !sp.ok() {
				sp = a.firstSubject(s, k)
			}
			sp = a.orConjunct(sp, k, lo) // "she looked into the camera, furrowed her brow and said"
		}
		if w := a.word(k); strings.HasSuffix(w, "ing") && (a.isPunct(k-1, ',') || k > lo && a.toks[k-1].kind == tClose || a.isWord(k-1, "and") || a.isWord(k-1, "while") || a.documentBefore(k)) {
			// "Ortiz took the stage, saying her use of “harbor” …", "when
			// protesters interrupted her, shouting “…”": the subject of
			// the clause the participle follows, or of the sentence.
			if sp = a.clauseBefore(k, open, s); !sp.ok() {
				sp = a.firstSubject(s, k)
			}
		} else if strings.HasSuffix(w, "ing") && a.oddSubject(sp) {
			// "they will wave placards declaring “…”", "and carrying
			// signs saying “…”": the verb and its object are no speaker;
			// the subject of the verb is. After a cue, it is the subject of
			// the clause the cue reports: "Ruiz said protesters had thrown
			// eggs and carried signs saying “…”": protesters, not Ruiz.
			if c, after := a.reportedSubject(k, lo); after {
				if c.ok() {
					sp = c
				}
			} else if sp = a.conjunctSubject(k, lo); !sp.ok() {
				sp = a.firstSubject(s, k)
			}
		} else if strings.HasSuffix(w, "ing") {
			if v := a.verbInPhrase(sp); v > 0 {
				sp.hi = v // "The nurses carried signs saying “…”": the nurses
				if c, after := a.reportedSubject(k, lo); after && c.ok() && c.lo > sp.lo && c.hi <= v {
					sp = c // "Ruiz said protesters carried signs saying “…”": protesters
				}
			}
		}
		if !sp.ok() && a.isWord(k-1, "that") && k-2 >= lo && a.toks[k-2].kind == tWord && !a.toks[k-2].cap && a.class(k-2) == openClass && !a.verbForm(k-2) {
			sp = phrase{k - 1, k, Pronoun} // "a sign that read “…”": the relative pronoun after a thing
		}
		if maker, own := a.nounCueMaker(sp, k, v, lo); own && maker.ok() {
			sp = maker // "made the following comment: “…”": the subject made it
		} else if sp.ok() && sp.hi == k && sp.hi-sp.lo > 1 && a.toks[k].lex.cueNoun() && a.possessivePronoun(sp.lo) {
			sp = phrase{sp.lo, sp.lo + 1, Pronoun} // "her bold claim that": she claimed
		}
		if v.flags&cueQuoteOnly != 0 && sp.ok() && sp.hi == k && (a.isWord(sp.lo, "a") || a.isWord(sp.lo, "an")) && strings.HasSuffix(a.word(k), "ed") && k+1 == open {
			continue // "a book called “Boats That Float”" names a thing
		}
		cueEnd := k + 1
		if v.lemma == "put" || v.flags&cueParticle != 0 {
			cueEnd = k + 2 // as Fischer put it, shot back
		}
		if !sp.ok() {
			// Inverted: said Paul Okafor: “…”; wrote back Ana Ruiz: “…”
			sp = a.rightPhrase(a.pastParticle(k+1, v), open)
			if !sp.ok() || !a.isPunct(sp.hi, ',') && !a.isPunct(sp.hi, ':') {
				continue
			}
			cueEnd = sp.hi
		}
		cueHi := k + 1
		if v.flags&cueParticle != 0 {
			cueHi++
		}
		f := a.makeFound(k, cueHi, v.lemma, sp, cueEnd)
		// Between the cue and the mark: a colon or comma means the
		// quotation is the speech itself; words mean a reported clause.
		j := a.skipAdjuncts(cueEnd, open, v)
		if (a.objectPronoun(cueEnd) || a.isWord(cueEnd, "it") && cueEnd+1 == open) && v.flags&cueNaming != 0 {
			j = cueEnd // "called him a “moderate”", "declared it “a win”": who was called is part of it
		} else if a.objectPronoun(cueEnd) && a.castAs(open, s) == cueEnd+1 {
			j = cueEnd // "describes himself as “a true conservative”": who is cast is part of it too
		}
		if j < open-1 && (a.isPunct(open-1, ',') || a.isPunct(open-1, ':')) && !a.isWord(open-2, "as") && a.plainAdjuncts(j, open-1) {
			j = open - 1 // "said in a guest column before a 2019 vote, “…”"
		}
		if j < open && a.toks[j].kind == tWord && !a.isWord(j, "that") {
			if t := a.thatAhead(j, open, v.flags&cueObject != 0); t > 0 && !(v.flags&cueObject != 0 && j > cueEnd && a.class(j) == determiner && !a.timePhrase(j)) {
				j = t // "told the Valley Ledger newspaper on Tuesday that …", but not "told reporters the bill that …"
			}
		}
		switch {
		case j == open-1 && (a.isPunct(j, ':') || a.isPunct(j, ',')) || j == open:
			if j == open && k+1 == open && v.flags&cueNaming != 0 && v.lemma != "call" && v.lemma != "declare" && (a.frontedNamed(k, lo) || !a.objectAfter(a.qrefs[a.firstQuote(open)])) {
				return f, -1, true // "the inquiry he dubbed “a witch hunt” ended": its object went before
			}
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
				if a.isPunct(from, ',') && from+1 < open {
					from++ // "boasted that, thanks to his “…”, he": the aside opens the content
				}
			}
			return f, from, true
		default:
			if v.flags&(cueQuoteOnly|cueNoClause) != 0 {
				if qi := a.firstQuote(open); v.flags&cueQuoteOnly != 0 && qi < len(a.qrefs) && a.titleWords(a.qrefs[qi]) && (a.isWord(open-1, "the") || !a.plainAdjuncts(j, open) || (v.lemma == "deem" || v.lemma == "brand") && a.titleOfThing(j, a.qrefs[qi])) {
					// "rejected the “Fair Roads” measure", "applauded as
					// the band played “America the Beautiful”", "deemed
					// the book “Dust and Ash” unfit": a name.
					a.unuse(k, sp)
					continue
				}
				if open-j <= 3 || v.flags&cueQuoteOnly != 0 && (open-j <= 8 || open-j <= 14 && a.farNamingCue(k, v, open)) && !a.isWord(j, "for") && !a.isWord(j, "on") && !a.isWord(j, "off") {
					// "called half of his supporters “deplorables”": the
					// object is part of what was said.
					return f, j, true
				}
				a.unuse(k, sp)
				continue
			}
			if !a.clauseStart(j, open+1, v) && !(v.lemma == "declare" && a.objectBefore(j, open)) {
				a.unuse(k, sp)
				continue
			}
			return f, j, true
		}
	}
	if f, ok := a.farLeader(open, s); ok {
		return f, -1, true
	}
	if f, from, ok := a.asQuote(open, s); ok {
		return f, from, true
	}
	if f, ok := a.issuedStatement(open, s); ok {
		return f, -1, true
	}
	if f, ok := a.namedWords(open, s); ok {
		return f, -1, true
	}
	// "Hale leaned in and roared: “Let’s win this.”", "She then
	// turned to the crowd again: “…”": whatever the verb, a colon
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
		// "HEADING IN CAPITALS - Ana Ruiz and Tom Hale: “…”": a
		// byline after a dash names the speaker.
		p := a.leftPhrase(open-1, lo)
		if q := a.leftPhrase(p.lo-1, lo); p.ok() && p.lo-1 > lo && a.isWord(p.lo-1, "and") && q.ok() && q.kind == Name {
			p.lo = q.lo
		}
		if p.ok() && p.kind == Name && p.lo > lo && a.toks[p.lo-1].kind == tPunct && isDash(a.toks[p.lo-1].r) {
			return a.makeFound(open-1, open, ":", p, open), -1, true
		}
		sp := a.firstSubject(s, open-1)
		if sp.ok() && a.personLike(sp) && !(sp.hi-sp.lo == 1 && len(a.word(sp.lo)) == 1) {
			return a.makeFound(open-1, open, ":", sp, open), -1, true // but not an interview's "Q:"
		}
		// "Hale's letter makes a simple case: “…”", "A note in the
		// audit makes that plain: “…”", "Her reply was: “…”": words
		// written or spoken speak for their author, the subject too.
		if h := a.wordsNounHead(sp); h >= 0 && !a.drawsWords(sp.hi, open-1) {
			if h+1 < sp.hi && a.class(h+1) != preposition {
				sp.hi = h + 1 // "Hale's letter makes": not the verb
			} else if w := a.word(sp.hi - 1); sp.hi-1 > h && !a.toks[sp.hi-1].cap && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && sp.hi < open-1 && a.toks[sp.hi].kind == tWord {
				sp.hi-- // "a footnote in the plan makes that clear"
			}
			return a.makeFound(open-1, open, ":", sp, open), -1, true
		}
		// "From the report: “…”": the source alone, after "from".
		if f := a.sentenceStart(s); a.isWord(f, "from") && f+2 < open-1 && open-1-f <= 6 && (a.class(f+1) == determiner || a.possessive(f+1)) {
			p := phrase{f + 1, open - 1, Description}
			for j := p.lo; j < p.hi; j++ {
				if a.toks[j].kind != tWord {
					p = phrase{}
					break
				}
			}
			if p.ok() && a.wordsNounHead(p) == p.hi-1 {
				return a.makeFound(open-1, open, ":", p, open), -1, true
			}
		}
	}
	return found{}, -1, false
}

// drawsWords reports whether toks[lo:hi], between words said or written
// and a colon, tell of others' words drawn by them: "was interrupted by a
// heckler:", "drew one reply:", "drew laughter from one senator:".
func (a *analyzer) drawsWords(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if a.isWord(j, "by") || a.isWord(j, "from") || a.isWord(j, "drew") || a.isWord(j, "draws") || a.isWord(j, "got") || a.isWord(j, "received") || a.isWord(j, "prompted") || a.isWord(j, "sparked") || a.beForm(j) && a.pastTense(j+1) {
			return true
		}
	}
	return false
}

// wordsNounHead returns the noun for something said or written that heads
// the phrase p, before any preposition, or -1: "Hale's letter", "a
// note in the audit", "her response".
func (a *analyzer) wordsNounHead(p phrase) int {
	if !p.ok() {
		return -1
	}
	for j := p.lo; j < p.hi; j++ {
		if a.class(j) == preposition {
			break
		}
		if a.toks[j].kind == tWord && !a.possessive(j) && wordsNouns[singular(lowerASCII(a.word(j)))] {
			return j
		}
	}
	return -1
}

// wordsNouns are nouns for something said or written that speaks for its
// author when a colon hands it a quotation.
var wordsNouns = map[string]bool{
	"statement": true, "letter": true, "email": true, "e-mail": true, "tweet": true, "message": true,
	"post": true, "memo": true, "release": true, "note": true, "op-ed": true, "editorial": true,
	"report": true, "footnote": true, "paper": true, "study": true, "response": true, "reply": true,
	"answer": true, "remark": true, "comment": true, "speech": true, "filing": true, "column": true,
}

// leadingParticiple reads a report that opens the sentence as a
// participle and holds quotation qi, whose speaker is the subject of the
// clause after the participle's comma: "Bemoaning the “phony system,”
// Hale accused the party of …", "In declaring the plan “dead,” the
// mayor …", "Conceding that a deal would come “down the line,” he
// warned: …". The content runs from after the participle to the
// quotation's end.
func (a *analyzer) leadingParticiple(qi int, s sentence) (attribution, bool) {
	q := a.qrefs[qi]
	k := a.sentenceStart(s)
	if a.isWord(k, "and") || a.isWord(k, "but") {
		k++
	}
	if a.isWord(k, "in") || a.isWord(k, "after") || a.isWord(k, "while") || a.isWord(k, "by") {
		k++
	}
	if k >= q.open || q.close < 0 || a.used[k] || a.toks[k].kind != tWord || !strings.HasSuffix(a.word(k), "ing") || a.firstQuote(k) != qi {
		return attribution{}, false
	}
	v, ok := a.cue(k)
	if !ok || v.flags&cueParticle != 0 && !a.isWord(k+1, v.particle) || a.isWord(k+1, "to") {
		return attribution{}, false // "Adding to the “chaos,” the storm …"
	}
	for j := k + 1; j < q.open; j++ {
		if a.isPunct(j, ',') || a.isPunct(j, ';') || a.isPunct(j, ':') || a.toks[j].kind == tPunct && isDash(a.toks[j].r) {
			return attribution{}, false // the participle's phrase ends before the quotation
		}
		if a.class(j) == preposition && !a.isWord(j, "that") && j > k+1 || a.cueAt(j) {
			// "Slamming the door on the “Squad,”", "Citing a report that
			// called the bridge “unsafe,”": the quotation is another's, or
			// a name; but "Calling for “an end …,”" is the participle's.
			return attribution{}, false
		}
	}
	if a.titleWords(q) && !a.isWord(k, "chanting") {
		return attribution{}, false // "Singing “Amazing Grace,” the choir …", but "Chanting “USA,”"
	}
	end := a.qend(q)
	j := end
	switch {
	case a.isPunct(q.close-1, ','):
	case a.isPunct(end, ','):
		j++
	default:
		return attribution{}, false
	}
	for j < s.hi && (a.isPunct(j, ',') || a.sentenceAdverb(j) || a.isWord(j, "though") || a.isWord(j, "however")) {
		j++ // "…,” though, Allen did suggest"
	}
	sp := a.rightPhrase(j, s.hi)
	if !sp.ok() || !a.personLike(sp) || sp.hi >= s.hi {
		return attribution{}, false
	}
	if !a.verbAfter(sp) {
		return attribution{}, false // the clause after the comma has a subject and its verb
	}
	from := k + 1
	if a.isWord(from, "that") {
		from++
	}
	f := a.makeFound(k, k+1, v.lemma, sp, k+1)
	r := f.attribution()
	r.parts = a.part(a.span(from, end))
	r.kind = Mixed
	if from == q.open {
		r.kind = Direct // "Saying “enough is enough,” she resigned"
	}
	r.conf = 0.7
	return r, true
}

// farNamingCue reports whether the cue at toks[k], a verb that reports
// only beside the words it quotes, may reach a quotation at toks[open]
// across a long object: "called Acme’s plans to build a mill in Dover
// “an utter shame”", "praised Ortiz, who left the race Saturday, as
// “a fighter”". The cue must be a verb, not a noun ("a fourth term",
// "a phone call") nor a participle that modifies one ("tweets accusing
// her of …"), and no other cue may stand between, whose words the
// quotation would be ("…, which the inquiry said was “careless”").
func (a *analyzer) farNamingCue(k int, v cueVerb, open int) bool {
	if v.flags&cueQuoteOnly == 0 || a.class(k-1) == determiner || a.numeral(k-1) || a.possessive(k-1) {
		return false
	}
	if strings.HasSuffix(a.word(k), "ing") && !a.isPunct(k-1, ',') && !a.isWord(k-1, "and") && a.class(k-1) != auxiliary {
		return false
	}
	if a.isWord(k+1, "by") || a.isWord(k+1, "of") || v.plain && a.class(k-1) == openClass && !a.toks[k-1].cap && !a.adverb(k-1) {
		// "a deal praised by leaders …", "an aide accused of leaking …":
		// a participle after its noun; "drew praise from …": a noun.
		return false
	}
	for j := k + 1; j < open; j++ {
		if a.toks[j].kind == tWord && !a.toks[j].cap && a.cueAt(j) {
			return false
		}
	}
	if qi := a.firstQuote(open); qi < len(a.qrefs) && a.qrefs[qi].open == open && a.titleWords(a.qrefs[qi]) {
		return false // "the cast of the musical “Hamilton”"
	}
	return true
}

// asQuote reads what someone was cast as, whatever the verb: "openly
// admires Ortiz as a “true captain,”", "dismissed the whole flap as
// “absurd.”", "referred to him as “Chris.”". The quotation at toks[open]
// follows "as"; the content runs from the verb's object to the
// quotation's end.
func (a *analyzer) asQuote(open int, s sentence) (found, int, bool) {
	j := a.castAs(open, s)
	if j < 0 {
		return found{}, -1, false
	}
	for v := j - 1; v > s.lo && v >= j-9; v-- {
		t := a.toks[v]
		if t.kind != tWord || a.used[v] {
			return found{}, -1, false
		}
		if t.cap || a.class(v) != openClass || !a.pastTense(v) && !a.presentVerb(v, s.lo) {
			continue
		}
		from := v + 1
		if a.isWord(from, "to") {
			from++ // referred to him as
		}
		if from >= j || a.passive(v) || a.class(v-1) == determiner || a.possessive(v-1) {
			// "is seen as", "served as": no object; "were designated
			// as": no speaker; "the noted “…”": no verb.
			return found{}, -1, false
		}
		sp := a.subject(v, s.lo)
		if !sp.ok() && a.coordinated(v, s.lo) {
			sp = a.firstSubject(s, v)
		}
		if !sp.ok() {
			return found{}, -1, false
		}
		f := a.makeFound(v, v+1, lowerASCII(a.word(v)), sp, v+1)
		f.quoteEnds = true
		return f, from, true
	}
	return found{}, -1, false
}

// castAs returns the index of the "as" that casts the quotation opening at
// toks[open] ("as a “…”", "as being in the “…”"), or -1.
func (a *analyzer) castAs(open int, s sentence) int {
	j := open - 1
	for j > s.lo && j >= open-4 && (a.class(j) == determiner || a.class(j) == preposition && !a.isWord(j, "as") || a.isWord(j, "being")) {
		j--
	}
	if j <= s.lo || !a.isWord(j, "as") || a.isWord(j-1, "such") {
		return -1
	}
	return j
}

// castEnd returns where what someone was cast as ends, from the quotation
// qrefs[qi] on: at its end, or past more quotations joined to it and a
// noun it qualifies ("as “criminals” and “rapists”", "as a “tax and
// spend” mayor").
func (a *analyzer) castEnd(qi, hi int) int {
	end := a.qend(a.qrefs[qi])
	for n := qi + 1; n < len(a.qrefs) && end+1 < hi && (a.isWord(end, "and") || a.isWord(end, "or")) && a.qrefs[n].open == end+1 && a.qrefs[n].close >= 0; n++ {
		end = a.qend(a.qrefs[n])
	}
	if q := a.qrefs[qi]; end < hi && q.close >= 0 && !a.isPunct(q.close-1, ',') && !a.isPunct(q.close-1, '.') && a.toks[end].kind == tWord && !a.toks[end].cap && a.class(end) == openClass && !a.verbForm(end) {
		if _, cue := a.cue(end); !cue {
			end++
		}
	}
	return end
}

// fragmentAfterPreposition reports whether quotation q is a few words of
// the writer's sentence after a preposition: "at “less advanced schools,”".
func (a *analyzer) fragmentAfterPreposition(q qref) bool {
	return a.class(q.open-1) == preposition && a.quoteStartsLower(q.open)
}

// titleAfterPreposition reports whether quotation q is a title after a
// preposition: "an appearance on “Morning Show,”", not "scared of
// “another lost summer,”".
func (a *analyzer) titleAfterPreposition(q qref) bool {
	return (a.class(q.open-1) == preposition || a.isWord(q.open-1, "of")) && a.titleWords(q)
}

// titleWords reports whether quotation q holds a few words that are all
// capitalized but for articles, prepositions and "and": “Morning Show”,
// “America the Beautiful”.
func (a *analyzer) titleWords(q qref) bool {
	if q.close < 0 || q.close-q.open > 10 {
		return false
	}
	words := 0
	for j := q.open + 1; j < q.close; j++ {
		if a.toks[j].kind != tWord {
			continue
		}
		if !a.toks[j].cap && a.class(j) != determiner && a.class(j) != preposition && !a.isWord(j, "and") {
			return false
		}
		words++
	}
	return words > 0
}

// clauseBefore returns the subject of the clause that ends at the comma
// before the participle at toks[k], when the quotation opening at
// toks[open] follows the participle at once and a person's past deed ends
// just there: "when hecklers interrupted her talk, shouting “…”". Or
// nothing.
func (a *analyzer) clauseBefore(k, open int, s sentence) phrase {
	if !a.isPunct(k-1, ',') || k+1 != open {
		return phrase{} // but "after Hale interrupted her, calling him “…”"
	}
	// "Hale said the crowd, chanting “USA,” surged": the subject of the
	// reported clause, set off before its verb.
	reportedSubject := func(p phrase) bool { return a.cueAt(p.lo-1) || a.isWord(p.lo-1, "that") }
	if p := a.leftPhrase(k-1, s.lo); p.ok() && p.kind != Pronoun && p.lo > s.lo && reportedSubject(p) {
		return p
	}
	for v := k - 2; v > s.lo && v >= k-8; v-- {
		if a.toks[v].kind != tWord || a.isPunct(v, ',') {
			return phrase{}
		}
		if a.pastTense(v) && a.class(v-1) != determiner && !a.possessive(v-1) {
			// "when the man ran …, shouting", "said the man ran …, shouting"
			if p := a.subject(v, s.lo); p.ok() && p.lo > s.lo && p.kind != Pronoun && (p.kind == Name || a.commonHead(p.hi-1)) && (a.subordinate(p.lo, s.lo) || reportedSubject(p)) {
				return p
			}
			return phrase{}
		}
	}
	return phrase{}
}

// takenNoun reports whether the bare cue at toks[k] is a noun that is
// shared or taken: "shares blame for", "took the blame"; or one after an
// article or a possessive, with an ordinal between: "in her second term",
// "the final report"; or the head of a compound after a preposition, "a"
// and a noun in the singular, which no verb in its bare form follows:
// "on a conference call", or before a colon: "has a simple answer:"; but
// "heard a man shout" has a verb.
func (a *analyzer) takenNoun(k int) bool {
	if k == 0 {
		return false
	}
	if a.class(k-1) == determiner || a.ordinal(k-1) && (a.class(k-2) == determiner || a.possessivePronoun(k-2)) {
		return true
	}
	if (a.isWord(k-2, "a") || a.isWord(k-2, "an")) && (a.class(k-3) == preposition || a.isPunct(k+1, ':')) && a.toks[k-1].kind == tWord && !a.toks[k-1].cap && a.class(k-1) == openClass && !strings.HasSuffix(a.word(k-1), "s") && !adjectiveEnding(a.word(k-1)) {
		if v, ok := a.cue(k); ok && equalFoldASCII(a.word(k), v.lemma) {
			return true
		}
	}
	switch lowerASCII(a.word(k - 1)) {
	case "share", "shares", "shared", "take", "takes", "took", "lay", "lays", "laid", "deserve", "deserves":
		return true
	}
	return false
}

// adjectiveEnding reports whether w ends as adjectives do ("controversial",
// "angry", "recent"), so that a noun after it may be a report's: "a
// controversial comment that …", not a compound's head.
func adjectiveEnding(w string) bool {
	for _, e := range [...]string{"al", "ous", "ive", "ful", "ic", "able", "ible", "ent", "ant", "ary", "less", "ed", "ing", "y"} {
		if len(w) > len(e)+2 && strings.EqualFold(w[len(w)-len(e):], e) {
			return true
		}
	}
	return false
}

// ordinal reports whether toks[k] is an ordinal in words, "first" to
// "tenth", or "last", "final" or "next".
func (a *analyzer) ordinal(k int) bool {
	if uint(k) >= uint(len(a.toks)) || a.toks[k].kind != tWord {
		return false
	}
	switch lowerASCII(a.word(k)) {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "final", "next":
		return true
	}
	return false
}

// clauseSubject reports whether phrase p, after a cue, is the subject of
// a clause rather than an inverted speaker: "said he doesn't", "said the
// candidate could win", but not "said Ruiz later".
func (a *analyzer) clauseSubject(p phrase) bool {
	if p.kind == Pronoun {
		return a.startsPredicate(p.hi)
	}
	return a.verbAuxiliary(p.hi) // but "says a person involved in it"
}

// farLeader reads a cue further back than leader looks, when only
// adjuncts stand between it and the comma before the quotation: "Ruiz said
// on Twitter on Sunday, in reference to her new boat, “…”".
func (a *analyzer) farLeader(open int, s sentence) (found, bool) {
	if !a.isPunct(open-1, ',') || a.quoteStartsLower(open) {
		return found{}, false // but "…, “her vote does not trump …”" goes on a clause
	}
	for k := open - 13; k >= s.lo && k >= open-20; k-- {
		if a.toks[k].kind != tWord || a.used[k] || !a.cueAt(k) || a.toks[k].cap {
			continue
		}
		if !a.plainAdjuncts(k+1, open-1) || a.passive(k) {
			return found{}, false
		}
		sp := a.subject(k, s.lo)
		if !sp.ok() {
			return found{}, false
		}
		v, _ := a.cue(k)
		return a.makeFound(k, k+1, v.lemma, sp, k+1), true
	}
	return found{}, false
}

// verbBeforeAnd returns the past-tense verb whose clause "and" joins to
// the cue at toks[k], a few words back ("laughed and said", "knocked Ruiz
// on trade and called"), or -1.
func (a *analyzer) verbBeforeAnd(k, lo int) int {
	if !a.isWord(k-1, "and") {
		return -1
	}
	for v := k - 2; v > lo && v >= k-8; v-- {
		t := a.toks[v]
		if t.kind != tWord || t.depth != 0 {
			return -1
		}
		if !t.cap && a.class(v) == openClass && strings.HasSuffix(a.word(v), "ed") {
			return v
		}
	}
	return -1
}

// inRelative reports whether the verb at toks[k], no more than three
// words after it, is in a relative clause set off by a comma, no earlier
// than toks[lo]: "Cole, who has proposed ending the levy, said".
func (a *analyzer) inRelative(k, lo int) bool {
	return a.relativeBefore(k, max(lo, k-4)) >= 0
}

// ownLeader reports whether quotation q follows its cue and a comma or
// colon at once: "shouted, “Ortiz,”".
func (a *analyzer) ownLeader(q qref, s sentence) bool {
	return q.open-2 >= s.lo && (a.isPunct(q.open-1, ',') || a.isPunct(q.open-1, ':')) && a.toks[q.open-2].kind == tWord && !a.used[q.open-2] && a.cueAt(q.open-2)
}

// leadFrom returns where a cue before the quotation that opens at
// toks[open] may stand: a few words back and after any colon, or, before a
// colon that introduces the quotation, with only adjuncts between. In "When reporters asked
// about it, a voice rose: “Blame the state!” Hale shouted." the question
// is not what introduces the quotation.
func (a *analyzer) leadFrom(open int, s sentence) int {
	if a.isPunct(open-1, ':') {
		// "Ruiz told reporters outside the court on Monday: “…!”": a cue
		// with nothing but adjuncts before the colon; not "asked about
		// it, a voice rose:".
		for k := open - 2; k >= s.lo && k >= open-12; k-- {
			if a.toks[k].kind == tWord && a.cueAt(k) {
				if a.plainAdjuncts(k+1, open-1) {
					return k
				}
				break
			}
		}
		return open
	}
	lo := max(s.lo, open-12)
	for j := open - 2; j > lo; j-- {
		if a.isPunct(j, ':') {
			return j + 1
		}
	}
	return lo
}

// unbalanced reports whether toks[lo:hi] holds an inner quotation mark
// without its partner: "‘Some are so poor.”".
func (a *analyzer) unbalanced(lo, hi int) bool {
	n := 0
	for j := lo; j < hi; j++ {
		if t := a.toks[j]; t.depth > 1 && t.kind == tOpen {
			n++
		} else if t.depth > 1 && t.kind == tClose {
			n--
		}
	}
	return n != 0
}

// issuedStatement reads a statement put out before its quotation:
// "Hale issued a statement, “Last night …”", "she posted a message:
// “…”". The cue runs from the verb to the noun.
func (a *analyzer) issuedStatement(open int, s sentence) (found, bool) {
	n := open - 2
	if n-2 < s.lo || !a.isPunct(open-1, ',') && !a.isPunct(open-1, ':') || !a.wordIn(statementNouns, n) || a.class(n-1) != determiner && !a.possessive(n-1) {
		return found{}, false
	}
	v := n - 2
	lemma := issuingVerbs[lowerASCII(a.word(v))]
	if lemma == "" || a.used[v] {
		return found{}, false
	}
	sp := a.subject(v, s.lo)
	if !sp.ok() || !a.personLike(sp) {
		return found{}, false
	}
	return a.makeFound(v, n+1, lemma, sp, n+1), true
}

// namedWords parses a quotation that a noun for words introduces:
// "has used the phrase “tax cheat”", "Vance's phrase
// “harbor first”", "in Hale's words, “…”", "his signature slogan,
// “…”". The words are the speaker's: the possessor's, or the subject's of
// the verb before the noun, which is the cue with it.
func (a *analyzer) namedWords(open int, s sentence) (found, bool) {
	k := open - 1
	if a.isPunct(k, ',') {
		k--
	}
	if k <= s.lo || a.used[k] || a.toks[k].kind != tWord || a.toks[k].cap {
		return found{}, false
	}
	w := a.word(k) // the nouns are in lower case, as the capital was tested
	lemma, ok := wordNouns[w]
	given := w == "nickname" || w == "moniker" // coined by the subject, or given by others
	if !ok && !given {
		return found{}, false
	}
	if given {
		lemma = w
	}
	// The words before the noun: at most two modifiers ("new",
	// "signature") after an article or a possessor.
	d := k - 1
	for d > s.lo && d >= k-3 && a.toks[d].kind == tWord && !a.toks[d].cap && a.class(d) == openClass && !a.possessive(d) {
		d--
	}
	plural := a.pluralPossessive(d)
	switch {
	case given && !a.isWord(d, "the") && !a.isWord(d, "a"):
		return found{}, false // "Ruiz's nickname, “The Hammer,”" was given
	case plural && !a.used[d-1] && a.toks[d-1].cap:
		// "in Forbes’ words": a plural possessive, its apostrophe apart.
		sp := phrase{d - 1, d, Name}
		for sp.lo > s.lo && a.isCapWord(sp.lo-1) && !a.used[sp.lo-1] && a.nameClass(sp.lo-1) == openClass && a.class(sp.lo-1) != timeWord {
			sp.lo--
		}
		return a.makeFound(k, k+1, lemma, sp, k+1), true
	case a.possessive(d) && !a.used[d]:
		// "Vance's phrase", "the Ledger's words"; not "In" or
		// "Yesterday" before "Hale's words"
		sp := phrase{d, d + 1, Description}
		for sp.lo > s.lo && a.isCapWord(sp.lo-1) && !a.used[sp.lo-1] && a.nameClass(sp.lo-1) == openClass && a.class(sp.lo-1) != timeWord {
			sp.lo--
		}
		if a.toks[d].cap {
			sp.kind = Name
		}
		if a.isWord(sp.lo-1, "the") && sp.lo-1 >= s.lo {
			sp.lo--
		}
		return a.makeFound(k, k+1, lemma, sp, k+1), true
	case (a.isWord(d, "his") || a.isWord(d, "her") || a.isWord(d, "their")) && !given:
		return a.makeFound(k, k+1, lemma, phrase{d, d + 1, Pronoun}, k+1), true
	case a.isWord(d, "the") || a.isWord(d, "a") || a.isWord(d, "that"):
		v := d - 1
		if a.class(v) == preposition {
			// "ran on the slogan “…”", not "introduced to the term"
			if v--; !a.isWord(v, "ran") && !a.isWord(v, "runs") && !a.isWord(v, "campaigned") {
				return found{}, false
			}
		}
		if v <= s.lo || a.toks[v].kind != tWord || a.toks[v].cap || a.used[v] || !a.wordIn(wordUsingVerbs, v) || a.class(v-1) == determiner || a.possessive(v-1) {
			return found{}, false // not "banned the word"
		}
		b := v - 1
		for b > s.lo && (a.adverb(b) || a.isWord(b, "once") || a.class(b) == auxiliary && !a.beForm(b)) {
			b-- // "has repeatedly used", "first coined"
		}
		if (a.beForm(b) || a.isWord(b, "got") || a.isWord(b, "get") || a.isWord(b, "gets")) && a.pastTense(v) {
			return found{}, false // the passive "was greeted with the words"
		}
		// "Hale said the nickname “The Hammer” was unfair": the quotation
		// is the subject of a reported clause.
		if qi := a.firstQuote(open); qi < len(a.qrefs) {
			if c := a.qrefs[qi].close; c >= 0 && c+1 < s.hi && (a.beForm(c+1) || a.modal(c+1) || a.isWord(c+1, "has") || a.isWord(c+1, "had") || a.pastTense(c+1) && (a.class(c+2) != preposition || a.sayAt(v))) {
				return found{}, false
			}
		}
		sp := a.subject(v, s.lo)
		if !sp.ok() {
			sp = a.firstSubject(s, v)
		}
		if !sp.ok() || !a.personLike(sp) && sp.kind != Description {
			return found{}, false
		}
		return a.makeFound(v, k+1, lemma, sp, k+1), true
	}
	return found{}, false
}

// wordNouns are the nouns for someone's words that introduce them as a
// quotation, with the lemma the cue takes. A nickname or moniker is read
// apart: others give it more often than its bearer coins it.
var wordNouns = map[string]string{
	"phrase": "phrase", "term": "term", "word": "word", "words": "word", "slogan": "slogan",
	"motto": "motto", "mantra": "mantra", "catchphrase": "catchphrase", "expression": "expression",
}

// wordUsingVerbs use, coin or run on words, whose subject said them:
// "has used the phrase", "coined the term", "ran on the slogan"; not
// "banned the word" or "disliked the term".
var wordUsingVerbs = newFoldSet(map[string]bool{
	"use": true, "uses": true, "used": true, "coin": true, "coins": true, "coined": true,
	"adopt": true, "adopts": true, "adopted": true, "invoke": true, "invokes": true, "invoked": true,
	"utter": true, "utters": true, "uttered": true, "repeat": true, "repeats": true, "repeated": true,
	"popularized": true, "say": true, "says": true, "said": true, "prefer": true, "prefers": true,
	"preferred": true, "ran": true, "runs": true, "campaigned": true, "embraced": true, "chose": true,
	"using": true, "coining": true, "invoking": true, "repeating": true, "adopting": true,
	"uttering": true, "embracing": true, "borrowed": true, "deployed": true, "introduced": true,
	"invented": true, "popularize": true, "popularizes": true,
})

// issuingVerbs give the lemma of the verbs that put a statement out:
// "issued a statement", not "received a letter".
var issuingVerbs = map[string]string{
	"issued": "issue", "released": "release", "posted": "post", "sent": "send", "published": "publish",
	"tweeted": "tweet", "wrote": "write", "put": "put",
}

// verbInPhrase returns the position of a verb in the past with an object
// after it inside phrase p, found as the speaker before a participle, or
// 0: "carried" in "The nurses carried signs", "marched" in "Protesters
// marched down Main Street holding banners"; not "The signs carried by".
func (a *analyzer) verbInPhrase(p phrase) int {
	if !p.ok() || p.kind == Pronoun {
		return 0
	}
	for v := p.lo + 1; v+1 < p.hi; v++ {
		if a.toks[v].kind != tWord || a.toks[v].cap || a.class(v) != openClass || !a.pastTense(v) {
			continue
		}
		if (a.isWord(v, "named") || a.isWord(v, "called") || a.isWord(v, "identified")) && (a.isCapWord(v+1) || a.isWord(v+1, "as")) {
			continue // "A woman named Ana Ruiz stood up shouting": a name, no verb
		}
		if a.isWord(v+1, "by") || a.class(v-1) == determiner || a.class(v-1) == preposition || a.cueAt(v) {
			return 0 // nor "texted voters saying", whose verb is a cue of its own
		}
		return v
	}
	return 0
}

// reportedSubject returns the subject of the clause that a cue before the
// participle at toks[k], no earlier than toks[lo], reports, with after
// true when there is such a cue: "protesters" in "Ruiz said protesters
// had thrown eggs and carried signs saying". The phrase must be followed
// by a finite verb; a cue with an object ("responded to a question") has
// none.
func (a *analyzer) reportedSubject(k, lo int) (phrase, bool) {
	for c := k - 2; c >= lo && c >= k-maxClauseTokens; c-- {
		if a.toks[c].kind != tWord || a.toks[c].depth != 0 || !a.cueAt(c) || strings.HasSuffix(a.word(c), "ing") {
			continue
		}
		b := c + 1
		if a.isWord(b, "that") {
			b++
		}
		if p := a.rightPhrase(b, k); p.ok() && p.hi < k && (a.class(p.hi) == auxiliary && !a.adverb(p.hi) || a.pastTense(p.hi)) {
			return p, true
		}
		return phrase{}, false // "responded to a question on Facebook writing": no clause reported
	}
	return phrase{}, false
}

// statementNouns are what a speaker issues or posts: "issued a statement".
var statementNouns = newFoldSet(map[string]bool{
	"statement": true, "tweet": true, "message": true, "letter": true, "note": true, "post": true,
	"email": true, "e-mail": true, "memo": true, "release": true,
})

// presentVerb reports whether toks[v], a word in -s, is a verb in the
// present after its subject: "openly admires", "she describes", "while
// Hale refers", but not "Mexican immigrants".
func (a *analyzer) presentVerb(v, lo int) bool {
	w := a.word(v)
	if len(w) < 4 || w[len(w)-1] != 's' || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || v <= lo {
		return false
	}
	if a.adverb(v-1) || a.class(v-1) == pronoun || a.class(v-1) == auxiliary {
		return true // "openly admires", "she describes", "also lists"
	}
	p := a.leftPhrase(v, lo)
	return p.ok() && p.kind == Name && (p.lo == lo || a.class(p.lo-1) == conjunction || a.toks[p.lo-1].kind == tPunct)
}

// nickname reports whether toks[j] opens a nickname inside a name:
// Robert “Red” Castellano.
func (a *analyzer) nickname(j int) bool {
	if j <= 0 || j+3 >= len(a.toks) {
		return false
	}
	t := a.toks[j-1 : j+4 : j+4] // the name's word, the marks and the words in and after them
	return t[1].kind == tOpen && t[0].kind == tWord && t[0].cap && t[2].kind == tWord && t[2].cap &&
		t[3].kind == tClose && t[4].kind == tWord && t[4].cap
}

// writerGoesOn reports whether toks[j], right after a quotation that a
// comma closes, goes on in the writer's words rather than with a list of
// what was said: "and his administration …", "in a speech", "failed",
// "which is …", "made by …"; not "“cruel,” unfair and un-American" or
// "“bad guy,” a “phony”".
func (a *analyzer) writerGoesOn(j int) bool {
	if j >= len(a.toks) || a.toks[j].kind != tWord {
		return false
	}
	if a.toks[j].cap || a.class(j) == determiner {
		// A subject and its verb open the writer's clause: "in a way
		// Hale slammed as “careless,” Ruiz has handled …", "a vote Hale
		// called “reckless,” the council held again"; but "a “bad guy,”
		// a “phony”" is a list.
		p := a.rightPhrase(j, len(a.toks))
		return p.ok() && (a.verbAuxiliary(p.hi) || a.pastTense(p.hi)) && !a.cueAt(p.hi)
	}
	if c := a.class(j); c != openClass {
		// "a “bad guy,” a “phony”" goes on with the list, and
		// "“unfair,” but …" or "“a mistake,” because …" with the reason
		return c != determiner && !a.isWord(j, "but") && !a.isWord(j, "because")
	}
	return a.startsPredicate(j) || a.pastTense(j) || strings.HasSuffix(a.word(j), "ing")
}

// interruptedLead returns the words before an attribution set off by
// commas when the quotation after it goes on with their sentence, or the
// zero Span: "The truth is, she added, “the roads are too old.”"
func (a *analyzer) interruptedLead(at attribution, open int, s sentence) Span {
	if !a.isPunct(open-1, ',') || at.speaker.IsZero() {
		return Span{}
	}
	if t := a.toks[open]; t.kind == tOpen && !a.quoteStartsLower(open) || t.kind == tWord && t.cap || t.kind != tOpen && t.kind != tWord {
		return Span{}
	}
	k := a.tokenAt(min(at.speaker.Start, at.cue.Start))
	lo := a.sentenceStart(s)
	if k-1 <= lo || k-1-lo > maxClauseTokens || !a.isPunct(k-1, ',') || a.hasCue(lo, k-1) {
		return Span{}
	}
	// Not the writer's when and where: "On Tuesday, Hale added, “we will
	// …”", "In an interview, Ruiz said, “…”", "Later, she said, “…”". A
	// clause of the speaker's own stays: "If the bill passes, he said, “…”".
	if !a.hasPlainVerb(lo, k-1) && (a.class(lo) == preposition || a.class(lo) == conjunction || k-1 == lo+1) {
		for j := lo; j < k-1; j++ {
			if a.class(j) == timeWord || a.isWord(j, "later") || a.isWord(j, "earlier") || a.isWord(j, "meanwhile") || a.isWord(j, "afterward") || a.wordIn(statementNouns, j) || a.isWord(j, "interview") || a.isWord(j, "conference") || a.isWord(j, "vote") {
				return Span{}
			}
		}
	}
	if qi := a.firstQuote(lo); qi < len(a.qrefs) && a.qrefs[qi].open < k {
		return Span{} // the words before hold a quotation of their own
	}
	if a.toks[open].kind == tWord {
		if a.tokenEndingAt(max(at.speaker.End, at.cue.End))+1 != open-1 {
			return Span{} // the attribution ends at the comma before the report goes on
		}
		// The report goes on in words, not at a quotation: "Dana Ortiz,
		// Hale said, had sat on the board for “years”". Not after the
		// writer's opening, "In contrast, Ruiz said, …", "But, he said,
		// …"; and after a relative clause only that clause: "Ortiz, who
		// works for the county and, Hale said, has seemed “tired”".
		if !a.hasPlainVerb(lo, k-1) && (a.class(lo) == preposition || a.class(lo) == conjunction && k-1 == lo+1) {
			return Span{}
		}
		for j := k - 2; j > lo && a.class(k-2) == conjunction; j-- {
			if a.isPunct(j, ',') && (a.isWord(j+1, "who") || a.isWord(j+1, "which")) {
				lo = j + 1 // the relative clause is still open: "who works … and, Hale said, has"
				break
			}
		}
	}
	return a.span(lo, k-1)
}

// reportBefore reports whether the words from toks[lo] up to the
// quotation that opens at toks[open] belong to what the cue after the
// quotation reports: Ruiz "is the only candidate …," Hale said; and,
// with a cue of their own, "In one email, Hale put a note in a “shred bin,”
// the Ledger reported". Not when that cue introduces the quotation
// ("scolded him: “…”", "described as “reckless”"), nor across a dash
// ("acknowledged his flaws - his “weak spots,”").
func (a *analyzer) reportBefore(lo, open int) bool {
	if a.isPunct(open-1, ':') {
		return false // "Her verdict: “It works,” Hale said": the colon sets the quotation apart
	}
	if !a.hasCue(lo, open) {
		return true
	}
	if open-lo > maxClauseTokens || a.toks[open-1].kind != tWord || a.namingCue(max(lo, open-2), open) {
		return false
	}
	for j := lo; j < open; j++ {
		if a.toks[j].kind == tPunct && isDash(a.toks[j].r) {
			return false
		}
	}
	return true
}

// namingCue reports whether toks[lo:hi], the words just before a
// quotation, hold a cue that takes the quotation as its own object: a
// participle ("calling Hale “a fraud,”") or a verb of naming ("what Hale
// called “a mess,”"). A finite cue there is part of the report the
// trailing cue gives: Ruiz said Hale "would lose," the source recalled.
func (a *analyzer) namingCue(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if v, ok := a.cue(j); ok && (v.flags&cueQuoteOnly != 0 || v.nounForm() || strings.HasSuffix(a.word(j), "ing")) {
			return true
		}
	}
	return false
}

// hasCue reports whether toks[lo:hi] holds a reporting verb. It reads
// the frame words there alone, as only they can be one.
func (a *analyzer) hasCue(lo, hi int) bool {
	if hi-lo > maxClauseTokens {
		return true // too far from the sentence start to be one report
	}
	frames := a.notes.frames
	for f := a.frameFrom(lo); f < len(frames) && int(frames[f]) < hi; f++ {
		if j := int(frames[f]); a.toks[j].kind == tWord {
			if _, ok := a.cue(j); ok {
				return true
			}
		}
	}
	return false
}

// frameFrom returns the index in notes.frames of the first frame word
// of the paragraph at or after toks[j], or len(notes.frames). Every form
// of a reporting verb is a frame word ([lexeme.frame]), so that a search
// for a cue need read no word before the first nor after the last frame
// word in its reach.
func (a *analyzer) frameFrom(j int) int { return indexFrom(a.notes.frames, j) }

// indexFrom returns the index of the first of the token indices list, in
// order, that is j or more, or len(list). The binary search is written out
// as firstQuote's is.
func indexFrom(list []int32, j int) int {
	lo, hi := 0, len(list)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(list[m]) < j {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// unuse releases tokens taken by a cue and speaker that did not work out.
func (a *analyzer) unuse(cue int, sp phrase) {
	a.used[cue] = false
	for j := sp.lo; j < sp.hi; j++ {
		a.used[j] = false
	}
}

// shortQuoteEnd returns the index of the mark that closes a quotation of
// a few words opening at toks[k], or -1: a name or slogan quoted inside
// the words between a quotation and its verb.
func (a *analyzer) shortQuoteEnd(k int) int {
	if a.toks[k].kind != tOpen {
		return -1
	}
	for j := k + 1; j < len(a.toks) && j <= k+5; j++ {
		if a.toks[j].kind == tClose {
			return j
		}
		if a.toks[j].kind == tOpen {
			break
		}
	}
	return -1
}

// unuseFound frees the tokens of an attribution that was found but not
// taken, for another frame to use.
func (a *analyzer) unuseFound(f found) {
	for j := f.cueEnd - 1; j >= 0 && a.toks[j].End > min(f.cue.Start, f.speaker.Start); j-- {
		if t := a.toks[j].Span; t.Start >= f.cue.Start && t.End <= f.cue.End || t.Start >= f.speaker.Start && t.End <= f.speaker.End {
			a.used[j] = false
		}
	}
}

// quoteStartsLower reports whether the quotation opening at toks[open]
// starts with a lower-case word: a fragment woven into the sentence.
func (a *analyzer) quoteStartsLower(open int) bool {
	return open+1 < len(a.toks) && a.toks[open+1].kind == tWord && !a.toks[open+1].cap
}

// dashAt reports whether toks[j] is a dash, which a sign-off starts with.
func (a *analyzer) dashAt(j int) bool {
	return j < len(a.toks) && a.toks[j].kind == tPunct && isDash(a.toks[j].r)
}

// signOff parses a sign-off after a quotation: “We will rebuild.” — Mayor
// Ana Ruiz.
func (a *analyzer) signOff(end int) (attribution, bool) {
	if !a.dashAt(end) {
		return attribution{}, false
	}
	t := a.toks[end]
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
	// "— Tom Hale, the treasurer, resigned in May." is news of its own.
	lineEnd := sp.hi
	for lineEnd < len(a.toks) && a.toks[lineEnd].kind != tOpen && !strings.Contains(a.text[a.toks[lineEnd-1].End:a.toks[lineEnd].Start], "\n") {
		lineEnd++
	}
	if a.hasPlainVerb(sp.hi, lineEnd) {
		return attribution{}, false
	}
	return attribution{speaker: a.span(sp.lo, sp.hi), skind: sp.kind, cue: t.Span, lemma: a.text[t.Start:t.End]}, true
}

// quoteInPhrase reports whether the quotation that closes just before
// toks[p], or before a comma there, stands inside a phrase that opens the
// sentence, neither opening it nor following a comma: "In “Lincoln,”",
// "Watching “The Crown,”", "Unlike “Harborcare,”"; not "“…,” she said"
// or "In a statement, “…,”".
func (a *analyzer) quoteInPhrase(p int) bool {
	o, ok := a.quoteBefore(p)
	return ok && !a.opensClause(o) && !a.isPunct(o-1, ',') && !a.isPunct(o-1, ':')
}

// cueNear reports whether a word of the lexicon's reporting verbs stands
// in toks[lo:hi], read by its lexeme alone.
func (a *analyzer) cueNear(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if a.toks[j].lex.cue != 0 {
			return true
		}
	}
	return false
}

// runsOnFromQuote reports whether the words at toks[end], after quotation
// q, carry its sentence on as the speaker's: q holds a subject pronoun or
// a verb, or speaks in the first person, and a preposition or conjunction
// follows it ("“They
// know it” and say so at every stop", "“I will fight” for every vote");
// not a title or slogan before a noun ("“Stop the Steal” rallies") or a
// name in apposition ("“Hamilton,” the musical, opens").
func (a *analyzer) runsOnFromQuote(q qref, end int) bool {
	if c := a.class(end); c != preposition && c != conjunction && !a.isPunct(q.close-1, ',') {
		return false // but "“The voters know it,” which few doubt" is words of its own
	}
	for j := q.open + 1; j < end-1; j++ {
		if a.class(j) == pronoun && !a.isWord(j, "who") && !a.isWord(j, "which") || a.class(j) == auxiliary || a.pastTense(j) {
			return true
		}
	}
	return a.firstPerson(q.open, end)
}
