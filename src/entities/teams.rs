//! Clubs and carmakers in their own news. Many clubs share a city's name («ليون», «هامبورغ», «دينامو كييف») and
//! carmakers a month's or a word's («نيسان», «أودي»), so the tagger, reading one sentence at a time, makes them
//! places or leaves them out. In a document about sport (at least [`MIN_CUES`] of its words are «مباراة», «الدوري»,
//! «لاعب», …) every name of the clubs list is an organization, whatever the tagger made of it; in one about cars
//! («سيارة», «طراز», «محرك», …) so is every name of the companies list. A person's name is left alone, and so are a
//! name the tagger ran on past the listed one («سلتيك بارك», the stadium) and one after a kind of place («مدينة ليون»).
//!
//! Clubs named by a common word («الاتحاد», «النصر», `data/clubs_common.txt`) need more: in a document about sport,
//! such a name right after «نادي», «فريق», «لاعب», «مدرب», … once is the club wherever else the document names it,
//! untagged or as a place.

use std::sync::OnceLock;

use super::hash::key;
use super::heads::View;
use super::lexicon::{GAZ_CLUB, GAZ_COMPANY, Lexicon, lines, word_norms};
use crate::hash::FxSet;
use crate::tokenizer::TokenKind;

const B_PER: u8 = 1;
const I_PER: u8 = 2;
const B_ORG: u8 = 3;
const B_LOC: u8 = 5;

/// Fewest cue words that make a document one about sport, or about cars: so many occurrences, of two words at least.
pub(super) const MIN_CUES: usize = 3;

/// Words of sports reporting, proclitics left out (the article kept). Words with a common sense outside sport are
/// not cues: «هدف» and «الأهداف» (target), «منتخب» (elected), «فريق» (a team of anyone), «الفوز» (in elections too),
/// «جزاء» (punishment).
const SPORT_CUES: &str = "مباراة المباراة مباراته مباريات المباريات الدوري دوري لاعب اللاعب لاعبا لاعبين اللاعبين لاعبي \
     مدرب المدرب الملعب ملعب الشوط شوط هدفين ركلة ركلات البطولة بطولة كأس الكأس نادي النادي";

/// Words right before a club's name: «نادي الاتحاد», «لاعب النصر», «مدرب الفتح», «جماهير الأهلي».
const CLUB_CUES: &str = "نادي النادي فريق لاعب لاعبو لاعبي مدرب مدربو حارس جماهير جمهور كابتن نجم مهاجم مدافع بعثة";

/// Words that make a common word after them part of another name: «كأس الاتحاد», «طيران الاتحاد», «لرعاية الشباب».
const NOT_CLUB_BEFORE: &str = "كأس بطولة طيران رعاية";

/// Clubs named by a common word: one name a line.
const CLUBS_COMMON: &str = include_str!("data/clubs_common.txt");

/// Words of motoring news, proclitics left out.
const CAR_CUES: &str = "سيارة السيارة سيارات السيارات طراز الطراز طرازات محرك المحرك محركات المحركات موديل الموديل";

fn keys(words: &str) -> FxSet<u64> {
    word_norms(words).iter().map(|w| key(w)).collect()
}

/// The cue word lists, as keys.
struct Cues {
    sport: FxSet<u64>,
    cars: FxSet<u64>,
    club: FxSet<u64>,
    not_club_before: FxSet<u64>,
    common: FxSet<u64>,
}

fn cues() -> &'static Cues {
    static CUES: OnceLock<Cues> = OnceLock::new();
    CUES.get_or_init(|| Cues {
        sport: keys(SPORT_CUES),
        cars: keys(CAR_CUES),
        club: keys(CLUB_CUES),
        not_club_before: keys(NOT_CLUB_BEFORE),
        common: lines(CLUBS_COMMON).flat_map(word_norms).map(|w| key(&w)).collect(),
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
        let about = |set: &FxSet<u64>| {
            let found: Vec<u64> = stems.iter().filter(|k| set.contains(k)).copied().collect();
            found.len() >= MIN_CUES && found.iter().any(|&k| k != found[0])
        };
        let mut topic = Topic::default();
        if about(&cues.sport) {
            topic.classes |= GAZ_CLUB;
            topic.clubs = stems.windows(2).filter(|w| cues.club.contains(&w[0]) && cues.common.contains(&w[1])).map(|w| w[1]).collect();
        }
        if about(&cues.cars) {
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
        let inside_before = tags[i] != 0 && tags[i] % 2 == 0;
        let after_place = i > 0 && super::tidy::place_cue(&v.tokens[i - 1].norm, false);
        let mut found = 0;
        if v.tokens[i].kind == TokenKind::Arabic && !inside_before && !after_place {
            let next = |j: usize| (i + j < n).then(|| key(&v.tokens[i + j].norm));
            found = lx.longest_phrase(v.stems[i], next, |g| g & topic.classes != 0).0;
            let other_name = i > 0 && cues().not_club_before.contains(&v.stems[i - 1]);
            if found == 0 && topic.clubs.contains(&v.stems[i]) && matches!(tags[i], 0 | B_LOC) && !other_name {
                found = 1;
            }
        }
        let end = i + found;
        // the tagger's names inside stay inside: none runs on past the listed name, none is a person; and a name
        // before «/» is a month in the dual notation («نيسان/ابريل»)
        let runs_on = tags.get(end).is_some_and(|&t| t != 0 && t % 2 == 0)
            || v.tokens.get(end).is_some_and(|t| t.text == "/");
        let person = tags[i..end].iter().any(|&t| t == B_PER || t == I_PER);
        if found > 0 && !runs_on && !person {
            tags[i] = B_ORG;
            tags[i + 1..end].fill(B_ORG + 1);
            i = end;
        } else {
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::Pipeline;

    fn ents(text: &str) -> Vec<(String, String)> {
        let doc = Pipeline::default().analyze(text);
        doc.entities.unwrap_or_default().into_iter().map(|e| (e.text, format!("{:?}", e.label))).collect()
    }

    #[test]
    fn city_named_clubs_are_organizations_in_sports_news() {
        let text = "فاز بنفيكا على دينامو كييف 2-0 في المباراة التي جرت على الملعب الاولمبي ضمن دوري ابطال اوروبا. \
                    وسجل اللاعب البرتغالي الهدف الاول، وقال مدرب هامبورغ ان فريقه سيعود.";
        let e = ents(text);
        for club in ["بنفيكا", "دينامو كييف", "هامبورغ"] {
            assert!(e.contains(&(club.to_string(), "ORG".to_string())), "{club}: {e:?}");
        }
    }

    #[test]
    fn a_club_named_by_a_common_word_once_after_a_club_cue() {
        let text = "انتقل اللاعب الى نادي الاتحاد بعد المباراة الاخيرة في الدوري. وقال ان الاتحاد سيفوز بالبطولة \
                    وبكأس الاتحاد، فيما عبر عن سعادته بالنصر الكبير.";
        let e = ents(text);
        assert_eq!(e.iter().filter(|(t, l)| t == "الاتحاد" && l == "ORG").count(), 2, "{e:?}");
        // «النصر» never follows a club cue here: it stays the word «victory»
        assert!(!e.iter().any(|(t, _)| t.contains("النصر")), "{e:?}");
        // outside sports news, «الاتحاد» is left to the tagger
        let e = ents("قال رئيس نادي الاتحاد ان الاتحاد قوي.");
        assert!(e.iter().filter(|(t, l)| t == "الاتحاد" && l == "ORG").count() < 2, "{e:?}");
    }

    #[test]
    fn a_city_stays_a_place_outside_sports_news() {
        let e = ents("وصل الوزير الى هامبورغ امس في زيارة رسمية تستمر يومين.");
        assert!(!e.iter().any(|(t, l)| t == "هامبورغ" && l == "ORG"), "{e:?}");
        // a word that names targets as well as goals is no cue, however often it comes
        let e = ents("ضرب الارهاب الاهداف الناعمة في هامبورغ، وهذه الاهداف هي نفسها الاهداف التي حذر منها الخبراء.");
        assert!(!e.iter().any(|(t, l)| t == "هامبورغ" && l == "ORG"), "{e:?}");
        // in sports news too, a club's city after a kind of place is the city
        let e = ents("خسر هامبورغ المباراة امام بايرن في الدوري، وقال مدرب الفريق ان اللاعبين عادوا الى مدينة هامبورغ.");
        assert!(e.contains(&("هامبورغ".to_string(), "ORG".to_string())), "{e:?}");
        assert!(e.contains(&("هامبورغ".to_string(), "LOC".to_string())), "{e:?}");
    }

    #[test]
    fn carmakers_are_organizations_in_motoring_news() {
        let text = "كشفت نيسان عن طراز جديد من سياراتها، فيما تعرض أودي سيارة كهربائية بمحرك اقوى.";
        let e = ents(text);
        for maker in ["نيسان", "أودي"] {
            assert!(e.contains(&(maker.to_string(), "ORG".to_string())), "{maker}: {e:?}");
        }
        // the month in the dual notation is no carmaker
        let e = ents("باعت الشركة 5 الاف سيارة من طراز جديد في نيسان/ابريل، وزادت مبيعات السيارات.");
        assert!(!e.iter().any(|(t, _)| t == "نيسان"), "{e:?}");
    }
}
