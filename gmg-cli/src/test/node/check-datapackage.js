// Checks a data package with the Frictionless reference implementation: the descriptor against the Tabular Data
// Package profile, then every row of every resource cast by its Table Schema with its foreign keys resolved.
// Prints one line per resource; exits 1 on the first problem.
const {Package} = require('datapackage');

async function main(descriptor) {
  const pkg = await Package.load(descriptor, {strict: false});
  if (!pkg.valid) {
    console.log('descriptor invalid: ' + pkg.errors.map(e => e.message).join('; '));
    return 1;
  }
  for (const resource of pkg.resources) {
    try {
      const rows = await resource.read({relations: true});
      console.log(resource.name + ': ' + rows.length + ' rows');
    } catch (e) {
      const details = (e.errors || []).slice(0, 5).map(x => x.message);
      console.log(resource.name + ': ' + e.message + (details.length ? ' (' + details.join('; ') + ')' : ''));
      return 1;
    }
  }
  console.log('valid');
  return 0;
}

main(process.argv[2]).then(code => process.exit(code), e => {
  console.log('cannot check ' + process.argv[2] + ': ' + e.message);
  process.exit(1);
});
