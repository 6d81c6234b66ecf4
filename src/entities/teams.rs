//! Clubs and carmakers in their own news. Many clubs share a city's name («ليون», «هامبورغ», «دينامو كييف») and
//! carmakers a month's or a word's («نيسان», «أودي»), so the tagger, reading one sentence at a time, makes them
//! places or leaves them out. In a document about sport (at least [`MIN_CUES`] of its words are «مباراة», «الدوري»,
//! «لاعب», …) every name of the clubs list is an organization, whatever the tagger made of it; in one about cars
//! («سيارة», «طراز», «محرك», …) so is every name of the companies list. A person's name is left alone, and so are a
//! name the tagger ran on past the listed one («سلتيك بارك», the stadium) and one after a kind of place («مدينة ليون»).
//!
//! Clubs named by a common word («الاتحاد», «النصر», `data/clubs_common.txt`) need more: in a document about sport,
//! such a name right after «نادي», «فريق», «لاعب», «مدرب», … once is the club wherever else the document names it,
//! untagged or as a place; without the article before a city it is the club of that city («أهلي جدة»).

use std::sync::OnceLock;

use super::hash::key;
use super::heads::View;
use super::lexicon::{GAZ_CITY, GAZ_CLUB, GAZ_COMPANY, GAZ_TERRITORY, GIVEN, Lexicon, NATIONALITY, lines, word_norms};
use super::model::{B_LOC, B_ORG, B_PER, I_LOC, I_PER, is_inside};
use crate::hash::FxSet;
use crate::tokenizer::TokenKind;

/// Fewest cue words that make a document one about sport, or about cars: so many occurrences, of two words at least.
pub(super) const MIN_CUES: usize = 3;

/// Words of sports reporting, proclitics left out (the article kept). Words with a common sense outside sport are
/// not cues: «هدف» and «الأهداف» (target), «منتخب» (elected; «المنتخب» is the national team), «فريق» (a team of
/// anyone), «الفوز» (in elections too), «جزاء» (punishment).
const SPORT_CUES: &str = "مباراة المباراة مباراته مباريات المباريات الدوري دوري لاعب اللاعب لاعبا لاعبين اللاعبين لاعبي \
     مدرب المدرب الملعب ملعب الشوط شوط هدفين ركلة ركلات البطولة بطولة كأس الكأس نادي النادي \
     كرة استاد الاستاد ستاد منافسات المنافسات المنتخب هدفا";

/// Words right before a club's name: «نادي الاتحاد», «لاعب النصر», «مدرب الفتح», «جماهير الأهلي», «مباراة النصر».
const CLUB_CUES: &str = "نادي النادي ناديي فريق فريقي لاعب لاعبو لاعبي مدرب مدربو حارس جماهير جمهور كابتن نجم مهاجم مدافع بعثة مباراة";

/// Words that make a common word after them part of another name: «كأس الاتحاد», «طيران الاتحاد», «لرعاية الشباب»,
/// «منتخب الشباب», «العالم العربي».
const NOT_CLUB_BEFORE: &str = "كأس بطولة طيران رعاية منتخب العالم فئة";

/// Clubs named by a common word without the article, before the city whose club they are («أهلي جدة», «هلال
/// بنغازي», «اتحاد طنجة»); not «شباب» nor «شمال» («شباب مصر», «شمال أفريقيا»).
const CITY_CLUBS: &str = "أهلي هلال اتحاد نصر مريخ";

/// Clubs named by a common word: one name a line.
const CLUBS_COMMON: &str = include_str!("data/clubs_common.txt");

/// Words of motoring news, proclitics left out; a car bomb makes no motoring news («سيارة مفخخة»).
const CAR_CUES: &str = "سيارة السيارة سيارات السيارات طراز الطراز طرازات محرك المحرك محركات المحركات موديل الموديل";
const CAR_BOMB: &str = "مفخخة المفخخة مفخخات المفخخات";

fn keys(words: &str) -> FxSet<u64> {
    word_norms(words).iter().map(|w| key(w)).collect()
}

/// The cue word lists, as keys.
struct Cues {
    sport: FxSet<u64>,
    cars: FxSet<u64>,
    car_bomb: FxSet<u64>,
    club: FxSet<u64>,
    not_club_before: FxSet<u64>,
    common: FxSet<u64>,
    /// common-word clubs without the article that name a city's club before it: «أهلي جدة»
    indefinite: FxSet<u64>,
}

fn cues() -> &'static Cues {
    static CUES: OnceLock<Cues> = OnceLock::new();
    CUES.get_or_init(|| Cues {
        sport: keys(SPORT_CUES),
        cars: keys(CAR_CUES),
        car_bomb: keys(CAR_BOMB),
        club: keys(CLUB_CUES),
        not_club_before: keys(NOT_CLUB_BEFORE),
        common: lines(CLUBS_COMMON).flat_map(word_norms).map(|w| key(&w)).collect(),
        indefinite: keys(CITY_CLUBS),
    })
}

/// What a document is about, for its clubs and carmakers.
#[derive(Debug, Default)]
pub(super) struct Topic {
    /// The gazetteer classes that name an organization here: clubs in sports news, companies in motoring news.
    classes: u8,
    /// The clubs named by a common word that follow a club cue somewhere in the document (keys of the word).
    clubs: FxSet<u64>,
}

impl Topic {
    /// The topic of a document whose clitic-stripped word keys are `stems`.
    pub(super) fn of(stems: &[u64]) -> Topic {
        let cues = cues();
        // so many cue words in the document, two of them different
        let about = |set: &FxSet<u64>| {
            let found: Vec<u64> = stems.iter().filter(|k| set.contains(k)).copied().collect();
            found.len() >= MIN_CUES && found.iter().any(|&k| k != found[0])
        };
        let mut topic = Topic::default();
        if about(&cues.sport) {
            topic.classes |= GAZ_CLUB;
            topic.clubs = stems.windows(2).filter(|w| cues.club.contains(&w[0]) && cues.common.contains(&w[1])).map(|w| w[1]).collect();
        }
        if about(&cues.cars) && !stems.iter().any(|k| cues.car_bomb.contains(k)) {
            topic.classes |= GAZ_COMPANY;
        }
        topic
    }
}

/// Tag as organizations the clubs and carmakers of a sentence `v` that the document's `topic` makes them.
pub(super) fn apply(v: &View, tags: &mut [u8], topic: &Topic) {
    if topic.classes == 0 {
        return;
    }
    let lx = Lexicon::get();
    let n = tags.len().min(v.tokens.len());
    let mut i = 0;
    while i < n {
        let inside_before = is_inside(tags[i] as usize);
        // a kind of place before it makes it the city («مدينة ليون»); «لاعب وسط برشلونة» is a midfielder
        let place = |k: usize| v.tokens[k].norm != "وسط" && super::tidy::place_cue(&v.tokens[k].norm, false);
        let after_place = i > 0 && place(i - 1);
        let (mut found, mut class) = (0, 0);
        if v.tokens[i].kind == TokenKind::Arabic && !inside_before && !after_place {
            let next = |j: usize| (i + j < n).then(|| key(&v.tokens[i + j].norm));
            (found, class) = lx.longest_phrase(v.stems[i], next, |g| g & topic.classes != 0);
            // a name whose first letter reads like a clitic («بوروسيا دورتموند»)
            let whole = key(&v.tokens[i].norm);
            if whole != v.stems[i] {
                let by_whole = lx.longest_phrase(whole, next, |g| g & topic.classes != 0);
                if by_whole.0 > found {
                    (found, class) = by_whole;
                }
            }
            if found == 0 && topic.clubs.contains(&v.stems[i]) && matches!(tags[i], 0 | B_LOC) && common_club_here(v, i) {
                found = 1;
            }
        }
        let end = i + found;
        // the tagger's names inside stay inside: none runs on past the listed name, none is a person; and a company
        // named like a month is the month beside «/» or after a number («نيسان/ابريل», «ابريل/نيسان», «9 نيسان»;
        // «فولكسفاغن / أودي» are two carmakers)
        let runs_on = tags.get(end).is_some_and(|&t| is_inside(t as usize));
        let slash = |k: usize| v.tokens.get(k).is_some_and(|t| t.text == "/");
        let number = i > 0 && v.tokens[i - 1].kind == TokenKind::Number;
        let month = found == 1 && class & GAZ_COMPANY != 0 && super::lexicon::month_number(&v.tokens[i].norm).is_some();
        let month = month && (slash(end) || (i > 0 && slash(i - 1)) || number);
        // a club named like its city is the city before a feminine nationality («ميلان الإيطالية»; the club is
        // «ميلان الإيطالي»)
        let feminine = |k: usize| v.tokens.get(k).is_some_and(|t| t.norm.ends_with("ية") && v.flags(k) & NATIONALITY != 0);
        let city = class & (GAZ_CITY | GAZ_TERRITORY) != 0 && feminine(end);
        // a person stays a person, unless the tagger cut a listed name of several words into pieces
        let pieces = found > 1 && tags[i + 1..end].iter().any(|&t| !is_inside(t as usize));
        let person = tags[i..end].iter().any(|&t| t == B_PER || t == I_PER) && !pieces;
        if found > 0 && !runs_on && !month && !person && !city {
            tags[i] = B_ORG;
            tags[i + 1..end].fill(B_ORG + 1);
            i = end;
        } else {
            i += 1;
        }
    }
    if topic.classes & GAZ_CLUB != 0 {
        city_clubs(v, tags);
        national_clubs(v, tags);
        city_suffix_clubs(v, tags);
        paired_clubs(v, tags, topic);
    }
}

/// In sports news, two clubs joined by و are two organizations, though the tagger ran them into one («النصر والهلال»):
/// a word inside an organization with و on it opens one of its own when the rest of it is a club (of the clubs list,
/// or named by a common word the document uses as a club) and so is what comes before it in the name. (The sports-blind
/// split of `tidy::coordinated_organizations` needs a body's head after و; this one needs the document's clubs.)
fn paired_clubs(v: &View, tags: &mut [u8], topic: &Topic) {
    let lx = Lexicon::get();
    let n = tags.len().min(v.tokens.len());
    let club = |k: usize| {
        let k = v.stems[k];
        topic.clubs.contains(&k) || cues().common.contains(&k) || lx.longest_phrase(k, |_| None, |g| g & GAZ_CLUB != 0).0 == 1
    };
    for k in 1..n {
        let and = v.clitic(k, 'و');
        if tags[k] == B_ORG + 1 && and && tags[k - 1] == B_ORG && club(k) && club(k - 1) {
            tags[k] = B_ORG;
        }
    }
}

/// In sports news «سيتي» and «يونايتد» name English-style clubs, whatever the tagger made of them: after a place they
/// are one club with it («ملبورن سيتي», «نيويورك سيتي», «ليدز يونايتد»), alone they are the club the story is about
/// («"سيتي" يشكل الحلقة الاضعف»; «مدرب سيتي بيليغريني»: the person is the coach after it).
fn city_suffix_clubs(v: &View, tags: &mut [u8]) {
    let n = tags.len().min(v.tokens.len());
    for i in 0..n {
        let named = v.tokens[i].kind == TokenKind::Arabic && matches!(v.bare(i), "سيتي" | "يونايتد");
        // (not inside an organization or person already, nor a mall: «القطيف سيتي مول»)
        let mall = v.tokens.get(i + 1).is_some_and(|t| matches!(t.norm.as_str(), "مول" | "سنتر" | "سنتير" | "بلازا" | "ووك"));
        if !named || tags[i] == B_ORG || (is_inside(tags[i] as usize) && tags[i] != I_LOC) || mall {
            continue;
        }
        // the place it closes: a place the tagger found (or ran on into it), or an untagged gazetteer city
        let mut s = i;
        if v.strips[i].letters == 0 && i > 0 {
            if matches!(tags[i - 1], B_LOC | I_LOC) {
                s = i - 1;
                while s > 0 && tags[s] == I_LOC {
                    s -= 1;
                }
            } else if tags[i - 1] == 0 && super::lexicon::gazetteer_city(v.stems[i - 1]) {
                s = i - 1;
            }
        }
        if s == i && tags[i] == I_LOC {
            continue;
        }
        tags[s] = B_ORG;
        tags[s + 1..=i].fill(B_ORG + 1);
        // a name the tagger ran on past it: a person after it is the person («سيتي بيليغريني»), a place went on
        // with the club's name
        if tags.get(i + 1) == Some(&I_PER) {
            tags[i + 1] = B_PER;
        } else {
            let mut k = i + 1;
            while k < n && is_inside(tags[k] as usize) {
                tags[k] = B_ORG + 1;
                k += 1;
            }
        }
    }
}

/// Background frequency (Zipf) below which a word before a nationality in sports news may be a club's name.
const CLUB_WORD_MAX_ZIPF: f32 = 3.0;

/// In sports news, one to three words before a masculine nationality adjective are a club («ضيفاً على المريخ
/// السوداني», «فيتا كلوب الكونغولي», «الكويت الكويتي»): each word a club of `clubs_common.txt` (not «الاتحاد», the
/// federation), a city or the country the nationality is of, or a transliterated name (rare in the background
/// frequencies, unknown to the word classes, no verb or pronoun-suffixed word), only the first with a proclitic; none
/// a person the tagger found, none after a title («اللاعب ميسي الأرجنتيني»), and none the tagger put in a longer
/// name.
fn national_clubs(v: &View, tags: &mut [u8]) {
    let n = tags.len().min(v.tokens.len());
    let lx = Lexicon::get();
    let bg = crate::keywords::lexicon::background();
    let classes = super::clusters::Clusters::embedded();
    // (a pronoun suffix on a known word: «مدربه», «يدربه», «منافسهم»)
    let known = |w: &str| bg.word(w).is_some() || classes.classes_of_key(key(w)).is_some();
    // («كليته»: the ة of «كلية» written ت before the suffix)
    let suffixed = |w: &str| {
        ["ه", "ها", "هم", "نا"].iter().any(|p| {
            w.strip_suffix(p).is_some_and(|r| {
                r.chars().count() >= 2 && (known(r) || r.strip_suffix('ت').is_some_and(|b| known(&format!("{b}ة"))))
            })
        })
    };
    let named = |tags: &[u8], k: usize, e: usize| {
        let t = &v.tokens[k];
        let w = v.bare(k);
        // (rare, and unknown to the word classes: a transliterated name, not «انبرى»)
        // (nor a verb, «يزيحه», nor a word whose first letter may be a preposition the stripper kept, «لنيوشاتل»)
        let rare = bg.word(w).is_none_or(|z| z < CLUB_WORD_MAX_ZIPF)
            && bg.word(&t.norm).is_none_or(|z| z < CLUB_WORD_MAX_ZIPF)
            && classes.classes_of_key(v.stems[k]).is_none()
            && !suffixed(w)
            && !crate::keywords::verbs::verb_like(w)
            && !(v.strips[k].letters == 0 && w.starts_with(['ل', 'ب']));
        // (a city, or the country the nationality is of: «دبي الإماراتي», «الكويت الكويتي»; not «قارة آسيا الكوري»)
        let place = lx.flags(v.stems[k]) & GIVEN == 0
            && (super::lexicon::one_word_place(w) && lx.longest_phrase(v.stems[k], |_| None, |g| g & GAZ_TERRITORY != 0).0 == 0
                || v.tokens[e].norm.starts_with(w));
        // (not the common words that name a federation or a region: «الاتحاد الآسيوي», «العالم العربي»)
        let club = cues().common.contains(&v.stems[k]) && !cues().not_club_before.contains(&v.stems[k]) && w != "الاتحاد";
        t.kind == TokenKind::Arabic
            && matches!(tags[k], 0 | B_LOC)
            && v.flags(k) & (NATIONALITY | super::lexicon::TITLE) == 0
            && (club || place || rare)
    };
    for e in 1..n {
        let adjective = v.tokens[e].norm.ends_with('ي')
            && v.definite(e)
            && v.strips[e].letters == 0
            && v.flags(e) & NATIONALITY != 0
            && tags[e] == 0;
        if !adjective || !named(tags, e - 1, e) {
            continue;
        }
        let mut s = e - 1;
        while s > 0 && e - s < 3 && v.strips[s].letters == 0 && named(tags, s - 1, e) {
            s -= 1;
        }
        let titled = s > 0 && v.flags(s - 1) & super::lexicon::TITLE != 0;
        let inside = tags.get(e + 1).is_some_and(|&t| is_inside(t as usize)) || (s + 1..e).any(|k| tags[k] == B_LOC);
        if !titled && !inside {
            tags[s] = B_ORG;
            tags[s + 1..e].fill(B_ORG + 1);
        }
    }
}

/// In sports news, a common-word club without the article before a city or country of the gazetteers is the club of
/// that place, one organization with it («أهلي جدة», «هلال بنغازي», «اتحاد طنجة»).
fn city_clubs(v: &View, tags: &mut [u8]) {
    let n = tags.len().min(v.tokens.len());
    for i in 0..n.saturating_sub(1) {
        let free = |k: usize| tags[k] == 0 || (tags[k] == B_LOC && tags.get(k + 1).is_none_or(|&t| !is_inside(t as usize)));
        if v.tokens[i].kind == TokenKind::Arabic
            && tags[i] == 0
            && cues().indefinite.contains(&v.stems[i])
            && v.tokens[i + 1].kind == TokenKind::Arabic
            && v.strips[i + 1].letters == 0
            && free(i + 1)
            && super::lexicon::gazetteer_city(v.stems[i + 1])
        {
            tags[i] = B_ORG;
            tags[i + 1] = B_ORG + 1;
        }
    }
}

/// Whether the common word at `i` (a club of `data/clubs_common.txt`) is the club here, not the word. Right after a
/// club cue it is («النادي الأهلي», «مدرب الاتحاد الروماني»). Elsewhere it carries no preposition («بالتعاون مع»,
/// «للشباب»), follows no definite noun (then it is an adjective: «العالم العربي», «القطاع الاهلي») nor a word that
/// makes it part of another name («كأس الاتحاد»), and no relative adjective follows it («الوحدة الاجتماعية»; a
/// nationality is the player's or the coach's: «مدافع هجر الصربي»).
fn common_club_here(v: &View, i: usize) -> bool {
    if i > 0 && cues().club.contains(&v.stems[i - 1]) {
        return true;
    }
    let clitics = v.tokens[i].norm.get(..v.strips[i].bytes).unwrap_or("");
    let preposition = clitics.contains(['ب', 'ل', 'ك']);
    let after = i > 0 && (v.definite(i - 1) || cues().not_club_before.contains(&v.stems[i - 1]));
    let adjective = v.tokens.get(i + 1).is_some_and(|t| {
        let relative = t.norm.ends_with('ي') || t.norm.ends_with("ية");
        relative && v.definite(i + 1) && v.flags(i + 1) & NATIONALITY == 0 && !matches!(t.norm.as_str(), "الذي" | "التي")
    });
    !preposition && !after && !adjective
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::lexicon::{strip_proclitics, stripped_key};

    /// The rule alone on `text` as one document, from the `tags` given (the tagger's), with the embedded model's
    /// proclitic decisions: the document's topic classes and the tags after.
    fn run(text: &str, tags: &[u8]) -> (u8, Vec<u8>) {
        let model = crate::entities::embedded_model().expect("model");
        let opts = crate::PipelineOptions { segmentation: None, ..Default::default() };
        let tokens = crate::Pipeline::new(opts).expect("pipeline").analyze(text).tokens;
        let strips: Vec<_> = tokens.iter().map(|t| strip_proclitics(&t.norm, |w| model.count(w))).collect();
        let stems: Vec<u64> = tokens.iter().zip(&strips).map(|(t, &s)| stripped_key(&t.norm, s)).collect();
        let topic = Topic::of(&stems);
        let mut tags = if tags.is_empty() { vec![0; tokens.len()] } else { tags.to_vec() };
        apply(&View { tokens: &tokens, strips: &strips, stems: &stems }, &mut tags, &topic);
        (topic.classes, tags)
    }

    #[test]
    fn two_clubs_joined_by_and_are_two() {
        let text = "قبل مباراة النصر والهلال في الدوري قال مدرب الفريق إن اللاعب جاهز";
        let (_, tags) = run(text, &[0, 0, 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert_eq!(&tags[..4], &[0, 0, 3, 3]);
    }

    #[test]
    fn city_named_clubs_are_organizations_in_sports_news() {
        // فاز بنفيكا على دينامو كييف في المباراة ضمن الدوري وقال مدرب هامبورغ ان اللاعبين عادوا الى مدينة هامبورغ
        let (classes, tags) = run(
            "فاز بنفيكا على دينامو كييف في المباراة ضمن الدوري وقال مدرب هامبورغ ان اللاعبين عادوا الى مدينة هامبورغ",
            &[0, 5, 0, 5, 6, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 5],
        );
        assert_eq!(classes, GAZ_CLUB);
        // the clubs are organizations; the city after a kind of place stays a place
        assert_eq!(tags, vec![0, 3, 0, 3, 4, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 5]);
        // a place after a preposition stays a place («تقام المباراة في روما»); a person stays a person
        let (_, tags) = run("تقام المباراة في الدوري في روما ويلعب ميلان", &[0, 0, 0, 0, 0, 5, 0, 1]);
        assert_eq!(tags, vec![0, 0, 0, 0, 0, 5, 0, 1]);
        // a club named like its city is the city before a feminine nationality, the club before a masculine one
        let (_, tags) = run("وصل لاعبو المنتخب الى ميلان الإيطالية بعد المباراة مع ميلان الإيطالي في الدوري", &[0, 0, 0, 0, 5, 0, 0, 0, 0, 5, 0, 0, 0]);
        assert_eq!(tags, vec![0, 0, 0, 0, 5, 0, 0, 0, 0, 3, 0, 0, 0]);
        // a listed name the tagger cut into pieces, its first letter read as a clitic («ب» + «وروسيا» LOC, «دورتموند»
        // PER)
        let (_, tags) = run("تغلب بوروسيا دورتموند في المباراة ضمن الدوري مع اللاعبين", &[0, 5, 1, 0, 0, 0, 0, 0, 0]);
        assert_eq!(tags, vec![0, 3, 4, 0, 0, 0, 0, 0, 0]);
    }

    #[test]
    fn city_and_united_name_clubs_in_sports_news() {
        // «سيتي» alone; «سيتي» + the coach's name the tagger ran together; a city + «سيتي» or «يونايتد»
        let (_, tags) = run("قال مدرب الفريق \"سيتي\" يشكل الحلقة الاضعف في الدوري بعد المباراة", &[]);
        assert_eq!(tags, vec![0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0]);
        let (_, tags) = run("قال مدرب سيتي بيليغريني بعد المباراة في الدوري", &[0, 0, 1, 2, 0, 0, 0, 0]);
        assert_eq!(tags, vec![0, 0, 3, 1, 0, 0, 0, 0]);
        let (_, tags) = run("انتقل اللاعب من نيويورك سيتي الى ليدز يونايتد بعد المباراة في الدوري", &[0, 0, 0, 5, 0, 0, 5, 0, 0, 0, 0, 0]);
        assert_eq!(tags, vec![0, 0, 0, 3, 4, 0, 3, 4, 0, 0, 0, 0]);
        // not a mall, nor outside sports news
        let (_, tags) = run("وشهد مجمع القطيف سيتي مول بعد المباراة في الدوري مع اللاعبين", &[0, 0, 5, 6, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert_eq!(tags, vec![0, 0, 5, 6, 0, 0, 0, 0, 0, 0, 0, 0]);
        let (_, tags) = run("في نيويورك سيتي امس", &[0, 5, 0, 0]);
        assert_eq!(tags, vec![0, 5, 0, 0]);
    }

    #[test]
    fn what_a_document_is_about() {
        // «الأهداف» (targets) is no cue, however often it comes; two distinct cues at least
        assert_eq!(run("ضرب الارهاب الاهداف الناعمة وهذه الاهداف هي نفسها الاهداف التي حددها في المباراة", &[]).0, 0);
        assert_eq!(run("قال مدرب الفريق بعد المباراة ان اللاعبين جاهزون", &[]).0, GAZ_CLUB);
        // «كرة القدم», a stadium, the national team
        assert_eq!(run("فاز المنتخب على استاد الملك فهد في كرة القدم", &[]).0, GAZ_CLUB);
        // a car bomb is no motoring news
        assert_eq!(run("انفجرت سيارة مفخخة قرب السيارة الثانية واحترقت سيارات الشرطة", &[]).0, 0);
        assert_eq!(run("كشفت الشركة عن طراز جديد من السيارات بمحرك اقوى وسيارة كهربائية", &[]).0, GAZ_COMPANY);
    }

    #[test]
    fn carmakers_are_organizations_in_motoring_news_but_months_are_not() {
        // كشفت نيسان عن طراز جديد وتعرض أودي سيارة بمحرك اقوى في نيسان / ابريل و 9 نيسان وباعت فولكسفاغن / أودي
        let (classes, tags) =
            run("كشفت نيسان عن طراز جديد وتعرض أودي سيارة بمحرك اقوى في نيسان/ابريل و9 نيسان وباعت فولكسفاغن/أودي", &[]);
        assert_eq!(classes, GAZ_COMPANY);
        assert_eq!(tags, vec![0, 3, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 3]);
    }

    #[test]
    fn a_club_named_by_a_common_word_once_after_a_club_cue() {
        // انتقل اللاعب الى نادي الاتحاد بعد المباراة في الدوري وقال ان الاتحاد سيفوز بكأس الاتحاد وعبر عن سعادته بالنصر
        let (_, tags) = run("انتقل اللاعب الى نادي الاتحاد بعد المباراة في الدوري وقال ان الاتحاد سيفوز بكأس الاتحاد وعبر عن سعادته بالنصر", &[]);
        assert_eq!(tags, vec![0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0]);
        // after a preposition, as an adjective, or before an adjective, the club's word is the common word
        // قال مدرب العربي بعد المباراة في الدوري انه افضل لاعب في العالم العربي ويعمل بالتعاون مع لاعب التعاون من اجل الوحدة الاجتماعية ولاعب الوحدة
        let (_, tags) = run(
            "قال مدرب العربي بعد المباراة في الدوري انه افضل لاعب في العالم العربي ويعمل بالتعاون مع لاعب التعاون من اجل الوحدة الاجتماعية ولاعب الوحدة",
            &[],
        );
        let orgs: Vec<usize> = (0..tags.len()).filter(|&k| tags[k] == 3).collect();
        assert_eq!(orgs, vec![2, 17, 23]);
        // after the dual of a cue («ناديي», «فريقي»)
        let (_, tags) = run("في ملعب ناديي الشباب والنصر بعد المباراة في الدوري", &[]);
        assert_eq!(tags[3], 3);
    }

    #[test]
    fn a_common_word_club_before_a_city_is_that_citys_club() {
        // فاز أهلي جدة في المباراة ضمن الدوري وقال مدرب الفريق ان شمال أفريقيا
        let (_, tags) = run("فاز أهلي جدة في المباراة ضمن الدوري وقال مدرب الفريق ان شمال أفريقيا", &[0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5]);
        assert_eq!(&tags[..3], &[0, 3, 4]);
        assert_eq!(&tags[11..], &[0, 5], "«شمال» is no club");
        // not outside sports news
        let (_, tags) = run("زار أهلي جدة المعرض", &[0, 0, 5, 0]);
        assert_eq!(tags, vec![0, 0, 5, 0]);
    }

    #[test]
    fn a_name_before_a_nationality_is_a_club_in_sports_news() {
        let (_, tags) = run("يحل الفريق ضيفا على المريخ السوداني في المباراة ضمن الدوري ويلعب غنك البلجيكي مع اللاعبين ومدربه الروماني", &[]);
        assert_eq!(tags, vec![0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0]);
        // not a federation, a region, a title or a word with a pronoun
        let (_, tags) = run("قال الاتحاد السوداني في المباراة ضمن الدوري إن اللاعب المصري عاد إلى العالم العربي", &[]);
        assert_eq!(tags, vec![0; 14]);
    }
}
