// Trigger words: titles before person names, heads of organisation and location names (Arabic and English).
import { matchKey } from '@shabaka/text';

/** A trigger class used as a feature and by the rules. */
export type TriggerClass = 'TITLE' | 'ORGHEAD' | 'LOCHEAD';

const AR: Record<TriggerClass, string> = {
  TITLE:
    'رئيس الرئيس وزير الوزير ملك الملك أمير الأمير شيخ الشيخ السيد السيدة الدكتور د. النائب نائب المستشار الجنرال العقيد اللواء العميد الفريق المشير القائد قائد الزعيم زعيم الحاج الإمام البابا الأستاذ المهندس المحامي القاضي الشاعر الكاتب الروائي المخرج الفنان الفنانة الممثل المدرب مدرب اللاعب لاعب الناطق المتحدث متحدث مدير المدير سفير السفير رئيسة الرئيسة الوزيرة المبعوث مبعوث المفوض الأمين أمين المرشح المرشحة الداعية العاهل ولي السلطان المطرب المطربة النجم الصحفي الصحافي الكابتن المستشارة الحارس المهاجم',
  ORGHEAD:
    'وزارة حزب تنظيم جامعة وكالة شركة بنك مصرف جيش حركة جماعة منظمة مجلس هيئة اتحاد نادي صحيفة جريدة مجلة قناة إذاعة مؤسسة لجنة جبهة محكمة مركز معهد جمعية منتخب فريق كتائب سرايا ألوية مكتب رابطة نقابة مجموعة صندوق برنامج ائتلاف تحالف كلية أكاديمية مستشفى شرطة قوات الأمم',
  LOCHEAD:
    'مدينة ولاية محافظة منطقة إقليم بلدة قرية مخيم جزيرة جزر عاصمة بحر نهر جبل جبال شارع حي مطار ميناء ساحة قضاء مقاطعة دولة جمهورية مملكة إمارة سلطنة خليج صحراء وادي ضاحية',
};

const EN: Record<TriggerClass, string> = {
  TITLE:
    'mr mr. mrs mrs. ms ms. dr dr. president minister king queen prince princess sheikh sheik emir gen. general sen. senator rep. gov. governor judge pope sir lord lady chancellor premier secretary ambassador spokesman spokeswoman coach striker midfielder defender goalkeeper captain colonel col. lt. sgt. capt. commander chairman chief director envoy mayor rabbi cardinal bishop father brother sister ayatollah',
  ORGHEAD:
    'university party bank ministry corp corp. inc inc. ltd ltd. co co. company group association council committee union federation agency club fc united airlines airways news times post journal institute organisation organization commission foundation authority army court league front movement corporation holdings',
  LOCHEAD:
    'city river mountain mount mt. lake island islands province county street avenue valley bay gulf sea ocean desert region state republic kingdom port airport',
};

function compile(lists: Record<TriggerClass, string>, key: (w: string) => string): Map<string, TriggerClass> {
  const map = new Map<string, TriggerClass>();
  for (const cls of Object.keys(lists) as TriggerClass[]) for (const w of lists[cls].split(' ')) map.set(key(w), cls);
  return map;
}

const AR_TRIGGERS = compile(AR, matchKey);
const EN_TRIGGERS = compile(EN, (w) => w.toLowerCase());

/**
 * The trigger class of a word given its lookup keys (normalised form, then clitic-stripped forms).
 * @example triggerOf(['والرييس', 'الرييس'], 'ar') // 'TITLE'
 */
export function triggerOf(keys: readonly string[], lang: 'ar' | 'en'): TriggerClass | null {
  const map = lang === 'ar' ? AR_TRIGGERS : EN_TRIGGERS;
  for (const k of keys) {
    const t = map.get(k);
    if (t) return t;
  }
  return null;
}
