import { runPost } from './post-stage.js'

// Nested actions' post stages run here (uses: steps issue); nothing to do for run: steps.
await runPost()
