package quote

import (
	"encoding/binary"
	"iter"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Quotation is a stretch of text between quotation marks, as found by
// [Quotations] before any attribution.
type Quotation struct {
	// Span runs from the opening mark to just past the closing mark, or to
	// the end of the paragraph where the quotation is never closed.
	Span Span
	// Parts holds one span per paragraph the quotation runs over: news
	// style leaves a paragraph's closing mark off when the next paragraph
	// opens with a mark that continues the same quotation.
	Parts []Span
	// Closed reports whether the quotation ends with a closing mark.
	Closed bool
	// Nested counts the quotations inside it (“He told me, ‘Never sign,’”).
	Nested int
}

// Text returns the text of q's parts, joined by a blank line where the
// quotation runs over paragraphs.
func (q Quotation) Text(text string) string {
	if len(q.Parts) == 1 {
		return text[q.Span.Start:q.Span.End]
	}
	var b []byte
	for i, p := range q.Parts {
		if i > 0 {
			b = append(b, "\n\n"...)
		}
		b = append(b, text[p.Start:p.End]...)
	}
	return string(b)
}

// Quotations returns an iterator over every outermost quotation in text, in
// order, whether or not anyone is said to have spoken it: titles, nicknames
// and scare quotes included. [Extract] reports only those it can attribute.
func Quotations(text string) iter.Seq[Quotation] {
	return func(yield func(Quotation) bool) {
		sc := quoteScan{collect: true}
		scanQuotations(text, &sc)
		for _, q := range sc.quotes {
			if !yield(q) {
				return
			}
		}
	}
}

// markClass says how a quotation mark may act.
type markClass uint8

const (
	notMark markClass = iota
	doubleMark
	singleMark
)

// A mark is a quotation mark at a byte offset, as the scan resolved it.
type mark struct {
	pos, size int
	open      bool
	level     int // how deep the quotation it opens or closes lies, from 1
}

// closerFor returns the closing mark that matches the opening mark r, and
// whether r can open a quotation at all.
func closerFor(r rune) (rune, bool) {
	switch r {
	case '“':
		return '”', true
	case '‘':
		return '’', true
	case '„':
		return '“', true
	case '‚':
		return '‘', true
	case '«':
		return '»', true
	case '»': // the Danish and German order
		return '«', true
	case '‹':
		return '›', true
	case '「':
		return '」', true
	case '『':
		return '』', true
	case '"':
		return '"', true
	case '\'':
		return '\'', true
	}
	return 0, false
}

// quotationMarks holds every rune that classOf takes for a mark.
const quotationMarks = "“”„«»「」『』\"‘’‚‹›'"

// scanStop holds the bytes where scanQuotations must look: a line break,
// and the first byte of every quotation mark. Neither is ever a UTF-8
// continuation byte, so skipping the others byte by byte still stops where
// reading rune by rune would.
var scanStop = func() (stop [256]bool) {
	stop['\n'] = true
	for _, r := range quotationMarks {
		stop[string(r)[0]] = true
	}
	return stop
}()

// nextStop returns the index of the first byte of text at or after i that
// scanStop holds, or len(text). Most bytes are none: it reads thirty-two
// at a time while they last, then eight, and stops to look only at the
// few that [stopBits] holds.
func nextStop(text string, i int) int {
	// The bytes are only read: the conversion copies nothing, and unlike
	// a conversion of each eight bytes, costs no test for a nil pointer.
	b := []byte(text)
	for i+32 <= len(b) {
		s := b[i : i+32]
		x0, x1 := binary.LittleEndian.Uint64(s), binary.LittleEndian.Uint64(s[8:])
		x2, x3 := binary.LittleEndian.Uint64(s[16:]), binary.LittleEndian.Uint64(s[24:])
		// stopBits of the four at once: a byte may be a stop where its
		// own high bit is set, or where quietBits leaves it clear.
		quiet := quietBits(x0) & quietBits(x1) & quietBits(x2) & quietBits(x3)
		if (x0|x1|x2|x3|^quiet)&highBits == 0 {
			i += 32
			continue
		}
		// The first eight bytes that hold one: the loop ends within the
		// thirty-two, and keeps none of the four for after the test.
		m := stopBits(x0)
		for m == 0 {
			i += 8
			m = stopBits(binary.LittleEndian.Uint64(b[i:]))
		}
		i += bits.TrailingZeros64(m) >> 3
		if scanStop[b[i]] {
			return i
		}
		i++
	}
	for i+8 <= len(b) {
		m := stopBits(binary.LittleEndian.Uint64(b[i:]))
		if m == 0 {
			i += 8
			continue
		}
		i += bits.TrailingZeros64(m) >> 3
		if scanStop[b[i]] {
			return i
		}
		i++
	}
	for i < len(b) && !scanStop[b[i]] {
		i++
	}
	return i
}

// stopBits returns a number whose set bits are the high bits of the
// eight bytes x where [nextStop] may stop: a byte of 0x80 or more, or an
// ASCII byte whose high bit [quietBits] leaves clear.
func stopBits(x uint64) uint64 {
	return (x | ^quietBits(x)) & highBits
}

// quietBits returns a number whose high bits are set for the ASCII bytes
// of the eight bytes x that [nextStop] passes over: those that are 0x26
// or more once the bits of 2 and 4 are flipped. The flip keeps each byte
// among the eight that share its high bits, and within 0x20 to 0x27 puts
// the space and ! last, at 0x26 and 0x27, and " # $ % & ' before them:
// what is left below 0x26 is the control bytes, the line break among
// them, and "#$%&', which hold the straight marks and few bytes of prose
// besides. Each byte's high bit is the carry of a sum, as in
// [wordBytes]. For a byte of 0x80 or more it means nothing, the byte
// being a stop by its own high bit, but the byte may carry into the next
// one and add one to it, which turns only a # (0x25 once flipped) from a
// byte to look at into one to pass: never a stop.
func quietBits(x uint64) uint64 {
	return (x ^ 6*oneBits) + (0x80-0x26)*oneBits
}

// classOf tells double marks from single ones; single ones double as
// apostrophes and need more care.
func classOf(r rune) markClass {
	switch r {
	case '“', '”', '„', '«', '»', '「', '」', '『', '』', '"':
		return doubleMark
	case '‘', '’', '‚', '‹', '›', '\'':
		return singleMark
	}
	return notMark
}

// elisions are words that begin with an apostrophe, not a quotation mark.
var elisions = map[string]bool{
	"tis": true, "twas": true, "em": true, "n": true, "cause": true, "til": true,
	"till": true, "bout": true, "round": true, "s": true, "t": true, "d": true, "ll": true,
	"re": true, "ve": true, "m": true, "nuff": true, "er": true,
}

// An open quotation on the scan's stack.
type openMark struct {
	start  int  // offset of the opening mark
	closer rune // the mark that closes it
	r      rune // the opening mark itself
	parts  []Span
	nested int
}

// A quoteScan is what [scanQuotations] finds, with its working stack, kept
// together so that an extraction can reuse the buffers.
type quoteScan struct {
	// marks holds every opening and closing mark that the scan resolved,
	// at any depth, in order.
	marks []mark
	// quotes holds the outermost quotations, when collect is set. An
	// extraction needs only the marks, and saves what the parts cost.
	quotes  []Quotation
	collect bool
	stack   []openMark
	// paras holds the paragraphs of the text, as [paragraphs] yields
	// them: the scan stops at every line break anyway, and so spares the
	// extraction a second pass to find them.
	paras []Span
}

// scanQuotations finds the outermost quotations of text and the marks that
// open and close quotations at any depth, and appends them to sc.
//
// One pass, with a stack bounded in depth, keeps it linear whatever the
// marks: unbalanced marks are settled at each paragraph's end.
func scanQuotations(text string, sc *quoteScan) {
	stack := sc.stack[:0]
	const maxDepth = 8
	paraStart := 0

	// endParagraph ends the quotations left open at a paragraph break at
	// end, unless the next paragraph, starting at next, continues the
	// outermost.
	endParagraph := func(end, next int) {
		if len(stack) == 0 {
			return
		}
		outer := &stack[0]
		if next < len(text) && classOf(outer.r) == doubleMark {
			r, size := markAt(text, next)
			if r == outer.r && size > 0 && next+size < len(text) && !isSpaceRune(firstRune(text[next+size:])) {
				// Continuation: drop the inner ones, keep the outer open.
				if sc.collect {
					outer.parts = append(outer.parts, Span{outer.partStart(), trimRightSpace(text, paraStart, end)})
				}
				stack = stack[:1]
				return
			}
		}
		if sc.collect {
			e := trimRightSpace(text, paraStart, end)
			s := outer.partStart()
			if e > s {
				outer.parts = append(outer.parts, Span{s, e})
			}
			if len(outer.parts) > 0 {
				sc.quotes = append(sc.quotes, Quotation{
					Span:   Span{outer.parts[0].Start, outer.parts[len(outer.parts)-1].End},
					Parts:  outer.parts,
					Nested: outer.nested,
				})
			}
		}
		stack = stack[:0]
	}

	for i := 0; i < len(text); {
		if !scanStop[text[i]] {
			i = nextStop(text, i) // the byte starts neither a mark nor a line break
			continue
		}
		// The commonest stops, a line break and an apostrophe inside a
		// word ("don't"), are told before a mark is decoded: markAt
		// reads them as themselves, since two apostrophes in a row are
		// never inside a word.
		if text[i] == '\n' {
			if end, next, ok := paragraphBreak(text, i); ok {
				endParagraph(end, next)
				sc.paras = appendParagraph(sc.paras, text, paraStart, end)
				// A continued quotation resumes at the next paragraph's mark.
				if len(stack) == 1 {
					stack[0].start = next
					_, sz := markAt(text, next)
					sc.marks = append(sc.marks, mark{next, sz, true, 1})
					i = next + sz
					paraStart = next
					continue
				}
				paraStart = next
				i = next
				continue
			}
			i++ // a line break inside a paragraph
			continue
		}
		if inWordApostrophe(text, i, 1, rune(text[i])) {
			i++
			continue
		}
		// A mark of one byte was asked above whether it is an apostrophe
		// inside a word; ’ is asked now.
		r, size := markAt(text, i)
		c := classOf(r)
		if c == notMark || size > 1 && inWordApostrophe(text, i, size, r) {
			i += size
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		if i == 0 {
			prev = ' '
		}
		next := ' '
		if i+size < len(text) {
			next, _ = utf8.DecodeRuneInString(text[i+size:])
		}

		if r == '"' && next == '“' && i == paraStart && oddStraightMarks(text[i:]) {
			// "“We won,” she said.: a straight mark doubled with a curly
			// one at a paragraph's start, as pasted text has it, is
			// no quotation of its own when no straight mark on its line
			// closes it; ""“Fake news” is his phrase," Hale said." is
			// one.
			i += size
			continue
		}

		// Does it close the innermost open quotation, or one further out?
		closes := -1
		for k := len(stack) - 1; k >= 0; k-- {
			if stack[k].closer == r || sloppyPair(stack[k].r, r) {
				closes = k
				break
			}
		}
		canOpen := false
		if _, ok := closerFor(r); ok {
			canOpen = true
		}
		var opens, closing bool
		switch r {
		case '"':
			// Straight double marks: direction from the neighbours, the
			// stack where they say nothing.
			leftOpen := isOpenContext(prev)
			rightClose := isCloseContext(next)
			switch {
			case leftOpen && !rightClose:
				opens = true
			case rightClose && !leftOpen:
				closing = closes >= 0
			default:
				closing = closes >= 0
				opens = !closing
			}
		case '\'', '’':
			// An apostrophe unless it stands at a word boundary.
			if closes >= 0 && !isWordRune(next) && (isWordRune(prev) || isClosePunct(prev)) {
				closing = !possessivePlural(text, i, size, prev) && !elidedN(text, i)
			} else if r == '\'' && isOpenContext(prev) && isWordRune(next) && !elisions[lowerWordAt(text, i+size)] && !isDigit(next) {
				opens = true
			}
		case '‘':
			if closes >= 0 && !isWordRune(next) && (isWordRune(prev) || isClosePunct(prev)) {
				closing = true // a reversed closer, or the closer of ‚…‘
			} else if isWordRune(next) && !isWordRune(prev) && !elisions[lowerWordAt(text, i+size)] && !isDigit(next) {
				opens = true
			} else if next == '“' || next == '"' {
				opens = true
			}
		case '“':
			if closes >= 0 && stack[closes].r == '„' {
				closing = true
			} else if closes >= 0 && isCloseContext(next) && !isOpenContext(prev) {
				closing = true // a reversed closer
			} else if n := len(stack); n > 0 && stack[n-1].r == '“' && endPunct(prev) && isCloseContext(next) {
				// “It's unusual,“ said: an opening mark typed for the
				// closing one, right after the quotation's last comma or
				// period. An opening mark never follows them unspaced.
				closes, closing = n-1, true
			} else {
				opens = true
			}
		case '”':
			if closes >= 0 {
				closing = true
			} else {
				// A reversed opening mark: ”Mr. Hale embodies …
				opens = isOpenContext(prev) && !isSpaceRune(next) || i == 0 || prev == '\n'
			}
		case '»':
			if closes >= 0 {
				closing = true
			} else {
				opens = isWordRune(next) || unicode.IsPunct(next)
			}
		default:
			if closes >= 0 {
				closing = true
			} else {
				opens = canOpen
			}
		}

		switch {
		case closing:
			sc.marks = append(sc.marks, mark{i, size, false, closes + 1})
			end := i + size
			if closes == 0 {
				if o := stack[0]; sc.collect {
					o.parts = append(o.parts, Span{o.partStart(), end})
					sc.quotes = append(sc.quotes, Quotation{
						Span:   Span{o.parts[0].Start, end},
						Parts:  o.parts,
						Closed: true,
						Nested: o.nested,
					})
				}
				stack = stack[:0]
			} else {
				stack = stack[:closes]
				stack[0].nested++
			}
		case opens:
			cl, _ := closerFor(r)
			if r == '”' {
				cl = '”' // a reversed opening mark closes like “
			}
			if r == '“' && len(stack) > 0 && stack[len(stack)-1].r == '“' && !nestedDouble(text, i+size) {
				// A second opening “ inside an open “: the first one was
				// never closed. End it here rather than nest.
				if len(stack) == 1 && sc.collect {
					e := trimRightSpace(text, stack[0].partStart(), i)
					o := stack[0]
					if e > o.partStart() {
						o.parts = append(o.parts, Span{o.partStart(), e})
					}
					if len(o.parts) > 0 {
						sc.quotes = append(sc.quotes, Quotation{Span: Span{o.parts[0].Start, o.parts[len(o.parts)-1].End}, Parts: o.parts, Nested: o.nested})
					}
				}
				stack = stack[:0]
			}
			if len(stack) >= maxDepth {
				break
			}
			sc.marks = append(sc.marks, mark{i, size, true, len(stack) + 1})
			stack = append(stack, openMark{start: i, closer: cl, r: r})
		}
		i += size
	}
	endParagraph(len(text), len(text))
	sc.paras = appendParagraph(sc.paras, text, paraStart, len(text))
	sc.stack = stack[:0]
}

// appendParagraph appends text[lo:hi], less the white space at its edges,
// to paras unless nothing is left of it.
func appendParagraph(paras []Span, text string, lo, hi int) []Span {
	if p := trimSpan(text, lo, hi); p.Len() > 0 {
		paras = append(paras, p)
	}
	return paras
}

// partStart is where the quotation's current paragraph part begins.
func (o *openMark) partStart() int { return o.start }

// sloppyPair reports whether close may end a quotation opened with open
// though it is not its proper mate: text that mixes straight and curly
// double marks ("Oz has a pulpit,” he said).
func sloppyPair(open, close rune) bool {
	return open == '"' && close == '”' || open == '“' && close == '"'
}

// nestedDouble reports whether a “ that opens inside an open “ at text[i:]
// is nested in it: two closing ” come before the next “ and the
// paragraph's end (“… what he calls “hell” than …”). It looks a bounded
// distance ahead, so the scan stays linear.
func nestedDouble(text string, i int) bool {
	closers := 0
	for j := i; j < len(text) && j < i+600; {
		r, size := utf8.DecodeRuneInString(text[j:])
		switch r {
		case '”':
			closers++
			if closers == 2 {
				return true
			}
		case '“', '\n':
			return false
		}
		j += size
	}
	return false
}

// inWordApostrophe reports whether the mark r of size bytes at text[i] is
// ' or ’ between two ASCII letters or digits ("don't", "Hale’s"): most
// single marks are, and such a mark neither opens nor closes a quotation,
// as the scan would find reading its neighbours.
func inWordApostrophe(text string, i, size int, r rune) bool {
	return (r == '\'' || r == '’') && i > 0 && i+size < len(text) && asciiClass[text[i-1]] == aWord && asciiClass[text[i+size]] == aWord
}

// markAt decodes the rune at text[i], reading two apostrophes (”) as one
// straight double mark: some newspapers write their quotations so. Three
// in a row after a word or a stop, before a space or a stop, end a phrase
// in single marks and then the quotation around it, as in a quotation
// that closes on a slogan: the first is the inner closer, the two after it
// the outer one.
func markAt(text string, i int) (rune, int) {
	if text[i] == '\'' && i+1 < len(text) && text[i+1] == '\'' {
		if i > 0 && i+2 < len(text) && text[i+2] == '\'' && text[i-1] != ' ' && text[i-1] != '\n' && (i+3 == len(text) || isCloseContext(firstRune(text[i+3:]))) {
			return '\'', 1
		}
		return '"', 2
	}
	// The curly marks and the dashes, most of the runes met, are
	// U+2000 to U+203F: E2 80 and a last byte, decoded here at once.
	if text[i] == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && text[i+2]&0xC0 == 0x80 {
		return 0x2000 | rune(text[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(text[i:])
}

// elidedN reports whether the mark at i ends the elided "and" of "rock ’n’
// roll": a lone n after an apostrophe.
func elidedN(text string, i int) bool {
	if i < 2 || text[i-1] != 'n' && text[i-1] != 'N' {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i-1])
	return r == '\'' || r == '’' || r == '‘'
}

// possessivePlural reports whether the ’ at i reads as the apostrophe of a
// plural possessive (“the workers’ money”) rather than a closing mark.
func possessivePlural(text string, i, size int, prev rune) bool {
	if prev != 's' {
		return false
	}
	j := i + size
	if j >= len(text) || text[j] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j+1:])
	return unicode.IsLower(r)
}

// paragraphBreak reports whether the newline at i ends a paragraph: a blank
// line follows, or the line ends a sentence. It returns where the paragraph's
// text ends and where the next paragraph's text starts.
func paragraphBreak(text string, i int) (end, next int, ok bool) {
	j := i + 1
	blank := false
	for j < len(text) {
		switch text[j] {
		case '\n':
			blank = true
			j++
			continue
		case ' ', '\t', '\r', '\f', '\v':
			j++
			continue
		}
		break
	}
	if !blank {
		// A single line break ends a paragraph only after a sentence end;
		// elsewhere it is hard wrapping.
		e := trimRightSpace(text, 0, i)
		if e == 0 {
			return 0, 0, false
		}
		last, _ := utf8.DecodeLastRuneInString(text[:e])
		switch last {
		case '.', '?', '!', ':', '"', '”', '’', '\'', '»', ')':
		default:
			return 0, 0, false
		}
	}
	return i, j, true
}

func trimRightSpace(text string, lo, hi int) int {
	for hi > lo {
		// Most often the last byte is ASCII, and no space: it is told
		// without decoding a rune.
		if c := text[hi-1]; c < utf8.RuneSelf {
			if asciiClass[c] != aSpace {
				break
			}
			hi--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[lo:hi])
		if !isSpaceRune(r) {
			break
		}
		hi -= size
	}
	return hi
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func utf8RuneLen(text string, i int) int {
	_, size := utf8.DecodeRuneInString(text[i:])
	return size
}

func isSpaceRune(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x85, 0xA0, 0x2007, 0x202F, 0x2009, 0x200A, 0x2002, 0x2003:
		return true
	}
	return false
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if generalPunctuation(r) {
		return false // curly quotes, dashes: no letter, digit or mark among them
	}
	// Combining marks belong to the letter before them: text in
	// decomposed form writes "José" as "Jose" and an acute accent.
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
}

// generalPunctuation reports whether r lies in the Unicode block of that
// name, U+2000 to U+206F, which holds the runes of news text that are not
// ASCII most often.
func generalPunctuation(r rune) bool { return 0x2000 <= r && r <= 0x206F }

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// isOpenContext reports whether r, just before a straight mark, makes it an
// opening mark: a space, the start of the text, or opening punctuation.
func isOpenContext(r rune) bool {
	if isSpaceRune(r) {
		return true
	}
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', ':', '“', '‘', '«', '„', 0:
		return true
	}
	// Marks of writing direction and the byte-order mark, invisible, as
	// pasted text carries them: "\u202a”This is why …".
	return r == '\u200e' || r == '\u200f' || r >= '\u202a' && r <= '\u202e' || r >= '\u2066' && r <= '\u2069' || r == '\ufeff'
}

// isCloseContext reports whether r, just after a straight mark, makes it a
// closing mark.
func isCloseContext(r rune) bool {
	if isSpaceRune(r) {
		return true
	}
	switch r {
	case '.', ',', ';', ':', '?', '!', ')', ']', '}', '—', '–', '-', '”', '’', '»', '\'', '"':
		return true
	}
	return false
}

func isClosePunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '?', '!', ')', '…', '—', '-', '"', '”':
		return true
	}
	return false
}

// lowerWordAt returns the ASCII-lowercased run of letters starting at i, up
// to a few bytes: enough to look up an elision.
func lowerWordAt(text string, i int) string {
	var b [8]byte
	n := 0
	for i < len(text) && n < len(b) {
		c := text[i]
		switch {
		case 'a' <= c && c <= 'z':
			b[n] = c
		case 'A' <= c && c <= 'Z':
			b[n] = c + 'a' - 'A'
		default:
			return string(b[:n])
		}
		n++
		i++
	}
	if n == len(b) {
		return ""
	}
	return string(b[:n])
}

// endPunct reports whether r ends a quoted sentence or clause: the
// punctuation a closing mark follows.
func endPunct(r rune) bool {
	switch r {
	case ',', '.', '?', '!', '…':
		return true
	}
	return false
}

// oddStraightMarks reports whether the line that starts s holds an odd
// number of straight double marks: one of them has no partner.
func oddStraightMarks(s string) bool {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return strings.Count(s, `"`)%2 == 1
}
