package quote

import "strings"

// Clause boundaries: where the words that follow a cue start and end, what
// may stand between a cue and its content, and what reads as a clause.

// abbreviationDot reports whether the period toks[k] ends an
// abbreviation such as "Mr." or "Sen.".
func (a *analyzer) abbreviationDot(k int) bool {
	p := k - 1
	if p < 0 || a.toks[p].kind != tWord || a.toks[p].End != a.toks[k].Start {
		return false
	}
	w, abbr := a.word(p), a.toks[p].lex.abbr()
	if i := strings.LastIndexByte(w, '-'); i >= 0 && len(w)-i <= 5 {
		w = w[i+1:] // R-Ky., D-Wis.
		abbr = abbreviations[lowerASCII(w)]
	}
	return abbr || len(w) <= 4 && a.toks[p].cap && isUpperCase(w[:1]) && (len(w) == 1 || a.isPunct(k+1, ')') || a.isPunct(k+1, ','))
}

// skipAdjuncts returns the first token from i (before hi) that is not part
// of what may follow a cue before its content: the listener of "told",
// times, "in a statement", "on Twitter", commas.
func (a *analyzer) skipAdjuncts(i, hi int, v cueVerb) int {
	if v.flags&cueObject != 0 && i < hi {
		if a.objectPronoun(i) {
			i++
		} else if p := a.rightPhrase(i, hi); p.ok() {
			i = p.hi
		}
	} else if i < hi && a.objectPronoun(i) {
		i++
	} else if p := a.infinitiveObject(i, hi, v.flags); p.ok() {
		i = p.hi // urged Congress to act, asked the crowd to welcome him
	} else if i < hi && (a.isWord(i, "reporters") || a.isWord(i, "journalists")) {
		i++
	}
	for guard := 0; i < hi && guard < 6; guard++ {
		if a.isWord(i, "at") { // howOftenEnd passes only words that start with "at"
			if e := a.howOftenEnd(i); e > i {
				i = e // "said at least twice during talks it would strike"
				continue
			}
		}
		if e := a.eventAdjunctEnd(i, hi); e > i {
			i = e // "said after the vote that …"
			continue
		}
		// four: whether toks[i] has the length of "this", "that", "just",
		// …, so that most words are not compared with each of them.
		four := a.toks[i].End-a.toks[i].Start == 4
		switch {
		case four && (a.isWord(i, "this") || a.isWord(i, "last") || a.isWord(i, "next")) && a.timeNoun(i+1) && !a.verbNext(i+2),
			four && a.isWord(i, "that") && (a.isWord(i+1, "day") || a.isWord(i+1, "morning") || a.isWord(i+1, "afternoon") || a.isWord(i+1, "evening") || a.isWord(i+1, "night")) && a.subjectStart(i+2):
			i += 2 // "this week officials …", "that day the city …"; but "next year would be" and "that day care costs are" open the report
		case a.class(i) == timeWord || a.isCapWord(i) && a.class(i) == timeWord || (a.isWord(i, "earlier") || a.isWord(i, "later")) && (a.class(i+1) == timeWord || a.isWord(i+1, "this") || a.isWord(i+1, "that") || a.isPunct(i+1, '.')):
			i++ // "on Tuesday", "earlier this week"
		case four && (a.isWord(i, "just") || a.isWord(i, "only")) && a.class(i+1) == timeWord && a.class(i+2) != auxiliary:
			i++ // "just today", then the time word; but "only now are officials admitting" inverts
		case (a.class(i) == preposition || a.class(i) == determiner) && a.adjunctOpener(i): // the classes of its words but time words, taken above
			// A short prepositional adjunct: in a statement, on Tuesday,
			// at a news conference, in an interview with WHBR.
			j := i + 1
			for j < hi && j < i+7 && a.toks[j].kind == tWord && a.class(j) != conjunction && a.class(j) != pronoun && a.class(j) != auxiliary && !a.isWord(j, "that") {
				if _, cue := a.cue(j); cue && j > i+1 && a.class(j-1) != determiner && a.class(j-1) != openClass {
					break // a verb, not "a conference call"
				}
				if a.isWord(j, "to") && a.class(j-1) == timeWord {
					break // "vowed on Tuesday to cut taxes"
				}
				if a.subjectAfterTime(j) {
					break // "warned on Tuesday the company would fail": a subject
				}
				j++
			}
			if !a.adjunctHead(i, j) && !(a.class(j) == pronoun && a.hasFiniteVerb(j+1, min(hi, j+3))) && !(a.subjectAfterTime(j) && a.hasFiniteVerb(j+1, min(hi, j+4))) {
				return i // but "wrote in both listings she was …" reads on
			}
			i = j
		case a.isWord(i, "of") && i+1 < hi:
			// "says of Ruiz, “…”", "told his audience of Monday,"
			j := i + 1
			for j < hi && j < i+7 && a.toks[j].kind == tWord {
				j++
			}
			if j >= hi || !a.isPunct(j, ',') && a.toks[j].kind != tOpen {
				return i
			}
			i = j
		case a.isWord(i, "to") && i > 0 && a.class(i-1) == timeWord && i+1 < hi:
			// "tweeted on Sunday to say …", "wrote Monday to tell
			// supporters …": a verb of saying after the day says what
			// follows.
			w, ok := a.cue(i + 1)
			if !ok || !equalFoldASCII(a.word(i+1), w.lemma) || w.flags&(cueInfinitive|cueQuoteOnly|cueNoClause) != 0 && w.flags&cueObject == 0 {
				return i // but "responded Sunday to reports that"
			}
			i += 2
			if w.flags&cueObject != 0 && i < hi {
				if a.objectPronoun(i) {
					i++
				} else if p := a.rightPhrase(i, hi); p.ok() {
					i = p.hi
				}
			}
		case a.isPunct(i, ','):
			i++
		case a.isWord(i+1, "that") && a.adverbBeforeThat(i):
			i++ // "said privately that", "said only that"
		case a.isPunct(i-1, ',') && a.sentenceAdverb(i):
			i++ // "added, though, that …"
		case a.isPunct(i-1, ',') && a.quoteAside(i) > i:
			i = a.quoteAside(i) // "said, and I quote, “…”"
		case (a.isPunct(i, '(') || a.toks[i].kind == tPunct && isDash(a.toks[i].r)) && a.quoteAside(i+1) > i+1:
			i = a.quoteAside(i + 1) // "said — and I quote — “…”", "said (and I quote)"
		default:
			return i
		}
	}
	return i
}

// adverbBeforeThat reports whether toks[i], between a cue and "that", is
// an adverb of the saying: "said privately that", "said repeatedly that",
// "said only that", "said again that". A clause's "that" is followed by a
// clause's words: "said exactly that in 2019" and "said roughly that
// amount" have a pronoun "that".
func (a *analyzer) adverbBeforeThat(i int) bool {
	if a.toks[i].kind != tWord || i+2 >= len(a.toks) {
		return false
	}
	degree := a.wordIn(degreeAdverbs, i)
	if n := &a.toks[i+2]; n.kind == tPunct && n.r == ',' {
		return !degree && a.adverbOfSaying(i) // "said repeatedly that, in his view, …"
	}
	if a.toks[i+2].kind != tWord && a.toks[i+2].kind != tOpen || a.class(i+2) == preposition {
		return false
	}
	if degree {
		// "said essentially that the plan was dead", but "said exactly
		// that amount": a clause has a verb of its own soon after.
		return a.hasFiniteVerb(i+3, min(len(a.toks), i+8)) && !a.isWord(i+2, "amount") && !a.isWord(i+2, "many") && !a.isWord(i+2, "much") && !a.isWord(i+2, "number")
	}
	return a.adverbOfSaying(i)
}

// adverbOfSaying reports whether toks[i] is an adverb that may say how
// something was said: "privately", "repeatedly", "only", "again". The
// adverbs that may stand between a subject and its verb are classed as
// auxiliaries (see wordClasses).
func (a *analyzer) adverbOfSaying(i int) bool {
	if a.adverb(i) {
		return true
	}
	if a.toks[i].kind != tWord || a.class(i) != auxiliary {
		return a.isWord(i, "only")
	}
	w := a.word(i)
	return strings.HasSuffix(w, "ly") || equalFoldASCII(w, "again") || equalFoldASCII(w, "also") || equalFoldASCII(w, "first") || equalFoldASCII(w, "later") || equalFoldASCII(w, "earlier")
}

// degreeAdverbs say how much, and go with a pronoun "that" after a cue
// rather than with the cue: "said exactly that", "said nearly that".
var degreeAdverbs = newFoldSet(map[string]bool{
	"exactly": true, "precisely": true, "essentially": true, "roughly": true, "nearly": true,
	"almost": true, "largely": true, "basically": true, "just": true, "even": true,
})

// eventAdjunctEnd returns the end of a short adjunct of when that opens
// with "after", "before" or "following" at toks[i] and runs to the "that"
// of the report: "said after the vote that …", "told reporters before
// the hearing that …". It returns i for anything else: "after" before a
// clause of its own ("said after he left that"), and a "that" that opens
// a relative clause on the adjunct's noun ("after the meeting that ended
// late").
func (a *analyzer) eventAdjunctEnd(i, hi int) int {
	if n := a.toks[i].End - a.toks[i].Start; n != 5 && n != 6 && n != 9 || !a.isWord(i, "after") && !a.isWord(i, "before") && !a.isWord(i, "following") {
		return i
	}
	for j := i + 1; j < hi && j <= i+7; j++ {
		if a.toks[j].kind != tWord {
			return i
		}
		if a.isWord(j, "that") {
			if j == i+1 || j+1 >= hi || a.class(j+1) == auxiliary || a.pastTense(j+1) || a.toks[j+1].lex.cue != 0 {
				return i
			}
			return j
		}
		// A verb ends the adjunct, but a noun after an article may be a
		// cue's form: "after the attack that".
		if c := a.class(j); c == pronoun || c == auxiliary || c == conjunction || a.toks[j].lex.cue != 0 && a.class(j-1) != determiner {
			return i
		}
	}
	return i
}

// quoteAside returns the end of the writer's aside "I quote" or "and I
// quote" at toks[i], or i.
func (a *analyzer) quoteAside(i int) int {
	j := i
	if a.isWord(j, "and") {
		j++
	}
	if !a.isWord(j, "i") || !a.isWord(j+1, "quote") {
		return i
	}
	j += 2
	if j < len(a.toks) && (a.isPunct(j, ')') || a.toks[j].kind == tPunct && isDash(a.toks[j].r)) {
		j++ // the aside's closing dash or parenthesis
	}
	return j
}

// infinitiveObject returns the phrase at toks[i] that a verb with
// cueInfinitive asks or urges to do something: "Congress" in "urged
// Congress to act", "the crowd" in "asked the crowd whether". It returns
// no phrase after other verbs, which are not asked to read one.
func (a *analyzer) infinitiveObject(i, hi int, flags cueFlags) phrase {
	if flags&cueInfinitive == 0 {
		return phrase{}
	}
	p := a.rightPhrase(i, hi)
	if p.ok() && p.hi+1 < hi && a.class(p.hi) == timeWord && a.timeNoun(p.hi) && (a.isWord(p.hi+1, "whether") || a.isWord(p.hi+1, "if") || a.whWord(p.hi+1)) {
		p.hi++ // "asked Ruiz Friday whether she would run": the day is the asking's
	}
	if p.ok() && (a.isWord(p.hi, "to") || a.isWord(p.hi, "not") && a.isWord(p.hi+1, "to") || a.isWord(p.hi, "whether") || a.isWord(p.hi, "if") || a.whWord(p.hi)) {
		return p
	}
	return phrase{}
}

// adjunctOpener reports whether toks[i] is a word that opens a short
// adjunct after a cue: "on", "in", "at", "during", "late", "early", "last"
// or "this". The word's class tells most words from these at once.
func (a *analyzer) adjunctOpener(i int) bool {
	switch a.class(i) {
	case preposition:
		if a.atLeast(i) {
			return false // "reported at least 12 injuries": a number, not a place
		}
		if a.isWord(i, "over") {
			return a.class(i+1) == timeWord || a.isWord(i+1, "the") && a.class(i+2) == timeWord // "over the weekend"
		}
		return a.isWord(i, "on") || a.isWord(i, "in") || a.isWord(i, "at") || a.isWord(i, "during")
	case timeWord:
		return a.isWord(i, "late") || a.isWord(i, "early") || a.isWord(i, "last")
	case determiner:
		return a.isWord(i, "this")
	}
	return false
}

// subjectAfterTime reports whether the determiner at toks[j] starts a
// subject right after a time: "on Tuesday the company would fail", "over
// the weekend his team was tired"; not "on the night the plant closed",
// where an article opens a clause on the time, nor "on Monday the 14th".
func (a *analyzer) subjectAfterTime(j int) bool {
	if a.class(j) != determiner || a.isWord(j, "that") || a.class(j-1) != timeWord || a.numeral(j+1) {
		return false
	}
	article := a.isWord(j, "the") || a.isWord(j, "a") || a.isWord(j, "an")
	return !(article && a.class(j-2) == determiner)
}

// atLeast reports whether toks[j] is "at" before "least" or "most"
// that counts rather than places or says how often: "at least six
// planes", "at least twice the usual number", "at least three times as
// many".
func (a *analyzer) atLeast(j int) bool {
	return a.atLeastWords(j) && a.howOftenEnd(j) == j
}

// atLeastWords reports whether toks[j:j+2] are "at least" or "at most".
func (a *analyzer) atLeastWords(j int) bool {
	return a.isWord(j, "at") && (a.isWord(j+1, "least") || a.isWord(j+1, "most"))
}

// howOftenEnd returns the end of "at least once", "at most twice", "at
// least three times" starting at toks[j], with what says when ("before",
// "again", "during talks", "last year", "a week"), or j when the words
// count something instead ("at least twice the usual number", "at least
// three times as many") or are no such phrase.
func (a *analyzer) howOftenEnd(j int) int {
	if !a.atLeastWords(j) {
		return j
	}
	n := j + 2
	switch {
	case a.isWord(n, "once") || a.isWord(n, "twice"):
		n++
	case a.countWord(n) && a.isWord(n+1, "times"):
		n += 2
	default:
		return j
	}
	switch lowerASCII(a.word(n)) {
	case "the", "as", "more", "many", "fewer", "less", "larger", "higher", "bigger", "greater", "faster":
		return j // twice the usual number, three times as many
	case "a", "per", "every", "each":
		if a.class(n+1) != timeWord {
			return j // "twice a typical load" counts; "twice a year" is how often
		}
		return n + 2
	case "before", "again":
		return n + 1
	case "since":
		// "twice since the shooting that …": no adjunct opener takes it
		e := n + 1
		for e < n+4 && e < len(a.toks) && a.toks[e].kind == tWord && !a.isWord(e, "that") && a.class(e) != pronoun && a.class(e) != auxiliary && !a.cueAt(e) {
			e++
		}
		return e
	}
	// "twice during talks", "twice in March", "twice last year": the
	// adjunct after it is skipped as any other.
	return n
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
			"morning", "afternoon", "evening", "night", "weekend", "time", "day", "session", "condition", "anonymity",
			"phone", "telephone", "spokesman", "spokeswoman", "spokesperson", "steps", "podium", "stage", "floor", "lectern":
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
	verbSeen, scanned := false, lo // whether toks[lo:scanned] has a verb
	for j := lo + 1; j < hi; j++ {
		// Every token is asked what it is below: it is told once.
		t := &a.toks[j]
		if t.kind == tWord && t.lex.class != conjunction && !(t.cap && t.lex.class == preposition) {
			// A word ends the clause only as "and" or "but", or in a
			// headline as "As" or "Amid", a conjunction or a capitalized
			// preposition: most words are passed at once.
			continue
		}
		closing := t.kind == tClose && t.depth == 1
		if closing {
			// “…loop-hole,” she said: a quotation's own attribution ends the
			// report that carries it.
			if j+2 < hi && (a.class(j+1) == pronoun || a.isCapWord(j+1)) {
				if v, ok := a.cue(j + 2); ok && !v.plain {
					return j + 1
				}
			}
			// "who calls the plan a “sham,” said he …": the verb of the
			// sentence's subject ends the relative clause.
			if a.isPunct(j-1, ',') && j+1 < hi {
				if v, ok := a.cue(j + 1); ok && !v.plain && !strings.HasSuffix(a.word(j+1), "ing") {
					return j + 1
				}
			}
		}
		// A comma may stand inside a closing mark: “… this cycle,” while …
		comma, end := t.kind == tPunct && t.r == ',' && t.depth == 0, j
		if closing && a.isPunct(j-1, ',') {
			comma, end = true, j+1
		}
		if comma && j+1 < hi && a.writerResumes(j+1, hi) && !a.contrastGoesOn(j+1, hi) {
			return end
		}
		// ", citing a poll", ", calling it a hoax": once the clause has
		// its verb, a participle of a verb of saying is a second report
		// of the speaker's. In "the crowd, chanting “USA,” surged" the
		// verb comes after.
		if comma && j+1 < hi && a.saysAgain(j+1) && !a.asideBefore(j+2, hi) {
			return end
		}
		// "suggested the storm was to blame, called the mayor a fraud and
		// left": once the clause has its verb, a verb of saying in the
		// past with no subject of its own is the speaker's next deed. In
		// "said the pier, called the Old Wharf, was closed" it names.
		if comma && j+1 < hi && a.saysNext(j+1, hi) {
			for ; !verbSeen && scanned < j; scanned++ {
				verbSeen = a.verbOrTo(scanned) // read once for all the commas
			}
			if (verbSeen || a.clauseAfter(j+1)) && !a.asideBehind(j, lo) {
				return end
			}
		}
		// "said she would not back Hale, who faces a primary": once the
		// clause has its verb, ", who …" after a name says more of the
		// person, in the writer's words. In "said Hale, who faces a
		// primary, would lose" the verb comes after.
		if comma && a.isWord(j+1, "who") && a.isCapWord(j-1) && (a.hasPlainVerb(lo, j) || a.class(lo) == pronoun && a.hasFiniteVerb(lo+1, j)) {
			return end
		}
		if t.depth != 0 {
			continue
		}
		// Punctuation ends the clause only as these two say; the tests
		// after them are of words.
		if t.kind == tPunct {
			if isDash(t.r) && a.isPunct(j+1, t.r) {
				// "a rift between communities -- mainly in cities -- and
				// the police": a doubled dash that another closes sets
				// off an aside, and the clause goes on after it.
				// Not when the writer's next verb follows the second: "said
				// the plan would fail -- a prediction that came true -- and
				// voted against it".
				if c := a.doubleDashAt(j+2, hi); c > 0 && c+2 < hi && a.toks[c+2].kind == tWord && !((a.isWord(c+2, "and") || a.isWord(c+2, "but")) && a.pastTense(c+3)) {
					j = c + 1
					continue
				}
				if !a.dashGoesOn(j + 2) {
					return j
				}
			}
			if t.r == ';' {
				return j
			}
			// "— a point that officials dispute", "— though he gave other
			// accounts": after a lone dash, the writer's comment on the report.
			if isDash(t.r) && (a.isWord(j+1, "a") || a.isWord(j+1, "an") || a.isWord(j+1, "though") || a.isWord(j+1, "although")) && a.writerResumes(j+1, hi) && !a.dashAhead(j+1, hi) {
				return j
			}
			continue
		}
		and, but := a.isWord(j, "and"), a.isWord(j, "but") // asked below again and again
		// "said A and warned B": the second verb is a report of its own.
		// But in "said both he and Ruiz promised …" a subject of a few
		// words comes first, and "and" joins it to another.
		if (and || but) && !(j-lo <= 3 && a.subjectOnly(lo, j)) {
			e := j
			if a.isPunct(j-1, ',') {
				e = j - 1
			}
			for w := j + 1; w < hi && w < j+7 && a.toks[w].kind == tWord; w++ {
				if v, ok := a.cue(w); ok && !a.toks[w].cap && !v.nounForm() && !a.passive(w) {
					return e
				}
				if endsInEd(a.word(w)) && a.wordIn(judgingVerbs, w) { // all end in -ed
					return e // "said she earns $38,000 and questioned how …"
				}
				if a.isWord(w, "in") && a.countWord(w-1) && a.countWord(w+1) && !(a.numeral(w+1) && len(a.word(w+1)) >= 4) && (a.sayAt(w+2) || a.sayAt(w+3)) {
					return e // "and three in five said": a share of those polled
				}
				if a.class(w) == conjunction || a.class(w) == preposition || a.modal(w) {
					break // "and would announce" goes on with the report
				}
			}
		}
		// "what Ruiz says her levy would do and how engineers say it
		// would work" or "…, and what it would do": a second clause of
		// its own, when "say" follows the second clause's subject; but
		// "what happened and why it took so long" and "and how the
		// company handles claims" go on.
		if and && (a.isWord(j+1, "how") || a.isWord(j+1, "what") || a.isWord(j+1, "why")) && (a.isPunct(j-1, ',') || a.sayAt(a.rightPhrase(j+2, hi).hi)) {
			return j
		}
		// A new clause with its own subject: ", and he urged", " but she
		// has also".
		if (and || but) && a.isPunct(j-1, ',') && a.class(j+1) == pronoun && !a.isWord(j+1, "who") && !a.isWord(j+1, "which") {
			return j - 1
		}
		if but && a.class(j+1) == pronoun && !a.isWord(j+1, "it") {
			return j
		}
		// A headline's second clause: "Ruiz Says No To Harbor Debate As
		// Hale Steps Up Attacks".
		if t.cap && (a.isWord(j, "as") || a.isWord(j, "while") || a.isWord(j, "amid") || a.isWord(j, "after") || a.isWord(j, "despite")) && a.headlineCase() {
			return j
		}
	}
	return a.trimEnd(lo, hi)
}

// timeNoun reports whether toks[j] names a stretch of time: "week",
// "Tuesday", "morning"; not "last" or "early", which are time words too.
func (a *analyzer) timeNoun(j int) bool {
	return a.class(j) == timeWord && !a.isWord(j, "last") && !a.isWord(j, "late") && !a.isWord(j, "early") && !a.isWord(j, "now") && !a.isWord(j, "ago")
}

// sayAt reports whether toks[j] is a form of "say".
func (a *analyzer) sayAt(j int) bool {
	v := a.verbAt(j)
	return v != nil && v.lemma == "say"
}

// verbNext reports whether toks[j] is a verb that a time phrase before it
// would be the subject of: "next year would be harder", "next year poses
// a challenge".
func (a *analyzer) verbNext(j int) bool {
	if a.class(j) == auxiliary && !a.adverb(j) || a.pastTense(j) {
		return true
	}
	// "next year poses a challenge", but "this week officials had …",
	// where the plural is the subject of the verb after it.
	w := a.word(j)
	return pluralForm(w) && !a.toks[j].cap && !(a.class(j+1) == auxiliary || a.pastTense(j+1))
}

// subjectStart reports whether toks[j] can start a clause's subject: a
// pronoun, a determiner or a name.
func (a *analyzer) subjectStart(j int) bool {
	return a.class(j) == pronoun || a.class(j) == determiner || a.isCapWord(j)
}

// subjectOnly reports whether toks[lo:hi] are words that can only make a
// subject: pronouns, names and "both".
func (a *analyzer) subjectOnly(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if !(a.class(j) == pronoun || a.isCapWord(j) || a.isWord(j, "both")) {
			return false
		}
	}
	return true
}

// judgingVerbs are past tenses that, after "and", start a second deed of
// the speaker's rather than more of the report: "said A and criticized
// him for B".
var judgingVerbs = newFoldSet(map[string]bool{
	"criticized": true, "criticised": true, "questioned": true, "accused": true, "praised": true,
	"blamed": true, "thanked": true, "dismissed": true, "rejected": true, "defended": true,
	"attacked": true, "mocked": true, "blasted": true, "slammed": true, "challenged": true,
	"counter-accused": true, "condemned": true, "denounced": true, "pledged": true, "vowed": true,
})

// endsInEd reports whether w ends in "ed" in either case, as a word must
// to lower to one of judgingVerbs.
func endsInEd(w string) bool {
	return len(w) > 2 && w[len(w)-2]|0x20 == 'e' && w[len(w)-1]|0x20 == 'd'
}

// dashGoesOn reports whether the words at toks[j], after a lone doubled
// dash, carry the report on: "-- including …", "-- especially …", a
// quotation that spells out what came before, or "-- and that …", a
// second reported clause.
func (a *analyzer) dashGoesOn(j int) bool {
	if j < len(a.toks) && a.toks[j].kind == tOpen {
		// Not a quotation with a speaker of its own: "-- “It won't,”
		// Ortiz replied".
		qi := a.firstQuote(j)
		return qi < len(a.qrefs) && a.qrefs[qi].open == j && !a.attributionAt(a.qend(a.qrefs[qi]), len(a.toks))
	}
	// "-- and that the vote …" opens a second reported clause; "-- and
	// that was before the vote" goes on with a pronoun.
	return a.isWord(j, "including") || a.isWord(j, "especially") || a.isWord(j, "particularly") ||
		a.isWord(j, "and") && a.isWord(j+1, "that") && a.subjectStart(j+2)
}

// doubleDashAt returns the position of the next doubled dash ("--") in
// toks[j:hi] outside quotation marks, or 0.
func (a *analyzer) doubleDashAt(j, hi int) int {
	for ; j+1 < hi; j++ {
		if t := &a.toks[j]; t.kind == tPunct && t.depth == 0 && isDash(t.r) && a.isPunct(j+1, t.r) {
			return j
		}
	}
	return 0
}

// dashAhead reports whether a dash stands in toks[j:hi], closing an
// aside that a dash before j opened.
func (a *analyzer) dashAhead(j, hi int) bool {
	for ; j < hi; j++ {
		if a.toks[j].kind == tPunct && isDash(a.toks[j].r) {
			return true
		}
	}
	return false
}

// writerResumes reports whether, after a comma, toks[j] starts words of
// the writer's rather than more of the report.
func (a *analyzer) writerResumes(j, hi int) bool {
	switch lowerASCII(a.word(j)) {
	case "adding", "saying", "noting", "arguing", "explaining":
		return true // a second report
	case "according":
		// ", according to Hale" is a second report, but not right after
		// a "that" that opens a report: "reported that, according to an
		// audit, most …".
		return !a.thatOpensReport(j-2, a.rightPhrase(j+2, hi), hi)
	case "while", "although", "though", "whereas":
		return true
	case "compared":
		return a.isWord(j+1, "with") || a.isWord(j+1, "to") // ", compared with 40 percent in 2012": the writer's figures
	case "including", "leaving", "making":
		// ", including …" and ", leaving …" go on with the report's
		// own content; only the participles below take a new clause.
	default:
		// ", believing that …": a participle with a clause of its own
		// goes on about the subject, in the writer's words.
		if a.ingParticiple(j) && (a.isWord(j+1, "that") || a.isWord(j+1, "how")) {
			return true
		}
		// ", quietly staking her seat on the vote": an adverb and a
		// participle, the writer's gloss on what was said.
		if w, n := a.word(j), a.word(min(j+1, len(a.toks)-1)); len(w) > 4 && strings.HasSuffix(w, "ly") && !a.toks[j].cap && j+1 < hi && len(n) > 5 && strings.HasSuffix(n, "ing") && !a.toks[j+1].cap {
			return true
		}
	case "but":
		// ", but he…" and ", but declined to say" start words of the
		// writer's; ", but only for a year" goes on with the report.
		if j+1 >= hi {
			return false // "…, but" ends the text
		}
		w := a.word(j + 1)
		return a.class(j+1) == pronoun || a.class(j+1) == determiner || a.isCapWord(j+1) || a.class(j+1) == openClass && strings.HasSuffix(w, "ed")
	case "a", "an":
		// ", a figure that economists questioned": the writer's comment.
		for w := j + 1; w < hi && w < j+5; w++ {
			if a.isWord(w, "that") || a.isWord(w, "which") || a.isWord(w, "who") {
				return true
			}
		}
		// ", a swipe at his rival", "— a costly plan she has
		// floated before": a noun that sums up what was said, in the
		// writer's words.
		for w := j + 1; w < hi && w < j+5 && a.toks[w].kind == tWord; w++ {
			if a.wordIn(commentNouns, w) {
				// The comment goes on about what was said: "a swipe at",
				// "a move that", "a point she conceded"; but a list goes
				// on to its next item ("a new coach, a better plan and
				// more money").
				n := w + 1
				return !(a.isWord(n, "and") || a.isWord(n, "or") || a.isPunct(n, ',') && !a.isWord(n+1, "but"))
			}
			if a.class(w) != openClass {
				break
			}
		}
	}
	// ", which he said were …", ", the footage showed": a comment with a
	// report of its own.
	for w := j; w < hi && w < j+7 && a.toks[w].kind == tWord; w++ {
		if v, ok := a.toks[w].lex.verb(); ok && !a.toks[w].cap && !v.plain && a.class(w-1) != determiner && !strings.HasSuffix(a.word(w), "ing") {
			if a.class(w-1) == pronoun || a.isCapWord(w-1) || a.class(w-1) == openClass && w-1 > j {
				return true
			}
		}
	}
	return false
}

// ingParticiple reports whether toks[j] is a lower-case word of the open
// class in -ing, of more than five letters: "believing", "preparing".
func (a *analyzer) ingParticiple(j int) bool {
	w := a.word(j)
	return len(w) > 5 && strings.HasSuffix(w, "ing") && !a.toks[j].cap && a.class(j) == openClass
}

// saysAgain reports whether toks[j] is the participle of a verb of
// saying: "citing", "calling", "telling", "going on to fault".
func (a *analyzer) saysAgain(j int) bool {
	if a.isWord(j, "going") && a.goesOnTo(j+3) {
		j += 3 // ", going on to fault the plan"
		return a.verbAt(j) != nil && !a.toks[j].cap
	}
	w := a.word(j)
	return len(w) > 5 && strings.HasSuffix(w, "ing") && !a.toks[j].cap && a.verbAt(j) != nil
}

// saysNext reports whether toks[j], after a comma, is the past tense of a
// verb of saying that starts a deed of its own: "warned that …", "called
// the mayor a fraud"; not a participle that a noun before it takes
// ("called by some the father of the pier") or one set off as an aside
// ("the plan, praised by all, failed").
func (a *analyzer) saysNext(j, hi int) bool {
	v, ok := a.cue(j)
	if !ok || v.plain || a.toks[j].cap || strings.HasSuffix(a.word(j), "ing") || a.isWord(j+1, "by") {
		return false
	}
	return !a.asideBefore(j+1, hi)
}

// listedDeed reports whether the verb of saying at toks[k], after a
// comma, is one of a list of the subject's deeds that follows a report:
// "Ruiz praised the crews, warned that the levee was weak and …",
// "suggested the storm was to blame, called the mayor “third-rate”". Not
// an inverted attribution ("The levee is weak, warned Hale.") nor a verb
// whose subject an aside sets off ("Hale, in 2019, warned …").
func (a *analyzer) listedDeed(k int, s sentence) bool {
	if k-2 <= s.lo || !a.isPunct(k-1, ',') || a.toks[k-1].depth != 0 || !a.saysNext(k, s.hi) || a.asideBehind(k-1, s.lo) || !a.clauseAfter(k) && !a.hasVerbOrTo(max(s.lo, k-maxClauseTokens), k-1) {
		return false
	}
	if (a.objectPronoun(k+1) || a.isWord(k+1, "it")) && a.isWord(k+2, "to") {
		return false // "found the note, reported it to the police": no words said
	}
	if a.relativeDeed(k-1, s.lo) {
		return false // "a site that has spread rumors, posted …": the site's deeds
	}
	v, _ := a.cue(k)
	p := a.rightPhrase(a.pastParticle(k+1, v), s.hi)
	// "…, said the mayor, …", "said an aide who was briefed", "said the
	// mayor and thanked the crews": the speaker after the verb.
	return !(p.ok() && (p.hi >= s.hi || a.isPunct(p.hi, ',') || a.isPunct(p.hi, '.') || a.isPunct(p.hi, ':') || a.isWord(p.hi, "who") || a.isWord(p.hi, "and") && !a.deedsAfter(p)))
}

// clauseAfter reports whether the verb at toks[k] takes a clause or an
// infinitive, as only a finite verb does: "declined to say", "warned
// that …".
func (a *analyzer) clauseAfter(k int) bool {
	return a.isWord(k+1, "that") || a.toVerb(k+1)
}

// hasVerbOrTo reports whether toks[lo:hi] has a verb, as
// [analyzer.hasPlainVerb] finds one, or an infinitive: "urged the council
// to close the pier".
func (a *analyzer) hasVerbOrTo(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if a.verbOrTo(j) {
			return true
		}
	}
	return false
}

// verbOrTo reports whether toks[j] is a verb, as [analyzer.plainVerb]
// finds one, or the "to" of an infinitive.
func (a *analyzer) verbOrTo(j int) bool {
	return a.plainVerb(j) || a.toVerb(j)
}

// toVerb reports whether toks[j] is "to" before a lower-case word of the
// open class. Unlike [analyzer.infinitive] it takes the word for a verb
// whatever its ending.
func (a *analyzer) toVerb(j int) bool {
	return a.isWord(j, "to") && j+1 < len(a.toks) && a.toks[j+1].kind == tWord && a.class(j+1) == openClass && !a.toks[j+1].cap
}

// relativeDeed reports whether a relative pronoun opens the verb before
// the comma at toks[c], a few words back: "a site that has spread
// rumors", "officials who lied". A verb after the comma is another deed
// of theirs. A relative clause that a comma opens is an aside in the
// subject, and the verb after it the subject's.
func (a *analyzer) relativeDeed(c, lo int) bool {
	for p := c - 1; p > lo && p >= c-asideReach; p-- {
		if !(a.isWord(p, "that") || a.isWord(p, "who") || a.isWord(p, "which")) || a.isPunct(p-1, ',') || a.toks[p-1].kind == tClose && a.isPunct(p-2, ',') {
			continue // ", who …," sets off an aside: "Hale, who ran the pier, warned"
		}
		n := p + 1
		for n < c && (a.class(n) == auxiliary || a.adverb(n)) {
			n++
		}
		if n < c && (n > p+1 || a.pastTense(n)) {
			return true
		}
	}
	return false
}

// asideBehind reports whether the comma at toks[c] closes an aside that
// a comma a few words before opens: "in 2019" in "Hale, in 2019,
// warned", "who runs the pier" in "Ruiz, who runs the pier, warned". The
// verb after it has its subject before the aside.
func (a *analyzer) asideBehind(c, lo int) bool {
	for p := c - 1; p > lo && p >= c-asideReach; p-- {
		if t := &a.toks[p]; t.kind == tPunct && t.r == ',' && t.depth == 0 {
			n := p + 1
			return a.class(n) == preposition || a.class(n) == timeWord || a.adverb(n) || a.isWord(n, "who") || a.isWord(n, "which") || strings.HasSuffix(a.word(n), "ing")
		}
	}
	return false
}

// asideReach is how many tokens the readings of an aside look through for
// the comma that sets it off or the relative pronoun that opens it: an
// aside longer than that is taken for a clause of its own, and a long
// sentence of commas costs each comma no more.
const asideReach = 12

// asideBefore reports whether a comma in the next few tokens from toks[j]
// closes an aside before the clause's own verb: in "the crowd, chanting
// “USA,” surged" and "it is the aides, bowing to donors, who have
// pushed" the participle is set off inside the clause.
func (a *analyzer) asideBefore(j, hi int) bool {
	for end := min(hi, j+asideReach); j < end; j++ {
		t := &a.toks[j]
		// A comma may stand inside a closing mark: “USA,” surged.
		if t.kind == tPunct && t.r == ',' && t.depth == 0 || t.kind == tClose && t.depth == 1 && a.isPunct(j-1, ',') {
			n := j + 1
			return a.class(n) == auxiliary || a.pastTense(n) || a.isWord(n, "who") || a.isWord(n, "which")
		}
	}
	return false
}

// contrastGoesOn reports whether ", while …", ", though …" or ", although
// …" at toks[j] sets a contrast inside what was said: "said the plan was
// sound, though it would cost more" reports both halves. The writer
// speaks again when the contrast has a report of its own (", though she
// noted …", ", while Hale said …"), when a participle follows (", while
// adding …") and when a share of those polled gives another answer
// (", while 12 percent disagreed").
func (a *analyzer) contrastGoesOn(j, hi int) bool {
	if !(a.isWord(j, "while") || a.isWord(j, "though") || a.isWord(j, "although")) || a.toks[j].cap {
		return false
	}
	n := j + 1
	if n >= hi || a.toks[n].kind != tWord || strings.HasSuffix(a.word(n), "ing") || a.countWord(n) || a.countWord(n+1) {
		return false
	}
	for w := n; w < hi && w < j+20; w++ {
		if a.toks[w].kind == tWord && !a.toks[w].cap && a.verbAt(w) != nil {
			return false
		}
	}
	return true
}

// commentNouns are nouns by which a writer sums up what was said, set
// off after the report: ", a swipe at the mayor", ", a point she
// conceded", "— a play on words".
var commentNouns = newFoldSet(map[string]bool{
	"swipe": true, "jab": true, "dig": true, "shot": true, "reference": true, "nod": true, "allusion": true,
	"point": true, "plan": true, "proposal": true, "idea": true, "claim": true, "assertion": true,
	"statement": true, "remark": true, "comment": true, "move": true, "step": true, "shift": true,
	"reversal": true, "departure": true, "sign": true, "signal": true, "message": true, "margin": true,
	"level": true, "issue": true, "position": true, "stance": true, "view": true, "charge": true,
	"accusation": true, "allegation": true, "criticism": true, "promise": true, "pledge": true, "vow": true,
	"threat": true, "warning": true, "reminder": true, "recommendation": true, "suggestion": true,
	"tactic": true, "strategy": true, "decision": true, "reflection": true, "testament": true,
	"indication": true, "admission": true, "acknowledgment": true, "concession": true, "contrast": true,
	"echo": true, "play": true, "calculation": true, "estimate": true, "prediction": true, "notion": true,
	"theme": true, "refrain": true, "phrase": true, "slogan": true, "label": true, "nickname": true,
	"characterization": true, "tribute": true, "rebuke": true, "retort": true, "rebuttal": true, "sum": true,
})

// reasonGoesOn reports whether the conjunction at toks[j], after an
// interrupting attribution, carries on the report: "The effects are hard
// to predict, economists say, because …", "…, Ortiz says, and she felt
// able to …"; but not "but", after which the writer resumes ("…, Smith
// said, but he will try again").
func (a *analyzer) reasonGoesOn(j int) bool {
	return a.isWord(j, "because") || (a.isWord(j, "and") || a.isWord(j, "so")) && (a.class(j+1) == pronoun || a.class(j+1) == determiner) && !a.isWord(j+1, "who") && !a.isWord(j+1, "which")
}

// infinitive reports whether toks[j] is "to" before a verb: "It is her
// duty, she said, to alert the council".
func (a *analyzer) infinitive(j int) bool {
	if !a.isWord(j, "to") || j+1 >= len(a.toks) || a.toks[j+1].kind != tWord || a.toks[j+1].cap || a.class(j+1) != openClass {
		return false
	}
	w := a.word(j + 1)
	return !pluralForm(w) && !strings.HasSuffix(w, "ing") // not "said to reporters", "to waiting crowds"
}

// trimTime returns hi less a time adjunct that ends a reported clause:
// "mocked Ruiz as a “fraud” Wednesday on the Tom Hale Hour".
// The adjunct says when the report was made, not what was reported.
func (a *analyzer) trimTime(lo, hi int) int {
	for t := hi - 1; t > lo+1 && t >= hi-8; t-- {
		if !a.isCapWord(t) || a.class(t) != timeWord || a.isWord(t, "last") || a.isWord(t, "this") {
			continue
		}
		if a.class(t-1) == preposition && !a.isWord(t-1, "on") || a.beForm(t-1) {
			return hi // "back by Friday" and "the vote is Monday" are what was said
		}
		if a.timeBelongs(lo, t) {
			return hi
		}
		// Only a short place or show may follow: "on WHBR", "in Ohio".
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

// trimMedium returns hi less the medium of the report that ends what a
// cue reports as a noun phrase: "called for a new harbor wall in a
// statement", "did not mention the levy in his speech". Like a time, it
// tells how the report was made, not what was reported; but after a verb
// of the report's own it is that verb's: "said the city asked for the
// money in a letter".
func (a *analyzer) trimMedium(lo, hi int) int {
	e := a.trimEnd(lo, hi)
	for e > lo && a.class(e-1) == timeWord {
		e-- // "in a tweet yesterday"; trimTime has cut "on Sunday"
	}
	// At least two words stay: "called for calm in a statement" reports
	// "calm" and the cue, not nothing.
	if n := e - 1; n-2 > lo+1 && a.isWord(n-2, "in") && a.class(n-1) == determiner && a.mediumNoun(n) && !a.hasFiniteVerb(lo, n-2) {
		return a.trimEnd(lo, n-2)
	}
	return hi
}

// quotedTail returns where the report toks[lo:hi] ends when its last
// quotation is followed only by when or how the words were said: "called
// the levy “a disgrace” on Monday", "said the port did not want “that
// mess,” in an interview with Harbor Radio on Sunday". The closing mark
// ends the quoted words, and a day or a medium right after it, running to
// the clause's end, tells of the report, not of what was reported; else
// hi.
func (a *analyzer) quotedTail(lo, hi int) int {
	e := a.trimEnd(lo, hi)
	c := e - 1
	for c > lo && a.toks[c].kind != tClose {
		if e-c > 12 || a.toks[c].kind == tOpen {
			return hi
		}
		c--
	}
	if c <= lo || a.toks[c].kind != tClose || a.toks[c].depth > 1 {
		return hi
	}
	t := c + 1
	if a.isPunct(t, ',') {
		t++
	}
	if t >= e {
		return hi
	}
	j := t
	if a.isWord(j, "in") || a.isWord(j, "during") {
		// "in a statement", "during a radio interview with Hale"
		j++
		if !a.possessivePronoun(j) && !a.isWord(j, "a") && !a.isWord(j, "an") {
			return hi
		}
		n := j + 1
		for n < e && n <= j+3 && !a.mediumNoun(n) {
			if a.toks[n].kind != tWord || a.toks[n].cap || a.class(n) != openClass {
				return hi
			}
			n++
		}
		if n >= e || !a.mediumNoun(n) {
			return hi
		}
		j = n + 1
		if j < e && (a.isWord(j, "with") || a.isWord(j, "to")) && a.isCapWord(j+1) {
			for j++; j < e && a.isCapWord(j); j++ {
			}
		}
	}
	if j < e && a.isWord(j, "on") {
		j++
	}
	if j < e && a.isCapWord(j) && a.class(j) == timeWord && !a.timeBelongs(lo, j) {
		j++
		if j < e && (a.isWord(j, "night") || a.isWord(j, "morning") || a.isWord(j, "afternoon") || a.isWord(j, "evening")) {
			j++
		}
	}
	if j != e || j == t || a.isWord(t, "on") && j == t+1 {
		return hi
	}
	return a.trimEnd(lo, t)
}

// mediumNoun reports whether toks[j] names a medium a report is made in:
// "statement", "tweet", "interview", "speech".
func (a *analyzer) mediumNoun(j int) bool {
	return a.wordIn(statementNouns, j) || a.isWord(j, "interview") || a.isWord(j, "speech")
}

// namedDays are the words that name a day with a day of the week:
// "Super Tuesday", "Black Friday".
var namedDays = newFoldSet(map[string]bool{
	"super": true, "black": true, "good": true, "cyber": true, "easter": true, "palm": true, "ash": true,
	"holy": true, "giving": true,
})

// timeBelongs reports whether a time word at toks[t], at the end of a
// reported clause that starts at toks[lo], tells of the reported event
// rather than of the report: part of a name ("Super Tuesday"), after a
// verb of a clause of its own ("the film, which opens Friday", "how she
// does Tuesday"), inside a clause opened by "when" or "after", or in a
// report of what will be ("the House will vote on Monday").
func (a *analyzer) timeBelongs(lo, t int) bool {
	if a.isCapWord(t - 1) {
		// "as Super Tuesday unfolds", "on Harbor News Sunday"; but not "at a
		// rally in Ohio Monday", where the name is a place.
		return a.wordIn(namedDays, t-1) || a.class(t-2) != preposition
	}
	if a.wordIn(statementNouns, t-1) || a.isWord(t-1, "filing") || a.isWord(t-1, "interview") {
		return false // "…, in a statement Monday"
	}
	// A modal or "when" counts in the last part of the clause only: not
	// in "the company will cut jobs, speaking to reporters Friday".
	for j := t - 1; j > lo; j-- {
		if a.isPunct(j, ',') && a.toks[j].depth == 0 {
			lo = j + 1
			break
		}
	}
	v := t - 1
	if a.isWord(v, "on") || a.isWord(v, "late") || a.isWord(v, "early") {
		v--
	}
	if a.toks[v].kind == tWord && !a.toks[v].cap && (a.pastTense(v) || a.class(v) == openClass && a.hasFiniteVerb(v, v+1) && a.class(v-1) != determiner && a.class(v-1) != openClass) {
		return true
	}
	for j := lo; j < t; j++ {
		if a.modal(j) && !a.isWord(j, "to") || a.isWord(j, "when") || a.isWord(j, "after") || a.isWord(j, "before") || a.isWord(j, "until") {
			return true
		}
	}
	return false
}

// trimDate returns hi less a date that ends a reported noun phrase: "in
// June 2015", "on Tuesday", "last week". The date tells when the deed was
// done, not what was announced.
func (a *analyzer) trimDate(lo, hi int) int {
	for t := hi - 1; t > lo && t >= hi-4; t-- {
		if !(a.isWord(t, "in") || a.isWord(t, "on") || a.isWord(t, "last") || a.isWord(t, "this") || a.isWord(t, "during")) {
			continue
		}
		date := t+1 < hi
		for w := t + 1; w < hi; w++ {
			if a.toks[w].kind != tWord || a.class(w) != timeWord && !a.numeral(w) && !(a.toks[w].cap && months[lowerASCII(a.word(w))]) {
				date = false
			}
		}
		if date {
			return t
		}
	}
	return hi
}

// trimEnd returns hi less the punctuation that ends toks[lo:hi] outside
// quotation marks.
func (a *analyzer) trimEnd(lo, hi int) int {
	for hi > lo {
		t := &a.toks[hi-1]
		if t.kind == tPunct && t.depth == 0 && (t.r == '.' || t.r == ',' || t.r == ':' || t.r == ';' || isDash(t.r)) {
			hi--
			continue
		}
		break
	}
	return hi
}

// modal reports whether toks[j] is a modal verb or "to".
//
// The word's class tells most words from these at once: "to" is a
// preposition, "shall" no closed-class word, and the others auxiliaries,
// which the length picks to compare.
func (a *analyzer) modal(j int) bool {
	switch a.class(j) {
	case auxiliary:
		switch t := &a.toks[j]; t.End - t.Start {
		case 3:
			return a.isWord(j, "may") || a.isWord(j, "can")
		case 4:
			return a.isWord(j, "will") || a.isWord(j, "must")
		case 5:
			return a.isWord(j, "would") || a.isWord(j, "could") || a.isWord(j, "might")
		case 6:
			return a.isWord(j, "should")
		}
	case preposition:
		return a.isWord(j, "to")
	case openClass:
		return a.isWord(j, "shall")
	}
	return false
}

// adverb reports whether toks[j] is a lower-case adverb in -ly: "flatly",
// "repeatedly", "cynically".
func (a *analyzer) adverb(j int) bool {
	if uint(j) >= uint(len(a.toks)) || a.toks[j].kind != tWord || a.toks[j].cap { // j < 0 too
		return false
	}
	w := a.word(j)
	return len(w) > 4 && strings.HasSuffix(w, "ly") && a.class(j) == openClass && !a.wordIn(nounsInLy, j)
}

// nounsInLy are words in -ly that are no adverbs: "a lawyer for
// the family said".
var nounsInLy = newFoldSet(map[string]bool{
	"family": true, "rally": true, "ally": true, "supply": true, "reply": true, "assembly": true,
	"monopoly": true, "anomaly": true, "italy": true, "july": true, "belly": true, "bully": true,
	"elderly": true, "homily": true,
})

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
	if a.isWord(lo, "it") && a.pastTense(lo+1) {
		return true // "said it made no difference", but "said it in a statement"
	}
	w := lowerASCII(a.word(lo))
	switch w {
	case "that":
		// "Coastal states that have flooded": after a noun-like form
		// "that" opens a relative clause unless a subject follows it.
		if v.nounForm() {
			return a.class(lo+1) == pronoun || a.class(lo+1) == determiner || a.isCapWord(lo+1)
		}
		return true
	case "whether", "if":
		return true
	case "unless", "although":
		// "said unless the state pays, the city will …", but not
		// "testified although she was ill": a main clause must follow.
		// Else, "said unless otherwise noted, …", as any other word.
		if v.lemma != "say" && v.lemma != "tell" && v.lemma != "warn" {
			return false
		}
		c := lo + 2
		for c < hi && !a.isPunct(c, ',') {
			c++
		}
		if a.conditionClause(lo, c) && (c == hi || c+1 < len(a.toks) && (a.toks[c+1].kind == tOpen || a.subjectStart(c+1) || a.hasFiniteVerb(c+1, hi))) {
			return true
		}
	case "how", "why", "what", "when", "where", "who", "there":
		// "in some states where …" is a noun, but "Hale will report
		// where the money went" and "she notes how" report.
		return !v.nounForm() || a.class(lo-2) == auxiliary || a.class(lo-2) == pronoun || a.isCapWord(lo-2)

	case "he", "she", "they", "we", "i", "you":
		return true
	case "to":
		// "agreed to a moratorium", "agreed to his terms": a noun after
		// "to" is what was accepted, not a promise; but "vowed to no
		// longer fund it", "pledged to each year cut it" promise.
		n := lo + 1
		noun := a.class(n) == determiner && !a.standsAlone(n) && !(a.isWord(n, "no") && a.isWord(n+1, "longer")) && a.class(n+1) != timeWord || a.possessive(n) || a.numeral(n)
		return v.flags&cueInfinitive != 0 && (!v.plain || v.flags&cueToOnly != 0) && !noun || v.lemma == "respond" && a.negated(lo-1) && a.requestForComment(lo+1, hi)
	case "at":
		// "reported at least six planes filled the skies"
		if a.atLeast(lo) {
			return a.hasFiniteVerb(lo+2, min(hi, lo+12))
		}
		return false
	case "about":
		// "said about half of the shortfall came from …", but "asked about
		// the plan".
		if n := lo + 1; n < hi && (isDigit(firstRune(a.word(n))) || a.isWord(n, "half") || a.isWord(n, "a") && (a.isWord(n+1, "third") || a.isWord(n+1, "quarter") || a.isWord(n+1, "dozen"))) {
			return a.hasFiniteVerb(n+1, min(hi, n+12))
		}
		return false
	case "goodbye", "hello", "so", "yes", "thanks", "for", "of", "by", "with", "from", "in", "on":
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
		// "much of his talk was" has a longer subject, and "no matter
		// what happens" opens a clause.
		if a.isWord(lo, "no") && a.isWord(lo+1, "matter") {
			return true
		}
		n := 6
		if a.isWord(lo+1, "of") {
			n = 10
		}
		return a.hasFiniteVerb(lo+1, min(hi, lo+n))
	}
	if v.nounForm() {
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
	if v.flags&cueVerbClause != 0 && !a.hasPlainVerb(lo+1, min(hi, lo+16)) && !a.presentAfterSubject(lo+1, min(hi, lo+16)) {
		return false // "added 1 million jobs", "could add another title"
	}
	if a.hasFiniteVerb(lo+1, min(hi, lo+16)) {
		return true
	}
	// "said residents misunderstand the risk": a verb in the present after a
	// plural subject. Only for verbs that take no noun as what they report.
	if v.flags&cueNounObject == 0 {
		for j := lo + 1; j < min(hi, lo+8) && a.toks[j].kind == tWord; j++ {
			if presentVerbs[a.word(j)] && a.class(j-1) == openClass && (a.isCapWord(j-1) || a.isWord(j-1, "people") || strings.HasSuffix(a.word(j-1), "s") && !strings.HasSuffix(a.word(j-1), "ss")) && j+1 < hi && a.toks[j+1].kind == tWord {
				return true
			}
			if nounPasts[a.word(j)] && a.class(j-1) == openClass && !a.toks[j-1].cap && a.objectOrManner(j+1, hi, !(v.lemma == "say" || v.lemma == "tell" || v.lemma == "add" || v.lemma == "write")) {
				return true // "said the project cost $3 million", "the city set a record"
			}
		}
	}
	// What some verbs report may be a noun phrase: "acknowledged their
	// uphill battle", "announced the pick", "denied the claims"; after
	// "went on to" the bare form as well: "went on to fault her record".
	// "Her" and "their" are determiners in the lexicon.
	return v.flags&cueNounObject != 0 && (!v.plain || a.goesOnTo(lo-1)) && (a.class(lo) == determiner || a.possessive(lo) || a.isCapWord(lo))
}

// nounPasts are pasts that are nouns as often, and so are not among
// irregularPast: "the project cost $3 million" but "the cost rose".
var nounPasts = map[string]bool{
	"cost": true, "set": true, "put": true, "cut": true, "beat": true, "cast": true,
	"split": true, "spread": true,
}

// objectOrManner reports whether toks[j], before hi, can follow a verb
// and hardly a noun: an article, a number, a dollar sign, an object
// pronoun or an adverb in -ly. When strict, for a cue that may take a noun
// ("recalled the pay cut a decade ago"), a span of time or "early" is not
// taken.
func (a *analyzer) objectOrManner(j, hi int, strict bool) bool {
	if j >= hi {
		return false
	}
	if a.isPunct(j, '$') {
		return true
	}
	if a.toks[j].kind != tWord || a.toks[j].cap {
		return false
	}
	w := a.word(j)
	if a.isWord(j, "a") || a.isWord(j, "an") {
		return !strict || !a.spanOfTime(j+1)
	}
	return a.isWord(j, "the") || isDigit(firstRune(w)) || a.objectPronoun(j) || len(w) > 4 && strings.HasSuffix(w, "ly") && !(strict && a.isWord(j, "early"))
}

// spanOfTime reports whether toks[j] names a stretch of time: a time word,
// or a unit of time, one or more ("a decade ago", "hours later").
//
// The word is read in place, in any case, and its plural without its
// "s": none of spansOfTime ends in "s".
func (a *analyzer) spanOfTime(j int) bool {
	if a.class(j) == timeWord || a.wordIn(spansOfTime, j) {
		return true
	}
	w := a.word(j)
	n := len(w)
	return n > 3 && w[n-1]|0x20 == 's' && w[n-2]|0x20 != 's' && spansOfTime.hasAt(w, 0, n-1)
}

// spansOfTime are nouns of a stretch of time: "a decade ago", "an hour
// later".
var spansOfTime = newFoldSet(map[string]bool{
	"minute": true, "hour": true, "day": true, "week": true, "month": true, "year": true,
	"decade": true, "century": true, "while": true, "moment": true, "time": true, "fortnight": true,
})

// presentVerbs are common verbs in the present tense without -s, which
// [analyzer.hasFiniteVerb] cannot tell by their ending.
var presentVerbs = map[string]bool{
	"have": true, "do": true, "want": true, "need": true, "know": true, "think": true,
	"believe": true, "like": true, "feel": true, "agree": true, "understand": true,
	"misunderstand": true, "expect": true, "remain": true, "deserve": true, "oppose": true,
	"prefer": true, "worry": true, "see": true, "owe": true,
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
		return len(w) > 3 && strings.HasSuffix(w, "ed") || pluralForm(w)
	}
	return false
}

// hasAuxiliary reports whether toks[lo:hi] holds an auxiliary or modal.
func (a *analyzer) hasAuxiliary(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if a.class(j) == auxiliary && !a.toks[j].cap {
			return true
		}
	}
	return false
}

// hasVerbAuxiliary reports whether toks[lo:hi] has an auxiliary that is a
// verb ([analyzer.verbAuxiliary]), not one of the adverbs classed with
// them: "has to do the following:" has one, "said again:" none.
func (a *analyzer) hasVerbAuxiliary(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if !a.toks[j].cap && a.verbAuxiliary(j) {
			return true
		}
	}
	return false
}

// hasFiniteVerb reports whether toks[lo:hi] has a word that is likely a
// finite verb: an auxiliary or modal, or a word ending in -ed or -s after
// a noun, or an irregular past after a noun, which may be toks[lo-1].
func (a *analyzer) hasFiniteVerb(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		c := a.class(j)
		if c == auxiliary {
			return true
		}
		w := a.word(j)
		if a.toks[j].kind == tWord && len(w) > 3 && (w[len(w)-2:] == "ed" || w[len(w)-1] == 's' && w[len(w)-2] != 's' && !a.possessive(j)) {
			return true
		}
		// An irregular past is of the open class: a word of another is
		// not looked up (see pastTense).
		if c == openClass && a.toks[j].kind == tWord && j > 0 && a.class(j-1) == openClass && a.wordAsWritten(irregularPast, j) && !(j == lo && alsoParticiple[w] && a.class(j+1) == preposition) {
			return true // "the levee held", "prices rose in March"; but "soldiers lost in the war"
		}
	}
	return false
}

// hasPlainVerb reports whether toks[lo:hi] has a word that is surely a
// verb: an auxiliary or a past tense. Unlike [analyzer.hasFiniteVerb] it
// takes no plural noun for a verb in -s.
func (a *analyzer) hasPlainVerb(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if a.plainVerb(j) {
			return true
		}
	}
	return false
}

// plainVerb reports whether toks[j] is surely a verb: a lower-case
// auxiliary or a past tense.
func (a *analyzer) plainVerb(j int) bool {
	return a.class(j) == auxiliary && !a.toks[j].cap || a.pastTense(j)
}

// hasPunct reports whether the punctuation r stands in toks[lo:hi].
func (a *analyzer) hasPunct(lo, hi int, r rune) bool {
	for j := lo; j < hi; j++ {
		if a.isPunct(j, r) {
			return true
		}
	}
	return false
}

// negated reports whether the verb at toks[k] is denied: "did not
// respond", "has not immediately responded", "never returned".
func (a *analyzer) negated(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3 && a.toks[j].kind == tWord; j-- {
		w := lowerASCII(a.word(j))
		if w == "not" || w == "never" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
	}
	return false
}

// requestForComment reports whether toks[lo:hi] starts with a request
// for comment: "did not respond to (a) request(s) for comment", "to
// messages seeking comment".
func (a *analyzer) requestForComment(lo, hi int) bool {
	if a.class(lo) == determiner {
		lo++
	}
	if lo+2 >= hi {
		return false
	}
	switch lowerASCII(a.word(lo)) {
	case "request", "requests", "message", "messages", "call", "calls", "inquiry", "inquiries", "email", "emails", "questions":
		return a.isWord(lo+1, "for") && a.isWord(lo+2, "comment") || a.isWord(lo+1, "seeking") && a.isWord(lo+2, "comment")
	}
	return false
}

// openingPhrase reports whether toks[j] opens a phrase that a comma ends
// before the subject: "Facing criticism, Hale …", "Back in 2012, he …",
// "Chastened by the polls, Hale …", "Stunned and angry, Hale …", "Shortly
// after the debate, Hale …", but not "Retired workers gathered".
func (a *analyzer) openingPhrase(j int) bool {
	switch lowerASCII(a.word(j)) {
	case "back", "absent", "amid", "following", "given", "like", "unlike", "despite", "asked", "speaking":
		return true
	}
	w := a.word(j)
	if !a.toks[j].cap || a.class(j) != openClass {
		return false
	}
	next := j+1 < len(a.toks) && (a.class(j+1) == preposition || a.class(j+1) == conjunction || a.isWord(j+1, "and") || a.isPunct(j+1, ','))
	return len(w) > 5 && strings.HasSuffix(w, "ing") || len(w) > 4 && strings.HasSuffix(w, "ed") && next || next && a.wordIn(openingAdverbs, j)
}

// openingAdverbs open a sentence before its subject: "Shortly after the
// debate, Hale …". A list, as "Italy", "Emily" and "Family" end in -ly too.
var openingAdverbs = newFoldSet(map[string]bool{
	"shortly": true, "recently": true, "previously": true, "separately": true, "additionally": true,
	"ultimately": true, "initially": true, "eventually": true, "currently": true, "finally": true,
	"originally": true, "similarly": true, "notably": true, "subsequently": true, "immediately": true,
})

// sentenceAdverb reports whether toks[j] is an adverb that opens a
// sentence before a comma: "However, he …", "Meanwhile, the mayor …".
func (a *analyzer) sentenceAdverb(j int) bool {
	switch lowerASCII(a.word(j)) {
	case "however", "meanwhile", "still", "instead", "indeed", "moreover", "separately", "nevertheless", "nonetheless", "afterward", "afterwards", "earlier", "though",
		"therefore", "thus", "hence", "furthermore", "likewise", "otherwise", "regardless", "overall":
		return a.isPunct(j+1, ',')
	}
	return false
}

// skipTimeOpening returns lo past a time adjunct that opens a sentence
// without a comma: "On Monday the mayor …", "A few minutes later they …".
func (a *analyzer) skipTimeOpening(lo, k int) int {
	for j := lo; j < k-1 && j < lo+5 && a.toks[j].kind == tWord; j++ {
		if a.class(j) == timeWord && j == lo+1 && a.class(lo) == preposition {
			return j + 1
		}
		if (a.isWord(j, "later") || a.isWord(j, "earlier") || a.isWord(j, "ago")) && j > lo && a.spanOfTime(j-1) {
			if a.isPunct(j+1, ',') {
				j++ // "A couple of years later, he …"
			}
			return j + 1
		}
	}
	return lo
}

// presentAfterSubject reports whether toks[lo:hi] holds a verb in the
// present right after a noun that opens the clause or follows an article,
// and before its object or complement: "the plan makes sense", "voters
// deserve a choice"; not "1 million jobs", "300 new jobs", "the new taxes
// to the bill" or "strongholds like Ohio".
func (a *analyzer) presentAfterSubject(lo, hi int) bool {
	plain := func(j int) bool {
		return a.toks[j].kind == tWord && !a.toks[j].cap && a.class(j) == openClass && !a.numeral(j)
	}
	for j := lo; j+1 < hi; j++ {
		if !plain(j) || !plain(j-1) || j-1 != lo-1 && (a.class(j-2) != determiner || a.countWord(j-2)) || a.class(j+1) == preposition || a.toks[j+1].kind != tWord {
			continue
		}
		w := a.word(j)
		if strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
			continue
		}
		if pluralForm(w) != pluralForm(a.word(j-1)) {
			return true
		}
	}
	return false
}
