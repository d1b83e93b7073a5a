package quote

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// benchInput is a named text to benchmark.
type benchInput struct {
	name string
	text string
}

// benchInputs returns the testdata articles and, when the evaluation data
// sits beside the module, the PolNeAR dev texts joined as one input.
func benchInputs(b *testing.B) []benchInput {
	b.Helper()
	names, texts := readTestdata(b)
	var in []benchInput
	for i, name := range names {
		in = append(in, benchInput{name, texts[i]})
	}
	if dev := polnearDev(b); dev != "" {
		in = append(in, benchInput{"polnear-dev", dev})
	}
	in = append(in, benchInput{"no-quotation", noQuotation})
	return in
}

// noQuotation is a large text with no quotation marks and no reporting
// verbs, but with names and titles: what it allocates is the floor of every
// call, and must not grow with its length.
var noQuotation = strings.Repeat("The river rose over the road near the old mill on Tuesday. "+
	"Mayor Ana Ruiz and her deputy walked the levee with engineers from the county.\n\n"+
	"Crews worked through the night, and by morning the water had started to fall. "+
	"Schools stayed closed while the Red Cross opened a shelter at Lincoln High.\n\n", 2048)

// polnearDev returns the "text" fields of the PolNeAR dev split, separated
// by blank lines, or "" when the file is absent.
func polnearDev(b *testing.B) string {
	b.Helper()
	f, err := os.Open(filepath.Join("..", "shared", "eval", "polnear", "dev.jsonl"))
	if err != nil {
		return ""
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var doc struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			b.Fatalf("dev.jsonl: %v", err)
		}
		texts = append(texts, doc.Text)
	}
	if err := sc.Err(); err != nil {
		b.Fatalf("dev.jsonl: %v", err)
	}
	return strings.Join(texts, "\n\n")
}

func BenchmarkExtract(b *testing.B) {
	for _, in := range benchInputs(b) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.text)))
			b.ReportAllocs()
			for b.Loop() {
				Extract(in.text)
			}
		})
	}
}

// barePass decodes every rune of text and counts its words: the least any
// extractor must do, to read Extract's cost against.
func barePass(text string) int {
	words := 0
	in := false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if unicode.IsLetter(r) {
			if !in {
				words++
			}
			in = true
		} else {
			in = false
		}
	}
	return words
}

var benchSink int

func BenchmarkBarePass(b *testing.B) {
	for _, in := range benchInputs(b) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.text)))
			b.ReportAllocs()
			for b.Loop() {
				benchSink += barePass(in.text)
			}
		})
	}
}

// pathological returns an input of about n bytes that repeats unit.
func pathological(unit string, n int) string {
	return strings.Repeat(unit, max(1, n/len(unit)))
}

func BenchmarkPathological(b *testing.B) {
	units := []struct{ name, unit string }{
		{"open-marks", "“"},
		{"close-marks", "”"},
		{"straight-quotes", `"a" `},
		{"said-smith", "said Smith "},
		{"capitalized", "Alpha Beta Gamma Delta "},
		{"preposition-name", "Beyond Meat said sales fell. "},
		{"people", "Tom A. Hale of Ohio toured the memorial to Ann Lee, the mayor. He said the agency's claim that it failed drew scorn. The Ohio senator agreed. In a statement, the Hale campaign said costs rose. The statement said the plan failed. "},
		{"clauses", "Zorbek Hale said so. Top Hale aides met; said former Hale adviser Ana Ruiz, who marched and demanded that the levy go. It was revealed that costs rose, and he said that the plan, and Ruiz in particular, failed. "},
		{"comma-pronouns", "Ana Ruiz met Kate Moss, and he left, "},
		{"no-sentence-end", "and then the river rose over the road "},
		{"invalid-utf8", "“\xff\xfe” "},
		{"nul", "a\x00“\x00”\x00 "},
		{"crlf", "“We are ready,” Esper said.\r\n"},
		{"appositives", "“Yes,” said Tom Hale, 61, of Dayton, Ohio, a lawyer who said the levy failed, "},
		{"apostrophes", "''We won,''' "},
		{"reports-before-cues", "the levy failed, Hale said, "},
		{"interrupted-that", "It is sad, Hale said, that it rose, "},
		{"participle-asides", "Ana Ruiz, saying no, "},
		{"according-to-inside", "the levy failed, according to Tom Hale, the mayor, "},
		{"mixed-reports", "Hale warned of a “ferocious” fight and boasted of a win, "},
		{"joined-verbs", "The mayor said the budget was balanced and warned that costs rose, "},
		{"called-something", "Ana Ruiz called the fee for the moorings baseless and false, "},
		{"gone-on-to", "“Yes,” Hale said, going on to fault the plan, "},
		{"views-after-to", "because to her, “no,” and as Ruiz noted, "},
	}
	sizes := []struct {
		name string
		n    int
	}{{"256KB", 256 << 10}, {"1MB", 1 << 20}}
	for _, u := range units {
		for _, sz := range sizes {
			text := pathological(u.unit, sz.n)
			b.Run(u.name+"/"+sz.name, func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for b.Loop() {
					Extract(text)
				}
			})
		}
	}
	// Inputs that are no unit repeated: a cue beside half a megabyte of
	// one letter or of spaces, and quotations that all take that cue.
	for _, in := range []struct{ name, prefix, fill, after string }{
		{"shared-cue-long-word-before", "", "a", " has said: “We won.” "},
		{"shared-cue-long-word-after", "Tom Hale called ", "f", " “We won.” "},
		{"shared-cue-long-spaces", "Tom Hale has", " ", "said: “We won.” "},
	} {
		for _, sz := range sizes {
			text := in.prefix + strings.Repeat(in.fill, sz.n/2) + in.after + pathological("“We won.” ", sz.n/2)
			b.Run(in.name+"/"+sz.name, func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for b.Loop() {
					Extract(text)
				}
			})
		}
	}
}
