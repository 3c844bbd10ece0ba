// Shapes of the compiled linking knowledge base files in packages/ingest/kb (written by scripts/build-kb.ts).
import type { EntitySubtype } from '@shabaka/schema';

/** A country: ISO 3166 code, names, demonyms (country-codes PDDL, laravel-nationalities MIT, our aliases). */
export interface KbCountry {
  iso: string;
  nameEn: string;
  nameAr: string;
  wikidata?: string | undefined;
  geonames?: string | undefined;
  capitalEn?: string | undefined;
  aliasesAr: string[];
  aliasesEn: string[];
  demonymsAr: string[];
  demonymsEn: string[];
}

/** A GeoNames city with its Arabic names (GeoNames, CC BY 4.0). */
export interface KbCity {
  geonames: string;
  nameEn: string;
  ar: string[];
  country: string;
  population: number;
  lat: number;
  lon: number;
  capital?: boolean | undefined;
  admin?: boolean | undefined;
}

/** A well-known office holder (curated list + EveryPolitician Wikidata extract, CC0). */
export interface KbPerson {
  nameEn: string;
  ar: string[];
  short: string[];
  country?: string | undefined;
  org?: string | undefined;
  /** English role key: 'president', 'prime minister', 'foreign minister', … */
  role: string;
  wikidata?: string | undefined;
  former?: boolean | undefined;
  /** The Arabic name was composed from ANETAC word transliterations, not written by a person. */
  generatedAr?: boolean | undefined;
}

/** A region, sea or territory (curated by the Shabaka authors). */
export interface KbPlace {
  en: string;
  ar: string[];
  enAliases?: string[];
  subtype: EntitySubtype;
  country?: string;
  wikidata?: string;
}

/** A well-known organisation (curated by the Shabaka authors). */
export interface KbOrganization {
  en: string;
  ar: string[];
  enAliases?: string[];
  /** Arabic nisba adjectives of members (داعشي): "الداعشي X" makes X a member. */
  adjAr?: string[];
  subtype: EntitySubtype;
  wikidata?: string;
}
