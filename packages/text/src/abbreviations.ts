// Latin abbreviations written with a final dot that rarely end a sentence (lowercase; shared by tokens and sentences).

export const ABBREVIATIONS: readonly string[] = (
  'mr mrs ms dr prof sr jr st gen col lt sgt capt maj adm cmdr gov sen rep pres rev hon fr messrs mme mlle ' +
  'vs etc cf al approx dept univ inc ltd co corp bros vol vols pp fig eds ' +
  'jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd rd'
).split(' ');
