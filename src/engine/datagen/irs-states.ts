/**
 * The states of the synthetic IRS SOI 2013 ZIP-code table, in file order (by FIPS code).
 *
 * `zips` counts the state's rows divided by 6, that is its ZIP codes plus the `00000`
 * (state total) and `99999` (other ZIPs) pseudo-codes; they sum to 27,790 (166,740 rows).
 * Five counts are exact: the course's `groupBy("state").avg("total_income_amount")`
 * output (COURSE-NOTEBOOKS.md §2.3) pins each state's row count and A02650 sum, because
 * only one (rows, integer sum) pair gives each printed double. Alabama's 570 fits the real
 * subset (its first 500 ZIPs hold about 88% of the state total). The rest are estimates.
 * `size` and `income` scale the Alabama template ZIPs (returns per ZIP, income per return).
 * `prefixes` are the state's 3-digit ZIP prefixes, so `int(zipcode / 10)` groups overlap
 * the farmers-markets file's ZIPs as real ones would.
 */
export interface IrsState {
  readonly fips: string;
  readonly code: string;
  readonly zips: number;
  readonly size: number;
  readonly income: number;
  readonly prefixes: readonly (readonly [number, number])[];
  /** Sum of A02650 over all the state's rows, when the course output pins it. */
  readonly a02650Sum?: number;
}

type Row = readonly [string, string, number, number, number, readonly (readonly [number, number])[], number?];

const ROWS: readonly Row[] = [
  ['01', 'AL', 570, 1, 1, [[350, 369]]],
  ['02', 'AK', 176, 0.8, 1.45, [[995, 999]]],
  ['04', 'AZ', 289, 2.6, 1.2, [[850, 865]], 320757412],
  ['05', 'AR', 518, 0.7, 0.95, [[716, 729]]],
  ['06', 'CA', 1462, 3.0, 1.55, [[900, 961]]],
  ['08', 'CO', 426, 1.6, 1.45, [[800, 816]]],
  ['09', 'CT', 250, 2.1, 2.0, [[60, 69]]],
  ['10', 'DE', 55, 2.4, 1.25, [[197, 199]]],
  ['11', 'DC', 23, 5.0, 1.9, [[200, 200], [202, 205]]],
  ['12', 'FL', 861, 3.0, 1.3, [[320, 349]]],
  ['13', 'GA', 629, 2.0, 1.15, [[300, 319], [398, 399]]],
  ['15', 'HI', 83, 2.2, 1.2, [[967, 968]]],
  ['16', 'ID', 213, 1.0, 1.05, [[832, 838]]],
  ['17', 'IL', 1221, 1.4, 1.4, [[600, 629]]],
  ['18', 'IN', 666, 1.3, 1.1, [[460, 479]]],
  ['19', 'IA', 796, 0.6, 1.15, [[500, 528]]],
  ['20', 'KS', 574, 0.7, 1.2, [[660, 679]]],
  ['21', 'KY', 648, 0.9, 1.0, [[400, 427]]],
  ['22', 'LA', 454, 1.5, 1.15, [[700, 714]], 226109894],
  ['23', 'ME', 361, 0.6, 1.0, [[39, 49]]],
  ['24', 'MD', 407, 2.1, 1.5, [[206, 219]]],
  ['25', 'MA', 472, 2.0, 1.75, [[10, 27]]],
  ['26', 'MI', 833, 1.5, 1.15, [[480, 499]]],
  ['27', 'MN', 791, 1.0, 1.35, [[550, 567]], 355257206],
  ['28', 'MS', 352, 1.1, 0.9, [[386, 397]]],
  ['29', 'MO', 851, 0.9, 1.1, [[630, 658]]],
  ['30', 'MT', 278, 0.5, 1.05, [[590, 599]]],
  ['31', 'NE', 444, 0.5, 1.2, [[680, 693]]],
  ['32', 'NV', 139, 3.0, 1.2, [[889, 898]]],
  ['33', 'NH', 213, 1.0, 1.45, [[30, 38]]],
  ['34', 'NJ', 547, 2.3, 1.8, [[70, 89]], 689208756],
  ['35', 'NM', 259, 1.0, 1.0, [[870, 884]]],
  ['36', 'NY', 1462, 1.7, 1.6, [[100, 149]]],
  ['37', 'NC', 694, 1.8, 1.1, [[270, 289]]],
  ['38', 'ND', 259, 0.4, 1.35, [[580, 588]]],
  ['39', 'OH', 1055, 1.4, 1.1, [[430, 459]]],
  ['40', 'OK', 500, 0.9, 1.15, [[730, 749]]],
  ['41', 'OR', 352, 1.4, 1.15, [[970, 979]]],
  ['42', 'PA', 1564, 1.0, 1.3, [[150, 196]]],
  ['44', 'RI', 69, 2.0, 1.25, [[28, 29]]],
  ['45', 'SC', 375, 1.7, 1.05, [[290, 299]], 218070778],
  ['46', 'SD', 268, 0.4, 1.2, [[570, 577]]],
  ['47', 'TN', 537, 1.6, 1.15, [[370, 385]]],
  ['48', 'TX', 1666, 1.9, 1.35, [[750, 799], [885, 885]]],
  ['49', 'UT', 241, 1.5, 1.2, [[840, 847]]],
  ['50', 'VT', 222, 0.4, 1.1, [[50, 59]]],
  ['51', 'VA', 768, 1.3, 1.4, [[201, 201], [220, 246]]],
  ['53', 'WA', 518, 1.7, 1.45, [[980, 994]]],
  ['54', 'WV', 574, 0.5, 0.95, [[247, 268]]],
  ['55', 'WI', 666, 1.0, 1.15, [[530, 549]]],
  ['56', 'WY', 139, 0.6, 1.6, [[820, 831]]],
];

export const IRS_STATES: readonly IrsState[] = ROWS.map(([fips, code, zips, size, income, prefixes, a02650Sum]) => ({
  fips,
  code,
  zips,
  size,
  income,
  prefixes,
  ...(a02650Sum === undefined ? {} : { a02650Sum }),
}));

/** Data rows at scale 1: 27,790 ZIP-like codes × 6 `agi_stub` brackets. */
export const IRS_ROWS = 166740;
