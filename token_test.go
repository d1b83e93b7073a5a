package quote

import (
	"iter"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// tokenizeSpec is tokenize as first written: it appends the tokens of
// text[lo:hi] to toks. marks holds the
// quotation marks of the whole text in order; *mi is the index of the first
// one not yet passed, and advances.
func tokenizeSpec(toks []token, text string, lo, hi int, marks []mark, mi *int, depth *int) []token {
	i := lo
	for i < hi {
		if text[i] == ' ' {
			i++ // the commonest byte, and never a mark
			continue
		}
		// Resolved quotation marks first: they are tokens of their own.
		for *mi < len(marks) && marks[*mi].pos < i {
			*mi++
		}
		if *mi < len(marks) && marks[*mi].pos == i {
			m := marks[*mi]
			*mi++
			r, _ := utf8.DecodeRuneInString(text[i:])
			t := token{Span: Span{i, i + m.size}, r: r, lex: lexeme{class: otherClosed}}
			// The scan knows each mark's level; a closing mark may end
			// inner quotations left open too.
			if m.open {
				*depth = m.level
				t.kind = tOpen
			} else {
				*depth = m.level - 1
				t.kind = tClose
			}
			t.depth = int8(min(m.level, 127))
			toks = append(toks, t)
			i += m.size
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:hi])
		if isSpaceRune(r) {
			i += size
			continue
		}
		d := int8(min(*depth, 127))
		if !isWordRune(r) {
			toks = append(toks, token{Span: Span{i, i + size}, kind: tPunct, r: r, depth: d, lex: lexeme{class: otherClosed}})
			i += size
			continue
		}
		end := wordEnd(text, i, i, hi, marks, *mi)
		toks = append(toks, token{Span: Span{i, end}, kind: tWord, cap: unicode.IsUpper(r), depth: d, lex: *lookupWord(text, i, end)})
		i = end
	}
	return toks
}

// paragraphs returns an iterator over the paragraphs of text: stretches
// between blank lines, or between lines that end a sentence, with the
// white space at their edges left out. It is how [scanQuotations] finds
// them as it goes, read on its own.
func paragraphs(text string) iter.Seq[Span] {
	return func(yield func(Span) bool) {
		start := 0
		for i := 0; i < len(text); i++ {
			if text[i] != '\n' {
				continue
			}
			end, next, ok := paragraphBreak(text, i)
			if !ok {
				continue
			}
			if p := trimSpan(text, start, end); p.Len() > 0 && !yield(p) {
				return
			}
			start, i = next, next-1
		}
		if p := trimSpan(text, start, len(text)); p.Len() > 0 {
			yield(p)
		}
	}
}

// notesSpec returns what tokenize notes of toks, read from the tokens.
func notesSpec(text string, toks []token) tokenNotes {
	var n tokenNotes
	for i, t := range toks {
		switch {
		case t.kind == tPunct && (t.r == '.' || t.r == '?' || t.r == '!' || t.r == '…'),
			t.kind == tWord && text[t.End-1] == '.':
			n.ends = append(n.ends, int32(i))
		}
		if t.kind == tWord && t.lex.frame() {
			n.frames = append(n.frames, int32(i))
		}
		if t.kind == tPunct && (t.r == ',' || t.r == ';') {
			n.commas = append(n.commas, int32(i))
		}
		if t.kind == tOpen && t.depth == 1 {
			n.opens = append(n.opens, int32(i))
		}
		if t.kind == tClose && t.depth == 1 {
			n.closes = append(n.closes, int32(i))
		}
		if t.kind == tOpen || t.kind == tClose || t.kind == tPunct && t.r == ':' {
			n.marked = true
		}
	}
	return n
}

// tokenDiff returns how the paragraphs that scanQuotations records differ
// from those of paragraphs, or the tokens of each from what tokenizeSpec
// makes of them, or "".
func tokenDiff(text string) string {
	var sc quoteScan
	scanQuotations(text, &sc)
	mi, mj := 0, 0
	if diff := cmp.Diff(slices.Collect(paragraphs(text)), sc.paras); diff != "" {
		return "paragraphs differ (-want +got):\n" + diff
	}
	var got, want []token
	for p := range paragraphs(text) {
		d, e := 0, 0
		var notes tokenNotes
		got = tokenize(got[:0], &notes, text, p.Start, p.End, sc.marks, &mi, &d)
		want = tokenizeSpec(want[:0], text, p.Start, p.End, sc.marks, &mj, &e)
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(token{}, lexeme{})); diff != "" {
			return diff
		}
		if diff := cmp.Diff(notesSpec(text, want), notes, cmp.AllowUnexported(tokenNotes{}), cmpopts.EquateEmpty()); diff != "" {
			return "notes differ (-want +got):\n" + diff
		}
		if d != e {
			return "depth at the paragraph's end differs"
		}
	}
	return ""
}

// TestTokenize checks tokenize against tokenizeSpec on the testdata.
func TestTokenize(t *testing.T) {
	names, texts := readTestdata(t)
	texts = append(texts, "rock 'n' roll, O'Neill’s don't U.S. 3.5 1,000 a-b a&b “x” Ä x\xff ‐y “\xff” ’90s",
		// Words about eight and sixteen bytes long, which quickRun tells
		// by their heads and tails, in and out of the lexicon.
		// "Acknowleawfl" has the first slot of "acknowledged", a frame,
		// and quickRun reads a frame only where the notes have room
		// for it: the three frames before leave room for a fourth.
		"Accusing said said Acknowleawfl accusingly, ACCUSINGS Administration administrations, ADMINISTRATIONSX administrationsxy. Pharmaceuticals12 spokeswoman's x\x00y accusing")
	names = append(names, "inline", "inline, long words")
	for i, text := range texts {
		if diff := tokenDiff(text); diff != "" {
			t.Errorf("%s: tokens differ (-want +got):\n%s", names[i], diff)
		}
	}
}

// TestNamesOnly checks that reading only the names of paragraphs with no
// frame finds what the whole analysis finds, on the testdata.
func TestNamesOnly(t *testing.T) {
	eager := New()
	eager.cfg.eager = true
	names, texts := readTestdata(t)
	for i, text := range texts {
		if diff := cmp.Diff(eager.Extract(text), Extract(text)); diff != "" {
			t.Errorf("%s: quotes differ (-eager +lazy):\n%s", names[i], diff)
		}
	}
}

// TestWords checks where words begin and end in text that is damaged or
// in an unusual form.
func TestWords(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "Ana Ruiz said", []string{"Ana", "Ruiz", "said"}},
		{"decomposed accent", "Jose\u0301 Ruiz said", []string{"Jose\u0301", "Ruiz", "said"}},
		{"UTF-8 read as Latin-1", "Fran\u00c3\u00a7ois Hollande", []string{"Fran\u00c3\u00a7ois", "Hollande"}},
		{"read as Latin-1 twice", "Fran\u00c3\u0083\u00c2\u00a7ois Hollande", []string{"Fran\u00c3\u0083\u00c2\u00a7ois", "Hollande"}},
		{"no-break space", "Ana\u00a0Ruiz said", []string{"Ana", "Ruiz", "said"}},
		{"symbol after a word", "It was 90° outside", []string{"It", "was", "90", "outside"}},
		{"symbol between words", "Ruiz·Hale said", []string{"Ruiz", "Hale", "said"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var sc quoteScan
			scanQuotations(tc.in, &sc)
			mi, d := 0, 0
			var got []string
			var notes tokenNotes
			for _, tok := range tokenize(nil, &notes, tc.in, 0, len(tc.in), sc.marks, &mi, &d) {
				if tok.kind == tWord {
					got = append(got, tc.in[tok.Start:tok.End])
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("words of %q (-want +got):\n%s", tc.in, diff)
			}
			if diff := tokenDiff(tc.in); diff != "" {
				t.Errorf("tokens of %q differ from the spec (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// TestWordTableRoom checks that the lexicon leaves a wordTable at least
// four slots for each of its words, and room for them all in entries, and
// that each word is ASCII and fits in its head and tail.
func TestWordTableRoom(t *testing.T) {
	if n := len(lexicon.keys) - 1; 4*n > tableSlots {
		t.Errorf("the lexicon has %d words and a wordTable %d slots: raise tableBits", n, tableSlots)
	}
	if n := len(lexicon.keys); n > tableEntries {
		t.Errorf("the lexicon has %d words and a wordTable room for %d: raise tableEntries", n-1, tableEntries-1)
	}
	// quickRun tells a word by its first sixteen bytes.
	if lexicon.longest >= 16 {
		t.Errorf("the lexicon has a word of %d bytes, and a wordTable's tails hold no more than fifteen", lexicon.longest)
	}
	// joinedWord looks up no word with a byte outside ASCII.
	for _, w := range lexicon.keys {
		for i := range len(w) {
			if w[i] >= utf8.RuneSelf {
				t.Errorf("the lexicon has %q, which is not ASCII", w)
				break
			}
		}
		// joinedWord looks up a joined word only where a key has its
		// joint.
		if p := strings.IndexAny(w, "'-&.,"); p >= 0 && !lexicon.mayHoldJoined(p, len(w)) {
			t.Errorf("the lexicon has %q, and mayHoldJoined(%d, %d) is false", w, p, len(w))
		}
		// lookupWord takes the class found under a key for the word's.
		if strings.Contains(w, "'") {
			if lx, _ := lexicon.lookup(w); lx.class != classOfContraction(w) {
				t.Errorf("the lexicon has %q of class %v, and classOfContraction gives it %v", w, lx.class, classOfContraction(w))
			}
		}
	}
}

// TestJoinedWord checks that joinedWord gives a word joined by an
// apostrophe the lexeme lookupWord gives it, though it asks
// classOfContraction only of the words the place of their joint allows to
// be contractions: every pronoun and every word of the lexicon before the
// apostrophe, in any case and with a letter added or taken away, and the
// endings of contractions and others after it.
func TestJoinedWord(t *testing.T) {
	stems := []string{"x", "Hale", "Trump", "Clinton", "Ruiz", "don", "can", "won", "wouldn", "shes", "hes", "thes", "that", "who", "what"}
	for _, p := range []string{"i", "he", "she", "it", "we", "they"} {
		stems = append(stems, p, strings.ToUpper(p), strings.ToUpper(p[:1])+p[1:], p+"n", "n"+p)
	}
	for _, w := range lexicon.keys[1:] {
		if p := strings.IndexAny(w, "'-&.,"); p > 0 {
			w = w[:p]
		}
		if strings.IndexFunc(w, func(r rune) bool { return r >= utf8.RuneSelf || asciiClass[r] != aWord }) < 0 {
			stems = append(stems, w, w[1:], w+"s")
		}
	}
	for _, p := range stems {
		if p == "" {
			continue
		}
		for _, a := range []string{"'", "’"} {
			for _, e := range []string{"s", "S", "re", "RE", "m", "d", "ve", "ll", "t", "T", "ss", "res", "nt"} {
				w := p + a + e
				if got, want := *joinedWord(w, 0, len(p), len(w)), *lookupWord(w, 0, len(w)); got != want {
					t.Errorf("joinedWord(%q) = %+v, want %+v", w, got, want)
				}
			}
		}
	}
}

func TestHasQuoteMark(t *testing.T) {
	for _, w := range []string{"", "Gerry", `"Gerry"`, "“Gerry”", "«Gerry»", "Gérry", "Gérry”", "\xe2\x80", "\xe2\x80\x9c", "x\xffy", "Ruiz's", "é\"", "’s"} {
		if got, want := hasQuoteMark(w), strings.ContainsAny(w, "“”\"«»"); got != want {
			t.Errorf("hasQuoteMark(%q) = %t, want %t", w, got, want)
		}
	}
}

func TestAppendLowerFields(t *testing.T) {
	for _, s := range []string{"", "The company", "A Justice Department official", "  two  people familiar ", "THE SENATOR", "Its board", "Thé Ça", "the mayor's aide"} {
		got := appendLowerFields(nil, s)
		want := appendFields(nil, lowerASCII(s))
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("appendLowerFields(%q) mismatch (-want +got):\n%s", s, diff)
		}
	}
}

// TestTokenFields checks that tokenFields, where it answers, splits the
// text of every run of up to eight tokens as fieldSpans does, and that it
// answers for most of them, on the testdata.
func TestTokenFields(t *testing.T) {
	names, texts := readTestdata(t)
	texts = append(texts, "Ann\u2003Lee said, Tom \u00a0Hale (D-Wis.) and “Red” Castellano’s aide\u3000Bo")
	names = append(names, "inline")
	for n, text := range texts {
		var sc quoteScan
		scanQuotations(text, &sc)
		mi, d := 0, 0
		var toks []token
		var notes tokenNotes
		answered, asked := 0, 0
		for p := range paragraphs(text) {
			notes.reset()
			toks = tokenize(toks[:0], &notes, text, p.Start, p.End, sc.marks, &mi, &d)
			for lo := range toks {
				for hi := lo + 1; hi <= len(toks) && hi <= lo+8; hi++ {
					for _, end := range []int{toks[hi-1].End, toks[hi-1].End - 1} {
						if end <= toks[lo].Start {
							continue
						}
						asked++
						got, first := tokenFields(nil, text, toks, toks[lo].Start, end)
						if first < 0 {
							continue
						}
						answered++
						if want := fieldSpans(nil, text, toks[lo].Start, end); first != lo || !slices.Equal(got, want) {
							t.Fatalf("%s: %q: tokenFields = %v, %d; fieldSpans = %v", names[n], text[toks[lo].Start:end], got, first, want)
						}
					}
				}
			}
		}
		if answered < asked/2 {
			t.Errorf("%s: tokenFields answered %d of %d", names[n], answered, asked)
		}
	}
}

// TestFoldSet checks that a foldSet holds what a map lookup of the word in
// lower case finds, and of the word as written: each word in any case,
// inside a text or alone, and no word that differs from one only by a
// byte, its length or what lies past its eighth byte.
func TestFoldSet(t *testing.T) {
	m := map[string]bool{"al-qaeda": true, "st.": true, "in": true, "headlined": true, "pharmaceuticals": true, "off": false}
	set := newFoldSet(m)
	for _, w := range []string{"al-qaeda", "AL-Qaeda", "st.", "St.", "in", "IN", "headlined", "Headlined", "pharmaceuticals", "PHARMACEUTICALS",
		"off", "i", "ins", "headline", "headlines", "pharmaceutical", "pharmaceuticalz", "st", "al_qaeda", "", "İn", "in\u00a0"} {
		want := m[lowerASCII(w)]
		if got := inFold(set, w); got != want {
			t.Errorf("inFold(%q) = %v, want %v", w, got, want)
		}
		// Near the text's end and far from it, where the bytes after the
		// word are read too.
		for _, text := range []string{"x " + w + " y", "x " + w + " y and a few more words"} {
			if got := set.hasAt(text, 2, 2+len(w)); got != want {
				t.Errorf("hasAt(%q) = %v, want %v", text, got, want)
			}
			if got := set.holdsAt(text, 2, 2+len(w)); got != m[w] {
				t.Errorf("holdsAt(%q) = %v, want %v", text, got, m[w])
			}
		}
	}
}

// TestWordBytes checks wordBytes against a byte-by-byte reading, with
// each byte in each of the eight places, after letters and before any
// byte: a byte of 0x80 or more carries into the one after it, which
// must not count.
func TestWordBytes(t *testing.T) {
	for b := range 256 {
		for p := range 8 {
			for f := range 256 {
				x := uint64(0x6161616161616161)&^(0xffff<<(8*p)) | uint64(b)<<(8*p) | uint64(f)<<(8*p+8)
				var want uint64
				n := 0
				for ; n < 8; n++ {
					c := byte(x >> (8 * n))
					if !('a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9') {
						break
					}
					if 'A' <= c && c <= 'Z' {
						c |= 0x20
					}
					want |= uint64(c) << (8 * n)
				}
				if got, m := wordBytes(x); got != want || m != n {
					t.Fatalf("wordBytes(%#x) = %#x, %d, want %#x, %d", x, got, m, want, n)
				}
			}
		}
	}
}

// TestMarkAt checks that markAt decodes the runes from U+2000 on, which
// it reads itself, as utf8.DecodeRuneInString does, and whatever else
// starts as they do.
func TestMarkAt(t *testing.T) {
	for b := 0; b < 256; b++ {
		for _, text := range []string{"\xe2\x80" + string(rune(b)), "\xe2\x80" + string([]byte{byte(b)}), "\xe2\x80" + string([]byte{byte(b)}) + "x", "\xe2\x80", "\xe2"} {
			r, n := markAt(text, 0)
			wr, wn := utf8.DecodeRuneInString(text)
			if r != wr || n != wn {
				t.Errorf("markAt(%q) = %U, %d; want %U, %d", text, r, n, wr, wn)
			}
		}
	}
}
