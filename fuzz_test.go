package quote

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"",
		"“The plan,” Senator Whitfield said, “is dead.”",
		"“We will rebuild.” — Mayor Ana Ruiz",
		"“He told me, ‘Never sign,’ and I never have,” she said.",
		"“The first paragraph runs on\n\n“and the second closes it,” he said.",
		"“Never closed\n\nNext paragraph.",
		"The strike, union officials said, will continue until the contract is signed.",
		"According to Sheriff Dale Moss, the blaze started in the kitchen.",
		"Whitfield said that the bill was “dead on arrival” in the Senate.",
		"A U.S. defense official, who briefed reporters on condition of anonymity, cautioned that attacks would continue.",
		"rock 'n' roll, the '90s, O'Neill, ’tis, workers' money, don't",
		"„low“ ‚single‘ «guillemets» ‹single› 「corner」 『white』",
		`"a" "b" "c" 'd' 'e'`,
		"”””’’’»»",
		"““““““““““““",
		"“\xff\xfe,” she said.",
		"\xe2\x80 “\xe2\x80\x9c",
		"said Smith said Smith said Smith",
		"“Yes,” said",
		"The plan failed, according to",
		"Mr. Lee and Mrs. Grant met. She said the plan failed.\r\n\r\nHe said it worked.\r",
		"a\x00“b\x00”\x00 c said.",
		"“A\n\n“B\n\n“C",
		"— Mayor",
		"U.S. Sen. Amy Cole, D-Mass., said: “No.”",
		"In a speech in May, Ruiz said:\n\nWe asked the state to help. It refused.",
		"Hale said — and I quote — “No.” Ruiz declared it “a win.”",
		"Beyond Meat said. Via Rail said. Beyond the vote, Hale said no.",
		"The plan is dead, Hale said as he left, because",
		"Accusing the media of bias, Hale said after the vote that",
		"Donald J. Hale's claim that the drug was safe drew scorn. Mr. King, the agency, as for",
		"Though it was widely reported in March that",
		"Top Hale aides met; said former Hale adviser Ana Ruiz, who marched and",
		"Tom Hale met Dr. Ruiz. She praised it, and he",
		"The fallout from the city’s remark that",
		"10\nAna Ruiz said\n\nStated Ruiz:",
		"Zorbek Malik and his wife, Ghazala Malik,",
		"Hale and Ruiz both said, writes a weekly column and,",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := Extract(text)
		checkExtraction(t, text, got)
		eager := New()
		eager.cfg.eager = true
		if diff := cmp.Diff(eager.Extract(text), got); diff != "" {
			t.Errorf("skipping paragraphs with no frame changes the quotes (-eager +lazy):\n%s", diff)
		}
		if diff := tokenDiff(text); diff != "" {
			t.Errorf("tokens differ (-want +got):\n%s", diff)
		}
		qs := slices.Collect(Quotations(text))
		if diff := cmp.Diff(qs, slices.Collect(Quotations(text))); diff != "" {
			t.Errorf("second scan of quotations differs (-first +second):\n%s", diff)
		}
	})
}

// TestWordSalad runs the extractor over sentences made of words the rules
// look at: cues, pronouns, names, titles, prepositions, quotation marks and
// punctuation, in random order. Byte-level fuzzing seldom builds such
// sentences, and rules that read the words around a cue break on them at
// the edges of a paragraph ("Residents asked Hale").
func TestWordSalad(t *testing.T) {
	words := strings.Fields(`said says told asked urged noted added according to wrote claims states state
		called calling saying adding going on that which who whose what how and but when while after
		he she they it I we Ruiz Hale Tom Ana Sen. Mr. Dr. Jr. May Will the a an his her its
		of in at on by about whether earlier later this week Tuesday percent 66 “ ” ‘ ’ " ' , . : ; — - ? !
		reporters officials critics report poll comments reportedly Q: A: BREAKING: ( ) ¶
		by affected conducted study least most once twice times unless although if whenever
		phrase term words nickname used coined made claim note sounded chanted read sign only
		just now each year DECATUR Ala. (UPI) more than two three five 10 particular whatever no matter
		so yes same thanks thanked bemoaned Bemoaning Citing Saying Chanting praised In Watching prediction
		warning former Vice President Gov. Lt. Police Chief chief senator secretary It board Acme Corp.
		outside door -- she’s He's Said Added nine reporters, welcomed highlighted`)
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for range 4000 {
		b.Reset()
		for n := 1 + r.IntN(14); n > 0; n-- {
			w := words[r.IntN(len(words))]
			if w == "¶" {
				w = "\n\n"
			}
			b.WriteString(w)
			if r.IntN(5) > 0 {
				b.WriteByte(' ')
			}
		}
		text := b.String()
		checkExtraction(t, text, Extract(text))
		if t.Failed() {
			t.Fatalf("input %q", text)
		}
	}
}
