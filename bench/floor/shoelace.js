// A component library's two generic pieces, for comparison: Shoelace's progress bar and input.
import '@shoelace-style/shoelace/dist/components/progress-bar/progress-bar.js';
import '@shoelace-style/shoelace/dist/components/input/input.js';
