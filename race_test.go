//go:build race

package quote

// raceEnabled reports whether the tests run under the race detector, whose
// sync.Pool drops some of what it is given: an analyzer's buffers are then
// made anew, and counts of allocations say nothing.
const raceEnabled = true
