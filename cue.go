package quote

import (
	"slices"
	"strings"
)

// cueFlags say how a reporting verb takes its speaker and content.
type cueFlags uint16

const (
	// cueObject: the verb takes a listener before the content ("told
	// reporters that", "assured voters").
	cueObject cueFlags = 1 << iota
	// cueQuoteOnly: the verb reports speech only when a quotation follows
	// it closely ("what he called “endless wars”"); elsewhere it has other
	// senses ("called off the talks").
	cueQuoteOnly
	// cueNoClause: the verb does not take a reported clause after it
	// ("continued", "laughed"); it cues only a quotation or content before.
	cueNoClause
	// cueNounLike: the -s form and the bare form are more often nouns
	// ("his comments", "the state", "a private email"); they count as cues
	// only where a clause plainly follows.
	cueNounLike
	// cueInfinitive: the verb reports speech with a "to" clause ("vowed to
	// repeal", "urged them to leave").
	cueInfinitive
	// cueParticle: the verb reports speech only with its particle after
	// it ("pointed out that", "shot back"); see [cueParticles]. Without
	// it, the word is no cue at all.
	cueParticle
	// cueNounObject: what the verb reports may be a noun phrase
	// ("announced the pick", "denied the claims").
	cueNounObject
	// cueThat: the verb reports speech only with "that" after it;
	// otherwise it has other senses ("maintains a lead", "indicates a
	// tightening race").
	cueThat
	// cuePastOnly: the bare and -s forms are nouns in news ("the Ruiz
	// emails", "the same text", "its faults"); only "-ed" and "-ing"
	// report, and, of a verb that reports a noun, the bare form after
	// "to" ("went on to fault the plan", "declined to publicly detail").
	cuePastOnly
	// cueToOnly: the verb reports only with "to" after it ("declined to
	// comment"); elsewhere it has other senses ("sales declined").
	cueToOnly
	// cueVerbClause: the verb has a common sense that takes a noun
	// ("added 1,000 jobs", "adds a voice to the record", "claimed the
	// lives of three people"); it reports only a clause with a plain verb
	// ("added the plan would fail").
	cueVerbClause
	// cueNaming: the verb names or judges its object with the words
	// quoted after it ("dubbed him “Sleepy Sam”", "declared it “dead”").
	cueNaming
)

// A cueVerb is one reporting verb of the lexicon.
type cueVerb struct {
	lemma    string
	flags    cueFlags
	plain    bool   // the bare or -s form, which a noun shares
	particle string // for a verb with cueParticle, the particle it takes
}

// cueParticles give the particle that a verb with cueParticle reports
// with: "pointed out", "shot back", "fired back".
var cueParticles = map[string]string{
	"point": "out", "shoot": "back", "fire": "back",
}

// nounForm reports whether v is the bare or -s form of a verb whose
// forms are more often nouns ("his comments", "the state").
func (v cueVerb) nounForm() bool { return v.plain && v.flags&cueNounLike != 0 }

// reportingVerbs lists the verbs reporters use to attribute speech, by
// lemma, with irregular forms where English has them. Verbs of thought and
// perception (believe, think, hope, want, see) are left out on purpose:
// they report no speech.
var reportingVerbs = []struct {
	lemma     string
	irregular []string // forms that the regular rules do not make
	flags     cueFlags
}{
	{"say", []string{"said", "says", "saying"}, 0},
	{"tell", []string{"told", "tells", "telling"}, cueObject | cueInfinitive},
	{"add", nil, cueVerbClause},
	{"note", nil, cueNounLike},
	{"warn", nil, cueInfinitive},
	{"caution", nil, 0},
	{"insist", nil, 0},
	{"ask", nil, cueInfinitive},
	{"reply", []string{"replied", "replies"}, 0},
	{"respond", nil, 0},
	{"decline", nil, cueInfinitive | cueToOnly},
	{"answer", nil, cueNounLike},
	{"explain", nil, cueNounObject},
	{"write", []string{"wrote", "written", "writing", "writes"}, 0},
	{"tweet", nil, cueNounLike},
	{"post", nil, cueNounLike},
	{"acknowledge", nil, cueNounObject},
	{"argue", nil, 0},
	{"claim", nil, cueNounLike | cueVerbClause},
	{"contend", nil, 0},
	{"assert", nil, 0},
	{"declare", nil, cueNaming},
	{"state", nil, cueNounLike},
	{"announce", nil, cueNounObject},
	{"report", nil, cueNounLike | cueNounObject},
	{"suggest", nil, 0},
	{"predict", nil, cueNounObject},
	{"promise", nil, cueNounLike | cueInfinitive | cueNounObject},
	{"pledge", nil, cueNounLike | cueInfinitive | cueNounObject},
	{"vow", nil, cueNounLike | cueInfinitive | cueNounObject},
	{"recall", nil, 0},
	{"concede", nil, cueNounObject},
	{"admit", []string{"admitted", "admitting"}, cueNounObject},
	{"deny", []string{"denied", "denies"}, cueNounObject},
	{"confirm", nil, cueNounObject},
	{"reveal", nil, cueNounObject},
	{"disclose", nil, cueNounObject},
	{"allege", nil, 0},
	{"charge", nil, cueNounLike},
	{"complain", nil, 0},
	{"counter", nil, cueNounLike},
	{"emphasize", nil, 0},
	{"stress", []string{"stresses"}, cueNounLike},
	{"maintain", nil, cueThat},
	{"observe", nil, 0},
	{"remark", nil, cueNounLike},
	{"comment", nil, cueNounLike},
	{"joke", nil, cueNounLike},
	{"quip", []string{"quipped", "quipping"}, cueNounLike},
	{"boast", nil, cueNounLike},
	{"brag", []string{"bragged", "bragging"}, 0},
	{"testify", []string{"testified", "testifies"}, 0},
	{"agree", []string{"agreed", "agreeing"}, cueInfinitive},
	{"estimate", nil, cueNounLike | cueThat},
	{"conclude", nil, 0},
	{"mention", nil, cueNounLike | cueNounObject},
	{"repeat", nil, cueNounLike | cueNounObject},
	{"reiterate", nil, cueNounObject},
	{"shout", nil, cueNoClause},
	{"yell", nil, cueNoClause},
	{"scream", nil, cueNoClause},
	{"whisper", nil, 0},
	{"exclaim", nil, 0},
	{"assure", nil, cueObject},
	{"inform", nil, cueObject},
	{"advise", nil, cueObject | cueInfinitive},
	{"remind", nil, cueObject | cueInfinitive},
	{"demand", nil, cueNounLike | cueInfinitive | cueNounObject},
	{"propose", nil, cueNounObject},
	{"recommend", nil, cueNounObject},
	{"retort", nil, 0},
	{"speculate", nil, 0},
	{"hint", nil, cueNounLike | cueThat},
	{"indicate", nil, cueThat},
	{"specify", []string{"specified", "specifies"}, 0},
	{"urge", nil, cueInfinitive | cueNounObject},
	{"encourage", nil, cueInfinitive},
	{"threaten", nil, cueInfinitive},
	{"email", nil, cueNounLike | cuePastOnly},
	{"text", nil, cueNounLike | cuePastOnly},
	{"continue", nil, cueNoClause},
	{"laugh", nil, cueNoClause},
	{"sigh", nil, cueNoClause},
	{"muse", nil, 0},
	{"wonder", nil, 0},
	{"plead", []string{"pleaded", "pled"}, cueNounLike | cueInfinitive},
	{"protest", nil, cueNounLike},
	{"object", nil, cueNounLike},
	{"concur", []string{"concurred", "concurring"}, 0},
	{"lament", nil, 0},
	{"intimate", nil, cuePastOnly},
	{"describe", nil, cueQuoteOnly | cueNounObject},
	{"call", nil, cueQuoteOnly | cueNaming},
	{"dub", []string{"dubbed", "dubbing"}, cueQuoteOnly | cueNaming},
	{"label", []string{"labeled", "labelled", "labeling", "labelling"}, cueQuoteOnly | cueNaming},
	{"term", nil, cueQuoteOnly | cueNaming},
	{"brand", nil, cueQuoteOnly | cuePastOnly | cueNaming},
	{"deem", nil, cueQuoteOnly | cueNaming},
	{"put", []string{"puts", "putting"}, cueQuoteOnly},
	{"point", nil, cueParticle},
	{"shoot", []string{"shot", "shoots", "shooting"}, cueParticle | cueNoClause},
	{"fire", nil, cueParticle | cueNoClause},
	{"read", []string{"reads", "reading"}, cueQuoteOnly},
	// Verbs that report speech only next to the words they quote.
	{"accuse", nil, cueQuoteOnly},
	{"chant", nil, cueQuoteOnly},
	{"sing", []string{"sang", "sung", "sings", "singing"}, cueQuoteOnly},
	{"cite", nil, cueQuoteOnly},
	{"liken", nil, cueQuoteOnly},
	{"mock", nil, cueQuoteOnly},
	{"slam", []string{"slammed", "slamming"}, cueQuoteOnly},
	{"blast", nil, cueQuoteOnly},
	{"praise", nil, cueQuoteOnly},
	{"decry", []string{"decried", "decries"}, cueQuoteOnly},
	{"deride", nil, cueQuoteOnly},
	{"tout", nil, cueQuoteOnly},
	{"hail", nil, cueQuoteOnly},
	{"scold", nil, cueQuoteOnly},
	{"quote", nil, cueQuoteOnly},
	{"interject", nil, cueQuoteOnly},
	{"mutter", nil, cueQuoteOnly},
	{"snap", []string{"snapped", "snapping"}, cueQuoteOnly},
	{"cry", []string{"cried", "cries"}, cueQuoteOnly},
	{"proclaim", nil, cueQuoteOnly},
	{"vent", nil, cueQuoteOnly},
	{"attack", nil, cueQuoteOnly | cuePastOnly},
	{"condemn", nil, cueQuoteOnly},
	{"denounce", nil, cueQuoteOnly},
	{"criticize", nil, cueQuoteOnly},
	{"ridicule", nil, cueQuoteOnly},
	{"blame", nil, cueQuoteOnly},
	{"reject", nil, cueQuoteOnly},
	{"defend", nil, cueQuoteOnly},
	{"applaud", nil, cueQuoteOnly},
	{"lambaste", nil, cueQuoteOnly},
	{"chide", nil, cueQuoteOnly},
	{"laud", nil, cueQuoteOnly},
	{"question", nil, cueQuoteOnly | cuePastOnly},
	{"thank", nil, cueQuoteOnly | cuePastOnly},
	{"bemoan", nil, cueQuoteOnly},
	{"pronounce", nil, cueQuoteOnly | cueNaming},
	{"portray", nil, cueQuoteOnly},
	{"characterize", nil, cueQuoteOnly},
	{"contrast", nil, cueQuoteOnly | cueNounObject | cuePastOnly},
	{"detail", nil, cueQuoteOnly | cueNounObject | cuePastOnly},
	{"highlight", nil, cueQuoteOnly | cueNounObject | cuePastOnly},
	{"rebut", []string{"rebutted", "rebutting"}, cueQuoteOnly | cueNounObject},
	{"fault", nil, cueQuoteOnly | cueNounObject | cuePastOnly},
}

// cueNouns report speech after a possessive: "Hale’s claim that …",
// "her insistence that …".
var cueNouns = map[string]bool{
	"claim": true, "claims": true, "assertion": true, "complaint": true, "suggestion": true,
	"announcement": true, "argument": true, "statement": true, "insistence": true,
	"warning": true, "promise": true, "pledge": true, "prediction": true, "declaration": true,
	"contention": true, "allegation": true, "allegations": true, "admission": true, "charge": true,
	"accusation": true, "vow": true, "boast": true, "denial": true,
	"remark": true, "remarks": true, "comment": true, "comments": true,
	"assurance": true, "assurances": true, "conclusion": true,
}

// cueLexicon maps every form of a reporting verb, in lower case, to it.
var cueLexicon = buildCueLexicon()

func buildCueLexicon() map[string]cueVerb {
	m := make(map[string]cueVerb)
	defer func() {
		for f, v := range m {
			v.plain = f == v.lemma || f == britishSpelling(v.lemma) || strings.HasSuffix(f, "s") && !strings.HasSuffix(v.lemma, "s")
			m[f] = v
		}
	}()
	for _, v := range reportingVerbs {
		cv := cueVerb{lemma: v.lemma, flags: v.flags, particle: cueParticles[v.lemma]}
		m[v.lemma] = cv
		if v.irregular != nil {
			for _, f := range v.irregular {
				m[f] = cv
			}
			if v.lemma != "say" && v.lemma != "tell" && v.lemma != "write" && v.lemma != "put" && v.lemma != "read" {
				for _, f := range regularForms(v.lemma) {
					if _, ok := m[f]; !ok {
						m[f] = cv
					}
				}
			}
			continue
		}
		for _, f := range regularForms(v.lemma) {
			m[f] = cv
		}
		if uk := britishSpelling(v.lemma); uk != "" {
			// "criticised", "emphasising"
			m[uk] = cv
			for _, f := range regularForms(uk) {
				m[f] = cv
			}
		}
	}
	return m
}

// britishSpelling returns the British spelling of a lemma in -ize
// ("criticise"), or "".
func britishSpelling(lemma string) string {
	if stem, ok := strings.CutSuffix(lemma, "ize"); ok {
		return stem + "ise"
	}
	return ""
}

// regularForms makes the -s, -ed and -ing forms of a regular verb.
func regularForms(lemma string) []string {
	switch {
	case strings.HasSuffix(lemma, "e"):
		stem := lemma[:len(lemma)-1]
		return []string{lemma + "s", lemma + "d", stem + "ing"}
	case strings.HasSuffix(lemma, "y") && !strings.HasSuffix(lemma, "ay") && !strings.HasSuffix(lemma, "ey"):
		stem := lemma[:len(lemma)-1]
		return []string{stem + "ies", stem + "ied", lemma + "ing"}
	case strings.HasSuffix(lemma, "s") || strings.HasSuffix(lemma, "sh") || strings.HasSuffix(lemma, "ch") || strings.HasSuffix(lemma, "x"):
		return []string{lemma + "es", lemma + "ed", lemma + "ing"}
	}
	return []string{lemma + "s", lemma + "ed", lemma + "ing"}
}

// lookupCue returns the reporting verb that word is a form of.
func lookupCue(word string) (cueVerb, bool) {
	return lookupFold(cueLexicon, word)
}

// verbGroupStart returns where the verb group of the cue at sp starts:
// the auxiliaries, negations and adverbs that stand before a reporting
// verb belong to its cue, as in "has said", "did not say", "would never
// say", "has repeatedly warned", "is saying" and "was asked". "Also" joins
// only after an auxiliary ("has also said", but "also said"), and a form
// of "be" not before a bare form ("all she could do was shout"); a
// capitalized word ("Will acknowledges") and an adverb of report
// ("reportedly") stay out, and "well" joins only after a modal ("may
// well say"). A verb that carries the reporting verb after
// "to" belongs to the group too: "went on to say", "has continued to
// insist", "was quick to add"; so does an auxiliary run on to a pronoun,
// from its apostrophe: "He’s predicted" gives "’s predicted". A cue that opens with no verb (a colon, a
// dash, "according to", "reportedly") keeps its start; lemma is the
// reporting verb's.
func verbGroupStart(text string, sp Span, lemma string) int {
	first := text[sp.Start:sp.End]
	if i := strings.IndexByte(first, ' '); i >= 0 {
		first = first[:i]
	}
	bare := equalFoldASCII(first, lemma)
	start, at := sp.Start, sp.Start
	for range 6 { // a verb group is short: "has also repeatedly not said"
		lo, end := prevWord(text, at)
		if lo == end {
			break
		}
		w := text[lo:end]
		if w == "also" {
			at = lo // only inside the group: "has also said", but "also said"
			continue
		}
		if w == "well" {
			// "may well say": the adverb only after a modal.
			switch plo, pend := prevWord(text, lo); text[plo:pend] {
			case "may", "might", "could", "would", "can", "will", "should", "must":
				start, at = lo, lo
				continue
			}
			break
		}
		if w == "to" && at == start {
			if f, fbare := frameStart(text, lo); f < lo {
				start, at, bare = f, f, fbare
				continue
			}
		}
		if contractedPronoun(w) {
			// "He’s predicted", "they’ve suggested": the auxiliary
			// run on to the pronoun is the group's; the pronoun is not.
			if i := strings.IndexAny(w, "'’"); i > 0 && (!bare || w[i:] != "’s" && w[i:] != "'s") {
				start = lo + i
			}
			break
		}
		if !groupWord(text, lo, end, bare) {
			break
		}
		start, at = lo, lo
	}
	// Most cues have no group before them, and keep their start whatever
	// they open with; the others are read for a verb now.
	if start == sp.Start || first == "" || wordBefore(first, len(first)) != 0 || equalFoldASCII(first, "according") || equalFoldASCII(first, "reportedly") {
		return sp.Start // a colon, a dash, "according to", "reportedly"
	}
	return start
}

// frameStart returns where a verb that carries a reporting verb after "to"
// starts, for the "to" at to: "went on to say", "continued to insist",
// "was quick to add". It returns to where there is none, and whether the
// frame's verb is a bare form, which no form of "be" goes with.
func frameStart(text string, to int) (int, bool) {
	lo, end := prevWord(text, to)
	switch w := text[lo:end]; w {
	case "continue", "continues", "continued", "continuing":
		return lo, w == "continue"
	case "on":
		glo, gend := prevWord(text, lo)
		switch g := text[glo:gend]; g {
		case "go", "goes", "went", "going", "gone":
			return glo, g == "go"
		}
	case "quick":
		// "was quick to add", "were all quick to": the adjective goes
		// with its "be".
		blo, bend := prevWord(text, lo)
		if text[blo:bend] == "all" {
			blo, bend = prevWord(text, blo)
		}
		switch text[blo:bend] {
		case "is", "are", "was", "were", "be", "been":
			return blo, true
		}
		return lo, true
	}
	return to, false
}

// maxGroupSpaces and maxGroupWord bound what is read around a cue for its
// verb group and particle: every quotation that shares a cue reads it
// again, so what one reads must not grow with the text. The words of a
// verb group are shorter ("unapologetically" is 16 bytes), and fewer
// spaces stand between them.
const (
	maxGroupSpaces = 8
	maxGroupWord   = 24
)

// prevWord returns the word of letters and apostrophes that ends before
// at with only spaces between; lo == end where there is none.
func prevWord(text string, at int) (lo, end int) {
	end = at
	for stop := max(at-maxGroupSpaces, 0); end > stop && text[end-1] == ' '; {
		end--
	}
	if end == at {
		return at, at
	}
	return wordBefore(text, end), end
}

// wordBefore returns where the word of letters and apostrophes that ends
// at end starts; end itself where there is none, or where the word is
// longer than maxGroupWord bytes.
func wordBefore(text string, end int) int {
	lo := end
	for stop := max(end-maxGroupWord, 0); lo > stop; {
		// c|0x20 is a lower-case letter for a letter in either case,
		// and for no other byte.
		if c := text[lo-1]; (c|0x20)-'a' < 26 || c == '\'' {
			lo--
		} else if lo >= 3 && text[lo-3:lo] == "’" {
			lo -= 3
		} else {
			return lo
		}
	}
	if lo > 0 {
		return end // no word of a verb group
	}
	return 0
}

// groupWord reports whether the word text[lo:hi], lower case, may stand in
// the verb group before a reporting verb: an auxiliary, a negation or an
// adverb. bare says that the verb is its bare form, which no form of "be"
// goes with: "all she could do was shout". The word is looked up in
// place.
func groupWord(text string, lo, hi int, bare bool) bool {
	w := text[lo:hi]
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	switch w {
	case "reportedly":
		return false
	case "is", "are", "was", "were", "be", "been", "am":
		return !bare
	}
	// The class of the word's lexeme, or of a contraction the lexicon
	// lacks, of which only a negation is an auxiliary ([classOfWord]).
	if lx, ok := lexicon.lookupAt(text, lo, hi); ok {
		if lx.class == auxiliary {
			return true
		}
	} else if strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !nounsInLy.hasAt(text, lo, hi)
}

// cueTails are the prepositions and objects that a reporting verb takes
// into its cue, by lemma: "called for", "called on", "asked about",
// "responded to", "warned against", "as she put it". What follows them is
// the content: the demand, the question's subject, what was answered.
var cueTails = map[string][]string{
	"call": {"for", "on"}, "ask": {"about", "for"}, "respond": {"to", "back"}, "reply": {"to", "back"},
	"warn": {"against", "of", "about"}, "caution": {"against"}, "put": {"it"},
	"complain": {"about"}, "boast": {"about", "of"}, "brag": {"about", "of"}, "joke": {"about"},
	// A reply in kind: "wrote back", "the crowd screamed back".
	"write": {"back"}, "tweet": {"back", "out"}, "chant": {"back"}, "scream": {"back"},
	"shout": {"back", "out"}, "yell": {"back", "out"}, "cry": {"out"},
}

// cueTailWords are the words of cueTails, whatever the lemma.
var cueTailWords = func() *foldSet {
	m := map[string]bool{}
	for _, tails := range cueTails {
		for _, w := range tails {
			m[w] = true
		}
	}
	return newFoldSet(m)
}()

// pastParticle returns j+1 where toks[j] is a particle that the reporting
// verb v takes into its cue, its own ("shot back", "pointed out") or a
// "back" or "out" of [cueTails] ("wrote back", "shouted out"), else j: an
// inverted speaker starts after it.
func (a *analyzer) pastParticle(j int, v cueVerb) int {
	if v.flags&cueParticle != 0 && a.isWord(j, v.particle) || (a.isWord(j, "back") || a.isWord(j, "out")) && slices.Contains(cueTails[v.lemma], a.word(j)) {
		return j + 1
	}
	return j
}

// cueTailEnd returns where the cue at sp ends with the preposition its
// verb takes after it ("called for", "asked about"): the end of that word
// when it follows the cue, else sp.End. "On" before a day or a time, and
// "back" before "in", "when" or "then", are adjuncts, not the verb's:
// "called on Monday for", "wrote back in May". A preposition must have
// words after it: in "what Hale called for." it ends the sentence, and the
// cue is the verb; "back", "out" and "it" stand alone ("screamed back.",
// "as she put it.").
//
// The word after the cue is read before the lemma is looked up: most cues
// have none of the words of cueTails after them. Its first letter tells
// most of the others, and no more of it is read than the longest of the
// words has: a longer word is none of them.
func cueTailEnd(text string, sp Span, lemma string) int {
	lo := sp.End + 1
	if lo >= len(text) || text[sp.End] != ' ' {
		return sp.End
	}
	if c := text[lo] - 'a'; c >= 26 || cueTailWords.firsts&(1<<c) == 0 {
		return sp.End
	}
	hi := lo
	for hi < len(text) && hi-lo <= cueTailWords.longest && 'a' <= text[hi] && text[hi] <= 'z' {
		hi++
	}
	if hi < len(text) && (text[hi] == '\'' || text[hi] >= 0x80 || 'A' <= text[hi] && text[hi] <= 'Z' || 'a' <= text[hi] && text[hi] <= 'z') {
		return sp.End // a longer word: "on’s", "onA"
	}
	if !cueTailWords.hasAt(text, lo, hi) {
		return sp.End
	}
	w := text[lo:hi]
	if !slices.Contains(cueTails[lemma], w) {
		return sp.End
	}
	if w != "back" && w != "out" && w != "it" && (hi >= len(text) || text[hi] != ' ') {
		return sp.End // "what Hale called for.": a preposition with nothing after it
	}
	if w == "on" || w == "back" {
		next := hi
		for next < len(text) && next-hi < maxGroupSpaces && text[next] == ' ' {
			next++
		}
		e := next
		for e < len(text) && e-next < maxGroupWord && ('a' <= text[e] && text[e] <= 'z' || 'A' <= text[e] && text[e] <= 'Z') {
			e++
		}
		if n := text[next:e]; w == "on" && classOfWord(n) == timeWord || w == "back" && (n == "in" || n == "when" || n == "then") {
			return sp.End // "called on Monday", "wrote back in May"
		}
	}
	return hi
}
