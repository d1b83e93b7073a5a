package quote

import "strings"

// Speaker mentions: the noun phrase before or after a cue that names who
// spoke. Without a parser the phrase is found from word classes: closed
// sets (determiners, pronouns, prepositions, auxiliaries) bound it, and the
// open-class words between them are taken as its modifiers and head.

// wordClass is the closed class a word belongs to, if any.
type wordClass uint8

const (
	openClass wordClass = iota
	determiner
	pronoun // a pronoun that can be a subject: he, she, they, who
	objectPronoun
	preposition
	conjunction
	auxiliary // auxiliaries and the adverbs that stand between subject and verb
	timeWord  // days, "yesterday", "earlier": adjuncts after a cue
	otherClosed
)

var wordClasses = func() map[string]wordClass {
	m := map[string]wordClass{
		"the": determiner, "a": determiner, "an": determiner, "this": determiner, "these": determiner,
		"those": determiner, "his": determiner, "her": determiner, "their": determiner, "its": determiner,
		"our": determiner, "my": determiner, "your": determiner, "some": determiner, "many": determiner,
		"several": determiner, "one": determiner, "two": determiner, "three": determiner, "four": determiner,
		"five": determiner, "six": determiner, "seven": determiner, "eight": determiner, "nine": determiner,
		"ten": determiner, "dozens": determiner, "another": determiner, "other": determiner, "both": determiner,
		"each": determiner, "every": determiner, "few": determiner, "all": determiner, "most": determiner,
		"numerous": determiner, "multiple": determiner, "no": determiner,

		"he": pronoun, "she": pronoun, "they": pronoun, "we": pronoun, "i": pronoun, "you": pronoun,
		"it": pronoun, "who": pronoun, "which": pronoun,

		"him": objectPronoun, "them": objectPronoun, "me": objectPronoun, "us": objectPronoun,
		"himself": objectPronoun, "herself": objectPronoun, "themselves": objectPronoun,

		"of": preposition, "for": preposition, "at": preposition, "in": preposition, "on": preposition,
		"with": preposition, "from": preposition, "by": preposition, "to": preposition, "about": preposition,
		"into": preposition, "over": preposition, "under": preposition, "during": preposition,
		"near": preposition, "among": preposition, "within": preposition, "without": preposition,
		"against": preposition, "between": preposition, "through": preposition, "like": preposition,
		"than": preposition, "per": preposition, "toward": preposition, "towards": preposition,
		"across": preposition, "amid": preposition, "despite": preposition, "upon": preposition,

		"and": conjunction, "or": conjunction, "but": conjunction, "nor": conjunction, "so": conjunction,
		"yet": conjunction, "because": conjunction, "while": conjunction, "although": conjunction,
		"though": conjunction, "if": conjunction, "when": conjunction, "whereas": conjunction,
		"as": conjunction, "that": conjunction, "whether": conjunction, "where": conjunction,
		"after": conjunction, "before": conjunction, "since": conjunction, "until": conjunction,
		"unless": conjunction, "once": conjunction, "what": conjunction, "how": conjunction, "why": conjunction,

		"has": auxiliary, "have": auxiliary, "had": auxiliary, "is": auxiliary, "was": auxiliary,
		"were": auxiliary, "are": auxiliary, "be": auxiliary, "been": auxiliary, "will": auxiliary,
		"would": auxiliary, "could": auxiliary, "should": auxiliary, "may": auxiliary, "might": auxiliary,
		"must": auxiliary, "can": auxiliary, "cannot": auxiliary, "did": auxiliary, "does": auxiliary, "do": auxiliary,
		"also": auxiliary, "later": auxiliary, "previously": auxiliary, "earlier": auxiliary,
		"then": auxiliary, "again": auxiliary, "recently": auxiliary, "often": auxiliary,
		"repeatedly": auxiliary, "publicly": auxiliary, "privately": auxiliary, "reportedly": auxiliary,
		"frequently": auxiliary, "already": auxiliary, "still": auxiliary, "even": auxiliary,
		"simply": auxiliary, "flatly": auxiliary, "just": auxiliary, "first": auxiliary,
		"initially": auxiliary, "finally": auxiliary, "never": auxiliary, "not": auxiliary,
		"bluntly": auxiliary, "separately": auxiliary, "too": auxiliary, "clearly": auxiliary,
		"openly": auxiliary, "quietly": auxiliary, "long": auxiliary,
		"subsequently": auxiliary, "similarly": auxiliary, "likewise": auxiliary, "specifically": auxiliary,
		"explicitly": auxiliary, "correctly": auxiliary, "falsely": auxiliary, "wrongly": auxiliary,
		"angrily": auxiliary, "always": auxiliary, "personally": auxiliary, "directly": auxiliary, "sometimes": auxiliary,

		"today": timeWord, "yesterday": timeWord, "tonight": timeWord, "monday": timeWord,
		"tuesday": timeWord, "wednesday": timeWord, "thursday": timeWord, "friday": timeWord,
		"saturday": timeWord, "sunday": timeWord, "morning": timeWord, "afternoon": timeWord,
		"evening": timeWord, "night": timeWord, "week": timeWord, "month": timeWord, "year": timeWord,
		"last": timeWord, "late": timeWord, "early": timeWord, "weekend": timeWord, "ago": timeWord, "now": timeWord,

		"there": otherClosed, "here": otherClosed,
	}
	for _, w := range namePrepositions.words {
		m[w] = preposition
	}
	return m
}()

// classOfWord returns the closed class of the word w, or openClass: the
// class of its lexeme, which the lexicon finds in any case with no copy
// of the word lowered and hashed for wordClasses.
func classOfWord(w string) wordClass { return lookupWord(w, 0, len(w)).class }

// classOfContraction returns the class of a word that wordClasses lacks:
// a contraction, or else openClass.
//
// contractedPronoun lowers a word's ASCII letters alone, and of the runes
// outside ASCII only İ and the Kelvin sign lower to ASCII letters, i and
// k: a word need be lowered whole only when it starts with İ, as "İt’s",
// since i starts the pronouns that have it and none has a k.
func classOfContraction(w string) wordClass {
	if strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
		return auxiliary // wouldn't, isn’t
	}
	if contractedPronoun(w) || strings.HasPrefix(w, "İ") && contractedPronoun(strings.ToLower(w)) {
		return pronoun // the pronoun with its auxiliary: He’s claiming
	}
	return openClass
}

// contractedPronoun reports whether w, its ASCII letters lowered, is a
// subject pronoun with an auxiliary run on. Every possessive is asked, and
// a switch on the lowered bytes answers sooner than hashing them for a map;
// the first letter, which starts no pronoun in most possessives, sooner
// still.
func contractedPronoun(w string) bool {
	var buf [len("they’re")]byte // the longest
	if len(w) < len("i'm") || len(w) > len(buf) {
		return false
	}
	switch w[0] | 0x20 { // lower case, for a letter
	case 'h', 's', 'i', 't', 'w':
	default:
		return false
	}
	// The apostrophe, or the last byte of ’, stands before the last one or
	// two letters: "she" and "this" have none there.
	if c, d := w[len(w)-2], w[len(w)-3]; c != '\'' && c != 0x99 && d != '\'' && d != 0x99 {
		return false
	}
	n := copy(buf[:], w)
	for i := range n {
		if 'A' <= buf[i] && buf[i] <= 'Z' {
			buf[i] += 'a' - 'A'
		}
	}
	switch string(buf[:n]) {
	case "he’s", "he's", "she’s", "she's", "it’s", "it's",
		"they’re", "they're", "we’re", "we're", "i’m", "i'm",
		"he’d", "he'd", "she’d", "she'd", "they’d", "they'd", "we’d", "we'd", "i’d", "i'd",
		"they’ve", "they've", "we’ve", "we've", "i’ve", "i've":
		return true
	}
	return false
}

// titles come before names and are left out of an entity's name.
var titles = map[string]bool{
	"president": true, "vice": true, "secretary": true, "sen": true, "senator": true, "rep": true, "delegate": true,
	"representative": true, "gov": true, "governor": true, "mayor": true, "dr": true, "mr": true,
	"mrs": true, "ms": true, "miss": true, "gen": true, "general": true, "judge": true,
	"justice": true, "chairman": true, "chairwoman": true, "minister": true, "prime": true,
	"chancellor": true, "director": true, "commissioner": true, "sheriff": true, "chief": true,
	"officer": true, "detective": true, "sgt": true, "lt": true, "col": true, "capt": true,
	"adm": true, "admiral": true, "prof": true, "professor": true, "rev": true, "reverend": true,
	"father": true, "pope": true, "king": true, "queen": true, "prince": true, "princess": true,
	"lord": true, "lady": true, "sir": true, "ambassador": true, "attorney": true, "speaker": true,
	"leader": true, "coach": true, "councilman": true, "councilwoman": true, "councilor": true,
	"state": true, "defense": true, "foreign": true, "finance": true, "labor": true, "deputy": true,
	"acting": true, "former": true, "house": true, "senate": true, "majority": true, "minority": true,
	"envoy": true, "special": true, "press": true, "chair": true, "ceo": true, "founder": true,
	"candidate": true, "nominee": true, "democratic": true, "republican": true, "gop": true,
	"sens": true, "reps": true, "u.s.": true, "assemblyman": true, "assemblywoman": true,
	"congressman": true, "congresswoman": true, "superintendent": true, "inspector": true,
	"health": true, "interior": true, "treasury": true, "homeland": true, "security": true,
	"energy": true, "education": true, "transportation": true, "agriculture": true, "commerce": true,
	"national": true, "adviser": true, "advisor": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "captain": true, "sergeant": true, "lieutenant": true, "colonel": true,
	"trooper": true, "agent": true, "ranger": true,
	"major": true, "cardinal": true, "bishop": true, "rabbi": true, "imam": true, "dean": true,
	"archbishop": true, "pastor": true, "patriarch": true, "whip": true, "recorder": true, "counsel": true,
	"clerk": true, "treasurer": true, "auditor": true, "comptroller": true, "controller": true, "assessor": true,
	"coroner": true, "prosecutor": true, "solicitor": true, "supervisor": true, "administrator": true,
	"commander": true, "warden": true, "alderman": true, "alderwoman": true,
	"manager": true, "executive": true, "officials": true, "official": true, "council": true,
	"member": true, "trustee": true, "county": true, "city": true, "district": true, "u.n.": true,
	"premier": true, "emir": true, "sheikh": true, "mrs.": true, "mr.": true, "ms.": true,
	"dr.": true, "sen.": true, "rep.": true, "gov.": true, "gen.": true, "lt.": true, "sgt.": true,
}

// maleTitles and femaleTitles give a person's gender from the title alone.
var genderOfTitle = map[string]gender{
	"mr": male, "mrs": female, "ms": female, "miss": female, "king": male, "queen": female,
	"prince": male, "princess": female, "lord": male, "lady": female, "sir": male,
	"father": male, "congressman": male, "congresswoman": female, "councilman": male,
	"councilwoman": female, "chairman": male, "chairwoman": female, "spokesman": male,
	"spokeswoman": female, "assemblyman": male, "assemblywoman": female, "rabbi": male,
	"pope": male, "cardinal": male, "bishop": male, "sheikh": male, "emir": male,
}

// A phrase is a span of a paragraph's tokens [lo, hi) with what kind of
// mention it is.
type phrase struct {
	lo, hi int
	kind   MentionKind
}

func (p phrase) ok() bool { return p.hi > p.lo }

// word returns the text of toks[i], or "" past either end of the
// paragraph: rules read the words around a cue, and a headline may end
// at one ("Residents asked Hale").
func (a *analyzer) word(i int) string {
	if uint(i) >= uint(len(a.toks)) { // i < 0 too
		return ""
	}
	t := &a.toks[i]
	return a.text[t.Start:t.End]
}

// wordIn reports whether set holds the word toks[i], in any case,
// reading it in place: what inFold(set, a.word(i)) tells.
func (a *analyzer) wordIn(set *foldSet, i int) bool {
	if uint(i) >= uint(len(a.toks)) { // i < 0 too
		return false
	}
	t := &a.toks[i]
	return set.hasAt(a.text, t.Start, t.End)
}

// wordAsWritten reports whether set holds toks[i] as it is written, in
// lower case: what set[a.word(i)] would be, had set been a map.
func (a *analyzer) wordAsWritten(set *foldSet, i int) bool {
	if uint(i) >= uint(len(a.toks)) { // i < 0 too
		return false
	}
	t := &a.toks[i]
	return set.holdsAt(a.text, t.Start, t.End)
}

// isWord reports whether toks[i] is a word equal to w, ignoring case.
//
// It is asked more than any other question, and is small enough to be
// inlined: most words asked about are not w, and most differ in length,
// which is then told without a call or reading the text. Of the rest,
// most differ in the first letter, which is read before the others.
//
// w is a word in lower case, of letters and hyphens: setting a byte's
// 0x20 bit matches a letter of w only with the letter in either case, and
// a hyphen only with a hyphen or a carriage return, which no word holds.
// No token is empty, and neither is w when its length is a token's. A
// token that starts with a letter is a word: punctuation and quotation
// marks are other runes.
func (a *analyzer) isWord(i int, w string) bool {
	if uint(i) < uint(len(a.toks)) {
		if t := &a.toks[i]; t.End-t.Start == len(w) && a.text[t.Start]|0x20 == w[0] {
			// equalFoldASCII, written out
			for k := 1; k < len(w); k++ {
				if a.text[t.Start+k]|0x20 != w[k] {
					return false
				}
			}
			return true
		}
	}
	return false
}

func (a *analyzer) isPunct(i int, r rune) bool {
	if uint(i) >= uint(len(a.toks)) { // i < 0 too
		return false
	}
	t := &a.toks[i]
	return t.kind == tPunct && t.r == r
}

func (a *analyzer) class(i int) wordClass {
	if uint(i) >= uint(len(a.toks)) { // i < 0 too
		return otherClosed
	}
	return a.toks[i].lex.class
}

// cue returns the reporting verb that toks[i] is a form of.
//
// The verb is read in place by verbAt, and copied only when it is the
// answer: most words asked about are none. cue is small enough to be
// inlined, so that a caller that asks only whether a word is a cue copies
// nothing.
func (a *analyzer) cue(i int) (cueVerb, bool) {
	if v := a.verbAt(i); v != nil {
		return *v, true
	}
	return cueVerb{}, false
}

// verbAt returns the reporting verb of the lexicon that toks[i] is a form
// of, read in place, or nil when it is none or its neighbours show it to
// be no cue.
func (a *analyzer) verbAt(i int) *cueVerb {
	if uint(i) >= uint(len(a.toks)) || a.toks[i].lex.cue == 0 { // i < 0 too
		return nil
	}
	v := &cueVerbs[a.toks[i].lex.cue-1] // a.toks[i].lex.verb()
	if v.plain && v.flags&cuePastOnly != 0 && !(v.flags&cueNounObject != 0 && a.bareAfterTo(i, v)) {
		return nil // "the Ruiz emails", "its faults"; but "went on to fault the plan"
	}
	if v.flags&cueParticle != 0 && !a.isWord(i+1, v.particle) {
		return nil // "shot him", "a point"
	}
	if v.flags&cueNaming != 0 && v.plain && (v.lemma == "term" || v.lemma == "label") && a.isPunct(i+1, ',') {
		return nil // the noun: "the loaded term, “X”", "in the vaguest terms, as …"; the verb names an object right after it
	}
	if !v.plain && a.participleBeforeNoun(i) {
		return nil // "its own recommended list", "a large pledged delegate lead"
	}
	if v.lemma == "state" && !a.toks[i].cap && i+1 < len(a.toks) && a.toks[i+1].kind == tWord && (a.toks[i+1].lex.title() || a.toks[i+1].lex.abbr() && a.toks[i+1].cap) {
		return nil // "state Sen. Ana Ruiz", but "notes Dr. Ana Ruiz"
	}
	if v.lemma == "state" && v.plain && a.stateNoun(i) {
		return nil // "the fifth state that", "swing states", "only 10 states"
	}
	return v
}

// participleBeforeNoun reports whether toks[i], a past participle of a
// reporting verb, modifies the noun after it: after an article, a
// possessive or "own" ("the promised bridge", "its own recommended
// list"), or as "pledged" before the delegates a vote binds ("a large
// pledged delegate lead", "the totals include pledged delegates").
func (a *analyzer) participleBeforeNoun(i int) bool {
	if i+1 >= len(a.toks) || a.toks[i+1].kind != tWord || a.toks[i+1].cap || !strings.HasSuffix(a.word(i), "ed") {
		return false
	}
	if a.isWord(i, "pledged") && (a.isWord(i+1, "delegate") || a.isWord(i+1, "delegates") || a.isWord(i+1, "superdelegates")) {
		return true
	}
	if a.class(i+1) != openClass {
		return false // "the one reported to", "a man asked by"
	}
	return a.wordIn(participleOpeners, i-1)
}

// participleOpeners are the words after which a past participle
// modifies the noun after it: "the promised bridge", "its own
// recommended list".
var participleOpeners = newFoldSet(map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "his": true, "their": true,
	"our": true, "my": true, "your": true, "own": true,
})

// bareAfterTo reports whether toks[i], a form of v, is its bare form
// after "to" and at most an adverb: "to fault", "to publicly detail".
func (a *analyzer) bareAfterTo(i int, v *cueVerb) bool {
	j := i - 1
	if a.adverb(j) || a.class(j) == auxiliary && strings.HasSuffix(a.word(j), "ly") {
		j-- // "publicly" is read as an auxiliary
	}
	return a.isWord(j, "to") && equalFoldASCII(a.word(i), v.lemma)
}

// stateNoun reports whether "state" or "states" at toks[i] is the noun, as
// it is after a determiner, a number, an ordinal, an adjective in -ed or a
// word that sorts states ("swing states", "the Gulf states"); after any
// other word, past adverbs, or after a comma, dash or quotation it is the
// verb: "the company states", "Byrne — who … — states that", "“…,” states
// the notice".
func (a *analyzer) stateNoun(i int) bool {
	j := i - 1
	for j > 0 && (a.adverb(j) || a.isWord(j, "also") || a.isWord(j, "now") || a.isWord(j, "further")) {
		j-- // "Byrne also states"
	}
	if j < 0 {
		return true
	}
	if a.toks[j].kind != tWord {
		return !(a.toks[j].kind == tClose || a.toks[j].kind == tPunct && (a.toks[j].r == ',' || isDash(a.toks[j].r)))
	}
	w := a.word(j)
	if len(a.word(i)) == len("state") && !(a.class(j) == pronoun && !a.isWord(j, "which") && !a.isWord(j, "that") || pluralForm(w)) {
		return true // "New York state": the bare form agrees with no singular subject
	}
	// "big states are", "farm states that grow corn": the noun is the
	// subject of a verb after it.
	if n := i + 1; a.class(n) == auxiliary && !a.isWord(n, "not") || a.pastTense(n) || a.isCapWord(n) ||
		a.isWord(n, "that") && n+1 < len(a.toks) && a.toks[n+1].kind == tWord && !a.toks[n+1].cap && (a.class(n+1) == auxiliary || a.class(n+1) == openClass && !strings.HasSuffix(a.word(n+1), "s")) {
		return true // "farm states that grow corn", "Rust Belt states Ohio and Indiana"
	}
	return a.class(j) == determiner || a.numeral(j) || a.wordIn(stateModifiers, j) || !a.toks[j].cap && strings.HasSuffix(w, "ed")
}

// stateModifiers are words that sort states before the noun: "swing
// states", "the fifth state", "the Gulf states".
var stateModifiers = newFoldSet(map[string]bool{
	"swing": true, "battleground": true, "key": true, "early": true, "future": true, "other": true,
	"neighboring": true, "neighbouring": true, "member": true, "border": true, "home": true, "red": true,
	"blue": true, "purple": true, "several": true, "many": true, "both": true, "remaining": true,
	"individual": true, "respective": true, "contiguous": true, "sovereign": true, "nation": true,
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "sixth": true,
	"seventh": true, "eighth": true, "ninth": true, "tenth": true, "last": true, "next": true,
	"western": true, "eastern": true, "northern": true, "southern": true, "midwestern": true,
	"arab": true, "gulf": true, "baltic": true, "nordic": true, "balkan": true, "muslim": true,
	"african": true, "asian": true, "european": true, "central": true, "pacific": true, "atlantic": true,
	"caribbean": true, "island": true, "coastal": true, "rural": true, "southwestern": true,
	"northeastern": true, "southeastern": true, "northwestern": true, "plains": true, "mountain": true,
	"democratic": true, "republican": true, "primary": true, "caucus": true, "delegate-rich": true,
})

// numeral reports whether toks[i] is a word that starts with a digit: "45",
// "1960s", "5-year".
func (a *analyzer) numeral(i int) bool {
	if uint(i) >= uint(len(a.toks)) || a.toks[i].kind != tWord {
		return false
	}
	w := a.word(i)
	return isDigit(rune(w[0]))
}

// countWord reports whether toks[i] is a number in digits or a small one
// in words, capitalized or not: "Two in three said".
func (a *analyzer) countWord(i int) bool {
	if a.numeral(i) {
		return true
	}
	switch lowerASCII(a.word(i)) {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten":
		return true
	}
	return false
}

// isName reports whether toks[i] is part of a proper name: a capitalized
// word, or a short connector between two of them ("Secretary of State").
func (a *analyzer) isCapWord(i int) bool {
	if uint(i) >= uint(len(a.toks)) { // i < 0 too
		return false
	}
	t := &a.toks[i]
	return t.kind == tWord && t.cap
}

// possessive reports whether toks[i] is a word ending in 's or ’s.
func (a *analyzer) possessive(i int) bool {
	if uint(i) >= uint(len(a.toks)) || a.toks[i].kind != tWord { // i < 0 too
		return false
	}
	t := &a.toks[i]
	if a.text[t.End-1] != 's' {
		return false // most words: no possessive ends otherwise
	}
	return isPossessiveWord(a.text[t.Start:t.End]) && t.lex.class != pronoun // not "she’s"
}

// leftPhrase returns the noun phrase that ends just before toks[end], not
// reaching before lo: the subject of a cue that follows it.
func (a *analyzer) leftPhrase(end, lo int) phrase {
	p := a.leftNounPhrase(end, lo)
	// "Nine in 10 Democratic voters say", "two in three voters": the
	// share of the phrase's people that spoke.
	if p.ok() && p.hi-p.lo > 1 && p.lo-2 >= lo && a.isWord(p.lo-1, "in") && a.countWord(p.lo) && a.countWord(p.lo-2) {
		p.lo -= 2
		if j := p.lo - 1; j >= lo && (!a.toks[j].cap || j == lo) && (a.adverb(j) || a.isWord(j, "about") || a.isWord(j, "almost") || a.isWord(j, "just") || a.isWord(j, "some")) {
			p.lo = j
		}
	}
	return p
}

// leftNounPhrase is [analyzer.leftPhrase] but for a share before the
// phrase.
func (a *analyzer) leftNounPhrase(end, lo int) phrase {
	k := end - 1
	if a.isPunct(k, '.') && k-1 > lo && a.isCapWord(k-1) && a.toks[k-1].lex.abbr() {
		k-- // "Tom Hale Jr. said", "Acme Inc. said": the period ends the name
	}
	// A party and state after a name: Sen. David Perdue (R-Ga.) said.
	if a.isPunct(k, ')') {
		for j := k - 1; j > lo && j > k-8; j-- {
			if a.isPunct(j, '(') {
				if a.isCapWord(j - 1) {
					p := a.leftPhrase(j, lo)
					if p.ok() {
						p.hi = end
						return p
					}
				}
				break
			}
		}
	}
	// "47% say": a share of a poll's respondents.
	if a.isPunct(k, '%') && k > lo && a.numeral(k-1) {
		return phrase{k - 1, end, Description}
	}
	if k < lo || a.toks[k].kind != tWord {
		return phrase{}
	}
	// "About one in five say".
	if a.isWord(k-1, "in") && a.countWord(k) {
		// "Two in three", "nearly three in five", "about one in five";
		// but "who in 2010 said" has a year.
		p := phrase{k, end, Description}
		if len(a.word(k)) == 4 && a.numeral(k) || k-2 < lo || !a.countWord(k-2) {
			for p.lo > lo && p.lo > k-4 && a.toks[p.lo-1].kind == tWord && !a.toks[p.lo-1].cap {
				p.lo--
			}
		} else {
			p.lo = k - 2
			if j := k - 3; j >= lo && !a.toks[j].cap && (a.adverb(j) || a.isWord(j, "about") || a.isWord(j, "almost") || a.isWord(j, "just") || a.isWord(j, "some")) {
				p.lo = j
			} else if j-1 >= lo && a.isWord(j, "than") && (a.isWord(j-1, "more") || a.isWord(j-1, "fewer") || a.isWord(j-1, "less")) {
				p.lo = j - 1 // "more than six in 10"
			}
		}
		return p
	}
	switch c := a.nameClass(k); c {
	case pronoun:
		return phrase{k, end, Pronoun}
	case objectPronoun:
		// "most of them said", "none of us knew"
		if k-2 >= lo && a.isWord(k-1, "of") && (a.class(k-2) == determiner || a.isWord(k-2, "none") || a.isWord(k-2, "half")) {
			return phrase{k - 2, end, Description}
		}
		// "a source close to him said", "people close to her said"
		if k-3 >= lo && a.isWord(k-1, "to") && a.isWord(k-2, "close") && a.class(k-3) == openClass {
			if p := a.leftPhrase(k-2, lo); p.ok() && p.kind != Pronoun {
				return phrase{p.lo, end, Description}
			}
		}
		return phrase{}
	case openClass:
	case determiner:
		// "Another tweeted", "Some chanted", "Many have said".
		switch lowerASCII(a.word(k)) {
		case "another", "some", "many", "others", "both", "several", "one", "most", "all":
			return phrase{k, end, Description}
		}
		return phrase{}
	default:
		return phrase{}
	}
	start := k
	steps := 0
	// headFirst: the phrase's head comes before a preposition and a name:
	// "a spokeswoman for Ana Ruiz", "Officials in Ohio" describe, they do
	// not name; "chief of staff Ana Ruiz" names.
	headFirst := false
	for j := k; j >= lo && steps < 12; j-- {
		t := &a.toks[j]
		if t.kind == tPunct && (t.r == '.' || t.r == '-' || t.r == '&') && j > lo && a.isCapWord(j-1) && j+1 < end && a.toks[j+1].kind == tWord && !(t.r == '-' && a.toks[j+1].Start > t.End) {
			continue // Mr. Smith, Hewlett-Packard; not "HEADING - Name"
		}
		if t.kind == tClose && j-2 > lo && a.nickname(j-2) {
			j -= 2 // Gerald “Gerry” Whitcombe
			continue
		}
		if t.kind != tWord || t.depth != a.toks[k].depth {
			break
		}
		c := t.lex.class // nameClass(j), which an open-class word keeps
		if c != openClass {
			c = a.nameClass(j)
		}
		if c == openClass && !t.cap && j < k && a.toks[j+1].cap && a.wordIn(clauseHeads, j) {
			break // "the first time Hale said": Hale speaks, not the time
		}
		if c == openClass || (c == timeWord && t.cap) {
			start = j
			steps++
			continue
		}
		if c == determiner {
			start = j
			// "people familiar with the matter", "a spokeswoman for the
			// company": past the determiner the phrase may go on.
			if j-1 > lo && a.ofPhrase(j-1) && a.class(j-2) == openClass {
				headFirst = headFirst || a.describes(j-2) && a.isCapWord(j+1)
				j--
				continue
			}
			break
		}
		if c == preposition && a.ofPhrase(j) && j > lo && a.class(j-1) == openClass {
			// "a spokeswoman for the company", "people familiar with the
			// matter": the phrase goes on to its head.
			headFirst = headFirst || a.describes(j-1) && a.isCapWord(j+1)
			continue
		}
		break
	}
	// A phrase does not reach back over the end of a short line, a
	// heading's or a list's: "10\nAna Ruiz Explains Why"; but text
	// wrapped at a line's width goes on: "Mayor Ana\nRuiz said".
	if nl := strings.LastIndexByte(a.text[a.toks[start].Start:a.toks[end-1].Start], '\n'); nl >= 0 {
		nl += a.toks[start].Start
		if headingLine(a.text[strings.LastIndexByte(a.text[:nl], '\n')+1 : nl]) {
			start = firstTokenAt(a.toks, nl)
		}
	}
	p := phrase{start, end, Description}
	last := end - 1
	if a.isPunct(last, '.') {
		last-- // "Tom Hale Jr."
	}
	if a.toks[last].cap && !a.possessive(last) && !a.commonHead(last) && !headFirst {
		p.kind = Name
	}
	return a.trimPhrase(p)
}

// headingLine reports whether line, which a line break ends, is a
// heading or a list's item rather than prose wrapped at a width: short,
// or with most of its words capitalized.
func headingLine(line string) bool {
	if len(line) <= 48 {
		return true
	}
	words, caps := 0, 0
	for f := range strings.FieldsSeq(line) {
		words++
		if c := f[0]; 'A' <= c && c <= 'Z' {
			caps++
		}
	}
	return 3*caps >= 2*words
}

// rightPhrase returns the noun phrase that starts at toks[start], not
// reaching hi: the speaker after an inverted cue ("said Paul Okafor").
func (a *analyzer) rightPhrase(start, hi int) phrase {
	if start >= hi || start >= len(a.toks) || a.toks[start].kind != tWord {
		return phrase{}
	}
	switch a.nameClass(start) {
	case pronoun:
		return phrase{start, start + 1, Pronoun}
	case openClass, determiner:
	default:
		return phrase{}
	}
	end := start
	prepUsed := false
	for j := start; j < hi && j-start < 12; j++ {
		t := &a.toks[j]
		if t.kind == tPunct && (t.r == '.' || t.r == '-' || t.r == '&') && j > start && a.isCapWord(j-1) && j+1 < hi && a.isCapWord(j+1) && (a.toks[j-1].lex.abbr() || a.initial(j-1)) {
			continue
		}
		if a.nickname(j) {
			j += 2 // Robert “Red” Castellano
			continue
		}
		if t.kind != tWord {
			break
		}
		c := a.nameClass(j)
		if c == auxiliary && a.isWord(j, "first") && j > start && a.class(j-1) == determiner {
			c = openClass // "the first lady", "The first incident"
		}
		if c == openClass || c == determiner && j == start || c == determiner && prepUsed && a.class(j-1) == preposition {
			if c == openClass && !t.cap && end > start && a.toks[end-1].cap && a.class(end-1) != determiner && a.class(end-1) != timeWord && !a.toks[end-1].lex.title() && !a.isWord(j-1, "of") && (!descriptionHeads[singular(lowerASCII(a.word(j)))] && !(t.lex.title() && a.class(start) == determiner) || a.startsPredicate(j+1)) && !(end-1 == start && strings.HasSuffix(a.word(start), "ed")) && !a.nameModifier(j) && !a.sourceNoun(j) {
				// "said Smith Tuesday" is handled as time, but "Ruiz
				// supporters" and "Retired workers" are people, and "Ohio
				// State political science professor Tom Hale" one.
				break
			}
			if _, isCue := a.cue(j); isCue && j > start && (!t.cap || a.headlineCase()) && !a.sourceNoun(j) {
				break // but "a Harbor Post analysis": a name's word
			}
			// "The spokeswoman declined": a past tense after a noun is the
			// verb, not part of the phrase ("a retired general" is).
			if c == openClass && j > start && a.class(j-1) == openClass && a.pastTense(j) {
				break
			}
			end = j + 1
			continue
		}
		if c == timeWord && t.cap && end > start && !a.toks[end-1].cap && a.class(end-1) != determiner {
			break // "said Smith Tuesday", but "a Monday editorial"
		}
		if c == timeWord && t.cap && end > start && a.class(end-1) == determiner && j+1 < hi && a.toks[j+1].kind == tWord && !a.toks[j+1].cap {
			end = j + 1 // "a Wednesday editorial"
			continue
		}
		if c == timeWord && !t.cap {
			break
		}
		if c == preposition && !prepUsed && (a.isWord(j, "of") || a.isWord(j, "for") || a.isWord(j, "at")) && j+1 < hi && a.toks[j+1].kind == tWord {
			prepUsed = true
			continue
		}
		// "a man near the back of the room", "a woman from Ohio": a place
		// after a common noun, but not "in a statement".
		if c == preposition && !prepUsed && end > start && !a.toks[end-1].cap && (a.isWord(j, "near") || a.isWord(j, "in") || a.isWord(j, "from") || a.isWord(j, "with") || a.isWord(j, "to") && a.isWord(j-1, "close")) {
			e := j + 1
			for e < hi && e < j+8 && a.toks[e].kind == tWord {
				e++
			}
			if !a.adjunctHead(j, e) || a.isCapWord(e-1) && !a.adjunctHead(j, e-1) {
				prepUsed = true
				continue
			}
		}
		break
	}
	if end == start {
		return phrase{}
	}
	if end == start+1 && a.standsAlone(start) {
		return phrase{start, end, Description} // "tweeted another"
	}
	// A party and state after a name: Rep. Gwen Moore (D-Wis.)
	if a.isPunct(end, '(') && a.toks[end-1].cap {
		for j := end + 1; j < hi && j < end+8; j++ {
			if a.isPunct(j, ')') {
				end = j + 1
				break
			}
			if t := &a.toks[j]; t.kind != tWord && !(t.kind == tPunct && (t.r == '.' || t.r == ',' || isDash(t.r) || t.r == '-')) {
				break // "(:": no party nor state, and a cue may stand in it
			}
		}
	}
	p := phrase{start, end, Description}
	if a.phraseHasName(p) && !a.commonHead(end-1) {
		p.kind = Name
	}
	return a.trimPhrase(p)
}

// sourceNoun reports whether toks[j], a word in lower case after a
// modifier, is a thing that carries a source's words or figures and so
// the head of the phrase: "a Harbor Post analysis", "a congressional
// report", "HWB filings". A form in -s that a verb may have ("the Post
// reports that") is the head only before punctuation.
func (a *analyzer) sourceNoun(j int) bool {
	t := &a.toks[j]
	if t.cap || j == 0 {
		return false
	}
	if a.toks[j-1].kind != tWord || a.class(j-1) == determiner {
		return false // "a report" is no modifier's
	}
	if a.wordAsWritten(sourceNouns, j) {
		return true // "analysis", "data"
	}
	w := a.word(j)
	return pluralForm(w) && sourceNouns.holds(singular(w)) && (j+1 == len(a.toks) || a.toks[j+1].kind != tWord)
}

// sourceNouns are what a source's words or figures come in: "a WHBR
// tally", "the county's records".
var sourceNouns = newFoldSet(map[string]bool{
	"report": true, "poll": true, "survey": true, "study": true, "analysis": true, "tally": true,
	"count": true, "average": true, "readout": true, "review": true, "data": true, "filing": true,
	"record": true, "transcript": true, "memoir": true, "profile": true, "editorial": true,
	"column": true, "estimate": true, "audit": true, "assessment": true, "statement": true,
	"memo": true, "release": true, "document": true, "research": true,
})

// ofPhrase reports whether toks[j] is a preposition that ties a noun to
// its complement inside a speaker's phrase.
func (a *analyzer) ofPhrase(j int) bool {
	return a.isWord(j, "of") || a.isWord(j, "for") || a.isWord(j, "at") || a.isWord(j, "with") || a.isWord(j, "in") || a.isWord(j, "from") || a.isWord(j, "to") && (a.isWord(j-1, "close") || a.servesTo(j-1)) || a.isWord(j, "by") && a.byAgent(j-1) ||
		a.placeOf(j) && a.class(j+1) != timeWord && a.class(j+2) != timeWord && !strings.HasSuffix(a.word(j-1), "ing") && a.placeHolder(j-1) // "the sign on the door", "a banner outside the hall"; not "on Monday", nor a participle's "living near"
}

// servesTo reports whether toks[j] is a role that serves someone, whose
// phrase goes on with "to" and the one served: "an aide to Gov. Tom Hale",
// "the ambassador to France".
func (a *analyzer) servesTo(j int) bool {
	if uint(j) >= uint(len(a.toks)) || a.toks[j].kind != tWord {
		return false
	}
	return servingRoles[singular(lowerASCII(a.word(j)))]
}

// servingRoles are the roles of servesTo, in the singular.
var servingRoles = map[string]bool{
	"aide": true, "adviser": true, "advisor": true, "assistant": true, "counselor": true,
	"ambassador": true, "envoy": true, "successor": true, "heir": true, "consultant": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "liaison": true,
	"confidant": true, "confidante": true, "secretary": true,
}

// placeHolder reports whether toks[j], before a preposition of place, is
// what is in the place rather than a name that speaks from it: "the sign
// on the door", "Critics on Capitol Hill", "the Council on Coastal
// Trade", but not "Tom Hale on Harbor News".
func (a *analyzer) placeHolder(j int) bool {
	if !a.isCapWord(j) {
		return true
	}
	if j > 0 && a.isCapWord(j-1) && a.toks[j-1].lex.nameGender != unknownGender {
		return false // "Tom Farmer on Harbor News": a surname, not a head
	}
	return a.commonHead(j) || a.isWord(j+1, "on") && a.isCapWord(j+2) && a.wordIn(onHeads, j)
}

// onHeads are capitalized heads that keep a name after "on": bodies named
// for what they are on ("the Council on Coastal Trade", "the Committee
// on Ways and Means") and parties' members ("Democrats on Capitol Hill");
// but "the Pentagon on Twitter" speaks from where it posted.
var onHeads = newFoldSet(map[string]bool{
	"council": true, "committee": true, "subcommittee": true, "commission": true, "center": true,
	"institute": true, "conference": true, "board": true, "panel": true, "caucus": true, "forum": true,
	"democrats": true, "republicans": true,
})

// placeOf reports whether toks[j] is a preposition of place that may tie
// a thing to where it is inside a speaker's phrase.
func (a *analyzer) placeOf(j int) bool {
	return a.isWord(j, "on") || a.isWord(j, "outside") || a.isWord(j, "inside") || a.isWord(j, "near") || a.isWord(j, "behind") || a.isWord(j, "above")
}

// byAgent reports whether toks[j], before "by", makes the phrase after
// it the agent inside a longer speaker: "a poll conducted by Marist",
// "residents affected by the floods", "a study by two economists".
func (a *analyzer) byAgent(j int) bool {
	if j < 0 || a.toks[j].kind != tWord || a.toks[j].cap {
		return false
	}
	w := lowerASCII(a.word(j))
	if findings[singular(w)] || byDocuments[singular(w)] {
		return true
	}
	// A participle needs its noun before it: not ", run by Ana Ruiz, said"
	// nor the passive "the measure was approved by voters".
	return j > 0 && a.toks[j-1].kind == tWord && a.class(j-1) != auxiliary && (a.pastTense(j) && (strings.HasSuffix(w, "ed") || alsoParticiple[w]) || byParticiple[w])
}

// byParticiple are past participles without "-ed" that take an agent:
// "towns hit by the storm", "a memo seen by reporters".
var byParticiple = map[string]bool{
	"hit": true, "run": true, "seen": true, "written": true, "taken": true, "shown": true,
	"given": true, "drawn": true, "chosen": true, "driven": true, "beaten": true, "hurt": true,
}

// byDocuments are nouns whose author follows "by": "a report by the
// auditor", "a statement by the family".
var byDocuments = map[string]bool{
	"report": true, "count": true, "review": true, "audit": true, "statement": true,
	"investigation": true, "memo": true, "letter": true, "tally": true, "assessment": true,
}

// joinedBy returns speaker phrase p with the phrase that "and" joins to it
// from before: "teachers and union officials said", "Tom Hale and Ana
// Ruiz said". Both speak.
func (a *analyzer) joinedBy(p phrase, lo int) phrase {
	if !a.isWord(p.lo-1, "and") || p.lo-1 <= lo || a.isWord(p.hi-2, "in") && a.countWord(p.hi-1) {
		return p // "…, and one in four said": a share stands alone
	}
	q := a.leftPhrase(p.lo-1, lo)
	switch {
	case p.kind == Name && a.isPunct(p.lo-2, ','):
		if n := a.describedName(p.lo-2, lo); n.ok() {
			p.lo = n.lo // "Ana Ruiz, 45, and Tom Hale said"
		}
	case !q.ok() || q.hi != p.lo-1:
	case p.kind == Description && q.kind == Description && (q.hi-q.lo <= 3 || q.hi-q.lo <= 5 && a.class(q.lo) == determiner) && (!a.toks[q.lo].cap || q.lo == lo) && (q.lo == lo || a.toks[q.lo-1].kind != tWord || a.class(q.lo-1) != openClass):
		// "teachers and union officials", "the retired Dover judge
		// and mayoral candidate"; but in "Voters rejected the tax and
		// officials said" the tax is the object of the verb before it
		p.lo = q.lo
	case p.kind == Name && q.kind == Name && !a.hasVerb(q):
		p.lo = q.lo // but not "When the council met Tom Hale and Ana Ruiz said"
	}
	return p
}

// describedName returns the name that opens the sentence, or follows a
// conjunction, before an age or an appositive that ends at the comma
// toks[c]: "Ana Ruiz, 45," and "Ana Ruiz, the mayor," before "and Tom
// Hale said"; or no phrase.
func (a *analyzer) describedName(c, lo int) phrase {
	for b := c - 2; b > lo && b >= c-12; b-- {
		if a.toks[b].kind != tWord {
			if !a.isPunct(b, ',') {
				return phrase{}
			}
			if a.appositiveStretch(b+1, false, a.toks[c].Start, len(a.text)) != c {
				return phrase{}
			}
			q := a.leftPhrase(b, lo)
			if q.ok() && q.hi == b && q.kind == Name && !a.hasVerb(q) && (q.lo == lo || a.toks[q.lo-1].kind != tWord || a.class(q.lo-1) == conjunction) {
				return q
			}
			return phrase{}
		}
	}
	return phrase{}
}

// hasVerb reports whether phrase p holds a verb in the past or a
// participle: "the council met Tom Hale".
func (a *analyzer) hasVerb(p phrase) bool {
	for j := p.lo; j < p.hi; j++ {
		if a.pastTense(j) || a.verbForm(j) {
			return true
		}
	}
	return false
}

// placeBefore reports whether phrase p ends in a place after a preposition
// of place, which a state or country toks[n:end] may follow: "a nurse in
// Allentown" (, Pa.), "the church at Elizabeth" (, Colorado); and after
// "of" when toks[n:end] is a state: "the mayor of Dayton" (, Ohio), but
// not "a spokeswoman for the Department of Labor" (, Ana Ruiz).
func (a *analyzer) placeBefore(p phrase, n, end int) bool {
	j := a.placeStart(p)
	return j < p.hi-1 && (a.isWord(j, "in") || a.isWord(j, "at") || a.isWord(j, "near") || a.isWord(j, "from") || a.isWord(j, "of") && a.stateName(n, end))
}

// placeStart returns the index of the word before the capitalized words
// that end phrase p: the preposition of "a nurse in Allentown".
func (a *analyzer) placeStart(p phrase) int {
	j := p.hi - 1
	for j > p.lo && a.isCapWord(j) {
		j--
	}
	return j
}

// stateName reports whether toks[lo:hi] name a state of the United
// States, in full or as news shortens it: "Ohio", "South Carolina",
// "Pa.", "N.C.".
func (a *analyzer) stateName(lo, hi int) bool {
	if lo >= hi || hi-lo > 4 {
		return false
	}
	w := a.text[a.toks[lo].Start:a.toks[hi-1].End]
	if ab, ok := strings.CutSuffix(w, "."); ok {
		return stateAbbreviation(ab) // "Pa.", "N.C."
	}
	_, ok := stateAbbreviations[w]
	return ok
}

// verbAuxiliary reports whether toks[j] is an auxiliary or modal verb
// ("was", "didn't"), not one of the adverbs that share its class
// ("again", "openly").
func (a *analyzer) verbAuxiliary(j int) bool {
	if a.class(j) != auxiliary {
		return false
	}
	w := lowerASCII(a.word(j))
	if strings.HasSuffix(w, "ly") {
		return false
	}
	switch w {
	case "also", "later", "earlier", "then", "again", "often", "already", "still", "even", "just",
		"first", "never", "not", "too", "long", "always", "sometimes":
		return false
	}
	return true
}

// clauseHeads are nouns that a clause with no "that" follows: "the first
// time Hale said", "the day Ruiz announced", "the way Hale put it".
var clauseHeads = newFoldSet(map[string]bool{
	"time": true, "times": true, "day": true, "moment": true, "way": true, "reason": true,
	"year": true, "week": true, "night": true, "morning": true, "place": true,
})

// describes reports whether toks[j], before a preposition inside a
// speaker's phrase, is a common noun that heads it: "spokeswoman" in "a
// spokeswoman for Ana Ruiz", "Officials" in "Officials in Ohio", but not
// "Secretary" in "Secretary of State Rosa Vance".
func (a *analyzer) describes(j int) bool {
	return !a.toks[j].cap || a.commonHead(j)
}

// commonHead reports whether toks[j] is a common noun that heads
// descriptions of sources, capitalized or not: "Sources said", "Police
// said".
func (a *analyzer) commonHead(j int) bool {
	// singular(lowerASCII(a.word(j))) is in anonymousHeads or
	// descriptionHeads, as the lexicon marks the word.
	return a.toks[j].lex.flags&inCommonHeads != 0
}

// descriptionHeads are nouns that describe a speaker without naming it.
var descriptionHeads = map[string]bool{
	"police": true, "expert": true, "analyst": true, "critic": true, "resident": true,
	"authoritie": true, "authority": true, "prosecutor": true, "organizer": true,
	"supporter": true, "opponent": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "campaign": true, "company": true, "government": true,
	"administration": true, "researcher": true, "scientist": true, "economist": true,
	"voter": true, "student": true, "worker": true, "lawyer": true, "attorney": true,
	"doctor": true, "nurse": true, "teacher": true, "parent": true, "neighbor": true,
	"protester": true, "demonstrator": true, "marcher": true, "volunteer": true, "activist": true,
	"leader": true, "observer": true, "farmer": true, "owner": true, "investor": true, "manager": true,
	"officer": true, "teenager": true, "veteran": true, "immigrant": true, "refugee": true, "fan": true,
	"survivor": true, "victim": true, "patient": true, "customer": true, "user": true,
}

// phraseHasName reports whether the head of p (its last word before any
// of-phrase) is capitalized.
func (a *analyzer) phraseHasName(p phrase) bool {
	for j := p.lo; j < p.hi; j++ {
		if a.class(j) == preposition {
			return j > p.lo && a.toks[j-1].cap
		}
	}
	hi := p.hi
	if a.isPunct(hi-1, ')') {
		// "Rep. Dana Ortiz (D-Ore.)": the name before the party and state.
		for j := hi - 2; j > p.lo; j-- {
			if a.isPunct(j, '(') {
				hi = j
				break
			}
		}
	}
	return a.toks[hi-1].cap && !a.possessive(hi-1)
}

// nameStart returns where the capitalized words, and the periods of their
// abbreviations, that end before toks[k] start, not before toks[lo]:
// "FBI Director Ana Ruiz's" from "Ruiz's", "Gov. Tom Hale".
func (a *analyzer) nameStart(lo, k int) int {
	for k > lo && (a.isCapWord(k-1) || a.isPunct(k-1, '.') && k-2 >= lo && a.isCapWord(k-2)) {
		k--
	}
	return k
}

// standsAlone reports whether toks[j] is a determiner that can stand for
// people on its own: "Some chanted", "tweeted another", "Many claim".
func (a *analyzer) standsAlone(j int) bool {
	return a.class(j) == determiner && a.wordIn(aloneDeterminers, j)
}

// aloneDeterminers are the determiners of standsAlone.
var aloneDeterminers = newFoldSet(map[string]bool{
	"another": true, "others": true, "one": true, "some": true, "many": true, "several": true,
	"both": true, "most": true, "all": true, "few": true,
})

// trimPhrase drops a trailing preposition or determiner that the scan took.
func (a *analyzer) trimPhrase(p phrase) phrase {
	for p.hi > p.lo && (a.class(p.hi-1) == preposition || a.class(p.hi-1) == determiner) {
		p.hi--
	}
	for p.hi > p.lo && a.class(p.lo) == preposition {
		p.lo++
	}
	// "Now Tom Hale says": an adverb capitalized before a name can only
	// be the sentence's first word, not part of the name; but "Tonight
	// Show host Tom Hale", with a role in lower case, is a show's name.
	if p.hi-p.lo > 1 && a.toks[p.lo].cap && a.isCapWord(p.lo+1) && a.opensSentence(p.lo, p.hi) {
		p.lo++
	}
	// "Critics rejected Hale's claim": a possessor's name after a verb is
	// the phrase; the words before it are another clause's.
	if p.hi-p.lo > 1 && a.toks[p.hi-1].cap && a.possessive(p.hi-1) {
		lo := a.nameStart(p.lo, p.hi-1)
		if lo > p.lo && (a.pastTense(lo-1) || a.verbForm(lo-1)) {
			p.lo = lo
		}
	}
	if p.hi <= p.lo {
		return phrase{}
	}
	return p
}

// opensSentence reports whether toks[j] is an adverb that opens sentences
// and is no part of the name in toks[j+1:hi] after it: "now", "then",
// "also", "even", "once", "later", "still" and "instead" never are; the
// others of sentenceStarters' adverbs ("Today", "Tonight", "Indeed", …)
// open a show's or a firm's name, which has a word in lower case after
// them ("Tonight Show host Tom Hale"). They are sentenceStarters, as the
// word's lexeme tells: most words asked, the first of a name, are not,
// and are not looked up.
func (a *analyzer) opensSentence(j, hi int) bool {
	if !a.toks[j].lex.starter() {
		return false
	}
	never, ok := lookupFold(starterAdverbs, a.word(j))
	return ok && (never || !a.lowerWordIn(j+1, hi))
}

// starterAdverbs are the adverbs among sentenceStarters, each with whether
// it never opens a name: "Now Tom Hale says", but "Tonight Show host".
var starterAdverbs = map[string]bool{
	"now": true, "then": true, "also": true, "even": true, "once": true, "later": true,
	"still": true, "instead": true,
	"just": false, "only": false, "here": false, "maybe": false, "today": false, "again": false,
	"indeed": false, "perhaps": false, "finally": false, "already": false, "tonight": false,
	"yesterday": false, "ultimately": false,
}

// lowerWordIn reports whether a word in lower case is among toks[lo:hi].
func (a *analyzer) lowerWordIn(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if t := &a.toks[j]; t.kind == tWord && !t.cap {
			return true
		}
	}
	return false
}

// equalFoldASCII reports whether s equals the lower-case ASCII word w,
// ignoring the case of s.
func equalFoldASCII(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// subject returns the speaker before the cue at toks[k]: the noun phrase,
// past auxiliaries, appositives and relative clauses.
func (a *analyzer) subject(k, lo int) phrase {
	return a.subjectLed(k, lo, leadUnknown)
}

// leadUnknown stands for a leadingVerb not read yet.
const leadUnknown = -2

// subjectLed is [analyzer.subject] for a caller that has read lead,
// a.leadingVerb(k), already; or leadUnknown.
func (a *analyzer) subjectLed(k, lo, lead int) phrase {
	p := a.nearSubject(k, lo, lead)
	if c := p.lo - 1; c-1 > lo && p.kind == Name && a.isPunct(c, ',') && a.stateName(p.lo, p.hi) {
		// "Ana Ruiz of Dayton, Ohio, says", "Tom Hale, a baker from
		// Lyle, Ore., who rose before dawn, said": the state is the place's,
		// and the person before the place speaks.
		q := a.leftPhrase(c, lo)
		if q.ok() && q.hi-q.lo == 1 && q.lo-2 > lo && a.class(q.lo-1) == preposition && a.isPunct(q.lo-2, ',') {
			q.lo-- // "Tom Hale, 30, of Dover, Del., who …": the place's preposition after a comma
		}
		if q.ok() && q.hi == c && q.hi-q.lo > 1 && a.placeBefore(q, p.lo, p.hi) {
			if r := a.insertedSubject(c, lo); r.ok() && r.hi < q.lo {
				return r
			}
			q.hi = p.hi
			return q
		}
	}
	return p
}

// nearSubject is [analyzer.subjectLed] but for a state after a place.
func (a *analyzer) nearSubject(k, lo, lead int) phrase {
	j := k
	for j > lo {
		w := j - 1
		if a.betweenSubjectAndVerb(w, lo) {
			j--
			continue
		}
		// Whether toks[w] is a time word is asked by several of the rules
		// below, and read once.
		isTime := a.class(w) == timeWord
		// "Acme Bank just this month announced", "Hale on Tuesday said"
		if isTime && (a.isWord(w-1, "this") || a.isWord(w-1, "last") || a.isWord(w-1, "on") || a.isWord(w-1, "early") || a.isWord(w-1, "late") || a.isWord(w-1, "later") || a.isWord(w-1, "earlier")) && w-1 > lo {
			j = w - 1
			continue
		}
		if isTime && w == k-1 && w-1 >= lo && a.toks[w-1].kind == tWord && !a.pastTense(w-1) && a.toks[w-1].lex.nameGender == unknownGender && (!a.toks[w].cap || !a.isWord(w, "today") && !a.isWord(w, "tonight")) && (a.isWord(w, "today") || a.isWord(w, "yesterday") || a.isWord(w, "tonight") || a.toks[w].cap) {
			j = w // "Hale today said", "Hale Tuesday said"; but "WHBR Today" is a name
			continue
		}
		if q := a.objectOfHave(w, k, lo); q.ok() {
			return q // "The letter the mayor had in his pocket said"
		}
		if pp := a.prepAfterAuxiliary(w, lo); pp > 0 {
			j = pp // "friends have in the past said", "she has at times argued"
			continue
		}
		if w-1 > lo && a.isWord(w-1, "in") && (a.isWord(w, "particular") || a.isWord(w, "fact") || a.isWord(w, "turn") || a.isWord(w, "effect")) {
			j = w - 1 // "critics have in particular noted", "he in turn said"
			continue
		}
		if isTime && (a.isWord(w-1, "past") || a.isWord(w-1, "next")) && (a.isWord(w-2, "this") || a.isWord(w-2, "the")) && w-2 > lo {
			j = w - 2 // this past week
			continue
		}
		if isTime && a.class(w-1) == timeWord && a.isWord(w-2, "on") && w-2 > lo {
			j = w - 2 // "on Thursday evening"
			continue
		}
		if isTime && w-1 > lo && a.pastTense(w-1) && j == k {
			// "A court paper filed Sunday says": the day is the
			// filing's, and part of the speaker's phrase.
			if p := a.leftPhrase(w, lo); p.ok() && p.hi == w {
				p.hi = w + 1
				return p
			}
		}
		if j == k {
			if lead == leadUnknown {
				lead = a.leadingVerb(k)
			}
			if v := lead; v >= lo {
				j = v // "went on to say": the verb that leads to the cue has the subject
				continue
			}
		}
		break
	}
	if j > lo && (a.isPunct(j-1, ',') || a.toks[j-1].kind == tPunct && isDash(a.toks[j-1].r)) {
		return a.insertedSubject(j-1, lo)
	}
	if j-1 > lo && a.toks[j-1].kind == tClose && a.isPunct(j-2, ',') && a.toks[j-2].depth > 0 {
		// "Okafor, who calls Hale a “menace,” said": the aside
		// ends in a quotation, and its comma inside the marks.
		return a.insertedSubject(j, lo)
	}
	// "An aide who was not cleared to comment said", "The officials whose
	// laws were struck down say": the phrase before the relative pronoun.
	whoBefore := a.isWord(j-1, "who") // read once, not for each word
	for w := j - 2; w > lo && w >= j-12 && !whoBefore; w-- {
		t := &a.toks[w]
		if t.kind != tWord {
			break
		}
		if n := t.End - t.Start; (n == 3 || n == 5) && (a.isWord(w, "who") || a.isWord(w, "whose")) && a.toks[w-1].kind == tWord {
			if p := a.leftPhrase(j, lo); n == 3 && j == k && p.ok() && p.lo == w+1 && p.hi == k && p.kind != Pronoun && (a.toks[p.lo].cap || a.class(p.lo) == determiner) && !a.timePhrase(p.lo) && !a.spanOfTime(p.hi-1) && !a.verbIn(p) && (a.reportOpensVerb(k+1) || !a.endsInVerb(p)) {
				// "thieves who county officials say is linked to …", "a
				// donor who Hale says he never met": the clause's own
				// subject; not "The woman who Hale hired said the plan …"
				// (a verb of its own) or "the senator who the same day
				// said …" (a time).
				return p
			}
			if p := a.leftPhrase(w, lo); p.ok() && p.kind != Pronoun {
				return p
			}
			// "… and who asked not to be named said": the words before
			// the cue belong to the relative clause, not to a speaker.
			return phrase{}
		}
	}
	p := a.leftPhrase(j, lo)
	if !p.ok() {
		return p
	}
	if p.hi-p.lo == 1 && p.lo > lo && (a.isWord(p.lo, "both") || a.isWord(p.lo, "all") || a.isWord(p.lo, "each")) {
		// "Hale and Ruiz both said", "they all agreed": the quantifier
		// floats after the subject it counts, which speaks; but not
		// after an opening phrase's object: "After the vote both said".
		b := p.lo
		for b-1 > lo && b > p.lo-2 && a.class(b-1) == auxiliary && !a.isWord(b-1, "being") {
			b-- // "Hale and Ruiz have both said": the auxiliary before the quantifier
		}
		if q := a.leftPhrase(b, lo); q.ok() && q.hi == b && a.class(q.lo-1) != preposition && !(a.class(q.lo-1) == conjunction && a.class(q.lo) == determiner) {
			p = q
		} else if b < p.lo && a.isPunct(b-1, ',') {
			if q := a.insertedSubject(b-1, lo); q.ok() {
				p = q // "The rivals, Hale and Ruiz, have both said"
			}
		}
	}
	p = a.joinedBy(p, lo)
	// "Tom Hale on Harbor News said", "Ana Ruiz in an interview said": a
	// name speaks, not the medium or occasion after it.
	if n := a.nameBeforeMedium(p, lo); n.ok() {
		return n
	}
	// "the quiet, 64-year-old captain said": an age after a comma
	// is one more adjective of the same phrase.
	if w := a.word(p.lo); a.isPunct(p.lo-1, ',') && strings.Contains(w, "-year-old") && isDigit(firstRune(w)) && p.kind == Description {
		// Not "Despite the rain, 80-year-old Ana Ruiz said": the phrase
		// before the comma must start the subject.
		if q := a.leftPhrase(p.lo-1, lo); q.ok() && a.class(q.lo) == determiner && !a.toks[q.hi-1].cap && (q.lo == lo || a.toks[q.lo-1].kind != tWord) {
			p.lo = q.lo
		}
	}
	// "the sailors I interviewed said": the phrase before a relative
	// clause with no "who".
	if p.hi-p.lo == 1 && p.lo-1 > lo && a.class(p.lo-1) == pronoun && !a.isWord(p.lo-1, "it") && a.verbForm(p.lo) {
		if q := a.leftPhrase(p.lo-1, lo); q.ok() && q.kind == Description {
			return q
		}
	}
	// "Residents living near the plant said": the phrase before the
	// participle speaks, not the one after its preposition.
	if n := p.lo - 2; n > lo && a.class(p.lo-1) == preposition && a.verbForm(n) && !a.isWord(n, "according") {
		if q := a.leftPhrase(n, lo); q.ok() && q.kind != Pronoun {
			return q
		}
	}
	// "Hale's letter to his donors says": the document speaks, not the
	// ones it was sent to.
	if n := p.lo - 1; n-1 > lo && a.isWord(n, "to") && (a.documentNoun(n-1) || byDocuments[singular(lowerASCII(a.word(n-1)))]) {
		if q := a.leftPhrase(n, lo); q.ok() && q.hi == n {
			return q
		}
	}
	// "It said" and "It also said" are a company speaking; "it" further
	// off is seldom anyone.
	if p.kind == Pronoun && a.isWord(p.lo, "it") && p.hi != k && !a.plainAdverbs(p.hi, k) || p.kind != Pronoun && a.possessive(p.hi-1) || a.verbForm(p.lo) && (p.hi-p.lo == 1 || a.class(p.lo+1) == preposition || a.class(p.lo+1) == determiner) {
		return phrase{}
	}
	return p
}

// reportOpensVerb reports whether the report at toks[j] opens with a
// finite verb, after an adverb or not: "says was detained", "say is
// linked to". Then nothing stands between the subject before the cue and
// the cue, and that subject speaks.
func (a *analyzer) reportOpensVerb(j int) bool {
	if a.adverb(j) {
		j++
	}
	return j < len(a.toks) && a.toks[j].kind == tWord && !a.toks[j].cap && (a.class(j) == auxiliary || a.modal(j) || a.pastTense(j))
}

// endsInVerb reports whether the last word of phrase p is the verb of a
// clause whose subject is the rest: "the players love", "the family
// trusts", "Hale trusts"; not a head noun such as "U.S. officials" or
// "the county officials".
func (a *analyzer) endsInVerb(p phrase) bool {
	n := p.hi - 1
	if n-1 < p.lo || a.toks[n].kind != tWord || a.toks[n].cap || a.class(n) != openClass || a.commonHead(n) || a.toks[n].lex.title() {
		return false
	}
	prev := a.word(n - 1)
	plural := !a.toks[n-1].cap && a.class(n-1) == openClass && strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "ss")
	return plural || a.isCapWord(n-1) || a.class(n-1) == openClass && strings.HasSuffix(a.word(n), "s")
}

// verbIn reports whether phrase p holds a past tense or a participle:
// "the police arrested", "the company laid off".
func (a *analyzer) verbIn(p phrase) bool {
	for j := p.lo; j < p.hi; j++ {
		if a.pastTense(j) || a.verbForm(j) {
			return true
		}
	}
	return false
}

// prepositionName takes the word class from toks[i], a capitalized
// preposition, when it opens a name: "Beyond Bread", "Via Terra". Before
// a capitalized word it is one only if that word stands nowhere near
// without it ("Besides Hale's record, …" when Hale is named nearby; see
// nameElsewhere); in lower case, or before a word in lower case ("Beyond
// the footage"), it stays a preposition. The name scan asks it of each
// capitalized preposition, before the rules read the sentence.
func (a *analyzer) prepositionName(i int) {
	if a.namePrepositionWord(i) && a.isCapWord(i+1) && !a.nameElsewhere(i+1) {
		a.toks[i].lex.class = openClass
	}
}

// nameElsewhere reports whether the capitalized word toks[j], after one
// of the prepositions of [analyzer.prepositionName], stands in the text
// without it too: "Besides Ruiz's status" when "Ruiz" is named
// elsewhere, not "Beyond Meat".
//
// It reads the text a thousand bytes around the word, not all of it,
// so that a long text of such names stays linear.
func (a *analyzer) nameElsewhere(j int) bool {
	w := a.word(j)
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if len(w) < 2 {
		return false
	}
	const reach = 1024
	near := a.text[max(0, a.toks[j].Start-reach):min(len(a.text), a.toks[j].End+reach)]
	return strings.Count(near, w) > strings.Count(near, a.word(j-1)+" "+w)
}

// namePrepositions are prepositions that also open names: "Beyond Meat",
// "Via Terra". [wordClasses] has them as prepositions.
var namePrepositions = newFoldSet(map[string]bool{
	"beyond": true, "behind": true, "besides": true, "alongside": true, "throughout": true, "via": true,
})

// namePrepositionWord reports whether toks[j] is one of namePrepositions,
// in either case.
func (a *analyzer) namePrepositionWord(j int) bool {
	return j >= 0 && j < len(a.toks) && a.toks[j].kind == tWord && a.wordIn(namePrepositions, j)
}

// prepAfterAuxiliary returns the position of a preposition that opens a
// short phrase ending at toks[w] right after an auxiliary, or 0: "in the
// past" in "have in the past said", "at times" in "has at times argued",
// "in public" in "has in public said", "at some point" in "will at some
// point say". Where "had" possesses ("The letter the mayor had in his
// pocket said"), objectOfHave has answered first.
func (a *analyzer) prepAfterAuxiliary(w, lo int) int {
	// Most subjects have no preposition among their last words: the
	// words are asked nothing more.
	if a.class(w-1) != preposition && a.class(w-2) != preposition && a.class(w-3) != preposition {
		return 0
	}
	for p := w - 1; p > lo && p >= w-3; p-- {
		if a.toks[p+1].kind != tWord || a.toks[p+1].cap {
			return 0
		}
		c := a.class(p)
		if c != preposition && c != determiner && (a.pastTense(p+1) || a.verbForm(p+1)) {
			return 0 // "Veterans who had for years stayed silent said": a verb of its own; but "in prepared remarks"
		}
		if c == preposition {
			if a.isWord(p, "to") {
				return 0 // "Residents who had to flee said": an infinitive
			}
			if a.class(p-1) == auxiliary && !a.toks[p-1].cap && (a.isWord(p-1, "has") || a.isWord(p-1, "have") || a.isWord(p-1, "had") || a.modal(p-1)) {
				return p
			}
			return 0
		}
	}
	return 0
}

// objectOfHave returns the phrase that a relative clause of "have" and a
// phrase of place, ending at toks[w] just before the cue at toks[k],
// follows: "The letter" in "The letter the mayor had in his pocket said",
// "The bills" in "The bills that Hale had in committee said". The clause
// holds what the phrase is, not who speaks.
func (a *analyzer) objectOfHave(w, k, lo int) phrase {
	if w != k-1 {
		return phrase{}
	}
	for p := w - 1; p > lo+1 && p >= w-3; p-- {
		if a.toks[p+1].kind != tWord || a.toks[p+1].cap {
			return phrase{}
		}
		if a.class(p) != preposition {
			continue
		}
		if !(a.isWord(p-1, "had") || a.isWord(p-1, "has") || a.isWord(p-1, "have")) || a.timeAdverbial(p, w) {
			return phrase{}
		}
		s := a.leftPhrase(p-1, lo)
		if !s.ok() {
			return phrase{}
		}
		for i := s.lo + 2; i < s.hi && a.class(s.lo) == determiner; i++ {
			if a.toks[i].cap && !a.toks[i-1].cap && a.class(i-1) == openClass {
				return phrase{s.lo, i, Description} // "The letter Tom Hale had …"
			}
		}
		b := s.lo
		if a.isWord(b-1, "that") || a.isWord(b-1, "which") {
			b--
		}
		if h := a.leftPhrase(b, lo); h.ok() && h.hi == b && h.kind != Pronoun && a.class(h.lo) == determiner {
			return h
		}
		return phrase{}
	}
	return phrase{}
}

// timeAdverbial reports whether the phrase from the preposition at toks[p]
// to toks[w] tells when or how often: "in the past", "at times", "for
// years", "at first", "throughout his campaign".
func (a *analyzer) timeAdverbial(p, w int) bool {
	if a.isWord(p, "throughout") {
		return true
	}
	switch lowerASCII(a.word(w)) {
	case "past", "times", "first", "last", "once", "length", "least", "long":
		return true
	}
	return a.spanOfTime(w)
}

// plainAdverbs reports whether toks[lo:hi] are adverbs that leave the
// verb after them finite: "also", "later", "proudly"; not "not", "never"
// or an auxiliary, after which "it does not answer" is no report.
func (a *analyzer) plainAdverbs(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if !a.adverb(j) && (a.class(j) != auxiliary || a.verbAuxiliary(j) || a.isWord(j, "not") || a.isWord(j, "never")) {
			return false
		}
	}
	return true
}

// months are the names of the months, which a capital tells from "may"
// and "march".
var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
}

// monthWords are the months as a foldSet, for words read in place.
var monthWords = newFoldSet(months)

// irregularPast are past tenses without "-ed" that follow a subject:
// "the mayor held her fire".
var irregularPast = newFoldSet(map[string]bool{
	"held": true, "took": true, "made": true, "gave": true, "went": true, "came": true, "met": true,
	"sent": true, "kept": true, "left": true, "led": true, "won": true, "lost": true, "ran": true,
	"spent": true, "brought": true, "found": true, "got": true, "began": true, "stood": true,
	"drew": true, "threw": true, "struck": true, "paid": true, "sought": true, "fought": true,
	"built": true, "bought": true, "felt": true, "broke": true, "chose": true, "rose": true,
	"saw": true, "knew": true, "grew": true, "drove": true, "became": true, "hit": true,
	"shut": true, "quit": true, "hurt": true, "burst": true, "sold": true, "caught": true,
	"taught": true, "heard": true, "meant": true, "hung": true, "laid": true, "fed": true,
	"fled": true, "dealt": true, "shot": true, "stuck": true, "swept": true, "hid": true,
	"shook": true, "tore": true, "wore": true, "blew": true, "flew": true, "froze": true,
	"sank": true, "withdrew": true, "oversaw": true, "forgot": true, "understood": true, "sat": true,
	"fell": true, "let": true, "stole": true,
})

// alsoParticiple are the irregular pasts that are past participles too,
// so that a noun before them may be the object of a clause left out:
// "soldiers lost in the war", "the files kept in a safe".
var alsoParticiple = map[string]bool{
	"held": true, "made": true, "met": true, "sent": true, "kept": true, "left": true, "led": true,
	"won": true, "lost": true, "spent": true, "brought": true, "found": true, "got": true,
	"sat": true, "struck": true, "paid": true, "sought": true, "fought": true, "built": true,
	"bought": true, "felt": true, "hit": true, "shut": true, "hurt": true, "sold": true,
	"caught": true, "taught": true, "heard": true, "hung": true, "laid": true, "fed": true,
	"dealt": true, "shot": true, "stuck": true, "swept": true, "understood": true, "stood": true,
}

// pastTense reports whether toks[j] is a lower-case past tense.
//
// It is asked of most words before a cue and after it, and most are
// neither in -ed nor irregular pasts: irregularPast's words are all of the
// open class, so a word of another ("the", "to", "that") is not looked up.
func (a *analyzer) pastTense(j int) bool {
	if uint(j) >= uint(len(a.toks)) { // j < 0 too
		return false
	}
	t := &a.toks[j]
	return t.kind == tWord && !t.cap && (strings.HasSuffix(a.word(j), "ed") || t.lex.class == openClass && a.wordAsWritten(irregularPast, j))
}

// nameClass returns the class of toks[j], but openClass for a closed-class
// word that is part of a name: an initial ("A." in "Julie A. Martinez" is
// no article), and a capitalized auxiliary before another capitalized word
// ("Will" and "May" are first names in "said Will Doyle").
func (a *analyzer) nameClass(j int) wordClass {
	c := a.class(j)
	if c == openClass {
		return c // most words of a phrase: none of the cases below changes it
	}
	if a.initial(j) && a.isPunct(j+1, '.') {
		return openClass
	}
	if c == auxiliary && a.isCapWord(j) && (a.isCapWord(j+1) || j > 0 && a.isCapWord(j-1)) && (a.isWord(j, "will") || a.isWord(j, "may")) && !a.headlineCase() {
		return openClass // "Will Hale", "Theresa May"
	}
	if c == objectPronoun && a.word(j) == "US" && a.isCapWord(j+1) {
		return openClass // "US Senator Tom Hale"
	}
	if c == timeWord && j > 0 && a.isCapWord(j) && a.isCapWord(j-1) && isUpperCase(a.word(j-1)) && (a.isWord(j, "today") || a.isWord(j, "tonight")) {
		return openClass // "WHBR Today", "KHBR's Today": a name's word
	}
	return c
}

// initial reports whether toks[j] is a single capital letter, as a
// name's initial is: "Ana M. Ruiz".
func (a *analyzer) initial(j int) bool {
	return a.isCapWord(j) && a.toks[j].End-a.toks[j].Start == 1
}

// betweenSubjectAndVerb reports whether toks[w] is a word that may stand
// between a speaker and the verb after it: an auxiliary or adverb ("has
// also said"), "here" after a noun ("residents here said"), or a
// reflexive after a name ("Ruiz herself said").
func (a *analyzer) betweenSubjectAndVerb(w, lo int) bool {
	t := &a.toks[w]
	if t.cap {
		return false
	}
	// Each word sought has one class: the class tells which of them
	// toks[w] can be, and the length of the open-class ones which to
	// compare it with.
	switch a.class(w) {
	case auxiliary:
		return true // "later" and "earlier" among them
	case openClass:
		if a.adverb(w) {
			return true
		}
		switch t.End - t.Start {
		case 4:
			// "Hale may well say": "well" after a modal is an adverb.
			return a.isWord(w, "only") || a.isWord(w, "well") && w-1 >= lo && a.modal(w-1)
		case 6:
			return a.isWord(w, "indeed")
		case 7:
			return a.isWord(w, "further") || a.isWord(w, "jointly") || a.isWord(w, "however") || a.isWord(w, "instead")
		case 8:
			return a.isWord(w, "together")
		case 9:
			return a.isWord(w, "meanwhile")
		case 11:
			return a.isWord(w, "nonetheless")
		case 12:
			return a.isWord(w, "nevertheless")
		}
	case timeWord:
		return a.isWord(w, "now")
	case conjunction:
		return a.isWord(w, "once") || w-1 >= lo && a.isWord(w, "since") && a.class(w-1) == auxiliary // "has since said"
	case otherClosed:
		return w-1 >= lo && a.isWord(w, "here") && a.class(w-1) == openClass
	case objectPronoun:
		return w-1 >= lo && strings.HasSuffix(a.word(w), "self") && a.isCapWord(w-1)
	}
	return false
}

// leadingVerb returns the index of the verb that leads to the cue at
// toks[k] and has its subject, or -1: "went" in "went on to say",
// "appeared" in "appeared to suggest", "began" in "began by saying" and
// "began chanting".
func (a *analyzer) leadingVerb(k int) int {
	// Each is asked once: most words before a cue are no "to", and most
	// cues do not end in "ing".
	to, ing := a.isWord(k-1, "to"), strings.HasSuffix(a.word(k), "ing")
	switch {
	case to && a.raisingVerb(k-2):
		return k - 2
	case to && a.isWord(k-2, "on") && a.goForm(k-3):
		return k - 3
	case ing && a.isWord(k-1, "by") && a.pastTense(k-2):
		return k - 2
	case ing && k > 0 && a.toks[k-1].kind == tWord && a.wordIn(aspectVerbs, k-1):
		return k - 1 // "began chanting"
	case to:
		return a.controlFrame(k-1, k-2)
	}
	return -1
}

// controlFrame returns the index of the verb before the "to" at toks[to],
// no further back than toks[lo], whose subject is that of the verb after
// it because the words between make the verb a deed of the subject's:
// "was quick to point out", "took to Twitter to say", "took pains to
// stress", "went out of his way to praise", "went so far as to say"; or
// -1. A few words of time or place may follow the frame: "took the podium
// Sunday night to thank".
func (a *analyzer) controlFrame(to, lo int) int {
	if to < 2 || a.toks[to-1].kind != tWord {
		return -1
	}
	// "was quick to", "were all quick to"
	if a.isWord(to-1, "quick") || a.isWord(to-1, "eager") {
		b := to - 2
		if a.isWord(b, "all") || a.adverb(b) {
			b--
		}
		if b >= 0 && a.beForm(b) {
			return b
		}
		return -1
	}
	for j := to - 1; j >= 1 && j >= to-8 && a.toks[j].kind == tWord && !a.cueAt(j); j-- {
		if c := a.text[a.toks[j].Start] | 0x20; c != 't' && c != 'g' && c != 'w' {
			continue // most words, no form of "take" or "go" ("went")
		}
		switch lowerASCII(a.word(j)) {
		case "take", "takes", "took", "taking", "taken":
			if a.takesTheFloor(j+1, to) {
				return j
			}
			return -1
		case "go", "goes", "went", "going", "gone":
			// "went out of his way to", "went so far as to"
			if a.isWord(j+1, "out") && a.isWord(j+2, "of") && a.wordIn(possessiveDeterminers, j+3) && a.isWord(j+4, "way") && j+5 == to ||
				a.isWord(j+1, "so") && a.isWord(j+2, "far") && a.isWord(j+3, "as") && j+4 == to {
				return j
			}
			return -1
		}
	}
	return -1
}

// takesTheFloor reports whether toks[lo:to], after a form of "take", are
// what someone takes to speak: "to Twitter", "to social media", "the
// stage", "the floor", "pains", "a moment", with at most a few words of
// time after them.
func (a *analyzer) takesTheFloor(lo, to int) bool {
	e := lo
	switch {
	case a.isWord(lo, "pains"):
		e = lo + 1
	case a.isWord(lo, "to") && a.isCapWord(lo+1): // to Twitter, to Facebook
		e = lo + 2
	case a.isWord(lo, "to") && a.isWord(lo+1, "social") && a.isWord(lo+2, "media"):
		e = lo + 3
	case (a.isWord(lo, "the") || a.isWord(lo, "a")) && a.wordIn(takenToSpeak, lo+1):
		e = lo + 2
	default:
		return false
	}
	for ; e < to; e++ {
		if a.class(e) != timeWord {
			return false
		}
	}
	return true
}

// takenToSpeak are the things one takes, after "the" or "a", to say
// something: "took the stage to thank", "took a moment to note".
var takenToSpeak = newFoldSet(map[string]bool{
	"stage": true, "floor": true, "podium": true, "microphone": true, "mic": true,
	"moment": true, "opportunity": true, "occasion": true, "time": true,
})

// raisingVerb reports whether toks[j] is a verb whose subject is that of
// the verb after its "to": "appeared to suggest", "seems to say".
func (a *analyzer) raisingVerb(j int) bool {
	return a.isWord(j, "appear") || a.isWord(j, "appears") || a.isWord(j, "appeared") || a.isWord(j, "seem") || a.isWord(j, "seems") || a.isWord(j, "seemed") ||
		a.isWord(j, "continued") || a.isWord(j, "continues") || a.isWord(j, "proceeded")
}

// goesOnTo reports whether the cue at toks[k] follows "went on to" or a
// like form of "go": "going on to fault the plan".
func (a *analyzer) goesOnTo(k int) bool {
	return a.isWord(k-1, "to") && a.isWord(k-2, "on") && a.goForm(k-3)
}

// goForm reports whether toks[j] is a form of "go": "went on to say".
func (a *analyzer) goForm(j int) bool {
	return a.isWord(j, "go") || a.isWord(j, "goes") || a.isWord(j, "going") || a.isWord(j, "went") || a.isWord(j, "gone")
}

// namePossessive reports whether toks[j] is a capitalized name with "'s":
// "China's", not "That's" or "What's".
func (a *analyzer) namePossessive(j int) bool {
	if !a.isCapWord(j) || !a.possessive(j) {
		return false
	}
	switch lowerASCII(trimPossessive(a.word(j))) {
	case "that", "there", "what", "here", "it", "who", "let", "he", "she", "where", "how", "when", "why":
		return false
	}
	return true
}

// objectPronoun reports whether toks[j] is a pronoun as an object: "him",
// "them", or "her" where no noun follows it ("told her.", "asked her to",
// "called her a hero"; not "her campaign").
func (a *analyzer) objectPronoun(j int) bool {
	if a.class(j) == objectPronoun {
		return true
	}
	return a.isWord(j, "her") && (j+1 >= len(a.toks) || a.toks[j+1].kind != tWord || a.isWord(j+1, "to") || a.isWord(j+1, "a") || a.isWord(j+1, "an"))
}

// verbForm reports whether toks[j] is a lower-case participle: alone, or
// before a preposition or article, it starts no speaker ("were shown
// chanting", "renowned for its culture called"), while before a noun it
// may be an adjective ("retired surgeon Dan Pike").
func (a *analyzer) verbForm(j int) bool {
	t := &a.toks[j]
	if t.kind != tWord || t.cap || a.class(j) != openClass {
		return false
	}
	w := a.word(j)
	return len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "own") || strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"))
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
		t := &a.toks[c]
		if t.kind == tClose && c-2 > lo && a.nickname(c-2) {
			c -= 2 // Rosa “Ro” Vance
			continue
		}
		if t.kind == tClose {
			// "wearing a hat and “Ortega” pins": a few quoted words in
			// the aside.
			o := c - 1
			for o > lo && o >= c-12 && a.toks[o].kind != tOpen && a.toks[o].kind != tClose {
				o--
			}
			if o > lo && a.toks[o].kind == tOpen {
				c = o
				continue
			}
		}
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
		// "Marlow, after the audit came out, said": a subordinate clause
		// may stand between subject and verb as well.
		sub := a.clauseOpener(n) && !a.isWord(n, "so") && !a.isWord(n, "that")
		if !(sub || a.class(n) == pronoun || a.class(n) == preposition || a.class(n) == auxiliary || a.isWord(n, "whose") || a.class(n) == determiner || a.toks[n].kind == tWord && (a.toks[n].cap || a.class(n) == openClass)) {
			break
		}
		p := a.leftPhrase(c, lo)
		if !p.ok() || p.hi-p.lo == 1 && a.numeral(p.lo) {
			continue // "Loretta Simms, 64, whose house …": an age
		}
		if p.hi-p.lo == 1 && a.isPunct(p.lo-1, ',') && a.betweenSubjectAndVerb(p.lo, lo) {
			continue // "Hale, meanwhile, who sits on the board, said"
		}
		if a.whosePhrase(p) || a.isPunct(p.lo-1, ',') && a.whosePhrase(a.leftPhrase(p.lo-1, lo)) {
			continue // "Ruiz, whose hometown, Miami, is …, said": the phrases are the clause's
		}
		// "Tom Hale, an official at the port, which runs the docks, said",
		// "Tom Hale, the editor of the paper, The Harbor Post, said": the
		// name the description is set beside speaks.
		if p.kind == Description && a.isPunct(p.lo-1, ',') {
			if q := a.describedName(c, lo); q.ok() && q.hi == p.lo-1 {
				return q
			}
		}
		// "Another fan, Joy Adebayo, said", "A spokeswoman for Delta, Ana
		// Ruiz, said": the name in the appositive; but in "a retired nurse
		// in Allentown, Pa., said" the name is the place's.
		if (p.kind == Description || a.partyDescription(p)) && n < end && (a.allCaps(n, end) || a.nameOfPlace(n, end)) && !a.placeBefore(p, n, end) {
			return phrase{n, end, Name}
		}
		if !nearest.ok() && (p.kind != Description || a.class(p.lo) == determiner || a.commonHead(p.hi-1) || n < end && a.allCaps(n, end) && a.placeBefore(p, n, end) && a.commonHead(a.placeStart(p)-1)) {
			nearest = p // "Voters from Troy, Ohio, said": the head before the place
		}
		// The phrase that starts the sentence, or follows a conjunction,
		// is the subject; one after a comma or preposition is part of an
		// inserted phrase ("who lost her daughter in Aurora, Colorado,").
		if p = a.joinedBy(p, lo); (p.lo == lo || a.class(p.lo-1) == conjunction || a.toks[p.lo-1].kind != tWord) && !(n < end && a.allCaps(n, end) && a.placeBefore(p, n, end)) {
			return p // but go on past "a nurse in Allentown, Pa.," to the name
		}
	}
	return nearest
}

// partyDescription reports whether phrase p is a party's member after a
// determiner, which describes and does not name though capitalized:
// "Another Democrat", "a Republican", "One Independent".
func (a *analyzer) partyDescription(p phrase) bool {
	return p.hi-p.lo == 2 && a.class(p.lo) == determiner && partyWord(a.word(p.lo+1))
}

// whosePhrase reports whether phrase p is what "whose" has: "whose
// hometown".
func (a *analyzer) whosePhrase(p phrase) bool {
	return p.ok() && (a.isWord(p.lo, "whose") || a.isWord(p.lo-1, "whose"))
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

// nameOfPlace reports whether toks[lo:hi] are a name of two words or more
// and the place it is of, each after "of": "Ana Ruiz of the Harbor Post",
// "Tom Hale of Lyle".
func (a *analyzer) nameOfPlace(lo, hi int) bool {
	j := lo
	for j < hi && j < lo+5 && a.isCapWord(j) {
		j++
	}
	if j-lo < 2 || j == hi {
		return false
	}
	for j < hi {
		if !a.isWord(j, "of") {
			return false
		}
		j++
		if a.isWord(j, "the") {
			j++
		}
		e := j
		for e < hi && e < j+5 && (a.isCapWord(e) || a.abbreviationDot(e)) {
			e++
		}
		if e == j {
			return false
		}
		j = e
	}
	return true
}

// nameBeforeMedium returns the name that opens or precedes phrase p when
// a preposition of medium or occasion follows it: "Tom Hale on Harbor News",
// "Ana Ruiz in an interview", "Hale on Twitter"; or no phrase. A
// headline's capitals name nothing here: that is asked last, of a name
// found, as most phrases have no such preposition.
func (a *analyzer) nameBeforeMedium(p phrase, lo int) phrase {
	medium := func(t int) bool { // "on Harbor News", "in an interview", "in his speech"; not "in primary turnout"
		return !a.toks[t].cap && a.mediumPreposition(t) && (a.class(t+1) == determiner || a.isCapWord(t+1))
	}
	for t := p.lo; t < p.hi; t++ {
		if a.mediumPreposition(t) {
			if t > p.lo && medium(t) && a.isCapWord(t-1) && !a.toks[t-1].lex.org() {
				if q := a.leftPhrase(t, max(lo, p.lo)); q.ok() && q.kind == Name && q.lo == p.lo && !a.groupWord(q) && !a.headlineCase() {
					return q // "Ana Ruiz in an interview"
				}
			}
			return phrase{}
		}
	}
	if m := p.lo - 1; p.kind == Name && m > lo && medium(m) && a.isCapWord(m-1) && !a.toks[m-1].lex.org() {
		if q := a.leftPhrase(m, lo); q.ok() && q.kind == Name && !a.groupWord(q) && (q.lo == lo || a.toks[q.lo-1].kind != tWord) && !a.headlineCase() {
			return q // "Tom Hale on Harbor News": the phrase after the preposition was read first
		}
	}
	return phrase{}
}

// mediumPreposition reports whether toks[t] is "on", "in", "at",
// "during" or "via". The class tells most words from them at once: all
// but "via" are prepositions.
func (a *analyzer) mediumPreposition(t int) bool {
	switch a.class(t) {
	case preposition:
		return a.isWord(t, "on") || a.isWord(t, "in") || a.isWord(t, "at") || a.isWord(t, "during")
	case openClass:
		return a.isWord(t, "via")
	}
	return false
}

// groupWord reports whether phrase p is one capitalized plural, a group
// of people rather than a name: "Witnesses at the scene", "Ukrainians in
// Kyiv".
func (a *analyzer) groupWord(p phrase) bool {
	return p.hi-p.lo == 1 && pluralForm(a.word(p.lo))
}
