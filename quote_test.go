package quote

import (
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/google/go-cmp/cmp"
)

// view is the readable projection of a Quote that most tests compare:
// what was said, by whom, with which cue. Offsets would hide the point.
type view struct {
	Kind      string
	Speaker   string // the mention as written
	Name      string // what it resolves to
	Anon      bool
	Cue       string
	Inherited bool
	Text      string
	Parts     []string // the text of each part, only when there are several
}

func viewOf(q Quote) view {
	v := view{
		Kind:      q.Kind.String(),
		Speaker:   q.Speaker.Text,
		Name:      q.Speaker.Name,
		Anon:      q.Speaker.Anonymous,
		Cue:       q.Cue.Text,
		Inherited: q.Inherited,
		Text:      q.Text,
	}
	if len(q.Parts) > 1 {
		for _, p := range q.Parts {
			v.Parts = append(v.Parts, p.Text)
		}
	}
	return v
}

func views(qs []Quote) []view {
	var out []view
	for _, q := range qs {
		out = append(out, viewOf(q))
	}
	return out
}

// who is the projection of a Quote's speaker as an entity.
type who struct {
	Speaker string
	Name    string
	Entity  int
	Anon    bool
}

func whos(qs []Quote) []who {
	var out []who
	for _, q := range qs {
		out = append(out, who{q.Speaker.Text, q.Speaker.Name, q.Speaker.Entity, q.Speaker.Anonymous})
	}
	return out
}

// quotationTexts returns the text of each quotation that Quotations finds.
func quotationTexts(text string) []string {
	var out []string
	for q := range Quotations(text) {
		out = append(out, q.Text(text))
	}
	return out
}

// quotationView is the readable projection of a Quotation.
type quotationView struct {
	Parts  []string
	Closed bool
	Nested int
}

func quotationViews(text string) []quotationView {
	var out []quotationView
	for q := range Quotations(text) {
		v := quotationView{Closed: q.Closed, Nested: q.Nested}
		for _, p := range q.Parts {
			v.Parts = append(v.Parts, text[p.Start:p.End])
		}
		out = append(out, v)
	}
	return out
}

type extractCase struct {
	name string
	in   string
	want []view
}

func runExtractCases(t *testing.T, cases []extractCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := Extract(tc.in)
			if diff := cmp.Diff(tc.want, views(got)); diff != "" {
				t.Errorf("Extract(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
			for _, p := range quoteInvariants(tc.in, got) {
				t.Error(p)
			}
		})
	}
}

func TestQuotationMarks(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"curly double", "She said “we are ready” and left.", []string{"“we are ready”"}},
		{"curly single", "She said ‘we are ready’ and left.", []string{"‘we are ready’"}},
		{"straight double", `She said "we are ready" and left.`, []string{`"we are ready"`}},
		{"straight single", "She said 'we are ready' and left.", []string{"'we are ready'"}},
		{"guillemets", "She said «we are ready» and left.", []string{"«we are ready»"}},
		{"single guillemets", "She said ‹we are ready› and left.", []string{"‹we are ready›"}},
		{"low double", "Sie sagte „wir sind bereit“ und ging.", []string{"„wir sind bereit“"}},
		{"low single", "Sie sagte ‚wir sind bereit‘ und ging.", []string{"‚wir sind bereit‘"}},
		{"corner brackets", "彼は「準備ができた」と言った。", []string{"「準備ができた」"}},
		{"white corner brackets", "彼は『準備ができた』と言った。", []string{"『準備ができた』"}},
		{"two kinds in one line", "First «one» and then “two”.", []string{"«one»", "“two”"}},
		{"a closing mark typed to open a line", "Comments:\n”We will rebuild,” said Ana Ruiz.", []string{"”We will rebuild,”"}},
		{"a straight mark doubled with a curly one at a paragraph's start", "Rain fell.\n\n\"“We won,” she said.", []string{"“We won,”"}},
		{"the same after a mark of writing direction", "Comments:\n\u202a”We will rebuild,” said Ana Ruiz.", []string{"”We will rebuild,”"}},
		{"two apostrophes as a double mark", "''We will rebuild,'' said Ana Ruiz.", []string{"''We will rebuild,''"}},
		{"three apostrophes close the inner single mark, then the outer", "''He told me, 'Never sign,''' said Ana Ruiz. '''Maybe,''' he said.",
			[]string{"''He told me, 'Never sign,'''", "'''Maybe,'''"}},

		// Apostrophes that are not quotation marks.
		{"contraction", "We don't know yet, and we won’t guess.", nil},
		{"plural possessive straight", "The workers' money is gone.", nil},
		{"plural possessive curly", "The workers’ money is gone.", nil},
		{"decade", "Prices last rose like this in the '90s and the ’80s.", nil},
		{"rock n roll", "He played rock 'n' roll all night.", nil},
		{"surname", "O'Neill and O’Brien met at the pier.", nil},
		{"elided it", "’Tis the season, and 'tis a busy one.", nil},
		{"apostrophes inside a quotation", "“I don't think the workers' money is safe,” she said.",
			[]string{"“I don't think the workers' money is safe,”"}},
		{"contraction inside single marks", "‘We don’t know,’ she said.", []string{"‘We don’t know,’"}},
		{"possessive inside single marks", "‘The workers’ money is gone,’ he said.",
			[]string{"‘The workers’ money is gone,’"}},

		// An opening mark typed where the closing one belongs.
		{"opening mark typed as closer", "“It was unusual,“ said Ana Ruiz. “Very.”",
			[]string{"“It was unusual,“", "“Very.”"}},
		{"opening mark typed as closer after ?", "“Is that all?“ he asked.", []string{"“Is that all?“"}},

		// Stray closing marks open nothing.
		{"stray closers", "He said” stray” things’ here» too.", nil},
		{"stray closer before a quotation", "Done” and then “real” words.", []string{"“real”"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := quotationTexts(tc.in)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Quotations(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
			for _, p := range quotationInvariants(tc.in) {
				t.Error(p)
			}
		})
	}
}

func TestQuotationStructure(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []quotationView
	}{
		{
			name: "nested belongs to the outer",
			in:   "“He told me, ‘Never sign,’ and I never have,” she said.",
			want: []quotationView{{Parts: []string{"“He told me, ‘Never sign,’ and I never have,”"}, Closed: true, Nested: 1}},
		},
		{
			name: "runs on over paragraphs",
			in:   "“The first paragraph runs on without a closing mark.\n\n“And the second one closes it,” he said.",
			want: []quotationView{{
				Parts:  []string{"“The first paragraph runs on without a closing mark.", "“And the second one closes it,”"},
				Closed: true,
			}},
		},
		{
			name: "unclosed ends at its paragraph",
			in:   "“This one never closes.\n\nThe next paragraph stands alone.",
			want: []quotationView{{Parts: []string{"“This one never closes."}}},
		},
		{
			name: "unclosed does not swallow the next quotation",
			in:   "“Unclosed here.\n\nShe said “closed here” today.",
			want: []quotationView{
				{Parts: []string{"“Unclosed here."}},
				{Parts: []string{"“closed here”"}, Closed: true},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, quotationViews(tc.in)); diff != "" {
				t.Errorf("Quotations(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
			for _, p := range quotationInvariants(tc.in) {
				t.Error(p)
			}
		})
	}
}

func TestQuotationTextJoinsParagraphs(t *testing.T) {
	in := "“One paragraph\n\n“and the next,” he said."
	var got []string
	for q := range Quotations(in) {
		got = append(got, q.Text(in))
	}
	want := []string{"“One paragraph\n\n“and the next,”"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Quotation.Text mismatch (-want +got):\n%s", diff)
	}
}

func TestDirectAfter(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "inverted speaker with an organization and a role",
			in:   "“We are fine,” said Harbor Authority spokesman Dale Moss.",
			want: []view{{Kind: "direct", Speaker: "Harbor Authority spokesman Dale Moss", Name: "Dale Moss", Cue: "said", Text: "“We are fine,”"}},
		},
		{
			name: "any noun phrase between a quotation's comma and its verb speaks",
			in:   "Rain fell. “We must act now,” the two write. Snow fell. “The roads are closed,” Fight for $15 organizer Tom Hale told reporters in Ohio. Sleet fell. “Stay home,” a message on the town website reads. Hail fell. “It is the worst in years,” the dawn of a new era, Ana Ruiz says.",
			want: []view{
				{Kind: "direct", Speaker: "the two", Cue: "write", Text: "“We must act now,”"},
				{Kind: "direct", Speaker: "Fight for $15 organizer Tom Hale", Name: "Tom Hale", Cue: "told", Text: "“The roads are closed,”"},
				{Kind: "direct", Speaker: "a message on the town website", Cue: "reads", Text: "“Stay home,”"},
				{Kind: "mixed", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "says", Text: "“It is the worst in years,” the dawn of a new era"},
			},
		},
		{
			name: "a listener named after told does not end a long speaker's phrase",
			in:   "Rain fell. “The roads are closed,” Fight for $15 organizer Tom Hale told Harbor News 9 in Ohio. Snow fell. “Stay home,” Acme for $20 director Ana Ruiz told Harbor Radio.",
			want: []view{
				{Kind: "direct", Speaker: "Fight for $15 organizer Tom Hale", Name: "Tom Hale", Cue: "told", Text: "“The roads are closed,”"},
				{Kind: "direct", Speaker: "Acme for $20 director Ana Ruiz", Name: "Ana Ruiz", Cue: "told", Text: "“Stay home,”"},
			},
		},
		{
			name: "a capitalized preposition or modal alone before the verb is a surname",
			in:   "Rain fell. “The port will close,” From said. “Nobody asked us.” Snow fell. “The war is a warning,” Will wrote.",
			want: []view{
				{Kind: "direct", Speaker: "From", Cue: "said", Text: "“The port will close,”"},
				{Kind: "direct", Speaker: "From", Cue: "said", Inherited: true, Text: "“Nobody asked us.”"},
				{Kind: "direct", Speaker: "Will", Name: "Will", Cue: "wrote", Text: "“The war is a warning,”"},
			},
		},
		{
			name: "a web address is one word of the speaker's phrase",
			in:   "Rain fell. “Vote early,” Dana Ortiz, the pollster who founded ortizpolls.com wrote on Monday.",
			want: []view{{Kind: "direct", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: "wrote", Text: "“Vote early,”"}},
		},
		{
			name: "a verb that quotes what follows it",
			in:   "With signs calling the plan “a sham,” the marchers chanted “Shame!” Then they left. “Go home,” the crowd chanted.",
			want: []view{
				{Kind: "mixed", Speaker: "signs", Cue: "calling", Text: "the plan “a sham,”"},
				{Kind: "direct", Speaker: "the marchers", Cue: "chanted", Text: "“Shame!”"},
				{Kind: "direct", Speaker: "the crowd", Cue: "chanted", Text: "“Go home,”"},
			},
		},
		{
			name: "a pronoun after said that starts a clause",
			in:   "Hale, who calls the plan a “sham,” said he would vote no.",
			want: []view{
				{Kind: "mixed", Speaker: "who", Name: "Hale", Cue: "calls", Text: "the plan a “sham,”"},
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "he would vote no"},
			},
		},
		{
			name: "an exclamation, then the verb and a clause of time",
			in:   "“We won the vote!” Hale said as she left the hall.",
			want: []view{{Kind: "direct", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "“We won the vote!”"}},
		},
		{
			name: "a noun for a work before a quoted clause",
			in:   "Before the grant program, “towns were losing money,” Hale said.",
			want: []view{{Kind: "mixed", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "Before the grant program, “towns were losing money,”"}},
		},
		{
			name: "a report with a cue of its own before a quoted phrase",
			in:   "In one email, Hale said he had put a note in a “shred bin,” the Ledger reported. Ruiz admitted the plan's flaws - its “gaps,” the Ledger reported.",
			want: []view{
				{Kind: "mixed", Speaker: "the Ledger", Name: "Ledger", Cue: "reported", Text: "In one email, Hale said he had put a note in a “shred bin,”"},
				{Kind: "mixed", Speaker: "Ruiz", Name: "Ruiz", Cue: "admitted", Text: "the plan's flaws - its “gaps,”"},
				{Kind: "direct", Speaker: "the Ledger", Name: "Ledger", Cue: "reported", Text: "“gaps,”"},
			},
		},
		{
			name: "an attribution set off by commas inside the sentence a quotation ends",
			in:   "The reality is, Hale added, “there are no second chances.” In a statement, Hale said, “We will rebuild.”",
			want: []view{
				{Kind: "mixed", Speaker: "Hale", Name: "Hale", Cue: "added", Text: "The reality is, Hale added, “there are no second chances.”", Parts: []string{"The reality is", "“there are no second chances.”"}},
				{Kind: "direct", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "“We will rebuild.”"},
			},
		},
		{
			name: "a first name that is also a verb",
			in:   "“It is expensive,” said Will Ortega. May Lee said the levee held.",
			want: []view{
				{Kind: "direct", Speaker: "Will Ortega", Name: "Will Ortega", Cue: "said", Text: "“It is expensive,”"},
				{Kind: "indirect", Speaker: "May Lee", Name: "May Lee", Cue: "said", Text: "the levee held"},
			},
		},
		{
			name: "a question inside the quotation before its verb",
			in:   "“She asked us, ‘What can we do?’” Ortega said.",
			want: []view{{Kind: "direct", Speaker: "Ortega", Name: "Ortega", Cue: "said", Text: "“She asked us, ‘What can we do?’”"}},
		},
		{
			name: "a sentence that is only the attribution",
			in:   "“The levee held through the night.” Ruiz said on Monday. “The pumps did the rest.” Hale said the count was wrong.",
			want: []view{
				{Kind: "direct", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "“The levee held through the night.”"},
				{Kind: "direct", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Inherited: true, Text: "“The pumps did the rest.”"},
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "the count was wrong"},
			},
		},
		{
			name: "a floating quotation after reported speech carries on its speaker",
			in:   "“We will win,” said Tom Perry, a county chairman.\n\nJoe Hunter, a blogger, said he will not vote for Hale. “He is no conservative!”",
			want: []view{
				{Kind: "direct", Speaker: "Tom Perry, a county chairman", Name: "Tom Perry", Cue: "said", Text: "“We will win,”"},
				{Kind: "indirect", Speaker: "Joe Hunter, a blogger", Name: "Joe Hunter", Cue: "said", Text: "he will not vote for Hale"},
				{Kind: "direct", Speaker: "Joe Hunter", Name: "Joe Hunter", Cue: "said", Inherited: true, Text: "“He is no conservative!”"},
			},
		},
		{
			name: "a quotation that opens a sentence without filling it carries on its speaker",
			in:   "“We can win this county,” said Dana Ortiz, a county chairman. “The voters know it” in every town she visits. “Ballots” is the word on every sign.",
			want: []view{
				{Kind: "direct", Speaker: "Dana Ortiz, a county chairman", Name: "Dana Ortiz", Cue: "said", Text: "“We can win this county,”"},
				{Kind: "mixed", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: "said", Inherited: true, Text: "“The voters know it” in every town she visits"},
			},
		},
		{
			name: "a quotation that opens a sentence and ends in a comma carries on alone",
			in:   "“We can win this county,” said Dana Ortiz, a county chairman. “The voters know it,” which few doubt.",
			want: []view{
				{Kind: "direct", Speaker: "Dana Ortiz, a county chairman", Name: "Dana Ortiz", Cue: "said", Text: "“We can win this county,”"},
				{Kind: "direct", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: "said", Inherited: true, Text: "“The voters know it,”"},
			},
		},
		{
			name: "a floating quotation after a report beside a quotation's attribution",
			in:   "“We will win,” said Ana Ruiz, who said she would run. “Nobody can stop us.”",
			want: []view{
				{Kind: "direct", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "“We will win,”"},
				{Kind: "indirect", Speaker: "who", Name: "Ana Ruiz", Cue: "said", Text: "she would run"},
				{Kind: "direct", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Inherited: true, Text: "“Nobody can stop us.”"},
			},
		},
		{
			name: "an inverted verb the lexicon lacks, then a name",
			in:   "“This is fantastic!” beamed Ana Ruiz of Madison, who had come early.",
			want: []view{{Kind: "direct", Speaker: "Ana Ruiz of Madison", Name: "Ana Ruiz", Cue: "beamed", Text: "“This is fantastic!”"}},
		},
		{
			name: "went on after a quotation carries on the words, but not before to or an object",
			in:   "“We will rebuild the pier,” Ana Ruiz went on. “Is that a promise?” Tom Hale went on, as if nobody had asked. “It is.” The vote went on to pass, and Dana Ortiz went on a tour.",
			want: []view{
				{Kind: "direct", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "went on", Text: "“We will rebuild the pier,”"},
				{Kind: "direct", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "went on", Text: "“Is that a promise?”"},
				{Kind: "direct", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "went on", Inherited: true, Text: "“It is.”"},
			},
		},
		{
			name: "an age after a comma inside the speaker's description",
			in:   "“From day one, I made it my priority,” the soft-spoken, 71-year-old diplomat said.",
			want: []view{{Kind: "direct", Speaker: "the soft-spoken, 71-year-old diplomat", Anon: true, Cue: "said", Text: "“From day one, I made it my priority,”"}},
		},
		{
			name: "a long description joined by and",
			in:   "“The state is worried,” the retired Dover judge and mayoral candidate told reporters.",
			want: []view{{Kind: "direct", Speaker: "the retired Dover judge and mayoral candidate", Cue: "told", Text: "“The state is worried,”"}},
		},
		{
			name: "an inverted cue and a word that stands for a person",
			in:   "“Watch out for Hale,” tweeted another.",
			want: []view{{Kind: "direct", Speaker: "another", Cue: "tweeted", Text: "“Watch out for Hale,”"}},
		},
		{
			name: "a short quotation inside the aside before the verb",
			in:   "“We have had better meetings,” delegate Bill East, wearing a hat and “Ortega” pins, said.",
			want: []view{{Kind: "direct", Speaker: "delegate Bill East", Name: "Bill East", Cue: "said", Text: "“We have had better meetings,”"}},
		},
		{
			name: "a long appositive before the verb",
			in:   "“We will rebuild,” Ruiz, the mayor who has led the town through three floods and two droughts since she first took office in the spring of 2009, said on Monday.",
			want: []view{{Kind: "direct", Speaker: "Ruiz, the mayor who has led the town through three floods and two droughts since she first took office in the spring of 2009", Name: "Ruiz", Cue: "said", Text: "“We will rebuild,”"}},
		},
		{
			name: "a middle initial",
			in:   "“We will rebuild,” said Ana M. Ruiz. Tom B. Hale said the levee held. “Not again.” ― Luis P. Ortega",
			want: []view{
				{Kind: "direct", Speaker: "Ana M. Ruiz", Name: "Ana M. Ruiz", Cue: "said", Text: "“We will rebuild,”"},
				{Kind: "indirect", Speaker: "Tom B. Hale", Name: "Tom B. Hale", Cue: "said", Text: "the levee held"},
				{Kind: "direct", Speaker: "Luis P. Ortega", Name: "Luis P. Ortega", Cue: "―", Text: "“Not again.”"},
			},
		},
		{
			name: "speaker with a nickname",
			in:   "“This is our year!” state Del. Rosa “Ro” Vance shouted.",
			want: []view{{Kind: "direct", Speaker: "state Del. Rosa “Ro” Vance", Name: "Del. Rosa Vance", Cue: "shouted", Text: "“This is our year!”"}},
		},
		{
			name: "a cue's noun form before the cue",
			in:   "\"We will win,\" his niece, state Del. Rosa Vance, shouted. \"Turnout rose,\" the report stated.",
			want: []view{
				{Kind: "direct", Speaker: "his niece, state Del. Rosa Vance", Cue: "shouted", Text: "\"We will win,\""},
				{Kind: "direct", Speaker: "the report", Cue: "stated", Text: "\"Turnout rose,\""},
			},
		},
		{
			name: "name in an appositive",
			in:   "“We will win,” his niece, Rosa Vance, told the crowd. “Floods” climate change, Ruiz said.",
			want: []view{
				{Kind: "direct", Speaker: "his niece, Rosa Vance", Name: "Rosa Vance", Cue: "told", Text: "“We will win,”"},
				{Kind: "mixed", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "“Floods” climate change"},
			},
		},
		{
			name: "verb and particle",
			in:   "“Nobody asked you,” Hale fired back.",
			want: []view{{Kind: "direct", Speaker: "Hale", Name: "Hale", Cue: "fired back", Text: "“Nobody asked you,”"}},
		},
		{
			name: "name said",
			in:   "“The only solution is a political agreement,” Esper said.",
			want: []view{{Kind: "direct", Speaker: "Esper", Name: "Esper", Cue: "said",
				Text: "“The only solution is a political agreement,”"}},
		},
		{
			name: "said name with appositive",
			in:   "“The bridge will reopen in May,” said Paul Okafor, the county engineer.",
			want: []view{{Kind: "direct", Speaker: "Paul Okafor, the county engineer", Name: "Paul Okafor", Cue: "said",
				Text: "“The bridge will reopen in May,”"}},
		},
		{
			name: "an age that ends the sentence is the speaker's",
			in:   "“We need the bridge,” said Tom Hale, 61. “It held,” Ana Ruiz said, 45 minutes later.",
			want: []view{
				{Kind: "direct", Speaker: "Tom Hale, 61", Name: "Tom Hale", Cue: "said", Text: "“We need the bridge,”"},
				{Kind: "direct", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "“It held,”"},
			},
		},
		{
			name: "a speaker's appositives: a description, an age and a place, but not a relative clause",
			in:   "“We need the bridge,” said Tom Hale, 61, of Dayton, Ohio. Ana Ruiz, the mayor of Harbor City, said the levee held. Bo Lin, who resigned in May, said the fund was empty.",
			want: []view{
				{Kind: "direct", Speaker: "Tom Hale, 61, of Dayton, Ohio", Name: "Tom Hale", Cue: "said", Text: "“We need the bridge,”"},
				{Kind: "indirect", Speaker: "Ana Ruiz, the mayor of Harbor City", Name: "Ana Ruiz", Cue: "said", Text: "the levee held"},
				{Kind: "indirect", Speaker: "Bo Lin", Name: "Bo Lin", Cue: "said", Text: "the fund was empty"},
			},
		},
		{
			name: "appositives of a role, a party and state, or a possessor's role, but not a participle",
			in:   "“The plan is dead,” said Rep. Ana Ruiz, Democrat of Ohio. Tom Hale, executive director of the Harbor Trust, said the fund was empty. Dana Ortiz, Hale’s campaign manager, said the race was close. “It failed,” said Luis Ortega, adding that the vote was lost.",
			want: []view{
				{Kind: "direct", Speaker: "Rep. Ana Ruiz, Democrat of Ohio", Name: "Ana Ruiz", Cue: "said", Text: "“The plan is dead,”"},
				{Kind: "indirect", Speaker: "Tom Hale, executive director of the Harbor Trust", Name: "Tom Hale", Cue: "said", Text: "the fund was empty"},
				{Kind: "indirect", Speaker: "Dana Ortiz, Hale’s campaign manager", Name: "Dana Ortiz", Cue: "said", Text: "the race was close"},
				{Kind: "direct", Speaker: "Luis Ortega", Name: "Luis Ortega", Cue: "said", Text: "“It failed,”"},
				{Kind: "indirect", Speaker: "Luis Ortega", Name: "Luis Ortega", Cue: "adding", Text: "the vote was lost"},
			},
		},
		{
			name: "an appositive's noun with a relative clause of its own",
			in:   "Eve Sand, a lawyer who filed the suit, said the vote was void. “It was close,” said Rosa Vance, a judge who heard the case.",
			want: []view{
				{Kind: "indirect", Speaker: "Eve Sand, a lawyer who filed the suit", Name: "Eve Sand", Cue: "said", Text: "the vote was void"},
				{Kind: "direct", Speaker: "Rosa Vance, a judge who heard the case", Name: "Rosa Vance", Cue: "said", Text: "“It was close,”"},
			},
		},
		{
			name: "a place's state is no time nor another's name, and keeps its abbreviation's period",
			in:   "“We lost,” said Tom Hale, the mayor of Dayton, Tuesday. “We won,” said Ana Ruiz, the clerk of Lima, Jan. 5. “It rained,” said Bo Lin, a farmer in Troy, Ind., on Monday. “It held,” said Eve Sand, the mayor of Lima, Rosa Vance, the clerk, and Kate Cole. “It hailed,” said Ayo Bello, a farmer in Lima, Va. on Sunday.",
			want: []view{
				{Kind: "direct", Speaker: "Tom Hale, the mayor of Dayton", Name: "Tom Hale", Cue: "said", Text: "“We lost,”"},
				{Kind: "direct", Speaker: "Ana Ruiz, the clerk of Lima", Name: "Ana Ruiz", Cue: "said", Text: "“We won,”"},
				{Kind: "direct", Speaker: "Bo Lin, a farmer in Troy, Ind.", Name: "Bo Lin", Cue: "said", Text: "“It rained,”"},
				{Kind: "direct", Speaker: "Eve Sand, the mayor of Lima", Name: "Eve Sand", Cue: "said", Text: "“It held,”"},
				{Kind: "direct", Speaker: "Ayo Bello, a farmer in Lima, Va.", Name: "Ayo Bello", Cue: "said", Text: "“It hailed,”"},
			},
		},
		{
			name: "a relative clause that reports is no part of the appositive",
			in:   "“It was close,” said Rosa Vance, a judge who said the count was flawed. Eve Sand, a lawyer who told reporters the case was weak, said the verdict stood.",
			want: []view{
				{Kind: "direct", Speaker: "Rosa Vance, a judge", Name: "Rosa Vance", Cue: "said", Text: "“It was close,”"},
				{Kind: "indirect", Speaker: "who", Cue: "said", Text: "the count was flawed"},
				{Kind: "indirect", Speaker: "who", Cue: "told", Text: "the case was weak"},
				{Kind: "indirect", Speaker: "Eve Sand", Name: "Eve Sand", Cue: "said", Text: "the verdict stood"},
			},
		},
		{
			name: "adjuncts after the cue",
			in:   "“We are closer than ever,” Esper said in Brussels Thursday after a meeting.",
			want: []view{{Kind: "direct", Speaker: "Esper", Name: "Esper", Cue: "said",
				Text: "“We are closer than ever,”"}},
		},
		{
			name: "question asked by a titled name",
			in:   "“Who pays for this?” asked Senator Tom Hale.",
			want: []view{{Kind: "direct", Speaker: "Senator Tom Hale", Name: "Tom Hale", Cue: "asked",
				Text: "“Who pays for this?”"}},
		},
		{
			name: "straight marks",
			in:   `"We ran out of sandbags," said Sheriff Dale Moss.`,
			want: []view{{Kind: "direct", Speaker: "Sheriff Dale Moss", Name: "Dale Moss", Cue: "said",
				Text: `"We ran out of sandbags,"`}},
		},
	})
}

func TestDirectBefore(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a quotation in the view of the person after to and a comma",
			in:   "Ana Ruiz kept the crews at work because to her, “nothing matters more than a safe harbor.” To Tom Hale, the pier is “the heart of the town,” and he walks it daily. He sent the plan to Bo Lin, “for his eyes only.” The prize went, as always, to Bo Lin, “the best of us.” The crews sailed to Boston and to Salem, “the harbor town.”",
			want: []view{
				{Kind: "direct", Speaker: "her", Name: "Ana Ruiz", Cue: "to", Text: "“nothing matters more than a safe harbor.”"},
				{Kind: "mixed", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "To", Text: "the pier is “the heart of the town,”"},
			},
		},
		{
			name: "a paragraph after a cue and a colon, with no marks, is a block quotation",
			in:   "In a speech last year, Ana Ruiz said:\n\nLet no one be fooled: this levy is a toll on every boat in the harbor.\n\nThe council voted on Monday.",
			want: []view{{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "Let no one be fooled: this levy is a toll on every boat in the harbor"}},
		},
		{
			name: "a block quotation follows a cue with an adverb before its colon",
			in:   "Ana Ruiz said again:\n\nThis plan is a tax on every family in the county, and it must go.\n\nTom Hale said publicly:\n\nThe levy failed twice, and it will fail a third time in May.",
			want: []view{
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "This plan is a tax on every family in the county, and it must go"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "The levy failed twice, and it will fail a third time in May"},
			},
		},
		{
			name: "a block's report according to a third person is no part of it, and one according to the speaker's own side is",
			in:   "Ana Ruiz said:\n\nThe plan is a tax on every family in the county, according to Tom Hale, the council president.\n\nDana Ortiz wrote:\n\nThe levee will hold through the spring, according to our engineers at the county.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale, the council president", Name: "Tom Hale", Cue: "according to", Text: "The plan is a tax on every family in the county"},
				{Kind: "indirect", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: "wrote", Text: "The levee will hold through the spring, according to our engineers at the county"},
			},
		},
		{
			name: "a paragraph with frames of its own, a credit line or a biography is no block quotation",
			in:   "Ana Ruiz said:\n\nTom Hale, the council president, said the plan was dead and would not be revived.\n\nDana Ortiz wrote:\n\nOrtiz, 54, has served on the council since 2010 and chairs its budget panel.\n\nKate Cole added:\n\nThe Associated Press contributed to this report from the county seat.\n\nAfter Ayo Bello warned of cuts, the council faced a choice:\n\nIt could raise the levy or close two libraries before the end of the year.",
			want: []view{{Kind: "indirect", Speaker: "Tom Hale, the council president", Name: "Tom Hale", Cue: "said", Text: "the plan was dead and would not be revived"}},
		},
		{
			name: "a block quotation holds the speaker's own reports, scare quotes, and follows a cue with a participle after it",
			in:   "Mayor Ana Ruiz said in a statement released Friday:\n\nWe asked the state to help, and it refused. Its so-called “plan” is a fraud, and we will not stand for it.\n\nI told the council:\n\nI will not resign, and I will not let this city down this year.",
			want: []view{
				{Kind: "indirect", Speaker: "Mayor Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "We asked the state to help, and it refused. Its so-called “plan” is a fraud, and we will not stand for it"},
				{Kind: "indirect", Speaker: "I", Cue: "told", Text: "I will not resign, and I will not let this city down this year"},
			},
		},
		{
			name: "what a colon after another verb introduces is no block quotation",
			in:   "To win, Tom Hale has to do the following:\n\nStop the spending and cut the levy before the vote.\n\nTom Hale wrote:\n\nWASHINGTON TODAY",
		},
		{
			name: "the subject of a list of verbs after a clause of its own",
			in:   "When I asked Ana Ruiz if she would ever endorse Tom Hale, she looked into the camera, furrowed her brow and said, “Never in my life.”",
			want: []view{
				{Kind: "indirect", Speaker: "I", Cue: "asked", Text: "if she would ever endorse Tom Hale"},
				{Kind: "direct", Speaker: "she", Name: "Ana Ruiz", Cue: "said", Text: "“Never in my life.”"},
			},
		},
		{
			name: "the writer's aside “and I quote” is no cue",
			in:   "Tom Hale said, and I quote, “We love the harbor.” Ana Ruiz wrote, I quote: “The plan is dead.” Dana Ortiz said — and I quote — “Nobody is getting fired.”",
			want: []view{
				{Kind: "direct", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "“We love the harbor.”"},
				{Kind: "direct", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "wrote", Text: "“The plan is dead.”"},
				{Kind: "direct", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: "said", Text: "“Nobody is getting fired.”"},
			},
		},
		{
			name: "a colon ends a paragraph whose verb comes before its speaker",
			in:   "Mayor Ana Ruiz spoke on the radio.\n\nStated Ruiz:\n\n“The stakes are high.”\n\nAdded Tom Hale:\n\n“We will win.”",
			want: []view{
				{Kind: "direct", Speaker: "Ruiz", Name: "Ana Ruiz", Cue: "Stated", Text: "“The stakes are high.”"},
				{Kind: "direct", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "Added", Text: "“We will win.”"},
			},
		},
		{
			name: "a colon ends the paragraph before a quotation with its own attribution",
			in:   "The nurse's joy at the rally is set down in detail:\n\n“Here he comes,” she said.",
			want: []view{{Kind: "direct", Speaker: "she", Cue: "said", Text: "“Here he comes,”"}},
		},
		{
			name: "a verb that names its object takes the object into the quotation's content",
			in:   "Ana Ruiz thanked the volunteers, declaring it “a fine day for the whole valley.” Tom Hale branded the plan “a fraud.” The board deemed him “well qualified.” The safe held files later deemed “secret.” Kate Cole mocked Tom Hale, who she dubbed “the little mayor.”",
			want: []view{
				{Kind: "mixed", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "declaring", Text: "it “a fine day for the whole valley.”"},
				{Kind: "mixed", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "branded", Text: "the plan “a fraud.”"},
				{Kind: "mixed", Speaker: "The board", Cue: "deemed", Text: "him “well qualified.”"},
				{Kind: "direct", Speaker: "she", Name: "Kate Cole", Cue: "dubbed", Text: "“the little mayor.”"},
			},
		},
		{
			name: "the words of a sign or a chant are all in the marks",
			in:   "His sign read “Farmers 4 Ruiz” — and he waved it. Marchers were chanting “We are here” and “Disarm hate” as they walked.",
			want: []view{
				{Kind: "direct", Speaker: "His sign", Cue: "read", Text: "“Farmers 4 Ruiz”"},
				{Kind: "direct", Speaker: "Marchers", Cue: "were chanting", Text: "“We are here” and “Disarm hate”"},
			},
		},
		{
			name: "a noun for words introduces them",
			in:   "Hale has used the phrase “illegal aliens” often. Many people disliked Vance’s phrase “tax the boats.” Ruiz ran on the slogan “Harbor First” in 1988. A shop sold anything with the words “Go Ruiz” on it.",
			want: []view{
				{Kind: "direct", Speaker: "Hale", Name: "Hale", Cue: "has used the phrase", Text: "“illegal aliens”"},
				{Kind: "direct", Speaker: "Vance’s", Name: "Vance", Cue: "phrase", Text: "“tax the boats.”"},
				{Kind: "direct", Speaker: "Ruiz", Name: "Ruiz", Cue: "ran on the slogan", Text: "“Harbor First”"},
			},
		},
		{
			name: "a colon after words said or written hands the quotation to them",
			in:   "Rain fell all week. Hale’s letter makes a simple case: “We must act now.” A footnote in the plan makes that clear: “The levee is old.” Her response was: “Not today.” From the report: “Costs will rise.”",
			want: []view{
				{Kind: "direct", Speaker: "Hale’s letter", Cue: ":", Text: "“We must act now.”"},
				{Kind: "direct", Speaker: "A footnote in the plan", Cue: ":", Text: "“The levee is old.”"},
				{Kind: "direct", Speaker: "Her response", Cue: ":", Text: "“Not today.”"},
				{Kind: "direct", Speaker: "the report", Cue: ":", Text: "“Costs will rise.”"},
			},
		},
		{
			name: "a paragraph that ends in a colon hands the quotation to its cue, not to a capitalized word",
			in:   "The storm did not move the council. Tom Hale wrote at The Daily Post:\n\n“The levy is dead and the council knows it.”\n\nThe vote is Monday.",
			want: []view{{Kind: "direct", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "wrote", Text: "“The levy is dead and the council knows it.”"}},
		},
		{
			name: "a plural possessive before a noun for words",
			in:   "Rain fell. The fair moved to Ohio because, in the Rangers’ words, “the crowds are bigger.”",
			want: []view{{Kind: "direct", Speaker: "Rangers", Name: "Rangers", Cue: "words", Text: "“the crowds are bigger.”"}},
		},
		{
			name: "colon after a long opening phrase",
			in:   "With county officials more and more worried about the state of the levees along the river this spring, Mayor Ana Ruiz has a new and simpler message: “Leave now.”",
			want: []view{{Kind: "direct", Speaker: "Mayor Ana Ruiz", Name: "Ana Ruiz", Cue: ":", Text: "“Leave now.”"}},
		},
		{
			name: "byline after a heading and a dash",
			in:   "The week in polls.\n\nTURNOUT ROSE, BUT NOT EVERYWHERE - Ana Ruiz and Tom Hale: “Early voting doubled in the cities.”",
			want: []view{{Kind: "direct", Speaker: "Ana Ruiz and Tom Hale", Name: "Ana Ruiz and Tom Hale", Cue: ":", Text: "“Early voting doubled in the cities.”"}},
		},
		{
			name: "a verb of judging before quoted words",
			in:   "In a speech, Ruiz attacked “the cynics who bet against this town.” The attack on the levee failed.",
			want: []view{{Kind: "mixed", Speaker: "Ruiz", Name: "Ruiz", Cue: "attacked", Text: "“the cynics who bet against this town.”"}},
		},
		{
			name: "verbs of blame and praise before quoted words",
			in:   "At the debate, Ana Ruiz blamed the “bad weather” for the delay. Tom Hale defended the plan as “the only way out.”",
			want: []view{
				{Kind: "mixed", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "blamed", Text: "the “bad weather” for the delay"},
				{Kind: "mixed", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "defended", Text: "the plan as “the only way out.”"},
			},
		},
		{
			name: "a noun for a work after a verb that quotes",
			in:   "Ruiz called the show “a joke.” His book “Harbor Lights” sold well.",
			want: []view{{Kind: "mixed", Speaker: "Ruiz", Name: "Ruiz", Cue: "called", Text: "the show “a joke.”"}},
		},
		{
			name: "what someone was cast as, whatever the verb",
			in:   "Tom Hale openly admires the governor as a “true captain,” comparing him to others. In July, Ana Ruiz dismissed the town as being in the “outskirts of the harbor” at a fair. She referred to them as “cheats” and “liars” all week.",
			want: []view{
				{Kind: "mixed", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "openly admires", Text: "the governor as a “true captain,”"},
				{Kind: "mixed", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "dismissed", Text: "the town as being in the “outskirts of the harbor”"},
				{Kind: "mixed", Speaker: "She", Name: "Ana Ruiz", Cue: "referred", Text: "them as “cheats” and “liars”"},
			},
		},
		{
			name: "what a verb of naming reports ends where the subject does something else, but not at a participle that says more of it",
			in:   "Tom Hale called the plan “a fraud” and walked out of the hall. Ana Ruiz called the levy “a burden” and “a mistake” for farmers. Dana Ortiz called the cuts “cruel” and rooted in fear.",
			want: []view{
				{Kind: "mixed", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "called", Text: "the plan “a fraud”"},
				{Kind: "mixed", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "called", Text: "the levy “a burden” and “a mistake” for farmers"},
				{Kind: "mixed", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: "called", Text: "the cuts “cruel” and rooted in fear"},
			},
		},
		{
			name: "cast as, with no object or no speaker",
			in:   "Ruiz is seen as a “rising star.” The files were marked as “secret.” It listed items such as “tents” and “water.”",
		},
		{
			name: "a cue before an exclamation, and a sentence after it",
			in:   "Ana Ruiz walked onto the stage, chanting “We will win!” The crowd cheered.",
			want: []view{{Kind: "direct", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "chanting", Text: "“We will win!”"}},
		},
		{
			name: "a question put to one speaker and answered by another",
			in:   "Hale was asked, “Did you know?” Ruiz answered, “No one did.”",
			want: []view{
				{Kind: "direct", Cue: "was asked", Text: "“Did you know?”"},
				{Kind: "direct", Speaker: "Ruiz", Name: "Ruiz", Cue: "answered", Text: "“No one did.”"},
			},
		},
		{
			name: "relative that after a thing",
			in:   "Volunteers handed out fans that said, “Vote early.”",
			want: []view{{Kind: "direct", Speaker: "that", Cue: "said", Text: "“Vote early.”"}},
		},
		{
			name: "went on to say",
			in:   "The mayor went on to say, “Nobody will pay more.”",
			want: []view{{Kind: "direct", Speaker: "The mayor", Cue: "went on to say", Text: "“Nobody will pay more.”"}},
		},
		{
			name: "began by saying",
			in:   "When she returned, Ruiz began by saying, “The levee held.”",
			want: []view{{Kind: "direct", Speaker: "Ruiz", Name: "Ruiz", Cue: "saying", Text: "“The levee held.”"}},
		},
		{
			name: "participle right after a quotation",
			in:   "Ruiz said the plan was “a disaster,” adding, “Nobody asked us.”",
			want: []view{
				{Kind: "mixed", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "the plan was “a disaster,”"},
				{Kind: "direct", Speaker: "Ruiz", Name: "Ruiz", Cue: "adding", Text: "“Nobody asked us.”"},
			},
		},
		{
			name: "verb and particle",
			in:   "Hale shot back, “Nobody asked you.” Ruiz pointed out, “The count was fair.”",
			want: []view{
				{Kind: "direct", Speaker: "Hale", Name: "Hale", Cue: "shot back", Text: "“Nobody asked you.”"},
				{Kind: "direct", Speaker: "Ruiz", Name: "Ruiz", Cue: "pointed out", Text: "“The count was fair.”"},
			},
		},
		{
			name: "verb without its particle",
			in:   "Hale shot, “Nobody asked you.” The deputy shot him in the leg.",
		},
		{
			name: "the refusal, not the infinitive, is the report",
			in:   "The mayor declined to say, “No comment.”",
			want: []view{{Kind: "mixed", Speaker: "The mayor", Cue: "declined", Text: "to say, “No comment.”"}},
		},
		{
			name: "an infinitive that is no report",
			in:   "The mayor refused to say, “No comment.”",
		},
		{
			name: "name with appositive and colon",
			in:   "Rita Alvarez, a nurse at the clinic, said: “We ran out of beds by noon.”",
			want: []view{{Kind: "direct", Speaker: "Rita Alvarez, a nurse at the clinic", Name: "Rita Alvarez", Cue: "said",
				Text: "“We ran out of beds by noon.”"}},
		},
		{
			name: "quoted sentence then the writer's words",
			in:   "The marchers chanted “Whose streets?” and kept walking until dusk.",
			want: []view{{Kind: "direct", Speaker: "The marchers", Cue: "chanted",
				Text: "“Whose streets?”"}},
		},
		{
			name: "second of two verbs, subject of the first",
			in:   "When the clerk read the total aloud, Okafor laughed and said, “That cannot be right.”",
			want: []view{{Kind: "direct", Speaker: "Okafor", Name: "Okafor", Cue: "said",
				Text: "“That cannot be right.”"}},
		},
		{
			name: "second of two verbs, subject of the sentence",
			in:   "Hale took the podium Tuesday and called the budget “a work of fiction.”",
			want: []view{{Kind: "mixed", Speaker: "Hale", Name: "Hale", Cue: "called",
				Text: "the budget “a work of fiction.”"}},
		},
		{
			name: "while and a participle",
			in:   "Groups of protesters circled the stadium while chanting, “Fees down, doors open.”",
			want: []view{{Kind: "direct", Speaker: "Groups of protesters", Cue: "chanting",
				Text: "“Fees down, doors open.”"}},
		},
		{
			name: "later and a day between speaker and cue",
			in:   "Priebus later Thursday told the network: “Both of them are meeting next week.”",
			want: []view{{Kind: "direct", Speaker: "Priebus", Name: "Priebus", Cue: "told",
				Text: "“Both of them are meeting next week.”"}},
		},
		{
			name: "comma inside the close, then a subordinate clause",
			in:   "Okafor leaned over and says, “Sign it now,” before the lawyers arrive.",
			want: []view{{Kind: "direct", Speaker: "Okafor", Name: "Okafor", Cue: "says",
				Text: "“Sign it now,”"}},
		},
		{
			name: "a quotation in two apostrophes that ends with a single-quoted phrase inside it",
			in:   "''Voters will not settle for 'We'll fix it later,''' said Ana Ruiz, the council president.",
			want: []view{{Kind: "direct", Speaker: "Ana Ruiz, the council president", Name: "Ana Ruiz", Cue: "said",
				Text: "''Voters will not settle for 'We'll fix it later,'''"}},
		},
	})
}

func TestSplit(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a participle cue and an adverb between two quotations",
			in:   "“We cannot afford this,” Hale said, adding later, “it is costing us a fortune.”",
			want: []view{
				{Kind: "direct", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "“We cannot afford this,”"},
				{Kind: "direct", Speaker: "Hale", Name: "Hale", Cue: "adding", Text: "“it is costing us a fortune.”"},
			},
		},
		{
			name: "a quotation that goes on after the attribution and a conjunction",
			in:   "“I like Hale,” Ruiz said, but “on taxes, Hale has a history.”",
			want: []view{{Kind: "mixed", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "“I like Hale,” Ruiz said, but “on taxes, Hale has a history.”", Parts: []string{"“I like Hale,”", "but “on taxes, Hale has a history.”"}}},
		},
		{
			name: "attribution inside the quotation",
			in:   "“The plan,” Senator Whitfield said, “is dead.”",
			want: []view{{Kind: "direct", Speaker: "Senator Whitfield", Name: "Whitfield", Cue: "said",
				Text:  "“The plan,” Senator Whitfield said, “is dead.”",
				Parts: []string{"“The plan,”", "“is dead.”"}}},
		},
		{
			name: "a participle cue between is no split",
			in:   "“We lost the vote,” Hale said on the radio, adding, “The count was fair.”",
			want: []view{
				{Kind: "direct", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "“We lost the vote,”"},
				{Kind: "direct", Speaker: "Hale", Name: "Hale", Cue: "adding", Text: "“The count was fair.”"},
			},
		},
	})
}

func TestFloating(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "after a sentence that is only an attribution",
			in:   "The count ended late. Ruiz agreed. “We won, and we won fairly.”",
			want: []view{{Kind: "direct", Speaker: "Ruiz", Name: "Ruiz", Cue: "agreed", Text: "“We won, and we won fairly.”"}},
		},
		{
			name: "a sentence with a verb of its own gives no speaker",
			in:   "The count ended late. The mayor resigned. “We won.”",
		},
		{
			name: "next paragraph",
			in:   "“We will not back down,” Mayor Ana Ruiz said.\n\n“Not now, not ever.”",
			want: []view{
				{Kind: "direct", Speaker: "Mayor Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "“We will not back down,”"},
				{Kind: "direct", Speaker: "Mayor Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Inherited: true, Text: "“Not now, not ever.”"},
			},
		},
		{
			name: "next paragraph, after a paragraph that ends with a quotation carried on",
			in:   "“We will not back down,” Mayor Ana Ruiz said. “Not now.”\n\n“Not ever.”",
			want: []view{
				{Kind: "direct", Speaker: "Mayor Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "“We will not back down,”"},
				{Kind: "direct", Speaker: "Mayor Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Inherited: true, Text: "“Not now.”"},
				{Kind: "direct", Speaker: "Mayor Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Inherited: true, Text: "“Not ever.”"},
			},
		},
		{
			// An excerpt sets a mark before each of its paragraphs and
			// closes only the last: such a paragraph is the excerpt's.
			name: "next paragraph left open, after a quotation carried on",
			in:   "“We will not back down,” Mayor Ana Ruiz said. “Not now.”\n\n\"The crowd cheered and went home.",
			want: []view{
				{Kind: "direct", Speaker: "Mayor Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "“We will not back down,”"},
				{Kind: "direct", Speaker: "Mayor Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Inherited: true, Text: "“Not now.”"},
			},
		},
	})
}

func TestOpenParagraphGoesToTheNextSpeaker(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "another speaker named in the next paragraph takes the quotation left open",
			in:   "“It is a cheap trick,” Rep. Ana Lowe said Friday. “If indeed he is not legitimate, how can you sleep well at night.\n\n“I have been losing a lot of sleep,” added Rep. Tom Hale.",
			want: []view{
				{Kind: "direct", Speaker: "Rep. Ana Lowe", Name: "Ana Lowe", Cue: "said", Text: "“It is a cheap trick,”"},
				{Kind: "direct", Speaker: "Rep. Tom Hale", Name: "Tom Hale", Cue: "added",
					Text:  "“If indeed he is not legitimate, how can you sleep well at night.\n\n“I have been losing a lot of sleep,”",
					Parts: []string{"“If indeed he is not legitimate, how can you sleep well at night.", "“I have been losing a lot of sleep,”"}},
			},
		},
		{
			name: "a description in the next paragraph leaves the quotation left open with the named speaker",
			in:   "“We will not back down,” Sen. Laura Finch said Monday. “The people of this state deserve better.\n\n“We will fight this in court,” her spokesman said.",
			want: []view{
				{Kind: "direct", Speaker: "Sen. Laura Finch", Name: "Laura Finch", Cue: "said", Text: "“We will not back down,”"},
				{Kind: "direct", Speaker: "Sen. Laura Finch", Name: "Laura Finch", Cue: "said", Inherited: true, Text: "“The people of this state deserve better."},
				{Kind: "direct", Speaker: "her spokesman", Cue: "said", Text: "“We will fight this in court,”"},
			},
		},
		{
			name: "the same speaker named again keeps the quotation left open with the first",
			in:   "“It is a cheap trick,” Rep. Ana Lowe said Friday. “If indeed he is not legitimate, how can you sleep well at night.\n\n“I have been losing a lot of sleep,” Lowe added.",
			want: []view{
				{Kind: "direct", Speaker: "Rep. Ana Lowe", Name: "Ana Lowe", Cue: "said", Text: "“It is a cheap trick,”"},
				{Kind: "direct", Speaker: "Rep. Ana Lowe", Name: "Ana Lowe", Cue: "said", Inherited: true, Text: "“If indeed he is not legitimate, how can you sleep well at night."},
				{Kind: "direct", Speaker: "Lowe", Name: "Ana Lowe", Cue: "added", Text: "“I have been losing a lot of sleep,”"},
			},
		},
	})
}

func TestSignOff(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "dash and name",
			in:   "“We will rebuild.” — Mayor Ana Ruiz",
			want: []view{{Kind: "direct", Speaker: "Mayor Ana Ruiz", Name: "Ana Ruiz", Cue: "—", Text: "“We will rebuild.”"}},
		},
		{
			name: "broken marks inside a comment signed on its line",
			in:   "“It was bad.” ― Tom Hale\n“We fish early. As a poet said ‘Some are so tired all they want is sleep.” And that is all she wants “the end of the season’.” ― Ana Ruiz.",
			want: []view{
				{Kind: "direct", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "―", Text: "“It was bad.”"},
				{Kind: "direct", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "―", Text: "“We fish early. As a poet said ‘Some are so tired all they want is sleep.” And that is all she wants “the end of the season’.”"},
			},
		},
		{
			name: "sign-off on the next line",
			in:   "\"We will rebuild the mill.\"\n\n- Mayor Ana Ruiz.\n\n\"Not one more dollar.\"\n\n- Tom Hale, speaking in Ames",
			want: []view{
				{Kind: "direct", Speaker: "Mayor Ana Ruiz", Name: "Ana Ruiz", Cue: "-", Text: "\"We will rebuild the mill.\""},
				{Kind: "direct", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "-", Text: "\"Not one more dollar.\""},
			},
		},
		{
			name: "sign-off on the next line over an inherited speaker",
			in:   "“Taxes will fall,” Ruiz said.\n\n“Nobody pays more.”\n\n— Sen. Tom Hale.",
			want: []view{
				{Kind: "direct", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "“Taxes will fall,”"},
				{Kind: "direct", Speaker: "Sen. Tom Hale", Name: "Tom Hale", Cue: "—", Text: "“Nobody pays more.”"},
			},
		},
		{
			name: "a dash line that names no one",
			in:   "“Taxes will fall,” Ruiz said.\n\n“Nobody pays more.”\n\n— and that was all.",
			want: []view{
				{Kind: "direct", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "“Taxes will fall,”"},
				{Kind: "direct", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Inherited: true, Text: "“Nobody pays more.”"},
			},
		},
	})
}

func TestHeadline(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "title case with a reporting verb",
			in:   "Mayor Ana Ruiz Speaks ‘Plainly To Flood Victims’ After Storm\n\nThe mayor visited shelters.",
			want: []view{{Kind: "direct", Speaker: "Mayor Ana Ruiz", Name: "Ana Ruiz", Cue: "Speaks", Text: "‘Plainly To Flood Victims’"}},
		},
		{
			name: "verb in -s",
			in:   "Ruiz rips ‘sham’ levee deal; council delays vote\n\nThe mayor spoke Monday.",
			want: []view{{Kind: "direct", Speaker: "Ruiz", Name: "Ruiz", Cue: "rips", Text: "‘sham’"}},
		},
		{
			name: "a label or an exclamation before a colon names no speaker",
			in:   "Wow: The Council Just Voted To Rebuild The Levee\n\nBYLINE: Ana Ruiz.\n\nThe vote was 5-2.\n\nEMAIL: desk@example.com.",
		},
		{
			name: "a kind of article before a colon names no speaker",
			in:   "Q&A: What the New Levee Rules Mean for Renters\n\nThe vote was 5-2.",
		},
		{
			name: "a name before a colon in a headline speaks",
			in:   "Tom Hale: The Levee Will Hold This Time\n\nThe vote was 5-2.",
			want: []view{{Kind: "direct", Speaker: "Tom Hale", Name: "Tom Hale", Cue: ":", Text: "The Levee Will Hold This Time"}},
		},
		{
			name: "a paper whose name ends in a noun that is also a verb speaks before a colon",
			in:   "Harbor Post: Ruiz Is Wrong About the Pier\n\nThe vote was 5-2.",
			want: []view{{Kind: "direct", Speaker: "Harbor Post", Name: "Harbor Post", Cue: ":", Text: "Ruiz Is Wrong About the Pier"}},
		},
		{
			name: "a name speaking to an audience before a headline's colon",
			in:   "Ruiz To Dock Workers Worried About Storms: The Pier Will Hold\n\nThe vote was 5-2.",
			want: []view{{Kind: "direct", Speaker: "Ruiz", Name: "Ruiz", Cue: ":", Text: "The Pier Will Hold"}},
		},
		{
			name: "a name and its side before a headline's colon",
			in:   "Hale camp: Ruiz plan threatens the harbor\n\nThe vote was 5-2.",
			want: []view{{Kind: "direct", Speaker: "Hale camp", Cue: ":", Text: "Ruiz plan threatens the harbor"}},
		},
		{
			name: "guessed verb after no name",
			in:   "Right-wing parties gain ‘ground’ in polls\n\nThe vote is near.",
		},
		{
			name: "title case with no verb it knows",
			in:   "Frustrated Parents Rally To ‘Save Our Schools’\n\nThe march began at noon.",
		},
		{
			name: "not the first paragraph",
			in:   "The vote is near.\n\nRuiz rips ‘sham’ levee deal.",
		},
		{
			name: "a text of one paragraph",
			in:   "Ruiz rips ‘sham’ levee deal.",
		},
	})
}

// TestNearMisses holds sentences that look like those a rule was made for
// but must come out as before.
func TestNearMisses(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a possessive pronoun's noun cue: once, the clause's own, to the writer's words, and no speaker for a participle",
			in:   "Critics mocked her bold claim that the drug was “a cure.” Officials stood by their claim that critics have called “baseless.” Under fire for his promise that taxes would “never rise,” the governor signed the increase. Ana Ruiz dismissed his claim that the budget was “balanced,” adding that the numbers did not add up.",
			want: []view{
				{Kind: "mixed", Speaker: "her", Cue: "claim", Text: "the drug was “a cure.”"},
				{Kind: "mixed", Speaker: "critics", Cue: "have called", Text: "“baseless.”"},
				{Kind: "mixed", Speaker: "his", Cue: "promise", Text: "taxes would “never rise,”"},
				{Kind: "mixed", Speaker: "his", Cue: "claim", Text: "the budget was “balanced,”"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "adding", Text: "the numbers did not add up"},
			},
		},
		{
			name: "a participle that opens the sentence with its quotation, and a verb after a phrase that holds a name",
			in:   "Saying “enough is enough,” Ana Ruiz resigned. Citing “serious concerns,” the board delayed the vote. Leaving the “Blue Room,” Tom Hale waved.",
			want: []view{
				{Kind: "direct", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "Saying", Text: "“enough is enough,”"},
				{Kind: "direct", Speaker: "the board", Cue: "Citing", Text: "“serious concerns,”"},
			},
		},
		{
			name: "a chant in a participle's clause is a report of its own inside a longer one",
			in:   "Small groups of students continued to call for refunds over the fees, marching past the stadium while chanting, “Fees down, doors open.”",
			want: []view{
				{Kind: "mixed", Speaker: "Small groups of students", Cue: "continued to call for", Text: "refunds over the fees, marching past the stadium while chanting, “Fees down, doors open.”"},
				{Kind: "direct", Speaker: "Small groups of students", Cue: "chanting", Text: "“Fees down, doors open.”"},
			},
		},
		{
			name: "a crowd's cry as a noun: the possessive or the subject of its verb raised it, and no one when the verb is passive or absent",
			in:   "Their chants of “Ruiz! Ruiz!” were cut short. Activists joined in a loud chant of “Free the land!” near the gate. Hale was met with chants of “Go home” at the fair. He heard the shouts of “Fire!” and ran. The crowd's chants of “USA!” filled the hall. Cole arrived to chants of “Four more years!”\n\nRuiz described the cries of “Help!” as “the worst sound I have heard.”",
			want: []view{
				{Kind: "direct", Speaker: "Their", Cue: "chants of", Text: "“Ruiz! Ruiz!”"},
				{Kind: "direct", Speaker: "Activists", Cue: "chant of", Text: "“Free the land!”"},
				{Kind: "direct", Cue: "chants of", Text: "“Go home”"},
				{Kind: "direct", Cue: "shouts of", Text: "“Fire!”"},
				{Kind: "direct", Speaker: "The crowd's", Cue: "chants of", Text: "“USA!”"},
				{Kind: "direct", Cue: "chants of", Text: "“Four more years!”"},
				{Kind: "mixed", Speaker: "Ruiz", Name: "Ruiz", Cue: "described", Text: "the cries of “Help!” as “the worst sound I have heard.”"},
			},
		},
		{
			name: "a noun of speech that is the sentence's subject carries a clause that ends before the sentence's verb",
			in:   "Hale's suggestion that farmers could “ride out” a trade war drew criticism. Ruiz's claim that the drug was a cure drew scorn from doctors. Cole's claim that even more families signed the petition drew criticism.",
			want: []view{
				{Kind: "mixed", Speaker: "Hale's", Name: "Hale", Cue: "suggestion", Text: "farmers could “ride out” a trade war"},
				{Kind: "indirect", Speaker: "Ruiz's", Name: "Ruiz", Cue: "claim", Text: "the drug was a cure"},
				{Kind: "indirect", Speaker: "Cole's", Name: "Cole", Cue: "claim", Text: "even more families signed the petition"},
			},
		},
		{
			name: "remarks, comments and assurances are nouns of speech; the possessor is the name or the determiner's phrase, not the words before",
			in:   "The aide tried to explain Mayor Ana Ruiz's comment that the pier had been saved. Critics pounced on her remark that “the harbor belongs to everyone.” The board relied on the charity's assurances that its books were clean.",
			want: []view{
				{Kind: "indirect", Speaker: "Mayor Ana Ruiz's", Name: "Ana Ruiz", Cue: "comment", Text: "the pier had been saved"},
				{Kind: "mixed", Speaker: "her", Name: "Ana Ruiz", Cue: "remark", Text: "“the harbor belongs to everyone.”"},
				{Kind: "indirect", Speaker: "the charity's", Cue: "assurances", Text: "its books were clean"},
			},
		},
		{
			name: "near misses of the last rules: an object's clause, a verb after a listener's noun, a pronoun that, a show's name",
			in:   "Critics rejected Hale's claim that the agency hid documents obtained by reporters. I heard a man shout, “Get down!” Hale said exactly that in 2019. Officials said roughly that amount would be needed.\n\n“We are thrilled,” Tonight Show host Tom Hale said.",
			want: []view{
				{Kind: "indirect", Speaker: "Hale's", Name: "Hale", Cue: "claim", Text: "the agency hid documents obtained by reporters"},
				{Kind: "direct", Speaker: "a man", Anon: true, Cue: "shout", Text: "“Get down!”"},
				{Kind: "indirect", Speaker: "Officials", Anon: true, Cue: "said", Text: "roughly that amount would be needed"},
				{Kind: "direct", Speaker: "Tonight Show host Tom Hale", Name: "Tom Hale", Cue: "said", Text: "“We are thrilled,”"},
			},
		},
		{
			name: "an accusation reports the one accused and the charge, but not as a participle after a noun",
			in:   "Hale accused Gov. Ana Ruiz of breaking the law. Critics have accused the agency of failing to act. The man, accused of theft, was released. The mayor read the posts accusing the clerk of hiding ballots.",
			want: []view{
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "accused", Text: "Gov. Ana Ruiz of breaking the law"},
				{Kind: "indirect", Speaker: "Critics", Cue: "have accused", Text: "the agency of failing to act"},
			},
		},
		{
			name: "a role that serves someone keeps the one served in its phrase",
			in:   "An aide to Gov. Tom Hale said the plan was dead. The U.S. ambassador to France said the talks failed.",
			want: []view{
				{Kind: "indirect", Speaker: "An aide to Gov. Tom Hale", Anon: true, Cue: "said", Text: "the plan was dead"},
				{Kind: "indirect", Speaker: "The U.S. ambassador to France", Cue: "said", Text: "the talks failed"},
			},
		},
		{
			name: "more near misses of this stop's rules, found in review",
			in:   "Accusing the media of bias, Hale said the story was false. Ruiz, a Democrat, accused Cole of lying. Hale's claim that the drug was safe came under scrutiny. Hale said essentially that the plan was dead. Cole said repeatedly that, in his view, the levy would fail.\n\nYesterday Hale told reporters the talks were over.\n\nRuiz has a simple answer: “No.”\n\nPrices will rise, analysts said, as costs climb.",
			want: []view{
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "Accusing", Text: "the media of bias"},
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "the story was false"},
				{Kind: "indirect", Speaker: "Ruiz, a Democrat", Name: "Ruiz", Cue: "accused", Text: "Cole of lying"},
				{Kind: "indirect", Speaker: "Hale's", Name: "Hale", Cue: "claim", Text: "the drug was safe"},
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "the plan was dead"},
				{Kind: "indirect", Speaker: "Cole", Name: "Cole", Cue: "said", Text: "in his view, the levy would fail"},
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "told", Text: "the talks were over"},
				{Kind: "direct", Speaker: "Ruiz", Name: "Ruiz", Cue: ":", Text: "“No.”"},
				{Kind: "indirect", Speaker: "analysts", Cue: "said", Text: "Prices will rise"},
			},
		},
		{
			name: "a cue's bare form after a possessive and an ordinal is a noun",
			in:   "Ms. Doyle, a Democrat in her second term, said the budget “protects the things people care about most.”",
			want: []view{{Kind: "mixed", Speaker: "Ms. Doyle, a Democrat in her second term", Name: "Doyle", Cue: "said", Text: "the budget “protects the things people care about most.”"}},
		},
		{
			name: "a cue's bare form as the head of a compound after a is a noun",
			in:   "The chief executive, Dana Whitlock, told analysts on a conference call that the cuts were “painful but necessary.”",
			want: []view{
				{Kind: "mixed", Speaker: "The chief executive, Dana Whitlock", Name: "Dana Whitlock", Cue: "told", Text: "the cuts were “painful but necessary.”"},
			},
		},
		{
			name: "a number is no answer, a possessive's clause may hold a report, and a relative clause after an inverted speaker is passed",
			in:   "The coach said No. 3 Ohio State would be a tough game. Critics mocked her claim that the report shows the bridge is “unsafe.” Her bold claim that the drug was “a cure” drew scorn from doctors.\n\nSaid one voter, who declined to give her name, “I am tired.”",
			want: []view{
				{Kind: "indirect", Speaker: "The coach", Cue: "said", Text: "No. 3 Ohio State would be a tough game"},
				{Kind: "mixed", Speaker: "her", Cue: "claim", Text: "the report shows the bridge is “unsafe.”"},
				{Kind: "mixed", Speaker: "Her", Cue: "claim", Text: "the drug was “a cure”"},
				{Kind: "direct", Speaker: "one voter", Anon: true, Cue: "Said", Text: "“I am tired.”"},
			},
		},
		{
			name: "said to reporters, added with a present clause, a lead before an interrupted quotation, and a linking word before a quotation",
			in:   "The economy is stronger than ever, Hale said to reporters. Hale added the plan makes sense for the county. The reality is, he added on Tuesday, “there are no second chances.”\n\nBut “we will be back next year,” the coach grinned.",
			want: []view{
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "The economy is stronger than ever"},
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "added", Text: "the plan makes sense for the county"},
				{Kind: "mixed", Speaker: "he", Cue: "added", Text: "The reality is, he added on Tuesday, “there are no second chances.”", Parts: []string{"The reality is", "“there are no second chances.”"}},
				{Kind: "direct", Speaker: "the coach", Cue: "grinned", Text: "“we will be back next year,”"},
			},
		},
		{
			name: "no far reach to a title, from a participle after its noun, or from a noun; a chant's crowd in a report",
			in:   "Singing “Amazing Grace,” the choir filed into the church. The stadium deal praised by business leaders across the region only last year is now “on life support.” The plan drew praise from business leaders and labor unions across the state as a “bold” step. The mayor praised the cast and crew of the touring production of the musical “Hamilton.”\n\nDana Ortiz said the crowd, chanting “USA,” surged toward the stage.",
			want: []view{
				{Kind: "mixed", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: "said", Text: "the crowd, chanting “USA,” surged toward the stage"},
				{Kind: "direct", Speaker: "the crowd", Cue: "chanting", Text: "“USA,”"},
			},
		},
		{
			name: "a time after a place, a list of nouns, a title in an opening phrase and an aside between dashes end where the writer's words begin",
			in:   "Hale said the economy was booming, speaking at a rally in Ohio Monday. Hale said the team needed a new coach, a better plan and more money. The city added the new taxes to the bill. Watching “The Crown,” Hale praised the actors.\n\n“We are ready,” Dana Ortiz said. “Black Lives Matter” signs lined the street.\n\nCalling for “an end to the violence,” the mayor met with pastors. Chanting “USA,” the crowd surged forward.\n\nHale said the plan would fail -- a prediction that came true -- and voted against it. Ruiz said the levy would pass -- “It won’t,” Ortiz replied. Ruiz said the bill would die -- and that was before the vote.",
			want: []view{
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "the economy was booming, speaking at a rally in Ohio"},
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "the team needed a new coach, a better plan and more money"},
				{Kind: "direct", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: "said", Text: "“We are ready,”"},
				{Kind: "mixed", Speaker: "the mayor", Cue: "Calling for", Text: "“an end to the violence,”"},
				{Kind: "direct", Speaker: "the crowd", Cue: "Chanting", Text: "“USA,”"},
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "the plan would fail"},
				{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "the levy would pass"},
				{Kind: "direct", Speaker: "Ortiz", Name: "Dana Ortiz", Cue: "replied", Text: "“It won’t,”"},
				{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "the bill would die"},
			},
		},
		{
			name: "a title and the writer's words about it before a verb are no speaker",
			in:   "“Ulysses,” the novel by James Joyce tells the story of a single day in Dublin. “Unacceptable,” the word used by the mayor, appeared in dozens of news reports. “Make America Great Again,” the slogan on his red hat, became a rallying cry.\n\n“Unprecedented,” the storm dumped two feet of rain on the city, forecasters said.",
			want: []view{
				{Kind: "mixed", Speaker: "forecasters", Cue: "said", Text: "“Unprecedented,” the storm dumped two feet of rain on the city"},
			},
		},
		{
			name: "a colon after words that drew others' words, and a straight quotation that opens with a curly title",
			in:   "Her speech was interrupted by a heckler: “Liar!”\n\n\"“Fake news” is his favorite phrase,\" Hale said.",
			want: []view{
				{Kind: "direct", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "\"“Fake news” is his favorite phrase,\""},
			},
		},
		{
			name: "noun phrases, opening participles, sources after by, casting as and relative clauses end where they should",
			in:   "The agency confirmed a rare but serious side effect. The governor announced a hiring freeze until the end of the year. After announcing the merger, the company’s shares rose sharply. Saying goodbye to her staff, Ana Ruiz left the building. The results will be reported by noon. As reported by Tom Hale, who was there, the crowd was small. The mayor described the damage as she toured the flooded streets on Monday. The launch, according to plan, went off without a hitch. The mayor, who he said was at the meeting, declined to comment.",
			want: []view{
				{Kind: "indirect", Speaker: "The agency", Cue: "confirmed", Text: "a rare but serious side effect"},
				{Kind: "indirect", Speaker: "The governor", Cue: "announced", Text: "a hiring freeze until the end of the year"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "reported", Text: "the crowd was small"},
				{Kind: "indirect", Speaker: "he", Name: "Tom Hale", Cue: "said", Text: "who he said was at the meeting", Parts: []string{"who", "was at the meeting"}},
				{Kind: "indirect", Speaker: "The mayor", Cue: "declined", Text: "to comment"},
			},
		},
		{
			name: "a source with a place after it or a name with a preposition in it, a clause after but or until, and a casting after what",
			in:   "As reported by Tom Hale at the meeting, the deal collapsed. The story was first reported by the Center for Public Integrity. Tom Hale denied the allegations but still refused to resign. The company announced a hiring freeze until conditions improve. The mayor described what she saw as chaos.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "reported", Text: "the deal collapsed"},
				{Kind: "indirect", Speaker: "the Center for Public Integrity", Name: "Center for Public Integrity", Cue: "was first reported", Text: "The story"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "denied", Text: "the allegations"},
				{Kind: "indirect", Speaker: "The company", Cue: "announced", Text: "a hiring freeze"},
				{Kind: "indirect", Speaker: "The mayor", Cue: "described", Text: "what she saw as chaos"},
			},
		},
		{
			name: "a speaker taken whole before a verb and a phrase of manner",
			in:   "“We are scared,” the mother of two said through tears.",
			want: []view{{Kind: "direct", Speaker: "the mother of two", Cue: "said", Text: "“We are scared,”"}},
		},
		{
			name: "a bare time between a speaker and the verb, and a name that ends in a time word",
			in:   "Tom Hale today said the hall was full. Ana Ruiz Tuesday said the vote was close. A court document filed Sunday says the plan failed. A reporter for WHBR Today said the crowd left early.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "the hall was full"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "the vote was close"},
				{Kind: "indirect", Speaker: "A court document filed Sunday", Cue: "says", Text: "the plan failed"},
				{Kind: "indirect", Speaker: "A reporter for WHBR Today", Anon: true, Cue: "said", Text: "the crowd left early"},
			},
		},
		{
			name: "a name speaks, not the medium or occasion after it",
			in:   "Tom Hale on Harbor Radio said the plan was dead. Ana Ruiz in an interview said the levy would pass. Witnesses at the scene said the car was speeding.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "the plan was dead"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "the levy would pass"},
				{Kind: "indirect", Speaker: "Witnesses at the scene", Cue: "said", Text: "the car was speeding"},
			},
		},
		{
			name: "a title beside a verb that praises is no quotation",
			in:   "The governor championed “Medicaid for All” during her campaign. The museum welcomed visitors to its “Night of Lights” exhibit. In “Lincoln,” Tom Hale praised the cast. In “The Crown,” she portrayed the queen.",
		},
		{
			name: "a verb before its speaker at a sentence's start names nobody",
			in:   "Said Dana Ortiz, who grew up with him, “We were all so fond of him.”\n\nSaid Ortiz: “We were proud.”\n\nAdded Ruiz, “It is over.”",
			want: []view{
				{Kind: "direct", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: "Said", Text: "“We were all so fond of him.”"},
				{Kind: "direct", Speaker: "Ortiz", Name: "Dana Ortiz", Cue: "Said", Text: "“We were proud.”"},
				{Kind: "direct", Speaker: "Ruiz", Name: "Ruiz", Cue: "Added", Text: "“It is over.”"},
			},
		},
		{
			name: "one person's words end a chant, a say-verb keeps its clause, and a clause on the time is passed",
			in:   "Protesters chanted “Hands off,” and “I came because my son lost his job,” one woman said. Warren said the term “junk fees” originated in Congress. Kim said on the night the plant closed that workers had been betrayed. Police said at least twice since the shooting that the suspect was armed.",
			want: []view{
				{Kind: "direct", Speaker: "Protesters", Cue: "chanted", Text: "“Hands off,”"},
				{Kind: "direct", Speaker: "one woman", Anon: true, Cue: "said", Text: "“I came because my son lost his job,”"},
				{Kind: "mixed", Speaker: "Warren", Name: "Warren", Cue: "said", Text: "the term “junk fees” originated in Congress"},
				{Kind: "indirect", Speaker: "Kim", Name: "Kim", Cue: "said", Text: "workers had been betrayed"},
				{Kind: "indirect", Speaker: "Police", Cue: "said", Text: "the suspect was armed"},
			},
		},
		{
			name: "a chant that a description reports, a reduced relative after named words, and a subject after a time",
			in:   "Protesters chanted “Hands off” and “Not ours,” the organizers said. Hale popularized the term “food desert” coined by sociologists. Smith warned at least twice on Tuesday the company would fail. The coach said over the weekend his team was tired.",
			want: []view{
				{Kind: "direct", Speaker: "Protesters", Cue: "chanted", Text: "“Hands off” and “Not ours,”"},
				{Kind: "direct", Speaker: "Hale", Name: "Hale", Cue: "popularized the term", Text: "“food desert”"},
				{Kind: "indirect", Speaker: "Smith", Name: "Smith", Cue: "warned", Text: "the company would fail"},
				{Kind: "indirect", Speaker: "The coach", Cue: "said", Text: "his team was tired"},
			},
		},
		{
			name: "a chant ends before a quotation a person attributes, and how often before the report",
			in:   "Protesters chanted “Hands off,” and “I have marched here every year,” she said. The union said at least twice during talks it would strike. Ortiz said at least once before that he would not run.",
			want: []view{
				{Kind: "direct", Speaker: "Protesters", Cue: "chanted", Text: "“Hands off,”"},
				{Kind: "direct", Speaker: "she", Cue: "said", Text: "“I have marched here every year,”"},
				{Kind: "indirect", Speaker: "The union", Cue: "said", Text: "it would strike"},
				{Kind: "indirect", Speaker: "Ortiz", Name: "Ortiz", Cue: "said", Text: "he would not run"},
			},
		},
		{
			name: "a noun cue's modifiers after a present verb or a noun, a timed source, and a quotation that is a clause's subject",
			in:   "Critics reject the old claim that the dam is safe. Ruiz cited the jobs report that hiring slowed. According to data this month from the agency, unemployment fell. Hale said the nickname “The Hammer” was unfair.",
			want: []view{
				{Kind: "indirect", Cue: "claim", Text: "the dam is safe"},
				{Kind: "indirect", Cue: "report", Text: "hiring slowed"},
				{Kind: "indirect", Speaker: "data this month from the agency", Cue: "According to", Text: "unemployment fell"},
				{Kind: "mixed", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "the nickname “The Hammer” was unfair"},
			},
		},
		{
			name: "words used after an adverb or in the progressive, and a nickname coined",
			in:   "Ortiz has repeatedly used the phrase “rigged system.” Hale has been using the phrase “fiscal cliff” for months. Ruiz coined the nickname “Little Marco” during the debate.",
			want: []view{
				{Kind: "direct", Speaker: "Ortiz", Name: "Ortiz", Cue: "has repeatedly used the phrase", Text: "“rigged system.”"},
				{Kind: "direct", Speaker: "Hale", Name: "Hale", Cue: "has been using the phrase", Text: "“fiscal cliff”"},
				{Kind: "direct", Speaker: "Ruiz", Name: "Ruiz", Cue: "coined the nickname", Text: "“Little Marco”"},
			},
		},
		{
			name: "a plural subject after an opening phrase, chants before a source, and how often before that",
			in:   "Because of the delays the tenants claim they lost money. Marchers chanted “Hands off” and “Not our bodies,” organizers said. Ortiz said whenever the river rises, “the town floods.”",
			want: []view{
				{Kind: "indirect", Speaker: "the tenants", Cue: "claim", Text: "they lost money"},
				{Kind: "direct", Speaker: "Marchers", Cue: "chanted", Text: "“Hands off” and “Not our bodies,”"},
				{Kind: "mixed", Speaker: "Ortiz", Name: "Ortiz", Cue: "said", Text: "whenever the river rises, “the town floods.”"},
			},
		},
		{
			name: "clauses of time before a quotation, and unless with no clause of its own",
			in:   "Ruiz said until the state pays, “families will struggle.” Hale said unless otherwise noted, all figures are estimates.",
			want: []view{
				{Kind: "direct", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "“families will struggle.”"},
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "unless otherwise noted, all figures are estimates"},
			},
		},
		{
			name: "a noun cue made or sounded by the subject",
			in:   "Hale made the same claim that the vote was rigged. Dana Ortiz, an economist, sounded a cautious note about the figures.",
			want: []view{
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "claim", Text: "the vote was rigged"},
				{Kind: "indirect", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: "note", Text: "the figures"},
			},
		},
		{
			name: "words that others ban, greet with or give are not the subject's",
			in:   "The newspaper banned the word “thug” last year. Hale was greeted with the words “Go home.” Ruiz earned the nickname “Iron Lady” in the senate. In Hale’s words, “the town is broke.”",
			want: []view{
				{Kind: "direct", Speaker: "Hale’s", Name: "Hale", Cue: "words", Text: "“the town is broke.”"},
			},
		},
		{
			name: "a chant and a quotation with its own speaker",
			in:   "The crowd chanted “Lock him up!” and “Hands off,” said one marcher.",
			want: []view{
				{Kind: "direct", Speaker: "The crowd", Cue: "chanted", Text: "“Lock him up!”"},
				{Kind: "direct", Speaker: "one marcher", Cue: "said", Text: "“Hands off,”"},
			},
		},
		{
			name: "a clause of condition opens what was said, but a concession after testified does not",
			in:   "The mayor said unless the state pays, “the city will run out of money.” Ruiz said unless Congress acts, families will suffer. Hale said if prices rise, “families will suffer.” She testified although she was ill.",
			want: []view{
				{Kind: "mixed", Speaker: "The mayor", Cue: "said", Text: "unless the state pays, “the city will run out of money.”"},
				{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "unless Congress acts, families will suffer"},
				{Kind: "mixed", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "if prices rise, “families will suffer.”"},
			},
		},
		{
			name: "at least twice a number counts, and chants joined by and go on past an exclamation",
			in:   "Officials said at least twice the usual number of voters turned out. The crowd chanted “Hands off!” and “Not our country!”",
			want: []view{
				{Kind: "indirect", Speaker: "Officials", Anon: true, Cue: "said", Text: "at least twice the usual number of voters turned out"},
				{Kind: "direct", Speaker: "The crowd", Cue: "chanted", Text: "“Hands off!” and “Not our country!”"},
			},
		},
		{
			name: "a noun cue keeps a speaker that is no mere article and adjective",
			in:   "A number of economists claim that rates will rise. Prosecutors challenged the defense claim that the evidence was planted. Hale met Ruiz, who made a surprising claim that the vote was rigged.",
			want: []view{
				{Kind: "indirect", Speaker: "A number of economists", Cue: "claim", Text: "rates will rise"},
				{Kind: "indirect", Speaker: "the defense", Cue: "claim", Text: "the evidence was planted"},
				{Kind: "indirect", Speaker: "who", Name: "Ruiz", Cue: "claim", Text: "the vote was rigged"},
			},
		},
		{
			name: "according to a long source with a participle, and a source a new subject follows",
			in:   "According to a 2019 report commissioned by the health department and published the following year, rates of asthma doubled. According to police the suspect fled on foot.",
			want: []view{
				{Kind: "indirect", Speaker: "a 2019 report commissioned by the health department and published the following year", Cue: "According to", Text: "rates of asthma doubled"},
			},
		},
		{
			name: "a sign's words end with their sentence, and the next quotation has a speaker of its own",
			in:   "The sign read “Closed.” “We are out of business,” the owner said.",
			want: []view{
				{Kind: "direct", Speaker: "The sign", Cue: "read", Text: "“Closed.”"},
				{Kind: "direct", Speaker: "the owner", Cue: "said", Text: "“We are out of business,”"},
			},
		},
		{
			name: "an aside or a conditional with no clause of its own before a quotation",
			in:   "The mayor said on Twitter, though not in so many words, “We cannot wait any longer.” The governor said if elected, “I will cut taxes on day one.”",
			want: []view{
				{Kind: "direct", Speaker: "The mayor", Cue: "said", Text: "“We cannot wait any longer.”"},
				{Kind: "direct", Speaker: "The governor", Cue: "said", Text: "“I will cut taxes on day one.”"},
			},
		},
		{
			name: "how often, an inverted clause after only now, and a share that is no speaker",
			in:   "The bridge is unsafe, engineers warned at least twice last year. She said only now are officials admitting the mistake. The agency said 3 in 10 schools closed early and 4 in 10 reported shortages of teachers.",
			want: []view{
				{Kind: "indirect", Speaker: "engineers", Cue: "warned", Text: "The bridge is unsafe"},
				{Kind: "indirect", Speaker: "She", Cue: "said", Text: "only now are officials admitting the mistake"},
				{Kind: "indirect", Speaker: "The agency", Cue: "said", Text: "3 in 10 schools closed early and 4 in 10 reported shortages of teachers"},
			},
		},
		{
			name: "a trailing according to leaves out a setting or a report that holds a cue of its own",
			in:   "When the board announced the sale, shares fell sharply, according to traders. The port announced that it hired Ana Ruiz, who ran the docks for a decade, according to the Harbor Post.",
			want: []view{
				{Kind: "indirect", Speaker: "the board", Cue: "announced", Text: "the sale"},
				{Kind: "indirect", Speaker: "traders", Cue: "according to", Text: "shares fell sharply"},
				{Kind: "indirect", Speaker: "The port", Cue: "announced", Text: "it hired Ana Ruiz"},
				{Kind: "indirect", Speaker: "the Harbor Post", Name: "Harbor Post", Cue: "according to", Text: "who ran the docks for a decade"},
			},
		},
		{
			name: "according to in mid-sentence after a subordinate clause speaks for the main clause",
			in:   "The fee went up after, according to Ana Ruiz, the council voted in secret. While most of the boats were sold in May, according to a harbor official, two of the largest were kept for the fleet.",
			want: []view{
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "according to", Text: "the council voted in secret"},
				{Kind: "indirect", Speaker: "a harbor official", Anon: true, Cue: "according to", Text: "two of the largest were kept for the fleet"},
			},
		},
		{
			name: "the mention of a trailing according to runs to the end of the sentence",
			in:   "Turnout fell by a third, according to a Harbor Post/Channel 9 poll released Thursday. The levy passed easily, according to two officials briefed on the count. The pier reopened, according to Ana Ruiz on Tuesday.",
			want: []view{
				{Kind: "indirect", Speaker: "a Harbor Post/Channel 9 poll released Thursday", Name: "Harbor Post", Cue: "according to", Text: "Turnout fell by a third"},
				{Kind: "indirect", Speaker: "two officials briefed on the count", Anon: true, Cue: "according to", Text: "The levy passed easily"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "according to", Text: "The pier reopened"},
			},
		},
		{
			name: "a trailing according to inside parentheses",
			in:   "Towns like Elm Falls (most of the voters there are retired, according to the census) lean right, and the pier draws tourists.",
			want: []view{
				{Kind: "indirect", Speaker: "the census", Cue: "according to", Text: "most of the voters there are retired"},
			},
		},
		{
			name: "a trailing according to after a report that a which clause closes",
			in:   "Tom Hale says the levy can still pass the council, which rejected it by two votes in May, according to the Harbor Post.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "says", Text: "the levy can still pass the council"},
				{Kind: "indirect", Speaker: "the Harbor Post", Name: "Harbor Post", Cue: "according to", Text: "which rejected it by two votes in May"},
			},
		},
		{
			name: "according to a source with a clause or a time after it",
			in:   "According to police the suspect fled on foot. According to Ruiz on Tuesday, the two men never met. She testified although she was ill.",
			want: []view{
				{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "According to", Text: "the two men never met"},
			},
		},
		{
			name: "a relative that before according to, a present tense after next year, and a time and place after a listener",
			in:   "The two sides reached a deal that, according to aides, would cut tariffs. Economists said next year poses a challenge. Hale told reporters the next morning at a news conference that the talks had failed.",
			want: []view{
				{Kind: "indirect", Speaker: "aides", Anon: true, Cue: "according to", Text: "The two sides reached a deal that, according to aides, would cut tariffs", Parts: []string{"The two sides reached a deal that", "would cut tariffs"}},
				{Kind: "indirect", Speaker: "Economists", Cue: "said", Text: "next year poses a challenge"},
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "told", Text: "the talks had failed"},
			},
		},
		{
			name: "an adjunct of when opened by after, before or following, but not a relative clause on its noun",
			in:   "Hale told reporters after the vote that he had “no regrets.” Ruiz said before the hearing that she would testify. Cole said following a lunch on Tuesday that the bill was dead. Bello said after the meeting that ended late that he was tired.",
			want: []view{
				{Kind: "mixed", Speaker: "Hale", Name: "Hale", Cue: "told", Text: "he had “no regrets.”"},
				{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "she would testify"},
				{Kind: "indirect", Speaker: "Cole", Name: "Cole", Cue: "said", Text: "the bill was dead"},
			},
		},
		{
			name: "an adverb of the saying before that",
			in:   "Aides said privately that she lacked the votes. Hale has said repeatedly that he would run. Cole said only that the talks went on.",
			want: []view{
				{Kind: "indirect", Speaker: "Aides", Anon: true, Cue: "said", Text: "she lacked the votes"},
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "has said", Text: "he would run"},
				{Kind: "indirect", Speaker: "Cole", Name: "Cole", Cue: "said", Text: "the talks went on"},
			},
		},
		{
			name: "an adjunct of when whose noun is a cue's form, and a text that ends at its that",
			in:   "Hale said after the attack that the state would act.\n\nRuiz said after the vote that",
			want: []view{{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "the state would act"}},
		},
		{
			name: "a plural speaker's own attribution after but, and a floating quotation in a later sentence of the next paragraph",
			in:   "“It was close,” Hale said, but “we won,” officials said.\n\nClimate models predict that the region will warm. “We have to prepare now.”",
			want: []view{
				{Kind: "direct", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "“It was close,”"},
				{Kind: "direct", Speaker: "officials", Anon: true, Cue: "said", Text: "“we won,”"},
				{Kind: "indirect", Speaker: "Climate models", Cue: "predict", Text: "the region will warm"},
			},
		},
		{
			name: "that opens a report before according to and a clause, after any verb",
			in:   "She said the real problem is that, according to the engineers, the bridge was never inspected.",
			want: []view{{Kind: "indirect", Speaker: "She", Cue: "said", Text: "the real problem is that, according to the engineers, the bridge was never inspected"}},
		},
		{
			name: "a time phrase before a bare plural subject, and before a verb",
			in:   "The chief said this week officials had reviewed the contract. The mayor said next year would be harder. Asked this week about the strike, Hale said talks would continue.",
			want: []view{
				{Kind: "indirect", Speaker: "The chief", Cue: "said", Text: "officials had reviewed the contract"},
				{Kind: "indirect", Speaker: "The mayor", Cue: "said", Text: "next year would be harder"},
				{Kind: "indirect", Cue: "Asked", Text: "about the strike"},
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "talks would continue"},
			},
		},
		{
			name: "a participle after a continued quotation, and a name with the before a present tense",
			in:   "“It was close,” Hale said, but “we won,” noting the final tally. The Pentagon plans to send more troops, according to two officials, a move that could anger allies.",
			want: []view{
				{Kind: "mixed", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "“It was close,” Hale said, but “we won,”", Parts: []string{"“It was close,”", "but “we won,”"}},
				{Kind: "indirect", Speaker: "two officials", Anon: true, Cue: "according to", Text: "The Pentagon plans to send more troops"},
			},
		},
		{
			name: "that as a pronoun or in so that before according to and a clause",
			in:   "The mayor never approved that, according to a transcript, and the council voted it down. The city changed the rules so that, according to critics, developers could build taller towers.",
			want: []view{
				{Kind: "indirect", Speaker: "a transcript", Cue: "according to", Text: "The mayor never approved that"},
				{Kind: "indirect", Speaker: "critics", Cue: "according to", Text: "The city changed the rules so that, according to critics, developers could build taller towers", Parts: []string{"The city changed the rules so that", "developers could build taller towers"}},
			},
		},
		{
			name: "a time word that starts the report's subject, and a time after a listener",
			in:   "Hale said that day care costs are rising. Ruiz said next year would be harder. Hale told reporters the next day that the bill had failed.",
			want: []view{
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "day care costs are rising"},
				{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "next year would be harder"},
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "told", Text: "the bill had failed"},
			},
		},
		{
			name: "a wh-clause with its own verb after and, asked to say whether, and a plural after a place",
			in:   "Hale said officials are reviewing what happened and how the company handles claims. Asked to say whether he would run, Ruiz shrugged. Most Texas residents, according to the census, live in cities.",
			want: []view{
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "officials are reviewing what happened and how the company handles claims"},
				{Kind: "indirect", Cue: "Asked", Text: "whether he would run"},
				{Kind: "indirect", Speaker: "the census", Cue: "according to", Text: "Most Texas residents, according to the census, live in cities", Parts: []string{"Most Texas residents", "live in cities"}},
			},
		},
		{
			name: "a second speaker's attribution after but only",
			in:   "“We will rebuild,” Hale said, but only “after the inspectors leave,” his deputy added.",
			want: []view{
				{Kind: "direct", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "“We will rebuild,”"},
				{Kind: "direct", Speaker: "his deputy", Cue: "added", Text: "“after the inspectors leave,”"},
			},
		},
		{
			name: "that opens a report around according to when a clause follows the source",
			in:   "Hale said investigators had found that, according to bank records, the money was moved abroad.",
			want: []view{{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "investigators had found that, according to bank records, the money was moved abroad"}},
		},
		{
			name: "a title ending in an exclamation mark before an unknown verb",
			in:   "The 2019 revival of “Hello, Dolly!” starred Bette Midler. At the finish line, “This is fantastic!” beamed Ana Ruiz.",
			want: []view{{Kind: "mixed", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "beamed", Text: "At the finish line, “This is fantastic!”"}},
		},
		{
			name: "only after but, and another report after and how",
			in:   "“We will win,” Ruiz said, but only “within the law.” The report describes what Hale says his plan would do and how the leading independent experts say it would work.",
			want: []view{
				{Kind: "mixed", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "“We will win,” Ruiz said, but only “within the law.”", Parts: []string{"“We will win,”", "but only “within the law.”"}},
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "says", Text: "what Hale says his plan would do", Parts: []string{"what", "his plan would do"}},
				{Kind: "indirect", Speaker: "the leading independent experts", Cue: "say", Text: "how the leading independent experts say it would work", Parts: []string{"how", "it would work"}},
			},
		},
		{
			name: "a report hands its speaker on to a quotation that opens the next paragraph",
			in:   "Mayor Ana Ruiz said Tuesday the city would appeal the ruling.\n\n“We believe the court got this wrong.”",
			want: []view{
				{Kind: "indirect", Speaker: "Mayor Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "the city would appeal the ruling"},
				{Kind: "direct", Speaker: "Mayor Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Inherited: true, Text: "“We believe the court got this wrong.”"},
			},
		},
		{
			name: "asked to do something is a request put to the subject, and about a number is no question",
			in:   "Hale was asked to testify about the merger. Residents were asked to stay inside until about 6 p.m.",
			want: []view{
				{Kind: "indirect", Cue: "was asked", Text: "to testify about the merger"},
				{Kind: "indirect", Cue: "were asked", Text: "to stay inside until about 6 p.m."},
			},
		},
		{
			name: "the report's subject after a listener, and a time after earlier",
			in:   "Ruiz told reporters the bill that the House passed was “dead on arrival.” Hale said earlier this month the company would cut 500 jobs.",
			want: []view{
				{Kind: "mixed", Speaker: "Ruiz", Name: "Ruiz", Cue: "told", Text: "the bill that the House passed was “dead on arrival.”"},
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "the company would cut 500 jobs"},
			},
		},
		{
			name: "an appositive of the source, and a clause of its own after it",
			in:   "The Ohio plant, according to its owner, a Texas firm, will close in June. Ruiz leads the race, according to a new poll, but her lead is shrinking.",
			want: []view{
				{Kind: "indirect", Speaker: "its owner, a Texas firm", Cue: "according to", Text: "The Ohio plant, according to its owner, a Texas firm, will close in June", Parts: []string{"The Ohio plant", "will close in June"}},
				{Kind: "indirect", Speaker: "a new poll", Cue: "according to", Text: "Ruiz leads the race"},
			},
		},
		{
			name: "wh-clauses joined by and, and a what-clause that is a subject",
			in:   "He said he wanted to know what happened and why it took so long. What the governor said Tuesday was misleading, critics argue.",
			want: []view{
				{Kind: "indirect", Speaker: "He", Cue: "said", Text: "he wanted to know what happened and why it took so long"},
				{Kind: "indirect", Speaker: "critics", Cue: "argue", Text: "What the governor said Tuesday was misleading"},
			},
		},
		{
			name: "relative reports and findings hand no speaker on",
			in:   "Tom Hale defended the policy that critics say hurts farmers. “We stand by it.”\n\nRecent polls suggest Ruiz is ahead. “It is a two-person race now.”",
			want: []view{
				{Kind: "indirect", Speaker: "critics", Cue: "say", Text: "hurts farmers"},
				{Kind: "indirect", Speaker: "Recent polls", Cue: "suggest", Text: "Ruiz is ahead"},
			},
		},
		{
			name: "another's words after but, and a quotation that opens the sentence before a bare plural",
			in:   "“We won,” Ruiz said, but her rival “has other plans.”\n\n“We will rebuild” residents say.",
			want: []view{
				{Kind: "direct", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "“We won,”"},
				{Kind: "direct", Speaker: "residents", Cue: "say", Text: "“We will rebuild”"},
			},
		},
		{
			name: "that as the object of a verb before according to",
			in:   "Lee said he never approved that, according to a transcript.",
			want: []view{{Kind: "indirect", Speaker: "a transcript", Cue: "according to", Text: "Lee said he never approved that"}},
		},
		{
			name: "an object before and, and a phrase before an age, are no part of the speaker",
			in:   "Voters rejected the proposed county sales tax and officials said they would try again. Despite the rain, 80-year-old chef Ana Ruiz said she would march.",
			want: []view{
				{Kind: "indirect", Speaker: "officials", Anon: true, Cue: "said", Text: "they would try again"},
				{Kind: "indirect", Speaker: "80-year-old chef Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "she would march"},
			},
		},
		{
			name: "quoted words that name a thing before a verb",
			in:   "Her best-known poem, “Hope,” inspired Ana Ruiz. “Stand your ground” laws say a person may use force. “Made in USA” labels claim the goods were made here.",
			want: []view{
				{Kind: "indirect", Speaker: "laws", Cue: "say", Text: "a person may use force"},
				{Kind: "indirect", Speaker: "labels", Cue: "claim", Text: "the goods were made here"},
			},
		},
		{
			name: "what was called ends before the writer's adjunct, and a partial quotation goes on after a pronoun",
			in:   "Ruiz called the bill “cruel,” in a speech on Tuesday. “We lost,” Hale said, but he “will be back next year.”",
			want: []view{
				{Kind: "mixed", Speaker: "Ruiz", Name: "Ruiz", Cue: "called", Text: "the bill “cruel,”"},
				{Kind: "mixed", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "“We lost,” Hale said, but he “will be back next year.”", Parts: []string{"“We lost,”", "but he “will be back next year.”"}},
			},
		},
		{
			name: "that after a cue and its object, and states as a noun before a verb",
			in:   "Hale told reporters that, according to an audit, most of the money was lost. Hospitals in big states are “full,” Ruiz said.",
			want: []view{
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "told", Text: "according to an audit, most of the money was lost"},
				{Kind: "mixed", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "Hospitals in big states are “full,”"},
			},
		},
		{
			name: "a noun-like cue before an interrupting attribution",
			in:   "Repair estimates, he added, were “well above the budget.”",
			want: []view{{Kind: "mixed", Speaker: "he", Cue: "added", Text: "Repair estimates, he added, were “well above the budget.”", Parts: []string{"Repair estimates", "were “well above the budget.”"}}},
		},
		{
			name: "a described person hands on a floating quotation",
			in:   "Study author Tom Hale said the effect was large. “It was twice what we expected.”",
			want: []view{
				{Kind: "indirect", Speaker: "Study author Tom Hale", Name: "Tom Hale", Cue: "said", Text: "the effect was large"},
				{Kind: "direct", Speaker: "Study author Tom Hale", Name: "Tom Hale", Cue: "said", Inherited: true, Text: "“It was twice what we expected.”"},
			},
		},
		{
			name: "a notice in capitals opens a post, not a transcript",
			in:   "Ruiz wrote on Twitter on Monday night:\n\n“BREAKING: The council has voted to rebuild the levee.”",
			want: []view{{Kind: "direct", Speaker: "Ruiz", Name: "Ruiz", Cue: "wrote", Text: "“BREAKING: The council has voted to rebuild the levee.”"}},
		},
		{
			name: "a second report after the attribution and a conjunction",
			in:   "“We will win,” Ruiz said, and supporters chanted “Four more years!”",
			want: []view{
				{Kind: "direct", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "“We will win,”"},
				{Kind: "direct", Speaker: "supporters", Cue: "chanted", Text: "“Four more years!”"},
			},
		},
		{
			name: "the writer's when and where before an interrupting attribution",
			in:   "On Tuesday, Hale added, “we will not back down.” Later, she added, “there is time.” If the bill passes, he said, “the state will pay.”",
			want: []view{
				{Kind: "mixed", Speaker: "Hale", Name: "Hale", Cue: "added", Text: "“we will not back down.”"},
				{Kind: "mixed", Speaker: "she", Cue: "added", Text: "“there is time.”"},
				{Kind: "mixed", Speaker: "he", Cue: "said", Text: "If the bill passes, he said, “the state will pay.”", Parts: []string{"If the bill passes", "“the state will pay.”"}},
			},
		},
		{
			name: "a quotation that opens the sentence with no comma before an inverted cue",
			in:   "“It was the worst night of my life” says Ana Ruiz, who lost her home. “Lock him up!” the crowd began chanting.",
			want: []view{
				{Kind: "direct", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "says", Text: "“It was the worst night of my life”"},
				{Kind: "direct", Speaker: "the crowd", Cue: "chanting", Text: "“Lock him up!”"},
			},
		},
		{
			name: "a participle after a verb and its object speaks for the verb's subject",
			in:   "At the rally, they will wave placards declaring: “Stop the tax!” By noon, a crowd of nurses had gathered at the hall, calling for a raise and carrying signs saying, “Pay us now.”",
			want: []view{
				{Kind: "direct", Speaker: "they", Cue: "declaring", Text: "“Stop the tax!”"},
				{Kind: "indirect", Speaker: "a crowd of nurses", Cue: "calling for", Text: "a raise"},
				{Kind: "direct", Speaker: "a crowd of nurses", Cue: "saying", Text: "“Pay us now.”"},
			},
		},
		{
			name: "a participle after a verb and its object inside a report, or after a subject and its verb",
			in:   "The mayor said residents will wave placards declaring: “Stop the tax!” Ana Ruiz said protesters had thrown eggs and carried signs saying “Go home.” The nurses carried signs saying, “Pay us now.” Farmers marched down Elm Street holding banners reading “No more tolls.”",
			want: []view{
				{Kind: "mixed", Speaker: "The mayor", Cue: "said", Text: "residents will wave placards declaring: “Stop the tax!”"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "protesters had thrown eggs"},
				{Kind: "direct", Speaker: "protesters", Cue: "saying", Text: "“Go home.”"},
				{Kind: "direct", Speaker: "The nurses", Cue: "saying", Text: "“Pay us now.”"},
				{Kind: "direct", Speaker: "Farmers", Cue: "reading", Text: "“No more tolls.”"},
			},
		},
		{
			name: "a cue right after who, and a subject of its own after who",
			in:   "“We will win,” said Tom Hale, a Ruiz backer whose town backed her but who suggested that Ortiz might draw new voters. They described a ring of thieves who the police say is linked to a gang.",
			want: []view{
				{Kind: "direct", Speaker: "Tom Hale, a Ruiz backer", Name: "Tom Hale", Cue: "said", Text: "“We will win,”"},
				{Kind: "indirect", Speaker: "who", Cue: "suggested", Text: "Ortiz might draw new voters"},
				{Kind: "indirect", Speaker: "the police", Cue: "say", Text: "is linked to a gang"},
			},
		},
		{
			name: "a subject after who that is no speaker: the clause's own verb, or a time",
			in:   "The nurse who Dana Ortiz hired said the plan was dead. The man who the police arrested told reporters he was innocent. Tom Hale criticized the senator who the same day said the levy was dead. The aide who the voters chose said she would stay.",
			want: []view{
				{Kind: "indirect", Speaker: "The nurse", Cue: "said", Text: "the plan was dead"},
				{Kind: "indirect", Speaker: "The man", Cue: "told", Text: "he was innocent"},
				{Kind: "indirect", Speaker: "the senator", Cue: "said", Text: "the levy was dead"},
				{Kind: "indirect", Speaker: "The aide", Cue: "said", Text: "she would stay"},
			},
		},
		{
			name: "a subject after who whose report has a subject or an adverb of its own",
			in:   "Ana Ruiz named a donor who Tom Hale says he has never met. Police sought a man who the bureau says it had tracked for years. Voters chose a candidate who the party says it will back. Police held a clerk who the agency says probably worked as a spy. The mayor met the judge who the same week said the levy was dead.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "says", Text: "he has never met"},
				{Kind: "indirect", Speaker: "the bureau", Cue: "says", Text: "it had tracked for years"},
				{Kind: "indirect", Speaker: "the party", Cue: "says", Text: "it will back"},
				{Kind: "indirect", Speaker: "the agency", Cue: "says", Text: "probably worked as a spy"},
				{Kind: "indirect", Speaker: "the judge", Cue: "said", Text: "the levy was dead"},
			},
		},
		{
			name: "openers and asides between a subject and its verb",
			in:   "Therefore, the county raised the levy, saying that the schools need more money. Beyond the footage, the affidavit cited two witnesses and said that Hale had left early. The night before, at a fair in Dayton, Ana Ruiz was no less sharp, claiming that the plan had failed. Ever since she endorsed Hale last month, Dana Ortiz has been a loyal ally, visiting his office with a simple message: “Stay the course.” Hale, meanwhile, who sits on the board, said the vote was rigged. Ruiz’s longtime aides have in the past said she would not run.",
			want: []view{
				{Kind: "indirect", Speaker: "the county", Cue: "saying", Text: "the schools need more money"},
				{Kind: "indirect", Speaker: "the affidavit", Cue: "said", Text: "Hale had left early"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "claiming", Text: "the plan had failed"},
				{Kind: "direct", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: ":", Text: "“Stay the course.”"},
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "the vote was rigged"},
				{Kind: "indirect", Speaker: "Ruiz’s longtime aides", Anon: true, Cue: "said", Text: "she would not run"},
			},
		},
		{
			name: "a phrase of place after had that owns its object",
			in:   "The note she had in her bag said the deal was off. The letter Tom Hale had in his pocket said the plan was dead. The bills that Dana Ortiz had in committee said nothing about taxes. Her allies have in the past said she would not run.",
			want: []view{
				{Kind: "indirect", Speaker: "The note", Cue: "said", Text: "the deal was off"},
				{Kind: "indirect", Speaker: "The letter", Cue: "said", Text: "the plan was dead"},
				{Kind: "indirect", Speaker: "The bills", Cue: "said", Text: "nothing about taxes"},
				{Kind: "indirect", Speaker: "Her allies", Anon: true, Cue: "said", Text: "she would not run"},
			},
		},
		{
			name: "a participle after a verb and its object in a reported clause, and a name after named",
			in:   "Ana Ruiz said protesters carried signs saying “Go home.” A woman named Dana Ortiz stood up shouting, “Shame!”",
			want: []view{
				{Kind: "mixed", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "protesters carried signs saying “Go home.”"},
				{Kind: "direct", Speaker: "A woman named Dana Ortiz", Cue: "shouting", Text: "“Shame!”"},
			},
		},
		{
			name: "a title after the object of deem or brand, and a declared object in an aside",
			in:   "The board deemed the novel “Salt and Ember” unfit for schools. Tom Hale, who declared the vote “a sham,” lost.",
			want: []view{
				{Kind: "mixed", Speaker: "who", Name: "Tom Hale", Cue: "declared", Text: "the vote “a sham,”"},
			},
		},
		{
			name: "after a third review: infinitives and verbs after has, relatives with a report of their own, papers, titles by phone, nicknames",
			in:   "Residents who had to flee said the water rose fast. The coach who the players love says the team is ready. The Ledger published an internal memo saying the agency spied on reporters. The bridge will close, according to the mayor by phone. Tom Hale branded his rival “Sleepy Sam” at a rally. A plan this week dubbed “Project Dawn” was shelved. Emails from Hale labeled “urgent” went unanswered.",
			want: []view{
				{Kind: "indirect", Speaker: "Residents", Cue: "said", Text: "the water rose fast"},
				{Kind: "indirect", Speaker: "The coach", Cue: "says", Text: "the team is ready"},
				{Kind: "indirect", Speaker: "the mayor", Cue: "according to", Text: "The bridge will close"},
				{Kind: "mixed", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "branded", Text: "his rival “Sleepy Sam” at a rally"},
			},
		},
		{
			name: "after a fourth review: a publisher's own posts, participles as adjectives after has, verbs after who, relative namers, product names",
			in:   "Tom Hale published a post on his page saying he would not resign. The senator has in prepared remarks said the bill is flawed. The aide who Ana Ruiz says the campaign fired has sued. The measure the mayor of Dayton dubbed “a lifeline” passed. The brewer branded its new lager “Harbor Gold.” Hale has dubbed “a witch hunt” the inquiry into his taxes.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "saying", Text: "he would not resign"},
				{Kind: "indirect", Speaker: "The senator", Name: "Tom Hale", Cue: "said", Text: "the bill is flawed"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "says", Text: "the campaign fired has sued"},
				{Kind: "direct", Speaker: "the mayor of Dayton", Cue: "dubbed", Text: "“a lifeline”"},
				{Kind: "mixed", Speaker: "Hale", Name: "Tom Hale", Cue: "has dubbed", Text: "“a witch hunt” the inquiry into his taxes"},
			},
		},
		{
			name: "after a fifth review: judgments of things, times after a named quotation, subjects that are compounds, papers' memos, things the size of a city",
			in:   "Critics branded the law “The Death Tax.” Tom Hale attacked the inquiry he dubbed “a witch hunt” the day it opened. The reporter who the news agency says was detained has been freed. A wildfire the size of Dayton dubbed “the Monster” is spreading.",
			want: []view{
				{Kind: "mixed", Speaker: "Critics", Cue: "branded", Text: "the law “The Death Tax.”"},
				{Kind: "direct", Speaker: "he", Name: "Tom Hale", Cue: "dubbed", Text: "“a witch hunt”"},
				{Kind: "indirect", Speaker: "the news agency", Cue: "says", Text: "was detained has been freed"},
			},
		},
		{
			name: "after a sixth review: a firm's own note, an owner's brand name, a body of the capital kind, an object after the quotation of a plain subject",
			in:   "The bank published a note saying rates would rise in June. The company branded its new service “Pay Now.” The rate rise the Bank of Dayton deemed “necessary” hit borrowers. Tom Hale dubbed “a witch hunt” the inquiry into his taxes.",
			want: []view{
				{Kind: "indirect", Speaker: "The bank", Cue: "saying", Text: "rates would rise in June"},
				{Kind: "direct", Speaker: "the Bank of Dayton", Name: "Bank of Dayton", Cue: "deemed", Text: "“necessary”"},
				{Kind: "mixed", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "dubbed", Text: "“a witch hunt” the inquiry into his taxes"},
			},
		},
		{
			name: "after a seventh review: a paper's memo is another's, a judgment after its, a passive naming with its agent",
			in:   "The Herald published a memo saying the plant would close. Critics branded its new policy “The Great Betrayal.” The governor toured the Port of Dayton dubbed “the gateway” by traders.",
			want: []view{
				{Kind: "mixed", Speaker: "Critics", Cue: "branded", Text: "its new policy “The Great Betrayal.”"},
			},
		},
		{
			name: "a naming verb before a quotation with a subject of its own",
			in:   "Tom Hale attacked the inquiry he dubbed “a witch hunt.” Ana Ruiz defended the levy that critics labeled “reckless.” Dana Ortiz praised a measure she once dubbed “the best law in years.” The reports Sam Lee labeled “fake” turned out to be true. Tom Hale praised the deal, which he has for months repeatedly dubbed “a triumph.” Officials released files later deemed “secret” by a judge.",
			want: []view{
				{Kind: "direct", Speaker: "he", Name: "Tom Hale", Cue: "dubbed", Text: "“a witch hunt.”"},
				{Kind: "direct", Speaker: "critics", Cue: "labeled", Text: "“reckless.”"},
				{Kind: "direct", Speaker: "she", Name: "Dana Ortiz", Cue: "dubbed", Text: "“the best law in years.”"},
				{Kind: "direct", Speaker: "The reports Sam Lee", Name: "Sam Lee", Cue: "labeled", Text: "“fake”"},
				{Kind: "direct", Speaker: "he", Name: "Tom Hale", Cue: "repeatedly dubbed", Text: "which he has for months repeatedly dubbed “a triumph.”", Parts: []string{"which", "“a triumph.”"}},
			},
		},
		{
			name: "a phrase of manner or place after an auxiliary that is no time",
			in:   "Tom Hale has in public said the plan was sound. Dana Ortiz has on several occasions said the levy was fair. Ana Ruiz would in theory say the deal was off. Sam Lee will at some point say the fund is empty. Rosa Diaz has in a statement said the vote was rigged.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "the plan was sound"},
				{Kind: "indirect", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: "said", Text: "the levy was fair"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "say", Text: "the deal was off"},
				{Kind: "indirect", Speaker: "Sam Lee", Name: "Sam Lee", Cue: "say", Text: "the fund is empty"},
				{Kind: "indirect", Speaker: "Rosa Diaz", Name: "Rosa Diaz", Cue: "said", Text: "the vote was rigged"},
			},
		},
		{
			name: "the prepositions that open names, in lower case inside a sentence",
			in:   "Ana Ruiz said behind closed doors that the plan was dead. Tom Hale argued throughout the campaign that the levy was unfair. A woman sitting behind the mayor said the vote was rigged. The man standing behind Dana Ortiz said the fund was empty.",
			want: []view{
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "the plan was dead"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "argued", Text: "the levy was unfair"},
				{Kind: "indirect", Speaker: "A woman", Anon: true, Cue: "said", Text: "the vote was rigged"},
				{Kind: "indirect", Speaker: "The man", Anon: true, Cue: "said", Text: "the fund was empty"},
			},
		},
		{
			name: "a capitalized preposition that opens a company's name",
			in:   "Beyond Bread said Tuesday that sales fell. “Sales fell,” Beyond Bread said. A spokeswoman for Via Terra said that fares rose.",
			want: []view{
				{Kind: "indirect", Speaker: "Beyond Bread", Name: "Beyond Bread", Cue: "said", Text: "sales fell"},
				{Kind: "direct", Speaker: "Beyond Bread", Name: "Beyond Bread", Cue: "said", Text: "“Sales fell,”"},
				{Kind: "indirect", Speaker: "A spokeswoman for Via Terra", Cue: "said", Text: "fares rose"},
			},
		},
		{
			name: "a participle after a document with a time or its addressee between",
			in:   "Ana Ruiz issued a memo Friday saying the plan was dead. The council sent a letter to the governor warning, “We will sue.” Her office quickly sent out a note to donors asking them to give early.",
			want: []view{
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "saying", Text: "the plan was dead"},
				{Kind: "direct", Speaker: "The council", Cue: "warning", Text: "“We will sue.”"},
				{Kind: "indirect", Speaker: "Her office", Cue: "asking", Text: "them to give early"},
			},
		},
		{
			name: "a participle after a document that an infinitive leads to",
			in:   "Tom Hale went on to issue a statement saying he was innocent. Dana Ortiz decided to send a letter saying she would resign. Ana Ruiz went on to issue a statement saying, “I am innocent.”",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "saying", Text: "he was innocent"},
				{Kind: "indirect", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: "saying", Text: "she would resign"},
				{Kind: "direct", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "saying", Text: "“I am innocent.”"},
			},
		},
		{
			name: "a participle after a document its subject did not write",
			in:   "Police found a note on the door saying the owner had left town. Tom Hale responded to a post on his page saying the vote was rigged. The board rejected a letter Monday demanding her resignation. Dana Ortiz received a letter to her office warning that she would lose. The campaign sent a letter Monday demanding a recount. Ana Ruiz revised her statement explaining that she had been away.",
			want: []view{
				{Kind: "indirect", Speaker: "The campaign", Cue: "demanding", Text: "a recount"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "explaining", Text: "she had been away"},
			},
		},
		{
			name: "a participle after a document its subject made, gave, joined or sent someone",
			in:   "Tom Hale made a statement saying he would resign. Dana Ortiz co-signed a letter urging the board to quit. The union sent members a letter saying dues would rise. Ana Ruiz gave reporters a statement saying she was innocent. Sam Lee published a statement on his website saying the deal was off. Rosa Diaz made a statement saying, “I did nothing wrong.” Tom Vance sent them a letter saying the plant would close.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "saying", Text: "he would resign"},
				{Kind: "indirect", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: "urging", Text: "the board to quit"},
				{Kind: "indirect", Speaker: "The union", Cue: "saying", Text: "dues would rise"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "saying", Text: "she was innocent"},
				{Kind: "indirect", Speaker: "Sam Lee", Name: "Sam Lee", Cue: "saying", Text: "the deal was off"},
				{Kind: "direct", Speaker: "Rosa Diaz", Name: "Rosa Diaz", Cue: "saying", Text: "“I did nothing wrong.”"},
				{Kind: "indirect", Speaker: "Tom Vance", Name: "Tom Vance", Cue: "saying", Text: "the plant would close"},
			},
		},
		{
			name: "a trailing according to whose source is a thing or a group with its maker",
			in:   "The plant will close next year, according to officials from the Trade Office. The plan failed last spring, according to a summary by the committee. The law still stands, according to a ruling by the judge. The fire spread fast, according to a timeline released by police. The deal is off, according to a person briefed by the company.",
			want: []view{
				{Kind: "indirect", Speaker: "officials from the Trade Office", Anon: true, Cue: "according to", Text: "The plant will close next year"},
				{Kind: "indirect", Speaker: "a summary by the committee", Cue: "according to", Text: "The plan failed last spring"},
				{Kind: "indirect", Speaker: "a ruling by the judge", Cue: "according to", Text: "The law still stands"},
				{Kind: "indirect", Speaker: "a timeline released by police", Cue: "according to", Text: "The fire spread fast"},
				{Kind: "indirect", Speaker: "a person briefed by the company", Anon: true, Cue: "according to", Text: "The deal is off"},
			},
		},
		{
			name: "a trailing according to whose source runs on to its maker",
			in:   "Turnout fell by a third, according to a tally by the Ledger. The plant will close, according to a recent report from the state auditor.",
			want: []view{
				{Kind: "indirect", Speaker: "a tally by the Ledger", Cue: "according to", Text: "Turnout fell by a third"},
				{Kind: "indirect", Speaker: "a recent report from the state auditor", Cue: "according to", Text: "The plant will close"},
			},
		},
		{
			name: "a source named by its maker goes on to its head, and resolves to the maker",
			in:   "Turnout fell by a third, according to a Harbor Post analysis. The plant will close, according to a congressional report. The levy passed, according to Tri-County Water filings. The road reopened, according to a Monday editorial. Crime rose by a tenth, according to a review of Ledger transcripts.",
			want: []view{
				{Kind: "indirect", Speaker: "a Harbor Post analysis", Name: "Harbor Post", Cue: "according to", Text: "Turnout fell by a third"},
				{Kind: "indirect", Speaker: "a congressional report", Cue: "according to", Text: "The plant will close"},
				{Kind: "indirect", Speaker: "Tri-County Water filings", Name: "Tri-County Water", Cue: "according to", Text: "The levy passed"},
				{Kind: "indirect", Speaker: "a Monday editorial", Cue: "according to", Text: "The road reopened"},
				{Kind: "indirect", Speaker: "a review of Ledger transcripts", Cue: "according to", Text: "Crime rose by a tenth"},
			},
		},
		{
			name: "a trailing according to whose source is a person or a name resolves to it alone, and how it was said is no part of it",
			in:   "The fire started at dawn, according to Dana Ortiz from Denver. The levy passed, according to Tom Hale by a wide margin. The plant will close, according to a person briefed by the company. Turnout rose by a third, according to data from the county clerk.",
			want: []view{
				{Kind: "indirect", Speaker: "Dana Ortiz from Denver", Name: "Dana Ortiz", Cue: "according to", Text: "The fire started at dawn"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "according to", Text: "The levy passed"},
				{Kind: "indirect", Speaker: "a person briefed by the company", Anon: true, Cue: "according to", Text: "The plant will close"},
				{Kind: "indirect", Speaker: "data from the county clerk", Cue: "according to", Text: "Turnout rose by a third"},
			},
		},
		{
			name: "a sentence that ends in the pronoun that before its source",
			in:   "Ruiz will not support that, according to a person familiar with her thinking.",
			want: []view{{Kind: "indirect", Speaker: "a person familiar with her thinking", Anon: true, Cue: "according to", Text: "Ruiz will not support that"}},
		},
		{
			name: "a relative pronoun after a preposition, and a list after what was called",
			in:   "Tom Hale spoke at a meeting at which he said the plant would close. Ruiz called the bill “cruel,” unfair and un-American.",
			want: []view{
				{Kind: "indirect", Speaker: "he", Name: "Tom Hale", Cue: "said", Text: "the plant would close"},
				{Kind: "mixed", Speaker: "Ruiz", Name: "Ruiz", Cue: "called", Text: "the bill “cruel,” unfair and un-American"},
			},
		},
		{
			name: "reports that hand no speaker on to a floating quotation",
			in:   "“I was stunned,” Ruiz said. The agency declined to comment. “I did not see it coming.” Recent polls suggest the race is tied. “We will win.” According to the agency, the river will rise. “We have to be ready.”",
			want: []view{
				{Kind: "direct", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "“I was stunned,”"},
				{Kind: "indirect", Speaker: "The agency", Cue: "declined", Text: "to comment"},
				{Kind: "direct", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Inherited: true, Text: "“I did not see it coming.”"},
				{Kind: "indirect", Speaker: "Recent polls", Cue: "suggest", Text: "the race is tied"},
				{Kind: "direct", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Inherited: true, Text: "“We will win.”"},
				{Kind: "indirect", Speaker: "the agency", Cue: "According to", Text: "the river will rise"},
				{Kind: "direct", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Inherited: true, Text: "“We have to be ready.”"},
			},
		},
		{
			name: "a title before a name, not a name after a preposition",
			in:   "White House chief of staff Ana Ruiz said the talks would resume. A spokeswoman for Delta, Tom Hale, said flights would resume.",
			want: []view{
				{Kind: "indirect", Speaker: "White House chief of staff Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "the talks would resume"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "flights would resume"},
			},
		},
		{
			name: "a place and its state in the speaker's aside",
			in:   "“She has not been truthful,” Ana Ruiz, 67, a retired nurse in Millbrook, Pa., said in an interview.",
			want: []view{{Kind: "direct", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "“She has not been truthful,”"}},
		},
		{
			name: "a cue before a colon that hands the quotation to another",
			in:   "When reporters asked about the delay, a voice rose from the back: “Blame the state!” Tom Hale shouted.",
			want: []view{
				{Kind: "indirect", Speaker: "reporters", Cue: "asked about", Text: "the delay"},
				{Kind: "direct", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "shouted", Text: "“Blame the state!”"},
			},
		},
		{
			name: "a sign-off after marks that pair up",
			in:   "“Smart” meters went in last May, and residents were upset. “We never agreed to this.” ― Ana Ruiz",
			want: []view{{Kind: "direct", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "―", Text: "“We never agreed to this.”"}},
		},
		{
			name: "second review: reports kept",
			in:   "The vote was fair, the governor said, through a spokesman. Tom Hale said prices rose in March. Stunned and angry, Ana Ruiz left the room, saying the vote was rigged. Ruiz responded to a request for comment by saying she had done nothing wrong.",
			want: []view{
				{Kind: "indirect", Speaker: "the governor", Cue: "said", Text: "The vote was fair"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "prices rose in March"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "saying", Text: "the vote was rigged"},
				{Kind: "indirect", Speaker: "Ruiz", Name: "Ana Ruiz", Cue: "saying", Text: "she had done nothing wrong"},
			},
		},
		{
			name: "second review: quotations kept",
			in:   "Ana Ruiz told reporters outside the courthouse on Monday: “We are not done.” Tom Hale agreed.\n\nFamilies are scared of “another lost summer,” Rosa Vance told reporters who gathered outside.",
			want: []view{
				{Kind: "direct", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "told", Text: "“We are not done.”"},
				{Kind: "mixed", Speaker: "Rosa Vance", Name: "Rosa Vance", Cue: "told", Text: "Families are scared of “another lost summer,”"},
			},
		},
		{
			name: "second review: names and letters are no speech",
			in:   "Ana Ruiz received a letter, “Your claim has been denied.” Voters rejected the “Fair Roads” measure by a wide margin. Tom Hale applauded as the band played “America the Beautiful.”",
		},
		{
			name: "third review: names in -ly, dashes in a clause, blame, a participle with an object",
			in:   "Italy and Spain closed their borders, saying the virus was spreading. When Tom Hale said the budget — all $4 billion of it — was balanced, critics laughed. Tom Hale blames “greedy landlords” for the crisis. Ana Ruiz left after Cole interrupted her, calling him “a bully.” The plan is sound, Rosa Vance said, and then she walked out.",
			want: []view{
				{Kind: "indirect", Speaker: "Italy", Name: "Italy", Cue: "saying", Text: "the virus was spreading"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "the budget — all $4 billion of it — was balanced"},
				{Kind: "mixed", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "blames", Text: "“greedy landlords” for the crisis"},
				{Kind: "mixed", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "calling", Text: "him “a bully.”"},
				{Kind: "indirect", Speaker: "Rosa Vance", Name: "Rosa Vance", Cue: "said", Text: "The plan is sound"},
			},
		},
		{
			name: "each quotation with a cue of its own",
			in:   "When someone in the crowd shouted, “Ortiz,” Hale joked, again using an accent, “Amen, brother!”",
			want: []view{
				{Kind: "direct", Speaker: "someone in the crowd", Anon: true, Cue: "shouted", Text: "“Ortiz,”"},
				{Kind: "direct", Speaker: "Hale", Name: "Hale", Cue: "joked", Text: "“Amen, brother!”"},
			},
		},
		{
			name: "a show's title, then a cue with a report of its own",
			in:   "In an appearance on “Morning Show,” host Ana Ruiz asked Hale how he would pay for the wall.",
			want: []view{{Kind: "indirect", Speaker: "host Ana Ruiz", Name: "Ana Ruiz", Cue: "asked", Text: "how he would pay for the wall"}},
		},
		{
			name: "the one asked about something is the listener, not what was asked",
			in:   "Tom Hale asked the mayor about the ferry contract. The clerk asked her about several boats that the storm had sunk.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "asked", Text: "the ferry contract"},
				{Kind: "indirect", Speaker: "The clerk", Cue: "asked", Text: "several boats that the storm had sunk"},
			},
		},
		{
			name: "asked for a thing is a request, whose object ends before a clause of the writer's",
			in:   "The employer asked for proof of residence, and Ruiz had none. A fisherman asked for the meeting because he wanted answers. Bo Lin got letters he never asked for or wanted.",
			want: []view{
				{Kind: "indirect", Speaker: "The employer", Cue: "asked for", Text: "proof of residence"},
				{Kind: "indirect", Speaker: "A fisherman", Cue: "asked for", Text: "the meeting"},
			},
		},
		{
			name: "an attribution with as after a phrase with no verb of its own reports the clause after it",
			in:   "However, as the Harbor Post has reported, the council spent the reserve on the ferry. Just a week ago, as the Harbor Post reported, the council met in secret. If, as Tom Hale noted, rates rise in the spring, the town will pay more. Of course, as Ana Ruiz observed, the pier was the real winner.",
			want: []view{
				{Kind: "indirect", Speaker: "the Harbor Post", Name: "Harbor Post", Cue: "has reported", Text: "the council spent the reserve on the ferry"},
				{Kind: "indirect", Speaker: "the Harbor Post", Name: "Harbor Post", Cue: "reported", Text: "Just a week ago, as the Harbor Post reported, the council met in secret", Parts: []string{"Just a week ago", "the council met in secret"}},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "noted", Text: "rates rise in the spring"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "observed", Text: "the pier was the real winner"},
			},
		},
		{
			name: "a day between the one asked and the question is the asking's",
			in:   "Tom Hale asked Ana Ruiz Friday whether she would release the records. The Harbor Post asked the mayor Tuesday how the levy would be spent.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "asked", Text: "whether she would release the records"},
				{Kind: "indirect", Speaker: "The Harbor Post", Name: "Harbor Post", Cue: "asked", Text: "how the levy would be spent"},
			},
		},
		{
			name: "the occasion of a question is no part of what was asked",
			in:   "Asked about the levy after a debate, Ruiz said it would pass. Hale was asked about the pier during an interview with the Harbor Post. When asked why she left during an appearance on Radio Dover, Ruiz smiled. When asked whether she spoke during the debate, Ruiz said no one listened. Asked about her vote in the event that the levy fails, Ruiz smiled.",
			want: []view{
				{Kind: "indirect", Cue: "Asked about", Text: "the levy"},
				{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "it would pass"},
				{Kind: "indirect", Cue: "was asked about", Text: "the pier"},
				{Kind: "indirect", Cue: "asked", Text: "why she left"},
				{Kind: "indirect", Cue: "asked", Text: "whether she spoke during the debate"},
				{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "no one listened"},
				{Kind: "indirect", Cue: "Asked about", Text: "her vote in the event that the levy fails"},
			},
		},
		{
			name: "a participle after a clause of time takes that clause's subject",
			in:   "The first outburst came during a talk, when protesters interrupted her, shouting “she wins, we lose!”",
			want: []view{{Kind: "mixed", Speaker: "protesters", Cue: "shouting", Text: "“she wins, we lose!”"}},
		},
		{
			name: "a cue in a relative clause of the speaker, and a cue far before its quotation",
			in:   "“The answer is no,” Cole, who has proposed repealing the law, said at the time. Ana Ruiz said on Twitter on Sunday, in reference to her new puppy, “Next summer, she will be a big dog.”",
			want: []view{
				{Kind: "direct", Speaker: "Cole", Name: "Cole", Cue: "said", Text: "“The answer is no,”"},
				{Kind: "direct", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "“Next summer, she will be a big dog.”"},
			},
		},
		{
			name: "a verb joined by and after an object, an adverb between commas, a place before the clause",
			in:   "At the debate, Cole knocked Ruiz on taxes and called him a “coward.” Hale added, though, that “nobody could stop it.” Ana Ruiz wrote in both listings she was “honored” to sell it.",
			want: []view{
				{Kind: "mixed", Speaker: "Cole", Name: "Cole", Cue: "called", Text: "him a “coward.”"},
				{Kind: "mixed", Speaker: "Hale", Name: "Hale", Cue: "added", Text: "“nobody could stop it.”"},
				{Kind: "mixed", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "wrote", Text: "she was “honored” to sell it"},
			},
		},
		{
			name: "two names joined after an age or an appositive of the first",
			in:   "“We lost,” Ana Ruiz, 45, and Tom Hale, 50, said. Rosa Vance, the mayor, and Bo Lin said the vote was close.",
			want: []view{
				{Kind: "direct", Speaker: "Ana Ruiz, 45, and Tom Hale, 50", Name: "Ana Ruiz and Tom Hale", Cue: "said", Text: "“We lost,”"},
				{Kind: "indirect", Speaker: "Rosa Vance, the mayor, and Bo Lin", Name: "Rosa Vance and Bo Lin", Cue: "said", Text: "the vote was close"},
			},
		},
		{
			name: "a name after a description after the cue resolves and joins the mention",
			in:   "“It is late,” said the mayor, Tom Hale. “We won,” said another voter, Ana Ruiz, a nurse. “It held,” said the clerk, Bo Lin and Eve Sand.",
			want: []view{
				{Kind: "direct", Speaker: "the mayor, Tom Hale", Name: "Tom Hale", Cue: "said", Text: "“It is late,”"},
				{Kind: "direct", Speaker: "another voter, Ana Ruiz, a nurse", Name: "Ana Ruiz", Cue: "said", Text: "“We won,”"},
				{Kind: "direct", Speaker: "the clerk", Cue: "said", Text: "“It held,”"},
			},
		},
		{
			name: "a name after a description after the cue keeps its title, initials and suffix",
			in:   "“It is late,” said an aide, Sen. Ana Ruiz. “We won,” said the mayor, Tom R. King, a lawyer. “It held,” said the clerk, Bo Lin Jr.",
			want: []view{
				{Kind: "direct", Speaker: "an aide, Sen. Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "“It is late,”"},
				{Kind: "direct", Speaker: "the mayor, Tom R. King, a lawyer", Name: "Tom R. King", Cue: "said", Text: "“We won,”"},
				{Kind: "direct", Speaker: "the clerk, Bo Lin Jr.", Name: "Bo Lin", Cue: "said", Text: "“It held,”"},
			},
		},
		{
			name: "a statement issued before its quotation",
			in:   "Right after the attack, Tom Hale issued a statement, “Last night, our city was attacked.”",
			want: []view{{Kind: "direct", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "issued a statement", Text: "“Last night, our city was attacked.”"}},
		},
		{
			name: "two names joined, an acronym before a title, a day before a noun",
			in:   "“We can only wonder,” Tom Hale and Ana Ruiz, both members, said in a statement. “We are proud!” US Senator Rosa Vance said as the vote began. “There is no spine,” reads a Sunday column in The Daily Register.",
			want: []view{
				{Kind: "direct", Speaker: "Tom Hale and Ana Ruiz", Name: "Tom Hale and Ana Ruiz", Cue: "said", Text: "“We can only wonder,”"},
				{Kind: "direct", Speaker: "US Senator Rosa Vance", Name: "Rosa Vance", Cue: "said", Text: "“We are proud!”"},
				{Kind: "direct", Speaker: "a Sunday column", Cue: "reads", Text: "“There is no spine,”"},
			},
		},
		{
			name: "a noun and a participle are no reported clause",
			in:   "Tom Hale recalled soldiers lost in the war. The sergeant called them together, and the drill began.",
		},
		{
			name: "a British spelling in a relative clause",
			in:   "Ana Ruiz said the levy, which unions criticise often, would stay.",
			want: []view{{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "the levy, which unions criticise often, would stay"}},
		},
		{
			name: "a verb of saying after the day",
			in:   "Ana Ruiz wrote on Monday to tell supporters she was quitting. Tom Hale responded Friday to reports that he had left.",
			want: []view{{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "wrote", Text: "she was quitting"}},
		},
		{
			name: "an adjective in -ed starts the subject",
			in:   "Retired workers gathered outside the plant, saying the pension fund was broken.",
			want: []view{{Kind: "indirect", Speaker: "Retired workers", Cue: "saying", Text: "the pension fund was broken"}},
		},
		{
			name: "how a report was made is the attribution's",
			in:   "The vote was fair, Tom Hale said, through a spokesman. The road will reopen, Ruiz said, by phone. The deal is done, Ana Ruiz said, with a laugh. The two are tied, the poll indicates, with each getting 40 percent.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "The vote was fair"},
				{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "The road will reopen"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "The deal is done"},
				{Kind: "indirect", Speaker: "the poll", Cue: "indicates", Text: "The two are tied, the poll indicates, with each getting 40 percent", Parts: []string{"The two are tied", "with each getting 40 percent"}},
			},
		},
		{
			name: "a noun-like cue before a title",
			in:   "“We will win,” notes Dr. Ana Ruiz.",
			want: []view{{Kind: "direct", Speaker: "Dr. Ana Ruiz", Name: "Ana Ruiz", Cue: "notes", Text: "“We will win,”"}},
		},
		{
			name: "an inverted pronoun and an adjunct",
			in:   "“We won,” said he on Monday.",
			want: []view{{Kind: "direct", Speaker: "he", Cue: "said", Text: "“We won,”"}},
		},
		{
			name: "a relative clause inside the subject of the report",
			in:   "Ruiz said Hale, who faces a primary, would lose.",
			want: []view{{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "Hale, who faces a primary, would lose"}},
		},
		{
			name: "a noun-like cue after an auxiliary",
			in:   "Hale will report where the money went.",
			want: []view{{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "will report", Text: "where the money went"}},
		},
		{
			name: "a participle inside a split quotation",
			in:   "“The plan,” Hale said, citing a memo, “is dead.”",
			want: []view{{Kind: "direct", Speaker: "Hale", Name: "Hale", Cue: "said",
				Text:  "“The plan,” Hale said, citing a memo, “is dead.”",
				Parts: []string{"“The plan,”", "“is dead.”"}}},
		},
		{
			name: "a relative clause inside a split quotation",
			in:   "“The risk,” said Tom Hale, an economist who has run the Harbor Forecast for a decade, “is that the mills close.” “I cannot say how these owners vote,” Ana Ruiz said of the families whose farms were sold last spring, “but I know what they need.”",
			want: []view{
				{Kind: "direct", Speaker: "Tom Hale, an economist who has run the Harbor Forecast for a decade", Name: "Tom Hale", Cue: "said",
					Text:  "“The risk,” said Tom Hale, an economist who has run the Harbor Forecast for a decade, “is that the mills close.”",
					Parts: []string{"“The risk,”", "“is that the mills close.”"}},
				{Kind: "direct", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said",
					Text:  "“I cannot say how these owners vote,” Ana Ruiz said of the families whose farms were sold last spring, “but I know what they need.”",
					Parts: []string{"“I cannot say how these owners vote,”", "“but I know what they need.”"}},
			},
		},
		{
			name: "another speaker's cue between two quotations ends the first speaker's words",
			in:   "“There is a young man with a problem,” Ana Ruiz said as the heckler yelled: “Go home!”",
			want: []view{
				{Kind: "direct", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "“There is a young man with a problem,”"},
				{Kind: "direct", Speaker: "the heckler", Cue: "yelled", Text: "“Go home!”"},
			},
		},
		{
			name: "scare quotes in a first paragraph",
			in:   "Ruiz visited the ‘safe’ shelters on Monday.\n\nThe storm passed.",
		},
		{
			name: "a participle and its clause after a quotation",
			in:   "Hale said, “It is time we change,” promising the members will return.",
			want: []view{
				{Kind: "direct", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "“It is time we change,”"},
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "promising", Text: "the members will return"},
			},
		},
		{
			name: "a quotation attributed twice, after and before",
			in:   "On Monday Ruiz said: “It will hold,” the Tribune reported.",
			want: []view{{Kind: "direct", Speaker: "the Tribune", Name: "Tribune", Cue: "reported", Text: "“It will hold,”"}},
		},
		{
			name: "a surname with Del",
			in:   "Maria Del Rio said the vote was rigged.",
			want: []view{{Kind: "indirect", Speaker: "Maria Del Rio", Name: "Maria Del Rio", Cue: "said", Text: "the vote was rigged"}},
		},
		{
			name: "a listener and then the clause's subject",
			in:   "Hale told Ruiz residents would be safe.",
			want: []view{{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "told", Text: "residents would be safe"}},
		},
		{
			name: "a dash on the same line that is news of its own",
			in:   "“It has been a hard year.” — Tom Hale, the treasurer, resigned in May.",
		},
		{
			name: "a dash line that is news of its own",
			in:   "“It has been a hard year.”\n\n- Tom Hale, the treasurer, resigned in May.",
		},
	})
}

func TestSeveralSpeakers(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "direct then indirect in one sentence",
			in:   "“The roads are closed,” Sheriff Dale Moss said, and Mayor Ana Ruiz said shelters were open.",
			want: []view{
				{Kind: "direct", Speaker: "Sheriff Dale Moss", Name: "Dale Moss", Cue: "said", Text: "“The roads are closed,”"},
				{Kind: "indirect", Speaker: "Mayor Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "shelters were open"},
			},
		},
		{
			name: "a participle after a title that ends in a comma",
			in:   "“I wish him well,” Tom Hale told the hosts of “Morning Show,” adding that his son knows the family.",
			want: []view{
				{Kind: "direct", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "told", Text: "“I wish him well,”"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "adding", Text: "his son knows the family"},
			},
		},
		{
			name: "three reported sentences",
			in:   "Senator Walter Graybill and Margaret Holloway attended the briefing. Holloway said the tests were real. Graybill said the sanctions had failed. Holloway said the tests would go on.",
			want: []view{
				{Kind: "indirect", Speaker: "Holloway", Name: "Margaret Holloway", Cue: "said", Text: "the tests were real"},
				{Kind: "indirect", Speaker: "Graybill", Name: "Walter Graybill", Cue: "said", Text: "the sanctions had failed"},
				{Kind: "indirect", Speaker: "Holloway", Name: "Margaret Holloway", Cue: "said", Text: "the tests would go on"},
			},
		},
	})
}

func TestIndirect(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a document sent to someone speaks, not the ones it was sent to",
			in:   "The memo to the staff says that the pier is unsafe. An email to supporters said that the ferry was late.",
			want: []view{
				{Kind: "indirect", Speaker: "The memo", Cue: "says", Text: "the pier is unsafe"},
				{Kind: "indirect", Speaker: "An email", Cue: "said", Text: "the ferry was late"},
			},
		},
		{
			name: "a quantifier after an auxiliary floats after the subject it counts, which speaks",
			in:   "Tom Hale and Ana Ruiz have both argued that the pier is unsafe. The rivals, Bo Lin and Rosa Vance, have both urged the council to close the pier.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale and Ana Ruiz", Name: "Tom Hale and Ana Ruiz", Cue: "argued", Text: "the pier is unsafe"},
				{Kind: "indirect", Speaker: "The rivals", Cue: "urged", Text: "the council to close the pier"},
			},
		},
		{
			name: "a participle after by or and ends the clause of time or the relative clause before it, whose subject speaks",
			in:   "The crowd cheered after Ana Ruiz won the seat by promising a new pier. It is another jab at the mayor who won the race by declaring that taxes would fall.",
			want: []view{
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "promising", Text: "a new pier"},
				{Kind: "indirect", Speaker: "who", Cue: "declaring", Text: "taxes would fall"},
			},
		},
		{
			name: "a verb joined to one in a clause of when or after has that clause's subject, unless a comma ends the clause",
			in:   "The Dover crowd cheered when Ana Ruiz thanked the volunteers and said the pier would reopen. Fans waved banners after Tom Hale won the vote and asked the band to play. Ana Ruiz was calm when he spoke, and later said the vote was fair.",
			want: []view{
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "the pier would reopen"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "asked", Text: "the band to play"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "later said", Text: "the vote was fair"},
			},
		},
		{
			name: "quoted words inside a report belong to it, not to a cue within it",
			in:   "Ana Ruiz said that her club would continue “to clean beaches” across the state.",
			want: []view{
				{Kind: "mixed", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "her club would continue “to clean beaches” across the state"},
			},
		},
		{
			name: "described reports what it tells of, a noun phrase or a clause of how",
			in:   "Ana Ruiz described the flooding in the lower town. Tom Hale describes how the mill closed. Words cannot describe the mood.",
			want: []view{
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "described", Text: "the flooding in the lower town"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "describes", Text: "how the mill closed"},
			},
		},
		{
			name: "reported with a gerund tells what a filing says its maker did",
			in:   "The Harbor Fund reported raising $2 million in March. The mayor's campaign has reported spending $40,000 on radio ads.",
			want: []view{
				{Kind: "indirect", Speaker: "The Harbor Fund", Name: "Harbor Fund", Cue: "reported", Text: "raising $2 million"},
				{Kind: "indirect", Speaker: "The mayor's campaign", Cue: "has reported", Text: "spending $40,000 on radio ads"},
			},
		},
		{
			name: "added reports a clause, not a noun phrase",
			in:   "In the past five years, the city has added 9,000 harbor jobs. Ana Ruiz held the seats while adding strongholds like Ohio and Iowa. Tom Hale added the levy would pass.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "added", Text: "the levy would pass"},
			},
		},
		{
			name: "a verb with an infinitive after it does not report the phrase before it",
			in:   "On the Republican stage, Tom Hale continues to lead the field. For one thing, Ana Ruiz, the likely nominee, proposed to draft her husband. The levy will pass in June, Dana Ortiz said on Monday.",
			want: []view{
				{Kind: "indirect", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: "said", Text: "The levy will pass in June"},
			},
		},
		{
			name: "a noun that sums up the report after it is the writer's",
			in:   "Ana Ruiz said the levy would fail, a swipe at the mayor. Tom Hale said he would run — a move few had expected. Dana Ortiz said the town needs a new library, a building with room for all.",
			want: []view{
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "the levy would fail"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "he would run"},
				{Kind: "indirect", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: "said", Text: "the town needs a new library, a building with room for all"},
			},
		},
		{
			name: "a lone doubled dash goes on before words that carry the report on",
			in:   "Ana Ruiz said the levy hurts every town -- especially the river towns. Tom Hale said the plan was sound -- and that the council would pass it.",
			want: []view{
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "the levy hurts every town -- especially the river towns"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "the plan was sound -- and that the council would pass it"},
			},
		},
		{
			name: "an aside between doubled dashes stays in the report, a lone doubled dash ends it",
			in:   "Ana Ruiz said the levy -- a tax on every home -- would fail in the spring. Tom Hale said the plan would fail -- and he was right.",
			want: []view{
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "the levy -- a tax on every home -- would fail in the spring"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "the plan would fail"},
			},
		},
		{
			name: "the subject of a passive quoted as saying speaks",
			in:   "Tom Hale was quoted as saying the plan failed. “We lost,” Ana Ruiz is quoted as telling the board.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "saying", Text: "the plan failed"},
				{Kind: "direct", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "telling", Text: "“We lost,”"},
			},
		},
		{
			name: "a participle's aside after the subject ends before the subject's verb",
			in:   "Ana Ruiz, saying the plan failed, left the room. Tom Hale, noting that the levy had failed, then resigned.",
			want: []view{
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "saying", Text: "the plan failed"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "noting", Text: "the levy had failed"},
			},
		},
		{
			name: "a description before a name and the place it is of, in apposition, is part of the mention",
			in:   "Another sailor, Ana Ruiz of the Dover Yacht Club, said the pier was safe. One baker, Tom Hale of Lyle, said the road was closed.",
			want: []view{
				{Kind: "indirect", Speaker: "Another sailor, Ana Ruiz of the Dover Yacht Club", Name: "Ana Ruiz", Cue: "said", Text: "the pier was safe"},
				{Kind: "indirect", Speaker: "One baker, Tom Hale of Lyle", Name: "Tom Hale", Cue: "said", Text: "the road was closed"},
			},
		},
		{
			name: "a description before a name in apposition is part of the mention",
			in:   "The mayor, Tom Hale, said the levy failed. In a statement, Ana Ruiz said the bridge held. The next day, Bo Lin said the road was closed. “We lost,” a spokeswoman for the council, Rosa Vance, said.",
			want: []view{
				{Kind: "indirect", Speaker: "The mayor, Tom Hale", Name: "Tom Hale", Cue: "said", Text: "the levy failed"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "the bridge held"},
				{Kind: "indirect", Speaker: "Bo Lin", Name: "Bo Lin", Cue: "said", Text: "the road was closed"},
				{Kind: "direct", Speaker: "a spokeswoman for the council, Rosa Vance", Name: "Rosa Vance", Cue: "said", Text: "“We lost,”"},
			},
		},
		{
			name: "the appositive of a leading according-to source is the source's",
			in:   "According to Tom Hale, the mayor, the levy failed. According to Ana Ruiz, a nurse in Erie, Pa., the clinic closed. According to Bo Lin, the plan, a tax on homes, failed.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale, the mayor", Name: "Tom Hale", Cue: "According to", Text: "the levy failed"},
				{Kind: "indirect", Speaker: "Ana Ruiz, a nurse in Erie, Pa.", Name: "Ana Ruiz", Cue: "According to", Text: "the clinic closed"},
				{Kind: "indirect", Speaker: "Bo Lin", Name: "Bo Lin", Cue: "According to", Text: "the plan, a tax on homes, failed"},
			},
		},
		{
			name: "a state after a place is the place's, not the speaker",
			in:   "Tom Hale, the mayor of Dayton, Ohio, said the levy failed. Ana Ruiz of Erie, Pa. says the bridge held. Bo Lin, a driver from Troy, Ohio, who drove all night, said the road was closed. Rosa Vance of Lima, Ohio, said the vote was close.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale, the mayor of Dayton, Ohio", Name: "Tom Hale", Cue: "said", Text: "the levy failed"},
				{Kind: "indirect", Speaker: "Ana Ruiz of Erie, Pa.", Name: "Ana Ruiz", Cue: "says", Text: "the bridge held"},
				{Kind: "indirect", Speaker: "Bo Lin", Name: "Bo Lin", Cue: "said", Text: "the road was closed"},
				{Kind: "indirect", Speaker: "Rosa Vance of Lima, Ohio", Name: "Rosa Vance", Cue: "said", Text: "the vote was close"},
			},
		},
		{
			name: "a name, an age and a town with its state before a relative clause: the name speaks",
			in:   "Tom Hale, 30, of Dover, Del., who lives near the pier, said the ferry was late. “The pier is safe,” Ana Ruiz, of Lyle, Ore., who was polled, said in an interview.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "the ferry was late"},
				{Kind: "direct", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "“The pier is safe,”"},
			},
		},
		{
			name: "a name before a description and a relative clause or a second appositive, a name too, speaks",
			in:   "Tom Hale, an official at the Dover Port Authority, which runs the docks, said the pier was safe. Ana Ruiz, the editor of the town paper, the Harbor Post, said the ferry was late. Bo Lin, the editor of the weekly, The Dover Star, said the road was closed.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "the pier was safe"},
				{Kind: "indirect", Speaker: "Ana Ruiz, the editor of the town paper, the Harbor Post", Name: "Ana Ruiz", Cue: "said", Text: "the ferry was late"},
				{Kind: "indirect", Speaker: "Bo Lin, the editor of the weekly, The Dover Star", Name: "Bo Lin", Cue: "said", Text: "the road was closed"},
			},
		},
		{
			name: "a common noun before a place and its state speaks",
			in:   "Voters from Troy, Ohio, said the levy failed. Farmers near Lyle, Ore., say the road is closed.",
			want: []view{
				{Kind: "indirect", Speaker: "Voters from Troy, Ohio", Cue: "said", Text: "the levy failed"},
				{Kind: "indirect", Speaker: "Farmers near Lyle, Ore.", Cue: "say", Text: "the road is closed"},
			},
		},
		{
			name: "a party's member set off before or after a name is part of the name's mention",
			in:   "Another Democrat, Tom Hale, said the levy failed. “The levy passed,” said a Republican, Ana Ruiz. One Democrat, who asked not to be named, said the vote was close.",
			want: []view{
				{Kind: "indirect", Speaker: "Another Democrat, Tom Hale", Name: "Tom Hale", Cue: "said", Text: "the levy failed"},
				{Kind: "direct", Speaker: "a Republican, Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "“The levy passed,”"},
				{Kind: "indirect", Speaker: "One Democrat", Cue: "said", Text: "the vote was close", Anon: true},
			},
		},
		{
			name: "a closing time word that tells of the reported event stays",
			in:   "Ana Ruiz said the council will vote on the levy Monday. Tom Hale said he expects a good night as Super Tuesday unfolds. Dana Ortiz said she had not seen the film, which opened Friday. Rosa Vance said the plan was a mistake on Monday at a rally in Ohio.",
			want: []view{
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "the council will vote on the levy Monday"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "he expects a good night as Super Tuesday unfolds"},
				{Kind: "indirect", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: "said", Text: "she had not seen the film, which opened Friday"},
				{Kind: "indirect", Speaker: "Rosa Vance", Name: "Rosa Vance", Cue: "said", Text: "the plan was a mistake"},
			},
		},
		{
			name: "a pronoun with its auxiliary run on speaks as the pronoun",
			in:   "Ana Ruiz won the seat. She’s argued that the levy is unfair. Tom Hale lost. He's said the same thing for years.",
			want: []view{
				{Kind: "indirect", Speaker: "She", Name: "Ana Ruiz", Cue: "’s argued", Text: "the levy is unfair"},
				{Kind: "indirect", Speaker: "He", Name: "Tom Hale", Cue: "'s said", Text: "the same thing"},
			},
		},
		{
			name: "an -ing form after a pronoun with its auxiliary run on is the clause's verb",
			in:   "Ana Ruiz lost the vote. She’s saying that the count was flawed. Tom Hale won. He's telling donors the race is over.",
			want: []view{
				{Kind: "indirect", Speaker: "She", Name: "Ana Ruiz", Cue: "’s saying", Text: "the count was flawed"},
				{Kind: "indirect", Speaker: "He", Name: "Tom Hale", Cue: "'s telling", Text: "the race is over"},
			},
		},
		{
			name: "an -ing form after it with its auxiliary run on is an adjective",
			in:   "Ana Ruiz left early. It's telling that no one asked why, and it’s revealing that the clerk stayed.",
		},
		{
			name: "adverbs between a participle and what ties it to its clause, or between an auxiliary and the verb",
			in:   "Ana Ruiz backed the budget, while also saying that the levy was too high. Tom Hale voted no, eventually calling the plan a disaster. Dana Ortiz is suddenly promising that taxes will fall.",
			want: []view{
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "saying", Text: "the levy was too high"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "eventually calling", Text: "the plan a disaster"},
				{Kind: "indirect", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: "is suddenly promising", Text: "taxes will fall"},
			},
		},
		{
			name: "the subject of a frame that makes a verb of saying after its to a deed of the subject's",
			in:   "Aides to Ana Ruiz are quick to point out that she placed second. Tom Hale took to Twitter to say he had won. Dana Ortiz went out of her way to say that the levy would fall. Kate Cole took the bus to say she was sorry.",
			want: []view{
				{Kind: "indirect", Speaker: "Aides to Ana Ruiz", Anon: true, Cue: "are quick to point out", Text: "she placed second"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "say", Text: "he had won"},
				{Kind: "indirect", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: "say", Text: "the levy would fall"},
			},
		},
		{
			name: "the frames of a deed of saying: pains, social media, the stage with a time, a moment, all quick, eager",
			in:   "Tom Hale took pains to stress that the levy was fair. Ana Ruiz took to social media to say that she had won. Bo Lin took the stage Tuesday night to declare that he had won. Eve Sand took a moment to note that the levy had failed. Critics were all quick to point out that the plan was late. Kate Cole was eager to stress that the fund was empty.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "stress", Text: "the levy was fair"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "say", Text: "she had won"},
				{Kind: "indirect", Speaker: "Bo Lin", Name: "Bo Lin", Cue: "declare", Text: "he had won"},
				{Kind: "indirect", Speaker: "Eve Sand", Name: "Eve Sand", Cue: "note", Text: "the levy had failed"},
				{Kind: "indirect", Speaker: "Critics", Cue: "were all quick to point out", Text: "the plan was late"},
				{Kind: "indirect", Speaker: "Kate Cole", Name: "Kate Cole", Cue: "stress", Text: "the fund was empty"},
			},
		},
		{
			name: "a paper that quoted someone as saying something reports it",
			in:   "The Harbor Post quoted a council aide as saying that the levy would fail. The report quoted the mayor at length.",
			want: []view{
				{Kind: "indirect", Speaker: "The Harbor Post", Name: "Harbor Post", Cue: "quoted", Text: "a council aide as saying that the levy would fail"},
			},
		},
		{
			name: "a word that stands for the reported clause",
			in:   "Asked whether the plan would pass, 55 percent said so. Half of the rest said no to the levy, and 40 percent say the same of the bond. Hale said no one was hurt. Ruiz said so far the repairs had held.",
			want: []view{
				{Kind: "indirect", Cue: "Asked", Text: "whether the plan would pass"},
				{Kind: "indirect", Speaker: "55 percent", Cue: "said", Text: "so"},
				{Kind: "indirect", Speaker: "Half of the rest", Cue: "said", Text: "no to the levy"},
				{Kind: "indirect", Speaker: "40 percent", Cue: "say", Text: "the same of the bond"},
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "no one was hurt"},
			},
		},
		{
			name: "a name after a preposition is not the speaker's",
			in:   "A spokesman for Tom Hale said the vote was fair. Supporters of Ana Ruiz said it was not.",
			want: []view{
				{Kind: "indirect", Speaker: "A spokesman for Tom Hale", Cue: "said", Text: "the vote was fair"},
				{Kind: "indirect", Speaker: "Supporters of Ana Ruiz", Cue: "said", Text: "it was not"},
			},
		},
		{
			name: "a long source before the comma after according to",
			in:   "According to a 2015 study by the Brookings Institution based on census data from 2012, young voters skew liberal in the state.",
			want: []view{
				{Kind: "indirect", Speaker: "a 2015 study by the Brookings Institution based on census data from 2012", Cue: "According to", Text: "young voters skew liberal in the state"},
			},
		},
		{
			name: "the article and modifiers of a noun cue are not its speaker",
			in:   "Hale made a surprising claim that the plan would fail. Ruiz made the following comment: “We will win.”\n\nOn Friday, Bo Lin made the following comment:\n\n“The pier stays open.”",
			want: []view{
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "claim", Text: "the plan would fail"},
				{Kind: "direct", Speaker: "Ruiz", Name: "Ruiz", Cue: "comment", Text: "“We will win.”"},
				{Kind: "direct", Speaker: "Bo Lin", Name: "Bo Lin", Cue: "comment", Text: "“The pier stays open.”"},
			},
		},
		{
			name: "a dateline with a state or a date before its dash",
			in:   "DECATUR, Ala. — The senator drew cheers on Monday, calling the plan “a disaster.”\n\nPORTLAND, Feb. 2 (HNS) — The new record is almost done, the singer said.",
			want: []view{
				{Kind: "mixed", Speaker: "The senator", Cue: "calling", Text: "the plan “a disaster.”"},
				{Kind: "indirect", Speaker: "the singer", Cue: "said", Text: "The new record is almost done"},
			},
		},
		{
			name: "an adverbial phrase between subject and cue",
			in:   "Critics have in particular noted that the plan would fail.",
			want: []view{
				{Kind: "indirect", Speaker: "Critics", Cue: "noted", Text: "the plan would fail"},
			},
		},
		{
			name: "an opening phrase whose comma stands inside a closing mark",
			in:   "Speaking on “Morning Show,” Mayor Dana Ruiz on Monday criticized the plan, saying it would fail.",
			want: []view{
				{Kind: "indirect", Speaker: "Mayor Dana Ruiz", Name: "Dana Ruiz", Cue: "saying", Text: "it would fail"},
			},
		},
		{
			name: "a time after just, and a comment after a dash",
			in:   "As the Ledger reported just today, the inspector issued subpoenas. The deficit will shrink this year, the harbor board reported on Sunday -- a change that raises questions.",
			want: []view{
				{Kind: "indirect", Speaker: "the Ledger", Name: "Ledger", Cue: "reported", Text: "the inspector issued subpoenas"},
				{Kind: "indirect", Speaker: "the harbor board", Cue: "reported", Text: "The deficit will shrink this year"},
			},
		},
		{
			name: "at least counts and does not place",
			in:   "WHBR reported at least six boats filled the bay. Now, he says, at least seven delegates have signed on.",
			want: []view{
				{Kind: "indirect", Speaker: "WHBR", Name: "WHBR", Cue: "reported", Text: "at least six boats filled the bay"},
				{Kind: "indirect", Speaker: "he", Cue: "says", Text: "Now, he says, at least seven delegates have signed on", Parts: []string{"Now", "at least seven delegates have signed on"}},
			},
		},
		{
			name: "it with an adverb before the cue is a company speaking",
			in:   "The firm made a profit. It also said it had hired 40 engineers. It does not explain why the plant closed.",
			want: []view{
				{Kind: "indirect", Speaker: "It", Cue: "said", Text: "it had hired 40 engineers"},
			},
		},
		{
			name: "the auxiliaries, negations and adverbs before a verb are part of its cue, but not a be before a bare form nor an also that opens it",
			in:   "Ana Ruiz has said the levy would pass. Tom Hale did not say whether he would run. Dana Ortiz has been warning that rates would rise. Sam Lee was asked whether the fund was empty. Rosa Diaz also said the vote was fair. The clerk has also said the count was done. Ed Vance would never publicly say the plan failed. All the mayor could do was shout “Stop the count!”",
			want: []view{
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "has said", Text: "the levy would pass"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "did not say", Text: "whether he would run"},
				{Kind: "indirect", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: "has been warning", Text: "rates would rise"},
				{Kind: "indirect", Cue: "was asked", Text: "whether the fund was empty"},
				{Kind: "indirect", Speaker: "Rosa Diaz", Name: "Rosa Diaz", Cue: "said", Text: "the vote was fair"},
				{Kind: "indirect", Speaker: "The clerk", Cue: "has also said", Text: "the count was done"},
				{Kind: "indirect", Speaker: "Ed Vance", Name: "Ed Vance", Cue: "would never publicly say", Text: "the plan failed"},
				{Kind: "direct", Speaker: "the mayor", Name: "Ed Vance", Cue: "shout", Text: "“Stop the count!”"},
			},
		},
		{
			name: "the preposition a verb takes is part of its cue, but not an on before a day",
			in:   "Ana Ruiz called for a new audit. Tom Hale called on the council to act. Dana Ortiz warned against a rush to build. The reporters asked about the levy. As Rosa Diaz put it, “The harbor is ours.” The clerk did not respond to a request for comment. Sam Lee called on Tuesday for “an end to the cuts.”",
			want: []view{
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "called for", Text: "a new audit"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "called on", Text: "the council to act"},
				{Kind: "indirect", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: "warned against", Text: "a rush to build"},
				{Kind: "indirect", Speaker: "The reporters", Cue: "asked about", Text: "the levy"},
				{Kind: "direct", Speaker: "Rosa Diaz", Name: "Rosa Diaz", Cue: "put it", Text: "“The harbor is ours.”"},
				{Kind: "indirect", Speaker: "The clerk", Cue: "did not respond to", Text: "a request for comment"},
				{Kind: "mixed", Speaker: "Sam Lee", Name: "Sam Lee", Cue: "called", Text: "“an end to the cuts.”"},
			},
		},
		{
			name: "a preposition a verb takes needs words after it, but not a particle",
			in:   "“Cut the tax,” Tom Hale called for. “What about the levy?” Ana Ruiz asked about. “Go home!” the crowd screamed back. “Vote no,” Bo Lin called on, and the clerk agreed.",
			want: []view{
				{Kind: "direct", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "called", Text: "“Cut the tax,”"},
				{Kind: "direct", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "asked", Text: "“What about the levy?”"},
				{Kind: "direct", Speaker: "the crowd", Cue: "screamed back", Text: "“Go home!”"},
				{Kind: "direct", Speaker: "Bo Lin", Name: "Bo Lin", Cue: "called", Text: "“Vote no,”"},
			},
		},
		{
			name: "a verb that carries the reporting verb after to is part of its cue, but not a verb with an object of its own",
			in:   "Ana Ruiz went on to say the levy would pass. Tom Hale has continued to insist that the fund is safe. Dana Ortiz was quick to add that rates would fall. The clerks were all quick to point out that the count was done. Rosa Diaz took the floor to say that the vote was fair.",
			want: []view{
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "went on to say", Text: "the levy would pass"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "has continued to insist", Text: "the fund is safe"},
				{Kind: "indirect", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: "was quick to add", Text: "rates would fall"},
				{Kind: "indirect", Speaker: "The clerks", Cue: "were all quick to point out", Text: "the count was done"},
				{Kind: "indirect", Speaker: "Rosa Diaz", Name: "Rosa Diaz", Cue: "say", Text: "the vote was fair"},
			},
		},
		{
			name: "after went on to, a verb that cues only next to a quotation reports, and the quotation after it is its",
			in:   "“We kept every promise,” Ana Ruiz said, going on to contrast her record with the council’s. “So judge us by the work.” Tom Hale went on to fault the budget for its size. The team went on to win the cup, and Bo Lin went on to praise the coach.",
			want: []view{
				{Kind: "direct", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "“We kept every promise,”"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "going on to contrast", Text: "her record with the council’s"},
				{Kind: "direct", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "going on to contrast", Inherited: true, Text: "“So judge us by the work.”"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "went on to fault", Text: "the budget for its size"},
				{Kind: "indirect", Speaker: "Bo Lin", Name: "Bo Lin", Cue: "went on to praise", Text: "the coach"},
			},
		},
		{
			name: "the plural and the bare form of detail, fault and contrast are nouns but after to",
			in:   "Ana Ruiz says the levy is “fair,” though its details may change. Tom Hale said the plan is sound, and its faults are minor. Her record stands in stark contrast to “the chaos” of the last term. The harbor board declined to publicly detail Tom Hale’s “side deal.”",
			want: []view{
				{Kind: "mixed", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "says", Text: "the levy is “fair,” though its details may change"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "the plan is sound, and its faults are minor"},
				{Kind: "mixed", Speaker: "The harbor board", Cue: "declined", Text: "to publicly detail Tom Hale’s “side deal.”"},
			},
		},
		{
			name: "an auxiliary run on to a pronoun is part of the cue from its apostrophe",
			in:   "The clerks met on Monday. They’ve suggested that the vote was rigged. Ana Ruiz wrote to the board. She’d argue that the fund is empty.",
			want: []view{
				{Kind: "indirect", Speaker: "They", Cue: "’ve suggested", Text: "the vote was rigged"},
				{Kind: "indirect", Speaker: "She", Name: "Ana Ruiz", Cue: "’d argue", Text: "the fund is empty"},
			},
		},
		{
			name: "back after a verb of saying is part of its cue, but not back before a time",
			in:   "Ana Ruiz wrote back: “The fund is empty.” “Stop the count!” the crowd screamed back. Tom Hale wrote back in May that the plan was dead.",
			want: []view{
				{Kind: "direct", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "wrote back", Text: "“The fund is empty.”"},
				{Kind: "direct", Speaker: "the crowd", Cue: "screamed back", Text: "“Stop the count!”"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "wrote", Text: "the plan was dead"},
			},
		},
		{
			name: "a particle after an inverted verb is the cue's, not the speaker's",
			in:   "“The fund is empty,” wrote back Ana Ruiz. “Stop the count!” shouted out the crowd. “Get out,” shot back Tom Hale.",
			want: []view{
				{Kind: "direct", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "wrote back", Text: "“The fund is empty,”"},
				{Kind: "direct", Speaker: "the crowd", Cue: "shouted out", Text: "“Stop the count!”"},
				{Kind: "direct", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "shot back", Text: "“Get out,”"},
			},
		},
		{
			name: "a particle after an inverted verb before a colon is the cue's, not the speaker's",
			in:   "The board met at noon. Then wrote back Ana Ruiz: “The fund is empty.” Then shot back Tom Hale: “It is not.”",
			want: []view{
				{Kind: "direct", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "wrote back", Text: "“The fund is empty.”"},
				{Kind: "direct", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "shot back", Text: "“It is not.”"},
			},
		},
		{
			name: "a particle after an inverted verb of reported speech is the cue's, not the speaker's",
			in:   "The fund is empty, wrote back Ana Ruiz. The fund is full, shot back Tom Hale.",
			want: []view{
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "wrote back", Text: "The fund is empty"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "shot back", Text: "The fund is full"},
			},
		},
		{
			name: "a pronoun with would or had run on speaks, and the auxiliary is the cue's",
			in:   "The clerks met on Monday. They’d said that the vote was rigged. Tom Hale wrote to the board: I'd add that the fund is empty.",
			want: []view{
				{Kind: "indirect", Speaker: "They", Cue: "’d said", Text: "the vote was rigged"},
				{Kind: "indirect", Speaker: "I", Cue: "'d add", Text: "the fund is empty"},
			},
		},
		{
			name: "cannot is an auxiliary of the verb group, not a word of the speaker",
			in:   "The clerk cannot say that the fund was empty. Tom Hale says it cannot last.",
			want: []view{
				{Kind: "indirect", Speaker: "The clerk", Cue: "cannot say", Text: "the fund was empty"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "says", Text: "it cannot last"},
			},
		},
		{
			name: "an adverb of report stays out of the verb group, and what stands before it",
			in:   "Tom Hale has reportedly said that the fund was empty. Ana Ruiz has repeatedly said that it was full.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "the fund was empty"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "has repeatedly said", Text: "it was full"},
			},
		},
		{
			name: "an adverb after a modal is in the verb group, not a speaker",
			in:   "Tom Hale may well say the plan failed. Ana Ruiz could well argue that the fund is empty. Bo Lin did well, said Rosa Vance.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "may well say", Text: "the plan failed"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "could well argue", Text: "the fund is empty"},
				{Kind: "indirect", Speaker: "Rosa Vance", Name: "Rosa Vance", Cue: "said", Text: "Bo Lin did well"},
			},
		},
		{
			name: "the verb group of a cue does not reach into its speaker",
			in:   "“The fund is empty,” the weekly reported. “The levy will pass,” the family has said.",
			want: []view{
				{Kind: "direct", Speaker: "the weekly", Cue: "reported", Text: "“The fund is empty,”"},
				{Kind: "direct", Speaker: "the family", Cue: "has said", Text: "“The levy will pass,”"},
			},
		},
		{
			name: "shares of those polled",
			in:   "Two in three said they are less inclined to fish, and nearly three in five said they are far less inclined. More than six in 10 said the plan was fair.",
			want: []view{
				{Kind: "indirect", Speaker: "Two in three", Cue: "said", Text: "they are less inclined to fish"},
				{Kind: "indirect", Speaker: "nearly three in five", Cue: "said", Text: "they are far less inclined"},
				{Kind: "indirect", Speaker: "More than six in 10", Cue: "said", Text: "the plan was fair"},
			},
		},
		{
			name: "a thing and where it is speak together",
			in:   "The sign on the door read “Closed for good.” Two people on the call said the deal was off. The mayor on Tuesday said the bridge was safe.",
			want: []view{
				{Kind: "direct", Speaker: "The sign on the door", Cue: "read", Text: "“Closed for good.”"},
				{Kind: "indirect", Speaker: "Two people on the call", Cue: "said", Text: "the deal was off"},
				{Kind: "indirect", Speaker: "The mayor", Cue: "said", Text: "the bridge was safe"},
			},
		},
		{
			name: "an irregular past tense makes a clause",
			in:   "Tom Hale said the car hit a tree. Ana Ruiz said the firm sold the plant. The board announced a rate cut Wednesday.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "the car hit a tree"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "the firm sold the plant"},
				{Kind: "indirect", Speaker: "The board", Cue: "announced", Text: "a rate cut"},
			},
		},
		{
			name: "a day that a form of be reports is what was said",
			in:   "Tom Hale said the vote is Monday. Ana Ruiz said the vote was delayed Monday.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "the vote is Monday"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "the vote was delayed Monday"},
			},
		},
		{
			name: "a place after a capitalized head or a body's name",
			in:   "Critics on Capitol Hill said the bill was rushed. A fellow at the Council on Coastal Trade said the talks would fail. Tom Hale on Harbor Radio said the levy was dead.",
			want: []view{
				{Kind: "indirect", Speaker: "Critics on Capitol Hill", Cue: "said", Text: "the bill was rushed"},
				{Kind: "indirect", Speaker: "A fellow at the Council on Coastal Trade", Cue: "said", Text: "the talks would fail"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "the levy was dead"},
			},
		},
		{
			name: "a share of the people a phrase names",
			in:   "Nine in 10 Democratic voters say the party is united. About one in five voters said the tax was fair.",
			want: []view{
				{Kind: "indirect", Speaker: "Nine in 10 Democratic voters", Cue: "say", Text: "the party is united"},
				{Kind: "indirect", Speaker: "About one in five voters", Cue: "said", Text: "the tax was fair"},
			},
		},
		{
			name: "a participle that leads to the cue",
			in:   "“The levy is absurd,” Ruiz said, going on to say that the town had moved on.",
			want: []view{
				{Kind: "direct", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "“The levy is absurd,”"},
				{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "going on to say", Text: "the town had moved on"},
			},
		},
		{
			name: "a report inside a relative clause whose subject comes first",
			in:   "It was an event that Ana Ruiz says led her to politics. Economists agree that tax systems encourage savings. He cited a policy which critics say allowed the attacks.",
			want: []view{
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "says", Text: "that Ana Ruiz says led her to politics", Parts: []string{"that", "led her to politics"}},
				{Kind: "indirect", Speaker: "Economists", Cue: "agree", Text: "tax systems encourage savings"},
				{Kind: "indirect", Speaker: "critics", Cue: "say", Text: "which critics say allowed the attacks", Parts: []string{"which", "allowed the attacks"}},
			},
		},
		{
			name: "what or how before the speaker starts what was said, unless the verb names",
			in:   "The club adapted to demand, double what Ana Ruiz said she anticipated. He fled what he called “endless wars.”",
			want: []view{
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "what Ana Ruiz said she anticipated", Parts: []string{"what", "she anticipated"}},
				{Kind: "mixed", Speaker: "he", Cue: "called", Text: "“endless wars.”"},
			},
		},
		{
			name: "a subject with a whose clause and no commas",
			in:   "The officials whose laws were struck down say the change came from the courts.",
			want: []view{{Kind: "indirect", Speaker: "The officials", Anon: true, Cue: "say", Text: "the change came from the courts"}},
		},
		{
			name: "it and a past tense start a reported clause",
			in:   "Sixty percent said it made little difference. Hale said it in a statement.",
			want: []view{{Kind: "indirect", Speaker: "Sixty percent", Cue: "said", Text: "it made little difference"}},
		},
		{
			name: "a noun-like cue after an aside, and before a verb of its own",
			in:   "Gerry Hale, a GOP political consultant, notes that winning 30 percent is enough. The jobs report was released on Friday. Farm Belt states that have lost mills voted for him.",
			want: []view{{Kind: "indirect", Speaker: "Gerry Hale, a GOP political consultant", Name: "Gerry Hale", Cue: "notes", Text: "winning 30 percent is enough"}},
		},
		{
			name: "an adjunct before according to, and the clause after its source",
			in:   "Over the long run, according to the harbor board, the fees will rise. The fees will rise, according to the harbor board, which released a report.",
			want: []view{
				{Kind: "indirect", Speaker: "the harbor board", Cue: "according to", Text: "Over the long run, according to the harbor board, the fees will rise", Parts: []string{"Over the long run", "the fees will rise"}},
				{Kind: "indirect", Speaker: "the harbor board", Cue: "according to", Text: "The fees will rise"},
			},
		},
		{
			name: "a plural's possessive between a cue and that",
			in:   "The club wrote to the Rosses’ lawyer that it did not have permission.",
			want: []view{{Kind: "indirect", Speaker: "The club", Cue: "wrote", Text: "it did not have permission"}},
		},
		{
			name: "the month May between a listener and that",
			in:   "Vance endorsed Hale in June, telling aides in May that he was not ready yet.",
			want: []view{{Kind: "indirect", Speaker: "Vance", Name: "Vance", Cue: "telling", Text: "he was not ready yet"}},
		},
		{
			name: "earlier and later of time after the cue",
			in:   "The guild will likely sit out the vote, Tom Hale said earlier this week. Ruiz said later that the plan failed.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "The guild will likely sit out the vote"},
				{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "the plan failed"},
			},
		},
		{
			name: "a place or time between asked and what was asked",
			in:   "When asked at the fair about the levy, she defended her vote. When asked by Lee on Thursday about the plan, Vance said it was a bad idea.",
			want: []view{
				{Kind: "indirect", Cue: "asked", Text: "about the levy"},
				{Kind: "indirect", Speaker: "Lee", Name: "Lee", Cue: "asked", Text: "about the plan"},
				{Kind: "indirect", Speaker: "Vance", Name: "Vance", Cue: "said", Text: "it was a bad idea"},
			},
		},
		{
			name: "asked after an attribution's comma, after whenever, with a request, and with a word of time or manner before the question",
			in:   "“We will wait,” Hale said, asked about the ferry contract. Whenever asked about the levy, Ruiz changes the subject. When asked to leave the hall, Ruiz refused. Asked specifically what the levy would pay for, Ruiz shrugged. Asked by Tom Hale to explain the levy, Ruiz shrugged. When asked in May if she would run, Ruiz shrugged. Bo Lin, who said little, asked about the levy.",
			want: []view{
				{Kind: "direct", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "“We will wait,”"},
				{Kind: "indirect", Cue: "asked about", Text: "the ferry contract"},
				{Kind: "indirect", Cue: "asked about", Text: "the levy"},
				{Kind: "indirect", Cue: "asked", Text: "to leave the hall"},
				{Kind: "indirect", Cue: "Asked", Text: "what the levy would pay for"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "Asked", Text: "to explain the levy"},
				{Kind: "indirect", Cue: "asked", Text: "if she would run"},
				{Kind: "indirect", Speaker: "Bo Lin", Name: "Bo Lin", Cue: "asked about", Text: "the levy"},
			},
		},
		{
			name: "only between subject and cue",
			in:   "Hale only hinted at the cost, adding that the state would pay.",
			want: []view{{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "adding", Text: "the state would pay"}},
		},
		{
			name: "an adverb of time between auxiliary and cue",
			in:   "Ms. Vance has since said she would back a smaller fee.",
			want: []view{{Kind: "indirect", Speaker: "Ms. Vance", Name: "Vance", Cue: "said", Text: "she would back a smaller fee"}},
		},
		{
			name: "a relative pronoun stands for the start of what was said",
			in:   "She opposed the tax, which Ruiz said would hurt farmers. He praised the levee, which he described as “a marvel.” The plan, which Hale called “a disaster,” failed.",
			want: []view{
				{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "which Ruiz said would hurt farmers", Parts: []string{"which", "would hurt farmers"}},
				{Kind: "mixed", Speaker: "he", Cue: "described", Text: "which he described as “a marvel.”", Parts: []string{"which", "as “a marvel.”"}},
				{Kind: "mixed", Speaker: "Hale", Name: "Hale", Cue: "called", Text: "which Hale called “a disaster,”", Parts: []string{"which", "“a disaster,”"}},
			},
		},
		{
			name: "what something was called ends with its quotation when a new subject and verb follow",
			in:   "In a way the mayor described as “careless,” Ruiz has handled the budget. Though Hale called the plan “a disaster,” the council passed it anyway. Cole called him “a bad guy,” a “phony” and worse.",
			want: []view{
				{Kind: "mixed", Speaker: "the mayor", Cue: "described", Text: "as “careless,”"},
				{Kind: "mixed", Speaker: "Hale", Name: "Hale", Cue: "called", Text: "the plan “a disaster,”"},
				{Kind: "mixed", Speaker: "Cole", Name: "Cole", Cue: "called", Text: "him “a bad guy,” a “phony” and worse"},
			},
		},
		{
			name: "a participle after an article is an adjective, but a determiner that stands for people is a subject",
			in:   "Hale told the Harbor Post in a written statement, “I will not run.” Some chanted “Hale! Hale!” Many speculated that he would quit.",
			want: []view{
				{Kind: "direct", Speaker: "Hale", Name: "Hale", Cue: "told", Text: "“I will not run.”"},
				{Kind: "direct", Speaker: "Some", Cue: "chanted", Text: "“Hale! Hale!”"},
				{Kind: "indirect", Speaker: "Many", Cue: "speculated", Text: "he would quit"},
			},
		},
		{
			name: "a quantifier after the subject is part of it",
			in:   "Hale and Ruiz both said the levy was fair. They all agreed that the pier should stay open.",
			want: []view{
				{Kind: "indirect", Speaker: "Hale and Ruiz", Name: "Hale and Ruiz", Cue: "said", Text: "the levy was fair"},
				{Kind: "indirect", Speaker: "They", Cue: "agreed", Text: "the pier should stay open"},
			},
		},
		{
			name: "near misses of this stop's rules: people after a cue, a medium that would leave too little, a verb after who helped, possessors in a phrase, a relative that, an opening adverb, a plural subject",
			in:   "The plan will fail, said the tenants. Lee called for calm in a statement. Nurses who helped said the ward was full. The fallout from Ruiz’s remark that the pier was unsafe lasted weeks. In the wake of Hale’s comment that taxes would rise, markets fell. Ruiz’s comments that appeared online drew fire. However, it was revealed that the council spent the reserve. Many claim that the vote was rigged.",
			want: []view{
				{Kind: "indirect", Speaker: "the tenants", Cue: "said", Text: "The plan will fail"},
				{Kind: "indirect", Speaker: "Lee", Name: "Lee", Cue: "called for", Text: "calm in a statement"},
				{Kind: "indirect", Speaker: "Nurses", Cue: "said", Text: "the ward was full"},
				{Kind: "indirect", Speaker: "Ruiz’s", Name: "Ruiz", Cue: "remark", Text: "the pier was unsafe"},
				{Kind: "indirect", Speaker: "Hale’s", Name: "Hale", Cue: "comment", Text: "taxes would rise"},
				{Kind: "indirect", Cue: "was revealed", Text: "the council spent the reserve"},
				{Kind: "indirect", Speaker: "Many", Cue: "claim", Text: "the vote was rigged"},
			},
		},
		{
			name: "near misses of the mends: a clause after the sentence's verb, a comma after an opening phrase, a campaign's article, a day as subject, a city's remark, a quantifier after an opening phrase, a person who does more, a state before a title",
			in:   "Ruiz agreed with Hale’s claim that the levy failed and the mayor resigned. On Monday, critics mocked Hale’s claim that taxes, which are high, would rise. Critics seized on the Hale campaign’s claim that the pier was safe. Cole rejected Ruiz’s claim that Monday was the deadline. The fallout from the city’s remark that the pier was unsafe lasted weeks. After the vote both said the deal was fair. The pier will reopen in May, said the mayor and thanked the volunteers. It is hard, said the Ohio senator.",
			want: []view{
				{Kind: "indirect", Speaker: "Hale’s", Name: "Hale", Cue: "claim", Text: "the levy failed and the mayor resigned"},
				{Kind: "indirect", Speaker: "Hale’s", Name: "Hale", Cue: "claim", Text: "taxes, which are high, would rise"},
				{Kind: "indirect", Speaker: "the Hale campaign’s", Name: "Hale campaign", Cue: "claim", Text: "the pier was safe"},
				{Kind: "indirect", Speaker: "Ruiz’s", Name: "Ruiz", Cue: "claim", Text: "Monday was the deadline"},
				{Kind: "indirect", Speaker: "the city’s", Cue: "remark", Text: "the pier was unsafe"},
				{Kind: "indirect", Speaker: "both", Cue: "said", Text: "the deal was fair"},
				{Kind: "indirect", Speaker: "the mayor", Cue: "said", Text: "The pier will reopen in May"},
				{Kind: "indirect", Speaker: "the Ohio senator", Cue: "said", Text: "It is hard"},
			},
		},
		{
			name: "the medium of a report is no part of a noun phrase reported, but is of a clause's own verb",
			in:   "Ana Ruiz called for a new harbor wall in a statement on Thursday. Hale said the city asked for the money back in a letter.",
			want: []view{
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "called for", Text: "a new harbor wall"},
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "the city asked for the money back in a letter"},
			},
		},
		{
			name: "a verb coordinated in a relative clause has the relative pronoun's subject",
			in:   "The mayor met the tenants, who have marched for weeks and called for a rent freeze.",
			want: []view{{Kind: "indirect", Speaker: "who", Cue: "called for", Text: "a rent freeze"}},
		},
		{
			name: "a source set off by commas after the complementizer",
			in:   "The Ledger reported that, according to an audit of her calendar, most of her meetings were with donors.",
			want: []view{{Kind: "indirect", Speaker: "The Ledger", Name: "Ledger", Cue: "reported", Text: "according to an audit of her calendar, most of her meetings were with donors"}},
		},
		{
			name: "a source close to someone named by a pronoun",
			in:   "Hale will rethink his approach, people close to him said.",
			want: []view{{Kind: "indirect", Speaker: "people close to him", Anon: true, Cue: "said", Text: "Hale will rethink his approach"}},
		},
		{
			name: "subjects joined by and before the reported verb",
			in:   "Vance said both he and Ruiz promised to lead the fight. Hale said Ruiz and Vance warned of floods.",
			want: []view{
				{Kind: "indirect", Speaker: "Vance", Name: "Vance", Cue: "said", Text: "both he and Ruiz promised to lead the fight"},
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "Ruiz and Vance warned of floods"},
			},
		},
		{
			name: "a place set off by commas in a relative clause",
			in:   "Hale, who is a deacon at the church in Lyle, Oregon, said the scouts were wrong.",
			want: []view{{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "the scouts were wrong"}},
		},
		{
			name: "a participle's phrase inside the subject",
			in:   "Residents living near the plant said the water was safe. Nations, which together vowed to cut emissions, met again.",
			want: []view{
				{Kind: "indirect", Speaker: "Residents", Cue: "said", Text: "the water was safe"},
				{Kind: "indirect", Speaker: "which", Cue: "vowed", Text: "to cut emissions"},
			},
		},
		{
			name: "a participle's phrase before the subject of a participle cue",
			in:   "Chastened by the polls, Tom Hale revised his plan, promising to cut taxes.",
			want: []view{{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "promising", Text: "to cut taxes"}},
		},
		{
			name: "a report that goes on after its attribution",
			in:   "The plan would be aided, Hale said, by the new calendar. It would stop floods, she said, but also droughts. The mill thrived, he said, until it closed. He found no buyer, he said, on condition of anonymity.",
			want: []view{
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "The plan would be aided, Hale said, by the new calendar", Parts: []string{"The plan would be aided", "by the new calendar"}},
				{Kind: "indirect", Speaker: "she", Cue: "said", Text: "It would stop floods, she said, but also droughts", Parts: []string{"It would stop floods", "but also droughts"}},
				{Kind: "indirect", Speaker: "he", Cue: "said", Text: "The mill thrived, he said, until it closed", Parts: []string{"The mill thrived", "until it closed"}},
				{Kind: "indirect", Speaker: "he", Cue: "said", Anon: true, Text: "He found no buyer"},
			},
		},
		{
			name: "after a short opening phrase with no verb, an attribution set off by commas interrupts the clause that follows",
			in:   "Last year, Ruiz said, when the pier flooded, the town paid. The pier flooded, Hale said, when the storm came.",
			want: []view{
				{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "Last year, Ruiz said, when the pier flooded, the town paid", Parts: []string{"Last year", "when the pier flooded, the town paid"}},
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "The pier flooded"},
			},
		},
		{
			name: "a clause that goes on after the attribution is read as a clause, whatever names it holds",
			in:   "The plan hurt the party with young voters, Ruiz said, since most of them moved to Ohio. Most of the visitors were older, Hale said, and “I had to step back and think.” The pier was safe, Bo Lin said, and Ana Ruiz agreed.",
			want: []view{
				{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "The plan hurt the party with young voters, Ruiz said, since most of them moved to Ohio", Parts: []string{"The plan hurt the party with young voters", "since most of them moved to Ohio"}},
				{Kind: "mixed", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "Most of the visitors were older, Hale said, and “I had to step back and think.”", Parts: []string{"Most of the visitors were older", "and “I had to step back and think.”"}},
				{Kind: "indirect", Speaker: "Bo Lin", Name: "Bo Lin", Cue: "said", Text: "The pier was safe"},
			},
		},
		{
			name: "a report in a clause of time ends at its dash",
			in:   "When Ruiz noted that Hale paid no taxes ― as was true for years ― Hale boasted about it.",
			want: []view{{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "noted", Text: "Hale paid no taxes"}},
		},
		{
			name: "adverbs before the subject and before the verb",
			in:   "Shortly after the debate, Ana Ruiz took the stage, saying the plan was dead. Tom Hale nevertheless called the plan “a disaster.”",
			want: []view{
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "saying", Text: "the plan was dead"},
				{Kind: "mixed", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "called", Text: "the plan “a disaster.”"},
			},
		},
		{
			name: "an aside that ends in a quotation, and May as a surname",
			in:   "Okafor, who calls Hale a “menace,” said he doubts the effort. Lin May, 58, a nurse, said she was thrilled.",
			want: []view{
				{Kind: "mixed", Speaker: "who", Name: "Okafor", Cue: "calls", Text: "Hale a “menace,”"},
				{Kind: "indirect", Speaker: "Okafor", Name: "Okafor", Cue: "said", Text: "he doubts the effort"},
				{Kind: "indirect", Speaker: "Lin May, 58, a nurse", Name: "Lin May", Cue: "said", Text: "she was thrilled"},
			},
		},
		{
			name: "a phrase after the cue that starts a clause is no inverted speaker",
			in:   "Mr. Hale, citing “the unique magic of Ruiz,” said the candidate could win in Ohio. Veterans at the rally this week, including Mr. Cole, said they had no problem with it.",
			want: []view{
				{Kind: "mixed", Speaker: "Mr. Hale", Name: "Hale", Cue: "citing", Text: "“the unique magic of Ruiz,”"},
				{Kind: "indirect", Speaker: "Mr. Hale", Name: "Hale", Cue: "said", Text: "the candidate could win in Ohio"},
			},
		},
		{
			name: "a share of a group, and a report that goes on with and",
			in:   "Until the closure, most of them said they had enjoyed the job. Her face fell, he said, and she shook his hand.",
			want: []view{
				{Kind: "indirect", Speaker: "most of them", Cue: "said", Text: "they had enjoyed the job"},
				{Kind: "indirect", Speaker: "he", Cue: "said", Text: "Her face fell, he said, and she shook his hand", Parts: []string{"Her face fell", "and she shook his hand"}},
			},
		},
		{
			name: "a day after a participle in the subject",
			in:   "A court document filed Sunday says that the manager will not be charged.",
			want: []view{{Kind: "indirect", Speaker: "A court document filed Sunday", Cue: "says", Text: "the manager will not be charged"}},
		},
		{
			name: "the first time someone said",
			in:   "It was the first time Tom Hale said he would run.",
			want: []view{{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "he would run"}},
		},
		{
			name: "a noun in -ly before the cue",
			in:   "The cousins saw the tape on Sunday, attorneys for the family said.",
			want: []view{{Kind: "indirect", Speaker: "attorneys for the family", Cue: "said", Text: "The cousins saw the tape on Sunday"}},
		},
		{
			name: "when it was said, after a dateline",
			in:   "WASHINGTON ― The plan is an insult to all voters, top lawmakers said Friday, as they bristled at the questions.",
			want: []view{{Kind: "indirect", Speaker: "top lawmakers", Anon: true, Cue: "said", Text: "The plan is an insult to all voters"}},
		},
		{
			name: "when it was said may open with a bare noun, but not with a comparison",
			in:   "Crews made progress against the fire, officials said, as calmer weather allowed planes to fly. Shares rose, traders said, as well as bonds.",
			want: []view{{Kind: "indirect", Speaker: "officials", Anon: true, Cue: "said", Text: "Crews made progress against the fire"}},
		},
		{
			name: "when it was said, with no comma, is the writer's",
			in:   "The plan is dead, Tom Hale said as he left the hall. The vote failed, Ana Ruiz said when she was asked why. Talks will resume in May, the minister said while touring the port.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "The plan is dead"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "The vote failed"},
				{Kind: "indirect", Speaker: "the minister", Cue: "said", Text: "Talks will resume in May"},
			},
		},
		{
			name: "a when-clause after the cue may hold commas and figures",
			in:   "We will not back down, Ana Ruiz said as she left the courthouse in Dallas, Texas, on Friday. The deal is done, Tom Hale said when he signed the $3 billion contract.",
			want: []view{
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "We will not back down"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "The deal is done"},
			},
		},
		{
			name: "a clause that opens with a subordinator is no report before a when-clause",
			in:   "Though the vote failed, Tom Hale said when the council meets again in March, members will bring it back.",
			want: []view{{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "when the council meets again in March, members will bring it back"}},
		},
		{
			name: "a when-clause after the cue is the writer's only after a clause",
			in:   "In an interview, Tom Hale said when he took office the deficit was huge. He would not resign, Ana Ruiz said when asked. The session is over, Dana Ortiz said as the crowd cheered.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "when he took office the deficit was huge"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "He would not resign"},
				{Kind: "indirect", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: "said", Text: "The session is over"},
			},
		},
		{
			name: "a past that is as often a noun is a verb before its object",
			in:   "Ana Ruiz said the project cost $3 million. Tom Hale said the city set a record. Dana Ortiz said the fire spread quickly. Kate Cole announced the budget cut on Monday.",
			want: []view{
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "the project cost $3 million"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "the city set a record"},
				{Kind: "indirect", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: "said", Text: "the fire spread quickly"},
				{Kind: "indirect", Speaker: "Kate Cole", Name: "Kate Cole", Cue: "announced", Text: "the budget cut"},
			},
		},
		{
			name: "a past that is as often a noun, after other cues and before a time",
			in:   "Ana Ruiz noted the project cost $3 million. Tom Hale said the fire spread early in the morning.",
			want: []view{
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "noted", Text: "the project cost $3 million"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "the fire spread early in the morning"},
			},
		},
		{
			name: "a noun before a span of time is no clause",
			in:   "Tom Hale recalled the pay cut a decade ago. Ana Ruiz stressed the budget cut early in her speech.",
		},
		{
			name: "according to after a colon opens a clause of its own",
			in:   "It is plain to see: According to fresh surveys, Tom Hale trails by nine points in the county.",
			want: []view{{Kind: "indirect", Speaker: "fresh surveys", Cue: "According to", Text: "Tom Hale trails by nine points in the county"}},
		},
		{
			name: "a bare plural or a quantity as the reported subject",
			in:   "The employees said disagreements broke out. The office said about half of the shortfall came from storms.",
			want: []view{
				{Kind: "indirect", Speaker: "The employees", Anon: true, Cue: "said", Text: "disagreements broke out"},
				{Kind: "indirect", Speaker: "The office", Cue: "said", Text: "about half of the shortfall came from storms"},
			},
		},
		{
			name: "no answer to a request for comment",
			in:   "The campaign did not immediately respond to requests for comment. She responded to the criticism with a joke.",
			want: []view{{Kind: "indirect", Speaker: "The campaign", Cue: "did not immediately respond to", Text: "requests for comment"}},
		},
		{
			name: "declining to comment is a report; declining sales are not",
			in:   "Tom Hale declined to comment. The mayor declines to say whether she will run. Sales declined sharply, and Ruiz declined to run again.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "declined", Text: "to comment"},
				{Kind: "indirect", Speaker: "The mayor", Cue: "declines", Text: "to say whether she will run"},
			},
		},
		{
			name: "a show's title before that",
			in:   "Ruiz told NBC’s “Morning Show” on Friday that the levee had held.",
			want: []view{{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "told", Text: "the levee had held"}},
		},
		{
			name: "a day between the cue and its infinitive",
			in:   "Ana Ruiz vowed on Tuesday to cut taxes. Tom Hale tweeted on Sunday to say he had never backed the plan.",
			want: []view{
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "vowed", Text: "to cut taxes"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "tweeted", Text: "he had never backed the plan"},
			},
		},
		{
			name: "what someone was called, with no quotation marks",
			in:   "Tom Hale called them baseless and false.",
			want: []view{{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "called", Text: "them baseless and false"}},
		},
		{
			name: "what a longer object was called, with no quotation marks",
			in:   "The campaign called the fines baseless and false. Ana Ruiz called her vote for the levy a mistake. Bo Lin calls Dover his home town.",
			want: []view{
				{Kind: "indirect", Speaker: "The campaign", Cue: "called", Text: "the fines baseless and false"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "called", Text: "her vote for the levy a mistake"},
				{Kind: "indirect", Speaker: "Bo Lin", Name: "Bo Lin", Cue: "calls", Text: "Dover his home town"},
			},
		},
		{
			name: "what it was called, and the writer's words after",
			in:   "Others call it the harbor's prom, mocking the mayor. Ruiz called her son her hero before leaving the stage.",
			want: []view{
				{Kind: "indirect", Speaker: "Others", Name: "Others", Cue: "call", Text: "it the harbor's prom"},
				{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "called", Text: "her son her hero"},
			},
		},
		{
			name: "an object with and and prepositions before what it was called",
			in:   "Democrats called the subpoena and the demand for records a political ploy.",
			want: []view{{Kind: "indirect", Speaker: "Democrats", Name: "Democrats", Cue: "called", Text: "the subpoena and the demand for records a political ploy"}},
		},
		{
			name: "a participle with a clause ends the report",
			in:   "Ruiz said the levee would hold, believing that the rain would stop.",
			want: []view{{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "the levee would hold"}},
		},
		{
			name: "an adverb and a participle end the report",
			in:   "Ruiz told residents the levee would hold, implicitly staking her name on it.",
			want: []view{{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "told", Text: "the levee would hold"}},
		},
		{
			name: "a comment after a lone dash ends the report",
			in:   "Ruiz said the levee would hold — a claim that engineers dispute.",
			want: []view{{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "the levee would hold"}},
		},
		{
			name: "a relative clause on a name ends the report",
			in:   "Ruiz said she would not back Hale, who faces a primary in May.",
			want: []view{{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "she would not back Hale"}},
		},
		{
			name: "an aside between dashes does not",
			in:   "Ruiz said the levee — a wall that engineers built in 1950 — would hold.",
			want: []view{{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "the levee — a wall that engineers built in 1950 — would hold"}},
		},
		{
			name: "a long subject in the reported clause",
			in:   "The week began badly.\n\nHale said Democratic county chairwoman Ana Ruiz’s “judgment” and “candor” are in doubt.",
			want: []view{{Kind: "mixed", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "Democratic county chairwoman Ana Ruiz’s “judgment” and “candor” are in doubt"}},
		},
		{
			name: "an irregular past tense in the clause",
			in:   "Tom Hale said the levee held.",
			want: []view{{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "the levee held"}},
		},
		{
			name: "a plural role noun that starts the sentence",
			in:   "Volunteers said the shelter was full. A local activist said more cots were coming.",
			want: []view{
				{Kind: "indirect", Speaker: "Volunteers", Cue: "said", Text: "the shelter was full"},
				{Kind: "indirect", Speaker: "A local activist", Anon: true, Cue: "said", Text: "more cots were coming"},
			},
		},
		{
			name: "a name with an initial in an appositive",
			in:   "Her former partner, Lawrence B. Ortega, said the levee held.",
			want: []view{{Kind: "indirect", Speaker: "Her former partner, Lawrence B. Ortega", Name: "Lawrence B. Ortega", Cue: "said", Text: "the levee held"}},
		},
		{
			name: "a reflexive after the name",
			in:   "Ruiz herself said the levee held.",
			want: []view{{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "the levee held"}},
		},
		{
			name: "much of",
			in:   "Ruiz said much of the cost of the new levee was paid by the state.",
			want: []view{{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "much of the cost of the new levee was paid by the state"}},
		},
		{
			name: "here between subject and verb",
			in:   "The volunteers here said they had worked since dawn.",
			want: []view{{Kind: "indirect", Speaker: "The volunteers", Cue: "said", Text: "they had worked since dawn"}},
		},
		{
			name: "and as X pointed out",
			in:   "And as Ruiz pointed out, the levee held.",
			want: []view{{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "pointed out", Text: "the levee held"}},
		},
		{
			name: "as X noted after a comma and a conjunction opens the clause it reports",
			in:   "The pier was closed for a month, and as Ruiz noted, the boats never left. The fund ran dry, but as Hale wrote, the town paid.",
			want: []view{
				{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "noted", Text: "the boats never left"},
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "wrote", Text: "the town paid"},
			},
		},
		{
			name: "present tense after a plural subject",
			in:   "The engineer said residents misunderstand the risk.",
			want: []view{{Kind: "indirect", Speaker: "The engineer", Cue: "said", Text: "residents misunderstand the risk"}},
		},
		{
			name: "day and part of day before the verb",
			in:   "Ruiz on Monday evening said the levee would hold.",
			want: []view{{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "the levee would hold"}},
		},
		{
			name: "a verb that lends its subject to the report",
			in:   "Hale drew jeers after he appeared to suggest that the levee was safe. He continued to insist that it would hold.",
			want: []view{
				{Kind: "indirect", Speaker: "he", Cue: "suggest", Text: "the levee was safe"},
				{Kind: "indirect", Speaker: "He", Cue: "continued to insist", Text: "it would hold"},
			},
		},
		{
			name: "went on to say that",
			in:   "The mayor went on to say that taxes would rise.",
			want: []view{{Kind: "indirect", Speaker: "The mayor", Cue: "went on to say", Text: "taxes would rise"}},
		},
		{
			name: "a quoted sentence and more words before the cue stay mixed",
			in:   "“We will rebuild,” and the town will, too, Smith said.",
			want: []view{{Kind: "mixed", Speaker: "Smith", Name: "Smith", Cue: "said", Text: "“We will rebuild,” and the town will, too"}},
		},
		{
			name: "reportedly before a cue of its own",
			in:   "Hale reportedly told aides that he would fire the director.",
			want: []view{{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "told", Text: "he would fire the director"}},
		},
		{
			name: "an empty it before a passive cue: a report with no source",
			in:   "It was revealed that the council had spent the reserve. Though it was widely reported in March that the club paid $2 million for the pier, the sum is unknown. It should be noted that the pier is closed. The valley, it is said, was once a lake.",
			want: []view{
				{Kind: "indirect", Cue: "was revealed", Text: "the council had spent the reserve"},
				{Kind: "indirect", Cue: "was widely reported", Text: "the club paid $2 million for the pier"},
			},
		},
		{
			name: "reportedly, with a source after",
			in:   "The club is reportedly spending $2.4 million on boats, officials said.",
			want: []view{{Kind: "indirect", Speaker: "officials", Anon: true, Cue: "said", Text: "The club is reportedly spending $2.4 million on boats"}},
		},
		{
			name: "but after an interrupting attribution is the writer's",
			in:   "The plan is dead, Smith said, but he will try again.",
			want: []view{{Kind: "indirect", Speaker: "Smith", Name: "Smith", Cue: "said", Text: "The plan is dead"}},
		},
		{
			name: "inverted after a clause with its own commas",
			in:   "Even if the office closed, some of its work would go on, said Okafor, who was elected in 2014.",
			want: []view{{Kind: "indirect", Speaker: "Okafor", Name: "Okafor", Cue: "said",
				Text: "Even if the office closed, some of its work would go on"}},
		},
		{
			name: "interrupted, going on with so",
			in:   "It was hopeless, Dranov said, so the captains decided to split the work.",
			want: []view{{Kind: "indirect", Speaker: "Dranov", Name: "Dranov", Cue: "said",
				Text:  "It was hopeless, Dranov said, so the captains decided to split the work",
				Parts: []string{"It was hopeless", "so the captains decided to split the work"}}},
		},
		{
			name: "an adjunct before that",
			in:   "She disclosed for the first time that the mayor had called her.",
			want: []view{{Kind: "indirect", Speaker: "She", Cue: "disclosed", Text: "the mayor had called her"}},
		},
		{
			name: "a plural title does not end the sentence",
			in:   "The clerk said the bill was written by Sens. Jon Tester and David Vitter.",
			want: []view{{Kind: "indirect", Speaker: "The clerk", Cue: "said", Text: "the bill was written by Sens. Jon Tester and David Vitter"}},
		},
		{
			name: "a capitalized cue word is part of a name",
			in:   "Hale moved to confront the Islamic State, saying the group must be disbanded.",
			want: []view{{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "saying", Text: "the group must be disbanded"}},
		},
		{
			name: "a statement speaks for its author",
			in:   "Following a brief, late-night meeting, the council released a statement saying the vote was fair.",
			want: []view{{Kind: "indirect", Speaker: "the council", Cue: "saying", Text: "the vote was fair"}},
		},
		{
			name: "an opening participle before the subject",
			in:   "Facing criticism, Hale doubled down, telling reporters the vote was rigged.",
			want: []view{{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "telling", Text: "the vote was rigged"}},
		},
		{
			name: "a date after an announced noun phrase",
			in:   "When Hale announced his bid in March 2019, few took him seriously.",
			want: []view{{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "announced", Text: "his bid"}},
		},
		{
			name: "wrote to someone that",
			in:   "The mayor wrote to the governor's office that the bridge was safe.",
			want: []view{{Kind: "indirect", Speaker: "The mayor", Cue: "wrote", Text: "the bridge was safe"}},
		},
		{
			name: "called him a liar",
			in:   "The council called him a liar and a coward.",
			want: []view{{Kind: "indirect", Speaker: "The council", Cue: "called", Text: "him a liar and a coward"}},
		},
		{
			name: "reportedly, with no source",
			in:   "The club is reportedly spending $2.4 million on boats.",
			want: []view{{Kind: "indirect", Cue: "reportedly",
				Text:  "The club is reportedly spending $2.4 million on boats",
				Parts: []string{"The club is", "spending $2.4 million on boats"}}},
		},
		{
			name: "asked her to",
			in:   "Mr. Lark asked her to call the office at once.",
			want: []view{{Kind: "indirect", Speaker: "Mr. Lark", Name: "Lark", Cue: "asked", Text: "her to call the office at once"}},
		},
		{
			name: "with a share saying",
			in:   "Hale has gained ground, with 40 percent of anglers saying they like him.",
			want: []view{{Kind: "indirect", Speaker: "40 percent of anglers", Cue: "saying", Text: "they like him"}},
		},
		{
			name: "participle after a name with party and state",
			in:   "Sen. Tom Hale (D-Vt.) defended the plan, saying the gains would outweigh the losses.",
			want: []view{{Kind: "indirect", Speaker: "Sen. Tom Hale (D-Vt.)", Name: "Tom Hale", Cue: "saying", Text: "the gains would outweigh the losses"}},
		},
		{
			name: "participle after a dash",
			in:   "The chair dismissed the complaint — saying the rival campaign chose not to take the same help.",
			want: []view{{Kind: "indirect", Speaker: "The chair", Cue: "saying", Text: "the rival campaign chose not to take the same help"}},
		},
		{
			name: "content before, then a listener her",
			in:   "The bridge would reopen by May, the engineer told her.",
			want: []view{{Kind: "indirect", Speaker: "the engineer", Cue: "told", Text: "The bridge would reopen by May"}},
		},
		{
			name: "content before a description and a name",
			in:   "The senator remains in the race, his chief aide, Dan Reyes, told the newspaper.",
			want: []view{{Kind: "indirect", Speaker: "his chief aide, Dan Reyes", Name: "Dan Reyes", Cue: "told", Text: "The senator remains in the race"}},
		},
		{
			name: "coordinated descriptions",
			in:   "The strike will last a week, teachers and union officials told the newspaper.",
			want: []view{{Kind: "indirect", Speaker: "teachers and union officials", Anon: true, Cue: "told", Text: "The strike will last a week"}},
		},
		{
			name: "a listener with and in its name",
			in:   "Wilson told The Tide and Anchor newspaper of Dover on Sunday that he voted early.",
			want: []view{{Kind: "indirect", Speaker: "Wilson", Name: "Wilson", Cue: "told", Text: "he voted early"}},
		},
		{
			name: "a relative that before the complementizer",
			in:   "The mayor told the Harbor Post in a piece that ran this week that she would run again.",
			want: []view{{Kind: "indirect", Speaker: "The mayor", Cue: "told", Text: "she would run again"}},
		},
		{
			name: "a second report after a comma ends the first",
			in:   "The farmers said they were worried about the price of feed, and more than 3 in 10 said the mill would close.",
			want: []view{
				{Kind: "indirect", Speaker: "The farmers", Cue: "said", Text: "they were worried about the price of feed"},
				{Kind: "indirect", Speaker: "more than 3 in 10", Cue: "said", Text: "the mill would close"},
			},
		},
		{
			name: "the writer's comparison ends the report",
			in:   "The farmers said they wanted a new dam, compared with a third of them in 2019.",
			want: []view{{Kind: "indirect", Speaker: "The farmers", Cue: "said",
				Text: "they wanted a new dam"}},
		},
		{
			name: "called, a day, for",
			in:   "Senator Ruth Marlow called Wednesday for an inquiry into the contract.",
			want: []view{{Kind: "indirect", Speaker: "Senator Ruth Marlow", Name: "Ruth Marlow", Cue: "called",
				Text: "an inquiry into the contract"}},
		},
		{
			name: "told reporters that",
			in:   "Finance Minister Lars Berg told reporters that the budget would be balanced.",
			want: []view{{Kind: "indirect", Speaker: "Finance Minister Lars Berg", Name: "Lars Berg", Cue: "told",
				Text: "the budget would be balanced"}},
		},
		{
			name: "pronoun said",
			in:   "Defense Secretary Mark Esper arrived in Kabul. He said he is consulting with other members of NATO.",
			want: []view{{Kind: "indirect", Speaker: "He", Name: "Mark Esper", Cue: "said",
				Text: "he is consulting with other members of NATO"}},
		},
		{
			name: "anonymous source with inserted clause",
			in:   "A U.S. defense official, who briefed reporters on condition of anonymity, cautioned that attacks would continue.",
			want: []view{{Kind: "indirect", Speaker: "A U.S. defense official", Anon: true, Cue: "cautioned",
				Text: "attacks would continue"}},
		},
		{
			name: "a contrast after a comma is part of the report unless it has a report or a share of its own",
			in:   "Tom Hale said the levy was fair, though it would cost more. Ana Ruiz said the port would grow, while the mill would close. Dana Ortiz said the vote was close, though she noted that the count went on. Most voters said they liked the plan, while 9 percent opposed it. The mayor said the talks went well, while adding that no deal was near.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "the levy was fair, though it would cost more"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "the port would grow, while the mill would close"},
				{Kind: "indirect", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: "said", Text: "the vote was close"},
				{Kind: "indirect", Speaker: "she", Name: "Dana Ortiz", Cue: "noted", Text: "the count went on"},
				{Kind: "indirect", Speaker: "Most voters", Cue: "said", Text: "they liked the plan"},
				{Kind: "indirect", Speaker: "The mayor", Cue: "said", Text: "the talks went well"},
				{Kind: "indirect", Speaker: "The mayor", Cue: "adding", Text: "no deal was near"},
			},
		},
		{
			name: "a verb of saying after a comma that follows a report starts the speaker's next report",
			in:   "Tom Hale said the levy was fair, warned that the pier was failing. Ana Ruiz urged the board to close the mill, proposed that the town buy it. Lena Moss said the tide, which had risen in May, warned of worse. Ruiz named a group that has often mocked the board, accused the mayor of fraud and sued the town. The firm found the posting, reported it to the agency, and closed the account. Cole said the levy, called the Harbor Fund by all, had failed. Moss said the fund had critics and that Ruiz, in a long letter to the board, questioned its books.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "the levy was fair"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "warned", Text: "the pier was failing"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "urged", Text: "the board to close the mill"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "proposed", Text: "the town buy it"},
				{Kind: "indirect", Speaker: "Lena Moss", Name: "Lena Moss", Cue: "said", Text: "the tide, which had risen in May, warned of worse"},
				{Kind: "indirect", Speaker: "Cole", Name: "Cole", Cue: "said", Text: "the levy, called the Harbor Fund by all, had failed"},
				{Kind: "indirect", Speaker: "Moss", Name: "Lena Moss", Cue: "said", Text: "the fund had critics and that Ruiz, in a long letter to the board, questioned its books"},
			},
		},
		{
			name: "a verb of saying after a comma that takes a clause or an infinitive follows a report without a verb",
			in:   "Ana Ruiz joked about the levy, warned that the tide was high. Cole joked about the fee, declined to back the mayor. Hale said the tenants, asked to leave by noon, refused.",
			want: []view{
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "joked about", Text: "the levy"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "warned", Text: "the tide was high"},
				{Kind: "indirect", Speaker: "Cole", Name: "Cole", Cue: "joked about", Text: "the fee"},
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "the tenants, asked to leave by noon, refused"},
			},
		},
		{
			name: "an attribution set off by commas before that interrupts the clause it reports",
			in:   "It is no surprise, Ana Ruiz said, that the levy failed. The board backed the levy – a tax, Tom Hale said, that would fund the schools.",
			want: []view{
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "It is no surprise, Ana Ruiz said, that the levy failed", Parts: []string{"It is no surprise", "the levy failed"}},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "would fund the schools"},
			},
		},
		{
			name: "a colon inside a time or a score sets nothing apart",
			in:   "The panel met at 10:30 and voted to close the plant, Ruiz said. The court ruled 5:4 and the map stands, according to Tom Hale.",
			want: []view{
				{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "The panel met at 10:30 and voted to close the plant"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "according to", Text: "The court ruled 5:4 and the map stands"},
			},
		},
		{
			name: "an opening concession goes on over a relative clause and, as a clause, up to its verb",
			in:   "Despite the storm, which hit at noon, turnout rose in every ward, the clerk said. Although Hale, the mayor, lost, he will run again, his aide said. Though the race, which ends in May, is close, Hale will win the seat, Ruiz said.",
			want: []view{
				{Kind: "indirect", Speaker: "the clerk", Cue: "said", Text: "turnout rose in every ward"},
				{Kind: "indirect", Speaker: "his aide", Anon: true, Cue: "said", Text: "he will run again"},
				{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "Hale will win the seat"},
			},
		},
		{
			name: "a colon sets the writer's words apart from an interrupted report whose verb follows the attribution",
			in:   "The verdict was clear: the plan, Hale said, was a failure.",
			want: []view{
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "the plan, Hale said, was a failure", Parts: []string{"the plan", "was a failure"}},
			},
		},
		{
			name: "no setting is cut off where the words after the colon have no verb or the main clause after a concession is too short",
			in:   "The tally: 40 for, 12 against, the clerk said. Despite the storm, turnout rose, the clerk said.",
			want: []view{
				{Kind: "indirect", Speaker: "the clerk", Cue: "said", Text: "The tally: 40 for, 12 against"},
				{Kind: "indirect", Speaker: "the clerk", Cue: "said", Text: "Despite the storm, turnout rose"},
			},
		},
		{
			name: "a concession that opens the sentence is the writer's setting of a report before its cue",
			in:   "Despite the storm, turnout rose in every ward, the clerk said. Though the race is close, Hale will win the seat, according to a new poll. Despite the delay, Ruiz said, the bridge will open in May.",
			want: []view{
				{Kind: "indirect", Speaker: "the clerk", Cue: "said", Text: "turnout rose in every ward"},
				{Kind: "indirect", Speaker: "a new poll", Cue: "according to", Text: "Hale will win the seat"},
				{Kind: "indirect", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "Despite the delay, Ruiz said, the bridge will open in May", Parts: []string{"Despite the delay", "the bridge will open in May"}},
			},
		},
		{
			name: "a participle of a verb of saying after a comma is a second report, not more of the first",
			in:   "Ana Ruiz said the levy would pass, citing a survey of voters. Tom Hale said the bridge was safe, calling the report a hoax. Dana Ortiz said the crowd, citing the heat, had left early.",
			want: []view{
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "the levy would pass"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "the bridge was safe"},
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "calling", Text: "the report a hoax"},
				{Kind: "indirect", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: "said", Text: "the crowd, citing the heat, had left early"},
			},
		},
		{
			name: "a colon sets the writer's words apart from a report or quotation whose cue follows",
			in:   "The verdict of the panel: “It works,” Tom Hale said. The tax has not hurt the banks: London is still the hub, Ana Ruiz said. The pool opened late; the gym closed early; and the library stayed shut, according to the city.",
			want: []view{
				{Kind: "direct", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "“It works,”"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "London is still the hub"},
				{Kind: "indirect", Speaker: "the city", Cue: "according to", Text: "The pool opened late; the gym closed early; and the library stayed shut"},
			},
		},
		{
			name: "speaker after",
			in:   "The talks may resume, Defense Secretary Mark Esper said.",
			want: []view{{Kind: "indirect", Speaker: "Defense Secretary Mark Esper", Name: "Mark Esper", Cue: "said",
				Text: "The talks may resume"}},
		},
		{
			name: "according to before",
			in:   "According to Sheriff Dale Moss, the blaze started in the kitchen.",
			want: []view{{Kind: "indirect", Speaker: "Sheriff Dale Moss", Name: "Dale Moss", Cue: "According to",
				Text: "the blaze started in the kitchen"}},
		},
		{
			name: "a relative clause set off by a comma reports its own verb after the cue",
			in:   "The county drew 40 bids, which he said were evenly split between the towns. Tom Hale sparred with the mayor, who he claims has been rude to him.",
			want: []view{
				{Kind: "indirect", Speaker: "he", Cue: "said", Text: "which he said were evenly split between the towns", Parts: []string{"which", "were evenly split between the towns"}},
				{Kind: "indirect", Speaker: "he", Name: "Tom Hale", Cue: "claims", Text: "who he claims has been rude to him", Parts: []string{"who", "has been rude to him"}},
			},
		},
		{
			name: "a report whose source follows by",
			in:   "The vote was first reported by The Daily Star. As reported by the Herald, the council met twice in May. The board cut the budget, as first reported by the Herald on Tuesday. “We will cut,” Ana Ruiz said in an interview, as reported by the Herald. The levy was approved by the voters.",
			want: []view{
				{Kind: "indirect", Speaker: "The Daily Star", Name: "Daily Star", Cue: "was first reported", Text: "The vote"},
				{Kind: "indirect", Speaker: "the Herald", Name: "Herald", Cue: "reported", Text: "the council met twice in May"},
				{Kind: "indirect", Speaker: "the Herald", Name: "Herald", Cue: "first reported", Text: "The board cut the budget"},
				{Kind: "direct", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "“We will cut,”"},
			},
		},
		{
			name: "according to after a word or two that its clause goes on from",
			in:   "Turnout, according to the county clerk, has doubled since May. Now, according to a new poll, some towns are swinging. That’s according to the county clerk.",
			want: []view{
				{Kind: "indirect", Speaker: "the county clerk", Cue: "according to", Text: "Turnout, according to the county clerk, has doubled since May", Parts: []string{"Turnout", "has doubled since May"}},
				{Kind: "indirect", Speaker: "a new poll", Cue: "according to", Text: "Now, according to a new poll, some towns are swinging", Parts: []string{"Now", "some towns are swinging"}},
			},
		},
		{
			name: "according to after",
			in:   "The blaze started in the kitchen, according to Sheriff Dale Moss.",
			want: []view{{Kind: "indirect", Speaker: "Sheriff Dale Moss", Name: "Dale Moss", Cue: "according to",
				Text: "The blaze started in the kitchen"}},
		},
		{
			name: "a bare form after a form of do is a verb and may report a noun phrase",
			in:   "Tom Hale did not mention Ana Ruiz by name, but he did note that she had won. The press release doesn't mention the cost of the plan. Voters would answer questions about the levy.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "did not mention", Text: "Ana Ruiz by name"},
				{Kind: "indirect", Speaker: "he", Name: "Tom Hale", Cue: "did note", Text: "she had won"},
				{Kind: "indirect", Speaker: "The press release", Cue: "doesn't mention", Text: "the cost of the plan"},
			},
		},
		{
			name: "a noun phrase that a verb reports ends where the writer's clause follows",
			in:   "Tom Hale denied any links to the firm, but critics point to its donations. Ana Ruiz announced the deal with the union, which ends a long strike. Dana Ortiz confirmed the meeting on condition of anonymity because she was not allowed to talk. The board recommended Tom Hale, Ana Ruiz, and Dana Ortiz.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "denied", Text: "any links to the firm"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "announced", Text: "the deal with the union"},
				{Kind: "indirect", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: "confirmed", Text: "the meeting on condition of anonymity"},
				{Kind: "indirect", Speaker: "The board", Cue: "recommended", Text: "Tom Hale, Ana Ruiz, and Dana Ortiz"},
			},
		},
		{
			name: "a verb that casts its object as something reports without a quotation",
			in:   "Tom Hale described the levy as a tax on hope. Dana Ortiz describes herself as a moderate with friends calling her a centrist. The self-described moderate Dana Ortiz won. Officials will describe the costs, as well as the risks.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "described", Text: "the levy as a tax on hope"},
				{Kind: "indirect", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: "describes", Text: "herself as a moderate"},
			},
		},
		{
			name: "a participle that opens the sentence reports the clause before its comma",
			in:   "Noting that the levy failed twice, Dana Ortiz turned to the budget. After saying he was tired, the mayor left the hall. Since announcing in October that she would retire, Ana Ruiz has kept quiet. Writing for a panel that met Monday, Tom Hale praised the plan. Recalling that night, Ruiz, who was there, wept.",
			want: []view{
				{Kind: "indirect", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: "Noting", Text: "the levy failed twice"},
				{Kind: "indirect", Speaker: "the mayor", Name: "Dana Ortiz", Cue: "saying", Text: "he was tired"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "announcing", Text: "she would retire"},
			},
		},
	})
}

func TestMixed(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "a report in a clause that opens the sentence ends with its quotation's comma",
			in:   "While Ana Ruiz said the vote was “a farce,” Tom Hale won the seat. When the mayor told reporters that the budget was “a wreck,” the council met again.",
			want: []view{
				{Kind: "mixed", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "the vote was “a farce,”"},
				{Kind: "mixed", Speaker: "the mayor", Cue: "told", Text: "the budget was “a wreck,”"},
			},
		},
		{
			name: "a report in a relative clause ends with its quotation's comma",
			in:   "Tom Hale, who said the vote was “a farce,” won the seat anyway. The Harbor Union, which said the levy was “a scam,” voted no.",
			want: []view{
				{Kind: "mixed", Speaker: "who", Name: "Tom Hale", Cue: "said", Text: "the vote was “a farce,”"},
				{Kind: "mixed", Speaker: "which", Cue: "said", Text: "the levy was “a scam,”"},
			},
		},
		{
			name: "a quotation after a comma that follows a report belongs to the speaker's next report",
			in:   "Tom Hale suggested the storm was to blame, called the mayor “third-rate” and left the stage. The clerk said the count, delayed by “a glitch,” was done.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "suggested", Text: "the storm was to blame"},
				{Kind: "mixed", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "called", Text: "the mayor “third-rate”"},
				{Kind: "mixed", Speaker: "The clerk", Cue: "said", Text: "the count, delayed by “a glitch,” was done"},
			},
		},
		{
			name: "a listener and a time before that and a quoted clause",
			in:   "Ruiz told the Valley Ledger newspaper on Tuesday that the county must “rethink its strategy.”",
			want: []view{{Kind: "mixed", Speaker: "Ruiz", Name: "Ruiz", Cue: "told", Text: "the county must “rethink its strategy.”"}},
		},
		{
			name: "a report that opens with a clause of condition",
			in:   "Hale says if the governor signs the bill, “the law is dead.” Ruiz said no matter what the court rules, “we will appeal.” Ortiz said after the vote, “We will sue.”",
			want: []view{
				{Kind: "mixed", Speaker: "Hale", Name: "Hale", Cue: "says", Text: "if the governor signs the bill, “the law is dead.”"},
				{Kind: "mixed", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "no matter what the court rules, “we will appeal.”"},
				{Kind: "direct", Speaker: "Ortiz", Name: "Ortiz", Cue: "said", Text: "“We will sue.”"},
			},
		},
		{
			name: "fragment in a reported clause",
			in:   "He said “progress has been made” toward a broader political agreement.",
			want: []view{{Kind: "mixed", Speaker: "He", Cue: "said",
				Text: "“progress has been made” toward a broader political agreement"}},
		},
		{
			name: "what something was called ends with its quotation",
			in:   "The mayor has called the tax “unfair,” and her staff has spent months fighting it.",
			want: []view{{Kind: "mixed", Speaker: "The mayor", Cue: "has called", Text: "the tax “unfair,”"}},
		},
		{
			name: "a verb that reports beside its quotation reaches it across a long object",
			in:   "Tom Hale called the county’s plan to open a second toll bridge across the river next spring “an absolute waste,” and left. Ana Ruiz praised Dana Ortiz, who ended her bid for the council on Saturday, as “a woman who never quit.” Hale criticized the county’s road plan, which the state auditor said was “badly flawed” and costly. The mayor read the tweets accusing the county clerk of hiding the ballots from the public as “lies.”",
			want: []view{
				{Kind: "mixed", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "called", Text: "the county’s plan to open a second toll bridge across the river next spring “an absolute waste,”"},
				{Kind: "mixed", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "praised", Text: "Dana Ortiz, who ended her bid for the council on Saturday, as “a woman who never quit.”"},
				{Kind: "mixed", Speaker: "the state auditor", Cue: "said", Text: "which the state auditor said was “badly flawed” and costly", Parts: []string{"which", "was “badly flawed” and costly"}},
			},
		},
		{
			name: "a comma after as leaves what was cast as part of the report",
			in:   "Ruiz characterized the county board and its long-serving chairman, Tom Hale, as, “a little tired.” Ortiz still says things such as, “We are not all meant to win.”",
			want: []view{
				{Kind: "mixed", Speaker: "Ruiz", Name: "Ruiz", Cue: "characterized", Text: "the county board and its long-serving chairman, Tom Hale, as, “a little tired.”"},
				{Kind: "mixed", Speaker: "Ortiz", Name: "Ortiz", Cue: "still says", Text: "things such as, “We are not all meant to win.”"},
			},
		},
		{
			name: "a participle that opens the sentence reports the quotation in its phrase",
			in:   "Bemoaning the “phony system,” Hale accused the party of cheating voters. Acknowledging that Hale “says a lot of silly stuff,” though, Ortiz did suggest that his money helps him. In declaring the plan “dead on arrival,” the mayor left the council. Adding to the “chaos,” the storm knocked out power.",
			want: []view{
				{Kind: "mixed", Speaker: "Hale", Name: "Hale", Cue: "Bemoaning", Text: "the “phony system,”"},
				{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "accused", Text: "the party of cheating voters"},
				{Kind: "mixed", Speaker: "Ortiz", Name: "Ortiz", Cue: "Acknowledging", Text: "Hale “says a lot of silly stuff,”"},
				{Kind: "indirect", Speaker: "Ortiz", Name: "Ortiz", Cue: "did suggest", Text: "his money helps him"},
				{Kind: "mixed", Speaker: "the mayor", Cue: "declaring", Text: "the plan “dead on arrival,”"},
			},
		},
		{
			name: "a reported clause interrupted by its attribution goes on in words before the quotation",
			in:   "Dana Ortiz, Hale said, had sat on the board for “a hundred years” and passed rules. In contrast, Ruiz said, the board voted for “a new day.”",
			want: []view{
				{Kind: "mixed", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "Dana Ortiz, Hale said, had sat on the board for “a hundred years” and passed rules", Parts: []string{"Dana Ortiz", "had sat on the board for “a hundred years” and passed rules"}},
				{Kind: "mixed", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "the board voted for “a new day.”"},
			},
		},
		{
			name: "what he called",
			in:   "President Warren Adair has tried to end what he called “endless wars.”",
			want: []view{{Kind: "mixed", Speaker: "he", Name: "Warren Adair", Cue: "called",
				Text: "“endless wars.”"}},
		},
		{
			name: "a possessive pronoun's noun cue before a clause with a quotation",
			in:   "Ana Ruiz was mocked for her bold prediction that the bridge would be “the finest in the state.” The council renewed its warning that the dam was “a disaster waiting to happen.”",
			want: []view{
				{Kind: "mixed", Speaker: "her", Name: "Ana Ruiz", Cue: "prediction", Text: "the bridge would be “the finest in the state.”"},
				{Kind: "mixed", Speaker: "its", Cue: "warning", Text: "the dam was “a disaster waiting to happen.”"},
			},
		},
		{
			name: "verbs that report only beside the words they quote",
			in:   "Ruiz thanked the crews for “working through the night.” The mayor bemoaned the “endless delays” at the plant. Ortiz won the race thanks to his “Ortiz Method.”",
			want: []view{
				{Kind: "mixed", Speaker: "Ruiz", Name: "Ruiz", Cue: "thanked", Text: "the crews for “working through the night.”"},
				{Kind: "mixed", Speaker: "The mayor", Cue: "bemoaned", Text: "the “endless delays” at the plant"},
			},
		},
		{
			name: "an aside after that opens the content, not its comma",
			in:   "Hale said that, in his view, “the plan is dead.”",
			want: []view{{Kind: "mixed", Speaker: "Hale", Name: "Hale", Cue: "said", Text: "in his view, “the plan is dead.”"}},
		},
		{
			name: "a finite cue just before the quotation is part of what the trailing cue reports",
			in:   "Ana Ruiz said the mayor “would never win,” the aide recalled. Nothing the council said “will calm the voters,” Tom Hale said.",
			want: []view{
				{Kind: "mixed", Speaker: "the aide", Cue: "recalled", Text: "Ana Ruiz said the mayor “would never win,”"},
				{Kind: "mixed", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "said", Text: "Nothing the council said “will calm the voters,”"},
			},
		},
		{
			name: "said that with a fragment",
			in:   "Whitfield said that the bill was “dead on arrival” in the Senate.",
			want: []view{{Kind: "mixed", Speaker: "Whitfield", Name: "Whitfield", Cue: "said",
				Text: "the bill was “dead on arrival” in the Senate"}},
		},
		{
			name: "a day or a medium right after the last quotation tells of the report, not of what was said",
			in:   "Tom Hale called the levy “a disgrace” on Monday. Ana Ruiz said the port did not want “that mess,” in an interview with Harbor Radio on Sunday. Dana Ortiz said the vote “will be close” Tuesday.",
			want: []view{
				{Kind: "mixed", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "called", Text: "the levy “a disgrace”"},
				{Kind: "mixed", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "the port did not want “that mess,”"},
				{Kind: "mixed", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: "said", Text: "the vote “will be close” Tuesday"},
			},
		},
		{
			name: "a pronoun cast as the quoted words is part of what was said",
			in:   "On the trail, Tom Hale describes himself as “a consistent conservative.” Ana Ruiz described him as “the best mayor we ever had.”",
			want: []view{
				{Kind: "mixed", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "describes", Text: "himself as “a consistent conservative.”"},
				{Kind: "mixed", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "described", Text: "him as “the best mayor we ever had.”"},
			},
		},
		{
			name: "what a speaker warned or boasted of is what was said",
			in:   "Ana Ruiz warned of a “ferocious” fight over the harbor. Tom Hale has boasted of his plan to spend “whatever it takes” on the pier. Dana Ortiz warned of the risk of a flood in the valley.",
			want: []view{
				{Kind: "mixed", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "warned of", Text: "a “ferocious” fight over the harbor"},
				{Kind: "mixed", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "has boasted of", Text: "his plan to spend “whatever it takes” on the pier"},
				{Kind: "indirect", Speaker: "Dana Ortiz", Name: "Dana Ortiz", Cue: "warned of", Text: "the risk of a flood in the valley"},
			},
		},
	})
}

func TestNotReported(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "phrases that link the writer's sentences",
			in:   "Having said that, the levee held. That said, the pumps failed.",
		},
		{
			name: "a verb's noun form before a relative clause",
			in:   "In some states where turnout fell, the campaign will open offices.",
		},
		{name: "a telephone call", in: "Tom Hale called her and left. Ruiz called him, then cried."},
		{name: "scare quotes", in: "The mayor criticized the so-called “peace dividend” in her budget."},
		{name: "book title", in: "She reread “The Grapes of Wrath” last summer."},
		{name: "nickname", in: "Robert “Bobby” Tan runs the hardware store on Main Street."},
		{name: "believes that", in: "The senator believes that the bill will pass."},
		{name: "thinks", in: "She thinks the vote will be close."},
		{name: "hopes that", in: "He hopes that the rain will stop before the parade."},
		{name: "wants", in: "The union wants the plan to fail."},
		{name: "is gambling that", in: "The president is gambling that a truce will hold."},
		{name: "called off", in: "In July, Adair abruptly called off the talks after a drone struck a tanker."},
		{name: "said goodbye", in: "He said goodbye to his staff on Friday."},
		{name: "a number before a noun", in: "Oregon is one of 12 states where night fishing is allowed."},
		{name: "emails as a noun", in: "More than 1,200 Hale emails that the agency released are now classified."},
		{name: "called a meeting", in: "The mayor called a meeting for Friday after a close call on the bridge."},
		{name: "called a second time", in: "He called his lawyer a second time on Friday."},
		{name: "called her a cab", in: "Smith called her a cab after the dinner."},
		{name: "called someone on a day", in: "Ruiz called her sister the next morning. Hale called the agency responsible for the dam. She called the police chief."},
		{name: "called someone twice", in: "Ruiz called him twice."},
		{name: "began is no cue", in: "Through this window I began to see boats very differently."},
		{name: "a participle is no speaker", in: "On the screens, his fans were shown chanting “Ruiz! Ruiz!”"},
		{name: "claim with a noun phrase is to take, not to say", in: "Hale claimed the nomination last week."},
		{name: "a naming verb's noun before a comma", in: "At the forum Ana Ruiz steered clear of the loaded term, “harbor tax,” all night."},
		{name: "a participle before its noun", in: "The harbor board drew up its own recommended list of names."},
		{name: "pledged delegates", in: "Ana Ruiz holds a large pledged delegate lead over Tom Hale. The tallies include pledged delegates and superdelegates."},
		{name: "a title in an aside before the verb", in: "Tom Hale, who’s starred in “Harbor Lights” and “The Long Tide,” posted the clip to his page on Thursday."},
		{name: "a name in an appositive before the verb", in: "In a memo on Friday, Ana Ruiz, the editor of “Morning Port,” reminded her staff about the deadline."},
		{name: "a setting before the subject", in: "In a memo on Friday, Ana Ruiz told her staff about the deadline."},
		{name: "time will tell", in: "Only time will tell whether the new bridge holds."},
		{name: "a cue's noun after a determiner is no cue", in: "Hale has kept few of the many promises he made at the fair."},
		{name: "a cue's noun after a and a modifier is no cue", in: "After a brief phone call on Friday, the mayor paid a quick courtesy call on the council chief."},
		{name: "a cue's noun after a possessor and a modifier is no cue", in: "Ruiz backed the clerk's bold call for a new pump, a far cry from “no new spending” last year."},
		{name: "after went on to, a verb that names or puts keeps its other senses", in: "Ana Ruiz went on to call a meeting for Friday. Bo Lin went on to put the boat up for sale."},
		{name: "a participle after a verb is the quoted noun's adjective", in: "The council offered detailed “answers” to every question. The firm has staff preparing highly detailed “risk maps” for banks."},
		{
			name: "a cue's bare form after a plural and its preposition is the plural's verb",
			in:   "Critics of his tax policy counter: “The cost is too high.” Backers of Tom Hale's flood policy counter: “It will hold.”",
			want: []view{
				{Kind: "direct", Speaker: "Critics of his tax policy", Cue: "counter", Text: "“The cost is too high.”"},
				{Kind: "direct", Speaker: "Backers of Tom Hale's flood policy", Cue: "counter", Text: "“It will hold.”"},
			},
		},
		{
			name: "a cue's noun after a verb of making is the report",
			in:   "Hale made a bold claim that the levee would hold.",
			want: []view{{Kind: "indirect", Speaker: "Hale", Name: "Hale", Cue: "claim",
				Text: "the levee would hold"}},
		},
		{name: "agreed to a noun is to accept it", in: "The mayor finally agreed to a six-month freeze, and the board agreed to her terms."},
		{
			name: "agreed to a verb is a promise",
			in:   "The mayor agreed to freeze the fares.",
			want: []view{{Kind: "indirect", Speaker: "The mayor", Cue: "agreed", Text: "to freeze the fares"}},
		},
		{
			name: "a determiner after to that opens no noun is a promise",
			in:   "Tom Hale vowed to no longer back the levy. Ana Ruiz pledged to each year cut the fares.",
			want: []view{
				{Kind: "indirect", Speaker: "Tom Hale", Name: "Tom Hale", Cue: "vowed", Text: "to no longer back the levy"},
				{Kind: "indirect", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "pledged", Text: "to each year cut the fares"},
			},
		},
		{name: "a thing after a cue is no inverted speaker", in: "She also coaches a team, writes a weekly column and runs a bakery."},
		{name: "a verb after help is what helps", in: "The levy failed twice, which helps explain why no mayor raises it now. Data from the survey helped confirm that both issues mattered."},
		{name: "intimate as an adjective is no cue", in: "His aides have intimate business ties to the bank. Some have their own intimate professional ties to it."},
		{name: "claim with a plural noun phrase is to take, not to say", in: "The fire claimed the lives of three people. Ruiz claimed 38 percent of the vote, and Hale claimed credit for the win."},
		{name: "an object pronoun after a cue is no inverted speaker", in: "The site found the post, reported it to the police and closed the account."},
		{
			name: "a relative clause with no who",
			in:   "In her favor, all the economists I interviewed said her plan was more detailed.",
			want: []view{{Kind: "indirect", Speaker: "the economists", Cue: "said",
				Text: "her plan was more detailed"}},
		},
		{
			name: "a cue noun after the report's own cue",
			in:   "Marlow said in her first speech that the dock should stay.",
			want: []view{{Kind: "indirect", Speaker: "Marlow", Name: "Marlow", Cue: "said",
				Text: "the dock should stay"}},
		},
	})
}

func TestSpeakerEntities(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []who
	}{
		{
			name: "surname and pronoun resolve to the full name",
			in:   "Defense Secretary Mark Esper arrived in Kabul on Monday. “The only solution is a political agreement,” Esper said. He said he is consulting with other members of NATO.",
			want: []who{{"Esper", "Mark Esper", 1, false}, {"He", "Mark Esper", 1, false}},
		},
		{
			name: "a place of two capitalized words is no person a pronoun can find",
			in:   "Ayo Bello spoke at the hearing.\n\nSouth Carolina passed a similar law last year, and Saudi Arabia has one too.\n\n“We will not wait,” she said.",
			want: []who{{"she", "Ayo Bello", 1, false}},
		},
		{
			name: "a pronoun prefers a nearby subject to a preposition's object, but not to the agent after by, a person an appositive describes in a sentence with no other, or the topic after as for",
			in:   "Tom Hale toured the memorial to Ezra Vance on Monday. He said the visit had moved him.\n\nDan Cole chaired the meeting. The plan was drafted by Bob Lee. He said it would pass.\n\nTom Hale, the mayor, spoke first. Next came remarks from John Smith, the fire chief. He said the fire was out.\n\nBob Lee spoke first. As for Tom Hale, he said he is not worried.\n\nMayor Mark Bell handed the award to John Hale, a local teacher. He said the city was proud.",
			want: []who{{"He", "Tom Hale", 1, false}, {"He", "Bob Lee", 2, false}, {"He", "John Smith", 3, false}, {"he", "Tom Hale", 1, false}, {"He", "Mark Bell", 4, false}},
		},
		{
			name: "a pronoun in a later sentence prefers the last clause's subject to a person named after it there",
			in:   "Tom Hale thanked Bob Lee and Ed Cole at the dinner. He said the year had been hard.\n\nZora Finch spoke first. Later Ana Ruiz praised Kate Moss for the plan. “It was her idea,” she said.\n\nBob Lee chaired the meeting. At the hall in Salem, Dan Pike thanked the crowd. He said the vote was close.",
			want: []who{{"He", "Tom Hale", 1, false}, {"she", "Ana Ruiz", 2, false}, {"He", "Dan Pike", 3, false}},
		},
		{
			name: "a pronoun that opens a sentence or clause carries its person on as the subject",
			in:   "Senator Tom Hale toured the plant. He thanked Governor Ana Ruiz and Mayor Bob Lee. He praised the workers. “We will build here,” he said.\n\nDan Pike met Ed Cole. On Monday, he thanked Jim West. “It was a good day,” he said.\n\nLuis Ortega praised Carl Munro, but he did not vote for the plan. He met Ted Bly later. “I had doubts,” he said.\n\nJim West met Ed Cole. But he left early. He thanked Dan Pike. “It was fine,” he said.\n\nRep. Ana Ruiz praised Kate Moss, but she said the plan was late.",
			want: []who{{"he", "Tom Hale", 1, false}, {"he", "Dan Pike", 2, false}, {"he", "Luis Ortega", 3, false}, {"he", "Jim West", 4, false}, {"she", "Ana Ruiz", 5, false}},
		},
		{
			name: "no clause's subject: a name before another's role, in a clause a conjunction opens, before a reporting verb, or in a clause after a comma and a conjunction",
			in:   "Ana Ruiz met the board. Ruiz aide Kate Moss criticized the plan. “It will fail,” she said.\n\nFilling in for Dan Cole at the hall where Tom Hale and Bob Lee had spoken, Jim West criticized the plan. “It is wrong,” he said.\n\nEd Vance is the ablest candidate Carl Munro argues. “Vance can win,” he said.\n\nLuis Ortega spoke, but Tom Hale was tired, and as Ted Bly spoke on, Ana Ruiz cheered until Ted Bly finished. “Thank you,” he said.",
			want: []who{{"she", "Kate Moss", 1, false}, {"he", "Jim West", 2, false}, {"he", "Carl Munro", 3, false}, {"he", "Ted Bly", 4, false}},
		},
		{
			name: "a run that opens with a known person's surname, ends in a party's word or opens with a possessive names no new person a pronoun can find",
			in:   "Tom Hale met voters on Monday. The Hale Tower opened in May. “We will build more,” he said.\n\nBob Lee campaigned in Ohio. The Ohio Republican has backed the plan. “It is sound,” he said.\n\nDan Pike founded a group last year. Since then Our Future has hired ten people. “We are growing,” he said.\n\nAna Ruiz spoke in Dayton. Later the Ruiz Express reached the rally. “It was fun,” she said.",
			want: []who{{"he", "Tom Hale", 1, false}, {"he", "Bob Lee", 2, false}, {"he", "Dan Pike", 3, false}, {"she", "Ana Ruiz", 4, false}},
		},
		{
			name: "a role no title finds is the person the sentence or the one before names alone",
			in:   "Tom Hale spoke in Dayton on Monday. The Ohio senator said the plant would stay open.\n\nDan Pike toured the clinic. The retired surgeon said the wait was too long.\n\nGov. Kate Moss met Ed Vance. The senator said the talks went well.",
			want: []who{{"The Ohio senator", "Tom Hale", 1, false}, {"The retired surgeon", "Dan Pike", 2, false}, {"The senator", "", 3, false}},
		},
		{
			name: "a role that the sentence before gives someone else with an article finds no one, while an appositive's describes the person",
			in:   "Tom Hale thanked the mayor. The mayor said the plant would stay open.\n\nEd Vance met the new governor on Monday. The governor said the talks went well.\n\nDan Pike, the senator, spoke. The senator said the road would open.\n\nTom Reed gave a leadership talk. The leader said the road would close.\n\nTom Cole spoke in Lima. The senator said she would run again.",
			want: []who{{"The mayor", "", 1, false}, {"The governor", "", 2, false}, {"The senator", "Dan Pike", 3, false}, {"The leader", "Tom Reed", 4, false}, {"The senator", "", 5, false}},
		},
		{
			name: "a surname alone is the person news has called by it alone, not a relative named in full since",
			in:   "Tom Hale opened the plant on Monday. Hale said the jobs would stay. His son, Ed Hale, runs the plant. “We will hire more,” Hale said.\n\nAna Ruiz won the race. Ruiz thanked her staff, and her husband, Bob Ruiz, cheered. Ruiz said the work starts now.",
			want: []who{{"Hale", "Tom Hale", 1, false}, {"Hale", "Tom Hale", 1, false}, {"Ruiz", "Ana Ruiz", 2, false}},
		},
		{
			name: "a description with a place before the title finds the person of that place, and a party among more words names no one",
			in:   "Ohio Gov. Tom Hale and Gov. Bob Lee met on Monday. The Ohio governor said the talks went well. Sen. Dana Ortiz of New Mexico spoke later. The New Mexico senator said she agreed. The Democratic presidential nominee said the deal was weak.\n\nSen. Ana Ruiz (R-Fla.) spoke next. The Florida senator said the vote was close.",
			want: []who{{"The Ohio governor", "Tom Hale", 1, false}, {"The New Mexico senator", "Dana Ortiz", 2, false}, {"The Democratic presidential nominee", "", 3, false}, {"The Florida senator", "Ana Ruiz", 4, false}},
		},
		{
			name: "a middle initial is part of the name, of a first name known or not; a leading initial is not",
			in:   "Donald J. Hale spoke on Monday. He said the plan was dead.\n\nOdile M. Brenner, 63, said she wanted change. “It is time,” said Ms. Brenner.\n\nR. Alan Cole spoke next. “It works,” Mr. Cole said.",
			want: []who{
				{"He", "Donald J. Hale", 1, false},
				{"Odile M. Brenner, 63", "Odile M. Brenner", 2, false}, {"Ms. Brenner", "Odile M. Brenner", 2, false},
				{"Mr. Cole", "Alan Cole", 3, false},
			},
		},
		{
			name: "a surname that is also a title, after an honorific, is the surname",
			in:   "Tom King spoke on Monday. Mr. King said the plan was dead. Ana Bishop agreed. Ms. Bishop said the vote was close.",
			want: []who{{"Mr. King", "Tom King", 1, false}, {"Ms. Bishop", "Ana Bishop", 2, false}},
		},
		{
			name: "a company named by a head such as Energy or Media is no person a pronoun can find",
			in:   "Tom Hale dismissed the critics of his client, Acme Energy. “They are wrong,” he said.",
			want: []who{{"he", "Tom Hale", 1, false}},
		},
		{
			name: "a public figure's role after the name is the person named last, but a plural, a possessive or an ordinary trade names no one",
			in:   "Tom Hale toured a factory in Ohio on Monday. The billionaire businessman said the plant would stay open.\n\nAna Ruiz spoke in Iowa. The Republican nominee said taxes were too high. The candidates said the race was close. The party's nominee said the race was over. The developer said work would start in May.",
			want: []who{{"The billionaire businessman", "Tom Hale", 1, false}, {"The Republican nominee", "Ana Ruiz", 2, false}, {"The candidates", "", 3, false}, {"The party's nominee", "", 4, false}, {"The developer", "", 5, false}},
		},
		{
			name: "a name that says nothing of a person yields to a person of the pronoun's gender named before it in the sentence",
			in:   "Ana Ruiz praised Zorbek Tallow in her speech on Monday. She said the city needed more teachers.\n\nTom Hale spoke after Ana Ruiz. She said the talks went well.\n\nGretchen Vance hired Zorbek Tallow. She said he would start soon.\n\nGov. Kathy Lund toured the basements after Ida passed. “People died,” she said.",
			want: []who{{"She", "Ana Ruiz", 1, false}, {"She", "Ana Ruiz", 1, false}, {"She", "Gretchen Vance", 2, false}, {"she", "Kathy Lund", 3, false}},
		},
		{
			name: "a document speaks for its author: the speaker of the sentence that names it, its possessor, or who put it out; not who criticized it",
			in:   "In a statement, Acme Corp. said the plant would close. The statement said workers would be paid.\n\nSen. Ana Ruiz sent a letter to the agency. The letter said the rule was unlawful.\n\nTom Hale said in a statement that he would run. The statement said he had the votes.\n\nBob Lee criticized a report by the state auditor. The report said the fund had lost money.\n\nDan Cole attacked the board's memo. The memo said costs would rise.\n\nRoy Tull was charged in an indictment unsealed on Tuesday. The indictment said he stole $2 million.\n\nIn a statement to the Daily Ledger, Sen. Ana Ruiz said she would stay. The statement said she had the votes.",
			want: []who{
				{"Acme Corp.", "Acme Corp.", 1, false}, {"The statement", "Acme Corp.", 1, false},
				{"The letter", "Ana Ruiz", 2, false},
				{"Tom Hale", "Tom Hale", 3, false}, {"The statement", "Tom Hale", 3, false},
				{"The report", "", 4, false}, {"The memo", "", 5, false},
				{"The indictment", "", 6, false},
				{"Sen. Ana Ruiz", "Ana Ruiz", 2, false}, {"The statement", "Ana Ruiz", 2, false},
			},
		},
		{
			name: "a common word that opens a sentence before a known person's name is no part of the name, but an unknown first name is",
			in: "Sen. Tom Hale spoke on Monday. Top Hale aides met later. “The vote is close,” Hale said.\n\n" +
				"Ana Ruiz and Dan Cole spoke. Neither Ruiz nor Cole took questions. “We will win,” Ruiz said.\n\n" +
				"Bob Lee opened the store. Inside Lee’s store, the mood was calm. “Sales are up,” Lee said.\n\n" +
				"Gov. Ida Marsh spoke first. Does Marsh know? “The budget is short,” Marsh said.\n\n" +
				"Rep. Ed Voss spoke first. Zorbek Voss, his brother, spoke next. “The vote is close,” Voss said.",
			want: []who{
				{"Hale", "Tom Hale", 1, false},
				{"Ruiz", "Ana Ruiz", 2, false},
				{"Lee", "Bob Lee", 3, false},
				{"Marsh", "Ida Marsh", 4, false},
				{"Voss", "Zorbek Voss", 5, false},
			},
		},
		{
			name: "a title of two words with no name after it makes no person of its second word",
			in:   "The Chief Judge said the docket was full. Dan Judge, a clerk, agreed. “We are late,” Judge said.",
			want: []who{{"The Chief Judge", "Chief Judge", 1, false}, {"Judge", "Dan Judge", 2, false}},
		},
		{
			name: "a title's gender tells apart people of one surname, and prefers a person of that gender to a name of none",
			in:   "Tom Hale and his wife, Ann Hale, spoke at the rally. Mrs. Hale said the town needed a school. Mr. Hale said taxes were too high.\n\nDon Vance opened Vance Plaza in 1990. Mr. Vance said it still made money.",
			want: []who{
				{"Mrs. Hale", "Ann Hale", 1, false}, {"Mr. Hale", "Tom Hale", 2, false},
				{"Mr. Vance", "Don Vance", 3, false},
			},
		},
		{
			name: "a noun of kin or role beside a name, or a possessive after it, tells a gender no first name does",
			in: "Zorbek Malik and his wife, Ghazala Malik, spoke at the hall. “We are proud,” Mr. Malik said.\n\n" +
				"The actress Velmira Oduya greeted Tarvin Oduya at the door. “It was a long night,” Ms. Oduya said.\n\n" +
				"Danek Sorvo met Ilsabet Sorvo, his sister, at the station. “The train was late,” Mr. Sorvo said.\n\n" +
				"Kesh Arvani, the chairwoman of the board, thanked Pavo Arvani. “We will build,” Ms. Arvani said.\n\n" +
				"Her son Rulo Tenzi met Amira Tenzi on Monday. “It was hard,” Mr. Tenzi said.\n\n" +
				"Orlan Vetch and his daughter, Mirela Vetch, opened the shop. “It is ours,” he said.",
			want: []who{
				{"Mr. Malik", "Zorbek Malik", 1, false}, {"Ms. Oduya", "Velmira Oduya", 2, false},
				{"Mr. Sorvo", "Danek Sorvo", 3, false}, {"Ms. Arvani", "Kesh Arvani", 4, false},
				{"Mr. Tenzi", "Rulo Tenzi", 5, false}, {"he", "Orlan Vetch", 6, false},
			},
		},
		{
			name: "no gender from a noun that is no appositive of the name, nor from a possessive that is another's",
			in: "Ana Oduya spoke first. After he visited his mother, Tarvin Oduya thanked the crew. “We are grateful,” Ms. Oduya said.\n\n" +
				"Mr. Danek Sorvo spoke first. Tom Hale thanked Ilsabet Sorvo and his staff. “It was fine,” Mr. Sorvo said.\n\n" +
				"Mrs. Kesh Arvani spoke first. Dr. Pavo Arvani, his wife and their son came later. “We agree,” Mrs. Arvani said.",
			want: []who{
				{"Ms. Oduya", "Ana Oduya", 1, false}, {"Mr. Sorvo", "Danek Sorvo", 2, false},
				{"Mrs. Arvani", "Kesh Arvani", 3, false},
			},
		},
		{
			name: "a campaign or an administration named by its leader is one body, whichever way it is named, and the campaign finds it",
			in:   "Sen. Ana Ruiz opened her campaign in Dayton. The Ruiz campaign said she would visit every county. Her campaign said the tour would be cheap. The campaign said small donors paid for it.\n\nTom Hale spoke in Iowa. Hale's presidential campaign said the tax would hurt farmers. The senator's campaign said she was ahead.\n\nThe Vance administration said the rule would stand. The Human Rights Campaign said it would sue.",
			want: []who{
				{"The Ruiz campaign", "Ana Ruiz campaign", 1, false}, {"Her campaign", "Ana Ruiz campaign", 1, false}, {"The campaign", "Ana Ruiz campaign", 1, false},
				{"Hale's presidential campaign", "Tom Hale campaign", 2, false}, {"The senator's campaign", "Ana Ruiz campaign", 1, false},
				{"The Vance administration", "Vance administration", 3, false}, {"The Human Rights Campaign", "Human Rights Campaign", 4, false},
			},
		},
		{
			name: "a run whose last word names a body is one, title words before it or not, and the agency finds it",
			in:   "The Colorado State Patrol said a trooper was hurt. The agency said he would recover.",
			want: []who{{"The Colorado State Patrol", "Colorado State Patrol", 1, false}, {"The agency", "Colorado State Patrol", 1, false}},
		},
		{
			name: "who after a name and its appositive is the named person, but not after a place that opens the sentence",
			in:   "The fight is over, said Tom Hale, the commissioner, who conceded that the vote was lost.\n\nIn Ohio, the governor, who said he would veto the bill, met with lawmakers.",
			want: []who{{"Tom Hale, the commissioner", "Tom Hale", 1, false}, {"who", "Tom Hale", 1, false}, {"who", "", 2, false}},
		},
		{
			name: "an adverb that opens the sentence is no part of the name after it",
			in:   "Maybe Tom Hale is right. “It works,” he said. Today Ana Ruiz said the plan was dead.",
			want: []who{{"he", "Tom Hale", 1, false}, {"Ana Ruiz", "Ana Ruiz", 2, false}},
		},
		{
			name: "a party or a home before a name is no part of it",
			in:   "Democrat Luis Ortega spoke in Cleveland. Ortega said he was confident. Republican Sen. Ana Ruiz spoke next. She said the bill was dead. Ohioan Tom Hale agreed. Hale said the vote was close.",
			want: []who{{"Ortega", "Luis Ortega", 1, false}, {"She", "Ana Ruiz", 2, false}, {"Hale", "Tom Hale", 3, false}},
		},
		{
			name: "the agency is a body named agency before one of a wider kind, and no room called an office",
			in:   "The Environmental Protection Agency issued the rule in May. Lawyers at the Justice Department defended it. The agency said the rule was lawful.",
			want: []who{{"The agency", "Environmental Protection Agency", 1, false}},
		},
		{
			name: "the Oval Office is no agency",
			in:   "President Ana Ruiz, speaking from the Oval Office, praised the effort. The agency said more help was coming.",
			want: []who{{"The agency", "", 1, false}},
		},
		{
			name: "a trooper of a patrol is a person",
			in:   "Colorado State Patrol Trooper Ana Ruiz said the road was icy. She said no one was hurt.",
			want: []who{{"Colorado State Patrol Trooper Ana Ruiz", "Ana Ruiz", 1, false}, {"She", "Ana Ruiz", 1, false}},
		},
		{
			name: "a party tag belongs to the name it follows",
			in:   "Sen. Tom Hale told reporters that Sen. Ana Ruiz (R-Fla.) was wrong. The Florida senator said the criticism was unfair.",
			want: []who{{"Sen. Tom Hale", "Tom Hale", 1, false}, {"The Florida senator", "Ana Ruiz", 2, false}},
		},
		{
			name: "a possessor or a subordinate clause's subject is not the sentence's subject that outranks a described object, and a party before a lone surname stays",
			in:   "Gov. Mark Bell's office referred questions to John Hale, a spokesman for the agency. He said the review was ongoing.\n\nDemocrat Cole spoke. Cole said the vote was close.",
			want: []who{{"He", "John Hale", 1, false}, {"Cole", "Democrat Cole", 2, false}},
		},
		{
			name: "words of a nation or a faith name no person, even after a title word",
			in:   "Ana Ruiz met Kate Cole, a former Portuguese teacher at the school. “It was fun,” she said.\n\nTom Hale converted to the Roman Catholic faith. “It was right,” he said.",
			want: []who{{"she", "Kate Cole", 1, false}, {"he", "Tom Hale", 2, false}},
		},
		{
			name: "a function word that opens the sentence is no part of the name after it",
			in:   "Though Ana Ruiz won the vote, critics were loud. Ruiz said the levy would pass. Despite Tom Hale, the plan went on. Hale said he was tired.",
			want: []who{{"Ruiz", "Ana Ruiz", 1, false}, {"Hale", "Tom Hale", 2, false}},
		},
		{
			name: "nor is one after a colon or a dash, or a preposition",
			in:   "Dana Ortiz runs the council. The mayor intervened: If Ortiz would debate, she would too. Ortiz said the debate was off. To Tom Hale, the vote was a test. Hale said the vote was close.\n\nAna Ruiz won the seat.\n\nParis – The Ruiz campaign ended. Ruiz said the vote was fair.",
			want: []who{{"Ortiz", "Dana Ortiz", 1, false}, {"Hale", "Tom Hale", 2, false}, {"Ruiz", "Ana Ruiz", 3, false}},
		},
		{
			name: "a title's complement is no part of the name, and a title word that ends a name is a surname",
			in:   "Party Chief of Staff Dana Ortiz said the party was united. Ortiz said the vote was close. Rep. Tom King of Ohio said the bill would pass. Georgia Gov. Ana Ruiz said the state would appeal. Ruiz said the court erred. Director of National Intelligence Mark Cole said the threat was real.",
			want: []who{
				{"Party Chief of Staff Dana Ortiz", "Dana Ortiz", 1, false}, {"Ortiz", "Dana Ortiz", 1, false},
				{"Rep. Tom King of Ohio", "Tom King", 2, false},
				{"Georgia Gov. Ana Ruiz", "Ana Ruiz", 3, false}, {"Ruiz", "Ana Ruiz", 3, false},
				{"Director of National Intelligence Mark Cole", "Mark Cole", 4, false},
			},
		},
		{
			name: "a name after its possessor's",
			in:   "The Herald's Ana Ruiz said the race was tight. Ruiz said the polls were wrong. Station WKRP’s Tom Hale said the storm had passed. St. Brendan's Medical Center said it was full.",
			want: []who{
				{"The Herald's Ana Ruiz", "Ana Ruiz", 1, false}, {"Ruiz", "Ana Ruiz", 1, false},
				{"Station WKRP’s Tom Hale", "Tom Hale", 2, false},
				{"St. Brendan's Medical Center", "St. Brendan's Medical Center", 3, false},
			},
		},
		{
			name: "names that look like the shapes above but are not",
			in:   "Austin Chief of Police Tom Hale said the suspect fled. The Young Men's Christian Association said the camp was full. Vietnam's leader, Gen. To Lam, said the party would stay united. The Committee on Ways and Means said the bill was dead.",
			want: []who{
				{"Austin Chief of Police Tom Hale", "Tom Hale", 1, false},
				{"The Young Men's Christian Association", "Young Men's Christian Association", 2, false},
				{"Vietnam's leader, Gen. To Lam", "To Lam", 3, false},
				{"The Committee on Ways and Means", "Committee on Ways and Means", 4, false},
			},
		},
		{
			name: "a name ends before the body it is of",
			in:   "Ayo Bello of the Acme Group said the deal was off. Bello said talks would resume. Pastor Tom Hale said the church would stay open. Kate Cole of the National Bakers Guild said sales were strong. County Recorder Ana Ruiz said the count was done.",
			want: []who{
				{"Ayo Bello of the Acme Group", "Ayo Bello", 1, false}, {"Bello", "Ayo Bello", 1, false}, {"Pastor Tom Hale", "Tom Hale", 2, false},
				{"Kate Cole of the National Bakers Guild", "Kate Cole", 3, false},
				{"County Recorder Ana Ruiz", "Ana Ruiz", 4, false},
			},
		},
		{
			name: "a first name known in the middle of a name, and a place that is a first name",
			in:   "Sen. Kweisi Howard Mfume said the bill was fair. Tom Hale spoke at Howard. He said the students were great.",
			want: []who{
				{"Sen. Kweisi Howard Mfume", "Kweisi Howard Mfume", 1, false},
				{"He", "Tom Hale", 2, false},
			},
		},
		{
			name: "a title alone may be a surname, and the new titles name their person",
			in:   "Tom Warden said the plan failed. Warden said it cost too much. Treasurer Ana Ruiz said the county was solvent. The treasurer said taxes would rise.",
			want: []who{
				{"Tom Warden", "Tom Warden", 1, false}, {"Warden", "Tom Warden", 1, false},
				{"Treasurer Ana Ruiz", "Ana Ruiz", 2, false}, {"The treasurer", "Ana Ruiz", 2, false},
			},
		},
		{
			name: "a first name tells a person and a pronoun's gender",
			in:   "Tom Hale spoke first. Then the Herald's Kate Cole said the plan was sound. He said the count would take a week. She said the count was close.",
			want: []who{
				{"the Herald's Kate Cole", "Kate Cole", 1, false}, {"He", "Tom Hale", 2, false}, {"She", "Kate Cole", 1, false},
			},
		},
		{
			name: "a description by title finds the person last named with it",
			in:   "Sen. Laura Finch said the bill would pass. The senator added that the vote was close. Acting Police Chief Tom Hale said the suspect fled. The chief said he was armed. Secretary of State Rosa Bell said the rules stand. The state said it would appeal. The secretary said the court erred.",
			want: []who{
				{"Sen. Laura Finch", "Laura Finch", 1, false}, {"The senator", "Laura Finch", 1, false},
				{"Acting Police Chief Tom Hale", "Tom Hale", 2, false}, {"The chief", "Tom Hale", 2, false},
				{"Secretary of State Rosa Bell", "Rosa Bell", 3, false}, {"The state", "", 4, false},
				{"The secretary", "Rosa Bell", 3, false},
			},
		},
		{
			name: "a title with a rank before it, a plural, an unnamed source and a former title name nobody else",
			in:   "President Nina Cole spoke on Monday. Vice President Rosa Vance toured the plant. The president said the economy was strong. Police Chief Tom Hale said the suspect fled. The fire chief said the blaze was out. The chiefs said they would meet. Spokesman Dana Ortiz said the plant would close. The spokesman, who asked not to be named, said the talks failed. Former Gov. Ana Ruiz held a rally. The governor said the race was close. The former governor said it was not.",
			want: []who{
				{"The president", "Nina Cole", 1, false}, {"Police Chief Tom Hale", "Tom Hale", 2, false},
				{"The fire chief", "", 3, false}, {"The chiefs", "", 3, false},
				{"Spokesman Dana Ortiz", "Dana Ortiz", 4, false}, {"The spokesman", "", 5, true},
				{"The governor", "", 6, false}, {"The former governor", "Ana Ruiz", 7, false},
			},
		},
		{
			name: "a description by title with the title's first word or a party",
			in:   "Attorney General Ana Ruiz spoke. The attorney general said the case was closed. Police Chief Tom Hale said the suspect fled. The police chief said he was armed. Vice President Dana Ortiz toured the plant. The vice president said the plant was safe. Gov. Rosa Vance signed the bill. The Republican governor said it was fair.",
			want: []who{
				{"The attorney general", "Ana Ruiz", 1, false}, {"Police Chief Tom Hale", "Tom Hale", 2, false},
				{"The police chief", "Tom Hale", 2, false}, {"The vice president", "Dana Ortiz", 3, false},
				{"The Republican governor", "Rosa Vance", 4, false},
			},
		},
		{
			name: "it and its refer back to the organization named last",
			in:   "Acme Corp. fired 200 workers on Monday. It said the cuts were needed. The county board met on Tuesday. The board said the levy would pass. It also said the vote was close.",
			want: []who{
				{"It", "Acme Corp", 1, false}, {"The board", "", 2, false}, {"It", "", 2, false},
			},
		},
		{
			name: "it does not refer back to a surname that names no known person",
			in:   "The union said the strike would go on. Ortiz said the union was wrong. It said talks would resume Monday.",
			want: []who{{"The union", "", 1, false}, {"Ortiz", "Ortiz", 2, false}, {"It", "", 1, false}},
		},
		{
			name: "a name with a generation's suffix before the cue",
			in:   "Tom R. Hale Jr. said the plan failed. Hale said it again.",
			want: []who{{"Tom R. Hale Jr.", "Tom R. Hale", 1, false}, {"Hale", "Tom R. Hale", 1, false}},
		},
		{
			name: "a body's name keeps its of",
			in:   "The Charlotte Chamber of Commerce said the deal would bring jobs.",
			want: []who{{"The Charlotte Chamber of Commerce", "Charlotte Chamber of Commerce", 1, false}},
		},
		{
			name: "a person's name ends before of and a place",
			in:   "“Maybe,” said Rep. Ann Lee of Ohio.",
			want: []who{{"Rep. Ann Lee of Ohio", "Ann Lee", 1, false}},
		},
		{
			name: "an indefinite pronoun that starts the sentence before a name",
			in:   "Nothing Ana Ruiz said was true. “We will win,” Ruiz said.",
			want: []who{{"Ruiz", "Ana Ruiz", 1, false}},
		},
		{
			name: "a name in apposition inside a whose clause",
			in:   "Ana Ruiz, whose hometown, Ames, is projected to flood, argues that the plan will fail.",
			want: []who{{"Ana Ruiz", "Ana Ruiz", 1, false}},
		},
		{
			name: "across paragraphs",
			in:   "Defense Secretary Mark Esper arrived in Kabul on Monday.\n\n“The only solution is a political agreement,” Esper said.\n\nHe said he is consulting with other members of NATO.",
			want: []who{{"Esper", "Mark Esper", 1, false}, {"He", "Mark Esper", 1, false}},
		},
		{
			name: "across an article",
			in:   "Defense Secretary Mark Esper arrived in Kabul on Monday.\n\nThe Pentagon said the visit was planned.\n\nThe streets were quiet and the shops were closed.\n\n“We are here to listen,” Esper said.",
			want: []who{{"The Pentagon", "Pentagon", 1, false}, {"Esper", "Mark Esper", 2, false}},
		},
		{
			name: "he skips a place",
			in:   "Senator Tom Hale spoke at a town hall in Lyle, Oregon on Sunday. He said the tax was too high.",
			want: []who{{"He", "Tom Hale", 1, false}},
		},
		{
			name: "a person after from is no place",
			in:   "A letter from Maria Alvarez arrived Tuesday. Alvarez said the plan was fair.",
			want: []who{{"Alvarez", "Maria Alvarez", 1, false}},
		},
		{
			name: "he skips a woman by honorific",
			in:   "Mr. Lee and Mrs. Grant met on Tuesday. He said the plan would work.",
			want: []who{{"He", "Lee", 1, false}},
		},
		{
			name: "she skips a man by honorific",
			in:   "Mrs. Grant and Mr. Lee met on Tuesday. She said the plan would fail.",
			want: []who{{"She", "Grant", 1, false}},
		},
		{
			name: "she skips a man by first name",
			in:   "Maria Lopez and John Parker met on Tuesday. She said the plan would fail.",
			want: []who{{"She", "Maria Lopez", 1, false}},
		},
		{
			name: "he skips a woman by first name",
			in:   "John Parker and Maria Lopez met on Tuesday. He said the plan would work.",
			want: []who{{"He", "John Parker", 1, false}},
		},
		{
			name: "ids in order of first speaker",
			in:   "Senator Walter Graybill and Margaret Holloway attended the briefing. Holloway said the tests were real. Graybill said the sanctions had failed. Holloway said the tests would go on.",
			want: []who{
				{"Holloway", "Margaret Holloway", 1, false},
				{"Graybill", "Walter Graybill", 2, false},
				{"Holloway", "Margaret Holloway", 1, false},
			},
		},
		{
			name: "the official who briefed on condition of anonymity",
			in:   "A U.S. defense official cautioned that attacks would continue.\n\nThe official, who briefed reporters on condition of anonymity, also said the Navy would stay in the gulf.",
			want: []who{{"A U.S. defense official", "", 1, true}, {"The official", "", 1, true}},
		},
		{
			name: "a senior official",
			in:   "A senior official said the talks had stalled.",
			want: []who{{"A senior official", "", 1, true}},
		},
		{
			name: "not authorized to speak publicly",
			in:   "An aide, who was not authorized to speak publicly, said the deal was off.",
			want: []who{{"An aide", "", 1, true}},
		},
		{
			name: "the official added refers back",
			in:   "A senior official said the talks had stalled. The official added that the talks would resume in the spring.",
			want: []who{{"A senior official", "", 1, true}, {"The official", "", 1, true}},
		},
		{
			name: "the official added in the next paragraph",
			in:   "A senior official said the talks had stalled.\n\nThe official added that the talks would resume in the spring.",
			want: []who{{"A senior official", "", 1, true}, {"The official", "", 1, true}},
		},
		{
			name: "company statement is on the record",
			in:   "The company said in a statement that it would appeal.",
			want: []who{{"The company", "", 1, false}},
		},
		{
			name: "police are on the record",
			in:   "Police said the driver fled the scene.",
			want: []who{{"Police", "", 1, false}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Extract(tc.in)
			if diff := cmp.Diff(tc.want, whos(got)); diff != "" {
				t.Errorf("Extract(%q) speakers mismatch (-want +got):\n%s", tc.in, diff)
			}
			for _, p := range quoteInvariants(tc.in, got) {
				t.Error(p)
			}
		})
	}
}

// hardCases are required behaviours that each need a rule of their own:
// elisions inside single marks, interrupted reports, relative clauses
// without commas, titles of several words, anonymous sources whose phrase
// runs on past a preposition.
var hardCases = []struct {
	name string
	in   string
	want any
	got  func(string) any
}{
	{
		name: "quotation/rock n roll inside single marks",
		in:   "‘Rock ’n’ roll never dies,’ he said.",
		want: []string{"‘Rock ’n’ roll never dies,’"},
		got:  func(s string) any { return quotationTexts(s) },
	},
	{
		name: "quotation/low single after a comma",
		in:   "Sie sagte: ‚Wir sind bereit,‘ und ging.",
		want: []string{"‚Wir sind bereit,‘"},
		got:  func(s string) any { return quotationTexts(s) },
	},
	{
		name: "direct/as X put it",
		in:   "As Fischer put it, “Nobody reads the fine print.”",
		want: []view{{Kind: "direct", Speaker: "Fischer", Name: "Fischer", Cue: "put it",
			Text: "“Nobody reads the fine print.”"}},
		got: func(s string) any { return views(Extract(s)) },
	},
	{
		name: "floating/same paragraph",
		in:   "“We will not back down,” Mayor Ana Ruiz said. “Not now, not ever.”",
		want: []view{
			{Kind: "direct", Speaker: "Mayor Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "“We will not back down,”"},
			{Kind: "direct", Speaker: "Mayor Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Inherited: true, Text: "“Not now, not ever.”"},
		},
		got: func(s string) any { return views(Extract(s)) },
	},
	{
		name: "several speakers/two direct quotes in one paragraph",
		in:   "“The roads are closed,” Sheriff Dale Moss said. “Shelters are open,” Mayor Ana Ruiz said.",
		want: []view{
			{Kind: "direct", Speaker: "Sheriff Dale Moss", Name: "Dale Moss", Cue: "said", Text: "“The roads are closed,”"},
			{Kind: "direct", Speaker: "Mayor Ana Ruiz", Name: "Ana Ruiz", Cue: "said", Text: "“Shelters are open,”"},
		},
		got: func(s string) any { return views(Extract(s)) },
	},
	{
		name: "indirect/cautioned that with an inserted phrase",
		in:   "A U.S. defense official cautioned that, even with an agreement, attacks would continue.",
		want: []view{{Kind: "indirect", Speaker: "A U.S. defense official", Anon: true, Cue: "cautioned",
			Text: "even with an agreement, attacks would continue"}},
		got: func(s string) any { return views(Extract(s)) },
	},
	{
		name: "indirect/inserted phrase with a participle",
		in:   "A county official cautioned that, even with crews pledging to work through the night, the roads would stay closed.",
		want: []view{{Kind: "indirect", Speaker: "A county official", Anon: true, Cue: "cautioned",
			Text: "even with crews pledging to work through the night, the roads would stay closed"}},
		got: func(s string) any { return views(Extract(s)) },
	},
	{
		name: "indirect/second report after and",
		in:   "The mayor said the budget was balanced and warned that taxes could rise.",
		want: []view{
			{Kind: "indirect", Speaker: "The mayor", Cue: "said", Text: "the budget was balanced"},
			{Kind: "indirect", Speaker: "The mayor", Cue: "warned", Text: "taxes could rise"},
		},
		got: func(s string) any { return views(Extract(s)) },
	},
	{
		name: "direct/question with its attribution in the next sentence",
		in:   "“Does anybody here know the plan?” Graham asked.",
		want: []view{{Kind: "direct", Speaker: "Graham", Name: "Graham", Cue: "asked",
			Text: "“Does anybody here know the plan?”"}},
		got: func(s string) any { return views(Extract(s)) },
	},
	{
		name: "not reported/title after a possessive",
		in:   "In an interview on WHBR's “Harbor Hour,” the senator said the bill would pass.",
		want: []view{{Kind: "indirect", Speaker: "the senator", Cue: "said", Text: "the bill would pass"}},
		got:  func(s string) any { return views(Extract(s)) },
	},
	{
		name: "indirect/as the paper reported",
		in:   "As the Tribune reported, the plant will close in March.",
		want: []view{{Kind: "indirect", Speaker: "the Tribune", Name: "Tribune", Cue: "reported", Text: "the plant will close in March"}},
		got:  func(s string) any { return views(Extract(s)) },
	},
	{
		name: "indirect/according to without a comma",
		in:   "Turnout fell by a third according to the county clerk.",
		want: []view{{Kind: "indirect", Speaker: "the county clerk", Cue: "according to", Text: "Turnout fell by a third"}},
		got:  func(s string) any { return views(Extract(s)) },
	},
	{
		name: "indirect/claim carried by a noun",
		in:   "Critics mocked the mayor’s claim that the bridge would open on time.",
		want: []view{{Kind: "indirect", Speaker: "the mayor’s", Cue: "claim", Text: "the bridge would open on time"}},
		got:  func(s string) any { return views(Extract(s)) },
	},
	{
		name: "indirect/coordinated verb takes the subject",
		in:   "Ortiz thanked the crews and added that power would be back by Friday.",
		want: []view{{Kind: "indirect", Speaker: "Ortiz", Name: "Ortiz", Cue: "added", Text: "power would be back by Friday"}},
		got:  func(s string) any { return views(Extract(s)) },
	},
	{
		name: "indirect/participle takes the speaker of the quotation",
		in:   "“We are not done,” Ortiz said, suggesting the repairs would take weeks.",
		want: []view{
			{Kind: "direct", Speaker: "Ortiz", Name: "Ortiz", Cue: "said", Text: "“We are not done,”"},
			{Kind: "indirect", Speaker: "Ortiz", Name: "Ortiz", Cue: "suggesting", Text: "the repairs would take weeks"},
		},
		got: func(s string) any { return views(Extract(s)) },
	},
	{
		name: "indirect/pointed out",
		in:   "The auditor pointed out that the fund had never been audited.",
		want: []view{{Kind: "indirect", Speaker: "The auditor", Cue: "pointed out", Text: "the fund had never been audited"}},
		got:  func(s string) any { return views(Extract(s)) },
	},
	{
		name: "direct/transcript",
		in:   "HOLT: Why do you want the job?\n\nREYES: Because the city needs it.",
		want: []view{
			{Kind: "direct", Speaker: "HOLT", Name: "HOLT", Cue: ":", Text: "Why do you want the job?"},
			{Kind: "direct", Speaker: "REYES", Name: "REYES", Cue: ":", Text: "Because the city needs it"},
		},
		got: func(s string) any { return views(Extract(s)) },
	},
	{
		name: "direct/transcript after a colon that introduces it",
		in:   "Partial transcript as follows:\n\n\"HOLT: Why now?\n\n\"REYES: Because the city needs it.",
		want: []view{
			{Kind: "direct", Speaker: "HOLT", Name: "HOLT", Cue: ":", Text: "Why now?"},
			{Kind: "direct", Speaker: "REYES", Name: "REYES", Cue: ":", Text: "Because the city needs it."},
		},
		got: func(s string) any { return views(Extract(s)) },
	},
	{
		name: "direct/names and colons before quotations one after another",
		in:   "The two disagree.\n\nRuiz: “The pier stays open.” Hale: “It closes in May.”\n\nAna Ruiz: ‘No Way’ Will the Pier Close",
		want: []view{
			{Kind: "direct", Speaker: "Ruiz", Name: "Ruiz", Cue: ":", Text: "“The pier stays open.”"},
			{Kind: "direct", Speaker: "Hale", Name: "Hale", Cue: ":", Text: "“It closes in May.”"},
			{Kind: "direct", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: ":", Text: "‘No Way’ Will the Pier Close"},
		},
		got: func(s string) any { return views(Extract(s)) },
	},
	{
		name: "direct/a transcript's lines after the names of people named before",
		in:   "Ana Ruiz and Tom Hale spoke on the radio on Monday.\n\nRuiz: Well, the pier is safe.\n\nHale: I was never told that.\n\nTheir plans for the fall:\n\nRuiz: Win the county.\n\nHale: 1,204 votes.\n\nOrtiz: The pier is safe.",
		want: []view{
			{Kind: "direct", Speaker: "Ruiz", Name: "Ana Ruiz", Cue: ":", Text: "Well, the pier is safe"},
			{Kind: "direct", Speaker: "Hale", Name: "Tom Hale", Cue: ":", Text: "I was never told that"},
		},
		got: func(s string) any { return views(Extract(s)) },
	},
	{
		name: "not reported/interview labels",
		in:   "Q: Why do you want the job?\n\nA: Because the city needs it.\n\nQ: “Will you run again?”",
		want: []view(nil),
		got:  func(s string) any { return views(Extract(s)) },
	},
	{
		name: "mixed/quoted words that run on into a noun",
		in:   "Ruiz said the vote was a way to head off “more extreme” protest plans.",
		want: []view{{Kind: "mixed", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "the vote was a way to head off “more extreme” protest plans"}},
		got:  func(s string) any { return views(Extract(s)) },
	},
	{
		name: "not reported/a passive with an adverb",
		in:   "Customers were mistakenly charged fees they never agreed to.",
		want: []view(nil),
		got:  func(s string) any { return views(Extract(s)) },
	},
	{
		name: "mixed/a noun phrase after quoted words names no speaker",
		in:   "Ana Ruiz is describing as “reckless” a Tom Hale tweet attacking the mayor.",
		want: []view{{Kind: "mixed", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "is describing", Text: "as “reckless” a Tom Hale tweet attacking the mayor"}},
		got:  func(s string) any { return views(Extract(s)) },
	},
	{
		name: "not reported/state as a noun",
		in:   "Ohio is the fifth state that Ruiz is suing. Voters in swing states that Hale won will vote early. New York state that year cut funds.",
		want: []view(nil),
		got:  func(s string) any { return views(Extract(s)) },
	},
	{
		name: "indirect/states as a verb",
		in:   "The company states on its website that it sells no data. Byrne — who worked at the door for years — states that the detail was a punishment. “No refunds will be issued,” states the notice.",
		want: []view{
			{Kind: "indirect", Speaker: "The company", Cue: "states", Text: "it sells no data"},
			{Kind: "indirect", Speaker: "Byrne", Name: "Byrne", Cue: "states", Text: "the detail was a punishment"},
			{Kind: "direct", Speaker: "the notice", Cue: "states", Text: "“No refunds will be issued,”"},
		},
		got: func(s string) any { return views(Extract(s)) },
	},
	{
		name: "not reported/called off",
		in:   "The union called off the strike on Sunday.",
		want: []view(nil),
		got:  func(s string) any { return views(Extract(s)) },
	},
	{
		name: "not reported/asked not to be named",
		in:   "The plan was approved, according to two officials, who asked not to be named.",
		want: []view{{Kind: "indirect", Speaker: "two officials", Anon: true, Cue: "according to", Text: "The plan was approved"}},
		got:  func(s string) any { return views(Extract(s)) },
	},
	{
		name: "indirect/a question put by nobody named",
		in:   "When asked whether he would run again, Ortiz said he had not decided.",
		want: []view{
			{Kind: "indirect", Cue: "asked", Text: "whether he would run again"},
			{Kind: "indirect", Speaker: "Ortiz", Name: "Ortiz", Cue: "said", Text: "he had not decided"},
		},
		got: func(s string) any { return views(Extract(s)) },
	},
	{
		name: "indirect/a question put by a host",
		in:   "Ortiz was asked by host Dana Reyes whether the plan would survive.",
		want: []view{{Kind: "indirect", Speaker: "host Dana Reyes", Name: "Dana Reyes", Cue: "was asked", Text: "whether the plan would survive"}},
		got:  func(s string) any { return views(Extract(s)) },
	},
	{
		name: "indirect/a request put to the subject, by nobody named",
		in:   "Ana Ruiz was asked to name one bill she had passed, and she has been asked to release the letters.",
		want: []view{
			{Kind: "indirect", Cue: "was asked", Text: "to name one bill she had passed"},
			{Kind: "indirect", Cue: "has been asked", Text: "to release the letters"},
		},
		got: func(s string) any { return views(Extract(s)) },
	},
	{
		name: "indirect/subject before a dash-delimited insertion",
		in:   "The judge -- who has sparred with the mayor for months -- said she regretted her remarks.",
		want: []view{{Kind: "indirect", Speaker: "The judge", Cue: "said", Text: "she regretted her remarks"}},
		got:  func(s string) any { return views(Extract(s)) },
	},
	{
		name: "indirect/one-word aside",
		in:   "Ortiz, though, said he would vote for the plan.",
		want: []view{{Kind: "indirect", Speaker: "Ortiz", Name: "Ortiz", Cue: "said", Text: "he would vote for the plan"}},
		got:  func(s string) any { return views(Extract(s)) },
	},
	{
		name: "indirect/a poll's share as speaker",
		in:   "Among likely voters, 47% say the city is on the wrong track.",
		want: []view{{Kind: "indirect", Speaker: "47%", Cue: "say", Text: "the city is on the wrong track"}},
		got:  func(s string) any { return views(Extract(s)) },
	},
	{
		name: "indirect/urged someone to act",
		in:   "The mayor urged residents to stay indoors.",
		want: []view{{Kind: "indirect", Speaker: "The mayor", Cue: "urged", Text: "residents to stay indoors"}},
		got:  func(s string) any { return views(Extract(s)) },
	},
	{
		name: "indirect/calling them names",
		in:   "The governor attacked the protesters, calling them vandals.",
		want: []view{{Kind: "indirect", Speaker: "The governor", Cue: "calling", Text: "them vandals"}},
		got:  func(s string) any { return views(Extract(s)) },
	},
	{
		name: "direct/a colon hands the quotation to the subject",
		in:   "The coach turned to the crowd again: “We are not finished.”",
		want: []view{{Kind: "direct", Speaker: "The coach", Cue: ":", Text: "“We are not finished.”"}},
		got:  func(s string) any { return views(Extract(s)) },
	},
	{
		name: "indirect/a company speaks as it",
		in:   "It said the recall would cover every model sold since 2019.",
		want: []view{{Kind: "indirect", Speaker: "It", Cue: "said", Text: "the recall would cover every model sold since 2019"}},
		got:  func(s string) any { return views(Extract(s)) },
	},
	{
		name: "direct/sign-offs after quotations opened with a reversed mark",
		in:   "”We deserve better.” ― Ana Ruiz\n“Vote them out.”― Luis Ortega",
		want: []view{
			{Kind: "direct", Speaker: "Ana Ruiz", Name: "Ana Ruiz", Cue: "―", Text: "”We deserve better.”"},
			{Kind: "direct", Speaker: "Luis Ortega", Name: "Luis Ortega", Cue: "―", Text: "“Vote them out.”"},
		},
		got: func(s string) any { return views(Extract(s)) },
	},
	{
		name: "quotation/curly double marks nested in curly double marks",
		in:   "“I would rather fish in what he calls “hell” than anywhere else,” Ruiz said.",
		want: []view{{Kind: "direct", Speaker: "Ruiz", Name: "Ruiz", Cue: "said", Text: "“I would rather fish in what he calls “hell” than anywhere else,”"}},
		got:  func(s string) any { return views(Extract(s)) },
	},
	{
		name: "indirect/says name with appositive after",
		in:   "Cities will need to rethink their parks, says Nadia Petrov, an architect in Ohio.",
		want: []view{{Kind: "indirect", Speaker: "Nadia Petrov, an architect in Ohio", Name: "Nadia Petrov", Cue: "says",
			Text: "Cities will need to rethink their parks"}},
		got: func(s string) any { return views(Extract(s)) },
	},
	{
		name: "indirect/interrupted",
		in:   "The strike, union officials said, will continue until the contract is signed.",
		want: []view{{Kind: "indirect", Speaker: "union officials", Anon: true, Cue: "said",
			Text:  "The strike, union officials said, will continue until the contract is signed",
			Parts: []string{"The strike", "will continue until the contract is signed"}}},
		got: func(s string) any { return views(Extract(s)) },
	},
	{
		name: "indirect/subordinate clause between subject and cue",
		in:   "Marlow, after the audit came out in March, initially said that no money was missing.",
		want: []view{{Kind: "indirect", Speaker: "Marlow", Name: "Marlow", Cue: "initially said",
			Text: "no money was missing"}},
		got: func(s string) any { return views(Extract(s)) },
	},
	{
		name: "indirect/second verb after a time opening with no comma",
		in:   "A few minutes later the clerks reopened the doors and said they would count every ballot.",
		want: []view{{Kind: "indirect", Speaker: "the clerks", Cue: "said",
			Text: "they would count every ballot"}},
		got: func(s string) any { return views(Extract(s)) },
	},
	{
		name: "indirect/interrupted before because",
		in:   "The effects are hard to gauge, many sailors say, because there is little data.",
		want: []view{{Kind: "indirect", Speaker: "many sailors", Cue: "say",
			Text:  "The effects are hard to gauge, many sailors say, because there is little data",
			Parts: []string{"The effects are hard to gauge", "because there is little data"}}},
		got: func(s string) any { return views(Extract(s)) },
	},
	{
		name: "indirect/second verb after a comma and then",
		in:   "Okafor offered the boy a ride, then said he would welcome advice from anyone.",
		want: []view{{Kind: "indirect", Speaker: "Okafor", Name: "Okafor", Cue: "then said",
			Text: "he would welcome advice from anyone"}},
		got: func(s string) any { return views(Extract(s)) },
	},
	{
		name: "indirect/second verb after a possessive subject",
		in:   "Norway's state-owned oil giant Equinor runs a field off the coast and says it has set up a fund.",
		want: []view{{Kind: "indirect", Speaker: "Norway's state-owned oil giant Equinor", Name: "Equinor", Cue: "says",
			Text: "it has set up a fund"}},
		got: func(s string) any { return views(Extract(s)) },
	},
	{
		name: "indirect/contracted pronoun and cue",
		in:   "He's said he gets his recipes for bread from an old diary.",
		want: []view{{Kind: "indirect", Speaker: "He", Cue: "'s said",
			Text: "he gets his recipes for bread from an old diary"}},
		got: func(s string) any { return views(Extract(s)) },
	},
	{
		name: "indirect/participle after an opening adverb",
		in:   "However, the mayor held her fire on Ortiz, saying he had worked hard.",
		want: []view{{Kind: "indirect", Speaker: "the mayor", Cue: "saying",
			Text: "he had worked hard"}},
		got: func(s string) any { return views(Extract(s)) },
	},
	{
		name: "indirect/interrupted before an infinitive",
		in:   "It is her duty, the auditor said, to warn the council about the debt.",
		want: []view{{Kind: "indirect", Speaker: "the auditor", Cue: "said",
			Text:  "It is her duty, the auditor said, to warn the council about the debt",
			Parts: []string{"It is her duty", "to warn the council about the debt"}}},
		got: func(s string) any { return views(Extract(s)) },
	},
	{
		name: "indirect/reported clause starting with no",
		in:   "The official added that no date had been set.",
		want: []view{{Kind: "indirect", Speaker: "The official", Anon: true, Cue: "added",
			Text: "no date had been set"}},
		got: func(s string) any { return views(Extract(s)) },
	},
	{
		name: "entity/title of two words",
		in:   "According to Fire Chief Irene Park, the blaze started in the kitchen.",
		want: []who{{"Fire Chief Irene Park", "Irene Park", 1, false}},
		got:  func(s string) any { return whos(Extract(s)) },
	},
	{
		name: "anonymous/people familiar with the matter",
		in:   "Two people familiar with the matter said the deal was off.",
		want: []who{{"Two people familiar with the matter", "", 1, true}},
		got:  func(s string) any { return whos(Extract(s)) },
	},
	{
		name: "description/agent after a participle",
		in:   "Families of those affected by the floods urged the governor to resign.",
		want: []who{{"Families of those affected by the floods", "", 1, false}},
		got:  func(s string) any { return whos(Extract(s)) },
	},
	{
		name: "description/author of a report",
		in:   "A report by the state auditor said the fund lost money.",
		want: []who{{"A report by the state auditor", "", 1, false}},
		got:  func(s string) any { return whos(Extract(s)) },
	},
	{
		name: "description/participle set off by commas",
		in:   "The website, run by Ana Ruiz, a professor at the state university, said the count was low.",
		want: []who{{"The website", "", 1, false}},
		got:  func(s string) any { return whos(Extract(s)) },
	},
	{
		name: "anonymous/sources",
		in:   "Sources said the deal was off.",
		want: []who{{"Sources", "", 1, true}},
		got:  func(s string) any { return whos(Extract(s)) },
	},
	{
		name: "anonymous/aide who was not authorized without commas",
		in:   "An aide who was not authorized to speak publicly said the deal was off.",
		want: []who{{"An aide", "", 1, true}},
		got:  func(s string) any { return whos(Extract(s)) },
	},
	{
		name: "entity/a role in lower case inside the mention",
		in:   "“We won,” county clerk Ann Lee said. Harbor Authority economist Tom Hale said the pier was safe. Lee added that the count was fair.",
		want: []who{{"county clerk Ann Lee", "Ann Lee", 1, false}, {"Harbor Authority economist Tom Hale", "Tom Hale", 2, false}, {"Lee", "Ann Lee", 1, false}},
		got:  func(s string) any { return whos(Extract(s)) },
	},
	{
		name: "entity/an adverb that starts the sentence is no part of the name",
		in:   "Then Ana Ruiz said the levee would hold. Now Tom Hale says it will not.",
		want: []who{{"Ana Ruiz", "Ana Ruiz", 1, false}, {"Tom Hale", "Tom Hale", 2, false}},
		got:  func(s string) any { return whos(Extract(s)) },
	},
	{
		name: "entity/near misses of this stop's rules: a title's surname after a rank, a first name that is a modal, a verb before a role",
		in:   "Police Chief King said the road was closed. “We are ready,” King said.\n\nAnn Moss spoke on Monday.\n\nWill Moss, her son, spoke next. “We will win,” Moss said.\n\nTom Hale thanked former aide Bob Lee. He said the race was close.",
		want: []who{
			{"Police Chief King", "King", 1, false}, {"King", "King", 1, false},
			{"Moss", "Will Moss", 2, false},
			{"He", "Tom Hale", 3, false},
		},
		got: func(s string) any { return whos(Extract(s)) },
	},
	{
		name: "entity/a pronoun subject keeps a pronoun of the other gender from the person it stood for",
		in:   "Tom Hale met Dr. Ruiz on Monday. She praised the plan. “It works,” he said.\n\nAna Cole met Dr. Moss on Monday. He praised the plan. “It works,” she said.",
		want: []who{{"he", "Tom Hale", 1, false}, {"she", "Ana Cole", 2, false}},
		got:  func(s string) any { return whos(Extract(s)) },
	},
	{
		name: "entity/a body's name before a person's role and name modifies them",
		in:   "The levy will pass, said Harbor State University political science professor Ana Ruiz. “It is close,” said former Hale adviser Tom Cole.",
		want: []who{{"Harbor State University political science professor Ana Ruiz", "Ana Ruiz", 1, false}, {"former Hale adviser Tom Cole", "Tom Cole", 2, false}},
		got:  func(s string) any { return whos(Extract(s)) },
	},
	{
		name: "entity/a mention does not reach back over the end of a heading or a list item, but goes on over a wrapped line",
		in:   "Ten things we learned\n10\nAna Ruiz said the levee would hold.\nPolls on Tuesday\nTom Hale said it will not.\nThe budget was discussed at length on Monday, and Mayor Kate\nCole said it was short.",
		want: []who{{"Ana Ruiz", "Ana Ruiz", 1, false}, {"Tom Hale", "Tom Hale", 2, false}, {"Mayor Kate\nCole", "Kate Cole", 3, false}},
		got:  func(s string) any { return whos(Extract(s)) },
	},
	{
		name: "anonymous/a description set off beside a person's name describes that person",
		in:   "Tom Hale, an official at the Harbor Port Authority, which runs the docks, said the pier was safe. One of the men, Ana Ruiz, 70, had served in the Navy and said the pier was safe. The pier, officials said, was safe.",
		want: []who{{"Tom Hale", "Tom Hale", 1, false}, {"One of the men", "", 2, false}, {"officials", "", 3, true}},
		got:  func(s string) any { return whos(Extract(s)) },
	},
	{
		name: "anonymous/a person of a kind, in the singular after a or one, or people a source knows",
		in:   "“We are late,” said another user, Ana Ruiz. One Ohio Democrat said the levy would pass. “It is over,” a friend of the mayor said. Several friends said she would run. Voters said the levy was fine. A spokesman for the mayor said the vote was set.",
		want: []who{{"another user, Ana Ruiz", "Ana Ruiz", 1, false}, {"One Ohio Democrat", "", 2, true}, {"a friend of the mayor", "", 3, true}, {"Several friends", "", 4, true}, {"Voters", "", 5, false}, {"A spokesman for the mayor", "", 6, false}},
		got:  func(s string) any { return whos(Extract(s)) },
	},
	{
		name: "anonymous/a name with a title set off after a description names that person",
		in:   "Another Democrat, Sen. Ana Ruiz, said the levy would pass. One Republican, Gov. Tom Hale, said it would fail.",
		want: []who{{"Another Democrat, Sen. Ana Ruiz", "Ana Ruiz", 1, false}, {"One Republican, Gov. Tom Hale", "Tom Hale", 2, false}},
		got:  func(s string) any { return whos(Extract(s)) },
	},
	{
		name: "anonymous/people briefed on or involved in what they tell of",
		in:   "People briefed on the talks said the deal was off. One Democrat involved in the budget talks said the vote would wait.",
		want: []who{{"People briefed on the talks", "", 1, true}, {"One Democrat involved in the budget talks", "", 2, true}},
		got:  func(s string) any { return whos(Extract(s)) },
	},
	{
		name: "anonymous/a definite description that resolves to no one, with no person named just before",
		in:   "One man in the crowd shouted at the mayor. “We are broke,” the man said.\n\nTom Hale spoke first. “It is late,” said the former aide.\n\n“The dam will hold,” Ana Ruiz said. The aide also said the river was low.\n\nThe company's chief executive said the plant would close.",
		want: []who{{"the man", "", 1, true}, {"the former aide", "", 2, false}, {"Ana Ruiz", "Ana Ruiz", 3, false}, {"The aide", "", 2, false}, {"The company's chief executive", "", 4, false}},
		got:  func(s string) any { return whos(Extract(s)) },
	},
	{
		name: "anonymous/inverted with relative clause",
		in:   "The deal was off, said an aide who was not authorized to speak publicly.",
		want: []who{{"an aide", "", 1, true}},
		got:  func(s string) any { return whos(Extract(s)) },
	},
}

func TestHardCases(t *testing.T) {
	for _, tc := range hardCases {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tc.got(tc.in)); diff != "" {
				t.Errorf("input %q mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// runeStarts returns the offsets where a rune starts when text is decoded
// as the extractor decodes it, invalid bytes one at a time, plus len(text).
func runeStarts(text string) map[int]bool {
	m := make(map[int]bool, len(text)+1)
	for i := 0; i < len(text); {
		m[i] = true
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	m[len(text)] = true
	return m
}

// spanProblem describes what is wrong with span s of text, or returns "".
func spanProblem(text string, starts map[int]bool, s Span, what string) string {
	switch {
	case s.Start < 0 || s.End > len(text) || s.Start > s.End:
		return fmt.Sprintf("%s %v out of bounds [0, %d]", what, s, len(text))
	case !starts[s.Start] || !starts[s.End]:
		return fmt.Sprintf("%s %v not on rune starts", what, s)
	}
	return ""
}

// quoteInvariants returns the ways qs, extracted from text, break the
// promises of the Quote type.
// checkExtraction reports every broken invariant of the quotes got from
// text and of its quotation scan, and any difference in a second run.
func checkExtraction(t *testing.T, text string, got []Quote) {
	t.Helper()
	for _, p := range quoteInvariants(text, got) {
		t.Error(p)
	}
	for _, p := range quotationInvariants(text) {
		t.Error(p)
	}
	if diff := cmp.Diff(got, Extract(text)); diff != "" {
		t.Errorf("second run differs (-first +second):\n%s", diff)
	}
}

func quoteInvariants(text string, qs []Quote) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	starts := runeStarts(text)
	for i, q := range qs {
		if p := spanProblem(text, starts, q.Span, fmt.Sprintf("quote %d span", i)); p != "" {
			bad("%s", p)
			continue
		}
		if q.Span.Len() == 0 {
			bad("quote %d: empty span %v", i, q.Span)
		}
		if q.Text != text[q.Span.Start:q.Span.End] {
			bad("quote %d: Text %q is not the text of its span %v", i, q.Text, q.Span)
		}
		if i > 0 && qs[i-1].Span.Start > q.Span.Start {
			bad("quote %d starts at %d, before quote %d at %d", i, q.Span.Start, i-1, qs[i-1].Span.Start)
		}
		if q.Kind != Direct && q.Kind != Mixed && q.Kind != Indirect {
			bad("quote %d: kind %d", i, q.Kind)
		}
		if math.IsNaN(q.Confidence) || q.Confidence < 0 || q.Confidence > 1 {
			bad("quote %d: confidence %v outside [0, 1]", i, q.Confidence)
		}
		if len(q.Parts) == 0 {
			bad("quote %d: no parts", i)
		} else {
			if q.Parts[0].Span.Start != q.Span.Start || q.Parts[len(q.Parts)-1].Span.End != q.Span.End {
				bad("quote %d: parts %v do not run from start to end of span %v", i, q.Parts, q.Span)
			}
		}
		for j, p := range q.Parts {
			if s := spanProblem(text, starts, p.Span, fmt.Sprintf("quote %d part %d", i, j)); s != "" {
				bad("%s", s)
				continue
			}
			if p.Span.Len() == 0 {
				bad("quote %d part %d: empty", i, j)
			}
			if p.Span.Start < q.Span.Start || p.Span.End > q.Span.End {
				bad("quote %d part %d %v outside span %v", i, j, p.Span, q.Span)
			}
			if p.Text != text[p.Span.Start:p.Span.End] {
				bad("quote %d part %d: Text %q is not the text of %v", i, j, p.Text, p.Span)
			}
			if j > 0 && q.Parts[j-1].Span.End > p.Span.Start {
				bad("quote %d: part %d %v overlaps or precedes part %d %v", i, j, p.Span, j-1, q.Parts[j-1].Span)
			}
		}
		if q.Cue.Span.IsZero() {
			if q.Cue.Text != "" || q.Cue.Lemma != "" {
				bad("quote %d: absent cue with text %q lemma %q", i, q.Cue.Text, q.Cue.Lemma)
			}
		} else if s := spanProblem(text, starts, q.Cue.Span, fmt.Sprintf("quote %d cue", i)); s != "" {
			bad("%s", s)
		} else {
			if q.Cue.Text != text[q.Cue.Span.Start:q.Cue.Span.End] {
				bad("quote %d: cue Text %q is not the text of %v", i, q.Cue.Text, q.Cue.Span)
			}
			if q.Cue.Lemma == "" {
				bad("quote %d: cue %q without lemma", i, q.Cue.Text)
			}
			// The cue shares no byte with the speaker or the content.
			c := q.Cue.Span
			if sp := q.Speaker.Span; !sp.IsZero() && sp.Start < c.End && c.Start < sp.End {
				bad("quote %d: cue %q %v overlaps speaker %q %v", i, q.Cue.Text, c, q.Speaker.Text, sp)
			}
			for j, p := range q.Parts {
				if p.Span.Start < c.End && c.Start < p.Span.End {
					bad("quote %d: cue %q %v overlaps part %d %v", i, q.Cue.Text, c, j, p.Span)
				}
			}
		}
		if q.Speaker.Span.IsZero() {
			if q.Speaker.Text != "" || q.Speaker.Entity != 0 || q.Speaker.Name != "" {
				bad("quote %d: absent speaker with %+v", i, q.Speaker)
			}
		} else if s := spanProblem(text, starts, q.Speaker.Span, fmt.Sprintf("quote %d speaker", i)); s != "" {
			bad("%s", s)
		} else {
			if q.Speaker.Text != text[q.Speaker.Span.Start:q.Speaker.Span.End] {
				bad("quote %d: speaker Text %q is not the text of %v", i, q.Speaker.Text, q.Speaker.Span)
			}
			if q.Speaker.Entity < 1 {
				bad("quote %d: speaker %q with entity %d", i, q.Speaker.Text, q.Speaker.Entity)
			}
			if q.Speaker.Kind == 0 || q.Speaker.Kind.String() == "" {
				bad("quote %d: speaker %q with kind %d", i, q.Speaker.Text, q.Speaker.Kind)
			}
		}
	}
	return out
}

// quotationInvariants returns the ways the quotations of text break the
// promises of the Quotation type.
func quotationInvariants(text string) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	starts := runeStarts(text)
	prevEnd := 0
	i := 0
	for q := range Quotations(text) {
		if p := spanProblem(text, starts, q.Span, fmt.Sprintf("quotation %d span", i)); p != "" {
			bad("%s", p)
			i++
			continue
		}
		if q.Span.Len() == 0 {
			bad("quotation %d: empty span %v", i, q.Span)
		}
		if q.Span.Start < prevEnd {
			bad("quotation %d %v overlaps or precedes the one before, which ends at %d", i, q.Span, prevEnd)
		}
		prevEnd = q.Span.End
		if q.Nested < 0 {
			bad("quotation %d: Nested %d", i, q.Nested)
		}
		if len(q.Parts) == 0 {
			bad("quotation %d: no parts", i)
		} else if q.Parts[0].Start != q.Span.Start || q.Parts[len(q.Parts)-1].End != q.Span.End {
			bad("quotation %d: parts %v do not run from start to end of span %v", i, q.Parts, q.Span)
		}
		for j, p := range q.Parts {
			if s := spanProblem(text, starts, p, fmt.Sprintf("quotation %d part %d", i, j)); s != "" {
				bad("%s", s)
				continue
			}
			if p.Start < q.Span.Start || p.End > q.Span.End {
				bad("quotation %d part %d %v outside span %v", i, j, p, q.Span)
			}
			if j > 0 && q.Parts[j-1].End > p.Start {
				bad("quotation %d: part %d %v overlaps or precedes part %d %v", i, j, p, j-1, q.Parts[j-1])
			}
		}
		_ = q.Text(text) // must not panic
		i++
	}
	return out
}

// readTestdata returns the names and contents of testdata/*.txt.
func readTestdata(t testing.TB) (names []string, texts []string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no testdata/*.txt")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, strings.TrimSuffix(filepath.Base(f), ".txt"))
		texts = append(texts, string(b))
	}
	return names, texts
}

func TestInvariantsTestdata(t *testing.T) {
	names, texts := readTestdata(t)
	for i, name := range names {
		t.Run(name, func(t *testing.T) {
			text := texts[i]
			got := Extract(text)
			if len(got) == 0 {
				t.Errorf("no quotes in %s", name)
			}
			checkExtraction(t, text, got)
		})
	}
}

func TestRobustness(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"empty", ""},
		{"only opening marks", strings.Repeat("“", 1000)},
		{"only closing marks", strings.Repeat("”", 1000)},
		{"only single marks", strings.Repeat("‘’", 500)},
		{"alternating straight quotes", strings.Repeat(`"a" `, 500)},
		{"bare straight quotes", strings.Repeat(`"`, 1000)},
		{"said Smith repeated", strings.Repeat("said Smith ", 300)},
		{"said Smith with marks", strings.Repeat("“Yes,” said Smith. ", 200)},
		{"capitalized words", strings.Repeat("Alpha Beta Gamma Delta ", 250)},
		{"a name after a capitalized preposition", strings.Repeat("Beyond Meat said sales fell. ", 200)},
		{"plain words, no sentence end", strings.Repeat("and then the river rose ", 250)},
		{"pronouns after commas in one sentence", strings.Repeat("Ana Ruiz met Kate Moss, and he left, ", 200)},
		{"names, roles and clauses", strings.Repeat("Zorbek Hale said so. Top Hale aides met; said former Hale adviser Ana Ruiz, who marched and demanded that the levy go. It was revealed that costs rose. ", 30)},
		{"invalid UTF-8 between marks", "“\xff\xfe,” she said."},
		{"invalid UTF-8 everywhere", strings.Repeat("\xff“\xfe\x80”\xc3 said \xe2\x80 Smith.", 50)},
		{"truncated mark", "She said \xe2\x80 and “then\xe2\x80"},
		{"NUL bytes", "“We\x00 are\x00 ready,”\x00 she\x00 said.\x00"},
		{"only NUL", strings.Repeat("\x00", 100)},
		{"CRLF", "Defense Secretary Mark Esper arrived.\r\n\r\n“We are ready,” Esper said.\r\n\r\nHe said he is consulting with allies.\r\n"},
		{"lone CR", "Defense Secretary Mark Esper arrived.\r\r“We are ready,” Esper said.\rHe said he is consulting with allies.\r"},
		{"deep nesting", strings.Repeat("“‘«‹", 50) + "x" + strings.Repeat("›»’”", 50) + " she said."},
		{"mark at end", "She said “"},
		{"dash only sign-off", "“Yes.” —"},
		{"according to at end", "The plan failed, according to"},
		{"according to a name and a comma at end", "According to Ana Ruiz,"},
		{"cue at end", "“Yes,” said"},
		{"attribution and a comma at end", "The plan failed badly, Ruiz said,"},
		{"report ending in but", "He said he would go, but"},
		{"headline ending at a cue's object", "Residents asked Hale"},
		{"paragraph ending at a cue's object", "Fans urged the coach\n\nThe team lost again on Sunday."},
		{"according first after a dateline", "according to in —' told which ) — estimates"},
		{"many paragraphs", strings.Repeat("“A\n\n", 300)},
		{"appositives and relative clauses in one sentence", strings.Repeat("“Yes,” said Tom Hale, 61, of Dayton, Ohio, a lawyer who said the levy failed, ", 100)},
		{"runs of apostrophes", strings.Repeat("''We won,''' ", 200) + strings.Repeat("'", 1000)},
		{"reports before their cues in one sentence", strings.Repeat("the levy failed, Hale said, ", 200) + strings.Repeat("It is sad, Hale said, that it rose, ", 100)},
		{"a colon and a quotation in the parenthesis after a sign-off's name", "“The port is open.” — Ana Ruiz(: “Yes.”) " + `""—A(:")`},
		{"quotations that share a cue beside a long word or spaces", strings.Repeat("a", 2000) + " has said: " + strings.Repeat("“We won.” ", 100) + "Tom Hale called " + strings.Repeat("f", 2000) + " “No.” " + strings.Repeat("“We won.” ", 100) + "Tom Hale has" + strings.Repeat(" ", 2000) + "said: " + strings.Repeat("“We won.” ", 100)},
		{"participles and sources inside one sentence", strings.Repeat("Ana Ruiz, saying no, ", 200) + strings.Repeat("the levy failed, according to Tom Hale, the mayor, ", 100)},
		{"mixed reports in one sentence", strings.Repeat("Hale warned of a “ferocious” fight and boasted of a win, ", 300)},
		{"verbs joined to a report in one sentence", strings.Repeat("The mayor said the budget was balanced and warned that costs rose, ", 300)},
		{"verbs listed after a report in one sentence", strings.Repeat("Hale said the levy was fair, warned that the pier leaned, ", 300)},
		{"a judgment and a comma at end", "Hale called the fee unfair,"},
		{"objects called something in one sentence", strings.Repeat("Ana Ruiz called the fee for the moorings baseless and false, ", 100) + "Hale called the fee " + strings.Repeat("unfair, ", 300)},
		{"reports gone on to and views after to in one sentence", strings.Repeat("“Yes,” Hale said, going on to fault the plan, ", 200) + strings.Repeat("because to her, “no,” and as Ruiz noted, ", 200) + "to"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Extract(tc.in)
			for _, p := range quoteInvariants(tc.in, got) {
				t.Error(p)
			}
			for _, p := range quotationInvariants(tc.in) {
				t.Error(p)
			}
			if diff := cmp.Diff(got, Extract(tc.in)); diff != "" {
				t.Errorf("second run differs (-first +second):\n%s", diff)
			}
		})
	}
}

func TestCueLexicon(t *testing.T) {
	for form, v := range cueLexicon {
		if form == "" {
			t.Errorf("empty form maps to %q", v.lemma)
		}
		if form != strings.ToLower(form) {
			t.Errorf("form %q is not lower case", form)
		}
		if got := cueLexicon[v.lemma].lemma; got != v.lemma {
			t.Errorf("form %q has lemma %q, which maps to %q", form, v.lemma, got)
		}
	}
	seen := make(map[string]bool)
	for _, v := range reportingVerbs {
		if seen[v.lemma] {
			t.Errorf("lemma %q listed twice", v.lemma)
		}
		seen[v.lemma] = true
		if v.lemma != strings.ToLower(v.lemma) || v.lemma == "" {
			t.Errorf("lemma %q is not a lower-case word", v.lemma)
		}
	}
}

// TestCueParticles checks that every verb that reports with a particle
// has one, and that every particle belongs to such a verb.
func TestCueParticles(t *testing.T) {
	lemmas := make(map[string]bool)
	for _, v := range reportingVerbs {
		lemmas[v.lemma] = true
		if p := cueParticles[v.lemma]; (v.flags&cueParticle != 0) != (p != "") {
			t.Errorf("%q: cueParticle is %v but its particle is %q", v.lemma, v.flags&cueParticle != 0, p)
		}
	}
	for lemma := range cueParticles {
		if !lemmas[lemma] {
			t.Errorf("cueParticles has %q, which is no reporting verb", lemma)
		}
	}
}

func TestCueLexiconLeavesOutThoughtVerbs(t *testing.T) {
	for _, w := range []string{
		"believe", "believes", "believed", "believing",
		"think", "thinks", "thought", "thinking",
		"hope", "hopes", "hoped", "hoping",
		"want", "wants", "wanted", "wanting",
		"gamble", "gambles", "gambled", "gambling",
		"feel", "feels", "felt", "feeling",
		"see", "sees", "saw", "seen", "seeing",
		"know", "knows", "knew", "known", "knowing",
	} {
		if v, ok := lookupCue(w); ok {
			t.Errorf("lookupCue(%q) = %q, want no reporting verb", w, v.lemma)
		}
	}
}

func TestCueLookupForms(t *testing.T) {
	tests := []struct{ form, lemma string }{
		{"said", "say"}, {"Says", "say"}, {"told", "tell"}, {"added", "add"},
		{"cautioned", "caution"}, {"replied", "reply"}, {"denies", "deny"},
		{"stresses", "stress"}, {"wrote", "write"}, {"ASKED", "ask"},
		{"criticised", "criticize"}, {"emphasising", "emphasize"},
	}
	for _, tc := range tests {
		v, ok := lookupCue(tc.form)
		if !ok || v.lemma != tc.lemma {
			t.Errorf("lookupCue(%q) = %q, %v; want %q, true", tc.form, v.lemma, ok, tc.lemma)
		}
	}
}

// TestScanStop checks that scanQuotations stops at every rune that may be
// a quotation mark or a line break, and that no stop byte continues a rune.
func TestScanStop(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		mark := classOf(r) != notMark
		if mark != strings.ContainsRune(quotationMarks, r) {
			t.Errorf("classOf(%q) = %d, but quotationMarks says %t", r, classOf(r), mark)
		}
		if (mark || r == '\n') && !scanStop[string(r)[0]] {
			t.Errorf("scanStop misses the first byte of %q", r)
		}
	}
	for b := 0x80; b < 0xC0; b++ {
		if scanStop[b] {
			t.Errorf("scanStop holds continuation byte %#x", b)
		}
	}
}

// TestNextStop checks nextStop against a byte-by-byte reading, with each
// pair of bytes in each place of the first forty: a byte of 0x80 or more
// carries into the one after it in stopBits, which must not hide a stop.
func TestNextStop(t *testing.T) {
	text := []byte(strings.Repeat("a", 48))
	for p := 1; p < 40; p++ {
		for f := range 256 {
			for b := range 256 {
				text[p-1], text[p] = byte(f), byte(b)
				want := 0
				for want < len(text) && !scanStop[text[want]] {
					want++
				}
				if got := nextStop(string(text), 0); got != want {
					t.Fatalf("nextStop(%q, 0) = %d, want %d", text, got, want)
				}
			}
		}
		text[p-1] = 'a'
	}
}

func TestTokenSize(t *testing.T) {
	if n := unsafe.Sizeof(token{}); n > 32 {
		t.Errorf("a token is %d bytes, want at most 32: the paragraph's tokens are read over and over", n)
	}
}

// TestLookupWord checks that the lexeme a token carries says what the
// lexicons say of its word, for every word of the testdata and every key of
// the lexicons in lower, title and upper case.
func TestLookupWord(t *testing.T) {
	var words []string
	_, texts := readTestdata(t)
	for _, text := range texts {
		words = append(words, strings.FieldsFunc(text, func(r rune) bool { return !isWordRune(r) && r != '\'' && r != '’' && r != '-' && r != '.' })...)
	}
	for _, m := range []map[string]bool{abbreviations, sentenceStarters, titles, orgWords, cueNouns} {
		words = append(words, slices.Collect(maps.Keys(m))...)
	}
	words = append(words, slices.Collect(maps.Keys(genderOfTitle))...)
	words = append(words, slices.Collect(maps.Keys(firstNameGender))...)
	words = append(words, slices.Collect(maps.Keys(wordClasses))...)
	words = append(words, slices.Collect(maps.Keys(cueLexicon))...)
	for _, heads := range []map[string]bool{anonymousHeads, descriptionHeads} {
		for h := range heads {
			words = append(words, h, h+"s", h+"ss", h+"es")
		}
	}
	for w := range roleTitles {
		words = append(words, w)
	}
	for w := range titleRanks {
		words = append(words, w)
	}
	words = append(words, "didn't", "DIDN'T", "Didn’t", "He’s", "HE'S", "they're", "I’m", "it's", "Smith's",
		"U.S.", "", "a-very-long-hyphenated-word-beyond-the-buffers-of-lookup", "İt’s", "İ’m", "SAİD", "Kₑlvin")
	for _, w := range slices.Clone(words) {
		words = append(words, strings.ToUpper(w), strings.ToUpper(w[:min(1, len(w))])+w[min(1, len(w)):])
	}
	// A lexeme's zero gender says the word is in neither table.
	for w, g := range genderOfTitle {
		if g == unknownGender {
			t.Errorf("genderOfTitle[%q] is unknownGender", w)
		}
	}
	for w, g := range firstNameGender {
		if g == unknownGender {
			t.Errorf("firstNameGender[%q] is unknownGender", w)
		}
	}
	for _, w := range words {
		lx := *lookupWord(w, 0, len(w))
		v, ok := lookupCueSpec(w)
		if v2, ok2 := lookupCue(w); v2 != v || ok2 != ok {
			t.Errorf("lookupCue(%q) = %+v, %t; want %+v, %t", w, v2, ok2, v, ok)
		}
		got, gotOK := lx.verb()
		l := lowerASCII(w)
		want := lexeme{class: classOfWordSpec(w), titleGender: genderOfTitle[l], nameGender: firstNameGender[l], rank: titleRanks[l]}
		if full, ok := roleTitles[l]; ok {
			want.role = uint8(slices.Index(roleNames, full) + 1)
		}
		for _, f := range []struct {
			in   bool
			flag lexFlags
		}{
			{abbreviations[l], inAbbreviations}, {sentenceStarters[l], inSentenceStarters},
			{titles[l], inTitles}, {orgWords[l], inOrgWords}, {cueNouns[l], inCueNouns},
			{ok || cueNouns[l] || l == "according" || l == "reportedly", inFrameWords},
			{anonymousHeads[singular(l)] || descriptionHeads[singular(l)], inCommonHeads},
			{findings[singular(l)], inFindings},
		} {
			if f.in {
				want.flags |= f.flag
			}
		}
		if got != v || gotOK != ok {
			t.Errorf("lookupWord(%q).verb() = %+v, %t; want %+v, %t", w, got, gotOK, v, ok)
		}
		lx.cue = 0
		if lx != want {
			t.Errorf("lookupWord(%q) = %+v, want %+v", w, lx, want)
		}
	}
}

// lookupCueSpec is lookupCue as first written.
func lookupCueSpec(word string) (cueVerb, bool) {
	if v, ok := cueLexicon[word]; ok {
		return v, true
	}
	var buf [24]byte
	if len(word) > len(buf) {
		return cueVerb{}, false
	}
	n := copy(buf[:], word)
	for i := range n {
		if 'A' <= buf[i] && buf[i] <= 'Z' {
			buf[i] += 'a' - 'A'
		}
	}
	v, ok := cueLexicon[string(buf[:n])]
	return v, ok
}

// classOfWordSpec is classOfWord as first written, before lookups learned
// to spare allocations: the definition the lexemes must keep.
func classOfWordSpec(w string) wordClass {
	if c, ok := wordClasses[w]; ok {
		return c
	}
	if strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
		return auxiliary
	}
	switch strings.ToLower(w) {
	case "he’s", "he's", "she’s", "she's", "it’s", "it's", "they’re", "they're", "we’re", "we're",
		"i’m", "i'm", "he’d", "he'd", "she’d", "she'd", "they’d", "they'd", "we’d", "we'd", "i’d", "i'd",
		"they’ve", "they've", "we’ve", "we've", "i’ve", "i've":
		return pronoun
	}
	var buf [16]byte
	if len(w) > len(buf) {
		return openClass
	}
	n := copy(buf[:], w)
	for i := range n {
		if 'A' <= buf[i] && buf[i] <= 'Z' {
			buf[i] += 'a' - 'A'
		}
	}
	return wordClasses[string(buf[:n])]
}

// TestLowerToASCII checks what classOfContraction counts on: of the runes
// outside ASCII only İ and the Kelvin sign lower to ASCII.
func TestLowerToASCII(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); l < utf8.RuneSelf && r != 'İ' && r != '\u212A' {
			t.Errorf("%U lowers to %q", r, l)
		}
	}
}

// TestIrregularPastOpenClass checks what pastTense counts on: every word
// of irregularPast is of the open class, so that a word of another class
// need not be looked up.
func TestIrregularPastOpenClass(t *testing.T) {
	for _, w := range irregularPast.words {
		if c := classOfWord(w); c != openClass {
			t.Errorf("%q is of class %v", w, c)
		}
	}
}

// optionsText has one quotation of each kind.
const optionsText = "“The roads are closed,” said Sheriff Dale Moss.\n\n" +
	"Finance Minister Lars Berg told reporters that the budget would be balanced.\n\n" +
	"Whitfield said that the bill was “dead on arrival” in the Senate."

// TestNoQuotationAllocates checks that text with names but no quotation
// and no reporting verb costs no allocation once the analyzer's buffers
// have grown: a rule that reads names must not build strings for them.
func TestNoQuotationAllocates(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector's sync.Pool drops analyzers, whose buffers are then made anew")
	}
	text := noQuotation[:4096]
	Extract(text)
	if n := testing.AllocsPerRun(20, func() { Extract(text) }); n >= 1 {
		t.Errorf("Extract of a text with no quotation: %v allocations a run, want 0", n)
	}
}

func TestOptions(t *testing.T) {
	all := views(Extract(optionsText))
	kinds := func(vs []view) []string {
		var out []string
		for _, v := range vs {
			out = append(out, v.Kind)
		}
		return out
	}
	if diff := cmp.Diff([]string{"direct", "indirect", "mixed"}, kinds(all)); diff != "" {
		t.Fatalf("default kinds mismatch (-want +got):\n%s", diff)
	}
	tests := []struct {
		name string
		opts []Option
		want []view
	}{
		{"default", nil, all},
		{"indirect on", []Option{IndirectSpeech(true)}, all},
		{"indirect off", []Option{IndirectSpeech(false)}, all[:1]},
		{"min confidence 0", []Option{MinConfidence(0)}, all},
		{"min confidence above 1", []Option{MinConfidence(1.01)}, nil},
		{"both", []Option{IndirectSpeech(false), MinConfidence(1.01)}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := New(tc.opts...)
			if diff := cmp.Diff(tc.want, views(x.Extract(optionsText))); diff != "" {
				t.Errorf("Extract mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.want, views(slices.Collect(x.Quotes(optionsText)))); diff != "" {
				t.Errorf("Quotes mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestQuotesIterator(t *testing.T) {
	x := New()
	seq := x.Quotes(optionsText)
	first := slices.Collect(seq)
	if diff := cmp.Diff(first, slices.Collect(seq)); diff != "" {
		t.Errorf("second range over the iterator differs (-first +second):\n%s", diff)
	}
	n := 0
	for range seq {
		n++
		break
	}
	if n != 1 {
		t.Errorf("stopped iteration yielded %d quotes, want 1", n)
	}
	if diff := cmp.Diff(Extract(optionsText), first); diff != "" {
		t.Errorf("Quotes differs from Extract (-Extract +Quotes):\n%s", diff)
	}
}

func TestExtractorConcurrent(t *testing.T) {
	_, texts := readTestdata(t)
	texts = append(texts, optionsText)
	x := New()
	want := make([][]Quote, len(texts))
	for i, text := range texts {
		want[i] = x.Extract(text)
	}
	const workers = 8
	got := make([][][]Quote, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			got[w] = make([][]Quote, len(texts))
			// Each worker starts at a different text so that all run at once.
			for k := range texts {
				i := (k + w) % len(texts)
				got[w][i] = x.Extract(texts[i])
			}
		})
	}
	wg.Wait()
	for w := range workers {
		if diff := cmp.Diff(want, got[w]); diff != "" {
			t.Errorf("worker %d differs from sequential use (-want +got):\n%s", w, diff)
		}
	}
}

// TestMayBeUnnamedNoun checks that mayBeUnnamedNoun holds of every word
// that anonymousDescription would find among anonymousHeads,
// unnamedCompany or unnamedKinds: the words of the sets, in any case and
// with an "s", and those of the test texts.
func TestMayBeUnnamedNoun(t *testing.T) {
	words := slices.Collect(maps.Keys(anonymousHeads))
	words = append(words, unnamedCompany.words...)
	words = append(words, unnamedKinds.words...)
	for _, w := range slices.Clone(words) {
		words = append(words, w+"s", strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w[1:], w[:len(w)-1])
	}
	_, docs := readTestdata(t)
	for _, d := range docs {
		words = append(words, appendLowerFields(nil, d)...)
	}
	for _, w := range words {
		if (anonymousHeads[w] || unnamedCompany.holds(w) || unnamedKinds.holds(w)) && !mayBeUnnamedNoun(w) {
			t.Errorf("mayBeUnnamedNoun(%q) = false", w)
		}
	}
}

// TestAnonymousContext checks anonymousContext against the lowered copy it
// once searched, with runes that lower to ASCII letters and invalid bytes.
func TestAnonymousContext(t *testing.T) {
	spec := func(s string) bool {
		l := strings.ToLower(s)
		for _, p := range anonymityPhrases {
			if strings.Contains(l, p) {
				return true
			}
		}
		return false
	}
	texts := []string{
		"", "u", "unnamed", "UNNAMED", "an Unnamed official", "unname", "on condition of anonymity",
		"ON CONDITION OF ANONYMITY.", "\u0130nsisted on anonymity", "\u0130NS\u0130STED ON ANONYM\u0130TY",
		"as\u212Aed not to be named", "asked not to be na\xffmed", "\xffunnamed\xfe", "spoke anonymous",
		"“who would not be named”", "not authori\u017Fed to", "unna\u0307med",
		"he spoke On BackGround", "an official who was unnamed", "un", "unn", "\u212Aunnamed", "o\u0130n background",
		"it’s unnamed", "“unnamed”", "unnamed’", "’unnamed", "a\u00e9unnamed", "—on background—", "as\u212Aed not to be named’",
		"de\u0130clined to be named", "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9spoke anonymously", "\u0130\u0130\u0130\u0130\u0130\u0130\u0130\u0130",
	}
	_, docs := readTestdata(t)
	for _, d := range docs {
		for s := range strings.SplitSeq(d, ".") {
			texts = append(texts, s)
		}
	}
	// Each phrase, whole or cut short, in either case, at every place of
	// the bytes the search reads at once, among runes of one to three
	// bytes and invalid ones.
	pieces := []string{"a", "d", "n", "y", "x", " ", ".", "on ", "\u0130", "\u212A", "\u00e9", "’", "\xff", "\xe2\x84"}
	r := rand.New(rand.NewPCG(3, 4))
	var b strings.Builder
	for range 6000 {
		b.Reset()
		for n := r.IntN(20); n > 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		p := anonymityPhrases[r.IntN(len(anonymityPhrases))]
		p = p[:len(p)-r.IntN(2)]
		if r.IntN(3) == 0 {
			p = strings.ToUpper(p)
		}
		b.WriteString(p)
		for n := r.IntN(20); n > 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := anonymousContext(s), spec(s); got != want {
			t.Errorf("anonymousContext(%q) = %t, want %t", s, got, want)
		}
	}
}

// TestGeneralPunctuation checks that no rune of the block is a letter, a
// digit or a combining mark, as isWordRune takes for granted.
func TestGeneralPunctuation(t *testing.T) {
	for r := rune(0x2000); r <= 0x206F; r++ {
		if !generalPunctuation(r) || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			t.Errorf("%U", r)
		}
	}
}

// TestIsUpperCase checks isUpperCase against the copy it saves.
func TestIsUpperCase(t *testing.T) {
	for _, w := range []string{
		"", "A", "a", "NASA", "NASa", "U.S.", "3", "É", "é", "ÉTÉ", "\xff", "A\xff", "\uFFFD", "Σ", "σ", "ß", "ǅ", "ǈ",
		"\u0130", "ı", "ﬁ", "K", "\u212A", "-", "’", "\xe2\x80", "AB\u0301", "İSTANBUL",
	} {
		if got, want := isUpperCase(w), strings.ToUpper(w) == w; got != want {
			t.Errorf("isUpperCase(%q) = %t, want %t", w, got, want)
		}
	}
	for r := rune(0); r <= 0x2FFF; r++ {
		w := string(r)
		if got, want := isUpperCase(w), strings.ToUpper(w) == w; got != want {
			t.Errorf("isUpperCase(%q) = %t, want %t", w, got, want)
		}
	}
}

// TestSetNameWords checks the count of words that setName gives a name
// against strings.Fields, for the runs of words of the testdata as scan
// and lookupText make them: tokens, and the fields of the text, some
// emptied of their commas.
func TestSetNameWords(t *testing.T) {
	_, texts := readTestdata(t)
	texts = append(texts, "Ana , Ruiz ;Hale St. Brendan's O'Neill’s Hale 's x\u00a0y Fran\u00c3\u00a7ois , ,")
	for _, text := range texts {
		e := entities{text: text}
		var sc quoteScan
		scanQuotations(text, &sc)
		var toks []token
		mi := 0
		for _, p := range sc.paras {
			d := 0
			var notes tokenNotes
			toks = tokenize(toks[:0], &notes, text, p.Start, p.End, sc.marks, &mi, &d)
			var words []token
			for _, tk := range toks {
				if tk.kind == tWord {
					words = append(words, tk)
				}
			}
			var fields []token
			for _, f := range fieldSpans(nil, text, p.Start, p.End) {
				for f.Start < f.End && strings.IndexByte(",;:", text[f.Start]) >= 0 {
					f.Start++
				}
				fields = append(fields, token{Span: f, kind: tWord})
			}
			for _, run := range [][]token{words, fields} {
				for i := range run {
					for n := 1; n <= 4 && i+n <= len(run); n++ {
						ws := run[i : i+n]
						last := ws[n-1]
						var en entity
						en.setName(&e, ws, last.Start+len(trimPossessive(text[last.Start:last.End])))
						if want := len(strings.Fields(en.name)); en.words != want {
							t.Errorf("name %q: %d words, want %d", en.name, en.words, want)
						}
					}
				}
			}
		}
	}
}
