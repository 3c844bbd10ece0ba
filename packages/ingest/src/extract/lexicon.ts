// Closed word lists of the extractor (Arabic and English): role nouns, event triggers, modality cues, dates.
// Words are written as news writes them; `keySet` folds them with matchKey so lookups ignore hamza/ة/tashkeel.
import { matchKey } from '@shabaka/text';
import type { EventType, Predicate } from '@shabaka/schema';

/**
 * A set of matchKeys built from natural spellings.
 * @example keySet(['الخارجية']).has('الخارجيه') // true
 */
export function keySet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(matchKey));
}

/** Role text of a counterpart phrase, replaced by the role of the person it mirrors. */
export const COUNTERPART = 'نظير';

/**
 * Role head nouns. `head` marks leaders (LEADS when the role belongs to an organisation).
 * Plural forms map to the singular written in the role text.
 */
export interface RoleNoun {
  singular: string;
  head: boolean;
}
const ROLE_NOUNS_AR: Record<string, RoleNoun> = {};
function roleAr(forms: string[], singular: string, head = false): void {
  for (const f of forms) ROLE_NOUNS_AR[matchKey(f)] = { singular, head };
}
roleAr(['رئيس', 'الرئيس', 'رؤساء', 'رئيسة', 'الرئيسة', 'الرئيسين', 'رئيسا'], 'رئيس', true);
roleAr(['وزير', 'الوزير', 'وزراء', 'وزيرة', 'الوزيرة', 'وزيري', 'وزيرا', 'الوزيرين'], 'وزير');
roleAr(['ملك', 'الملك', 'العاهل'], 'الملك', true);
roleAr(['أمير', 'الأمير'], 'الأمير', true);
roleAr(['زعيم', 'الزعيم', 'زعماء'], 'زعيم', true);
roleAr(['قائد', 'القائد', 'قادة'], 'قائد', true);
roleAr(['أمين', 'الأمين'], 'أمين');
roleAr(['مستشار', 'المستشار'], 'مستشار');
roleAr(['سفير', 'السفير', 'سفيرة'], 'سفير');
roleAr(['مدير', 'المدير', 'مديرة'], 'مدير', true);
roleAr(['نائب', 'النائب'], 'نائب');
roleAr(['متحدث', 'المتحدث', 'الناطق', 'ناطق'], 'المتحدث');
roleAr(['كبير', 'كبيرة'], 'كبير');
roleAr(['محافظ', 'المحافظ', 'والي'], 'محافظ');
roleAr(['مبعوث', 'المبعوث'], 'المبعوث');
roleAr(['ولي العهد'], 'ولي العهد');
// "نظيره الإيراني X": X holds, for his country, the role of the person he is the counterpart of.
roleAr(['نظير', 'نظيره', 'نظيرته', 'نظيرها', 'نظرائه', 'نظيريه'], COUNTERPART);
roleAr(['رئيس الوزراء', 'رئيسة الوزراء'], 'رئيس الوزراء', true);
export const ROLE_NOUNS: ReadonlyMap<string, RoleNoun> = new Map(Object.entries(ROLE_NOUNS_AR));

/** Words that may follow a role noun inside the role (construct state): الخارجية، المخابرات، الوزراء … */
export const ROLE_COMPLEMENTS_AR = keySet([
  'الخارجية',
  'خارجية',
  'الداخلية',
  'داخلية',
  'الدفاع',
  'دفاع',
  'المالية',
  'الوزراء',
  'الحكومة',
  'المخابرات',
  'الاستخبارات',
  'الأركان',
  'العام',
  'المعارضة',
  'البرلمان',
  'مجلس',
  'النواب',
  'الشورى',
  'الأسبق',
  'السابق',
  'المفاوضين',
  'العدل',
  'الاقتصاد',
  'الطاقة',
  'النفط',
  'الصحة',
  'التجارة',
  'الإعلام',
  'الخزانة',
  'الجمهورية',
  'الدولة',
  'الأمن',
  'القومي',
  'الوطني',
  'الشؤون',
  'العسكرية',
  'الجيش',
  'الشرطة',
  'الدرك',
  'البلدية',
  'بلدية',
  'الحزب',
  'التنظيم',
  'الحركة',
  'باسم',
  'عام',
  'الأعلى',
  'التحرير',
]);

/** English role phrases (lowercase), longest first; `head` as for Arabic. */
export const ROLES_EN: readonly { words: string[]; role: string; head: boolean }[] = [
  ['prime', 'minister'],
  ['foreign', 'minister'],
  ['interior', 'minister'],
  ['defence', 'minister'],
  ['defense', 'minister'],
  ['finance', 'minister'],
  ['secretary', 'of', 'state'],
  ['secretary', 'general'],
  ['secretary-general'],
  ['vice', 'president'],
  ['crown', 'prince'],
  ['chief', 'negotiator'],
  ['intelligence', 'chief'],
  ['army', 'chief'],
  ['spokesman'],
  ['spokeswoman'],
  ['spokesperson'],
  ['president'],
  ['chancellor'],
  ['king'],
  ['emir'],
  ['leader'],
  ['minister'],
  ['ambassador'],
  ['governor'],
  ['chairman'],
  ['envoy'],
  ['counterpart'],
  ['commander'],
  ['director'],
  ['head'],
].map((words) => {
  const role = words.join(' ');
  return {
    words,
    role,
    head: /^(prime minister|president|chancellor|king|emir|leader|chairman|head|director)$/.test(role),
  };
});

/** Event and relation triggers: the first key of `forms` (possibly multi-word) starts the trigger. */
export interface Trigger {
  forms: string[][];
  event: EventType | null;
  predicate: Predicate | null;
  /** Verbs take their subject before (English) or right after (Arabic VSO); nouns only take participants. */
  pos: 'verb' | 'noun';
  /** A verb in the future form (سيلتقي، will meet). */
  future?: boolean;
}

function trig(
  words: string[],
  event: EventType | null,
  predicate: Predicate | null,
  pos: 'verb' | 'noun',
  future = false,
): Trigger {
  return { forms: words.map((w) => w.split(' ').map(matchKey)), event, predicate, pos, future };
}

export const TRIGGERS_AR: readonly Trigger[] = [
  trig(
    [
      'التقى',
      'التقت',
      'يلتقي',
      'تلتقي',
      'يلتق',
      'تلتق',
      'التقيا',
      'اجتمع',
      'اجتمعت',
      'يجتمع',
      'تجتمع',
      'استقبل',
      'استقبلت',
      'يستقبل',
      'بحث مع',
      'بحثت مع',
    ],
    'MEETING',
    'MET',
    'verb',
  ),
  trig(['سيلتقي', 'ستلتقي', 'سيجتمع', 'ستجتمع', 'سيستقبل', 'ستستقبل'], 'MEETING', 'MET', 'verb', true),
  // "بحث X مع Y": discussed (in a meeting); a meeting still needs two people in the clause.
  trig(['بحث', 'بحثت', 'يبحث', 'تبحث', 'ناقش', 'ناقشت', 'يناقش', 'تناقش'], 'MEETING', 'MET', 'verb'),
  trig(
    [
      'لقاء',
      'اللقاء',
      'لقائه',
      'لقائها',
      'اجتماع',
      'الاجتماع',
      'اجتماعا',
      'اجتماعات',
      'الاستقبال',
      'استقبال',
      'قمة',
      'القمة',
      'مباحثات',
      'المباحثات',
    ],
    'MEETING',
    'MET',
    'noun',
  ),
  trig(
    ['محادثات', 'المحادثات', 'مفاوضات', 'المفاوضات', 'التفاوض', 'جولة مفاوضات', 'جولات'],
    'NEGOTIATION',
    null,
    'noun',
  ),
  trig(
    [
      'اتصال هاتفي',
      'اتصالا هاتفيا',
      'اتصالاً هاتفياً',
      'مكالمة',
      'مكالمة هاتفية',
      'اتصالا',
      'اتصالين',
      'اتصالات هاتفية',
      'اتصالات',
      'هاتفيا',
      'تحدث هاتفيا',
      'اتصال',
      'الاتصال',
      'هاتف',
      'هاتفه',
    ],
    'CALL',
    'SPOKE_WITH',
    'noun',
  ),
  trig(
    [
      'أوقف',
      'أوقفت',
      'توقيف',
      'اعتقل',
      'اعتقلت',
      'اعتقال',
      'احتجز',
      'احتجزت',
      'احتجاز',
      'القبض',
      'يوقف',
      'توقف',
      'تعتقل',
      'يعتقل',
    ],
    'ARREST',
    'ARRESTED',
    'verb',
  ),
  trig(['هاجم', 'هاجمت', 'يهاجم', 'استهدف', 'استهدفت', 'قصف', 'قصفت', 'شن', 'شنت'], 'ATTACK', 'ATTACKED', 'verb'),
  trig(
    [
      'هجوم',
      'الهجوم',
      'هجمات',
      'الهجمات',
      'هجوما',
      'القصف',
      'غارة',
      'غارات',
      'تفجير',
      'اعتداء',
      'اعتداءات',
      'اشتباك',
      'اشتباكات',
    ],
    'ATTACK',
    'ATTACKED',
    'noun',
  ),
  trig(
    ['اتهم', 'اتهمت', 'يتهم', 'تتهم', 'اتهام', 'اتهامات', 'تتهمه', 'اتهمته', 'اتهمه', 'يتهمه'],
    null,
    'ACCUSED',
    'verb',
  ),
  trig(
    ['زار', 'زارت', 'يزور', 'تزور', 'زيارة', 'الزيارة', 'زيارته', 'زيارتها', 'وصل إلى', 'وصلت إلى', 'توجه إلى'],
    'VISIT',
    'VISITED',
    'verb',
  ),
  trig(['سيزور', 'ستزور'], 'VISIT', 'VISITED', 'verb', true),
  trig(
    [
      'قال',
      'قالت',
      'يقول',
      'تقول',
      'أكد',
      'أكدت',
      'يؤكد',
      'صرح',
      'صرحت',
      'أعلن',
      'أعلنت',
      'يعلن',
      'أوضح',
      'أوضحت',
      'أضاف',
      'أضافت',
      'أشار',
      'أشارت',
      'ذكر',
      'ذكرت',
      'بيان',
      'تصريح',
      'تصريحه',
      'تصريحات',
      'كتب',
      'كتبت',
      'دعا',
      'دعت',
      'شدد',
      'شددت',
      'مضيفا',
      'مضيفة',
      'قائلا',
      'قائلة',
      'مؤكدا',
      'مؤكدة',
      'مشيرا',
      'مشيرة',
    ],
    'STATEMENT',
    'SAID_ABOUT',
    'verb',
  ),
  trig(['وقع', 'وقعت', 'توقيع', 'يوقع', 'اتفاقية', 'اتفاق'], null, 'SIGNED_AGREEMENT_WITH', 'verb'),
  trig(
    ['دعم', 'يدعم', 'تدعم', 'أيد', 'أيدت', 'يؤيد', 'تأييد', 'مؤيدا', 'مؤيد', 'يساند', 'ساند'],
    null,
    'SUPPORTS',
    'verb',
  ),
  trig(['يعارض', 'تعارض', 'عارض', 'رفض', 'رفضت', 'يرفض', 'يدين', 'أدان', 'أدانت'], null, 'OPPOSES', 'verb'),
  trig(['ضد', 'معارضة', 'التصدي'], null, 'OPPOSES', 'noun'),
  trig(
    ['عضو', 'عضوا', 'أعضاء', 'انضم', 'انضمت', 'القيادي', 'قيادي', 'المنتمي', 'منتمين', 'انتمائه'],
    null,
    'MEMBER_OF',
    'noun',
  ),
  trig(
    ['يترأس', 'يترأسه', 'يترأسها', 'ترأس', 'برئاسة', 'يتزعم', 'يتزعمه', 'بزعامة', 'بقيادة', 'يقود', 'يقوده'],
    null,
    'LEADS',
    'verb',
  ),
];

export const TRIGGERS_EN: readonly Trigger[] = [
  trig(
    ['met', 'meets', 'meet', 'meeting', 'received', 'hosted', 'hosts', 'summit', 'held talks', 'talks with'],
    'MEETING',
    'MET',
    'verb',
  ),
  trig(['will meet', 'is to meet', 'plans to meet', 'will host'], 'MEETING', 'MET', 'verb', true),
  trig(['negotiations', 'talks', 'negotiated'], 'NEGOTIATION', null, 'noun'),
  trig(
    ['phoned', 'phone call', 'telephone call', 'spoke by phone', 'spoke by telephone', 'call with', 'telephoned'],
    'CALL',
    'SPOKE_WITH',
    'verb',
  ),
  trig(
    ['arrested', 'detained', 'arrest', 'arrests', 'detention', 'apprehended', 'rounded up', 'captured'],
    'ARREST',
    'ARRESTED',
    'verb',
  ),
  trig(['attacked', 'struck', 'shelled', 'bombed', 'targeted'], 'ATTACK', 'ATTACKED', 'verb'),
  trig(
    ['attack', 'attacks', 'bombing', 'raid', 'airstrike', 'airstrikes', 'strike on', 'clash', 'clashes'],
    'ATTACK',
    'ATTACKED',
    'noun',
  ),
  trig(['accused', 'accuses', 'accusing', 'charged', 'blamed'], null, 'ACCUSED', 'verb'),
  trig(
    ['visited', 'visits', 'visit', 'arrived in', 'trip to', 'travelled to', 'traveled to'],
    'VISIT',
    'VISITED',
    'verb',
  ),
  trig(['will visit'], 'VISIT', 'VISITED', 'verb', true),
  trig(
    ['said', 'says', 'told', 'stated', 'announced', 'added', 'stressed', 'wrote', 'statement', 'declared'],
    'STATEMENT',
    'SAID_ABOUT',
    'verb',
  ),
  trig(['signed', 'signs', 'agreement with', 'deal with'], null, 'SIGNED_AGREEMENT_WITH', 'verb'),
  trig(['supports', 'supported', 'support', 'backed', 'backs', 'endorsed', 'support for'], null, 'SUPPORTS', 'verb'),
  trig(['opposes', 'opposed', 'rejected', 'condemned', 'against', 'fight against'], null, 'OPPOSES', 'verb'),
  trig(['member of', 'joined', 'members of'], null, 'MEMBER_OF', 'noun'),
  trig(['leader of', 'led by', 'headed by', 'leads', 'chairs', 'heads'], null, 'LEADS', 'verb'),
];

/** Negation cues (modality `negated`). */
export const NEGATION = keySet([
  'لم',
  'لن',
  'لا',
  'ليس',
  'نفى',
  'نفت',
  'ينفي',
  'تنفي',
  'نفي',
  'not',
  "didn't",
  'never',
  'denied',
  'denies',
  'no',
  "won't",
  "hasn't",
  "haven't",
]);
/** Denials: up to eight words before the trigger ("denied reports that X met Y", نفى أن يكون قد التقى). */
export const DENIAL = keySet(['نفى', 'نفت', 'ينفي', 'تنفي', 'نفي', 'denied', 'denies', 'deny', 'denying']);
/** Conditional cues before the trigger (modality `planned`: it happens only if …). */
export const CONDITIONAL = keySet(['إذا', 'لو', 'if', 'unless']);
/** Future and plan cues (modality `planned`). */
export const FUTURE = keySet([
  'سوف',
  // Light verbs in the future before an event noun: سيجري اتصالاً، ستعقد اجتماعاً.
  'سيجري',
  'ستجري',
  'سيعقد',
  'ستعقد',
  'سيقوم',
  'ستقوم',
  'المنتظر',
  'المتوقع',
  'يتوقع',
  'تنوي',
  'غدا',
  'would',
  'slated',
  'intends',
  'tomorrow',
  'المقرر',
  'المقبل',
  'المقبلة',
  'يعتزم',
  'تعتزم',
  'ينوي',
  'will',
  'plans',
  'planned',
  'expected',
  'scheduled',
  'next',
  'upcoming',
]);
/** Reported-speech cues (modality `reported`): the source is unnamed or distanced. */
export const REPORTED = keySet([
  'مصادر',
  'بحسب',
  'حسب',
  'وفقا',
  'نقلت',
  'نقلا',
  'reportedly',
  'sources',
  'according',
  'allegedly',
  'مزعوم',
  'مزعوما',
  'يُزعم',
]);

/** Generic heads that classify an organisation or place name and are not part of it. */
export const ORG_HEADS = keySet([
  'تنظيم',
  'حزب',
  'حركة',
  'جماعة',
  'صحيفة',
  'قناة',
  'وكالة',
  'منظمة',
  'جمعية',
  'شركة',
  'مجموعة',
  'ميليشيا',
  'موقع',
  'منصة',
  'هيئة',
  'جبهة',
  'فصيل',
  'تحالف',
  'ائتلاف',
]);
export const PLACE_HEADS = keySet([
  'مدينة',
  'بلدة',
  'قرية',
  'ولاية',
  'محافظة',
  'إقليم',
  'منطقة',
  'مقاطعة',
  'العاصمة',
  'عاصمة',
  'ميناء',
  'مطار',
  'نادي',
  'جزيرة',
  'بحر',
  'نهر',
  'مخيم',
  'حي',
]);
/** Cues that introduce another name of the same person (kunya, nickname, alias). */
export const ALIAS_CUES = keySet([
  'المكني',
  'المكنى',
  'الملقب',
  'الملقب',
  'المعروف',
  'ويدعى',
  'alias',
  'aka',
  'known',
  'dubbed',
  'nicknamed',
]);
/** Heads of named state bodies and offices: مكتب المدعي العام في X، مديرية أمن X، وزارة الخارجية التركية. */
export const GOV_HEADS = keySet([
  'مكتب',
  'مديرية',
  'وزارة',
  'رئاسة',
  'قيادة',
  'محكمة',
  'مجلس',
  'بلدية',
  'سفارة',
  'قنصلية',
  'جهاز',
  'هيئة',
  'دائرة',
  'جامعة',
  'برلمان',
]);
/** Anaphors for "the country (of this article)". */
export const COUNTRY_ANAPHORS = keySet(['البلاد']);
/** Compass directions, for "مدينة X شمال غربي البلاد". */
export const DIRECTIONS = keySet([
  'شمال',
  'جنوب',
  'شرق',
  'غرب',
  'شمالي',
  'جنوبي',
  'شرقي',
  'غربي',
  'وسط',
  'north',
  'south',
  'east',
  'west',
  'northwest',
  'northeast',
  'southwest',
  'southeast',
  'northern',
  'southern',
  'eastern',
  'western',
]);
/** Prepositions that introduce a location. */
export const LOCATIVE = keySet(['في', 'بـ', 'in', 'at']);

/**
 * Titles and honorifics written before a name: not part of the name, never a person of their own.
 * (Office titles that are roles — الرئيس, President, King — are role nouns and handled as roles.)
 */
export const HONORIFICS = keySet([
  'الأمير',
  'أمير',
  'الأميرة',
  'الشيخ',
  'شيخ',
  'الشيخة',
  'الدكتور',
  'الدكتورة',
  'د',
  'اللواء',
  'العميد',
  'العقيد',
  'المقدم',
  'الرائد',
  'النقيب',
  'الفريق',
  'المشير',
  'العماد',
  'الجنرال',
  'السيد',
  'السيدة',
  'الإمام',
  'المهندس',
  'الحاج',
  'الأستاذ',
  'prince',
  'princess',
  'sheikh',
  'sheik',
  'shaikh',
  'sheikha',
  'dr',
  'doctor',
  'general',
  'gen',
  'lieutenant',
  'colonel',
  'col',
  'major',
  'maj',
  'brigadier',
  'captain',
  'capt',
  'admiral',
  'adm',
  'marshal',
  'sergeant',
  'mr',
  'mrs',
  'ms',
  'miss',
  'sir',
  'dame',
  'lord',
  'lady',
  'imam',
  'ayatollah',
  'rabbi',
  'senator',
  'sen',
  'representative',
  'rep',
  'judge',
  'democrat',
  'republican',
  'president',
  'king',
  'queen',
  'emir',
]);

/** Words that join the parts of one Arabic name ("Faisal bin Farhan"): a name on each side is one person. */
export const NAME_JOINERS = keySet(['بن', 'ابن', 'بنت', 'bin', 'ibn', 'bint', 'ben']);

/** Words never starting or inside a person name found by the title rule (function words, verbs of saying…). */
export const NAME_STOP = keySet([
  'في',
  'من',
  'إلى',
  'عن',
  'مع',
  'أن',
  'إن',
  'أنه',
  'إنه',
  'التي',
  'الذي',
  'الذين',
  'وقال',
  'قال',
  'و',
  'أو',
  'ثم',
  'لم',
  'لن',
  'قد',
  'كان',
  'كانت',
  'هذا',
  'هذه',
  'ذلك',
  'تلك',
  'بعد',
  'قبل',
  'خلال',
  'حول',
  'بين',
  'عبر',
  'لدى',
  'منذ',
  'حتى',
  'أمس',
  'اليوم',
  'غدا',
  'إنه',
  'أيضا',
  'كما',
  'بأن',
  'لأن',
  'the',
  'a',
  'an',
  'of',
  'in',
  'on',
  'and',
  'said',
  'told',
  'to',
  'for',
  'with',
  'at',
  'by',
  'from',
  'has',
  'have',
  'had',
  'was',
  'is',
  'who',
  'that',
]);

/** Arabic and English month names → month number; Syriac (Levantine) names too. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      [['يناير', 'كانون الثاني', 'january', 'jan'], 1],
      [['فبراير', 'شباط', 'february', 'feb'], 2],
      [['مارس', 'آذار', 'march', 'mar'], 3],
      [['أبريل', 'إبريل', 'نيسان', 'april', 'apr'], 4],
      [['مايو', 'أيار', 'may'], 5],
      [['يونيو', 'حزيران', 'june', 'jun'], 6],
      [['يوليو', 'تموز', 'july', 'jul'], 7],
      [['أغسطس', 'آب', 'august', 'aug'], 8],
      [['سبتمبر', 'أيلول', 'september', 'sept', 'sep'], 9],
      [['أكتوبر', 'تشرين الأول', 'october', 'oct'], 10],
      [['نوفمبر', 'تشرين الثاني', 'november', 'nov'], 11],
      [['ديسمبر', 'كانون الأول', 'december', 'dec'], 12],
    ] as const
  ).flatMap(([names, m]) => names.map((n) => [matchKey(n), m] as const)),
);

/** Weekdays → JS day number (0 = Sunday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  (
    [
      [['الأحد', 'sunday'], 0],
      [['الاثنين', 'الإثنين', 'monday'], 1],
      [['الثلاثاء', 'tuesday'], 2],
      [['الأربعاء', 'wednesday'], 3],
      [['الخميس', 'thursday'], 4],
      [['الجمعة', 'friday'], 5],
      [['السبت', 'saturday'], 6],
    ] as const
  ).flatMap(([names, d]) => names.map((n) => [matchKey(n), d] as const)),
);
