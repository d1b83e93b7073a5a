package quote_test

import (
	"fmt"

	"github.com/quotekit/quote"
)

func Example() {
	text := "Defense Secretary Mark Esper arrived in Kabul on Monday. " +
		"“The only solution in Afghanistan is a political agreement,” Esper said. " +
		"He said he is consulting with other members of NATO. " +
		"A U.S. defense official, who briefed reporters on condition of anonymity, " +
		"cautioned that attacks would continue."
	for _, q := range quote.Extract(text) {
		fmt.Printf("%s, cue %q, speaker %q → %q, anonymous %t\n",
			q.Kind, q.Cue.Text, q.Speaker.Text, q.Speaker.Name, q.Speaker.Anonymous)
		fmt.Printf("\t%s\n", q.Text)
	}
	// Output:
	// direct, cue "said", speaker "Esper" → "Mark Esper", anonymous false
	// 	“The only solution in Afghanistan is a political agreement,”
	// indirect, cue "said", speaker "He" → "Mark Esper", anonymous false
	// 	he is consulting with other members of NATO
	// indirect, cue "cautioned", speaker "A U.S. defense official" → "", anonymous true
	// 	attacks would continue
}

func ExampleQuotations() {
	text := "The so-called “peace dividend” never came, " +
		"and “He told me, ‘Never sign,’ and I never have,” she said."
	for q := range quote.Quotations(text) {
		fmt.Printf("%s closed=%t nested=%d\n", q.Text(text), q.Closed, q.Nested)
	}
	// Output:
	// “peace dividend” closed=true nested=0
	// “He told me, ‘Never sign,’ and I never have,” closed=true nested=1
}

func ExampleNew() {
	text := "“The roads are closed,” said Sheriff Dale Moss. " +
		"Mayor Ana Ruiz said that shelters were open."

	// Only quotations in marks, and only those the extractor is fairly
	// sure of.
	x := quote.New(quote.IndirectSpeech(false), quote.MinConfidence(0.5))
	for _, q := range x.Extract(text) {
		fmt.Printf("%s %s: %s\n", q.Kind, q.Speaker.Name, q.Text)
	}
	// Output:
	// direct Dale Moss: “The roads are closed,”
}

func ExampleExtractor_Quotes() {
	text := "“We will not back down,” Mayor Ana Ruiz said.\n\n" +
		"“Not now, not ever.”\n\n" +
		"Sheriff Dale Moss said the roads would stay closed."
	x := quote.New()
	for q := range x.Quotes(text) {
		fmt.Printf("%s (%s) inherited=%t: %s\n", q.Speaker.Name, q.Cue.Lemma, q.Inherited, q.Text)
	}
	// Output:
	// Ana Ruiz (say) inherited=false: “We will not back down,”
	// Ana Ruiz (say) inherited=true: “Not now, not ever.”
	// Dale Moss (say) inherited=false: the roads would stay closed
}
