package quote

import (
	"encoding/binary"
	"maps"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Entities: resolving speaker mentions to the people and bodies they name,
// and telling anonymous sources.

type gender uint8

const (
	unknownGender gender = iota
	male
	female
	// anyGender asks recentPerson for a person of either gender.
	anyGender
)

// An entity is a person or body mentioned in the document.
type entity struct {
	name  string // fullest name without titles; "" for an unnamed source
	words int    // how many words name has, as strings.Fields counts them
	first string // first word of a person's name
	last  string // last word of a person's name, the head of a description, or the last word of a body's name as written
	g     gender
	// pronounG is the gender of the pronouns a chain of subjects gave
	// the person, when g is unknown: it keeps a pronoun of the other
	// gender away, but does not count as g where a title asks for one.
	pronounG  gender
	person    bool
	anonymous bool
	id        int    // assigned when the entity first speaks; 0 before
	title     string // a person's last title that a description can name, in full: "senator" for "Sen."
	titleMod  string // the title word before it, as written: "Police" of "Police Chief", "Vice"
	former    bool   // the title is a former one: "former Gov. Tom Hale"
	// lone counts the mentions of the person by surname alone: of two
	// people of one surname, "Hale" is the one news has called so.
	lone int32
}

// setName sets the name of en to words joined by spaces, the last cut at
// lastEnd (see [entities.join]), with its count of words as
// strings.Fields counts them: the words that are not empty, as no word
// holds a space and the name's spaces part them all.
func (en *entity) setName(e *entities, words []token, lastEnd int) {
	en.name = e.join(words, lastEnd)
	en.words = 0
	for k := range words {
		end := words[k].End
		if k == len(words)-1 {
			end = lastEnd
		}
		if end > words[k].Start {
			en.words++
		}
	}
}

// A mentionAt records where an entity was mentioned, for pronouns.
type mentionAt struct {
	pos     int
	ent     int
	oblique bool  // the mention is the object of a preposition: "the statue of Ann Lee"
	lead    bool  // the mention is its clause's subject: the first person named in it that is no preposition's object, possessor or subordinate clause's subject, or a "he" or "she" that opens it
	sent    int32 // the sentence scanned, counted from 1
	clause  int32 // the clause scanned, counted from 1: a sentence or a part after "; " or ", and", ", but"
}

// entities is the document's register of entities and mentions.
type entities struct {
	text     string // the document: a mention's words are spans of it
	list     []entity
	mentions []mentionAt
	nextID   int
	sents    int32 // sentences scanned
	clauses  int32 // clauses scanned
	// last is the speaker mention resolved last and its entity: a
	// sentence's participles share their main clause's speaker.
	last    Span
	lastEnt int

	// A person is found by a word of its name, not by reading back over
	// every entity in reach: byWord holds, for each bucket of first and
	// last names, the latest of the postings that chain the people who
	// bear one. The words of a bucket share a hash, not always the word:
	// a chain may hold people of other names, which are passed over as
	// their names are compared anyway.
	byWord   []int32   // nameBuckets long
	postings []posting // postings[0] is none: it ends every chain

	words []Span  // scratch: the words of the mention being read
	run   []token // scratch: a mention's words as tokens, when they are not a run of the text's
	// trimmed and full are scratch for a mention's words with the lexemes
	// of the words less a final period, and for the lexemes as they are.
	trimmed []token
	full    []lexeme

	// bodyNames holds the latest entity of each organization's name, and
	// unnamed the latest source with no name for each head noun of its
	// description, in the singular, or the body a person leads that was
	// named last ("the Hale campaign" for "the campaign"): only addBody,
	// addUnnamed and ownedBody make them.
	bodyNames, unnamed map[string]int32

	// bodies are the names of organizations mentioned last, which a
	// later "the company" or "the hospital" may refer back to: the last
	// keptBodies of them (recentBodies) are in reach.
	bodies []bodyAt
	// thing is the last speaker that is no person ("the council", "Acme
	// Corp."), one more than its index so that 0 says none, and thingPos
	// where it was named: "it" and "its" may refer back to it.
	thing, thingPos int

	// anonText is the sentence unnamedContext read last, and anon its
	// answer: the mentions of a sentence share it.
	anonText string
	anon     bool

	// spoken are the speakers resolved so far, where their mentions
	// start: "In a letter, the council said …" makes the council the
	// author of a later "the letter".
	spoken []mentionAt
}

// body returns the entity of the organization named name in reach, or -1.
// Only addBody makes one, when none of its name is in reach: there is
// never more than one in reach, and it is the latest of the name.
func (e *entities) body(name string) int {
	if k, ok := e.bodyNames[name]; ok && int(k) >= len(e.list)-maxLookBack {
		return int(k)
	}
	return -1
}

// addBody appends en, an organization with a name that none in reach has,
// and returns its index.
func (e *entities) addBody(en entity) int {
	e.list = append(e.list, en)
	e.bodyNames[en.name] = int32(len(e.list) - 1)
	return len(e.list) - 1
}

// addUnnamed appends en, a source with no name, and returns its index.
func (e *entities) addUnnamed(en entity) int {
	e.list = append(e.list, en)
	e.unnamed[singular(en.last)] = int32(len(e.list) - 1)
	return len(e.list) - 1
}

// A bodyAt is the name of an organization mentioned at pos: the span of
// its words in the text.
type bodyAt struct {
	pos  int
	name Span
}

// A posting says that entity ent bore a name word when the register held
// made entities; next is the posting before it for the same word, or 0.
type posting struct {
	ent, made, next int32
}

// reuse returns e emptied for text, keeping its buffers.
func (e *entities) reuse(text string) entities {
	if e.byWord == nil {
		e.byWord, e.bodyNames, e.unnamed = make([]int32, nameBuckets), make(map[string]int32), make(map[string]int32)
	}
	clear(e.byWord)
	return entities{
		text: text, list: e.list[:0], mentions: e.mentions[:0],
		byWord: e.byWord, postings: append(e.postings[:0], posting{}), words: e.words[:0], run: e.run[:0], trimmed: e.trimmed[:0], full: e.full[:0],
		bodyNames: e.bodyNames, unnamed: e.unnamed, bodies: e.bodies[:0], spoken: e.spoken[:0],
	}
}

// release drops the names e holds, which are pieces of the text read.
func (e *entities) release() {
	e.text = ""
	e.anonText = ""
	clear(e.list)
	clear(e.bodyNames)
	clear(e.unnamed)
}

// nameBuckets is the number of buckets of name words: many more than the
// names in reach of a mention, so that a chain seldom holds people of
// another name.
const (
	nameBits    = 12
	nameBuckets = 1 << nameBits
)

// bucket returns the bucket of the name word w in byWord: the high bits
// of a hash of its length and of its first and last four bytes, read at
// once, which tell most names apart. A name of more than eight bytes has
// a middle that is not read: names that differ only there share a bucket.
func bucket(w string) int {
	n := len(w)
	x := uint64(n)
	if n >= 4 {
		x ^= uint64(binary.LittleEndian.Uint32([]byte(w[:4]))) | uint64(binary.LittleEndian.Uint32([]byte(w[n-4:])))<<32
	} else {
		for i := range n {
			x = x<<8 | uint64(w[i])
		}
	}
	return int(x * hashMul >> (64 - nameBits))
}

// post records that person k bears the name word w.
func (e *entities) post(w string, k int) {
	b := bucket(w)
	e.postings = append(e.postings, posting{ent: int32(k), made: int32(len(e.list)), next: e.byWord[b]})
	e.byWord[b] = int32(len(e.postings) - 1)
}

// word returns the text of the word w.
func (e *entities) word(w Span) string { return e.text[w.Start:w.End] }

// wordIn reports whether set holds the word w, as inFold(set, e.word(w))
// does, reading the word in place.
func (e *entities) wordIn(set *foldSet, w Span) bool { return set.hasAt(e.text, w.Start, w.End) }

// join returns words joined by spaces, the last cut at lastEnd: a name.
// A name's words are most often one space apart in the text, and the name
// is then a piece of it.
func (e *entities) join(words []token, lastEnd int) string {
	piece := true
	for k := 1; k < len(words); k++ {
		gap := words[k-1].End
		single := words[k].Start == gap+1 && e.text[gap] == ' '
		abbr := words[k].Start == gap+2 && e.text[gap] == '.' && e.text[gap+1] == ' ' // St. Brendan's
		if !single && !abbr {
			piece = false
			break
		}
	}
	if piece {
		return e.text[words[0].Start:lastEnd]
	}
	var b strings.Builder
	for k := range words {
		w := words[k].Span
		if k > 0 {
			b.WriteByte(' ')
		}
		if k == len(words)-1 {
			w.End = lastEnd
		}
		b.WriteString(e.word(w))
	}
	return b.String()
}

// orgWords mark a capitalized run as the name of a body, not a person;
// the months do too, but for "May", which is a surname as well.
var orgWords = withMonths(map[string]bool{
	"department": true, "party": true, "committee": true, "house": true, "senate": true,
	"university": true, "news": true, "times": true, "post": true, "inc": true, "corp": true,
	"association": true, "council": true, "agency": true, "organization": true, "bank": true,
	"group": true, "company": true, "court": true, "street": true, "county": true, "city": true,
	"states": true, "republic": true, "union": true, "ministry": true, "office": true,
	"service": true, "force": true, "army": true, "navy": true, "guard": true, "police": true,
	"administration": true, "campaign": true, "foundation": true, "institute": true,
	"center": true, "network": true, "journal": true, "press": true, "reuters": true,
	"democrats": true, "republicans": true, "commission": true, "board": true, "club": true,
	"school": true, "college": true, "hospital": true, "church": true, "federation": true,
	"congress": true, "parliament": true, "government": true, "television": true, "tv": true,
	"radio": true, "magazine": true, "airlines": true, "motors": true, "co": true, "llc": true,
	"ltd": true, "project": true, "fund": true, "coalition": true, "alliance": true,
	"state": true, "america": true, "china": true, "russia": true, "avenue": true, "road": true,
	"treaty": true, "nations": true, "forces": true, "network's": true, "daily": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "white": true, "pentagon": true,
	"kremlin": true, "taliban": true, "islamic": true, "al-qaeda": true, "hotel": true,
	"systems": true, "technologies": true, "holdings": true, "industries": true, "partners": true,
	"enterprises": true, "corporation": true, "medical": true, "clinic": true, "workers": true,
	"rovers": true, "rangers": true, "wanderers": true, "fc": true, "chamber": true, "commerce": true,
	"academy": true, "society": true, "museum": true, "library": true, "authority": true, "bureau": true,
	"energy": true, "caucus": true, "partnership": true, "protection": true, "media": true,
	"entertainment": true, "communications": true, "pharmaceuticals": true, "laboratories": true,
	"labs": true, "studios": true, "insurance": true, "securities": true, "investments": true,
	"ventures": true, "brands": true, "foods": true, "airways": true, "petroleum": true,
	"resources": true, "logistics": true, "patrol": true,
})

// withMonths adds the months but May to words.
func withMonths(words map[string]bool) map[string]bool {
	for m := range months {
		if m != "may" {
			words[m] = true
		}
	}
	return words
}

// scan records the names mentioned in sentence s, so that later pronouns
// and surnames can find them.
func (e *entities) scan(a *analyzer, s sentence) {
	placeEnd := -2
	e.sents++
	e.clauses++
	cl := clauseState{from: s.lo}
	// A pronoun after a comma, which may open a clause, is read before
	// the run after it; pro is the next, or s.hi.
	c, pro := a.commaPronoun(a.notes.commaAt, s)
	toks := a.toks[:s.hi]
	for i := s.lo; i < len(toks); i++ {
		// Most words start no run, and are passed over by this alone.
		if t := &toks[i]; !t.cap || t.kind != tWord || t.depth != 0 {
			continue
		} else if t.lex.class == preposition {
			a.prepositionName(i) // "Beyond Meat": a name's first word, before the rules read the sentence
		}
		for pro < i {
			e.clausePronoun(a, &cl, pro)
			c, pro = a.commaPronoun(c+1, s)
		}
		// Most often the run is of words outside quotations, and ends at
		// the first in lower case; plain says that no other token is in it.
		j, plain := i+1, true
		for j < s.hi {
			if t := &toks[j]; t.kind == tWord && t.depth == 0 {
				if !t.cap {
					break
				}
			} else if a.runGoesOn(i, j) {
				plain = false
			} else {
				break
			}
			j++
		}
		// A word after a colon, a parenthesis or a dash may be capitalized
		// as a sentence's first: "the mayor intervened: If Hale would
		// debate, …", "(The Hale plan failed.)", "Paris – The Hale campaign …".
		// pt is the token before the run in the sentence, or nil: it
		// is read for the rules below.
		var pt *token
		first := true
		if i > s.lo {
			pt = &toks[i-1]
			first = pt.kind == tPunct && (pt.r == ':' || pt.r == '(' || isDash(pt.r))
		}
		// The run's words are its tokens, but for the periods after
		// abbreviations and the nicknames in quotation marks: only then
		// are they copied out.
		words := toks[i:j]
		if !plain {
			words = e.run[:0]
			for k := i; k < j; k++ {
				if toks[k].kind == tWord && toks[k].depth == 0 {
					words = append(words, toks[k])
				}
			}
			e.run = words
		}
		var before [2]token // the title's words before the run: "former president"
		dropped := false    // the run's first word is no part of the name
		// Most runs stand inside a sentence, and are asked none of the
		// rules of its first word below.
		if first {
			// A sentence's first word that is a function word, such as
			// "The" or "To", is capitalized anyway and names nobody.
			// "Besides Hale's record" opens with a preposition; "Beyond
			// Bread said" with a name (prepositionName).
			opener := toks[i].lex.starter() || a.class(i) == preposition
			if opener && j == i+1 {
				// "He" that opens a sentence is its subject, and the
				// person it stands for stays the subject of the story:
				// "Tom Hale toured the plant. He thanked Bob Lee. He said
				// …" is Hale's, as no name shows.
				if i == s.lo {
					k := i
					if j < len(toks) && toks[j].lex.class == pronoun && !toks[j].cap && (a.isWord(i, "and") || a.isWord(i, "but") || a.isWord(i, "yet") || a.isWord(i, "so")) {
						k = j // "But he said …": the same after a conjunction
					}
					if toks[k].lex.class == pronoun && e.pronounLead(a, k) {
						cl.subject, cl.led, cl.canLead, cl.from = true, true, true, k+1
						j = k + 1
					}
				}
				i = j
				continue // a sentence's first word alone, capitalized anyway: no name
			}
			// A sentence's first word is capitalized anyway, and a verb
			// there names nobody: "Added Ruiz, “…”".
			if len(words) > 0 && (opener || i == s.lo && a.invertedCue(i) || e.commonBeforeName(words)) {
				before[1] = words[0] // "Police Chief Tom Hale": the first word may be a title's
				words = words[1:]
				dropped = true
			}
		}
		var prev lexeme
		if pt != nil && pt.kind == tWord {
			prev = pt.lex
		}
		// "in Salem, New Hampshire": a place, and the state after it too.
		// The words placePreposition knows are prepositions, and no
		// token but a word is one: prev's class spares most runs the call.
		place := prev.class == preposition && a.placePreposition(i-1) || i == placeEnd+1 && a.isPunct(placeEnd, ',')
		if len(words) > 0 { // else a sentence's first word alone, no name
			// The title's words end with the word before the run, whose
			// lexeme prev is: most runs follow none.
			if prev.title() {
				for k := 1; k <= 2 && i-k >= s.lo && toks[i-k].kind == tWord && toks[i-k].lex.title(); k++ {
					before[2-k] = toks[i-k]
				}
			}
			n := len(e.mentions)
			e.mention(words, prev, &before, toks[i].Start, place)
			if len(e.mentions) > n {
				// Read only of a run that names someone: most name no one.
				// Nor before the sentence's first mention, a name or a
				// pronoun subject: the sentence began a clause of its own,
				// and a break before any mention would only renumber it,
				// as clauses are only told apart.
				if cl.from > s.lo {
					e.breakClause(a, &cl, i)
				}
				cl.from = j
				m := &e.mentions[len(e.mentions)-1]
				m.oblique = a.obliqueRun(i, j, s.lo, cl.subject)
				// A possessor ("Gov. Tom Hale's office") or the subject of
				// a clause opened by a subordinator ("After Tom Hale
				// resigned") is not the sentence's own subject.
				sub := !m.oblique && !(a.subordinator(i-1) || dropped && a.subordinator(i)) && !a.possessive(j-1)
				cl.subject = cl.subject || sub
				// The clause's subject is no name in a clause that a
				// conjunction opens ("where Ana Ruiz spoke", "that Tom
				// Hale won") nor one before another's role ("Hale aide
				// Ana Ruiz").
				at := i - 1
				if dropped {
					at = i
				}
				lead := sub && !a.clauseOpener(at) && a.class(at) != determiner && !a.nameModifier(j)
				if i > s.lo+1 && (a.isWord(i-1, "and") || a.isWord(i-1, "or")) && toks[i-2].cap {
					lead = lead && cl.canLead // "where Tom Hale and Ana Ruiz spoke"
				}
				cl.canLead = lead
				// A person brought in by full name and described ("met
				// Kate Cole, a teacher at the school") is as much the
				// clause's topic as its subject, and one before a
				// reporting verb that ends a clause is the subject of
				// the frame: "Hale is right, Ruiz argues."
				m.lead, m.clause = lead && !cl.led || sub && (a.introduced(i, j) || a.frameEnd(j)), e.clauses
				cl.led = cl.led || lead
				// Most people named have a known first name or title;
				// the words around the name are read only of the rest.
				if en := &e.list[m.ent]; en.person && en.g == unknownGender {
					en.g = a.toldGender(i, j, s.lo, s.hi)
				}
			}
		}
		if place {
			placeEnd = j
		}
		i = j
	}
	for pro < s.hi {
		e.clausePronoun(a, &cl, pro)
		c, pro = a.commaPronoun(c+1, s)
	}
	a.notes.commaAt = c
}

// clauseState is what [entities.scan] knows of the sentence and the clause
// it reads.
type clauseState struct {
	subject bool // a person named in the sentence is no preposition's object
	led     bool // a person named in the clause is its subject
	canLead bool // the last run could be the clause's subject
	from    int  // the first token after the last run that named someone
}

// commaPronoun returns the index in the paragraph's commas, from c on, of
// the first comma in sentence s that "he" or "she" follows, perhaps after
// "and" or "but", and the index of that pronoun; or the index of the
// first comma after s, and s.hi.
func (a *analyzer) commaPronoun(c int, s sentence) (int, int) {
	commas, toks := a.notes.commas, a.toks[:s.hi]
	for ; c < len(commas) && int(commas[c]) < s.hi; c++ {
		k := int(commas[c]) + 1
		if k >= len(toks) {
			continue
		}
		t := &toks[k]
		if t.lex.class == conjunction && k+1 < len(toks) && (a.isWord(k, "and") || a.isWord(k, "but")) {
			k++
			t = &toks[k]
		}
		if t.lex.class == pronoun && !t.cap && t.depth == 0 && int(commas[c]) >= s.lo && subjectPronoun(a, k) != unknownGender {
			return c, k
		}
	}
	return c, s.hi
}

// clausePronoun records toks[k], "he" or "she" after a comma, as the
// subject of the clause it opens, unless a person named is already:
// "On Monday, he said", "Tom Hale praised Bob Lee, but he voted no".
func (e *entities) clausePronoun(a *analyzer, cl *clauseState, k int) {
	e.breakClause(a, cl, k)
	if !cl.led && e.pronounLead(a, k) {
		cl.subject, cl.led, cl.canLead = true, true, true
	}
	cl.from = k + 1
}

// breakClause begins a new clause, with no subject named yet, when one
// parts toks[cl.from:to] (see [analyzer.clauseBreak]).
func (e *entities) breakClause(a *analyzer, cl *clauseState, to int) {
	if a.clauseBreak(cl.from, to) {
		e.clauses++
		cl.led = false
	}
}

// pronounLead records toks[k], "he" or "she", as its clause's subject and
// a mention of the person it refers to, and reports whether it found one.
func (e *entities) pronounLead(a *analyzer, k int) bool {
	want := subjectPronoun(a, k)
	if want == unknownGender {
		return false
	}
	p := e.sentenceLead(want)
	if p < 0 {
		p = e.recentPerson(a.toks[k].Start, want)
	}
	if p < 0 {
		return false
	}
	if en := &e.list[p]; en.g == unknownGender && en.pronounG == unknownGender {
		en.pronounG = want // "Dr. Ruiz … She praised …": no "he" is Ruiz's
	}
	e.mentions = append(e.mentions, mentionAt{pos: a.toks[k].Start, ent: p, lead: true, sent: e.sents, clause: e.clauses})
	return true
}

// sentenceLead returns the person of gender want who is the subject of a
// clause of the sentence being scanned, the latest, or -1: "Tom Hale
// praised Bob Lee, but he did not vote" is Hale's.
func (e *entities) sentenceLead(want gender) int {
	for j := len(e.mentions) - 1; j >= 0 && j >= len(e.mentions)-maxLookBack && e.mentions[j].sent == e.sents; j-- {
		if n := e.mentions[j]; n.lead && e.list[n.ent].person && e.list[n.ent].g == want {
			return n.ent
		}
	}
	return -1
}

// subjectPronoun returns the gender of toks[i] when it is "he" or "she",
// or unknownGender.
func subjectPronoun(a *analyzer, i int) gender {
	switch {
	case a.class(i) != pronoun:
		return unknownGender
	case a.isWord(i, "he"):
		return male
	case a.isWord(i, "she"):
		return female
	}
	return unknownGender
}

// introduced reports whether the capitalized run toks[i:j] is a name with
// a known first name, which an appositive describes: "Kate Cole, a
// teacher".
func (a *analyzer) introduced(i, j int) bool {
	if !a.isPunct(j, ',') || a.class(j+1) != determiner {
		return false
	}
	for k := i; k < j; k++ {
		if a.toks[k].lex.nameGender != unknownGender {
			return true
		}
	}
	return false
}

// toldGender returns the gender that the words beside toks[i:j], a
// person's name in sentence toks[lo:hi], tell, or unknownGender: a noun
// of kin or of a role with a gender before the name ("the actress Ana
// Ruiz", "her son Tom", "his wife, Ana Ruiz,") or in an appositive after
// it ("Ana Ruiz, his wife,", "Tom Hale, the boy's father."), or a
// possessive pronoun after "and", which refers back to the name: "Tom
// Hale and his wife".
func (a *analyzer) toldGender(i, j, lo, hi int) gender {
	k := i - 1
	if a.isPunct(k, ',') && (j >= hi || a.toks[j].kind == tPunct) {
		k-- // "his wife, Ana Ruiz, said"; not "after meeting his father, Ana Ruiz said"
	}
	if k >= lo {
		if g := a.nounGender(k); g != unknownGender {
			return g
		}
	}
	if j+1 >= hi {
		return unknownGender
	}
	switch {
	case a.isPunct(j, ',') && a.class(j+1) == determiner:
		if g, k := a.nounAfter(j+1, hi); g != unknownGender && a.closesAppositive(k+1, hi) {
			return g
		}
	case a.isWord(j, "and") && a.class(j+1) == determiner:
		// "Tom Hale and his wife": the pronoun refers to the name when
		// what it owns is kin, or a role, but not "an affair with Ana
		// Ruiz and his divorce".
		if g, _ := a.nounAfter(j+1, hi); g != unknownGender {
			switch {
			case a.isWord(j+1, "his"):
				return male
			case a.isWord(j+1, "her"):
				return female
			}
		}
	}
	return unknownGender
}

// nounAfter returns the gender that the noun after the determiner toks[d]
// tells, and the noun's index, when a noun of kinGender or a title with a
// gender follows it, perhaps after up to two modifiers in lower case ("his
// late wife", "the family spokesman", "the boy's father"); or
// unknownGender.
func (a *analyzer) nounAfter(d, hi int) (gender, int) {
	for k := d + 1; k < hi && k <= d+3 && a.toks[k].kind == tWord && !a.toks[k].cap && a.class(k) == openClass; k++ {
		if g := a.nounGender(k); g != unknownGender {
			return g, k
		}
	}
	return unknownGender, 0
}

// closesAppositive reports whether toks[j], after a noun, may close an
// appositive in sentence toks[:hi]: the sentence's end, punctuation that
// no list goes on after ("Ana Ruiz, his wife, said"; not "Tom Hale, his
// wife, and their son"), or a word in lower case but "and" and "or":
// "Ana Ruiz, the mother of three".
func (a *analyzer) closesAppositive(j, hi int) bool {
	if j >= hi {
		return true
	}
	switch t := &a.toks[j]; t.kind {
	case tWord:
		return !t.cap && !a.isWord(j, "and") && !a.isWord(j, "or")
	case tPunct:
		if t.r != ',' {
			return true
		}
		return j+1 >= hi || a.toks[j+1].kind == tWord && !a.toks[j+1].cap && !a.isWord(j+1, "and") && !a.isWord(j+1, "or")
	}
	return false
}

// nounGender returns the gender that toks[k], a word in lower case, tells
// of the person it describes: a noun of kin or role (kinGender) or a
// title with a gender ("spokeswoman", "congressman").
func (a *analyzer) nounGender(k int) gender {
	t := &a.toks[k]
	if t.kind != tWord || t.cap || t.depth != 0 || t.lex.class != openClass {
		return unknownGender
	}
	if t.lex.titleGender != unknownGender {
		return t.lex.titleGender
	}
	return kinGender(lowerASCII(a.word(k)))
}

// kinGender returns the gender that w, a noun of kin or of a role in lower
// case, tells of the person it describes, which news writes beside the
// person's name; titles with a gender are genderOfTitle's.
func kinGender(w string) gender {
	switch w {
	case "husband", "widower", "father", "son", "brother", "grandfather", "grandson",
		"uncle", "nephew", "boyfriend", "stepfather", "stepson", "ex-husband", "dad",
		"businessman", "sportsman", "anchorman", "policeman":
		return male
	case "wife", "widow", "mother", "daughter", "sister", "grandmother", "granddaughter",
		"aunt", "niece", "girlfriend", "stepmother", "stepdaughter", "ex-wife", "mom",
		"actress", "businesswoman", "sportswoman", "anchorwoman", "policewoman":
		return female
	}
	return unknownGender
}

// frameEnd reports whether toks[j] is a reporting verb, in lower case,
// that ends a clause: "Ruiz argues.", "Hale said, …"; not "Hale
// continued to win".
func (a *analyzer) frameEnd(j int) bool {
	return a.verbAt(j) != nil && !a.toks[j].cap && (j+1 >= len(a.toks) || a.toks[j+1].kind == tPunct)
}

// clauseOpener reports whether toks[k] is a conjunction that opens a
// clause within a clause: any but "and", "or" and "but", which join
// clauses of one rank.
func (a *analyzer) clauseOpener(k int) bool {
	return a.class(k) == conjunction && !a.isWord(k, "and") && !a.isWord(k, "or") && !a.isWord(k, "but")
}

// nameModifier reports whether the capitalized run that ends before
// toks[j] modifies a person's role and name after it: "Hale aide Ana
// Ruiz", "Lee campaign manager Tom Cole". A role is a title, a noun that
// describes a speaker ("lawyer", "supporter") or one of roleNouns, the
// last of at most three words in lower case, none of them a verb.
func (a *analyzer) nameModifier(j int) bool {
	k := j
	for k < len(a.toks) && k < j+3 && a.toks[k].kind == tWord && !a.toks[k].cap && a.toks[k].depth == 0 {
		k++
	}
	if k == j || k >= len(a.toks) || a.toks[k].kind != tWord || !a.toks[k].cap {
		return false
	}
	if !a.toks[k-1].lex.title() && !a.commonHead(k-1) && !a.wordIn(roleNouns, k-1) {
		return false
	}
	for v := j; v < k-1; v++ {
		if a.toks[v].lex.cue != 0 || a.pastTense(v) {
			return false // a verb: "Tom Hale thanked former aide Bob Lee"
		}
	}
	return true
}

// roleNouns are nouns of a person's role that neither the titles nor the
// descriptions hold, which news writes between a name and the person's:
// "Hale consultant Ana Ruiz".
var roleNouns = newFoldSet(map[string]bool{
	"aide": true, "ally": true, "consultant": true, "strategist": true, "pollster": true,
	"friend": true, "rival": true, "donor": true, "surrogate": true, "backer": true,
})

// clauseBreak reports whether toks[from:to] part two clauses of a
// sentence: a semicolon, or a comma before "and", "but", "while" or "so".
// Only the paragraph's commas and semicolons are read, as the tokenizer
// noted them.
func (a *analyzer) clauseBreak(from, to int) bool {
	commas := a.notes.commas
	for c := indexFrom(commas, from); c < len(commas) && int(commas[c]) < to; c++ {
		k := int(commas[c])
		if t := &a.toks[k]; t.depth == 0 {
			if t.r == ';' {
				return true
			}
			if t.r == ',' && (a.isWord(k+1, "and") || a.isWord(k+1, "but") || a.isWord(k+1, "while") || a.isWord(k+1, "so")) {
				return true
			}
		}
	}
	return false
}

// commonBeforeName reports whether words[0], a sentence's first word, is
// a common word capitalized there, before the name of a person known
// already: "Top Hale aides met", "Neither Hale nor Ruiz", "Does Hale
// know?". The word is no known first name ("Tom Hale" after "Ann Hale")
// nor a title ("Senator Hale"), and is a closed-class word or one of
// beforeNameWords. A word that is neither may be a first name the lists
// lack: "Zorbek Hale" may be Hale's brother.
func (e *entities) commonBeforeName(words []token) bool {
	w := &words[0]
	if len(words) < 2 || w.lex.nameGender != unknownGender || w.lex.title() || w.lex.org() {
		return false
	}
	rest := words[1:]
	last := trimPossessive(e.word(rest[len(rest)-1].Span))
	if e.latestPerson(last, e.word(rest[0].Span), len(rest) == 1) < 0 {
		return false
	}
	// A closed-class word: "Does Hale know?", "Another Hale ally",
	// "Several Hale aides"; but "Will" and "May" are first names too.
	s := e.word(w.Span)
	if w.lex.class != openClass {
		return !equalFoldASCII(s, "will") && !equalFoldASCII(s, "may")
	}
	return inFold(beforeNameWords, s)
}

// beforeNameWords are words the lexicons lack that open a sentence before
// a name and are no part of it: modifiers of a name that itself modifies
// a noun ("Top Hale aides", "Rival Hale supporters"), determiners
// ("Neither Hale nor Ruiz", "Whatever Hale's plan"), prepositions
// ("Inside Hale's store") and "See" ("See Hale's timeline below").
var beforeNameWords = newFoldSet(map[string]bool{
	"top": true, "senior": true, "rival": true, "fellow": true, "longtime": true,
	"neither": true, "either": true, "whatever": true, "outside": true, "inside": true,
	"see": true,
})

// obliqueRun reports whether the capitalized run toks[i:j] is the object
// of a preposition: "under President Ann Lee", "to Tom Hale and Ana Ruiz",
// "at a Retired Warriors event". In a sentence that names no other person
// before it (subject is false), a person's name with a known first name
// that an appositive describes is not, as the writer brings the person
// forward: "Next came remarks from Bob Lee, the fire chief"; but "Mayor
// Tom Hale handed the award to Bob Lee, a teacher" keeps Hale the subject.
func (a *analyzer) obliqueRun(i, j, lo int, subject bool) bool {
	if !subject && a.introduced(i, j) {
		return false
	}
	comma := false // a comma stands right before the run
	for k := i - 1; k >= lo && k >= i-8; k-- {
		t := &a.toks[k]
		if t.kind != tWord {
			if t.kind == tPunct && t.r == ',' {
				comma = comma || k == i-1
				continue
			}
			return false
		}
		if t.depth == 0 && t.cap {
			continue
		}
		switch t.lex.class {
		case determiner:
			continue
		case conjunction:
			if a.isWord(k, "and") || a.isWord(k, "or") {
				continue
			}
		case preposition:
			// "On Monday, Tom Hale said", "At a rally in Ohio, Hale
			// said": a run after the comma that ends a phrase, with a
			// verb of its own after it, is the clause's subject; a run
			// of a list goes on with a comma or "and".
			if comma && a.clauseVerbAfter(j) {
				return false
			}
			// "with Ana Ruiz leading": the object of "with" may be a
			// clause's subject; "drafted by Ana Ruiz" names who acted;
			// "as for Ana Ruiz" names the topic.
			return !a.isWord(k, "with") && !a.isWord(k, "by") && !(a.isWord(k, "for") && a.isWord(k-1, "as") && !a.possessive(j-1))
		}
		return false
	}
	return false
}

// clauseVerbAfter reports whether toks[j], after a capitalized run, is a
// word in lower case that may begin the predicate of a clause with the
// run as its subject: any word but a conjunction, preposition or
// determiner, so an adverb or a time too ("Hale, yesterday, said").
func (a *analyzer) clauseVerbAfter(j int) bool {
	if j >= len(a.toks) {
		return false
	}
	t := &a.toks[j]
	if t.kind != tWord || t.cap || t.depth != 0 {
		return false
	}
	switch t.lex.class {
	case conjunction, preposition, determiner:
		return false
	}
	return true
}

// invertedCue reports whether toks[i] is a reporting verb in the past or
// a participle, which comes before its speaker at a sentence's start:
// "Said Ortiz: …", "Added Ruiz, …".
func (a *analyzer) invertedCue(i int) bool {
	v, ok := a.cue(i)
	return ok && !v.plain
}

// runGoesOn reports whether the run of capitalized words that starts at
// toks[i] goes on at toks[j]: with a capitalized word, the period of an
// abbreviation or a middle initial before one (Gen. Mark Milley, Donald J.
// Hale), or a nickname in quotation marks and the words around it (Robert
// “Red” Castellano). At a word outside quotations, it answers as the
// word's case does: a nickname's marks are no words.
//
// Punctuation, where most runs end, is never a nickname's mark nor in
// one: it is answered for first, and only a period goes on.
func (a *analyzer) runGoesOn(i, j int) bool {
	if t := &a.toks[j]; t.kind == tPunct {
		return t.r == '.' && t.depth == 0 && j > i && (a.toks[j-1].lex.abbr() || j-1 > i && a.initial(j-1)) && a.isCapWord(j+1)
	}
	return (a.toks[j].depth == 0 || a.openNickname(j) || a.openNickname(j-1) || a.openNickname(j-2)) && (a.isCapWord(j) || a.openNickname(j) || a.openNickname(j-2))
}

// openNickname is [analyzer.nickname], asked at every run's end: most
// tokens are no opening mark, and are told so where it is inlined.
func (a *analyzer) openNickname(j int) bool {
	return uint(j) < uint(len(a.toks)) && a.toks[j].kind == tOpen && a.nickname(j)
}

// placePreposition reports whether toks[i] is a word that comes before the
// name of a place rather than a person. It is asked at every capitalized
// run, and words compared by length first answer sooner than a map.
func (a *analyzer) placePreposition(i int) bool {
	if uint(i) >= uint(len(a.toks)) {
		return false
	}
	switch t := &a.toks[i]; t.End - t.Start {
	case len("in"):
		return a.isWord(i, "in")
	case len("near"):
		return a.isWord(i, "near")
	case len("across"):
		return a.isWord(i, "across")
	case len("throughout"):
		return a.isWord(i, "throughout")
	}
	return false
}

// mention registers a capitalized run of words at pos, after a word
// whose lexeme is prev, and returns the entity it names, or -1. The words
// are tokens: a token's lexeme is the lexicon's as far as the title,
// organization and gender of its word go. place says the run stands where
// a place does ("in New Hampshire", "Salem, New Hampshire"): unless a
// title or a known first name says otherwise, it names no new person.
func (e *entities) mention(words []token, prev lexeme, before *[2]token, pos int, place bool) int {
	if len(words) > maxNameRun {
		return -1 // a headline's or a list's capitals, not one name
	}
	// Most runs are a lone word with no title ("Hale", "U.S.",
	// "Monday"): a body's word, a name known already, or most often
	// nothing, told here without the steps below. Only a known first
	// name that names no one yet is left to them, to make a person.
	// A title alone ("Sheriff") goes on below, unless it is the surname
	// of someone named already: "Tom Warden said … Warden said".
	if len(words) == 1 && !prev.title() && !e.endsInPeriod(words[0].Span) {
		w := &words[0]
		title := w.lex.title()
		if w.lex.org() && !title {
			e.noteBody(words, pos)
			return -1
		}
		name := trimPossessive(e.word(w.Span))
		if k := e.latestPerson(name, "", true); k >= 0 && (!title || e.list[k].words > 1 || e.list[k].title != "") {
			if en := &e.list[k]; en.last == name {
				en.lone++
			}
			if en := &e.list[k]; en.g == unknownGender && !title {
				en.g = prev.titleGender
				if en.g == unknownGender {
					en.g = w.lex.nameGender
				}
			}
			e.mentions = append(e.mentions, mentionAt{pos: pos, ent: k, sent: e.sents, clause: e.clauses})
			return k
		}
		if w.lex.nameGender == unknownGender && !title {
			return -1
		}
	}
	// A token's word never ends in a period unless it is a dotted
	// abbreviation (U.S.), and few runs hold one. When one does, words
	// are given the lexemes of the words less a final period, and full
	// holds those of the words as they are.
	var full []lexeme
	for k := range words {
		if e.endsInPeriod(words[k].Span) {
			words, full = e.nameLexemes(words)
			break
		}
	}
	// cut keeps words[i:j] of the words, and of their full lexemes.
	cut := func(i, j int) {
		words = words[i:j]
		if full != nil {
			full = full[i:j]
		}
	}
	// "Ann Lee of Ohio", "Don Hartley of Madison", "Ayo Bello of the Acme
	// Group": a person's name ends before "of" and the place or body,
	// whose words may be titles' ("the National Retail Federation");
	// "Charlotte Chamber of Commerce" is a body, and "Secretary of the
	// Navy" a title.
	if k := e.nameBeforeOf(words, true); k > 0 {
		cut(0, k)
	}
	// "Colorado State Patrol", "State Department": a run whose last word
	// names a body is one, whatever title words stand before it.
	if last := len(words) - 1; last >= 0 && (words[last].lex.org() || full != nil && full[last].org()) {
		e.noteBody(words, pos)
		return -1
	}
	titled := prev.title()
	g := prev.titleGender
	article := prev.class == determiner || before[1].kind == tWord && before[1].lex.class == determiner
	lo := 0
	// "Democrat Luis Ortega", "Republican Sen. Ana Ruiz", "Ohioan Tom
	// Hale": a party or a home before a name is no part of it.
	for lo < len(words)-2 && (partyWord(e.word(words[lo].Span)) || e.demonym(words[lo], words[lo+1])) {
		lo++
	}
	for ; lo < len(words); lo++ {
		w := &words[lo].lex
		// "Mr. King", "Rep. Bishop", "Police Chief King": a title's
		// surname; but after an article "the Chief Judge" and "the Deputy
		// Marshal" are titles of two words, and name no one.
		if !w.title() || lo > 0 && lo == len(words)-1 && e.wordIn(surnameTitles, words[lo].Span) && !((article || lo >= 2 && words[lo-2].lex.class == determiner) && e.titleOpener(words[lo-1])) {
			break
		}
		titled = true
		if w.titleGender != unknownGender {
			g = w.titleGender
		}
	}
	// "Fire Chief Irene Park": every word up to the last title is part of
	// the title.
	for k := len(words) - 2; k >= lo; k-- {
		if words[k].lex.title() && !(k > lo && e.givenName(words[k-1]) && e.text[words[k+1].Start]-'a' < 26 && e.wordIn(surnameTitles, words[k].Span)) {
			titled = true
			lo = k + 1
			break
		}
	}
	var title, mod string // the title a description may name the person by, and the word before it
	var former bool
	if titled {
		var m Span
		if title, m, former = personTitle(words[:lo], before); !m.IsZero() {
			mod = e.text[m.Start:m.End]
		}
	}
	// "Chief of Staff Dana Ortiz", "Minister for Health Ana Ruiz": the
	// title's complement goes with it, up to a first name or the last two
	// words; but "of New York" after a name is a place.
	if titled && len(words)-lo >= 4 && e.complementWord(words[lo].Span) {
		for lo++; len(words)-lo > 2 && words[lo].lex.nameGender == unknownGender; lo++ {
		}
	}
	// "The Herald's Ana Ruiz", "the Review’s Tom Hale": a person's name
	// after its possessor's; but "St. Brendan's Medical Center" is one
	// name.
	for k := len(words) - 3; k >= lo; k-- {
		if isPossessiveWord(e.word(words[k].Span)) {
			if words[k+1].lex.nameGender != unknownGender && !words[len(words)-1].lex.org() {
				lo = k + 1
			}
			break
		}
	}
	// complement says a title's complement came before the name: "of" or
	// "for" among the title's words.
	complement := false
	for _, w := range words[:lo] {
		complement = complement || e.complementWord(w.Span)
	}
	cut(lo, len(words))
	// "Director of National Intelligence Tom Hale", "Supervisor of
	// Elections Susan Bell": after a title and its complement, the name
	// starts at the first known first name when the word before it is
	// none; but with no complement, a name's first word need not be known
	// ("Sen. Kweisi Howard Mfume").
	if titled && len(words) > 2 && words[0].lex.nameGender == unknownGender {
		for m := 1; m < len(words)-1; m++ {
			complement = complement || e.complementWord(words[m].Span) // "Supervisor of Elections Susan Bell"
			if words[m].lex.nameGender != unknownGender && complement {
				cut(m, len(words))
				break
			}
		}
	}
	// Once the titles are gone, the name is first: "Rep. Tom King of
	// Ohio".
	if k := e.nameBeforeOf(words, false); k > 0 {
		cut(0, k)
	}
	// "Tom R. Hale Jr.": a generation's suffix is no surname; the
	// name is known without it, so that "Hale" finds it.
	if n := len(words); n > 1 && generationSuffix(e.word(words[n-1].Span)) {
		cut(0, n-1)
	}
	if len(words) == 0 || len(words) > 4 {
		return -1
	}
	firstLex := words[0].lex
	if full != nil {
		firstLex = full[0]
	}
	for k := range words {
		lx := &words[k].lex
		if full != nil {
			lx = &full[k]
		}
		if lx.org() {
			e.noteBody(words, pos)
			return -1
		}
	}
	last := trimPossessive(e.word(words[len(words)-1].Span))
	lastEnd := words[len(words)-1].Start + len(last)
	first := e.word(words[0].Span)
	if g == unknownGender {
		g = firstLex.nameGender
	}
	// A title's gender tells apart people of one surname: "Mrs. Hale"
	// after Tom and Ann Hale.
	titleG := unknownGender
	if titled {
		titleG = g
	}
	if k := e.latestPersonOf(last, first, len(words) == 1, titleG); k >= 0 {
		en := &e.list[k]
		if len(words) > 1 && en.words < len(words) {
			en.setName(e, words, lastEnd)
			if en.first != first {
				en.first = first
				e.post(first, k)
			}
		}
		if en.g == unknownGender {
			en.g = g
		}
		if title != "" && (title != en.title || former != en.former || mod != "") {
			en.title, en.titleMod, en.former = title, mod, former // but "Chief Hale" keeps "Police Chief"
		}
		e.mentions = append(e.mentions, mentionAt{pos: pos, ent: k, sent: e.sents, clause: e.clauses})
		return k
	}
	if !titled && firstLex.nameGender == unknownGender && (len(words) == 1 || place) {
		return -1
	}
	if len(words) > 1 && !titled && firstLex.nameGender == unknownGender && !e.looksLikeName(words) {
		return -1
	}
	// "a former Portuguese teacher", "the Roman Catholic faith": words of
	// a nation or a faith name no one, even after a title word. Asked only
	// here, of a run that would make a new person: the rest are many.
	if e.peopleOrFaith(words) {
		return -1
	}
	if !titled && firstLex.nameGender == unknownGender && e.namedThing(words) {
		return -1
	}
	en := entity{first: first, last: last, g: g, person: true}
	en.title, en.titleMod, en.former = title, mod, former
	en.setName(e, words, lastEnd)
	e.list = append(e.list, en)
	k := len(e.list) - 1
	e.post(last, k)
	if first != last {
		e.post(first, k)
	}
	e.mentions = append(e.mentions, mentionAt{pos: pos, ent: k, sent: e.sents, clause: e.clauses})
	return k
}

// namedThing reports whether a run of capitalized words that would make a
// new person, with no title nor known first name, rather names a thing or
// describes someone: a run that opens with the surname of a person named
// before names what bears it, a building, a train, a shirt ("Hale Tower",
// "the Hale Train" after Tom Hale); one that ends in a party's word
// describes a member of it ("the Ohio Republican"); one that opens with a
// possessive determiner is a title ("Our Future", "My Road Home").
func (e *entities) namedThing(words []token) bool {
	if len(words) < 2 {
		return false
	}
	if partyWord(e.word(words[len(words)-1].Span)) {
		return true
	}
	first := e.word(words[0].Span)
	if e.wordIn(possessiveDeterminers, words[0].Span) {
		return true
	}
	k := e.latestPerson(first, "", true)
	return k >= 0 && e.list[k].last == first && e.list[k].words > 1
}

// possessiveDeterminers open the title of a group or a work: "Our
// Future".
var possessiveDeterminers = newFoldSet(map[string]bool{
	"my": true, "our": true, "your": true, "their": true, "his": true, "her": true, "its": true,
})

// latestPerson returns the latest person in reach whose surname (or, for
// one word, first name) is last, or -1; for one word, the person named by
// that surname alone most often before comes first, and of those so
// named as often, or never, the later. A name of more words, whose first
// word is first, wants the surname, and the first name too unless the
// person is known by one word. Postings come newest first; once one was
// made before the reach began, so were the rest, and their people are out
// of it.
func (e *entities) latestPerson(last, first string, one bool) int {
	return e.latestPersonOf(last, first, one, unknownGender)
}

// latestPersonOf is latestPerson, but for a known gender g it passes over
// people of the other gender, and prefers one of g to one whose gender is
// unknown: "Mrs. Hale" is not Tom Hale, named last, and "Mr. Khan" is
// Khizr Khan before Ghazala Khan, whose first name no list holds.
func (e *entities) latestPersonOf(last, first string, one bool, g gender) int {
	reach := len(e.list) - maxLookBack
	k, unknown := -1, -1
	var kScore int32 // k's score, below
	for p := e.byWord[bucket(last)]; p != 0 && int(e.postings[p].made) > reach; p = e.postings[p].next {
		c := int(e.postings[p].ent)
		if c == k || c < reach {
			continue
		}
		en := &e.list[c]
		// A person before k ranks above it only by a higher score,
		// which is en.lone at most: most are passed over here, with no
		// name compared. Once k is found, unknown is not wanted.
		if k >= 0 && c < k && (!one || en.lone <= kScore) {
			continue
		}
		var score int32 // how often c was named by last alone: a first name alone counts none
		if one {
			if en.last == last {
				score = en.lone
			} else if en.first != last {
				continue
			}
		} else if en.last != last || en.first != first && en.words != 1 {
			continue
		}
		switch {
		case g == unknownGender || en.g == g:
			// A surname alone is the person it named alone before, the
			// most often, rather than a relative named in full since:
			// after "Tom Hale … Hale said … his son Ed Hale", "Hale" is
			// still Tom Hale.
			if k < 0 || score > kScore || score == kScore && c > k {
				k, kScore = c, score
			}
		case en.g == unknownGender:
			unknown = max(unknown, c)
		}
	}
	if k < 0 {
		return unknown
	}
	return k
}

// nameLexemes returns words with the lexicon's lexemes of the words,
// each less a final period, and the lexemes of the words as they are,
// which their tokens carry.
func (e *entities) nameLexemes(words []token) (trimmed []token, full []lexeme) {
	trimmed, full = e.trimmed[:0], e.full[:0]
	for _, w := range words {
		full = append(full, w.lex)
		if e.endsInPeriod(w.Span) {
			w.lex, _ = lexicon.lookupAt(e.text, w.Start, w.End-1) // strings.TrimSuffix(e.word(w), ".")
		}
		trimmed = append(trimmed, w)
	}
	e.trimmed, e.full = trimmed, full
	return trimmed, full
}

// complementWord reports whether the word w ties a title to its
// complement: "of" or "for", as in "Chief of Staff", "Minister for Health".
func (e *entities) complementWord(w Span) bool {
	return equalFoldASCII(e.word(w), "of") || equalFoldASCII(e.word(w), "for")
}

// peoplesAndFaiths are words of nations, peoples and faiths, capitalized
// before a noun ("a Portuguese teacher", "Catholic voters"): a run of
// them alone is no person's name.
var peoplesAndFaiths = newFoldSet(map[string]bool{
	"american": true, "british": true, "chinese": true, "mexican": true, "russian": true,
	"french": true, "german": true, "italian": true, "spanish": true, "portuguese": true,
	"japanese": true, "korean": true, "indian": true, "israeli": true, "iranian": true,
	"iraqi": true, "syrian": true, "cuban": true, "canadian": true, "brazilian": true,
	"african": true, "asian": true, "european": true, "latino": true, "latina": true,
	"hispanic": true, "jewish": true, "muslim": true, "christian": true, "catholic": true,
	"roman": true, "protestant": true, "evangelical": true, "mormon": true, "arab": true,
	"palestinian": true, "ukrainian": true, "turkish": true, "greek": true, "irish": true,
	"scottish": true, "english": true, "dutch": true, "swedish": true, "polish": true,
	"venezuelan": true, "colombian": true, "nigerian": true, "egyptian": true, "saudi": true,
	"pakistani": true, "afghan": true, "vietnamese": true, "filipino": true, "haitian": true,
	"somali": true, "kurdish": true, "baptist": true, "methodist": true, "lutheran": true,
})

// demonym reports whether w names where a person is from, before the
// person's known first name next: "Ohioan Tom Hale", "Texan Ana Ruiz";
// not "Brian Hale", whose next word is no first name.
func (e *entities) demonym(w, next token) bool {
	s := e.word(w.Span)
	return next.lex.nameGender != unknownGender && len(s) > 4 && strings.HasSuffix(s, "an") && w.lex.nameGender == unknownGender
}

// peopleOrFaith reports whether every one of words is among
// peoplesAndFaiths.
func (e *entities) peopleOrFaith(words []token) bool {
	for _, w := range words {
		if !e.wordIn(peoplesAndFaiths, w.Span) {
			return false
		}
	}
	return true
}

// titleOpener reports whether w makes one title with the title after it:
// "Chief Judge", "Deputy Marshal".
func (e *entities) titleOpener(w token) bool {
	return w.lex.rank == rankOther || equalFoldASCII(e.word(w.Span), "chief")
}

// surnameTitles are titles that are also common surnames.
var surnameTitles = newFoldSet(map[string]bool{
	"king": true, "judge": true, "bishop": true, "major": true, "marshal": true, "dean": true, "pope": true,
})

// nameBeforeOf returns the index of the "of" that ends the name of a
// person at the start of words, before the place or body the person is
// of, or -1: after a known first name, or before "of the". With
// titlesStop, a title word before the "of" makes it a title's complement
// ("Secretary of the Navy"); the title words of "Rep. Tom King" are gone
// by the time it is asked without.
func (e *entities) nameBeforeOf(words []token, titlesStop bool) int {
	if len(words) <= 3 {
		return -1
	}
	for k := 2; k < len(words)-1 && !words[k-1].lex.org() && !(titlesStop && words[k-1].lex.title()); k++ {
		if e.word(words[k].Span) == "of" && (words[0].lex.nameGender != unknownGender || equalFoldASCII(e.word(words[k+1].Span), "the")) {
			return k
		}
	}
	return -1
}

// maxNameRun is the most capitalized words a run may have to name someone,
// titles and a body's name with them: "Lane County Supervisor of Harbor
// Works Rosa Bell" has nine.
const maxNameRun = 24

// givenName reports whether w is a known first name or an initial, after
// which a title word that ends the name is a surname: "Tom King of
// Ohio", "Tom R. King of Ohio"; but "Georgia Gov. Ana Ruiz".
func (e *entities) givenName(w token) bool {
	return w.lex.nameGender != unknownGender || w.Len() <= 2 && e.text[w.Start]-'A' < 26 && (w.Len() == 1 || e.text[w.Start+1] == '.')
}

// endsInPeriod reports whether the word w ends in a period.
func (e *entities) endsInPeriod(w Span) bool {
	return w.End > w.Start && e.text[w.End-1] == '.'
}

// generationSuffix reports whether w ends a name as a generation does:
// "Jr.", "Sr.", "III".
func generationSuffix(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Jr", "Sr", "II", "III", "IV":
		return true
	}
	return false
}

// looksLikeName reports whether a run of two or three capitalized words,
// with no known first name, still reads as a person's name: short words,
// no all-capital acronyms.
func (e *entities) looksLikeName(words []token) bool {
	if len(words) > 3 {
		return false
	}
	for k := range words {
		if w := words[k].Span; (w.Len() < 2 || isUpperCase(e.word(w))) && !(w.Len() == 1 && k > 0 && k < len(words)-1) {
			return false // but a middle initial: "Odile M. Brenner"
		}
	}
	// "Saudi Arabia", "South Carolina", "Capitol Hill" are places, whose
	// first word names no one: a pronoun must not find them.
	if equalFoldASCII(e.word(words[0].Span), "the") {
		return true // "The Hill" is a paper's name
	}
	return !e.wordIn(placeOpeners, words[0].Span) && !e.wordIn(placeHeads, words[len(words)-1].Span)
}

// placeOpeners and placeHeads are the first and last words of many place
// names, which [entities.looksLikeName] tells from a person's when the
// first word is no known first name.
var (
	placeOpeners = newFoldSet(map[string]bool{
		"north": true, "south": true, "east": true, "west": true, "new": true, "saudi": true,
		"united": true, "san": true, "santa": true, "los": true, "las": true, "fort": true,
		"mount": true, "puerto": true, "costa": true, "hong": true, "sri": true, "abu": true,
		"tel": true, "el": true, "st.": true, "saint": true, "great": true, "central": true,
		"capitol": true, "white": true, "upper": true, "lower": true,
	})
	placeHeads = newFoldSet(map[string]bool{
		"arabia": true, "korea": true, "africa": true, "america": true, "york": true,
		"jersey": true, "carolina": true, "dakota": true, "hampshire": true, "mexico": true,
		"zealand": true, "kingdom": true, "states": true, "emirates": true, "republic": true,
		"house": true, "hill": true, "city": true, "county": true, "island": true,
		"islands": true, "valley": true, "beach": true, "coast": true, "street": true,
		"avenue": true, "square": true, "bay": true, "river": true, "lake": true,
		"mountains": true, "falls": true, "springs": true, "heights": true, "district": true,
		"virginia": true, "guinea": true, "sudan": true, "ireland": true, "lanka": true,
		"ocean": true, "sea": true, "gulf": true,
	})
)

// isUpperCase reports whether strings.ToUpper(w) == w, without the copy.
func isUpperCase(w string) bool {
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				return false // the only ASCII that ToUpper changes
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if r == utf8.RuneError && size == 1 {
			return false // ToUpper writes U+FFFD for the invalid byte
		}
		if unicode.ToUpper(r) != r {
			return false
		}
		i += size
	}
	return true
}

// isPossessiveWord reports whether w is a word with 's or ’s after it.
func isPossessiveWord(w string) bool {
	return len(w) > 2 && (w[len(w)-2:] == "'s" || len(w) > 4 && w[len(w)-4:] == "’s")
}

func trimPossessive(w string) string {
	if len(w) == 0 || w[len(w)-1] != 's' {
		return w // most words, and no possessive
	}
	w = strings.TrimSuffix(w, "'s")
	return strings.TrimSuffix(w, "’s")
}

// resolve fills the speaker's entity of q, whose mention is at, in the
// sentence a reads. The text near the speaker (a.speakerContext), where a
// source may be said to go unnamed, is read only for a description or a
// mention that names no one: not for most, which name someone.
func (e *entities) resolve(a *analyzer, at *attribution) (name string, id int, anon bool) {
	if at.speaker.IsZero() {
		return "", 0, false
	}
	mention := trimPossessive(a.text[at.speaker.Start:at.speaker.End]) // "Vance's phrase" names Vance
	k := -1
	made := len(e.list) // the entities made before this mention
	if at.speaker == e.last {
		k = e.lastEnt
	} else {
		n := len(e.mentions)
		k = e.resolveMention(a, at, mention)
		if at.skind == Name && len(e.mentions) > n && e.mentions[len(e.mentions)-1].ent == k {
			// A speaker named is the subject of the verb that reports
			// him: "Cole, Hale said, has won." makes Hale the subject;
			// but not one found by "who" ("the rivals, Ana Ruiz and Bob
			// Lee, who say").
			e.mentions[len(e.mentions)-1].lead = true
		}
	}
	if k < 0 {
		// Unresolved: an entity of its own, with no name.
		k = e.addUnnamed(entity{last: lowerASCII(lastWord(mention)), anonymous: e.anonymousMention(mention, at.skind, a.speakerContext(at.speaker))})
	}
	if k >= made && e.list[k].anonymous && at.skind != Pronoun && e.namedAppositive(a.toks, at) {
		// A description set off beside a person's name describes that
		// person: "Tom Hale, an official at the port, said".
		e.list[k].anonymous = false
	}
	e.last, e.lastEnt = at.speaker, k
	e.spoken = append(e.spoken, mentionAt{pos: at.speaker.Start, ent: k})
	en := &e.list[k]
	if !en.person && !en.anonymous && at.skind != Pronoun && (bodyKindOf(en.last) || en.name != "" && (strings.Contains(en.name, " ") || isUpperCase(en.name)) && e.body(en.name) == k) {
		// A body by a description of its kind ("the board") or by a name
		// of more than a word ("Acme Corp", "NATO"): a lone word may be
		// a surname that names no known person ("Ortiz said").
		e.thing, e.thingPos = k+1, at.speaker.Start
	}
	if en.id == 0 {
		e.nextID++
		en.id = e.nextID
	}
	return en.name, en.id, en.anonymous
}

// namedAppositive reports whether the speaker of at, a description, is
// set off by a comma beside the name of a person, and so describes that
// person rather than an unnamed source: "Tom Hale, an official at the
// port, said", "Sen. Ana Ruiz (D-Ohio), a member of the panel, said",
// "One of the men, Tom Hale, 70, said", "said another user, Ana Ruiz.".
// A name before the description is no such person where the cue follows
// the description with a comma after it: in "Hale, officials said, will
// run" the officials speak of Hale. A name after it is one only where a
// comma or a period ends its run of capitalized words, or that of a name
// after "and": in "said an aide, Hale will run" and "according to
// aides, Hale and his wife have run" Hale starts the content. A title
// before the name is the name's: "another aide, Sen. Ana Ruiz, said".
func (e *entities) namedAppositive(toks []token, at *attribution) bool {
	i := firstTokenAt(toks, at.speaker.Start)
	if i == len(toks) || toks[i].Start != at.speaker.Start {
		return false
	}
	j := i // the first token after the description
	for j < len(toks) && toks[j].Start < at.speaker.End {
		j++
	}
	if i >= 2 && punctTok(toks[i-1], ',') {
		k := i - 2
		if punctTok(toks[k], ')') {
			// "Sen. Ana Ruiz (D-Ohio), a member …": the name before the
			// party and state.
			for k--; k > 0 && i-k < 10 && !punctTok(toks[k], '('); k-- {
			}
			k--
		}
		if k >= 0 && toks[k].kind == tWord && toks[k].cap {
			lo := k // back over the name's words, and a title's period: "Sen. Ana Ruiz"
			for lo > 0 && k-lo < 5 {
				if toks[lo-1].kind == tWord && toks[lo-1].cap {
					lo--
				} else if lo > 1 && punctTok(toks[lo-1], '.') && toks[lo-2].kind == tWord && toks[lo-2].cap && toks[lo-2].End == toks[lo-1].Start {
					lo -= 2
				} else {
					break
				}
			}
			c := j // the token after the cue, where the cue follows the description
			if c < len(toks) && toks[c].Start == at.cue.Start {
				for c < len(toks) && toks[c].Start < at.cue.End {
					c++
				}
			}
			if (c == j || c >= len(toks) || !punctTok(toks[c], ',')) && e.personNamedIn(toks[lo].Start, toks[k].End) {
				return true
			}
		}
	}
	if j+1 < len(toks) && punctTok(toks[j], ',') && toks[j+1].kind == tWord && toks[j+1].cap {
		m := nameRun(toks, j+1)
		if m < len(toks) && e.text[toks[m].Start:toks[m].End] == "and" && m+1 < len(toks) && toks[m+1].cap {
			m = capRun(toks, m+1) // "two members, Ana Ruiz and Tom Hale, said"
		}
		// A period ends the name, but not that of a title ("Mrs.") or an
		// initial run into it, which the name goes on after.
		ends := m == len(toks) || punctTok(toks[m], ',') || punctTok(toks[m], '.') && !titleDot(toks, m)
		if ends && e.personNamedIn(toks[j+1].Start, toks[m-1].End) {
			return true
		}
	}
	return false
}

// nameRun returns the index of the token after the capitalized name that
// starts at toks[i]: runs of capitalized words, four at most, that a
// title's period or an initial's may join: "Ana Ruiz", "Sen. Ana Ruiz",
// "Tom R. King". The period of a title or an initial that ends the run is
// not the name's.
func nameRun(toks []token, i int) int {
	m := capRun(toks, i)
	for n := 0; n < 3 && m+1 < len(toks) && titleDot(toks, m) && toks[m+1].kind == tWord && toks[m+1].cap; n++ {
		m = capRun(toks, m+1) // "another aide, Sen. Ana Ruiz, said"
	}
	return m
}

// titleDot reports whether toks[m] is the period of a title, an
// abbreviation or an initial run on to the word before it: "Sen.", "Mrs.",
// "J.".
func titleDot(toks []token, m int) bool {
	return punctTok(toks[m], '.') && toks[m].Start == toks[m-1].End && (toks[m-1].lex.flags&(inAbbreviations|inTitles) != 0 || toks[m-1].End-toks[m-1].Start == 1)
}

// capRun returns the index of the token after the run of capitalized
// words, four at most, that starts at toks[i].
func capRun(toks []token, i int) int {
	m := i
	for m < len(toks) && m-i < 4 && toks[m].kind == tWord && toks[m].cap {
		m++
	}
	return m
}

// punctTok reports whether t is the punctuation rune r.
func punctTok(t token, r rune) bool { return t.kind == tPunct && t.r == r }

// personNamedIn reports whether a mention of a person starts in
// text[lo:hi]: the scan has read the sentence of the speaker, and its
// mentions come in the order of the text.
func (e *entities) personNamedIn(lo, hi int) bool {
	for j := len(e.mentions) - 1; j >= 0 && j >= len(e.mentions)-maxLookBack && e.mentions[j].pos >= lo; j-- {
		if m := e.mentions[j]; m.pos < hi && e.list[m.ent].person {
			return true
		}
	}
	return false
}

// resolveMention finds the entity a speaker mention refers to, or -1.
func (e *entities) resolveMention(a *analyzer, at *attribution, mention string) int {
	text, toks := a.text, a.toks
	k := -1
	switch at.skind {
	case Pronoun:
		w := pronounOf(mention)
		switch w {
		case "he", "she", "his", "her":
			want := male
			if w == "she" || w == "her" {
				want = female
			}
			// A pronoun the scan took for a clause's subject keeps the
			// person it found there.
			k = e.pronounAt(at.speaker.Start)
			if k < 0 {
				k = e.recentPerson(at.speaker.Start, want)
			}
			if k >= 0 && e.list[k].g == unknownGender {
				e.list[k].g = want
			}
		case "it", "its":
			k = e.recentThing(at.speaker.Start)
		case "who", "which":
			if !at.antecedent.IsZero() {
				ante := text[at.antecedent.Start:at.antecedent.End]
				if r := firstRune(lastWord(ante)); unicode.IsUpper(r) {
					k = e.lookupText(ante, at.antecedent.Start, toks)
				} else {
					k = e.description(ante, a.speakerContext(at.speaker), at.antecedent.Start, false)
				}
			}
		}
	case Name:
		if indefiniteOpener(mention) {
			var buf [16]string
			if words := appendLowerFields(buf[:0], mention); anonymousDescription(words) {
				// "one Ohio Democrat", "another Muslim who …": a person
				// of a kind, whose capitals are no name.
				return e.addUnnamed(entity{last: singular(headWord(words)), anonymous: true})
			}
		}
		k = e.lookupText(mention, at.speaker.Start, toks)
	case Description:
		if author, ok := sourceAuthor(mention, text, at.speaker.Start); ok {
			k = e.lookupText(author, at.speaker.Start, toks)
		} else {
			k = e.description(mention, a.speakerContext(at.speaker), at.speaker.Start, true)
		}
	}
	return k
}

// sourceAuthor returns the words of mention, a description headed by one
// of sourceNouns, that end in the name of the source's author: "a Harbor Post" of
// "a Harbor Post tally", "a 2019 Water Board" of "a 2019 Water Board
// study". ok is false where no name ends before the head; where a word in
// lower case comes after a name's word ("a Harbor Post pool report"); where
// a preposition comes before it ("a review of Harbor transcripts", "most
// voters in a Harbor poll"), as the source is then another's; and where the
// capitalized word is a determiner or a time ("A statement", "a Monday
// editorial"). When the mention, at text[pos:], opens a sentence, its
// first word is a name's only in capitals ("HWB filings", but "Recent
// polls"): this is asked only of a mention with such a head.
func sourceAuthor(mention, text string, pos int) (author string, ok bool) {
	sp := strings.LastIndexByte(mention, ' ')
	if sp < 0 {
		return "", false
	}
	head := mention[sp+1:]
	// The head and its singular are looked up in place in text, where
	// the mention starts at pos: a copy would be hashed a byte at a time.
	// The singular is the head less its -s (singular's irregular plurals,
	// "people" and "allies", name no source).
	hs, he := pos+sp+1, pos+len(mention)
	if head == "" || head[0] < 'a' || head[0] > 'z' || !sourceNouns.holdsAt(text, hs, he) && !(pluralForm(head) && sourceNouns.holdsAt(text, hs, he-1)) {
		return "", false
	}
	author = mention[:sp]
	named, opens := false, opensSentence(text, pos)
	for f := range strings.FieldsSeq(author) {
		switch c := classOfWord(f); {
		case c == preposition || c == timeWord:
			return "", false
		case c == determiner:
		case opens && !isUpperCase(f):
			author = strings.TrimLeft(author[len(f):], " ") // "Recent Harbor polls": Harbor's
		case unicode.IsUpper(firstRune(f)):
			named = true
		case named:
			return "", false
		}
		opens = false
	}
	return author, named && !isPossessiveWord(author)
}

// opensSentence reports whether the word at text[pos:] opens a sentence:
// it comes first, or after the end of one or a line's, past quotation
// marks and spaces.
func opensSentence(text string, pos int) bool {
	for pos > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:pos])
		switch {
		case r == '.' || r == '!' || r == '?' || r == '\n':
			return true
		case unicode.IsSpace(r) || strings.ContainsRune("\"'“”‘’", r):
			pos -= size
		default:
			return false
		}
	}
	return true
}

// pronounAt returns the person that the scan took a clause's subject
// pronoun at pos for, or -1.
func (e *entities) pronounAt(pos int) int {
	for j := len(e.mentions) - 1; j >= 0 && j >= len(e.mentions)-maxLookBack && e.mentions[j].pos >= pos; j-- {
		if e.mentions[j].pos == pos {
			return e.mentions[j].ent
		}
	}
	return -1
}

// pronouns are the pronouns that [entities.resolveMention] tells apart.
var pronouns = [...]string{"he", "she", "his", "her", "it", "its", "who", "which"}

// pronounOf returns the one of pronouns that mention is in lower case, or
// "": what lowerASCII(mention) is when it is one, without the copy that
// a capitalized pronoun, at a sentence's start, would take.
func pronounOf(mention string) string {
	for _, p := range pronouns {
		if equalFoldASCII(mention, p) {
			return p
		}
	}
	return ""
}

// lookupText resolves a name mention by its text, which starts at pos.
// toks are the tokens of the paragraph being read: a word of the mention
// that is one of them has its lexeme, and is not looked up again.
func (e *entities) lookupText(mention string, pos int, toks []token) int {
	// Most mentions are a word that is a token of the paragraph ("Ruiz"),
	// which none of the cuts below changes: its token is the run.
	k := firstTokenAt(toks, pos)
	if k < len(toks) && toks[k].Start == pos && toks[k].End == pos+len(mention) && toks[k].kind == tWord && plainName(mention) {
		e.run = append(e.run[:0], token{Span: toks[k].Span, kind: tWord, lex: toks[k].lex})
		return e.resolveRun(e.run, pos)
	}
	// Most others are capitalized words, each a token, one space apart
	// ("Ana Ruiz", "Sen. Tom Hale"), which the cuts below leave as they
	// are too.
	if run, ok := e.capitalTokens(toks, k, pos, pos+len(mention)); ok {
		return e.resolveRun(run, pos)
	}
	// first is the index of the mention's first token, once known: the
	// tokens of its words are sought from there.
	words, first := tokenFields(e.words[:0], e.text, toks, pos, pos+len(mention))
	if first < 0 {
		words = fieldSpans(e.words[:0], e.text, pos, pos+len(mention))
	}
	e.words = words
	n := 0
	for i := 0; i < len(words); i++ {
		w := words[i]
		if strings.HasPrefix(e.word(w), "(") {
			break // a party and state: Gwen Moore (D-Wis.)
		}
		if i+1 < len(words) && strings.HasSuffix(e.word(w), ",") {
			i += asideBeforeAnd(e.text, words[i+1:]) // "Ana Ruiz, 45, and Tom Hale"
		}
		if hasQuoteMark(e.word(w)) {
			continue // a nickname: Gerald “Gerry” Whitcombe
		}
		// strings.Trim(w, ",;:")
		for w.Start < w.End && strings.IndexByte(",;:", e.text[w.Start]) >= 0 {
			w.Start++
		}
		for w.End > w.Start && strings.IndexByte(",;:", e.text[w.End-1]) >= 0 {
			w.End--
		}
		words[n] = w
		n++
	}
	words = words[:n]
	// "Norway's state-owned oil giant Equinor": the name after the
	// possessor's description.
	if len(words) > 1 && isPossessiveWord(e.word(words[0])) {
		for i := len(words) - 1; i > 0; i-- {
			if r := firstRune(e.word(words[i])); !unicode.IsUpper(r) {
				if i+1 < len(words) {
					words = words[i+1:]
				}
				break
			}
		}
	}
	// "club owner Gerald Whitcombe": lower-case words before a name
	// describe it.
	for i, w := range words {
		if r := firstRune(e.word(w)); unicode.IsUpper(r) {
			if i > 0 {
				words = words[i:]
			}
			break
		}
	}
	// "County clerk Ann Lee", "RNC spokesman Sean Spicer": a role in
	// lower case inside the mention; the name is what follows it.
	for i := len(words) - 2; i > 0; i-- {
		if w := e.word(words[i]); !unicode.IsUpper(firstRune(w)) && !nameConnectors[w] {
			words = words[i+1:]
			for len(words) > 1 && nameConnectors[e.word(words[0])] {
				words = words[1:] // "footage of Ana Ruiz"
			}
			break
		}
	}
	run := e.run[:0]
	// A word that is a token of the paragraph takes the token's lexeme,
	// which is the lexicon's but for the class of a word the lexicon
	// lacks, and a name's words are asked no class. The tokens are read
	// in order from the first word on.
	j := first
	if len(words) > 0 && first < 0 {
		j = firstTokenAt(toks, words[0].Start)
	}
	for _, w := range words {
		for j < len(toks) && toks[j].Start < w.Start {
			j++
		}
		var lx lexeme
		if j < len(toks) && toks[j].Span == w && toks[j].kind == tWord {
			lx = toks[j].lex
		} else {
			lx, _ = lexicon.lookupAt(e.text, w.Start, w.End)
		}
		run = append(run, token{Span: w, kind: tWord, lex: lx})
	}
	e.run = run
	return e.resolveRun(run, pos)
}

// capitalTokens returns, as a run, the words of the text from lo to hi,
// which starts at toks[k], and reports whether they are what
// [entities.lookupText] finds with no cut: capitalized words one space
// apart, each a plainName. A word is a token, but for the period of an
// abbreviation right after it ("Mr.", "J.") and a word cut at hi ("Hale"
// of "Hale's"), which are looked up as they are.
func (e *entities) capitalTokens(toks []token, k, lo, hi int) ([]token, bool) {
	run := e.run[:0]
	for k < len(toks) && toks[k].Start < hi {
		t := &toks[k]
		if t.kind != tWord || !t.cap || t.Start != lo || len(run) > 0 && e.text[lo-1] != ' ' {
			return nil, false
		}
		w := token{Span: t.Span, kind: tWord, lex: t.lex}
		if k++; k < len(toks) && toks[k].Start == w.End && toks[k].Start < hi && punctTok(toks[k], '.') {
			w.End = toks[k].End
			k++
		}
		w.End = min(w.End, hi)
		if !plainName(e.word(w.Span)) {
			return nil, false
		}
		if w.Span != t.Span {
			w.lex, _ = lexicon.lookupAt(e.text, w.Start, w.End)
		}
		run = append(run, w)
		lo = w.End + 1
	}
	e.run = run
	return run, len(run) > 0 && run[len(run)-1].End == hi
}

// plainName reports whether the word w is left as it is by the cuts of
// [entities.lookupText]: it does not open with a parenthesis, holds no
// quotation mark, and has none of ",;:" at its edges.
func plainName(w string) bool {
	if w == "" {
		return false
	}
	switch w[0] {
	case '(', ',', ';', ':':
		return false
	}
	switch w[len(w)-1] {
	case ',', ';', ':':
		return false
	}
	return !hasQuoteMark(w)
}

// resolveRun resolves the words of a name mention at pos, as tokens with
// their lexemes, to a person or a body.
func (e *entities) resolveRun(run []token, pos int) int {
	var before [2]token
	if len(run) > 0 && run[0].lex.starter() && !equalFoldASCII(e.word(run[0].Span), "a") {
		before[1], run = run[0], run[1:] // "The Chief Judge": the article is the title's
	}
	if k := e.mention(run, lexeme{}, &before, pos, false); k >= 0 {
		return k
	}
	// A body: "the Pentagon", "NATO". One entity per name.
	name := ""
	if len(run) > 0 {
		name = e.join(run, run[len(run)-1].End)
	}
	if name == "" {
		return -1
	}
	if k := e.body(name); k >= 0 {
		return k
	}
	return e.addBody(entity{name: name, last: lastWord(name)})
}

// hasQuoteMark reports whether w holds a quotation mark: whether
// strings.ContainsAny(w, "“”\"«»"). Of ASCII only " is one, and most words
// are ASCII to their end: the bytes are read before any rune is decoded.
func hasQuoteMark(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c == '"' {
			return true
		} else if c >= utf8.RuneSelf {
			return strings.ContainsAny(w[i:], "“”\"«»")
		}
	}
	return false
}

// nameConnectors are the lower-case words inside names: "Secretary of
// State", "Ana de la Cruz".
var nameConnectors = map[string]bool{
	"of": true, "the": true, "and": true, "for": true, "a": true, "an": true, "on": true, "in": true, "at": true, "to": true, "de": true, "del": true, "la": true, "le": true,
	"da": true, "di": true, "du": true, "van": true, "von": true, "der": true, "bin": true, "al": true, "y": true,
}

// tokenFields appends to dst the spans of the words of text[lo:hi], split
// as strings.Fields splits, as [fieldSpans] does, but read from toks, the
// tokens of the paragraph: a mention's words are most often tokens, or
// tokens with no space between them ("Gov.", "Smith,"), one space apart.
// It returns the index of the token at lo, or -1, and then what it
// appended is to be dropped, unless text[lo:hi] is all tokens from one at
// lo on and single spaces between them, and no token is a space that the
// tokenizer took for punctuation: tokens hold no other space, as words
// are letters, digits and the marks that join them.
func tokenFields(dst []Span, text string, toks []token, lo, hi int) ([]Span, int) {
	first := firstTokenAt(toks, lo)
	if first == len(toks) || toks[first].Start != lo || lo >= hi {
		return dst, -1
	}
	start, end := lo, lo
	for k := first; k < len(toks) && toks[k].Start < hi; k++ {
		t := &toks[k]
		if t.kind == tPunct && t.r >= utf8.RuneSelf && unicode.IsSpace(t.r) {
			return dst, -1
		}
		if t.Start != end {
			if t.Start != end+1 || text[end] != ' ' {
				return dst, -1
			}
			dst = append(dst, Span{start, end})
			start = t.Start
		}
		end = t.End
	}
	if end < hi {
		return dst, -1
	}
	return append(dst, Span{start, hi}), first
}

// asideBeforeAnd returns the number of words at the start of words that
// are an age or an appositive set off by commas before "and" or "or":
// "45," and "the mayor," of "Ana Ruiz, 45, and Tom Hale"; or 0.
func asideBeforeAnd(text string, words []Span) int {
	w := text[words[0].Start:words[0].End]
	if !isDigit(firstRune(w)) && w != "a" && w != "an" && w != "the" {
		return 0
	}
	for i := 0; i+1 < len(words) && i < 8; i++ {
		w = text[words[i].Start:words[i].End]
		if strings.HasSuffix(w, ",") {
			if next := text[words[i+1].Start:words[i+1].End]; next == "and" || next == "or" {
				return i + 1
			}
			return 0
		}
	}
	return 0
}

// fieldSpans appends to dst the spans of the words of text[lo:hi], split
// as strings.Fields splits.
func fieldSpans(dst []Span, text string, lo, hi int) []Span {
	start := -1
	for i := lo; i < hi; {
		if start >= 0 {
			// Inside a word, whose bytes are most often ASCII and no space.
			for i < hi && ' ' < text[i] && text[i] < utf8.RuneSelf {
				i++
			}
			if i == hi {
				break
			}
		}
		var space bool
		size := 1
		if c := text[i]; c < utf8.RuneSelf {
			space = c == ' ' || '\t' <= c && c <= '\r' // unicode.IsSpace of an ASCII byte
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:hi])
			space = unicode.IsSpace(r)
		}
		if space {
			if start >= 0 {
				dst = append(dst, Span{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		dst = append(dst, Span{start, hi})
	}
	return dst
}

// recentPerson returns the latest person mentioned before pos whose gender
// is want or unknown. When that mention is a preposition's object ("toured
// the memorial to Ezra Vance"), a person of that gender mentioned
// otherwise, as a subject most often, within obliqueReach bytes before it
// is taken instead: "Tom Hale toured the memorial to Ezra Vance. He
// said …" is Hale's.
func (e *entities) recentPerson(pos int, want gender) int {
	for i := len(e.mentions) - 1; i >= 0 && i >= len(e.mentions)-maxLookBack; i-- {
		m := e.mentions[i]
		if m.pos >= pos || !e.personOf(m.ent, want) {
			continue
		}
		if m.oblique {
			if k := e.subjectBefore(i, func(n mentionAt) bool { return e.personOf(n.ent, want) }); k >= 0 {
				return k
			}
		}
		if want != anyGender && e.weakPerson(m.ent) {
			// A name with no gender, title or words of its own yet ("a
			// small US fishing union", "his late son Ben Ortiz") yields
			// to a person of the wanted gender named as a subject before it
			// in the same sentence: "Ruiz hosted a dinner, during which
			// she thanked Ben Ortiz. … she said" is Ruiz's.
			if k := e.subjectBefore(i, func(n mentionAt) bool {
				return n.ent != m.ent && n.sent == m.sent && e.list[n.ent].person && e.list[n.ent].g == want
			}); k >= 0 {
				return k
			}
		}
		if want != anyGender && !m.lead && m.sent < e.sents {
			// A pronoun in a later sentence refers to the last sentence's
			// subject rather than to another person of its gender named
			// after it there: "Tom Hale thanked Bob Lee and Ed Cole. He
			// said …" is Hale's.
			if k := e.leadBefore(i, want); k >= 0 {
				return k
			}
		}
		return m.ent
	}
	return -1
}

// leadBefore returns the subject of the clause of the i-th mention, in
// an earlier sentence, when it is named before that mention and is
// another person, of gender want; or -1.
func (e *entities) leadBefore(i int, want gender) int {
	m := e.mentions[i]
	for j := i - 1; j >= 0 && j >= len(e.mentions)-maxLookBack && e.mentions[j].clause == m.clause; j-- {
		if n := e.mentions[j]; n.lead {
			if en := &e.list[n.ent]; n.ent != m.ent && n.pos < m.pos && en.person && en.g == want {
				return n.ent
			}
			return -1
		}
	}
	return -1
}

// subjectBefore returns the entity of the latest mention before the i-th,
// and within obliqueReach bytes of it, that is no preposition's object and
// that ok accepts, or -1.
func (e *entities) subjectBefore(i int, ok func(n mentionAt) bool) int {
	m := e.mentions[i]
	for j := i - 1; j >= 0 && j >= len(e.mentions)-maxLookBack && e.mentions[j].pos >= m.pos-obliqueReach; j-- {
		if n := e.mentions[j]; !n.oblique && ok(n) {
			return n.ent
		}
	}
	return -1
}

// personOf reports whether entity k is a person whose gender is want or
// unknown, and whom no pronoun of the other gender has stood for.
func (e *entities) personOf(k int, want gender) bool {
	en := &e.list[k]
	return en.person && (en.g == want || en.g == unknownGender && (en.pronounG == unknownGender || en.pronounG == want) || want == anyGender)
}

// weakPerson reports whether little says that entity k is a person: no
// gender, no title, and no words of its own yet.
func (e *entities) weakPerson(k int) bool {
	en := &e.list[k]
	return en.g == unknownGender && en.title == "" && en.id == 0
}

// obliqueReach is how far before a preposition's object recentPerson looks
// for a person mentioned otherwise: about two sentences.
const obliqueReach = 600

// titledPerson returns the person last mentioned before pos whose title
// the description words, in lower case, name, or -1: "the senator", "the
// police chief", "the Republican governor", "the former mayor"; not "the
// fire chief" for a police chief, "the president" for a vice president,
// or "the senators".
func (e *entities) titledPerson(mention string, words []string, pos int) int {
	if len(words) < 2 || len(words) > 6 || words[0] != "the" {
		return -1
	}
	title, ok := roleTitles[words[len(words)-1]]
	if !ok {
		return -1
	}
	// The words between "the" and the title: "former", a party alone
	// ("the Republican senator"), or the capitalized words of a place
	// ("the Indiana governor", "the South Carolina senator") say no more
	// of the title; one more word may ("the police chief", "the Vice
	// President"). A party among other words ("the Democratic
	// presidential nominee") may tell two people with the title apart,
	// and no party is known of a person: such a description names no one.
	var buf [16]Span
	fields := fieldSpans(buf[:0], mention, 0, len(mention))
	mod, former, place := "", false, Span{}
	for i := 1; i < len(words)-1; i++ {
		switch w := words[i]; {
		case w == "former":
			former = true
		case partyWord(w):
			if len(words) != 3 {
				return -1
			}
		case i < len(fields) && 'A' <= mention[fields[i].Start] && mention[fields[i].Start] <= 'Z' && titleRanks[w] == rankNone && roleTitles[w] == "":
			if place.IsZero() {
				place.Start = fields[i].Start
			}
			place.End = fields[i].End
		case mod == "":
			mod = w
		default:
			return -1
		}
	}
	for i := len(e.mentions) - 1; i >= 0 && i >= len(e.mentions)-maxLookBack; i-- {
		m := e.mentions[i]
		en := &e.list[m.ent]
		if m.pos >= pos || !en.person || en.title != title || en.former != former {
			continue
		}
		if !place.IsZero() && !e.placeOf(m.pos, en, mention[place.Start:place.End]) {
			continue // "the Ohio governor" is not the governor named last, of Florida
		}
		if mod == "" {
			// "the president" is not the vice president, nor "the
			// governor" the lieutenant governor.
			if r, _ := lookupFold(titleRanks, strings.TrimSuffix(en.titleMod, ".")); r == rankOther {
				continue
			}
		} else if !sameTitleWord(mod, en.titleMod) {
			continue
		}
		return m.ent
	}
	return -1
}

// placeOf reports whether the place, as written, is said of the person en
// at its mention at pos: the title word before the name ("Ohio Gov. Tom
// Hale": its last word), "of" and the place after the name ("Gov. Tom Hale
// of Ohio"), or the state in a party's tag after it ("Sen. Tom Hale
// (R-Ohio)", "Sen. Ana Ruiz, D-Fla.,").
func (e *entities) placeOf(pos int, en *entity, place string) bool {
	if i := strings.LastIndexByte(place, ' '); place[i+1:] == en.titleMod {
		return true
	}
	after := e.text[pos:min(len(e.text), pos+placeReach)]
	// Not past the sentence's end, nor to another person: a period after
	// a word in lower case ends a sentence, after a title ("Sen.") or an
	// initial not.
	for j := 1; j < len(after); j++ {
		if after[j] == '.' && lowerWordBefore(after, j) {
			after = after[:j]
			break
		}
	}
	if i := strings.Index(after, " and "); i >= 0 {
		after = after[:i]
	}
	if i := strings.Index(after, " of "+place); i >= 0 && !strings.ContainsAny(after[:i], ",;:") {
		return true
	}
	abbr, ok := stateAbbreviations[place]
	if !ok {
		return false
	}
	i := strings.Index(after, "-"+abbr+")")
	if i < 0 {
		i = strings.Index(after, "-"+abbr+",")
	}
	// The tag follows the name itself: no word in lower case comes
	// between ("Sen. Tom Hale told reporters that Sen. Ana Ruiz
	// (R-Fla.)" tags Ruiz).
	for j := 1; j < i; j++ {
		if after[j-1] == ' ' && 'a' <= after[j] && after[j] <= 'z' {
			return false
		}
	}
	return i >= 0
}

// stateAbbreviations are the abbreviations of the states of the United
// States that news writes in a party's tag: "(R-Fla.)", "D-N.Y.,".
var stateAbbreviations = map[string]string{
	"Alabama": "Ala.", "Arizona": "Ariz.", "Arkansas": "Ark.", "California": "Calif.",
	"Colorado": "Colo.", "Connecticut": "Conn.", "Delaware": "Del.", "Florida": "Fla.",
	"Georgia": "Ga.", "Illinois": "Ill.", "Indiana": "Ind.", "Kansas": "Kan.", "Kentucky": "Ky.",
	"Louisiana": "La.", "Maryland": "Md.", "Massachusetts": "Mass.", "Michigan": "Mich.",
	"Minnesota": "Minn.", "Mississippi": "Miss.", "Missouri": "Mo.", "Montana": "Mont.",
	"Nebraska": "Neb.", "Nevada": "Nev.", "New Hampshire": "N.H.", "New Jersey": "N.J.",
	"New Mexico": "N.M.", "New York": "N.Y.", "North Carolina": "N.C.", "North Dakota": "N.D.",
	"Oklahoma": "Okla.", "Oregon": "Ore.", "Pennsylvania": "Pa.", "Rhode Island": "R.I.",
	"South Carolina": "S.C.", "South Dakota": "S.D.", "Tennessee": "Tenn.", "Vermont": "Vt.",
	"Virginia": "Va.", "Washington": "Wash.", "West Virginia": "W.Va.", "Wisconsin": "Wis.",
	"Wyoming": "Wyo.", "Alaska": "Alaska", "Hawaii": "Hawaii", "Idaho": "Idaho", "Iowa": "Iowa",
	"Maine": "Maine", "Ohio": "Ohio", "Texas": "Texas", "Utah": "Utah",
}

// placeReach is how far after a person's mention placeOf looks for a
// place: past the title, the name and a party's tag.
const placeReach = 60

// sameTitleWord reports whether the title words a, in lower case, and b,
// as written, are the same word, in full or short: "lieutenant" and "Lt.".
func sameTitleWord(a, b string) bool {
	b = strings.TrimSuffix(b, ".")
	if equalFoldASCII(b, a) {
		return true
	}
	full, ok := lookupFold(roleTitles, b)
	return ok && full == a
}

// personTitle returns the title that a description may name a person by,
// the title word before it, and whether the title is a former one, from
// the title's words: inside the run of capitalized words ("Sen.", "Police
// Chief") and the two before it ("former president").
func personTitle(words []token, before *[2]token) (string, Span, bool) {
	tok := func(k int) token { // the k-th word of the title, the two before the run first
		if k < len(before) {
			return before[k]
		}
		return words[k-len(before)]
	}
	for k := len(before) + len(words) - 1; k >= 0; k-- {
		t := tok(k)
		if t.lex.role == 0 {
			continue
		}
		var mod Span
		former := false
		if k > 0 {
			if p := tok(k - 1); p.lex.rank == rankFormer {
				former = true
			} else if p.kind == tWord {
				mod = p.Span // "Police Chief", "Vice President", "Lt. Gov."
			}
		}
		return roleNames[t.lex.role-1], mod, former
	}
	return "", Span{}, false
}

// titleRanks are the words before a role that change it: "Vice
// President" is no president, "former Gov." no governor now.
var titleRanks = map[string]titleRank{
	"vice": rankOther, "lieutenant": rankOther, "lt": rankOther, "deputy": rankOther,
	"assistant": rankOther, "associate": rankOther, "under": rankOther,
	"former": rankFormer, "ex": rankFormer,
}

// A titleRank is what a word before a role does to it.
type titleRank uint8

const (
	rankNone titleRank = iota
	rankOther
	rankFormer
)

// roleTitles map the titles that a description can name a person by, in
// lower case and short or in full, to the full word.
var roleTitles = func() map[string]string {
	m := map[string]string{
		"sen": "senator", "gov": "governor", "rep": "representative", "gen": "general",
		"sgt": "sergeant", "lt": "lieutenant", "col": "colonel", "capt": "captain",
		"adm": "admiral", "prof": "professor", "rev": "reverend",
	}
	for _, w := range strings.Fields(`president secretary senator representative delegate governor
		mayor general judge justice chairman chairwoman minister chancellor director commissioner
		sheriff chief officer detective admiral professor reverend pope king queen prince princess
		ambassador attorney speaker leader coach councilman councilwoman councilor envoy chair ceo
		founder candidate nominee assemblyman assemblywoman congressman congresswoman superintendent
		inspector adviser advisor spokesman spokeswoman spokesperson captain sergeant lieutenant
		colonel cardinal bishop rabbi imam dean manager executive trustee premier emir sheikh
		archbishop pastor patriarch whip recorder counsel clerk treasurer auditor comptroller
		controller assessor coroner prosecutor solicitor supervisor administrator commander warden
		alderman alderwoman`) {
		m[w] = w
	}
	return m
}()

// roleNames are the titles of roleTitles in full, in order: a lexeme's
// role is one more than an index in it.
var roleNames = func() []string {
	var names []string
	for _, full := range roleTitles {
		if !slices.Contains(names, full) {
			names = append(names, full)
		}
	}
	slices.Sort(names)
	return names
}()

// recentThing returns what "it" or "its" at pos refers to: the
// organization named last before it, or the last speaker that is no
// person, whichever came later; or -1.
func (e *entities) recentThing(pos int) int {
	k, at := e.thing-1, e.thingPos
	bodies := e.recentBodies()
	for i := len(bodies) - 1; i >= 0; i-- {
		if b := bodies[i]; b.pos < pos {
			if b.pos > at || k < 0 {
				name := e.text[b.name.Start:b.name.End]
				if k = e.body(name); k < 0 {
					k = e.addBody(entity{name: name, last: lastWord(name)})
				}
			}
			break
		}
	}
	return k
}

// keptBodies is how many of the latest bodies named are in reach: a
// description refers back to a body named nearby.
const keptBodies = 32

// recentBodies returns the bodies in reach, the latest keptBodies.
func (e *entities) recentBodies() []bodyAt { return e.bodies[max(0, len(e.bodies)-keptBodies):] }

// noteBody records the name of an organization mentioned at pos. Those
// out of reach are dropped all at once, when as many again have been
// added, rather than one at each addition.
func (e *entities) noteBody(words []token, pos int) {
	for len(words) > 1 && (equalFoldASCII(e.word(words[0].Span), "the") || equalFoldASCII(e.word(words[0].Span), "a")) {
		words = words[1:] // "The Millbrook Rovers", "A Water Quality Board report"
	}
	if len(words) < 2 && !isUpperCase(e.word(words[0].Span)) {
		return // "Monday", "Congress" alone name no body a "the" refers to
	}
	if len(words) == 2 && equalFoldASCII(e.word(words[1].Span), "office") && e.wordIn(officeRooms, words[0].Span) {
		return // "the Oval Office" is a room, no agency
	}
	if len(e.bodies) == 2*keptBodies {
		e.bodies = e.bodies[:copy(e.bodies, e.bodies[keptBodies:])]
	}
	e.bodies = append(e.bodies, bodyAt{pos, Span{words[0].Start, words[len(words)-1].End}})
}

// officeRooms are the words before "Office" in the names of rooms and
// counters, not of agencies: "the Oval Office", "the box office".
var officeRooms = newFoldSet(map[string]bool{"oval": true, "post": true, "box": true, "front": true})

// bodyKinds map the head of a description to the words that name bodies
// of that kind: "the hospital" refers back to a "Medical Center".
var bodyKinds = map[string][]string{
	"company":      {"inc", "corp", "co", "llc", "ltd", "company", "systems", "technologies", "group", "holdings", "industries", "motors", "airlines", "partners", "enterprises", "corporation"},
	"firm":         {"inc", "corp", "llc", "ltd", "group", "partners", "associates", "company", "systems", "technologies"},
	"hospital":     {"hospital", "medical", "center", "clinic", "health"},
	"union":        {"union", "alliance", "federation", "workers", "association", "guild", "teamsters", "nurses"},
	"club":         {"club", "fc", "united", "athletic", "rovers", "rangers", "wanderers", "city"},
	"party":        {"party"},
	"campaign":     {"campaign"},
	"department":   {"department"},
	"agency":       {"agency", "administration", "service", "bureau", "department", "patrol", "office"},
	"ministry":     {"ministry"},
	"committee":    {"committee"},
	"council":      {"council"},
	"board":        {"board"},
	"commission":   {"commission"},
	"court":        {"court"},
	"university":   {"university", "college"},
	"school":       {"school", "academy"},
	"foundation":   {"foundation"},
	"institute":    {"institute"},
	"coalition":    {"coalition", "alliance"},
	"network":      {"network", "news", "television", "tv"},
	"newspaper":    {"times", "post", "journal", "news", "herald", "tribune", "gazette"},
	"paper":        {"times", "post", "journal", "news", "herald", "tribune", "gazette"},
	"bank":         {"bank"},
	"government":   {"government"},
	"association":  {"association"},
	"organization": {"organization", "association", "foundation", "institute", "coalition", "alliance", "union"},
}

// bodyKindOf reports whether bodyKinds holds w in lower case: whether the
// last word of an entity names a kind of body. A body's last word is kept
// as written, which only this asks of, and is lowered here without a copy.
func bodyKindOf(w string) bool { return inFold(bodyKindHeads, w) }

// bodyKindHeads are the heads that bodyKinds holds kinds of bodies for.
var bodyKindHeads = func() *foldSet {
	heads := make(map[string]bool)
	for h, kinds := range bodyKinds {
		heads[h] = kinds != nil
	}
	return newFoldSet(heads)
}()

// bodyFor returns the entity of the latest organization named before pos
// whose name suits the head noun of a description, or -1.
func (e *entities) bodyFor(head string, pos int) int {
	kinds := bodyKinds[head]
	if kinds == nil {
		return -1
	}
	// A body named by the head itself goes first: "the agency" is the
	// Protection Agency before the Justice Department named after it.
	other := -1 // the latest body of another of the kinds
	bodies := e.recentBodies()
	for i := len(bodies) - 1; i >= 0; i-- {
		b := bodies[i]
		if b.pos >= pos {
			continue
		}
		e.words = fieldSpans(e.words[:0], e.text, b.name.Start, b.name.End)
		for _, w := range e.words {
			word := strings.TrimSuffix(e.word(w), ".")
			if equalFoldASCII(word, head) {
				return e.bodyNamed(b.name, head)
			}
			for _, k := range kinds {
				if other < 0 && equalFoldASCII(word, k) {
					other = i
				}
			}
		}
	}
	if other < 0 {
		return -1
	}
	return e.bodyNamed(bodies[other].name, head)
}

// bodyNamed returns the entity of the body whose name is text[name],
// described by head, adding it when it has none yet.
func (e *entities) bodyNamed(name Span, head string) int {
	n := e.text[name.Start:name.End]
	if k := e.body(n); k >= 0 {
		return k
	}
	return e.addBody(entity{name: n, last: head})
}

// description resolves "the official" to the earlier source it refers back
// to: the latest entity described with the same head noun. subject says
// the description is the speaker of the verb that reports it, not a
// relative pronoun's antecedent.
func (e *entities) description(mention, sentenceText string, pos int, subject bool) int {
	var buf [16]string
	words := appendLowerFields(buf[:0], mention)
	if len(words) == 0 {
		return -1
	}
	head := singular(headWord(words))
	if ownedBodies[head] {
		if k := e.ownedBody(mention, head, pos); k >= 0 {
			return k
		}
	}
	definite := words[0] == "the" || words[0] == "that" || words[0] == "this"
	if definite && len(words) <= 4 && head == words[len(words)-1] && documents[head] && !hasPossessive(words) {
		if k := e.documentAuthor(head, pos); k >= 0 {
			return k
		}
	}
	// "the senator", "the former mayor": the person last named with
	// that title, unless the sentence says the source goes unnamed. The
	// words are asked first: they cost less than the sentence.
	if definite {
		if k := e.titledPerson(mention, words, pos); k >= 0 && !e.unnamedContext(sentenceText) {
			return k
		}
	}
	if definite && len(words) <= 3 {
		if k, ok := e.unnamed[head]; ok && int(k) >= len(e.list)-maxLookBack {
			if e.unnamedContext(sentenceText) {
				e.list[k].anonymous = true
			}
			return int(k)
		}
	}
	// "the company", "the hospital": the body of that kind named last.
	if definite && len(words) <= 3 {
		if k := e.bodyFor(head, pos); k >= 0 {
			return k
		}
	}
	// "the New York businessman", "the billionaire": news names a person
	// before it writes of the person by role, and the role is the person
	// named last's. A party may tell two people apart ("the Democratic
	// nominee") and is known of no one, and a possessive names another
	// role-holder ("the party's nominee"): so no one is found.
	if words[0] == "the" && len(words) <= 6 {
		if g, ok := personRoles[headWord(words)]; ok && !hasParty(words) && !hasPossessive(words) && !e.unnamedContext(sentenceText) {
			if k := e.recentPerson(pos, g); k >= 0 && !e.weakPerson(k) {
				return k
			}
		}
	}
	// "Tom Hale spoke on Monday. The Ohio senator said …": a role that
	// finds no one by title or by the rules above, as the subject of the
	// verb that reports it, is the person's whom the sentence, or else the
	// one before, names alone, when no title of that person says
	// otherwise; but a capitalized head makes a name ("The Harbor Union
	// Leader"), and a relative pronoun's antecedent ("the governor, who
	// said") may bring in someone new.
	if subject && !unicode.IsUpper(firstRune(lastWord(mention))) {
		if k := e.rolePerson(mention, words, pos); k >= 0 && !e.unnamedContext(sentenceText) {
			return k
		}
	}
	// As anonymousMention tells of a description, with its words at hand;
	// and a definite one that no rule above has resolved is an unnamed
	// source's where no person named leads its sentence or the one before
	// ([entities.namedLeadNear]): "One man in the crowd shouted at the
	// mayor. “We are broke,” the man said." But a role that one holds ("the
	// company's chief executive") is no one unnamed.
	anon := anonymousDescription(words) || e.unnamedContext(sentenceText)
	if !anon && definite && words[0] == "the" && len(words) > 1 && anonymousDescription(words[1:]) && (head != singular(head) || !hasPossessive(words)) && !e.namedLeadNear(pos) {
		anon = true
	}
	return e.addUnnamed(entity{last: head, anonymous: anon})
}

// namedLeadReach is how far before a definite description the last
// speaker is taken for the person it may describe: a few sentences.
const namedLeadReach = 300

// namedLeadNear reports whether a person with a name leads a clause
// before pos in its sentence or the sentence before, or is the last
// speaker, within namedLeadReach bytes before pos: the person whom a
// definite description may describe ("Tom Hale spoke first. “It is
// late,” said the former aide.").
func (e *entities) namedLeadNear(pos int) bool {
	if !e.last.IsZero() && e.last.End <= pos && pos-e.last.End < namedLeadReach {
		// The last speaker, named a few lines before: "“It works,” he
		// said. The aide also said …" is Hale's aide only if Hale is
		// unnamed.
		if en := &e.list[e.lastEnt]; en.person && en.name != "" {
			return true
		}
	}
	for j := len(e.mentions) - 1; j >= 0 && j >= len(e.mentions)-maxLookBack && e.mentions[j].sent >= e.sents-1; j-- {
		if m := e.mentions[j]; m.pos < pos && m.lead && e.list[m.ent].person && e.list[m.ent].name != "" {
			return true
		}
	}
	return false
}

// rolePerson returns the person that a description of a role, "the
// senator", "the Ohio governor", "the Republican nominee", "the retired
// surgeon", refers to when its sentence, before it, names no person but
// that one, or names none and the sentence before names that one alone,
// once at least as no preposition's object:
// "Tom Hale spoke on Monday. The Ohio senator said …", "Dan Pike toured
// the clinic. The retired surgeon said …"; but "Gov. Kate Moss met
// Ed Vance. The senator said …" names two, and finds no one. A
// person whose title is another ("Gov. Tom Hale" for "the senator") or
// whose gender is not the role's or the pronoun's after it is not
// found, and neither is anyone
// where a possessive names another role-holder ("the party's nominee").
// A party, for which the rule of a public figure's role in
// [entities.description] finds no one, is no bar here, where only one
// person is in view. Only the mentions of two sentences are read.
func (e *entities) rolePerson(mention string, words []string, pos int) int {
	if len(words) < 2 || len(words) > 6 || words[0] != "the" || hasPossessive(words) {
		return -1
	}
	head := words[len(words)-1]
	office := offices[head]
	g, role := personRoles[head]
	if !office && !role && !otherRoles[head] {
		return -1
	}
	title := roleTitles[head]
	if !role {
		g = anyGender
	}
	quoted := afterQuote(e.text, pos)
	k, sent, subject, last := -1, int32(0), false, 0
	for i := len(e.mentions) - 1; i >= 0 && i >= len(e.mentions)-maxLookBack; i-- {
		m := e.mentions[i]
		if m.sent < e.sents-1 || m.sent < sent {
			break
		}
		if m.pos >= pos || !e.list[m.ent].person || e.weakPerson(m.ent) {
			continue
		}
		if k >= 0 && m.ent != k || m.sent == e.sents && !quoted {
			return -1 // two people, or one in the sentence the role may be another's
		}
		if k < 0 {
			last = int(m.pos)
		}
		k, sent = m.ent, m.sent
		subject = subject || !m.oblique
	}
	if k < 0 || !subject || !e.personOf(k, g) {
		return -1
	}
	if roleHeldBefore(e.text[max(last, pos-maxRoleBack):pos], head) {
		return -1 // "Tom Hale thanked the mayor. The mayor said …": another person
	}
	en := &e.list[k]
	if en.title != "" && (office || en.title == title) {
		return -1 // another title, or this one, which titledPerson found not to fit: "former Gov. Ana Ruiz" for "the governor"
	}
	if p := nextSubjectPronoun(e.text, pos+len(mention)); en.g != unknownGender && p != unknownGender && p != en.g {
		return -1 // "Tom Hale spoke. The mayor said she …"
	}
	return k
}

// maxRoleBack is how many bytes before a role's description are read for
// another holder of the role.
const maxRoleBack = 400

// roleHeldBefore reports whether text names the role head with an article
// before it, at most one word apart, that no comma sets off as an
// appositive: after "Tom Hale thanked the mayor." "The mayor said …" is
// that mayor, not Hale; but "Tom Hale, the mayor, spoke." describes Hale.
func roleHeldBefore(text, head string) bool {
	for i := 0; i < len(text); {
		n := strings.Index(text[i:], head)
		if n < 0 {
			return false
		}
		at := i + n
		i = at + len(head)
		if at > 0 && isASCIILetter(text[at-1]) || i < len(text) && isASCIILetter(text[i]) {
			continue
		}
		// The word before the head, and the one before that.
		rest := text[:at]
		for w := 0; w < 2; w++ {
			rest = strings.TrimRight(rest, " ")
			start := len(rest)
			for start > 0 && isASCIILetter(rest[start-1]) {
				start--
			}
			word := rest[start:]
			if word == "" {
				break
			}
			if strings.EqualFold(word, "the") || strings.EqualFold(word, "a") || strings.EqualFold(word, "an") {
				if !strings.HasSuffix(strings.TrimRight(rest[:start], " "), ",") {
					return true
				}
				break
			}
			rest = rest[:start]
		}
	}
	return false
}

// afterQuote reports whether text before pos ends in a closing quotation
// mark, perhaps with a comma: “…,” the senator said.
func afterQuote(text string, pos int) bool {
	s := strings.TrimRight(text[:pos], " ")
	s = strings.TrimSuffix(s, ",")
	return strings.HasSuffix(s, "”") || strings.HasSuffix(s, "\"") || strings.HasSuffix(s, "''")
}

// nextSubjectPronoun returns the gender of the first "he" or "she" in
// text from pos to the end of its sentence, within a few words, or
// unknownGender.
func nextSubjectPronoun(text string, pos int) gender {
	end := min(len(text), pos+120)
	for i := pos; i < end; {
		for i < end && !isASCIILetter(text[i]) {
			if c := text[i]; c == '.' || c == '?' || c == '!' || c == '\n' {
				return unknownGender
			}
			i++
		}
		j := i
		for j < end && isASCIILetter(text[j]) {
			j++
		}
		switch text[i:j] {
		case "he":
			return male
		case "she":
			return female
		}
		if j == i {
			j++
		}
		i = j
	}
	return unknownGender
}

// offices are the titles of elected office that news gives a person well
// known by name alone, and then writes of by office: "the Ohio senator".
// A judge or an officer is named with the title when first mentioned, and
// [entities.titledPerson] finds them.
var offices = map[string]bool{
	"senator": true, "governor": true, "president": true, "congressman": true, "congresswoman": true,
	"representative": true, "mayor": true, "leader": true,
}

// otherRoles are the heads of descriptions of a person by trade or
// standing that are no title: "the retired surgeon".
var otherRoles = map[string]bool{
	"lawmaker": true, "surgeon": true, "physician": true, "economist": true,
	"veteran": true,
}

// ownedBodies are the heads of descriptions of a body that a person
// leads, which news names by the person: "the Hale campaign", "Ana Ruiz's
// campaign", "his campaign", "the Hale administration".
var ownedBodies = map[string]bool{"campaign": true, "administration": true}

// ownedBody returns the body that a description headed by head names by
// its owner: "the Hale campaign", "Ana Ruiz's presidential campaign" or
// "her campaign", or -1 when it names none. There is one entity for each
// owner and head, named by the owner's fullest name when the owner is a
// person named before ("Ana Ruiz campaign"), else by the words of the
// mention ("the Hale administration" → "Hale administration"); and a later
// "the campaign" finds it.
func (e *entities) ownedBody(mention, head string, pos int) int {
	var buf [16]string
	words := appendFields(buf[:0], mention)
	h := slices.IndexFunc(words, func(w string) bool { return equalFoldASCII(trimCommaPeriod(w), head) })
	if h < 0 {
		return -1
	}
	name := ""
	if unicode.IsUpper(firstRune(words[h])) {
		// "the Human Rights Campaign": a name, of capitalized words.
		lo := 0
		if equalFoldASCII(words[0], "the") {
			lo = 1
		}
		for _, w := range words[lo:h] {
			if !unicode.IsUpper(firstRune(w)) {
				return -1
			}
		}
		name = strings.Join(words[lo:h+1], " ")
	} else {
		// Past the words of what the body is ("presidential", "2016"),
		// the owner.
		i := h - 1
		for i >= 0 && !unicode.IsUpper(firstRune(words[i])) && !isPossessiveWord(words[i]) && !equalFoldASCII(words[i], "his") && !equalFoldASCII(words[i], "her") {
			i--
		}
		if i < 0 {
			return -1
		}
		w := words[i]
		owner, ok := e.possessorPronoun(w, pos)
		switch {
		case ok:
		case !unicode.IsUpper(firstRune(w)):
			// "the senator's campaign": the owner is the person the
			// description names, and else someone unknown.
			var lbuf [16]string
			prefix := trimPossessive(strings.Join(words[:i+1], " "))
			if owner = e.titledPerson(prefix, appendLowerFields(lbuf[:0], prefix), pos); owner < 0 {
				return e.addUnnamed(entity{last: head})
			}
		case i == 0 && !isPossessiveWord(w) || partyWord(w):
			return -1 // "The campaign", "the Republican campaign"
		default:
			// "the Hale campaign", "Ana Ruiz's campaign": the owner's
			// name is the capitalized words that end here.
			j := i
			for j > 0 && unicode.IsUpper(firstRune(words[j-1])) && !isPossessiveWord(words[j-1]) && !(j-1 == 0 && equalFoldASCII(words[0], "the")) {
				j--
			}
			last := trimPossessive(w)
			if owner = e.latestPerson(last, "", true); owner < 0 {
				name = strings.Join(append(words[j:i:i], last, head), " ")
			}
		}
		if owner >= 0 {
			if e.list[owner].name == "" {
				return -1
			}
			name = e.list[owner].name + " " + head
		}
	}
	if name == "" {
		return -1
	}
	k := e.body(name)
	if k < 0 {
		k = e.addBody(entity{name: name, last: head})
	}
	e.unnamed[head] = int32(k)
	return k
}

// documents are nouns of what a person or body puts out, which news
// quotes as if it spoke: "The statement said …" is its author's word. They
// are the documentNouns that carry their author's words before a
// participle, and others that news quotes only as speakers.
var documents = func() map[string]bool {
	m := maps.Clone(documentNouns)
	for _, w := range strings.Fields("report lawsuit suit complaint filing poll survey study advertisement motion indictment announcement petition") {
		m[w] = true
	}
	return m
}()

// documentAuthor returns the author of the document that "the statement"
// (head is "statement") at pos refers back to, or -1: the document named
// last before pos in reach, by its possessor ("Hale's statement", "her
// letter"), by "from" or "by" after it ("a report by Acme Corp."), by the
// speaker of the sentence it opens ("In a statement, Acme said …"), or by
// the subject that put it out ("Acme Corp. released a statement").
func (e *entities) documentAuthor(head string, pos int) int {
	const reach = 1500
	lo := max(0, pos-reach)
	for end := pos; end > lo; {
		j := lastWordIndex(e.text[lo:end], head)
		if j < 0 {
			return -1
		}
		j += lo
		end = j
		var buf [16]string
		before := appendFields(buf[:0], e.text[max(lo, j-60):j])
		if len(before) > 0 && j-60 > lo {
			before = before[1:] // the first may be cut
		}
		// The possessor, past a word or two of what the document is:
		// "Hale's two-page letter", "her statement".
		for i := len(before) - 1; i >= 0 && i >= len(before)-3; i-- {
			w := strings.TrimRight(before[i], ",")
			if k, ok := e.possessorPronoun(w, j); ok {
				return k
			}
			switch {
			case isPossessiveWord(w):
				if !unicode.IsUpper(firstRune(w)) {
					return -1 // "the company's statement": a description's
				}
				return e.authorAt(j-len(before[len(before)-1])-60, j, true, false)
			case equalFoldASCII(w, "a") || equalFoldASCII(w, "an") || equalFoldASCII(w, "the") || strings.HasSuffix(w, "."):
				i = 0 // the document's words begin here
			}
		}
		after := e.text[j+len(head) : min(len(e.text), j+len(head)+6)]
		if strings.HasPrefix(after, " from ") || strings.HasPrefix(after, " by ") {
			return e.authorAt(j+len(head), j+len(head)+60, false, false)
		}
		det := len(before) - 1
		for det >= 0 && det >= len(before)-3 && !equalFoldASCII(before[det], "a") && !equalFoldASCII(before[det], "an") {
			det--
		}
		switch {
		case det < 0 || det < len(before)-3:
			// "the statement" again, or a plural: read back further.
		case det > 0 && equalFoldASCII(before[det-1], "in"):
			// "In a statement, Acme said": the speaker after it; "Acme
			// said in a statement": the one before. Only a speaker: "was
			// charged in an indictment", "attacked Ruiz in a tweet" name
			// no author.
			if k := e.authorAt(j+len(head), j+len(head)+80, false, true); k >= 0 {
				return k
			}
			return e.authorAt(j-120, j, true, true)
		case det > 0 && inFold(authoringVerbs, before[det-1]):
			// "Acme Corp. released a statement": the subject before it.
			return e.authorAt(j-120, j, true, false)
		default:
			return -1
		}
	}
	return -1
}

// possessorPronoun resolves w, at pos, when it is "his" or "her": the
// person of that gender named last before pos, or -1. ok reports whether
// w is one of them.
func (e *entities) possessorPronoun(w string, pos int) (k int, ok bool) {
	switch {
	case equalFoldASCII(w, "his"):
		return e.recentPerson(pos, male), true
	case equalFoldASCII(w, "her"):
		return e.recentPerson(pos, female), true
	}
	return -1, false
}

// lastWordIndex returns the index of the last w in s that is a word of its
// own, in any case of its first letter, or -1.
func lastWordIndex(s, w string) int {
	for end := len(s); ; {
		i := strings.LastIndex(s[:end], w[1:])
		if i < 1 {
			return -1
		}
		end = i
		i--
		k := i + len(w)
		if c := s[i]; (c == w[0] || c == w[0]-'a'+'A') && (i == 0 || asciiClass[s[i-1]] != aWord) && (k == len(s) || asciiClass[s[k]] != aWord) {
			return i
		}
	}
}

// lowerWordBefore reports whether the word that ends at text[j] starts in
// lower case.
func lowerWordBefore(text string, j int) bool {
	i := strings.LastIndexAny(text[:j], " \n") + 1
	return i < j && 'a' <= text[i] && text[i] <= 'z'
}

// authorAt returns the person, body or speaker mentioned in the text
// between lo and hi, and not past a sentence's end: the last of them when
// last is set, else the first; or -1. With speakers set, only a speaker
// counts.
func (e *entities) authorAt(lo, hi int, last, speakers bool) int {
	lo, hi = max(0, lo), min(len(e.text), hi)
	// Not over a sentence's end: a line's, or a period, question or
	// exclamation mark after a word in lower case, before a space and a
	// capital ("Acme Corp. issued", "Sen. Ana Ruiz" go on).
	for j := lo; j+2 < hi; j++ {
		if c := e.text[j]; c == '\n' || (c == '.' || c == '?' || c == '!') && e.text[j+1] == ' ' && 'A' <= e.text[j+2] && e.text[j+2] <= 'Z' && lowerWordBefore(e.text, j) {
			if last {
				lo = j + 1
			} else {
				hi = j
				break
			}
		}
	}
	k, at := -1, -1
	// beats reports whether a mention at pos is in the stretch and nearer
	// its end (its start, unless last) than the one found so far.
	beats := func(pos int) bool {
		return pos >= lo && pos < hi && (k < 0 || last && pos > at || !last && pos < at)
	}
	for i := len(e.mentions) - 1; i >= 0 && e.mentions[i].pos >= lo && !speakers; i-- {
		if m := e.mentions[i]; !m.oblique && beats(m.pos) {
			k, at = m.ent, m.pos
		}
	}
	for i := len(e.spoken) - 1; i >= 0 && e.spoken[i].pos >= lo; i-- {
		if m := e.spoken[i]; beats(m.pos) {
			k, at = m.ent, m.pos
		}
	}
	bodies := e.recentBodies()
	for i := len(bodies) - 1; i >= 0 && bodies[i].pos >= lo && !speakers; i-- {
		if b := bodies[i]; beats(b.pos) {
			k, at = e.bodyNamed(b.name, lastWord(e.text[b.name.Start:b.name.End])), b.pos
		}
	}
	return k
}

// personRoles are nouns of a public figure's role, which news uses for a
// person it has just named, with the gender they tell: "the billionaire
// businessman", "the front-runner". Kin and ordinary trades ("the wife",
// "the lawyer") are left out: as often as not, they are someone else.
var personRoles = map[string]gender{
	"businessman": male, "businesswoman": female, "billionaire": anyGender, "mogul": anyGender,
	"tycoon": anyGender, "magnate": anyGender, "entrepreneur": anyGender,
	"nominee": anyGender, "candidate": anyGender, "contender": anyGender, "front-runner": anyGender,
	"frontrunner": anyGender, "hopeful": anyGender, "challenger": anyGender, "incumbent": anyGender,
	"politician": anyGender, "legislator": anyGender, "pundit": anyGender,
}

// hasParty reports whether words, in lower case, name a political party.
func hasParty(words []string) bool {
	return slices.ContainsFunc(words, partyWord)
}

// hasPossessive reports whether one of words is a possessive: "the
// party's nominee".
func hasPossessive(words []string) bool {
	return slices.ContainsFunc(words, isPossessiveWord)
}

// partyWord reports whether w, in any case, names a political party.
func partyWord(w string) bool {
	switch len(w) { // the length picks the words to compare
	case len("gop"):
		return equalFoldASCII(w, "gop")
	case len("democrat"):
		return equalFoldASCII(w, "democrat")
	case len("republican"):
		return equalFoldASCII(w, "republican") || equalFoldASCII(w, "democratic")
	case len("independent"):
		return equalFoldASCII(w, "independent") || equalFoldASCII(w, "libertarian")
	}
	return false
}

// anonymousHeads are the nouns of unnamed sources described by role.
var anonymousHeads = map[string]bool{
	"official": true, "source": true, "aide": true, "adviser": true, "advisor": true,
	"person": true, "people": true, "staffer": true, "insider": true, "diplomat": true,
	"officer": true, "employee": true, "operative": true, "strategist": true, "confidant": true,
	"associate": true, "lawmaker": true, "executive": true, "investigator": true, "member": true,
	"ally": true, "allies": true, "donor": true, "consultant": true, "someone": true, "witness": true,
	"man": true, "woman": true, "men": true, "women": true,
}

// unnamedNounEnds holds, for each length of a word of anonymousHeads,
// unnamedCompany or unnamedKinds (all are shorter than 16 bytes and of
// lower-case ASCII letters), a bit for each pair of its first and last
// letters (first*26 + last, in a uint64 for each of the 676/64 parts):
// most words are told not to be one of them by this alone.
var unnamedNounEnds = func() (t [16][11]uint64) {
	for _, words := range [][]string{slices.Collect(maps.Keys(anonymousHeads)), unnamedCompany.words, unnamedKinds.words} {
		for _, w := range words {
			k := int(w[0]-'a')*26 + int(w[len(w)-1]-'a')
			t[len(w)][k/64] |= 1 << (k % 64)
		}
	}
	return t
}()

// mayBeUnnamedNoun reports whether w has the length and the first and
// last letters of a word of anonymousHeads, unnamedCompany or
// unnamedKinds: only then are they asked whether they hold it.
func mayBeUnnamedNoun(w string) bool {
	if len(w) >= len(unnamedNounEnds) || len(w) == 0 {
		return false
	}
	f, l := w[0]-'a', w[len(w)-1]-'a'
	if f >= 26 || l >= 26 {
		return false
	}
	k := int(f)*26 + int(l)
	return unnamedNounEnds[len(w)][k/64]&(1<<(k%64)) != 0
}

// trimCommaPeriod returns strings.Trim(w, ",."), without building the set
// of the cut bytes.
func trimCommaPeriod(w string) string {
	for len(w) > 0 && (w[0] == ',' || w[0] == '.') {
		w = w[1:]
	}
	for len(w) > 0 && (w[len(w)-1] == ',' || w[len(w)-1] == '.') {
		w = w[:len(w)-1]
	}
	return w
}

// anonymousMention reports whether a mention describes an unnamed source:
// a role or affiliation with no name ("a U.S. defense official", "two
// people familiar with the matter", "sources"), or any mention in a
// sentence that says the source is not named.
func (e *entities) anonymousMention(mention string, kind MentionKind, sentenceText string) bool {
	switch kind {
	case Name:
		return false
	case Description:
		// The words are read first: they cost less than the sentence.
		var buf [16]string
		return anonymousDescription(appendLowerFields(buf[:0], mention)) || e.unnamedContext(sentenceText)
	}
	return e.unnamedContext(sentenceText)
}

// anonymousDescription reports whether the words of a description, in
// lower case, name an unnamed source by its role: "a U.S. defense
// official", "two people familiar with the matter".
//
// A person by a noun of a kind of people, in the singular after "a",
// "an", "one" or "another", is an unnamed source too: "a gay activist",
// "one Ohio Democrat", "another Twitter user", "an attendee"; the noun in
// the plural names a class ("voters", "Democrats", "experts said") but
// for the people of [unnamedCompany], whom a source knows or meets:
// "several friends", "attendees".
func anonymousDescription(words []string) bool {
	one := len(words) > 1 && (words[0] == "a" || words[0] == "an" || words[0] == "one" || words[0] == "another")
	for i, w := range words {
		w = trimCommaPeriod(w)
		s := singular(w)
		if mayBeUnnamedNoun(s) && (anonymousHeads[s] || unnamedCompany.holds(s) || one && s == w && unnamedKinds.holds(w)) {
			w = s
			// The head, or the noun before "familiar with" / "close to",
			// "briefed on", "involved in", "inside" …
			if i == len(words)-1 || i+1 < len(words) && (words[i+1] == "familiar" || words[i+1] == "close" || words[i+1] == "with" || words[i+1] == "who" || words[i+1] == "in" || words[i+1] == "at" || words[i+1] == "for" || words[i+1] == "of" || words[i+1] == "near" || words[i+1] == "from" || words[i+1] == "to" || words[i+1] == "briefed" || words[i+1] == "involved" || words[i+1] == "inside" || words[i+1] == "knowledgeable" || words[i+1] == "privy") {
				return words[0] != "the" || w == "source"
			}
		}
	}
	return false
}

// indefiniteOpener reports whether the first word of mention is "a",
// "an", "one" or "another", in any case: only then is a capitalized
// mention read for a person of a kind, and lowered.
func indefiniteOpener(mention string) bool {
	if mention == "" || mention[0]|0x20 != 'a' && mention[0]|0x20 != 'o' {
		return false // most mentions, told by their first letter
	}
	w, _, _ := strings.Cut(mention, " ")
	return equalFoldASCII(w, "a") || equalFoldASCII(w, "an") || equalFoldASCII(w, "one") || equalFoldASCII(w, "another")
}

// unnamedKinds are nouns of kinds of people that, in the singular after
// "a", "an", "one" or "another", describe a person whom the text does not
// name ([anonymousDescription]). A spokesman, a lawyer or a leader speaks
// on the record for others, and is not among them.
var unnamedKinds = newFoldSet(map[string]bool{
	"democrat": true, "republican": true, "conservative": true, "liberal": true, "voter": true,
	"resident": true, "reporter": true, "supporter": true, "user": true, "commenter": true,
	"reader": true, "caller": true, "activist": true, "veteran": true, "student": true,
	"worker": true, "organizer": true, "delegate": true, "superdelegate": true, "expert": true,
	"analyst": true, "critic": true, "opponent": true, "muslim": true, "guy": true, "boy": true,
	"girl": true, "protester": true, "demonstrator": true, "volunteer": true, "teacher": true,
	"parent": true, "farmer": true, "owner": true, "investor": true, "observer": true,
	"researcher": true, "scientist": true, "economist": true, "doctor": true, "nurse": true,
	"teenager": true, "immigrant": true, "refugee": true, "fan": true, "survivor": true,
	"victim": true, "patient": true, "customer": true, "pastor": true, "agent": true,
	"lobbyist": true, "fundraiser": true, "passenger": true, "viewer": true, "blogger": true,
})

// unnamedCompany are nouns of the people whom a source knows or meets,
// who are unnamed sources in the plural too: "friends of the mayor",
// "attendees said".
var unnamedCompany = newFoldSet(map[string]bool{
	"friend": true, "attendee": true, "participant": true, "acquaintance": true,
	"relative": true, "colleague": true, "neighbor": true,
})

// anonymityPhrases say that a source is not named.
var anonymityPhrases = [...]string{
	"condition of anonymity", "not authorized to", "declined to be identified",
	"asked not to be named", "asked not to be identified", "requested anonymity",
	"speaking anonymously", "spoke anonymously", "on background", "insisted on anonymity",
	"granted anonymity", "declined to be named", "not authorised to", "unnamed",
	"who would not be named", "on the condition that", "without being named",
}

// anonymityByte[i][c] holds a bit for each of anonymityPhrases whose byte
// i is c, for the first two bytes.
var anonymityByte = func() (t [2][128]uint32) {
	for k, p := range anonymityPhrases {
		t[0][p[0]] |= 1 << k
		t[1][p[1]] |= 1 << k
	}
	return t
}()

// anonymityMin is the length of the shortest of anonymityPhrases: a phrase
// takes at least as many bytes of a text, in whatever case it is written.
const anonymityMin = len("unnamed")

// anonymityCode numbers from 1 the bytes that anonymityPhrases hold, in
// either case; every other byte is 0.
var anonymityCode = func() (t [256]uint8) {
	n := uint8(0)
	for _, p := range anonymityPhrases {
		for _, c := range []byte(p) {
			if t[c] == 0 {
				n++
				t[c] = n
				if 'a' <= c && c <= 'z' {
					t[c-'a'+'A'] = n
				}
			}
		}
	}
	return t
}()

// anonymityShift[x][y] is how many places the search of [anonymousContext]
// moves on when the 8 bytes where it stands are ASCII and end with bytes of
// codes x and y: no phrase that starts at a place passed over holds them
// where they would fall in it. A phrase that starts on the 8th byte holds
// only that one, and the shortest, where the search stands, only the 7th.
// 0 means that a phrase may start where the search stands.
var anonymityShift = func() (t [32][32]uint8) {
	const n = 8 // the bytes read at once
	for x := range t {
		for y := range t[x] {
			t[x][y] = n
		}
	}
	// codes returns the codes the byte at o of p may have: its own, or any
	// where p does not reach o.
	codes := func(p string, o int) (lo, hi uint8) {
		if o < 0 || o >= len(p) {
			return 0, uint8(len(t))
		}
		return anonymityCode[p[o]], anonymityCode[p[o]] + 1
	}
	for _, p := range anonymityPhrases {
		for d := range n {
			o := n - 2 - d // where the two bytes fall in p for a phrase d places on
			x0, x1 := codes(p, o)
			y0, y1 := codes(p, o+1)
			for x := x0; x < x1; x++ {
				for y := y0; y < y1; y++ {
					t[x][y] = min(t[x][y], uint8(d))
				}
			}
		}
	}
	return t
}()

// unnamedContext is [anonymousContext] of sentence s, read once for all
// the mentions of a sentence.
func (e *entities) unnamedContext(s string) bool {
	if s != e.anonText {
		e.anonText, e.anon = s, anonymousContext(s)
	}
	return e.anon
}

// anonymousContext reports whether a sentence says its source is unnamed:
// whether strings.ToLower(s) holds one of anonymityPhrases. It lowers s a
// rune at a time as it reads, and so needs no copy of it. Where the 8
// bytes it reads at once are ASCII, the last two tell how far on a phrase
// may start, as in a Horspool search; the 8th, one past the shortest
// phrase, lets it move on as far as 8 places. Where they are not, the
// first rune that is not ASCII most often lowers to none either, and no
// phrase holds it: the search goes on past it. Only before a rune that
// lowers to an ASCII letter is each place asked in turn.
func anonymousContext(s string) bool {
	i := 0
	for i+8 <= len(s) {
		x := load8(s, i)
		if x&highBits == 0 {
			if d := anonymityShift[anonymityCode[byte(x>>48)]][anonymityCode[byte(x>>56)]]; d > 0 {
				i += int(d)
				continue
			}
			// The first two bytes tell most other places.
			if anonymityByte[0][lowerByte(s[i])]&anonymityByte[1][lowerByte(s[i+1])] == 0 {
				i++
				continue
			}
		} else if h := i + bits.TrailingZeros64(x&highBits)>>3; !lowersToASCII(s, h) {
			// A phrase that starts fewer than anonymityMin bytes before h
			// holds the rune at h, as one that starts at h does: none
			// does. Only one that starts where the search stands, with h
			// the last of the 8 bytes, may end before it.
			if h-i == anonymityMin && phraseAt(s, i) {
				return true
			}
			i = h + 1
			continue
		}
		if phraseAt(s, i) {
			return true
		}
		i++
	}
	// Fewer than 8 bytes are left: a phrase fits only where the last
	// anonymityMin start.
	return i+anonymityMin == len(s) && phraseAt(s, i)
}

// lowersToASCII reports whether s[i], a byte that is not ASCII, starts one
// of the two runes that unicode.ToLower makes ASCII: U+0130 (İ, to "i")
// and U+212A (the Kelvin sign, to "k").
func lowersToASCII(s string, i int) bool {
	switch s[i] {
	case 0xC4:
		return i+1 < len(s) && s[i+1] == 0xB0
	case 0xE2:
		return i+2 < len(s) && s[i+1] == 0x84 && s[i+2] == 0xAA
	}
	return false
}

// lowerByte returns the ASCII byte c in lower case.
func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// phraseAt reports whether one of anonymityPhrases starts at s[i] in
// strings.ToLower(s); the first two runes tell which may. No phrase starts
// inside a rune, where the rune read is an error.
func phraseAt(s string, i int) bool {
	if c := s[i]; c >= utf8.RuneSelf && c < 0xC0 {
		// Inside a rune, as most places are where the search meets one
		// ("’", "—"): no rune starts here, and none needs decoding.
		return false
	}
	r, size := lowerRuneAt(s, i)
	if r >= utf8.RuneSelf {
		return false
	}
	m := anonymityByte[0][r]
	if m != 0 && i+size < len(s) {
		if c, _ := lowerRuneAt(s, i+size); c < utf8.RuneSelf {
			m &= anonymityByte[1][c]
		}
	}
	for ; m != 0; m &= m - 1 {
		if p := anonymityPhrases[bits.TrailingZeros32(m)]; hasLowerPrefix(s[i+size:], p[1:]) {
			return true
		}
	}
	return false
}

// lowerRuneAt returns the rune at s[i] as strings.ToLower writes it, and
// its width in s.
func lowerRuneAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return rune(c), 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return unicode.ToLower(r), size
}

// hasLowerPrefix reports whether strings.ToLower(s) starts with the ASCII
// string p.
func hasLowerPrefix(s, p string) bool {
	i := 0
	for k := 0; k < len(p); k++ {
		if i >= len(s) {
			return false
		}
		r, size := lowerRuneAt(s, i)
		if r != rune(p[k]) {
			return false
		}
		i += size
	}
	return true
}

// headWord returns the head noun of a description's words: the last word
// before a preposition or relative pronoun ("a person close to the
// negotiations" → "person").
func headWord(words []string) string {
	for i := 1; i < len(words); i++ {
		switch words[i] {
		case "of", "for", "at", "with", "in", "from", "close", "familiar", "who", "that", "which", "near", "on":
			return trimCommaPeriod(words[i-1])
		}
	}
	return trimCommaPeriod(words[len(words)-1])
}

// appendFields appends the words of s, as strings.Fields splits them, to
// dst: a caller with room for them on the stack allocates nothing.
func appendFields(dst []string, s string) []string {
	for f := range strings.FieldsSeq(s) {
		dst = append(dst, f)
	}
	return dst
}

// appendLowerFields appends the words of s in lower case, as
// appendFields(dst, lowerASCII(s)) would. A word in lower case is a piece
// of s, and so is the capitalized word that opens most descriptions ("The
// company", "A spokesman"): only another word with a capital is copied.
//
// Another word with a capital is a piece of s in lower case, which is
// made once, for all of them: "a Republican Senate aide".
func appendLowerFields(dst []string, s string) []string {
	var buf [16]Span
	lower := "" // s in lower case, once a word needs it
	for _, sp := range fieldSpans(buf[:0], s, 0, len(s)) {
		f := s[sp.Start:sp.End]
		if 'A' <= f[0] && f[0] <= 'Z' {
			if l, ok := openingWords[f]; ok {
				dst = append(dst, l)
				continue
			}
		}
		if hasUpperASCII(f) {
			if lower == "" {
				lower = lowerASCII(s)
			}
			f = lower[sp.Start:sp.End]
		}
		dst = append(dst, f)
	}
	return dst
}

// hasUpperASCII reports whether w holds an ASCII capital, which
// lowerASCII changes.
func hasUpperASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// openingWords map the capitalized words that open most descriptions to
// their lower case.
var openingWords = func() map[string]string {
	m := make(map[string]string)
	for _, w := range strings.Fields("the a an this that these those his her its their two three several some many most one another other both each every all any no our my your") {
		m[strings.ToUpper(w[:1])+w[1:]] = w
	}
	return m
}()

// pluralForm reports whether w looks like a plural, or a verb in -s:
// "officials", "says"; not "press".
func pluralForm(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

func singular(w string) string {
	switch w {
	case "people":
		return "person"
	case "allies":
		return "ally"
	}
	if pluralForm(w) {
		return w[:len(w)-1]
	}
	return w
}

// lastWord returns the last of the words of s that strings.Fields splits
// it into, or "". A word of ASCII after an ASCII space, with only such
// spaces after it, is read back from the end of s; others are split.
func lastWord(s string) string {
	end := len(s)
	for end > 0 && asciiClass[s[end-1]] == aSpace {
		end--
	}
	for start := end; ; start-- {
		if start == 0 || asciiClass[s[start-1]] == aSpace {
			return s[start:end]
		}
		if asciiClass[s[start-1]] == aOther {
			break // a rune that may be a space
		}
	}
	last := ""
	for f := range strings.FieldsSeq(s) {
		last = f
	}
	return last
}

// firstNameGender is a small table of common English first names. A name
// missing from it leaves the gender to titles and pronouns.
var firstNameGender = buildFirstNames()

func buildFirstNames() map[string]gender {
	m := make(map[string]gender)
	for _, n := range strings.Fields(`james john robert michael william david richard joseph thomas charles
		christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian
		george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry
		justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
		tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian
		keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy
		joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene
		russell bobby mason philip louis bernie ted marco mike jeb chris rand ben barack bill tim newt
		mitch lindsey rudy reince rick hillary tom jim bob dan ron steve tony rob pat sam nick lars
		hans carlos luis miguel pedro ahmed mohammed omar ali vladimir sergei dmitri boris xi li
		wang kim jean pierre francois emmanuel angela theresa boris justin narendra recep benjamin
		jared corey kellyanne hope stephen sean reince paul chuck nancy elizabeth bernie
		jake greg jeff ken josh matt nate andy ed eddie fred ray ross stan todd troy glenn hank ian
		ivan jay joel jon kurt leon luke marty max neil phil rex rod russ seth shawn vince walt wes
		zach alec brett colin craig curtis darren derek devin doug duncan dwight earl elliot evan
		felix floyd garrett gavin gene hector hugh isaac jamal jeremiah jerome jimmy joey johnny
		jonah julian lance leo lloyd lucas malcolm manuel marcus mario marvin maurice micah neal
		oliver oscar owen rafael ramon reggie ricardo ricky rodney shane simon stuart terrence
		theodore tommy trevor victor wesley xavier pete
		beau gerard gonzalo cornel cornell reid harry dick orrin mitt lamar thad trent kirk lyndon
		rahm deval hakeem tavis don glen herb herbert howard jorge julio leonard lester
		lonnie luther marc milton mitchell morris nelson norman otis preston reed rudolph rufus
		salvador sergio sherman spencer terrell tobias travis tyrone warren willard wilbur
		winston alfred allen alvin andre antonio barry bernard bradley brad bret calvin cecil
		chad chester clarence claude clayton clifford conrad darrell darryl dave derrick dominic
		donnie dustin edgar edwin elliott emilio enrique ernest ernesto fernando francis
		francisco franklin gilbert gordon herman horace irving javier jeffery julius karl
		leroy lewis lionel lorenzo lyle marshall martin mel melvin myron nathaniel nolan orville pablo
		percy randall reginald roland ronnie ruben sammy santiago sebastian shaun sonny stanley stefan
		sylvester teddy terrance tomas vernon wallace woodrow zack ahmad hassan hussein karim mustafa
		abdul bashar hamid yusuf moshe avi yitzhak shimon benny jens olaf sven klaus juergen wolfgang
		gerhard helmut jacques alain michel giuseppe giovanni matteo silvio paolo luigi shinzo hiroshi
		akira rodrigo jair andres felipe mauricio evo fidel raul alexei mikhail yuri viktor petro
		volodymyr ehud tucker mick`) {
		m[n] = male
	}
	for _, n := range strings.Fields(`mary patricia jennifer linda elizabeth barbara susan jessica sarah
		karen lisa nancy betty margaret sandra ashley kimberly emily donna michelle carol amanda dorothy
		melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda
		pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria
		heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith
		megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice
		jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa
		diana natalie brittany charlotte marie kayla alexis lori hillary chelsea ivanka melania michele
		kellyanne carly nikki sarah hope huma donna elizabeth nancy condoleezza madeleine ana rita nadia
		ingrid maya priya fatima aisha sofia elena olga irina anastasia marine theresa angela
		jane kate katie kathy liz beth sue jill julia claire ellen erin tina tara lynn gina alyssa
		allison becky bonnie brooke caitlin carla carrie cathy cindy colleen connie courtney debbie
		dolores eileen elaine ella eva gail gwen holly jackie joanne jodi kara kristen kristin leah
		leslie lily lucy mandy marcia marsha meghan melanie mia molly monica nina paula peggy penny
		sally shannon sheila stacy tammy tanya tracy valerie vanessa vicki wendy yvonne zoe elise
		jeanne patty kirsten maxine dianne
		megyn greta deja neera jillian gretchen susana susanna loretta sonia sonya hilary jeanine
		jeanette kamala heidi mazie nydia alexandria ilhan rashida ayanna tulsi stacey gabby gabrielle
		joni shelley kristi kristie kristina kaitlyn kendra keisha latoya tamika tiffany toni
		trisha ursula vera veronica vivian wanda whitney yolanda alicia alison allyson angelina
		anita annette annie antoinette audrey bernadette bertha bethany brandy bridget candace
		carmen caroline cassandra cecilia celeste charlene claudia constance daisy darlene della delores
		edith edna eleanor elisa eliza elsie emilia erica erika esther ethel eunice felicia fiona
		gabriela geraldine gladys gwendolyn harriet jasmine jenna jenny jocelyn
		josephine juanita justine karla katharine katy kelsey kristy laurie leticia lillian lois lorraine
		louise lucia lucille lydia mabel marcy margarita margo marian marianne marjorie marlene maureen
		melinda meredith mildred minnie miranda miriam myrna nadine naomi natasha nora norma phyllis
		priscilla rachael ramona renee rhonda roberta robyn rochelle rosa rosalind rosemary
		roxanne sabrina selena serena sherri sheryl silvia sonja stella sylvia tabitha tamara terri
		thelma tonya vickie yvette betsy christiane frauke segolene nicola arlene michaela ayaan
		hoda katty`) {
		m[n] = female
	}
	return m
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
