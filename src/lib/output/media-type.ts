/** The media type of an open-data file, from its name. Pure. */
export const mediaType = (file: string): string =>
  file.endsWith('.csv') ? 'text/csv' : file.endsWith('.geojson') ? 'application/geo+json' : 'application/json';
