package quote

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the testdata/*.golden files")

// render lists the quotes of text, one block per quote, for a golden file.
func render(qs []Quote) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d quotes\n", len(qs))
	for i, q := range qs {
		fmt.Fprintf(&b, "\n#%d %s [%d:%d] confidence %.2f\n", i+1, q.Kind, q.Span.Start, q.Span.End, q.Confidence)
		if q.Speaker.Span.IsZero() {
			fmt.Fprintf(&b, "  speaker: none\n")
		} else {
			fmt.Fprintf(&b, "  speaker: %q (%s) → %q, entity %d, anonymous %t\n",
				q.Speaker.Text, q.Speaker.Kind, q.Speaker.Name, q.Speaker.Entity, q.Speaker.Anonymous)
		}
		if q.Cue.Span.IsZero() {
			fmt.Fprintf(&b, "  cue: none\n")
		} else {
			fmt.Fprintf(&b, "  cue: %q / %s\n", q.Cue.Text, q.Cue.Lemma)
		}
		fmt.Fprintf(&b, "  inherited: %t\n", q.Inherited)
		for _, p := range q.Parts {
			fmt.Fprintf(&b, "  part [%d:%d]: %q\n", p.Span.Start, p.Span.End, p.Text)
		}
	}
	return b.String()
}

func TestGolden(t *testing.T) {
	names, texts := readTestdata(t)
	for i, name := range names {
		t.Run(name, func(t *testing.T) {
			got := render(Extract(texts[i]))
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := cmp.Diff(strings.Split(string(want), "\n"), strings.Split(got, "\n")); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", golden, diff)
			}
		})
	}
}
