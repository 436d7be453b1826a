// The workflow-parser imports its JSON schemas without `with { type: "json" }`,
// which Node's ESM loader refuses; add the attribute so Jest can load it.
module.exports = {
  process(source) {
    return {
      code: source.replace(
        /(import\s+\w+\s+from\s+(['"])[^'"]+\.json\2)(\s*;)/g,
        '$1 with { type: "json" }$3'
      )
    }
  }
}
