// Runs in Background Steps' own post stage; fails the job unless main's state arrived.
if (process.env.STATE_word !== 'kept') {
  console.log(`::error::the post stage got state '${process.env.STATE_word}', expected 'kept'`)
  process.exit(1)
}
console.log('post found the state main saved')
