// Package quote finds the quotations in English news text and says who
// said them and how.
//
// Given
//
//	“The only solution in Afghanistan is a political agreement,” Esper said.
//	He said he is consulting with other members of NATO.
//
// [Extract] reports a direct quotation whose speaker "Esper" resolves to
// the person named earlier as "Defense Secretary Mark Esper", with the cue
// "said", and a reported (indirect) quotation whose speaker "He" resolves
// to the same person.
//
// The work runs in stages, in the order of these files: quote.go finds
// the spans between quotation marks; token.go splits paragraphs, sentences
// and words and looks each word up in the lexicons once; cue.go holds the
// lexicon of reporting verbs; attribution.go reads a paragraph's sentences
// and records what the next two stages find; direct.go links quotations to
// their attributions; report.go finds reported speech around a cue;
// clause.go bounds the clauses they report; speaker.go finds the speaker's
// noun phrase; entity.go resolves speakers to entities and tells anonymous
// sources; extract.go is the entry point.
//
// # Quotations
//
// Quotation marks of every common style are recognized: curly “…” and ‘…’,
// straight "…" and '…' (their direction taken from the neighbouring
// characters), two apostrophes in a row as some newspapers write them, «…»,
// ‹…›, „…“, ‚…‘, 「…」 and 『…』. Apostrophes (don't, workers' money, the
// '90s, rock 'n' roll, O'Neill, ’tis) are not quotation marks. A quotation
// inside another belongs to the outer one. A paragraph that ends inside an
// open quotation, followed by a paragraph that opens with a quotation mark,
// continues the same quotation; a quotation never closed ends with its
// paragraph. [Quotations] lists every quotation-mark span; [Extract]
// reports only those it can attribute, so scare quotes, titles and
// nicknames are left out.
//
// A [Quote] is of one of three kinds. [Direct]: the words are in quotation
// marks. [Indirect]: reported speech without them ("He said he is
// consulting..."); its content is the reported clause, without a leading
// "that". [Mixed]: reported speech that carries quoted words ("He said
// “progress has been made” toward an agreement"), whose content is the
// whole clause. A quotation interrupted by its attribution ("The plan,"
// she said, "is dead.") is one Quote with two [Part]s. A quotation with no
// cue of its own right after an attributed one, or after a person's
// reported speech ("Hunter said he would not vote. “It is over.”"), takes
// that one's speaker and cue, and says so in [Quote.Inherited].
//
// Besides quotations with a reporting verb before or after them, the
// extractor reads the other frames of news copy: "according to X",
// "As the Times reported, …", a colon after a cue ("He said:") or after a
// speaker's name in transcripts and headlines ("HOLT: …", "Ruiz: …"; not
// an interview's "Q:" and "A:", nor a label such as "BYLINE:" or
// "Wow:"), a block quotation whose marks the page left out (a paragraph
// with no quotation mark after one that ends "Ruiz said:", reported whole
// as [Indirect] speech unless it has reports of other people of its own),
// verbs that name or judge their object with the quoted words ("declaring
// it “a win”", "branded the plan “a fraud”"), whose object is part of the
// content, and "called" with none ("called the fines baseless", "called
// her vote a mistake"),
// sign-offs ("— Mayor Ana Ruiz", on the same line or the next, with the
// dash as their cue), quoted words in a headline after its subject and a
// verb that reports ("Union rips ‘sham’ deal"), a sentence that is an
// attribution and nothing more before or after a quotation ("Ruiz
// agreed. “…”"), participles that report again (", adding that …",
// ", calling them …"), verbs with a particle ("pointed out", "shot back")
// or led to by another ("went on to say", "went on to fault the plan"),
// a quotation in someone's view ("because to her, “…”", "To Ruiz, the
// pier is “…”", with "to" as its cue), reports carried by nouns
// ("Hale's claim that …"), reports inside relative clauses ("the tax,
// which Ruiz said would hurt farmers"), questions put to someone ("When asked
// whether …, he said"), whose asker may go unnamed, reports with no
// source at all ("The team is reportedly weighing …"), which have a cue
// and no speaker, what someone is cast as whatever the verb ("dismissed
// the plan as “absurd”"), a statement put out before its quotation ("Hale
// issued a statement, “…”"), and refusals to speak ("declined to
// comment", "did not respond to requests for comment"), which the
// PolNeAR annotators mark as reports too.
//
// Verbs of thought and perception (believe, think, hope, want) and the
// other senses of speech verbs ("called off the talks", "said goodbye")
// are not speech and are not reported. Nor are short quotations that name
// a work or a show (the network's “Morning Desk”, the book “Rivers of
// Salt”), nicknames inside names (Robert “Red” Castellano), and
// scare quotes ("the so-called “peace dividend”").
//
// Text damaged on its way to the extractor is read as well as it can be:
// an opening mark typed for a closing one ("“It was unusual,“ she said")
// or a closing one typed to open a line ("”We will rebuild,” …", after
// any invisible mark of writing direction); marks that do not pair up
// inside a comment with a sign-off give the sign-off the whole line; and
// names in decomposed Unicode ("José" as "Jose" and an accent) and names
// left garbled by UTF-8 read as Latin-1 ("FranÃ§ois") stay one word.
//
// # Speakers
//
// The speaker mention is the noun phrase a reader would name: a name with
// its titles ("Defense Secretary Mark Esper"), a pronoun, or a description
// ("a U.S. defense official"), with the appositives set off by commas that
// describe it, give a role or party, an age or where the speaker is from
// ("Ana Ruiz, the mayor of Harbor City", "Tom Hale, 61, of Dayton, Ohio",
// "Bo Lin, executive director of the Harbor Trust", "Eve Sand, a lawyer
// who filed the suit"), and with the description that a name set off by
// commas stands in apposition to ("The mayor, Tom Hale,"), as annotated
// news marks a source, but stopping before a relative clause of the name's
// own ("Ana Ruiz" in "Ana Ruiz, who led the town, said").
// The phrase without its appositives is what resolves; each mention
// resolves, within the document, to an entity:
// surnames and first names link to the fuller name mentioned earlier,
// pronouns to the latest person of a compatible gender (known from titles,
// from a small table of first names, from a noun of kin or role beside the
// name, as in "his wife, Ana Hale", and from pronouns already resolved),
// preferring a subject nearby to a name that is a preposition's object,
// "it" and "its" to the organization named last, a title ("the senator",
// "the police chief", "the former mayor", "the Ohio governor") to the
// person last named with it, a public figure's role ("the billionaire
// businessman", "the candidate") to the person named last, a campaign or
// an administration named by its leader ("the Hale campaign", "her
// campaign") to one body named for the leader, a document ("the
// statement", "the letter") to its author where the text says who put it
// out, and another definite description ("the official", "the agency") to
// the earlier source or body of that kind. A title's gender tells apart
// people of one surname ("Mrs. Hale", "Mr. Hale"). [Speaker.Name] is the
// entity's fullest name without
// titles, or "" where nothing resolves; [Speaker.Entity] numbers the
// entities from 1 in order of first speaking, so that quotations can be
// grouped by speaker.
//
// # Anonymous sources
//
// A source is anonymous when it is people whom the text does not name,
// described by role, affiliation or kind ("a U.S. defense official", "two
// senior officials", "people familiar with the matter", "people briefed on
// the talks", "a person close to the negotiations", "sources", "aides",
// "a friend of the mayor", "an attendee", "one Ohio Democrat", "a local
// activist"), or when the sentence says the source is not named ("on
// condition of anonymity", "not authorized to speak publicly", "declined to
// be identified", "asked not to be named"). The flag follows the entity: a
// later "The official added" is anonymous too, and so is a definite "the
// man" or "the aide" that finds no one where no named person has just led
// a sentence or spoken. Not anonymous are named people, a description set
// off beside a name ("Tom Hale, an official at the port, said") or
// resolved to one, a role that one person holds ("the company's chief
// executive"), a spokesman or a lawyer speaking for others, institutions
// speaking on the record ("the company said in a statement", "police
// said"), documents and polls, and classes of people named in the plural
// by kind ("voters", "Democrats", "experts", "critics").
//
// # Offsets
//
// Every [Span] is a half-open range of UTF-8 byte offsets into the text
// given, with both ends on rune boundaries; text[s.Start:s.End] is the text
// it names, and each span is carried with that text. Invalid UTF-8 is read
// as one error rune per byte and never moves an offset.
//
// # Limitations
//
// The extractor reads word classes and punctuation, not a parse tree, so
// the ends of reported clauses and of long speaker descriptions are its
// weakest points. Pronouns other than he and she are left unresolved.
// It reads English only.
package quote
