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

// tokKind tells words from punctuation and quotation marks.
type tokKind uint8

const (
	tWord  tokKind = iota + 1
	tPunct         // one rune of punctuation or a symbol
	tOpen          // an opening quotation mark
	tClose         // a closing quotation mark
)

// A token is a word, a punctuation rune or a quotation mark of a paragraph.
type token struct {
	Span
	kind  tokKind
	cap   bool // the first rune is upper case
	depth int8 // how many quotations the token is inside (marks: the quotation they open or close)
	r     rune // for punctuation and marks, the rune
	lex   lexeme
}

// A lexeme is what the lexicons say of a word. The analysis asks it of the
// same words again and again; a token carries it, looked up once. It is
// packed so that a token stays 32 bytes long.
type lexeme struct {
	class       wordClass // classOfWord of the word, for words; otherClosed for other tokens
	flags       lexFlags
	cue         uint16 // 1 + the index in cueVerbs of lookupCue's answer, or 0
	titleGender gender // genderOfTitle of the word
	nameGender  gender // firstNameGender of the word
	// role is 1 + the index in roleNames of the title a description can
	// name a person by ("senator" for "sen"), or 0; rank is what the word
	// does to a role after it ("vice", "former"). They fill the lexeme to
	// eight bytes, which are copied in one move rather than two.
	role uint8
	rank titleRank
}

// lexFlags say which word lists hold a word.
type lexFlags uint8

const (
	inAbbreviations lexFlags = 1 << iota
	inSentenceStarters
	inTitles
	inOrgWords
	inCueNouns
	// inFrameWords: the word can start a frame of reported speech — a form
	// of a reporting verb, a cue noun, "according" or "reportedly" — so that its
	// paragraph needs more than a scan for names.
	inFrameWords
	// inCommonHeads: the word's singular is one of anonymousHeads or
	// descriptionHeads, a common noun that heads descriptions of sources.
	inCommonHeads
	// inFindings: the word's singular is one of findings, what a report
	// comes from when it states what was found: "polls", "the data".
	inFindings
)

func (lx *lexeme) abbr() bool    { return lx.flags&inAbbreviations != 0 }
func (lx *lexeme) starter() bool { return lx.flags&inSentenceStarters != 0 }
func (lx *lexeme) title() bool   { return lx.flags&inTitles != 0 }
func (lx *lexeme) org() bool     { return lx.flags&inOrgWords != 0 }
func (lx *lexeme) cueNoun() bool { return lx.flags&inCueNouns != 0 }
func (lx *lexeme) frame() bool   { return lx.flags&inFrameWords != 0 }

// lexicon holds the words of the lexicons that a token carries, in lower
// case, with their lexemes; cueVerbs lists the reporting verbs they refer
// to.
var lexicon, cueVerbs = buildLexicon()

func buildLexicon() (wordTable, []cueVerb) {
	m := make(map[string]lexeme)
	set := func(w string, f func(*lexeme)) {
		lx := m[w]
		f(&lx)
		m[w] = lx
	}
	for w, c := range wordClasses {
		set(w, func(lx *lexeme) { lx.class = c })
	}
	var verbs []cueVerb
	for _, f := range slices.Sorted(maps.Keys(cueLexicon)) {
		v := cueLexicon[f]
		i := slices.Index(verbs, v)
		if i < 0 {
			i = len(verbs)
			verbs = append(verbs, v)
		}
		set(f, func(lx *lexeme) { lx.cue = uint16(i + 1) })
	}
	for _, list := range []struct {
		words map[string]bool
		flag  lexFlags
	}{
		{abbreviations, inAbbreviations}, {sentenceStarters, inSentenceStarters},
		{titles, inTitles}, {orgWords, inOrgWords}, {cueNouns, inCueNouns},
	} {
		for w, ok := range list.words {
			if ok {
				set(w, func(lx *lexeme) { lx.flags |= list.flag })
			}
		}
	}
	for w, lx := range m {
		if lx.cue != 0 || lx.cueNoun() || w == "according" {
			lx.flags |= inFrameWords
			m[w] = lx
		}
	}
	set("reportedly", func(lx *lexeme) { lx.flags |= inFrameWords })
	// A word has one of the heads for its singular when it is the head or
	// the head and an s, or else "people" or "allies" (see singular).
	for _, heads := range []map[string]bool{anonymousHeads, descriptionHeads} {
		for h := range heads {
			for _, w := range []string{h, h + "s", "people", "allies"} {
				if s := singular(w); anonymousHeads[s] || descriptionHeads[s] {
					set(w, func(lx *lexeme) { lx.flags |= inCommonHeads })
				}
			}
		}
	}
	for f := range findings {
		for _, w := range []string{f, f + "s"} {
			if findings[singular(w)] {
				set(w, func(lx *lexeme) { lx.flags |= inFindings })
			}
		}
	}
	for w, g := range genderOfTitle {
		set(w, func(lx *lexeme) { lx.titleGender = g })
	}
	for w, full := range roleTitles {
		i := slices.Index(roleNames, full)
		set(w, func(lx *lexeme) { lx.role = uint8(i + 1) })
	}
	for w, r := range titleRanks {
		set(w, func(lx *lexeme) { lx.rank = r })
	}
	for w, g := range firstNameGender {
		set(w, func(lx *lexeme) { lx.nameGender = g })
	}
	return *newWordTable(m), verbs
}

// lookupWord returns the lexeme of the word text[lo:hi]: the lexicon's, or
// one of classLexemes. A lexeme is given by pointer, and copied in one move
// of its eight bytes: given by value, it would be seven fields, each
// moved apart at each call it is passed through.
func lookupWord(text string, lo, hi int) *lexeme {
	if e := lexicon.entryAt(text, lo, hi); e != &lexicon.entries[0] {
		// A key of the lexicons with an apostrophe ("network's") has
		// the class classOfContraction gives it (a test sees to it), so
		// the class found under a key is the word's either way.
		return &e.lex
	}
	return &classLexemes[classOfContraction(text[lo:hi])]
}

// classLexemes holds, for each word class, the lexeme of a word of that
// class that the lexicon lacks: the class is all that is known of it.
var classLexemes = func() (l [otherClosed + 1]lexeme) {
	for c := range l {
		l[c].class = wordClass(c)
	}
	return l
}()

// verb returns the reporting verb that lx is a form of.
func (lx *lexeme) verb() (cueVerb, bool) {
	if lx.cue == 0 {
		return cueVerb{}, false
	}
	return cueVerbs[lx.cue-1], true
}

// A wordTable maps lower-case words to lexemes, and finds a word in any
// ASCII case without copying it. Every word of the text is looked up once;
// a map would want the word lowered into a buffer and hashed again, and
// costs several times as much as this open-addressed table, whose hash
// folds case as it goes and reads a word eight bytes at a time.
type wordTable struct {
	// slots holds the index in entries of the word hashed there, or 0,
	// an empty slot. Its length is fixed, so that finding a word's slot
	// takes a constant shift and no bounds check.
	slots [tableSlots]uint16
	// entries holds the words from entries[1] on. Its length is fixed
	// too, a power of two (a test sees that the lexicon fits), so that
	// an index read from slots is masked rather than checked.
	entries [tableEntries]tableEntry
	// tails holds, for the entry of a word of more than eight bytes, its
	// bytes from the ninth on as foldHash reads them, zero-padded: no
	// word has more than fifteen (a test sees to it), so that a word is
	// told by its head and tail without reading its key.
	tails [tableEntries]uint64
	// joints tells where the words with an apostrophe, hyphen, ampersand,
	// period or comma have the first: bit n of joints[p] is set for a
	// word of n bytes that has one at p. No word has more than fifteen
	// bytes.
	joints  [16]uint16
	keys    []string // the words of entries, as many as there are
	longest int
}

// A tableEntry is a word of a wordTable with its lexeme. The head tells
// a word of up to eight ASCII letters and digits from every other without
// reading the key: its zero bytes tell the length, and the high bit of a
// longer word's head, which no such byte has, keeps them apart. So an
// entry is sixteen bytes, four to a cache line, and a word's lookup reads
// fewer lines. entries[0] is no word: it stands for an empty slot, with a
// zero lexeme.
type tableEntry struct {
	// head is the first eight bytes of the word, as foldHash reads them,
	// or'ed with longHead for a word of more than eight bytes.
	head uint64
	lex  lexeme
}

// longHead marks the head of a word longer than eight bytes.
const longHead = 1 << 63

// tableBits sets the number of a wordTable's slots: some twenty for each
// word of the lexicon, and at least four (a test sees to it), so that
// most words are told by the first slot looked at. A word not in the
// lexicon lands on a taken slot one time in twenty: the lookups that
// probe on, with half as many slots, cost more than the slots' larger
// share of the cache; with twice as many, no less.
const (
	tableBits    = 15
	tableSlots   = 1 << tableBits
	tableEntries = 1 << 12
)

// slot returns the slot of the hash h.
func slot(h uint64) uint64 { return h >> (64 - tableBits) }

func newWordTable(m map[string]lexeme) *wordTable {
	t := &wordTable{keys: []string{""}}
	for _, w := range slices.Sorted(maps.Keys(m)) {
		h, head := foldHash(w)
		if len(w) > 8 {
			head |= longHead
		}
		i := slot(h)
		for t.slots[i] != 0 {
			i = (i + 1) % tableSlots
		}
		t.slots[i] = uint16(len(t.keys))
		t.entries[len(t.keys)] = tableEntry{head: head, lex: m[w]}
		if len(w) > 8 {
			_, t.tails[len(t.keys)] = foldHashAt(w, 8, len(w))
		}
		if p := strings.IndexAny(w, "'-&.,"); p >= 0 && len(w) < 16 {
			t.joints[p] |= 1 << len(w)
		}
		t.keys = append(t.keys, w)
		t.longest = max(t.longest, len(w))
	}
	return t
}

// mayHoldJoined reports whether the table may hold a word of n bytes whose
// first apostrophe, hyphen, ampersand, period or comma is at p: whether
// one of its words has the same length and one of these at the same
// place. Few words have one, and most joined words need not be looked up.
func (t *wordTable) mayHoldJoined(p, n int) bool {
	return p < n && n < len(t.joints) && t.joints[p]&(1<<n) != 0
}

// lookup returns the lexeme of the word that equals w in lower case.
func (t *wordTable) lookup(w string) (lexeme, bool) { return t.lookupAt(w, 0, len(w)) }

// lookupAt is lookup of the word text[lo:hi]. A word inside a longer
// text is read eight bytes at a time to its end.
func (t *wordTable) lookupAt(text string, lo, hi int) (lexeme, bool) {
	e := t.entryAt(text, lo, hi)
	return e.lex, e != &t.entries[0]
}

// entryAt returns the entry of the word text[lo:hi], or entries[0] when
// the table lacks it.
func (t *wordTable) entryAt(text string, lo, hi int) *tableEntry {
	if n := hi - lo; 0 < n && n < 8 && lo+8 <= len(text) {
		h, head := foldHashShort(text, lo, n) // most words, with no call
		return t.find(text[lo:hi], h, head)
	}
	if hi-lo > t.longest || hi <= lo {
		return &t.entries[0]
	}
	h, head := foldHashAt(text, lo, hi)
	return t.find(text[lo:hi], h, head)
}

// find returns the entry of the word w, whose foldHash is h and head, or
// entries[0] when the table lacks it. w is not empty.
//
// Whether a word is in the table is a toss-up, but the first slot looked
// at most often settles it either way: that is told by one branch.
func (t *wordTable) find(w string, h, head uint64) *tableEntry {
	if len(w) > 8 {
		head |= longHead
	}
	for i := slot(h); ; i = (i + 1) % tableSlots {
		k := t.slots[i]
		e := &t.entries[k%tableEntries]
		// Zero when the slot is empty, or holds w's head: then the key's
		// length is compared, and its bytes from the eighth on, which
		// longHead may hide.
		if min(e.head^head, uint64(k)) == 0 {
			if k == 0 || len(w) <= 8 && len(w) == len(t.keys[k]) || len(w) > 8 && equalFoldASCII(w[7:], t.keys[k][7:]) {
				return e
			}
		}
	}
}

// Words are hashed eight bytes at a time: the bytes, in lower case, make
// a number that is mixed into the hash by a multiplication. The hash
// starts at zero, so that a word of up to eight bytes is hashed by one
// multiplication alone.
const hashMul = 0x9e3779b97f4a7c15

// foldHash returns the hash of w with ASCII letters in lower case, and its
// head: the first eight bytes so lowered, zero-padded, as a little-endian
// number. Each eight bytes are mixed in, and then whatever is left, which
// may be nothing: so [asciiWord] reads a word.
func foldHash(w string) (h, head uint64) { return foldHashAt(w, 0, len(w)) }

// foldHashAt is foldHash of text[lo:hi], which reads the bytes of text past
// hi, when there are eight, rather than a byte at a time.
func foldHashAt(text string, lo, hi int) (h, head uint64) {
	if n := hi - lo; n < 8 && lo+8 <= len(text) {
		return foldHashShort(text, lo, n) // most words
	}
	for i := lo; ; i += 8 {
		x := load8(text, i)
		if n := hi - i; n < 8 {
			x &= 1<<(8*uint(n)) - 1
		}
		c := foldBytes(x)
		if i == lo {
			head = c
		}
		h = (h ^ c) * hashMul
		if hi-i < 8 {
			return h, head
		}
	}
}

// foldHashShort is foldHashAt of the word of n bytes at text[lo], fewer
// than eight, with eight bytes of text to read there: the one round of its
// loop, written out.
func foldHashShort(text string, lo, n int) (h, head uint64) {
	head = foldBytes(binary.LittleEndian.Uint64([]byte(text[lo:lo+8])) & (1<<(8*uint(n)) - 1))
	return head * hashMul, head
}

// foldBytes returns the eight bytes x with the ASCII capitals in lower
// case: the high bit of each byte from A to Z is moved to the bit that
// makes it lower case.
func foldBytes(x uint64) uint64 {
	y := x &^ highBits
	upper := (y + (0x80-'A')*oneBits) &^ (y + (0x80-'Z'-1)*oneBits) &^ x & highBits
	return x | upper>>2
}

// asciiWord returns the end of the run of ASCII letters and digits that
// starts at text[i], not past hi, and the lexicon's entry for the run
// (entries[0] when the lexicon lacks it). It reads eight bytes at a time
// and tells which are letters or digits all at once, so that a word's
// length costs no branch per byte; the run is hashed as foldHash hashes
// it, and looked up in the same pass.
func asciiWord(text string, i, hi int) (int, *tableEntry) {
	h, j, head := uint64(0), i, uint64(0)
	for {
		c, n := wordBytes(load8(text, j))
		if j+n > hi {
			// A word never runs past its paragraph.
			n = hi - j
			c &= 1<<(8*uint(n)) - 1
		}
		if j == i {
			head = c
		}
		h = (h ^ c) * hashMul
		j += n
		if n < 8 {
			break
		}
	}
	// The first slot settles most words, found or not, as in find: the
	// head alone tells a run of up to eight bytes (see tableEntry).
	t := &lexicon
	k := t.slots[slot(h)]
	if e := &t.entries[k%tableEntries]; min(e.head^head, uint64(k)) == 0 && (j-i <= 8 || k == 0) {
		return j, e
	}
	return j, t.find(text[i:j], h, head)
}

// wordBytes returns the ASCII letters and digits that the eight bytes x
// start with, in lower case and with zeros after them, and how many there
// are. Each byte's high bit says whether it lies in a range: the byte plus
// 0x80 less the range's bound carries into the high bit when it is at
// least that bound. An ASCII byte carries into no other; a byte of 0x80
// or more may carry into the next one, but it ends the word, so that no
// byte after it counts.
func wordBytes(x uint64) (uint64, int) {
	l := x | 0x20*oneBits // upper case to lower, digits unchanged
	// Past the lower bound and not past the upper: the upper bound is
	// the greater, so the high bits differ just when the byte is in the
	// range.
	letter := (l + (0x80-'a')*oneBits) ^ (l + (0x80-'z'-1)*oneBits)
	digit := (x + (0x80-'0')*oneBits) ^ (x + (0x80-'9'-1)*oneBits)
	// The high bit of each byte that ends the word: no letter or digit,
	// or no ASCII at all.
	end := ((letter | digit) ^ highBits | x) & highBits
	// The bits below the lowest of end, less the seven below the byte that
	// ends the word: the bytes before it. When no byte does, all of them;
	// the shift is signed so that the top byte is kept.
	keep := uint64(int64((end-1)&^end) >> 7)
	return l & keep, bits.TrailingZeros64(end) >> 3
}

// oneBits and highBits have the lowest and the highest bit of each of
// eight bytes set: a byte repeated eight times is the byte times oneBits.
const (
	oneBits  = 0x0101010101010101
	highBits = 0x8080808080808080
)

// load8 returns the eight bytes at text[i] as a little-endian number,
// with zeros for those past the end of text.
func load8(text string, i int) uint64 {
	if i+8 > len(text) {
		return loadTail(text, i)
	}
	// The bytes are only read: the conversion copies nothing.
	return binary.LittleEndian.Uint64([]byte(text[i : i+8]))
}

// loadTail is load8 near the end of text, kept apart so that load8 is
// small enough to be inlined.
func loadTail(text string, i int) uint64 {
	var x uint64
	for k := len(text) - 1; k >= i; k-- {
		x = x<<8 | uint64(text[k])
	}
	return x
}

// lookupFold returns m[lowerASCII(w)], without allocating for a word that
// can be a key: the keys of the lexicons are short and in lower case.
func lookupFold[V any](m map[string]V, w string) (V, bool) {
	var buf [32]byte
	if len(w) > len(buf) {
		v, ok := m[lowerASCII(w)]
		return v, ok
	}
	n := copy(buf[:], w)
	for i := range n {
		if 'A' <= buf[i] && buf[i] <= 'Z' {
			buf[i] += 'a' - 'A'
		}
	}
	v, ok := m[string(buf[:n])]
	return v, ok
}

// inFold reports whether set holds w in lower case: what
// set[lowerASCII(w)] would be of the words the set was made of.
func inFold(set *foldSet, w string) bool { return set.hasAt(w, 0, len(w)) }

// A foldSet is a small set of lower-case words that, as a wordTable does,
// finds a word in any ASCII case without copying it: a map would want the
// word lowered into a buffer and hashed again, which costs several times
// as much as this open-addressed table of the words' foldHash.
type foldSet struct {
	// heads holds, for each slot, the head of the word hashed there, as
	// foldHash returns it, or 0 for an empty slot (no word's head is 0),
	// and keys the word. There are at least four times as many slots as
	// words, so that most words the set lacks are told by the first.
	heads   []uint64
	keys    []string
	shift   uint     // a hash shifted right by shift is its slot
	words   []string // the words, in order
	longest int
	// firsts holds a bit for each letter that a word starts with, bit 0
	// for "a": a word the set lacks most often starts with another, told
	// with no hash.
	firsts uint32
}

// newFoldSet returns the set of the words that set holds: its keys with
// the value true, which are to be in lower case.
func newFoldSet(set map[string]bool) *foldSet {
	n := 16
	for n < 4*len(set) {
		n *= 2
	}
	f := &foldSet{heads: make([]uint64, n), keys: make([]string, n), shift: uint(64 - bits.TrailingZeros(uint(n)))}
	for _, w := range slices.Sorted(maps.Keys(set)) {
		if !set[w] {
			continue
		}
		h, head := foldHash(w)
		if head == 0 || lowerASCII(w) != w {
			panic("foldSet: a word that is empty or not in lower case: " + w)
		}
		i := h >> f.shift
		for f.heads[i] != 0 {
			i = (i + 1) & uint64(n-1)
		}
		f.heads[i], f.keys[i] = head, w
		f.words = append(f.words, w)
		f.longest = max(f.longest, len(w))
		if c := w[0] - 'a'; c < 26 {
			f.firsts |= 1 << c
		}
	}
	return f
}

// hasAt reports whether the set holds the word text[lo:hi] in lower
// case.
func (f *foldSet) hasAt(text string, lo, hi int) bool { return f.find(text, lo, hi) >= 0 }

// holdsAt reports whether the set holds the word text[lo:hi] as it is
// written, in lower case: what set[text[lo:hi]] would be.
func (f *foldSet) holdsAt(text string, lo, hi int) bool {
	i := f.find(text, lo, hi)
	return i >= 0 && text[lo:hi] == f.keys[i]
}

// holds reports whether the set holds w as it is written: what set[w]
// would be.
func (f *foldSet) holds(w string) bool { return f.holdsAt(w, 0, len(w)) }

// find returns the slot of the word text[lo:hi] in lower case, or -1. A
// word of the text is hashed eight bytes at a time, as it is read in
// place: a copy of it would be read a byte at a time. Two words of the
// same length and head are equal in their first eight bytes, and only a
// longer word's others are compared.
func (f *foldSet) find(text string, lo, hi int) int {
	n := hi - lo
	if n <= 0 || n > f.longest {
		return -1
	}
	if c := (text[lo] | 0x20) - 'a'; c < 26 && f.firsts&(1<<c) == 0 {
		return -1 // a letter no word starts with, in either case
	}
	var h, head uint64
	if n < 8 && lo+8 <= len(text) {
		h, head = foldHashShort(text, lo, n) // most words, with no call
	} else {
		h, head = foldHashAt(text, lo, hi)
	}
	mask := uint64(len(f.heads) - 1)
	for i := h >> f.shift; ; i = (i + 1) & mask {
		switch f.heads[i] {
		case 0:
			return -1
		case head:
			if k := f.keys[i]; len(k) == n && (n <= 8 || equalFoldASCII(text[lo+8:hi], k[8:])) {
				return int(i)
			}
		}
	}
}

// tokenNotes are what [tokenize] notes of a paragraph's tokens as it makes
// them, so that the passes after it need not read every token again.
type tokenNotes struct {
	// ends holds the indices of the tokens that may end a sentence:
	// . ? ! … and the words that end in a period (U.S.).
	ends []int32
	// frames holds the indices of the words that may start a frame of
	// reported speech: [lexeme.frame].
	frames []int32
	// opens holds the indices of the marks that open a quotation outside
	// any other, and closes those of the marks that close one.
	opens, closes []int32
	// commas holds the indices of the commas and semicolons, after which
	// a pronoun may open a clause: "On Monday, he said".
	commas []int32
	// commaAt is the index in commas of the first comma that
	// [entities.scan] has not read: it reads the sentences in order.
	commaAt int
	// marked reports whether a quotation mark or a colon is among the
	// tokens.
	marked bool
}

// punct appends to toks the punctuation r of size bytes at text[i], at
// quotation depth d, and notes what it is: a possible sentence end, or a
// colon, which can introduce a quotation.
func (n *tokenNotes) punct(toks []token, i, size int, r rune, d int8) []token {
	switch r {
	case '.', '?', '!', '…':
		n.ends = append(n.ends, int32(len(toks)))
	case ':':
		n.marked = true
	case ',', ';':
		n.commas = append(n.commas, int32(len(toks)))
	}
	return append(toks, token{Span: Span{i, i + size}, kind: tPunct, r: r, depth: d, lex: lexeme{class: otherClosed}})
}

// reset empties n, keeping its buffers.
func (n *tokenNotes) reset() {
	n.ends, n.frames, n.opens, n.closes, n.commas, n.marked = n.ends[:0], n.frames[:0], n.opens[:0], n.closes[:0], n.commas[:0], false
	n.commaAt = 0
}

// tokenize appends the tokens of text[lo:hi] to toks, and notes them in
// notes. marks holds the quotation marks of the whole text in order; *mi
// is the index of the first one not yet passed, and advances.
//
// Most of a text is ASCII letters and spaces: a word of ASCII letters and
// digits alone is read, hashed for the lexicon and looked up in one pass,
// and a punctuation byte needs no decoding.
func tokenize(toks []token, notes *tokenNotes, text string, lo, hi int, marks []mark, mi *int, depth *int) []token {
	m := *mi
	next := hi // where the next mark lies, or hi
	if m < len(marks) && marks[m].pos < hi {
		next = marks[m].pos
	}
	d := int8(min(*depth, 127))
	i := lo
	for i < hi {
		if i < next && text[i] < utf8.RuneSelf {
			if toks, i = plainRun(toks, notes, text[:next], i, d); i >= hi {
				break
			}
		}
		c := text[i]
		if c == ' ' {
			i++ // the commonest byte, and never a mark
			continue
		}
		if i >= next {
			// Resolved quotation marks first: they are tokens of their own.
			for m < len(marks) && marks[m].pos < i {
				m++
			}
			next = hi
			if m < len(marks) && marks[m].pos == i {
				mk := marks[m]
				m++
				if m < len(marks) && marks[m].pos < hi {
					next = marks[m].pos
				}
				r, _ := utf8.DecodeRuneInString(text[i:])
				t := token{Span: Span{i, i + mk.size}, r: r, lex: lexeme{class: otherClosed}}
				// The scan knows each mark's level; a closing mark may end
				// inner quotations left open too.
				if mk.open {
					*depth = mk.level
					t.kind = tOpen
				} else {
					*depth = mk.level - 1
					t.kind = tClose
				}
				d = int8(min(*depth, 127))
				t.depth = int8(min(mk.level, 127))
				if t.depth == 1 {
					if t.kind == tOpen {
						notes.opens = append(notes.opens, int32(len(toks)))
					} else {
						notes.closes = append(notes.closes, int32(len(toks)))
					}
				}
				toks = append(toks, t)
				notes.marked = true
				i += mk.size
				continue
			}
			if m < len(marks) && marks[m].pos < hi {
				next = marks[m].pos
			}
		}
		if c < utf8.RuneSelf {
			upper := 'A' <= c && c <= 'Z'
			if !upper && !('a' <= c && c <= 'z') && !('0' <= c && c <= '9') {
				if isSpaceRune(rune(c)) {
					i++
					continue
				}
				toks = notes.punct(toks, i, 1, rune(c), d)
				i++
				continue
			}
			// A word: its ASCII letters and digits, hashed as foldHash
			// hashes them, and looked up at once unless it goes on past
			// them.
			j, e := asciiWord(text, i, hi)
			// The token is written in place, field by field: a token put
			// together aside and copied in stalls on its narrow stores.
			toks = slices.Grow(toks, 1)
			toks = toks[:len(toks)+1]
			t := &toks[len(toks)-1]
			if j < hi && !plainWordEnd(text[j]) && !spaceAfter(text, j, hi) {
				if end := wordEnd(text, i, j, hi, marks, m); end != j {
					j = end
					t.lex = *lookupWord(text, i, j)
					if text[j-1] == '.' {
						notes.ends = append(notes.ends, int32(len(toks)-1))
					}
				} else {
					// wordEnd ran on no further ("Smith,”"): the word is
					// its letters and digits alone, as looked up.
					t.lex = e.lex
				}
			} else {
				// Most often a space, or a comma or a period and a space,
				// after the word: it is its letters alone, as looked up.
				t.lex = e.lex
			}
			t.Span = Span{i, j}
			t.kind, t.cap, t.depth, t.r = tWord, upper, d, 0
			if t.lex.frame() {
				notes.frames = append(notes.frames, int32(len(toks)-1))
			}
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:hi])
		if isSpaceRune(r) {
			i += size
			continue
		}
		if !isWordRune(r) {
			toks = notes.punct(toks, i, size, r, d)
			i += size
			continue
		}
		end := wordEnd(text, i, i, hi, marks, m)
		lx := *lookupWord(text, i, end)
		if text[end-1] == '.' {
			notes.ends = append(notes.ends, int32(len(toks)))
		}
		if lx.frame() {
			notes.frames = append(notes.frames, int32(len(toks)))
		}
		toks = append(toks, token{Span: Span{i, end}, kind: tWord, cap: unicode.IsUpper(r), depth: d, lex: lx})
		i = end
	}
	*mi = m
	return toks
}

// firstTokenAt returns the index of the first of toks, which are in
// order, that starts at or after pos, or len(toks).
func firstTokenAt(toks []token, pos int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if toks[m].Start < pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// quickRun is plainRun for the commonest tokens: words of ASCII letters
// and digits that a space, or a comma or period and a space, or other
// plain ASCII ends, and ASCII punctuation. It stops, and returns where,
// at any other token, and where toks or a note has no room left: that one
// is plainRun's to read. It calls nothing, so that what it keeps in
// registers is not saved and restored around each token. A word's end is
// read before the word is looked up: where it goes on, the word is looked
// up whole, by plainRun.
func quickRun(toks []token, notes *tokenNotes, text string, i int, d int8) ([]token, int) {
loop:
	for uint(i) < uint(len(text)) && len(toks) < cap(toks) {
		x := load8(text, i)
		c := byte(x)
		switch asciiClass[c] {
		case aWord:
			head, n := wordBytes(x)
			h, j, tail := head*hashMul, i+n, uint64(0)
			if n == 8 {
				// The eight bytes after the head, and any after them.
				x = load8(text, j)
				tail, n = wordBytes(x)
				h = (h ^ tail) * hashMul
				j += n
				if n > 0 {
					head |= longHead
				}
				for n == 8 {
					x = load8(text, j)
					var more uint64
					more, n = wordBytes(x)
					h = (h ^ more) * hashMul
					j += n
				}
			}
			// The byte after the word, from the eight bytes last read: a
			// zero past the end of text ends the word as the end does.
			next := byte(x >> (8 * uint(n&7)))
			if a := wordAfter[next]; a > afterSpace {
				// A comma or period, and the like, ends the word when a
				// space or the end comes after it; else the word may go
				// on.
				if a == afterOther || j+1 < len(text) && text[j+1] != ' ' {
					break loop
				}
			}
			// The token is written in place, in the room after the tokens,
			// before the word is looked up: what it is made of then need
			// not be kept through the lookup. toks takes it in at the end.
			t := &toks[:len(toks)+1][len(toks)]
			t.Span = Span{i, j}
			// c is a letter or a digit: only a capital lacks the bit
			// that a lower-case letter and a digit have.
			t.kind, t.cap, t.depth, t.r = tWord, c&0x20 == 0, d, 0
			i = j
			if next == ' ' {
				i++
			}
			// The word is found as find finds it, by its head, and by its
			// tail when it is longer than eight bytes, with no key read.
			// Whether a word is in the lexicon is a toss-up, but the
			// first slot most often settles it either way, as in find:
			// that is told by one branch. longHead is the sign bit of a
			// head: a sign is tested without a constant to compare with.
			sl := slot(h)
			k := lexicon.slots[sl]
			e := &lexicon.entries[k%tableEntries]
			for min(e.head^head, uint64(k)) != 0 || int64(head) < 0 && k != 0 && lexicon.tails[k%tableEntries] != tail {
				sl = (sl + 1) % tableSlots
				k = lexicon.slots[sl]
				e = &lexicon.entries[k%tableEntries]
			}
			if e.lex.frame() {
				if len(notes.frames) == cap(notes.frames) {
					// The word is left to plainRun: quickRun stops at
					// its start, which its token holds.
					i = t.Start
					break loop
				}
				notes.frames = pushRoom(notes.frames, int32(len(toks)))
			}
			t.lex = e.lex
			toks = toks[:len(toks)+1]
		case aSpace:
			i++
		case aPunct:
			switch c {
			case '.', '?', '!':
				if len(notes.ends) == cap(notes.ends) {
					break loop
				}
				notes.ends = pushRoom(notes.ends, int32(len(toks)))
			case ':':
				notes.marked = true
			case ',', ';':
				if len(notes.commas) == cap(notes.commas) {
					break loop
				}
				notes.commas = pushRoom(notes.commas, int32(len(toks)))
			}
			toks = toks[:len(toks)+1]
			t := &toks[len(toks)-1]
			t.lex = lexeme{class: otherClosed}
			t.Span = Span{i, i + 1}
			t.kind, t.cap, t.depth, t.r = tPunct, false, d, rune(c)
			i++
			// Most commas and periods have a space after them: it is
			// passed at once, as after a word.
			if byte(x>>8) == ' ' {
				i++
			}
		default:
			break loop
		}
	}
	return toks, i
}

// pushRoom appends v to s, which has room for it: unlike append, it has
// no call to grow s, which would have quickRun save its registers.
func pushRoom(s []int32, v int32) []int32 {
	s = s[:len(s)+1]
	s[len(s)-1] = v
	return s
}

// wordAfter sorts the bytes for quickRun by what they do after a word's
// ASCII letters and digits.
var wordAfter = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c == ' ':
			t[c] = afterSpace
		case c >= utf8.RuneSelf:
			t[c] = afterOther
		case !plainWordEnd(byte(c)):
			t[c] = afterJoint
		}
	}
	return t
}()

// The classes of wordAfter.
const (
	afterEnd   = iota // ends the word
	afterSpace        // ends the word, and is passed
	afterJoint        // ' - & . or , which may join the word to more ([joinedEnd])
	afterOther        // a byte of 0x80 or more: a letter or a joint may start there
)

// plainRun appends to toks the tokens of text from i on that are plain,
// as tokenize would make them: ASCII punctuation, and words of ASCII
// letters and digits, or of two such runs joined as [joinedEnd] says
// (don't, Hale’s, seven-day, 3.5), that end at a space, a comma or a
// period before a space, or other ASCII punctuation. text ends at the
// next quotation mark, or where the paragraph does; plainRun stops there,
// and at whatever needs more care: a byte of 0x80 or more that joins no
// word, or a word that may go on further (U.S., rock'n'roll). It returns the tokens and where
// it stopped; d is the depth of the tokens.
//
// A word that ends where text does ends there in tokenize too: no mark is
// part of a word, nor lets one go on past a period, hyphen or apostrophe.
//
// It is tokenize's inner loop, apart so that the values it keeps in
// registers are few; quickRun, its own inner loop, makes most tokens.
func plainRun(toks []token, notes *tokenNotes, text string, i int, d int8) ([]token, int) {
	for i < len(text) {
		// The commonest tokens first, in a loop that calls nothing; it
		// stops at the first token that needs more, read below.
		if toks, i = quickRun(toks, notes, text, i, d); i >= len(text) {
			break
		}
		c := text[i]
		// Words first: they are most of the bytes.
		switch asciiClass[c] {
		case aWord:
			// Most often quickRun stopped at a word that goes on past its
			// letters and digits, which is looked up whole: joinedEnd is
			// asked first, and the letters and digits alone are found
			// only when it finds no joint. The zero bytes load8 reads
			// past the end of text end a word, so the paragraph's end
			// needs no test.
			_, n := wordBytes(load8(text, i))
			j := i + n
			for n == 8 {
				_, n = wordBytes(load8(text, j))
				j += n
			}
			var lex *lexeme
			if k := joinedEnd(text, j); k >= 0 {
				// Hale’s, seven-day: two runs of letters and digits that
				// are joined are looked up whole.
				lex, j = joinedWord(text, i, j, k), k
			} else if j == len(text) || plainWordEnd(text[j]) || spaceAfter(text, j, len(text)) {
				lex = &lexicon.entryAt(text, i, j).lex
			} else {
				return toks, i
			}
			space := j < len(text) && text[j] == ' '
			// The token is written in place, field by field: a token put
			// together aside and copied in stalls on its narrow stores.
			if len(toks) == cap(toks) {
				toks = slices.Grow(toks, 1)
			}
			toks = toks[:len(toks)+1]
			t := &toks[len(toks)-1]
			t.lex = *lex
			t.Span = Span{i, j}
			t.kind, t.cap, t.depth, t.r = tWord, c-'A' < 26, d, 0
			if lex.frame() {
				notes.frames = append(notes.frames, int32(len(toks)-1))
			}
			i = j
			if space {
				i++
			}
		case aSpace:
			i++
		case aPunct:
			toks = notes.punct(toks, i, 1, rune(c), d)
			i++
			// Most commas and periods have a space after them: it is
			// passed at once, as after a word.
			if i < len(text) && text[i] == ' ' {
				i++
			}
		default:
			return toks, i
		}
	}
	return toks, i
}

// joinedEnd returns the end of the word that goes on at text[j], past a
// word's letters and digits, when it is plain: an apostrophe (' or ’),
// hyphen or ampersand, or a period or comma between digits, and another
// run of ASCII letters and digits, which ends where a run alone would end
// a plain word. It returns -1 for anything else, which [wordEnd] reads,
// and where text ends at j.
// wordEnd takes such a joint into the word and reads on over the letters,
// and stops where plainRun would.
func joinedEnd(text string, j int) int {
	if j >= len(text) {
		return -1
	}
	size := 1
	switch c := text[j]; {
	case c == '\'' || c == '-' || c == '&':
	case strings.HasPrefix(text[j:], "’"): // Hale’s, as most news writes it
		size = len("’")
	case (c == '.' || c == ',') && '0' <= text[j-1] && text[j-1] <= '9' && j+1 < len(text) && '0' <= text[j+1] && text[j+1] <= '9':
		// 3.5, 1,000: a period or comma between digits
	default:
		return -1
	}
	if j+size >= len(text) {
		return -1
	}
	k := j + size
	for {
		_, n := wordBytes(load8(text, k))
		k += n
		if n < 8 {
			break
		}
	}
	if k == j+size || k < len(text) && !plainWordEnd(text[k]) && !spaceAfter(text, k, len(text)) {
		return -1
	}
	return k
}

// joinedWord is lookupWord of the word text[i:k] that joinedEnd read: two
// runs of ASCII letters and digits joined at text[j]. No key of the
// lexicon has a byte outside ASCII (a test sees to it), so a word joined
// by ’ is none, and a word is looked up only when a key has its joint
// where it does ([wordTable.mayHoldJoined]). A word joined by anything
// but an apostrophe is no contraction, and of the open class when the
// lexicon lacks it.
//
// Nor is a word with more than two letters after its apostrophe, or more
// than four before it and a last letter other than t: a contraction is
// n't, or a pronoun (they) and the one or two letters of its auxiliary
// (’re). Most words joined by an apostrophe are possessives of longer
// names (Trump’s, Clinton’s), told so without classOfContraction.
func joinedWord(text string, i, j, k int) *lexeme {
	c := text[j]
	if c < utf8.RuneSelf && lexicon.mayHoldJoined(j-i, k-i) {
		if e := lexicon.entryAt(text, i, k); e != &lexicon.entries[0] {
			return &e.lex
		}
	}
	if c == '\'' && k-j <= len("'re") || c >= utf8.RuneSelf && k-j <= len("’re") {
		if j-i <= len("they") || text[k-1] == 't' {
			return &classLexemes[classOfContraction(text[i:k])]
		}
	}
	return &classLexemes[openClass]
}

// asciiClass sorts the bytes for plainRun: those it skips, makes tokens
// of, or starts words at; the others it leaves to tokenize.
var asciiClass = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			t[c] = aWord
		case isSpaceRune(rune(c)):
			t[c] = aSpace
		default:
			t[c] = aPunct
		}
	}
	return t
}()

// The classes are numbered in the order plainRun asks for them.
const (
	aOther = iota
	aWord
	aSpace
	aPunct
)

// plainWordEnd reports whether the ASCII byte c, after a word's letters
// and digits, ends the word: it is no apostrophe, hyphen, ampersand,
// period or comma that [wordEnd] may read on past, and no start of a
// multi-byte rune, which may be a letter.
func plainWordEnd(c byte) bool {
	switch c {
	case '\'', '-', '&', '.', ',':
		return false
	}
	return c < utf8.RuneSelf
}

// spaceAfter reports whether the ASCII byte text[j], after a word's
// letters and digits, is followed by a space or the end: then [wordEnd]
// would not read on past it either, as nothing after it joins the word.
// It is most often the comma or period after a word.
func spaceAfter(text string, j, hi int) bool {
	return text[j] < utf8.RuneSelf && (j+1 == hi || text[j+1] == ' ')
}

// wordEnd returns the end of the word that starts at i. A word is letters
// and digits, with apostrophes (don't, O'Neill), hyphens (seven-day), and
// the periods of dotted abbreviations (U.S.) and numbers (3.5) inside it.
// text[i:from] is known to be ASCII letters and digits, and is not read
// again.
func wordEnd(text string, i, from, hi int, marks []mark, mi int) int {
	nextMark := hi
	if mi < len(marks) && marks[mi].pos < hi {
		nextMark = marks[mi].pos
	}
	j := from
	letters := from - i // letters since the last period, to spot U.S.
	dotted := false
	for j < hi {
		if c := text[j]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			j++ // isWordRune of an ASCII byte, without decoding it
			letters++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:hi])
		if isWordRune(r) {
			j += size
			letters++
			continue
		}
		if j+size >= hi || j+size > nextMark || j == nextMark {
			break
		}
		// Mojibake starts at no ASCII rune: the apostrophe or hyphen most
		// often here is not read again.
		if r >= utf8.RuneSelf {
			if k := mojibakeEnd(text, j, hi); k > j && k < hi && k <= nextMark && isWordRune(firstRune(text[k:hi])) {
				j = k
				continue
			}
		}
		nr, _ := utf8.DecodeRuneInString(text[j+size : hi])
		switch r {
		case '\'', '’', '-', '‐', '&':
			if isWordRune(nr) && j != nextMark {
				j += size
				letters = 0
				continue
			}
		case '.':
			pr, _ := utf8.DecodeLastRuneInString(text[i:j])
			if isDigit(pr) && isDigit(nr) {
				j += size
				continue
			}
			if letters == 1 && isWordRune(nr) && !isDigit(nr) {
				// U.S, a.m: single letters between periods.
				k := j + size + utf8RuneLen(text, j+size)
				if k >= hi || text[k] == '.' {
					j += size
					letters = 0
					dotted = true
					continue
				}
			}
		case ',':
			pr, _ := utf8.DecodeLastRuneInString(text[i:j])
			if isDigit(pr) && isDigit(nr) {
				j += size
				continue
			}
		}
		break
	}
	if dotted && j < hi && text[j] == '.' {
		j++ // the final period of U.S. belongs to the word
	}
	return j
}

// mojibakeEnd returns the end of the run of runes U+0080 to U+00BF that
// starts at text[i] right after an Ã or Â, or i. UTF-8 read as Latin-1
// and written again turns "François" into "FranÃ§ois": there such symbols
// and controls are what is left of a letter, and the word goes on past
// them. Elsewhere ("90°F", "Ruiz·Hale") they part words as ever.
func mojibakeEnd(text string, i, hi int) int {
	switch prev, _ := utf8.DecodeLastRuneInString(text[:i]); prev {
	case 'Ã', 'Â', '\u0303', '\u0302': // the last two as written decomposed: A and a combining mark
	default:
		return i
	}
	for i < hi {
		r, size := utf8.DecodeRuneInString(text[i:hi])
		if r < 0x80 || r > 0xBF || isSpaceRune(r) {
			break // not a no-break space or a next line, which part words
		}
		i += size
	}
	return i
}

// A sentence is a run of a paragraph's tokens [lo, hi).
type sentence struct{ lo, hi int }

// splitSentences appends the sentences of a paragraph's tokens to out.
// A sentence ends at . ? ! (and any closing marks or brackets after it)
// before a word that can start one. Periods of abbreviations (Mr., Sept.,
// U.S.) do not end one, nor does anything inside a closed quotation, so
// that a quotation of several sentences stays with its attribution.
//
// ends holds, in order, the indices of the tokens that may end a sentence
// (see [tokenNotes]): no other token is read as one.
func splitSentences(out []sentence, text string, toks []token, ends []int32) []sentence {
	lo := 0
	// closed is the closing mark that insideClosed found last, and
	// closedDepth the depth it was asked at: the ends after the one it was
	// asked of and before the mark, at that depth or deeper, are inside
	// the same quotation, and the tokens to the mark are not read again.
	closed, closedDepth := -1, int8(0)
	for _, e := range ends {
		i := int(e)
		if i < lo {
			continue
		}
		t := &toks[i]
		j := i + 1
		for j < len(toks) && (toks[j].kind == tClose || toks[j].kind == tPunct && (toks[j].r == ')' || toks[j].r == ']')) {
			j++
		}
		if j >= len(toks) {
			break
		}
		// Inside a quotation the sentence goes on until the quotation closes.
		if t.depth > 0 && !(toks[j-1].kind == tClose && toks[j-1].depth == 1) {
			if d := toks[j-1].depth; j > closed || d < closedDepth {
				closed, closedDepth = closeAfter(toks, j), d
			}
			if closed >= 0 {
				continue
			}
		}
		n := &toks[j]
		if !(n.cap || n.kind == tOpen || n.kind == tWord && isDigit(firstRune(text[n.Start:])) || n.kind == tPunct && (n.r == '(' || n.r == '—' || n.r == '-')) {
			continue
		}
		// An abbreviation's period ends one only before a word that plainly
		// starts one. That is asked last, of the ends that the token after
		// them lets end one: many ends are the last token of their
		// paragraph, and end none before another.
		if abbreviationEnd(toks, i) && !startsSentenceWord(text, toks[i+1]) {
			continue
		}
		out = append(out, sentence{lo, j})
		lo = j
	}
	if lo < len(toks) {
		out = append(out, sentence{lo, len(toks)})
	}
	return out
}

// closeAfter returns the index of the mark that closes the quotation
// toks[j] lies inside, later in the paragraph, or -1 when it does not
// close. It looks no further than a long quotation's length, so that a
// paragraph of unclosed marks stays linear.
func closeAfter(toks []token, j int) int {
	d := toks[j-1].depth
	for k := j; k < len(toks) && k < j+maxQuoteTokens; k++ {
		if toks[k].kind == tClose && toks[k].depth <= d {
			return k
		}
	}
	return -1
}

// Bounds that keep every search local, and so the whole extraction linear
// in the text: a reported clause, a quotation's sentence or a look back for
// an antecedent never reaches further than this.
const (
	maxQuoteTokens  = 400 // how far a sentence end looks for its quotation's close
	maxClauseTokens = 200 // the longest reported clause
	maxLookBack     = 256 // entities and mentions searched for a name or pronoun
)

// abbreviationEnd reports whether toks[i], a token of ends (see
// [tokenNotes]), is the period of an abbreviation: a dotted one carries
// its final period (U.S.), and a period right after a word of the
// lexicon's abbreviations (Sen.) or an initial (J.) follows one. Every
// other end, . ? ! or …, ends a sentence before a word that can start one.
func abbreviationEnd(toks []token, i int) bool {
	t := &toks[i]
	if t.kind == tWord {
		return true
	}
	if t.r != '.' || i == 0 {
		return false
	}
	w := &toks[i-1]
	return w.kind == tWord && w.End == t.Start && (w.lex.abbr() || w.End-w.Start == 1 && w.cap)
}

// abbreviations end in a period that seldom ends a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "rep": true, "gov": true,
	"gen": true, "lt": true, "col": true, "capt": true, "sgt": true, "adm": true, "maj": true,
	"prof": true, "rev": true, "hon": true, "pres": true, "st": true, "sr": true, "jr": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "no": true, "vs": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "mt": true, "ft": true, "vol": true,
	"supt": true, "atty": true, "cmdr": true, "cpl": true, "pvt": true, "msgr": true, "fr": true,
	"ave": true, "blvd": true, "rd": true, "calif": true, "fla": true, "ariz": true, "mass": true,
	"conn": true, "wash": true, "tenn": true, "penn": true, "ill": true, "mich": true, "minn": true,
	"wis": true, "okla": true, "ore": true, "nev": true, "colo": true, "ky": true, "va": true,
	"pa": true, "ga": true, "ala": true, "ark": true, "md": true, "mo": true, "neb": true,
	"del": true, "est": true, "approx": true, "dept": true, "univ": true, "assn": true, "bros": true,
	"sens": true, "reps": true, "gens": true, "govs": true,
}

// startsSentenceWord reports whether t is a word that starts a sentence
// after an abbreviation's period: an opening mark, or a capitalized
// function word such as "The" or "He", which is seldom part of a name.
func startsSentenceWord(text string, t token) bool {
	if t.kind == tOpen {
		return true
	}
	if t.kind != tWord || !t.cap {
		return false
	}
	return t.lex.starter()
}

var sentenceStarters = func() map[string]bool {
	m := map[string]bool{
		"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true,
		"we": true, "i": true, "but": true, "and": true, "in": true, "on": true, "at": true,
		"this": true, "that": true, "these": true, "those": true, "there": true, "his": true,
		"her": true, "their": true, "its": true, "our": true, "if": true, "when": true, "while": true,
		"after": true, "before": true, "as": true, "for": true, "so": true, "yet": true,
		"however": true, "meanwhile": true, "some": true, "many": true, "most": true, "one": true,
		"two": true, "what": true, "who": true, "why": true, "how": true, "last": true, "since": true,
		"according": true, "officials": true, "police": true, "no": true, "not": true, "both": true,
		"everything": true, "nothing": true, "something": true, "anything": true, "everyone": true,
		"everybody": true, "nobody": true, "anyone": true, "someone": true, "somebody": true,
		"from": true, "with": true, "by": true, "during": true, "despite": true, "among": true,
		"without": true, "through": true, "although": true, "though": true, "because": true,
		"unless": true, "whether": true, "until": true, "where": true, "each": true, "every": true,
		"like": true, "unlike": true, "against": true, "following": true,
	}
	for w := range starterAdverbs {
		m[w] = true
	}
	return m
}()

// lowerASCII returns s with ASCII letters in lower case, allocating only
// when s has an upper-case letter. No conversion happens inside a loop:
// where the result does not escape its caller, a short word is lowered on
// the stack.
func lowerASCII(s string) string {
	i := 0
	for i < len(s) && !('A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if 'A' <= b[i] && b[i] <= 'Z' {
			b[i] += 'a' - 'A'
		}
	}
	return string(b)
}

// trimSpan returns text[lo:hi] less the white space at its edges.
func trimSpan(text string, lo, hi int) Span {
	for lo < hi {
		// As in trimRightSpace, an ASCII byte is told without decoding.
		if c := text[lo]; c < utf8.RuneSelf {
			if asciiClass[c] != aSpace {
				break
			}
			lo++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[lo:hi])
		if !isSpaceRune(r) {
			break
		}
		lo += size
	}
	return Span{lo, trimRightSpace(text, lo, hi)}
}
