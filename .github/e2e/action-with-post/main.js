// Saves the input in the action's state; the post stage must find it (runner-emulation §4.6).
const fs = require('node:fs')
fs.appendFileSync(process.env.GITHUB_STATE, `word=${process.env.INPUT_WORD}\n`)
console.log(`main saved ${process.env.INPUT_WORD}`)
