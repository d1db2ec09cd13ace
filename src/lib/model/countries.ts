/** Countries the map can draw. Pure. */

/**
 * ISO 3166-1 numeric codes (world-atlas ids) by alpha-2 code: the map draws and highlights a
 * country through its numeric id. A place in a country not listed here is a content error
 * (src/lib/content/cross-checks.ts): add the country's numeric code here.
 */
export const ISO_NUMERIC: Record<string, string> = {
  AU: '036',
  ID: '360',
  JP: '392',
  KR: '410',
  MY: '458',
  NL: '528',
  VN: '704',
  KP: '408',
  CN: '156',
  US: '840',
  DE: '276',
  FR: '250',
  GB: '826',
  TH: '764',
  PH: '608',
  SG: '702',
  IN: '356',
  TW: '158',
  NZ: '554',
  BE: '056',
  IT: '380',
  ES: '724',
  RU: '643',
  TL: '626',
  PG: '598',
};
