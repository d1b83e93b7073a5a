package quote

import (
	"strings"
)

// Reported speech: clauses governed by a cue with no quotation marks, or
// with quoted words inside (mixed), in all the orders news copy puts
// speaker, cue and content.

// nounLikeVerb reports whether the bare or -s form of a noun-like cue at
// toks[k] is a verb after its subject sp: "Hale claims", "critics
// charge", "they note"; not "battleground states" or "a private email".
func (a *analyzer) nounLikeVerb(k int, sp phrase) bool {
	// "Gerry Hale, a consultant, notes": an aside may stand between.
	if !sp.ok() || sp.hi != k && !(a.isPunct(sp.hi, ',') && a.isPunct(k-1, ',')) || a.possessive(sp.hi-1) {
		return false
	}
	if n := k + 1; a.beForm(n) || a.modal(n) && !a.isWord(n, "to") || a.pastTense(n) || a.isWord(n, "have") || a.isWord(n, "has") {
		return false // "WHBR comments were echoed": the noun before its verb
	}
	switch sp.kind {
	case Pronoun:
		return !a.isWord(sp.lo, "it") || strings.HasSuffix(a.word(k), "s")
	case Name:
		return strings.HasSuffix(a.word(k), "s") && sp.hi-sp.lo <= 4
	}
	head := a.word(sp.hi - 1)
	return !strings.HasSuffix(a.word(k), "s") && pluralForm(head)
}

// cueAt reports whether toks[j] is a reporting verb.
func (a *analyzer) cueAt(j int) bool {
	return a.verbAt(j) != nil
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

// relativeBefore returns the index of the "who" or "which" after a comma
// that opens the relative clause the verb at toks[k] stands in, no
// earlier than toks[lo] and past the verbs coordinated before it ("…, who
// have marched for weeks and called for …"), or -1.
func (a *analyzer) relativeBefore(k, lo int) int {
	for j := k - 1; j > lo && j >= k-maxClauseTokens; j-- {
		if t := &a.toks[j]; t.kind == tPunct || t.depth != 0 {
			return -1
		}
		if a.isWord(j, "who") || a.isWord(j, "which") {
			if a.isPunct(j-1, ',') {
				return j
			}
			return -1
		}
	}
	return -1
}

// deedsAfter reports whether the phrase p after a cue goes on with "and"
// and another verb with its object, so that the cue and p are one of a
// list of the subject's deeds, not a cue and its inverted speaker:
// "coaches a team, writes a weekly column and runs a bakery", "… and,
// since 2019, leads a choir"; not "said Hale and others" nor "said the
// mayor and thanked the volunteers", where a name or a person is.
func (a *analyzer) deedsAfter(p phrase) bool {
	if !a.isWord(p.hi, "and") || p.kind == Name || a.commonHead(p.hi-1) || a.toks[p.hi-1].lex.title() {
		return false // "said the mayor and thanked the volunteers": a person
	}
	j := p.hi + 1
	if a.isPunct(j, ',') {
		for j++; j < len(a.toks) && j < p.hi+8 && !a.isPunct(j, ','); j++ {
		}
		if !a.isPunct(j, ',') {
			return false
		}
		j++ // past an aside: "and, since 2019, leads"
	}
	if j+1 >= len(a.toks) {
		return false
	}
	t, w := &a.toks[j], a.word(j)
	verb := t.kind == tWord && !t.cap && a.class(j) == openClass && (a.pastTense(j) || len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's')
	return verb && (a.class(j+1) == determiner || a.isCapWord(j+1) || a.toks[j+1].kind == tOpen)
}

// passive reports whether the cue at toks[k] is a passive or infinitive
// ("was told", "declined to say"), whose subject is not the speaker.
func (a *analyzer) passive(k int) bool {
	if k == 0 {
		return false
	}
	if a.isWord(k-1, "to") {
		// "went on to say" and "appeared to suggest" report; "declined
		// to say" does not.
		return a.leadingVerb(k) < 0
	}
	// Only a participle is passive: most cues ("says", "saying") are
	// told by their ending, before the words before them are read.
	if word := a.word(k); !(len(word) > 2 && (word[len(word)-2:] == "ed" || equalFoldASCII(word, "told") || equalFoldASCII(word, "said"))) {
		return false
	}
	j := k - 1
	for j > 0 && (a.class(j) == auxiliary && !a.beForm(j) || a.adverb(j)) {
		j-- // "has been", "were mistakenly charged"
	}
	return a.beForm(j) || a.isWord(j, "being")
}

// beForm reports whether toks[j] is a finite form of "be", or "be" or
// "been": "was told", "has been asked".
func (a *analyzer) beForm(j int) bool {
	if a.class(j) != auxiliary {
		return false
	}
	switch t := &a.toks[j]; t.End - t.Start { // the length picks the forms to compare
	case 2:
		return a.isWord(j, "is") || a.isWord(j, "be")
	case 3:
		return a.isWord(j, "was") || a.isWord(j, "are")
	case 4:
		return a.isWord(j, "were") || a.isWord(j, "been")
	}
	return false
}

// discourseSaid reports whether the cue at toks[k] is part of a phrase
// of the writer's that reports nothing: "Having said that, …", "That
// said, …", "Only time will tell if …".
func (a *analyzer) discourseSaid(k int) bool {
	return a.isWord(k, "said") && (a.isWord(k-1, "having") && a.isWord(k+1, "that") && a.isPunct(k+2, ',') || a.isWord(k-1, "that") && a.isPunct(k+1, ',')) ||
		a.isWord(k, "tell") && a.isWord(k-1, "will") && a.isWord(k-2, "time") // "Only time will tell if …"
}

// indirect finds reported speech in sentence s: clauses governed by a cue
// that no quotation has taken. frames holds the paragraph's frame words
// from the first in s on: a frame starts at one of them, or at the
// possessive before a cue noun ("Hale’s claim that"), and nowhere else.
func (a *analyzer) indirect(s sentence, frames []int32) {
	a.cands = a.cands[:0]
	last := s.lo - 1 // the last token tried
	for _, f := range frames {
		k := int(f)
		if k > s.hi {
			break
		}
		if k-1 > last && k-1 >= s.lo && a.toks[k].lex.cueNoun() {
			a.frameAt(k-1, s) // the possessive of "Hale’s claim that"
			if p := a.pronounPossessor(k, s); p >= 0 && !a.used[k] {
				a.nounReport(p, k, s)
			}
		}
		if k == s.hi {
			break
		}
		a.frameAt(k, s)
		last = k
	}
	// Reporters nest speech ("X said Y told him Z"), but the attribution is
	// the outer one: drop a candidate whose cue lies in other content.
	// Content is at most maxClauseTokens long, so only near neighbours
	// can hold a cue: looking at a few keeps long sentences linear.
	// The attributions are read in place, not copied for each look.
	for i := range a.cands {
		c := &a.cands[i]
		nested := false
		for j := max(0, i-nearReports); j < min(len(a.cands), i+nearReports); j++ {
			o := &a.cands[j]
			// Each inside the other: the earlier cue governs the sentence.
			if i != j && o.covers(c.cue) && !(c.covers(o.cue) && c.cue.Start < o.cue.Start) {
				nested = true
			}
		}
		for o := max(a.paraOut, len(a.out)-nearReports); o < len(a.out); o++ {
			if a.out[o].covers(c.cue) {
				nested = true
			}
		}
		if !nested {
			a.emitReported(*c)
		}
	}
}

// frameAt tries the frames of reported speech that start at toks[k] in
// sentence s, and adds what it finds to cands.
func (a *analyzer) frameAt(k int, s sentence) {
	t := &a.toks[k]
	if t.kind != tWord || t.depth != 0 || a.used[k] {
		return
	}
	if a.isWord(k, "according") && a.isWord(k+1, "to") {
		a.accordingTo(k, s)
		return
	}
	if a.isWord(k, "reportedly") {
		a.reportedly(k, s)
		return
	}
	if k+2 < s.hi && a.toks[k+1].lex.cueNoun() && a.possessive(k) && a.isWord(k+2, "that") {
		a.nounReport(k, k+1, s)
		return
	}
	if t.cap && k != s.lo && !a.headlineCase() {
		return // a capitalized word inside a sentence is a name: Islamic State
	}
	v, ok := a.cue(k)
	if !ok {
		return // no reporting verb, or its neighbours show it is none: "shot him"
	}
	if v.nounForm() && a.nounAfterDeterminer(k) {
		return // "many promises he made", "the report", "his claims"
	}
	if v.plain && a.modifiedNoun(k, &v) {
		return // "a quick courtesy call on", "the clerk's bold call for"
	}
	if (v.lemma == "report" || v.lemma == "reveal" || v.lemma == "disclose") && a.reportedBy(k, v, s) {
		return
	}
	if v.lemma == "ask" && (a.passive(k) || a.isWord(k-1, "when") || a.isWord(k-1, "whenever") || k == a.sentenceStart(s) || a.askedAside(k)) {
		a.askedFrame(k, s)
		return
	}
	// A passive cue is asked of twice: "it was reported that" is an
	// impersonal frame, and any other passive no report.
	passive := a.passive(k)
	if passive && a.impersonal(k, v, s) {
		return
	}
	if passive || a.isWord(k+1, "off") || a.discourseSaid(k) || v.plain && (a.afterHelp(k, v) || a.interruptionAt(k+1)) || v.flags&cueToOnly != 0 && !(a.isWord(k+1, "to") && a.wordIn(refusedSpeech, k+2)) {
		return // "called off the talks", "wrote off the loan", "Having said that,", "sales declined"
	}
	if k > s.lo && a.attributive(k) {
		return // an adjective: "270 pledged delegates", "his stated goal"
	}
	if v.flags&cueParticle != 0 {
		a.used[k+1] = true
	}
	// What an unparticled "call" names or judges its object
	// ([analyzer.callsSomething]) makes it a report, and ends one.
	particle, called := -1, 0
	if v.lemma == "call" {
		if particle = a.callParticle(k); particle < 0 {
			called = a.callsSomething(k, s.hi)
		}
	}
	// After "went on to" a verb that names or puts stays as it was:
	// "went on to call a meeting", "went on to put the boat up for sale".
	if v.flags&cueQuoteOnly != 0 && (!a.goesOnTo(k) || v.flags&cueNaming != 0 || v.lemma == "put" || v.lemma == "read") {
		// "called for a repeal", "called on Congress to act" and
		// ", calling them rapists" report speech; "called off the
		// talks" does not.
		calling := a.isWord(k, "calling") && (a.isPunct(k-1, ',') || a.isWord(k-1, "and"))
		if !(v.lemma == "call" && (particle >= 0 || calling || called > 0)) && !a.castsAs(k, v, s.hi) && !a.describesThing(k, v, s.hi) {
			return
		}
	} else if v.flags&cueQuoteOnly != 0 {
		// "went on to praise the coach": going on from what was said,
		// the verb reports what it takes.
		v.flags |= cueNounObject
	}
	a.reported(k, v, s, called)
}

// afterHelp reports whether the cue at toks[k] is a bare verb after a
// form of "help", which is what helps, not who speaks: "which helps
// explain why", "data that helped confirm the trend".
func (a *analyzer) afterHelp(k int, v cueVerb) bool {
	return (a.isWord(k-1, "helps") || a.isWord(k-1, "helped") || a.isWord(k-1, "help") || a.isWord(k-1, "helping")) && equalFoldASCII(a.word(k), v.lemma)
}

// attributive reports whether the participle of a cue at toks[k] is an
// adjective after a determiner, a possessive or a number: "his stated
// goal", "270 pledged delegates", "in a written statement"; but not after
// a determiner that stands for people: "Some chanted", "Another tweeted".
func (a *analyzer) attributive(k int) bool {
	w := a.word(k)
	if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") {
		return false
	}
	if a.class(k-1) == determiner {
		return !a.standsAlone(k - 1)
	}
	return a.possessive(k-1) || a.numeral(k-1)
}

// nounAfterDeterminer reports whether the cue at toks[k], a form that is
// as often a noun, is one after a determiner: "his claims", "the
// report", "many promises he made"; but "Many claim that …" is a
// plural subject and its verb.
func (a *analyzer) nounAfterDeterminer(k int) bool {
	if k == 0 || a.class(k-1) != determiner {
		return false
	}
	if w := a.word(k); w[len(w)-1]|0x20 == 's' {
		return true
	}
	return !a.standsAlone(k-1) && !a.isWord(k-1, "these") && !a.isWord(k-1, "those")
}

// modifiedNoun reports whether the cue v at toks[k], the bare form of a
// verb that is as often a noun, is the noun of a phrase that "a" or a possessor opens, with one or two
// modifiers between: "a brief phone call", "a far cry from", "a quick
// courtesy call on", "the clerk's bold call for". After "a" and a
// singular word, or after a possessor, a bare form is no verb in the
// present; "read" and "put" are the past as well ("a sign read “…”"),
// and a quantifier or a plural makes a subject ("a few claim", "Hale's
// aides claim"). The noun is still a cue after a verb of making or before
// "that", which nounCueMaker and the noun's clause read.
func (a *analyzer) modifiedNoun(k int, v *cueVerb) bool {
	if k < 2 || !v.plain || v.flags&(cueNounLike|cueQuoteOnly) == 0 || !equalFoldASCII(a.word(k), v.lemma) || v.lemma == "read" || v.lemma == "put" {
		return false
	}
	for j := k - 1; j >= k-2 && j > 0; j-- {
		t := &a.toks[j]
		if t.kind != tWord || t.cap || a.class(j) != openClass || a.possessive(j) || pluralForm(a.word(j)) ||
			a.commonHead(j) || a.verbAt(j) != nil || a.countWord(j) || a.wordIn(quantityNouns, j) {
			return false
		}
		o := j - 1
		if a.isWord(o, "a") || a.isWord(o, "an") || a.possessive(o) ||
			a.isWord(o, "his") || a.isWord(o, "its") || a.isWord(o, "their") || a.isWord(o, "our") || a.isWord(o, "my") || a.isWord(o, "your") {
			// But "made a controversial comment that …", "a false report
			// that …": the noun is the report, made or with its clause.
			if a.wordIn(makingVerbs, o-1) || a.isWord(k+1, "that") {
				return false
			}
			// Nor after a plural and its preposition: in "critics of his
			// tax policy counter" the phrase ends the subject's.
			p := o - 1
			for n := 0; n < 3 && p > 0 && a.possessive(o) && (a.isWord(p, "the") || a.toks[p].kind == tWord && a.toks[p].cap); n++ {
				p-- // "of the mayor's", "of Tom Hale's"
			}
			return !(p > 0 && a.class(p) == preposition && a.toks[p-1].kind == tWord && pluralForm(a.word(p-1)))
		}
	}
	return false
}

// quantityNouns after "a" make a quantity of people, not a modifier: "a
// few claim", "a majority call for".
var quantityNouns = newFoldSet(map[string]bool{
	"few": true, "lot": true, "number": true, "handful": true, "majority": true, "minority": true,
	"couple": true, "dozen": true, "third": true, "quarter": true, "half": true, "host": true,
	"bunch": true, "group": true, "slew": true, "variety": true, "series": true,
})

// impersonal records the report of a passive cue at toks[k] whose
// subject is an empty "it", and reports whether there was one: "it was
// revealed that the council spent the reserve", "though it was widely
// reported in March that …". No one is named as its source; the cue is
// the verb with its auxiliaries.
func (a *analyzer) impersonal(k int, v cueVerb, s sentence) bool {
	j := k - 1
	for j > s.lo && (a.class(j) == auxiliary && !a.beForm(j) || a.adverb(j)) {
		j--
	}
	for j > s.lo && a.class(j) == auxiliary && !a.modal(j-1) && !a.isWord(j-1, "it") {
		j-- // "has been", "had been"; but "it should be noted that" is the writer's aside
	}
	if !a.isWord(j-1, "it") {
		return false
	}
	t := a.skipAdjuncts(k+1, s.hi, v)
	if !a.isWord(t, "that") {
		return false
	}
	end := a.clauseEnd(t+1, s.hi)
	if a.subordinate(j-1, s.lo) {
		end = a.subordinateEnd(t+1, end) // "Though it was reported that …, the sum"
	}
	if end-(t+1) < 2 || !a.hasFiniteVerb(t+1, end) {
		return false
	}
	at := attribution{parts: a.part(a.span(t+1, end)), kind: Indirect, conf: 0.5}
	at.cue, at.lemma = a.span(j, k+1), v.lemma
	a.used[k] = true
	a.cands = append(a.cands, at)
	return true
}

// accusedOf reports whether "of" and a charge follow the object of
// "accused" at toks[k]: "accused the board of ignoring families",
// "accusing him of lying".
func (a *analyzer) accusedOf(k, hi int) bool {
	if w := a.word(k); k > 0 && strings.HasSuffix(w, "ing") && a.toks[k-1].kind == tWord && a.class(k-1) == openClass && !a.toks[k-1].cap {
		return false // "the tweets accusing the clerk of …": the tweets', not the subject's
	}
	for j := k + 2; j < hi && j <= k+8; j++ {
		if a.isWord(j, "of") {
			return j+1 < hi
		}
		// The one accused is a noun phrase: no verb, clause or pause in it.
		if t := &a.toks[j-1]; t.kind != tWord && !(t.kind == tPunct && t.r == '.' && a.toks[j-2].lex.abbr()) || t.lex.class == auxiliary || t.lex.class == conjunction || t.lex.class == preposition || a.isWord(j-1, "that") {
			return false
		}
	}
	return false
}

// reportGoesOn reports whether the words at toks[j], after "…, she said,",
// carry the report on: "The plan would be aided, Hale said, by the
// calendar", "…, she said, but also …", "…, he said, until it closed", "…, with each getting 40 percent". But "on condition of
// anonymity", "by phone", "with a laugh" and "at a rally in Ohio" are the
// attribution's, and "but he will …" the writer's.
func (a *analyzer) reportGoesOn(j, hi int) bool {
	if j >= hi {
		return false
	}
	switch {
	case a.goesOnWith(j):
		// A clause of its own, not a phrase of the attribution's:
		// "…, Ruiz said, since most of its voters live in Ohio".
		return true
	case a.class(j) == preposition:
		if a.adjunctHead(j, a.trimEnd(j, hi)) {
			return false
		}
		if a.isWord(j, "with") {
			return a.participleAhead(j+1, min(hi, j+5))
		}
		return !a.isWord(j, "after") && !a.isWord(j, "before") && !a.isWord(j, "through")
	case a.isWord(j, "and"):
		// "…, he said, and “I had to step back”"; but "and then she
		// walked out" is the writer's, and so is a report of its own:
		// "and Ana Ruiz agreed".
		return !a.andThen(j) && !a.hasCue(j+1, a.trimEnd(j, hi))
	case a.isWord(j, "but"):
		return a.isWord(j+1, "also") || a.isWord(j+1, "not") || j+1 < hi && a.toks[j+1].kind == tOpen
	}
	return a.goesOnWith(j)
}

// andThen reports whether toks[j] is "and" before "then", "later" or
// "afterward": the writer's story going on after a report.
func (a *analyzer) andThen(j int) bool {
	return a.isWord(j, "and") && (a.isWord(j+1, "then") || a.isWord(j+1, "later") || a.isWord(j+1, "afterward") || a.isWord(j+1, "afterwards"))
}

// goesOnWith reports whether toks[j], after "…, she said,", joins a
// clause that carries the report on: "Acme was a giant, he said,
// until it closed", "…, she said, because …".
func (a *analyzer) goesOnWith(j int) bool {
	switch lowerASCII(a.word(j)) {
	case "until", "because", "since", "while", "although", "though", "unless":
		return true
	}
	return false
}

// participleAhead reports whether toks[lo:hi] holds a participle after a
// noun: "with each receiving 40 percent", "with 300 jobs lost".
func (a *analyzer) participleAhead(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if a.verbForm(j) && strings.HasSuffix(a.word(j), "ing") || j > lo && a.pastTense(j) && a.class(j-1) == openClass {
			return true
		}
	}
	return false
}

// refusedSpeech are the verbs after "declined to" that make the refusal
// a report: "declined to comment", "declined to say whether …", but not
// "declined to run" or "declined to $281 million".
var refusedSpeech = newFoldSet(map[string]bool{
	"comment": true, "say": true, "discuss": true, "elaborate": true, "speculate": true, "answer": true,
	"respond": true, "confirm": true, "specify": true, "identify": true, "name": true, "detail": true,
	"address": true, "disclose": true, "reveal": true, "explain": true, "provide": true,
})

// callsSomething reports whether the "call" at toks[k] names or judges
// what it takes, in a clause that ends before hi: "called him a liar",
// "called the plan a disaster", "calls Boston her home town", "called
// them baseless", "called the levy and the fee for moorings unfair and
// costly". The object may run on through "of", "for" and other
// prepositions and "and" ([analyzer.callObjectWord]); what it is called
// is "a" or "an" and a noun, a phrase that "the" or a possessive opens
// and the clause ends after ([analyzer.namedAs]), or judging adjectives
// ([analyzer.judgedFrom]). It returns where what the object is called
// ends, or 0.
func (a *analyzer) callsSomething(k, hi int) int {
	if a.class(k-1) == determiner || a.isPunct(k-1, '-') || a.isWord(k+1, "half") || a.wordIn(notJudging, k+1) {
		return 0 // "a close call", "name-calling", "called half a dozen directors", "called back the crews"
	}
	o := k + 1
	if o >= hi {
		return 0
	}
	if a.objectPronoun(o) {
		o++
		if e := a.calledAs(o, hi); e > 0 {
			return e
		}
		// "called them baseless and …", "called him competent.": a
		// word right after a pronoun, ending the clause.
		if o+1 >= hi || a.toks[o].kind != tWord || a.toks[o].cap || a.class(o) != openClass || a.verbForm(o) || a.adverb(o) || a.wordIn(notJudging, o) {
			return 0
		}
		if a.isPunct(o+1, ',') || a.isPunct(o+1, '.') || a.isWord(o+1, "and") || a.isWord(o+1, "but") {
			return o + 1
		}
		return 0
	}
	if a.isWord(o, "it") || a.isWord(o, "this") || a.isWord(o, "that") || a.isWord(o, "her") && a.class(o+1) == determiner {
		// "calls it the harbor's prom", "called this unfair", "called
		// her the best mayor": a pronoun, if what it is called follows.
		return a.calledAs(o+1, hi)
	}
	if p := a.rightPhrase(o, min(hi, o+8)); p.ok() && p.kind != Pronoun {
		o = p.hi
	} else if !a.callObjectWord(o, o) {
		return 0
	}
	// A longer object: "called the charges baseless", "called Ruiz's
	// vote for the levy a mistake", "called the fee and the delay
	// unfair". Its words are read to where a verb or a clause break
	// stops them, and at each, what follows may be what it is called.
	lim := min(hi, k+1+maxCallObject)
	for j := k + 2; j <= lim; j++ {
		if a.callObjectEnds(j - 1) {
			if j >= o {
				if e := a.calledAs(j, hi); e > 0 {
					return e
				}
			} else if e := a.judgedFrom(j, hi); e > 0 {
				return e
			}
		}
		if j == lim || j >= o && !a.callObjectWord(j, k+1) {
			return 0
		}
	}
	return 0
}

// calledAs returns where what a "call" names or judges its object ends,
// if it starts at toks[o] ([analyzer.namedAs], then
// [analyzer.judgedFrom]), or 0.
func (a *analyzer) calledAs(o, hi int) int {
	if e := a.namedAs(o, hi); e > 0 {
		return e
	}
	return a.judgedFrom(o, hi)
}

// callEndsAt reports whether the writer's words go on at toks[e],
// after a report that may end there: a conjunction of time or cause
// ("before explaining why"), or after a comma a participle or "and" or
// "but" and a new clause.
func (a *analyzer) callEndsAt(e int) bool {
	switch {
	case a.toks[e].kind == tPunct && isDash(a.toks[e].r):
		return true // "called the levy unfair - and it is"
	case a.isPunct(e, ','):
		return e+1 < len(a.toks) && a.toks[e+1].kind == tWord && !a.toks[e+1].cap && strings.HasSuffix(a.word(e+1), "ing") || a.isWord(e+1, "and") || a.isWord(e+1, "but")
	case a.class(e) == conjunction:
		return !a.isWord(e, "and") && !a.isWord(e, "or") && !a.isWord(e, "that") && !a.isWord(e, "what") && !a.isWord(e, "if")
	}
	return false
}

// maxCallObject is how many words the object of "called" may have
// before what it is called: "called Ruiz's vote on the harbor levy last
// spring" is already long.
const maxCallObject = 12

// callObjectWord reports whether toks[j] may stand inside the object of
// a "call" that starts at toks[lo]: a word of a noun phrase, a
// preposition that joins one to it, or "and" between two; not a verb, a
// pronoun that opens a clause, punctuation or a quotation.
func (a *analyzer) callObjectWord(j, lo int) bool {
	if uint(j) >= uint(len(a.toks)) {
		return false
	}
	t := &a.toks[j]
	if t.kind != tWord || t.depth != 0 {
		return false
	}
	switch a.nameClass(j) {
	case openClass:
		return t.cap || !(j > lo && a.pastTense(j) && !a.judging(j)) && !strings.HasSuffix(a.word(j), "ing")
	case determiner:
		return true
	case preposition:
		return j > lo && a.wordIn(objectPrepositions, j)
	case conjunction:
		return j > lo && (a.isWord(j, "and") || a.isWord(j, "or"))
	}
	return false
}

// objectPrepositions join a phrase to the object of "called": "the
// vote for the levy", "the talks with the union".
var objectPrepositions = newFoldSet(map[string]bool{
	"of": true, "for": true, "on": true, "in": true, "with": true, "about": true, "from": true, "against": true, "over": true, "by": true, "at": true, "between": true,
})

// callObjectEnds reports whether toks[j] may end the object of "called":
// a noun or a name, not an article, a possessive, a preposition or "and".
func (a *analyzer) callObjectEnds(j int) bool {
	t := &a.toks[j]
	if t.kind != tWord || a.possessive(j) {
		return false
	}
	c := a.nameClass(j)
	return c == openClass && !a.adverb(j) || c == objectPronoun
}

// namedAs returns where what a "call" names its object ends, if it
// starts at toks[o]: hi after "a" or "an" and a noun ("a liar", but not
// "a second time"), whose clause may run on, or the end of a phrase that
// "the" or a possessive opens and the clause ends after ("her home
// town.", "the harbor's prom,"), not a time ("the next day"). It returns
// 0 where there is none.
func (a *analyzer) namedAs(o, hi int) int {
	if o+1 >= hi || a.toks[o].kind != tWord || a.toks[o+1].kind != tWord {
		return 0
	}
	if a.isWord(o, "a") || a.isWord(o, "an") {
		if a.class(o+1) != openClass || a.wordIn(notNaming, o+1) {
			return 0
		}
		return hi // "a liar who …": the report runs on to the clause's end
	}
	if a.toks[o].cap || !a.isWord(o, "the") && !a.wordIn(possessiveDeterminers, o) {
		return 0
	}
	p := a.rightPhrase(o, hi)
	if !p.ok() || p.hi-p.lo < 2 {
		return 0
	}
	for j := p.lo + 1; j < p.hi; j++ {
		if a.wordIn(notNaming, j) || a.class(j) == timeWord || a.isWord(j, "same") || a.isWord(j, "moment") {
			return 0 // "called her the next day"
		}
	}
	if !a.callClauseEnds(p.hi, hi) {
		return 0
	}
	return p.hi
}

// judgedFrom returns where a judgment that starts at toks[j] and ends a
// clause before hi ends, or 0: judging adjectives ([analyzer.judging])
// after an adverb perhaps, and joined by "and", "or" or a comma
// ("baseless and false", "very costly"), before a clause break or a
// preposition ("unfit for office").
func (a *analyzer) judgedFrom(j, hi int) int {
	n := 0
	for j < hi {
		for j < hi && (a.adverb(j) || a.isWord(j, "very") || a.isWord(j, "so") || a.isWord(j, "too") || a.isWord(j, "not")) {
			j++
		}
		if j >= hi || !a.judging(j) {
			return 0
		}
		j++
		n++
		if j+1 < hi && (a.isWord(j, "and") || a.isWord(j, "or") || a.isPunct(j, ',')) && (a.judging(j+1) || a.isWord(j+1, "very") || a.adverb(j+1)) {
			j++
			continue
		}
		break
	}
	if n > 0 && (a.callClauseEnds(j, hi) || a.class(j) == preposition) {
		return j
	}
	return 0
}

// callClauseEnds reports whether a clause may end before toks[j]: at
// punctuation or a quotation mark, at a conjunction, or at hi.
func (a *analyzer) callClauseEnds(j, hi int) bool {
	if j >= hi {
		return true
	}
	t := &a.toks[j]
	return t.kind != tWord || a.class(j) == conjunction
}

// judging reports whether toks[j] is an adjective that judges, in
// lower case: one of judgingWords, or a word of a form that judges
// ("baseless", "outrageous", "shameful", "unacceptable", "un-American",
// "anti-union").
func (a *analyzer) judging(j int) bool {
	if uint(j) >= uint(len(a.toks)) {
		return false
	}
	t := &a.toks[j]
	if t.kind != tWord || t.cap || a.class(j) != openClass {
		return false
	}
	if a.wordIn(judgingWords, j) {
		return true
	}
	w := a.word(j)
	if len(w) < 6 || a.wordIn(notJudgingForms, j) {
		return false
	}
	switch {
	case strings.HasSuffix(w, "less"), strings.HasSuffix(w, "ous"), strings.HasSuffix(w, "ful"),
		strings.HasSuffix(w, "able") && !strings.HasSuffix(w, "etable"), strings.HasSuffix(w, "ible"):
		return true
	case strings.HasPrefix(w, "anti-"), strings.HasPrefix(w, "un-"), strings.HasPrefix(w, "ill-"):
		return true
	case strings.HasPrefix(w, "un") && !strings.HasPrefix(w, "und") && !strings.HasPrefix(w, "uni") && !strings.HasPrefix(w, "unt") && !strings.HasPrefix(w, "unl"):
		return !strings.HasSuffix(w, "ment") && !strings.HasSuffix(w, "ion") && !strings.HasSuffix(w, "ity") && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ing")
	}
	return false
}

// judgingWords are adjectives that judge, of forms that judging does
// not tell: "called the charges false", "called the vote rigged".
var judgingWords = newFoldSet(map[string]bool{
	"false": true, "wrong": true, "unfair": true, "unfit": true, "fair": true, "absurd": true, "racist": true,
	"sexist": true, "bigoted": true, "biased": true, "flawed": true, "rigged": true, "misguided": true,
	"misleading": true, "illegal": true, "illegitimate": true, "immoral": true, "unethical": true,
	"inaccurate": true, "inappropriate": true, "irrelevant": true, "irresponsible": true, "lawful": true,
	"legal": true, "legitimate": true, "appropriate": true, "accurate": true, "correct": true,
	"corrupt": true, "crazy": true, "insane": true, "silly": true, "stupid": true, "dumb": true,
	"foolish": true, "cruel": true, "dishonest": true, "hypocritical": true, "pathetic": true,
	"idiotic": true, "xenophobic": true, "chaotic": true, "tragic": true, "historic": true,
	"premature": true, "naive": true, "divisive": true, "offensive": true, "destructive": true,
	"counterproductive": true, "excessive": true, "extreme": true, "radical": true, "conservative": true,
	"liberal": true, "moderate": true, "progressive": true, "critical": true, "crucial": true,
	"essential": true, "vital": true, "important": true, "necessary": true, "unnecessary": true,
	"disappointing": true, "troubling": true, "encouraging": true, "positive": true, "productive": true,
	"constructive": true, "excellent": true, "great": true, "terrible": true, "horrible": true,
	"awful": true, "bad": true, "good": true, "bogus": true, "phony": true, "fake": true, "unwise": true,
	"unconstitutional": true, "inadequate": true, "incompetent": true, "motivated": true,
	"exaggerated": true, "overblown": true, "outdated": true, "disgusting": true, "insulting": true,
	"inevitable": true, "invalid": true, "reckless": true, "weak": true, "strong": true, "serious": true,
	"untrue": true, "unjust": true, "unwarranted": true, "unprecedented": true, "unrealistic": true,
})

// notJudgingForms are words of a judging adjective's form that are no
// such adjective: "a handful of", "a vegetable".
var notJudgingForms = newFoldSet(map[string]bool{
	"handful": true, "bible": true, "cable": true, "uncle": true, "unrest": true, "unease": true,
	// after a noun, the one that is so: "called the agency responsible
	// for the dam", "called the nurse available that night".
	"responsible": true, "available": true, "eligible": true, "capable": true, "accessible": true,
	"suitable": true, "liable": true, "applicable": true, "possible": true, "visible": true,
})

// notJudging are words after "called them" that say where, not what:
// "called them together", "called him home".
var notJudging = newFoldSet(map[string]bool{
	"together": true, "inside": true, "outside": true, "home": true, "back": true, "over": true, "down": true,
	"up": true, "in": true, "out": true, "off": true, "away": true, "forward": true, "downstairs": true,
	"upstairs": true, "aside": true, "again": true, "today": true, "yesterday": true, "tonight": true,
	"twice": true,
})

// notNaming are words after "called him a" that say how often or what
// for, not what someone is: "called his lawyer a second time", "called
// her a cab".
var notNaming = newFoldSet(map[string]bool{
	"second": true, "third": true, "fourth": true, "few": true, "couple": true, "lot": true,
	"number": true, "cab": true, "taxi": true, "day": true, "week": true, "month": true, "year": true,
	"dozen": true, "half": true, "total": true, "bit": true,
})

// callParticle returns the index of the "for" or "on" that makes the
// "call" at toks[k] a report ("called for a repeal", "called Wednesday
// on Congress to act"), or -1.
func (a *analyzer) callParticle(k int) int {
	if a.class(k-1) == determiner || k > 1 && a.class(k-2) == determiner && a.class(k-1) == openClass && !a.toks[k-1].cap {
		return -1 // "a close call on the bridge" is a noun
	}
	j := k + 1
	if a.isCapWord(j) && a.class(j) == timeWord {
		j++
	}
	if a.isWord(j, "for") || a.isWord(j, "on") {
		return j
	}
	return -1
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
// called is where what a "call" with no particle names or judges its
// object ends ([analyzer.callsSomething]), or 0.
func (a *analyzer) reported(k int, v cueVerb, s sentence, called int) {
	// pk is the participle that leads the frame: the cue itself, or the
	// verb that leads to it in ", going on to say that …".
	pk := k
	lv := a.leadingVerb(k)
	if lv >= s.lo && strings.HasSuffix(a.word(lv), "ing") {
		pk = lv
	}
	word := a.word(pk)
	// pb is the word before the -ing form, past the adverbs between them
	// when an auxiliary or a word that links a participle to its clause
	// stands before those: "is suddenly promising", ", also calling on …",
	// "while also saying …", "by first saying …".
	ing := len(word) > 3 && word[len(word)-3:] == "ing"
	pb := pk - 1
	tie, with := noTie, phrase{} // how the -ing form after pb ties to a clause, once read
	if ing && pb > s.lo && (a.class(pb) == auxiliary || a.adverb(pb)) {
		for pb > s.lo && (a.class(pb) == auxiliary && !a.verbAuxiliary(pb) || a.adverb(pb)) {
			pb--
		}
		if !a.verbAuxiliary(pb) && !a.runOnSubject(pb) {
			if tie, with = a.participleTie(pb, s.lo); tie == noTie {
				pb = pk - 1
			}
		}
	}
	// After an auxiliary, or a pronoun with one run on ("He’s suggesting
	// that …", "they're saying …"), the -ing form is the finite verb of
	// its clause, not a participle.
	participle := ing && a.class(pb) != auxiliary && !a.runOnSubject(pb)
	var sp phrase
	if participle && pk == k {
		if at, ok := a.leadingReport(k, v, s); ok {
			// "Noting that the deal was dead, Ruiz turned to …"
			a.cands = append(a.cands, at)
			return
		}
	}
	if participle {
		// ", adding that …", or "…of “Morning Show,” adding that …": the
		// speaker is the sentence's subject.
		if a.quotedAs(pb) {
			sp = a.subject(pb-1, s.lo) // "Hale was quoted as saying …"
			if !sp.ok() {
				return
			}
		} else {
			if tie == noTie {
				tie, with = a.participleTie(pb, s.lo)
			}
			switch tie {
			case withTie:
				sp = with // "with 40 percent of anglers saying they …"
			case documentTie:
				sp = a.firstSubject(s, pk) // "released a statement saying …"
			case linkTie:
				if sp = a.firstSubject(s, pk); a.isWord(pb, "and") || a.isWord(pb, "by") {
					sp = a.orConjunct(sp, pb+1, s.lo) // "Citizens for Growth, has run ads … and calling on"
					if c := a.conjunctSubject(pb+1, s.lo); c.ok() && c.lo > s.lo && (a.isWord(c.lo, "who") || a.factSubordinator(c.lo-1)) {
						// "The crowd cheered as Ruiz won the seat by
						// promising …", "Hale, who won by promising …":
						// the subject of the clause the participle ends.
						sp = c
					}
				}
			default:
				return
			}
		}
	} else {
		sp = a.subjectLed(k, s.lo, lv)
		if sp.ok() && (a.isWord(sp.lo-1, "what") || a.isWord(sp.lo-1, "how")) && sp.lo-1 == a.sentenceStart(s) {
			return // "What the governor said was misleading": the clause is a subject
		}
		if !sp.ok() && (a.coordinated(k, s.lo) || a.listedDeed(k, s)) {
			// "Scott beamed and asked …", "said the levee was weak,
			// warned that …": the subject of the first verb;
			// but in "met protesters, who marched and demanded …" the
			// relative pronoun's.
			if w := a.relativeBefore(k, s.lo); w >= 0 && a.isWord(w, "who") {
				sp = phrase{w, w + 1, Pronoun}
			} else if c := a.conjunctSubject(k, s.lo); c.ok() && c.lo > s.lo && a.factSubordinator(c.lo-1) && !a.hasPunct(c.hi, k, ',') && !a.isWord(c.lo-1, "as") {
				// "The crowd cheered when Ruiz thanked the city and
				// said …": the subject of the clause both verbs are in.
				sp = c
			} else {
				sp = a.orConjunct(a.firstSubject(s, k), k, s.lo)
			}
		}
	}
	// "described the plan as a disaster", "accused the board of ignoring
	// families": the object and what it is cast as are what was said.
	casts := v.flags&cueQuoteOnly != 0 && a.castsAs(k, v, s.hi)
	inverted := false
	if !sp.ok() && !participle && a.isPunct(k-1, ',') {
		if sp = a.rightPhrase(a.pastParticle(k+1, v), s.hi); a.clauseSubject(sp) {
			sp = phrase{} // "…, including Jebens, said they had …"
		} else if sp.hi-sp.lo == 1 && (a.objectPronoun(sp.lo) || a.isWord(sp.lo, "it")) {
			sp = phrase{} // "…, found the post, reported it to the police": an object
		} else if sp.ok() && a.deedsAfter(sp) {
			sp = phrase{} // "coaches a team, writes a weekly column and runs …": deeds
		}
		inverted = true
	} else if sp.ok() && !participle && a.isPunct(k-1, ',') && sp.hi < k && v.flags&cueObject == 0 && !casts {
		// "Even if it closed, the work would go on, said DeSantis.": a
		// name right after the cue speaks, not a phrase before the comma.
		if p := a.rightPhrase(a.pastParticle(k+1, v), s.hi); p.ok() && p.kind == Name && (a.isPunct(p.hi, ',') || a.isPunct(p.hi, '.') || p.hi >= s.hi) {
			sp, inverted = p, true
		}
	}
	if !sp.ok() {
		return
	}
	for j := sp.lo; j < sp.hi; j++ {
		if a.used[j] && !a.toks[j].cap && a.cueAt(j) {
			return // "X said in her first speech that": "said" has the report
		}
	}
	if v.flags&cueNounLike != 0 && sp.hi == k && sp.hi-sp.lo == 1 && a.numeral(sp.lo) {
		return // "one of 12 towns where …"
	}
	// speaker is who said it: sp, unless sp is the article and modifiers
	// of a cue that is a noun, as in "made a surprising claim that …" or
	// "made the following comment:", which the sentence's subject made.
	speaker := sp
	if maker, own := a.nounCueMaker(sp, k, v, s.lo); own {
		speaker = maker
	}
	if v.nounForm() && (a.nounLikeVerb(k, sp) || a.afterAuxiliary(k)) {
		v.plain = false // "Harbor officials note the mayor would …", "did not mention Hale"
	}
	after := k + 1
	if inverted {
		after = sp.hi
	}
	particle := -1
	if v.lemma == "call" {
		particle = a.callParticle(k)
	}
	if particle > 0 && !inverted {
		after = particle + 1 // called for, called on, called Wednesday for
	} else if v.flags&cueParticle != 0 && !inverted {
		after++ // pointed out, shot back
	}
	if v.lemma == "call" && particle < 0 {
		// ", calling them rapists": the object and what it was called.
		end := a.clauseEnd(k+1, s.hi)
		// "called her son her hero before explaining why", "calls it
		// the harbor's prom, raising eyebrows": what the object is
		// called ends the report where the writer's words go on.
		if called > k+1 && called < end && a.callEndsAt(called) {
			end = called
		}
		if end-(k+1) >= 2 && !inverted {
			at := attribution{parts: a.part(a.span(k+1, end)), kind: Indirect, conf: 0.6}
			a.fill(&at, k, v, speaker)
			a.cands = append(a.cands, at)
		}
		return
	}
	nounContent, askedAbout := false, false
	if !inverted && !v.plain && (a.isWord(after, "against") || a.isWord(after, "about") || a.isWord(after, "of") && (v.lemma == "warn" || v.lemma == "boast" || v.lemma == "brag") || a.isWord(after, "for") && v.lemma == "ask" && a.class(after+1) != conjunction && a.class(after+1) != auxiliary) && v.lemma != "say" {
		// warned against hackers, asked about the plan, warned of a
		// “ferocious” fight, asked for a recount (but not "the cards they
		// never asked for or wanted")
		after++
		nounContent = true
	} else if v.lemma == "ask" && !inverted {
		// "asked the mayor about the ferry", "could ask him about it": the
		// one asked is the listener, what it was asked about the report.
		o := after + 1
		if !a.objectPronoun(after) && !a.isWord(after, "her") {
			o = a.rightPhrase(after, s.hi).hi
		}
		if o > after && a.isWord(o, "about") && o+1 < s.hi {
			after, nounContent, askedAbout = o+1, true, true
		}
	}
	j := after
	if !askedAbout {
		j = a.skipAdjuncts(after, s.hi, v)
	}
	cast := casts && !inverted
	if cast && a.objectPronoun(after) {
		j = after // "described himself as a conservative": the object is cast
	}
	// "urged sailors to follow the ruling": the one urged is part
	// of what was said, unlike the listener of "told reporters that".
	objectTo := false
	if v.flags&cueInfinitive != 0 && (a.isWord(j, "to") || a.isWord(j, "not") && a.isWord(j+1, "to")) && j > after && !inverted {
		if o := a.rightPhrase(after, j); o.ok() && o.hi == j || a.objectPronoun(after) && after+1 == j {
			j, objectTo = after, !v.plain
		}
	}
	// "The strike, union officials said, will continue": set off by commas,
	// and what follows has no subject of its own.
	interrupted := !inverted && a.isPunct(sp.lo-1, ',') && a.isPunct(j-1, ',') && j-1 > k && j < s.hi &&
		a.toks[j].kind == tWord && !a.isWord(j, "that") && !a.reportParticiple(j) && (a.class(j) != conjunction || a.reasonGoesOn(j) || a.sceneBefore(sp.lo-1, s)) && (a.class(j) != preposition || a.infinitive(j) || a.atLeast(j)) &&
		// "replacing Ruiz would be costly" goes on with the
		// report; ", ending three years of talks" is the writer's.
		(!strings.HasSuffix(a.word(j), "ing") || a.hasAuxiliary(j+1, a.clauseEnd(j, s.hi)))
	// "…, lawmakers said Friday, as they bristled": after a comma the
	// report comes before the cue, unless "that" or a quotation follows.
	commaAfter := j < s.hi && a.isPunct(j-1, ',') && j-1 > k && !a.isWord(j, "that") && a.toks[j].kind != tOpen
	if commaAfter && !inverted && !participle && sp.lo <= a.sentenceStart(s) {
		// "Ortiz says, rain or shine, she's staying": nothing stands before
		// the speaker, so the report follows the comma.
		commaAfter = false
	}
	if !commaAfter && !inverted && !a.isWord(j, "that") && j < s.hi {
		// "said Thursday during a forum in Dover, Maine, that towns can
		// …": the complementizer a little further on.
		if t := a.thatAhead(j, s.hi, v.flags&cueObject != 0); t > 0 && !(v.flags&cueObject != 0 && j > after && a.class(j) == determiner && !a.timePhrase(j)) {
			j = t // but in "told reporters the bill that the House passed was …" the bill is the report's subject
		}
	}
	end := a.clauseEnd(j, s.hi)
	that := a.isWord(j, "that")
	// "It is no surprise, Ruiz said, that the levy failed": set off by
	// commas before "that", the attribution interrupts a clause that
	// starts the sentence, and what was said is both halves.
	head := Span{}
	if that && !inverted && a.isPunct(sp.lo-1, ',') && a.isPunct(j-1, ',') && j-1 > k {
		if lo := a.sentenceStart(s); sp.lo-1-lo >= 2 && sp.lo-1-lo <= maxClauseTokens && a.hasFiniteVerb(lo, sp.lo-1) && !a.dashAhead(lo, sp.lo-1) {
			head = a.span(lo, sp.lo-1)
		}
	}
	if that {
		j++
	}
	for j < end && a.toks[j].kind == tPunct && a.toks[j].r != '(' {
		j++
	}
	if a.isWord(sp.lo, "who") || a.isWord(sp.lo, "which") || a.subordinate(sp.lo, s.lo) || a.isWord(sp.lo-1, "which") || a.isWord(sp.lo-1, "whom") {
		// "Tom Hale, who said he would …, arrived": the relative or
		// subordinate clause ends at its comma, or at a dash after a clause:
		// "When Ruiz noted that Hale paid no taxes ― as was true ― Hale
		// boasted", but not "who said the plan — a $2 billion overhaul —
		// would fail".
		end = a.subordinateEnd(j, end)
	} else if participle && a.isPunct(pb, ',') && sp.ok() && sp.hi == pb && !a.hasFiniteVerb(a.sentenceStart(s), sp.lo) {
		// "Ana Ruiz, saying the plan failed, left the room": the aside
		// after the subject ends at the comma before the subject's verb.
		end = a.asideEnd(j, end)
	}
	end = a.trimMedium(j, a.trimTime(j, end))
	if a.isWord(sp.lo-1, "as") && !inverted && (commaAfter || a.trimEnd(j, s.hi) <= j) {
		// "As the Harbor Post reported, Hale was accused …" and "…, as the
		// Ledger reported on Sunday.": the report is the main clause.
		lo := a.sentenceStart(s)
		for lo < sp.lo-1 && (a.isWord(lo, "and") || a.isWord(lo, "but") || a.isWord(lo, "so")) {
			lo++ // "And as Ruiz pointed out, …"
		}
		var part Span
		// "The plan failed, and as Hale noted, the council must act": a
		// conjunction before "as" opens a clause of its own, which the
		// report is, as at the sentence's head.
		joined := commaAfter && (a.isWord(sp.lo-2, "and") || a.isWord(sp.lo-2, "but")) && a.isPunct(sp.lo-3, ',')
		// So does "that" before the comma, and a phrase with no verb of
		// its own, which sets the report's scene: "given that, as the Post
		// reported, she leads", "However, as Hale noted, …", "A week ago,
		// as the Post reported, the council met" (a phrase of time or
		// place is the report's too).
		var lead Span
		set := commaAfter && !joined && sp.lo-1 > lo && a.isPunct(sp.lo-2, ',') && (a.isWord(sp.lo-3, "that") || sp.lo-2-lo <= 6 && a.sceneOpener(lo, sp.lo-2))
		if set && (sp.lo-3 == lo && a.isWord(lo, "that") || !a.isWord(sp.lo-3, "that") && sp.lo-2-lo >= 2 && a.settingWord(lo, sp.lo-2)) {
			lead = a.span(lo, sp.lo-2) // but "Of course, as Hale noted, …"; "And that, as Hale noted, is …" is the subject
		}
		if sp.lo-1 <= lo || joined || set {
			e := a.clauseEnd(j, s.hi)
			if set && a.subordinator(lo) {
				e = a.subordinateEnd(j, e) // "If, as Hale noted, rates rise, the town will pay"
			}
			if e-j >= 3 && commaAfter {
				part = a.span(j, e)
			}
		} else if e := a.trimEnd(lo, sp.lo-1); e-lo >= 3 {
			part = a.span(lo, e)
		}
		if !part.IsZero() {
			at := attribution{parts: a.part(part), kind: Indirect, conf: 0.45}
			if !lead.IsZero() {
				at.parts = append(a.part(lead), at.parts[0])
			}
			a.fill(&at, k, v, speaker)
			a.cands = append(a.cands, at)
		}
		return
	}
	// "an event that Hale says led him to the ministry", "a policy which
	// critics say allowed …": in a relative clause what was said has its
	// subject before the speaker.
	relative := !that && !inverted && sp.hi == k && (a.isWord(sp.lo-1, "that") || a.isWord(sp.lo-1, "which")) && sp.lo-2 >= s.lo && a.class(sp.lo-2) == openClass && !a.toks[sp.lo-2].cap && (a.class(j) == auxiliary && !a.toks[j].cap || a.pastTense(j)) ||
		// "30 applicants, which he said were evenly split", "Ana Ruiz,
		// who he claims has been rude": set off by a comma, the clause's
		// own verb follows the cue at once.
		!that && !inverted && sp.hi == k && j == k+1 && (a.isWord(sp.lo-1, "which") || a.isWord(sp.lo-1, "who")) && a.isPunct(sp.lo-2, ',') && sp.kind == Pronoun && a.class(j) == auxiliary && !a.toks[j].cap
	if pe := a.proFormEnd(j, end); pe > j && !interrupted && !commaAfter && !inverted && !that && (v.lemma == "say" || v.lemma == "answer" || v.lemma == "reply" || v.lemma == "respond") {
		// "55 percent said so", "half said no", "48 percent say the same
		// of Hale": a word stands for the clause.
		at := attribution{parts: a.part(a.span(j, pe)), kind: Indirect, conf: 0.6}
		a.fill(&at, k, v, speaker)
		a.cands = append(a.cands, at)
		return
	}
	// "The vote failed, Hale said when he was asked": the report stands
	// before the speaker, and the clause after the cue is the writer's.
	fronted := !that && a.isPunct(sp.lo-1, ',') && sp.lo-1-a.sentenceStart(s) >= 3 && a.writerTime(j, s.hi) && a.hasFiniteVerb(a.sentenceStart(s), sp.lo-1) && !a.subordinator(a.sentenceStart(s))
	if !interrupted && !commaAfter && !fronted && end-j >= 2 && !inverted && v.flags&cueNoClause == 0 && (objectTo || relative || that && (!v.nounForm() || a.class(j) == pronoun || a.class(j) == determiner || a.isCapWord(j)) || v.flags&cueThat == 0 && (nounContent || cast || a.clauseStart(j, end, v) || v.lemma == "call" || a.reportedDeed(k, j, v))) {
		// "asked for a photo": a request, whose object is a noun phrase.
		askedFor := v.lemma == "ask" && a.isWord(j-1, "for")
		if !that && !objectTo && (v.flags&cueNounObject != 0 || askedFor) && !a.hasFiniteVerb(j, end) {
			end = a.trimDate(j, end) // "announced her bid in March 2019"
		}
		if !that && !objectTo && (v.flags&cueNounObject != 0 || askedFor) && !a.isWord(j, "to") {
			end = a.nounObjectEnd(j, end)
		}
		for w := j + 2; cast && w < end; w++ {
			if a.isWord(w, "with") && a.participleAhead(w+1, min(end, w+6)) {
				end = w // "described themselves as anglers with a fifth saying …"
			}
		}
		if relative && a.isPunct(sp.lo-2, ',') {
			// "The mayor, who he said was at the meeting, declined": the
			// relative clause ends at its comma.
			end = a.commaEnd(j, end)
		}
		at := attribution{parts: a.part(a.span(j, end)), kind: Indirect, conf: 0.7}
		if relative {
			at.parts = append(a.part(a.toks[sp.lo-1].Span), at.parts[0])
		} else if !head.IsZero() {
			at.parts = append(a.part(head), at.parts[0])
		}
		a.fill(&at, k, v, speaker)
		a.cands = append(a.cands, at)
		return
	}
	if a.isPunct(j, ':') || a.isPunct(j-1, ':') {
		return // "In a 1987 sermon, she declared:" introduces what follows
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
	// "…, her chief aide, Dan Reyes, told …": the description before the
	// name is the speaker's too.
	if !inverted && sp.kind == Name && a.isPunct(first-1, ',') {
		if p := a.leftPhrase(first-1, s.lo); p.ok() && p.kind == Description && p.hi-p.lo <= 5 && (a.class(p.lo) == determiner || a.possessive(p.lo)) && a.isPunct(p.lo-1, ',') {
			first = p.lo
		}
	}
	if (v.flags&cueNoClause != 0 || v.nounForm()) && sp.kind == Description {
		return // "…, attacks would continue.", "…, 18 states, …" are no reports
	}
	if inverted && sp.kind == Description && a.class(sp.lo) != determiner && !a.commonHead(sp.hi-1) {
		return // "…, posted one-sided news" names no speaker
	}
	lo := a.settingEnd(a.sentenceStart(s), first-1, interrupted)
	before := a.trimEnd(lo, first-1)
	if before-lo < 3 && !(interrupted && before > lo) {
		return
	}
	if !interrupted && a.class(lo) == preposition && !a.hasFiniteVerb(lo, before) {
		return // "In a memo on Friday, Ruiz told her staff about …": a setting, not what was said
	}
	at := attribution{parts: a.part(a.span(lo, before)), kind: Indirect, conf: 0.75}
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
	case rest > after && a.isPunct(rest-1, ',') && a.reportGoesOn(rest, s.hi):
		if e := a.clauseEnd(rest, s.hi); e-rest >= 2 {
			at.parts = append(at.parts, a.span(rest, e))
		}
	case rest < s.hi && a.toks[rest].kind == tPunct && isDash(a.toks[rest].r) && a.dashComment(rest, s.hi):
		// "…, the harbor board reported on Sunday -- a change
		// that …": the writer's comment on the report.
	case rest > after && a.isPunct(rest-1, ',') && (a.isWord(rest, "as") || a.isWord(rest, "when")) && (a.class(rest+1) == pronoun || a.class(rest+1) == determiner):
		// "…, lawmakers said Friday, as they bristled at …": when it was
		// said, in the writer's words.
	case a.writerTime(rest, s.hi) && a.hasFiniteVerb(lo, before) && !a.subordinator(lo):
		// "…, Hale said as he left the hall.": the same without a comma.
	case rest < s.hi-1 && !a.isPunct(rest, '.') && !a.isPunct(rest, ',') && !(a.isPunct(rest-1, ',') && (strings.HasSuffix(a.word(rest), "ing") || a.writerResumes(rest, s.hi) || a.andThen(rest))) && !((sp.kind == Name || a.isPunct(rest-1, ',')) && (a.class(rest) == preposition && !a.infinitive(rest) || a.isWord(rest, "after") || a.isWord(rest, "before")) && a.plainAdjuncts(rest, a.trimEnd(rest, s.hi))):
		return
	}
	a.fill(&at, k, v, speaker)
	a.cands = append(a.cands, at)
}

// sceneBefore reports whether the words of sentence s before the comma
// at toks[c] are a short phrase with no verb of its own, which sets the
// scene of the sentence's clause rather than being it: "In the early
// 1990s, Ruiz said, when she ran the shop, …", "Last year, Hale said,
// …".
func (a *analyzer) sceneBefore(c int, s sentence) bool {
	lo := a.sentenceStart(s)
	return c > lo && c-lo <= 6 && !a.hasFiniteVerb(lo, c)
}

// runOnSubject reports whether toks[j] is a pronoun that speaks with its
// auxiliary run on, before an -ing form: "He’s saying", "they're
// telling"; not "it", which there is seldom anyone: "It's telling that
// the mayor left", "it’s revealing that no one came".
func (a *analyzer) runOnSubject(j int) bool {
	if a.class(j) != pronoun || !contractedPronoun(a.word(j)) {
		return false
	}
	w := a.word(j)
	return len(w) < 2 || w[0]|0x20 != 'i' || w[1]|0x20 != 't'
}

// A participleTie tells how a participle ties to the clause whose
// subject speaks: see [analyzer.participleTie].
type participleTie uint8

const (
	noTie       participleTie = iota
	withTie                   // "with 40 percent of anglers saying …": the phrase after "with" speaks
	documentTie               // "released a statement saying …": the document's maker speaks
	linkTie                   // ", adding …", "and calling …", "by first saying …"
)

// participleTie reports how the participle after toks[j], or after the
// adverbs that follow toks[j], ties to the clause whose subject speaks:
// toks[j] ends the phrase after "with" in "with 40 percent of anglers
// saying …", which it returns, or a document's name in "released a
// statement saying …"; or it is a link, a comma (after a quotation's
// closing mark too), a dash, "and", "by", "after", "while" or "before".
func (a *analyzer) participleTie(j, lo int) (participleTie, phrase) {
	if j < 0 {
		return noTie, phrase{}
	}
	if p := a.leftPhrase(j+1, lo); p.ok() && a.isWord(p.lo-1, "with") && p.kind != Pronoun {
		return withTie, p
	}
	if a.documentBefore(j + 1) {
		return documentTie, phrase{}
	}
	t := &a.toks[j]
	if t.kind == tPunct && (t.r == ',' || isDash(t.r)) || t.kind == tClose && a.isPunct(j-1, ',') ||
		a.isWord(j, "and") || a.isWord(j, "by") || a.isWord(j, "after") || a.isWord(j, "while") || a.isWord(j, "before") {
		return linkTie, phrase{}
	}
	return noTie, phrase{}
}

// quotedAs reports whether toks[j] is the "as" of a passive "quoted as"
// before a participle: "Hale was quoted as saying", "is quoted as
// telling". The one quoted is the subject, and speaks.
func (a *analyzer) quotedAs(j int) bool {
	return a.isWord(j, "as") && j > 1 && a.isWord(j-1, "quoted") && a.passive(j-1)
}

// ownVerb reports whether toks[lo:hi] hold an auxiliary or a past tense,
// the verb of a clause.
func (a *analyzer) ownVerb(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if a.class(j) == auxiliary || a.pastTense(j) {
			return true
		}
	}
	return false
}

// settingEnd returns where a report that stands before its cue starts
// in toks[lo:hi], past the writer's setting: after a colon or semicolon
// ("The tax has not hurt the banks: London is still the hub, Ruiz
// said"), or after the comma that closes a concession opening the
// sentence ("Despite the storm, turnout rose, officials said"; "Though
// the vote is close, Hale will win, Ruiz said"); at lo where there is no
// setting. goesOn says the report goes on after its attribution, where
// the verb of the clause after a colon may stand: "The verdict was
// clear: the plan, Hale said, was a failure".
func (a *analyzer) settingEnd(lo, hi int, goesOn bool) int {
	// The clause after the colon must have a verb; and "…; and the
	// library stayed shut" ends a series that the source covers whole. A
	// report is at most maxClauseTokens long, so only as far back is
	// looked. A colon with no space after it is part of a word: "at
	// 10:30", "a 5:4 ruling".
	for j := hi - 3; j > lo && j >= hi-maxClauseTokens; j-- {
		if t := &a.toks[j]; t.kind == tPunct && t.depth == 0 && (t.r == ':' || t.r == ';') && a.toks[j+1].Start > t.End {
			if !a.isWord(j+1, "and") && !a.isWord(j+1, "or") && !a.isWord(j+1, "but") && (goesOn || a.ownVerb(j+1, hi)) {
				return j + 1
			}
			break
		}
	}
	if !(a.isWord(lo, "despite") || a.isWord(lo, "though") || a.isWord(lo, "although")) {
		return lo
	}
	// The concession ends at a comma that closes no aside of its own: a
	// relative clause ("Despite the storm, which hit at noon, turnout
	// rose") and, for a clause, the words before its verb ("Although
	// Hale, the mayor, lost, he will run again") go on with it.
	clause := !a.isWord(lo, "despite")
	verb, relative := false, false
	for j := lo + 1; j < hi && j < lo+maxClauseTokens; j++ {
		if !a.isPunct(j, ',') || a.toks[j].depth != 0 {
			verb = verb || !relative && (a.class(j) == auxiliary || a.pastTense(j) || a.hasFiniteVerb(j, j+1))
			continue
		}
		relative = false // a comma closes a relative clause
		switch {
		case a.isWord(j+1, "who") || a.isWord(j+1, "which") || a.isWord(j+1, "whose") || a.isWord(j+1, "whom"):
			relative = true
		case clause && !verb:
		case hi-(j+1) >= 3:
			return j + 1
		default:
			return lo
		}
	}
	return lo
}

// nounCueMaker reports whether phrase sp, right before the cue at
// toks[k], is only the article and modifiers of a cue that is a noun
// ("made a surprising claim", "sounded a cautious note"), and returns who
// made it: the subject of a verb of making, or nobody the rules can tell.
func (a *analyzer) nounCueMaker(sp phrase, k int, v cueVerb, lo int) (maker phrase, own bool) {
	if !v.nounForm() || !sp.ok() || sp.hi != k || sp.kind != Description || strings.HasSuffix(a.word(k), "s") || !a.ownModifiers(sp) {
		return phrase{}, false
	}
	if a.wordIn(makingVerbs, sp.lo-1) {
		if p := a.subject(sp.lo-1, lo); p.ok() && p.hi < sp.lo {
			return p, true
		}
	}
	return phrase{}, true
}

// ownModifiers reports whether phrase p, right before a cue of a form
// that is more often a noun and after the verb that takes the noun, is
// that noun's article and modifiers: "made a surprising" claim, "sounded
// a cautious" note, "the same" claim. Such a phrase names no speaker; a
// phrase that ends in a noun that speaks does: "challenged the defense"
// claim. A phrase that opens the sentence is its subject: "The committee
// note that …", "The elderly report …".
func (a *analyzer) ownModifiers(p phrase) bool {
	if !a.isWord(p.lo, "a") && !a.isWord(p.lo, "an") && !a.isWord(p.lo, "the") || p.hi-p.lo < 2 || p.lo == 0 || a.toks[p.lo-1].cap {
		return false
	}
	// After a verb: "made", "sounded", "Critics reject"; not "the
	// tenants claim" after "Because of the delays", where the word before
	// ends a phrase of its own.
	if v := p.lo - 1; a.class(v) != openClass || a.class(v-1) == determiner || a.class(v-1) == preposition || a.possessive(v-1) {
		return false
	}
	for j := p.lo + 1; j < p.hi; j++ {
		if a.toks[j].cap || a.possessive(j) || a.class(j) != openClass {
			return false
		}
	}
	return !a.commonHead(p.hi-1) && !a.wordIn(speakingModifiers, p.hi-1)
}

// speakingModifiers are nouns that, before a noun cue, name who made it:
// "the defense claim", "the agency report".
var speakingModifiers = newFoldSet(map[string]bool{
	"defense": true, "prosecution": true, "agency": true, "union": true, "committee": true,
	"board": true, "party": true, "department": true, "court": true, "panel": true, "council": true,
	"city": true, "state": true, "county": true, "industry": true, "group": true, "staff": true,
	"family": true, "team": true, "opposition": true, "government": true,
})

// makingVerbs make or voice what a noun cue names: "made a claim",
// "issued a warning", "repeated the promise".
var makingVerbs = newFoldSet(map[string]bool{
	"made": true, "make": true, "makes": true, "making": true, "issued": true, "issue": true, "issues": true,
	"offered": true, "offer": true, "repeated": true, "repeat": true, "gave": true, "give": true, "given": true,
	"reiterated": true, "voiced": true, "leveled": true, "levelled": true, "lodged": true, "floated": true,
	"renewed": true, "delivered": true, "sounded": true, "struck": true, "echoed": true, "pushed": true,
	"raised": true, "spread": true, "peddled": true,
})

// dashComment reports whether the dash at toks[j], which may be doubled
// ("--"), opens a comment of the writer's: "a development that …", "a
// move that …".
func (a *analyzer) dashComment(j, hi int) bool {
	for j < hi && a.toks[j].kind == tPunct && isDash(a.toks[j].r) {
		j++
	}
	if !a.isWord(j, "a") && !a.isWord(j, "an") {
		return false
	}
	for k := j + 2; k < hi && k <= j+4; k++ {
		if a.isWord(k, "that") || a.isWord(k, "which") {
			return true
		}
	}
	return false
}

// askedFrame handles a question put to someone: "When asked whether he
// would run, Smith said …", "Asked about the plan, …", "was asked by
// host Dana Ortiz whether …". The asker is the phrase after "by", or
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
	// "Hale was asked to name a single achievement": a request put to the
	// subject, whoever made it; what was asked is the infinitive.
	// So is one after "when" or at the sentence's start ("When asked to
	// leave, Hale refused"), but for a question that the verb puts
	// ("Asked to say whether he would run", read below).
	if a.infinitive(j) && (a.passive(k) || !a.questionWord(j+2)) {
		end := a.commaEnd(j, a.clauseEnd(j, s.hi))
		if end-j >= 3 {
			at := attribution{parts: a.part(a.span(j, end)), kind: Indirect, cue: a.toks[k].Span, lemma: "ask", conf: 0.6}
			if sp.ok() {
				at.speaker, at.skind = a.span(sp.lo, sp.hi), sp.kind
			}
			a.used[k] = true
			a.cands = append(a.cands, at)
		}
		return
	}
	// "asked at the fishing fair about the levy": a place or a
	// time of a few words before what was asked, which the adjuncts below
	// would run into.
	// "asked to explain whether …" asks too, but "asked to testify about"
	// is no question.
	// So may a word of time or manner: "Asked Tuesday about the levy",
	// "asked specifically what it would cost", "asked in May if she would
	// run"; a wh-word after a common noun is a relative one ("asked at the
	// school where …").
	q, to := j, false
	if a.class(j) == preposition && !a.isWord(j, "about") || a.class(j) == timeWord || a.adverb(j) || a.class(j) == auxiliary {
		for q = j + 1; q < s.hi && q <= j+6 && a.toks[q].kind == tWord && !a.pastTense(q) && !a.isWord(q, "about") && !a.askedQuestion(q); q++ {
			to = to || a.isWord(q, "to")
		}
		to = to || a.isWord(j, "to")
	}
	if a.isWord(q, "about") && !to && !a.numeral(q+1) || a.askedQuestion(q) && q > j {
		j = q
	} else {
		j = a.skipAdjuncts(j, s.hi, cueVerb{})
	}
	if j >= s.hi || !(a.isWord(j, "about") || a.questionWord(j) || a.toks[j].kind == tOpen) {
		return
	}
	end := a.clauseEnd(j, s.hi)
	if a.toks[j].kind != tOpen {
		end = a.commaEnd(j, end)
	}
	if end-j < 2 && !(a.whWord(j) && a.isPunct(end, ',')) {
		return // but "When asked why, Ruiz said …"
	}
	end = a.askedTail(j, end)
	at := attribution{parts: a.part(a.span(j, end)), kind: Indirect, conf: 0.6}
	at.cue = a.toks[k].Span
	at.lemma = "ask"
	if sp.ok() {
		at.speaker = a.span(sp.lo, sp.hi)
		at.skind = sp.kind
	}
	a.used[k] = true
	a.cands = append(a.cands, at)
}

// sceneOpener reports whether toks[lo:hi], before the comma of "as Hale
// noted,", is a phrase of time, place or manner with no verb of its own:
// "However", "In the old harbor town", "Just a week ago", "Last year".
func (a *analyzer) sceneOpener(lo, hi int) bool {
	if hi-lo > 1 && !(a.class(lo) == preposition || a.class(lo) == timeWord || a.adverb(lo) || a.class(lo) == auxiliary && !a.verbAuxiliary(lo)) {
		return false
	}
	for j := lo; j < hi; j++ {
		if a.toks[j].kind != tWord || j > lo && a.class(j) == auxiliary && !a.toks[j].cap || a.pastTense(j) || a.cueAt(j) {
			return false
		}
	}
	return true
}

// settingWord reports whether toks[lo:hi] holds a word of time or a
// determiner, which make a phrase a setting ("A week ago", "In the old
// town") and not a writer's aside ("Of course", "In fact").
func (a *analyzer) settingWord(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if a.class(j) == timeWord || a.class(j) == determiner {
			return true
		}
	}
	return false
}

// askedTail returns where what was asked, toks[lo:end], ends before the
// occasion of the asking that closes it: "asked about the levy after a
// debate", "about the plan in an interview", "why she left during an
// appearance on Radio Dover". The occasion is an interview, a debate, a
// hearing and the like a few words after the preposition; after a clause
// of what was asked only one that "a" or "an" opens is cut, since the
// question may tell of its own: "whether she spoke during the debate".
func (a *analyzer) askedTail(lo, end int) int {
	clause := !a.isWord(lo, "about")
	for j := lo + 2; j < end-2; j++ {
		if a.toks[j].depth != 0 || !(a.isWord(j, "during") || a.isWord(j, "in") || a.isWord(j, "after") || a.isWord(j, "before") || a.isWord(j, "at")) {
			continue
		}
		d := j + 1
		if !(a.isWord(d, "a") || a.isWord(d, "an") || !clause && (a.class(d) == determiner || a.possessive(d))) {
			continue
		}
		for n := d + 1; n < end && n <= d+3 && a.toks[n].kind == tWord; n++ {
			if a.mediumNoun(n) || a.wordIn(occasionNouns, n) {
				return a.trimEnd(lo, j)
			}
		}
	}
	return end
}

// occasionNouns are events at which a question is put: "asked about the
// levy during a debate".
var occasionNouns = newFoldSet(map[string]bool{
	"debate": true, "appearance": true, "hearing": true, "forum": true, "rally": true,
	"conference": true, "briefing": true, "luncheon": true, "breakfast": true, "dinner": true,
	"meeting": true, "session": true, "show": true, "broadcast": true, "town": true,
})

// questionWord reports whether toks[j] opens a question that is asked:
// "whether", "if" or a wh-word ([analyzer.whWord]).
func (a *analyzer) questionWord(j int) bool {
	return a.isWord(j, "whether") || a.isWord(j, "if") || a.whWord(j)
}

// askedQuestion reports whether toks[q] opens what was asked after the
// words of time or place that follow "asked": "whether", "if", or a
// wh-word not after a common noun, whose relative it is.
func (a *analyzer) askedQuestion(q int) bool {
	return a.isWord(q, "whether") || a.isWord(q, "if") || a.whWord(q) && !(a.class(q-1) == openClass && !a.toks[q-1].cap && !a.adverb(q-1))
}

// askedAside reports whether "asked" at toks[k] sets off, after a comma,
// the question that an attribution before it answered: "“We will wait,”
// Hale said, asked about the levy", "said Ana Ruiz, asked whether she
// would run". A cue within a few words before the comma tells it from a
// subject's verb ("Ruiz, the chair, asked the clerk to resign"), if it is
// not a relative clause's ("Hale, who said little, asked about the levy").
func (a *analyzer) askedAside(k int) bool {
	if !a.isPunct(k-1, ',') || !a.isWord(k, "asked") {
		return false
	}
	if n := k + 1; !(a.isWord(n, "about") || a.isWord(n, "whether") || a.isWord(n, "if") || a.isWord(n, "by") || a.infinitive(n)) {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-7; j-- {
		if a.toks[j].kind == tWord && !a.toks[j].cap && a.cueAt(j) {
			i := j - 1
			for i > 0 && a.class(i) == auxiliary {
				i--
			}
			return !a.isWord(i, "who") && !a.isWord(i, "which") && !a.isWord(i, "that") // "Hale, who said little, asked about"
		}
		if a.toks[j].kind == tPunct && (a.toks[j].r == '.' || a.toks[j].r == ';') {
			return false
		}
	}
	return false
}

// nounReport handles a report carried by a noun after a possessive:
// "Hale’s claim that there have been dozens of floods".
func (a *analyzer) nounReport(k, n int, s sentence) {
	var sp phrase
	if a.class(k) == determiner {
		sp = phrase{k, k + 1, Pronoun}
	} else if sp = a.leftPhrase(k+1, s.lo); !sp.ok() {
		return
	} else if sp.kind = Description; a.toks[k].cap {
		sp.kind = Name
	}
	sp.lo = a.possessorStart(sp, k)
	lo := n + 2
	if a.verbAuxiliary(lo) || a.pastTense(lo) || a.wordIn(spansOfTime, lo) || a.isWord(lo, "night") || a.isWord(lo, "morning") {
		return // "Ruiz's comments that appeared online", "his remarks that week": no clause of what was said
	}
	end := a.clauseEnd(lo, s.hi)
	if end-lo < 2 {
		return
	}
	if a.class(k) == determiner {
		// "its prediction that the bridge would be “the finest,”": the
		// quotation must be in the clause, and the clause the noun's, not
		// a relative one whose cue takes the quotation ("their claim that
		// critics have called “baseless”"). The noun phrase stands in a sentence of the
		// writer's, which goes on after a quotation that ends with a comma
		// or before a verb: "His claim that the vote was “rigged” was
		// rejected", "… drew scorn".
		qi := a.firstQuote(lo)
		if qi >= len(a.qrefs) || a.qrefs[qi].open >= end || a.hasCue(max(lo, a.qrefs[qi].open-2), a.qrefs[qi].open) {
			return
		}
		for ; qi < len(a.qrefs) && a.qrefs[qi].open < end; qi++ {
			if c := a.qrefs[qi].close; c >= 0 && c < end && (a.isPunct(c-1, ',') || a.isPunct(c+1, ',') || a.class(c+1) == auxiliary || a.pastTense(c+1)) {
				end = c + 1
				break
			}
		}
	}
	at := attribution{parts: a.part(a.span(lo, end)), kind: Indirect, conf: 0.6}
	at.cue = a.toks[n].Span
	at.lemma = lowerASCII(a.word(n))
	at.speaker = a.span(sp.lo, sp.hi)
	at.skind = sp.kind
	a.used[n] = true
	a.cands = append(a.cands, at)
}

// possessorStart returns where the possessor that ends with the
// possessive toks[k] starts in p, the noun phrase before a noun of speech:
// at a name and its titles ("FBI Director Ana Ruiz's"), or at a determiner
// a few words before ("the charity's", "the Hale campaign's"). The words
// before them are the sentence's: "sought to clarify Mayor Ruiz's
// comment", "approved on the charity's assurance".
func (a *analyzer) possessorStart(p phrase, k int) int {
	j := a.nameStart(p.lo, k)
	if a.toks[k].cap {
		return j // a name: "Hale's", "FBI Director Ana Ruiz's"
	}
	for i := j - 1; i >= p.lo && i >= j-3 && a.toks[i].kind == tWord; i-- {
		if a.class(i) == determiner {
			return i
		}
		if a.class(i) != openClass {
			break // "The fallout from the city's …": the preposition's
		}
	}
	return j
}

// accordingTo handles "According to X, CONTENT." and "CONTENT, according
// to X."
func (a *analyzer) accordingTo(k int, s sentence) {
	if a.isWord(k+2, "plan") || a.isWord(k+2, "schedule") {
		return // "according to plan" names no source
	}
	sp := a.rightPhrase(k+2, s.hi)
	if !sp.ok() || sp.hi-sp.lo < 2 && a.class(sp.lo) == determiner {
		// "according to the “Boats for all” plan she released": a
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
	if k > lo && (a.isPunct(k-1, ':') || a.isPunct(k-1, ';')) {
		lo = k // "It has not gone unnoticed: according to polls, …" opens a clause of its own
	}
	var at attribution
	if k == lo {
		j := sp.hi
		for j < s.hi && !a.isPunct(j, ',') && j < sp.hi+16 {
			j++
		}
		if !a.isPunct(j, ',') {
			return
		}
		from := j + 1
		if j == sp.hi && sp.kind == Name {
			// "According to Tom Hale, the mayor, the levy failed": the
			// source's appositive is no part of what it says.
			// The words after it must be a clause, with a subject and a
			// verb before a comma: not "According to Ruiz, the plan, a tax
			// on homes, failed" nor "…, the mayor, who lost, is angry".
			for n, b := 0, from; n < 3 && b+2 < s.hi; n++ {
				e := a.appositiveStretch(b, n > 0, a.toks[s.hi-1].End, len(a.text))
				if e <= b || e+2 >= s.hi || !a.isPunct(e, ',') {
					break
				}
				b = e + 1 // "a nurse in Allentown, Pa.,"
				c := b
				for c < s.hi && !a.isPunct(c, ',') {
					c++
				}
				if c-b >= 2 && !a.pastTense(b) && a.class(b) != auxiliary && !a.isWord(b, "who") && !a.isWord(b, "which") && !a.isWord(b, "whose") && a.finiteVerbIn(b, c) {
					from = b
				}
			}
		}
		if stop := a.sourceEnd(sp.hi, j); stop < j && a.newSubject(stop) {
			from = stop // "According to police the suspect fled on foot, and …"
		} else if stop < j {
			if j > sp.hi+8 {
				return
			}
		} else {
			e := j
			for e-2 >= sp.hi && a.class(e-1) == timeWord && (a.isWord(e-2, "on") || a.isWord(e-2, "in") || a.isWord(e-2, "at")) && !a.pastTense(e-3) {
				e -= 2 // "According to Ruiz on Tuesday, …": when, not who
			}
			if e > sp.hi {
				// "According to a 2018 study by the board based on
				// harbor data from 2016, …": the source runs to the comma.
				sp = phrase{sp.lo, e, Description}
			}
		}
		end := a.clauseEnd(from, s.hi)
		if end-from < 2 {
			return
		}
		at.parts = a.part(a.span(from, end))
	} else {
		before := k
		if k == 0 {
			return // "according" first, after a dateline that ends at it
		}
		if a.isPunct(k-1, ',') || a.toks[k-1].kind == tPunct && isDash(a.toks[k-1].r) {
			before = k - 1
		} else if a.toks[k-1].kind != tWord && a.toks[k-1].kind != tClose {
			return
		}
		lo := a.sentenceStart(s)
		if before-lo < 1 || a.thatOpensReport(before-1, sp, s.hi) {
			return // "reported that, according to an audit, most …" is the outer cue's
		}
		lo = a.settingEnd(lo, before, false)
		lo = a.afterOwnReport(lo, before)
		// "Towns like Elm Falls (most of the voters there are retired,
		// according to the census) lean right": a source inside
		// parentheses speaks for what they hold alone.
		paren := a.parenStart(lo, before)
		if paren > lo {
			lo = paren
		}
		// "Turnout, according to the club, has doubled": a word or
		// two before the source only when the clause goes on after it.
		short := before-lo < 3
		if short && before == k {
			return // "That’s according to the poll"
		}
		sp = a.agentSource(sp, s.hi)
		if paren < 0 {
			// "according to a poll released Thursday": the mention runs to
			// the end, and the poll alone is what resolves.
			if e := a.sourceToEnd(sp, s.hi); e > sp.hi && sp.kind != Pronoun {
				at.mention = a.span(sp.lo, e)
			}
		}
		at.parts = a.part(a.span(lo, a.trimEnd(lo, before)))
		// "The fee rose after, according to Ruiz, the council voted in
		// secret": the source speaks for the clause after it alone.
		sub := before == k-1 && a.subordinateBefore(lo, before)
		if sub {
			at.parts = at.parts[:0]
		}
		// "One of the changes, according to a person close to the
		// board, is to …" and "Since November, according to the group,
		// police have killed …": the clause goes on after the source, past
		// any appositive of it ("according to its owner, a Texas firm,").
		for j := sp.hi; j < s.hi && j < sp.hi+20 && paren < 0; j++ {
			if _, cue := a.cue(j); cue && !a.toks[j].cap {
				break
			}
			if !a.isPunct(j, ',') {
				continue
			}
			if e := a.appositiveEnd(j+1, s.hi); e > 0 {
				j = e - 1
				continue
			}
			// A report is at most maxClauseTokens long: only as far
			// back is read for its verb.
			if sub {
				if e := a.clauseEnd(j+1, s.hi); e-(j+1) >= 2 && !a.startsPredicate(j+1) && a.finiteVerbIn(j+1, e) {
					at.parts = append(at.parts, a.span(j+1, e))
				}
				break
			}
			if a.startsPredicate(j+1) || a.isWord(j+1, "because") || !a.finiteVerbIn(max(lo, before-maxClauseTokens), before) && !a.isWord(j+1, "but") && !a.isWord(j+1, "and") {
				if e := a.clauseEnd(j+1, s.hi); e-(j+1) >= 2 {
					at.parts = append(at.parts, a.span(j+1, e))
				}
				break
			}
		}
		if short && len(at.parts) < 2 || len(at.parts) == 0 {
			return
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

// sourceToEnd returns where the mention of source sp of a trailing
// "according to" ends, over the words that end the sentence after it
// with no comma or other break, or sp.hi where they do not:
// "a poll released Thursday", "a Post/Channel 9 survey", "officials
// briefed on the talks", "a person who was at the meeting". Words that
// tell when ("on Tuesday", "last week") or how ("by phone", "by a wide
// margin"), or a clause that "that" opens, are left out, and so is a run
// of more than a few words. hi bounds the sentence.
func (a *analyzer) sourceToEnd(sp phrase, hi int) int {
	j := sp.hi
	if j >= hi || a.isWord(j, "that") || a.isWord(j, "by") || a.class(j) == timeWord || a.timeDeterminer(j) || a.class(j) == preposition && (a.class(j+1) == timeWord || a.timeDeterminer(j+1)) {
		return sp.hi
	}
	e := j
	for ; e < hi && e < j+16; e++ {
		t := &a.toks[e]
		if t.kind == tWord {
			continue
		}
		// "Post/Channel", "Votewatch.org": marks inside a word.
		if t.kind != tPunct || e+1 >= hi || a.toks[e-1].End != t.Start || a.toks[e+1].Start != t.End || a.toks[e+1].kind != tWord {
			break
		}
	}
	if e == j || e < hi && !(e+1 == hi && (a.isPunct(e, '.') || a.isPunct(e, '?') || a.isPunct(e, '!'))) {
		return sp.hi
	}
	return e
}

// parenStart returns the index after the opening parenthesis that is
// still open at toks[hi], looking back from hi to lo at most
// maxClauseTokens words, or -1 where there is none.
func (a *analyzer) parenStart(lo, hi int) int {
	for j := hi - 1; j >= lo && j >= hi-maxClauseTokens; j-- {
		if a.isPunct(j, ')') {
			return -1
		}
		if a.isPunct(j, '(') {
			return j + 1
		}
	}
	return -1
}

// subordinateBefore reports whether the words toks[lo:hi] before the
// comma of an "according to" in mid-sentence are a clause the writer
// subordinates to the one after the source, so that the source speaks
// for that one alone: they end in a subordinator ("The fee rose after,
// according to Ruiz, the council voted in secret") or are one clause
// that a subordinator opens ("While most boats were sold, according to
// the port, two were kept"). "As" is left out ("As a result, according
// to …"), and a phrase with no verb of its own ("Since May, according to
// the group, …") is a setting of the clause after, which it is part of.
func (a *analyzer) subordinateBefore(lo, hi int) bool {
	if e := hi - 1; e > lo && a.subordinator(e) && !a.isWord(e, "as") && !a.isWord(e, "whether") {
		return true
	}
	if a.isWord(lo, "but") || a.isWord(lo, "and") || a.isWord(lo, "yet") {
		lo++
	}
	if !a.subordinator(lo) || a.isWord(lo, "as") || a.isWord(lo, "whether") || hi-lo > maxClauseTokens {
		return false
	}
	for j := lo + 1; j < hi; j++ {
		if a.isPunct(j, ',') && a.toks[j].depth == 0 {
			return false
		}
	}
	return a.finiteVerbIn(lo+1, hi)
}

// agentSource extends source sp of a trailing "according to" over the one
// who made it: "a tally by the Ledger", "a recent report from the
// institute", "statistics from the trade office", "officials from the
// trade office". The words up to the next comma or the sentence's end
// must hold "by" or "from" within a few words of sp and no verb, pronoun
// or new subject. A name or one person is the source itself, and what
// follows where they are from or who briefed them ("Sarah Kim from
// Boston", "Tom Hale by a wide margin", "a person briefed by the
// company"); the affiliation of a group or a thing is part of it.
func (a *analyzer) agentSource(sp phrase, hi int) phrase {
	agent := -1
	e := sp.hi
	for ; e < hi && e < sp.hi+16 && a.toks[e].kind == tWord; e++ {
		if agent < 0 && e < sp.hi+4 && (a.isWord(e, "by") || a.isWord(e, "from")) {
			agent = e
		}
	}
	if agent < 0 || a.sourceEnd(sp.hi, e) < e || a.class(e-1) != openClass {
		return sp
	}
	if h := sp.hi - 1; sp.kind == Name && a.toks[sp.lo].cap || a.commonHead(h) && !strings.HasSuffix(a.word(h), "s") || (a.toks[h].lex.title() || a.toks[h].lex.role != 0) && !strings.HasSuffix(a.word(h), "s") {
		return sp // "the mayor by phone": a title names one person
	}
	if w := agent + 1; a.isWord(w, "phone") || a.isWord(w, "email") || a.isWord(w, "letter") || a.isWord(w, "text") || a.isWord(w, "a") && a.isWord(w+1, "wide") {
		return sp // "by phone", "by a wide margin": how, not who
	}
	return phrase{sp.lo, e, sp.kind}
}

// timeDeterminer reports whether toks[j] is a determiner that times
// rather than names: "this month", "each year", "last week".
func (a *analyzer) timeDeterminer(j int) bool {
	return a.isWord(j, "this") || a.isWord(j, "last") || a.isWord(j, "each") || a.isWord(j, "every") || a.isWord(j, "next")
}

// sourceEnd returns where the source that "according to" starts with
// stops going on, at or after toks[lo] and before hi: at a quotation
// mark, at a verb or pronoun outside a relative clause, or at a new
// subject ("According to police the suspect fled"); hi when it runs on,
// as in "letters that were later published by the Ledger" or "a report
// published the following year".
func (a *analyzer) sourceEnd(lo, hi int) int {
	relative := false
	for j := lo; j < hi; j++ {
		switch {
		case a.toks[j].kind == tOpen || a.toks[j].kind == tClose:
			return j
		case a.isWord(j, "that") || a.isWord(j, "which") || a.isWord(j, "who"):
			relative = true
		case !relative && (a.class(j) == auxiliary && !a.adverb(j) || a.modal(j) || a.class(j) == pronoun):
			return j
		case a.newSubject(j):
			return j
		}
	}
	return hi
}

// newSubject reports whether toks[j] is a determiner that starts a new
// subject right after a noun: "police the suspect", but not "by the",
// "published the".
func (a *analyzer) newSubject(j int) bool {
	return a.class(j) == determiner && j > 0 && a.class(j-1) == openClass && !a.ofPhrase(j-1) && !a.pastTense(j-1) && !strings.HasSuffix(a.word(j-1), "ing") && !(a.class(j+1) == timeWord && (a.isPunct(j+2, ',') || a.timeDeterminer(j) && a.class(j+2) == preposition)) // not "estimates each year, …", "data this month from the agency"
}

// finiteVerbIn reports whether toks[lo:hi] hold a verb that makes them a
// clause: a past tense, a form of "be" or "have", a modal, or a present
// in -s after a name or pronoun ("Ruiz leads"). Unlike
// [analyzer.hasFiniteVerb] it passes over adverbs ("Over the long term")
// and plural nouns.
func (a *analyzer) finiteVerbIn(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if a.pastTense(j) || a.beForm(j) || a.modal(j) && !a.isWord(j, "to") || a.isWord(j, "has") || a.isWord(j, "have") || a.isWord(j, "had") {
			return true
		}
		if w := a.word(j); j > lo && len(w) > 3 && w[len(w)-1] == 's' && !a.toks[j].cap && j+1 < hi && a.toks[j+1].kind == tWord && (a.class(j-1) == pronoun || a.nameFrom(lo, j)) {
			return true // "Ruiz leads the race", but "The Chinese negotiators, …"
		}
	}
	return false
}

// appositiveEnd returns the index of the comma that closes a phrase set
// off after a name, starting at toks[lo] with a determiner and holding no
// verb ("its owner, a Texas firm, will close"), or 0.
func (a *analyzer) appositiveEnd(lo, hi int) int {
	if a.class(lo) != determiner {
		return 0
	}
	for j := lo + 1; j < hi && j < lo+8; j++ {
		if a.isPunct(j, ',') {
			return j
		}
		if a.toks[j].kind != tWord || a.pastTense(j) || a.class(j) == auxiliary || a.cueAt(j) {
			return 0
		}
	}
	return 0
}

// nameFrom reports whether toks[lo:hi] are a name and nothing else, the
// subject of a verb at toks[hi]: "Ruiz leads", "The Pentagon plans", but
// not "Most Texas residents".
func (a *analyzer) nameFrom(lo, hi int) bool {
	if a.isWord(lo, "the") {
		lo++ // "The Pentagon plans"
	}
	if hi <= lo || a.class(lo) == determiner {
		return false
	}
	for j := lo; j < hi; j++ {
		if !a.isCapWord(j) {
			return false
		}
	}
	return true
}

// thatOpensReport reports whether toks[t] is "that" opening what a cue
// reports around "according to" and its source sp: "said that, according
// to an audit, most …", "had found that, according to the records, the
// money …". It is a pronoun when the sentence ends after the source or
// goes on with "and" ("never approved that, according to a transcript,
// and …"), and "so that" opens a purpose, not a report.
func (a *analyzer) thatOpensReport(t int, sp phrase, hi int) bool {
	if !a.isWord(t, "that") || a.isWord(t-1, "so") {
		return false
	}
	if a.complementizer(t) {
		return true
	}
	// After a verb, not a noun: "the problem is that, …", "the court
	// ruled that, …"; but "a deal that, according to aides, would …" is a
	// relative clause the source sits in.
	if !(a.pastTense(t-1) || a.beForm(t-1) || a.class(t-1) == auxiliary && !a.adverb(t-1)) {
		return false
	}
	return sp.ok() && a.isPunct(sp.hi, ',') && !a.isWord(sp.hi+1, "and") && !a.isWord(sp.hi+1, "but") && a.clauseEnd(sp.hi+1, hi)-(sp.hi+1) >= 2
}

// timePhrase reports whether a phrase of time starts at toks[j]: "the
// next day", "the following week", "each month".
func (a *analyzer) timePhrase(j int) bool {
	for k := j + 1; k <= j+2 && k < len(a.toks); k++ {
		if (a.timeNoun(k) || a.isWord(k, "day")) && (a.isWord(k+1, "that") || a.isPunct(k+1, ',') || a.class(k+1) == preposition) {
			return true // "the next morning at a news conference that"; but not "the day care program that …"
		}
	}
	return false
}

// complementizer reports whether toks[t] is "that" opening what a cue a
// few words before it reports: "told reporters that", "said on Tuesday
// that"; not the pronoun of "will not support that".
func (a *analyzer) complementizer(t int) bool {
	if !a.isWord(t, "that") {
		return false
	}
	for j := t - 1; j >= 0 && j >= t-6 && a.toks[j].kind == tWord; j-- {
		if a.cueAt(j) {
			return true
		}
		if a.pastTense(j) || a.class(j) == auxiliary && !a.adverb(j) {
			return false // "said he never approved that": the verb's object
		}
	}
	return false
}

// reportedly reads a report that names no source: "The club is
// reportedly raising $2.4 million". Its content is the subject before the
// adverb, with any auxiliary, and the clause after it.
func (a *analyzer) reportedly(k int, s sentence) {
	j := k - 1
	for j > s.lo && a.class(j) == auxiliary {
		j--
	}
	p := a.leftPhrase(j+1, s.lo)
	end := a.clauseEnd(k+1, s.hi)
	if !p.ok() || end-(k+1) < 2 || a.hasCue(k+1, end) {
		return // "Hale reportedly told aides that …" is Hale's report
	}
	at := attribution{parts: []Span{a.span(p.lo, k), a.span(k+1, end)}, kind: Indirect, cue: a.toks[k].Span, lemma: "reportedly", conf: 0.5}
	a.used[k] = true
	a.cands = append(a.cands, at)
}

// firstSubject returns the subject of the sentence's main attribution,
// for a participle cue later in it: the speaker of the last attribution
// in this sentence, or the phrase that starts it.
func (a *analyzer) firstSubject(s sentence, k int) phrase {
	// The speaker of an attribution already found in the sentence, such
	// as a quotation's: “…,” Rendell recalled, suggesting …
	// The candidates come after the sentence's output, and are read
	// first, from the last; neither is copied.
	out := a.out[a.sentOut:]
	for i := len(out) + len(a.cands) - 1; i >= 0; i-- {
		var at *attribution
		if i < len(out) {
			at = &out[i]
		} else {
			at = &a.cands[i-len(out)]
		}
		if at.speaker.IsZero() || at.cue.Start >= a.toks[k].Start || a.possessorReport(at) {
			continue // nor the possessor of "dismissed his claim that …, adding"
		}
		if p := a.phraseAt(at.speaker, s); p.ok() {
			p.kind = at.skind
			return p
		}
	}
	// Only frame words can be the verbs sought: the others are not read.
	fr := a.notes.frames
	i := a.frameFrom(max(s.lo, k-maxClauseTokens))
	for ; i < len(fr) && int(fr[i]) < k; i++ {
		j := int(fr[i])
		if a.used[j] {
			continue
		}
		// A verb, not "Islamic State" or "a Hale-style tweet".
		if v, ok := a.cue(j); ok && a.toks[j].kind == tWord && v.flags&cueQuoteOnly == 0 && !a.toks[j].cap && !v.nounForm() && a.class(j-1) != determiner {
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
	if a.isWord(lo, "ever") && a.isWord(lo+1, "since") {
		lo++ // "Ever since she endorsed Ruiz, Hale has …"
	}
	// "Here in Dover, Ortiz stepped up …", "In 2019, Mrs. Vance
	// endorsed …", "The day before, at a rally, Hale was …": the subject
	// follows an opening phrase and its comma.
	if c := a.class(lo); a.dayBefore(lo) || c == preposition || c == conjunction || c == auxiliary || a.toks[lo].kind == tWord && (a.isWord(lo, "here") || a.isWord(lo, "minutes") || a.isWord(lo, "inside") || a.isWord(lo, "outside") || a.adverb(lo) || a.sentenceAdverb(lo) || a.openingPhrase(lo)) {
		for j := lo + 1; j < k && j < lo+20; j++ {
			// The comma before the subject: "Following a hastily called,
			// early-morning vote, the Board …".
			if !a.isPunct(j, ',') {
				continue
			}
			n := j + 1
			if n < k && a.toks[n].kind == tClose {
				n++ // "Speaking on “Morning Show,” Ruiz …"
			}
			if a.class(n) == determiner || a.class(n) == pronoun || a.isCapWord(n) || !a.hasPunct(n, k, ',') {
				lo = n
				break
			}
		}
		// "At a fair in Millbrook, Ore., on Sunday, Ortiz …": more
		// of the opening phrase, a place or a time set off by commas.
		for n := 0; n < 3; n++ {
			e := lo
			for e < k && e < lo+4 && !a.isPunct(e, ',') && (a.isCapWord(e) || a.abbreviationDot(e) || a.class(e) == timeWord || a.isWord(e, "on") || a.numeral(e)) {
				e++
			}
			if e == lo || e >= k || !a.isPunct(e, ',') || e+1 < k && a.cueAt(e+1) {
				break
			}
			lo = e + 1
		}
	}
	lo = a.skipTimeOpening(lo, k)
	p := a.rightPhrase(lo, k)
	for p.hi-p.lo > 1 && a.adverb(p.hi-1) {
		p.hi-- // "Her campaign quickly sent out an email …"
	}
	possessor := p.ok() && p.hi == p.lo+1 && a.namePossessive(p.lo)
	if possessor {
		// "Norway's state-owned shipping giant NORSK runs …"
		if q := a.rightPhrase(p.hi, k); q.ok() {
			p = phrase{p.lo, q.hi, q.kind}
		}
	}
	// "It attacked Hale, saying …": "it" is a speaker only as the subject
	// of a deed.
	if p.ok() && (p.kind != Description || a.class(p.lo) == determiner || possessor || a.commonHead(p.hi-1)) && (!a.isWord(p.lo, "it") || p.hi == p.lo+1 && a.pastTense(p.hi)) {
		return p
	}
	return phrase{}
}

// dayBefore reports whether toks[lo] opens a time set off by a comma
// that counts from another: "The day before,", "A week later,", "The
// next morning,".
func (a *analyzer) dayBefore(lo int) bool {
	if a.class(lo) != determiner {
		return false
	}
	j := lo + 1
	if a.isWord(j, "next") || a.isWord(j, "following") || a.isWord(j, "previous") {
		j++
	}
	if !a.spanOfTime(j) {
		return false
	}
	if j > lo+1 && a.isPunct(j+1, ',') {
		return true
	}
	return (a.isWord(j+1, "before") || a.isWord(j+1, "after") || a.isWord(j+1, "later") || a.isWord(j+1, "earlier")) && a.isPunct(j+2, ',')
}

// orConjunct returns sp, the subject found for the cue at toks[k], or,
// when sp is odd for one ([analyzer.oddSubject]), the subject of the verb
// the cue is joined to ([analyzer.conjunctSubject]) where there is one.
func (a *analyzer) orConjunct(sp phrase, k, lo int) phrase {
	if a.oddSubject(sp) {
		if c := a.conjunctSubject(k, lo); c.ok() {
			return c
		}
	}
	return sp
}

// conjunctSubject returns the subject of the verb that the cue at toks[k],
// after "and", "but" or "by", is joined to: the nearest finite verb
// before it, no earlier than toks[lo] and outside quotations, with a
// subject of its own, past other verbs of a list. "She looked into the
// camera, furrowed her brow and said": she; "when Ruiz thanked the city
// and said": Ruiz; "Hale, who surprised the mayor by declaring": who. It
// returns no phrase when no such verb is near.
func (a *analyzer) conjunctSubject(k, lo int) phrase {
	for j := k - 2; j > lo && j >= k-maxClauseTokens; j-- {
		t := &a.toks[j]
		if t.kind != tWord || t.depth != 0 || t.cap || !(a.pastTense(j) || a.class(j) == auxiliary) || a.class(j-1) == auxiliary || a.reportedAt(j) {
			continue // "had said": the auxiliary's subject is read at the auxiliary
		}
		if a.isPunct(j-1, ',') && a.class(j) != auxiliary {
			continue // "…, furrowed her brow and said": a verb of a list; its subject is further back
		}
		if p := a.subject(j, lo); p.ok() && p.hi <= j && !a.hasPunct(p.hi, j, ',') && (p.kind != Description || a.class(p.lo) == determiner || a.possessive(p.lo)) {
			return p
		}
		return phrase{}
	}
	return phrase{}
}

// oddSubject reports whether p, found as the subject of a sentence, opens
// with a word no subject opens with: a verb or an adverb in lower case
// ("run ads with both papers", "ever endorse Tom Hale"), as when the
// sentence's first clause is not the one the cue is joined to.
func (a *analyzer) oddSubject(p phrase) bool {
	if !p.ok() || p.kind == Pronoun {
		return false
	}
	t := &a.toks[p.lo]
	if t.kind != tWord || t.cap || a.class(p.lo) != openClass || a.possessive(p.lo) || a.numeral(p.lo) {
		return false
	}
	w := a.word(p.lo)
	return !strings.HasSuffix(w, "s") && !a.commonHead(p.lo) && !a.toks[p.lo].lex.title()
}

// nearReports is how many neighbouring reports may hold one another: a
// report is at most maxClauseTokens long, so only so many reach a cue.
const nearReports = 16

// reportedAt reports whether toks[j] is in the content of a report found
// in the sentence so far: "the budget was balanced" in "The mayor said
// the budget was balanced and warned …" holds no verb the cue is joined to.
func (a *analyzer) reportedAt(j int) bool {
	// Only the latest reports can reach toks[j], just before the cue
	// being read: looking at a few keeps a long sentence of reports
	// linear, as in [analyzer.indirect].
	sp := a.toks[j].Span
	for i := max(0, len(a.cands)-nearReports); i < len(a.cands); i++ {
		if a.cands[i].covers(sp) {
			return true
		}
	}
	for i := max(a.sentOut, len(a.out)-nearReports); i < len(a.out); i++ {
		if a.out[i].covers(sp) {
			return true
		}
	}
	return false
}

// documentBefore reports whether a document that speaks for its author
// stands just before the participle at toks[k]: "released a statement
// saying", "sent a letter warning".
func (a *analyzer) documentBefore(k int) bool {
	d := k - 1
	if d > 0 && a.class(d) == timeWord {
		d-- // "issued a memo Friday saying"
	}
	// "sent a note to donors stating", "a note on the door saying":
	// whom it went to or what it was about; but not the "to" of "went on
	// to issue a statement saying", before the document.
	for t := d; t > 1 && t >= d-3 && !(t == d && a.documentNoun(d)); t-- {
		if a.toks[t].kind != tWord || a.cueAt(t) || a.class(t) == auxiliary || a.class(t) == pronoun {
			break
		}
		if (a.isWord(t, "to") || a.isWord(t, "on")) && t < d {
			d = t - 1
			break
		}
	}
	if d < 1 || !a.documentNoun(d) {
		return false
	}
	for j := d - 1; j >= 0 && j >= d-3; j-- {
		if a.class(j) == determiner {
			return a.authoredBy(j-1, d)
		}
		if a.toks[j].kind != tWord {
			return false
		}
	}
	return false
}

// authoredBy reports whether toks[v], before the determiner of the
// document at toks[d], makes the sentence's subject its author: a verb of
// writing, sending or putting it out ("issued a statement", "sent out an
// email", "wrote in a letter", "made a statement"), also past a bare
// person it went to ("sent members a letter", "gave reporters a
// statement"); not one of finding, getting or answering it ("Police found
// a note on the door saying …", "The board rejected a letter demanding
// …"). "publish" is one but for letters, op-eds and what was leaked.
func (a *analyzer) authoredBy(v, d int) bool {
	if a.isWord(v, "out") || a.isWord(v, "off") || a.isWord(v, "up") {
		v-- // "sent out", "fired off", "put up"
	}
	if v < 0 || a.toks[v].kind != tWord {
		return false
	}
	if a.isWord(v, "in") {
		return true
	}
	if v > 0 && !a.toks[v].cap && a.class(v) == openClass && !a.wordIn(authoringVerbs, v) && a.toks[v-1].kind == tWord && a.wordIn(givingVerbs, v-1) {
		return true // "sent members a letter", "gave reporters a statement"
	}
	if v > 0 && a.objectPronoun(v) && a.toks[v-1].kind == tWord && a.wordIn(givingVerbs, v-1) {
		return true // "sent them a letter"
	}
	if a.wordIn(publishingVerbs, v) {
		// What one publishes is one's own ("a post", "a note", "an ad"),
		// but for the letters, op-eds, memos and emails others wrote,
		// and what was leaked to the publisher ("a private note").
		if a.isWord(d, "letter") || a.isWord(d, "op-ed") || a.isWord(d, "memo") || a.isWord(d, "email") || strings.HasSuffix(a.word(d), "s") {
			return false // a paper publishes others' letters, memos and emails
		}
		for j := d - 1; j > v; j-- {
			if a.isWord(j, "leaked") || a.isWord(j, "obtained") || a.isWord(j, "confidential") || a.isWord(j, "secret") || a.isWord(j, "classified") || a.isWord(j, "private") || a.isWord(j, "draft") || a.isWord(j, "internal") || a.isWord(j, "handwritten") {
				return false
			}
		}
		return true
	}
	return a.wordIn(authoringVerbs, v)
}

// givingVerbs are the forms of verbs of authoring that take the person a
// document goes to before it: "sent members a letter", "gave reporters a
// statement".
var givingVerbs = newFoldSet(verbForms("send/sent give/gave/given hand email mail write/wrote text"))

// publishingVerbs are the forms of "publish".
var publishingVerbs = newFoldSet(verbForms("publish"))

// authoringVerbs are the forms of verbs whose subject writes, sends or
// puts out the document that is their object, or joins in doing so.
var authoringVerbs = newFoldSet(verbForms(`make/made give/gave/given author co-author co-sign
	co-write/co-wrote/co-written join buy/buys/bought/buying prepare compose hand issue
	release send/sent post write/wrote/written pen/penned/penning revise update
	put/putting blast fire run/ran/running air tweet email circulate distribute file
	unveil launch share deliver mail leave/left draft sign read place
	submit/submitted/submitting broadcast text record tape conduct commission`))

// verbForms returns the set of the forms of the verbs in list: each a
// lemma, whose regular forms are made as [regularForms] makes them, and
// after slashes the forms it makes wrong or not at all ("write/wrote").
func verbForms(list string) map[string]bool {
	m := make(map[string]bool)
	for _, f := range strings.Fields(list) {
		forms := strings.Split(f, "/")
		m[forms[0]] = true
		for _, w := range append(regularForms(forms[0]), forms[1:]...) {
			m[w] = true
		}
	}
	return m
}

// documentNoun reports whether toks[d] is one of documentNouns.
func (a *analyzer) documentNoun(d int) bool {
	return a.toks[d].kind == tWord && documentNouns[singular(lowerASCII(a.word(d)))]
}

// documentNouns are things written or recorded that carry their author's
// words.
var documentNouns = map[string]bool{
	"statement": true, "letter": true, "email": true, "tweet": true, "message": true, "post": true,
	"video": true, "memo": true, "release": true, "note": true, "ad": true, "op-ed": true, "editorial": true,
}

// phraseAt returns the tokens of sentence s that span sp exactly. The
// first is found by its start, as tokens are in order: a long sentence is
// not read from its start for each speaker asked of it.
func (a *analyzer) phraseAt(sp Span, s sentence) phrase {
	lo := s.lo + firstTokenAt(a.toks[s.lo:s.hi], sp.Start)
	if lo == s.hi || a.toks[lo].Start != sp.Start {
		return phrase{}
	}
	for j := lo; j < s.hi && a.toks[j].Start < sp.End; j++ {
		if a.toks[j].End == sp.End {
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

// commaEnd returns the first comma outside a quotation in
// toks[j+1:end], where a relative clause or what was asked ends; or end.
func (a *analyzer) commaEnd(j, end int) int {
	for c := j + 1; c < end; c++ {
		if a.isPunct(c, ',') && a.toks[c].depth == 0 {
			return c
		}
	}
	return end
}

// subordinateEnd returns where a report in a relative or subordinate
// clause, toks[j:end], ends: at the clause's comma, or at a dash after a
// verb.
func (a *analyzer) subordinateEnd(j, end int) int {
	for c := j + 1; c < end; c++ {
		if (a.isPunct(c, ',') || a.toks[c].kind == tPunct && isDash(a.toks[c].r) && a.toks[c].Start > a.toks[c-1].End && a.hasFiniteVerb(j, c)) && a.toks[c].depth == 0 {
			return c
		}
	}
	return end
}

// asideEnd returns the comma in toks[j:end] that closes a participle's
// aside between a subject and its verb, the comma before a finite verb,
// after an adverb or not: ", left", ", has sued", ", then sued"; or end.
func (a *analyzer) asideEnd(j, end int) int {
	for c := j + 1; c+1 < end; c++ {
		if !a.isPunct(c, ',') || a.toks[c].depth != 0 {
			continue
		}
		v := c + 1
		if a.adverb(v) || a.class(v) == auxiliary && !a.verbAuxiliary(v) {
			v++ // "then", "also", "quickly"
		}
		if a.toks[v].kind == tWord && !a.toks[v].cap && (a.verbAuxiliary(v) || a.pastTense(v) && !a.isPunct(v+1, ',')) {
			return c
		}
	}
	return end
}

// subordinate reports whether the phrase at toks[p] is the subject of a
// subordinate clause that opens the sentence: "Although Hale has
// admitted …, he", "Back when he wrote …, Okafor said".
func (a *analyzer) subordinate(p, lo int) bool {
	for j := p - 1; j >= lo && j >= p-3; j-- {
		if a.class(j) == conjunction && a.subordinator(j) {
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
	// What is found is a "that" after toks[j] within the words read: most
	// calls have none, which one pass of comparisons tells.
	that := false
	for t := j + 1; t < hi && t < j+14; t++ {
		if a.isWord(t, "that") {
			that = true
			break
		}
	}
	if !that {
		return 0
	}
	listener := object // the words read so far may be the listener of "told"
	for t := j; t < hi && t < j+14; t++ {
		tk := &a.toks[t]
		if c := a.shortQuoteEnd(t); c > t && a.possessive(t-1) {
			t = c // "told NBC’s “Morning Show” on Friday that"
			continue
		}
		if tk.kind == tPunct && (tk.r == '\'' || tk.r == '’') && t > j && a.toks[t-1].kind == tWord && strings.HasSuffix(a.word(t-1), "s") {
			continue // "wrote to the Rosses’ lawyer that": a plural's possessive
		}
		if a.class(t) == preposition {
			listener = false // "told the Harbor Post in a piece that ran this week that": past the listener
		}
		if listener && t > j && a.class(t) == determiner && a.toks[t-1].kind == tWord && !a.timePhrase(t) {
			return 0 // "told reporters the bill that the House passed …": a second phrase, the report's subject
		}
		if tk.kind == tOpen || tk.kind == tPunct && tk.r != ',' && tk.r != '.' || tk.kind == tPunct && tk.r == '.' && !a.abbreviationDot(t) {
			return 0
		}
		if tk.kind != tWord {
			continue
		}
		if a.isWord(t, "that") {
			if t > j && (a.class(t+1) == auxiliary || a.pastTense(t+1)) {
				t++ // "in a piece that ran this week that …": a relative clause and its verb
				continue
			}
			// After "told" the words before "that" are its listener: "told
			// a TV interviewer that", as after a preposition: "wrote to
			// the senator's office that", "revealed for the first time
			// that".
			if t > j && (object || a.isPunct(t-1, ',') || a.isCapWord(t-1) || a.adjunctHead(j-1, t) || a.class(j) == preposition) {
				return t
			}
			return 0
		}
		if a.isWord(t, "and") && a.isCapWord(t-1) && a.isCapWord(t+1) {
			continue // "The Post and Courier"
		}
		if c := a.class(t); c == auxiliary && a.class(t-1) != determiner && !(a.toks[t].cap && a.class(t-1) == preposition) || c == pronoun || c == conjunction {
			return 0 // but "for the first time that"
		}
		if _, ok := a.cue(t); ok && !a.toks[t].cap {
			return 0
		}
	}
	return 0
}

// whWord reports whether toks[j] opens an indirect question: "asked
// Ortiz how she was feeling".
func (a *analyzer) whWord(j int) bool {
	switch lowerASCII(a.word(j)) {
	case "how", "why", "what", "when", "where", "who", "which":
		return true
	}
	return false
}

// coordinated reports whether the cue at toks[k] is the second verb of a
// coordination ("beamed and asked", "agreed, but also contended").
func (a *analyzer) coordinated(k, lo int) bool {
	j := k - 1
	for j > lo && a.class(j) == auxiliary {
		j--
	}
	if j > lo && a.isPunct(j, ',') && a.isWord(j+1, "then") {
		return true // "offered him a job, then said …"
	}
	return j > lo && (a.isWord(j, "and") || a.isWord(j, "but"))
}

// pronounPossessor returns the possessive pronoun before the cue noun at
// toks[n], past up to two adjectives, when "that" follows the noun: "its
// hyperbolic prediction that …". It returns -1 otherwise.
func (a *analyzer) pronounPossessor(n int, s sentence) int {
	if !a.isWord(n+1, "that") {
		return -1
	}
	for j := n - 1; j >= s.lo && j >= n-3; j-- {
		if a.possessivePronoun(j) {
			return j
		}
		if a.toks[j].kind != tWord || a.toks[j].cap || a.class(j) != openClass || a.toks[j].lex.cue != 0 {
			return -1
		}
	}
	return -1
}

// quoteWithin reports whether a quotation opens in toks[lo:hi].
func (a *analyzer) quoteWithin(lo, hi int) bool {
	k := a.firstQuote(lo)
	return k < len(a.qrefs) && a.qrefs[k].open < hi
}

// proFormEnd returns the end of the words at toks[j] that stand for a
// reported clause, "so", "yes", "no" or "the same", within a clause
// ending at toks[end]; or j when there are none. "said no to the war" and
// "said the same of Hale" run to the clause's end.
func (a *analyzer) proFormEnd(j, end int) int {
	if j >= end {
		return j
	}
	after := func(n int) bool { // the clause ends, or a preposition follows
		return n >= end || a.toks[n].kind == tPunct || a.class(n) == preposition && !a.isWord(n, "that")
	}
	switch {
	case a.isWord(j, "yes") || a.isWord(j, "so") && !a.isWord(j+1, "far") && !a.isWord(j+1, "much") && !a.isWord(j+1, "many"):
		if after(j + 1) {
			return j + 1
		}
	case a.isWord(j, "no") && !(a.isPunct(j+1, '.') && a.numeral(j+2)): // not "No. 3 Ohio State"
		if a.isWord(j+1, "to") {
			return end
		}
		if after(j + 1) {
			return j + 1
		}
	case a.isWord(j, "the") && a.isWord(j+1, "same"):
		e := j + 2
		if a.isWord(e, "thing") {
			e++
		}
		if a.isWord(e, "of") || a.isWord(e, "about") {
			return end
		}
		if after(e) {
			return e
		}
	}
	return j
}

// possessorReport reports whether at is carried by a noun after its
// speaker's possessive: "Hale’s claim that …", "his warning that …".
//
// It is asked of every reported attribution: the speaker's words are
// read before the cue's lemma is looked up, as most speakers are no
// possessive, nor of the length of a possessive pronoun.
func (a *analyzer) possessorReport(at *attribution) bool {
	w := a.text[at.speaker.Start:at.speaker.End]
	switch {
	case at.speaker.End > at.cue.Start:
		return false
	case isPossessiveWord(w):
		return cueNouns[at.lemma]
	case len(w) != len("his") && len(w) != len("their"):
		return false
	}
	k := a.tokenAt(at.speaker.Start)
	return k >= 0 && a.toks[k].End == at.speaker.End && a.possessivePronoun(k) && cueNouns[at.lemma]
}

// possessivePronoun reports whether toks[j] is "his", "her", "its" or
// "their".
func (a *analyzer) possessivePronoun(j int) bool {
	return a.class(j) == determiner && (a.isWord(j, "his") || a.isWord(j, "her") || a.isWord(j, "its") || a.isWord(j, "their"))
}

// verbAfter reports whether the word after the phrase sp is a verb in
// lower case, so that sp is the subject of the clause after an opening
// phrase: "Noting the delay, Ruiz said …", "Bemoaning the “phony
// system,” Hale accused …".
func (a *analyzer) verbAfter(sp phrase) bool {
	h := sp.hi
	return a.toks[h].kind == tWord && !a.toks[h].cap && (a.class(h) == auxiliary || a.pastTense(h) || a.cueAt(h) || a.presentVerb(h, sp.lo))
}

// leadingReport reads a report that opens the sentence as a participle
// with no quotation in it, whose speaker is the subject of the clause
// after the participle's comma: "Noting that the levy failed, Ruiz turned
// to …", "After saying he was tired, the mayor left", "While insisting
// that he respects Hale, Ortiz doubted …". The content runs from after
// the participle to that comma.
func (a *analyzer) leadingReport(k int, v cueVerb, s sentence) (attribution, bool) {
	lo := a.sentenceStart(s)
	if a.isWord(lo, "and") || a.isWord(lo, "but") {
		lo++
	}
	if a.isWord(lo, "in") || a.isWord(lo, "after") || a.isWord(lo, "while") || a.isWord(lo, "since") || a.isWord(lo, "before") || a.isWord(lo, "by") || a.isWord(lo, "upon") {
		lo++
	}
	if k != lo || a.isWord(k+1, "to") || v.flags&(cueParticle|cueNoClause) != 0 {
		return attribution{}, false
	}
	from := k + 1
	if j := a.skipAdjuncts(from, s.hi, v); a.isWord(j, "that") {
		from = j + 1 // "Since announcing in October that …"
	} else if a.class(from) == preposition {
		return attribution{}, false // "Writing for a panel that …", "Reporting from Ohio"
	}
	for c := from + 1; c < s.hi && c < k+maxClauseTokens; c++ {
		t := a.toks[c]
		if t.kind == tPunct && (t.r == ';' || t.r == ':' || isDash(t.r)) {
			return attribution{}, false
		}
		if t.kind == tOpen {
			return attribution{}, false // a quotation in the phrase is the direct pass's
		}
		if !a.isPunct(c, ',') || t.depth != 0 {
			continue
		}
		sp := a.rightPhrase(c+1, s.hi)
		if !sp.ok() || !a.personLike(sp) || sp.hi >= s.hi || a.isWord(sp.lo, "who") {
			continue // "Recalling that moment, Ana Ruiz, who …"
		}
		if !a.verbAfter(sp) {
			continue
		}
		if c-from < 2 || a.isWord(from, "goodbye") || a.isWord(from, "hello") {
			return attribution{}, false // "Saying goodbye to her staff,"
		}
		if a.possessive(sp.lo) || a.possessive(sp.hi-2) {
			return attribution{}, false // "the company's shares rose": no speaker
		}
		at := attribution{parts: a.part(a.span(from, c)), kind: Indirect, conf: 0.6}
		a.fill(&at, k, v, sp)
		return at, true
	}
	return attribution{}, false
}

// castsAs reports whether the verb at toks[k], one that reports only
// beside its quotation, casts its object as something in the writer's
// words: "described the plan as a disaster", "describes himself as a
// conservative", "accused the board of ignoring families"
// ([analyzer.accusedOf]), and "quoted an aide as saying that …", where
// a verb of saying follows the "as". The "as" follows the object within a few words,
// with no quotation, clause break or other verb between, and is no part of
// "as well as", "known as" or "such as".
func (a *analyzer) castsAs(k int, v cueVerb, hi int) bool {
	if v.lemma == "accuse" {
		return a.accusedOf(k, hi)
	}
	quote := v.lemma == "quote"
	if v.lemma != "describe" && v.lemma != "characterize" && v.lemma != "portray" && !quote {
		return false
	}
	if a.class(k-1) == determiner || a.possessive(k-1) || a.isPunct(k-1, '-') {
		return false // "a self-described socialist"
	}
	for j := k + 2; j < hi && j <= k+14; j++ {
		t := a.toks[j]
		if t.kind == tOpen || t.kind == tPunct && t.r != ',' || t.depth != 0 {
			return false
		}
		if t.kind != tWord {
			continue
		}
		if a.isWord(j, "as") && quote {
			// "The Post quoted an aide as saying that …": what the one
			// quoted said, as the quoting paper tells it.
			return a.cueAt(j+1) && strings.HasSuffix(a.word(j+1), "ing")
		}
		if a.isWord(j, "as") {
			if a.isWord(j-1, "well") || a.isWord(j+1, "well") || a.isWord(j-1, "known") || a.isWord(j-1, "such") || a.isWord(j-1, "same") || j+1 >= hi || a.toks[j+1].kind != tWord {
				return false
			}
			// The "as" of a clause of time or manner: "described the
			// damage as she toured …", "as soon as", "as it happened".
			if n := j + 1; a.class(n) == pronoun || a.isWord(n, "soon") || a.isWord(n, "if") || a.isWord(n, "though") || a.isWord(n, "long") && a.isWord(n+1, "as") || a.subjectStart(n) && (a.pastTense(n+2) || a.verbAuxiliary(n+2)) && a.class(n) == determiner && a.toks[n+1].kind == tWord {
				return false
			}

			return true
		}
		if a.cueAt(j) || a.class(j) == auxiliary || a.class(j) == conjunction && !a.isWord(j, "and") {
			return false
		}
	}
	return false
}

// afterAuxiliary reports whether the bare form at toks[k] follows a form
// of "do", past "not" and adverbs, and so is a verb: "did not mention the
// levy", "doesn't mention that", "did note". After a modal it may still
// be a noun's plural or a verb whose object is no report ("would answer
// questions").
func (a *analyzer) afterAuxiliary(k int) bool {
	j := k - 1
	for j > 0 && (a.isWord(j, "not") || a.isWord(j, "never") || a.adverb(j)) {
		j--
	}
	if j < 0 || a.toks[j].kind != tWord {
		return false
	}
	switch lowerASCII(a.word(j)) {
	case "do", "does", "did", "don't", "doesn't", "didn't", "don’t", "doesn’t", "didn’t":
		return true
	}
	return false
}

// nounObjectEnd returns where a noun phrase that a verb reports, at
// toks[lo:hi], ends when a clause of the writer's follows it: "did not
// mention Hale by name but did note …", "does not mention the levy, which
// was …", "did not mention Ruiz until the end". A phrase with a verb of
// its own before that point is left whole.
func (a *analyzer) nounObjectEnd(lo, hi int) int {
	list := false // "announced the suit against the state, its governor, and …"
	for j := lo + 1; j < hi; j++ {
		if a.toks[j].depth != 0 {
			continue
		}
		cut := false
		switch {
		case a.isWord(j, "but") || a.isWord(j, "until") || a.isWord(j, "though") || a.isWord(j, "although") || a.isWord(j, "because"):
			// A clause of the writer's follows: "but did note …", "until
			// the court rules"; not "a rare but serious side effect" nor
			// "a hiring freeze until the end of the year".
			n := j + 1
			for n < hi && (a.adverb(n) || a.class(n) == auxiliary && !a.verbAuxiliary(n)) {
				n++ // "but still refused", "but later reversed"
			}
			cut = !a.isWord(j, "but") && !a.isWord(j, "until") || a.verbAuxiliary(n) || a.pastTense(n) || a.class(n) == pronoun ||
				a.subjectStart(n) && a.hasFiniteVerb(n+1, min(hi, n+5)) ||
				a.isWord(j, "until") && pluralForm(a.word(n)) && n+1 < hi && a.toks[n+1].kind == tWord && !a.toks[n+1].cap && a.class(n+1) == openClass && !pluralForm(a.word(n+1)) || // "until conditions improve"
				a.isWord(j, "but") && pluralForm(a.word(n)) && !a.isCapWord(n) && a.class(n) == openClass && (a.class(n+1) == determiner || a.isWord(n+1, "no")) // "but offers no timeline"
		case a.isPunct(j, ',') && (a.isWord(j+1, "which") || a.isWord(j+1, "and") && !list || a.isWord(j+1, "but") || a.isWord(j+1, "just") || a.isWord(j+1, "though")):
			cut = true
		case a.isPunct(j, ','):
			list = true
		}
		if cut {
			for i := lo; i < j; i++ {
				if a.class(i) == auxiliary || a.isWord(i, "that") || a.isWord(i, "who") || a.pastTense(i) && a.class(i-1) != determiner {
					return hi // "the studies that project a tax …": a clause of its own
				}
			}
			return a.trimEnd(lo, j)
		}
	}
	return hi
}

// reportedBy reads a report whose source follows "by": "As reported by
// the Daily Star, the council met twice", "…, as first reported by the
// Star on Tuesday", "The vote was first reported by the Star", "…,
// which was first reported by the Star". What was reported is the clause
// after the source's comma, the clause before ", as", or the subject of
// the passive, when the source ends the sentence.
func (a *analyzer) reportedBy(k int, v cueVerb, s sentence) bool {
	if !strings.HasSuffix(a.word(k), "ed") {
		return false
	}
	b := k + 1
	for b < s.hi && b < k+4 && (a.class(b) == timeWord || a.timeDeterminer(b) || a.timeNoun(b) || a.isWord(b, "earlier")) {
		b++ // "reported last week by"
	}
	if !a.isWord(b, "by") {
		return false
	}
	src := a.rightPhrase(b+1, s.hi)
	if !src.ok() || src.kind == Pronoun {
		return false
	}
	f := src.lo
	if a.isWord(f, "the") {
		f++
	}
	if a.class(f) == timeWord || a.isWord(f, "noon") || a.isWord(f, "midnight") || a.isWord(f, "deadline") || a.isWord(f, "end") || a.numeral(f) && !a.isCapWord(f+1) {
		return false // "will be reported by noon", "by 5 p.m.", "by the deadline"; but "by 60 Minutes"
	}
	cut := false
	for t := src.lo + 1; t < src.hi; t++ {
		if a.class(t) == preposition && !a.isWord(t, "of") && !(a.isCapWord(t-1) && a.isCapWord(t+1)) {
			src.hi, cut = t, true // "by Tom Hale at the meeting": the source ends before where and when; not "the Center for Public Integrity"
			break
		}
	}
	for src.hi < s.hi && a.isCapWord(src.hi) {
		src.hi++ // "The Washington Post", whose last word is also a verb
	}
	e := src.hi // past a time after the source: "by the Star on Tuesday"
	for e < s.hi && e < src.hi+3 && (a.class(e) == timeWord || a.isWord(e, "on") && a.class(e+1) == timeWord) {
		e++
	}
	for cut && e < s.hi && e < src.hi+8 && !a.isPunct(e, ',') && !a.isPunct(e, '.') {
		e++ // past where and when: "at the meeting,"
	}
	j := k - 1
	for j > s.lo && (a.adverb(j) || a.isWord(j, "first") || a.isWord(j, "also") || a.isWord(j, "widely") || a.isWord(j, "previously")) {
		j--
	}
	lo := a.sentenceStart(s)
	for lo < j && (a.isWord(lo, "and") || a.isWord(lo, "but")) {
		lo++
	}
	var parts []Span
	ends := e >= s.hi || a.isPunct(e, '.') && e+1 >= s.hi
	switch {
	case a.isWord(j, "as") && j == lo && a.isPunct(e, ','):
		// "As reported by the Star, the council met twice."; past an
		// aside about the source: "As reported by Hale, who was there,
		// …", "…, including the Herald, …".
		if a.isWord(e+1, "who") || a.isWord(e+1, "including") || a.isWord(e+1, "which") {
			for c := e + 2; c < s.hi && c < e+16; c++ {
				if a.isPunct(c, ',') {
					e = c
					break
				}
			}
		}
		end := a.clauseEnd(e+1, s.hi)
		if end-(e+1) < 3 {
			return false
		}
		parts = a.part(a.span(e+1, end))
	case a.isWord(j, "as") && a.isPunct(j-1, ',') && ends:
		// "The council met twice, as first reported by the Star."
		for c := lo; c < j-1; c++ {
			if a.isPunct(c, ':') || a.isPunct(c, ';') {
				lo = c + 1 // "…: the council met twice, as …"
			}
		}
		for c := lo; c < j-1; c++ {
			if a.toks[c].kind == tOpen || a.cueAt(c) && !a.toks[c].cap {
				return false // "“…,” Hale noted in an interview, as reported by …": the report has its cue
			}
		}
		end := a.trimEnd(lo, j-1)
		if end-lo < 3 {
			return false
		}
		parts = a.part(a.span(lo, end))
	case a.beForm(j) && ends:
		// "The vote was first reported by the Star.", "…, which was
		// first reported by the Star."
		sub := j
		for sub-1 > lo && a.class(sub-1) == auxiliary {
			sub-- // "had been"
		}
		switch {
		case a.isWord(sub-1, "which") && a.isPunct(sub-2, ','):
			parts = a.part(a.toks[sub-1].Span)
		case sub > lo && sub-lo <= 10 && a.class(lo) != preposition && a.class(lo) != conjunction && a.plainSubject(lo, sub):
			parts = a.part(a.span(lo, sub))
		default:
			return false
		}
	default:
		return false
	}
	at := attribution{parts: parts, kind: Indirect, conf: 0.6}
	a.fill(&at, k, v, src)
	a.cands = append(a.cands, at)
	return true
}

// plainSubject reports whether toks[lo:hi] is a noun phrase with no verb
// or clause break of its own: "Tinder's ban of Ana Ruiz", "News of the
// move".
func (a *analyzer) plainSubject(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		abbr := a.isPunct(j, '.') && j > lo && a.isCapWord(j-1) && len(a.word(j-1)) <= 3 // "Ms."
		if a.toks[j].kind != tWord && a.toks[j].kind != tPunct || a.toks[j].kind == tPunct && !a.possessive(j) && a.toks[j].r != '-' && !abbr || a.class(j) == auxiliary || a.pastTense(j) && j > lo && a.class(j-1) != determiner || a.isWord(j, "that") || a.isWord(j, "who") {
			return false
		}
	}
	return true
}

// newClause reports whether a comma in toks[lo:hi] is followed by a
// clause of its own, a subject and a finite verb: "After Bello warned of
// cuts, the council faced a choice", "as he left, officials will sue".
func (a *analyzer) newClause(lo, hi int) bool {
	for c := lo; c < hi; c++ {
		if !a.isPunct(c, ',') || c+1 >= hi || a.toks[c+1].kind != tWord || a.class(c+1) == preposition || a.class(c+1) == conjunction {
			continue
		}
		for v := c + 2; v < hi && v < c+7 && !a.isPunct(v, ','); v++ {
			if a.class(v) == auxiliary && !a.toks[v].cap || a.pastTense(v) && a.class(v-1) != determiner {
				return true
			}
		}
	}
	return false
}

// subordinator reports whether toks[j] is a word that opens a
// subordinate clause: "If the state does not pay, …", "Because the levee
// failed, …".
//
// The name scan asks it before most names, where the commonest
// conjunction is "and": the words are told apart by length first.
func (a *analyzer) subordinator(j int) bool {
	if a.class(j) != conjunction {
		return false // all of them are; most words are not
	}
	switch t := &a.toks[j]; t.End - t.Start {
	case 2:
		return a.isWord(j, "if") || a.isWord(j, "as")
	case 4:
		return a.isWord(j, "when") || a.isWord(j, "once")
	case 5:
		return a.isWord(j, "while") || a.isWord(j, "since") || a.isWord(j, "after")
	case 6:
		return a.isWord(j, "though") || a.isWord(j, "before") || a.isWord(j, "unless")
	case 7:
		return a.isWord(j, "because") || a.isWord(j, "whether")
	case 8:
		return a.isWord(j, "although") || a.isWord(j, "whereas")
	}
	return false
}

// factSubordinator reports whether toks[j] is a subordinator that opens a
// clause of what happens ("when", "as", "after", "because"), not of a
// condition or a question ("if", "unless", "whether"): the subject of
// such a clause is that of the verbs joined in it.
func (a *analyzer) factSubordinator(j int) bool {
	return a.subordinator(j) && !a.isWord(j, "if") && !a.isWord(j, "whether") && !a.isWord(j, "unless")
}

// asComparison reports whether toks[n], after "as", makes a comparison or
// a condition rather than opening a clause of when: "as well as", "as
// long as", "as part of".
func (a *analyzer) asComparison(n int) bool {
	switch lowerASCII(a.word(n)) {
	case "well", "long", "soon", "much", "many", "far", "part", "good", "bad":
		return true
	}
	return false
}

// writerTime reports whether toks[j:hi] are a clause of when something
// was said, in the writer's words, that runs to the sentence's end: "as
// he left the hall", "while touring the plant", "when asked", "as the
// crowd cheered". A clause after a comma or "that" hands the sentence on
// ("as he left, the state will sue").
func (a *analyzer) writerTime(j, hi int) bool {
	if !(a.isWord(j, "as") || a.isWord(j, "when") || a.isWord(j, "while") || a.isWord(j, "after") || a.isWord(j, "before")) {
		return false
	}
	end := a.trimEnd(j, hi)
	if end-j < 2 || a.quoteWithin(j, end) {
		return false
	}
	if a.newClause(j+1, end) {
		return false // "as he left, the state will sue"
	}
	for t := j + 1; t < end; t++ {
		if a.isWord(t, "that") && (a.class(t+1) == pronoun || a.class(t+1) == determiner) && a.hasFiniteVerb(t+2, min(end, t+8)) {
			return false // "as he left that the plan was dead"
		}
	}
	n := j + 1
	switch {
	case a.isWord(n, "asked") || a.isWord(n, "pressed") || a.isWord(n, "questioned"):
		return true // "when asked"
	case strings.HasSuffix(a.word(n), "ing") && a.class(n) == openClass:
		return true // "while touring the plant"
	case (a.class(n) == determiner || a.class(n) == openClass && !a.asComparison(n)) && !a.toks[n].cap:
		c := n + 1
		for c < end && !a.isPunct(c, ',') {
			c++
		}
		from := n + 1
		if a.class(n) == openClass {
			from = n // "as costs climb": the noun may be all there is before the verb
		}
		return a.hasFiniteVerb(from, c) // "as the crowd cheered", "as calmer weather allowed …", but not "after the meeting"
	}
	// A pronoun that can only be a subject opens a clause: "as he left".
	for _, p := range [...]string{"he", "she", "they", "we", "i"} {
		if a.isWord(n, p) {
			return true
		}
	}
	return false
}

// describesThing reports whether the cue v at toks[k] is "described" with
// what the speaker told of after it, a noun phrase or a clause of "how" or
// "what": "Ruiz described the flooding in the lower town", "Hale
// describes how the mill closed". The bare form stays out ("a word to
// describe the mood"), and so does a phrase that holds a verb of saying of
// its own, whose report it is ("described a plan that Hale says will
// fail"), or runs on to a clause of time after "as" ("described the damage
// as she toured the town").
func (a *analyzer) describesThing(k int, v cueVerb, hi int) bool {
	if v.lemma != "describe" || equalFoldASCII(a.word(k), "describe") {
		return false
	}
	lo := k + 1
	if lo >= hi || a.toks[lo].kind != tWord || a.isWord(lo, "as") {
		return false
	}
	if !(a.class(lo) == determiner || a.possessive(lo) || a.isCapWord(lo) || a.isWord(lo, "how") || a.isWord(lo, "what") || a.class(lo) == openClass && !strings.HasSuffix(a.word(lo), "ly")) {
		return false
	}
	for j := lo; j < hi && j < lo+maxClauseTokens; j++ {
		if a.toks[j].kind == tPunct {
			break
		}
		if w := a.verbAt(j); w != nil && !(w.plain && w.flags&(cueQuoteOnly|cueNounLike) != 0) || a.isWord(j, "as") && a.class(j+1) == pronoun {
			return false // but "in terms familiar to", "his remarks"
		}
	}
	return true
}

// reportedDeed reports whether the cue v at toks[k] is "reported" with a
// gerund at toks[j] after it, what a filing or a statement of accounts
// says its maker did: "the campaign reported raising $9 million", "the
// PAC has reported spending $2 million on ads". "Being" is left to the
// clause it opens ("reported being threatened").
func (a *analyzer) reportedDeed(k, j int, v cueVerb) bool {
	if v.lemma != "report" || v.plain || j != k+1 || j >= len(a.toks) || a.toks[j].kind != tWord || a.toks[j].cap {
		return false
	}
	w := a.word(j)
	return len(w) > 5 && strings.HasSuffix(w, "ing") && w != "being" && a.class(j) == openClass
}

// afterOwnReport returns where the words that a trailing "according to"
// covers start in toks[lo:hi]: after a clause that holds a report of its
// own and closes with a comma, which that report's cue covers. The
// clause is a setting that a subordinator opens ("As Hale noted last
// week, the plant closed in May, according to the union"; "When the
// board announced the sale, shares fell, according to traders"), or the
// words after its comma tell of someone or something in a relative
// clause ("The team announced that it hired Ruiz, who ran the port for a
// decade, according to the Post"; "Hale says the levy can pass the
// council, which rejected it in May, according to the Post"). It returns
// lo where there is none.
//
// A report is at most maxClauseTokens long, so only as many words before
// hi are read: a clause that the reading starts inside of tells nothing.
func (a *analyzer) afterOwnReport(lo, hi int) int {
	from, seg, cue := lo, lo, false
	start := lo
	if hi-lo > maxClauseTokens {
		start, seg = hi-maxClauseTokens, -1
	}
	for j := start; j < hi; j++ {
		t := &a.toks[j]
		if t.depth != 0 || t.kind == tOpen {
			return lo // a quotation's words: the frames of quotations tell
		}
		if t.kind == tWord && !t.cap && a.cueAt(j) && !a.verbAt(j).nounForm() && !a.attributive(j) {
			cue = true
		}
		if !a.isPunct(j, ',') {
			continue
		}
		if cue && seg >= 0 && (a.subordinator(seg) || a.isWord(seg, "as") || a.class(seg) == preposition || a.isWord(j+1, "who") || a.isWord(j+1, "which")) {
			from = j + 1
		}
		seg, cue = j+1, false
	}
	if hi-from < 3 {
		return lo
	}
	return from
}
